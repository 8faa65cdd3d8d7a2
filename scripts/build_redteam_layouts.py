# Red-team returns: 13 documents in layouts written by a helper who had not read the
# extractor or the corpus (deadlines as rows, one table for every milestone, long tables,
# spreadsheet exports, prose sentences, bold or highlighted words, colour-only cells...).
# Regression fixtures for tests/test_redteam_layouts.py. Not ruff-formatted: kept as
# written. Run: .venv/bin/python scripts/build_redteam_layouts.py
# ruff: noqa
"""Red-team corpus: PPF returns in layouts of our own invention.

Writes documents to tests/data/redteam/docs and gold records to tests/data/redteam/gold.
"""
import json, os, random, subprocess, shutil, html
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak

ROOT = str(__import__("pathlib").Path(__file__).resolve().parents[1] / "tests" / "data" / "redteam")
DOCS, GOLD, BUILD = f"{ROOT}/docs", f"{ROOT}/gold", f"{ROOT}/build"
for d in (DOCS, GOLD, BUILD):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)

MS = {1: "Effective partnerships with people using services, carers and other local citizens",
      2: "Self-directed support and personal budgets",
      3: "Prevention and cost effective services",
      4: "Information and advice",
      5: "Local commissioning"}
DL = ["2010-04", "2010-10", "2011-04"]
REQS = [
    ("engagement.service_users", "The full engagement of all service users."),
    ("engagement.staff", "The full engagement of all staff working to support the delivery of care, which includes people working in the provider services and third sector organisations."),
    ("engagement.health", "The full engagement of Primary Care Trusts and the wider health community."),
    ("engagement.politicians", "The full engagement of local politicians"),
    ("engagement.council_partners", "The full engagement of all parts of local councils and of other key strategic partners."),
    ("engagement.regional_national", "The support of regional and national programmes."),
    ("arrangements.risk_management", "A system is in place, which manages the risks associated with the transformation that includes both the risks for individuals and financial and other risks"),
    ("arrangements.business_models", "Clarity of the business models that will need to be adapted to support the transformation"),
    ("arrangements.financial_systems", "Financial systems, which support the delivery of personal budgets."),
    ("arrangements.project_plan", "A local project plan for the delivery of the transformation with clear projections and targets to reach locally identified milestones"),
    ("arrangements.business_cases", "Business cases, which track the new investments, and disinvestments that will be required to support the change."),
    ("arrangements.workforce_strategy", "A workforce strategy that supports the transformation"),
]
REQ_SHORT = {  # paraphrases an officer might use
    "engagement.service_users": "Engagement of service users",
    "engagement.staff": "Engagement of staff (incl. providers and third sector)",
    "engagement.health": "Engagement of PCT and wider health community",
    "engagement.politicians": "Engagement of local politicians",
    "engagement.council_partners": "Engagement of other council departments and strategic partners",
    "engagement.regional_national": "Support of regional and national programmes",
    "arrangements.risk_management": "Risk management system for the transformation",
    "arrangements.business_models": "Clarity of business models",
    "arrangements.financial_systems": "Financial systems to support personal budgets",
    "arrangements.project_plan": "Local project plan",
    "arrangements.business_cases": "Business cases tracking investment and disinvestment",
    "arrangements.workforce_strategy": "Workforce strategy",
}
LIK = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
LIKW = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
RAT = ["red", "amber_red", "amber_green", "green"]
RATW = ["Red", "Amber/Red", "Amber/Green", "Green"]
REASONS = ["Delays in the procurement of the new IT system", "Awaiting sign-off by the PCT board",
           "Staff capacity during the restructure", "Consultation extended at the request of the user forum",
           "Resource allocation system still being tested"]
WHENS = ["June 2010", "End of July 2010", "December 2010", "By end of Q3 2010/11", "January 2011"]


def gen_cells(rng, period):
    cells = []
    for m in range(1, 6):
        for d in DL:
            c = dict(milestone=m, deadline=d, achieved=None, likelihood=None,
                     reason_not_achieved=None, when_to_be_achieved=None)
            due = d <= "2011-04" and period >= {"2010-04": "2010-03", "2010-10": "2010-09", "2011-04": "2011-03"}[d]
            if due:
                if rng.random() < 0.7:
                    c["achieved"] = "Y"
                else:
                    c["achieved"] = "N"
                    c["likelihood"] = rng.choice(LIK[:3])
                    c["reason_not_achieved"] = rng.choice(REASONS)
                    c["when_to_be_achieved"] = rng.choice(WHENS)
            else:
                c["likelihood"] = rng.choices(LIK, weights=[4, 4, 2, 1])[0]
            cells.append(c)
    return cells


def gen_reqs(rng):
    return {rid: rng.choices(RAT, weights=[1, 2, 4, 4])[0] for rid, _ in REQS}


def cell(cells, m, d):
    return next(c for c in cells if c["milestone"] == m and c["deadline"] == d)


def write_gold(stem, g, notes=None):
    rec = {"schema": "ppf-return/1", "document": stem, "council": g["council"], "period": g["period"],
           "date_completed": g["date_completed"],
           "milestones": [c for c in g["cells"] if c["achieved"] is not None or c["likelihood"] is not None],
           "requirements": [{"requirement": k, "rating": v} for k, v in g["reqs"].items() if v],
           "answers": g.get("answers", []), "risks": g.get("risks", []), "facts": g.get("facts", [])}
    if notes:
        rec["_notes"] = notes
    json.dump(rec, open(f"{GOLD}/{stem}.json", "w"), indent=1)


def soffice_pdf(src):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{ROOT}/lo_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", DOCS, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- docx helpers
def shade(c, hexfill):
    tcPr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill); tcPr.append(shd)


def ctext(c, text, bold=False):
    c.text = ""
    r = c.paragraphs[0].add_run(text); r.bold = bold
    return r


def wing_tick(c):
    c.text = ""
    r = c.paragraphs[0].add_run()
    sym = OxmlElement("w:sym"); sym.set(qn("w:font"), "Wingdings"); sym.set(qn("w:char"), "F0FC")
    r._r.append(sym)


def header_block(doc, lines):
    for ln in lines:
        doc.add_paragraph(ln)


def qa_table(doc, qas):
    if not qas:
        return
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for q, a in qas:
        r = t.add_row().cells
        ctext(r[0], "\u2022 " + q); ctext(r[1], a)


# ---------------------------------------------------------------- documents
def rt01():
    """Word: per milestone a likelihood grid, deadlines as rows, options as columns, tick marks."""
    stem = "rt01-wirral-likelihood-grid"
    rng = random.Random(1)
    g = dict(council="Wirral", period="2010-09", date_completed="2010-10-14",
             cells=gen_cells(rng, "2010-09"), reqs=gen_reqs(rng))
    g["answers"] = [
        {"milestone": 1, "question": "Does our Authority have plans in place to meet the DH target of a User Led Organisation (ULO) in place by the end of 2010?",
         "answer": "Yes. Wirral Centre for Independent Living was constituted in July 2010 and is funded through the Transformation Grant."},
        {"milestone": 2, "question": "What external support would help?",
         "answer": "Peer support from neighbouring councils on the resource allocation system."}]
    g["risks"] = [{"milestone": 2, "risk": "Take-up of direct payments remains low among older people",
                   "mitigation": "Brokerage service commissioned from a local user-led organisation"}]
    doc = Document()
    header_block(doc, ["Wirral Metropolitan Borough Council", "Department of Adult Social Services",
                       "Putting People First - Progress Return (September 2010)",
                       "Date return completed: 14 October 2010"])
    doc.add_paragraph("Underpinning requirements")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Requirement"] + RATW):
        ctext(t.rows[0].cells[i], h, bold=True)
    for rid, w in REQS:
        r = t.add_row().cells; ctext(r[0], w)
        ctext(r[1 + RAT.index(g["reqs"][rid])], "\u2714")
    rows = {"2010-04": "31.03.10", "2010-10": "30.09.10", "2011-04": "31.03.11"}
    for m in range(1, 6):
        doc.add_paragraph(f"Milestone {m}: {MS[m]}").runs[0].bold = True
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["Deadline", "Achieved?"] + LIKW):
            ctext(t.rows[0].cells[i], h, bold=True)
        for d in DL:
            c = cell(g["cells"], m, d)
            r = t.add_row().cells; ctext(r[0], rows[d])
            if c["achieved"]: ctext(r[1], c["achieved"])
            if c["likelihood"]: ctext(r[2 + LIK.index(c["likelihood"])], "\u2713")
        notes = [c for c in g["cells"] if c["milestone"] == m and c["reason_not_achieved"]]
        for c in notes:
            doc.add_paragraph(f"Reason not achieved ({rows[c['deadline']]}): {c['reason_not_achieved']}. "
                              f"To be achieved by: {c['when_to_be_achieved']}.")
        qa_table(doc, [(a["question"], a["answer"]) for a in g["answers"] if a["milestone"] == m])
        for rk in [x for x in g["risks"] if x["milestone"] == m]:
            t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
            ctext(t.rows[0].cells[0], "Key Risks; " + rk["risk"]); ctext(t.rows[0].cells[1], "Mitigating Actions; " + rk["mitigation"])
    doc.save(f"{DOCS}/{stem}.docx"); write_gold(stem, g)
    return stem, "docx: per-milestone grid, deadlines as rows (31.03.10 style), options as columns, U+2713 ticks; reqs U+2714"


def rt02():
    """Word -> LibreOffice PDF: one big table for all milestones; requirement RAG as single word column."""
    stem = "rt02-stockport-single-table"
    rng = random.Random(2)
    g = dict(council="Stockport", period="2010-03", date_completed="2010-04-09",
             cells=gen_cells(rng, "2010-03"), reqs=gen_reqs(rng))
    words = {"red": ["Red", "R"], "amber_red": ["Amber-Red", "AR", "A/R"],
             "amber_green": ["Amber-Green", "AG", "A/G"], "green": ["Green", "G"]}
    doc = Document()
    header_block(doc, ["STOCKPORT METROPOLITAN BOROUGH COUNCIL",
                       "Transforming Adult Social Care: Putting People First milestones - position at end of March 2010",
                       "Completed by: Head of Personalisation    Date: 9 April 2010"])
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    ctext(t.rows[0].cells[0], "Underpinning requirement", True); ctext(t.rows[0].cells[1], "RAG", True)
    for rid, w in REQS:
        r = t.add_row().cells; ctext(r[0], w); ctext(r[1], rng.choice(words[g["reqs"][rid]]))
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["", "Apr-10", "Oct-10", "Apr-11"]):
        ctext(t.rows[0].cells[i], h, True)
    titles = {1: "1. Effective partnerships with service users, carers & other local citizens",
              2: "2. Self directed support & personal budgets", 3: "3. Prevention & cost effective services",
              4: "4. Information & advice", 5: "5. Local commissioning"}
    for m in range(1, 6):
        r = t.add_row(); mc = r.cells[0].merge(r.cells[3]); ctext(mc, titles[m], True); shade(mc, "D9D9D9")
        r = t.add_row().cells; ctext(r[0], "Achieved (Y/N)")
        for j, d in enumerate(DL):
            c = cell(g["cells"], m, d)
            if c["achieved"]: ctext(r[1 + j], c["achieved"])
        for k, lw in enumerate(LIKW):
            r = t.add_row().cells; ctext(r[0], lw)
            for j, d in enumerate(DL):
                if cell(g["cells"], m, d)["likelihood"] == LIK[k]: ctext(r[1 + j], "X")
        r = t.add_row().cells; ctext(r[0], "Reason if not achieved / when")
        for j, d in enumerate(DL):
            c = cell(g["cells"], m, d)
            if c["reason_not_achieved"]: ctext(r[1 + j], f"{c['reason_not_achieved']} - {c['when_to_be_achieved']}")
    doc.save(f"{BUILD}/{stem}.docx"); soffice_pdf(f"{BUILD}/{stem}.docx"); write_gold(stem, g)
    return stem, "LO PDF: one table, milestone title rows interleaved with option rows, Apr-10 headers, X marks; reqs as single RAG word column (AG, A/R, Amber-Green, G)"


def rt03():
    """HTML committee report: row per (milestone, deadline) with rowspan titles; paraphrased titles;
    'Y (achieved 31/03/10)', 'N - see note'; requirement abbreviations; facts in prose."""
    stem = "rt03-knowsley-report"
    rng = random.Random(3)
    g = dict(council="Knowsley", period="2010-06", date_completed="2010-07-02",
             cells=gen_cells(rng, "2010-06"), reqs=gen_reqs(rng))
    g["facts"] = [
        {"kind": "people_with_personal_budget", "value": 412, "text": "412 people were in receipt of a personal budget"},
        {"kind": "service_users_total", "value": 4336, "text": "the 4,336 people receiving community-based services"},
        {"kind": "percent_with_personal_budget", "value": 9.5, "text": "9.5% of"}]
    titles = {1: "Partnerships with users, carers &amp; citizens", 2: "Personal budgets / SDS",
              3: "Prevention &amp; cost-effective services", 4: "Info &amp; advice", 5: "Commissioning (local)"}
    dlab = {"2010-04": "By April 2010 (Q4 09/10)", "2010-10": "By October 2010 (Q2 10/11)", "2011-04": "By April 2011 (Q4 10/11)"}
    ab = {"red": "R", "amber_red": "AR", "amber_green": "AG", "green": "G"}
    h = ["<html><head><title>Knowsley Cabinet - Personalisation update</title></head><body>",
         "<h1>Knowsley Metropolitan Borough Council</h1><h2>Cabinet Member for Health &amp; Social Care - 21 July 2010</h2>",
         "<h3>Putting People First: quarterly progress (quarter ending 30 June 2010)</h3>",
         "<p>1. At the end of June 2010, 412 people were in receipt of a personal budget. This represents 9.5% of "
         "the 4,336 people receiving community-based services.</p>",
         "<p>2. The return below was completed on 2 July 2010 and submitted to the Joint Improvement Partnership.</p>",
         "<h3>Underpinning requirements (R / AR / AG / G)</h3><table border='1'><tr><th>Requirement</th><th>Status</th></tr>"]
    for rid, _ in REQS:
        h.append(f"<tr><td>{html.escape(REQ_SHORT[rid])}</td><td>{ab[g['reqs'][rid]]}</td></tr>")
    h.append("</table><h3>Milestones</h3><table border='1'><tr><th>Milestone</th><th>Deadline</th><th>Achieved?</th>"
             "<th>Likelihood</th><th>Reason if not achieved</th><th>When to be achieved</th></tr>")
    for m in range(1, 6):
        for j, d in enumerate(DL):
            c = cell(g["cells"], m, d)
            a = {"Y": "Y (achieved 31/03/10)" if d == "2010-04" else "Y", "N": "N - see note", None: ""}[c["achieved"]]
            lk = LIKW[LIK.index(c["likelihood"])] if c["likelihood"] else ""
            first = f"<td rowspan='3'>{titles[m]}</td>" if j == 0 else ""
            h.append(f"<tr>{first}<td>{dlab[d]}</td><td>{a}</td><td>{lk}</td><td>{c['reason_not_achieved'] or ''}</td>"
                     f"<td>{c['when_to_be_achieved'] or ''}</td></tr>")
    h.append("</table></body></html>")
    open(f"{DOCS}/{stem}.html", "w").write("\n".join(h)); write_gold(stem, g)
    return stem, "HTML: row per (milestone,deadline), rowspan paraphrased titles, 'By April 2010 (Q4 09/10)', 'Y (achieved 31/03/10)'/'N - see note', reqs R/AR/AG/G, facts in prose"


def rt04():
    """Word: likelihood chosen by bold word among four printed in one cell."""
    stem = "rt04-cumbria-bold-word"
    rng = random.Random(4)
    g = dict(council="Cumbria", period="2010-12", date_completed="2011-01-07",
             cells=gen_cells(rng, "2010-12"), reqs=gen_reqs(rng))
    doc = Document()
    header_block(doc, ["Cumbria County Council - Adult and Local Services",
                       "Putting People First milestone return: December 2010", "Date completed: 7 January 2011"])
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Are all stakeholders fully engaged", "R", "A/R", "A/G", "G"]):
        ctext(t.rows[0].cells[i], h, True)
    for rid, w in REQS:
        r = t.add_row().cells; ctext(r[0], w); ctext(r[1 + RAT.index(g["reqs"][rid])], "\u221a")
    for m in range(1, 6):
        doc.add_paragraph(f"Milestone {m}: {MS[m]}")
        t = doc.add_table(rows=3, cols=4); t.style = "Table Grid"
        for i, h in enumerate(["", "April 2010", "October 2010", "April 2011"]):
            ctext(t.rows[0].cells[i], h, True)
        ctext(t.rows[1].cells[0], "Achieved? (Y/N)")
        ctext(t.rows[2].cells[0], "How likely are we to achieve this milestone by this date?")
        for j, d in enumerate(DL):
            c = cell(g["cells"], m, d)
            if c["achieved"]: ctext(t.rows[1].cells[1 + j], c["achieved"])
            lc = t.rows[2].cells[1 + j]; lc.text = ""
            for k, lw in enumerate(LIKW):
                p = lc.paragraphs[0] if k == 0 else lc.add_paragraph()
                p.add_run(lw).bold = (c["likelihood"] == LIK[k])
    doc.save(f"{DOCS}/{stem}.docx"); write_gold(stem, g)
    return stem, "docx: four likelihood words in one cell, chosen one bold only; reqs R/A/R/A/G/G columns with U+221A"


def rt05():
    """reportlab PDF: options as cells, chosen option filled with colour, no text mark; reqs coloured cells."""
    stem = "rt05-bury-colour-cells"
    rng = random.Random(5)
    g = dict(council="Bury", period="2010-09", date_completed="2010-10-11",
             cells=gen_cells(rng, "2010-09"), reqs=gen_reqs(rng))
    ss = getSampleStyleSheet(); P = lambda s: Paragraph(s, ss["BodyText"])
    story = [P("<b>Bury Council</b>"), P("Progress with Putting People First milestones - September 2010"),
             P("Date Completed: 11/10/2010"),
             P("Key: the selected option is shaded."), Spacer(1, 8)]
    fills = {"red": colors.red, "amber_red": colors.orange, "amber_green": colors.yellowgreen, "green": colors.green}
    data = [[P("<b>Underpinning requirement</b>")] + [P(f"<b>{w}</b>") for w in RATW]]
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    for i, (rid, w) in enumerate(REQS, start=1):
        data.append([P(w), "", "", "", ""])
        k = RAT.index(g["reqs"][rid]); st.append(("BACKGROUND", (1 + k, i), (1 + k, i), fills[g["reqs"][rid]]))
    story += [Table(data, colWidths=[250, 60, 60, 60, 60], style=TableStyle(st)), PageBreak()]
    opts = ["Achieved", "Not achieved"] + LIKW
    for m in range(1, 6):
        story.append(P(f"<b>Milestone {m}: {MS[m]}</b>"))
        data = [["", "April 2010", "October 2010", "April 2011"]]
        st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        for k, o in enumerate(opts, start=1):
            data.append([o if k <= 2 else "Likelihood", o, o, o])
        for j, d in enumerate(DL):
            c = cell(g["cells"], m, d)
            sel = []
            if c["achieved"] == "Y": sel.append(1)
            if c["achieved"] == "N": sel.append(2)
            if c["likelihood"]: sel.append(3 + LIK.index(c["likelihood"]))
            for s in sel: st.append(("BACKGROUND", (1 + j, s), (1 + j, s), colors.HexColor("#92D050")))
        data[0] = [P(""), P("<b>April 2010</b>"), P("<b>October 2010</b>"), P("<b>April 2011</b>")]
        for r in range(1, len(data)): data[r][0] = ""
        story += [Table(data, colWidths=[60, 130, 130, 130], style=TableStyle(st)), Spacer(1, 6)]
        for c in [c for c in g["cells"] if c["milestone"] == m and c["reason_not_achieved"]]:
            story.append(P(f"Reason if not achieved: {c['reason_not_achieved']}. When to be achieved: {c['when_to_be_achieved']}"))
        story.append(Spacer(1, 12))
    SimpleDocTemplate(f"{DOCS}/{stem}.pdf", pagesize=A4).build(story); write_gold(stem, g)
    return stem, "reportlab PDF: each option its own cell per deadline, chosen cell green-filled, no text mark; reqs chosen cell RAG-filled"


def rt06():
    """HTML exported from Excel: class styles, empty cells, &nbsp;, Achieved?/Likelihood sub-columns."""
    stem = "rt06-halton-excel-export"
    rng = random.Random(6)
    g = dict(council="Halton", period="2010-03", date_completed="2010-04-12",
             cells=gen_cells(rng, "2010-03"), reqs=gen_reqs(rng))
    E = "<td class=xl24>&nbsp;</td>"
    h = ["""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Excel 11">
<style>.xl24{mso-style-parent:style0;} .xl25{font-weight:700;background:#CCFFCC;mso-pattern:auto none;}
.xl26{text-align:center;border:.5pt solid windowtext;} .xl27{font-weight:700;text-align:center;border:.5pt solid windowtext;background:#FFFF99;}</style></head>
<body link=blue vlink=purple><table x:str border=0 cellpadding=0 cellspacing=0 width=1200 style='border-collapse:collapse;table-layout:fixed;width:900pt'>
<col width=64 span=14>"""]
    def row(cells): h.append("<tr height=17 style='height:12.75pt'>" + "".join(cells) + E * 2 + "</tr>")
    td = lambda s, cl="xl26", extra="": f"<td class={cl}{extra}>{s if s else '&nbsp;'}</td>"
    row([E, td("Halton Borough Council", "xl25", " colspan=4")] + [E] * 8)
    row([E, td("PPF Milestones Return - Quarter ending 31st March 2010", "xl25", " colspan=6")] + [E] * 6)
    row([E, td("Date Completed:", "xl24"), td("12/04/2010", "xl24", " x:num")] + [E] * 9)
    row([E] * 12)
    row([E, td("Underpinning Requirements", "xl27")] + [td(w, "xl27") for w in RATW] + [E] * 7)
    for rid, w in REQS:
        row([E, td(w)] + [td("x" if g["reqs"][rid] == RAT[k] else "") for k in range(4)] + [E] * 7)
    row([E] * 12)
    row([E, td("Milestone", "xl27", " rowspan=2")] + [td(x, "xl27", " colspan=3") for x in ["Apr-10", "Oct-10", "Apr-11"]] + [E] * 2)
    row([E] + [td(x, "xl27") for x in ["Achieved?", "Likelihood", "Comment"] * 3] + [E] * 2)
    for m in range(1, 6):
        cs = [E, td(f"{m}. {MS[m]}")]
        for d in DL:
            c = cell(g["cells"], m, d)
            cm = f"{c['reason_not_achieved']}; revised date {c['when_to_be_achieved']}" if c["reason_not_achieved"] else ""
            cs += [td(c["achieved"] or ""), td(LIKW[LIK.index(c["likelihood"])] if c["likelihood"] else ""), td(cm)]
        row(cs + [E] * 2)
    h.append("<![if supportMisalignedColumns]><tr height=0 style='display:none'>" + "<td width=64 style='width:48pt'></td>" * 14 + "</tr><![endif]></table></body></html>")
    open(f"{DOCS}/{stem}.htm", "w", encoding="cp1252").write("\n".join(h)); write_gold(stem, g)
    return stem, "Excel-export HTML: class styles, &nbsp; padding cols, colspan deadline headers Apr-10 over Achieved?/Likelihood/Comment sub-columns; reqs 'x'"


def rt07():
    """Word -> LO PDF with U+2612/U+2610 checkbox characters in every option cell."""
    stem = "rt07-rochdale-checkboxes"
    rng = random.Random(7)
    g = dict(council="Rochdale", period="2010-09", date_completed="2010-10-08",
             cells=gen_cells(rng, "2010-09"), reqs=gen_reqs(rng))
    B = lambda on: "\u2612" if on else "\u2610"
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(9)
    header_block(doc, ["Rochdale Metropolitan Borough Council", "Putting People First - Milestones progress to end September 2010",
                       "Return completed on 08/10/2010"])
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Underpinning requirements"] + RATW):
        ctext(t.rows[0].cells[i], h, True)
    for rid, w in REQS:
        r = t.add_row().cells; ctext(r[0], w)
        for k in range(4): ctext(r[1 + k], B(g["reqs"][rid] == RAT[k]))
    for m in range(1, 6):
        doc.add_paragraph(f"Milestone {m}: {MS[m]}")
        t = doc.add_table(rows=2, cols=3); t.style = "Table Grid"
        for j, d in enumerate(["April 2010", "October 2010", "April 2011"]):
            ctext(t.rows[0].cells[j], d, True)
            c = cell(g["cells"], m, DL[j]); x = t.rows[1].cells[j]; x.text = ""
            lines = [f"{B(c['achieved'] == 'Y')} Achieved", f"{B(c['achieved'] == 'N')} Not achieved"] + \
                    [f"{B(c['likelihood'] == LIK[k])} {LIKW[k]}" for k in range(4)]
            for i, ln in enumerate(lines):
                (x.paragraphs[0] if i == 0 else x.add_paragraph()).add_run(ln)
            if c["reason_not_achieved"]:
                x.add_paragraph(f"Reason: {c['reason_not_achieved']}"); x.add_paragraph(f"When: {c['when_to_be_achieved']}")
    doc.save(f"{BUILD}/{stem}.docx"); soffice_pdf(f"{BUILD}/{stem}.docx"); write_gold(stem, g)
    return stem, "LO PDF: every option line prefixed with U+2612/U+2610 inside one cell per deadline; reqs grid with boxes in every cell"


def rt08():
    """Word: Yes/No in full, 'Y (achieved ..)', 'N - see note', 'Partially'; mixed deadline labels; risk table."""
    stem = "rt08-derbyshire-yes-no"
    rng = random.Random(8)
    g = dict(council="Derbyshire", period="2010-06", date_completed="2010-07-15",
             cells=gen_cells(rng, "2010-06"), reqs=gen_reqs(rng))
    labels = {"2010-04": "March 2010", "2010-10": "Oct 10", "2011-04": "2011-04"}
    # make the variants deterministic
    cell(g["cells"], 1, "2010-04").update(achieved="Y", likelihood=None, reason_not_achieved=None, when_to_be_achieved=None)
    cell(g["cells"], 2, "2010-04").update(achieved="N", likelihood="fairly_likely", reason_not_achieved="Resource allocation system still being tested", when_to_be_achieved="September 2010")
    partial = cell(g["cells"], 3, "2010-04")
    partial.update(achieved=None, likelihood="very_likely", reason_not_achieved=None, when_to_be_achieved="August 2010")
    g["risks"] = [{"milestone": 2, "risk": "Resource allocation system not validated in time",
                   "mitigation": "External validation commissioned from In Control"},
                  {"milestone": 5, "risk": "Provider market slow to respond",
                   "mitigation": "Market position statement to be published in autumn 2010"}]
    g["answers"] = [{"milestone": 3, "question": "Are health partners involved in this strategy?",
                     "answer": "Yes, NHS Derbyshire County is a co-signatory to the joint prevention strategy."}]
    doc = Document()
    header_block(doc, ["DERBYSHIRE COUNTY COUNCIL", "CABINET MEMBER - ADULT CARE", "Putting People First: return for the quarter to 30 June 2010",
                       "Date completed: 15.07.2010"])
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    ctext(t.rows[0].cells[0], "Underpinning requirement", True); ctext(t.rows[0].cells[1], "Rating", True)
    for rid, w in REQS:
        r = t.add_row().cells; ctext(r[0], w); ctext(r[1], RATW[RAT.index(g["reqs"][rid])])
    for m in range(1, 6):
        doc.add_paragraph(f"Milestone {m} - {MS[m]}")
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(["Deadline", "Achieved?", "If not achieved, how likely?", "Reason if not achieved", "When to be achieved"]):
            ctext(t.rows[0].cells[i], h, True)
        for d in DL:
            c = cell(g["cells"], m, d); r = t.add_row().cells; ctext(r[0], labels[d])
            if c is partial:
                ctext(r[1], "Partially"); ctext(r[2], "Very likely"); ctext(r[4], "August 2010"); continue
            if c["achieved"] == "Y":
                ctext(r[1], "Y (achieved 31/03/10)" if (m == 1 and d == "2010-04") else "Yes")
            elif c["achieved"] == "N":
                ctext(r[1], "N - see note" if m == 2 else "No")
            if c["likelihood"]: ctext(r[2], LIKW[LIK.index(c["likelihood"])])
            if c["reason_not_achieved"]: ctext(r[3], c["reason_not_achieved"]); ctext(r[4], c["when_to_be_achieved"])
        qa_table(doc, [(a["question"], a["answer"]) for a in g["answers"] if a["milestone"] == m])
        rks = [x for x in g["risks"] if x["milestone"] == m]
        if rks:
            t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
            ctext(t.rows[0].cells[0], "Key Risks", True); ctext(t.rows[0].cells[1], "Mitigating Actions", True)
            for rk in rks:
                r = t.add_row().cells; ctext(r[0], rk["risk"]); ctext(r[1], rk["mitigation"])
    doc.save(f"{DOCS}/{stem}.docx")
    write_gold(stem, g, notes="M3 2010-04 'Partially': achieved left out of gold (ambiguous); likelihood very_likely kept")
    return stem, "docx: deadline rows 'March 2010'/'Oct 10'/'2011-04'; Yes/No, 'Y (achieved 31/03/10)', 'N - see note', 'Partially'; risks in header-row table"


def rt09():
    """reportlab PDF: summary matrix, milestones as rows (abbreviated titles, shuffled), deadlines as columns, text statuses."""
    stem = "rt09-torbay-summary-matrix"
    rng = random.Random(9)
    g = dict(council="Torbay", period="2010-12", date_completed="2011-01-12",
             cells=gen_cells(rng, "2010-12"), reqs=gen_reqs(rng))
    ss = getSampleStyleSheet(); P = lambda s: Paragraph(s, ss["BodyText"])
    titles = {1: "Partnerships", 2: "Personal budgets / SDS", 3: "Milestone 3 - Prevention", 4: "Info &amp; advice", 5: "Commissioning"}
    story = [P("<b>Torbay Care Trust on behalf of Torbay Council</b>"),
             P("Putting People First - position statement, December 2010 (completed 12 January 2011)"), Spacer(1, 8)]
    data = [[P("<b>Milestone</b>"), P("<b>By April 2010 (Q4 09/10)</b>"), P("<b>Oct 10</b>"), P("<b>2011-04</b>")]]
    for m in [2, 1, 4, 3, 5]:
        row = [P(titles[m])]
        for d in DL:
            c = cell(g["cells"], m, d)
            if c["achieved"] == "Y": s = "Achieved"
            elif c["achieved"] == "N": s = f"Not yet achieved - {LIKW[LIK.index(c['likelihood'])].lower()} ({c['when_to_be_achieved']})"
            else: s = LIKW[LIK.index(c["likelihood"])]
            row.append(P(s))
        data.append(row)
    story += [Table(data, colWidths=[120, 120, 120, 120], style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])), Spacer(1, 12)]
    ab = {"red": "R", "amber_red": "A/R", "amber_green": "A/G", "green": "G"}
    data = [[P("<b>Underpinning requirement</b>"), P("<b>RAG</b>")]] + [[P(w), ab[g["reqs"][rid]]] for rid, w in REQS]
    story.append(Table(data, colWidths=[330, 60], style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))
    SimpleDocTemplate(f"{DOCS}/{stem}.pdf", pagesize=A4).build(story); write_gold(stem, g)
    return stem, "reportlab PDF: one matrix, milestones as rows (abbreviated, order 2,1,4,3,5), headers 'By April 2010 (Q4 09/10)'/'Oct 10'/'2011-04', status text 'Achieved'/'Not yet achieved - fairly likely (...)'; reqs A/G etc"


def rt10():
    """Word narrative: everything as sentence lists."""
    stem = "rt10-trafford-sentences"
    rng = random.Random(10)
    g = dict(council="Trafford", period="2010-09", date_completed="2010-10-05",
             cells=gen_cells(rng, "2010-09"), reqs=gen_reqs(rng))
    doc = Document()
    header_block(doc, ["TRAFFORD COUNCIL", "Report to: Executive Member for Community Health and Wellbeing",
                       "Putting People First - progress as at 30 September 2010",
                       "The return summarised below was completed on 5 October 2010."])
    doc.add_paragraph("Underpinning requirements - self-assessed ratings:")
    for rid, _ in REQS:
        doc.add_paragraph(f"{REQ_SHORT[rid]}: {RATW[RAT.index(g['reqs'][rid])]}", style="List Bullet")
    short = {1: "Effective partnerships", 2: "Self-directed support and personal budgets", 3: "Prevention and cost effective services",
             4: "Information and advice", 5: "Local commissioning"}
    dname = {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}
    for m in range(1, 6):
        parts = []
        for d in DL:
            c = cell(g["cells"], m, d)
            if c["achieved"] == "Y": parts.append(f"{dname[d]} - achieved")
            elif c["achieved"] == "N":
                parts.append(f"{dname[d]} - not achieved ({c['reason_not_achieved'].lower()}); "
                             f"{LIKW[LIK.index(c['likelihood'])].lower()} to be achieved by {c['when_to_be_achieved']}")
            else: parts.append(f"{dname[d]} - {LIKW[LIK.index(c['likelihood'])].lower()}")
        doc.add_paragraph(f"Milestone {m} ({short[m]}): " + "; ".join(parts) + ".", style="List Number")
    doc.save(f"{DOCS}/{stem}.docx"); write_gold(stem, g)
    return stem, "docx prose: bullets 'Engagement of local politicians: Green'; numbered sentences 'Milestone 2 (...): April 2010 - achieved; October 2010 - not achieved (...); fairly likely ...'"


def rt11():
    """Word: template-like layout with Wingdings tick symbols (w:sym F0FC); period as Quarter 3 2009/10."""
    stem = "rt11-wakefield-wingdings"
    rng = random.Random(11)
    g = dict(council="Wakefield", period="2009-12", date_completed="2010-01-11",
             cells=gen_cells(rng, "2009-12"), reqs=gen_reqs(rng))
    doc = Document()
    header_block(doc, ["Wakefield Metropolitan District Council", "Progress with Putting People First milestones - Quarter 3 2009/10",
                       "Council: Wakefield MDC", "Date Completed: 11 Jan 2010"])
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Are all stakeholders fully engaged and supportive of local planning for \u201cPutting People First\u201d"] + RATW):
        ctext(t.rows[0].cells[i], h, True)
    for rid, w in REQS:
        r = t.add_row().cells; ctext(r[0], w); wing_tick(r[1 + RAT.index(g["reqs"][rid])])
    for m in range(1, 6):
        doc.add_paragraph(f"Milestone {m}: {MS[m]}")
        t = doc.add_table(rows=6, cols=6); t.style = "Table Grid"
        for j, dn in enumerate(["April 2010", "October 2010", "April 2011"]):
            a = t.rows[0].cells[2 * j].merge(t.rows[0].cells[2 * j + 1]); ctext(a, dn, True)
            c = cell(g["cells"], m, DL[j])
            for k in range(4):
                ctext(t.rows[1 + k].cells[2 * j], LIKW[k])
                if c["likelihood"] == LIK[k]: wing_tick(t.rows[1 + k].cells[2 * j + 1])
            ctext(t.rows[5].cells[2 * j], "Achieved Y/N")
            if c["achieved"]: wing_tick(t.rows[5].cells[2 * j + 1])
    doc.save(f"{DOCS}/{stem}.docx"); write_gold(stem, g)
    return stem, "docx: Wingdings w:sym F0FC ticks beside option labels (label|mark pairs per deadline); period 'Quarter 3 2009/10'; 'Wakefield MDC'"


def rt12(pdf=False):
    """Word: likelihood chosen by highlight colour of one word among four; requirement by cell shading only."""
    stem = "rt13-norfolk-highlight-lo" if pdf else "rt12-norfolk-highlight"
    rng = random.Random(12)
    g = dict(council="Norfolk", period="2010-06", date_completed="2010-07-09",
             cells=gen_cells(rng, "2010-06"), reqs=gen_reqs(rng))
    doc = Document()
    header_block(doc, ["Norfolk County Council - Community Services", "Putting People First milestones: progress to end of June 2010",
                       "Date completed: 09/07/2010", "(Selected options are highlighted.)"])
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Key arrangements / engagement"] + RATW):
        ctext(t.rows[0].cells[i], h, True)
    fill = {"red": "FF0000", "amber_red": "FFC000", "amber_green": "C4D79B", "green": "00B050"}
    for rid, w in REQS:
        r = t.add_row().cells; ctext(r[0], w); shade(r[1 + RAT.index(g["reqs"][rid])], fill[g["reqs"][rid]])
    for m in range(1, 6):
        doc.add_paragraph(f"Milestone {m}: {MS[m]}")
        t = doc.add_table(rows=3, cols=4); t.style = "Table Grid"
        for i, h in enumerate(["", "April 2010", "October 2010", "April 2011"]):
            ctext(t.rows[0].cells[i], h, True)
        ctext(t.rows[1].cells[0], "Achieved Y/N"); ctext(t.rows[2].cells[0], "Likelihood")
        for j, d in enumerate(DL):
            c = cell(g["cells"], m, d)
            if c["achieved"]: ctext(t.rows[1].cells[1 + j], c["achieved"])
            lc = t.rows[2].cells[1 + j]; lc.text = ""
            for k, lw in enumerate(LIKW):
                if k: lc.paragraphs[0].add_run(" / ")
                run = lc.paragraphs[0].add_run(lw)
                if c["likelihood"] == LIK[k]: run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    if pdf:
        doc.save(f"{BUILD}/{stem}.docx"); soffice_pdf(f"{BUILD}/{stem}.docx")
    else:
        doc.save(f"{DOCS}/{stem}.docx")
    write_gold(stem, g)
    what = "LO PDF of rt12" if pdf else "docx"
    return stem, f"{what}: likelihood = yellow-highlighted word among 'Very likely / Fairly likely / ...' in one cell; reqs chosen cell shaded only"


if __name__ == "__main__":
    layouts = {}
    for f in (rt01, rt02, rt03, rt04, rt05, rt06, rt07, rt08, rt09, rt10, rt11, rt12, lambda: rt12(pdf=True)):
        s, d = f(); layouts[s] = d
    json.dump(layouts, open(f"{ROOT}/layouts.json", "w"), indent=1)
    print("\n".join(f"{k}: {v}" for k, v in layouts.items()))
