"""Small python-docx helpers: shading, merges, symbols, content controls, form fields."""
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_fill}"/>'))


def set_text(cell, text, bold=False, size=None, italic=False, color=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align is not None:
            p.alignment = align
    return p


def add_sym(paragraph, font="Wingdings", char="F0FC", size=None):
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:sym {nsdecls("w")} w:font="{font}" w:char="{char}"/>'))
    if size:
        r.font.size = Pt(size)
    return r


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def table_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def small_font(doc, name="Arial", size=10):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), name)


def add_page_field(paragraph):
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    r4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


_sdt_id = [1000]


def sdt_dropdown(paragraph, items, value=None, tag="", size=None):
    """Append a drop-down content control showing value (or the placeholder)."""
    _sdt_id[0] += 1
    lst = "".join(f'<w:listItem w:displayText="{i}" w:value="{i}"/>' for i in items)
    placeholder = value is None
    shown = "Choose an item." if placeholder else value
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    if size and not placeholder:
        rpr = f'<w:rPr><w:sz w:val="{size * 2}"/></w:rPr>'
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
           f'<w:id w:val="{_sdt_id[0]}"/>'
           + ('<w:showingPlcHdr/>' if placeholder else '')
           + f'<w:dropDownList><w:listItem w:value=""/>{lst}</w:dropDownList></w:sdtPr>'
           f'<w:sdtContent><w:r>{rpr}<w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def sdt_text(paragraph, value=None, tag=""):
    _sdt_id[0] += 1
    placeholder = not value
    shown = "Click here to enter text." if placeholder else value
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{_sdt_id[0]}"/>'
           + ('<w:showingPlcHdr/>' if placeholder else '') + '<w:text/></w:sdtPr>'
           f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{shown}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def sdt_checkbox(paragraph, checked, tag=""):
    _sdt_id[0] += 1
    glyph = "\u2612" if checked else "\u2610"
    xml = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{_sdt_id[0]}"/>'
           f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
           f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


_ff = [0]


def form_checkbox(paragraph, checked, size_pt=10):
    """Legacy FORMCHECKBOX field."""
    _ff[0] += 1
    name = f"Check{_ff[0]}"
    begin = (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
             f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="{size_pt * 2}"/>'
             f'<w:default w:val="{1 if checked else 0}"/></w:checkBox></w:ffData></w:fldChar></w:r>')
    instr = f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
    end = f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'
    for x in (begin, instr, end):
        paragraph._p.append(parse_xml(x))


def form_dropdown(paragraph, items, index):
    _ff[0] += 1
    name = f"Dropdown{_ff[0]}"
    entries = "".join(f'<w:listEntry w:val="{i}"/>' for i in items)
    begin = (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
             f'<w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{index}"/>{entries}</w:ddList>'
             '</w:ffData></w:fldChar></w:r>')
    instr = f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
    sep = f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'
    res = f'<w:r {nsdecls("w")}><w:t>{items[index]}</w:t></w:r>'
    end = f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'
    for x in (begin, instr, sep, res, end):
        paragraph._p.append(parse_xml(x))


def form_text(paragraph, value):
    _ff[0] += 1
    name = f"Text{_ff[0]}"
    begin = (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
             '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>')
    instr = f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
    sep = f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'
    shown = value if value else "\u2002" * 5
    res = f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{shown}</w:t></w:r>'
    end = f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'
    for x in (begin, instr, sep, res, end):
        paragraph._p.append(parse_xml(x))


def col_widths(table, cms):
    from docx.shared import Cm as _Cm
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    tblPr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        tcs = row._tr.findall(qn("w:tc"))
        i = 0
        for tc in tcs:
            span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(cms[i:i + n])
            tcPr = tc.get_or_add_tcPr()
            for old in tcPr.findall(qn("w:tcW")):
                tcPr.remove(old)
            tcPr.insert(0, parse_xml(f'<w:tcW {nsdecls("w")} w:w="{int(w * 567)}" w:type="dxa"/>'))
            i += n
