"""Blind round 5's wrong values, each turned into a general rule and tested here on
hand-written documents (no file, no reader; round 5's papers stay unseen)."""

from __future__ import annotations

from pathlib import Path

import pytest

import ppfextract
from ppfextract.extractors.tags import only_options
from ppfextract.marks import is_faint_text

from .handdocs import NO_FACTS, record, table


def test_printed_options_are_no_answer():
    assert only_options("Yes No")
    assert only_options("\u2610 Yes \u2610 No")
    assert only_options("Very likely / Fairly likely / Fairly unlikely / Very unlikely")
    assert only_options("Red Amber/Red Amber/Green Green")
    assert not only_options("Yes")  # one option is a value
    assert not only_options("N/A")
    assert not only_options("No - we need more support from the region")
    rec = record(
        "Milestone 2: Self-directed support and personal budgets",
        table(["Key Questions", ""],
              ["Is the resource allocation system signed off?", "Yes No"],
              ["Do you have a carers' strategy?", "Yes / No"],
              ["What external support would help?", "Peer review from a council further on."]))
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("What external support would help?", "Peer review from a council further on.")]


DATA = Path(__file__).parent / "data"
GREYED = {(2, "2010-04"): ("Y", None), (2, "2010-10"): ("N", "fairly_likely"),
          (2, "2011-04"): (None, "very_likely"), (3, "2010-04"): ("Y", None),
          (3, "2010-10"): ("Y", None)}


# Chromium prints faded text (CSS opacity) as a transparency group whose alpha pdfium does
# not give the text: those two rows are left out of the PDF, never guessed.
FADED = {(2, "2010-10"), (3, "2010-10")}


@pytest.mark.parametrize("path", ["docx/greyed-out-options.docx",
                                  "html/greyed-out-options.html",
                                  "pdf/greyed-out-options.pdf"])
def test_options_greyed_out_but_one(path):
    """The option left in black among greyed-out ones (light grey text, faded, or a
    <font color>) is the one chosen; a cell greyed throughout picks nothing."""
    rec = ppfextract.extract(DATA / path, NO_FACTS)
    got = {(c.milestone, c.deadline.value): (c.achieved,
                                             c.likelihood.value if c.likelihood else None)
           for c in rec.milestones}
    expected = {k: v for k, v in GREYED.items() if not (path.endswith(".pdf") and k in FADED)}
    assert got == expected
    assert any("milestone 3 2011-04" in w for w in rec.warnings)


def test_faint_is_light_grey_only():
    assert is_faint_text("A6A6A6") and is_faint_text("808080") and is_faint_text("D9D9D9")
    assert not is_faint_text("333333")  # dark grey body text
    assert not is_faint_text("595959")
    assert not is_faint_text("FFFFFF")  # white is no text colour to read
    assert not is_faint_text("FF0000") and not is_faint_text(None)
