"""Batch runs: many files in, one JSON record each plus the combined dataset out."""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .api import extract_safe, iter_inputs
from .record import Record
from .settings import Settings

log = logging.getLogger(__name__)


@dataclass
class BatchSummary:
    documents: int = 0
    returns_found: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    records: list[Record] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    @property
    def n_errors(self) -> int:
        return sum(self.errors.values())


def safe_name(stem: str) -> str:
    """A file name derived from a document that cannot escape the output folder."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._") or "document"
    return name[:150]


def write_json_atomic(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run_batch(paths: Iterable[str | Path], out_dir: Path, settings: Settings | None = None,
              on_record: Callable[[Record], None] | None = None,
              dataset: bool = True) -> BatchSummary:
    """Extract every input; write ``out_dir/<stem>.json`` for each as soon as it is done,
    then ``ppf.sqlite`` and the CSV tables. A failing file becomes an error record."""
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary()
    used: set[str] = set()
    for path in iter_inputs(paths):
        record = extract_safe(path, settings)
        name = safe_name(record.document)
        if name in used:  # the same stem from another folder or format
            name = safe_name(f"{record.document}.{path.suffix.lstrip('.')}")
            k = 2
            base = name
            while name in used:
                name, k = f"{base}-{k}", k + 1
            record.document = name
        used.add(name)
        target = out_dir / f"{name}.json"
        write_json_atomic(target, record.to_dict())
        summary.outputs.append(target)
        summary.documents += 1
        if record.error:
            summary.errors[record.error_code or "error"] += 1
        elif record.has_return:
            summary.returns_found += 1
        summary.records.append(record)
        if on_record is not None:
            on_record(record)
    if dataset:
        summary.outputs.extend(write_dataset(summary.records, out_dir))
    return summary


def write_dataset(records: list[Record], out_dir: Path) -> list[Path]:
    """The combined dataset: ppf.sqlite plus one CSV per table."""
    from .output.csv import write_csv
    from .output.sqlite import write_sqlite

    db = out_dir / "ppf.sqlite"
    write_sqlite(records, db)
    return [db, *write_csv(records, out_dir)]
