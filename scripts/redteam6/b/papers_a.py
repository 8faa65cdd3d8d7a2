"""Papers 1-4: Stockport (modern.gov HTML), Norfolk (Chromium PDF), Derby (WeasyPrint), Cornwall (reportlab)."""
from html import escape as e

from common import (DEADLINES, DELIVERABLES, DL_LONG, DL_SHORT, EXTERNAL, LIKES, LIKE_WORDS,
                    MILESTONES, NEXT, PREVENT, QUESTIONS, RATINGS, RATING_WORDS, REQS,
                    REQ_HEAD_1, REQ_HEAD_2, Return)

Q = QUESTIONS

# ---------------------------------------------------------------- 1 Stockport
STOCKPORT_DEC = Return(
    "Stockport", "2010-12", "2011-01-07",
    {1: ["Y", "Y", "VL"],
     2: ["Y", ("N", "Offer of a personal budget at review not yet extended to all mental health service users (joint teams with Pennine Care).", "March 2011"), "FL"],
     3: ["Y", "Y", "FL"],
     4: ["Y", "Y", "VL"],
     5: ["Y", ("N", "Market position statement still in draft; provider consultation closes 4 February.", "February 2011"), "FL"]},
    "G G AG G AG AG  AG AG AR G AR AG",
    answers=[
        (1, Q[1][0], "Yes. The Personalisation Reference Group of users and carers meets monthly and co-chairs the engagement workstream."),
        (1, Q[1][1], "Yes, two carer representatives and one service user representative sit on the Transformation Board."),
        (1, Q[1][2], "Yes. Disability Stockport has been confirmed as the borough's user-led organisation and holds a contract for support planning from November 2010."),
        (1, NEXT, "Extend the reference group to include people who fund their own care."),
        (1, EXTERNAL, "Continued support from the North West Joint Improvement Partnership."),
        (2, Q[2][0], "Yes"),
        (2, Q[2][2], "Mainstream for all new customers since April 2010."),
        (2, NEXT, "Complete the roll-out of self-directed support to the mental health teams."),
        (2, PREVENT, "Capacity in the review teams during the winter period."),
        (3, Q[3][0], "Yes, the joint Prevention and Reablement Strategy with NHS Stockport was agreed in March 2010."),
        (3, Q[3][1], "Yes, NHS Stockport co-funds the reablement service and the falls pathway."),
        (3, NEXT, "Agree a shared savings model for intermediate care."),
        (4, Q[4][0], "Yes, the Information and Advice Strategy was approved by the Executive in February 2010."),
        (4, Q[4][1], "Yes"),
        (4, NEXT, "Launch the online directory of care and support services."),
        (5, Q[5][0], "Yes, through quarterly provider forums and the domiciliary care framework review."),
        (5, Q[5][4], "The Joint Commissioning Strategy was developed with the Reference Group and the voluntary sector forum."),
        (5, PREVENT, "Provider uncertainty about future fee levels."),
    ],
    risks=[
        (1, "Reference group members lose confidence if feedback is not acted upon", "\u2018You said, we did\u2019 bulletin published after every meeting"),
        (2, "Staff capacity to complete reviews", "Additional review team funded from the Social Care Reform Grant until March 2011"),
        (3, "Health partners withdraw reablement funding", "Section 256 agreement signed for 2010/11"),
        (5, "Providers unable to adapt to individual purchasing", "Provider development programme and brokerage pilot"),
    ],
)

STOCKPORT_SEP = Return(
    "Stockport", "2010-09", "2010-10-08",
    {1: ["Y", "FL", "FL"],
     2: ["Y", "FU", "FL"],
     3: ["Y", "VL", "FU"],
     4: ["Y", "VL", "FL"],
     5: [("N", "Commissioning strategy awaiting sign-off by the PCT board.", "October 2010"), "FL", "FU"]},
    "AG G AR G AG G  AR AG R AG AR AR",
    answers=[
        (1, Q[1][0], "Partly. The reference group is being re-established after the summer."),
        (2, Q[2][0], "Yes"),
        (2, Q[2][2], "Mainstream for new customers; reviews being phased in."),
        (3, Q[3][1], "Yes"),
        (4, NEXT, "Procure the online directory."),
        (5, PREVENT, "Delay in PCT sign-off."),
    ],
    risks=[
        (2, "Backlog of annual reviews", "Recruit temporary reviewing officers"),
    ],
)

STOCKPORT_FACTS = [
    ("people_with_personal_budget", 1486, "At 31 December 2010, 1,486 people in Stockport were receiving a personal budget"),
    ("people_with_personal_budget", 1102, "up from 1,102 at the end of September"),
    ("percent_with_personal_budget", 22.4, "This represents 22.4% of eligible adults and carers"),
]


def mark_table_stockport(ret, m):
    """A Sefton-style per-milestone table with X in the option column."""
    rows = []
    rows.append(f'<tr><td class="lab"><strong>Milestone {m}:</strong></td><td colspan="6"><strong>{e(MILESTONES[m].replace("people using services", "People using services"))}</strong></td></tr>')
    rows.append('<tr><td class="lab">Key Dates and Deliverables:</td>' + "".join(
        f'<td colspan="2" class="hd">{DL_LONG[d]}</td>' for d in DEADLINES) + '</tr>')
    rows.append('<tr><td></td>' + "".join(f'<td colspan="2" class="small">{e(t)}</td>' for t in DELIVERABLES[m]) + '</tr>')
    rows.append('<tr><td class="lab">How likely are we to achieve this milestone by this date?</td>' + "".join(
        '<td colspan="2" class="hd">Y/N</td>' for _ in DEADLINES) + '</tr>')
    # each deadline column: either achieved block or likelihood block, depending on period
    cols = []
    for d in DEADLINES:
        c = ret.cell(m, d) or {}
        passed = d <= ret.period
        if passed:
            cols.append([f'<td class="opt">Achieved</td><td class="mk">{e(c.get("achieved") or "")}</td>',
                         f'<td colspan="2" class="opt">Reason if not achieved<br>{e(c.get("reason_not_achieved") or "")}</td>',
                         f'<td colspan="2" class="opt">When to be achieved<br>{e(c.get("when_to_be_achieved") or "")}</td>',
                         '<td colspan="2"></td>'])
        else:
            lk = c.get("likelihood")
            cols.append([f'<td class="opt">{LIKE_WORDS[k]}</td><td class="mk">{"X" if lk == k else ""}</td>' for k in LIKES])
    for i in range(4):
        rows.append('<tr><td></td>' + "".join(col[i] for col in cols) + '</tr>')
    qa = ret.answers_for(m)
    qs = Q[m]
    first = True
    for q in qs:
        a = ret.answer(m, q)
        lab = '<td class="lab">Key Questions:</td>' if first else '<td></td>'
        first = False
        rows.append(f'<tr>{lab}<td colspan="3">&bull; {e(q)}</td><td colspan="3">{e(a)}</td></tr>')
    rk = ret.risks_for(m) or [("", "")]
    for r, x in rk:
        rows.append(f'<tr><td class="lab">Key Risks and Mitigating Actions:</td><td colspan="3">Key Risks; {e(r)}</td><td colspan="3">Mitigating Actions; {e(x)}</td></tr>')
    rows.append('<tr><td class="lab">Useful Information:</td><td colspan="6"></td></tr>')
    return '<table class="ppf">' + "\n".join(rows) + '</table>'


def req_table_x(ret, mark="X"):
    out = ['<table class="ppf req">']
    for head, rng in ((REQ_HEAD_1, range(0, 6)), (REQ_HEAD_2, range(6, 12))):
        out.append(f'<tr><th class="lab">{e(head)}</th>' + "".join(f'<th>{RATING_WORDS[r]}</th>' for r in RATINGS) + '</tr>')
        for i in rng:
            rid, text = REQS[i]
            got = ret.reqs.get(rid)
            out.append(f'<tr><td>{e(text)}</td>' + "".join(
                f'<td class="mk">{mark if got == r else ""}</td>' for r in RATINGS) + '</tr>')
    out.append('</table>')
    return "\n".join(out)


def stockport_return_html(ret, label, when_text, completed_text):
    parts = [f'<h3>{e(label)}</h3>',
             f'<p class="c"><strong>{e(when_text)}</strong></p>',
             '<p class="c"><strong>Progress with Putting People First milestones</strong></p>',
             '<p><strong>Council:</strong> Stockport MBC<br><strong>Date Completed:</strong> ' + e(completed_text) + '</p>',
             '<h4>Underpinning Requirements</h4>', req_table_x(ret)]
    for m in range(1, 6):
        parts.append(mark_table_stockport(ret, m))
    return "\n".join(parts)


def build_stockport(path):
    css = """
body{font-family:Arial,Helvetica,sans-serif;font-size:13px;background:#eee;margin:0}
#page-header{background:#005b96;color:#fff;padding:10px 20px}
#page-header a{color:#fff}
.container{background:#fff;max-width:1080px;margin:0 auto;padding:10px 24px}
nav ul{list-style:none;padding:0;margin:0} nav li{display:inline;margin-right:14px}
.crumb{font-size:12px;color:#555;margin:6px 0}
.mgSide{float:right;width:230px;border:1px solid #ccc;padding:8px;margin:0 0 10px 14px;background:#f7f7f7;font-size:12px}
table.ppf{border-collapse:collapse;width:100%;margin:10px 0 18px 0}
table.ppf td,table.ppf th{border:1px solid #000;padding:3px 5px;vertical-align:top}
td.lab,th.lab{width:22%;font-weight:bold;background:#e6e6e6}
td.hd{text-align:center;font-weight:bold;background:#e6e6e6}
td.mk{text-align:center;font-weight:bold;width:4%}
td.opt{width:12%}
td.small{font-size:11px}
p.c{text-align:center}
table.mgStats{border-collapse:collapse} table.mgStats td,table.mgStats th{border:1px solid #999;padding:3px 6px}
footer{border-top:1px solid #ccc;margin-top:30px;font-size:11px;color:#555;padding:8px 0}
"""
    obj = [("Stockport Council Plan 2010-2013: Supporting independent lives", True, False, False),
           ("Safer, stronger communities", False, True, False),
           ("Economic prosperity", False, True, False),
           ("Value for money and customer focus", True, False, False),
           ("Green and sustainable borough", False, True, False)]
    objrows = "\n".join(
        f'<tr><td>{i}</td><td>{e(t)}</td><td class="mk">{"&#10003;" if a else ""}</td><td class="mk">{"&#10003;" if b else ""}</td><td class="mk">{"&#10003;" if c else ""}</td></tr>'
        for i, (t, a, b, c) in enumerate(obj, 1))
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="DC.title" content="Issue - items at meetings - Putting People First: Quarterly Milestone Return (Quarter 3 2010/11)">
<meta name="DC.date" scheme="W3CDTF" content="2011-02-08">
<title>Issue - items at meetings - Putting People First: Quarterly Milestone Return (Quarter 3 2010/11) | Stockport Council</title>
<style>{css}</style>
</head>
<body>
<a class="sr-only" href="#mgMainContent">Skip to main content</a>
<header id="page-header"><strong>Stockport Council</strong> &nbsp;|&nbsp; Councillors, meetings and decisions
<nav><ul><li><a href="mgCalendarMonthView.aspx">Calendar</a></li><li><a href="mgListCommittees.aspx">Committees</a></li><li><a href="mgDelegatedDecisions.aspx">Decisions</a></li><li><a href="mgMemberIndex.aspx">Councillors</a></li><li><a href="ieDocSearch.aspx">Search documents</a></li></ul></nav></header>
<div class="container">
<div class="crumb"><a href="mgListCommittees.aspx">Committee structure</a> &gt; <a href="ieListMeetings.aspx?CommitteeId=412">Adult Social Care &amp; Health Scrutiny Committee</a> &gt; <a href="ieListDocuments.aspx?CId=412&amp;MId=9871">Meeting 08/02/2011</a> &gt; Issue</div>
<div class="mgSide"><strong>Issue history</strong><br>Meeting: 08/02/2011 - Adult Social Care &amp; Health Scrutiny Committee (Item 7)<br><br>Meeting: 09/11/2010 - Adult Social Care &amp; Health Scrutiny Committee (Item 6)<br><br><strong>Attachments</strong><br>Appendix A - Quarter 2 return (PDF 212 KB)<br>Appendix B - Quarter 3 return (PDF 219 KB)</div>
<main id="mgMainContent">
<h1 class="mgMainTitleTxt">Issue - items at meetings - Putting People First: Quarterly Milestone Return (Quarter 3 2010/11)</h1>
<h2>Meeting: 08/02/2011 - Adult Social Care &amp; Health Scrutiny Committee (Item 7)</h2>
<h3>7 Putting People First: Quarterly Milestone Return (Quarter 3 2010/11)</h3>
<p>Report of the Corporate Director for People. Contact: Jenny Hollis, Transformation Programme Manager, 0161 474 0000.</p>
<p><strong>Purpose of report</strong></p>
<p>To inform the Committee of progress against the Putting People First milestones agreed by the Department of Health, ADASS and the LGA, and to present the self-assessment returns for Quarter 2 (to 30 September 2010) and Quarter 3 (to 31 December 2010). The Quarter 2 return was noted by the Executive Member but was not reported to this Committee because the November meeting agenda was full.</p>
<p><strong>Summary of progress</strong></p>
<p>At 31 December 2010, 1,486 people in Stockport were receiving a personal budget, up from 1,102 at the end of September. This represents 22.4% of eligible adults and carers. The national milestone is that at least 30% of eligible people should have a personal budget by April 2011; the most recent regional survey placed the North West average at 19%.</p>
<p>Two October 2010 milestones were not fully achieved by the deadline and the return gives revised dates for them. The ratings for the underpinning requirements have improved in six areas since Quarter 2.</p>
<p><strong>Corporate objectives</strong></p>
<table class="mgStats"><tr><th>No.</th><th>Objective</th><th>Positive</th><th>Neutral</th><th>Negative</th></tr>
{objrows}</table>
<p><strong>Financial implications</strong></p>
<table class="mgStats"><tr><th></th><th>2010/11 &pound;000</th><th>2011/12 &pound;000</th></tr>
<tr><td>Social Care Reform Grant</td><td>2,314</td><td>0</td></tr>
<tr><td>Council contribution</td><td>410</td><td>650</td></tr></table>
<p><strong>Recommendation</strong></p>
<p>That the Committee notes both returns and comments on the revised dates given for the outstanding October 2010 milestones.</p>
<p><strong>Minutes:</strong></p>
<p>The Committee considered the report. Members asked why the Quarter 2 position on the October milestones had been more optimistic than the outcome; the Programme Manager explained that the mental health teams had joined the programme later than planned. RESOLVED: That the report be noted.</p>
<hr>
<h2>Supporting documents</h2>
<div class="appendix">
{stockport_return_html(STOCKPORT_SEP, "Appendix A - Putting People First Milestone Return, Quarter 2 2010/11 (as submitted October 2010)", "September 2010", "8th October 2010")}
</div>
<hr>
<div class="appendix">
{stockport_return_html(STOCKPORT_DEC, "Appendix B - Putting People First Milestone Return, Quarter 3 2010/11", "December 2010", "7th January 2011")}
</div>
</main>
<footer>Stockport Metropolitan Borough Council, Town Hall, Edward Street, Stockport SK1 3XE &middot; <a href="mgGeneric.aspx?bcr=1">Accessibility</a> &middot; Powered by modern.gov</footer>
</div>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return STOCKPORT_DEC, STOCKPORT_FACTS


# ---------------------------------------------------------------- 2 Norfolk
NORFOLK = Return(
    "Norfolk", "2010-09", "2010-10-14",
    {1: ["Y", "VL", "FL"],
     2: ["Y", "FL", "FL"],
     3: [("N", "Joint prevention strategy with NHS Norfolk and NHS Great Yarmouth & Waveney agreed in principle; risk-share agreement not yet signed.", "December 2010"), "FL", "FU"],
     4: ["Y", "VL", "VL"],
     5: ["Y", "FL", ""]},
    "G AG AG G G AG  AG AR AR G AG -",
    answers=[
        (1, Q[1][0], "Yes \u2013 the Norfolk Personalisation Network, locality user forums and the carers' council."),
        (1, Q[1][1], "Yes. The Transformation Programme Board includes two members of the Personalisation Network."),
        (1, Q[1][2], "Yes. Equal Lives (Norfolk Coalition of Disabled People) is developing its role as a ULO with council funding."),
        (1, NEXT, "Publish a co-production charter agreed with the Network."),
        (2, Q[2][0], "Yes"),
        (2, Q[2][2], "Mainstream for all new customers in all localities since 1 June 2010."),
        (2, NEXT, "We plan to review 4,200 care packages during 2010/11 and offer a personal budget at each review."),
        (2, PREVENT, "The volume of reviews needed and the capacity of care management teams."),
        (2, EXTERNAL, "Peer support from the East of England JIP on review processes."),
        (3, Q[3][0], "A draft Prevention Strategy is in place; the investment programme is being finalised with health."),
        (3, Q[3][1], "Yes, both PCTs are represented on the Prevention Board."),
        (3, PREVENT, "Financial pressures on the PCTs may delay the risk-share agreement."),
        (4, Q[4][0], "Yes. The Information, Advice and Advocacy Strategy was agreed in March 2010."),
        (4, Q[4][2], "Delivery plan runs to March 2011."),
        (4, Q[4][3], "Yes, through grant agreements with Age UK Norfolk and the Norfolk Community Advice Network."),
        (5, Q[5][0], "Yes. Provider engagement events were held in all five localities in July 2010."),
        (5, Q[5][1], "Yes, the joint commissioning plan for older people is shared with NHS Norfolk."),
        (5, EXTERNAL, "Guidance on market facilitation from the national programme."),
    ],
    risks=[
        (2, "Insufficient review capacity to offer personal budgets at review", "Dedicated review teams recruited in each locality from July 2010"),
        (3, "Health partners unable to commit recurrent investment", "Joint finance group to model shared benefits before December"),
        (4, "Information not reaching people who fund their own care", "Campaign through GP surgeries and libraries"),
    ],
)

NORFOLK_FACTS = [
    ("service_users_total", 17500, "Some 17,500 adults currently receive council-funded social care"),
    ("people_with_personal_budget", 2380, "2,380 of them now have a personal budget"),
    ("reviews_planned", 4200, "We plan to review 4,200 care packages during 2010/11"),
]


def norfolk_milestone_table(ret, m):
    tick = "\u2714"
    h = []
    h.append('<table class="ms"><thead>')
    h.append(f'<tr><th class="lab">Milestone {m}</th><th colspan="6" class="ttl">{e(MILESTONES[m])}</th></tr>')
    h.append('</thead><tbody>')
    h.append('<tr><td class="lab">Key dates and deliverables</td>' + "".join(f'<td colspan="2" class="hd">{DL_LONG[d]}</td>' for d in DEADLINES) + '</tr>')
    h.append('<tr><td class="lab"></td>' + "".join(f'<td colspan="2" class="small">{e(t)}</td>' for t in DELIVERABLES[m]) + '</tr>')
    # April 2010 passed: achieved Y / N rows. Oct 10 / Apr 11: likelihood options.
    c1 = ret.cell(m, "2010-04") or {}
    h.append('<tr><td class="lab" rowspan="4">How likely are we to achieve this milestone by this date?</td>'
             f'<td class="opt">Achieved \u2013 Yes</td><td class="mk">{tick if c1.get("achieved") == "Y" else ""}</td>'
             + "".join(f'<td class="opt">{LIKE_WORDS["very_likely"]}</td><td class="mk">{tick if (ret.cell(m, d) or {}).get("likelihood") == "very_likely" else ""}</td>' for d in DEADLINES[1:]) + '</tr>')
    h.append(f'<tr><td class="opt">Achieved \u2013 No</td><td class="mk">{tick if c1.get("achieved") == "N" else ""}</td>'
             + "".join(f'<td class="opt">{LIKE_WORDS["fairly_likely"]}</td><td class="mk">{tick if (ret.cell(m, d) or {}).get("likelihood") == "fairly_likely" else ""}</td>' for d in DEADLINES[1:]) + '</tr>')
    h.append(f'<tr><td class="opt" colspan="2">Reason if not achieved: {e(c1.get("reason_not_achieved") or "")}</td>'
             + "".join(f'<td class="opt">{LIKE_WORDS["fairly_unlikely"]}</td><td class="mk">{tick if (ret.cell(m, d) or {}).get("likelihood") == "fairly_unlikely" else ""}</td>' for d in DEADLINES[1:]) + '</tr>')
    h.append(f'<tr><td class="opt" colspan="2">When to be achieved: {e(c1.get("when_to_be_achieved") or "")}</td>'
             + "".join(f'<td class="opt">{LIKE_WORDS["very_unlikely"]}</td><td class="mk">{tick if (ret.cell(m, d) or {}).get("likelihood") == "very_unlikely" else ""}</td>' for d in DEADLINES[1:]) + '</tr>')
    first = True
    for q in Q[m]:
        a = ret.answer(m, q)
        lab = f'<td class="lab" rowspan="{len(Q[m])}">Key questions</td>' if first else ''
        first = False
        h.append(f'<tr>{lab}<td colspan="3">{e(q)}</td><td colspan="3">{e(a)}</td></tr>')
    rk = ret.risks_for(m) or [("", "")]
    h.append(f'<tr><td class="lab" rowspan="{len(rk)}">Key risks and mitigating actions</td>' + "".join(
        f'<td colspan="3"><em>Key risks:</em> {e(r)}</td><td colspan="3"><em>Mitigating actions:</em> {e(x)}</td></tr>' + ('<tr>' if i < len(rk) - 1 else '') for i, (r, x) in enumerate(rk)))
    h.append('</tbody></table>')
    return "\n".join(h)


def build_norfolk_html(path):
    tick = "\u2714"
    reqrows = []
    for head, rng in ((REQ_HEAD_1, range(0, 6)), (REQ_HEAD_2, range(6, 12))):
        reqrows.append(f'<tr class="sub"><td>{e(head)}</td>' + "".join(f'<td>{RATING_WORDS[r]}</td>' for r in RATINGS) + '</tr>')
        for i in rng:
            rid, text = REQS[i]
            got = NORFOLK.reqs.get(rid)
            reqrows.append(f'<tr><td>{e(text)}</td>' + "".join(f'<td class="mk">{tick if got == r else ""}</td>' for r in RATINGS) + '</tr>')
    risk_reg = [("TASC01", "Savings targets for 2011/12 require faster transformation than capacity allows", 4, 4, 16, "Red"),
                ("TASC02", "Care management IT (CareFirst) cannot record personal budget payments", 3, 4, 12, "Amber"),
                ("TASC03", "Provider market unable to respond to individual purchasers", 3, 3, 9, "Amber"),
                ("TASC04", "Loss of Social Care Reform Grant after March 2011", 5, 3, 15, "Red"),
                ("TASC05", "Safeguarding concerns in direct payments", 2, 4, 8, "Green")]
    rr = "\n".join(f'<tr><td>{a}</td><td>{e(b)}</td><td class="c">{c}</td><td class="c">{d}</td><td class="c">{s}</td><td class="c">{g}</td></tr>' for a, b, c, d, s, g in risk_reg)
    css = """
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#000}
h1{font-size:14pt} h2{font-size:12pt;margin-top:16pt} p{margin:4pt 0 6pt 0}
table{border-collapse:collapse;width:100%;margin:6pt 0 12pt 0}
td,th{border:0.75pt solid #000;padding:2pt 4pt;vertical-align:top;font-size:9pt}
thead{display:table-header-group}
tr{page-break-inside:avoid}
.lab{width:20%;font-weight:bold;background:#d9d9d9}
.ttl{text-align:left;background:#d9d9d9}
.hd{text-align:center;font-weight:bold}
.small{font-size:8pt}
.mk{text-align:center;width:5%;font-family:'DejaVu Sans';font-size:11pt}
.opt{width:13%}
.c{text-align:center}
tr.sub td{font-weight:bold;background:#d9d9d9}
.cover td{border:none;padding:3pt 6pt 3pt 0;font-size:10pt}
.pb{page-break-before:always}
.hdr{font-size:8pt;color:#444;border-bottom:0.5pt solid #888;margin-bottom:8pt}
"""
    ms = "\n".join(norfolk_milestone_table(NORFOLK, m) for m in range(1, 6))
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Cabinet Scrutiny Committee - Transforming Adult Social Care</title><style>{css}</style></head>
<body>
<div class="hdr">Norfolk County Council &middot; Cabinet Scrutiny Committee &middot; 2 November 2010 &middot; Item No 9</div>
<h1>Transforming Adult Social Care &ndash; Putting People First Milestones Progress (Quarter 2)</h1>
<table class="cover">
<tr><td><strong>Report by</strong></td><td>Director of Community Services</td></tr>
<tr><td><strong>Divisions affected</strong></td><td>All</td></tr>
<tr><td><strong>Contact officer</strong></td><td>Janice Dane, Assistant Director (Personalisation), tel 01603 222000</td></tr></table>
<h2>Summary</h2>
<p>This report sets out Norfolk&rsquo;s self-assessment against the national Putting People First milestones at the end of September 2010 (Quarter 2 of 2010/11), as submitted to the Department of Health through the East of England Joint Improvement Partnership. The full return is at Appendix 1.</p>
<h2>1. Background</h2>
<p>1.1 Some 17,500 adults currently receive council-funded social care in Norfolk, and 2,380 of them now have a personal budget. The Government expects every council to reach 30% of eligible people by April 2011. We plan to review 4,200 care packages during 2010/11, and a personal budget will be offered at each review.</p>
<p>1.2 The only April 2010 milestone not met in full is the joint prevention strategy (Milestone 3), where the risk-share agreement with the two Primary Care Trusts remains outstanding.</p>
<h2>2. Resource implications</h2>
<table><tr><th>Funding</th><th>2009/10 &pound;m</th><th>2010/11 &pound;m</th><th>Status</th></tr>
<tr><td>Social Care Reform Grant</td><td>3.9</td><td>4.6</td><td>Ring-fenced to March 2011</td></tr>
<tr><td>Invest to save (prevention)</td><td>0.8</td><td>1.2</td><td>Approved</td></tr>
<tr><td>Efficiency savings target</td><td>&ndash;</td><td>(2.1)</td><td>On track</td></tr></table>
<h2>3. Programme risk register (extract)</h2>
<p>Scores are likelihood (1&ndash;5) multiplied by impact (1&ndash;5).</p>
<table><thead><tr><th>Ref</th><th>Risk</th><th>Likelihood</th><th>Impact</th><th>Score</th><th>RAG</th></tr></thead>{rr}</table>
<h2>4. Recommendation</h2>
<p>Members are asked to comment on progress and on the actions proposed for Milestone 3.</p>
<div class="pb"></div>
<div class="hdr">Appendix 1 &middot; Putting People First Milestone Return &middot; Norfolk County Council</div>
<h1 style="text-align:center">September 2010<br>Progress with Putting People First milestones</h1>
<p><strong>Council:</strong> Norfolk County Council &nbsp;&nbsp;&nbsp; <strong>Date completed:</strong> 14 Oct 2010</p>
<h2>Underpinning Requirements</h2>
<table>{''.join(reqrows)}</table>
{ms}
</body></html>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return NORFOLK, NORFOLK_FACTS
