"""Scanned returns: corpus returns printed and scanned, for the OCR reader.

Each source is a typed PDF return of the corpus (15 layouts: seed forms with Y, X,
ZapfDingbats ticks and U+2714; tick columns; grids; checklists with box glyphs;
summary tables; option cells filled in colour or grey). Each is rendered with pypdfium2
at 150, 200 and 300 dpi and made to look printed and scanned:

* greyscale (JPEG artefacts, quality 35-60), black-and-white (1-bit, thresholded with
  noise) or colour (for the layouts that mark by colour), a paper tone, a slight blur,
  speckle noise;
* each page turned by up to 3 degrees;
* on six returns the typed marks are erased and drawn again by hand: strokes drawn with
  Pillow (ticks, crosses, and a box with a tick or cross inside for checked boxes), with
  a wobbly pen of varying width, never a font.

Outputs (``scanned/corpus/``): ``<source>-scan<dpi>.pdf`` image-only PDFs, one
``kestrel-moor-...-scan<dpi>.tif`` as a multi-page TIFF per resolution, and the mixed
pack ``scanned-pack-2010-09-mixed.pdf`` (64 pages: typed agenda items, scanned letters and
appendices, and a scanned return with hand ticks inside). Gold (``scanned/gold/``) is the
source document's gold, copied with the new document name.

Also two test fixtures (``tests/data/scanned/``): a scanned page as PNG and as JPEG.

Run: .venv/bin/python scripts/build_scanned_corpus.py   (deterministic: fixed seeds;
name sources, ``pack`` or ``fixtures`` to build only those)
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
OUT = ROOT / "scanned" / "corpus"
OUT_GOLD = ROOT / "scanned" / "gold"
FIXTURES = ROOT / "tests" / "data" / "scanned"
DPIS = (150, 200, 300)


@dataclass(frozen=True)
class Source:
    stem: str
    hand: bool = False  # typed marks erased and drawn by hand
    colour: bool = False  # the layout marks by colour: scanned in colour (grey at 200)
    tiff: bool = False  # written as a multi-page TIFF instead of a PDF


SOURCES = (
    Source("ashdale-2010-06-form7-full-rect", colour=True),
    Source("brackenfield-2010-12-form7-seed-x", hand=True),
    Source("caverley-2010-09-grid-zapf", hand=True),
    Source("dunmore-2011-03-tickcol-y"),
    Source("foxley-2011-03-tickcol-rect", colour=True),
    Source("greystone-2010-03-checklist-sdt", hand=True),
    Source("ingleford-2010-12-form7-seed-2714"),
    Source("kestrel-moor-2010-06-summary-x", tiff=True),
    Source("larkhill-2011-03-grid-x", hand=True),
    Source("netherby-2011-03-form7-seed-y"),
    Source("oldcastle-2010-12-grid-rect", colour=True),
    Source("pennington-2010-03-checklist-zapf-box"),
    Source("ravensworth-2009-12-checklist-2612", hand=True),
    Source("westmere-2009-12-tickcol-zapf", hand=True),
    Source("yarrowfield-2010-06-form7-full-shade", colour=True),
)
PACK_RETURN = Source("marston-fields-2010-09-form7-seed-y", hand=True)
PACK_NAME = "scanned-pack-2010-09-mixed"


# ---------------------------------------------------------------------------
# Where the typed marks are


@dataclass(frozen=True)
class TypedMark:
    page: int  # 0-based
    bbox: tuple[float, float, float, float]  # points, top-left origin
    kind: str  # "tick", "cross", "box_checked"


_LETTER_MARKS = {"y": "tick", "yes": "tick", "x": "cross"}


def typed_marks(pdf: Path) -> list[TypedMark]:
    """The selecting marks of a typed PDF return: symbol-font and Unicode ticks, crosses
    and checked boxes (as the PDF reader decodes them), and cells holding only Y, Yes or
    X (the chars of those words)."""
    import pdfplumber

    from ppfextract.document import MarkKind, Table
    from ppfextract.readers import read
    from ppfextract.readers.pdf_page import clean_chars

    doc = read(pdf)
    letter_cells: dict[int, list[tuple[tuple[float, float, float, float], str]]] = {}
    for table in doc.tables():
        assert isinstance(table, Table)
        for cell in table.cells:
            kind = _LETTER_MARKS.get(cell.text.strip().lower())
            prov = cell.provenance
            if kind and prov.page and prov.bbox:
                letter_cells.setdefault(prov.page - 1, []).append((prov.bbox, kind))
    out: list[TypedMark] = []
    kinds = {MarkKind.TICK: "tick", MarkKind.CROSS: "cross", MarkKind.CHECKED_BOX: "box_checked"}
    with pdfplumber.open(pdf) as plumber:
        for i, page in enumerate(plumber.pages):
            chars, _ = clean_chars(page.chars)
            for ch in chars:
                box = (ch["x0"], ch["top"], ch["x1"], ch["bottom"])
                mark = ch.get("ppf_mark")
                if mark is not None and mark.kind in kinds:
                    out.append(TypedMark(i, box, kinds[mark.kind]))
            for cell_box, kind in letter_cells.get(i, []):
                inside = [c for c in chars if c["text"].strip() and _centre_in(c, cell_box)]
                if inside:
                    out.append(TypedMark(i, (min(c["x0"] for c in inside),
                                             min(c["top"] for c in inside),
                                             max(c["x1"] for c in inside),
                                             max(c["bottom"] for c in inside)), kind))
    return out


def _centre_in(ch: dict, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


# ---------------------------------------------------------------------------
# Hand-drawn marks: strokes, never a font


def _wobbly(draw: ImageDraw.ImageDraw, pts: list[tuple[float, float]], width: int,
            rng: random.Random, colour: tuple[int, int, int]) -> None:
    """A pen stroke through ``pts``: each segment in short steps with a little wobble,
    the width varying by a pixel."""
    path: list[tuple[float, float]] = []
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        steps = max(2, int(math.hypot(x1 - x0, y1 - y0) / 3))
        for k in range(steps + 1):
            t = k / steps
            j = width * 0.35
            path.append((x0 + (x1 - x0) * t + rng.uniform(-j, j),
                         y0 + (y1 - y0) * t + rng.uniform(-j, j)))
    for a, b in zip(path, path[1:], strict=False):
        draw.line([a, b], fill=colour, width=max(1, width + rng.choice((-1, 0, 0, 1))))


def draw_tick(draw: ImageDraw.ImageDraw, cx: float, cy: float, size: float, width: int,
              rng: random.Random, colour: tuple[int, int, int]) -> None:
    s = size * rng.uniform(0.9, 1.25)
    a = (cx - 0.45 * s, cy + rng.uniform(-0.05, 0.1) * s)
    b = (cx - 0.1 * s, cy + 0.45 * s)
    c = (cx + 0.55 * s, cy - 0.6 * s + rng.uniform(-0.1, 0.1) * s)
    _wobbly(draw, [a, b, c], width, rng, colour)


def draw_cross(draw: ImageDraw.ImageDraw, cx: float, cy: float, size: float, width: int,
               rng: random.Random, colour: tuple[int, int, int]) -> None:
    s = size * rng.uniform(0.85, 1.15) / 2
    j = 0.12 * s
    _wobbly(draw, [(cx - s + rng.uniform(-j, j), cy - s), (cx + s, cy + s + rng.uniform(-j, j))],
            width, rng, colour)
    _wobbly(draw, [(cx + s + rng.uniform(-j, j), cy - s), (cx - s, cy + s + rng.uniform(-j, j))],
            width, rng, colour)


def hand_marks(img: Image.Image, marks: list[TypedMark], scale: float,
               rng: random.Random) -> None:
    """Draw each typed mark (already taken out of the page) again by hand at its place: a
    tick for a tick or a Y, a cross for a cross or an X, a printed box with a hand tick
    or cross inside for a checked box."""
    draw = ImageDraw.Draw(img)
    pen = (rng.choice((20, 30, 40)), rng.choice((30, 40, 60)), rng.choice((90, 120, 40)))
    for m in marks:
        x0, top, x1, bottom = (v * scale for v in m.bbox)
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2 + 0.08 * (bottom - top)
        size = max(bottom - top, x1 - x0) * 0.8  # within the cell, as a person marks it
        width = max(2, round(scale * rng.uniform(1.1, 1.7)))
        if m.kind == "box_checked":
            half = size * 0.38
            draw.rectangle([cx - half, cy - half, cx + half, cy + half], outline=(0, 0, 0),
                           width=max(1, round(scale * 0.6)))
            if rng.random() < 0.5:
                draw_tick(draw, cx + 0.1 * size, cy - 0.05 * size, size * 0.9, width, rng, pen)
            else:
                draw_cross(draw, cx, cy, size * 0.75, width, rng, pen)
        elif m.kind == "cross":
            draw_cross(draw, cx, cy, size, width, rng, pen)
        else:
            draw_tick(draw, cx, cy, size, width, rng, pen)


# ---------------------------------------------------------------------------
# The scanner


def scan_page(img: Image.Image, dpi: int, mode: str, rng: random.Random) -> Image.Image:
    """A rendered page made to look printed and scanned: turned up to 3 degrees, paper
    tone, blur, speckles; then greyscale, 1-bit or colour."""
    angle = rng.uniform(-3.0, 3.0)
    paper = rng.randint(236, 250)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False,
                     fillcolor=(255, 255, 255))
    a = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(3, 6), size=a.shape[:2])[..., None]
    specks = nrng.random(a.shape[:2]) < 0.0004
    a[specks] = nrng.uniform(40, 120)
    a = np.clip(a * (paper / 255.0), 0, 255).astype(np.uint8)
    blur = ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8) * dpi / 150)
    a = np.asarray(Image.fromarray(a, "RGB").filter(blur))
    out = Image.fromarray(a, "RGB")
    if mode == "colour":
        return out
    grey = out.convert("L")
    if mode == "grey":
        return grey
    threshold = rng.randint(150, 175)
    return grey.point(lambda v: 255 if v > threshold else 0).convert("1")


def render_pages(pdf: Path, dpi: int, erase: list[TypedMark] | None = None,
                 ) -> list[Image.Image]:
    """The pages rendered; with ``erase``, the text objects of those typed marks taken
    out of the page first (the rules and everything else stay as printed)."""
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(str(pdf))
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            if erase:
                height = page.get_height()
                boxes = [m.bbox for m in erase if m.page == i]
                doomed = []
                for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
                    left, bottom, right, top = obj.get_bounds()
                    cx, cy = (left + right) / 2, height - (bottom + top) / 2
                    for x0, t, x1, b in boxes:
                        if (x0 - 1 <= cx <= x1 + 1 and t - 1 <= cy <= b + 1
                                and right - left <= 1.5 * (x1 - x0) + 2):
                            doomed.append(obj)
                            break
                for obj in doomed:
                    page.remove_obj(obj)
                if doomed:
                    page.gen_content()
            out.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
            page.close()
        return out
    finally:
        doc.close()


def scanned_pages(source: Path, dpi: int, mode: str, hand: bool, seed: int,
                  ) -> list[Image.Image]:
    rng = random.Random(seed)
    marks = typed_marks(source) if hand else []
    pages = render_pages(source, dpi, erase=marks)
    if hand:
        for i, img in enumerate(pages):
            hand_marks(img, [m for m in marks if m.page == i], dpi / 72, rng)
    return [scan_page(img, dpi, mode, rng) for img in pages]


def save_pdf(pages: list[Image.Image], path: Path, dpi: int, rng: random.Random) -> None:
    """An image-only PDF: 1-bit pages as they are, others JPEG-compressed (quality
    35-60: the artefacts of a scanner's default setting)."""
    doc = pdfium.PdfDocument.new()
    for img in pages:
        add_image_page(doc, img, dpi, rng)
    doc.save(str(path))
    doc.close()


def add_image_page(doc: pdfium.PdfDocument, img: Image.Image, dpi: int,
                   rng: random.Random) -> None:
    """A page holding only ``img`` at ``dpi``: 1-bit as CCITT G4 (through Pillow's PDF
    writer), greyscale and colour as JPEG data placed as is (quality 35-60: the
    artefacts of a scanner's default setting)."""
    if img.mode == "1":
        single = io.BytesIO()
        img.save(single, "PDF", resolution=dpi)
        part = pdfium.PdfDocument(single.getvalue())
        doc.import_pages(part)
        part.close()
        return
    jpeg = io.BytesIO()
    img.save(jpeg, "JPEG", quality=rng.randint(35, 60))
    jpeg.seek(0)
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    page = doc.new_page(w, h)
    image = pdfium.PdfImage.new(doc)
    image.load_jpeg(jpeg, inline=True)
    image.set_matrix(pdfium.PdfMatrix().scale(w, h))
    page.insert_obj(image)
    page.gen_content()
    page.close()


def copy_gold(source_stem: str, stem: str) -> None:
    gold = json.loads((GOLD / f"{source_stem}.json").read_text(encoding="utf-8"))
    gold["document"] = stem
    (OUT_GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False)
                                           + "\n", encoding="utf-8")


def mode_for(source: Source, index: int, dpi: int) -> str:
    if source.colour:
        return "grey" if dpi == 200 else "colour"
    return ("grey", "bw")[(index + DPIS.index(dpi)) % 2]


def build_return(index: int, source: Source) -> None:
    pdf = CORPUS / f"{source.stem}.pdf"
    for dpi in DPIS:
        mode = mode_for(source, index, dpi)
        seed = 1000 * index + dpi
        pages = scanned_pages(pdf, dpi, mode, source.hand, seed)
        stem = f"{source.stem}-scan{dpi}"
        if source.tiff:
            path = OUT / f"{stem}.tif"
            pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(dpi, dpi),
                          compression="group4" if mode == "bw" else "tiff_jpeg")
        else:
            path = OUT / f"{stem}.pdf"
            save_pdf(pages, path, dpi, random.Random(seed))
        copy_gold(source.stem, stem)
        print(f"wrote {path.relative_to(ROOT)}: {len(pages)} pages, {mode}, "
              f"{path.stat().st_size // 1024} KiB")


def build_pack() -> None:
    """68 pages: typed agenda items, a scanned report, a scanned return with hand ticks,
    more typed items and a scanned appendix. Gold: the return's."""
    from build_long_pack import build_agenda

    tmp = ROOT / "build"
    tmp.mkdir(exist_ok=True)
    parts = [tmp / f"mixed-{k}.pdf" for k in range(4)]
    build_agenda(parts[0], 1, 12, 20100901)
    build_agenda(parts[1], 13, 3, 20100902)  # scanned: a letter and a report
    build_agenda(parts[2], 16, 14, 20100903)
    build_agenda(parts[3], 30, 3, 20100904)  # scanned appendix
    rng = random.Random(20100905)
    pack = pdfium.PdfDocument.new()

    def typed(part: Path) -> None:
        src = pdfium.PdfDocument(str(part))
        pack.import_pages(src)
        src.close()

    def scanned(part: Path, hand: bool, seed: int) -> int:
        pages = scanned_pages(part, 200, "grey", hand, seed)
        for img in pages:
            add_image_page(pack, img, 200, rng)
        return len(pages)

    typed(parts[0])
    n_scanned = scanned(parts[1], False, 1)
    n_scanned += scanned(CORPUS / f"{PACK_RETURN.stem}.pdf", True, 2)
    typed(parts[2])
    n_scanned += scanned(parts[3], False, 3)
    target = OUT / f"{PACK_NAME}.pdf"
    n_pages = len(pack)
    pack.save(str(target))
    pack.close()
    copy_gold(PACK_RETURN.stem, PACK_NAME)
    print(f"wrote {target.relative_to(ROOT)}: {n_pages} pages ({n_scanned} scanned), "
          f"{target.stat().st_size // 1024} KiB")


def build_fixtures() -> None:
    """Test fixtures (``tests/data/scanned/``): the first page of a scanned return (its
    requirements table, typed X marks) as a black-and-white PNG and a greyscale JPEG."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    source = CORPUS / "netherby-2011-03-form7-seed-y.pdf"
    page = scanned_pages(source, 200, "grey", False, 7)[0]
    png = FIXTURES / "requirements-page-scan200.png"
    page.point(lambda v: 255 if v > 165 else 0).convert("1").save(png, dpi=(200, 200),
                                                                  optimize=True)
    jpg = FIXTURES / "requirements-page-scan200.jpg"
    page.save(jpg, dpi=(200, 200), quality=50)
    for path in (png, jpg):
        print(f"wrote {path.relative_to(ROOT)}: {path.stat().st_size // 1024} KiB")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    OUT_GOLD.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    if not only or "fixtures" in only:
        build_fixtures()
    for i, source in enumerate(SOURCES):
        if not only or source.stem in only:
            build_return(i, source)
    if not only or "pack" in only:
        build_pack()


if __name__ == "__main__":
    main()
