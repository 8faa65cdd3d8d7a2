"""A LibreOffice Calc print of a return grid split over two pages (blind round 6's
lessons): tests/data/pdf/calc-merged-cell-across-page-break.pdf.

An openpyxl workbook, printed to PDF by ``soffice --headless --convert-to pdf``:
* a table of indicators by quarter ('Q2 2010/11' ...) above the return, whose header is
  not the return's;
* the return's header row names its fields, and a caption row 'How likely are we to
  achieve this milestone by this date?' spans the four likelihood columns over the X's;
* milestone 4's title is a cell merged over three rows, cut by the page break: Calc
  draws its text again on the next page, clipped out of view, and leaves the cell open
  at the foot of the first page; the header rows repeat on the next page.

    .venv/bin/python scripts/build_calc_split_grid.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "pdf" / "calc-merged-cell-across-page-break.pdf"

TITLES = ["1. Effective partnerships with people using services, carers and other local "
          "citizens", "2. Self-directed support and personal budgets",
          "3. Prevention and cost effective services", "4. Information and advice",
          "5. Local commissioning"]
LIKELY = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
# per milestone: (achieved Apr-10, achieved Oct-10, likelihood for Apr-11)
ANSWERS = [("Y", "N", "Very likely"), ("Y", "Y", "Fairly unlikely"), ("Y", "Y", "Very likely"),
           ("Y", "Y", "Fairly likely"), ("Y", "N", "Very likely")]
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Return"
    ws.append(["Salterton City Council: adult social care performance, 2010/11"])
    ws.append(["Indicator", "Q1 2010/11", "Q2 2010/11", "Q3 2010/11", "Q4 2010/11"])
    ws.append(["NI 130 Clients receiving self-directed support (%)", 14.2, 19.8, 24.6, 30.4])
    ws.append(["NI 135 Carers receiving an assessment (%)", 6.1, 12.9, 18.4, 24.0])
    ws.append([])
    ws.append(["PUTTING PEOPLE FIRST - MILESTONE RETURN, QUARTER 4 2010/11"])
    header = ws.max_row + 1
    ws.append(["Milestone", "Key date", "Achieved (Y/N)", *LIKELY, "Reason if not achieved"])
    ws.append(["", "", "", "How likely are we to achieve this milestone by this date?"])
    ws.merge_cells(start_row=header + 1, start_column=4, end_row=header + 1, end_column=7)
    for m, (title, (a1, a2, lik)) in enumerate(zip(TITLES, ANSWERS, strict=True)):
        first = ws.max_row + 1
        for date, achieved in (("Apr-10", a1), ("Oct-10", a2), ("Apr-11", "n/a")):
            marks = ["X" if (date == "Apr-11" and o == lik) else "" for o in LIKELY]
            reason = "Consultation extended" if achieved == "N" else ""
            ws.append([title if date == "Apr-10" else None, date, achieved, *marks, reason])
        ws.merge_cells(start_row=first, start_column=1, end_row=first + 2, end_column=1)
        if m == 3:  # milestone 4 is cut by the page break after its first row
            ws.row_breaks.append(Break(id=first))
    for row in ws.iter_rows(min_row=header, max_row=ws.max_row, max_col=8):
        for cell in row:
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in ws[header]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEFGH", (34, 9, 14, 14, 14, 14, 14, 24), strict=True):
        ws.column_dimensions[col].width = width
    ws.row_dimensions[header].height = 30
    ws.row_dimensions[header + 1].height = 30
    for r in range(header + 2, ws.max_row + 1):
        ws.row_dimensions[r].height = 42
    ws.print_title_rows = f"{header}:{header + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(path)


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to print the workbook")
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / OUT.with_suffix(".xlsx").name
        build(xlsx)
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, str(xlsx)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(Path(tmp) / OUT.name, OUT)
    print(OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
