"""How readers build lines (readers/lines.py): white space squashed, marks at their
offsets in the squashed words, styled stretches as spans over whole words."""

from __future__ import annotations

from ppfextract.document import Line, Mark, MarkKind, MarkSource, Span, Style
from ppfextract.readers.lines import BOLD, STRUCK, LineBuilder, plain_lines

ON = Mark(MarkKind.RADIO_ON, MarkSource.CHARACTER, "U+25CF")
OFF = Mark(MarkKind.RADIO_OFF, MarkSource.CHARACTER, "U+25CB")


def test_marks_take_their_offsets_in_the_squashed_words() -> None:
    b = LineBuilder()
    b.mark(ON)
    b.add("  Yes ")
    b.mark(OFF)
    b.add("  No\u00a0 ")
    (line,) = b.finish()
    assert line.text == "Yes No"
    assert [(m.kind, m.at) for m in line.marks] == [(MarkKind.RADIO_ON, 0),
                                                    (MarkKind.RADIO_OFF, 4)]


def test_a_style_spans_its_words_and_the_spaces_between_them_only() -> None:
    b = LineBuilder()
    b.add("Very likely / ", STRUCK)
    b.add("Fairly likely")
    b.add(" / ")
    b.add("Fairly ", BOLD | STRUCK)
    b.add(" unlikely ", BOLD | STRUCK)
    (line,) = b.finish()
    assert line.text == "Very likely / Fairly likely / Fairly unlikely"
    assert line.styled(Style.STRUCK) == ["Very likely /", "Fairly unlikely"]
    assert line.spans == (Span(0, 13, Style.STRUCK), Span(30, 45, Style.BOLD),
                          Span(30, 45, Style.STRUCK))


def test_newlines_end_lines_and_empty_lines_go_unless_they_hold_a_mark() -> None:
    b = LineBuilder()
    b.add("Reason:\n\n   \n")
    b.mark(ON)
    b.newline()
    b.add("When:")
    assert b.finish() == (Line("Reason:"), Line("", (Mark(ON.kind, ON.source, ON.detail, 0),)),
                          Line("When:"))
    assert b.finish() == ()  # the builder is left empty


def test_plain_lines() -> None:
    assert plain_lines(" a  b \n\n c ") == (Line("a b"), Line("c"))
