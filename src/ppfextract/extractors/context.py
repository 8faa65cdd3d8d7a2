"""The document in reading order, each table given the context the document puts it in.

Paragraphs set the context of the tables after them (a milestone heading, a deadline
title); each table becomes a :class:`~.grid.Grid` with that context; a table's own
headings and header rows carry over to the tables after it (a table continued on the
next page).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Cell, Document, Line, Paragraph, Table
from ..framework import Deadline, Likelihood
from .grid import Context, Grid
from .labels import deadline_of, likelihood_scale, milestone_heading, status_hint
from .tags import tag_text


def tables_in_order(doc: Document) -> Iterator[Paragraph | tuple[Table, int]]:
    """Paragraphs, and tables with their running number (nested ones after their
    parent)."""
    counter = 0

    def walk(table: Table) -> Iterator[Paragraph | tuple[Table, int]]:
        nonlocal counter
        counter += 1
        yield table, counter
        for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
            if cell.nested:
                # the cell's own title heads the tables inside it ('Milestone 1 - ...');
                # with none, the deadline heading its column ('April 2010' over a row of
                # cells each holding one deadline's table of options)
                first = next((ln for ln in cell.lines if ln.text.strip()), None)
                if first is not None and (text_heading(first.text) is not None
                                          or caption_deadline(first.text) is not None):
                    yield Paragraph((first,), cell.provenance)
                elif first is None and cell.row > 0:
                    head = _column_head(table, cell)
                    if head is not None:
                        yield Paragraph((head,), cell.provenance)
            for inner in cell.nested:
                yield from walk(inner)

    for block in doc.blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            yield from walk(block)


def _column_head(table: Table, cell: Cell) -> Line | None:
    """The first line of the cell atop ``cell``'s column, when it names one deadline."""
    top = next((c for c in table.cells if c.row == 0 and c.col == cell.col
                and c.col_span == cell.col_span), None)
    first = next((ln for ln in top.lines if ln.text.strip()), None) if top else None
    return first if first is not None and caption_deadline(first.text) is not None else None


def paragraph_heading(p: Paragraph) -> int | None:
    """A paragraph heading a milestone section ('Milestone 2: Self-directed support',
    a bare title). A short name heads a section only when it says 'milestone'."""
    return text_heading(p.text)


@lru_cache(maxsize=8192)
def text_heading(text: str) -> int | None:
    text = text.strip()
    if not text or len(text) > 160 or text.count(" ") > 22:
        return None
    return milestone_heading(text, short="milestone" in text.lower())


_CAPTION = re.compile(r"^\s*(?:table|part|section|appendix|annex)\s*[\w.]{0,4}\s*[:.\-\u2013]|"
                      r"\b(?:milestones?|deliverables?|due|deadline)\b", re.I)


_RETURN_TITLE = re.compile(r"\b(?:returns?|quarter|q[1-4]|progress|position|self[\s-]*"
                           r"assessment)\b", re.I)


@lru_cache(maxsize=8192)
def caption_deadline(text: str) -> Deadline | None:
    """The deadline a caption or title paragraph names ('Deliverable due: April 2010',
    'Table 2: October 2010 milestones - how likely are we to achieve ...?'): one
    deadline, in a short paragraph that is no sentence of a report."""
    text = text.strip()
    lead = _DELIVERABLE.match(text)  # 'October 2010 That local service users ...'
    if lead is not None:
        return deadline_of(lead["d"])
    if not text or len(text) > 160:
        return None
    if text.isascii() and "10" not in text and "11" not in text:
        return None  # a deadline is in 2010 or 2011: every notation read has 10 or 11
    t = tag_text(text)
    if t.option is not None or (t.status != (None, None) and len(text) <= 80
                                and not text.endswith("?")):
        return None  # a status line ('April 2010: Achieved'), not a caption
    if len(text) <= 80 and t.deadline is not None and t.field is None:
        return t.deadline
    if not _CAPTION.search(text) or _SENTENCE_BREAK.search(text):
        return None
    if _RETURN_TITLE.search(text):
        return None  # a return's title with its period ('Milestone Progress Return: Quarter
        # 2 2010/11 (September 2010)'): when it reports, not what falls due
    found = {d for m in _MONTH_YEAR.finditer(text) if (d := deadline_of(m.group())) is not None}
    return found.pop() if len(found) == 1 and len(_MONTH_YEAR.findall(text)) == 1 else None


_SENTENCE_BREAK = re.compile(r"[.;]\s+[A-Z]")
# a deadline then its deliverable, as the template words them ('That every council ...')
_DELIVERABLE = re.compile(r"^(?:by\s+|deadline:?\s*)?(?P<d>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                          r"oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)\s*[:\-\u2013]?\s+that\s", re.I)
_MONTH_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                         r"[\s'\-]*(?:19|20)?\d\d\b", re.I)


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


_KEY_ENTRY = re.compile(r"^\s*(?P<term>[^=:\u2013\u2014;]{2,30}?)\s*(?:=|:|\u2013|\u2014|\s-\s)\s*"
                        r"(?P<meaning>.{4,160})$")


def _status_hint(text: str) -> bool:
    """Whether a text may state a status (a key's definition names one)."""
    return status_hint(text.lower())


def document_terms(doc: Document) -> dict[str, tuple[str | None, Likelihood | None]]:
    """The document's key of status words: two or more short terms, each defined by a
    text stating an achievement or a likelihood ('On track | Fairly likely to be met by
    the deadline', 'At risk = fairly unlikely to be achieved'), in a two-column table or
    in a paragraph's lines or ';'-separated entries. A term defined two ways is none."""
    found: dict[str, set[tuple[str | None, Likelihood | None]]] = {}
    for item in tables_in_order(doc):
        if isinstance(item, Paragraph):
            if len(item.text) > 800 or not _status_hint(item.text):
                continue
            pairs = []
            for part in re.split(r"[;\n]", item.text):
                if "=" in part:  # 'Status key: On track = fairly likely ...'
                    term, _, meaning = part.partition("=")
                    pairs.append((term.rsplit(":", 1)[-1], meaning))
                elif (":" in part or "\u2013" in part or "\u2014" in part or " - " in part) \
                        and (m := _KEY_ENTRY.match(part)) is not None:  # (its separators)
                    pairs.append((m["term"], m["meaning"]))
        else:
            table = item[0]
            if table.n_cols != 2 or table.n_rows > 12 or not any(
                    _status_hint(c.text) for c in table.cells):
                continue
            rows: dict[int, list[str]] = {}
            for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
                rows.setdefault(c.row, []).append(c.text)
            pairs = [(r[0], r[1]) for r in rows.values() if len(r) == 2]
        entries = []
        for term, meaning in pairs:
            if len(meaning) > 200 or len(term) > 60 or not _status_hint(meaning):
                continue
            status = tag_text(meaning).status
            if status == (None, None):
                continue
            t = tag_text(term)
            # (a field's abbreviation may be a key's term: 'Ach. = achieved')
            if len(t.word) > 30 or len(t.word.split()) > 4 or t.milestone is not None \
                    or t.deadline is not None or t.requirement or (
                        t.field is not None and len(t.word) > 6):
                continue
            entries.append((t.word, status))
        if len(entries) >= 2:
            for word, status in entries:
                found.setdefault(word, set()).add(status)
    return {w: next(iter(st)) for w, st in found.items() if len(st) == 1}


def walk_blocks(doc: Document) -> list[Paragraph | Grid]:
    """Paragraphs and tables (as grids with their context), in reading order."""
    scale = document_scale(doc)
    terms = document_terms(doc)
    ctx = Context(scale=scale, terms=terms)
    out: list[Paragraph | Grid] = []
    after_table = False
    for item in tables_in_order(doc):
        if isinstance(item, Paragraph):
            out.append(item)
            mid = paragraph_heading(item)
            if mid is not None:
                ctx = Context(mid, scale=scale, terms=terms)
                continue
            deadline = caption_deadline(item.text)
            if deadline is not None or (after_table and item.text.strip()):
                # a caption names the deadline of the table after it, and only that one
                ctx = Context(ctx.milestone, deadline, ctx.headers, ctx.headers_n_cols, scale,
                              terms)
            after_table = after_table and not item.text.strip()
            continue
        table, number = item
        grid = Grid(table, number, ctx)
        out.append(grid)
        ctx = _after(grid, ctx)
        after_table = True
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
    return Context(milestone, deadline, headers, n_cols, ctx.scale, ctx.terms)
