"""Build tests/data/pdf/writer-row-cut-across-pages-label-goes-on.pdf: a Word return
(python-docx) printed to PDF by LibreOffice Writer, whose table rows may break across
pages (Writer's default). The milestone table's likelihood row is cut by the page
break: the label 'How likely are we to achieve this milestone by this date?' and the
options 'Very likely / Fairly likely / Fairly unlikely / Very unlikely' (the rejected
ones struck through) both wrap, and go on at the top of the next page in lower case.
Read as two rows, the last words ('unlikely') would be a likelihood of their own.

    .venv/bin/python scripts/build_row_cut_fixture.py

Needs LibreOffice (skipped with a message without it).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_producer_fixtures import soffice_convert, tool  # noqa: E402
from docx_save import save_deterministic  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "pdf" / "writer-row-cut-across-pages-label-goes-on.pdf"
EXTRA = 1  # one line more or less and the break misses the row
OPTIONS = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]


def _options(cell, chosen: int | None) -> None:
    """The four likelihoods on one paragraph, all but ``chosen`` struck through."""
    par = cell.paragraphs[0]
    for k, option in enumerate(OPTIONS):
        if k:
            par.add_run(" / ")
        run = par.add_run(option)
        run.font.strike = chosen is not None and k != chosen


def build(path: Path) -> None:
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)
    doc.add_heading("Putting People First milestones: Quarter 1 2010/11", level=1)
    doc.add_paragraph("Council: Anyshire County Council. Period: April to June 2010. "
                      "Date completed: 9 July 2010.")
    for k in range(12):  # the report's text, to bring the table to the page's foot
        doc.add_paragraph(f"{k + 1}. The programme board met during the quarter and "
                          "agreed the next steps for the transformation of adult care.")
    for k in range(EXTRA):
        doc.add_paragraph(f"Note {k + 1}.")
    doc.add_paragraph("Milestone 5: Local commissioning")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    head = table.add_row().cells
    for cell, text in zip(head, ["", "April 2010", "October 2010", "April 2011"],
                          strict=True):
        cell.text = text
    achieved = table.add_row().cells
    achieved[0].text = "Achieved?"
    achieved[1].text = "Yes"
    likely = table.add_row().cells
    likely[0].text = "How likely are we to achieve this milestone by this date?"
    _options(likely[2], 2)
    _options(likely[3], None)  # nothing struck: no assessment made
    reason = table.add_row().cells
    reason[0].text = "Reason if not achieved"
    for row in table.rows:
        row.cells[0].width = docx.shared.Cm(5)
    save_deterministic(doc, path)


def main() -> None:
    if tool("soffice", "libreoffice") is None:
        print("skipped: LibreOffice not installed")
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{OUT.stem}.docx"
        build(src)
        shutil.copy(soffice_convert(src, "pdf", Path(tmp)), OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
