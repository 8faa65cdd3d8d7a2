"""Milestone cells stated in paragraphs: the layouts of prose.

* **status sentence**: one sentence gives one milestone's statuses ("Milestone 2
  (Self-directed support): April 2010 - achieved; October 2010 - not achieved (...);
  fairly likely by March 2011; April 2011 - fairly likely"), its statements split at
  ";" and sentence ends, a statement without a deadline adding to the one before;
* **status line**: under a milestone heading, a line "April 2010: Achieved" or
  "October 2010 - not achieved, now fairly likely by March 2011";
* **table row as text**: the row of an unruled table that came out as a line of text,
  one due date then the status words ("PPF1.1 That a ... 31/03/2010 Achieved");
* **field paragraphs**: form fields written as paragraphs (a definition list): a
  deadline on its own, then label and value paragraphs ("Achieved?" / "Yes",
  "Likelihood" / "FL").

Each gives :class:`~.fit.Reading` objects, merged with the tables' by
:func:`.interpret.merge`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Line, Paragraph, Style
from ..framework import Deadline, Likelihood
from .context import caption_deadline, paragraph_heading
from .fit import (
    MILESTONE_OPTIONS,
    Reading,
    card_cell,
    current_part,
    join_lines,
    option_styles,
    split_options,
)
from .grid import Grid, keyed
from .labels import MONTH_STARTS, deadline_of, milestone_heading, parse_status, titled_deadline
from .selection import Decision, Member, decide_block, line_choice
from .tags import Field, tag_text, value_of

_STATUS_LINE = re.compile(
    r"^\s*(?:[\u2022*]\s*)?(?P<d>[^:]{3,40}?)(?::|\s[\u2013\u2014-])\s*(?P<s>.{3,300})$")
_SENTENCE_HEAD = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?milestone\s*(?P<n>[1-5])\b"
                            r"[^:]{0,120}:\s*(?P<rest>.+)$", re.I | re.S)
_LEAD_DEADLINE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                            r"\s+\d{4}\s*[:\-\u2013]\s*$", re.I)
_STATEMENT_END = re.compile(r";\s*|\.\s+(?=[A-Z])")
_ROW_LINE = re.compile(
    r"(?P<d>\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d)\s+(?P<s>(?:not\s+(?:yet\s+)?achieved"
    r"|achieved|not\s+yet\s+due|(?:very|fairly)\s+(?:un)?likely)\b(?:\s*[-\u2013,;:]?\s*"
    r"(?:now\s+)?(?:very|fairly)\s+(?:un)?likely\b)?)", re.I)
_HAS_DIGIT = re.compile(r"\d")
# a deadline's own label: 'April 2010', 'April 2010 deliverable', 'Due: October 2010'
_DEADLINE_LABEL = re.compile(r"^\s*(?:(?:due|deadline|key\s+date)\s*:?\s*)?[A-Za-z]{3,9}\.?\s+"
                             r"\d{4}\s*(?:deliverables?|deadline|milestone)?\s*:?\s*$", re.I)
_DATE_IN_LINE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b")


@dataclass
class _State:
    milestone: int | None = None
    para_deadline: Deadline | None = None  # field paragraphs: the deadline ...
    para_field: Field | None = None  # ... and the field whose value comes next
    para_age: int = 0  # paragraphs read since the deadline was set
    out: list[Reading] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    terms: dict[str, tuple[str | None, Likelihood | None]] | None = None  # the document's key
    listed: list[Paragraph] = field(default_factory=list)  # options a paragraph each
    level: int | None = None  # the heading level of the milestone's section, when styled
    # a part of the paper for one deadline ('3. Milestones due by April 2010'): each
    # milestone's fields in it answer for that deadline
    part_deadline: Deadline | None = None


def prose_readings(blocks: list[Paragraph | Grid]) -> tuple[list[Reading], set[int]]:
    """Readings from the document's paragraphs, and the milestones whose sections it
    found."""
    st = _State(terms=next((b.context.terms for b in blocks if isinstance(b, Grid)), None))
    for item in blocks:
        if st.listed:
            if isinstance(item, Paragraph) and _listed_option(st, item):
                continue
            _choose_listed(st)
        if isinstance(item, Grid):
            grid = item
            if grid.headings:
                st.milestone = grid.headings[max(grid.headings)]
                st.para_deadline = st.para_field = None
            if grid.n_cols <= 3 and any(card_cell(c) for c in grid.cells):
                _card(st, grid)  # (a card is a narrow table's cell)
            if grid.n_rows == 1:  # a part's heading set as a one-row table
                _part_heading(st, " ".join(c.text for c in grid.cells if c.text.strip()))
            continue
        _paragraph(st, item)
    if st.listed:
        _choose_listed(st)
    return st.out, st.seen


_PART_WORDS = re.compile(r"\b(?:due|deliverables?|milestones)\b", re.I)


def _part_heading(st: _State, text: str) -> None:
    """A short heading of the paper's own: a part for one deadline ('Milestones due by
    April 2010', 'Section B - deliverables due October 2010'), or any other part (the
    deadline's part has ended)."""
    if len(text) > 80 or not text[:1].isdigit() and not _PART_WORDS.search(text):
        return
    deadline = caption_deadline(text) if _PART_WORDS.search(text) else None
    st.part_deadline = deadline


def _card(st: _State, grid: Grid) -> None:
    """A table holding a milestone's card in a cell (its title, then each deadline's line
    and its options): the cells' lines read as paragraphs, in order."""
    for cell in grid.cells:
        for line in cell.lines:
            if line.text.strip() or line.marks:
                _paragraph(st, Paragraph(lines=(line,), provenance=cell.provenance))


def _paragraph(st: _State, item: Paragraph) -> None:
    if _status_sentence(st, item):
        return
    mid = paragraph_heading(item)
    if mid is not None:
        st.milestone, st.para_deadline, st.para_field = mid, st.part_deadline, None
        st.para_age = 0
        st.level = heading_level(item)
        st.seen.add(mid)
        return
    if st.milestone is not None and item.text[:1].isdigit() and _numbered_section(item):
        # '4. RELATED PROGRAMME: ...' after the milestones: a section of the paper's own,
        # not a part of the milestone before it
        st.milestone = st.para_deadline = st.para_field = st.level = None
        return
    if st.level is not None and (level := heading_level(item)) is not None and \
            level <= st.level:
        # a heading of the milestone's rank naming no milestone ('Underpinning
        # requirements', 'Appendix B'): the milestone's section has ended
        st.milestone = st.para_deadline = st.para_field = st.level = None
        return
    if st.milestone is not None and st.para_deadline is not None and \
            st.para_field is None and _listed_option(st, item):
        return
    _fields_or_status(st, item)


def _numbered_section(p: Paragraph) -> bool:
    """A numbered heading of the paper ('3. UNDERPINNING REQUIREMENTS', '4. Related
    programme' in bold): one short line set in bold or in capitals."""
    text = p.text
    if not text[:1].isdigit() or len(text) > 120 or len(p.lines) != 1:
        return False
    dot = text.find(".", 1, 3)  # '3. UNDERPINNING ...', '12. Related programme'
    rest = text[dot + 1:] if dot > 0 and text[:dot].isdigit() else ""
    if not rest[:1].isspace() or not rest.lstrip()[:1].isupper():
        return False
    line = p.lines[0]
    letters = [c for c in text if c.isalpha()]
    return text.upper() == text and len(letters) >= 4 or \
        line.covered(0, len(line.text), Style.BOLD)


def _fields_or_status(st: _State, p: Paragraph) -> None:
    if st.milestone is not None and not _field_paragraph(st, p):
        _status_lines(st, p)


def heading_level(p: Paragraph) -> int | None:
    """The level of a heading-styled paragraph ('Heading 2', 'h3'); None for others."""
    style = (p.style or "").lower().replace(" ", "")
    if style.startswith("heading") and style[7:].isdigit():
        return int(style[7:])
    if len(style) == 2 and style[0] == "h" and style[1].isdigit():
        return int(style[1])
    return None


def _offered_options(st: _State, p: Paragraph, text: str) -> bool:
    """The options offered on a line under a deadline: after a label, one set apart by
    its style ('Achieved: Yes / ~~No~~', 'How likely by this date? Very likely /
    **Fairly likely** / ...'); or alone, one marked (an online form's printout: read
    once, for that deadline only)."""
    if len(p.lines) == 1 and (p.lines[0].spans or p.lines[0].marks) and "/" in text and \
            len(text) <= 160 and _styled_choice(st, p):
        st.para_field = None
        return True
    if st.para_age <= 2 and _options_only(p):
        _choice(st, p)
        st.para_deadline, st.para_field = None, None
        return True
    if st.para_age <= 2 and len(p.lines) > 1 and _options_only(p, 1):
        # the marked options, then the form's next field under them ('● Yes ○ No' over
        # 'If not, why not?' and its answer): the choice, then that field for the same
        # deadline
        _choice(st, p, p.lines[:1])
        st.para_field = None
        _next_field(st, p, p.lines[1:])
        return True
    return False


def _next_field(st: _State, p: Paragraph, lines: tuple[Line, ...]) -> None:
    """A field's label on a line of its own, then its value on the lines under it (none:
    the value, if any, is the next paragraph)."""
    label = lines[0].text.strip()
    t = tag_text(label)
    if t.field not in (Field.REASON, Field.WHEN) or (t.field_rest and "?" not in label):
        return
    value = " ".join(ln.text.strip() for ln in lines[1:]).strip()
    if value:
        _field_value(st, p, t.field, value)
    else:
        st.para_field = t.field


def _styled_choice(st: _State, p: Paragraph) -> bool:
    """'Achieved: ~~Yes~~ / No', 'How likely by this date? Very likely / **Fairly
    likely** / ...': the options offered after the label, one set apart by its style."""
    members = [Member(opt, marks_, words, None, emph, struck, p.provenance, "same line",
                      has_slot=True)
               for opt, marks_, words, emph, struck in split_options(p.lines[0],
                                                                    MILESTONE_OPTIONS)]
    if len({m.option for m in members}) < 2:
        return False
    _add_decisions(st, decide_block(members), "field paragraphs", "options after the label",
                   p)
    return True


def _listed_option(st: _State, p: Paragraph) -> bool:
    """A paragraph that is one option, as a bulleted list under a deadline gives them
    ('Achieved' / 'Not achieved', each its own bullet, the ones not chosen struck
    through): kept to decide with the others of the list."""
    if len(p.lines) != 1 or len(p.text) > 30 or st.para_deadline is None:
        return False
    t = tag_text(p.text.strip(" .;"))
    if t.option is None or t.option not in MILESTONE_OPTIONS or t.option_rest:
        return False
    if st.listed and t.option in {tag_text(q.text.strip(" .;")).option for q in st.listed}:
        return False
    st.listed.append(p)
    return True


def _choose_listed(st: _State) -> None:
    """The choice a list of options makes, one option a paragraph: decided by their
    marks, strike-through or emphasis, as the options along one line are."""
    listed, st.listed = st.listed, []
    if len(listed) == 1:  # one option's word alone: no list, a paragraph as any other
        st.para_age += 1
        _fields_or_status(st, listed[0])
        return
    if st.milestone is None or st.para_deadline is None:
        return
    members = []
    for p in listed:
        line = p.lines[0]
        emph, struck = option_styles(line, 0, len(line.text))
        option = tag_text(p.text.strip(" .;")).option
        assert option is not None
        members.append(Member(option, line.marks, "", None, emph, struck, p.provenance,
                              "in a list", has_slot=True))
    _add_decisions(st, decide_block(members), "option lists",
                   "options listed under the deadline")


def _add(st: _State, m: int, d: Deadline, p: Paragraph, achieved: str | None,
         likelihood: str | None, layout: str, rule: str) -> None:
    if achieved is not None:
        st.out.append(Reading(m, d, Field.ACHIEVED, achieved, layout, rule, p.provenance))
    if likelihood is not None:
        st.out.append(Reading(m, d, Field.LIKELIHOOD, likelihood, layout, rule, p.provenance))


def _status_sentence(st: _State, p: Paragraph) -> bool:
    head = p.text[:30]
    if "ilestone" not in head and "ILESTONE" not in head:
        return False  # ('Milestone 2: ...', '4.1 MILESTONE 2 ...')
    m = _SENTENCE_HEAD.match(p.text)
    if not m:
        return False
    head = p.text[: m.start("rest")]
    rest = m["rest"]
    lead = _LEAD_DEADLINE.search(head)
    if lead is not None and deadline_of(lead.group().rstrip(" :-\u2013")) is not None:
        head, rest = p.text[: lead.start()], p.text[lead.start():]
    mid = milestone_heading(head.split("(")[1].split(")")[0]) if "(" in head else None
    mid = mid or int(m["n"])
    found: dict[Deadline, list[str | None]] = {}
    last: Deadline | None = None
    for part in _STATEMENT_END.split(rest.strip().rstrip(".")):
        line = _STATUS_LINE.match(part)
        deadline = deadline_of(line["d"]) if line else None
        status = line["s"] if line and deadline else part
        achieved, likelihood = parse_status(status)
        if deadline is not None:
            last = deadline
            found.setdefault(deadline, [None, None])
        if last is not None:
            held = found[last]
            held[0] = held[0] or achieved
            held[1] = held[1] or (likelihood.value if likelihood else None)
    found = {d: v for d, v in found.items() if v[0] or v[1]}
    if not found:
        return False
    for d, (achieved, lik) in found.items():
        _add(st, mid, d, p, achieved, lik, "status sentence",
             "statuses listed after 'Milestone n'")
    st.seen.add(mid)
    st.milestone, st.para_deadline, st.para_field = mid, None, None
    return True


def _asks(text: str) -> bool:
    """A question or a field label ('how likely are we to achieve ...?'), not a status."""
    return text.rstrip().endswith("?") or (tag_text(text).field is not None
                                           and parse_status(text) == (None, None))


def _row_line(line: str) -> tuple[str, str] | None:
    if ("/" not in line and "." not in line) or len(_DATE_IN_LINE.findall(line)) != 1:
        return None
    m = _ROW_LINE.search(line)
    return (m["d"], m["s"]) if m else None


def _status_lines(st: _State, p: Paragraph) -> None:
    assert st.milestone is not None
    if not _HAS_DIGIT.search(p.text):
        return  # a status line names its deadline, and a deadline has a year
    texts = p.text.split("\n")
    for k, line in enumerate(texts):
        m = _STATUS_LINE.match(line)
        layout = "status line"
        found = (m["d"], m["s"]) if m and deadline_of(m["d"]) else None
        if found is None:
            found, layout = _row_line(line), "table row as text"
        if not found:
            continue
        deadline = deadline_of(found[0])
        if deadline is None:
            continue
        if m is not None and found[1] == m["s"] and ("/" in line or "|" in line or
                                                     p.lines[0].marks):
            whole = _line_of(p, texts, k)
            if whole is not None and _offered_in_line(st, p, whole.tail(m.start("s")),
                                                      deadline):
                continue
        if _asks(found[1]):
            continue
        achieved, lik = parse_status(found[1])
        _add(st, st.milestone, deadline, p, achieved, lik.value if lik else None, layout,
             f"'{found[0].strip()}' then status words")


def _line_of(p: Paragraph, texts: list[str], k: int) -> Line | None:
    """The Line of the paragraph's ``k``-th text line (a wrapped paragraph's text is its
    lines joined: one Line)."""
    if len(p.lines) == len(texts):
        return p.lines[k]
    if len(texts) == 1:
        whole = join_lines(list(p.lines))
        return whole if whole.text == texts[0] else None
    return None


def _offered_in_line(st: _State, p: Paragraph, rest: Line, deadline: Deadline) -> bool:
    """'April 2010 deliverable achieved: Yes / ~~No~~', 'April 2011 - how likely? Very
    likely / ~~Fairly likely~~ / ...': the options offered after the deadline, decided
    by their marks, strike-through or emphasis as the options after a label are. A list
    that nothing sets apart states no status (its first or last word is none)."""
    members = [Member(opt, marks_, words, None, emph, struck, p.provenance, "same line",
                      has_slot=True)
               for opt, marks_, words, emph, struck in split_options(rest, MILESTONE_OPTIONS)]
    if len({m.option for m in members}) < 2:
        return False
    assert st.milestone is not None
    for d in decide_block(members):
        if d.value is not None and d.field in (Field.ACHIEVED, Field.LIKELIHOOD):
            st.out.append(Reading(st.milestone, deadline, d.field, d.value, "status line",
                                  f"options after the deadline: {d.rule}", p.provenance))
    return True


def _deadline_then_options(st: _State, p: Paragraph, text: str) -> bool:
    """'April 2010 deliverable met? Yes / ~~No~~', 'By October 2010: Very likely / ...':
    a line naming its own deadline, then the options offered after its label: read for
    that deadline (not the one a paragraph before named)."""
    cut = max(text.rfind("?"), text.rfind(":"))
    if cut < 6 or cut > 120:
        return False
    deadline = tag_text(text[:cut + 1]).deadline
    if deadline is None:
        return False
    if not _offered_in_line(st, p, p.lines[0].tail(cut + 1), deadline):
        return False
    st.para_deadline, st.para_field = deadline, None
    return True


def _options_paragraph(st: _State, p: Paragraph, text: str) -> bool:
    """A paragraph of options offered, one chosen: after its own deadline, or after a
    label for the deadline a paragraph before named."""
    if len(p.lines) == 1 and ("/" in text or "|" in text) and \
            _deadline_then_options(st, p, text):
        return True
    marked = _marked_label(p) if st.para_deadline is not None else None
    if marked is not None and marked[0] in (Field.ACHIEVED, Field.LIKELIHOOD):
        # 'Achieved? ● Yes ○ No': the options after the label, one marked (on its line,
        # or on the lines under it, a reason perhaps after them: an online form's printout)
        _choice(st, p, marked[1])
        st.para_field = None
        return True
    return st.para_deadline is not None and _offered_options(st, p, text)


def _field_paragraph(st: _State, p: Paragraph) -> bool:
    """A deadline on its own, then label and value paragraphs."""
    text = p.text.strip()
    st.para_age += 1
    if (st.para_deadline is not None or "/" in text or "|" in text) and \
            _options_paragraph(st, p, text):
        return True
    if _heads_fields(st, p, text):
        return True
    if not text or len(text) > 120:
        # (the deliverable's wording under its deadline's label, then the fields asked on
        # lines of their own with their values)
        if st.para_deadline is not None and st.para_age <= 2 and len(p.lines) > 1 and \
                "?" in text and _field_lines(st, p, 0):
            return True
        st.para_field = None
        return False
    t = tag_text(text)
    if t.deadline is not None and t.field is not None and not _states(text):
        # 'October 2010 - how likely are we to achieve this milestone by this date?'
        st.para_deadline, st.para_field, st.para_age = t.deadline, t.field, 0
        return True
    if st.para_deadline is None and len(text) > 40:
        return False
    if t.deadline is not None and t.field is None and t.status == (None, None) \
            and not _STATUS_LINE.match(text) and len(text) <= 40:
        st.para_deadline, st.para_field, st.para_age = t.deadline, None, 0
        return True
    if st.para_deadline is None:
        return False
    if t.field in (Field.ACHIEVED, Field.LIKELIHOOD, Field.REASON, Field.WHEN):
        st.para_field = t.field
        rest = t.field_rest or (text.rsplit("?", 1)[1].strip() if "?" in text else "")
        rest = rest.strip(" *")  # 'Has this been achieved? *': a mandatory field's star
        if rest:  # 'Achieved? Yes', 'How likely by this date? ★★★☆'
            _field_value(st, p, t.field, rest)
            st.para_field = None
        return True
    if t.option is not None and t.option.field is Field.ACHIEVED and st.para_field is None:
        st.para_field = Field.ACHIEVED  # 'Achieved' as the label of the next paragraph
        return True
    if st.para_field is None:
        return False
    f, st.para_field = st.para_field, None
    if t.section is not None or t.field is not None:
        return False  # 'Key questions' after an empty field: no value, a new section
    if f in (Field.ACHIEVED, Field.LIKELIHOOD) and any(ln.marks for ln in p.lines):
        _choice(st, p)  # the label, then its options in a paragraph of their own
    else:
        _field_value(st, p, f, text)
    return True


def _deliverable_led(st: _State, p: Paragraph, text: str) -> bool:
    """'April 2010 - Personal budgets have been introduced ...', '**April 2010** That
    every council has ...': a deadline then its deliverable's wording (no status): the
    fields or options after it answer for it."""
    if text[:3].lower() not in MONTH_STARTS or len(text) > 600:
        return False
    if ":" in text[:45] or " \u2013" in text[:45] or " -" in text[:45] or " \u2014" in text[:45]:
        m = _STATUS_LINE.match(text[:300])  # (the wording's start: some run to 450 letters)
    else:
        m = _RUN_IN.match(text[:300]) if _run_in_deadline(p) else None
    if m is None or len(m["s"].split()) < 4 or not m["s"][:1].isupper():
        return False
    deadline = deadline_of(m["d"])
    if deadline is None or parse_status(m["s"]) != (None, None) or _asks(m["s"]):
        return False
    st.para_deadline, st.para_field, st.para_age = deadline, None, 0
    return True


# a run-in head: the deadline set apart by its style, then the wording ('April 2010 That')
_RUN_IN = re.compile(r"^\s*(?P<d>[A-Za-z]{3,9}\.?\s+\d{4})\s+(?P<s>.{3,300})$")


def _run_in_deadline(p: Paragraph) -> bool:
    """The paragraph's first words set in bold up to its deadline's year and no further."""
    line = p.lines[0] if p.lines else None
    if line is None or not line.spans:
        return False
    bold = [s for s in line.spans if s.style is Style.BOLD]
    return len(bold) == 1 and bold[0].start == 0 and 6 <= bold[0].end <= 14 and \
        line.text[:bold[0].end].rstrip()[-4:].isdigit()


def _deadline_heads(st: _State, p: Paragraph, text: str) -> bool:
    """A paragraph naming the deadline the fields after it answer for, then the
    deliverable's wording: 'October 2010: How likely are we to achieve this milestone
    by this date? That local service users ...' (the label and its field), or 'April 2010
    deliverable' on a line of its own with the wording under it (an online form's
    receipt)."""
    if len(text) > 120 and "?" in text[:120]:
        head = tag_text(text[: text.index("?") + 1])
        if head.deadline is not None and head.field in (Field.ACHIEVED, Field.LIKELIHOOD):
            st.para_deadline, st.para_field, st.para_age = head.deadline, head.field, 0
            return True
    if len(p.lines) > 1 and len(p.lines[0].text) <= 40 and _DEADLINE_LABEL.match(
            p.lines[0].text):
        head = tag_text(p.lines[0].text)
        if head.deadline is not None and head.field is None and head.status == (None, None):
            st.para_deadline, st.para_field, st.para_age = head.deadline, None, 0
            _field_lines(st, p)
            return True
    return False


def _heads_fields(st: _State, p: Paragraph, text: str) -> bool:
    """A paragraph naming the deadline (and perhaps the field) of the paragraphs after
    it: a titled deliverable asking its field, a deadline's label then the deliverable,
    a deliverable led by its deadline."""
    if text[:3].lower() in MONTH_STARTS and "?" in text and _titled_asks(st, p, text):
        return True
    return ((len(text) > 120 or len(p.lines) > 1) and _deadline_heads(st, p, text)) or \
        _deliverable_led(st, p, text)


def _titled_asks(st: _State, p: Paragraph, text: str) -> bool:
    """A deliverable titled by its deadline whose last sentence asks a field, perhaps
    with its value after it ('October 2010: Local service users ... How likely are we to
    achieve this milestone by this date?', 'April 2010: Personal budgets introduced ...
    Achieved? Yes'): the options or the value that follow answer for that deadline."""
    titled = titled_deadline(text)
    if titled is None:
        return False
    end = text.rfind("?")
    start = max(text.rfind(". ", 0, end), text.rfind(": ", 0, end))
    asked = tag_text(text[start + 2:end + 1])
    if asked.field not in (Field.ACHIEVED, Field.LIKELIHOOD) or asked.deadline not in (
            None, titled[0]):
        return False
    st.para_deadline, st.para_field, st.para_age = titled[0], asked.field, 0
    value = text[end + 1:].strip(" *")
    if value:
        _field_value(st, p, asked.field, value)
        st.para_field = None
    return True


def _field_lines(st: _State, p: Paragraph, start: int = 1) -> bool:
    """The lines under a deadline's label that ask a field and give its value on the
    line ('How likely are we to achieve this milestone by this date? Very likely': a
    form's printout, the chosen entry of a list printed beside its question)."""
    before = len(st.out)
    for line in p.lines[start:]:
        text = line.text.strip()
        if "?" not in text or len(text) > 200 or st.para_deadline is None:
            continue
        asked, _, value = text.rpartition("?")
        t = tag_text(asked + "?")
        if t.field in (Field.ACHIEVED, Field.LIKELIHOOD) and t.deadline in (None, st.para_deadline):
            value = value.strip(" *")
            if value:
                _field_value(st, Paragraph(lines=(line,), provenance=p.provenance), t.field,
                             value)
    st.para_field = None
    return len(st.out) > before


def _choice(st: _State, p: Paragraph, lines: tuple[Line, ...] | None = None) -> None:
    _add_decisions(st, line_choice(p.lines if lines is None else lines, MILESTONE_OPTIONS,
                                   p.provenance, split_options),
                   "field paragraphs", "options after the label", p)


def _add_decisions(st: _State, decisions: list[Decision], layout: str, rule: str,
                   p: Paragraph | None = None) -> None:
    """The achieved and likelihood values decided, as readings for the paragraphs'
    milestone and deadline (at ``p``, else where the deciding option stood)."""
    assert st.milestone is not None and st.para_deadline is not None
    for d in decisions:
        if d.value is not None and d.field in (Field.ACHIEVED, Field.LIKELIHOOD):
            prov = p.provenance if p is not None else d.member.provenance if d.member \
                else None
            st.out.append(Reading(st.milestone, st.para_deadline, d.field, d.value, layout,
                                  f"{rule}: {d.rule}", prov))


def _options_only(p: Paragraph, n_lines: int | None = None) -> bool:
    """A paragraph of one line (or whose first ``n_lines`` are) nothing but options,
    each led by its mark ('● Very likely ○ Fairly likely ○ Fairly unlikely ○ Very
    unlikely')."""
    if (len(p.lines) != 1 and n_lines is None) or len(p.lines[0].marks) < 2 or \
            p.lines[0].marks[0].at != 0:
        return False
    return len(split_options(p.lines[0], MILESTONE_OPTIONS)) >= 2


def _marked_label(p: Paragraph) -> tuple[Field | None, tuple[Line, ...] | None] | None:
    """The field a paragraph's label names when marked options follow it ('Achieved?
    ● Yes ○ No' on one line, or the label on a line of its own and the marked options on
    the lines under it), with the lines to choose from (None: the whole paragraph)."""
    first = next((i for i, line in enumerate(p.lines) if line.marks), None)
    if first is None:
        return None
    line = p.lines[first]
    at = line.marks[0].at
    if at is None:
        return None
    if first == 0:
        return (tag_text(line.text[:at]).field, None) if at >= 3 else None
    if at > 0 or first > 2:
        return None
    label = " ".join(ln.text for ln in p.lines[:first])
    return _choice_field(label), tuple(ln for ln in p.lines[first:] if ln.marks)


def _choice_field(label: str) -> Field | None:
    """The field a label asks for; of two questions side by side (a form's two columns
    printed as one line: 'Has this milestone been achieved? If not achieved, why not?'),
    the one marked options answer: the only one asking for a choice."""
    f = tag_text(label).field
    if f is not None or label.count("?") < 2:
        return f
    asked = {tag_text(q + "?").field for q in label.split("?") if q.strip(" *")}
    choices = asked & {Field.ACHIEVED, Field.LIKELIHOOD}
    return choices.pop() if len(choices) == 1 else None


def _states(text: str) -> bool:
    """'October 2010 - Met': a deadline and its status, not a label asking for one."""
    m = _STATUS_LINE.match(text)
    if m is None or text.rstrip().endswith("?"):
        return False
    return deadline_of(m["d"]) is not None and parse_status(m["s"]) != (None, None)


def _field_value(st: _State, p: Paragraph, f: Field, text: str) -> None:
    assert st.milestone is not None and st.para_deadline is not None
    text = current_part(text)
    value = value_of(f, text)
    if value is None and st.terms and f in (Field.ACHIEVED, Field.LIKELIHOOD):
        value = keyed(f, text, st.terms)
    if value is not None:
        st.out.append(Reading(st.milestone, st.para_deadline, f, value, "field paragraphs",
                              f"paragraph after the {f.value!r} label", p.provenance))


__all__ = ["prose_readings"]
