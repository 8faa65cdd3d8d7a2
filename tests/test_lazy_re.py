"""ppfextract.lazy_re: patterns compiled on first use behave as re's."""

from __future__ import annotations

import re

import pytest

from ppfextract import lazy_re


def test_lazy_pattern_matches_as_compiled():
    lazy = lazy_re.compile(r"\b(mile)stones?\b", re.I)
    eager = re.compile(r"\b(mile)stones?\b", re.I)
    text = "Two Milestones and a milestone"
    assert lazy.search(text).span() == eager.search(text).span()
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("-", text) == eager.sub("-", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.fullmatch("milestone") is not None
    assert lazy.flags == eager.flags and lazy.groups == eager.groups == 1


def test_pattern_text_without_compiling():
    lazy = lazy_re.compile(r"a+")
    assert lazy.pattern == "a+"
    assert "search" not in vars(lazy)  # not compiled yet
    assert lazy.match("aa")
    assert "search" in vars(lazy)  # the compiled pattern's own method from now on


def test_invalid_pattern_fails_when_first_used():
    lazy = lazy_re.compile(r"(")
    with pytest.raises(re.error):
        lazy.search("x")


def test_re_functions_and_flags_are_res():
    assert lazy_re.sub is re.sub and lazy_re.I is re.I and lazy_re.Pattern is re.Pattern
