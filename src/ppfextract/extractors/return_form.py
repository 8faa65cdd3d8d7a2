"""The return template: milestone sections, their deadline cells, key questions and risks.

A milestone section starts at a heading naming a milestone (a table row or a
paragraph, "Milestone n:" optional) and runs until the next one. Inside it, a row
whose cells name two or more deadlines fixes the deadline columns; the rows after
it, down to the Key Questions, are split by those columns into one block per
deadline and read by :mod:`.options`. A section may run across several tables
(a table split across pages, a repeated header row): the state carries over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Cell, Paragraph, Provenance
from ..framework import Deadline, Likelihood
from ..record import Answer, MilestoneCell, Risk
from .labels import (
    Section,
    clean_text,
    column_kind,
    deadline_of,
    likelihood_scale,
    milestone_heading,
    parse_label,
    parse_status,
    section_label,
    strip_bullets,
)
from .options import Slot, read_block, read_value_columns, slot_of
from .walk import RowView, Unit


@dataclass
class _Columns:
    deadlines: list[tuple[Deadline, int, int]]  # deadline, first col, last col
    n_cols: int

    @property
    def label_end(self) -> int:
        """Last column of the left label area."""
        return min(c0 for _, c0, _ in self.deadlines) - 1


@dataclass
class _Section:
    milestone: int
    columns: _Columns | None = None
    region: Section | None = None
    blocks: dict[Deadline, list[list[Slot]]] = field(default_factory=dict)
    answers: list[Answer] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    heading: Provenance | None = None
    last_question_at: tuple[int, int | None] | None = None  # (table, page) of the last row
    status_lines: dict[Deadline, MilestoneCell] = field(default_factory=dict)
    columns_table: int | None = None  # the table whose header row gave ``columns``
    option_header: list[Cell] = field(default_factory=list)  # options as column heads
    option_table: int | None = None
    para_deadline: Deadline | None = None  # form fields as paragraphs: the deadline...
    para_label: str | None = None  # ... and the field whose value comes next


@dataclass
class ReturnFormResult:
    milestones: list[MilestoneCell] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sections_found: set[int] = field(default_factory=set)


def _row_heading(row: RowView) -> int | None:
    """A row that heads a milestone section: 'Milestone 2:' | 'Self-directed support ...'."""
    texts = [t for t in row.texts() if t.strip()]
    if not texts or len(texts) > 3:
        return None
    if any(deadline_of(t) is not None or parse_status(t) != (None, None) for t in texts):
        return None  # a row of values that names its milestone (a long table), not a head
    by_title = None
    for text in texts[:2]:
        mid = milestone_heading(text, allow_number_only=False)
        if mid is not None:
            by_title = mid
            break
    if by_title is not None:
        return by_title
    if len(texts) == 1:
        return milestone_heading(texts[0])
    return None


def _deadline_columns(row: RowView) -> _Columns | None:
    found: list[tuple[Deadline, Cell]] = []
    for cell in row.cells:
        d = deadline_of(cell.text)
        if d is not None and all(d is not f for f, _ in found):
            found.append((d, cell))
    if len(found) < 2:
        return None
    # a header names deadlines and little else: not a row of values that holds a date
    others = [c for c in row.cells if c.text.strip() and all(c is not f for _, f in found)]
    if len(others) > 2 or any(parse_status(c.text) != (None, None)
                              and section_label(c.text) is None for c in others):
        return None  # (the likelihood question as the header's label is no status)
    found.sort(key=lambda fc: fc[1].col)
    n_cols = row.table.n_cols
    cols = []
    for k, (d, cell) in enumerate(found):
        end = found[k + 1][1].col - 1 if k + 1 < len(found) else max(cell.last_col, n_cols - 1)
        cols.append((d, cell.col, end))
    return _Columns(cols, n_cols)


def _deadline_title(row: RowView) -> _Columns | None:
    """A table of its own for one deadline: its title row ('Deliverable due: April 2010')
    heads label | value rows below ('Achieved? | Yes')."""
    texts = [c for c in row.cells if c.text.strip()]
    if len(texts) != 1 or row.table.n_cols < 2 or len(texts[0].text) > 60:
        return None
    d = deadline_of(texts[0].text)
    return _Columns([(d, 1, row.table.n_cols - 1)], row.table.n_cols) if d else None


def extract_return_form(units: list[Unit]) -> ReturnFormResult:
    result = ReturnFormResult()
    sections: list[_Section] = []
    current: _Section | None = None
    pending: tuple[_Columns, int] | None = None  # a deadline header above the first section
    scale: dict[int, Likelihood] | None = None  # a key scoring likelihoods by number
    for unit in units:
        if isinstance(unit, Paragraph):
            scale = scale or likelihood_scale(unit.text)
            if _status_sentence(sections, unit):
                continue
            mid = _paragraph_heading(unit)
            if mid is not None:
                current = _switch(sections, current, mid, unit.provenance)
            elif current is not None and not _read_field_paragraph(current, unit):
                _read_status_line(current, unit)
            continue
        mid = _row_heading(unit)
        if mid is None and current is None:
            cols = _deadline_columns(unit)
            if cols is not None:
                pending = (cols, unit.table_no)
            continue
        if mid is not None:
            previous = current
            current = _switch(sections, current, mid, unit.cells[0].provenance)
            if current.columns is None and pending is not None and pending[1] == unit.table_no:
                current.columns, current.columns_table = pending
            if previous is not None and current is not previous and current.columns is None \
                    and previous.columns_table == unit.table_no:
                # one table for every milestone: the deadline header row above applies
                current.columns, current.columns_table = previous.columns, unit.table_no
                current.option_header, current.option_table = (previous.option_header,
                                                                previous.option_table)
            elif previous is not None and current is not previous and \
                    previous.option_table == unit.table_no and not current.option_header:
                current.option_header = previous.option_header
                current.option_table = unit.table_no
            continue
        if current is None:
            continue
        _read_row(current, unit)
    for sec in sections:
        result.sections_found.add(sec.milestone)
        _finish(sec, result, scale)
    return result


_STATUS_LINE = re.compile(
    r"^\s*(?:[\u2022*]\s*)?(?P<d>[^:]{3,40}?)(?::|\s[\u2013\u2014-])\s*(?P<s>.{3,100})$")


_SENTENCE_HEAD = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?milestone\s*(?P<n>[1-5])\b"
                            r"[^:]{0,120}:\s*(?P<rest>.+)$", re.I | re.S)
_LEAD_DEADLINE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                            r"\s+\d{4}\s*[:\-\u2013]\s*$", re.I)
# the statements of a status sentence: split at ";" and at sentence ends
_STATEMENT_END = re.compile(r";\s*|\.\s+(?=[A-Z])")


def _status_sentence(sections: list[_Section], p: Paragraph) -> bool:
    """A sentence giving one milestone's statuses: 'Milestone 2 (Self-directed support):
    April 2010 - achieved; October 2010 - not achieved (...); fairly likely by December;
    April 2011 - fairly likely.' A part without a deadline adds to the one before it."""
    m = _SENTENCE_HEAD.match(p.text)
    if not m:
        return False
    head = p.text[: m.start("rest")]
    rest = m["rest"]
    # no colon after the title: the first statement's deadline ends the head ('Milestone 1
    # - Effective partnerships ... citizens. April 2010: achieved. ...')
    lead = _LEAD_DEADLINE.search(head)
    if lead is not None and deadline_of(lead.group().rstrip(" :-\u2013")) is not None:
        head, rest = p.text[: lead.start()], p.text[lead.start():]
    mid = milestone_heading(head.split("(")[1].split(")")[0]) if "(" in head else None
    mid = mid or int(m["n"])
    cells: dict[Deadline, MilestoneCell] = {}
    last: MilestoneCell | None = None
    for part in _STATEMENT_END.split(rest.strip().rstrip(".")):
        found = _STATUS_LINE.match(part)
        deadline = deadline_of(found["d"]) if found else None
        status = found["s"] if found and deadline else part
        achieved, likelihood = parse_status(status)
        if deadline is not None:
            last = cells.setdefault(deadline, MilestoneCell(mid, deadline))
        if last is not None:
            _fill(last, achieved, likelihood,
                  {"achieved": p.provenance, "likelihood": p.provenance})
    cells = {d: c for d, c in cells.items() if c.achieved or c.likelihood}
    if not cells:
        return False
    sec = _switch(sections, None, mid, p.provenance)
    for d, cell in cells.items():
        sec.status_lines.setdefault(d, cell)
    return True


# A row of an unruled table read as a line of text: '... 31/03/2010 Achieved - note',
# '... 31/10/2010 Not yet due Fairly likely ...': one due date, then the status words.
_ROW_LINE = re.compile(
    r"(?P<d>\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d)\s+(?P<s>(?:not\s+(?:yet\s+)?achieved"
    r"|achieved|not\s+yet\s+due|(?:very|fairly)\s+(?:un)?likely)\b(?:\s*[-\u2013,;:]?\s*"
    r"(?:now\s+)?(?:very|fairly)\s+(?:un)?likely\b)?)", re.I)
_DATE_IN_LINE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b")


def _row_line(line: str) -> tuple[str, str] | None:
    """(date, status words) of a table row read as text, when it holds one date only."""
    if ("/" not in line and "." not in line) or len(_DATE_IN_LINE.findall(line)) != 1:
        return None
    m = _ROW_LINE.search(line)
    return (m["d"], m["s"]) if m else None


def _read_field_paragraph(sec: _Section, p: Paragraph) -> bool:
    """Form fields as paragraphs (a definition list, a text-only form): a deadline on its
    own, then label and value paragraphs ('Achieved?' / 'Yes', 'Likelihood' / 'FL')."""
    text = p.text.strip()
    if not text or len(text) > 120:
        sec.para_label = None
        return False
    if sec.para_deadline is None and len(text) > 40:
        return False  # neither a deadline on its own nor a field of one
    kind = column_kind(text)
    d = deadline_of(text) if len(text) <= 40 and kind is None else None
    if d is not None and parse_status(text) == (None, None) and not _STATUS_LINE.match(text):
        sec.para_deadline, sec.para_label = d, None
        return True
    if sec.para_deadline is None:
        return False
    if kind in ("achieved", "likelihood", "reason", "when"):
        sec.para_label = kind
        return True
    if sec.para_label is None:
        return False
    kind, sec.para_label = sec.para_label, None
    cell = Cell(text=text, row=0, col=0, provenance=p.provenance)
    value = read_value_columns(sec.milestone, sec.para_deadline, [(kind, cell)])
    if value is None:
        return True
    held = sec.status_lines.setdefault(sec.para_deadline, value)
    if held is not value:  # another field of the same deadline: fill what is missing
        _fill(held, value.achieved, value.likelihood, value.provenance)
    return True


def _fill(cell: MilestoneCell, achieved: str | None, likelihood: Likelihood | None,
          provenance: dict[str, Provenance]) -> None:
    """Give ``cell`` the achieved flag and likelihood it lacks, with their provenance."""
    if achieved and cell.achieved is None:
        cell.achieved, cell.provenance["achieved"] = achieved, provenance["achieved"]
    if likelihood and cell.likelihood is None:
        cell.likelihood, cell.provenance["likelihood"] = likelihood, provenance["likelihood"]


def _read_status_line(sec: _Section, p: Paragraph) -> None:
    """A line of a narrative section stating one deadline's status: 'April 2010:
    Achieved', 'October 2010 - not achieved, now fairly likely by March 2011', or a row
    of an unruled table that came out as text ('PPF1.1 That a ... 31/03/2010 Achieved')."""
    for line in p.text.split("\n"):
        m = _STATUS_LINE.match(line)
        found = (m["d"], m["s"]) if m and deadline_of(m["d"]) else _row_line(line)
        if not found:
            continue
        deadline = deadline_of(found[0])
        if deadline is None or deadline in sec.status_lines:
            continue
        achieved, likelihood = parse_status(found[1])
        if achieved is None and likelihood is None:
            continue
        prov = {k: p.provenance for k, v in (("achieved", achieved),
                                              ("likelihood", likelihood)) if v}
        sec.status_lines[deadline] = MilestoneCell(sec.milestone, deadline, achieved,
                                                   likelihood, None, None, prov)


def _paragraph_heading(p: Paragraph) -> int | None:
    text = p.text.strip()
    if not text or len(text) > 160 or text.count(" ") > 22:
        return None
    # a short name ("Commissioning") heads a section only when it says "milestone": as a
    # paragraph it is as likely the title of another agenda item
    return milestone_heading(text, short="milestone" in text.lower())


def _switch(sections: list[_Section], current: _Section | None, mid: int,
            prov: Provenance) -> _Section:
    if current is not None and current.milestone == mid:
        return current  # a repeated header row (table continued on the next page)
    for sec in sections:
        if sec.milestone == mid:
            sec.region = None  # the same milestone again later: its rows start afresh
            return sec
    sec = _Section(mid, heading=prov)
    sections.append(sec)
    return sec


def _read_row(sec: _Section, row: RowView) -> None:
    cols = _deadline_columns(row) or _deadline_title(row)
    if cols is not None:
        sec.columns, sec.columns_table = cols, row.table_no
        sec.region = Section.KEY_DATES
        return
    if sec.columns is None and _read_deadline_row(sec, row):
        return
    label_cell = row.cells[0] if row.cells else None
    if label_cell is not None:
        region = section_label(label_cell.text)
        if region is not None:
            sec.region = region
        elif sec.region is not Section.KEY_RISKS:
            sec.region = _unlabelled_region(row) or sec.region
    if sec.region is Section.KEY_QUESTIONS:
        _read_question(sec, row)
    elif sec.region is Section.KEY_RISKS:
        _read_risk(sec, row)
    elif sec.columns is not None and sec.region in (Section.KEY_DATES, Section.LIKELIHOOD, None):
        _add_block_row(sec, row)


def _unlabelled_region(row: RowView) -> Section | None:
    """Questions and risks with no 'Key Questions' / 'Key Risks' label cell: a row of a
    question (ending '?') and its answer, or a 'Key Risks; ... | Mitigating Actions; ...'
    row."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    if len(texts) == 2 and _RISK_LABEL.match(texts[0]) and _MITIGATION_LABEL.match(texts[1]):
        return Section.KEY_RISKS
    if len(texts) == 2:
        question = strip_bullets(texts[0])
        if question.endswith("?") and len(question.split()) >= 4 and \
                parse_label(texts[1]) is None and section_label(texts[0]) is None:
            return Section.KEY_QUESTIONS
    return None


def _read_deadline_row(sec: _Section, row: RowView) -> bool:
    """Deadlines as rows. A header row names the columns: options ('Achieved | Very
    likely | Fairly likely ...', marks under them) or value columns ('Achieved? | How
    likely? | Reason if not achieved | When to be achieved', words under them); then a
    row per deadline."""
    kinds = [column_kind(c.text) for c in row.cells]
    named = [k for k in kinds if k is not None]
    if named.count("option") >= 2 or (len(named) >= 2 and ("achieved" in named
                                                             or "likelihood" in named)):
        sec.option_header = [c for c, k in zip(row.cells, kinds, strict=True) if k]
        sec.option_table = row.table_no
        return True
    if not sec.option_header or sec.option_table != row.table_no:
        return False
    found = next(((c, d) for c in row.cells[:2] if (d := deadline_of(c.text)) is not None),
                 None)
    if found is None:
        return False
    deadline_cell, deadline = found
    row_milestone = next((m for c in row.cells[:3] if c is not deadline_cell
                          and (m := milestone_heading(clean_text(c.text))) is not None), None)
    if row_milestone is not None and row_milestone != sec.milestone:
        return True  # a long table's row for another milestone (summary_table reads it)
    under = {id(head): next((c for c in row.cells if c.col <= head.last_col
                             and c.last_col >= head.col and c is not deadline_cell), None)
             for head in sec.option_header}
    head_kinds = [column_kind(h.text) for h in sec.option_header]
    if "option" in head_kinds and head_kinds.count("option") >= 2:
        block = sec.blocks.setdefault(deadline, [])
        for head in sec.option_header:
            cell = under[id(head)]
            if cell is not None:
                block.append([slot_of(head, -2, -1), slot_of(cell, 0, 0)])
        return True
    value = read_value_columns(sec.milestone, deadline,
                               [(k, under[id(h)]) for h, k in
                                zip(sec.option_header, head_kinds, strict=True)])
    if value is not None:
        sec.status_lines.setdefault(deadline, value)
    return True


def _body_cells(sec: _Section, row: RowView) -> list[Cell]:
    """The row's cells right of the label column: section labels ("Key Questions:") and
    an empty leading label cell are left out."""
    label_end = sec.columns.label_end if sec.columns and \
        row.table.n_cols == sec.columns.n_cols else 0
    body = [c for c in row.cells if section_label(c.text) is None]
    if len(body) > 1 and body[0].col <= max(label_end, 0) and not body[0].text.strip():
        body = body[1:]
    return body


def _add_block_row(sec: _Section, row: RowView) -> None:
    assert sec.columns is not None
    label_end = sec.columns.label_end
    row_label = None
    for cell in row.cells:
        if cell.last_col <= label_end and cell.text.strip():
            lab = parse_label(cell.text)
            if lab is not None:
                row_label = slot_of(cell, -2, -1)
    groups = None
    if row.table.n_cols != sec.columns.n_cols:
        # A continuation table with another column structure: its cells cannot be placed
        # by column number, so assign them to deadlines in order.
        groups = _groups_in_order([c for c in row.cells if c.col > label_end],
                                  len(sec.columns.deadlines))
    for k, (d, c0, c1) in enumerate(sec.columns.deadlines):
        if groups is not None:
            slots = [slot_of(cell, min(c0 + j, c1), min(c0 + j, c1))
                     for j, cell in enumerate(groups[k])]
        else:
            slots = [slot_of(cell, max(cell.col, c0), min(cell.last_col, c1))
                     for cell in row.cells if cell.col <= c1 and cell.last_col >= c0]
        if not slots:
            continue
        if row_label is not None:
            slots = [row_label, *slots]
        sec.blocks.setdefault(d, []).append(slots)


def _groups_in_order(body: list[Cell], n: int) -> list[list[Cell]] | None:
    """Split a row's cells into n deadline groups: one cell each, or each group led by a
    label with its mark cells after it, or equal runs."""
    if len(body) == n:
        return [[c] for c in body]
    groups: list[list[Cell]] = []
    for cell in body:
        if not groups or parse_label(cell.text) is not None:
            groups.append([cell])
        else:
            groups[-1].append(cell)
    if len(groups) == n:
        return groups
    if body and len(body) % n == 0:
        k = len(body) // n
        return [body[i:i + k] for i in range(0, len(body), k)]
    return None


def _read_question(sec: _Section, row: RowView) -> None:
    body = _body_cells(sec, row)
    if not body:
        return
    q_cell = body[0]
    question = strip_bullets(q_cell.text)
    answer_cells = [c for c in body[1:] if c is not q_cell]
    answer = clean_text("\n".join(c.text for c in answer_cells if c.text.strip()))
    here = (row.table_no, q_cell.provenance.page)
    continues = _continues_last_answer(sec, here, question)
    sec.last_question_at = here
    if continues:
        last = sec.answers[-1]
        if question:
            last.question = f"{last.question} {question}"
        if answer:
            last.answer = f"{last.answer} {answer}".strip()
        return
    if not question or not answer:
        if question:  # keep the question in case its answer continues on the next page
            sec.answers.append(Answer(sec.milestone, question, "",
                                      {"question": q_cell.provenance}))
        return
    prov = {"question": q_cell.provenance}
    if answer_cells:
        prov["answer"] = answer_cells[0].provenance
    sec.answers.append(Answer(sec.milestone, question, answer, prov))


def _continues_last_answer(sec: _Section, here: tuple[int, int | None], question: str
                           ) -> bool:
    """The first question row on a new page or in a continuation table that finishes a
    row cut at the break: no question text (only the rest of the answer), or a question
    that carries on mid-sentence from one that did not end."""
    if not sec.answers or sec.last_question_at in (None, here):
        return False
    last = sec.answers[-1].question.rstrip()
    if not question:
        return True
    return question[:1].islower() and not last.endswith(("?", "."))


_RISK_LABEL = re.compile(r"^\s*key\s+risks?\s*[;:,.\-\u2013]?\s*", re.I)
_MITIGATION_LABEL = re.compile(r"^\s*mitigat\w*\s+actions?\s*[;:,.\-\u2013]?\s*", re.I)


def _read_risk(sec: _Section, row: RowView) -> None:
    body = _body_cells(sec, row)
    risk_cell = mit_cell = None
    for cell in body:
        if _MITIGATION_LABEL.match(cell.text) and mit_cell is None:
            mit_cell = cell
        elif _RISK_LABEL.match(cell.text) and risk_cell is None:
            risk_cell = cell
    rest = [c for c in body if c is not risk_cell and c is not mit_cell]
    if risk_cell is None and rest:
        risk_cell = rest.pop(0)
    if mit_cell is None and rest:
        mit_cell = rest.pop(0)
    risk = clean_text(_RISK_LABEL.sub("", risk_cell.text)) if risk_cell else ""
    mitigation = clean_text(_MITIGATION_LABEL.sub("", mit_cell.text)) if mit_cell else ""
    if not risk and not mitigation:
        return
    prov: dict[str, Provenance] = {}
    if risk_cell and risk:
        prov["risk"] = risk_cell.provenance
    if mit_cell and mitigation:
        prov["mitigation"] = mit_cell.provenance
    sec.risks.append(Risk(sec.milestone, risk or None, mitigation or None, prov))


def _finish(sec: _Section, result: ReturnFormResult,
            scale: dict[int, Likelihood] | None = None) -> None:
    for d in Deadline:
        rows = sec.blocks.get(d)
        if not rows:
            if d in sec.status_lines:
                result.milestones.append(sec.status_lines[d])
            continue
        block = read_block(rows, scale)
        for w in block.warnings:
            result.warnings.append(f"milestone {sec.milestone} {d.value}: {w}")
        if block.achieved is None and block.likelihood is None:
            if block.saw_options and not block.warnings:
                result.warnings.append(
                    f"milestone {sec.milestone} {d.value}: no option is marked")
            if block.reason is None and block.when is None:
                continue
        result.milestones.append(MilestoneCell(
            sec.milestone, d, block.achieved, block.likelihood, block.reason, block.when,
            block.provenance))
    result.answers.extend(a for a in sec.answers if a.answer)
    result.risks.extend(sec.risks)
