"""The document in reading order, each table given the context the document puts it in.

Paragraphs set the context of the tables after them (a milestone heading, a deadline
title); each table becomes a :class:`~.grid.Grid` with that context; a table's own
headings and header rows carry over to the tables after it (a table continued on the
next page).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Paragraph, Table
from ..framework import Likelihood
from .grid import Context, Grid
from .labels import likelihood_scale, milestone_heading
from .tags import tag_text


def tables_in_order(doc: Document) -> Iterator[Paragraph | tuple[Table, int]]:
    """Paragraphs, and tables with their running number (nested ones after their
    parent)."""
    counter = 0

    def walk(table: Table) -> Iterator[tuple[Table, int]]:
        nonlocal counter
        counter += 1
        yield table, counter
        for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
            for inner in cell.nested:
                yield from walk(inner)

    for block in doc.blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            yield from walk(block)


def paragraph_heading(p: Paragraph) -> int | None:
    """A paragraph heading a milestone section ('Milestone 2: Self-directed support',
    a bare title). A short name heads a section only when it says 'milestone'."""
    text = p.text.strip()
    if not text or len(text) > 160 or text.count(" ") > 22:
        return None
    return milestone_heading(text, short="milestone" in text.lower())


def document_scale(doc: Document) -> dict[int, Likelihood] | None:
    """The document's key scoring the likelihoods by number ('1 = very likely; ...'),
    in a paragraph or a table cell, if it has one."""
    for item in tables_in_order(doc):
        texts = [item.text] if isinstance(item, Paragraph) else [c.text for c in item[0].cells]
        for text in texts:
            if "likely" in text.lower() and len(text) < 600:
                scale = likelihood_scale(text)
                if scale:
                    return scale
    return None


def walk_blocks(doc: Document) -> list[Paragraph | Grid]:
    """Paragraphs and tables (as grids with their context), in reading order."""
    scale = document_scale(doc)
    ctx = Context(scale=scale)
    out: list[Paragraph | Grid] = []
    for item in tables_in_order(doc):
        if isinstance(item, Paragraph):
            out.append(item)
            mid = paragraph_heading(item)
            if mid is not None:
                ctx = Context(mid, scale=scale)
                continue
            t = tag_text(item.text) if len(item.text) <= 80 else None
            if t is not None and t.deadline is not None and t.option is None and \
                    t.status == (None, None) and t.field is None:
                ctx = Context(ctx.milestone, t.deadline, ctx.headers, ctx.headers_n_cols,
                              scale)
            continue
        table, number = item
        grid = Grid(table, number, ctx)
        out.append(grid)
        ctx = _after(grid, ctx)
    return out


def _after(grid: Grid, ctx: Context) -> Context:
    """The context a table leaves for the tables after it."""
    milestone = ctx.milestone
    deadline = ctx.deadline
    if grid.headings:
        milestone = grid.headings[max(grid.headings)]
        deadline = None
    headers, n_cols = ctx.headers, ctx.headers_n_cols
    if grid.d_rows:
        last = max(grid.d_rows)
        headers, n_cols = grid.row_cells(last), grid.n_cols
        if grid.headings and max(grid.headings) > last:
            headers, n_cols = [], 0
    elif grid.headings and milestone != ctx.milestone:
        headers, n_cols = [], 0  # a new section: the headers above were another's
    return Context(milestone, deadline, headers, n_cols, ctx.scale)
