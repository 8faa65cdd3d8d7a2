"""Records as a SQLite database (stdlib sqlite3, explicit schema), made for
Datasette and sqlite-utils users.

Tables: ``documents`` (one row per record, ``id`` = the document stem) and the child
tables milestones, requirements, answers, risks and facts, each referencing
documents(id), keyed by (document_id, seq) with a unique index. Columns are those
of :data:`ppfextract.output.TABLES`.

Full-text search: ``answers_fts`` (question, answer) and ``risks_fts`` (risk,
mitigation) are FTS5 tables with external content (``content="answers"``), the
layout Datasette and sqlite-utils detect, so Datasette offers a search box on
answers and risks.

Lookup tables (``framework_*``) hold the framework in full: the milestones' titles
and deliverables, the deadlines, the requirements' wording, the likelihoods, ratings,
statuses and fact kinds with their labels (and a fact kind's unit). The child tables
reference them, so Datasette shows a milestone's title beside its number.

Views:

- ``milestone_status``: every milestone row with its council and period and a
  single ``status`` (``achieved``, a likelihood, ``not_achieved`` or null), with the
  milestone's title and the deadline's and status's labels.
- ``latest_status``: for each council, milestone and deadline, the cell from the
  council's latest return (greatest period, then date completed, then document).
- ``requirement_ratings``: every rating with its council, period, the requirement's
  code (R1-R12) and wording and the rating's label.
- ``facts_readable``: every fact with its council, period, label and unit.
- ``council_comparison``: one row per council and period (the latest document
  when there are several), the 15 milestone cells (``m1_2010_04`` ...) as statuses
  and the 12 requirement ratings (``engagement_service_users`` ...) as columns.

When the database file already exists, :func:`write_sqlite` replaces these tables
and views inside it in one transaction and leaves any other table (such as the
batch runner's ``batch_state``) alone. A new file is built beside the target and
moved into place, so a reader never sees a half-written database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from ..framework import (
    MILESTONES,
    REQUIREMENT_IDS,
    REQUIREMENTS,
    Achieved,
    Deadline,
    FactKind,
    Likelihood,
    Rating,
)
from ..record import Record
from . import TABLES, Row, atomic_path, column_names, records_to_rows

if TYPE_CHECKING:
    import pandas as pd

FTS_TABLES: dict[str, tuple[str, ...]] = {
    "answers": ("question", "answer"),
    "risks": ("risk", "mitigation"),
}
VIEWS: tuple[str, ...] = ("milestone_status", "latest_status", "council_comparison",
                          "requirement_ratings", "facts_readable")
NOT_ACHIEVED = "not_achieved"
ACHIEVED = "achieved"


def lookup_tables() -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """The framework as tables: name -> (columns, rows); the first column is the key."""
    deadlines = list(Deadline)
    return {
        "framework_milestones": (
            ["id", "code", "title", *(f"deliverable_{d.value.replace('-', '_')}"
                                      for d in deadlines)],
            [(m.id, f"M{m.id}", m.title, *(m.deliverables.get(d) for d in deadlines))
             for m in MILESTONES]),
        "framework_deadlines": (["id", "label"], [(d.value, d.label) for d in deadlines]),
        "framework_requirements": (
            ["id", "code", "area", "wording"],
            [(r.id, f"R{i}", r.id.split(".")[0], r.wording)
             for i, r in enumerate(REQUIREMENTS, 1)]),
        "framework_likelihoods": (["id", "label"], [(x.value, x.label) for x in Likelihood]),
        "framework_ratings": (["id", "label"], [(x.value, x.label) for x in Rating]),
        "framework_statuses": (["id", "label"], [
            (ACHIEVED, "Achieved"), *((x.value, x.label) for x in Likelihood),
            (NOT_ACHIEVED, "Not achieved")]),
        "framework_fact_kinds": (["id", "label", "unit"],
                                 [(k.value, k.label, k.unit) for k in FactKind]),
    }


LOOKUPS: tuple[str, ...] = tuple(lookup_tables())


def _lookup_sql() -> list[str]:
    statements = []
    for name, (columns, rows) in lookup_tables().items():
        key = rows[0][0]
        defs = [f"{_quote(columns[0])} {'INTEGER' if isinstance(key, int) else 'TEXT'} "
                "PRIMARY KEY", *(f"{_quote(c)} TEXT" for c in columns[1:])]
        statements.append(f"CREATE TABLE {_quote(name)} ({', '.join(defs)})")
    return statements


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def cell_column(milestone: int, deadline: Deadline | str) -> str:
    """The council_comparison column of one milestone cell: ``m1_2010_04``."""
    value = deadline.value if isinstance(deadline, Deadline) else deadline
    return f"m{milestone}_{value.replace('-', '_')}"


def rating_column(requirement: str) -> str:
    """The council_comparison column of one requirement: ``engagement_staff``."""
    return requirement.replace(".", "_")


def cell_columns() -> list[tuple[int, Deadline, str]]:
    """(milestone, deadline, column) for the 15 cells, in framework order."""
    return [(m.id, d, cell_column(m.id, d)) for m in MILESTONES for d in Deadline]


def _status_sql(alias: str) -> str:
    return (
        f"CASE WHEN {alias}.achieved = '{Achieved.YES.value}' THEN '{ACHIEVED}' "
        f"WHEN {alias}.likelihood IS NOT NULL THEN {alias}.likelihood "
        f"WHEN {alias}.achieved = '{Achieved.NO.value}' THEN '{NOT_ACHIEVED}' END"
    )


def _table_sql() -> list[str]:
    statements: list[str] = []
    for table, columns in TABLES.items():
        defs = ",\n    ".join(
            f"{_quote(c.name)} {c.sql_type}{' ' + c.constraint if c.constraint else ''}"
            for c in columns
        )
        statements.append(f"CREATE TABLE {_quote(table)} (\n    {defs}\n)")
        if table != "documents":
            statements.append(
                f"CREATE UNIQUE INDEX {_quote('idx_' + table + '_document_id')} "
                f"ON {_quote(table)} ({_quote('document_id')}, {_quote('seq')})"
            )
    statements.append(f"CREATE INDEX {_quote('idx_documents_council')} ON documents (council)")
    return statements


def _fts_sql() -> list[str]:
    statements: list[str] = []
    for table, columns in FTS_TABLES.items():
        cols = ", ".join(map(_quote, columns))
        statements.append(
            f"CREATE VIRTUAL TABLE {_quote(table + '_fts')} USING FTS5 "
            f'({cols}, content="{table}")'
        )
    return statements


def _view_sql() -> list[str]:
    status = _status_sql("m")
    milestone_status = f"""CREATE VIEW milestone_status AS
SELECT d.council, d.period, d.date_completed, m.document_id, m.seq, m.milestone,
       m.deadline, {status} AS status, m.achieved, m.likelihood,
       m.reason_not_achieved, m.when_to_be_achieved,
       m.page, m.block, m.row, m.col, m.bbox,
       fm.title AS milestone_title, fd.label AS deadline_label,
       (SELECT fs.label FROM framework_statuses fs WHERE fs.id = {status}) AS status_label
FROM milestones m JOIN documents d ON d.id = m.document_id
LEFT JOIN framework_milestones fm ON fm.id = m.milestone
LEFT JOIN framework_deadlines fd ON fd.id = m.deadline
WHERE d.error = 0 AND d.council IS NOT NULL"""
    latest_status = """CREATE VIEW latest_status AS
SELECT council, milestone, deadline, status, achieved, likelihood, reason_not_achieved,
       when_to_be_achieved, period, date_completed, document_id, seq,
       page, block, row, col, bbox, milestone_title, deadline_label, status_label
FROM (
    SELECT s.*, ROW_NUMBER() OVER (
        PARTITION BY s.council, s.milestone, s.deadline
        ORDER BY s.period IS NULL, s.period DESC, s.date_completed DESC,
                 s.document_id DESC, s.seq DESC
    ) AS rank
    FROM milestone_status s
)
WHERE rank = 1"""
    cells = ",\n       ".join(
        f"(SELECT {_status_sql('m')} FROM milestones m WHERE m.document_id = c.document_id "
        f"AND m.milestone = {mid} AND m.deadline = '{d.value}' ORDER BY m.seq LIMIT 1) "
        f"AS {_quote(col)}"
        for mid, d, col in cell_columns()
    )
    ratings = ",\n       ".join(
        f"(SELECT r.rating FROM requirements r WHERE r.document_id = c.document_id "
        f"AND r.requirement = '{rid}' ORDER BY r.seq LIMIT 1) AS {_quote(rating_column(rid))}"
        for rid in REQUIREMENT_IDS
    )
    council_comparison = f"""CREATE VIEW council_comparison AS
SELECT c.council, c.period, c.date_completed, c.document_id,
       {cells},
       {ratings}
FROM (
    SELECT d.council, d.period, d.date_completed, d.id AS document_id, ROW_NUMBER() OVER (
        PARTITION BY d.council, d.period ORDER BY d.date_completed DESC, d.id DESC
    ) AS rank
    FROM documents d
    WHERE d.error = 0 AND d.has_return = 1 AND d.council IS NOT NULL
) c
WHERE c.rank = 1"""
    requirement_ratings = """CREATE VIEW requirement_ratings AS
SELECT d.council, d.period, d.date_completed, r.document_id, r.seq, fr.code,
       r.requirement, fr.wording, r.rating, rt.label AS rating_label,
       r.page, r.block, r.row, r.col, r.bbox
FROM requirements r JOIN documents d ON d.id = r.document_id
LEFT JOIN framework_requirements fr ON fr.id = r.requirement
LEFT JOIN framework_ratings rt ON rt.id = r.rating
WHERE d.error = 0"""
    facts_readable = """CREATE VIEW facts_readable AS
SELECT d.council, d.period, f.document_id, f.seq, f.kind, k.label, f.value, k.unit, f.text,
       f.page, f.block, f.row, f.col, f.bbox
FROM facts f JOIN documents d ON d.id = f.document_id
LEFT JOIN framework_fact_kinds k ON k.id = f.kind
WHERE d.error = 0"""
    return [milestone_status, latest_status, council_comparison, requirement_ratings,
            facts_readable]


def schema_sql() -> list[str]:
    """Every CREATE statement (tables, indexes, FTS tables, views), in dependency order."""
    return [*_lookup_sql(), *_table_sql(), *_fts_sql(), *_view_sql()]


def _drop_sql(con: sqlite3.Connection) -> list[str]:
    """DROP statements for the dataset objects present in ``con`` (views, FTS
    tables, child tables, then documents)."""
    present = {
        (name, kind)
        for name, kind in con.execute("SELECT name, type FROM sqlite_master")
    }
    statements = [f"DROP VIEW {_quote(v)}" for v in VIEWS if (v, "view") in present]
    statements += [
        f"DROP TABLE {_quote(t + '_fts')}" for t in FTS_TABLES if (t + "_fts", "table") in present
    ]
    statements += [
        f"DROP TABLE {_quote(t)}" for t in reversed(list(TABLES)) if (t, "table") in present
    ]
    statements += [f"DROP TABLE {_quote(t)}" for t in LOOKUPS if (t, "table") in present]
    return statements


def _fill(con: sqlite3.Connection, rows: dict[str, list[Row]]) -> None:
    for statement in schema_sql():
        con.execute(statement)
    for name, (columns, values) in lookup_tables().items():
        con.executemany(f"INSERT INTO {_quote(name)} VALUES ({', '.join('?' * len(columns))})",
                        values)
    for table in TABLES:
        names = column_names(table)
        sql = (
            f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, names))}) "
            f"VALUES ({', '.join('?' * len(names))})"
        )
        con.executemany(sql, ([row[n] for n in names] for row in rows[table]))
    for table in FTS_TABLES:
        fts = _quote(table + "_fts")
        con.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def write_sqlite(records: Iterable[Record], path: Path) -> None:
    """Write ``records`` as the dataset tables of the SQLite database at ``path``.

    An existing database keeps its other tables: the dataset tables, FTS tables and
    views are dropped and rebuilt in one transaction, so on any error the old data
    stays. A missing file, or one that is not an SQLite database (empty or foreign
    content), is replaced by a new database built in a temporary file.
    """
    path = Path(path)
    rows = records_to_rows(records)
    if path.exists() and path.stat().st_size > 0 and _is_sqlite(path):
        with closing(sqlite3.connect(path, isolation_level=None)) as con:
            con.execute("PRAGMA foreign_keys = ON")
            con.execute("BEGIN IMMEDIATE")
            try:
                for statement in _drop_sql(con):
                    con.execute(statement)
                _fill(con, rows)
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        return
    with atomic_path(path) as tmp, closing(sqlite3.connect(tmp, isolation_level=None)) as con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("BEGIN")
        _fill(con, rows)
        con.execute("COMMIT")


def read_sqlite_tables(path: Path) -> dict[str, pd.DataFrame]:
    """Every table of a database written by :func:`write_sqlite`, as DataFrames
    (rows in document then sequence order)."""
    import pandas as pd  # slow to import: only here, not for writing
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as con:
        frames: dict[str, pd.DataFrame] = {}
        for table in TABLES:
            order = "id" if table == "documents" else "document_id, seq"
            frames[table] = pd.read_sql_query(
                f"SELECT * FROM {_quote(table)} ORDER BY {order}", con
            )
    return frames


__all__ = [
    "FTS_TABLES",
    "LOOKUPS",
    "VIEWS",
    "lookup_tables",
    "cell_column",
    "cell_columns",
    "rating_column",
    "read_sqlite_tables",
    "schema_sql",
    "write_sqlite",
]
