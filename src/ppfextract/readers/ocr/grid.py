"""Ruling lines found in the pixels of a (deskewed) page, as the edges the PDF reader
builds ruled tables from.

A horizontal line is a run of ink at least ``min_len`` long that is thin (a few pixels
tall): the thin test keeps a filled cell or a black box from becoming a block of lines.
Each row of a line becomes
one edge in PDF points; the table builder (pdfplumber's "lines" algorithm, shared with
the PDF reader) snaps and joins them and makes cells from their intersections.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

Obj = dict[str, Any]


def _runs_at_least(ink: np.ndarray, length: int) -> np.ndarray:
    """Pixels that lie in a horizontal run of ink at least ``length`` long (a
    morphological opening along rows)."""
    h, w = ink.shape
    if length <= 1 or w < length:
        return ink.copy() if length <= 1 else np.zeros_like(ink)
    c = np.zeros((h, w + 1), dtype=np.int32)
    np.cumsum(ink, axis=1, out=c[:, 1:])
    full = (c[:, length:] - c[:, :-length]) == length  # window [x, x+length) all ink
    # dilate back: a pixel is kept when some full window covers it
    padded = np.pad(full, ((0, 0), (length - 1, length - 1)))
    f = np.zeros((h, padded.shape[1] + 1), dtype=np.int32)
    np.cumsum(padded, axis=1, out=f[:, 1:])
    return (f[:, length:length + w] - f[:, :w]) > 0


@dataclass
class Lines:
    """The ruling lines of a page, found at a working resolution of about 150 dpi
    (``factor`` page pixels per working pixel)."""

    horizontal: np.ndarray
    vertical: np.ndarray
    factor: int

    def edges(self, scale: float) -> list[Obj]:
        """Edges in PDF points (``scale``: points per page pixel)."""
        return edges(self.horizontal, self.vertical, scale * self.factor)

    def mask(self, shape: tuple[int, int], grow: int = 1) -> np.ndarray:
        """The pixels of the rules that meet another rule (the grid of a table; not a
        stretch of bold letters run together), at page resolution, widened by ``grow``
        working pixels."""
        both = _meeting(self.horizontal, self.vertical) | _meeting(
            self.vertical.T, self.horizontal.T).T
        if grow:
            both = _grow(both, grow)
        f = self.factor
        full = both.repeat(f, axis=0).repeat(f, axis=1) if f > 1 else both
        out = np.zeros(shape, dtype=bool)
        h, w = min(shape[0], full.shape[0]), min(shape[1], full.shape[1])
        out[:h, :w] = full[:h, :w]
        return out


def _meeting(lines: np.ndarray, across: np.ndarray, reach: int = 2) -> np.ndarray:
    """The runs of ``lines`` (along rows) that touch a run of ``across``."""
    near = _grow(across, reach)
    out = np.zeros_like(lines)
    for y, x0, x1 in _row_runs(lines):
        if near[max(0, y - reach):y + reach + 1, x0:x1].any():
            out[y, x0:x1] = True
    return out


def find_lines(ink: np.ndarray, dpi: float, on_fills: np.ndarray | None = None) -> Lines:
    """The ruling lines of a page's ink (True = ink) scanned at ``dpi``; with
    ``on_fills`` (the ink of the page with its fills flattened to white), the rules
    drawn across a filled row or column too (in the page's ink a fill and its rules are
    one solid area)."""
    factor = max(1, int(dpi // 150))
    small = pool(ink, factor) if factor > 1 else ink
    h, v = line_masks(small, dpi / factor)
    if on_fills is not None and on_fills.shape == ink.shape:
        # only rules longer than a box filled in by hand (whose flattened outline
        # would pass for four short rules)
        small_f = pool(on_fills, factor) if factor > 1 else on_fills
        hf, vf = line_masks(small_f, dpi / factor)
        least = int(round(dpi / factor * 22 / 72))
        h = h | _runs_at_least(hf, least)
        v = v | _runs_at_least(vf.T, least).T
    return Lines(h, v, factor)


def pool(ink: np.ndarray, f: int) -> np.ndarray:
    """Ink at 1/f resolution: a working pixel is ink when any of its pixels is."""
    h, w = ink.shape[0] // f * f, ink.shape[1] // f * f
    return np.asarray(ink[:h, :w].reshape(h // f, f, w // f, f).any(axis=(1, 3)))


def _grow(mask: np.ndarray, r: int) -> np.ndarray:
    """``mask`` widened by ``r`` pixels each way (a square dilation, done by rows then
    columns with shifted ORs)."""
    out = mask.copy()
    for d in range(1, r + 1):
        out[:, d:] |= mask[:, :-d]
        out[:, :-d] |= mask[:, d:]
    rows = out.copy()
    for d in range(1, r + 1):
        out[d:] |= rows[:-d]
        out[:-d] |= rows[d:]
    return out


def line_masks(ink: np.ndarray, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the horizontal and the vertical ruling lines. No gaps are closed: that
    joins the serifs of a line of text into a rule (a broken rule's pieces are joined
    as edges instead, by the table builder's join tolerance)."""
    min_h = max(12, int(round(dpi * 16 / 72)))  # 16 points: longer than any letter
    min_v = max(8, int(round(dpi * 11 / 72)))  # 11 points: a divider in one short row
    thick = max(3, int(round(dpi * 2.5 / 72)))  # solid over 2.5 points: a block
    gap = max(2, int(round(dpi * 5 / 72)))  # a rule cut by a mark drawn across it
    thin = ink & ~solid(ink, thick)
    # a pixel's neighbours across the line count as its own: a thin rule turned back
    # from a skewed scan steps by a pixel every so often, and no single row of pixels
    # holds all of it (a black-and-white scan's rules came out as dashes)
    across = thin.copy()
    across[1:] |= thin[:-1]
    across[:-1] |= thin[1:]
    along = thin.copy()
    along[:, 1:] |= thin[:, :-1]
    along[:, :-1] |= thin[:, 1:]
    horizontal = _close(_runs_at_least(across, min_h), gap)
    vertical = _close(_runs_at_least(along.T, min_v), gap).T
    return horizontal, vertical


def solid(ink: np.ndarray, size: int) -> np.ndarray:
    """:func:`_blocks`, found at half resolution (a solid area is large) and brought
    back to ``ink``'s."""
    if size < 6:
        return _blocks(ink, size)
    h, w = ink.shape[0] // 2 * 2, ink.shape[1] // 2 * 2
    half = np.asarray(ink[:h, :w].reshape(h // 2, 2, w // 2, 2).all(axis=(1, 3)))
    small = _blocks(half, size // 2)
    out = np.zeros_like(ink)
    out[:h, :w] = small.repeat(2, axis=0).repeat(2, axis=1)
    return out


def _blocks(ink: np.ndarray, size: int) -> np.ndarray:
    """Ink in solid areas (a filled cell, a black box): pixels covered by a square of
    ``size`` pixels that is all ink (an erosion and a dilation by that square, through
    an integral image). A rule, and a pen stroke across it, are thinner."""
    h, w = ink.shape
    if h < size or w < size:
        return np.zeros_like(ink)
    c = np.zeros((h + 1, w + 1), dtype=np.int32)
    np.cumsum(np.cumsum(ink, axis=0, dtype=np.int32), axis=1, out=c[1:, 1:])
    full = (c[size:, size:] - c[:-size, size:] - c[size:, :-size] + c[:-size, :-size]) \
        == size * size
    if not full.any():
        return np.zeros_like(ink)
    padded = np.pad(full, ((size - 1, size - 1), (size - 1, size - 1)))
    d = np.zeros((padded.shape[0] + 1, padded.shape[1] + 1), dtype=np.int32)
    np.cumsum(np.cumsum(padded, axis=0, dtype=np.int32), axis=1, out=d[1:, 1:])
    covered = d[size:size + h, size:size + w] - d[:h, size:size + w] \
        - d[size:size + h, :w] + d[:h, :w]
    # the block less a rim: a rule along a filled cell's edge runs into the fill, and
    # the fill's rim lies on the cell's rules anyway
    return _erode(covered > 0, max(1, size // 2))


def _erode(mask: np.ndarray, r: int) -> np.ndarray:
    """Pixels whose (2r+1)-square neighbourhood is all in ``mask``."""
    h, w = mask.shape
    k = 2 * r + 1
    padded = np.pad(mask, r)
    c = np.zeros((h + 2 * r + 1, w + 2 * r + 1), dtype=np.int32)
    np.cumsum(np.cumsum(padded, axis=0, dtype=np.int32), axis=1, out=c[1:, 1:])
    total = c[k:, k:] - c[:-k, k:] - c[k:, :-k] + c[:-k, :-k]
    return total == k * k


def _close(lines: np.ndarray, gap: int) -> np.ndarray:
    """Gaps of up to ``gap`` pixels along rows of a line mask bridged (a closing):
    where a pen stroke crosses a rule, the thin test has cut the rule."""
    return ~_dilate_rows(~_dilate_rows(lines, gap // 2 + 1), gap // 2 + 1)


def _dilate_rows(mask: np.ndarray, r: int) -> np.ndarray:
    h, w = mask.shape
    c = np.zeros((h, w + 2 * r + 1), dtype=np.int32)
    np.cumsum(np.pad(mask, ((0, 0), (r, r))), axis=1, out=c[:, 1:])
    return (c[:, 2 * r + 1:] - c[:, :w]) > 0


def edges(horizontal: np.ndarray, vertical: np.ndarray, scale: float) -> list[Obj]:
    """Edges in PDF points (pdfplumber-style dicts) from line masks: one per run of a
    row (horizontal) or a column (vertical) of the masks."""
    out: list[Obj] = []
    for y, x0, x1 in _row_runs(horizontal):
        out.append(_edge(x0 * scale, y * scale, x1 * scale, y * scale, "h"))
    for x, y0, y1 in _row_runs(vertical.T):
        out.append(_edge(x * scale, y0 * scale, x * scale, y1 * scale, "v"))
    return out


def _row_runs(mask: np.ndarray) -> list[tuple[int, int, int]]:
    """(row, start, end) of every run of True in each row; a run spanning several rows
    (a line 3 pixels thick) is given once per row, and the table builder snaps them."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    diff = np.diff(padded, axis=1)
    starts = np.argwhere(diff == 1)
    ends = np.argwhere(diff == -1)
    return [(int(r), int(s), int(e)) for (r, s), (_, e) in zip(starts, ends, strict=True)]


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> Obj:
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation}
