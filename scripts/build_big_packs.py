"""Cabinet packs of 500, 1,000 and 2,000 pages, for the speed and memory benchmarks
(benchmarks/packs.py), built from committed files.

Each pack is the agenda pages of corpus/sefton-cabinet-pack-2011-02-16-long.pdf (the
pages that are not the return) repeated until the pack has the pages asked for, with
the seed return (corpus/sefton-2011-02-16-libreoffice.pdf) bound in once, a little
before the middle, and right after it an agenda item on the waste strategy whose own
milestone table (Milestone 1 to 5, deadlines April 2010 to April 2011, Achieved and a
likelihood) is no part of the return. Gold: the seed return's
(gold/sefton-cabinet-pack-2011-02-16-long.json), whatever the pack's length.

The packs are not committed (3 to 12 MB each): the benchmark builds them into
``build/packs/`` when they are missing.

Run: .venv/bin/python scripts/build_big_packs.py [--pages 500 1000 2000] [--out DIR]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parents[1]
LONG_PACK = ROOT / "corpus" / "sefton-cabinet-pack-2011-02-16-long.pdf"
RETURN_PDF = ROOT / "corpus" / "sefton-2011-02-16-libreoffice.pdf"
OUT = ROOT / "build" / "packs"

WASTE_MILESTONES = [
    ("Milestone 1: Procurement of the residual waste treatment contract", "April 2010",
     "Y", "Very likely"),
    ("Milestone 2: Kerbside recycling extended to all households", "October 2010", "N",
     "Fairly likely"),
    ("Milestone 3: Household waste recycling centre rebuilt", "October 2010", "N",
     "Fairly unlikely"),
    ("Milestone 4: Food waste collection pilot evaluated", "April 2011", "N", "Very likely"),
    ("Milestone 5: Landfill tonnage reduced by 20%", "April 2011", "N", "Very unlikely"),
]


def waste_strategy_item(path: Path) -> None:
    """An agenda item on the waste strategy with its own milestone table."""
    styles = getSampleStyleSheet()
    story: list = [
        Paragraph("Agenda item 46a: Municipal Waste Management Strategy - progress",
                  styles["Heading1"]),
        Paragraph("Report of the Director of Environmental Services", styles["Heading3"]),
        Paragraph("Members are asked to note progress against the milestones of the "
                  "Municipal Waste Management Strategy agreed by Cabinet in 2009.",
                  styles["BodyText"]),
        Spacer(1, 8),
    ]
    rows = [["Milestone", "Deadline", "Achieved (Y/N)", "How likely by this date?"]]
    rows += [[Paragraph(m, styles["BodyText"]), d, a, lik] for m, d, a, lik in WASTE_MILESTONES]
    table = Table(rows, colWidths=[220, 80, 80, 110], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1,
                      title="Waste strategy milestones").build(story)


def return_pages() -> tuple[int, int]:
    """The first and last 0-based page of the return inside the long pack."""
    n_return = len(pdfium.PdfDocument(str(RETURN_PDF)))
    long_pack = pdfium.PdfDocument(str(LONG_PACK))
    try:
        for i in range(len(long_pack)):
            page = long_pack[i]
            text = page.get_textpage().get_text_range()
            page.close()
            if "putting people first" in text.lower():
                return i, i + n_return - 1
    finally:
        long_pack.close()
    raise SystemExit("the return was not found in the long pack")


def build_pack(n_pages: int, target: Path, waste: Path) -> int:
    first, last = return_pages()
    long_pack = pdfium.PdfDocument(str(LONG_PACK))
    agenda = [i for i in range(len(long_pack)) if not first <= i <= last]
    n_return = last - first + 1
    n_waste = len(pdfium.PdfDocument(str(waste)))
    n_agenda = max(0, n_pages - n_return - n_waste)
    before = int(n_agenda * 0.45)
    pack = pdfium.PdfDocument.new()

    def agenda_pages(count: int, offset: int) -> None:
        done = 0
        while done < count:
            take = agenda[(offset + done) % len(agenda):][:count - done]
            pack.import_pages(long_pack, take)
            done += len(take)

    agenda_pages(before, 0)
    pack.import_pages(long_pack, list(range(first, last + 1)))
    src = pdfium.PdfDocument(str(waste))
    pack.import_pages(src)
    src.close()
    agenda_pages(n_agenda - before, before)
    n = len(pack)
    target.parent.mkdir(parents=True, exist_ok=True)
    pack.save(str(target))
    pack.close()
    long_pack.close()
    return n


def pack_path(n_pages: int, out: Path = OUT) -> Path:
    return out / f"sefton-cabinet-pack-{n_pages}-pages.pdf"


def build(pages: list[int], out: Path = OUT) -> list[Path]:
    paths = []
    with tempfile.TemporaryDirectory() as tmp:
        waste = Path(tmp) / "waste.pdf"
        waste_strategy_item(waste)
        for n in pages:
            target = pack_path(n, out)
            got = build_pack(n, target, waste)
            print(f"wrote {target}: {got} pages, {target.stat().st_size // 1024} KiB")
            paths.append(target)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, nargs="+", default=[500, 1000, 2000])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    build(args.pages, args.out)


if __name__ == "__main__":
    main()
