"""The mark vocabulary and colours, and the selection rules that read them, on their
own."""

from __future__ import annotations

import pytest

from ppfextract import marks
from ppfextract.document import Cell, Line, Mark, MarkKind, MarkSource
from ppfextract.extractors.selection import Member, Selection, decide_block, filled_out, state
from ppfextract.extractors.tags import Field, Option, yes_no_word
from ppfextract.framework import Rating


def _state(cell: Cell) -> Selection:
    """What a cell says as a mark: its marks, then its words."""
    return state(Member(Option.ACHIEVED, cell.marks, cell.text), radios_count=False)


@pytest.mark.parametrize("font,code,kind", [
    ("Wingdings", 0xFC, MarkKind.TICK),
    ("Wingdings", 0xF0FC, MarkKind.TICK),
    ("Wingdings", 0xFD, MarkKind.CHECKED_BOX),
    ("Wingdings", 0xA8, MarkKind.UNCHECKED_BOX),
    ("Wingdings 2", 0x50, MarkKind.TICK),
    ("Wingdings 2", 0x53, MarkKind.CHECKED_BOX),
    ("Webdings", 0x61, MarkKind.TICK),
    ("Symbol", 0xD6, MarkKind.TICK),
    ("Symbol", 0xB7, MarkKind.BULLET),
    ("ABCDEF+ZapfDingbats", ord("4"), MarkKind.TICK),
    ("ZapfDingbats", ord("8"), MarkKind.CROSS),
    ("Wingdings", 0x6C, MarkKind.RADIO_ON),  # a radio button, not a bullet
    ("Wingdings", 0xA1, MarkKind.RADIO_OFF),
    ("ZapfDingbats", 0x6C, MarkKind.RADIO_ON),
    ("ZapfDingbats", 0x6D, MarkKind.RADIO_OFF),
])
def test_glyph_mark_is_font_aware(font, code, kind):
    mark = marks.glyph_mark(font, code)
    assert mark is not None and mark.kind is kind and mark.source is MarkSource.SYMBOL_FONT


def test_same_code_in_a_text_font_is_no_mark():
    assert marks.glyph_mark("Arial", 0xFC) is None  # "ü" in Arial is a letter
    assert marks.glyph_mark("Helvetica", ord("4")) is None


@pytest.mark.parametrize("text,expected", [
    ("Y", Selection.SELECTED), ("Yes", Selection.SELECTED), ("X", Selection.SELECTED),
    ("x", Selection.SELECTED), ("\u2713", Selection.SELECTED), ("\u2714", Selection.SELECTED),
    ("\u221a", Selection.SELECTED), ("\u2612", Selection.SELECTED), ("\u2611", Selection.SELECTED),
    ("N", Selection.NOT_SELECTED), ("No", Selection.NOT_SELECTED),
    ("\u2610", Selection.NOT_SELECTED), ("", Selection.BLANK), ("  ", Selection.BLANK),
    ("Some words", Selection.BLANK),
])
def test_word_selection(text, expected):
    # a hand-written cell: its mark characters become marks, its words stay words
    assert _state(Cell.from_dict({"text": text})) is expected


def test_checked_control_selects_unchecked_does_not():
    on = Cell.from_lines([Line("", (Mark(MarkKind.CHECKED_BOX, MarkSource.CHECKBOX_CONTROL),))],
                         0, 0)
    off = Cell.from_lines([Line("", (Mark(MarkKind.UNCHECKED_BOX, MarkSource.FORM_FIELD),))],
                          0, 1)
    assert _state(on) is Selection.SELECTED
    assert _state(off) is Selection.NOT_SELECTED


@pytest.mark.parametrize("text,expected", [
    ("Y", "Y"), ("Yes", "Y"), ("N", "N"), ("No", "N"), ("\u2713", "Y"), ("X", None), ("", None),
])
def test_yes_no(text, expected):
    """An achieved flag: in words, or a tick alone in a lone 'Achieved' box."""
    cell = Cell.from_dict({"text": text})
    if cell.marks:
        decided = decide_block([Member(Option.ACHIEVED, cell.marks, cell.text, has_slot=True)])
        assert {d.field: d.value for d in decided}[Field.ACHIEVED] == expected
    else:
        assert yes_no_word(cell.text) == expected


@pytest.mark.parametrize("value,expected", [
    ("#ff0000", "FF0000"), ("FF0000", "FF0000"), ("rgb(0, 176, 80)", "00B050"), ("red", "FF0000"),
    ("#f00", "FF0000"), ("auto", None), ("", None), ("transparent", None), ("bogus", None),
])
def test_parse_colour(value, expected):
    assert marks.parse_colour(value) == expected


@pytest.mark.parametrize("hex_colour,name", [
    ("FF0000", "red"), ("C00000", "red"), ("FFC000", "amber"), ("FFBF00", "amber"),
    ("FF9900", "amber"), ("00B050", "green"), ("92D050", "green"), ("00FF00", "green"),
    ("808080", "grey"), ("FFFFFF", None), ("F2F2F2", None), ("0000FF", None),
])
def test_colour_name_with_tolerance(hex_colour, name):
    found = marks.colour_name(hex_colour)
    assert found == name
    assert found is None or isinstance(found, marks.Colour)


@pytest.mark.parametrize("hex_colour,rating", [
    ("FF0000", Rating.RED), ("FFA500", Rating.AMBER_RED), ("FFC000", Rating.AMBER_GREEN),
    ("00B050", Rating.GREEN), ("808080", None), (None, None),
])
def test_rating_colour_is_a_rating(hex_colour, rating):
    assert marks.rating_colour(hex_colour) is rating


def _selected_by_fill(*fills):
    picked = filled_out(list(fills))
    return picked[0] if len(picked) == 1 else None


def test_fill_rule_picks_the_odd_one_out():
    assert _selected_by_fill(None, "00B050", None, None) == 1
    assert _selected_by_fill("D9D9D9", "D9D9D9", "FF0000", "D9D9D9") == 2


def test_fill_rule_ignores_a_colour_legend_and_plain_rows():
    assert _selected_by_fill("FF0000", "FFC000", "FFFF00", "00B050") is None
    assert _selected_by_fill(None, None, None, None) is None
    assert _selected_by_fill("FFFFFF", "FEFEFE", None, "FFFFFF") is None


def test_libreoffice_opensymbol_stand_in_keeps_the_wingdings_code():
    # LibreOffice without Wingdings prints U+F0FC in OpenSymbol
    mark = marks.glyph_mark("EAAAAA+OpenSymbol", 0xF0FC)
    assert mark is not None and mark.kind is MarkKind.TICK
    assert marks.glyph_mark("OpenSymbol", 0xF0D6).kind is MarkKind.TICK  # Symbol's radical
    assert marks.glyph_mark("OpenSymbol", 0x2713).kind is MarkKind.TICK
    assert marks.glyph_mark("OpenSymbol", ord("P")) is None


@pytest.mark.parametrize("name,kind", [
    ("tick", MarkKind.TICK), ("images/tick_green.gif", MarkKind.TICK),
    ("checkbox-checked.png", MarkKind.TICK), ("Yes", MarkKind.TICK),
    ("cross", MarkKind.CROSS), ("box_unchecked.gif", MarkKind.UNCHECKED_BOX),
    ("logo.png", None), ("Modern.Gov logo", None), ("stick.png", None),
    ("crossing.png", None),
])
def test_image_marks_from_alt_text_or_file_name(name, kind):
    mark = marks.image_mark(name)
    assert (mark.kind if mark else None) is kind
