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
