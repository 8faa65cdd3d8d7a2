"""Which option of a choice is picked, and how sure we are.

A *choice* is the options a return offers for one field of one cell (achieved or not;
the four likelihoods; the four ratings), each with the evidence found for it by a
layout: the marks on its line or in its slot, a mark word (Y, X, No), the fill of its
cell or slot, whether it is set in bold or highlight, whether it is struck through.

The rules, in order, each applied only when the ones before decide nothing:

1. marks and mark words: a tick, cross, checked box or selected radio (a radio counts
   only beside unselected ones) picks; Y, Yes, X pick; an unchecked box, N or No is an
   explicit "not this one";
2. colour: the options filled in a colour their siblings do not share;
3. emphasis: the one option set in bold or highlight among plain ones;
4. strike-through: the one option left standing when the others are struck ("delete
   as appropriate").

Exactly one picked option gives a value; two or more give none and a warning naming
them. A lone "Achieved" answered "N" or "No" gives N.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .. import marks as vocab
from ..document import Line, Mark, MarkKind, Provenance
from .tags import Field, Option, option_value, yes_no_word


class Selection(StrEnum):
    SELECTED = "selected"
    NOT_SELECTED = "not_selected"  # an explicit "no": N, No, an empty box, an empty radio
    BLANK = "blank"  # nothing there


SELECTING = frozenset({MarkKind.TICK, MarkKind.CROSS, MarkKind.CHECKED_BOX})
NOT_SELECTING = frozenset({MarkKind.UNCHECKED_BOX, MarkKind.RADIO_OFF})
_YES_WORDS = frozenset({"y", "yes", "x", "xx", "ticked", "selected", "\u2714", "\u2713"})
NA_WORDS = frozenset({"n/a", "na", "n.a", "not applicable"})  # 'does not apply': no choice
_NO_WORDS = frozenset({"n", "no", "o"}) | NA_WORDS


@dataclass
class Member:
    """One option of a choice, with the evidence a layout found for it."""

    option: Option
    marks: tuple[Mark, ...] = ()
    words: str = ""  # the mark words with it: the slot's text, or what followed the label
    fill: str | None = None  # of its cell (when the cell is the option's alone) or slot
    emphasized: bool = False
    struck: bool = False
    provenance: Provenance | None = None
    where: str = ""  # where the evidence was: "same line", "cell to the right", ...
    has_slot: bool = False  # a place for a mark exists (a box, a cell beside or below)


def _norm(words: str) -> str:
    return " ".join(words.lower().split()).strip(" .:;!()[]*-\u2013")


def not_applicable(words: str) -> bool:
    """'n/a', 'N.A', 'Not applicable': the option does not apply (no choice either way)."""
    return _norm(words) in NA_WORDS


def word_state(words: str) -> Selection:
    t = _norm(words)
    if not t:
        return Selection.BLANK
    if t in _YES_WORDS:
        return Selection.SELECTED
    if t in _NO_WORDS:
        return Selection.NOT_SELECTED
    return Selection.BLANK


def mark_state(found: Sequence[Mark], radios_count: bool) -> Selection:
    kinds = {m.kind for m in found}
    if kinds & SELECTING or (radios_count and MarkKind.RADIO_ON in kinds):
        return Selection.SELECTED
    if kinds & NOT_SELECTING:
        return Selection.NOT_SELECTED
    return Selection.BLANK


def state(member: Member, radios_count: bool) -> Selection:
    by_marks = mark_state(member.marks, radios_count)
    if by_marks is Selection.SELECTED:
        return by_marks
    by_words = word_state(member.words)
    return by_words if by_words is not Selection.BLANK else by_marks


@dataclass
class Decision:
    field: Field
    value: str | None = None
    member: Member | None = None
    rule: str = ""
    warning: str | None = None
    undecided: bool = False  # options were offered and none is picked


def _radios_count(members: Sequence[Member]) -> bool:
    """A filled circle picks only beside empty ones (alone it is a bullet)."""
    return any(m.kind in (MarkKind.RADIO_OFF, MarkKind.UNCHECKED_BOX)
               for member in members for m in member.marks)


def decide_block(members: Sequence[Member], styles: bool = True) -> list[Decision]:
    """Decide every field the members of one block offer (a deadline's achieved and
    likelihood options together: colour and emphasis are judged over the block).
    Without ``styles`` (the table shows its choices by marks), colour and emphasis
    decide nothing."""
    fields: dict[Field, list[Member]] = {}
    for m in members:
        fields.setdefault(m.option.field, []).append(m)
    radios = _radios_count(members)
    states = {id(m): state(m, radios) for m in members}
    picked: dict[Field, list[tuple[Member, str]]] = {}
    for f, group in fields.items():
        picked[f] = [(m, f"mark ({_evidence(m)})") for m in group
                     if states[id(m)] is Selection.SELECTED]
    for f, group in fields.items():
        if not picked[f]:
            box = _filled_among_empty_boxes(group)
            if box is not None:
                picked[f].append((box, "a filled box among empty boxes"))
    if styles and not any(picked.values()):
        # colour, then emphasis, over the whole block (a fill marks one option per field)
        # an option that says it is not chosen or does not apply ('No', 'n/a', greyed) is
        # never picked by colour, nor counted among the options the colour sets apart
        by_fill = _filled_out([m for m in members
                               if states[id(m)] is not Selection.NOT_SELECTED])
        for m in by_fill:
            picked.setdefault(m.option.field, []).append((m, "fill among plain siblings"))
        if not by_fill:
            emph = [m for m in members if m.emphasized]
            if len(emph) == 1 and len(members) >= 2:
                picked[emph[0].option.field].append((emph[0], "emphasis among plain siblings"))
    out: list[Decision] = []
    for f, group in fields.items():
        chosen = picked.get(f, [])
        if not chosen:
            chosen = _unstruck(group)
        out.append(_decision(f, group, chosen, states))
    return out


_EMPTY_BOXES = frozenset({MarkKind.UNCHECKED_BOX, MarkKind.RADIO_OFF})


def _filled_among_empty_boxes(group: Sequence[Member]) -> Member | None:
    """A checkbox drawn checked as a filled square (a browser's printed form): the one
    option whose place is filled, no mark in it, where every other option shows an empty
    box."""
    filled = [m for m in group if not m.marks and m.fill and not vocab.is_background(m.fill)]
    others = [m for m in group if m not in filled]
    if len(filled) != 1 or len(others) < 1 or not all(
            m.marks and all(k.kind in _EMPTY_BOXES for k in m.marks) for m in others):
        return None
    return filled[0]


def _evidence(m: Member) -> str:
    parts = [mk.kind.value for mk in m.marks if mk.kind not in NOT_SELECTING]
    if not parts and m.words.strip():
        parts = [repr(m.words.strip()[:8])]
    where = f" {m.where}" if m.where else ""
    return ", ".join(parts) + where


def _unstruck(group: Sequence[Member]) -> list[tuple[Member, str]]:
    struck = [m for m in group if m.struck]
    standing = [m for m in group if not m.struck]
    if struck and len(standing) == 1 and len(group) >= 2:
        return [(standing[0], "the one option not struck through")]
    return []


def _decision(f: Field, group: Sequence[Member], chosen: list[tuple[Member, str]],
              states: dict[int, Selection]) -> Decision:
    if f is Field.ACHIEVED and len(group) == 1 and group[0].option in (Option.ACHIEVED,
                                                                        Option.YES):
        only = group[0]
        kinds = {m.kind for m in only.marks}
        if MarkKind.CROSS in kinds and not kinds & {MarkKind.TICK, MarkKind.CHECKED_BOX}:
            # a lone 'Achieved' box: a tick says yes, a cross says no
            return Decision(f, "N", only, "a cross in the lone 'Achieved' box")
    values = {option_value(m.option) for m, _ in chosen}
    if len(chosen) == 1 or (chosen and len(values) == 1):
        member, rule = chosen[0]
        return Decision(f, option_value(member.option), member, rule)
    if chosen:
        if f is Field.ACHIEVED:
            warning = "both Achieved and Not achieved are marked"
        else:
            warning = f"two or more {f.value} options are marked: " + ", ".join(
                str(option_value(m.option)) for m, _ in chosen)
        return Decision(f, None, None, "", warning)
    # a lone 'Achieved' (or 'Yes') answered with a word: 'N' / 'No' is a no
    if f is Field.ACHIEVED and len(group) == 1 and group[0].option in (Option.ACHIEVED,
                                                                        Option.YES):
        only = group[0]
        if states[id(only)] is Selection.NOT_SELECTED and yes_no_word(only.words) == "N":
            return Decision(f, "N", only, "a lone 'Achieved' answered No")
    offered = len(group) >= 2 or any(m.has_slot for m in group)
    return Decision(f, None, None, "", None, undecided=offered)


def _filled_out(members: Sequence[Member]) -> list[Member]:
    if len(members) < 2:
        return []
    picked = filled_out([m.fill for m in members])
    return [members[i] for i in picked]


def filled_out(fills_in: Sequence[str | None]) -> list[int]:
    """Indices of the options filled in a colour their siblings do not share.

    The background is the uncoloured options when there are any, else the largest group
    sharing one colour (at least two of them). The options not in the background are
    filled out, provided they are fewer than half (two options: one). A legend where
    every option has its own colour, or a row all in one colour, selects nothing.
    """
    if len(fills_in) < 2:
        return []
    fills = [None if vocab.is_background(f) else f for f in fills_in]
    # grey beside a colour is 'not applicable' shading, as background as white is (a
    # return shaded in grey alone still picks by its grey)
    if len({f for f in fills if f is not None}) >= 2:
        names = [vocab.colour_name(f) for f in fills]
        if vocab.Colour.GREY in names and any(n not in (None, vocab.Colour.GREY)
                                              for n in names):
            fills = [None if n is vocab.Colour.GREY else f
                     for f, n in zip(fills, names, strict=True)]
    groups: list[list[int]] = []
    for i, f in enumerate(fills):
        for g in groups:
            if vocab.same_colour(fills[g[0]], f):
                g.append(i)
                break
        else:
            groups.append([i])
    plain = [g for g in groups if fills[g[0]] is None]
    if plain:
        background = plain[0]
    else:
        if all(vocab.colour_name(f) is vocab.Colour.GREY for f in fills):
            return []  # every option in a grey, one a shade apart: unlit lamps, no pick
        groups.sort(key=len, reverse=True)
        background = groups[0]
        if len(background) < 2 or (len(groups) > 1 and len(groups[1]) == len(background)):
            return []
    picked = sorted(i for g in groups if g is not background for i in g)
    if not picked or 2 * len(picked) > len(fills):
        return []
    return picked


@dataclass
class Evidence:
    """What a value rests on, for provenance: the layout, the rule, the place."""

    layout: str
    rule: str
    provenance: Provenance | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        return f"{self.layout}: {self.rule}"


def text_yes_no(text: str) -> str | None:
    """An achieved flag written in words (re-exported for the layouts)."""
    return yes_no_word(text)


def line_choice(lines: Sequence[Line], allowed: frozenset[Option], provenance: Provenance,
                split: Callable[[Line, frozenset[Option]], list[tuple[Option, tuple[Mark, ...],
                                                                       str, bool, bool]]]
                ) -> list[Decision]:
    """The choices made along marked lines of a paragraph ('Achieved? \u25cf Yes \u25cb No',
    '\u25cb Red \u25cb Amber/Red \u25cf Green'): two or more options of a field, decided by
    their marks, emphasis or strike-through."""
    members = [Member(opt, mk, words, None, emph, struck, provenance, "same line",
                      has_slot=True)
               for line in lines if line.marks
               for opt, mk, words, emph, struck in split(line, allowed)]
    if len({m.option for m in members}) < 2:
        return []
    return decide_block(members)
