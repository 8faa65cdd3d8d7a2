"""The layout-neutral document model every reader produces and every extractor reads.

A :class:`Document` is an ordered list of blocks: :class:`Paragraph` and
:class:`Table`. A table is a set of :class:`Cell` objects placed on a grid
(row, column, row span, column span); each cell keeps its text, the
:class:`Mark` objects found in it (a tick glyph, a checked box, a checkbox
control), its fill colour, and its :class:`Provenance`.

Nothing here knows about milestones or file formats.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class MarkKind(StrEnum):
    """What a mark says, before anyone decides what it selects."""

    TICK = "tick"  # ✓ ✔ √, a symbol-font tick
    CROSS = "cross"  # ✗ ✘ ×, a symbol-font cross (a cross *selects* in most returns)
    CHECKED_BOX = "checked_box"  # ☒ ☑, a checked control or form field
    UNCHECKED_BOX = "unchecked_box"  # ☐, an unchecked control or form field
    BULLET = "bullet"  # a symbol-font bullet: never a selection


class MarkSource(StrEnum):
    """Where a mark came from."""

    CHARACTER = "character"  # a Unicode character in the text
    SYMBOL_FONT = "symbol_font"  # a glyph in a symbol font (w:sym, PUA char, PDF font)
    CHECKBOX_CONTROL = "checkbox_control"  # Word 2010 content control (w14:checkbox)
    FORM_FIELD = "form_field"  # legacy FORMCHECKBOX field
    HTML_INPUT = "html_input"  # <input type=checkbox>
    IMAGE = "image"  # a tick or cross picture (<img alt="tick">, tick.gif)


@dataclass(frozen=True)
class Mark:
    kind: MarkKind
    source: MarkSource
    detail: str = ""  # e.g. "Wingdings F0FC", "w14:checked=1", "U+2713"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "source": self.source.value, "detail": self.detail}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mark:
        return cls(MarkKind(d["kind"]), MarkSource(d["source"]), d.get("detail", ""))


BBox = tuple[float, float, float, float]


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

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"file": self.file}
        for key in ("block", "row", "col", "page"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        if self.bbox is not None:
            d["bbox"] = [round(v, 2) for v in self.bbox]
        if self.span is not None:
            d["span"] = list(self.span)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Provenance:
        bbox = d.get("bbox")
        span = d.get("span")
        return cls(
            file=d.get("file", ""),
            block=d.get("block"),
            row=d.get("row"),
            col=d.get("col"),
            page=d.get("page"),
            bbox=tuple(bbox) if bbox else None,  # type: ignore[arg-type]
            span=(span[0], span[1]) if span else None,
        )

    def at_block(self, block: int, row: int | None = None, col: int | None = None,
                 ) -> Provenance:
        """This provenance for block ``block`` (and cell ``row``, ``col``)."""
        return Provenance(self.file, block, row, col, self.page, self.bbox, self.span)

    def with_span(self, start: int, end: int) -> Provenance:
        return Provenance(self.file, self.block, self.row, self.col, self.page, self.bbox,
                          (start, end))


@dataclass
class Cell:
    """One cell of a table. ``fill`` is an RGB hex string ("FF0000") or None."""

    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    marks: tuple[Mark, ...] = ()
    fill: str | None = None
    provenance: Provenance = field(default_factory=lambda: Provenance(""))
    nested: list[Table] = field(default_factory=list)
    # lines of the cell set wholly in bold, highlight or run shading (how some authors
    # pick one of several options written in one cell)
    emphasis: tuple[str, ...] = ()

    @property
    def last_row(self) -> int:
        return self.row + self.row_span - 1

    @property
    def last_col(self) -> int:
        return self.col + self.col_span - 1


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


@dataclass
class Paragraph:
    text: str
    provenance: Provenance = field(default_factory=lambda: Provenance(""))
    style: str | None = None  # e.g. "Heading 1", "h2", "li"


Block = Paragraph | Table


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
