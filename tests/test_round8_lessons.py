"""Blind round 8's lessons, each a general rule tested on hand-written documents (round 8
was scored blind first, README "Accuracy"): a spreadsheet's heading lines run together
still say the return's period ('... Return Quarter 2: position at 30 September 2010
Date completed: ...'); grey beside a colour is 'not applicable' shading; 'Y | N' under one
'Achieved?' header spanning both are the question's options; a header's own fill is no
choice of the cells under it."""

from __future__ import annotations

from .handdocs import cells, record

TITLES = ["Effective partnerships with people using services, carers and other local citizens",
          "Self-directed support and personal budgets"]
GREEN, GREY, HEAD = "92D050", "A6A6A6", "DDEBF7"


def grid(choices: list[int]) -> dict:
    """A grid of two deadlines, each 'Achieved?' over 'Y | N' and 'How likely?' over two
    likelihoods; per row (milestone) the chosen column of each deadline shaded green
    (1, 2: Y, N; 3, 4: the likelihoods), the other question's cells grey."""
    def head(text: str, col: int, span: int = 1, row: int = 0) -> dict:
        return {"text": text, "row": row, "col": col, "col_span": span, "fill": HEAD}
    out = [head("Milestone", 0), head("Milestone", 0, row=1), head("Milestone", 0, row=2)]
    for k, deadline in enumerate(("April 2010", "October 2010")):
        base = 1 + 4 * k
        out += [head(deadline, base, 4), head("Achieved?", base, 2, 1),
                head("How likely?", base + 2, 2, 1), head("Y", base, row=2),
                head("N", base + 1, row=2), head("Very likely", base + 2, row=2),
                head("Fairly likely", base + 3, row=2)]
    for r, (title, choice) in enumerate(zip(TITLES, choices, strict=True), 3):
        out.append({"text": title, "row": r, "col": 0})
        for k in range(2):
            for j in range(1, 5):
                grey = (j <= 2) != (choice <= 2)  # the other question's cells
                fill = GREEN if j == choice else (GREY if grey else None)
                out.append({"text": "", "row": r, "col": 4 * k + j, "fill": fill})
    return {"type": "table", "cells": out, "n_rows": 3 + len(choices), "n_cols": 9}


def test_green_among_grey_under_y_n_and_likelihoods():
    rec = record(grid([1, 4]))
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("Y", None),
                          (2, "2010-04"): (None, "fairly_likely"),
                          (2, "2010-10"): (None, "fairly_likely")}


def test_heading_lines_run_together_still_mark_each_return():
    def sheet(q: str, day: str, completed: str, choices: list) -> list:
        return [f"Derbyshire County Council - Adult Care Putting People First: Milestone Self "
                f"Assessment Return {q}: position at {day} Date completed: {completed}",
                "Key: green shading = option selected; grey = not applicable",
                grid(choices)]
    rec = record(*sheet("Quarter 2", "30 September 2010", "8 October 2010", [2, 2]),
                 *sheet("Quarter 3", "31 December 2010", "10 January 2011", [1, 1]))
    assert cells(rec) == {(m, d): ("Y", None) for m in (1, 2) for d in ("2010-04", "2010-10")}
    assert any("only the latest (2010-12)" in w for w in rec.warnings)


def test_two_ambers_in_one_table_are_the_two_ambers():
    """Calc's 'gold' (FFC000) beside yellow (FFFF00): the more orange is Amber/Red, the
    more yellow Amber/Green, whatever their hues; red and green as they are."""
    wordings = ["The full engagement of all service users",
                "The full engagement of local politicians",
                "Financial systems which support the delivery of personal budgets",
                "A workforce strategy that supports the transformation"]
    fills = ["FFC000", "FFFF00", "FF0000", "00B050"]
    rows = [["Requirement", "Rating"]] + [[w, {"text": "", "fill": f}]
                                          for w, f in zip(wordings, fills, strict=True)]
    rec = record({"type": "table", "rows": rows})
    assert {r.requirement: r.rating.value for r in rec.requirements} == {
        "engagement.service_users": "amber_red", "engagement.politicians": "amber_green",
        "arrangements.financial_systems": "red", "arrangements.workforce_strategy": "green"}


def test_a_deadline_header_asking_in_brackets():
    def yn(struck_no: bool) -> dict:
        at = 6 if struck_no else 0
        return {"lines": [{"text": "Yes / No", "spans": [
            {"start": at, "end": at + (2 if struck_no else 3), "style": "struck"}]}]}
    rec = record({"type": "table", "rows": [
        ["Milestone", "April 2010 (achieved?)", "October 2010 (achieved?)"],
        [TITLES[0], yn(True), yn(False)], [TITLES[1], yn(True), yn(True)]]})
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("N", None),
                          (2, "2010-04"): ("Y", None), (2, "2010-10"): ("Y", None)}
