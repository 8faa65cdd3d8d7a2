"""A long cabinet pack: about 190 pages of other agenda items with the seed 002 return
(the LibreOffice PDF of corpus/sefton-2011-02-16.docx) bound in the middle.

The agenda items are reportlab pages of officer prose and look-alike tables (budget
monitoring, a risk register with likelihood words, a RAG performance table, Y/N
columns, the dates April 2011 and October 2010), none of which is a return or states
a figure of a fact kind. The pages are merged with pypdfium2. Gold: the seed return's.

Run: .venv/bin/python scripts/build_long_pack.py   (after scripts/build_seed_corpus.py)
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
RETURN_PDF = CORPUS / "sefton-2011-02-16-libreoffice.pdf"
TARGET = CORPUS / "sefton-cabinet-pack-2011-02-16-long.pdf"

SUBJECTS = [
    "Highways Maintenance Programme", "Library Service Review", "Council Tax Base",
    "Waste Collection Contract", "Local Development Framework", "Leisure Centre Refurbishment",
    "Treasury Management Strategy", "Street Lighting Replacement", "Parks and Green Spaces",
    "Car Parking Charges", "Coast Protection Scheme", "Housing Market Renewal",
    "Youth Service Commissioning", "Markets Review", "Cemeteries and Crematoria Fees",
]
SENTENCES = [
    "Members are asked to note the progress made since the last report to Cabinet.",
    "The scheme has been developed in consultation with ward councillors and residents.",
    "Officers will report back on the outcome of the procurement exercise in due course.",
    "The proposals are consistent with the Council's corporate objectives for 2010/11.",
    "A full equality impact assessment has been carried out and is available on request.",
    "The Head of Corporate Legal Services has been consulted and has no comments.",
    "Delivery remains subject to the outcome of the Comprehensive Spending Review.",
    "The works programme for April 2011 to March 2012 is set out in the appendix.",
    "The contract was let in October 2010 following a competitive tender process.",
    "Risks are reviewed monthly by the project board and reported quarterly.",
    "Further savings will be identified as part of the budget process for 2011/12.",
    "Consultation closed at the end of January and responses are summarised below.",
]


def agenda_item(styles, rng: random.Random, number: int, subject: str) -> list:
    story = [Paragraph(f"Agenda item {number}: {subject}", styles["Heading1"]),
             Paragraph("Report of the Strategic Director", styles["Heading3"])]
    for _ in range(rng.randint(8, 12)):
        text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 6)))
        story.append(Paragraph(text, styles["BodyText"]))
        story.append(Spacer(1, 6))
    kind = number % 4
    if kind == 0:
        rows = [["Risk", "Likelihood", "Impact", "Review date"]] + [
            [f"Risk {i}: {rng.choice(SENTENCES)[:40]}",
             rng.choice(["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]),
             rng.choice(["High", "Medium", "Low"]), rng.choice(["April 2011", "October 2010"])]
            for i in range(1, 7)]
    elif kind == 1:
        rows = [["Indicator", "Target", "Actual", "RAG"]] + [
            [f"NI {rng.randint(100, 199)} {rng.choice(SUBJECTS)}", f"{rng.randint(50, 99)}%",
             f"{rng.randint(40, 99)}%", rng.choice(["Red", "Amber", "Green"])]
            for _ in range(8)]
    elif kind == 2:
        rows = [["Action", "Due", "Achieved Y/N"]] + [
            [rng.choice(SENTENCES)[:50], rng.choice(["April 2011", "October 2010", "Apr-10"]),
             rng.choice(["Y", "N"])] for _ in range(6)]
    else:
        rows = [["Budget line", "2010/11 budget", "Forecast", "Variance"]] + [
            [rng.choice(SUBJECTS), f"{rng.randint(100, 900)},000", f"{rng.randint(100, 900)},000",
             f"{rng.randint(-50, 50)},000"] for _ in range(8)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story += [table, PageBreak()]
    return story


def build_agenda(path: Path, first_item: int, n_items: int, seed: int) -> None:
    styles = getSampleStyleSheet()
    rng = random.Random(seed)
    story: list = []
    for i in range(n_items):
        story += agenda_item(styles, rng, first_item + i, SUBJECTS[(first_item + i) % 15])
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1,
                      title="Sefton Council Cabinet pack").build(story)


def main() -> None:
    if not RETURN_PDF.is_file():
        raise SystemExit(f"{RETURN_PDF} is missing: run scripts/build_seed_corpus.py first")
    tmp = ROOT / "build"
    tmp.mkdir(exist_ok=True)
    before, after = tmp / "pack-before.pdf", tmp / "pack-after.pdf"
    build_agenda(before, 1, 45, 20110216)
    build_agenda(after, 47, 45, 20110217)
    pack = pdfium.PdfDocument.new()
    for part in (before, RETURN_PDF, after):
        src = pdfium.PdfDocument(str(part))
        pack.import_pages(src)
        src.close()
    n_pages = len(pack)
    pack.save(str(TARGET))
    pack.close()
    gold = json.loads((GOLD / "sefton-2011-02-16.json").read_text(encoding="utf-8"))
    gold["document"] = TARGET.stem
    (GOLD / f"{TARGET.stem}.json").write_text(
        json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {n_pages} pages, "
          f"{TARGET.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
