"""A second red team: 11 returns in layouts written by a helper who had read neither the
extractor nor the corpus, nor the first red team's documents, only their one-line
descriptions (scripts/build_redteam_layouts_2.py; tests/data/redteam2/layouts.json says
what makes each hard).

Read blind, before any fix, they scored milestones F1 0.27 (29 right, 8 wrong, 149
missed) and precision 0.95 overall. Fixes are general rules, never keyed to a document;
this test holds what has been reached. The first rule it pins: what the extractor does
read, it reads right (precision 1.0); recall is still low, for the layouts listed in
the README's Limitations.
"""

from __future__ import annotations

import pytest

from ppfextract.evaluate import format_report

from .conftest import DATA, score_folder

RED = DATA / "redteam2"
MIN_RECALL = {"milestones": 0.89, "requirements": 0.90, "answers": 1.0, "facts": 0.85,
              "council": 0.90, "period": 0.90, "date_completed": 0.90}


@pytest.fixture(scope="module")
def report():
    return score_folder(RED)


def test_what_is_read_is_right(report):
    for unit, counts in report.counts.items():
        assert counts.fp == 0, f"{unit}\n" + format_report(report, 80)


@pytest.mark.parametrize("unit", sorted(MIN_RECALL))
def test_recall_held(report, unit):
    assert report.counts[unit].recall >= MIN_RECALL[unit], format_report(report, 80)


@pytest.mark.parametrize("doc", [
    "rt2-01-gateshead-deadline-boxes", "rt2-02-bolton-wingdings2", "rt2-03-suffolk-form-fields",
    "rt2-04-coventry-tracked-changes",
    "rt2-07-lewisham-scrutiny-numbered", "rt2-08-leicestershire-tabstops",
    "rt2-09-plymouth-dl-abbr", "rt2-10-sunderland-tick-images",
    "rt2-11-barnsley-exception-report",
])
def test_layout_read_completely(report, doc):
    cells = report.per_document[doc]["milestones"]
    assert (cells.fp, cells.fn) == (0, 0), doc
