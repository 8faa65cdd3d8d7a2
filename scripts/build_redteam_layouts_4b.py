#!/usr/bin/env python3
"""Blind red team round 4 (b): eight council papers carrying a Putting People First
return, each from a different producer/layout, plus gold records.

Written blind by a helper who had read neither the extractor nor the corpus; copied
here unchanged but for its paths. Writes tests/data/redteam4/docs, gold and
layouts-4b.json.  Deterministic apart from
whatever LibreOffice/Chromium embed that is not easy to pin (dates and /ID are pinned).
"""
import base64
import html
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests",
                    "data", "redteam4")
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")
TMP = os.path.join(__import__("tempfile").gettempdir(), "ppf-redteam4b-tmp")

DEADLINES = ["2010-04", "2010-10", "2011-04"]
DL_LONG = {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}
DL_SHORT = {"2010-04": "Apr 2010", "2010-10": "Oct 2010", "2011-04": "Apr 2011"}
DL_XL = {"2010-04": "Apr-10", "2010-10": "Oct-10", "2011-04": "Apr-11"}

MTITLE = {
    1: "Effective partnerships with people using services, carers and other local citizens",
    2: "Self-directed support and personal budgets",
    3: "Prevention and cost effective services",
    4: "Information and advice",
    5: "Local commissioning",
}
DELIV = {
    (1, "2010-04"): "A communication made to the public and all local stakeholders about the "
                    "transformation agenda; users and carers involved and regularly consulted "
                    "about the council's plans.",
    (1, "2010-10"): "Local service users understand the changes to personal budgets and many are "
                    "contributing to the development of local practice.",
    (1, "2011-04"): "At least one user-led organisation directly contributing to the transformation "
                    "to personal budgets (by December 2010).",
    (2, "2010-04"): "Personal budgets introduced and being used by existing or new service "
                    "users/carers.",
    (2, "2010-10"): "All new service users/carers with assessed need for ongoing support, and all "
                    "whose care plans are reviewed, are offered a personal budget.",
    (2, "2011-04"): "At least 30% of eligible service users/carers have a personal budget.",
    (3, "2010-04"): "A clear strategy, jointly with health, to shift investment from reactive "
                    "provision towards prevention and enablement for 2010/11, with risk and "
                    "benefit sharing agreed.",
    (3, "2010-10"): "Processes in place to monitor across the whole system the impact of the "
                    "shift in investment towards preventative and enabling services.",
    (3, "2011-04"): "Evidence that cashable savings have been released by preventative "
                    "strategies, with a minimum of 3% cashable savings overall.",
    (4, "2010-04"): "A strategy in place to create universal information and advice services.",
    (4, "2010-10"): "Arrangements in place for universal access to information and advice.",
    (4, "2011-04"): "The public are informed about where to get the best information and advice "
                    "about their care and support needs.",
    (5, "2010-04"): "Commissioning strategies with the PCT that address future local needs, "
                    "developed with all stakeholders and informed by the JSNA.",
    (5, "2010-10"): "Providers and third sector clear how to respond to people using personal "
                    "budgets; a wider range of service choice; clear investment plans.",
    (5, "2011-04"): "Stakeholders clear on the impact of individual purchasing on the "
                    "procurement of councils and PCTs.",
}

SHORT_DELIV = {
    (1, "2010-04"): "Communication to public and stakeholders; users and carers consulted",
    (1, "2010-10"): "Service users understand personal budgets and shape local practice",
    (1, "2011-04"): "User-led organisation contributing to transformation",
    (2, "2010-04"): "Personal budgets introduced",
    (2, "2010-10"): "All new and reviewed clients offered a personal budget",
    (2, "2011-04"): "30% of eligible people have a personal budget",
    (3, "2010-04"): "Joint prevention strategy with health",
    (3, "2010-10"): "Whole-system monitoring of shift to prevention",
    (3, "2011-04"): "Evidence of 3% cashable savings",
    (4, "2010-04"): "Universal information and advice strategy",
    (4, "2010-10"): "Universal access arrangements in place",
    (4, "2011-04"): "Public know where to get information and advice",
    (5, "2010-04"): "Joint commissioning strategies informed by JSNA",
    (5, "2010-10"): "Providers ready for personal budget holders; wider choice",
    (5, "2011-04"): "Stakeholders clear on impact of individual purchasing",
}


REQS = [
    ("engagement.service_users", "The full engagement of all service users."),
    ("engagement.staff", "The full engagement of all staff working to support the delivery of "
                         "care, which includes people working in the provider services and third "
                         "sector organisations."),
    ("engagement.health", "The full engagement of Primary Care Trusts and the wider health "
                          "community."),
    ("engagement.politicians", "The full engagement of local politicians."),
    ("engagement.council_partners", "The full engagement of all parts of local councils and of "
                                    "other key strategic partners."),
    ("engagement.regional_national", "The support of regional and national programmes."),
    ("arrangements.risk_management", "A system is in place which manages the risks associated "
                                     "with the transformation that includes both the risks for "
                                     "individuals and financial and other risks."),
    ("arrangements.business_models", "Clarity of the business models that will need to be "
                                     "adapted to support the transformation."),
    ("arrangements.financial_systems", "Financial systems which support the delivery of "
                                       "personal budgets."),
    ("arrangements.project_plan", "A local project plan for the delivery of the transformation "
                                  "with clear projections and targets to reach locally "
                                  "identified milestones."),
    ("arrangements.business_cases", "Business cases which track the new investments and "
                                    "disinvestments that will be required to support the "
                                    "change."),
    ("arrangements.workforce_strategy", "A workforce strategy that supports the transformation."),
]
REQ_TEXT = dict(REQS)
ENGAGEMENT = [r for r in REQS if r[0].startswith("engagement.")]
ARRANGEMENTS = [r for r in REQS if r[0].startswith("arrangements.")]

LIK_WORD = {"very_likely": "Very likely", "fairly_likely": "Fairly likely",
            "fairly_unlikely": "Fairly unlikely", "very_unlikely": "Very unlikely"}
LIKS = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
RATINGS = ["red", "amber_red", "amber_green", "green"]


def C(m, d, a=None, l=None, reason=None, when=None):
    return {"milestone": m, "deadline": d, "achieved": a, "likelihood": l,
            "reason_not_achieved": reason, "when_to_be_achieved": when}


def cellmap(cells):
    return {(c["milestone"], c["deadline"]): c for c in cells}


def write_gold(stem, council, period, completed, cells, ratings, answers=(), risks=(),
               facts=()):
    rec = {
        "schema": "ppf-return/1",
        "document": stem,
        "council": council,
        "period": period,
        "date_completed": completed,
        "milestones": [c for c in cells if c["achieved"] is not None
                       or c["likelihood"] is not None],
        "requirements": [{"requirement": k, "rating": v} for k, v in ratings.items()],
        "answers": list(answers),
        "risks": list(risks),
        "facts": list(facts),
    }
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, indent=2, ensure_ascii=False)
        f.write("\n")


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------------------------------
# reproducibility helpers

def pin_pdf(path, stamp="20110112090000"):
    """Overwrite CreationDate/ModDate digits and /ID hex in place (same length)."""
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        s = m.group(0)
        out = bytearray(s)
        start = s.index(b"D:") + 2
        i = 0
        for j in range(start, len(s)):
            ch = s[j:j + 1]
            if ch.isdigit():
                out[j] = ord(stamp[i]) if i < len(stamp) else ord("0")
                i += 1
        return bytes(out)

    data = re.sub(rb"/(?:CreationDate|ModDate)\s*\(D:[^)]*\)", fix_date, data)
    data = re.sub(rb"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>[^<]*<",
                  lambda m: re.sub(rb"\d", b"0", m.group(0)), data)

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"<[0-9A-Fa-f]+>",
                                   lambda h: b"<" + b"7" * (len(h.group(0)) - 2) + b">",
                                   m.group(0)), data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+",
                  lambda m: b"/DocChecksum /" + b"7" * (len(m.group(0)) - 14), data)
    with open(path, "wb") as f:
        f.write(data)


def pin_zip(path, dt=(2011, 1, 12, 9, 0, 0)):
    """Rewrite an OOXML zip with fixed member timestamps."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def soffice_convert(src, fmt, outdir):
    prof = "file://" + os.path.join(TMP, "lo-profile")
    cmd = ["soffice", "-env:UserInstallation=" + prof, "--headless", "--norestore",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def chromium_pdf(html_path, pdf_path):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--no-first-run",
           "--user-data-dir=" + os.path.join(TMP, "chrome-profile"),
           "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
           "--virtual-time-budget=5000",
           "--print-to-pdf=" + pdf_path, "file://" + html_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    if not os.path.exists(pdf_path):
        raise RuntimeError("chromium produced no pdf for " + html_path)


# =======================================================================================
# 1. Northumberland: openpyxl workbook -> LibreOffice Calc PDF, landscape, print titles

def doc1():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.formatting.rule import IconSetRule
    from openpyxl.worksheet.properties import PageSetupProperties
    from openpyxl.worksheet.pagebreak import Break
    import datetime

    stem = "rt4-b1-northumberland-calc-rag-workbook"
    cells = [
        C(1, "2010-04", "Y"), C(1, "2010-10", "Y"), C(1, "2011-04", None, "very_likely"),
        C(2, "2010-04", "Y"),
        C(2, "2010-10", "N", "fairly_likely",
          "Backlog of reviews in the learning disability teams meant not every reviewed "
          "client was offered a personal budget during the quarter.",
          "By end of March 2011"),
        C(2, "2011-04", None, "fairly_unlikely"),
        C(3, "2010-04", "Y"), C(3, "2010-10", "Y"), C(3, "2011-04", None, "fairly_likely"),
        C(4, "2010-04", "N", None,
          "Information and advice strategy held back pending the Care Trust restructure.",
          "Strategy approved by the Executive in June 2010"),
        C(4, "2010-10", "Y"), C(4, "2011-04", None, "very_likely"),
        C(5, "2010-04", "Y"),
        C(5, "2010-10", "N", "very_likely",
          "Market position statement still in draft with the provider forum.",
          "February 2011"),
        C(5, "2011-04", None, "fairly_likely"),
    ]
    previous = {  # decoy: last quarter's column (Sep-10 return)
        (1, "2010-04"): "Yes", (1, "2010-10"): "Very likely", (1, "2011-04"): "Fairly likely",
        (2, "2010-04"): "Yes", (2, "2010-10"): "Very likely", (2, "2011-04"): "Fairly likely",
        (3, "2010-04"): "Yes", (3, "2010-10"): "Fairly likely", (3, "2011-04"): "Fairly unlikely",
        (4, "2010-04"): "No", (4, "2010-10"): "Fairly likely", (4, "2011-04"): "Fairly likely",
        (5, "2010-04"): "Yes", (5, "2010-10"): "Fairly unlikely", (5, "2011-04"): "Very unlikely",
    }
    progress = {
        (1, "2010-04"): "Transformation launch events held in Hexham, Blyth, Alnwick and "
                        "Cramlington; leaflet sent to all current service users with their "
                        "annual statement.",
        (1, "2010-10"): "Service User and Carer Reference Group has co-produced the support "
                        "planning guide and the new review paperwork.",
        (1, "2011-04"): "Northumberland Independent Living Network constituted in November "
                        "2010 and now funded through a three-year grant agreement.",
        (2, "2010-04"): "Personal budgets available to all client groups since January 2010.",
        (2, "2010-10"): "All new clients offered a personal budget since September; reviews "
                        "in learning disability teams are behind schedule and a recovery plan "
                        "is in place.",
        (2, "2011-04"): "Trajectory shows the 30% milestone will be narrowly missed unless "
                        "the review recovery plan delivers in Quarter 4.",
        (3, "2010-04"): "Joint prevention and reablement strategy agreed with NHS North of "
                        "Tyne; risk share agreement signed by the Care Trust board.",
        (3, "2010-10"): "Whole-system dashboard reported monthly to the Joint Commissioning "
                        "Group, including delayed discharges and reablement outcomes.",
        (3, "2011-04"): "Reablement savings are being evidenced but the cashable element is "
                        "not yet confirmed by finance.",
        (4, "2010-04"): "Strategy was delayed by the Care Trust restructure and approved by "
                        "the Executive after the deadline.",
        (4, "2010-10"): "Information and advice hub launched at County Hall with the "
                        "Citizens Advice Bureau and Age UK Northumberland.",
        (4, "2011-04"): "Public information campaign and online directory go live in "
                        "February 2011.",
        (5, "2010-04"): "Joint commissioning strategy for older people and for people with "
                        "learning disabilities agreed with the PCT, informed by the JSNA.",
        (5, "2010-10"): "Provider forum has met three times; the market position statement "
                        "has been drafted but not yet published.",
        (5, "2011-04"): "Work with the Care Trust on the impact of self-funders and personal "
                        "budget holders on block contracts is under way.",
    }
    leads = {1: "Head of Partnerships", 2: "Personalisation Programme Manager",
             3: "Joint Commissioning Manager (Care Trust)", 4: "Customer Services Manager",
             5: "Head of Commissioning"}
    ratings = {
        "engagement.service_users": "green",
        "engagement.staff": "amber_green",
        "engagement.health": "amber_red",
        "engagement.politicians": "green",
        "engagement.council_partners": "amber_green",
        "engagement.regional_national": "green",
        "arrangements.risk_management": "amber_green",
        "arrangements.business_models": "amber_red",
        "arrangements.financial_systems": "red",
        "arrangements.project_plan": "green",
        "arrangements.business_cases": "amber_red",
        "arrangements.workforce_strategy": "amber_green",
    }
    prev_ratings = {
        "engagement.service_users": "amber_green",
        "engagement.staff": "amber_green",
        "engagement.health": "amber_green",
        "engagement.politicians": "green",
        "engagement.council_partners": "amber_red",
        "engagement.regional_national": "green",
        "arrangements.risk_management": "red",
        "arrangements.business_models": "amber_red",
        "arrangements.financial_systems": "amber_red",
        "arrangements.project_plan": "amber_green",
        "arrangements.business_cases": "red",
        "arrangements.workforce_strategy": "green",
    }
    commentary = {
        "engagement.service_users": "Service User and Carer Reference Group meets monthly and "
                                    "co-chairs the programme board.",
        "engagement.staff": "Briefings delivered to all care management teams; provider "
                            "workshops continue.",
        "engagement.health": "Care Trust restructure and PCT commissioning changes have slowed "
                             "joint decisions.",
        "engagement.politicians": "Executive member briefed monthly.",
        "engagement.council_partners": "Housing and leisure now represented on the board.",
        "engagement.regional_national": "North East JIP and Regional Efficiency Programme "
                                        "support in place.",
        "arrangements.risk_management": "Positive risk-taking policy agreed by Safeguarding "
                                        "Board in November 2010.",
        "arrangements.business_models": "In-house provider services review not concluded.",
        "arrangements.financial_systems": "Payment card pilot suspended; SWIFT/ContrOCC "
                                          "interface still manual.",
        "arrangements.project_plan": "Programme plan re-baselined October 2010.",
        "arrangements.business_cases": "Day services business case drafted; others outstanding.",
        "arrangements.workforce_strategy": "Workforce plan agreed; training roll-out under way.",
    }
    trend = {}
    for k in ratings:
        trend[k] = RATINGS.index(ratings[k]) - RATINGS.index(prev_ratings[k])
        trend[k] = max(-1, min(1, trend[k]))

    RAG_FILL = {"red": ("C00000", "FFFFFF"), "amber_red": ("F79646", "000000"),
                "amber_green": ("D8E4BC", "000000"), "green": ("00B050", "FFFFFF")}
    RAG_WORD = {"red": "Red", "amber_red": "Amber-Red", "amber_green": "Amber-Green",
                "green": "Green"}
    LIK_FILL = {"Very likely": "00B050", "Fairly likely": "D8E4BC",
                "Fairly unlikely": "F79646", "Very unlikely": "C00000"}

    import math

    def fit_height(ws_, row, widths_, size=9.0):
        lines = 1
        for i, w in enumerate(widths_, start=1):
            v = ws_.cell(row=row, column=i).value
            if v is None:
                continue
            per = max(1, int(w * 1.3 * 9.0 / size))
            n = sum(max(1, math.ceil(len(part) / per)) for part in str(v).split("\n"))
            lines = max(lines, n)
        ws_.row_dimensions[row].height = round(lines * (size + 2.6) + 5, 1)

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
    hdr_fill = PatternFill("solid", fgColor="1F497D")
    hdr_font = Font(bold=True, color="FFFFFF", name="Arial", size=9)
    body_font = Font(name="Arial", size=9)

    wb = Workbook()
    wb.properties.creator = "Performance and Information Team"
    wb.properties.title = "PPF milestone return Q3 2010-11"
    wb.properties.created = datetime.datetime(2011, 1, 12, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2011, 1, 12, 9, 0, 0)
    wb.properties.lastModifiedBy = "Performance and Information Team"

    ws = wb.active
    ws.title = "Milestones"
    ws["A1"] = "Northumberland County Council - Adult Social Care"
    ws["A1"].font = Font(bold=True, size=14, name="Arial")
    ws["A2"] = ("Putting People First milestones: quarterly return to the North East Joint "
                "Improvement Partnership - Quarter 3 2010/11 (position at 31 December 2010)")
    ws["A2"].font = Font(bold=True, size=11, name="Arial")
    ws["A3"] = ("Return completed: 12/01/2011.  Note: at 31 December 2010, 1,460 people were "
                "receiving a personal budget, 17.9% of eligible adults receiving community-based "
                "services (the national milestone for April 2011 is 30%).")
    ws["A3"].font = Font(italic=True, size=9, name="Arial")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.row_dimensions[3].height = 26
    ws["A3"].alignment = wrap
    headers = ["Ref", "Milestone", "Deadline", "Deliverable (what good looks like)",
               "Achieved by deadline?", "Reason if not achieved", "When to be achieved",
               "Likelihood of achievement", "Progress this quarter",
               "Sep-10 return (previous)"]
    widths = [4, 18, 7, 34, 10, 24, 14, 12, 32, 11]
    HR = 5
    for i, (h, w) in enumerate(zip(headers, widths), start=1):
        c = ws.cell(row=HR, column=i, value=h)
        c.fill = hdr_fill
        c.font = hdr_font
        c.alignment = centre
        c.border = border
        ws.column_dimensions[c.column_letter].width = w
    ws.cell(row=4, column=1, value="Milestone return").font = Font(bold=True, name="Arial",
                                                                   size=10)
    cm = cellmap(cells)
    r = HR + 1
    for m in range(1, 6):
        for j, d in enumerate(DEADLINES):
            c = cm[(m, d)]
            ach = {"Y": "Yes", "N": "No", None: "Not yet due"}[c["achieved"]]
            if c["achieved"] == "Y":
                lik = "n/a"
            else:
                lik = LIK_WORD[c["likelihood"]] if c["likelihood"] else "-"
            vals = ["%d%s" % (m, "abc"[j]), MTITLE[m] if j == 0 else "", DL_XL[d],
                    DELIV[(m, d)], ach, c["reason_not_achieved"] or "",
                    c["when_to_be_achieved"] or "", lik, progress[(m, d)],
                    previous[(m, d)]]
            for i, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=i, value=v)
                cell.font = body_font
                cell.border = border
                cell.alignment = centre if i in (1, 3, 5, 8, 10) else wrap
            lc = ws.cell(row=r, column=8)
            if lik in LIK_FILL:
                lc.fill = PatternFill("solid", fgColor=LIK_FILL[lik])
                lc.font = Font(name="Arial", size=9, bold=True,
                               color="FFFFFF" if lik in ("Very likely", "Very unlikely")
                               else "000000")
            ac = ws.cell(row=r, column=5)
            if ach == "Yes":
                ac.fill = PatternFill("solid", fgColor="00B050")
                ac.font = Font(name="Arial", size=9, color="FFFFFF", bold=True)
            elif ach == "No":
                ac.fill = PatternFill("solid", fgColor="C00000")
                ac.font = Font(name="Arial", size=9, color="FFFFFF", bold=True)
            # previous column in grey italic
            ws.cell(row=r, column=10).font = Font(name="Arial", size=9, italic=True,
                                                  color="595959")
            fit_height(ws, r, widths)
            if (m, d) == (3, "2011-04"):
                ws.row_breaks.append(Break(id=r))  # manual page break after milestone 3
            r += 1
    ws.cell(row=r + 1, column=1,
            value="Likelihood key: Very likely (dark green), Fairly likely (light green), "
                  "Fairly unlikely (amber), Very unlikely (red). 'Sep-10 return' shows the "
                  "position reported last quarter and is for comparison only.").font = \
        Font(italic=True, size=8, name="Arial")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    ws.row_dimensions[HR].height = 26
    ws.print_title_rows = "%d:%d" % (HR, HR)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = 64
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.85
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddHeader.right.text = "Northumberland CC - PPF return Q3 2010/11"
    ws.freeze_panes = "A%d" % (HR + 1)

    ws2 = wb.create_sheet("Underpinning")
    ws2["A1"] = "Underpinning requirements - RAG self-assessment"
    ws2["A1"].font = Font(bold=True, size=13, name="Arial")
    ws2["A2"] = ("Current RAG is the assessment at 31 December 2010. Previous RAG is the "
                 "Quarter 2 assessment (30 September 2010). Trend compares the two.")
    ws2["A2"].font = Font(italic=True, size=9, name="Arial")
    ws2.merge_cells("A1:G1")
    ws2.merge_cells("A2:G2")
    h2 = ["Ref", "Area", "Requirement", "Previous RAG (Sep-10)", "Current RAG (Dec-10)",
          "Trend", "Commentary"]
    w2 = [6, 16, 60, 13, 13, 8, 52]
    for i, (h, w) in enumerate(zip(h2, w2), start=1):
        c = ws2.cell(row=4, column=i, value=h)
        c.fill = hdr_fill
        c.font = hdr_font
        c.alignment = centre
        c.border = border
        ws2.column_dimensions[c.column_letter].width = w
    r = 5
    for n, (k, text) in enumerate(REQS, start=1):
        area = ("Stakeholder engagement" if k.startswith("engagement.")
                else "Key arrangements")
        vals = ["U%d" % n, area, text, RAG_WORD[prev_ratings[k]], RAG_WORD[ratings[k]],
                trend[k], commentary[k]]
        for i, v in enumerate(vals, start=1):
            cell = ws2.cell(row=r, column=i, value=v)
            cell.font = body_font
            cell.border = border
            cell.alignment = centre if i in (1, 4, 5, 6) else wrap
        pc = ws2.cell(row=r, column=4)
        pc.font = Font(name="Arial", size=9, italic=True, color="595959")
        cc = ws2.cell(row=r, column=5)
        fill, fg = RAG_FILL[ratings[k]]
        cc.fill = PatternFill("solid", fgColor=fill)
        cc.font = Font(name="Arial", size=9, bold=True, color=fg)
        fit_height(ws2, r, w2)
        r += 1
    ws2.conditional_formatting.add(
        "F5:F%d" % (r - 1),
        IconSetRule("3Arrows", "num", [-1, 0, 1], showValue=False))
    ws2.row_dimensions[4].height = 26
    ws2.print_title_rows = "4:4"
    ws2.page_setup.orientation = "landscape"
    ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws2.page_setup.fitToWidth = 1
    ws2.page_setup.fitToHeight = 1
    ws2.oddFooter.center.text = "Page &P of &N"
    ws2.oddHeader.right.text = "Northumberland CC - PPF return Q3 2010/11"

    xlsx = os.path.join(TMP, stem + ".xlsx")
    wb.save(xlsx)
    pin_zip(xlsx)
    soffice_convert(xlsx, "pdf", TMP)
    out = os.path.join(DOCS, stem + ".pdf")
    shutil.move(os.path.join(TMP, stem + ".pdf"), out)
    pin_pdf(out, "20110112090000")
    facts = [
        {"kind": "people_with_personal_budget", "value": 1460,
         "text": "at 31 December 2010, 1,460 people were receiving a personal budget"},
        {"kind": "percent_with_personal_budget", "value": 17.9,
         "text": "17.9% of eligible adults receiving community-based services"},
    ]
    write_gold(stem, "Northumberland", "2010-12", "2011-01-12", cells, ratings, facts=facts)
    return stem, ("Calc PDF of an openpyxl workbook, landscape, milestone sheet over two pages "
                  "with repeated header (print titles); achieved/likelihood words in filled "
                  "cells; ratings as Red/Amber-Red/Amber-Green/Green words in coloured cells "
                  "beside a decoy 'Previous RAG' column and a decoy 'Sep-10 return' column; "
                  "icon-set trend arrows")


# =======================================================================================
# 2. Rochdale: reportlab, unruled column-aligned table, filled squares as rect paths

def doc2():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    Flowable, KeepTogether)

    stem = "rt4-b2-rochdale-unruled-squares"
    cells = [
        C(1, "2010-04", "Y"), C(1, "2010-10", None, "very_likely"),
        C(1, "2011-04", None, "fairly_likely"),
        C(2, "2010-04", "Y"), C(2, "2010-10", None, "fairly_likely"),
        C(2, "2011-04", None, "fairly_unlikely"),
        C(3, "2010-04", "N", "fairly_likely",
          "Joint prevention strategy with NHS Heywood, Middleton and Rochdale awaits PCT "
          "board sign-off.", "September 2010"),
        C(3, "2010-10", None, "fairly_unlikely"), C(3, "2011-04", None, "very_unlikely"),
        C(4, "2010-04", "Y"), C(4, "2010-10", None, "very_likely"),
        C(4, "2011-04", None, "very_likely"),
        C(5, "2010-04", "Y"), C(5, "2010-10", None, "fairly_likely"),
        # (5, 2011-04) left unassessed on the page
    ]
    ratings = {
        "engagement.service_users": "amber_green",
        "engagement.staff": "amber_green",
        "engagement.health": "amber_red",
        "engagement.politicians": "green",
        "engagement.council_partners": "amber_green",
        "engagement.regional_national": "green",
        "arrangements.risk_management": "amber_red",
        "arrangements.business_models": "amber_red",
        "arrangements.financial_systems": "red",
        "arrangements.project_plan": "amber_green",
        "arrangements.business_cases": "red",
        "arrangements.workforce_strategy": "amber_red",
    }

    class Sq(Flowable):
        """A small filled square drawn as a rectangle path."""
        def __init__(self, size=2.6 * mm):
            super().__init__()
            self.size = size
            self.width = size
            self.height = size

        def draw(self):
            c = self.canv
            c.setFillColorRGB(0.1, 0.1, 0.1)
            p = c.beginPath()
            p.rect(0, 0, self.size, self.size)
            c.drawPath(p, stroke=0, fill=1)

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10)
    note = ParagraphStyle("n", parent=base, fontName="Helvetica-Oblique", fontSize=8,
                          leading=10, textColor="#333333")
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=16)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10.5,
                        leading=14, spaceBefore=6)
    bold = ParagraphStyle("bo", parent=base, fontName="Helvetica-Bold", fontSize=9,
                          leading=11)
    hdr = ParagraphStyle("hd", parent=base, fontName="Helvetica-Bold", fontSize=8,
                         leading=9.5, alignment=1)

    story = []
    story.append(Paragraph("Rochdale Metropolitan Borough Council", small))
    story.append(Paragraph("Cabinet &nbsp; 27 July 2010 &nbsp; Item 9", small))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Appendix B &ndash; Putting People First: milestone "
                           "self-assessment, Quarter 1 2010/11", h1))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(
        "This appendix reproduces the return made by Adult Care Services for the position "
        "at 30 June 2010. The return was completed on 9 July 2010 and submitted to the North "
        "West Joint Improvement Partnership. The April 2010 deliverables are shown as "
        "achieved or not achieved; for later deadlines the service has indicated how likely "
        "it is that the milestone will be met by the date shown.", base))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("Key: a filled square marks the option selected. Ach. = achieved; "
                           "Not ach. = not achieved; V. = very; F. = fairly.", note))
    story.append(Spacer(1, 3 * mm))

    cm = cellmap(cells)
    opts = ["A", "N"] + LIKS
    heads = ["Ach.", "Not ach.", "V. likely", "F. likely", "F. unlikely", "V. unlikely"]
    data = [[Paragraph("", hdr), Paragraph("Due", hdr)] + [Paragraph(h, hdr) for h in heads]]
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (2, 0), (-1, -1), "CENTER"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for m in range(1, 6):
        row = len(data)
        data.append([Paragraph("%d&nbsp;&nbsp;%s" % (m, MTITLE[m]), bold)] + [""] * 7)
        style.append(("SPAN", (0, row), (-1, row)))
        style.append(("TOPPADDING", (0, row), (-1, row), 7))
        for d in DEADLINES:
            c = cm.get((m, d))
            marks = set()
            if c:
                if c["achieved"] == "Y":
                    marks.add("A")
                if c["achieved"] == "N":
                    marks.add("N")
                if c["likelihood"]:
                    marks.add(c["likelihood"])
            label = Paragraph(DELIV[(m, d)], small)
            if not c:
                label = [label, Paragraph("Not assessed this quarter &ndash; depends on the "
                                          "outcome of the Market Position Statement work.",
                                          note)]
            data.append([label, Paragraph(DL_SHORT[d], small)] +
                        [Sq() if o in marks else "" for o in opts])
            if c and (c["reason_not_achieved"] or c["when_to_be_achieved"]):
                r2 = len(data)
                data.append([Paragraph("Reason not achieved: %s&nbsp; To be achieved by: %s"
                                       % (c["reason_not_achieved"], c["when_to_be_achieved"]),
                                       note)] + [""] * 7)
                style.append(("SPAN", (0, r2), (-1, r2)))
    widths = [78 * mm, 16 * mm] + [13.5 * mm] * 6
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)

    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph("Underpinning requirements", h2))
    story.append(Paragraph("Red, amber/red, amber/green or green self-assessment against each "
                           "requirement.", note))
    story.append(Spacer(1, 1.5 * mm))
    rdata = [[Paragraph("", hdr)] + [Paragraph(h, hdr) for h in ["R", "A/R", "A/G", "G"]]]
    rstyle = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for title, group in (("Are all stakeholders fully engaged and supportive?", ENGAGEMENT),
                         ("Are the key arrangements resolved and in place?", ARRANGEMENTS)):
        row = len(rdata)
        rdata.append([Paragraph(title, bold), "", "", "", ""])
        rstyle.append(("SPAN", (0, row), (-1, row)))
        rstyle.append(("TOPPADDING", (0, row), (-1, row), 6))
        for k, text in group:
            rdata.append([Paragraph(text, small)] +
                         [Sq() if ratings[k] == rr else "" for rr in RATINGS])
    rt = Table(rdata, colWidths=[120 * mm] + [14 * mm] * 4, repeatRows=1)
    rt.setStyle(TableStyle(rstyle))
    story.append(rt)

    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("Extract from the Transformation programme risk log (June 2010)",
                           h2))
    risk = [["Risk", "Likelihood (1-5)", "Impact (1-5)", "Score", "Owner"],
            ["Financial systems not ready for personal budgets at scale", "4", "4", "16",
             "Head of Finance (Adults)"],
            ["PCT reorganisation delays joint prevention investment", "3", "4", "12",
             "Director of Adult Care"],
            ["Provider market slow to respond to individual purchasers", "3", "3", "9",
             "Commissioning Manager"]]
    risk = [[Paragraph(x, bold if i == 0 else small) for x in r] for i, r in enumerate(risk)]
    rk = Table(risk, colWidths=[80 * mm, 24 * mm, 22 * mm, 14 * mm, 36 * mm])
    rk.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(rk)
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Contact: Adult Care Services Performance Team, Number One "
                           "Riverside, Rochdale.", note))

    out = os.path.join(DOCS, stem + ".pdf")

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(18 * mm, 10 * mm, "Cabinet 27 July 2010 - Appendix B")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, "Page %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title="Cabinet 27 July 2010 Appendix B", author="Adult Care",
                            invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    write_gold(stem, "Rochdale", "2010-06", "2010-07-09", cells, ratings)
    return stem, ("reportlab PDF, unruled column-aligned table with no lines; one column per "
                  "option under abbreviated headers (Ach., Not ach., V. likely ...); choice "
                  "shown only by a small filled square drawn as a rectangle path; key square "
                  "and a risk-log Likelihood column as decoys")


# =======================================================================================
# 3. Bracknell Forest: HTML cards, toggle buttons, star ratings with key

def doc3():
    stem = "rt4-b3-bracknell-forest-html-cards"
    cells = [
        C(1, "2010-04", "Y"), C(1, "2010-10", None, "very_likely"),
        C(1, "2011-04", None, "fairly_likely"),
        C(2, "2010-04", "Y"), C(2, "2010-10", None, "fairly_likely"),
        C(2, "2011-04", None, "fairly_unlikely"),
        C(3, "2010-04", "N", "very_likely",
          "The joint prevention strategy with NHS Berkshire East was not signed off by the "
          "PCT board until July 2010.", "October 2010"),
        C(3, "2010-10", None, "fairly_likely"), C(3, "2011-04", None, "fairly_unlikely"),
        C(4, "2010-04", "Y"), C(4, "2010-10", "Y"), C(4, "2011-04", None, "very_likely"),
        C(5, "2010-04", "N", "fairly_likely",
          "The older people's joint commissioning strategy is still out to consultation.",
          "December 2010"),
        C(5, "2010-10", None, "very_unlikely"), C(5, "2011-04", None, "fairly_unlikely"),
    ]
    ratings = {
        "engagement.service_users": "green",
        "engagement.staff": "amber_green",
        "engagement.health": "amber_green",
        "engagement.politicians": "green",
        "engagement.council_partners": "amber_red",
        "engagement.regional_national": "amber_green",
        "arrangements.risk_management": "amber_green",
        "arrangements.business_models": "amber_red",
        "arrangements.financial_systems": "amber_green",
        "arrangements.project_plan": "green",
        "arrangements.business_cases": "amber_red",
        "arrangements.workforce_strategy": "red",
    }
    answers = [
        {"milestone": 1, "question": "Does our Authority have plans in place to meet the DH "
                                     "target of a User Led Organisation (ULO) in place by the "
                                     "end of 2010?",
         "answer": "Yes. The Bracknell Forest Disability Forum has been funded to become a "
                   "user-led organisation and is registering as a charity this autumn."},
        {"milestone": 2, "question": "What could prevent us from achieving this milestone?",
         "answer": "The pace of reviews: many reviews are outstanding and each takes "
                   "longer under self-directed support."},
        {"milestone": 3, "question": "What external support would help?",
         "answer": "Help from the South East JIP to model savings from reablement."},
        {"milestone": 5, "question": "What are we planning to do next?",
         "answer": "Publish the joint commissioning strategy for older people and hold a "
                   "provider event in November."},
    ]
    stars = {"very_likely": 4, "fairly_likely": 3, "fairly_unlikely": 2, "very_unlikely": 1}
    cm = cellmap(cells)
    ans_by_m = {}
    for a in answers:
        ans_by_m.setdefault(a["milestone"], []).append(a)

    def toggle(label, value):
        out = ['<div class="toggle" role="group" aria-label="%s"><span class="tlabel">%s'
               '</span>' % (esc(label), esc(label))]
        for opt in ("Yes", "No"):
            pressed = "true" if value == opt else "false"
            out.append('<button type="button" class="tbtn" aria-pressed="%s" disabled>%s'
                       '</button>' % (pressed, opt))
        out.append("</div>")
        return "".join(out)

    def starbox(label, lik):
        n = stars[lik]
        s = "".join('<span class="star on">&#9733;</span>' for _ in range(n))
        s += "".join('<span class="star off">&#9734;</span>' for _ in range(4 - n))
        return ('<div class="rating"><span class="tlabel">%s</span>'
                '<span class="stars" role="img" aria-label="%d out of 4 stars">%s</span></div>'
                % (esc(label), n, s))

    cards = []
    for m in range(1, 6):
        parts = ['<div class="card" id="m%d">' % m,
                 '<div class="card-head"><span class="mno">Milestone %d</span>'
                 '<h2>%s</h2></div>' % (m, esc(MTITLE[m])), '<div class="deadlines">']
        for d in DEADLINES:
            c = cm[(m, d)]
            parts.append('<div class="dl"><h3>%s</h3><p class="deliv">%s</p>'
                         % (DL_LONG[d], esc(DELIV[(m, d)])))
            if d == "2010-04" or c["achieved"]:
                parts.append(toggle("Achieved?", {"Y": "Yes", "N": "No"}.get(c["achieved"])))
            if c["achieved"] == "N":
                parts.append('<p class="why"><strong>Reason not achieved:</strong> %s</p>'
                             '<p class="why"><strong>When it will be achieved:</strong> %s</p>'
                             % (esc(c["reason_not_achieved"]),
                                esc(c["when_to_be_achieved"])))
            if c["likelihood"]:
                parts.append(starbox("How likely by this date?" if c["achieved"] is None
                                     else "How likely by the new date?", c["likelihood"]))
            elif c["achieved"] == "Y" and d != "2010-04":
                parts.append('<p class="early">Achieved ahead of the deadline.</p>')
            parts.append("</div>")
        parts.append("</div>")
        if m in ans_by_m:
            parts.append('<div class="qa"><h4>Key questions</h4><dl>')
            for a in ans_by_m[m]:
                parts.append("<dt>%s</dt><dd>%s</dd>" % (esc(a["question"]),
                                                          esc(a["answer"])))
            parts.append("</dl></div>")
        parts.append("</div>")
        cards.append("\n".join(parts))

    req_cards = []
    RW = [("red", "Red"), ("amber_red", "Amber/Red"), ("amber_green", "Amber/Green"),
          ("green", "Green")]
    for title, group in (("Stakeholder engagement", ENGAGEMENT),
                         ("Key arrangements", ARRANGEMENTS)):
        rows = ['<div class="card req"><div class="card-head"><h2>Underpinning requirements: '
                '%s</h2></div>' % title]
        for k, text in group:
            btns = "".join('<button type="button" class="rag %s" aria-pressed="%s" disabled>'
                           '%s</button>' % (code, "true" if ratings[k] == code else "false",
                                            word) for code, word in RW)
            rows.append('<div class="reqrow"><p>%s</p><div class="ragset" role="group" '
                        'aria-label="RAG rating">%s</div></div>' % (esc(text), btns))
        rows.append("</div>")
        req_cards.append("\n".join(rows))

    page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Putting People First - our progress | Bracknell Forest Council</title>
<meta name="description" content="Bracknell Forest Council's self-assessment against the Putting People First milestones, September 2010.">
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#eef1f4;color:#222}
#masthead{background:#00524c;color:#fff;padding:12px 24px}
#masthead a{color:#fff}
.crumbs{font-size:12px;padding:6px 24px;background:#dfe7e6}
main{max-width:980px;margin:0 auto;padding:12px 24px}
.card{background:#fff;border:1px solid #c9d1d6;border-radius:6px;margin:18px 0;padding:0 0 10px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card-head{background:#f4f7f8;border-bottom:1px solid #c9d1d6;padding:8px 14px}
.card-head h2{font-size:17px;margin:2px 0}
.mno{font-size:12px;color:#55626b;text-transform:uppercase;letter-spacing:.05em}
.deadlines{display:flex;gap:12px;padding:10px 14px}
.dl{flex:1;border:1px solid #e1e5e8;border-radius:4px;padding:6px 10px}
.dl h3{font-size:15px;margin:4px 0;color:#00524c}
.deliv{font-size:12px;color:#444;min-height:48px}
.toggle,.rating{margin:6px 0;font-size:13px}
.tlabel{display:block;font-weight:bold;margin-bottom:3px}
.tbtn{font-size:13px;padding:3px 14px;border:1px solid #7b8a93;background:#fff;color:#333;border-radius:3px;margin-right:4px}
.tbtn[aria-pressed="true"]{background:#00524c;color:#fff;border-color:#00524c;font-weight:bold}
.stars .star{font-size:20px;line-height:20px}
.star.on{color:#e0a100}.star.off{color:#9aa4aa}
.why{font-size:12px;margin:4px 0}
.early{font-size:12px;font-style:italic}
.qa{padding:0 14px;font-size:13px}.qa h4{margin:6px 0}.qa dt{font-weight:bold;margin-top:4px}.qa dd{margin:2px 0 6px 16px}
.key{background:#fff;border-left:4px solid #00524c;padding:8px 14px;font-size:13px}
.key table{border-collapse:collapse}.key td{padding:2px 10px 2px 0}
.reqrow{display:flex;align-items:center;justify-content:space-between;padding:6px 14px;border-bottom:1px solid #eef0f2}
.reqrow p{margin:0;font-size:13px;max-width:560px}
.rag{font-size:12px;padding:3px 8px;border:1px solid #aab;background:#fff;color:#555;margin-left:3px;border-radius:3px}
.rag[aria-pressed="true"].red{background:#c00000;color:#fff;font-weight:bold}
.rag[aria-pressed="true"].amber_red{background:#f08c00;color:#000;font-weight:bold}
.rag[aria-pressed="true"].amber_green{background:#b6d25b;color:#000;font-weight:bold}
.rag[aria-pressed="true"].green{background:#1e8a3c;color:#fff;font-weight:bold}
.feedback{font-size:13px;margin:24px 0;padding:10px 14px;background:#fff;border:1px dashed #aab}
.feedback .star{font-size:18px;color:#9aa4aa}
footer{font-size:12px;padding:14px 24px;background:#00524c;color:#fff}
</style>
</head>
<body>
<div id="masthead"><a href="/">Bracknell Forest Council</a> &nbsp;|&nbsp; Adult social care and health</div>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/adultsocialcare">Adult social care</a> &gt; <a href="/transformation">Transforming adult social care</a> &gt; Putting People First progress</div>
<main>
<h1>Putting People First: our progress</h1>
<p>Every council in England reports to the Department of Health, through the regional Joint Improvement Partnership, on how it is doing against the five Putting People First milestones. This page shows Bracknell Forest Council's self-assessment for the quarter ending <strong>30 September 2010</strong>. The return was completed and signed off by the Director of Adult Social Care, Health and Housing on <strong>8 October 2010</strong>.</p>
<p>For the April 2010 deadline we show whether the milestone was achieved. For later deadlines we show how likely we think it is that we will get there in time.</p>
<div class="key" id="key"><strong>Key to the star ratings</strong>
<table>
<tr><td><span class="star on" style="color:#e0a100">&#9733;&#9733;&#9733;&#9733;</span></td><td>Very likely</td></tr>
<tr><td><span style="color:#e0a100">&#9733;&#9733;&#9733;</span><span style="color:#9aa4aa">&#9734;</span></td><td>Fairly likely</td></tr>
<tr><td><span style="color:#e0a100">&#9733;&#9733;</span><span style="color:#9aa4aa">&#9734;&#9734;</span></td><td>Fairly unlikely</td></tr>
<tr><td><span style="color:#e0a100">&#9733;</span><span style="color:#9aa4aa">&#9734;&#9734;&#9734;</span></td><td>Very unlikely</td></tr>
</table></div>
%CARDS%
<h2>How ready are we?</h2>
<p>Alongside the milestones, councils rate the underpinning requirements for transformation as red, amber/red, amber/green or green. The highlighted button shows our rating.</p>
%REQS%
<div class="feedback">Was this page useful? Rate it:
<span class="star">&#9734;</span><span class="star">&#9734;</span><span class="star">&#9734;</span><span class="star">&#9734;</span><span class="star">&#9734;</span>
&nbsp; <button type="button">Yes</button> <button type="button">No</button></div>
<p style="font-size:12px">Page last updated: 12 October 2010</p>
</main>
<footer>Bracknell Forest Council, Easthampstead House, Town Square, Bracknell RG12 1AQ</footer>
</body>
</html>
"""
    page = page.replace("%CARDS%", "\n".join(cards)).replace("%REQS%", "\n".join(req_cards))
    with open(os.path.join(DOCS, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    write_gold(stem, "Bracknell Forest", "2010-09", "2010-10-08", cells, ratings,
               answers=answers)
    return stem, ("HTML page of <div> cards, one per milestone, deadlines as <h3> headings; "
                  "achieved shown by Yes/No toggle buttons with aria-pressed and CSS only; "
                  "likelihood as 1-4 filled stars read through a key; ratings as pressed "
                  "buttons; page-feedback stars and Yes/No buttons as decoys")


# =======================================================================================
# docx helpers

def docx_base():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def docx_finish(d, path, author, when):
    import datetime
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    d.save(path)
    pin_zip(path, (when.year, when.month, when.day, 9, 0, 0))


def set_widths(table, widths_cm):
    from docx.shared import Cm
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def shade(cell, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


# =======================================================================================
# 4. Wokingham: docx with a multilevel auto-numbered list (1. / 1.1)

def doc4():
    import datetime
    from docx.shared import Pt, Cm
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn, nsdecls
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    stem = "rt4-b4-wokingham-docx-numbered-list"
    cells = [
        C(1, "2010-04", "Y"), C(1, "2010-10", "Y"), C(1, "2011-04", None, "very_likely"),
        C(2, "2010-04", "Y"),
        C(2, "2010-10", "N", "fairly_likely"),
        C(2, "2011-04", None, "fairly_unlikely"),
        C(3, "2010-04", "N"),
        C(3, "2010-10", "Y"), C(3, "2011-04", None, "fairly_likely"),
        C(4, "2010-04", "Y"),
        C(4, "2010-10", "N"),
        C(4, "2011-04", None, "very_likely"),
        C(5, "2010-04", "Y"),
        C(5, "2010-10", "N", "fairly_likely"),
        C(5, "2011-04", None, "very_unlikely"),
    ]
    lines = {
        (1, "2010-04"): "April 2010 \u2014 Achieved",
        (1, "2010-10"): "October 2010 \u2014 Met",
        (1, "2011-04"): "April 2011 \u2014 Very likely: the Wokingham user-led organisation "
                        "is constituted and will hold its launch event in April.",
        (2, "2010-04"): "April 2010 \u2014 Completed (first personal budgets issued in "
                        "November 2009)",
        (2, "2010-10"): "October 2010 \u2014 Not achieved; not every reviewed client has yet "
                        "been offered a personal budget, and we now think it fairly likely by "
                        "June 2011",
        (2, "2011-04"): "April 2011 \u2014 Fairly unlikely: 27% of eligible people had a "
                        "personal budget at the end of February 2011, against the 30% "
                        "milestone",
        (3, "2010-04"): "April 2010 \u2014 Partly met: not achieved in full, because the "
                        "joint strategy was not agreed with NHS Berkshire West until "
                        "September 2010",
        (3, "2010-10"): "October 2010 \u2014 Met",
        (3, "2011-04"): "April 2011 \u2014 Fairly likely; reablement savings are being "
                        "evidenced through the joint finance group",
        (4, "2010-04"): "April 2010 \u2014 Completed",
        (4, "2010-10"): "October 2010 \u2014 Slipped: not achieved by the deadline, because "
                        "the online care directory and the new contact centre script were "
                        "not live until January 2011",
        (4, "2011-04"): "April 2011 \u2014 Very likely",
        (5, "2010-04"): "April 2010 \u2014 Met",
        (5, "2010-10"): "October 2010 \u2014 Partly met, so not achieved: the market "
                        "position statement was delayed by the provider fee review. We "
                        "think it fairly likely by July 2011",
        (5, "2011-04"): "April 2011 \u2014 Very unlikely; the commissioning milestone is "
                        "now planned for autumn 2011",
    }
    ratings = {
        "engagement.service_users": "green",
        "engagement.staff": "green",
        "engagement.health": "amber_green",
        "engagement.politicians": "green",
        "engagement.council_partners": "amber_green",
        "engagement.regional_national": "green",
        "arrangements.risk_management": "amber_green",
        "arrangements.business_models": "amber_red",
        "arrangements.financial_systems": "amber_green",
        "arrangements.project_plan": "green",
        "arrangements.business_cases": "red",
        "arrangements.workforce_strategy": "amber_red",
    }
    RWORD = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green",
             "green": "Green"}

    d = docx_base()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)

    # numbering definition: level 0 "1.", level 1 "1.1"
    numbering = d.part.numbering_part.numbering_definitions._numbering
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="91">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % nsdecls("w"))
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="91"><w:abstractNumId w:val="91"/></w:num>'
                    % nsdecls("w"))
    numbering.append(num)

    def numbered(text, level, bold=False):
        p = d.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="91"/></w:numPr>'
                          % (nsdecls("w"), level))
        pPr.append(numPr)
        r = p.add_run(text)
        r.bold = bold
        p.paragraph_format.space_after = Pt(3)
        return p

    hp = d.add_paragraph()
    r = hp.add_run("WOKINGHAM BOROUGH COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Individual Executive Member Decision \u2013 Executive Member for Health "
                    "and Wellbeing")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("TITLE", "Putting People First \u2013 final milestone return, March 2011"),
                 ("FOR CONSIDERATION BY", "Executive Member for Health and Wellbeing"),
                 ("ON", "21 April 2011"),
                 ("WARD", "None specific"),
                 ("DIRECTOR", "Strategic Director, Adult Social Care")]:
        row = t.add_row().cells
        row[0].text = a
        row[1].text = b
        row[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_heading("Outcome / benefits to the community", level=2)
    d.add_paragraph(
        "People who need care and support have more choice and control over how their needs "
        "are met, with better information and a wider range of local services.")
    d.add_heading("Recommendation", level=2)
    d.add_paragraph("That the Executive Member notes the Council's return against the Putting "
                    "People First milestones for the period to 31 March 2011.")
    d.add_heading("Summary of report", level=2)
    d.add_paragraph(
        "The Putting People First programme ends in April 2011. This is the last quarterly "
        "return to the South East Joint Improvement Partnership. It was completed by the "
        "Personalisation Programme Board on 6 April 2011 and reports the position at the end "
        "of March 2011. At the end of February 2011, 612 people had a personal budget, "
        "which is 27% of eligible people who use services. We expect the figure to reach "
        "about 700 by the end of June 2011.")
    d.add_paragraph(
        "Each milestone below is numbered, and each deadline is given with the status the "
        "Board agreed. \u2018Met\u2019, \u2018Completed\u2019 and \u2018Achieved\u2019 all "
        "mean the milestone was achieved by its deadline. Where a deadline was missed we "
        "say so and give our view of when it will be reached.")
    d.add_heading("Milestone return", level=2)
    for m in range(1, 6):
        numbered(MTITLE[m], 0, bold=True)
        for dd in DEADLINES:
            numbered(lines[(m, dd)], 1)
    d.add_paragraph()
    d.add_heading("Underpinning requirements", level=2)
    d.add_paragraph("The Board's rating of each underpinning requirement:")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Requirement"
    t.rows[0].cells[1].text = "Rating"
    for c in t.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for k, text in REQS:
        row = t.add_row().cells
        row[0].text = text
        row[1].text = RWORD[ratings[k]]
    set_widths(t, [12.5, 3.5])
    d.add_paragraph()
    d.add_heading("Programme risks", level=2)
    d.add_paragraph("Extract from the corporate risk register (for information; the "
                    "likelihood below is the likelihood of the risk occurring).")
    rt = d.add_table(rows=1, cols=4)
    rt.style = "Table Grid"
    for i, h in enumerate(["Risk", "Likelihood", "Impact", "Control"]):
        rt.rows[0].cells[i].text = h
        rt.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for rr in [("Reduction in the Council's grant settlement limits reablement investment",
                "Very likely", "High", "Savings plan agreed with NHS Berkshire West"),
               ("Provider market does not respond to individual purchasers", "Fairly likely",
                "Medium", "Market position statement and provider forum"),
               ("Personal budget holders' funds misused", "Unlikely", "Medium",
                "Audit of direct payment accounts")]:
        row = rt.add_row().cells
        for i, v in enumerate(rr):
            row[i].text = v
    set_widths(rt, [7, 2.6, 2, 4.8])
    d.add_paragraph()
    d.add_heading("Financial implications", level=2)
    d.add_paragraph("None arising directly from this report. The Social Care Reform Grant "
                    "ends on 31 March 2011.")
    d.add_paragraph("Contact: Personalisation Programme Manager, Shute End, Wokingham.")
    out = os.path.join(DOCS, stem + ".docx")
    docx_finish(d, out, "Adult Social Care", datetime.datetime(2011, 4, 11, 9, 0, 0))
    facts = [
        {"kind": "people_with_personal_budget", "value": 612,
         "text": "At the end of February 2011, 612 people had a personal budget"},
        {"kind": "percent_with_personal_budget", "value": 27,
         "text": "which is 27% of eligible people who use services"},
        {"kind": "people_with_personal_budget", "value": 700,
         "text": "We expect the figure to reach about 700 by the end of June 2011"},
    ]
    write_gold(stem, "Wokingham", "2011-03", "2011-04-06", cells, ratings, facts=facts)
    return stem, ("Word docx with a multilevel auto-numbered list (numbers 1. / 1.1 come from "
                  "numbering.xml, not the text), one line per deadline with status in varied "
                  "words (Achieved/Met/Completed/Partly met/Slipped/Not achieved) and "
                  "likelihood in prose; ratings in a separate two-column table; a risk table "
                  "with a Likelihood column as decoy")


# =======================================================================================
# 5. South Tyneside: HTML printed by headless Chromium, thead repeated across pages,
#    tick/cross characters in an embedded DejaVu Sans web font, decoy target rows

def doc5():
    stem = "rt4-b5-south-tyneside-chromium-ticks"
    cells = [
        C(1, "2010-04", "Y"), C(1, "2010-10", "Y"), C(1, "2011-04", None, "very_likely"),
        C(2, "2010-04", "Y"),
        C(2, "2010-10", "N", "fairly_likely",
          "Reviews for people with learning disabilities are running behind schedule.",
          "March 2011"),
        C(2, "2011-04", None, "fairly_likely"),
        C(3, "2010-04", "Y"), C(3, "2010-10", "Y"), C(3, "2011-04", None, "fairly_unlikely"),
        C(4, "2010-04", "Y"),
        C(4, "2010-10", "N", "fairly_unlikely",
          "Universal access depends on the new customer contact centre, delayed by the "
          "spending review.", "Summer 2011"),
        C(4, "2011-04", None, "very_unlikely"),
        C(5, "2010-04", "Y"), C(5, "2010-10", "Y"),
        # (5, 2011-04): not assessed
    ]
    ratings = {
        "engagement.service_users": "amber_green",
        "engagement.staff": "green",
        "engagement.health": "green",
        "engagement.politicians": "amber_green",
        "engagement.council_partners": "green",
        "engagement.regional_national": "amber_green",
        "arrangements.risk_management": "green",
        "arrangements.business_models": "amber_green",
        "arrangements.financial_systems": "amber_red",
        "arrangements.project_plan": "green",
        "arrangements.business_cases": "amber_green",
        "arrangements.workforce_strategy": "amber_red",
    }
    font_b64 = base64.b64encode(
        open("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "rb").read()).decode()
    TICK, CROSS = "\u2713", "\u2717"
    cm = cellmap(cells)
    rows = []
    for m in range(1, 6):
        rows.append('<tr class="mhead"><td colspan="9">Milestone %d: %s</td></tr>'
                    % (m, esc(MTITLE[m])))
        rows.append('<tr class="target"><td></td><td>Target</td><td>Regional trajectory '
                    '(North East JIP): all deliverables in place by each deadline</td>'
                    '<td class="mk">%s</td><td></td><td></td><td></td><td></td>'
                    '<td>For comparison only - not part of the return</td></tr>' % TICK)
        for d in DEADLINES:
            c = cm.get((m, d))
            ach = ""
            lik = {}
            comment = ""
            if c:
                if c["achieved"] == "Y":
                    ach = TICK
                elif c["achieved"] == "N":
                    ach = CROSS
                if c["likelihood"]:
                    lik[c["likelihood"]] = TICK
                if c["reason_not_achieved"]:
                    comment = ("<b>Reason not achieved:</b> %s<br><b>When to be achieved:</b> "
                               "%s" % (esc(c["reason_not_achieved"]),
                                       esc(c["when_to_be_achieved"])))
                elif c["achieved"] is None:
                    comment = "Not yet due."
            else:
                comment = "Not assessed this quarter (commissioning review under way)."
            rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td class=\"mk\">%s</td>%s"
                        "<td class=\"cm\">%s</td></tr>"
                        % (m, DL_LONG[d], esc(DELIV[(m, d)]), ach,
                           "".join('<td class="mk">%s</td>' % lik.get(x, "") for x in LIKS),
                           comment))
    req_rows = []
    for title, group in (("Are all stakeholders fully engaged and supportive of local "
                          "planning for Putting People First?", ENGAGEMENT),
                         ("Are the following key arrangements resolved and in place?",
                          ARRANGEMENTS)):
        req_rows.append('<tr class="mhead"><td colspan="5">%s</td></tr>' % esc(title))
        for k, text in group:
            req_rows.append("<tr><td>%s</td>%s</tr>" % (
                esc(text), "".join('<td class="mk">%s</td>' % (TICK if ratings[k] == r else "")
                                   for r in RATINGS)))
    page = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Adult Social Care Scrutiny Panel - Putting People First Q3 return</title>
<style>
@font-face{font-family:"DejaVu Sans Web";src:url(data:font/ttf;base64,%FONT%) format("truetype");}
@page{size:A4 portrait;margin:14mm 12mm 16mm 12mm}
body{font-family:"DejaVu Sans Web",sans-serif;font-size:9.5pt;color:#111}
h1{font-size:15pt;margin:0 0 4px 0}
h2{font-size:12pt;margin:14px 0 4px 0}
.meta{font-size:9pt;color:#333}
table.ret{border-collapse:collapse;width:100%;margin-top:6px}
table.ret th,table.ret td{border:1px solid #777;padding:3px 4px;vertical-align:top}
table.ret thead th{background:#dbe5f1;font-size:8.5pt}
table.ret thead{display:table-header-group}
table.ret tr{break-inside:avoid}
table.fixed{table-layout:fixed}
td.mk{text-align:center;font-size:13pt}
td.cm{font-size:8pt}
tr.mhead td{background:#f2f2f2;font-weight:bold}
tr.target td{color:#7f7f7f;font-style:italic;font-size:8pt}
tr.target td.mk{color:#9f9f9f}
.legend{font-size:8.5pt;margin-top:4px}
</style></head>
<body>
<div class="meta">South Tyneside Council &middot; Adult Social Care and Support Scrutiny Panel &middot; 8 February 2011 &middot; Agenda item 6</div>
<h1>Putting People First: milestone return for Quarter 3 2010/11</h1>
<p>Report of the Corporate Director, Children, Adults and Families</p>
<h2>1. Purpose</h2>
<p>To inform the Panel of the Council's position against the Putting People First milestones at 31 December 2010, as reported to the North East Joint Improvement Partnership. The return was completed on 17 January 2011.</p>
<h2>2. Background</h2>
<p>The milestones were agreed in September 2009 by the Department of Health, ADASS and the LGA and run to April 2011. Councils report each quarter whether deliverables due so far have been achieved and how likely they are to achieve the remaining ones. The grey rows headed &lsquo;Target&rsquo; show the regional trajectory for each milestone and are not part of South Tyneside's return.</p>
<p class="legend">Legend: &#10003; = achieved / option selected; &#10007; = not achieved by the deadline.</p>
<h2>3. The return</h2>
<table class="ret fixed">
<colgroup><col style="width:5%"><col style="width:10%"><col style="width:29%"><col style="width:8%"><col style="width:7%"><col style="width:7%"><col style="width:7%"><col style="width:7%"><col style="width:20%"></colgroup>
<thead><tr><th>No.</th><th>Deadline</th><th>Deliverable</th><th>Achieved</th><th>Very likely</th><th>Fairly likely</th><th>Fairly unlikely</th><th>Very unlikely</th><th>Comments</th></tr></thead>
<tbody>
%ROWS%
</tbody></table>
<h2>4. Underpinning requirements</h2>
<table class="ret">
<thead><tr><th>Requirement</th><th>Red</th><th>Amber/ Red</th><th>Amber/ Green</th><th>Green</th></tr></thead>
<tbody>
%REQROWS%
</tbody></table>
<h2>5. Recommendation</h2>
<p>That the Panel notes the return and asks for a further report on the information and advice milestone in April 2011.</p>
<p class="meta">Contact: Personalisation Lead, Town Hall and Civic Offices, Westoe Road, South Shields</p>
</body></html>
"""
    page = (page.replace("%FONT%", font_b64).replace("%ROWS%", "\n".join(rows))
            .replace("%REQROWS%", "\n".join(req_rows)))
    src = os.path.join(TMP, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    out = os.path.join(DOCS, stem + ".pdf")
    chromium_pdf(src, out)
    pin_pdf(out, "20110117090000")
    write_gold(stem, "South Tyneside", "2010-12", "2011-01-17", cells, ratings)
    return stem, ("Chromium print of an HTML report (Chromium cannot split a wide table "
                  "sideways, so the long table breaks vertically with its <thead> repeated on "
                  "page 2); marks are \u2713/\u2717 glyphs from an embedded DejaVu Sans web font; "
                  "a grey 'Target' row with a tick heads every milestone as a decoy")


# =======================================================================================
# 6. Torbay: docx matrix milestones x deadlines with one status word and a key

def doc6():
    import datetime
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT

    stem = "rt4-b6-torbay-docx-status-key"
    status = {
        (1, "2010-04"): "Achieved", (2, "2010-04"): "Achieved", (3, "2010-04"): "On track",
        (4, "2010-04"): "At risk", (5, "2010-04"): "Achieved",
        (1, "2010-10"): "On track", (2, "2010-10"): "At risk", (3, "2010-10"): "On track",
        (4, "2010-10"): "On track", (5, "2010-10"): "On track",
        (1, "2011-04"): "On track", (2, "2011-04"): "At risk", (3, "2011-04"): "Not due",
        (4, "2011-04"): "Not due", (5, "2011-04"): "Not due",
    }
    prev = {  # decoy: December 2009 position
        (1, "2010-04"): "On track", (2, "2010-04"): "Achieved", (3, "2010-04"): "On track",
        (4, "2010-04"): "On track", (5, "2010-04"): "On track",
        (1, "2010-10"): "On track", (2, "2010-10"): "On track", (3, "2010-10"): "Not due",
        (4, "2010-10"): "Not due", (5, "2010-10"): "At risk",
        (1, "2011-04"): "Not due", (2, "2011-04"): "At risk", (3, "2011-04"): "Not due",
        (4, "2011-04"): "Not due", (5, "2011-04"): "Not due",
    }
    cells = []
    for m in range(1, 6):
        for d in DEADLINES:
            s = status[(m, d)]
            if s == "Achieved":
                cells.append(C(m, d, "Y"))
            elif s == "On track":
                cells.append(C(m, d, None, "fairly_likely"))
            elif s == "At risk":
                cells.append(C(m, d, None, "fairly_unlikely"))
    ratings = {
        "engagement.service_users": "amber_red",
        "engagement.staff": "amber_red",
        "engagement.health": "green",
        "engagement.politicians": "amber_green",
        "engagement.council_partners": "amber_green",
        "engagement.regional_national": "amber_green",
        "arrangements.risk_management": "amber_red",
        "arrangements.business_models": "red",
        "arrangements.financial_systems": "red",
        "arrangements.project_plan": "amber_green",
        "arrangements.business_cases": "amber_red",
        "arrangements.workforce_strategy": "amber_red",
    }
    CODE = {"red": "R", "amber_red": "A/R", "amber_green": "A/G", "green": "G"}
    SHORT = {1: "1. Partnerships with users, carers and citizens",
             2: "2. Self-directed support & personal budgets",
             3: "3. Prevention & cost-effective services",
             4: "4. Information & advice", 5: "5. Local commissioning"}

    d = docx_base()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    p = d.add_paragraph()
    r = p.add_run("Torbay Council")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Meeting: Adult Social Care Commissioning Board (Torbay Council and Torbay "
                    "Care Trust)    Date: 28 April 2010")
    d.add_paragraph("Wards affected: All wards in Torbay")
    d.add_heading("Report title: Putting People First \u2013 milestone return to 31 March 2010",
                  level=1)
    d.add_paragraph("Executive lead contact details: Executive Lead for Adult Social Care and "
                    "Older People")
    d.add_heading("1. Purpose", level=2)
    d.add_paragraph(
        "Adult social care in Torbay is delivered on the Council's behalf by Torbay Care Trust. "
        "This report sets out the Council's return against the Putting People First "
        "milestones for the quarter ending 31 March 2010. The return was completed by the "
        "Care Trust's personalisation team on 14 April 2010 and agreed with the Director of "
        "Adult Social Services.")
    d.add_heading("2. Milestone status", level=2)
    d.add_paragraph("Table 1 gives one status word for each milestone (columns) at each "
                    "deadline (rows). The words are defined in the key below the table.")
    t = d.add_table(rows=4, cols=6)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Deadline"
    for m in range(1, 6):
        t.cell(0, m).text = SHORT[m]
    FILL = {"Achieved": "C6EFCE", "On track": "FFFFFF", "At risk": "FFEB9C",
            "Not due": "F2F2F2"}
    for i, dd in enumerate(DEADLINES, start=1):
        t.cell(i, 0).text = DL_LONG[dd]
        for m in range(1, 6):
            c = t.cell(i, m)
            c.text = status[(m, dd)]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            shade(c, FILL[status[(m, dd)]])
    for c in t.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9D9D9")
    for row in t.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    cap = d.add_paragraph()
    cap.add_run("Table 1: Putting People First milestones, position at 31 March 2010").italic \
        = True
    d.add_paragraph()
    kp = d.add_paragraph()
    kp.add_run("Key").bold = True
    kt = d.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for a, b in [("Achieved", "The milestone has been met."),
                 ("On track", "Fairly likely to be met by the deadline."),
                 ("At risk", "Fairly unlikely to be met by the deadline."),
                 ("Not due", "Deadline more than a year away; not yet assessed.")]:
        row = kt.add_row().cells
        row[0].text = a
        row[1].text = b
        row[0].paragraphs[0].runs[0].bold = True
    set_widths(kt, [3.5, 14])
    d.add_paragraph()
    d.add_paragraph(
        "Information and advice (milestone 4) is at risk for April 2010 because the joint "
        "information strategy with the Care Trust is still in draft; it will go to the "
        "Commissioning Board in June. Personal budgets for all new and reviewed clients "
        "(milestone 2, October 2010) are at risk because the resource allocation system has "
        "not yet been tested with people with learning disabilities.")
    d.add_heading("3. Underpinning requirements", level=2)
    rt = d.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    for i, h in enumerate(["", "Requirement", "RAG"]):
        rt.rows[0].cells[i].text = h
    for c in rt.rows[0].cells[1:]:
        c.paragraphs[0].runs[0].bold = True
    for n, (k, text) in enumerate(REQS, start=1):
        row = rt.add_row().cells
        row[0].text = str(n)
        row[1].text = text
        row[2].text = CODE[ratings[k]]
        row[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_widths(rt, [1, 18, 2.5])
    d.add_paragraph("R = red; A/R = amber/red; A/G = amber/green; G = green.")
    d.add_heading("4. Progress since the last return", level=2)
    d.add_paragraph("For comparison, the position reported for the quarter ending 31 December "
                    "2009 is repeated below. It has been superseded by Table 1.")
    pt = d.add_table(rows=4, cols=6)
    pt.style = "Table Grid"
    pt.cell(0, 0).text = "Deadline (Dec 2009 return)"
    for m in range(1, 6):
        pt.cell(0, m).text = SHORT[m]
    for i, dd in enumerate(DEADLINES, start=1):
        pt.cell(i, 0).text = DL_LONG[dd]
        for m in range(1, 6):
            pt.cell(i, m).text = prev[(m, dd)]
    for row in pt.rows:
        for c in row.cells:
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    cap = d.add_paragraph()
    cap.add_run("Table 2: position at 31 December 2009 (previous return)").italic = True
    d.add_heading("5. Recommendation", level=2)
    d.add_paragraph("That the Board notes the return and the two milestones at risk.")
    out = os.path.join(DOCS, stem + ".docx")
    docx_finish(d, out, "Torbay Care Trust", datetime.datetime(2010, 4, 20, 9, 0, 0))
    write_gold(stem, "Torbay", "2010-03", "2010-04-14", cells, ratings)
    return stem, ("Word docx matrix, milestones as columns and deadlines as rows, one status "
                  "word per cell (Achieved / On track / At risk / Not due) that only a separate "
                  "key turns into likelihoods; last quarter's matrix repeated below as decoy; "
                  "ratings as R, A/R, A/G, G codes")


# =======================================================================================
# 7. Herefordshire: SharePoint list view HTML export, a table per milestone

def doc7():
    stem = "rt4-b7-herefordshire-sharepoint-list"
    cells = [
        C(1, "2010-04", "Y"), C(1, "2010-10", "Y"), C(1, "2011-04", None, "very_likely"),
        C(2, "2010-04", "Y"), C(2, "2010-10", "Y"), C(2, "2011-04", None, "fairly_unlikely"),
        C(3, "2010-04", "Y"), C(3, "2010-10", "N", "fairly_likely"),
        C(3, "2011-04", None, "fairly_likely"),
        C(4, "2010-04", "Y"), C(4, "2010-10", "Y"), C(4, "2011-04", "Y"),
        C(5, "2010-04", "Y"), C(5, "2010-10", "N", "fairly_unlikely"),
        C(5, "2011-04", None, "very_unlikely"),
    ]
    hidden_prev = {  # hidden column: last quarter's confidence, not displayed
        (1, "2011-04"): "FL", (2, "2011-04"): "VU", (3, "2010-10"): "VL",
        (3, "2011-04"): "VU", (5, "2010-10"): "FL", (5, "2011-04"): "FU",
    }
    ratings = {
        "engagement.service_users": "green",
        "engagement.staff": "green",
        "engagement.health": "amber_green",
        "engagement.politicians": "green",
        "engagement.council_partners": "green",
        "engagement.regional_national": "green",
        "arrangements.risk_management": "amber_green",
        "arrangements.business_models": "green",
        "arrangements.financial_systems": "amber_green",
        "arrangements.project_plan": "green",
        "arrangements.business_cases": "amber_red",
        # workforce strategy left blank in the list
    }
    ABBR = {"very_likely": ("VL", "Very likely"), "fairly_likely": ("FL", "Fairly likely"),
            "fairly_unlikely": ("FU", "Fairly unlikely"),
            "very_unlikely": ("VU", "Very unlikely")}
    DUE = {"2010-04": "01/04/2010", "2010-10": "01/10/2010", "2011-04": "01/04/2011"}
    SORT = ('<img src="/_layouts/images/blank.gif" class="ms-hidden" border="0" width="1" '
            'height="1" alt="Use SHIFT+ENTER to open the menu (new window)."/>'
            '<span class="ms-sortarrow">&#9650;&#9660;</span>')
    cm = cellmap(cells)
    item_id = 1
    groups = []
    for m in range(1, 6):
        rows = []
        for d in DEADLINES:
            c = cm[(m, d)]
            comp = {"Y": "Yes", "N": "No", None: ""}[c["achieved"]]
            conf = ""
            if c["likelihood"]:
                ab, full = ABBR[c["likelihood"]]
                conf = '<abbr title="%s">%s</abbr>' % (full, ab)
            hp = hidden_prev.get((m, d), "")
            rows.append(
                '<tr class="%s">'
                '<td class="ms-vb-itmcbx ms-vb-firstCell"><input type="checkbox" '
                'class="s4-itm-cbx" title="Select or deselect an item"/></td>'
                '<td class="ms-vb2" style="display:none">%d</td>'
                '<td class="ms-vb-title"><a href="/sites/asc/ppf/Lists/Milestones/DispForm.aspx'
                '?ID=%d" onclick="return false;">%s</a></td>'
                '<td class="ms-vb2"><nobr>%s</nobr></td>'
                '<td class="ms-vb2">%s</td>'
                '<td class="ms-vb2">%s</td>'
                '<td class="ms-vb2" style="display:none">%s</td>'
                '<td class="ms-vb2" style="display:none">2011-04-0%d 10:1%d</td>'
                '</tr>' % ("ms-alternating" if item_id % 2 == 0 else "", item_id, item_id,
                           esc(SHORT_DELIV[(m, d)] if (m, d) != (3, "2010-04") else "Joint prevention strategy with NHS Herefordshire"), DUE[d], comp, conf, hp,
                           1 + (item_id % 4), item_id % 10))
            item_id += 1
        groups.append(
            '<table class="ms-listviewtable" width="100%%" cellspacing="0" cellpadding="1" '
            'border="0" summary="PPF Milestones">\n'
            '<tr class="ms-gb"><td colspan="8"><a href="javascript:" onclick="return false;">'
            '<img src="/_layouts/images/minus.gif" border="0" alt="collapse"/></a>&nbsp;'
            '<a href="javascript:" onclick="return false;">Milestone</a> : %s'
            ' <span class="ms-gb-count">(3)</span></td></tr>\n'
            '<tr class="ms-viewheadertr">'
            '<th class="ms-vh-icon" scope="col"><input type="checkbox" title="Select or '
            'deselect all items"/></th>'
            '<th class="ms-vh2" style="display:none" scope="col">ID</th>'
            '<th class="ms-vh2" scope="col"><div class="ms-vh-div"><a href="javascript:">'
            'Title</a>%s</div></th>'
            '<th class="ms-vh2" scope="col"><div class="ms-vh-div"><a href="javascript:">'
            'Due</a>%s</div></th>'
            '<th class="ms-vh2" scope="col"><div class="ms-vh-div"><a href="javascript:">'
            'Complete (Yes/No)</a>%s</div></th>'
            '<th class="ms-vh2" scope="col"><div class="ms-vh-div"><a href="javascript:">'
            'Confidence</a>%s</div></th>'
            '<th class="ms-vh2" style="display:none" scope="col">Confidence_x0020_Q3</th>'
            '<th class="ms-vh2" style="display:none" scope="col">Modified</th>'
            '</tr>\n%s\n</table>'
            % ("%d. %s" % (m, esc(MTITLE[m])), SORT, SORT, SORT, SORT, "\n".join(rows)))
    RWORD = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green",
             "green": "Green"}
    rrows = []
    for n, (k, text) in enumerate(REQS, start=1):
        rrows.append(
            '<tr class="%s"><td class="ms-vb-itmcbx ms-vb-firstCell"><input type="checkbox" '
            'class="s4-itm-cbx" title="Select or deselect an item"/></td>'
            '<td class="ms-vb2" style="display:none">%d</td>'
            '<td class="ms-vb-title"><a href="/sites/asc/ppf/Lists/Requirements/DispForm.aspx'
            '?ID=%d" onclick="return false;">%s</a></td>'
            '<td class="ms-vb2">%s</td><td class="ms-vb2">%s</td></tr>'
            % ("ms-alternating" if n % 2 == 0 else "", n, n, esc(text),
               "Stakeholder engagement" if k.startswith("engagement.")
               else "Key arrangements", RWORD.get(ratings.get(k), "")))
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml" lang="en-gb">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="GENERATOR" content="Microsoft SharePoint"/>
<meta name="progid" content="SharePoint.WebPartPage.Document"/>
<title>PPF Milestones - All Items</title>
<!-- saved from url=(0078)http://intranet.herefordshire.gov.uk/sites/asc/ppf/Lists/Milestones/AllItems.aspx -->
<style type="text/css">
body{font-family:Verdana,Tahoma,sans-serif;font-size:8pt;margin:0;color:#000}
.ms-globalbreadcrumb{background:#f7f7f7;border-bottom:1px solid #d8d8d8;padding:3px 8px}
.ms-bannerContainer{background:#21374c;color:#fff;padding:6px 8px;font-size:13pt}
.ms-pagetitle{font-size:14pt;color:#003759;padding:10px 8px 2px 8px}
.ms-quicklaunch{float:left;width:150px;padding:8px;font-size:8pt;background:#f2f6fb;min-height:600px}
.ms-bodyareaframe{margin-left:175px;padding:8px}
.ms-menutoolbar{background:#f0f2f5;border:1px solid #c3c3c3;padding:3px;margin-bottom:6px}
.ms-listviewtable{border-collapse:collapse;margin-bottom:12px}
.ms-listviewtable td,.ms-listviewtable th{padding:3px 6px;text-align:left;vertical-align:top}
.ms-viewheadertr th{background:#f3f3f3;border-bottom:1px solid #c6c6c6;font-weight:normal;color:#4c4c4c}
.ms-gb td{background:#ebf3ff;font-weight:bold;padding:4px}
.ms-alternating{background:#f7f7f7}
.ms-sortarrow{font-size:6pt;color:#9c9c9c;margin-left:3px}
.ms-hidden{display:none}
abbr{border-bottom:1px dotted #333;text-decoration:none}
.ms-descriptiontext{color:#595959;padding:4px 0}
</style>
</head>
<body>
<div class="ms-globalbreadcrumb">Herefordshire Public Services Intranet &gt; Adult Social Care &gt; Putting People First</div>
<div class="ms-bannerContainer">Herefordshire Public Services &ndash; Adult Social Care Transformation Team Site</div>
<div class="ms-quicklaunch"><b>Lists</b><br/>PPF Milestones<br/>Underpinning Requirements<br/>Programme Risks<br/>Calendar<br/><br/><b>Documents</b><br/>Board Papers<br/>JIP Returns<br/><br/><b>Recycle Bin</b></div>
<div class="ms-bodyareaframe">
<div class="ms-pagetitle">PPF Milestones</div>
<div class="ms-descriptiontext">Putting People First milestone tracker for Herefordshire Council (with NHS Herefordshire). Status at 31 March 2011 &ndash; Quarter 4 return to the West Midlands JIP, completed 04/04/2011. Confidence: VL = Very likely, FL = Fairly likely, FU = Fairly unlikely, VU = Very unlikely. Complete is left blank for deliverables not yet due.</div>
<div class="ms-menutoolbar">New &#9662; &nbsp; Actions &#9662; &nbsp; Settings &#9662; &nbsp;&nbsp;&nbsp; View: <b>Grouped by Milestone</b> &#9662;</div>
%GROUPS%
<div class="ms-pagetitle">Underpinning Requirements</div>
<div class="ms-descriptiontext">RAG self-assessment at 31 March 2011.</div>
<table class="ms-listviewtable" width="100%" cellspacing="0" cellpadding="1" border="0" summary="Underpinning Requirements">
<tr class="ms-viewheadertr"><th class="ms-vh-icon"><input type="checkbox" title="Select or deselect all items"/></th><th class="ms-vh2" style="display:none">ID</th><th class="ms-vh2"><div class="ms-vh-div"><a href="javascript:">Title</a>%SORT%</div></th><th class="ms-vh2"><div class="ms-vh-div"><a href="javascript:">Category</a>%SORT%</div></th><th class="ms-vh2"><div class="ms-vh-div"><a href="javascript:">RAG Status</a>%SORT%</div></th></tr>
%REQROWS%
</table>
<div class="ms-descriptiontext">Last modified 04/04/2011 by PPF Programme Officer</div>
</div>
</body>
</html>
"""
    page = (page.replace("%GROUPS%", "\n".join(groups)).replace("%REQROWS%", "\n".join(rrows))
            .replace("%SORT%", SORT))
    with open(os.path.join(DOCS, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    write_gold(stem, "Herefordshire", "2011-03", "2011-04-04", cells, ratings)
    return stem, ("saved SharePoint list view: one <table> per grouped milestone with Title | "
                  "Due | Complete (Yes/No) | Confidence columns, confidence as VL/FL/FU/VU in "
                  "<abbr title>; checkbox column, sort-arrow glyphs and display:none columns "
                  "(ID, hidden last-quarter confidence, Modified) as artefacts")


# =======================================================================================
# 8. Thurrock: pandoc markdown -> odt -> LibreOffice PDF, scrutiny report

def doc8():
    stem = "rt4-b8-thurrock-pandoc-scrutiny"
    cells = [
        C(1, "2010-04", "Y"), C(1, "2010-10", None, "fairly_likely"),
        C(1, "2011-04", None, "fairly_likely"),
        C(2, "2010-04", "Y"), C(2, "2010-10", None, "fairly_unlikely"),
        C(2, "2011-04", None, "very_unlikely"),
        C(3, "2010-04", None, "very_likely"), C(3, "2010-10", None, "fairly_likely"),
        C(3, "2011-04", None, "fairly_unlikely"),
        C(4, "2010-04", None, "fairly_likely"), C(4, "2010-10", None, "fairly_likely"),
        C(4, "2011-04", None, "very_likely"),
        C(5, "2010-04", None, "fairly_unlikely"), C(5, "2010-10", None, "fairly_unlikely"),
        # (5, 2011-04) blank in the return
    ]
    ratings = {
        "engagement.service_users": "amber_green",
        "engagement.staff": "amber_red",
        "engagement.health": "amber_red",
        "engagement.politicians": "green",
        "engagement.council_partners": "amber_red",
        "engagement.regional_national": "amber_green",
        "arrangements.risk_management": "red",
        "arrangements.business_models": "red",
        "arrangements.financial_systems": "amber_red",
        "arrangements.project_plan": "amber_green",
        "arrangements.business_cases": "red",
        "arrangements.workforce_strategy": "red",
    }
    RWORD = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green",
             "green": "Green"}
    cm = cellmap(cells)
    SHORTM = {1: "1. Effective partnerships", 2: "2. Self-directed support & personal budgets",
              3: "3. Prevention & cost effective services", 4: "4. Information & advice",
              5: "5. Local commissioning"}
    tbl = ["| Milestone | Deadline | Deliverable | Achieved | Very likely | Fairly likely "
           "| Fairly unlikely | Very unlikely |",
           "|:" + "-" * 14 + "|:" + "-" * 11 + "|:" + "-" * 22 + "|:" + "-" * 9 + ":|:"
           + "-" * 7 + ":|:" + "-" * 7 + ":|:" + "-" * 8 + ":|:" + "-" * 8 + ":|"]
    for m in range(1, 6):
        for d in DEADLINES:
            c = cm.get((m, d))
            marks = [""] * 5
            if c:
                if c["achieved"] == "Y":
                    marks[0] = "X"
                if c["likelihood"]:
                    marks[1 + LIKS.index(c["likelihood"])] = "X"
            tbl.append("| %s | %s | %s | %s |" % (SHORTM[m] if d == "2010-04" else "",
                                                   DL_LONG[d], SHORT_DELIV[(m, d)],
                                                   " | ".join(marks)))
    reqs = "\n".join("- %s \u2014 %s" % (text, RWORD[ratings[k]]) for k, text in REQS)
    md = """---
title: "Health and Wellbeing Overview and Scrutiny Committee"
subtitle: "Transforming Adult Social Care: first Putting People First milestone return"
author: "Report of the Head of Adult Social Care, Thurrock Council"
date: "9 February 2010"
---

**Wards and communities affected:** All  
**Key decision:** No  
**Accountable Head of Service:** Head of Adult Social Care  
**This report is public**

# 1. Purpose of report and executive summary

1.1 This report presents to the Committee Thurrock Council's first return against the Putting People First milestones, covering the period to the end of December 2009. The return was completed on 22 January 2010 and sent to the East of England Joint Improvement Partnership.

1.2 The milestones were published in September 2009 by the Department of Health, ADASS and the Local Government Association. They set out what every council should have achieved by April 2010, October 2010 and April 2011. Nationally, an ADASS/LGA survey found that 8% of eligible people had a personal budget in March 2009, and every council is expected to reach 30% by April 2011.

# 2. Recommendations

2.1 That the Committee notes the return at paragraph 4.2 and the self-assessment of the underpinning requirements at paragraph 4.4.

2.2 That the Committee receives a further report in the summer on the financial systems needed for personal budgets.

# 3. Introduction and background

3.1 Thurrock began offering personal budgets in May 2009 to people with learning disabilities and to carers. By the end of December 2009, 146 people in Thurrock were receiving a personal budget, about 4.1% of the people eligible for one.

3.2 The service plans to review 1,200 care packages during 2010/11, and every review will offer the person a personal budget. This is the main route to the April 2011 milestone, and the reason it is currently assessed as very unlikely.

3.3 The Committee asked at its November meeting for the milestone return to be brought to members before it is published. Officers have set out the return below in the same order as the Department of Health template, but in a shortened form: each deliverable is a row, and the options chosen are marked with an X.

# 4. Issues and analysis

4.1 Deliverables due in April 2010 are either already achieved or given a likelihood of being achieved by April 2010. Later deadlines are given a likelihood only. No likelihood has yet been given for the April 2011 local commissioning deliverable, which depends on the joint commissioning review with NHS South West Essex.

4.2 The return:

%TABLE%

: Table 1. Putting People First milestone return, Thurrock Council, December 2009

4.3 Members will note that the two personal budget deliverables after April 2010 are assessed as unlikely. The programme board has asked for a recovery plan.

4.4 The underpinning requirements were self-assessed as follows:

%REQS%

4.5 Red ratings reflect the absence of a workforce strategy for the transformation, the lack of agreed business cases and business models for in-house services, and the absence of a programme risk register at the time of the return.

# 5. Consultation

5.1 The return was discussed with the Thurrock Coalition and the Carers' Partnership Board in January 2010.

# 6. Impact on corporate policies, priorities, performance and community impact

6.1 The programme supports the community strategy priority to improve health and wellbeing.

# 7. Implications

7.1 **Financial.** The Social Care Reform Grant for 2009/10 is being used to fund the programme team and the development of the resource allocation system.

7.2 **Legal.** There are no direct legal implications.

7.3 **Diversity and equality.** The move to personal budgets will be subject to an equality impact assessment.

# 8. Conclusion

8.1 Good progress has been made on partnership working and on introducing personal budgets, but the financial and workforce arrangements need urgent attention if the later milestones are to be met.

**Background papers used in preparing this report:** DH/ADASS/LGA, *Putting People First: Measuring progress*, September 2009.

**Report author contact details:** Transformation Programme Manager, Adult Social Care, Civic Offices, Grays.
"""
    md = md.replace("%TABLE%", "\n".join(tbl)).replace("%REQS%", reqs)
    src = os.path.join(TMP, stem + ".md")
    with open(src, "w", encoding="utf-8") as f:
        f.write(md)
    odt = os.path.join(TMP, stem + ".odt")
    subprocess.run(["pandoc", "-f", "markdown", "-t", "odt", "-o", odt, src], check=True)
    soffice_convert(odt, "pdf", TMP)
    out = os.path.join(DOCS, stem + ".pdf")
    shutil.move(os.path.join(TMP, stem + ".pdf"), out)
    pin_pdf(out, "20100201090000")
    facts = [
        {"kind": "people_with_personal_budget", "value": 146,
         "text": "By the end of December 2009, 146 people in Thurrock were receiving a "
                 "personal budget"},
        {"kind": "percent_with_personal_budget", "value": 4.1,
         "text": "about 4.1% of the people eligible for one"},
        {"kind": "reviews_planned", "value": 1200,
         "text": "The service plans to review 1,200 care packages during 2010/11"},
    ]
    write_gold(stem, "Thurrock", "2009-12", "2010-01-22", cells, ratings, facts=facts)
    return stem, ("pandoc markdown -> ODT -> LibreOffice PDF scrutiny report; the return is a "
                  "pipe table with one column per option and X marks, running over a page "
                  "break; requirements as a bullet list 'Requirement \u2014 Rating'; national "
                  "8%/30% figures as fact decoys")


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    only = sys.argv[1:]
    fns = [doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8]
    lay_path = os.path.join(HERE, "layouts-4b.json")
    layouts = {}
    if os.path.exists(lay_path):
        layouts = json.load(open(lay_path, encoding="utf-8"))
    for i, fn in enumerate(fns, start=1):
        if only and str(i) not in only:
            continue
        stem, desc = fn()
        layouts[stem] = desc
        print("built", stem)
    with open(lay_path, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(layouts.items())), f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
