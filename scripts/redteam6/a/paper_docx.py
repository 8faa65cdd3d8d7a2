"""Papers 1, 2 and 4: python-docx Word documents (2 stays .docx, 4 is saved as .doc)."""
import subprocess
import shutil
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_SECTION
from docx.shared import Pt, Cm, RGBColor

from common import *  # noqa
from docxutil import *  # noqa

CENTER = WD_ALIGN_PARAGRAPH.CENTER


def heading(doc, text, size=12, bold=True, align=None, underline=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.underline = underline
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def cover_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    table_borders(t)
    for k, v in rows:
        c = t.add_row().cells
        set_text(c[0], k, bold=True)
        set_text(c[1], v)
        c[0].width = Cm(5)
        c[1].width = Cm(11)
    doc.add_paragraph()
    return t


def finance_table(doc, council):
    heading(doc, "Financial implications", 11)
    t = doc.add_table(rows=0, cols=5)
    table_borders(t)
    hdr = ["CAPITAL EXPENDITURE", "2010/11 \u00a3", "2011/12 \u00a3", "2012/13 \u00a3", "2013/14 \u00a3"]
    for i, h in enumerate(hdr):
        pass
    rows = [hdr, ["Gross increase in capital expenditure", "", "", "", ""],
            [f"Funded by: {council} capital resources", "", "", "", ""],
            ["REVENUE IMPLICATIONS", "", "", "", ""],
            ["Gross increase in revenue expenditure", "", "", "", ""],
            ["Social Care Reform Grant (ring-fenced)", "1,912,000", "-", "-", "-"],
            ["Does the external funding have an expiry date? Y/N", "Y", "When?", "31/03/2011", ""]]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            set_text(c[i], v, bold=(r is hdr or v.isupper()), size=9)
    doc.add_paragraph()


def objectives_table(doc, objs, mark="\u221a"):
    heading(doc, "CORPORATE OBJECTIVE MONITORING:", 11)
    t = doc.add_table(rows=1, cols=5)
    table_borders(t)
    for i, h in enumerate(["", "Corporate Objective", "Positive Impact", "Neutral Impact", "Negative Impact"]):
        set_text(t.rows[0].cells[i], h, bold=True, size=9)
    for n, (name, pos) in enumerate(objs, 1):
        c = t.add_row().cells
        set_text(c[0], str(n), size=9)
        set_text(c[1], name, size=9)
        set_text(c[2 + pos], mark, size=10, align=CENTER)
    doc.add_paragraph()


def req_table(doc, reqs, marker, header_fill="D9D9D9", cols_words=None):
    """Requirements table in the DH layout; marker(cell, rating) writes the mark."""
    words = cols_words or ["Red", "Amber/Red", "Amber / Green", "Green"]
    t = doc.add_table(rows=0, cols=5)
    table_borders(t)
    for head, ids in ((REQ_HEAD_ENG, [r for r, _ in REQS[:6]]), (REQ_HEAD_ARR, [r for r, _ in REQS[6:]])):
        c = t.add_row().cells
        set_text(c[0], head, bold=True, size=9)
        for i, w in enumerate(words):
            set_text(c[1 + i], w, bold=True, size=9, align=CENTER)
        for cc in c:
            shade(cc, header_fill)
        for rid in ids:
            c = t.add_row().cells
            set_text(c[0], REQ_TEXT[rid], size=9)
            rating = reqs.get(rid)
            if rating:
                marker(c[1 + RATINGS.index(rating)], rating)
    col_widths(t, [10.5, 2.2, 2.2, 2.2, 2.2])
    return t


# ---------------------------------------------------------------- paper 1
def paper1():
    stem = "r6a-1-stockport-docx-wingdings-ticks"
    ret = make_return("Stockport", "2010-12", 101, pct="NHS Stockport", n_not=2, na_answers=1)
    # make one not-achieved cell also carry a likelihood (DH allowed both)
    doc = Document()
    small_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Stockport Metropolitan Borough Council \u2013 Executive Meeting Decision Record"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Page "
    add_page_field(fp)
    fp.alignment = CENTER

    heading(doc, "STOCKPORT METROPOLITAN BOROUGH COUNCIL", 14, align=CENTER)
    cover_table(doc, [
        ("REPORT TO:", "Executive Councillor (Adult Social Care & Health)"),
        ("DATE:", "15th February 2011"),
        ("SUBJECT:", "Personalisation \u2013 Putting People First Quarterly Return (Quarter 3)"),
        ("WARDS AFFECTED:", "All"),
        ("REPORT OF:", "Corporate Director, People"),
        ("CONTACT OFFICER:", "Programme Manager, Personalisation\nTel: 0161 474 0000"),
        ("EXEMPT/CONFIDENTIAL:", "No"),
    ])
    heading(doc, "PURPOSE/SUMMARY:", 11)
    doc.add_paragraph("To inform the Executive Councillor of the return made to the Department of Health "
                      "against the Putting People First milestones for the quarter ending December 2010.")
    heading(doc, "RECOMMENDATION(S):", 11)
    doc.add_paragraph("The Executive Councillor is asked to note the progress reported and the ratings "
                      "given to the underpinning requirements.")
    heading(doc, "BACKGROUND:", 11)
    doc.add_paragraph(
        "The Department of Health, ADASS and the LGA agreed a set of milestones in 2009 against which all "
        "councils report quarterly. Nationally, councils were expected to have 30% of eligible people on a "
        "personal budget by April 2011, and the ADASS survey put the England average at 25% in autumn 2010.")
    doc.add_paragraph(
        "Progress in Stockport has been steady. At 31 December 2010, 2,146 people were receiving a personal "
        "budget, which is 31.2% of eligible people using community based services. The service plans to "
        "review 3,400 care packages during 2011/12 so that every existing customer is offered a personal budget.")
    doc.add_paragraph(
        "Two deliverables due by October 2010 were not met in full; the reasons and revised dates are "
        "given in the return at Appendix A.")
    finance_table(doc, "Stockport")
    objectives_table(doc, [("Creating a Learning Community", 1), ("Creating Safe Communities", 1),
                           ("Jobs and Prosperity", 1), ("Improving Health and Well-Being", 0),
                           ("Environmental Sustainability", 1), ("Creating Inclusive Communities", 0),
                           ("Improving the Quality of Council Services", 0)])

    # decoy: programme risk register with likelihood scores
    heading(doc, "Personalisation programme risk register (extract)", 11)
    t = doc.add_table(rows=1, cols=5)
    table_borders(t)
    for i, h in enumerate(["Risk", "Likelihood (1-5)", "Impact (1-5)", "Score", "Owner"]):
        set_text(t.rows[0].cells[i], h, bold=True, size=9)
    for r in [("Insufficient provider capacity for home care", "4", "3", "12", "Head of Commissioning"),
              ("Resource allocation system overspend", "2", "5", "10", "Finance Manager"),
              ("Delay to ContrOCC payments module", "3", "3", "9", "Systems Lead")]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            set_text(c[i], v, size=9)

    # --- Appendix A in landscape
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(new)
    heading(doc, "Appendix A", 11, align=WD_ALIGN_PARAGRAPH.RIGHT)
    heading(doc, "December 2010", 12)
    heading(doc, "Progress with Putting People First milestones", 14)
    heading(doc, "Council: Stockport MBC", 11, bold=False)
    heading(doc, "Date Completed: 7th January 2011", 11, bold=False)
    heading(doc, "Underpinning Requirements", 12)

    def wing_tick(cell, rating):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = CENTER
        add_sym(p, "Wingdings", "F0FC", 12)

    req_table(doc, ret["reqs"], wing_tick)
    doc.add_paragraph()
    passed = [dl for dl in DEADLINES if dl <= ret["period"]]
    for m in range(1, 6):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = doc.add_table(rows=0, cols=7)
        table_borders(t)
        r = t.add_row()
        set_text(r.cells[0], f"Milestone {m}:", bold=True)
        mc = r.cells[1].merge(r.cells[6])
        set_text(mc, TITLES[m], bold=True)
        repeat_header(r)
        r = t.add_row()
        set_text(r.cells[0], "Key Dates and Deliverables:", bold=True)
        for i, dl in enumerate(DEADLINES):
            c = r.cells[1 + 2 * i].merge(r.cells[2 + 2 * i])
            set_text(c, DL_LONG[dl], bold=True, align=CENTER)
            shade(c, "D9D9D9")
        r = t.add_row()
        for i, dl in enumerate(DEADLINES):
            c = r.cells[1 + 2 * i].merge(r.cells[2 + 2 * i])
            set_text(c, DELIVERABLES[(m, dl)], size=8)
        r = t.add_row()
        for i, dl in enumerate(DEADLINES):
            set_text(r.cells[1 + 2 * i], "Y/N" if dl in passed else "", size=8, italic=True)
        # 4 option rows
        rows = [t.add_row() for _ in range(4)]
        lab = rows[0].cells[0].merge(rows[3].cells[0])
        set_text(lab, "How likely are we to achieve this milestone by this date?", bold=True, size=9)
        for i, dl in enumerate(DEADLINES):
            cell = ret["cells"][(m, dl)]
            a, b = 1 + 2 * i, 2 + 2 * i
            if dl in passed:
                set_text(rows[0].cells[a], "Achieved", size=9)
                set_text(rows[0].cells[b], cell["achieved"], bold=True, align=CENTER)
                set_text(rows[1].cells[a], "Reason if not achieved", size=9)
                set_text(rows[1].cells[b], cell["reason"] or "", size=8)
                set_text(rows[2].cells[a], "When to be achieved", size=9)
                set_text(rows[2].cells[b], cell["when"] or "", size=8)
            else:
                for k, lk in enumerate(LIKES):
                    set_text(rows[k].cells[a], LIKE_WORD[lk], size=9)
                    if cell["likelihood"] == lk:
                        rows[k].cells[b].text = ""
                        pp = rows[k].cells[b].paragraphs[0]
                        pp.alignment = CENTER
                        add_sym(pp, "Wingdings", "F0FC", 12)
        first = True
        for mm, q, a in ret["answers"]:
            if mm != m:
                continue
            r = t.add_row()
            if first:
                set_text(r.cells[0], "Key Questions:", bold=True)
                first = False
            qc = r.cells[1].merge(r.cells[3])
            set_text(qc, "\u2022 " + q, size=9)
            ac = r.cells[4].merge(r.cells[6])
            set_text(ac, a, size=9)
        for mm, rk, mi in ret["risks"]:
            if mm != m:
                continue
            r = t.add_row()
            set_text(r.cells[0], "Key Risks and Mitigating Actions:", bold=True, size=9)
            set_text(r.cells[1].merge(r.cells[3]), "Key Risks; " + rk, size=9)
            set_text(r.cells[4].merge(r.cells[6]), "Mitigating Actions; " + mi, size=9)
        r = t.add_row()
        set_text(r.cells[0], "Useful Information:", bold=True, size=9)
        r.cells[1].merge(r.cells[6])
        col_widths(t, [3.6, 3.4, 3.2, 3.4, 3.2, 3.4, 3.2])
    path = DOCS / f"{stem}.docx"
    doc.save(path)
    gold_record(stem, ret, "2011-01-07", facts=[
        ("people_with_personal_budget", 2146, "At 31 December 2010, 2,146 people were receiving a personal budget"),
        ("percent_with_personal_budget", 31.2, "which is 31.2% of eligible people using community based services"),
        ("reviews_planned", 3400, "The service plans to review 3,400 care packages during 2011/12"),
    ])
    return stem, ("python-docx Word report (Stockport, Executive Councillor decision report) with cover table, "
                  "financial implications, corporate-objective table ticked with U+221A (decoy), a risk register "
                  "with 1-5 likelihood scores (decoy), then a landscape section holding the DH template: a "
                  "requirements table and one 7-column table per milestone with merged cells. Achieved cells are "
                  "the letters Y/N; the chosen likelihood and every requirement rating are marked with a Wingdings "
                  "tick inserted as <w:sym w:font=Wingdings w:char=F0FC> (no text character in w:t). Two deliverables "
                  "not achieved with reason/when text; one answer 'N/A', one left blank. Facts in the background "
                  "prose; the 30% national target and a 25% national average are not facts.")


# ---------------------------------------------------------------- paper 2
def _grid_return_cc(doc, ret, title_lines, blanks_like=(), blank_reqs=(), blank_answer=None):
    """One big grid with content controls: checkboxes for achieved, drop-downs for likelihood."""
    for txt, sz in title_lines:
        heading(doc, txt, sz)
    passed = [dl for dl in DEADLINES if dl <= ret["period"]]
    t = doc.add_table(rows=1, cols=7)
    table_borders(t)
    hdr = ["Milestone", "Due", "Deliverable", "Achieved?", "Reason if not achieved",
           "When to be achieved", "How likely are we to achieve this milestone by this date?"]
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True, size=8)
        shade(t.rows[0].cells[i], "1F497D")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(255, 255, 255)
    repeat_header(t.rows[0])
    for m in range(1, 6):
        rows = []
        for dl in DEADLINES:
            r = t.add_row()
            cant_split(r)
            rows.append(r)
            c = ret["cells"][(m, dl)]
            set_text(r.cells[1], DL_SHORT[dl], size=8)
            set_text(r.cells[2], DELIVERABLES[(m, dl)], size=7)
            if dl in passed:
                p = r.cells[3].paragraphs[0]
                p.add_run("Yes ").font.size = Pt(8)
                sdt_checkbox(p, c["achieved"] == "Y", tag=f"ach{m}{dl}Y")
                p.add_run("  No ").font.size = Pt(8)
                sdt_checkbox(p, c["achieved"] == "N", tag=f"ach{m}{dl}N")
                set_text(r.cells[4], c["reason"] or "", size=8)
                set_text(r.cells[5], c["when"] or "", size=8)
                if c["likelihood"]:
                    sdt_dropdown(r.cells[6].paragraphs[0], [LIKE_WORD[x] for x in LIKES],
                                 LIKE_WORD[c["likelihood"]], tag="likelihood")
                else:
                    set_text(r.cells[6], "n/a \u2013 deadline passed", size=7, italic=True, color="7F7F7F")
            else:
                set_text(r.cells[3], "not yet due", size=7, italic=True, color="7F7F7F")
                val = None if (m, dl) in blanks_like else LIKE_WORD[c["likelihood"]]
                sdt_dropdown(r.cells[6].paragraphs[0], [LIKE_WORD[x] for x in LIKES], val, tag="likelihood")
        mc = rows[0].cells[0].merge(rows[-1].cells[0])
        set_text(mc, f"{m}. {TITLES[m]}", bold=True, size=8)
    col_widths(t, [3.2, 1.4, 6.5, 2.6, 3.6, 2.4, 3.4])
    doc.add_paragraph()
    heading(doc, "Underpinning requirements", 11)
    t = doc.add_table(rows=1, cols=2)
    table_borders(t)
    set_text(t.rows[0].cells[0], "Requirement", bold=True, size=8)
    set_text(t.rows[0].cells[1], "RAG rating (Red, Amber/Red, Amber/Green, Green)", bold=True, size=8)
    for rid, txt in REQS:
        r = t.add_row()
        set_text(r.cells[0], txt, size=8)
        val = None if rid in blank_reqs else RATING_WORD[ret["reqs"][rid]]
        sdt_dropdown(r.cells[1].paragraphs[0], [RATING_WORD[x] for x in RATINGS], val, tag="rag", size=8)
    col_widths(t, [17, 6])
    doc.add_paragraph()
    heading(doc, "Key questions", 11)
    t = doc.add_table(rows=1, cols=3)
    table_borders(t)
    for i, h in enumerate(["No.", "Question", "Response"]):
        set_text(t.rows[0].cells[i], h, bold=True, size=8)
    repeat_header(t.rows[0])
    for m, q, a in ret["answers"]:
        r = t.add_row()
        set_text(r.cells[0], f"M{m}", size=8)
        set_text(r.cells[1], q, size=8)
        if (m, q) == blank_answer or not a:
            sdt_text(r.cells[2].paragraphs[0], None, tag="answer")
        else:
            sdt_text(r.cells[2].paragraphs[0], a, tag="answer")
    col_widths(t, [1.2, 10, 11.8])
    doc.add_paragraph()
    heading(doc, "Key risks and mitigating actions", 11)
    t = doc.add_table(rows=1, cols=3)
    table_borders(t)
    for i, h in enumerate(["Milestone", "Key Risks", "Mitigating Actions"]):
        set_text(t.rows[0].cells[i], h, bold=True, size=8)
    for m, rk, mi in ret["risks"]:
        r = t.add_row()
        set_text(r.cells[0], str(m), size=8)
        set_text(r.cells[1], rk, size=8)
        set_text(r.cells[2], mi, size=8)
    col_widths(t, [2, 10, 11])


def paper2():
    stem = "r6a-2-warwickshire-docx-content-controls"
    old = make_return("Warwickshire", "2010-09", 202, pct="NHS Warwickshire", n_not=1)
    ret = make_return("Warwickshire", "2010-12", 203, pct="NHS Warwickshire", n_not=2, blank_answers=0)
    # one not-achieved cell also states a likelihood of achieving it later
    notach = [k for k, c in ret["cells"].items() if c["achieved"] == "N"]
    ret["cells"][notach[0]]["likelihood"] = "fairly_likely"
    blanks_like = {(4, "2011-04")}
    blank_reqs = {"arrangements.business_cases"}
    blank_answer = (5, QUESTIONS[5][2])
    doc = Document()
    small_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Adult Social Care and Health Overview and Scrutiny Committee \u2013 9 February 2011"
    fp = sec.footer.paragraphs[0]
    fp.text = "Putting People First Q3 \u2013 "
    add_page_field(fp)
    heading(doc, "Agenda No 7", 11, align=WD_ALIGN_PARAGRAPH.RIGHT)
    heading(doc, "Adult Social Care and Health Overview and Scrutiny Committee", 14)
    cover_table(doc, [("Name of Committee", "Adult Social Care and Health Overview and Scrutiny Committee"),
                      ("Date of Committee", "9 February 2011"),
                      ("Report Title", "Transforming Adult Social Care \u2013 Putting People First milestones"),
                      ("Summary", "The report presents the council's self-assessment returns to the "
                                  "Department of Health for quarters 2 and 3 of 2010/11."),
                      ("For further information please contact", "Head of Transformation, People Group"),
                      ("Would the recommended decision be contrary to the Budget and Policy Framework?", "No"),
                      ("Background papers", "None")])
    heading(doc, "1. Introduction", 11)
    doc.add_paragraph(
        "Each quarter the Directorate completes the Putting People First self-assessment. Appendix 1 is the "
        "return for the period to September 2010, reported to this Committee in November and repeated here for "
        "comparison. Appendix 2 is the return for the period to 31 December 2010, submitted on 12 January 2011.")
    heading(doc, "2. Progress on personal budgets", 11)
    doc.add_paragraph(
        "By the end of December 2010, 1,530 people in Warwickshire had a personal budget, up from 980 at 30 "
        "September 2010. Spend through personal budgets is forecast at \u00a36.2 million in 2010/11. "
        "The West Midlands average reported to the regional ADASS group was 19%.")
    heading(doc, "3. Comparison with the previous quarter", 11)
    t = doc.add_table(rows=1, cols=4)
    table_borders(t)
    for i, h in enumerate(["Workstream", "Q2 RAG", "Q3 RAG", "Direction of travel"]):
        set_text(t.rows[0].cells[i], h, bold=True, size=9)
    for ws, a, b, d in [("Resource allocation system", "Amber", "Green", "\u2191"),
                        ("Brokerage and support planning", "Red", "Amber", "\u2191"),
                        ("Carers' personal budgets", "Amber", "Amber", "\u2194"),
                        ("Direct payments audit", "Green", "Green", "\u2194")]:
        c = t.add_row().cells
        for i, v in enumerate((ws, a, b, d)):
            set_text(c[i], v, size=9)
        for i, v in ((1, a), (2, b)):
            shade(c[i], {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}[v])
    doc.add_paragraph("(Workstream RAG ratings are the Transformation Board's internal assessments and are not part "
                      "of the Department of Health return.)").runs[0].italic = True
    heading(doc, "4. Recommendation", 11)
    doc.add_paragraph("That the Committee notes the returns at Appendices 1 and 2.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Appendix 1", 12)
    _grid_return_cc(doc, old, [("Putting People First \u2013 Milestones Self Assessment", 13),
                               ("Quarter 2 2010/11 (position at 30 September 2010)", 11),
                               ("Council: Warwickshire County Council        Date completed: 08/10/2010", 10)],
                    blank_reqs=(), blank_answer=None)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Appendix 2", 12)
    _grid_return_cc(doc, ret, [("Putting People First \u2013 Milestones Self Assessment", 13),
                               ("Quarter 3 2010/11 (position at 31 December 2010)", 11),
                               ("Council: Warwickshire County Council        Date completed: 12/01/2011", 10)],
                    blanks_like=blanks_like, blank_reqs=blank_reqs, blank_answer=blank_answer)
    doc.save(DOCS / f"{stem}.docx")
    cells = {k: dict(v) for k, v in ret["cells"].items()}
    for k in blanks_like:
        cells[k]["likelihood"] = None
    reqs = {k: v for k, v in ret["reqs"].items() if k not in blank_reqs}
    answers = [(m, q, a) for m, q, a in ret["answers"] if (m, q) != blank_answer]
    gold_record(stem, ret, "2011-01-12", cells=cells, reqs=reqs, answers=answers, facts=[
        ("people_with_personal_budget", 1530, "By the end of December 2010, 1,530 people in Warwickshire had a personal budget"),
        ("people_with_personal_budget", 980, "up from 980 at 30 September 2010"),
        ("personal_budget_spend_gbp", 6200000, "Spend through personal budgets is forecast at \u00a36.2 million in 2010/11"),
    ])
    return stem, ("python-docx landscape scrutiny report (Warwickshire) carrying TWO complete returns: Appendix 1 = "
                  "Q2 (September 2010) and Appendix 2 = Q3 (December 2010); the record must use only Appendix 2. Each "
                  "return is one big grid (milestone cell merged vertically over three deadline rows, repeated "
                  "header row) with Word 2010 checkbox content controls (w14:checkbox, \u2612/\u2610 in MS Gothic) for "
                  "Yes/No achieved and drop-down content controls for likelihood and requirement RAG. One likelihood, "
                  "one requirement and one answer are left as placeholders ('Choose an item.' / 'Click here to enter "
                  "text.') and are not values. A not-achieved cell also carries a likelihood. Decoy: a workstream RAG "
                  "table with colour-filled Red/Amber/Green cells. Facts: 1,530 now and 980 at September (both), "
                  "\u00a36.2m spend; regional 19% average is not a fact.")


# ---------------------------------------------------------------- paper 4
def soffice_convert(src, fmt, outdir, filt=None):
    target = fmt if not filt else f"{fmt}:{filt}"
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)


def paper4():
    stem = "r6a-4-derbyshire-doc-legacy-formfields"
    ret = make_return("Derbyshire", "2010-09", 404, pct="NHS Derbyshire County", n_not=1,
                      like_weights=(4, 6, 3, 1), na_answers=1)
    unmarked = {(3, "2011-04")}  # all four boxes left unticked
    doc = Document()
    small_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "DERBYSHIRE COUNTY COUNCIL \u2013 CABINET MEMBER MEETING \u2013 ADULT CARE"
    fp = sec.footer.paragraphs[0]
    fp.text = "PUBLIC    "
    add_page_field(fp)
    heading(doc, "DERBYSHIRE COUNTY COUNCIL", 14, align=CENTER)
    heading(doc, "MEETING OF CABINET MEMBER \u2013 ADULT CARE", 12, align=CENTER)
    heading(doc, "2 November 2010", 11, align=CENTER, bold=False)
    heading(doc, "Report of the Strategic Director \u2013 Adult Care", 11, align=CENTER)
    heading(doc, "TRANSFORMING SOCIAL CARE: PUTTING PEOPLE FIRST SELF ASSESSMENT, SEPTEMBER 2010", 11, align=CENTER, underline=True)
    for h, txt in [
        ("1. Purpose of the Report", "To inform the Cabinet Member of the self assessment made against the "
         "Putting People First milestones at the end of September 2010, which is attached as Appendix 1."),
        ("2. Information and Analysis", "Derbyshire began offering personal budgets to new customers in 2009. "
         "Some 4,870 people are now supported through self-directed support, around 22% of all people receiving "
         "community based services, and the Department aims to review 6,000 existing care packages by March 2011. "
         "A number of other councils in the East Midlands report figures of between 12% and 30%."),
        ("3. Financial Considerations", "The Social Care Reform Grant for 2010/11 is \u00a34.1m and is fully committed."),
        ("4. Other Considerations", "In preparing this report the relevance of the following factors has been "
         "considered: legal, prevention of crime and disorder, equality of opportunity, human resources, "
         "environmental, health, property and transport considerations."),
        ("5. Background Papers", "Held on file within the Adult Care Department."),
        ("6. OFFICER'S RECOMMENDATION", "That the Cabinet Member notes the self assessment at Appendix 1.")]:
        heading(doc, h, 11)
        doc.add_paragraph(txt)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Appendix 1", 11, align=WD_ALIGN_PARAGRAPH.RIGHT)
    heading(doc, "PUTTING PEOPLE FIRST \u2013 MILESTONES PROGRESS", 13, align=CENTER)
    p = doc.add_paragraph()
    p.add_run("Council: ").bold = True
    form_text(p, "Derbyshire County Council")
    p.add_run("      Period: ").bold = True
    form_text(p, "Quarter ending 30 September 2010")
    p.add_run("      Date completed: ").bold = True
    form_text(p, "04/10/2010")
    heading(doc, "Underpinning Requirements (tick one box per row)", 11)

    def box(cell, rating):
        cell.text = ""
        pp = cell.paragraphs[0]
        pp.alignment = CENTER

    t = doc.add_table(rows=0, cols=5)
    table_borders(t)
    for head, ids in ((REQ_HEAD_ENG, [r for r, _ in REQS[:6]]), (REQ_HEAD_ARR, [r for r, _ in REQS[6:]])):
        c = t.add_row().cells
        set_text(c[0], head, bold=True, size=9)
        for i, w in enumerate(["R", "A/R", "A/G", "G"]):
            set_text(c[1 + i], w, bold=True, size=9, align=CENTER)
            shade(c[1 + i], ["FF0000", "FFC000", "FFFF00", "00B050"][i])
        shade(c[0], "D9D9D9")
        for rid in ids:
            c = t.add_row().cells
            set_text(c[0], REQ_TEXT[rid], size=9)
            for i, rt in enumerate(RATINGS):
                pp = c[1 + i].paragraphs[0]
                pp.alignment = CENTER
                form_checkbox(pp, ret["reqs"][rid] == rt)
    col_widths(t, [12, 1.5, 1.5, 1.5, 1.5])
    passed = [dl for dl in DEADLINES if dl <= ret["period"]]
    for m in range(1, 6):
        doc.add_paragraph()
        t = doc.add_table(rows=0, cols=4)
        table_borders(t)
        r = t.add_row()
        set_text(r.cells[0], f"Milestone {m}", bold=True)
        set_text(r.cells[1].merge(r.cells[3]), TITLES[m].replace(" and ", " & "), bold=True)
        for cc in r.cells:
            shade(cc, "BDD7EE")
        r = t.add_row()
        set_text(r.cells[0], "Deliverable due", bold=True, size=9)
        for i, dl in enumerate(DEADLINES):
            set_text(r.cells[1 + i], DL_LONG[dl], bold=True, size=9, align=CENTER)
        r = t.add_row()
        set_text(r.cells[0], "", size=9)
        for i, dl in enumerate(DEADLINES):
            set_text(r.cells[1 + i], DELIVERABLES[(m, dl)], size=7)
        r = t.add_row()
        set_text(r.cells[0], "Achieved? / How likely are we to achieve this milestone by this date?", bold=True, size=8)
        for i, dl in enumerate(DEADLINES):
            c = ret["cells"][(m, dl)]
            cell = r.cells[1 + i]
            if dl in passed:
                pp = cell.paragraphs[0]
                pp.add_run("Achieved (Yes/No): ").font.size = Pt(8)
                form_dropdown(pp, ["Yes", "No"], 0 if c["achieved"] == "Y" else 1)
                p2 = cell.add_paragraph()
                p2.add_run("Reason if not achieved: ").font.size = Pt(8)
                form_text(p2, c["reason"] or "")
                p3 = cell.add_paragraph()
                p3.add_run("When to be achieved: ").font.size = Pt(8)
                form_text(p3, c["when"] or "")
            else:
                cell.text = ""
                for k, lk in enumerate(LIKES):
                    pp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    form_checkbox(pp, (m, dl) not in unmarked and c["likelihood"] == lk, 9)
                    pp.add_run(" " + LIKE_WORD[lk]).font.size = Pt(8)
        first = True
        for mm, q, a in ret["answers"]:
            if mm != m:
                continue
            r = t.add_row()
            set_text(r.cells[0], "Key Questions" if first else "", bold=True, size=9)
            first = False
            set_text(r.cells[1], q, size=8)
            form_text(r.cells[2].merge(r.cells[3]).paragraphs[0], a)
            for run in r.cells[2].paragraphs[0].runs:
                run.font.size = Pt(8)
        for mm, rk, mi in ret["risks"]:
            if mm != m:
                continue
            r = t.add_row()
            set_text(r.cells[0], "Key Risks and Mitigating Actions", bold=True, size=8)
            set_text(r.cells[1], "Key Risks; " + rk, size=8)
            set_text(r.cells[2].merge(r.cells[3]), "Mitigating Actions; " + mi, size=8)
        col_widths(t, [3.5, 4.5, 4.5, 4.9])
    docx_path = WORK / f"{stem}.docx"
    doc.save(docx_path)
    soffice_convert(docx_path, "doc", DOCS, "MS Word 97")
    cells = {k: dict(v) for k, v in ret["cells"].items()}
    for k in unmarked:
        cells[k]["likelihood"] = None
    gold_record(stem, ret, "2010-10-04", cells=cells, facts=[
        ("people_with_personal_budget", 4870, "Some 4,870 people are now supported through self-directed support"),
        ("percent_with_personal_budget", 22, "around 22% of all people receiving community based services"),
        ("reviews_planned", 6000, "the Department aims to review 6,000 existing care packages by March 2011"),
    ])
    return stem, ("Word 97 .doc (built with python-docx, saved by LibreOffice 'MS Word 97' filter) for a Derbyshire "
                  "Cabinet Member meeting; return for the quarter to September 2010 at Appendix 1. Legacy form fields "
                  "throughout: FORMCHECKBOX boxes for requirement ratings (under R / A/R / A/G / G header cells "
                  "filled red/amber/yellow/green, so colour is on the header not the choice) and for the four "
                  "likelihood options (October 2010 and April 2011 still to come), FORMDROPDOWN for 'Achieved "
                  "(Yes/No)' on April 2010, FORMTEXT for council, period, date (04/10/2010), reasons and answers. "
                  "Milestone 3 April 2011 has all four boxes unticked (not reported). Titles use '&'. Facts in section "
                  "2; the East Midlands 12%-30% range is other councils'.")
