# Red team round 3, part A: written by a helper who had read neither the extractor nor
# the corpus (copied unchanged from its own folder but for where it writes). Run by
# `make fixtures`; needs soffice, chromium and gs. Output: tests/data/redteam3/.
#!/usr/bin/env python3
"""Blind red team round 3 (r3a): build eight council papers carrying a
Putting People First milestone return, plus their gold records.

Run:  venv/bin/python build.py            (all documents)
      venv/bin/python build.py 1 5        (only documents 1 and 5)
Writes docs/<stem>.<ext>, gold/<stem>.json, layouts.json; scratch in work/.
"""
import tempfile
import copy
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "tests" / "data" / "redteam3"
DOCS = HERE / "docs"
GOLD = HERE / "gold"
WORK = Path(tempfile.gettempdir()) / "ppf-redteam3a-work"
for d in (DOCS, GOLD, WORK):
    d.mkdir(exist_ok=True)

ENV = dict(os.environ)
ENV["HOME"] = str(WORK / "home")
ENV["TMPDIR"] = str(WORK / "tmp")
ENV["TZ"] = "UTC"
ENV["SOURCE_DATE_EPOCH"] = "1297296000"
(WORK / "home").mkdir(exist_ok=True)
(WORK / "tmp").mkdir(exist_ok=True)

# ---------------------------------------------------------------- framework
MS = {
    1: "Effective partnerships with people using services, carers and other local citizens",
    2: "Self-directed support and personal budgets",
    3: "Prevention and cost effective services",
    4: "Information and advice",
    5: "Local commissioning",
}
DLS = ["2010-04", "2010-10", "2011-04"]
DLN = {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}
DLS_SHORT = {"2010-04": "Apr-10", "2010-10": "Oct-10", "2011-04": "Apr-11"}
LIKS = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
LIKN = {"very_likely": "Very likely", "fairly_likely": "Fairly likely",
        "fairly_unlikely": "Fairly unlikely", "very_unlikely": "Very unlikely"}
RATS = ["red", "amber_red", "amber_green", "green"]
RATN = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green", "green": "Green"}
REQS = [
    ("engagement.service_users", "The full engagement of all service users."),
    ("engagement.staff", "The full engagement of all staff working to support the delivery of care, "
     "which includes people working in the provider services and third sector organisations."),
    ("engagement.health", "The full engagement of Primary Care Trusts and the wider health community."),
    ("engagement.politicians", "The full engagement of local politicians."),
    ("engagement.council_partners", "The full engagement of all parts of local councils and of other key "
     "strategic partners."),
    ("engagement.regional_national", "The support of regional and national programmes."),
    ("arrangements.risk_management", "A system is in place which manages the risks associated with the "
     "transformation that includes both the risks for individuals and financial and other risks."),
    ("arrangements.business_models", "Clarity of the business models that will need to be adapted to "
     "support the transformation."),
    ("arrangements.financial_systems", "Financial systems which support the delivery of personal budgets."),
    ("arrangements.project_plan", "A local project plan for the delivery of the transformation with clear "
     "projections and targets to reach locally identified milestones."),
    ("arrangements.business_cases", "Business cases which track the new investments and disinvestments "
     "that will be required to support the change."),
    ("arrangements.workforce_strategy", "A workforce strategy that supports the transformation."),
]
REQW = dict(REQS)
ENG_HEAD = "Are all stakeholders fully engaged and supportive of local planning for \u201cPutting People First\u201d?"
ARR_HEAD = "Are the following key arrangements resolved and in place?"
DELIV = {
    (1, "2010-04"): "That a communication has been made to the public including all current service users "
                    "and to all local stakeholders about the transformation agenda and its benefits for them.",
    (1, "2010-10"): "That local service users understand the changes to personal budgets and that many are "
                    "contributing to the development of local practice.",
    (1, "2011-04"): "That every council area has at least one user-led organisation who are directly "
                    "contributing to the transformation to personal budgets.",
    (2, "2010-04"): "That every council has introduced personal budgets, which are being used by existing or "
                    "new service users/carers.",
    (2, "2010-10"): "That all new service users/carers (with assessed need for ongoing support) are offered a "
                    "personal budget. That all service users whose care plans are subject to review are "
                    "offered a personal budget.",
    (2, "2011-04"): "That at least 30% of eligible service users/carers have a personal budget.",
    (3, "2010-04"): "That every council has a clear strategy, jointly with health, for how it will shift some "
                    "investment from reactive provision towards preventative and enabling/rehabilitative "
                    "interventions for 2010/11.",
    (3, "2010-10"): "That processes are in place to monitor across the whole system the impact of this shift "
                    "in investment towards preventative and enabling services.",
    (3, "2011-04"): "That there is evidence that cashable savings have been released as a result of the "
                    "preventative strategies and that overall social care has delivered a minimum of 3% "
                    "cashable savings.",
    (4, "2010-04"): "That every council has a strategy in place to create universal information and advice "
                    "services.",
    (4, "2010-10"): "That the council has put in place arrangements for universal access to information and "
                    "advice.",
    (4, "2011-04"): "That the public are informed about where they can go to get the best information and "
                    "advice about their care and support needs.",
    (5, "2010-04"): "That councils and PCTs have commissioning strategies that address the future needs of "
                    "their local population and have been subject to development with all stakeholders.",
    (5, "2010-10"): "That providers and third sector organisations are clear on how they can respond to the "
                    "needs of people using personal budgets.",
    (5, "2011-04"): "That stakeholders are clear on the impact that purchasing by individuals, both publicly "
                    "and privately funded, will have on the procurement of councils and PCTs.",
}
Q = {
    "m1_ulo": "Does our Authority have plans in place to meet the DH target of a User Led Organisation (ULO) "
              "in place by the end of 2010?",
    "m1_board": "Is there a programme board for the delivery of PPF that has direct representation of "
                "users/carers?",
    "m2_started": "Have we started to issue personal budgets?",
    "m2_pilot": "Is this a pilot or mainstream activity for all new customers?",
    "m3_strategy": "Do we have a strategy and/or an investment programme for Prevention and Early Intervention?",
    "m3_health": "Are health partners involved in this strategy?",
    "m4_strategy": "Do we have a strategy for universal access to information, support and guidance for adult "
                   "social care?",
    "m4_selffund": "Are self-funders (i.e. all citizens) included in this strategy so they can make use of "
                   "both universal and paid for services to stay independent?",
    "m5_providers": "Are we working with providers so they understand how we want them to develop and how "
                    "they can develop flexible support arrangements?",
    "m5_nhs": "Have we clear links between adults social care transformation and the NHS local services "
              "commissioning?",
    "next": "What are we planning to do next?",
    "prevent": "What could prevent us from achieving this milestone?",
    "support": "What external support would help?",
}


def cell(m, d, ach=None, lik=None, reason=None, when=None):
    return {"milestone": m, "deadline": d, "achieved": ach, "likelihood": lik,
            "reason_not_achieved": reason, "when_to_be_achieved": when}


class Spec:
    """One return: the single source both for the rendered page and for gold."""

    def __init__(self, stem, council, period, date_completed, cells, ratings,
                 answers=(), risks=(), facts=()):
        self.stem, self.council, self.period, self.date_completed = stem, council, period, date_completed
        self.cells = {(c["milestone"], c["deadline"]): c for c in cells}
        self.ratings = dict(ratings)
        self.answers = [dict(milestone=m, question=q, answer=a) for m, q, a in answers]
        self.risks = [dict(milestone=m, risk=r, mitigation=x) for m, r, x in risks]
        self.facts = [dict(kind=k, value=v, text=t) for k, v, t in facts]

    def get(self, m, d):
        return self.cells.get((m, d))

    def gold(self):
        ms = [self.cells[k] for k in sorted(self.cells)]
        req = [{"requirement": r, "rating": self.ratings[r]} for r, _ in REQS if r in self.ratings]
        return {"schema": "ppf-return/1", "document": self.stem, "council": self.council,
                "period": self.period, "date_completed": self.date_completed,
                "milestones": ms, "requirements": req, "answers": self.answers,
                "risks": self.risks, "facts": self.facts}

    def write_gold(self):
        (GOLD / f"{self.stem}.json").write_text(json.dumps(self.gold(), indent=2, ensure_ascii=False) + "\n")


def R(spec_ratings):
    """ratings given as a 12-item list in REQS order (None = not rated)."""
    return {r: v for (r, _), v in zip(REQS, spec_ratings) if v}


LAYOUTS = {}


# ---------------------------------------------------------------- tools
def run(cmd, **kw):
    print("  $", " ".join(str(c) for c in cmd)[:200], flush=True)
    subprocess.run([str(c) for c in cmd], check=True, env=ENV, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE, timeout=600, **kw)


def soffice(src, fmt, outdir):
    prof = (WORK / "lo_profile").as_uri()
    run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", outdir, src])


def chromium_pdf(html, pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--no-default-browser-check", f"--user-data-dir={WORK / 'chrome_profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", Path(html).as_uri()])


def pin_pdf(path, stamp):
    """Overwrite the PDF's creation/modification dates (same byte length, so xref offsets stay valid)
    and its /ID strings, which LibreOffice and Chromium derive from the clock."""
    import hashlib
    import re
    data = Path(path).read_bytes()

    def date(m):
        old = m.group(2)
        new = stamp.encode()[:len(old)].ljust(len(old), b"0")
        return m.group(1) + new

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d+)", date, data)
    seed = hashlib.md5(Path(path).name.encode()).hexdigest().upper().encode()

    def ident(m):
        h = m.group(2)
        return m.group(1) + (seed * 4)[:len(h)]

    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)", ident, data)
    data = re.sub(rb"(>\s*<)([0-9A-Fa-f]{32})(>\s*\])", lambda m: m.group(1) + seed[:32] + m.group(3), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + seed[:32], data)
    Path(path).write_bytes(data)


def pin_xlsx_dates(wb):
    import datetime as dt
    wb.properties.created = dt.datetime(2010, 10, 14, 9, 0, 0)
    wb.properties.modified = dt.datetime(2010, 10, 14, 9, 0, 0)
    wb.properties.creator = "Adult Social Care Performance Team"
    wb.properties.lastModifiedBy = "Adult Social Care Performance Team"


def normalise_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed timestamps and member order so builds are repeatable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = Path(str(path) + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2011, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    tmp.replace(path)


# ================================================================ 1. Calc -> PDF
def doc1():
    stem = "rt3-a01-north-tyneside-calc-grid-pdf"
    LAYOUTS[stem] = ("LibreOffice Calc print of an openpyxl sheet: milestone rows x 18 narrow option columns "
                     "(6 per deadline) with 90-degree rotated headers under merged deadline headers, choice = 'Y' "
                     "in a column, printed gridlines; ratings as codes R, R/A, A/G, G/A, G on coloured fills, "
                     "a colour key and a decoy NI table with a Y/N 'on track' column.")
    reason3 = "Joint prevention strategy with NHS North of Tyne awaiting sign-off by the PCT board"
    spec = Spec(stem, "North Tyneside", "2010-09", "2010-10-14", [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", None, "very_likely"), cell(1, "2011-04", None, "very_likely"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", None, "fairly_likely"), cell(2, "2011-04", None, "fairly_unlikely"),
        cell(3, "2010-04", "N", "fairly_likely", reason3, "December 2010"),
        cell(3, "2010-10", None, "fairly_unlikely"), cell(3, "2011-04", None, "very_unlikely"),
        cell(4, "2010-04", "Y"), cell(4, "2010-10", None, "very_likely"), cell(4, "2011-04", None, "fairly_likely"),
        cell(5, "2010-04", "Y"), cell(5, "2010-10", None, "fairly_likely"),
    ], R(["green", "amber_green", "amber_red", "green", "amber_green", "green",
          "amber_green", "amber_red", "red", "green", "amber_red", "amber_green"]),
        facts=[("people_with_personal_budget", 1312,
                "at 30 September 2010, 1,312 people were in receipt of a personal budget (including direct "
                "payments)")])
    # how each rating is written (two styles of amber/green on purpose, as councils did)
    codes = ["G", "A/G", "R/A", "G", "G/A", "G", "A/G", "R/A", "R", "G", "R/A", "G/A"]
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter as L
    wb = Workbook()
    pin_xlsx_dates(wb)
    ws = wb.active
    ws.title = "PPF Q2 2010-11"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = lambda c: PatternFill("solid", start_color=c, end_color=c)
    head_fill, ms_fill, alt_fill = fill("1F4E79"), fill("DDEBF7"), fill("F2F2F2")
    white = Font(name="Arial", bold=True, color="FFFFFF", size=11)
    bold = Font(name="Arial", bold=True, size=9)
    norm = Font(name="Arial", size=9)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 40
    for c in range(3, 21):
        ws.column_dimensions[L(c)].width = 4.3
    last = "T"

    def merge(rng, value=None, font=norm, align=wrap, fl=None):
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        if value is not None:
            c.value = value
        c.font, c.alignment = font, align
        if fl:
            c.fill = fl
        return c

    merge(f"A1:{last}1", "North Tyneside Council \u2013 Adult Social Care, Health and Wellbeing", white,
          Alignment(vertical="center"), head_fill)
    ws.row_dimensions[1].height = 22
    merge(f"A2:{last}2", "Putting People First \u2013 milestone self-assessment return: Quarter 2 2010/11 "
          "(position at 30 September 2010)", Font(name="Arial", bold=True, size=11), Alignment(vertical="center"))
    merge("A3:B3", "Council: North Tyneside Council", bold)
    merge(f"C3:{last}3", "Date completed: 14/10/2010      Return to: ADASS North East / JIP", bold)
    merge(f"A4:{last}4", "Enter Y in ONE option column for each deadline. Deadlines already passed: Achieved or "
          "Not achieved (if not achieved also mark how likely it is to be achieved and complete the reason "
          "table). Future deadlines: mark the likelihood only.", Font(name="Arial", italic=True, size=8))
    ws.row_dimensions[4].height = 24
    # header rows
    r0 = 6
    merge(f"A{r0}:A{r0+1}", "No.", bold, centre, ms_fill)
    merge(f"B{r0}:B{r0+1}", "Milestone", bold, centre, ms_fill)
    opts = ["Achieved", "Not achieved", "Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
    for i, d in enumerate(DLS):
        c0 = 3 + 6 * i
        merge(f"{L(c0)}{r0}:{L(c0+5)}{r0}", DLN[d], bold, centre, ms_fill)
        for j, o in enumerate(opts):
            c = ws.cell(row=r0 + 1, column=c0 + j, value=o)
            c.font = Font(name="Arial", size=8, bold=True)
            c.alignment = Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True)
            c.fill = alt_fill if j < 2 else fill("FFF2CC")
    ws.row_dimensions[r0 + 1].height = 78
    for m in range(1, 6):
        r = r0 + 1 + m
        ws.cell(row=r, column=1, value=m).alignment = centre
        ws.cell(row=r, column=2, value=MS[m]).alignment = wrap
        ws.row_dimensions[r].height = 27
        for i, d in enumerate(DLS):
            c0 = 3 + 6 * i
            cl = spec.get(m, d)
            marks = set()
            if cl:
                if cl["achieved"] == "Y":
                    marks.add(0)
                if cl["achieved"] == "N":
                    marks.add(1)
                if cl["likelihood"]:
                    marks.add(2 + LIKS.index(cl["likelihood"]))
            for j in range(6):
                c = ws.cell(row=r, column=c0 + j, value="Y" if j in marks else None)
                c.alignment = centre
                c.font = Font(name="Arial", size=10, bold=True)
    for row in ws.iter_rows(min_row=r0, max_row=r0 + 6, min_col=1, max_col=20):
        for c in row:
            c.border = box
            if c.font is None or not c.font.b:
                pass
    for row in ws.iter_rows(min_row=r0 + 2, max_row=r0 + 6, min_col=1, max_col=2):
        for c in row:
            c.font = norm
    # reasons table
    r = r0 + 8
    merge(f"A{r}:{last}{r}", "Milestones not achieved by the due date", white, Alignment(vertical="center"),
          head_fill)
    r += 1
    merge(f"A{r}:B{r}", "Milestone / deadline", bold, wrap, ms_fill)
    merge(f"C{r}:N{r}", "Reason not achieved", bold, wrap, ms_fill)
    merge(f"O{r}:{last}{r}", "When to be achieved", bold, wrap, ms_fill)
    for (m, d), cl in sorted(spec.cells.items()):
        if cl["reason_not_achieved"]:
            r += 1
            merge(f"A{r}:B{r}", f"Milestone {m} \u2013 {DLN[d]}", norm)
            merge(f"C{r}:N{r}", cl["reason_not_achieved"], norm)
            merge(f"O{r}:{last}{r}", cl["when_to_be_achieved"], norm)
            ws.row_dimensions[r].height = 26
    for row in ws.iter_rows(min_row=r0 + 9, max_row=r, min_col=1, max_col=20):
        for c in row:
            c.border = box
    # ratings
    r += 2
    merge(f"A{r}:{last}{r}", "Underpinning requirements (RAG)", white, Alignment(vertical="center"), head_fill)
    rag_fill = {"R": fill("FF0000"), "R/A": fill("FFC000"), "A/G": fill("FFFF00"), "G/A": fill("FFFF00"),
                "G": fill("00B050")}
    rs = r + 1
    for k, (rid, words) in enumerate(REQS):
        if k in (0, 6):
            r += 1
            merge(f"A{r}:P{r}", ENG_HEAD if k == 0 else ARR_HEAD, bold, wrap, ms_fill)
            merge(f"Q{r}:{last}{r}", "RAG", bold, centre, ms_fill)
        r += 1
        ws.cell(row=r, column=1, value=k + 1).alignment = centre
        merge(f"B{r}:P{r}", words, norm)
        c = merge(f"Q{r}:{last}{r}", codes[k], Font(name="Arial", bold=True, size=10), centre, rag_fill[codes[k]])
        ws.row_dimensions[r].height = 25 if len(words) > 110 else 14
    for row in ws.iter_rows(min_row=rs, max_row=r, min_col=1, max_col=20):
        for c in row:
            c.border = box
    r += 1
    merge(f"A{r}:{last}{r}", "Key:  R = Red (significant concerns)   R/A = Red/Amber   A/G or G/A = Amber/Green   "
          "G = Green (in place)", Font(name="Arial", size=8, italic=True))
    r += 1
    merge(f"B{r}:B{r}", "Colour key:", Font(name="Arial", size=8, italic=True))
    for j, code in enumerate(["R", "R/A", "A/G", "G"]):
        c0 = 3 + j * 4
        merge(f"{L(c0)}{r}:{L(c0+3)}{r}", code, Font(name="Arial", size=8, bold=True), centre, rag_fill[code])
    # prose note (carries a fact)
    r += 2
    merge(f"A{r}:{last}{r}", "Note: at 30 September 2010, 1,312 people were in receipt of a personal budget "
          "(including direct payments). Milestone 3 narrative is reported separately to the Health and "
          "Wellbeing Partnership.", Font(name="Arial", size=9, italic=True))
    ws.row_dimensions[r].height = 26
    # decoy: NI performance snapshot
    r += 2
    merge(f"A{r}:{last}{r}", "For information: national indicator snapshot (not part of the PPF return)", bold,
          Alignment(vertical="center"), alt_fill)
    r += 1
    hdr = r
    merge(f"A{r}:B{r}", "Indicator", bold)
    merge(f"C{r}:F{r}", "2009/10 outturn", bold, centre)
    merge(f"G{r}:J{r}", "Target 2010/11", bold, centre)
    merge(f"K{r}:N{r}", "Q2 actual", bold, centre)
    merge(f"O{r}:{last}{r}", "On track (Y/N)", bold, centre)
    for name, a, b, cq, y in [("NI 130 Social care clients receiving self-directed support", "14.2%", "25.0%",
                               "19.6%", "Y"),
                              ("NI 132 Timeliness of social care assessment", "81.0%", "85.0%", "78.4%", "N"),
                              ("NI 135 Carers receiving needs assessment or review", "22.9%", "24.0%", "12.8%",
                               "Y")]:
        r += 1
        merge(f"A{r}:B{r}", name, norm)
        merge(f"C{r}:F{r}", a, norm, centre)
        merge(f"G{r}:J{r}", b, norm, centre)
        merge(f"K{r}:N{r}", cq, norm, centre)
        merge(f"O{r}:{last}{r}", y, Font(name="Arial", size=10, bold=True), centre)
    for row in ws.iter_rows(min_row=hdr, max_row=r, min_col=1, max_col=20):
        for c in row:
            c.border = box
    ws.print_area = f"A1:{last}{r}"
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddHeader.right.text = "North Tyneside Council \u2013 PPF return Q2 2010/11"
    xlsx = WORK / f"{stem}.xlsx"
    wb.save(xlsx)
    normalise_zip(xlsx)
    soffice(xlsx, "pdf", WORK)
    shutil.copy(WORK / f"{stem}.pdf", DOCS / f"{stem}.pdf")
    pin_pdf(DOCS / f"{stem}.pdf", "20101014100000")
    spec.write_gold()


# ================================================================ 2. Calc -> HTML (three sheets)
def doc2():
    stem = "rt3-a02-wokingham-calc-sheets-html"
    LAYOUTS[stem] = ("LibreOffice Calc 'convert-to html' of a three-sheet workbook: sheet 1 milestone grid with "
                     "Y/N achieved columns and likelihood as numeric codes 1-4 explained in a key row; sheet 2 "
                     "key questions, risks and not-achieved reasons keyed only by milestone number and deadline "
                     "code; sheet 3 ratings as words on fills beside a decoy direction-of-travel column.")
    r_m2 = "Offer of a personal budget at review is not yet routine in the older people's locality teams."
    r_m4 = "Procurement of the online information and advice portal was delayed and is now being re-tendered."
    ans = [
        (1, Q["m1_ulo"], "Yes. Wokingham Involve, a user-led organisation established in 2010, is now funded "
                         "through a three-year service level agreement."),
        (1, Q["m1_board"], "Yes. Two service users and one carer sit on the Transformation Programme Board."),
        (2, Q["m2_pilot"], "Mainstream for all new customers since June 2010."),
        (2, Q["next"], "Extend the offer at review to older people's locality teams by March 2011."),
        (3, Q["m3_health"], "Yes. NHS Berkshire West co-chairs the Prevention Board and jointly funds reablement."),
        (4, Q["m4_strategy"], "Yes. The Information and Advice Strategy was approved by the Executive in "
                              "March 2010."),
        (4, Q["support"], "Advice from the South East JIP on portal specifications."),
        (5, Q["m5_providers"], "Provider forums are held quarterly and a market position statement is in draft."),
    ]
    risks = [
        (2, "Capacity of care management teams to complete reviews", "Additional review team funded from "
            "Social Care Reform Grant until March 2011."),
        (3, "Reduction in PCT funding for intermediate care", "Joint investment plan agreed with NHS Berkshire "
            "West for 2011/12."),
        (5, "Small local provider market", "Provider development fund and brokerage support."),
    ]
    spec = Spec(stem, "Wokingham", "2010-12", "2011-01-11", [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", "Y"), cell(1, "2011-04", None, "very_likely"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", "N", "fairly_likely", r_m2, "March 2011"),
        cell(2, "2011-04", None, "fairly_unlikely"),
        cell(3, "2010-04", "Y"), cell(3, "2010-10", "Y"), cell(3, "2011-04", None, "fairly_likely"),
        cell(4, "2010-04", "Y"), cell(4, "2010-10", "N", "very_likely", r_m4, "February 2011"),
        cell(4, "2011-04", None, "very_likely"),
        cell(5, "2010-04", "Y"), cell(5, "2010-10", "Y"), cell(5, "2011-04", None, "very_unlikely"),
    ], R(["green", "amber_green", "green", "green", "amber_green", "green",
          "amber_green", "amber_green", "amber_red", "green", "amber_red", "amber_green"]),
        answers=ans, risks=risks,
        facts=[("people_with_personal_budget", 684,
                "684 people had a personal budget at 31 December 2010"),
               ("percent_with_personal_budget", 27, "27% of eligible adults")])
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    wb = Workbook()
    pin_xlsx_dates(wb)
    fill = lambda c: PatternFill("solid", start_color=c, end_color=c)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    B = Font(name="Arial", bold=True, size=10)
    N = Font(name="Arial", size=10)
    wrap = Alignment(wrap_text=True, vertical="top")
    ctr = Alignment(horizontal="center", vertical="top")
    # sheet 1
    ws = wb.active
    ws.title = "Milestones"
    ws["A1"] = "Wokingham Borough Council"
    ws["A1"].font = Font(name="Arial", bold=True, size=14)
    ws["A2"] = "Putting People First milestones \u2013 Quarter 3 2010/11 return (to 31 December 2010)"
    ws["A2"].font = B
    ws["A3"] = "Date completed"
    import datetime as dt
    ws["C3"] = dt.date(2011, 1, 11)
    ws["C3"].number_format = "DD/MM/YYYY"
    ws["C3"].alignment = Alignment(horizontal="left")
    for rng in ("A1:H1", "A2:H2", "A3:B3", "C3:H3", "A4:B4", "C4:H4"):
        ws.merge_cells(rng)
    ws["A4"] = "Prepared for"
    ws["C4"] = "Health Overview and Scrutiny Committee, 27 January 2011 (Agenda item 62, Appendix 1)"
    for k in ("A3", "A4"):
        ws[k].font = B
    hdr = ["No.", "Milestone"]
    for d in DLS:
        hdr += [f"{DLS_SHORT[d]} Achieved (Y/N)", f"{DLS_SHORT[d]} Likelihood (1-4)"]
    r = 6
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font, c.fill, c.alignment, c.border = B, fill("C6E0B4"), Alignment(wrap_text=True, horizontal="center"), box
    for m in range(1, 6):
        r += 1
        ws.cell(row=r, column=1, value=m)
        ws.cell(row=r, column=2, value=MS[m])
        for i, d in enumerate(DLS):
            cl = spec.get(m, d)
            a = cl["achieved"] if cl else None
            lk = cl["likelihood"] if cl else None
            if d == "2011-04":
                a = "n/d"
            ws.cell(row=r, column=3 + 2 * i, value=a)
            ws.cell(row=r, column=4 + 2 * i, value=(LIKS.index(lk) + 1) if lk else None)
        for j in range(1, 9):
            c = ws.cell(row=r, column=j)
            c.border, c.font = box, N
            c.alignment = wrap if j == 2 else ctr
    r += 2
    ws.merge_cells(f"A{r}:H{r}")
    ws.merge_cells(f"A{r+2}:H{r+2}")
    ws.cell(row=r, column=1, value="Key: Likelihood of achieving the milestone by the date: 1 = Very likely; "
            "2 = Fairly likely; 3 = Fairly unlikely; 4 = Very unlikely. Likelihood is only completed where a "
            "milestone is not yet achieved. n/d = not yet due.").font = Font(name="Arial", italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value="Personal budgets: 684 people had a personal budget at 31 December 2010, "
            "27% of eligible adults. Reasons for milestones not achieved and the key questions are on the "
            "'Questions and risks' sheet.").font = Font(name="Arial", size=10)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 46
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 13
    # sheet 2
    ws2 = wb.create_sheet("Questions and risks")
    hdr2 = ["Milestone", "Section", "Question, risk or deadline", "Answer, mitigation or reason", "Target date"]
    for j, h in enumerate(hdr2, 1):
        c = ws2.cell(row=1, column=j, value=h)
        c.font, c.fill, c.border = B, fill("C6E0B4"), box
    rows = []
    for m in range(1, 6):
        for (mm, d), cl in sorted(spec.cells.items()):
            if mm == m and cl["reason_not_achieved"]:
                rows.append((m, "Not achieved", DLS_SHORT[d], cl["reason_not_achieved"], cl["when_to_be_achieved"]))
        for a in spec.answers:
            if a["milestone"] == m:
                rows.append((m, "Key question", a["question"], a["answer"], None))
        for k in spec.risks:
            if k["milestone"] == m:
                rows.append((m, "Key risk", k["risk"], k["mitigation"], None))
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=i, column=j, value=v)
            c.font, c.alignment, c.border = N, wrap, box
    ws2.column_dimensions["A"].width = 10
    ws2.column_dimensions["B"].width = 14
    ws2.column_dimensions["C"].width = 50
    ws2.column_dimensions["D"].width = 60
    ws2.column_dimensions["E"].width = 14
    # sheet 3
    ws3 = wb.create_sheet("Ratings")
    words = {"red": "Red", "amber_red": "Amber / Red", "amber_green": "Amber / Green", "green": "Green"}
    fills = {"red": "FF0000", "amber_red": "FFC000", "amber_green": "FFFF66", "green": "92D050"}
    trend = ["Improving", "No change", "Improving", "No change", "No change", "No change",
             "Improving", "No change", "Worse", "No change", "No change", "Improving"]
    for j, h in enumerate(["Ref", "Underpinning requirement", "Rating", "Direction of travel since Q2"], 1):
        c = ws3.cell(row=1, column=j, value=h)
        c.font, c.fill, c.border = B, fill("C6E0B4"), box
    r = 1
    for k, (rid, w) in enumerate(REQS):
        if k in (0, 6):
            r += 1
            ws3.cell(row=r, column=2, value=ENG_HEAD if k == 0 else ARR_HEAD).font = B
        r += 1
        rt = spec.ratings[rid]
        vals = [f"{'E' if k < 6 else 'K'}{k % 6 + 1}", w, words[rt], trend[k]]
        for j, v in enumerate(vals, 1):
            c = ws3.cell(row=r, column=j, value=v)
            c.font, c.alignment, c.border = N, wrap, box
        ws3.cell(row=r, column=3).fill = fill(fills[rt])
    ws3.column_dimensions["B"].width = 70
    ws3.column_dimensions["C"].width = 16
    ws3.column_dimensions["D"].width = 22
    xlsx = WORK / f"{stem}.xlsx"
    wb.save(xlsx)
    normalise_zip(xlsx)
    soffice(xlsx, "html", WORK)
    import re
    html = (WORK / f"{stem}.html").read_text(encoding="utf-8")
    html = re.sub(r'(<meta name="changed" content=")[^"]*', r"\g<1>2011-01-11T16:20:00", html)
    (DOCS / f"{stem}.html").write_text(html, encoding="utf-8")
    spec.write_gold()


# ================================================================ 3. online form printed by Chromium
def esc(t):
    import html
    return html.escape(t or "", quote=True)


def doc3():
    stem = "rt3-a03-shropshire-webform-print"
    LAYOUTS[stem] = ("Chromium print-to-PDF of a regional online return form: per milestone a block per deadline "
                     "with native radio buttons (Yes / No / Not yet due, then four likelihood radios), ratings "
                     "as <select> boxes printing only the chosen option text, reasons and answers in "
                     "textareas; decoy sidebar of completed-section ticks and a data-quality checklist.")
    r3 = "Joint prevention and early intervention strategy with Shropshire County PCT not yet agreed by both boards."
    ans = [
        (1, Q["m1_board"], "Yes. The Personalisation Programme Board includes two members of the Shropshire "
                           "Disability Network and a carer representative."),
        (1, Q["next"], "Launch the 'Your Life, Your Choice' roadshows in Ludlow, Oswestry and Shrewsbury in May."),
        (2, Q["m2_started"], "Yes, since October 2009."),
        (2, Q["m2_pilot"], "Mainstream for all new customers since 1 February 2010; 412 people had a personal "
                           "budget at 31 March 2010."),
        (3, Q["prevent"], "Agreement on risk and benefit sharing with the PCT."),
        (4, Q["m4_selffund"], "Yes. The Shropshire Choices website and the First Point of Contact team are open to "
                              "all citizens."),
        (5, Q["support"], "Regional support on market development for rural areas."),
    ]
    risks = [(2, "Resource allocation system not yet calibrated for mental health",
              "Calibration exercise with the mental health trust during April and May 2010."),
             (5, "Limited provider market in rural areas", "Micro-provider development project with Shropshire "
              "Rural Community Council.")]
    spec = Spec(stem, "Shropshire", "2010-03", "2010-04-16", [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", None, "very_likely"), cell(1, "2011-04", None, "very_likely"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", None, "fairly_likely"), cell(2, "2011-04", None, "fairly_likely"),
        cell(3, "2010-04", "N", "fairly_unlikely", r3, "June 2010"),
        cell(3, "2010-10", None, "fairly_unlikely"), cell(3, "2011-04", None, "fairly_unlikely"),
        cell(4, "2010-04", "Y"), cell(4, "2010-10", None, "very_likely"), cell(4, "2011-04", None, "fairly_likely"),
        cell(5, "2010-04", None, "fairly_likely"), cell(5, "2010-10", None, "fairly_likely"),
    ], R(["amber_green", "amber_green", "amber_red", "green", "amber_green", "green",
          "amber_red", "red", "amber_red", "amber_green", "red", None]),
        answers=ans, risks=risks,
        facts=[("people_with_personal_budget", 412, "412 people had a personal budget at 31 March 2010")])
    # which 'achieved' radio is set for each cell (absent cell M5 Apr-11: nothing set at all)
    ach_radio = {}
    for m in range(1, 6):
        for d in DLS:
            cl = spec.get(m, d)
            ach_radio[(m, d)] = None if cl is None else {"Y": "yes", "N": "no", None: "nyd"}[cl["achieved"]]
    tail = [Q["next"], Q["prevent"], Q["support"]]
    qs_for = {1: [Q["m1_ulo"], Q["m1_board"]] + tail, 2: [Q["m2_started"], Q["m2_pilot"]] + tail,
              3: [Q["m3_strategy"], Q["m3_health"]] + tail, 4: [Q["m4_strategy"], Q["m4_selffund"]] + tail,
              5: [Q["m5_providers"], Q["m5_nhs"]] + tail}
    ansmap = {(a["milestone"], a["question"]): a["answer"] for a in spec.answers}
    css = """
    body{font-family:Verdana,Arial,sans-serif;font-size:11px;margin:0;color:#222}
    #banner{background:#00467f;color:#fff;padding:10px 16px}
    #banner h1{font-size:17px;margin:0}#banner p{margin:2px 0 0;font-size:11px}
    #wrap{display:flex}#side{width:150px;background:#eef3f8;padding:10px;font-size:10px;border-right:1px solid #bcd}
    #side li{list-style:none;margin:3px 0}#side ul{padding:0;margin:0}
    .done{color:#2a7a2a}.todo{color:#888}
    #main{flex:1;padding:8px 14px}
    h2{font-size:13px;background:#d9e5f0;padding:4px 6px;margin:14px 0 6px;border-left:4px solid #00467f}
    h3{font-size:11.5px;margin:8px 0 4px}
    .dl{border:1px solid #bcd;margin:0 0 6px;padding:4px 8px;break-inside:avoid}
    .dl .deliv{font-style:italic;color:#555;margin:0 0 3px}
    .row{margin:2px 0}.row label{margin-right:12px;white-space:nowrap}
    .q{font-weight:bold;margin:6px 0 2px}
    textarea{width:96%;font-family:inherit;font-size:10.5px;height:34px;border:1px solid #999}
    input[type=text]{font-family:inherit;font-size:10.5px;border:1px solid #999;width:160px}
    table.rag{border-collapse:collapse;width:100%}table.rag td{border:1px solid #ccd;padding:3px 5px;vertical-align:top}
    select{font-family:inherit;font-size:10.5px}
    .meta td{padding:2px 8px 2px 0}
    .btns{margin:12px 0}.btns button{margin-right:8px}
    .check li{margin:2px 0}
    @page{size:A4;margin:12mm}
    """
    P = []
    w = P.append
    w("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>PPF Milestones Return - West Midlands "
      "JIP online collection</title><style>" + css + "</style></head><body>")
    w("<div id='banner'><h1>West Midlands Joint Improvement Partnership</h1><p>Putting People First: milestones "
      "self-assessment &mdash; online data collection (Quarter 4 2009/10)</p></div>")
    w("<div id='wrap'><div id='side'><b>Sections</b><ul>"
      "<li class='done'>&#10004; A. About your council</li><li class='done'>&#10004; B. Underpinning "
      "requirements</li><li class='done'>&#10004; C. Milestone 1</li><li class='done'>&#10004; D. Milestone 2</li>"
      "<li class='done'>&#10004; E. Milestone 3</li><li class='done'>&#10004; F. Milestone 4</li>"
      "<li class='todo'>&#9675; G. Milestone 5</li><li class='todo'>&#9675; H. Declaration</li></ul>"
      "<p style='margin-top:14px'>Logged in as:<br>asc.performance<br>Shropshire</p>"
      "<p>Status: <b>Submitted</b><br>Ref PPF/WM/0417</p></div><div id='main'>")
    w("<h2>A. About your council</h2><table class='meta'>"
      "<tr><td><label for='la'>Local authority</label></td><td><select id='la' name='la'>"
      "<option>Shrewsbury and Atcham (legacy)</option><option selected>Shropshire Council</option>"
      "<option>Telford and Wrekin Council</option></select></td></tr>"
      "<tr><td>Reporting period</td><td><input type='text' value='Quarter ending 31 March 2010'></td></tr>"
      "<tr><td>Date completed</td><td><input type='text' value='16/04/2010'></td></tr>"
      "<tr><td>Completed by</td><td><input type='text' value='Performance and Intelligence Team'></td></tr>"
      "</table><p>This printout was attached as Appendix 2 to the report to Shropshire Council Health and "
      "Adult Social Care Scrutiny Committee, 24 May 2010.</p>")
    # ratings
    w("<h2>B. Underpinning requirements</h2><table class='rag'>")
    opts = [("", "-- Please select --"), ("red", "Red"), ("amber_red", "Amber/Red"), ("amber_green", "Amber/Green"),
            ("green", "Green")]
    for k, (rid, words) in enumerate(REQS):
        if k in (0, 6):
            w(f"<tr><td colspan='2'><b>{esc(ENG_HEAD if k == 0 else ARR_HEAD)}</b></td></tr>")
        sel = spec.ratings.get(rid, "")
        o = "".join(f"<option value='{v}'{' selected' if v == sel else ''}>{t}</option>" for v, t in opts)
        w(f"<tr><td>{esc(words)}</td><td style='width:130px'><select name='r{k}'>{o}</select></td></tr>")
    w("</table>")
    for m in range(1, 6):
        w(f"<h2>{chr(ord('C') + m - 1)}. Milestone {m}: {esc(MS[m])}</h2>")
        for d in DLS:
            cl = spec.get(m, d) or {}
            nm = f"m{m}_{d}"
            ar = ach_radio[(m, d)]
            w(f"<div class='dl'><h3>{DLN[d]}</h3><p class='deliv'>{esc(DELIV[(m, d)])}</p>")
            w("<div class='row'>Has this milestone been achieved? ")
            for v, t in [("yes", "Yes"), ("no", "No"), ("nyd", "Not yet due")]:
                w(f"<label><input type='radio' name='{nm}_a' value='{v}'{' checked' if ar == v else ''}> {t}</label>")
            w("</div><div class='row'>If not yet achieved, how likely is it to be achieved by this date? ")
            for v in LIKS:
                ch = " checked" if cl.get("likelihood") == v else ""
                w(f"<label><input type='radio' name='{nm}_l' value='{v}'{ch}> {LIKN[v]}</label>")
            w("</div><div class='row'>Reason if not achieved:<br><textarea>"
              f"{esc(cl.get('reason_not_achieved'))}</textarea></div>")
            w("<div class='row'>When will it be achieved? <input type='text' value='"
              f"{esc(cl.get('when_to_be_achieved'))}'></div></div>")
        w("<h3>Key questions</h3>")
        for q in qs_for[m]:
            w(f"<div class='q'>{esc(q)}</div><textarea>{esc(ansmap.get((m, q)))}</textarea>")
        w("<h3>Key risks and mitigating actions</h3><table class='rag'><tr><td><b>Key risk</b></td>"
          "<td><b>Mitigating action</b></td></tr>")
        rk = [x for x in spec.risks if x["milestone"] == m] or [{"risk": "", "mitigation": ""}]
        for x in rk:
            w(f"<tr><td><textarea>{esc(x['risk'])}</textarea></td><td><textarea>{esc(x['mitigation'])}"
              "</textarea></td></tr>")
        w("</table>")
    w("<h2>H. Declaration and data quality checklist</h2><ul class='check'>"
      "<li><label><input type='checkbox' checked> Return agreed by the Director of Adult Services</label></li>"
      "<li><label><input type='checkbox' checked> Return shared with NHS Shropshire County</label></li>"
      "<li><label><input type='checkbox'> Lead member briefed</label></li></ul>"
      "<div class='btns'><button>Save draft</button><button>Submit return</button></div>"
      "<p style='font-size:9px;color:#777'>West Midlands JIP &middot; data collection system v2.3 &middot; "
      "printed from the browser</p></div></div></body></html>")
    html_path = WORK / f"{stem}.html"
    html_path.write_text("\n".join(P), encoding="utf-8")
    pdf = DOCS / f"{stem}.pdf"
    chromium_pdf(html_path, pdf)
    pin_pdf(pdf, "20100416151200")
    spec.write_gold()


# ================================================================ 4. saved HTML form page
def doc4():
    stem = "rt3-a04-bury-saved-form-page"
    LAYOUTS[stem] = ("Saved HTML page of a council intranet 'edit return' form: one <fieldset> per milestone, a "
                     "table of deadlines with Yes/No achieved checkboxes and likelihood radios tied to text only "
                     "by <label for=id>, reasons and answers in <textarea>, dates as <input value>, ratings as a radio "
                     "grid; decoy sign-off checklist fieldset with checked boxes and page navigation.")
    r3 = "Joint prevention strategy with NHS Bury is still in draft"
    ans = [
        (1, Q["m1_ulo"], "Yes. Bury Involvement Network is being supported to become a user-led organisation "
                         "by summer 2010."),
        (2, Q["m2_started"], "Yes, personal budgets have been offered to new customers in the learning "
                             "disability service since April 2009."),
        (2, Q["next"], "We plan to review 1,800 care packages during 2010/11, offering a personal budget at "
                       "each review."),
        (3, Q["m3_strategy"], "A draft Prevention Strategy is out for consultation until February 2010."),
        (4, Q["m4_strategy"], "Yes. The Information Strategy was agreed in November 2009."),
        (5, Q["m5_nhs"], "Joint commissioning group with NHS Bury meets monthly."),
    ]
    risks = [(2, "Financial systems cannot yet pay personal budgets as a single sum",
              "Interim manual payment process; new finance module due June 2010."),
             (3, "PCT financial recovery plan", "Prevention investment protected in the joint commissioning "
              "plan.")]
    spec = Spec(stem, "Bury", "2009-12", "2010-01-22", [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", None, "fairly_likely"), cell(1, "2011-04", None, "fairly_likely"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", None, "fairly_unlikely"),
        cell(2, "2011-04", None, "fairly_unlikely"),
        cell(3, "2010-04", "N", "fairly_likely", r3, "March 2010"),
        cell(3, "2010-10", None, "fairly_likely"), cell(3, "2011-04", None, "very_unlikely"),
        cell(4, "2010-04", None, "very_likely"), cell(4, "2010-10", None, "very_likely"),
        cell(4, "2011-04", None, "very_likely"),
        cell(5, "2010-04", None, "fairly_unlikely"), cell(5, "2010-10", None, "fairly_likely"),
    ], R(["amber_green", "amber_red", "amber_red", "green", "amber_green", "amber_green",
          "red", "amber_red", "red", "amber_green", "amber_red", "red"]),
        answers=ans, risks=risks,
        facts=[("reviews_planned", 1800, "We plan to review 1,800 care packages during 2010/11")])
    ansmap = {(a["milestone"], a["question"]): a["answer"] for a in spec.answers}
    mq = {1: [Q["m1_ulo"], Q["m1_board"]], 2: [Q["m2_started"], Q["m2_pilot"]], 3: [Q["m3_strategy"], Q["m3_health"]],
          4: [Q["m4_strategy"], Q["m4_selffund"]], 5: [Q["m5_providers"], Q["m5_nhs"]]}
    css = """
body{font:13px/1.35 Arial,Helvetica,sans-serif;margin:0;background:#fff;color:#111}
#hd{border-bottom:4px solid #7a1f5c;padding:8px 20px}#hd .logo{font:bold 20px Georgia,serif;color:#7a1f5c}
#nav{background:#f0e6ec;padding:4px 20px;font-size:12px}#nav a{margin-right:14px;color:#7a1f5c}
#crumb{font-size:11px;color:#666;padding:6px 20px}
#content{padding:0 20px 20px;max-width:980px}
fieldset{border:1px solid #b9a3b0;margin:14px 0;padding:6px 12px}
legend{font-weight:bold;color:#7a1f5c;padding:0 6px}
table.ms{border-collapse:collapse;width:100%}table.ms th,table.ms td{border:1px solid #ddd;padding:4px;vertical-align:top;text-align:left;font-size:12px}
table.ms th{background:#faf5f8}
.lk div{white-space:nowrap;margin:1px 0}
input[type=text]{width:95%;font:12px Arial}
textarea{width:98%;height:44px;font:12px Arial}
.qa p{margin:6px 0 2px;font-weight:bold}
table.rg{border-collapse:collapse}table.rg td,table.rg th{border:1px solid #ddd;padding:3px 6px;font-size:12px}
table.rg td.o{text-align:center}
.hint{font-size:11px;color:#555}
#ft{border-top:1px solid #ccc;font-size:11px;color:#666;padding:8px 20px}
"""
    P = []
    w = P.append
    w("<!DOCTYPE html>\n<!-- saved from url=(0081)http://intranet.bury.gov.uk/adultcare/performance/ppf/return.aspx?id=27&mode=edit -->")
    w("<html lang=\"en\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
      "<title>PPF milestone return: Quarter 3 2009/10 - Adult Care Services - Bury Council intranet</title>"
      f"<style type=\"text/css\">{css}</style></head><body>")
    w("<div id=\"hd\"><span class=\"logo\">Bury Council</span> &nbsp; <span>Adult Care Services intranet</span></div>")
    w("<div id=\"nav\"><a href=\"http://intranet.bury.gov.uk/\">Home</a><a href=\"#\">Performance</a>"
      "<a href=\"#\">Transforming Adult Social Care</a><a href=\"#\">Returns</a><a href=\"#\">Help</a></div>")
    w("<div id=\"crumb\">You are here: Home &gt; Performance &gt; PPF milestones &gt; Edit return</div>")
    w("<div id=\"content\"><h1 style=\"font-size:20px\">Putting People First milestones: self-assessment return</h1>")
    w("<form id=\"ppf\" method=\"post\" action=\"return.aspx?id=27\">")
    w("<fieldset><legend>Return details</legend><table class=\"rg\">"
      "<tr><td><label for=\"la\">Council</label></td><td><input type=\"text\" id=\"la\" name=\"la\" "
      "value=\"Bury Metropolitan Borough Council\" style=\"width:320px\"></td></tr>"
      "<tr><td><label for=\"qtr\">Quarter</label></td><td><select id=\"qtr\" name=\"qtr\">"
      "<option>Quarter 2 2009/10 (to 30 September 2009)</option>"
      "<option selected=\"selected\">Quarter 3 2009/10 (to 31 December 2009)</option>"
      "<option>Quarter 4 2009/10 (to 31 March 2010)</option></select></td></tr>"
      "<tr><td><label for=\"dc\">Date completed</label></td><td><input type=\"text\" id=\"dc\" name=\"dc\" "
      "value=\"22/01/2010\" style=\"width:120px\"></td></tr></table>"
      "<p class=\"hint\">Tick Yes or No under 'Achieved?' once a deadline has been met or missed; select how "
      "likely each deadline not yet achieved is to be met.</p></fieldset>")
    for m in range(1, 6):
        w(f"<fieldset id=\"m{m}\"><legend>Milestone {m} &ndash; {esc(MS[m])}</legend>")
        w("<table class=\"ms\"><tr><th style=\"width:22%\">Deadline and deliverable</th><th>Achieved?</th>"
          "<th>Likelihood of achievement</th><th style=\"width:22%\">Reason if not achieved</th>"
          "<th style=\"width:13%\">When to be achieved</th></tr>")
        for d in DLS:
            cl = spec.get(m, d) or {}
            k = f"m{m}{d.replace('-', '')}"
            w(f"<tr><td><b>{DLN[d]}</b><br><span class=\"hint\">{esc(DELIV[(m, d)])}</span></td><td>")
            for v, t in [("Y", "Yes"), ("N", "No")]:
                ch = " checked=\"checked\"" if cl.get("achieved") == v else ""
                w(f"<input type=\"checkbox\" id=\"{k}a{v}\" name=\"{k}_ach_{v}\"{ch}> "
                  f"<label for=\"{k}a{v}\">{t}</label><br>")
            w("</td><td class=\"lk\">")
            for i, v in enumerate(LIKS):
                ch = " checked=\"checked\"" if cl.get("likelihood") == v else ""
                w(f"<div><input type=\"radio\" id=\"{k}l{i}\" name=\"{k}_lik\" value=\"{i + 1}\"{ch}>"
                  f"<label for=\"{k}l{i}\">{LIKN[v]}</label></div>")
            w(f"</td><td><textarea name=\"{k}_reason\" rows=\"4\" style=\"height:64px\">"
              f"{esc(cl.get('reason_not_achieved'))}</textarea>"
              f"</td><td><input type=\"text\" name=\"{k}_when\" value=\"{esc(cl.get('when_to_be_achieved'))}\">"
              "</td></tr>")
        w("</table><div class=\"qa\">")
        for j, q in enumerate(mq[m] + [Q["next"]]):
            w(f"<p><label for=\"m{m}q{j}\">{esc(q)}</label></p><textarea id=\"m{m}q{j}\" name=\"m{m}q{j}\">"
              f"{esc(ansmap.get((m, q)))}</textarea>")
        rk = [x for x in spec.risks if x["milestone"] == m]
        w("<p>Key risks and mitigating actions</p><table class=\"rg\" style=\"width:100%\"><tr><th>Key risk</th>"
          "<th>Mitigating action</th></tr>")
        for x in rk or [{"risk": "", "mitigation": ""}]:
            w(f"<tr><td><textarea>{esc(x['risk'])}</textarea></td><td><textarea>{esc(x['mitigation'])}"
              "</textarea></td></tr>")
        w("</table></div></fieldset>")
    w("<fieldset id=\"req\"><legend>Underpinning requirements</legend><table class=\"rg\"><tr><th></th>"
      "<th>Red</th><th>Amber/Red</th><th>Amber/Green</th><th>Green</th></tr>")
    for k, (rid, words) in enumerate(REQS):
        if k in (0, 6):
            w(f"<tr><th colspan=\"5\" style=\"text-align:left\">{esc(ENG_HEAD if k == 0 else ARR_HEAD)}</th></tr>")
        w(f"<tr><td>{esc(words)}</td>")
        for v in RATS:
            ch = " checked=\"checked\"" if spec.ratings.get(rid) == v else ""
            w(f"<td class=\"o\"><input type=\"radio\" id=\"q{k}{v}\" name=\"req{k}\" value=\"{v}\"{ch}>"
              f"<label for=\"q{k}{v}\" style=\"font-size:0\">{RATN[v]}</label></td>")
        w("</tr>")
    w("</table></fieldset>")
    w("<fieldset id=\"signoff\"><legend>Sign-off checklist</legend>"
      "<input type=\"checkbox\" id=\"s1\" checked=\"checked\"><label for=\"s1\">Checked by performance team</label><br>"
      "<input type=\"checkbox\" id=\"s2\" checked=\"checked\"><label for=\"s2\">Agreed by Head of Service</label><br>"
      "<input type=\"checkbox\" id=\"s3\"><label for=\"s3\">Reported to Adult Care Services DMT</label><br>"
      "<input type=\"checkbox\" id=\"s4\" checked=\"checked\"><label for=\"s4\">Copied to NW JIP programme office</label>"
      "</fieldset>")
    w("<p><input type=\"submit\" value=\"Save changes\"> <input type=\"button\" value=\"Print\"></p></form></div>")
    w("<div id=\"ft\">Bury Council intranet &middot; Last updated 22 January 2010 by "
      "ACS Performance &middot; <a href=\"#\">Accessibility</a></div></body></html>")
    (DOCS / f"{stem}.html").write_text("\n".join(P), encoding="utf-8")
    spec.write_gold()


# ================================================================ 5. Word legacy form fields + content controls
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class WordFields:
    """Raw WordprocessingML for legacy form fields (FORMTEXT/FORMCHECKBOX/FORMDROPDOWN) and content controls."""

    def __init__(self):
        self.n = 0

    def _x(self, xml):
        from docx.oxml import parse_xml
        return parse_xml(f'<w:wrap xmlns:w="{W_NS}">{xml}</w:wrap>').getchildren()

    @staticmethod
    def _t(text):
        import html
        return html.escape(text, quote=False)

    def _name(self, prefix):
        self.n += 1
        return f"{prefix}{self.n}"[:20]

    def text_run(self, p, text, bold=False, size=None):
        rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
        for el in self._x(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{self._t(text)}</w:t></w:r>'):
            p._p.append(el)

    def formtext(self, p, text, size=18):
        empty = not text
        shown = "\u2002" * 5 if empty else text
        rpr = f'<w:rPr><w:noProof/><w:sz w:val="{size}"/></w:rPr>'
        xml = (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{self._name("Text")}"/>'
               '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
               '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               f'<w:r>{rpr}<w:t xml:space="preserve">{self._t(shown)}</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        for el in self._x(xml):
            p._p.append(el)

    def checkbox(self, p, checked):
        ch = "<w:checked/>" if checked else ""
        xml = (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{self._name("Check")}"/>'
               '<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
               f'{ch}</w:checkBox></w:ffData></w:fldChar></w:r>'
               '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        for el in self._x(xml):
            p._p.append(el)

    def dropdown(self, p, entries, idx, size=18):
        res = f'<w:result w:val="{idx}"/>' if idx else ""
        le = "".join(f'<w:listEntry w:val="{self._t(e)}"/>' for e in entries)
        xml = (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{self._name("Dropdown")}"/>'
               f'<w:enabled/><w:calcOnExit w:val="0"/><w:ddList>{res}{le}</w:ddList></w:ffData></w:fldChar></w:r>'
               f'<w:r><w:rPr><w:sz w:val="{size}"/></w:rPr><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        for el in self._x(xml):
            p._p.append(el)

    def sdt(self, p, kind, items, value, tag, size=18):
        """kind: dropDownList | comboBox | text. value None -> placeholder."""
        self.n += 1
        sid = 100000 + self.n * 7919
        ph = "Click here to enter text." if kind == "text" else "Choose an item."
        lst = ""
        if kind != "text":
            li = '<w:listItem w:displayText="Choose an item." w:value=""/>'
            li += "".join(f'<w:listItem w:displayText="{self._t(i)}" w:value="{self._t(i)}"/>' for i in items)
            lst = f"<w:{kind}>{li}</w:{kind}>"
        else:
            lst = "<w:text/>"
        if value is None:
            pr = (f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
                  '<w:placeholder><w:docPart w:val="DefaultPlaceholder_22675703"/></w:placeholder>'
                  f'<w:showingPlcHdr/>{lst}</w:sdtPr>')
            content = (f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:sz w:val="{size}"/></w:rPr>'
                       f'<w:t>{ph}</w:t></w:r>')
        else:
            pr = f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>{lst}</w:sdtPr>'
            content = (f'<w:r><w:rPr><w:sz w:val="{size}"/></w:rPr>'
                       f'<w:t xml:space="preserve">{self._t(value)}</w:t></w:r>')
        for el in self._x(f"<w:sdt>{pr}<w:sdtContent>{content}</w:sdtContent></w:sdt>"):
            p._p.append(el)


def docx_base(margins_cm=2.0, landscape=False, font="Arial", size=10):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, a, Cm(margins_cm))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(f"{{{W_NS}}}rFonts")
    for k in ("ascii", "hAnsi", "cs", "eastAsia"):
        rf.set(f"{{{W_NS}}}{k}", font)
    import datetime as dt
    cp = d.core_properties
    cp.created = cp.modified = dt.datetime(2011, 1, 1, 9, 0, 0)
    cp.last_printed = dt.datetime(2011, 1, 1, 9, 0, 0)
    cp.revision = 1
    return d


def set_cell_bg(cell, hexcol):
    from docx.oxml import parse_xml
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="{hexcol}"/>'))


def cell_par(cell, text="", bold=False, size=None, italic=False):
    from docx.shared import Pt
    p = cell.paragraphs[0] if not cell.paragraphs[0].text and len(cell.paragraphs) == 1 else cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def doc5():
    stem = "rt3-a05-torbay-word-formfields"
    LAYOUTS[stem] = ("Word .docx (not converted) with legacy FORMCHECKBOX Yes/No pairs for achieved, FORMDROPDOWN "
                     "(w:ddList + w:result index) likelihoods and ratings, FORMTEXT reasons/answers, mixed with "
                     "content-control dropDownList/comboBox/plain-text controls; unanswered controls show "
                     "'Select one' / 'Choose an item.' / 'Click here to enter text.'; decoy actions table with "
                     "checked FORMCHECKBOXes.")
    r2 = "The offer at review was extended to mental health teams only in January 2011"
    r5 = "Market position statement consultation with providers extended"
    ans = [
        (2, Q["m2_pilot"], "Mainstream since April 2010 for all new customers."),
        (3, Q["m3_strategy"], "Yes. The Torbay Prevention Strategy 2010-13, agreed jointly with Torbay Care "
                              "Trust and NHS Devon."),
        (4, Q["m4_selffund"], "Yes. The Torbay Care Trust information service is open to self-funders."),
        (5, Q["next"], "Publish the market position statement and hold a provider summit in June 2011."),
    ]
    risks = [(5, "Provider market not ready for individual purchasers",
              "Provider summit and micro-enterprise support with Torbay Community Development Trust.")]
    spec = Spec(stem, "Torbay", "2011-03", "2011-04-08", [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", "Y"), cell(1, "2011-04", None, "very_likely"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", "N", "fairly_likely", r2, "April 2011"),
        cell(2, "2011-04", None, "fairly_likely"),
        cell(3, "2010-04", "Y"), cell(3, "2010-10", "Y"), cell(3, "2011-04", None, "fairly_unlikely"),
        cell(4, "2010-04", "Y"), cell(4, "2010-10", "Y"), cell(4, "2011-04", None, "very_likely"),
        cell(5, "2010-04", "Y"), cell(5, "2010-10", "N", None, r5, "June 2011"),
        cell(5, "2011-04", None, "very_unlikely"),
    ], R(["green", "green", "amber_green", "green", "amber_green", "green",
          "amber_green", "amber_green", "green", "green", "amber_red", None]),
        answers=ans, risks=risks,
        facts=[("people_with_personal_budget", 1046,
                "At 28 February 2011, 1,046 people were receiving a personal budget"),
               ("percent_with_personal_budget", 34, "34 per cent of eligible service users"),
               ("cashable_savings_percent", 3.4, "cashable savings of 3.4% were delivered in 2010/11")])
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt, RGBColor
    d = docx_base(1.8)
    ph = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    F = WordFields()
    hp = d.add_paragraph()
    r = hp.add_run("Torbay Council")
    r.bold, r.font.size = True, Pt(16)
    d.add_paragraph("Adult Social Care (delivered by Torbay Care Trust under the Section 31 partnership "
                    "agreement)").runs[0].italic = True
    h = d.add_paragraph()
    r = h.add_run("Putting People First \u2013 Milestone Self-Assessment Return")
    r.bold, r.font.size = True, Pt(13)
    d.add_paragraph("This form is to be completed electronically. Click in the grey fields to enter text, "
                    "tick the boxes and choose from the drop-down lists. Once agreed, the return is reported to the "
                    "Adult Social Care Overview and Scrutiny Board and submitted to the South West Joint "
                    "Improvement Partnership.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    labels = ["Council", "Quarter", "Date completed", "Completed by"]
    for i, lab in enumerate(labels):
        cell_par(t.cell(i, 0), lab, bold=True)
        set_cell_bg(t.cell(i, 0), "D9D9D9")
        p = t.cell(i, 1).paragraphs[0]
        if i == 0:
            F.formtext(p, "Torbay Council")
        elif i == 1:
            F.dropdown(p, ["Select one", "Quarter 2 2010/11 (July \u2013 September 2010)",
                           "Quarter 3 2010/11 (October \u2013 December 2010)",
                           "Quarter 4 2010/11 (January \u2013 March 2011)"], 3)
        elif i == 2:
            F.formtext(p, "08/04/2011")
        else:
            F.formtext(p, "Head of Personalisation, Torbay Care Trust")
    d.add_paragraph()
    d.add_paragraph("Summary: At 28 February 2011, 1,046 people were receiving a personal budget, which is 34 "
                    "per cent of eligible service users. Our joint reablement and telecare programme means "
                    "cashable savings of 3.4% were delivered in 2010/11, above the 3% expected of every council.")
    # ---- ratings
    hh = d.add_paragraph()
    hh.add_run("Section A \u2013 Underpinning requirements").bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, (rid, words) in enumerate(REQS):
        if k in (0, 6):
            row = t.add_row().cells
            m_ = row[0].merge(row[1])
            cell_par(m_, ENG_HEAD if k == 0 else ARR_HEAD, bold=True)
            set_cell_bg(m_, "D9D9D9")
        row = t.add_row().cells
        cell_par(row[0], words, size=9)
        p = row[1].paragraphs[0]
        rt = spec.ratings.get(rid)
        if k < 6:
            ent = ["Select one", "Red", "Amber/Red", "Amber/Green", "Green"]
            F.dropdown(p, ent, ent.index(RATN[rt]) if rt else 0)
        else:
            F.sdt(p, "comboBox", ["Red", "Amber/Red", "Amber/Green", "Green"], RATN[rt] if rt else None,
                  f"Rating{k + 1}")
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(13.5), Cm(3.8)
    # ---- milestones
    mq = {1: [Q["m1_ulo"], Q["next"]], 2: [Q["m2_pilot"], Q["next"]], 3: [Q["m3_strategy"], Q["next"]],
          4: [Q["m4_selffund"], Q["next"]], 5: [Q["m5_providers"], Q["next"]]}
    ansmap = {(a["milestone"], a["question"]): a["answer"] for a in spec.answers}
    lik_ent = ["Select one"] + [LIKN[v] for v in LIKS]
    for m in range(1, 6):
        d.add_paragraph()
        hh = d.add_paragraph()
        hh.add_run(f"Section {chr(ord('A') + m)} \u2013 Milestone {m}: {MS[m]}").bold = True
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for j, hd in enumerate(["Deadline", "Achieved?", "If not achieved: how likely by this date?",
                                "Reason if not achieved", "When to be achieved"]):
            cell_par(t.cell(0, j), hd, bold=True, size=9)
            set_cell_bg(t.cell(0, j), "D9D9D9")
        for dd in DLS:
            cl = spec.get(m, dd) or {}
            row = t.add_row().cells
            cell_par(row[0], DLN[dd], bold=True, size=9)
            cell_par(row[0], DELIV[(m, dd)], size=7, italic=True)
            p = row[1].paragraphs[0]
            F.checkbox(p, cl.get("achieved") == "Y")
            F.text_run(p, " Yes   ", size=18)
            F.checkbox(p, cl.get("achieved") == "N")
            F.text_run(p, " No", size=18)
            lk = cl.get("likelihood")
            if m <= 3:
                F.dropdown(row[2].paragraphs[0], lik_ent, lik_ent.index(LIKN[lk]) if lk else 0)
                F.formtext(row[3].paragraphs[0], cl.get("reason_not_achieved"))
                F.formtext(row[4].paragraphs[0], cl.get("when_to_be_achieved"))
            else:
                F.sdt(row[2].paragraphs[0], "dropDownList", [LIKN[v] for v in LIKS], LIKN[lk] if lk else None,
                      f"Likelihood M{m}")
                F.sdt(row[3].paragraphs[0], "text", None, cl.get("reason_not_achieved"), f"Reason M{m}")
                F.sdt(row[4].paragraphs[0], "text", None, cl.get("when_to_be_achieved"), f"When M{m}")
        widths = [Cm(3.6), Cm(2.6), Cm(3.4), Cm(4.6), Cm(3.0)]
        for row in t.rows:
            for c, wd in zip(row.cells, widths):
                c.width = wd
        t2 = d.add_table(rows=0, cols=2)
        t2.style = "Table Grid"
        for q in mq[m]:
            row = t2.add_row().cells
            cell_par(row[0], q, size=9)
            if m <= 3:
                F.formtext(row[1].paragraphs[0], ansmap.get((m, q)))
            else:
                F.sdt(row[1].paragraphs[0], "text", None, ansmap.get((m, q)), f"Answer M{m}")
        rk = [x for x in spec.risks if x["milestone"] == m]
        row = t2.add_row().cells
        cell_par(row[0], "Key risks", size=9, bold=True)
        cell_par(row[1], "Mitigating actions", size=9, bold=True)
        for x in rk or [{"risk": None, "mitigation": None}]:
            row = t2.add_row().cells
            F.formtext(row[0].paragraphs[0], x["risk"])
            F.formtext(row[1].paragraphs[0], x["mitigation"])
        for row in t2.rows:
            row.cells[0].width, row.cells[1].width = Cm(7.2), Cm(10.0)
    # ---- decoy: actions from last quarter's review
    d.add_paragraph()
    hh = d.add_paragraph()
    hh.add_run("Actions agreed at the Quarter 3 review meeting (for information)").bold = True
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, hd in enumerate(["Action", "Owner", "Completed"]):
        cell_par(t.cell(0, j), hd, bold=True, size=9)
    for a, o, done in [("Refresh the resource allocation system for carers", "Personalisation lead", True),
                       ("Agree data-sharing protocol with NHS Devon", "Information governance", True),
                       ("Report market position statement to Board", "Commissioning manager", False)]:
        row = t.add_row().cells
        cell_par(row[0], a, size=9)
        cell_par(row[1], o, size=9)
        F.checkbox(row[2].paragraphs[0], done)
    out = DOCS / f"{stem}.docx"
    d.save(out)
    normalise_zip(out)
    spec.write_gold()


# ================================================================ 6. reportlab, rotated headers, vector marks
def doc6():
    stem = "rt3-a06-herefordshire-vector-marks-pdf"
    LAYOUTS[stem] = ("reportlab PDF: milestone rows x (3 deadlines x [achieved + 4 likelihood]) with the option "
                     "headers rotated 90 degrees, every tick/cross drawn as vector lines (no glyphs), not-yet-due "
                     "achieved cells greyed; ratings as filled vector circles under R/AR/AG/G columns; decoy risk "
                     "register with Likelihood/Impact scores and drawn RAG dots.")
    r3 = "Section 75 agreement for intermediate care with NHS Herefordshire not yet signed"
    r5 = "Consultation on the joint commissioning strategy was extended to the end of July"
    spec = Spec(stem, "Herefordshire", "2010-06", "2010-07-20", [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", None, "very_likely"), cell(1, "2011-04", None, "very_likely"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", None, "fairly_likely"), cell(2, "2011-04", None, "fairly_unlikely"),
        cell(3, "2010-04", "N", "fairly_likely", r3, "September 2010"),
        cell(3, "2010-10", None, "fairly_unlikely"), cell(3, "2011-04", None, "very_unlikely"),
        cell(4, "2010-04", "Y"), cell(4, "2010-10", None, "fairly_likely"), cell(4, "2011-04", None, "fairly_likely"),
        cell(5, "2010-04", "N", None, r5, "August 2010"), cell(5, "2010-10", None, "very_likely"),
    ], R(["green", "amber_green", "green", "amber_green", "amber_red", "green",
          "amber_green", "amber_green", "amber_red", "green", "red", "amber_red"]),
        facts=[("people_with_personal_budget", 538, "By 30 June 2010, 538 people were receiving a personal budget"),
               ("reviews_planned", 2400, "we plan to review 2,400 care packages in 2010/11")])
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    out = DOCS / f"{stem}.pdf"
    W, H = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
    c.setTitle("Health Scrutiny Committee 26 July 2010 - Putting People First milestones")
    c.setAuthor("Herefordshire Council / NHS Herefordshire")
    c.setCreator("Performance Plus reporting")
    M = 40

    def para(x, y, text, width, font="Helvetica", size=9, lead=None):
        lead = lead or size * 1.25
        for line in simpleSplit(text, font, size, width):
            c.setFont(font, size)
            c.drawString(x, y, line)
            y -= lead
        return y

    def tick(x, y, s=1.0):
        c.saveState()
        c.setLineWidth(1.8 * s)
        c.setStrokeColor(colors.black)
        c.setLineCap(1)
        c.setLineJoin(1)
        p = c.beginPath()
        p.moveTo(x - 5 * s, y + 0.5 * s)
        p.lineTo(x - 1.5 * s, y - 4 * s)
        p.lineTo(x + 6 * s, y + 6 * s)
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def cross(x, y, s=1.0):
        c.saveState()
        c.setLineWidth(1.8 * s)
        c.setLineCap(1)
        c.line(x - 4.5 * s, y - 4.5 * s, x + 4.5 * s, y + 4.5 * s)
        c.line(x - 4.5 * s, y + 4.5 * s, x + 4.5 * s, y - 4.5 * s)
        c.restoreState()

    def footer(n):
        c.setFont("Helvetica", 8)
        c.drawString(M, 22, "Herefordshire Council \u2013 Health Scrutiny Committee \u2013 26 July 2010")
        c.drawRightString(W - M, 22, f"Page {n}")

    # ---------- page 1: covering report
    y = H - M
    c.setFont("Helvetica-Bold", 16)
    c.drawString(M, y - 6, "Herefordshire Council")
    c.setFont("Helvetica", 10)
    c.drawRightString(W - M, y - 6, "Agenda item 9")
    y -= 34
    c.setFont("Helvetica-Bold", 13)
    c.drawString(M, y, "Health Scrutiny Committee \u2013 26 July 2010")
    y -= 18
    c.drawString(M, y, "Transforming Adult Social Care: Putting People First milestone return (June 2010)")
    y -= 24
    c.setFont("Helvetica", 9)
    for lab, val in [("Report by:", "Director of Integrated Commissioning"),
                     ("Wards affected:", "County-wide"),
                     ("Purpose:", "To inform the Committee of the Council's quarterly self-assessment against the "
                                  "Putting People First milestones, submitted to the West Midlands Joint "
                                  "Improvement Partnership on 20 July 2010.")]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(M, y, lab)
        y = para(M + 95, y, val, W - 2 * M - 95) - 4
    y -= 6
    c.setFont("Helvetica-Bold", 10)
    c.drawString(M, y, "Key points")
    y -= 14
    text = [
        "1. The return at Appendix A reports the position at the end of June 2010. Three of the five April 2010 "
        "deliverables have been achieved. The April 2010 deliverables for prevention (milestone 3) and local "
        "commissioning (milestone 5) were not achieved by the deadline; the reasons and revised dates are given "
        "in the table below the grid.",
        "2. By 30 June 2010, 538 people were receiving a personal budget. To meet the October 2010 milestone we plan "
        "to review 2,400 care packages in 2010/11, offering a personal budget at every review. The national "
        "expectation is that 30% of eligible people will have a personal budget by April 2011.",
        "3. The Committee is asked to note the return and the programme risks summarised on page 4.",
    ]
    for t_ in text:
        y = para(M, y, t_, W - 2 * M, size=9.5) - 6
    footer(1)
    c.showPage()
    # ---------- page 2: the grid
    y = H - M
    c.setFont("Helvetica-Bold", 11)
    c.drawString(M, y, "Appendix A \u2013 Putting People First milestones: self-assessment at 30 June 2010")
    y -= 12
    c.setFont("Helvetica", 8)
    c.drawString(M, y, "Council: Herefordshire Council    Date completed: 20 July 2010    "
                       "Key: tick = option selected; in the Achieved column tick = achieved, cross = not achieved; "
                       "grey = not yet due.")
    y -= 8
    x0, wno, wms, wc = M, 22, 190, 26
    gx = x0 + wno + wms
    h1, h2, rh = 16, 72, 30
    top = y
    c.setLineWidth(0.6)
    # group headers
    c.setFillColor(colors.HexColor("#DCE6F1"))
    c.rect(x0, top - h1 - h2, wno + wms, h1 + h2, stroke=1, fill=1)
    for i, d in enumerate(DLS):
        gx_i = gx + i * 5 * wc
        c.setFillColor(colors.HexColor("#DCE6F1"))
        c.rect(gx_i, top - h1, 5 * wc, h1, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(gx_i + 2.5 * wc, top - h1 + 4.5, DLN[d])
        for j, lab in enumerate(["Achieved"] + [LIKN[v] for v in LIKS]):
            cx = gx_i + j * wc
            c.setFillColor(colors.HexColor("#F2F2F2") if j == 0 else colors.HexColor("#FFF7D6"))
            c.rect(cx, top - h1 - h2, wc, h2, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.saveState()
            c.translate(cx + wc / 2 + 3, top - h1 - h2 + 5)
            c.rotate(90)
            c.setFont("Helvetica", 8)
            c.drawString(0, 0, lab)
            c.restoreState()
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0 + 3, top - h1 - h2 + 5, "No.")
    c.drawString(x0 + wno + 4, top - h1 - h2 + 5, "Milestone")
    yy = top - h1 - h2
    for m in range(1, 6):
        yb = yy - rh
        c.rect(x0, yb, wno, rh)
        c.rect(x0 + wno, yb, wms, rh)
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(x0 + wno / 2, yb + rh - 11, str(m))
        para(x0 + wno + 4, yb + rh - 11, MS[m], wms - 8, size=8.5, lead=10)
        for i, d in enumerate(DLS):
            cl = spec.get(m, d)
            for j in range(5):
                cx = gx + (i * 5 + j) * wc
                if j == 0 and (d > spec.period):
                    c.setFillColor(colors.HexColor("#BFBFBF"))
                    c.rect(cx, yb, wc, rh, stroke=1, fill=1)
                    c.setFillColor(colors.black)
                else:
                    c.rect(cx, yb, wc, rh)
                mx, my = cx + wc / 2, yb + rh / 2
                if not cl:
                    continue
                if j == 0 and cl["achieved"] == "Y":
                    tick(mx, my)
                elif j == 0 and cl["achieved"] == "N":
                    cross(mx, my)
                elif j > 0 and cl["likelihood"] == LIKS[j - 1]:
                    tick(mx, my)
        yy = yb
    # reasons table
    yy -= 16
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, yy, "Deliverables not achieved by the due date")
    yy -= 4
    cols = [(x0, 130, "Milestone / deadline"), (x0 + 130, 380, "Reason not achieved"),
            (x0 + 510, 130, "When to be achieved")]
    c.setFillColor(colors.HexColor("#DCE6F1"))
    for cx, cw, lab in cols:
        c.rect(cx, yy - 14, cw, 14, stroke=1, fill=1)
    c.setFillColor(colors.black)
    for cx, cw, lab in cols:
        c.drawString(cx + 3, yy - 10, lab)
    yy -= 14
    for (m, d), cl in sorted(spec.cells.items()):
        if cl["reason_not_achieved"]:
            for cx, cw, lab in cols:
                c.rect(cx, yy - 16, cw, 16)
            c.setFont("Helvetica", 8.5)
            c.drawString(cols[0][0] + 3, yy - 11, f"Milestone {m} \u2013 {DLN[d]}")
            c.drawString(cols[1][0] + 3, yy - 11, cl["reason_not_achieved"])
            c.drawString(cols[2][0] + 3, yy - 11, cl["when_to_be_achieved"])
            yy -= 16
    footer(2)
    c.showPage()
    # ---------- page 3: ratings with drawn circles
    y = H - M
    c.setFont("Helvetica-Bold", 11)
    c.drawString(M, y, "Appendix A (continued) \u2013 Underpinning requirements")
    y -= 16
    rcol = {"red": "#C00000", "amber_red": "#E46C0A", "amber_green": "#C4BD00", "green": "#00A050"}
    wtxt, wr = 520, 52
    rx = M + wtxt
    y0 = y
    for k, (rid, words) in enumerate(REQS):
        if k in (0, 6):
            c.setFillColor(colors.HexColor("#DCE6F1"))
            c.rect(M, y - 26, wtxt, 26, stroke=1, fill=1)
            for j, lab in enumerate(["Red", "Amber/ Red", "Amber/ Green", "Green"]):
                c.rect(rx + j * wr, y - 26, wr, 26, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(M + 4, y - 16, ENG_HEAD if k == 0 else ARR_HEAD)
            for j, lab in enumerate(["Red", "Amber/Red", "Amber/Green", "Green"]):
                c.setFont("Helvetica-Bold", 8)
                c.drawCentredString(rx + j * wr + wr / 2, y - 16, lab)
            y -= 26
        lines = simpleSplit(words, "Helvetica", 8.5, wtxt - 10)
        rh = 8 + 10.5 * len(lines)
        c.rect(M, y - rh, wtxt, rh)
        para(M + 4, y - 11, words, wtxt - 10, size=8.5, lead=10.5)
        for j, rt in enumerate(RATS):
            c.rect(rx + j * wr, y - rh, wr, rh)
            if spec.ratings.get(rid) == rt:
                c.setFillColor(colors.HexColor(rcol[rt]))
                c.circle(rx + j * wr + wr / 2, y - rh / 2, 6, stroke=0, fill=1)
                c.setFillColor(colors.black)
        y -= rh
    y -= 14
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(M, y, "A filled circle shows the rating chosen for each requirement.")
    footer(3)
    c.showPage()
    # ---------- page 4: decoy risk register
    y = H - M
    c.setFont("Helvetica-Bold", 11)
    c.drawString(M, y, "Transforming Adult Social Care programme \u2013 risk register extract (June 2010)")
    y -= 8
    hdrs = [("Ref", 34), ("Risk", 300), ("Likelihood (1-4)", 80), ("Impact (1-4)", 70), ("Score", 46),
            ("RAG", 40), ("Owner", 150)]
    risks = [("TASC01", "Pressure on 2011/12 budgets reduces investment in prevention", 3, 4, "#C00000",
              "Director of Integrated Commissioning"),
             ("TASC02", "IT system changes for personal budgets not delivered on time", 2, 3, "#E46C0A",
              "Head of Business Support"),
             ("TASC03", "Insufficient take-up of direct payments by older people", 2, 2, "#C4BD00",
              "Personalisation Lead"),
             ("TASC04", "Care market unable to respond to individual purchasers", 1, 3, "#00A050",
              "Commissioning Manager")]
    x = M
    c.setFillColor(colors.HexColor("#EDEDED"))
    for lab, wd in hdrs:
        c.rect(x, y - 16, wd, 16, stroke=1, fill=1)
        x += wd
    c.setFillColor(colors.black)
    x = M
    for lab, wd in hdrs:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 3, y - 11, lab)
        x += wd
    y -= 16
    for ref, txt, lk, im, col, own in risks:
        x = M
        vals = [ref, txt, str(lk), str(im), str(lk * im), None, own]
        for (lab, wd), v in zip(hdrs, vals):
            c.rect(x, y - 18, wd, 18)
            if v is None:
                c.setFillColor(colors.HexColor(col))
                c.circle(x + wd / 2, y - 9, 5, stroke=0, fill=1)
                c.setFillColor(colors.black)
            else:
                c.setFont("Helvetica", 8)
                c.drawString(x + 3, y - 12, v)
            x += wd
        y -= 18
    y -= 14
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(M, y, "Risk scores: likelihood x impact. This register is maintained by the programme office and is "
                       "not part of the milestone return.")
    footer(4)
    c.showPage()
    c.save()
    spec.write_gold()


# ================================================================ 7. Word -> LibreOffice PDF -> Ghostscript /ebook
def add_landscape_section(d):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, a, Cm(1.6))
    return sec


def tick_run(p, font="DejaVu Sans", ch="\u2714", size=11):
    from docx.shared import Pt
    r = p.add_run(ch)
    r.font.name = font
    r.font.size = Pt(size)
    rpr = r._r.get_or_add_rPr()
    rf = rpr.find(f"{{{W_NS}}}rFonts")
    for k in ("ascii", "hAnsi", "cs", "eastAsia"):
        rf.set(f"{{{W_NS}}}{k}", font)
    return r


def centre(p):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table_widths(t, widths):
    from docx.oxml import parse_xml
    t.autofit = False
    for row in t.rows:
        for c, wd in zip(row.cells, widths):
            c.width = wd
    grid = t._tbl.tblGrid
    for gc, wd in zip(grid.findall(f"{{{W_NS}}}gridCol"), widths):
        gc.set(f"{{{W_NS}}}w", str(int(wd.twips if hasattr(wd, 'twips') else wd / 635)))


def doc7():
    stem = "rt3-a07-stockport-gs-redistilled"
    LAYOUTS[stem] = ("Executive report from Word, converted by LibreOffice and re-distilled by Ghostscript "
                     "pdfwrite /ebook (renamed subset fonts): the return is split into three tables, one per "
                     "deadline, milestone rows x option columns with U+2714 ticks in DejaVu Sans; ratings as ticks "
                     "under four rating columns; decoys: corporate-objective impact table and a risk register "
                     "with ticks and 1-5 Likelihood/Impact scores.")
    ra4 = "Universal information and advice strategy delayed pending the review of Stockport Direct"
    ro2 = "Personal budget offer at review not yet in place for mental health service users"
    ro3 = "Whole-system monitoring framework with NHS Stockport not agreed"
    ro4 = "Depends on completion of the April 2010 strategy"
    spec = Spec(stem, "Stockport", "2010-12", "2011-01-07", [
        cell(1, "2010-04", "Y"), cell(2, "2010-04", "Y"), cell(3, "2010-04", "Y"),
        cell(4, "2010-04", "N", "very_likely", ra4, "February 2011"), cell(5, "2010-04", "Y"),
        cell(1, "2010-10", "Y"), cell(2, "2010-10", "N", "fairly_likely", ro2, "March 2011"),
        cell(3, "2010-10", "N", "fairly_unlikely", ro3, "June 2011"), cell(4, "2010-10", "N", None, ro4, "April 2011"),
        cell(5, "2010-10", "Y"),
        cell(1, "2011-04", None, "very_likely"), cell(2, "2011-04", None, "fairly_likely"),
        cell(3, "2011-04", None, "very_unlikely"), cell(4, "2011-04", None, "fairly_likely"),
        cell(5, "2011-04", None, "fairly_likely"),
    ], R(["amber_green", "amber_green", "amber_red", "green", "amber_green", "green",
          "green", "amber_green", "amber_red", "green", "amber_red", "amber_green"]),
        facts=[("people_with_personal_budget", 2050, "2,050 adults now have a personal budget"),
               ("percent_with_personal_budget", 31, "31% of those eligible"),
               ("personal_budget_spend_gbp", 6200000,
                "\u00a36.2m has been spent through personal budgets in 2010/11 to the end of December")])
    from docx.shared import Cm, Pt
    d = docx_base(2.0)
    p = d.add_paragraph()
    r = p.add_run("STOCKPORT METROPOLITAN BOROUGH COUNCIL")
    r.bold, r.font.size = True, Pt(13)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Meeting:", "Executive Meeting \u2013 8 February 2011"),
                 ("Report of:", "Corporate Director for People"),
                 ("Executive Councillor:", "Adult Social Care"),
                 ("Subject:", "Transforming Social Care \u2013 Putting People First milestones: December 2010 "
                              "self-assessment"),
                 ("Key decision:", "No")]:
        row = t.add_row().cells
        cell_par(row[0], a, bold=True)
        cell_par(row[1], b)
    d.add_paragraph()
    body = [
        ("1. Purpose of report", True),
        ("To inform the Executive of the Council's self-assessment against the Putting People First milestones "
         "for the quarter to 31 December 2010, submitted to the North West Joint Improvement Partnership on "
         "7 January 2011 and attached as Appendix 1.", False),
        ("2. Progress", True),
        ("2.1 The April 2010 deliverables have been met except for the universal information and advice "
         "strategy (milestone 4). Two of the October 2010 deliverables were met on time; milestones 2, 3 and 4 "
         "missed the October deadline and revised dates are shown in Appendix 1.", False),
        ("2.2 2,050 adults now have a personal budget, 31% of those eligible, and \u00a36.2m has been spent "
         "through personal budgets in 2010/11 to the end of December. The national milestone is that at least "
         "30% of eligible people have a personal budget by April 2011.", False),
        ("3. Recommendation", True),
        ("The Executive is asked to note the December 2010 self-assessment and the risks set out in section 4.",
         False),
    ]
    for txt, b in body:
        pp = d.add_paragraph()
        rr = pp.add_run(txt)
        rr.bold = b
    # decoy 1: corporate objective impact table with ticks
    pp = d.add_paragraph()
    pp.add_run("Contribution to corporate priorities").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Corporate priority", "Positive impact", "Neutral", "Negative impact"]):
        centre(cell_par(t.cell(0, j), h, bold=True, size=9))
    for name, col in [("Healthy and independent lives", 1), ("Safer, stronger communities", 2),
                      ("Economic prosperity", 2), ("Value for money services", 1)]:
        row = t.add_row().cells
        cell_par(row[0], name, size=9)
        tick_run(centre(row[col].paragraphs[0]))
    # decoy 2: risk register
    d.add_paragraph()
    pp = d.add_paragraph()
    pp.add_run("4. Risk register (Transforming Social Care programme)").bold = True
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Risk", "Likelihood (1-5)", "Impact (1-5)", "Controls in place", "Owner"]):
        centre(cell_par(t.cell(0, j), h, bold=True, size=9))
    for rk, lk, im, ctl, own in [("Reduction in Area Based Grant from April 2011", 4, 4, True, "Director"),
                                 ("Provider market slow to develop for personal budget holders", 3, 3, True,
                                  "Head of Commissioning"),
                                 ("Care management capacity for reviews", 3, 2, False, "Service Manager")]:
        row = t.add_row().cells
        cell_par(row[0], rk, size=9)
        centre(cell_par(row[1], str(lk), size=9))
        centre(cell_par(row[2], str(im), size=9))
        if ctl:
            tick_run(centre(row[3].paragraphs[0]))
        cell_par(row[4], own, size=9)
    d.add_paragraph()
    d.add_paragraph("Background papers: Putting People First milestones (DH/ADASS/LGA, September 2009). "
                    "Contact officer: Performance and Improvement Manager, 0161 474 0000.")
    # ---------- Appendix 1 (landscape)
    add_landscape_section(d)
    pp = d.add_paragraph()
    rr = pp.add_run("Appendix 1 \u2013 Putting People First milestones: self-assessment, December 2010")
    rr.bold, rr.font.size = True, Pt(12)
    d.add_paragraph("Council: Stockport MBC      Period: quarter to 31 December 2010      Date completed: "
                    "7 January 2011")
    d.add_paragraph("A tick (\u2714) shows the option selected for each milestone.").runs[0].italic = True
    heads = ["Milestone", "Achieved", "Not achieved", "Very likely", "Fairly likely", "Fairly unlikely",
             "Very unlikely", "Reason if not achieved", "When to be achieved"]
    widths = [Cm(6.2), Cm(1.7), Cm(1.7), Cm(1.7), Cm(1.7), Cm(1.7), Cm(1.7), Cm(6.0), Cm(2.6)]
    for n, dd in enumerate(DLS, 1):
        pp = d.add_paragraph()
        pp.paragraph_format.space_before = Pt(8)
        pp.add_run(f"Table {n}: deliverables due by {DLN[dd]}").bold = True
        t = d.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            centre(cell_par(t.cell(0, j), h, bold=True, size=8))
            set_cell_bg(t.cell(0, j), "DBE5F1")
        for m in range(1, 6):
            cl = spec.get(m, dd) or {}
            row = t.add_row().cells
            cell_par(row[0], f"{m}. {MS[m]}", size=8.5)
            sel = set()
            if cl.get("achieved") == "Y":
                sel.add(1)
            if cl.get("achieved") == "N":
                sel.add(2)
            if cl.get("likelihood"):
                sel.add(3 + LIKS.index(cl["likelihood"]))
            for j in range(1, 7):
                if j in sel:
                    tick_run(centre(row[j].paragraphs[0]))
            cell_par(row[7], cl.get("reason_not_achieved") or "", size=8.5)
            cell_par(row[8], cl.get("when_to_be_achieved") or "", size=8.5)
        table_widths(t, widths)
    # ratings
    pp = d.add_paragraph()
    pp.paragraph_format.space_before = Pt(10)
    pp.add_run("Table 4: underpinning requirements").bold = True
    t = d.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for k, (rid, words) in enumerate(REQS):
        if k in (0, 6):
            row = t.add_row().cells
            cell_par(row[0], ENG_HEAD if k == 0 else ARR_HEAD, bold=True, size=8.5)
            for j, h in enumerate(["Red", "Amber/Red", "Amber/Green", "Green"], 1):
                centre(cell_par(row[j], h, bold=True, size=8.5))
            for c_ in row:
                set_cell_bg(c_, "DBE5F1")
        row = t.add_row().cells
        cell_par(row[0], words, size=8.5)
        tick_run(centre(row[1 + RATS.index(spec.ratings[rid])].paragraphs[0]))
    table_widths(t, [Cm(17.5), Cm(2.2), Cm(2.2), Cm(2.2), Cm(2.2)])
    docx_path = WORK / f"{stem}.docx"
    d.save(docx_path)
    normalise_zip(docx_path)
    soffice(docx_path, "pdf", WORK)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook",
         "-dCompatibilityLevel=1.5", f"-sOutputFile={DOCS / (stem + '.pdf')}", WORK / f"{stem}.pdf"])
    spec.write_gold()


# ================================================================ 8. cabinet pack with two returns
def doc8():
    stem = "rt3-a08-rutland-cabinet-two-returns"
    LAYOUTS[stem] = ("Cabinet pack (Word -> LibreOffice PDF) holding two returns in the same template: Appendix A "
                     "= September 2010 return, Appendix B = December 2010 return (gold); per milestone a table "
                     "of deadline rows whose cells carry text radio buttons (U+25CF chosen / U+25CB not) for "
                     "Yes/No and the four likelihoods, reasons and key risks in both appendices.")
    a_spec = Spec(stem, "Rutland", "2010-09", "2010-10-12", [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", None, "very_likely"), cell(1, "2011-04", None, "very_likely"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", None, "very_likely"), cell(2, "2011-04", None, "fairly_likely"),
        cell(3, "2010-04", "Y"), cell(3, "2010-10", None, "fairly_likely"), cell(3, "2011-04", None, "fairly_likely"),
        cell(4, "2010-04", "N", "very_likely", "Information strategy goes to Cabinet in October 2010", "October 2010"),
        cell(4, "2010-10", None, "fairly_likely"), cell(4, "2011-04", None, "fairly_likely"),
        cell(5, "2010-04", "N", "fairly_likely", "Market position statement delayed by joint commissioning review",
             "December 2010"),
        cell(5, "2010-10", None, "fairly_unlikely"), cell(5, "2011-04", None, "fairly_unlikely"),
    ], R(["green", "amber_green", "amber_red", "green", "amber_green", "green",
          "amber_green", "amber_red", "amber_green", "green", "red", "amber_green"]),
        risks=[(2, "Small numbers of staff trained in support planning", "Training programme with Leicestershire "
                "County Council"),
               (5, "Very small local provider market", "Joint market development with Leicestershire")])
    b_spec = Spec(stem, "Rutland", "2010-12", "2011-01-10", [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", "Y"), cell(1, "2011-04", None, "very_likely"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", "Y"), cell(2, "2011-04", None, "fairly_likely"),
        cell(3, "2010-04", "Y"),
        cell(3, "2010-10", "N", "fairly_likely", "Whole-system monitoring with NHS Leicestershire County and "
             "Rutland still being designed", "March 2011"),
        cell(3, "2011-04", None, "fairly_unlikely"),
        cell(4, "2010-04", "Y"), cell(4, "2010-10", "Y"), cell(4, "2011-04", None, "very_likely"),
        cell(5, "2010-04", "N", "very_likely", "Market position statement delayed by joint commissioning review",
             "January 2011"),
        cell(5, "2010-10", "N", None, "Follows completion of the April 2010 deliverable", "April 2011"),
        cell(5, "2011-04", None, "fairly_unlikely"),
    ], R(["green", "amber_green", "amber_green", "green", "green", "green",
          "amber_green", "amber_green", "green", "green", "amber_red", "amber_green"]),
        risks=[(3, "PCT restructuring delays joint monitoring", "Joint commissioning board to oversee the "
                "monitoring framework"),
               (5, "Very small local provider market", "Provider forum established in November 2010; brokerage "
                "service commissioned")],
        facts=[("people_with_personal_budget", 212, "At 31 December 2010, 212 people had a personal budget"),
               ("people_with_personal_budget", 154, "up from 154 at 30 September 2010")])
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_BREAK
    d = docx_base(2.0, font="Liberation Sans", size=10)
    p = d.add_paragraph()
    r = p.add_run("Rutland County Council")
    r.bold, r.font.size = True, Pt(15)
    p = d.add_paragraph()
    r = p.add_run("Catmose, Oakham, Rutland LE15 6HP")
    r.font.size = Pt(8)
    p = d.add_paragraph()
    r = p.add_run("CABINET \u2013 15 February 2011")
    r.bold, r.font.size = True, Pt(12)
    p = d.add_paragraph()
    r = p.add_run("Report No. 38/2011: Adult Social Care \u2013 Putting People First progress")
    r.bold = True
    for lab, val in [("Report of", "Strategic Director for People"), ("Strategic aim", "Vulnerable people"),
                     ("Exempt information", "No"), ("Key decision", "No")]:
        p = d.add_paragraph()
        p.add_run(f"{lab}: ").bold = True
        p.add_run(val)
    paras = [
        ("1. PURPOSE", True),
        ("1.1 To update Cabinet on the Council's progress against the Putting People First milestones agreed by "
         "the Department of Health, ADASS and the LGA.", False),
        ("2. BACKGROUND", True),
        ("2.1 Councils complete a quarterly self-assessment for the East Midlands Joint Improvement Partnership. "
         "Cabinet last received the return for the quarter to September 2010 (Report No. 211/2010); that return "
         "is repeated at Appendix A for comparison. The return for the quarter to December 2010 is at "
         "Appendix B.", False),
        ("3. PROGRESS", True),
        ("3.1 At 31 December 2010, 212 people had a personal budget, up from 154 at 30 September 2010. The "
         "information and advice strategy was agreed by Cabinet in October 2010, so the April 2010 deliverable "
         "for milestone 4 is now met.", False),
        ("3.2 The market position statement (milestone 5) remains outstanding and is now expected in January "
         "2011. Joint monitoring with the PCT (milestone 3) has slipped to March 2011.", False),
        ("4. RECOMMENDATION", True),
        ("4.1 That Cabinet notes the December 2010 self-assessment at Appendix B.", False),
    ]
    for t_, b in paras:
        p = d.add_paragraph()
        p.add_run(t_).bold = b

    def radios(p, options, chosen, size=9):
        for i, (val, lab) in enumerate(options):
            r = tick_run(p, "DejaVu Sans", "\u25CF" if val == chosen else "\u25CB", size)
            rr = p.add_run(f" {lab}" + ("    " if i < len(options) - 1 else ""))
            rr.font.size = Pt(size)

    def render(spec, letter, heading, completed):
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        r = p.add_run(f"Appendix {letter}")
        r.bold, r.font.size = True, Pt(13)
        p = d.add_paragraph()
        r = p.add_run(heading)
        r.bold, r.font.size = True, Pt(11)
        p = d.add_paragraph()
        p.add_run("Council: ").bold = True
        p.add_run("Rutland County Council      ")
        p.add_run("Date completed: ").bold = True
        p.add_run(completed)
        p = d.add_paragraph("\u25CF = option selected     \u25CB = option not selected")
        p.runs[0].font.size = Pt(8)
        p = d.add_paragraph()
        p.add_run("Underpinning requirements").bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, (rid, words) in enumerate(REQS):
            if k in (0, 6):
                row = t.add_row().cells
                cell_par(row[0], ENG_HEAD if k == 0 else ARR_HEAD, bold=True, size=8.5)
                cell_par(row[1], "Rating", bold=True, size=8.5)
                set_cell_bg(row[0], "E7E6E6")
                set_cell_bg(row[1], "E7E6E6")
            row = t.add_row().cells
            cell_par(row[0], words, size=8.5)
            cell_par(row[1], RATN[spec.ratings[rid]], size=8.5)
        table_widths(t, [Cm(13.5), Cm(3.5)])
        for m in range(1, 6):
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
            p.add_run(f"Milestone {m}: {MS[m]}").bold = True
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for dd in DLS:
                cl = spec.get(m, dd) or {}
                row = t.add_row().cells
                cell_par(row[0], DLN[dd], bold=True, size=8.5)
                cell_par(row[0], DELIV[(m, dd)], size=7.5, italic=True)
                p = row[1].paragraphs[0]
                rr = p.add_run("Achieved?  ")
                rr.bold, rr.font.size = True, Pt(8.5)
                radios(p, [("Y", "Yes"), ("N", "No")], cl.get("achieved"), 8.5)
                p = row[1].add_paragraph()
                rr = p.add_run("If not achieved, how likely by this date?  ")
                rr.bold, rr.font.size = True, Pt(8.5)
                p = row[1].add_paragraph()
                radios(p, [(v, LIKN[v]) for v in LIKS], cl.get("likelihood"), 8.5)
                p = row[1].add_paragraph()
                rr = p.add_run("Reason if not achieved: ")
                rr.bold, rr.font.size = True, Pt(8.5)
                rr = p.add_run(cl.get("reason_not_achieved") or "")
                rr.font.size = Pt(8.5)
                p = row[1].add_paragraph()
                rr = p.add_run("When to be achieved: ")
                rr.bold, rr.font.size = True, Pt(8.5)
                rr = p.add_run(cl.get("when_to_be_achieved") or "")
                rr.font.size = Pt(8.5)
            row = t.add_row().cells
            rk = [x for x in spec.risks if x["milestone"] == m]
            cell_par(row[0], "Key risks and mitigating actions", bold=True, size=8.5)
            if rk:
                for x in rk:
                    cell_par(row[1], f"Key risk: {x['risk']}", size=8.5)
                    cell_par(row[1], f"Mitigating action: {x['mitigation']}", size=8.5)
            table_widths(t, [Cm(5.5), Cm(11.5)])
            for row in t.rows:
                trPr = row._tr.get_or_add_trPr()
                from docx.oxml import parse_xml
                trPr.append(parse_xml(f'<w:cantSplit xmlns:w="{W_NS}"/>'))

    render(a_spec, "A", "Putting People First milestones \u2013 self-assessment for the quarter to 30 September 2010 "
           "(as reported to Cabinet on 16 November 2010)", "12 October 2010")
    render(b_spec, "B", "Putting People First milestones \u2013 self-assessment for the quarter to 31 December 2010",
           "10 January 2011")
    docx_path = WORK / f"{stem}.docx"
    d.save(docx_path)
    normalise_zip(docx_path)
    soffice(docx_path, "pdf", WORK)
    shutil.copy(WORK / f"{stem}.pdf", DOCS / f"{stem}.pdf")
    pin_pdf(DOCS / f"{stem}.pdf", "20110204093000")
    b_spec.write_gold()


# ================================================================ main
def main():
    builders = [v for k, v in sorted(globals().items()) if k.startswith("doc") and k[3:].isdigit()]
    builders.sort(key=lambda f: int(f.__name__[3:]))
    want = {int(a) for a in sys.argv[1:]}
    for b in builders:
        if want and int(b.__name__[3:]) not in want:
            continue
        print(f"== {b.__name__}", flush=True)
        b()
    lay = HERE / "layouts-3a.json"
    old = json.loads(lay.read_text()) if lay.exists() else {}
    old.update(LAYOUTS)
    lay.write_text(json.dumps(dict(sorted(old.items())), indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
