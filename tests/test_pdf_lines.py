"""pdf_lines (pdfplumber's "lines" table strategy, kept in ppfextract so the pypdfium2
path does not import pdfplumber) finds the same cells as pdfplumber's own functions:
on the edges of every page of real PDFs, and on random edges."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from ppfextract.readers.pdf_fast import _PageSpace, page_paths
from ppfextract.readers.pdf_lines import find_table_cells
from ppfextract.readers.pdf_page import TABLE_SETTINGS

from .conftest import CORPUS, DATA

table = pytest.importorskip("pdfplumber.table")
from pdfplumber.utils import filter_edges  # noqa: E402

SETTINGS = table.TableSettings.resolve(TABLE_SETTINGS)


def plumber_cells(edges: list[dict]) -> list[list[tuple]]:
    """The cells pdfplumber's table functions find (as pdfplumber's TableFinder calls
    them for the "lines" strategy)."""
    s = SETTINGS
    v = filter_edges(edges, "v", min_length=s.edge_min_length_prefilter)
    h = filter_edges(edges, "h", min_length=s.edge_min_length_prefilter)
    merged = table.merge_edges(v + h, snap_x_tolerance=s.snap_x_tolerance,
                               snap_y_tolerance=s.snap_y_tolerance,
                               join_x_tolerance=s.join_x_tolerance,
                               join_y_tolerance=s.join_y_tolerance)
    merged = filter_edges(merged, min_length=s.edge_min_length)
    points = table.edges_to_intersections(merged, s.intersection_x_tolerance,
                                          s.intersection_y_tolerance)
    return [list(t) for t in table.cells_to_tables(table.intersections_to_cells(points))]


def _pdfs() -> list[Path]:
    here = sorted(CORPUS.glob("*.pdf")) + sorted((DATA / "pdf").glob("*.pdf"))
    return [p for p in here if "long" not in p.name]


def test_same_cells_as_pdfplumber_on_real_pages(realworld: Path) -> None:
    pages = tables = 0
    for path in _pdfs() + sorted((realworld / "pdf").glob("*.pdf")):
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue  # encrypted or malformed: no edges to compare
        try:
            for i in range(len(doc)):
                page = doc[i]
                _, edges = page_paths(page, _PageSpace(page))
                page.close()
                if len(edges) > 4000:
                    continue
                ours = find_table_cells(edges)
                assert ours == plumber_cells(edges), f"{path.name} page {i + 1}"
                pages += 1
                tables += len(ours)
        finally:
            doc.close()
    assert pages > 100 and tables > 50


def _edge(x0: float, top: float, x1: float, bottom: float, way: str) -> dict:
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top, "orientation": way}


def test_same_cells_as_pdfplumber_on_random_edges() -> None:
    pytest.importorskip("hypothesis")
    from hypothesis import given, settings
    from hypothesis import strategies as st

    coord = st.integers(0, 60).map(lambda n: n * 2.5)  # on a grid, so edges meet and snap

    @st.composite
    def edges(draw: st.DrawFn) -> list[dict]:
        out = []
        for _ in range(draw(st.integers(0, 24))):
            a, b, c = draw(coord), draw(coord), draw(coord)
            lo, hi = min(b, c), max(b, c)
            jitter = draw(st.sampled_from([0.0, 0.4, 1.1, 2.9, 3.2]))
            if draw(st.booleans()):
                out.append(_edge(lo, a + jitter, hi, a + jitter, "h"))
            else:
                out.append(_edge(a + jitter, lo, a + jitter, hi, "v"))
        return out

    @given(edges())
    @settings(max_examples=300, deadline=None, derandomize=True)
    def check(found: list[dict]) -> None:
        assert find_table_cells(found) == plumber_cells(found)

    check()


def test_a_grid_is_one_table_of_its_cells() -> None:
    grid = [_edge(0, y, 90, y, "h") for y in (0, 20, 40)]
    grid += [_edge(x, 0, x, 40, "v") for x in (0, 30, 60, 90)]
    assert find_table_cells(grid) == [[
        (0, 0, 30, 20), (0, 20, 30, 40), (30, 0, 60, 20), (30, 20, 60, 40),
        (60, 0, 90, 20), (60, 20, 90, 40)]]
