"""Numbers as councils write them: digits, words, percentages and money.

:func:`find_quantities` scans a text and returns every quantity with its value,
unit and character span. It deliberately leaves out the numbers that are not
quantities: years ("2010", "2010/11"), dates ("31 March 2011", "1st August"),
times ("12:30"), telephone numbers ("(01865) 323665"), page, paragraph and
milestone numbers ("page 12", "3.2", "Milestone 2"), reference codes
("LD0033/11", "FD626", "AS8") and ordinals ("first", "3rd"). A bare "one" is not
reported either: in committee prose it is nearly always a pronoun ("one of the
areas"), not a count.

:func:`parse_number_words` turns "five hundred and twelve" into 512.0.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .. import lazy_re as re  # re, each pattern compiled on first use

Unit = Literal["count", "percent", "gbp"]


@dataclass(frozen=True)
class Quantity:
    """One quantity found in a text: ``text[start:end] == self.text``."""

    value: float
    unit: Unit
    start: int
    end: int
    text: str


# ---------------------------------------------------------------------------
# Number words

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORDS = {**_UNITS, **_TEENS, **_TENS, "hundred": 100, **_SCALES}
_GLUE_WORDS = ("and", "a", "an", "half")

_WORD_ALT = "|".join(sorted([*_NUMBER_WORDS, *_GLUE_WORDS], key=len, reverse=True))
_NUMBER_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_GLUE_ALT = "|".join(sorted(_GLUE_WORDS, key=len, reverse=True))
_WORD_SEP = r"(?:\s+|\s*-\s*)"
# A maximal run of number and glue words ("and a half") that holds a number word: glue
# words alone ("a", "and") never make a number, and are the commonest words in prose.
_WORD_RUN_RE = re.compile(
    rf"\b(?:(?:{_GLUE_ALT}){_WORD_SEP})*(?:{_NUMBER_ALT})(?:{_WORD_SEP}(?:{_WORD_ALT}))*\b",
    re.I,
)
_WORD_TOKEN_RE = re.compile(r"[A-Za-z]+")
# Cheap test: does a text hold any number at all?
NUMBER_HINT_RE = re.compile(
    r"\d|\b(?:" + "|".join(w for w in _NUMBER_WORDS if w != "one") + r")\b", re.I
)
# ... or a share in words ("half of", "a quarter of"): looked for only when the above
# fails, as plain substrings (a regex scan costs more)
FRACTION_HINTS = ("half", "third", "quarter", "fifth", "tenth")  # in the lower-cased text


def _word_class(word: str) -> str:
    if word in _UNITS:
        return "unit"
    if word in _TEENS:
        return "teen"
    if word in _TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word in _SCALES:
        return "scale"
    if word in ("and", "a", "an", "half"):
        return word
    return "other"  # not a number word (the class names "unit", "teen"... included)


# Which word class may follow which (None: the start of the phrase).
_FOLLOWS: dict[str, tuple[str | None, ...]] = {
    "unit": (None, "tens", "hundred", "scale", "and"),
    "teen": (None, "hundred", "scale", "and"),
    "tens": (None, "hundred", "scale", "and"),
    "hundred": ("unit", "teen", "a", "an"),
    "scale": ("unit", "teen", "tens", "hundred", "a", "an", "half"),
}


def _parse_words(words: list[str]) -> float | None:
    """Value of a sequence of lower-case number words, or None if it is not one number."""
    total = 0.0
    current = 0.0
    last: str | None = None
    for i, word in enumerate(words):
        cls = _word_class(word)
        if cls == "other":
            return None
        if cls not in _FOLLOWS and cls not in _GLUE_WORDS:
            return None
        nxt = words[i + 1] if i + 1 < len(words) else None
        if cls in ("a", "an"):
            # "a thousand", "a hundred", or the "a" of "and a half".
            if not ((last is None and nxt in ("hundred", *_SCALES)) or
                    (last == "and" and nxt == "half")):
                return None
        elif cls == "half":
            if last not in ("a", "an") or i < 2 or words[i - 2] != "and":
                return None
            current += 0.5
        elif cls == "and":
            after = words[i + 1: i + 3]
            if last in ("hundred", "scale") and nxt is not None and nxt not in _GLUE_WORDS:
                pass
            elif last in ("unit", "teen", "tens") and after == ["a", "half"]:
                pass
            else:
                return None
        elif last not in _FOLLOWS[cls]:
            return None
        elif cls == "hundred":
            current = (current or 1) * 100
        elif cls == "scale":
            total += (current or 1) * _SCALES[word]
            current = 0.0
        else:
            current += _NUMBER_WORDS[word]
        last = cls
    if last in (None, "and", "a", "an"):
        return None
    return total + current


def parse_number_words(text: str) -> float | None:
    """The value of a number written in words, or None.

    >>> parse_number_words("one hundred and twenty-five")
    125.0
    >>> parse_number_words("Twelve thousand")
    12000.0
    """
    words = [w.lower() for w in _WORD_TOKEN_RE.findall(text)]
    if not words or re.search(r"[^A-Za-z\s-]", text):
        return None
    return _parse_words(words)


# ---------------------------------------------------------------------------
# Spans that hold digits but are not quantities

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# Month names must be capitalised ("300 may have" is not a date).
_MONTH = rf"(?:{_MONTHS}|{_MONTHS.upper()})\.?"
_ORD = r"(?:st|nd|rd|th)"
_LABELS = (
    r"page|pages|p|pp|para|paras|paragraph|paragraphs|section|sections|item|items|annex|annexe|"
    r"appendix|appendices|milestone|milestones|table|figure|fig|chart|graph|minute|note|"
    r"question|chapter|schedule|clause|part|phase|level|tier|stage|version|ref|reference|"
    r"report|priority|indicator|ward|room|floor|box|option|step|row|column|line|agenda|"
    r"recommendation|quarter|aged|age|ages|nos?\."
)
# Each pattern with what it cannot match without (a cheap test that skips the scan):
# "" nothing, _MONTH_GATE a month name, _PHONE_GATE a telephone word, else that text.
_MONTH_GATE = "<month>"
_PHONE_GATE = "<phone>"
# After a month, a number with a thousands separator or followed by a people noun is a
# count, not a day or a year: "At the end of January 2,994 customers", "In May 12 people".
_NOT_DAY = r"(?!,\d{3}(?!\d)|\s+(?:people|persons|customers|clients|adults|carers|users))"
_NOT_QUANTITY: tuple[tuple[re.Pattern[str], str], ...] = (
    # dates: "31 March 2011", "1 st August 2010", "16th of May"
    (re.compile(
        rf"\b\d{{1,2}}\s?{_ORD}?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{2,4}}\b{_NOT_DAY})?\b"),
     _MONTH_GATE),
    # "February 16th 2011", "March 31, 2011"
    (re.compile(rf"\b{_MONTH}\s+\d{{1,2}}{_NOT_DAY}(?:\s?{_ORD})?\b(?:,?\s+\d{{4}}\b)?"),
     _MONTH_GATE),
    # "April 2010", "Apr-10", "Oct '10"
    (re.compile(rf"\b{_MONTH}[\s-]+'?\d{{2}}(?:\d{{2}})?\b{_NOT_DAY}"), _MONTH_GATE),
    # numeric dates: 31/03/2011, 31.03.11
    (re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"), ""),
    # financial years and year ranges: 2010/11, 2009-10, 2010/ 2011
    (re.compile(r"\b(?:19|20)\d\d\s?[/–-]\s?(?:(?:19|20)\d\d|\d\d)\b"), ""),
    # a year standing alone (not money): 1900-2030 ("Act 1984", "in 2010")
    (re.compile(r"(?<![£$€,.\d])(?<!£\s)\b(?:19\d\d|20[0-2]\d|2030)\b(?![,.]\d)"), ""),
    # times: 12:30, 10.30am, 2 pm
    (re.compile(r"\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|hrs|hours)(?![a-z])", re.I), ""),
    (re.compile(r"\b\d{1,2}:\d{2}\b"), ":"),
    (re.compile(r"\b\d{1,2}\s?[ap]\.?m\b\.?", re.I), ""),
    # telephone numbers: (01865) 323665, 0151 934 3614, +44 20 7946 0000
    (re.compile(r"\(\s?0\d{2,5}\s?\)\s?\d{3,4}[\s-]?\d{0,4}"), "("),
    (re.compile(r"(?<![\d,.])\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b"), ""),
    (re.compile(r"\+\s?44\s?(?:\(0\))?[\d\s-]{8,14}\d"), "+"),
    (re.compile(r"\b(?:tel|telephone|phone|fax|mobile|ext|extension)\b\.?:?\s*[\d()+][\d\s()+-]{2,}",
                re.I), _PHONE_GATE),
    # ordinals: 3rd, 1 st
    (re.compile(rf"\b\d+\s?{_ORD}\b"), ""),
    # reference codes: LD0033/11, FD626, AS8, CM/2011/04
    (re.compile(r"\b[A-Za-z]{1,6}\d+[A-Za-z0-9/-]*"), ""),
    (re.compile(r"\b\d+[A-Za-z]+\d[\w/-]*"), ""),
    (re.compile(r"\b[A-Za-z]+/\d[\d/-]*"), "/"),
    # labels: page 12, p. 4, pp. 12-14, paragraph 3.2, Milestone 2, Annex 1, NI 130 (the
    # lookahead only makes the scan cheaper: a label is letters followed by a number)
    (re.compile(
        rf"\b(?=[a-z]+\.{{0,2}}\s*:?\s*\(?\d)(?:{_LABELS})\.?\s*:?\s*\(?\d+(?:\.\d+)*"
        # a label's number is no percentage: "a quarter (26%) of users"
        r"(?!\d|\.\d|\s?%|\s?per\s?cent|\s?pc\b)\)?"
        r"(?:\s*(?:-|–|to|and|&|,|of)\s*\d+(?:\.\d+)*)*",
        re.I,
    ), ""),
    (re.compile(r"\b(?:NI|PI|Q)\s?\d+\b"), ""),
    # a line that is only a number (a page number): "12", "- 12 -", "Page 12"
    (re.compile(r"^[ \t]*[-–]?[ \t]*\d{1,4}[ \t]*[-–]?[ \t]*$", re.M), ""),
    # paragraph numbers at the start of a line: "1. Introduction", "3.2 The council", "(1)"
    (re.compile(r"^[ \t]*\(?\d{1,3}[.)](?=[ \t]+[A-Za-z(\d£])", re.M), ""),
    (re.compile(r"^[ \t]*\d{1,3}(?:\.\d{1,3})+\.?(?=[ \t]+[A-Z(]|[ \t]+\d[\d,]*\s+[a-z])",
                re.M), "."),
    (re.compile(r"^[ \t]*\(\d{1,3}\)", re.M), "("),
)
_NOT_QUANTITY_RES = tuple(pattern for pattern, _ in _NOT_QUANTITY)
# The three-letter starts of the month names, as _MONTH spells them (no re.I).
_MONTH_PREFIXES = tuple({m[:3] for m in _MONTHS.split("|")} | {m[:3].upper()
                                                                for m in _MONTHS.split("|")})
_PHONE_WORDS = ("tel", "phone", "fax", "mobile", "ext")
_DIGIT_RE = re.compile(r"\d")


def non_quantity_spans(text: str) -> list[tuple[int, int]]:
    """Character spans holding digits that are not quantities (dates, phones, ...)."""
    digits = bool(_DIGIT_RE.search(text))
    months = digits and any(m in text for m in _MONTH_PREFIXES)
    # re.I folds a few non-ASCII letters onto ASCII ones ("K" for "k"): scan those texts
    phone = not text.isascii() or any(w in text.lower() for w in _PHONE_WORDS)
    spans: list[tuple[int, int]] = []
    for pattern, gate in _NOT_QUANTITY:
        if gate == _PHONE_GATE:
            if not phone:  # the one pattern that can match without a digit
                continue
        elif not digits or (not months if gate == _MONTH_GATE else gate not in text):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
    return sorted(spans)


# ---------------------------------------------------------------------------
# Quantities

# thousands separated by "," (a stray space after it too: "93, 000", as typed in a hurry)
_NUM = r"(?:\d{1,3}(?:, ?\d{3}(?!\d))+|\d+)(?:\.\d+)?"
_MONEY_RE = re.compile(
    rf"£\s?(?P<num>{_NUM})(?:\s?(?P<scale>billion|million|thousand|bn|mn|m|k)\b)?"
    r"(?:\s+pounds\b)?",
    re.I,
)
_DIGITS_RE = re.compile(
    rf"(?<![\w.,/£$€–-])(?P<num>{_NUM})"
    # no letter, digit or "/" straight after, except a percent sign in letters ("43.8pc")
    r"(?!(?!pc\b|per\s?cent\b|percent\b)[\w/]|[.,]\d|\s?[-–]\s?[A-Za-z\d£])"
    r"(?:\s+(?P<scale>thousand|million|billion)\b)?"
)
_PERCENT_TAIL_RE = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|pc\b)", re.I)
_POUNDS_TAIL_RE = re.compile(r"\s+(?:pounds|pounds\s+sterling)\b", re.I)
_SCALE_VALUES = {
    "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
}


class _SpanSet:
    """Spans with a quick "does this span overlap any?" (a long table-like line holds
    hundreds of numbers and dates: testing each against every span was quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_ends: list[int] = []  # max_ends[i]: the largest end of spans[: i + 1]
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self.max_ends.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # the spans that start before ``end``
        return i > 0 and self.max_ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none held (so the later spans all end after it)."""
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.max_ends.insert(i, end if i == 0 else max(end, self.max_ends[i - 1]))


def _digits_value(num: str, scale: str | None) -> float:
    value = float(num.replace(",", "").replace(" ", ""))
    if scale:
        value *= _SCALE_VALUES[scale.lower()]
    return value


def _with_unit(text: str, start: int, end: int, value: float,
               default: Unit = "count") -> Quantity:
    """Extend a bare number with a percent or "pounds" tail."""
    tail = _PERCENT_TAIL_RE.match(text, end)
    if tail:
        return Quantity(value, "percent", start, tail.end(), text[start:tail.end()])
    tail = _POUNDS_TAIL_RE.match(text, end)
    if tail:
        return Quantity(value, "gbp", start, tail.end(), text[start:tail.end()])
    return Quantity(value, default, start, end, text[start:end])


# Every run _WORD_RUN_RE finds holds a whole number word: for an ASCII text, looked for in
# its lower-case form without re.I, which is faster (re.I also folds "ſ" onto "s":
# non-ASCII texts are always scanned).
_NUMBER_WORD_HINT_RE = re.compile(rf"\b(?:{_NUMBER_ALT})\b")


def _word_quantities(text: str, shortcut: bool = True) -> list[Quantity]:
    out: list[Quantity] = []
    if shortcut and text.isascii() and not _NUMBER_WORD_HINT_RE.search(text.lower()):
        return out
    for run in _WORD_RUN_RE.finditer(text):
        tokens = [(m.group().lower(), run.start() + m.start(), run.start() + m.end())
                  for m in _WORD_TOKEN_RE.finditer(run.group())]
        i = 0
        while i < len(tokens):
            found = None
            for j in range(len(tokens), i, -1):
                words = [t[0] for t in tokens[i:j]]
                if not any(w in _NUMBER_WORDS for w in words) or words == ["one"]:
                    continue
                value = _parse_words(words)
                if value is not None:
                    found = (j, value)
                    break
            if found is None:
                i += 1
                continue
            j, value = found
            start, end = tokens[i][1], tokens[j - 1][2]
            i = j
            # "one-off", "thirty-first", "twenty-four-hour": a modifier, not a count
            if re.match(r"-\s*[A-Za-z]", text[end:end + 3]) or re.search(
                r"[A-Za-z]\s*-$", text[max(0, start - 3):start]
            ):
                continue
            out.append(_with_unit(text, start, end, value))
    return out


# A number that is a year is never a quantity: the year pattern of _NOT_QUANTITY takes
# every one _DIGITS_RE can match (both refuse a letter, digit, "," or "." around it).
_YEAR_NUM_RE = re.compile(r"(?:19\d\d|20[0-2]\d|2030)")


def _digit_quantities(text: str, shortcut: bool = True) -> list[Quantity]:
    """Quantities written in digits. Finding the spans that are not quantities is the
    costly part; with ``shortcut`` it is skipped when no number could survive it (no
    "£", and every number a year), which gives the same answer."""
    if not _DIGIT_RE.search(text):
        return []
    money = "£" in text
    numbers = list(_DIGITS_RE.finditer(text))
    if shortcut and not money and all(_YEAR_NUM_RE.fullmatch(m.group("num"))
                                      for m in numbers):
        return []
    excluded = _SpanSet(non_quantity_spans(text))
    out: list[Quantity] = []
    if money:
        for m in _MONEY_RE.finditer(text):
            if not excluded.overlaps(*m.span("num")):
                out.append(Quantity(_digits_value(m.group("num"), m.group("scale")), "gbp",
                                    m.start(), m.end(), m.group()))
    for m in numbers:
        if not excluded.overlaps(*m.span("num")):
            out.append(_with_unit(text, m.start(), m.end(),
                                  _digits_value(m.group("num"), m.group("scale"))))
    return out


# Shares of people written as fractions: "one in four", "3 out of 10", "a quarter of",
# "two-thirds of", "half of": percentages (rounded to one decimal, "one in three" 33.3).
_SMALL = {**_UNITS, "ten": 10, "twenty": 20, "a": 1, "an": 1, **{str(n): n for n in range(1, 21)}}
_SMALL_ALT = "|".join(sorted(_SMALL, key=len, reverse=True))
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
          "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_PARTS_ALT = "|".join(sorted(_PARTS, key=len, reverse=True))
# "one in four", "3 out of 10": found at "in"/"out of" and the number after it, then the
# number before it (a pattern that starts with the numbers is slow on long texts)
# all on the lower-cased text (the same length as the text for these checks); the
# denominator is matched at each " in " / " out of " found by str.find
_AFTER_IN_RE = re.compile(rf"(?:every\s+)?(?P<b>{_SMALL_ALT})\b(?![,.]?\d)")
# ("“over half” of the adults": a closing quote may stand before "of")
_PART_RE = re.compile(rf"\b(?P<d>{_PARTS_ALT})[\"”’']?\s+of\b")
_BEFORE_RE = re.compile(rf"(?:^|(?<=[^\w-]))(?P<a>{_SMALL_ALT})[\s-]+$")
# "a quarter of the year", "half of the meetings": a fraction of time or things is left to
# the rules; these words after "of (the)" make it no share at all
_NOT_SHARE_RE = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+)?(?:year|years|century|hour|hours|"
    r"month|months|day|days|week|weeks|decade|mile|miles|way|time)\b", re.I)
_FRACTION_PARTS = ("half", "third", "quarter", "fifth", "tenth")


def _fraction_quantities(text: str) -> list[Quantity]:
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: positions differ
        return []
    out: list[Quantity] = []
    for joint in (" in ", " out of "):
        at = low.find(joint)
        while at >= 0:
            m = _AFTER_IN_RE.match(low, at + len(joint))
            before = _BEFORE_RE.search(low, max(0, at - 11), at + 1) if m else None
            at = low.find(joint, at + 1)
            if m is None or before is None or before["a"] in ("a", "an"):
                continue
            a, b = _SMALL[before["a"]], _SMALL[m["b"]]
            start = before.start("a")
            if 0 < a < b and not _NOT_SHARE_RE.match(text, m.end()):
                out.append(Quantity(round(100 * a / b, 1), "percent", start, m.end(),
                                    text[start:m.end()]))
    if any(w in low for w in _FRACTION_PARTS):
        for m in _PART_RE.finditer(low):
            part = m["d"]
            end = m.start("d") + len(part)
            before = _BEFORE_RE.search(low, max(0, m.start() - 12), m.start())
            if part == "half":
                a, start = 1, m.start()
                if before and before["a"] in ("a", "one"):
                    start = before.start("a")  # "a half of", "one half of"
            elif before is None:
                continue
            else:
                a, start = _SMALL[before["a"]], before.start("a")
                if part.endswith("s") != (a > 1):
                    continue  # "one thirds", "two third": no fraction
            b = _PARTS[part]
            if 0 < a < b and not _NOT_SHARE_RE.match(text, m.start() + len(part)):
                out.append(Quantity(round(100 * a / b, 1), "percent", start, end,
                                    text[start:end]))
    return sorted(out, key=lambda q: q.start)


# A count followed by a unit of time is a duration, never a count of anything the facts
# measure: "Two years ago just 410 people ...", "within 12 months", "a 28-day review".
_DURATION_RE = re.compile(
    r"\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|decades?|minutes?|mins?)\b",
    re.I)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of position.

    >>> [(q.value, q.unit) for q in find_quantities("£4.3m for 1,245 people (18.2%)")]
    [(4300000.0, 'gbp'), (1245.0, 'count'), (18.2, 'percent')]
    """
    taken = _SpanSet()
    found: list[Quantity] = []

    def add(q: Quantity) -> None:
        if not taken.overlaps(q.start, q.end):
            taken.add(q.start, q.end)
            if q.unit != "count" or not _DURATION_RE.match(text, q.end):
                found.append(q)

    for q in _fraction_quantities(text):
        add(q)
    for q in _digit_quantities(text):
        add(q)
    for q in _word_quantities(text):
        add(q)
    found.sort(key=lambda q: q.start)
    return found
