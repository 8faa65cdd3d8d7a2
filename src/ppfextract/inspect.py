"""One document's evidence page: each extracted value beside its source.

``inspect_file(path, out_dir)`` extracts ``path`` and writes ``out_dir/index.html``
(see :mod:`ppfextract.output.evidence`), the page images for a PDF, the record as
``out_dir/record.json``, and ``out_dir/figures.json``: every figure the fact rules read,
kept as a fact or dropped with the reason (a national or survey figure, another
council's, a target set for every council, ...). ``out_dir`` must be new, empty, or an
earlier inspect's folder: only the files inspect wrote there are replaced, nothing else
is touched.
"""

from __future__ import annotations

from pathlib import Path

from .api import extract_safe, read_document
from .errors import UsageError
from .files import write_json_atomic
from .output.evidence import Evidence, add_to_manifest, write_evidence, written_here
from .record import Record
from .settings import Settings


def inspect_file(path: str | Path, out_dir: Path,
                 settings: Settings | None = None) -> tuple[Record, Evidence]:
    """Extract ``path`` and write its evidence page into ``out_dir``."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(2, "no such file", str(path))
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out {out_dir} is a file; give a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not written_here(out_dir):
        raise UsageError(f"{out_dir} is not empty and was not written by inspect; give a "
                         "new or empty folder (nothing in it was changed)")
    record = extract_safe(path, settings)
    evidence = write_evidence(record, out_dir, read=read_document, search=[path.parent],
                              settings=settings)
    write_json_atomic(out_dir / "record.json", record.to_dict())
    _write_figures(path, record, out_dir, settings)
    add_to_manifest(out_dir, ["record.json", "figures.json"])
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
