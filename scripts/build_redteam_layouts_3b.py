# Red team round 3, part B: written by a helper who had read neither the extractor nor
# the corpus (copied unchanged from its own folder but for where it writes). Run by
# `make fixtures`; needs pandoc, soffice and chromium. Output: tests/data/redteam3/.
#!/usr/bin/env python3
"""Blind red team round 3 (r3b): build every test document into docs/ and its
gold record into gold/<stem>.json.  Deterministic; uses pandoc, soffice and
chromium (headless) as real producers.  Run with the local venv:

    venv/bin/python build.py
"""
import tempfile
import base64
import copy
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "redteam3"
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
BUILD = Path(tempfile.gettempdir()) / "ppf-redteam3b-build"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_EPOCH = "1286000000"  # 2010-10-02, for tools honouring SOURCE_DATE_EPOCH

DL = ["2010-04", "2010-10", "2011-04"]
DL_LONG = {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}
DL_SHORT = {"2010-04": "Apr 10", "2010-10": "Oct 10", "2011-04": "Apr 11"}
LIKS = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
LIK = {"very_likely": "Very likely", "fairly_likely": "Fairly likely",
       "fairly_unlikely": "Fairly unlikely", "very_unlikely": "Very unlikely"}
RATS = ["red", "amber_red", "amber_green", "green"]
RAT = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green", "green": "Green"}

MS = {
    1: "Effective partnerships with people using services, carers and other local citizens",
    2: "Self-directed support and personal budgets",
    3: "Prevention and cost effective services",
    4: "Information and advice",
    5: "Local commissioning",
}
DELIVERABLES = {
    (1, "2010-04"): "That a communication has been made to the public including all current service users and to all local stakeholders about the transformation agenda and its benefits for them. That users and carers are involved with and regularly consulted about the councils plans for transformation of adult social care.",
    (1, "2010-10"): "That local service users understand the changes to personal budgets and that many are contributing to the development of local practice.",
    (1, "2011-04"): "That every council area has at least one user-led organisation who are directly contributing to the transformation to personal budgets.",
    (2, "2010-04"): "That every council has introduced personal budgets, which are being used by existing or new service users/ carers.",
    (2, "2010-10"): "That all new service users / carers (with assessed need for ongoing support) are offered a personal budget. That all service users whose care plans are subject to review are offered a personal budget.",
    (2, "2011-04"): "That at least 30% of eligible service users/carers have a personal budget.",
    (3, "2010-04"): "That every council has a clear strategy, jointly with health, for how it will shift some investment from reactive provision towards preventative and enabling/ rehabilitative interventions for 2010/11.",
    (3, "2010-10"): "That processes are in place to monitor across the whole system the impact of this shift in investment towards preventative and enabling services.",
    (3, "2011-04"): "That there is evidence that cashable savings have been released as a result of the preventative strategies and that overall social care has delivered a minimum of 3% cashable savings.",
    (4, "2010-04"): "That every council has a strategy in place to create universal information and advice services.",
    (4, "2010-10"): "That the council has put in place arrangements for universal access to information and advice.",
    (4, "2011-04"): "That the public are informed about where they can go to get the best information and advice about their care and support needs.",
    (5, "2010-04"): "That councils and PCTs have commissioning strategies that address the future needs of their local population and have been subject to development with all stakeholders.",
    (5, "2010-10"): "That providers and third sector organisations are clear on how they can respond to the needs of people using personal budgets. An increase in the range of service choice is evident.",
    (5, "2011-04"): "That stakeholders are clear on the impact that purchasing by individuals, both publicly (personal budgets) and privately funded, will have on the procurement of councils and PCTs.",
}
REQS = [
    ("engagement.service_users", "The full engagement of all service users."),
    ("engagement.staff", "The full engagement of all staff working to support the delivery of care, which includes people working in the provider services and third sector organisations."),
    ("engagement.health", "The full engagement of Primary Care Trusts and the wider health community."),
    ("engagement.politicians", "The full engagement of local politicians."),
    ("engagement.council_partners", "The full engagement of all parts of local councils and of other key strategic partners."),
    ("engagement.regional_national", "The support of regional and national programmes."),
    ("arrangements.risk_management", "A system is in place, which manages the risks associated with the transformation that includes both the risks for individuals and financial and other risks."),
    ("arrangements.business_models", "Clarity of the business models that will need to be adapted to support the transformation."),
    ("arrangements.financial_systems", "Financial systems, which support the delivery of personal budgets."),
    ("arrangements.project_plan", "A local project plan for the delivery of the transformation with clear projections and targets to reach locally identified milestones."),
    ("arrangements.business_cases", "Business cases, which track the new investments, and disinvestments that will be required to support the change."),
    ("arrangements.workforce_strategy", "A workforce strategy that supports the transformation."),
]
REQ_IDS = [r[0] for r in REQS]
REQ_TEXT = dict(REQS)
REQ_GROUP1 = "Are all stakeholders fully engaged and supportive of local planning for \u201cPutting People First\u201d"
REQ_GROUP2 = "Are the following Key Arrangements resolved and in place"

RAT_CODE = {"red": "R", "amber_red": "A/R", "amber_green": "A/G", "green": "G"}
RAT_SHORT_MAP = {"R": "red", "G": "green", "A/R": "amber_red", "R/A": "amber_red",
                 "A/G": "amber_green", "G/A": "amber_green"}


def run(cmd, **kw):
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = FIXED_EPOCH
    env["HOME"] = str(BUILD / "home")
    env.update(kw.pop("env", {}))
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit(f"command failed: {cmd}")
    return r


class Return:
    """One council's return: the single source of the document and its gold."""

    def __init__(self, stem, council, period, date_completed, cells, reqs,
                 answers=(), risks=(), facts=()):
        self.stem = stem
        self.council = council
        self.period = period
        self.date_completed = date_completed
        self.cells = {}
        for c in cells:
            m, d = c[0], c[1]
            a = c[2] if len(c) > 2 else None
            l = c[3] if len(c) > 3 else None
            r = c[4] if len(c) > 4 else None
            w = c[5] if len(c) > 5 else None
            assert d in DL and (a in (None, "Y", "N")) and (l is None or l in LIKS)
            assert a is not None or l is not None
            self.cells[(m, d)] = dict(milestone=m, deadline=d, achieved=a, likelihood=l,
                                      reason_not_achieved=r, when_to_be_achieved=w)
        self.reqs = dict(reqs)
        for k, v in self.reqs.items():
            assert k in REQ_IDS and v in RATS, (k, v)
        self.answers = [dict(milestone=m, question=q, answer=a) for m, q, a in answers]
        self.risks = [dict(milestone=m, risk=r, mitigation=g) for m, r, g in risks]
        self.facts = [dict(kind=k, value=v, text=t) for k, v, t in facts]

    def cell(self, m, d):
        return self.cells.get((m, d))

    def write_gold(self):
        rec = {
            "schema": "ppf-return/1",
            "document": self.stem,
            "council": self.council,
            "period": self.period,
            "date_completed": self.date_completed,
            "milestones": [self.cells[k] for k in sorted(self.cells, key=lambda k: (k[0], DL.index(k[1])))],
            "requirements": [{"requirement": r, "rating": self.reqs[r]} for r in REQ_IDS if r in self.reqs],
            "answers": self.answers,
            "risks": self.risks,
            "facts": self.facts,
        }
        (GOLD / f"{self.stem}.json").write_text(json.dumps(rec, indent=2, ensure_ascii=False) + "\n")
        return rec


def normalise_zip(path, when=(2010, 10, 1, 9, 0, 0), iso="2010-10-01T09:00:00Z"):
    """Rewrite an OOXML/ODF zip with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + iso.encode() + rb"\3", data)
                data = re.sub(rb"(<meta:creation-date>)[^<]*(<)", rb"\g<1>" + iso[:-1].encode() + rb"\2", data)
                data = re.sub(rb"(<dc:date>)[^<]*(<)", rb"\g<1>" + iso[:-1].encode() + rb"\2", data)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


# ---------------------------------------------------------------------------
# b01  pandoc Markdown (grid + pipe tables) -> .docx, options as row labels
# ---------------------------------------------------------------------------

def disp_width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def grid_table(headers, rows, widths):
    def cell_lines(text, w):
        if not text:
            return [""]
        out = []
        for para in text.split("\n"):
            out.extend(textwrap.wrap(para, w) or [""])
        return out

    def sep(ch):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def render_row(cells):
        cols = [cell_lines(c, w) for c, w in zip(cells, widths)]
        n = max(len(c) for c in cols)
        lines = []
        for i in range(n):
            parts = []
            for c, w in zip(cols, widths):
                t = c[i] if i < len(c) else ""
                parts.append(" " + t + " " * (w - disp_width(t)) + " ")
            lines.append("|" + "|".join(parts) + "|")
        return lines

    out = [sep("-")]
    out += render_row(headers)
    out.append(sep("="))
    for r in rows:
        out += render_row(r)
        out.append(sep("-"))
    return "\n".join(out)


def pipe_table(headers, rows, align=None):
    align = align or ["---"] * len(headers)
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join(align) + "|"]
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out)


def b01():
    R = Return(
        "rt3-b01-stockport-pandoc-option-rows", "Stockport", "2010-09", "2010-10-14",
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", None, "very_likely"), (1, "2011-04", None, "fairly_likely"),
            (2, "2010-04", "Y"), (2, "2010-10", None, "fairly_likely"), (2, "2011-04", None, "fairly_unlikely"),
            (3, "2010-04", "N", "very_likely",
             "The joint prevention strategy with NHS Stockport has been drafted but has not yet been signed off by the PCT Board.",
             "December 2010"),
            (3, "2010-10", None, "fairly_unlikely"), (3, "2011-04", None, "fairly_likely"),
            (4, "2010-04", "Y"), (4, "2010-10", None, "very_likely"), (4, "2011-04", None, "very_likely"),
            (5, "2010-04", "Y"), (5, "2010-10", None, "fairly_likely"),
        ],
        reqs={
            "engagement.service_users": "green", "engagement.staff": "amber_green",
            "engagement.health": "amber_red", "engagement.politicians": "green",
            "engagement.council_partners": "amber_green", "engagement.regional_national": "green",
            "arrangements.risk_management": "amber_green", "arrangements.business_models": "amber_red",
            "arrangements.financial_systems": "red", "arrangements.project_plan": "green",
            "arrangements.business_cases": "amber_red", "arrangements.workforce_strategy": "amber_green",
        },
        answers=[
            (2, "Have we started to issue personal budgets?",
             "Yes. Personal budgets have been offered to all new customers since April 2010."),
            (2, "What are we planning to do next?",
             "Extend the offer of a personal budget to all customers at their annual review from November 2010."),
            (3, "What could prevent us from achieving this milestone?",
             "Delay in agreeing the pooled budget for intermediate care with NHS Stockport."),
        ],
        facts=[
            ("people_with_personal_budget", 1146, "1,146 people were receiving a personal budget"),
            ("percent_with_personal_budget", 17, "17% of eligible people using community-based services"),
        ],
    )
    MARK = "\u2714"
    md = []
    md.append("**STOCKPORT METROPOLITAN BOROUGH COUNCIL**\n")
    md.append("**Adult Social Care and Health Scrutiny Committee**\n")
    md.append("Meeting: 2 November 2010\n")
    md.append("Report of the Corporate Director for Adults\u2019 Services\n")
    md.append("# Putting People First: Quarter 2 Milestone Return 2010/11\n")
    md.append("## 1. Purpose of the report\n")
    md.append("1.1 To inform the Committee of the Council\u2019s second quarterly self-assessment for 2010/11 "
              "against the Putting People First milestones agreed by the Department of Health, ADASS and the "
              "LGA, and to invite comments before the next return is submitted in January 2011.\n")
    md.append("## 2. Background\n")
    md.append("2.1 The milestones describe what every council is expected to have achieved by April 2010, "
              "October 2010 and April 2011. The return is submitted each quarter to the North West Joint "
              "Improvement Partnership and is the basis of the regional overview.\n")
    md.append("2.2 At the end of September 2010, 1,146 people were receiving a personal budget, which is "
              "17% of eligible people using community-based services. The national milestone is that at least "
              "30% of eligible people have a personal budget by April 2011, and the North West average reported "
              "by the JIP in July was 14%.\n")
    md.append("2.3 The self-assessment is set out in Appendix 1. For each milestone the table lists every "
              "option on the return; the column for each deadline shows the option selected.\n")
    md.append("## 3. Corporate objectives\n")
    md.append(pipe_table(
        ["Corporate objective", "Positive impact", "Neutral impact", "Negative impact"],
        [["Healthy and independent living", MARK, "", ""],
         ["Safer communities", "", MARK, ""],
         ["Stockport Council: a council that works for you", MARK, "", ""],
         ["Economic growth and regeneration", "", MARK, ""]],
        [":" + "-" * 40, ":" + "-" * 14 + ":", ":" + "-" * 14 + ":", ":" + "-" * 14 + ":"]) + "\n")
    md.append("## 4. Recommendation\n")
    md.append("4.1 That the Committee notes the Quarter 2 return and the areas rated Red or Amber/Red.\n")
    md.append("Background papers: Putting People First milestones, DH/ADASS/LGA, January 2010. "
              "Contact officer: Janet Holroyd, Transformation Programme Manager, 0161 474 3120.\n")
    md.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n')
    md.append("# Appendix 1: Putting People First milestone return\n")
    md.append("Council: Stockport MBC\\\nReturn for: Quarter 2, July to September 2010\\\n"
              "Date completed: 14 October 2010\n")
    md.append("## Underpinning requirements\n")
    rows = []
    for i, (rid, txt) in enumerate(REQS):
        if i == 0:
            rows.append(["**" + REQ_GROUP1 + "**", "", "", "", ""])
        if i == 6:
            rows.append(["**" + REQ_GROUP2 + "**", "", "", "", ""])
        rows.append([txt] + [MARK if R.reqs.get(rid) == r else "" for r in RATS])
    md.append(pipe_table(["Requirement", "Red", "Amber/Red", "Amber/Green", "Green"], rows,
                         [":" + "-" * 48, ":" + "-" * 8 + ":", ":" + "-" * 8 + ":", ":" + "-" * 8 + ":",
                          ":" + "-" * 8 + ":"]) + "\n")
    labels = [("Achieved - Yes", "A", "Y"), ("Achieved - No", "A", "N")] + [(LIK[l], "L", l) for l in LIKS]
    answers_by_m = {}
    for a in R.answers:
        answers_by_m.setdefault(a["milestone"], []).append(a)
    for m in range(1, 6):
        md.append(f"## Milestone {m}: {MS[m]}\n")
        rows = []
        for lab, kind, val in labels:
            row = [lab]
            for d in DL:
                c = R.cell(m, d)
                hit = c and ((kind == "A" and c["achieved"] == val) or (kind == "L" and c["likelihood"] == val))
                row.append(MARK if hit else "")
            rows.append(row)
        rows.append(["Reason if not achieved"] + [(R.cell(m, d) or {}).get("reason_not_achieved") or "" for d in DL])
        rows.append(["When to be achieved"] + [(R.cell(m, d) or {}).get("when_to_be_achieved") or "" for d in DL])
        md.append(grid_table(["Option", "April 2010", "October 2010", "April 2011"], rows, [22, 21, 21, 21]) + "\n")
        if m in answers_by_m:
            md.append(pipe_table(["Key question", "Response"],
                                 [[a["question"], a["answer"]] for a in answers_by_m[m]],
                                 [":" + "-" * 30, ":" + "-" * 50]) + "\n")
    mdp = BUILD / "b01.md"
    mdp.write_text("\n".join(md))
    out = DOCS / (R.stem + ".docx")
    run(["pandoc", "-f", "markdown", "-t", "docx", "-o", str(out), str(mdp)])
    normalise_zip(out)
    return R, "pandoc 2.17 Markdown grid/pipe tables -> docx: each milestone a table whose rows are the options "\
              "('Achieved - Yes', 'Achieved - No', 'Very likely' ...) with a \u2714 under the deadline column; "\
              "decoy \u2714 table of corporate objectives"


# ---------------------------------------------------------------------------
# b02  pandoc -s HTML: definition lists inside raw <details>/<summary> panels
# ---------------------------------------------------------------------------

def b02():
    R = Return(
        "rt3-b02-wiltshire-pandoc-details", "Wiltshire", "2010-06", "2010-07-08",
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", None, "very_likely"), (1, "2011-04", None, "very_likely"),
            (2, "2010-04", "Y"), (2, "2010-10", None, "very_unlikely"), (2, "2011-04", None, "fairly_unlikely"),
            (3, "2010-04", "N", None,
             "Agreement with NHS Wiltshire on shifting investment to prevention has not yet been reached.",
             "September 2010"),
            (3, "2010-10", None, "fairly_likely"),
            (4, "2010-04", "Y"), (4, "2010-10", None, "very_likely"), (4, "2011-04", None, "fairly_likely"),
            (5, "2010-04", "N", None,
             "The joint commissioning strategy for older people is out to consultation until August 2010.",
             "October 2010"),
            (5, "2010-10", None, "fairly_likely"), (5, "2011-04", None, "fairly_likely"),
        ],
        reqs={
            "engagement.service_users": "amber_green", "engagement.staff": "amber_green",
            "engagement.health": "green", "engagement.politicians": "green",
            "engagement.council_partners": "amber_red", "engagement.regional_national": "green",
            "arrangements.risk_management": "amber_green", "arrangements.business_models": "amber_green",
            "arrangements.financial_systems": "amber_red", "arrangements.project_plan": "green",
            "arrangements.business_cases": "red", "arrangements.workforce_strategy": "amber_red",
        },
        answers=[
            (1, "Is there a programme board for the delivery of PPF that has direct representation of users/carers?",
             "Yes. The Wiltshire Personalisation Programme Board includes two service user and two carer representatives."),
            (4, "Do we have a strategy for universal access to information, support and guidance for adult social care?",
             "Yes. The Information and Advice Strategy was agreed by Cabinet in March 2010."),
        ],
        risks=[
            (2, "Capacity of the care management teams to complete reviews",
             "Additional temporary review team funded from the Social Care Reform Grant until March 2011"),
            (5, "Provider market slow to respond to personal budgets",
             "Provider development workshops and a market position statement to be published in September 2010"),
        ],
        facts=[
            ("people_with_personal_budget", 1237, "1,237 people in Wiltshire had a personal budget"),
            ("service_users_total", 6400, "around 6,400 people receiving community-based services"),
        ],
    )
    md = []
    md.append("---\ntitle: \"Putting People First \u2013 milestone return, quarter ended 30 June 2010\"\n"
              "pagetitle: \"Wiltshire Council - Health and Adult Social Care Select Committee - PPF return\"\n"
              "lang: en-GB\n---\n")
    md.append("**Wiltshire Council**  \n**Health and Adult Social Care Select Committee, 20 July 2010**  \n"
              "Report of the Corporate Director, Community Services\n")
    md.append("## Purpose of report\n")
    md.append("To present the Council\u2019s self-assessment against the Putting People First milestones for the "
              "quarter ended 30 June 2010, as submitted to the South West Joint Improvement Partnership.\n")
    md.append("## Summary\n")
    md.append("At 30 June 2010, 1,237 people in Wiltshire had a personal budget, out of around 6,400 people receiving "
              "community-based services. The South West regional average reported in the same quarter was 14%. "
              "The first set of milestones (April 2010) has been met for three of the five milestones; the two "
              "that were not met are explained in the return below.\n")
    md.append("Each section of the return can be opened by selecting its heading.\n")
    md.append("## The return\n")
    md.append("Council: Wiltshire Council  \nPeriod: April to June 2010  \nDate completed: 8 July 2010  \n"
              "Completed by: Sue Redmond, Head of Transformation\n")
    # requirements panel
    md.append("<details>\n<summary>Underpinning requirements</summary>\n")
    md.append(f"*{REQ_GROUP1}*\n")
    for i, (rid, txt) in enumerate(REQS):
        if i == 6:
            md.append(f"*{REQ_GROUP2}*\n")
        md.append(f"{txt}\n:   Rating: {RAT[R.reqs[rid]]}\n")
    md.append("</details>\n")
    ans = {}
    for a in R.answers:
        ans.setdefault(a["milestone"], []).append(a)
    rk = {r["milestone"]: r for r in R.risks}
    for m in range(1, 6):
        md.append(f"<details>\n<summary>Milestone {m}: {MS[m]}</summary>\n")
        for d in DL:
            c = R.cell(m, d)
            head = DL_LONG[d]
            if d == "2010-04":
                head += " \u2013 has the milestone been achieved?"
            else:
                head += " \u2013 how likely are we to achieve this milestone by this date?"
            if c is None:
                md.append(f"{head}\n:   Not yet assessed\n")
                continue
            parts = []
            if c["achieved"]:
                parts.append("Yes" if c["achieved"] == "Y" else "No")
            if c["likelihood"]:
                parts.append(LIK[c["likelihood"]])
            md.append(f"{head}\n:   {parts[0]}\n")
            for p in parts[1:]:
                md.append(f":   {p}\n")
            if c["reason_not_achieved"]:
                md.append(f"Reason if not achieved\n:   {c['reason_not_achieved']}\n")
            if c["when_to_be_achieved"]:
                md.append(f"When to be achieved\n:   {c['when_to_be_achieved']}\n")
        if m in ans:
            md.append("**Key questions**\n")
            for a in ans[m]:
                md.append(f"{a['question']}\n:   {a['answer']}\n")
        if m in rk:
            md.append(f"Key risk\n:   {rk[m]['risk']}\n")
            md.append(f"Mitigating action\n:   {rk[m]['mitigation']}\n")
        md.append("</details>\n")
    md.append("<details>\n<summary>Glossary of terms used in the return</summary>\n")
    for t, dfn in [("Very likely", "We are confident the milestone will be met by the date shown."),
                   ("Fairly likely", "We expect to meet the milestone but there are risks."),
                   ("Fairly unlikely", "Significant work remains and the date may be missed."),
                   ("Very unlikely", "The milestone will not be met by the date shown."),
                   ("Green", "In place and working well."),
                   ("Amber/Green", "Largely in place, minor issues being managed."),
                   ("Amber/Red", "Partly in place, significant issues."),
                   ("Red", "Not in place.")]:
        md.append(f"{t}\n:   {dfn}\n")
    md.append("</details>\n")
    md.append("## Recommendation\n")
    md.append("That the Select Committee notes the return and asks for a further report in October 2010.\n")
    md.append("*Report author: Sue Redmond, Head of Transformation, Community Services. 01225 713000.*\n")
    mdp = BUILD / "b02.md"
    mdp.write_text("\n".join(md))
    out = DOCS / (R.stem + ".html")
    run(["pandoc", "-s", "-f", "markdown", "-t", "html5", "-o", str(out), str(mdp)])
    return R, "pandoc -s HTML: each milestone a closed <details> panel holding a definition list (deadline term, "\
              "answer in the <dd>, extra <dd> for likelihood); glossary <dl> defining every option as a decoy"


# ---------------------------------------------------------------------------
# b03  council CMS page, tabs (hidden panels), ticks as data-URI images
# ---------------------------------------------------------------------------

def tick_png(colour=(0, 128, 0), size=18, kind="tick"):
    from PIL import Image, ImageDraw
    im = Image.new("RGBA", (size * 4, size * 4), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    s = size * 4
    if kind == "tick":
        dr.line([(s * 0.15, s * 0.55), (s * 0.4, s * 0.8), (s * 0.85, s * 0.2)], fill=colour + (255,), width=int(s * 0.13), joint="curve")
    elif kind == "info":
        dr.ellipse([s * 0.05, s * 0.05, s * 0.95, s * 0.95], fill=(40, 90, 160, 255))
        dr.rectangle([s * 0.44, s * 0.42, s * 0.56, s * 0.78], fill=(255, 255, 255, 255))
        dr.ellipse([s * 0.43, s * 0.2, s * 0.57, s * 0.34], fill=(255, 255, 255, 255))
    im = im.resize((size, size), Image.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def tick_svg(colour="#1a7f2e"):
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 18 18">'
           f'<path d="M3 10 L7.5 14 L15 4" fill="none" stroke="{colour}" stroke-width="2.6" '
           'stroke-linecap="round" stroke-linejoin="round"/></svg>')
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def b03():
    R = Return(
        "rt3-b03-north-tyneside-cms-tabs", "North Tyneside", "2010-12", "2011-01-14",
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", "Y"), (1, "2011-04", None, "very_likely"),
            (2, "2010-04", "Y"),
            (2, "2010-10", "N", None,
             "Reviews of existing customers are offering a personal budget in two of the three localities only.",
             "March 2011"),
            (2, "2011-04", None, "fairly_likely"),
            (3, "2010-04", "Y"), (3, "2010-10", "Y"), (3, "2011-04", None, "fairly_unlikely"),
            (4, "2010-04", "Y"), (4, "2010-10", "Y"), (4, "2011-04", None, "very_likely"),
            (5, "2010-04", "Y"),
            (5, "2010-10", "N", "fairly_likely",
             "The market development plan was delayed by the retendering of home care.", "February 2011"),
            (5, "2011-04", None, "fairly_likely"),
        ],
        reqs={
            "engagement.service_users": "green", "engagement.staff": "green",
            "engagement.health": "amber_green", "engagement.politicians": "green",
            "engagement.council_partners": "green", "engagement.regional_national": "amber_green",
            "arrangements.risk_management": "green", "arrangements.business_models": "amber_green",
            "arrangements.financial_systems": "amber_green", "arrangements.project_plan": "green",
            "arrangements.business_cases": "amber_red", "arrangements.workforce_strategy": "amber_green",
        },
        answers=[
            (1, "Does our Authority have plans in place to meet the DH target of a User Led Organisation (ULO) in place by the end of 2010?",
             "Yes. Disability North Tyneside was recognised as our user-led organisation in November 2010."),
        ],
        facts=[
            ("people_with_personal_budget", 1420, "1,420 people had a personal budget"),
            ("percent_with_personal_budget", 26, "26% of eligible adults"),
            ("personal_budget_spend_gbp", 6250000, "\u00a36.25 million was spent through personal budgets"),
        ],
    )
    # previous (archived) return, shown in its own tab: a decoy, not gold
    PREV = Return("prev", "North Tyneside", "2010-09", None,
                  cells=[(2, "2010-04", "Y"), (2, "2010-10", None, "fairly_likely"), (2, "2011-04", None, "very_likely"),
                         (5, "2010-04", "Y"), (5, "2010-10", None, "very_likely"), (5, "2011-04", None, "very_likely")],
                  reqs={})
    png = tick_png()
    svg = tick_svg()
    info = tick_png(kind="info")
    img_for = {1: ("png", png), 2: ("svg", svg), 3: ("png", png), 4: ("svg", svg), 5: ("png", png)}

    def img(src, variant):
        if variant == 0:
            return f'<img src="{src}" alt="" class="ico" width="18" height="18">'
        return f'<img class="ico" src="{src}" width="18" height="18" role="presentation">'

    cols = [("A", "Y", "Achieved"), ("A", "N", "Not achieved")] + [("L", l, LIK[l]) for l in LIKS]

    def ms_table(ret, m, src, variant):
        h = ['<table class="ppf">', "<thead><tr><th scope=\"col\">Deadline</th>"]
        h += [f'<th scope="col">{lab}</th>' for _, _, lab in cols]
        h += ['<th scope="col">Reason if not achieved</th><th scope="col">When to be achieved</th></tr></thead><tbody>']
        for d in DL:
            c = ret.cell(m, d)
            h.append(f'<tr><th scope="row">{DL_LONG[d]}</th>')
            for kind, val, _ in cols:
                hit = c and ((kind == "A" and c["achieved"] == val) or (kind == "L" and c["likelihood"] == val))
                h.append(f'<td class="opt">{img(src, variant) if hit else ""}</td>')
            h.append(f'<td class="why">{esc((c or {}).get("reason_not_achieved") or "")}</td>'
                     f'<td>{esc((c or {}).get("when_to_be_achieved") or "")}</td></tr>')
        h.append("</tbody></table>")
        return "\n".join(h)

    tabs = [("overview", "Overview")] + [(f"m{m}", f"Milestone {m}") for m in range(1, 6)] + \
           [("req", "Underpinning requirements"), ("prev", "Previous returns"), ("perf", "Our performance")]
    panels = {}
    panels["overview"] = f"""
<h2>About this return</h2>
<p>Every council reports its progress on transforming adult social care against the Putting People First
milestones agreed by the Department of Health, ADASS and the Local Government Association. This page shows
North Tyneside Council&rsquo;s return for the quarter to 31 December 2010, which was completed on
14 January 2011 and sent to the North East Joint Improvement Partnership.</p>
<p>By 31 December 2010, 1,420 people had a personal budget &ndash; 26% of eligible adults. Between April and
December 2010 &pound;6.25 million was spent through personal budgets, including direct payments.</p>
<p>Select a tab to see our self-assessment for each milestone. A tick shows the option we selected.
<img src="{info}" alt="" width="14" height="14"></p>
<p class="meta">Council: North Tyneside Council &middot; Quarter: October to December 2010 &middot;
Date completed: 14 January 2011</p>
"""
    for m in range(1, 6):
        kind, src = img_for[m]
        body = [f"<h2>Milestone {m}: {MS[m]}</h2>",
                '<h3>What the milestone asks for</h3><ul>']
        for d in DL:
            body.append(f"<li><strong>{DL_LONG[d]}:</strong> {esc(DELIVERABLES[(m, d)])}</li>")
        body.append("</ul><h3>Our assessment</h3>")
        body.append(ms_table(R, m, src, m % 2))
        for a in R.answers:
            if a["milestone"] == m:
                body.append(f'<h3>Key questions</h3><p class="q">{esc(a["question"])}</p><p>{esc(a["answer"])}</p>')
        panels[f"m{m}"] = "\n".join(body)
    rq = ['<h2>Underpinning requirements</h2><table class="ppf req"><thead><tr><th scope="col">Requirement</th>'
          '<th scope="col">Red</th><th scope="col">Amber/Red</th><th scope="col">Amber/Green</th><th scope="col">Green</th></tr></thead><tbody>']
    for i, (rid, txt) in enumerate(REQS):
        if i in (0, 6):
            rq.append(f'<tr class="grp"><th colspan="5" scope="rowgroup">{esc(REQ_GROUP1 if i == 0 else REQ_GROUP2)}</th></tr>')
        rq.append(f"<tr><td>{esc(txt)}</td>" + "".join(
            f'<td class="opt">{img(png, 0) if R.reqs.get(rid) == r else ""}</td>' for r in RATS) + "</tr>")
    rq.append("</tbody></table>")
    panels["req"] = "\n".join(rq)
    pv = ["<h2>Previous returns</h2>",
          "<p>For comparison, this is what we reported for the two milestones that changed since our "
          "<strong>September 2010 return</strong> (quarter to 30 September 2010). It has been superseded "
          "by the December 2010 return shown in the other tabs.</p>"]
    for m in (2, 5):
        pv.append(f"<h3>September 2010 return &ndash; Milestone {m}: {MS[m]}</h3>")
        pv.append(ms_table(PREV, m, png, 0))
    panels["prev"] = "\n".join(pv)
    panels["perf"] = f"""
<h2>Our performance</h2>
<p>National indicators for adult social care, 2009/10 outturn. A tick shows where we met our local target.</p>
<table class="ppf"><thead><tr><th scope="col">Indicator</th><th scope="col">2009/10</th><th scope="col">Target met</th></tr></thead>
<tbody>
<tr><td>NI 130 Social care clients receiving self-directed support (per 100,000)</td><td>3,112</td><td class="opt">{img(png, 0)}</td></tr>
<tr><td>NI 132 Timeliness of social care assessment</td><td>84.6%</td><td class="opt">{img(png, 0)}</td></tr>
<tr><td>NI 133 Timeliness of social care packages</td><td>89.1%</td><td class="opt"></td></tr>
<tr><td>NI 135 Carers receiving needs assessment or review</td><td>27.4%</td><td class="opt">{img(svg, 1)}</td></tr>
<tr><td>NI 136 People supported to live independently</td><td>3,480</td><td class="opt"></td></tr>
</tbody></table>
"""
    nav = []
    pan = []
    for i, (pid, lab) in enumerate(tabs):
        sel = i == 0
        cur_attr = ' class="current"' if sel else ""
        nav.append(f'<li role="presentation"><a href="#{pid}" id="tab-{pid}" role="tab" aria-controls="{pid}" '
                   f'aria-selected="{"true" if sel else "false"}"{cur_attr}>{lab}</a></li>')
        if sel:
            attrs = 'class="tab-panel active"'
        elif i % 3 == 1:
            attrs = 'class="tab-panel" hidden'
        elif i % 3 == 2:
            attrs = 'class="tab-panel" aria-hidden="true"'
        else:
            attrs = 'class="tab-panel" style="display:none" aria-hidden="true"'
        pan.append(f'<div id="{pid}" role="tabpanel" aria-labelledby="tab-{pid}" {attrs}>\n{panels[pid]}\n</div>')
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Putting People First - our progress | Adult social care | North Tyneside Council</title>
<meta name="DC.creator" content="North Tyneside Council" />
<meta name="DC.date.modified" content="2011-01-21" />
<style type="text/css">
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #222; margin: 0; }}
#masthead {{ background: #00467f; color: #fff; padding: 12px 20px; }}
#masthead a {{ color: #fff; }}
#breadcrumb {{ padding: 6px 20px; background: #e8eef4; font-size: 11px; }}
#wrap {{ display: flex; }}
#leftnav {{ width: 180px; padding: 10px 20px; font-size: 12px; }}
#content {{ flex: 1; padding: 10px 20px; max-width: 900px; }}
ul.tabs {{ list-style: none; margin: 0; padding: 0; border-bottom: 2px solid #00467f; }}
ul.tabs li {{ display: inline-block; }}
ul.tabs a {{ display: block; padding: 6px 10px; background: #dde6ee; color: #00467f; text-decoration: none; margin-right: 2px; }}
ul.tabs a.current {{ background: #00467f; color: #fff; }}
.tab-panel {{ display: none; border: 1px solid #ccd; border-top: 0; padding: 10px 14px; }}
.tab-panel.active {{ display: block; }}
[hidden] {{ display: none !important; }}
table.ppf {{ border-collapse: collapse; width: 100%; margin: 8px 0 14px; }}
table.ppf th, table.ppf td {{ border: 1px solid #9aa; padding: 4px 6px; vertical-align: top; }}
table.ppf thead th {{ background: #dde6ee; font-size: 12px; }}
table.ppf td.opt {{ text-align: center; width: 52px; }}
table.ppf td.why {{ width: 28%; }}
tr.grp th {{ background: #f3f3f3; text-align: left; font-style: italic; }}
p.meta {{ color: #555; font-size: 11px; }}
#footer {{ background: #333; color: #ddd; padding: 10px 20px; font-size: 11px; margin-top: 20px; }}
</style>
<script type="text/javascript">
function showTab(id) {{
  var panels = document.querySelectorAll('.tab-panel');
  for (var i = 0; i < panels.length; i++) {{
    var p = panels[i]; var on = (p.id === id);
    p.className = on ? 'tab-panel active' : 'tab-panel';
    if (on) {{ p.removeAttribute('hidden'); p.style.display = ''; p.setAttribute('aria-hidden', 'false'); }}
    else {{ p.setAttribute('aria-hidden', 'true'); }}
  }}
  var tabs = document.querySelectorAll('ul.tabs a');
  for (var j = 0; j < tabs.length; j++) {{
    var t = tabs[j]; var sel = t.getAttribute('aria-controls') === id;
    t.className = sel ? 'current' : ''; t.setAttribute('aria-selected', sel ? 'true' : 'false');
  }}
}}
document.addEventListener('DOMContentLoaded', function () {{
  var tabs = document.querySelectorAll('ul.tabs a');
  for (var j = 0; j < tabs.length; j++) {{
    tabs[j].addEventListener('click', function (e) {{ e.preventDefault(); showTab(this.getAttribute('aria-controls')); }});
  }}
  if (location.hash) {{ showTab(location.hash.substring(1)); }}
}});
</script>
</head>
<body>
<div id="skip"><a href="#content">Skip to content</a></div>
<div id="masthead"><a href="/">North Tyneside Council</a> &nbsp;|&nbsp; <a href="/az">A-Z of services</a> &nbsp;|&nbsp; <a href="/contact">Contact us</a></div>
<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/adults">Health and social care</a> &gt; <a href="/adults/transformation">Transforming adult social care</a> &gt; Putting People First &ndash; our progress</div>
<div id="wrap">
<div id="leftnav"><ul>
<li><a href="/adults/personal-budgets">Personal budgets</a></li>
<li><a href="/adults/direct-payments">Direct payments</a></li>
<li><a href="/adults/care-services-directory">Care services directory</a></li>
<li><a href="/adults/carers">Support for carers</a></li>
<li><strong>Putting People First &ndash; our progress</strong></li>
</ul></div>
<div id="content">
<h1>Putting People First &ndash; our progress</h1>
<p>Last updated: 21 January 2011</p>
<ul class="tabs" role="tablist">
{chr(10).join(nav)}
</ul>
{chr(10).join(pan)}
<p>If you need this information in another format, please contact the Adult Social Care Customer Service Centre on 0345 2000 109.</p>
</div>
</div>
<div id="footer">&copy; North Tyneside Council 2011 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></div>
</body>
</html>
"""
    (DOCS / (R.stem + ".html")).write_text(html)
    return R, "council CMS page with nine tabs, all but the first hidden (CSS display:none, hidden attribute, "\
              "aria-hidden); marks are PNG/SVG data-URI tick images with empty alt; decoys: superseded September "\
              "return tab and a national-indicator tick table"


# ---------------------------------------------------------------------------
# b04  Word 2010-style text boxes (wps:txbx + v:textbox fallback), 2-column cover
# ---------------------------------------------------------------------------

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
}
NSDECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def docx_a4(doc, margin_cm=2.0, landscape=False):
    from docx.shared import Cm
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(margin_cm)


def docx_base_font(doc, name="Arial", size=10.5):
    from docx.shared import Pt
    from docx.oxml.ns import qn
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), name)
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        try:
            h = doc.styles[hn]
            h.font.name = name
            hr = h.element.get_or_add_rPr().find(qn("w:rFonts"))
            if hr is not None:
                for att in list(hr.attrib):
                    del hr.attrib[att]
                for att in ("w:ascii", "w:hAnsi", "w:cs"):
                    hr.set(qn(att), name)
        except KeyError:
            pass


def set_core(doc, author, title, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 3


def add_textbox(paragraph, content, width_cm, height_cm, shape_no, fill="EAF1DD", line="4F6228"):
    """Put the block elements in `content` (w:p / w:tbl, detached) into a floating text box
    anchored in `paragraph`, written the way Word 2010 writes it: mc:AlternateContent with a
    wps:txbx choice and a VML v:textbox fallback."""
    from lxml import etree
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    pt_w, pt_h = width_cm * 28.3465, height_cm * 28.3465
    rel_h = 251659264 + shape_no * 1024
    xml = f"""<w:r {NSDECL}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{rel_h}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{shape_no}" name="Text Box {shape_no}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent/></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic>
<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>
</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box {shape_no}" o:spid="_x0000_s{1025 + shape_no}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{pt_w:.1f}pt;height:{pt_h:.1f}pt;z-index:{rel_h};visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text;mso-width-percent:0;mso-height-percent:0;mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top" fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}" strokeweight="1pt">
<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent/></v:textbox><w10:wrap type="topAndBottom"/></v:shape>
</w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    run_el = etree.fromstring(xml)
    boxes = run_el.findall(".//{%s}txbxContent" % NS["w"])
    for el in content:
        el.getparent().remove(el) if el.getparent() is not None else None
    for box in boxes:
        for el in content:
            box.append(copy.deepcopy(el))
    paragraph._p.append(run_el)


def set_cols(sectPr, num, space=567):
    from docx.oxml.ns import qn
    from lxml import etree
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = etree.SubElement(sectPr, qn("w:cols"))
    for k in list(cols.attrib):
        del cols.attrib[k]
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def set_col_widths(table, widths_cm):
    from docx.shared import Cm
    from docx.oxml.ns import qn
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, wcm in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(wcm * 567)))
    for tr in table._tbl.tr_lst:
        j = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[j:j + span]))
            j += span


def cell_shade(cell, fill):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table_borders(table, sz=4, color="808080"):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{b}</w:tblBorders>'))


def b04():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_SECTION
    R = Return(
        "rt3-b04-shropshire-word-textboxes", "Shropshire", "2011-03", "2011-04-06",
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", "Y"), (1, "2011-04", None, "very_likely"),
            (2, "2010-04", "Y"), (2, "2010-10", "Y"), (2, "2011-04", None, "very_likely"),
            (3, "2010-04", "Y"),
            (3, "2010-10", "N", None,
             "Whole-system monitoring of the shift to prevention is not yet in place with the PCT.", "June 2011"),
            (3, "2011-04", None, "fairly_unlikely"),
            (4, "2010-04", "Y"), (4, "2010-10", "Y"), (4, "2011-04", None, "fairly_likely"),
            (5, "2010-04", "Y"), (5, "2010-10", "Y"), (5, "2011-04", None, "fairly_likely"),
        ],
        reqs={
            "engagement.service_users": "green", "engagement.staff": "green",
            "engagement.health": "amber_green", "engagement.politicians": "green",
            "engagement.council_partners": "green", "engagement.regional_national": "green",
            "arrangements.risk_management": "green", "arrangements.business_models": "green",
            "arrangements.financial_systems": "green", "arrangements.project_plan": "green",
            "arrangements.business_cases": "amber_green", "arrangements.workforce_strategy": "amber_green",
        },
        answers=[
            (2, "Is this a pilot or mainstream activity for all new customers?",
             "Mainstream activity for all new customers since October 2009."),
            (3, "Are health partners involved in this strategy?",
             "Yes. NHS Shropshire County jointly funds the reablement service and sits on the Prevention Board."),
            (5, "What external support would help?",
             "Support from the West Midlands JIP on market shaping."),
        ],
        risks=[
            (3, "Reduction in PCT funding for intermediate care",
             "Section 256 agreement for 2011/12 being negotiated with NHS Shropshire County"),
        ],
        facts=[
            ("people_with_personal_budget", 1912, "1,912 people were receiving a personal budget at 31 March 2011"),
            ("people_with_personal_budget", 1640, "up from 1,640 at 31 December 2010"),
            ("percent_with_personal_budget", 34, "34% of eligible people using community-based services"),
            ("personal_budget_spend_gbp", 9300000, "\u00a39.3 million was spent through personal budgets in 2010/11"),
            ("cashable_savings_percent", 4.1, "Cashable savings of 4.1% were delivered by the reablement and prevention programme in 2010/11"),
        ],
    )
    doc = Document()
    docx_a4(doc)
    docx_base_font(doc, "Arial", 10.5)
    set_core(doc, "Andy Begley", "Putting People First - final milestone return", dt.datetime(2011, 4, 11, 10, 12))
    # --- section 1: title block, one column
    t = doc.add_table(rows=4, cols=2)
    table_borders(t)
    for i, (k, v) in enumerate([("Committee and date", "Cabinet\n20 April 2011"), ("Item", "11"),
                                ("Public", "Paper"), ("Responsible officer", "Andy Begley, Head of Transformation\n"
                                 "e-mail: andy.begley@shropshire.gov.uk  Tel: 01743 253704")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    h = doc.add_heading("Putting People First: final milestone return, position at 31 March 2011", level=1)
    doc.add_section(WD_SECTION.CONTINUOUS)
    # --- section 2: covering report, two columns
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("1.1 This report presents the Council\u2019s final return against the Putting People First "
                      "milestones. The programme ended on 31 March 2011 and the return was completed on 6 April 2011 "
                      "for the West Midlands Joint Improvement Partnership.")
    kf = doc.add_paragraph()
    content = []
    p = doc.add_paragraph()
    r = p.add_run("Key figures")
    r.bold = True
    r.font.size = Pt(12)
    content.append(p._p)
    for line in ["1,912 people were receiving a personal budget at 31 March 2011, up from 1,640 at 31 December 2010.",
                 "That is 34% of eligible people using community-based services.",
                 "\u00a39.3 million was spent through personal budgets in 2010/11.",
                 "Cashable savings of 4.1% were delivered by the reablement and prevention programme in 2010/11."]:
        p = doc.add_paragraph(line, style="List Bullet")
        content.append(p._p)
    add_textbox(kf, content, 7.8, 5.6, 1)
    doc.add_paragraph("1.2 Four of the five milestones were fully met at October 2010. Milestone 3 (prevention and "
                      "cost effective services) was not met at October 2010 because whole-system monitoring of the shift "
                      "in investment has not been agreed with the PCT.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("2.1 That Cabinet notes the final Putting People First return at Appendix A.")
    doc.add_paragraph("2.2 That Cabinet endorses the continuation of the personalisation programme within the "
                      "Adult Services business plan for 2011/12.")
    doc.add_heading("3. Risk assessment and opportunities appraisal", level=2)
    doc.add_paragraph("3.1 The programme risk register is reviewed monthly by the Personalisation Board. The "
                      "principal risk to the remaining milestone is set out in the return.")
    doc.add_heading("4. Financial implications", level=2)
    doc.add_paragraph("4.1 The Social Care Reform Grant ended on 31 March 2011. The Department of Health expects "
                      "every council to show a minimum of 3% cashable savings from prevention; Shropshire\u2019s "
                      "figure is given in the key figures box.")
    doc.add_heading("5. Background", level=2)
    doc.add_paragraph("5.1 Putting People First was launched in December 2007. The milestones for April 2010, "
                      "October 2010 and April 2011 were agreed by the Department of Health, ADASS and the LGA in "
                      "January 2010, and the return has been reported to Cabinet each quarter.")
    doc.add_paragraph("5.2 Answers to the key questions in the return are shown in the boxes beside each milestone "
                      "in Appendix A.")
    doc.add_paragraph("List of background papers: Putting People First milestones (DH/ADASS/LGA, 2010); previous "
                      "quarterly returns. Cabinet Member: Cllr Ann Hartley. Local Member: All. Appendices: A.")
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    # section 2's sectPr now sits in the paragraph before sec3: make it two columns
    sect_prs = doc.element.body.findall(".//" + "{%s}sectPr" % NS["w"])
    set_cols(sect_prs[1], 2)
    set_cols(sect_prs[0], 1)
    set_cols(sect_prs[-1], 1)
    # --- section 3: the return, one column
    doc.add_heading("Appendix A: Putting People First milestone return", level=1)
    doc.add_paragraph("Council: Shropshire Council\nPosition at: 31 March 2011\nDate completed: 6 April 2011")
    doc.add_heading("Underpinning requirements", level=2)
    tb = doc.add_table(rows=1, cols=2)
    table_borders(tb)
    tb.rows[0].cells[0].text = "Requirement"
    tb.rows[0].cells[1].text = "Rating"
    for i, (rid, txt) in enumerate(REQS):
        if i in (0, 6):
            row = tb.add_row().cells
            mg = row[0].merge(row[1])
            mg.text = REQ_GROUP1 if i == 0 else REQ_GROUP2
            mg.paragraphs[0].runs[0].italic = True
        row = tb.add_row().cells
        row[0].text = txt
        row[1].text = RAT[R.reqs[rid]]
    for c in tb.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    set_col_widths(tb, [13.5, 3.5])
    doc.add_heading("Milestones", level=2)
    tm = doc.add_table(rows=1, cols=4)
    table_borders(tm)
    for i, lab in enumerate(["Milestone", "April 2010", "October 2010", "April 2011"]):
        tm.rows[0].cells[i].text = lab
        tm.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for m in range(1, 6):
        row = tm.add_row().cells
        row[0].text = f"{m}. {MS[m]}"
        for j, d in enumerate(DL):
            c = R.cell(m, d)
            cellp = row[j + 1]
            if c is None:
                continue
            lines = []
            if c["achieved"]:
                lines.append("Achieved" if c["achieved"] == "Y" else "Not achieved")
            if c["likelihood"]:
                lines.append(LIK[c["likelihood"]])
            cellp.text = lines[0]
            for ln in lines[1:]:
                cellp.add_paragraph(ln)
            if c["reason_not_achieved"]:
                cellp.add_paragraph("Reason if not achieved: " + c["reason_not_achieved"])
            if c["when_to_be_achieved"]:
                cellp.add_paragraph("When to be achieved: " + c["when_to_be_achieved"])
    set_col_widths(tm, [5.0, 3.6, 4.8, 3.6])
    doc.add_paragraph("Achieved / Not achieved is reported for the April 2010 and October 2010 milestones; for "
                      "April 2011 the return asks how likely the milestone is to be achieved.")
    doc.add_heading("Key questions, risks and mitigating actions", level=2)
    doc.add_paragraph("The Council\u2019s answers to the key questions in the return, and the key risk reported, "
                      "are reproduced below for the milestones where they were completed.")
    shape = 2
    for m in (2, 3, 5):
        anchor = doc.add_paragraph()
        content = []
        p = doc.add_paragraph()
        rr = p.add_run(f"Milestone {m}: {MS[m]}")
        rr.bold = True
        content.append(p._p)
        for a in R.answers:
            if a["milestone"] == m:
                p = doc.add_paragraph()
                p.add_run(a["question"]).italic = True
                content.append(p._p)
                content.append(doc.add_paragraph(a["answer"])._p)
        for rk in R.risks:
            if rk["milestone"] == m:
                p = doc.add_paragraph()
                p.add_run("Key risk: ").bold = True
                p.add_run(rk["risk"])
                content.append(p._p)
                p = doc.add_paragraph()
                p.add_run("Mitigating action: ").bold = True
                p.add_run(rk["mitigation"])
                content.append(p._p)
        nlines = sum(1 + len(ET_text(el)) // 80 for el in content)
        add_textbox(anchor, content, 17.0, 0.6 + 0.5 * nlines, shape, fill="DBE5F1", line="1F497D")
        shape += 1
    doc.add_paragraph("Contact: Personalisation Programme Office, Shropshire Council, Shirehall, Abbey Foregate, "
                      "Shrewsbury SY2 6ND.")
    out = DOCS / (R.stem + ".docx")
    doc.save(out)
    normalise_zip(out, when=(2011, 4, 11, 10, 12, 0), iso="2011-04-11T10:12:00Z")
    return R, "Word 2010-style .docx: covering report in a two-column section with a floating 'Key figures' "\
              "text box holding the facts; key-question answers and the key risk sit only in anchored text boxes "\
              "(wps:txbx inside mc:AlternateContent with a v:textbox fallback duplicate)"


def ET_text(el):
    return "".join(el.itertext())


# ---------------------------------------------------------------------------
# b05  .docx with a conditional-format table style, round-tripped docx->odt->docx
# ---------------------------------------------------------------------------

PPF_STYLE = """<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="table" w:customStyle="1" w:styleId="PPFReturnGrid">
<w:name w:val="PPF Return Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:rsid w:val="00A41C2B"/>
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/></w:rPr>
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="4F81BD"/><w:left w:val="single" w:sz="4" w:space="0" w:color="4F81BD"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="4F81BD"/><w:right w:val="single" w:sz="4" w:space="0" w:color="4F81BD"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="4F81BD"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="4F81BD"/>
</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F497D"/></w:tcPr></w:tblStylePr>
<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="C6D9F1"/></w:tcPr></w:tblStylePr>
</w:style>"""


def styled_table(doc, rows, cols, widths_cm):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm
    t = doc.add_table(rows=rows, cols=cols)
    tblPr = t._tbl.tblPr
    st = tblPr.find(qn("w:tblStyle"))
    if st is None:
        st = parse_xml(f'<w:tblStyle {nsdecls("w")} w:val="PPFReturnGrid"/>')
        tblPr.insert(0, st)
    else:
        st.set(qn("w:val"), "PPFReturnGrid")
    for old in tblPr.findall(qn("w:tblLook")):
        tblPr.remove(old)
    tblPr.append(parse_xml(f'<w:tblLook {nsdecls("w")} w:val="00A0" w:firstRow="1" w:lastRow="0" '
                           'w:firstColumn="1" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'))
    set_col_widths(t, widths_cm)
    return t


def b05():
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R = Return(
        "rt3-b05-darlington-libreoffice-roundtrip", "Darlington", "2010-03", None,
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", None, "very_likely"), (1, "2011-04", None, "fairly_likely"),
            (2, "2010-04", "Y"), (2, "2010-10", None, "fairly_likely"), (2, "2011-04", None, "fairly_likely"),
            (3, "2010-04", "N", None,
             "Joint prevention strategy with NHS County Durham and Darlington to be approved by the Health and Wellbeing Partnership.",
             "June 2010"),
            (3, "2010-10", None, "fairly_unlikely"), (3, "2011-04", None, "very_unlikely"),
            (4, "2010-04", "Y"), (4, "2010-10", None, "very_likely"), (4, "2011-04", None, "very_likely"),
            (5, "2010-04", "N", None, "Commissioning strategy refresh is awaiting the 2010 JSNA.", "September 2010"),
            (5, "2010-10", None, "fairly_likely"),
        ],
        reqs={
            "engagement.service_users": "amber_green", "engagement.staff": "amber_red",
            "engagement.health": "amber_green", "engagement.politicians": "green",
            "engagement.council_partners": "amber_green", "engagement.regional_national": "green",
            "arrangements.risk_management": "amber_red", "arrangements.business_models": "red",
            "arrangements.financial_systems": "amber_red", "arrangements.project_plan": "amber_green",
            "arrangements.business_cases": "red", "arrangements.workforce_strategy": "amber_red",
        },
        facts=[
            ("people_with_personal_budget", 388, "388 people in Darlington were using a personal budget"),
            ("reviews_planned", 1650, "we plan to review 1,650 care packages during 2010/11"),
        ],
    )
    doc = Document()
    docx_a4(doc, 2.0)
    docx_base_font(doc, "Arial", 10.5)
    set_core(doc, "Anne Kirkbride", "Putting People First progress", dt.datetime(2010, 4, 14, 15, 30))
    doc.styles.element.append(parse_xml(PPF_STYLE))
    TICK = "\u2713"

    def para(text, bold=False, size=None, align=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    para("ITEM NO. 7", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("DARLINGTON BOROUGH COUNCIL", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("ADULTS AND HOUSING SCRUTINY COMMITTEE\n26 APRIL 2010", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("PUTTING PEOPLE FIRST \u2013 PROGRESS TO 31 MARCH 2010", bold=True, size=12)
    para("Report of the Director of Community Services", bold=False)
    para("Purpose of the Report", bold=True)
    doc.add_paragraph("1. To update Members on progress in transforming adult social care, using the Putting "
                      "People First milestones self-assessment completed for the quarter to 31 March 2010.")
    para("Information and Analysis", bold=True)
    doc.add_paragraph("2. By 31 March 2010, 388 people in Darlington were using a personal budget, including "
                      "direct payments. As all existing customers are offered a personal budget at their annual "
                      "review, we plan to review 1,650 care packages during 2010/11.")
    doc.add_paragraph("3. The self-assessment is summarised in the tables below: one table for each milestone "
                      "date, with a tick against the option the Council has selected. Shading in the tables only "
                      "marks the headings.")
    doc.add_paragraph("4. Two of the April 2010 milestones will not be met on time. In both cases the work is "
                      "substantially complete and is waiting on partners\u2019 approval processes.")
    para("Self-assessment at 31 March 2010", bold=True, size=12)
    para("Table 1: April 2010 milestones \u2013 achieved?", bold=True)
    t = styled_table(doc, 6, 5, [5.0, 1.9, 1.9, 5.2, 3.0])
    for j, lab in enumerate(["Milestone", "Achieved", "Not achieved", "Reason if not achieved", "When to be achieved"]):
        t.cell(0, j).text = lab
    for m in range(1, 6):
        c = R.cell(m, "2010-04")
        t.cell(m, 0).text = f"{m}. {MS[m]}"
        t.cell(m, 1).text = TICK if c["achieved"] == "Y" else ""
        t.cell(m, 2).text = TICK if c["achieved"] == "N" else ""
        t.cell(m, 3).text = c["reason_not_achieved"] or ""
        t.cell(m, 4).text = c["when_to_be_achieved"] or ""
        for j in (1, 2):
            t.cell(m, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    for ti, d in ((2, "2010-10"), (3, "2011-04")):
        para(f"Table {ti}: {DL_LONG[d]} milestones \u2013 how likely are we to achieve this milestone by this date?",
             bold=True)
        t = styled_table(doc, 6, 5, [6.6, 2.6, 2.6, 2.6, 2.6])
        for j, lab in enumerate(["Milestone"] + [LIK[l] for l in LIKS]):
            t.cell(0, j).text = lab
        for m in range(1, 6):
            c = R.cell(m, d)
            t.cell(m, 0).text = f"{m}. {MS[m]}"
            for j, l in enumerate(LIKS):
                t.cell(m, j + 1).text = TICK if (c and c["likelihood"] == l) else ""
                t.cell(m, j + 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph()
    para("Table 4: Underpinning requirements", bold=True)
    t = styled_table(doc, 15, 5, [9.0, 2.0, 2.0, 2.0, 2.0])
    for j, lab in enumerate(["Requirement", "Red", "Amber/Red", "Amber/Green", "Green"]):
        t.cell(0, j).text = lab
    r_i = 1
    for i, (rid, txt) in enumerate(REQS):
        if i in (0, 6):
            mg = t.cell(r_i, 0).merge(t.cell(r_i, 4))
            mg.text = REQ_GROUP1 if i == 0 else REQ_GROUP2
            mg.paragraphs[0].runs[0].italic = True
            r_i += 1
        t.cell(r_i, 0).text = txt
        for j, rt in enumerate(RATS):
            t.cell(r_i, j + 1).text = "X" if R.reqs[rid] == rt else ""
            t.cell(r_i, j + 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        r_i += 1
    doc.add_paragraph()
    para("Recommendation", bold=True)
    doc.add_paragraph("5. It is recommended that Members note the progress made and receive a further update in "
                      "July 2010.")
    doc.add_paragraph("Murray Rose\nDirector of Community Services\n\nBackground Papers: Putting People First "
                      "Milestones (DH, ADASS, LGA)\nAnne Kirkbride : Extension 2105")
    src = BUILD / "b05-original.docx"
    doc.save(src)
    lo = BUILD / "b05-lo"
    if lo.exists():
        shutil.rmtree(lo)
    (lo / "odt").mkdir(parents=True)
    (lo / "docx").mkdir(parents=True)
    prof = f"-env:UserInstallation=file://{BUILD / 'lo_profile'}"
    run(["soffice", prof, "--headless", "--convert-to", "odt", "--outdir", str(lo / "odt"), str(src)])
    run(["soffice", prof, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(lo / "docx"),
         str(lo / "odt" / "b05-original.odt")])
    out = DOCS / (R.stem + ".docx")
    shutil.copy(lo / "docx" / "b05-original.docx", out)
    normalise_zip(out, when=(2010, 4, 14, 15, 30, 0), iso="2010-04-14T15:30:00Z")
    return R, "docx built on a table style whose conditional formatting shades the header row and first column, "\
              "then round-tripped docx->odt->docx by LibreOffice (style shading becomes direct cell shading); "\
              "real marks are \u2713 / X in one table per milestone date"


# ---------------------------------------------------------------------------
# b06  CMS dashboard printed to PDF by headless Chromium: RAG badges, pills
# ---------------------------------------------------------------------------

def chromium_pdf(html_path, pdf_path):
    prof = BUILD / "chromium_profile"
    prof.mkdir(parents=True, exist_ok=True)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", f"--user-data-dir={prof}", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf_path}", html_path.as_uri()])
    data = Path(pdf_path).read_bytes()
    # pin the creation/modification dates (same length, so xref offsets stay valid)
    def fix(mo):
        old = mo.group(0)
        new = re.sub(rb"\d{14}", b"20110120093000", old, count=1)
        return new if len(new) == len(old) else old
    data = re.sub(rb"\(D:\d{14}[^)]*\)", fix, data)
    Path(pdf_path).write_bytes(data)


def b06():
    R = Return(
        "rt3-b06-cheshire-east-chromium-rag", "Cheshire East", "2010-12", "2011-01-12",
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", "Y"), (1, "2011-04", None, "very_likely"),
            (2, "2010-04", "Y"),
            (2, "2010-10", "N", None,
             "Personal budgets are offered at review in the Crewe and Macclesfield teams but not yet in Congleton.",
             "January 2011"),
            (2, "2011-04", None, "fairly_likely"),
            (3, "2010-04", "Y"),
            (3, "2010-10", "N", None,
             "Monitoring of the whole-system impact of prevention is still being developed with the PCT.",
             "March 2011"),
            (3, "2011-04", None, "very_unlikely"),
            (4, "2010-04", "Y"), (4, "2010-10", "Y"), (4, "2011-04", None, "fairly_likely"),
            (5, "2010-04", "Y"), (5, "2010-10", "Y"), (5, "2011-04", None, "fairly_unlikely"),
        ],
        reqs={
            "engagement.service_users": "green", "engagement.staff": "amber_green",
            "engagement.health": "amber_red", "engagement.politicians": "green",
            "engagement.council_partners": "amber_green", "engagement.regional_national": "green",
            "arrangements.risk_management": "amber_green", "arrangements.business_models": "amber_red",
            "arrangements.financial_systems": "red", "arrangements.project_plan": "green",
            "arrangements.business_cases": "amber_red", "arrangements.workforce_strategy": "amber_green",
        },
        facts=[
            ("people_with_personal_budget", 2004, "2,004 people had a personal budget at 31 December 2010"),
            ("percent_with_personal_budget", 31, "31% of eligible service users"),
        ],
    )
    # the code printed on each requirement's badge (both A/G and G/A are used)
    code = {"engagement.service_users": "G", "engagement.staff": "A/G", "engagement.health": "R/A",
            "engagement.politicians": "G", "engagement.council_partners": "G/A",
            "engagement.regional_national": "G", "arrangements.risk_management": "A/G",
            "arrangements.business_models": "R/A", "arrangements.financial_systems": "R",
            "arrangements.project_plan": "G", "arrangements.business_cases": "R/A",
            "arrangements.workforce_strategy": "G/A"}
    for k, v in code.items():
        assert RAT_SHORT_MAP[v] == R.reqs[k]
    badge_cls = {"R": "rag-r", "R/A": "rag-ra", "A/G": "rag-ag", "G/A": "rag-ag", "G": "rag-g", "A": "rag-a"}
    pill_cls = {"very_likely": "pill-vl", "fairly_likely": "pill-fl", "fairly_unlikely": "pill-fu",
                "very_unlikely": "pill-vu"}
    cards = []
    for m in range(1, 6):
        rows = []
        for d in DL:
            c = R.cell(m, d)
            st = []
            if c["achieved"] == "Y":
                st.append('<span class="status st-done">Achieved</span>')
            elif c["achieved"] == "N":
                st.append('<span class="status st-miss">Not achieved</span>')
            if c["likelihood"]:
                st.append(f'<span class="pill {pill_cls[c["likelihood"]]}">{LIK[c["likelihood"]]}</span>')
            extra = ""
            if c["reason_not_achieved"]:
                extra = (f'<div class="why"><b>Reason if not achieved:</b> {esc(c["reason_not_achieved"])}<br>'
                         f'<b>When to be achieved:</b> {esc(c["when_to_be_achieved"])}</div>')
            rows.append(f'<tr><td class="dl">{DL_LONG[d]}</td><td>{" ".join(st)}{extra}</td></tr>')
        cards.append(f'<div class="card"><h3><span class="num">{m}</span> {MS[m]}</h3>'
                     f'<table class="ms">{"".join(rows)}</table></div>')
    req_rows = []
    for i, (rid, txt) in enumerate(REQS):
        if i in (0, 6):
            req_rows.append(f'<tr class="grp"><td colspan="2">{esc(REQ_GROUP1 if i == 0 else REQ_GROUP2)}</td></tr>')
        c = code[rid]
        req_rows.append(f'<tr><td>{esc(txt)}</td><td class="b"><span class="rag {badge_cls[c]}">{c}</span></td></tr>')
    risks = [("Reduction in the Social Care Reform Grant after March 2011", "Likely", "Major", "R"),
             ("Delay in the new adult social care IT system (payments module)", "Possible", "Major", "A"),
             ("Provider market does not develop quickly enough", "Possible", "Moderate", "A"),
             ("Staff turnover in the reablement service", "Unlikely", "Moderate", "G")]
    risk_rows = "".join(f'<tr><td>{esc(a)}</td><td>{b}</td><td>{c}</td>'
                        f'<td class="b"><span class="rag {badge_cls[s]}">{s}</span></td></tr>'
                        for a, b, c, s in risks)
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Putting People First quarterly return - Cheshire East Council</title>
<style>
@page {{ size: A4; margin: 14mm 12mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d1d1b; margin: 0; }}
header.site {{ background: #005b6e; color: #fff; padding: 10px 14px; display: flex; justify-content: space-between; }}
header.site .logo {{ font-weight: bold; font-size: 15pt; }}
nav.crumbs {{ font-size: 8.5pt; color: #555; margin: 6px 0 10px; }}
h1 {{ font-size: 17pt; color: #005b6e; margin: 4px 0; }}
h2 {{ font-size: 13pt; color: #005b6e; border-bottom: 2px solid #c6dbe0; padding-bottom: 2px; margin-top: 16px; }}
.meta {{ background: #f1f6f7; border-left: 4px solid #005b6e; padding: 6px 10px; margin: 8px 0; }}
.legend {{ font-size: 8.5pt; border: 1px dashed #999; padding: 5px 8px; margin: 8px 0; }}
.legend span {{ margin-right: 6px; }}
.cards {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }}
.card {{ border: 1px solid #c6dbe0; border-radius: 6px; padding: 6px 8px; break-inside: avoid; }}
.card h3 {{ font-size: 10.5pt; margin: 0 0 4px; }}
.card .num {{ display: inline-block; background: #005b6e; color: #fff; border-radius: 50%; width: 18px; height: 18px; text-align: center; font-size: 9pt; line-height: 18px; }}
table.ms {{ width: 100%; border-collapse: collapse; }}
table.ms td {{ border-top: 1px solid #e3ecee; padding: 3px 2px; vertical-align: top; font-size: 9.5pt; }}
table.ms td.dl {{ width: 80px; color: #444; }}
.why {{ font-size: 8.5pt; color: #333; margin-top: 2px; }}
.status {{ display: inline-block; padding: 1px 7px; border-radius: 3px; font-size: 8.5pt; font-weight: bold; }}
.st-done {{ background: #dff0d8; color: #2b5e1e; border: 1px solid #8dc07c; }}
.st-miss {{ background: #f9dedc; color: #8a1f11; border: 1px solid #d9827a; }}
.pill {{ display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 8.5pt; color: #fff; }}
.pill-vl {{ background: #2e7d32; }} .pill-fl {{ background: #7cb342; }}
.pill-fu {{ background: #ef8f00; }} .pill-vu {{ background: #c62828; }}
.rag {{ display: inline-block; min-width: 34px; text-align: center; padding: 2px 5px; border-radius: 3px; font-weight: bold; font-size: 9pt; }}
.rag-r {{ background: #d4351c; color: #fff; }} .rag-ra {{ background: #f47738; color: #fff; }}
.rag-ag {{ background: #c5d94a; color: #1d1d1b; }} .rag-g {{ background: #00703c; color: #fff; }}
.rag-a {{ background: #ffbf47; color: #1d1d1b; }}
table.req, table.risk {{ width: 100%; border-collapse: collapse; font-size: 9.5pt; }}
table.req td, table.risk td, table.risk th {{ border-bottom: 1px solid #dde; padding: 3px 4px; vertical-align: top; }}
table.req td.b, table.risk td.b {{ width: 60px; text-align: center; }}
tr.grp td {{ font-style: italic; background: #f1f6f7; }}
footer {{ font-size: 8pt; color: #666; border-top: 1px solid #ccc; margin-top: 14px; padding-top: 4px; }}
</style></head>
<body>
<header class="site"><span class="logo">Cheshire East Council</span><span>Residents &middot; Business &middot; Council and democracy</span></header>
<nav class="crumbs">Home &rsaquo; Social care and health &rsaquo; Adult social care transformation &rsaquo; Performance</nav>
<h1>Putting People First: quarterly return, October to December 2010</h1>
<p>This page publishes our self-assessment against the national Putting People First milestones for adult social
care. The return for Quarter 3 of 2010/11 (to 31 December 2010) was completed on 12 January 2011 and submitted to
the North West Joint Improvement Partnership.</p>
<div class="meta"><b>Council:</b> Cheshire East Council &nbsp; <b>Quarter:</b> Q3 2010/11 (to 31 December 2010) &nbsp;
<b>Date completed:</b> 12 January 2011</div>
<p>2,004 people had a personal budget at 31 December 2010, which is 31% of eligible service users. The national
milestone is 30% by April 2011.</p>
<div class="legend"><b>How to read this page.</b> Ratings:
<span class="rag rag-r">R</span>Red <span class="rag rag-ra">R/A</span>Amber/Red
<span class="rag rag-ag">A/G</span>Amber/Green <span class="rag rag-g">G</span>Green &nbsp;|&nbsp; Likelihood:
<span class="pill pill-vl">Very likely</span> <span class="pill pill-fl">Fairly likely</span>
<span class="pill pill-fu">Fairly unlikely</span> <span class="pill pill-vu">Very unlikely</span></div>
<h2>Milestones</h2>
<div class="cards">{"".join(cards)}</div>
<h2>Underpinning requirements</h2>
<table class="req">{"".join(req_rows)}</table>
<h2>Programme risk register (extract)</h2>
<p style="font-size:9pt">The programme board&rsquo;s top risks at December 2010, scored on likelihood and impact.
This is the corporate risk register, not part of the milestone return.</p>
<table class="risk"><tr><th style="text-align:left">Risk</th><th>Likelihood</th><th>Impact</th><th>Score</th></tr>{risk_rows}</table>
<footer>Page last updated 20 January 2011 &middot; Adult Social Care Performance Team, Westfields, Middlewich Road,
Sandbach CW11 1HZ &middot; 0300 123 5010</footer>
</body></html>
"""
    hp = BUILD / "b06.html"
    hp.write_text(html)
    chromium_pdf(hp, DOCS / (R.stem + ".pdf"))
    return R, "headless Chromium print of a CMS dashboard: milestone cards with 'Achieved'/'Not achieved' badges "\
              "and likelihood pills, requirement ratings as coloured badges coded R, R/A, A/G, G/A, G; decoy colour "\
              "legend showing every option and a risk register with Likelihood and RAG scores"


# ---------------------------------------------------------------------------
# b07  Word 'delete as appropriate': options not chosen struck (strike/dstrike)
# ---------------------------------------------------------------------------

def b07():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R = Return(
        "rt3-b07-solihull-word-delete-as-appropriate", "Solihull", "2010-11", "2010-12-02",
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", "Y"), (1, "2011-04", None, "fairly_likely"),
            (2, "2010-04", "Y"),
            (2, "2010-10", "N", None,
             "The offer of a personal budget at review is not yet in place for people with mental health needs.",
             "April 2011"),
            (2, "2011-04", None, "fairly_unlikely"),
            (3, "2010-04", "Y"), (3, "2010-10", "Y"),
            (4, "2010-04", "Y"), (4, "2010-10", "Y"), (4, "2011-04", None, "very_likely"),
            (5, "2010-04", "Y"),
            (5, "2010-10", "N", None, "Market position statement delayed pending the home care retender.",
             "January 2011"),
            (5, "2011-04", None, "very_unlikely"),
        ],
        reqs={
            "engagement.service_users": "amber_green", "engagement.staff": "green",
            "engagement.health": "amber_red", "engagement.politicians": "amber_green",
            "engagement.council_partners": "green", "engagement.regional_national": "green",
            "arrangements.risk_management": "amber_green", "arrangements.business_models": "amber_green",
            "arrangements.financial_systems": "amber_red", "arrangements.project_plan": "green",
            "arrangements.business_cases": "red", "arrangements.workforce_strategy": "amber_green",
        },
        risks=[
            (2, "Demand for reviews exceeds the capacity of the care management teams",
             "Dedicated review team in place until March 2011"),
        ],
        facts=[
            ("people_with_personal_budget", 1187, "1,187 people had a personal budget"),
        ],
    )
    doc = Document()
    docx_a4(doc, 1.8)
    docx_base_font(doc, "Arial", 10)
    set_core(doc, "Lynn Rooney", "PPF milestone return Nov 2010", dt.datetime(2010, 12, 3, 11, 5))

    def choice(par, options, chosen, dstrike=False, sep=" / "):
        for i, (key, lab) in enumerate(options):
            if i:
                par.add_run(sep)
            r = par.add_run(lab)
            if chosen is not None and key != chosen:
                if dstrike:
                    r.font.double_strike = True
                else:
                    r.font.strike = True

    def bold_para(text, size=None, align=None, container=doc):
        p = container.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    bold_para("SOLIHULL METROPOLITAN BOROUGH COUNCIL", 13, WD_ALIGN_PARAGRAPH.CENTER)
    t = doc.add_table(rows=6, cols=2)
    table_borders(t)
    meta = [("Report to:", "Cabinet Member for Adult Social Care and Health \u2013 Decision Session"),
            ("Date:", "9 December 2010"),
            ("Subject:", "Putting People First milestone return \u2013 position at 30 November 2010"),
            ("Report of:", "Director of Adult Care and Support"),
            ("Key decision:", None), ("Equality impact assessment carried out:", None)]
    for i, (k, v) in enumerate(meta):
        t.cell(i, 0).text = k
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        if v is not None:
            t.cell(i, 1).text = v
    choice(t.cell(4, 1).paragraphs[0], [("y", "Yes"), ("n", "No")], "n")
    choice(t.cell(5, 1).paragraphs[0], [("y", "Yes"), ("n", "No")], "n", dstrike=True)
    doc.add_paragraph()
    bold_para("1. Purpose of report")
    doc.add_paragraph("1.1 To present the Council\u2019s self-assessment against the national Putting People First "
                      "milestones at 30 November 2010, as required by the West Midlands Joint Improvement Partnership.")
    bold_para("2. Decision recommended")
    doc.add_paragraph("2.1 The Cabinet Member is recommended to note the return set out in the Appendix.")
    bold_para("3. Matters for consideration")
    doc.add_paragraph("3.1 As at 30 November 2010, 1,187 people had a personal budget. The return uses the "
                      "template\u2019s \u2018delete as appropriate\u2019 convention: the options that do not apply have "
                      "been struck through, leaving the option selected.")
    doc.add_paragraph("3.2 The October 2010 milestones for self-directed support and for local commissioning were "
                      "not met; reasons and revised dates are given in the return. No assessment has yet been made "
                      "of the April 2011 milestone for prevention, pending the PCT\u2019s 2011/12 financial plan.")
    doc.add_paragraph("3.3 Financial implications: none arising directly from this report. Legal implications: none.")
    doc.add_paragraph("Background papers: Putting People First milestones, January 2010. "
                      "Contact: Lynn Rooney, Transformation Lead, 0121 704 6000.")
    doc.add_page_break()
    bold_para("APPENDIX: PUTTING PEOPLE FIRST MILESTONE RETURN", 12)
    doc.add_paragraph("Council: Solihull MBC          Return as at: 30 November 2010          Date completed: 2 December 2010")
    p = doc.add_paragraph()
    p.add_run("Delete as appropriate.").italic = True
    bold_para("Milestones")
    tm = doc.add_table(rows=1, cols=4)
    table_borders(tm)
    for j, lab in enumerate(["Milestone", "April 2010\nAchieved?", "October 2010\nAchieved?",
                             "April 2011\nHow likely are we to achieve this milestone by this date?"]):
        tm.rows[0].cells[j].text = lab
        for r in tm.rows[0].cells[j].paragraphs[0].runs:
            r.bold = True
    for m in range(1, 6):
        row = tm.add_row().cells
        row[0].text = f"Milestone {m}: {MS[m]}"
        dstrike = m >= 4
        for j, d in enumerate(DL):
            c = R.cell(m, d)
            cell = row[j + 1]
            p = cell.paragraphs[0]
            if d != "2011-04":
                choice(p, [("Y", "Yes"), ("N", "No")], c["achieved"] if c else None, dstrike)
                p2 = cell.add_paragraph()
                p2.add_run("Reason if not achieved: ").italic = True
                if c and c["reason_not_achieved"]:
                    p2.add_run(c["reason_not_achieved"])
                p3 = cell.add_paragraph()
                p3.add_run("When to be achieved: ").italic = True
                if c and c["when_to_be_achieved"]:
                    p3.add_run(c["when_to_be_achieved"])
            else:
                choice(p, [(l, LIK[l]) for l in LIKS], c["likelihood"] if c else None, dstrike, sep=" /\n")
    set_col_widths(tm, [4.4, 4.4, 4.4, 4.2])
    doc.add_paragraph()
    bold_para("Underpinning requirements")
    tr = doc.add_table(rows=1, cols=2)
    table_borders(tr)
    tr.rows[0].cells[0].text = "Requirement"
    tr.rows[0].cells[1].text = "Rating (delete as appropriate)"
    for c in tr.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for i, (rid, txt) in enumerate(REQS):
        if i in (0, 6):
            row = tr.add_row().cells
            mg = row[0].merge(row[1])
            mg.text = REQ_GROUP1 if i == 0 else REQ_GROUP2
            mg.paragraphs[0].runs[0].italic = True
        row = tr.add_row().cells
        row[0].text = txt
        choice(row[1].paragraphs[0], [(r, RAT[r]) for r in RATS], R.reqs[rid], dstrike=(i % 2 == 1))
    set_col_widths(tr, [11.0, 6.4])
    doc.add_paragraph()
    bold_para("Key risks and mitigating actions")
    tk = doc.add_table(rows=2, cols=3)
    table_borders(tk)
    for j, lab in enumerate(["Milestone", "Key risk", "Mitigating action"]):
        tk.cell(0, j).text = lab
        tk.cell(0, j).paragraphs[0].runs[0].bold = True
    rk = R.risks[0]
    tk.cell(1, 0).text = f"Milestone {rk['milestone']}"
    tk.cell(1, 1).text = rk["risk"]
    tk.cell(1, 2).text = rk["mitigation"]
    out = DOCS / (R.stem + ".docx")
    doc.save(out)
    normalise_zip(out, when=(2010, 12, 3, 11, 5, 0), iso="2010-12-03T11:05:00Z")
    return R, "Word 'delete as appropriate' return: every option is printed and the ones not chosen are struck "\
              "through (w:strike for milestones 1-3, w:dstrike for 4-5 and alternate requirements); one April 2011 "\
              "cell left with nothing struck; decoy struck Yes/No answers in the report header"


# ---------------------------------------------------------------------------
# b08  HTML 'delete as appropriate': <s>, <del>, CSS line-through
# ---------------------------------------------------------------------------

def b08():
    R = Return(
        "rt3-b08-torbay-html-struck-options", "Torbay", "2011-02", "2011-03-03",
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", "Y"), (1, "2011-04", None, "very_likely"),
            (2, "2010-04", "Y"), (2, "2010-10", "Y"), (2, "2011-04", None, "very_likely"),
            (3, "2010-04", "Y"),
            (3, "2010-10", "N", None, "Joint monitoring of prevention spend with the Care Trust is being set up.",
             "April 2011"),
            (3, "2011-04", None, "fairly_likely"),
            (4, "2010-04", "Y"), (4, "2010-10", "Y"), (4, "2011-04", None, "fairly_likely"),
            (5, "2010-04", "Y"),
            (5, "2010-10", "N", None,
             "Providers are not yet clear how to respond to personal budgets outside the Care Trust framework.",
             "June 2011"),
            (5, "2011-04", None, "fairly_unlikely"),
        ],
        reqs={
            "engagement.service_users": "green", "engagement.staff": "green",
            "engagement.health": "green", "engagement.politicians": "amber_green",
            "engagement.council_partners": "amber_green", "engagement.regional_national": "green",
            "arrangements.risk_management": "green", "arrangements.business_models": "amber_green",
            "arrangements.financial_systems": "green", "arrangements.project_plan": "green",
            "arrangements.business_cases": "amber_red", "arrangements.workforce_strategy": "amber_green",
        },
        answers=[
            (4, "Is the council helping voluntary organisations and other partners provide universal information and advice to a wide range of the population",
             "Yes, through the Torbay Information and Advice Partnership grant scheme."),
        ],
        facts=[
            ("people_with_personal_budget", 812, "812 people in Torbay were receiving a personal budget"),
        ],
    )
    styles = ["s", "del", "css", "inline"]

    def strike(text, k):
        if k == "s":
            return f"<s>{text}</s>"
        if k == "del":
            return f"<del>{text}</del>"
        if k == "css":
            return f'<span class="na">{text}</span>'
        return f'<span style="text-decoration: line-through">{text}</span>'

    def choice(options, chosen, k):
        out = []
        for key, lab in options:
            out.append(lab if (chosen is None or key == chosen) else strike(lab, k))
        return " / ".join(out)

    blocks = []
    for m in range(1, 6):
        k = styles[(m - 1) % 4]
        rows = []
        for d in DL:
            c = R.cell(m, d)
            if d == "2011-04":
                q = "How likely are we to achieve this milestone by this date?"
                opts = choice([(l, LIK[l]) for l in LIKS], c["likelihood"], k)
                extra = ""
            else:
                q = "Achieved?"
                opts = choice([("Y", "Yes"), ("N", "No")], c["achieved"], k)
                extra = (f'<div class="sub">Reason if not achieved: <span class="ans">{esc(c["reason_not_achieved"] or "")}</span></div>'
                         f'<div class="sub">When to be achieved: <span class="ans">{esc(c["when_to_be_achieved"] or "")}</span></div>')
            rows.append(f'<tr><th scope="row">{DL_LONG[d]}</th><td><span class="q">{q}</span> {opts}{extra}</td></tr>')
        qa = ""
        for a in R.answers:
            if a["milestone"] == m:
                qa += f'<p class="kq"><b>Key question:</b> {esc(a["question"])}</p><p class="kq"><b>Response:</b> {esc(a["answer"])}</p>'
        blocks.append(f'<fieldset><legend>Milestone {m}: {MS[m]}</legend><table class="f">{"".join(rows)}</table>{qa}</fieldset>')
    req = []
    for i, (rid, txt) in enumerate(REQS):
        if i in (0, 6):
            req.append(f'<tr><td colspan="2" class="grp">{esc(REQ_GROUP1 if i == 0 else REQ_GROUP2)}</td></tr>')
        req.append(f"<tr><td>{esc(txt)}</td><td>{choice([(r, RAT[r]) for r in RATS], R.reqs[rid], styles[i % 4])}</td></tr>")
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Torbay Council - Putting People First milestone return February 2011</title>
<style>
body {{ font-family: Verdana, Geneva, sans-serif; font-size: 12px; margin: 0 auto; max-width: 860px; color: #222; }}
#banner {{ background: #003a70; color: #fff; padding: 10px; }}
h1 {{ font-size: 18px; }} h2 {{ font-size: 15px; color: #003a70; }}
fieldset {{ border: 1px solid #9ab; margin: 10px 0; padding: 6px 10px; }}
legend {{ font-weight: bold; color: #003a70; }}
table.f, table.r {{ border-collapse: collapse; width: 100%; }}
table.f th, table.f td, table.r td {{ border: 1px solid #ccd; padding: 4px 6px; text-align: left; vertical-align: top; }}
table.f th {{ width: 110px; background: #eef2f6; }}
.q {{ color: #555; }} .sub {{ font-size: 11px; color: #444; margin-top: 3px; }} .ans {{ color: #000; }}
.na {{ text-decoration: line-through; color: #666; }}
del, s {{ color: #666; }}
td.grp {{ font-style: italic; background: #f4f4f4; }}
.note {{ font-size: 11px; color: #555; }}
</style></head>
<body>
<div id="banner">Torbay Council &middot; Adult Social Care (delivered with Torbay Care Trust)</div>
<p class="note">Home &gt; Council and democracy &gt; Meetings &gt; Adult Social Services and Health Policy Development Group</p>
<h1>Putting People First &ndash; milestone return, position at 28 February 2011</h1>
<p>Report to the Adult Social Services and Health Policy Development Group, meeting of <del>10 March 2011</del> <ins>17 March 2011</ins>.
Status: <s>Draft</s> Final.</p>
<h2>Summary</h2>
<p>Torbay Care Trust delivers adult social care on behalf of the Council. At the end of February 2011, 812 people in
Torbay were receiving a personal budget. The October 2010 milestones for prevention and for local commissioning were
not fully met; the return below gives the reasons and revised dates.</p>
<p>The return follows the regional template, in which respondents <em>delete as appropriate</em>. Options that have
been deleted are shown struck through; the remaining option is the one selected.</p>
<h2>Return</h2>
<p><b>Council:</b> Torbay Council &nbsp; <b>Position at:</b> 28 February 2011 &nbsp; <b>Date completed:</b> 3 March 2011</p>
<h2>Underpinning requirements</h2>
<table class="r">{"".join(req)}</table>
<h2>Milestones</h2>
{"".join(blocks)}
<p class="note">Contact: Performance and Information Team, Torbay Care Trust, Bay House, Nicholson Road, Torquay TQ2 7TD.
This page was published on 10 March 2011.</p>
</body></html>
"""
    (DOCS / (R.stem + ".html")).write_text(html)
    return R, "HTML 'delete as appropriate' form: options not chosen struck with <s>, <del>, a CSS class and an "\
              "inline line-through style, rotating by milestone/requirement; decoy struck meeting date and draft status"


# ---------------------------------------------------------------------------
# b09  reportlab form drawn one character at a time, radio ●/○ and boxes ■/□
# ---------------------------------------------------------------------------

def b09():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    R = Return(
        "rt3-b09-herefordshire-reportlab-radio-chars", "Herefordshire", "2009-12", "2009-12-18",
        cells=[
            (1, "2010-04", "Y"), (1, "2010-10", None, "very_likely"), (1, "2011-04", None, "fairly_likely"),
            (2, "2010-04", None, "very_likely"), (2, "2010-10", None, "fairly_unlikely"), (2, "2011-04", None, "fairly_unlikely"),
            (3, "2010-04", None, "fairly_likely"), (3, "2010-10", None, "fairly_likely"), (3, "2011-04", None, "very_unlikely"),
            (4, "2010-04", None, "very_likely"), (4, "2010-10", None, "very_likely"), (4, "2011-04", None, "fairly_likely"),
            (5, "2010-04", None, "fairly_unlikely"), (5, "2010-10", None, "fairly_likely"),
        ],
        reqs={
            "engagement.service_users": "amber_red", "engagement.staff": "amber_red",
            "engagement.health": "amber_green", "engagement.politicians": "amber_green",
            "engagement.council_partners": "amber_red", "engagement.regional_national": "green",
            "arrangements.risk_management": "red", "arrangements.business_models": "amber_red",
            "arrangements.financial_systems": "red", "arrangements.project_plan": "amber_green",
            "arrangements.business_cases": "red", "arrangements.workforce_strategy": "amber_red",
        },
        answers=[
            (2, "Have we started to issue personal budgets?",
             "Yes, for people with learning disabilities and for new customers in the Leominster pilot."),
        ],
        risks=[
            (2, "Financial systems cannot yet pay personal budgets as direct payments on a pre-paid card",
             "Interim manual payment process agreed with Finance until the new system is in place"),
        ],
        facts=[
            ("people_with_personal_budget", 236, "236 people had a personal budget"),
            ("reviews_planned", 2100, "we plan to review 2,100 care packages during 2010/11"),
        ],
    )
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
    W, H = A4
    out = DOCS / (R.stem + ".pdf")
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("PPF Milestones Self Assessment December 2009")
    c.setAuthor("Herefordshire Council / NHS Herefordshire")
    c.setCreator("Adult Social Care Performance Team")
    L, Rm = 45, W - 45
    state = {"y": H - 50, "page": 1}

    def chars(x, y, text, font="DejaVu", size=9.5, colour=(0, 0, 0)):
        c.setFillColorRGB(*colour)
        for ch in text:
            if ch != " ":
                c.setFont(font, size)
                c.drawString(x, y, ch)
            x += pdfmetrics.stringWidth(ch, font, size)
        c.setFillColorRGB(0, 0, 0)
        return x

    def wrap(text, width, font="DejaVu", size=9.5):
        lines, cur = [], ""
        for word in text.split():
            t = (cur + " " + word).strip()
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def footer():
        chars(L, 28, f"Herefordshire Council \u2013 PPF milestones self assessment \u2013 December 2009", size=7.5)
        chars(Rm - 40, 28, f"Page {state['page']}", size=7.5)

    def need(h):
        if state["y"] - h < 50:
            footer()
            c.showPage()
            state["page"] += 1
            state["y"] = H - 50

    def para(text, font="DejaVu", size=9.5, gap=3, indent=0):
        for ln in wrap(text, Rm - L - indent, font, size):
            need(size + 3)
            chars(L + indent, state["y"], ln, font, size)
            state["y"] -= size + 3
        state["y"] -= gap

    def hline(y, x0=L, x1=Rm, wdt=0.5):
        c.setLineWidth(wdt)
        c.line(x0, y, x1, y)

    # ---- covering report
    para("Herefordshire Council", "DejaVu-Bold", 14, 0)
    para("ADULT SOCIAL CARE AND STRATEGIC HOUSING SCRUTINY COMMITTEE", "DejaVu-Bold", 10, 0)
    para("22 JANUARY 2010", "DejaVu-Bold", 10, 6)
    para("PUTTING PEOPLE FIRST: MILESTONES SELF ASSESSMENT", "DejaVu-Bold", 12, 6)
    para("Report By: Director of Integrated Commissioning (Adult Social Care)", size=9.5, gap=8)
    para("Purpose", "DejaVu-Bold", 10.5, 2)
    para("1. To inform the Committee of the first self assessment against the Putting People First milestones, "
         "completed for December 2009 and submitted to the West Midlands Joint Improvement Partnership.", gap=6)
    para("Key Points Summary", "DejaVu-Bold", 10.5, 2)
    para("2. By the end of December 2009, 236 people had a personal budget. Personal budgets are being introduced for "
         "all new customers from April 2010, and we plan to review 2,100 care packages during 2010/11.")
    para("3. The national milestone is for at least 30% of eligible people to have a personal budget by April 2011. "
         "The ADASS survey found that 8% was the national average in March 2009.")
    para("4. None of the milestone dates has yet been reached, so the self assessment mainly records how likely the "
         "Council is to meet each milestone. The April 2010 communication milestone for Milestone 1 has already been met.",
         gap=6)
    para("Recommendation", "DejaVu-Bold", 10.5, 2)
    para("THAT the Committee notes the self assessment and agrees to receive quarterly updates.", gap=10)
    para("Key: \u25cf = option selected   \u25cb = option not selected   \u25a0 = rating selected   \u25a1 = rating not selected",
         size=8.5, gap=6)
    footer()
    c.showPage()
    state["page"] += 1
    state["y"] = H - 50
    # ---- the form
    para("Appendix 1 \u2013 Progress with Putting People First milestones", "DejaVu-Bold", 12, 2)
    para("Council: Herefordshire Council", size=9.5, gap=0)
    para("Period: December 2009", size=9.5, gap=0)
    para("Date completed: 18 December 2009", size=9.5, gap=8)
    para("Underpinning Requirements", "DejaVu-Bold", 10.5, 4)
    cols_x = [Rm - 4 * 60 + i * 60 + 30 for i in range(4)]
    need(30)
    for x, lab in zip(cols_x, ["Red", "Amber/Red", "Amber/Green", "Green"]):
        chars(x - pdfmetrics.stringWidth(lab, "DejaVu-Bold", 8) / 2, state["y"], lab, "DejaVu-Bold", 8)
    state["y"] -= 6
    hline(state["y"])
    state["y"] -= 11
    text_w = cols_x[0] - 30 - L
    for i, (rid, txt) in enumerate(REQS):
        if i in (0, 6):
            for ln in wrap(REQ_GROUP1 if i == 0 else REQ_GROUP2, text_w + 100, "DejaVu-Bold", 8.5):
                need(14)
                chars(L, state["y"], ln, "DejaVu-Bold", 8.5)
                state["y"] -= 11
            state["y"] -= 2
        lines = wrap(txt, text_w, "DejaVu", 8.5)
        need(11 * len(lines) + 6)
        y0 = state["y"]
        for ln in lines:
            chars(L, state["y"], ln, "DejaVu", 8.5)
            state["y"] -= 11
        for x, rt in zip(cols_x, RATS):
            g = "\u25a0" if R.reqs[rid] == rt else "\u25a1"
            chars(x - pdfmetrics.stringWidth(g, "DejaVu", 11) / 2, y0 - 1, g, "DejaVu", 11)
        state["y"] += 4
        hline(state["y"], wdt=0.25)
        state["y"] -= 11
    state["y"] -= 8
    # milestones
    for m in range(1, 6):
        need(150)
        hline(state["y"] + 12, wdt=1.2)
        para(f"Milestone {m}: {MS[m]}", "DejaVu-Bold", 10.5, 4)
        for d in DL:
            cl = R.cell(m, d)
            need(40)
            chars(L, state["y"], DL_LONG[d], "DejaVu-Bold", 9)
            x = chars(L + 80, state["y"], "Achieved:", "DejaVu", 9) + 6
            for key, lab in (("Y", "Yes"), ("N", "No")):
                g = "\u25cf" if (cl and cl["achieved"] == key) else "\u25cb"
                x = chars(x, state["y"], g, "DejaVu", 10) + 3
                x = chars(x, state["y"], lab, "DejaVu", 9) + 12
            state["y"] -= 13
            x = chars(L + 80, state["y"], "How likely by this date:", "DejaVu", 9) + 6
            for l in LIKS:
                g = "\u25cf" if (cl and cl["likelihood"] == l) else "\u25cb"
                x = chars(x, state["y"], g, "DejaVu", 10) + 3
                x = chars(x, state["y"], LIK[l], "DejaVu", 9) + 10
            state["y"] -= 13
            chars(L + 80, state["y"], "Reason if not achieved:", "DejaVu", 8, (0.35, 0.35, 0.35))
            chars(L + 300, state["y"], "When to be achieved:", "DejaVu", 8, (0.35, 0.35, 0.35))
            state["y"] -= 6
            hline(state["y"], L + 80, Rm, 0.25)
            state["y"] -= 12
        for a in R.answers:
            if a["milestone"] == m:
                para("Key question: " + a["question"], "DejaVu-Bold", 8.5, 1)
                para(a["answer"], "DejaVu", 8.5, 4, indent=10)
        for rk in R.risks:
            if rk["milestone"] == m:
                para("Key Risks: " + rk["risk"], "DejaVu", 8.5, 1)
                para("Mitigating Actions: " + rk["mitigation"], "DejaVu", 8.5, 4)
        state["y"] -= 6
    footer()
    c.showPage()
    c.save()
    return R, "reportlab PDF form in DejaVu Sans with every character drawn as its own text object; selections are "\
              "\u25cf among \u25cb radio options and \u25a0 among \u25a1 rating boxes; key/legend on page 1 "\
              "shows both glyphs as a decoy"


# ---------------------------------------------------------------------------

def main():
    for d in (DOCS, GOLD, BUILD):
        d.mkdir(parents=True, exist_ok=True)
    (BUILD / "home").mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    builders = [b01, b02, b03, b04, b05, b06, b07, b08, b09]
    layouts_path = ROOT / "layouts-3b.json"
    layouts = json.loads(layouts_path.read_text()) if (only and layouts_path.exists()) else {}
    for b in builders:
        if only and b.__name__ not in only:
            continue
        R, desc = b()
        R.write_gold()
        layouts[R.stem] = desc
        print("built", R.stem)
    layouts_path.write_text(json.dumps(dict(sorted(layouts.items())), indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
