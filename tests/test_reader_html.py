"""The HTML reader on hand-written fixtures (tests/data/html) and two real modern.gov pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ppfextract.document import Cell, Document, MarkKind, MarkSource, Paragraph, Style, Table
from ppfextract.errors import DocumentTooLarge, EmptyDocument
from ppfextract.readers import read, sniff
from ppfextract.readers.html import decode_html, read_html
from ppfextract.settings import Settings

DATA = Path(__file__).parent / "data" / "html"
REALWORLD = Path(__file__).resolve().parents[1].parent / "shared" / "realworld" / "html"


def load(name: str) -> Document:
    return read_html(DATA / name, Settings())


def only_table(doc: Document) -> Table:
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


def cell_at(table: Table, row: int, col: int) -> Cell:
    cell = table.grid()[row][col]
    assert cell is not None
    return cell


def kinds(cell: Cell) -> list[tuple[MarkKind, MarkSource]]:
    return [(m.kind, m.source) for m in cell.marks]


def shown(cell: Cell | Paragraph) -> list[tuple[str, list[tuple[MarkKind, int | None]]]]:
    """Each line's words and its marks with their offsets."""
    return [(line.text, [(m.kind, m.at) for m in line.marks]) for line in cell.lines]


# ---------------------------------------------------------------------------
# Marks


def test_entity_and_literal_ticks_become_character_marks() -> None:
    table = only_table(load("entity-ticks-in-cells.html"))
    assert table.provenance.block == 2
    tick = cell_at(table, 1, 1)
    assert shown(tick) == [("", [(MarkKind.TICK, 0)])]  # the mark leaves the words
    assert tick.text == ""
    assert tick.marks[0].detail == "U+2714"
    assert kinds(tick) == [(MarkKind.TICK, MarkSource.CHARACTER)]
    assert kinds(cell_at(table, 2, 2)) == [(MarkKind.TICK, MarkSource.CHARACTER)]
    assert kinds(cell_at(table, 2, 3)) == [(MarkKind.CHECKED_BOX, MarkSource.CHARACTER)]
    assert kinds(cell_at(table, 2, 4)) == [(MarkKind.UNCHECKED_BOX, MarkSource.CHARACTER)]
    assert shown(cell_at(table, 3, 1)) == [("", [(MarkKind.TICK, 0)])]  # a literal √
    assert kinds(cell_at(table, 3, 1)) == [(MarkKind.TICK, MarkSource.CHARACTER)]
    assert kinds(cell_at(table, 4, 1)) == [(MarkKind.CROSS, MarkSource.CHARACTER)]
    assert kinds(cell_at(table, 4, 2)) == [(MarkKind.CHECKED_BOX, MarkSource.CHARACTER)]
    # siblings carry nothing; the &nbsp; cell is empty text
    for row, col in [(1, 2), (1, 3), (1, 4), (2, 1), (3, 2), (3, 3), (4, 4)]:
        assert cell_at(table, row, col).marks == ()
    assert cell_at(table, 3, 2).text == ""
    assert cell_at(table, 4, 4).text == "No"


def test_word_pasted_wingdings_glyphs_become_symbol_font_marks() -> None:
    doc = load("word-pasted-msonormal-wingdings-tick.html")
    table = only_table(doc)
    assert (table.n_rows, table.n_cols) == (5, 3)  # Word's zero-height sizing row is dropped
    tick = cell_at(table, 1, 1)  # Wingdings "ü" (byte FC) in a mso-char-type:symbol run
    assert kinds(tick) == [(MarkKind.TICK, MarkSource.SYMBOL_FONT)]
    assert tick.marks[0].detail == "Wingdings FC"
    assert shown(tick) == [("", [(MarkKind.TICK, 0)])]
    assert cell_at(table, 1, 2).marks == () and cell_at(table, 1, 2).text == ""
    pua = cell_at(table, 2, 2)  # &#61692; = U+F0FC in Wingdings
    assert kinds(pua) == [(MarkKind.TICK, MarkSource.SYMBOL_FONT)]
    assert cell_at(table, 2, 1).marks == ()
    assert cell_at(table, 3, 1).marks[0].detail == "Wingdings 2 50"  # "P" in Wingdings 2
    assert kinds(cell_at(table, 3, 2)) == [(MarkKind.UNCHECKED_BOX, MarkSource.SYMBOL_FONT)]
    box = cell_at(table, 4, 1)  # <font face=Wingdings>ý</font>
    assert kinds(box) == [(MarkKind.CHECKED_BOX, MarkSource.SYMBOL_FONT)]
    assert shown(box) == [("", [(MarkKind.CHECKED_BOX, 0)])]
    symbol = cell_at(table, 4, 2)  # Symbol "Ö" = radical sign
    assert shown(symbol) == [("see note", [(MarkKind.TICK, 0)])]
    assert symbol.marks[0].detail == "Symbol D6"
    # no o:p, conditional comment or <xml> text leaks; windows-1252 decoded
    text = doc.text()
    assert "jsmith" not in text and "Normal" not in text and "mso" not in text
    assert "FORMCHECKBOX" not in text  # inside <!--[if supportFields]> ... <![endif]-->
    signed = next(p for p in doc.paragraphs() if "signed off" in p.text)
    assert shown(signed) == [("Return signed off by the Director",
                              [(MarkKind.CHECKED_BOX, 0)])]
    assert "Date Completed: 5th January 2011" in [p.text for p in doc.paragraphs()]
    assert "\u201cPutting People First\u201d" in text
    assert cell_at(table, 1, 0).text == (
        "1. Effective partnerships with people using services, carers and other local citizens")


def test_symbol_font_bullets_are_stripped_not_marks() -> None:
    doc = load("symbol-font-bullets.html")
    texts = [p.text for p in doc.paragraphs()]
    assert texts == [
        "What external support would help?",
        "Continued support from the north west JIP",  # Symbol · in <![if !supportLists]>
        "Peer review from a neighbouring council",  # Courier New "o"
        "Guidance on resource allocation",  # Wingdings § bullet
        "Actions agreed",
        "1. Recruit two brokerage officers",  # numbers are kept
        "b) Publish the resource allocation system",  # mso-list:Ignore without comments
        "Review carers' assessments",  # a bare Symbol · followed by spaces
    ]
    table = only_table(doc)
    risks = cell_at(table, 0, 1)
    assert risks.text == "Council\u2019s financial situation\nProvider market capacity"
    assert risks.marks == ()


def test_checkbox_and_radio_inputs() -> None:
    table = only_table(load("checkbox-inputs.html"))  # inside an ASP.NET page-wide <form>
    checked = cell_at(table, 1, 1)
    assert kinds(checked) == [(MarkKind.CHECKED_BOX, MarkSource.HTML_INPUT)]
    assert checked.text == ""
    assert kinds(cell_at(table, 1, 2)) == [(MarkKind.UNCHECKED_BOX, MarkSource.HTML_INPUT)]
    assert kinds(cell_at(table, 1, 3)) == [(MarkKind.UNCHECKED_BOX, MarkSource.HTML_INPUT)]
    radio = cell_at(table, 2, 2)
    assert kinds(radio) == [(MarkKind.RADIO_ON, MarkSource.HTML_INPUT)]
    assert radio.text == "Fairly likely"
    assert kinds(cell_at(table, 2, 1)) == [(MarkKind.RADIO_OFF, MarkSource.HTML_INPUT)]
    # a text box shows its value, as a printed or saved form does
    text_input = cell_at(table, 2, 3)
    assert text_input.text == "ignored" and text_input.marks == ()
    # in the lines a radio button is a radio mark, a checkbox a box, at its place
    assert [(line.text, [(m.kind, m.at) for m in line.marks]) for line in radio.lines] == [
        ("Fairly likely", [(MarkKind.RADIO_ON, 0)])]
    assert [(m.kind, m.at) for m in checked.lines[0].marks] == [(MarkKind.CHECKED_BOX, 0)]


# ---------------------------------------------------------------------------
# Tables


def test_colspan_rowspan_grid() -> None:
    doc = load("colspan-rowspan-grid.html")
    assert isinstance(doc.blocks[0], Paragraph)
    assert (doc.blocks[0].text, doc.blocks[0].style) == ("Milestone deadlines", "caption")
    table = only_table(doc)
    assert table.provenance.block == 1
    assert (table.n_rows, table.n_cols) == (6, 4)
    assert table.text_rows() == [
        ["Milestone", "Deadline"],
        ["Milestone", "April 2010", "October 2010", "April 2011"],
        ["Milestone 1", "Y", "N", "Very likely"],
        ["Milestone 1", "Y", "Fairly likely", "Y"],
        ["Milestone 1", "N", "Fairly likely", "Very unlikely"],
        ["Footnote: all dates are end of month"],  # tfoot last though written first
    ]
    head = cell_at(table, 0, 0)
    assert (head.row_span, head.col_span) == (2, 1)
    assert cell_at(table, 0, 1).col_span == 3
    milestone = cell_at(table, 2, 0)
    assert (milestone.row, milestone.row_span) == (2, 3)  # rowspan=0: to the end of tbody
    assert cell_at(table, 2, 2).col_span == 1  # colspan=0 means 1
    assert cell_at(table, 2, 3).row_span == 1  # rowspan="abc" means 1
    assert cell_at(table, 3, 2).row_span == 3  # rowspan=99 clipped to the table
    assert cell_at(table, 5, 0).col_span == 4
    assert (milestone.provenance.block, milestone.provenance.row,
            milestone.provenance.col) == (1, 2, 0)
    assert milestone.provenance.file == "colspan-rowspan-grid.html"


def test_nested_table_kept_apart_from_outer_cell_text() -> None:
    doc = load("nested-table.html")
    outer = doc.blocks[0]
    assert isinstance(outer, Table)
    holder = cell_at(outer, 0, 1)
    assert holder.text == "Key Risks and Mitigating Actions\nReviewed quarterly"
    assert holder.marks == ()  # the tick belongs to the nested cell
    assert len(holder.nested) == 1
    inner = holder.nested[0]
    assert inner.text_rows() == [
        ["Key Risks;", "Mitigating Actions;"],
        ["Council's financial situation", "Borough wide initiative"],
    ]
    assert kinds(cell_at(inner, 1, 0)) == [(MarkKind.TICK, MarkSource.CHARACTER)]
    assert shown(cell_at(inner, 1, 0)) == [("Council's financial situation",
                                            [(MarkKind.TICK, 29)])]
    assert [t.n_rows for t in doc.tables()] == [2, 2]
    # a one-cell layout table is unwrapped into paragraphs
    assert [(b.text, b.style) for b in doc.blocks[1:] if isinstance(b, Paragraph)] == [
        ("A layout box holding one paragraph.", "p"), ("And a second one.", "p")]
    assert len(doc.blocks) == 3


def test_bgcolor_and_style_fills() -> None:
    table = only_table(load("bgcolor-and-style-fill.html"))
    fills = [[c.fill for c in row] for row in table.rows()]
    assert fills[1][1:] == ["FF0000", None, None, None]  # bgcolor on td
    assert fills[2][1:] == [None, "FFC000", None, None]  # background-color: rgb()
    assert fills[3][1:] == [None, None, "99CC00", None]  # background shorthand, #rgb + url
    assert fills[4] == ["FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "00FF00"]  # tr bgcolor
    assert fills[5][1:] == [None, None, None, "008000"]  # <td><p style=background:green>
    assert fills[6][1:] == ["FF0000", None, None, None]  # mso-pattern; garbage; transparent
    assert all(f is None for f in fills[0])


# ---------------------------------------------------------------------------
# Text, furniture, encodings


def test_paragraph_blocks_in_order_with_styles() -> None:
    doc = load("no-tables.html")
    assert [(p.style, p.text) for p in doc.paragraphs()] == [
        ("h1", "Cabinet Member Health and Social Care"),
        ("h2", "Transforming Social Care Quarterly Progress Report"),
        ("p", "Date: 16th February 2011"),  # <sup>th</sup> joins, spaces collapse
        ("p", "Report of: Robina Critchley,\nAdult Social Care Director"),  # <br>
        ("div", "Loose text directly in a div"),
        ("p", "A paragraph inside the div."),
        ("div", "more loose text after it"),
        ("li", "The Head of Corporate Legal Services has been consulted"),
        ("li", "The Head of Corporate Finance has been consulted and has no comments"),
        ("dt", "Key decision"),
        ("dd", "No"),
        ("blockquote", "Three hundred people had now been allocated a personal budget."),
        ("pre", "Line one\nLine two"),
        ("p", "ReferenceLD0033/11 \u2014 Zero width space removed."),
    ]
    assert [b.provenance.block for b in doc.blocks] == list(range(14))
    assert doc.format == "html" and list(doc.tables()) == []


def test_page_furniture_removed() -> None:
    doc = load("page-furniture-removed.html")
    text = doc.text()
    for furniture in ["Skip to main content", "We use cookies", "Accept all cookies",
                      "Example Borough Council logo", "Search this site", "Bins and recycling",
                      "Council and democracy", "Find", "Adult social care", "Share on Twitter",
                      "Hidden print-only banner", "Related pages", "Contact us", "Privacy",
                      "\u00a9 Example", "enable JavaScript", "Template row", "dataLayer"]:
        assert furniture not in text, furniture
    assert [p.text for p in doc.paragraphs()] == [
        "Putting People First: progress return",
        "Social care transformation is on track for April 2011.",  # class social-care-news
        "Loose paragraph before the table.",
        "Published 16 February 2011",
        "Committee minutes",  # a <header> inside <article> is content
        "Three hundred people had now been allocated a personal budget.",
        "Minute 42 continued",
    ]
    # the table survives inside a div.sidebar-layout: furniture classes never drop a real table
    assert only_table(doc).text_rows() == [["Milestone", "Achieved"],
                                           ["Information and advice", "Y"]]


@pytest.mark.parametrize("name", ["windows-1252-encoded.html", "windows-1252-no-meta.html"])
def test_windows_1252_decoded(name: str) -> None:
    doc = load(name)
    paragraphs = [p.text for p in doc.paragraphs()]
    assert paragraphs == [
        "Transforming Social Care \u2013 \u201cQuarterly\u201d Progress Report",
        "The Council\u2019s personal budget spend was \u00a31,250,000 in 2010/11.",
    ]
    assert cell_at(only_table(doc), 0, 1).text == "\u00a3300,000"


def test_decoding_order() -> None:
    pound = "<p>\u00a3</p>"
    assert decode_html(b"\xef\xbb\xbf" + pound.encode("utf-8")) == (pound, "utf-8")
    assert decode_html(pound.encode("utf-8")) == (pound, "utf-8")
    assert decode_html(pound.encode("cp1252")) == (pound, "cp1252")
    latin = b'<meta charset="iso-8859-1"><p>\x93q\x94</p>'  # browsers read latin-1 as cp1252
    assert decode_html(latin)[0].endswith("<p>\u201cq\u201d</p>")
    lying = b'<meta charset="utf-8"><p>\xa3</p>'  # says utf-8, is not
    assert decode_html(lying)[0].endswith("<p>\u00a3</p>")


def test_entity_declarations_are_not_expanded() -> None:
    doc = load("entity-expansion.html")
    assert [p.text for p in doc.paragraphs()] == ["Progress report &lol9;", "External: &xxe;"]
    table = only_table(doc)
    assert cell_at(table, 0, 1).text == "&lol9;"
    assert "root:" not in doc.text() and "lollol" not in doc.text()


def test_empty_and_too_large() -> None:
    with pytest.raises(EmptyDocument):
        load("empty-whitespace-only.html")
    with pytest.raises(DocumentTooLarge):
        read_html(DATA / "no-tables.html", Settings(max_html_bytes=100))


def test_dispatch_through_readers_read() -> None:
    path = DATA / "word-pasted-msonormal-wingdings-tick.html"
    assert sniff(path) == "html"
    doc = read(path)
    assert doc.format == "html" and doc.path == str(path)


# ---------------------------------------------------------------------------
# Real modern.gov pages

REAL = {
    "moderngov-kingston-Agenda_151.html": (
        "Kingston and North Kingston Neighbourhood Committee - Thursday 15 January 2026 7:30 pm",
        ["54.", "Public Question Time"],
        "Apologies were received from Councillors Noel Hadjimichael, Patrick Hall and "
        "John Sweeney.",
        13,
    ),
    "moderngov-kingston-Agenda_Irrelevant.html": (
        "Kingston and North Kingston Neighbourhood Committee - Wednesday 18 November 2025 "
        "7:30 pm",
        ["29.", "Public Questions"],
        "The committee received and noted the Work Programme.",
        11,
    ),
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_moderngov_agenda_content_kept_and_navigation_dropped(name: str) -> None:
    path = REALWORLD / name
    if not path.exists():
        pytest.skip(f"real-world page not present at {path}")
    title, first_item, minute, n_rows = REAL[name]
    doc = read_html(path, Settings())
    paragraphs = [(p.style, p.text) for p in doc.paragraphs()]
    assert paragraphs[0] == ("h1", "Agenda, decisions and minutes")
    assert paragraphs[1] == ("h2", title)
    assert ("caption", "Items") in paragraphs
    items = only_table(doc)
    assert items.n_rows == n_rows and items.n_cols == 2
    assert cell_at(items, 0, 1).text == "Item"
    assert cell_at(items, 1, 0).text == first_item[0]
    assert cell_at(items, 1, 1).text.split("\n")[0] == first_item[1]
    assert any(minute in line for c in items.cells for line in c.text.split("\n"))
    text = doc.text()
    for furniture in ["Skip to main content", "Section menu", "Election results",
                      "Subscribe to updates", "Outside bodies", "Committee details",
                      "All Rights Reserved", "Royal Borough of Kingston upon Thames Council.",
                      "mgJQuery", "CommonAjaxInit", "Google Tag Manager"]:
        assert furniture not in text, furniture


# ---------------------------------------------------------------------------
# Lines: marks at their offsets, spans, forms, pictures, panels (issue 12)


def line_marks(cell: Cell) -> list[tuple[str, list[tuple[str, int | None, str]]]]:
    """Each line as (text, [(mark kind, at, source)])."""
    return [(line.text, [(m.kind.value, m.at, m.source.value) for m in line.marks])
            for line in cell.lines]


def test_pictures_are_marks_by_what_they_draw() -> None:
    table = only_table(load("tick-pictures-by-what-they-draw.html"))
    drawn = {(c.row, c.col): [(m.kind.value, m.at) for line in c.lines for m in line.marks]
             for c in table.cells if any(line.marks for line in c.lines)}
    assert drawn == {
        (1, 3): [("tick", 0)],  # PNG data URI, empty alt
        (2, 4): [("tick", 0)],  # SVG data URI
        (3, 2): [("cross", 0)],  # SVG data URI of two crossing lines
        (4, 1): [("tick", 0)],  # inline <svg>
        (5, 4): [("tick", 0)],  # a PNG file beside the page
        (6, 2): [("unchecked_box", 0)],  # a hollow square
        (7, 3): [("radio_on", 0)],  # a filled disc
        # (8, 1): an information icon (a disc with a letter cut out): no mark
    }
    assert all(m.source is MarkSource.IMAGE for c in table.cells for m in c.marks)
    assert all(c.text == "" for c in table.cells if c.col > 0 and c.row > 0)  # no stand-ins


def test_hidden_tab_panels_and_accordions_are_content() -> None:
    doc = load("hidden-tab-panels-are-content.html")
    texts = [b.text for b in doc.blocks]
    for text in ("Milestone 1: April 2010 achieved.",
                 "Milestone 2: October 2010 not achieved; fairly likely by April 2011.",
                 "Milestone 3: April 2011 very likely.", "Milestone 4: April 2010 achieved.",
                 "Provider market slow to develop."):
        assert text in texts
    assert not any("TEMPLATE" in t or "cookies" in t for t in texts)


def test_definition_lists_in_closed_details_panels() -> None:
    doc = load("definition-lists-and-details.html")
    assert [(b.style, b.text) for b in doc.blocks] == [
        ("h2", "The return"),
        ("summary", "Milestone 2: Self-directed support and personal budgets"),
        ("dt", "April 2010 \u2013 has the milestone been achieved?"), ("dd", "Yes"),
        ("dt", "October 2010 \u2013 has the milestone been achieved?"), ("dd", "No"),
        ("dd", "How likely by April 2011: Fairly likely"),
        ("summary", "Glossary"), ("dt", "Very likely"), ("dd", "Confident of achieving")]
    assert doc.blocks[6].lines[0].styled(Style.BOLD) == ["Fairly likely"]


def test_form_controls_with_labels_selects_and_text_areas() -> None:
    doc = load("form-controls-labels-select-textarea.html")
    assert doc.blocks[2].text == ("Council Bury Metropolitan Borough Council Quarter "
                                  "Quarter 3 2009/10")
    table = only_table(doc)
    off, on = "radio_off", "radio_on"
    assert line_marks(cell_at(table, 1, 2)) == [
        ("Very likely", [(off, 0, "html_input")]), ("Fairly likely", [(on, 0, "html_input")]),
        ("Fairly unlikely", [(off, 0, "html_input")]),
        ("Very unlikely", [(off, 0, "html_input")])]
    # each control's mark names the text its <label> gives it
    assert [m.detail for m in cell_at(table, 1, 2).lines[1].marks] == [
        "radio checked: Fairly likely"]
    assert [m.detail for line in cell_at(table, 2, 1).lines for m in line.marks] == [
        "checkbox unchecked: Yes", "checkbox checked: No"]
    assert cell_at(table, 1, 3).text == ""  # "-- Please select --" is a prompt
    assert cell_at(table, 2, 3).text == "Amber/Green"  # the selected option
    assert cell_at(table, 2, 4).text == "Reviews are late for people with mental health needs."
    # the cell's text is its words, its marks the lines' (one radio button on)
    assert cell_at(table, 1, 2).text == (
        "Very likely\nFairly likely\nFairly unlikely\nVery unlikely")
    assert [m.kind for m in cell_at(table, 1, 2).marks].count(MarkKind.RADIO_ON) == 1


def test_struck_bold_and_highlighted_options_are_spans() -> None:
    table = only_table(load("struck-and-emphasised-options.html"))
    cells = [cell_at(table, r, 1) for r in range(table.n_rows)]
    assert [c.lines[0].styled(Style.STRUCK) for c in cells[:3]] == [
        ["No"], ["Yes"], ["Very likely", "Fairly unlikely", "Very unlikely"]]
    assert [c.lines[0].styled(Style.BOLD) for c in cells[3:6]] == [
        ["Amber/Red"], ["Amber/Green"], ["Green"]]
    assert [c.lines[0].styled(Style.HIGHLIGHT) for c in cells[6:]] == [["Red"], ["Amber/Red"]]
    assert cells[2].text == "Very likely / Fairly likely / Fairly unlikely / Very unlikely"


def test_calc_workbook_export_one_table_per_sheet() -> None:
    doc = load("calc-export-sheets-dates-fills.html")
    headings = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.style == "h1"]
    assert headings == ["Overview", "Sheet 1: Milestones", "Sheet 2: Ratings"]
    milestones, ratings = [b for b in doc.blocks if isinstance(b, Table)]
    assert doc.blocks.index(milestones) == 3 and doc.blocks.index(ratings) == 5
    assert cell_at(milestones, 1, 1).text == "11/01/2011"  # a date cell as displayed
    assert [c.fill for c in milestones.rows()[2]] == ["C6E0B4"] * 4
    assert milestones.rows()[2][0].lines[0].styled(Style.BOLD) == ["No."]
    assert [c.fill for c in ratings.rows()[1]] == [None, "00B050"]


def test_excel_workbook_saved_as_web_page_reads_every_sheet() -> None:
    """A frameset page naming its sheets: each sheet's file (beside the page) is read,
    after a heading with the sheet's name, with the sheet's own class rules."""
    doc = read_html(DATA / "excel-workbook-saved-as-web-page.htm", Settings())
    assert [(type(b).__name__, b.text if isinstance(b, Paragraph) else b.n_rows)
            for b in doc.blocks] == [("Paragraph", "Milestones"), ("Table", 5),
                                     ("Paragraph", "Ratings"), ("Table", 3)]
    milestones, ratings = doc.blocks[1], doc.blocks[3]
    assert isinstance(milestones, Table) and isinstance(ratings, Table)
    assert cell_at(milestones, 1, 1).text == "11/01/2011"
    assert [c.fill for c in milestones.rows()[2]] == ["C0C0C0"] * 3
    assert [c.fill for c in ratings.rows()[1]] == [None, "00B050"]
    assert (ratings.provenance.file, ratings.provenance.block) == (
        "excel-workbook-saved-as-web-page.htm", 3)
    assert "frames" not in doc.text()
