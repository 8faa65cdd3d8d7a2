"""The canonical Putting People First framework, as data, in one place.

Everything that names a milestone, a deadline, a requirement, a likelihood or a
rating lives here: the extractors and the evaluator import these enums and
tables rather than writing the strings themselves.

Sources: the milestone wording and deliverables are from seeds 000/001 (the
DH/ADASS/LGA framework of September 2009); the requirement wording and the key
questions are from the completed return in seed 002.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from . import lazy_re as re  # re, each pattern compiled on first use

SCHEMA = "ppf-return/1"


class Deadline(StrEnum):
    """The three milestone deadlines, as the record writes them."""

    APR_2010 = "2010-04"
    OCT_2010 = "2010-10"
    APR_2011 = "2011-04"

    @property
    def label(self) -> str:
        return {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}[
            self.value
        ]


class Achieved(StrEnum):
    YES = "Y"
    NO = "N"


class Likelihood(StrEnum):
    VERY_LIKELY = "very_likely"
    FAIRLY_LIKELY = "fairly_likely"
    FAIRLY_UNLIKELY = "fairly_unlikely"
    VERY_UNLIKELY = "very_unlikely"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Rating(StrEnum):
    RED = "red"
    AMBER_RED = "amber_red"
    AMBER_GREEN = "amber_green"
    GREEN = "green"

    @property
    def label(self) -> str:
        return {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green",
                "green": "Green"}[self.value]


class FactKind(StrEnum):
    PEOPLE_WITH_PERSONAL_BUDGET = "people_with_personal_budget"
    PERCENT_WITH_PERSONAL_BUDGET = "percent_with_personal_budget"
    SERVICE_USERS_TOTAL = "service_users_total"
    REVIEWS_PLANNED = "reviews_planned"
    PERSONAL_BUDGET_SPEND_GBP = "personal_budget_spend_gbp"
    CASHABLE_SAVINGS_PERCENT = "cashable_savings_percent"

    @property
    def label(self) -> str:
        return _FACT_WORDS[self.value][0]

    @property
    def unit(self) -> str:
        """What ``value`` counts: 'people', 'percent', 'care packages' or 'GBP'."""
        return _FACT_WORDS[self.value][1]


_FACT_WORDS: dict[str, tuple[str, str]] = {
    "people_with_personal_budget": ("People with a personal budget", "people"),
    "percent_with_personal_budget": ("Share of service users with a personal budget",
                                     "percent"),
    "service_users_total": ("People receiving services", "people"),
    "reviews_planned": ("Reviews planned", "care packages"),
    "personal_budget_spend_gbp": ("Spent through personal budgets", "GBP"),
    "cashable_savings_percent": ("Cashable savings", "percent"),
}


# ---------------------------------------------------------------------------
# Milestones


@dataclass(frozen=True)
class Milestone:
    id: int
    title: str
    # Distinctive words; a heading naming a milestone contains most of them.
    keywords: tuple[str, ...]
    deliverables: dict[Deadline, str]
    key_questions: tuple[str, ...]


MILESTONES: tuple[Milestone, ...] = (
    Milestone(
        1,
        "Effective partnerships with people using services, carers and other local citizens",
        ("effective", "partnerships", "carers", "citizens"),
        {
            Deadline.APR_2010: "That a communication has been made to the public including all "
            "current service users and to all local stakeholders about the transformation "
            "agenda and its benefits for them. That the move to personal budgets is well "
            "understood and that local service users are contributing to the development of "
            "local practice. That users and carers are involved with and regularly consulted "
            "about the councils plans for transformation of adult social care.",
            Deadline.OCT_2010: "That local service users understand the changes to personal "
            "budgets and that many are contributing to the development of local practice.",
            Deadline.APR_2011: "That every council area has at least one user-led organisation "
            "who are directly contributing to the transformation to personal budgets.",
        },
        (
            "Does our Authority have plans in place to meet the DH target of a User Led "
            "Organisation (ULO) in place by the end of 2010?",
            "Is there a programme board for the delivery of PPF that has direct "
            "representation of users/carers?",
            "Does our Authority have a range of means at all levels to effectively co-produce "
            "transformation with people who use care and support?",
            "What are we planning to do next?",
            "What could prevent us from achieving this milestone?",
            "What external support would help?",
        ),
    ),
    Milestone(
        2,
        "Self-directed support and personal budgets",
        ("self", "directed", "support", "personal", "budgets"),
        {
            Deadline.APR_2010: "That every council has introduced personal budgets, which are "
            "being used by existing or new service users/ carers.",
            Deadline.OCT_2010: "That all new service users / carers (with assessed need for "
            "ongoing support) are offered a personal budget. That all service users whose "
            "care plans are subject to review are offered a personal budget.",
            Deadline.APR_2011: "That at least 30% of eligible service users/carers have a "
            "personal budget.",
        },
        (
            "Have we started to issue personal budgets?",
            "On what date are we planning to start issuing personal budgets?",
            "Is this a pilot or mainstream activity for all new customers?",
            "What are we planning to do next?",
            "What could prevent us from achieving this milestone?",
            "What external support would help?",
        ),
    ),
    Milestone(
        3,
        "Prevention and cost effective services",
        ("prevention", "cost", "effective", "services"),
        {
            Deadline.APR_2010: "That every council has a clear strategy, jointly with health, "
            "for how it will shift some investment from reactive provision towards preventative "
            "and enabling/ rehabilitative interventions for 2010/11.",
            Deadline.OCT_2010: "That processes are in place to monitor across the whole system "
            "the impact of this shift in investment towards preventative and enabling services.",
            Deadline.APR_2011: "That there is evidence that cashable savings have been released "
            "as a result of the preventative strategies and that overall social care has "
            "delivered a minimum of 3% cashable savings.",
        },
        (
            "Do we have a strategy and/or an investment programme for Prevention and Early "
            "Intervention?",
            "Are health partners involved in this strategy?",
            "What are we planning to do next?",
            "What could prevent us from achieving this milestone?",
            "What external support would help?",
        ),
    ),
    Milestone(
        4,
        "Information and advice",
        ("information", "advice"),
        {
            Deadline.APR_2010: "That every council has a strategy in place to create universal "
            "information and advice services.",
            Deadline.OCT_2010: "That the council has put in place arrangements for universal "
            "access to information and advice.",
            Deadline.APR_2011: "That the public are informed about where they can go to get the "
            "best information and advice about their care and support needs.",
        },
        (
            "Do we have a strategy for universal access to information, support and guidance "
            "for adult social care?",
            "Are self-funders (i.e. all citizens) included in this strategy so they can make "
            "use of both universal and paid for services to stay independent?",
            "On what date is it expected this strategy will be delivered?",
            "Is the council helping voluntary organisations and other partners provide "
            "universal information and advice to a wide range of the population",
            "What are we planning to do next?",
            "What could prevent us from achieving this milestone?",
            "What external support would help?",
        ),
    ),
    Milestone(
        5,
        "Local commissioning",
        ("local", "commissioning"),
        {
            Deadline.APR_2010: "That councils and PCTs have commissioning strategies that "
            "address the future needs of their local population and have been subject to "
            "development with all stakeholders.",
            Deadline.OCT_2010: "That providers and third sector organisations are clear on how "
            "they can respond to the needs of people using personal budgets.",
            Deadline.APR_2011: "That stakeholders are clear on the impact that purchasing by "
            "individuals will have on the procurement of councils and PCTs.",
        },
        (
            "Are we working with providers so they understand how we want them to develop and "
            "how they can develop flexible support arrangements?",
            "Have we clear links between adults social care transformation and the NHS local "
            "services commissioning?",
            "How have commissioning and contracting arrangements been changed to enable "
            "providers to offer choice and flexibility",
            "How are we shaping the market in order to develop a supply of services that will "
            "meet the needs of all citizens that require social care?",
            "To what extent are users, carers, providers and third sectors been involved in "
            "developing the commissioning strategy?",
            "What are we planning to do next?",
            "What could prevent us from achieving this milestone?",
            "What external support would help?",
        ),
    ),
)

MILESTONE_BY_ID: dict[int, Milestone] = {m.id: m for m in MILESTONES}

# Short names councils gave the milestones ("Info & advice", "Personal budgets / SDS",
# "Milestone 3 - Prevention"): a short heading naming exactly one of these.
SHORT_TITLES: dict[int, tuple[str, ...]] = {
    1: (r"partnerships?", r"co-?production"),
    2: (r"personal budgets?", r"self[\s-]*directed support", r"\bsds\b", r"personalisation"),
    3: (r"prevention", r"cost[\s-]*effective"),
    4: (r"info(?:rmation)?\b.*\badvice", r"information", r"\badvice\b"),
    5: (r"commissioning",),
}

# Wording variants, applied to a title before it is compared with the canonical
# one: each pair maps a variant (regex) to the canonical wording.
TITLE_VARIANTS: tuple[tuple[str, str], ...] = (
    (r"\bpeople who use services\b", "people using services"),
    (r"\bservice users\b", "people using services"),
    (r"\busers of services\b", "people using services"),
    (r"\bpeople using services\b", "people using services"),
    (r"&", " and "),
    (r"\bself directed\b", "self-directed"),
    (r"\bcost-effective\b", "cost effective"),
    (r"\bpersonalised budgets\b", "personal budgets"),
    (r"\binformation & advice\b", "information and advice"),
)


# ---------------------------------------------------------------------------
# Underpinning requirements


@dataclass(frozen=True)
class Requirement:
    id: str
    wording: str


REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement("engagement.service_users", "The full engagement of all service users"),
    Requirement(
        "engagement.staff",
        "The full engagement of all staff working to support the delivery of care, which "
        "includes people working in the provider services and third sector organisations",
    ),
    Requirement(
        "engagement.health",
        "The full engagement of Primary Care Trusts and the wider health community",
    ),
    Requirement("engagement.politicians", "The full engagement of local politicians"),
    Requirement(
        "engagement.council_partners",
        "The full engagement of all parts of local councils and of other key strategic partners",
    ),
    Requirement("engagement.regional_national", "The support of regional and national programmes"),
    Requirement(
        "arrangements.risk_management",
        "A system is in place which manages the risks associated with the transformation that "
        "includes both the risks for individuals and financial and other risks",
    ),
    Requirement(
        "arrangements.business_models",
        "Clarity of the business models that will need to be adapted to support the "
        "transformation",
    ),
    Requirement(
        "arrangements.financial_systems",
        "Financial systems which support the delivery of personal budgets",
    ),
    Requirement(
        "arrangements.project_plan",
        "A local project plan for the delivery of the transformation with clear projections "
        "and targets to reach locally identified milestones",
    ),
    Requirement(
        "arrangements.business_cases",
        "Business cases which track the new investments and disinvestments that will be "
        "required to support the change",
    ),
    Requirement(
        "arrangements.workforce_strategy",
        "A workforce strategy that supports the transformation",
    ),
)

REQUIREMENT_IDS: tuple[str, ...] = tuple(r.id for r in REQUIREMENTS)

# Section headings of the requirements table (seed 002).
REQUIREMENT_SECTION_HEADINGS: tuple[str, ...] = (
    "Underpinning Requirements",
    "Are all stakeholders fully engaged and supportive of local planning",
    "Are the following Key Arrangements resolved and in place",
)


# ---------------------------------------------------------------------------
# Option wording: likelihoods, ratings, achieved flags

LIKELIHOOD_WORDS: dict[Likelihood, tuple[str, ...]] = {
    # the initials (VL, FL, FU, VU) are read only as a whole cell, never in prose
    Likelihood.VERY_LIKELY: ("very likely", "highly likely", "v likely", "vl"),
    Likelihood.FAIRLY_LIKELY: ("fairly likely", "quite likely", "likely", "f likely", "fl"),
    Likelihood.FAIRLY_UNLIKELY: ("fairly unlikely", "quite unlikely", "unlikely",
                                 "f unlikely", "fu"),
    Likelihood.VERY_UNLIKELY: ("very unlikely", "highly unlikely", "v unlikely", "vu"),
}

RATING_WORDS: dict[Rating, tuple[str, ...]] = {
    Rating.RED: ("red", "r"),
    # the spec: "A/R" or "R/A" is amber/red, "A/G" or "G/A" amber/green
    Rating.AMBER_RED: ("amber/red", "amber red", "amber-red", "red/amber", "red amber",
                       "a/r", "ar", "r/a", "ra"),
    Rating.AMBER_GREEN: ("amber/green", "amber green", "amber-green", "green/amber",
                         "green amber", "a/g", "ag", "g/a", "ga"),
    Rating.GREEN: ("green", "g"),
}

_RATING_KEYS = tuple((rating, frozenset(w.replace("-", "/") for w in words))
                     for rating, words in RATING_WORDS.items())

ACHIEVED_LABELS: tuple[str, ...] = ("achieved", "y/n", "achieved?", "achieved (y/n)")
REASON_LABELS: tuple[str, ...] = ("reason if not achieved", "reason not achieved",
                                  "reasons if not achieved", "reason")
WHEN_LABELS: tuple[str, ...] = ("when to be achieved", "when will it be achieved",
                                "date to be achieved", "when")

# Page triage for long PDFs: a page whose plain text matches one of these gets the
# detailed (table) pass; the others contribute paragraphs only.
PDF_TRIAGE_PATTERNS: tuple[str, ...] = (
    r"putting\s+people\s+first",
    r"\bmilestones?\b",
    r"underpinning\s+requirements?",
    r"full\s+engagement\s+of",
    r"key\s+arrangements",
    r"key\s+(?:questions|risks)",
    r"self[\s-]+directed\s+support",
    r"personal\s+budgets?",
)

LIKELIHOOD_QUESTION = "How likely are we to achieve this milestone by this date?"


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, NFKC-normalise, unify dashes/quotes and collapse white space."""
    if text.isascii():  # NFKC leaves ASCII as it is, and the characters unified are not
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split()).lower()


def _option_key(text: str) -> str:
    t = fold(text)
    t = _AROUND_SLASH.sub(_first_group, t)
    # (a printed drop-down's arrow after its chosen entry: 'Green \u25be')
    return t.strip(" .:;*").rstrip(DROP_DOWN_ARROWS + " ")


DROP_DOWN_ARROWS = "\u25bc\u25be\u25bf\u25bd\u2304\u02c5\u23f7\u2335"


def _first_group(m: re.Match[str]) -> str:
    """A substitution's replacement, group 1 (a function, not the template r"\\1": a
    template is handled in Python on every call, even when nothing matches)."""
    return m[1]


_AROUND_SLASH = re.compile(r"\s*([/-])\s*")


@lru_cache(maxsize=8192)
def parse_likelihood(text: str) -> Likelihood | None:
    """'Very likely' -> VERY_LIKELY; None if the text is not just a likelihood label."""
    key = _option_key(text).replace("-", " ")
    if "." in key:  # 'V. likely', 'F. unlikely'
        key = " ".join(key.replace(".", " ").split())
    for lik, words in LIKELIHOOD_WORDS.items():
        if key in words:
            return lik
    return None


@lru_cache(maxsize=8192)
def find_likelihood(text: str) -> Likelihood | None:
    """The likelihood named anywhere in a phrase ('now fairly likely by June'), or by
    its initials as the whole text ('FL')."""
    t = fold(text)
    if len(t) <= 4:
        whole = parse_likelihood(t)
        if whole is not None:
            return whole
    if "likely" not in t:
        return None  # every phrase below has it
    if "v." in t or "f." in t:
        t = _INITIAL_DOT.sub(_initial_word, t)  # 'v. likely', 'f.unlikely': 'v likely'...
    for lik, word in _LIKELIHOOD_PHRASES:
        if word in t and has_word(t, word):
            return lik
    if has_word(t, "unlikely"):
        return Likelihood.FAIRLY_UNLIKELY
    if has_word(t, "likely"):
        return Likelihood.FAIRLY_LIKELY
    return None


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def has_word(text: str, word: str) -> bool:
    """``re.search(r"\\b" + re.escape(word) + r"\\b", text)`` for a ``word`` that starts
    and ends with a letter, by substring search (no pattern to compile)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (
                end == len(text) or not _word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


# the phrases find_likelihood looks for, most specific first, each with the words it
# needs (a substring test before the regex)
_LIKELIHOOD_PHRASES = tuple(
    (lik, word)
    for lik in (Likelihood.VERY_UNLIKELY, Likelihood.FAIRLY_UNLIKELY,
                Likelihood.VERY_LIKELY, Likelihood.FAIRLY_LIKELY)
    for word in LIKELIHOOD_WORDS[lik] if " " in word)
def _initial_word(m: re.Match[str]) -> str:
    return m[1] + " "


_INITIAL_DOT = re.compile(r"\b([vf])\.\s*(?=(?:un)?likely\b)")


@lru_cache(maxsize=8192)
def parse_rating(text: str) -> Rating | None:
    """'Amber / Green' -> AMBER_GREEN; None if the text is not a rating label. A word
    broken over two lines in a narrow column ('Amber/Re\nd') is joined."""
    if "\n" in text:
        joined = parse_rating(_BROKEN_LINE.sub("", text))
        if joined is not None:
            return joined
    key = _option_key(text)
    key = key.replace("-", "/")
    for rating, words in _RATING_KEYS:
        if key in words:
            return rating
    return None


_BROKEN_LINE = re.compile(r"\s*\n\s*")


# ---------------------------------------------------------------------------
# Dates

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RE = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_YEAR_RE = r"((?:19|20)?\d{2})"


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _clean_date_text(text: str) -> str:
    t = fold(text)
    return _ORDINAL.sub(_first_group, t)


_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_UK_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b")
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:\s+of)?[\s-]+" + _MONTH_RE + r"\.?,?[\s-]+" + _YEAR_RE + r"\b")
_MONTH_DAY_YEAR = re.compile(_MONTH_RE + r"\.?\s+(\d{1,2}),?\s+" + _YEAR_RE + r"\b")
_MONTH_YEAR = re.compile(r"\b" + _MONTH_RE + r"\.?[\s'’-]*" + _YEAR_RE + r"\b")
_MONTH_SLASH_YEAR = re.compile(r"\b(\d{1,2})/((?:19|20)\d{2})\b")
_ISO_MONTH = re.compile(r"\b((?:19|20)\d{2})-(\d{2})\b(?!-\d)")


@lru_cache(maxsize=8192)
def parse_date(text: str) -> date | None:
    """A full date: '5th January 2011', '31/03/2011', '2011-01-05', '31 Mar 11'."""
    t = _clean_date_text(text)
    if not _DIGIT.search(t):
        return None  # every notation below has a digit
    m = _ISO_DATE.search(t)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = _UK_DATE.search(t)
    if m:  # UK order: day/month/year
        return _safe_date(_year(m[3]), int(m[2]), int(m[1]))
    m = _DAY_MONTH_YEAR.search(t)
    if m:
        return _safe_date(_year(m[3]), MONTHS[m[2][:3]], int(m[1]))
    m = _MONTH_DAY_YEAR.search(t)
    if m:
        return _safe_date(_year(m[3]), MONTHS[m[1][:3]], int(m[2]))
    return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def parse_month(text: str) -> tuple[int, int] | None:
    """A month of a year: 'April 2010', 'Apr-10', 'Oct 2010', '31 March 2011', '03/2011'."""
    full = parse_date(text)
    if full:
        return full.year, full.month
    t = _clean_date_text(text)
    m = _MONTH_YEAR.search(t)
    if m:
        return _year(m[2]), MONTHS[m[1][:3]]
    m = _MONTH_SLASH_YEAR.search(t)
    if m and 1 <= int(m[1]) <= 12:
        return int(m[2]), int(m[1])
    quarter = financial_quarter(t)
    if quarter is not None:
        return quarter
    m = _ISO_MONTH.search(t)  # ISO "2011-04"
    if m and 1 <= int(m[2]) <= 12 and int(m[2]) != (int(m[1]) + 1) % 100:
        return int(m[1]), int(m[2])  # not '2010-11', a financial year as often as a month
    return None


_FY = r"((?:19|20)\d{2})\s*[/-]\s*((?:19|20)?\d{2})"
_QUARTER = re.compile(r"\b(?:q|qtr\.?|quarter)\s*([1-4])\b\W{0,3}(?:of\s+)?(?:fy\s*)?" + _FY
                      + r"\b|\b" + _FY + r"\W{0,3}(?:q|qtr\.?|quarter)\s*([1-4])\b")
_QUARTER_END = {1: 6, 2: 9, 3: 12, 4: 3}


def financial_quarter(text: str) -> tuple[int, int] | None:
    """The month ending a quarter of a financial year (April to March): 'Q3 2010/11',
    'Quarter 4 2009-10', '2010/11 Q1' -> (2010, 12), (2010, 3), (2010, 6); None for
    other text, or when the two years are not consecutive."""
    m = _QUARTER.search(text.lower())
    if m is None:
        return None
    q, y1, y2 = (m[1], m[2], m[3]) if m[1] else (m[6], m[4], m[5])
    first = int(y1)
    second = int(y2) if len(y2) == 4 else first // 100 * 100 + int(y2)
    if second != first + 1:
        return None
    n = int(q)
    return (first + 1 if n == 4 else first), _QUARTER_END[n]


@lru_cache(maxsize=8192)
def parse_deadline(text: str) -> Deadline | None:
    """The deadline a date text names: 'Apr-10' and '31 March 2010' -> 2010-04.

    A date at the very end of a month ('31 March 2011') names the deadline that
    falls due the next day.
    """
    full = parse_date(text)
    if full:
        y, mth = full.year, full.month
        if full.day >= 28 and full.month in (3, 9):
            y, mth = (y, mth + 1)
    else:
        ym = parse_month(text)
        if not ym:
            return None
        y, mth = ym
        if mth in (3, 9):  # "March 2010": the quarter ending then, due in April
            mth += 1
    key = f"{y:04d}-{mth:02d}"
    for d in Deadline:
        if d.value == key:
            return d
    return None


def month_key(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


# ---------------------------------------------------------------------------
# Councils

COUNCIL_SUFFIXES: tuple[str, ...] = (
    "Metropolitan Borough Council",
    "Metropolitan District Council",
    "Royal Borough Council",
    "London Borough Council",
    "County Borough Council",
    "County Council",
    "City Council",
    "Borough Council",
    "District Council",
    "Council",
    "Corporation",
    "MBC",
    "MDC",
    "CC",
    "BC",
)


def normalise_council(text: str) -> str | None:
    """'Sefton MBC' -> 'Sefton'; 'Oxfordshire County Council' -> 'Oxfordshire'."""
    t = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    t = _SPACES.sub(" ", t).strip(" .,:;-\t")
    if t[:4].lower() in _COUNCIL_LEAD_STARTS and not t.lower().startswith(_NAMED_WITH_LEAD):
        t = _COUNCIL_LEAD.sub("", t)  # (a cheap test before the pattern)
    changed = True
    while changed:
        changed = False
        for suffix in _COUNCIL_SUFFIXES_LOW:
            # the suffix at the end after white space or a comma (as a pattern
            # '[\s,]+Council$' would cut it, without compiling one per suffix)
            n = len(suffix)
            if len(t) > n and t[-n:].lower() == suffix and (t[-n - 1].isspace()
                                                            or t[-n - 1] == ","):
                t, changed = t[:-n].rstrip().rstrip(",").rstrip().strip(), True
                while t and (t[-1].isspace() or t[-1] == ","):
                    t = t[:-1]
    if t[:3].lower() == "the" and t[3:4].isspace():
        t = t[3:].lstrip()
    t = t.strip(" .,:;-")
    if not t or len(t) > 60:
        return None
    return t


_SPACES = re.compile(r"\s+")
# councils whose name keeps its lead, as the spec writes it
_NAMED_WITH_LEAD = ("city of london",)
_COUNCIL_LEAD = re.compile(r"^(the\s+)?(london borough of|royal borough of|city of|borough of|"
                           r"metropolitan borough of|county of)\s+", re.I)
# the first four letters of _COUNCIL_LEAD's matches
_COUNCIL_LEAD_STARTS = frozenset({"the ", "the\t", "lond", "roya", "city", "boro", "metr",
                                  "coun"})
_COUNCIL_SUFFIXES_LOW = tuple(suffix.lower() for suffix in COUNCIL_SUFFIXES)
