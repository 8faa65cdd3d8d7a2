"""Layouts: turn a values.Return into model blocks, the way councils laid out returns.

Every layout records which parts it rendered so gold holds exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import values as v
from .model import Block, C, Doc, Heading, Mark, P, PageBreak, Para, Table, c, cm

FILLS = {"red": "FF0000", "amber_red": "FFC000", "amber_green": "FFFF66", "green": "00B050"}
RATING_HEADS = ("Red", "Amber/Red", "Amber / Green", "Green")
RATING_WORDS = {"red": ("Red", "RED"), "amber_red": ("Amber/Red", "Amber / Red"),
                "amber_green": ("Amber/Green", "Amber / Green"), "green": ("Green", "GREEN")}
LETTER_ACHIEVED = {"Y": ("Y", "N"), "yesno": ("Yes", "No")}


@dataclass
class Opts:
    layout: str  # form7-seed | form7-full | checklist | tickcol | grid | summary
    style: str  # a mark style key understood by the renderer
    numbered: bool = True
    title_variant: int = 0
    deadline_labels: int = 0
    header: int = 0
    council_line: int = 0
    date_style: int = 0
    req_mode: str = "marks"  # marks | X | colour | word | none
    describe: bool = True
    marks_below: bool = False
    questions: bool = True
    narrative: bool = False
    landscape: bool = False
    variant: int = 0


@dataclass
class Rendered:
    doc: Doc
    council: str | None
    cells: bool = True
    ratings: bool = True
    answers: bool = True
    risks: bool = True
    completed: bool = True


def title(m: int, o: Opts) -> str:
    variants = v.TITLE_VARIANTS[m]
    return v.TITLES[m] if o.title_variant == 0 else variants[(o.title_variant + m) % len(variants)]


def heading_text(m: int, o: Opts) -> str:
    sep = (": ", " \u2013 ", ". ")[o.variant % 3]
    return f"Milestone {m}{sep}{title(m, o)}" if o.numbered else title(m, o)


def labels(o: Opts) -> tuple[str, str, str]:
    return v.DEADLINE_LABELS[o.deadline_labels % len(v.DEADLINE_LABELS)]


# ---------------------------------------------------------------------------
# Header, council line, requirements


def header_blocks(ret: v.Return, o: Opts) -> list[Block]:
    month = v.month_name(ret.period)
    y, mth = int(ret.period[:4]), int(ret.period[5:])
    end = f"{v.MONTH_DAYS[mth - 1]} {month}"
    heads: list[list[Block]] = [
        [Para(month, True), Para("Progress with Putting People First milestones", True)],
        [Heading(f"Progress with Putting People First milestones \u2013 {month}", 1)],
        [Heading("Putting People First: milestones return", 1),
         Para(f"Reporting period: quarter ending {end}")],
        [Heading(f"Putting People First \u2013 progress report to the end of {month}", 1)],
    ]
    blocks = heads[o.header % len(heads)]
    line = (f"Council: {ret.field_name}", f"Local Authority: {ret.full_name}",
            f"Name of Council: {ret.full_name}", None)[o.council_line % 4]
    if line is None:
        blocks = [Para(ret.full_name.upper(), True), *blocks]
    else:
        blocks = [*blocks, Para(line)]
    if ret.completed and y:
        lab = ("Date Completed:", "Date completed:", "Date return completed:",
               "Completion date:")[o.date_style % 4]
        blocks.append(Para(f"{lab} {v.date_text(ret.completed, o.date_style)}"))
    return blocks


def _rating_mark_cell(on: bool, mode: str, rating: str) -> C:
    if mode == "X":
        return c("X" if on else "")
    if mode == "colour":
        return c("", fill=FILLS[rating] if on else None)
    return cm(on)


def requirements_blocks(ret: v.Return, o: Opts) -> list[Block]:
    if o.req_mode == "none":
        return []
    if o.req_mode == "word":
        rows = [[c("Underpinning requirement", bold=True), c("RAG rating", bold=True)]]
        for i, (rid, text) in enumerate(v.REQUIREMENTS):
            rows.append([c(text), c(RATING_WORDS[ret.ratings[rid]][(i + o.variant) % 2])])
        return [Para("Underpinning Requirements", True), Table(rows, [5, 1.3], 1)]
    rows: list[list[C]] = []
    for head, part in ((v.ENGAGEMENT_HEAD, v.REQUIREMENTS[:6]),
                       (v.ARRANGEMENTS_HEAD, v.REQUIREMENTS[6:])):
        rows.append([c(head, bold=True), *(c(h, bold=True) for h in RATING_HEADS)])
        for rid, text in part:
            got = ret.ratings[rid]
            rows.append([c(text), *(_rating_mark_cell(r == got, o.req_mode, r)
                                    for r in v.RATINGS)])
    return [Para("Underpinning Requirements", True), Table(rows, [4.2, 1, 1, 1, 1], 1)]


# ---------------------------------------------------------------------------
# Milestone tables


def _achieved_entries(cell: v.Cell, o: Opts, due: bool) -> list[tuple[str, C]]:
    if not due:
        return []
    if o.style in LETTER_ACHIEVED and o.layout.startswith("form7"):
        yes, no = LETTER_ACHIEVED[o.style]
        return [("Achieved", c(yes if cell.achieved == "Y" else no))]
    return [("Achieved", cm(cell.achieved == "Y")), ("Not achieved", cm(cell.achieved == "N"))]


def _likelihood_entries(cell: v.Cell) -> list[tuple[str, C]]:
    return [(v.LIK_WORDS[k], cm(cell.likelihood == k)) for k in v.LIKELIHOODS]


def _text_entries(cell: v.Cell) -> list[tuple[str, C]]:
    return [("Reason if not achieved", c()), ("", c(cell.reason or "", 2)),
            ("When to be achieved", c()), ("", c(cell.when or "", 2))]


def column_entries(cell: v.Cell, o: Opts, ret: v.Return) -> list[tuple[str, C]]:
    due = v.passed(cell.deadline, ret.period)
    if o.layout == "form7-seed":
        if due:
            return _achieved_entries(cell, o, True) + _text_entries(cell)
        return _likelihood_entries(cell)
    return _achieved_entries(cell, o, due) + _likelihood_entries(cell) + _text_entries(cell)


def _pair(label: str, mark: C) -> list[C]:
    if mark.span == 2:  # a text box spanning the option and the mark column
        return [mark]
    return [c(label), mark]


def _option_rows(columns: list[list[tuple[str, C]]], lead: str) -> list[list[C]]:
    height = max(len(col) for col in columns)
    rows = []
    for i in range(height):
        row = [c(lead if i == 0 else "")]
        for col in columns:
            row += _pair(*col[i]) if i < len(col) else [c(), c()]
        rows.append(row)
    return rows


def _marks_below_rows(columns: list[list[tuple[str, C]]], lead: str) -> list[list[C]]:
    """Seed 002's milestones 1 and 5: the first option row, then its marks below it."""
    first = [c(lead)] + [c(col[0][0], 2) for col in columns]
    marks = [c()] + [C(col[0][1].paras, 2) for col in columns]
    rest = _option_rows([col[1:] for col in columns], "")
    return [first, marks, *rest]


def _first_rows_only(ret: v.Return, m: int) -> bool:
    """Marks can sit below the options only when every column's pick is its first option."""
    return all(x.likelihood == "very_likely" for x in ret.cells
               if x.milestone == m and not v.passed(x.deadline, ret.period))


def question_rows(ret: v.Return, m: int, span_q: int, span_a: int) -> list[list[C]]:
    answered = dict(ret.answers[m])
    rows = []
    for i, q in enumerate(v.KEY_QUESTIONS[m]):
        rows.append([c("Key Questions:" if i == 0 else ""), c(q, span_q),
                     c(answered.get(q, ""), span_a)])
    return rows


def risk_row(ret: v.Return, m: int, o: Opts, span_r: int, span_g: int) -> list[C]:
    risk, mitigation = ret.risks.get(m, (None, None))
    sep = ";" if o.variant % 2 == 0 else ":"
    return [c("Key Risks and Mitigating Actions:"),
            c(f"Key Risks{sep} {risk}" if risk else f"Key Risks{sep}", span_r),
            c(f"Mitigating Actions{sep} {mitigation}" if mitigation
              else f"Mitigating Actions{sep}", span_g)]


def form7_table(ret: v.Return, m: int, o: Opts) -> Table:
    lab = labels(o)
    cells = [x for x in ret.cells if x.milestone == m]
    rows: list[list[C]] = []
    if o.numbered:
        rows.append([c(f"Milestone {m}:", bold=True), c(title(m, o), 6, True)])
    else:
        rows.append([c(title(m, o), 7, True)])
    if o.describe:
        rows.append([c("Description:"), c(v.DESCRIPTIONS[m], 6)])
    rows.append([c("Key Dates and Deliverables:")] + [c(x, 2, True) for x in lab])
    rows.append([c()] + [c(x, 2) for x in v.DELIVERABLES[m]])
    rows.append([c()] + [c("Y/N", 2) for _ in lab])
    columns = [column_entries(x, o, ret) for x in cells]
    lead = "How likely are we to achieve this milestone by this date?"
    if o.marks_below and o.style in LETTER_ACHIEVED and _first_rows_only(ret, m):
        rows += _marks_below_rows(columns, lead)
    else:
        rows += _option_rows(columns, lead)
    if o.questions:
        rows += question_rows(ret, m, 3, 3)
        rows.append(risk_row(ret, m, o, 3, 3))
        rows.append([c("Useful Information:"), c("", 6)])
    return Table(rows, [1.6, 1.1, 0.5, 1.1, 0.5, 1.1, 0.5])


def tickcol_table(ret: v.Return, m: int, o: Opts) -> list[Block]:
    lab = labels(o)
    cells = [x for x in ret.cells if x.milestone == m]
    rows: list[list[C]] = []
    if o.numbered:
        rows.append([c(f"Milestone {m}:", bold=True), c(title(m, o), 6, True)])
    else:
        rows.append([c(title(m, o), 7, True)])
    rows.append([c("Deadline")] + [c(x, 2, True) for x in lab])
    rows.append([c()] + [c(h, bold=True) for _ in lab for h in ("Option", "Tick")])
    rows += _option_rows([column_entries(x, o, ret) for x in cells], "Progress")
    out: list[Block] = [Table(rows, [1.4, 1.2, 0.5, 1.2, 0.5, 1.2, 0.5], 0)]
    if o.questions:
        q = question_rows(ret, m, 1, 1) + [risk_row(ret, m, o, 1, 1)]
        out.append(Table(q, [1.2, 2.5, 3.3]))
    return out


def checklist_cell(cell: v.Cell, ret: v.Return) -> C:
    paras: list[P] = []
    if v.passed(cell.deadline, ret.period):
        paras += [P([Mark(cell.achieved == "Y"), " Achieved"]),
                  P([Mark(cell.achieved == "N"), " Not achieved"])]
        if cell.achieved == "N":
            paras.append(P([f"Reason if not achieved: {cell.reason}"]))
            paras.append(P([f"When to be achieved: {cell.when}"]))
            if cell.likelihood:
                paras.append(P(["How likely by then?"]))
                paras += [P([Mark(cell.likelihood == k), " " + v.LIK_WORDS[k]])
                          for k in v.LIKELIHOODS]
        return C(paras)
    return C([P([Mark(cell.likelihood == k), " " + v.LIK_WORDS[k]]) for k in v.LIKELIHOODS])


def checklist_blocks(ret: v.Return, m: int, o: Opts) -> list[Block]:
    cells = [x for x in ret.cells if x.milestone == m]
    rows = [[c(x, bold=True) for x in labels(o)], [checklist_cell(x, ret) for x in cells]]
    out: list[Block] = [Heading(heading_text(m, o), 2)]
    if o.describe:
        out.append(Para(v.DESCRIPTIONS[m]))
    out.append(Table(rows, [1, 1, 1], 1))
    if o.questions:
        out.append(Table(question_rows(ret, m, 1, 1) + [risk_row(ret, m, o, 1, 1)],
                         [1.2, 2.5, 3.3]))
    return out


def grid_blocks(ret: v.Return, m: int, o: Opts) -> list[Block]:
    cells = [x for x in ret.cells if x.milestone == m]
    any_due = any(v.passed(x.deadline, ret.period) for x in cells)
    rows = [[c("Milestone status", bold=True)] + [c(x, bold=True) for x in labels(o)]]
    if any_due:
        for label, val in (("Achieved", "Y"), ("Not achieved", "N")):
            rows.append([c(label)] + [cm(x.achieved == val) if v.passed(x.deadline, ret.period)
                                      else c() for x in cells])
    for k in v.LIKELIHOODS:
        rows.append([c(v.LIK_WORDS[k])] + [cm(x.likelihood == k) for x in cells])
    if any_due:
        rows.append([c("Reason if not achieved")] + [c(x.reason or "") for x in cells])
        rows.append([c("When to be achieved")] + [c(x.when or "") for x in cells])
    out: list[Block] = [Heading(heading_text(m, o), 2), Table(rows, [1.6, 1, 1, 1], 1)]
    if o.questions:
        out.append(Table(question_rows(ret, m, 1, 1) + [risk_row(ret, m, o, 1, 1)],
                         [1.2, 2.5, 3.3]))
    return out


def status_words(cell: v.Cell, o: Opts) -> str:
    dash = " \u2013 " if o.variant % 2 == 0 else " - "
    if cell.achieved == "Y":
        return "Achieved"
    if cell.achieved == "N":
        if cell.likelihood:
            lik = v.LIK_WORDS[cell.likelihood].lower()
            when = cell.when or ""
            when = when[0].lower() + when[1:] if when.startswith("By ") else f"by {when}"
            return f"Not achieved{dash}now {lik} {when}"
        return "Not achieved"
    return v.LIK_WORDS[cell.likelihood or "very_likely"]


def summary_blocks(ret: v.Return, o: Opts) -> list[Block]:
    rows = [[c("Milestone", bold=True)] + [c(x, bold=True) for x in labels(o)]]
    for m in range(1, 6):
        name = f"{m}. {title(m, o)}" if o.numbered else title(m, o)
        rows.append([c(name)] + [c(status_words(x, o)) for x in ret.cells if x.milestone == m])
    return [Para("Table 1: summary of the milestone return", True),
            Table(rows, [2.6, 1.2, 1.2, 1.2], 1)]


# ---------------------------------------------------------------------------
# Narrative cover report (prose with no figures of the fact kinds)


def cover_blocks(ret: v.Return, o: Opts) -> list[Block]:
    month = v.month_name(ret.period)
    y, mth, d = ret.completed or (2011, 1, 1)
    meeting = (y, mth + 1 if mth < 12 else 1, min(d + 3, 28))
    if mth == 12:
        meeting = (y + 1, 1, meeting[2])
    blocks: list[Block] = [
        Para(ret.full_name.upper(), True),
        Para("REPORT TO: Cabinet Member \u2013 Adult Social Care"),
        Para(f"DATE: {v.date_text(meeting, 3)}"),
        Para("SUBJECT: Transforming Adult Social Care \u2013 Putting People First progress"),
        Para("REPORT OF: Director of Adult Social Services"),
        Heading("1. Purpose of the report", 2),
        Para(f"To inform the Cabinet Member of progress against the Putting People First "
             f"milestones, as reported to the Department of Health for {month}."),
        Heading("2. Background", 2),
        Para("Putting People First set out a shared vision for the transformation of adult "
             "social care. Councils report progress against five milestones agreed by the "
             "Department of Health, ADASS and the LGA, and against the underpinning "
             "requirements for stakeholder engagement and key arrangements."),
        Para("Good progress has been made on self-directed support and on information and "
             "advice. Further work is needed with health partners on prevention and on the "
             "development of the local market."),
        Heading("3. Recommendation", 2),
        Para("The Cabinet Member is asked to note the progress made and the actions planned."),
    ]
    if o.variant % 2:
        rows = [[c("Corporate Objective", bold=True), c("Positive Impact", bold=True),
                 c("Neutral Impact", bold=True), c("Negative Impact", bold=True)]]
        for i, obj in enumerate(("Creating Safe Communities", "Jobs and Prosperity",
                                 "Improving Health and Well-Being",
                                 "Creating Inclusive Communities")):
            rows.append([c(obj)] + [c("\u221a" if k == (0 if i >= 2 else 1) else "")
                                    for k in range(3)])
        blocks += [Para("CORPORATE OBJECTIVE MONITORING:", True), Table(rows, [3, 1, 1, 1], 1)]
    return blocks


def build(ret: v.Return, o: Opts, title_text: str) -> Rendered:
    blocks: list[Block] = []
    if o.narrative:
        blocks += cover_blocks(ret, o)
    if o.layout == "summary":
        return _summary_doc(ret, o, blocks, title_text)
    if o.narrative:
        blocks.append(PageBreak())
    blocks += header_blocks(ret, o)
    blocks += requirements_blocks(ret, o)
    for m in range(1, 6):
        if o.layout.startswith("form7"):
            blocks += [Para(""), form7_table(ret, m, o)]
        elif o.layout == "tickcol":
            blocks += tickcol_table(ret, m, o)
        elif o.layout == "checklist":
            blocks += checklist_blocks(ret, m, o)
        else:
            blocks += grid_blocks(ret, m, o)
    return Rendered(Doc(blocks, title_text, o.landscape), ret.short,
                    ratings=o.req_mode != "none", answers=o.questions, risks=o.questions)


def _summary_doc(ret: v.Return, o: Opts, blocks: list[Block], title_text: str) -> Rendered:
    month = v.month_name(ret.period)
    blocks += [
        Heading("4. Progress against the milestones", 2),
        Para(f"The table below summarises {ret.short}'s return for the position at the end of "
             f"{month}. Where a milestone has not been achieved the expected completion is "
             "shown."),
        *summary_blocks(ret, o),
    ]
    if o.req_mode != "none":
        blocks += [Heading("5. Underpinning requirements", 2), *requirements_blocks(ret, o)]
    blocks.append(Para("Background papers: none."))
    return Rendered(Doc(blocks, title_text, o.landscape), ret.short, ratings=o.req_mode != "none",
                    answers=False, risks=False, completed=False)
