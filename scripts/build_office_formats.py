"""Office formats read through LibreOffice, and a page of dashed rules (blind round 9).

Writes ``tests/data/office/``:

* ``hollinshead-return.odt`` and ``hollinshead-return.rtf``: the corpus Word return
  ``hollinshead-2010-09-form7-seed-shade.docx`` saved by LibreOffice Writer as
  OpenDocument text and as Rich Text Format;
* ``oakhurst-grid.xlsx``, ``oakhurst-grid.ods`` and ``oakhurst-grid.xls``: the corpus web
  page ``oakhurst-2010-12-grid-bgcolor.html`` opened in LibreOffice Calc (its HTML
  import) and saved as an Excel workbook, an OpenDocument spreadsheet and an Excel 97
  workbook: one sheet, each cell's fill kept;
* ``writer-pdf-struck-options.pdf``: a Word return (python-docx) exported to PDF by
  LibreOffice Writer: 'Achieved? (delete as appropriate)' over 'Yes / No' with the option
  not chosen struck through (Writer draws the stroke low, near the baseline), and the
  chosen likelihood in bold among the others;
* ``dashed-rules-chromium.pdf``: a return whose table cells have dashed borders, printed
  by headless Chromium; Chromium draws each dash as its own path, so the page holds
  thousands of short segments (an online form's printout in round 9 had 22,060).

Run: ``python scripts/build_office_formats.py`` (needs LibreOffice and Chromium).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "office"
CORPUS = ROOT / "corpus"

TITLES = ["Effective partnerships with people using services, carers and other local citizens",
          "Self-directed support and personal budgets", "Prevention and cost effective services",
          "Information and advice", "Local commissioning"]
DEADLINES = ["April 2010", "October 2010", "April 2011"]
OPTIONS = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
# per milestone: achieved for April 2010, then the likelihood chosen for October 2010 and
# April 2011 (index into OPTIONS)
CHOICES = [("Yes", 0, 1), ("Yes", 1, 1), ("No", 0, 2), ("Yes", 0, 0), ("Yes", 1, 3)]


def soffice(args: list[str], tmp: str) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed")
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp}/profile", *args],
                   check=True, capture_output=True, timeout=180)


def convert(src: Path, target: str, name: str, infilter: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        args = [f"--infilter={infilter}"] if infilter else []
        soffice([*args, "--convert-to", target, "--outdir", tmp, str(src)], tmp)
        ext = target.split(":")[0]
        shutil.copy(Path(tmp) / f"{src.stem}.{ext}", OUT / name)
    print((OUT / name).relative_to(ROOT))


def dashed_html() -> str:
    rows = []
    for n, (title, (achieved, oct10, apr11)) in enumerate(zip(TITLES, CHOICES, strict=True),
                                                            1):
        rows.append(f'<tr><th colspan="4">Milestone {n}: {title}</th></tr>')
        rows.append("<tr><td>Key dates</td>" + "".join(f"<td>{d}</td>" for d in DEADLINES)
                    + "</tr>")
        rows.append(f"<tr><td>Achieved?</td><td>{achieved}</td><td></td><td></td></tr>")
        for k, option in enumerate(OPTIONS):
            marks = ["", "X" if k == oct10 else "", "X" if k == apr11 else ""]
            rows.append(f"<tr><td>{option}</td>" + "".join(f"<td>{m}</td>" for m in marks)
                        + "</tr>")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>PPF return</title>
<style>
body {{ font-family: sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 8pt; }}
td, th {{ border: 1px dashed #555; padding: 3pt; }}
</style></head><body>
<h1>Moorside Borough Council</h1>
<p>Putting People First milestone return, quarter ending 30 June 2010.</p>
<table>{''.join(rows)}</table>
</body></html>
"""


def chromium_pdf(html: str, name: str) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        raise SystemExit("Chromium is needed")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        out = OUT / name
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
                        f"--print-to-pdf={out}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
    print(out.relative_to(ROOT))


def struck_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Ravenshaw Borough Council", 1)
    doc.add_paragraph("Putting People First milestone return, quarter ending 30 June 2010.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Milestone", "Deadline",
                                                "Achieved? (delete as appropriate)",
                                                "How likely are we to achieve this milestone "
                                                "by this date? (chosen option in bold)"],
                          strict=True):
        cell.text = text
    for n, (title, (achieved, oct10, _)) in enumerate(zip(TITLES, CHOICES, strict=True), 1):
        for deadline in DEADLINES[:2]:
            row = table.add_row().cells
            row[0].text = f"{n}. {title}" if deadline == DEADLINES[0] else ""
            row[1].text = deadline
            para = row[2].paragraphs[0]
            para2 = row[3].paragraphs[0]
            if deadline == DEADLINES[0]:
                for k, option in enumerate(("Yes", "No")):
                    if k:
                        para.add_run(" / ")
                    run = para.add_run(option)
                    run.font.strike = option != achieved
                para2.add_run("\u2013")
            else:
                para.add_run("n/a")
                for k, option in enumerate(OPTIONS):
                    if k:
                        para2.add_run(" / ")
                    para2.add_run(option).bold = k == oct10
    doc.save(str(path))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    word = CORPUS / "hollinshead-2010-09-form7-seed-shade.docx"
    convert(word, "odt", "hollinshead-return.odt")
    convert(word, "rtf", "hollinshead-return.rtf")
    web = CORPUS / "oakhurst-2010-12-grid-bgcolor.html"
    calc = "HTML (StarCalc)"
    convert(web, "xlsx:Calc MS Excel 2007 XML", "oakhurst-grid.xlsx", calc)
    convert(web, "ods", "oakhurst-grid.ods", calc)
    convert(web, "xls:MS Excel 97", "oakhurst-grid.xls", calc)
    chromium_pdf(dashed_html(), "dashed-rules-chromium.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        word = Path(tmp) / "writer-pdf-struck-options.docx"
        struck_docx(word)
        convert(word, "pdf", "writer-pdf-struck-options.pdf")


if __name__ == "__main__":
    main()
