"""Every mark style the readers support, end to end: the same return marked in one style
per file (scripts/build_mark_style_returns.py), in Word, HTML and PDF from several
producers (reportlab, LibreOffice, Chromium, Ghostscript), must give the same values.

Two levels: every file whose marks are marks gives the same marks in the same cells of
the Document (what the readers promise: the interpreter reads these lines); every file
gives the same record (radio buttons and marks drawn as shapes included)."""

from __future__ import annotations

import json
import re

import pytest

import ppfextract
from ppfextract.document import Document, MarkKind
from ppfextract.readers import read

from .conftest import DATA

MARKS = DATA / "marks"
SPEC = json.loads((MARKS / "expected.json").read_text(encoding="utf-8"))
VALUES = SPEC["values"]
# every file gives the record: the interpreter reads marks from the lines, radio buttons
# and marks drawn as shapes included
RECORD_FILES = list(SPEC["files"])

DEADLINE_LABELS = {"2010-04": "April 2010", "2010-10": "October 2010", "2011-04": "April 2011"}
LIKELIHOOD_LABELS = {"very_likely": "Very likely", "fairly_likely": "Fairly likely",
                     "fairly_unlikely": "Fairly unlikely", "very_unlikely": "Very unlikely"}
RATING_LABELS = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green",
                 "green": "Green"}
SELECTING = {MarkKind.TICK, MarkKind.CROSS, MarkKind.CHECKED_BOX, MarkKind.RADIO_ON}
REQUIREMENT_WORDING = {
    "engagement.service_users": "The full engagement of all service users.",
    "engagement.staff": "The full engagement of all staff",
    "engagement.health": "The full engagement of Primary Care Trusts",
    "engagement.politicians": "The full engagement of local politicians",
    "engagement.council_partners": "The full engagement of all parts of local councils",
    "engagement.regional_national": "The support of regional and national programmes.",
    "arrangements.risk_management": "A system is in place",
    "arrangements.business_models": "Clarity of the business models",
    "arrangements.financial_systems": "Financial systems",
    "arrangements.project_plan": "A local project plan",
    "arrangements.business_cases": "Business cases",
    "arrangements.workforce_strategy": "A workforce strategy",
}


def squash(text: str) -> str:
    """Text without white space, lower case: a PDF may wrap a word in a narrow cell."""
    return re.sub(r"\s+", "", text).lower()


def marked_cells(doc: Document) -> set[tuple[str, str, str]]:
    """Each cell whose lines hold a selecting mark, named by what it answers: (milestone,
    deadline, option) under a "Milestone n:" row, (requirement, rating, "") under the
    requirements' header row (tables a printer joined stay readable)."""
    out: set[tuple[str, str, str]] = set()
    for table in doc.tables():
        grid = table.grid()
        for cell in table.cells:
            if not any(m.kind in SELECTING for line in cell.lines for m in line.marks):
                continue
            heads = [r for r in range(cell.row + 1) if grid[r][0] is not None and (
                re.search(r"milestone\d", squash(grid[r][0].text))
                or squash(grid[r][0].text).startswith("areallstakeholders"))]
            assert heads, f"a mark outside the return: row {cell.row}, col {cell.col}"
            head = heads[-1]
            first = squash(grid[head][0].text)
            number = re.search(r"milestone(\d)", first)
            if number:
                deadline, option = grid[head + 1][cell.col], grid[cell.row][cell.col - 1]
                out.add((f"milestone {number[1]}",
                         squash(deadline.text) if deadline else "",
                         squash(option.text) if option else ""))
            else:
                rating, label = grid[head][cell.col], grid[cell.row][0]
                wording = squash(label.text) if label else ""
                rid = next((r for r, w in REQUIREMENT_WORDING.items()
                            if wording.startswith(squash(w))), wording[:18])
                out.add((rid, squash(rating.text) if rating else "", ""))
    return out


def expected_cells() -> set[tuple[str, str, str]]:
    out = {(f"milestone {m['milestone']}", squash(DEADLINE_LABELS[m["deadline"]]),
            squash(LIKELIHOOD_LABELS[m["likelihood"]])) for m in VALUES["milestones"]}
    out |= {(rid, squash(RATING_LABELS[rating]), "")
            for rid, rating in VALUES["requirements"].items()}
    return out


@pytest.mark.parametrize("name", SPEC["marked_files"])
def test_every_style_and_producer_gives_the_same_marks_in_the_same_cells(name):
    assert marked_cells(read(MARKS / name)) == expected_cells()


def test_the_suite_covers_every_format_and_new_producer():
    names = SPEC["marked_files"]
    assert {n.rsplit(".", 1)[1] for n in names} == {"docx", "html", "pdf"}
    for producer in ("reportlab", "libreoffice", "chromium", "ghostscript"):
        assert any(f"pdf-{producer}" in n for n in names), producer


@pytest.mark.parametrize("name", RECORD_FILES)
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
    assert marked_cells(read(MARKS / "docx-control-no-marks.docx")) == set()
