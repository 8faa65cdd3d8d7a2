"""Building a block's :class:`~ppfextract.document.Line` objects, for every reader.

A reader feeds a :class:`LineBuilder` what it sees in reading order: stretches of text
with their style flags (:data:`BOLD`, :data:`HIGHLIGHT`, :data:`SHADED`,
:data:`STRUCK`), marks where they stand, and line breaks. :meth:`LineBuilder.finish`
gives the lines: white space squashed to single spaces and trimmed, each mark's ``at``
the offset in the squashed text where it stood, each style a list of
:class:`~ppfextract.document.Span` over the words set in it (the spaces between two
words in the same style belong to the span, the spaces around it do not). Lines with
neither words nor marks are left out.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import BBox, Line, Mark, Span, Style

BOLD, HIGHLIGHT, SHADED, STRUCK, FAINT = 1, 2, 4, 8, 16
_STYLE_BITS = ((BOLD, Style.BOLD), (HIGHLIGHT, Style.HIGHLIGHT), (SHADED, Style.SHADED),
               (STRUCK, Style.STRUCK), (FAINT, Style.FAINT))


class LineBuilder:
    """Lines of one block (a paragraph, or a table cell), fed in reading order."""

    __slots__ = ("_done", "_segs", "_marks", "_length", "_bbox")

    def __init__(self) -> None:
        self._done: list[Line] = []
        self._segs: list[tuple[str, int]] = []
        self._marks: list[tuple[int, Mark]] = []
        self._length = 0
        self._bbox: BBox | None = None

    def add(self, text: str, flags: int = 0) -> None:
        """Text in the style ``flags``; a newline in it ends the line."""
        if "\n" in text:
            first, *rest = text.split("\n")
            self.add(first, flags)
            for piece in rest:
                self.newline()
                self.add(piece, flags)
            return
        if text:
            self._segs.append((text, flags))
            self._length += len(text)

    def mark(self, mark: Mark) -> None:
        """A mark where the text has got to."""
        self._marks.append((self._length, mark))

    def set_bbox(self, bbox: BBox | None) -> None:
        """The box of the line being built (PDF)."""
        self._bbox = bbox

    def newline(self) -> None:
        line = make_line(self._segs, self._marks, self._bbox)
        if line is not None:
            self._done.append(line)
        self._segs = []
        self._marks = []
        self._length = 0
        self._bbox = None

    @property
    def empty(self) -> bool:
        return not self._done and not self._marks and not any(
            t.strip() for t, _ in self._segs)

    def finish(self) -> tuple[Line, ...]:
        """The lines so far (the builder is left empty)."""
        self.newline()
        out = tuple(self._done)
        self._done = []
        return out


def make_line(segs: list[tuple[str, int]], marks: list[tuple[int, Mark]],
              bbox: BBox | None = None) -> Line | None:
    """One line from (text, flags) stretches and (raw offset, mark) pairs."""
    raw = "".join(t for t, _ in segs)
    if not marks and not any(f for _, f in segs):
        text = " ".join(raw.split())
        return Line(text, bbox=bbox) if text else None
    flags: list[int] = []
    for t, f in segs:
        flags.extend([f] * len(t))
    out: list[str] = []
    out_flags: list[int] = []
    where = [0] * (len(raw) + 1)  # raw offset -> offset in the squashed text
    for i, ch in enumerate(raw):
        where[i] = len(out)
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                out_flags.append(0)
        else:
            out.append(ch)
            out_flags.append(flags[i])
    where[len(raw)] = len(out)
    if out and out[-1] == " ":
        out.pop()
        out_flags.pop()
    text = "".join(out)
    if not text and not marks:
        return None
    found = tuple(replace(m, at=min(where[at], len(text))) for at, m in marks)
    spans: list[Span] = []
    if any(out_flags):
        for bit, style in _STYLE_BITS:
            spans.extend(_spans(text, out_flags, bit, style))
        spans.sort(key=lambda s: (s.start, s.end))
    return Line(text, found, tuple(spans), bbox)


def _spans(text: str, flags: list[int], bit: int, style: Style) -> list[Span]:
    out: list[Span] = []
    start = -1
    last = -1  # the last styled non-space character of the open span
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        if flags[i] & bit:
            if start < 0:
                start = i
            last = i
        elif start >= 0:
            out.append(Span(start, last + 1, style))
            start = -1
    if start >= 0:
        out.append(Span(start, last + 1, style))
    return out


def plain_lines(text: str) -> tuple[Line, ...]:
    """Lines of a text with no marks and no styles."""
    out = []
    for piece in text.split("\n"):
        squashed = " ".join(piece.split())
        if squashed:
            out.append(Line(squashed))
    return tuple(out)
