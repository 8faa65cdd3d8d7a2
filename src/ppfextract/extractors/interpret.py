"""The milestone cells of a document: every table fitted, every reading merged.

The document is walked in reading order. Paragraphs set the context the tables after
them sit in (a milestone heading, a deadline title); each table is fitted by
:func:`.fit.read_table` with that context; the table's own headings and header rows
carry over to the tables after it (a table continued on the next page). Status
sentences and lines in prose are read by :mod:`.prose`.

Readings are merged per milestone, deadline and field: readings that agree give the
value (the provenance of the first, with the layout and rule that decided it);
readings that disagree give nothing and a warning naming them; a field offered with
nothing marked, and read nowhere else, gives a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..document import Paragraph, Provenance
from ..framework import Deadline, Likelihood
from ..record import MilestoneCell
from .fit import MILESTONE_FIELDS, Reading, read_table
from .grid import Grid
from .minutes import minutes_readings
from .prose import prose_readings
from .tags import Field


@dataclass
class MilestoneResult:
    cells: list[MilestoneCell] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    milestones_seen: set[int] = field(default_factory=set)
    readings: list[Reading] = field(default_factory=list)


def table_readings(blocks: list[Paragraph | Grid]) -> tuple[list[Reading], list[str], set[int]]:
    readings: list[Reading] = []
    warnings: list[str] = []
    seen: set[int] = set()
    for item in blocks:
        if isinstance(item, Grid):
            found, warned = read_table(item)
            readings.extend(found)
            warnings.extend(warned)
            seen.update(item.headings.values())
    return readings, warnings, seen


def merge(readings: list[Reading]) -> tuple[list[MilestoneCell], list[str]]:
    by_key: dict[tuple[int, Deadline, Field], list[Reading]] = {}
    for r in readings:
        by_key.setdefault(r.key, []).append(r)
    cells: dict[tuple[int, Deadline], MilestoneCell] = {}
    warnings: list[str] = []
    undecided: list[tuple[int, Deadline, Field]] = []
    for key in sorted(by_key, key=lambda k: (k[0], k[1].value, k[2].value)):
        group = by_key[key]
        decided = [r for r in group if r.value is not None]
        m, d, f = key
        values = {r.value for r in decided}
        if len(values) > 1:
            names = "; ".join(r.describe() for r in decided)
            warnings.append(f"milestone {m} {d.value} {f.value}: readings disagree, "
                            f"nothing reported ({names})")
            continue
        if not decided:
            if f in MILESTONE_FIELDS and any(r.undecided for r in group):
                undecided.append((m, d, f))
            continue
        r = decided[0]
        cell = cells.setdefault((m, d), MilestoneCell(m, d))
        rule = f"{r.layout}: {r.rule}" if r.rule else r.layout
        if r.provenance is not None:
            cell.provenance[f.value] = r.provenance.with_rule(rule)
        if f is Field.ACHIEVED:
            cell.achieved = r.value
        elif f is Field.LIKELIHOOD and r.value is not None:
            cell.likelihood = Likelihood(r.value)
        elif f is Field.REASON:
            cell.reason_not_achieved = r.value
        elif f is Field.WHEN:
            cell.when_to_be_achieved = r.value
    for cell in cells.values():
        _unmix(cell, warnings)
    for m, d, f in undecided:
        held = cells.get((m, d))
        if f is Field.LIKELIHOOD and held is not None and held.achieved == "Y":
            continue  # achieved: no likelihood is asked for
        if f is Field.ACHIEVED and held is not None and held.likelihood is not None:
            continue  # not yet due: a likelihood answers it
        warnings.append(f"milestone {m} {d.value}: no option is marked ({f.value})")
    out = [c for c in cells.values() if c.achieved or c.likelihood
           or c.reason_not_achieved or c.when_to_be_achieved]
    return sorted(out, key=lambda c: (c.milestone, c.deadline.value)), warnings


def _unmix(cell: MilestoneCell, warnings: list[str]) -> None:
    """Achieved in one table, a likelihood from another: two returns' cells mixed (an
    earlier return asked how likely; this one says it is done). The likelihood goes.
    Achieved, with a reason written for not achieving it: the mark was misread (a tick
    over the wrong box) or the return contradicts itself. The achieved flag goes."""
    reason = cell.reason_not_achieved or ""
    if cell.achieved == "Y" and sum(ch.isalpha() for ch in reason) >= 10 and \
            len(reason.split()) >= 2:
        warnings.append(f"milestone {cell.milestone} {cell.deadline.value}: read as achieved "
                        f"but a reason for not achieving it is written "
                        f"({reason[:60]!r}); achieved is not reported")
        cell.achieved = None
        cell.provenance.pop("achieved", None)
    a, lik = cell.provenance.get("achieved"), cell.provenance.get("likelihood")
    if cell.achieved == "Y" and cell.likelihood is not None and a is not None and \
            lik is not None and a.block != lik.block:
        warnings.append(f"milestone {cell.milestone} {cell.deadline.value}: achieved in one "
                        f"table, a likelihood in another; the likelihood is not reported "
                        f"({cell.likelihood.value}, block {lik.block})")
        cell.likelihood = None
        del cell.provenance["likelihood"]


def milestone_readings(blocks: list[Paragraph | Grid]) -> MilestoneResult:
    """Every reading of the tables and the prose, not yet merged."""
    readings, warnings, seen = table_readings(blocks)
    in_prose, seen_in_prose = prose_readings(blocks)
    in_minutes = minutes_readings(blocks)
    return MilestoneResult([], warnings, seen | seen_in_prose,
                           readings + in_prose + in_minutes)


def merge_milestones(found: MilestoneResult,
                     keep: Callable[[Provenance | None], bool] | None = None
                     ) -> MilestoneResult:
    """The cells the readings give (only those ``keep`` keeps, when given)."""
    readings = found.readings
    if keep is not None:
        readings = [r for r in readings if keep(r.provenance)]
    cells, merged_warnings = merge(readings)
    return MilestoneResult(cells, found.warnings + merged_warnings, found.milestones_seen,
                           readings)


def read_milestones(blocks: list[Paragraph | Grid]) -> MilestoneResult:
    return merge_milestones(milestone_readings(blocks))
