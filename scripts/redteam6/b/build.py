#!/usr/bin/env python3
"""Build the r6b blind test papers into docs/ and their gold records into gold/.

Run with the folder's venv:  .venv/bin/python build.py
Needs: chromium, pandoc, gs on PATH; reportlab and weasyprint in the venv.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import write_gold  # noqa: E402
import papers_a  # noqa: E402
import papers_b  # noqa: E402
import papers_c  # noqa: E402

DOCS = os.path.join(HERE, "docs")
WORK = os.path.join(HERE, "work")
SET = "r6b"


def chromium_pdf(html_path, pdf_path):
    prof = tempfile.mkdtemp(prefix="chr-")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", "--run-all-compositor-stages-before-draw",
                        f"--print-to-pdf={pdf_path}", "file://" + html_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def pandoc_html(md_text, header_css, out_html, title_ok=True):
    md = out_html + ".md"
    hdr = out_html + ".hdr.html"
    with open(md, "w", encoding="utf-8") as f:
        f.write(md_text)
    with open(hdr, "w", encoding="utf-8") as f:
        f.write(header_css)
    subprocess.run(["pandoc", "-f", "markdown", "-t", "html5", "-s", "--columns=200", "-H", hdr, "-o", out_html, md],
                   check=True)


def ghostscript(src, dst):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4",
                    "-dPDFSETTINGS=/printer", f"-sOutputFile={dst}", src], check=True)


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    built = []

    # 1 Stockport: modern.gov issue page, hand-written HTML
    stem = f"{SET}-1-stockport-moderngov-x-two-quarters"
    ret, facts = papers_a.build_stockport(os.path.join(DOCS, stem + ".html"))
    built.append((stem, ret, facts))

    # 2 Norfolk: Word-like HTML printed by headless Chromium
    stem = f"{SET}-2-norfolk-chromium-ticks-split"
    h = os.path.join(WORK, stem + ".html")
    ret, facts = papers_a.build_norfolk_html(h)
    chromium_pdf(h, os.path.join(DOCS, stem + ".pdf"))
    built.append((stem, ret, facts))

    # 3 Derby: WeasyPrint, mixed portrait/landscape, colour-only marks
    stem = f"{SET}-3-derby-weasyprint-landscape-shaded"
    h = os.path.join(WORK, stem + ".html")
    ret, facts = papers_b.build_derby_html(h)
    import weasyprint
    weasyprint.HTML(filename=h).write_pdf(os.path.join(DOCS, stem + ".pdf"))
    built.append((stem, ret, facts))

    # 4 Cornwall: reportlab, ruled milestone tables with drawn ticks, unruled ratings
    stem = f"{SET}-4-cornwall-reportlab-drawn-ticks"
    ret, facts = papers_b.build_cornwall_pdf(os.path.join(DOCS, stem + ".pdf"))
    built.append((stem, ret, facts))

    # 5 Bury: council CMS web page summary
    stem = f"{SET}-5-bury-cms-summary-words"
    ret, facts = papers_c.build_bury(os.path.join(DOCS, stem + ".html"))
    built.append((stem, ret, facts))

    # 6 Lewisham: pandoc Markdown -> standalone HTML
    stem = f"{SET}-6-lewisham-pandoc-bold-strike"
    out = os.path.join(DOCS, stem + ".html")
    pandoc_html(papers_c.lewisham_md(), papers_c.LEWISHAM_CSS, os.path.join(WORK, stem + ".html"))
    shutil.copy(os.path.join(WORK, stem + ".html"), out)
    built.append((stem, papers_c.LEWISHAM, papers_c.LEWISHAM_FACTS))

    # 7 Wiltshire: pandoc -> HTML -> Chromium PDF -> Ghostscript pdfwrite
    stem = f"{SET}-7-wiltshire-pandoc-gs-checkboxes"
    h = os.path.join(WORK, stem + ".html")
    pandoc_html(papers_c.wiltshire_md(), papers_c.WILTSHIRE_CSS, h)
    raw = os.path.join(WORK, stem + ".chromium.pdf")
    chromium_pdf(h, raw)
    ghostscript(raw, os.path.join(DOCS, stem + ".pdf"))
    built.append((stem, papers_c.WILTSHIRE, papers_c.WILTSHIRE_FACTS))

    # 8 Hampshire: online form submission record printed from the browser
    stem = f"{SET}-8-hampshire-webform-radios"
    h = os.path.join(WORK, stem + ".html")
    ret, facts = papers_c.build_hampshire_html(h)
    chromium_pdf(h, os.path.join(DOCS, stem + ".pdf"))
    built.append((stem, ret, facts))

    for stem, ret, facts in built:
        write_gold(HERE, stem, ret, facts)
    write_layouts()
    print("built", len(built), "papers")



def write_layouts():
    from layouts import LAYOUTS
    with open(os.path.join(HERE, "layouts.json"), "w", encoding="utf-8") as f:
        json.dump(LAYOUTS, f, indent=2, ensure_ascii=False)
        f.write("\n")



if __name__ == "__main__":
    main()
