"""The words the fact rules look for: cue phrases the pipeline tags and word sets the
rules test (see :mod:`ppfextract.extractors.fact_rules`)."""

from __future__ import annotations

_CUES: dict[str, tuple[str, ...]] = {
    "PB": (
        "personal budget", "personal budgets", "direct payment", "direct payments",
        "self-directed support", "self directed support", "individual budget",
        "individual budgets", "personalised budget", "personalised budgets", "PB", "PBs",
        # a budget of one's own is a personal budget: "in control of their own care budgets"
        "own budget", "own budgets", "own care budget", "own care budgets",
        "personal care budget", "personal care budgets", "personal health budget",
        "personal health budgets", "direct payments scheme",
    ),
    "SPEND": ("spent", "spend", "spending", "expenditure", "paid out", "outturn"),
    "NOT_SPEND": (
        "grant", "grants", "pool", "pooled", "allocation", "allocations", "funding", "fund",
        "funds", "budgeted", "forecast", "projected", "saving", "savings", "cost", "costs",
        "average", "each", "weekly", "per week", "per person", "per head", "per month",
        "a week", "a month", "underspend", "overspend", "reserve", "reserves",
    ),
    "CASHABLE": ("cashable",),
    "SAVE_VERB": (
        "delivered", "achieved", "released", "made", "realised", "realized", "secured",
        "generated", "produced", "banked", "delivering", "achieving",
    ),
    # Words that make any figure in the clause a target, a wish or a hypothesis.
    "TARGET": (
        "target", "targets", "targeted", "milestone", "milestones", "aim", "aims", "aiming",
        "aimed", "goal", "goals", "ambition", "objective", "objectives", "trajectory",
        "expectation", "expected", "expects", "expect", "minimum", "at least", "no fewer than",
        "no less than", "required", "requirement", "should", "must",
        "need to", "needs to", "needed to", "ensure", "projected", "projection", "forecast",
        "anticipated", "anticipate", "hope", "hoped", "hopes", "aspiration", "deliverable",
        "proposed", "could", "might", "if", "unless", "whether", "estimate", "estimated",
        "predicted", "assume", "assumed", "assuming", "ought",
    ),
    # The future: fine for planned reviews, a target for everything else.
    "FUTURE": (
        "will", "would", "shall", "'ll", "going to", "plan to", "plans to", "planned to",
        "planning to", "intend", "intends", "intended", "to have", "to receive",
        "to be", "may",
    ),
    "OFFER": ("offered", "offer", "offering", "offers", "eligible for", "entitled to",
              "assessed for", "waiting", "eligibility"),
    "NEG": ("not", "no", "never", "n't", "yet to", "without", "none", "nobody", "fail",
            "failed"),
    # Figures about the country or a region, not the council.
    "NATIONAL": ("nationally", "national", "england", "country", "countrywide", "nationwide",
                 "all councils", "regionally", "region", "regional", "uk"),
    "REVIEW": ("review", "reviews", "reviewed", "reviewing", "reassess", "reassessed",
               "re-assess", "re-assessed", "reassessment", "reassessments"),
}

_PERSON = frozenset({
    "people", "persons", "person", "individuals", "users", "user", "service", "clients",
    "client", "customers", "customer", "adults", "carers", "carer", "residents", "citizens",
    "recipients", "families", "older", "younger", "disabled", "elderly", "frail",
    "islanders", "locals", "pensioners", "villagers", "inhabitants",
})
# quantifiers before a figure: the value is the number written ("more than 4,000", "in
# the region of 5,500"); each a sequence of lower-case tokens, the longest first
QUANTIFIERS: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("in", "excess", "of"), ("in", "the", "region", "of"), ("more", "than"),
    ("fewer", "than"), ("less", "than"), ("upwards", "of"), ("well", "over"),
    ("just", "over"), ("just", "under"), ("a", "little", "over"), ("a", "little", "under"),
    ("a", "shade", "over"), ("a", "shade", "under"), ("slightly", "over"),
    ("slightly", "under"), ("slightly", "more", "than"), ("slightly", "fewer", "than"),
    ("a", "little", "more", "than"), ("close", "to"), ("an", "estimated"), ("over",),
    ("under",), ("almost",), ("nearly",), ("around",), ("about",), ("some",),
    ("approximately",), ("roughly",), ("circa",), ("c.",), ("just",), ("only",),
    ("barely",), ("merely",), ("scarcely",),
    ("at", "least"), ("up", "to"), ("a", "further"), ("another",), ("a", "total", "of"),
), key=len, reverse=True))
_CLIENT_GROUP = frozenset({
    "adult", "social", "care", "learning", "disabilities", "disability", "physical",
    "mental", "health", "needs", "problems", "sensory", "impairment", "impairments",
    "substance", "misuse", "/", "-", "and", "or", "eligible", "current", "existing", "new",
})
_ADVERBS = frozenset({
    "now", "currently", "already", "also", "still", "so", "far", "to", "date", "presently",
    "successfully", "together",
})
_APPROX = frozenset({
    "some", "about", "around", "approximately", "approx", "approx.", "nearly", "almost",
    "roughly", "circa", "c.", "c", "just", "only", "barely", "merely", "scarcely",
})
_HOLD = frozenset({
    "have", "has", "had", "allocated", "receive", "receives", "receiving", "received",
    "receipt", "using", "use", "uses", "used", "accessing", "access", "accessed", "with",
    "on", "given", "awarded", "getting", "get", "gets", "got", "hold", "holds", "holding",
    "managing", "manage", "manages", "having", "control", "controls", "controlling",
})
_PEOPLE_GAP = (
    _PERSON | _CLIENT_GROUP | _ADVERBS | _HOLD
    | {"of", "these", "those", "them", "whom", "who", "that", "the", "all", "our", "are",
       "were", "is", "was", "be", "been", "a", "an", "their", "own", "his", "her", ",",
       "in", "total", "across", "county", "borough", "city", "council", "'s", "local"}
)
# After a personal budget cue these words mean it is not the budget itself that is had.
_AFTER_PB_BLOCK = frozenset({
    "review", "reviews", "assessment", "assessments", "pilot", "questionnaire", "survey",
    "training", "pool", "allocation", "spend", "panel", "team", "process", "workshop",
    "information", "policy", "offer", "request", "requests", "application", "applications",
    "reviewed", "reassessed", "re-assessed", "assessed", "reduced", "cut", "withdrawn",
    "suspended", "stopped", "ended", "terminated", "increased",
})
_LINK = frozenset({
    "is", "was", "are", "were", "now", "currently", "stands", "stood", "at", "has", "have",
    "had", "risen", "rose", "increased", "grown", "grew", "reached", "reaches", "to",
    "totals", "totalled", "totaled", "total", "totalling", "totaling", ":", "=", "(",
    "amounts", "amounted", "of", "just", "therefore", "thus",
}) | _APPROX
_NUMBER_NOUNS = frozenset({"number", "total", "count"})
_SHARE_NOUNS = frozenset({"proportion", "percentage", "share", "%", "rate"})
_CHANGE_AFTER = frozenset({
    "increase", "increases", "rise", "rises", "growth", "reduction", "reductions",
    "decrease", "drop", "fall", "improvement", "short", "more", "fewer", "less", "higher",
    "lower", "up", "down", "uplift", "cut", "cuts", "shortfall", "below", "above", "ahead",
    "behind", "extra", "additional", "increased", "reduced", "change", "difference",
    "gap", "variance", "overspend", "underspend",
})
_BEFORE_BLOCK = frozenset({
    "by", "another", "further", "additional", "extra", "from", "than", "over", "under",
    "exceeding", "exceeds", "exceeded", "beyond", "below", "above", "compared", "against",
    "versus", "vs", "vs.", "upto", "increase", "rise", "reduction", "decrease", "growth",
    "between",
})
_CHANGE_VERBS = frozenset({
    "increased", "increase", "rose", "risen", "grown", "grew", "fell", "fallen", "reduced",
    "decreased", "up", "down", "improved", "dropped", "rising", "falling", "growing",
    "increasing", "reducing", "reduction", "rise", "growth",
})
_BULLETS = "·•●▪◦‣∙○■□➢➤►*-–—"
# after a comma these start a new clause ("..., out of 5,900 adults receiving services":
# the total a figure is a part of)
_CLAUSE_CONJ = frozenset({"and", "but", "while", "whilst", "whereas", "although", "though",
                          "however", "yet", "out"})
_BARE_CONJ = frozenset({"but", "whilst", "whereas", "although"})


# Shared by the rules (fact_rules, fact_frames) and the pre-filter (facts), which must
# not import the rules: they are loaded only for texts that could hold a fact.
_SU_HOLD = frozenset({"receipt", "receiving", "receive", "received", "using", "use",
                      "accessing", "access", "getting", "get", "supported"})

_SU_SUPPORT_VERBS = frozenset({"supports", "supported", "support", "serves", "serve", "served"})

_SU_PROVIDE_VERBS = frozenset({
    "provides", "provide", "provided", "delivers", "deliver", "delivered", "arranges",
    "arrange", "arranged", "commissions", "commission", "commissioned", "funds", "fund",
    "funded", "providing", "delivering", "arranging",
})

_PLANNED = frozenset({"planned", "scheduled", "due", "programmed", "booked", "timetabled"})
# a programme of reviews covers people in the present or the future ("the review programme
# takes in 650 people"): its name is the future a planned review needs
REVIEW_PROGRAMME = frozenset({"programme", "programmes", "program", "plan", "plans", "schedule",
                              "timetable"})

_REFER_SUBJECTS = frozenset({"figure", "number", "proportion", "percentage", "total",
                             "share", "level", "this", "that", "it", "which", "target",
                             "aim", "aims", "aimed", "aiming", "planning",
                             "ambition", "reach", "reached", "reaching", "pass",
                             "top", "hit", "surpass",
                             "equivalent", "equivalently", "amounts", "represents",
                             "represented", "representing", "equates", "equated",
                             "equating", "meaning", "means", "giving", "gives"})

REFER_PRONOUNS = frozenset({"this", "that", "it", "which"})

REFER_PRONOUN_VERBS = frozenset({"is", "was", "'s", "’s", "would", "will", "had", "has",
                                 "now", "then", "represents", "represented", "equates",
                                 "works", "worked", "comes", "came", "translates",
                                 "translated", "corresponds",
                                 "equated", "amounts", "amounted", "means", "meant", "gives",
                                 "gave", "equals", "accounts", "accounted", "compared",
                                 "compares"})

HOLD = frozenset({
    "have", "has", "had", "having", "hold", "holds", "held", "holding", "receive", "receives",
    "received", "receiving", "get", "gets", "got", "getting", "use", "uses", "used", "using",
    "access", "accesses", "accessed", "accessing", "manage", "manages", "managed",
    "managing", "take", "takes", "took", "taken", "taking", "arrange", "arranges",
    "arranged", "arranging", "choose", "chose", "chosen", "choosing", "opt", "opted",
    "opting", "buy", "bought", "buying", "purchase", "purchased", "purchasing", "direct",
    "directing", "directed", "run", "running", "organise", "organised", "organising",
    "enjoy", "enjoying", "enjoyed", "benefit", "benefiting", "benefitting", "benefited",
    "control", "controls", "controlled", "controlling",
})

GIVE = frozenset({"give", "gives", "gave", "given", "giving", "allocate", "allocates",
                  "allocated", "allocating", "award", "awarded", "awarding", "issue", "issued",
                  "agree", "agreed", "approve", "approved", "provide", "provided", "providing",
                  "put", "set", "moved", "move", "transferred", "switched", "converted"})

MOVE = frozenset({"move", "moves", "moved", "moving", "transfer", "transferred", "switch",
                  "switched", "convert", "converted", "bring", "brought", "put", "helped",
                  "help", "supported", "enabled", "signed"})

SUPPORT = frozenset({"support", "supports", "supported", "supporting", "serve", "serves",
                     "served", "serving", "help", "helps", "helped", "helping", "fund",
                     "funds", "funded", "funding", "care", "cares", "cared", "caring",
                     "look", "looks", "looked", "looking"})

PROVIDE = frozenset({"provide", "provides", "provided", "providing", "deliver", "delivers",
                     "delivered", "delivering", "arrange", "arranges", "arranged",
                     "arranging", "commission", "commissions", "commissioned", "offer",
                     "offers", "offered", "offering"})

PLAN_WORDS = frozenset({"will", "would", "shall", "'ll", "plan", "plans", "planned",
                        "planning", "expect", "expects", "expected", "expecting", "intend",
                        "intends", "intended", "aim", "aims", "aimed", "hope", "hopes",
                        "hoped", "scheduled", "programmed", "due", "going", "anticipate",
                        "anticipates", "anticipated", "need", "needs", "needed", "set",
                        "forecast", "projected", "proposes", "proposed", "propose", "want",
                        "wants", "wanted", "target", "targets", "targeted", "aiming",
                        "budgeted", "estimated", "estimates"})

SERVICE_VERBS = frozenset({"receiving", "receive", "received", "receives", "using", "use",
                           "uses", "accessing", "access", "getting", "get", "supported",
                           "supports", "support", "rely", "relies", "relying", "eligible",
                           "helps", "helped", "funded", "assessed", "known", "needing",
                           "need", "needs", "requiring", "provides", "provided", "serves",
                           "served", "cares", "cared"})

# the base forms of SUPPORT and PROVIDE, which are nouns as often as verbs
BASE_VERBS = frozenset({"support", "help", "serve", "fund", "care", "look", "provide",
                        "deliver", "arrange", "commission", "offer"})

PEOPLE_WORDS = _PERSON | frozenset({"holders", "holder", "recipients", "recipient",
                                    "households", "residents", "pensioners", "patients",
                                    "those"})
