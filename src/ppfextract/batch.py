"""Batch runs: many files in, one JSON record per document plus the combined dataset out.

What a batch guarantees:

* **identity**: a document is its content (SHA-256). The same bytes under two
  names are one document; its record lists every path (``paths``) and takes
  its name from the first. Two different documents with the same stem get
  distinct names (a short hash suffix), so no JSON file overwrites another.
* **isolation**: each document is parsed in a worker process with a time limit
  and a memory cap (:mod:`ppfextract.worker`); a hang, crash or out-of-memory
  becomes an error record (``timeout``, ``worker_crashed``, ``out_of_memory``)
  and the run goes on.
* **resume**: each finished document's JSON file is written atomically and then
  committed to the ``batch_state`` table of ``OUT/ppf.sqlite``
  (:mod:`ppfextract.state`). A run killed at any point loses nothing it wrote;
  with ``resume=True`` the documents already done are skipped and the dataset is
  the same as an uninterrupted run's. Documents whose error came from the run
  rather than the file (``timeout``, ``out_of_memory``, ``interrupted``) are done
  again. Temporary files a killed run left behind are removed by the next run.
* **one run per output folder**: a run holds a lock on ``OUT`` (:class:`OutputLock`);
  a second run into it is refused, naming the first. A run without ``resume``
  starts afresh: the JSON records of the previous run into ``OUT`` that this run
  does not write again are removed; any other ``*.json`` found there is named in
  :attr:`BatchSummary.stale`. An output folder inside an input folder is not read.
* **inputs**: a folder is walked without following links out of it; links out of
  it, dangling links, link loops, named pipes and devices become ``skipped_input``
  error records, so the summary counts them.
* **parallel**: ``workers`` local processes (default: one per core), or a Dask
  cluster (``dask="tcp://scheduler:8786"``, extra ``ppfextract[dask]``).

The library never prints: ``on_record`` is called with each finished record and
``on_progress`` with a :class:`BatchProgress` snapshot.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .api import walk_inputs
from .errors import RUN_CAUSED, PPFExtractError, UsageError
from .files import file_sha256, safe_name, write_json_atomic
from .record import Record
from .settings import Settings
from .state import BatchState, OutputLock, fingerprint
from .worker import DEFAULT_TASK, LocalPool, WorkerConfig, remove_stale_tmp

log = logging.getLogger(__name__)

DB_NAME = "ppf.sqlite"
UNREADABLE = "unreadable:"  # key prefix for inputs whose content cannot be hashed
DASK_CONNECT_TIMEOUT = 20.0  # seconds to reach a Dask scheduler

Task = tuple[str, Path]


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs (what it extracts is :class:`~ppfextract.settings.Settings`)."""

    workers: int | None = None  # None: one per core; 0: in this process, without isolation
    timeout: float | None = 120.0  # seconds per document; None: no limit
    max_memory_mb: int | None = 2048  # per worker process; None: no limit
    resume: bool = False  # skip documents already done in OUT/ppf.sqlite
    dask: str | None = None  # a Dask scheduler address: run there instead of locally
    dataset: bool = True  # write ppf.sqlite and the CSV tables at the end
    task: str = DEFAULT_TASK  # "module:function" that parses one file (tests swap it)

    def resolve(self) -> BatchOptions:
        workers = default_workers() if self.workers is None else self.workers
        if workers < 0:
            raise ValueError("workers must be 0 or more")
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError("the timeout must be positive")
        if self.max_memory_mb is not None and self.max_memory_mb < 64:
            raise ValueError("the memory limit must be at least 64 MB")
        return replace(self, workers=workers)


@dataclass(frozen=True)
class BatchProgress:
    """Where a run is: ``done`` this run, ``skipped`` as done before, of ``total``."""

    total: int
    done: int = 0
    skipped: int = 0
    errors: int = 0
    duplicates: int = 0
    elapsed: float = 0.0

    @property
    def finished(self) -> bool:
        return self.done + self.skipped >= self.total


@dataclass
class BatchSummary:
    files: int = 0  # input files
    documents: int = 0  # distinct documents (records)
    duplicates: int = 0  # files whose content another file already had
    skipped: int = 0  # documents done by an earlier run (resume)
    returns_found: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    records: list[Record] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    elapsed: float = 0.0
    retried: int = 0  # documents whose earlier error came from the run, done again
    removed: list[str] = field(default_factory=list)  # the previous run's records, removed
    stale: list[str] = field(default_factory=list)  # other *.json in OUT, not this run's
    leftovers: int = 0  # temporary files of a killed run, removed

    @property
    def n_errors(self) -> int:
        return sum(self.errors.values())


# ---------------------------------------------------------------------------
# Names


# ---------------------------------------------------------------------------
# Identity


@dataclass
class _Doc:
    key: str  # the content's SHA-256, or UNREADABLE + hash of the path
    paths: list[Path]
    document: str = ""  # the record's document id
    name: str = ""  # its JSON file is OUT/<name>.json
    failure: Record | None = None  # found before parsing (unreadable, not a file)

    @property
    def hex(self) -> str:
        return self.key.removeprefix(UNREADABLE)


def _path_key(path: Path) -> str:
    return UNREADABLE + hashlib.sha256(os.path.abspath(path).encode(
        "utf-8", "surrogateescape")).hexdigest()


def _identify(path: Path, skipped: str | None = None) -> tuple[str, Record | None]:
    """(key, None), or (key, error record) for a file whose content cannot be read
    or that is not to be read (``skipped``: why)."""
    if skipped is not None:
        code = "unreadable_file" if skipped.startswith("cannot read") else "skipped_input"
        return _path_key(path), Record.from_error(path.stem, str(path), code, skipped)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise PPFExtractError("not a regular file")
        return file_sha256(path), None
    except (OSError, PPFExtractError) as exc:
        text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _path_key(path), Record.from_error(path.stem, str(path), "unreadable_file",
                                                  f"cannot read the file: {text}")


def identify(inputs: Iterable[Path | tuple[Path, str | None]]) -> tuple[int, list[_Doc]]:
    """(number of input files, distinct documents in input order). Inputs are paths,
    or (path, why it is not read) pairs as :func:`~ppfextract.api.walk_inputs` gives."""
    docs: dict[str, _Doc] = {}
    seen: set[str] = set()
    files = 0
    for item in inputs:
        path, skipped = item if isinstance(item, tuple) else (item, None)
        where = os.path.abspath(path)
        if where in seen:  # the same file named twice (a folder and a file in it)
            continue
        seen.add(where)
        files += 1
        key, failure = _identify(path, skipped)
        if key in docs:
            docs[key].paths.append(path)
        else:
            docs[key] = _Doc(key, [path], failure=failure)
    return files, list(docs.values())


def assign_names(docs: list[_Doc], reserved: dict[str, tuple[str, str]]) -> None:
    """Give each document a unique JSON name (case-insensitively). Names already in
    the state (``reserved``: key -> (name, document)) are kept; the first document
    with a stem gets the plain name, later ones a hash suffix."""
    taken = {name.casefold() for name, _ in reserved.values()}
    for doc in docs:
        if doc.key in reserved:
            doc.name, doc.document = reserved[doc.key]
    for doc in docs:
        if doc.name:
            continue
        stem = doc.paths[0].stem
        doc.document, doc.name = stem, safe_name(stem)
        for n in (8, 16, 64):
            if doc.name.casefold() not in taken:
                break
            doc.document = f"{stem}-{doc.hex[:n]}"
            doc.name = safe_name(doc.document)
        taken.add(doc.name.casefold())


# ---------------------------------------------------------------------------
# Runners: (key, path) in, (key, record) out as each finishes


def _run_inline(config: WorkerConfig, tasks: list[Task]) -> Iterator[tuple[str, Record]]:
    from .worker import load_task

    fn = load_task(config.task)
    for key, path in tasks:
        try:
            record = fn(path, config.settings)
        except MemoryError:
            record = Record.from_error(path.stem, str(path), "out_of_memory", "ran out of memory")
        yield key, record


def _run_dask(address: str, config: WorkerConfig, timeout: float | None,
              tasks: list[Task]) -> Iterator[tuple[str, Record]]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise PPFExtractError(
            "--dask needs Dask distributed: pip install 'ppfextract[dask]'") from None
    from .worker import dask_extract

    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT)
    except OSError as exc:
        raise PPFExtractError(f"cannot connect to the Dask scheduler at {address}: {exc}") \
            from None
    try:
        threads = sum(client.nthreads().values()) or 1
        pending = iter(tasks)
        queued: dict[str, Task] = {}
        running = as_completed()

        def submit() -> None:
            task = next(pending, None)
            if task is not None:
                future = client.submit(dask_extract, task[0], str(task[1]), config, timeout,
                                       pure=False)
                queued[str(future.key)] = task
                running.add(future)

        for _ in range(2 * threads):
            submit()
        for future in running:
            key, path = queued.pop(str(future.key))
            try:
                record = Record.from_dict(future.result())
            except Exception as exc:  # the Dask worker died or the task could not run
                record = Record.from_error(path.stem, str(path), "worker_crashed",
                                           f"the Dask task failed: {type(exc).__name__}: {exc}")
            submit()
            yield key, record
    finally:
        client.close()


def _runner(options: BatchOptions, config: WorkerConfig,
            tasks: list[Task]) -> Iterator[tuple[str, Record]]:
    if not tasks:
        return iter(())
    if options.dask:
        return _run_dask(options.dask, config, options.timeout, largest_first(tasks))
    if options.workers == 0:
        return _run_inline(config, tasks)
    workers = min(options.workers or 1, len(tasks))
    if workers > 1:
        tasks = largest_first(tasks)
    return LocalPool(config, workers, options.timeout).imap_unordered(tasks)


# a file LibreOffice converts (.doc, .odt, .xlsx ...) costs its start: about as much as
# a 4 MB PDF
_DOC_COST = 4 << 20
_CONVERTED_SUFFIXES = (".doc", ".odt", ".rtf", ".xlsx", ".xls", ".ods")


def largest_first(tasks: list[Task]) -> list[Task]:
    """The tasks in order of their likely cost, largest first (a file LibreOffice
    converts, then by size), so that no worker is left with a long document while the
    others idle at the end of the run; ties keep the input order."""
    def cost(task: Task) -> int:
        path = task[1]
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        return size + (_DOC_COST if path.suffix.lower() in _CONVERTED_SUFFIXES else 0)

    costs = [cost(t) for t in tasks]
    order = sorted(range(len(tasks)), key=lambda i: -costs[i])
    return [tasks[i] for i in order]


# ---------------------------------------------------------------------------
# The run


class _Run:
    """The bookkeeping of one batch: names, state, JSON files, counts."""

    def __init__(self, out_dir: Path, docs: list[_Doc], state: BatchState, fp: str,
                 on_record: Callable[[Record], None] | None,
                 on_progress: Callable[[BatchProgress], None] | None,
                 progress: BatchProgress) -> None:
        self.out_dir = out_dir
        self.by_key = {doc.key: doc for doc in docs}
        self.state = state
        self.fp = fp
        self.on_record = on_record
        self.on_progress = on_progress
        self.progress = progress
        self.started = time.monotonic()
        self.finished: dict[str, Record] = {}

    def stamp(self, doc: _Doc, record: Record) -> Record:
        record.document = doc.document
        record.source = str(doc.paths[0])
        record.paths = [str(p) for p in doc.paths]
        if not doc.key.startswith(UNREADABLE):
            record.sha256 = doc.key
        return record

    def json_path(self, doc: _Doc) -> Path:
        return self.out_dir / f"{doc.name}.json"

    def resume(self, doc: _Doc, earlier: Record) -> None:
        """A document done by an earlier run: its paths brought up to date."""
        before = earlier.to_dict()
        record = self.stamp(doc, earlier)
        if record.to_dict() != before:
            write_json_atomic(self.json_path(doc), record.to_dict())
            self.state.save(doc.key, doc.name, self.fp, record)
        elif not self.json_path(doc).exists():
            write_json_atomic(self.json_path(doc), record.to_dict())
        self.finished[doc.key] = record
        self.count(record, skipped=True)

    def finish(self, key: str, record: Record) -> None:
        doc = self.by_key[key]
        record = self.stamp(doc, record)
        data = record.to_dict()
        write_json_atomic(self.json_path(doc), data)  # first the file ...
        self.state.save(doc.key, doc.name, self.fp, record, data)  # ... then it counts
        self.finished[key] = record
        if self.on_record is not None:
            self.on_record(record)
        self.count(record, skipped=False)

    def count(self, record: Record, skipped: bool) -> None:
        p = self.progress
        self.progress = replace(
            p, done=p.done + (not skipped), skipped=p.skipped + skipped,
            errors=p.errors + record.error, elapsed=time.monotonic() - self.started)
        if self.on_progress is not None:
            self.on_progress(self.progress)


def run_batch(paths: Iterable[str | Path], out_dir: Path, settings: Settings | None = None,
              on_record: Callable[[Record], None] | None = None,
              dataset: bool = True, options: BatchOptions | None = None,
              on_progress: Callable[[BatchProgress], None] | None = None) -> BatchSummary:
    """Extract every input (folders are searched recursively) into ``out_dir``:
    ``<name>.json`` per document as soon as it is done, then ``ppf.sqlite`` and the
    CSV tables. Every document becomes a record or an error record; see the module
    docstring for identity, isolation, resume and the lock. Raises OutputInUse when
    another run holds ``out_dir``."""
    options = (options or BatchOptions()).resolve()
    if not dataset:
        options = replace(options, dataset=False)
    settings = (settings or Settings()).resolve()
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"the output folder {out_dir} is a file")
    out_dir.mkdir(parents=True, exist_ok=True)
    with OutputLock(out_dir):
        return _locked_run(paths, out_dir, settings, options, on_record, on_progress)


def _locked_run(paths: Iterable[str | Path], out_dir: Path, settings: Settings,
                options: BatchOptions, on_record: Callable[[Record], None] | None,
                on_progress: Callable[[BatchProgress], None] | None) -> BatchSummary:
    from . import __version__

    started = time.monotonic()
    leftovers = remove_leftovers(out_dir)
    remove_stale_tmp()
    files, docs = identify(walk_inputs(paths, exclude=[out_dir]))
    fp = fingerprint(settings, options.task, __version__)
    config = WorkerConfig(settings=settings, max_memory_mb=options.max_memory_mb,
                          timeout=options.timeout, task=options.task,
                          sys_path=_import_paths(),
                          log_level=logging.getLogger("ppfextract").getEffectiveLevel())
    progress = BatchProgress(total=len(docs), duplicates=files - len(docs))
    removed: list[str] = []
    with BatchState(out_dir / DB_NAME) as state:
        if not options.resume:
            removed = _remove_previous(out_dir, state, {d.key for d in docs})
            state.clear()
        earlier = state.load(fp) if options.resume else {}
        retry = {k for k, done in earlier.items() if done.record.error_code in RUN_CAUSED}
        assign_names(docs, state.names())
        run = _Run(out_dir, docs, state, fp, on_record, on_progress, progress)
        if on_progress is not None:
            on_progress(progress)
        tasks: list[Task] = []
        for doc in docs:
            if doc.key in earlier and doc.key not in retry:
                run.resume(doc, earlier[doc.key].record)
            elif doc.failure is not None:
                run.finish(doc.key, doc.failure)
            else:
                tasks.append((doc.key, doc.paths[0]))
        log.info("%d files, %d documents, %d done before, %d to do (%d again)", files,
                 len(docs), len(docs) - len(tasks), len(tasks), len(retry))
        for key, record in _runner(options, config, tasks):
            run.finish(key, record)
        rows = [(d.key, d.name, fp, run.finished[d.key]) for d in docs]

    summary = _summarise(files, docs, run)
    summary.outputs = [run.json_path(d) for d in docs]
    summary.retried = len(retry & {d.key for d in docs})
    summary.removed = removed
    summary.leftovers = leftovers
    names = {f"{d.name}.json" for d in docs}
    summary.stale = sorted(p.name for p in out_dir.glob("*.json")
                           if p.name not in names and not p.name.startswith("."))
    if options.dataset:
        summary.outputs.extend(write_dataset(summary.records, out_dir))
        _keep_state(out_dir / DB_NAME, rows)
    summary.elapsed = time.monotonic() - started
    return summary


TEMP_PATTERNS = (".tmp-*.json", ".*.tmp")  # write_json_atomic's, atomic_path's


def remove_leftovers(out_dir: Path) -> int:
    """Remove the temporary files a killed run left in ``out_dir`` (only call with the
    folder's lock held: another run's files in flight look the same)."""
    count = 0
    for pattern in TEMP_PATTERNS:
        for path in out_dir.glob(pattern):
            if path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
                count += 1
    return count


def _remove_previous(out_dir: Path, state: BatchState, keys: set[str]) -> list[str]:
    """Remove the JSON records the previous run into ``out_dir`` wrote for documents
    this run does not have; their names."""
    removed = []
    for key, (name, _) in sorted(state.names().items()):
        path = out_dir / f"{name}.json"
        if key not in keys and path.is_file():
            path.unlink()
            removed.append(path.name)
    return removed


def iter_records(paths: Iterable[str | Path], settings: Settings | None = None,
                 options: BatchOptions | None = None, dedup: bool = True,
                 on_progress: Callable[[BatchProgress], None] | None = None
                 ) -> Iterator[Record]:
    """Records for the inputs, in input order, without writing anything: what
    :func:`ppfextract.extract_many` runs. With ``dedup`` files of the same content are
    one record listing every path (as :func:`run_batch`); without it, one record per
    file. ``options`` give the workers and their limits (``resume``, ``dataset`` and
    ``dask`` aside)."""
    options = (options or BatchOptions(workers=0)).resolve()
    settings = (settings or Settings()).resolve()
    started = time.monotonic()
    inputs = list(walk_inputs(paths))
    if dedup:
        files, docs = identify(inputs)
    else:
        files = len(inputs)
        docs = []
        for i, (path, skipped) in enumerate(inputs):
            key, failure = _identify(path, skipped)
            docs.append(_Doc(f"{i}:{key}", [path], failure=failure))
    config = WorkerConfig(settings=settings, max_memory_mb=options.max_memory_mb,
                          timeout=options.timeout, task=options.task,
                          sys_path=_import_paths(),
                          log_level=logging.getLogger("ppfextract").getEffectiveLevel())
    progress = BatchProgress(total=len(docs), duplicates=files - len(docs))
    if on_progress is not None:
        on_progress(progress)
    ready: dict[str, Record] = {}

    def settle(doc: _Doc, record: Record) -> None:
        nonlocal progress
        record.paths = [str(p) for p in doc.paths] if dedup else []
        record.source = str(doc.paths[0])
        ready[doc.key] = record
        progress = replace(progress, done=progress.done + 1,
                           errors=progress.errors + record.error,
                           elapsed=time.monotonic() - started)
        if on_progress is not None:
            on_progress(progress)

    by_key = {d.key: d for d in docs}
    tasks: list[Task] = []
    for doc in docs:
        if doc.failure is not None:
            settle(doc, doc.failure)
        else:
            tasks.append((doc.key, doc.paths[0]))
    results = _runner(replace(options, dask=None), config, tasks)
    for doc in docs:
        while doc.key not in ready:
            key, record = next(results)
            settle(by_key[key], record)
        yield ready.pop(doc.key)


def _import_paths() -> tuple[str, ...]:
    import sys

    return tuple(p for p in sys.path if p and os.path.isdir(p))


def _summarise(files: int, docs: list[_Doc], run: _Run) -> BatchSummary:
    records = [run.finished[d.key] for d in docs]
    summary = BatchSummary(files=files, documents=len(docs), duplicates=files - len(docs),
                           skipped=run.progress.skipped, records=records)
    for record in records:
        if record.error:
            summary.errors[record.error_code or "error"] += 1
        elif record.has_return:
            summary.returns_found += 1
    return summary


def _keep_state(db: Path, rows: list[tuple[str, str, str, Record]]) -> None:
    """If writing the dataset replaced the database file, put the state back."""
    state = BatchState(db)
    if not state.exists():
        with state:
            state.save_many(rows)


def write_dataset(records: list[Record], out_dir: Path) -> list[Path]:
    """The combined dataset: ppf.sqlite plus one CSV per table, and the metadata that
    explains it to Datasette (``datasette/metadata.json``)."""
    from .output.csv import write_csv
    from .output.datasette import write_metadata
    from .output.sqlite import write_sqlite

    db = out_dir / DB_NAME
    write_sqlite(records, db)
    return [db, *write_csv(records, out_dir), write_metadata(out_dir)]


def summary_dict(summary: BatchSummary) -> dict[str, Any]:
    """The summary as plain data (for logs and JSON reports)."""
    return {
        "files": summary.files, "documents": summary.documents,
        "duplicates": summary.duplicates, "skipped": summary.skipped,
        "returns_found": summary.returns_found, "errors": dict(sorted(summary.errors.items())),
        "retried": summary.retried, "removed": summary.removed, "stale": summary.stale,
        "elapsed_seconds": round(summary.elapsed, 3),
    }
