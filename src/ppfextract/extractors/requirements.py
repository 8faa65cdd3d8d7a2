"""The twelve underpinning requirements and their ratings: tables and prose.

Tables are read by :mod:`.ratings`. In prose: a line naming a requirement and its
rating ("Engagement of local politicians: Green", "UR04 The full engagement of local
politicians Amber / Red"), a rating paragraph after a paragraph wording a requirement
(a definition list), and requirements listed by rating ("Rated green: engagement of
staff; workforce strategy.").

Paraphrased names count only where three or more requirements are named together. A
requirement rated differently in two places gets no rating and a warning naming both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Mark, Paragraph, Provenance
from ..framework import Rating, parse_rating
from ..record import RequirementRating
from .fit import option_styles, split_options
from .grid import Grid
from .labels import names_two_requirements, requirement_id
from .ratings import (
    MIN_NAMED_TOGETHER,
    RATING_OPTIONS,
    RatingReading,
    legend_key,
    read_ratings,
    requirement_keywords,
)
from .segments import says_earlier
from .selection import Member, decide_block, line_choice
from .tags import Field, option_of_rating


@dataclass
class RequirementsResult:
    ratings: list[RequirementRating] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_requirements(blocks: list[Paragraph | Grid]) -> RequirementsResult:
    return decide_ratings(rating_readings(blocks))


def decide_ratings(found: list[RatingReading],
                   keep: Callable[[Provenance | None], bool] | None = None
                   ) -> RequirementsResult:
    """The ratings the readings give (only those ``keep`` keeps, when given)."""
    if keep is not None:
        found = [f for f in found if f.rating is None or keep(f.provenance)]
    return _decide(found)


def rating_readings(blocks: list[Paragraph | Grid]) -> list[RatingReading]:
    found: list[RatingReading] = []
    run = 0
    previous = ""  # the paragraph before, for a wording and its rating as two paragraphs
    columns: list[Rating] | None = None  # a header line naming the ratings in order
    taken = _placed_rows(blocks, found)
    grids = [k for k, b in enumerate(blocks) if isinstance(b, Grid)]
    for k, item in enumerate(blocks):
        if isinstance(item, Grid):
            previous = ""
            run += 1
            columns = None
            found.extend(read_ratings(item, _legend_beside(blocks, grids, k)))
            continue
        if id(item) in taken:
            continue
        text = item.text
        if _rates_nothing(item, text):
            previous = text  # (a wording, perhaps, with its rating in the next paragraph)
            run += 1
            continue
        header = _rating_columns(text)
        if header is not None:
            chosen = _header_or_choice(item, previous, run)
            if chosen is None:
                columns = header
            else:  # the ratings offered, one marked: a choice, not a header
                found.append(chosen)
                previous = ""
            continue
        if columns is not None and item.lines and len(item.lines[0].marks) == len(columns):
            by_place = _marks_under_columns(item, columns, run)
            if by_place is not None:
                found.append(by_place)
                previous = ""
                continue
        in_prose = _counted_ratings(item, text) if "equirements" in text and (
            "twelve" in text or "welve" in text or "12 " in text) else []
        in_prose = in_prose or _ratings_in_prose(item, text, run)
        if in_prose:
            found.extend(in_prose)
            previous = ""
            continue
        by_marks = _options_after_wording(item, run)
        if by_marks is not None:  # 'The full engagement of ... ○ Red ○ Amber/Red ● Green'
            found.append(by_marks)
            previous = ""
            continue
        line = _rating_line(text)
        # the wording then every rating offered, one set apart by its style ('... service
        # users. Red / Amber/Red / **Green**'): the options, not the first one's rating
        styled = _styled_options_after_wording(item, run) if line is not None else None
        if styled is not None:
            found.append(styled)
            previous = ""
            continue
        pair = None if line is not None else _rating_after(previous, text)
        if pair is None and line is None and previous and item.lines and \
                any(ln.marks for ln in item.lines) and len(text) <= 120:
            pair = _rating_chosen_after(previous, item)
        previous = text
        if pair is not None:
            found.append(RatingReading(pair[0], pair[1], "rating after its wording",
                                       "a rating paragraph after the requirement's",
                                       item.provenance, True, ("lines", run)))
        elif line is None:
            run += 1
        else:
            found.append(RatingReading(line[0], line[2], "rating line",
                                       "the requirement then its rating", item.provenance,
                                       line[1], ("lines", run)))
    return found


def _legend_beside(blocks: list[Paragraph | Grid], grids: list[int], k: int
                   ) -> list[tuple[str, Rating]] | None:
    """The key of a legend table just before or after the table at ``k`` (two blocks
    away at most: a caption between), when only one is there."""
    keys = [key for j in grids if j != k and abs(j - k) <= 2
            and (key := legend_key(blocks[j]))]  # type: ignore[arg-type]
    return keys[0] if len(keys) == 1 else None


def _ratings_in_prose(item: Paragraph, text: str, run: int) -> list[RatingReading]:
    """Ratings a paragraph lists: 'Rated green: ..., ...'; or each wording then a dash and
    its rating, two or more in a row."""
    listed = _rated_list(text)
    if listed:
        return [RatingReading(rid, rating, "ratings listed in prose",
                              f"'rated {rating.label.lower()}:' list", item.provenance,
                              exact, ("rated lists", 0)) for rid, exact, rating in listed]
    in_run = _rated_run(text)
    if len(in_run) >= 2:
        return [RatingReading(rid, rating, "ratings in running text",
                              "each wording then a dash and its rating", item.provenance,
                              True, ("lines", run)) for rid, rating in in_run]
    return []


# 'Of the twelve underpinning requirements in the return, ten were rated green', 'all 12
# requirements were rated green'
_COUNT = r"(?:all|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_COUNTED_RATINGS = re.compile(
    r"\b(?:(?P<m>" + _COUNT + r")\s+of\s+the\s+|of\s+the\s+|all\s+(?:of\s+the\s+)?)"
    r"(?:twelve|12)\s+(?:underpinning\s+)?requirements\b[^.;]{0,60}?\b(?:(?P<n>" + _COUNT
    + r")\s+)?(?:of\s+them\s+)?(?:were\s+|are\s+|had\s+been\s+|have\s+been\s+)?"
    r"(?:rated|assessed\s+as|judged)\s+(?P<r>[a-z/\-]+(?:\s*[/\-]\s*[a-z]+)?)", re.I)
# '... the workforce strategy that supports the transformation was rated amber/green'
_RATED_CLAUSE = re.compile(r"(?P<name>[^.;]{8,200}?)\s+(?:was|were|is|are|had\s+been)\s+"
                           r"(?:rated|assessed\s+as|judged)\s+(?P<r>[a-z]+(?:\s*[/\-]\s*"
                           r"[a-z]+)?)", re.I)


def _counted_ratings(item: Paragraph, text: str) -> list[RatingReading]:
    """Ratings minutes state by a count and its exceptions ('Of the twelve underpinning
    requirements, ten were rated green. The financial systems ... were rated amber/red,
    and the workforce strategy ... amber/green'): read only when the exceptions named,
    each with its own rating, are as many as the count leaves."""
    m = _COUNTED_RATINGS.search(text)
    if m is None or says_earlier(text[max(0, text.rfind(". ", 0, m.start())):m.end()]):
        return []  # (none, or an earlier return's: 'In the June return, of the twelve ...')
    if m["m"] and m["n"]:
        return []  # two counts
    from .numbers import parse_number_words  # (only where minutes count the ratings)

    count_word = (m["m"] or m["n"] or "all").lower()
    count = 12 if count_word == "all" else int(count_word) if count_word.isdigit() else int(
        parse_number_words(count_word) or 0)
    rating = parse_rating(m["r"])
    if rating is None or not 1 <= count <= 12:
        return []
    rest = text[m.end():]
    exceptions: dict[str, Rating] = {}
    for clause in re.split(r",\s+and\s+|;\s+|\.\s+|,\s+while\s+|,\s+but\s+", rest):
        said = _RATED_CLAUSE.search(clause)
        if said is None:
            continue
        named = _requirement_named(re.sub(r"^\s*(?:and|but|while|the)\s+", "", said["name"],
                                          flags=re.I))
        other = parse_rating(said["r"])
        if named is None or other is None or other is rating or named[0] in exceptions:
            return []  # an exception not named, or rated as the count is
        exceptions[named[0]] = other
    if len(exceptions) != 12 - count:
        return []
    rule = f"'{m.group()}', and {len(exceptions)} named otherwise"
    return [RatingReading(rid, exceptions.get(rid, rating), "ratings counted in prose", rule,
                          item.provenance, True, ("counted", 0)) for rid in _ORDER]


def _header_or_choice(item: Paragraph, previous: str, run: int) -> RatingReading | None:
    """A line naming every rating: after a requirement's wording with one of them marked,
    that requirement's rating (None: a header line of rating columns)."""
    chosen = _rating_chosen_after(previous, item) if previous and \
        any(ln.marks for ln in item.lines) else None
    if chosen is None:
        return None
    return RatingReading(chosen[0], chosen[1], "rating after its wording",
                         "the ratings offered after the requirement's wording, one marked",
                         item.provenance, True, ("lines", run))


def _rates_nothing(item: Paragraph, text: str) -> bool:
    """A paragraph that can give no rating: no mark, no rating's word or code in it (a
    test far cheaper than the rules' patterns, for the many paragraphs of a paper)."""
    if len(text) <= 6 or "/" in text or "|" in text or _ends_in_code_letter(text):
        return False
    low = text.lower()
    if "green" in low or "amber" in low or "rated" in low or "rating" in low or "rag" in low:
        return False
    at = low.find("red")
    while at >= 0:
        if (at == 0 or not low[at - 1].isalpha()) and not low[at + 3:at + 4].isalpha():
            return False
        at = low.find("red", at + 3)
    return not any(line.marks for line in item.lines) and _code_token(text) is None


def _placed_rows(blocks: list[Paragraph | Grid], found: list[RatingReading]) -> set[int]:
    """The paragraphs that are the rows of a header row's rating columns (see
    :class:`_PlacedRows`), their readings added to ``found``."""
    taken: set[int] = set()
    placed: _PlacedRows | None = None
    for n, item in enumerate(blocks):
        if placed is not None and isinstance(item, Paragraph) and placed.take(item):
            taken.add(id(item))
            continue
        if placed is not None:
            found.extend(placed.readings(n))
        placed = _PlacedRows.under(item) if isinstance(item, Grid) else None
    if placed is not None:
        found.extend(placed.readings(len(blocks)))
    return taken


_RATING_HINT = re.compile(r"(?i:red|green|amber)|\b[RAG]\b")


def _rating_hint(text: str) -> bool:
    """``_RATING_HINT.search(text) is not None``; on ASCII text the words by substring
    tests first (the pattern, led by no fixed letter, is tried at every position)."""
    if text.isascii():
        low = text.lower()
        if "red" in low or "green" in low or "amber" in low:
            return True
        if "R" not in text and "A" not in text and "G" not in text:
            return False
    return _RATING_HINT.search(text) is not None


def _rating_columns(text: str) -> list[Rating] | None:
    """A line naming the ratings one after another ('Red Amber/Red Amber/Green Green'):
    the heads of a table whose lines came out as text."""
    if len(text) > 80 or not _rating_hint(text):
        return None
    tokens = text.replace("|", " ").split()
    if len(tokens) < 2:
        return None
    ratings: list[Rating] = []
    for token in tokens:
        rating = parse_rating(token)
        if rating is None:
            return None  # a word that is no rating: no line of ratings
        ratings.append(rating)
    return ratings if len(set(ratings)) == len(ratings) else None


def _options_after_wording(p: Paragraph, run: int) -> RatingReading | None:
    """A requirement's wording, then the ratings offered on the same line, each led by
    its mark (an online form's printout: '... service users. ○ Red ○ Amber/Red ○
    Amber/Green ● Green')."""
    line = p.lines[0] if p.lines else None
    if line is None or len(line.marks) < 2:
        return None
    pieces = split_options(line, RATING_OPTIONS)
    if len(pieces) < 2:
        return None
    first = min((m.at for m in line.marks if m.at is not None), default=0)
    wording = line.text[:first].strip()
    rid = requirement_id(wording) if len(wording) >= 12 else None
    if rid is None:
        return None
    members = [Member(opt, marks_, words, None, emph, struck, p.provenance, "same line",
                      has_slot=True) for opt, marks_, words, emph, struck in pieces]
    return _decided_rating(rid, members, "rating options after the wording", p.provenance,
                           ("lines", run), "no rating is marked")


# a rating word, as offered in a list ('Red / Amber/Red / Amber/Green / Green')
_OPTION_IN_RUN = re.compile(r"amber\s*/\s*red|amber\s*/\s*green|amber|red|green", re.I)


def _options_at_end(text: str) -> list[re.Match[str]]:
    """The rating words that end ``text`` with only separators ('/', '|', ',', spaces)
    between them, the first of them after a space or stop ([] when the text does not end
    in one)."""
    found = list(_OPTION_IN_RUN.finditer(text))
    run: list[re.Match[str]] = []
    end = len(text.rstrip(" /|,."))
    for m in reversed(found):
        if m.end() != end or (m.start() and text[m.start() - 1].isalnum()):
            break
        run.append(m)
        end = len(text[:m.start()].rstrip(" /|,"))
    return run[::-1]


def _two_rating_words(text: str) -> bool:
    """Two or more rating words in ``text`` (a substring count, before any pattern)."""
    low = text.lower()
    return low.count("red") + low.count("green") + low.count("amber") >= 2


def _styled_options_after_wording(p: Paragraph, run: int) -> RatingReading | None:
    """A requirement's wording with the ratings offered after it on each line, the
    chosen one told by emphasis or the others by strike-through or grey: a two-column
    row printed as text ('The full engagement of all service users. Red / Amber/Red /
    Amber/Green / **Green**'; the wording may wrap between the options' lines). Two or
    more different ratings offered are options, never a stated rating: with no style
    telling one from the others the requirement is reported unread."""
    if not p.lines or len(p.lines) > 6 or not _two_rating_words(p.text) or any(
            ln.marks for ln in p.lines):
        return None
    wording: list[str] = []
    members: list[Member] = []
    for line in p.lines:
        offered = _options_at_end(line.text) if _rating_hint(line.text) else []
        if not offered:
            wording.append(line.text)
            continue
        wording.append(line.text[:offered[0].start()])
        for o in offered:
            rating = parse_rating(o.group())
            if rating is None:
                return None
            emph, aside = option_styles(line, o.start(), o.end())
            members.append(Member(option_of_rating(rating), (), "", None, emph, aside,
                                  p.provenance, "same line", has_slot=True))
    if len({mb.option for mb in members}) < 2 or len({mb.option for mb in members}) != len(
            members):
        return None
    text = " ".join(w.strip() for w in wording if w.strip())
    rid = requirement_id(text) if len(text) >= 12 else None
    if rid is None:
        return None
    return _decided_rating(rid, members, "rating options after the wording", p.provenance,
                           ("lines", run), "the ratings are offered but none is marked")


class _PlacedRows:
    """A table's header row naming the ratings, its rows come out as text below it (an
    online form's printout: radio buttons under 'Red | Amber/Red | Amber/Green | Green',
    last quarter's rating written in a column of its own). Each mark is placed by where
    it stands: under the column whose header it is below, in the row of the marks beside
    it (a wording that wraps splits a row's marks between two lines of text). A row
    gives a rating only with one mark under every rating column; a rating written in
    the rows' text is no choice (it stands in another column, or is the option's own
    head), so the rows' text is not read for ratings."""

    _SAME_ROW = 4.0  # points between marks' middles on one row

    def __init__(self, columns: list[tuple[float, float, Rating]], page: int | None) -> None:
        self.columns = columns
        self.page = page
        self.rows: list[tuple[float, str | None, list[tuple[Rating, Mark]], Provenance]] = []
        self.wording = ""  # a wording whose marks are still to come

    @classmethod
    def under(cls, grid: Grid) -> _PlacedRows | None:
        table = grid.table
        if table.n_rows != 1 or len(table.cells) < 4:
            return None
        columns: list[tuple[float, float, Rating]] = []
        page = None
        for cell in table.cells:
            box = cell.provenance.bbox if cell.provenance else None
            rating = parse_rating(cell.text) if len(cell.text) <= 12 else None
            if rating is not None and box is not None:
                columns.append((box[0], box[2], rating))
                page = cell.provenance.page
        if len(columns) < 3 or len({c[2] for c in columns}) != len(columns):
            return None
        return cls(columns, page)

    def _column(self, mark: Mark) -> Rating | None:
        if mark.bbox is None:
            return None
        middle = (mark.bbox[0] + mark.bbox[2]) / 2
        return next((r for x0, x1, r in self.columns if x0 <= middle <= x1), None)

    def take(self, p: Paragraph) -> bool:
        """Whether ``p`` is one of the rows' lines (it is then taken)."""
        if p.provenance.page != self.page:
            return False
        marks = [(r, m) for ln in p.lines for m in ln.marks
                 if (r := self._column(m)) is not None]
        text = p.text.strip()
        if not marks:
            if not self.rows or not text:
                return False
            if text[0].islower():  # a wording's wrapped end
                return True
            if requirement_id(text) is not None:
                self.wording = text
                return True
            return False
        offered = _options_at_end(text)
        wording = text[:offered[0].start()] if offered else text
        rid = requirement_id(self.wording + " " + wording) if len(wording) >= 12 or \
            self.wording else None
        for mark_rating, mark in marks:
            assert mark.bbox is not None
            middle = (mark.bbox[1] + mark.bbox[3]) / 2
            row = next((r for r in self.rows if abs(r[0] - middle) <= self._SAME_ROW), None)
            if row is None:
                row = (middle, rid, [], p.provenance)
                self.rows.append(row)
            elif row[1] is None and rid is not None:
                self.rows[self.rows.index(row)] = row = (row[0], rid, row[2], row[3])
            row[2].append((mark_rating, mark))
        self.wording = ""
        return True

    def readings(self, group: int) -> list[RatingReading]:
        out: list[RatingReading] = []
        wanted = sorted(r.value for _, _, r in self.columns)
        for _, rid, marks, prov in self.rows:
            if rid is None:
                continue
            if sorted(r.value for r, _ in marks) != wanted:
                out.append(RatingReading(rid, None, "", "", None, True, ("placed", group),
                                         "the marks under the rating columns are not one "
                                         "to a column"))
                continue
            members = [Member(option_of_rating(r), (m,), provenance=prov,
                              where="in the rating's column", has_slot=True)
                       for r, m in marks]
            out.append(_decided_rating(rid, members,
                                       "marks under a header row's rating columns", prov,
                                       ("placed", group)))
        return out


def _marks_under_columns(p: Paragraph, columns: list[Rating], run: int
                         ) -> RatingReading | None:
    """A requirement's line of a table that came out as text: its wording, then one mark
    per rating column in the header's order ('... service users. □ ■ □ □')."""
    line = p.lines[0]
    first = min((m.at for m in line.marks if m.at is not None), default=None)
    wording = line.text[:first].strip() if first is not None else ""
    rid = requirement_id(wording) if len(wording) >= 12 else None
    if rid is None:
        return None
    ordered = sorted(line.marks, key=lambda m: m.at or 0)
    members = [Member(option_of_rating(r), (m,), provenance=p.provenance,
                      where="in the rating's column", has_slot=True)
               for r, m in zip(columns, ordered, strict=True)]
    return _decided_rating(rid, members, "marks under rating columns", p.provenance,
                           ("lines", run))


def _decided_rating(rid: str, members: list[Member], layout: str, prov: Provenance,
                    group: tuple[str, int], none_marked: str | None = None) -> RatingReading:
    """The rating ``members`` decide for requirement ``rid``; with none decided, a reading
    of no rating and why (the decision's warning, else ``none_marked``)."""
    decided = [d for d in decide_block(members) if d.field is Field.RATING]
    if not decided or decided[0].value is None:
        return RatingReading(rid, None, "", "", None, True, group,
                             (decided[0].warning if decided else None) or none_marked)
    return RatingReading(rid, Rating(decided[0].value), layout, decided[0].rule, prov, True,
                         group)


def _decide(found: list[RatingReading]) -> RequirementsResult:
    res = RequirementsResult()
    named: dict[tuple[str, int], set[str]] = {}
    for f in found:
        if f.exact or f.rating is not None:
            named.setdefault(f.group, set()).add(f.requirement)
    by_req: dict[str, list[RatingReading]] = {}
    for f in found:
        if not f.exact and (f.rating is None or len(named[f.group]) < MIN_NAMED_TOGETHER):
            continue
        by_req.setdefault(f.requirement, []).append(f)
    for rid, group in by_req.items():
        rated = [f for f in group if f.rating is not None]
        ratings = {f.rating for f in rated}
        if len(ratings) > 1:
            names = "; ".join(f"{f.rating.value} ({f.layout}: {f.rule})" for f in rated
                              if f.rating is not None)
            res.warnings.append(f"requirement {rid}: rated differently in two places, "
                                f"nothing reported ({names})")
            continue
        if not rated:
            warning = next((f.warning for f in group if f.warning), None)
            if warning:
                res.warnings.append(f"requirement {rid}: {warning}")
            continue
        f = rated[0]
        assert f.rating is not None
        prov = {"rating": f.provenance.with_rule(f"{f.layout}: {f.rule}")} \
            if f.provenance else {}
        res.ratings.append(RequirementRating(rid, f.rating, prov))
    order = {r: k for k, r in enumerate(_ORDER)}
    res.ratings.sort(key=lambda r: order.get(r.requirement, 99))
    return res


from ..framework import REQUIREMENT_IDS as _ORDER  # noqa: E402

_RATING_LINE = re.compile(r"^\s*(?P<name>[^:]{8,200}?)\s*(?::|\s[\u2013\u2014-]\s)\s*"
                          r"(?P<r>[A-Za-z][A-Za-z /\-]{0,20}?)\s*\.?\s*$")
# A requirements table without lines, read as text: 'UR04 The full engagement of local
# politicians Amber / Red', the rating word after the wording (and a note after it).
_RATING_AFTER = re.compile(
    r"^\s*(?:[A-Z]{1,4}\s?\d{1,3}[.:)]?\s+)?(?P<name>[^:]{8,200}?)[.;,]?\s+"
    r"(?P<r>amber\s*/\s*red|amber\s*/\s*green|red|green|a\s*/\s*r|a\s*/\s*g)\b", re.I)
_SPACED_RED_GREEN = re.compile(r"\s(?:red|green)", re.I)  # what _RATING_AFTER needs without '/'
# ... or a rating code at the very end: 'The full engagement of local politicians. G/A'
_CODE_AT_END = re.compile(r"^\s*(?P<name>[^:]{8,300}?)[.;,]?\s+"
                          r"(?P<r>[RAG]\s*/\s*[RAG]|[RG]|AR|AG|RA|GA)\s*\.?\s*$")


# a rating's code as a badge: first on the line, or (two letters or a slash: a badge
# beside a wrapped wording comes out amid its lines) anywhere in it
_LEAD_CODES = frozenset({"G", "R", "AG", "AR", "A/G", "A/R", "G/A", "R/A"})
_CODE_LEADS = tuple(code + " " for code in sorted(_LEAD_CODES))
_AMID_CODES = frozenset({"AG", "AR", "A/G", "A/R"})


def _code_token(text: str) -> tuple[bool, str, Rating] | None:
    """The one rating code standing as a word of its own in the text ('G Involving local
    councillors', '... provider services and AG the voluntary sector'): (amid the
    words?, the words without it, its rating); None when there is none or more than one."""
    if len(text) > 200 or not ("G " in text or "R " in text or "/A " in text) or not (
            text.startswith(_CODE_LEADS) or " AG " in text or " AR " in text
            or " A/G " in text or " A/R " in text):
        return None  # (a line, and substring tests: no split of every paragraph)
    words = text.split()
    if len(words) < 3:
        return None
    found = [k for k, w in enumerate(words) if w in _AMID_CODES or (k == 0 and w in _LEAD_CODES)]
    if len(found) != 1 or any(w in _LEAD_CODES for k, w in enumerate(words) if k != found[0]):
        return None
    rating = parse_rating(words[found[0]])
    if rating is None:
        return None
    return found[0] > 0, " ".join(w for k, w in enumerate(words) if k != found[0]), rating


def _ends_in_code_letter(text: str) -> bool:
    """What :data:`_CODE_AT_END` needs: the text ends (before a full stop and spaces) in
    R, A or G; a test far cheaper than the pattern's scan."""
    end = text.rstrip()
    if end.endswith("."):
        end = end[:-1].rstrip()
    return end[-1:] in ("R", "A", "G")


_RATED_LIST = re.compile(
    r"\b(?:rated|rating(?:\s+of)?|assessed\s+as)\s+(?P<r>amber\s*/\s*red|amber\s*/\s*green|"
    r"red|green|amber-red|amber-green)\s*[:\-\u2013]\s*(?P<items>.+)$", re.I | re.S)


@lru_cache(maxsize=8192)
def _rated_list(text: str) -> list[tuple[str, bool, Rating]]:
    """'Rated green: engagement of staff; workforce strategy.' -> each requirement the
    list names, with the rating (paraphrases count only among others, see _decide)."""
    low = text.lower()
    if len(text) >= 800 or not ("rated" in low or "rating" in low or "assessed" in low):
        return []
    m = _RATED_LIST.search(text)
    rating = parse_rating(m["r"]) if m else None
    if m is None or rating is None:
        return []
    out: list[tuple[str, bool, Rating]] = []
    for item in re.split(r";|\.\s|\band\s+(?=[a-z])", m["items"].strip().rstrip(".")):
        item = item.strip(" ,.")
        rid = requirement_id(item) if len(item) >= 12 else None
        exact = rid is not None
        rid = rid or (requirement_keywords(item) if len(item) > 6 else None)
        if rid is not None:
            out.append((rid, exact, rating))
    return out


_DASHED_RATING = re.compile(
    r"\s[\u2014\u2013-]\s*(?P<r>amber\s*[/-]\s*green|amber\s*[/-]\s*red|red|green)"
    r"(?=\s+[A-Z0-9]|\s*$|\s*[.;])", re.I)


def _rated_run(text: str) -> list[tuple[str, Rating]]:
    """Requirements worded one after another in one text, each followed by a dash and its
    rating ('... all service users. \u2014 Amber/Green The full engagement of ...
    \u2014 Red'): a bulleted list run together. Only exact wordings count."""
    if len(text) < 80 or len(text) > 6000 or not ("\u2014" in text or "\u2013" in text
                                                  or " - " in text):
        return []
    low = text.lower()
    if "red" not in low and "green" not in low:
        return []
    out: list[tuple[str, Rating]] = []
    start = 0
    for m in _DASHED_RATING.finditer(text):
        wording = text[start:m.start()].strip()
        start = m.end()
        rating = parse_rating(m["r"])
        if rating is None or not wording:
            continue
        tail = wording.rsplit(": ", 1)[-1]  # '... self-assessed as follows: The full ...'
        rid = requirement_id(tail) if len(tail) <= 400 else None
        if rid is not None:
            out.append((rid, rating))
    return out


def _rating_chosen_after(wording: str, p: Paragraph) -> tuple[str, Rating] | None:
    """The ratings offered in a paragraph after one wording a requirement, one marked
    ('\u25cb Red \u25cb Amber/Red \u25cf Amber/Green \u25cb Green': toggle buttons)."""
    rid = requirement_id(wording) if len(wording) <= 400 else None
    if rid is None:
        return None
    for d in line_choice(p.lines, RATING_OPTIONS, p.provenance, split_options):
        if d.field is Field.RATING and d.value is not None and not d.warning:
            return rid, Rating(d.value)
    return None


def _rating_after(wording: str, text: str) -> tuple[str, Rating] | None:
    """A paragraph that is only a rating ('A/G', 'Rating: Amber/Green'), after one that
    words a requirement (a definition list: the wording as the term, the rating as its
    definition)."""
    if not wording or len(text) > 40:
        return None
    m = re.match(r"^\s*(?:rag|rating|rag rating|status)\s*[:\-\u2013]\s*(.+)$", text, re.I)
    rating = parse_rating(m[1] if m else text)
    rid = requirement_id(wording) if rating is not None else None
    return (rid, rating) if rid is not None and rating is not None else None


_RATING_WORDS = re.compile(r"(?i)\b(?:amber\s*/\s*(?:red|green)|(?:red|green)\s*/\s*amber|"
                           r"red|green|amber)\b")


@lru_cache(maxsize=8192)
def _rating_line(text: str) -> tuple[str, bool, Rating] | None:
    """'Engagement of local politicians: Green' -> (requirement, exact?, rating)."""
    separated = ":" in text or "-" in text or "\u2013" in text or "\u2014" in text
    m = _RATING_LINE.match(text) if len(text) < 260 and separated else None
    rating = parse_rating(m["r"]) if m else None
    low = text.lower()
    # the rating after the wording: 'amber/..' or 'a/..', or red or green after a space
    if (m is None or rating is None) and ("/" in low or (
            ("red" in low or "green" in low) and _SPACED_RED_GREEN.search(text))):
        m = _RATING_AFTER.match(text) if len(text) < 400 else None
        rating = parse_rating(m["r"]) if m else None
    if (m is None or rating is None) and len(text) < 400 and _ends_in_code_letter(text):
        m = _CODE_AT_END.match(text)
        rating = parse_rating(m["r"]) if m else None
    if (m is None or rating is None) and len(text) < 300:
        led = _code_token(text)
        if led is not None:  # 'G Involving local councillors': a badge, then the wording
            named = _requirement_named(led[1]) if len(led[1]) > 6 else None
            return (named[0], named[1], led[2]) if named is not None else None
    if m is None or rating is None:
        return None
    if sum(1 for w in text.split() if w in _LEAD_CODES) >= 2:
        return None  # two codes on the line ('... programmes Workforce strategy G A/G'):
        # two requirements' ratings side by side, whose is whose is not said
    if _rating_columns(text[m.end("name"):].strip(" .:;-\u2013\u2014")) is not None:
        return None  # the wording then every rating offered: options, not its rating
    if len(text) > 60 and len(_RATING_WORDS.findall(text)) >= 2 and \
            names_two_requirements(text):
        return None  # two cards' lines run together, each with its rating: whose is whose?
    named = _requirement_named(m["name"])
    return (named[0], named[1], rating) if named is not None else None


def _requirement_named(name: str) -> tuple[str, bool] | None:
    """The requirement a wording names (its wording: exact) or paraphrases (its words)."""
    rid = requirement_id(name)
    if rid is not None:
        return rid, True
    rid = requirement_keywords(name)
    return (rid, False) if rid is not None else None
