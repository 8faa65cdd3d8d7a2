"""Build the PDF test fixtures in tests/data/pdf/ with reportlab (deterministic).

Each file pins one thing the PDF reader must get right; the file name says what.
Run from the repository root:

    .venv/bin/python scripts/build_pdf_fixtures.py

Canvases and doc templates are built with ``invariant=1``, so a rebuild gives the
same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_W, PAGE_H = A4

Text = str | tuple[str, str]  # plain text, or (font name, text)


def canvas(name: str, pagesize: tuple[float, float] = A4) -> Canvas:
    c = Canvas(str(OUT / name), pagesize=pagesize, invariant=1)
    c.setTitle(name)
    c.setAuthor("ppfextract fixtures")
    return c


def grid(c: Canvas, x: float, top: float, widths: Sequence[float], heights: Sequence[float],
         rows: Sequence[Sequence[Text]], size: float = 10) -> None:
    """A ruled table drawn with lines; ``top`` is measured from the top of the page."""
    page_h = c._pagesize[1]
    y_top = page_h - top
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y_top]
    for h in heights:
        ys.append(ys[-1] - h)
    c.setLineWidth(0.75)
    c.setStrokeColorRGB(0, 0, 0)
    for yy in ys:
        c.line(xs[0], yy, xs[-1], yy)
    for xx in xs:
        c.line(xx, ys[0], xx, ys[-1])
    for r, row in enumerate(rows):
        for k, value in enumerate(row):
            font, text = ("Helvetica", value) if isinstance(value, str) else value
            if not text:
                continue
            c.setFont(font, size)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(xs[k] + 4, ys[r] - size - 3, text)


def heading(c: Canvas, text: str, top: float, size: float = 14) -> None:
    c.setFont("Helvetica-Bold", size)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(50, c._pagesize[1] - top, text)


def lines(c: Canvas, texts: Sequence[str], top: float, x: float = 50, size: float = 10,
          leading: float = 12) -> None:
    c.setFont("Helvetica", size)
    c.setFillColorRGB(0, 0, 0)
    for i, text in enumerate(texts):
        c.drawString(x, c._pagesize[1] - top - i * leading, text)


# ---------------------------------------------------------------------------


def ruled_table_with_merged_cells() -> None:
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(OUT / "ruled-table-with-merged-cells.pdf"), pagesize=A4,
                            invariant=1, title="ruled table with merged cells")
    data = [
        ["Milestone 1: Effective partnerships", "", "Deadline"],
        ["Achieved", "Y", "April 2010"],
        ["Likelihood", "Very likely", "October 2010"],
        ["", "Fairly likely", "April 2011"],
        ["Key Questions", "What external support would help?", ""],
    ]
    table = Table(data, colWidths=[150, 200, 100])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("SPAN", (0, 0), (1, 0)),  # a header across two columns
        ("SPAN", (0, 2), (0, 3)),  # a label down two rows
        ("SPAN", (1, 4), (2, 4)),  # a question across two columns
        ("FONT", (0, 0), (-1, -1), "Helvetica", 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    doc.build([
        Paragraph("Progress with Putting People First milestones", styles["Heading1"]),
        Paragraph("Council: Sefton MBC. This return reports progress to the end of "
                  "December 2010.", styles["BodyText"]),
        Spacer(1, 12),
        table,
        Spacer(1, 12),
        Paragraph("A paragraph after the table.", styles["BodyText"]),
    ])


def unruled_aligned_table() -> None:
    c = canvas("unruled-aligned-table.pdf")
    heading(c, "Budget summary", 60)
    lines(c, ["This paragraph is ordinary prose that runs over three lines of text, and it",
              "must stay a paragraph: its words are set with ordinary spaces, so nothing",
              "in it lines up into columns like a table would."], 90)
    rows = [("Item", "2009/10", "2010/11"),
            ("Personal budgets", "1,200", "2,400"),
            ("Direct payments", "800", "950"),
            ("Reablement", "300", "410")]
    for i, (a, b, d) in enumerate(rows):
        y = PAGE_H - 160 - i * 16
        c.setFont("Helvetica", 10)
        c.drawString(60, y, a)
        c.drawRightString(300, y, b)
        c.drawRightString(400, y, d)
    lines(c, ["1.    First numbered point of the list.",
              "2.    Second numbered point of the list.",
              "3.    Third numbered point of the list."], 260)
    lines(c, ["Closing paragraph."], 330)
    c.showPage()
    c.save()


def _unruled_rows(c: Canvas, rows: Sequence[Sequence[str]], xs: Sequence[float], top: float,
                  rule: bool = False) -> None:
    """Rows of text at fixed x positions, 13 points apart, the first in bold (with a rule
    under it when ``rule``)."""
    for i, row in enumerate(rows):
        y = PAGE_H - top - i * 13
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
        for x, text in zip(xs, row, strict=True):
            c.drawString(x, y, text)
        if rule and i == 0:
            c.line(60, y - 3, 540, y - 3)


def unruled_wrapped_rows() -> None:
    """An unruled risks table (reportlab, only a rule under the header) whose cells wrap
    onto a second line, the last row's at the foot of the table; then an unruled grid
    whose milestone label spans three deadline rows (first column empty, not a wrap)."""
    c = canvas("unruled-wrapped-rows.pdf")
    heading(c, "3. Key risks and mitigating actions", 60)
    rows = [("Milestone", "Key risk", "Mitigating action"),
            ("2", "Capacity of the Direct Payments support",
             "Re-tender of the support service with"),
            ("", "service", "increased volumes from April 2010"),
            ("3", "PCT financial position limits joint investment",
             "Joint prevention investment plan to be"),
            ("", "", "agreed at the Health and Social Care Board")]
    _unruled_rows(c, rows, (60, 130, 340), 100, rule=True)
    heading(c, "4. Milestone position", 200)
    grid_rows = [("Milestone", "Deadline", "Achieved"),
                 ("Self-directed support", "April 2010", "Yes"),
                 ("", "October 2010", "Yes"),
                 ("", "April 2011", "n/a"),
                 ("Local commissioning", "April 2010", "Yes"),
                 ("", "October 2010", "No")]
    _unruled_rows(c, grid_rows, (60, 240, 360), 240)
    c.showPage()
    c.save()


def _mark_table(name: str, title: str, mark: Text) -> None:
    c = canvas(name)
    heading(c, title, 60)
    grid(c, 50, 80, [160, 60], [20, 20, 20, 20], [
        ["How likely?", "Mark"],
        ["Very likely", mark],
        ["Fairly likely", ""],
        ["Fairly unlikely", ""],
    ])
    c.showPage()
    c.save()


def zapfdingbats_tick_in_cell() -> None:
    # reportlab encodes U+2714 in ZapfDingbats as code 0x34 ("a20"), which pdfminer reports
    # as the letter "4", as Word and Acrobat output does.
    _mark_table("zapfdingbats-tick-in-cell.pdf", "ZapfDingbats tick", ("ZapfDingbats", "\u2714"))


def symbol_radical_tick() -> None:
    # U+221A in Symbol is code 0xD6 ("radical"), reported as "(cid:214)".
    _mark_table("symbol-radical-tick.pdf", "Symbol radical tick", ("Symbol", "\u221a"))


def unicode_ticks_dejavu() -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    c = canvas("unicode-ticks-dejavu.pdf")
    heading(c, "Unicode ticks", 60)
    grid(c, 50, 80, [160, 60], [20, 20, 20, 20], [
        ["Option", "Mark"],
        ["Achieved", ("DejaVuSans", "\u2713")],
        ["Very likely", ("DejaVuSans", "\u2612")],
        ["Fairly likely", ("DejaVuSans", "\u2610")],
    ])
    c.showPage()
    c.save()


RATINGS = ["Red", "Amber/Red", "Amber/Green", "Green"]


def rating_by_filled_rect_no_text() -> None:
    """Each requirement row has one rating cell filled, with no text: RGB green,
    CMYK red, grey-scale grey and RGB amber."""
    c = canvas("rating-by-filled-rect-no-text.pdf")
    heading(c, "Underpinning Requirements", 60)
    x, top = 50, 80
    widths = [220, 60, 60, 60, 60]
    heights = [20] * 5
    fills: list[tuple[int, Callable[[Canvas], None]]] = [
        (4, lambda cv: cv.setFillColorRGB(0, 1, 0)),  # row 1: green
        (1, lambda cv: cv.setFillColorCMYK(0, 1, 1, 0)),  # row 2: red, as CMYK
        (2, lambda cv: cv.setFillGray(0.5)),  # row 3: grey
        (3, lambda cv: cv.setFillColorRGB(1, 0.75, 0)),  # row 4: amber
    ]
    for r, (col, set_colour) in enumerate(fills, start=1):
        x0 = x + sum(widths[:col])
        y1 = PAGE_H - top - sum(heights[:r])
        set_colour(c)
        c.rect(x0, y1 - heights[r], widths[col], heights[r], stroke=0, fill=1)
    grid(c, x, top, widths, heights, [
        ["Are all stakeholders engaged", *RATINGS],
        ["The full engagement of all service users", "", "", "", ""],
        ["The full engagement of all staff", "", "", "", ""],
        ["The full engagement of local politicians", "", "", "", ""],
        ["The support of regional programmes", "", "", "", ""],
    ], size=8)
    c.showPage()
    c.save()


def coloured_box_inside_cell() -> None:
    """A small filled square (row 1, Amber/Green) and a filled circle (row 2, Green)
    sitting inside cells, with no text."""
    c = canvas("coloured-box-inside-cell.pdf")
    heading(c, "Key Arrangements", 60)
    x, top = 50, 80
    widths = [220, 60, 60, 60, 60]
    grid(c, x, top, widths, [20, 20, 20], [
        ["Are the Key Arrangements in place", *RATINGS],
        ["A workforce strategy", "", "", "", ""],
        ["A local project plan", "", "", "", ""],
    ], size=8)
    c.setFillColorRGB(1, 0.8, 0)
    cx = x + sum(widths[:3])
    c.rect(cx + 26, PAGE_H - top - 20 - 14, 8, 8, stroke=0, fill=1)
    c.setFillColorRGB(0, 0.6, 0)
    gx = x + sum(widths[:4])
    c.circle(gx + 30, PAGE_H - top - 40 - 10, 5, stroke=0, fill=1)
    c.showPage()
    c.save()


def table_split_across_pages() -> None:
    """A ruled table of 60 rows that continues on page 2 with its header row repeated."""
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(OUT / "table-split-across-pages.pdf"), pagesize=A4,
                            invariant=1, title="table split across pages")
    data = [["Ref", "Risk", "Owner"]]
    data += [[f"R{i:02d}", f"Risk number {i}", "Director" if i % 2 else "Manager"]
             for i in range(1, 61)]
    table = Table(data, colWidths=[60, 250, 120], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("FONT", (0, 0), (-1, -1), "Helvetica", 10),
    ]))
    doc.build([Paragraph("Key Risks and Mitigating Actions", styles["Heading1"]),
               Spacer(1, 200), table,
               Paragraph("After the table.", styles["BodyText"])])


def table_cell_cut_across_pages() -> None:
    """A two-column table whose last row on page 1 is cut: the rest of its second
    cell opens page 2 in a row with a blank first cell. A page number sits at the
    foot of page 1 and a running header at the top of page 2."""
    c = canvas("table-cell-cut-across-pages.pdf")
    heading(c, "Key Questions", 60)
    widths = [150, 330]
    rows = [["Question", "Answer"]] + [[f"Question {i}", f"Answer {i}"] for i in range(1, 5)]
    rows.append(["Question 5", "The first part of an answer that"])
    grid(c, 50, 620, widths, [20] * 6, rows)
    lines(c, ["Page 1"], 820, x=280, size=8)
    c.showPage()
    lines(c, ["Sefton MBC progress return"], 30, x=50, size=8)
    grid(c, 50, 50, widths, [20, 20, 20], [
        ["", "continues on the next page."],
        ["Question 6", "Answer 6"],
        ["Question 7", "Answer 7"],
    ])
    lines(c, ["The end."], 140)
    c.showPage()
    c.save()


def table_row_not_cut_at_page_break() -> None:
    """A table whose rows break cleanly across pages: 'How likely? | Achieved | X | Very
    likely | X' ends page 1; page 2 opens with 'Not achieved | ... | Fairly likely' under
    a blank first (merged label) cell. The rows must stay apart: not a cut cell."""
    c = canvas("table-row-not-cut-at-page-break.pdf")
    heading(c, "Milestone 4: Information and advice", 60)
    widths = [150, 110, 40, 110, 40]
    grid(c, 50, 700, widths, [20, 20], [
        ["Key dates", "April 2010", "", "April 2011", ""],
        ["How likely?", "Achieved", "X", "Very likely", "X"],
    ])
    c.showPage()
    grid(c, 50, 50, widths, [20, 20], [
        ["", "Not achieved", "", "Fairly likely", ""],
        ["", "Reason", "", "Fairly unlikely", ""],
    ])
    c.showPage()
    c.save()


def landscape_page() -> None:
    size = landscape(A4)
    c = canvas("landscape-page.pdf", pagesize=size)
    heading(c, "A landscape page", 50)
    grid(c, 50, 70, [300, 150, 150, 140], [20, 20, 20], [
        ["Milestone", "April 2010", "October 2010", "April 2011"],
        ["Self-directed support", "Y", "Y", "Very likely"],
        ["Local commissioning", "N", "Y", "Fairly likely"],
    ])
    c.showPage()
    c.save()


def triage_five_pages() -> None:
    """Five pages: a ruled table on pages 2, 3 and 4; only page 2 says
    'Underpinning Requirements'."""
    c = canvas("triage-five-pages.pdf")
    lines(c, ["Cover page: report to the Cabinet Member."], 60)
    c.showPage()
    for page, title in ((2, "Underpinning Requirements"), (3, "Continued figures"),
                        (4, "Unrelated table")):
        heading(c, title, 60)
        grid(c, 50, 80, [200, 100], [20, 20, 20], [
            [f"Page {page} item", "Value"], ["Alpha", "1"], ["Beta", "2"]])
        lines(c, [f"Text after the table on page {page}."], 160)
        c.showPage()
    lines(c, ["Closing page."], 60)
    c.showPage()
    c.save()


def truncated() -> None:
    """The merged-cells fixture cut to 60% of its bytes."""
    data = (OUT / "ruled-table-with-merged-cells.pdf").read_bytes()
    (OUT / "truncated.pdf").write_bytes(data[: int(len(data) * 0.6)])


def unruled_table_under_a_form_heading_line() -> None:
    """An unruled status grid (reportlab, landscape) under a form's heading line whose
    pieces ('Council: ...   Period: ...   Date completed: ...') straddle the grid's
    columns; the key to the abbreviations in a paragraph above."""
    c = canvas("unruled-table-under-a-form-heading-line.pdf")
    heading(c, "4. Putting People First return for quarter ending June 2010", 60)
    lines(c, ["Key: Ach. = achieved; Not ach. = not achieved (likelihood in brackets);",
              "V. likely = very likely; F. likely = fairly likely."], 84, size=9)
    rows = [("Council: Havering", "Period: April-June 2010", "Date completed: 07/07/10", ""),
            ("Milestone", "Apr-10", "Oct-10", "Apr-11"),
            ("M1 Partnerships", "Ach.", "V. likely", "V. likely"),
            ("M2 SDS & PBs", "Ach.", "F. likely", "F. unlikely"),
            ("M3 Prevention", "Ach.", "F. likely", "F. likely"),
            ("M4 Info & advice", "Not ach. (V. likely)", "V. likely", "V. likely"),
            ("M5 Commissioning", "Ach.", "F. unlikely", "F. likely")]
    for i, row in enumerate(rows):
        y = PAGE_H - 130 - i * 15.4
        c.setFont("Helvetica", 9)
        xs = (50, 130, 232, 0) if i == 0 else (54, 210, 324, 437)
        for x, text in zip(xs, row, strict=True):
            if text:
                c.drawString(x, y, text)
    c.showPage()
    c.save()


def footnote_number_raised_after_a_status() -> None:
    """A ruled status grid whose statuses carry a footnote's number set small and raised
    ('Not achieved\u00b9', as a word processor sets a note's reference), the notes under
    the grid."""
    c = canvas("footnote-number-raised-after-a-status.pdf")
    heading(c, "Putting People First: position at 31 December 2010", 60)
    rows = [("Milestone", "April 2010", "October 2010", "April 2011"),
            ("1. Partnerships", "Achieved", "Achieved", "Very likely"),
            ("2. Personal budgets", "Not achieved", "Achieved", "Fairly likely"),
            ("3. Prevention", "Achieved", "Not achieved", "Fairly unlikely")]
    widths, top = (150, 110, 110, 110), 90
    grid(c, 50, top, widths, [20] * len(rows), rows)
    c.setFont("Helvetica", 6)  # the notes' numbers: smaller, raised by 4 points
    for r, col, n in ((2, 1, "1"), (3, 2, "2"), (1, 3, "3")):
        x = 50 + sum(widths[:col]) + 4 + pdfmetrics.stringWidth(rows[r][col], "Helvetica", 10)
        c.drawString(x, PAGE_H - top - r * 20 - 13 + 4, n)
    lines(c, ["1 The resource allocation system was signed off in May 2010.",
              "2 Joint monitoring with the PCT starts in February 2011.",
              "3 Depends on the user-led organisation's funding bid."], top + 100, size=8)
    c.showPage()
    c.save()


def slide_frame_round_an_unruled_grid() -> None:
    """A slide exported to PDF (landscape, 16:9): a box round the whole page over a
    footer band, the two drawn as one ruled grid of two cells; inside the box a title
    and an unruled status grid. The frame is no table."""
    size = (960, 540)
    c = canvas("slide-frame-round-an-unruled-grid.pdf", pagesize=size)
    c.setLineWidth(1)
    c.setStrokeColorRGB(0.1, 0.2, 0.4)
    c.rect(20, 20, 920, 500)  # the slide's frame
    c.setFillColorRGB(0.1, 0.2, 0.4)
    c.rect(20, 20, 920, 36, fill=1)  # its footer band, inside the frame
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica", 11)
    c.drawString(40, 34, "Anytown Borough Council | Adult Social Care Scrutiny Panel")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(60, 470, "Where we are: milestones at 31 December 2010")
    rows = [("Milestone", "April 2010", "October 2010", "April 2011"),
            ("1. Effective partnerships", "Achieved", "Achieved", "Very likely"),
            ("2. Self-directed support", "Achieved", "Not achieved", "Fairly likely"),
            ("3. Prevention", "Achieved", "Achieved", "Fairly unlikely"),
            ("4. Information and advice", "Not achieved", "Achieved", "Very likely"),
            ("5. Local commissioning", "Achieved", "Achieved", "Fairly likely")]
    c.setFont("Helvetica", 14)
    for i, row in enumerate(rows):
        for x, text in zip((60, 380, 540, 720), row, strict=True):
            c.drawString(x, 410 - i * 40, text)
    c.showPage()
    c.save()


def form_boxes_filling_their_rows() -> None:
    """A word processor's form exported to PDF: per deadline a column of option labels and
    a narrow column of check boxes, each box a drawn square nearly as tall as its row
    (its edges close to the row's rules), the chosen one crossed corner to corner by two
    strokes. The boxes are marks, not rules splitting the cells."""
    c = canvas("form-boxes-filling-their-rows.pdf")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 800, "Milestone 2: Self-directed support and personal budgets")
    left, label_w, box_w, row_h = 50.0, 130.0, 18.0, 12.5
    cols = [left, left + 90]
    for _ in range(3):
        cols += [cols[-1] + label_w, cols[-1] + label_w + box_w]
    heads = ["Due", "Apr 2010", "Oct 2010", "Apr 2011"]
    options = ["Achieved: Y", "Achieved: N", "Very likely", "Fairly likely", "Fairly unlikely",
               "Very unlikely"]
    chosen = {0: 0, 1: 3, 2: 4}  # deadline -> the option crossed
    top = 780.0
    n_rows = 1 + len(options)
    c.setLineWidth(0.5)
    for r in range(n_rows + 1):
        c.line(cols[0], top - r * row_h, cols[-1], top - r * row_h)
    c.line(cols[0], top, cols[0], top - n_rows * row_h)
    c.line(cols[1], top, cols[1], top - n_rows * row_h)
    for d in range(3):
        c.line(cols[2 + 2 * d], top - row_h, cols[2 + 2 * d], top - n_rows * row_h)
        c.line(cols[3 + 2 * d], top, cols[3 + 2 * d], top - n_rows * row_h)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(cols[0] + 2, top - row_h + 3, heads[0])
    for d in range(3):
        c.drawString(cols[1 + 2 * d] + 2, top - row_h + 3, heads[1 + d])
    c.setFont("Helvetica", 8)
    c.drawString(cols[0] + 2, top - 2 * row_h + 3, "Status")
    side = row_h - 1.6
    for d in range(3):
        for i, option in enumerate(options):
            y = top - (i + 2) * row_h
            c.drawString(cols[1 + 2 * d] + 2, y + 3, option)
            bx = cols[2 + 2 * d] + (box_w - side) / 2
            by = y + 0.8
            c.rect(bx, by, side, side)
            if chosen[d] == i:
                c.line(bx, by, bx + side, by + side)
                c.line(bx, by + side, bx + side, by)
    c.showPage()
    c.save()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ruled_table_with_merged_cells()
    unruled_aligned_table()
    unruled_wrapped_rows()
    zapfdingbats_tick_in_cell()
    symbol_radical_tick()
    if DEJAVU.exists():
        unicode_ticks_dejavu()
    rating_by_filled_rect_no_text()
    coloured_box_inside_cell()
    table_split_across_pages()
    table_cell_cut_across_pages()
    table_row_not_cut_at_page_break()
    landscape_page()
    triage_five_pages()
    truncated()
    unruled_table_under_a_form_heading_line()
    footnote_number_raised_after_a_status()
    slide_frame_round_an_unruled_grid()
    form_boxes_filling_their_rows()


if __name__ == "__main__":
    main()
