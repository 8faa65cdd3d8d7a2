"""Cabinet papers on other subjects whose tables look like a return's: risk registers with
likelihood words, RAG performance tables, Y/N columns, other projects' milestones, and the
dates April 2011 and October 2010. Their gold has no cells, ratings, answers, risks or facts.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Block, Doc, Heading, Para, Table, c, cm

RAG = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}


@dataclass
class Distractor:
    stem: str
    short: str
    fmt: str  # docx | html | rl-pdf | lo-pdf | doc
    style: str
    doc: Doc


def _cover(full: str, subject: str, date: str) -> list[Block]:
    return [Para(full.upper(), True), Para("REPORT TO: Cabinet"), Para(f"DATE: {date}"),
            Para(f"SUBJECT: {subject}"), Para("WARDS AFFECTED: All")]


def risk_register(full: str) -> Doc:
    rows = [[c(h, bold=True) for h in ("Ref", "Risk", "Owner", "Likelihood", "Impact",
                                       "Review date")]]
    for i, (risk, lik, imp, when) in enumerate((
        ("Loss of specific grant funding", "Fairly likely", "High", "April 2011"),
        ("Failure of a major care provider", "Very unlikely", "High", "October 2010"),
        ("Data breach in the customer contact centre", "Fairly unlikely", "Medium",
         "April 2011"),
        ("Severe winter weather disrupting services", "Very likely", "Medium", "October 2010"),
        ("Delay to the ICT infrastructure refresh", "Fairly likely", "Low", "Apr-11"),
    ), start=1):
        rows.append([c(f"CR{i:02d}"), c(risk), c("Chief Executive"), c(lik), c(imp), c(when)])
    blocks = _cover(full, "Corporate Risk Register \u2013 Quarter 2 2010/11", "9 November 2010")
    blocks += [Heading("1. Purpose", 2),
               Para("To present the updated corporate risk register for review by Cabinet."),
               Table(rows, [0.6, 3, 1.4, 1.2, 1, 1.2], 1),
               Para("Risks are scored on likelihood and impact; the review dates are set by "
                    "the risk owners.")]
    return Doc(blocks, "Corporate Risk Register")


def rag_performance(full: str) -> Doc:
    rows = [[c(h, bold=True) for h in ("Indicator", "Target", "Outturn", "Status", "Red",
                                       "Amber", "Green")]]
    for name, target, out, status in (
        ("NI 130 Social care clients receiving self directed support", "Improve",
         "On track", "Green"),
        ("NI 132 Timeliness of social care assessment", "Improve", "Below target", "Amber"),
        ("NI 135 Carers receiving needs assessment or review", "Improve", "Below target",
         "Red"),
        ("Delayed transfers of care", "Reduce", "On track", "Green"),
    ):
        rows.append([c(name), c(target), c(out), c(status),
                     *(c("", fill=RAG[k] if k == status else None) for k in RAG)])
    blocks = _cover(full, "Quarterly performance report \u2013 Adult Services",
                    "14 December 2010")
    blocks += [Para("The table shows each indicator's RAG status at the end of quarter 2."),
               Table(rows, [3.5, 1, 1.2, 0.9, 0.5, 0.5, 0.5], 1)]
    return Doc(blocks, "Performance report")


def capital_yn(full: str) -> Doc:
    rows = [[c(h, bold=True) for h in ("Scheme", "Approved Y/N", "Start", "Complete",
                                       "External funding? Y/N")]]
    for scheme, yn, start, end, ext in (
        ("Extra care housing, phase 2", "Y", "April 2011", "March 2013", "Y"),
        ("Day centre refurbishment", "N", "October 2010", "April 2011", "N"),
        ("Telecare equipment", "Y", "Apr-10", "Oct-10", "Y"),
        ("Library self-service kiosks", "Y", "October 2010", "April 2011", "N"),
    ):
        rows.append([c(scheme), c(yn), c(start), c(end), c(ext)])
    blocks = _cover(full, "Capital Programme 2010/11 to 2012/13 \u2013 update",
                    "18 October 2010")
    blocks += [Heading("Capital schemes", 2), Table(rows, [3, 1, 1.2, 1.2, 1.3], 1),
               Para("Does the External Funding have an expiry date? Y/N"),
               Para("Members are asked to approve the revised programme.")]
    return Doc(blocks, "Capital programme")


def highways(full: str) -> Doc:
    rows = [[c(h, bold=True) for h in ("Scheme", "Programmed", "Achieved", "Likelihood of "
                                       "completion by April 2011")]]
    for scheme, when, done, lik in (
        ("A-road resurfacing, town centre", "October 2010", "Y", ""),
        ("Footway reconstruction, Mill Lane", "October 2010", "N", "Very likely"),
        ("Junction improvement, Station Road", "April 2011", "", "Fairly likely"),
        ("Bridge strengthening, River Walk", "April 2011", "", "Fairly unlikely"),
    ):
        rows.append([c(scheme), c(when), c(done), c(lik)])
    blocks = _cover(full, "Highways Capital Maintenance Programme 2010/11", "2 November 2010")
    blocks += [Para("Progress with the programme agreed in April 2010 is shown below."),
               Table(rows, [3, 1.3, 1, 1.8], 1)]
    return Doc(blocks, "Highways programme", landscape=True)


def budget_monitoring(full: str) -> Doc:
    rows = [[c(h, bold=True) for h in ("Service", "Budget \u00a3000", "Forecast \u00a3000",
                                       "Variance \u00a3000", "Red", "Amber", "Green")]]
    for service, b, f, status in (
        ("Adult Social Care", "62,410", "63,150", "Red"),
        ("Children's Services", "48,900", "49,020", "Amber"),
        ("Environment", "21,300", "21,180", "Green"),
        ("Corporate Services", "15,750", "15,700", "Green"),
    ):
        var = f"{int(f.replace(',', '')) - int(b.replace(',', '')):,}"
        rows.append([c(service), c(b), c(f), c(var),
                     *(cm(k == status) for k in RAG)])
    blocks = _cover(full, "Revenue Budget Monitoring 2010/11 \u2013 Month 7 (October 2010)",
                    "23 November 2010")
    blocks += [Para("This report sets out the forecast outturn for 2010/11 based on spending "
                    "to October 2010. A further report will be made in April 2011."),
               Table(rows, [2.5, 1.2, 1.2, 1.2, 0.5, 0.5, 0.5], 1)]
    return Doc(blocks, "Budget monitoring")


def waste_milestones(full: str) -> Doc:
    blocks = _cover(full, "Waste Strategy \u2013 delivery milestones", "7 December 2010")
    for i, name in enumerate(("Procurement of the residual waste contract",
                              "Household waste recycling centre improvements",
                              "Food waste collection roll-out"), start=1):
        rows = [[c(f"Milestone {i}:", bold=True), c(name, 6, True)],
                [c("Key dates:")] + [c(x, 2) for x in ("April 2010", "October 2010",
                                                       "April 2011")],
                [c("Progress")] + [x for _ in range(3) for x in (c("Achieved"), cm(i != 3))],
                [c("")] + [x for _ in range(3) for x in (c("Very likely"), cm(i == 3))]]
        blocks += [Table(rows, [1.5, 1.2, 0.5, 1.2, 0.5, 1.2, 0.5]), Para("")]
    return Doc(blocks, "Waste strategy milestones", landscape=True)


def supplier_evaluation(full: str) -> Doc:
    rows = [[c(h, bold=True) for h in ("Criterion", "Option", "Tick")]]
    for crit, opts, pick in (
        ("Likelihood of mobilisation by April 2011", ("Very likely", "Fairly likely",
                                                     "Fairly unlikely", "Very unlikely"), 1),
        ("Financial standing", ("Green", "Amber", "Red"), 0),
    ):
        for k, opt in enumerate(opts):
            rows.append([c(crit if k == 0 else ""), c(opt), cm(k == pick)])
    blocks = _cover(full, "Housing repairs contract \u2013 tender evaluation",
                    "12 October 2010")
    blocks += [Para("The evaluation panel's assessment of the preferred bidder:"),
               Table(rows, [3, 2, 0.6], 1)]
    return Doc(blocks, "Tender evaluation")


def improvement_plan(full: str) -> Doc:
    rows = [[c(h, bold=True) for h in ("Action", "Deadline", "Status")]]
    for action, when, status in (
        ("Recruit permanent team managers", "October 2010", "Achieved"),
        ("Implement the new case management system", "October 2010",
         "Not achieved \u2013 now fairly likely by January 2011"),
        ("Complete the audit of child protection plans", "April 2011", "Very likely"),
        ("Publish the workforce strategy", "April 2011", "Fairly unlikely"),
    ):
        rows.append([c(action), c(when), c(status)])
    blocks = _cover(full, "Children's Services Improvement Plan \u2013 progress",
                    "20 September 2010")
    blocks += [Para("Progress against the improvement notice actions:"),
               Table(rows, [3, 1.2, 2.2], 1)]
    return Doc(blocks, "Improvement plan")


def scrutiny_programme(full: str) -> Doc:
    rows = [[c(h, bold=True) for h in ("Item", "Meeting", "Report received? Y/N")]]
    for item, when, yn in (
        ("Library service review", "October 2010", "Y"),
        ("Adult social care charging policy", "October 2010", "Y"),
        ("Transforming adult social care: update", "April 2011", "N"),
        ("Flood risk management", "April 2011", "N"),
    ):
        rows.append([c(item), c(when), c(yn)])
    blocks = _cover(full, "Overview and Scrutiny work programme 2010/11", "28 September 2010")
    blocks += [Para("The committee's work programme for the rest of the municipal year."),
               Table(rows, [3, 1.4, 1.4], 1)]
    return Doc(blocks, "Scrutiny work programme")


BUILDERS = (
    ("risk-register", risk_register, "docx", "X"),
    ("performance-rag", rag_performance, "html", "bgcolor"),
    ("capital-programme", capital_yn, "lo-pdf", "X"),
    ("highways-programme", highways, "html", "X"),
    ("budget-monitoring", budget_monitoring, "rl-pdf", "rect"),
    ("waste-milestones", waste_milestones, "rl-pdf", "zapf"),
    ("tender-evaluation", supplier_evaluation, "doc", "2714"),
    ("childrens-improvement-plan", improvement_plan, "docx", "X"),
    ("scrutiny-work-programme", scrutiny_programme, "html", "X"),
    ("adults-risk-register", risk_register, "rl-pdf", "X"),
)
