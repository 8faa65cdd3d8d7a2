"""The layouts a return's table can take, as data.

A layout says where each axis of a milestone cell comes from, and where the answer is:

* ``milestone`` and ``deadline``: the sources tried, in order: ``ROW`` (a header cell
  to the left, in a column of row labels naming two or more of them, or a title at the
  row's start), ``COL`` (a header cell above, in a row naming two or more), ``SECTION``
  (a heading row or paragraph above the table or the rows: "Milestone 2: ...",
  "Deliverable due: April 2010", or the header row of the table this one continues);
* ``answer``: how the value is given:

  - ``OPTIONS_BESIDE``: option labels with the mark in the cell to the right or below
    (the template's own form: "Achieved | Y", "Very likely" over "Y");
  - ``OPTIONS_IN_ROWS``: option labels down a column, marks in every cell to their right
    (one per deadline or milestone column);
  - ``OPTIONS_IN_COLUMNS``: option labels across a row, marks in every cell below them;
  - ``OPTIONS_IN_CELL``: options and their marks inside one cell, line by line or along
    one line ("☒ Very likely", "● Yes ○ No", "Yes / ~~No~~");
  - ``VALUES_BELOW``: a field label heading a column ("Achieved?", "Likelihood",
    "Reason if not achieved"), the values written under it;
  - ``VALUES_BESIDE``: a field label heading a row, the values written right of it;
  - ``STATUS``: the status written in words in the cell ("Achieved", "Not achieved -
    fairly likely by June 2011").

Adding a layout is adding a row here and a test; :mod:`.fit` fits every row to every
table, scores each fit and keeps the best.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Axis(StrEnum):
    ROW = "row"
    COL = "column"
    SECTION = "section"


class Answer(StrEnum):
    OPTIONS_BESIDE = "options, mark beside or below"
    OPTIONS_IN_ROWS = "options down a column, marks to their right"
    OPTIONS_IN_COLUMNS = "options across a row, marks below them"
    OPTIONS_IN_CELL = "options and marks inside a cell"
    VALUES_BELOW = "values under a field label"
    VALUES_BESIDE = "values right of a field label"
    STATUS = "status in words"


@dataclass(frozen=True)
class Layout:
    name: str
    answer: Answer
    milestone: tuple[Axis, ...]
    deadline: tuple[Axis, ...]
    example: str


R, C, S = Axis.ROW, Axis.COL, Axis.SECTION

MILESTONE_LAYOUTS: tuple[Layout, ...] = (
    Layout("template form", Answer.OPTIONS_BESIDE, (S,), (C, S),
           "a table per milestone; 'Achieved | Y' and 'Very likely' over 'Y' under each "
           "deadline's header"),
    Layout("checklist cells", Answer.OPTIONS_IN_CELL, (R, C, S), (C, R, S),
           "one cell per deadline holding '☒ Achieved / ☐ Not achieved / ☐ Very likely ...'"),
    Layout("option rows", Answer.OPTIONS_IN_ROWS, (C, S), (C, R, S),
           "rows 'Achieved', 'Very likely' ... with an X under each deadline column"),
    Layout("option columns", Answer.OPTIONS_IN_COLUMNS, (R, S), (R, C, S),
           "columns 'Achieved', 'Very likely' ... (under each deadline, or one table per "
           "deadline), a row per milestone or per deadline with the tick"),
    Layout("status matrix", Answer.STATUS, (R, C), (C, R),
           "milestones by deadlines (either way round), each cell a status in words"),
    Layout("status in the form", Answer.STATUS, (S,), (C, R, S),
           "the template's deadline cells holding a status in words"),
    Layout("value columns", Answer.VALUES_BELOW, (R, S), (R, C, S),
           "'Achieved? | Likelihood | Reason' columns, a row per milestone and deadline, or "
           "under each deadline's header"),
    Layout("value rows", Answer.VALUES_BESIDE, (C, S), (R, C, S),
           "'Achieved?' | 'Yes' rows under a deadline title, or 'Apr 2010: achieved?' rows "
           "across milestone columns"),
)
