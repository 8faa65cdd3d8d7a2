"""Extractors: Document -> the parts of a Record. They know nothing of file formats."""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document, Paragraph, Provenance
from ..record import Answer, MilestoneCell, Record, RequirementRating, Risk
from ..settings import Settings
from .answers import extract_answers
from .context import walk_blocks
from .interpret import merge_milestones, milestone_readings
from .metadata import extract_metadata
from .requirements import decide_ratings, rating_readings
from .segments import CURRENT, EARLIER, Period, Segments, find_segments, position
from .walk import Unit, walk

__all__ = ["extract_record", "fact_blocks"]


def extract_record(doc: Document, document: str, settings: Settings | None = None) -> Record:
    """Everything the document reports, as a Record (no file I/O here)."""
    settings = settings or Settings()
    units = list(walk(doc))
    record = Record(document=document, source=doc.path, format=doc.format,
                    n_pages=doc.n_pages)
    record.warnings.extend(doc.warnings)

    meta = extract_metadata(units, doc.title, doc.furniture)
    record.council, record.period, record.date_completed = (
        meta.council, meta.period, meta.date_completed)
    record.provenance.update(meta.provenance)

    blocks = walk_blocks(doc)
    cell_readings = milestone_readings(blocks)
    ratings = rating_readings(blocks)
    keep = _latest_return(doc, cell_readings.readings, ratings, record)
    if keep is not None:
        _date_of_latest(units, keep, record, doc)
    milestones = merge_milestones(cell_readings, keep)
    record.milestones = milestones.cells
    record.warnings.extend(milestones.warnings)

    found = extract_answers(doc)
    record.answers = [a for a in found.answers if keep is None or keep(a.provenance.get(
        "question"))]
    record.risks = [r for r in found.risks if keep is None or keep(
        r.provenance.get("risk") or r.provenance.get("mitigation"))]

    reqs = decide_ratings(ratings, keep)
    record.requirements = reqs.ratings
    record.warnings.extend(reqs.warnings)

    sections = milestones.milestones_seen | found.sections
    if sections and record.milestones:
        missing = sorted(set(range(1, 6)) - sections)
        if missing:
            record.warnings.append(
                "milestone section(s) missing: " + ", ".join(str(m) for m in missing))
    if reqs.ratings and len(reqs.ratings) < 12:
        record.warnings.append(f"only {len(reqs.ratings)} of 12 requirements rated")

    if settings.facts:
        record.facts = _facts(doc, record, keep)
    return record


def _date_of_latest(units: list[Unit], keep: Callable[[Provenance | None], bool], record: Record,
                    doc: Document) -> None:
    """The completion date of the return read, not of an earlier one in the paper."""
    if record.date_completed is None or keep(record.provenance.get("date_completed")):
        return
    kept = [u for u in units if keep(u.provenance if isinstance(u, Paragraph)
                                      else u.cells[0].provenance if u.cells else None)]
    meta = extract_metadata(kept, doc.title, doc.furniture)
    prov = meta.provenance.get("date_completed")
    if prov is not None and keep(prov):
        record.date_completed, record.provenance["date_completed"] = meta.date_completed, prov
    else:
        record.date_completed = None
        record.provenance.pop("date_completed", None)


def _unmarked_period(segments: Segments, record: Record) -> Period | None:
    """The record's period, when the paper states it outside every period marker's
    part (a heading or a cover's sentence before the return) and it is later than every
    marker's: the period of the values standing under no marker (the latest return,
    an earlier one in an appendix). A marker naming a later month than the paper's own
    period is left as before: a return still to come, or a deadline taken for one."""
    prov = record.provenance.get("period")
    if record.period is None or prov is None or prov.block is None or \
            segments.period_at(position(prov)) is not None:
        return None
    year, month = record.period.split("-")
    own = int(year), int(month)
    if any(period != EARLIER and period >= own for _, period, _ in segments.markers):
        return None
    return own


def _latest_return(doc: Document, readings: list, ratings: list, record: Record
                   ) -> Callable[[Provenance | None], bool] | None:
    """When the paper holds returns for two periods, a test keeping the latest one's
    values (one document, one return); None when it holds one."""
    segments = find_segments(doc)
    if not segments.markers:
        return None
    positions = [position(r.provenance) for r in readings
                 if r.value is not None and r.provenance is not None
                 and r.provenance.block is not None]
    positions += [position(r.provenance) for r in ratings
                  if r.rating is not None and r.provenance is not None
                  and r.provenance.block is not None]
    latest, periods = segments.latest(positions, _unmarked_period(segments, record))
    if latest is None:
        return None
    dated = [p for p in periods if p not in (EARLIER, CURRENT)]
    names = ", ".join([f"{y:04d}-{m:02d}" for y, m in dated]
                      + (["an earlier return ('for comparison', 'previous quarter')"]
                         if EARLIER in periods else []))
    which = "the current one" if latest == CURRENT else f"{latest[0]:04d}-{latest[1]:02d}"
    record.warnings.append(f"the paper holds returns for {names}: only the latest "
                           f"({which}) is read")
    # a period read inside an earlier return's part of the paper is that return's
    prov = record.provenance.get("period")
    earlier = prov is not None and prov.block is not None and not segments.keeps(prov, latest)
    if latest != CURRENT and (record.period is None or earlier or record.period in {
            f"{y:04d}-{m:02d}" for y, m in dated}
            or record.period < f"{latest[0]:04d}-{latest[1]:02d}"):
        # (a period before the latest return's is another's: a cited paper's date)
        record.period = f"{latest[0]:04d}-{latest[1]:02d}"
        record.provenance.pop("period", None)
    elif earlier:
        record.period = None
        record.provenance.pop("period", None)

    def keep(prov: Provenance | None) -> bool:
        return segments.keeps(prov, latest)

    return keep


def fact_blocks(doc: Document, record: Record,
                keep: Callable[[Provenance | None], bool] | None = None,
                ) -> list[tuple[str, Provenance]]:
    """The texts facts are read from: the document's paragraphs and the table cells that
    hold prose (the spec counts "prose table cells", not a data table's columns) outside
    the tables a return was read from (the framework's own wording, answers and risks),
    in document order, then the answers not read already. ``keep`` (from
    :func:`_latest_return`) leaves out the cells of an earlier return in the paper:
    its answer boxes are that return's, and no value is taken from it."""
    from .fact_cells import is_note, prose_cells, prose_text

    values: list[MilestoneCell | RequirementRating | Answer | Risk] = [
        *record.milestones, *record.requirements, *record.answers, *record.risks]
    returns = {p.block for value in values for p in value.provenance.values()}
    read = {(p.block, p.row) for value in values for p in value.provenance.values()}
    blocks: list[tuple[str, Provenance]] = []
    for n, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            blocks.append((block.text, block.provenance))
        elif n not in returns and block.provenance.block not in returns:
            blocks.extend((prose_text(c), c.provenance) for c in prose_cells(block)
                          if keep is None or keep(c.provenance))
        else:
            # a return's table: its notes, in rows no value was read from ('Notes' over
            # '874 people had a personal budget ...'), not the framework's wording; and a
            # page laid out in a table (a CMS's agenda, each item's papers and minutes in
            # its cells) with the return in tables nested in it: the minutes (a cell's
            # text holds none of the tables nested in it)
            nested = any(c.nested for c in block.cells)
            blocks.extend((prose_text(c), c.provenance) for c in prose_cells(block, False)
                          if (nested or ((n, c.row) not in read and is_note(block, c)))
                          and (keep is None or keep(c.provenance)))
    cells = {(p.block, p.row, p.col) for _, p in blocks if p.row is not None}
    for answer in record.answers:
        prov = answer.provenance.get("answer")
        if prov is not None and (prov.block, prov.row, prov.col) not in cells:
            blocks.append((answer.answer, prov))
    return blocks


def _facts(doc: Document, record: Record,
           keep: Callable[[Provenance | None], bool] | None) -> list:
    from .fact_gate import any_may_hold_fact, join_lines

    blocks = fact_blocks(doc, record, keep)
    # the first look needs no rule module: a document with no sentence that could hold a
    # fact imports none
    if not any_may_hold_fact(text for text, _ in join_lines(blocks)):
        return []
    try:
        from .facts import facts_from_blocks
    except ImportError:  # the prose extractor is optional
        return []
    return list(facts_from_blocks(blocks, record.council))
