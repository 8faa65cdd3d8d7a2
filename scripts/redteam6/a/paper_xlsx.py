"""Papers 5 and 6: openpyxl workbooks printed by LibreOffice Calc (5 -> PDF, 6 -> HTML)."""
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule

from common import *  # noqa
from paper_docx import soffice_convert

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


def put(ws, r, c, v, bold=False, size=9, bg=None, align=WRAP, border=True, italic=False, color=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name="Arial", size=size, bold=bold, italic=italic, color=color)
    cell.alignment = align
    if border:
        cell.border = BOX
    if bg:
        cell.fill = fill(bg)
    return cell


def setup_print(ws, landscape=True, title_rows=None):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.4


# ---------------------------------------------------------------- paper 5
def paper5():
    stem = "r6a-5-salford-xlsx-grid-landscape"
    ret = make_return("Salford", "2011-03", 505, pct="NHS Salford", n_not=2, like_weights=(5, 5, 2, 1))
    notach = sorted(k for k, c in ret["cells"].items() if c["achieved"] == "N")
    ret["cells"][notach[-1]]["likelihood"] = "very_likely"
    blank = next(k for k in [(4, "2010-10"), (3, "2010-10"), (2, "2010-10")] if ret["cells"][k]["achieved"] == "Y")
    ret["cells"][blank]["achieved"] = None  # left blank in the sheet
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    put(cov, 1, 1, "Salford City Council", bold=True, size=14, border=False, align=Alignment())
    put(cov, 2, 1, "Community, Health and Social Care Scrutiny Panel \u2013 18 May 2011", size=11, border=False, align=Alignment())
    put(cov, 3, 1, "Adult Social Care performance pack: Putting People First year end return", size=11, bold=True,
        border=False, align=Alignment())
    put(cov, 5, 1, "Indicator", bold=True, bg="D9D9D9")
    for j, q in enumerate(["Q1 2010/11", "Q2 2010/11", "Q3 2010/11", "Q4 2010/11", "Target", "RAG"]):
        put(cov, 5, 2 + j, q, bold=True, bg="D9D9D9", align=CEN)
    data = [("NI 130 Social care clients receiving self directed support (%)", 14.2, 19.8, 24.6, 30.4, 30, "G"),
            ("NI 135 Carers receiving needs assessment or review (%)", 6.1, 12.9, 18.4, 24.0, 25, "A"),
            ("NI 132 Timeliness of social care assessment (%)", 81.0, 83.5, 82.9, 84.1, 85, "A"),
            ("NI 125 Achieving independence through rehabilitation (%)", 78.0, 79.4, 80.2, 81.7, 80, "G")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = put(cov, 6 + i, 1 + j, v, align=CEN if j else WRAP)
            if j == 6:
                c.fill = fill({"G": "00B050", "A": "FFC000", "R": "FF0000"}[v])
    put(cov, 11, 1, "Commentary", bold=True, border=False, align=Alignment())
    cov.merge_cells("A12:G14")
    put(cov, 12, 1, "At 31 March 2011, 3,212 Salford residents were in receipt of a personal budget. The "
        "directorate expects personal budget spend to reach \u00a318.5 million in 2011/12. The April 2011 30% "
        "milestone is expected to be met.", align=WRAP, border=False)
    cov.row_dimensions[12].height = 30
    cov.column_dimensions["A"].width = 52
    for col in "BCDEFG":
        cov.column_dimensions[col].width = 12
    setup_print(cov)

    ws = wb.create_sheet("PPF Return Q4")
    put(ws, 1, 1, "PUTTING PEOPLE FIRST \u2013 MILESTONE RETURN", bold=True, size=12, border=False, align=Alignment())
    put(ws, 2, 1, "Council:", bold=True, border=False, align=Alignment())
    put(ws, 2, 2, "Salford City Council", border=False, align=Alignment())
    put(ws, 3, 1, "Reporting period:", bold=True, border=False, align=Alignment())
    put(ws, 3, 2, "Quarter 4 2010/11 (to 31 March 2011)", border=False, align=Alignment())
    put(ws, 4, 1, "Date completed:", bold=True, border=False, align=Alignment())
    c = put(ws, 4, 2, dt.date(2011, 4, 8), border=False, align=Alignment(horizontal="left"))
    c.number_format = "dd-mmm-yy"
    hdr = ["Milestone", "Key date", "Deliverable", "Achieved (Y/N)", "Very likely", "Fairly likely",
           "Fairly unlikely", "Very unlikely", "Reason if not achieved", "When to be achieved"]
    for j, h in enumerate(hdr):
        put(ws, 6, 1 + j, h, bold=True, bg="C5D9F1", align=CEN)
    put(ws, 7, 5, "How likely are we to achieve this milestone by this date? (mark X)", italic=True, size=8,
        bg="C5D9F1", align=CEN)
    ws.merge_cells(start_row=7, start_column=5, end_row=7, end_column=8)
    for j in (1, 2, 3, 4, 9, 10):
        put(ws, 7, j, "", bg="C5D9F1")
    ws.row_dimensions[6].height = 26
    ws.row_dimensions[7].height = 24
    r = 8
    for m in range(1, 6):
        top = r
        for dl in DEADLINES:
            c = ret["cells"][(m, dl)]
            put(ws, r, 2, DL_SHORT[dl], align=CEN)
            put(ws, r, 3, DELIVERABLES[(m, dl)], size=7)
            put(ws, r, 4, c["achieved"] or ("" if dl <= "2010-10" else "n/a"), bold=True, align=CEN)
            for k, lk in enumerate(LIKES):
                put(ws, r, 5 + k, "X" if c["likelihood"] == lk else "", bold=True, align=CEN)
            put(ws, r, 9, c["reason"] or "", size=8)
            put(ws, r, 10, c["when"] or "", size=8)
            ws.row_dimensions[r].height = 48
            r += 1
        put(ws, top, 1, f"{m}. {TITLES[m]}", bold=True)
        for rr in range(top + 1, r):
            put(ws, rr, 1, None)
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    dv = DataValidation(type="list", formula1='"Y,N,n/a"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D8:D{r - 1}")
    r += 1
    put(ws, r, 1, "Underpinning requirements", bold=True, size=11, border=False, align=Alignment())
    r += 1
    put(ws, r, 1, "Requirement", bold=True, bg="C5D9F1")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    put(ws, r, 4, "RAG (R, R/A, A/G, G)", bold=True, bg="C5D9F1", align=CEN)
    r += 1
    first = r
    code = {"red": "R", "amber_red": "R/A", "amber_green": "A/G", "green": "G"}
    for rid, txt in REQS:
        put(ws, r, 1, txt, size=8)
        put(ws, r, 2, None)
        put(ws, r, 3, None)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        put(ws, r, 4, code[ret["reqs"][rid]], bold=True, align=CEN)
        ws.row_dimensions[r].height = 24
        r += 1
    rng = f"D{first}:D{r - 1}"
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"G"'], fill=fill("00B050")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"A/G"'], fill=fill("FFFF00")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"R/A"'], fill=fill("FFC000")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"R"'], fill=fill("FF0000")))
    for col, w in zip("ABCDEFGHIJ", [26, 8, 40, 10, 8, 8, 8, 8, 26, 14]):
        ws.column_dimensions[col].width = w
    setup_print(ws, title_rows="6:7")

    qs = wb.create_sheet("Key Questions")
    for j, h in enumerate(["Milestone", "Key question", "Answer"]):
        put(qs, 1, 1 + j, h, bold=True, bg="C5D9F1")
    r = 2
    for m, q, a in ret["answers"]:
        put(qs, r, 1, m, align=CEN)
        put(qs, r, 2, q, size=8)
        put(qs, r, 3, a, size=8)
        r += 1
    r += 1
    put(qs, r, 1, "Key Risks and Mitigating Actions", bold=True, size=11, border=False, align=Alignment())
    r += 1
    for j, h in enumerate(["Milestone", "Key Risks", "Mitigating Actions"]):
        put(qs, r, 1 + j, h, bold=True, bg="C5D9F1")
    r += 1
    for m, rk, mi in ret["risks"]:
        put(qs, r, 1, m, align=CEN)
        put(qs, r, 2, rk, size=8)
        put(qs, r, 3, mi, size=8)
        r += 1
    qs.column_dimensions["A"].width = 10
    qs.column_dimensions["B"].width = 60
    qs.column_dimensions["C"].width = 70
    setup_print(qs, title_rows="1:1")

    rr = wb.create_sheet("Risk Register")
    for j, h in enumerate(["Ref", "Risk", "Likelihood", "Impact", "Score", "Direction", "Owner"]):
        put(rr, 1, 1 + j, h, bold=True, bg="D9D9D9")
    for i, row in enumerate([("ASC01", "Failure to achieve 30% personal budgets by April 2011", "Unlikely (2)", "Major (4)", 8, "\u2193", "AD Personalisation"),
                             ("ASC02", "Overspend on community care budget", "Likely (4)", "Major (4)", 16, "\u2191", "Finance"),
                             ("ASC03", "Provider failure in residential care", "Possible (3)", "Severe (5)", 15, "\u2194", "Commissioning")]):
        for j, v in enumerate(row):
            c = put(rr, 2 + i, 1 + j, v)
            if j == 4:
                c.fill = fill("FF0000" if v >= 15 else "FFC000")
    rr.column_dimensions["B"].width = 50
    for col in "CDG":
        rr.column_dimensions[col].width = 16
    setup_print(rr)
    xlsx = WORK / f"{stem}.xlsx"
    wb.save(xlsx)
    soffice_convert(xlsx, "pdf", WORK)
    (WORK / f"{stem}.pdf").replace(DOCS / f"{stem}.pdf")
    gold_record(stem, ret, "2011-04-08", facts=[
        ("people_with_personal_budget", 3212, "At 31 March 2011, 3,212 Salford residents were in receipt of a personal budget"),
        ("personal_budget_spend_gbp", 18500000, "The directorate expects personal budget spend to reach \u00a318.5 million in 2011/12"),
    ])
    return stem, ("openpyxl workbook printed to PDF by LibreOffice Calc (landscape, fit to width, print-title rows "
                  "repeated). Sheet 1 is a performance dashboard (NI 130 etc. by quarter with RAG fills: a statistical "
                  "table, not facts) plus a merged-cell commentary holding the facts. Sheet 2 is the Q4 2010/11 return "
                  "(to 31 March 2011, completed 08-Apr-11 as a formatted date) as one big grid: milestone cell merged "
                  "over three deadline rows, 'Achieved (Y/N)' letters, X in one of four likelihood columns; April 2011 "
                  "rows say 'n/a' under Achieved; one October 2010 'Achieved' cell left blank (not reported). One "
                  "not-achieved cell also carries an X for Very likely. Requirements as codes R / R/A / A/G / G with "
                  "conditional-format fills (R/A = amber_red). Sheet 3 Q&A and risks; sheet 4 a corporate risk register "
                  "with Likely/Possible/Unlikely likelihood words (decoy).")


# ---------------------------------------------------------------- paper 6
def paper6():
    stem = "r6a-6-northtyneside-calc-html-two-quarters"
    old = make_return("North Tyneside", "2010-09", 606, pct="NHS North of Tyne", n_not=0)
    ret = make_return("North Tyneside", "2010-12", 607, pct="NHS North of Tyne", n_not=1, blank_answers=0)
    WORD = {"very_likely": "Very Likely", "fairly_likely": "Fairly Likely", "fairly_unlikely": "Fairly Unlikely",
            "very_unlikely": "Very Unlikely"}
    RW = {"red": "Red", "amber_red": "Amber-Red", "amber_green": "Amber-Green", "green": "Green"}
    BG = {"Red": "FF0000", "Amber-Red": "FFC000", "Amber-Green": "FFFF99", "Green": "92D050"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Milestones"
    put(ws, 1, 1, "North Tyneside Council \u2013 Putting People First milestone tracker", bold=True, size=13,
        border=False, align=Alignment())
    put(ws, 2, 1, "Prepared for Adult Social Care, Health and Wellbeing Sub-committee, 7 February 2011", size=9,
        border=False, align=Alignment(), italic=True)
    put(ws, 3, 1, "Latest return: December 2010 (Q3), completed 14/01/2011. Previous return: September 2010 (Q2), "
        "completed 11/10/2010.", size=9, border=False, align=Alignment())
    hdr = ["Milestone", "Due", "Deliverable", "Sep-10 return", "Dec-10 return",
           "Reason if not achieved (Dec-10)", "When to be achieved (Dec-10)"]
    for j, h in enumerate(hdr):
        put(ws, 5, 1 + j, h, bold=True, bg="DCE6F1", align=CEN)

    def pos(c):
        if c["achieved"] == "Y":
            return "Achieved"
        if c["achieved"] == "N":
            return "Not achieved"
        return WORD[c["likelihood"]]

    r = 6
    for m in range(1, 6):
        top = r
        for dl in DEADLINES:
            put(ws, r, 2, DL_LONG[dl])
            put(ws, r, 3, DELIVERABLES[(m, dl)], size=8)
            put(ws, r, 4, pos(old["cells"][(m, dl)]), color="7F7F7F")
            cur = ret["cells"][(m, dl)]
            c = put(ws, r, 5, pos(cur), bold=True)
            if cur["achieved"] == "N":
                c.fill = fill("FFC7CE")
            put(ws, r, 6, cur["reason"] or "", size=8)
            put(ws, r, 7, cur["when"] or "", size=8)
            r += 1
        put(ws, top, 1, TITLES[m].replace("and", "&"), bold=True)
        for rr in range(top + 1, r):
            put(ws, rr, 1, None)
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(ws, r, 1, "Underpinning requirements", bold=True, size=11, border=False, align=Alignment())
    r += 1
    for j, h in enumerate(["Requirement", "", "", "Sep-10", "Dec-10"]):
        put(ws, r, 1 + j, h, bold=True, bg="DCE6F1")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    for rid, txt in REQS:
        put(ws, r, 1, txt, size=8)
        put(ws, r, 2, None)
        put(ws, r, 3, None)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        a, b = RW[old["reqs"][rid]], RW[ret["reqs"][rid]]
        put(ws, r, 4, a, bg=BG[a], size=8)
        put(ws, r, 5, b, bg=BG[b], size=8, bold=True)
        r += 1
    dv = DataValidation(type="list", formula1='"Achieved,Not achieved,Very Likely,Fairly Likely,Fairly Unlikely,Very Unlikely"')
    ws.add_data_validation(dv)
    dv.add("D6:E20")
    for col, w in zip("ABCDEFG", [28, 12, 50, 14, 14, 30, 14]):
        ws.column_dimensions[col].width = w

    qs = wb.create_sheet("Questions Dec-10")
    put(qs, 1, 1, "Key questions \u2013 December 2010 return", bold=True, size=12, border=False, align=Alignment())
    for j, h in enumerate(["Milestone", "Question", "Answer"]):
        put(qs, 2, 1 + j, h, bold=True, bg="DCE6F1")
    r = 3
    for m, q, a in ret["answers"]:
        put(qs, r, 1, f"M{m}")
        put(qs, r, 2, q, size=8)
        put(qs, r, 3, a, size=8)
        r += 1
    r += 1
    put(qs, r, 1, "Key risks and mitigating actions", bold=True, size=12, border=False, align=Alignment())
    r += 1
    for j, h in enumerate(["Milestone", "Key risk", "Mitigating action"]):
        put(qs, r, 1 + j, h, bold=True, bg="DCE6F1")
    r += 1
    for m, rk, mi in ret["risks"]:
        put(qs, r, 1, f"M{m}")
        put(qs, r, 2, rk, size=8)
        put(qs, r, 3, mi, size=8)
        r += 1
    qs.column_dimensions["B"].width = 60
    qs.column_dimensions["C"].width = 70

    db = wb.create_sheet("Dashboard")
    put(db, 1, 1, "Transformation programme dashboard (internal)", bold=True, size=12, border=False, align=Alignment())
    for j, h in enumerate(["Project", "Status", "Budget", "Timescale", "Comment"]):
        put(db, 2, 1 + j, h, bold=True, bg="DCE6F1")
    rows = [("Reablement expansion", "Green", "Green", "Amber", "Recruitment of 6 support workers under way"),
            ("Telecare roll-out", "Amber", "Green", "Amber", "Installer capacity"),
            ("Care Call review", "Red", "Amber", "Red", "Paused pending budget decisions")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            put(db, 3 + i, 1 + j, v, bg={"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}.get(v))
    put(db, 7, 1, "Note: 1,480 people in North Tyneside had a personal budget at the end of December 2010, "
        "equivalent to 24% of eligible adults.", size=9, border=False, align=Alignment())
    db.column_dimensions["A"].width = 26
    db.column_dimensions["E"].width = 44
    xlsx = WORK / f"{stem}.xlsx"
    wb.save(xlsx)
    soffice_convert(xlsx, "html", WORK, "HTML (StarCalc)")
    (WORK / f"{stem}.html").replace(DOCS / f"{stem}.html")
    gold_record(stem, ret, "2011-01-14", facts=[
        ("people_with_personal_budget", 1480, "1,480 people in North Tyneside had a personal budget at the end of December 2010"),
        ("percent_with_personal_budget", 24, "equivalent to 24% of eligible adults"),
    ])
    return stem, ("openpyxl workbook saved as HTML by LibreOffice Calc ('HTML (StarCalc)': all sheets in one page, "
                  "each under an <h1> sheet heading, colours as bgcolor). A milestone tracker with the PREVIOUS "
                  "quarter's return (Sep-10 column, grey text) beside the latest (Dec-10 column, bold): only Dec-10 "
                  "values belong in the record, including Dec-10 ratings (Sep-10 rating column sits beside it). "
                  "Positions are drop-down words ('Achieved', 'Not achieved', 'Very Likely'...), ratings are words "
                  "'Amber-Green' / 'Amber-Red' with fills. Milestone titles use '&'; milestone cells merged over "
                  "three rows. Period and completion date stated only in a header line. Questions and risks on a "
                  "second sheet; decoy programme dashboard with Red/Amber/Green project statuses on a third sheet "
                  "whose note carries the facts (1,480; 24%).")
