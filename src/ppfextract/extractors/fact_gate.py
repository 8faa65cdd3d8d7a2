"""The first, cheap look at a document's texts for facts: no rule module, no number
parser and no spaCy is imported for a document none of whose texts passes it.

A fact needs a figure and the words of its rule in the same clause, so in the same
sentence: a text passes when one of its sentences holds a figure and a word of a rule
family (a planned review and the future, a caseload word, with a personal budget named
before a word that may stand for one or for its figure), or when it names a personal
budget or a cashable saving and holds a figure anywhere. Every text that passes is then
checked word by word and quantity by quantity (:func:`.facts._could_hold`), and only the
texts that pass that are parsed.

"Sentences" here are never finer than spaCy's: a text is cut only at a line break or at
".", "!" or "?" before white space, not after an abbreviation the tokenizer keeps whole
("Mr.", "e.g."; ``tests/test_fact_prefilter.py`` checks the list against spaCy's). A
"figure" is any digit or number word, or a fraction before "of", except a date or a
financial year ("March 2011", "12 May", "2010/11"), which is never a quantity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..document import Provenance
from .fact_words import (
    _CUES,
    _PLANNED,
    _REFER_SUBJECTS,
    _SU_HOLD,
    _SU_PROVIDE_VERBS,
    _SU_SUPPORT_VERBS,
    BASE_VERBS,
    PEOPLE_WORDS,
    PLAN_WORDS,
    PROVIDE,
    REFER_PRONOUN_VERBS,
    REFER_PRONOUNS,
    REVIEW_PROGRAMME,
    SERVICE_VERBS,
    SUPPORT,
)

# ---------------------------------------------------------------------------
# Words as tokens

# A rule tests single words as whole tokens; a token that is all letters is a maximal run
# of letters in the text, except where one of the tokenizer's special cases splits a run
# ("wouldve" -> "would", "ve"). Words that such a split can produce are looked for as
# substrings instead (a test checks this list against spaCy's own special cases).
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
_LETTER_RE = re.compile(r"[^\W\d_]")
_SPLIT_WORDS = frozenset({
    "a", "ai", "all", "are", "ca", "can", "could", "d", "dare", "did", "do", "does", "gon",
    "got", "had", "has", "have", "he", "how", "i", "is", "it", "ll", "m", "may", "might",
    "must", "na", "need", "not", "nt", "on", "ought", "re", "s", "sha", "she", "should",
    "ta", "that", "there", "these", "they", "this", "those", "ve", "was", "we", "were",
    "what", "when", "where", "who", "why", "wo", "would", "y", "you",
})


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` with their common beginnings factored out
    ("p(?:eople|ersons?)"): the same matches, the longest word first where one is a
    beginning of another."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(tree)


class _Vocab:
    """A set of rule words, tested against a lower-cased text as tokens: a word that is a
    whole run of letters there, or (one of _SPLIT_WORDS) anywhere in it."""

    def __init__(self, words: frozenset[str]) -> None:
        self.vocabulary = words
        self._words: re.Pattern[str] | None = None  # compiled when first needed
        self.inside: re.Pattern[str] | None = None

    @property
    def words(self) -> re.Pattern[str]:
        if self._words is None:
            # the start is checked after a match (a leading look-behind would stop the
            # regex engine from scanning for the words' first letters); the words as a
            # trie, so the engine tries each first letter once
            self._words = re.compile(rf"(?:{_trie(self.vocabulary)})(?![^\W\d_])")
            split = self.vocabulary & _SPLIT_WORDS
            self.inside = re.compile(_trie(split)) if split else None
        return self._words

    def found_in(self, low: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a word stands in ``low[start:end]`` (cut at white space)."""
        end = len(low) if end is None else end
        words = self.words
        if self.inside is not None and self.inside.search(low, start, end):
            return True
        for m in self.finditer(low, start, end, words):
            del m
            return True
        return False

    def finditer(self, low: str, start: int = 0, end: int | None = None,
                 words: re.Pattern[str] | None = None) -> Iterable[re.Match[str]]:
        """The words standing in ``low[start:end]`` as whole runs of letters."""
        words = words or self.words
        for m in words.finditer(low, start, len(low) if end is None else end):
            # the words are all letters, so a match that starts inside a word hides no
            # match that starts a word
            if m.start() == start or not _LETTER_RE.match(low, m.start() - 1):
                yield m


# ---------------------------------------------------------------------------
# What every rule needs

_PB_PARTS = (("personal", "budget"), ("direct", "payment"), ("self", "directed", "support"),
             ("individual", "budget"), ("personalised", "budget"), ("own", "budget"))


def has_pb(text: str, low: str) -> bool:
    """Whether ``text`` (``low`` lower-cased) names a personal budget: "PB" or one of
    _PB_PARTS ("personalised" holds "personal")."""
    if "PB" in text:
        return True
    if "budget" in low and ("personal" in low or "individual" in low or "own" in low):
        return True
    if "payment" in low and "direct" in low:
        return True
    return "directed" in low and "self" in low and "support" in low


# every word of a service-users rule that a caseload figure needs: a holding verb ("in
# receipt of", "using"), a supporting or providing verb, or "in total"/"altogether", or
# "the number of ..."
_SU_WORDS = frozenset(w for w in (_SU_HOLD | _SU_SUPPORT_VERBS | _SU_PROVIDE_VERBS
                                  | ((SUPPORT | PROVIDE | SERVICE_VERBS) - BASE_VERBS)
                                  | {"total", "altogether", "number", "rely", "relies",
                                     # "the rest of the 23,000 service users"
                                     "users", "clients"})
                      if w.isalpha())
# every path of the planned-reviews rule needs the future or a plan word
_REVIEW_FUTURE = frozenset(w for w in ({"will", "would", "shall", "to"} | _PLANNED | PLAN_WORDS
                                        # "over the next year we are reviewing ..."
                                        | {"next", "coming", "rest", "remainder", "between"})
                           if w.isalpha())


class _Lazy:
    """A regular expression compiled when first used (compiling costs more than a scan:
    a document no sentence of which gets this far never compiles it)."""

    def __init__(self, pattern: Callable[[], str], flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._re: re.Pattern[str] | None = None

    @property
    def re(self) -> re.Pattern[str]:
        if self._re is None:
            self._re = re.compile(self._pattern(), self._flags)
        return self._re


# every REVIEW cue ("review", "reassessed", "re - assessed")
_REVIEW_RE = _Lazy(lambda: r"(?<![^\W\d_])(?:review(?:s|ed|ing)?|re\s*-?\s*assess)")
# what may stand for a personal budget named in an earlier text (fact_frames.PB_ANAPHORS,
# budget holders, the take-up of budgets, and "this way")
_PB_ANAPHOR = (r"\b(?:one|budgets?|holders?|recipients?|take-up|take|uptake|coverage|"
               r"penetration|(?:this|that)\s+way)\b")
_PB_ANAPHOR_RE = _Lazy(lambda: _PB_ANAPHOR, re.I)
# a figure said of "the figure" before it (its kind comes from the text before): a word
# of _REFER_SUBJECTS, a pronoun only with its verb ("this is", "that would")
_REFER_PRONOUN_RE = _Lazy(lambda: (
    r"\b(?:this|that|it|which)\s*(?:"
    + "|".join(sorted(map(re.escape, REFER_PRONOUN_VERBS), key=len, reverse=True))
    + r")(?![^\W\d_])"))  # on the lower-cased text
_SAVE_VERBS = frozenset(_CUES["SAVE_VERB"])

# the people a count may be of
_PERSON = frozenset(w for w in PEOPLE_WORDS if w.isalpha())
_PERSON_WORDS = _Vocab(_PERSON)
# the people a count may be of, or "who" ("out of 12,080 who rely on ...")
_PERSON_OR_WHO = _Vocab(_PERSON_WORDS.vocabulary | {"who"})
_SU_VOCAB = _Vocab(_SU_WORDS)
_FUTURE_WORDS = _Vocab(_REVIEW_FUTURE)
_REFER_WORDS = _Vocab(frozenset(w for w in _REFER_SUBJECTS if w not in REFER_PRONOUNS))
_BASE_WORDS = _Vocab(BASE_VERBS)

# ---------------------------------------------------------------------------
# Sentences and figures

# the abbreviations spaCy's English tokenizer keeps whole, so no sentence ends after them
# (lower-cased, without the last full stop; tests/test_fact_prefilter.py checks this
# against spaCy's own list). A single letter ("a.", "m." of "£2.85m.") is one too.
ABBREVIATIONS = frozenset({
    "a.m", "adm", "ak", "ala", "apr", "ariz", "ark", "aug", "bros", "calif", "co", "colo",
    "conn", "corp", "d.c", "dec", "del", "dr", "e.g", "feb", "fla", "ga", "gen", "gov",
    "i.e", "ia", "id", "ill", "inc", "ind", "jan", "jr", "jul", "jun", "kan", "kans", "ky",
    "la", "ltd", "mar", "mass", "md", "messrs", "mich", "minn", "miss", "mo", "mont", "mr",
    "mrs", "ms", "mt", "n.c", "n.d", "n.h", "n.j", "n.m", "n.y", "neb", "nebr", "nev",
    "nov", "oct", "okla", "ore", "p.m", "pa", "ph.d", "prof", "rep", "rev", "s.c", "sen",
    "sep", "sept", "st", "tenn", "v.s", "va", "vs", "wash", "wis", "._", "°c", "°f", "°k",
})
_OPENERS = "([\"'“‘"


def _abbreviated(piece: str) -> bool:
    """Whether ``piece`` (text before ". ") ends with an abbreviation."""
    word = piece[piece.rfind(" ") + 1:].lstrip(_OPENERS).lower()
    return len(word) == 1 or word in ABBREVIATIONS or word.endswith(("a.m", "p.m"))


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, never finer than spaCy's: cut at a line break and at
    ". " (not after an abbreviation)."""
    if "\n" not in text and ". " not in text:
        return [text]
    out: list[str] = []
    for line in text.split("\n"):
        if ". " not in line:
            out.append(line)
            continue
        pieces = line.split(". ")
        current = pieces[0]
        for piece in pieces[1:]:
            if _abbreviated(current):
                current = current + ". " + piece
            else:
                out.append(current)
                current = piece
        out.append(current)
    return out


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")  # numbers.py's
_NUMBER_WORDS = (
    # numbers.py's number words but "one" ("one" alone is no figure: "one in four" has
    # "four"), and the fractions it reads before "of"
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "million", "billion",
)


@lru_cache(maxsize=1)
def su_base_re() -> re.Pattern[str]:
    """A base form ("support", "provide") counts only as a verb with a figure after it:
    "providing care and support to approximately 11,800 adults", "we support 8,000
    people" (compiled when first needed; on the lower-cased text)."""
    return re.compile(
        r"\b(?:" + "|".join(sorted(BASE_VERBS)) + r")\b(?:\W+[^\W\d]+){0,5}?\W+(?:\d|"
        + "|".join(sorted((*_NUMBER_WORDS, "one"))) + r")")


_DIGITS = "0123456789"
_DIGITS_RE = _Lazy(lambda: r"\d+")
_WORD_CHAR_RE = re.compile(r"\w")
# a day before a month's name, as numbers.py's _NOT_QUANTITY spells it (a date: never a
# quantity; on the text as written: "300 may have" is no date), after the day's digits
_DAY_TAIL_RE = _Lazy(lambda: r"\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTHS + "|"
                     + _MONTHS.upper() + r")\b")
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
# (substrings one of which every number word holds: most sentences are done with these)
_NUMBER_WORD_STEMS = ("two", "thre", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twe", "thirt", "fift", "forty", "hundred", "thousand",
                      "million", "billion")
_FRACTIONS = ("half", "halves", "third", "quarter", "fifth", "tenth")
_FRACTION_RE = _Lazy(lambda: r"(?<![^\W\d_])(?:half|halves|thirds?|quarters?|fifths?|tenths?)"
                             r"[\"”’']?\s+of\b")


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and bool(_WORD_CHAR_RE.match(text, i))


def _not_figure(text: str, start: int, end: int) -> int:
    """Where the date standing at the digits ``text[start:end]`` ends (a financial year,
    a year standing alone, a day before a month's name: numbers.py's _NOT_QUANTITY), or
    -1 when they are no date."""
    if _word_char(text, start - 1):
        return -1
    run = text[start:end]
    if len(run) == 4 and run[:2] in ("19", "20"):
        # "2010/11", "2009 - 10", "2010/2011"
        i = end + (text[end:end + 1] == " ")
        if text[i:i + 1] in ("/", "–", "-"):
            j = i + 1 + (text[i + 1:i + 2] == " ")
            k = j
            while k < len(text) and text[k].isdigit():
                k += 1
            tail = text[j:k]
            if (len(tail) == 2 or (len(tail) == 4 and tail[:2] in ("19", "20"))) and (
                    not _word_char(text, k)):
                return k
        # a year standing alone: 1900-2030, not money, not "2010.5" or "2010,000"
        if run <= "2030" and text[start - 1:start] not in ("£", "$", "€", ",", ".") and not (
                start >= 2 and text[start - 2] == "£" and text[start - 1].isspace()) and (
                not _word_char(text, end)) and (
                not (text[end:end + 1] in (",", ".") and text[end + 1:end + 2].isdigit())):
            return end
    if len(run) <= 2:
        m = _DAY_TAIL_RE.re.match(text, end)
        if m is not None:
            return m.end()
    return -1


def figure_in(text: str, low: str, words: set[str] | None = None) -> bool:
    """Whether ``text`` (``low`` lower-cased, ``words`` its runs of letters) holds a
    figure: digits that are not a year or a day's date, a number word, a fraction before
    "of"."""
    if _any_in(low, _DIGITS):
        same = len(text) == len(low)
        skip = -1
        for m in _DIGITS_RE.re.finditer(low):
            if m.start() < skip:
                continue
            end = _not_figure(text, m.start(), m.end()) if same else -1
            if end < 0:
                return True
            skip = end
    if _any_in(low, _NUMBER_WORD_STEMS):
        if words is None:
            words = set(_LETTER_RUN_RE.findall(low))
        if not _NUMBER_WORD_SET.isdisjoint(words):
            return True
    return _any_in(low, _FRACTIONS) and bool(_FRACTION_RE.re.search(low))


def has_figure(text: str) -> bool:
    """Whether ``text`` holds a figure (not a year or a date)."""
    return figure_in(text, text.lower())


def _any_in(low: str, parts: Iterable[str]) -> bool:
    for part in parts:
        if part in low:
            return True
    return False


# the caseload rule's words: a service word, or a base form ("support") as a verb
_CASELOAD = _SU_WORDS | BASE_VERBS


def _has(words: set[str], low: str, vocab: _Vocab | frozenset[str]) -> bool:
    """Whether a word of ``vocab`` stands in the sentence ``low`` (``words``: its runs of
    letters), as :meth:`_Vocab.found_in` finds it."""
    vocabulary = vocab.vocabulary if isinstance(vocab, _Vocab) else vocab
    if not vocabulary.isdisjoint(words):
        return True
    return any(w in low for w in _split_words(vocabulary))


@lru_cache(maxsize=32)
def _split_words(vocabulary: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(vocabulary & _SPLIT_WORDS))


def _family_in(low: str, words: set[str], pb_before: bool) -> bool:
    """Whether the sentence ``low`` (``words``: its runs of letters) holds the words of a
    rule: a planned review (a REVIEW cue and the future); a caseload (a service word or a
    base form, "support", and the people it counts or "who"); after a personal budget
    named before, a word that may stand for one or for its figure ("the figure", "this
    represents")."""
    if ("review" in low or "assess" in low) and _REVIEW_RE.re.search(low) and (
            _has(words, low, _FUTURE_WORDS) or not REVIEW_PROGRAMME.isdisjoint(words)):
        return True
    if _has(words, low, _CASELOAD) and _has(words, low, _PERSON_OR_WHO):
        return True
    if not pb_before:
        return False
    # (each pattern only when its words stand in the sentence as words)
    return bool((not _ANAPHOR_WORDS.isdisjoint(words) and _PB_ANAPHOR_RE.re.search(low))
                or _has(words, low, _REFER_WORDS)
                or (not _PRONOUNS.isdisjoint(words) and _REFER_PRONOUN_RE.re.search(low)))


# the words of _PB_ANAPHOR and _REFER_PRONOUN_RE that each match holds as a run of letters
_ANAPHOR_WORDS = frozenset({"one", "budget", "budgets", "holder", "holders", "recipient",
                            "recipients", "take", "uptake", "coverage", "penetration", "way"})
_PRONOUNS = frozenset({"this", "that", "it", "which"})


def _asks_how_many(low: str) -> bool:
    """The text asks "How many ...?": a figure after it may answer it, read as the
    question with the figure in place of "how many" (its words may be in the question,
    and the figure in another sentence)."""
    return "how many" in low and "?" in low


def may_hold_fact(text: str, low: str, named: bool, pb_before: bool,
                  seen: dict[tuple[str, bool], bool] | None = None) -> bool:
    """The first look (see the module's docstring): false only for a text no rule can
    read a fact in. ``named``: the text names a personal budget; ``pb_before``: a text
    before it did; ``seen``: the answers for the sentences of the document looked at
    already (a document repeats its standard sentences)."""
    if named or "cashable" in low or _asks_how_many(low):
        return figure_in(text, low)
    if len(text) != len(low):  # a letter whose lower case is longer: no cut to trust
        return figure_in(text, low)
    for sentence in sentences(text):
        key = (sentence, pb_before)
        answer = seen.get(key) if seen is not None else None
        if answer is None:
            lowered = sentence.lower()
            answer = figure_in(sentence, lowered) and _family_in(
                lowered, set(_LETTER_RUN_RE.findall(lowered)), pb_before)
            if seen is not None:
                seen[key] = answer
        if answer:
            return True
    return False


def any_may_hold_fact(texts: Iterable[str]) -> bool:
    """Whether any of a document's texts (in order) passes :func:`may_hold_fact`."""
    named = False
    seen: dict[tuple[str, bool], bool] = {}
    for text in texts:
        if not text:
            continue
        low = text.lower()
        here = has_pb(text, low)
        if may_hold_fact(text, low, here, named, seen):
            return True
        named = named or here
    return False


# ---------------------------------------------------------------------------
# The lines of one paragraph

# A text and where each piece of it came from: (offset in the text, provenance)
Pieces = tuple[tuple[int, Provenance], ...]


def join_lines(blocks: Iterable[tuple[str, Provenance]]) -> list[tuple[str, Pieces]]:
    """The texts of ``blocks`` with the lines of one paragraph joined: a PDF reader may
    give each printed line as a paragraph of its own ("... advised that 1,541 service" /
    "users and carers currently received a personal budget, ..."). A line is joined to
    the one before when that one ends without a full stop, colon or semicolon and the line
    follows it on the same page, at the same left edge (or left of an indented first
    line), closer below it than a line is high (a new paragraph or a heading stands
    further off)."""
    texts: list[list[str]] = []
    pieces: list[list[tuple[int, Provenance]]] = []
    sizes: list[int] = []
    prev: Provenance | None = None
    for text, prov in blocks:
        if prev is not None and _follows(prev, prov) and _open(texts[-1]) and not (
                text[:1].isdigit() and _NUMBERED.match(text)):
            parts = texts[-1]
            sep = "" if _last(parts).endswith(("-", " ")) else " "
            parts.append(sep + text)
            pieces[-1].append((sizes[-1] + len(sep), prov))
            sizes[-1] += len(sep) + len(text)
        else:
            texts.append([text])
            pieces.append([(0, prov)])
            sizes.append(len(text))
        prev = prov
    return [(parts[0] if len(parts) == 1 else "".join(parts), tuple(where))
            for parts, where in zip(texts, pieces, strict=True)]


# a paragraph's own number ('1.1 Cumbria supports ...', '3. The panel ...'): a new
# paragraph, even right under a heading with no full stop
_NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]|\d{1,2}\.\s+[A-Z]")


def _last(parts: list[str]) -> str:
    """The text joined so far, or its last part when that ends it (it has a letter)."""
    return parts[-1] if parts[-1].strip() else "".join(parts)


def _open(parts: list[str]) -> bool:
    """The text joined so far ends mid-sentence (no full stop, colon or semicolon)."""
    end = _last(parts).rstrip()
    return bool(end) and end[-1] not in ".:;!?"


def _follows(prev: Provenance, prov: Provenance) -> bool:
    """Line ``prov`` stands right below line ``prev``, at its left edge."""
    a, b = prev.bbox, prov.bbox
    if a is None or b is None or prev.page != prov.page or prev.page is None or (
            prev.row is not None or prov.row is not None):
        return False
    height = min(a[3] - a[1], b[3] - b[1])
    gap = b[1] - a[3]
    return height > 0 and -2 <= gap <= 0.8 * height and -40 <= b[0] - a[0] <= 3
