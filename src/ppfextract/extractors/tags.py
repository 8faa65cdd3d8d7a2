"""What each cell, line and paragraph names: tagged once, read by every layout.

A :class:`Tags` says what a piece of text names, before anyone decides what it means in
its table: a milestone (by number, title or short name), a deadline (any date
notation), an option of the return (achieved, not achieved, not yet due, yes, no, each
likelihood, each rating, in words, initials or codes), a field label whose value is
written beside or below it (Achieved?, Likelihood, Reason if not achieved, When to be
achieved, RAG), a section label (Key Questions, Key Risks), a requirement wording, and,
read as a value, a status phrase, a Y/N word or a rating word. One text may name
several (``"Apr 2010: achieved? (Y/N)"`` is a deadline and a field).

Tags come from words alone (marks are kept apart in the lines, see
:mod:`ppfextract.document`); they are pure functions of the text, cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Line
from ..framework import (
    DROP_DOWN_ARROWS,
    Deadline,
    Likelihood,
    Rating,
    find_likelihood,
    fold,
    parse_likelihood,
    parse_rating,
)
from .labels import (
    OptionKind,
    Section,
    code_disagrees,
    column_kind,
    deadline_of,
    heading_text,
    milestone_number_label,
    milestone_short_title,
    milestone_title_id,
    numbered_short_name,
    parse_label,
    parse_status,
    requirement_id,
    section_label,
)


class Field(StrEnum):
    """What a value in a return answers."""

    ACHIEVED = "achieved"  # Y / N
    LIKELIHOOD = "likelihood"
    REASON = "reason_not_achieved"
    WHEN = "when_to_be_achieved"
    RATING = "rating"


class Option(StrEnum):
    """An option a return offers, to be picked by a mark."""

    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"
    NOT_YET_DUE = "not_yet_due"  # picked: the cell has no achieved value yet
    YES = "yes"  # of an 'Achieved?' question
    NO = "no"
    VERY_LIKELY = "very_likely"
    FAIRLY_LIKELY = "fairly_likely"
    FAIRLY_UNLIKELY = "fairly_unlikely"
    VERY_UNLIKELY = "very_unlikely"
    RED = "red"
    AMBER_RED = "amber_red"
    AMBER_GREEN = "amber_green"
    GREEN = "green"

    @property
    def field(self) -> Field:
        if self in _ACHIEVED_OPTIONS:
            return Field.ACHIEVED
        if self in _RATING_OPTIONS:
            return Field.RATING
        return Field.LIKELIHOOD

    @property
    def name_text(self) -> str:
        return self._value_.replace("_", " ")


_ACHIEVED_OPTIONS = frozenset({Option.ACHIEVED, Option.NOT_ACHIEVED, Option.NOT_YET_DUE,
                               Option.YES, Option.NO})
_RATING_OPTIONS = frozenset({Option.RED, Option.AMBER_RED, Option.AMBER_GREEN, Option.GREEN})
_OPTION_VALUES: dict[str, str | None] = {
    "achieved": "Y", "yes": "Y", "not_achieved": "N", "no": "N", "not_yet_due": None,
    **{lik.value: lik.value for lik in Likelihood}, **{r.value: r.value for r in Rating},
}


def option_value(option: Option) -> str | None:
    """The value an option gives its field when picked: 'Y', 'N', a likelihood or a
    rating value; None for 'not yet due'."""
    return _OPTION_VALUES[option._value_]


def option_of_likelihood(lik: Likelihood) -> Option:
    return Option(lik.value)


def option_of_rating(rating: Rating) -> Option:
    return Option(rating.value)


@dataclass(frozen=True)
class Tags:
    milestone: int | None = None
    milestone_how: str = ""  # "title", "number" ('Milestone 2:') or "short" ('Info & advice')
    deadline: Deadline | None = None
    option: Option | None = None
    option_rest: str = ""  # what followed the option label in the same text ('Y', '-')
    field: Field | None = None
    field_rest: str = ""  # the value written after a field label ('Reason: staff')
    section: Section | None = None
    requirement: str | None = None
    status: tuple[str | None, Likelihood | None] = (None, None)
    rating: Rating | None = None  # the text is a rating word or code
    word: str = ""  # the folded text, marks and punctuation trimmed
    long: bool = False  # more than a label's length

    @property
    def empty(self) -> bool:
        return not self.word

    @property
    def is_header(self) -> bool:
        """Names something a value can be read against."""
        return (self.milestone is not None or self.deadline is not None
                or self.option is not None or self.field is not None
                or self.section is not None or self.requirement is not None)


_YES_NO_WORDS = {"yes": Option.YES, "no": Option.NO, "y": Option.YES, "n": Option.NO}
_NOT_YET_DUE = re.compile(r"^(?:not\s+(?:yet\s+)?due|not\s+due\s+yet|n/?a\s*-\s*not\s+yet\s+due)"
                          r"(?:\s+yet)?$")
_ACHIEVED_YES_NO = re.compile(r"^(?:achieved|milestone\s+achieved)\s*[-:\u2013]?\s*(yes|no|y|n)$")
_FIELD_LABELS: tuple[tuple[Field, re.Pattern[str]], ...] = (
    (Field.ACHIEVED, re.compile(
        r"^(?:ha(?:s|ve)\s+(?:it|this|these|the)?\s*(?:milestones?|deliverables?)?\s*been\s+"
        r"(?:achieved|met|delivered)|achieved\s*\?|"
        r"achieved\s*\(\s*y(?:es)?\s*/\s*no?\s*\)|(?:achieved\s*)?\??\s*\(?y\s*/\s*n\)?|"
        r"achieved\s*\?\s*\(?\s*y(?:es)?\s*/\s*no?\s*\)?|milestone\s+achieved\s*\??|"
        r"achievement|achieved\s+by\s+(?:the\s+)?deadline\s*\??|met\s*\?|"
        r"(?:delivered|completed?|done|met)\s+by\s+(?:the\s+)?(?:deadline|due\s+date)\s*\??|"
        r"(?:delivered|completed?|done|met)\s*(?:\?|\(\s*y(?:es)?\s*/\s*no?\s*\)?)|"
        r"(?:was\s+)?(?:the\s+)?(?:milestone|deliverable)\s+(?:achieved|met|delivered)|"
        # abbreviated in a narrow column: 'Ach. Y/N', 'Achvd?', "Ach'd (Y/N)"
        r"ach(?:'?d|vd)?\.?\s*\??\s*(?:\(?\s*y\s*/\s*n\s*\)?)?)"
        r"\s*\??$")),
    (Field.LIKELIHOOD, re.compile(
        r"^(?:(?:if\s+not(?:\s+(?:yet\s+)?(?:achieved|due))?\s*[,:-]?\s*)?(?:likelihood\b.*|"
        r"how\s+likely\b.*)|likely\s+to\s+(?:be\s+)?achieve.*|"
        r"confidence(?:\s+level|\s+of\s+(?:delivery|achievement|achieving\b.*))?)\??$")),
    (Field.RATING, re.compile(
        r"^(?:rag(?:\s+(?:rating|status))?|rating|r\s*/\s*a\s*/\s*g|status\s*\(rag\)|"
        r"rag\s*status|self[\s-]*assessment|assessment)\s*:?$")),
)


_LEAD_DEADLINE = re.compile(
    r"^(?P<d>[a-z]{3,9}\.?[\s'-]*\d{2,4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[:\-\u2013]?"
    r"\s*(?P<f>.+)$")


_ACHIEVED_Q = re.compile(r"achieved\s*(?:\?|\(?y(?:es)?\s*/\s*no?\)?|"
                         r"\?\s*\(?y(?:es)?\s*/\s*no?\)?)")


# a list view's sort arrows ('Due▲▼'), or the arrow a printed drop-down shows after its
# chosen entry ('Green ▾', 'Very likely ⌄')
# (the drop-down arrows are the framework's, which option words are also read without)
_SORT_ARROWS = re.compile("[" + DROP_DOWN_ARROWS + "\u25b2\u25b3\u2191\u2193\u21c5\u2195]+\\s*$")


def _fold_word(text: str) -> str:
    return fold(text).strip(" \t.:;*()[]\u2022-\u2013")


def _milestone_named(text: str, word: str, *, bare: bool) -> tuple[int | None, str]:
    """The milestone a text names, and how ("title", "number" or "short"):
    milestone_heading's questions, each asked once: by title, as a bare number label, by
    number and short name, by short name alone; then by its code alone ('M3') or before
    a name of no milestone ('M4 I&A', when ``bare``: the text is no option or field)."""
    heading = heading_text(text)
    milestone = milestone_title_id(heading) or None if heading is not None else None
    if milestone is not None:
        return milestone, "title"
    if heading is not None:
        milestone = milestone_number_label(heading)
        if milestone is not None:
            return milestone, "number"
    milestone = numbered_short_name(word)
    if milestone is not None:
        return milestone, "title"
    if heading is not None and len(word.split()) <= 8:  # (at most six without a number)
        named = milestone_short_title(heading) or None
        if named is not None:
            # 'Milestone 2: Information': the number and the name disagree
            return (None, "") if code_disagrees(word, named) else (named, "short")
    if len(word) <= 5:
        code = _MILESTONE_CODE.fullmatch(word)  # 'M3', 'MS 3': trusted only as one
        if code is not None:  # of three or more milestones named in a line
            return int(code[1]), "short"
    elif bare and len(word) <= 24 and word[0] == "m":
        # the code before a short name of its own ('M4 I&A', 'M2 PBs'), trusted as the
        # bare code is
        code = _MILESTONE_CODE_NAMED.fullmatch(word) if word[1:2] in _CODE_SECOND else None
        if code is not None:
            return int(code[1]), "short"
    return None, ""


def _moved_to(text: str) -> Tags | None:
    """A movement since the last report ('A/R → A/G', 'FL → VL'): what the value
    is now, the right-hand one, when both sides are values of the same kind."""
    before, _, after = text.partition("\u2192")
    if "\u2192" in after or not before.strip() or not after.strip():
        return None
    was, now = tag_text(before), tag_text(after)
    if (was.rating is not None and now.rating is not None) or (
            was.status != (None, None) and now.status != (None, None)):
        return now
    return None


@lru_cache(maxsize=16384)
def tag_text(text: str) -> Tags:
    """Everything one text names (see the module doc)."""
    if not text.isascii():  # (the arrows are not ASCII: most texts need no scan)
        text = _SORT_ARROWS.sub("", text)  # sort or drop-down arrows: 'Due▲▼', 'Green ▾'
        if "\u2192" in text and len(text) <= 60:
            moved = _moved_to(text)
            if moved is not None:
                return moved
    word = _fold_word(text)
    if not word:
        return Tags()
    long = len(word) > 120
    option, rest = (None, "") if long else _option(text.strip(" /|,;"), word.strip(" /|,;"))
    field, field_rest = (None, "") if long else _field(text, word)
    if option is None and field is not None and "?" in text and text.rstrip()[-1] != "?":
        asked = _ASKED_THEN_OPTION.match(text)
        if asked is not None:
            # a form's question printed before each option's row: 'How likely are we to
            # achieve this milestone by this date? - Very likely' labels that option
            tail = tag_text(asked["option"])
            if tail.option is not None and tail.option.field is field:
                return tail
    lead = _LEAD_DEADLINE.match(word) if field is not None else None
    milestone, how = _milestone_named(text, word, bare=option is None and field is None) \
        if len(word) <= 200 else (None, "")
    deadline = deadline_of(text) if len(word) <= 60 else None
    if deadline is None and lead is not None:
        deadline = deadline_of(lead["d"])  # 'October 2010 - how likely are we ...?'
    section = section_label(text) if len(word) <= 90 else None
    if section is not None and how == "short":
        milestone, how = None, ""  # 'Useful information' is a section, not milestone 4
    requirement = requirement_id(text) if 12 <= len(word) <= 400 else None
    # a question states no status ('April 2011 - how likely are we to achieve?')
    status = parse_status(text) if len(word) < 100 and not _lists_options(word) and not (
        field is not None and (word.endswith("?") or (
            "?" in word and text.rstrip().endswith(")")))) else (None, None)
    rating = parse_rating(text) if len(word) <= 20 else None
    return Tags(milestone, how, deadline, option, rest, field, field_rest, section,
                requirement, status, rating, word, long)


_MILESTONE_CODE = re.compile(r"ms?\s?([1-5])")
_CODE_SECOND = frozenset("12345s ")  # (a cheap test: the letter after 'm' in a code)
_MILESTONE_CODE_NAMED = re.compile(r"ms?\s?([1-5])[\s:.\-\u2013]+(?=[a-z&/]*[a-z][a-z&/]*)"
                                   r"[a-z&/ ]{2,18}")
_INSTRUCTION_WORDS = ("delete", "tick", "select", "choose", "circle", "mark", "chosen", "pick",
                      "enter", "cross", "highlight", "strike", "bold")
_INSTRUCTION = re.compile(r"\s*\((?:please\s+)?(?:delete|tick|select|choose|circle|mark|chosen|"
                          r"pick|enter|cross|highlight|strike|bold)\b[^)]{0,40}(?:\)|$)", re.I)
# (the separator a dash, or any one or two characters: a dash a re-distilled PDF lost
# the Unicode of)
_ASKED_THEN_OPTION = re.compile(r"^.{8,120}\?\s*(?:[\u2014\u2013:-]+|[^\s\w]{1,2}|\d)?\s*"
                                r"(?P<option>[^?]{2,30})$", re.S)
_LIKELIHOOD_PHRASE = re.compile(r"\b(?:very|fairly|quite|highly)\s+(?:un)?likely\b")
_ACHIEVED_PHRASE = re.compile(r"\b(?:not\s+(?:yet\s+)?)?achieved\b")


_YES_NO_PHRASE = re.compile(r"(?:^|[\s/(|])(yes|no)(?=$|[\s/)|.,])")


def _lists_options(word: str) -> bool:
    """A text naming two different likelihoods, both achieved and not achieved, or both
    yes and no, is a list of options, not a status ('Y N', 'Y / N' as printed beside
    their boxes)."""
    if len(word) <= 7 and word[:1] in ("y", "n") and \
            set(word.replace("/", " ").replace("|", " ").split()) == {"y", "n"}:
        return True
    if word.count("likely") < 2 and word.count("achieved") < 2 and (
            "yes" not in word or "no" not in word):
        return False  # each pattern's own words: two of one, or both yes and no
    liks = {" ".join(m.split()) for m in _LIKELIHOOD_PHRASE.findall(word)}
    ach = {" ".join(m.split()).startswith("not") for m in _ACHIEVED_PHRASE.findall(word)}
    yes_no = set(_YES_NO_PHRASE.findall(word))
    return len(liks) >= 2 or len(ach) >= 2 or len(yes_no) >= 2


_OPTION_WORDS = re.compile(
    r"\b(?:(?:very|fairly|quite|highly)\s+(?:un)?likely|(?:not\s+(?:yet\s+)?)?achieved|"
    r"not\s+(?:yet\s+)?due|yes|no|y|n|red|amber|green|r|a|g|a\s*/\s*[rg]|[rg]\s*/\s*a)\b")


@lru_cache(maxsize=4096)
def only_options(text: str) -> bool:
    """A text that is nothing but two or more of a return's printed options ('Yes No',
    'Very likely / Fairly likely / ...', '\u2610 Red \u2610 Amber \u2610 Green'): the
    choices offered, not a value or an answer written by the council."""
    word = fold(text)
    if len(word) > 120:
        return False
    found = _OPTION_WORDS.findall(word)
    options = {" ".join(f.split()) for f in found}
    if len(options) < 2 or all(len(o) == 1 for o in options):  # 'N/A' is no list
        return False
    return not re.sub(r"[\W_]+", "", _OPTION_WORDS.sub("", word))


_ACH_ABBREVIATIONS = frozenset({"ach", "achd", "ach'd", "achvd"})


def _option(text: str, word: str) -> tuple[Option | None, str]:
    """An option label, with whatever follows it in the same text ('Very likely - Y')."""
    if word in _YES_NO_WORDS and len(word) > 1:
        return _YES_NO_WORDS[word], ""
    if _NOT_YET_DUE.match(word):
        return Option.NOT_YET_DUE, ""
    m = _ACHIEVED_YES_NO.match(word)
    if m:
        return (Option.ACHIEVED if m[1][0] == "y" else Option.NOT_ACHIEVED), ""
    rating = parse_rating(text) if len(word) <= 20 else None
    if rating is not None and len(word) > 1:
        return option_of_rating(rating), ""
    if len(word) <= 3:
        lik = parse_likelihood(word)
        if lik is not None:
            return option_of_likelihood(lik), ""
    label = parse_label(text)
    if label is None and word.startswith("ach"):
        head, _, letter = word.partition(" ")
        if head.rstrip(".") in _ACH_ABBREVIATIONS and letter.strip().rstrip(".") in ("y", "n"):
            # abbreviated in a narrow column: 'Ach Y', 'Ach. N', 'Achvd Y' as 'Achieved Y'
            return _option("Achieved " + letter.strip(), "achieved " + letter.strip())
    if label is None:
        return None, ""
    if label.kind is OptionKind.LIKELIHOOD and label.likelihood is not None:
        return option_of_likelihood(label.likelihood), label.rest
    if label.kind is OptionKind.NOT_ACHIEVED:
        return Option.NOT_ACHIEVED, label.rest
    if label.kind is OptionKind.ACHIEVED and column_kind(text) == "achieved" \
            and not _FIELD_LABELS[0][1].match(word):
        return Option.ACHIEVED, label.rest
    return None, ""


def _field(text: str, word: str) -> tuple[Field | None, str]:
    if "(" in word and any(k in word for k in _INSTRUCTION_WORDS) and _INSTRUCTION.search(word):
        # 'Achieved? (delete as appropriate)', 'Likelihood (tick one)': the header
        # without the instruction to the person filling the form in
        bare = _INSTRUCTION.sub("", word).strip()
        if bare:
            return _field(_INSTRUCTION.sub("", text).strip(), bare)
    if "?" in word and "(" in word and text.rstrip().endswith(")") and "(" in text:
        # 'Achieved? (deadlines passed)': the question, then a note on when it is asked
        head = word[:word.rindex("(")].rstrip()
        if head.endswith("?"):
            asked = _field(text[:text.rindex("(")].rstrip(), head)
            if asked[0] is not None:
                return asked
    label = parse_label(text)
    if label is not None and label.kind is OptionKind.REASON:
        return Field.REASON, label.rest
    if label is not None and label.kind is OptionKind.WHEN:
        return Field.WHEN, label.rest
    for field, pattern in _FIELD_LABELS:
        if pattern.match(word):
            return field, ""
    if label is not None and label.kind is OptionKind.YN_HEADER:
        return Field.ACHIEVED, ""
    # a deadline and a field in one label: 'Apr 2010: achieved? (Y/N)', 'Oct 2010 likelihood'
    m = _LEAD_DEADLINE.match(word)
    if m and deadline_of(m["d"]) is not None:
        rest = m["f"].strip("() ")  # 'April 2010 (achieved?)', '(how likely?)'
        inner, _ = _field(rest, rest)
        if inner is not None:
            return inner, ""
        if _ACHIEVED_Q.fullmatch(rest):
            return Field.ACHIEVED, ""
    return None, ""


@lru_cache(maxsize=16384)
def value_of(field: Field, text: str) -> str | None:
    """A written value of ``field``: 'Y'/'N' for achieved, a likelihood or rating value,
    the text itself for reason and when (None when it says nothing: '', 'N/A', '-')."""
    word = _fold_word(text)
    if not word or word in ("n/a", "na", "-", "tbc", "not applicable", "none", "nil"):
        return None
    if field in (Field.ACHIEVED, Field.LIKELIHOOD) and _lists_options(word):
        return None  # the options listed, not a value
    if field is Field.ACHIEVED:
        return yes_no_word(text)
    if field is Field.LIKELIHOOD:
        if len(word) > 80:
            return None
        lik = find_likelihood(word)
        return lik.value if lik is not None else None
    if field is Field.RATING:
        rating = parse_rating(text) if len(word) <= 20 else None
        return rating.value if rating is not None else None
    if word.startswith(("n/a ", "n/a-", "not applicable")) and len(word) <= 60:
        return None  # 'Not applicable - milestone achieved': a form's box saying none is due
    return " ".join(text.split())


_YES = frozenset({"y", "yes", "achieved", "yes - achieved", "y - achieved", "met",
                  "yes achieved", "complete", "completed", "done"})
_NO = frozenset({"n", "no", "not achieved", "not yet achieved", "no - not achieved",
                 "not met", "no not achieved"})


@lru_cache(maxsize=16384)
def yes_no_word(text: str) -> str | None:
    """'Y', 'Yes', 'Achieved' -> 'Y'; 'N', 'No', 'Not achieved' -> 'N'; a flag with a
    note after it ('Y (achieved 31/03/10)', 'N - see note') too; else None."""
    t = _fold_word(text)
    if t in _YES:
        return "Y"
    if t in _NO:
        return "N"
    m = re.match(r"^(y|yes|n|no)\s*[(\-\u2013,;:]", t)
    if m:
        return "Y" if m[1].startswith("y") else "N"
    return None


_MARK_WORDS = frozenset({"y", "yes", "x", "xx", "n", "no", "ticked", "selected", "o",
                         "n/a", "na", "-", "\u2013", "nil"})


@lru_cache(maxsize=16384)
def is_mark_word(text: str) -> bool:
    """A text that can only be a mark or its absence: '', 'Y', 'X', 'No', 'N/A'."""
    t = fold(text).strip(" .:;!*()[]")
    return not t or t in _MARK_WORDS


def line_tags_of(line: Line) -> Tags:
    """The tags of one line's words."""
    return tag_text(line.text)
