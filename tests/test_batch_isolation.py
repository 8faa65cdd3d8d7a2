"""Worker isolation: a hang, a crash or running out of memory costs one document."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from ppfextract.batch import BatchOptions, run_batch
from ppfextract.record import Record
from ppfextract.settings import Settings
from ppfextract.worker import IsolatedWorker, WorkerConfig, describe_exit, extract_task

from .conftest import DATA

FAULTY = "tests.test_batch_isolation:faulty_task"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="worker isolation is POSIX only")


def faulty_task(path: Path, settings: Settings) -> Record:
    """The real task, except for files whose name asks for trouble."""
    name = path.name
    if name.startswith("once-"):  # misbehaves the first time only (a marker file remembers)
        marker = path.with_suffix(".tried")
        if not marker.exists():
            marker.write_text("1")
            name = name.removeprefix("once-")
    if name.startswith("slow"):
        time.sleep(float(os.environ.get("PPF_TEST_SLOW", "3")))
    if name.startswith("term"):
        os.kill(os.getpid(), signal.SIGTERM)
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("segfault"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if name.startswith("exit"):
        os._exit(7)
    if name.startswith("killed"):
        os.kill(os.getpid(), signal.SIGKILL)
    if name.startswith("hog"):
        hog = bytearray(8 << 30)  # far over the memory limit: MemoryError
        return Record(document=str(len(hog)))
    if name.startswith("spawn"):  # starts a helper (as LibreOffice is), makes a temp file
        helper = subprocess.Popen(["sleep", "3600"])
        with tempfile.NamedTemporaryFile("w", prefix="spawned-", delete=False) as fh:
            fh.write("x")
        path.with_suffix(".pids").write_text(f"{helper.pid} {fh.name}")
        time.sleep(3600)
    if name.startswith("print"):
        print("noise on stdout from a C library")
        os.write(1, b"raw noise on fd 1\n")
    return extract_task(path, settings)


def troublemakers(folder: Path) -> Path:
    folder.mkdir()
    for i, name in enumerate(["hang.html", "segfault.html", "exit.html", "killed.html",
                              "hog.html", "print.html"]):
        (folder / name).write_text(
            f"<html><body><p>Council: Sefton MBC</p><p>Paper {i}</p></body></html>")
    for i in range(3):
        (folder / f"good-{i}.html").write_text(
            f"<html><body><p>Council: Oxfordshire County Council</p><p>Item {i}</p></body></html>")
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_every_failure_is_an_error_record_and_the_run_goes_on(tmp_path, workers):
    folder = troublemakers(tmp_path / "in")
    started = time.monotonic()
    summary = run_batch([folder], tmp_path / "out", Settings(facts=False),
                        options=BatchOptions(workers=workers, timeout=3, max_memory_mb=1024,
                                             task=FAULTY))
    elapsed = time.monotonic() - started
    by_name = {Path(r.source or "").stem: r for r in summary.records}
    assert by_name["hang"].error_code == "timeout"
    assert "longer than 3 s" in (by_name["hang"].message or "")
    assert by_name["segfault"].error_code == "worker_crashed"
    assert "SIGSEGV" in (by_name["segfault"].message or "")
    assert by_name["exit"].error_code == "worker_crashed"
    assert "status 7" in (by_name["exit"].message or "")
    assert by_name["killed"].error_code == "out_of_memory"
    assert "SIGKILL" in (by_name["killed"].message or "")
    assert by_name["hog"].error_code == "out_of_memory"
    assert "1024 MB" in (by_name["hog"].message or "")
    assert by_name["print"].error is False and by_name["print"].council == "Sefton"
    for i in range(3):
        assert by_name[f"good-{i}"].council == "Oxfordshire"
    assert summary.errors == {"timeout": 1, "worker_crashed": 2, "out_of_memory": 2}
    assert elapsed < 30
    assert (tmp_path / "out" / "hang.json").is_file()


def test_a_worker_that_cannot_start_is_a_clean_error(tmp_path):
    from ppfextract.errors import PPFExtractError

    (tmp_path / "a.html").write_text("<p>x</p>")
    with pytest.raises(PPFExtractError, match="failed to start"):
        run_batch([tmp_path / "a.html"], tmp_path / "out",
                  options=BatchOptions(workers=1, task="no_such_module:task"))


def test_one_worker_runs_one_document_with_a_deadline(tmp_path):
    folder = troublemakers(tmp_path / "in")
    worker = IsolatedWorker(WorkerConfig(Settings(facts=False), task=FAULTY), timeout=2)
    try:
        assert worker.run_one("k1", folder / "good-0.html").council == "Oxfordshire"
        pid = worker.proc.pid if worker.proc else None
        assert worker.run_one("k2", folder / "hang.html").error_code == "timeout"
        assert worker.run_one("k3", folder / "good-1.html").council == "Oxfordshire"
        assert worker.proc is not None and worker.proc.pid != pid  # replaced
    finally:
        worker.close()
    assert worker.proc is None


def test_the_default_task_tells_out_of_memory_apart(tmp_path, monkeypatch):
    import ppfextract.api as api

    def boom(path, settings=None):
        raise MemoryError

    monkeypatch.setattr(api, "extract", boom)
    with pytest.raises(MemoryError):
        extract_task(DATA / "bad" / "no-tables-minutes.html", Settings())


def test_exit_descriptions():
    assert describe_exit(-signal.SIGKILL, 512)[0] == "out_of_memory"
    assert "512 MB" in describe_exit(-signal.SIGKILL, 512)[1]
    assert describe_exit(-signal.SIGABRT, None) == (
        "worker_crashed", "the worker process crashed (SIGABRT)")
    assert describe_exit(1, None)[0] == "worker_crashed"


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_gone(pid: int, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _alive(pid)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_killed_worker_takes_what_it_started_with_it(tmp_path, monkeypatch):
    """Issue 13 item 7: a worker stopped at its time limit left its helper process
    (LibreOffice, 250 MB) running and its temporary files behind."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    (tmp_path / "in").mkdir()
    doc = tmp_path / "in" / "spawn.html"
    doc.write_text("<p>x</p>")
    summary = run_batch([doc], tmp_path / "out", Settings(facts=False),
                        options=BatchOptions(workers=1, timeout=5, task=FAULTY))
    assert summary.records[0].error_code == "timeout"
    pid, temp = doc.with_suffix(".pids").read_text().split()
    try:
        assert _wait_gone(int(pid), 5.0), "the helper outlived its worker"
    finally:
        with contextlib.suppress(OSError):
            os.kill(int(pid), signal.SIGKILL)
    assert not Path(temp).exists()
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_killed_run_takes_its_workers_helpers_with_it(tmp_path):
    """The run itself is killed (SIGKILL): its workers notice and stop what they
    started, and remove their temporary folders."""
    (tmp_path / "tmp").mkdir()
    (tmp_path / "in").mkdir()
    doc = tmp_path / "in" / "spawn.html"
    doc.write_text("<p>x</p>")
    code = ("import sys; from ppfextract.batch import BatchOptions, run_batch; "
            f"run_batch([{str(doc)!r}], {str(tmp_path / 'out')!r}, "
            f"options=BatchOptions(workers=1, timeout=600, task={FAULTY!r}))")
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
    run = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).parents[1],
                           env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not doc.with_suffix(".pids").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        pid, temp = doc.with_suffix(".pids").read_text().split()
        run.kill()
        run.wait()
        assert _wait_gone(int(pid)), "the helper outlived the run"
        deadline = time.monotonic() + 10
        while list((tmp_path / "tmp").iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not Path(temp).exists()
        assert list((tmp_path / "tmp").iterdir()) == []
    finally:
        if run.poll() is None:
            run.kill()
        with contextlib.suppress(Exception):
            os.kill(int(doc.with_suffix(".pids").read_text().split()[0]), signal.SIGKILL)
