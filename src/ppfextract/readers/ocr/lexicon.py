"""OCR words put right against the framework's own wording.

A return is printed from a template: its headers, options, milestone titles and
requirement wordings come from a small vocabulary (:mod:`ppfextract.framework`). A word
Tesseract read with some doubt, that is not in that vocabulary but is one letter away
from exactly one word of it ('Amher' -> 'Amber', 'likcly' -> 'likely'), is taken as
that word. Words read with confidence, short words and numbers are left as read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from ... import framework

MAX_CONF = 0.93  # words read with at least this confidence are left alone
_WORD = re.compile(r"[A-Za-z]{4,}")


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    if depth > 4:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k, depth + 1)
            yield from _strings(v, depth + 1)
    elif isinstance(value, tuple | list | set | frozenset):
        for v in value:
            yield from _strings(v, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), depth + 1)


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The lower-case words (4 letters or more) of the framework's wording."""
    words: set[str] = set()
    for name in ("MILESTONES", "SHORT_TITLES", "TITLE_VARIANTS", "REQUIREMENTS",
                 "REQUIREMENT_SECTION_HEADINGS", "LIKELIHOOD_WORDS", "RATING_WORDS",
                 "ACHIEVED_LABELS", "REASON_LABELS", "WHEN_LABELS", "LIKELIHOOD_QUESTION",
                 "MONTHS", "KEY_QUESTIONS"):
        for text in _strings(getattr(framework, name, ())):
            words.update(w.lower() for w in _WORD.findall(text))
    words.update(("milestone", "milestones", "deliverables", "achieved", "likely",
                  "unlikely", "fairly", "very", "amber", "green", "council", "completed",
                  "progress", "underpinning", "requirements", "arrangements", "stakeholders",
                  "mitigating", "actions", "risks", "questions", "description"))
    return frozenset(words)


# a slash read as '!', '|', 'I' or 'l' between the words of a rating or after 'Y' of Y/N
_SLASHED = re.compile(r"^(amber)[!|Il1](red|green)?$|^(y)[!|Il1](n)$", re.IGNORECASE)
# the short ratings in capitals: 'AIR', 'AJG', 'A|R' are A/R and A/G (a capital word)
_SLASHED_SHORT = re.compile(r"^(A)[!|Il1J](R|G)$")


def slash(word: str) -> str:
    """'Amber!' -> 'Amber/', 'YIN' -> 'Y/N', 'AIG' -> 'A/G': the slash of the
    framework's own wording, whatever the confidence (no word of a return is spelt
    that way)."""
    core = word.strip()
    opening, closing = "", ""
    if len(core) > 2 and core[0] == "(" and core[-1] == ")":  # '(YIN)'
        opening, core, closing = "(", core[1:-1], ")"
    found = _SLASHED.match(core)
    if found is None:
        short = _SLASHED_SHORT.match(core)
        return f"{opening}{short.group(1)}/{short.group(2)}{closing}" if short else word
    first, second = found.group(1) or found.group(3), found.group(2) or found.group(4)
    return f"{opening}{first}/{second or ''}{closing}"


@lru_cache(maxsize=4096)
def correct(word: str) -> str:
    """``word`` put right when it is one letter away from exactly one vocabulary word
    (case kept as read: 'Amher' -> 'Amber', 'LIKELV' -> 'LIKELY')."""
    core = word.strip(".,;:()'\"/")
    if len(core) < 4 or not core.isalpha():
        return word
    lower = core.lower()
    vocab = vocabulary()
    if lower in vocab:
        return word
    found = [v for v in vocab if abs(len(v) - len(lower)) <= 1
             and Levenshtein.distance(v, lower, score_cutoff=1) <= 1]
    if len(found) != 1:
        return word
    fixed = found[0]
    if core.isupper():
        fixed = fixed.upper()
    elif core[0].isupper():
        fixed = fixed[0].upper() + fixed[1:]
    return word.replace(core, fixed)
