"""The rules of a page's own ``<style>`` blocks, for the HTML reader.

Excel's "Save as Web Page" and many hand-made council pages colour a cell by class
(``<td class=xl27>`` with ``.xl27 {background:#FFFF99}`` in the head), so a rating
shown only by a coloured cell is read only if those rules are.

A deliberately small subset of CSS: rules at the top level or inside ``@media`` /
``@supports`` blocks; selectors whose last compound is a tag, classes and ids
(``td.green``, ``.xl27``, ``#r1``, ``table.rag td.red`` is taken as ``td.red``);
selectors with pseudo-classes or attribute tests are left out (``a:hover`` is no fill).
Declarations from matching rules are merged by specificity, then source order, as a
browser would; ``!important`` is dropped. Nothing is fetched: external stylesheets
are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Stylesheet", "parse_declarations"]

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_COMPOUND = re.compile(r"^(?P<tag>[A-Za-z][\w-]*|\*)?(?P<rest>(?:[.#][\w-]+)*)$")
_COMBINATORS = re.compile(r"\s*[>+~]\s*|\s+")
_MAX_RULES = 20_000  # a page with more is not hand-made: stop reading its style


def parse_declarations(text: str | None) -> dict[str, str]:
    """'font-family:Wingdings; background:red !important' -> {'font-family':
    'Wingdings', 'background': 'red'}: an inline ``style`` attribute or the body of a
    rule (``!important`` is dropped)."""
    out: dict[str, str] = {}
    for part in (text or "").split(";"):
        key, sep, value = part.partition(":")
        if sep and key.strip():
            out[key.strip().lower()] = _IMPORTANT.sub("", value.strip())
    return out


_IMPORTANT = re.compile(r"\s*!\s*important\s*$", re.I)


@dataclass(frozen=True)
class _Rule:
    tag: str | None  # lower case; None for any
    classes: frozenset[str]
    ids: frozenset[str]
    specificity: tuple[int, int, int]
    order: int
    declarations: dict[str, str]

    def matches(self, tag: str, classes: frozenset[str], element_id: str | None) -> bool:
        return ((self.tag is None or self.tag == tag) and self.classes <= classes
                and (not self.ids or (element_id is not None and self.ids == {element_id})))


def _blocks(css: str) -> Iterable[tuple[str, str]]:
    """(prelude, body) for each top-level ``prelude { body }``."""
    depth = 0
    start = 0
    prelude = ""
    for i, ch in enumerate(css):
        if ch == "{":
            if depth == 0:
                prelude = css[start:i]
                start = i + 1
            depth += 1
        elif ch == "}":
            if depth == 0:  # a stray brace: start again after it
                start = i + 1
                continue
            depth -= 1
            if depth == 0:
                yield prelude.strip(), css[start:i]
                start = i + 1
        elif ch == ";" and depth == 0:  # "@import url(...);" and the like
            start = i + 1


def _selector(text: str) -> tuple[str | None, frozenset[str], frozenset[str]] | None:
    text = text.strip()
    if not text or ":" in text or "[" in text:
        return None
    last = _COMBINATORS.split(text)[-1]
    m = _COMPOUND.match(last)
    if m is None or (not m["tag"] and not m["rest"]):
        return None
    tag = m["tag"].lower() if m["tag"] and m["tag"] != "*" else None
    rest = m["rest"] or ""
    classes = frozenset(re.findall(r"\.([\w-]+)", rest))
    ids = frozenset(re.findall(r"#([\w-]+)", rest))
    if len(ids) > 1:
        return None  # "#a#b" matches nothing
    return tag, classes, ids


class Stylesheet:
    """The rules of a page's ``<style>`` blocks."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.rules: list[_Rule] = []
        for text in texts:
            self._add(_COMMENT.sub("", text))
        self._cache: dict[tuple[str, frozenset[str], str | None], dict[str, str]] = {}

    def __bool__(self) -> bool:
        return bool(self.rules)

    def _add(self, css: str) -> None:
        for prelude, body in _blocks(css):
            if len(self.rules) >= _MAX_RULES:
                return
            if prelude.startswith("@"):
                if re.match(r"@(?:media|supports)\b", prelude, re.I):
                    self._add(body)
                continue  # @font-face, @page, @keyframes: no cell's colour
            declarations = parse_declarations(body)
            if not declarations:
                continue
            for part in prelude.split(","):
                parsed = _selector(part)
                if parsed is None:
                    continue
                tag, classes, ids = parsed
                self.rules.append(_Rule(tag, classes, ids,
                                        (len(ids), len(classes), int(tag is not None)),
                                        len(self.rules), declarations))

    def declarations(self, tag: str, classes: Iterable[str], element_id: str | None,
                     ) -> dict[str, str]:
        """The declarations the rules give an element, merged as a browser would."""
        key = (tag.lower(), frozenset(classes), element_id)
        found = self._cache.get(key)
        if found is None:
            merged: dict[str, str] = {}
            matching = [r for r in self.rules if r.matches(*key)]
            for rule in sorted(matching, key=lambda r: (r.specificity, r.order)):
                merged.update(rule.declarations)
            found = self._cache[key] = merged
        return found
