"""Reading one deadline's block of option cells: which option is picked, and the texts.

Input: the rows of cells that fall under one deadline column (or one cell holding a
checkbox list), as :class:`Slot` objects with their column range. A label slot
('Achieved', 'Very likely', 'Reason if not achieved') finds its value in the same
cell, beside it (next slot to the right in the row) or below it (the slot under it
in the next row). The mark rules themselves are in :mod:`ppfextract.marks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import marks
from ..document import Cell, Mark, Provenance
from ..framework import Deadline, Likelihood, find_likelihood
from ..marks import Selection
from ..record import MilestoneCell
from .labels import Label, OptionKind, clean_text, column_kind, parse_label, parse_status


@dataclass
class Slot:
    """A cell (or one line of a cell) placed in a deadline block."""

    text: str
    marks: tuple[Mark, ...]
    fill: str | None
    cell: Cell | None
    c0: int
    c1: int
    label: Label | None = None
    emphasized: bool = False  # set in bold/highlight among plain sibling lines

    @property
    def provenance(self) -> Provenance | None:
        return self.cell.provenance if self.cell else None

    @property
    def blank(self) -> bool:
        return not self.text.strip() and not self.marks and marks.is_background(self.fill)


def slot_of(cell: Cell, c0: int | None = None, c1: int | None = None) -> Slot:
    s = Slot(cell.text, cell.marks, cell.fill, cell,
             cell.col if c0 is None else c0, cell.last_col if c1 is None else c1)
    s.label = parse_label(cell.text) if len(cell.text) < 400 else None
    return s


def explode(row: list[Slot]) -> list[list[Slot]]:
    """A cell holding a checkbox list ('☒ Very likely\\n☐ Fairly likely ...') becomes one
    pseudo-row per line, so each line is an option with its own mark."""
    multi = [s for s in row if s.cell is not None and (
        "\n" in s.text.strip() or marks.inline_segments(s.text) is not None)]
    if not multi:
        return [row]
    out: list[list[Slot]] = [[]]
    for s in row:
        lines = [ln for ln in s.text.split("\n") if ln.strip()]
        if len(lines) == 1:  # options on one line, each with its own mark
            lines = marks.inline_segments(lines[0]) or lines
        labelled = [parse_label(ln) for ln in lines]
        if len(lines) >= 2 and sum(1 for lab in labelled if lab is not None) >= 2:
            for i, (line, lab) in enumerate(zip(lines, labelled, strict=True)):
                while len(out) <= i:
                    out.append([])
                pseudo = Slot(line, marks.text_marks(line), None, s.cell, s.c0, s.c1, lab,
                              s.cell is not None and line.strip() in s.cell.emphasis)
                out[i].append(pseudo)
        else:
            out[0].append(s)
    return [r for r in out if r]


@dataclass
class BlockResult:
    achieved: str | None = None
    likelihood: Likelihood | None = None
    reason: str | None = None
    when: str | None = None
    provenance: dict[str, Provenance] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    saw_options: bool = False


def _value_slot(rows: list[list[Slot]], i: int, j: int) -> Slot | None:
    """The value of label rows[i][j]: beside it if that is not blank, else below it; a
    blank cell beside it is still returned (its fill may carry the mark)."""
    label = rows[i][j]
    beside = None
    if j + 1 < len(rows[i]):
        cand = rows[i][j + 1]
        if cand.label is None and cand.cell is not label.cell:
            beside = cand
            if not cand.blank:
                return cand
    if i + 1 < len(rows):
        for below in rows[i + 1]:
            if below.c0 <= label.c0 <= below.c1 or label.c0 <= below.c0 <= label.c1:
                if below.label is None and not below.blank and below.cell is not label.cell:
                    return below
                break
    return beside


def _in_cell_selection(slot: Slot) -> Selection:
    by_marks = marks.mark_selection(slot.marks)
    if by_marks is Selection.SELECTED:
        return by_marks
    assert slot.label is not None
    by_word = marks.word_selection(slot.label.rest) if slot.label.rest else Selection.BLANK
    return by_word if by_word is not Selection.BLANK else by_marks


Vote = tuple[str, Provenance | None]
Option = tuple[Slot, Slot | None, Selection]  # option label, its value slot, marked state


def read_block(rows: list[list[Slot]],
               scale: dict[int, Likelihood] | None = None) -> BlockResult:
    """Interpret one deadline block. ``scale`` is the document's key scoring the
    likelihoods by number, if it has one ('1 = very likely; ...')."""
    exploded: list[list[Slot]] = []
    for row in rows:
        exploded.extend(explode(row))
    rows = exploded
    res = BlockResult()
    likelihoods: list[Option] = []
    achieved_opts: list[Option] = []
    achieved_votes: list[Vote] = []
    yn_votes: list[Vote] = []
    for i, row in enumerate(rows):
        for j, slot in enumerate(row):
            lab = slot.label
            if lab is None:
                continue
            value = None if lab.rest else _value_slot(rows, i, j)
            if lab.kind in (OptionKind.REASON, OptionKind.WHEN):
                _read_text_field(res, slot, value)
                continue
            res.saw_options = True
            state = _in_cell_selection(slot)
            if value is not None and state is Selection.BLANK:
                if lab.kind in (OptionKind.ACHIEVED, OptionKind.YN_HEADER):
                    yn = marks.yes_no(value.text, value.marks)
                    if yn is not None:
                        votes = achieved_votes if lab.kind is OptionKind.ACHIEVED else yn_votes
                        votes.append((yn, value.provenance))
                        continue
                    if marks.inline_choices(value.text) is not None:
                        continue  # its own 'Yes / No' boxes, none or both picked
                state = _value_selection(value)
            if lab.kind is OptionKind.LIKELIHOOD:
                likelihoods.append((slot, value, state))
            elif lab.kind in (OptionKind.ACHIEVED, OptionKind.NOT_ACHIEVED):
                achieved_opts.append((slot, value, state))
    _pick_unmarked(likelihoods, achieved_opts, bool(achieved_votes or yn_votes))
    for slot, value, state in achieved_opts:
        if state is Selection.SELECTED:
            assert slot.label is not None
            flag = "Y" if slot.label.kind is OptionKind.ACHIEVED else "N"
            achieved_votes.append((flag, (value or slot).provenance))
    _decide_achieved(res, achieved_votes or yn_votes)
    _decide_likelihood(res, likelihoods)
    _fallbacks(res, rows, likelihoods, achieved_opts)
    if res.likelihood is None and scale and not res.warnings:
        _circled_number(res, rows, scale)
    return res


# circled digits: ① ... ⑨, ❶ ... ❾, ➀ ... ➈, ⓵ ... ⓽
_CIRCLED = {chr(base + k): k + 1 for base in (0x2460, 0x2776, 0x2780, 0x24F5)
            for k in range(9)}


def _circled_number(res: BlockResult, rows: list[list[Slot]],
                    scale: dict[int, Likelihood]) -> None:
    """The likelihood scored by number: a cell holding the scale's numbers, the chosen
    one circled ('1  ②  3  4'), in a row labelled as the likelihood or with no label."""
    for row in rows:
        if row and row[0].label is None and column_kind(row[0].text) == "likelihood":
            row = row[1:]
        elif any(s.label is not None for s in row):
            continue
        for slot in row:
            numbers = slot.text.split()
            if len(numbers) < 2 or not all(n.isdigit() or n in _CIRCLED for n in numbers):
                continue
            picked = {_CIRCLED[ch] for ch in numbers if ch in _CIRCLED}
            if len(picked) == 1:
                number = picked.pop()
                if number in scale:
                    res.likelihood = scale[number]
                    if slot.provenance:
                        res.provenance["likelihood"] = slot.provenance
                return


def _pick_unmarked(likelihoods: list[Option], achieved_opts: list[Option],
                   answered: bool) -> None:
    """No option is marked: the colour rule, then the emphasis rule, pick one (in place).
    Over all the block's options; or, when the achieved box is answered in words ("N"),
    over the likelihood options alone."""
    if answered:
        if not _any_marked(likelihoods):
            _apply_fill_rule(likelihoods)
            if not _any_marked(likelihoods):
                _apply_emphasis_rule(likelihoods)
        return
    both = likelihoods + achieved_opts
    if _any_marked(both):
        return
    _apply_fill_rule(both)
    if not _any_marked(both):
        _apply_emphasis_rule(both)
    likelihoods[:], achieved_opts[:] = both[:len(likelihoods)], both[len(likelihoods):]


def _fallbacks(res: BlockResult, rows: list[list[Slot]], likelihoods: list[Option],
               achieved_opts: list[Option]) -> None:
    """No mark decided the block: an emphasized option among several on one line, then
    the status written in words."""
    if res.likelihood is None and not res.warnings and not _any_marked(likelihoods):
        _emphasized_in_line(res, rows)
    if res.achieved is None and res.likelihood is None and not res.warnings:
        _status_words(res, rows, likelihoods, achieved_opts)


_OPTION_WORDS = re.compile(r"\b(?:very|fairly)\s+(?:un)?likely\b", re.I)


def _emphasized_in_line(res: BlockResult, rows: list[list[Slot]]) -> None:
    """The options written on one line ('Very likely / Fairly likely / ...'), the chosen
    one set in bold or highlight: the one emphasized stretch naming an option."""
    picked = set()
    source = None
    for row in rows:
        for slot in row:
            cell = slot.cell
            if cell is None or not cell.emphasis or len(_OPTION_WORDS.findall(slot.text)) < 2:
                continue
            for stretch in cell.emphasis:
                lab = parse_label(stretch)
                if lab is not None and lab.kind is OptionKind.LIKELIHOOD and \
                        stretch in slot.text:
                    picked.add(lab.likelihood)
                    source = slot
    if len(picked) == 1 and source is not None:
        res.likelihood = picked.pop()
        if source.provenance:
            res.provenance["likelihood"] = source.provenance


def _status_words(res: BlockResult, rows: list[list[Slot]], likelihoods: list[Option],
                  achieved_opts: list[Option]) -> None:
    """No option is marked, but the block states its status in words: a single option
    written on its own with no box for a mark ('Very likely' in the deadline's cell), or
    a status phrase ('Not achieved - now fairly likely by June 2011')."""
    options = likelihoods + achieved_opts
    if len(options) == 1 and options[0][1] is None and options[0][0].cell is not None \
            and options[0][0].text == options[0][0].cell.text:
        slot = options[0][0]
        assert slot.label is not None
        if slot.label.kind is OptionKind.LIKELIHOOD:
            res.likelihood = slot.label.likelihood
            key = "likelihood"
        else:
            res.achieved = "Y" if slot.label.kind is OptionKind.ACHIEVED else "N"
            key = "achieved"
        if slot.provenance:
            res.provenance[key] = slot.provenance
        return
    if options:
        return
    phrases = [s for row in rows for s in row
               if s.label is None and s.text.strip() and len(s.text) < 90]
    found = [(s, parse_status(s.text)) for s in phrases]
    found = [(s, st) for s, st in found if st != (None, None)]
    if len(found) == 1:
        slot, (achieved, likelihood) = found[0]
        res.achieved, res.likelihood = achieved, likelihood
        for key, value in (("achieved", achieved), ("likelihood", likelihood)):
            if value is not None and slot.provenance:
                res.provenance[key] = slot.provenance


def _any_marked(options: list[Option]) -> bool:
    return any(state is Selection.SELECTED for _, _, state in options)


def _apply_emphasis_rule(options: list[Option]) -> None:
    """Nothing is marked and no cell is coloured: one option line set in bold or
    highlight among plain ones is the chosen one."""
    emphasized = [k for k, (slot, _, _) in enumerate(options) if slot.emphasized]
    if len(emphasized) == 1 and len(options) >= 2:
        slot, value, _ = options[emphasized[0]]
        options[emphasized[0]] = (slot, value, Selection.SELECTED)


def _apply_fill_rule(options: list[Option]) -> None:
    """Nothing is marked: the colour rule over all the block's options, first on the
    option cells, then on their value cells. Picked options become SELECTED in place."""
    if len(options) < 2:
        return
    picked = marks.filled_out([_as_cell(s) for s, _, _ in options])
    if not picked:  # the value cells of the options that have one
        with_value = [k for k, (_, v, _) in enumerate(options) if v is not None]
        values = [options[k][1] for k in with_value]
        picked = [with_value[i] for i in marks.filled_out(
            [_as_cell(v) for v in values if v is not None])]
    for k in picked:
        slot, value, _ = options[k]
        options[k] = (slot, value, Selection.SELECTED)


def _value_selection(value: Slot) -> Selection:
    if value.cell is not None and value.text == value.cell.text:
        return marks.selection(value.cell)
    return marks.word_selection(value.text)


def _read_text_field(res: BlockResult, slot: Slot, value: Slot | None) -> None:
    """'Reason if not achieved' / 'When to be achieved': the text in the same cell after
    the label, or beside it, or below it."""
    lab = slot.label
    assert lab is not None
    text = clean_text(lab.rest or (value.text if value else ""))
    if not text or marks.word_selection(text) is not Selection.BLANK:
        return  # empty, or just "N/A", "-", "No"
    src = slot if lab.rest else value
    if lab.kind is OptionKind.REASON:
        key = "reason_not_achieved"
        if res.reason is None:
            res.reason = text
    else:
        key = "when_to_be_achieved"
        if res.when is None:
            res.when = text
    if src is not None and src.provenance is not None:
        res.provenance.setdefault(key, src.provenance)


def _decide_achieved(res: BlockResult, votes: list[tuple[str, Provenance | None]]) -> None:
    values = {v for v, _ in votes}
    if len(values) == 1:
        res.achieved = votes[0][0]
        if votes[0][1]:
            res.provenance["achieved"] = votes[0][1]
    elif len(values) > 1:
        res.warnings.append("both Achieved and Not achieved are marked")


def _decide_likelihood(res: BlockResult, options: list[Option]) -> None:
    picked = [(s, v) for s, v, st in options if st is Selection.SELECTED]
    if len(picked) == 1:
        slot, value = picked[0]
        assert slot.label is not None
        res.likelihood = slot.label.likelihood
        prov = (value or slot).provenance
        if prov:
            res.provenance["likelihood"] = prov
    elif len(picked) > 1:
        res.warnings.append(
            "two or more likelihood options are marked: "
            + ", ".join(s.label.likelihood.value for s, _ in picked if s.label and
                        s.label.likelihood))


def _as_cell(slot: Slot) -> Cell:
    return Cell(slot.text, 0, 0, marks=slot.marks, fill=slot.fill)


def read_value_columns(milestone: int, deadline: Deadline,
                       columns: list[tuple[str | None, Cell | None]]) -> MilestoneCell | None:
    """One deadline's row of value columns (kinds from :func:`column_kind`): Y/N, a
    likelihood word, the reason and date texts."""
    cellv = MilestoneCell(milestone, deadline)
    for kind, cell in columns:
        if cell is None or not cell.text.strip():
            continue
        text = clean_text(cell.text)
        if kind == "achieved":
            cellv.achieved = marks.yes_no(text, cell.marks)
            if cellv.achieved:
                cellv.provenance["achieved"] = cell.provenance
        elif kind == "likelihood" and len(text) < 80:
            cellv.likelihood = find_likelihood(text)
            if cellv.likelihood:
                cellv.provenance["likelihood"] = cell.provenance
        elif kind == "reason" and marks.word_selection(text) is Selection.BLANK:
            cellv.reason_not_achieved = text
            cellv.provenance["reason_not_achieved"] = cell.provenance
        elif kind == "when" and marks.word_selection(text) is Selection.BLANK:
            cellv.when_to_be_achieved = text
            cellv.provenance["when_to_be_achieved"] = cell.provenance
    return cellv if cellv.achieved or cellv.likelihood else None
