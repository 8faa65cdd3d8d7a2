"""Scanned precision fixtures: forms that hold a value beside the one asked for.

Two documents (``tests/data/scanned_precision/``), typeset with reportlab, rendered
with pypdfium2 and scanned (turned, paper tone, blur, speckle; greyscale JPEG) by the
scanner of ``build_scanned_corpus.py``; marks drawn by hand with Pillow strokes:

* ``rating-grid-previous-column-scan200.pdf``: the twelve requirements with tick
  columns R | A/R | A/G | G and a printed column of the ratings given at the previous
  return. Nine rows are ticked by hand; three are left unticked, and the previous
  column of every row differs from the row's tick. The record must never report the
  previous column's rating.
* ``pack-with-previous-summary.pdf``: a typed covering page, the current return as a
  scanned page (December 2010: milestone status matrix and written ratings), then a
  typed appendix "Summary of the previous return - Quarter 2 2010/11 (September
  2010)" holding the September values. Only the December values are the record's.

``truth.json`` holds the values each document must give. Run:
``.venv/bin/python scripts/build_scanned_precision.py`` (deterministic: fixed seeds).
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

from build_scanned_corpus import add_image_page, draw_tick, render_pages, scan_page  # noqa: E402
from ppfextract.framework import REQUIREMENTS  # noqa: E402

OUT = ROOT / "tests" / "data" / "scanned_precision"
DPI = 200
RATINGS = ("red", "amber_red", "amber_green", "green")
SHORT = {"red": "R", "amber_red": "A/R", "amber_green": "A/G", "green": "G"}
LONG = {"red": "Red", "amber_red": "Amber/Red", "amber_green": "Amber/Green", "green": "Green"}


def _doc(path: Path, story: list) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title="Putting People First return")
    doc.build(story)


def _grid_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ])


def _scan(pdf: Path, seed: int, ticks: list[tuple[int, str]] | None = None,
          ) -> list[Image.Image]:
    """The PDF's pages rendered, ticked by hand in the cells named (page, cell text
    under which to tick: found by the cell's position, see ``_tick_cells``) and scanned."""
    rng = random.Random(seed)
    pages = render_pages(pdf, DPI)
    if ticks:
        for page_no, img in enumerate(pages):
            draw = ImageDraw.Draw(img)
            for p, (cx, cy, size) in ticks:  # type: ignore[misc]
                if p == page_no:
                    draw_tick(draw, cx, cy, size, 3, rng, (30, 40, 110))
    return [scan_page(img, DPI, "grey", rng) for img in pages]


def _save(pages: list[Image.Image | Path], path: Path, seed: int) -> None:
    """A PDF of scanned pages (images) and typed pages (a PDF's pages, as they are)."""
    rng = random.Random(seed)
    doc = pdfium.PdfDocument.new()
    for page in pages:
        if isinstance(page, Path):
            part = pdfium.PdfDocument(str(page))
            doc.import_pages(part)
            part.close()
        else:
            add_image_page(doc, page, DPI, rng)
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    path.write_bytes(buf.getvalue())


def rating_grid(tmp: Path) -> dict:
    """The tick grid with a printed previous-rating column."""
    rng = random.Random(41)
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=9, leading=11)
    header = ["Underpinning requirement", "R", "A/R", "A/G", "G", "Mar 2010\n(previous)"]
    rows: list[list] = [header]
    truth: dict[str, str | None] = {}
    chosen: list[tuple[int, int]] = []  # (row, rating column) ticked
    for i, req in enumerate(REQUIREMENTS):
        pick = rng.choice(RATINGS)
        previous = rng.choice([r for r in RATINGS if r != pick])
        rows.append([Paragraph(req.wording + ".", cell), "", "", "", "", SHORT[previous]])
        if i % 4 == 2:
            truth[req.id] = None  # left unticked: only the previous rating is printed
        else:
            truth[req.id] = pick
            chosen.append((i + 1, 1 + RATINGS.index(pick)))
    widths = [88 * mm, 14 * mm, 14 * mm, 14 * mm, 14 * mm, 26 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = _grid_style()
    style.add("BACKGROUND", (5, 0), (5, -1), colors.Color(0.85, 0.85, 0.85))
    table.setStyle(style)
    pdf = tmp / "rating-grid.pdf"
    story = [Paragraph("Putting People First: milestone return, June 2010", styles["Title"]),
             Paragraph("Council: Ashby Vale", styles["Normal"]),
             Paragraph("Underpinning requirements. Tick the column that applies. The shaded "
                       "column shows the rating given at 31 March 2010, for reference only.",
                       styles["Normal"]),
             Spacer(1, 4 * mm), table]
    _doc(pdf, story)
    # where to tick: the cells' centres, measured on the rendered page
    positions = _cell_centres(render_pages(pdf, DPI)[0], len(rows))
    ticks = [(0, positions[(r, c)]) for r, c in chosen]
    out = OUT / "rating-grid-previous-column-scan200.pdf"
    _save(_scan(pdf, 5, ticks), out, 5)  # type: ignore[arg-type]
    return {"document": out.name, "requirements": truth}


def _grid(img: Image.Image) -> tuple[list[float], list[float]]:
    """The ruled lines of the first table of a rendered page (pixels): the y of each
    horizontal rule and the x of each vertical rule."""
    import numpy as np

    dark = np.asarray(img.convert("L")) < 100
    h, w = dark.shape

    def runs(flags: np.ndarray) -> list[float]:
        out: list[float] = []
        idx = np.flatnonzero(flags)
        for k in idx:
            if out and k - out[-1] <= 3:
                continue
            out.append(float(k))
        return out

    ys = runs(dark.mean(axis=1) > 0.5)
    top, bottom = int(ys[0]), int(ys[-1])
    xs = runs(dark[top:bottom].mean(axis=0) > 0.8)
    return ys, xs


def _cell_centres(img: Image.Image, n_rows: int,
                  ) -> dict[tuple[int, int], tuple[float, float, float]]:
    """Centre and tick size of each cell (row, column) of the page's first table."""
    ys, xs = _grid(img)
    assert len(ys) >= n_rows + 1, (len(ys), n_rows)
    out = {}
    for r in range(n_rows):
        for c in range(len(xs) - 1):
            cy = (ys[r] + ys[r + 1]) / 2
            cx = (xs[c] + xs[c + 1]) / 2
            out[(r, c)] = (cx, cy, 0.5 * min(ys[r + 1] - ys[r], xs[c + 1] - xs[c], 60.0))
    return out


def pack(tmp: Path) -> dict:
    """A covering page, the current return scanned, the previous return's summary typed."""
    styles = getSampleStyleSheet()
    cover = tmp / "cover.pdf"
    _doc(cover, [Paragraph("ASHBY VALE COUNCIL", styles["Title"]),
                 Paragraph("Cabinet, 8 February 2011. Putting People First milestone return "
                           "for the quarter ending 31 December 2010. The return is at "
                           "Appendix A; Appendix B summarises the previous return.",
                           styles["Normal"])])
    current = {1: ("Achieved", "Achieved", "Very likely"),
               2: ("Achieved", "Not achieved", "Fairly likely"),
               3: ("Achieved", "Achieved", "Fairly unlikely"),
               4: ("Not achieved", "Achieved", "Very likely"),
               5: ("Achieved", "Achieved", "Fairly likely")}
    previous = {1: ("Achieved", "Fairly likely", "Fairly likely"),
                2: ("Achieved", "Very likely", "Very likely"),
                3: ("Not achieved", "Fairly likely", "Very likely"),
                4: ("Achieved", "Fairly unlikely", "Fairly unlikely"),
                5: ("Not achieved", "Very likely", "Very unlikely")}
    names = {1: "Effective partnerships", 2: "Self-directed support and personal budgets",
             3: "Prevention and cost effective services", 4: "Information and advice",
             5: "Local commissioning"}
    rng = random.Random(77)
    now_r = {r.id: rng.choice(RATINGS) for r in REQUIREMENTS}
    before_r = {k: rng.choice([x for x in RATINGS if x != v]) for k, v in now_r.items()}

    def matrix(values: dict) -> Table:
        rows = [["Milestone", "April 2010", "October 2010", "April 2011"]]
        rows += [[f"{m}. {names[m]}", *values[m]] for m in sorted(values)]
        t = Table(rows, colWidths=[70 * mm, 30 * mm, 30 * mm, 30 * mm])
        st = _grid_style()
        st.add("ALIGN", (0, 0), (0, -1), "LEFT")
        t.setStyle(st)
        return t

    def ratings(values: dict, heading: str) -> Table:
        cell = styles["BodyText"].clone("c", fontSize=9, leading=11)
        rows = [[heading, "Rating"]]
        rows += [[Paragraph(r.wording + ".", cell), LONG[values[r.id]]] for r in REQUIREMENTS]
        t = Table(rows, colWidths=[120 * mm, 35 * mm])
        t.setStyle(_grid_style())
        return t

    appendix_a = tmp / "appendix-a.pdf"
    _doc(appendix_a, [Paragraph("Appendix A: Putting People First return", styles["Heading2"]),
                      Paragraph("Milestones progress at December 2010", styles["Heading3"]),
                      matrix(current), Spacer(1, 6 * mm),
                      ratings(now_r, "Underpinning requirement")])
    appendix_b = tmp / "appendix-b.pdf"
    _doc(appendix_b, [Paragraph("APPENDIX B", styles["Heading2"]),
                      Paragraph("Summary of the previous return - Quarter 2 2010/11 "
                                "(September 2010)", styles["Heading3"]),
                      Paragraph("Reproduced from the report to Cabinet of 9 November 2010. "
                                "Superseded by the return at Appendix A.", styles["Normal"]),
                      matrix(previous), Spacer(1, 6 * mm),
                      ratings(before_r, "Underpinning requirement (September 2010)")])
    out = OUT / "pack-with-previous-summary.pdf"
    scanned = _scan(appendix_a, 9)
    _save([cover, *scanned, appendix_b], out, 9)
    deadlines = ("2010-04", "2010-10", "2011-04")
    cells: dict[str, str] = {}
    for m, vals in current.items():
        for d, v in zip(deadlines, vals, strict=True):
            key = f"{m}/{d}"
            cells[key] = {"Achieved": "Y", "Not achieved": "N"}.get(v) or \
                v.lower().replace(" ", "_")
    return {"document": out.name, "milestones": cells, "requirements": now_r,
            "previous_requirements": before_r}


def likelihood_grid(tmp: Path) -> dict:
    """Milestone tables with a grey heading row of short two-line headings ('Very /
    likely'), ticked by hand in the likelihood columns; typed Y/N for passed dates."""
    styles = getSampleStyleSheet()
    rng = random.Random(23)
    names = {1: "Effective partnerships with people using services, carers and citizens",
             2: "Self-directed support and personal budgets",
             3: "Prevention and cost effective services", 4: "Information and advice",
             5: "Local commissioning"}
    options = ("very_likely", "fairly_likely", "fairly_unlikely", "very_unlikely")
    heads = ["Key date", "Achieved\n(Y/N)", "Very\nlikely", "Fairly\nlikely", "Fairly\nunlikely",
             "Very\nunlikely", "Reason if not achieved"]
    widths = [26 * mm, 20 * mm, 16 * mm, 16 * mm, 17 * mm, 17 * mm, 62 * mm]
    story: list = [Paragraph("Ashby Vale Council: milestones progress at December 2010",
                             styles["Heading2"]),
                   Paragraph("Y/N for dates that have passed; tick one likelihood for dates "
                             "still to come.", styles["Normal"]), Spacer(1, 3 * mm)]
    cells: dict[str, str] = {}
    chosen: list[tuple[int, int, int]] = []  # (table, row, column) to tick
    for m in range(1, 6):
        yn = [rng.choice("YYN"), rng.choice("YYN")]
        pick = rng.choice(options)
        rows = [[f"Milestone {m}: {names[m]}", "", "", "", "", "", ""], heads,
                ["April 2010", yn[0], "", "", "", "", ""],
                ["October 2010", yn[1], "", "", "", "", ""],
                ["April 2011", "not yet due", "", "", "", "", ""]]
        t = Table(rows, colWidths=widths)
        st = _grid_style(header_rows=2)
        st.add("SPAN", (0, 0), (-1, 0))
        st.add("ALIGN", (0, 0), (0, 0), "LEFT")
        st.add("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.72, 0.72, 0.72))
        st.add("BACKGROUND", (0, 1), (-1, 1), colors.Color(0.8, 0.8, 0.8))
        t.setStyle(st)
        story += [t, Spacer(1, 5 * mm)]
        cells[f"{m}/2010-04"] = yn[0]
        cells[f"{m}/2010-10"] = yn[1]
        cells[f"{m}/2011-04"] = pick
        chosen.append((m - 1, 4, 2 + options.index(pick)))
    pdf = tmp / "likelihood-grid.pdf"
    _doc(pdf, story)
    page = render_pages(pdf, DPI)[0]
    ticks = []
    for k, (ys, xs) in enumerate(_grids(page)):
        for tab, r, c in chosen:
            if tab == k:
                cy, cx = (ys[r] + ys[r + 1]) / 2, (xs[c] + xs[c + 1]) / 2
                ticks.append((0, (cx, cy, 0.5 * min(ys[r + 1] - ys[r], xs[c + 1] - xs[c]))))
    out = OUT / "likelihood-grid-grey-heading-scan200.pdf"
    _save(_scan(pdf, 13, ticks), out, 13)  # type: ignore[arg-type]
    return {"document": out.name, "milestones": cells}


def _grids(img: Image.Image) -> list[tuple[list[float], list[float]]]:
    """The ruled lines of every table of a rendered page, top to bottom: (ys, xs)."""
    import numpy as np

    dark = np.asarray(img.convert("L")) < 100
    rows = np.flatnonzero(dark.mean(axis=1) > 0.5)
    ys: list[float] = []
    for k in rows:
        if not ys or k - ys[-1] > 3:
            ys.append(float(k))
    def columns(top: int, bottom: int) -> list[float]:
        found = np.flatnonzero(dark[top:bottom].mean(axis=0) > 0.95)
        xs: list[float] = []
        for k in found:
            if not xs or k - xs[-1] > 3:
                xs.append(float(k))
        return xs

    out: list[list[float]] = []
    group: list[float] = []
    for y in ys:
        # the band above a rule ruled down both sides is a row of the same table
        if group and len(columns(int(group[-1]) + 2, int(y) - 1)) < 2:
            out.append(group)
            group = []
        group.append(y)
    out.append(group)
    grids = []
    for g in out:
        if len(g) < 3:
            continue
        # the title row spans the table: the columns' rules are those below it
        grids.append((g, columns(int(g[1]) + 2, int(g[-1]) - 1)))
    return grids


def main() -> None:
    import tempfile

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        truth = {"rating_grid": rating_grid(tmp), "pack": pack(tmp),
                 "likelihood_grid": likelihood_grid(tmp)}
    (OUT / "truth.json").write_text(json.dumps(truth, indent=1, sort_keys=True) + "\n",
                                    encoding="utf-8")
    for p in sorted(OUT.iterdir()):
        print(f"wrote {p.relative_to(ROOT)}: {p.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
