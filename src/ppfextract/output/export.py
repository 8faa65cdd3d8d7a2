"""The dataset's tables and views exported as CSV, Parquet or an Excel workbook.

``export_dataset(db, target, fmt)`` reads the tables of :data:`TABLES` and the views
``latest_status`` and ``council_comparison`` from a database made by
:func:`ppfextract.output.sqlite.write_sqlite` and writes:

- ``csv``: ``target/<name>.csv`` per table and view (formula-like text made inert,
  as in :mod:`.csv`);
- ``parquet``: ``target/<name>.parquet`` per table and view (needs ``pyarrow``);
- ``xlsx``: one workbook ``target/ppf.xlsx`` with a sheet per table and view (needs
  ``openpyxl``); text is stored as text, never as a formula.

Each file is written beside its target and moved into place.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd

from ..errors import PPFExtractError
from . import TABLES, atomic_path
from .csv import neutralise

FORMATS: tuple[str, ...] = ("csv", "parquet", "xlsx")
EXPORT_VIEWS: tuple[str, ...] = ("latest_status", "council_comparison")
# Characters an xlsx file cannot hold (openpyxl refuses them).
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_frames(db: Path) -> dict[str, pd.DataFrame]:
    """Every table and exported view of ``db``, in order."""
    db = Path(db)
    if not db.is_file():
        raise PPFExtractError(f"no dataset at {db}; run 'ppfextract extract' first")
    uri = db.resolve().as_uri() + "?mode=ro"
    frames: dict[str, pd.DataFrame] = {}
    with closing(sqlite3.connect(uri, uri=True)) as con:
        for name in (*TABLES, *EXPORT_VIEWS):
            order = {"documents": " ORDER BY id"}.get(name, "")
            if name in TABLES and name != "documents":
                order = " ORDER BY document_id, seq"
            try:
                frames[name] = pd.read_sql_query(f'SELECT * FROM "{name}"{order}', con)
            except (sqlite3.DatabaseError, pd.errors.DatabaseError) as exc:
                raise PPFExtractError(f"{db} has no {name} ({exc}); run extract again") from exc
    return frames


def _need(module: str, fmt: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise PPFExtractError(
            f"--format {fmt} needs the '{module}' package: pip install 'ppfextract[export]'"
        ) from None


def _write_csv(frames: dict[str, pd.DataFrame], target: Path) -> list[Path]:
    paths = []
    for name, frame in frames.items():
        path = target / f"{name}.csv"
        safe = frame.astype(object).map(neutralise) if not frame.empty else frame
        with atomic_path(path) as tmp:
            safe.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
        paths.append(path)
    return paths


def _write_parquet(frames: dict[str, pd.DataFrame], target: Path) -> list[Path]:
    _need("pyarrow", "parquet")
    paths = []
    for name, frame in frames.items():
        path = target / f"{name}.parquet"
        with atomic_path(path) as tmp:
            frame.to_parquet(tmp, engine="pyarrow", index=False)
        paths.append(path)
    return paths


def _xlsx_value(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return _ILLEGAL_XLSX.sub("", value)
    if hasattr(value, "item"):  # numpy scalar
        return value.item()  # type: ignore[union-attr]
    return value


def _write_xlsx(frames: dict[str, pd.DataFrame], target: Path) -> list[Path]:
    _need("openpyxl", "xlsx")
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, frame in frames.items():
        sheet = book.create_sheet(title=name[:31])
        sheet.append(list(frame.columns))
        for row in frame.itertuples(index=False, name=None):
            sheet.append([_xlsx_value(v) for v in row])
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if cell.data_type == "f":  # text that looks like a formula stays text
                    cell.data_type = TYPE_STRING
        sheet.freeze_panes = "A2"
    path = target / "ppf.xlsx"
    with atomic_path(path) as tmp:
        book.save(tmp)
    return [path]


def export_dataset(db: Path, target: Path, fmt: str) -> list[Path]:
    """Export the dataset at ``db`` into the folder ``target``; return the files."""
    if fmt not in FORMATS:
        raise PPFExtractError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    frames = read_frames(db)
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    writer = {"csv": _write_csv, "parquet": _write_parquet, "xlsx": _write_xlsx}[fmt]
    return writer(frames, target)


__all__ = ["EXPORT_VIEWS", "FORMATS", "export_dataset", "read_frames"]
