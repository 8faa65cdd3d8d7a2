"""Build the bad-input files the pipeline must survive, into tests/data/bad/.

Run: .venv/bin/python scripts/build_bad_inputs.py
"""

from __future__ import annotations

import random
from pathlib import Path

from docx import Document

from docx_save import save_deterministic

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "bad"


def encrypted_docx(source: Path, target: Path) -> None:
    """Word's password protection (ECMA-376 agile encryption), by msoffcrypto-tool. The
    salt is random, so the bytes differ on every build."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print("msoffcrypto-tool not installed: password-protected.docx not rebuilt")
        return
    with open(source, "rb") as src, open(target, "wb") as out:
        OOXMLFile(src).encrypt("secret", out)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "empty.docx").write_bytes(b"")
    (OUT / "empty.html").write_bytes(b"")
    rng = random.Random(20101231)
    (OUT / "random-bytes.docx").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (OUT / "random-bytes.pdf").write_bytes(b"%PDF-1.4\n" + bytes(rng.randrange(256)
                                                                 for _ in range(2048)))

    doc = Document()
    doc.add_heading("Cabinet 3 March 2011: Highways maintenance programme 2011/12", 1)
    doc.add_paragraph("Council: Sefton MBC")
    doc.add_paragraph("The programme for April 2011 to March 2012 is set out below. Works are "
                      "fairly likely to start in April 2011 subject to weather.")
    table = doc.add_table(rows=3, cols=4)
    for r, row in enumerate([["Scheme", "April 2011", "October 2011", "Achieved Y/N"],
                             ["A565 resurfacing", "Y", "", "N"],
                             ["Crosby footways", "Very likely", "Fairly likely", "Y"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    save_deterministic(doc, OUT / "no-return-highways-paper.docx")

    encrypted_docx(OUT / "no-return-highways-paper.docx", OUT / "password-protected.docx")

    (OUT / "no-tables-minutes.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Minutes</title></head><body>"
        "<h1>Licensing Sub-Committee, 12 October 2010</h1>"
        "<p>Present: Councillors Smith, Jones and Patel.</p>"
        "<p>The application for a premises licence was granted subject to conditions.</p>"
        "</body></html>", encoding="utf-8")


if __name__ == "__main__":
    main()
