"""Shared framework text and return data helpers for the r6b test papers."""
import json
import os

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

DELIVERABLES = {
    1: ["That a communication has been made to the public including all current service users and to all local stakeholders about the transformation agenda and its benefits for them. That the move to personal budgets is well understood and that local service users are contributing to the development of local practice. [By Dec 2009] That users and carers are involved with and regularly consulted about the councils plans for transformation of adult social care.",
        "That local service users understand the changes to personal budgets and that many are contributing to the development of local practice.",
        "That every council area has at least one user-led organisation who are directly contributing to the transformation to personal budgets. (By December 2010)"],
    2: ["That every council has introduced personal budgets, which are being used by existing or new service users/ carers.",
        "That all new service users / carers (with assessed need for ongoing support) are offered a personal budget. That all service users whose care plans are subject to review are offered a personal budget.",
        "That at least 30% of eligible service users/carers have a personal budget."],
    3: ["That every council has a clear strategy, jointly with health, for how it will shift some investment from reactive provision towards preventative and enabling/ rehabilitative interventions for 2010/11. Agreements should be in place with health to share the risks and benefits to the 'whole system'.",
        "That processes are in place to monitor across the whole system the impact of this shift in investment towards preventative and enabling services. This will enable efficiency gains to be captured and factored into joint investment planning, especially with health.",
        "That there is evidence that cashable savings have been released as a result of the preventative strategies and that overall social care has delivered a minimum of 3% cashable savings. There should also be evidence that joint planning has been able to apportion costs and benefits across the 'whole system'."],
    4: ["That every council has a strategy in place to create universal information and advice services.",
        "That the council has put in place arrangements for universal access to information and advice.",
        "That the public are informed about where they can go to get the best information and advice about their care and support needs."],
    5: ["That councils and PCTs have commissioning strategies that address the future needs of their local population and have been subject to development with all stakeholders especially service users and carers; providers and third sector organisations in their areas. These commissioning strategies take account of the priorities identified through their JSNAs.",
        "That providers and third sector organisations are clear on how they can respond to the needs of people using personal budgets. An increase in the range of service choice is evident. That councils have clear plans regarding the required balance of investment to deliver the transformation agenda.",
        "That stakeholders are clear on the impact that purchasing by individuals, both publicly (personal budgets) and privately funded, will have on the procurement of councils and PCTs in such a way that will guarantee the right kind of supply of services to meet local care and support needs."],
}

REQS = [
    ("engagement.service_users", "The full engagement of all service users."),
    ("engagement.staff", "The full engagement of all staff working to support the delivery of care, which includes people working in the provider services and third sector organisations."),
    ("engagement.health", "The full engagement of Primary Care Trusts and the wider health community."),
    ("engagement.politicians", "The full engagement of local politicians"),
    ("engagement.council_partners", "The full engagement of all parts of local councils and of other key strategic partners."),
    ("engagement.regional_national", "The support of regional and national programmes."),
    ("arrangements.risk_management", "A system is in place, which manages the risks associated with the transformation that includes both the risks for individuals and financial and other risks"),
    ("arrangements.business_models", "Clarity of the business models that will need to be adapted to support the transformation"),
    ("arrangements.financial_systems", "Financial systems, which support the delivery of personal budgets."),
    ("arrangements.project_plan", "A local project plan for the delivery of the transformation with clear projections and targets to reach locally identified milestones"),
    ("arrangements.business_cases", "Business cases, which track the new investments, and disinvestments that will be required to support the change."),
    ("arrangements.workforce_strategy", "A workforce strategy that supports the transformation"),
]
REQ_HEAD_1 = "Are all stakeholders fully engaged and supportive of local planning for \u201cPutting People First\u201d"
REQ_HEAD_2 = "Are the following Key Arrangements resolved and in place"

RATING_CODES = {"R": "red", "AR": "amber_red", "AG": "amber_green", "G": "green"}
RATING_WORDS = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green", "green": "Green"}
RATING_SHORT = {"red": "R", "amber_red": "A/R", "amber_green": "A/G", "green": "G"}
RATINGS = ["red", "amber_red", "amber_green", "green"]

LIKE_CODES = {"VL": "very_likely", "FL": "fairly_likely", "FU": "fairly_unlikely", "VU": "very_unlikely"}
LIKE_WORDS = {"very_likely": "Very likely", "fairly_likely": "Fairly likely",
              "fairly_unlikely": "Fairly unlikely", "very_unlikely": "Very unlikely"}
LIKES = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]

NEXT = "What are we planning to do next?"
PREVENT = "What could prevent us from achieving this milestone?"
EXTERNAL = "What external support would help?"
QUESTIONS = {
    1: ["Does our Authority have a range of means at all levels to effectively co-produce transformation with people who use care and support?",
        "Is there a programme board for the delivery of PPF that has direct representation of users/carers?",
        "Does our Authority have plans in place to meet the DH target of a User Led Organisation (ULO) in place by the end of 2010?",
        NEXT, PREVENT, EXTERNAL],
    2: ["Have we started to issue personal budgets?",
        "On what date are we planning to start issuing personal budgets?",
        "Is this a pilot or mainstream activity for all new customers?",
        NEXT, PREVENT, EXTERNAL],
    3: ["Do we have a strategy and/or an investment programme for Prevention and Early Intervention?",
        "Are health partners involved in this strategy?",
        NEXT, PREVENT, EXTERNAL],
    4: ["Do we have a strategy for universal access to information, support and guidance for adult social care?",
        "Are self-funders (i.e. all citizens) included in this strategy so they can make use of both universal and paid for services to stay independent?",
        "On what date is it expected this strategy will be delivered?",
        "Is the council helping voluntary organisations and other partners provide universal information and advice to a wide range of the population",
        NEXT, PREVENT, EXTERNAL],
    5: ["Are we working with providers so they understand how we want them to develop and how they can develop flexible support arrangements?",
        "Have we clear links between adults social care transformation and the NHS local services commissioning?",
        "How have commissioning and contracting arrangements been changed to enable providers to offer choice and flexibility",
        "How are we shaping the market in order to develop a supply of services that will meet the needs of all citizens that require social care?",
        "To what extent are users, carers, providers and third sectors been involved in developing the commissioning strategy?",
        NEXT, PREVENT, EXTERNAL],
}


def parse_cell(spec):
    """'Y' | 'N' | 'VL' | 'N+FL' ; reason/when given separately."""
    ach, like = None, None
    for part in spec.split("+"):
        if part in ("Y", "N"):
            ach = part
        elif part in LIKE_CODES:
            like = LIKE_CODES[part]
    return ach, like


class Return:
    def __init__(self, council, period, date_completed, cells, reqs, answers=None, risks=None):
        """cells: {m: [spec_apr10, spec_oct10, spec_apr11]} where spec is '' (not reported),
        'Y', 'N', 'VL'..., or a tuple (spec, reason, when)."""
        self.council = council
        self.period = period
        self.date_completed = date_completed
        self.cells = {}
        for m, specs in cells.items():
            for d, spec in zip(DEADLINES, specs):
                reason = when = None
                if isinstance(spec, tuple):
                    spec, reason, when = spec
                if not spec:
                    continue
                ach, like = parse_cell(spec)
                self.cells[(m, d)] = {"achieved": ach, "likelihood": like,
                                      "reason_not_achieved": reason, "when_to_be_achieved": when}
        codes = reqs.split()
        self.reqs = {}
        for (rid, _), c in zip(REQS, codes):
            if c != "-":
                self.reqs[rid] = RATING_CODES[c]
        self.answers = answers or []   # list of (m, q, a)
        self.risks = risks or []       # list of (m, risk, mitigation)

    def cell(self, m, d):
        return self.cells.get((m, d))

    def answers_for(self, m):
        return [(q, a) for (mm, q, a) in self.answers if mm == m]

    def answer(self, m, q):
        for mm, qq, a in self.answers:
            if mm == m and qq == q:
                return a
        return ""

    def risks_for(self, m):
        return [(r, x) for (mm, r, x) in self.risks if mm == m]

    def gold(self, stem, facts):
        ms = []
        for m in range(1, 6):
            for d in DEADLINES:
                c = self.cells.get((m, d))
                if c:
                    ms.append({"milestone": m, "deadline": d, **c})
        return {
            "schema": "ppf-return/1",
            "document": stem,
            "council": self.council,
            "period": self.period,
            "date_completed": self.date_completed,
            "milestones": ms,
            "requirements": [{"requirement": rid, "rating": self.reqs[rid]}
                             for rid, _ in REQS if rid in self.reqs],
            "answers": [{"milestone": m, "question": q, "answer": a}
                        for (m, q, a) in self.answers if a.strip()],
            "risks": [{"milestone": m, "risk": r, "mitigation": x}
                      for (m, r, x) in self.risks if (r or x)],
            "facts": [{"kind": k, "value": v, "text": t} for (k, v, t) in facts],
        }


def write_gold(root, stem, ret, facts):
    os.makedirs(os.path.join(root, "gold"), exist_ok=True)
    with open(os.path.join(root, "gold", stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(ret.gold(stem, facts), f, indent=2, ensure_ascii=False)
        f.write("\n")
