"""The layout-neutral document model every reader produces and every extractor reads.

A :class:`Document` is an ordered list of blocks: :class:`Paragraph` and
:class:`Table`. A table is a set of :class:`Cell` objects placed on a grid
(row, column, row span, column span). A cell (and a paragraph) keeps its
:class:`Line` objects: each line's words, the :class:`Mark` objects found in it
(a tick glyph, a checked box, a checkbox control, a drawn tick) with the offset
where each stood, and the :class:`Span` of text set in bold, highlight, shading
or struck through. A cell also keeps its fill colour and its :class:`Provenance`.

Every object round-trips through JSON (``to_dict`` / ``from_dict``), so an
extractor test can be a small hand-written document.

Nothing here knows about milestones or file formats.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class MarkKind(StrEnum):
    """What a mark says, before anyone decides what it selects."""

    TICK = "tick"  # ✓ ✔ √, a symbol-font tick, a tick drawn as lines
    CROSS = "cross"  # ✗ ✘ ×, a symbol-font cross (a cross *selects* in most returns)
    CHECKED_BOX = "checked_box"  # ☒ ☑, a checked control or form field
    UNCHECKED_BOX = "unchecked_box"  # ☐, an unchecked control or form field
    RADIO_ON = "radio_on"  # ● / ◉ / a selected radio button: selects only beside RADIO_OFF
    RADIO_OFF = "radio_off"  # ○, an unselected radio button
    BULLET = "bullet"  # a symbol-font bullet: never a selection


class MarkSource(StrEnum):
    """Where a mark came from."""

    CHARACTER = "character"  # a Unicode character in the text
    SYMBOL_FONT = "symbol_font"  # a glyph in a symbol font (w:sym, PUA char, PDF font)
    CHECKBOX_CONTROL = "checkbox_control"  # Word 2010 content control (w14:checkbox)
    FORM_FIELD = "form_field"  # legacy FORMCHECKBOX field
    HTML_INPUT = "html_input"  # <input type=checkbox|radio>
    IMAGE = "image"  # a tick or cross picture (<img alt="tick">, tick.gif, an SVG)
    DRAWN = "drawn"  # vector paths drawn in a PDF (a tick made of two lines)
    INK = "ink"  # ink on a scanned page


BBox = tuple[float, float, float, float]


def _bbox_to_list(bbox: BBox | None) -> list[float] | None:
    return None if bbox is None else [round(v, 2) for v in bbox]


def _bbox_from(value: Any) -> BBox | None:
    if not value:
        return None
    x0, top, x1, bottom = (float(v) for v in value)
    return (x0, top, x1, bottom)


@dataclass(frozen=True)
class Mark:
    kind: MarkKind
    source: MarkSource
    detail: str = ""  # e.g. "Wingdings F0FC", "w14:checked=1", "U+2713"
    at: int | None = None  # offset in its line's text where the mark stood
    bbox: BBox | None = None  # where it is on the page (PDF points), when known

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind.value, "source": self.source.value,
                             "detail": self.detail}
        if self.at is not None:
            d["at"] = self.at
        if self.bbox is not None:
            d["bbox"] = _bbox_to_list(self.bbox)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mark:
        return cls(MarkKind(d["kind"]), MarkSource(d.get("source", "character")),
                   d.get("detail", ""), d.get("at"), _bbox_from(d.get("bbox")))


class Style(StrEnum):
    """How a stretch of a line is set."""

    BOLD = "bold"
    HIGHLIGHT = "highlight"  # a highlighter colour
    SHADED = "shaded"  # run shading
    STRUCK = "struck"  # struck through ("delete as appropriate")
    FAINT = "faint"  # greyed out (light grey text): an option shown as not chosen


EMPHASIS_STYLES = frozenset({Style.BOLD, Style.HIGHLIGHT, Style.SHADED})


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of a line's text set in ``style``."""

    start: int
    end: int
    style: Style

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "style": self.style.value}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), Style(d["style"]))


@dataclass(frozen=True)
class Line:
    """One line of a cell or paragraph: its words (no mark characters), its marks with
    their offsets, and its styled stretches."""

    text: str
    marks: tuple[Mark, ...] = ()
    spans: tuple[Span, ...] = ()
    bbox: BBox | None = None

    def styled(self, *styles: Style) -> list[str]:
        """The stretches of text set in any of ``styles``, stripped, in order."""
        out = []
        for s in self.spans:
            if s.style in styles:
                piece = self.text[s.start:s.end].strip()
                if piece:
                    out.append(piece)
        return out

    def covered(self, start: int, end: int, style: Style) -> bool:
        """Whether every letter and digit of ``text[start:end]`` is set in ``style``
        (spaces and punctuation between words do not count)."""
        chars = [i for i in range(start, end) if i < len(self.text) and self.text[i].isalnum()]
        if not chars:
            return False
        spans = [s for s in self.spans if s.style is style]
        return all(any(s.start <= i < s.end for s in spans) for i in chars)

    def tail(self, start: int) -> Line:
        """The line from ``start`` on, its marks and styled stretches kept in place."""
        if start <= 0:
            return self
        return Line(self.text[start:],
                    tuple(m if m.at is None else replace(m, at=m.at - start)
                          for m in self.marks if m.at is None or m.at >= start),
                    tuple(Span(max(s.start, start) - start, s.end - start, s.style)
                          for s in self.spans if s.end > start), self.bbox)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text}
        if self.marks:
            d["marks"] = [m.to_dict() for m in self.marks]
        if self.spans:
            d["spans"] = [s.to_dict() for s in self.spans]
        if self.bbox is not None:
            d["bbox"] = _bbox_to_list(self.bbox)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | str) -> Line:
        if isinstance(d, str):
            return cls(d)
        return cls(d.get("text", ""), tuple(Mark.from_dict(m) for m in d.get("marks", ())),
                   tuple(Span.from_dict(s) for s in d.get("spans", ())),
                   _bbox_from(d.get("bbox")))


def lines_text(lines: tuple[Line, ...] | list[Line]) -> str:
    return "\n".join(line.text for line in lines)


def lines_marks(lines: tuple[Line, ...] | list[Line]) -> tuple[Mark, ...]:
    return tuple(m for line in lines for m in line.marks)


@dataclass(frozen=True)
class Provenance:
    """Where a value came from: file, block index, and cell or character span."""

    file: str
    block: int | None = None
    row: int | None = None
    col: int | None = None
    page: int | None = None  # 1-based, PDF only
    bbox: BBox | None = None  # (x0, top, x1, bottom) in PDF points
    span: tuple[int, int] | None = None  # character span within the block text
    rule: str | None = None  # which layout and rule decided the value read here

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"file": self.file}
        for key in ("block", "row", "col", "page", "rule"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        if self.bbox is not None:
            d["bbox"] = _bbox_to_list(self.bbox)
        if self.span is not None:
            d["span"] = list(self.span)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Provenance:
        span = d.get("span")
        return cls(
            file=d.get("file", ""),
            block=d.get("block"),
            row=d.get("row"),
            col=d.get("col"),
            page=d.get("page"),
            bbox=_bbox_from(d.get("bbox")),
            span=(span[0], span[1]) if span else None,
            rule=d.get("rule"),
        )

    def at_block(self, block: int, row: int | None = None, col: int | None = None,
                 ) -> Provenance:
        """This provenance for block ``block`` (and cell ``row``, ``col``)."""
        return Provenance(self.file, block, row, col, self.page, self.bbox, self.span)

    def with_span(self, start: int, end: int) -> Provenance:
        return Provenance(self.file, self.block, self.row, self.col, self.page, self.bbox,
                          (start, end))

    def with_rule(self, rule: str) -> Provenance:
        return Provenance(self.file, self.block, self.row, self.col, self.page, self.bbox,
                          self.span, rule)


def text_lines(text: str) -> tuple[Line, ...]:
    """Lines of a hand-written text: each mark character (\u2612, \u2713, \u25cf ...) leaves
    the words and becomes a mark at its offset; white space is kept as written."""
    from .marks import MAYBE_MARK, char_mark  # the vocabulary imports this module

    out: list[Line] = []
    for raw in text.split("\n"):
        if raw.isascii() or not MAYBE_MARK.search(raw):  # no mark is ASCII
            out.append(Line(raw))
            continue
        words: list[str] = []
        found: list[Mark] = []
        for ch in raw:
            mark = char_mark(ch)
            if mark is None:
                words.append(ch)
            else:
                found.append(Mark(mark.kind, mark.source, mark.detail, len(words)))
        out.append(Line("".join(words), tuple(found)))
    return tuple(out)


@dataclass
class Cell:
    """One cell of a table: what it shows, line by line (``lines``), where it sits on the
    grid, its fill (an RGB hex string, "FF0000", or None), its provenance and the tables
    nested in it.

    ``text`` (the words of the lines, joined by newlines) and ``marks`` (the marks of the
    lines, in order) follow from ``lines`` when the cell is made; a cell's lines are not
    changed afterwards (``dataclasses.replace`` makes a new cell)."""

    lines: tuple[Line, ...]
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    fill: str | None = None
    provenance: Provenance = field(default_factory=lambda: Provenance(""))
    nested: list[Table] = field(default_factory=list)
    text: str = field(init=False, repr=False, compare=False)
    marks: tuple[Mark, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.lines = tuple(self.lines)
        self.text = lines_text(self.lines)
        self.marks = lines_marks(self.lines)

    @classmethod
    def from_lines(cls, lines: tuple[Line, ...] | list[Line], row: int, col: int,
                   **kw: Any) -> Cell:
        """A cell built from its lines (how every reader makes one)."""
        return cls(tuple(lines), row, col, **kw)

    @property
    def last_row(self) -> int:
        return self.row + self.row_span - 1

    @property
    def last_col(self) -> int:
        return self.col + self.col_span - 1

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"row": self.row, "col": self.col}
        if self.row_span != 1:
            d["row_span"] = self.row_span
        if self.col_span != 1:
            d["col_span"] = self.col_span
        d["lines"] = [line.to_dict() for line in self.lines]
        if self.fill is not None:
            d["fill"] = self.fill
        if self.provenance != Provenance(""):
            d["provenance"] = self.provenance.to_dict()
        if self.nested:
            d["nested"] = [t.to_dict() for t in self.nested]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Cell:
        """A cell from its JSON. Hand-written, it may give ``text`` instead of ``lines``
        (``{"text": "\u2612 Very likely"}``: mark characters become marks) and ``marks``
        (each a mark at the end of the last line, as a control after the words)."""
        kw: dict[str, Any] = dict(
            row_span=int(d.get("row_span", 1)), col_span=int(d.get("col_span", 1)),
            fill=d.get("fill"),
            provenance=Provenance.from_dict(d["provenance"]) if d.get("provenance")
            else Provenance(""),
            nested=[Table.from_dict(t) for t in d.get("nested", ())])
        row, col = int(d.get("row", 0)), int(d.get("col", 0))
        if "lines" in d:
            return cls.from_lines([Line.from_dict(x) for x in d["lines"]], row, col, **kw)
        lines = list(text_lines(str(d.get("text", ""))))
        given = tuple(Mark.from_dict(m) for m in d.get("marks", ()))
        if given:
            last = lines[-1]
            lines[-1] = Line(last.text, last.marks + tuple(
                Mark(m.kind, m.source, m.detail, len(last.text), m.bbox) for m in given))
        return cls.from_lines(lines, row, col, **kw)


@dataclass
class Table:
    """A grid of cells. ``cells`` holds each cell once, at its top-left position."""

    cells: list[Cell]
    n_rows: int
    n_cols: int
    provenance: Provenance = field(default_factory=lambda: Provenance(""))

    def grid(self) -> list[list[Cell | None]]:
        """A dense grid: every position holds the cell covering it (or None)."""
        grid: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    grid[r][c] = cell
        return grid

    def rows(self) -> list[list[Cell]]:
        """Each row as its distinct cells, left to right (a spanned cell appears once
        per row it covers)."""
        out: list[list[Cell]] = []
        for row in self.grid():
            seen: list[Cell] = []
            for cell in row:
                if cell is not None and (not seen or seen[-1] is not cell):
                    seen.append(cell)
            out.append(seen)
        return out

    def text_rows(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows()]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": "table", "n_rows": self.n_rows, "n_cols": self.n_cols,
                             "cells": [c.to_dict() for c in self.cells]}
        if self.provenance != Provenance(""):
            d["provenance"] = self.provenance.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Table:
        cells = [Cell.from_dict(c) for c in d.get("cells", ())]
        if "rows" in d and not cells:  # hand-written: {"rows": [["a", "b"], ...]}
            for r, row in enumerate(d["rows"]):
                for c, x in enumerate(row):
                    spec = dict(x) if isinstance(x, dict) else {"text": x}
                    if spec.get("text") is None and "lines" not in spec:
                        continue  # covered by a span
                    spec.setdefault("row", r)
                    spec.setdefault("col", c)
                    cells.append(Cell.from_dict(spec))
        n_rows = int(d.get("n_rows", max((c.last_row + 1 for c in cells), default=0)))
        n_cols = int(d.get("n_cols", max((c.last_col + 1 for c in cells), default=0)))
        prov = Provenance.from_dict(d["provenance"]) if d.get("provenance") else Provenance("")
        return cls(cells, n_rows, n_cols, prov)


@dataclass
class Paragraph:
    """A paragraph: its lines, and ``text``, the words of the lines joined by newlines,
    or by spaces when the lines are where the text wrapped (``wrapped``: a PDF's lines
    of print), not breaks its author made."""

    lines: tuple[Line, ...]
    provenance: Provenance = field(default_factory=lambda: Provenance(""))
    style: str | None = None  # e.g. "Heading 1", "h2", "li"
    wrapped: bool = False
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.lines = tuple(self.lines)
        self.text = (" ".join(ln.text for ln in self.lines if ln.text) if self.wrapped
                     else lines_text(self.lines))

    @classmethod
    def from_text(cls, text: str, provenance: Provenance | None = None,
                  style: str | None = None) -> Paragraph:
        """A paragraph of hand-written text (mark characters in it become marks)."""
        return cls(text_lines(text), provenance or Provenance(""), style)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": "paragraph", "lines": [x.to_dict() for x in self.lines]}
        if self.style is not None:
            d["style"] = self.style
        if self.wrapped:
            d["wrapped"] = True
        if self.provenance != Provenance(""):
            d["provenance"] = self.provenance.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Paragraph:
        if "lines" in d:
            lines = tuple(Line.from_dict(x) for x in d["lines"])
        else:
            lines = text_lines(str(d.get("text", "")))
        prov = Provenance.from_dict(d["provenance"]) if d.get("provenance") else Provenance("")
        return cls(lines, prov, d.get("style"), bool(d.get("wrapped", False)))


Block = Paragraph | Table


def block_from_dict(d: dict[str, Any]) -> Block:
    if d.get("type") == "table" or "cells" in d or "rows" in d:
        return Table.from_dict(d)
    return Paragraph.from_dict(d)


@dataclass
class Document:
    """What a reader returns: ordered blocks plus where they came from."""

    path: str
    format: str  # "docx", "html", "pdf", "doc"
    blocks: list[Block]
    n_pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    title: str | None = None  # the file's own title (HTML <title>, Word/PDF properties)
    # text the reader left out of the blocks as page furniture: Word's page headers and
    # footers (where a council's name often stands), one string per paragraph
    furniture: list[str] = field(default_factory=list)

    def tables(self) -> Iterator[Table]:
        """Every table, nested ones after their parent, in document order."""

        def walk(table: Table) -> Iterator[Table]:
            yield table
            for cell in table.cells:
                for inner in cell.nested:
                    yield from walk(inner)

        for block in self.blocks:
            if isinstance(block, Table):
                yield from walk(block)

    def paragraphs(self) -> Iterator[Paragraph]:
        for block in self.blocks:
            if isinstance(block, Paragraph):
                yield block

    def text(self) -> str:
        """Plain text of the whole document, blocks separated by blank lines."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:
                parts.append("\n".join(" | ".join(r) for r in block.text_rows()))
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "format": self.format,
                             "blocks": [b.to_dict() for b in self.blocks]}
        for key in ("n_pages", "title"):
            if getattr(self, key) is not None:
                d[key] = getattr(self, key)
        if self.warnings:
            d["warnings"] = list(self.warnings)
        if self.furniture:
            d["furniture"] = list(self.furniture)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """A document from its JSON. Blocks and cells written without a provenance get
        the one a reader would give them (the file, the block index, the cell's row and
        column)."""
        path = d.get("path", "")
        blocks = [block_from_dict(b) for b in d.get("blocks", ())]
        file = path.rsplit("/", 1)[-1]
        for k, block in enumerate(blocks):
            if block.provenance == Provenance(""):
                block.provenance = Provenance(file, k)
            if isinstance(block, Table):
                for cell in block.cells:
                    if cell.provenance == Provenance(""):
                        cell.provenance = Provenance(file, k, cell.row, cell.col)
        return cls(path, d.get("format", "json"), blocks, d.get("n_pages"),
                   list(d.get("warnings", ())), d.get("title"), list(d.get("furniture", ())))
