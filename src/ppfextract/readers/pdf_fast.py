"""The detailed pass over one PDF page on pypdfium2 (no pdfminer): the page's
characters and path objects, read through the raw pdfium API and turned into the
pdfplumber-style dicts :func:`.pdf_page.layout_page` consumes; ruled tables are found
by pdfplumber's table functions (snap, join, intersections, cells; in :mod:`.pdf_lines`)
on edges built from the paths.

What pdfium reports differently from pdfminer, and what is done about it:

* y grows upwards: every box is flipped (and the page rotation applied) to pdfminer's
  top-down page space, so boxes match pdfplumber's to within a fraction of a point;
* a character's box is pdfminer's: across, pdfium's loose box; up and down, the em
  box from the font's descent at the baseline (pdfium's loose box follows the glyph in
  some fonts, which would split words); its ``size`` is the em box's height;
* font names come without the subset prefix ("LiberationSans", not
  "CAAAAA+LiberationSans"); :func:`ppfextract.marks.font_family` strips it anyway;
* symbol fonts are decoded by pdfium (ZapfDingbats "4" -> U+2714, Symbol 0xD6 ->
  U+221A); :data:`SYMBOL_CODES` maps those back to the font byte, so a mark records
  the same code as with pdfplumber ("ZapfDingbats 34");
* a ligature comes as one char per letter, all with the glyph's box: they are joined
  into one char ("ff"), as pdfminer gives it; a hyphen ending a line comes as U+0002
  and is given back as "-";
* a glyph with no Unicode mapping (pdfplumber's ``(cid:N)``) is flagged by pdfium and
  given as ``(cid:N)`` with N its character code;
* colours arrive as RGB 0-255, already converted from grey, RGB or CMYK (pdfium's
  CMYK conversion is Adobe's, so CMYK (0, 1, 1, 0) is EE1D23, not FF0000).
"""

from __future__ import annotations

import ctypes
import math
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import marks
from ..document import BBox
from .pdf_lines import close_open_bottoms, find_table_cells, joined_edges
from .pdf_page import MAX_EDGES, FoundTable, PageResult, layout_page, symbol_font
from .pdf_tables import Obj
from .shapes import Shape

__all__ = ["SYMBOL_CODES", "c_function", "page_chars", "page_paths", "read_page_pdfium"]

_MAX_FORM_DEPTH = 4

# pdfium's Unicode for the symbol-font glyphs marks.py knows, back to the font byte.
SYMBOL_CODES: dict[str, dict[int, int]] = {
    "zapfdingbats": {
        0x2713: 0x33, 0x2714: 0x34, 0x2715: 0x35, 0x2716: 0x36, 0x2717: 0x37, 0x2718: 0x38,
        0x25CF: 0x6C, 0x25A0: 0x6E, 0x274F: 0x6F, 0x2750: 0x70, 0x2751: 0x71, 0x2752: 0x72,
        0x25C6: 0x75, 0x2663: 0xA8,
    },
    "symbol": {0x221A: 0xD6, 0x00D7: 0xB4, 0x2022: 0xB7, 0x00B0: 0xB0, 0x2663: 0xA8},
}
for _name in ("dingbats", "itczapfdingbats", "d050000l", "urwdingbats"):
    SYMBOL_CODES[_name] = SYMBOL_CODES["zapfdingbats"]
for _name in ("standardsymbolsps", "standardsymbolsl", "s050000l"):
    SYMBOL_CODES[_name] = SYMBOL_CODES["symbol"]

_LINE_END_HYPHEN = 0x02  # pdfium's stand-in for a hyphen that ends a line
_SEG_LINE = pdfium_c.FPDF_SEGMENT_LINETO
_SEG_MOVE = pdfium_c.FPDF_SEGMENT_MOVETO


class _PageSpace:
    """pdfium user space (y up) to pdfminer page space (y down, rotation applied)."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        x0, y0, x1, y1 = page.get_mediabox()
        self.rotation = page.get_rotation() % 360
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.height = (x1 - x0) if self.rotation in (90, 270) else (y1 - y0)

    def size(self) -> tuple[float, float]:
        """The page's width and height as shown (rotation applied)."""
        w, h = self.x1 - self.x0, self.y1 - self.y0
        return (h, w) if self.rotation in (90, 270) else (w, h)

    def point(self, x: float, y: float) -> tuple[float, float]:
        """(x, top) of a point."""
        r = self.rotation
        if r == 90:
            return y - self.y0, x - self.x0
        if r == 180:
            return self.x1 - x, y - self.y0
        if r == 270:
            return self.y1 - y, self.x1 - x
        return x - self.x0, self.y1 - y

    def box(self, left: float, bottom: float, right: float, top: float) -> BBox:
        """(x0, top, x1, bottom) of a box given as pdfium's (left, bottom, right, top)."""
        if self.rotation == 0:
            return left - self.x0, self.y1 - top, right - self.x0, self.y1 - bottom
        ax, at = self.point(left, bottom)
        bx, bt = self.point(right, top)
        return min(ax, bx), min(at, bt), max(ax, bx), max(at, bt)


# ---------------------------------------------------------------------------
# Characters


def _font_name(font: Any, buf: Any) -> str:
    n = pdfium_c.FPDFFont_GetBaseFontName(font, buf, len(buf))
    if n <= 1:
        return ""
    if n > len(buf):
        buf = ctypes.create_string_buffer(n)
        n = pdfium_c.FPDFFont_GetBaseFontName(font, buf, n)
    return buf.raw[:n - 1].decode("utf-8", "replace")


def _glyph_text(u: int, font: str, unmapped: bool) -> str:
    """A char's text as pdfplumber would give it: a symbol-font glyph as its font byte
    where pdfium decoded it to Unicode, an unmapped glyph as ``(cid:N)``."""
    if unmapped and not symbol_font(font):
        return f"(cid:{u})"
    if symbol_font(font) and u > 0xFF and not 0xF000 <= u <= 0xF0FF:
        code = SYMBOL_CODES.get(marks.font_family(font), {}).get(u)
        if code is not None:
            return chr(code)
    return chr(u) if 0 < u < 0x110000 else ""


@dataclass
class _Run:
    """What a text object tells about its chars: the font, and the em box's offsets
    from the baseline (pdfminer's: from the descent to the descent plus the size)."""

    font: str
    descent: float  # points, negative below the baseline
    size: float
    baseline: float | None = None  # y of the object's baseline, once asked
    angle: int = 0  # the direction its text runs, degrees anticlockwise (0: upright)
    turned: int = 0  # the same on the page as shown (its /Rotate applied)
    faint: bool = False  # filled in a light grey: greyed out
    hidden: bool = False  # drawn wholly outside its clip path: not on the page as shown


def _run(obj: Any, buf: Any) -> _Run:
    if not obj:
        return _Run("", 0.0, 0.0)
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    tf = ctypes.c_float()
    if not pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(tf)):
        tf.value = 0.0
    a, b, c, d, _, _ = _matrix(obj)
    size = tf.value * math.hypot(c, d)  # the height of the em box on the page
    descent = ctypes.c_float()
    if not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(size), ctypes.byref(descent)):
        descent.value = 0.0
    angle = 0
    if abs(b) > 1e-6 or a < 0:  # rotated text: to the nearest quarter turn
        angle = round(math.degrees(math.atan2(b, a)) / 90) % 4 * 90
    return _Run(_font_name(font, buf), descent.value, size, angle=angle, faint=_faint(obj),
                hidden=_clipped_out(obj))


def _clipped_out(obj: Any) -> bool:
    """Is the object drawn wholly outside its clip path (a spreadsheet's merged cell cut
    at a page break draws its text again on the next page, clipped out of view)? A clip
    of one rectangle (the usual case) is read from its first three corners."""
    clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return False
    n = pdfium_c.FPDFClipPath_CountPaths(clip)
    if n <= 0:
        return False
    x, y = _FLOATS[0], _FLOATS[1]
    xref, yref = _FLOAT_REFS[0], _FLOAT_REFS[1]
    xs: list[float] = []
    ys: list[float] = []
    for i in range(n):
        count = pdfium_c.FPDFClipPath_CountPathSegments(clip, i)
        for j in range(count):
            seg = pdfium_c.FPDFClipPath_GetPathSegment(clip, i, j)
            if seg and pdfium_c.FPDFPathSegment_GetPoint(seg, xref, yref):
                xs.append(x.value)
                ys.append(y.value)
            if j == 2 and n == 1 and count in (4, 5) and (xs[0] == xs[1] or ys[0] == ys[1]) \
                    and (xs[1] == xs[2] or ys[1] == ys[2]) and len(xs) == 3:
                break  # a rectangle (moveto, three linetos, close): its corners so far span it
    if not xs or not pdfium_c.FPDFPageObj_GetBounds(obj, *_FLOAT_REFS):
        return False
    left, bottom, right, top = (v.value for v in _FLOATS)
    slack = 1.0
    return (left > max(xs) + slack or right < min(xs) - slack
            or bottom > max(ys) + slack or top < min(ys) - slack)


_RGBA = [ctypes.c_uint() for _ in range(4)]
_RGBA_REFS = tuple(ctypes.byref(v) for v in _RGBA)
_FLOATS = [ctypes.c_float() for _ in range(4)]
_FLOAT_REFS = tuple(ctypes.byref(v) for v in _FLOATS)


def _faint(obj: Any) -> bool:
    """Text filled in a light grey, or faded (alpha at most 60%): greyed out."""
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, *_RGBA_REFS):
        return False
    r, g, b, a = (v.value for v in _RGBA)
    if a <= 153:
        return True
    if r == g == b == 0:
        return False  # black, as nearly all text is
    return marks.is_faint_text(f"{r:02X}{g:02X}{b:02X}")


def _new_run(runs: dict[int | None, _Run], key: int | None, tp: Any, i: int, buf: Any,
             page_turn: int) -> _Run:
    """The :class:`_Run` of char ``i``'s text object, remembered under ``key``."""
    run = runs[key] = _run(pdfium_c.FPDFText_GetTextObject(tp, i), buf)
    run.turned = (run.angle - page_turn) % 360
    return run


def _set_aside(char: Obj, run: _Run, space: _PageSpace,
               box: tuple[float, float, float, float]) -> None:
    """What only some chars carry: greyed out; running sideways on the page (its own box
    and direction)."""
    if run.faint:
        char["ppf_faint"] = True
    if run.turned:
        char["ppf_angle"] = run.turned
        char["ppf_box"] = space.box(*box)


def c_function(func: Any, restype: Any) -> Any:
    """``func`` of the pdfium library called with no argument types, so with no
    converter per argument per call: an int argument goes as a C int, a pointer as a
    ``ctypes.c_void_p`` the caller makes once; the result is an int (``restype``
    ``c_void_p``: an address or None). For the calls made once per character or line.
    (pypdfium2 loads pdfium as a ``CDLL``, so the prototype is ``CFUNCTYPE``; a C
    function's arguments beyond its prototype's go by the default conversions.)"""
    address = ctypes.cast(func, ctypes.c_void_p).value
    if address is None:
        raise RuntimeError(f"no address for {func!r}")
    return ctypes.CFUNCTYPE(restype)(address)


_VOID_P = ctypes.c_void_p
# (text page, char index) -> its text object; (text page, index, FS_RECTF*) -> ok;
# (text page, index) -> whether pdfium generated the char (a space or line break)
_GET_OBJECT = c_function(pdfium_c.FPDFText_GetTextObject, _VOID_P)
_GET_BOX = c_function(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)
_IS_GENERATED = c_function(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
_SKIPPED = frozenset((0x0D, 0x0A, 0xFFFE, 0))
_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom (C floats)


def _page_text(tp: Any, n: int) -> str | None:
    """The text of the page from one FPDFText_GetText call (UTF-16LE), one code unit
    per char index, instead of a FPDFText_GetUnicode call per char; None when that does
    not hold (a surrogate pair, or a length that is not the char count). Where the text
    may not give the char's own code (a control code; U+FFFE, which it also has for
    pdfium's line-end hyphen U+0002), :func:`page_chars` asks per char."""
    if n <= 0:
        return None
    buf = (ctypes.c_ushort * (n + 1))()
    if pdfium_c.FPDFText_GetText(tp, 0, n, buf) != n + 1:
        return None
    try:
        text = bytes(buf)[:2 * n].decode("utf-16-le")
    except UnicodeDecodeError:  # a lone surrogate
        return None
    return text if len(text) == n else None


def page_chars(textpage: pdfium.PdfTextPage, space: _PageSpace) -> list[Obj]:
    """The characters of a page (pdfium's generated spaces and line breaks left out),
    as pdfplumber-style char dicts: x from pdfium's loose box, top and bottom from the
    baseline and the font's em box, as pdfminer has them (pdfium's loose box height
    varies with the glyph in some fonts, which would split words)."""
    tp = textpage.raw
    n = pdfium_c.FPDFText_CountChars(tp)
    tp_ptr = _VOID_P(ctypes.cast(tp, _VOID_P).value)  # for the calls without conversion
    page_text = _page_text(tp, n)
    rect = pdfium_c.FS_RECTF()
    rect_ptr = _VOID_P(ctypes.addressof(rect))
    read_rect = _RECT.unpack_from  # left, top, right, bottom in one call
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_ref, oy_ref = ctypes.byref(ox), ctypes.byref(oy)
    buf = ctypes.create_string_buffer(128)
    runs: dict[int | None, _Run] = {}
    get_unicode = pdfium_c.FPDFText_GetUnicode
    get_box = _GET_BOX
    get_origin = pdfium_c.FPDFText_GetCharOrigin
    get_object = _GET_OBJECT
    is_generated = _IS_GENERATED
    map_error = pdfium_c.FPDFText_HasUnicodeMapError
    skipped = _SKIPPED
    upright = space.rotation == 0
    page_turn = space.rotation
    sx0, sy1 = space.x0, space.y1
    out: list[Obj] = []
    last_obj: int | None = -1
    last_key: int | None = -1
    prev: Obj | None = None
    run = _Run("", 0.0, 0.0)
    font, size, descent = run.font, run.size, run.descent
    sizes: dict[float, float] = {}
    for i in range(n):
        if page_text is None:
            u = get_unicode(tp, i)
        else:
            u = ord(page_text[i])
            if u < 0x20 or u >= 0xFFFE:
                u = get_unicode(tp, i)
        if u in skipped or (u == 0x20 and is_generated(tp_ptr, i)):
            continue
        key = get_object(tp_ptr, i)
        if key != last_obj:
            last_obj = key
            run = runs.get(key) or _new_run(runs, key, tp, i, buf, page_turn)
            font, size, descent = run.font, run.size, run.descent
        if 0x20 <= u < 0x7F:
            text = chr(u)  # plain ASCII: what _glyph_text gives it whatever the font
        else:
            suspect = u < 0x20 or u >= 0xE000  # control, private-use or replacement codes
            text = "-" if u == _LINE_END_HYPHEN else _glyph_text(
                u, font, bool(suspect and map_error(tp, i)))
        if not text or run.hidden or not get_box(tp_ptr, i, rect_ptr):
            continue
        left, box_top, right, box_bottom = read_rect(rect)
        low, high = box_bottom, box_top
        if size > 0:
            # a text object draws on one baseline: ask pdfium once per object, again
            # only when the char's own box is off that line (rotated text)
            base = run.baseline
            if base is None or not (low < base + size and high > base + descent):
                base = oy.value if get_origin(tp, i, ox_ref, oy_ref) else None
                run.baseline = base
            if base is not None:
                low = base + descent
                high = low + size
        if upright:
            x0, top, x1, bottom = left - sx0, sy1 - high, right - sx0, sy1 - low
        else:
            x0, top, x1, bottom = space.box(left, low, right, high)
        if prev is not None and key == last_key and prev["x0"] == x0 and prev["x1"] == x1 and (
                prev["top"] == top) and not run.turned:
            prev["text"] += text  # a ligature: pdfium gives each letter the glyph's box
            continue
        last_key = key
        height = bottom - top
        rounded = sizes.get(height)  # round(x, 2) formats a string: once per height
        if rounded is None:
            rounded = sizes[height] = round(height, 2)
        prev = {"object_type": "char", "text": text, "fontname": font,
                "size": rounded, "x0": x0, "x1": x1, "top": top,
                "bottom": bottom, "doctop": top, "width": x1 - x0,
                "height": height, "upright": True}
        if run.turned or run.faint:
            _set_aside(prev, run, space, (left, box_bottom, right, box_top))
        out.append(prev)
    return out


# ---------------------------------------------------------------------------
# Paths


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _matrix(obj: Any) -> _Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """``inner`` then ``outer``."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer  # noqa: N806 - the usual matrix names
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _path_objects(page: pdfium.PdfPage) -> Iterator[tuple[Any, _Matrix]]:
    """Every path object of the page (inside forms too) with its full matrix."""
    def walk(count: int, get: Any, parent: Any, outer: _Matrix, depth: int,
             ) -> Iterator[tuple[Any, _Matrix]]:
        for i in range(count):
            obj = get(parent, i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                yield obj, _compose(_matrix(obj), outer)
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                yield from walk(pdfium_c.FPDFFormObj_CountObjects(obj),
                                pdfium_c.FPDFFormObj_GetObject, obj,
                                _compose(_matrix(obj), outer), depth + 1)

    yield from walk(pdfium_c.FPDFPage_CountObjects(page.raw), pdfium_c.FPDFPage_GetObject,
                    page.raw, _IDENTITY, 0)


def _subpaths(obj: Any, m: _Matrix, space: _PageSpace,
              closes: list[bool] | None = None) -> list[tuple[list[tuple[float, float]], bool]]:
    """The subpaths of a path object: their points in page space, and whether each is
    made of straight segments only (and, into ``closes`` when given, whether each is
    closed)."""
    a, b, c, d, e, f = m
    x = ctypes.c_float()
    y = ctypes.c_float()
    xr, yr = ctypes.byref(x), ctypes.byref(y)
    out: list[tuple[list[tuple[float, float]], bool]] = []
    pts: list[tuple[float, float]] = []
    straight = True
    closed = False
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        pdfium_c.FPDFPathSegment_GetPoint(seg, xr, yr)
        px, py = x.value, y.value
        point = space.point(a * px + c * py + e, b * px + d * py + f)
        if kind == _SEG_MOVE and pts:
            out.append((pts, straight))
            if closes is not None:
                closes.append(closed)
            pts, straight, closed = [], True, False
        elif kind != _SEG_LINE and kind != _SEG_MOVE:
            straight = False
        pts.append(point)
        if closes is not None and pdfium_c.FPDFPathSegment_GetClose(seg):
            closed = True
    if pts:
        out.append((pts, straight))
        if closes is not None:
            closes.append(closed)
    return out


def _box_sized(w: float, h: float) -> bool:
    """The size of a checkbox's square: 5 to 16 points a side, near enough square."""
    return 5.0 <= w <= 16.0 and 5.0 <= h <= 16.0 and abs(w - h) <= 0.2 * max(w, h)


def _is_rect(pts: Sequence[tuple[float, float]]) -> bool:
    if len(pts) == 5 and pts[4] == pts[0]:
        pts = pts[:4]
    if len(pts) != 4:
        return False
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = pts
    return ((ax == bx and by == cy and cx == dx and dy == ay)
            or (ay == by and bx == cx and cy == dy and dx == ax))


def _bounds(pts: Sequence[tuple[float, float]]) -> BBox:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str | None,
          kind: str) -> Obj:
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation}


@dataclass
class PathFinds:
    """What the paths of a page draw besides tables and fills: small shapes that may be
    marks (ticks, crosses, boxes, radio circles), as (bbox, shapes) per path object, and
    thin horizontal lines (strike-throughs, underlines, rules), as boxes."""

    small: list[tuple[BBox, list[Shape]]] = field(default_factory=list)
    strokes: list[BBox] = field(default_factory=list)


_MARK_MAX = 30.0  # points: a path object wider or taller than this is no mark
_MARK_MIN = 2.0


def page_paths(page: pdfium.PdfPage, space: _PageSpace, found: PathFinds | None = None,
               ) -> tuple[list[Obj], list[Obj]]:
    """The page's filled shapes (rects and curves, for cell fills) and its edges (of
    lines, rects and curves, for ruled tables), classified as pdfminer does: a subpath of
    two points is a line, of four axis-aligned corners a rect, anything else a curve.
    With ``found``, also the small shapes and thin horizontal lines of :class:`PathFinds`
    (paint in white or near-white is not ink)."""
    shapes: list[Obj] = []
    edges: list[Obj] = []
    fill_mode = ctypes.c_int()
    stroke = ctypes.c_int()
    rgba = [ctypes.c_uint() for _ in range(4)]
    refs = [ctypes.byref(v) for v in rgba]
    for obj, m in _path_objects(page):
        if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode),
                                             ctypes.byref(stroke)):
            continue
        filled = fill_mode.value != pdfium_c.FPDF_FILLMODE_NONE
        if not filled and not stroke.value:
            continue  # neither filled nor stroked: invisible
        colour: tuple[float, float, float] | None = None
        if filled and pdfium_c.FPDFPageObj_GetFillColor(obj, *refs):
            colour = (rgba[0].value / 255, rgba[1].value / 255, rgba[2].value / 255)
        closes: list[bool] | None = [] if found is not None else None
        subpaths = _subpaths(obj, m, space, closes)
        for pts, straight in subpaths:
            if len(pts) < 2:
                continue
            x0, top, x1, bottom = _bounds(pts)
            if straight and len(pts) == 2:
                # (a slanted stroke, a cross's arm, rules no cell)
                orientation = "h" if top == bottom else (
                    "v" if x1 - x0 <= 1.0 or bottom - top <= 1.0 else "")
                if orientation:
                    edges.append(_edge(x0, top, x1, bottom, orientation, "line"))
                continue
            if straight and _is_rect(pts):
                if not filled and _box_sized(x1 - x0, bottom - top):
                    # a checkbox's square, outlined (a form field's box, drawn apart from
                    # the table's rules): a mark, not four rules that split the cell it is
                    # in (a filled square is a small cell's background: its edges rule)
                    continue
                edges += [_edge(x0, top, x1, top, "h", "rect_edge"),
                          _edge(x0, bottom, x1, bottom, "h", "rect_edge"),
                          _edge(x0, top, x0, bottom, "v", "rect_edge"),
                          _edge(x1, top, x1, bottom, "v", "rect_edge")]
            else:
                for p, q in zip(pts, pts[1:], strict=False):
                    way: str | None = "v" if p[0] == q[0] else ("h" if p[1] == q[1] else None)
                    if way is not None:
                        edges.append(_edge(min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]),
                                           max(p[1], q[1]), way, "curve_edge"))
            if filled:
                shapes.append({"x0": x0, "top": top, "x1": x1, "bottom": bottom,
                               "fill": True, "non_stroking_color": colour})
        if found is not None and subpaths:
            _find_marks_and_strokes(obj, subpaths, closes or [], filled, colour,
                                    bool(stroke.value), refs, rgba, found)
    return shapes, edges


def _find_marks_and_strokes(obj: Any, subpaths: list[tuple[list[tuple[float, float]], bool]],
                            closes: list[bool], filled: bool,
                            colour: tuple[float, float, float] | None, stroked: bool,
                            refs: list[Any], rgba: list[Any], found: PathFinds) -> None:
    """Note a path object as a possible mark (small, visible) or a thin horizontal line."""
    xs = [p[0] for pts, _ in subpaths for p in pts]
    ys = [p[1] for pts, _ in subpaths for p in pts]
    box: BBox = (min(xs), min(ys), max(xs), max(ys))
    w, h = box[2] - box[0], box[3] - box[1]
    inked_fill = filled and colour is not None and not _pale(colour)
    inked_stroke = False
    if stroked and pdfium_c.FPDFPageObj_GetStrokeColor(obj, *refs):
        inked_stroke = not _pale((rgba[0].value / 255, rgba[1].value / 255, rgba[2].value / 255))
    if not inked_fill and not inked_stroke:  # white on white (a disc under a radio ring)
        return
    if h <= 1.6 and w >= 2.0:
        found.strokes.append(box)  # a rule, an underline or a strike-through
        return
    if max(w, h) > _MARK_MAX or max(w, h) < _MARK_MIN:
        return
    found.small.append((box, [
        Shape(tuple(pts), closed or _is_rect(pts), inked_fill, inked_stroke, straight)
        for (pts, straight), closed in zip(subpaths, closes or [False] * len(subpaths),
                                           strict=False)]))


def _pale(rgb: tuple[float, float, float]) -> bool:
    return min(rgb) >= 0.92


_MAX_GLYPHS_RENDERED = 60  # per page
# the first letters of an unmapped glyph's text: '(' of '(cid:N)', or a private-use glyph
# (a set test, before the slower tests, for every char)
_UNMAPPED_FIRST = frozenset("(" + "".join(map(chr, range(0xF000, 0xF100))))


def _read_unmapped_glyphs(page: pdfium.PdfPage, space: _PageSpace, chars: list[Obj]) -> None:
    """A glyph with no Unicode mapping (a symbol re-subset without its ToUnicode map, as
    Ghostscript leaves some), or a private-use glyph of a font we cannot name (a symbol
    font renamed), is decided by what it draws: its box is rendered and its
    pixels classified (:func:`~ppfextract.readers.shapes.raster_kind`); a tick, cross,
    box or radio is noted on the char as ``ppf_glyph``. Only upright pages, a few
    glyphs a page."""
    unmapped = [c for c in chars if c["text"][0] in _UNMAPPED_FIRST and (
        c["text"].startswith("(cid:") or (
            len(c["text"]) == 1 and 0xF000 <= ord(c["text"]) <= 0xF0FF
            and not symbol_font(c["fontname"])))]
    if not unmapped or space.rotation != 0:
        return
    from .shapes import pixels_mark

    for c in unmapped[:_MAX_GLYPHS_RENDERED]:
        x0, top, x1, bottom = c["x0"], c["top"], c["x1"], c["bottom"]
        w, h = x1 - x0, bottom - top
        if w <= 0.5 or h <= 0.5 or max(w, h) > 40:
            continue
        scale = 48 / max(w, h)
        width, height = space.x1 - space.x0, space.y1 - space.y0
        crop = (max(0.0, x0), max(0.0, height - bottom), max(0.0, width - x1), max(0.0, top))
        try:
            image = page.render(scale=scale, crop=crop, may_draw_forms=False).to_pil()
        except Exception:  # a page pdfium cannot render: the glyph stays unread
            continue
        kind = pixels_mark(image)
        if kind is not None:
            c["ppf_glyph"] = kind


# past this many segments a page is not read for ruled tables even when they might join
# into few lines (joining is itself a sort of every segment)
MAX_RAW_EDGES = 60000


def find_tables(edges: Sequence[Obj]) -> list[FoundTable]:
    """Ruled tables as (bbox, cell boxes): pdfplumber's "lines" strategy on ``edges``."""
    out: list[FoundTable] = []
    for group in find_table_cells(close_open_bottoms(edges)):
        cells: list[BBox] = list(group)
        bbox: BBox = (min(c[0] for c in cells), min(c[1] for c in cells),
                      max(c[2] for c in cells), max(c[3] for c in cells))
        out.append((bbox, cells))
    return out


# ---------------------------------------------------------------------------
# The page


def read_page_pdfium(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, page_no: int,
                     file: str) -> PageResult:
    """Tables and paragraphs of one page, as :func:`.pdf_page.read_page` gives them."""
    space = _PageSpace(page)
    chars = page_chars(textpage, space)
    _read_unmapped_glyphs(page, space, chars)
    found = PathFinds()
    shapes, edges = page_paths(page, space, found)
    if MAX_EDGES < len(edges) <= MAX_RAW_EDGES:
        # dashed or dotted rules come as many short segments (a browser's dashed cell
        # borders): joined as the table finder joins them, they are a few lines
        edges = joined_edges(edges)
    return layout_page(chars, shapes, len(edges), lambda: find_tables(edges), page_no, file,
                       small=found.small, strokes=found.strokes, size=space.size())
