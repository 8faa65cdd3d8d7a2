"""Records as a SQLite database (stdlib sqlite3, explicit schema).

Tables: documents (one row per record, ``id`` = the document stem) and the child
tables milestones, requirements, answers, risks and facts, each referencing
documents(id) with an index on document_id. Columns are those of
:data:`ppfextract.output.TABLES`. The database is built in a temporary file beside
the target and moved over it, so a reader never sees a half-written file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

import pandas as pd

from ..record import Record
from . import TABLES, atomic_path, column_names, records_to_rows


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def schema_sql() -> list[str]:
    """The CREATE TABLE and CREATE INDEX statements, in dependency order."""
    statements: list[str] = []
    for table, columns in TABLES.items():
        defs = ",\n    ".join(
            f"{_quote(c.name)} {c.sql_type}{' ' + c.constraint if c.constraint else ''}"
            for c in columns
        )
        statements.append(f"CREATE TABLE {_quote(table)} (\n    {defs}\n)")
        if table != "documents":
            statements.append(
                f"CREATE INDEX {_quote('idx_' + table + '_document_id')} "
                f"ON {_quote(table)} ({_quote('document_id')})"
            )
    return statements


def write_sqlite(records: Iterable[Record], path: Path) -> None:
    """Write ``records`` to a new SQLite database at ``path``, replacing any file there."""
    rows = records_to_rows(records)
    with atomic_path(Path(path)) as tmp, closing(sqlite3.connect(tmp)) as con:
        con.execute("PRAGMA foreign_keys = ON")
        with con:
            for statement in schema_sql():
                con.execute(statement)
            for table in TABLES:
                names = column_names(table)
                sql = (
                    f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, names))}) "
                    f"VALUES ({', '.join('?' * len(names))})"
                )
                con.executemany(sql, ([row[n] for n in names] for row in rows[table]))


def read_sqlite_tables(path: Path) -> dict[str, pd.DataFrame]:
    """Every table of a database written by :func:`write_sqlite`, as DataFrames
    (rows in document then sequence order)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as con:
        frames: dict[str, pd.DataFrame] = {}
        for table in TABLES:
            order = "id" if table == "documents" else "document_id, seq"
            frames[table] = pd.read_sql_query(
                f"SELECT * FROM {_quote(table)} ORDER BY {order}", con
            )
    return frames


__all__ = ["read_sqlite_tables", "schema_sql", "write_sqlite"]
