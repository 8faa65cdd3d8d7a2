"""Every mark style the readers support, end to end: the same return marked in one style
per file (scripts/build_mark_style_returns.py) must give the same values."""

from __future__ import annotations

import json

import pytest

import ppfextract

from .conftest import DATA

MARKS = DATA / "marks"
SPEC = json.loads((MARKS / "expected.json").read_text(encoding="utf-8"))
VALUES = SPEC["values"]


@pytest.mark.parametrize("name", SPEC["files"])
def test_mark_style_gives_the_marked_values(name):
    record = ppfextract.extract(MARKS / name)
    got = {(c.milestone, c.deadline.value): c.likelihood.value if c.likelihood else None
           for c in record.milestones}
    want = {(m["milestone"], m["deadline"]): m["likelihood"] for m in VALUES["milestones"]}
    assert got == want
    assert {r.requirement: r.rating.value for r in record.requirements} == \
        VALUES["requirements"]
    assert (record.council, record.period, record.date_completed) == \
        (VALUES["council"], VALUES["period"], VALUES["date_completed"])
    assert record.warnings == []


def test_an_unmarked_return_gives_no_values_and_says_so():
    record = ppfextract.extract(MARKS / "docx-control-no-marks.docx")
    assert record.milestones == []
    assert record.requirements == []
    assert any("no option is marked" in w for w in record.warnings)
    assert sum("no rating is marked" in w for w in record.warnings) == 12
