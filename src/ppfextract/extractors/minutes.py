"""Milestone values minutes state for several milestones at once.

Committee minutes report a return in sentences that count ("all five of the April 2010
milestones, and four of the five October 2010 milestones, as achieved"), name the
exceptions ("The exception was prevention and cost effective services (Milestone 3)")
and group likelihoods ("the return judged milestones 1 and 4 very likely to be
achieved, milestones 2 and 5 fairly likely, and milestone 3 fairly unlikely"). Each
rule here reads such a statement only when it is complete: a count whose exceptions are
named, as many as the count leaves; each group of milestones with one likelihood, in a
sentence naming one deadline. Anything short of that is left unread.
"""

from __future__ import annotations

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Paragraph, Provenance
from ..framework import Deadline
from .fit import Reading
from .labels import deadline_of, milestones_named
from .segments import page_less, says_earlier
from .tags import Field

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3,
            "4": 4, "5": 5}
_MONTH_YEAR = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+20\d\d")
# 'all five of the April 2010 milestones', 'four of the five October 2010 deliverables'
# (or 'all five of the milestones due by April 2010')
_COUNTED = re.compile(
    r"\b(?:(?P<all>all)(?:\s+(?:five|5))?|(?P<n>one|two|three|four|[1-4])\s+of\s+the\s+"
    r"(?:five|5))\s+(?:of\s+the\s+)?(?:(?P<d>" + _MONTH_YEAR + r")\s+(?:milestones?|"
    r"deliverables?)|(?:milestones?|deliverables?)\s+(?:due\s+(?:by|in)|for)\s+(?P<e>"
    + _MONTH_YEAR + r"))\b", re.I)
_ACHIEVED_SAID = re.compile(r"\b(?:achieved|met|completed?)\b", re.I)
_TO_COME = re.compile(r"\b(?:to\s+be|will\s+be|would\s+be|should\s+be|on\s+track)\b", re.I)
_NEGATED = re.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:achieved|met|completed?)\b", re.I)
# what names the milestones left out: 'The exception was ...', '... that had not been
# achieved was ...', 'apart from ...', 'except ...'
_EXCEPTION = re.compile(r"\b(?:exceptions?\s+(?:was|were|is|being)|not\s+(?:yet\s+)?(?:been\s+)?"
                        r"(?:achieved|met)\s+(?:was|were)|apart\s+from|except(?:\s+for)?|"
                        r"other\s+than|save\s+for)\b", re.I)
_MILESTONE_NUMBERS = re.compile(r"\bmilestones?\s+(?P<k>[1-5](?:\s*(?:,|and|&|or)\s*[1-5])*)\b",
                                re.I)
_LIKELIHOOD = re.compile(r"\b(?P<l>(?:very|fairly)\s+(?:un)?likely)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])")


def minutes_readings(blocks: list) -> list[Reading]:
    """Readings the paragraphs' counting and grouping sentences give."""
    out: list[Reading] = []
    for text, prov in _texts(blocks):
        low = text.lower()
        if "milestone" not in low and "deliverable" not in low:
            continue
        sentences = _SENTENCE.split(text)
        for k, sentence in enumerate(sentences):
            found: list[Reading] = []
            if "of the" in sentence or "all" in sentence.lower():
                found = _counted(sentence, sentences[k + 1:k + 3], prov)
            if "likely" in sentence:
                found += _grouped(sentence, prov)
            if found and not says_earlier(sentence):
                out.extend(found)  # ('The previous return (June 2010) rated ...': not this
                # return's)
    return out


def _texts(blocks: list) -> list[tuple[str, Provenance]]:
    """The paragraphs' texts, a paragraph cut mid-sentence (a page's break) joined to the
    one that goes on in lower case."""
    out: list[tuple[str, Provenance]] = []
    last_open = False  # the last text kept is cut mid-sentence
    for block in blocks:
        if type(block) is not Paragraph:
            last_open = False
            continue
        raw = block.text
        if "ilestone" not in raw and "eliverable" not in raw and not (
                last_open and raw[:1].islower()):
            # (no milestone named, no sentence going on: left as it is, unjoined)
            if last_open and raw and not (len(raw) < 120 and raw[-1:].isdigit()):
                last_open = False
            continue
        text = " ".join(raw.split())
        if not text or (len(text) < 120 and text[-1:].isdigit() and page_less(text) != text):
            continue  # a page's footer ('... Page 1 of 2') between a sentence's two parts
        if last_open and text[:1].islower() and out:
            joiner = "" if out[-1][0].endswith("-") else " "
            out[-1] = (out[-1][0] + joiner + text, out[-1][1])
        else:
            out.append((text, block.provenance))
        last_open = not out[-1][0].endswith((".", "?", "!", ":", ";"))
    return out


def _counted(sentence: str, after: list[str], prov: Provenance) -> list[Reading]:
    """'all five of the April 2010 milestones ... as achieved'; 'four of the five October
    2010 deliverables had been achieved. The exception was ... (Milestone 3)'."""
    if not _ACHIEVED_SAID.search(sentence) or _NEGATED.search(sentence) or \
            "likely" in sentence or _TO_COME.search(sentence):
        return []  # ('... are fairly likely to be achieved', '... expected to be met')
    out: list[Reading] = []
    for m in _COUNTED.finditer(sentence):
        deadline = deadline_of(m["d"] or m["e"])
        if deadline is None:
            continue
        achieved = 5 if m["all"] else _NUMBERS[m["n"].lower()]
        # the exceptions named in the sentence ('All April 2010 milestones except the
        # information and advice strategy were achieved') or the next
        here = _exceptions([sentence[m.end():]], deadline)
        missed = here if here is not None else (
            _exceptions(after, deadline) or set() if achieved < 5 else set())
        if m["all"] and here is not None:
            achieved = 5 - len(missed)
        rest = sentence[m.end():]
        if not missed and (_EXCEPTION.search(rest) or _MILESTONE_NUMBERS.search(rest)
                           or milestones_named(rest)):
            # an exception said but not named; a milestone named after the count ('...
            # have now been met, although the prevention strategy (Milestone 3) was
            # signed off late'): which were met by the deadline is not said
            continue
        if len(missed) != 5 - achieved:
            continue  # the exceptions not named, or not as many as the count leaves
        rule = f"'{m.group()}' achieved" + (f", but milestone {sorted(missed)}"
                                            if missed else "")
        for milestone in range(1, 6):
            out.append(Reading(milestone, deadline, Field.ACHIEVED,
                               "N" if milestone in missed else "Y", "minutes",
                               f"a count of milestones: {rule}", prov))
    return out


def _exceptions(after: list[str], deadline: Deadline) -> set[int] | None:
    """The milestones the next sentence says were not achieved: by number ('(Milestone
    3)') or by name ('prevention and cost effective services'), in the clause after the
    words that name the exception."""
    for sentence in after[:1]:
        cue = _EXCEPTION.search(sentence)
        if cue is None:
            return None
        clause = re.split(r"[:;]|\.\s", sentence[cue.end():], maxsplit=1)[0]
        around = sentence[:cue.start()] + clause
        said = deadline_of(m.group()) if (m := re.search(_MONTH_YEAR, around, re.I)) \
            else deadline
        if said is not None and said is not deadline:
            return None  # the exception of another deadline
        numbers = {int(d) for m in _MILESTONE_NUMBERS.finditer(clause)
                   for d in re.findall(r"[1-5]", m["k"])}
        if numbers:
            return numbers
        return milestones_named(clause) or None
    return None


def _grouped(sentence: str, prov: Provenance) -> list[Reading]:
    """'For the April 2011 milestones, the return judged milestones 1 and 4 (...) very
    likely to be achieved, milestones 2 and 5 (...) fairly likely, and milestone 3 (...)
    fairly unlikely': each group of milestones with the one likelihood after it, in a
    sentence naming one deadline."""
    deadlines = {d for m in re.finditer(_MONTH_YEAR, sentence, re.I)
                 if (d := deadline_of(m.group())) is not None}
    if len(deadlines) != 1:
        return []
    deadline = deadlines.pop()
    refs = list(_MILESTONE_NUMBERS.finditer(sentence))
    if not refs:
        return _grouped_by_name(sentence, deadline, prov)
    out: list[Reading] = []
    seen: set[int] = set()
    for k, ref in enumerate(refs):
        end = refs[k + 1].start() if k + 1 < len(refs) else len(sentence)
        said = [m["l"].lower() for m in _LIKELIHOOD.finditer(sentence, ref.end(), end)]
        numbers = [int(d) for d in re.findall(r"[1-5]", ref["k"])]
        if len(set(said)) != 1 or seen & set(numbers):
            return []  # a group with no likelihood, or two; a milestone named twice
        seen.update(numbers)
        value = said[0].replace(" ", "_")
        out.extend(Reading(n, deadline, Field.LIKELIHOOD, value, "minutes",
                           f"'{ref.group()}' then '{said[0]}' in a sentence on "
                           f"{deadline.value}", prov) for n in numbers)
    return out


def _grouped_by_name(sentence: str, deadline: Deadline, prov: Provenance) -> list[Reading]:
    """'... assessed the milestones for effective partnerships and for local commissioning
    as very likely to be achieved, self-directed support and personal budgets as fairly
    likely, and prevention and cost effective services as fairly unlikely': the
    milestones each stretch names by title, with the likelihood that ends it; every
    stretch naming one or more, none named twice."""
    out: list[Reading] = []
    seen: set[int] = set()
    start = 0
    for m in _LIKELIHOOD.finditer(sentence):
        named = milestones_named(sentence[start:m.start()])
        if not named or seen & named:
            return []
        seen |= named
        value = m["l"].lower().replace(" ", "_")
        out.extend(Reading(n, deadline, Field.LIKELIHOOD, value, "minutes",
                           f"milestones named then '{m['l'].lower()}' in a sentence on "
                           f"{deadline.value}", prov) for n in sorted(named))
        start = m.end()
    return out if len(seen) >= 2 else []


__all__ = ["minutes_readings"]
