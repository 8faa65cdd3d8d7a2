"""The issue-6 acceptance test: about 2,000 files (the corpus repeated under new names,
duplicates and every bad-input kind), a run killed midway and resumed gives the same
dataset as an uninterrupted run, with the expected counts."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from .conftest import CORPUS, DATA, ROOT
from .test_batch import assert_same_dataset


def _ocr_unavailable() -> bool:
    from ppfextract.readers.ocr import available

    return available() is not None


N_FILES = 2000
VARIANTS_PER_SOURCE = 20
KILL_AFTER = 40  # documents saved before the kill
# Bad inputs and the error each must give (files not listed must give a record).
BAD_ERRORS = {
    "empty.docx": "empty_document", "empty.html": "empty_document",
    "zero-bytes.pdf": "empty_document", "random-bytes.docx": "unsupported_format",
    "random-bytes.pdf": "corrupt_document", "random-bytes.html": "unsupported_format",
    "random-bytes-no-header.pdf": "unsupported_format",
    "random-bytes-named.docx": "corrupt_document", "truncated-half.pdf": "corrupt_document",
    "truncated-half.docx": "corrupt_document",
    "encrypted-password-test.pdf": "encrypted_document",
    "password-protected.docx": "encrypted_document",
    "zip-bomb-declares-4gb.docx": "document_too_large",
    "entity-expansion-billion-laughs.docx": "corrupt_document",
    "very-large.html": "document_too_large",
}
if _ocr_unavailable():  # with Tesseract the scan is read by OCR and gives a record
    BAD_ERRORS["image-only-scan.pdf"] = "ocr_unavailable"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills a process group")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def variant(src: Path, dst: Path, i: int) -> None:
    """A copy of ``src`` with different bytes but the same content to the reader."""
    if src.suffix == ".docx":
        dst.write_bytes(src.read_bytes())
        with zipfile.ZipFile(dst, "a") as zf:
            zf.comment = f"copy {i}".encode()
    else:
        dst.write_bytes(src.read_bytes() + f"\n<!-- copy {i} -->\n".encode())


def very_large_html(path: Path) -> None:
    """An HTML file over the 50 MB limit, sparse so it costs no disk."""
    with open(path, "wb") as fh:
        fh.write(b"<html><body><p>" + b"x" * 100 + b"</p>")
        fh.truncate(51 * 1024 * 1024)


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory) -> tuple[Path, Counter[str], int]:
    sources = sorted(p for p in CORPUS.glob("*") if p.suffix in (".html", ".docx")
                     and p.stat().st_size < 60_000)[:6]
    if len(sources) < 3:
        pytest.skip("corpus not present")
    root = tmp_path_factory.mktemp("big") / "papers"
    originals = root / "originals"
    originals.mkdir(parents=True)
    made: list[Path] = []
    for src in sources:
        for i in range(VARIANTS_PER_SOURCE):
            dst = originals / f"{src.stem}-v{i:02d}{src.suffix}"
            variant(src, dst, i)
            made.append(dst)
    bad = root / "bad"
    bad.mkdir()
    for p in sorted((DATA / "bad").iterdir()):
        (bad / p.name).write_bytes(p.read_bytes())
    very_large_html(bad / "very-large.html")
    bad_files = sorted(bad.iterdir())
    # duplicates under new names (the big sparse file excepted) up to N_FILES
    dups = root / "duplicates"
    dups.mkdir()
    pool = made + [p for p in bad_files if p.name != "very-large.html"]
    k = 0
    while len(made) + len(bad_files) + k < N_FILES:
        src = pool[k % len(pool)]
        shelf = dups / f"shelf-{k // 250}"
        shelf.mkdir(exist_ok=True)
        (shelf / f"dup-{k:04d}-{src.name}").write_bytes(src.read_bytes())
        k += 1
    distinct = {sha(p) for p in [*made, *bad_files] if p.name != "very-large.html"}
    documents = len(distinct) + 1  # + the very large HTML
    errors = Counter({code: 0 for code in BAD_ERRORS.values()})
    seen: set[str] = set()
    for p in bad_files:
        h = sha(p) if p.name != "very-large.html" else "large"
        if p.name in BAD_ERRORS and h not in seen:
            errors[BAD_ERRORS[p.name]] += 1
        seen.add(h)
    return root, +errors, documents


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "ppfextract.cli", "extract", *args]


# The CLI, killed (SIGKILL to its whole process group, workers included) as soon as the
# batch has saved KILL_AFTER documents: the kill lands at the same point on a busy machine
# as on an idle one (a test polling the database from outside raced the run).
_KILLED_CLI = f"""
import os, signal, sys
import ppfextract.state as state
save = state.BatchState.save
count = [0]
def save_then_die(self, *args, **kw):
    save(self, *args, **kw)
    count[0] += 1
    if count[0] >= {KILL_AFTER}:
        os.killpg(os.getpgrp(), signal.SIGKILL)
state.BatchState.save = save_then_die
from ppfextract.cli import main
sys.argv = ["ppfextract", "extract", *sys.argv[1:]]
sys.exit(main())
"""


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli(*args), capture_output=True, text=True, timeout=300, cwd=ROOT,
                          check=False)


def saved(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("select count(*) from batch_state").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_killed_and_resumed_run_gives_the_same_dataset(big_folder, tmp_path):
    folder, errors, documents = big_folder
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    assert files == N_FILES
    opts = ["--no-facts", "--workers", "2", "--quiet", "--timeout", "60"]

    whole = run_cli(str(folder), "--out", str(tmp_path / "whole"), *opts)
    assert whole.returncode == 0, whole.stderr
    assert whole.stdout.splitlines()[0].startswith(f"{documents} documents, ")
    assert f"{N_FILES} files: {N_FILES - documents} duplicates" in whole.stdout
    records = [json.loads(p.read_text()) for p in (tmp_path / "whole").glob("*.json")]
    assert len(records) == documents
    assert Counter(r["error_code"] for r in records if r.get("error")) == errors
    assert sum(len(r["paths"]) for r in records) == N_FILES
    assert not any(r.get("error") for r in records if "/originals/" in r["source"])

    # the same run, killed once KILL_AFTER documents are saved
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_CLI, str(folder), "--out", str(out),
                             *opts], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    assert proc.wait(timeout=300) == -signal.SIGKILL
    done_before = saved(out / "ppf.sqlite")
    assert done_before == KILL_AFTER < documents
    assert not (out / "documents.csv").exists()

    resumed = run_cli(str(folder), "--out", str(out), *opts, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{done_before} documents done before (resumed)" in resumed.stdout
    assert resumed.stdout.splitlines()[0] == whole.stdout.splitlines()[0].replace(
        str(tmp_path / "whole"), str(out))

    names = sorted(p.name for p in (tmp_path / "whole").glob("*.json"))
    assert sorted(p.name for p in out.glob("*.json")) == names
    for name in names:
        assert json.loads((out / name).read_text()) == json.loads(
            (tmp_path / "whole" / name).read_text()), name
    assert_same_dataset(tmp_path / "whole", out)
    assert not list(out.glob(".tmp-*")) and not list(out.glob(".*.tmp"))
