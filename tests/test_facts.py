"""Figures from prose: each sentence gives exactly the facts listed, distractors none."""

from __future__ import annotations

from pathlib import Path

import pytest

from ppfextract.document import Provenance
from ppfextract.extractors.facts import (
    FactMatch,
    extract_facts,
    facts_from_blocks,
    read_figures,
)
from ppfextract.framework import FactKind

PEOPLE = FactKind.PEOPLE_WITH_PERSONAL_BUDGET
PERCENT = FactKind.PERCENT_WITH_PERSONAL_BUDGET
USERS = FactKind.SERVICE_USERS_TOTAL
REVIEWS = FactKind.REVIEWS_PLANNED
SPEND = FactKind.PERSONAL_BUDGET_SPEND_GBP
SAVINGS = FactKind.CASHABLE_SAVINGS_PERCENT

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
if not SEEDS.is_dir():
    SEEDS = Path("/work/shared/seeds")

# The paragraphs of seed 003 (Oxfordshire committee minutes) that hold figures, as printed.
SEED_003_PARAGRAPHS = [
    "12:30",
    "Contact Officer: Alan Sinclair, Programme Director – Transforming Adult Social Care, "
    "(01865) 323665",
    "It has been agreed that a report on transforming Adult Social Care will be brought to "
    "every meeting of this Committee (AS8) and will include detail on self directed support.",
    "The Committee had before it a progress update in relation to TASC (AS8), together with "
    "the Putting People First Milestone Self Improvement Framework (Oxfordshire’s first "
    "quarterly report to the end of December 2009 on progress against the government’s high "
    "level measures and milestones which need to be achieved over the next 18 months and "
    "which will be reported on a quarterly basis to the Department of Health for all "
    "Councils) (Annex 1) and the Programme Definition Document for Transforming Adult Social "
    "Care with an updated risk register (Annex 2).",
    "·        three hundred people had now been allocated a personal budget;",
    "·        the programme would be going into delivery stage this year (all new service "
    "users to have a personal budget by October 2010) and his concern was to ensure that the "
    "system was sustainable for the future in terms of local commissioning.",
    "·        Under ‘Upcoming key dates for the programme’ the report stated that by April 2011 "
    "existing and new eligible people would have a personal budget. Under milestone 2 it "
    "stated that the target for April 2011 was for at least 30% of eligible service "
    "users/carers to have a personal budget. When would this number increase to more than "
    "30%? Under this milestone it also stated that self directed support and personal "
    "budgets would go mainstream for May 2010, but if officers worked on a 3% increase on a "
    "quarterly basis the target would still be 6% short by April 2011.",
    "All eligible service users/carers would receive a personal budget by April 2011. The 30% "
    "target had been set by the Department of Health. This target also counted a number of "
    "different groups as service users, who in reality would not be eligible for a personal "
    "budget. The Directorate interpreted the target as all eligible service users.",
    "·        With regard to Milestone 4 (Information and Advice) was there a strategy in "
    "place to create universal information and advice services?",
    "There was not at present but a strategy would be in place by April 2010.",
    "     There was a difference between doing this well and doing it quickly. Twelve "
    "thousand people were currently in receipt of services from adult social care. Five "
    "hundred of these service users would be reviewed by the end of March. Therefore, it "
    "might in principle be possible to review everyone by the end of June or July.",
]
SEED_003_FACTS = [(PEOPLE, 300.0), (USERS, 12000.0), (REVIEWS, 500.0)]


def kinds_values(facts: list[FactMatch]) -> list[tuple[FactKind, float]]:
    return [(f.kind, f.value) for f in facts]


POSITIVES: list[tuple[str, list[tuple[FactKind, float]]]] = [
    # people with a personal budget (and the share in the same breath)
    ("As at 31 March 2010, 1,245 people (18.2% of eligible users) now have a personal budget.",
     [(PEOPLE, 1245), (PERCENT, 18.2)]),
    ("Some 640 service users are now receiving a direct payment.", [(PEOPLE, 640)]),
    ("Three hundred people had now been allocated a personal budget.", [(PEOPLE, 300)]),
    ("There are currently 2,310 people in receipt of a personal budget.", [(PEOPLE, 2310)]),
    ("412 carers are using self-directed support.", [(PEOPLE, 412)]),
    ("In Sefton 1,027 adults have a personal budget or direct payment.", [(PEOPLE, 1027)]),
    ("Personal budgets have now been allocated to 857 people.", [(PEOPLE, 857)]),
    ("The number of people receiving direct payments has risen to 764.", [(PEOPLE, 764)]),
    ("A total of five hundred and twelve older people now receive a personal budget.",
     [(PEOPLE, 512)]),
    ("By December 2010, 950 service users had received a personal budget, and 210 carers "
     "were receiving direct payments.", [(PEOPLE, 950), (PEOPLE, 210)]),
    ("1,100 people with learning disabilities are already on a personal budget.",
     [(PEOPLE, 1100)]),
    # percentage with a personal budget
    ("22.5% of eligible service users now have a personal budget.", [(PERCENT, 22.5)]),
    ("The proportion of eligible clients with a personal budget is 27 per cent.",
     [(PERCENT, 27)]),
    ("Nineteen per cent of eligible people are in receipt of self directed support.",
     [(PERCENT, 19)]),
    ("1,800 people now have a personal budget, equivalent to 24% of eligible service users.",
     [(PEOPLE, 1800), (PERCENT, 24)]),
    # a share of the people receiving services, and their count (red-team rt03)
    ("At the end of June 2010, 412 people were in receipt of a personal budget. This "
     "represents 9.5% of the 4,336 people receiving community-based services.",
     [(PEOPLE, 412), (PERCENT, 9.5), (USERS, 4336)]),
    ("900 carers now have a personal budget. This represents 30% of service users.",
     [(PEOPLE, 900), (PERCENT, 30)]),
    # the total a figure is a part of, after ", out of" (red-team rt2-02)
    ("As at 31 December 2009, 212 people were receiving a personal budget, out of "
     "approximately 5,900 adults receiving community-based services.",
     [(PEOPLE, 212), (USERS, 5900)]),
    # service users in total
    ("Twelve thousand people were currently in receipt of services from adult social care.",
     [(USERS, 12000)]),
    ("The department supports 8,900 people across the county.", [(USERS, 8900)]),
    ("The council currently supports around 6,400 adults.", [(USERS, 6400)]),
    ("Approximately 7,250 people receive services from the council's adult social care "
     "directorate.", [(USERS, 7250)]),
    ("The service has a total of 5,600 service users.", [(USERS, 5600)]),
    # planned reviews
    ("Five hundred of these service users would be reviewed by the end of March.",
     [(REVIEWS, 500)]),
    ("A further 350 reviews are planned before April 2011.", [(REVIEWS, 350)]),
    ("The team will review 1,200 people during the next quarter.", [(REVIEWS, 1200)]),
    ("There are 800 planned reviews in the final quarter.", [(REVIEWS, 800)]),
    ("2,000 existing service users are due to be reviewed this year.", [(REVIEWS, 2000)]),
    # spend through personal budgets
    ("£4.3m has been spent through personal budgets this year.", [(SPEND, 4_300_000)]),
    ("Personal budget spend of £681,000 was recorded in the third quarter.",
     [(SPEND, 681_000)]),
    ("Spend on direct payments totalled £1.2 million in 2009/10.", [(SPEND, 1_200_000)]),
    ("Expenditure on personal budgets reached £2,450,000 by the end of December.",
     [(SPEND, 2_450_000)]),
    # cashable savings
    ("The council delivered cashable savings of 3.4% in 2010/11.", [(SAVINGS, 3.4)]),
    ("Cashable savings of 4.2% have been delivered through the reablement service.",
     [(SAVINGS, 4.2)]),
    ("Adult social care has achieved 5 per cent cashable savings this year.", [(SAVINGS, 5)]),
    ("We have released cashable savings equivalent to 3.1% of the adult social care budget.",
     [(SAVINGS, 3.1)]),
    # more phrasings
    ("At the end of December 2010, 1,532 people were in receipt of a personal budget.",
     [(PEOPLE, 1532)]),
    ("We now have 2,104 customers using personal budgets.", [(PEOPLE, 2104)]),
    ("There are now 620 people with a personal budget.", [(PEOPLE, 620)]),
    ("Personal budgets are now being used by 1,045 people.", [(PEOPLE, 1045)]),
    ("A total of 731 service users had been allocated personal budgets by the end of the "
     "quarter.", [(PEOPLE, 731)]),
    ("Of the 12,000 people receiving services, 1,900 have a personal budget.",
     [(USERS, 12000), (PEOPLE, 1900)]),
    ("Number of people with a personal budget: 1,245", [(PEOPLE, 1245)]),
    ("1,245 personal budgets are now in place.", [(PEOPLE, 1245)]),
    ("Currently there are 300 people who have a personal budget.", [(PEOPLE, 300)]),
    ("There are 410 people with a personal budget or a direct payment in Sefton.",
     [(PEOPLE, 410)]),
    ("Some 1,350 people now manage their own personal budget.", [(PEOPLE, 1350)]),
    ("Last year, 500 people received a direct payment.", [(PEOPLE, 500)]),
    ("300 people have a personal budget and 640 receive a direct payment.",
     [(PEOPLE, 300), (PEOPLE, 640)]),
    ("Twelve thousand people receive services and 300 have a personal budget.",
     [(USERS, 12000), (PEOPLE, 300)]),
    ("21.3% of eligible service users had a personal budget at the end of December.",
     [(PERCENT, 21.3)]),
    ("The percentage of service users receiving self-directed support stands at 31%.",
     [(PERCENT, 31)]),
    ("The council has 9,500 service users in total.", [(USERS, 9500)]),
    ("Adult social care provides services to 11,200 people.", [(USERS, 11200)]),
    ("Around 14,000 people use adult social care services in the borough.", [(USERS, 14000)]),
    ("Sefton supports 7,800 adults with eligible needs.", [(USERS, 7800)]),
    ("Total spend through personal budgets was £3.6m in 2010/11.", [(SPEND, 3_600_000)]),
    ("Direct payment spend for the year to date is £2,145,000.", [(SPEND, 2_145_000)]),
    ("£950,000 was spent on direct payments in the quarter.", [(SPEND, 950_000)]),
    ("The service plans to review 450 people by March.", [(REVIEWS, 450)]),
    ("A further 250 service users will be reassessed by the end of the year.",
     [(REVIEWS, 250)]),
]


# Sentences written for the rules added with issue 5, by rule, each in phrasings of its own.
POSITIVES += [
    # a capital after "£1.4m." starts a sentence: the target after it is another sentence
    ("Spending on direct payments reached £1.4m. The 25% target for March remains within "
     "reach.", [(SPEND, 1_400_000)]),
    ("Direct payment spend for the half year was £0.9m. Officers expect it to rise in the "
     "winter.", [(SPEND, 900_000)]),
    # a number after a month without a day is a count
    ("At the end of March 1,412 service users were receiving a direct payment.",
     [(PEOPLE, 1412)]),
    ("By September 2,250 people had been allocated a personal budget.", [(PEOPLE, 2250)]),
    # a target in a comparison blocks only its own figure
    ("Cashable savings of 3.8% were achieved in 2010/11, exceeding the 3% target.",
     [(SAVINGS, 3.8)]),
    ("31% of eligible clients now have a personal budget, ahead of the national milestone.",
     [(PERCENT, 31)]),
    ("Against a target of 30%, 24% of eligible service users now have a personal budget.",
     [(PERCENT, 24)]),
    ("1,950 people now receive a personal budget, compared with a target of 2,400.",
     [(PEOPLE, 1950)]),
    # the council's caseload: supports / arranges care for / provides support to
    ("The directorate arranges support for about 8,300 adults across the borough.",
     [(USERS, 8300)]),
    ("Adult social care provides care and support to 10,450 people.", [(USERS, 10450)]),
    ("The council currently supports 6,150 people through its adult social care services.",
     [(USERS, 6150)]),
    ("The Adult Social Care Service supports 5,300 people.", [(USERS, 5300)]),
    # personal budgets in place for / agreed for N people
    ("Personal budgets have now been approved for 1,120 older people.", [(PEOPLE, 1120)]),
    ("Direct payments are in place for 845 service users.", [(PEOPLE, 845)]),
    # planned reviews: due for review, plans to complete / scheduled to carry out N reviews
    ("About 650 service users are due for their annual review before March.",
     [(REVIEWS, 650)]),
    ("The locality teams plan to carry out 900 reviews in the final quarter.",
     [(REVIEWS, 900)]),
    ("The review team is scheduled to complete 310 care reviews by the end of June.",
     [(REVIEWS, 310)]),
    # a time phrase between the spend and the figure
    ("Expenditure on direct payments during the first half of 2010/11 was £2,310,000.",
     [(SPEND, 2_310_000)]),
    ("Spend on personal budgets over the last nine months of 2010/11 totalled £3.4m.",
     [(SPEND, 3_400_000)]),
    # a share of the eligible people said of the people figure just before
    ("1,310 people are now in receipt of a personal budget. This represents 19.6% of "
     "eligible service users.", [(PEOPLE, 1310), (PERCENT, 19.6)]),
    ("860 older people have been allocated a personal budget following a full assessment by "
     "the care management teams, representing 15% of eligible older people.",
     [(PEOPLE, 860), (PERCENT, 15)]),
    # the figure it is compared with is the council's own, earlier (issue 14)
    ("Direct payments are in place for 745 carers; this amounts to 9.5 per cent of eligible "
     "carers, up from 6 per cent.", [(PEOPLE, 745), (PERCENT, 9.5), (PERCENT, 6)]),
]

# Issue 14: the spec's facts rule counts the council's own plans, forecasts and targets, an
# earlier figure it is compared with, both ends of a range, and the number a quantifier
# qualifies. Sentences that were distractors before it.
POSITIVES += [
    ("We aim to have 2,000 people on personal budgets by April 2011.", [(PEOPLE, 2000)]),
    ("By April 2011, 1,600 people will have a personal budget.", [(PEOPLE, 1600)]),
    ("More than 300 people now have a personal budget.", [(PEOPLE, 300)]),
    ("Between 300 and 400 people have a personal budget.", [(PEOPLE, 300), (PEOPLE, 400)]),
    ("Over 2,000 people now have a personal budget.", [(PEOPLE, 2000)]),
    ("It is estimated that £5m will be spent on personal budgets next year.",
     [(SPEND, 5_000_000)]),
    ("About 30% of eligible users would have a personal budget by April.", [(PERCENT, 30)]),
    ("It is forecast that spend on personal budgets will reach £2.5m. Personal budgets are "
     "popular.", [(SPEND, 2_500_000)]),
    ("The council aims to support 10,000 people.", [(USERS, 10000)]),
    ("Our target is 40%, or 2,500 people with a personal budget.", [(PEOPLE, 2500)]),
    ("The team aims to complete 500 reviews.", [(REVIEWS, 500)]),
    ("The council aims to review 600 people.", [(REVIEWS, 600)]),
    ("Spending on personal budgets in the first quarter of 2010/11 is forecast to be £1.2m.",
     [(SPEND, 1_200_000)]),
    ("1,200 people have a personal budget; this would be 40% of eligible users by April.",
     [(PEOPLE, 1200), (PERCENT, 40)]),
]

# Issue 14's misses, by pattern, each in a sentence of its own.
POSITIVES += [
    # between the figure and its verb; the figure after the verb; in a noun phrase
    ("Some 45% of service users there are on personal budgets.", [(PERCENT, 45)]),
    ("The county reports 1,310 people on personal budgets; 17.5pc of eligible adults in the "
     "borough now hold one.", [(PEOPLE, 1310), (PERCENT, 17.5)]),
    ("Personal budgets have now been taken up by 2, 064 people across the district.",
     [(PEOPLE, 2064)]),
    ("At the end of May 880 older people held a personal budget.", [(PEOPLE, 880)]),
    ("The number of adults holding a direct payment now stands at 1,118.", [(PEOPLE, 1118)]),
    ("The proportion of eligible clients with a personal budget stands at 21%.",
     [(PERCENT, 21)]),
    ("The council has given personal budgets to 2,730 residents.", [(PEOPLE, 2730)]),
    # comparisons give both figures
    ("Some 2,310 people now have a personal budget, up from 1,964 at the end of March.",
     [(PEOPLE, 2310), (PEOPLE, 1964)]),
    ("In total 1,402 people have a personal budget, compared with 988 a year ago.",
     [(PEOPLE, 1402), (PEOPLE, 988)]),
    # a count before a unit of time is a duration, not a headcount
    ("Two years ago just 410 people had a personal budget; today the figure is 2,310.",
     [(PEOPLE, 410), (PEOPLE, 2310)]),
    ("Eighteen months on, 640 adults hold a personal budget.", [(PEOPLE, 640)]),
    ("The number of people holding a personal budget went up from 870 to 1,140 over the "
     "year.", [(PEOPLE, 870), (PEOPLE, 1140)]),
    # quantifiers, words, fractions
    ("In excess of 3,000 people are now using a personal budget.", [(PEOPLE, 3000)]),
    ("Just under 900 carers receive a direct payment.", [(PEOPLE, 900)]),
    ("Almost a quarter of eligible people now have a personal budget.", [(PERCENT, 25)]),
    ("One in five service users now has a personal budget.", [(PERCENT, 20)]),
    # totals of service users worded other ways
    ("Of the 23,000 service users the council supports, 4,100 have a personal budget.",
     [(USERS, 23000), (PEOPLE, 4100)]),
    ("It currently supports 7,420 people with community care services.", [(USERS, 7420)]),
    # the council's own forecasts and plans
    ("A cashable saving of 2.5% is expected from the reablement programme.",
     [(SAVINGS, 2.5)]),
    ("We expect to review 2,100 care packages between October and March.",
     [(REVIEWS, 2100)]),
    ("Around 1,400 reviews were scheduled for the final quarter.", [(REVIEWS, 1400)]),
    ("The council expects to spend £6.2m through personal budgets this year.",
     [(SPEND, 6_200_000)]),
]

# Issue 14: more phrasings, each in a sentence of its own (none from the blind set).
POSITIVES += [
    ("Gloucestershire now has 3,214 people managing their own care through a personal "
     "budget.", [(PEOPLE, 3214)]),
    ("Of the 14,650 adults who get help from the county, 3,214 use a personal budget.",
     [(USERS, 14650), (PEOPLE, 3214)]),
    ("The number of direct payment recipients rose to 812 in December, from 640 in June.",
     [(PEOPLE, 812), (PEOPLE, 640)]),
    ("Around one in three eligible clients in the borough are now on a personal budget.",
     [(PERCENT, 33.3)]),
    ("Officers plan to reassess about 1,100 people before the end of the financial year.",
     [(REVIEWS, 1100)]),
    ("Some £5.6m was paid out through direct payments last year.", [(SPEND, 5_600_000)]),
    ("The take-up of personal budgets stood at 22pc in March, against 14pc a year earlier.",
     [(PERCENT, 22), (PERCENT, 14)]),
    ("The council forecasts that spending via personal budgets will top £9m next year.",
     [(SPEND, 9_000_000)]),
    ("Wigan has moved 2,480 people onto personal budgets since 2009.", [(PEOPLE, 2480)]),
    ("Personal budgets now account for 31 per cent of people receiving community care.",
     [(PERCENT, 31)]),
    ("The authority has issued 960 personal budgets so far this year.", [(PEOPLE, 960)]),
    ("Over a quarter (26%) of eligible service users now have a personal budget.",
     [(PERCENT, 26)]),
    ("The council intends to review every one of its 4,700 community care packages by "
     "March.", [(REVIEWS, 4700)]),
    ("Personal budgets have been allocated to 2,100 older people and 640 people with "
     "learning disabilities.", [(PEOPLE, 2100), (PEOPLE, 640)]),
    ("The total value of personal budgets is now £12.3m a year.", [(SPEND, 12_300_000)]),
    ("21% of all people who use services now have a personal budget.", [(PERCENT, 21)]),
    ("Personal budget holders now number 2,340.", [(PEOPLE, 2340)]),
    ("Some 5,420 adults are now in control of their own care budgets.", [(PEOPLE, 5420)]),
    ("Of these, some 2,240 people – a fifth – now have a personal budget.",
     [(PEOPLE, 2240)]),
]

# Issue 14, set 2's wordings (sentences written here): money that flows through
# budgets, their worth and their share of spending; a change "from X to Y" after a comma;
# quantifiers of more than one word; a figure in quotation marks; "in total" and "a total
# of"; the subject after "there were"; two holding verbs joined; "this way" for a
# personal budget named before; caseloads worded other ways; "the remaining".
POSITIVES += [
    ("Well over £7m a year now flows through direct payments.", [(SPEND, 7_000_000)]),
    ("Around £9.5m of the county's care money now goes through personal budgets.",
     [(SPEND, 9_500_000)]),
    ("Personal budgets are now worth £15.2m a year.", [(SPEND, 15_200_000)]),
    ("Personal budgets currently account for £18.7m of the council's annual care "
     "spending.", [(SPEND, 18_700_000)]),
    ("Spending on direct payments has grown, from £3.1m in 2009/10 to £4.4m this year.",
     [(SPEND, 3_100_000), (SPEND, 4_400_000)]),
    ("In the region of 4,200 people now have a personal budget.", [(PEOPLE, 4200)]),
    ("A little more than 1,300 people now receive a direct payment.", [(PEOPLE, 1300)]),
    ("Slightly over 2,600 people now hold a personal budget.", [(PEOPLE, 2600)]),
    ("An estimated 1,150 carers now have a personal budget.", [(PEOPLE, 1150)]),
    ("The team will review \u201cjust under two thousand\u201d existing clients this year.",
     [(REVIEWS, 2000)]),
    ("\u201cNearly a third\u201d of eligible people now have a personal budget.",
     [(PERCENT, 33.3)]),
    ("In total, 1,870 people now have a personal budget.", [(PEOPLE, 1870)]),
    ("A total of 2,045 people have been given a personal budget.", [(PEOPLE, 2045)]),
    ("There were 3,104 people in the borough with a personal budget at the end of June.",
     [(PEOPLE, 3104)]),
    ("About 980 people are choosing and arranging their own support through a direct "
     "payment.", [(PEOPLE, 980)]),
    ("The county has moved to personal budgets for all new clients. Around 1,400 people "
     "now receive their support this way.", [(PEOPLE, 1400)]),
    ("Personal budgets were introduced in 2009. By March 2,050 people were receiving "
     "their care this way.", [(PEOPLE, 2050)]),
    ("The council works with just under 6,400 clients.", [(USERS, 6400)]),
    ("Around 11,200 residents receive help from the city council.", [(USERS, 11200)]),
    ("Some 8,700 adults receive some form of council-funded care.", [(USERS, 8700)]),
    ("The department supports in total roughly 12,300 people.", [(USERS, 12300)]),
    ("The team plans to review the remaining 2,140 without a personal budget.",
     [(REVIEWS, 2140)]),
    ("Officers will review the remaining 2,140 people over the coming year.",
     [(REVIEWS, 2140)]),    ("In May 1,900 people had a personal budget.", [(PEOPLE, 1900)]),
]

# Issue 14: figures that are not this council's (national, regional, survey, another
# council, a target set for everyone), and figures that are no count of holders.
# Blind prose set 4's classes, each in several wordings written here (issue 14):
# a figure answering a question "How many ...?" takes the kind the question gives it; a
# share of people eligible for a budget is a share, not an offer; savings named after
# cashable savings are those; a share of newcomers, what the Department of Health expects
# and the people a part of the service supports are no facts.
POSITIVES += [
    ("How many people does the council actually help? The answer surprised me. It is "
     "around 8,900 adults, most of them older people living at home.", [(USERS, 8900)]),
    ("How many adults does the county council support? It is about 14,200.",
     [(USERS, 14200)]),
    ("How many people do we look after? The figure now stands at 6,300.", [(USERS, 6300)]),
    ("How many residents hold a personal budget today? The number is 2,310.",
     [(PEOPLE, 2310)]),
    ("Every new client is now offered a personal budget. How many people in the borough "
     "already have one? The figure now stands at 1,275.", [(PEOPLE, 1275)]),
    ("Take-up has grown. That is 34% of people eligible for a personal budget.", []),
    ("4,460 people now use a personal budget. That is 34% of people eligible for a "
     "personal budget.", [(PEOPLE, 4460), (PERCENT, 34)]),
    ("890 people had a personal budget; this was 12 per cent of those eligible for a "
     "personal budget.", [(PEOPLE, 890), (PERCENT, 12)]),
    ("31 per cent of the adults eligible for a personal budget now have one.",
     [(PERCENT, 31)]),
    ("The national expectation is 3% cashable savings by April 2011. Savings from the "
     "reablement service are expected to reach 2% by March 2011.", [(SAVINGS, 2)]),
    ("Councils are expected to find cashable savings of 3 per cent. Our savings from "
     "telecare have reached 1.4 per cent.", [(SAVINGS, 1.4)]),
]

POSITIVES += [
    ("Mr Harlow added that £4.1m had already been committed through personal budgets this "
     "year.", [(SPEND, 4_100_000)]),
    ("£3.3m of the community care budget is now committed through personal budgets.",
     [(SPEND, 3_300_000)]),
    ("Around £8.6m of the council's care spending is now allocated through personal "
     "budgets.", [(SPEND, 8_600_000)]),
    ("We are now putting £64 million a year through personal budgets.", [(SPEND, 64e6)]),
    ("The department is channelling £7.5m through personal budgets this year.",
     [(SPEND, 7_500_000)]),
    ("Personal budgets currently totalled around £850k a year.", [(SPEND, 850_000)]),
    ("Personal budgets in payment totalled £19.2 million in 2010/11.",
     [(SPEND, 19_200_000)]),
    ("Personal budgets now total £2.7 million a year.", [(SPEND, 2_700_000)]),
]

POSITIVES += [
    # the people the council (or "the service") supports, cares for, looks after
    ("The service supported 8,400 adults in total.", [(USERS, 8400)]),
    ("The service was providing support to approximately 16,200 people.", [(USERS, 16200)]),
    ("We support something like 23,400 people across the county.", [(USERS, 23400)]),
    ("Adult Social Care is responsible for the care and support of approximately 22,000 "
     "people.", [(USERS, 22000)]),
    ("The Council was responsible for the care of around 12,600 adults.", [(USERS, 12600)]),
    ("The department remains responsible for the support of 7,300 people.", [(USERS, 7300)]),
    ("Our directorate looks after roughly 5,700 people who meet the eligibility criteria.",
     [(USERS, 5700)]),
    ("The county council looked after 9,950 adults last year.", [(USERS, 9950)]),
    ("6,050 people in the city received social care services funded by the Council.",
     [(USERS, 6050)]),
    ("Some 9,100 adults across the county are in receipt of services from adult social "
     "care.", [(USERS, 9100)]),
    # a share of a population joined by "and" or written with a hyphen
    ("The authority said 26% of eligible service users and carers held a personal budget.",
     [(PERCENT, 26)]),
    ("Some 41% of older people and carers now use a personal budget.", [(PERCENT, 41)]),
    ("The council said 21% of those eligible for community-based services now had a "
     "personal budget.", [(PERCENT, 21)]),
    # planned reviews in more wordings
    ("Officers explained that approximately 4,000 reviews were planned for the spring so "
     "that existing service users could move onto self-directed support.", [(REVIEWS, 4000)]),
    ("Around 2,500 reviews are scheduled for next year, in order that every client might "
     "be offered a budget.", [(REVIEWS, 2500)]),
    ("Reviews of 7,800 further care packages are scheduled to be completed by March.",
     [(REVIEWS, 7800)]),
    ("Care reviews for 3,300 customers have been planned for the rest of the year.",
     [(REVIEWS, 3300)]),
    ("Reassessments of 1,150 existing clients will be carried out in the autumn.",
     [(REVIEWS, 1150)]),
    ("Over the next year we are reviewing 6,500 people.", [(REVIEWS, 6500)]),
    ("Our teams will be reviewing 2,200 more people over the winter.", [(REVIEWS, 2200)]),
    ("Between now and March the department is reviewing 1,800 service users.",
     [(REVIEWS, 1800)]),
    ("7,000 people's care will be reviewed during 2011-12.", [(REVIEWS, 7000)]),
    ("3,800 people would have their care reviewed during 2011.", [(REVIEWS, 3800)]),
    ("About 950 older people will have their support reviewed by June.", [(REVIEWS, 950)]),
]

POSITIVES += [
    # a population with a relative clause or a hyphenated compound before the verb
    ("Thirty per cent of adults who qualify for council-funded support now hold a personal "
     "budget.", [(PERCENT, 30)]),
    ("Personal budgets are spreading. A third of residents who qualify for council-funded "
     "care at home now hold their own budget.", [(PERCENT, 33.3)]),
    # an apposition set off by a dash or a comma, "of those who are eligible"
    ("Just 710 people in the city have a personal budget at the moment – about eight per "
     "cent of those who are eligible.", [(PEOPLE, 710), (PERCENT, 8)]),
    ("1,210 people have a personal budget, about 14 per cent of those who are eligible.",
     [(PEOPLE, 1210), (PERCENT, 14)]),
    # a list item's mark before the subject
    ("(h) personal budgets currently totalled around £850k a year;", [(SPEND, 850_000)]),
    ("(iv) Personal budgets now total £2.2m a year.", [(SPEND, 2_200_000)]),
    # a share said of the figure before with "accounts for"
    ("Over 5,200 people now hold a personal budget, and that accounts for 40% of adults "
     "with community-based support.", [(PEOPLE, 5200), (PERCENT, 40)]),
    ("2,300 people have a personal budget. That accounted for 19% of those eligible.",
     [(PEOPLE, 2300), (PERCENT, 19)]),
    # "budget holders" after a personal budget is named
    ("Almost 47% of eligible users now have a personal budget. The number of budget "
     "holders has risen to 5,380, the council said.", [(PERCENT, 47), (PEOPLE, 5380)]),
    # a plan "for N people to have one"
    ("The council is planning for 2,150 people to have a personal budget by April 2011.",
     [(PEOPLE, 2150)]),
    ("We are aiming for 3,000 people to hold a personal budget by next spring.",
     [(PEOPLE, 3000)]),
    ("The department has budgeted for 1,800 people to receive a personal budget this year.",
     [(PEOPLE, 1800)]),
    # the figure before, raised to a new one, or compared with an earlier one
    ("At the end of April the number of people with a personal budget stood at 2,012, and "
     "the council plans to increase it to 2,900 over the coming year.",
     [(PEOPLE, 2012), (PEOPLE, 2900)]),
    ("1,100 people now have a personal budget, and we intend to take it to 1,600 during "
     "2012.", [(PEOPLE, 1100), (PEOPLE, 1600)]),
    ("3,870 people held a personal budget. Members noted that this compared with 2,100 in "
     "September 2010.", [(PEOPLE, 3870), (PEOPLE, 2100)]),
    ("The council reported that 24% of eligible adults held a personal budget. This "
     "compares with 15% a year earlier.", [(PERCENT, 24), (PERCENT, 15)]),
    # ... but not a figure of something else
    ("1,210 people have a personal budget, about 14 per cent of those who are waiting.",
     [(PEOPLE, 1210)]),
    ("£3m goes through personal budgets, and that accounts for 9% of the budget.",
     [(SPEND, 3_000_000)]),
    ("3,870 people held a personal budget. This compared with 2,100 staff in the "
     "department.", [(PEOPLE, 3870)]),
    ("1,100 people have a personal budget; the council will raise its charges to £12 an "
     "hour.", [(PEOPLE, 1100)]),
]

POSITIVES += [
    # the council's own aim for the share named before ("aimed for 45 per cent")
    ("24% of eligible adults held a personal budget, and the council aimed for 45 per cent "
     "by March 2012.", [(PERCENT, 24), (PERCENT, 45)]),
    ("2,900 people hold a personal budget. He said the council would now aim for 50% by "
     "March 2012.", [(PEOPLE, 2900), (PERCENT, 50)]),
    ("Some 31% of eligible people now have a personal budget, and the county is aiming for "
     "40 per cent by next April.", [(PERCENT, 31), (PERCENT, 40)]),
    ("6,600 people will be in receipt of a personal budget by March, which would represent "
     "30 per cent of eligible people.", [(PEOPLE, 6600), (PERCENT, 30)]),
    # ... not a saving's aim, nor every council's
    ("The council has made cashable savings of 1.2%. It is aiming for 3% by April.",
     [(SAVINGS, 1.2)]),
    ("2,900 people hold a personal budget. The council is planning for a 5% cut in home "
     "care costs.", [(PEOPLE, 2900)]),
]

P4_DISTRACTORS = [
    "Councils are aiming for 30% by April.",
    "The council is planning for 2,150 people to attend the roadshows.",
    "Personal budgets are popular. The number of complaints from budget holders has risen "
    "to 53.",
    "300 people received a service from the reablement team.",
    "The reablement service supported 400 people.",
    "The home care service looks after 900 people.",
    "The team is responsible for the care of 300 residents.",
    "If funding allows, 3,000 reviews will be carried out so that people could move across.",
    "Reviews of 900 care packages were completed last year.",
    "Last year we were reviewing 400 people a month.",
    "We are reviewing 1,200 people at the moment.",
    "3,000 people have had their care reviewed since April.",
    "The council reviewed 500 more people than last year.",
    "The council has committed £2m to setting up personal budgets.",
    "£500,000 has been allocated to the personal budgets team.",
    "An average of £9,000 a year is committed through each personal budget.",
    "The council puts £2m a year into training for personal budgets.",
    "£1.2m was allocated for personal budget support planning.",
    "Four-fifths of new service users now choose a direct payment.",
    "Four in five of those new to the service take a personal budget as a direct payment.",
    "Sixty per cent of new clients opt for a personal budget managed by the council.",
    "The DH expects evidence of 3% cashable savings.",
    "The DoH expects councils to release 3 per cent cashable savings.",
    "The borough's Carers' Centre on Walworth Road supported 1,050 carers last year.",
    "The day centre in Hove supports 210 people.",
    "The brokerage team at the town hall supported 120 people last year.",
    "How many complaints did the service receive? The total was 120.",
    "How many staff does the department employ? It is about 900.",
    "Savings from the reablement service are expected to reach 2% by March 2011.",
]


SCOPE_DISTRACTORS: list[tuple[str, str | None, list[tuple[FactKind, float]]]] = [
    ("A national survey found almost 93,000 people were receiving personal budgets.",
     "Norfolk", []),
    ("Nationally, 13% of eligible people have a personal budget, but in Norfolk the figure "
     "is 45% and 2,064 people now hold one.", "Norfolk", [(PERCENT, 45), (PEOPLE, 2064)]),
    ("Across England 168,000 people now have a personal budget.", "Kent", []),
    ("In neighbouring Suffolk, 2,100 people have a personal budget.", "Norfolk", []),
    ("Suffolk has 2,100 people on personal budgets.", "Suffolk", [(PEOPLE, 2100)]),
    ("Essex County Council has given personal budgets to 3,000 people.", "Kent", []),
    ("The In Control survey found that 45% of councils had spent £2m through personal "
     "budgets.", "Kent", []),
    ("An ADASS survey showed that one in four people on personal budgets had a direct "
     "payment. It also found that 3,000 people used personal budgets for day care.",
     "Leeds", []),
    ("In the North West region, 12,400 people have a personal budget.", "Wirral", []),
    ("Councils are expected to deliver cashable savings of 3% by April 2011.", "Devon", []),
    ("The Department of Health expects at least 30 per cent of eligible people to have a "
     "personal budget by April 2011.", "Devon", []),
    ("Some 3,100 people have a personal budget, above the national average of 13%.",
     "Devon", [(PEOPLE, 3100)]),
    ("Cashable savings of 1.5 per cent had been achieved, with work continuing to reach the "
     "3 per cent expected by April.", "Devon", [(SAVINGS, 1.5)]),
    ("Just under half of budget holders take part of their budget as a direct payment.",
     "Devon", []),
    ("About 2,640 reviews were scheduled, a rate of about 660 a month.", "Devon",
     [(REVIEWS, 2640)]),
    ("The personal budgets team supported 40 people into employment.", "Devon", []),
    # a multiple of another's figure speaks only for that figure
    ("About 1,900 people have a personal budget, nearly double the national average of "
     "950.", "Devon", [(PEOPLE, 1900)]),
    ("Some 2,400 people hold a personal budget, twice the 1,200 in neighbouring Kent.",
     "Norfolk", [(PEOPLE, 2400)]),
]


@pytest.mark.parametrize(("text", "council", "expected"), SCOPE_DISTRACTORS,
                         ids=[t[:48] for t, _, _ in SCOPE_DISTRACTORS])
def test_whose_figure(text: str, council: str | None,
                      expected: list[tuple[FactKind, float]]) -> None:
    assert kinds_values(extract_facts(text, council)) == [(k, pytest.approx(v))
                                                           for k, v in expected]


def test_a_dropped_figure_says_why() -> None:
    figures = read_figures("Nationally, 13% of eligible people have a personal budget.")
    assert [(m.kind, m.value, m.dropped) for m in figures] == [
        (PERCENT, 13.0, "national figure (Nationally)")]
    figures = read_figures("In neighbouring Suffolk, 2,100 people have a personal budget.",
                           "Norfolk")
    assert figures[0].scope == "other council" and figures[0].dropped is not None


@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=[t[:48] for t, _ in POSITIVES])
def test_positive(text: str, expected: list[tuple[FactKind, float]]) -> None:
    facts = extract_facts(text)
    assert kinds_values(facts) == [(k, pytest.approx(v)) for k, v in expected]
    for f in facts:
        assert text[f.start:f.end] == f.text
        assert f.start <= f.value_start < f.value_end <= f.end


DISTRACTORS: list[str] = [
    # targets
    "The 30% target had been set by the Department of Health.",
    "The milestone sets a target of 30% of eligible users on personal budgets.",
    "At least 30% of eligible service users should have a personal budget by April 2011.",
    "Overall social care has delivered a minimum of 3% cashable savings.",
    "The council will need to allocate 1,500 more personal budgets this year.",
    # offers
    "94% were offered a personal budget at review.",
    "Since August, 1,300 new service users have been offered a personal budget.",
    # grants and budgets that are not spend
    "A grant of £2.1m has been received to support personal budgets.",
    "The personal budget pool is £5m for 2010/11.",
    "Direct payments are funded from a budget of £4m.",
    "The Social Care Reform Grant of £1.8m will be spent on personal budgets.",
    # dates and years
    "Personal budgets have been mainstream since 1st August 2010.",
    "In 2010 the council introduced personal budgets for all new service users.",
    "The 2010/11 personal budget programme started on 31 March 2010.",
    # percentage increases and shortfalls
    "If officers worked on a 3% increase on a quarterly basis the target would still be 6% "
    "short by April 2011.",
    "The number of people with a personal budget increased by 12% this quarter.",
    "Spend on direct payments rose by £300,000 compared with last year.",
    # page numbers, phone numbers, reference codes, times
    "Details of the 640 personal budgets are on page 12 of the report.",
    "For personal budgets, call 0151 934 3614 or see report AS8.",
    "The Head of Corporate Legal Services has been consulted on personal budgets LD0033/11.",
    "Contact Officer: Alan Sinclair, (01865) 323665",
    "12:30",
    # questions, negations, bounds, ranges, comparisons, assessments
    "When would this number increase to more than 30%?",
    "300 people have not yet received a personal budget.",
    "Compared with 450 last year, more people now receive direct payments.",
    "450 people have been assessed for a personal budget.",
    "An additional 200 people now have a personal budget.",
    "500 reviews have been completed since April.",
    "300 service users have had their personal budget reviewed and 20 people attended the "
    "workshop.",
    "The average personal budget is £230 per week.",
    "The Sefton 3000 (3000 Sefton Citizens – postal consultation group) were consulted.",
    "There was only a year's funding left for TASC.",
    "The Committee had before it a progress update over the next 18 months.",
    "One of the least developed areas was community building.",
    "Twelve thousand leaflets about personal budgets were printed.",
    # more: estimates, targets, national figures, other subjects, wrong units
    "Personal budgets: 1,245 people",
    "Cashable savings of £1.2m have been released.",
    "A 3% cashable saving is required by April 2011.",
    "600 people have been reviewed so far.",
    "There are 300 people waiting for a personal budget.",
    "Over the last year 640 people were supported to move into their own homes.",
    "The council supported 40 people into employment.",
    "12% of carers responded to the survey about personal budgets.",
    "All councils to have 30% of users and carers on personal budgets by April 2011.",
    "The council has 300 staff trained in self-directed support.",
    "Five hundred people attended events about personal budgets.",
    "Nationally, 166,000 people have a personal budget.",
    "Personal budgets were offered to 1,300 people.",
    "£4.3m has been allocated to personal budgets.",
    "The number of people receiving a personal budget has risen by 300.",
    "Direct payments cost the council £4.3m.",
    "The council spent £4.3m on residential care.",
    # a subset of the people with a personal budget, not their number
    "300 people who have a personal budget were surveyed.",
    "300 people receiving direct payments employ personal assistants.",
]


# ... and the distractors for those rules.
DISTRACTORS += [
    # sentence splitting: the forecast stays with its own sentence
    # a date before a number is still a date; a count of leaflets is no fact
    "The report of 14 January 2011 covers personal budgets.",
    "On 12 March 2,000 leaflets about personal budgets were sent out.",
    # a target before the figure, or a target verb, still blocks the whole clause
    "We have a requirement of 3% cashable savings to deliver.",
    "2,000 people should have a personal budget, against a milestone of 30%.",
    "Against a target of 2,000, personal budgets will reach 1,800 people.",
    "Cashable savings of 3% are required, against the 2.5% delivered last year.",
    # a part of the council's services is not its caseload
    "The reablement service supports 300 people a month.",
    "The home care service supports 1,200 people.",
    "The council supported 450 people through reablement last year.",
    "The carers' centre provides support to 2,000 carers.",
    # personal budgets planned or asked for are not in place
    "Personal budgets are planned for 2,000 people next year.",
    "Personal budgets have been requested for 300 people.",
    # reviews of things, reviews done, reviews wished for
    "Reviews of 420 contracts are due in the spring.",
    "The team plans to complete 40 reviews of residential care homes.",
    "The team completed 420 reviews in the last quarter.",
    # a spend figure that is a budget or a forecast
    "Spend on personal budgets in the first quarter was within the budget of £2m.",
]
# Issue 14: distractors that look like the phrasings above.
DISTRACTORS += [
    "The council has 1,200 staff supporting people with personal budgets.",
    "About 400 people attended the personal budgets roadshow in May.",
    "A personal budget averages £210 a week.",
    "In 2009, 12 councils piloted individual budgets.",
    "One in four councils have met the target.",
    "The 2,000 people who responded to the survey were mostly carers.",
    "Last year 450 people were refused a personal budget.",
    "A survey of 1,200 personal budget holders found 78% were satisfied.",
    "The number of complaints about personal budgets rose to 45.",
    "Personal budgets worth £4.2m were cut from the programme.",
    "1,000 more people will get a personal budget next year.",
    "The council has set aside £3m for personal budgets.",
    "Direct payments cost an average of £11,500 per person per year.",
    "Around 60 per cent of people on personal budgets are over 65.",
    "Half of those with a direct payment employ a personal assistant.",
    "Some 70% of carers said the personal budget had helped.",
    "The personal budgets team of 12 handles 300 enquiries a month.",
    "Only 2 per cent of people with a personal budget have asked to return to council "
    "services.",
    "The council's own budget for personal budgets staff is £800,000.",
    "The average value of a personal budget is £230 a week.",
]

DISTRACTORS += [
    "Her personal budget is worth £240 a week.",
    "The average personal budget accounts for £9,800 of spending a year.",
    "£2m a year flows to the voluntary sector.",
    "£400,000 went into training staff to run personal budgets.",
    "There were 7 referrals involving budget holders last month.",
    "Some 140 budget holders have seen their allocation cut.",
    "Around 300 people did not take up a personal budget.",
    "Around 1,400 people now receive their support this way.",
    "The figures will be reported in May 2011, when the panel meets.",
]

# A share with no people-with-a-personal-budget figure just before it, or a share of only
# some of the eligible people: the first sentence's fact only.
DISTRACTORS += P4_DISTRACTORS

REFERS_BACK_DISTRACTORS: list[tuple[str, list[tuple[FactKind, float]]]] = [
    ("The survey was returned by 400 people. This is 12% of eligible customers.", []),
    ("500 people have a personal budget. This is 12% of eligible carers who responded to the "
     "survey.", [(PEOPLE, 500)]),
    ("300 people have a personal budget. 40 reviews were done, which is 12% of eligible "
     "users.", [(PEOPLE, 300)]),
    ("300 people have a personal budget. The council also runs day centres. This is 12% of "
     "eligible users.", [(PEOPLE, 300)]),
    # a share of a population that is not the people who could have a budget
    ("1,245 people now have a personal budget. This is 2% of the county's older people.",
     [(PEOPLE, 1245)]),
    ("1,245 people now have a personal budget. This represents 1.5% of all residents.",
     [(PEOPLE, 1245)]),
]


@pytest.mark.parametrize(("text", "expected"), REFERS_BACK_DISTRACTORS,
                         ids=[t[:48] for t, _ in REFERS_BACK_DISTRACTORS])
def test_share_refers_back_only_to_a_people_figure(
        text: str, expected: list[tuple[FactKind, float]]) -> None:
    assert kinds_values(extract_facts(text)) == expected


@pytest.mark.parametrize("text", DISTRACTORS, ids=[t[:48] for t in DISTRACTORS])
def test_distractor(text: str) -> None:
    assert extract_facts(text) == []


def test_seed_003_paragraphs() -> None:
    found: list[tuple[FactKind, float]] = []
    for paragraph in SEED_003_PARAGRAPHS:
        found += kinds_values(extract_facts(paragraph))
    assert found == SEED_003_FACTS


def test_seed_003_whole_text() -> None:
    paths = sorted(SEEDS.glob("003_*.txt"))
    if not paths:
        pytest.skip("seed 003 not available")
    text = paths[0].read_text(encoding="utf-8")
    facts = extract_facts(text)
    assert kinds_values(facts) == SEED_003_FACTS
    assert facts[0].text == "three hundred people had now been allocated a personal budget"
    for f in facts:
        assert text[f.start:f.end] == f.text


def test_said_of_the_figure_in_the_paragraph_before() -> None:
    """"Members noted that this compared with 2,100 in September": the figure before is
    the last fact of the paragraph before; with none, nothing is read."""
    def read(texts: list[str]) -> list[tuple[FactKind, float]]:
        blocks = [(t, Provenance("minutes.docx", block=n)) for n, t in enumerate(texts)]
        return [(f.kind, f.value) for f in facts_from_blocks(blocks, "Devon")]

    assert read(["3,870 people in Devon held a personal budget.",
                 "Members noted that this compared with 2,100 in September 2010."]) == [
        (PEOPLE, 3870), (PEOPLE, 2100)]
    assert read(["The council spent £2m on home care.",
                 "Members noted that this compared with 2,100 in September 2010."]) == []
    # an aim said of the share before, in the paragraph before
    assert read(["3,020 people were using a personal budget, 36 per cent of those eligible.",
                 "The director replied that the city was planning for 70% by that date."]) == [
        (PEOPLE, 3020), (PERCENT, 36), (PERCENT, 70)]
    # ... but a saving's aim after a saving stays the saving's
    assert read(["3,870 people held a personal budget, 24% of those eligible.",
                 "The council has made cashable savings of 1.2%. It is aiming for 3% by "
                 "April."]) == [(PEOPLE, 3870), (PERCENT, 24), (SAVINGS, 1.2)]


def test_facts_from_blocks_provenance() -> None:
    blocks = [
        ("Agenda item 7", Provenance("minutes.html", block=0)),
        ("·        three hundred people had now been allocated a personal budget;",
         Provenance("minutes.html", block=1)),
        ("Twelve thousand people were currently in receipt of services from adult social "
         "care. Five hundred of these service users would be reviewed by the end of March.",
         Provenance("minutes.html", block=2)),
        ("Again: three hundred people had now been allocated a personal budget.",
         Provenance("minutes.html", block=3)),
    ]
    facts = facts_from_blocks(blocks)
    assert [(f.kind, f.value) for f in facts] == SEED_003_FACTS  # the repeat is dropped
    first = facts[0]
    assert first.text == "three hundred people had now been allocated a personal budget"
    prov = first.provenance["value"]
    assert prov.block == 1
    assert prov.span is not None
    assert blocks[1][0][prov.span[0]:prov.span[1]] == first.text
    assert facts[2].provenance["value"].block == 2
    assert first.to_dict(provenance=False) == {
        "kind": "people_with_personal_budget", "value": 300,
        "text": "three hundred people had now been allocated a personal budget"}


def test_no_numbers_is_cheap_and_empty() -> None:
    assert extract_facts("") == []
    assert extract_facts("Personal budgets are going mainstream.") == []


def test_a_long_document() -> None:
    """4,000 paragraphs, a fifth of them candidates: each fact once (the speed is in
    benchmarks/, not here)."""
    paragraph = (
        "The Committee noted the report. As at 31 March 2010, 1,245 people (18.2% of "
        "eligible users) now have a personal budget; the target for April 2011 is 30%. "
        "Contact (01865) 323665 for details of report AS8, page 12."
    )
    plain = "Members discussed the consultation with carers and the voluntary sector."
    blocks = [(paragraph if i % 5 == 0 else plain, Provenance("big.pdf", block=i))
              for i in range(4000)]  # roughly a 200-page document's paragraphs
    facts = facts_from_blocks(blocks)
    assert [(f.kind, f.value) for f in facts] == [(PEOPLE, 1245), (PERCENT, 18.2)]


def test_scope_and_figures_across_paragraphs() -> None:
    """A survey's figures stay the survey's in the paragraph that goes on with it; the
    council's own figures told to it are the council's; "the number" said of a figure
    in the paragraph before takes its kind (issue 14)."""
    paragraphs = [
        "Personal budgets: councils still lagging",
        "Almost 93, 000 people were receiving personal budgets by the end of March, "
        "according to a national survey of directors.",
        "The survey, by ADASS and In Control, found that one in four people using council "
        "services now had a budget.",
        "It also found that spending through personal budgets had reached £1.5bn.",
        "Leicestershire told the survey it had 2,950 people on personal budgets, 19 per cent "
        "of those eligible.",
        "But the county council said its own figures showed the number had since climbed "
        "to 3,400.",
        "Neighbouring Nottinghamshire, by contrast, reported 5,812.",
    ]
    blocks = [(t, Provenance("news.html", block=i)) for i, t in enumerate(paragraphs)]
    facts = facts_from_blocks(blocks, "Leicestershire")
    assert [(f.kind, f.value) for f in facts] == [(PEOPLE, 2950), (PERCENT, 19),
                                                  (PEOPLE, 3400)]
    assert [f.provenance["value"].block for f in facts] == [4, 4, 5]


# Issue 14, blind prose set 5: general rules, each on sentences written here.
P5_POSITIVES: list[tuple[str, list[tuple[FactKind, float]]]] = [
    # a share said of the people before as "those eligible"
    ("Some 870 adults are on personal budgets, or 19% of those eligible.",
     [(PEOPLE, 870), (PERCENT, 19)]),
    ("2,010 people hold a personal budget. That is 31 per cent of those eligible.",
     [(PEOPLE, 2010), (PERCENT, 31)]),
    ("The borough has 1,450 people on personal budgets, which is 23% of those eligible.",
     [(PEOPLE, 1450), (PERCENT, 23)]),
    # a share of the people who receive the council's care, then holding a budget
    ("48 per cent of people receiving council-funded care now have a personal budget.",
     [(PERCENT, 48)]),
    ("Some 37% of adults getting support from the council in the county hold a personal "
     "budget.", [(PERCENT, 37)]),
    ("21 per cent of those receiving community care services are now on a personal budget.",
     [(PERCENT, 21)]),
    # "therefore", "thus" between the share's noun and its value
    ("The proportion with a personal budget was therefore 17.5 per cent.", [(PERCENT, 17.5)]),
    ("The percentage of eligible adults on personal budgets is thus 41%.", [(PERCENT, 41)]),
    # a target the figure stands close to or near is the target's, not the figure's
    ("1,330 people had a personal budget. This was 27 per cent of eligible people, close to "
     "the 30 per cent target set for all councils.", [(PEOPLE, 1330), (PERCENT, 27)]),
    ("At 28% of eligible users with a personal budget, the council is near the milestone "
     "set for every council.", [(PERCENT, 28)]),
    ("Some 26 per cent of eligible people now hold a personal budget, approaching the "
     "national target.", [(PERCENT, 26)]),
    # a negation in a clause of its own after "and"
    ("We care for about 5,200 adults and that number is not falling.", [(USERS, 5200)]),
    ("The council supports 7,400 people and the total has not changed since April.",
     [(USERS, 7400)]),
    ("Some 1,900 people have a personal budget and it is not expected to fall.",
     [(PEOPLE, 1900)]),
    # the people a council supports through personal budgets
    ("The council now supports 1,130 people through personal budgets.", [(PEOPLE, 1130)]),
    ("Adult services are supporting 2,250 adults via a personal budget.", [(PEOPLE, 2250)]),
    ("Oldham currently supports around 760 people through a personal budget.",
     [(PEOPLE, 760)]),
    # a share said of the figure before as "the proportion", "the figure", with
    # "therefore", "thus" or "exceed" between
    ("Some 610 people had a personal budget. The percentage was thus 12 per cent.",
     [(PEOPLE, 610), (PERCENT, 12)]),
    ("Officers said 1,480 people now had a personal budget. They expected that the figure "
     "would exceed 1,700 by April.", [(PEOPLE, 1480), (PEOPLE, 1700)]),
    # plain nouns for the people of a place
    ("Around 320 islanders now have a personal budget.", [(PEOPLE, 320)]),
    ("I hear 1,150 locals now hold a personal budget.", [(PEOPLE, 1150)]),
    ("Some 2,050 pensioners in the county receive a personal budget.", [(PEOPLE, 2050)]),
    # controlling a budget is holding one
    ("Roughly one in four older people now controls a personal budget.", [(PERCENT, 25)]),
    ("Some 1,260 people now control their own personal budget.", [(PEOPLE, 1260)]),
    ("Three in ten service users are controlling a personal budget.", [(PERCENT, 30)]),
    # "barely", "merely", "only" before a share said of the figure before; a population
    # the council supports or serves
    ("Only 700 people have a personal budget. That is barely one in eight of the 5,600 "
     "people the council supports.", [(PEOPLE, 700), (PERCENT, 12.5), (USERS, 5600)]),
    ("Some 1,100 people have a personal budget. This is merely 15% of the adults we "
     "serve.", [(PEOPLE, 1100), (PERCENT, 15)]),
    ("1,020 people have a personal budget. It is only 14 per cent of the people our "
     "department supports.", [(PEOPLE, 1020), (PERCENT, 14)]),
    # reviews booked, or scheduled, planned, due for review
    ("Some 1,750 reviews are booked for the coming year.", [(REVIEWS, 1750)]),
    ("We heard 640 reassessments are booked in for the spring.", [(REVIEWS, 640)]),
    ("About 3,100 care packages are scheduled for review in 2011/12.", [(REVIEWS, 3100)]),
    ("Around 900 people are planned for reassessment this year.", [(REVIEWS, 900)]),
    ("Some 480 support plans are due for review before March.", [(REVIEWS, 480)]),
    # the spend put (valued, estimated) at a sum: the object names spend and the budgets
    ("Leeds put the value of its personal budgets at £31m.", [(SPEND, 31_000_000)]),
    ("The council estimates spending through personal budgets at £4.2m a year.",
     [(SPEND, 4_200_000)]),
    ("Officers valued the council's spend on personal budgets at £3.1 million.",
     [(SPEND, 3_100_000)]),
    ("The council has placed total annual spend on personal budgets at £8.8m.",
     [(SPEND, 8_800_000)]),
    # money of a larger budget spent or paid through personal budgets
    ("Members heard that £16 million of the adult care budget was now spent through "
     "personal budgets.", [(SPEND, 16_000_000)]),
    ("Some £2.7m of the council's care spending is paid via personal budgets.",
     [(SPEND, 2_700_000)]),
    # an aside between commas that says what the spend includes or leaves out
    ("Annual spend through personal budgets, including those taken as cash, totals "
     "£6.1 million.", [(SPEND, 6_100_000)]),
    ("Spending on personal budgets, excluding residential placements, came to £3.9m.",
     [(SPEND, 3_900_000)]),
    ("Personal budget spend, including direct payments, totals £5.5m.", [(SPEND, 5_500_000)]),
    # the people a programme of reviews will cover
    ("The review programme will cover 1,850 people by the end of the year.",
     [(REVIEWS, 1850)]),
    ("This year's reviewing plan covers some 1,300 care packages.", [(REVIEWS, 1300)]),
    ("The reassessment programme is to take in 650 service users before April.",
     [(REVIEWS, 650)]),
    # the earlier figure a figure is a multiple of ("double the 690 recorded ...")
    ("Some 2,400 people hold a personal budget, twice the 1,200 reported a year ago.",
     [(PEOPLE, 2400), (PEOPLE, 1200)]),
    ("Nearly 1,600 adults now use a personal budget - more than double the 700 recorded "
     "in April 2010.", [(PEOPLE, 1600), (PEOPLE, 700)]),
    ("The council now spends £6m through personal budgets, treble the £2m of 2008/09.",
     [(SPEND, 6_000_000), (SPEND, 2_000_000)]),
    ("Some 1,750 people use a personal budget, compared with the 1,020 counted last March.",
     [(PEOPLE, 1750), (PEOPLE, 1020)]),
    ("About 980 people have a personal budget, up from the 610 logged in June.",
     [(PEOPLE, 980), (PEOPLE, 610)]),
    # the council's own wish for the count on personal budgets
    ("The council expects 3,100 people on personal budgets by April.", [(PEOPLE, 3100)]),
    ("The department aims to have 900 on personal budgets by March.", [(PEOPLE, 900)]),
    ("Officers hope to get 1,500 adults on a personal budget by the autumn.",
     [(PEOPLE, 1500)]),
]

P5_DISTRACTORS: list[str] = [
    "Nationally, close to 30% of eligible people have a personal budget.",
    "The reablement team supports 140 people through short-term care.",
    "The council supports 300 people through its carers' grants.",
    "Some 40% of people receiving care from the council were surveyed.",
    "The average is close to the 30% target.",
    "Around 5,000 pensioners live in the district.",
    "The council controls £5m of day care spending.",
    "Some 500 people are scheduled for a day centre place.",
    "Only 40% of islanders responded to the survey.",
    "Officers put the cost of setting up personal budgets at £300,000.",
    "Officers put the value of the work on personal budgets at £300,000.",
    "The council puts the average personal budget at £9,000.",
    "Spend on training, including training on personal budgets, totals £200,000.",
    "£2m of the grant was spent on training staff in personal budgets.",
    "The review programme covered 2,400 people last year.",
    "The training programme will cover 300 staff.",
    "The Government wants 30% of eligible people on personal budgets.",
    "Around 700 people on personal budgets were surveyed.",
    "Around 700 complaints were recorded last year.",
]

# the pre-filter (tests/test_fact_prefilter.py) is checked on these too
POSITIVES = POSITIVES + P5_POSITIVES
DISTRACTORS = DISTRACTORS + P5_DISTRACTORS


@pytest.mark.parametrize(("text", "expected"), P5_POSITIVES,
                         ids=[t[:48] for t, _ in P5_POSITIVES])
def test_p5_positive(text: str, expected: list[tuple[FactKind, float]]) -> None:
    test_positive(text, expected)


@pytest.mark.parametrize("text", P5_DISTRACTORS, ids=[t[:48] for t in P5_DISTRACTORS])
def test_p5_distractor(text: str) -> None:
    assert extract_facts(text) == []


def test_p5_the_proportion_therefore() -> None:
    """"The proportion therefore stood at N%" after a count with a budget and the
    council's caseload, in one paragraph, is the share of the first (issue 14, p5)."""
    text = ("By June 2,300 people held a personal budget, out of some 9,000 people the "
            "council supports. The proportion therefore stood at 25.5%.")
    facts = facts_from_blocks([(text, Provenance("p.html", block=0))])
    assert [(f.kind, f.value) for f in facts] == [(PEOPLE, 2300), (USERS, 9000),
                                                  (PERCENT, 25.5)]


def test_p5_on_budgets_in_a_text_about_personal_budgets() -> None:
    """"want 2,000 on budgets by next spring" in a text about personal budgets is the
    council's own plan for people with one (issue 14, p5)."""
    texts = ["Some 1,450 people in the borough now hold a personal budget.",
             "Councillors want 2,300 on budgets by the end of the year."]
    facts = facts_from_blocks([(t, Provenance("p.html", block=i))
                               for i, t in enumerate(texts)])
    assert [(f.kind, f.value) for f in facts] == [(PEOPLE, 1450), (PEOPLE, 2300)]
