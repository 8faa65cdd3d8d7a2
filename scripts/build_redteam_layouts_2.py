#!/usr/bin/env python
"""Build the second red-team set of Putting People First milestone returns.

Writes eleven documents in layouts the extractor was not designed for into
tests/data/redteam2/docs/, one hand-checked gold record per document into
tests/data/redteam2/gold/ (same stem) and tests/data/redteam2/layouts.json.

Everything is generated from the data tables in this file with a fixed
random seed, so rerunning it gives the same documents and gold (the
LibreOffice PDFs have their creation date and file ID pinned after
conversion).

Producers: python-docx (4 .docx), LibreOffice headless from a generated .docx
(2 PDF), reportlab (2 PDF) and hand-written HTML (3).

Run:  .venv/bin/python scripts/build_redteam_layouts_2.py
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import io
import json
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

SEED = 20100401
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "redteam2"
DOCS = OUT / "docs"
GOLD = OUT / "gold"
SOFFICE = "/usr/bin/soffice"

# --------------------------------------------------------------------------
# Framework text (from the seed documents 000/001/002)
# --------------------------------------------------------------------------

MILESTONES = {
    1: "Effective partnerships with people using services, carers and other local citizens",
    2: "Self-directed support and personal budgets",
    3: "Prevention and cost effective services",
    4: "Information and advice",
    5: "Local commissioning",
}
DEADLINES = ["2010-04", "2010-10", "2011-04"]
DL_LONG = {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}
DL_SHORT = {"2010-04": "Apr-10", "2010-10": "Oct-10", "2011-04": "Apr-11"}
LIKELIHOODS = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
LIK_TEXT = {
    "very_likely": "Very likely",
    "fairly_likely": "Fairly likely",
    "fairly_unlikely": "Fairly unlikely",
    "very_unlikely": "Very unlikely",
}
LIK_ABBR = {
    "very_likely": "VL",
    "fairly_likely": "FL",
    "fairly_unlikely": "FU",
    "very_unlikely": "VU",
}
RATINGS = ["red", "amber_red", "amber_green", "green"]
RATING_TEXT = {
    "red": "Red",
    "amber_red": "Amber/Red",
    "amber_green": "Amber/Green",
    "green": "Green",
}

# Short deliverable wording (first sentence of each deliverable in the framework).
DELIVERABLES = {
    (
        1,
        "2010-04",
    ): "That a communication has been made to the public including all current service users "
    "and to all local stakeholders about the transformation agenda and its benefits for them.",
    (
        1,
        "2010-10",
    ): "That local service users understand the changes to personal budgets and that many are "
    "contributing to the development of local practice.",
    (
        1,
        "2011-04",
    ): "That every council area has at least one user-led organisation who are directly "
    "contributing to the transformation to personal budgets.",
    (
        2,
        "2010-04",
    ): "That every council has introduced personal budgets, which are being used by existing or "
    "new service users/ carers.",
    (
        2,
        "2010-10",
    ): "That all new service users / carers (with assessed need for ongoing support) are offered "
    "a personal budget.",
    (2, "2011-04"): "That at least 30% of eligible service users/carers have a personal budget.",
    (
        3,
        "2010-04",
    ): "That every council has a clear strategy, jointly with health, for how it will shift some "
    "investment from reactive provision towards preventative and enabling/ rehabilitative "
    "interventions for 2010/11.",
    (
        3,
        "2010-10",
    ): "That processes are in place to monitor across the whole system the impact of this shift "
    "in investment towards preventative and enabling services.",
    (
        3,
        "2011-04",
    ): "That there is evidence that cashable savings have been released as a result of the "
    "preventative strategies and that overall social care has delivered a minimum of 3% cashable "
    "savings.",
    (
        4,
        "2010-04",
    ): "That every council has a strategy in place to create universal information and advice "
    "services.",
    (
        4,
        "2010-10",
    ): "That the council has put in place arrangements for universal access to information and "
    "advice.",
    (
        4,
        "2011-04",
    ): "That the public are informed about where they can go to get the best information and "
    "advice about their care and support needs.",
    (
        5,
        "2010-04",
    ): "That councils and PCTs have commissioning strategies that address the future needs of "
    "their local population.",
    (
        5,
        "2010-10",
    ): "That providers and third sector organisations are clear on how they can respond to the "
    "needs of people using personal budgets.",
    (
        5,
        "2011-04",
    ): "That stakeholders are clear on the impact that purchasing by individuals will have on "
    "the procurement of councils and PCTs.",
}

REQS = [
    ("engagement.service_users", "The full engagement of all service users."),
    (
        "engagement.staff",
        "The full engagement of all staff working to support the delivery of care, which includes "
        "people working in the provider services and third sector organisations.",
    ),
    (
        "engagement.health",
        "The full engagement of Primary Care Trusts and the wider health community.",
    ),
    ("engagement.politicians", "The full engagement of local politicians"),
    (
        "engagement.council_partners",
        "The full engagement of all parts of local councils and of other key strategic partners.",
    ),
    ("engagement.regional_national", "The support of regional and national programmes."),
    (
        "arrangements.risk_management",
        "A system is in place, which manages the risks associated with the transformation that "
        "includes both the risks for individuals and financial and other risks",
    ),
    (
        "arrangements.business_models",
        "Clarity of the business models that will need to be adapted to support the transformation",
    ),
    (
        "arrangements.financial_systems",
        "Financial systems, which support the delivery of personal budgets.",
    ),
    (
        "arrangements.project_plan",
        "A local project plan for the delivery of the transformation with clear projections and "
        "targets to reach locally identified milestones",
    ),
    (
        "arrangements.business_cases",
        "Business cases, which track the new investments, and disinvestments that will be required "
        "to support the change.",
    ),
    ("arrangements.workforce_strategy", "A workforce strategy that supports the transformation"),
]
REQ_IDS = [r for r, _ in REQS]
REQ_TEXT = dict(REQS)
# Shorter paraphrases, as used in covering reports.
REQ_SHORT = {
    "engagement.service_users": "Engagement of people who use services",
    "engagement.staff": "Engagement of staff, including provider and third sector staff",
    "engagement.health": "Engagement of the PCT and wider health community",
    "engagement.politicians": "Engagement of elected members",
    "engagement.council_partners": (
        "Engagement of other council departments and key strategic partners"
    ),
    "engagement.regional_national": "Support of regional and national programmes",
    "arrangements.risk_management": "Risk management system for the transformation",
    "arrangements.business_models": "Clarity of business models",
    "arrangements.financial_systems": "Financial systems to support personal budgets",
    "arrangements.project_plan": "Local project plan with projections and targets",
    "arrangements.business_cases": "Business cases tracking investment and disinvestment",
    "arrangements.workforce_strategy": "Workforce strategy",
}
ENGAGEMENT_HEAD = (
    "Are all stakeholders fully engaged and supportive of local planning for \u201cPutting People "
    "First\u201d"
)
ARRANGEMENTS_HEAD = "Are the following Key Arrangements resolved and in place"

QUESTIONS = {
    1: [
        "Does our Authority have plans in place to meet the DH target of a User Led Organisation "
        "(ULO) in place by the end of 2010?",
        "Is there a programme board for the delivery of PPF that has direct representation of "
        "users/carers?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?",
    ],
    2: [
        "Have we started to issue personal budgets?",
        "Is this a pilot or mainstream activity for all new customers?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?",
    ],
    3: [
        "Do we have a strategy and/or an investment programme for Prevention and Early "
        "Intervention?",
        "Are health partners involved in this strategy?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?",
    ],
    4: [
        "Do we have a strategy for universal access to information, support and guidance for adult "
        "social care?",
        "On what date is it expected this strategy will be delivered?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?",
    ],
    5: [
        "Are we working with providers so they understand how we want them to develop and how they "
        "can develop flexible support arrangements?",
        "Have we clear links between adults social care transformation and the NHS local services "
        "commissioning?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?",
    ],
}

REASONS = {
    (1, "2010-04"): [
        "Public communication campaign deferred by the pre-election period",
        "Stakeholder briefing programme not yet complete",
    ],
    (1, "2010-10"): [
        "Feedback from the user panel shows personal budgets are not yet well understood",
        "Co-production events postponed until the autumn",
    ],
    (1, "2011-04"): [
        "User-led organisation still in development; constitution not yet agreed",
        "Funding for the user-led organisation not yet confirmed",
    ],
    (2, "2010-04"): [
        "Resource allocation system still being tested with the older people's teams",
        "Personal budgets so far limited to the learning disability pilot",
    ],
    (2, "2010-10"): [
        "Backlog of reviews in the older people's teams",
        "Support planning capacity in the hospital teams not yet in place",
    ],
    (2, "2011-04"): [
        "Review programme behind schedule",
        "Take-up lower than projected among older people",
    ],
    (3, "2010-04"): [
        "Joint prevention strategy awaiting PCT Board approval",
        "Risk-sharing agreement with health not yet signed",
    ],
    (3, "2010-10"): [
        "Whole-system monitoring framework not yet agreed with health partners",
        "Joint performance dataset with the PCT not yet available",
    ],
    (3, "2011-04"): [
        "Savings from reablement not yet verified",
        "Joint apportionment of benefits not agreed",
    ],
    (4, "2010-04"): [
        "Information and advice strategy still out to consultation",
        "Strategy drafted but not yet approved by Cabinet",
    ],
    (4, "2010-10"): [
        "Procurement of the new care directory website delayed",
        "Information and advice service contract not yet let",
    ],
    (4, "2011-04"): ["Public information campaign rescheduled", "Directory launch delayed"],
    (5, "2010-04"): [
        "Joint commissioning strategy being refreshed following the JSNA update",
        "Commissioning strategy awaiting PCT sign-off",
    ],
    (5, "2010-10"): [
        "Market position statement not yet published",
        "Provider development programme not yet started",
    ],
    (5, "2011-04"): [
        "Market position statement not yet published",
        "Procurement framework under review",
    ],
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def month_name(ym: str) -> str:
    y, m = ym.split("-")
    return f"{MONTHS[int(m) - 1]} {y}"


def add_months(ym: str, n: int) -> str:
    y, m = (int(x) for x in ym.split("-"))
    m += n
    while m > 12:
        m -= 12
        y += 1
    return f"{y:04d}-{m:02d}"


def is_due(period: str, deadline: str) -> bool:
    """True when the deliverable's date has been reached at the end of the period."""
    cutoff = {"2010-04": "2010-03", "2010-10": "2010-09", "2011-04": "2011-03"}[deadline]
    return period >= cutoff


def gen_cells(rng: random.Random, period: str) -> dict:
    """Plausible milestone cells for a return at the end of `period`."""
    cells = {}
    for m in MILESTONES:
        for d in DEADLINES:
            c = {"achieved": None, "likelihood": None, "reason": None, "when": None}
            if is_due(period, d):
                if rng.random() < 0.75:
                    c["achieved"] = "Y"
                else:
                    c["achieved"] = "N"
                    c["likelihood"] = rng.choices(LIKELIHOODS[:3], [4, 5, 2])[0]
                    c["reason"] = rng.choice(REASONS[(m, d)])
                    c["when"] = month_name(add_months(period, rng.choice([2, 3, 4, 6])))
            else:
                if d != "2011-04" and rng.random() < 0.15:
                    c["achieved"] = "Y"
                else:
                    c["likelihood"] = rng.choices(LIKELIHOODS, [4, 4, 2, 1])[0]
            cells[(m, d)] = c
    return cells


def gen_reqs(rng: random.Random) -> dict:
    return {r: rng.choices(RATINGS, [1, 2, 4, 4])[0] for r in REQ_IDS}


def cell(achieved=None, likelihood=None, reason=None, when=None) -> dict:
    return {"achieved": achieved, "likelihood": likelihood, "reason": reason, "when": when}


def gold_record(stem, council, period, completed, cells, reqs, answers=(), risks=(), facts=()):
    ms = []
    for m, d in sorted(cells, key=lambda k: (k[0], DEADLINES.index(k[1]))):
        c = cells[(m, d)]
        if c is None or (c["achieved"] is None and c["likelihood"] is None):
            continue
        assert c["achieved"] in (None, "Y", "N")
        assert c["likelihood"] in (None, *LIKELIHOODS)
        ms.append(
            {
                "milestone": m,
                "deadline": d,
                "achieved": c["achieved"],
                "likelihood": c["likelihood"],
                "reason_not_achieved": c["reason"],
                "when_to_be_achieved": c["when"],
            }
        )
    rq = []
    for r in REQ_IDS:
        if reqs.get(r):
            assert reqs[r] in RATINGS
            rq.append({"requirement": r, "rating": reqs[r]})
    return {
        "schema": "ppf-return/1",
        "document": stem,
        "council": council,
        "period": period,
        "date_completed": completed,
        "milestones": ms,
        "requirements": rq,
        "answers": [{"milestone": m, "question": q, "answer": a} for (m, q, a) in answers if a],
        "risks": [{"milestone": m, "risk": r, "mitigation": mi} for (m, r, mi) in risks if r or mi],
        "facts": [{"kind": k, "value": v, "text": t} for (k, v, t) in facts],
    }


# --------------------------------------------------------------------------
# python-docx helpers
# --------------------------------------------------------------------------

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def shade(c, fill: str) -> None:
    tc_pr = c._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_fonts(run, font: str) -> None:
    r_pr = run._r.get_or_add_rPr()
    rf = r_pr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        r_pr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)


def base_document(font="Arial", size=10, landscape=False) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    core = doc.core_properties
    core.author = "Adult Social Care Performance Team"
    core.title = "Putting People First milestone return"
    return doc


def set_cell(c, text, bold=False, size=None, align=None, italic=False):
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def col_widths(table, widths_cm) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=False):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def form_checkbox(par, checked: bool, name: str, explicit_false: bool = False) -> None:
    """Legacy Word 97-2003 FORMCHECKBOX field (no visible text in the XML)."""
    state = "<w:checked/>" if checked else ('<w:checked w:val="0"/>' if explicit_false else "")
    begin = (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name '
        f'w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default '
        f'w:val="0"/>{state}'
        f"</w:checkBox></w:ffData></w:fldChar></w:r>"
    )
    instr = (
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
    )
    end = f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'
    for x in (begin, instr, end):
        par._p.append(parse_xml(x))


def sdt_checkbox(par, checked: bool, sdt_id: int) -> None:
    """Word 2010 content-control check box rendered with MS Gothic ballot boxes."""
    glyph = "\u2612" if checked else "\u2610"
    x = (
        f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}"><w:sdtPr><w:id '
        f'w:val="{sdt_id}"/><w14:checkbox><w14:checked '
        f'w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS '
        f'Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS '
        f'Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS '
        f'Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
        f'w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    par._p.append(parse_xml(x))


class Revisions:
    """Tracked-change helper (w:ins / w:del) with unique revision ids."""

    def __init__(self, author: str, date: str):
        self.author, self.date, self.n = author, date, 100

    def _id(self):
        self.n += 1
        return self.n

    def deleted(self, par, text: str, bold=False):
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        par._p.append(
            parse_xml(
                f'<w:del {nsdecls("w")} w:id="{self._id()}" w:author="{self.author}" '
                f'w:date="{self.date}">'
                f"<w:r>{b}<w:delText "
                f'xml:space="preserve">{html.escape(text)}</w:delText></w:r></w:del>'
            )
        )

    def inserted(self, par, text: str, bold=False):
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        par._p.append(
            parse_xml(
                f'<w:ins {nsdecls("w")} w:id="{self._id()}" w:author="{self.author}" '
                f'w:date="{self.date}"><w:r>{b}<w:t '
                f'xml:space="preserve">{html.escape(text)}</w:t></w:r></w:ins>'
            )
        )


def save_docx(doc, path: Path, completed: str) -> None:
    """Save with fixed core-property dates and zip timestamps, so reruns give identical bytes."""
    when = dt.datetime.fromisoformat(completed + "T16:30:00")
    doc.core_properties.created = when - dt.timedelta(days=3)
    doc.core_properties.modified = when
    doc.core_properties.last_modified_by = doc.core_properties.author
    doc.core_properties.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = when.timetuple()[:6]
    with (
        zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def soffice_pdf(docx_path: Path, out_pdf: Path, completed: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        profile = Path(td) / "profile"
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                td,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        data = (Path(td) / (docx_path.stem + ".pdf")).read_bytes()
    # Pin the creation date, file ID and checksum (same byte lengths, so xref offsets stay valid).
    stamp = completed.replace("-", "").encode() + b"163000"
    fixed = hashlib.md5(docx_path.stem.encode()).hexdigest().upper().encode()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + stamp, data)
    data = re.sub(
        rb"<[0-9A-F]{32}>(\s*)<[0-9A-F]{32}>", b"<" + fixed + rb">\1<" + fixed + b">", data
    )
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + fixed, data)
    out_pdf.write_bytes(data)


def cover(doc, lines, bold_first=True):
    for text, size, bold in lines:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)


# --------------------------------------------------------------------------
# 1. Gateshead: one small table per deliverable date, 1-4 likelihood key,
#    the chosen number circled (U+2460..U+2463)
# --------------------------------------------------------------------------

CIRCLED = {1: "\u2460", 2: "\u2461", 3: "\u2462", 4: "\u2463"}


def build_gateshead(stem: str, rng: random.Random) -> dict:
    period, completed = "2010-12", "2011-01-07"
    cells = gen_cells(rng, period)
    cells[(2, "2010-10")] = cell(
        "N", "very_likely", "Backlog of reviews in the older people's teams", "February 2011"
    )
    cells[(4, "2011-04")] = cell(None, "fairly_unlikely")
    cells[(5, "2011-04")] = cell(None, "very_unlikely")
    cells[(1, "2011-04")] = cell(None, "very_likely")
    cells[(1, "2010-04")] = cell("Y")
    cells[(4, "2010-04")] = cell("Y")
    reqs = gen_reqs(rng)
    reqs["engagement.health"] = "amber_red"
    reqs["arrangements.business_cases"] = "red"
    answers = [
        (
            2,
            "Have we started to issue personal budgets?",
            "Yes. Personal budgets have been offered to all new customers since June 2009.",
        ),
        (
            2,
            "Is this a pilot or mainstream activity for all new customers?",
            "Mainstream activity for all new customers and for existing customers at review.",
        ),
        (
            2,
            "What are we planning to do next?",
            "Extend self-directed support to carers and to people using mental health services "
            "from April 2011.",
        ),
        (2, "What could prevent us from achieving this milestone?", ""),
    ]
    facts = [
        ("people_with_personal_budget", 1512, "1,512 people were in receipt of a personal budget"),
        ("percent_with_personal_budget", 26.8, "26.8% of eligible adults"),
    ]

    doc = base_document("Arial", 10)
    cover(
        doc,
        [
            ("Gateshead Council", 16, True),
            ("Communities and Adult Services", 12, False),
            ("Putting People First \u2013 Milestone Self-Assessment", 14, True),
        ],
    )
    doc.add_paragraph("Reporting period: quarter ending 31 December 2010")
    doc.add_paragraph("Date completed: 7 January 2011")
    doc.add_paragraph(
        "Completed by: Performance and Intelligence Team, on behalf of the Group Director"
    )
    doc.add_paragraph(
        "This self-assessment is submitted to the North East Joint Improvement Partnership. At the "
        "end of December 2010, 1,512 people were in receipt of a personal budget, which is 26.8% "
        "of eligible adults."
    )
    p = doc.add_paragraph()
    p.add_run("Likelihood key. ").bold = True
    p.add_run(
        "Where a deliverable has not been achieved, or is not yet due, the likelihood of achieving "
        "it is scored on the following scale and the number that applies is circled: 1 = very "
        "likely; 2 = fairly likely; 3 = fairly unlikely; 4 = very unlikely."
    )

    def lik_line(lik):
        n = LIKELIHOODS.index(lik) + 1
        return "     ".join(CIRCLED[i] if i == n else str(i) for i in range(1, 5))

    for m, title in MILESTONES.items():
        h = doc.add_paragraph()
        hr = h.add_run(f"Milestone {m} \u2013 {title}")
        hr.bold = True
        hr.font.size = Pt(12)
        for d in DEADLINES:
            c = cells[(m, d)]
            t = doc.add_table(rows=6, cols=2)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 1))
            set_cell(top, f"Deliverable due: {DL_LONG[d]}", bold=True)
            shade(top, "D9D9D9")
            set_cell(t.cell(1, 0), "Deliverable")
            set_cell(t.cell(1, 1), DELIVERABLES[(m, d)])
            set_cell(t.cell(2, 0), "Achieved? (Yes / No)")
            ach = {"Y": "Yes", "N": "No", None: "Not yet due"}[c["achieved"]]
            set_cell(t.cell(2, 1), ach, bold=True)
            set_cell(t.cell(3, 0), "If not, likelihood of achieving (see key)")
            set_cell(t.cell(3, 1), lik_line(c["likelihood"]) if c["likelihood"] else "n/a", size=12)
            set_cell(t.cell(4, 0), "Reason if not achieved")
            set_cell(t.cell(4, 1), c["reason"] or "")
            set_cell(t.cell(5, 0), "When to be achieved")
            set_cell(t.cell(5, 1), c["when"] or "")
            col_widths(t, [5.5, 11.5])
            doc.add_paragraph()
        if m == 2:
            kq = doc.add_table(rows=1, cols=2)
            kq.style = "Table Grid"
            set_cell(kq.cell(0, 0), "Key questions", bold=True)
            set_cell(kq.cell(0, 1), "Response", bold=True)
            for _, q, a in answers:
                r = kq.add_row().cells
                set_cell(r[0], q)
                set_cell(r[1], a)
            col_widths(kq, [8, 9])
            doc.add_paragraph()

    doc.add_paragraph().add_run("Underpinning requirements").bold = True
    doc.add_paragraph(
        "RAG: R = red, AR = amber/red, AG = amber/green, G = green. Direction of travel is shown "
        "against the September 2010 self-assessment."
    )
    arrows = ["\u2191", "\u2192", "\u2193"]
    rt = doc.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    for i, h_ in enumerate(["Underpinning requirement", "RAG", "Direction of travel"]):
        set_cell(rt.cell(0, i), h_, bold=True)
        shade(rt.cell(0, i), "D9D9D9")
    code = {"red": "R", "amber_red": "AR", "amber_green": "AG", "green": "G"}
    for r in REQ_IDS:
        if r == "engagement.service_users":
            sub = rt.add_row().cells
            m_ = sub[0].merge(sub[2])
            set_cell(m_, ENGAGEMENT_HEAD, italic=True)
        if r == "arrangements.risk_management":
            sub = rt.add_row().cells
            m_ = sub[0].merge(sub[2])
            set_cell(m_, ARRANGEMENTS_HEAD, italic=True)
        row = rt.add_row().cells
        set_cell(row[0], REQ_TEXT[r])
        set_cell(row[1], code[reqs[r]], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(row[2], rng.choice(arrows), align=WD_ALIGN_PARAGRAPH.CENTER)
    col_widths(rt, [12, 2, 3])
    save_docx(doc, DOCS / f"{stem}.docx", completed)
    return gold_record(stem, "Gateshead", period, completed, cells, reqs, answers, (), facts)


# --------------------------------------------------------------------------
# 2. Bolton: Wingdings 2 ballot boxes typed as letters (R = checked box,
#    Q = box with X, T = box with X, pound sign = empty box)
# --------------------------------------------------------------------------


def wd2(par, ch: str, size=12):
    r = par.add_run(ch)
    set_fonts(r, "Wingdings 2")
    r.font.size = Pt(size)
    return r


def build_bolton(stem: str, rng: random.Random) -> dict:
    period, completed = "2009-12", "2010-01-14"
    cells = gen_cells(rng, period)
    cells[(1, "2010-04")] = cell("Y")
    cells[(2, "2010-04")] = cell("Y")
    cells[(3, "2011-04")] = cell(None, "fairly_unlikely")
    cells[(5, "2011-04")] = cell(None, "very_unlikely")
    reqs = gen_reqs(rng)
    reqs["engagement.politicians"] = "green"
    reqs["arrangements.financial_systems"] = "red"
    reqs["arrangements.business_models"] = "amber_red"
    facts = [
        ("people_with_personal_budget", 212, "212 people were receiving a personal budget"),
        (
            "service_users_total",
            5900,
            "approximately 5,900 adults receiving community-based services",
        ),
    ]
    doc = base_document("Arial", 10)
    cover(
        doc,
        [
            ("Bolton Council", 16, True),
            ("Adult Services Department", 12, False),
            ("Putting People First: Milestones Progress Report", 14, True),
        ],
    )
    doc.add_paragraph("Position at 31 December 2009 (Quarter 3, 2009/10)")
    doc.add_paragraph("Date completed: 14 January 2010")
    doc.add_paragraph(
        "This is the Council\u2019s first quarterly return against the milestones agreed by the "
        "Department of Health, ADASS and the LGA. As at 31 December 2009, 212 people were "
        "receiving a personal budget, out of approximately 5,900 adults receiving community-based "
        "services."
    )
    p = doc.add_paragraph("Key: ")
    wd2(p, "R")
    p.add_run(" or ")
    wd2(p, "Q")
    p.add_run(" = option selected;   ")
    wd2(p, "\u00a3")
    p.add_run(" = not selected.")
    options = [("Already achieved", None)] + [(LIK_TEXT[k], k) for k in LIKELIHOODS]
    for m, title in MILESTONES.items():
        chosen_glyph = "Q" if m == 4 else "R"
        t = doc.add_table(rows=3 + len(options) + 1, cols=4)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 3))
        set_cell(top, f"Milestone {m}: {title}", bold=True)
        shade(top, "C6D9F1")
        set_cell(t.cell(1, 0), "")
        for j, d in enumerate(DEADLINES, 1):
            set_cell(t.cell(1, j), DL_LONG[d], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            set_cell(t.cell(2, j), DELIVERABLES[(m, d)], size=8)
        set_cell(t.cell(2, 0), "Deliverable")
        for i, (label, key) in enumerate(options):
            ri = 3 + i
            set_cell(t.cell(ri, 0), label)
            for j, d in enumerate(DEADLINES, 1):
                c = cells[(m, d)]
                sel = (c["achieved"] == "Y") if key is None else (c["likelihood"] == key)
                cc = t.cell(ri, j)
                cc.text = ""
                pp = cc.paragraphs[0]
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                wd2(pp, chosen_glyph if sel else "\u00a3")
        ri = 3 + len(options)
        set_cell(t.cell(ri, 0), "Comments")
        for j in range(1, len(DEADLINES) + 1):
            set_cell(t.cell(ri, j), "", size=8)
        col_widths(t, [3.5, 4.5, 4.5, 4.5])
        doc.add_paragraph()
    doc.add_paragraph().add_run("Underpinning requirements").bold = True
    doc.add_paragraph("R = Red, A/R = Amber/Red, A/G = Amber/Green, G = Green")
    rt = doc.add_table(rows=1, cols=5)
    rt.style = "Table Grid"
    for i, h_ in enumerate(["Requirement", "R", "A/R", "A/G", "G"]):
        set_cell(rt.cell(0, i), h_, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if i else None)
    for r in REQ_IDS:
        if r in ("engagement.service_users", "arrangements.risk_management"):
            sub = rt.add_row().cells
            m_ = sub[0].merge(sub[4])
            set_cell(
                m_, ENGAGEMENT_HEAD if r.startswith("engagement") else ARRANGEMENTS_HEAD, bold=True
            )
            shade(m_, "F2F2F2")
        row = rt.add_row().cells
        set_cell(row[0], REQ_TEXT[r])
        for j, k in enumerate(RATINGS, 1):
            row[j].text = ""
            pp = row[j].paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            wd2(pp, "T" if reqs[r] == k else "\u00a3")
    col_widths(rt, [11, 1.5, 1.5, 1.5, 1.5])
    save_docx(doc, DOCS / f"{stem}.docx", completed)
    return gold_record(stem, "Bolton", period, completed, cells, reqs, (), (), facts)


# --------------------------------------------------------------------------
# 3. Suffolk: legacy FORMCHECKBOX fields for the milestones (state only in
#    w:ffData, some unchecked boxes carry <w:checked w:val="0"/>), Word 2010
#    content-control check boxes (MS Gothic) for the requirements; one cell
#    and one requirement left blank
# --------------------------------------------------------------------------


def build_suffolk(stem: str, rng: random.Random) -> dict:  # noqa: C901 - one linear document layout
    period, completed = "2010-09", "2010-10-14"
    cells = gen_cells(rng, period)
    cells[(1, "2010-04")] = cell("Y")
    cells[(2, "2010-10")] = cell(
        "N",
        "fairly_likely",
        "Resource allocation system still being tested with the older people's teams",
        "December 2010",
    )
    cells[(4, "2010-10")] = None  # left blank by the council
    cells[(5, "2011-04")] = cell(None, "fairly_unlikely")
    cells[(5, "2010-04")] = cell("Y")
    reqs = gen_reqs(rng)
    reqs["engagement.regional_national"] = None  # no box ticked
    reqs["engagement.health"] = "amber_red"
    answers = [
        (
            1,
            QUESTIONS[1][0],
            "Yes. Suffolk Coalition of Disabled People has been commissioned to develop a "
            "county-wide user-led organisation by December 2010.",
        ),
        (
            1,
            QUESTIONS[1][1],
            "Yes. The Transformation Board includes two service user and one carer representative.",
        ),
        (1, QUESTIONS[1][2], ""),
        (2, QUESTIONS[2][0], "Yes"),
        (2, QUESTIONS[2][1], "Mainstream in all localities since April 2010."),
        (2, QUESTIONS[2][3], "Delays to the upgrade of the client record system."),
        (
            3,
            QUESTIONS[3][0],
            "Yes. The joint Prevention Strategy with NHS Suffolk was agreed in March 2010.",
        ),
        (3, QUESTIONS[3][1], "Yes, through the joint Prevention Board."),
        (4, QUESTIONS[4][0], "A draft strategy is out for consultation until November."),
        (4, QUESTIONS[4][1], ""),
        (5, QUESTIONS[5][0], "Provider forums are held quarterly in each of the three localities."),
        (5, QUESTIONS[5][4], "Regional support with market shaping from the Eastern JIP."),
    ]
    risks = [
        (
            2,
            "Client record system not ready for personal budgets",
            "Interim spreadsheet recording agreed with Finance",
        ),
        (3, "Reduction in PCT prevention funding", "Joint review of pooled budget in January 2011"),
        (5, "", ""),
    ]
    doc = base_document("Arial", 9)
    cover(
        doc,
        [
            ("Suffolk County Council", 16, True),
            ("Adult and Community Services", 11, False),
            ("Putting People First \u2013 Milestone Self Improvement Framework", 13, True),
        ],
    )
    doc.add_paragraph("Quarter ending: 30 September 2010")
    doc.add_paragraph("Date completed: 14/10/2010")
    doc.add_paragraph(
        "Please tick the relevant boxes. Where a deliverable has not been achieved, tick how "
        "likely it is to be achieved and give the reason and a revised date."
    )
    # requirements (content-control check boxes)
    sid = [-2081000000]

    def next_id():
        sid[0] += 7
        return sid[0]

    for head, ids in ((ENGAGEMENT_HEAD, REQ_IDS[:6]), (ARRANGEMENTS_HEAD, REQ_IDS[6:])):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h_ in enumerate([head, "Red", "Amber/Red", "Amber / Green", "Green"]):
            set_cell(t.cell(0, i), h_, bold=True)
            shade(t.cell(0, i), "DBE5F1")
        for r in ids:
            row = t.add_row().cells
            set_cell(row[0], REQ_TEXT[r])
            for j, k in enumerate(RATINGS, 1):
                row[j].text = ""
                pp = row[j].paragraphs[0]
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                sdt_checkbox(pp, reqs[r] == k, next_id())
        col_widths(t, [10, 1.8, 1.8, 1.8, 1.8])
        doc.add_paragraph()

    box_n = [0]

    def box(par, checked, label):
        box_n[0] += 1
        explicit = (not checked) and box_n[0] % 3 == 0
        form_checkbox(par, checked, f"Check{box_n[0]}", explicit_false=explicit)
        par.add_run(f" {label}")

    for m, title in MILESTONES.items():
        t = doc.add_table(rows=7, cols=4)
        t.style = "Table Grid"
        set_cell(t.cell(0, 0), f"Milestone {m}:", bold=True)
        set_cell(t.cell(0, 1).merge(t.cell(0, 3)), title, bold=True)
        set_cell(t.cell(1, 0), "Key Dates and Deliverables:", bold=True)
        for j, d in enumerate(DEADLINES, 1):
            set_cell(t.cell(1, j), DL_LONG[d], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            set_cell(t.cell(2, j), DELIVERABLES[(m, d)], size=8)
        set_cell(t.cell(3, 0), "Achieved?")
        set_cell(
            t.cell(4, 0),
            "If not achieved, how likely are we to achieve this milestone by this date?",
        )
        set_cell(t.cell(5, 0), "Reason if not achieved")
        set_cell(t.cell(6, 0), "When to be achieved")
        for j, d in enumerate(DEADLINES, 1):
            c = cells[(m, d)] or cell()
            cc = t.cell(3, j)
            cc.text = ""
            pp = cc.paragraphs[0]
            box(pp, c["achieved"] == "Y", "Yes")
            pp.add_run("    ")
            box(pp, c["achieved"] == "N", "No")
            cc = t.cell(4, j)
            cc.text = ""
            for i, k in enumerate(LIKELIHOODS):
                pp = cc.paragraphs[0] if i == 0 else cc.add_paragraph()
                box(pp, c["likelihood"] == k, LIK_TEXT[k])
            set_cell(t.cell(5, j), c["reason"] or "")
            set_cell(t.cell(6, j), c["when"] or "")
        col_widths(t, [4, 4.3, 4.3, 4.3])
        doc.add_paragraph()
        kq = doc.add_table(rows=0, cols=3)
        kq.style = "Table Grid"
        first = True
        for mm, q, a in answers:
            if mm != m:
                continue
            row = kq.add_row().cells
            set_cell(row[0], "Key Questions:" if first else "", bold=True)
            first = False
            set_cell(row[1], f"\u2022 {q}")
            set_cell(row[2], a)
        for mm, rk, mi in risks:
            if mm != m:
                continue
            row = kq.add_row().cells
            set_cell(row[0], "Key Risks and Mitigating Actions:", bold=True)
            set_cell(row[1], f"Key Risks; {rk}".rstrip())
            set_cell(row[2], f"Mitigating Actions; {mi}".rstrip())
        if len(kq.rows):
            col_widths(kq, [4, 6.5, 6.5])
        doc.add_paragraph()
    doc.add_paragraph("Signed off by: Director of Adult and Community Services")
    save_docx(doc, DOCS / f"{stem}.docx", completed)
    return gold_record(stem, "Suffolk", period, completed, cells, reqs, answers, risks, ())


# --------------------------------------------------------------------------
# 4. Coventry: council named only in the page header; the return was revised
#    with Track Changes (deleted marks/values, inserted replacements) and a
#    Word comment quotes the old likelihood
# --------------------------------------------------------------------------


def build_coventry(stem: str, rng: random.Random) -> dict:  # noqa: C901 - one linear document layout
    period, completed = "2010-03", "2010-04-13"
    cells = gen_cells(rng, period)
    # final (post-revision) values; `old` records what the tracked deletions show
    cells[(2, "2010-04")] = cell("Y")
    cells[(3, "2010-10")] = cell(None, "fairly_likely")
    cells[(3, "2011-04")] = cell(None, "fairly_unlikely")
    cells[(5, "2011-04")] = cell(None, "fairly_likely")
    cells[(4, "2010-04")] = cell(
        "N", "very_likely", "Information and advice strategy still out to consultation", "June 2010"
    )
    cells[(1, "2011-04")] = cell(None, "very_likely")
    old = {  # (m, d) -> what was there before the tracked revision
        (2, "2010-04"): cell(
            "N", "fairly_likely", "Resource allocation system still being tested", "May 2010"
        ),
        (3, "2010-10"): cell(None, "fairly_unlikely"),
        (5, "2011-04"): cell(None, "very_likely"),
        (4, "2010-04"): cell(
            "N", None, "Information and advice strategy still out to consultation", "June 2010"
        ),
    }
    reqs = gen_reqs(rng)
    reqs["engagement.politicians"] = "green"
    reqs["arrangements.workforce_strategy"] = "amber_green"
    reqs["arrangements.financial_systems"] = "amber_red"
    old_reqs = {
        "arrangements.workforce_strategy": "amber_red",
        "arrangements.financial_systems": "red",
    }
    facts = [("people_with_personal_budget", 640, "640 people had a personal budget")]
    rev = Revisions("Jane Sutton", "2010-04-13T09:12:00Z")

    doc = base_document("Calibri", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Coventry City Council \u2013 Community Services Directorate")
    hr.bold = True
    hr.font.size = Pt(11)
    sec.footer.paragraphs[
        0
    ].text = "PPF milestone return Q4 2009/10 \u2013 working copy with tracked changes"
    cover(doc, [("Putting People First \u2013 Milestone Return", 15, True)])
    doc.add_paragraph("Period: January to March 2010 (Quarter 4, 2009/10)")
    p = doc.add_paragraph("Date completed: ")
    rev.deleted(p, "6 April 2010")
    rev.inserted(p, "13 April 2010")
    doc.add_paragraph(
        "The City Council\u2019s return was discussed at the Directorate Management Team and "
        "amended before submission to the West Midlands JIP; the amendments are shown as tracked "
        "changes. At 31 March 2010, 640 people had a personal budget, and the programme with NHS "
        "Coventry remains on track for October."
    )

    def put(par, new, old_v, bold=True):
        if old_v == new:
            if new:
                r = par.add_run(new)
                r.bold = bold
            return
        if old_v:
            rev.deleted(par, old_v, bold)
        if new:
            rev.inserted(par, new, bold)

    comment_target = None
    for m, title in MILESTONES.items():
        labels = (
            ["Achieved (Y/N)"]
            + [LIK_TEXT[k] for k in LIKELIHOODS]
            + ["Reason if not achieved", "When to be achieved"]
        )
        t = doc.add_table(rows=2 + len(labels), cols=4)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 3))
        set_cell(top, f"Milestone {m}: {title}", bold=True)
        shade(top, "DDD9C3")
        set_cell(t.cell(1, 0), "How likely are we to achieve this milestone by this date?", size=8)
        for j, d in enumerate(DEADLINES, 1):
            set_cell(t.cell(1, j), DL_LONG[d], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        for i, lab in enumerate(labels):
            set_cell(t.cell(2 + i, 0), lab)
        for j, d in enumerate(DEADLINES, 1):
            c = cells[(m, d)]
            o = old.get((m, d), c)
            for i in range(len(labels)):
                cc = t.cell(2 + i, j)
                cc.text = ""
                pp = cc.paragraphs[0]
                if i == 0:
                    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    put(pp, c["achieved"] or "", o["achieved"] or "")
                elif i <= 4:
                    k = LIKELIHOODS[i - 1]
                    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    put(
                        pp, "X" if c["likelihood"] == k else "", "X" if o["likelihood"] == k else ""
                    )
                    if (m, d) == (3, "2011-04") and c["likelihood"] == k:
                        comment_target = pp.runs[0]
                elif i == 5:
                    put(pp, c["reason"] or "", o["reason"] or "", bold=False)
                else:
                    put(pp, c["when"] or "", o["when"] or "", bold=False)
        col_widths(t, [5, 4, 4, 4])
        doc.add_paragraph()
    if comment_target is not None:
        cm = doc.add_comment(
            comment_target,
            text="Q3 return said Very likely \u2013 lowered after the PCT budget announcement. JS",
            author="Jane Sutton",
            initials="JS",
        )
        cm._comment_elm.set(qn("w:date"), "2010-04-13T09:20:00Z")
    doc.add_paragraph().add_run("Underpinning requirements").bold = True
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h_ in enumerate(["", "Red", "Amber/Red", "Amber/Green", "Green"]):
        set_cell(t.cell(0, i), h_, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if i else None)
    for r in REQ_IDS:
        if r in ("engagement.service_users", "arrangements.risk_management"):
            row = t.add_row().cells
            set_cell(
                row[0],
                ENGAGEMENT_HEAD if r.startswith("engagement") else ARRANGEMENTS_HEAD,
                bold=True,
            )
            for j in range(1, 5):
                set_cell(
                    row[j], RATING_TEXT[RATINGS[j - 1]], size=8, align=WD_ALIGN_PARAGRAPH.CENTER
                )
        row = t.add_row().cells
        set_cell(row[0], REQ_TEXT[r])
        for j, k in enumerate(RATINGS, 1):
            row[j].text = ""
            pp = row[j].paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            put(pp, "X" if reqs[r] == k else "", "X" if old_reqs.get(r, reqs[r]) == k else "")
    col_widths(t, [9.4, 1.9, 1.9, 1.9, 1.9])
    save_docx(doc, DOCS / f"{stem}.docx", completed)
    return gold_record(stem, "Coventry", period, completed, cells, reqs, (), (), facts)


# --------------------------------------------------------------------------
# 5. Dudley (LibreOffice PDF): transposed grid - milestones across the top,
#    deadline rows down the side, likelihood as VL/FL/FU/VU with a legend,
#    requirements two-per-row, decoy directorate risk register
# --------------------------------------------------------------------------


def build_dudley(stem: str, rng: random.Random, tmp: Path) -> dict:
    period, completed = "2010-03", "2010-04-09"
    cells = gen_cells(rng, period)
    cells[(3, "2010-04")] = cell(
        "N", "fairly_likely", "Joint prevention strategy awaiting PCT Board approval", "June 2010"
    )
    cells[(3, "2011-04")] = None  # left blank
    cells[(5, "2010-10")] = None  # "tbc"
    cells[(2, "2011-04")] = cell(None, "fairly_unlikely")
    cells[(4, "2010-10")] = cell(None, "very_unlikely")
    reqs = gen_reqs(rng)
    reqs["engagement.staff"] = "amber_red"
    reqs["arrangements.business_cases"] = "red"
    doc = base_document("Arial", 9, landscape=True)
    cover(
        doc,
        [
            ("Dudley Metropolitan Borough Council", 15, True),
            ("Directorate of Adult, Community and Housing Services", 11, False),
            ("Putting People First \u2013 milestone return to the West Midlands JIP", 13, True),
        ],
    )
    doc.add_paragraph("Position at 31 March 2010.   Date completed: 9 April 2010.")
    doc.add_paragraph(
        "The grid below records, for each of the five milestones, whether the April 2010 "
        "deliverables were achieved and how likely the later deliverables are to be achieved."
    )
    short = {
        1: "M1 Effective partnerships",
        2: "M2 Self-directed support & personal budgets",
        3: "M3 Prevention & cost effective services",
        4: "M4 Information & advice",
        5: "M5 Local commissioning",
    }
    rows = [
        ("Apr 2010: achieved? (Y/N)", "2010-04", "a"),
        ("Apr 2010: if N, likelihood", "2010-04", "l"),
        ("Apr 2010: if N, reason", "2010-04", "r"),
        ("Apr 2010: if N, expected by", "2010-04", "w"),
        ("Oct 2010: likelihood", "2010-10", "l"),
        ("Apr 2011: likelihood", "2011-04", "l"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Deliverable date", bold=True)
    shade(t.cell(0, 0), "BFBFBF")
    for m in MILESTONES:
        set_cell(t.cell(0, m), short[m], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.cell(0, m), "BFBFBF")
    blank_marks = {(3, "2011-04"): "", (5, "2010-10"): "tbc"}
    for i, (label, d, f) in enumerate(rows, 1):
        set_cell(t.cell(i, 0), label, bold=True)
        for m in MILESTONES:
            c = cells[(m, d)]
            if c is None:
                txt = blank_marks[(m, d)]
            elif f == "a":
                txt = c["achieved"] or ""
            elif f == "l" and c["achieved"] == "Y" and d != "2010-04":
                txt = "Achieved"
            elif f == "l":
                txt = (
                    LIK_ABBR[c["likelihood"]]
                    if c["likelihood"]
                    else ("\u2013" if d == "2010-04" else "")
                )
            elif f == "r":
                txt = c["reason"] or ""
            else:
                txt = c["when"] or ""
            set_cell(
                t.cell(i, m),
                txt,
                align=WD_ALIGN_PARAGRAPH.CENTER if f in "al" else None,
                bold=f in "al",
            )
    col_widths(t, [4.6, 4.5, 4.5, 4.5, 4.5, 3.5])
    doc.add_paragraph(
        "Likelihood key:  VL = very likely;  FL = fairly likely;  FU = fairly unlikely;  VU = very "
        "unlikely.  Y = achieved, N = not achieved."
    )
    doc.add_paragraph()
    doc.add_paragraph().add_run(
        "Underpinning requirements (R = red, A/R = amber/red, A/G = amber/green, G = green)"
    ).bold = True
    rt = doc.add_table(rows=1 + 6, cols=4)
    rt.style = "Table Grid"
    for i, h_ in enumerate(["Stakeholder engagement", "RAG", "Key arrangements in place", "RAG"]):
        set_cell(rt.cell(0, i), h_, bold=True)
        shade(rt.cell(0, i), "BFBFBF")
    code = {"red": "R", "amber_red": "A/R", "amber_green": "A/G", "green": "G"}
    for i in range(6):
        e, a = REQ_IDS[i], REQ_IDS[6 + i]
        set_cell(rt.cell(1 + i, 0), REQ_TEXT[e])
        set_cell(rt.cell(1 + i, 1), code[reqs[e]], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(rt.cell(1 + i, 2), REQ_TEXT[a])
        set_cell(rt.cell(1 + i, 3), code[reqs[a]], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    col_widths(rt, [10.5, 1.5, 10.5, 1.5])
    doc.add_paragraph()
    doc.add_paragraph().add_run(
        "Appendix B \u2013 Directorate risk register (extract, transformation programme)"
    ).bold = True
    reg = [
        (
            "ACHS-07",
            "Demand for assessments exceeds capacity during roll-out of personal budgets",
            "Very likely",
            "High",
            "Red",
            "Head of Assessment",
        ),
        (
            "ACHS-11",
            "Provider market unable to respond to individual purchasing",
            "Fairly likely",
            "Medium",
            "Amber",
            "Head of Commissioning",
        ),
        (
            "ACHS-14",
            "Reduction in Area Based Grant in 2010/11",
            "Very unlikely",
            "High",
            "Amber",
            "Finance Manager",
        ),
        (
            "ACHS-15",
            "Loss of key programme staff",
            "Fairly unlikely",
            "Medium",
            "Green",
            "Programme Manager",
        ),
    ]
    rg = doc.add_table(rows=1, cols=6)
    rg.style = "Table Grid"
    for i, h_ in enumerate(["Ref", "Risk", "Likelihood", "Impact", "Rating", "Owner"]):
        set_cell(rg.cell(0, i), h_, bold=True)
    for rr in reg:
        row = rg.add_row().cells
        for i, v in enumerate(rr):
            set_cell(row[i], v)
    col_widths(rg, [2, 10, 3, 2.5, 2.5, 4])
    src = tmp / f"{stem}.docx"
    save_docx(doc, src, completed)
    soffice_pdf(src, DOCS / f"{stem}.pdf", completed)
    return gold_record(stem, "Dudley", period, completed, cells, reqs)


# --------------------------------------------------------------------------
# 6. Hertfordshire (LibreOffice PDF): "delete as appropriate" - every option
#    is printed and the ones that do not apply are struck through
# --------------------------------------------------------------------------


def strike_options(par, options, keep, sep=" / "):
    for i, o in enumerate(options):
        if i:
            par.add_run(sep)
        r = par.add_run(o)
        if o != keep:
            r.font.strike = True


def build_hertfordshire(stem: str, rng: random.Random, tmp: Path) -> dict:
    period, completed = "2010-06", "2010-07-16"
    cells = gen_cells(rng, period)
    cells[(1, "2010-04")] = cell(
        "N", "very_likely", "Stakeholder briefing programme not yet complete", "September 2010"
    )
    cells[(4, "2010-10")] = cell("Y")
    cells[(5, "2011-04")] = cell(None, "fairly_unlikely")
    cells[(2, "2011-04")] = cell(None, "very_unlikely")
    cells[(3, "2010-10")] = cell(None, "fairly_likely")
    reqs = gen_reqs(rng)
    reqs["engagement.politicians"] = "red"
    reqs["engagement.service_users"] = "green"
    facts = [
        (
            "personal_budget_spend_gbp",
            4200000,
            "gross spend on personal budgets in 2009/10 was \u00a34.2 million",
        )
    ]
    doc = base_document("Arial", 10)
    cover(
        doc,
        [
            ("Hertfordshire County Council", 15, True),
            ("Adult Care Services", 11, False),
            ("Putting People First: quarterly milestone return", 13, True),
        ],
    )
    doc.add_paragraph("Return for the quarter to 30 June 2010.")
    doc.add_paragraph("Date completed: 16th July 2010")
    doc.add_paragraph(
        "Gross spend on personal budgets in 2009/10 was \u00a34.2 million, as reported to Adult "
        "Care and Health Panel in June."
    )
    p = doc.add_paragraph()
    p.add_run("Guidance: ").bold = True
    p.add_run(
        "for each deliverable delete as appropriate, so that only the answer that applies is left. "
        "Give a reason and expected date where a deliverable has not been achieved."
    )
    ach_opts = ["Yes", "No", "Not yet due"]
    for m, title in MILESTONES.items():
        t = doc.add_table(rows=1 + 3, cols=2)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 1))
        set_cell(top, f"Milestone {m}: {title}", bold=True)
        shade(top, "E5DFEC")
        for i, d in enumerate(DEADLINES, 1):
            c = cells[(m, d)]
            left = t.cell(i, 0)
            set_cell(left, f"By {DL_LONG[d]}", bold=True)
            left.add_paragraph(DELIVERABLES[(m, d)]).runs[0].font.size = Pt(8)
            right = t.cell(i, 1)
            right.text = ""
            p1 = right.paragraphs[0]
            p1.add_run("Achieved:  ")
            keep = {"Y": "Yes", "N": "No", None: "Not yet due"}[c["achieved"]]
            strike_options(p1, ach_opts, keep)
            p1.add_run("   (delete as appropriate)").italic = True
            p2 = right.add_paragraph()
            p2.add_run("If not achieved, likelihood of achievement:  ")
            if c["likelihood"]:
                strike_options(p2, [LIK_TEXT[k] for k in LIKELIHOODS], LIK_TEXT[c["likelihood"]])
            else:
                p2.add_run("N/A")
            p3 = right.add_paragraph()
            p3.add_run("Reason:  ")
            p3.add_run(c["reason"] or "")
            p4 = right.add_paragraph()
            p4.add_run("Expected completion:  ")
            p4.add_run(c["when"] or "")
        col_widths(t, [6.5, 10.9])
        doc.add_paragraph()
    doc.add_paragraph().add_run("Underpinning requirements (delete as appropriate)").bold = True
    rt = doc.add_table(rows=1, cols=2)
    rt.style = "Table Grid"
    set_cell(rt.cell(0, 0), "Requirement", bold=True)
    set_cell(rt.cell(0, 1), "Rating", bold=True)
    for r in REQ_IDS:
        row = rt.add_row().cells
        set_cell(row[0], REQ_TEXT[r])
        row[1].text = ""
        strike_options(
            row[1].paragraphs[0], [RATING_TEXT[k] for k in RATINGS], RATING_TEXT[reqs[r]]
        )
    col_widths(rt, [9.4, 8])
    src = tmp / f"{stem}.docx"
    save_docx(doc, src, completed)
    soffice_pdf(src, DOCS / f"{stem}.pdf", completed)
    return gold_record(stem, "Hertfordshire", period, completed, cells, reqs, (), (), facts)


# --------------------------------------------------------------------------
# 7. Lewisham (reportlab): select committee report reproducing the return as
#    numbered paragraphs (paragraph numbers offset from milestone numbers),
#    requirements grouped by rating in prose, one requirement not rated,
#    decoy likelihood sentence and grant budget table
# --------------------------------------------------------------------------


def rl_styles():
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    ss = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6
    )
    num = ParagraphStyle(
        "num",
        parent=body,
        leftIndent=34,
        bulletIndent=0,
        bulletFontName="Helvetica",
        bulletFontSize=10,
    )
    head = ParagraphStyle(
        "head", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8, keepWithNext=1
    )
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18)
    return body, num, head, title


def build_lewisham(stem: str, rng: random.Random) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    period, completed = "2010-09", "2010-10-15"
    cells = gen_cells(rng, period)
    cells[(3, "2010-10")] = cell(
        "N",
        "fairly_likely",
        "Whole-system monitoring framework not yet agreed with NHS Lewisham",
        "January 2011",
    )
    cells[(2, "2010-10")] = cell("Y")
    cells[(4, "2011-04")] = cell(None, "very_likely")
    cells[(5, "2011-04")] = cell(None, "fairly_unlikely")
    cells[(1, "2010-04")] = cell("Y")
    cells[(2, "2010-04")] = cell("Y")
    cells[(4, "2010-04")] = cell("Y")
    cells[(5, "2010-10")] = cell(None, "fairly_likely")
    reqs = gen_reqs(rng)
    reqs["arrangements.business_cases"] = None
    reqs["engagement.health"] = "amber_red"
    reqs["engagement.politicians"] = "green"
    if "red" not in reqs.values():
        reqs["arrangements.workforce_strategy"] = "red"
    facts = [
        ("people_with_personal_budget", 1126, "1,126 people were in receipt of a personal budget"),
        ("percent_with_personal_budget", 18.4, "18.4% of those eligible"),
        ("reviews_planned", 850, "A further 850 reviews are planned before April 2011"),
    ]
    body, num, head, title = rl_styles()
    story = [
        Paragraph("London Borough of Lewisham", title),
        Paragraph("Healthier Communities Select Committee", head),
    ]
    meta = [
        [
            "Report title",
            "Putting People First \u2013 quarterly milestone return (Quarter 2, 2010/11)",
        ],
        ["Key decision", "No"],
        ["Item no.", "5"],
        ["Ward", "All"],
        ["Contributors", "Executive Director for Community Services"],
        ["Class", "Part 1"],
        ["Date", "17 November 2010"],
    ]
    mt = Table(meta, colWidths=[4 * cm, 12 * cm])
    mt.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                ("FONT", (1, 0), (1, -1), "Helvetica", 9),
            ]
        )
    )
    story += [mt, Spacer(1, 10)]

    def para(n, text):
        story.append(Paragraph(text, num, bulletText=n))

    story.append(Paragraph("1. Summary", head))
    para(
        "1.1",
        "This report presents the Council\u2019s return to the Department of Health on progress "
        "against the Putting People First milestones for the quarter ending 30 September 2010. The "
        "return was completed and signed off by the Executive Director for Community Services on "
        "15 October 2010.",
    )
    story.append(Paragraph("2. Recommendation", head))
    para("2.1", "The Select Committee is recommended to note the return and the progress made.")
    story.append(Paragraph("3. Background", head))
    para(
        "3.1",
        "In September 2009 the Department of Health, ADASS and the LGA agreed five milestones for "
        "the transformation of adult social care, with deliverables due in April 2010, October "
        "2010 and April 2011. Councils report against them each quarter through the London Joint "
        "Improvement Partnership.",
    )
    para(
        "3.2",
        "At 30 September 2010, 1,126 people were in receipt of a personal budget, 18.4% of those "
        "eligible. A further 850 reviews are planned before April 2011.",
    )
    story.append(Paragraph("4. Progress against the milestones", head))
    para(
        "4.1",
        "The paragraphs below reproduce the return. For each milestone the position is given at "
        "each of the three deliverable dates.",
    )

    def phrase(m, d, c):
        dl = DL_LONG[d]
        if c["achieved"] == "Y":
            if is_due(period, d):
                return rng.choice(
                    [
                        f"{dl}: achieved.",
                        f"{dl}: achieved (reported in an earlier return).",
                        f"{dl}: met.",
                    ]
                )
            return f"{dl}: already achieved, ahead of the deadline."
        if c["achieved"] == "N":
            return (
                f"{dl}: not achieved. {c['reason']}. Now expected by {c['when']}; officers judge "
                f"this {LIK_TEXT[c['likelihood']].lower()}."
            )
        return rng.choice(
            [
                f"{dl}: not yet due; assessed as {LIK_TEXT[c['likelihood']].lower()}.",
                f"{dl}: {LIK_TEXT[c['likelihood']].lower()} to be achieved.",
            ]
        )

    for i, (m, t) in enumerate(MILESTONES.items(), 2):
        text = f"<b>Milestone {m} \u2013 {t}.</b> " + " ".join(
            phrase(m, d, cells[(m, d)]) for d in DEADLINES
        )
        para(f"4.{i}", text)
    story.append(Paragraph("5. Underpinning requirements", head))
    para(
        "5.1",
        "The return also rates twelve underpinning requirements on a four-point scale (red, "
        "amber/red, amber/green, green).",
    )
    n = 2
    for k in ("green", "amber_green", "amber_red", "red"):
        names = [REQ_SHORT[r][0].lower() + REQ_SHORT[r][1:] for r in REQ_IDS if reqs[r] == k]
        label = RATING_TEXT[k].lower()
        if names:
            para(f"5.{n}", f"Rated {label}: " + "; ".join(names) + ".")
        else:
            para(f"5.{n}", f"No requirement was rated {label}.")
        n += 1
    para(
        f"5.{n}",
        "No rating was submitted for business cases tracking investment and disinvestment, as the "
        "Council\u2019s Medium Term Financial Strategy is being revised.",
    )
    story.append(Paragraph("6. Financial implications", head))
    para(
        "6.1",
        "The programme is funded from the Social Care Reform Grant, allocated as below for "
        "2010/11. Officers consider it very unlikely that the grant will continue beyond March "
        "2011.",
    )
    bud = [
        ["Social Care Reform Grant 2010/11", "\u00a3"],
        ["Programme team", "412,000"],
        ["Brokerage and support planning", "260,000"],
        ["Information and advice (website, directory)", "185,000"],
        ["Reablement service expansion", "540,000"],
        ["Total", "1,397,000"],
    ]
    bt = Table(bud, colWidths=[10 * cm, 3 * cm])
    bt.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    story += [bt, Spacer(1, 6)]
    story.append(Paragraph("7. Legal implications", head))
    para("7.1", "There are no specific legal implications arising from this report.")
    story.append(Paragraph("8. Equalities implications", head))
    para("8.1", "The transformation programme is subject to an equalities impact assessment.")
    story.append(Paragraph("9. Background papers and contact", head))
    para(
        "9.1",
        "Putting People First milestone return, Quarter 2 2010/11. For further information please "
        "contact the Transformation Programme Manager, Community Services.",
    )
    pdf = SimpleDocTemplate(
        str(DOCS / f"{stem}.pdf"),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title="Putting People First milestone return",
        author="London Borough of Lewisham",
        invariant=1,
    )
    pdf.build(story)
    return gold_record(stem, "Lewisham", period, completed, cells, reqs, (), (), facts)


# --------------------------------------------------------------------------
# 8. Leicestershire (reportlab canvas): performance-system listing with no
#    ruling lines, columns aligned only by x position, due dates 31/03/2010
#    etc., split across pages with the column header repeated, a printed-on
#    date in the running header, RAG words with internal spaces
# --------------------------------------------------------------------------


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def build_leicestershire(stem: str, rng: random.Random) -> dict:  # noqa: C901 - one linear document layout
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    period, completed = "2010-06", "2010-07-09"
    cells = gen_cells(rng, period)
    cells[(2, "2010-04")] = cell(
        "N", "very_likely", "Resource allocation system still being tested", "August 2010"
    )
    cells[(5, "2010-04")] = cell(
        "N", "fairly_likely", "Joint commissioning strategy being refreshed", "October 2010"
    )
    cells[(3, "2011-04")] = cell(None, "fairly_unlikely")
    cells[(1, "2010-10")] = cell("Y")
    reqs = gen_reqs(rng)
    reqs["arrangements.risk_management"] = "amber_red"
    reqs["engagement.regional_national"] = "green"
    due = {"2010-04": "31/03/2010", "2010-10": "31/10/2010", "2011-04": "31/03/2011"}
    page_w, page_h = landscape(A4)
    c = Canvas(str(DOCS / f"{stem}.pdf"), pagesize=(page_w, page_h), invariant=1)
    c.setTitle("PPF milestones - performance report")
    c.setAuthor("Leicestershire County Council")
    xs = {"code": 36, "desc": 96, "due": 392, "status": 462, "lik": 540, "notes": 622}
    desc_w, notes_w = 280, 190
    fs, lead = 8.5, 11

    def page_header(cont):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(
            36,
            page_h - 40,
            "Leicestershire County Council \u2013 Adults and Communities Department",
        )
        c.setFont("Helvetica", 8)
        c.drawRightString(
            page_w - 36, page_h - 40, "Performance management system report: PPF milestones"
        )
        c.drawRightString(page_w - 36, page_h - 51, "Printed: 16/07/2010 09:41")
        y = page_h - 70
        if not cont:
            c.setFont("Helvetica", 9)
            for line in [
                "Reporting period: Quarter 1 2010/11 (April \u2013 June 2010)",
                "Return completed: 09/07/2010 by J. Patel, Performance Officer",
                "Due dates: the DH milestone dates of April 2010, October 2010 and April 2011 are "
                "held in the system as 31/03/2010, 31/10/2010 and 31/03/2011.",
            ]:
                c.drawString(36, y, line)
                y -= 12
            y -= 6
        c.setFont("Helvetica-Bold", fs)
        hdr = [
            ("code", "Code"),
            ("desc", "Milestone / deliverable" + (" (continued)" if cont else "")),
            ("due", "Due date"),
            ("status", "Status"),
            ("lik", "Likelihood"),
            ("notes", "Notes"),
        ]
        for k, v in hdr:
            c.drawString(xs[k], y, v)
        return y - lead * 1.6

    page_no = [1]

    def footer():
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 24, "Source: PPF milestone tracker. Report ref PMS-ASC-114.")
        c.drawRightString(page_w - 36, 24, f"Page {page_no[0]}")

    y = page_header(False)
    bottom = 48
    status_txt = {"Y": "Achieved", "N": "Not achieved", None: "Not yet due"}
    for m, title in MILESTONES.items():
        blocks = []
        for k, d in enumerate(DEADLINES, 1):
            cc = cells[(m, d)]
            desc = wrap(DELIVERABLES[(m, d)], "Helvetica", fs, desc_w)
            note = ""
            if cc["reason"]:
                note = f"Reason: {cc['reason']}. Revised date: {cc['when']}."
            notes = wrap(note, "Helvetica", fs, notes_w) if note else [""]
            blocks.append(
                (
                    f"PPF{m}.{k}",
                    desc,
                    due[d],
                    status_txt[cc["achieved"]],
                    LIK_TEXT[cc["likelihood"]] if cc["likelihood"] else "-",
                    notes,
                )
            )
        need_head = lead * 1.5
        first_h = need_head + max(len(blocks[0][1]), len(blocks[0][5])) * lead
        if y - first_h < bottom:
            footer()
            c.showPage()
            page_no[0] += 1
            y = page_header(True)
        c.setFont("Helvetica-Bold", fs + 0.5)
        c.drawString(xs["code"], y, f"Milestone {m}: {title}")
        y -= lead * 1.5
        for code, desc, dd, st, lk, notes in blocks:
            h = max(len(desc), len(notes)) * lead + 5
            if y - h < bottom:
                footer()
                c.showPage()
                page_no[0] += 1
                y = page_header(True)
            c.setFont("Helvetica", fs)
            c.drawString(xs["code"], y, code)
            for i, ln in enumerate(desc):
                c.drawString(xs["desc"], y - i * lead, ln)
            c.drawString(xs["due"], y, dd)
            c.drawString(xs["status"], y, st)
            c.drawString(xs["lik"], y, lk)
            for i, ln in enumerate(notes):
                c.drawString(xs["notes"], y - i * lead, ln)
            y -= h
        y -= 4
    # requirements listing
    rag_txt = {
        "red": "Red",
        "amber_red": "Amber / Red",
        "amber_green": "Amber / Green",
        "green": "Green",
    }
    if y - 80 < bottom:
        footer()
        c.showPage()
        page_no[0] += 1
        y = page_header(True)
    y -= 8
    c.setFont("Helvetica-Bold", fs + 0.5)
    c.drawString(xs["code"], y, "Underpinning requirements")
    y -= lead * 1.2
    c.setFont("Helvetica-Bold", fs)
    c.drawString(xs["code"], y, "Ref")
    c.drawString(xs["desc"], y, "Requirement")
    c.drawString(xs["status"], y, "RAG status")
    y -= lead * 1.4
    for i, r in enumerate(REQ_IDS, 1):
        lines = wrap(REQ_TEXT[r], "Helvetica", fs, 340)
        h = len(lines) * lead + 3
        if y - h < bottom:
            footer()
            c.showPage()
            page_no[0] += 1
            y = page_header(True)
        c.setFont("Helvetica", fs)
        c.drawString(xs["code"], y, f"UR{i:02d}")
        for j, ln in enumerate(lines):
            c.drawString(xs["desc"], y - j * lead, ln)
        c.drawString(xs["status"], y, rag_txt[reqs[r]])
        y -= h
    footer()
    c.showPage()
    c.save()
    return gold_record(stem, "Leicestershire", period, completed, cells, reqs)


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------


def esc(s: str) -> str:
    return html.escape(s, quote=False)


TICK_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14"><path '
    'd="M2 7.5 L5.5 11 L12 3" stroke="#000" stroke-width="2.2" fill="none"/></svg>'
)
TICK_SRC = "data:image/svg+xml;base64," + base64.b64encode(TICK_SVG.encode()).decode()
TICK_IMG = f'<img src="{TICK_SRC}" alt="" width="14" height="14">'


# --------------------------------------------------------------------------
# 9. Plymouth (HTML): definition lists nested in definition lists, the
#    likelihood only as <abbr title="...">FL</abbr>, milestone headings
#    numbered without the word "Milestone", key questions inside <details>
# --------------------------------------------------------------------------


def build_plymouth(stem: str, rng: random.Random) -> dict:
    period, completed = "2011-03", "2011-04-20"
    cells = gen_cells(rng, period)
    cells[(1, "2011-04")] = cell("Y")
    cells[(2, "2011-04")] = cell("Y")
    cells[(3, "2011-04")] = cell(
        "N",
        "fairly_unlikely",
        "Cashable savings of 2.6% verified against the 3% minimum",
        "March 2012",
    )
    cells[(4, "2011-04")] = cell("N", "very_likely", "Directory launch delayed", "June 2011")
    cells[(5, "2011-04")] = cell(
        "N", "fairly_likely", "Market position statement not yet published", "September 2011"
    )
    cells[(4, "2010-10")] = cell(
        "N", None, "Information and advice service contract not yet let", "May 2011"
    )
    reqs = gen_reqs(rng)
    reqs["engagement.staff"] = "amber_red"
    reqs["arrangements.project_plan"] = "green"
    answers = [
        (
            1,
            QUESTIONS[1][0],
            "Yes. Plymouth Highbury Trust was established as the city\u2019s user-led organisation "
            "in November 2010.",
        ),
        (
            1,
            QUESTIONS[1][2],
            "Hand over chairing of the Personalisation Board to the user-led organisation.",
        ),
        (2, QUESTIONS[2][0], "Yes"),
        (2, QUESTIONS[2][1], "Mainstream for all new customers since April 2010."),
        (4, QUESTIONS[4][1], "The refreshed strategy is due for Cabinet in June 2011."),
        (5, QUESTIONS[5][2], ""),
    ]
    risks = [
        (
            5,
            "Small providers unable to invoice individual purchasers",
            "Provider development fund and invoicing toolkit launched in February 2011",
        )
    ]
    facts = [
        ("people_with_personal_budget", 2310, "2,310 people had a personal budget"),
        ("percent_with_personal_budget", 31.5, "31.5% of eligible service users"),
        (
            "cashable_savings_percent",
            2.6,
            "cashable savings of 2.6% of the adult social care budget",
        ),
    ]
    titles = {
        1: "Effective partnerships with people who use services, carers &amp; other local citizens",
        2: "Self directed support &amp; personal budgets",
        3: "Prevention &amp; cost-effective services",
        4: "Information &amp; advice",
        5: "Local commissioning",
    }
    abbr_rating = {"red": "R", "amber_red": "A/R", "amber_green": "A/G", "green": "G"}
    css = {"red": "rag-r", "amber_red": "rag-ar", "amber_green": "rag-ag", "green": "rag-g"}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>Putting People First \u2013 year-end milestone return 2010/11</title>",
        "<style>",
        "body{font-family:Verdana,Arial,sans-serif;font-size:13px;max-width:60em;margin:1em auto}",
        "dl.cells>dt{font-weight:bold;margin-top:.6em}",
        "dl.cells dd dl{display:grid;grid-template-columns:12em 1fr;margin:0}",
        "dl.cells dd dl dt{font-weight:normal;color:#555}",
        "abbr{text-decoration:none;border-bottom:1px dotted #333}",
        ".rag{padding:1px 6px;border-radius:3px;font-weight:bold}",
        ".rag-r{background:#c00000;color:#fff}.rag-ar{background:#f79646}",
        ".rag-ag{background:#c4d79b}.rag-g{background:#00b050;color:#fff}",
        "dl.reqs dt{margin-top:.4em}",
        "details{margin:.6em 0 1.2em}",
        "</style>",
        "</head>",
        "<body>",
        '<header><p class="org"><strong>Plymouth City Council</strong><br>'
        "Community Services \u2013 Adult Social Care</p></header>",
        "<main>",
        "<h1>Putting People First: year-end milestone return</h1>",
        '<p>Period covered: <time datetime="2011-03">January to March 2011</time> (the final '
        "quarter of the Putting People First programme).</p>",
        "<p>Completed: 20th April 2011, Transformation Programme Office.</p>",
        "<p>By 31 March 2011, 2,310 people had a personal budget, which is 31.5% of eligible "
        "service users, and the reablement service had delivered cashable savings of 2.6% of the "
        "adult social care budget.</p>",
        "<p>Likelihood is shown in abbreviated form (hover over the abbreviation for the full "
        "wording).</p>",
    ]
    for m in MILESTONES:
        out.append(f'<section id="m{m}">')
        out.append(f"<h2>{m}. {titles[m]}</h2>")
        out.append('<dl class="cells">')
        for d in DEADLINES:
            c = cells[(m, d)]
            out.append(f"<dt>{DL_LONG[d]}</dt>")
            inner = ["<dt>Achieved?</dt><dd>" + {"Y": "Yes", "N": "No"}[c["achieved"]] + "</dd>"]
            if c["likelihood"]:
                inner.append(
                    f'<dt>Likelihood</dt><dd><abbr title="{LIK_TEXT[c["likelihood"]]}">'
                    f"{LIK_ABBR[c['likelihood']]}</abbr></dd>"
                )
            if c["reason"]:
                inner.append(f"<dt>Reason not achieved</dt><dd>{esc(c['reason'])}</dd>")
            if c["when"]:
                inner.append(f"<dt>When to be achieved</dt><dd>{esc(c['when'])}</dd>")
            out.append("<dd><dl>" + "".join(inner) + "</dl></dd>")
        out.append("</dl>")
        qs = [(q, a) for (mm, q, a) in answers if mm == m]
        if qs:
            out.append(f"<details><summary>Key questions ({len(qs)})</summary>")
            out.append('<dl class="kq">')
            for q, a in qs:
                out.append(f"<dt>{esc(q)}</dt><dd>{esc(a)}</dd>")
            out.append("</dl></details>")
        rs = [(r, mi) for (mm, r, mi) in risks if mm == m]
        if rs:
            out.append('<h3>Key Risks and Mitigating Actions</h3><dl class="risks">')
            for r, mi in rs:
                out.append(
                    f"<dt>Key risk</dt><dd>{esc(r)}</dd><dt>Mitigating "
                    f"action</dt><dd>{esc(mi)}</dd>"
                )
            out.append("</dl>")
        out.append("</section>")
    out.append('<section id="requirements"><h2>Underpinning requirements</h2>')
    for head, ids in ((ENGAGEMENT_HEAD, REQ_IDS[:6]), (ARRANGEMENTS_HEAD, REQ_IDS[6:])):
        out.append(f"<h3>{esc(head)}</h3>")
        out.append('<dl class="reqs">')
        for r in ids:
            k = reqs[r]
            out.append(
                f'<dt>{esc(REQ_TEXT[r])}</dt><dd><span class="rag {css[k]}"><abbr '
                f'title="{RATING_TEXT[k]}">{abbr_rating[k]}</abbr></span></dd>'
            )
        out.append("</dl>")
    out.append("</section></main>")
    out.append(
        "<footer><p>Plymouth City Council, Windsor House, Plymouth. Page last updated 21 April "
        "2011.</p></footer></body></html>"
    )
    (DOCS / f"{stem}.html").write_text("\n".join(out) + "\n", encoding="utf-8")
    return gold_record(stem, "Plymouth", period, completed, cells, reqs, answers, risks, facts)


# --------------------------------------------------------------------------
# 10. Sunderland (HTML): committee-system page with layout tables nesting the
#     return; milestone marks are inline tick images with empty alt text;
#     requirement ratings only as CSS background colours of classes s1..s4
#     (key given by swatches); decoys: a corporate-objectives table ticked with
#     the same image and a regional likelihood table of percentages
# --------------------------------------------------------------------------


def build_sunderland(stem: str, rng: random.Random) -> dict:
    period, completed = "2010-12", "2011-01-13"
    cells = gen_cells(rng, period)
    cells[(5, "2010-10")] = cell(
        "N", "fairly_unlikely", "Market position statement not yet published", "June 2011"
    )
    cells[(3, "2011-04")] = cell(None, "very_unlikely")
    cells[(2, "2011-04")] = cell(None, "very_likely")
    cells[(1, "2010-10")] = cell("Y")
    cells[(1, "2010-04")] = cell("Y")
    cells[(4, "2010-04")] = cell("Y")
    cells[(5, "2010-04")] = cell("Y")
    reqs = gen_reqs(rng)
    reqs["engagement.health"] = "red"
    reqs["arrangements.business_models"] = "amber_red"
    reqs["engagement.service_users"] = "green"
    cls = {"red": "s1", "amber_red": "s2", "amber_green": "s3", "green": "s4"}
    facts = [("people_with_personal_budget", 1948, "1,948 people were using a personal budget")]
    opts = ["Achieved", "Not achieved"] + [LIK_TEXT[k] for k in LIKELIHOODS]
    o = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        "<html><head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        "<title>Health and Well-being Scrutiny Committee - 2 February 2011 - Item 6 Appendix "
        "1</title>",
        '<style type="text/css">',
        "body{font-family:Arial,Helvetica,sans-serif;font-size:10pt}",
        "table.grid{border-collapse:collapse}",
        "table.grid td,table.grid th{border:1px solid #666;padding:3px 5px;vertical-align:top}",
        "td.nav{width:160px;background:#eef;vertical-align:top}",
        "td.s1{background-color:#c00000}",
        "td.s2{background-color:#f4b183}",
        "td.s3{background-color:#ffe699}",
        "td.s4{background-color:#70ad47}",
        "td.mk{text-align:center;width:62px}",
        "</style></head>",
        "<body>",
        '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>',
        '<td class="nav"><p><a href="/">Home</a></p><p><a '
        'href="/committees">Committees</a></p><p><a href="/agenda">Agenda</a></p><p><a '
        'href="/minutes">Minutes</a></p></td>',
        '<td class="content" valign="top">',
        "<h1>Sunderland City Council</h1>",
        "<h2>Health and Well-being Scrutiny Committee \u2013 2 February 2011</h2>",
        "<h3>Item 6, Appendix 1: Putting People First milestone return, Quarter 3 2010/11</h3>",
        "<p>Quarter 3 covers October to December 2010. The return was completed on 13 January 2011 "
        "and submitted to the North East Joint Improvement Partnership. At the end of the quarter "
        "1,948 people were using a personal budget.</p>",
        "<p><b>Impact on corporate objectives</b></p>",
        '<table class="grid"><tr><th>Corporate objective</th><th>Positive '
        "impact</th><th>Neutral</th><th>Negative impact</th></tr>",
    ]
    for obj, col in [
        ("Prosperous city", 1),
        ("Healthy city", 0),
        ("Safe city", 1),
        ("Learning city", 1),
        ("Attractive and inclusive city", 0),
    ]:
        tds = "".join(f'<td class="mk">{TICK_IMG if i == col else "&nbsp;"}</td>' for i in range(3))
        o.append(f"<tr><td>{obj}</td>{tds}</tr>")
    o.append("</table>")
    o.append(
        "<p><b>Progress against the milestones</b> (a tick shows the position at 31 December "
        "2010)</p>"
    )
    o.append('<table width="100%" cellpadding="2" cellspacing="0" border="0">')
    for m, title in MILESTONES.items():
        o.append(f"<tr><td><p><b>Milestone {m} \u2013 {esc(title)}</b></p>")
        o.append(
            '<table class="grid" width="100%"><tr><th>Deliverable due</th>'
            + "".join(f"<th>{x}</th>" for x in opts)
            + "<th>Comment</th></tr>"
        )
        for d in DEADLINES:
            c = cells[(m, d)]
            sel = [c["achieved"] == "Y", c["achieved"] == "N"] + [
                c["likelihood"] == k for k in LIKELIHOODS
            ]
            comment = ""
            if c["reason"]:
                comment = f"Reason: {esc(c['reason'])}. Expected: {esc(c['when'])}."
            o.append(
                f"<tr><td>{DL_LONG[d]}</td>"
                + "".join(f'<td class="mk">{TICK_IMG if s else "&nbsp;"}</td>' for s in sel)
                + f"<td>{comment or '&nbsp;'}</td></tr>"
            )
        o.append("</table></td></tr>")
    o.append("</table>")
    o.append("<p><b>Underpinning requirements</b></p>")
    o.append(
        '<table class="grid"><tr><td>Key:</td>'
        + "".join(
            f'<td class="{cls[k]}" width="30">&nbsp;</td><td>{RATING_TEXT[k]}</td>' for k in RATINGS
        )
        + "</tr></table><br>"
    )
    o.append('<table class="grid"><tr><th>Requirement</th><th>Rating</th></tr>')
    for r in REQ_IDS:
        if r in ("engagement.service_users", "arrangements.risk_management"):
            head = ENGAGEMENT_HEAD if r.startswith("engagement") else ARRANGEMENTS_HEAD
            o.append(f'<tr><td colspan="2"><i>{esc(head)}</i></td></tr>')
        o.append(
            f'<tr><td>{esc(REQ_TEXT[r])}</td><td class="{cls[reqs[r]]}" width="60">&nbsp;</td></tr>'
        )
    o.append("</table>")
    o.append(
        "<p><b>Regional context</b>: share of the twelve North East councils reporting each "
        "likelihood for their April 2011 deliverables (NE JIP survey, December 2010).</p>"
    )
    o.append(
        '<table class="grid"><tr><th>Milestone</th>'
        + "".join(f"<th>{LIK_TEXT[k]}</th>" for k in LIKELIHOODS)
        + "</tr>"
    )
    for m in MILESTONES:
        picks = rng.choices(range(4), [5, 4, 2, 1], k=12)
        pc = [round(100 * picks.count(i) / 12) for i in range(4)]
        o.append(f"<tr><td>Milestone {m}</td>" + "".join(f"<td>{x}%</td>" for x in pc) + "</tr>")
    o.append("</table>")
    o.append("<p>Contact officer: Head of Personalisation, Health, Housing and Adult Services.</p>")
    o.append("</td></tr></table></body></html>")
    (DOCS / f"{stem}.htm").write_text("\n".join(o) + "\n", encoding="utf-8")
    return gold_record(stem, "Sunderland", period, completed, cells, reqs, (), (), facts)


# --------------------------------------------------------------------------
# 11. Barnsley (HTML): exception report - only changed items are reported,
#     each with last quarter's position beside this quarter's; requirement
#     ratings appear inside commentary sentences, some quoting the old rating
# --------------------------------------------------------------------------


def build_barnsley(stem: str, rng: random.Random) -> dict:
    period, completed = "2010-12", "2011-01-05"
    rows = [  # milestone, deadline, Q2 text, Q3 text, commentary, gold cell
        (
            2,
            "2010-10",
            "Not yet due \u2013 fairly likely",
            "Achieved",
            "All new customers with an assessed need for ongoing support have been offered a "
            "personal budget since 1 October.",
            cell("Y"),
        ),
        (
            3,
            "2010-10",
            "Not yet due \u2013 very likely",
            "Not achieved \u2013 fairly likely",
            "Reason: the whole-system monitoring framework has not yet been agreed with NHS "
            "Barnsley. When to be achieved: March 2011.",
            cell(
                "N",
                "fairly_likely",
                "the whole-system monitoring framework has not yet been agreed with NHS Barnsley",
                "March 2011",
            ),
        ),
        (
            5,
            "2010-10",
            "Not yet due \u2013 fairly likely",
            "Not achieved \u2013 fairly unlikely",
            "Reason: the market position statement is delayed until the outcome of the day "
            "services review is known. When to be achieved: September 2011.",
            cell(
                "N",
                "fairly_unlikely",
                "the market position statement is delayed until the outcome of the day services "
                "review is known",
                "September 2011",
            ),
        ),
        (
            4,
            "2011-04",
            "Fairly likely",
            "Very likely",
            "The information and advice portal went live in December.",
            cell(None, "very_likely"),
        ),
        (
            1,
            "2011-04",
            "Very likely",
            "Fairly likely",
            "The user-led organisation has lost its development worker; recruitment is under way.",
            cell(None, "fairly_likely"),
        ),
    ]
    cells = {(m, d): g for (m, d, _, _, _, g) in rows}
    req_rows = [
        (
            "engagement.health",
            "Engagement of NHS Barnsley and the wider health community",
            "The joint transformation board has not met since the PCT restructure; the rating is "
            "down from Amber/Green in September (Amber/Red).",
            "amber_red",
        ),
        (
            "engagement.politicians",
            "Engagement of local politicians",
            "Improved following member briefings in all six area councils during November (Green; "
            "previously Amber/Green).",
            "green",
        ),
        (
            "arrangements.financial_systems",
            "Financial systems which support personal budgets",
            "Remains A/R: the new payments module went live in November but pre-paid cards are not "
            "yet available.",
            "amber_red",
        ),
        (
            "arrangements.business_cases",
            "Business cases tracking investment and disinvestment",
            "Business cases for the reablement and day services reviews were agreed by Cabinet in "
            "December, so this moves up from A/G to G.",
            "green",
        ),
        (
            "arrangements.workforce_strategy",
            "Workforce strategy",
            "Red. The workforce strategy has been delayed by the voluntary severance programme; a "
            "draft is due in March 2011.",
            "red",
        ),
    ]
    reqs = {r: g for (r, _, _, g) in req_rows}
    facts = [
        (
            "people_with_personal_budget",
            1870,
            "the number of people with a personal budget rose to 1,870",
        )
    ]
    o = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Cabinet 26 January 2011 - Putting People First Quarter 3 exception report</title>",
        "<style>body{font-family:Arial,sans-serif;font-size:14px}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:4px;vertical-align:top}th{background:#dde}</style>",
        "</head><body>",
        "<p>Barnsley Metropolitan Borough Council<br>Adults and Communities Directorate</p>",
        "<h1>Report to Cabinet, 26 January 2011</h1>",
        "<h2>Putting People First: Quarter 3 2010/11 exception report</h2>",
        "<h3>1. Purpose</h3>",
        "<p>1.1 This report covers the quarter ending 31 December 2010. The Council\u2019s return "
        "was completed on 5 January 2011.</p>",
        "<p>1.2 In line with the agreed reporting arrangements, only milestones and underpinning "
        "requirements whose position has changed since the September 2010 return, or which are "
        "rated red or amber/red, are shown below. All other items remain as reported to Cabinet on "
        "20 October 2010.</p>",
        "<p>1.3 During the quarter the number of people with a personal budget rose to 1,870.</p>",
        "<h3>2. Milestones: changes since the September return</h3>",
        "<table><tr><th>Milestone</th><th>Deliverable due</th><th>Position at September 2010 "
        "(Q2)</th><th>Position at December 2010 (Q3)</th><th>Commentary</th></tr>",
    ]
    for m, d, q2, q3, com, _ in rows:
        o.append(
            f"<tr><td>Milestone {m}: {esc(MILESTONES[m])}</td><td>{DL_LONG[d]}</td><td>{q2}</td>"
            f"<td><strong>{q3}</strong></td><td>{esc(com)}</td></tr>"
        )
    o.append("</table>")
    o.append("<h3>3. Underpinning requirements: exceptions</h3>")
    o.append("<table><tr><th>Requirement</th><th>Commentary and current rating</th></tr>")
    for _, name, com, _ in req_rows:
        o.append(f"<tr><td>{esc(name)}</td><td>{esc(com)}</td></tr>")
    o.append("</table>")
    o.append("<p>Ratings: R red, A/R amber/red, A/G amber/green, G green.</p>")
    o.append("<h3>4. Recommendation</h3><p>4.1 Cabinet is asked to note the exception report.</p>")
    o.append(
        "<p>Officer contact: Service Director, Personalisation. Background papers: PPF returns Q2 "
        "and Q3 2010/11.</p></body></html>"
    )
    (DOCS / f"{stem}.html").write_text("\n".join(o) + "\n", encoding="utf-8")
    return gold_record(stem, "Barnsley", period, completed, cells, reqs, (), (), facts)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

LAYOUTS = {
    "rt2-01-gateshead-deadline-boxes": (
        "docx: one small 2-column table per deliverable date; 'Achieved? Yes/No/Not yet due'; "
        "likelihood on a 1-4 key (1 = very likely) shown as '1 (2) 3 4' with the chosen digit "
        "circled (U+2460-2463, NFKC folds it to a plain digit); reqs AR/AG codes plus a "
        "direction-of-travel arrow column; M2 key questions"
    ),
    "rt2-02-bolton-wingdings2": (
        "docx: Wingdings 2 boxes typed as letters - 'R' (box with check) / 'Q' (box with X) = "
        "selected, '\u00a3' = empty, option rows x deadline columns; reqs grid headed R|A/R|A/G|G "
        "with 'T' (box with X) marks, so the letter R appears both as Red and as a tick; period "
        "Dec 2009, all deadlines future"
    ),
    "rt2-03-suffolk-form-fields": (
        "docx: legacy FORMCHECKBOX fields (state only in w:ffData, checked via <w:checked/>, "
        'several unchecked boxes carry <w:checked w:val="0"/>); reqs as Word 2010 '
        "content-control check boxes (MS Gothic \u2610/\u2612); M4 Oct-10 and one requirement left "
        "unticked; date completed 14/10/2010; answers and risks"
    ),
    "rt2-04-coventry-tracked-changes": (
        "docx: council named only in the page header; return revised with Track Changes (w:del X / "
        "w:ins X moves a mark between likelihood rows, N->Y, completion date changed) - gold is "
        "the final text; a Word comment quotes an old 'Very likely'"
    ),
    "rt2-05-dudley-transposed-abbrev": (
        "LO PDF (landscape): transposed grid, milestones as columns, deadline rows 'Apr 2010: "
        "achieved? (Y/N)' / 'Oct 2010: likelihood' with VL/FL/FU/VU codes and a legend; one blank "
        "cell and one 'tbc'; reqs two per row (engagement|RAG|arrangements|RAG) as R/A/R/A/G/G; "
        "decoy risk register with Likelihood/Impact columns"
    ),
    "rt2-06-hertfordshire-delete-as-appropriate": (
        "LO PDF: 'delete as appropriate' - all options printed on one line, the inapplicable ones "
        "struck through (text still extractable; only the strike lines tell them apart), 'Yes / No "
        "/ Not yet due'; reqs 'Red / Amber/Red / Amber/Green / Green' with three struck; rows "
        "split across pages; PB spend fact in pounds"
    ),
    "rt2-07-lewisham-scrutiny-numbered": (
        "reportlab PDF: select committee report, return reproduced as numbered prose paragraphs "
        "whose numbers (4.2 ... 4.6) are offset from the milestone numbers; reqs grouped by rating "
        "in prose with paraphrased names, one unrated; decoy 'very unlikely' sentence and grant "
        "budget table; meeting date != completion date"
    ),
    "rt2-08-leicestershire-tabstops": (
        "reportlab PDF: performance-system listing with no ruling lines (columns by x position "
        "only), codes PPF1.1-PPF5.3, due dates 31/03/2010, 31/10/2010, 31/03/2011, status "
        "Achieved/Not achieved/Not yet due, wrapped text, split over pages with the header "
        "repeated '(continued)', 'Printed:' decoy date, RAG 'Amber / Green' with inner spaces"
    ),
    "rt2-09-plymouth-dl-abbr": (
        "HTML: nested <dl> per milestone and deadline, likelihood only as <abbr title='Fairly "
        "likely'>FL</abbr>, headings '1. ...' without the word Milestone and '&' titles, an N "
        "without likelihood, reqs in <dl> as <abbr> A/G badges; key questions inside collapsed "
        "<details>; risks as <dl>; year-end return, facts incl. cashable savings %"
    ),
    "rt2-10-sunderland-tick-images": (
        "HTML 4.01: layout tables nesting per-milestone grids; marks are inline SVG tick <img> "
        "with empty alt; reqs rated only by CSS background of classes s1-s4 (swatch key); decoys: "
        "a corporate-objectives table ticked with the same image and a regional "
        "likelihood-percentage table"
    ),
    "rt2-11-barnsley-exception-report": (
        "HTML: exception report - only 5 changed cells and 5 requirements reported (gold is "
        "partial), each with last quarter's position beside this quarter's; ratings inside "
        "commentary sentences ('(Amber/Red)', 'Remains A/R', 'moves up from A/G to G', '(Green; "
        "previously Amber/Green)', 'Red. ...')"
    ),
}


def main() -> None:
    for d in (DOCS, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    builders = [
        ("rt2-01-gateshead-deadline-boxes", build_gateshead, False),
        ("rt2-02-bolton-wingdings2", build_bolton, False),
        ("rt2-03-suffolk-form-fields", build_suffolk, False),
        ("rt2-04-coventry-tracked-changes", build_coventry, False),
        ("rt2-05-dudley-transposed-abbrev", build_dudley, True),
        ("rt2-06-hertfordshire-delete-as-appropriate", build_hertfordshire, True),
        ("rt2-07-lewisham-scrutiny-numbered", build_lewisham, False),
        ("rt2-08-leicestershire-tabstops", build_leicestershire, False),
        ("rt2-09-plymouth-dl-abbr", build_plymouth, False),
        ("rt2-10-sunderland-tick-images", build_sunderland, False),
        ("rt2-11-barnsley-exception-report", build_barnsley, False),
    ]
    assert set(LAYOUTS) == {b[0] for b in builders}
    with tempfile.TemporaryDirectory() as td:
        for i, (stem, fn, needs_tmp) in enumerate(builders):
            rng = random.Random(SEED + 97 * i)
            rec = fn(stem, rng, Path(td)) if needs_tmp else fn(stem, rng)
            (GOLD / f"{stem}.json").write_text(
                json.dumps(rec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            print(
                f"{stem}: {len(rec['milestones'])} cells, {len(rec['requirements'])} requirements, "
                f"{len(rec['answers'])} answers, {len(rec['risks'])} risks, {len(rec['facts'])} "
                f"facts"
            )
    (OUT / "layouts.json").write_text(
        json.dumps(LAYOUTS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
