"""One document's evidence page: each extracted value beside its source.

``inspect_file(path, out_dir)`` extracts ``path`` and writes ``out_dir/index.html``
(see :mod:`ppfextract.output.evidence`), the PNG crops for a PDF, the record as
``out_dir/record.json``, and ``out_dir/figures.json``: every figure the fact rules read,
kept as a fact or dropped with the reason (a national or survey figure, another
council's, a target set for every council, ...).
"""

from __future__ import annotations

from pathlib import Path

from .api import extract_safe
from .batch import write_json_atomic
from .output.evidence import Evidence, write_evidence
from .record import Record
from .settings import Settings


def inspect_file(path: str | Path, out_dir: Path,
                 settings: Settings | None = None) -> tuple[Record, Evidence]:
    """Extract ``path`` and write its evidence page into ``out_dir``."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(2, "no such file", str(path))
    record = extract_safe(path, settings)
    out_dir = Path(out_dir)
    evidence = write_evidence(record, out_dir, search=[path.parent], settings=settings)
    write_json_atomic(out_dir / "record.json", record.to_dict())
    _write_figures(path, record, out_dir, settings)
    return record, evidence


def _write_figures(path: Path, record: Record, out_dir: Path,
                   settings: Settings | None) -> None:
    """``figures.json``: every figure the fact rules read, kept or dropped and why."""
    if record.error or not (settings or Settings()).facts:
        return
    from .extractors.facts import explain_figures
    from .readers import read

    figures = explain_figures(read(path, settings), record)
    write_json_atomic(out_dir / "figures.json", figures)


__all__ = ["inspect_file"]
