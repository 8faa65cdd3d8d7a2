"""Template labels and headers, each rule with the wording that pinned it."""

from __future__ import annotations

import pytest

from ppfextract.extractors.labels import OptionKind, deadline_of, parse_label
from ppfextract.framework import Deadline


@pytest.mark.parametrize(("text", "kind"), [
    ("Achieved", OptionKind.ACHIEVED),
    ("Achieved (Y/N)", OptionKind.ACHIEVED),
    ("Already achieved", OptionKind.ACHIEVED),  # red-team rt2-02
    ("Achieved already", OptionKind.ACHIEVED),
    ("Fully achieved", OptionKind.ACHIEVED),
    ("Achieved? (Yes / No)", OptionKind.ACHIEVED),  # red-team rt2-01
    ("Not yet achieved", OptionKind.NOT_ACHIEVED),
    ("Very likely", OptionKind.LIKELIHOOD),
])
def test_option_labels(text: str, kind: OptionKind) -> None:
    label = parse_label(text)
    assert label is not None and label.kind is kind


@pytest.mark.parametrize(("text", "deadline"), [
    ("April 2010", Deadline.APR_2010),
    ("By April 2010 (Q4 09/10)", Deadline.APR_2010),
    ("Milestone date: Oct 2010", Deadline.OCT_2010),
    ("31 March 2011", Deadline.APR_2011),
    # when progress was reported, not when a deliverable is due (red-team rt2-11)
    ("Position at September 2010 (Q2)", None),
    ("Position as at March 2011", None),
])
def test_deadline_headers(text: str, deadline: Deadline | None) -> None:
    assert deadline_of(text) is deadline


def test_likelihood_scale() -> None:
    """A key scoring the likelihoods by number (red-team rt2-01)."""
    from ppfextract.extractors.labels import likelihood_scale
    from ppfextract.framework import Likelihood

    key = ("the number that applies is circled: 1 = very likely; 2 = fairly likely; "
           "3 = fairly unlikely; 4 = very unlikely.")
    assert likelihood_scale(key) == {1: Likelihood.VERY_LIKELY, 2: Likelihood.FAIRLY_LIKELY,
                                     3: Likelihood.FAIRLY_UNLIKELY,
                                     4: Likelihood.VERY_UNLIKELY}
    assert likelihood_scale("Risk 1 = very likely") is None  # one entry is no key
    assert likelihood_scale("1 = very likely, 1 = fairly likely") is None  # inconsistent


@pytest.mark.parametrize(("text", "value"), [
    ("Date completed: 12 April 2010", "2010-04-12"),
    # red-team round 2
    ("Return completed: 09/07/2010 by J. Patel, Performance", "2010-07-09"),
    ("Completed: 20th April 2011, Transformation Programme Office.", "2011-04-20"),
    ("The return was completed and signed off by the Executive Director for Community "
     "Services on 15 October 2010.", "2010-10-15"),
])
def test_date_completed_phrasing(text: str, value: str) -> None:
    from ppfextract.document import Paragraph, Provenance
    from ppfextract.extractors.metadata import extract_metadata

    meta = extract_metadata([Paragraph.from_text(text, Provenance("x.html", block=0))])
    assert meta.date_completed == value
