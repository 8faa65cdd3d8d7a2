"""A fourth red team: 16 papers in layouts and from producers nobody here had used (a
modern.gov page naming deadlines by financial quarter and milestones by code, Word vMerge
and rotated headers, WeasyPrint traffic lights, an Impress dashboard, an e-mail pasted as
<pre>, Word tick pictures with no alt text, a Word 97 .doc with form fields, a Google Docs
export, a Calc workbook with a previous-RAG column, an unruled reportlab table of drawn
squares, HTML cards with toggle buttons, a Word numbered list of status words, a Chromium
print with web-font ticks, a status matrix read through a key, a SharePoint list view,
a pandoc scrutiny report), written by two helpers who had read neither the extractor nor
the corpus (scripts/build_redteam_layouts_4a.py and _4b.py; tests/data/redteam4/
layouts-4*.json say what makes each hard).

Read blind by the interpreter before any change: milestone cells F1 0.30 (45 right, 8
wrong, 199 missed), ratings F1 0.67 (97 right, 0 wrong, 94 missed), answers 9 right and
5 wrong. Fixed by general rules only (README "Accuracy"); this test holds what is reached.
Not read yet, left out with warnings: the traffic-light icons (a3), the Impress slides
(a4: the slide frame is taken for the table), the unruled PDF tables (b2, b8).
"""

from __future__ import annotations

import pytest

from ppfextract.evaluate import format_report

from .conftest import DATA, score_folder

RED = DATA / "redteam4"
MIN_RECALL = {"milestones": 0.81, "requirements": 0.89, "answers": 1.0, "council": 1.0,
              "period": 1.0, "date_completed": 0.93}
ZERO_FP = ("milestones", "requirements", "answers", "risks", "council", "period",
           "date_completed")


@pytest.fixture(scope="module")
def report():
    return score_folder(RED)


@pytest.mark.parametrize("unit", ZERO_FP)
def test_what_is_read_is_right(report, unit):
    assert report.counts[unit].fp == 0, format_report(report, 80)


@pytest.mark.parametrize("unit", sorted(MIN_RECALL))
def test_recall_held(report, unit):
    assert report.counts[unit].recall >= MIN_RECALL[unit], format_report(report, 80)


@pytest.mark.parametrize("doc", [
    "rt4-a1-cheshire-east-moderngov-quarters", "rt4-a2-stockport-docx-vmerge-rotated",
    "rt4-a4-bury-impress-dashboard",  # its slides' frames are no tables
    "rt4-a5-north-somerset-email-pre", "rt4-a6-rotherham-docx-png-ticks",
    "rt4-a7-shropshire-doc97-formcheckbox", "rt4-a8-trafford-gdocs-html",
    "rt4-b1-northumberland-calc-rag-workbook", "rt4-b3-bracknell-forest-html-cards",
    "rt4-b4-wokingham-docx-numbered-list",
    "rt4-b5-south-tyneside-chromium-ticks", "rt4-b6-torbay-docx-status-key",
    "rt4-b7-herefordshire-sharepoint-list",
])
def test_layout_read_completely(report, doc):
    cells = report.per_document[doc]["milestones"]
    assert (cells.fp, cells.fn) == (0, 0), doc
