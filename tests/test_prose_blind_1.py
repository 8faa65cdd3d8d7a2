"""The first blind prose set (issue 14): 25 committee minutes, council reports, press
releases and local and trade news stories about 25 real English councils, written by a
helper who had read neither the extractor nor the corpus, modelled on how published texts
of 2009-2012 phrase these figures (scripts/build_prose_blind_1.py; every number-carrying
sentence with its facts and the reason a distractor is one in
tests/data/prose1/sentences.jsonl: 257 sentences, 136 of them distractors).

Read blind by main's extractor (be5f2ac) it scored facts F1 0.352 (34 right, 0 wrong, 125
missed) and council F1 0.780. Fixes are general rules, never keyed to a sentence; this
test holds what has been reached.
"""

from __future__ import annotations

import json

import pytest

from ppfextract.evaluate import format_report
from ppfextract.extractors.facts import read_figures
from ppfextract.framework import FactKind

from .conftest import DATA, score_folder

PROSE = DATA / "prose1"
MIN = {"facts": (1.0, 0.99), "council": (1.0, 1.0)}  # unit: (precision, recall)


@pytest.fixture(scope="module")
def report():
    return score_folder(PROSE)


@pytest.mark.parametrize("unit", sorted(MIN))
def test_levels_held(report, unit):
    precision, recall = MIN[unit]
    counts = report.counts[unit]
    assert counts.precision >= precision, format_report(report, 80)
    assert counts.recall >= recall, format_report(report, 80)


def test_the_set_is_what_the_issue_asks_for():
    rows = [json.loads(line) for line in
            (PROSE / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 200
    assert sum(1 for r in rows if not r["facts"]) >= 80
    assert len({r["doc"] for r in rows}) == len(list((PROSE / "docs").iterdir())) == 25


def _distractors() -> list[tuple[str, str, str]]:
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8"))["council"]
            for p in (PROSE / "gold").iterdir()}
    rows = [json.loads(line) for line in
            (PROSE / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    return [(r["doc"], r["text"], gold[r["doc"]]) for r in rows if not r["facts"]]


@pytest.mark.parametrize(("doc", "text", "council"), _distractors(),
                         ids=[f"{d}-{n}" for n, (d, _, _) in enumerate(_distractors())])
def test_distractor_sentence_alone(doc, text, council):
    """Each distractor sentence, read alone with its document's council, gives no fact
    (without the paragraphs around it a sentence has less to go on, not more)."""
    assert [(m.kind, m.value) for m in read_figures(text, council)
            if m.dropped is None] == []


def test_a_dropped_figure_has_a_reason():
    text = ("Nationally, ADASS estimated last summer that around 338,000 people were "
            "managing their support this way through personal budgets.")
    figures = read_figures(text, "Barnsley")
    assert figures and all(m.dropped for m in figures)
    assert figures[0].kind is FactKind.PEOPLE_WITH_PERSONAL_BUDGET
