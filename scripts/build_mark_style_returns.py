"""One small return per mark style, in Word (python-docx) and hand-written HTML.

Every file has the same content: five milestone tables whose likelihood options
are marked in one style (a tick column beside the options), and the twelve
requirement ratings marked in the same style under Red / Amber/Red / Amber/Green /
Green columns. The chosen options vary by milestone and deadline, so a test can
assert the exact value extracted for each style. Expected values are written to
tests/data/marks/expected.json from the same literals (no pipeline code here).

Run: .venv/bin/python scripts/build_mark_style_returns.py
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches

from docx_save import save_deterministic

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "marks"
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

TITLES = ["Effective partnerships with people using services, carers and other local citizens",
          "Self-directed support and personal budgets", "Prevention and cost effective services",
          "Information and advice", "Local commissioning"]
LIK = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
LIK_KEY = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
DEADLINES = [("April 2010", "2010-04"), ("October 2010", "2010-10"), ("April 2011", "2011-04")]
RATINGS = ["Red", "Amber/Red", "Amber/Green", "Green"]
RATING_KEY = ["red", "amber_red", "amber_green", "green"]
REQS = [
    ("engagement.service_users", "The full engagement of all service users."),
    ("engagement.staff", "The full engagement of all staff working to support the delivery of "
     "care, which includes people working in the provider services and third sector "
     "organisations."),
    ("engagement.health", "The full engagement of Primary Care Trusts and the wider health "
     "community."),
    ("engagement.politicians", "The full engagement of local politicians"),
    ("engagement.council_partners", "The full engagement of all parts of local councils and of "
     "other key strategic partners."),
    ("engagement.regional_national", "The support of regional and national programmes."),
    ("arrangements.risk_management", "A system is in place, which manages the risks associated "
     "with the transformation that includes both the risks for individuals and financial and "
     "other risks"),
    ("arrangements.business_models", "Clarity of the business models that will need to be "
     "adapted to support the transformation"),
    ("arrangements.financial_systems", "Financial systems, which support the delivery of "
     "personal budgets."),
    ("arrangements.project_plan", "A local project plan for the delivery of the transformation "
     "with clear projections and targets to reach locally identified milestones"),
    ("arrangements.business_cases", "Business cases, which track the new investments, and "
     "disinvestments that will be required to support the change."),
    ("arrangements.workforce_strategy", "A workforce strategy that supports the transformation"),
]


def pick(m: int, k: int) -> int:
    """The option chosen for milestone m, deadline k (varied, deterministic)."""
    return (m * 2 + k * 3) % 4


def rating_pick(i: int) -> int:
    return (i * 3 + 1) % 4


# ---------------------------------------------------------------------------
# Word: how each style writes a mark (and, for box styles, an unmarked option)

def _run(xml: str) -> str:
    return f'<w:r {nsdecls("w")}>{xml}</w:r>'


def _text(t: str) -> list[str]:
    return [_run(f"<w:t>{html.escape(t)}</w:t>")] if t else []


def _font_text(font: str, t: str) -> list[str]:
    return [_run(f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/></w:rPr>'
                 f"<w:t>{t}</w:t>")]


def _sym(font: str, char: str) -> list[str]:
    return [_run(f'<w:sym w:font="{font}" w:char="{char}"/>')]


def _control(on: bool) -> list[str]:
    glyph = "\u2612" if on else "\u2610"
    return [f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val='
            f'"{1 if on else 0}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
            f'<w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t>'
            f"</w:r></w:sdtContent></w:sdt>"]


def _formfield(on: bool) -> list[str]:
    checked = "<w:checked/>" if on else ""
    return [_run(f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check"/>'
                 f"<w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val=\"0\"/>{checked}"
                 f"</w:checkBox></w:ffData></w:fldChar>"),
            _run('<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText>'),
            _run('<w:fldChar w:fldCharType="separate"/>'),
            _run('<w:fldChar w:fldCharType="end"/>')]


DocxStyle = Callable[[bool], list[str]]

DOCX_STYLES: dict[str, DocxStyle] = {
    "letter-y": lambda on: _text("Y" if on else ""),
    "letter-x": lambda on: _text("X" if on else ""),
    "yes-no-words": lambda on: _text("Yes" if on else "No"),
    "unicode-tick-2713": lambda on: _text("\u2713" if on else ""),
    "unicode-heavy-tick-2714": lambda on: _text("\u2714" if on else ""),
    "unicode-radical-221a": lambda on: _text("\u221a" if on else ""),
    "unicode-ballot-box-2612": lambda on: _text("\u2612" if on else "\u2610"),
    "unicode-ballot-box-check-2611": lambda on: _text("\u2611" if on else "\u2610"),
    "wingdings-sym-f0fc": lambda on: _sym("Wingdings", "F0FC") if on else [],
    "wingdings-pua-typed-f0fc": lambda on: _font_text("Wingdings", "\uf0fc") if on else [],
    "wingdings-typed-u-umlaut": lambda on: _font_text("Wingdings", "\u00fc") if on else [],
    "wingdings-box-sym-fe-and-a8": lambda on: _sym("Wingdings", "F0FE" if on else "F0A8"),
    "wingdings2-sym-p": lambda on: _sym("Wingdings 2", "F050") if on else [],
    "webdings-sym-a": lambda on: _sym("Webdings", "F061") if on else [],
    "symbol-sym-d6": lambda on: _sym("Symbol", "F0D6") if on else [],
    "checkbox-content-control": _control,
    "legacy-formcheckbox": _formfield,
    # issue 12: radio buttons and boxes by Unicode family and in symbol fonts
    "radio-pair-25cf-25cb": lambda on: _text("\u25cf" if on else "\u25cb"),
    "squares-25a0-25a1": lambda on: _text("\u25a0" if on else "\u25a1"),
    "squared-times-22a0": lambda on: _text("\u22a0" if on else "\u2610"),
    "circled-times-2297": lambda on: _text("\u2297" if on else "\u25cb"),
    "wingdings-radio-sym-6c-a1": lambda on: _sym("Wingdings", "F06C" if on else "F0A1"),
}

FILL = "FFC000"  # an amber-ish highlight: the colour rule must not care which colour


def _add_runs(cell, runs: list[str]) -> None:
    p = cell.paragraphs[0]._p
    for xml in runs:
        p.append(parse_xml(xml))


def _shade(cell, colour: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{colour}"/>'))


def build_docx(name: str, style: DocxStyle | None) -> None:
    """style None = colour only: the chosen mark cell is shaded, no text."""
    doc = Document()
    doc.add_paragraph("Council: Stockport Metropolitan Borough Council")
    doc.add_paragraph("Progress with Putting People First milestones: March 2010")
    doc.add_paragraph("Date completed: 12 April 2010")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for k, text in enumerate(["Are all stakeholders fully engaged", *RATINGS]):
        t.cell(0, k).text = text
    for i, (_rid, text) in enumerate(REQS):
        row = t.add_row()
        row.cells[0].text = text
        for j in range(4):
            on = j == rating_pick(i)
            if style is None:
                if on:
                    _shade(row.cells[1 + j], FILL)
            else:
                _add_runs(row.cells[1 + j], style(on))
    for m, title in enumerate(TITLES, start=1):
        doc.add_paragraph("")
        t = doc.add_table(rows=3 + len(LIK), cols=7)
        t.style = "Table Grid"
        t.cell(0, 0).text = f"Milestone {m}:"
        t.cell(0, 1).merge(t.cell(0, 6)).text = title
        t.cell(1, 0).text = "Key Dates and Deliverables:"
        for k, (label, _) in enumerate(DEADLINES):
            t.cell(1, 1 + 2 * k).merge(t.cell(1, 2 + 2 * k)).text = label
        t.cell(2, 0).text = "How likely are we to achieve this milestone by this date?"
        for k in range(3):
            for i, opt in enumerate(LIK):
                t.cell(2 + i, 1 + 2 * k).text = opt
                on = i == pick(m, k)
                mark_cell = t.cell(2 + i, 2 + 2 * k)
                if style is None:
                    if on:
                        _shade(mark_cell, FILL)
                else:
                    _add_runs(mark_cell, style(on))
    save_deterministic(doc, OUT / f"{name}.docx")


# ---------------------------------------------------------------------------
# HTML: hand-written markup per style

HtmlStyle = Callable[[bool], str]

HTML_STYLES: dict[str, HtmlStyle] = {
    "entity-10004": lambda on: "&#10004;" if on else "&nbsp;",
    "entity-10003": lambda on: "&#10003;" if on else "",
    "entity-ballot-x2612": lambda on: "&#x2612;" if on else "&#x2610;",
    "letter-x": lambda on: "X" if on else "",
    "word-pasted-wingdings-span": lambda on: (
        '<p class=MsoNormal><span style=\'font-family:Wingdings;mso-ascii-font-family:'
        'Wingdings;mso-char-type:symbol;mso-symbol-font-family:Wingdings\'>'
        '<span style=\'mso-char-type:symbol;mso-symbol-font-family:Wingdings\'>\u00fc</span>'
        '</span><o:p></o:p></p>') if on else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
    "font-face-wingdings2": lambda on: '<font face="Wingdings 2">P</font>' if on else "",
    "input-checkbox": lambda on: f'<input type="checkbox"{" checked" if on else ""}>',
    "img-tick-gif": lambda on: ('<img src="/images/icons/tick_green.gif" width="12" '
                                'height="12">') if on else '<img src="/images/spacer.gif">',
    # issue 12: radio buttons, pictures decided by what they draw
    "entity-radio-9679-9675": lambda on: "&#9679;" if on else "&#9675;",
    "input-radio": lambda on: f'<input type="radio"{" checked" if on else ""}>',
    "img-png-data-uri-tick": lambda on: (
        f'<img src="{_data_uri("image/png", _tick_png())}" alt="">' if on else ""),
    "img-svg-data-uri-tick": lambda on: (
        f'<img src="{_data_uri("image/svg+xml", TICK_SVG.encode())}" alt="">' if on else ""),
    "inline-svg-tick": lambda on: TICK_SVG if on else "",
}


TICK_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" '
            'viewBox="0 0 16 16"><path d="M2.5 8.5 L6.5 12.5 L13.5 3.5" fill="none" '
            'stroke="#1a7f2e" stroke-width="2.4"/></svg>')


def _tick_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (16, 16), (255, 255, 255, 0))
    ImageDraw.Draw(im).line([(3, 9), (7, 13), (14, 3)], fill=(20, 120, 40, 255), width=2)
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def _data_uri(media: str, data: bytes) -> str:
    import base64

    return f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"


# Excel's "Save as Web Page" colours cells by class, with the rules in the head; here
# with a comment, an @media block and a compound selector, as such pages have them.
EXCEL_CSS = """<style>
<!--table {mso-displayed-decimal-separator:"\\.";}
.xl24 {mso-style-parent:style0; border:.5pt solid windowtext;}
/* chosen option: green fill */
td.xl31 {mso-style-parent:style0; background:#00B050; mso-pattern:auto none;}
@media screen { .xl30 {background:white; mso-pattern:auto none;} }
a:hover {background:red;}
-->
</style>"""


def _td(content: str, on: bool, style: HtmlStyle | str | None) -> str:
    if style is None:
        return f'<td bgcolor="{"#00B050" if on else "#FFFFFF"}">&nbsp;</td>'
    if style == "class":
        return f'<td class={"xl31" if on else "xl30"}>&nbsp;</td>'
    assert callable(style)
    return f"<td>{style(on)}</td>"


def build_html(name: str, style: HtmlStyle | str | None) -> None:
    css = EXCEL_CSS if style == "class" else ""
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Return</title>{css}"
             "</head>",
             "<body><p>Council: Stockport Metropolitan Borough Council</p>",
             "<p>Progress with Putting People First milestones: March 2010</p>",
             "<p>Date completed: 12 April 2010</p>",
             "<table border=1><tr><td>Are all stakeholders fully engaged</td>",
             "".join(f"<td>{html.escape(r)}</td>" for r in RATINGS), "</tr>"]
    for i, (_rid, text) in enumerate(REQS):
        parts.append(f"<tr><td>{html.escape(text)}</td>")
        parts.append("".join(_td("", j == rating_pick(i), style) for j in range(4)))
        parts.append("</tr>")
    parts.append("</table>")
    for m, title in enumerate(TITLES, start=1):
        parts.append(f"<table border=1><tr><td>Milestone {m}:</td>"
                     f"<td colspan=6>{html.escape(title)}</td></tr>")
        parts.append("<tr><td>Key Dates and Deliverables:</td>" + "".join(
            f"<td colspan=2>{label}</td>" for label, _ in DEADLINES) + "</tr>")
        for i, opt in enumerate(LIK):
            first = ("<td rowspan=4>How likely are we to achieve this milestone by this date?"
                     "</td>") if i == 0 else ""
            cells = "".join(f"<td>{opt}</td>" + _td("", i == pick(m, k), style)
                            for k in range(3))
            parts.append(f"<tr>{first}{cells}</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    (OUT / f"{name}.html").write_text("\n".join(parts), encoding="utf-8")


# ---------------------------------------------------------------------------
# PDF: the same return drawn by reportlab (marks drawn as paths, or radio characters),
# printed by Chromium and LibreOffice, and re-distilled by Ghostscript

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _drawn_tick():  # -> a reportlab Flowable
    from reportlab.platypus import Flowable

    class Tick(Flowable):
        def wrap(self, *_args: object) -> tuple[float, float]:
            return 10, 8

        def draw(self) -> None:
            p = self.canv.beginPath()
            p.moveTo(0, 4)
            p.lineTo(3.5, 0.5)
            p.lineTo(10, 8)
            self.canv.setLineWidth(1.4)
            self.canv.drawPath(p, stroke=1, fill=0)

    return Tick()


PdfStyle = Callable[[bool], object]


def build_pdf(name: str, style: PdfStyle) -> None:
    """The return as a reportlab PDF, each mark cell holding ``style(on)``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=8, leading=10)
    grid = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    story: list[object] = []
    for line in ("Council: Stockport Metropolitan Borough Council",
                 "Progress with Putting People First milestones: March 2010",
                 "Date completed: 12 April 2010"):
        story += [Paragraph(line, body), Spacer(1, 8)]
    rows: list[list[object]] = [[Paragraph("Are all stakeholders fully engaged", body),
                                 *RATINGS]]
    for i, (_rid, text) in enumerate(REQS):
        rows.append([Paragraph(text, body)] + [style(j == rating_pick(i)) for j in range(4)])
    story += [Spacer(1, 6), Table(rows, colWidths=[250, 55, 55, 65, 55],
                                  style=TableStyle(grid))]
    for m, title in enumerate(TITLES, start=1):
        rows = [[f"Milestone {m}:", Paragraph(title, body), "", "", "", "", ""],
                ["Key Dates and Deliverables:"] + [x for label, _ in DEADLINES
                                                   for x in (label, "")]]
        for i, opt in enumerate(LIK):
            question = Paragraph("How likely are we to achieve this milestone by this date?",
                                 body) if i == 0 else ""
            rows.append([question] + [x for k in range(3)
                                      for x in (opt, style(i == pick(m, k)))])
        spans = [("SPAN", (1, 0), (6, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (3, 1), (4, 1)),
                 ("SPAN", (5, 1), (6, 1)), ("SPAN", (0, 2), (0, 5))]
        story += [Spacer(1, 10), KeepTogether(Table(rows, colWidths=[130, 70, 30, 70, 30, 70, 30],
                                                    style=TableStyle(grid + spans)))]
    doc = SimpleDocTemplate(str(OUT / f"{name}.pdf"), pagesize=A4, invariant=1,
                            title=name, author="ppfextract fixtures")
    doc.build(story)


PDF_STYLES: dict[str, PdfStyle] = {
    "reportlab-drawn-ticks": lambda on: _drawn_tick() if on else "",
    "reportlab-radio-chars": lambda on: "\u25cf" if on else "\u25cb",
    "reportlab-dejavu-heavy-tick": lambda on: "\u2714" if on else "",
}


def _tool(*names: str) -> str | None:
    import shutil

    return next((found for n in names if (found := shutil.which(n))), None)


def tool_pdfs() -> list[str]:
    """PDFs made from the Word and HTML returns by the programs councils print with."""
    import shutil
    import subprocess
    import tempfile

    made: list[str] = []
    soffice = _tool("soffice", "libreoffice")
    if soffice:
        for style in ("radio-pair-25cf-25cb", "wingdings-sym-f0fc"):
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / f"pdf-libreoffice-{style}.docx"
                printed = Document(str(OUT / f"docx-{style}.docx"))
                for table in printed.tables:  # column widths as a person sets them, and
                    widths = ([3.4, 0.8, 0.8, 0.9, 0.8] if len(table.columns) == 5  # each
                              else [1.5, 1.0, 0.45, 1.0, 0.45, 1.0, 0.45])  # table on a page
                    table.autofit = False
                    for k, col in enumerate(table._tbl.tblGrid.gridCol_lst):
                        col.w = Inches(widths[k])
                    for row in table.rows:
                        for k, cell in enumerate(row.cells):
                            cell.width = Inches(widths[k])
                            for paragraph in cell.paragraphs:
                                paragraph.paragraph_format.keep_with_next = True
                save_deterministic(printed, src)
                subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile",
                                "--headless", "--convert-to", "pdf", "--outdir", tmp,
                                str(src)], check=True, capture_output=True, timeout=180)
                shutil.copy(Path(tmp) / f"{src.stem}.pdf", OUT / f"{src.stem}.pdf")
                made.append(f"{src.stem}.pdf")
    chromium = _tool("chromium", "chromium-browser", "google-chrome")
    if chromium:
        for style in ("input-radio", "inline-svg-tick"):
            with tempfile.TemporaryDirectory() as tmp:
                page = Path(tmp) / "page.html"  # each table kept on one page
                page.write_text((OUT / f"html-{style}.html").read_text(encoding="utf-8").replace(
                    "</head>", "<style>table{page-break-inside:avoid}</style></head>"),
                    encoding="utf-8")
                subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                "--disable-background-networking", "--no-first-run",
                                "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
                                f"--print-to-pdf={OUT / f'pdf-chromium-{style}.pdf'}",
                                page.as_uri()], check=True, capture_output=True, timeout=180)
                made.append(f"pdf-chromium-{style}.pdf")
    gs = _tool("gs")
    if gs:
        subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dPDFSETTINGS=/prepress",
                        f"-sOutputFile={OUT / 'pdf-ghostscript-redistilled-dejavu-ticks.pdf'}",
                        str(OUT / "pdf-reportlab-dejavu-heavy-tick.pdf")],
                       check=True, capture_output=True, timeout=120)
        made.append("pdf-ghostscript-redistilled-dejavu-ticks.pdf")
    return made


def expected() -> dict:
    return {
        "council": "Stockport", "period": "2010-03", "date_completed": "2010-04-12",
        "milestones": [{"milestone": m, "deadline": key, "likelihood": LIK_KEY[pick(m, k)]}
                       for m in range(1, 6) for k, (_, key) in enumerate(DEADLINES)],
        "requirements": {rid: RATING_KEY[rating_pick(i)] for i, (rid, _) in enumerate(REQS)},
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    names = []
    for name, docx_style in DOCX_STYLES.items():
        build_docx(f"docx-{name}", docx_style)
        names.append(f"docx-{name}.docx")
    build_docx("docx-shading-only", None)
    names.append("docx-shading-only.docx")
    build_docx("docx-control-no-marks", lambda on: [])  # nothing marked: nothing extracted
    for name, html_style in HTML_STYLES.items():
        build_html(f"html-{name}", html_style)
        names.append(f"html-{name}.html")
    build_html("html-bgcolor-only", None)
    names.append("html-bgcolor-only.html")
    build_html("html-excel-class-fill-only", "class")
    names.append("html-excel-class-fill-only.html")
    for name, pdf_style in PDF_STYLES.items():
        build_pdf(f"pdf-{name}", pdf_style)
        names.append(f"pdf-{name}.pdf")
    names += tool_pdfs()
    # the files whose marks are marks (not words, not colours): every one of them must
    # give the same marks in the same cells
    unmarked = ("letter-", "yes-no-words", "shading-only", "control-no-marks",
                "bgcolor-only", "class-fill-only")
    marked = [n for n in names if not any(u in n for u in unmarked)]
    (OUT / "expected.json").write_text(
        json.dumps({"files": names, "marked_files": marked, "values": expected()}, indent=1)
        + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
