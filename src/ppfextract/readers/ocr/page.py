"""One scanned page read into the blocks the PDF reader gives: OCR words become
characters, ruling lines become edges, ink marks become mark characters, and the PDF
reader's own page layout (:func:`..pdf_page.layout_page`) builds tables and paragraphs
from them, so a scanned page yields the same model as a typed one.

Every word and mark keeps a confidence (:class:`Region`); fills are read per ruled cell
from the pixels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any

import numpy as np

from ...document import BBox, Cell, Mark, MarkKind, MarkSource, Table
from ..pdf_fast import find_tables
from ..pdf_page import PageResult, layout_page
from ..pdf_tables import MARK_TOKEN
from . import grid, ink, lexicon
from .engine import Engine, Symbol
from .render import PageImage, binary, flatten_fills

Obj = dict[str, Any]

# what Tesseract makes of a tick or a stroke it cannot read: never a word of a return
STROKE_READINGS = frozenset({"v", "vv", "w", "j", "jv", "vw", "\\/", "\\", "/", "//", "|",
                             "l/", "y/", "v/", "\\j", "¥", "«", "»", "~", "_", "=", "+"})
_ALNUM = re.compile(r"[A-Za-z0-9]")
_ODD = re.compile(r"[<>^{}~`@*\\]")  # characters no short word of a form holds


@dataclass
class Region:
    """Where something was read on a scanned page and how sure the reading is: a word,
    a mark, or ink left unread because it could not be decided (``doubtful``)."""

    page: int
    bbox: BBox  # PDF points
    conf: float
    what: str
    doubtful: bool = False


@dataclass
class ScannedPage:
    result: PageResult
    regions: list[Region] = field(default_factory=list)
    text: str = ""


@dataclass
class _Word:
    text: str
    box: tuple[int, int, int, int]
    conf: float
    line_box: tuple[int, int, int, int]
    symbols: list[Symbol]


def read_page(img: PageImage, eng: Engine, page_no: int, file: str) -> ScannedPage:
    """Tables, paragraphs, marks and fills of one scanned page."""
    scale = img.scale
    ink_mask = binary(img.grey, img.paper)
    # fills taken back to white, the words on them kept (a grey or coloured box beside
    # a label makes the reader merge them; a dark header row hides its words)
    clean = flatten_fills(img.grey, img.paper, img.dpi)
    lines = grid.find_lines(ink_mask, img.dpi, binary(clean, img.paper))
    edges = lines.edges(scale)
    tables = find_tables(edges)
    line_px = lines.mask(ink_mask.shape, grow=1)
    clean[line_px] = 255
    eng.set_image(clean, round(img.dpi))
    words = _words(eng.page_symbols())
    cells = [tuple(round(v / scale) for v in box) for _, found_cells in tables
             for box in found_cells]
    words = _reread_cells(eng, words, cells, img,  # type: ignore[arg-type]
                          ink_mask & ~line_px)
    line_h = _line_height(words)
    kept = [w for w in words if _trusted(w, line_h)]
    in_line = _in_line(kept, line_h)
    trusted = [r for r in (_reread(eng, w, img, id(w) in in_line) for w in kept)
               if r is not None]
    to_judge = ink_mask & ~line_px
    for w in trusted:  # long words read surely are text: no need to cut them in pieces
        if len(w.text) >= 5 and w.conf >= 0.9:
            to_judge[w.box[1] + 1:w.box[3] - 1, w.box[0] + 1:w.box[2] - 1] = False
    found = _ink_marks(to_judge, lines.factor, trusted, img, eng)
    trusted = [w for w in trusted if id(w) not in found.boxed
               and not _on_mark(w, found.marks)] + found.words
    chars = _chars(trusted, found.marks, scale)
    result = layout_page(chars, [], len(edges), lambda: tables, page_no, file)
    regions = [Region(page_no, _pt(w.box, scale), w.conf, f"word {w.text!r}") for w in trusted]
    regions += [Region(page_no, _pt(m.box, scale), m.conf, f"scanned {m.shape}")
                for m in found.marks]
    regions += [Region(page_no, _pt(box, scale), conf, what, doubtful=True)
                for box, conf, what in found.doubtful]
    _finish_tables(result, found.marks, img)
    text = " ".join(w.text for w in trusted)
    return ScannedPage(result, regions, text)


def read_text(img: PageImage, eng: Engine) -> list[_Word]:
    """The words of a page in one quick reading (triage): no tables, no marks."""
    eng.set_image(img.grey, round(img.dpi))
    words = _words(eng.page_symbols())
    line_h = _line_height(words)
    return [w for w in words if _trusted(w, line_h)]


# ---------------------------------------------------------------------------
# Words


def _words(symbols: Sequence[Symbol]) -> list[_Word]:
    out: list[_Word] = []
    current: list[Symbol] = []
    for s in symbols:
        if current and s.word != current[-1].word:
            out.append(_word(current))
            current = []
        current.append(s)
    if current:
        out.append(_word(current))
    _clip_to_neighbours(out)
    return out


def _reread_cells(eng: Engine, words: list[_Word], cells: Sequence[tuple[int, int, int, int]],
                  img: PageImage, ink_px: np.ndarray) -> list[_Word]:
    """The page reading put right cell by cell: a table cell holding a word read with
    little confidence, or crossed by a word that runs over a rule into the next cell
    (the page layout analysis took a row of cells for one line: 'ye' over four column
    headings), is read again on its own as a block of lines. Its new words replace the
    old when they are read with more confidence; a word over a rule goes when every
    cell it crosses was read again. A cell with ink and no word read is read again too,
    its reading kept only when it holds a word of three letters or more read surely (a
    heading the page reading missed; a tick or a hand-written letter reads as less)."""
    if not cells:
        return words
    pad = max(2, round(img.dpi / 50))  # clear of the cell's rules
    doubtful: dict[int, list[int]] = {}  # cell index -> indices of words to replace
    crossing: dict[int, set[int]] = {}  # word index -> cells it crosses
    worded: set[int] = set()
    for k, w in enumerate(words):
        inside = [i for i, c in enumerate(cells) if _share(w.box, c) >= 0.15]
        worded.update(inside)
        if len(inside) > 1:
            crossing[k] = set(inside)
            for i in inside:
                doubtful.setdefault(i, []).append(k)
        elif len(inside) == 1 and w.conf < 0.6:
            doubtful.setdefault(inside[0], []).append(k)
    unread: set[int] = set()
    for i, (x0, top, x1, bottom) in enumerate(cells):
        if i in worded or x1 - x0 <= 3 * pad or bottom - top <= 3 * pad:
            continue
        if ink_px[top + pad:bottom - pad, x0 + pad:x1 - pad].mean() > 0.01:
            unread.add(i)
            doubtful.setdefault(i, [])
    if not doubtful:
        return words
    gone: set[int] = set()
    added: list[_Word] = []
    redone: set[int] = set()
    for i in sorted(doubtful):
        x0, top, x1, bottom = cells[i]
        if x1 - x0 <= 3 * pad or bottom - top <= 3 * pad:
            continue
        region = (x0 + pad, top + pad, x1 - pad, bottom - pad)
        new = [w for w in _words(eng.region_symbols(region, block=True))
               if w.text.strip()]
        old_here = [k for k, w in enumerate(words) if k not in crossing
                    and _share(w.box, cells[i]) >= 0.5]
        old_conf = [words[k].conf for k in set(old_here) | set(doubtful[i])]
        new_conf = [w.conf for w in new]
        if not new or min(new_conf) < 0.6 \
                or (old_conf and sum(new_conf) / len(new_conf) <= sum(old_conf) / len(old_conf)):
            continue
        if i in unread and not any(len(_ALNUM.findall(w.text)) >= 3 and w.conf >= 0.8
                                   for w in new):
            continue
        redone.add(i)
        gone.update(old_here)
        added += new
    gone.update(k for k, inside in crossing.items() if inside <= redone)
    if not redone:
        return words
    return [w for k, w in enumerate(words) if k not in gone] + added


def _share(box: tuple[int, int, int, int], cell: tuple[int, int, int, int]) -> float:
    """The part of a word's box that lies in a cell."""
    ox = min(box[2], cell[2]) - max(box[0], cell[0])
    oy = min(box[3], cell[3]) - max(box[1], cell[1])
    if ox <= 0 or oy <= 0:
        return 0.0
    return ox * oy / max((box[2] - box[0]) * (box[3] - box[1]), 1)


def _clip_to_neighbours(words: list[_Word]) -> None:
    """Word boxes cut back where they run over the next or the previous word of their
    line: Tesseract now and then gives a word the box of the rest of its line, and a box
    running over its neighbours would interleave their letters."""
    for a, b in zip(words, words[1:], strict=False):
        if a.line_box != b.line_box:
            continue
        if a.box[0] < b.box[0] < a.box[2]:
            a.box = (a.box[0], a.box[1], max(a.box[0] + 1, b.box[0] - 1), a.box[3])
        elif b.box[0] < a.box[2] < b.box[2] and b.box[0] < a.box[0]:
            b.box = (min(b.box[2] - 1, a.box[2] + 1), b.box[1], b.box[2], b.box[3])


def _word(symbols: list[Symbol]) -> _Word:
    box = (min(s.box[0] for s in symbols), min(s.box[1] for s in symbols),
           max(s.box[2] for s in symbols), max(s.box[3] for s in symbols))
    text = lexicon.slash("".join(s.text for s in symbols))
    if symbols[0].conf < lexicon.MAX_CONF:
        text = lexicon.correct(text)
    return _Word(text, box, symbols[0].conf, symbols[0].line_box, symbols)


def _trusted(w: _Word, line_h: float) -> bool:
    """A word that is text (though perhaps read with little confidence): not what a tick
    or a stroke reads as, and holding a letter or digit unless it is text-sized
    punctuation read with confidence ('&', '/'). Other readings are ink to judge."""
    t = w.text.strip(".,;:'\"()[]").lower()
    height, width = w.box[3] - w.box[1], w.box[2] - w.box[0]
    if height > 3 * line_h or (len(t) >= 2 and height > 1.5 * line_h and height > width):
        return False  # a column of boxes or rules read as one tall 'word'
    if w.text.strip(".,;:'\"()[]|") in _LOOKALIKES:
        return True
    if t in STROKE_READINGS and (w.conf < 0.8 or not _small(w, line_h)
                                 or (len(t) == 1 and t.isalpha())):
        return False  # a lone 'v', 'J' or '/' is how a tick reads: its ink is judged
    if len(t) <= 3 and _ODD.search(t):
        return False  # 'P<', '^': no word holds these; a mark's ink read as letters
    if _ALNUM.search(w.text):  # a word, however unsure (its confidence goes with it)
        return True
    return w.conf >= 0.7 and _small(w, line_h)


def _small(w: _Word, line_h: float) -> bool:
    return w.box[3] - w.box[1] <= 1.05 * line_h


def _line_height(words: Sequence[_Word]) -> float:
    heights = [w.line_box[3] - w.line_box[1] for w in words if w.line_box[3] > w.line_box[1]]
    return median(heights) if heights else 20.0


# ---------------------------------------------------------------------------
# Ink marks


@dataclass
class _Found:
    marks: list[ink.InkMark] = field(default_factory=list)
    words: list[_Word] = field(default_factory=list)  # short words read again
    boxed: set[int] = field(default_factory=set)  # ids of words that were a printed box
    doubtful: list[tuple[tuple[int, int, int, int], float, str]] = field(default_factory=list)


def _ink_marks(residual_ink: np.ndarray, factor: int, words: Sequence[_Word], img: PageImage,
               eng: Engine) -> _Found:
    """Marks in the ink the words do not explain (see :mod:`.ink`)."""
    found = _Found()
    f = factor
    small = grid.pool(residual_ink, f) if f > 1 else residual_ink
    labels, pieces = ink.label(small)
    pt = 72.0 / (img.dpi / f)  # points per working pixel
    word_boxes = [tuple(v / f for v in w.box) for w in words]
    box_array = np.array(word_boxes, dtype=np.float64).reshape(-1, 4)
    boxes: list[tuple[ink.Piece, float]] = []
    strokes: list[ink.Piece] = []
    shapes: list[ink.Piece] = []  # every piece bigger than a dot
    for p in pieces:
        wpt, hpt = p.width * pt, p.height * pt
        if max(wpt, hpt) < 3.0 or p.area * pt * pt < 1.2:
            continue  # a speck, a dot
        shapes.append(p)
        if wpt > 60 or hpt > 40:
            continue  # a drawing, a logo, a signature: not a mark
        inside = ink.box_outline(p, labels) if 4.0 <= max(wpt, hpt) <= 20 else None
        if inside is not None:  # a printed box, whatever the reading made of it
            boxes.append((p, inside))
            found.boxed.update(id(w) for w, b in zip(words, word_boxes, strict=True)
                               if _mostly_inside(b, p))
        elif not _explained(p, box_array):
            strokes.append(p)
    strokes = _damaged_boxes(strokes, boxes, labels, pt)
    strokes = _text_runs(strokes, shapes, f, words, img, eng, found)
    _judge_boxes(boxes, f, found)
    strokes = [p for p in strokes if not any(_centre_in((p.x0, p.top, p.x1, p.bottom),
                                                        (b.x0, b.top, b.x1, b.bottom))
                                             for b, _ in boxes)]  # a mark inside a box
    for p in strokes:
        _judge_stroke(p, labels, f, pt, words, img, eng, found)
    return found


def _text_runs(strokes: list[ink.Piece], shapes: Sequence[ink.Piece], f: int,
               words: Sequence[_Word], img: PageImage, eng: Engine, found: _Found,
               ) -> list[ink.Piece]:
    """Strokes that are the letters of a line of text the page reading missed: pieces of
    letter height side by side on one line (``shapes``: all pieces, read or not, as the
    boxes of the words read around may cover some of the line), together wider than two
    line heights, three or more of them strokes or one of them a word's letters run
    together (far wider than tall). The line is read again on its own
    (its words join the page's, less those read already); its pieces are never marks.
    The other strokes are returned."""
    line_h = _line_height(words)
    lh = line_h / f
    unread = {p.label for p in strokes}
    letters = sorted((p for p in shapes if 0.2 * lh <= p.height <= 1.3 * lh
                      and p.width <= 12 * lh), key=lambda p: p.x0)
    runs: list[list[ink.Piece]] = []
    for p in letters:
        mid = (p.top + p.bottom) / 2
        for run in runs:
            last = run[-1]
            run_mid = sum((q.top + q.bottom) / 2 for q in run) / len(run)
            if p.x0 - last.x1 <= 0.8 * lh and abs(mid - run_mid) <= 0.35 * lh:
                run.append(p)
                break
        else:
            runs.append([p])
    text: set[int] = set()
    for run in runs:
        x0, x1 = min(p.x0 for p in run), max(p.x1 for p in run)
        mine = [p for p in run if p.label in unread]
        # letters run together into a word when blurred: one piece far wider than tall
        if x1 - x0 < 2 * lh or not (len(mine) >= 3 or any(p.width >= 2.2 * p.height
                                                            for p in mine)):
            continue
        text.update(p.label for p in run)
        top, bottom = min(p.top for p in run), max(p.bottom for p in run)
        pad = max(2, round(0.3 * line_h))
        h, w = img.grey.shape
        region = (max(0, x0 * f - pad), max(0, top * f - pad), min(w, x1 * f + pad),
                  min(h, bottom * f + pad))
        for word in _words(eng.region_symbols(region, line=True)):
            if _ALNUM.search(word.text) and word.conf >= 0.5 \
                    and not any(_overlap(word.box, w.box) for w in words):
                found.words.append(_Word(word.text, word.box, word.conf, region, []))
    return [p for p in strokes if p.label not in text]


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Whether box ``a`` shares a quarter of itself, or half of ``b``, with ``b``."""
    ox = min(a[2], b[2]) - max(a[0], b[0])
    oy = min(a[3], b[3]) - max(a[1], b[1])
    if ox <= 0 or oy <= 0:
        return False
    return (ox * oy >= 0.25 * max((a[2] - a[0]) * (a[3] - a[1]), 1)
            or ox * oy >= 0.5 * max((b[2] - b[0]) * (b[3] - b[1]), 1))


def _on_mark(w: _Word, found_marks: Sequence[ink.InkMark]) -> bool:
    """Whether a word of one or two characters lies mostly on a tick, cross or blot
    judged by its ink: part of the mark read as a letter ('4' for a tick), not text.
    (A ring's word is the option it circles.)"""
    if len(w.text.strip()) > 2:
        return False
    return any(m.shape != "ring" and _overlap(w.box, m.box) for m in found_marks)


def _mostly_inside(box: tuple[float, ...], p: ink.Piece) -> bool:
    """Whether most of a word's box lies on the piece (a box glyph read as 'O' or 'Q')."""
    ox = min(p.x1, box[2]) - max(p.x0, box[0])
    oy = min(p.bottom, box[3]) - max(p.top, box[1])
    area = max((box[2] - box[0]) * (box[3] - box[1]), 1)
    return ox > 0 and oy > 0 and ox * oy >= 0.5 * area


def _explained(p: ink.Piece, word_boxes: np.ndarray) -> bool:
    """Whether most of the piece lies in the box of a word read (with a pixel's slack)."""
    if not len(word_boxes):
        return False
    area = max(p.width * p.height, 1)
    ox = np.minimum(p.x1, word_boxes[:, 2] + 1) - np.maximum(p.x0, word_boxes[:, 0] - 1)
    oy = np.minimum(p.bottom, word_boxes[:, 3] + 1) - np.maximum(p.top, word_boxes[:, 1] - 1)
    return bool(((ox > 0) & (oy > 0) & (ox * oy >= 0.6 * area)).any())


def _damaged_boxes(strokes: list[ink.Piece], boxes: list[tuple[ink.Piece, float]],
                   labels: np.ndarray, pt: float) -> list[ink.Piece]:
    """Strokes that are printed boxes with a side lost in the scan: the size of the
    page's boxes (within a quarter) and in line with one of them (same left edge, to
    two points). They join ``boxes``; the other strokes are returned."""
    if len(boxes) < 2:
        return strokes
    mw = median(b.width for b, _ in boxes)
    mh = median(b.height for b, _ in boxes)
    lefts = [b.x0 for b, _ in boxes]
    rest: list[ink.Piece] = []
    for p in strokes:
        if (abs(p.width - mw) <= 0.25 * mw and abs(p.height - mh) <= 0.25 * mh
                and any(abs(p.x0 - x) * pt <= 2.0 for x in lefts)):
            boxes.append((p, ink.box_inside(p, labels)))
        else:
            rest.append(p)
    return rest


def _judge_boxes(boxes: Sequence[tuple[ink.Piece, float]], f: int, found: _Found) -> None:
    """Printed boxes: checked when the inside holds ink well above the page's other
    boxes (a sibling's empty state), else unchecked; near the limit: doubtful."""
    if not boxes:
        return
    base = median(v for _, v in boxes) if len(boxes) >= 3 else 0.0
    limit = max(0.08, min(base, 0.3) + 0.08)
    for p, inside in boxes:
        box = (p.x0 * f, p.top * f, p.x1 * f, p.bottom * f)
        margin = abs(inside - limit)
        conf = min(1.0, 0.5 + 4 * margin)
        if margin < 0.025:
            found.doubtful.append((box, 0.3, f"box {inside:.2f} full"))
            continue
        kind = MarkKind.CHECKED_BOX if inside > limit else MarkKind.UNCHECKED_BOX
        found.marks.append(ink.InkMark(kind, box, conf, "box"))


def _judge_stroke(p: ink.Piece, labels: np.ndarray, f: int, pt: float,
                  words: Sequence[_Word], img: PageImage, eng: Engine, found: _Found) -> None:
    box = (p.x0 * f, p.top * f, p.x1 * f, p.bottom * f)
    wpt, hpt = p.width * pt, p.height * pt
    shape = ink.classify(p, labels)
    if shape == "fill" or (shape == "blot" and max(wpt, hpt) > 20):
        return  # a cell's fill (its colour is read from the pixels) or a bar
    if shape == "ring":
        circled = [w for w in words if _centre_in(w.box, box)]
        if circled:
            found.marks.append(ink.InkMark(MarkKind.TICK, box, 0.9, "ring"))
            return
        if max(wpt, hpt) <= 14:
            found.marks.append(ink.InkMark(MarkKind.UNCHECKED_BOX, box, 0.8, "empty ring"))
            return
    if wpt < 0.5 * hpt or hpt < 0.35 * wpt:
        return  # a slash, a bar or a dash: punctuation, not a mark
    if _beside_text(box, words, img):
        found.doubtful.append((box, 0.3, "word (unread ink beside text)"))
        return
    if _between_words(box, words):
        return  # a character of the text ('&'): not a mark, nor a doubt about one
    if min(wpt, hpt) < 2.0 or max(wpt, hpt) < 4.5:
        found.doubtful.append((box, 0.3, f"small ink {wpt:.1f}x{hpt:.1f}pt"))
        return
    # a letter the page reading missed (a lone Y or X in its cell): read it alone
    if shape != "blot":
        word = _read_alone(eng, box, img)
        if word is not None:
            found.words.append(word)
            return
    if shape == "tick" and _y_shaped(p, labels):
        # two arms at the top and one stem below the middle: the letter Y the reading
        # missed, not a tick (a tick's short arm starts low, its foot is left of its
        # middle; a V narrows all the way down)
        found.words.append(_Word("Y", box, 0.65, box, []))
        return
    conf = min(1.0, 0.55 + 0.45 * min(1.0, max(wpt, hpt) / 9.0))
    found.marks.append(ink.InkMark(ink.mark_for(shape), box, conf, shape))


def _y_shaped(p: ink.Piece, labels: np.ndarray) -> bool:
    """Ink with a stroke at both top corners and, in its lower third, a narrow stem
    about the middle: a Y."""
    sub = labels[p.top:p.bottom, p.x0:p.x1] == p.label
    h, w = sub.shape
    if h < 6 or w < 4:
        return False
    third, quarter = max(1, h // 3), max(1, w // 4)
    top = sub[:third]
    if not (top[:, :quarter].any() and top[:, w - quarter:].any()):
        return False
    for row in sub[h - third:]:  # a stem: narrow and about the middle all the way
        cols = np.flatnonzero(row)
        if not len(cols):
            continue
        if cols[-1] - cols[0] + 1 > 0.3 * w or abs((cols[0] + cols[-1]) / 2 - w / 2) > 0.15 * w:
            return False
    return bool(sub[h - third:].any())


MARK_WORDS = frozenset({"y", "n", "x", "yes", "no"})
MARK_LETTERS = "YNXyesnoYESNO"
_LOOKALIKES = {"¥": "Y", "×": "X", "¥es": "Yes"}


def _in_line(words: Sequence[_Word], line_h: float) -> set[int]:
    """The ids of words with a neighbour on their line a word space away (a short word
    in a line of text: 'A system is in place')."""
    out: set[int] = set()
    for a, b in zip(words, words[1:], strict=False):
        if a.line_box == b.line_box and 0 <= b.box[0] - a.box[2] <= 0.6 * line_h:
            out.update((id(a), id(b)))
    return out


def _reread(eng: Engine, w: _Word, img: PageImage, in_line: bool = False) -> _Word | None:
    """A short word read with doubt (a lone Y, N or X in its cell is Tesseract's weak
    spot) read again alone, allowed only the letters of Y, N, X, Yes and No: kept when
    that reading is sure. Else the word as read when it is sure enough (a letter in a
    line of words, other than those, is), else None (its ink is judged as a mark)."""
    t = w.text.strip(".,;:'\"()[]|")
    if t in _LOOKALIKES:
        w = _Word(_LOOKALIKES[t], w.box, w.conf, w.line_box, w.symbols)
        t = w.text
    if len(t) > 3 or (w.conf >= 0.9 and _ALNUM.search(t)):
        return w
    if in_line and _ALNUM.search(t) and t.lower() not in MARK_WORDS and w.conf >= 0.5:
        return w
    again = _read_alone(eng, w.box, img)
    if again is not None:
        return _Word(again.text, w.box, again.conf, w.line_box, w.symbols)
    if _ALNUM.search(t) and w.conf >= (0.9 if len(t) == 1 else 0.6) \
            and t.lower() not in MARK_WORDS:
        return w
    return None


def _read_alone(eng: Engine, box: tuple[int, int, int, int], img: PageImage) -> _Word | None:
    """The region read as one of Y, N, X, Yes, No; None unless read with confidence."""
    pad = max(2, round(img.dpi / 36))
    h, w = img.grey.shape
    region = (max(0, box[0] - pad), max(0, box[1] - pad), min(w, box[2] + pad),
              min(h, box[3] + pad))
    words = _words(eng.region_symbols(region, MARK_LETTERS))
    if len(words) != 1:
        return None
    word = words[0]
    if word.text.lower() in MARK_WORDS and word.conf >= 0.6:
        return word
    return None


def _beside_text(box: tuple[int, int, int, int], words: Sequence[_Word], img: PageImage,
                 ) -> bool:
    """Ink of letter size right beside a word on its line: a letter the reading
    missed, not a mark."""
    height = box[3] - box[1]
    for w in words:
        lh = w.line_box[3] - w.line_box[1]
        if lh <= 0 or height > 1.25 * lh:
            continue
        gap = 0.12 * lh  # letters of a word nearly touch; a mark is a space away
        overlap = min(box[3], w.box[3]) - max(box[1], w.box[1])
        if overlap < 0.5 * min(height, w.box[3] - w.box[1]):
            continue
        if -gap <= box[0] - w.box[2] <= gap or -gap <= w.box[0] - box[2] <= gap:
            return True
    return False


def _between_words(box: tuple[int, int, int, int], words: Sequence[_Word]) -> bool:
    """Ink no taller than the line, a word space from a word on each side on its line: a
    character of the text the reading missed ('Information & advice'), not a mark."""
    height = box[3] - box[1]
    left = right = False
    for w in words:
        lh = w.line_box[3] - w.line_box[1]
        if lh <= 0 or height > 1.1 * lh:
            continue
        overlap = min(box[3], w.line_box[3]) - max(box[1], w.line_box[1])
        if overlap < 0.7 * height:
            continue
        space = 0.6 * lh
        left = left or 0 <= box[0] - w.box[2] <= space
        right = right or 0 <= w.box[0] - box[2] <= space
    return left and right


def _centre_in(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


# ---------------------------------------------------------------------------
# Characters for the page layout


def _chars(words: Sequence[_Word], found_marks: Sequence[ink.InkMark], scale: float,
           ) -> list[Obj]:
    """pdfplumber-style chars: the symbols of a word share its box (so a word stays
    whole and in order), with its line's top and bottom (so a line stays one line whatever its
    letters' heights); a space between words; a stand-in character per mark."""
    chars: list[Obj] = []
    heights = [w.line_box[3] - w.line_box[1] for w in words if w.line_box[3] > w.line_box[1]]
    line_h = median(heights) if heights else 12 / scale
    ordered = sorted(words, key=lambda w: (w.line_box[1], w.box[0]))
    for k, w in enumerate(ordered):
        top, bottom = w.line_box[1], w.line_box[3]
        if not bottom > top:
            top, bottom = w.box[1], w.box[3]
        # the word's box shared out among its symbols in reading order (Tesseract's
        # symbol boxes may overlap or come out of order)
        step = (w.box[2] - w.box[0]) / max(len(w.text), 1)
        for i, letter in enumerate(w.text):
            left = w.box[0] + i * step
            chars.append(_char(letter, left, top, left + step, bottom, scale, w.conf))
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if nxt is not None and nxt.line_box == w.line_box and nxt.box[0] > w.box[2]:
            chars.append(_char(" ", w.box[2], top, nxt.box[0], bottom, scale, w.conf))
    for m in found_marks:
        cy = (m.box[1] + m.box[3]) / 2
        mark_top = cy - line_h / 2
        x0 = float(m.box[0])
        x1 = x0 + min(m.box[2] - m.box[0], line_h) if m.shape == "ring" else float(m.box[2])
        # a cross drawn by hand is the letter X (selects; a lone X in a Y/N box says
        # neither), as a typed X is; other marks go into their line as marks of ink
        if m.shape == "cross":
            chars.append(_char("X", x0, mark_top, x1, mark_top + line_h, scale, m.conf))
        else:
            ch = _char(MARK_TOKEN, x0, mark_top, x1, mark_top + line_h, scale, m.conf)
            ch["ppf_mark"] = Mark(m.kind, MarkSource.INK,
                                  f"scanned {m.shape}, confidence {m.conf:.2f}")
            chars.append(ch)
    return chars


def _char(text: str, x0: float, top: float, x1: float, bottom: float, scale: float,
          conf: float) -> Obj:
    t, b = top * scale, bottom * scale
    return {"text": text, "fontname": "OCR", "size": round((b - t) * 0.8, 1),
            "x0": x0 * scale, "x1": x1 * scale, "top": t, "bottom": b, "doctop": t,
            "upright": True, "ocr_conf": conf}


def _pt(box: tuple[int, int, int, int], scale: float) -> BBox:
    return (round(box[0] * scale, 2), round(box[1] * scale, 2), round(box[2] * scale, 2),
            round(box[3] * scale, 2))


# ---------------------------------------------------------------------------
# Tables: marks as scanned marks, fills from the pixels


def _finish_tables(result: PageResult, found_marks: Sequence[ink.InkMark],
                   img: PageImage) -> list[BBox]:
    """Marks and fills of the table cells; the boxes of cells filled over only part of
    them (doubtful)."""
    scale = img.scale
    placed = [(_pt(m.box, scale), m) for m in found_marks]
    doubtful: list[BBox] = []
    for _, block in result.items:
        if not isinstance(block, Table):
            continue
        for cell in block.cells:
            _finish_cell(cell, placed, img)
    return doubtful


def _finish_cell(cell: Cell, placed: Sequence[tuple[BBox, ink.InkMark]],
                 img: PageImage) -> None:
    bbox = cell.provenance.bbox
    if bbox is None:
        return
    fill = cell_fill(bbox, img)
    if fill is not None:
        cell.fill = fill


def _centre_in_pt(inner: BBox, outer: BBox) -> bool:
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


def _even(off: np.ndarray, least: float = 0.25) -> bool:
    """Whether a fill covers a cell throughout: each third of it, across and down, is
    mostly filled (a fill over part of a cell means a rule between two cells was not
    found)."""
    h, w = off.shape
    if h < 3 or w < 3:
        return True
    thirds = [off[: h // 3], off[h // 3: 2 * h // 3], off[2 * h // 3:],
              off[:, : w // 3], off[:, w // 3: 2 * w // 3], off[:, 2 * w // 3:]]
    return all(part.size == 0 or part.mean() >= least for part in thirds)


def _fill_pixels(img: PageImage, top: int, bottom: int, x0: int, x1: int) -> np.ndarray:
    """Pixels of a fill (every other one): off the paper's white but not black ink
    (text), or coloured."""
    grey = img.grey[top:bottom:2, x0:x1:2]
    off = (grey < img.paper - 30) & (grey > 60)
    if img.colour is not None:
        rgb = img.colour[top:bottom:2, x0:x1:2].astype(np.int16)
        off |= (rgb.max(axis=2) - rgb.min(axis=2)) > 60
    return off


def cell_fill(bbox: BBox, img: PageImage) -> str | None:
    """The colour a cell is filled with, from its pixels: most of its inside well off
    the paper's white; the median of those pixels, scaled so the paper is white."""
    s = 1 / img.scale
    inset = max(3, round(img.dpi / 40))
    x0, top = int(bbox[0] * s) + inset, int(bbox[1] * s) + inset
    x1, bottom = int(bbox[2] * s) - inset, int(bbox[3] * s) - inset
    if x1 - x0 < 4 or bottom - top < 4:
        return None
    grey = img.grey[top:bottom:2, x0:x1:2]
    off = _fill_pixels(img, top, bottom, x0, x1)
    if off.mean() < 0.55 or not _even(off):
        return None
    paper = max(img.paper, 1)
    if img.colour is not None:
        rgb = img.colour[top:bottom:2, x0:x1:2][off]
        values = [min(255, round(float(np.median(rgb[:, k])) * 255 / paper)) for k in range(3)]
    else:
        v = min(255, round(float(np.median(grey[off])) * 255 / paper))
        values = [v, v, v]
    return "".join(f"{v:02X}" for v in values)
