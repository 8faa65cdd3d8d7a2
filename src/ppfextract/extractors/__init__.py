"""Extractors: Document -> the parts of a Record. They know nothing of file formats."""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document, Paragraph, Provenance
from ..record import Record
from ..settings import Settings
from .answers import extract_answers
from .context import walk_blocks
from .interpret import merge_milestones, milestone_readings
from .metadata import extract_metadata
from .requirements import decide_ratings, rating_readings
from .segments import CURRENT, EARLIER, find_segments, position
from .walk import walk

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
        record.facts = _facts(doc, record)
    return record


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
    latest, periods = segments.latest(positions)
    if latest is None:
        return None
    dated = [p for p in periods if p not in (EARLIER, CURRENT)]
    names = ", ".join([f"{y:04d}-{m:02d}" for y, m in dated]
                      + (["an earlier return ('for comparison', 'previous quarter')"]
                         if EARLIER in periods else []))
    which = "the current one" if latest == CURRENT else f"{latest[0]:04d}-{latest[1]:02d}"
    record.warnings.append(f"the paper holds returns for {names}: only the latest "
                           f"({which}) is read")
    if latest != CURRENT and record.period in {f"{y:04d}-{m:02d}" for y, m in dated}:
        record.period = f"{latest[0]:04d}-{latest[1]:02d}"

    def keep(prov: Provenance | None) -> bool:
        return segments.keeps(prov, latest)

    return keep


def fact_blocks(doc: Document, record: Record) -> list[tuple[str, Provenance]]:
    """The texts facts are read from: the document's paragraphs, then the answers."""
    blocks: list[tuple[str, Provenance]] = [
        (p.text, p.provenance) for p in doc.blocks if isinstance(p, Paragraph)]
    for answer in record.answers:
        prov = answer.provenance.get("answer")
        if prov is not None:
            blocks.append((answer.answer, prov))
    return blocks


def _facts(doc: Document, record: Record) -> list:
    try:
        from .facts import facts_from_blocks
    except ImportError:  # the prose extractor is optional
        return []
    return list(facts_from_blocks(fact_blocks(doc, record), record.council))
