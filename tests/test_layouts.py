"""Return layouts other than seed 002's: each file pins one way councils laid it out."""

from __future__ import annotations

import json

import pytest

import ppfextract

from .conftest import DATA

LAYOUTS = DATA / "layouts"
EXPECTED = json.loads((LAYOUTS / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout(name):
    want = EXPECTED[name]
    record = ppfextract.extract(LAYOUTS / name).to_dict(provenance=False)
    assert record["council"] == want["council"]
    assert record["period"] == want["period"]
    assert record["date_completed"] == want["date_completed"]
    got = {(m["milestone"], m["deadline"]): (m["achieved"], m["likelihood"])
           for m in record["milestones"]}
    expected = {(m["milestone"], m["deadline"]): (m["achieved"], m["likelihood"])
                for m in want["milestones"]}
    assert got == expected
    if "requirements" in want:
        assert {r["requirement"]: r["rating"] for r in record["requirements"]} == \
            {r["requirement"]: r["rating"] for r in want["requirements"]}


def test_checkbox_list_reason_text():
    record = ppfextract.extract(LAYOUTS / "checkbox-list-one-cell-per-deadline.docx")
    cell = next(c for c in record.milestones if c.milestone == 1 and c.deadline.value == "2010-10")
    assert cell.achieved == "N"
    assert cell.reason_not_achieved == "Delays in recruiting brokerage staff"


def test_summary_table_ignores_risk_register():
    record = ppfextract.extract(LAYOUTS / "summary-table-words-only.html")
    assert len(record.milestones) == 15
    assert record.requirements == []


def test_problems_become_warnings_not_guesses():
    record = ppfextract.extract(LAYOUTS / "warnings-two-ticks-missing-section-unrated.html")
    cells = {(c.milestone, c.deadline.value): c for c in record.milestones}
    assert (2, "2011-04") not in cells  # two options ticked: no value
    assert cells[1, "2011-04"].likelihood.value == "fairly_likely"
    assert len(cells) == 9
    assert "milestone 2 2011-04: two or more likelihood options are marked: very_likely, " \
        "fairly_likely" in record.warnings
    assert "milestone section(s) missing: 4" in record.warnings
    assert "requirement engagement.politicians: no rating is marked" in record.warnings
    assert len(record.requirements) == 11
