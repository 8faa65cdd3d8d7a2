"""Table geometry for the PDF reader: grids from cell boxes, unruled tables from
aligned words, cell fills from filled shapes, and tables joined across pages.

Everything here works on plain pdfplumber object dicts (chars, words, rects) and
on the document model; nothing opens a file.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any

from .. import lazy_re as re  # re, each pattern compiled on first use
from .. import marks
from ..document import (
    BBox,
    Block,
    Cell,
    Mark,
    MarkKind,
    Paragraph,
    Provenance,
    Span,
    Style,
    Table,
)
from ..document import Line as DocLine
from .lines import BOLD, FAINT, HIGHLIGHT, STRUCK, LineBuilder

Obj = dict[str, Any]

X_TOLERANCE = 1.5  # points: a wider gap between two chars on a line starts a new word
Y_TOLERANCE = 3.0  # points: chars (words) whose tops differ by less are on one line

EDGE_TOLERANCE = 2.0  # points: cell edges closer than this are one grid line
JOIN_X_TOLERANCE = 4.0  # points: column edges of a continued table may differ by this
RUNNING_Y_TOLERANCE = 3.0  # points: a running header or footer stands this close on each page
MAX_WORDS_PER_CELL_LINE = 6.0  # an unruled column averaging more words per line is prose

# The text of a char that is a mark (``ppf_mark``), among the words of a page: it gives the
# mark its place in a word (so a column of ticks lines up like a column of words) and
# never reaches a line's text (the mark goes into the line as a Mark).
MARK_TOKEN = "\ufffc"


# ---------------------------------------------------------------------------
# Cells and grids


@dataclass
class RawCell:
    """A cell box on a page and the (decoded) chars inside it."""

    bbox: BBox
    chars: list[Obj]


def cluster_edges(values: Sequence[float], tolerance: float = EDGE_TOLERANCE) -> list[float]:
    """Distinct positions: values closer than ``tolerance`` to their neighbour merge."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tolerance:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(group) / len(group) for group in out]


def _index(edges: Sequence[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def build_table(raw: Sequence[RawCell], bbox: BBox, page: int, file: str,
                fills: Sequence[Fill], extras: PageMarks | None = None) -> Table | None:
    """A :class:`Table` from cell boxes: the grid comes from the distinct x and y
    edges of the cells, and each cell's row, column and spans from its box. ``extras``
    are the page's marks that are not characters (drawn shapes) and its strokes."""
    if not raw:
        return None
    xs = cluster_edges([v for c in raw for v in (c.bbox[0], c.bbox[2])])
    ys = cluster_edges([v for c in raw for v in (c.bbox[1], c.bbox[3])])
    if len(xs) < 2 or len(ys) < 2:
        return None
    cells: list[Cell] = []
    taken: set[tuple[int, int]] = set()
    for rc in sorted(raw, key=lambda c: (c.bbox[1], c.bbox[0])):
        x0, top, x1, bottom = rc.bbox
        col, last_col = _index(xs, x0), _index(xs, x1)
        row, last_row = _index(ys, top), _index(ys, bottom)
        if last_col <= col or last_row <= row or (row, col) in taken:
            continue
        taken.add((row, col))
        placed = extras.take(rc.bbox) if extras is not None else []
        lines = cell_lines(rc.chars, rc.bbox, fills, placed,
                           extras.strokes if extras is not None else None)
        cells.append(Cell.from_lines(
            lines, row, col, row_span=last_row - row, col_span=last_col - col,
            fill=cell_fill(rc.bbox, fills),
            provenance=Provenance(file, row=row, col=col, page=page, bbox=_round(rc.bbox))))
    if not cells:
        return None
    return Table(cells=cells, n_rows=len(ys) - 1, n_cols=len(xs) - 1,
                 provenance=Provenance(file, page=page, bbox=_round(bbox)))


# ---------------------------------------------------------------------------
# Lines: words and marks of a cell or a text line, with their styles

Placed = tuple[BBox, Mark]  # a mark that is no character (a drawn tick), where it is
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|[-,]bd$|,b$", re.I)


@dataclass
class PageMarks:
    """What a page shows besides its characters that goes into lines: marks drawn as
    shapes (and glyphs only the lines reading decodes), and thin horizontal strokes
    (a stroke through the middle of a word strikes it through)."""

    placed: list[Placed]
    strokes: Strokes

    def take(self, bbox: BBox) -> list[Placed]:
        """The marks whose centre lies in ``bbox`` (removed from the page's list)."""
        if not self.placed:
            return []
        x0, top, x1, bottom = bbox
        inside: list[Placed] = []
        rest: list[Placed] = []
        for item in self.placed:
            b = item[0]
            cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
            (inside if x0 <= cx <= x1 and top <= cy <= bottom else rest).append(item)
        self.placed = rest
        return inside


class Strokes:
    """Thin horizontal strokes, by height, to find the ones through a character."""

    def __init__(self, boxes: Sequence[BBox]) -> None:
        keyed = sorted([((b[1] + b[3]) / 2, b) for b in boxes], key=itemgetter(0))
        self.ys = [k[0] for k in keyed]
        self.boxes = [k[1] for k in keyed]

    def __bool__(self) -> bool:
        return bool(self.boxes)

    def any_between(self, top: float, bottom: float, x0: float, x1: float) -> bool:
        """A stroke at a height in [top, bottom] that overlaps [x0, x1]."""
        lo = bisect_left(self.ys, top)
        hi = bisect_right(self.ys, bottom)
        return any(b[0] < x1 and b[2] > x0 for b in self.boxes[lo:hi])

    def through(self, c: Obj, start: float, end: float) -> bool:
        """Is the character struck through: a stroke across its middle (between its
        x-height and its cap height, not an underline), over its centre, that begins and
        ends within its line of text ``start``-``end`` (a border running through a
        legend, or a rule across the page, strikes nothing)?"""
        h = c["bottom"] - c["top"]
        lo = bisect_left(self.ys, c["bottom"] - 0.75 * h)
        hi = bisect_right(self.ys, c["bottom"] - 0.25 * h)
        cx = (c["x0"] + c["x1"]) / 2
        return any(b[0] <= cx <= b[2] and b[0] >= start - 4 and b[2] <= end + 4
                   for b in self.boxes[lo:hi])


_NO_STROKES = Strokes(())


def char_mark(c: Obj) -> Mark | None:
    """The mark a decoded char stands for, if it is one."""
    return c.get("ppf_mark")


def lone_mark(word: Obj) -> MarkKind | None:
    """The kind of mark a word is, when it is one mark char alone."""
    chars: list[Obj] = word.get("chars") or []
    if len(chars) != 1:
        return None
    mark = char_mark(chars[0])
    return mark.kind if mark is not None else None


def cell_lines(chars: Sequence[Obj], bbox: BBox | None, fills: Sequence[Fill],
               placed: Sequence[Placed], strokes: Strokes | None, text: str | None = None,
               ) -> tuple[DocLine, ...]:
    """The lines of a cell (or of a text line outside tables): words, marks at their
    offsets, styled stretches. ``text`` is the chars' plain text when the caller has it
    (:func:`chars_text`'s): when nothing in the chars needs more (no mark, one style
    throughout), the lines are its lines."""
    strokes = strokes or _NO_STROKES
    boxes = _lit_boxes(bbox, fills) if bbox is not None and fills else []
    has_mark = any("ppf_mark" in c for c in chars)
    fonts = {c.get("fontname", "") for c in chars}
    bold = {f for f in fonts if f and _BOLD_FONT.search(f)}
    turned = any("ppf_angle" in c for c in chars)
    faint = any("ppf_faint" in c for c in chars)
    struck = bool(strokes) and bool(chars) and (bbox is None or strokes.any_between(
        bbox[1] + 1.0, bbox[3] - 1.0, bbox[0], bbox[2])) and _strokes_across(chars, strokes)
    if not has_mark and not placed and not boxes and not struck and not turned and not faint \
            and (not bold or bold == fonts):
        spans_bold = bool(bold)
        out = []
        for piece in (plain_text(chars) if text is None else text).split("\n"):
            if piece:
                out.append(DocLine(piece, spans=(_whole(piece, Style.BOLD),) if spans_bold
                                else ()))
        return tuple(out)
    return _build_lines(chars, placed, bold, boxes, strokes if struck else _NO_STROKES)


def _strokes_across(chars: Sequence[Obj], strokes: Strokes) -> bool:
    """A stroke level with the middle of the chars' lines, over them (a cell's borders
    and the underlines below its words are not)."""
    x0 = min(c["x0"] for c in chars)
    x1 = max(c["x1"] for c in chars)
    top = min(c["top"] for c in chars)
    bottom = max(c["bottom"] for c in chars)
    h = min(c["bottom"] - c["top"] for c in chars)
    return strokes.any_between(top + 0.25 * h, bottom - 0.25 * h, x0, x1)


def _whole(text: str, style: Style) -> Span:
    return Span(0, len(text), style)


def _lit_boxes(bbox: BBox, fills: Sequence[Fill]) -> list[BBox]:
    """Coloured boxes inside a cell smaller than half of it: a highlight behind words."""
    x0, top, x1, bottom = bbox
    area = max((x1 - x0) * (bottom - top), 1e-6)
    return [f.bbox for f in fills if f.area < 0.5 * area and not marks.is_background(f.colour)
            and f.bbox[0] >= x0 - 1 and f.bbox[2] <= x1 + 1 and f.bbox[1] >= top - 1
            and f.bbox[3] <= bottom + 1]


def _char_flags(c: Obj, bold: set[str]) -> int:
    """A char's own style bits: bold by its font, greyed out by its colour."""
    return (BOLD if c.get("fontname", "") in bold else 0) | (FAINT if "ppf_faint" in c else 0)


def _build_lines(chars: Sequence[Obj], placed: Sequence[Placed], bold: set[str],
                 lit: Sequence[BBox], strokes: Strokes) -> tuple[DocLine, ...]:
    upright = [c for c in chars if "ppf_angle" not in c]
    out: list[DocLine] = []
    rows: list[tuple[float, float, list[tuple[float, Any]]]] = []  # top, bottom, items
    if upright:
        rows = _word_rows(upright)
    for box, mark in sorted(placed, key=lambda p: (p[0][1], p[0][0])):
        cy = (box[1] + box[3]) / 2
        row = next((r for r in rows if r[0] - 1 <= cy <= r[1] + 1), None)
        if row is None:
            rows.append((box[1], box[3], [(box[0], (box, mark))]))
        else:
            row[2].append((box[0], (box, mark)))
    rows.sort(key=lambda r: r[0])

    def flags(c: Obj, start: float, end: float) -> int:
        f = _char_flags(c, bold)
        if lit:
            cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
            if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in lit):
                f |= HIGHLIGHT
        if strokes and strokes.through(c, start, end):
            f |= STRUCK
        return f

    builder = LineBuilder()
    for top, bottom, items in rows:
        items.sort(key=lambda item: item[0])
        start = items[0][0]
        end = max(_item_x1(item[1]) for item in items)
        builder.set_bbox(_round((start, top, end, bottom)))
        for _, item in items:
            if isinstance(item, tuple):  # a placed mark
                box, drawn = item
                builder.mark(Mark(drawn.kind, drawn.source, drawn.detail, None, _round(box)))
                builder.add(" ")
                continue
            for c in item:
                glyph = char_mark(c)
                if glyph is not None:
                    builder.mark(Mark(glyph.kind, glyph.source, glyph.detail, None,
                                      _round((c["x0"], c["top"], c["x1"], c["bottom"]))))
                else:
                    builder.add(_LIGATURES.get(c["text"], c["text"]), flags(c, start, end))
            builder.add(" ")
        builder.newline()
    out.extend(builder.finish())
    turned = [c for c in chars if "ppf_angle" in c]
    if turned:
        out.extend(_sideways_lines(turned, bold))
    return tuple(out)


def _word_rows(upright: Sequence[Obj]) -> list[tuple[float, float, list[tuple[float, Any]]]]:
    """The chars' words in rows (top, bottom, [(x0, word chars)]), a footnote's raised
    number put on its line."""
    rows: list[tuple[float, float, list[tuple[float, Any]]]] = []
    for line in _clusters(_notes_apart(_word_chars(upright)), Y_TOLERANCE,
                          lambda w: min(c["top"] for c in w)):
        top = min(c["top"] for w in line for c in w)
        bottom = max(c["bottom"] for w in line for c in w)
        rows.append((top, bottom, [(w[0]["x0"], w) for w in line]))
    return _superscripts_joined(rows) if len(rows) > 1 else rows


_NOTE_CHARS = frozenset("0123456789*\u2020\u2021\u00b9\u00b2\u00b3")


def _superscripts_joined(rows: list[tuple[float, float, list[tuple[float, Any]]]]
                         ) -> list[tuple[float, float, list[tuple[float, Any]]]]:
    """A footnote's number raised above a line ('Not achieved¹', its '1' set higher)
    comes out as a row of its own: it joins the line it stands on, the row below it that
    it overlaps, where it follows a word with no gap."""
    out: list[tuple[float, float, list[tuple[float, Any]]]] = []
    pending: tuple[float, float, list[tuple[float, Any]]] | None = None
    for row in sorted(rows, key=lambda r: r[0]):
        top, bottom, items = row
        if pending is not None:
            p_top, p_bottom, p_items = pending
            pending = None
            if p_bottom > top and p_top < top and _follows_a_word(p_items, items):
                row = (top, bottom, items + p_items)
            else:
                out.append((p_top, p_bottom, p_items))
        if len(items) <= 2 and all(len(w) <= 3 and all(c["text"] in _NOTE_CHARS for c in w)
                                   for _, w in items):
            pending = row
            continue
        out.append(row)
    if pending is not None:
        out.append(pending)
    return out


def _follows_a_word(notes: list[tuple[float, Any]], items: list[tuple[float, Any]]) -> bool:
    ends = [w[-1]["x1"] for _, w in items if isinstance(w, list) and w]
    return all(any(abs(w[0]["x0"] - end) <= 1.5 for end in ends) for _, w in notes)


def _item_x1(item: Any) -> float:
    if isinstance(item, tuple):
        return float(item[0][2])
    return float(max(c["x1"] for c in item))


def sideways_runs(chars: Sequence[Obj]) -> list[list[Obj]]:
    """Chars set sideways, grouped into lines of text, each in reading order: text
    turned anticlockwise (90) reads upwards and its lines go rightwards; turned clockwise
    (270) reads downwards, lines going leftwards; upside down (180) reads leftwards. A
    char that starts a new word carries ``ppf_gap``."""
    out: list[list[Obj]] = []
    for angle in sorted({c["ppf_angle"] for c in chars}):
        group = [c for c in chars if c["ppf_angle"] == angle]

        def across(c: Obj, angle: int = angle) -> float:  # where its line is
            x0, top, x1, bottom = c["ppf_box"]
            if angle == 90:
                return (x0 + x1) / 2
            if angle == 270:
                return -(x0 + x1) / 2
            return -(top + bottom) / 2

        def along(c: Obj, angle: int = angle) -> tuple[float, float]:  # start, end
            x0, top, x1, bottom = c["ppf_box"]
            if angle == 90:
                return -bottom, -top
            if angle == 270:
                return top, bottom
            return -x1, -x0

        size = sorted(c["ppf_box"][2] - c["ppf_box"][0] if angle in (90, 270)
                      else c["ppf_box"][3] - c["ppf_box"][1] for c in group)[len(group) // 2]
        for line in _clusters(group, max(1.0, 0.5 * size), across):
            line.sort(key=lambda c: along(c)[0])
            end: float | None = None
            run: list[Obj] = []
            for c in line:
                start, stop = along(c)
                gap = end is not None and start - end > max(1.0, 0.2 * c["size"])
                run.append({**c, "ppf_gap": True} if gap else c)
                end = stop if end is None else max(end, stop)
            out.append(run)
    return out


def _sideways_lines(chars: Sequence[Obj], bold: set[str]) -> list[DocLine]:
    """The lines of text set sideways, each read in its own direction."""
    out: list[DocLine] = []
    for line in sideways_runs(chars):
        builder = LineBuilder()
        for c in line:
            if c.get("ppf_gap"):
                builder.add(" ")
            mark = char_mark(c)
            if mark is not None:
                builder.mark(mark)
            else:
                builder.add(c["text"], _char_flags(c, bold))
        boxes = [c["ppf_box"] for c in line]
        builder.set_bbox(_round((min(b[0] for b in boxes), min(b[1] for b in boxes),
                                 max(b[2] for b in boxes), max(b[3] for b in boxes))))
        out.extend(builder.finish())
    return out


def sideways_words(chars: Sequence[Obj]) -> list[Obj]:
    """Each line of sideways text as one word (its text in reading order, its box the
    line's), so a rotated header row lines up with the columns below it."""
    out: list[Obj] = []
    for line in sideways_runs(chars):
        text = "".join((" " if c.get("ppf_gap") else "") + c["text"] for c in line).strip()
        boxes = [c["ppf_box"] for c in line]
        x0, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
        # as tall as a letter, where the text starts (the foot of upward text, the head
        # of downward text): a header row's names start level, whatever their length
        size = line[0]["size"] or (x1 - x0)
        angle = line[0]["ppf_angle"]
        if angle == 90:
            top = max(top, bottom - size)
        elif angle == 270:
            bottom = min(bottom, top + size)
        out.append({"text": text, "x0": x0, "x1": x1, "top": top, "doctop": top,
                    "bottom": bottom, "upright": True, "height": bottom - top,
                    "width": x1 - x0, "direction": "ltr", "chars": list(line)})
    return out


def plain_text(chars: Sequence[Obj]) -> str:
    """The text of chars holding no mark (lines joined with newlines, spaces squashed)."""
    if not chars:
        return ""
    text = chars_text(chars)
    # runs of spaces and tabs squashed (a line with neither two spaces nor a tab has none)
    lines = [(_BLANKS.sub(" ", line) if "  " in line or "\t" in line else line).strip()
             for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


_BLANKS = re.compile(r"[ \t]+")


# ---------------------------------------------------------------------------
# Words and text from chars: pdfplumber's ``extract_words`` and ``extract_text``
# (``x_tolerance=1.5, y_tolerance=3``, no layout) for upright chars, without its
# general machinery; other chars go to pdfplumber itself.

_LIGATURES = {"\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb01": "fi", "\ufb02": "fl",
              "\ufb06": "st", "\ufb05": "st"}


def _clusters(objs: Sequence[Any], tolerance: float,
              top: Callable[[Any], float] = itemgetter("top")) -> list[list[Any]]:
    """pdfplumber's ``cluster_objects(objs, "top", tolerance)``: distinct tops chained
    while each is within ``tolerance`` of the one before; objects keep their order
    within a cluster."""
    values = sorted({top(o) for o in objs})
    cluster_of: dict[float, int] = {}
    k = 0
    last = values[0] if values else 0.0
    for v in values:
        if v > last + tolerance:
            k += 1
        cluster_of[v] = k
        last = v
    groups: list[list[Any]] = [[] for _ in range(k + 1)]
    for o in objs:
        groups[cluster_of[top(o)]].append(o)
    return [g for g in groups if g]


_X0 = itemgetter("x0")
_TOP = itemgetter("top")


def _word(chars: list[Obj]) -> Obj:
    first = chars[0]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    for c in chars:  # min and max, as pdfplumber's objects_to_bbox
        if c["x0"] < x0:
            x0 = c["x0"]
        if c["top"] < top:
            top = c["top"]
        if c["x1"] > x1:
            x1 = c["x1"]
        if c["bottom"] > bottom:
            bottom = c["bottom"]
    return {"text": _word_text(chars),
            "x0": x0, "x1": x1, "top": top, "doctop": top + (first["doctop"] - first["top"]),
            "bottom": bottom, "upright": first["upright"], "height": bottom - top,
            "width": x1 - x0, "direction": "ltr", "chars": chars}


def _word_text(chars: list[Obj]) -> str:
    return "".join(_LIGATURES.get(c["text"], c["text"] or "") for c in chars)


def _word_chars(chars: Sequence[Obj]) -> list[list[Obj]]:
    """The chars of each word, as pdfplumber's ``extract_words`` splits upright chars."""
    words: list[list[Obj]] = []
    for line in _clusters(chars, Y_TOLERANCE):
        current: list[Obj] = []
        for ch in sorted(line, key=_X0):
            text = ch["text"]
            if text.isspace():
                if current:
                    words.append(current)
                current = []
            elif text == "":  # pdfplumber: "" is "in" its (empty) punctuation to split at
                if current:
                    words.append(current)
                words.append([ch])
                current = []
            elif current and (ch["x0"] < current[-1]["x0"]
                              or ch["x0"] > current[-1]["x1"] + X_TOLERANCE
                              or abs(ch["top"] - current[-1]["top"]) > Y_TOLERANCE):
                words.append(current)
                current = [ch]
            else:
                current.append(ch)
        if current:
            words.append(current)
    return words


def _notes_apart(words: list[list[Obj]]) -> list[list[Obj]]:
    """A footnote's number set smaller and raised at a word's end ('achieved\u00b9'), as a
    word of its own ('achieved 1')."""
    out: list[list[Obj]] = []
    for w in words:
        last = w[-1]
        if len(w) > 1 and last["text"] in _NOTE_CHARS and last["size"] < 0.8 * w[0]["size"]:
            k = len(w) - 1
            while k > 1 and w[k - 1]["text"] in _NOTE_CHARS and w[k - 1]["size"] == last["size"]:
                k -= 1
            if w[k]["bottom"] < w[k - 1]["bottom"] - 0.2 * w[k - 1]["size"]:
                out.append(w[:k])
                out.append(w[k:])
                continue
        out.append(w)
    return out


def _upright_words(chars: Sequence[Obj]) -> list[Obj]:
    return [_word(w) for w in _word_chars(chars)]


def _all_upright(chars: Sequence[Obj]) -> bool:
    return all(c["upright"] for c in chars)


def chars_words(chars: Sequence[Obj]) -> list[Obj]:
    """Words of ``chars``, each with its ``chars``, as pdfplumber's
    ``extract_words(chars, return_chars=True, x_tolerance=1.5, y_tolerance=3)``."""
    if not _all_upright(chars):
        from pdfplumber.utils import extract_words

        return list(extract_words(list(chars), return_chars=True, x_tolerance=X_TOLERANCE,
                                  y_tolerance=Y_TOLERANCE))
    return _upright_words(chars)


def chars_text(chars: Sequence[Obj]) -> str:
    """The text of ``chars``, as pdfplumber's ``extract_text(chars, x_tolerance=1.5,
    y_tolerance=3)``: words joined by spaces, lines (words clustered by top) by
    newlines."""
    if not chars:
        return ""
    if not _all_upright(chars):
        from pdfplumber.utils import extract_text

        return str(extract_text(list(chars), x_tolerance=X_TOLERANCE, y_tolerance=Y_TOLERANCE))
    # each word's top (its highest char) and text, without building word dicts
    words = [(min(map(_TOP, w)), _word_text(w)) for w in _notes_apart(_word_chars(chars))]
    lines = _clusters(words, Y_TOLERANCE, itemgetter(0))
    return "\n".join(" ".join(w[1] for w in line) for line in lines)


def chars_in(bbox: BBox, chars: Sequence[Obj]) -> list[Obj]:
    """Chars whose centre lies inside ``bbox``."""
    x0, top, x1, bottom = bbox
    return [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
            and top <= (c["top"] + c["bottom"]) / 2 <= bottom]


class CharIndex:
    """Chars by the height of their centre, for :func:`chars_in` over many cells."""

    def __init__(self, chars: Sequence[Obj]) -> None:
        keyed = sorted(((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2, i)
                       for i, c in enumerate(chars))
        self._ys = [k[0] for k in keyed]
        self._keyed = keyed
        self._chars = chars

    def within(self, bbox: BBox) -> list[Obj]:
        """Chars whose centre lies inside ``bbox``, in their original order (as
        :func:`chars_in`)."""
        x0, top, x1, bottom = bbox
        lo = bisect_left(self._ys, top)
        hi = bisect_right(self._ys, bottom)
        found = sorted(i for _, x, i in self._keyed[lo:hi] if x0 <= x <= x1)
        return [self._chars[i] for i in found]


def _round(bbox: BBox) -> BBox:
    return (round(bbox[0], 2), round(bbox[1], 2), round(bbox[2], 2), round(bbox[3], 2))


# ---------------------------------------------------------------------------
# Fills


@dataclass(frozen=True)
class Fill:
    bbox: BBox
    colour: str  # RGB hex

    @property
    def area(self) -> float:
        return (self.bbox[2] - self.bbox[0]) * (self.bbox[3] - self.bbox[1])


def colour_hex(value: Any) -> str | None:
    """A pdfplumber colour (grey, RGB or CMYK components in 0..1) as 'RRGGBB'."""
    if value is None:
        return None
    comps = (value,) if isinstance(value, int | float) else tuple(value)
    if not comps or not all(isinstance(v, int | float) for v in comps):
        return None  # a pattern or an unknown colour space
    vals = [min(max(float(v), 0.0), 1.0) for v in comps]
    if len(vals) == 1:
        rgb = (vals[0],) * 3
    elif len(vals) == 3:
        rgb = (vals[0], vals[1], vals[2])
    elif len(vals) == 4:
        c, m, y, k = vals
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None
    return "".join(f"{round(v * 255):02X}" for v in rgb)


def page_fills(shapes: Sequence[Obj]) -> list[Fill]:
    """Filled rects and curves big enough to be a shading or a box (not a ruling line)."""
    out: list[Fill] = []
    for shape in shapes:
        if not shape.get("fill"):
            continue
        colour = colour_hex(shape.get("non_stroking_color"))
        x0, top, x1, bottom = shape["x0"], shape["top"], shape["x1"], shape["bottom"]
        if colour is None or x1 - x0 < 2.5 or bottom - top < 2.5:
            continue
        out.append(Fill((x0, top, x1, bottom), colour))
    return out


def cell_fill(bbox: BBox, fills: Sequence[Fill]) -> str | None:
    """The colour a cell shows: a coloured box sitting inside it, else the most specific
    fill covering most of it; white and near-white are no fill."""
    x0, top, x1, bottom = bbox
    area = max((x1 - x0) * (bottom - top), 1e-6)
    cover: Fill | None = None
    inside: Fill | None = None
    for f in fills:
        fx0, ftop, fx1, fbottom = f.bbox
        overlap = max(0.0, min(x1, fx1) - max(x0, fx0)) * max(0.0, min(bottom, fbottom)
                                                                - max(top, ftop))
        if overlap / area >= 0.5:
            if cover is None or f.area <= cover.area:
                cover = f  # the smallest (and, on a tie, the last drawn) covering shape
        elif (fx0 >= x0 - 1 and fx1 <= x1 + 1 and ftop >= top - 1 and fbottom <= bottom + 1
              and f.area >= 9 and not marks.is_background(f.colour)):
            if inside is None or f.area > inside.area:
                inside = f
    if inside is not None:
        return inside.colour
    if cover is not None and not marks.is_background(cover.colour):
        return cover.colour
    return None


# ---------------------------------------------------------------------------
# Unruled tables: columns of consistently aligned words

_LIST_LABEL = re.compile(r"^(\(?\d{1,3}[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[\u2022\u25aa\u25cf"
                         r"\u2013\u2014\u00b7\u2713\u2610\u2612o*\-])$", re.I)


def _list_label(seg: Sequence[Obj]) -> bool:
    """A list's label: a number or letter, a bullet or dash, or a lone mark other than
    a cross (a box or tick before each item)."""
    if len(seg) == 1 and seg[0]["text"] == MARK_TOKEN:
        kind = lone_mark(seg[0])
        return kind is not None and kind is not MarkKind.CROSS
    return _LIST_LABEL.match(" ".join(w["text"] for w in seg)) is not None


@dataclass
class Line:
    """A line of words on a page, split into segments at wide gaps (worked out once,
    when first asked for: a line's words are all in it by then)."""

    words: list[Obj]
    _segments: list[list[Obj]] | None = field(default=None, repr=False, compare=False)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def size(self) -> float:
        return max((self.bottom - self.top), 1.0)

    def segments(self) -> list[list[Obj]]:
        if self._segments is not None:
            return self._segments
        out: list[list[Obj]] = []
        gap = max(7.0, 0.9 * self.size)
        for w in sorted(self.words, key=lambda w: w["x0"]):
            if out and w["x0"] - out[-1][-1]["x1"] < gap:
                out[-1].append(w)
            else:
                out.append([w])
        self._segments = out
        return out


def group_lines(words: Sequence[Obj]) -> list[Line]:
    """Words into lines: a word joins a line when its vertical middle lies in the line."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        for line in reversed(lines[-3:]):
            if line.top - 0.5 <= mid <= line.bottom + 0.5:
                line.words.append(w)
                break
        else:
            lines.append(Line([w]))
    return lines


def _seg_box(seg: Sequence[Obj]) -> tuple[float, float]:
    return min(w["x0"] for w in seg), max(w["x1"] for w in seg)


def _columns(rows: Sequence[list[list[Obj]]]) -> list[tuple[float, float]]:
    """Merge the x-ranges of all segments into column intervals."""
    spans = sorted(_seg_box(seg) for row in rows for seg in row)
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return [(a, b) for a, b in cols]


def _accept(rows: Sequence[list[list[Obj]]], cols: Sequence[tuple[float, float]]) -> bool:
    """>= 3 rows, >= 2 columns each filled in most rows, short cells, not a list."""
    if len(rows) < 3 or len(cols) < 2:
        return False
    filled = [0] * len(cols)
    words = [0] * len(cols)
    first_col: list[bool] = []  # whether each first-column segment is a list label
    for row in rows:
        for seg in row:
            a, _ = _seg_box(seg)
            i = next(k for k, (lo, hi) in enumerate(cols) if lo <= a <= hi)
            filled[i] += 1
            words[i] += len(seg)
            if i == 0:
                first_col.append(_list_label(seg))
    if sum(1 for f in filled if f >= 0.6 * len(rows)) < 2:
        return False
    if any(n / f > MAX_WORDS_PER_CELL_LINE for n, f in zip(words, filled, strict=True) if f):
        return False  # a column of long lines: prose beside a margin note, not cells
    return not (len(cols) == 2 and first_col and all(first_col))


def find_unruled(lines: Sequence[Line]) -> list[tuple[list[Line], list[tuple[float, float]]]]:
    """Runs of >= 3 adjacent lines whose segments line up in >= 2 columns."""
    found: list[tuple[list[Line], list[tuple[float, float]]]] = []
    run: list[Line] = []

    def close() -> None:
        _without_straddling_ends(run)
        multi = [ln.segments() for ln in run if len(ln.segments()) >= 2]
        cols = _columns(multi) if len(multi) >= 3 else []
        while run and len(run[-1].segments()) < 2 and not (
                len(run) >= 2 and cols and _last_line_carries_on(run[-2], run[-1], cols)):
            run.pop()
        if len(multi) >= 3:
            if _accept(multi, cols):
                kept = [ln for ln in run if len(ln.segments()) >= 2 or _fits(ln, cols)]
                found.append((kept, cols))
            else:
                anchored = _header_anchored(run)
                if anchored is not None:
                    found.append(anchored)
        run.clear()

    for line in lines:
        n = len(line.segments())
        near = run and line.top - run[-1].bottom <= 2.0 * line.size
        if n >= 2:
            if run and not near:
                close()
            run.append(line)
        elif run and line.top - run[-1].bottom <= 1.2 * line.size \
                and abs(line.size - run[-1].size) <= 0.15 * run[-1].size \
                and _fits(line, _columns([ln.segments() for ln in run
                                          if len(ln.segments()) >= 2])):
            run.append(line)  # a wrapped or one-cell line inside the table (not a heading)
        else:
            close()
    close()
    return found


def _without_straddling_ends(run: list[Line]) -> None:
    """Drops from a run its first (or last) line of several pieces when those pieces
    straddle the columns the other lines keep apart: a form's heading line above a
    table ('Council: Havering   Period: April-June 2010   Date completed: 07/07/10' over
    'Milestone | Apr-10 | Oct-10 | Apr-11') or a note under it, not one of its rows."""
    multi = [k for k, ln in enumerate(run) if len(ln.segments()) >= 2]
    if len(multi) < 4:
        return
    every = len(_columns([run[k].segments() for k in multi]))
    for end in (0, -1):
        k = multi[end]
        rest = [run[j].segments() for j in (multi[1:] if end == 0 else multi[:-1])]
        cols = _columns(rest)
        if len(cols) > every and _accept(rest, cols):
            if end == 0:
                del run[:k + 1]
            else:
                del run[k:]
            return


def _last_line_carries_on(above: Line, line: Line, cols: Sequence[tuple[float, float]]
                          ) -> bool:
    """The table's last line, one piece under a column right of the first, going on with
    the text above it that stops mid-sentence ('agreed at the Health and Social Care
    Board' under 'Joint prevention investment plan to be')."""
    segs = line.segments()
    if len(segs) != 1 or not _fits(line, cols):
        return False
    words = [w["text"] for w in segs[0]]
    a, _ = _seg_box(segs[0])
    k = next((k for k, (lo, hi) in enumerate(cols) if lo - 2 <= a <= hi + 2), None)
    if not k or not words[0][:1].islower() or sum(len(w) for w in words) < 4:
        return False
    for seg in above.segments():
        lo, _ = _seg_box(seg)
        if cols[k][0] - 2 <= lo <= cols[k][1] + 2:
            return not seg[-1]["text"].endswith(_ENDS_SENTENCE)
    return False


def _header_anchored(run: Sequence[Line]) -> tuple[list[Line], list[tuple[float, float]]] | None:
    """A sparse grid under a header row: the first line with >= 3 segments names the
    columns, and the lines below it put each segment under one of them (a tick grid
    where most cells are empty). The first column must be filled in most body rows."""
    start = next((i for i, ln in enumerate(run) if len(ln.segments()) >= 3), None)
    if start is None:
        return None
    header = [_seg_box(seg) for seg in run[start].segments()]
    # row labels with no header of their own (the corner cell left blank): a first
    # column from the labels' left edge to the first header
    left = [_seg_box(seg) for ln in run[start + 1:] for seg in ln.segments()
            if _seg_box(seg)[1] < header[0][0] - 2]
    if left:
        header.insert(0, (min(b[0] for b in left), max(b[1] for b in left)))
    bounds = [header[0][0] - 2] + [(header[i][1] + header[i + 1][0]) / 2
                                   for i in range(len(header) - 1)] + [header[-1][1] + 40]
    body: list[Line] = []
    first_filled = 0
    for line in run[start + 1:]:
        slots = []
        for seg in line.segments():
            a, b = _seg_box(seg)
            k = next((k for k in range(len(header)) if bounds[k] <= a < bounds[k + 1]), None)
            if k is None or b > bounds[k + 1] + 2 or k in slots:
                return None  # a segment across two columns: not this grid
            slots.append(k)
        first_filled += 0 in slots
        body.append(line)
    if len(body) < 2 or first_filled < 0.6 * len(body):
        return None
    cols = [(bounds[k] + (2 if k == 0 else 0), bounds[k + 1]) for k in range(len(header))]
    return [run[start], *body], cols


def _fits(line: Line, cols: Sequence[tuple[float, float]]) -> bool:
    """A one-segment line that starts in a column and stops before the next one (a row
    with one cell filled, possibly wider than the column's other cells)."""
    if len(cols) < 2:
        return False
    a, b = line.x0, line.x1
    for k, (lo, hi) in enumerate(cols):
        if lo - 2 <= a <= hi + 2:
            return k + 1 == len(cols) or b < cols[k + 1][0] - 2
    return False


def unruled_cells(lines: Sequence[Line], cols: Sequence[tuple[float, float]]) -> list[RawCell]:
    """Every grid position of an unruled table as a cell (blank ones included). Cell
    boxes touch: the boundary between two columns is the middle of the gap between
    them, and a row runs from the top of its line to the top of the next. A line that
    only carries on the texts of the row above (its first column empty, each of its
    pieces going on with a piece above that ends mid-sentence: 'service' under 'Capacity
    of the Direct Payments support') is that row's second line, not a row."""
    xb = [cols[0][0]] + [(cols[i][1] + cols[i + 1][0]) / 2
                         for i in range(len(cols) - 1)] + [cols[-1][1]]
    placed: list[dict[int, list[list[Obj]]]] = []
    for line in lines:
        by_col: dict[int, list[list[Obj]]] = {}
        for seg in line.segments():
            a, _ = _seg_box(seg)
            i = max(k for k in range(len(cols)) if k == 0 or a >= xb[k])
            by_col.setdefault(i, []).append(seg)
        placed.append(by_col)
    groups: list[list[int]] = []
    for r in range(len(lines)):
        if groups and _carries_on(placed[groups[-1][-1]], placed[r]):
            groups[-1].append(r)
        else:
            groups.append([r])
    yb = [lines[g[0]].top for g in groups] + [lines[-1].bottom]
    out: list[RawCell] = []
    for r, group in enumerate(groups):
        for i in range(len(cols)):
            chars = [ch for k in group for seg in placed[k].get(i, ()) for w in seg
                     for ch in w["chars"]]
            out.append(RawCell((xb[i], yb[r], xb[i + 1], yb[r + 1]), chars))
    return out


_ENDS_SENTENCE = (".", ":", ";", "!", "?", ")")


def _carries_on(above: dict[int, list[list[Obj]]], line: dict[int, list[list[Obj]]]) -> bool:
    if 0 in line or not line or 0 not in above:
        return False
    for i, segs in line.items():
        words = [w["text"] for seg in segs for w in seg]
        text_above = [w["text"] for seg in above.get(i, ()) for w in seg]
        if not text_above or text_above[-1].endswith(_ENDS_SENTENCE):
            return False
        first = words[0] if words else ""
        if not first[:1].islower() or sum(len(w) for w in words) < 4:
            return False
    return True


# ---------------------------------------------------------------------------
# Tables continued across pages


def col_edges(table: Table) -> list[float]:
    """Left x of each grid column (from cells that start there), right x of the last."""
    edges: dict[int, float] = {}
    right = 0.0
    for cell in table.cells:
        bbox = cell.provenance.bbox
        if bbox is None:
            continue
        edges.setdefault(cell.col, bbox[0])
        if cell.last_col == table.n_cols - 1:
            right = max(right, bbox[2])
    return [edges.get(i, -1000.0) for i in range(table.n_cols)] + [right]


def continues(prev: Table, cur: Table) -> bool:
    """Does ``cur`` (top of a page) continue ``prev`` (end of the previous page)?"""
    if _same_first_row(prev, cur):
        return True
    if prev.n_cols != cur.n_cols:
        return False
    a, b = col_edges(prev), col_edges(cur)
    return all(abs(x - y) <= JOIN_X_TOLERANCE for x, y in zip(a, b, strict=True))


RowKey = list[tuple[str, tuple[tuple[int, MarkKind, int | None], ...], int, int]]


def _norm_row(row: Sequence[Cell]) -> RowKey:
    """Each cell's words (spaces squashed, lower case), marks (line, kind, offset) and
    place: a header row repeated on the next page has the same key."""
    return [(re.sub(r"\s+", " ", c.text).strip().lower(),
             tuple((k, m.kind, m.at) for k, line in enumerate(c.lines) for m in line.marks),
             c.col, c.col_span) for c in row]


def _same_first_row(prev: Table, cur: Table) -> bool:
    rows_a, rows_b = prev.rows(), cur.rows()
    if not rows_a or not rows_b:
        return False
    a, b = _norm_row(rows_a[0]), _norm_row(rows_b[0])
    return a == b and any(text or found for text, found, _, _ in a)


def join_tables(prev: Table, cur: Table) -> Table:
    """``prev`` with the rows of ``cur`` below it: a repeated header row is dropped and a
    row cut across the break (first cell blank, same cell layout) is joined onto the
    last row of ``prev``."""
    rows_cur = cur.rows()
    skip = 1 if _same_first_row(prev, cur) and len(rows_cur) > 1 else 0
    cells = list(prev.cells)
    offset = prev.n_rows - skip
    if len(rows_cur) > skip and _cut_row(prev, rows_cur[skip]):
        last = prev.rows()[-1]
        by_col = {c.col: c for c in last}
        for c in rows_cur[skip]:
            target = by_col[c.col]
            i = next(k for k, x in enumerate(cells) if x is target)
            cells[i] = _merge_cells(target, c)
        skip += 1
        offset -= 1
    for c in cur.cells:
        if c.row < skip:
            continue
        row = c.row + offset
        c.row = row  # the page's table is not kept: its cells move into the joined one
        c.provenance = replace(c.provenance, row=row)
        cells.append(c)
    n_rows = max(c.last_row for c in cells) + 1
    return Table(cells=cells, n_rows=n_rows, n_cols=max(prev.n_cols, cur.n_cols),
                 provenance=prev.provenance)


def _cut_row(prev: Table, first: Sequence[Cell]) -> bool:
    rows_prev = prev.rows()
    if not rows_prev or not first:
        return False
    last = rows_prev[-1]
    layout_a = [(c.col, c.col_span) for c in last]
    layout_b = [(c.col, c.col_span) for c in first]
    # (the label cell blank, or going on with the label above in lower case: 'How likely
    # are we to achieve this' + 'milestone by this date?')
    head = first[0].text.strip()
    if not (layout_a == layout_b and (not head or (
            head[:1].islower() and not last[0].text.rstrip().endswith(_ENDINGS)))
            and not first[0].marks and bool(last[0].text.strip())
            and any(c.text.strip() for c in first)):
        return False
    # A cut cell's text stops mid-sentence; a complete row ends its sentences. And what
    # goes on is one cell's text, or text that goes on in lower case: a row of several
    # new cells ("Fairly likely | ... | Fairly unlikely") is a new row, not the rest.
    filled = [c.text.strip() for c in first if c.text.strip()]
    if len(filled) > 1 and not all(t[:1].islower() for t in filled):
        return False
    return any(a.text.strip() and b.text.strip() and not a.text.rstrip().endswith(_ENDINGS)
               for a, b in zip(last, first, strict=True))


_ENDINGS = (".", "?", "!", ":", ";", ")")


def _merge_cells(a: Cell, b: Cell) -> Cell:
    return replace(a, fill=a.fill or b.fill, lines=a.lines + b.lines)


def join_across_pages(pages: Sequence[tuple[float, list[tuple[float, Block]]]],
                      ) -> list[Block]:
    """Blocks of all pages in order, with tables continued across a page break joined.

    ``pages`` holds, for every page in order, its height and its (top, block) items in
    reading order. Running headers, footers and page numbers do not stop a table from
    continuing: short paragraphs in the top or bottom 10% of a page, unless set in bold
    and standing in the margin of no other page (words, numbers aside): that is a
    heading at the top of the next page ('Milestone 2: ...'), and it ends the table.
    """
    repeated = _running_margins(pages)
    out: list[Block] = []
    open_table: Table | None = None  # the last body block of the previous page, a table
    for height, items in pages:
        ending: Table | None = None
        body_started = False
        for top, block in items:
            if isinstance(block, Table):
                if not body_started and open_table is not None and continues(open_table,
                                                                            block):
                    joined = join_tables(open_table, block)
                    out[_position(out, open_table)] = joined
                    block = joined
                else:
                    out.append(block)
                body_started = True
                ending = block
            else:
                out.append(block)
                key = _margin_key(top, height, block)
                if key is None or (key not in repeated and _bold(block)):
                    body_started = True
                    ending = None
        open_table = ending
    return out


_NUMBER = re.compile(r"\d+")


def _margin_key(top: float, height: float, block: Paragraph) -> str | None:
    """A short paragraph in the top or bottom 10% of a page: its words, numbers blanked
    ('page #'); None for any other paragraph."""
    if not (top < 0.1 * height or top > 0.9 * height) or len(block.text) >= 80:
        return None
    return _NUMBER.sub("#", " ".join(block.text.lower().split()))


def _bold(block: Paragraph) -> bool:
    """Every word of the paragraph set in bold (a heading)."""
    lines = [line for line in block.lines if line.text.strip()]
    return bool(lines) and all(line.covered(0, len(line.text), Style.BOLD) for line in lines)


def _running_margins(pages: Sequence[tuple[float, list[tuple[float, Block]]]]) -> set[str]:
    """The margin paragraphs (by :func:`_margin_key`) that stand on two pages or more,
    at the same height (a running header or footer keeps its place; a heading that
    happens to fall at the foot of two pages, in two copies of a form, does not)."""
    seen: dict[str, list[tuple[int, float]]] = {}
    repeated: set[str] = set()
    for k, (height, items) in enumerate(pages):
        for top, block in items:
            if isinstance(block, Paragraph):
                key = _margin_key(top, height, block)
                if key is None or key in repeated:
                    continue
                places = seen.setdefault(key, [])
                for page, at in places:
                    if page != k and abs(at - top) <= RUNNING_Y_TOLERANCE:
                        repeated.add(key)
                        break
                places.append((k, top))
    return repeated


def _position(blocks: Sequence[Block], block: Block) -> int:
    return next(i for i, b in enumerate(blocks) if b is block)


def renumber(blocks: Sequence[Block]) -> list[Block]:
    """Set every provenance's block index to the block's position (in place: the blocks
    are the reader's own)."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        prov = block.provenance
        block.provenance = prov.at_block(i, prov.row, prov.col)
        if isinstance(block, Table):
            for c in block.cells:
                c.provenance = c.provenance.at_block(i, c.row, c.col)
        out.append(block)
    return out
