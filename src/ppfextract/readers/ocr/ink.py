"""Marks by ink: what is on the page that the words do not explain.

The ink of a page, less its ruling lines, falls into connected pieces. A piece inside
a word Tesseract read with confidence is text. What is left is judged by its shape:

* a printed box (a square outline, about a letter high): checked when its inside holds
  ink (a cross, a tick, a fill) well above the page's other boxes, else unchecked;
* a ring around words (an option circled by hand): a selecting mark;
* a solid blot (a filled circle or box): a checked box;
* any other stroke at least a few points wide and tall (a tick, a cross, a Y or X the
  reader could not read): a tick or, with ink in all four corners and the middle, a
  cross;
* specks (scanner noise), dashes and dots: nothing.

Each mark has a confidence: how far its ink is from the limits that decide it. The
marks are given in page pixels; the page reader places them as characters.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...document import MarkKind


@dataclass
class Piece:
    """A connected piece of ink: its box (x0, top, x1, bottom, end exclusive) and pixel
    count, at the resolution it was found at."""

    x0: int
    top: int
    x1: int
    bottom: int
    area: int
    label: int

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.bottom - self.top


@dataclass
class InkMark:
    kind: MarkKind
    box: tuple[int, int, int, int]  # page pixels
    conf: float
    shape: str  # "box", "ring", "blot", "tick", "cross", "stroke"


def label(ink: np.ndarray) -> tuple[np.ndarray, list[Piece]]:
    """Connected pieces of ink (8-connected), from runs of each row linked to the
    overlapping runs of the row above (union-find). Returns a label image (0 = none)
    and the pieces."""
    h, w = ink.shape
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    diff = np.diff(padded, axis=1)
    rs, xs = np.nonzero(diff == 1)
    _, xe = np.nonzero(diff == -1)
    n = len(rs)
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    row_start = np.searchsorted(rs, np.arange(h + 1))
    rows = rs.tolist()
    starts = xs.tolist()
    ends = xe.tolist()
    for i in range(n):
        r = rows[i]
        if r == 0:
            continue
        lo, hi = int(row_start[r - 1]), int(row_start[r])
        s, e = starts[i], ends[i]
        for j in range(lo, hi):  # runs of the row above, 8-connected overlap
            if ends[j] < s or starts[j] > e:
                continue
            a, b = find(i), find(j)
            if a != b:
                parent[a] = b
    roots = [find(i) for i in range(n)]
    ids: dict[int, int] = {}
    labels = np.zeros((h, w), dtype=np.int32)
    boxes: dict[int, list[int]] = {}
    for i in range(n):
        k = ids.setdefault(roots[i], len(ids) + 1)
        r, s, e = rows[i], starts[i], ends[i]
        labels[r, s:e] = k
        box = boxes.get(k)
        if box is None:
            boxes[k] = [s, r, e, r + 1, e - s]
        else:
            box[0] = min(box[0], s)
            box[2] = max(box[2], e)
            box[3] = r + 1
            box[4] += e - s
    pieces = [Piece(b[0], b[1], b[2], b[3], b[4], k) for k, b in boxes.items()]
    return labels, pieces


def box_outline(piece: Piece, labels: np.ndarray) -> float | None:
    """When the piece is a printed box (a square outline with straight sides), the share
    of its middle that holds ink (:func:`box_inside`); else None."""
    w, h = piece.width, piece.height
    if w < 5 or h < 5 or not 0.75 <= w / h <= 1.33:
        return None
    sub = labels[piece.top:piece.bottom, piece.x0:piece.x1] == piece.label
    t = max(1, min(w, h) // 8)
    sides = (sub[:t].any(axis=0).mean(), sub[-t:].any(axis=0).mean(),
             sub[:, :t].any(axis=1).mean(), sub[:, -t:].any(axis=1).mean())
    if min(sides) < 0.7:  # a shadowed box (ZapfDingbats q) has a short top and left side
        return None
    return box_inside(piece, labels)


def box_inside(piece: Piece, labels: np.ndarray) -> float:
    """The share of a box's middle (the central half, each way) that holds ink of any
    piece: a cross or a tick drawn in the box crosses it; an outline, however thick or
    shadowed, does not reach it."""
    h, w = piece.height, piece.width
    inner = labels[piece.top + h // 4:piece.bottom - h // 4,
                   piece.x0 + w // 4:piece.x1 - w // 4] > 0
    return float(inner.mean()) if inner.size else 0.0


def classify(piece: Piece, labels: np.ndarray) -> str:
    """The shape of a stroke: 'ring' (a closed loop with an empty middle), 'blot' (mostly
    solid, about square), 'fill' (mostly solid, far wider than tall or taller than
    wide), 'cross' (ink near all four corners and in the middle) or 'tick'."""
    sub = labels[piece.top:piece.bottom, piece.x0:piece.x1] == piece.label
    h, w = sub.shape
    density = float(sub.mean())
    if density > 0.65:
        # a filled box or circle is about square; a solid bar is a cell's fill (read as
        # the cell's colour) or a rule, never a mark
        return "blot" if 0.6 <= w / max(h, 1) <= 1.6 else "fill"
    cy, cx = h // 2, w // 2
    my, mx = max(1, h // 5), max(1, w // 5)
    middle = sub[cy - my:cy + my + 1, cx - mx:cx + mx + 1].any()
    qy, qx = max(1, h // 4), max(1, w // 4)
    corners = [sub[:qy, :qx].any(), sub[:qy, -qx:].any(), sub[-qy:, :qx].any(),
               sub[-qy:, -qx:].any()]
    if not middle and _closed(sub):
        return "ring"
    if all(corners) and middle:
        return "cross"
    return "tick"


def _closed(sub: np.ndarray) -> bool:
    """Whether ink surrounds the middle: rays from the centre to all four sides (and
    the diagonals) each meet ink."""
    h, w = sub.shape
    cy, cx = h // 2, w // 2
    rays = [sub[:cy, cx], sub[cy:, cx], sub[cy, :cx], sub[cy, cx:]]
    if not all(r.any() for r in rays):
        return False
    diag = 0
    for dy, dx in ((-1, -1), (-1, 1), (1, -1), (1, 1)):
        y, x = cy, cx
        while 0 <= y < h and 0 <= x < w:
            if sub[y, x]:
                diag += 1
                break
            y += dy
            x += dx
    return diag >= 3


def mark_for(shape: str) -> MarkKind:
    if shape == "cross":
        return MarkKind.CROSS
    if shape == "blot":
        return MarkKind.CHECKED_BOX
    return MarkKind.TICK
