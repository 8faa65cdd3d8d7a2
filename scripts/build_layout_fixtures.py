"""Build small return documents in layouts other than seed 002's, for extractor tests.

Writes tests/data/layouts/*.docx (python-docx, raw OXML where the API stops) and
*.html (hand-written markup). Each file is named after the layout it pins. The
expected values live in tests/data/layouts/expected.json, written here from the
same literals the documents are rendered from (this script shares no code with
the pipeline).

Run: .venv/bin/python scripts/build_layout_fixtures.py
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from docx_save import save_deterministic

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "layouts"
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

TITLES = {
    1: "Effective partnerships with people who use services, carers & other local citizens",
    2: "Self directed support and personal budgets",
    3: "Prevention & cost-effective services",
    4: "Information and Advice",
    5: "Local Commissioning",
}
LIK = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
LIK_KEY = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
DEADLINES = [("Apr-10", "2010-04"), ("Oct-10", "2010-10"), ("Apr-11", "2011-04")]


def shade(cell, hex_fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_fill}"/>'))


def add_checkbox_control(paragraph, checked: bool) -> None:
    """A Word 2010 checkbox content control, showing ☒/☐ in MS Gothic as Word does."""
    glyph = "\u2612" if checked else "\u2610"
    val = "1" if checked else "0"
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox>'
        f'<w14:checked w14:val="{val}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(sdt)


def add_sym(paragraph, font: str, char: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:sym w:font="{font}" w:char="{char}"/></w:r>'))


def add_formcheckbox(paragraph, checked: bool) -> None:
    val = "1" if checked else "0"
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
        f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
        f'<w:default w:val="0"/><w:checked w:val="{val}"/></w:checkBox></w:ffData>'
        f'</w:fldChar></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def cover(doc, council: str, period: str, completed: str) -> None:
    doc.add_heading("Adult Social Care Transformation: Putting People First Return", 1)
    doc.add_paragraph(f"Council: {council}")
    doc.add_paragraph(f"Reporting period: {period}")
    doc.add_paragraph(f"Date completed: {completed}")


# ---------------------------------------------------------------------------
# 1. checkbox list in one cell per deadline (content controls), numbered titles absent

CHECKLIST_VALUES = {
    1: ["Y", "N", 0], 2: ["Y", "Y", 1], 3: ["N", 2, 2], 4: ["Y", "Y", 0], 5: [1, 1, 3],
}


def build_checkbox_list_docx() -> dict:
    doc = Document()
    cover(doc, "Wirral Metropolitan Borough Council", "September 2010", "12/10/2010")
    cells_expected = []
    for mid, values in CHECKLIST_VALUES.items():
        doc.add_heading(TITLES[mid], 2)  # no "Milestone n:" label
        table = doc.add_table(rows=2, cols=3)
        table.style = "Table Grid"
        for k, (label, key) in enumerate(DEADLINES):
            table.cell(0, k).text = label
            cell = table.cell(1, k)
            value = values[k]
            first = cell.paragraphs[0]
            if value in ("Y", "N"):
                for i, opt in enumerate(("Achieved", "Not achieved")):
                    p = first if i == 0 else cell.add_paragraph()
                    add_checkbox_control(p, (value == "Y") == (i == 0))
                    p.add_run(" " + opt)
                if value == "N":
                    p = cell.add_paragraph()
                    p.add_run("Reason if not achieved: Delays in recruiting brokerage staff")
                cells_expected.append({"milestone": mid, "deadline": key,
                                       "achieved": value, "likelihood": None})
            else:
                for i, opt in enumerate(LIK):
                    p = first if i == 0 else cell.add_paragraph()
                    add_checkbox_control(p, i == value)
                    p.add_run(" " + opt)
                cells_expected.append({"milestone": mid, "deadline": key, "achieved": None,
                                       "likelihood": LIK_KEY[value]})
    save_deterministic(doc, OUT / "checkbox-list-one-cell-per-deadline.docx")
    return {"council": "Wirral", "period": "2010-09", "date_completed": "2010-10-12",
            "milestones": cells_expected}


# ---------------------------------------------------------------------------
# 2. option rows with a separate tick column, ticks as Wingdings w:sym; ratings by colour only

TICK_VALUES = {1: [0, 1, 1], 2: [0, 0, 2], 3: [1, 1, 3], 4: [0, 0, 0], 5: [2, 2, 2]}
RAG_FILLS = {"red": "FF0000", "amber_red": "FFC000", "amber_green": "FFFF00", "green": "00B050"}
COLOUR_RATINGS = ["green", "green", "amber_green", "amber_red", "green", "red",
                  "green", "amber_green", "green", "green", "amber_red", "green"]
REQ_TEXT = [
    "The full engagement of all service users.",
    "The full engagement of all staff working to support the delivery of care, which includes "
    "people working in the provider services and third sector organisations.",
    "The full engagement of Primary Care Trusts and the wider health community.",
    "The full engagement of local politicians",
    "The full engagement of all parts of local councils and of other key strategic partners.",
    "The support of regional and national programmes.",
    "A system is in place, which manages the risks associated with the transformation that "
    "includes both the risks for individuals and financial and other risks",
    "Clarity of the business models that will need to be adapted to support the transformation",
    "Financial systems, which support the delivery of personal budgets.",
    "A local project plan for the delivery of the transformation with clear projections and "
    "targets to reach locally identified milestones",
    "Business cases, which track the new investments, and disinvestments that will be required "
    "to support the change.",
    "A workforce strategy that supports the transformation",
]
REQ_IDS = [
    "engagement.service_users", "engagement.staff", "engagement.health",
    "engagement.politicians", "engagement.council_partners", "engagement.regional_national",
    "arrangements.risk_management", "arrangements.business_models",
    "arrangements.financial_systems", "arrangements.project_plan",
    "arrangements.business_cases", "arrangements.workforce_strategy",
]


def build_tick_column_docx() -> dict:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(9)
    cover(doc, "Lancashire County Council", "December 2009", "14th January 2010")
    doc.add_paragraph("Underpinning Requirements")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for k, h in enumerate(["Requirement", "Red", "Amber/Red", "Amber/Green", "Green"]):
        table.cell(0, k).text = h
    order = ["red", "amber_red", "amber_green", "green"]
    for text, rating in zip(REQ_TEXT, COLOUR_RATINGS, strict=True):
        row = table.add_row()
        row.cells[0].text = text
        shade(row.cells[1 + order.index(rating)], RAG_FILLS[rating])
    expected_cells = []
    for mid, values in TICK_VALUES.items():
        doc.add_paragraph(f"Milestone {mid}: {TITLES[mid]}")
        t = doc.add_table(rows=2 + len(LIK), cols=7)
        t.style = "Table Grid"
        t.cell(0, 0).text = "Key Dates"
        for k, (label, _key) in enumerate(DEADLINES):
            a, b = t.cell(0, 1 + 2 * k), t.cell(0, 2 + 2 * k)
            a.merge(b).text = label.replace("Apr-", "April 20").replace("Oct-", "October 20")
        t.cell(1, 0).text = "How likely are we to achieve this milestone by this date?"
        for k in range(3):
            t.cell(1, 1 + 2 * k).text = "Option"
            t.cell(1, 2 + 2 * k).text = "Tick"
            for i, opt in enumerate(LIK):
                t.cell(2 + i, 1 + 2 * k).text = opt
                if values[k] == i:
                    add_sym(t.cell(2 + i, 2 + 2 * k).paragraphs[0], "Wingdings", "F0FC")
        for k, (_, key) in enumerate(DEADLINES):
            expected_cells.append({"milestone": mid, "deadline": key, "achieved": None,
                                   "likelihood": LIK_KEY[values[k]]})
        q = doc.add_table(rows=2, cols=2)
        q.cell(0, 0).text = "Key Questions:"
        q.cell(0, 1).text = "What external support would help?"
        q.cell(1, 0).text = ""
        q.cell(1, 1).text = ""
    save_deterministic(doc, OUT / "tick-column-wingdings-sym-and-colour-ratings.docx")
    return {"council": "Lancashire", "period": "2009-12", "date_completed": "2010-01-14",
            "milestones": expected_cells,
            "requirements": [{"requirement": r, "rating": v}
                             for r, v in zip(REQ_IDS, COLOUR_RATINGS, strict=True)]}


# ---------------------------------------------------------------------------
# 3. words-only summary table in a narrative report (HTML), milestones as rows

SUMMARY_ROWS = [
    (1, "Achieved", "Achieved", "Very likely"),
    (2, "Achieved", "Not achieved \u2013 now fairly likely by January 2011", "Fairly likely"),
    (3, "Achieved", "Achieved", "Fairly unlikely"),
    (4, "Not achieved", "Achieved", "Very likely"),
    (5, "Achieved", "Achieved", "Very unlikely"),
]


def _status(text: str) -> dict:
    t = text.lower()
    if t.startswith("not achieved"):
        lik = "fairly_likely" if "fairly likely" in t else None
        return {"achieved": "N", "likelihood": lik}
    if t == "achieved":
        return {"achieved": "Y", "likelihood": None}
    return {"achieved": None, "likelihood": t.replace(" ", "_")}


def build_summary_html() -> dict:
    rows = "\n".join(
        f"<tr><td>{mid}. {TITLES[mid].replace('&', '&amp;')}</td><td>{a}</td><td>{b}</td>"
        f"<td>{c}</td></tr>" for mid, a, b, c in SUMMARY_ROWS)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cabinet 14 December 2010</title></head>
<body>
<header class="site-header"><a href="/">Barnsley Metropolitan Borough Council</a></header>
<nav><ul><li>Home</li><li>Council and democracy</li><li>April 2011 elections</li></ul></nav>
<main>
<h1>Cabinet &ndash; 14 December 2010</h1>
<h2>Item 7: Transforming Adult Social Care &ndash; progress report</h2>
<p>Report of the Executive Director, Adults and Communities.</p>
<p>Council: Barnsley MBC</p>
<p>This report sets out the Council&rsquo;s position on the Putting People First milestones
as at the end of September 2010. Members will recall the return submitted in June.</p>
<table border="1">
<tr><th>Milestone</th><th>April 2010</th><th>October 2010</th><th>April 2011</th></tr>
{rows}
</table>
<h3>Risk register extract (not part of the return)</h3>
<table border="1">
<tr><th>Risk</th><th>Likelihood</th><th>Impact</th><th>Review date</th></tr>
<tr><td>Loss of grant funding</td><td>Fairly likely</td><td>High</td><td>April 2011</td></tr>
<tr><td>Provider market failure</td><td>Very unlikely</td><td>Medium</td><td>October 2010</td></tr>
</table>
</main>
<footer>&copy; Barnsley Council 2010</footer>
</body></html>
"""
    (OUT / "summary-table-words-only.html").write_text(html, encoding="utf-8")
    cells = []
    for mid, *vals in SUMMARY_ROWS:
        for (_, key), v in zip(DEADLINES, vals, strict=True):
            cells.append({"milestone": mid, "deadline": key, **_status(v)})
    return {"council": "Barnsley", "period": "2010-09", "date_completed": None,
            "milestones": cells}


# ---------------------------------------------------------------------------
# 4. likelihood shown only by a coloured cell (HTML): options as row labels, deadlines as
#    columns, the chosen option's cell filled green with no text

COLOUR_PICKS = {1: [0, 0, 1], 2: [1, 1, 1], 3: [0, 2, 3], 4: [0, 0, 0], 5: [3, 2, 1]}


def build_colour_only_html() -> dict:
    parts = []
    cells = []
    for mid, picks in COLOUR_PICKS.items():
        body = []
        for i, opt in enumerate(LIK):
            tds = "".join(
                f'<td style="background-color:{"#92D050" if picks[k] == i else "#FFFFFF"}">'
                "&nbsp;</td>" for k in range(3))
            body.append(f"<tr><td>{opt}</td>{tds}</tr>")
        parts.append(f"""
<h3>Milestone {mid} &ndash; {TITLES[mid].replace('&', '&amp;')}</h3>
<table border="1">
<tr><th>Likelihood</th><th>April&nbsp;2010</th><th>October&nbsp;2010</th><th>April&nbsp;2011</th></tr>
{"".join(body)}
</table>""")
        for k, (_, key) in enumerate(DEADLINES):
            cells.append({"milestone": mid, "deadline": key, "achieved": None,
                          "likelihood": LIK_KEY[picks[k]]})
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
            "<p>Council: Royal Borough of Kingston upon Thames</p>"
            "<p>Putting People First: progress report to the end of December 2009</p>"
            + "".join(parts) + "</body></html>")
    (OUT / "likelihood-by-cell-colour-only.html").write_text(html, encoding="utf-8")
    return {"council": "Kingston upon Thames", "period": "2009-12", "date_completed": None,
            "milestones": cells}


# 5. problems a reader of the record must be told about: two options ticked for one
#    cell, a milestone section missing, a rating nobody marked

def build_warnings_html() -> None:
    tables = []
    for mid in (1, 2, 3, 5):  # milestone 4 is missing
        rows = []
        for i, opt in enumerate(LIK):
            ticks = ["", "", ""]
            if mid == 2 and i in (0, 1):
                ticks[2] = "&#10004;"  # two options ticked for April 2011
            elif i == 1:
                ticks = ["&#10004;"] * 3
            rows.append(f"<tr><td>{opt}</td>" + "".join(f"<td>{t}</td>" for t in ticks)
                        + "</tr>")
        tables.append(
            f"<p>Milestone {mid}: {TITLES[mid].replace('&', '&amp;')}</p><table border=1>"
            "<tr><td></td><td>April 2010</td><td>October 2010</td><td>April 2011</td></tr>"
            + "".join(rows) + "</table>")
    reqs = "".join(
        f"<tr><td>{text}</td>" + "".join(
            f"<td>{'X' if (i != 3 and j == 3) else ''}</td>" for j in range(4)) + "</tr>"
        for i, text in enumerate(REQ_TEXT))
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
            "<p>Council: Rochdale MBC</p><p>Date completed: 01/02/2011</p>"
            "<table border=1><tr><td>Requirement</td><td>Red</td><td>Amber/Red</td>"
            f"<td>Amber/Green</td><td>Green</td></tr>{reqs}</table>"
            + "".join(tables) + "</body></html>")
    (OUT / "warnings-two-ticks-missing-section-unrated.html").write_text(html, encoding="utf-8")


# 6. a transposed summary table (deadlines as rows, milestones as columns) and the
#    requirements rated in one "RAG" column, by word or by a coloured cell with no text

TRANSPOSED = {  # deadline -> status per milestone 1..5
    "Apr 10": ["Achieved", "Achieved", "Not achieved", "Achieved", "Achieved"],
    "Oct 10": ["Achieved", "Not achieved - fairly likely by March 2011", "Achieved",
               "Very likely", "Fairly unlikely"],
    "Apr 11": ["Very likely", "Fairly likely", "Fairly unlikely", "Very likely",
               "Very unlikely"],
}
RAG_COLUMN = [("word", "Green"), ("word", "Amber/Green"), ("colour", "FF0000"),
              ("word", "A/R"), ("colour", "00B050"), ("colour", "FFC000"),
              ("word", "Green"), ("colour", "FFFF00"), ("word", "Red"),
              ("word", "Amber / Red"), ("colour", "00B050"), ("word", "G")]
# FFC000 beside FFFF00 in one column: the more orange amber is Amber/Red
RAG_EXPECTED = ["green", "amber_green", "red", "amber_red", "green", "amber_red",
                "green", "amber_green", "red", "amber_red", "green", "green"]


def build_transposed_and_rag_column_html() -> dict:
    keys = {"Apr 10": "2010-04", "Oct 10": "2010-10", "Apr 11": "2011-04"}
    head = "".join(f"<th>{TITLES[m].replace('&', '&amp;')}</th>" for m in range(1, 6))
    body = "".join(f"<tr><th>{d}</th>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"
                   for d, vals in TRANSPOSED.items())
    reqs = "".join(
        f"<tr><td>{text}</td>" + (f"<td>{v}</td>" if how == "word" else
                                  f'<td style="background:#{v}">&nbsp;</td>') + "</tr>"
        for text, (how, v) in zip(REQ_TEXT, RAG_COLUMN, strict=True))
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<title>Adult care scorecard | Kirklees Council</title></head><body>"
            "<h1>Personalisation scorecard: position at 31 March 2010</h1>"
            f"<table border=1><tr><th>Deadline</th>{head}</tr>{body}</table>"
            "<h2>Underpinning requirements</h2><table border=1>"
            f"<tr><th>Requirement</th><th>RAG</th></tr>{reqs}</table></body></html>")
    (OUT / "summary-transposed-and-rag-column.html").write_text(html, encoding="utf-8")
    cells = []
    for d, vals in TRANSPOSED.items():
        for m, v in enumerate(vals, start=1):
            st = _status(v)
            if v.startswith("Not achieved - fairly"):
                st = {"achieved": "N", "likelihood": "fairly_likely"}
            cells.append({"milestone": m, "deadline": keys[d], **st})
    return {"council": "Kirklees", "period": "2010-03", "date_completed": None,
            "milestones": cells,
            "requirements": [{"requirement": r, "rating": v}
                             for r, v in zip(REQ_IDS, RAG_EXPECTED, strict=True)]}


# 7. a PDF whose tables have no ruling lines: the likelihood options as a sparse tick
#    grid under a header row, X in the chosen column (reportlab)

def build_unruled_pdf() -> dict:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(OUT / "pdf-unruled-tick-grid.pdf"), pagesize=A4, invariant=1)
    _, height = A4
    y = height - 60
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y, "Council: Tameside MBC")
    y -= 18
    c.drawString(50, y, "Putting People First progress return: September 2010")
    y -= 30
    cells = []
    for m in range(1, 6):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, f"Milestone {m}: {TITLES[m]}")
        y -= 16
        c.setFont("Helvetica-Bold", 9)
        for x, head in zip((50, 220, 320, 420), ("Likelihood", "April 2010", "October 2010",
                                                 "April 2011"), strict=True):
            c.drawString(x, y, head)
        y -= 14
        c.setFont("Helvetica", 9)
        for i, opt in enumerate(LIK):
            c.drawString(50, y, opt)
            for k, x in enumerate((220, 320, 420)):
                if (m + k) % 4 == i:
                    c.drawString(x + 20, y, "X")
            y -= 13
        y -= 16
        for k, (_, key) in enumerate(DEADLINES):
            cells.append({"milestone": m, "deadline": key, "achieved": None,
                          "likelihood": LIK_KEY[(m + k) % 4]})
    c.save()
    return {"council": "Tameside", "period": "2010-09", "date_completed": None,
            "milestones": cells}


# 8. the return form with the status written in words in each deadline's cell (no tick
#    boxes): a single option word, or a phrase

WORD_STATUS = {
    1: ["Achieved", "Achieved", "Very likely"],
    2: ["Achieved", "Not achieved \u2013 now fairly likely by June 2011", "Fairly likely"],
    3: ["Not achieved", "Fairly unlikely", "Very unlikely"],
    4: ["Achieved", "Achieved", "Fairly likely"],
    5: ["Achieved", "Not yet achieved", "Very likely"],
}


def build_status_words_docx() -> dict:
    doc = Document()
    cover(doc, "Calderdale Metropolitan Borough Council", "June 2010", "19/07/2010")
    cells = []
    for mid, words in WORD_STATUS.items():
        t = doc.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        t.cell(0, 0).text = f"Milestone {mid}"
        t.cell(0, 1).merge(t.cell(0, 3)).text = TITLES[mid]
        for k, (label, _) in enumerate(DEADLINES):
            t.cell(1, 1 + k).text = label
        t.cell(1, 0).text = "Key Dates"
        t.cell(2, 0).text = "How likely are we to achieve this milestone by this date?"
        for k, word in enumerate(words):
            t.cell(2, 1 + k).text = word
            key = DEADLINES[k][1]
            st = _status(word)
            if word.startswith("Not achieved \u2013"):
                st = {"achieved": "N", "likelihood": "fairly_likely"}
            elif word == "Not yet achieved":
                st = {"achieved": "N", "likelihood": None}
            cells.append({"milestone": mid, "deadline": key, **st})
        doc.add_paragraph("")
    save_deterministic(doc, OUT / "status-words-in-return-form.docx")
    return {"council": "Calderdale", "period": "2010-06", "date_completed": "2010-07-19",
            "milestones": cells}


# 9. a narrative report: each milestone a heading and short status lines in prose

NARRATIVE = {
    1: ["April 2010: Achieved", "October 2010: Achieved", "April 2011: Very likely"],
    2: ["Apr-10 \u2013 achieved", "Oct-10 \u2013 not achieved, now fairly likely by "
        "January 2011", "Apr-11 \u2013 fairly likely"],
    3: ["April 2010: Not achieved", "October 2010: Fairly unlikely",
        "April 2011: Very unlikely"],
}


def build_narrative_html() -> dict:
    keys = {"april 2010": "2010-04", "apr-10": "2010-04", "october 2010": "2010-10",
            "oct-10": "2010-10", "april 2011": "2011-04", "apr-11": "2011-04"}
    parts = []
    cells = []
    for mid, lines in NARRATIVE.items():
        parts.append(f"<h3>{TITLES[mid].replace('&', '&amp;')}</h3>")
        parts.append("<ul>" + "".join(f"<li>{ln}</li>" for ln in lines) + "</ul>")
        parts.append("<p>Work continues with partners on the actions in the plan.</p>")
        for ln in lines:
            head, _, status = ln.replace(" \u2013 ", ": ").partition(": ")
            st = _status(status.lower())
            if status.startswith("not achieved, now fairly"):
                st = {"achieved": "N", "likelihood": "fairly_likely"}
            cells.append({"milestone": mid, "deadline": keys[head.lower()], **st})
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<title>Personalisation update | Bolton Council</title></head><body>"
            "<h1>Transforming adult social care: progress report to the end of "
            "September 2010</h1><p>The milestones for Bolton are summarised below.</p>"
            + "".join(parts) + "</body></html>")
    (OUT / "narrative-status-lines.html").write_text(html, encoding="utf-8")
    return {"council": "Bolton", "period": "2010-09", "date_completed": None,
            "milestones": cells}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    expected = {
        "checkbox-list-one-cell-per-deadline.docx": build_checkbox_list_docx(),
        "tick-column-wingdings-sym-and-colour-ratings.docx": build_tick_column_docx(),
        "summary-table-words-only.html": build_summary_html(),
        "likelihood-by-cell-colour-only.html": build_colour_only_html(),
        "summary-transposed-and-rag-column.html": build_transposed_and_rag_column_html(),
        "pdf-unruled-tick-grid.pdf": build_unruled_pdf(),
        "status-words-in-return-form.docx": build_status_words_docx(),
        "narrative-status-lines.html": build_narrative_html(),
    }
    build_warnings_html()
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
