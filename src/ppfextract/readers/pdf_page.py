"""The detailed pass over one PDF page: glyphs decoded into text and marks, ruled and
unruled tables, cell fills, and paragraphs outside the tables.

:func:`layout_page` works on pdfplumber-style object dicts, whichever library read
them: :func:`read_page` gives it pdfplumber's, :mod:`.pdf_fast` pypdfium2's. Also the
line-to-paragraph grouping shared with the fast (text only) pass.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .. import lazy_re as re  # re, each pattern compiled on first use
from .. import marks
from ..document import (
    BBox,
    Block,
    Line,
    Mark,
    MarkKind,
    MarkSource,
    Paragraph,
    Provenance,
    Table,
)
from .lines import LineBuilder, plain_lines
from .pdf_tables import (
    MARK_TOKEN,
    CharIndex,
    Obj,
    PageMarks,
    RawCell,
    Strokes,
    build_table,
    cell_lines,
    chars_words,
    colour_hex,
    find_unruled,
    group_lines,
    lone_mark,
    page_fills,
    sideways_words,
    unruled_cells,
)
from .shapes import Shape, classify_shapes

if TYPE_CHECKING:
    from pdfplumber.page import Page

# Ruling lines and rectangle edges (pdfplumber's "lines" strategy uses both).
TABLE_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
    "edge_min_length": 3,
}
MAX_EDGES = 4000  # above this, table finding is skipped on the page (too slow to be worth it)
MAX_CHARS = 40000

_CID = re.compile(r"^\(cid:(\d+)\)$")
# a line that starts a list item (checked by :func:`_starts_item`): a bullet, a dash or a
# number and a space, or a lone mark (a box, a tick, a radio button) before its words
_BULLET_START = re.compile(r"^[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u2713\u2610\u2612\-\u2013]"
                           r"\s|^\d{1,2}[.)]\s")


FoundTable = tuple[BBox, list[BBox]]  # a ruled table's bbox and its cell boxes


@dataclass
class PageResult:
    items: list[tuple[float, Block]] = field(default_factory=list)  # (top, block)
    unmapped: int = 0  # glyphs with no Unicode mapping, dropped
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Glyphs


@lru_cache(maxsize=256)
def symbol_font(font: str) -> bool:
    """:func:`ppfextract.marks.is_symbol_font`, remembered per font name (a page asks
    once per character)."""
    return marks.is_symbol_font(font)


def glyph_code(text: str) -> int | None:
    """The font code of a glyph as pdfminer reports it: '(cid:214)' -> 214, '4' -> 0x34."""
    m = _CID.match(text)
    if m:
        return int(m[1])
    if len(text) == 1:
        return ord(text)
    return None


def decode_char(ch: Obj) -> Obj | None:
    """A char made readable: a glyph that is a mark (a tick character, a symbol font's
    box) keeps its place among the chars with :data:`MARK_TOKEN` as its text and the
    Mark as ``ppf_mark``; a glyph with no Unicode mapping (or a private-use glyph of a
    font we cannot name) that draws a mark is taken out of the text as ``ppf_loose``
    (placed by its box, as a drawn mark); any other symbol-font glyph, and any other
    unmapped glyph, is dropped (None)."""
    text: str = ch.get("text", "")
    font: str = ch.get("fontname", "") or ""
    if not symbol_font(font) and len(text) == 1 and text.isascii():
        return ch  # the common case, decided early
    if symbol_font(font):
        return _symbol_glyph(ch, text, font)
    if _CID.match(text) or (len(text) == 1 and 0xF000 <= ord(text) <= 0xF0FF):
        # no Unicode mapping, or a private-use glyph of a font we cannot name: read by
        # what it draws (pdf_fast renders it), else dropped
        glyph = ch.get("ppf_glyph")
        if glyph is None:
            return None
        return {**ch, "text": "", "ppf_loose": Mark(glyph, MarkSource.SYMBOL_FONT,
                                                    f"{font} {text!a} drawn {glyph.value}")}
    if len(text) != 1 or not marks.MAYBE_MARK.match(text):
        return ch
    mark = marks.char_mark(text)
    return ch if mark is None else {**ch, "text": MARK_TOKEN, "ppf_mark": mark}


def _symbol_glyph(ch: Obj, text: str, font: str) -> Obj | None:
    code = glyph_code(text)
    mark = marks.glyph_mark(font, code) if code is not None else None
    if mark is None and len(text) == 1:
        found = marks.char_mark(text)  # the font's encoding already gave Unicode
        if found is not None:
            mark = Mark(found.kind, MarkSource.SYMBOL_FONT, f"{font} U+{ord(text):04X}")
    if mark is None:
        return None
    return {**ch, "text": MARK_TOKEN, "ppf_mark": mark}


def clean_chars(chars: Sequence[Obj]) -> tuple[list[Obj], int, list[tuple[BBox, Mark]]]:
    """The page's chars, in one pass: without the copies some producers overprint to
    fake bold (same glyph, same font, same place to within a point; pdfplumber's own
    dedupe sorts on every attribute and costs more than the rest of the page), and
    decoded by :func:`decode_char` (symbol-font glyphs become marks, unmapped glyphs are
    dropped). Also the number of unmapped glyphs dropped, and the glyphs the text drops
    that the lines reading reads as marks (where they stand, and the mark)."""
    seen: set[tuple[str, str, int, int]] = set()
    add = seen.add
    out: list[Obj] = []
    loose: list[tuple[BBox, Mark]] = []
    dropped = 0
    symbol: dict[str, bool] = {}  # font name -> symbol_font, for the common case below
    for ch in chars:
        text = ch.get("text", "")
        font = ch.get("fontname", "")
        key = (text, font, round(ch["x0"]), round(ch["top"]))
        if key in seen:
            continue
        add(key)
        if len(text) == 1 and text.isascii():
            font = font or ""
            is_symbol = symbol.get(font)
            if is_symbol is None:
                is_symbol = symbol[font] = symbol_font(font)
            if not is_symbol:
                out.append(ch)  # decode_char's early answer, without the call
                continue
        decoded = decode_char(ch)
        if decoded is None:
            if _CID.match(text) and not symbol_font(font or ""):
                dropped += 1
            continue
        if "ppf_loose" in decoded:
            loose.append(((ch["x0"], ch["top"], ch["x1"], ch["bottom"]), decoded["ppf_loose"]))
            continue
        out.append(decoded)
    return out, dropped, loose


# ---------------------------------------------------------------------------
# Marks drawn as shapes

_CELL = 12.0  # points: the buckets shapes are grouped in
_MAX_SMALL_SHAPES = 3000  # a page drawing more small shapes is a picture, not a form


def drawn_marks(small: Sequence[tuple[BBox, list[Shape]]], cells: Sequence[BBox] = (),
                ) -> list[tuple[BBox, Mark]]:
    """Marks drawn with paths: path objects whose boxes touch are one drawing (a box and
    the tick in it, the two strokes of a cross, a radio ring and its dot), decided by
    :func:`~ppfextract.readers.shapes.classify_shapes`; a drawing larger than a mark, or
    smaller than one (a list bullet), is none. A path that outlines or fills one of
    ``cells`` (a ruled table's cells) is the table's, not a mark."""
    if len(small) > _MAX_SMALL_SHAPES:  # a chart, a map, hatching: no marks looked for
        return []
    if cells:
        small = _not_cells(small, cells)
    n = len(small)
    if n == 0:
        return []
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[int, int], list[int]] = {}
    for i, (box, _) in enumerate(small):
        for bx in range(int(box[0] // _CELL), int(box[2] // _CELL) + 1):
            for by in range(int(box[1] // _CELL), int(box[3] // _CELL) + 1):
                for j in buckets.get((bx, by), ()):
                    if _touch(box, small[j][0]):
                        parent[find(i)] = find(j)
                buckets.setdefault((bx, by), []).append(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    out: list[tuple[BBox, Mark]] = []
    for members in groups.values():
        boxes = [small[i][0] for i in members]
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
               max(b[3] for b in boxes))
        side = max(box[2] - box[0], box[3] - box[1])
        if not 4.5 <= side <= 30.0 or len(members) > 12:
            continue
        kind = classify_shapes([shape for i in members for shape in small[i][1]])
        if kind is not None:
            out.append((box, Mark(kind, MarkSource.DRAWN, f"drawn {kind.value}")))
    return out


def _not_cells(small: Sequence[tuple[BBox, list[Shape]]], cells: Sequence[BBox],
               ) -> list[tuple[BBox, list[Shape]]]:
    """The drawings that are not a table's own cell outlines or fills."""
    corners: dict[tuple[int, int], list[BBox]] = {}
    for c in cells:
        corners.setdefault((round(c[0]), round(c[1])), []).append(c)
    return [item for item in small if not _is_cell(item[0], corners)]


def _is_cell(box: BBox, corners: dict[tuple[int, int], list[BBox]],
             tolerance: float = 1.5) -> bool:
    """Is ``box`` one of the cells (indexed by their rounded top-left corners)?"""
    x, y = round(box[0]), round(box[1])
    return any(abs(box[0] - c[0]) <= tolerance and abs(box[1] - c[1]) <= tolerance
               and abs(box[2] - c[2]) <= tolerance and abs(box[3] - c[3]) <= tolerance
               for dx in (-2, -1, 0, 1, 2) for dy in (-2, -1, 0, 1, 2)
               for c in corners.get((x + dx, y + dy), ()))


def _touch(a: BBox, b: BBox, pad: float = 0.6) -> bool:
    return (a[0] <= b[2] + pad and b[0] <= a[2] + pad and a[1] <= b[3] + pad
            and b[1] <= a[3] + pad)


# ---------------------------------------------------------------------------
# Paragraphs


@dataclass
class TextLine:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str  # its words joined by spaces (a mark char is a MARK_TOKEN)
    size: float | None = None  # font size where known
    lines: tuple[Line, ...] = ()  # its words and marks (none: read from ``text``)
    lead: MarkKind | None = None  # the kind of a lone mark its text starts with


def text_lines(text: str) -> tuple[Line, ...]:
    """Lines of plain text (pdfium's text of a page read without the detailed pass):
    mark characters in it become marks."""
    if text.isascii() or not marks.MAYBE_MARK.search(text):  # no mark is ASCII
        return plain_lines(text)
    builder = LineBuilder()
    for ch in text:
        mark = marks.char_mark(ch)
        if mark is not None:
            builder.mark(mark)
        else:
            builder.add(ch)
    return builder.finish()


def group_paragraphs(lines: Sequence[TextLine], page: int, file: str,
                     ) -> list[tuple[float, Paragraph]]:
    """Lines into paragraphs: a new paragraph starts at a vertical gap wider than about
    half a line, at a change of font size, or at a bulleted or numbered line."""
    groups: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if not line.text.strip():
            continue
        if groups and _same_paragraph(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    out: list[tuple[float, Paragraph]] = []
    for group in groups:
        bbox: BBox = (round(min(ln.x0 for ln in group), 2), round(group[0].top, 2),
                      round(max(ln.x1 for ln in group), 2), round(group[-1].bottom, 2))
        if any(ln.lines for ln in group):
            found = tuple(line for ln in group for line in (ln.lines or text_lines(ln.text)))
        else:  # a page read as text only: the paragraph as one line
            found = text_lines(" ".join(" ".join(ln.text for ln in group).split()))
        out.append((group[0].top, Paragraph(found, Provenance(file, page=page, bbox=bbox),
                                            wrapped=True)))
    return out


def _starts_item(line: TextLine) -> bool:
    """Does the line start a list item: a bullet, a dash or a number and a space
    ('\u2022 The Head of ...', '2. The ...'), or a lone mark before its words ('\u2610 Yes')?"""
    if line.lead is not None:
        return line.lead is not MarkKind.CROSS
    return _BULLET_START.match(line.text) is not None


def _same_paragraph(prev: TextLine, line: TextLine) -> bool:
    if _starts_item(line):
        return False
    if prev.size is not None and line.size is not None and abs(prev.size - line.size) > 1.0:
        return False
    height = min(prev.bottom - prev.top, line.bottom - line.top)
    return line.top - prev.bottom <= max(0.6 * height, 2.0)


# ---------------------------------------------------------------------------
# The page


def read_page(page: Page, page_no: int, file: str) -> PageResult:
    """Tables and paragraphs of one page read by pdfplumber, as (top, block) items in
    reading order."""
    def find_tables() -> list[FoundTable]:
        return [(tuple(t.bbox), [tuple(c) for c in t.cells])  # type: ignore[misc]
                for t in page.find_tables(TABLE_SETTINGS)]

    small, strokes = plumber_paths([*page.curves, *page.lines, *page.rects])
    return layout_page(sideways_chars(page.chars), [*page.rects, *page.curves],
                       len(page.edges), find_tables, page_no, file, small, strokes,
                       (float(page.width), float(page.height)))


def sideways_chars(chars: Sequence[Obj]) -> list[Obj]:
    """pdfplumber's chars, those set sideways (not upright) noted with the direction
    their text runs (``ppf_angle``, degrees anticlockwise) and their box, as the
    pypdfium2 pass notes them."""
    out: list[Obj] = []
    for c in chars:
        if c.get("upright", True) or not c.get("matrix"):
            out.append(c)
            continue
        a, b = c["matrix"][0], c["matrix"][1]
        angle = round(math.degrees(math.atan2(b, a)) / 90) % 4 * 90
        out.append({**c, "ppf_angle": angle, "ppf_box": (c["x0"], c["top"], c["x1"],
                                                         c["bottom"])} if angle else c)
    return out


def plumber_paths(objs: Sequence[Obj]) -> tuple[list[tuple[BBox, list[Shape]]], list[BBox]]:
    """pdfplumber's curves, lines and rects as the pypdfium2 pass notes paths: small
    visible drawings that may be marks, and thin horizontal strokes."""
    small: list[tuple[BBox, list[Shape]]] = []
    strokes: list[BBox] = []
    for o in objs:
        box: BBox = (o["x0"], o["top"], o["x1"], o["bottom"])
        w, h = box[2] - box[0], box[3] - box[1]
        fill = bool(o.get("fill")) and not _pale(colour_hex(o.get("non_stroking_color")))
        stroke = bool(o.get("stroke")) and not _pale(colour_hex(o.get("stroking_color")))
        if not fill and not stroke:
            continue
        if h <= 1.6 and w >= 2.0:
            strokes.append(box)
            continue
        if max(w, h) > 30.0 or max(w, h) < 2.0:
            continue
        if o.get("object_type") == "rect":
            pts: tuple[tuple[float, float], ...] = (
                (box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3]),
                (box[0], box[1]))
            small.append((box, [Shape(pts, True, fill, stroke)]))
            continue
        pts = tuple((float(x), float(y)) for x, y in o.get("pts") or ())
        path = [seg[0] for seg in o.get("path") or ()]
        if len(pts) >= 2:
            small.append((box, [Shape(pts, "h" in path or pts[0] == pts[-1], fill, stroke,
                                      "c" not in path and "v" not in path and "y" not in path)]))
    return small, strokes


def _pale(hex_colour: str | None) -> bool:
    """No ink: a colour we cannot read counts as ink; white and near-white do not."""
    return hex_colour is not None and min(marks.to_rgb(hex_colour)) >= 235


def layout_page(page_chars: Sequence[Obj], shapes: Sequence[Obj], n_edges: int,
                find_tables: Callable[[], list[FoundTable]], page_no: int, file: str,
                small: Sequence[tuple[BBox, list[Shape]]] = (), strokes: Sequence[BBox] = (),
                size: tuple[float, float] | None = None) -> PageResult:
    """Tables and paragraphs of one page from its chars, its filled shapes and its ruled
    tables (``find_tables`` is called only when the page is not too busy). ``small``
    are small path drawings (marks drawn as shapes, decided here) and ``strokes`` thin
    horizontal lines (for lines: marks at their places, words struck through)."""
    result = PageResult()
    chars, result.unmapped, loose = clean_chars(page_chars)
    fills = page_fills(shapes)
    found_tables: list[FoundTable] = []
    if n_edges > MAX_EDGES or len(chars) > MAX_CHARS:
        result.warnings.append(f"page {page_no}: too many lines or characters "
                               f"({n_edges} edges, {len(chars)} chars); tables not detected")
    else:
        found_tables = find_tables()
    drawn = drawn_marks(small, [c for _, cells in found_tables if len(cells) > 1
                                for c in cells]) if small else []
    if drawn:  # a shape with text on it is the text's background (a numbered badge)
        index = CharIndex(chars)
        drawn = [(box, mark) for box, mark in drawn if not index.within(box)]
    extras = PageMarks([*drawn, *loose], Strokes(strokes))
    if size is not None and found_tables:
        found_tables = [t for t in found_tables if not _page_frame(t, size)]
    tables = _ruled_tables(found_tables, chars, fills, page_no, file, extras)
    rest = _outside(chars, [bbox for bbox, _ in tables])
    sideways = [c for c in rest if "ppf_angle" in c]
    if sideways:  # text turned a quarter outside ruled tables: a word per line of it
        rest = [c for c in rest if "ppf_angle" not in c]
    words = chars_words(rest) + (sideways_words(sideways) if sideways else [])
    lines = group_lines(words)
    in_tables: set[int] = set()
    for table_lines, cols in find_unruled(lines):
        raw = unruled_cells(table_lines, cols)
        bbox: BBox = (cols[0][0], table_lines[0].top, cols[-1][1], table_lines[-1].bottom)
        table = build_table(raw, bbox, page_no, file, fills, extras)
        if table is not None:
            tables.append((bbox, table))
            in_tables.update(id(line) for line in table_lines)
    outside = [line for line in lines if id(line) not in in_tables]
    by_line = _place_on_lines(extras.placed, outside)
    paragraph_lines = []
    for k, line in enumerate(outside):
        ordered = sorted(line.words, key=lambda w: w["x0"])
        text = " ".join(w["text"] for w in ordered)
        box: BBox = (line.x0, line.top, line.x1, line.bottom)
        found = cell_lines([c for w in ordered for c in w["chars"]], box, (),
                           by_line.get(k, []), extras.strokes, text)
        paragraph_lines.append(TextLine(line.x0, line.top, line.x1, line.bottom, text,
                                        _line_size(line.words), found, _lead(ordered)))
    result.items = [(bbox[1], table) for bbox, table in tables]
    result.items += group_paragraphs(paragraph_lines, page_no, file)
    result.items.sort(key=lambda item: item[0])
    return result


def _place_on_lines(placed: Sequence[tuple[BBox, Mark]], lines: Sequence[Any],
                    ) -> dict[int, list[tuple[BBox, Mark]]]:
    """Marks outside tables, each on the text line it stands beside: the line its middle
    is level with, else the nearest line within about a line's height (a mark with no
    text near it is left out: it would make a paragraph of its own)."""
    out: dict[int, list[tuple[BBox, Mark]]] = {}
    for box, mark in placed:
        cy = (box[1] + box[3]) / 2
        best: tuple[float, int] | None = None
        for k, line in enumerate(lines):
            if line.top - 1 <= cy <= line.bottom + 1:
                dist = 0.0
            else:
                dist = min(abs(cy - line.top), abs(cy - line.bottom))
                if dist > max(line.bottom - line.top, 6.0):
                    continue
            gap = max(0.0, line.x0 - box[2], box[0] - line.x1)
            if gap > 120:
                continue
            score = dist * 10 + gap
            if best is None or score < best[0]:
                best = (score, k)
        if best is not None:
            out.setdefault(best[1], []).append((box, mark))
    return out


def _lead(words: Sequence[Obj]) -> MarkKind | None:
    """The kind of the lone mark a line's words start with, when words follow it."""
    if len(words) < 2 or words[0]["text"] != MARK_TOKEN:
        return None
    return lone_mark(words[0])


def _line_size(words: Sequence[Obj]) -> float | None:
    sizes = [c.get("size") for w in words for c in w.get("chars", ())]
    sizes = [s for s in sizes if isinstance(s, int | float)]
    return round(max(sizes), 1) if sizes else None


def _outside(chars: Sequence[Obj], boxes: Sequence[BBox]) -> list[Obj]:
    """The chars whose centre lies in none of ``boxes``."""
    if not boxes:
        return list(chars)
    out: list[Obj] = []
    for c in chars:
        x = (c["x0"] + c["x1"]) / 2
        y = (c["top"] + c["bottom"]) / 2
        for x0, top, x1, bottom in boxes:
            if x0 <= x <= x1 and top <= y <= bottom:
                break
        else:
            out.append(c)
    return out


def _inside(inner: BBox, outer: BBox, tolerance: float = 2.0) -> bool:
    return (inner[0] >= outer[0] - tolerance and inner[1] >= outer[1] - tolerance
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)


def _page_frame(found: FoundTable, size: tuple[float, float]) -> bool:
    """A box round the page's content, split at most in three by bands (a slide's frame
    over its footer strip): no table, its content read as the page's."""
    (x0, top, x1, bottom), cells = found
    return len(cells) <= 3 and x1 - x0 >= 0.8 * size[0] and bottom - top >= 0.7 * size[1]


def _ruled_tables(found_tables: Sequence[FoundTable], chars: Sequence[Obj],
                  fills: Sequence[Any], page_no: int, file: str,
                  extras: PageMarks | None = None) -> list[tuple[BBox, Table]]:
    """Tables from ruling lines and rectangle edges. A lone box (one cell: a page frame,
    a bordered paragraph, a coloured square) is not a table; a table inside another is
    dropped."""
    found = [t for t in found_tables if len(t[1]) > 1]
    found.sort(key=lambda t: -(t[0][2] - t[0][0]) * (t[0][3] - t[0][1]))
    out: list[tuple[BBox, Table]] = []
    index = CharIndex(chars) if found else None
    for bbox, cells in found:
        if any(_inside(bbox, kept) for kept, _ in out):
            continue
        raw = [RawCell(cell, index.within(cell)) for cell in cells]  # type: ignore[union-attr]
        table = build_table(raw, bbox, page_no, file, fills, extras)
        if table is None or table.n_rows * table.n_cols < 2:
            continue
        out.append((bbox, table))
    out.sort(key=lambda item: item[0][1])
    return out
