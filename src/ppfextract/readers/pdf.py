"""PDF reader: pages -> :class:`~ppfextract.document.Document`.

Two passes:

* a fast pass with pypdfium2 reads the text of every page. It decides which pages
  get the detailed pass (``Settings.pdf_page_triggers``: pages whose text matches
  a trigger, and the page after each, for continued tables; no triggers = every
  page), gives the paragraphs of the pages that do not, and tells an image-only
  scan from a file with no content;
* a detailed pass, page by page (each page closed when done, so memory stays flat),
  on pypdfium2 (``Settings.pdf_backend = "pdfium"``, the default: :mod:`.pdf_fast`,
  in the same single sweep over the pages as the fast pass) or on pdfplumber
  (``"pdfplumber"``, the reference, a second sweep), finds tables (from ruling lines
  and rectangle edges, and unruled ones from aligned words), merged cells, marks from
  symbol-font glyphs and tick characters, cell fills from filled shapes, and
  paragraphs outside the tables (see :mod:`.pdf_page` and :mod:`.pdf_tables`).

Tables continued across a page break are joined. Every block, and every cell,
carries its page (1-based) and bbox ``(x0, top, x1, bottom)`` in PDF points.

What the reader decides, in one place each: every cell and paragraph keeps its lines
(words, marks at their offsets with their boxes, bold fonts, highlight boxes behind
words and strokes through their middle as spans; text set sideways read in its own
direction); a glyph that is a mark (by Unicode family, or a symbol font's code) is a
Mark in its line, at the offset where it stood, and leaves the words; a mark drawn as
paths (a tick, a cross, a box, a radio ring or dot) is a DRAWN Mark in the lines; a
glyph with no Unicode mapping is decided by what it draws, else dropped; any other
symbol-font glyph is dropped from the text; a paragraph's lines are its lines of print
(``Paragraph.wrapped``: its text joins them with spaces); a cell's fill is a coloured
box inside it, else the smallest shape covering most of it; white is no fill; a
one-cell box is not a table.
"""

from __future__ import annotations

import ctypes
import logging
import re
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..document import Block, Document
from ..errors import CorruptDocument, EmptyDocument, EncryptedDocument, NoTextLayer
from ..settings import Settings
from .pdf_fast import c_function, read_page_pdfium
from .pdf_page import PageResult, TextLine, group_paragraphs, read_page
from .pdf_tables import join_across_pages, renumber

log = logging.getLogger(__name__)

DETAIL_BUDGET_S = 20.0  # CPU seconds in the detailed pass after which later pages get the fast one
REOPEN_PAGES = 250  # pages read before the document is opened afresh (pdfium's caches freed)
_ENCRYPTED = "the PDF is encrypted; pass --password"
_WRONG_PASSWORD = "the PDF is encrypted and the password given does not open it"


@dataclass
class _FastPage:
    text: str
    height: float
    has_image: bool


def read_pdf(path: Path, settings: Settings) -> Document:
    """Read a PDF into a Document (see the module docstring for what is read how)."""
    password = settings.password or None
    warnings: list[str] = []
    fast_doc, fast_error = _open_fast(path, password)
    triggers = tuple(getattr(settings, "pdf_page_triggers", ()) or ())
    if fast_doc is not None and getattr(settings, "pdf_backend", "pdfium") == "pdfium":
        try:
            n_pages = len(fast_doc)
            if n_pages == 0:
                raise EmptyDocument("the PDF has no pages")
            fast, pages, scans, fast_doc = _read_pages_pdfium(
                path.name, fast_doc, triggers, warnings, settings,
                reopen=lambda: pdfium.PdfDocument(str(path), password=password))
        finally:
            fast_doc.close()
        _check_text(fast, scans)
        return _document(path, pages, n_pages, warnings, scans)
    try:
        fast_pages = _fast_pass(fast_doc) if fast_doc is not None else None
        plumber, plumber_error = _open_plumber(path, password)
        if fast_pages is None and plumber is None:
            raise CorruptDocument(f"not a readable PDF: {fast_error or plumber_error}")
        try:
            n_pages = len(fast_pages) if fast_pages is not None else len(plumber.pages)  # type: ignore[union-attr]
            if n_pages == 0:
                raise EmptyDocument("the PDF has no pages")
            scans = _scans(path.name, settings) if fast_pages is not None and any(
                p.has_image for p in fast_pages) else None
            if fast_pages is not None and scans is None:
                _check_text(fast_pages)
            if plumber is None:
                warnings.append(f"detailed reading failed ({plumber_error}); "
                                "text only, no tables")
            elif fast_pages is None:
                warnings.append(f"fast text pass failed ({fast_error}); every page read in "
                                "detail")
            elif len(plumber.pages) != n_pages:
                warnings.append(f"page count differs between parsers ({len(plumber.pages)} vs "
                                f"{n_pages}); some pages read as text only")
            selected = (triage(fast_pages, triggers) if fast_pages is not None
                        else set(range(n_pages)))
            pages = _read_pages(path.name, n_pages, selected, fast_doc, fast_pages, plumber,
                                warnings, scans)
            if fast_pages is not None and scans is not None:
                _check_text(fast_pages, scans)
        finally:
            if plumber is not None:
                plumber.close()
    finally:
        if fast_doc is not None:
            fast_doc.close()
    return _document(path, pages, n_pages, warnings, scans)


def _document(path: Path, pages: list[tuple[float, list[tuple[float, Block]]]], n_pages: int,
              warnings: list[str], scans: Any = None) -> Document:
    blocks = renumber(join_across_pages(pages))
    if scans is not None:  # scanned pages, read by OCR (readers/ocr)
        blocks = scans.finish(blocks)
        warnings = [*warnings, *scans.warnings()]
    if not blocks and scans is not None and scans.report.pages:
        raise NoTextLayer("image-only pages (no text layer) and OCR found no text on them")
    if not blocks:
        raise EmptyDocument("the PDF has no text")
    if scans is not None:
        from .ocr import ScannedDocument

        return ScannedDocument(path=str(path), format="pdf", blocks=blocks, n_pages=n_pages,
                               warnings=warnings, scan=scans.report)
    return Document(path=str(path), format="pdf", blocks=blocks, n_pages=n_pages,
                    warnings=warnings)


def _scans(file: str, settings: Settings) -> Any:
    """The OCR reader of a document's scanned pages (imported only when a page is)."""
    from .ocr import Scans

    return Scans(file, settings)


def triage(fast: Sequence[_FastPage], triggers: Sequence[str]) -> set[int]:
    """0-based indexes of the pages that get the detailed pass: with no triggers every
    page; else each page whose text matches a trigger (regex, case-insensitive) and the
    page after it."""
    if not triggers:
        return set(range(len(fast)))
    patterns = _patterns(triggers)
    hits = {i for i, page in enumerate(fast) if _matches(page.text, patterns)}
    return {j for i in hits for j in (i, i + 1) if j < len(fast)}


_GROUP_REF = re.compile(r"\\\d|\(\?P=")


@dataclass(frozen=True)
class _Triggers:
    """Compiled page triggers. Each is a case-insensitive regex; white space in the page
    text is squashed to single spaces first when a trigger has a literal space
    ("putting people first"); when every trigger is written in lower case (no capital
    letters, so no ``\\S``-style escapes either) they are matched against the lower-cased
    text, without re.I, which is several times faster over a long pack."""

    patterns: tuple[re.Pattern[str], ...]
    squash: bool
    lower: bool
    # per pattern, letters it cannot match without ("": none known): a substring test
    # before the scan (a pattern starting with \\b has no prefix for the engine to seek)
    heads: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.patterns)


def _patterns(triggers: Sequence[str]) -> _Triggers:
    """The triggers compiled: case-insensitive ones as one alternation (one scan of the
    page text instead of one per trigger) unless a trigger refers to a group by number
    or name; lower-case ones (matched on lower-cased text) one by one."""
    lower = all(t == t.lower() for t in triggers)
    squash = any(" " in t for t in triggers)
    flags = 0 if lower else re.I
    # on lower-cased text each pattern keeps the regex engine's scan for its first
    # letters, which an alternation loses: one by one is then the faster
    if not lower and len(triggers) > 1 and not any(_GROUP_REF.search(t) for t in triggers):
        with suppress(re.error):  # e.g. a group name used twice: compile them one by one
            combined = re.compile("|".join(f"(?:{t})" for t in triggers), flags)
            return _Triggers((combined,), squash, lower)
    return _Triggers(tuple(re.compile(t, flags) for t in triggers), squash, lower,
                     tuple(_head(t) for t in triggers) if lower else ())


_HEAD = re.compile(r"(?:\\b)?([a-z]+)(.?)")


def _head(pattern: str) -> str:
    """The letters a lower-case trigger starts with (after a ``\\b``), which every match
    holds: 'milestone' of ``\\bmilestones?\\b``; "" when the pattern has an alternative at
    its top level or starts otherwise."""
    m = _HEAD.match(pattern)
    if m is None or _top_level_bar(pattern):
        return ""
    word = m[1][:-1] if m[2] in ("?", "*", "{") else m[1]  # the last letter optional
    return word if len(word) >= 3 else ""


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has a '|' outside every group and character class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a ']' first in a class is a literal
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


def _matches(text: str, triggers: _Triggers) -> bool:
    if triggers.squash:
        text = _squash(text)
    if triggers.lower:
        text = text.lower()
    if triggers.heads:
        return any((not head or head in text) and p.search(text)
                   for p, head in zip(triggers.patterns, triggers.heads, strict=True))
    return any(p.search(text) for p in triggers.patterns)


def triage_pages(path: Path, settings: Settings) -> list[int]:
    """1-based numbers of the pages :func:`read_pdf` would read in detail."""
    doc, error = _open_fast(path, settings.password or None)
    if doc is None:
        raise CorruptDocument(f"not a readable PDF: {error}")
    try:
        fast = _fast_pass(doc)
    finally:
        doc.close()
    triggers = tuple(getattr(settings, "pdf_page_triggers", ()) or ())
    return sorted(i + 1 for i in triage(fast, triggers))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ---------------------------------------------------------------------------
# Opening


def _open_fast(path: Path, password: str | None) -> tuple[pdfium.PdfDocument | None, str]:
    try:
        return pdfium.PdfDocument(str(path), password=password), ""
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedDocument(_WRONG_PASSWORD if password else _ENCRYPTED) from exc
        return None, str(exc)


def _open_plumber(path: Path, password: str | None) -> tuple[Any, str]:
    # imported here: the pypdfium2 path never needs pdfplumber and pdfminer (~55 ms)
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pdf = None
    try:
        pdf = pdfplumber.open(path, password=password or "")
        pdf.pages  # noqa: B018 - parse the page tree now, so errors surface here
        return pdf, ""
    except Exception as exc:  # pdfminer raises many kinds on malformed files
        if pdf is not None:
            with suppress(Exception):
                pdf.close()
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise EncryptedDocument(_WRONG_PASSWORD if password else _ENCRYPTED) from exc
        return None, f"{type(cause).__name__}: {cause}"


def _fast_pass(doc: pdfium.PdfDocument) -> list[_FastPage]:
    out: list[_FastPage] = []
    for i in range(len(doc)):
        page = doc[i]
        try:
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            finally:
                textpage.close()
            out.append(_fast_page(page, text))
        finally:
            page.close()
    return out


def _fast_page(page: pdfium.PdfPage, text: str) -> _FastPage:
    has_image = text.strip() == "" and any(
        True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    return _FastPage(text, page.get_height(), has_image)


def _check_text(fast: Sequence[_FastPage], scans: Any = None) -> None:
    if any(page.text.strip() for page in fast):
        return
    if any(page.has_image for page in fast):
        if scans is not None:
            scans.check_all_unreadable()
            return
        raise NoTextLayer("no text layer (image-only scan?) and OCR was not run")
    raise EmptyDocument("the PDF has no text on any page")


# ---------------------------------------------------------------------------
# Pages


def _read_pages_pdfium(file: str, doc: pdfium.PdfDocument, triggers: Sequence[str],
                       warnings: list[str], settings: Settings | None = None,
                       reopen: Callable[[], pdfium.PdfDocument] | None = None,
                       ) -> tuple[list[_FastPage], list[tuple[float, list[tuple[float, Block]]]],
                                  Any, pdfium.PdfDocument]:
    """Both passes in one sweep over the pages, each page loaded once: its text decides
    (with the previous page's) whether it is read in detail or as paragraphs. A page with
    an image and no text is scanned: OCR reads it (:mod:`.ocr`), with its own triage.
    pdfium keeps every object it has parsed for as long as the document is open, so with
    ``reopen`` the document is opened afresh every :data:`REOPEN_PAGES` pages (memory
    stays flat with the page count); the document open at the end is returned."""
    patterns = _patterns(triggers)
    scans: Any = None
    fast: list[_FastPage] = []
    pages: list[tuple[float, list[tuple[float, Block]]]] = []
    start = time.process_time()  # (CPU time: what other processes do moves it not)
    unmapped = 0
    budget_warned = False
    previous_hit = False
    for i in range(len(doc)):
        if reopen is not None and i and i % REOPEN_PAGES == 0:
            doc.close()
            doc = reopen()
        page = doc[i]
        try:
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
                info = _fast_page(page, text)
                fast.append(info)
                if info.has_image:
                    if scans is None:
                        scans = _scans(file, settings or Settings())
                    scanned, hit = scans.pdf_page(
                        page, i + 1, lambda t: not patterns or _matches(t, patterns),
                        previous_hit)
                    previous_hit = hit and bool(patterns)
                    pages.append((info.height, scanned.items if scanned is not None else []))
                    continue
                hit = not patterns or _matches(text, patterns)
                detailed = hit or previous_hit
                previous_hit = hit and bool(patterns)
                if detailed and time.process_time() - start > DETAIL_BUDGET_S:
                    detailed = False
                    if not budget_warned:
                        warnings.append(f"detailed reading stopped at page {i + 1} (time "
                                        f"limit {DETAIL_BUDGET_S:.0f} s of CPU); later pages read "
                                        "as text only")
                        budget_warned = True
                result: PageResult | None = None
                if detailed:
                    try:
                        result = read_page_pdfium(page, textpage, i + 1, file)
                        unmapped += result.unmapped
                        warnings.extend(result.warnings)
                    except Exception as exc:  # a broken page must not lose the document
                        log.debug("page %d of %s: %r", i + 1, file, exc)
                        warnings.append(f"page {i + 1}: detailed reading failed "
                                        f"({type(exc).__name__}); text only")
                        result = None
                if result is None:
                    result = PageResult(items=_text_paragraphs(textpage, text, info.height,
                                                               i + 1, file))
            finally:
                textpage.close()
        finally:
            page.close()
        pages.append((info.height, result.items))
    if unmapped:
        warnings.append(f"{unmapped} glyphs without a Unicode mapping were dropped")
    return fast, pages, scans, doc


def _read_pages(file: str, n_pages: int, selected: set[int], fast_doc: Any,
                fast: Sequence[_FastPage] | None, plumber: Any, warnings: list[str],
                scans: Any = None) -> list[tuple[float, list[tuple[float, Block]]]]:
    pages: list[tuple[float, list[tuple[float, Block]]]] = []
    start = time.process_time()  # (CPU time: what other processes do moves it not)
    unmapped = 0
    budget_warned = False
    for i in range(n_pages):
        result: PageResult | None = None
        detailed = plumber is not None and i in selected and i < len(plumber.pages)
        if detailed and time.process_time() - start > DETAIL_BUDGET_S:
            detailed = False
            if not budget_warned:
                warnings.append(f"detailed reading stopped at page {i + 1} (time limit "
                                f"{DETAIL_BUDGET_S:.0f} s of CPU); later pages read as text only")
                budget_warned = True
        height = fast[i].height if fast is not None else 0.0
        if scans is not None and fast is not None and fast[i].has_image:
            page = fast_doc[i]
            try:
                scanned, _ = scans.pdf_page(page, i + 1, lambda t: True, True)
            finally:
                page.close()
            pages.append((height, scanned.items if scanned is not None else []))
            continue
        if detailed:
            page = plumber.pages[i]
            try:
                height = float(page.height)
                result = read_page(page, i + 1, file)
                unmapped += result.unmapped
                warnings.extend(result.warnings)
            except Exception as exc:  # a broken content stream must not lose the document
                log.debug("page %d of %s: %r", i + 1, file, exc)
                warnings.append(f"page {i + 1}: detailed reading failed ({type(exc).__name__}); "
                                "text only")
                result = None
            finally:
                page.close()
        if result is None and fast_doc is not None:
            result = PageResult(items=_fast_paragraphs(fast_doc, i, file))
        pages.append((height, result.items if result is not None else []))
    if plumber is not None:
        with suppress(Exception):
            plumber.flush_cache()
    if unmapped:
        warnings.append(f"{unmapped} glyphs without a Unicode mapping were dropped")
    return pages


def _fast_paragraphs(doc: pdfium.PdfDocument, index: int, file: str,
                     ) -> list[tuple[float, Block]]:
    """Paragraphs of a page from pypdfium2's text (no tables). pdfium ends each text
    line with CR LF; a line's box is the union of its characters' loose boxes (the
    font's em box, as pdfplumber's chars have), so paragraphs group alike."""
    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            return _text_paragraphs(textpage, textpage.get_text_range(), page.get_height(),
                                    index + 1, file)
        finally:
            textpage.close()
    finally:
        page.close()


def _text_paragraphs(textpage: pdfium.PdfTextPage, text: str, height: float, page_no: int,
                     file: str) -> list[tuple[float, Block]]:
    """Paragraphs of a page from pypdfium2's text (no tables). pdfium ends each text
    line with CR LF; a line's box is the union of the boxes pdfium gives its runs of
    text (:class:`_LineBoxer`), so paragraphs group as in the detailed pass at a fraction
    of the cost of every character's box."""
    lines: list[TextLine] = []
    box = _LineBoxer(textpage.raw)
    start = 0
    for m in [*_LINE_END.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        line = _fast_line(box, text, start, end, height)
        if line is not None:
            lines.append(line)
        start = m.end() if m is not None else end
    return list(group_paragraphs(lines, page_no, file))


_LINE_END = re.compile(r"\r\n|\n|\r")
_VOID_P = ctypes.c_void_p
# (text page, start, count) -> rects; (text page, rect, &left, &top, &right, &bottom) -> ok
_COUNT_RECTS = c_function(pdfium_c.FPDFText_CountRects, ctypes.c_int)
_GET_RECT = c_function(pdfium_c.FPDFText_GetRect, ctypes.c_int)


class _LineBoxer:
    """The box of a run of characters from the boxes pdfium gives it: one per stretch of
    text on a line (a few calls per line instead of one per character)."""

    def __init__(self, textpage: Any) -> None:
        self.values = (ctypes.c_double * 4)()  # left, top, right, bottom
        self.address = _VOID_P(ctypes.cast(textpage, ctypes.c_void_p).value)
        base = ctypes.addressof(self.values)
        self.refs = tuple(_VOID_P(base + 8 * k) for k in range(4))

    def __call__(self, start: int, count: int,
                 ) -> tuple[float, float, float, float, float] | None:
        """(left, bottom, right, top) of the union of the run's boxes (y up) and the
        median of their heights; None when pdfium gives no box with an area."""
        n = _COUNT_RECTS(self.address, start, count)
        values, (r0, r1, r2, r3), address = self.values, self.refs, self.address
        if n == 1:  # most lines are one run of text: its box, and its height
            if not _GET_RECT(address, 0, r0, r1, r2, r3):
                return None
            left, top, right, bottom = values
            if right > left and top > bottom:
                return left, bottom, right, top, top - bottom
            return None
        heights: list[float] = []
        x0 = y0 = x1 = y1 = 0.0
        for i in range(n):
            if _GET_RECT(address, i, r0, r1, r2, r3):
                left, top, right, bottom = values
                if right > left and top > bottom:
                    if heights:
                        x0, y0 = min(x0, left), min(y0, bottom)
                        x1, y1 = max(x1, right), max(y1, top)
                    else:
                        x0, y0, x1, y1 = left, bottom, right, top
                    heights.append(top - bottom)
        if not heights:
            return None
        heights.sort()
        return x0, y0, x1, y1, heights[len(heights) // 2]


def _fast_line(box: _LineBoxer, text: str, start: int, end: int, height: float,
               ) -> TextLine | None:
    raw = text[start:end]
    line_text = " ".join(raw.replace("\x02", "-").split())  # pdfium: end-of-line "-" is 2
    if not line_text:
        return None
    first = start + len(raw) - len(raw.lstrip())
    last = start + len(raw.rstrip()) - 1
    found = box(first, last - first + 1)
    if found is None:
        return None
    # the font size is the median height of the line's text runs (pdfium's own font size
    # is often unscaled, 1.0)
    x0, y0, x1, y1, size = found
    return TextLine(x0, height - y1, x1, height - y0, line_text, _round1(size))


@lru_cache(maxsize=4096)
def _round1(value: float) -> float:
    """round(value, 1), remembered: round() to digits formats a string, and a page has
    only a few font sizes."""
    return round(value, 1)


