"""File helpers the batch runner, the writers and ``inspect`` share: a name that cannot
escape an output folder, writes a reader never sees half done, a file's content hash.

Nothing here knows about documents or records: every layer above may import it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

_RESERVED = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.I)


def safe_name(stem: str) -> str:
    """A file name derived from a document that cannot escape the output folder:
    letters, digits, ``.``, ``_`` and ``-`` only, no leading dot, not a device name."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-") or "document"
    name = name[:150].rstrip("._-") or "document"
    if _RESERVED.fullmatch(name):
        name = "_" + name
    return name


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's content, as hex."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@contextlib.contextmanager
def atomic_path(path: Path, mode: int = 0o644) -> Iterator[Path]:
    """A temporary path beside ``path``; moved over ``path`` (os.replace) when the
    block finishes, deleted if it raises. The reader never sees a partial file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, data: object) -> None:
    """``data`` as indented JSON in ``path``, written atomically (a ``.tmp-*.json`` file
    beside it, then renamed)."""
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
