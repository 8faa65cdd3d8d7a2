"""The twelve underpinning requirements and their ratings, read from tables.

A requirement is named by a cell wording it (as the template does, fuzzily, or by a
paraphrase among others). Its rating is read from the cells right of that wording, up
to the next wording in the row, by each of these layouts:

* **rating columns**: a header row names two or more ratings ("Red | Amber/Red | ...",
  "R | A/R | A/G | G"); the requirement's cells under them are a choice decided by
  :mod:`.selection` (a mark, a colour among plain siblings, emphasis, strike-through);
* **rating options in a cell**: "● R ○ A/R ○ A/G ○ G", "Red / ~~Amber~~ ...";
* **rating written**: a cell whose text is a rating ("Amber/Green", "A/G", "G/A",
  "Rating: Amber/Red");
* **rating colour**: one cell of the row filled red, amber or green, nothing else.

Layouts that read a requirement differently give no rating and a warning naming both.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazy_re as re  # re, each pattern compiled on first use
from .. import marks as vocab
from ..document import Cell, Provenance
from ..framework import Rating, parse_rating
from .fit import option_styles, split_options
from .grid import Grid
from .labels import MIN_NAMED_TOGETHER, requirement_id, requirement_keywords
from .selection import Member, decide_block
from .tags import Field, Option, option_of_rating


@dataclass
class RatingReading:
    requirement: str
    rating: Rating | None
    layout: str
    rule: str
    provenance: Provenance | None = None
    exact: bool = True  # worded as the template words it, not a paraphrase
    group: tuple[str, int] = ("", 0)  # the table or run of lines it was found in
    warning: str | None = None


@dataclass
class _Wording:
    cell: Cell
    rid: str
    exact: bool


RATING_OPTIONS = frozenset(option_of_rating(r) for r in Rating)


def _ref_code(text: str) -> bool:
    """A row's reference before its label ('R2', '1a', 'UR10'): the label is the next cell
    (up to two letters, one or two digits, a letter; string tests, no pattern)."""
    t = text.strip().rstrip(".")
    if not 1 <= len(t) <= 5 or not t.isascii() or not t.isalnum():
        return False
    lead = len(t) - len(t.lstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    digits = t[lead:]
    if digits[-1:].isalpha() and digits[-1:].islower():
        digits = digits[:-1]
    return lead <= 2 and 1 <= len(digits) <= 2 and digits.isdigit()


def _group_label(grid: Grid, cell: Cell) -> bool:
    """A group's label written again on each of its rows ('Engagement' | 'Service users',
    'Engagement' | 'Staff'): the same text as the cell above or below it in its column."""
    text = cell.text.strip()
    if not text or cell.col + 1 >= grid.n_cols:
        return False
    return any(other is not None and other is not cell and other.col == cell.col
               and other.text.strip() == text
               for other in (grid.at(cell.row - 1, cell.col), grid.below(cell)))


def _wordings(grid: Grid) -> list[_Wording]:
    out: list[_Wording] = []
    firsts: dict[tuple[int, int], Cell | None] = {}  # each row's label (its first cell)
    for cell in grid.cells:
        t = grid.tag(cell)
        if t.rating is not None:
            continue
        text = cell.text
        rid = requirement_id(text) if len(text) >= 12 else None
        if rid is not None:
            out.append(_Wording(cell, rid, True))
            continue
        # a paraphrase only as the row's label: its first cell, after any group's label
        # merged down beside several rows ('Engagement of stakeholders' | 'Service users')
        # (or the first after a rating: two requirements to a row, 'Staff | A/G | Business
        # models | A/R')
        if not 6 < len(text) <= 120:
            continue
        key = (cell.row, cell.row_span)
        if key not in firsts:
            firsts[key] = next((c for c in grid.row_cells(cell.row) if not grid.tag(c).empty
                                and c.row_span <= cell.row_span and not _ref_code(c.text)
                                and not _group_label(grid, c)), None)
        first = firsts[key]
        left = next(grid.leftwards(cell), None) if cell is not first else None
        if cell is first or (left is not None and grid.tag(left).rating is not None):
            rid = requirement_keywords(text)
            # a milestone's row label is none ('1 Partnerships with users, carers &
            # citizens'); a short name of one may be a requirement's ('Financial systems
            # for personal budgets'), unless by 'users' alone
            if rid is not None and (t.milestone is None or t.milestone_how == "short" and
                                    rid != "engagement.service_users"):
                out.append(_Wording(cell, rid, False))
    return out


def _rating_headers(grid: Grid, wordings: list[_Wording]) -> dict[int, list[tuple[Rating, Cell]]]:
    """Rows naming two or more ratings (and wording no requirement): their cells. A key
    of colours ('Key: | Red | Amber/Red | ...') is no header: see :func:`colour_key`."""
    worded_rows = {w.cell.row for w in wordings if w.exact}
    out: dict[int, list[tuple[Rating, Cell]]] = {}
    for r in range(grid.n_rows):
        if r in worded_rows:
            continue
        cells = [(rt, c) for c in grid.row_cells(r)
                 if (rt := grid.tag(c).rating or _period_led_rating(c.text)) is not None]
        if len({rt for rt, _ in cells}) >= 2 and not _is_key(grid, r, cells):
            out[r] = cells
    for r in sorted(out):
        if r - 1 >= 0 and r - 1 not in worded_rows:
            joined = _wrapped_header(grid, r - 1, r)
            if joined is not None:
                out.pop(r - 1, None)
                out[r] = joined
    return out


_AMBER_CUT = re.compile(r"^\s*amber\s*[/!|l1\\]?\s*$", re.I)


def _wrapped_header(grid: Grid, upper: int, lower: int) -> list[tuple[Rating, Cell]] | None:
    """Two header rows that are one header wrapped ('Amber/' over 'Red' in a narrow
    column, a PDF's lines read as two rows; 'Amber!' as a scan reads it): each column's
    rating read from both rows (None when the upper row wraps nothing)."""
    above = {c.col: c for c in grid.row_cells(upper)}
    if not any(_AMBER_CUT.match(c.text) for c in above.values()):
        return None
    out: list[tuple[Rating, Cell]] = []
    below = {c.col: c for c in grid.row_cells(lower)}
    for col in sorted(set(above) | set(below)):
        top, bottom = above.get(col), below.get(col)
        top_text = top.text.strip() if top is not None else ""
        bottom_text = bottom.text.strip() if bottom is not None else ""
        if _AMBER_CUT.match(top_text):
            rating = parse_rating("amber/" + bottom_text) if bottom_text else None
            if rating is None:
                return None
        elif top_text and bottom_text:
            if parse_rating(top_text) is None and parse_rating(bottom_text) is None:
                continue  # the rows' label column ('Are all stakeholders ...')
            return None  # both rows have words in this column: not one header wrapped
        else:
            rating = parse_rating(top_text or bottom_text) if top_text or bottom_text else None
        if rating is not None:
            out.append((rating, top if top is not None else bottom))  # type: ignore[arg-type]
    return out if len({rt for rt, _ in out}) >= 2 else None


# a quarter or a month before a rating column's name: 'Q3 Red', 'Dec 10 Amber/Green',
# 'Current: Green' (the return's own columns beside an earlier quarter's)
_PERIOD_LEAD = re.compile(r"^\s*(?:q[1-4]|quarter\s*[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|"
                          r"sep|oct|nov|dec)[a-z]*\.?\s*'?(?:20)?\d\d|current|latest|this\s+"
                          r"quarter)\b\s*[:\-\u2013]?\s*", re.I)


def _period_led_rating(text: str) -> Rating | None:
    if len(text) > 40 or not text[:1].isalpha():
        return None
    low = text.lower()
    if "red" not in low and "green" not in low and "amber" not in low:
        return None
    m = _PERIOD_LEAD.match(text)
    return parse_rating(text[m.end():]) if m is not None and m.end() < len(text) else None


_KEY_LABEL = re.compile(r"^\s*(?:key|legend|colour\s+key|rag\s+key)\s*:?\s*$", re.I)


def _is_key(grid: Grid, row: int, cells: list[tuple[Rating, Cell]]) -> bool:
    """A row of ratings that is a key: labelled 'Key:' / 'Legend' (a header row of rating
    columns may be coloured too: colour alone makes no key)."""
    first = next((c for c in grid.row_cells(row) if c.text.strip()), None)
    return first is not None and _KEY_LABEL.match(first.text) is not None


def _written_colours(grid: Grid) -> list[tuple[str, Rating]]:
    """The colours the table gives its written ratings ('Amber-Green' on light green,
    'Amber-Red' on orange), two ratings or more: its own key, whatever the palette (a
    pale yellow input cell left blank is no Amber/Green)."""
    out: list[tuple[str, Rating]] = []
    for cell in grid.cells:
        rating = grid.tag(cell).rating
        if rating is not None and cell.fill is not None and not vocab.is_background(cell.fill):
            out.append((cell.fill, rating))
    return out if len({rt for _, rt in out}) >= 2 else []


def _two_ambers(grid: Grid) -> list[tuple[str, Rating]]:
    """A table filled in two ambers and nothing else amber: the more orange is Amber/Red,
    the more yellow Amber/Green (whatever their hues), with red and green as they are."""
    ambers: list[str] = []
    others: list[tuple[str, Rating]] = []
    for cell in grid.cells:
        name = vocab.colour_name(cell.fill)
        if name is vocab.Colour.AMBER and cell.fill is not None:
            _add_distinct(ambers, cell.fill)
        elif name in (vocab.Colour.RED, vocab.Colour.GREEN) and cell.fill is not None:
            rating = vocab.rating_colour(cell.fill)
            if rating is not None:
                others.append((cell.fill, rating))
    if len(ambers) != 2:
        return []
    ambers.sort(key=vocab.hue)
    return [(ambers[0], Rating.AMBER_RED), (ambers[1], Rating.AMBER_GREEN), *others]


def _four_colours(grid: Grid) -> list[tuple[str, Rating]]:
    """Ratings shown by fills alone in exactly four colours from red to green (a red, an
    orange, a yellow or lime, a green): a four-step scale, Red, Amber/Red, Amber/Green and
    Green in the order of their hues, whatever the palette."""
    fills: list[str] = []
    for cell in grid.cells:
        fill = cell.fill
        if fill is None or vocab.strip_marks(cell.text).strip() or \
                vocab.colour_name(fill) not in (vocab.Colour.RED, vocab.Colour.AMBER,
                                                vocab.Colour.GREEN) or \
                vocab.lightness(fill) >= 0.85:
            continue
        _add_distinct(fills, fill)
    if len(fills) != 4:
        return []
    fills.sort(key=_hue_from_red)
    hues = [_hue_from_red(f) for f in fills]
    if vocab.colour_name(fills[0]) is not vocab.Colour.RED or \
            vocab.colour_name(fills[3]) is not vocab.Colour.GREEN or \
            any(b - a < 12 for a, b in zip(hues, hues[1:], strict=False)):
        return []
    return list(zip(fills, (Rating.RED, Rating.AMBER_RED, Rating.AMBER_GREEN, Rating.GREEN),
                    strict=True))


def _add_distinct(fills: list[str], fill: str) -> None:
    """Add ``fill`` unless one of ``fills`` is the same colour."""
    if not any(vocab.same_colour(fill, f) for f in fills):
        fills.append(fill)


def _hue_from_red(fill: str) -> float:
    h = vocab.hue(fill)
    return h - 360 if h >= 300 else h


def _two_greens(grid: Grid) -> list[tuple[str, Rating]]:
    """Ratings shown by fills alone in two distinct greens, and no yellow read as
    Amber/Green: a four-step scale's Amber/Green is the yellower green (a lime beside
    a grass green), Green the other; red and orange as they are."""
    greens: list[str] = []
    others: list[tuple[str, Rating]] = []
    for cell in grid.cells:
        fill = cell.fill
        if fill is None or vocab.strip_marks(cell.text).strip():
            continue
        rating = vocab.rating_colour(fill)
        if rating is Rating.GREEN:
            if vocab.lightness(fill) < 0.85:
                _add_distinct(greens, fill)
        elif rating is Rating.AMBER_GREEN:
            return []
        elif rating is not None:
            others.append((fill, rating))
    if len(greens) != 2:
        return []
    greens.sort(key=vocab.hue)
    if vocab.hue(greens[1]) - vocab.hue(greens[0]) < 20:
        return []
    return [(greens[0], Rating.AMBER_GREEN), (greens[1], Rating.GREEN), *others]


def colour_key(grid: Grid) -> list[tuple[str, Rating]]:
    """The table's key of colours: (fill, rating) for each rating of a key row filled in
    a colour."""
    out: list[tuple[str, Rating]] = []
    for r in range(grid.n_rows):
        cells = [(rt, c) for c in grid.row_cells(r) if (rt := grid.tag(c).rating) is not None]
        if len({rt for rt, _ in cells}) >= 2 and _is_key(grid, r, cells):
            out.extend((c.fill, rt) for rt, c in cells
                       if c.fill is not None and not vocab.is_background(c.fill))
    return out


def legend_key(grid: Grid) -> list[tuple[str, Rating]]:
    """A table that is a colour key alone ('Key' over 'Red', 'Amber/Red', ... each on its
    colour, a slide's legend beside its table): (fill, rating) for each, two or more."""
    out: list[tuple[str, Rating]] = []
    if grid.n_rows > 8 or grid.n_cols > 8 or len(grid.cells) > 16:
        return out
    for cell in grid.cells:
        text = cell.text.strip()
        if not text or _KEY_LABEL.match(text):
            continue
        rating = grid.tag(cell).rating
        if rating is None or cell.fill is None or vocab.is_background(cell.fill):
            return []
        out.append((cell.fill, rating))
    return out if len({rt for _, rt in out}) >= 2 else []


def read_ratings(grid: Grid, beside: list[tuple[str, Rating]] | None = None
                 ) -> list[RatingReading]:
    """The ratings a table gives; ``beside``: the key of a legend table beside it."""
    wordings = _wordings(grid)
    if not wordings:
        return []
    headers = _rating_headers(grid, wordings)
    key = colour_key(grid) or beside or _four_colours(grid) or _two_ambers(grid) or \
        _two_greens(grid)
    colours = _written_colours(grid)
    worded = {id(w.cell) for w in wordings}
    out: list[RatingReading] = []
    group = ("table", grid.table_no)
    for w in wordings:
        region = []
        for other in grid.rightwards(w.cell):
            if id(other) in worded:
                break  # two requirements side by side: each has the cells up to the next
            if id(other) not in grid.stale:  # an earlier report's column
                region.append(other)
        heads = _heads_for(grid, w, headers)
        # a form that offers rating columns is answered in them: a rating written in
        # another cell of the row is for reference (the previous rating) or a comment
        written = region if heads is None else [
            c for c in region
            if any(c.col <= h.last_col and c.last_col >= h.col for _, h in heads)]
        found = _by_columns(grid, w, region, headers) + _by_options_in_cell(region) \
            + _by_words(grid, written) + _by_colour(region, bool(headers), key, colours)
        if heads is None and found and all(f[1] == "rating written" for f in found) and any(
                m.kind.value in _CHOOSING for c in region if grid.tag(c).rating is None
                for m in c.marks):
            # a code written beside ticks (in cells of no rating word) no header places (a
            # table continued on the next page without its header row): the code may be
            # last quarter's, the ticks this one's; nothing is read
            found = []
        if not found:
            found = _by_commentary(grid, region)
        out.append(_decide(w, found, group))
    return out


Found = tuple[Rating | None, str, str, Provenance | None, str | None]  # rating, layout, rule
_CHOOSING = frozenset({"tick", "cross", "checked_box", "radio_on"})


def _heads_for(grid: Grid, w: _Wording, headers: dict[int, list[tuple[Rating, Cell]]],
               ) -> list[tuple[Rating, Cell]] | None:
    """The rating columns' header cells a requirement's row answers under, if any."""
    above = [r for r in headers if r < w.cell.row]
    heads = headers[max(above)] if above else None
    if heads is None:
        heads = _continued_headers(grid)
    return heads or None


def _by_columns(grid: Grid, w: _Wording, region: list[Cell],
                headers: dict[int, list[tuple[Rating, Cell]]]) -> list[Found]:
    heads = _heads_for(grid, w, headers)
    if not heads:
        return []
    members: list[Member] = []
    for rating, head in heads:
        under = next((c for c in region if c.col <= head.last_col and c.last_col >= head.col
                      and not _is_header_for(c, head, grid)), None)
        if under is None:
            continue
        marks_ = tuple(m for ln in under.lines for m in ln.marks)
        members.append(Member(option_of_rating(rating), marks_, under.text.strip(), under.fill,
                              False, False, under.provenance, "under the rating's column",
                              has_slot=True))
    if len(members) < 2:
        return []
    decisions = decide_block(members)
    if not decisions:
        return []
    d = decisions[0]
    if d.warning:
        return [(None, "rating columns", "", None, d.warning)]
    if d.value is None:
        return [(None, "rating columns", "", None, "no rating is marked")]
    return [(Rating(d.value), "rating columns", d.rule,
             d.member.provenance if d.member else None, None)]


def _is_header_for(cell: Cell, head: Cell, grid: Grid) -> bool:
    return cell is head


def _continued_headers(grid: Grid) -> list[tuple[Rating, Cell]] | None:
    heads = [(rt, c) for c in grid.context.headers if (rt := parse_rating(c.text)) is not None]
    if len({rt for rt, _ in heads}) >= 2 and grid.context.headers_n_cols == grid.n_cols:
        return heads
    return None


def _by_options_in_cell(region: list[Cell]) -> list[Found]:
    out: list[Found] = []
    for cell in region:
        members = [Member(opt, mk, words, None, emph, struck, cell.provenance, "same cell",
                          has_slot=True)
                   for line in cell.lines for opt, mk, words, emph, struck in
                   split_options(line, RATING_OPTIONS)]
        if len(members) < 2:
            continue
        for d in decide_block(members):
            if d.field is not Field.RATING:
                continue
            if d.warning:
                out.append((None, "rating options in a cell", "", None, d.warning))
            elif d.value is not None:
                out.append((Rating(d.value), "rating options in a cell", d.rule,
                            cell.provenance, None))
    return out


_LABELLED = re.compile(r"^\s*(?:rag|rating|rag rating|status|assessment)\s*[:\-\u2013]\s*(.+)$",
                       re.I)


def _by_words(grid: Grid, region: list[Cell]) -> list[Found]:
    out: list[Found] = []
    for cell in region:
        text = vocab.strip_marks(cell.text).strip()
        m = _LABELLED.match(text)
        rating = parse_rating(m[1] if m else text) if len(text) <= 40 else None
        if rating is None and "\u2192" in text:
            rating = grid.tag(cell).rating  # 'A/R → A/G': the rating it moved to
        if rating is not None:
            out.append((rating, "rating written", f"{text!r} in the requirement's row",
                        cell.provenance, None))
    if len({f[0] for f in out}) > 1:
        return _options_across(region)  # every rating written: the options, one picked
    return out


def _options_across(region: list[Cell]) -> list[Found]:
    """Each rating written in a cell of its own with the row's mark, colour, emphasis or
    strike-through telling which is picked ('○ Red | ● Amber/Red | ...')."""
    members = []
    for cell in region:
        rating = parse_rating(vocab.strip_marks(cell.text).strip())
        if rating is None:
            continue
        line = cell.lines[0] if cell.lines else None
        emph, aside = option_styles(line, 0, len(line.text)) if line else (False, False)
        members.append(Member(option_of_rating(rating), cell.marks, "", cell.fill,
                              emph, aside, cell.provenance, "same cell", has_slot=True))
    decisions = [d for d in decide_block(members) if d.field is Field.RATING]
    if not decisions:
        return []
    d = decisions[0]
    if d.warning:
        return [(None, "rating options in a row", "", None, d.warning)]
    if d.value is None:
        return []
    return [(Rating(d.value), "rating options in a row", d.rule,
             d.member.provenance if d.member else None, None)]


_RATING_TOKEN = re.compile(
    r"(?<![\w/])(?P<r>amber\s*[/-]\s*red|amber\s*[/-]\s*green|red\s*[/-]\s*amber|"
    r"green\s*[/-]\s*amber|red|green|[AaRrGg]\s*/\s*[AaRrGg]|(?-i:[RG]))(?![\w/])", re.I)
_PAST = re.compile(r"\b(?:from|previously|was|last\s+(?:quarter|time)|down\s+from|up\s+from|"
                   r"formerly|earlier)\W*(?:\w+\W+){0,1}$", re.I)


def _by_commentary(grid: Grid, region: list[Cell]) -> list[Found]:
    """A rating stated in a commentary under a column about the rating ('the rating is
    down from Amber/Green in September (Amber/Red)', 'Remains A/R: ...', 'moves up from
    A/G to G'): the one rating named that is not a past one."""
    out: list[Found] = []
    for cell in region:
        head = next((c for c in grid.upwards(cell) if c.row == 0), None)
        if head is None or not re.search(r"\b(?:rating|rag)\b", head.text, re.I):
            continue
        text = cell.text
        current = set()
        for m in _RATING_TOKEN.finditer(text):
            if _PAST.search(text[: m.start()]):
                continue
            rating = parse_rating(m["r"])
            if rating is not None:
                current.add(rating)
        if len(current) == 1:
            out.append((current.pop(), "rating in commentary",
                        "the one current rating the commentary names", cell.provenance, None))
    return out


def _by_colour(region: list[Cell], has_columns: bool,
               key: list[tuple[str, Rating]] | None = None,
               colours: list[tuple[str, Rating]] | None = None) -> list[Found]:
    if has_columns:
        return []  # the columns' own colour rule decides
    # a cell whose text is a rating is read by its words (a palette's light green may
    # be another's Amber/Green): colour decides only cells that say nothing
    coloured = [c for c in region if vocab.rating_colour(c.fill) is not None
                and parse_rating(vocab.strip_marks(c.text).strip()) is None]
    if len(coloured) != 1:
        return []
    cell = coloured[0]
    if colours:
        # the colours the table gives its written ratings: a fill of theirs means their
        # rating; another fill naming a rating they show in another colour means none
        # (a pale input cell left blank beside 'Amber-Green' written on light green)
        meant = {rt for fill, rt in colours if vocab.same_colour(fill, cell.fill)}
        if len(meant) == 1:
            return [(meant.pop(), "rating colour", f"fill {cell.fill} as the table's "
                     "written ratings", cell.provenance, None)]
        guess = vocab.rating_colour(cell.fill)
        if meant or guess in {rt for _, rt in colours}:
            said = guess.value if guess is not None else "a rating"
            return [(None, "rating colour", "", None,
                     f"fill {cell.fill} is not the colour the table gives {said}")]
    if key:  # the table's key says what each colour means; a colour not in it, nothing
        meant = {rt for fill, rt in key if vocab.same_colour(fill, cell.fill)}
        if len(meant) != 1:
            return [(None, "rating colour", "", None,
                     f"fill {cell.fill} is not one colour of the table's key")]
        return [(meant.pop(), "rating colour", f"fill {cell.fill} by the table's key",
                 cell.provenance, None)]
    return [(vocab.rating_colour(cell.fill), "rating colour", f"the one cell filled {cell.fill}",
             cell.provenance, None)]


def _decide(w: _Wording, found: list[Found], group: tuple[str, int]) -> RatingReading:
    decided = [f for f in found if f[0] is not None]
    ratings = {f[0] for f in decided}
    if len(ratings) == 1:
        rating, layout, rule, prov, _ = decided[0]
        return RatingReading(w.rid, rating, layout, rule, prov, w.exact, group)
    if len(ratings) > 1:
        names = "; ".join(f"{f[0].value} ({f[1]}: {f[2]})" for f in decided if f[0])
        return RatingReading(w.rid, None, "", "", None, w.exact, group,
                             f"layouts disagree, nothing reported ({names})")
    warning = next((f[4] for f in found if f[4]), "rating unreadable")
    return RatingReading(w.rid, None, "", "", None, w.exact, group, warning)


__all__ = ["RatingReading", "read_ratings", "requirement_keywords", "MIN_NAMED_TOGETHER",
           "Option"]
