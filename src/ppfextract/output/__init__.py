"""Records as tables: the flattening shared by the SQLite and CSV writers.

:func:`records_to_rows` turns records into plain rows (dicts of str, int, float
or None) for six tables; :data:`TABLES` gives each table's columns and SQL types,
in order, so SQLite and CSV have the same columns. JSON-valued columns (warnings,
bounding boxes, provenance maps) hold JSON text.

Each child row carries the provenance of its main field in the columns page,
block, row, col and bbox, and the full per-field provenance map in ``provenance``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from ..document import Provenance
from ..files import atomic_path
from ..record import Record

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str  # "TEXT", "INTEGER", "REAL"
    constraint: str = ""  # e.g. "PRIMARY KEY", "NOT NULL REFERENCES documents(id)"


_DOC_REF = "NOT NULL REFERENCES documents(id)"
_PROVENANCE_COLUMNS: tuple[Column, ...] = (
    Column("page", "INTEGER"),
    Column("block", "INTEGER"),
    Column("row", "INTEGER"),
    Column("col", "INTEGER"),
    Column("bbox", "TEXT"),
    Column("provenance", "TEXT"),
)


def _child(*columns: Column) -> tuple[Column, ...]:
    return (
        Column("document_id", "TEXT", _DOC_REF),
        Column("seq", "INTEGER", "NOT NULL"),
        *columns,
        *_PROVENANCE_COLUMNS,
    )


TABLES: dict[str, tuple[Column, ...]] = {
    "documents": (
        Column("id", "TEXT", "PRIMARY KEY"),
        Column("source", "TEXT"),
        Column("format", "TEXT"),
        Column("sha256", "TEXT"),
        Column("council", "TEXT"),
        Column("period", "TEXT"),
        Column("date_completed", "TEXT"),
        Column("has_return", "INTEGER", "NOT NULL"),
        Column("error", "INTEGER", "NOT NULL"),
        Column("error_code", "TEXT"),
        Column("message", "TEXT"),
        Column("warnings", "TEXT"),
        Column("pages", "INTEGER"),
        Column("council_provenance", "TEXT"),
        Column("period_provenance", "TEXT"),
        Column("date_completed_provenance", "TEXT"),
        Column("provenance", "TEXT"),
    ),
    "milestones": _child(
        Column("milestone", "INTEGER", "NOT NULL REFERENCES framework_milestones(id)"),
        Column("deadline", "TEXT", "NOT NULL REFERENCES framework_deadlines(id)"),
        Column("achieved", "TEXT"),
        Column("likelihood", "TEXT", "REFERENCES framework_likelihoods(id)"),
        Column("reason_not_achieved", "TEXT"),
        Column("when_to_be_achieved", "TEXT"),
    ),
    "requirements": _child(
        Column("requirement", "TEXT", "NOT NULL REFERENCES framework_requirements(id)"),
        Column("rating", "TEXT", "REFERENCES framework_ratings(id)"),
    ),
    "answers": _child(
        Column("milestone", "INTEGER"),
        Column("question", "TEXT"),
        Column("answer", "TEXT"),
    ),
    "risks": _child(
        Column("milestone", "INTEGER"),
        Column("risk", "TEXT"),
        Column("mitigation", "TEXT"),
    ),
    "facts": _child(
        Column("kind", "TEXT", "NOT NULL REFERENCES framework_fact_kinds(id)"),
        Column("value", "REAL"),
        Column("text", "TEXT"),
    ),
}

# Whose provenance fills a child row's page/block/row/col/bbox columns: the first
# of these fields the item has provenance for (else any field it has).
PRIMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "milestones": ("achieved", "likelihood", "reason_not_achieved", "when_to_be_achieved"),
    "requirements": ("rating", "requirement"),
    "answers": ("answer", "question"),
    "risks": ("risk", "mitigation"),
    "facts": ("value", "text"),
}

Row = dict[str, Any]


def column_names(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _enum(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _prov_json(prov: Provenance | None) -> str | None:
    return _json(prov.to_dict()) if prov is not None else None


def _prov_columns(table: str, provenance: dict[str, Provenance]) -> Row:
    main: Provenance | None = None
    for name in PRIMARY_FIELDS[table]:
        if name in provenance:
            main = provenance[name]
            break
    if main is None and provenance:
        main = next(iter(provenance.values()))
    bbox = main.to_dict().get("bbox") if main is not None else None
    return {
        "page": main.page if main else None,
        "block": main.block if main else None,
        "row": main.row if main else None,
        "col": main.col if main else None,
        "bbox": _json(bbox),
        "provenance": _json({k: v.to_dict() for k, v in provenance.items()})
        if provenance
        else None,
    }


def _document_row(record: Record) -> Row:
    prov = record.provenance
    return {
        "id": record.document,
        "source": record.source,
        "format": record.format,
        "sha256": record.sha256,
        "council": record.council,
        "period": record.period,
        "date_completed": record.date_completed,
        "has_return": int(record.has_return),
        "error": int(record.error),
        "error_code": record.error_code,
        "message": record.message,
        "warnings": _json(list(record.warnings)),
        "pages": record.n_pages,
        "council_provenance": _prov_json(prov.get("council")),
        "period_provenance": _prov_json(prov.get("period")),
        "date_completed_provenance": _prov_json(prov.get("date_completed")),
        "provenance": _json({k: v.to_dict() for k, v in prov.items()}) if prov else None,
    }


def _child_rows(record: Record) -> Iterator[tuple[str, Row]]:
    for table in ("milestones", "requirements", "answers", "risks", "facts"):
        for seq, item in enumerate(getattr(record, table)):
            fields = item.to_dict(provenance=False)
            row: Row = {"document_id": record.document, "seq": seq}
            for column in TABLES[table][2 : -len(_PROVENANCE_COLUMNS)]:
                row[column.name] = _enum(fields.get(column.name))
            if table == "facts" and row["value"] is not None:
                row["value"] = float(row["value"])
            row.update(_prov_columns(table, item.provenance))
            yield table, row


def records_to_rows(records: Iterable[Record]) -> dict[str, list[Row]]:
    """Flatten records into rows for every table in :data:`TABLES` (keys in order).

    Raises ValueError when two records share a document name (the primary key).
    """
    rows: dict[str, list[Row]] = {table: [] for table in TABLES}
    seen: set[str] = set()
    for record in records:
        if record.document in seen:
            raise ValueError(f"duplicate document {record.document!r}")
        seen.add(record.document)
        rows["documents"].append(_document_row(record))
        for table, row in _child_rows(record):
            rows[table].append(row)
    return rows


def records_to_frames(records: Iterable[Record]) -> dict[str, pd.DataFrame]:
    """Records as pandas DataFrames, one per table (documents, milestones, requirements,
    answers, risks, facts), with the columns and values of ``ppf.sqlite`` and the CSV
    files; join the child tables to documents on ``document_id``."""
    import pandas as pd  # slow to import: only here

    rows = records_to_rows(records)
    return {table: pd.DataFrame(rows[table], columns=column_names(table))
            for table in TABLES}


__all__ = ["TABLES", "Column", "atomic_path", "column_names", "records_to_frames",
           "records_to_rows"]
