"""Build the reader regression files of issue 12 (deterministic where the producer is):
forms, text boxes, table styles, struck options, radio glyphs, drawn marks, rotated
text, spreadsheet exports, browser prints and re-distilled PDFs, each file named after
the problem it pins, made by the producer that writes such files in the wild:

* Word files with python-docx (raw WordprocessingML injected where python-docx has no
  API: form fields, content controls, text boxes, table-style conditions), into
  tests/data/docx/;
* HTML written by hand, into tests/data/html/; LibreOffice Calc's HTML export of a
  workbook written with openpyxl;
* PDFs with reportlab (vector marks, rotated headers, one text object per character,
  symbol glyphs, strike-through lines), LibreOffice (Writer and Calc exports), Chromium
  (print to PDF) and Ghostscript (pdfwrite re-distilling), into tests/data/pdf/.

Files that need LibreOffice, Chromium or Ghostscript are skipped (with a message) when
the tool is missing.

    .venv/bin/python scripts/build_producer_fixtures.py
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import _Cell

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_save import save_deterministic  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCX_OUT = ROOT / "tests" / "data" / "docx"
HTML_OUT = ROOT / "tests" / "data" / "html"
PDF_OUT = ROOT / "tests" / "data" / "pdf"
W = nsdecls("w")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
LIKELIHOODS = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
RATINGS = ["Red", "Amber/Red", "Amber/Green", "Green"]


# ---------------------------------------------------------------------------
# Word helpers


def add_xml(cell_or_paragraph: _Cell | object, xml: str, ns: str = W) -> None:
    """Append raw inline content to a cell's first paragraph (or to a paragraph)."""
    p = (cell_or_paragraph.paragraphs[0]._p if isinstance(cell_or_paragraph, _Cell)
         else cell_or_paragraph._p)  # type: ignore[attr-defined]
    for child in parse_xml(f"<w:p {ns}>{xml}</w:p>"):
        p.append(child)


def run(text: str, rpr: str = "") -> str:
    return (f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}"
            f'<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>')


def field(ff_data: str, code: str, result: str = "") -> str:
    """A legacy form field: begin (with its w:ffData), code, separate, result, end."""
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="F"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/>{ff_data}</w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + result + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def dropdown(entries: list[str], result: int | None) -> str:
    chosen = f'<w:result w:val="{result}"/>' if result is not None else ""
    items = "".join(f'<w:listEntry w:val="{html.escape(e)}"/>' for e in entries)
    return field(f"<w:ddList>{chosen}{items}</w:ddList>", "FORMDROPDOWN")


def form_text(result: str) -> str:
    return field('<w:textInput/>', "FORMTEXT", run(result, "<w:noProof/>"))


def form_checkbox(checked: bool) -> str:
    state = "<w:checked/>" if checked else ""
    return field(f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox>',
                 "FORMCHECKBOX")


def content_control(kind_xml: str, shown: str, *, placeholder: bool = False) -> str:
    """An inline content control of the given type (w:dropDownList, w:date, ...)
    showing ``shown``; a placeholder one is flagged and set in Placeholder Text."""
    flag = "<w:showingPlcHdr/>" if placeholder else ""
    style = '<w:rStyle w:val="PlaceholderText"/>' if placeholder else ""
    return (f"<w:sdt><w:sdtPr>{flag}{kind_xml}</w:sdtPr><w:sdtContent>"
            f"{run(shown, style)}</w:sdtContent></w:sdt>")


def list_items(tag: str, items: list[str]) -> str:
    entries = "".join(f'<w:listItem w:displayText="{html.escape(i)}" '
                      f'w:value="{html.escape(i)}"/>' for i in items)
    return f"<w:{tag}>{entries}</w:{tag}>"


def two_column_table(doc: DocxDocument, rows: list[str]) -> list[_Cell]:
    """A label | value table; the value cells are returned for filling."""
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, label in enumerate(rows):
        table.cell(r, 0).text = label
    return [table.cell(r, 1) for r in range(len(rows))]


# ---------------------------------------------------------------------------
# Word fixtures


def form_fields_dropdown_and_text() -> DocxDocument:
    """Legacy form fields: drop-downs show their chosen entry (the first, "Select one",
    is the placeholder), text fields their result, checkboxes their state."""
    doc = docx.Document()
    doc.add_paragraph("Milestone 2: Self-directed support and personal budgets")
    cells = two_column_table(doc, ["Achieved by October 2010?", "How likely by April 2011?",
                                   "How likely by October 2010?", "Rating",
                                   "Reason if not achieved", "When to be achieved"])
    add_xml(cells[0], form_checkbox(False) + run(" Yes  ") + form_checkbox(True) + run(" No"))
    add_xml(cells[1], dropdown(["Select one", *LIKELIHOODS], 2))
    add_xml(cells[2], dropdown(["Select one", *LIKELIHOODS], None))
    add_xml(cells[3], dropdown(["- Select -", *RATINGS], 3))
    add_xml(cells[4], form_text("Reviews for people with mental health needs are late"))
    add_xml(cells[5], form_text("\u2002" * 5))  # Word's empty FORMTEXT: five en spaces
    return doc


def content_controls_every_type() -> DocxDocument:
    """Content controls of every type show their value; those showing a placeholder
    (flagged, or only its words) are empty."""
    doc = docx.Document()
    doc.add_paragraph("Underpinning requirements")
    cells = two_column_table(doc, [
        "The full engagement of all service users.",  # drop-down list
        "The full engagement of local politicians",  # combo box
        "The support of regional and national programmes.",  # unanswered drop-down
        "Date completed",  # date picker
        "What are we planning to do next?",  # plain text
        "Key risks",  # rich text, two paragraphs (block-level)
        "What external support would help?",  # placeholder words, no flag
        "Achieved",  # checkbox
        "Achieved by October 2010",  # a Wingdings tick inside a rich text control
    ])
    add_xml(cells[0], content_control(list_items("dropDownList", ["Choose an item.",
                                                                  *RATINGS]), "Amber/Green"))
    add_xml(cells[1], content_control(list_items("comboBox", ["Choose an item.", *RATINGS]),
                                      "Green"))
    add_xml(cells[2], content_control(list_items("dropDownList", ["Choose an item.",
                                                                  *RATINGS]),
                                      "Choose an item.", placeholder=True))
    add_xml(cells[3], content_control(
        '<w:date w:fullDate="2011-04-08T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
        '<w:lid w:val="en-GB"/><w:calendar w:val="gregorian"/></w:date>', "08/04/2011"))
    add_xml(cells[4], content_control("<w:text/>", "Launch the directory in May"))
    rich = parse_xml(
        f"<w:sdt {W}><w:sdtPr><w:richText/></w:sdtPr><w:sdtContent>"
        f"<w:p>{run('Provider market slow to develop')}</w:p>"
        f"<w:p>{run('Care management capacity for reviews')}</w:p></w:sdtContent></w:sdt>")
    tc = cells[5]._tc
    tc.remove(tc.p_lst[0])
    tc.append(rich)
    add_xml(cells[6], content_control("<w:text/>", "Click here to enter text."))
    add_xml(cells[7], '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/>'
                      '</w14:checkbox></w:sdtPr><w:sdtContent>' + run("\u2612") +
                      "</w:sdtContent></w:sdt>" + run(" Yes"),
            ns=f'{W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
    add_xml(cells[8], '<w:sdt><w:sdtPr><w:richText/></w:sdtPr><w:sdtContent><w:r>'
                      '<w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:sdtContent></w:sdt>')
    return doc


def _wps_text_box(paragraphs: list[str], name: str) -> str:
    """A Word 2010 text box: wps:txbx in mc:Choice, the same text again in a VML
    v:textbox in mc:Fallback (as Word writes every text box)."""
    body = "".join(f"<w:p>{run(t)}</w:p>" for t in paragraphs)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="2743200" cy="914400"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="1" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2743200" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict><v:shape id="tb" type="#_x0000_t202" '
        'style="position:absolute;width:216pt;height:72pt"><v:textbox><w:txbxContent>'
        f'{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


def _vml_text_box(paragraphs: list[str]) -> str:
    body = "".join(f"<w:p>{run(t)}</w:p>" for t in paragraphs)
    return ('<w:r><w:pict><v:shape id="old" type="#_x0000_t202" '
            'style="position:absolute;width:200pt;height:60pt"><v:textbox><w:txbxContent>'
            f'{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def text_boxes_read_once() -> DocxDocument:
    """Text in text boxes is read once, after the paragraph it is anchored in: a Word
    2010 box (alternate content with a VML copy), an older VML-only box, and a box in a
    table cell."""
    doc = docx.Document()
    doc.add_paragraph("1. Summary")
    p = doc.add_paragraph("1.1 The key figures are in the box.")
    add_xml(p, _wps_text_box(["Key figures", "1,912 people had a personal budget."],
                             "Text Box 1"), ns=MC_NAMESPACES)
    p = doc.add_paragraph()
    add_xml(p, _vml_text_box(["Spent through personal budgets: \u00a39.3 million"]),
            ns=MC_NAMESPACES)
    doc.add_paragraph("2. Risks")
    cells = two_column_table(doc, ["Key risk"])
    add_xml(cells[0], _wps_text_box(["Provider market slow to develop"], "Text Box 2"),
            ns=MC_NAMESPACES)
    return doc


def multi_column_section() -> DocxDocument:
    """A two-column section (with a column break) between one-column sections: the text
    is read in order, column by column."""
    doc = docx.Document()
    doc.add_paragraph("Covering report")
    p = doc.add_paragraph("Left column: the programme ended on 31 March 2011.")
    add_xml(p, '<w:r><w:br w:type="column"/></w:r>' + run("Right column: 1,912 people."))
    p = doc.add_paragraph("End of the two-column section.")
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {W}><w:type w:val="continuous"/><w:cols w:num="2" w:space="567"/>'
        "</w:sectPr>"))
    first = doc.paragraphs[0]._p.get_or_add_pPr()
    first.append(parse_xml(f'<w:sectPr {W}><w:cols w:num="1"/></w:sectPr>'))
    doc.add_paragraph("Appendix")
    return doc


def table_style_conditional_shading() -> DocxDocument:
    """A table style shades the header row and first column (conditional formatting)
    and bands the body rows: the header row and first column read as fills, the bands
    do not; a table that turns the header row off (w:tblLook) has no header fill."""
    doc = docx.Document()
    style = doc.styles.add_style("PPF Return Grid", WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Table Grid"]
    style.element.append(parse_xml(
        f'<w:tblStylePr {W} w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr></w:tblStylePr>'))
    style.element.append(parse_xml(
        f'<w:tblStylePr {W} w:type="firstCol"><w:tcPr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="DDEBF7"/></w:tcPr></w:tblStylePr>'))
    style.element.append(parse_xml(
        f'<w:tblStylePr {W} w:type="band1Horz"><w:tcPr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>'))
    for header_on in (True, False):
        doc.add_paragraph("Milestone 1" if header_on else "Milestone 2")
        table = doc.add_table(rows=4, cols=3)
        table.style = style
        look = table._tbl.tblPr.find(f"{{{W_NS}}}tblLook")
        if look is not None:
            table._tbl.tblPr.remove(look)
        table._tbl.tblPr.append(parse_xml(
            f'<w:tblLook {W} w:firstRow="{int(header_on)}" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'))
        for c, text in enumerate(["Deadline", "Achieved", "Likelihood"]):
            table.cell(0, c).text = text
        for r, deadline in enumerate(["April 2010", "October 2010", "April 2011"], start=1):
            table.cell(r, 0).text = deadline
        table.cell(1, 1).text = "Y"
        table.cell(3, 2).text = "Fairly likely"
        # a direct fill beats the style's
        table.cell(2, 2)._tc.get_or_add_tcPr().append(parse_xml(
            f'<w:shd {W} w:val="clear" w:color="auto" w:fill="FFC000"/>'))
    return doc


def comments_left_out() -> DocxDocument:
    """A comment on a cell's text: the text is read, the comment is not."""
    doc = docx.Document()
    doc.add_paragraph("Milestone 3: Prevention and cost effective services")
    cells = two_column_table(doc, ["April 2010", "October 2010"])
    p = cells[0].paragraphs[0]
    achieved = p.add_run("Achieved")
    comment = doc.add_comment(achieved, text="Please check this with finance before sign-off",
                              author="Reviewer", initials="R")
    comment._comment_elm.set(f"{{{W_NS}}}date", "2010-12-31T12:00:00Z")  # reproducible
    cells[1].text = "Not achieved"
    return doc


def delete_as_appropriate_struck_options() -> DocxDocument:
    """"Delete as appropriate": options not chosen are struck through (w:strike,
    w:dstrike, or a character style that strikes); bold, highlighted and shaded
    stretches are spans too."""
    doc = docx.Document()
    struck_style = doc.styles.add_style("Deleted option", WD_STYLE_TYPE.CHARACTER)
    struck_style.element.get_or_add_rPr().append(parse_xml(f"<w:strike {W}/>"))
    doc.add_paragraph("Milestones (delete as appropriate)")
    cells = two_column_table(doc, ["April 2010 achieved?", "October 2010 achieved?",
                                   "April 2011 likelihood", "Rating", "Chosen in bold",
                                   "Chosen highlighted", "Chosen shaded"])
    add_xml(cells[0], run("Yes") + run(" / ") + run("No", "<w:strike/>"))
    add_xml(cells[1], run("Yes", "<w:dstrike/>") + run(" / ") + run("No"))
    add_xml(cells[2], "".join(
        run(opt, "" if k == 1 else '<w:rStyle w:val="Deletedoption"/>') + run(" / ")
        for k, opt in enumerate(LIKELIHOODS)))
    add_xml(cells[3], run("Red", "<w:strike/>") + run(" / ") + run("Amber/Red", "<w:strike/>")
            + run(" / ") + run("Amber/Green") + run(" / ") + run("Green", "<w:strike/>"))
    add_xml(cells[4], run("Very likely / ") + run("Fairly likely", "<w:b/>")
            + run(" / Fairly unlikely"))
    add_xml(cells[5], run("Yes / ") + run("No", '<w:highlight w:val="yellow"/>'))
    add_xml(cells[6], run("Green", '<w:shd w:val="clear" w:color="auto" w:fill="92D050"/>')
            + run(" / Red"))
    return doc


def radio_and_box_glyph_families() -> DocxDocument:
    """Radio buttons and boxes typed as Unicode characters (● ○, ■ □, ⊠, ⊗) or as
    Wingdings glyphs (l = ●, ¡ = ○) are marks at their places in the line."""
    doc = docx.Document()
    doc.add_paragraph("Key: \u25cf = option selected \u25cb = option not selected")
    cells = two_column_table(doc, ["Achieved", "Likelihood", "Rating", "Boxes", "Wingdings"])
    cells[0].text = "\u25cf Yes \u25cb No"
    cells[1].text = "\u25cb Very likely \u25cf Fairly likely \u25cb Fairly unlikely"
    cells[2].text = "\u25a1 Red \u25a0 Amber/Green \u25a1 Green"
    cells[3].text = "\u22a0 Yes \u2297 No \u2610 Not yet due"
    add_xml(cells[4], '<w:r><w:sym w:font="Wingdings" w:char="F06C"/></w:r>' + run(" Yes ")
            + '<w:r><w:sym w:font="Wingdings" w:char="F0A1"/></w:r>' + run(" No"))
    return doc


DOCX_FIXTURES: dict[str, Callable[[], DocxDocument]] = {
    "form-fields-dropdown-and-text.docx": form_fields_dropdown_and_text,
    "content-controls-every-type.docx": content_controls_every_type,
    "text-boxes-read-once.docx": text_boxes_read_once,
    "multi-column-section.docx": multi_column_section,
    "table-style-conditional-shading.docx": table_style_conditional_shading,
    "comments-left-out.docx": comments_left_out,
    "delete-as-appropriate-struck-options.docx": delete_as_appropriate_struck_options,
    "radio-and-box-glyph-families.docx": radio_and_box_glyph_families,
}


# ---------------------------------------------------------------------------
# HTML fixtures (hand-written, as council web teams and CMSs write them)

PAGE = ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>{title}</title>"
        "{head}</head>\n<body>\n{body}\n</body></html>\n")


def png_bytes(draw: Callable[[object], None], size: int = 16) -> bytes:
    """A small transparent PNG drawn with Pillow."""
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw(ImageDraw.Draw(im))
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def data_uri(media: str, data: bytes) -> str:
    import base64

    return f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"


TICK_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
            '<path d="M2.5 8.5 L6.5 12.5 L13.5 3.5" fill="none" stroke="#1a7f2e" '
            'stroke-width="2.4" stroke-linecap="round"/></svg>')
CROSS_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
             '<line x1="3" y1="3" x2="13" y2="13" stroke="#c00" stroke-width="2"/>'
             '<line x1="13" y1="3" x2="3" y2="13" stroke="#c00" stroke-width="2"/></svg>')


def tick_pictures_by_what_they_draw() -> str:
    """Tick, cross, box and radio pictures with no name that says what they are: PNG and
    SVG data URIs, an inline <svg>, a PNG file beside the page; an information icon
    (a disc with a letter cut out) and a logo are no marks."""
    tick_png = png_bytes(lambda d: d.line([(3, 9), (7, 13), (14, 3)], fill=(20, 120, 40, 255),
                                          width=2))
    box_png = png_bytes(lambda d: d.rectangle([1, 1, 14, 14], outline=(0, 0, 0, 255)))
    dot_png = png_bytes(lambda d: d.ellipse([2, 2, 13, 13], fill=(0, 0, 0, 255)))

    def info(d: object) -> None:
        d.ellipse([0, 0, 15, 15], fill=(30, 80, 160, 255))  # type: ignore[attr-defined]
        d.rectangle([7, 6, 8, 12], fill=(255, 255, 255, 255))  # type: ignore[attr-defined]
        d.rectangle([7, 3, 8, 4], fill=(255, 255, 255, 255))  # type: ignore[attr-defined]

    folder = HTML_OUT / "tick-pictures-by-what-they-draw_files"
    folder.mkdir(exist_ok=True)
    (folder / "image002.png").write_bytes(tick_png)
    rows = [
        ("The full engagement of all service users.", 2,
         f'<img src="{data_uri("image/png", tick_png)}" alt="">'),
        ("The full engagement of local politicians", 3,
         f'<img src="{data_uri("image/svg+xml", TICK_SVG.encode())}" alt="">'),
        ("The support of regional and national programmes.", 1,
         f'<img src="{data_uri("image/svg+xml", CROSS_SVG.encode())}" alt="">'),
        ("Financial systems, which support the delivery of personal budgets.", 0,
         TICK_SVG.replace("<svg ", '<svg aria-hidden="true" ')),
        ("A workforce strategy that supports the transformation.", 3,
         '<img src="tick-pictures-by-what-they-draw_files/image002.png" width=16 height=16>'),
        ("Clarity of the business models", 1, f'<img src="{data_uri("image/png", box_png)}">'),
        ("Business cases", 2, f'<img src="{data_uri("image/png", dot_png)}">'),
        ("A local project plan", 0, f'<img src="{data_uri("image/png", png_bytes(info))}">'),
    ]
    body = ['<p><img src="logo.png" alt=""> Adult Social Care: requirement ratings</p>',
            "<table border=1><tr><th>Requirement</th>"
            + "".join(f"<th>{r}</th>" for r in RATINGS) + "</tr>"]
    for text, col, picture in rows:
        cells = "".join(f"<td>{picture if k == col else ''}</td>" for k in range(4))
        body.append(f"<tr><td>{html.escape(text)}</td>{cells}</tr>")
    body.append("</table>")
    return PAGE.format(title="Requirement ratings", head="", body="\n".join(body))


def hidden_tab_panels_are_content() -> str:
    """A CMS page with tabs: every panel but the first is hidden (the hidden attribute,
    display:none, aria-hidden), and still content; a hidden template, a hidden cookie
    notice and a hidden cookie dialog (even one shaped as a panel) are not."""
    panels = []
    for k, (how, text) in enumerate([
            ("", "Milestone 1: April 2010 achieved."),
            ("hidden", "Milestone 2: October 2010 not achieved; fairly likely by April 2011."),
            ('style="display:none"', "Milestone 3: April 2011 very likely."),
            ('aria-hidden="true"', "Milestone 4: April 2010 achieved.")], start=1):
        panels.append(f'<div id="tab{k}" role="tabpanel" aria-labelledby="t{k}" '
                      f'class="tab-panel" {how}><h2>Milestone {k}</h2><p>{text}</p></div>')
    accordion = ('<div class="accordion-item"><button class="accordion-button">Key risks'
                 '</button><div class="accordion-collapse collapse" hidden><p>Provider market'
                 ' slow to develop.</p></div></div>')
    body = "\n".join([
        '<ul class="tabs" role="tablist">' + "".join(
            f'<li><a id="t{k}" href="#tab{k}" role="tab">Milestone {k}</a></li>'
            for k in range(1, 5)) + "</ul>",
        *panels, accordion,
        '<div style="display:none" id="row-template"><p>TEMPLATE ROW {{name}}</p></div>',
        '<div hidden class="notice"><p>This site uses cookies.</p></div>',
        '<div role="dialog" aria-labelledby="ck" class="cookie-banner" hidden>'
        '<p id="ck">Accept cookies?</p></div>',
        '<div class="tab-panel cookie-consent" role="tabpanel" aria-labelledby="t9" hidden>'
        '<p>Manage cookies</p></div>'])
    return PAGE.format(title="Putting People First: our progress", head="", body=body)


def definition_lists_and_details() -> str:
    """Answers written as definition lists inside closed <details> panels, as pandoc
    writes them: each term and each definition is a paragraph (styles dt, dd), the
    panel's <summary> its heading."""
    body = "\n".join([
        "<h2>The return</h2>",
        "<details><summary>Milestone 2: Self-directed support and personal budgets</summary>",
        "<dl><dt>April 2010 \u2013 has the milestone been achieved?</dt><dd>Yes</dd>",
        "<dt>October 2010 \u2013 has the milestone been achieved?</dt><dd>No</dd>",
        "<dd>How likely by April 2011: <strong>Fairly likely</strong></dd></dl>",
        "</details>",
        "<details open><summary>Glossary</summary><dl><dt>Very likely</dt>"
        "<dd>Confident of achieving</dd></dl></details>"])
    return PAGE.format(title="Wiltshire return", head="", body=body)


def form_controls_labels_select_textarea() -> str:
    """A saved form page: checkboxes and radio buttons tied to their text by <label
    for>, drop-downs showing their chosen option (or the first, unless it is a prompt),
    text boxes and text areas showing what was typed."""
    def radios(name: str, chosen: int) -> str:
        return "".join(
            f'<div><input type="radio" id="{name}{k}" name="{name}"'
            f'{" checked" if k == chosen else ""}><label for="{name}{k}">{opt}</label></div>'
            for k, opt in enumerate(LIKELIHOODS))
    body = "\n".join([
        "<h1>Milestone 1: Effective partnerships</h1>",
        "<form method=post action=save.aspx><fieldset><legend>Return details</legend>",
        '<label for="council">Council</label> <input type=text id=council '
        'value="Bury Metropolitan Borough Council">',
        '<label for="q">Quarter</label> <select id=q><option>Quarter 2</option>'
        '<option selected>Quarter 3 2009/10</option></select></fieldset>',
        "<table border=1><tr><th>Deadline</th><th>Achieved?</th><th>Likelihood</th>"
        "<th>Rating</th><th>Reason if not achieved</th></tr>",
        '<tr><td>April 2010</td><td><input type=checkbox id=a1 checked> '
        '<label for=a1>Yes</label><br><input type=checkbox id=a2> <label for=a2>No</label>'
        f"</td><td>{radios('l1', 1)}</td>"
        '<td><select name=r1><option value="">-- Please select --</option><option>Red</option>'
        "<option>Green</option></select></td>"
        "<td><textarea name=why1></textarea></td></tr>",
        '<tr><td>October 2010</td><td><label><input type=checkbox> Yes</label> '
        '<label><input type=checkbox checked> No</label></td>'
        f"<td>{radios('l2', 2)}</td>"
        '<td><select name=r2><option value="">Select one</option><option>Red</option>'
        '<option selected>Amber/Green</option></select></td>'
        "<td><textarea name=why2>Reviews are late for people with mental health needs."
        "</textarea></td></tr></table></form>"])
    return PAGE.format(title="Edit return", head="", body=body)


def struck_and_emphasised_options() -> str:
    """"Delete as appropriate" in HTML: options not chosen struck with <s>, <del>,
    <strike>, a class rule or an inline style; the chosen one in bold, <strong>, a
    font-weight class, <mark> or a background."""
    head = ("<style>.gone { text-decoration: line-through; } .pick { font-weight: 700 }"
            " span.hi { background-color: #ffff00 }</style>")
    rows = [
        ("April 2010 achieved?", "Yes / <s>No</s>"),
        ("October 2010 achieved?", "<del>Yes</del> / No"),
        ("April 2011 likelihood", "<strike>Very likely</strike> / Fairly likely / "
         '<span class="gone">Fairly unlikely</span> / '
         '<span style="text-decoration: line-through">Very unlikely</span>'),
        ("Rating (bold)", "Red / <b>Amber/Red</b> / Amber/Green / Green"),
        ("Rating (strong)", "Red / Amber/Red / <strong>Amber/Green</strong> / Green"),
        ("Rating (class)", 'Red / Amber/Red / Amber/Green / <span class="pick">Green</span>'),
        ("Rating (mark)", "<mark>Red</mark> / Amber/Red / Amber/Green / Green"),
        ("Rating (background)", 'Red / <span class="hi">Amber/Red</span> / Amber/Green'),
    ]
    body = ["<p>Delete as appropriate.</p><table border=1>"]
    body += [f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows]
    body.append("</table>")
    return PAGE.format(title="Torbay return", head=head, body="\n".join(body))


EXCEL_SHEET_STYLE = """<style>
<!--table
\t{mso-displayed-decimal-separator:"\\.";
\tmso-displayed-thousand-separator:"\\,";}
.style0 {mso-number-format:General; font-family:Arial; mso-style-name:Normal;}
td {mso-style-parent:style0; padding-top:1px; font-size:10.0pt; font-family:Arial;}
.xl24 {mso-style-parent:style0; font-weight:700; background:#C0C0C0; mso-pattern:auto none;}
.xl25 {mso-style-parent:style0; mso-number-format:"Short Date";}
.xl27 {mso-style-parent:style0; background:#00B050; mso-pattern:auto none;}
.xl28 {mso-style-parent:style0; background:#FFC000; mso-pattern:auto none;}
-->
</style>"""


def excel_workbook_saved_as_web_page() -> str:
    """Excel's "Save as Web Page" of a workbook with two sheets (as Excel 2003 writes
    it): the page is a frameset naming each sheet and its file in an XML island; the
    sheets, a tab strip and a file list are in the page's _files folder; cells are
    coloured by class rules, dates carry their serial number."""
    folder = HTML_OUT / "excel-workbook-saved-as-web-page_files"
    folder.mkdir(exist_ok=True)
    sheet_head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                  'xmlns:x="urn:schemas-microsoft-com:office:excel" '
                  'xmlns="http://www.w3.org/TR/REC-html40"><head>'
                  '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
                  '<meta name=ProgId content=Excel.Sheet>'
                  '<meta name=Generator content="Microsoft Excel 11">'
                  '<link id=Main-File rel=Main-File href="../excel-workbook-saved-as-web-page.htm">'
                  f"{EXCEL_SHEET_STYLE}</head><body link=blue vlink=purple>")
    milestones = (sheet_head + '<table x:str border=0 cellpadding=0 cellspacing=0 width=500>'
                  '<tr><td colspan=3>Wokingham Borough Council</td></tr>'
                  '<tr><td>Date completed</td><td class=xl25 align=right x:num="40554">'
                  "11/01/2011</td><td></td></tr>"
                  "<tr><td class=xl24>Milestone</td><td class=xl24>Apr-10 achieved</td>"
                  "<td class=xl24>Oct-10 likelihood</td></tr>"
                  "<tr><td>1 Effective partnerships</td><td>Y</td><td x:num>1</td></tr>"
                  "<tr><td>2 Self-directed support</td><td>N</td><td x:num>3</td></tr>"
                  "<![if supportMisalignedColumns]><tr height=0 style='display:none'>"
                  "<td width=200></td><td width=150></td><td width=150></td></tr>"
                  "<![endif]></table></body></html>")
    ratings = (sheet_head + "<table x:str border=0 cellpadding=0 cellspacing=0 width=500>"
               "<tr><td class=xl24>Requirement</td><td class=xl24>Rating</td></tr>"
               "<tr><td>The full engagement of all service users.</td>"
               "<td class=xl27>Green</td></tr>"
               "<tr><td>The full engagement of local politicians</td>"
               "<td class=xl28>Amber/Red</td></tr></table></body></html>")
    (folder / "sheet001.htm").write_text(milestones, encoding="cp1252")
    (folder / "sheet002.htm").write_text(ratings, encoding="cp1252")
    (folder / "tabstrip.htm").write_text(
        "<html><body><table><tr><td><a href=\"sheet001.htm\" target=\"frSheet\">"
        "Milestones</a></td><td><a href=\"sheet002.htm\" target=\"frSheet\">Ratings</a>"
        "</td></tr></table></body></html>", encoding="cp1252")
    (folder / "filelist.xml").write_text(
        '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
        ' <o:MainFile HRef="../excel-workbook-saved-as-web-page.htm"/>\n'
        ' <o:File HRef="sheet001.htm"/>\n <o:File HRef="sheet002.htm"/>\n'
        ' <o:File HRef="tabstrip.htm"/>\n <o:File HRef="filelist.xml"/>\n</xml>\n',
        encoding="utf-8")
    sheets = "".join(
        f"\n   <x:ExcelWorksheet>\n    <x:Name>{name}</x:Name>\n    <x:WorksheetSource "
        f'HRef="excel-workbook-saved-as-web-page_files/{href}"/>\n   </x:ExcelWorksheet>'
        for name, href in (("Milestones", "sheet001.htm"), ("Ratings", "sheet002.htm")))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta name="Excel Workbook Frameset">\n'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
            '<meta name=ProgId content=Excel.Sheet>\n'
            '<meta name=Generator content="Microsoft Excel 11">\n'
            '<link rel=File-List href="excel-workbook-saved-as-web-page_files/filelist.xml">\n'
            "<![if !supportTabStrip]>\n"
            '<link id="shLink" href="excel-workbook-saved-as-web-page_files/sheet001.htm">\n'
            '<link id="shLink" href="excel-workbook-saved-as-web-page_files/sheet002.htm">\n'
            "<![endif]>\n<!--[if gte mso 9]><xml>\n <x:ExcelWorkbook>\n  <x:ExcelWorksheets>"
            f"{sheets}\n  </x:ExcelWorksheets>\n  <x:ActiveSheet>0</x:ActiveSheet>\n"
            " </x:ExcelWorkbook>\n</xml><![endif]-->\n</head>\n"
            '<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>\n'
            ' <frame src="excel-workbook-saved-as-web-page_files/sheet001.htm" name="frSheet">\n'
            ' <frame src="excel-workbook-saved-as-web-page_files/tabstrip.htm" name="frTabs" '
            "marginwidth=0 marginheight=0>\n <noframes>\n  <body>\n   <p>This page uses "
            "frames, but your browser doesn't support them.</p>\n  </body>\n </noframes>\n"
            "</frameset>\n</html>\n")


HTML_FIXTURES: dict[str, Callable[[], str]] = {
    "excel-workbook-saved-as-web-page.htm": excel_workbook_saved_as_web_page,
    "tick-pictures-by-what-they-draw.html": tick_pictures_by_what_they_draw,
    "hidden-tab-panels-are-content.html": hidden_tab_panels_are_content,
    "definition-lists-and-details.html": definition_lists_and_details,
    "form-controls-labels-select-textarea.html": form_controls_labels_select_textarea,
    "struck-and-emphasised-options.html": struck_and_emphasised_options,
}


# ---------------------------------------------------------------------------
# PDF fixtures: reportlab


def rl_canvas(name: str):  # -> reportlab Canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(PDF_OUT / name), pagesize=A4, invariant=1)
    c.setTitle(name)
    c.setAuthor("ppfextract fixtures")
    return c


def register_dejavu() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    return "DejaVuSans"


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAGE_H = 841.89


def rl_grid(c, x: float, top: float, widths: list[float], height: float, n_rows: int,
            ) -> tuple[list[float], list[float]]:
    """Ruling lines of a grid (top measured from the top of the page); the column x's
    and the row tops (from the top of the page)."""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    tops = [top + k * height for k in range(n_rows + 1)]
    c.setLineWidth(0.75)
    for t in tops:
        c.line(xs[0], PAGE_H - t, xs[-1], PAGE_H - t)
    for xx in xs:
        c.line(xx, PAGE_H - tops[0], xx, PAGE_H - tops[-1])
    return xs, tops


def vector_drawn_marks() -> None:
    """Marks drawn with lines and shapes, no characters: a tick (a stroked polyline, and
    a filled outline), a cross (two lines), filled circles (black, and green as a RAG
    dot), an empty box, a box with a tick in it, a filled square, radio rings with and
    without a dot; a list bullet and a drop-down chevron are no marks; a tick beside a
    label outside the table."""
    c = rl_canvas("vector-drawn-marks-in-cells.pdf")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, PAGE_H - 50, "Milestone 1: likelihood (marks drawn as shapes)")
    head = ["Option", "April 2010", "October 2010", "April 2011", "Form"]
    widths = [120.0, 80.0, 80.0, 80.0, 80.0]
    xs, tops = rl_grid(c, 50, 70, widths, 24, 5)
    c.setFont("Helvetica", 9)
    for k, text in enumerate(head):
        c.drawString(xs[k] + 4, PAGE_H - tops[0] - 15, text)
    for r, text in enumerate(LIKELIHOODS, start=1):
        c.drawString(xs[0] + 4, PAGE_H - tops[r] - 15, text)

    def centre(row: int, col: int) -> tuple[float, float]:
        return (xs[col] + xs[col + 1]) / 2, PAGE_H - (tops[row] + tops[row + 1]) / 2

    def tick(cx: float, cy: float, s: float = 5.0) -> None:
        p = c.beginPath()
        p.moveTo(cx - s, cy)
        p.lineTo(cx - s / 3, cy - s * 0.8)
        p.lineTo(cx + s, cy + s * 0.9)
        c.setLineWidth(1.5)
        c.drawPath(p, stroke=1, fill=0)

    def ring(cx: float, cy: float, dot: bool) -> None:
        c.setLineWidth(1)
        c.circle(cx, cy, 5, stroke=1, fill=0)
        if dot:
            c.circle(cx, cy, 2.5, stroke=0, fill=1)

    tick(*centre(1, 1))  # Very likely, April 2010: a stroked tick
    x, y = centre(2, 2)  # Fairly likely, October 2010: a cross of two lines
    c.setLineWidth(1.5)
    c.line(x - 4, y - 4, x + 4, y + 4)
    c.line(x - 4, y + 4, x + 4, y - 4)
    x, y = centre(3, 3)  # Fairly unlikely, April 2011: a filled black circle
    c.circle(x, y, 4, stroke=0, fill=1)
    x, y = centre(1, 3)  # a green RAG dot
    c.setFillColorRGB(0, 0.69, 0.31)
    c.circle(x, y, 5, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    x, y = centre(3, 1)  # a tick drawn as a filled outline (as a glyph would be)
    p = c.beginPath()
    for px, py in [(-5, 0), (-3.5, 1.5), (-1.5, -1.5), (4, 5), (5.5, 3.5), (-1.5, -4.5)]:
        (p.lineTo if px != -5 else p.moveTo)(x + px, y + py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    x, y = centre(4, 1)  # Very unlikely, April 2010: a filled square
    c.rect(x - 4, y - 4, 8, 8, stroke=0, fill=1)
    x, y = centre(4, 2)  # a list bullet: too small to be a mark
    c.circle(x, y, 1.4, stroke=0, fill=1)
    x, y = centre(4, 3)  # a drop-down chevron: two strokes meeting, not crossing
    c.setLineWidth(1)
    c.line(x - 4, y + 2, x, y - 2)
    c.line(x, y - 2, x + 4, y + 2)
    x, y = centre(1, 4)  # an empty box
    c.setLineWidth(0.8)
    c.rect(x - 4.5, y - 4.5, 9, 9, stroke=1, fill=0)
    x, y = centre(2, 4)  # a box with a tick in it
    c.rect(x - 4.5, y - 4.5, 9, 9, stroke=1, fill=0)
    tick(x, y, 3)
    ring(*centre(3, 4), dot=False)
    ring(*centre(4, 4), dot=True)
    # outside the table: a drawn tick beside its label
    c.setFont("Helvetica", 10)
    c.drawString(70, PAGE_H - 230, "Achieved by April 2010")
    tick(58, PAGE_H - 226)
    c.showPage()
    c.save()


def rotated_header_row() -> None:
    """A tick grid under a header row whose option names are turned a quarter
    anticlockwise (read upwards), one turned clockwise (read downwards)."""
    c = rl_canvas("rotated-header-row.pdf")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, PAGE_H - 50, "Milestone 2: how likely by April 2011?")
    names = ["Achieved", *LIKELIHOODS]
    widths = [150.0] + [24.0] * len(names)
    xs, tops = rl_grid(c, 50, 70, widths, 90, 1)
    _, body = rl_grid(c, 50, 160, widths, 22, 2)
    c.setFont("Helvetica", 8)
    for k, name in enumerate(names, start=1):
        cx = (xs[k] + xs[k + 1]) / 2
        c.saveState()
        if k == len(names):  # "Very unlikely" reads downwards
            c.translate(cx - 3, PAGE_H - tops[0] - 6)
            c.rotate(-90)
        else:
            c.translate(cx + 3, PAGE_H - tops[1] + 6)
            c.rotate(90)
        c.drawString(0, 0, name)
        c.restoreState()
    c.setFont("Helvetica", 9)
    c.drawString(xs[0] + 4, PAGE_H - body[0] - 15, "Milestone 2")
    c.drawString(xs[3] + 9, PAGE_H - body[0] - 15, "Y")
    c.drawString(xs[0] + 4, PAGE_H - body[1] - 15, "Milestone 3")
    c.drawString(xs[5] + 9, PAGE_H - body[1] - 15, "Y")
    c.showPage()
    c.save()


GLYPH_ROWS = [
    ("Achieved", "\u25cf Yes   \u25cb No"),
    ("Likelihood", "\u25cb Very likely   \u25cf Fairly likely   \u25cb Fairly unlikely"),
    ("Rating", "\u25a1 Red   \u25a0 Amber/Green   \u25a1 Green"),
    ("Boxes", "\u22a0 Yes   \u2297 No   \u2610 Not yet due"),
]


def radio_glyph_families(one_at_a_time: bool) -> None:
    """Radio buttons and boxes as characters (● ○, ■ □, ⊠ ⊗ ☐ in DejaVu Sans; ZapfDingbats
    'l' ● and 'm' ❍) in a ruled table; drawn normally, or each character as its own
    text object (as some form printers and report writers draw text)."""
    name = ("text-drawn-one-character-at-a-time.pdf" if one_at_a_time
            else "radio-glyph-families.pdf")
    font = register_dejavu()
    c = rl_canvas(name)
    c.setFont(font, 11)
    c.drawString(50, PAGE_H - 35, "Milestone 1: self-assessment")
    c.drawString(50, PAGE_H - 50, "Key: \u25cf = option selected   \u25cb = option not selected")
    rows = [*GLYPH_ROWS, ("Dingbats", None)]
    xs, tops = rl_grid(c, 50, 70, [100.0, 330.0], 24, len(rows))

    def draw(x: float, y: float, text: str, face: str = font) -> None:
        if not one_at_a_time:
            c.setFont(face, 10)
            c.drawString(x, y, text)
            return
        for ch in text:  # every character its own BT ... ET
            t = c.beginText(x, y)
            t.setFont(face, 10)
            t.textOut(ch)
            c.drawText(t)
            x += c.stringWidth(ch, face, 10)

    for r, (label, value) in enumerate(rows):
        y = PAGE_H - tops[r] - 16
        draw(xs[0] + 4, y, label)
        if value is not None:
            draw(xs[1] + 4, y, value)
        else:
            draw(xs[1] + 4, y, "\u25cf", "ZapfDingbats")  # code 0x6C
            draw(xs[1] + 16, y, " Yes   ")
            draw(xs[1] + 56, y, "\u274d", "ZapfDingbats")  # code 0x6D
            draw(xs[1] + 68, y, " No")
    c.showPage()
    c.save()


def struck_words_reportlab() -> None:
    """"Delete as appropriate" drawn by a report writer: a line through the options not
    chosen (and an underline, which strikes nothing)."""
    c = rl_canvas("struck-options-lines-through-words.pdf")
    c.setFont("Helvetica", 10)
    c.drawString(50, PAGE_H - 50, "Milestone 3: delete as appropriate")
    xs, tops = rl_grid(c, 50, 70, [140.0, 300.0], 24, 2)
    rows = [("April 2010 achieved?", ["Yes", " / ", "No"], {2}),
            ("April 2011 likelihood", ["Very likely", " / ", "Fairly likely", " / ",
                                       "Fairly unlikely"], {0, 4})]
    for r, (label, pieces, struck) in enumerate(rows):
        y = PAGE_H - tops[r] - 16
        c.drawString(xs[0] + 4, y, label)
        x = xs[1] + 4
        for k, piece in enumerate(pieces):
            c.drawString(x, y, piece)
            w = c.stringWidth(piece, "Helvetica", 10)
            if k in struck:
                c.setLineWidth(0.8)
                c.line(x, y + 3.2, x + w, y + 3.2)  # through the middle of the word
            if k == 2 and r == 1:
                c.setLineWidth(0.6)
                c.line(x, y - 1.5, x + w, y - 1.5)  # an underline: not struck
            x += w
    c.showPage()
    c.save()


def highlighted_and_bold_words() -> None:
    """The chosen option set apart inside its cell: a yellow box behind it, or a bold
    font among regular ones."""
    c = rl_canvas("highlighted-and-bold-words-in-cells.pdf")
    c.setFont("Helvetica", 10)
    c.drawString(50, PAGE_H - 50, "Milestone 5: Local commissioning")
    xs, tops = rl_grid(c, 50, 70, [140.0, 300.0], 24, 2)
    y = PAGE_H - tops[0] - 16
    c.drawString(xs[0] + 4, y, "April 2011 likelihood")
    x = xs[1] + 4
    for k, piece in enumerate(["Very likely", " / ", "Fairly likely", " / ", "Fairly unlikely"]):
        w = c.stringWidth(piece, "Helvetica", 10)
        if k == 2:
            c.setFillColorRGB(1, 1, 0)
            c.rect(x - 1, y - 3, w + 2, 13, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.drawString(x, y, piece)
        x += w
    y = PAGE_H - tops[1] - 16
    c.drawString(xs[0] + 4, y, "Rating")
    x = xs[1] + 4
    for k, piece in enumerate(["Red", " / ", "Amber/Red", " / ", "Amber/Green", " / ", "Green"]):
        face = "Helvetica-Bold" if k == 4 else "Helvetica"
        c.setFont(face, 10)
        c.drawString(x, y, piece)
        x += c.stringWidth(piece, face, 10)
    c.showPage()
    c.save()


PDF_FIXTURES: dict[str, Callable[[], None]] = {
    "highlighted-and-bold-words-in-cells.pdf": highlighted_and_bold_words,
    "vector-drawn-marks-in-cells.pdf": vector_drawn_marks,
    "rotated-header-row.pdf": rotated_header_row,
    "radio-glyph-families.pdf": lambda: radio_glyph_families(False),
    "text-drawn-one-character-at-a-time.pdf": lambda: radio_glyph_families(True),
    "struck-options-lines-through-words.pdf": struck_words_reportlab,
}


# ---------------------------------------------------------------------------
# Tools


def tool(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def soffice_convert(src: Path, target: str, out_dir: Path, filter_: str | None = None) -> Path:
    soffice = tool("soffice", "libreoffice")
    assert soffice is not None
    with tempfile.TemporaryDirectory() as profile:
        convert = f"{target}:{filter_}" if filter_ else target
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", convert, "--outdir", str(out_dir), str(src)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / f"{src.stem}.{target.split(':')[0]}"


def calc_workbook_html() -> None:
    """A two-sheet workbook (openpyxl) saved as HTML by LibreOffice Calc: one table per
    sheet under a heading with the sheet's name, dates as displayed, fills as bgcolor."""
    if tool("soffice", "libreoffice") is None:
        print("skipped calc-export-sheets-dates-fills.html: LibreOffice not installed")
        return
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Milestones"
    ws.append(["Wokingham Borough Council"])
    ws.append(["Date completed", dt.datetime(2011, 1, 11)])
    ws["B2"].number_format = "DD/MM/YYYY"
    ws.append(["No.", "Milestone", "Apr-10 Achieved (Y/N)", "Oct-10 Likelihood (1-4)"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
    ws.append([1, "Effective partnerships", "Y", 1])
    ws.append([2, "Self-directed support and personal budgets", "N", 3])
    ratings = wb.create_sheet("Ratings")
    ratings.append(["Requirement", "Rating"])
    fills = {"Green": "00B050", "Amber/Red": "FFC000", "Red": "FF0000"}
    for text, rating in [("The full engagement of all service users.", "Green"),
                         ("The full engagement of local politicians", "Amber/Red")]:
        ratings.append([text, rating])
        ratings.cell(ratings.max_row, 2).fill = PatternFill("solid", fgColor=fills[rating])
    for book in (wb,):
        book.properties.created = book.properties.modified = dt.datetime(2011, 1, 11)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "calc-export-sheets-dates-fills.xlsx"
        wb.save(src)
        out = soffice_convert(src, "html", Path(tmp))
        text = out.read_text(encoding="utf-8")
    # LibreOffice stamps the conversion time into a meta tag: pin it
    import re

    text = re.sub(r'(<meta name="(?:created|changed)" content=")[^"]*"',
                  r'\g<1>2011-01-11T00:00:00"', text)
    (HTML_OUT / "calc-export-sheets-dates-fills.html").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# PDF fixtures: LibreOffice, Chromium, Ghostscript


def libreoffice_pdf_of_word(src: str, target: str) -> None:
    """A Word fixture printed to PDF by LibreOffice Writer."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / f"{Path(target).stem}.docx"
        shutil.copy(DOCX_OUT / src, copy)
        out = soffice_convert(copy, "pdf", Path(tmp))
        shutil.copy(out, PDF_OUT / target)


def calc_rotated_headers_pdf(borders: bool = True) -> None:
    """A spreadsheet (openpyxl) printed by LibreOffice Calc: option names in a header
    row turned 90 degrees, Y in one option column per row, and thin borders on every
    cell (drawn as many short segments) or no lines at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Return"
    ws.append(["Milestone", "April 2010", None, None, None, None])
    ws.merge_cells("B1:F1")
    ws.append(["", "Achieved", *LIKELIHOODS])
    rows = [("Milestone 1: Effective partnerships", 1), ("Milestone 2: Self-directed support", 3),
            ("Milestone 3: Prevention", 2)]
    for label, col in rows:
        ws.append([label] + ["Y" if k == col else None for k in range(1, 6)])
    thin = Side(style="thin", color="000000")
    for row in ws.iter_rows(min_row=1, max_row=5, max_col=6) if borders else ():
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws[2][1:]:
        cell.alignment = Alignment(text_rotation=90, horizontal="center")
        cell.font = Font(bold=True)
    ws.row_dimensions[2].height = 110
    ws.column_dimensions["A"].width = 36
    for col in "BCDEF":
        ws.column_dimensions[col].width = 4
    name = "calc-rotated-headers-grid-export" if borders else "calc-rotated-headers-no-lines"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.xlsx"
        wb.save(src)
        out = soffice_convert(src, "pdf", Path(tmp))
        shutil.copy(out, PDF_OUT / f"{name}.pdf")


def chromium_print(src: Path, target: str) -> None:
    """An HTML page printed to PDF by headless Chromium (form controls drawn by Skia)."""
    chromium = tool("chromium", "chromium-browser", "google-chrome")
    assert chromium is not None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pdf"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--no-first-run",
                        "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
                        f"--print-to-pdf={out}", src.resolve().as_uri()],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(out, PDF_OUT / target)


def ghostscript_redistilled_ticks() -> None:
    """Ticks in ZapfDingbats, Symbol and DejaVu Sans (reportlab), re-distilled by
    Ghostscript's pdfwrite: fonts renamed (URW's Dingbats and Standard Symbols stand in
    for ZapfDingbats and Symbol) and re-subset."""
    from reportlab.pdfgen.canvas import Canvas

    font = register_dejavu()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "before.pdf"
        c = Canvas(str(src), invariant=1)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, PAGE_H - 50, "Milestone 4: Information and advice")
        xs, tops = rl_grid(c, 50, 70, [120.0, 80.0, 80.0, 80.0], 24, 4)
        head = ["Option", "ZapfDingbats", "Symbol", "DejaVu"]
        c.setFont("Helvetica", 9)
        for k, text in enumerate(head):
            c.drawString(xs[k] + 4, PAGE_H - tops[0] - 15, text)
        for r, text in enumerate(LIKELIHOODS[:3], start=1):
            c.setFont("Helvetica", 9)
            c.drawString(xs[0] + 4, PAGE_H - tops[r] - 15, text)
        c.setFont("ZapfDingbats", 10)
        c.drawString(xs[1] + 30, PAGE_H - tops[1] - 15, "\u2714")  # code 0x34
        c.setFont("Symbol", 10)
        c.drawString(xs[2] + 30, PAGE_H - tops[2] - 15, "\u221a")  # code 0xD6
        c.setFont(font, 10)
        c.drawString(xs[3] + 30, PAGE_H - tops[3] - 15, "\u2714")
        c.showPage()
        c.save()
        gs = tool("gs")
        assert gs is not None
        subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dPDFSETTINGS=/prepress", "-dEmbedAllFonts=true",
                        f"-sOutputFile={PDF_OUT / 'ghostscript-redistilled-symbol-ticks.pdf'}",
                        str(src)], check=True, capture_output=True, timeout=120)


def tool_pdfs() -> None:
    if tool("soffice", "libreoffice") is None:
        print("skipped the LibreOffice PDFs: LibreOffice not installed")
    else:
        libreoffice_pdf_of_word("delete-as-appropriate-struck-options.docx",
                                "libreoffice-struck-bold-highlighted-options.pdf")
        calc_rotated_headers_pdf()
        calc_rotated_headers_pdf(borders=False)
    if tool("chromium", "chromium-browser", "google-chrome") is None:
        print("skipped the Chromium PDF: Chromium not installed")
    else:
        chromium_print(HTML_OUT / "form-controls-labels-select-textarea.html",
                       "chromium-form-radios-and-checkboxes.pdf")
    if tool("gs") is None:
        print("skipped the Ghostscript PDF: Ghostscript not installed")
    else:
        ghostscript_redistilled_ticks()


def main() -> None:
    for folder in (DOCX_OUT, HTML_OUT, PDF_OUT):
        folder.mkdir(parents=True, exist_ok=True)
    for name, build in DOCX_FIXTURES.items():
        save_deterministic(build(), DOCX_OUT / name)
    print(f"wrote {len(DOCX_FIXTURES)} Word files to {DOCX_OUT}")
    for name, write in HTML_FIXTURES.items():
        (HTML_OUT / name).write_text(write(), encoding="cp1252" if name.endswith(".htm")
                                     else "utf-8")
    print(f"wrote {len(HTML_FIXTURES)} HTML files to {HTML_OUT}")
    calc_workbook_html()
    for build_pdf in PDF_FIXTURES.values():
        build_pdf()
    print(f"wrote {len(PDF_FIXTURES)} reportlab PDFs to {PDF_OUT}")
    tool_pdfs()


if __name__ == "__main__":
    main()
