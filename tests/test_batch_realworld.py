"""The batch over real-world files written by others (../shared/realworld/): no crash,
every file a record or an error record, each within its time limit."""

from __future__ import annotations

import json
import os
import time

import pytest

from ppfextract.api import iter_inputs
from ppfextract.batch import BatchOptions, run_batch
from ppfextract.settings import Settings

TIMEOUT = 60
pytestmark = pytest.mark.skipif(os.name != "posix", reason="worker isolation is POSIX only")


def test_batch_over_real_world_files(realworld, tmp_path):
    files = list(iter_inputs([realworld]))
    assert files
    started = time.monotonic()
    summary = run_batch([realworld], tmp_path, Settings(),
                        options=BatchOptions(workers=2, timeout=TIMEOUT))
    elapsed = time.monotonic() - started
    assert summary.files == len(files)
    assert sum(len(r.paths) for r in summary.records) == len(files)
    for record in summary.records:
        assert record.error_code not in ("timeout", "worker_crashed", "out_of_memory",
                                         "internal_error"), (record.source, record.message)
        if record.error:
            assert record.message, record.source
        # none of them is a PPF return
        assert not record.milestones, record.source
    by_name = {os.path.basename(r.source or ""): r for r in summary.records}
    assert by_name["pdfplumber-password-example.pdf"].error_code == "encrypted_document"
    # an image of a table: read by OCR when Tesseract is installed, else an error record
    from ppfextract.readers.ocr import available

    image = by_name["camelot-image.pdf"]
    if available() is None:
        assert not image.error and image.format == "pdf"
    else:
        assert image.error_code == "ocr_unavailable"
    assert by_name["pdfplumber-empty.pdf"].error_code == "empty_document"
    assert elapsed < TIMEOUT * len(files) / 2
    for path in tmp_path.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
