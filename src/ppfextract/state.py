"""Resume state for batch runs, kept in the output database (``OUT/ppf.sqlite``).

One row per finished document in the table ``batch_state``, keyed by the content
hash: the name its JSON file was given, a fingerprint of the settings it was
extracted with, and the record itself as JSON. Each row is committed in its own
transaction right after the document's JSON file is in place, so a run killed at
any point has lost nothing it wrote; a resumed run (``--resume``) takes the rows
whose fingerprint matches its settings as done and rebuilds the dataset from them.

The dataset tables (documents, milestones, ...) belong to
:mod:`ppfextract.output.sqlite`; this module touches only its own table.

:class:`OutputLock` keeps two runs out of one output folder: the first holds an
advisory lock (``flock``) on ``OUT/.ppfextract.lock`` for as long as it runs and
writes there who it is; a second run is refused with that description. The kernel
drops the lock when the holder exits however it exits, so a killed run never leaves
a folder locked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import OutputInUse, PPFExtractError
from .record import Record
from .settings import Settings

TABLE = "batch_state"

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    error_code TEXT,
    record TEXT NOT NULL
)
"""


def fingerprint(settings: Settings, task: str, version: str) -> str:
    """Identifies what a record was extracted with: a resumed run with other settings
    does the documents again."""
    text = json.dumps([repr(settings), task, version])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_INSERT = (f"INSERT OR REPLACE INTO {TABLE} "
           "(key, name, document, fingerprint, error_code, record) VALUES (?, ?, ?, ?, ?, ?)")


def _row(key: str, name: str, fp: str, rec: Record, data: dict[str, Any] | None = None,
         ) -> tuple[str, str, str, str, str | None, str]:
    return (key, name, rec.document, fp, rec.error_code if rec.error else None,
            json.dumps(rec.to_dict() if data is None else data, ensure_ascii=False))


@dataclass(frozen=True)
class Done:
    key: str
    name: str
    record: Record


class BatchState:
    """The ``batch_state`` table of one database file."""

    def __init__(self, db: Path) -> None:
        self.db = Path(db)
        self.db.parent.mkdir(parents=True, exist_ok=True)
        self._con: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._con is None:
            con = sqlite3.connect(self.db, timeout=30.0, isolation_level=None)
            try:
                # A killed process loses nothing committed; only a power cut could, and
                # the JSON files are the fallback then.
                con.execute("PRAGMA synchronous = NORMAL")
                con.execute(_SCHEMA)
            except sqlite3.DatabaseError as exc:
                con.close()
                raise PPFExtractError(
                    f"{self.db} exists but is not a usable SQLite database ({exc}); "
                    "remove it or choose another output folder") from None
            self._con = con
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> BatchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clear(self) -> None:
        self._connect().execute(f"DELETE FROM {TABLE}")

    def save(self, key: str, name: str, fp: str, record: Record,
             data: dict[str, Any] | None = None) -> None:
        """Mark one document done (one transaction); ``data`` is ``record.to_dict()``
        when the caller has it."""
        con = self._connect()
        with _transaction(con):
            con.execute(_INSERT, _row(key, name, fp, record, data))

    def save_many(self, rows: Iterable[tuple[str, str, str, Record]]) -> None:
        con = self._connect()
        with _transaction(con):
            con.executemany(_INSERT, [_row(key, name, fp, rec) for key, name, fp, rec in rows])

    def load(self, fp: str | None = None) -> dict[str, Done]:
        """Finished documents by key (only those extracted with fingerprint ``fp``)."""
        sql = f"SELECT key, name, record FROM {TABLE}"
        args: tuple[str, ...] = ()
        if fp is not None:
            sql += " WHERE fingerprint = ?"
            args = (fp,)
        return {key: Done(key, name, Record.from_dict(json.loads(text)))
                for key, name, text in self._connect().execute(sql, args)}

    def names(self) -> dict[str, tuple[str, str]]:
        """(JSON name, document id) given to each key so far."""
        rows = self._connect().execute(f"SELECT key, name, document FROM {TABLE}")
        return {key: (name, document) for key, name, document in rows}

    def exists(self) -> bool:
        """Whether the table is (still) in the database file."""
        if not self.db.exists():
            return False
        with sqlite3.connect(self.db) as con:
            row = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                              (TABLE,)).fetchone()
        con.close()
        return row is not None


LOCK_NAME = ".ppfextract.lock"


class OutputLock:
    """The lock on an output folder, held from :meth:`acquire` to :meth:`release`."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _describe(os.read(fd, 4096))
            os.close(fd)
            raise OutputInUse(
                f"{self.path.parent} is in use by another ppfextract run ({holder}); "
                "wait for it to finish, or choose another --out") from None
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                "command": " ".join(sys.argv)}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _describe(raw: bytes) -> str:
    try:
        info = json.loads(raw.decode("utf-8"))
        return (f"process {info['pid']} on {info['host']}, started {info['started']}: "
                f"{info['command']}")
    except (ValueError, KeyError, TypeError):
        return "a run that has not said who it is yet"


@contextlib.contextmanager
def _transaction(con: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on an autocommit connection."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


__all__ = ["LOCK_NAME", "TABLE", "BatchState", "Done", "OutputLock", "fingerprint"]
