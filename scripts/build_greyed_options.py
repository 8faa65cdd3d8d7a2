"""Returns whose chosen options are shown only by greying out the others (blind round 5's
lesson): tests/data/docx/greyed-out-options.docx (python-docx, light grey run colours) and
tests/data/html/greyed-out-options.html (hand-written: CSS colour, opacity and a <font
color> attribute), and tests/data/pdf/greyed-out-options.pdf (that page printed by headless
Chromium; skipped when Chromium is missing). Same return in all; one cell greyed
throughout, which picks nothing.

    .venv/bin/python scripts/build_greyed_options.py
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

from docx_save import save_deterministic

ROOT = Path(__file__).resolve().parents[1]
DOCX_OUT = ROOT / "tests" / "data" / "docx" / "greyed-out-options.docx"
HTML_OUT = ROOT / "tests" / "data" / "html" / "greyed-out-options.html"
PDF_OUT = ROOT / "tests" / "data" / "pdf" / "greyed-out-options.pdf"

ACHIEVED = ["Yes", "No"]
LIKELIHOODS = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
# (milestone title, deadline, chosen achieved option or None, chosen likelihood or None)
# None with options shown means every option greyed: nothing is chosen.
ROWS = [
    ("Self-directed support and personal budgets", "April 2010", "Yes", ""),
    ("Self-directed support and personal budgets", "October 2010", "No", "Fairly likely"),
    ("Self-directed support and personal budgets", "April 2011", "", "Very likely"),
    ("Prevention and cost effective services", "April 2010", "Yes", ""),
    ("Prevention and cost effective services", "October 2010", "Yes", ""),
    ("Prevention and cost effective services", "April 2011", "", None),  # all greyed
]
GREY = RGBColor(0xA6, 0xA6, 0xA6)


def _options(chosen: str | None, options: list[str]):
    """(text, greyed) pieces: the chosen option plain, the others greyed, ' / ' between."""
    out = []
    for i, option in enumerate(options):
        if i:
            out.append((" / ", False))
        out.append((option, option != chosen))
    return out


def build_docx() -> None:
    doc = Document()
    doc.add_heading("Kirkby Vale Council: Cabinet, 9 February 2011", level=1)
    doc.add_paragraph("Putting People First: progress return for the quarter to "
                      "31 December 2010. The option that applies is shown in black; the "
                      "others are greyed out.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Milestone", "Deadline", "Achieved?",
                                                "If not yet due, how likely?"], strict=True):
        cell.text = text
    for title, deadline, achieved, likelihood in ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = title, deadline
        for cell, chosen, options in ((cells[2], achieved, ACHIEVED),
                                      (cells[3], likelihood, LIKELIHOODS)):
            if chosen == "":
                continue
            para = cell.paragraphs[0]
            for text, greyed in _options(chosen, options):
                run = para.add_run(text)
                run.font.size = Pt(9)
                if greyed:
                    run.font.color.rgb = GREY
    save_deterministic(doc, DOCX_OUT)


def build_html() -> None:
    styles = ["color:#a6a6a6", "opacity:0.4", None]  # CSS colour, faded, <font color>
    rows = []
    for n, (title, deadline, achieved, likelihood) in enumerate(ROWS):
        cells = []
        for chosen, options in ((achieved, ACHIEVED), (likelihood, LIKELIHOODS)):
            if chosen == "":
                cells.append("<td></td>")
                continue
            parts = []
            for text, greyed in _options(chosen, options):
                t = html.escape(text)
                style = styles[n % 3]
                if greyed and style is None:
                    parts.append(f'<font color="#999999">{t}</font>')
                elif greyed:
                    parts.append(f'<span style="{style}">{t}</span>')
                else:
                    parts.append(f'<span style="color:#000">{t}</span>')
            cells.append(f"<td>{''.join(parts)}</td>")
        rows.append(f"<tr><td>{html.escape(title)}</td><td>{deadline}</td>{''.join(cells)}</tr>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kirkby Vale Council: Cabinet</title>
<style>body {{ color: #222; font-family: sans-serif }} td, th {{ border: 1px solid #888 }}</style>
</head><body>
<h1>Kirkby Vale Council: Cabinet, 9 February 2011</h1>
<p>Putting People First: progress return for the quarter to 31 December 2010. The option
that applies is shown in black; the others are greyed out.</p>
<table>
<tr><th>Milestone</th><th>Deadline</th><th>Achieved?</th><th>If not yet due, how likely?</th></tr>
{chr(10).join(rows)}
</table>
</body></html>
"""
    HTML_OUT.write_text(page, encoding="utf-8")


def build_pdf() -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("no chromium: tests/data/pdf/greyed-out-options.pdf not rebuilt")
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={PDF_OUT}", HTML_OUT.as_uri()],
                       check=True, capture_output=True, timeout=120)


if __name__ == "__main__":
    build_docx()
    build_html()
    build_pdf()
    print(DOCX_OUT.relative_to(ROOT), HTML_OUT.relative_to(ROOT), PDF_OUT.relative_to(ROOT))
