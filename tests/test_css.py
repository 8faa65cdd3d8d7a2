"""The page's own style rules (readers/css.py) and how the HTML reader uses them for
cell fills: inline style, then the rules, then ``bgcolor``."""

from __future__ import annotations

from pathlib import Path

from ppfextract.readers.css import Stylesheet, parse_declarations
from ppfextract.readers.html import read_html
from ppfextract.settings import Settings


def background(sheet: Stylesheet, tag: str, classes: tuple[str, ...] = (),
               element_id: str | None = None) -> str | None:
    return sheet.declarations(tag, classes, element_id).get("background")


def test_declarations() -> None:
    assert parse_declarations(" Background : #FF0000 !important; color:red;;x") == {
        "background": "#FF0000", "color": "red"}


def test_class_tag_and_id_selectors() -> None:
    sheet = Stylesheet([".g {background:green} td.r {background:red} #x {background:blue}"])
    assert background(sheet, "td", ("g",)) == "green"
    assert background(sheet, "TD", ("r",)) == "red"
    assert background(sheet, "p", ("r",)) is None  # td.r is for cells only
    assert background(sheet, "td", (), "x") == "blue"
    assert background(sheet, "td") is None


def test_specificity_then_source_order() -> None:
    sheet = Stylesheet([
        "td.a.b {background:one} .a {background:two} td.a {background:three}",
        ".a {background:four}",  # a later block
    ])
    assert background(sheet, "td", ("a", "b")) == "one"  # two classes beat one
    assert background(sheet, "td", ("a",)) == "three"  # tag + class beat class alone
    assert background(sheet, "span", ("a",)) == "four"  # same specificity: the last wins


def test_media_blocks_comments_and_descendants() -> None:
    sheet = Stylesheet(["""
        /* .c {background:commented} */
        @media screen { .m {background:media} }
        @font-face { font-family: X; src: url(x.woff) }
        @import url(remote.css);
        table.rag td.c {background:last-compound}
        .d > .e {background:child}
    """])
    assert background(sheet, "td", ("m",)) == "media"
    assert background(sheet, "td", ("c",)) == "last-compound"
    assert background(sheet, "span", ("e",)) == "child"


def test_pseudo_classes_and_attribute_selectors_are_left_out() -> None:
    sheet = Stylesheet(["a:hover, td:first-child {background:red} td[title] {background:x}"
                        " td.ok, td::before {background:green}"])
    assert background(sheet, "a") is None
    assert background(sheet, "td") is None
    assert background(sheet, "td", ("ok",)) == "green"


def test_broken_css_does_not_stop_the_rest() -> None:
    sheet = Stylesheet(["} .a {background:red} {{ .b {background:blue}"])
    assert background(sheet, "td", ("a",)) == "red"
    assert not Stylesheet(["", "   "])


def test_reader_prefers_inline_then_rules_then_bgcolor(tmp_path: Path) -> None:
    page = tmp_path / "fills.html"
    page.write_text(
        "<html><head><style>.g {background:#00B050} .y {background-color:#FFFF00}</style>"
        "</head><body><table border=1><tr><td>Rating</td>"
        "<td class=g style='background:#FF0000'>inline</td>"
        "<td class=g bgcolor='#0000FF'>rule</td>"
        "<td bgcolor='#0000FF'>attribute</td>"
        "<td class='x y'>two classes</td>"
        "<td><p class=g>&nbsp;</p></td></tr></table></body></html>", encoding="utf-8")
    doc = read_html(page, Settings())
    table = next(iter(doc.tables()))
    assert [c.fill for c in table.cells] == [None, "FF0000", "00B050", "0000FF", "FFFF00",
                                             "00B050"]


def test_symbol_font_from_a_class_rule(tmp_path: Path) -> None:
    """A Wingdings tick whose font is set by a class rule is a tick."""
    page = tmp_path / "font.html"
    page.write_text(
        "<html><head><style>span.tick {font-family:Wingdings}</style></head><body>"
        "<table border=1><tr><td>Achieved</td><td><span class=tick>\u00fc</span></td>"
        "<td><span>\u00fc</span></td></tr></table></body></html>", encoding="utf-8")
    table = next(iter(read_html(page, Settings()).tables()))
    assert [len(c.marks) for c in table.cells] == [0, 1, 0]
    assert table.cells[1].marks[0].kind.value == "tick"
