"""The values model: what each generated return says, drawn from a seeded RNG.

Gold is written from these values, never from the rendered documents.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# The framework's canonical wording (seeds 000-002), copied as literals.
TITLES = {
    1: "Effective partnerships with people using services, carers and other local citizens",
    2: "Self-directed support and personal budgets",
    3: "Prevention and cost effective services",
    4: "Information and advice",
    5: "Local commissioning",
}
TITLE_VARIANTS = {
    1: ("Effective partnerships with people who use services, carers and other local citizens",
        "Effective partnerships with service users, carers & other local citizens",
        "Effective Partnerships with People using services, carers and other local citizens"),
    2: ("Self directed support & personal budgets", "Self-Directed Support and Personal Budgets"),
    3: ("Prevention & cost effective services", "Prevention and cost-effective services"),
    4: ("Information & advice", "Information and Advice"),
    5: ("Local Commissioning",),
}
DEADLINES = ("2010-04", "2010-10", "2011-04")
LIKELIHOODS = ("very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely")
LIK_WORDS = {"very_likely": "Very likely", "fairly_likely": "Fairly likely",
             "fairly_unlikely": "Fairly unlikely", "very_unlikely": "Very unlikely"}
RATINGS = ("red", "amber_red", "amber_green", "green")

# (id, wording as printed in the seed 002 template)
REQUIREMENTS = (
    ("engagement.service_users", "The full engagement of all service users."),
    ("engagement.staff", "The full engagement of all staff working to support the delivery "
     "of care, which includes people working in the provider services and third sector "
     "organisations."),
    ("engagement.health", "The full engagement of Primary Care Trusts and the wider health "
     "community."),
    ("engagement.politicians", "The full engagement of local politicians"),
    ("engagement.council_partners", "The full engagement of all parts of local councils and "
     "of other key strategic partners."),
    ("engagement.regional_national", "The support of regional and national programmes."),
    ("arrangements.risk_management", "A system is in place, which manages the risks "
     "associated with the transformation that includes both the risks for individuals and "
     "financial and other risks"),
    ("arrangements.business_models", "Clarity of the business models that will need to be "
     "adapted to support the transformation"),
    ("arrangements.financial_systems", "Financial systems, which support the delivery of "
     "personal budgets."),
    ("arrangements.project_plan", "A local project plan for the delivery of the "
     "transformation with clear projections and targets to reach locally identified "
     "milestones"),
    ("arrangements.business_cases", "Business cases, which track the new investments, and "
     "disinvestments that will be required to support the change."),
    ("arrangements.workforce_strategy", "A workforce strategy that supports the "
     "transformation"),
)
ENGAGEMENT_HEAD = ("Are all stakeholders fully engaged and supportive of local planning for "
                   "\u201cPutting People First\u201d")
ARRANGEMENTS_HEAD = "Are the following Key Arrangements resolved and in place"

KEY_QUESTIONS = {
    1: ("Does our Authority have plans in place to meet the DH target of a User Led "
        "Organisation (ULO) in place by the end of 2010?",
        "Is there a programme board for the delivery of PPF that has direct representation "
        "of users/carers?",
        "Does our Authority have a range of means at all levels to effectively co-produce "
        "transformation with people who use care and support?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"),
    2: ("Have we started to issue personal budgets?",
        "Is this a pilot or mainstream activity for all new customers?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"),
    3: ("Do we have a strategy and/or an investment programme for Prevention and Early "
        "Intervention?",
        "Are health partners involved in this strategy?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"),
    4: ("Do we have a strategy for universal access to information, support and guidance "
        "for adult social care?",
        "Are self-funders (i.e. all citizens) included in this strategy so they can make use "
        "of both universal and paid for services to stay independent?",
        "On what date is it expected this strategy will be delivered?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"),
    5: ("Are we working with providers so they understand how we want them to develop and "
        "how they can develop flexible support arrangements?",
        "Have we clear links between adults social care transformation and the NHS local "
        "services commissioning?",
        "How are we shaping the market in order to develop a supply of services that will "
        "meet the needs of all citizens that require social care?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"),
}

DELIVERABLES = {
    1: ("That a communication has been made to the public including all current service "
        "users and to all local stakeholders about the transformation agenda and its "
        "benefits for them.",
        "That local service users understand the changes to personal budgets and that many "
        "are contributing to the development of local practice.",
        "That every council area has at least one user-led organisation who are directly "
        "contributing to the transformation to personal budgets."),
    2: ("That every council has introduced personal budgets, which are being used by "
        "existing or new service users/ carers.",
        "That all new service users / carers (with assessed need for ongoing support) are "
        "offered a personal budget.",
        "That at least 30% of eligible service users/carers have a personal budget."),
    3: ("That every council has a clear strategy, jointly with health, for how it will shift "
        "some investment from reactive provision towards preventative and enabling/ "
        "rehabilitative interventions for 2010/11.",
        "That processes are in place to monitor across the whole system the impact of this "
        "shift in investment towards preventative and enabling services.",
        "That there is evidence that cashable savings have been released as a result of the "
        "preventative strategies and that overall social care has delivered a minimum of 3% "
        "cashable savings."),
    4: ("That every council has a strategy in place to create universal information and "
        "advice services.",
        "That the council has put in place arrangements for universal access to information "
        "and advice.",
        "That the public are informed about where they can go to get the best information "
        "and advice about their care and support needs."),
    5: ("That councils and PCTs have commissioning strategies that address the future needs "
        "of their local population.",
        "That providers and third sector organisations are clear on how they can respond to "
        "the needs of people using personal budgets.",
        "That stakeholders are clear on the impact that purchasing by individuals will have "
        "on the procurement of councils and PCTs."),
}

DESCRIPTIONS = {
    1: "Successful delivery of Putting People First will depend on citizens, people "
       "accessing care and support and carers working in a co-productive relationship with "
       "Local Authorities and their partners at all levels in the design, planning and "
       "delivery of new personalised systems and services.",
    2: "Success on this milestone would mean systems are in place to allow citizens who "
       "require social care support to easily find and choose quality support, and control "
       "when and where services are provided, and by whom.",
    3: "This milestone looks at a whole system approach to prevention, intervention and cost "
       "effective services, including the support available that will help any citizen "
       "requiring help to stay independent for as long as possible.",
    4: "All citizens should be able to easily find locally relevant quality information and "
       "advice about their care and support needs in order to enable control and inform "
       "choice.",
    5: "Councils need to ensure the development of a diverse and high quality market in care "
       "and support services to offer real choice and control to service users and their "
       "carers.",
}

# (short name, full name as printed, how the Council field may print it)
COUNCIL_STYLES = (
    ("{} Metropolitan Borough Council", "{} MBC"),
    ("{} County Council", "{} County Council"),
    ("London Borough of {}", "London Borough of {}"),
    ("{} City Council", "{} City Council"),
    ("{} Borough Council", "{} Borough Council"),
    ("Royal Borough of {}", "Royal Borough of {}"),
)
PLACES = (
    ("Ashdale", 0), ("Brackenfield", 1), ("Caverley", 0), ("Dunmore", 4), ("Eastwick", 2),
    ("Fellsby", 1), ("Glenham", 3), ("Harwood Vale", 0), ("Ingleford", 4), ("Kestrel Moor", 1),
    ("Larkhill", 2), ("Merrowby", 0), ("Northwold", 1), ("Oakhurst", 5), ("Pennington", 3),
    ("Queensbury", 2), ("Redmarsh", 0), ("Saltcombe", 1), ("Thornbury Wells", 4),
    ("Upperdale", 1), ("Valebridge", 3), ("Westmere", 2), ("Yarrowfield", 0), ("Aldersey", 1),
    ("Blackmoor", 0), ("Cresswell", 4), ("Dovecote", 2), ("Elmsworth", 3), ("Foxley", 1),
    ("Greystone", 0), ("Hollinshead", 4), ("Kirkby Lonsdale Vale", 1), ("Lindenhurst", 5),
    ("Marston Fields", 2), ("Netherby", 0), ("Oldcastle", 3), ("Ravensworth", 1),
    ("Stanmoor", 0), ("Tillingham", 2), ("Wolstanton Heath", 4),
)

PERIODS = ("2009-12", "2010-03", "2010-06", "2010-09", "2010-12", "2011-03")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

REASONS = (
    "Delays in recruiting to the brokerage team",
    "The resource allocation system is still being tested with finance colleagues",
    "Joint strategy with the PCT has not yet been signed off by the Health Board",
    "User-led organisation still in development; constitution agreed but not yet trading",
    "IT system changes needed to record personal budgets were delivered late",
    "Information strategy delayed by the corporate website redesign",
    "Market position statement awaiting consultation with providers",
    "Awaiting agreement of the pooled budget arrangements",
    "Reablement service only covers the north of the county so far",
    "Staff training programme rescheduled following restructure",
)
WHEN_TEXTS = ("June 2011", "By end of June 2011", "September 2011", "Q2 2011/12",
              "31 December 2011", "By October 2011", "Summer 2011", "July 2011")

# Answers by question: the milestone's own questions first (in KEY_QUESTIONS order), then
# the three questions every milestone asks.
SPECIFIC_ANSWERS = {
    1: (("Yes. A user-led organisation has been commissioned and is recruiting its board.",
         "Yes, the ULO was launched in partnership with the local disability forum."),
        ("Yes, the programme board includes two service user representatives and a carer.",
         "Yes. A carer and a user representative sit on the Transformation Board."),
        ("A user and carer forum reviews each workstream and reports to the programme board.",
         "Yes, through the partnership boards, a reference group and regular road shows.")),
    2: (("Yes, personal budgets have been issued since the summer.",
         "Yes. All new customers are now offered a personal budget."),
        ("Mainstream activity for all new customers.",
         "A pilot in two locality teams, to be rolled out across the area.")),
    3: (("Yes, a joint Prevention Strategy was agreed with the PCT.",
         "An investment programme for reablement and telecare is in place."),
        ("The PCT is a full partner and co-chairs the prevention board.",
         "Yes, health partners jointly fund the reablement service.")),
    4: (("Yes, an Information and Advice Strategy was approved by Cabinet.",
         "A draft strategy is out for consultation with partners."),
        ("Self-funders are included and can use the online directory.",
         "Yes, the strategy covers all citizens whatever their funding."),
        ("The strategy will be delivered in stages during 2011.",
         "By the end of the financial year.")),
    5: (("Provider forums are held quarterly to explain personalisation.",
         "Yes, through a provider development programme and regular workshops."),
        ("Joint commissioning managers work across the council and the PCT.",
         "Yes, the joint commissioning board oversees both programmes."),
        ("Through a market position statement and provider development fund.",
         "By publishing a market position statement and supporting micro-providers.")),
}
NEXT_ANSWERS = (
    "We will extend self-directed support to all existing service users at review.",
    "Launch the new online information portal and a telephone advice line.",
    "Refresh the joint commissioning strategy with health partners.",
    "Training on outcome focused reviews for care managers.",
    "Evaluate the pilot and agree the roll-out plan with the programme board.",
)
PREVENT_ANSWERS = (
    "Budget pressures across the council and the NHS.",
    "Uncertainty about future funding settlements.",
    "Recruitment freeze affecting the reablement service.",
    "N/A",
    "Delays to the replacement social care IT system.",
)
SUPPORT_ANSWERS = (
    "Continued support from the regional Joint Improvement Partnership.",
    "Peer support from a neighbouring authority would help.",
    "Guidance from the Department of Health on resource allocation.",
    "Continued JIP support.",
)
RISKS = (
    ("Reduction in council funding", "Efficiency programme and prioritisation of "
     "transformation projects"),
    ("Provider market not ready for personal budgets", "Market development workshops with "
     "local providers"),
    ("Staff capacity during restructure", "Backfill posts funded from the Social Care Reform "
     "Grant"),
    ("IT system changes not delivered on time", "Interim manual recording with weekly "
     "reconciliation"),
    ("Health partners withdraw from joint funding", "Section 256 agreement signed for two "
     "years"),
    ("Low take-up of direct payments", "Peer support and brokerage offered to all new "
     "customers"),
)


@dataclass
class Cell:
    milestone: int
    deadline: str
    achieved: str | None = None
    likelihood: str | None = None
    reason: str | None = None
    when: str | None = None

    def gold(self) -> dict:
        return {"milestone": self.milestone, "deadline": self.deadline,
                "achieved": self.achieved, "likelihood": self.likelihood,
                "reason_not_achieved": self.reason, "when_to_be_achieved": self.when}


@dataclass
class Return:
    """Everything one return says (only what a layout renders goes into gold)."""

    short: str
    full_name: str
    field_name: str  # how the "Council:" field prints it
    period: str
    completed: tuple[int, int, int] | None
    cells: list[Cell]
    ratings: dict[str, str]
    answers: dict[int, list[tuple[str, str]]]
    risks: dict[int, tuple[str | None, str | None]]
    extras: dict[str, object] = field(default_factory=dict)


def passed(deadline: str, period: str) -> bool:
    """Has the deadline passed by the end of the period? (2010-04 is due 1 April 2010.)"""
    return period >= deadline


def _weighted(rng: random.Random, options: tuple[str, ...], weights: tuple[int, ...]) -> str:
    return rng.choices(options, weights=weights, k=1)[0]


def draw_cells(rng: random.Random, period: str, n_likelihood: bool) -> list[Cell]:
    cells = []
    for m in range(1, 6):
        for d in DEADLINES:
            c = Cell(m, d)
            if passed(d, period):
                c.achieved = "Y" if rng.random() < 0.75 else "N"
                if c.achieved == "N":
                    c.reason = rng.choice(REASONS)
                    c.when = rng.choice(WHEN_TEXTS)
                    if n_likelihood and rng.random() < 0.6:
                        c.likelihood = _weighted(rng, LIKELIHOODS, (3, 5, 2, 1))
            else:
                c.likelihood = _weighted(rng, LIKELIHOODS, (9, 6, 3, 2))
            cells.append(c)
    return cells


def draw_ratings(rng: random.Random) -> dict[str, str]:
    return {rid: _weighted(rng, RATINGS, (1, 3, 6, 8)) for rid, _ in REQUIREMENTS}


def _answer_pool(m: int, k: int) -> tuple[str, ...]:
    specific = SPECIFIC_ANSWERS[m]
    if k < len(specific):
        return specific[k]
    return (NEXT_ANSWERS, PREVENT_ANSWERS, SUPPORT_ANSWERS)[k - len(specific)]


def draw_answers(rng: random.Random) -> dict[int, list[tuple[str, str]]]:
    out = {}
    for m, questions in KEY_QUESTIONS.items():
        out[m] = [(q, rng.choice(_answer_pool(m, k))) for k, q in enumerate(questions)
                  if rng.random() < 0.8]
    return out


def draw_risks(rng: random.Random) -> dict[int, tuple[str | None, str | None]]:
    out: dict[int, tuple[str | None, str | None]] = {}
    for m in range(1, 6):
        roll = rng.random()
        risk, mitigation = rng.choice(RISKS)
        if roll < 0.6:
            out[m] = (risk, mitigation)
        elif roll < 0.75:
            out[m] = (risk, None)
    return out


def completion_date(rng: random.Random, period: str) -> tuple[int, int, int]:
    y, m = int(period[:4]), int(period[5:])
    m += 1
    if m == 13:
        y, m = y + 1, 1
    return (y, m, rng.randint(4, 27))


def council_names(index: int) -> tuple[str, str, str]:
    place, style = PLACES[index % len(PLACES)]
    full, field_fmt = COUNCIL_STYLES[style]
    return place, full.format(place), field_fmt.format(place)


def draw_return(rng: random.Random, council_index: int, period: str,
                n_likelihood: bool = True) -> Return:
    short, full, field_name = council_names(council_index)
    return Return(short, full, field_name, period, completion_date(rng, period),
                  draw_cells(rng, period, n_likelihood), draw_ratings(rng), draw_answers(rng),
                  draw_risks(rng))


# ---------------------------------------------------------------------------
# Date wording


def month_name(period: str) -> str:
    return f"{MONTH_NAMES[int(period[5:]) - 1]} {period[:4]}"


def date_text(d: tuple[int, int, int], style: int) -> str:
    y, m, day = d
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return (f"{day}{suffix} {MONTH_NAMES[m - 1]} {y}", f"{day:02d}/{m:02d}/{y}",
            f"{day} {MONTH_NAMES[m - 1][:3]} {y}", f"{day} {MONTH_NAMES[m - 1]} {y}")[style % 4]


DEADLINE_LABELS = (
    ("April 2010", "October 2010", "April 2011"),
    ("Apr-10", "Oct-10", "Apr-11"),
    ("Apr 10", "Oct 10", "Apr 11"),
    ("31 March 2010", "October 2010", "31 March 2011"),
    ("Apr 2010", "Oct 2010", "Apr 2011"),
)


def gold_record(stem: str, ret: Return | None, council: str | None, *, cells: bool = True,
                ratings: bool = True, answers: bool = True, risks: bool = True,
                completed: bool = True, period: bool = True) -> dict:
    """The gold record for what was rendered (flags say which parts were)."""
    if ret is None:
        return {"schema": "ppf-return/1", "document": stem, "council": council,
                "period": None, "date_completed": None, "milestones": [],
                "requirements": [], "answers": [], "risks": [], "facts": []}
    c = ret.completed
    return {
        "schema": "ppf-return/1", "document": stem, "council": council,
        "period": ret.period if period else None,
        "date_completed": f"{c[0]:04d}-{c[1]:02d}-{c[2]:02d}" if (c and completed) else None,
        "milestones": [x.gold() for x in ret.cells] if cells else [],
        "requirements": ([{"requirement": r, "rating": ret.ratings[r]} for r, _ in REQUIREMENTS]
                         if ratings else []),
        "answers": ([{"milestone": m, "question": q, "answer": a}
                     for m, qa in ret.answers.items() for q, a in qa] if answers else []),
        "risks": ([{"milestone": m, "risk": r, "mitigation": g}
                   for m, (r, g) in ret.risks.items()] if risks else []),
        "facts": [],
    }
