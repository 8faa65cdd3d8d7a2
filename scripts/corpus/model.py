"""A small layout-neutral document model that the three renderers write out."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    """An option's mark slot: ``on`` is whether the author picked it."""

    on: bool


Inline = str | Mark


@dataclass
class P:
    parts: list[Inline]
    bold: bool = False


@dataclass
class C:
    paras: list[P] = field(default_factory=list)
    span: int = 1
    fill: str | None = None  # a background colour set by the layout itself (hex, no #)
    bold: bool = False


def c(text: str = "", span: int = 1, bold: bool = False, fill: str | None = None) -> C:
    paras = [P([line], bold) for line in text.split("\n")] if text else []
    return C(paras, span, fill, bold)


def cm(on: bool, span: int = 1) -> C:
    """A cell holding only a mark slot."""
    return C([P([Mark(on)])], span)


@dataclass
class Table:
    rows: list[list[C]]
    widths: list[float]  # relative column widths; len = grid columns
    header_rows: int = 0


@dataclass
class Heading:
    text: str
    level: int = 2


@dataclass
class Para:
    text: str
    bold: bool = False


@dataclass
class PageBreak:
    pass


Block = Table | Heading | Para | PageBreak


@dataclass
class Doc:
    blocks: list[Block]
    title: str
    landscape: bool = False
    font_size: float = 9.5
