"""Papers 5-8: Bury (CMS page), Lewisham (pandoc HTML), Wiltshire (pandoc+Chromium+gs), Hampshire (online form printout)."""
from html import escape as e

from common import (DEADLINES, DELIVERABLES, DL_LONG, DL_SHORT, EXTERNAL, LIKES, LIKE_WORDS,
                    MILESTONES, NEXT, PREVENT, QUESTIONS, RATINGS, RATING_SHORT, RATING_WORDS, REQS,
                    REQ_HEAD_1, REQ_HEAD_2, Return)

Q = QUESTIONS

# ---------------------------------------------------------------- 5 Bury (CMS web page)
BURY = Return(
    "Bury", "2010-09", None,
    {1: ["Y", "VL", "FL"],
     2: ["Y", "FL", "FL"],
     3: ["Y", "FL", "FU"],
     4: [("N", "Information and advice strategy delayed pending the redesign of the council website", "December 2010"), "VL", "FL"],
     5: ["Y", "FL", "FL"]},
    "G AG AG G G AG  AR AG AR G AG AG",
    risks=[
        (2, "Not enough staff time to offer personal budgets at every review", "Reviewing team increased by four social work assistants"),
        (4, "New website not ready in time", "Printed directory of services distributed through libraries and GP surgeries"),
        (5, "Home care providers unsure how to sell services to individuals", "Provider workshops on personal budgets held in September and November"),
    ],
)
BURY_FACTS = [
    ("people_with_personal_budget", 760, "760 people in Bury were using a personal budget at the end of September 2010"),
    ("percent_with_personal_budget", 18, "about 18% of eligible people"),
]


def build_bury(path):
    def cellword(c, passed):
        if not c:
            return ""
        if passed:
            return "Achieved" if c["achieved"] == "Y" else "Not achieved"
        return LIKE_WORDS[c["likelihood"]]
    rows = []
    for m in range(1, 6):
        tds = "".join(f"<td>{cellword(BURY.cell(m, d), d <= BURY.period)}</td>" for d in DEADLINES)
        rows.append(f"<tr><th scope=\"row\">{m}. {e(MILESTONES[m])}</th>{tds}</tr>")
    notach = "".join(f"<tr><td>Milestone {m}</td><td>{DL_LONG[d]}</td><td>{e(c['reason_not_achieved'])}</td><td>{e(c['when_to_be_achieved'])}</td></tr>"
                     for (m, d), c in sorted(BURY.cells.items()) if c["achieved"] == "N")
    reqs = []
    for head, rng in ((REQ_HEAD_1, range(0, 6)), (REQ_HEAD_2, range(6, 12))):
        reqs.append(f'<tr><th colspan="2" class="grp">{e(head)}</th></tr>')
        for i in rng:
            rid, text = REQS[i]
            code = RATING_SHORT[BURY.reqs[rid]]
            if code == "A/R":
                code = "R/A"
            reqs.append(f"<tr><td>{e(text)}</td><td class=\"code\">{code}</td></tr>")
    risks = "".join(f"<tr><td>{m}</td><td>{e(r)}</td><td>{e(x)}</td></tr>" for m, r, x in BURY.risks)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Putting People First - our progress - Bury Council</title>
<style>
body{{margin:0;font-family:Verdana,Geneva,sans-serif;font-size:14px;color:#222}}
.masthead{{background:#3d1f5c;color:#fff;padding:14px 24px}}
.masthead a{{color:#fff;text-decoration:none;margin-right:18px;font-size:13px}}
.wrap{{display:flex;max-width:1100px;margin:0 auto}}
.leftnav{{width:220px;padding:16px;background:#f2eff6;font-size:13px}}
.leftnav ul{{padding-left:16px}}
.content{{flex:1;padding:16px 28px}}
.breadcrumb{{font-size:12px;color:#666}}
table{{border-collapse:collapse;margin:10px 0 20px 0;width:100%}}
th,td{{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}}
thead th{{background:#3d1f5c;color:#fff}}
th.grp{{background:#e4ddec}}
td.code{{text-align:center;font-weight:bold;width:70px}}
.rag-r{{background:#f4c7c3}} .rag-a{{background:#fce8b2}} .rag-g{{background:#b7e1cd}}
.updated{{font-size:12px;color:#666;border-top:1px solid #ddd;padding-top:8px;margin-top:30px}}
footer{{background:#333;color:#ddd;padding:14px 24px;font-size:12px}}
</style>
</head>
<body>
<div class="masthead"><strong>Bury Council</strong><br><a href="/index.aspx">Home</a><a href="/index.aspx?articleid=2">Health and social care</a><a href="/index.aspx?articleid=3">Council and democracy</a><a href="/index.aspx?articleid=4">Contact us</a></div>
<div class="wrap">
<div class="leftnav"><strong>Adult care</strong><ul><li><a href="#">Getting help</a></li><li><a href="#">Personal budgets</a></li><li><a href="#">Direct payments</a></li><li><strong>Putting People First &ndash; our progress</strong></li><li><a href="#">Carers</a></li><li><a href="#">Safeguarding adults</a></li></ul></div>
<div class="content">
<div class="breadcrumb">You are here: Home &gt; Health and social care &gt; Adult care &gt; Putting People First &ndash; our progress</div>
<h1>Putting People First &ndash; our progress</h1>
<p>Putting People First is the national programme to give people more choice and control over the support they receive. Every council reports to the Department of Health each quarter on a set of milestones. This page summarises our latest return, covering the position at the end of September 2010 (quarter 2).</p>
<h2>Personal budgets in Bury</h2>
<p>760 people in Bury were using a personal budget at the end of September 2010, about 18% of eligible people. Nationally, councils are expected to reach 30% by April 2011. Our neighbours in Rochdale reported 14% at the same point.</p>
<h2>Milestones</h2>
<p>For April 2010 we say whether the milestone was achieved. For the later dates we say how likely we think we are to achieve it.</p>
<table>
<thead><tr><th>Milestone</th><th>April 2010</th><th>October 2010</th><th>April 2011</th></tr></thead>
<tbody>{''.join(rows)}</tbody>
</table>
<h3>Milestones not achieved on time</h3>
<table><thead><tr><th>Milestone</th><th>Due</th><th>Reason</th><th>Revised date</th></tr></thead><tbody>{notach}</tbody></table>
<h2>Are we ready? Underpinning requirements</h2>
<p>We rate ourselves on a four-point scale: R (red), R/A (red-amber), A/G (amber-green) and G (green).</p>
<table>{''.join(reqs)}</table>
<h2>Key risks and what we are doing about them</h2>
<table><thead><tr><th>Milestone</th><th>Risk</th><th>What we are doing</th></tr></thead><tbody>{risks}</tbody></table>
<h2>Other programmes</h2>
<h3>Supporting People programme milestones</h3>
<table><thead><tr><th>Milestone</th><th>April 2010</th><th>October 2010</th><th>April 2011</th></tr></thead>
<tbody><tr><th scope="row">Retender floating support services</th><td>Achieved</td><td>Very likely</td><td>&ndash;</td></tr>
<tr><th scope="row">New sheltered housing charging policy</th><td>Not achieved</td><td>Fairly likely</td><td>Fairly likely</td></tr></tbody></table>
<h3>Adult care performance indicators (quarter 2)</h3>
<table><thead><tr><th>Indicator</th><th>Target</th><th>Actual</th><th>Status</th></tr></thead>
<tbody><tr><td>NI 135 Carers receiving needs assessment or review</td><td>25%</td><td>21%</td><td class="rag-a">A</td></tr>
<tr><td>NI 132 Timeliness of social care assessment</td><td>85%</td><td>88%</td><td class="rag-g">G</td></tr>
<tr><td>NI 125 Achieving independence through rehabilitation</td><td>80%</td><td>71%</td><td class="rag-r">R</td></tr></tbody></table>
<p>Read the full report to the Health and Wellbeing Scrutiny Committee (November 2010) on the council meetings pages.</p>
<p class="updated">Page last updated: 3 November 2010 &middot; Owner: Adult Care Services Performance Team</p>
</div></div>
<footer>Bury Council, Town Hall, Knowsley Street, Bury BL9 0SW &middot; Accessibility &middot; Privacy</footer>
</body></html>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return BURY, BURY_FACTS


# ---------------------------------------------------------------- 6 Lewisham (pandoc HTML)
LEWISHAM = Return(
    "Lewisham", "2010-06", "2010-07-09",
    {1: ["Y", "VL", "FL"],
     2: ["Y", "FL", "FL"],
     3: ["Y", "FL", "FU"],
     4: [("N", "Strategy drafted but consultation with the voluntary sector extended to July.", "September 2010"), "VL", "VL"],
     5: ["Y", "FL", "FU"]},
    "AG G AG G AG AG  AG AG AR AG AR G",
    answers=[
        (1, Q[1][0], "Yes. The Personalisation Stakeholder Group meets every six weeks and includes users of every client group."),
        (1, Q[1][2], "We are working with Lewisham Disability Coalition, which expects to meet the ULO criteria by December 2010."),
        (1, EXTERNAL, "London JIP support for developing the ULO business plan."),
        (2, Q[2][0], "Yes"),
        (2, Q[2][2], "Mainstream activity for all new customers since January 2010."),
        (2, NEXT, "Extend self-directed support to people whose care plans are reviewed."),
        (2, PREVENT, "Delays in the new financial assessment process."),
        (3, Q[3][0], "Yes, a joint Prevention and Early Intervention investment plan with NHS Lewisham."),
        (3, Q[3][1], "Yes"),
        (3, PREVENT, "Reductions in area-based grant."),
        (4, Q[4][0], "In draft; consultation closes at the end of July 2010."),
        (4, Q[4][2], "September 2010"),
        (5, Q[5][1], "Yes, through the joint commissioning group with NHS Lewisham."),
        (5, Q[5][4], "Users, carers and providers took part in three commissioning workshops in spring 2010."),
    ],
    risks=[
        (2, "Resource allocation system produces budgets that do not meet assessed need", "Monthly panel reviews the indicative budgets against final support plans"),
        (4, "Voluntary sector capacity to deliver information services", "Grant programme for advice agencies protected in 2010/11"),
    ],
)
LEWISHAM_FACTS = [
    ("service_users_total", 6800, "Around 6,800 people receive an adult social care service from the council"),
    ("people_with_personal_budget", 640, "six hundred and forty people now hold a personal budget"),
]


def lewisham_md():
    def ach(c):
        if not c or not c["achieved"]:
            return "\u2013"
        return "Y / ~~N~~" if c["achieved"] == "Y" else "~~Y~~ / N"

    def like(c):
        if not c or not c["likelihood"]:
            return "\u2013"
        return " / ".join(f"**{LIKE_WORDS[k]}**" if c["likelihood"] == k else LIKE_WORDS[k] for k in LIKES)

    out = []
    out.append("---\ntitle: \"Putting People First: milestone self-assessment, June 2010\"\nlang: en-GB\n---\n")
    out.append("**London Borough of Lewisham** | Healthier Communities Select Committee | 21 July 2010 | Item 5\n")
    out.append("| Report title | Putting People First: milestone self-assessment |\n|---|---|\n| Key decision | No |\n| Ward | All |\n| Contributors | Executive Director for Community Services |\n| Class | Part 1 |\n")
    out.append("## 1. Summary\n")
    out.append("1.1 This report presents the council's quarterly self-assessment against the Putting People First milestones for the quarter ending 30 June 2010. The full return is set out in section 5. It was completed on 9 July 2010.\n")
    out.append("1.2 Around 6,800 people receive an adult social care service from the council, and six hundred and forty people now hold a personal budget. The London average reported in the last ADASS survey was 13%.\n")
    out.append("## 2. Recommendation\n\n2.1 The Select Committee is recommended to note the return.\n")
    out.append("## 3. Financial implications\n\n| Budget line | 2010/11 (£000) |\n|---|--:|\n| Social Care Reform Grant | 1,652 |\n| Prevention Technology Grant (final year) | 211 |\n| Total | 1,863 |\n")
    out.append("## 4. How to read the return\n\n4.1 Where the return gives options, the option chosen is shown in **bold**. For deadlines that have passed the option not chosen is struck out.\n")
    out.append("## 5. The return\n\n**Council:** Lewisham &nbsp;&nbsp; **Period:** June 2010 &nbsp;&nbsp; **Date completed:** 09/07/2010\n")
    out.append("### Underpinning requirements\n\n| Requirement | Rating |\n|---|:-:|")
    for i, (rid, text) in enumerate(REQS):
        r = LEWISHAM.reqs.get(rid)
        code = {"amber_green": "G/A", "amber_red": "R/A", "green": "G", "red": "R"}[r]
        if i == 0:
            out.append(f"| *{REQ_HEAD_1}* | |")
        if i == 6:
            out.append(f"| *{REQ_HEAD_2}* | |")
        out.append(f"| {text} | {code} |")
    out.append("")
    for m in range(1, 6):
        out.append(f"### Milestone {m}: {MILESTONES[m]}\n")
        out.append("| Date | Deliverable | Achieved? | How likely are we to achieve this milestone by this date? | Reason if not achieved | When to be achieved |\n|---|------|--|----|---|--|")
        for d, dl in zip(DEADLINES, DELIVERABLES[m]):
            c = LEWISHAM.cell(m, d)
            out.append(f"| {DL_SHORT[d]} | {dl} | {ach(c)} | {like(c)} | {(c or {}).get('reason_not_achieved') or ''} | {(c or {}).get('when_to_be_achieved') or ''} |")
        out.append("")
        qa = [(q, LEWISHAM.answer(m, q)) for q in Q[m]]
        out.append("| Key question | Answer |\n|----|----|")
        for q, a in qa:
            out.append(f"| {q} | {a} |")
        out.append("")
        rk = LEWISHAM.risks_for(m)
        if rk:
            out.append("| Key risks | Mitigating actions |\n|---|---|")
            for r, x in rk:
                out.append(f"| {r} | {x} |")
        else:
            out.append("*Key risks and mitigating actions:* none recorded this quarter.")
        out.append("")
    out.append("## 6. Background papers\n\nNone.\n\nIf you have any queries on this report please contact the Personalisation Programme Office, Laurence House, Catford.\n")
    return "\n".join(out)


LEWISHAM_CSS = """<style>
body{font-family:Georgia,'Liberation Serif',serif;max-width:60em;margin:1em auto;padding:0 1em;font-size:15px;line-height:1.35}
table{border-collapse:collapse;margin:0.6em 0 1.2em 0;width:100%}
th,td{border-top:1px solid #999;border-bottom:1px solid #999;padding:4px 6px;vertical-align:top;font-size:13px}
thead th{background:#f0f0f0}
del{color:#777}
body{hyphens:manual}
table{display:table}
h1.title{font-size:1.5em}
</style>
"""

# ---------------------------------------------------------------- 7 Wiltshire (pandoc -> chromium -> gs)
WILTSHIRE = Return(
    "Wiltshire", "2010-12", "2011-01-06",
    {1: ["Y", "Y", "VL"],
     2: ["Y", ("N+FL", "Reviews of people with learning disabilities in residential care not yet complete.", "By end of March 2011"), "FU"],
     3: ["Y", "Y", "FL"],
     4: ["Y", "Y", "VL"],
     5: ["Y", "Y", "FL"]},
    "G AG G AG AG G  AG AG AG G AR AG",
    answers=[
        (1, Q[1][1], "Yes, the Help to Live at Home Programme Board includes two user and carer representatives."),
        (1, Q[1][2], "Yes, Wiltshire Centre for Independent Living."),
        (2, Q[2][0], "Yes"),
        (2, Q[2][2], "Mainstream for all new customers."),
        (2, PREVENT, "The number of reviews outstanding for people in residential care."),
        (3, Q[3][0], "Yes, the Help to Live at Home investment programme, jointly funded with NHS Wiltshire."),
        (3, NEXT, "Measure savings released from reduced residential admissions."),
        (4, Q[4][0], "Yes, the information strategy was agreed in March 2010."),
        (4, Q[4][1], "Yes, self-funders can use the same information and advice services."),
        (5, Q[5][0], "Yes, through the Help to Live at Home outcome-based contracts."),
        (5, EXTERNAL, "South West JIP learning sets on market shaping."),
    ],
    risks=[
        (2, "Reviews in residential care slip beyond March 2011", "Additional reviewing officers from the transformation budget"),
        (3, "Savings not realised as planned", "Monthly monitoring of residential admissions by the programme board"),
    ],
)
WILTSHIRE_FACTS = [
    ("percent_with_personal_budget", 28, "28% of eligible people now have a personal budget"),
    ("personal_budget_spend_gbp", 6800000, "\u00a36.8m is expected to be spent through personal budgets this year"),
    ("cashable_savings_percent", 2.6, "cashable savings of 2.6% are forecast for 2010/11"),
]
BOX_ON, BOX_OFF = "\u2612", "\u2610"


def wiltshire_md():
    def yn(c):
        if not c or not c["achieved"]:
            return ""
        y, n = (BOX_ON, BOX_OFF) if c["achieved"] == "Y" else (BOX_OFF, BOX_ON)
        return f"{y} Yes {n} No"

    def lk(c):
        if not c or not c["likelihood"]:
            return ""
        return "<br>".join(f"{BOX_ON if c['likelihood'] == k else BOX_OFF} {LIKE_WORDS[k]}" for k in LIKES)

    out = ["---\ntitle: \"Help to Live at Home and Putting People First \u2013 progress report\"\nlang: en-GB\n---\n",
           "**Wiltshire Council** \u2014 Health and Adult Social Care Select Committee \u2014 27 January 2011\n",
           "**Purpose of report**\n\n1. To update the Committee on the transformation of adult social care, and to present the council's Putting People First milestone return for December 2010, completed on 6 January 2011.\n",
           "**Main considerations**\n\n2. The transformation of adult care in Wiltshire is delivered through the Help to Live at Home programme. 28% of eligible people now have a personal budget, close to the national expectation of 30% by April 2011.\n",
           "3. \u00a36.8m is expected to be spent through personal budgets this year, and cashable savings of 2.6% are forecast for 2010/11, below the 3% expected of all councils by the milestones.\n",
           "4. Ratings for the underpinning requirements are shown below for the last two quarters; the December column is the current return.\n",
           "**Financial implications**\n\n| | 2010/11 budget \u00a3m | Forecast \u00a3m | Variance \u00a3m |\n|---|--:|--:|--:|\n| Help to Live at Home | 9.40 | 9.15 | (0.25) |\n| Transformation (reform grant) | 2.10 | 2.10 | 0.00 |\n",
           "\\newpage\n",
           "## Appendix 1 \u2013 December 2010 Progress with Putting People First milestones\n",
           "Council: **Wiltshire Council** &nbsp; Date completed: **6.1.11**\n",
           "### Underpinning requirements\n",
           "| Requirement | Sep 2010 | Dec 2010 |\n|------|:--:|:--:|"]
    prev = "AG AG AG AR AG AG  AR AG AR AG AR AR".split()
    for i, (rid, text) in enumerate(REQS):
        p = {"AG": "A/G", "AR": "A/R", "G": "G", "R": "R"}[prev[i]]
        if i == 0:
            out.append(f"| **{REQ_HEAD_1}** | | |")
        if i == 6:
            out.append(f"| **{REQ_HEAD_2}** | | |")
        out.append(f"| {text} | {p} | {RATING_SHORT[WILTSHIRE.reqs[rid]]} |")
    out.append("")
    for m in range(1, 6):
        out.append(f"<div class=\"ms\">\n\n### Milestone {m}: {MILESTONES[m]}\n")
        out.append("| | " + " | ".join(DL_LONG[d] for d in DEADLINES) + " |\n|---|---|---|---|")
        out.append("| Key dates and deliverables | " + " | ".join(DELIVERABLES[m]) + " |")
        cs = [WILTSHIRE.cell(m, d) for d in DEADLINES]
        out.append("| Achieved? | " + " | ".join(yn(c) for c in cs) + " |")
        out.append("| How likely are we to achieve this milestone by this date? | " + " | ".join(lk(c) for c in cs) + " |")
        out.append("| Reason if not achieved | " + " | ".join((c or {}).get("reason_not_achieved") or "" for c in cs) + " |")
        out.append("| When to be achieved | " + " | ".join((c or {}).get("when_to_be_achieved") or "" for c in cs) + " |")
        out.append("")
        out.append("| Key questions | |\n|---|---|")
        for q in Q[m]:
            out.append(f"| {q} | {WILTSHIRE.answer(m, q)} |")
        out.append("")
        rk = WILTSHIRE.risks_for(m) or [("", "")]
        out.append("| Key risks | Mitigating actions |\n|---|---|")
        for r, x in rk:
            out.append(f"| {r} | {x} |")
        out.append("\n</div>\n")
    return "\n".join(out).replace("\\newpage\n", "<div style=\"page-break-after:always\"></div>\n")


WILTSHIRE_CSS = """<style>
@page{size:A4;margin:16mm 14mm}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;max-width:none;margin:0;padding:0}
h1.title{font-size:15pt;color:#1c4d7a}
h2{font-size:12.5pt;color:#1c4d7a} h3{font-size:11pt}
table{border-collapse:collapse;width:100%;margin:4pt 0 10pt 0}
th,td{border:0.7pt solid #444;padding:2.5pt 4pt;vertical-align:top;font-size:8.5pt}
thead th{background:#dfe7ef}
td{font-family:'Liberation Sans','DejaVu Sans',sans-serif}
table{display:table;overflow:visible}
html{background:#fff}
body{padding:0 3px !important;hyphens:manual !important}
header#title-block-header{margin-bottom:6pt}
</style>
"""

# ---------------------------------------------------------------- 8 Hampshire (online form printout)
HAMPSHIRE = Return(
    "Hampshire", "2011-03", "2011-04-11",
    {1: ["Y", "Y", "VL"],
     2: ["Y", "Y", "VL"],
     3: ["Y", "Y", "FL"],
     4: ["Y", "Y", "VL"],
     5: ["Y", ("N", "Market position statement for older people's services delayed by the Care Provider Framework re-tender.", "May 2011"), "FL"]},
    "G G AG G G AG  G AG G G AG AG",
    answers=[
        (1, Q[1][0], "Yes. Hampshire's Personalisation Expert Panel and the Carers' Partnership Board are involved in every workstream."),
        (1, Q[1][2], "Yes. Hampshire Centre for Independent Living is funded as the county's user-led organisation."),
        (2, Q[2][0], "Yes. 5,912 people were in receipt of a personal budget at the end of March 2011."),
        (2, Q[2][2], "Mainstream for all new and reviewed customers."),
        (2, NEXT, "Streamline the support planning process and extend pre-paid cards."),
        (3, Q[3][0], "Yes, the joint Prevention and Wellbeing Strategy with NHS Hampshire, including the reablement service."),
        (3, Q[3][1], "Yes"),
        (3, PREVENT, "Reductions in Supporting People and voluntary sector funding."),
        (4, Q[4][0], "Yes. The Hampshire Care Directory and the Hantsweb adult services pages are the core of the strategy."),
        (4, Q[4][3], "Yes, through the Information and Advice Network grants."),
        (5, Q[5][0], "Yes, through the provider engagement events and the new Care Provider Framework."),
        (5, PREVENT, "Delays to the re-tender of the Care Provider Framework."),
        (5, EXTERNAL, "None at present."),
    ],
    risks=[
        (2, "Budget reductions limit the value of personal budgets", "Resource allocation system recalibrated for 2011/12"),
        (5, "Framework re-tender delayed", "Interim extension of existing contracts to June 2011"),
    ],
)
HAMPSHIRE_FACTS = [
    ("people_with_personal_budget", 5912, "5,912 people were in receipt of a personal budget at the end of March 2011"),
]


def build_hampshire_html(path):
    uid = [0]

    def radios(name, options, chosen):
        out = []
        for o in options:
            uid[0] += 1
            out.append(f'<label><input type="radio" name="{name}" {"checked" if o == chosen else ""}> {e(o)}</label>')
        return " ".join(out)

    def textbox(text, rows=None):
        n = rows or max(2, len(text) // 95 + 2)
        return f'<textarea rows="{n}" readonly>{e(text)}</textarea>'

    secs = []
    for m in range(1, 6):
        s = [f'<fieldset><legend>Milestone {m}: {e(MILESTONES[m])}</legend>']
        for d, dl in zip(DEADLINES, DELIVERABLES[m]):
            c = HAMPSHIRE.cell(m, d) or {}
            s.append(f'<div class="dl"><div class="dlh">{DL_LONG[d]}</div><div class="hint">{e(dl)}</div>')
            if d <= HAMPSHIRE.period:
                ch = {"Y": "Yes", "N": "No"}.get(c.get("achieved"))
                s.append(f'<div class="q">Has this milestone been achieved? <span class="req">*</span><br>{radios(f"m{m}{d}a", ["Yes", "No"], ch)}</div>')
                s.append(f'<div class="q">Reason if not achieved<br><input type="text" value="{e(c.get("reason_not_achieved") or "")}" readonly class="wide"></div>')
                s.append(f'<div class="q">When to be achieved<br><input type="text" value="{e(c.get("when_to_be_achieved") or "")}" readonly></div>')
            else:
                ch = LIKE_WORDS.get(c.get("likelihood"))
                s.append(f'<div class="q">How likely are we to achieve this milestone by this date? <span class="req">*</span><br>{radios(f"m{m}{d}l", [LIKE_WORDS[k] for k in LIKES], ch)}</div>')
            s.append('</div>')
        s.append('<h4>Key questions</h4>')
        for q in Q[m]:
            s.append(f'<div class="q">{e(q)}<br>{textbox(HAMPSHIRE.answer(m, q))}</div>')
        rk = HAMPSHIRE.risks_for(m) or [("", "")]
        s.append('<h4>Key risks and mitigating actions</h4>')
        for r, x in rk:
            s.append(f'<div class="pair"><div class="q">Key risk<br>{textbox(r, 2)}</div><div class="q">Mitigating action<br>{textbox(x, 2)}</div></div>')
        s.append('</fieldset>')
        secs.append("\n".join(s))
    reqs = []
    for head, rng in ((REQ_HEAD_1, range(0, 6)), (REQ_HEAD_2, range(6, 12))):
        reqs.append(f'<h4>{e(head)}</h4>')
        for i in rng:
            rid, text = REQS[i]
            opts = "".join(f'<option {"selected" if HAMPSHIRE.reqs.get(rid) == r else ""}>{RATING_WORDS[r]}</option>' for r in RATINGS)
            reqs.append(f'<div class="rq"><span>{e(text)}</span><select><option>-- Please select --</option>{opts}</select></div>')
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>PPF Milestone Return - Submission record</title>
<style>
@page{{size:A4;margin:12mm 12mm 14mm 12mm}}
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#222}}
.bar{{background:#0b3d6e;color:#fff;padding:8px 12px;font-size:12pt}}
.printhdr{{display:flex;justify-content:space-between;font-size:8pt;color:#555;margin-bottom:4px}}
.status{{border:1px solid #2e7d32;background:#e8f5e9;padding:6px 10px;margin:8px 0}}
fieldset{{border:1px solid #9bb;margin:10px 0;padding:6px 10px;break-inside:auto}}
legend{{font-weight:bold;color:#0b3d6e;font-size:11pt}}
.dl{{border-left:3px solid #0b3d6e;padding-left:8px;margin:6px 0;break-inside:avoid}}
.dlh{{font-weight:bold}}
.hint{{font-size:8pt;color:#555;margin-bottom:3px}}
.q{{margin:4px 0;break-inside:avoid}}
label{{margin-right:14px;white-space:nowrap}}
input[type=radio]{{width:11px;height:11px;vertical-align:-1px;margin:0 2px 0 0}}
textarea{{width:98%;font-family:inherit;font-size:9pt;border:1px solid #888;resize:none;overflow:hidden}}
input[type=text]{{font-family:inherit;font-size:9pt;border:1px solid #888;padding:2px;width:30%}}
input.wide{{width:95%}}
.rq{{display:flex;justify-content:space-between;align-items:flex-start;margin:3px 0;break-inside:avoid}}
.rq span{{width:75%}} select{{font-size:9pt;width:22%;color:#000;opacity:1}}
.pair{{display:flex;gap:10px}} .pair .q{{flex:1}}
.req{{color:#b00}}
h4{{margin:8px 0 2px 0}}
.meta td{{padding:2px 10px 2px 0}}
</style></head><body>
<div class="printhdr"><span>https://forms.sejip.org.uk/ppf/return/view?ref=SEJIP-PPF-Q4-HCC</span><span>Printed 15/04/2011 09:12</span></div>
<div class="bar">South East Joint Improvement Partnership &ndash; Putting People First Milestone Return</div>
<div class="status">&#10004; This return was submitted on 14/04/2011 at 16:02. Reference SEJIP-PPF-Q4-HCC. A copy has been sent to the Director of Adult Services.</div>
<table class="meta">
<tr><td><strong>Council</strong></td><td><input type="text" value="Hampshire County Council" readonly style="width:260px"></td></tr>
<tr><td><strong>Reporting period</strong></td><td><select style="width:270px"><option>Quarter 3 2010/11 (to 31 December 2010)</option><option selected>Quarter 4 2010/11 (to 31 March 2011)</option></select></td></tr>
<tr><td><strong>Date return completed</strong></td><td><input type="text" value="11/04/2011" readonly style="width:110px"></td></tr>
<tr><td><strong>Completed by</strong></td><td><input type="text" value="Transformation Programme Office, Adult Services" readonly style="width:320px"></td></tr>
</table>
<fieldset><legend>Section A: Underpinning requirements</legend>
<p class="hint">Rate each requirement Red, Amber/Red, Amber/Green or Green.</p>
{''.join(reqs)}
</fieldset>
{''.join(secs)}
<fieldset><legend>Declaration</legend>
<label><input type="checkbox" checked> I confirm that this return has been agreed by the Director of Adult Social Services.</label>
</fieldset>
<div class="printhdr"><span>SEJIP online returns &middot; v2.3</span><span>Page printed from browser</span></div>
</body></html>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return HAMPSHIRE, HAMPSHIRE_FACTS
