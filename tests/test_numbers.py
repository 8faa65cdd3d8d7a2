"""Numbers as councils write them, and the digits that are not quantities."""

from __future__ import annotations

import pytest

from ppfextract.extractors.numbers import Quantity, find_quantities, parse_number_words


@pytest.mark.parametrize(
    ("text", "value", "unit", "number_text"),
    [
        # digits
        ("1,245 people", 1245, "count", "1,245"),
        ("some 12,000 service users", 12000, "count", "12,000"),
        ("a total of 300,000", 300000, "count", "300,000"),
        ("an average of 3.5 visits", 3.5, "count", "3.5"),
        ("640 service users", 640, "count", "640"),
        ("1.2 million people", 1_200_000, "count", "1.2 million"),
        ("12 thousand people", 12000, "count", "12 thousand"),
        # words
        ("three hundred people", 300, "count", "three hundred"),
        ("Twelve thousand people were", 12000, "count", "Twelve thousand"),
        ("five hundred and twelve users", 512, "count", "five hundred and twelve"),
        ("a thousand carers", 1000, "count", "a thousand"),
        ("one hundred and twenty-five clients", 125, "count", "one hundred and twenty-five"),
        ("two and a half thousand people", 2500, "count", "two and a half thousand"),
        ("Five hundred of these", 500, "count", "Five hundred"),
        ("forty-two people", 42, "count", "forty-two"),
        ("two thousand and ten users", 2010, "count", "two thousand and ten"),
        ("seven carers", 7, "count", "seven"),
        # percentages
        ("18.2% of eligible users", 18.2, "percent", "18.2%"),
        ("18.2 per cent of users", 18.2, "percent", "18.2 per cent"),
        ("18.2 percent of users", 18.2, "percent", "18.2 percent"),
        ("eighteen per cent of users", 18, "percent", "eighteen per cent"),
        ("30 % of users", 30, "percent", "30 %"),
        ("4.2 per cent cashable", 4.2, "percent", "4.2 per cent"),
        # money
        ("£4.3m was spent", 4_300_000, "gbp", "£4.3m"),
        ("£681 million", 681_000_000, "gbp", "£681 million"),
        ("£1,284,000 in total", 1_284_000, "gbp", "£1,284,000"),
        ("£2.5bn nationally", 2_500_000_000, "gbp", "£2.5bn"),
        ("£350k this year", 350_000, "gbp", "£350k"),
        ("£4.3 million this year", 4_300_000, "gbp", "£4.3 million"),
        ("£681,000 of spend", 681_000, "gbp", "£681,000"),
        ("£ 12.50 a week", 12.5, "gbp", "£ 12.50"),
        ("4.3 million pounds", 4_300_000, "gbp", "4.3 million pounds"),
        ("£2010 in fees", 2010, "gbp", "£2010"),
        # after a month with no day: a thousands separator or a people noun makes a count
        ("At the end of January 2,994 customers", 2994, "count", "2,994"),
        ("by June 12,500 people", 12500, "count", "12,500"),
        ("In May 12 people were", 12, "count", "12"),
        ("On 31 March 1,250 adults", 1250, "count", "1,250"),
        ("Since Sept 45 carers", 45, "count", "45"),
    ],
)
def test_quantity_forms(text: str, value: float, unit: str, number_text: str) -> None:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.text == number_text
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        # years and financial years
        "in 2010",
        "during 2010/11",
        "the 2009-10 budget",
        "2010/ 2011",
        "by 1995",
        # dates
        "on 31 March 2011",
        "since 1st August",
        "since 1 st August 2010",
        "DATE: February 16th 2011",
        "Apr-10",
        "as at 31/03/2011",
        "by the 16th of May",
        "March 31,2011",
        "on January 12, 2011",
        "in APRIL 2010",
        "from May 2010/11",
        # times
        "12:30",
        "at 10.30am",
        "at 2 pm",
        # telephone numbers
        "(01865) 323665",
        "Tel: 0151 934 3614",
        "call 0151 934 3614",
        "+44 20 7946 0000",
        # page and paragraph numbers, labels
        "see page 12",
        "(p. 14)",
        "pp. 12-14",
        "Page 3 of 10",
        "12",
        "- 12 -",
        "3.2 The council",
        "1. Introduction",
        "paragraph 4.1",
        "Milestone 2",
        "Annex 1",
        "Appendix 3",
        "NI 130",
        "Agenda item 7",
        # reference codes
        "LD0033/11",
        "FD626",
        "report AS8",
        "(AS8)",
        "CM/2011/04",
        # ordinals and non-count words
        "the first quarter",
        "the 3rd meeting",
        "twenty-first century",
        "one of the least developed areas",
        "a one-off grant",
        "a 24-hour service",
        "no one",
        "the second report",
        # durations: a count of years, months, weeks or days
        "Two years ago",
        "over the next 18 months",
        "within 28 days",
        "a 12-month review",
        "six weeks later",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_spans_in_longer_text() -> None:
    text = ("As at 31 March 2010, 1,245 people (18.2% of eligible users) had a personal "
            "budget; £4.3m was spent. Contact (01865) 323665, ref LD0033/11, page 12.")
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [
        (1245, "count"), (18.2, "percent"), (4_300_000, "gbp")]
    for q in found:
        assert text[q.start:q.end] == q.text


def test_quantity_is_frozen() -> None:
    q = Quantity(1.0, "count", 0, 1, "1")
    with pytest.raises(AttributeError):
        q.value = 2.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three hundred", 300),
        ("Twelve thousand", 12000),
        ("five hundred and twelve", 512),
        ("a thousand", 1000),
        ("one hundred and twenty-five", 125),
        ("two and a half thousand", 2500),
        ("ninety-nine", 99),
        ("one million", 1_000_000),
        ("a hundred", 100),
        ("nineteen", 19),
    ],
)
def test_parse_number_words(text: str, value: float) -> None:
    assert parse_number_words(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "and", "a", "three and four", "hundred five", "twenty twelve", "first", "12",
     "five hundred and", "a half"],
)
def test_parse_number_words_rejects(text: str) -> None:
    assert parse_number_words(text) is None


def test_long_table_like_line() -> None:
    """Hundreds of numbers, dates and codes on one line: each found once (the overlap
    tests were once quadratic; benchmarks/micro.py times this line)."""
    cells = [f"{i % 900 + 100} 12/03/2010 £{i},000 page {i} (0151) 934 3614 ref AS{i} 4.{i % 10}%"
             for i in range(1, 401)]
    line = "  ".join(cells)
    found = find_quantities(line)
    assert [q.unit for q in found] == ["count", "gbp", "percent"] * 400
    assert [q.value for q in found[:3]] == [101, 1000, 4.1]
    for q in found:
        assert line[q.start:q.end] == q.text


def test_texts_without_digits_or_number_words() -> None:
    assert find_quantities("Members noted the report and the telephone extension list.") == []
    assert [q.value for q in find_quantities("Tel: one hundred and ten people")] == [110]


@pytest.mark.parametrize("text", ["UNIT", "unit", "teen", "tens hundred", "scale"])
def test_class_names_are_not_number_words(text):
    # hypothesis found "UNIT" crashing the word parser (a class name taken for a word)
    assert parse_number_words(text) is None


_FRAGMENTS = ["2010", "2011", "1999", "2030", "2031", "1899", "£2010", "£ 2010", "2010/11",
              "2009-10", "31 March 2011", "April 2010", "300", "1,245", "18.2%", "£2.5m",
              "3 pm", "12:30", "page 12", "AS8", "(01865) 323665", "1.5", ",", ".", "in",
              "people", "March", "-", "/", "2010.5", "2,010", "20100", "x2010", "2010x"]


def _assert_shortcut_changes_nothing(find, fragments: list[str], seps: list[str]) -> None:
    """``find(text)`` equals ``find(text, shortcut=False)`` on texts joined from
    ``fragments``."""
    pytest.importorskip("hypothesis")
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @given(st.lists(st.sampled_from(fragments), min_size=1, max_size=8), st.sampled_from(seps))
    @settings(max_examples=500, deadline=None, derandomize=True)
    def check(parts: list[str], sep: str) -> None:
        text = sep.join(parts)
        assert find(text) == find(text, shortcut=False)

    check()


def test_year_only_shortcut_changes_nothing() -> None:
    """Skipping the not-a-quantity scan when every number is a year (and no "£") gives
    the same quantities as running it."""
    from ppfextract.extractors.numbers import _digit_quantities

    _assert_shortcut_changes_nothing(_digit_quantities, _FRAGMENTS, [" ", "", "  ", "\n"])


_WORD_FRAGMENTS = ["done", "someone", "often", "One", "one", "TEN", "ten-year", "seventeen",
                   "Seventeen", "twenty-one", "twenty - one", "a", "and", "half", "hundred",
                   "Thousand", "people", "%", "per cent", "£", "five", "fifty", "ninety",
                   "nineteenth", "twelve", "thirteen", "x", "-", ",", "Twelve thousand"]


def test_number_word_shortcut_changes_nothing() -> None:
    """Skipping the number-word scan when no whole number word is in the lower-cased
    text gives the same quantities as running it."""
    from ppfextract.extractors.numbers import _word_quantities

    _assert_shortcut_changes_nothing(_word_quantities, _WORD_FRAGMENTS, [" ", "", "-", "\n"])
