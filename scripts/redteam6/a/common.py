"""Shared framework text and return data for the r6a blind papers."""
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
WORK = ROOT / "work"

DEADLINES = ["2010-04", "2010-10", "2011-04"]
DL_LONG = {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}
DL_SHORT = {"2010-04": "Apr-10", "2010-10": "Oct-10", "2011-04": "Apr-11"}

TITLES = {
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
    (5, "2010-04"): "That councils and PCTs have commissioning strategies that address the future needs of their local population and have been subject to development with all stakeholders. These commissioning strategies take account of the priorities identified through their JSNAs.",
    (5, "2010-10"): "That providers and third sector organisations are clear on how they can respond to the needs of people using personal budgets. An increase in the range of service choice is evident.",
    (5, "2011-04"): "That stakeholders are clear on the impact that purchasing by individuals, both publicly (personal budgets) and privately funded, will have on the procurement of councils and PCTs.",
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
REQ_TEXT = dict(REQS)
REQ_HEAD_ENG = "Are all stakeholders fully engaged and supportive of local planning for \u201cPutting People First\u201d"
REQ_HEAD_ARR = "Are the following Key Arrangements resolved and in place"
RATINGS = ["red", "amber_red", "amber_green", "green"]
RATING_WORD = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green", "green": "Green"}
RATING_CODE = {"red": "R", "amber_red": "A/R", "amber_green": "A/G", "green": "G"}
LIKES = ["very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely"]
LIKE_WORD = {"very_likely": "Very likely", "fairly_likely": "Fairly likely",
             "fairly_unlikely": "Fairly unlikely", "very_unlikely": "Very unlikely"}

QUESTIONS = {
    1: ["Is there a programme board for the delivery of PPF that has direct representation of users/carers?",
        "Does our Authority have a range of means at all levels to effectively co-produce transformation with people who use care and support?",
        "Does our Authority have plans in place to meet the DH target of a User Led Organisation (ULO) in place by the end of 2010?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"],
    2: ["Have we started to issue personal budgets?",
        "Is this a pilot or mainstream activity for all new customers?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"],
    3: ["Do we have a strategy and/or an investment programme for Prevention and Early Intervention?",
        "Are health partners involved in this strategy?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"],
    4: ["Do we have a strategy for universal access to information, support and guidance for adult social care?",
        "Are self-funders (i.e. all citizens) included in this strategy so they can make use of both universal and paid for services to stay independent?",
        "On what date is it expected this strategy will be delivered?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"],
    5: ["Are we working with providers so they understand how we want them to develop and how they can develop flexible support arrangements?",
        "Have we clear links between adults social care transformation and the NHS local services commissioning?",
        "How are we shaping the market in order to develop a supply of services that will meet the needs of all citizens that require social care?",
        "What are we planning to do next?",
        "What could prevent us from achieving this milestone?",
        "What external support would help?"],
}

# answer pools: {C} = council short name, {P} = PCT name
POOL = {
    "Is there a programme board": ["Yes. The {C} Personalisation Board includes two service user representatives and a carer nominated by the Carers Forum.",
                                   "Yes, the Transformation Programme Board has had user and carer members since it was set up in 2009."],
    "Does our Authority have a range": ["Yes, through the Learning Disability Partnership Board, the Older People's Forum and a reference group of personal budget holders.",
                                        "Partly. Reference groups exist for learning disability and mental health; a group for older people is being formed."],
    "Does our Authority have plans in place": ["Yes. A local disability organisation has been commissioned to develop as the ULO and holds a seat on the programme board.",
                                               "Yes, funding has been agreed for a user-led support planning and brokerage service, due to open in the new year."],
    "What are we planning to do next?": ["Roll out the revised support planning process to all locality teams and review the resource allocation system after six months.",
                                         "Hold a second round of stakeholder events and publish a plain English guide to self-directed support.",
                                         "Complete the review of day services and agree the joint commissioning plan with {P}.",
                                         "Extend the reablement service to cover the whole county and embed outcome focused reviews."],
    "What could prevent us": ["Reductions in the council's budget for 2011/12 and beyond.",
                              "Capacity within care management teams to carry out reviews.",
                              "Changes to NHS structures and uncertainty over future funding.",
                              "Delays to the replacement of the client information system."],
    "What external support would help?": ["Continued support from the regional Joint Improvement Partnership.",
                                          "Sharing of good practice from other councils in the region.",
                                          "Clear national guidance on personal budgets for carers.",
                                          "Support from the JIP with market development."],
    "Have we started to issue personal budgets?": ["Yes", "Yes, since June 2009."],
    "Is this a pilot or mainstream activity": ["Mainstream for all new customers since April 2010.",
                                               "Mainstream for all client groups; reviews of existing customers are being phased in by team."],
    "Do we have a strategy and/or an investment": ["Yes, a joint Prevention Strategy was agreed with {P} in 2009 and is backed by a pooled prevention budget.",
                                                   "Yes. The Early Intervention and Prevention Strategy was approved by Cabinet in March 2010."],
    "Are health partners involved": ["Yes, {P} co-chairs the prevention work stream.",
                                     "Yes, jointly funded through section 256 monies."],
    "Do we have a strategy for universal access": ["Yes, the Information and Advice Strategy was adopted in March 2010.",
                                                   "A draft strategy has been consulted on and will go to Cabinet shortly."],
    "Are self-funders": ["Yes, the strategy covers all adults regardless of who pays for their care.",
                         "Yes, self-funders are specifically targeted through the online directory and the contact centre."],
    "On what date is it expected": ["Already in place.", "By the end of March 2011."],
    "Are we working with providers": ["Yes, through quarterly provider forums and a market position statement.",
                                      "Yes, a provider development programme has been running since spring 2010."],
    "Have we clear links": ["Yes, joint commissioning arrangements with {P} cover older people, learning disability and mental health.",
                            "Links are in place through the Joint Commissioning Board."],
    "How are we shaping the market": ["By publishing a market facilitation plan and supporting small local providers and micro-enterprises.",
                                      "Through a new framework agreement for home care that allows individual purchasers to buy at council rates."],
}

RISK_POOL = {
    1: [("Loss of momentum in user engagement", "Refresh membership of the reference groups and pay expenses for participants."),
        ("Funding for the user-led organisation ends", "Support the ULO to seek other funding and build contract income.")],
    2: [("Care management capacity to complete reviews", "Prioritise reviews and use a dedicated review team."),
        ("Resource allocation system produces insufficient budgets", "Monitor RAS outcomes monthly and recalibrate.")],
    3: [("Pressure on NHS budgets reduces joint investment", "Agree risk share arrangements through the Health and Wellbeing partnership."),
        ("Savings not evidenced", "Track reablement outcomes and cost avoidance through the finance work stream.")],
    4: [("Information not kept up to date", "Named owners for each section of the online directory with quarterly checks.")],
    5: [("Provider market unable to respond to individual purchasers", "Provider development programme and market position statement."),
        ("Destabilisation of block contracts", "Phase the decommissioning of block contracts over two years.")],
}


def _pick_answer(q, rng, council, pct):
    for k, opts in POOL.items():
        if q.startswith(k):
            return rng.choice(opts).replace("{C}", council).replace("{P}", pct)
    return None


def make_return(council, period, seed, pct="the PCT", n_not=1, req_weights=(1, 2, 5, 6),
                like_weights=(5, 6, 2, 1), blank_answers=1, na_answers=0):
    """Build return data for a council at a period; deterministic per seed."""
    rng = random.Random(seed)
    cells = {}
    passed = [dl for dl in DEADLINES if dl <= period]
    for m in range(1, 6):
        for dl in DEADLINES:
            if dl in passed:
                cells[(m, dl)] = {"achieved": "Y", "likelihood": None, "reason": None, "when": None}
            else:
                lk = rng.choices(LIKES, weights=like_weights)[0]
                cells[(m, dl)] = {"achieved": None, "likelihood": lk, "reason": None, "when": None}
    # some not achieved
    cand = [(m, dl) for m in range(1, 6) for dl in passed]
    rng.shuffle(cand)
    for key in cand[:n_not]:
        cells[key] = {"achieved": "N", "likelihood": None,
                      "reason": rng.choice([
                          "Financial system changes not completed; interim manual process in place.",
                          "Strategy drafted but not yet agreed with health partners.",
                          "Review programme behind schedule owing to staff vacancies.",
                          "Consultation on the strategy extended at the request of the Carers Forum."]),
                      "when": rng.choice(["March 2011", "By end of January 2011", "June 2011", "Q4 2010/11"])}
    reqs = {rid: rng.choices(RATINGS, weights=req_weights)[0] for rid, _ in REQS}
    answers = []
    blanks = set()
    allq = [(m, q) for m in range(1, 6) for q in QUESTIONS[m]]
    for _ in range(blank_answers):
        blanks.add(rng.choice(allq))
    nas = set()
    for _ in range(na_answers):
        nas.add(rng.choice([x for x in allq if x not in blanks]))
    for m in range(1, 6):
        for q in QUESTIONS[m]:
            if (m, q) in blanks:
                answers.append((m, q, ""))
            elif (m, q) in nas:
                answers.append((m, q, "N/A"))
            else:
                answers.append((m, q, _pick_answer(q, rng, council, pct)))
    risks = []
    for m in range(1, 6):
        k = rng.choice([1, 1, 2])
        for r in RISK_POOL[m][:k]:
            risks.append((m, r[0], r[1]))
    return {"council": council, "period": period, "cells": cells, "reqs": reqs,
            "answers": answers, "risks": risks}


def gold_record(stem, ret, date_completed, facts=(), council=None, cells=None, reqs=None,
                answers=None, risks=None):
    cells = ret["cells"] if cells is None else cells
    reqs = ret["reqs"] if reqs is None else reqs
    answers = ret["answers"] if answers is None else answers
    risks = ret["risks"] if risks is None else risks
    ms = []
    for (m, dl), c in sorted(cells.items()):
        if c.get("achieved") is None and c.get("likelihood") is None:
            continue
        ms.append({"milestone": m, "deadline": dl, "achieved": c.get("achieved"),
                   "likelihood": c.get("likelihood"),
                   "reason_not_achieved": c.get("reason"), "when_to_be_achieved": c.get("when")})
    rec = {
        "schema": "ppf-return/1",
        "document": stem,
        "council": council if council is not None else ret["council"],
        "period": ret["period"],
        "date_completed": date_completed,
        "milestones": ms,
        "requirements": [{"requirement": rid, "rating": reqs[rid]} for rid, _ in REQS if reqs.get(rid)],
        "answers": [{"milestone": m, "question": q, "answer": a} for m, q, a in answers if a and a.strip()],
        "risks": [{"milestone": m, "risk": r, "mitigation": mi} for m, r, mi in risks if (r or mi)],
        "facts": [{"kind": k, "value": v, "text": t} for k, v, t in facts],
    }
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(rec, indent=2, ensure_ascii=False) + "\n")
    return rec
