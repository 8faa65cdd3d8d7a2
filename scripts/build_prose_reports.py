"""Build prose reports and committee minutes whose figures are gold ``facts``.

Writes 14 documents to ``corpus/`` and their gold records to ``gold/`` (same stems):
covering reports to cabinet and scrutiny (Word, PDF, HTML) and modern.gov-style minutes
pages (HTML) for invented papers of English councils, December 2009 to March 2011. Each
paper has several paragraphs of officer prose stating 2-5 figures of the spec's fact
kinds in varied phrasing, next to distractors that are not facts: targets, offers,
grants and budget pools, completed (not planned) reviews, percentage increases, dates,
phone numbers, report references, page numbers and small statistics tables. Two minutes
pages state no fact-kind figures at all.

The figures are drawn from a seeded RNG (one stream per document, so editing one paper
does not move the others). Gold is written from the values this script renders: every
fact is recorded by ``Draft.fact`` together with the clause that states it, and the script
checks that each clause occurs verbatim in the paper's text. Nothing here imports the
extraction pipeline.

Run: ``.venv/bin/python scripts/build_prose_reports.py``
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from docx_save import save_deterministic

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
SEED = 20101231

PEOPLE = "people_with_personal_budget"
PERCENT = "percent_with_personal_budget"
USERS = "service_users_total"
REVIEWS = "reviews_planned"
SPEND = "personal_budget_spend_gbp"
CASHABLE = "cashable_savings_percent"

# ---------------------------------------------------------------------------
# Numbers as an officer writes them

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}


def words(n: int) -> str:
    """British English number words: 340 -> 'three hundred and forty'."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + (f"-{_ONES[o]}" if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return f"{_ONES[h]} hundred" + (f" and {words(r)}" if r else "")
    th, r = divmod(n, 1000)
    out = f"{words(th)} thousand"
    if r:
        out += (" and " if r < 100 else " ") + words(r)
    return out


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def n(value: int) -> str:
    """1245 -> '1,245'."""
    return f"{value:,}"


def pct(part: int, whole: int) -> tuple[float | int, str]:
    """A percentage to one decimal place, as (value, text without the % sign)."""
    value = round(100 * part / whole, 1)
    text = f"{value:.1f}"
    if text.endswith(".0"):
        return int(value), text[:-2]
    return float(text), text


def millions(rng: random.Random, lo: float, hi: float) -> tuple[int, str]:
    """'£4.3m' and its value in pounds."""
    tenths = rng.randint(round(lo * 10), round(hi * 10))
    if tenths % 10 == 0:
        tenths += 1
    return tenths * 100_000, f"£{tenths // 10}.{tenths % 10}m"


def millions_long(rng: random.Random, lo: float, hi: float) -> tuple[int, str]:
    """'£1.28 million' and its value in pounds."""
    hundredths = rng.randint(round(lo * 100), round(hi * 100))
    if hundredths % 10 == 0:
        hundredths += 3
    return hundredths * 10_000, f"£{hundredths // 100}.{hundredths % 100:02d} million"


def millions_short2(rng: random.Random, lo: float, hi: float) -> tuple[int, str]:
    """'£2.79m' and its value in pounds."""
    hundredths = rng.randint(round(lo * 100), round(hi * 100))
    if hundredths % 10 == 0:
        hundredths += 7
    return hundredths * 10_000, f"£{hundredths // 100}.{hundredths % 100:02d}m"


def thousands(rng: random.Random, lo: int, hi: int) -> tuple[int, str]:
    """'£681,000' and its value in pounds."""
    value = rng.randint(lo // 1000, hi // 1000) * 1000
    return value, f"£{value:,}"


def split_total(rng: random.Random, total: int, shares: list[float]) -> list[int]:
    """Whole-number parts of ``total`` roughly in proportion to ``shares``."""
    parts = [max(1, round(total * s * rng.uniform(0.9, 1.1))) for s in shares[:-1]]
    parts.append(total - sum(parts))
    return parts


# ---------------------------------------------------------------------------
# A paper: front matter, blocks of text, and the facts recorded while writing it


@dataclass
class Paper:
    stem: str
    fmt: str  # "docx", "pdf", "html" (a report page) or "minutes" (a minutes page)
    council: str  # as printed
    short: str | None  # the spec's short name
    period: str | None
    title: str
    meta: list[tuple[str, str]]
    blocks: list[tuple] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    numbered: bool = False  # reports number their paragraphs 1.1, 1.2, ...
    footer: str = ""

    def fact(self, kind: str, value: float, clause: str) -> str:
        """Record a fact and give back its clause, to be written into the text."""
        self.facts.append({"kind": kind, "value": value, "text": clause})
        return clause

    def count_and_share(self, people: int, share: float, clause: str) -> str:
        """One clause giving both the number of people and the percentage."""
        self.fact(PEOPLE, people, clause)
        return self.fact(PERCENT, share, clause)

    def h(self, text: str) -> None:
        self.blocks.append(("h", text))

    def p(self, *sentences: str) -> None:
        self.blocks.append(("p", " ".join(sentences)))

    def ul(self, *items: str) -> None:
        self.blocks.append(("ul", list(items)))

    def table(self, caption: str, rows: list[list[str]]) -> None:
        self.blocks.append(("table", caption, rows))

    def plain_text(self) -> str:
        out: list[str] = []
        for block in self.blocks:
            if block[0] in ("h", "p"):
                out.append(block[1])
            elif block[0] == "ul":
                out.extend(block[1])
        return "\n".join(out)


# ---------------------------------------------------------------------------
# The papers (Word)


def stockport(rng: random.Random) -> Paper:
    eligible = rng.randint(6200, 7400)
    people = rng.randint(1150, 1450)
    pv, pt = pct(people, eligible)
    spend, spend_t = millions(rng, 2.2, 3.4)
    grant, grant_t = millions(rng, 1.8, 2.6)
    pool, pool_t = millions(rng, 5.5, 7.5)
    rise = rng.randint(18, 31)
    p = Paper(
        "stockport-2010-11-09-prose-report", "docx",
        "Stockport Metropolitan Borough Council", "Stockport", "2010-09",
        "Transforming Adult Social Care: Putting People First progress, Quarter 2 2010/11",
        [("Report to", "The Executive"), ("Date of meeting", "9 November 2010"),
         ("Report of", "Corporate Director, Adults and Communities"),
         ("Report reference", "EXE/10/118"), ("Key decision", "No")],
        numbered=True, footer="Report EXE/10/118")
    p.h("Purpose of report")
    p.p("To update the Executive on progress against the Putting People First milestones "
        "for the quarter ending 30 September 2010, as submitted to the Department of Health "
        "on 29 October 2010.")
    p.h("Background")
    p.p("Putting People First (December 2007) set out a shared ambition for adult social "
        "care. The milestones agreed nationally in 2009 require councils to have at least "
        "30% of eligible service users and carers receiving a personal budget by April 2011.")
    p.p(f"Stockport received a Social Care Reform Grant of {grant_t} for 2010/11, the "
        "final year of the grant, to support the transformation programme.")
    p.h("Progress in the quarter")
    p.p("Self-directed support has been the default route for all new referrals since "
        "April 2010. As at 30 September 2010, "
        + p.count_and_share(people, pv, f"{n(people)} people ({pt}% of eligible users) "
                            "now have a personal budget")
        + f", an increase of {rise}% since the end of March.")
    p.p("Spending through personal budgets continues to grow as existing service users are "
        "reviewed and move across from commissioned services: "
        + p.fact(SPEND, spend, f"{spend_t} has been spent through personal budgets in the "
                 "first half of 2010/11")
        + ". Table 1 shows how personal budgets are spread across client groups.")
    groups = ["Older people", "Physical disability", "Learning disability", "Mental health"]
    parts = split_total(rng, people, [0.52, 0.18, 0.22, 0.08])
    rows = [["Client group", "People with a personal budget", "Share of total"]]
    for g, k in zip(groups, parts, strict=True):
        rows.append([g, n(k), f"{round(100 * k / people)}%"])
    rows.append(["Total", n(people), "100%"])
    p.table("Table 1: Personal budgets by client group, 30 September 2010", rows)
    p.h("Financial implications")
    p.p(f"The personal budget pool for 2010/11 is {pool_t}, held within the adult social "
        "care budget. There are no additional financial implications arising from this "
        "report.")
    p.p("Milestone 3 asks councils to show a minimum of 3% cashable savings by April 2011; "
        "progress on efficiency is reported to the Executive separately.")
    p.h("Recommendation")
    p.p("The Executive is asked to note the progress made in the second quarter of 2010/11.")
    p.p("Background papers: Putting People First milestone return, Quarter 2 2010/11. "
        "Contact officer: Helen Cartwright, Personalisation Programme Manager, "
        "tel. 0161 474 4512.")
    return p


def cumbria(rng: random.Random) -> Paper:
    users = rng.randint(84, 96) * 100
    dp = rng.randint(58, 70) * 10
    done = rng.randint(2000, 2400)
    further = rng.randint(40, 50) * 10
    cash = rng.randint(31, 38) / 10
    offered = rng.randint(91, 97)
    p = Paper(
        "cumbria-2011-01-13-prose-report", "docx",
        "Cumbria County Council", "Cumbria", "2010-12",
        "Putting People First: the December 2010 milestone return",
        [("Meeting", "Adults Scrutiny Panel"), ("Date", "13 January 2011"),
         ("Agenda item", "7"), ("Report by", "Director of Adult and Local Services")],
        numbered=True, footer="Adults Scrutiny Panel, 13 January 2011")
    p.h("Summary")
    p.p("This report presents Cumbria's Putting People First return for the period to "
        "31 December 2010 (Appendix 1, page 14) and highlights the main areas of progress "
        "and risk.")
    p.h("Progress")
    p.p(p.fact(USERS, users, f"The council currently supports {n(users)} people through "
               "adult social care")
        + ", across the six districts, in their own homes, in extra care housing and in "
        "residential settings.")
    p.p("Take-up of direct payments has been strongest among younger disabled adults. "
        + p.fact(PEOPLE, dp, f"Some {n(dp)} service users are now receiving a direct "
                 "payment")
        + f". Of the new service users assessed since October, {offered}% were offered a "
        "personal budget at the point of assessment.")
    p.p(f"Reviews have now been completed for {n(done)} people since April; "
        + p.fact(REVIEWS, further, f"a further {further} reviews are scheduled before the "
                 "end of March")
        + ".")
    p.p("Key achievements in the quarter included:")
    p.ul("the launch of the Cumbria Care Directory in October 2010;",
         "a support planning and brokerage service run by user-led organisations in "
         "Carlisle and Barrow;",
         "a new reablement service in South Lakeland.")
    p.h("Efficiency")
    p.p("Milestone 3 requires councils to demonstrate a minimum of 3% cashable savings "
        "by April 2011. Through the reablement service and the retendering of home care, "
        + p.fact(CASHABLE, cash, f"cashable savings of {cash}% have been delivered")
        + " against the 2010/11 adult social care budget.")
    p.h("Recommendation")
    p.p("That the Panel notes the return and the progress made.")
    p.p("Contact: Mark Fellows, Head of Transformation, 01228 226860.")
    return p


def sutton(rng: random.Random) -> Paper:
    people = rng.randint(2150, 2450)
    share = rng.randint(33, 38)
    spend, spend_t = millions_long(rng, 9.5, 12.5)
    pool, pool_t = millions(rng, 4.6, 5.8)
    carers = rng.randint(1800, 2100)
    offered = rng.randint(95, 99)
    p = Paper(
        "sutton-2011-06-06-prose-report", "docx",
        "London Borough of Sutton", "Sutton", "2011-03",
        "Putting People First: year-end position, March 2011",
        [("Committee", "The Executive"), ("Date", "6 June 2011"),
         ("Report of", "Strategic Director of Adult Social Services and Housing"),
         ("Ward", "All"), ("Reference", "SUT/ASC/11/09")],
        numbered=True, footer="Agenda item 11")
    p.h("Introduction")
    p.p("The Putting People First programme ended on 31 March 2011. This report sets out "
        "Sutton's final position against the milestones at that date and the arrangements "
        "for continuing the personalisation of adult social care in 2011/12.")
    p.h("Position at 31 March 2011")
    p.p("Over the year "
        + p.fact(PEOPLE, people, f"the number of people using a personal budget has risen "
                 f"to {n(people)}")
        + ". "
        + p.fact(PERCENT, share, f"{share} per cent of eligible service users now hold a "
                 "personal budget")
        + ", comfortably above the national milestone of 30 per cent.")
    p.p("Headline figures for 2010/11:")
    p.ul(p.fact(SPEND, spend, f"spend on personal budgets reached {spend_t}"),
         f"{n(carers)} carers' assessments completed",
         f"{offered}% of new service users offered self-directed support at first contact")
    p.h("Next steps")
    # the council's own aim is a plan, and a plan is a fact (issue 14)
    p.p(f"For 2011/12 the personal budget pool is {pool_t}. "
        + p.fact(PERCENT, 40, "We aim to reach 40% of eligible service users by April 2012, "
                 "with all existing service users reviewed by the end of the year")
        + ".")
    p.h("Recommendation")
    p.p("The Executive is asked to note the year-end position.")
    p.p("Report author: Sarah Okafor, Personalisation Lead, 020 8770 4567.")
    return p


def bury(rng: random.Random) -> Paper:
    users = rng.randint(4600, 5100)
    people = 340
    eligible = rng.randint(2700, 3200)
    pv, pt = pct(people, eligible)
    grant, grant_t = millions(rng, 0.9, 1.3)
    q1 = rng.randint(180, 240)
    spend, spend_t = thousands(rng, 610_000, 760_000)
    rise = round(100 * (people - q1) / q1)
    p = Paper(
        "bury-2010-12-15-prose-report", "docx",
        "Bury Metropolitan Borough Council", "Bury", "2010-10",
        "Personalisation of adult care: progress to 31 October 2010",
        [("Meeting", "Health and Wellbeing Scrutiny Committee"),
         ("Date", "15 December 2010"), ("Title", "Personalisation progress report"),
         ("Report by", "Executive Director, Adult Care Services")],
        footer="Health and Wellbeing Scrutiny Committee")
    p.h("1. Purpose")
    p.p("To inform Members of progress in implementing self-directed support and personal "
        "budgets, and against the Putting People First milestones, to 31 October 2010.")
    p.h("2. Current position")
    p.p(p.fact(USERS, users, f"Bury Adult Care Services currently provides support to "
               f"{n(users)} adults and carers")
        + ". The department began offering personal budgets to new service users in "
        "February 2010 and to existing service users at review from June 2010.")
    p.p("By the end of October, "
        + p.fact(PEOPLE, people, "three hundred and forty people had been allocated a "
                 "personal budget")
        + " through the new resource allocation system, "
        + p.fact(PERCENT, pv, f"representing {pt}% of eligible adults")
        + f". This is a {rise}% increase on the position at the end of June.")
    p.p(p.fact(SPEND, spend, f"Spend on personal budgets in the first seven months of "
               f"2010/11 was {spend_t}")
        + ", most of it on direct payments for people with learning disabilities.")
    p.table("Table 1: Self-directed support activity, 2010/11",
            [["Measure", "Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "October"],
             ["Supported self-assessments", str(rng.randint(150, 220)),
              str(rng.randint(200, 280)), str(rng.randint(60, 100))],
             ["Personal budgets agreed in period", str(q1),
              str(rng.randint(60, 80)), str(rng.randint(20, 40))],
             ["Complaints about the process", str(rng.randint(1, 5)),
              str(rng.randint(1, 5)), "0"]])
    p.h("3. Resources")
    p.p(f"The Social Care Reform Grant of {grant_t} in 2010/11 funds the project team and "
        "the new brokerage service. The grant ends on 31 March 2011.")
    p.h("4. Recommendation")
    p.p("Members are asked to note the report and to receive a further update in "
        "March 2011.")
    p.p("Contact details: Karen Whitehead, tel. 0161 253 6010.")
    return p


# ---------------------------------------------------------------------------
# The papers (PDF)


def norfolk(rng: random.Random) -> Paper:
    eligible = rng.randint(14500, 16500)
    people = rng.randint(1900, 2300)
    pv, pt = pct(people, eligible)
    reviews = rng.randint(10, 13) * 100
    cash = rng.randint(18, 26) / 10
    p = Paper(
        "norfolk-2010-04-20-prose-report", "pdf",
        "Norfolk County Council", "Norfolk", "2010-03",
        "Transforming adult social care: Putting People First milestones, position at "
        "31 March 2010",
        [("Meeting", "Cabinet Scrutiny Committee"), ("Date", "20 April 2010"),
         ("Report by", "Director of Community Services"), ("Item", "9")],
        numbered=True, footer="Cabinet Scrutiny Committee, 20 April 2010")
    p.h("Summary")
    p.p("This report summarises the council's second Putting People First milestone "
        "return, covering the period to 31 March 2010, and describes the actions being "
        "taken where progress is behind plan.")
    p.h("Personal budgets")
    p.p(p.fact(PEOPLE, people, f"{n(people)} people now have a personal budget")
        + ", "
        + p.fact(PERCENT, pv, f"which is {pt}% of eligible service users")
        + ". Table 1 sets out the trajectory agreed with the Programme Board for reaching "
        "the national milestone.")
    p.table("Table 1: Trajectory for personal budgets (percentage of eligible users)",
            [["Quarter ending", "Trajectory", "Milestone"],
             ["June 2010", "15%", ""], ["September 2010", "19%", ""],
             ["December 2010", "24%", ""], ["March 2011", "30%", "30%"]])
    p.p("The reviewing teams are concentrating on people who have received traditional "
        "services for more than a year. "
        + p.fact(REVIEWS, reviews, f"Around {n(reviews)} people are due for review in the "
                 "first quarter of 2010/11")
        + ", each of whom will be offered a personal budget.")
    p.h("Efficiency")
    p.p(p.fact(CASHABLE, cash, f"The cashable savings delivered in 2009/10 amount to "
               f"{cash}% of the adult social care budget")
        + ", against a requirement of 3% by April 2011.")
    p.h("Action required")
    p.p("The Committee is asked to comment on the progress reported.")
    p.p("Officer contact: James Bacon, tel. 0344 800 8020, email "
        "james.bacon@norfolk.gov.uk.")
    return p


def derbyshire(rng: random.Random) -> Paper:
    users = rng.randint(14800, 15800)
    eligible = rng.randint(11200, 12400)
    people = rng.randint(1950, 2250)
    pv, pt = pct(people, eligible)
    spend, spend_t = thousands(rng, 1_700_000, 2_300_000)
    grant, grant_t = millions(rng, 3.1, 3.8)
    weekly = rng.randint(190, 240)
    rise = rng.randint(7, 12)
    p = Paper(
        "derbyshire-2010-07-27-prose-report", "pdf",
        "Derbyshire County Council", "Derbyshire", "2010-06",
        "Putting People First: quarter 1 2010/11 progress",
        [("Report to", "Cabinet"), ("Date", "27 July 2010"),
         ("Report of", "Strategic Director, Adult Care"), ("Reference", "CAB/AC/2010/31")],
        numbered=True, footer="CAB/AC/2010/31")
    p.h("Purpose of the report")
    p.p("To inform Cabinet of progress on the transformation of adult care at the end of "
        "the first quarter of 2010/11 (30 June 2010).")
    p.h("Information and analysis")
    p.p(p.fact(USERS, users, f"The council currently arranges care and support for "
               f"{n(users)} people")
        + ", of whom around a third live in residential or nursing care.")
    p.p(p.fact(PEOPLE, people, f"Personal budgets are now in place for {n(people)} people")
        + "; "
        + p.fact(PERCENT, pv, f"this equates to {pt} per cent of eligible service users")
        + f", an increase of {rise} per cent on the previous quarter. "
        # the council's own trajectory is a plan, and a plan is a fact (issue 14)
        + p.fact(PERCENT, 30, "The trajectory agreed by Cabinet is to reach 30% by April "
                 "2011") + ".")
    p.p(p.fact(SPEND, spend, f"Expenditure on personal budgets in the first quarter of "
               f"2010/11 was {spend_t}")
        + f". The average personal budget costs £{weekly} per week.")
    p.h("Financial considerations")
    p.p(f"The council's allocation of Social Care Reform Grant for 2010/11 is {grant_t}. "
        "Spending against the grant is on track.")
    p.h("Recommendation")
    p.p("That Cabinet notes the progress made.")
    p.p("Contact: Julie Vollor, 01629 532008.")
    return p


def warrington(rng: random.Random) -> Paper:
    eligible = rng.randint(3600, 4200)
    people = rng.randint(950, 1100)
    pv, pt = pct(people, eligible)
    spend, spend_t = millions_short2(rng, 2.4, 3.2)
    planned = rng.randint(34, 42) * 10
    p = Paper(
        "warrington-2011-02-14-prose-report", "pdf",
        "Warrington Borough Council", "Warrington", "2010-12",
        "Putting People First: progress at December 2010",
        [("Report to", "Executive Board"), ("Date", "14 February 2011"),
         ("Report of", "Executive Director, Communities and Wellbeing"),
         ("Report number", "EB/11/023")],
        numbered=True, footer="Executive Board 14 February 2011 - EB/11/023")
    p.h("Purpose")
    p.p("To report progress against the Putting People First milestones at the end of "
        "December 2010, the third quarter of 2010/11.")
    p.h("Progress")
    p.p(p.fact(PERCENT, pv, f"The proportion of eligible service users with a personal "
               f"budget stands at {pt}%")
        + ". "
        + p.fact(PEOPLE, people, f"{n(people)} people now hold a personal budget or direct "
                 "payment")
        + ", most of them older people living at home.")
    p.p("In the nine months to December, "
        + p.fact(SPEND, spend, f"spend on personal budgets reached {spend_t}")
        + ". The 30% target for April 2011 remains achievable.")
    p.table("Table 1: New personal budgets by month",
            [["Month", "New personal budgets", "Reviews completed"],
             ["October 2010", str(rng.randint(60, 90)), str(rng.randint(100, 140))],
             ["November 2010", str(rng.randint(60, 90)), str(rng.randint(100, 140))],
             ["December 2010", str(rng.randint(40, 70)), str(rng.randint(70, 110))]])
    p.p(p.fact(REVIEWS, planned, f"The reviewing team plans to complete {planned} reviews "
               "between January and March")
        + ", prioritising people with the most complex needs.")
    p.h("Efficiency")
    p.p("The cashable savings target of 3% is being monitored through the Council's "
        "Transformation Programme Board.")
    p.h("Recommendation")
    p.p("The Board is recommended to note the report.")
    p.p("Contact officer: Paul Kenny, tel. 01925 444400.")
    return p


def rotherham(rng: random.Random) -> Paper:
    users = rng.randint(8800, 9600)
    eligible = rng.randint(8600, 9200)
    people = rng.randint(2750, 3000)
    pv, pt = pct(people, eligible)
    cash = rng.randint(38, 47) / 10
    rise = rng.randint(10, 15)
    p = Paper(
        "rotherham-2011-03-07-prose-report", "pdf",
        "Rotherham Metropolitan Borough Council", "Rotherham", "2011-01",
        "Personalisation: Putting People First performance to January 2011",
        [("Report to", "Cabinet Member for Adult Social Care and Health"),
         ("Date", "7 March 2011"), ("Title", "Putting People First performance"),
         ("Directorate", "Neighbourhoods and Adult Services")],
        numbered=True, footer="Cabinet Member for Adult Social Care and Health")
    p.h("Summary")
    p.p("This report sets out performance against the Putting People First milestones to "
        "the end of January 2011.")
    p.h("Background")
    p.p(p.fact(USERS, users, f"Rotherham's adult social care services support "
               f"{n(users)} customers")
        + ". Since April 2010 every new customer has been assessed through the "
        "self-directed support process.")
    p.h("Performance")
    p.p(p.fact(PEOPLE, people, f"At the end of January {n(people)} customers were "
               "receiving a personal budget")
        + ". "
        + p.fact(PERCENT, pv, f"This is {pt}% of eligible customers")
        + " and means the council has already passed the 30% milestone set for April 2011. "
        f"Numbers have grown by {rise}% since the end of September.")
    p.p("The efficiency programme, including the remodelling of in-house home care, has "
        "so far "
        + p.fact(CASHABLE, cash, f"achieved cashable savings equivalent to {cash}% of the "
                 "2010/11 net budget")
        + ".")
    p.h("Recommendations")
    p.p("That the Cabinet Member notes the performance reported.")
    p.p("Contact: Shona McFarlane, Director of Health and Wellbeing, tel. 01709 822397.")
    return p


# ---------------------------------------------------------------------------
# The papers (HTML report pages)


def wirral(rng: random.Random) -> Paper:
    users = rng.randint(112, 120) * 100
    dp = rng.randint(59, 68) * 10
    reviews = rng.randint(65, 78) * 10
    grant, grant_t = millions(rng, 1.9, 2.4)
    p = Paper(
        "wirral-2010-01-21-prose-report", "html",
        "Wirral Council", "Wirral", "2009-12",
        "Personalisation: first quarterly Putting People First return",
        [("Meeting", "Cabinet"), ("Date", "21 January 2010"),
         ("Report of", "Director of Adult Social Services"), ("Wards affected", "All")],
        numbered=True)
    p.h("Executive summary")
    p.p("This report informs Cabinet of the council's first quarterly Putting People First "
        "return, for the period to the end of December 2009, submitted to the Department "
        "of Health on 15 January 2010.")
    p.h("Current position")
    p.p(p.fact(USERS, users, f"The department currently provides services to "
               f"approximately {n(users)} adults")
        + ". The move to self-directed support began with a pilot in Birkenhead in "
        "2008/09.")
    p.p(p.fact(PEOPLE, dp, f"Direct payments are currently received by {dp} people")
        + ", and the council will offer a personal budget to every new service user from "
        "April 2010.")
    p.p(p.fact(REVIEWS, reviews, f"The department will review {reviews} people who "
               "currently receive traditional services between January and March 2010")
        + ".")
    p.h("Financial implications")
    p.p(f"The Social Care Reform Grant for Wirral was {grant_t} in 2009/10. The milestones "
        "expect councils to have 30% of eligible users on a personal budget by April 2011.")
    p.h("Recommendation")
    p.p("That Cabinet notes the return.")
    p.p("Contact: Maureen McDaid, telephone 0151 666 3650.")
    return p


def north_yorkshire(rng: random.Random) -> Paper:
    eligible = rng.randint(8600, 9400)
    share = rng.randint(20, 24)
    people = round(eligible * share / 100) + rng.randint(-20, 20)
    spend, spend_t = millions(rng, 3.6, 4.8)
    p = Paper(
        "north-yorkshire-2010-11-11-prose-report", "html",
        "North Yorkshire County Council", "North Yorkshire", "2010-09",
        "Personalisation in North Yorkshire: progress report",
        [("Committee", "Care and Independence Overview and Scrutiny Committee"),
         ("Date", "11 November 2010"),
         ("Report of", "Corporate Director - Health and Adult Services")])
    p.h("Purpose of report")
    p.p("To advise Members of progress with personalisation to 30 September 2010, the "
        "end of the second quarter of 2010/11.")
    p.h("Progress")
    p.p(p.fact(PEOPLE, people, f"Personal budgets have been agreed for {n(people)} people")
        + ", and "
        + p.fact(PERCENT, share, f"{share} per cent of eligible service users now hold a "
                 "personal budget")
        + ". "
        # the directorate's own aim is a plan, and a plan is a fact (issue 14)
        + p.fact(PERCENT, 40, "The directorate's aim is to reach 40% by April 2011")
        + ", well beyond the national milestone.")
    p.p(p.fact(SPEND, spend, f"{spend_t} has been spent through personal budgets this "
               "year")
        + ", mostly as direct payments.")
    p.table("Reablement outcomes, April to September 2010",
            [["Outcome", "People", "%"],
             ["No ongoing service needed", str(rng.randint(400, 520)), "58%"],
             ["Reduced package", str(rng.randint(150, 200)), "22%"],
             ["Same or increased package", str(rng.randint(140, 190)), "20%"]])
    p.h("Recommendation")
    p.p("That Members note the report.")
    p.p("Contact officer: Anne Marie Lubanski, 01609 532123.")
    return p


# ---------------------------------------------------------------------------
# The papers (minutes pages)


def leeds(rng: random.Random) -> Paper:
    people = rng.choice((1000, 2000, 3000))
    users = rng.randint(205, 225) * 100
    reviews = rng.choice((500, 600, 700))
    p = Paper(
        "leeds-2010-03-23-minutes", "minutes",
        "Leeds City Council", "Leeds", "2010-01",
        "Scrutiny Board (Adult Social Care) - Tuesday, 23rd March, 2010",
        [("Venue", "Civic Hall, Leeds"), ("Contact", "Scrutiny Support, 0113 247 4707")])
    p.h("87 Transforming Adult Social Care - Putting People First progress report")
    p.p("The Director of Adult Social Services submitted a report on progress with the "
        "Putting People First programme to the end of January 2010, together with the "
        "council's first milestone return to the Department of Health.")
    p.p("The Chief Officer (Access and Inclusion) presented the report and informed the "
        "Board that:")
    p.ul(p.fact(PEOPLE, people, f"some {words(people)} people had now been allocated a "
                "personal budget")
         + ";",
         "the resource allocation system had been revised following consultation with "
         "service users and carers in November 2009;",
         "a new information and advice service would be launched in June 2010.")
    p.p("In response to Members' questions, the following issues were discussed:")
    p.ul("Whether the council would meet the 30% target for April 2011. The Chief Officer "
         "said the directorate was on course to meet it.",
         "How quickly existing service users would move to personal budgets. "
         + p.fact(USERS, users, f"The council currently supported {n(users)} people "
                  "through adult social care")
         + ". "
         + p.fact(REVIEWS, reviews, f"{cap(words(reviews))} of these people would be "
                  "reviewed by the end of April")
         + ".")
    p.p("RESOLVED - That the report be noted and a further update be brought to the Board "
        "in September 2010.")
    return p


def wiltshire(rng: random.Random) -> Paper:
    eligible = rng.randint(5500, 6300)
    people = rng.randint(1050, 1200)
    pv, pt = pct(people, eligible)
    cash = rng.randint(22, 29) / 10
    reviews = rng.randint(25, 35) * 10
    grant, grant_t = millions(rng, 2.6, 3.2)
    p = Paper(
        "wiltshire-2010-09-16-minutes", "minutes",
        "Wiltshire Council", "Wiltshire", "2010-06",
        "Health and Adult Social Care Overview and Scrutiny Committee - Thursday, "
        "16th September, 2010",
        [("Venue", "Council Chamber, County Hall, Trowbridge"),
         ("Contact", "Democratic Services, 01225 718062")])
    p.h("58 Putting People First - Quarter 1 2010/11")
    p.p("The Committee considered a report on progress against the Putting People First "
        "milestones in the first quarter of 2010/11, to the end of June 2010.")
    p.p("The Service Director, Community Services, highlighted that:")
    p.ul(p.count_and_share(people, pv, f"{n(people)} people were now receiving a personal "
                           f"budget, {pt}% of eligible service users")
         + ";",
         p.fact(CASHABLE, cash, f"cashable savings of {cash}% had been achieved in 2009/10")
         + " through the Help to Live at Home programme;",
         p.fact(REVIEWS, reviews, f"the review team were scheduled to carry out {reviews} "
                "reviews in July and August")
         + ";",
         f"Wiltshire's Social Care Reform Grant of {grant_t} would end in March 2011.")
    p.p("Members asked whether the council would have at least 30% of eligible users on "
        "personal budgets by April 2011. The Service Director explained that numbers had "
        "risen by 15% in the quarter and the council expected to meet the milestone.")
    p.p("Resolved: to note the report and to ask for a further report in January 2011.")
    return p


def salford(rng: random.Random) -> Paper:
    del rng  # no figures
    p = Paper(
        "salford-2010-07-07-minutes", "minutes",
        "Salford City Council", "Salford", "2010-03",
        "Community, Health and Social Care Scrutiny Panel - Wednesday, 7th July, 2010",
        [("Venue", "Salford Civic Centre, Swinton"),
         ("Contact", "Committee Services, 0161 793 3318")])
    p.h("12 Putting People First milestone return")
    p.p("The Assistant Director (Personalisation) presented the council's Putting People "
        "First return for the period to the end of March 2010. The return showed good "
        "progress on partnership working and on information and advice; progress on "
        "self-directed support and personal budgets had been slower, mainly because the "
        "financial systems to support personal budgets were not yet in place.")
    p.p("Members asked about the national milestone of 30% of eligible users receiving a "
        "personal budget by April 2011 and the requirement to show 3% cashable savings. The "
        "Assistant Director said that an action plan had been agreed with the programme "
        "board in May and that she would circulate it to the Panel.")
    p.p("Councillor Hinds asked how people without access to the internet would find "
        "information about services. Officers replied that the new directory would be "
        "available in libraries and through the contact centre on 0161 909 6503.")
    p.p("RESOLVED: (1) That the report be noted. (2) That a further report be submitted "
        "to the meeting on 3 November 2010.")
    p.h("13 Work programme 2010/11")
    p.p("The Panel agreed its work programme for 2010/11.")
    return p


def somerset(rng: random.Random) -> Paper:
    del rng  # no figures
    p = Paper(
        "somerset-2009-12-08-minutes", "minutes",
        "Somerset County Council", "Somerset", None,
        "Adults and Health Scrutiny Committee - Tuesday, 8th December, 2009",
        [("Venue", "Luttrell Room, County Hall, Taunton"),
         ("Contact", "Democratic Services Team, 01823 355059")])
    p.h("9 Putting People First - the new milestones")
    p.p("The Committee received a presentation from the Strategic Director for Adult "
        "Social Care on the Putting People First milestones issued by the Department of "
        "Health, ADASS and the Local Government Association in November 2009.")
    p.p("The milestones set out what councils should achieve by April 2010, October 2010 "
        "and April 2011, including that at least 30% of eligible users and carers should "
        "be receiving a personal budget by April 2011 and that councils should show 3% "
        "cashable savings. The first quarterly return would be made in January 2010.")
    p.p("Members welcomed the clarity the milestones gave but expressed concern about the "
        "pace of change in rural areas and the capacity of the voluntary sector to provide "
        "support planning. The Strategic Director undertook to report back on the Social "
        "Care Reform Grant spending plans for 2010/11.")
    p.p("RESOLVED - That the presentation be noted and that progress against the "
        "milestones be reported to the Committee every quarter.")
    return p


PAPERS = (stockport, cumbria, sutton, bury, norfolk, derbyshire, warrington, rotherham,
          wirral, north_yorkshire, leeds, wiltshire, salford, somerset)


# ---------------------------------------------------------------------------
# Rendering: Word


def _numbering(paper: Paper) -> list[tuple]:
    """The blocks with 1., 1.1, 1.2 ... added when the paper numbers its paragraphs."""
    if not paper.numbered:
        return list(paper.blocks)
    out: list[tuple] = []
    sec = para = 0
    for block in paper.blocks:
        if block[0] == "h":
            sec, para = sec + 1, 0
            out.append(("h", f"{sec}. {block[1]}"))
        elif block[0] == "p":
            para += 1
            out.append(("p", block[1], f"{sec}.{para}"))
        else:
            out.append(block)
    return out


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def render_docx(paper: Paper, path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = head.add_run(paper.council.upper())
    r.bold = True
    r.font.size = Pt(14)
    meta = doc.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for label, value in paper.meta:
        cells = meta.add_row().cells
        cells[0].text = label + ":"
        cells[1].text = value
    doc.add_paragraph()
    doc.add_heading(paper.title, level=1)
    for block in _numbering(paper):
        if block[0] == "h":
            doc.add_heading(block[1], level=2)
        elif block[0] == "p":
            para = doc.add_paragraph()
            if len(block) > 2:
                para.add_run(block[2] + "\t")
            para.add_run(block[1])
        elif block[0] == "ul":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif block[0] == "table":
            cap_para = doc.add_paragraph()
            cap_para.add_run(block[1]).bold = True
            rows = block[2]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, text in enumerate(row):
                    table.cell(i, j).text = text
                    if i == 0:
                        for run in table.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = f"{paper.footer}\tPage "
    _page_field(footer)
    save_deterministic(doc, path)


# ---------------------------------------------------------------------------
# Rendering: PDF


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def render_pdf(paper: Paper, path: Path) -> None:
    ss = getSampleStyleSheet()
    story: list = [Paragraph(_x(paper.council), ss["Title"])]
    meta = Table([[Paragraph(f"<b>{_x(k)}:</b>", ss["BodyText"]),
                   Paragraph(_x(v), ss["BodyText"])] for k, v in paper.meta],
                 colWidths=[4 * cm, 12 * cm])
    meta.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [meta, Spacer(1, 0.4 * cm), Paragraph(_x(paper.title), ss["Heading1"])]
    for block in _numbering(paper):
        if block[0] == "h":
            story.append(Paragraph(_x(block[1]), ss["Heading2"]))
        elif block[0] == "p":
            text = _x(block[1])
            if len(block) > 2:
                text = f"{block[2]}&nbsp;&nbsp;&nbsp;{text}"
            story.append(Paragraph(text, ss["BodyText"]))
        elif block[0] == "ul":
            story.append(ListFlowable(
                [ListItem(Paragraph(_x(item), ss["BodyText"])) for item in block[1]],
                bulletType="bullet", start="\u2022", leftIndent=18))
        elif block[0] == "table":
            story.append(Paragraph(f"<b>{_x(block[1])}</b>", ss["BodyText"]))
            table = Table(block[2], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            story += [table, Spacer(1, 0.3 * cm)]

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, paper.footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=paper.title,
                            author=paper.council, leftMargin=2 * cm, rightMargin=2 * cm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


# ---------------------------------------------------------------------------
# Rendering: HTML


def _html_blocks(paper: Paper) -> list[str]:
    out: list[str] = []
    for block in _numbering(paper):
        if block[0] == "h":
            out.append(f"<h2>{html.escape(block[1])}</h2>")
        elif block[0] == "p":
            num = f'<span class="paraNum">{block[2]}</span> ' if len(block) > 2 else ""
            out.append(f"<p>{num}{html.escape(block[1])}</p>")
        elif block[0] == "ul":
            items = "\n".join(f"  <li>{html.escape(i)}</li>" for i in block[1])
            out.append(f"<ul>\n{items}\n</ul>")
        elif block[0] == "table":
            rows = block[2]
            head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
            body = "\n".join("  <tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r)
                             + "</tr>" for r in rows[1:])
            out.append(f'<table class="dataTable">\n<caption>{html.escape(block[1])}'
                       f"</caption>\n  <tr>{head}</tr>\n{body}\n</table>")
    return out


_SITE_NAV = ("Bins and recycling", "Council tax", "Schools and learning",
             "Social care and health", "Planning", "Your council")


def render_html_report(paper: Paper, path: Path) -> None:
    e = html.escape
    domain = paper.short.lower().replace(" ", "") + ".gov.uk" if paper.short else "gov.uk"
    nav = "\n".join(f'  <li><a href="/{s.lower().replace(" ", "-")}">{e(s)}</a></li>'
                    for s in _SITE_NAV)
    meta = "\n".join(f"  <dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in paper.meta)
    body = "\n".join(_html_blocks(paper))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(paper.title)} | {e(paper.council)}</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="https://www.{domain}/"><img src="/img/logo.png"
    alt="{e(paper.council)}"></a>
  <form class="search" action="/search"><input name="q" aria-label="Search">
    <button>Search</button></form>
  <p class="contact-strip">Contact us: 0300 123 4567 | Open 8.30am to 5pm, Monday to Friday</p>
</header>
<nav class="main-nav"><ul>
{nav}
</ul></nav>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/your-council">Your council</a>
  &gt; <a href="/meetings">Council meetings</a> &gt; Reports</nav>
<main id="content">
<article class="committee-report">
<h1>{e(paper.title)}</h1>
<dl class="report-details">
{meta}
</dl>
{body}
</article>
<aside class="related"><h2>Related documents</h2><ul>
  <li><a href="/docs/appendix1.pdf">Appendix 1 - milestone return (PDF, 212KB)</a></li>
  <li><a href="/docs/minutes.pdf">Minutes of the previous meeting (PDF, 88KB)</a></li>
</ul></aside>
</main>
<footer class="site-footer">
  <p>{e(paper.council)}, Town Hall. Telephone 0300 123 4567.</p>
  <p>Page 1 of 1 | <a href="/accessibility">Accessibility</a> |
    <a href="/privacy">Privacy</a> | &copy; 2010</p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def render_minutes(paper: Paper, path: Path) -> None:
    e = html.escape
    meta = "\n".join(f'<p class="mgSubTitleTxt">{e(k)}: {e(v)}</p>' for k, v in paper.meta)
    items: list[str] = []
    for block in paper.blocks:
        if block[0] == "h":
            items.append(f'<h2 class="mgSubTitleTxt">{e(block[1])}</h2>')
        elif block[0] == "p":
            items.append(f'<p class="mgMinutesText">{e(block[1])}</p>')
        elif block[0] == "ul":
            lis = "\n".join(f"  <li>{e(i)}</li>" for i in block[1])
            items.append(f'<ul class="mgBulletList">\n{lis}\n</ul>')
    body = "\n".join(items)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Minutes - {e(paper.title)} | {e(paper.council)}</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
</head>
<body class="mgMinutes">
<div id="header">
  <a href="/" class="siteLogo"><img src="/images/logo.png" alt="{e(paper.council)}" /></a>
  <form id="siteSearch" action="/search" method="get"><label for="q">Search</label>
  <input type="text" id="q" name="q" /><input type="submit" value="Go" /></form>
</div>
<div id="breadcrumb"><ul class="mgBreadcrumb">
  <li><a href="/">Home</a></li>
  <li><a href="mgListCommittees.aspx">Committees</a></li>
  <li><a href="ieListMeetings.aspx">Meetings</a></li>
  <li>Minutes</li>
</ul></div>
<div id="nav"><ul class="mgNavigation">
  <li><a href="mgMemberIndex.aspx">Councillors</a></li>
  <li><a href="mgListCommittees.aspx">Committees</a></li>
  <li><a href="mgCalendarMonthView.aspx">Calendar</a></li>
  <li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>
  <li><a href="ieDocSearch.aspx">Search documents</a></li>
</ul></div>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Minutes: {e(paper.title)}</h1>
{meta}
<p class="mgSectionTitle">Attendance</p>
<p>Councillors present: see attendance record. Apologies were received from two Members.</p>
{body}
<p class="mgSpacer">&nbsp;</p>
<p class="mgSectionTitle">Supporting documents</p>
<ul class="mgActionList">
  <li><a href="documents/s1234/Report.pdf">Report, item 1 PDF 145 KB</a></li></ul>
</div></div>
<div id="footer">
  <p>{e(paper.council)} | <a href="/contact">Contact us</a> | <a href="/terms">Terms of use</a></p>
  <p>Powered by Modern.Gov</p>
</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------------------
# Gold


def gold_json(paper: Paper) -> str:
    head = {"schema": "ppf-return/1", "document": paper.stem, "council": paper.short,
            "period": paper.period, "date_completed": None}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"  {json.dumps(k)}: {json.dumps(v)},")
    for k in ("milestones", "requirements", "answers", "risks"):
        lines.append(f'  "{k}": [],')
    if paper.facts:
        facts = [json.dumps(f, ensure_ascii=False) for f in paper.facts]
        lines.append('  "facts": [\n    ' + ",\n    ".join(facts) + "\n  ]")
    else:
        lines.append('  "facts": []')
    lines.append("}")
    return "\n".join(lines) + "\n"


RENDER = {"docx": render_docx, "pdf": render_pdf, "html": render_html_report,
          "minutes": render_minutes}
SUFFIX = {"docx": ".docx", "pdf": ".pdf", "html": ".html", "minutes": ".html"}


def build() -> list[Paper]:
    papers: list[Paper] = []
    for make in PAPERS:
        paper = make(random.Random(f"{SEED}-{make.__name__}"))
        text = paper.plain_text()
        for fact in paper.facts:
            assert fact["text"] in text, (paper.stem, fact)
        stems = {p.stem for p in papers}
        assert paper.stem not in stems, paper.stem
        RENDER[paper.fmt](paper, CORPUS / (paper.stem + SUFFIX[paper.fmt]))
        (GOLD / f"{paper.stem}.json").write_text(gold_json(paper), encoding="utf-8")
        papers.append(paper)
    return papers


def main() -> None:
    papers = build()
    n_facts = sum(len(p.facts) for p in papers)
    for p in papers:
        print(f"{p.stem}{SUFFIX[p.fmt]}: {len(p.facts)} facts")
    print(f"{len(papers)} documents, {n_facts} facts")


if __name__ == "__main__":
    main()
