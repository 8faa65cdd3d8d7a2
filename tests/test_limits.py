"""Run limits tell the run's causes from the file's (issue 13, items 7 and 8).

Out of memory is ``out_of_memory``, never ``corrupt_document``; LibreOffice is held to
the worker's memory limit as resident memory (a valid .doc converts under a cap that
its address space alone would exceed), stopped at the worker's time limit, and never
outlives the worker; a LibreOffice stopped by a stray signal is ``interrupted``.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document

import ppfextract
from ppfextract.batch import BatchOptions, run_batch
from ppfextract.readers.doc import find_converter
from ppfextract.settings import Settings

from .conftest import CORPUS

DOC = CORPUS / "fellsby-2009-12-tickcol-x.doc"
needs_soffice = pytest.mark.skipif(find_converter() is None, reason="LibreOffice not installed")
needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="worker limits are POSIX only")


def long_table_docx(path: Path, rows: int = 50_000) -> Path:
    """A Word file (python-docx's package) whose one table has ``rows`` rows."""
    document = Document()
    document.add_paragraph("Council: Sefton MBC")
    document.add_table(rows=1, cols=3)
    buf = io.BytesIO()
    document.save(buf)
    with zipfile.ZipFile(buf) as package:
        xml = package.read("word/document.xml").decode()
        start, end = xml.index("<w:tr>"), xml.index("</w:tr>") + len("</w:tr>")
        body = "".join(
            "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>cell {k} {c}</w:t></w:r></w:p></w:tc>"
                               for c in range(3)) + "</w:tr>" for k in range(rows))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for item in package.infolist():
                data = package.read(item.filename)
                if item.filename == "word/document.xml":
                    data = (xml[:start] + body + xml[end:]).encode()
                out.writestr(item, data)
    return path


def test_out_of_memory_in_the_xml_parser_is_out_of_memory(tmp_path: Path) -> None:
    """50,000 rows under --max-memory 200M: libxml2 fails to allocate; that was
    reported as corrupt_document ('the main document part is not XML')."""
    (tmp_path / "in").mkdir()
    big = long_table_docx(tmp_path / "in" / "long-table.docx")
    summary = run_batch([big], tmp_path / "out", Settings(facts=False),
                        options=BatchOptions(workers=1, max_memory_mb=200))
    record = summary.records[0]
    assert record.error_code == "out_of_memory", record.message
    assert "200 MB" in (record.message or "")
    # with room to spare, the same part is XML the reader parses
    from ppfextract.readers.docx import _parse

    with zipfile.ZipFile(big) as package:
        root = _parse(package.read("word/document.xml"), "the main document part")
    assert len(root.findall(".//{*}tr")) == 50_000


@needs_soffice
def test_a_valid_doc_converts_under_a_memory_cap(tmp_path: Path) -> None:
    """LibreOffice's address space is far larger than what it uses: under the worker's
    address-space cap of 400 MB a valid .doc failed (as corrupt_document)."""
    summary = run_batch([DOC], tmp_path / "out", Settings(facts=False),
                        options=BatchOptions(workers=1, max_memory_mb=400))
    record = summary.records[0]
    assert record.error is False, record.message
    assert record.council == "Fellsby" and len(record.milestones) == 15


@needs_soffice
@needs_proc
def test_libreoffice_over_the_memory_limit_is_out_of_memory(tmp_path: Path) -> None:
    summary = run_batch([DOC], tmp_path / "out", Settings(facts=False),
                        options=BatchOptions(workers=1, max_memory_mb=150))
    record = summary.records[0]
    assert record.error_code == "out_of_memory", record.message
    assert "LibreOffice" in (record.message or "") and "150 MB" in (record.message or "")


def _libreoffices(marker: str) -> list[int]:
    """Running LibreOffice processes whose command line names ``marker`` (our folder)."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/cmdline", "rb") as fh:
                cmdline = fh.read().decode("utf-8", "replace")
            with open(f"/proc/{entry.name}/stat", encoding="ascii") as fh:
                state = fh.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if ("soffice" in cmdline or "oosplash" in cmdline) and marker in cmdline \
                and state != "Z":
            found.append(int(entry.name))
    return found


def _parent(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        return int(fh.read().rsplit(")", 1)[1].split()[1])


@needs_soffice
@needs_proc
def test_libreoffice_dies_with_its_worker(tmp_path: Path, monkeypatch) -> None:
    """Item 7: a killed worker left LibreOffice running (250 MB, outside every limit)
    and its temporary folder behind. The worker is killed (SIGKILL, as the OOM killer
    does) while LibreOffice converts its .doc."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    killed: list[int] = []
    stop = threading.Event()

    def kill_the_worker() -> None:
        while not stop.is_set() and not killed:
            for pid in _libreoffices(str(tmp_path)):
                with contextlib.suppress(OSError):
                    worker = _parent(pid)
                    with open(f"/proc/{worker}/cmdline", "rb") as fh:
                        if b"ppfextract.worker" in fh.read():
                            os.kill(worker, signal.SIGKILL)
                            killed.append(worker)
                            break
            time.sleep(0.02)

    killer = threading.Thread(target=kill_the_worker, daemon=True)
    killer.start()
    try:
        summary = run_batch([DOC], tmp_path / "out", Settings(facts=False),
                            options=BatchOptions(workers=1, timeout=None))
    finally:
        stop.set()
        killer.join()
    assert killed, "LibreOffice finished before its worker could be killed"
    assert summary.records[0].error_code == "out_of_memory"  # SIGKILL: the OOM killer's
    deadline = time.monotonic() + 1.0  # stopped with the worker, not when it is done
    while _libreoffices(str(tmp_path)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _libreoffices(str(tmp_path))
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
    assert list((tmp_path / "tmp").iterdir()) == []


@needs_soffice
@needs_proc
def test_libreoffice_stopped_by_a_stray_signal_is_interrupted(tmp_path: Path,
                                                              monkeypatch) -> None:
    """Item 6: it was recorded as corrupt_document, and so never tried again."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result: list[ppfextract.Record] = []
    reader = threading.Thread(target=lambda: result.append(ppfextract.extract_safe(DOC)))
    reader.start()
    deadline = time.monotonic() + 60
    hit = False
    while not hit and reader.is_alive() and time.monotonic() < deadline:
        for pid in _libreoffices(str(tmp_path)):
            try:  # the process may have ended since it was listed
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    if b"soffice.bin" in fh.read():
                        os.kill(pid, signal.SIGINT)
                        hit = True
            except (FileNotFoundError, ProcessLookupError):
                continue
        time.sleep(0.02)
    reader.join()
    assert hit, "LibreOffice finished before it could be interrupted"
    assert result[0].error_code == "interrupted", result[0].message
