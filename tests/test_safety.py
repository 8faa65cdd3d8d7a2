"""Hostile input gets a specific error record (or a safe record); outputs stay safe.

Fixtures: tests/data/bad/, built by scripts/build_hostile_inputs.py (and
scripts/build_bad_inputs.py); the very large and the unreadable file are made here.
"""

from __future__ import annotations

import csv
import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ppfextract
from ppfextract.batch import BatchOptions, run_batch, safe_name
from ppfextract.output.csv import neutralise
from ppfextract.record import Record
from ppfextract.settings import Settings

from .conftest import DATA

BAD = DATA / "bad"


@pytest.mark.parametrize("name,code,words", [
    ("zero-bytes.pdf", "empty_document", "empty (0 bytes)"),
    ("empty.docx", "empty_document", "empty (0 bytes)"),
    ("truncated-half.pdf", "corrupt_document", "not a readable pdf"),
    ("truncated-half.docx", "corrupt_document", "cut short"),
    ("encrypted-password-test.pdf", "encrypted_document", "encrypted"),
    ("random-bytes-no-header.pdf", "unsupported_format", "not a pdf"),
    ("random-bytes.pdf", "corrupt_document", "not a readable pdf"),
    ("random-bytes.docx", "unsupported_format", "not a word document"),
    ("random-bytes-named.docx", "corrupt_document", "not a readable word document"),
    ("random-bytes.html", "unsupported_format", "binary data, not html"),
    ("zip-bomb-declares-4gb.docx", "document_too_large", "zip bomb"),
    ("entity-expansion-billion-laughs.docx", "corrupt_document", "refused for safety"),
])
def test_hostile_files_give_specific_error_records(name, code, words):
    started = time.monotonic()
    record = ppfextract.extract_safe(BAD / name)
    assert record.error is True, name
    assert record.error_code == code, record.message
    assert words in (record.message or "").lower()
    assert time.monotonic() - started < 10


def test_the_password_opens_the_encrypted_pdf():
    record = ppfextract.extract_safe(BAD / "encrypted-password-test.pdf",
                                     Settings(password="test"))
    assert record.error is False


@pytest.mark.parametrize("name,fmt,council", [
    ("word-document-named.pdf", "docx", "Redmarsh"),
    ("pdf-named.html", "pdf", "Foxley"),
    ("html-page-named.docx", "html", "Glenham"),
])
def test_the_format_is_found_by_content(name, fmt, council):
    from ppfextract.readers import read

    record = ppfextract.extract_safe(BAD / name)
    assert record.error is False, record.message
    assert record.format == fmt
    assert council in read(BAD / name).text()


def test_html_entities_are_not_expanded():
    from ppfextract.readers import read

    doc = read(BAD / "entity-expansion-billion-laughs.html")
    assert "lollol" not in doc.text() and len(doc.text()) < 2000
    assert ppfextract.extract_safe(BAD / "entity-expansion-billion-laughs.html").error is False


def test_windows_1252_html_is_decoded():
    from ppfextract.readers import read

    text = read(BAD / "windows-1252-undeclared.html").text()
    assert "\u00a3250,000" in text and "\u2018Putting People First\u2019" in text
    assert "\u2013" in text
    assert ppfextract.extract_safe(BAD / "windows-1252-undeclared.html").council == "Oakhurst"


def test_a_very_large_html_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "agenda.html"
    with open(big, "wb") as fh:
        fh.write(b"<html><body><p>Agenda</p>")
        fh.truncate(Settings().max_html_bytes + 1)  # sparse: no disk used
    started = time.monotonic()
    record = ppfextract.extract_safe(big)
    assert record.error_code == "document_too_large"
    assert "over the limit" in (record.message or "")
    assert time.monotonic() - started < 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user")
def test_an_unreadable_file_is_an_error_record(tmp_path):
    locked = tmp_path / "locked.docx"
    locked.write_bytes((BAD / "no-return-highways-paper.docx").read_bytes())
    locked.chmod(0)
    try:
        record = ppfextract.extract_safe(locked)
        assert record.error_code == "unreadable_file"
        summary = run_batch([locked], tmp_path / "out", options=BatchOptions(workers=0))
        assert summary.errors == {"unreadable_file": 1}
        assert "Permission denied" in (summary.records[0].message or "")
    finally:
        locked.chmod(0o644)


def test_missing_and_special_files_are_error_records_in_a_batch(tmp_path):
    gone = tmp_path / "gone.pdf"
    paths: list[Path] = [gone]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.html"
        os.mkfifo(fifo)  # opening it would block forever
        paths.append(fifo)
    summary = run_batch(paths, tmp_path / "out", options=BatchOptions(workers=0))
    assert summary.errors == {"unreadable_file": len(paths)}
    messages = sorted(r.message or "" for r in summary.records)
    assert "cannot read the file: No such file or directory" in messages
    if len(paths) == 2:
        assert "cannot read the file: not a regular file" in messages


# ---------------------------------------------------------------------------
# Safe outputs


@pytest.mark.parametrize("value,want", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+44 151", "'+44 151"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("Sefton", "Sefton"), (12, 12), (None, None),
])
def test_csv_cells_are_neutralised(value, want):
    assert neutralise(value) == want


def test_formulas_in_documents_are_inert_in_the_csv(tmp_path):
    record = Record(document="evil", council="=cmd|' /C calc'!A0", period="2010-12",
                    warnings=["@import"])
    from ppfextract.output.csv import write_csv

    write_csv([record], tmp_path)
    with open(tmp_path / "documents.csv", encoding="utf-8", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["council"] == "'=cmd|' /C calc'!A0"
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@"))


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(max_size=300))
def test_safe_names_cannot_escape_the_output_folder(stem):
    name = safe_name(stem)
    assert name and len(name) <= 151
    assert "/" not in name and "\\" not in name and "\0" not in name
    assert not name.startswith(".") and name not in (".", "..")
    out = Path("/out")
    assert (out / f"{name}.json").resolve().parent == out.resolve()


@pytest.mark.parametrize("stem", ["..", "...", ".hidden", "CON", "nul.txt", "a/../../b",
                                  "", "\u202e\u202dtxt.exe", "x" * 400])
def test_awkward_stems(stem):
    name = safe_name(stem)
    assert name and not name.startswith(".") and name.upper() not in ("CON", "NUL.TXT")
    assert Path(name).name == name


def test_batch_outputs_stay_inside_out(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for stem in ["..", "...x", " CON", "-rf", "=1+1", ".env", "a\u0301b"]:
        (folder / f"{stem}.html").write_text(f"<html><body><p>{stem} paper</p></body></html>")
    out = tmp_path / "out"
    summary = run_batch([folder], out, options=BatchOptions(workers=0))
    assert summary.documents == 7 and summary.n_errors == 0
    written = [p for p in summary.outputs]
    for path in written:  # the records beside the dataset; Datasette's metadata below it
        expected = out / "datasette" if path.name == "metadata.json" else out
        assert path.resolve().parent == expected.resolve(), path
    assert len({p.name.lower() for p in written}) == len(written)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]


def test_an_image_only_scan_is_read_by_ocr_or_says_what_to_install():
    from ppfextract.readers.ocr import available

    record = ppfextract.extract_safe(BAD / "image-only-scan.pdf")
    if available() is None:
        assert record.error is False
        assert record.format == "pdf" and record.milestones == []
    else:
        assert record.error_code == "ocr_unavailable"
        assert "tesseract-ocr-eng" in (record.message or "")
