"""The PDF reader on fixtures built by scripts/build_pdf_fixtures.py (reportlab) and on
real-world PDFs from public test suites.

Every fixture runs on both detailed-pass backends (``Settings.pdf_backend``): pypdfium2,
the default, and pdfplumber, the reference. They agree everywhere but in one place,
said where it is: pdfium converts CMYK to RGB with Adobe's curves, not the naive
formula (CMYK 0,1,1,0 is EE1D23, not FF0000; both are red)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from ppfextract import marks
from ppfextract.document import Cell, Document, MarkKind, MarkSource, Paragraph, Style, Table
from ppfextract.errors import (
    ConverterMissing,
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    PPFExtractError,
)
from ppfextract.extractors.selection import Member, Selection, filled_out, state
from ppfextract.extractors.tags import Option
from ppfextract.readers import read
from ppfextract.readers.doc import read_doc
from ppfextract.readers.pdf import read_pdf, triage_pages
from ppfextract.settings import Settings

DATA = Path(__file__).parent / "data" / "pdf"
REALWORLD = Path(__file__).resolve().parents[1].parent / "shared" / "realworld" / "pdf"


BACKENDS = ("pdfium", "pdfplumber")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


def load(name: str, backend: str, **settings: object) -> Document:
    settings.setdefault("pdf_page_triggers", ())  # reader tests: every page in detail
    return read_pdf(DATA / name, Settings(pdf_backend=backend, **settings))  # type: ignore[arg-type]


def only_table(doc: Document) -> Table:
    tables = list(doc.tables())
    assert len(tables) == 1
    return tables[0]


def cell(table: Table, row: int, col: int) -> Cell:
    found = table.grid()[row][col]
    assert found is not None
    return found


# ---------------------------------------------------------------------------
# Tables and paragraphs


def test_ruled_table_with_merged_cells(backend: str) -> None:
    doc = load("ruled-table-with-merged-cells.pdf", backend)
    table = only_table(doc)
    assert (table.n_rows, table.n_cols) == (5, 3)
    head = cell(table, 0, 0)
    assert head.text == "Milestone 1: Effective partnerships"
    assert (head.row_span, head.col_span) == (1, 2)
    assert cell(table, 0, 1) is head
    likelihood = cell(table, 2, 0)
    assert likelihood.text == "Likelihood"
    assert (likelihood.row, likelihood.row_span, likelihood.col_span) == (2, 2, 1)
    assert cell(table, 3, 0) is likelihood
    assert cell(table, 3, 1).text == "Fairly likely"
    question = cell(table, 4, 1)
    assert question.text == "What external support would help?"
    assert question.col_span == 2
    assert table.text_rows()[1] == ["Achieved", "Y", "April 2010"]


def test_blocks_in_reading_order_with_provenance(backend: str) -> None:
    doc = load("ruled-table-with-merged-cells.pdf", backend)
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Table", "Paragraph"]
    assert doc.blocks[0].text == "Progress with Putting People First milestones"  # type: ignore[union-attr]
    assert doc.blocks[-1].text == "A paragraph after the table."  # type: ignore[union-attr]
    assert doc.n_pages == 1 and doc.format == "pdf"
    for i, block in enumerate(doc.blocks):
        prov = block.provenance
        assert (prov.file, prov.block, prov.page) == ("ruled-table-with-merged-cells.pdf", i, 1)
        assert prov.bbox is not None
    table = only_table(doc)
    achieved = cell(table, 1, 0)
    prov = achieved.provenance
    assert (prov.block, prov.row, prov.col, prov.page) == (2, 1, 0, 1)
    x0, top, x1, bottom = prov.bbox  # type: ignore[misc]
    assert x0 == pytest.approx(72.64, abs=0.5) and x1 == pytest.approx(222.64, abs=0.5)
    assert top < bottom and table.provenance.bbox[1] <= top  # type: ignore[index]


def test_unruled_aligned_table(backend: str) -> None:
    doc = load("unruled-aligned-table.pdf", backend)
    table = only_table(doc)
    assert table.text_rows() == [
        ["Item", "2009/10", "2010/11"],
        ["Personal budgets", "1,200", "2,400"],
        ["Direct payments", "800", "950"],
        ["Reablement", "300", "410"],
    ]
    paragraphs = [p.text for p in doc.paragraphs()]
    assert paragraphs[0] == "Budget summary"
    assert paragraphs[1].startswith("This paragraph is ordinary prose")
    assert paragraphs[1].endswith("like a table would.")
    # a numbered list is not a table: one paragraph per item
    assert "1. First numbered point of the list." in paragraphs
    assert "3. Third numbered point of the list." in paragraphs
    assert paragraphs[-1] == "Closing paragraph."


def test_landscape_page(backend: str) -> None:
    doc = load("landscape-page.pdf", backend)
    table = only_table(doc)
    assert table.text_rows()[2] == ["Local commissioning", "N", "Y", "Fairly likely"]
    last = cell(table, 0, 3)
    assert last.provenance.bbox[2] == pytest.approx(790, abs=1)  # type: ignore[index]


# ---------------------------------------------------------------------------
# Marks from glyphs


def assert_only_mark(table: Table, row: int, col: int, kind: MarkKind, source: MarkSource,
                     detail: str) -> None:
    for c in table.cells:
        if (c.row, c.col) == (row, col):
            assert len(c.marks) == 1
            mark = c.marks[0]
            assert (mark.kind, mark.source, mark.detail) == (kind, source, detail)
            assert [(line.text, [m.kind for m in line.marks]) for line in c.lines] == [
                ("", [kind])]  # the mark leaves the words
            assert c.text == ""
        elif (c.row, c.col) not in EXPECTED_OTHER_MARKS.get(id(table), ()):
            assert c.marks == (), (c.row, c.col)


EXPECTED_OTHER_MARKS: dict[int, tuple[tuple[int, int], ...]] = {}


def selected(c: Cell) -> Selection:
    """What the cell says as an option's mark (its marks, then its words)."""
    return state(Member(Option.VERY_LIKELY, c.marks, c.text), radios_count=False)


def test_zapfdingbats_tick_in_cell(backend: str) -> None:
    table = only_table(load("zapfdingbats-tick-in-cell.pdf", backend))
    assert_only_mark(table, 1, 1, MarkKind.TICK, MarkSource.SYMBOL_FONT, "ZapfDingbats 34")
    assert cell(table, 1, 0).text == "Very likely"
    assert selected(cell(table, 1, 1)) is Selection.SELECTED
    assert selected(cell(table, 2, 1)) is Selection.BLANK


def test_symbol_radical_tick(backend: str) -> None:
    table = only_table(load("symbol-radical-tick.pdf", backend))
    assert_only_mark(table, 1, 1, MarkKind.TICK, MarkSource.SYMBOL_FONT, "Symbol D6")


@pytest.mark.skipif(not (DATA / "unicode-ticks-dejavu.pdf").exists(),
                    reason="built only where DejaVuSans.ttf is installed")
def test_unicode_ticks_dejavu(backend: str) -> None:
    table = only_table(load("unicode-ticks-dejavu.pdf", backend))
    expected = {
        (1, 1): (MarkKind.TICK, "U+2713"),
        (2, 1): (MarkKind.CHECKED_BOX, "U+2612"),
        (3, 1): (MarkKind.UNCHECKED_BOX, "U+2610"),
    }
    for c in table.cells:
        if (c.row, c.col) in expected:
            kind, detail = expected[(c.row, c.col)]
            assert [(m.kind, m.source, m.detail) for m in c.marks] == [
                (kind, MarkSource.CHARACTER, detail)]
            assert [(m.kind, m.at) for m in c.lines[0].marks] == [(kind, 0)]
            assert c.text == ""
        else:
            assert c.marks == ()


# ---------------------------------------------------------------------------
# Marks from colour


def fills(table: Table) -> dict[tuple[int, int], str]:
    return {(c.row, c.col): c.fill for c in table.cells if c.fill is not None}


def test_rating_by_filled_rect_no_text(backend: str) -> None:
    table = only_table(load("rating-by-filled-rect-no-text.pdf", backend))
    assert (table.n_rows, table.n_cols) == (5, 5)
    found = fills(table)
    # pdfium converts CMYK with Adobe's curves, pdfminer with the naive formula
    cmyk_red = "EE1D23" if backend == "pdfium" else "FF0000"
    assert found == {(1, 4): "00FF00",  # RGB
                     (2, 1): cmyk_red,  # CMYK (0, 1, 1, 0)
                     (3, 2): "808080",  # grey 0.5
                     (4, 3): "FFBF00"}  # RGB amber
    assert marks.rating_colour(found[(1, 4)]) == "green"
    assert marks.rating_colour(found[(2, 1)]) == "red"
    assert marks.colour_name(found[(3, 2)]) == "grey"
    assert marks.rating_colour(found[(4, 3)]) == "amber_green"
    assert all(c.text == "" for c in table.cells if c.row > 0 and c.col > 0)
    assert filled_out([c.fill for c in table.rows()[1][1:]]) == [3]


def test_coloured_box_inside_cell(backend: str) -> None:
    table = only_table(load("coloured-box-inside-cell.pdf", backend))
    assert (table.n_rows, table.n_cols) == (3, 5)  # the small shapes make no cells
    found = fills(table)
    assert set(found) == {(1, 3), (2, 4)}
    assert found[(1, 3)] == "FFCC00"  # a filled square
    assert marks.colour_name(found[(2, 4)]) == "green"  # a filled circle (a curve)


# ---------------------------------------------------------------------------
# Tables across pages


def test_table_split_across_pages_is_joined(backend: str) -> None:
    doc = load("table-split-across-pages.pdf", backend)
    table = only_table(doc)
    rows = table.text_rows()
    assert len(rows) == 61 and table.n_rows == 61
    assert rows[0] == ["Ref", "Risk", "Owner"]
    assert [r[0] for r in rows[1:]] == [f"R{i:02d}" for i in range(1, 61)]
    assert sum(1 for r in rows if r[0] == "Ref") == 1  # the repeated header is dropped
    assert cell(table, 1, 0).provenance.page == 1
    last = cell(table, 60, 0)
    assert (last.provenance.page, last.provenance.row) == (2, 60)
    assert doc.n_pages == 2
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "Key Risks and Mitigating Actions", "After the table."]


def test_cell_cut_across_pages_is_joined(backend: str) -> None:
    doc = load("table-cell-cut-across-pages.pdf", backend)
    table = only_table(doc)
    rows = table.text_rows()
    assert len(rows) == 8
    # the cut cell's lines, both halves
    assert rows[5] == ["Question 5",
                       "The first part of an answer that\ncontinues on the next page."]
    assert rows[6] == ["Question 6", "Answer 6"]
    assert cell(table, 5, 1).provenance.page == 1
    assert cell(table, 7, 1).provenance.page == 2
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert texts == ["Key Questions", "Page 1", "Sefton MBC progress return", "The end."]


def test_row_starting_a_page_is_not_taken_for_a_cut_cell(backend: str) -> None:
    doc = load("table-row-not-cut-at-page-break.pdf", backend)
    table = only_table(doc)
    rows = table.text_rows()
    assert [r[1] for r in rows] == ["April 2010", "Achieved", "Not achieved", "Reason"]
    assert [r[3] for r in rows] == ["April 2011", "Very likely", "Fairly likely",
                                    "Fairly unlikely"]
    assert rows[1][4] == "X" and rows[2][4] == ""


# ---------------------------------------------------------------------------
# Page triage


def test_triage_reads_matching_pages_and_the_next_in_detail(backend: str) -> None:
    settings = Settings(pdf_page_triggers=("underpinning\\s+requirements",),
                        pdf_backend=backend)
    assert triage_pages(DATA / "triage-five-pages.pdf", settings) == [2, 3]
    doc = read_pdf(DATA / "triage-five-pages.pdf", settings)
    tables = list(doc.tables())
    assert [t.provenance.page for t in tables] == [2, 3]
    assert tables[0].text_rows()[0] == ["Page 2 item", "Value"]
    page4 = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.provenance.page == 4]
    # page 4 is not read in detail: its table comes out as text, row by row
    assert page4 == ["Unrelated table", "Page 4 item Value", "Alpha 1", "Beta 2",
                     "Text after the table on page 4."]
    assert [b.provenance.page for b in doc.blocks if isinstance(b, Paragraph)][0] == 1
    cover = doc.blocks[0]
    assert cover.text == "Cover page: report to the Cabinet Member."  # type: ignore[union-attr]
    assert cover.provenance.bbox is not None
    assert [b.provenance.block for b in doc.blocks] == list(range(len(doc.blocks)))


@pytest.mark.parametrize("triggers", [
    ("nothing here", "underpinning\\s+requirements"),  # one alternation
    ("underpinning requirements", "(u)nrelated\\1"),  # a back-reference: one by one
    ("(?i)UNDERPINNING REQUIREMENTS", "zzz"),  # a global flag: one by one
])
def test_triggers_are_combined_only_when_safe(triggers: tuple[str, ...]) -> None:
    settings = Settings(pdf_page_triggers=triggers)
    assert triage_pages(DATA / "triage-five-pages.pdf", settings) == [2, 3]


def test_no_triggers_reads_every_page_in_detail(backend: str) -> None:
    doc = load("triage-five-pages.pdf", backend)
    assert [t.provenance.page for t in doc.tables()] == [2, 3, 4]
    all_pages = Settings(pdf_page_triggers=(), pdf_backend=backend)
    assert triage_pages(DATA / "triage-five-pages.pdf", all_pages) == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------------------
# Hard inputs


def test_truncated_file_is_corrupt(backend: str) -> None:
    with pytest.raises(CorruptDocument):
        load("truncated.pdf", backend)


# camelot-image.pdf (a scanned table) is read by OCR, or gives ocr_unavailable without it
REALWORLD_EXPECTED: dict[str, type[PPFExtractError]] = {
    "camelot-health_protected.pdf": EncryptedDocument,
    "pdfplumber-password-example.pdf": EncryptedDocument,
    "pdfplumber-empty.pdf": EmptyDocument,
    "camelot-empty.pdf": EmptyDocument,
    "pdfplumber-issue-297-example.pdf": EmptyDocument,
}


def realworld_files() -> list[Path]:
    return sorted(REALWORLD.glob("*.pdf")) if REALWORLD.is_dir() else []


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="real-world PDFs not present")
@pytest.mark.parametrize("path", realworld_files(), ids=lambda p: p.name)
def test_realworld_pdf_reads_or_fails_cleanly_in_time(path: Path, backend: str) -> None:
    start = time.monotonic()
    expected = REALWORLD_EXPECTED.get(path.name)
    if path.name == "camelot-image.pdf":
        from ppfextract.errors import OcrUnavailable
        from ppfextract.readers.ocr import available

        expected = OcrUnavailable if available() else None
    settings = Settings(pdf_backend=backend)
    if expected is not None:
        with pytest.raises(expected):
            read(path, settings)
    else:
        doc = read(path, settings)
        assert doc.blocks and doc.n_pages
        for block in doc.blocks:
            assert block.provenance.page is not None and block.provenance.bbox is not None
    assert time.monotonic() - start < 30


@pytest.mark.skipif(not (REALWORLD / "pdfplumber-password-example.pdf").exists(),
                    reason="real-world PDFs not present")
def test_password_opens_encrypted_pdf(backend: str) -> None:
    path = REALWORLD / "pdfplumber-password-example.pdf"
    doc = read(path, Settings(password="test", pdf_backend=backend))
    assert doc.n_pages and doc.blocks
    with pytest.raises(EncryptedDocument, match="password given"):
        read(path, Settings(password="wrong", pdf_backend=backend))
    with pytest.raises(EncryptedDocument, match="pass --password"):
        read(path, Settings(pdf_backend=backend))


@pytest.mark.skipif(not (REALWORLD / "kingston-council-ZebraCrossing.pdf").exists(),
                    reason="real-world PDFs not present")
def test_realworld_council_table_continued_on_next_page(backend: str) -> None:
    doc = read(REALWORLD / "kingston-council-ZebraCrossing.pdf",
               Settings(pdf_page_triggers=(), pdf_backend=backend))
    table = next(t for t in doc.tables() if t.text_rows()[0] == ["Argument", "Officer's Comment"])
    pages = {c.provenance.page for c in table.cells}
    assert pages == {2, 3}
    assert any(r[0].startswith("Safety Concerns near Driveways") for r in table.text_rows())


# ---------------------------------------------------------------------------
# Legacy .doc


@pytest.mark.skipif(bool(shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice is installed")
def test_doc_without_libreoffice_says_what_to_install(tmp_path: Path) -> None:
    path = tmp_path / "return.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with pytest.raises(ConverterMissing, match="apt-get install libreoffice-writer"):
        read_doc(path, Settings())
    with pytest.raises(ConverterMissing):
        read(path)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_doc_is_converted_and_read_as_docx(tmp_path: Path) -> None:
    # A real .doc, written by LibreOffice's "MS Word 97" filter from a small HTML page.
    html = tmp_path / "return.html"
    html.write_text("<html><body><p>Council: Sefton MBC</p><table border='1'>"
                    "<tr><td>Achieved</td><td>Y</td></tr>"
                    "<tr><td>Very likely</td><td>X</td></tr></table></body></html>")
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "doc:MS Word 97", "--outdir", str(tmp_path),
                    str(html)], check=True, capture_output=True, timeout=120)
    doc = read(tmp_path / "return.doc")
    assert doc.format == "doc" and doc.path.endswith("return.doc")
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table"]
    assert doc.blocks[0].text == "Council: Sefton MBC"  # type: ignore[union-attr]
    table = only_table(doc)
    assert table.text_rows() == [["Achieved", "Y"], ["Very likely", "X"]]
    assert table.cells[0].provenance.file == "return.doc"


def test_highlighted_option_among_several_is_a_span() -> None:
    """A LibreOffice PDF where the chosen option of four in one cell is highlighted: the
    highlighted words are a span of their line (regression: red-team rt13)."""
    doc = read(Path(__file__).parent / "data" / "redteam" / "docs" /
               "rt13-norfolk-highlight-lo.pdf", Settings(pdf_page_triggers=()))

    def lit(c: Cell) -> list[str]:
        return [x for line in c.lines for x in line.styled(Style.HIGHLIGHT)]

    cells = [c for t in doc.tables() for c in t.cells if lit(c)]
    assert len(cells) == 10
    assert lit(cells[0]) == ["Fairly likely"]
    assert all(len(lit(c)) == 1 and lit(c)[0] in c.text for c in cells)


# ---------------------------------------------------------------------------
# Lines: marks at their offsets with boxes, drawn marks, rotated text, spans (issue 12)


def marks_at(c: Cell) -> list[tuple[str, int | None, str]]:
    return [(m.kind.value, m.at, m.source.value) for line in c.lines for m in line.marks]


def test_marks_drawn_as_shapes_are_read_by_shape(backend: str) -> None:
    doc = load("vector-drawn-marks-in-cells.pdf", backend)
    table = only_table(doc)
    drawn = {(c.row, c.col): [m[0] for m in marks_at(c)]
             for c in table.cells if marks_at(c)}
    assert drawn == {
        (1, 1): ["tick"],  # a stroked polyline
        (2, 2): ["cross"],  # two crossing lines
        (3, 3): ["radio_on"],  # a filled circle
        (1, 3): ["radio_on"],  # a green RAG dot
        (3, 1): ["tick"],  # a tick drawn as a filled outline
        (4, 1): ["checked_box"],  # a filled square
        (1, 4): ["unchecked_box"],  # an empty box
        (2, 4): ["checked_box"],  # a box with a tick in it
        (3, 4): ["radio_off"],  # a ring
        (4, 4): ["radio_on"],  # a ring with a dot
        # (4, 2) a list bullet and (4, 3) a drop-down chevron are no marks
    }
    tick = cell(table, 1, 1).lines[0].marks[0]
    assert tick.source is MarkSource.DRAWN and tick.bbox is not None
    assert 200 < tick.bbox[0] < tick.bbox[2] < 220  # where it is drawn, in points
    assert cell(table, 1, 1).text == ""  # today's text has nothing there
    paragraph = doc.blocks[-1]
    assert isinstance(paragraph, Paragraph) and paragraph.text == "Achieved by April 2010"
    assert [(m.kind.value, m.at) for m in paragraph.lines[0].marks] == [("tick", 0)]


def test_rotated_header_row_is_read_in_its_own_direction(backend: str) -> None:
    table = only_table(load("rotated-header-row.pdf", backend))
    headers = [[line.text for line in cell(table, 0, k).lines] for k in range(1, 6)]
    assert headers == [["Achieved"], ["Very likely"], ["Fairly likely"], ["Fairly unlikely"],
                       ["Very unlikely"]]  # the last one reads downwards
    assert [line.text for line in cell(table, 1, 3).lines] == ["Y"]


def test_calc_export_rotated_headers_over_segmented_grid() -> None:
    """LibreOffice Calc prints a grid of many short border segments and turns the option
    names a quarter; the grid is one table, the names read upwards."""
    table = only_table(load("calc-rotated-headers-grid-export.pdf", "pdfium"))
    assert (table.n_rows, table.n_cols) == (5, 6)
    assert [cell(table, 1, k).lines[0].text for k in range(1, 6)] == [
        "Achieved", "Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
    assert cell(table, 1, 2).lines[0].styled(Style.BOLD) == ["Very likely"]
    assert [cell(table, r, 0).text.split(":")[0] for r in range(2, 5)] == [
        "Milestone 1", "Milestone 2", "Milestone 3"]
    assert [cell(table, 3, k).text for k in range(1, 6)] == ["", "", "Y", "", ""]


def test_calc_export_rotated_headers_without_lines() -> None:
    """The same sheet printed with no lines at all: the turned names make the header row
    of a sparse grid whose row labels have no header; each Y falls under its name."""
    doc = load("calc-rotated-headers-no-lines.pdf", "pdfium")
    table = only_table(doc)
    assert [cell(table, 0, k).lines[0].text for k in range(1, 6)] == [
        "Achieved", "Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
    picked = {cell(table, r, 0).text.split(":")[0]: [k for k in range(1, 6)
                                                      if cell(table, r, k).text == "Y"]
              for r in range(1, table.n_rows)}
    assert picked == {"Milestone 1": [1], "Milestone 2": [3], "Milestone 3": [2]}


@pytest.mark.parametrize("name", ["radio-glyph-families.pdf",
                                  "text-drawn-one-character-at-a-time.pdf"])
def test_radio_and_box_glyph_families(name: str, backend: str) -> None:
    table = only_table(load(name, backend))
    got = [[(m.kind.value, m.at) for m in line.marks] for r in range(5)
           for line in cell(table, r, 1).lines]
    on, off = "radio_on", "radio_off"
    assert [line.text for r in range(5) for line in cell(table, r, 1).lines] == [
        "Yes No", "Very likely Fairly likely Fairly unlikely", "Red Amber/Green Green",
        "Yes No Not yet due", "Yes No"]
    assert got == [
        [(on, 0), (off, 4)], [(off, 0), (on, 12), (off, 26)],
        [("unchecked_box", 0), ("checked_box", 4), ("unchecked_box", 16)],
        [("checked_box", 0), ("checked_box", 4), ("unchecked_box", 7)],
        [(on, 0), (off, 4)],  # ZapfDingbats l and m
    ]
    # the text is the words: the marks leave them
    assert cell(table, 0, 1).text == "Yes No"


def test_struck_words_are_spans_underlines_are_not(backend: str) -> None:
    table = only_table(load("struck-options-lines-through-words.pdf", backend))
    assert [cell(table, r, 1).lines[0].styled(Style.STRUCK) for r in range(2)] == [
        ["No"], ["Very likely", "Fairly unlikely"]]  # "Fairly likely" is underlined


def test_libreoffice_struck_and_bold_options() -> None:
    """Word's strike and double strike, printed by LibreOffice: lines through words."""
    table = only_table(load("libreoffice-struck-bold-highlighted-options.pdf", "pdfium"))
    struck = [[s for line in cell(table, r, 1).lines for s in line.styled(Style.STRUCK)]
              for r in range(4)]
    assert struck == [["No"], ["Yes"], ["Very likely", "Fairly", "unlikely", "Very unlikely"],
                      ["Red", "Amber/Red", "Green"]]
    assert cell(table, 4, 1).lines[0].styled(Style.BOLD) == ["Fairly likely"]


def test_highlight_box_and_bold_font_are_spans(backend: str) -> None:
    table = only_table(load("highlighted-and-bold-words-in-cells.pdf", backend))
    assert cell(table, 0, 1).lines[0].styled(Style.HIGHLIGHT) == ["Fairly likely"]
    assert cell(table, 1, 1).lines[0].styled(Style.BOLD) == ["Amber/Green"]


def test_chromium_form_radios_and_checkboxes() -> None:
    """A web form printed by Chromium: radio buttons and checkboxes are drawn by Skia
    as rings, dots and boxes, beside their labels."""
    doc = load("chromium-form-radios-and-checkboxes.pdf", "pdfium")
    table = next(t for t in doc.tables() if t.n_rows >= 3)
    april, october = (cell(table, r, 0) for r in (2, 3))
    assert (april.text, october.text) == ("April 2010", "October 2010")

    def lines(row: int, col: int) -> list[tuple[str, list[str]]]:
        return [(line.text, [m.kind.value for m in line.marks])
                for line in cell(table, row, col).lines]

    # checkboxes: rounded squares, filled with a white tick when checked
    assert lines(2, 1) == [("Yes", ["checked_box"]), ("No", ["unchecked_box"])]
    # radio buttons: rings, with a dot when chosen
    assert lines(2, 2) == [("Very likely", ["radio_off"]), ("Fairly likely", ["radio_on"]),
                           ("Fairly unlikely", ["radio_off"]), ("Very unlikely", ["radio_off"])]
    assert [m for _, m in lines(3, 2)] == [["radio_off"], ["radio_off"], ["radio_on"],
                                           ["radio_off"]]
    assert all(m.source is MarkSource.DRAWN for c in table.cells for line in c.lines
               for m in line.marks)


def test_ghostscript_redistilled_ticks() -> None:
    """Re-distilled by Ghostscript: renamed subset fonts still give their ticks, and a
    tick glyph left without a Unicode mapping is read by what it draws."""
    doc = load("ghostscript-redistilled-symbol-ticks.pdf", "pdfium")
    table = only_table(doc)
    assert [(r, c.col, marks_at(c)[0][0]) for r in range(1, 4) for c in table.rows()[r]
            if marks_at(c)] == [(1, 1, "tick"), (2, 2, "tick"), (3, 3, "tick")]
    glyph = cell(table, 3, 3).lines[0].marks[0]
    assert "drawn tick" in glyph.detail and glyph.source is MarkSource.SYMBOL_FONT
    assert not any("without a Unicode mapping" in w for w in doc.warnings)


def test_a_glyph_no_font_names_is_read_by_what_it_draws() -> None:
    """A private-use glyph of a font whose name says nothing (a symbol font renamed), or
    a glyph with no Unicode mapping: a mark when its rendering draws one (``ppf_glyph``,
    set by the pypdfium2 pass), else dropped."""
    from ppfextract.readers.pdf_page import decode_char

    base = {"x0": 10.0, "x1": 18.0, "top": 5.0, "bottom": 15.0, "fontname": "ABCDEF+F1"}
    tick = decode_char({**base, "text": "\uf0fc", "ppf_glyph": MarkKind.TICK})
    assert tick is not None and tick["text"] == "" and tick["ppf_loose"].kind is MarkKind.TICK
    assert decode_char({**base, "text": "\uf0fc"}) is None
    assert decode_char({**base, "text": "(cid:7)"}) is None
