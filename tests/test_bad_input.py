"""Bad input gives a clear record, never a crash."""

from __future__ import annotations

import pytest

import ppfextract
from ppfextract.errors import EmptyDocument

from .conftest import DATA

BAD = DATA / "bad"


@pytest.mark.parametrize("name,code,words", [
    ("empty.docx", "empty_document", "empty"),
    ("empty.html", "empty_document", "empty"),
    ("random-bytes.docx", "unsupported_format", "format"),
])
def test_error_records(name, code, words):
    record = ppfextract.extract_safe(BAD / name)
    assert record.error is True
    assert record.error_code == code
    assert words in record.message.lower()
    assert record.document == name.rsplit(".", 1)[0]
    assert record.to_dict()["milestones"] == []


def test_extract_raises_named_errors():
    with pytest.raises(EmptyDocument):
        ppfextract.extract(BAD / "empty.docx")


def test_word_paper_without_a_return_has_no_cells():
    record = ppfextract.extract_safe(BAD / "no-return-highways-paper.docx")
    assert record.error is False
    assert record.milestones == [] and record.requirements == []
    assert record.council == "Sefton"


def test_html_without_tables():
    record = ppfextract.extract_safe(BAD / "no-tables-minutes.html")
    assert record.error is False
    assert record.milestones == [] and record.requirements == [] and record.facts == []


def test_missing_file_is_an_error_record(tmp_path):
    record = ppfextract.extract_safe(tmp_path / "gone.docx")
    assert record.error is True and record.error_code == "unreadable_file"


def test_batch_keeps_results_already_extracted(tmp_path):
    from ppfextract.batch import run_batch

    layouts = [p for p in (DATA / "layouts").iterdir() if p.suffix != ".json"]
    summary = run_batch([BAD, DATA / "layouts"], tmp_path)
    assert summary.returns_found == len(layouts)
    assert summary.n_errors >= 3
    assert len(list(tmp_path.glob("*.json"))) == summary.documents
    assert (tmp_path / "ppf.sqlite").is_file()


def test_password_protected_word_file_says_so():
    record = ppfextract.extract_safe(BAD / "password-protected.docx")
    assert record.error is True
    assert record.error_code == "encrypted_document"
    assert "password-protected" in record.message


def test_moderngov_site_name_is_not_a_council(realworld):
    record = ppfextract.extract(realworld / "html" / "moderngov-kingston-Agenda_151.html")
    # the page title ends "- Modern Council", modern.gov's site name; the body names
    # "Kingston Council" and its Guildhall in "Kingston upon Thames"
    assert record.council == "Kingston upon Thames"
    assert record.milestones == [] and record.facts == []
