"""Runs a newsroom can trust (issue 13, items 2, 4, 5, 6, 9, 10 and the usage errors).

Each test reproduces a problem found by trying ppfextract as a new user would, under
kills and concurrent runs; each failed before its fix.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

import pytest

from ppfextract.batch import BatchOptions, run_batch
from ppfextract.cli import main
from ppfextract.errors import OutputInUse
from ppfextract.settings import Settings

from .conftest import CORPUS, DATA, GOLD, ROOT

FAST = Settings(facts=False)
INLINE = BatchOptions(workers=0)
FAULTY = "tests.test_batch_isolation:faulty_task"
RETURNS = ("sefton-2011-02-16.docx", "sefton-2011-02-16-web.html",
           "oxfordshire-asc-scrutiny-2010-02.html")
posix = pytest.mark.skipif(os.name != "posix", reason="POSIX only")


def three_documents(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in RETURNS:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def rows(out: Path, table: str = "documents") -> int:
    with closing(sqlite3.connect(out / "ppf.sqlite")) as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def json_names(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob("*.json"))


# ---------------------------------------------------------------------------
# Item 2: --out inside an input folder


def test_an_output_folder_inside_the_input_is_not_read(tmp_path, capsys):
    """3 documents became 7 (three bogus 'returns': the report's evidence pages)."""
    inputs = three_documents(tmp_path / "papers")
    out = inputs / "out"
    argv = ["extract", str(inputs), "--out", str(out), "--workers", "0", "--no-facts",
            "--quiet"]
    assert main(argv) == 0
    assert main(["report", str(out)]) == 0
    assert list(out.rglob("*.html"))  # the report's pages are there to be found
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("3 documents, ")
    assert rows(out) == 3 and len(json_names(out)) == 3


# ---------------------------------------------------------------------------
# Item 4: two runs into one output folder


@posix
def test_a_second_run_into_a_busy_output_folder_is_refused(tmp_path, capsys):
    """Two runs at once into one --out gave 224 JSON files and 120 rows."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "slow.html").write_text("<p>Council: Sefton MBC</p>")
    out = tmp_path / "out"
    code = ("from ppfextract.batch import BatchOptions, run_batch; "
            f"run_batch([{str(inputs)!r}], {str(out)!r}, "
            f"options=BatchOptions(workers=1, task={FAULTY!r}))")
    first = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, start_new_session=True,
                             env=dict(os.environ, PPF_TEST_SLOW="600"))
    try:
        deadline = time.monotonic() + 60
        lock = out / ".ppfextract.lock"
        while (not lock.exists() or not lock.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        other = three_documents(tmp_path / "other")
        assert main(["extract", str(other), "--out", str(out), "--workers", "0"]) == 2
        err = capsys.readouterr().err
        assert f"is in use by another ppfextract run (process {first.pid} on " in err
        assert len(err.strip().splitlines()) == 1
        with pytest.raises(OutputInUse):
            run_batch([other], out, FAST, options=INLINE)
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    # the kernel dropped the killed run's lock: the folder is usable again
    summary = run_batch([tmp_path / "other"], out, FAST, options=INLINE)
    assert summary.documents == 3 and rows(out) == 3 and len(json_names(out)) == 3


def test_a_run_with_other_inputs_replaces_the_previous_runs_records(tmp_path):
    """The second run's start deleted the first run's state but left its JSON files."""
    out = tmp_path / "out"
    run_batch([three_documents(tmp_path / "a")], out, FAST, options=INLINE)
    b = tmp_path / "b"
    b.mkdir()
    shutil.copy(DATA / "layouts" / "likelihood-by-cell-colour-only.html", b)
    summary = run_batch([b], out, FAST, options=INLINE)
    assert json_names(out) == ["likelihood-by-cell-colour-only.json"]
    assert rows(out) == 1
    assert sorted(summary.removed) == sorted(f"{Path(n).stem}.json" for n in RETURNS)


# ---------------------------------------------------------------------------
# Item 5: temporary files of a killed run


def test_resume_removes_the_temporary_files_of_a_killed_run(tmp_path, capsys):
    """A kill during the JSON or CSV write left .tmp-*.json / .X.csv.*.tmp files that
    --resume never removed, and a 0-byte one made evaluate fail."""
    inputs = three_documents(tmp_path / "in")
    out = tmp_path / "out"
    argv = ["extract", str(inputs), "--out", str(out), "--workers", "0", "--no-facts",
            "--quiet"]
    assert main(argv) == 0
    # what a SIGKILL in the middle of write_json_atomic and atomic_path leaves
    fd, json_tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=out)
    os.close(fd)
    fd, csv_tmp = tempfile.mkstemp(prefix=".documents.csv.", suffix=".tmp", dir=out)
    os.write(fd, b"id,source\n")
    os.close(fd)
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in RETURNS:
        stem = Path(name).stem
        shutil.copy(GOLD / f"{stem}.json", gold)
    capsys.readouterr()
    assert main(["evaluate", str(gold), str(out)]) == 0  # the 0-byte file is not a record
    assert main([*argv, "--resume"]) == 0
    assert "removed 2 temporary files" in capsys.readouterr().out
    assert not Path(json_tmp).exists() and not Path(csv_tmp).exists()


# ---------------------------------------------------------------------------
# Item 6: errors caused by the run are tried again


@posix
def test_resume_retries_errors_caused_by_the_run(tmp_path, monkeypatch):
    """A timeout stayed a timeout even with --resume --timeout 0; so did a document
    whose worker was stopped by a signal. An error caused by the file stays."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("once-slow.html", "once-term.html", "segfault.html", "good.html"):
        (inputs / name).write_text(f"<html><body><p>Council: Sefton MBC</p><p>{name}</p>"
                                   "</body></html>")
    out = tmp_path / "out"
    monkeypatch.setenv("PPF_TEST_SLOW", "30")
    first = run_batch([inputs], out, FAST,
                      options=BatchOptions(workers=1, timeout=5, task=FAULTY))
    codes = {Path(r.source or "").stem: r.error_code for r in first.records}
    assert codes == {"once-slow": "timeout", "once-term": "interrupted",
                     "segfault": "worker_crashed", "good": None}
    again = run_batch([inputs], out, FAST,
                      options=BatchOptions(workers=1, timeout=None, task=FAULTY, resume=True))
    codes = {Path(r.source or "").stem: r.error_code for r in again.records}
    assert codes == {"once-slow": None, "once-term": None, "segfault": "worker_crashed",
                     "good": None}
    assert again.retried == 2 and again.skipped == 2
    assert json.loads((out / "once-slow.json").read_text())["council"] == "Sefton"


# ---------------------------------------------------------------------------
# Item 9: links and special files found in a folder


@posix
def test_links_out_of_the_folder_are_not_followed_and_odd_files_are_counted(tmp_path):
    """A file symlink was followed out of the input tree (/etc/passwd was parsed); a
    FIFO, a dangling link and a link loop were skipped silently, uncounted."""
    secret = tmp_path / "elsewhere" / "secret.html"
    secret.parent.mkdir()
    secret.write_text("<html><body><p>Council: Secretshire County Council</p></body></html>")
    inputs = three_documents(tmp_path / "in")
    os.symlink(secret, inputs / "secret.html")
    os.symlink("/etc/passwd", inputs / "passwd.html")
    os.symlink(inputs / RETURNS[0], inputs / "inside-link.docx")  # inside: followed
    os.symlink(tmp_path / "gone.pdf", inputs / "dangling.pdf")
    os.symlink(inputs / "loop-b.doc", inputs / "loop-a.doc")
    os.symlink(inputs / "loop-a.doc", inputs / "loop-b.doc")
    os.mkfifo(inputs / "pipe.html")
    summary = run_batch([inputs], tmp_path / "out", FAST, options=INLINE)
    assert summary.files == 3 + 7
    assert summary.duplicates == 1  # the link inside the folder is the docx again
    assert summary.errors == {"skipped_input": 6}
    assert not any(r.council == "Secretshire" for r in summary.records)
    messages = {Path(r.source or "").name: r.message for r in summary.records if r.error}
    assert messages["secret.html"] == (f"a symbolic link to {secret}, outside the input "
                                       "folder: not followed")
    assert messages["passwd.html"].startswith("a symbolic link to /etc/passwd, outside")
    assert messages["dangling.pdf"].startswith("a symbolic link to a missing file")
    assert messages["loop-a.doc"] == "a symbolic link loop: not followed"
    assert messages["pipe.html"] == "not a regular file: a named pipe (FIFO)"


# ---------------------------------------------------------------------------
# Item 10: stale records, missing inputs


def test_evaluate_leaves_out_records_not_in_the_dataset(tmp_path, capsys):
    """Stale JSON from an earlier run stayed in --out and evaluate scored it: a
    regression check could pass on old output."""
    inputs = three_documents(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["extract", str(inputs), "--out", str(out), "--workers", "0", "--quiet"]) == 0
    gold = tmp_path / "gold"
    gold.mkdir()
    stale_stem = "sefton-2011-02-16-libreoffice"
    for stem in [*(Path(n).stem for n in RETURNS), stale_stem]:
        shutil.copy(GOLD / f"{stem}.json", gold)
    # an earlier run's perfect record of a document this run does not have
    shutil.copy(GOLD / f"{stale_stem}.json", out / f"{stale_stem}.json")
    capsys.readouterr()
    assert main(["evaluate", str(gold), str(out), "--min-f1", "milestones=1.0"]) == 1
    captured = capsys.readouterr()
    assert f"left out 1 JSON records in {out}/ that are not in its dataset" in captured.err
    assert f"no prediction for 1 of 4 gold records (scored as missed): {stale_stem}" \
        in captured.out
    # and extract names such a file
    assert main(["extract", str(inputs), "--out", str(out), "--workers", "0", "--quiet"]) == 0
    assert (f"note: 1 other JSON files in {out}/ are not from this run (evaluate leaves "
            f"them out): {stale_stem}.json") in capsys.readouterr().out


def test_a_missing_input_is_a_usage_error(tmp_path, capsys):
    """A nonexistent input path exited 0."""
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err == f"ppfextract: error: no such file or folder: {tmp_path / 'nope'}\n"
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------
# Usage errors: one line, status 2, never a traceback


@pytest.mark.parametrize("argv,words", [
    (["extract", "{corpus}/sefton-2011-02-16.docx", "--out", "{file}"], "is a file"),
    (["export", "{out}", "--to", "{file}", "--format", "csv"], "is a file"),
    (["evaluate", "{gold}", "{out}", "--min-f1", "foo=2"], "unknown unit type 'foo'"),
    (["evaluate", "{gold}", "{out}", "--min-f1", "1.5"], "between 0 and 1"),
    (["evaluate", "{gold}", "{out}", "--min-f1", "lots"], "takes a number"),
    (["evaluate", "{empty}", "{out}"], "no gold records"),
    (["evaluate", "{gold}", "{empty}"], "none of the 1 gold records has a prediction"),
    (["evaluate", "{empty}", "{empty}"], "no gold records"),
])
def test_usage_errors_are_one_line_and_status_2(tmp_path, capsys, argv, words):
    out = tmp_path / "out"
    run_batch([CORPUS / "sefton-2011-02-16.docx"], out, FAST, options=INLINE)
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "empty").mkdir()
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / "sefton-2011-02-16.json", gold)
    values = {"corpus": str(CORPUS), "file": str(tmp_path / "a-file"), "out": str(out),
              "gold": str(gold), "empty": str(tmp_path / "empty")}
    capsys.readouterr()
    assert main([a.format(**values) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ppfextract: error: ") and words in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
