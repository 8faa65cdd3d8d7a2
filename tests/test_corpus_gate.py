"""Regression gate: extract the whole corpus and score it against gold/.

The thresholds are the F1 levels measured on the corpus (README, "Accuracy"). Raise
them when the extractor improves; never lower them to make a run pass: a drop is a
regression to fix.
"""

from __future__ import annotations

import pytest

from ppfextract.cli import main
from ppfextract.evaluate import check_thresholds, format_report, load_records, score

from .conftest import CORPUS, GOLD

MIN_F1 = {
    "milestones": 1.0,
    "requirements": 1.0,
    "answers": 1.0,
    "risks": 1.0,
    "metadata": 1.0,
    "facts": 1.0,
    "overall": 1.0,
}
MIN_FACT_PRECISION = 0.97  # a journalist would rather miss a figure than print a wrong one


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus-out")
    assert main(["extract", str(CORPUS), "--out", str(out), "--quiet", "--workers", "2"]) == 0
    return score(load_records(GOLD), load_records(out))


def test_every_corpus_document_has_gold(report):
    stems = {p.stem for p in CORPUS.iterdir() if p.is_file()}
    assert stems == set(load_records(GOLD))
    assert not report.unscored


def test_f1_at_the_measured_levels(report):
    failures = check_thresholds(report, MIN_F1)
    assert not failures, "\n".join(failures) + "\n" + format_report(report, 40)


def test_fact_precision(report):
    assert report.counts["facts"].precision >= MIN_FACT_PRECISION
