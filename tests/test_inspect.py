"""ppfextract inspect: one document's values beside their source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ppfextract.cli import main
from ppfextract.document import Cell, Line, Paragraph, Provenance, Table
from ppfextract.inspect import inspect_file
from ppfextract.output.evidence import lines_html, paragraph_html, table_rows_html

from .conftest import CORPUS, DATA


def test_inspect_docx(tmp_path: Path) -> None:
    record, evidence = inspect_file(CORPUS / "sefton-2011-02-16.docx", tmp_path / "ev")
    assert evidence.page == tmp_path / "ev" / "index.html"
    assert all(evidence.shown.values())
    assert len(evidence.shown) == 3 + 15 + 12 + len(record.answers) + len(record.risks) + len(
        record.facts
    )
    page = evidence.page.read_text(encoding="utf-8")
    section = re.search(r'<section id="requirements-0".*?</section>', page, re.S)
    assert section and 'class="hit"' in section.group(0)
    assert (tmp_path / "ev" / "record.json").is_file()


def test_inspect_html_marks_fill(tmp_path: Path) -> None:
    _, evidence = inspect_file(DATA / "layouts" / "likelihood-by-cell-colour-only.html",
                               tmp_path / "ev")
    page = evidence.page.read_text(encoding="utf-8")
    assert 'class="hit" style="background:#' in page  # the coloured cell is the evidence


def test_inspect_pdf_png(tmp_path: Path) -> None:
    _, evidence = inspect_file(DATA / "pdf" / "rating-by-filled-rect-no-text.pdf", tmp_path / "ev")
    # one image of the page, shown once per value with the value outlined
    assert sorted(p.name for p in evidence.files if p.suffix == ".png") == ["page-1.png"]
    for png in evidence.files:
        assert png.stat().st_size > 0
    page = evidence.page.read_text(encoding="utf-8")
    for i in range(4):
        section = re.search(rf'<section id="requirements-{i}".*?</section>', page, re.S)
        assert section and 'href="page-1.png"' in section.group(0)
        assert '<rect class="hit"' in section.group(0)


def test_inspect_broken_file(tmp_path: Path) -> None:
    record, evidence = inspect_file(DATA / "docx" / "bad-random-bytes.docx", tmp_path / "ev")
    assert record.error
    assert "error" in evidence.page.read_text(encoding="utf-8")


def test_cli_inspect(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x"
    assert main(["inspect", str(CORPUS / "sefton-2011-02-16-web.html"), "--out", str(out)]) == 0
    assert "evidence:" in capsys.readouterr().out
    assert (out / "index.html").is_file()
    assert main(["inspect", str(tmp_path / "missing.docx")]) == 2


def _cell(text: str, row: int, col: int, **kw: object) -> Cell:
    return Cell.from_lines([Line(text)], row, col,
                           provenance=Provenance("t.docx", 0, row, col), **kw)


def test_table_rows_html_spans_and_context() -> None:
    table = Table(
        [_cell("Milestone 1", 0, 0, col_span=3), _cell("a", 1, 0), _cell("b", 1, 1),
         _cell("c", 1, 2), _cell("x", 4, 0), _cell("<Y>", 4, 1), _cell("z", 4, 2)],
        n_rows=5, n_cols=3,
    )
    out = table_rows_html(table, 4, {(4, 1)})
    assert '<td colspan="3">Milestone 1</td>' in out
    assert '<td class="hit">&lt;Y&gt;</td>' in out
    assert "⋯" in out  # rows 1-2 left out between the header and row 3
    assert ">a<" not in out and ">x<" in out
    assert table_rows_html(table, 9, set()) == ""


def test_marks_shown_where_they_stand() -> None:
    cell = Cell.from_dict({"text": "\u2610 Yes \u2612 No"})
    assert lines_html(cell.lines) == (
        '<span class="mark">unchecked_box · U+2610</span> Yes '
        '<span class="mark">checked_box · U+2612</span> No')


def test_paragraph_span_marked() -> None:
    p = Paragraph.from_text("so far 300 people & more")
    assert paragraph_html(p, [(7, 10)]) == (
        '<p class="src">so far <mark>300</mark> people &amp; more</p>'
    )


def test_inspect_never_deletes_files_it_did_not_write(tmp_path: Path, capsys) -> None:
    """Issue 13 item 3: `inspect FILE --out DIR` deleted every *.png already in DIR."""
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "holiday.png").write_bytes(b"\x89PNG holiday")
    (photos / "index.html").write_text("my own page")
    pdf = DATA / "pdf" / "rating-by-filled-rect-no-text.pdf"
    assert main(["inspect", str(pdf), "--out", str(photos)]) == 2
    assert "not empty and was not written by inspect" in capsys.readouterr().err
    assert (photos / "holiday.png").read_bytes() == b"\x89PNG holiday"
    assert (photos / "index.html").read_text() == "my own page"
    # its own folder: a second inspect replaces what the first wrote, and only that
    ev = tmp_path / "ev"
    assert main(["inspect", str(pdf), "--out", str(ev)]) == 0
    (ev / "notes.png").write_bytes(b"mine")
    (ev / "page-9.png").write_bytes(b"a page image inspect did not write")
    assert main(["inspect", str(pdf), "--out", str(ev)]) == 0
    assert (ev / "notes.png").read_bytes() == b"mine"
    assert (ev / "page-9.png").read_bytes() == b"a page image inspect did not write"
    assert (ev / "page-1.png").is_file() and (ev / "record.json").is_file()


def test_pdf_evidence_shows_the_headings_that_give_a_mark_its_meaning(tmp_path: Path) -> None:
    """Issue 13: a PDF crop was a strip around the mark alone, leaving out the column
    heading ("Fairly likely") and the row's label that say what the mark means."""
    _, evidence = inspect_file(CORPUS / "sefton-2011-02-16-libreoffice.pdf", tmp_path / "ev")
    page = evidence.page.read_text(encoding="utf-8")
    section = re.search(r'<section id="milestones-8".*?</section>', page, re.S)
    assert section and "Milestone 3, April 2011" in section.group(0)
    svg = re.search(r'<svg class="crop" viewBox="0 ([\d.]+) \d+ ([\d.]+)".*?</svg>',
                    section.group(0), re.S)
    assert svg is not None
    top, height = float(svg.group(1)), float(svg.group(2))
    headers = re.findall(r'<rect class="hdr" x="[\d.-]+" y="([\d.-]+)" width="[\d.]+" '
                         r'height="([\d.]+)"><title>(.*?)</title>', svg.group(0))
    titles = [t for _, _, t in headers]
    assert "Fairly likely" in titles
    assert "Prevention and cost effective services" in titles  # the milestone's heading
    for y, h, _ in headers:  # every heading is inside the strip shown
        assert top <= float(y) and float(y) + float(h) <= top + height + 4
    assert re.search(r'<rect class="hit"', svg.group(0))
    assert 'href="page-8.png"' in svg.group(0)
