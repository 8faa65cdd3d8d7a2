"""The library's entry points: ``extract(path) -> Record`` and ``extract_many``."""

from __future__ import annotations

import errno
import gc
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from .errors import PPFExtractError
from .files import file_sha256
from .record import Record
from .settings import Settings

if TYPE_CHECKING:
    from .batch import BatchProgress
    from .document import Document

log = logging.getLogger(__name__)

SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".xlsx", ".xls", ".ods", ".html", ".htm",
            ".tif", ".tiff")


def extract(path: str | Path, settings: Settings | None = None) -> Record:
    """Read one file and extract its record. Raises PPFExtractError subclasses."""
    # imported here, so a batch's parent process (which only hashes, schedules and
    # writes) never loads the readers and extractors its workers use
    from .extractors import extract_record
    from .readers import read

    p = Path(path)
    settings = (settings or Settings()).resolve()
    with _collector_spared() as spare:
        doc = read(p, settings)
        spare()  # the document lives until its record is made
        record = extract_record(doc, p.stem, settings)
    scan = getattr(doc, "scan", None)
    if scan is not None and scan.pages:  # values read from scanned pages: confidence
        from .readers.ocr.confidence import apply

        apply(record, doc, settings.ocr_min_confidence)  # type: ignore[arg-type]
    record.source = str(p)
    return record


@contextmanager
def _collector_spared() -> Iterator[Callable[[], None]]:
    """The cyclic garbage collector spared what is alive when a document starts (modules,
    caches) and, once ``spare()`` is called, the document read: a full collection in the
    middle of a document then walks only what that document made since, not every object
    of the process (on the 188-page pack one full collection cost as much as all the
    extractors). Everything is handed back to the collector at the end (``gc.freeze`` and
    ``gc.unfreeze``), and the collector's thresholds restored. Left alone when the process
    has frozen objects of its own (a server that forks keeps its frozen pages shared) or
    has the collector off."""
    if gc.get_freeze_count() or not gc.isenabled():
        yield lambda: None
        return
    gc.freeze()
    # and the youngest generation collected every 10,000 new containers, not 700: a
    # document makes hundreds of thousands of small objects that live until its end, and
    # each young collection walks them for nothing (a few MB more at most)
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], 10_000), *threshold[1:])
    try:
        yield gc.freeze
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def read_document(path: str | Path, settings: Settings | None = None) -> Document:
    """What a reader sees in one file: the layout-neutral :class:`Document` (blocks,
    tables, cells and their lines). Raises PPFExtractError subclasses."""
    from .readers import read

    return read(Path(path), (settings or Settings()).resolve())


def extract_safe(path: str | Path, settings: Settings | None = None) -> Record:
    """Like :func:`extract`, but any failure becomes an error record."""
    p = Path(path)
    try:
        record = extract(p, settings)
    except PPFExtractError as exc:
        record = Record.from_error(p.stem, str(p), exc.code, str(exc))
    except MemoryError as exc:
        record = Record.from_error(p.stem, str(p), "out_of_memory",
                                   f"ran out of memory{': ' + str(exc) if str(exc) else ''}")
    except OSError as exc:
        record = Record.from_error(p.stem, str(p), "unreadable_file",
                                   f"cannot read the file: {exc.strerror or exc}")
    except Exception as exc:  # a bug or a library failure on odd input: keep the batch going
        log.exception("unexpected failure on %s", p)
        record = Record.from_error(p.stem, str(p), "internal_error",
                                   f"unexpected {type(exc).__name__}: {exc}")
    try:
        record.sha256 = file_sha256(p)
    except OSError:
        pass
    return record


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _check_entry(path: str, root: str) -> str | None:
    """Why a file found under ``root`` is not read, or None to read it."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}"
    if stat.S_ISREG(st.st_mode):
        return None
    if not stat.S_ISLNK(st.st_mode):
        return f"not a regular file: {_kind(st.st_mode)}"
    try:
        target = os.path.realpath(path, strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop: not followed"
        return f"a symbolic link to a missing file ({os.readlink(path)}): not followed"
    if not _inside(target, root):
        return f"a symbolic link to {target}, outside the input folder: not followed"
    mode = os.stat(target).st_mode
    if not stat.S_ISREG(mode):
        return f"a symbolic link to {_kind(mode)}: not followed"
    return None


def walk_inputs(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()
                ) -> Iterator[tuple[Path, str | None]]:
    """(path, None) for each file named and each supported file found under a folder
    (recursively, sorted); (path, reason) for what a folder holds that is not read: a
    symbolic link leading out of the folder, a dangling link or a link loop, a named
    pipe, socket or device. Folders in ``exclude`` (an output folder inside an input
    folder) and links to folders are not entered."""
    excluded = {os.path.realpath(p) for p in exclude}
    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            yield p, None
            continue
        root = os.path.realpath(p)
        if root in excluded:
            continue
        found: list[tuple[Path, str | None]] = []
        for folder, dirs, files in os.walk(p, followlinks=False):
            dirs[:] = [d for d in dirs
                       if os.path.realpath(os.path.join(folder, d)) not in excluded]
            for name in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
                if PurePath(name).suffix.lower() not in SUFFIXES:
                    continue
                full = os.path.join(folder, name)
                found.append((Path(full), _check_entry(full, root)))
        yield from sorted(found, key=lambda item: item[0])


def iter_inputs(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()
                ) -> Iterator[Path]:
    """Files named, and supported files found recursively under folders, sorted (what
    :func:`walk_inputs` would not read is left out)."""
    for path, reason in walk_inputs(paths, exclude):
        if reason is None:
            yield path


def extract_many(paths: Iterable[str | Path], settings: Settings | None = None, *,
                 workers: int | None = 0, dedup: bool = False,
                 timeout: float | None = 120.0, max_memory_mb: int | None = 2048,
                 on_progress: Callable[[BatchProgress], None] | None = None,
                 ) -> Iterator[Record]:
    """Records for files and folders (searched recursively), in input order; a file
    that cannot be read gives an error record, never an exception. Nothing is written.

    ``workers``: 0 (the default) parses in this process; N parses in N isolated worker
    processes with the ``timeout`` (seconds) and ``max_memory_mb`` limits, as the
    command line does (None: one per core). ``dedup``: files with the same content give
    one record listing every path in ``paths``. ``on_progress`` is called with a
    :class:`~ppfextract.batch.BatchProgress` as each document is done.

        for record in ppfextract.extract_many(["papers/"], workers=4, dedup=True):
            print(record.document, record.council)
    """
    from .batch import BatchOptions, iter_records

    options = BatchOptions(workers=workers, timeout=timeout, max_memory_mb=max_memory_mb)
    return iter_records(paths, settings, options, dedup=dedup, on_progress=on_progress)
