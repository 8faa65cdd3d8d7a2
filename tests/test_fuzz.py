"""Property and fuzz tests (hypothesis): the normalisers never fail and keep their
contracts; the readers survive mutated bytes of real files (any outcome but a crash
or a hang)."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ppfextract import framework, marks  # noqa: E402
from ppfextract.document import Cell  # noqa: E402
from ppfextract.extractors.numbers import find_quantities, parse_number_words  # noqa: E402
from ppfextract.extractors.selection import (  # noqa: E402
    Member,
    Selection,
    decide_block,
    word_state,
)
from ppfextract.extractors.tags import Option, yes_no_word  # noqa: E402
from ppfextract.settings import Settings  # noqa: E402

from .conftest import DATA  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SOME_TEXT = st.text(max_size=200)
FAST = settings(max_examples=300, deadline=None)


# ---------------------------------------------------------------------------
# Marks


@FAST
@given(SOME_TEXT)
def test_word_state_is_total(text):
    assert word_state(text) in set(Selection)


@FAST
@given(SOME_TEXT)
def test_yes_no_gives_y_n_or_none(text):
    assert yes_no_word(text) in ("Y", "N", None)


@FAST
@given(st.sampled_from(["Y", "Yes", "YES", "y", "\u2714", "\u2713", "\u2612"]),
       st.text(" \t\n\u00a0", max_size=3), st.text(" \t\n\u00a0", max_size=3))
def test_yes_marks_survive_whitespace(word, before, after):
    cell = Cell.from_dict({"text": before + word + after})
    decided = decide_block([Member(Option.ACHIEVED, cell.marks, cell.text, has_slot=True)])
    assert [d.value for d in decided] == ["Y"]


@FAST
@given(st.characters())
def test_every_character_is_a_mark_or_not(ch):
    mark = marks.char_mark(ch)
    assert mark is None or mark.kind in set(marks.MarkKind)
    assert mark is None or marks.MAYBE_MARK.match(ch)
    # what is read as a mark leaves the words
    assert mark is None or ch not in marks.strip_marks(ch)
    if ch == "\n":
        return  # a hand-written text's line break
    line = Cell.from_dict({"text": ch}).lines[0]
    assert (line.text, [m.kind for m in line.marks]) == (
        (ch, []) if mark is None else ("", [mark.kind]))


@FAST
@given(st.text(max_size=40), st.integers(min_value=0, max_value=0x10FFFF))
def test_glyph_marks_never_fail(font, code):
    marks.glyph_mark(font, code)


@FAST
@given(st.one_of(st.none(), SOME_TEXT))
def test_colours_parse_to_hex_or_none(value):
    colour = marks.parse_colour(value)
    assert colour is None or re.fullmatch(r"[0-9A-F]{6}", colour)
    if colour is not None:
        assert marks.parse_colour(colour) == colour


# ---------------------------------------------------------------------------
# Dates and deadlines


@FAST
@given(SOME_TEXT)
def test_date_parsers_are_total(text):
    d = framework.parse_date(text)
    assert d is None or isinstance(d, date)
    month = framework.parse_month(text)
    assert month is None or 1 <= month[1] <= 12
    deadline = framework.parse_deadline(text)
    assert deadline is None or deadline in set(framework.Deadline)


@FAST
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_written_dates_round_trip(d):
    assert framework.parse_date(d.isoformat()) == d
    assert framework.parse_date(f"{d.day} {MONTHS[d.month - 1]} {d.year}") == d
    assert framework.parse_month(f"{MONTHS[d.month - 1]} {d.year}") == (d.year, d.month)


@given(st.sampled_from([("April 2010", "2010-04"), ("Apr-10", "2010-04"),
                        ("Oct 2010", "2010-10"), ("October 2010", "2010-10"),
                        ("31 March 2011", "2011-04"), ("April 2011", "2011-04")]))
def test_deadlines_as_documents_write_them(case):
    text, want = case
    assert framework.parse_deadline(text) == framework.Deadline(want)


# ---------------------------------------------------------------------------
# Councils

NAMES = ["Sefton", "Oxfordshire", "Kingston upon Thames", "Stockton-on-Tees", "Wirral",
         "North Yorkshire", "Brighton and Hove"]
SUFFIXES = ["Council", "MBC", "Metropolitan Borough Council", "County Council",
            "City Council", "Borough Council"]


@FAST
@given(SOME_TEXT)
def test_council_normaliser_is_total_and_idempotent(text):
    name = framework.normalise_council(text)
    assert name is None or 0 < len(name) <= 60
    if name is not None:
        assert framework.normalise_council(name) == name


@FAST
@given(st.sampled_from(NAMES), st.sampled_from(SUFFIXES), st.sampled_from(["", " ", "  "]))
def test_council_suffixes_come_off(name, suffix, space):
    assert framework.normalise_council(f"{space}{name} {suffix}{space}") == name


# ---------------------------------------------------------------------------
# Numbers

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """British English words for 0 <= n < 1,000,000."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return f"{_UNITS[n // 100]} hundred" + ("" if not rest else f" and {spell(rest)}")
    rest = n % 1000
    tail = "" if not rest else (" and " if rest < 100 else " ") + spell(rest)
    return f"{spell(n // 1000)} thousand{tail}"


@FAST
@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_round_trip(n):
    assert parse_number_words(spell(n)) == n


@FAST
@given(SOME_TEXT)
def test_number_parsers_are_total(text):
    value = parse_number_words(text)
    assert value is None or value == value  # not NaN
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


# ---------------------------------------------------------------------------
# Readers on mutated bytes

SEEDS = {
    "docx": DATA / "layouts" / "checkbox-list-one-cell-per-deadline.docx",
    "html": DATA / "layouts" / "likelihood-by-cell-colour-only.html",
    "pdf": DATA / "pdf" / "ruled-table-with-merged-cells.pdf",
}
MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.floats(0, 1, exclude_max=True),
                                                  st.integers(0, 255)), min_size=1,
                                        max_size=20)),
    st.tuples(st.just("cut"), st.floats(0, 1)),
    st.tuples(st.just("insert"), st.tuples(st.floats(0, 1), st.binary(min_size=1,
                                                                     max_size=512))),
    st.tuples(st.just("repeat"), st.tuples(st.floats(0, 1), st.integers(2, 50))),
)


def mutate(data: bytes, mutation: tuple) -> bytes:
    kind, arg = mutation
    buf = bytearray(data)
    if kind == "flip":
        for where, byte in arg:
            buf[int(where * len(buf))] = byte
    elif kind == "cut":
        del buf[int(arg * len(buf)):]
    elif kind == "insert":
        where, chunk = arg
        buf[int(where * len(buf)):int(where * len(buf))] = chunk
    else:
        where, times = arg
        at = int(where * len(buf))
        buf[at:at + 64] = bytes(buf[at:at + 64]) * times
    return bytes(buf)


@pytest.fixture(scope="module")
def worker():
    if os.name != "posix":
        pytest.skip("worker isolation is POSIX only")
    from ppfextract.worker import IsolatedWorker, WorkerConfig

    w = IsolatedWorker(WorkerConfig(Settings(facts=False), max_memory_mb=1536), timeout=30)
    yield w
    w.close()


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_readers_survive_mutated_files(fmt, worker, tmp_path_factory):
    seed = SEEDS[fmt]
    if not seed.is_file():
        pytest.skip(f"{seed} missing")
    data = seed.read_bytes()
    folder = tmp_path_factory.mktemp(f"fuzz-{fmt}")
    counter = {"n": 0}

    @settings(max_examples=40, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(MUTATION)
    def check(mutation):
        counter["n"] += 1
        path = folder / f"mutant-{counter['n']}.{fmt}"
        path.write_bytes(mutate(data, mutation))
        record = worker.run_one(counter["n"], path)
        assert record.error_code not in ("timeout", "worker_crashed", "out_of_memory"), \
            (mutation, record.message)
        assert record.error or record.error_code is None
        path.unlink()

    check()


def test_mutation_helpers():
    assert mutate(b"abcdef", ("cut", 0.5)) == b"abc"
    assert mutate(b"abc", ("insert", (0.0, b"x"))) == b"xabc"
    assert mutate(b"abc", ("flip", [(0.0, 65)])) == b"Abc"
    assert Path(SEEDS["html"]).suffix == ".html"
