"""A sixth red team: 16 papers written by two helpers who had read neither the extractor
nor the corpus (scripts/redteam6/; tests/data/redteam6/layouts-6*.json say what makes each
hard): Word content controls, legacy form fields in a Word 97 .doc, Wingdings ticks,
LibreOffice Writer and Calc prints (shaded cells, a merged cell cut by a page break, two
quarters side by side), a Calc HTML export, a Writer summary with a text box, a scanned
hand-ticked form, a modern.gov page with two returns, Chromium and WeasyPrint prints,
drawn ticks, a CMS summary in words, pandoc with bold and struck options, a Ghostscript
re-distilled print with Sep/Dec rating columns, an online form's printout.

Read blind before any change: milestone cells 186 right, 6 wrong, 53 missed (F1 0.86),
ratings 161/1/29 (F1 0.92), answers 129/12/151, overall precision 0.963 (README
"Accuracy"). Fixed by general rules only (tests/test_round6_lessons.py); this test holds
what is reached. The wrong values left are all in the scanned paper (r6a-8), read by OCR:
a hand tick read in the wrong box, and answers with OCR's misspellings.
"""

from __future__ import annotations

import pytest

from ppfextract.evaluate import format_report
from ppfextract.readers.ocr import available

from .conftest import DATA, score_folder

RED = DATA / "redteam6"
SCAN = "r6a-8-dorset-scanned-handticked"
# (milestones was 0.98 until round 24's rules: nine of the scan's cells had been read by
# accident, its OCR words 'Achieved: Y N' taken for 'achieved' and 'Achieved: N' beside a
# ticked and an empty box for the option Achieved; both are now left unread, with the
# evidence thin: tests/test_round24_lessons.py)
MIN_RECALL = {"milestones": 0.94, "requirements": 0.93, "answers": 0.95, "risks": 0.88,
              "council": 1.0, "period": 1.0, "date_completed": 1.0}
ZERO_FP = ("milestones", "requirements", "answers", "risks", "council", "period",
           "date_completed")


@pytest.fixture(scope="module")
def report():
    return score_folder(RED)


@pytest.mark.parametrize("unit", ZERO_FP)
def test_what_is_read_is_right_outside_the_scan(report, unit):
    for doc, counts in report.per_document.items():
        if doc != SCAN:
            assert counts[unit].fp == 0, (doc, format_report(report, 80))


def test_the_scan_wrong_values_are_the_known_ones(report):
    """The scanned paper's one wrong milestone cell (a tick read in the Y box of 'Y / N'),
    pinned so that any other wrong value fails."""
    scan = report.per_document[SCAN]
    assert scan["milestones"].fp <= 1
    assert scan["requirements"].fp == 0


@pytest.mark.skipif(available() is not None, reason=f"OCR unavailable: {available()}")
@pytest.mark.parametrize("unit", sorted(MIN_RECALL))
def test_recall_held(report, unit):
    assert report.counts[unit].recall >= MIN_RECALL[unit], format_report(report, 80)
