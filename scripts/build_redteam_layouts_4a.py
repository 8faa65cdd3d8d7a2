#!/usr/bin/env python3
"""Round-4 blind red team (r4a): builds eight council papers carrying a
Putting People First return, and their gold records.

Written blind by a helper who had read neither the extractor nor the corpus; copied
here unchanged but for its paths. Needs python-docx, reportlab, openpyxl, lxml, pillow,
pypdfium2, weasyprint and LibreOffice. Writes tests/data/redteam4/docs, gold and
layouts-4a.json; scratch in a temporary folder.
"""
import html
import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "redteam4"
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
WORK = Path(__import__("tempfile").gettempdir()) / "ppf-redteam4a-work"

MS = {
    1: "Effective partnerships with people using services, carers and other local citizens",
    2: "Self-directed support and personal budgets",
    3: "Prevention and cost effective services",
    4: "Information and advice",
    5: "Local commissioning",
}
MS_SHORT = {
    1: "Effective partnerships",
    2: "Self-directed support & personal budgets",
    3: "Prevention & cost effective services",
    4: "Information & advice",
    5: "Local commissioning",
}
REQ = [
    ("engagement.service_users", "The full engagement of all service users."),
    ("engagement.staff", "The full engagement of all staff working to support the delivery of care, "
     "which includes people working in the provider services and third sector organisations."),
    ("engagement.health", "The full engagement of Primary Care Trusts and the wider health community."),
    ("engagement.politicians", "The full engagement of local politicians."),
    ("engagement.council_partners", "The full engagement of all parts of local councils and of other "
     "key strategic partners."),
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
REQ_TEXT = dict(REQ)
RATING_WORD = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green", "green": "Green"}
RATING_CODE = {"red": "R", "amber_red": "AR", "amber_green": "AG", "green": "G"}
LIK_WORD = {"very_likely": "Very likely", "fairly_likely": "Fairly likely",
            "fairly_unlikely": "Fairly unlikely", "very_unlikely": "Very unlikely"}
LIKS = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
DEADLINES = ["2010-04", "2010-10", "2011-04"]
VL, FL, FU, VU = LIKS
R, AR, AG, G = "red", "amber_red", "amber_green", "green"

FIXED_ZIP_DATE = (2011, 1, 1, 0, 0, 0)


def cell(m, d, achieved=None, likelihood=None, reason=None, when=None):
    return {"milestone": m, "deadline": d, "achieved": achieved, "likelihood": likelihood,
            "reason_not_achieved": reason, "when_to_be_achieved": when}


def gold(stem, council, period, completed, milestones, ratings, answers=(), risks=(), facts=()):
    rec = {
        "schema": "ppf-return/1",
        "document": stem,
        "council": council,
        "period": period,
        "date_completed": completed,
        "milestones": list(milestones),
        "requirements": [{"requirement": k, "rating": ratings[k]} for k, _ in REQ if k in ratings],
        "answers": list(answers),
        "risks": list(risks),
        "facts": list(facts),
    }
    (GOLD / f"{stem}.json").write_text(json.dumps(rec, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    return rec


def esc(s):
    return html.escape(s, quote=True)


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and order (reproducible output)."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    tmp.replace(path)


def soffice_convert(src, fmt, outdir, filt=None):
    """Run LibreOffice headless conversion; returns output path."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    profile = WORK / "lo-profile"
    target = fmt if filt is None else f"{fmt}:{filt}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", target, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    out = outdir / (Path(src).stem + "." + fmt)
    assert out.exists(), out
    return out


def set_core(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2011, 1, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2011, 1, 1, 9, 0, 0)
    cp.revision = 1
    cp.comments = ""


def pin_pdf_metadata(path, stamp):
    """Pin LibreOffice's PDF CreationDate and /ID in place (same byte length, xref unchanged)."""
    import hashlib
    import re
    path = Path(path)
    d = path.read_bytes()
    d = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + stamp.encode(), d)
    fixed = hashlib.md5(path.stem.encode()).hexdigest().upper().encode()
    d = re.sub(rb"/ID \[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>",
               lambda m: re.sub(rb"<[0-9A-F]{32}>", b"<" + fixed + b">", m.group(0)), d)
    d = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + fixed, d)
    path.write_bytes(d)


LAYOUTS = {}


# ---------------------------------------------------------------------------
# 1. modern.gov agenda item page; deadlines as financial quarters, M1..M5 codes
# ---------------------------------------------------------------------------
def doc1():
    stem = "rt4-a1-cheshire-east-moderngov-quarters"
    LAYOUTS[stem] = ("modern.gov agenda-item page (mgAgendaItem, mgDocumentFrame with Word-HTML) whose return "
                     "rows are grouped under financial quarters (Q4 2009/10, Q2 2010/11, Q4 2010/11) and "
                     "name milestones only by code M1-M5 with a legend; corporate risk register with "
                     "Likelihood scores as decoy")
    Q = {"2010-04": "Q4 2009/10", "2010-10": "Q2 2010/11", "2011-04": "Q4 2010/11"}
    # (milestone, deadline) -> (delivered, confidence, reason, revised)
    rows = {
        "2010-04": [
            (1, "Yes", None, "Communications plan launched with the Cheshire East Carers Hub in February 2010.", None),
            (2, "Yes", None, "Personal budgets introduced for new clients in learning disability and physical "
                              "disability teams.", None),
            (3, "No", None, "Joint prevention strategy with NHS Central and Eastern Cheshire not yet signed off "
                            "by the PCT Board", "Q2 2010/11"),
            (4, "Yes", None, "Information and advice strategy approved by Cabinet in March 2010.", None),
            (5, "Yes", None, "Joint commissioning strategy for older people published.", None),
        ],
        "2010-10": [
            (1, "Not yet due", VL, "", None),
            (2, "Not yet due", FL, "Review teams are carrying a backlog of annual reviews.", None),
            (3, "Not yet due", FL, "", None),
            (4, "Not yet due", VL, "", None),
            (5, "Not yet due", FL, "", None),
        ],
        "2011-04": [
            (1, "Not yet due", FL, "User-led organisation development funded through the Social Care Reform Grant.", None),
            (2, "Not yet due", FU, "Depends on clearing the review backlog in older people's teams.", None),
            (3, "Not yet due", FU, "Evidence of 3% cashable savings not yet available.", None),
            (4, "Not yet due", VL, "", None),
            (5, "Not yet due", None, "To be assessed at Q2 once the market position statement is drafted.", None),
        ],
    }
    ratings = {
        "engagement.service_users": G, "engagement.staff": AG, "engagement.health": AG,
        "engagement.politicians": G, "engagement.council_partners": AG, "engagement.regional_national": G,
        "arrangements.risk_management": AG, "arrangements.business_models": AR,
        "arrangements.financial_systems": AR, "arrangements.project_plan": G,
        "arrangements.business_cases": AR, "arrangements.workforce_strategy": AG,
    }
    cells = []
    for d in DEADLINES:
        for m, deliv, conf, comment, revised in rows[d]:
            if deliv == "Yes":
                cells.append(cell(m, d, "Y"))
            elif deliv == "No":
                cells.append(cell(m, d, "N", None, comment, revised))
            elif conf:
                cells.append(cell(m, d, None, conf))
    cells.sort(key=lambda c: (c["milestone"], c["deadline"]))
    facts = [
        {"kind": "people_with_personal_budget", "value": 1180,
         "text": "1,180 people were now receiving a personal budget"},
        {"kind": "percent_with_personal_budget", "value": 14,
         "text": "around 14% of eligible service users"},
    ]

    td = ('<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt">'
          '<p class="MsoNormal">{}</p></td>')
    tdh = ('<td valign="top" style="border:solid windowtext 1.0pt;background:#DBE5F1;padding:0cm 5.4pt 0cm 5.4pt">'
           '<p class="MsoNormal"><b><span style="font-size:10.0pt">{}</span></b></p></td>')
    trs = []
    trs.append("<tr>" + "".join(tdh.format(h) for h in
                                ["Ref", "Delivered?", "Confidence of delivery", "Commentary",
                                 "Revised quarter"]) + "</tr>")
    for d in DEADLINES:
        trs.append('<tr><td colspan="5" valign="top" style="border:solid windowtext 1.0pt;border-top:none;'
                   'background:#D9D9D9;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>'
                   f'Due in {Q[d]}</b></p></td></tr>')
        for m, deliv, conf, comment, revised in rows[d]:
            vals = [f"M{m}", deliv, LIK_WORD[conf] if conf else "-", comment, revised]
            trs.append("<tr>" + "".join(td.format(esc(x) if x else "&nbsp;") for x in vals) + "</tr>")
    ms_table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse:collapse;border:none">' + "\n".join(trs) + "</table>")

    rtrs = ["<tr>" + tdh.format("Underpinning requirement") + tdh.format("Self-assessment Q1 2010/11") + "</tr>"]
    for k, text in REQ:
        if k == "engagement.service_users":
            rtrs.append('<tr><td colspan="2" style="border:solid windowtext 1.0pt;border-top:none;'
                        'background:#F2F2F2;padding:0cm 5.4pt"><p class="MsoNormal"><i>Are all stakeholders '
                        'fully engaged and supportive of local planning for Putting People First?</i></p></td></tr>')
        if k == "arrangements.risk_management":
            rtrs.append('<tr><td colspan="2" style="border:solid windowtext 1.0pt;border-top:none;'
                        'background:#F2F2F2;padding:0cm 5.4pt"><p class="MsoNormal"><i>Are the following key '
                        'arrangements resolved and in place?</i></p></td></tr>')
        rtrs.append("<tr>" + td.format(esc(text)) + td.format(RATING_WORD[ratings[k]]) + "</tr>")
    req_table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                 'style="border-collapse:collapse;border:none">' + "\n".join(rtrs) + "</table>")

    risk_rows = [
        ("ASC07", "Insufficient capacity in care management to complete annual reviews", "3", "3", "9", "Amber"),
        ("ASC11", "Provider market unable to respond to personal budget holders", "2", "4", "8", "Amber"),
        ("ASC14", "Reduction in Area Based Grant affects prevention services", "4", "4", "16", "Red"),
        ("ASC15", "Financial systems (Controcc) not ready for direct payments at scale", "2", "3", "6", "Green"),
    ]
    rk = ["<tr>" + "".join(tdh.format(h) for h in ["Risk ref", "Risk", "Likelihood (1-4)", "Impact (1-4)",
                                                    "Score", "Status"]) + "</tr>"]
    for r_ in risk_rows:
        rk.append("<tr>" + "".join(td.format(esc(x)) for x in r_) + "</tr>")
    risk_table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                  'style="border-collapse:collapse;border:none">' + "\n".join(rk) + "</table>")

    legend = "".join(f'<p class="MsoNormal" style="margin-left:18pt">M{m} &#8211; {esc(MS[m])}</p>' for m in MS)

    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="DC.title" content="Agenda item - Putting People First: Quarter 1 2010/11 Milestone Return"/>
<meta name="DC.date" scheme="W3CDTF" content="2010-07-22"/>
<title>Agenda item - Putting People First: Quarter 1 2010/11 Milestone Return - Cheshire East Council</title>
<link href="sitespecific/ssMgStyles.css" rel="stylesheet" type="text/css" />
<link href="sitespecific/ssWordStyles.css" rel="stylesheet" type="text/css" />
<style>
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 0.85em; color:#222; background:#eef1f4; }}
#container {{ width: 960px; margin: 0 auto; background: #fff; padding: 10px 20px; }}
#header {{ border-bottom: 4px solid #5b8f22; padding-bottom: 6px; }}
#header span.site {{ font-size: 1.6em; color: #5b8f22; font-weight: bold; }}
.breadcrumb li {{ display: inline; margin-right: 6px; }}
.breadcrumb ul {{ padding: 0; }}
.mgMainTitleTxt {{ font-size: 1.5em; color: #333; }}
.mgSubTitleTxt {{ font-size: 1.1em; }}
.mgSectionTitle {{ font-size: 1.05em; color: #5b8f22; margin-top: 1.2em; }}
.mgLabel {{ font-weight: bold; }}
.mgDocumentFrame {{ border: 1px solid #aaa; padding: 12px 18px; margin: 10px 0; background: #fff;
                   max-height: none; }}
.mgDocumentFrameTitle {{ background: #e6e6e6; margin: -12px -18px 10px -18px; padding: 5px 10px;
                        font-weight: bold; border-bottom: 1px solid #aaa; }}
p.MsoNormal {{ margin: 0 0 4pt 0; font-family: Arial, sans-serif; font-size: 10pt; }}
table.MsoTableGrid td {{ font-size: 10pt; }}
#footer {{ border-top: 1px solid #ccc; margin-top: 20px; font-size: 0.8em; color: #666; }}
</style>
</head>
<body>
<a class="sr-only" href="#mgMainContent">Skip to main content</a>
<div id="container">
<div id="header"><span class="site">Cheshire East Council</span> &nbsp; <span>Meetings, agendas and minutes</span></div>
<div class="breadcrumb"><ul><li><a href="/">Home</a> &gt;</li><li><a href="mgListCommittees.aspx?bcr=1">Committees</a> &gt;</li>
<li><a href="ieListMeetings.aspx?CommitteeId=246">Health and Adult Social Care Scrutiny Committee</a> &gt;</li>
<li>Agenda item</li></ul></div>
<a name="mgMainContent"></a>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgAgendaItem" id="mgAgendaItem2178">
<h2 class="mgSubTitleTxt mgAgendaItemTitle">Putting People First: Quarter 1 2010/11 Milestone Return</h2>
<div class="mgAgendaItemMeeting"><p><span class="mgLabel">Meeting: </span>
<a href="ieListDocuments.aspx?CId=246&amp;MId=3012">22/07/2010 - Health and Adult Social Care Scrutiny Committee</a>
(Item 18.)</p></div>
<div class="mgAiTitleTxt mgAgendaItemNumber"><p>18. Putting People First: Quarter 1 2010/11 Milestone Return</p></div>
<div class="mgWordPara mgAgendaItemDescription"><div class="WordSection1">
<p class="MsoNormal">To receive the Council&#8217;s quarterly self-assessment against the Putting People First
milestones agreed by the Department of Health, ADASS and the LGA, as submitted to the Joint Improvement
Partnership for the North West.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Contact: Lucia Scally, Transformation Programme Manager, Adults, Community, Health and
Wellbeing. Tel: 01270 371382</p>
</div></div>
<h3 class="mgSubItemTitleTxt">Minutes:</h3>
<div class="mgWordPara mgAgendaItemMinutes"><div class="WordSection1">
<p class="MsoNormal">The Committee considered the Quarter 1 2010/11 return on progress with the Putting People
First milestones. The Head of Transformation reported that 1,180 people were now receiving a personal budget,
around 14% of eligible service users, and that the main challenge remained the review of existing clients.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Members asked about the milestone on prevention (M3), which had not been delivered by the end of
Quarter 4 2009/10. Officers explained that the joint strategy was awaiting sign off by the PCT Board.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>RESOLVED:</b> That the report be noted and a further update be brought to the October meeting.</p>
</div></div>
<h3 class="mgSubItemTitleTxt">Supporting documents:</h3>
<ul class="mgBulletList">
<li><a href="documents/s31275/PPF Q1 cover report.pdf" title="Link to document 'PPF Q1 cover report' pdf file">PPF Q1 cover report
<span class="mgFileSize">PDF 88 KB</span></a></li>
<li><a href="documents/s31276/Appendix A - PPF milestone return Q1.htm" title="Link to document 'Appendix A - PPF milestone return Q1'">Appendix A - PPF milestone return Q1
<span class="mgFileSize">HTML 41 KB</span></a></li>
<li><a href="documents/s31277/Appendix B - Adults risk register extract.pdf" title="Link to document 'Appendix B'">Appendix B - Adults risk register extract
<span class="mgFileSize">PDF 54 KB</span></a></li>
</ul>

<div class="mgDocumentFrame" id="mgDocumentFrame" role="document" aria-label="Appendix A - PPF milestone return Q1">
<div class="mgDocumentFrameTitle">Appendix A - PPF milestone return Q1</div>
<div class="WordSection1">
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:12.0pt">Putting People First
&#8211; Milestone Return</span></b></p>
<p class="MsoNormal"><b>Council:</b> Cheshire East Council</p>
<p class="MsoNormal"><b>Reporting period:</b> Quarter 1 2010/11 (position at 30 June 2010)</p>
<p class="MsoNormal"><b>Return completed:</b> 9 July 2010</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>1. Milestone delivery</b></p>
<p class="MsoNormal">Milestones are shown by the financial quarter in which they fall due.</p>
{ms_table}
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Key to milestone codes</b></p>
{legend}
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Key to quarters</b> (financial years): Q4 2009/10 = January to March 2010; Q2 2010/11 =
July to September 2010; Q4 2010/11 = January to March 2011. The national milestone dates of April 2010,
October 2010 and April 2011 fall at the end of these quarters.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>2. Underpinning requirements</b></p>
{req_table}
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Appendix B (extract): Adults corporate risk register, June 2010</b> &#8211; for information;
not part of the return.</p>
{risk_table}
</div>
</div>
</div>
</div>
<div id="footer" class="mgFooter"><p>Cheshire East Council, Westfields, Middlewich Road, Sandbach CW11 1HZ</p></div>
</div>
</body>
</html>
"""
    (DOCS / f"{stem}.html").write_text(page, encoding="utf-8")
    gold(stem, "Cheshire East", "2010-06", "2010-07-09", cells, ratings, facts=facts)


# ---------------------------------------------------------------------------
# 2. Word docx: vMerge milestone names, btLr option headers, repeated header rows
# ---------------------------------------------------------------------------
def _tc_pr(cell_):
    return cell_._tc.get_or_add_tcPr()


def _el(tag, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


def _shade(cell_, fill):
    tcPr = _tc_pr(cell_)
    tcPr.append(_el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill}))


def _rotate(cell_):
    _tc_pr(cell_).append(_el("w:textDirection", **{"w:val": "btLr"}))


def _repeat_header(row):
    row._tr.get_or_add_trPr().append(_el("w:tblHeader"))


def _row_height(row, twips, rule="atLeast"):
    row._tr.get_or_add_trPr().append(_el("w:trHeight", **{"w:val": str(twips), "w:hRule": rule}))


def _set_cell(cell_, text, bold=False, size=9, align=None):
    from docx.shared import Pt
    cell_.text = ""
    p = cell_.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell_.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def _col_widths(table, widths):
    """Set grid column widths (tblGrid) and per-cell widths, fixed layout."""
    from docx.oxml.ns import qn
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    table.autofit = False
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(int(x.twips) for x in widths[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.get_or_add_tcW()
            tcW.set(qn("w:w"), str(w))
            tcW.set(qn("w:type"), "dxa")
            col += span


def doc2():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    stem = "rt4-a2-stockport-docx-vmerge-rotated"
    LAYOUTS[stem] = ("Word docx: milestone names in vertically merged cells (vMerge) spanning three deadline rows, "
                     "option headers rotated bottom-to-top (btLr) under spanning group headers, table crossing a "
                     "page break with repeated header rows (tblHeader)")
    data = {
        1: [("2010-04", "Y", None, None, None), ("2010-10", "Y", None, None, None),
            ("2011-04", None, VL, None, None)],
        2: [("2010-04", "Y", None, None, None),
            ("2010-10", "N", None, "Backlog of reviews in the older people's teams; 61% of people reviewed "
                                   "since April were offered a personal budget.", "March 2011"),
            ("2011-04", None, FL, None, None)],
        3: [("2010-04", "Y", None, None, None), ("2010-10", "Y", None, None, None),
            ("2011-04", None, FU, None, None)],
        4: [("2010-04", "Y", None, None, None), ("2010-10", "Y", None, None, None),
            ("2011-04", None, VL, None, None)],
        5: [("2010-04", "Y", None, None, None),
            ("2010-10", "N", None, "Market position statement delayed pending the JSNA refresh.",
             "February 2011"),
            ("2011-04", None, FL, None, None)],
    }
    ratings = {
        "engagement.service_users": G, "engagement.staff": AG, "engagement.health": AR,
        "engagement.politicians": G, "engagement.council_partners": AG, "engagement.regional_national": G,
        "arrangements.risk_management": AG, "arrangements.business_models": AG,
        "arrangements.financial_systems": AR, "arrangements.project_plan": G,
        "arrangements.business_cases": R, "arrangements.workforce_strategy": AG,
    }
    facts = [
        {"kind": "people_with_personal_budget", "value": 1962,
         "text": "1,962 people were receiving a personal budget"},
        {"kind": "percent_with_personal_budget", "value": 27.4,
         "text": "27.4% of eligible people"},
    ]
    cells = []
    for m, rows in data.items():
        for d, a, l, rsn, wh in rows:
            cells.append(cell(m, d, a, l, rsn, wh))

    doc = Document()
    set_core(doc, "Putting People First - Quarter 3 return", "Stockport MBC")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    def para(text, bold=False, size=None, space_after=6):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(space_after)
        return p

    para("STOCKPORT METROPOLITAN BOROUGH COUNCIL", True, 13)
    para("Adult Social Care and Housing Scrutiny Committee", True)
    para("Meeting: 20 January 2011", False)
    para("PUTTING PEOPLE FIRST: QUARTER 3 2010/11 MILESTONE RETURN", True, 12)
    para("Report of the Corporate Director for People", False)
    para("1. PURPOSE OF REPORT", True)
    para("1.1 To inform the Scrutiny Committee of the Council's position against the national Putting People "
         "First milestones at the end of December 2010, as returned to the North West Joint Improvement "
         "Partnership. The return was completed on 7 January 2011.")
    para("2. BACKGROUND", True)
    para("2.1 In September 2009 the Department of Health, ADASS and the LGA agreed a set of milestones for the "
         "transformation of adult social care, with deliverables due in April 2010, October 2010 and April 2011. "
         "Councils report progress quarterly. Deliverables whose date has passed are reported as achieved or "
         "not achieved; for deliverables not yet due the Council records how likely it is to achieve them.")
    para("2.2 At 31 December 2010, 1,962 people were receiving a personal budget, representing 27.4% of eligible "
         "people. The national expectation is that at least 30% of eligible people will have a personal budget "
         "by April 2011.")
    para("2.3 Two October 2010 deliverables were not achieved. In self-directed support, the offer of a personal "
         "budget at review has not yet reached all reviewed clients because of a backlog in the older people's "
         "teams. In local commissioning, the market position statement has been held back so that it can "
         "reflect the refreshed Joint Strategic Needs Assessment. Both are expected to be in place before the "
         "end of the financial year.")
    para("2.4 The Stockport Personalisation Programme Board receives a monthly highlight report and the programme "
         "risk log. The Board has asked for particular attention to be given to business cases for "
         "disinvestment from traditional day services, which remain at an early stage, and to the capacity of "
         "the finance team to support direct payments and managed accounts as numbers rise.")
    para("3. THE RETURN", True)
    para("3.1 Table 1 sets out the milestone section of the return. Table 2 sets out the Council's self-assessment "
         "of the underpinning requirements.")
    para("Table 1: Milestones (X marks the position recorded in the return)", True, 10)

    W = [Cm(3.4), Cm(2.0), Cm(0.9), Cm(0.9), Cm(0.95), Cm(0.95), Cm(0.95), Cm(0.95), Cm(5.0)]
    t = doc.add_table(rows=2 + 15, cols=9)
    t.style = "Table Grid"
    t.autofit = False
    # header row 1
    h1 = t.rows[0]
    h2 = t.rows[1]
    _set_cell(h1.cells[0], "Milestone", True)
    _set_cell(h1.cells[1], "Deadline", True)
    _set_cell(h1.cells[2], "Achieved?", True, 8)
    _set_cell(h1.cells[4], "Likelihood of achieving by the deadline", True, 8)
    _set_cell(h1.cells[8], "Reason if not achieved / when to be achieved", True, 8)
    for c in list(h1.cells) + list(h2.cells):
        _shade(c, "D9E2F3")
    for _ in range(1):
        pass
    a = h1.cells[2].merge(h1.cells[3])
    b = h1.cells[4].merge(h1.cells[7])
    _set_cell(a, "Achieved?", True, 8, WD_ALIGN_PARAGRAPH.CENTER)
    _set_cell(b, "Likelihood of achieving by the deadline", True, 8, WD_ALIGN_PARAGRAPH.CENTER)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 8).merge(t.cell(1, 8))
    _set_cell(t.cell(0, 0), "Milestone", True)
    _set_cell(t.cell(0, 1), "Deadline", True)
    _set_cell(t.cell(0, 8), "Reason if not achieved / when to be achieved", True, 8)
    opts = ["Yes", "No", "Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
    for i, o in enumerate(opts):
        c = t.cell(1, 2 + i)
        _set_cell(c, o, True, 8)
        _rotate(c)
    _repeat_header(h1)
    _repeat_header(h2)
    _row_height(h2, 1500, "exact")
    dl_word = {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}
    r = 2
    for m in range(1, 6):
        top = t.cell(r, 0)
        top.merge(t.cell(r + 2, 0))
        _set_cell(t.cell(r, 0), f"{m}. {MS[m]}", True, 9)
        for d, a_, l_, rsn, wh in data[m]:
            row = t.rows[r]
            _row_height(row, 620)
            row._tr.get_or_add_trPr().append(_el("w:cantSplit"))
            _set_cell(row.cells[1], dl_word[d], False, 9)
            col = None
            if a_ == "Y":
                col = 2
            elif a_ == "N":
                col = 3
            elif l_:
                col = 4 + LIKS.index(l_)
            for k in range(2, 8):
                _set_cell(row.cells[k], "X" if k == col else "", True, 10, WD_ALIGN_PARAGRAPH.CENTER)
            if d == "2011-04":
                for k in (2, 3):
                    _shade(row.cells[k], "BFBFBF")
            else:
                for k in range(4, 8):
                    _shade(row.cells[k], "BFBFBF")
            if rsn:
                _set_cell(row.cells[8], f"Reason: {rsn}\nTo be achieved by: {wh}", False, 8)
            else:
                _set_cell(row.cells[8], "", False, 8)
            r += 1
    _col_widths(t, W)
    para("")
    para("Shaded cells do not apply to that deadline.", False, 8)
    para("Table 2: Underpinning requirements", True, 10)
    rt = doc.add_table(rows=2 + 12 + 2, cols=5)
    rt.style = "Table Grid"
    rt.autofit = False
    _set_cell(rt.cell(0, 0), "Requirement", True)
    rt.cell(0, 1).merge(rt.cell(0, 4))
    _set_cell(rt.cell(0, 1), "Self-assessment", True, 8, WD_ALIGN_PARAGRAPH.CENTER)
    rt.cell(0, 0).merge(rt.cell(1, 0))
    _set_cell(rt.cell(0, 0), "Requirement", True)
    for i, o in enumerate(["Red", "Amber/Red", "Amber/Green", "Green"]):
        c = rt.cell(1, 1 + i)
        _set_cell(c, o, True, 8)
        _rotate(c)
    _repeat_header(rt.rows[0])
    _repeat_header(rt.rows[1])
    _row_height(rt.rows[1], 1400, "exact")
    for c in list(rt.rows[0].cells) + list(rt.rows[1].cells):
        _shade(c, "D9E2F3")
    r = 2
    order = ["R", "AR", "AG", "G"]
    for k, text in REQ:
        if k in ("engagement.service_users", "arrangements.risk_management"):
            rt.cell(r, 0).merge(rt.cell(r, 4))
            lab = ("Are all stakeholders fully engaged and supportive of local planning for Putting People First?"
                   if k.startswith("engagement") else "Are the following key arrangements resolved and in place?")
            _set_cell(rt.cell(r, 0), lab, True, 9)
            _shade(rt.cell(r, 0), "F2F2F2")
            r += 1
        _set_cell(rt.cell(r, 0), text, False, 9)
        col = order.index(RATING_CODE[ratings[k]])
        for i in range(4):
            _set_cell(rt.cell(r, 1 + i), "X" if i == col else "", True, 10, WD_ALIGN_PARAGRAPH.CENTER)
        r += 1
    _col_widths(rt, [Cm(12.2), Cm(1.2), Cm(1.2), Cm(1.2), Cm(1.2)])
    para("")
    para("4. RECOMMENDATION", True)
    para("4.1 The Scrutiny Committee is asked to note the Quarter 3 return and the actions being taken on the two "
         "October 2010 deliverables not achieved.")
    para("Background papers: DH/ADASS/LGA 'Putting People First: Milestones for year three' (September 2009).")
    para("Contact officer: Anne Whitworth, Personalisation Lead, 0161 474 3021", False, 9)
    out = DOCS / f"{stem}.docx"
    doc.save(out)
    normalise_zip(out)
    gold(stem, "Stockport", "2010-12", "2011-01-07", cells, ratings, facts=facts)
    return out


# ---------------------------------------------------------------------------
# 3. WeasyPrint PDF of a CMS export: traffic-light icons with legends
# ---------------------------------------------------------------------------
TL = {"green": (46, 158, 68), "lime": (166, 206, 57), "amber": (245, 166, 35), "red": (208, 2, 27),
      "grey": (150, 150, 150)}


def _circle_png(path, rgb, size=48):
    from PIL import Image, ImageDraw
    big = size * 4
    im = Image.new("RGBA", (big, big), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((8, 8, big - 8, big - 8), fill=rgb + (255,), outline=(60, 60, 60, 255), width=6)
    im = im.resize((size, size), Image.LANCZOS)
    im.save(path, optimize=False)


def doc3():
    from weasyprint import HTML
    stem = "rt4-a3-wiltshire-weasyprint-traffic-lights"
    LAYOUTS[stem] = ("WeasyPrint PDF of a CMS briefing page: achieved and likelihood shown only as coloured "
                     "traffic-light PNG icons (meaning depends on column legend), ratings as CSS circles "
                     "including half-and-half Amber/Red and Amber/Green; decoy indicator table with the same icons")
    icons = WORK / "a3-icons"
    icons.mkdir(parents=True, exist_ok=True)
    for k, rgb in TL.items():
        _circle_png(icons / f"tl-{k}.png", rgb)
    ACH_ICON = {"Y": "green", "N": "red"}
    LIK_ICON = {VL: "green", FL: "lime", FU: "amber", VU: "red"}
    data = {  # m: (apr10 achieved, oct10 likelihood, apr11 likelihood)
        1: ("Y", VL, VL),
        2: ("Y", FL, FU),
        3: ("N", FU, FL),
        4: ("Y", VL, VL),
        5: ("Y", FL, VU),
    }
    reason3 = ("the joint prevention strategy with NHS Wiltshire was agreed in principle but had not been "
               "signed off by both boards")
    when3 = "November 2010"
    ratings = {
        "engagement.service_users": G, "engagement.staff": G, "engagement.health": AG,
        "engagement.politicians": AG, "engagement.council_partners": G, "engagement.regional_national": AG,
        "arrangements.risk_management": AR, "arrangements.business_models": AR,
        "arrangements.financial_systems": R, "arrangements.project_plan": AG,
        "arrangements.business_cases": AR, "arrangements.workforce_strategy": AG,
    }
    cells = []
    for m, (a, o, p) in data.items():
        if a == "N":
            cells.append(cell(m, "2010-04", "N", None, reason3, when3))
        else:
            cells.append(cell(m, "2010-04", "Y"))
        cells.append(cell(m, "2010-10", None, o))
        cells.append(cell(m, "2011-04", None, p))
    facts = [{"kind": "people_with_personal_budget", "value": 2310,
              "text": "2,310 people were in receipt of a personal budget"}]

    def icon(kind):
        return f'<img class="tl" src="{icons}/tl-{kind}.png" alt="">'

    mrows = []
    for m, (a, o, p) in data.items():
        mrows.append(f"<tr><th scope=\"row\"><span class=\"mnum\">{m}</span> {esc(MS[m])}</th>"
                     f"<td>{icon(ACH_ICON[a])}</td><td>{icon(LIK_ICON[o])}</td><td>{icon(LIK_ICON[p])}</td></tr>")
    rrows = []
    RCSS = {R: "rag-r", AR: "rag-ar", AG: "rag-ag", G: "rag-g"}
    for k, text in REQ:
        if k == "engagement.service_users":
            rrows.append('<tr class="grp"><td colspan="2">Stakeholder engagement</td></tr>')
        if k == "arrangements.risk_management":
            rrows.append('<tr class="grp"><td colspan="2">Key arrangements in place</td></tr>')
        rrows.append(f'<tr><td>{esc(text)}</td><td class="c"><span class="rag {RCSS[ratings[k]]}"></span></td></tr>')
    decoy = [
        ("NI 130", "Social care clients receiving self-directed support (per 100,000 population)", "green"),
        ("NI 132", "Timeliness of social care assessment", "amber"),
        ("NI 135", "Carers receiving needs assessment or review and a specific carer's service", "red"),
        ("NI 136", "People supported to live independently through social services", "green"),
    ]
    drows = "".join(f"<tr><td>{a}</td><td style=\"text-align:left\">{esc(b)}</td><td class=\"c\">{icon(c)}</td></tr>" for a, b, c in decoy)

    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Putting People First milestones - September 2010 update | Wiltshire Council</title>
<meta name="author" content="Wiltshire Council">
<meta name="dcterms.created" content="2010-10-12T09:00:00">
<meta name="dcterms.modified" content="2010-10-12T09:00:00">
<style>
@page {{ size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-left {{ content: "www.wiltshire.gov.uk  |  Printed from the Wiltshire Council website"; font: 7pt Arial; color: #666; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 7pt Arial; color: #666; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #222; }}
.masthead {{ border-bottom: 3px solid #3f2a56; padding-bottom: 4px; margin-bottom: 8px; }}
.masthead .logo {{ font-size: 17pt; font-weight: bold; color: #3f2a56; }}
.masthead .strap {{ font-size: 8pt; color: #555; }}
nav.crumbs {{ font-size: 7.5pt; color: #555; margin-bottom: 6px; }}
nav.crumbs a {{ color: #3f2a56; text-decoration: none; }}
h1 {{ font-size: 15pt; color: #3f2a56; margin: 4px 0 6px 0; }}
h2 {{ font-size: 11.5pt; color: #3f2a56; border-bottom: 1px solid #ccc; margin-top: 14px; }}
.meta {{ font-size: 8pt; color: #555; }}
table {{ border-collapse: collapse; width: 100%; margin: 6px 0; }}
th, td {{ border: 1px solid #bbb; padding: 4px 5px; vertical-align: middle; }}
thead th {{ background: #3f2a56; color: #fff; font-size: 8.5pt; }}
tbody th {{ text-align: left; font-weight: normal; }}
td {{ text-align: center; }}
td:first-child {{ text-align: left; }}
.mnum {{ display: inline-block; width: 14px; height: 14px; border-radius: 7px; background: #3f2a56; color: #fff;
        font-size: 7.5pt; text-align: center; line-height: 14px; font-weight: bold; }}
img.tl {{ width: 13px; height: 13px; vertical-align: middle; }}
.legend {{ font-size: 8pt; margin: 4px 0 8px 0; }}
.legend span.item {{ margin-right: 12px; white-space: nowrap; }}
.rag {{ display: inline-block; width: 13px; height: 13px; border-radius: 50%; border: 1px solid #3c3c3c;
       vertical-align: middle; }}
.rag-r {{ background: rgb(208,2,27); }}
.rag-g {{ background: rgb(46,158,68); }}
.rag-ar {{ background: linear-gradient(to right, rgb(245,166,35) 50%, rgb(208,2,27) 50%); }}
.rag-ag {{ background: linear-gradient(to right, rgb(245,166,35) 50%, rgb(46,158,68) 50%); }}
tr.grp td {{ background: #ece8f1; font-weight: bold; text-align: left; }}
td.c {{ width: 70px; }}
.note {{ font-size: 8.5pt; background: #f6f6f6; border-left: 3px solid #3f2a56; padding: 4px 8px; }}
.sidebar {{ font-size: 8pt; color: #444; border: 1px solid #ddd; padding: 4px 8px; margin-top: 10px; }}
</style>
</head>
<body>
<div class="masthead"><div class="logo">Wiltshire Council</div><div class="strap">Where everybody matters</div></div>
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/council">Council and democracy</a> &rsaquo;
<a href="/council/scrutiny">Overview and scrutiny</a> &rsaquo; Health and Adult Social Care Select Committee briefings</nav>
<h1>Putting People First milestones &ndash; September 2010 update</h1>
<p class="meta">Briefing note for the Health and Adult Social Care Select Committee &middot; Department of Community
Services &middot; Last updated 12 October 2010</p>
<p>This page summarises the council's quarterly return on the Putting People First milestones for the period to
30 September 2010. The return was submitted to the Department of Health on 8 October 2010 through the South West
Joint Improvement Partnership.</p>
<p>At 30 September 2010, 2,310 people were in receipt of a personal budget, and all new
clients with ongoing eligible needs are now offered a personal budget at assessment.</p>

<h2>1. Milestones</h2>
<p>For the April 2010 deliverables the icon shows whether the milestone was achieved. For October 2010 and
April 2011 it shows how likely the council is to achieve the milestone by that date.</p>
<table>
<thead><tr><th style="width:52%">Milestone</th><th>April 2010<br>achieved?</th><th>October 2010<br>likelihood</th>
<th>April 2011<br>likelihood</th></tr></thead>
<tbody>
{''.join(mrows)}
</tbody>
</table>
<div class="legend"><b>Key &ndash; achieved (April 2010):</b>
<span class="item">{icon('green')} Achieved</span><span class="item">{icon('red')} Not achieved</span></div>
<div class="legend"><b>Key &ndash; likelihood (October 2010, April 2011):</b>
<span class="item">{icon('green')} Very likely</span><span class="item">{icon('lime')} Fairly likely</span>
<span class="item">{icon('amber')} Fairly unlikely</span><span class="item">{icon('red')} Very unlikely</span></div>
<p class="note"><b>Milestone 3, April 2010 &ndash; reason not achieved:</b> {esc(reason3)}.
<b>When to be achieved:</b> {when3}.</p>

<h2>2. Underpinning requirements</h2>
<table>
<thead><tr><th>Requirement</th><th>Rating</th></tr></thead>
<tbody>
{''.join(rrows)}
</tbody>
</table>
<div class="legend"><b>Key &ndash; ratings:</b>
<span class="item"><span class="rag rag-r"></span> Red</span>
<span class="item"><span class="rag rag-ar"></span> Amber/Red</span>
<span class="item"><span class="rag rag-ag"></span> Amber/Green</span>
<span class="item"><span class="rag rag-g"></span> Green</span></div>

<h2>3. Related performance indicators (not part of the return)</h2>
<p>The following National Indicators are reported separately through the council's performance management
framework and are shown for context.</p>
<table>
<thead><tr><th>Indicator</th><th>Description</th><th>Status at Q2</th></tr></thead>
<tbody>{drows}</tbody>
</table>
<div class="legend"><b>Key &ndash; indicator status:</b>
<span class="item">{icon('green')} On target</span><span class="item">{icon('amber')} Within 5% of target</span>
<span class="item">{icon('red')} Off target</span></div>
<div class="sidebar"><b>Contact:</b> Personalisation Programme Team, County Hall, Bythesea Road, Trowbridge BA14 8JN.
Email personalisation@wiltshire.gov.uk</div>
</body>
</html>
"""
    src = WORK / f"{stem}.html"
    src.write_text(page, encoding="utf-8")
    out = DOCS / f"{stem}.pdf"
    HTML(filename=str(src), base_url=str(WORK)).write_pdf(str(out))
    gold(stem, "Wiltshire", "2010-09", "2010-10-08", cells, ratings, facts=facts)


# ---------------------------------------------------------------------------
# 4. LibreOffice Impress deck exported to PDF: dashboard + ratings slides
# ---------------------------------------------------------------------------
def doc4():
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Emu, Pt, Cm
    stem = "rt4-a4-bury-impress-dashboard"
    LAYOUTS[stem] = ("LibreOffice Impress deck exported to PDF: dashboard slide with milestones x deadlines as "
                     "status words on coloured fills, footnote for the one miss, ratings slide as a 12-row table "
                     "of R/AR/AG/G codes, decoy risk slide with likelihood x impact scores")
    # dashboard: status word per (m, d)
    dash = {
        1: ["Achieved", "Achieved", "Achieved"],
        2: ["Achieved", "Not achieved*", "Fairly likely"],
        3: ["Achieved", "Achieved", "Fairly unlikely"],
        4: ["Achieved", "Achieved", "Achieved"],
        5: ["Achieved", "Achieved", "Very likely"],
    }
    FILL = {"Achieved": "00B050", "Not achieved*": "FF0000", "Very likely": "92D050", "Fairly likely": "FFC000",
            "Fairly unlikely": "F79646", "Very unlikely": "C00000"}
    reason = "only 71% of people reviewed since October were offered a personal budget"
    when = "June 2011"
    ratings = {
        "engagement.service_users": AG, "engagement.staff": G, "engagement.health": AG,
        "engagement.politicians": G, "engagement.council_partners": G, "engagement.regional_national": G,
        "arrangements.risk_management": AG, "arrangements.business_models": AG,
        "arrangements.financial_systems": G, "arrangements.project_plan": G,
        "arrangements.business_cases": AR, "arrangements.workforce_strategy": R,
    }
    cells = []
    for m, row in dash.items():
        for d, w in zip(DEADLINES, row):
            if w == "Achieved":
                cells.append(cell(m, d, "Y"))
            elif w == "Not achieved*":
                cells.append(cell(m, d, "N", None, reason, when))
            else:
                cells.append(cell(m, d, None, {v: k for k, v in LIK_WORD.items()}[w]))
    facts = [
        {"kind": "people_with_personal_budget", "value": 1436, "text": "1,436 people with a personal budget"},
        {"kind": "percent_with_personal_budget", "value": 31.2, "text": "31.2% of eligible service users"},
    ]

    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(25.4), Cm(19.05)  # 4:3, as in 2011
    blank = prs.slide_layouts[6]
    NAVY = RGBColor(0x1F, 0x3A, 0x60)

    def textbox(slide, x, y, w, h, text, size=14, bold=False, color=None, align=None):
        tb = slide.shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, line in enumerate(text.split("\n")):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            r = p.add_run()
            r.text = line
            r.font.size = Pt(size)
            r.font.bold = bold
            r.font.name = "Liberation Sans"
            if color:
                r.font.color.rgb = color
            if align:
                p.alignment = align
        return tb

    def banner(slide, title):
        from pptx.enum.shapes import MSO_SHAPE
        sh = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Cm(2.4))
        sh.fill.solid()
        sh.fill.fore_color.rgb = NAVY
        sh.line.fill.background()
        tf = sh.text_frame
        tf.paragraphs[0].text = ""
        textbox(slide, 0.8, 0.45, 23.5, 1.6, title, 22, True, RGBColor(0xFF, 0xFF, 0xFF))
        textbox(slide, 0.8, 18.0, 18, 0.8, "Bury Council \u2013 Adult Care Services \u2013 Transformation Programme Board",
                9, False, RGBColor(0x59, 0x59, 0x59))

    def fill_cell(c, text, size=11, bold=False, fill=None, color=None, align=PP_ALIGN.LEFT):
        c.text = ""
        p = c.text_frame.paragraphs[0]
        r = p.add_run()
        r.text = text
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = "Liberation Sans"
        if color:
            r.font.color.rgb = color
        p.alignment = align
        if fill:
            c.fill.solid()
            c.fill.fore_color.rgb = RGBColor.from_string(fill)
        c.margin_left = c.margin_right = Cm(0.15)
        c.margin_top = c.margin_bottom = Cm(0.08)

    # slide 1: title
    s = prs.slides.add_slide(blank)
    banner(s, "Transforming Adult Social Care")
    textbox(s, 1.5, 5.0, 22, 2, "Putting People First milestones\nQuarter 4 2010/11 position (31 March 2011)", 26,
            True, NAVY)
    textbox(s, 1.5, 10.0, 22, 4, "Transformation Programme Board \u2013 12 April 2011\n"
            "Presented by: Head of Commissioning and Transformation\n"
            "Return completed 5 April 2011 and submitted to the North West JIP", 14)

    # slide 2: dashboard
    s = prs.slides.add_slide(blank)
    banner(s, "Milestone dashboard \u2013 Q4 2010/11")
    shape = s.shapes.add_table(6, 4, Cm(0.8), Cm(3.0), Cm(23.8), Cm(9.0))
    tbl = shape.table
    tbl.columns[0].width = Cm(9.8)
    for i in range(1, 4):
        tbl.columns[i].width = Cm(4.66)
    for i, h in enumerate(["Milestone", "April 2010", "October 2010", "April 2011"]):
        fill_cell(tbl.cell(0, i), h, 12, True, "1F3A60", RGBColor(0xFF, 0xFF, 0xFF),
                  PP_ALIGN.LEFT if i == 0 else PP_ALIGN.CENTER)
    for m in range(1, 6):
        fill_cell(tbl.cell(m, 0), f"{m}. {MS_SHORT[m]}", 11, False, "F2F2F2")
        for j, w in enumerate(dash[m]):
            fg = RGBColor(0xFF, 0xFF, 0xFF) if w in ("Achieved", "Not achieved*", "Very unlikely") else None
            fill_cell(tbl.cell(m, j + 1), w, 11, True, FILL[w], fg, PP_ALIGN.CENTER)
    textbox(s, 0.8, 12.4, 23.8, 1.6,
            f"* Self-directed support, October 2010: not achieved \u2013 {reason}. Expected to be achieved by {when}.",
            10)
    textbox(s, 0.8, 14.0, 23.8, 1.0,
            "Position at 31 March 2011: 1,436 people with a personal budget, 31.2% of eligible service users.",
            11, True, NAVY)
    textbox(s, 0.8, 15.3, 23.8, 1.2,
            "Status for April 2011 deliverables is achieved already, or the likelihood of achieving them by "
            "the April 2011 deadline.", 9)

    # slide 3: ratings
    s = prs.slides.add_slide(blank)
    banner(s, "Underpinning requirements \u2013 self-assessment")
    shape = s.shapes.add_table(13, 2, Cm(0.8), Cm(2.9), Cm(23.8), Cm(13.5))
    tbl = shape.table
    tbl.columns[0].width = Cm(21.3)
    tbl.columns[1].width = Cm(2.5)
    fill_cell(tbl.cell(0, 0), "Requirement", 10, True, "1F3A60", RGBColor(0xFF, 0xFF, 0xFF))
    fill_cell(tbl.cell(0, 1), "RAG", 10, True, "1F3A60", RGBColor(0xFF, 0xFF, 0xFF), PP_ALIGN.CENTER)
    RFILL = {R: "FF0000", AR: "FFC000", AG: "C4D79B", G: "00B050"}
    for i, (k, text) in enumerate(REQ, start=1):
        fill_cell(tbl.cell(i, 0), text.rstrip("."), 8.5)
        fill_cell(tbl.cell(i, 1), {R: "R", AR: "AR", AG: "AG", G: "G"}[ratings[k]], 11, True, RFILL[ratings[k]],
                  None, PP_ALIGN.CENTER)
    for i in range(13):
        tbl.rows[i].height = Cm(1.0)
    textbox(s, 0.8, 16.6, 23.8, 1.0, "Key: R = Red   AR = Amber/Red   AG = Amber/Green   G = Green", 10, True)

    # slide 4: decoy risk matrix
    s = prs.slides.add_slide(blank)
    banner(s, "Programme risks (from the risk log)")
    risks = [("Reduction in Supporting People budget", "4", "3", "12", "FF0000"),
             ("Care providers slow to develop flexible support", "3", "3", "9", "FFC000"),
             ("Reviews capacity in older people's teams", "3", "2", "6", "FFC000"),
             ("Direct payment audit findings", "1", "3", "3", "00B050")]
    shape = s.shapes.add_table(5, 4, Cm(0.8), Cm(3.0), Cm(23.8), Cm(6.0))
    tbl = shape.table
    tbl.columns[0].width = Cm(14.8)
    for i in range(1, 4):
        tbl.columns[i].width = Cm(3.0)
    for i, h in enumerate(["Risk", "Likelihood", "Impact", "Score"]):
        fill_cell(tbl.cell(0, i), h, 12, True, "1F3A60", RGBColor(0xFF, 0xFF, 0xFF))
    for r_, (a, b, c, d, f) in enumerate(risks, start=1):
        fill_cell(tbl.cell(r_, 0), a, 11)
        fill_cell(tbl.cell(r_, 1), b, 11, False, None, None, PP_ALIGN.CENTER)
        fill_cell(tbl.cell(r_, 2), c, 11, False, None, None, PP_ALIGN.CENTER)
        fill_cell(tbl.cell(r_, 3), d, 11, True, f, None, PP_ALIGN.CENTER)
    textbox(s, 0.8, 10.0, 23.8, 2, "Likelihood and impact scored 1 (low) to 4 (high). These programme risks are "
            "not part of the Putting People First return.", 11)

    pptx_path = WORK / f"{stem}.pptx"
    prs.save(pptx_path)
    odp = soffice_convert(pptx_path, "odp", WORK / "a4")
    pdf = soffice_convert(odp, "pdf", WORK / "a4", "impress_pdf_Export")
    shutil.copy(pdf, DOCS / f"{stem}.pdf")
    pin_pdf_metadata(DOCS / f"{stem}.pdf", "20110412093000")
    gold(stem, "Bury", "2011-03", "2011-04-05", cells, ratings, facts=facts)



# ---------------------------------------------------------------------------
# 5. CMS page with an email pasted in <pre>: ASCII table, X under option columns
# ---------------------------------------------------------------------------
def doc5():
    stem = "rt4-a5-north-somerset-email-pre"
    LAYOUTS[stem] = ("CMS bulletin page with a forwarded email pasted as <pre>: return as a space-aligned ASCII "
                     "table with milestone names wrapped over three lines and X marks under option columns; "
                     "quoted earlier email (> lines) with last quarter's ratings as decoy")
    # m -> [(deadline, option)] option: "A" achieved or likelihood key or None
    data = {
        1: [("2010-04", "A"), ("2010-10", VL), ("2011-04", FL)],
        2: [("2010-04", "A"), ("2010-10", FL), ("2011-04", FL)],
        3: [("2010-04", FL), ("2010-10", FU), ("2011-04", FU)],
        4: [("2010-04", "A"), ("2010-10", VL), ("2011-04", VL)],
        5: [("2010-04", VL), ("2010-10", FL), ("2011-04", None)],
    }
    ratings = {
        "engagement.service_users": AG, "engagement.staff": AR, "engagement.health": AR,
        "engagement.politicians": G, "engagement.council_partners": AG, "engagement.regional_national": AG,
        "arrangements.risk_management": AR, "arrangements.business_models": R,
        "arrangements.financial_systems": AR, "arrangements.project_plan": AG,
        "arrangements.business_cases": R, "arrangements.workforce_strategy": AR,
    }
    prev = {  # decoy, December 2009 ratings quoted from the earlier email
        "engagement.service_users": AR, "engagement.staff": R, "engagement.health": R,
        "engagement.politicians": AG, "engagement.council_partners": AR, "engagement.regional_national": AG,
        "arrangements.risk_management": R, "arrangements.business_models": R,
        "arrangements.financial_systems": R, "arrangements.project_plan": AR,
        "arrangements.business_cases": R, "arrangements.workforce_strategy": R,
    }
    cells = []
    for m, rows in data.items():
        for d, o in rows:
            if o == "A":
                cells.append(cell(m, d, "Y"))
            elif o:
                cells.append(cell(m, d, None, o))
    facts = [{"kind": "people_with_personal_budget", "value": 412,
              "text": "412 people now have a personal budget"}]
    names = {
        1: ["1. Effective partnerships with", "   people using services, carers", "   and other local citizens"],
        2: ["2. Self-directed support and", "   personal budgets", ""],
        3: ["3. Prevention and cost", "   effective services", ""],
        4: ["4. Information and advice", "", ""],
        5: ["5. Local commissioning", "", ""],
    }
    DW = {"2010-04": "Apr 2010", "2010-10": "Oct 2010", "2011-04": "Apr 2011"}
    NW, DWID, OW = 34, 9, 9
    heads = [("Already", "achieved"), ("Very", "likely"), ("Fairly", "likely"), ("Fairly", "unlikely"),
             ("Very", "unlikely")]
    optkeys = ["A", VL, FL, FU, VU]
    l1 = " " * NW + "  " + " " * DWID + "  " + "".join(h[0].ljust(OW) for h in heads)
    l2 = "Milestone".ljust(NW) + "  " + "Deadline".ljust(DWID) + "  " + "".join(h[1].ljust(OW) for h in heads)
    l3 = "-" * NW + "  " + "-" * DWID + "  " + "".join(("-" * (OW - 1)) + " " for _ in heads)
    lines = [l1.rstrip(), l2.rstrip(), l3.rstrip()]
    for m in range(1, 6):
        for i, (d, o) in enumerate(data[m]):
            row = names[m][i].ljust(NW) + "  " + DW[d].ljust(DWID) + "  "
            for k in optkeys:
                row += ("   X" if o == k else "").ljust(OW)
            lines.append(row.rstrip())
        lines.append("")
    ms_table = "\n".join(lines).rstrip()

    rnames = {
        "engagement.service_users": "Service users fully engaged",
        "engagement.staff": "Staff incl. providers and third sector",
        "engagement.health": "PCT and wider health community",
        "engagement.politicians": "Local politicians",
        "engagement.council_partners": "Other council depts and key partners",
        "engagement.regional_national": "Regional and national programmes",
        "arrangements.risk_management": "Risk management system in place",
        "arrangements.business_models": "Clarity of business models",
        "arrangements.financial_systems": "Financial systems for personal budgets",
        "arrangements.project_plan": "Local project plan",
        "arrangements.business_cases": "Business cases (investment/disinvestment)",
        "arrangements.workforce_strategy": "Workforce strategy",
    }
    RW = 44
    codes = ["R", "A/R", "A/G", "G"]
    cmap = {R: "R", AR: "A/R", AG: "A/G", G: "G"}

    def rtable(rat, prefix=""):
        out = [prefix + ("Underpinning requirements".ljust(RW) + "  " + "".join(c.center(5) for c in codes)).rstrip(),
               prefix + ("-" * RW + "  " + "".join(" --- " for _ in codes)).rstrip()]
        for k, _ in REQ:
            if k == "arrangements.risk_management":
                out.append(prefix.rstrip())
            row = rnames[k].ljust(RW) + "  " + "".join(("X" if cmap[rat[k]] == c else "").center(5) for c in codes)
            out.append(prefix + row.rstrip())
        return "\n".join(out)

    body = f"""From: Haines, Jo (Adult Social Services)
Sent: 13 April 2010 16:42
To: Members Bulletin
Cc: Barrett, Nick; Personalisation Programme Team
Subject: FW: Putting People First - quarterly return, quarter ending 31 March 2010

Hi all,

For this week's bulletin please. Below are the figures we sent to the South West
JIP today for the quarter ending 31 March 2010 (return completed 13/04/2010).

Headlines: 412 people now have a personal budget. The April 2010 milestones for
partnerships, personal budgets and information/advice are already met. Prevention
is behind because the joint strategy with NHS North Somerset is still in draft.

MILESTONES (X = our assessment)

{ms_table}

Local commissioning (5) for April 2011 not assessed this quarter - waiting for
the outcome of the commissioning review.

UNDERPINNING REQUIREMENTS (R = Red, A/R = Amber/Red, A/G = Amber/Green, G = Green)

{rtable(ratings)}

Any questions to me or Nick.

Thanks
Jo

Jo Haines | Personalisation Project Manager | Adult Social Services and Housing
North Somerset Council | Town Hall, Weston-super-Mare BS23 1UJ | 01934 888 888

-----Original Message-----
From: Haines, Jo (Adult Social Services)
Sent: 15 January 2010 10:05
To: Members Bulletin
Subject: Putting People First - December return

> For info, our first return (December 2009) rated the underpinning
> requirements as follows:
>
{rtable(prev, "> ")}
>
> Jo
"""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Members' Information Bulletin - 16 April 2010 - Putting People First quarterly return | North Somerset Council</title>
<meta name="keywords" content="members bulletin, adult social services, personalisation" />
<style type="text/css">
body {{ font-family: Verdana, Arial, sans-serif; font-size: 76%; margin: 0; background: #e9eef2; }}
#wrapper {{ width: 900px; margin: 0 auto; background: #fff; }}
#masthead {{ background: #00558c; color: #fff; padding: 14px 18px; font-size: 1.8em; font-weight: bold; }}
#topnav {{ background: #7ab800; padding: 4px 18px; }}
#topnav a {{ color: #fff; margin-right: 14px; text-decoration: none; font-weight: bold; }}
#content {{ padding: 10px 18px 20px 18px; }}
#leftcol {{ float: left; width: 170px; font-size: 0.95em; }}
#leftcol ul {{ list-style: none; padding: 0; }}
#leftcol li {{ border-bottom: 1px dotted #aaa; padding: 3px 0; }}
#main {{ margin-left: 190px; }}
h1 {{ color: #00558c; font-size: 1.6em; }}
.byline {{ color: #666; font-size: 0.9em; }}
pre {{ font-family: "Courier New", Courier, monospace; font-size: 0.95em; background: #fafafa; border: 1px solid #ddd;
      padding: 8px; overflow: auto; }}
#footer {{ clear: both; border-top: 1px solid #ccc; padding: 8px 18px; color: #666; font-size: 0.9em; }}
</style>
</head>
<body>
<div id="wrapper">
<div id="masthead">North Somerset Council</div>
<div id="topnav"><a href="/">Home</a><a href="/Council">Council and democracy</a><a href="/Council/Members">Councillors</a>
<a href="/Council/Members/Bulletin">Members' bulletin</a></div>
<div id="content">
<div id="leftcol"><ul>
<li><a href="/Council/Members/Bulletin/2010-04-16/Item1">1. Council tax leaflets</a></li>
<li><a href="/Council/Members/Bulletin/2010-04-16/Item2">2. Seafront works programme</a></li>
<li><a href="/Council/Members/Bulletin/2010-04-16/Item3">3. Library opening hours</a></li>
<li><strong>4. Putting People First quarterly return</strong></li>
<li><a href="/Council/Members/Bulletin/2010-04-16/Item5">5. Forthcoming consultations</a></li>
</ul></div>
<div id="main">
<p class="byline">Members' Information Bulletin &middot; Issue 214 &middot; 16 April 2010</p>
<h1>4. Putting People First quarterly return</h1>
<p>The following update has been provided by Adult Social Services and Housing. It is reproduced as received.</p>
<pre>
{esc(body)}</pre>
<p>Members wishing to discuss the return should contact the Director of Adult Social Services and Housing.</p>
</div>
</div>
<div id="footer">North Somerset Council, Town Hall, Walliscote Grove Road, Weston-super-Mare BS23 1UJ &middot;
<a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></div>
</div>
</body>
</html>
"""
    (DOCS / f"{stem}.html").write_text(page, encoding="utf-8")
    gold(stem, "North Somerset", "2010-03", "2010-04-13", cells, ratings, facts=facts)


# ---------------------------------------------------------------------------
# 6. python-docx: ticks are inline PNG pictures without alt text; ratings in coloured cells
# ---------------------------------------------------------------------------
def _tick_png():
    from PIL import Image, ImageDraw
    S = 160
    im = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.line([(22, 88), (62, 130), (140, 32)], fill=(0, 128, 0), width=22, joint="curve")
    im = im.resize((40, 40), Image.LANCZOS)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def _logo_png():
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (520, 120), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 110, 120), fill=(0, 94, 80))
    f1 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 40)
    f2 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 22)
    d.text((18, 34), "R", font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 56),
           fill=(255, 255, 255))
    d.text((130, 20), "Rotherham", font=f1, fill=(0, 94, 80))
    d.text((130, 74), "Metropolitan Borough Council", font=f2, fill=(60, 60, 60))
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def doc6():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    stem = "rt4-a6-rotherham-docx-png-ticks"
    LAYOUTS[stem] = ("python-docx report: the chosen option in each per-milestone grid is an inline PNG tick picture "
                     "with no alt text (no tick character anywhere), ratings are words in colour-shaded cells; the same "
                     "tick picture is reused in a decoy implications checklist, plus a logo picture")
    data = {  # m -> {deadline: option}  option "A" = already achieved
        1: {"2010-04": "A", "2010-10": VL, "2011-04": VL},
        2: {"2010-04": VL, "2010-10": FL, "2011-04": FU},
        3: {"2010-04": FL, "2010-10": FL},
        4: {"2010-04": VL, "2010-10": VL, "2011-04": FL},
        5: {"2010-04": FU, "2010-10": FL, "2011-04": FL},
    }
    ratings = {
        "engagement.service_users": AR, "engagement.staff": AR, "engagement.health": R,
        "engagement.politicians": AG, "engagement.council_partners": AR, "engagement.regional_national": AG,
        "arrangements.risk_management": R, "arrangements.business_models": AR,
        "arrangements.financial_systems": R, "arrangements.project_plan": AG,
        "arrangements.business_cases": R, "arrangements.workforce_strategy": AR,
    }
    answers = [
        (1, "How are people who use services and carers involved in planning the transformation?",
         "Through the Rotherham Personalisation Reference Group, which has met monthly since September 2009, "
         "and the Carers' Forum."),
        (2, "Have we started to issue personal budgets?",
         "Yes. 96 people had a personal budget at 31 December 2009, mainly in learning disability services."),
        (2, "What could prevent us from achieving this milestone?",
         "Delays in commissioning a new resource allocation system."),
        (4, "Do we have a strategy for universal access to information and advice?",
         "A draft strategy will go to Cabinet in March 2010."),
        (5, "What external support would help?",
         "Support from the Yorkshire and Humber JIP on market development."),
    ]
    risks = [(2, "Financial systems not ready to make payments to personal budget holders",
              "Interim manual payment process agreed with Financial Services")]
    facts = [{"kind": "people_with_personal_budget", "value": 96,
              "text": "96 people had a personal budget at 31 December 2009"}]
    cells = []
    for m, dd in data.items():
        for d in DEADLINES:
            if d in dd:
                o = dd[d]
                cells.append(cell(m, d, "Y") if o == "A" else cell(m, d, None, o))

    tick = _tick_png()
    doc = Document()
    set_core(doc, "Putting People First milestone return December 2009", "RMBC")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def para(text="", bold=False, size=None, after=6, align=None):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(after)
        if align is not None:
            p.alignment = align
        return p

    def put_tick(cell_):
        p = cell_.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(io.BytesIO(tick), width=Cm(0.4))

    doc.add_paragraph().add_run().add_picture(io.BytesIO(_logo_png()), width=Cm(6.5))
    para("ROTHERHAM METROPOLITAN BOROUGH COUNCIL \u2013 REPORT TO MEMBERS", True, 12)
    meta = [("1. Meeting:", "Cabinet Member for Adult Social Care and Health"),
            ("2. Date:", "25 January 2010"),
            ("3. Title:", "Putting People First \u2013 Milestone Return, December 2009"),
            ("4. Directorate:", "Neighbourhoods and Adult Services")]
    mt = doc.add_table(rows=4, cols=2)
    for i, (a, b) in enumerate(meta):
        _set_cell(mt.cell(i, 0), a, True, 11)
        _set_cell(mt.cell(i, 1), b, False, 11)
    _col_widths(mt, [Cm(4.0), Cm(12.6)])
    para()
    para("5. Summary", True)
    para("This report presents the Council's first quarterly self-assessment against the Putting People First "
         "milestones agreed by the Department of Health, ADASS and the LGA. The return reports the position at the "
         "end of December 2009 and was completed on 11 January 2010 for submission to the Yorkshire and Humber Joint "
         "Improvement Partnership.")
    para("6. Recommendations", True)
    para("That the Cabinet Member notes the return and the areas rated red.")
    para("7. Proposals and details", True)
    para("7.1 For each milestone the grid shows the Council's assessment for each deadline: whether the "
         "deliverable is already achieved or, if not, how likely the Council is to achieve it by that date. The "
         "assessment for Prevention and cost effective services at April 2011 has not been made this quarter.")

    opts = [("A", "Already achieved"), (VL, "Very likely"), (FL, "Fairly likely"), (FU, "Fairly unlikely"),
            (VU, "Very unlikely")]
    qa = {}
    for m, q, a in answers:
        qa.setdefault(m, []).append((q, a))
    for m in range(1, 6):
        para(f"Milestone {m}: {MS[m]}", True, 11, 3)
        t = doc.add_table(rows=6, cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(["", "April 2010", "October 2010", "April 2011"]):
            _set_cell(t.cell(0, j), h, True, 10, WD_ALIGN_PARAGRAPH.CENTER)
            _shade(t.cell(0, j), "DDEBF7")
        for i, (k, lab) in enumerate(opts, start=1):
            _row_height(t.rows[i], 360)
            _set_cell(t.cell(i, 0), lab, False, 10)
            for j, d in enumerate(DEADLINES, start=1):
                _set_cell(t.cell(i, j), "", False, 10)
                if data[m].get(d) == k:
                    put_tick(t.cell(i, j))
        _col_widths(t, [Cm(4.6), Cm(4.0), Cm(4.0), Cm(4.0)])
        if m in qa or any(r[0] == m for r in risks):
            para("", after=2)
            rows = qa.get(m, [])
            rk = [r for r in risks if r[0] == m]
            kt = doc.add_table(rows=len(rows) + 2 * len(rk), cols=2)
            kt.style = "Table Grid"
            i = 0
            for q, a in rows:
                _set_cell(kt.cell(i, 0), q, True, 9.5)
                _set_cell(kt.cell(i, 1), a, False, 9.5)
                i += 1
            for _, rsk, mit in rk:
                _set_cell(kt.cell(i, 0), "Key risk", True, 9.5)
                _set_cell(kt.cell(i, 1), rsk, False, 9.5)
                _set_cell(kt.cell(i + 1, 0), "Mitigating action", True, 9.5)
                _set_cell(kt.cell(i + 1, 1), mit, False, 9.5)
                i += 2
            _col_widths(kt, [Cm(6.6), Cm(10.0)])
        para("", after=4)

    para("7.2 Underpinning requirements", True)
    SH = {R: "FF0000", AR: "FFC000", AG: "C5E0B3", G: "00B050"}
    rt = doc.add_table(rows=1 + 12, cols=2)
    rt.style = "Table Grid"
    _set_cell(rt.cell(0, 0), "Requirement", True, 10)
    _set_cell(rt.cell(0, 1), "Rating", True, 10)
    for i, (k, text) in enumerate(REQ, start=1):
        _set_cell(rt.cell(i, 0), text, False, 9.5)
        _set_cell(rt.cell(i, 1), RATING_WORD[ratings[k]], True, 9.5, WD_ALIGN_PARAGRAPH.CENTER)
        _shade(rt.cell(i, 1), SH[ratings[k]])
        if ratings[k] == R:
            from docx.shared import RGBColor
            rt.cell(i, 1).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _col_widths(rt, [Cm(13.0), Cm(3.6)])
    para()
    para("8. Finance", True)
    para("The programme is funded from the Social Care Reform Grant (\u00a31.9m in 2009/10).")
    para("9. Implications checklist", True)
    ic = doc.add_table(rows=5, cols=2)
    ic.style = "Table Grid"
    _set_cell(ic.cell(0, 0), "Implication", True, 10)
    _set_cell(ic.cell(0, 1), "Considered", True, 10, WD_ALIGN_PARAGRAPH.CENTER)
    for i, lab in enumerate(["Financial", "Legal", "Equalities impact assessment", "Risks and uncertainties"],
                            start=1):
        _set_cell(ic.cell(i, 0), lab, False, 10)
        _set_cell(ic.cell(i, 1), "", False, 10)
        _row_height(ic.rows[i], 360)
        put_tick(ic.cell(i, 1))
    _col_widths(ic, [Cm(8.0), Cm(3.0)])
    para()
    para("Contact: Shona McFarlane, Director of Health and Wellbeing, tel 01709 822397", False, 10)
    out = DOCS / f"{stem}.docx"
    doc.save(out)
    normalise_zip(out)
    gold(stem, "Rotherham", "2009-12", "2010-01-11", cells, ratings,
         answers=[{"milestone": m, "question": q, "answer": a} for m, q, a in answers],
         risks=[{"milestone": m, "risk": r_, "mitigation": mi} for m, r_, mi in risks], facts=facts)


# ---------------------------------------------------------------------------
# 7. Word 97-2003 .doc (via soffice) with FORMCHECKBOX fields + decoy previous quarter table
# ---------------------------------------------------------------------------
_CB_N = [0]


def _add_formcheckbox(paragraph, checked):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    _CB_N[0] += 1
    name = f"Check{_CB_N[0]}"
    chk = '<w:checked/>' if checked else ''
    xml_runs = [
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox></w:ffData>'
        f'</w:fldChar></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for x in xml_runs:
        paragraph._p.append(parse_xml(x))


def doc7():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    stem = "rt4-a7-shropshire-doc97-formcheckbox"
    LAYOUTS[stem] = ("Word 97-2003 binary .doc (LibreOffice-converted) with legacy FORMCHECKBOX fields for "
                     "achieved Yes/No, likelihood and R/AR/AG/G ratings; decoy table of last quarter's "
                     "positions in words, labelled 'for comparison only'")
    data = {  # m -> (apr10, oct10, apr11 likelihood); achieved tuples (Y/N, reason, when)
        1: (("Y", None, None), ("Y", None, None), VL),
        2: (("Y", None, None), ("Y", None, None), FL),
        3: (("Y", None, None), ("N", "Joint monitoring framework with NHS Shropshire County not yet agreed",
                                "March 2011"), FU),
        4: (("Y", None, None), ("Y", None, None), VL),
        5: (("Y", None, None), ("N", "Provider market development plan still in draft", "April 2011"), FL),
    }
    ratings = {
        "engagement.service_users": G, "engagement.staff": AG, "engagement.health": G,
        "engagement.politicians": G, "engagement.council_partners": AG, "engagement.regional_national": AG,
        "arrangements.risk_management": G, "arrangements.business_models": AG,
        "arrangements.financial_systems": AG, "arrangements.project_plan": G,
        "arrangements.business_cases": AG, "arrangements.workforce_strategy": AR,
    }
    prev_ms = {1: ("Achieved", "Very likely", "Fairly likely"), 2: ("Achieved", "Fairly likely", "Fairly unlikely"),
               3: ("Achieved", "Very likely", "Fairly likely"), 4: ("Achieved", "Very likely", "Very likely"),
               5: ("Achieved", "Fairly likely", "Fairly unlikely")}
    prev_r = {"engagement.service_users": AG, "engagement.staff": AR, "engagement.health": AG,
              "engagement.politicians": G, "engagement.council_partners": AR, "engagement.regional_national": AG,
              "arrangements.risk_management": AG, "arrangements.business_models": AR,
              "arrangements.financial_systems": AR, "arrangements.project_plan": G,
              "arrangements.business_cases": AR, "arrangements.workforce_strategy": R}
    cells = []
    for m, (a1, a2, l3) in data.items():
        for d, (a, rs, wh) in zip(DEADLINES[:2], (a1, a2)):
            cells.append(cell(m, d, a, None, rs, wh))
        cells.append(cell(m, "2011-04", None, l3))
    facts = [
        {"kind": "people_with_personal_budget", "value": 1045,
         "text": "1,045 people now have a personal budget"},
        {"kind": "people_with_personal_budget", "value": 860, "text": "up from 860 at 30 September 2010"},
    ]
    _CB_N[0] = 0
    doc = Document()
    set_core(doc, "PPF Quarter 3 return", "Shropshire Council")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def para(text="", bold=False, size=None, after=6):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(after)
        return p

    def cb_cell(cell_, options, chosen, size=9):
        """options: list of labels; chosen: label or None. One paragraph per option."""
        cell_.text = ""
        for i, lab in enumerate(options):
            p = cell_.paragraphs[0] if i == 0 else cell_.add_paragraph()
            _add_formcheckbox(p, lab == chosen)
            r = p.add_run(" " + lab)
            r.font.size = Pt(size)

    para("Shropshire Council", True, 14)
    para("Health and Adult Social Care Scrutiny Committee \u2013 7 February 2011", True)
    para("PUTTING PEOPLE FIRST: QUARTER 3 2010/11 RETURN", True, 12)
    para("Responsible officer: Stephen Chandler, Director of Adult Services. e-mail: stephen.chandler@shropshire.gov.uk")
    para("1. Summary", True)
    para("1.1 This paper reports the Council's Putting People First return for the third quarter of 2010/11, "
         "covering the period to 31 December 2010. The return was completed on 10 January 2011 and sent to the "
         "West Midlands Joint Improvement Partnership.")
    para("1.2 1,045 people now have a personal budget, up from 860 at 30 September 2010. Two October 2010 "
         "deliverables were not achieved; the reasons are given in the return.")
    para("2. The return", True)
    for m in range(1, 6):
        a1, a2, l3 = data[m]
        t = doc.add_table(rows=6, cols=4)
        t.style = "Table Grid"
        t.cell(0, 0).merge(t.cell(0, 3))
        _set_cell(t.cell(0, 0), f"Milestone {m}: {MS[m]}", True, 10)
        _shade(t.cell(0, 0), "E2EFD9")
        for j, h in enumerate(["", "April 2010", "October 2010", "April 2011"]):
            _set_cell(t.cell(1, j), h, True, 9)
        _set_cell(t.cell(2, 0), "Achieved?", False, 9)
        _set_cell(t.cell(3, 0), "Reason if not achieved", False, 9)
        _set_cell(t.cell(4, 0), "When to be achieved", False, 9)
        _set_cell(t.cell(5, 0), "How likely are we to achieve this milestone by this date?", False, 9)
        for j, (a, rs, wh) in enumerate((a1, a2), start=1):
            cb_cell(t.cell(2, j), ["Yes", "No"], {"Y": "Yes", "N": "No"}[a])
            _set_cell(t.cell(3, j), rs or "", False, 9)
            _set_cell(t.cell(4, j), wh or "", False, 9)
            _set_cell(t.cell(5, j), "n/a", False, 9)
            _shade(t.cell(5, j), "D9D9D9")
        for i in (2, 3, 4):
            _set_cell(t.cell(i, 3), "n/a", False, 9)
            _shade(t.cell(i, 3), "D9D9D9")
        cb_cell(t.cell(5, 3), ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"], LIK_WORD[l3])
        _col_widths(t, [Cm(4.4), Cm(4.2), Cm(4.2), Cm(4.2)])
        para("", after=4)
    para("Underpinning requirements", True)
    rt = doc.add_table(rows=1 + 12, cols=5)
    rt.style = "Table Grid"
    for j, h in enumerate(["Requirement", "Red", "Amber/Red", "Amber/Green", "Green"]):
        _set_cell(rt.cell(0, j), h, True, 9, None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        _shade(rt.cell(0, j), "E2EFD9")
    for i, (k, text) in enumerate(REQ, start=1):
        _set_cell(rt.cell(i, 0), text, False, 9)
        for j, rr in enumerate([R, AR, AG, G], start=1):
            c = rt.cell(i, j)
            c.text = ""
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_formcheckbox(c.paragraphs[0], ratings[k] == rr)
    _col_widths(rt, [Cm(10.6), Cm(1.6), Cm(1.6), Cm(1.6), Cm(1.6)])
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para("3. Comparison with the previous quarter", True)
    para("Table 3 below repeats the position reported in the Quarter 2 return (completed 8 October 2010). It is "
         "shown for comparison only and is not part of the Quarter 3 return.")
    para("Table 3: PREVIOUS QUARTER (Quarter 2 2010/11, to 30 September 2010) \u2013 for comparison only", True, 10)
    pt = doc.add_table(rows=6, cols=4)
    pt.style = "Table Grid"
    for j, h in enumerate(["Milestone", "April 2010", "October 2010", "April 2011"]):
        _set_cell(pt.cell(0, j), h, True, 9)
        _shade(pt.cell(0, j), "F2F2F2")
    for m in range(1, 6):
        _set_cell(pt.cell(m, 0), f"{m}. {MS_SHORT[m]}", False, 9)
        for j, w in enumerate(prev_ms[m], start=1):
            _set_cell(pt.cell(m, j), w, False, 9)
    _col_widths(pt, [Cm(7.0), Cm(3.3), Cm(3.3), Cm(3.3)])
    para("", after=4)
    pr = doc.add_table(rows=13, cols=2)
    pr.style = "Table Grid"
    _set_cell(pr.cell(0, 0), "Requirement (Quarter 2 rating, for comparison only)", True, 9)
    _set_cell(pr.cell(0, 1), "Q2 rating", True, 9)
    for i, (k, text) in enumerate(REQ, start=1):
        _set_cell(pr.cell(i, 0), text, False, 8.5)
        _set_cell(pr.cell(i, 1), RATING_WORD[prev_r[k]], False, 9)
    _col_widths(pr, [Cm(13.5), Cm(3.4)])
    para()
    para("4. Recommendation", True)
    para("Members are asked to note the return and the improvement since Quarter 2.")
    src = WORK / f"{stem}.docx"
    doc.save(src)
    normalise_zip(src)
    out = soffice_convert(src, "doc", WORK / "a7", "MS Word 97")
    shutil.copy(out, DOCS / f"{stem}.doc")
    gold(stem, "Shropshire", "2010-12", "2011-01-10", cells, ratings, facts=facts)


# ---------------------------------------------------------------------------
# 8. Google-Docs-style HTML export: lists of milestones each followed by Deadline|Status tables
# ---------------------------------------------------------------------------
def doc8():
    stem = "rt4-a8-trafford-gdocs-html"
    LAYOUTS[stem] = ("Google Docs HTML export style: every run a class-only <span>, milestones as lst-kix bullet "
                     "items each followed by a two-column Deadline | Status table of phrases ('Met', 'Not met - "
                     "expected by June 2011 (fairly likely)'), ratings in class-coloured cells, a reviewer comment "
                     "[a] that is not content, and a statistical table")
    status = {
        1: [("April 2010", "Met"), ("October 2010", "Met"), ("April 2011", "Met")],
        2: [("April 2010", "Met"), ("October 2010", "Met"),
            ("April 2011", "Not met \u2013 expected by June 2011 (fairly likely)")],
        3: [("April 2010", "Met"), ("October 2010", "Met"),
            ("April 2011", "Not met \u2013 evidence of cashable savings incomplete; expected by March 2012 "
                           "(fairly unlikely)")],
        4: [("April 2010", "Met"), ("October 2010", "Met"), ("April 2011", "Met")],
        5: [("April 2010", "Met"),
            ("October 2010", "Not met \u2013 expected by September 2011 (very likely)"),
            ("April 2011", "To be confirmed following the commissioning review")],
    }
    cells = [
        cell(1, "2010-04", "Y"), cell(1, "2010-10", "Y"), cell(1, "2011-04", "Y"),
        cell(2, "2010-04", "Y"), cell(2, "2010-10", "Y"), cell(2, "2011-04", "N", FL, None, "June 2011"),
        cell(3, "2010-04", "Y"), cell(3, "2010-10", "Y"),
        cell(3, "2011-04", "N", FU, "evidence of cashable savings incomplete", "March 2012"),
        cell(4, "2010-04", "Y"), cell(4, "2010-10", "Y"), cell(4, "2011-04", "Y"),
        cell(5, "2010-04", "Y"), cell(5, "2010-10", "N", VL, None, "September 2011"),
    ]
    ratings = {
        "engagement.service_users": G, "engagement.staff": G, "engagement.health": AG,
        "engagement.politicians": G, "engagement.council_partners": G, "engagement.regional_national": AG,
        "arrangements.risk_management": G, "arrangements.business_models": AG,
        "arrangements.financial_systems": G, "arrangements.project_plan": G,
        "arrangements.business_cases": AG, "arrangements.workforce_strategy": AG,
    }
    facts = [
        {"kind": "people_with_personal_budget", "value": 2045, "text": "2,045 people had a personal budget"},
        {"kind": "percent_with_personal_budget", "value": 34, "text": "34% of eligible service users"},
    ]
    RCLS = {G: "c21", AG: "c25", AR: "c27", R: "c29"}
    css = (
        'ul.lst-kix_7hq2m0t4ap1w-0{list-style-type:none}ul.lst-kix_9ozr1ixk3d5m-0{list-style-type:none}'
        '.lst-kix_7hq2m0t4ap1w-0>li:before{content:"\\0025cf   "}.lst-kix_9ozr1ixk3d5m-0>li:before{content:"\\0025cf   "}'
        'ol{margin:0;padding:0}table td,table th{padding:0}'
        '.c2{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
        'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
        'border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:117pt;'
        'border-top-color:#000000;border-bottom-style:solid}'
        '.c6{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
        'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
        'border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:333pt;'
        'border-top-color:#000000;border-bottom-style:solid}'
        '.c9{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
        'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
        'border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:360pt;'
        'border-top-color:#000000;border-bottom-style:solid}'
        '.c21,.c25,.c27,.c29{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;'
        'border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;'
        'border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;'
        'border-bottom-width:1pt;width:90pt;border-top-color:#000000;border-bottom-style:solid}'
        '.c21{background-color:#93c47d}.c25{background-color:#d9ead3}.c27{background-color:#f9cb9c}'
        '.c29{background-color:#e06666}'
        '.c14{background-color:#cfe2f3}'
        '.c12{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;'
        'font-family:"Arial";font-style:normal}'
        '.c16{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;'
        'font-family:"Arial";font-style:normal}'
        '.c18{color:#1f3864;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;'
        'font-family:"Arial";font-style:normal}'
        '.c19{color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:9pt;'
        'font-family:"Arial";font-style:normal}'
        '.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
        '.c4{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}'
        '.c5{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;'
        'text-align:left}'
        '.c7{margin-left:36pt;padding-top:12pt;padding-left:0pt;padding-bottom:4pt;line-height:1.15;orphans:2;'
        'widows:2;text-align:left}'
        '.c8{border-spacing:0;border-collapse:collapse;margin-right:auto}'
        '.c10{padding:0;margin:0}.c11{height:0pt}'
        '.c13{color:inherit;text-decoration:inherit}'
        '.c15{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}'
        '.c17{margin-left:36pt;border-spacing:0;border-collapse:collapse;margin-right:auto}'
        '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";'
        'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
        'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;'
        'font-family:"Arial"}h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;'
        'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    )

    def p(text, cls="c3", span="c12"):
        return f'<p class="{cls}"><span class="{span}">{esc(text)}</span></p>'

    def empty():
        return '<p class="c3 c11"><span class="c12"></span></p>'

    def td(text, cls, span="c12"):
        return (f'<td class="{cls}" colspan="1" rowspan="1"><p class="c4"><span class="{span}">{esc(text)}</span>'
                f'</p></td>')

    body = []
    body.append('<p class="c3 title" id="h.3k8x1p0d2w7q"><span class="c18">Trafford Council \u2013 Putting People '
                'First: final milestone position</span></p>')
    body.append(p("Adult Social Services \u2013 Personalisation Programme \u2013 paper for the Health and Wellbeing "
                  "Partnership, May 2011", "c3", "c19"))
    body.append(empty())
    body.append('<p class="c3"><span class="c12">This note sets out the final position on the Putting People First '
                'milestones at the end of the programme (position at 30 April 2011). The return was completed on '
                '6 May 2011</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup><span class="c12"> and shared '
                'with the North West Joint Improvement Partnership.</span></p>')
    body.append(empty())
    body.append(p("By 31 March 2011, 2,045 people had a personal budget, 34% of eligible service users, which meets "
                  "the national expectation of 30%."))
    body.append('<h2 class="c5" id="h.v1r0c8m5j2ab"><span class="c16">Milestones</span></h2>')
    body.append(p("Each milestone is followed by the status of its deliverables at each deadline."))
    for m in range(1, 6):
        start = " start" if m == 1 else ""
        body.append(f'<ul class="c10 lst-kix_7hq2m0t4ap1w-0{start}"><li class="c7 li-bullet-0">'
                    f'<span class="c16">{esc(MS[m])}</span></li></ul>')
        body.append(f'<a id="t.{m:x}a{m * 7:x}"></a><a id="t.{m - 1}"></a><table class="c17">')
        body.append(f'<tr class="c11">{td("Deadline", "c2 c14", "c16")}{td("Status", "c6 c14", "c16")}</tr>')
        for dl, stt in status[m]:
            body.append(f'<tr class="c11">{td(dl, "c2")}{td(stt, "c6")}</tr>')
        body.append('</table>')
    body.append(empty())
    body.append('<h2 class="c5" id="h.9b2m4kq1z8xe"><span class="c16">Underpinning requirements</span></h2>')
    body.append(p("Self-assessment of the underpinning requirements (colour and wording as agreed by the "
                  "Programme Board):"))
    body.append('<a id="t.a91c07"></a><a id="t.5"></a><table class="c8">')
    body.append(f'<tr class="c11">{td("Requirement", "c9 c14", "c16")}{td("Rating", "c21 c14", "c16")}</tr>')
    for k, text in REQ:
        body.append(f'<tr class="c11">{td(text, "c9")}{td(RATING_WORD[ratings[k]], RCLS[ratings[k]])}</tr>')
    body.append('</table>')
    body.append(empty())
    body.append('<h2 class="c5" id="h.q0w7e2r5t8yu"><span class="c16">Personal budgets by client group</span></h2>')
    body.append('<a id="t.3f0b11"></a><a id="t.6"></a><table class="c8">')
    stats = [("Client group", "Apr 2010", "Oct 2010", "Mar 2011"), ("Older people", "402", "811", "1,126"),
             ("Physical disability", "188", "301", "402"), ("Learning disability", "211", "322", "391"),
             ("Mental health", "37", "88", "126")]
    for i, row in enumerate(stats):
        cls = "c2 c14" if i == 0 else "c2"
        sp = "c16" if i == 0 else "c12"
        body.append('<tr class="c11">' + "".join(td(x, cls, sp) for x in row) + '</tr>')
    body.append('</table>')
    body.append(empty())
    body.append('<ul class="c10 lst-kix_9ozr1ixk3d5m-0 start"><li class="c7 li-bullet-0"><span class="c12">'
                'Next steps: the personalisation programme becomes business as usual from June 2011.</span></li>'
                '<li class="c7 li-bullet-0"><span class="c12">Remaining actions transfer to the Adult Social '
                'Services business plan 2011/12.</span></li></ul>')
    body.append('<div class="c1"><p class="c4"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c12">'
                'Shouldn&#39;t milestone 2 be fairly unlikely now? Let&#39;s discuss before this goes to the '
                'Partnership. \u2013 D. Moss</span></p></div>')
    page = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<style type="text/css">{css}</style></head><body class="c15 doc-content">' + "".join(body) +
            '</body></html>')
    (DOCS / f"{stem}.html").write_text(page, encoding="utf-8")
    gold(stem, "Trafford", "2011-04", "2011-05-06", cells, ratings, facts=facts)


ALL = []  # filled at the end


def main(argv):
    for d in (DOCS, GOLD, WORK):
        d.mkdir(parents=True, exist_ok=True)
    only = set(argv[1:])
    for fn in ALL:
        if only and fn.__name__ not in only:
            continue
        fn()
    if not only:
        (ROOT / "layouts-4a.json").write_text(json.dumps(LAYOUTS, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")


if __name__ == "__main__":
    import sys
    ALL.extend([globals()[f"doc{i}"] for i in range(1, 9) if f"doc{i}" in globals()])
    main(sys.argv)
