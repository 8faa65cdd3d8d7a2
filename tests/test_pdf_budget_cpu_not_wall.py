"""The PDF reader's budget for its detailed pass counts the process's CPU time, not the
wall clock: a run beside others on a busy machine reads a paper as a run alone does
(round 14's online form lost a cell when 35 scoring runs shared two cores)."""

from __future__ import annotations

import time
from pathlib import Path

import ppfextract
from ppfextract.readers import pdf

PAPER = Path(__file__).parent / "data" / "pdf" / "writer-row-cut-across-pages-label-goes-on.pdf"


def test_a_slow_wall_clock_does_not_stop_the_detailed_pass(monkeypatch):
    alone = ppfextract.extract(PAPER)
    ticks = iter(range(0, 10**9, 1000))  # a wall clock that runs a thousand seconds a call
    monkeypatch.setattr(time, "monotonic", lambda: float(next(ticks)))
    busy = ppfextract.extract(PAPER)
    assert not any("detailed reading stopped" in w for w in busy.warnings)
    assert [(c.milestone, c.deadline, c.achieved, c.likelihood) for c in busy.milestones] == \
        [(c.milestone, c.deadline, c.achieved, c.likelihood) for c in alone.milestones]
    assert alone.milestones  # (the paper has cells to lose)


def test_the_budget_spent_stops_the_detailed_pass_with_a_warning(monkeypatch):
    monkeypatch.setattr(pdf, "DETAIL_BUDGET_S", -1.0)
    record = ppfextract.extract(PAPER)
    assert any("detailed reading stopped at page 1" in w and "of CPU" in w
               for w in record.warnings)
