"""Process isolation: each document is parsed in a child process that can be killed.

A :class:`IsolatedWorker` is one child (``python -m ppfextract.worker``) that
parses one document at a time. The parent sends it tasks and waits for the answer
with a deadline; a child that runs past its deadline is killed, one that dies
(a crash in a C library, the kernel's OOM killer) is noticed by the end of its
pipe, and either way the document becomes an error record and the worker is
replaced. Inside the child ``resource.setrlimit(RLIMIT_AS)`` caps memory, so a
runaway allocation raises ``MemoryError`` there instead of taking the machine.

Each child leads its own process group and has its own temporary folder (``TMPDIR``):
whatever it starts (LibreOffice for a ``.doc``) is in that group and writes there, so
killing a child kills the group and removing the folder removes every temporary file.
A child whose parent dies does the same to itself. Being in its own group also keeps a
Ctrl-C at the terminal away from the children: only the parent is interrupted, and it
stops them.

:class:`LocalPool` runs many workers on this machine; :func:`dask_extract` is
the task a Dask cluster runs (each Dask worker thread keeps its own isolated
child, so the guarantees are the same on a cluster).

The child is started with :mod:`subprocess` (not :mod:`multiprocessing`), so it
works from inside daemonic processes such as Dask workers. Messages are
length-prefixed pickles over the child's stdin and a private copy of its stdout;
the child's file descriptor 1 is pointed at stderr so stray prints from C
libraries cannot corrupt the protocol. POSIX only (Linux, macOS).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import pickle
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait as _wait_fds
from pathlib import Path
from typing import IO, Any

from .errors import PPFExtractError
from .record import Record
from .settings import Settings

log = logging.getLogger(__name__)

DEFAULT_TASK = "ppfextract.worker:extract_task"
STARTUP_TIMEOUT = 120.0  # seconds for a new child to import the readers
_HEADER = struct.Struct("!Q")
_MAX_FRAME = 1 << 31

TaskFn = Callable[[Path, Settings], Record]


@dataclass(frozen=True)
class WorkerConfig:
    """What every child needs: the settings, the memory cap and the task to run."""

    settings: Settings
    max_memory_mb: int | None = None
    task: str = DEFAULT_TASK  # "module:function", called as function(path, settings) -> Record
    sys_path: tuple[str, ...] = ()  # extra import paths (tests inject tasks this way)
    log_level: int = logging.WARNING
    timeout: float | None = None  # seconds per document (LibreOffice gets the same)


# ---------------------------------------------------------------------------
# Framing


def write_frame(fh: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(_HEADER.pack(len(data)) + data)
    fh.flush()


def _read_exact(fd: int, n: int) -> bytes:
    chunks: list[bytes] = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError("pipe closed")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int) -> Any:
    (size,) = _HEADER.unpack(_read_exact(fd, _HEADER.size))
    if size > _MAX_FRAME:
        raise EOFError("corrupt frame")
    return pickle.loads(_read_exact(fd, size))


# ---------------------------------------------------------------------------
# The child


def extract_task(path: Path, settings: Settings) -> Record:
    """The default task: :func:`ppfextract.extract_safe`, with running out of memory
    told apart from other failures."""
    from .api import extract_safe

    record = extract_safe(path, settings)
    if record.error_code == "out_of_memory":
        raise MemoryError(record.message)
    return record


def load_task(spec: str) -> TaskFn:
    """The task a worker runs, from its "module:function" name."""
    module, _, name = spec.partition(":")
    fn: TaskFn = getattr(importlib.import_module(module), name)
    return fn


def _limit_memory(max_memory_mb: int | None) -> None:
    if not max_memory_mb:
        return
    try:
        import resource

        limit = max_memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        # the soft limit only: LibreOffice, started from here, is held to the same
        # number as resident memory (readers/doc.py), not as address space
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError) as exc:  # not enforceable here (e.g. macOS)
        log.info("memory limit not applied: %s", exc)


def _watch_parent() -> None:
    """Exit when the parent goes away (it was killed; nobody will read our answer),
    taking our temporary folder and our process group (LibreOffice) with us."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                _remove_own_tmp()
                if os.getpgrp() == os.getpid():
                    with contextlib.suppress(OSError):
                        os.killpg(os.getpid(), signal.SIGKILL)
                os._exit(3)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


TMP_PREFIX = "ppfextract-worker-"


def _remove_own_tmp() -> None:
    tmp = os.environ.get("TMPDIR", "")
    if os.path.basename(tmp).startswith(TMP_PREFIX):
        shutil.rmtree(tmp, ignore_errors=True)


def remove_stale_tmp(root: str | None = None) -> int:
    """Remove worker temporary folders left by runs killed before they could clean up
    (their process no longer exists); how many were removed."""
    root = root or tempfile.gettempdir()
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(root):
            if not entry.name.startswith(TMP_PREFIX) or not entry.is_dir(follow_symlinks=False):
                continue
            pid = entry.name[len(TMP_PREFIX):].split("-")[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _child_main() -> int:
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to stderr, not into the protocol
    sys.stdout = sys.stderr
    in_fd = sys.stdin.fileno()
    try:
        config: WorkerConfig = read_frame(in_fd)
    except EOFError:
        return 0
    _watch_parent()
    logging.basicConfig(level=config.log_level, stream=sys.stderr,
                        format=f"%(levelname)s worker {os.getpid()} %(name)s: %(message)s")
    sys.path.extend(p for p in config.sys_path if p not in sys.path)
    task = load_task(config.task)
    task_settings = config.settings.resolve()
    from .readers.doc import set_limits

    set_limits(config.timeout, config.max_memory_mb)
    _limit_memory(config.max_memory_mb)
    write_frame(out, ("ready", os.getpid()))
    while True:
        try:
            task_id, path = read_frame(in_fd)
        except EOFError:
            return 0
        fatal = False
        try:
            reply: tuple[Any, ...] = ("done", task_id, task(Path(path), task_settings).to_dict())
        except MemoryError as exc:
            fatal = True
            text = str(exc) or "ran out of memory"
            if config.max_memory_mb and f"{config.max_memory_mb} MB" not in text:
                text += f" (limit {config.max_memory_mb} MB)"
            reply = ("failed", task_id, "out_of_memory", text)
        except BaseException as exc:  # the task must never kill the worker
            reply = ("failed", task_id, "internal_error", f"unexpected {type(exc).__name__}: {exc}")
        write_frame(out, reply)
        if fatal:  # the heap may be in a bad state: let the parent start a fresh worker
            return 0


# ---------------------------------------------------------------------------
# The parent's handle on one child


class WorkerDied(Exception):
    """The child exited or closed its pipe."""


def describe_exit(returncode: int | None, max_memory_mb: int | None) -> tuple[str, str]:
    """(error_code, message) for a child that died with ``returncode``."""
    if returncode is not None and returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        if -returncode in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
            return ("interrupted", f"the worker process was stopped ({name}) before it "
                                   "finished; run again (--resume) to retry")
        if -returncode == signal.SIGKILL:
            limit = f" (limit {max_memory_mb} MB)" if max_memory_mb else ""
            return ("out_of_memory",
                    f"the worker process was killed ({name}), most likely out of memory{limit}")
        return "worker_crashed", f"the worker process crashed ({name})"
    return "worker_crashed", f"the worker process exited unexpectedly (status {returncode})"


class IsolatedWorker:
    """One child process, one document at a time."""

    def __init__(self, config: WorkerConfig, timeout: float | None = None) -> None:
        self.config = config
        self.timeout = timeout  # seconds per document; None = no limit
        self.proc: subprocess.Popen[bytes] | None = None
        self.tmp: str | None = None  # the child's TMPDIR
        self.ready = False
        self.started_at = 0.0
        self.task: tuple[Any, Path] | None = None  # (key, path) being parsed
        self.deadline: float | None = None

    # life cycle

    def start(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{os.getpid()}-")
        env = dict(os.environ, TMPDIR=self.tmp)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ppfextract.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0, close_fds=True,
            start_new_session=True, env=env)
        self.ready = False
        self.task = None
        self.deadline = None
        self.started_at = time.monotonic()
        assert self.proc.stdin is not None
        try:
            write_frame(self.proc.stdin, self.config)
        except OSError:
            pass  # noticed as a dead worker on the first read

    def fileno(self) -> int:
        assert self.proc is not None and self.proc.stdout is not None
        return self.proc.stdout.fileno()

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> int | None:
        """Stop the child and everything it started now; remove its temporary folder;
        its exit status."""
        proc, self.proc = self.proc, None
        self.ready = False
        if proc is None:
            return None
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        # the child leads its own group: LibreOffice and the like go with it
        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
        status = proc.wait()
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None
        return status

    def end_input(self) -> None:
        """Tell the child no more tasks are coming (it exits); :meth:`close` reaps it."""
        if self.proc is not None and self.proc.stdin is not None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()

    def close(self, grace: float = 2.0) -> None:
        """Ask the child to finish (end of its input), then make sure it has."""
        if self.proc is None:
            return
        try:
            if self.proc.stdin is not None and not self.proc.stdin.closed:
                self.proc.stdin.close()
            self.proc.wait(timeout=grace)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()

    def restart(self) -> None:
        self.kill()
        self.start()

    # messages

    def receive(self) -> Any:
        """The next message (blocks). Raises WorkerDied with the exit status."""
        try:
            return read_frame(self.fileno())
        except (EOFError, OSError, pickle.UnpicklingError, AssertionError) as exc:
            proc = self.proc
            status = None
            if proc is not None:
                try:
                    status = proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    status = None
            self.kill()
            raise WorkerDied(status) from exc

    def send(self, key: Any, path: Path) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        self.task = (key, path)
        self.deadline = time.monotonic() + self.timeout if self.timeout else None
        try:
            write_frame(self.proc.stdin, (key, str(path)))
        except OSError:
            pass  # the child is gone; the read says how

    def wait_ready(self) -> None:
        """Block until a freshly started child has imported everything."""
        if self.ready:
            return
        ready = wait([self], timeout=STARTUP_TIMEOUT)
        if not ready:
            self.kill()
            raise PPFExtractError("a worker process did not start within "
                                  f"{STARTUP_TIMEOUT:.0f} s")
        self._handshake()

    def _handshake(self) -> None:
        try:
            message = self.receive()
        except WorkerDied as exc:
            raise PPFExtractError(
                "a worker process failed to start (is ppfextract importable by "
                f"{sys.executable}? see the messages above); exit status {exc.args[0]}"
            ) from None
        if message[0] != "ready":
            self.kill()
            raise PPFExtractError(f"a worker process said {message[0]!r} instead of ready")
        self.ready = True

    def run_one(self, key: Any, path: Path) -> Record:
        """Parse one document with a deadline; a fresh child replaces a lost one."""
        if not self.alive:
            self.start()
        self.wait_ready()
        self.send(key, path)
        ready = wait([self], timeout=self.timeout)
        if not ready:
            return self.timed_out()
        return self.collect()

    def collect(self) -> Record:
        """The record for the task in hand, after its answer (or death) is readable."""
        assert self.task is not None
        key, path = self.task
        try:
            message = self.receive()
        except WorkerDied as exc:
            code, text = describe_exit(exc.args[0], self.config.max_memory_mb)
            self.task = None
            return Record.from_error(path.stem, str(path), code, text)
        self.task = None
        self.deadline = None
        if message[0] == "done":
            return Record.from_dict(message[2])
        _, _, code, text = message
        if code == "out_of_memory":
            self.kill()  # the child exits by itself; do not reuse it
        return Record.from_error(path.stem, str(path), code, text)

    def timed_out(self) -> Record:
        assert self.task is not None
        _, path = self.task
        self.kill()
        self.task = None
        self.deadline = None
        return Record.from_error(path.stem, str(path), "timeout",
                                 f"parsing took longer than {self.timeout:g} s; "
                                 "the worker was stopped")


# ---------------------------------------------------------------------------
# Many workers on this machine


class LocalPool:
    """``workers`` isolated children; results come back as each document finishes."""

    def __init__(self, config: WorkerConfig, workers: int, timeout: float | None) -> None:
        if workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.config = config
        self.timeout = timeout
        self.workers = [IsolatedWorker(config, timeout) for _ in range(workers)]

    def imap_unordered(self, tasks: Iterable[tuple[Any, Path]]) -> Iterator[tuple[Any, Record]]:
        """(key, record) for every (key, path), in the order they finish."""
        queue = deque(tasks)
        try:
            for w in self.workers[: max(1, len(queue))]:
                w.start()
            yield from self._loop(queue)
        finally:
            for w in self.workers:
                w.close()

    def _loop(self, queue: deque[tuple[Any, Path]]) -> Iterator[tuple[Any, Record]]:
        while True:
            for w in self.workers:
                if w.ready and w.task is None and queue:
                    w.send(*queue.popleft())
            watching = [w for w in self.workers if w.proc is not None]
            busy = [w for w in watching if w.task is not None]
            if not queue and not busy:
                return
            readable = wait(watching, timeout=self._next_wait(watching))
            for w in readable:
                assert isinstance(w, IsolatedWorker)
                if not w.ready:
                    w._handshake()
                    continue
                if w.task is None:  # a message nobody asked for: the child is dying
                    w.kill()
                else:
                    key = w.task[0]
                    record = w.collect()
                    if not queue:
                        w.end_input()  # nothing left for it: let it exit while we go on
                    yield key, record
                if w.proc is None and queue:
                    w.start()
            now = time.monotonic()
            for w in self.workers:
                if w.task is not None and w.deadline is not None and now >= w.deadline:
                    key = w.task[0]
                    yield key, w.timed_out()
                    if queue:
                        w.start()
                elif not w.ready and w.proc is not None \
                        and now - w.started_at > STARTUP_TIMEOUT:
                    w.kill()
                    raise PPFExtractError("a worker process did not start within "
                                          f"{STARTUP_TIMEOUT:.0f} s")

    def _next_wait(self, watching: list[IsolatedWorker]) -> float:
        now = time.monotonic()
        waits = [w.deadline - now for w in watching if w.deadline is not None]
        waits += [w.started_at + STARTUP_TIMEOUT - now for w in watching if not w.ready]
        return max(0.0, min(waits)) if waits else 1.0


# ---------------------------------------------------------------------------
# Dask: the same isolation inside each Dask worker thread

_local = threading.local()


def dask_extract(key: Any, path: str, config: WorkerConfig,
                 timeout: float | None) -> dict[str, Any]:
    """The task a Dask cluster runs: one document in this thread's isolated child."""
    worker: IsolatedWorker | None = getattr(_local, "worker", None)
    if worker is None or worker.config != config:
        if worker is not None:
            worker.close()
        worker = IsolatedWorker(config, timeout)
        _local.worker = worker
    worker.timeout = timeout
    return worker.run_one(key, Path(path)).to_dict()


if __name__ == "__main__":  # pragma: no cover - the child's entry point
    code = _child_main()
    # every answer is written and flushed: skip the interpreter's teardown (tens of ms
    # of freeing modules) that the parent would otherwise wait for
    sys.stderr.flush()
    os._exit(code)


def wait(workers: list[IsolatedWorker], timeout: float | None) -> list[IsolatedWorker]:
    """multiprocessing's wait() over workers (each has a fileno()), typed."""
    ready = _wait_fds(workers, timeout=timeout)  # type: ignore[arg-type]
    return [w for w in workers if w in ready]
