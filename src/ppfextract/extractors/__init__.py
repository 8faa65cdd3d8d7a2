"""Extractors: Document -> the parts of a Record. They know nothing of file formats."""

from __future__ import annotations

from ..document import Document, Paragraph, Provenance
from ..record import Record
from ..settings import Settings
from .metadata import extract_metadata
from .requirements import extract_requirements
from .return_form import extract_return_form
from .summary_table import extract_summary_tables
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

    form = extract_return_form(units)
    cells = {(c.milestone, c.deadline): c for c in form.milestones}
    for mc in extract_summary_tables(list(doc.tables())):
        cells.setdefault((mc.milestone, mc.deadline), mc)
    record.milestones = sorted(cells.values(), key=lambda c: (c.milestone, c.deadline.value))
    record.answers = form.answers
    record.risks = form.risks
    record.warnings.extend(form.warnings)

    reqs = extract_requirements(units)
    record.requirements = reqs.ratings
    record.warnings.extend(reqs.warnings)

    if form.sections_found and record.milestones:
        missing = sorted(set(range(1, 6)) - form.sections_found)
        if missing:
            record.warnings.append(
                "milestone section(s) missing: " + ", ".join(str(m) for m in missing))
    if reqs.ratings and len(reqs.ratings) < 12:
        record.warnings.append(f"only {len(reqs.ratings)} of 12 requirements rated")

    if settings.facts:
        record.facts = _facts(doc, record)
    return record


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
