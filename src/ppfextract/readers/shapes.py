"""What a small drawing is, as a mark: a tick, a cross, an empty or checked box, a filled
or empty radio circle. One classifier for vector shapes (PDF paths, SVG elements) and one
for pixels (PNG, GIF, JPEG pictures), so a mark is decided by what it draws, not by what
its file or font is called.

Coordinates are top-down (y grows downwards), in any unit: only proportions count.
"""

from __future__ import annotations

import base64
import binascii
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import MarkKind

if TYPE_CHECKING:
    from lxml import etree

Point = tuple[float, float]


@dataclass(frozen=True)
class Shape:
    """One subpath: its points (curve control points included), whether it is closed,
    filled, stroked and made of straight segments only."""

    points: tuple[Point, ...]
    closed: bool
    filled: bool
    stroked: bool
    straight: bool = True

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)


def _union(shapes: Sequence[Shape]) -> tuple[float, float, float, float]:
    boxes = [s.bbox for s in shapes]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


def _squarish(box: tuple[float, float, float, float], tolerance: float = 0.45) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return w > 0 and h > 0 and abs(w - h) <= tolerance * max(w, h)


def _is_rect(shape: Shape) -> bool:
    pts = list(shape.points)
    if len(pts) >= 2 and _close(pts[0], pts[-1]):
        pts = pts[:-1]
    if len(pts) != 4 or not shape.straight:
        return False
    x0, y0, x1, y1 = shape.bbox
    tol = 0.08 * max(x1 - x0, y1 - y0, 1e-9)
    return all((abs(x - x0) <= tol or abs(x - x1) <= tol) and (abs(y - y0) <= tol
               or abs(y - y1) <= tol) for x, y in pts)


def _close(a: Point, b: Point) -> bool:
    return abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) < 1e-6


def _inside(inner: tuple[float, float, float, float], outer: tuple[float, float, float, float],
            ) -> bool:
    pad = 0.05 * max(outer[2] - outer[0], outer[3] - outer[1])
    return (inner[0] >= outer[0] - pad and inner[1] >= outer[1] - pad
            and inner[2] <= outer[2] + pad and inner[3] <= outer[3] + pad)


def classify_shapes(shapes: Sequence[Shape]) -> MarkKind | None:
    """The mark a group of subpaths draws, or None (a line, a frame, a letter, a logo)."""
    shapes = [s for s in shapes if len(s.points) >= 2 and (s.filled or s.stroked)]
    if not shapes:
        return None
    box = _union(shapes)
    w, h = box[2] - box[0], box[3] - box[1]
    if w <= 0 and h <= 0:
        return None
    outline = _outline(shapes, box)
    if outline is not None:
        frame, rest = outline
        circle = _is_circle(frame)
        if not rest:
            if frame.filled:
                return MarkKind.RADIO_ON if circle else MarkKind.CHECKED_BOX
            return MarkKind.RADIO_OFF if circle else MarkKind.UNCHECKED_BOX
        # a circle with a dot in it; a box with a tick, a cross or a square in it
        return MarkKind.RADIO_ON if circle else MarkKind.CHECKED_BOX
    return _stroke_kind(shapes, box)


def _outline(shapes: Sequence[Shape], box: tuple[float, float, float, float],
             ) -> tuple[Shape, list[Shape]] | None:
    """The closed square or round shape that frames the drawing, and what is inside it."""
    if not _squarish(box, 0.3):
        return None
    span = max(box[2] - box[0], box[3] - box[1])
    for frame in shapes:
        fb = frame.bbox
        if max(fb[2] - fb[0], fb[3] - fb[1]) < 0.85 * span or not _squarish(fb, 0.3):
            continue
        round_ = not frame.straight and len(frame.points) >= 5
        if not (round_ or _is_rect(frame)):
            continue
        if not (frame.closed or round_ or frame.filled):
            continue
        # (a second outline of the frame is the frame: its fill under its stroke; a
        # stroke from corner to corner, a cross's arm, is what is in it)
        rest = [s for s in shapes if s is not frame and not (
            _same_box(s.bbox, fb) and len(s.points) > 2)]
        if all(_inside(s.bbox, fb) for s in rest):
            return frame, rest
    return None


def _is_circle(shape: Shape) -> bool:
    """A round outline (a radio button), not a square one with rounded corners (a
    checkbox): every point about as far from the centre as every other."""
    if shape.straight or len(shape.points) < 5:
        return False
    x0, y0, x1, y1 = shape.bbox
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = max((x1 - x0) / 2, 1e-9), max((y1 - y0) / 2, 1e-9)
    far = [math.hypot((x - cx) / rx, (y - cy) / ry) for x, y in shape.points]
    return max(far) <= 1.15  # a rounded square's corners lie further out (up to 1.41)


def _same_box(a: tuple[float, float, float, float], b: tuple[float, float, float, float],
              ) -> bool:
    tol = 0.06 * max(b[2] - b[0], b[3] - b[1], 1e-9)
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def _stroke_kind(shapes: Sequence[Shape], box: tuple[float, float, float, float],
                 ) -> MarkKind | None:
    """A tick (a V whose right arm is the longer, rising to the top) or a cross (two
    diagonals of opposite slope), drawn as strokes or as a filled outline."""
    w, h = box[2] - box[0], box[3] - box[1]
    if w <= 0 or h <= 0 or not 0.3 <= w / h <= 3.0:
        return None
    diagonals = [s for s in shapes if len(s.points) == 2 and s.stroked]
    if len(diagonals) == 2 and len(shapes) == 2 and all(
            abs(s.points[1][0] - s.points[0][0]) >= 0.4 * w
            and abs(s.points[1][1] - s.points[0][1]) >= 0.4 * h for s in diagonals):
        # two diagonals crossing inside both (a chevron's meet at an end)
        if _crossing(diagonals[0].points, diagonals[1].points):
            return MarkKind.CROSS
        return None
    points = [p for s in shapes for p in s.points]
    if len(points) < 3:
        return None
    return _tick_by_points(points, box)


def _crossing(a: Sequence[Point], b: Sequence[Point]) -> bool:
    """Do segments a and b cross away from their ends (between 15% and 85% of each)?"""
    (x1, y1), (x2, y2) = a[0], a[1]
    (x3, y3), (x4, y4) = b[0], b[1]
    den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if abs(den) < 1e-9:
        return False
    t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den
    u = -((x1 - x2) * (y1 - y3) - (y1 - y2) * (x1 - x3)) / den
    return 0.15 <= t <= 0.85 and 0.15 <= u <= 0.85


def _tick_by_points(points: Sequence[Point], box: tuple[float, float, float, float],
                    ) -> MarkKind | None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    lowest = max(points, key=lambda p: p[1])
    if not 0.1 * w <= lowest[0] - x0 <= 0.65 * w:
        return None
    if lowest[1] < y1 - 0.1 * h:
        return None
    # the right arm rises to the top on the right; the left arm starts lower, on the left
    right_top = [p for p in points if p[0] - x0 >= 0.7 * w and p[1] - y0 <= 0.35 * h]
    left = [p for p in points if p[0] - x0 <= 0.2 * w]
    if not right_top or not left:
        return None
    left_top = min(p[1] for p in left) - y0
    if not 0.15 * h <= left_top <= 0.85 * h:
        return None
    # not a filled letter V or a chevron: nothing near the top on the left
    if any(p[1] - y0 < 0.1 * h for p in left):
        return None
    return MarkKind.TICK


# ---------------------------------------------------------------------------
# Pixels


def classify_pixels(mask: Sequence[Sequence[bool]]) -> MarkKind | None:
    """The mark a small picture draws, from its ink mask (rows of booleans)."""
    rows = [i for i, row in enumerate(mask) if any(row)]
    if not rows:
        return None
    cols = [j for j in range(len(mask[0])) if any(row[j] for row in mask)]
    r0, r1, c0, c1 = rows[0], rows[-1], cols[0], cols[-1]
    h, w = r1 - r0 + 1, c1 - c0 + 1
    if h < 5 or w < 5 or not 0.33 <= w / h <= 3.0:
        return None
    ink = [[mask[r][c] for c in range(c0, c1 + 1)] for r in range(r0, r1 + 1)]
    area = sum(sum(row) for row in ink)
    fill = area / (w * h)
    band = max(1, round(0.12 * min(w, h)))

    def filled(ra: int, rb: int, ca: int, cb: int) -> float:
        cells = [ink[r][c] for r in range(ra, rb) for c in range(ca, cb)]
        return sum(cells) / len(cells) if cells else 0.0

    def reached(ra: int, rb: int, ca: int, cb: int, across: bool) -> float:
        """The share of the rows (or columns) of a side band that hold ink."""
        if across:  # columns of a top or bottom band
            return sum(any(ink[r][c] for r in range(ra, rb)) for c in range(ca, cb)) / (cb - ca)
        return sum(any(ink[r][c] for c in range(ca, cb)) for r in range(ra, rb)) / (rb - ra)

    edges = [reached(0, band, 0, w, True), reached(h - band, h, 0, w, True),
             reached(0, h, 0, band, False), reached(0, h, w - band, w, False)]
    corner = max(1, round(0.15 * min(w, h)))
    corners = [filled(0, corner, 0, corner), filled(0, corner, w - corner, w),
               filled(h - corner, h, 0, corner), filled(h - corner, h, w - corner, w)]
    inner = filled(round(0.3 * h), round(0.7 * h), round(0.3 * w), round(0.7 * w))
    square = abs(w - h) <= 0.25 * max(w, h)
    if square and min(edges) > 0.8:  # a frame, or a filled square
        if inner < 0.08:
            return MarkKind.UNCHECKED_BOX
        return MarkKind.CHECKED_BOX
    if square and max(corners) < 0.25 and min(edges) > 0.3:  # round
        if fill > 0.6:  # a disc: solid, not an icon with a letter cut out of it
            return MarkKind.RADIO_ON if inner > 0.92 else None
        if inner < 0.08:
            return MarkKind.RADIO_OFF
        return MarkKind.RADIO_ON if inner > 0.25 else None  # a ring with a dot in it
    if fill > 0.6:
        return None
    points = [(float(c), float(r)) for r in range(h) for c in range(w) if ink[r][c]]
    if _on_diagonals(ink, w, h):
        return MarkKind.CROSS
    return _tick_by_points(points, (0.0, 0.0, float(w - 1), float(h - 1)))


def _on_diagonals(ink: Sequence[Sequence[bool]], w: int, h: int) -> bool:
    """Ink along both diagonals, and little in the middle of the four sides."""
    hits = [0, 0]
    n = 24
    reach = max(1, round(0.08 * max(w, h)))
    for k in range(n):
        t = (k + 0.5) / n
        for d, (x, y) in enumerate(((t * (w - 1), t * (h - 1)), ((1 - t) * (w - 1), t * (h - 1)))):
            r, c = round(y), round(x)
            if any(ink[rr][cc] for rr in range(max(0, r - reach), min(h, r + reach + 1))
                   for cc in range(max(0, c - reach), min(w, c + reach + 1))):
                hits[d] += 1
    mid_sides = [ink[0][w // 2], ink[h - 1][w // 2], ink[h // 2][0], ink[h // 2][w - 1]]
    return min(hits) >= 0.85 * n and not any(mid_sides)


def raster_mark(data: bytes, max_side: int = 96) -> MarkKind | None:
    """The mark a small picture (PNG, GIF, JPEG, BMP) draws; None for a larger picture,
    one Pillow cannot read, or one that draws no mark. Pillow is imported only here."""
    try:
        from PIL import Image, UnidentifiedImageError
    except ImportError:  # pragma: no cover - pdfplumber depends on Pillow
        return None
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.width > max_side or im.height > max_side or im.width * im.height == 0:
                return None
            rgba = im.convert("RGBA")
            raw = rgba.tobytes()
            width, height = rgba.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    mask = [[_ink(raw, 4 * (r * width + c)) for c in range(width)] for r in range(height)]
    return classify_pixels(mask)


def pixels_mark(image: object, max_side: int = 96) -> MarkKind | None:
    """:func:`raster_mark` of a Pillow image already open (a rendered glyph)."""
    rgba = image.convert("RGBA")  # type: ignore[attr-defined]
    width, height = rgba.size
    if width > max_side or height > max_side or width * height == 0:
        return None
    raw = rgba.tobytes()
    mask = [[_ink(raw, 4 * (r * width + c)) for c in range(width)] for r in range(height)]
    return classify_pixels(mask)


def _ink(raw: bytes, i: int) -> bool:
    r, g, b, a = raw[i], raw[i + 1], raw[i + 2], raw[i + 3]
    if a < 128:
        return False
    lightest, darkest = max(r, g, b), min(r, g, b)
    return darkest < 150 or (lightest - darkest) > 90  # dark, or a strong colour


# ---------------------------------------------------------------------------
# SVG

_SVG_NS = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_COMMAND = re.compile(r"([MmLlHhVvCcSsQqTtAaZz])([^MmLlHhVvCcSsQqTtAaZz]*)")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def svg_mark(data: bytes | str) -> MarkKind | None:
    """The mark an SVG picture draws (its paths, lines, rectangles and circles)."""
    from lxml import etree  # here: the PDF reader never needs it

    try:
        root = etree.fromstring(data.encode("utf-8") if isinstance(data, str) else data,
                                etree.XMLParser(resolve_entities=False, no_network=True,
                                                huge_tree=False))
    except (etree.XMLSyntaxError, ValueError):
        return None
    shapes = svg_shapes(root)
    if not shapes or len(shapes) > 40:
        return None
    return classify_shapes(shapes)


def svg_shapes(root: Any) -> list[Shape]:
    shapes: list[Shape] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.replace(_SVG_NS, "")
        if tag in ("defs", "clipPath", "mask", "symbol"):
            continue
        if any(isinstance(a.tag, str) and a.tag.replace(_SVG_NS, "") in ("defs", "clipPath",
                                                                           "mask")
               for a in el.iterancestors()):
            continue
        paint = _paint(el)
        if paint is None:
            continue
        filled, stroked = paint
        shapes.extend(_element_shapes(el, tag, filled, stroked))
    return shapes


def _paint(el: etree._Element) -> tuple[bool, bool] | None:
    """(filled, stroked), inherited as SVG paints; None when invisible."""
    fill: str | None = None
    stroke: str | None = None
    node: etree._Element | None = el
    while node is not None and (fill is None or stroke is None):
        style = dict(part.split(":", 1) for part in (node.get("style") or "").split(";")
                     if ":" in part)
        style = {k.strip(): v.strip() for k, v in style.items()}
        if fill is None:
            fill = style.get("fill") or node.get("fill")
        if stroke is None:
            stroke = style.get("stroke") or node.get("stroke")
        if (style.get("display") == "none" or node.get("display") == "none"
                or node.get("visibility") == "hidden"):
            return None
        node = node.getparent()
    filled = (fill or "black").strip().lower() not in ("none", "transparent", "white", "#fff",
                                                       "#ffffff")
    stroked = stroke is not None and stroke.strip().lower() not in ("none", "transparent")
    return (filled, stroked) if filled or stroked else None


def _num(el: etree._Element, name: str, default: float = 0.0) -> float:
    m = _NUMBER.match((el.get(name) or "").strip())
    return float(m[0]) if m else default


def _element_shapes(el: etree._Element, tag: str, filled: bool, stroked: bool) -> list[Shape]:
    if tag == "rect":
        x, y, w, h = _num(el, "x"), _num(el, "y"), _num(el, "width"), _num(el, "height")
        if w <= 0 or h <= 0:
            return []
        rounded = _num(el, "rx") > 0.3 * min(w, h)
        pts: tuple[Point, ...] = ((x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y))
        if rounded:
            return [Shape(_ellipse(x + w / 2, y + h / 2, w / 2, h / 2), True, filled, stroked,
                          False)]
        return [Shape(pts, True, filled, stroked)]
    if tag in ("circle", "ellipse"):
        cx, cy = _num(el, "cx"), _num(el, "cy")
        rx = _num(el, "r") if tag == "circle" else _num(el, "rx")
        ry = _num(el, "r") if tag == "circle" else _num(el, "ry")
        if rx <= 0 or ry <= 0:
            return []
        return [Shape(_ellipse(cx, cy, rx, ry), True, filled, stroked, False)]
    if tag == "line":
        pts = ((_num(el, "x1"), _num(el, "y1")), (_num(el, "x2"), _num(el, "y2")))
        return [Shape(pts, False, False, stroked or True)]
    if tag in ("polyline", "polygon"):
        values = [float(v) for v in _NUMBER.findall(el.get("points") or "")]
        pts = tuple(zip(values[0::2], values[1::2], strict=False))
        if len(pts) < 2:
            return []
        closed = tag == "polygon"
        return [Shape(pts + ((pts[0],) if closed else ()), closed,
                      filled and (closed or len(pts) > 2), stroked)]
    if tag == "path":
        return [Shape(pts, closed, filled and (closed or len(pts) > 2), stroked, straight)
                for pts, closed, straight in _path_points(el.get("d") or "")]
    return []


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> tuple[Point, ...]:
    return tuple((cx + rx * math.cos(k * math.pi / 6), cy + ry * math.sin(k * math.pi / 6))
                 for k in range(13))


def _path_points(d: str) -> list[tuple[tuple[Point, ...], bool, bool]]:
    """The subpaths of an SVG path: points (end and control points), closed, straight."""
    out: list[tuple[tuple[Point, ...], bool, bool]] = []
    pts: list[Point] = []
    straight = True
    x = y = 0.0
    start = (0.0, 0.0)

    def close_subpath(closed: bool) -> None:
        nonlocal pts, straight
        if len(pts) >= 2:
            out.append((tuple(pts), closed, straight))
        pts, straight = [], True

    for cmd, args in _COMMAND.findall(d):
        values = [float(v) for v in _NUMBER.findall(args)]
        upper = cmd.upper()
        rel = cmd.islower()
        if upper == "Z":
            if pts:
                pts.append(start)
            close_subpath(True)
            x, y = start
            continue
        n = _ARGS[upper]
        groups = [values[i:i + n] for i in range(0, len(values) - n + 1, n)] or []
        for k, g in enumerate(groups):
            if upper == "M" and k == 0:
                if pts:
                    close_subpath(False)
                x, y = (x + g[0], y + g[1]) if rel else (g[0], g[1])
                start = (x, y)
                pts.append((x, y))
                continue
            if upper in ("M", "L", "T"):
                x, y = (x + g[0], y + g[1]) if rel else (g[0], g[1])
                straight = straight and upper != "T"
            elif upper == "H":
                x = x + g[0] if rel else g[0]
            elif upper == "V":
                y = y + g[0] if rel else g[0]
            elif upper == "A":
                x, y = (x + g[5], y + g[6]) if rel else (g[5], g[6])
                straight = False
            else:  # C, S, Q: control points, then the end point
                for j in range(0, n - 2, 2):
                    pts.append((x + g[j], y + g[j + 1]) if rel else (g[j], g[j + 1]))
                x, y = (x + g[n - 2], y + g[n - 1]) if rel else (g[n - 2], g[n - 1])
                straight = False
            pts.append((x, y))
    close_subpath(False)
    return out


# ---------------------------------------------------------------------------
# Pictures by their bytes

_DATA_URI = re.compile(r"data:([\w.+/-]*)((?:;[\w=.+-]+)*?)(;base64)?,(.*)", re.S | re.I)
MAX_PICTURE_BYTES = 256 * 1024


def data_uri_bytes(uri: str) -> tuple[str, bytes] | None:
    """(media type, bytes) of a data: URI, or None."""
    m = _DATA_URI.match(uri.strip())
    if not m:
        return None
    media = (m[1] or "text/plain").lower()
    payload = m[4]
    if len(payload) > 2 * MAX_PICTURE_BYTES:
        return None
    try:
        raw = (base64.b64decode(re.sub(r"\s+", "", payload), validate=False) if m[3]
               else unquote_to_bytes(payload))
    except (binascii.Error, ValueError):
        return None
    return media, raw


def picture_mark(media: str, data: bytes) -> MarkKind | None:
    """The mark a picture draws, by what it draws: an SVG by its shapes, any other
    picture by its pixels."""
    if len(data) > MAX_PICTURE_BYTES:
        return None
    if "svg" in media or data.lstrip()[:5] in (b"<svg ", b"<?xml", b"<svg>"):
        return svg_mark(data)
    return raster_mark(data)
