"""Batch runs: identity by content, names that never collide, resume, progress, CLI."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

import ppfextract
from ppfextract.batch import BatchOptions, BatchProgress, assign_names, identify, run_batch
from ppfextract.cli import main
from ppfextract.progress import ProgressDisplay, progress_text, summary_lines
from ppfextract.settings import Settings
from ppfextract.state import BatchState

from .conftest import DATA

LAYOUTS = DATA / "layouts"
FAST = Settings(facts=False)
INLINE = BatchOptions(workers=0)


def small_inputs(folder: Path) -> Path:
    """Two returns, one of them twice under another name, and a same-stem clash."""
    folder.mkdir(parents=True, exist_ok=True)
    src = sorted(p for p in LAYOUTS.iterdir() if p.suffix in (".html", ".docx"))[:2]
    shutil.copy(src[0], folder / src[0].name)
    shutil.copy(src[1], folder / src[1].name)
    shutil.copy(src[0], folder / f"copy-of-{src[0].name}")  # a duplicate
    (folder / "sub").mkdir(exist_ok=True)
    other = (folder / "sub" / src[1].name)  # same stem and suffix, different content
    other.write_text("<html><body><p>Licensing committee minutes</p></body></html>")
    return folder


def json_records(out: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))}


def test_same_content_is_one_document_listing_every_path(tmp_path):
    inputs = small_inputs(tmp_path / "in")
    summary = run_batch([inputs], tmp_path / "out", FAST, options=INLINE)
    assert summary.files == 4 and summary.documents == 3 and summary.duplicates == 1
    records = json_records(tmp_path / "out")
    assert len(records) == 3
    dup = [r for r in records.values() if len(r["paths"]) == 2]
    assert len(dup) == 1
    first, second = dup[0]["paths"]
    assert Path(second).name.startswith("copy-of-") and dup[0]["source"] == first
    assert dup[0]["sha256"] == ppfextract.api.file_sha256(Path(first))


def test_same_stem_different_content_never_overwrites(tmp_path):
    inputs = small_inputs(tmp_path / "in")
    run_batch([inputs], tmp_path / "out", FAST, options=INLINE)
    records = json_records(tmp_path / "out")
    stem = sorted(p for p in LAYOUTS.iterdir() if p.suffix in (".html", ".docx"))[1].stem
    clashing = [name for name in records if name.startswith(stem)]
    assert len(clashing) == 2
    assert f"{stem}.json" in clashing  # the first keeps the plain name ...
    suffixed = next(r for n, r in records.items() if n != f"{stem}.json" and n in clashing)
    assert suffixed["document"] == f"{stem}-{suffixed['sha256'][:8]}"  # ... the other a hash
    db = sqlite3.connect(tmp_path / "out" / "ppf.sqlite")
    assert db.execute("select count(*) from documents").fetchone()[0] == 3


def test_names_are_unique_case_insensitively():
    from ppfextract.batch import _Doc

    docs = [_Doc("a" * 64, [Path("x/Report.pdf")]), _Doc("b" * 64, [Path("y/report.docx")]),
            _Doc("c" * 64, [Path("z/report.html")])]
    assign_names(docs, {})
    assert [d.name for d in docs] == ["Report", "report-bbbbbbbb", "report-cccccccc"]
    again = [_Doc("c" * 64, [Path("z/report.html")]), _Doc("a" * 64, [Path("x/Report.pdf")])]
    assign_names(again, {"c" * 64: ("report-cccccccc", "report-cccccccc")})
    assert [d.name for d in again] == ["report-cccccccc", "Report"]


def test_the_same_file_named_twice_is_one_input(tmp_path):
    inputs = small_inputs(tmp_path / "in")
    files, docs = identify([inputs / "sub" / next((inputs / "sub").iterdir()).name,
                            *sorted(inputs.rglob("*.*"))])
    assert files == 4 and len(docs) == 3


def test_resume_skips_what_is_done_and_gives_the_same_dataset(tmp_path):
    inputs = small_inputs(tmp_path / "in")
    full = run_batch([inputs, LAYOUTS], tmp_path / "full", FAST, options=INLINE)

    # kill the run after two documents are saved
    calls = {"n": 0}
    real_save = BatchState.save

    def dying_save(self, *args, **kwargs):
        if calls["n"] == 2:
            raise KeyboardInterrupt
        calls["n"] += 1
        return real_save(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(BatchState, "save", dying_save)
        with pytest.raises(KeyboardInterrupt):
            run_batch([inputs, LAYOUTS], tmp_path / "resumed", FAST, options=INLINE)
    with BatchState(tmp_path / "resumed" / "ppf.sqlite") as state:
        assert len(state.load()) == 2

    seen = []
    resumed = run_batch([inputs, LAYOUTS], tmp_path / "resumed", FAST, on_record=seen.append,
                        options=BatchOptions(workers=0, resume=True))
    assert resumed.skipped == 2 and len(seen) == full.documents - 2
    assert resumed.documents == full.documents and resumed.errors == full.errors
    assert json_records(tmp_path / "resumed") == json_records(tmp_path / "full")
    assert_same_dataset(tmp_path / "full", tmp_path / "resumed")


def assert_same_dataset(a: Path, b: Path) -> None:
    from ppfextract.output.sqlite import read_sqlite_tables

    ta, tb = read_sqlite_tables(a / "ppf.sqlite"), read_sqlite_tables(b / "ppf.sqlite")
    assert ta.keys() == tb.keys()
    for table in ta:
        assert ta[table].equals(tb[table]), table
    for csv in sorted(a.glob("*.csv")):
        assert csv.read_bytes() == (b / csv.name).read_bytes(), csv.name


def test_resume_with_other_settings_does_the_work_again(tmp_path):
    inputs = small_inputs(tmp_path / "in")
    run_batch([inputs], tmp_path / "out", FAST, options=INLINE)
    again = run_batch([inputs], tmp_path / "out", Settings(facts=True),
                      options=BatchOptions(workers=0, resume=True))
    assert again.skipped == 0 and again.documents == 3


def test_a_run_without_resume_starts_afresh(tmp_path):
    inputs = small_inputs(tmp_path / "in")
    run_batch([inputs], tmp_path / "out", FAST, options=INLINE)
    again = run_batch([inputs], tmp_path / "out", FAST, options=INLINE)
    assert again.skipped == 0


def test_state_survives_the_dataset_write(tmp_path):
    inputs = small_inputs(tmp_path / "in")
    run_batch([inputs], tmp_path / "out", FAST, options=INLINE)
    with BatchState(tmp_path / "out" / "ppf.sqlite") as state:
        assert state.exists() and len(state.load()) == 3


def test_a_foreign_file_in_place_of_the_database_is_a_clean_error(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "ppf.sqlite").write_bytes(b"not a database at all" * 100)
    code = main(["extract", str(LAYOUTS), "--out", str(tmp_path / "out"), "--workers", "0"])
    assert code == 2


def test_worker_processes_give_the_same_records_as_in_process(tmp_path):
    inputs = small_inputs(tmp_path / "in")
    run_batch([inputs, DATA / "bad"], tmp_path / "a", FAST, options=INLINE)
    run_batch([inputs, DATA / "bad"], tmp_path / "b", FAST, options=BatchOptions(workers=2))
    assert json_records(tmp_path / "a") == json_records(tmp_path / "b")


def test_extract_many_still_works():
    records = list(ppfextract.extract_many([LAYOUTS], FAST))
    assert len(records) == len([p for p in LAYOUTS.iterdir() if p.suffix != ".json"])


def test_progress_lines_when_not_a_terminal():
    """The first line is always written: it once depended on the machine having been up
    longer than ``interval`` (a fresh CI machine's monotonic clock starts near 0)."""
    out = io.StringIO()
    display = ProgressDisplay(out, tty=False, interval=3600)
    display.update(BatchProgress(total=10, elapsed=0.0))
    display.update(BatchProgress(total=10, done=4, elapsed=1.0))  # within the interval
    display.update(BatchProgress(total=10, done=8, skipped=2, errors=1, elapsed=2.0))
    lines = out.getvalue().splitlines()
    assert lines[0] == "progress: 0/10 documents: done 0, skipped 0, errors 0"
    assert lines[-1].startswith("progress: 10/10 documents: done 8, skipped 2, errors 1")
    assert len(lines) == 2


def test_progress_bar_on_a_terminal():
    bar, out = io.StringIO(), io.StringIO()
    display = ProgressDisplay(bar, tty=True, columns=100)
    display.update(BatchProgress(total=4, done=2, errors=1, duplicates=3, elapsed=1.0))
    display.write("a.docx: Sefton", out)
    display.close()
    drawn = bar.getvalue()
    assert "extract:  50%|" in drawn and "| 2/4 [" in drawn
    assert "1 errors, 3 duplicates" in drawn
    assert out.getvalue() == "a.docx: Sefton\n"
    assert progress_text(BatchProgress(total=1)) == "0/1 documents: done 0, skipped 0, errors 0"


@pytest.mark.parametrize("columns", [30, 40, 60])
def test_the_bar_never_wraps_on_a_narrow_terminal(columns):
    """Issue 13: the bar was a fixed 24 characters plus a long text, so on a narrow
    terminal each redraw wrapped onto a new line and the display smeared."""
    bar = io.StringIO()
    display = ProgressDisplay(bar, tty=True, columns=columns)
    for done in range(0, 2001, 100):
        display.update(BatchProgress(total=2000, done=done, errors=done // 10, skipped=0,
                                     duplicates=512, elapsed=1.0 + done))
    display.close()
    frames = [f for f in bar.getvalue().replace("\n", "\r").split("\r") if f]
    assert len(frames) > 5
    assert max(len(f) for f in frames) <= columns


def test_summary_gives_errors_by_cause(tmp_path):
    summary = run_batch([DATA / "bad"], tmp_path, FAST, options=INLINE, dataset=False)
    lines = summary_lines(summary, "out")
    assert lines[0].startswith(f"{summary.documents} documents, ")
    assert "empty_document: 1" in lines[0] and "unsupported_format" in lines[0]
    assert f"{summary.files} files: {summary.duplicates} duplicates" in lines[1]
    assert not (tmp_path / "ppf.sqlite").exists() or "documents" not in _tables(tmp_path)


def _tables(out: Path) -> set[str]:
    con = sqlite3.connect(out / "ppf.sqlite")
    return {r[0] for r in con.execute("select name from sqlite_master where type='table'")}


def test_cli_batch_options(tmp_path, capsys):
    inputs = small_inputs(tmp_path / "in")
    args = ["extract", str(inputs), "--out", str(tmp_path / "out"), "--no-facts",
            "--workers", "1", "--timeout", "60", "--max-memory", "1G"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "3 documents" in captured.out and "4 files: 1 duplicates" in captured.out
    assert "progress: 3/3 documents" in captured.err
    assert main([*args, "--resume", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "3 documents done before (resumed)" in captured.out
    assert captured.err == ""


@pytest.mark.parametrize("text,mb", [("512M", 512), ("4G", 4096), ("2048", 2048),
                                     ("1.5g", 1536), ("64MB", 64)])
def test_memory_sizes(text, mb):
    from ppfextract.cli import _memory_mb

    assert _memory_mb(text) == mb


def test_bad_options_are_clean_errors(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["extract", str(LAYOUTS), "--out", str(tmp_path), "--max-memory", "lots"])
    assert main(["extract", str(LAYOUTS), "--out", str(tmp_path), "--workers", "-1"]) == 2
    assert "workers" in capsys.readouterr().err
