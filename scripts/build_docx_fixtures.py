"""Build the Word test fixtures in tests/data/docx/ (deterministic).

Each file pins one problem the DOCX reader must handle. They are written with
python-docx; where python-docx has no API (symbol glyphs, checkbox content
controls, legacy form fields, shading, grid offsets, tracked changes) the raw
WordprocessingML is injected with ``docx.oxml.parse_xml``. Zip entries get a
fixed timestamp so a rebuild gives the same bytes.

    .venv/bin/python scripts/build_docx_fixtures.py
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import Table as DocxTable
from docx.table import _Cell

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "docx"
OPTIONS = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W = nsdecls("w")
W_W14 = f'{W} xmlns:w14="{W14_NS}"'
FIXED_TIME = (2010, 12, 31, 0, 0, 0)


# ---------------------------------------------------------------------------
# Helpers


def save(doc: DocxDocument, name: str) -> None:
    """Save with fixed zip timestamps, so the bytes do not change between builds."""
    raw = io.BytesIO()
    doc.save(raw)
    write_zip(OUT / name, read_entries(raw.getvalue()))


def read_entries(blob: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def write_zip(path: Path, entries: list[tuple[str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)


def put_runs(cell: _Cell, runs_xml: str, ns: str = W) -> None:
    """Append raw runs (or other inline content) to the cell's first paragraph."""
    wrapper = parse_xml(f"<w:p {ns}>{runs_xml}</w:p>")
    p = cell.paragraphs[0]._p
    for child in list(wrapper):
        p.append(child)


def options_table(doc: DocxDocument, rows: int = 1) -> DocxTable:
    """A header row of the four likelihood options and ``rows`` empty rows below."""
    table = doc.add_table(rows=1 + rows, cols=len(OPTIONS))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, OPTIONS, strict=True):
        cell.text = label
    return table


def sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def font_run(font: str, text: str) -> str:
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def checkbox_sdt(val: str) -> str:
    glyph = "\u2612" if val in ("1", "true") else "\u2610"
    return (
        "<w:sdt><w:sdtPr><w14:checkbox>"
        f'<w14:checked w14:val="{val}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        "</w14:checkbox></w:sdtPr><w:sdtContent>"
        '<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
        f"</w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def form_checkbox(check_box_xml: str, result: str = "") -> str:
    """A legacy FORMCHECKBOX field with the given w:checkBox content (and, as some
    producers write, a displayed glyph as the field result)."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{check_box_xml}</w:checkBox>'
        "</w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + (f"<w:r><w:t>{result}</w:t></w:r>" if result else "")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def one_mark_document(mark_xml: str, col: int = 1, ns: str = W) -> DocxDocument:
    """An options table whose second row carries ``mark_xml`` under option ``col``."""
    doc = docx.Document()
    doc.add_paragraph("Milestone 1: likelihood of achieving by April 2011")
    table = options_table(doc)
    put_runs(table.cell(1, col), mark_xml, ns)
    return doc


def set_tc_shading(cell: _Cell, shd_attrs: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f"<w:shd {W} {shd_attrs}/>"))


def set_paragraph_shading(cell: _Cell, fill: str) -> None:
    cell.paragraphs[0]._p.get_or_add_pPr().append(
        parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# ---------------------------------------------------------------------------
# Fixtures: marks


def wingdings_tick_in_sym_run() -> DocxDocument:
    return one_mark_document(sym("Wingdings", "F0FC"))


def wingdings2_tick_sym() -> DocxDocument:
    return one_mark_document(sym("Wingdings 2", "F050"), col=2)


def symbol_font_radical_tick() -> DocxDocument:
    return one_mark_document(sym("Symbol", "F0D6"), col=0)


def webdings_tick() -> DocxDocument:
    return one_mark_document(sym("Webdings", "F061"), col=3)


def pua_tick_typed_in_wingdings_run() -> DocxDocument:
    doc = docx.Document()
    table = options_table(doc, rows=3)
    put_runs(table.cell(1, 1), font_run("Wingdings", "\uf0fc"))  # private-use form
    put_runs(table.cell(2, 3), font_run("Wingdings", "\u00fc"))  # plain ü in Wingdings
    put_runs(table.cell(3, 0), font_run("Wingdings", "J"))  # a smiley: not a mark
    return doc


def zapf_tick_typed() -> DocxDocument:
    return one_mark_document(font_run("ZapfDingbats", "4"), col=2)


def checkbox_content_control() -> DocxDocument:
    doc = docx.Document()
    table = options_table(doc, rows=2)
    for col, val in enumerate(["0", "1", "0", "0"]):
        put_runs(table.cell(1, col), checkbox_sdt(val), W_W14)
    for col, val in enumerate(["false", "0", "true", "0"]):
        put_runs(table.cell(2, col),
                 checkbox_sdt(val) + f'<w:r><w:t xml:space="preserve"> {OPTIONS[col]}</w:t></w:r>',
                 W_W14)
    return doc


def legacy_formcheckbox() -> DocxDocument:
    doc = docx.Document()
    table = options_table(doc, rows=2)
    boxes = [
        "<w:checked/>",  # checked, no value: checked
        '<w:checked w:val="0"/>',  # explicitly unchecked
        '<w:default w:val="1"/>',  # no w:checked: the default (checked)
        '<w:default w:val="0"/>',  # no w:checked: the default (unchecked)
    ]
    for col, box in enumerate(boxes):
        put_runs(table.cell(1, col), form_checkbox(box))
    # w:checked overrides w:default; a label after the field.
    put_runs(table.cell(2, 0), form_checkbox('<w:default w:val="1"/><w:checked w:val="0"/>')
             + '<w:r><w:t xml:space="preserve"> Not yet</w:t></w:r>')
    put_runs(table.cell(2, 1), form_checkbox('<w:default w:val="0"/><w:checked w:val="true"/>')
             + '<w:r><w:t xml:space="preserve"> Yes</w:t></w:r>')
    # A result glyph inside the field is the box drawn, not a second mark.
    put_runs(table.cell(2, 2), form_checkbox("<w:checked/>", result="\u2612"))
    return doc


def unicode_ballot_boxes() -> DocxDocument:
    doc = docx.Document()
    table = options_table(doc, rows=3)
    for col, ch in enumerate("\u2610\u2612\u2610\u2610"):
        table.cell(1, col).text = ch
    for col, ch in enumerate("\u2610\u2610\u2611\u2610"):
        table.cell(2, col).text = f"{ch} {OPTIONS[col]}"
    for col, ch in enumerate(["\u2713", "\u2714", "\u221a", "\u2717"]):
        table.cell(3, col).text = ch
    doc.add_paragraph("Achieved \u2713")
    return doc


def symbols_outside_tables() -> DocxDocument:
    """Paragraph text keeps stand-ins; unknown symbol glyphs are dropped."""
    doc = docx.Document()
    p = doc.add_paragraph()
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">Achieved </w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:sym w:font="Webdings" w:char="F068"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve"> (on time)</w:t></w:r>'))
    return doc


# ---------------------------------------------------------------------------
# Fixtures: fill


def shaded_option_cell() -> DocxDocument:
    doc = docx.Document()
    table = options_table(doc, rows=4)
    set_tc_shading(table.cell(1, 2), 'w:val="clear" w:color="auto" w:fill="FF0000"')
    set_tc_shading(table.cell(1, 0), 'w:val="clear" w:color="auto" w:fill="auto"')
    set_paragraph_shading(table.cell(2, 1), "00B050")  # paragraph shading, no cell shading
    # Older Word: a solid pattern in the pattern colour over an automatic fill.
    set_tc_shading(table.cell(3, 3), 'w:val="solid" w:color="FFC000" w:fill="auto"')
    for col in range(4):
        set_tc_shading(table.cell(4, col), 'w:val="clear" w:color="auto" w:fill="FFFFFF"')
    return doc


# ---------------------------------------------------------------------------
# Fixtures: table grid


def merged_cells_gridspan_vmerge() -> DocxDocument:
    doc = docx.Document()
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for r in range(4):
        for c in range(4):
            table.cell(r, c).text = f"{r}-{c}"
    table.cell(0, 0).merge(table.cell(0, 1))  # across: gridSpan
    table.cell(1, 0).merge(table.cell(3, 0))  # down: vMerge restart/continue
    table.cell(1, 1).merge(table.cell(2, 2))  # a block: both
    for r, c, text in [(0, 0, "top"), (1, 0, "left"), (1, 1, "block")]:
        cell = table.cell(r, c)
        for p in cell.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        cell.paragraphs[0].text = text
    return doc


def grid_before_after() -> DocxDocument:
    doc = docx.Document()
    table = doc.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    for r in range(3):
        for c in range(4):
            table.cell(r, c).text = f"{r}-{c}"
    rows = table._tbl.tr_lst
    # Row 1 starts one grid column in: drop its first cell.
    rows[1].remove(rows[1].tc_lst[0])
    rows[1].get_or_add_trPr().append(parse_xml(f'<w:gridBefore {W} w:val="1"/>'))
    # Row 2 stops two grid columns short: drop its last two cells.
    for tc in rows[2].tc_lst[2:]:
        rows[2].remove(tc)
    rows[2].get_or_add_trPr().append(parse_xml(f'<w:gridAfter {W} w:val="2"/>'))
    return doc


def nested_table() -> DocxDocument:
    doc = docx.Document()
    outer = doc.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = "Milestone"
    outer.cell(0, 1).text = "Progress"
    outer.cell(1, 0).text = "Information and advice"
    cell = outer.cell(1, 1)
    cell.text = "See below"
    inner = cell.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "Achieved"
    inner.cell(0, 1).text = "Y"
    inner.cell(1, 0).text = "Likelihood"
    inner.cell(1, 1).text = "Very likely"
    cell.add_paragraph("After the inner table")
    return doc


# ---------------------------------------------------------------------------
# Fixtures: text


def proofing_split_runs() -> DocxDocument:
    doc = docx.Document()
    runs = ('<w:r><w:t>Very lik</w:t></w:r><w:proofErr w:type="spellStart"/>'
            '<w:r><w:t>ely</w:t></w:r><w:proofErr w:type="spellEnd"/>')
    p = doc.add_paragraph()
    for child in parse_xml(f"<w:p {W}>{runs}</w:p>"):
        p._p.append(child)
    table = doc.add_table(rows=1, cols=2)
    put_runs(table.cell(0, 0), runs)
    put_runs(table.cell(0, 1), '<w:r><w:t>Milestone 1</w:t><w:tab/><w:t>Apr-10</w:t>'
                               '<w:br/><w:t>Oct-10</w:t></w:r>')
    return doc


def superscript_ordinal() -> DocxDocument:
    doc = docx.Document()
    p = doc.add_paragraph("Date completed: 1")
    p.add_run("st").font.superscript = True
    p.add_run(" August 2010")
    table = doc.add_table(rows=1, cols=1)
    cp = table.cell(0, 0).paragraphs[0]
    cp.add_run("31")
    cp.add_run("st").font.superscript = True
    cp.add_run("\u00a0March 2011")
    return doc


def tracked_changes_ins_del() -> DocxDocument:
    doc = docx.Document()
    p = doc.add_paragraph()
    xml = (
        '<w:r><w:t xml:space="preserve">Achieved: </w:t></w:r>'
        '<w:del w:id="1" w:author="A" w:date="2010-12-01T00:00:00Z">'
        "<w:r><w:delText>No</w:delText></w:r></w:del>"
        '<w:ins w:id="2" w:author="A" w:date="2010-12-01T00:00:00Z">'
        "<w:r><w:t>Yes</w:t></w:r></w:ins>"
    )
    for child in parse_xml(f"<w:p {W}>{xml}</w:p>"):
        p._p.append(child)
    table = doc.add_table(rows=3, cols=2)
    for r, (label, value) in enumerate([("Milestone 1", "Y"), ("Milestone 2", "N"),
                                        ("Milestone 3", "Y")]):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = value
    deleted = table._tbl.tr_lst[1]  # a row deleted with change tracking on
    deleted.get_or_add_trPr().append(
        parse_xml(f'<w:del {W} w:id="3" w:author="A" w:date="2010-12-01T00:00:00Z"/>'))
    return doc


def wingdings_tick_via_character_style() -> DocxDocument:
    """The symbol font comes from a character style, not the run's own w:rFonts."""
    doc = docx.Document()
    style = doc.styles.add_style("Tick Mark", WD_STYLE_TYPE.CHARACTER)
    style.font.name = "Wingdings"
    table = options_table(doc)
    table.cell(1, 3).paragraphs[0].add_run("\u00fc", style="Tick Mark")
    return doc


def field_codes_and_hidden_text() -> DocxDocument:
    """A REF field shows its result, not its code; hidden text is not shown."""
    doc = docx.Document()
    p = doc.add_paragraph()
    xml = (
        '<w:r><w:t xml:space="preserve">Council: </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> REF CouncilName \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>Sefton</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (draft note)</w:t></w:r>'
    )
    for child in parse_xml(f"<w:p {W}>{xml}</w:p>"):
        p._p.append(child)
    return doc


# ---------------------------------------------------------------------------
# Fixtures: structure


def body_order_paragraphs_and_tables() -> DocxDocument:
    doc = docx.Document()
    doc.add_heading("Putting People First", level=1)
    doc.add_paragraph("December 2010 progress")
    t1 = doc.add_table(rows=1, cols=2)
    t1.cell(0, 0).text = "Council"
    t1.cell(0, 1).text = "Sefton"
    doc.add_paragraph("")  # empty: skipped
    doc.add_paragraph("   ")  # blank: skipped
    doc.add_paragraph("Milestone 1", style="Heading 2")
    t2 = doc.add_table(rows=1, cols=1)
    t2.cell(0, 0).text = "Effective partnerships"
    doc.add_paragraph("End of return")
    return doc


def sdt_wrapped_table() -> DocxDocument:
    doc = docx.Document()
    doc.add_paragraph("Before")
    body = doc.element.body
    sdt = parse_xml(
        f"<w:sdt {W}><w:sdtPr><w:alias w:val='Return'/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Inside the control</w:t></w:r></w:p>"
        "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr><w:tc><w:p><w:r><w:t>Council</w:t></w:r></w:p></w:tc>"
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        "<w:tc><w:p><w:r><w:t>Sefton</w:t></w:r></w:p></w:tc>"
        "</w:sdtContent></w:sdt></w:tr>"
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        "<w:tr><w:tc><w:p><w:r><w:t>Period</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        "<w:r><w:t>Click here to enter text.</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc>"
        "</w:tr></w:sdtContent></w:sdt>"
        "</w:tbl>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(body.index(doc.paragraphs[-1]._p) + 1, sdt)
    doc.add_paragraph("After")
    return doc


def empty_document() -> DocxDocument:
    return docx.Document()


def sixty_page_return() -> DocxDocument:
    """A long return: 60 sections, each a heading, prose and a marked options table."""
    doc = docx.Document()
    for section in range(60):
        doc.add_heading(f"Section {section + 1}", level=2)
        for _ in range(3):
            doc.add_paragraph("Progress against the milestone is reported below. " * 6)
        table = options_table(doc, rows=12)
        for r in range(1, 13):
            put_runs(table.cell(r, (r + section) % 4), sym("Wingdings", "F0FC"))
            table.cell(r, (r + section + 1) % 4).text = "Comment"
    return doc


# ---------------------------------------------------------------------------
# Bad files


def _png(draw: Callable[[Any], None], size: tuple[int, int]) -> io.BytesIO:
    from PIL import Image, ImageDraw
    image = Image.new("RGB", size, "white")
    draw(ImageDraw.Draw(image))
    out = io.BytesIO()
    image.save(out, format="PNG")
    out.seek(0)
    return out


def tick_pictures_without_alt_text() -> DocxDocument:
    """The chosen option marked by a small picture of a tick with no alt text and no
    telling name (a pasted image): read by its pixels. A wide logo picture is no mark."""
    doc = docx.Document()
    doc.add_paragraph().add_run().add_picture(
        _png(lambda d: d.rectangle([10, 10, 230, 50], fill=(0, 80, 160)), (240, 60)))
    doc.add_paragraph("Milestone 1: likelihood of achieving by April 2011")
    table = options_table(doc)

    def tick(d: Any) -> None:
        d.line([(8, 26), (20, 38), (40, 10)], fill="black", width=6)
    run = table.cell(1, 2).paragraphs[0].add_run()
    run.add_picture(_png(tick, (48, 48)), width=docx.shared.Pt(10))
    return doc


def write_bad_files() -> None:
    rng = random.Random(20101231)
    (OUT / "bad-random-bytes.docx").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))

    good = OUT / "wingdings-tick-in-sym-run.docx"
    blob = good.read_bytes()
    (OUT / "truncated.docx").write_bytes(blob[: len(blob) // 2])

    # A zip that declares far more than it holds: 8 MB of zeros beside the document.
    entries = read_entries(blob)
    with zipfile.ZipFile(OUT / "zip-bomb.docx", "w") as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        info = zipfile.ZipInfo("word/media/zeros.bin", date_time=FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w") as fh:
            chunk = bytes(1 << 20)
            for _ in range(8):
                fh.write(chunk)

    # A main part with a DOCTYPE declaring an entity (billion-laughs style).
    doctype = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               b'<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n')
    patched = []
    for name, data in entries:
        if name == "word/document.xml":
            data = doctype + data.split(b"?>", 1)[1].lstrip()
            data = data.replace(b"Very likely", b"&lol2;", 1)
        patched.append((name, data))
    write_zip(OUT / "doctype-entity-declaration.docx", patched)

    # A zip that is not a Word document at all.
    write_zip(OUT / "zip-without-document-xml.docx", [("hello.txt", b"hello")])


FIXTURES: dict[str, Callable[[], DocxDocument]] = {
    "wingdings-tick-in-sym-run.docx": wingdings_tick_in_sym_run,
    "wingdings2-tick-sym.docx": wingdings2_tick_sym,
    "symbol-font-radical-tick.docx": symbol_font_radical_tick,
    "webdings-tick.docx": webdings_tick,
    "pua-tick-typed-in-wingdings-run.docx": pua_tick_typed_in_wingdings_run,
    "zapf-tick-typed.docx": zapf_tick_typed,
    "checkbox-content-control.docx": checkbox_content_control,
    "legacy-formcheckbox.docx": legacy_formcheckbox,
    "unicode-ballot-boxes.docx": unicode_ballot_boxes,
    "symbols-outside-tables.docx": symbols_outside_tables,
    "shaded-option-cell.docx": shaded_option_cell,
    "merged-cells-gridspan-vmerge.docx": merged_cells_gridspan_vmerge,
    "grid-before-after.docx": grid_before_after,
    "nested-table.docx": nested_table,
    "proofing-split-runs.docx": proofing_split_runs,
    "superscript-ordinal.docx": superscript_ordinal,
    "tracked-changes-ins-del.docx": tracked_changes_ins_del,
    "field-codes-and-hidden-text.docx": field_codes_and_hidden_text,
    "wingdings-tick-via-character-style.docx": wingdings_tick_via_character_style,
    "body-order-paragraphs-and-tables.docx": body_order_paragraphs_and_tables,
    "sdt-wrapped-table.docx": sdt_wrapped_table,
    "empty-document.docx": empty_document,
    "sixty-page-return.docx": sixty_page_return,
    "tick-pictures-without-alt-text.docx": tick_pictures_without_alt_text,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in FIXTURES.items():
        save(build(), name)
    write_bad_files()
    print(f"wrote {len(FIXTURES) + 5} fixtures to {OUT}")


if __name__ == "__main__":
    main()
