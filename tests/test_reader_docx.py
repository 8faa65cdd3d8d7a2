"""The DOCX reader on fixtures built by scripts/build_docx_fixtures.py and on real
Word files from other projects (../shared/realworld/docx)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from ppfextract.document import (
    Cell,
    Document,
    Mark,
    MarkKind,
    MarkSource,
    Paragraph,
    Style,
    Table,
)
from ppfextract.errors import CorruptDocument, DocumentTooLarge
from ppfextract.readers import read
from ppfextract.readers.docx import read_docx
from ppfextract.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "docx"
REALWORLD = Path(__file__).resolve().parents[1].parent / "shared" / "realworld" / "docx"
OPTIONS = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]

TICK, CROSS = MarkKind.TICK, MarkKind.CROSS
CHECKED, UNCHECKED = MarkKind.CHECKED_BOX, MarkKind.UNCHECKED_BOX


def load(name: str, settings: Settings | None = None) -> Document:
    return read_docx(DATA / name, settings or Settings())


def only_table(doc: Document) -> Table:
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


def cell_at(table: Table, row: int, col: int) -> Cell:
    matches = [c for c in table.cells if c.row == row and c.col == col]
    assert len(matches) == 1, f"no single cell at ({row}, {col})"
    return matches[0]


def bare(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
    """Marks without their offsets (see :func:`shown` for where they stand)."""
    return tuple(replace(m, at=None) for m in marks)


def row_marks(table: Table, row: int) -> list[tuple[Mark, ...]]:
    return [bare(c.marks) for c in sorted((c for c in table.cells if c.row == row),
                                          key=lambda c: c.col)]


def shown(block: Cell | Paragraph) -> list[tuple[str, list[tuple[MarkKind, int | None]]]]:
    """Each line's words and its marks with their offsets."""
    return [(line.text, [(m.kind, m.at) for m in line.marks]) for line in block.lines]


def assert_one_mark_in_row(table: Table, row: int, col: int, mark: Mark) -> None:
    """The mark sits on the cell under option ``col`` (a line of its own, no words) and
    on none of its siblings."""
    assert [c.text for c in table.rows()[0]] == OPTIONS
    marks = row_marks(table, row)
    assert marks[col] == (mark,)
    assert all(m == () for i, m in enumerate(marks) if i != col)
    assert shown(cell_at(table, row, col)) == [("", [(mark.kind, 0)])]
    assert all(c.text == "" for c in table.cells if c.row == row)


# ---------------------------------------------------------------------------
# Symbol-font glyphs


@pytest.mark.parametrize(
    ("name", "col", "detail"),
    [
        ("wingdings-tick-in-sym-run.docx", 1, "Wingdings FC"),
        ("wingdings2-tick-sym.docx", 2, "Wingdings 2 50"),
        ("symbol-font-radical-tick.docx", 0, "Symbol D6"),
        ("webdings-tick.docx", 3, "Webdings 61"),
        ("zapf-tick-typed.docx", 2, "ZapfDingbats 34"),
    ],
)
def test_symbol_font_tick_is_a_mark_on_its_cell(name: str, col: int, detail: str) -> None:
    doc = load(name)
    assert isinstance(doc.blocks[0], Paragraph)
    assert doc.blocks[0].text == "Milestone 1: likelihood of achieving by April 2011"
    table = only_table(doc)
    assert (table.n_rows, table.n_cols) == (2, 4)
    assert_one_mark_in_row(table, 1, col, Mark(TICK, MarkSource.SYMBOL_FONT, detail))


def test_private_use_and_plain_characters_typed_in_wingdings() -> None:
    table = only_table(load("pua-tick-typed-in-wingdings-run.docx"))
    tick = Mark(TICK, MarkSource.SYMBOL_FONT, "Wingdings FC")
    assert_one_mark_in_row(table, 1, 1, tick)  # U+F0FC
    assert_one_mark_in_row(table, 2, 3, tick)  # "ü"
    # A Wingdings smiley ("J") is no mark, and is dropped rather than read as a letter.
    assert row_marks(table, 3) == [(), (), (), ()]
    assert cell_at(table, 3, 0).text == ""


def test_symbol_font_from_a_character_style() -> None:
    table = only_table(load("wingdings-tick-via-character-style.docx"))
    mark = Mark(TICK, MarkSource.SYMBOL_FONT, "Wingdings FC")
    assert_one_mark_in_row(table, 1, 3, mark)


def test_symbol_glyphs_in_paragraphs_are_marks_and_unknown_glyphs_are_dropped() -> None:
    doc = load("symbols-outside-tables.docx")
    assert [shown(b) for b in doc.blocks] == [[("Achieved (on time)", [(TICK, 9)])]]  # type: ignore[arg-type]
    assert [b.text for b in doc.blocks] == ["Achieved (on time)"]


# ---------------------------------------------------------------------------
# Checkboxes


def test_checkbox_content_controls() -> None:
    table = only_table(load("checkbox-content-control.docx"))
    src = MarkSource.CHECKBOX_CONTROL
    assert row_marks(table, 1) == [
        (Mark(UNCHECKED, src, "w14:checked=0"),),
        (Mark(CHECKED, src, "w14:checked=1"),),
        (Mark(UNCHECKED, src, "w14:checked=0"),),
        (Mark(UNCHECKED, src, "w14:checked=0"),),
    ]
    assert [shown(c) for c in table.rows()[1]] == [
        [("", [(UNCHECKED, 0)])], [("", [(CHECKED, 0)])], [("", [(UNCHECKED, 0)])],
        [("", [(UNCHECKED, 0)])]]
    # The control's own ☒/☐ glyph (MS Gothic) gives no second, CHARACTER mark.
    assert row_marks(table, 2) == [
        (Mark(UNCHECKED, src, "w14:checked=false"),),
        (Mark(UNCHECKED, src, "w14:checked=0"),),
        (Mark(CHECKED, src, "w14:checked=true"),),
        (Mark(UNCHECKED, src, "w14:checked=0"),),
    ]
    assert shown(cell_at(table, 2, 2)) == [("Fairly unlikely", [(CHECKED, 0)])]
    assert shown(cell_at(table, 2, 0)) == [("Very likely", [(UNCHECKED, 0)])]


def test_legacy_formcheckbox_fields() -> None:
    table = only_table(load("legacy-formcheckbox.docx"))
    src = MarkSource.FORM_FIELD
    assert row_marks(table, 1) == [
        (Mark(CHECKED, src, "w:checked"),),
        (Mark(UNCHECKED, src, "w:checked=0"),),
        (Mark(CHECKED, src, "w:default=1"),),
        (Mark(UNCHECKED, src, "w:default=0"),),
    ]
    assert [shown(c) for c in table.rows()[1]] == [
        [("", [(CHECKED, 0)])], [("", [(UNCHECKED, 0)])], [("", [(CHECKED, 0)])],
        [("", [(UNCHECKED, 0)])]]
    # w:checked wins over w:default; the field code is not text.
    assert bare(cell_at(table, 2, 0).marks) == (Mark(UNCHECKED, src, "w:checked=0"),)
    assert shown(cell_at(table, 2, 0)) == [("Not yet", [(UNCHECKED, 0)])]
    assert bare(cell_at(table, 2, 1).marks) == (Mark(CHECKED, src, "w:checked=true"),)
    assert shown(cell_at(table, 2, 1)) == [("Yes", [(CHECKED, 0)])]
    assert not any("FORMCHECKBOX" in c.text for c in table.cells)
    # A glyph written as the field's result gives no second mark.
    assert bare(cell_at(table, 2, 2).marks) == (Mark(CHECKED, src, "w:checked"),)
    assert shown(cell_at(table, 2, 2)) == [("", [(CHECKED, 0)])]


def test_unicode_ballot_boxes_and_ticks() -> None:
    doc = load("unicode-ballot-boxes.docx")
    table = only_table(doc)
    src = MarkSource.CHARACTER
    assert row_marks(table, 1) == [
        (Mark(UNCHECKED, src, "U+2610"),),
        (Mark(CHECKED, src, "U+2612"),),
        (Mark(UNCHECKED, src, "U+2610"),),
        (Mark(UNCHECKED, src, "U+2610"),),
    ]
    assert bare(cell_at(table, 2, 2).marks) == (Mark(CHECKED, src, "U+2611"),)
    assert shown(cell_at(table, 2, 2)) == [("Fairly unlikely", [(CHECKED, 0)])]
    assert row_marks(table, 3) == [
        (Mark(TICK, src, "U+2713"),),
        (Mark(TICK, src, "U+2714"),),
        (Mark(TICK, src, "U+221A"),),
        (Mark(CROSS, src, "U+2717"),),
    ]
    assert [shown(c) for c in table.rows()[3]] == [
        [("", [(TICK, 0)])], [("", [(TICK, 0)])], [("", [(TICK, 0)])], [("", [(CROSS, 0)])]]
    assert shown(doc.blocks[-1]) == [("Achieved", [(TICK, 8)])]  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Fill


def test_shaded_option_cells() -> None:
    table = only_table(load("shaded-option-cell.docx"))
    assert [c.fill for c in table.rows()[1]] == [None, None, "FF0000", None]  # col 0: "auto"
    assert [c.fill for c in table.rows()[2]] == [None, "00B050", None, None]  # paragraph shd
    assert [c.fill for c in table.rows()[3]] == [None, None, None, "FFC000"]  # solid pattern
    assert [c.fill for c in table.rows()[4]] == ["FFFFFF"] * 4
    assert all(c.fill is None for c in table.rows()[0])


# ---------------------------------------------------------------------------
# Table grid


def spans(table: Table) -> dict[str, tuple[int, int, int, int]]:
    return {c.text: (c.row, c.col, c.row_span, c.col_span) for c in table.cells}


def test_merged_cells_gridspan_and_vmerge() -> None:
    table = only_table(load("merged-cells-gridspan-vmerge.docx"))
    assert (table.n_rows, table.n_cols) == (4, 4)
    assert spans(table) == {
        "top": (0, 0, 1, 2), "0-2": (0, 2, 1, 1), "0-3": (0, 3, 1, 1),
        "left": (1, 0, 3, 1), "block": (1, 1, 2, 2), "1-3": (1, 3, 1, 1),
        "2-3": (2, 3, 1, 1),
        "3-1": (3, 1, 1, 1), "3-2": (3, 2, 1, 1), "3-3": (3, 3, 1, 1),
    }
    assert table.text_rows()[2] == ["left", "block", "2-3"]


def test_grid_before_and_after_shift_and_pad_columns() -> None:
    table = only_table(load("grid-before-after.docx"))
    assert (table.n_rows, table.n_cols) == (3, 4)
    assert spans(table)["1-1"] == (1, 1, 1, 1)  # the row starts one column in
    assert [c.col for c in table.cells if c.row == 1] == [1, 2, 3]
    assert [c.col for c in table.cells if c.row == 2] == [0, 1]
    grid = table.grid()
    assert grid[1][0] is None and grid[2][2] is None and grid[2][3] is None


def test_nested_table_goes_into_cell_nested() -> None:
    doc = load("nested-table.docx")
    outer = only_table(doc)
    holder = cell_at(outer, 1, 1)
    assert holder.text == "See below\nAfter the inner table"  # inner text not folded in
    assert len(holder.nested) == 1
    inner = holder.nested[0]
    assert inner.text_rows() == [["Achieved", "Y"], ["Likelihood", "Very likely"]]
    assert inner.provenance.block == 0 and (inner.provenance.row, inner.provenance.col) == (1, 1)
    assert [t.n_rows for t in doc.tables()] == [2, 2]
    assert all(not c.nested for c in outer.cells if c is not holder)


def test_provenance_on_cells() -> None:
    table = only_table(load("wingdings-tick-in-sym-run.docx"))
    cell = cell_at(table, 1, 1)
    assert cell.provenance.file == "wingdings-tick-in-sym-run.docx"
    assert (cell.provenance.block, cell.provenance.row, cell.provenance.col) == (1, 1, 1)
    assert table.provenance.block == 1


# ---------------------------------------------------------------------------
# Text


def test_runs_split_by_proofing_marks_join_without_spaces() -> None:
    doc = load("proofing-split-runs.docx")
    assert doc.blocks[0].text == "Very likely"  # type: ignore[union-attr]
    table = only_table(doc)
    assert table.text_rows() == [["Very likely", "Milestone 1 Apr-10\nOct-10"]]  # tab, br


def test_superscript_ordinal() -> None:
    doc = load("superscript-ordinal.docx")
    assert doc.blocks[0].text == "Date completed: 1st August 2010"  # type: ignore[union-attr]
    assert only_table(doc).cells[0].text == "31st March 2011"  # a no-break space squashed


def test_inserted_text_is_read_and_deleted_text_is_not() -> None:
    doc = load("tracked-changes-ins-del.docx")
    assert doc.blocks[0].text == "Achieved: Yes"  # type: ignore[union-attr]
    table = only_table(doc)
    assert table.text_rows() == [["Milestone 1", "Y"], ["Milestone 3", "Y"]]  # row deleted
    assert table.n_rows == 2


def test_field_result_shown_field_code_and_hidden_text_not() -> None:
    assert [b.text for b in load("field-codes-and-hidden-text.docx").blocks] == [
        "Council: Sefton"]


# ---------------------------------------------------------------------------
# Structure


def test_body_order_styles_and_block_provenance() -> None:
    doc = load("body-order-paragraphs-and-tables.docx")
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Table", "Paragraph", "Table", "Paragraph"]
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    assert [(p.text, p.style) for p in paragraphs] == [
        ("Putting People First", "Heading 1"),
        ("December 2010 progress", "Normal"),
        ("Milestone 1", "Heading 2"),
        ("End of return", "Normal"),
    ]
    assert [b.provenance.block for b in doc.blocks] == list(range(6))
    assert doc.blocks[2].text_rows() == [["Council", "Sefton"]]  # type: ignore[union-attr]
    assert doc.format == "docx"


def test_content_controls_wrapping_blocks_rows_and_cells() -> None:
    doc = load("sdt-wrapped-table.docx")
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "Before", "Inside the control", "After"]
    table = only_table(doc)
    assert table.provenance.block == 2
    # A placeholder still showing ("Click here to enter text.") is an empty answer.
    assert table.text_rows() == [["Council", "Sefton"], ["Period", ""]]


def test_document_with_no_text_has_no_blocks() -> None:
    doc = load("empty-document.docx")
    assert doc.blocks == [] and doc.format == "docx"


def test_sixty_page_return() -> None:
    """Every table and mark of a long return (its speed: benchmarks/micro.py)."""
    doc = load("sixty-page-return.docx")
    tables = list(doc.tables())
    assert len(tables) == 60 and len(doc.blocks) == 300
    assert sum(len(c.marks) for t in tables for c in t.cells) == 60 * 12


def test_dispatcher_sniffs_docx() -> None:
    doc = read(DATA / "wingdings-tick-in-sym-run.docx")
    assert doc.format == "docx" and len(doc.blocks) == 2


# ---------------------------------------------------------------------------
# Bad files


@pytest.mark.parametrize(
    "name",
    ["bad-random-bytes.docx", "truncated.docx", "zip-without-document-xml.docx",
     "doctype-entity-declaration.docx"],
)
def test_unreadable_files_are_corrupt_documents(name: str) -> None:
    with pytest.raises(CorruptDocument, match="not a readable Word document"):
        load(name)


def test_doctype_is_refused_not_expanded() -> None:
    with pytest.raises(CorruptDocument, match="DOCTYPE"):
        load("doctype-entity-declaration.docx")


def test_zip_bomb_refused_before_parsing() -> None:
    path = DATA / "zip-bomb.docx"
    assert path.stat().st_size < 100_000  # the file is small; it declares 8 MB more
    with pytest.raises(DocumentTooLarge, match="zip bomb"):
        read_docx(path, Settings(max_docx_uncompressed=1_000_000))
    assert len(read_docx(path, Settings()).blocks) == 2  # under the default limit it reads


# ---------------------------------------------------------------------------
# Real-world Word files

needs_realworld = pytest.mark.skipif(not REALWORLD.is_dir(),
                                     reason=f"real-world files not present at {REALWORLD}")


def realworld(name: str) -> Document:
    return read_docx(REALWORLD / name, Settings())


def all_cells(doc: Document) -> list[Cell]:
    return [c for t in doc.tables() for c in t.cells]


@needs_realworld
def test_every_realworld_file_reads() -> None:
    files = sorted(REALWORLD.glob("*.docx"))
    assert files
    for path in files:
        doc = read_docx(path, Settings())
        assert doc.blocks, path.name


@needs_realworld
def test_realworld_checked_boxes_form_fields() -> None:
    doc = realworld("docx2python-checked_boxes.docx")
    found = [m for c in all_cells(doc) for m in c.marks]
    # The XML holds 44 FORMCHECKBOX fields, all in table cells: 12 with a bare
    # <w:checked/>, 32 with only <w:default w:val="0"/>.
    assert len(found) == 44
    assert all(m.source is MarkSource.FORM_FIELD for m in found)
    assert Counter(m.kind for m in found) == {CHECKED: 12, UNCHECKED: 32}
    assert not any("FORMCHECKBOX" in c.text for c in all_cells(doc))


@needs_realworld
def test_realworld_checked_true_false_values() -> None:
    doc = realworld("docx2python-checked-true-false.docx")
    # Paragraphs outside tables: each form field a mark before the words.
    assert [shown(b) for b in doc.blocks] == [  # type: ignore[arg-type]
        [(t, [(UNCHECKED, 0)])] for t in ("default 0", "default false", "checked 0",
                                          "checked false")] + [
        [(t, [(CHECKED, 0)])] for t in ("default 1", "default true", "checked 1",
                                        "checked true")]


@needs_realworld
def test_realworld_symbols() -> None:
    doc = realworld("docx2python-symbols.docx")
    # Seven w:sym glyphs (Webdings 68/4A/4B/84/E6/DD, Symbol F0) none of which is a
    # tick, cross or box: all dropped; the typed Unicode symbols are kept.
    assert [b.text for b in doc.blocks] == ["\u2260\u221e\u00d7\u00f7\u2265\u2264\u00b1\u2122"
                                            "\u00ae\u00a9\u00a5\u00a3\u20ac\u00b5\u03b1\u03b2"
                                            "\u03c0\u2126\u2211"]


@needs_realworld
def test_realworld_merged_cells() -> None:
    table = only_table(realworld("docx2python-merged_cells.docx"))
    # Each cell's text names the rows and columns it covers ("34-123").
    assert (table.n_rows, table.n_cols) == (5, 4)
    for cell in table.cells:
        rows, cols = cell.text.split("-")
        assert rows == "".join(str(r) for r in range(cell.row, cell.last_row + 1))
        assert cols == "".join(str(c) for c in range(cell.col, cell.last_col + 1))
    assert len(table.cells) == 13


@needs_realworld
def test_realworld_tubulars_shading() -> None:
    doc = realworld("docx2python-tubulars-shading.docx")
    cells = all_cells(doc)
    # 148 w:tc in the XML, one a vMerge continuation; 63 carry a colour fill (the
    # continuation's is "auto"), the rest "auto" or none.
    assert len(cells) == 147
    fills = Counter(c.fill for c in cells if c.fill is not None)
    assert fills == {"000000": 42, "D9D9D9": 11, "FFFFFF": 6, "404040": 2, "7F7F7F": 1,
                     "BFBFBF": 1}
    first = next(doc.tables())
    assert sum(len(c.nested) for c in first.cells) == 10  # as in the XML: 10 w:tc/w:tbl
    assert len(list(doc.tables())) == 19


def test_bold_or_highlighted_option_is_a_span_of_its_line() -> None:
    """A cell listing options where the chosen one is highlighted (one paragraph) or bold
    (one paragraph per option): the emphasized option is a span of its line."""
    from .conftest import DATA as ROOT_DATA

    def emphasis(c: Cell) -> list[str]:
        return [x for ln in c.lines for x in ln.styled(Style.BOLD, Style.HIGHLIGHT)]

    red = ROOT_DATA / "redteam" / "docs"
    doc = read_docx(red / "rt12-norfolk-highlight.docx", Settings())
    found = [emphasis(c) for t in doc.tables() for c in t.cells
             if emphasis(c) and emphasis(c) != [c.text]]
    assert found[0] == ["Fairly likely"]
    assert all(len(e) == 1 for e in found)
    doc = read_docx(red / "rt04-cumbria-bold-word.docx", Settings())
    cells = [c for t in doc.tables() for c in t.cells if len(c.lines) > 1 and emphasis(c)]
    assert cells and all(set(emphasis(c)) < set(c.text.split("\n")) for c in cells)


def test_page_headers_and_footers_are_furniture() -> None:
    """A council named only in the page header (red-team rt2-04) is kept out of the
    blocks but given to the metadata extractor."""
    import ppfextract

    from .conftest import DATA as TEST_DATA

    path = TEST_DATA / "redteam2" / "docs" / "rt2-04-coventry-tracked-changes.docx"
    doc = read(path)
    assert "Coventry City Council – Community Services Directorate" in doc.furniture
    assert all("Coventry City Council" not in getattr(b, "text", "") for b in doc.blocks)
    assert ppfextract.extract(path).council == "Coventry"


# ---------------------------------------------------------------------------
# Lines: marks at their offsets, spans, form controls, text boxes (issue 12)


def lines_of(cell: Cell) -> list[tuple[str, list[tuple[str, int | None]], list[tuple[str, str]]]]:
    """Each line as (text, [(mark kind, at)], [(style, styled text)])."""
    return [(line.text, [(m.kind.value, m.at) for m in line.marks],
             [(s.style.value, line.text[s.start:s.end]) for s in line.spans])
            for line in cell.lines]


def value_cells(table: Table) -> list[Cell]:
    return [cell_at(table, r, 1) for r in range(table.n_rows)]


def test_legacy_dropdown_shows_its_chosen_entry_and_text_fields_their_result() -> None:
    table = only_table(load("form-fields-dropdown-and-text.docx"))
    cells = value_cells(table)
    assert lines_of(cells[0]) == [("Yes No", [("unchecked_box", 0), ("checked_box", 4)], [])]
    assert [c.marks[1].source for c in cells[:1]] == [MarkSource.FORM_FIELD]
    # the chosen entry is the text; "Select one" / "- Select -" is the placeholder
    assert [c.text for c in cells[1:]] == [
        "Fairly likely", "", "Amber/Green",
        "Reviews for people with mental health needs are late", ""]
    assert [c.lines for c in cells[2:3]] == [()]
    assert not any("FORMDROPDOWN" in c.text or "FORMTEXT" in c.text for c in table.cells)


def test_content_controls_of_every_type_and_their_placeholders() -> None:
    table = only_table(load("content-controls-every-type.docx"))
    assert [c.text for c in value_cells(table)] == [
        "Amber/Green",  # drop-down list
        "Green",  # combo box
        "",  # "Choose an item." (flagged placeholder)
        "08/04/2011",  # date
        "Launch the directory in May",  # plain text
        "Provider market slow to develop\nCare management capacity for reviews",  # rich
        "",  # "Click here to enter text." without the flag
        "Yes",  # checkbox (a mark in the line)
        "",  # a Wingdings tick inside a rich text control: no placeholder
    ]
    assert lines_of(cell_at(table, 7, 1)) == [("Yes", [("checked_box", 0)], [])]
    assert lines_of(cell_at(table, 8, 1)) == [("", [("tick", 0)], [])]
    assert [line.text for line in cell_at(table, 5, 1).lines] == [
        "Provider market slow to develop", "Care management capacity for reviews"]


def test_text_boxes_are_read_once_after_their_anchor() -> None:
    doc = load("text-boxes-read-once.docx")
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert texts == ["1. Summary", "1.1 The key figures are in the box.", "Key figures",
                     "1,912 people had a personal budget.",
                     "Spent through personal budgets: \u00a39.3 million", "2. Risks"]
    table = only_table(doc)
    assert cell_at(table, 0, 1).text == "Provider market slow to develop"


def test_multi_column_section_reads_in_order() -> None:
    doc = load("multi-column-section.docx")
    assert [[line.text for line in b.lines] for b in doc.blocks] == [
        ["Covering report"],
        ["Left column: the programme ended on 31 March 2011.", "Right column: 1,912 people."],
        ["End of the two-column section."], ["Appendix"]]


def test_table_style_shades_header_row_and_first_column_not_bands() -> None:
    doc = load("table-style-conditional-shading.docx")
    with_header, without = [b for b in doc.blocks if isinstance(b, Table)]
    fills = [[c.fill for c in row] for row in with_header.rows()]
    assert fills == [["1F4E79"] * 3,  # header row (firstRow)
                     ["DDEBF7", None, None],  # first column; band1Horz is no fill
                     ["DDEBF7", None, "FFC000"],  # the cell's own shading wins
                     ["DDEBF7", None, None]]
    # w:tblLook firstRow="0": the header row is not shaded, the first column still is
    assert [c.fill for c in without.rows()[0]] == ["DDEBF7", None, None]


def test_comments_are_left_out() -> None:
    doc = load("comments-left-out.docx")
    assert "finance" not in doc.text()
    assert cell_at(only_table(doc), 0, 1).text == "Achieved"


def test_struck_bold_highlighted_and_shaded_options_are_spans() -> None:
    table = only_table(load("delete-as-appropriate-struck-options.docx"))
    cells = value_cells(table)
    assert lines_of(cells[0]) == [("Yes / No", [], [("struck", "No")])]  # w:strike
    assert lines_of(cells[1]) == [("Yes / No", [], [("struck", "Yes")])]  # w:dstrike
    # a character style that strikes
    assert lines_of(cells[2])[0][2] == [("struck", "Very likely"), ("struck", "Fairly unlikely"),
                                        ("struck", "Very unlikely")]
    assert [line.styled(Style.STRUCK) for line in cells[3].lines] == [
        ["Red", "Amber/Red", "Green"]]
    assert cells[4].lines[0].styled(Style.BOLD) == ["Fairly likely"]
    assert cells[5].lines[0].styled(Style.HIGHLIGHT) == ["No"]
    assert cells[6].lines[0].styled(Style.SHADED) == ["Green"]
    # the text is the words
    assert cells[3].text == "Red / Amber/Red / Amber/Green / Green"


def test_radio_and_box_glyph_families_are_marks_at_their_place() -> None:
    doc = load("radio-and-box-glyph-families.docx")
    cells = value_cells(only_table(doc))
    on, off = "radio_on", "radio_off"
    assert [lines_of(c) for c in cells] == [
        [("Yes No", [(on, 0), (off, 4)], [])],
        [("Very likely Fairly likely Fairly unlikely", [(off, 0), (on, 12), (off, 26)], [])],
        [("Red Amber/Green Green", [("unchecked_box", 0), ("checked_box", 4),
                                    ("unchecked_box", 16)], [])],
        [("Yes No Not yet due", [("checked_box", 0), ("checked_box", 4),
                                 ("unchecked_box", 7)], [])],
        [("Yes No", [(on, 0), (off, 4)], [])],  # Wingdings l and ¡
    ]
    assert cells[4].marks[0].source is MarkSource.SYMBOL_FONT
    assert cells[0].text == "Yes No"  # the marks leave the words


def test_tracked_changes_read_as_accepted_in_lines() -> None:
    doc = load("tracked-changes-ins-del.docx")
    assert [line.text for line in doc.blocks[0].lines] == ["Achieved: Yes"]


def test_a_tick_picture_without_alt_text_is_a_mark_and_a_logo_is_none() -> None:
    doc = load("tick-pictures-without-alt-text.docx")
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table"]
    table = only_table(doc)
    marks = row_marks(table, 1)
    assert [len(m) for m in marks] == [0, 0, 1, 0]
    assert marks[2][0].kind is TICK and marks[2][0].source is MarkSource.IMAGE
    assert all(not c.text.strip() for c in table.cells if c.row == 1)
    assert not any(ln.marks for b in doc.blocks if isinstance(b, Paragraph) for ln in b.lines)
