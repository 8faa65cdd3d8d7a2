from __future__ import annotations

import pytest

from ppfextract import framework as fw
from ppfextract.framework import Deadline, Likelihood, Rating


@pytest.mark.parametrize("text,expected", [
    ("April 2010", Deadline.APR_2010),
    ("Apr-10", Deadline.APR_2010),
    ("Apr 10", Deadline.APR_2010),
    ("April\u00a02010", Deadline.APR_2010),
    ("Oct 2010", Deadline.OCT_2010),
    ("October 2010", Deadline.OCT_2010),
    ("Oct-10", Deadline.OCT_2010),
    ("30 September 2010", Deadline.OCT_2010),
    ("31 March 2011", Deadline.APR_2011),
    ("31/03/2011", Deadline.APR_2011),
    ("31st March 2011", Deadline.APR_2011),
    ("By April 2011", Deadline.APR_2011),
    ("April 2012", None),
    ("15 March 2011", None),
    ("December 2010", None),
    ("Y/N", None),
])
def test_parse_deadline(text, expected):
    assert fw.parse_deadline(text) is expected


@pytest.mark.parametrize("text,iso", [
    ("5th January 2011", "2011-01-05"),
    ("05/01/2011", "2011-01-05"),
    ("2011-01-05", "2011-01-05"),
    ("January 5, 2011", "2011-01-05"),
    ("5 Jan 11", "2011-01-05"),
    ("31/02/2011", None),
    ("no date here", None),
])
def test_parse_date(text, iso):
    d = fw.parse_date(text)
    assert (d.isoformat() if d else None) == iso


@pytest.mark.parametrize("text,expected", [
    ("Sefton MBC", "Sefton"),
    ("Oxfordshire County Council", "Oxfordshire"),
    ("Wirral Metropolitan Borough Council", "Wirral"),
    ("Leeds City Council", "Leeds"),
    ("Royal Borough of Kingston upon Thames", "Kingston upon Thames"),
    ("London Borough of Camden", "Camden"),
    ("Barnsley MBC.", "Barnsley"),
    ("", None),
])
def test_normalise_council(text, expected):
    assert fw.normalise_council(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Very likely", Likelihood.VERY_LIKELY), ("fairly  Likely", Likelihood.FAIRLY_LIKELY),
    ("Fairly unlikely", Likelihood.FAIRLY_UNLIKELY), ("Very Unlikely.", Likelihood.VERY_UNLIKELY),
    ("Achieved", None),
])
def test_parse_likelihood(text, expected):
    assert fw.parse_likelihood(text) is expected


def test_find_likelihood_in_a_phrase():
    assert fw.find_likelihood("Not achieved \u2013 now fairly likely by June 2011") is \
        Likelihood.FAIRLY_LIKELY
    assert fw.find_likelihood("very unlikely before 2012") is Likelihood.VERY_UNLIKELY


@pytest.mark.parametrize("text,expected", [
    ("Red", Rating.RED), ("Amber/Red", Rating.AMBER_RED), ("Amber / Green", Rating.AMBER_GREEN),
    ("Amber/ Green", Rating.AMBER_GREEN), ("Amber-Red", Rating.AMBER_RED),
    ("GREEN", Rating.GREEN), ("Blue", None),
])
def test_parse_rating(text, expected):
    assert fw.parse_rating(text) is expected


def test_framework_is_complete():
    assert [m.id for m in fw.MILESTONES] == [1, 2, 3, 4, 5]
    assert len(fw.REQUIREMENTS) == 12
    assert len(set(fw.REQUIREMENT_IDS)) == 12
    for m in fw.MILESTONES:
        assert set(m.deliverables) == set(Deadline)
        assert m.key_questions
