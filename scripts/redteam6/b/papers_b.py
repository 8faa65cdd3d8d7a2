"""Papers 3-4: Derby (WeasyPrint landscape grid, colour), Cornwall (reportlab ruled/unruled, drawn ticks)."""
from html import escape as e

from common import (DEADLINES, DELIVERABLES, DL_LONG, DL_SHORT, EXTERNAL, LIKES, LIKE_WORDS,
                    MILESTONES, NEXT, PREVENT, QUESTIONS, RATINGS, RATING_WORDS, REQS,
                    REQ_HEAD_1, REQ_HEAD_2, Return)

Q = QUESTIONS

# ---------------------------------------------------------------- 3 Derby
DERBY = Return(
    "Derby", "2011-03", "2011-04-08",
    {1: ["Y", "Y", "VL"],
     2: ["Y", "Y", "FL"],
     3: ["Y", ("N", "Whole-system monitoring of the reablement shift agreed with NHS Derby City but reporting not yet live.", "June 2011"), "FU"],
     4: ["Y", "Y", "VL"],
     5: ["Y", "Y", "FL"]},
    "G G AG AG G AG  G AG AG G AR AG",
    risks=[
        (2, "Pace of reviews slows as teams absorb budget reductions", "Review activity prioritised in the 2011/12 service plan"),
        (3, "Cashable savings cannot be evidenced across health and social care", "Joint benefits-tracking tool to be in place by June 2011"),
    ],
)
DERBY_FACTS = [
    ("personal_budget_spend_gbp", 14200000, "\u00a314.2 million was spent through personal budgets in 2010/11"),
    ("cashable_savings_percent", 4.1, "adult social care delivered cashable savings of 4.1% of its net budget"),
    ("people_with_personal_budget", 2870, "2,870 people were receiving a personal budget at 31 March 2011"),
]
RAG_FILL = {"red": "#e2231a", "amber_red": "#f39200", "amber_green": "#c8d400", "green": "#2e9a3f"}
LIKE_FILL = "#5b7fa6"


def build_derby_html(path):
    rows = []
    for m in range(1, 6):
        c1 = DERBY.cell(m, "2010-04") or {}
        c2 = DERBY.cell(m, "2010-10") or {}
        c3 = DERBY.cell(m, "2011-04") or {}
        notes = []
        for d, c in (("Apr 10", c1), ("Oct 10", c2)):
            if c.get("reason_not_achieved"):
                notes.append(f'{d}: {e(c["reason_not_achieved"])}')
        whens = [f'{d}: {e(c["when_to_be_achieved"])}' for d, c in (("Oct 10", c2),) if c.get("when_to_be_achieved")]
        lk = "".join(f'<td class="lk" style="background:{LIKE_FILL if c3.get("likelihood") == k else "#fff"}"></td>' for k in LIKES)
        rows.append(f'<tr><td class="num">{m}</td><td class="ttl">{e(MILESTONES[m].replace(" and ", " & "))}</td>'
                    f'<td class="yn">{c1.get("achieved") or ""}</td><td class="yn">{c2.get("achieved") or ""}</td>{lk}'
                    f'<td class="nt">{"<br>".join(notes)}</td><td class="nt">{"<br>".join(whens)}</td></tr>')
    req = []
    for head, rng in ((REQ_HEAD_1, range(0, 6)), (REQ_HEAD_2, range(6, 12))):
        req.append(f'<tr><th colspan="2" class="sub">{e(head)}</th></tr>')
        for i in rng:
            rid, text = REQS[i]
            req.append(f'<tr><td>{e(text)}</td><td class="rag" style="background:{RAG_FILL[DERBY.reqs[rid]]}"></td></tr>')
    key = "".join(f'<span class="sw" style="background:{RAG_FILL[r]}"></span>{RATING_WORDS[r]} &nbsp; ' for r in RATINGS)
    other = [("Carers' breaks - additional 400 short breaks commissioned", "green"),
             ("Learning disability day services modernisation", "amber_red"),
             ("Extra care housing - Bretton Court scheme", "red"),
             ("Telecare - 1,000 new installations", "amber_green")]
    otherrows = "".join(f'<tr><td>{e(t)}</td><td class="rag" style="background:{RAG_FILL[r]}"></td></tr>' for t, r in other)
    risks = "".join(f'<tr><td class="c">{m}</td><td>{e(r)}</td><td>{e(x)}</td></tr>' for m, r, x in DERBY.risks)
    css = f"""
@page {{ size: A4 landscape; margin: 14mm 14mm 16mm 14mm;
  @top-right {{ content: "Derby City Council - Adults, Health and Housing Commission"; font-size: 8pt; color:#555 }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt }} }}
@page :first {{ size: A4 portrait; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt }}
h1 {{ font-size: 15pt; color:#00467f }} h2 {{ font-size: 11.5pt; color:#00467f; margin-top: 14pt }}
table {{ border-collapse: collapse; width: 100% }}
td, th {{ border: 0.6pt solid #6d6e71; padding: 3pt 4pt; vertical-align: top }}
th {{ background: #dfe6ee; font-size: 8.5pt }}
.num {{ width: 3%; text-align:center; font-weight: bold }}
.ttl {{ width: 22% }}
.yn {{ width: 6%; text-align: center; font-weight: bold; font-size: 11pt }}
.lk {{ width: 6% }}
.nt {{ font-size: 8pt; width: 19% }}
.rag {{ width: 12% }}
.sub {{ text-align: left }}
.sw {{ display:inline-block; width: 14pt; height: 9pt; border: 0.5pt solid #333; margin-right: 3pt; vertical-align: middle }}
.land {{ page: land; break-before: page }}
@page land {{ size: A4 landscape }}
.port {{ page: port; break-before: page }}
@page port {{ size: A4 portrait }}
.c {{ text-align:center }}
.meta td {{ border: none; padding: 2pt 8pt 2pt 0 }}
"""
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Derby - PPF final milestone position</title><style>{css}</style></head><body>
<h1>Adults, Health and Housing Commission<br>26 April 2011</h1>
<table class="meta"><tr><td><strong>Report of the Strategic Director of Adults, Health and Housing</strong></td></tr>
<tr><td>ITEM 8 &ndash; Personalisation: final Putting People First milestone position</td></tr></table>
<h2>Summary</h2>
<p>1.1 The Putting People First programme ends in April 2011. This report presents the council&rsquo;s last self-assessment against the national milestones, for the position at the end of March 2011, which was completed on 8 April 2011 and shared with the East Midlands Joint Improvement Partnership.</p>
<p>1.2 2,870 people were receiving a personal budget at 31 March 2011, and &pound;14.2 million was spent through personal budgets in 2010/11. In the same year adult social care delivered cashable savings of 4.1% of its net budget, above the 3% expected of all councils.</p>
<p>1.3 One October 2010 milestone (monitoring the shift to prevention across the whole system) is still outstanding; the revised date is June 2011.</p>
<h2>Recommendation</h2>
<p>2.1 To note the final milestone position and the ratings for the underpinning requirements.</p>
<h2>Implications</h2>
<p>Financial and value for money: none arising directly. Legal: none. Personnel: none. Equalities impact: the programme has an equality impact assessment (reviewed January 2011).</p>
<div class="land">
<h2>Appendix 1 &ndash; Putting People First milestones: position at March 2011</h2>
<p>Council: Derby City Council &nbsp;&nbsp; Completed: 8 April 2011 &nbsp;&nbsp; Completed by: Personalisation Programme Office</p>
<table>
<tr><th rowspan="2">No.</th><th rowspan="2">Milestone</th><th>April 2010</th><th>October 2010</th><th colspan="4">April 2011 &ndash; how likely are we to achieve this milestone by this date?</th><th rowspan="2">Reason if not achieved</th><th rowspan="2">When to be achieved</th></tr>
<tr><th>Achieved Y/N</th><th>Achieved Y/N</th><th>Very likely</th><th>Fairly likely</th><th>Fairly unlikely</th><th>Very unlikely</th></tr>
{''.join(rows)}
</table>
<p style="font-size:8pt">The option chosen for April 2011 is shown by the shaded cell.</p>
<h2>Key risks and mitigating actions</h2>
<table><tr><th>Milestone</th><th>Key risk</th><th>Mitigating action</th></tr>{risks}</table>
</div>
<div class="port">
<h2>Appendix 2 &ndash; Underpinning requirements (March 2011)</h2>
<p>Key: {key}</p>
<table>{''.join(req)}</table>
<h2>Appendix 3 &ndash; Other adult social care priorities 2010/11 (for information)</h2>
<p>Key: {key}</p>
<table><tr><th>Priority</th><th>Status</th></tr>{otherrows}</table>
</div>
</body></html>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return DERBY, DERBY_FACTS


# ---------------------------------------------------------------- 4 Cornwall
CORNWALL = Return(
    "Cornwall", "2009-12", "2010-01-15",
    {1: ["VL", "FL", "FL"],
     2: ["FL", "FL", "FU"],
     3: ["FL", "FU", "FU"],
     4: ["VL", "FL", "FL"],
     5: ["FL", "FL", "FU"]},
    "AG AR AG G AG AG  AR AR R AG R AR",
    answers=[
        (1, Q[1][0], "Partly. The Cornwall Users and Carers Forum is involved, but engagement in West Cornwall needs strengthening."),
        (1, Q[1][1], "The Personalisation Board includes one carer representative; a user representative is being recruited."),
        (1, Q[1][2], "Discussions are under way with Disability Cornwall about developing a user-led organisation."),
        (1, PREVENT, "Geography and rurality make engagement costly."),
        (2, Q[2][0], "Yes, in the Kerrier and Restormel pilot areas."),
        (2, Q[2][2], "Pilot. County-wide roll-out for new customers from April 2010."),
        (2, NEXT, "Train all assessment staff in the resource allocation system by March 2010."),
        (2, EXTERNAL, "Support from the South West JIP on the resource allocation system."),
        (3, Q[3][0], "A draft Prevention Strategy is out for consultation until February 2010."),
        (3, Q[3][1], "Yes, NHS Cornwall and Isles of Scilly."),
        (4, Q[4][0], "Not yet. An information and advice strategy is being drafted."),
        (4, Q[4][2], "March 2010"),
        (5, Q[5][1], "Yes, through the Joint Commissioning Board with the PCT."),
        (5, NEXT, "Refresh the JSNA-based commissioning plan for older people."),
    ],
    risks=[
        (2, "Financial systems cannot yet support personal budgets", "New payment module to be procured by March 2010"),
        (3, "Lack of a shared investment plan with health", "Joint Commissioning Board to agree investment principles"),
        (5, "Thin provider market in rural areas", "Micro-provider development project with Cornwall Rural Community Charity"),
    ],
)
CORNWALL_FACTS = [
    ("people_with_personal_budget", 420, "420 people had a personal budget at 31 December 2009"),
    ("reviews_planned", 2900, "a further 2,900 reviews are planned before March 2011"),
]


def build_cornwall_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    class Tick(Flowable):
        """A tick drawn with two strokes, as a hand-made form would have it."""
        def __init__(self, size=9):
            super().__init__()
            self.size = size
            self.width = self.height = size

        def draw(self):
            c = self.canv
            s = self.size
            c.setLineWidth(1.4)
            c.setStrokeColor(colors.black)
            p = c.beginPath()
            p.moveTo(0, s * 0.45)
            p.lineTo(s * 0.38, 0)
            p.lineTo(s, s)
            c.drawPath(p, stroke=1, fill=0)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=5)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9, spaceAfter=0)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10, spaceAfter=0)
    bold = ParagraphStyle("bd", parent=cell, fontName="Helvetica-Bold")
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    ctr = ParagraphStyle("ct", parent=h2, alignment=TA_CENTER)
    P = lambda t, s=cell: Paragraph(t, s)

    story = []
    story.append(P("Cornwall Council", h1))
    story.append(P("Health and Adult Social Care Overview and Scrutiny Committee &ndash; 9 February 2010", h2))
    story.append(P("Agenda item 11: Transforming Social Care &ndash; first quarterly self-assessment against the Putting People First milestones", h2))
    meta = Table([[P("Report of:", bold), P("Corporate Director, Adult Care and Support", cell)],
                  [P("Portfolio holder:", bold), P("Cabinet Member for Adult Care", cell)],
                  [P("Wards affected:", bold), P("All", cell)]], colWidths=[35 * mm, 120 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [meta, Spacer(1, 6)]
    for t in [
        "1. <b>Purpose.</b> To present the council&rsquo;s first quarterly return on the milestones agreed nationally by the Department of Health, ADASS and the LGA, covering progress to the end of December 2009. Because none of the milestone dates has yet passed, the return records how likely the council is to meet each one.",
        "2. <b>Progress.</b> 420 people had a personal budget at 31 December 2009, most of them in the two pilot areas. Roll-out to all new customers begins in April 2010, and a further 2,900 reviews are planned before March 2011. The South West regional average reported by the JIP survey was 6% of eligible people.",
        "3. <b>Areas of concern.</b> Financial systems and business cases are rated Red. The Committee is asked to note the mitigating actions set out in the return.",
    ]:
        story.append(P(t, body))
    story.append(P("Programme risk register (top risks)", h2))
    rr = [["Risk", "Likelihood", "Impact", "Rating"],
          ["Budget pressures delay investment in prevention", "Likely (4)", "Major (4)", "16"],
          ["Resource allocation system not validated in time", "Possible (3)", "Moderate (3)", "9"],
          ["Staff resistance to new ways of working", "Unlikely (2)", "Moderate (3)", "6"]]
    t = Table([[P(c, cell) for c in r] for r in rr], colWidths=[85 * mm, 28 * mm, 28 * mm, 20 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
    story.append(t)
    story.append(P("Underpinning requirements &ndash; summary of ratings", h2))
    req = []
    for head, rng in ((REQ_HEAD_1, range(0, 6)), (REQ_HEAD_2, range(6, 12))):
        req.append([P(head, bold), P("Rating", bold)])
        for i in rng:
            rid, text = REQS[i]
            req.append([P(text, cell), P(RATING_WORDS[CORNWALL.reqs[rid]], cell)])
    t = Table(req, colWidths=[130 * mm, 30 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEBELOW", (0, 7), (-1, 7), 0.5, colors.black)]))
    story.append(t)
    story.append(PageBreak())
    story.append(P("Appendix A", h2))
    story.append(P("December 2009<br/>Progress with Putting People First milestones", ctr))
    story.append(P("Council: Cornwall Council &nbsp;&nbsp;&nbsp; Date Completed: 15th January 2010", body))

    W = [40 * mm] + [31 * mm, 13 * mm] * 3
    for m in range(1, 6):
        data = [[P(f"<b>Milestone {m}:</b>"), P(f"<b>{MILESTONES[m]}</b>"), "", "", "", "", ""],
                [P("<b>Key Dates and Deliverables:</b>")] + sum([[P(f"<b>{DL_LONG[d]}</b>"), ""] for d in DEADLINES], []),
                [""] + sum([[P(t, small), ""] for t in DELIVERABLES[m]], [])]
        first = True
        for k in LIKES:
            row = [P("<b>How likely are we to achieve this milestone by this date?</b>") if first else ""]
            first = False
            for d in DEADLINES:
                c = CORNWALL.cell(m, d) or {}
                row += [P(LIKE_WORDS[k]), Tick() if c.get("likelihood") == k else ""]
            data.append(row)
        nq = 0
        for q in Q[m]:
            a = CORNWALL.answer(m, q)
            data.append([P("<b>Key Questions:</b>") if nq == 0 else "", P("&bull; " + q), "", "", P(a), "", ""])
            nq += 1
        rk = CORNWALL.risks_for(m) or [("", "")]
        for r, x in rk:
            data.append([P("<b>Key Risks and Mitigating Actions:</b>"), P("Key Risks; " + r), "", "", P("Mitigating Actions; " + x), "", ""])
        t = Table(data, colWidths=W, repeatRows=1)
        st = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("SPAN", (1, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
              ("ALIGN", (2, 3), (2, 6), "CENTER"), ("ALIGN", (4, 3), (4, 6), "CENTER"), ("ALIGN", (6, 3), (6, 6), "CENTER"),
              ("VALIGN", (2, 3), (-1, 6), "MIDDLE"),
              ("SPAN", (0, 3), (0, 6))]
        for r in (1, 2):
            st += [("SPAN", (1, r), (2, r)), ("SPAN", (3, r), (4, r)), ("SPAN", (5, r), (6, r))]
        for r in range(7, len(data)):
            st += [("SPAN", (1, r), (3, r)), ("SPAN", (4, r), (6, r))]
        if nq > 1:
            st.append(("SPAN", (0, 7), (0, 6 + nq)))
        t.setStyle(TableStyle(st))
        story += [t, Spacer(1, 10)]

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 287 * mm, "Cornwall Council  |  HASC OSC  |  9 February 2010")
        c.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
        c.drawString(18 * mm, 10 * mm, "www.cornwall.gov.uk")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title="Transforming Social Care - PPF milestones Q3 2009/10",
                            author="Adult Care and Support")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return CORNWALL, CORNWALL_FACTS
