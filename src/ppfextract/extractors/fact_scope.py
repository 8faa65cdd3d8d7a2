"""Whose figure is it: the council's own, or the country's, a region's, a survey's, or
another council's. Only the council's own figures are facts (the spec's facts rule).

A figure's scope is read from the words that name whom a clause is about:

- places and bodies: "nationally", "across England", "in the North West", "In Control's
  survey", "the Audit Commission", "councils", "neighbouring Suffolk", "Kent County
  Council" (another council), and this council's own ("the council", "we", "Norfolk");
- where they stand. A comparison or a parenthesis ("compared with 988 in Kent", "above the
  national average of 30%", "(13% nationally)") speaks only for the figures inside it; a
  figure inside it without words of its own is the clause's ("up from 1,964 last year").
  Otherwise the nearest such words before the figure in its clause decide, else the
  nearest after it; a clause with none takes the scope of the clause before it in the
  sentence ("A survey found that 45% ... and 30% ..."), and a sentence that goes on with
  the same source ("It also found ...", "The figures also show ...") the scope of the
  sentence before it, even across paragraphs.

A council's name is kept as a name here (scope ``"place"``): whether it is this council
is decided by :func:`resolve` with the document's council, since a press release names
its own council as often as others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .councils import AMBIGUOUS, council_name_re

if TYPE_CHECKING:
    from spacy.tokens import Doc

OWN = "council"
NATIONAL = "national"
REGIONAL = "regional"
SURVEY = "survey"
OTHER = "other council"
PLACE = "place"  # a council's name: this council or another, see resolve()

# (lower-case token sequence, scope). Matched on whole tokens.
_PHRASES: tuple[tuple[str, str], ...] = (
    # the country
    ("nationally", NATIONAL), ("nationwide", NATIONAL), ("countrywide", NATIONAL),
    ("national", NATIONAL), ("england", NATIONAL), ("english", NATIONAL), ("uk", NATIONAL),
    ("britain", NATIONAL), ("british", NATIONAL), ("the country", NATIONAL),
    ("the nation", NATIONAL), ("all councils", NATIONAL), ("every council", NATIONAL),
    ("each council", NATIONAL), ("councils", NATIONAL), ("local authorities", NATIONAL),
    ("authorities", NATIONAL), ("the average council", NATIONAL), ("government", NATIONAL),
    ("department of health", NATIONAL), ("whitehall", NATIONAL), ("ministers", NATIONAL),
    ("the sector", NATIONAL), ("countries", NATIONAL),
    # a region
    ("region", REGIONAL), ("regions", REGIONAL), ("regional", REGIONAL),
    ("regionally", REGIONAL), ("north west", REGIONAL), ("north-west", REGIONAL),
    ("north east", REGIONAL), ("north-east", REGIONAL), ("south east", REGIONAL),
    ("south-east", REGIONAL), ("south west", REGIONAL), ("south-west", REGIONAL),
    ("east midlands", REGIONAL), ("west midlands", REGIONAL), ("the midlands", REGIONAL),
    ("yorkshire and humber", REGIONAL), ("yorkshire and the humber", REGIONAL),
    ("east of england", REGIONAL), ("london", REGIONAL), ("the capital", REGIONAL),
    # surveys, research and the bodies that publish them
    ("survey", SURVEY), ("surveys", SURVEY), ("surveyed", SURVEY), ("respondents", SURVEY),
    ("respondent", SURVEY), ("poll", SURVEY), ("polled", SURVEY), ("study", SURVEY),
    ("studies", SURVEY), ("research", SURVEY), ("researchers", SURVEY), ("census", SURVEY),
    ("in control", SURVEY), ("adass", SURVEY), ("audit commission", SURVEY),
    ("information centre", SURVEY), ("care quality commission", SURVEY), ("cqc", SURVEY),
    ("csci", SURVEY), ("think local act personal", SURVEY), ("tlap", SURVEY),
    ("king's fund", SURVEY), ("kings fund", SURVEY), ("demos", SURVEY),
    ("national audit office", SURVEY), ("office for national statistics", SURVEY),
    ("ons", SURVEY), ("freedom of information", SURVEY), ("foi", SURVEY),
    ("local government association", SURVEY), ("lga", SURVEY), ("scie", SURVEY),
    ("ibsen", SURVEY), ("evaluation", SURVEY), ("carers uk", SURVEY), ("age uk", SURVEY),
    ("mencap", SURVEY), ("unison", SURVEY), ("poet", SURVEY),
    # other councils
    ("other councils", OTHER), ("another council", OTHER), ("other authorities", OTHER),
    ("neighbouring", OTHER), ("neighboring", OTHER), ("nearby", OTHER),
    ("comparator", OTHER), ("comparators", OTHER), ("similar councils", OTHER),
    ("some councils", OTHER), ("many councils", OTHER), ("most councils", OTHER),
    # this council
    ("the council", OWN), ("this council", OWN), ("the county council", OWN),
    ("the city council", OWN), ("the borough council", OWN), ("the authority", OWN),
    ("this authority", OWN), ("the county", OWN), ("the borough", OWN), ("the city", OWN),
    ("the district", OWN), ("the department", OWN), ("the directorate", OWN),
    ("we", OWN), ("our", OWN), ("us", OWN), ("locally", OWN), ("the council's", OWN),
    ("the county's", OWN), ("the borough's", OWN), ("the city's", OWN),
)
# Words that take a capital when they name the body, not the thing ("In Control",
# "Community Care", "Demos"): matched only as written with capitals.
_CAPITALISED = {"in control": "In Control", "demos": "Demos", "poet": "POET",
                "evaluation": "Evaluation", "unison": "Unison"}
# A region name, a trade magazine: capitalised only
_CASED_PHRASES: tuple[tuple[str, str], ...] = (
    ("Community Care", SURVEY), ("Guardian", SURVEY), ("BBC", SURVEY),
    # the Department of Health by its initials ("the DH expects ...")
    ("DH", NATIONAL), ("DoH", NATIONAL),
)
# after these a national word is a kind of thing, not the country: "NHS", "National
# Indicator", "the national target" (a target is dropped by its own rule)
_NOT_PLACE_AFTER = frozenset({"indicator", "indicators", "health", "insurance",
                              "minimum", "living", "lottery", "trust"})

# Heads of comparisons: the figure after them is measured against, not reported.
_COMPARE_HEADS: tuple[tuple[str, ...], ...] = (
    ("compared", "with"), ("compared", "to"), ("comparing", "with"), ("in", "comparison"),
    ("against",), ("versus",), ("vs",), ("vs.",), ("than",), ("above",), ("below",),
    ("ahead", "of"), ("behind",), ("short", "of"), ("similar", "to"), ("in", "line", "with"),
    ("higher", "than"), ("lower", "than"), ("exceeding",), ("beating",), ("outstripping",),
    ("where",), ("whereas",), ("passed",), ("passing",), ("beaten",), ("beat",),
    ("beating",), ("surpassed",), ("exceeded",), ("exceeds",), ("met",), ("missed",),
    ("outperforming",), ("outperformed",), ("close", "to", "the"), ("near", "the"),
    ("nearing", "the"), ("approaching", "the"), ("double", "the"), ("twice", "the"),
    ("treble", "the"), ("triple", "the"), ("half", "the"),
)
# "the highest proportion in the country", "one of the best in the region": a ranking,
# not the country's figure
_RANKING = frozenset({"highest", "lowest", "best", "worst", "largest", "biggest", "smallest",
                      "top", "among", "amongst", "leading", "fastest", "most", "second",
                      "third", "first"})
_REPORT_VERBS = frozenset({"found", "finds", "showed", "shows", "show", "revealed",
                           "reveals", "said", "says", "suggests", "suggested", "reported",
                           "reports", "estimated", "estimates", "indicated", "indicates",
                           "concluded", "recorded", "highlighted", "noted", "added",
                           "claims", "claimed", "discovered", "calculated"})
_ANAPHORS = frozenset({"it", "they", "this", "these", "those", "the", "its", "their",
                       "such", "that", "same", "also"})
_ANAPHOR_NOUNS = frozenset({"survey", "study", "report", "research", "figures", "data",
                            "findings", "analysis", "review", "statistics", "results"})


@dataclass(frozen=True)
class Marker:
    start: int  # token indices
    end: int
    scope: str
    text: str


@dataclass(frozen=True)
class Scope:
    """Whose a figure is, and the words that say so (empty for the default)."""

    scope: str
    text: str = ""
    carried: bool = False  # taken from the sentence before


DEFAULT = Scope(OWN)
# the first sentence of a text goes on with the text before it: its scope comes from there
CARRY = Scope("carry", "", True)


def find_markers(doc: Doc) -> list[Marker]:
    """Every scope word in the doc, longest match first."""
    taken: set[int] = set()
    out = _council_markers(doc, taken) + _cased_markers(doc, taken)
    out += _phrase_markers(doc, taken)
    out.sort(key=lambda m: m.start)
    return out


@lru_cache(maxsize=1)
def _phrases_by_first_word() -> dict[str, list[tuple[list[str], str]]]:
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, scope in _PHRASES:
        words = phrase.split()
        by_first.setdefault(words[0], []).append((words, scope))
    return by_first


def _council_markers(doc: Doc, taken: set[int]) -> list[Marker]:
    """Council names, found in the text so that "North Yorkshire" is one name."""
    out: list[Marker] = []
    for m in council_name_re().finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if m.group() in AMBIGUOUS and (span.start == 0 or doc[span.start].is_sent_start):
            continue  # "Reading the report, ..."
        out.append(Marker(span.start, span.end, PLACE, " ".join(m.group().split())))
        taken.update(range(span.start, span.end))
    return out


def _cased_markers(doc: Doc, taken: set[int]) -> list[Marker]:
    out: list[Marker] = []
    low = [t.lower_ for t in doc]
    for phrase, scope in _CASED_PHRASES:
        start = 0
        while (k := doc.text.find(phrase, start)) >= 0:
            start = k + len(phrase)
            span = doc.char_span(k, k + len(phrase), alignment_mode="expand")
            if span is not None and not taken & set(range(span.start, span.end)) and \
                    not _told(low, span.start):
                out.append(Marker(span.start, span.end, scope, phrase))
                taken.update(range(span.start, span.end))
    return out


def _phrase_markers(doc: Doc, taken: set[int]) -> list[Marker]:
    """The scope phrases; the longest wins where two overlap ("the Department of Health"
    is the government's, not "the department")."""
    low = [t.lower_ for t in doc]
    by_first = _phrases_by_first_word()
    found = [(i, len(words), words, scope) for i, t in enumerate(low)
             for words, scope in by_first.get(t, ()) if low[i:i + len(words)] == words]
    found.sort(key=lambda f: (-f[1], f[0]))
    out: list[Marker] = []
    for i, n, words, scope in found:
        if taken & set(range(i, i + n)) or not _marker_stands(doc, low, i, n, words, scope):
            continue
        out.append(Marker(i, i + n, scope, doc[i:i + n].text))
        taken.update(range(i, i + n))
    return out


_TOLD = frozenset({"told", "tells", "telling", "informed", "informs", "assured"})


def _told(low: list[str], i: int) -> bool:
    """The words at ``i`` are who was told, not who tells: their figures are the
    teller's."""
    j = i - 1
    while j >= 0 and low[j] in ("the", "a", "an", "this", "their", "its"):
        j -= 1
    return j >= 0 and low[j] in _TOLD


def _marker_stands(doc: Doc, low: list[str], i: int, n: int, words: list[str],
                   scope: str) -> bool:
    """Is this occurrence of a scope phrase one (written with its capitals where it
    names a body; "national" not in "National Indicator"; "councils" not "the
    councils" of a partnership)?"""
    phrase = " ".join(words)
    cased = _CAPITALISED.get(phrase, "")
    if cased and doc[i:i + n].text != cased:
        return False
    if scope == SURVEY and _told(low, i):
        return False  # "told the survey it had ...", "told Community Care that ..."
    if phrase == "the department" and doc[i + 1].text == "Department":
        return False  # 'the Department' capitalised: perhaps of Health, not the council's
    if scope == NATIONAL and i + n < len(low) and low[i + n] in _NOT_PLACE_AFTER:
        return False
    if phrase == "region" and low[max(0, i - 2):i] == ["in", "the"] and low[i + 1:i + 2] == [
            "of"]:
        return False  # "in the region of 5,500": about, not a region
    return not (phrase in ("councils", "authorities") and i > 0 and low[i - 1] in (
        "the", "our", "these", "district", "parish", "town", "borough"))


def _regions(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Comparisons and parentheses in tokens [start, end): the spans whose scope words
    speak only for the figures inside them."""
    low = [t.lower_ for t in doc[start:end]]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(low):
        t = low[i]
        if t == "(":
            depth, j = 0, i
            while j < len(low):
                if low[j] == "(":
                    depth += 1
                elif low[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out.append((start + i, start + min(j + 1, len(low))))
            i = j + 1
            continue
        head = next((h for h in _COMPARE_HEADS if tuple(low[i:i + len(h)]) == h), None)
        ranking = t in _RANKING and i + 1 < len(low)
        if head is not None or ranking:
            j = i + (len(head) if head else 1)
            while j < len(low) and low[j] not in (",", ";", ":", ")", "(", "but", "while",
                                                  "whilst", "and"):
                j += 1
            if ranking:
                # "the highest ... in the country": only when a place follows the ranking
                seg = low[i:j]
                if "in" not in seg and "across" not in seg and "of" not in seg:
                    i += 1
                    continue
            out.append((start + i, start + j))
            i = j
            continue
        i += 1
    return out


def clause_scope(markers: Sequence[Marker], doc: Doc, clause: tuple[int, int],
                 figure: tuple[int, int]) -> Scope | None:
    """The scope the words of this clause give the figure, or None if they give none."""
    cs, ce = clause
    qs, qe = figure
    regions = _regions(doc, cs, ce)
    inside = [r for r in regions if r[0] <= qs and qe <= r[1]]
    mine = [m for m in markers if cs <= m.start and m.end <= ce]
    if inside:
        r = min(inside, key=lambda r: r[1] - r[0])
        own = [m for m in mine if r[0] <= m.start and m.end <= r[1]]
        pick = _nearest(own, qs)
        if pick is not None:
            return Scope(pick.scope, pick.text)
    # words outside every region that does not hold the figure
    free = [m for m in mine if not any(r[0] <= m.start and m.end <= r[1]
                                       for r in regions if r not in inside)]
    pick = _nearest(free, qs)
    return Scope(pick.scope, pick.text) if pick is not None else None


def _nearest(markers: Sequence[Marker], qs: int) -> Marker | None:
    before = [m for m in markers if m.end <= qs]
    if before:
        return before[-1]
    after = [m for m in markers if m.start >= qs]
    return after[0] if after else None


def continues_source(doc: Doc, sent_start: int, sent_end: int) -> bool:
    """Does this sentence go on with the source of the one before ("It also found that
    ...", "The figures also show ...", "They found ...")?"""
    words = [t.lower_ for t in doc[sent_start:sent_end] if not t.is_space and not t.is_punct]
    head = words[:6]
    if not head:
        return False
    if head[0] in ("it", "they") and any(w in _REPORT_VERBS for w in head[1:4]):
        return True
    if head[0] in _ANAPHORS and any(w in _ANAPHOR_NOUNS for w in head[1:3]) and any(
            w in _REPORT_VERBS for w in head[1:6]):
        return True
    return head[0] in ("also", "similarly", "likewise")


def resolve(scope: Scope, council: str | None, before: Scope = DEFAULT) -> Scope:
    """A council's name is this council's (scope OWN) or another's (OTHER); ``CARRY``
    takes ``before``, the scope the text before handed on."""
    if scope.scope == "carry":
        scope = Scope(before.scope, before.text, True)
    if scope.scope != PLACE:
        return scope
    from .councils import same_council

    if council is None or same_council(scope.text, council):
        return Scope(OWN, scope.text, scope.carried)
    return Scope(OTHER, scope.text, scope.carried)


_PHRASE_RE: re.Pattern[str] | None = None


def text_exit_scope(text: str, before: Scope | None) -> Scope | None:
    """The scope a text the pipeline did not read (no figure) hands on: its last scope
    word's, found without spaCy; a text with none hands on what came before (``before``;
    None when that is not known yet) only when it goes on with the same source, else the
    council's."""
    global _PHRASE_RE
    if _PHRASE_RE is None:
        alt = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p, s in _PHRASES
                               if s != PLACE), key=len, reverse=True))
        _PHRASE_RE = re.compile(rf"(?<![\w'-])(?:{alt})(?![\w-])", re.I)
    last = None
    for m in _PHRASE_RE.finditer(text):
        if not _IN_THE_REGION_OF_RE.match(text, max(0, m.start() - 7)) or (
                m.group().lower() != "region"):
            last = m
    name = None
    for m in council_name_re().finditer(text):
        name = m
    if name is not None and (last is None or name.start() > last.start()):
        return Scope(PLACE, " ".join(name.group().split()))
    if last is not None:
        phrase = " ".join(last.group().lower().split())
        scope = dict(_PHRASES).get(phrase, OWN)
        cased = _CAPITALISED.get(phrase, "")
        if not (cased and last.group() != cased):
            return Scope(scope, last.group())
    return before if _CONTINUES_RE.match(text) else DEFAULT


_IN_THE_REGION_OF_RE = re.compile(r"in\s+the\s+region\s+of\b", re.I)
_CONTINUES_RE = re.compile(
    r"\s*(?:(?:it|they)\s+(?:\w+\s+)?(?:" + "|".join(sorted(_REPORT_VERBS)) + r")\b"
    r"|(?:also|similarly|likewise)\b)", re.I)
