"""The table cells facts are read from: cells that hold prose ("Summary of issues" in a
report's cover table, a commentary written in sentences), not the columns of a data table
(a label, a figure, a date). The spec counts figures in "prose table cells".

No spaCy here: this runs on every table of every document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Cell, Table

# a sentence: words ending with a full stop, "!" or "?" (before a closing quote or
# bracket), at the end of the text or before a space
_SENTENCE_END_RE = re.compile(r"[a-z%)\d][.!?][\"'”’)]?(?=\s|$)")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-z]{2,}\b")
MIN_WORDS = 6
MIN_LOWER = 3


def is_prose(text: str) -> bool:
    """Does ``text`` hold a sentence: at least six words, three of them in lower case
    (not a heading in capitals or a label in title case), ending with a full stop?"""
    if len(text) < 20 or not _SENTENCE_END_RE.search(text):
        return False
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        sentence = text[start:m.end()]
        start = m.end()
        if len(_WORD_RE.findall(sentence)) >= MIN_WORDS and len(
                _LOWER_WORD_RE.findall(sentence)) >= MIN_LOWER:
            return True
    return False


# a line break inside a sentence: a line that ends without a stop, then one that goes on
# in lower case or with a figure (a PDF cell's lines are its lines of print)
_WRAP_RE = re.compile(r"(?<=[^.:;!?\s])\n(?=[a-z\d£(])")


def prose_text(cell: Cell) -> str:
    """The cell's text with the lines that wrap inside a sentence joined by a space (same
    length, so a span in it is a span in ``cell.text``)."""
    return _WRAP_RE.sub(" ", cell.text)


def prose_cells(table: Table, nested: bool = True) -> Iterator[Cell]:
    """The cells of ``table`` (and of the tables nested in them, unless ``nested`` is
    False) that hold prose, row by row."""
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if cell.text and is_prose(cell.text):
            yield cell
        if nested:
            for inner in cell.nested:
                yield from prose_cells(inner)


_NOTE_LABELS = ("note", "comment", "commentary", "summary", "key points", "narrative",
                "key figures", "context")


def _labels_a_note(text: str) -> bool:
    t = text.strip().rstrip(":").strip().lower()
    return len(t) <= 25 and (t in _NOTE_LABELS or t[:-1] in _NOTE_LABELS)


def is_note(table: Table, cell: Cell) -> bool:
    """A note in a return's table, not the framework's wording: a cell across the whole
    table, or one labelled ('Notes' left of it or above it), not a deliverable ('That
    ...')."""
    if cell.text.lstrip()[:5].lower() == "that ":
        return False
    if cell.col_span >= table.n_cols:
        return True
    for other in table.cells:
        if (other.row == cell.row and other.col < cell.col) or (
                other.row + other.row_span == cell.row and other.col == cell.col):
            if _labels_a_note(other.text):
                return True
    return False
