"""Scanned pages: image-only PDF pages, and PNG, JPEG and TIFF files, read by OCR
(Tesseract through tesserocr) into the same blocks as a typed PDF page.

* :mod:`.render` gives the page image (pypdfium2 for a PDF page, Pillow for an image
  file), with its paper white measured and its skew removed;
* :mod:`.grid` finds the ruling lines in the pixels; the PDF reader's table builder
  makes cells from them;
* :mod:`.engine` reads the words and their boxes;
* :mod:`.ink` judges the ink the words do not explain (ticks, crosses, circles, boxes,
  blots) against the page's other boxes;
* :mod:`.page` puts them together through the PDF reader's page layout, and reads fills;
* :mod:`.confidence` leaves out a value read with too little confidence.

Triage, as for typed pages: a quick reading at low resolution finds the pages whose
text matches the page triggers; those (and the page after each) get the full pass, the
others give paragraphs from the quick reading. Boxes are in PDF points of the page as
scanned: the skew taken out to read a page is put back into every box at the end, so
evidence crops of the scan line up.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ...document import BBox, Block, Document, Paragraph, Provenance, Table
from ...errors import EmptyDocument, OcrUnavailable
from ...settings import Settings
from ..pdf_page import PageResult, layout_page
from . import engine as _engine
from .page import Region, read_page, read_text
from .render import PageImage, from_pil, image_file_pages, page_dpi, pdf_page_image

log = logging.getLogger(__name__)

__all__ = ["ScanReport", "ScannedDocument", "Scans", "read_image", "available"]

available = _engine.available


@dataclass
class ScanReport:
    """What OCR read on a document's scanned pages: the pages, the confidence of each
    word and mark read (:class:`.page.Region`), and the engine's version."""

    pages: list[int] = field(default_factory=list)
    detailed: list[int] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    engine: str = ""


@dataclass
class ScannedDocument(Document):
    """A Document some of whose pages were scanned (the extractors see a Document)."""

    scan: ScanReport = field(default_factory=ScanReport)


@dataclass
class _Frame:
    angle: float
    centre: tuple[float, float]


class Scans:
    """The scanned pages of one document, read as the reader meets them."""

    def __init__(self, file: str, settings: Settings) -> None:
        self.file = file
        self.settings = settings
        self.report = ScanReport()
        self.frames: dict[int, _Frame] = {}
        self.unavailable: list[int] = []
        self.failed: list[int] = []
        self._eng: _engine.Engine | None = None
        self._why: str | None = None

    def engine(self) -> _engine.Engine | None:
        if self._eng is None and self._why is None:
            if not getattr(self.settings, "ocr", True):
                self._why = "OCR is turned off (Settings.ocr)"
                return None
            try:
                self._eng = _engine.engine()
                self.report.engine = f"tesseract {self._eng.version}"
            except OcrUnavailable as exc:
                self._why = str(exc)
        return self._eng

    def pdf_page(self, page: Any, page_no: int, matches: Callable[[str], bool],
                 previous_hit: bool) -> tuple[PageResult | None, bool]:
        """A scanned PDF page (pypdfium2 page): its blocks and whether its text matched
        the triggers; None when OCR is not available."""
        def render(dpi: float) -> PageImage:
            return pdf_page_image(page, dpi)

        return self._page(render, page_dpi(page), page_no, matches, previous_hit)

    def image(self, img: Any, dpi: float, page_no: int, matches: Callable[[str], bool],
              previous_hit: bool) -> tuple[PageResult | None, bool]:
        """A page of an image file (a PIL image at ``dpi``)."""
        def render(target: float) -> PageImage:
            frame = img
            if target < dpi:
                f = target / dpi
                frame = img.resize((max(1, round(img.width * f)), max(1, round(img.height * f))))
            return from_pil(frame, min(target, dpi))

        return self._page(render, dpi, page_no, matches, previous_hit)

    def _page(self, render: Callable[[float], PageImage], dpi: float, page_no: int,
              matches: Callable[[str], bool], previous_hit: bool,
              ) -> tuple[PageResult | None, bool]:
        self.report.pages.append(page_no)
        eng = self.engine()
        if eng is None:
            self.unavailable.append(page_no)
            return None, False
        full_dpi = min(dpi, float(getattr(self.settings, "ocr_dpi", 300)))
        try:
            hit = True
            quick: PageImage | None = None
            triage_dpi = float(getattr(self.settings, "ocr_triage_dpi", 100))
            if not previous_hit and triage_dpi < full_dpi:
                quick = render(triage_dpi)
                words = read_text(quick, eng)
                hit = matches(" ".join(w.text for w in words))
            if not (hit or previous_hit) and quick is not None:
                return self._quick_result(quick, words, page_no), False
            img = render(full_dpi)
            scanned = read_page(img, eng, page_no, self.file)
            if quick is None:
                hit = matches(scanned.text)
        except OcrUnavailable:
            raise
        except Exception as exc:  # a page OCR cannot read must not lose the document
            log.debug("page %d of %s: %r", page_no, self.file, exc)
            self.failed.append(page_no)
            return PageResult(), False
        self.report.detailed.append(page_no)
        self.report.regions += scanned.regions
        self._frame(page_no, img)
        return scanned.result, hit

    def _quick_result(self, img: PageImage, words: Sequence[Any], page_no: int) -> PageResult:
        from .page import _chars

        confident = [w for w in words if w.conf >= 0.6]
        self._frame(page_no, img)
        result = layout_page(_chars(confident, [], img.scale), [], 0, lambda: [], page_no,
                             self.file)
        self.report.regions += [Region(page_no, _box_pt(w.box, img.scale), w.conf,
                                       f"word {w.text!r}") for w in confident]
        return result

    def _frame(self, page_no: int, img: PageImage) -> None:
        w, h = img.size_pt
        self.frames[page_no] = _Frame(img.angle, (w / 2, h / 2))

    def warnings(self) -> list[str]:
        out: list[str] = []
        if self.unavailable:
            out.append(f"{len(self.unavailable)} scanned page(s) not read "
                       f"({_pages(self.unavailable)}): {self._why}")
        if self.failed:
            out.append(f"OCR failed on scanned page(s) {_pages(self.failed)}")
        if self.report.pages and not self.unavailable:
            quick = sorted(set(self.report.pages) - set(self.report.detailed) - set(self.failed))
            if quick:
                out.append(f"scanned page(s) {_pages(quick)} read by a quick OCR pass only "
                           "(no sign of a return)")
        return out

    def check_all_unreadable(self) -> None:
        """No scanned page could be read (and there is no text besides): the error says
        what to install."""
        if self.unavailable and len(self.unavailable) == len(self.report.pages):
            raise OcrUnavailable(f"the document is scanned (no text layer) and {self._why}")

    def finish(self, blocks: Sequence[Block]) -> list[Block]:
        """Blocks with every box on a deskewed page turned back into the page as scanned
        (and the confidence regions with them)."""
        if not any(abs(f.angle) > 0 for f in self.frames.values()):
            return list(blocks)
        self.report.regions = [replace(r, bbox=self._unskew(r.page, r.bbox))
                               for r in self.report.regions]
        return [self._unskew_block(b) for b in blocks]

    def _unskew(self, page: int | None, bbox: BBox) -> BBox:
        frame = self.frames.get(page or -1)
        if frame is None or not frame.angle:
            return bbox
        return _rotate_box(bbox, frame.angle, frame.centre)

    def _prov(self, prov: Provenance) -> Provenance:
        if prov.bbox is None or prov.page not in self.frames:
            return prov
        return replace(prov, bbox=self._unskew(prov.page, prov.bbox))

    def _unskew_block(self, block: Block) -> Block:
        if isinstance(block, Paragraph):
            return replace(block, provenance=self._prov(block.provenance))
        cells = [replace(c, provenance=self._prov(c.provenance),
                         nested=[self._unskew_block(t) for t in c.nested])  # type: ignore[misc]
                 for c in block.cells]
        return Table(cells=cells, n_rows=block.n_rows, n_cols=block.n_cols,
                     provenance=self._prov(block.provenance))


def _rotate_box(bbox: BBox, angle: float, centre: tuple[float, float]) -> BBox:
    """The bounding box of ``bbox`` turned by ``angle`` degrees about ``centre`` the way
    the scan was turned (the reverse of the deskewing): y runs down the page."""
    a = math.radians(-angle)
    cx, cy = centre
    xs, ys = [], []
    for x, y in ((bbox[0], bbox[1]), (bbox[2], bbox[1]), (bbox[0], bbox[3]), (bbox[2], bbox[3])):
        dx, dy = x - cx, y - cy
        xs.append(cx + dx * math.cos(a) + dy * math.sin(a))
        ys.append(cy - dx * math.sin(a) + dy * math.cos(a))
    return (round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2))


def _box_pt(box: tuple[int, int, int, int], scale: float) -> BBox:
    return (box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale)


def _pages(pages: Sequence[int]) -> str:
    return ", ".join(str(p) for p in sorted(pages))


def read_image(path: Path, settings: Settings) -> Document:
    """A PNG, JPEG or TIFF file (a TIFF may hold several pages) read by OCR."""
    from ..pdf import _matches, _patterns
    from ..pdf_tables import join_across_pages, renumber

    triggers = tuple(getattr(settings, "pdf_page_triggers", ()) or ())
    patterns = _patterns(triggers)

    def matches(text: str) -> bool:
        return not patterns or _matches(text, patterns)

    scans = Scans(path.name, settings)
    pages: list[tuple[float, list[tuple[float, Block]]]] = []
    previous_hit = False
    n = 0
    for img, dpi in image_file_pages(path):
        n += 1
        result, hit = scans.image(img, dpi, n, matches, previous_hit)
        previous_hit = hit and bool(patterns)
        pages.append((img.height * 72.0 / dpi, result.items if result is not None else []))
    scans.check_all_unreadable()
    blocks = scans.finish(renumber(join_across_pages(pages)))
    if not blocks:
        raise EmptyDocument("no text was found on the scanned image")
    return ScannedDocument(path=str(path), format="image", blocks=blocks, n_pages=n,
                           warnings=scans.warnings(), scan=scans.report)
