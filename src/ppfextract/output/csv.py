"""Records as CSV files: one per table, the same columns as the SQLite output.

Cells are written UTF-8. A text cell that a spreadsheet would read as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is prefixed
with a single quote; numbers are left as numbers. Each file is written to a
temporary file beside it and moved into place.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..record import Record
from . import TABLES, atomic_path, column_names, records_to_rows

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A string a spreadsheet would run as a formula, made inert; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv(records: Iterable[Record], directory: Path) -> list[Path]:
    """Write ``<table>.csv`` for every table into ``directory``; return the paths."""
    directory = Path(directory)
    rows = records_to_rows(records)
    paths: list[Path] = []
    for table in TABLES:
        names = column_names(table)
        path = directory / f"{table}.csv"
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(names)
            writer.writerows([neutralise(row[n]) for n in names] for row in rows[table])
        paths.append(path)
    return paths


__all__ = ["FORMULA_PREFIXES", "neutralise", "write_csv"]
