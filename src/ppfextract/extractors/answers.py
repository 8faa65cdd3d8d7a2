"""Key questions with their answers, and key risks with their mitigating actions.

A milestone section starts at a heading naming a milestone (a paragraph, or a table row
"Milestone 2: | Self-directed support ..."). Inside it, a row labelled "Key Questions"
(or a row of a question ending "?" and its answer) starts the questions, a row labelled
"Key Risks and Mitigating Actions" (or a "Key Risks; ... | Mitigating Actions; ..." row,
or a "Key risk | Mitigating action" header) the risks. A region lasts to the end of its
table, or into the next table when that continues it on the next page; a question cut
at a page break is joined with its rest. Questions and answers as paragraphs (a
definition list) are read too: a question ending "?" in one paragraph, its answer in the
next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Cell, Document, Paragraph, Provenance, Style, Table
from ..framework import MILESTONES, REQUIREMENT_SECTION_HEADINGS
from ..record import Answer, Risk
from .context import paragraph_heading, text_heading
from .labels import (
    Section,
    clean_text,
    deadline_of,
    milestone_heading,
    parse_label,
    parse_status,
    requirement_id,
    section_label,
    strip_bullets,
)
from .segments import page_less
from .selection import SELECTING
from .tags import Field, only_options, tag_text
from .walk import RowView, walk


@dataclass
class _Section:
    milestone: int
    region: Section | None = None
    answers: list[Answer] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    last_question_at: tuple[int, int | None] | None = None  # (table, page) of the last row
    region_table: tuple[int, int | None, int] | None = None  # (table, page, n_cols)
    seen_table: int = 0  # the last table whose first row was judged
    carries: bool = False  # whether that table carries the region on
    question: tuple[str, Provenance] | None = None  # a question paragraph awaiting its answer
    risk_row_at: tuple[int | None, int | None] | None = None  # (block, row) of a 'Key risk' row


@dataclass
class AnswersResult:
    answers: list[Answer] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    sections: set[int] = field(default_factory=set)


def extract_answers(doc: Document) -> AnswersResult:
    sections: dict[int, _Section] = {}
    current: _Section | None = None
    keyed_columns: dict[int, Columns] = {}  # table -> its 'Milestone' column, headers
    keyed_last: dict[int, int] = {}  # table -> the milestone its key column last named
    counted: dict[int, bool] = {}  # table -> its key column numbers the rows 1, 2, 3 ...
    units = list(walk(doc))
    repeated = _page_furniture(units)
    asked = False  # after a 'Key questions' heading paragraph, until another heading
    in_table = False  # the current milestone's part was opened by a table's row
    for unit in units:
        if isinstance(unit, Paragraph):
            text = unit.text.strip()
            if text in repeated or (text[-1:].isdigit() and page_less(text) in repeated) or \
                    _URL_LINE.match(unit.text):
                continue  # a page's header or footer, between a question and its answer
            mid = paragraph_heading(unit)
            if mid is None and unit.style:
                mid = _styled_heading(unit)
            if mid is not None:
                current = sections.setdefault(mid, _Section(mid))
                current.region, current.question = None, None
                in_table = False
                continue
            if in_table and current is not None and current.region is None and \
                    _other_heading(unit):
                # a heading naming no milestone and no part of one after a table whose
                # row named the milestone ('Questions people ask us' on a web page after
                # the return's risks): the table and its milestone's part have ended (a
                # section a heading opened has sub-headings of its own)
                current = None
                continue
            _end_region_at(current, unit)
            # (only 'Key questions' opens the region; any section label closes it)
            label = section_label(unit.text) if len(unit.text) <= 90 and (
                asked or "uestion" in unit.text) else None
            if label is not None:
                asked = label is Section.KEY_QUESTIONS
            led = _milestone_led(unit.text, asked)
            if led is not None:
                # 'Milestone 1: Effective partnerships ... Does our Authority ...? Yes, ...':
                # a section's heading run together with its first question and answer
                current = sections.setdefault(int(led[1]), _Section(int(led[1])))
                current.region, current.question = None, None
                in_table = False
                _asked_in_text(current, unit.text[led.end():], unit.provenance)
            elif current is not None:
                following = _paragraph_then_heading(sections, current, unit, asked)
                in_table = in_table and following is current
                current = following
            continue
        if _keyed_row(sections, unit, keyed_columns, keyed_last,
                      current.milestone if current is not None else None, counted):
            continue
        mid = _row_heading(unit)
        if mid is not None:
            if current is None or current.milestone != mid:
                current = sections.setdefault(mid, _Section(mid))
                current.region = None
                in_table = True
            continue
        if current is not None:
            _read_row(current, unit)
        trailing = _trailing_heading(unit)
        if trailing is not None:
            # the next milestone's heading on the last line of a cell spanning the row
            # (a box drawn round a part takes in the heading under it): its part starts
            current = sections.setdefault(trailing, _Section(trailing))
            current.region, current.question = None, None
            in_table = True
    return _result(sections)


def _questions_by_line(sec: _Section, cell: Cell) -> bool:
    """A cell of questions and answers, each question a line of its own ending '?', its
    answer the lines under it ('Is this a pilot ...?' / 'Pilot' / 'What are we ...?')."""
    lines = [ln.text.strip() for ln in cell.lines if ln.text.strip()]
    if lines and section_label(lines[0]) is Section.KEY_QUESTIONS:
        lines = lines[1:]  # the part's label on the cell's first line
    if len(lines) < 3 or not lines[0].endswith("?"):
        return False
    pairs: list[tuple[str, list[str]]] = []
    for line in lines:
        if _NUMBERED_HEAD.match(line):
            break  # the next milestone's heading, taken into the cell's box
        if line.endswith("?") and _INTERROGATIVE.match(strip_bullets(line)):
            pairs.append((strip_bullets(line), []))
        elif pairs:
            pairs[-1][1].append(line)
        else:
            return False
    if len(pairs) < 2:
        return False
    for question, said in pairs:
        answer = clean_text(" ".join(said))
        if answer and any(ch.isalpha() for ch in answer):
            sec.answers.append(Answer(sec.milestone, question, answer,
                                      {"question": cell.provenance, "answer": cell.provenance}))
    return True


def _runs_split(answers: list[Answer]) -> list[Answer]:
    """An answer running on into the next questions and their answers ('Complete the
    strategy. What could prevent us ...? Delay in ... What external support would help?
    -'): each question its own answer (an answer with no word in it is none)."""
    out: list[Answer] = []
    for a in answers:
        if "?" not in a.answer:
            out.append(a)
            continue
        question, text = a.question, a.answer
        while True:
            after = _NEXT_ASKED.search(text)
            if after is None or after.start() == 0:
                break
            out.append(Answer(a.milestone, question, text[:after.start()].strip(),
                              dict(a.provenance)))
            question, text = after.group().strip(), text[after.end():].strip()
        if any(ch.isalpha() for ch in text):
            out.append(Answer(a.milestone, question, text, dict(a.provenance)))
    return out


def _trailing_heading(row: RowView) -> int | None:
    """The milestone a 'Milestone N: title' line ending a row's only cell opens."""
    if len(row.cells) != 1 or "\n" not in row.cells[0].text or "ilestone" not in row.cells[0].text:
        return None
    last = row.cells[0].text.rstrip().rsplit("\n", 1)[-1]
    if not _NUMBERED_HEAD.match(last):
        return None
    return milestone_heading(last)


def _result(sections: dict[int, _Section]) -> AnswersResult:
    result = AnswersResult(sections=set(sections))
    for sec in sections.values():
        sec.answers = _runs_split(sec.answers)
        sec.risks = _rows_rejoined(sec.risks)
        for r in sec.risks:
            if r.mitigation is None and r.risk and "itigat" in r.risk:
                # 'Pace of reviews is slower than planned. Mitigation: a review team ...':
                # the risk, then its mitigation led by its label, in one cell
                said = _MITIGATION_AFTER.search(r.risk)
                if said is not None and r.risk[said.end():].strip():
                    r.risk, r.mitigation = (r.risk[:said.start()].strip(),
                                            clean_text(r.risk[said.end():]))
                    r.provenance["mitigation"] = r.provenance.get("risk")  # type: ignore[assignment]
            coded = _code_led(r.risk or "", _MILESTONE_CODE)
            if coded is not None:  # 'M2: Resource allocation ...': milestone 2's risk
                r.milestone, r.risk = coded
        for a in sec.answers:
            a.question, a.answer = _question_text(a.question), _unlabelled(a.answer, _A_LABEL)
            coded = _code_led(a.question, _QUESTION_CODE)
            if coded is not None:  # 'M2 - Is this a pilot ...?': milestone 2's question
                a.milestone, a.question = coded
            a.question = _whole_question(a.question, a.milestone)
        # an "answer" that only lists the options ('Yes No') is a form's printed choices;
        # 'See box at end of appendix' points to the content, it is none; a form's
        # placeholder typed or left in the box ('Click here to enter text.') is empty; the
        # risks' part after the last question ('Key risks: ...') answers nothing
        result.answers.extend(a for a in sec.answers if a.answer and not only_options(a.answer)
                              and not _POINTER.match(a.answer)
                              and not _placeholder(a.answer) and not _form_text(a.answer)
                              and not _another_question(a.answer)
                              and not _asks_a_field(a.question)
                              and not _fragment(a.question)
                              and not _header_words(a.question) and not _header_words(a.answer)
                              and not _RISK_LABEL.match(a.answer))
        result.risks.extend(r for r in sec.risks if not _POINTER.match(r.risk or "")
                            and not _placeholder(r.risk or "")
                            and not (r.mitigation is None and _no_risk(r.risk or ""))
                            and not _heading_as_risk(r) and not _cut_short(r.mitigation))
    return result


_DIGIT = re.compile(r"\d")
# a row saying there is no risk to give: 'No key risks recorded this quarter.', 'None
# identified', 'Nil', 'N/A'
_NO_RISK = re.compile(r"^\s*(?:(?:there\s+(?:are|were)\s+)?no\s+(?:(?:key|significant|new|"
                      r"major|current|further)\s+)*risks?\b|none\b|nil\b|n\s*/\s*a\b)", re.I)
_MITIGATION_AFTER = re.compile(r"(?<=[.;])\s+(?:mitigat\w*(?:\s+actions?)?|actions?)\s*:\s*",
                               re.I)
_M_CODE = re.compile(r"^\s*m([1-5])\s*[:.\-\u2013]\s+(?=\S)", re.I)
_MILESTONE_CODE = re.compile(r"^\s*(?:milestone\s*|m)([1-5])\s*[:.\-\u2013]\s+(?=\S)", re.I)


# a question led by its milestone's code ('M1 Does our Authority ...?', 'M2 - Is this
# ...?', a scan's 'M2~ What could ...?')
_QUESTION_CODE = re.compile(r"^\s*(?:milestone\s*|m)([1-5])\s*[:.\-\u2013\u2014_~]*\s+(?=[A-Z])",
                            re.I)


def _coded_item(texts: list[str]) -> bool:
    """A row's first text led by a milestone's code then words of its own, and a value of
    five words or more after it ('M5: Commissioning strategy out of date | Refresh led
    by ...'): an item of that milestone (a risk, a question), no heading."""
    if len(texts) < 2 or texts[0][:1] not in "mM" or not texts[0][1:3].strip()[:1].isdigit() \
            or len(texts[1].split()) < 5 or section_label(texts[1].split("\n", 1)[0]) is not None:
        return False
    coded = _M_CODE.match(texts[0])  # ('Milestone 2: Self-directed support' is a title)
    return coded is not None and bool(texts[0][coded.end():].strip())


def _paragraph_then_heading(sections: dict[int, _Section], sec: _Section, p: Paragraph,
                            asked: bool) -> _Section:
    """A paragraph of ``sec``, and the part after it: the next milestone's when its
    heading ran into the paragraph as its last line (the reader kept them together)."""
    heading = _last_line_heading(p)
    if heading is None:
        _paragraph(sec, p, asked)
        return sec
    _paragraph(sec, Paragraph(p.lines[:-1], p.provenance, p.style, p.wrapped), asked)
    following = sections.setdefault(heading, _Section(heading))
    following.region, following.question = None, None
    return following


def _last_line_heading(p: Paragraph) -> int | None:
    """The milestone a paragraph's last line heads, set apart in bold ('... 600 members.'
    then '**Milestone 2:** Self-directed support'), after a line ending a sentence."""
    if len(p.lines) < 2 or "ilestone" not in p.text[-200:]:
        return None
    last = p.lines[-1]
    if not last.text.lower().startswith("milestone") or \
            p.lines[-2].text.rstrip()[-1:] not in ".?!" or \
            not last.covered(0, 11, Style.BOLD):
        return None
    return text_heading(last.text)


def _code_led(text: str, code: re.Pattern[str]) -> tuple[int, str] | None:
    """The milestone a text's leading code names and the text after it ('M2: ...',
    'Milestone 2 - ...'), tried only after 'M' and a digit or the word 'milestone'."""
    if text[:1] not in "mM" or not (text[1:3].strip()[:1].isdigit()
                                    or text[:9].lower() == "milestone"):
        return None
    m = code.match(text)
    return (int(m[1]), text[m.end():]) if m is not None else None


def _cut_short(text: str | None) -> bool:
    """A text ending mid-sentence, its rest not found ('Review team expanded using reform
    grant;'): left out rather than reported cut."""
    return text is not None and text.rstrip()[-1:] in (",", ";")


def _rows_rejoined(risks: list[Risk]) -> list[Risk]:
    """A risk whose words go on from the one before ('... for older people not' then 'yet
    tested.'; its mitigation likewise): one risk's lines split into two rows by a scan or
    a page break, joined again."""
    out: list[Risk] = []
    for r in risks:
        last = out[-1] if out else None
        if last is not None and not r.risk and r.mitigation and last.mitigation and \
                _fragment(r.mitigation) and last.mitigation.rstrip()[-1:] not in ".?!":
            last.mitigation = f"{last.mitigation} {r.mitigation}"  # its mitigation goes on
            continue
        if last is not None and r.risk and last.risk and _fragment(r.risk) and \
                last.risk.rstrip()[-1:] not in ".?!;:" and (not r.mitigation or (
                    last.mitigation and last.mitigation.rstrip()[-1:] not in ".?!;")):
            last.risk = f"{last.risk} {r.risk}"
            if r.mitigation:
                last.mitigation = f"{last.mitigation} {r.mitigation}"
            continue
        out.append(r)
    return out


_HEADER_WORDS = frozenset({"milestone", "milestones", "no.", "ref", "ref.", "number", "key",
                           "question", "questions", "answer", "answers", "response",
                           "responses", "comment", "comments", "reply", "risk", "risks",
                           "mitigating", "mitigation", "mitigations", "action", "actions",
                           "and", "/", "&", "-", "|"})


def _header_words(text: str) -> bool:
    """A text of a header row's words only ('Milestone', 'Answer', 'Milestone Mitigating
    action'): no question, answer or risk."""
    words = text.lower().replace("/", " / ").replace(":", " ").split()
    return bool(words) and len(words) <= 6 and all(w in _HEADER_WORDS for w in words)


def _fragment(question: str) -> bool:
    """The end of a question whose start was read elsewhere ('guidance for adult social
    care?', a scan's or a narrow column's second line): it starts in lower case."""
    first = next((ch for ch in question[:40] if ch.isalpha()), "")
    return first.islower()


def _whole_question(question: str, milestone: int | None) -> str:
    """A question cut short at a line's end, with no question mark ('Do we have a strategy
    and/or an investment programme for'), whose six words or more begin one framework
    question alone, or one misread by a few letters (a scan): that question, as printed."""
    if len(question) > 250 or len(question.split()) < 6:
        return question
    low = " ".join(question.lower().split())
    asked = [q for m in MILESTONES if milestone is None or m.id == milestone
             for q in m.key_questions]
    if any(q.lower() == low for q in asked):
        return question
    if "?" not in question:
        found = {q for q in asked if q.lower().startswith(low) and len(q) > len(low) + 3}
        if len(found) == 1:
            return found.pop()
    # the framework's question with a letter or two misread ('a.user led organisation
    # (ULO):in place', a scan's OCR): that question, as printed
    close = set()
    for q in asked:
        if abs(len(q) - len(low)) > 4 or q.lower().rstrip("?") == low.rstrip("?. "):
            continue  # (words left out or added are the council's wording; a question
            # mark left out is as printed)
        from difflib import SequenceMatcher  # (here: its import costs a batch's every file)

        matcher = SequenceMatcher(None, low, q.lower(), autojunk=False)
        if matcher.real_quick_ratio() >= 0.95 and matcher.quick_ratio() >= 0.95 and \
                matcher.ratio() >= 0.95:
            close.add(q)
    return close.pop() if len(close) == 1 else question


def _asks_a_field(question: str) -> bool:
    """The return's own field asked, perhaps with its options printed inside ('April 2011
    - how likely are we to achieve this Very likely Fairly likely ... milestone by this
    date?'): no key question."""
    low = question.lower()
    if low.startswith(("yes", "if ", "when", "reason")):
        # a field's own label, perhaps after the options printed before it ('Yes No If
        # not, why not?', 'When will it be achieved?')
        label = _PRINTED_CHOICES.sub("", question).strip() if low[0] == "y" else question
        if tag_text(label).field in (Field.REASON, Field.WHEN):
            return True
    if "likely" not in low and "achiev" not in low:
        return False
    if "how likely are we" in low or "achieve this milestone by this date" in low:
        return True  # the likelihood's own label ('How likely are we to achieve ...?')
    return sum(low.count(w) for w in ("very likely", "fairly likely", "fairly unlikely",
                                      "very unlikely")) >= 2 or (
        "how likely" in low and tag_text(question[:80]).deadline is not None)


def _heading_as_risk(r: Risk) -> bool:
    """A heading or a table's header row taken for a risk: a section's label ('Underpinning
    requirements', 'Mitigating actions'), the requirements' own headings, a column header
    ('Requirement | Rating (Red, Amber/Red ...)')."""
    risk, mitigation = (r.risk or "").strip(), (r.mitigation or "").strip()
    if not mitigation and risk[:1] == "(" and risk[-1:] == ")" and len(risk) <= 40:
        return True  # '(June 2010)': a heading's period set on a line of its own
    if _header_words(risk):
        return True  # 'Milestone | Mitigating action' (a header row's cells run together)
    if len(risk) <= 120 and (section_label(risk) is not None or _HEADS["risk"].match(risk)
                             or _HEADS["mitigation"].match(risk)
                             or "underpinning requirement" in risk.lower()
                             or _names_requirements(risk)):
        return True
    return bool(mitigation) and len(mitigation) <= 60 and (
        mitigation.lower().startswith(("rating", "rag")) or _HEADS["mitigation"].match(
            mitigation) is not None) and len(risk.split()) <= 3


def _no_risk(text: str) -> bool:
    low = text.lstrip()[:5].lower()
    return low.startswith(("no", "nil", "n/a", "n /", "there")) and bool(_NO_RISK.match(text))


_POINTER = re.compile(r"^\s*(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?(?:box|below|above|"
                      r"attached|overleaf|appendix|annex|section|page|note|table)\b[^.]{0,40}"
                      r"\.?\s*$", re.I)
# what Word's forms show in an empty box: 'Click here to enter text.', 'Click or tap here
# to enter text.', 'Choose an item.', 'Enter text here'
_PLACEHOLDER = re.compile(
    r"^\s*(?:(?:please\s+)?(?:click|tap)(?:\s+or\s+tap)?\s+here\s+to\s+(?:enter|type|add)"
    r"\s+(?:a\s+|the\s+|your\s+)?(?:text|date|answer|response|details)|choose\s+an\s+item|"
    r"(?:enter|type)\s+(?:text|your\s+answer|answer)\s+here|"
    # an online form's receipt: '(no answer)', '(not answered)', 'No response given'
    r"\(?\s*(?:no\s+(?:answer|response)(?:\s+(?:given|provided|entered))?|not\s+answered)"
    r"\s*\)?)\s*\.?\s*$", re.I)
# 'Q1.1 Does our Authority ...?', 'Q: Have we ...?'; 'A: Yes, ...', 'A. Yes'
_Q_NUMBER = re.compile(r"^\s*Q(?:uestion)?\s*(?:\d{1,2}(?:\.\d{1,2})*)?\s*[.:)]?\s+(?=[A-Z])")
_PAGE_NUMBER = re.compile(r"^\W*(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\W*$", re.I)
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-h]\))\s+(?=[A-Z])")
_A_LABEL = re.compile(r"^\s*A(?:nswer)?\s*[.:]\s+(?=\S)")
# a form's printed choices and labels taken for an answer: 'Yes No If no, reason'
_PRINTED_CHOICES = re.compile(r"^\s*yes\s*/?\s*no\b(?!\s*[,.;:-]\s*\w)", re.I)


def _question_text(question: str) -> str:
    """A question without its number ('Q1.1') or a form's option labels run into it
    ('Very unlikely Does our Authority have ...?')."""
    question = _unlabelled(question, _Q_NUMBER)
    if question[:1].isdigit() or question[:1] == "(":
        m = _LIST_NUMBER.match(question)  # a numbered list's '2.', '(b)'
        question = question[m.end():] if m is not None else question
    if question[:1] in "VFvf" and "likely" in question[:40].lower():
        question = _LEAD_OPTIONS.sub("", question)
    return question


def _unlabelled(text: str, label: re.Pattern[str]) -> str:
    m = label.match(text) if text[:1] in "QA" else None
    return text[m.end():] if m is not None else text


_LEAD_OPTIONS = re.compile(r"^(?:(?:very|fairly)\s+(?:un)?likely\s+)+(?=[A-Z])", re.I)
# the headers of the risks box printed after an empty answer box: 'Key risk Mitigating
# action ...'
_RISK_BOX_HEAD = re.compile(r"^\s*(?:key\s+)?risks?\s*:?\s+(?:mitigating\s+actions?|"
                            r"mitigations?)\b", re.I)


def _form_text(answer: str) -> bool:
    """What a form prints, taken for an answer: its choices not marked ('Yes No If no,
    reason'), or another box's label ('Key risk', 'Mitigating actions', both)."""
    if _PRINTED_CHOICES.match(answer) or ("isk" in answer[:12] and _RISK_BOX_HEAD.match(answer)):
        return True
    if len(answer) <= 60 and answer.rstrip().lower().endswith(("(optional)", "(required)",
                                                               "(if applicable)")):
        return True  # the next box's label: 'Useful information (optional)'

    return len(answer) <= 40 and (section_label(answer) is not None
                                  or _HEADS["risk"].match(answer) is not None
                                  or _HEADS["mitigation"].match(answer) is not None)


def _another_question(answer: str) -> bool:
    """The next question (or a form's follow-up question) printed where the answer box
    was empty: 'What external support would help?', 'If No to the above, on what date
    ...?' in the answer's place."""
    head = answer[:200]
    if "?" in head and (_INTERROGATIVE.match(head) is not None
                        or head[:6].lower() in ("if no ", "if yes", "if not")):
        return True
    # a framework question's first four words, its line cut short ('What are we planning
    # to do', "'On what date is it expected")
    opening = " ".join(head.lstrip(" '\"\u2018\u2019\u201c\u201d").lower().split()[:4])
    return len(opening) >= 12 and opening in _QUESTION_OPENINGS


_QUESTION_OPENINGS = frozenset(" ".join(q.lower().split()[:4]) for m in MILESTONES
                               for q in m.key_questions)


def _placeholder(text: str) -> bool:
    """:data:`_PLACEHOLDER` after a test of its words (each form holds 'here', 'item',
    'answer' or 'response')."""
    low = text.lower()
    return len(text) < 60 and ("here" in low or "item" in low or "answer" in low
                               or "response" in low) and bool(_PLACEHOLDER.match(text))


# a printed page's address line (a browser's footer), with its page count: '... 2/5'
_URL_LINE = re.compile(r"^\s*(?:https?://|file:///?|www\.)\S+(?:\s+\d+\s*/\s*\d+)?\s*$", re.I)


def _page_furniture(units: list) -> set[str]:
    """Paragraph texts printed again and again with a date or a number in them (a running
    header or footer: '09/04/2010 16:42 Self-assessment - receipt'); a question or a label
    the template repeats in every section is no furniture."""
    counts: dict[str, int] = {}
    for unit in units:
        if type(unit) is Paragraph and 10 <= len(unit.text) <= 220:
            key = unit.text
            if key[-1:].isdigit():
                key = page_less(key.strip())  # (its page number apart: '... Page 2')
            counts[key] = counts.get(key, 0) + 1
    return {t.strip() for t, n in counts.items()
            if n >= 3 and not t.rstrip().endswith("?") and (_DIGIT.search(t) or _running_title(t))}


def _running_title(text: str) -> bool:
    """A title in capitals printed on page after page ('READING BOROUGH COUNCIL - REPORT
    BY THE DIRECTOR ...'), not a section's label or a milestone's heading."""
    return text.isupper() and len(text.split()) >= 4 and section_label(text) is None and \
        text_heading(text) is None


_MILESTONE_COLUMN = re.compile(r"^\s*(?:milestone|ms|m|no\.?|ref)\s*(?:no\.?|number)?\s*$", re.I)
_SUB_REF = re.compile(r"^\s*(?:q|m)?\s*([1-5])\s*[.\-]\s*\d{1,2}[a-z]?\s*[.:)]?\s*$", re.I)
_KEYED_KIND = re.compile(r"^\s*key\s+(?P<k>questions?|risks?)\s*:?\s*$", re.I)
# the headers of a table of questions (or risks) keyed by milestone; a header may name
# its quarter in brackets ('Response (Q4 Mar 11)')
_HEAD_END = r"(?:\s*\([^)]{1,40}\))?\s*:?\s*$"
_HEADS = {
    "question": re.compile(r"^\s*(?:key\s+)?questions?" + _HEAD_END, re.I),
    # ('Quarter 4 response', 'Q3 2010/11 answer', 'Latest response': the quarter before it)
    # ('Enfield response', 'Officer response': who answers, before the word)
    "answer": re.compile(r"^\s*(?:(?:q(?:uarter|tr)?\.?\s*[1-4](?:\s+\d{4}\s*/\s*\d{2,4})?|latest|"
                         r"current|this\s+quarter'?s?)\s+)?(?:(?:[a-z][\w'\u2019&.-]*\s+){0,3}"
                         r"(?:answers?|responses?)|comments?|commentary)" + _HEAD_END, re.I),
    "risk": re.compile(r"^\s*(?:key\s+)?risks?(?:\s+identified)?" + _HEAD_END, re.I),
    "mitigation": re.compile(r"^\s*(?:mitigating\s+actions?|mitigations?|"
                             r"actions?\s+to\s+mitigate(?:\s+(?:the\s+)?risks?)?|"
                             # 'What we are doing (about it)', 'Action being taken'
                             r"what\s+(?:we\s+are|we're|is\s+being)\s+(?:doing|done)"
                             r"(?:\s+about\s+(?:it|them|this|each))?|actions?\s+(?:being\s+)?"
                             r"taken|management\s+actions?)" + _HEAD_END, re.I),
}
_MILESTONE_KEY = re.compile(r"^\s*(?:m|ms|milestone)?\s*([1-5])\s*[.:)]?\s*$", re.I)
Columns = tuple[int | None, dict[str, int]]


# each header's words without their first letter (a pre-test before its pattern)
_HEAD_WORDS = {"question": ("uestion",), "answer": ("nswer", "esponse", "omment"),
               "risk": ("isk",), "mitigation": ("itigat", "doing", "done", "ction")}


def _may_head(name: str, text: str) -> bool:
    return any(w in text for w in _HEAD_WORDS[name]) or (
        text.isupper() and any(w.upper() in text for w in _HEAD_WORDS[name]))


def _milestone_key(text: str) -> int | None:
    """'2', 'M2', 'MS 2', 'Milestone 2' or a milestone's title: the milestone."""
    m = _MILESTONE_KEY.match(text)
    return int(m[1]) if m else milestone_heading(text)


def _keyed_row(sections: dict[int, _Section], row: RowView,
               keyed_columns: dict[int, Columns], keyed_last: dict[int, int],
               within: int | None = None, counted: dict[int, bool] | None = None) -> bool:
    """A row of a table of questions and risks keyed by milestone: a spreadsheet's
    sheet 'Milestone | Section | Question or risk | Answer or mitigation' (rows '2 | Key
    risk | ... | ...'), or 'No. | Question | Response' and 'Milestone | Key risks |
    Mitigating actions' (rows 'M2 | ... | ...'): the milestone from the column headed
    'Milestone' (or 'No.', 'Ref')."""
    # (a narrow column's header may wrap inside the word: 'Mileston' + 'e')
    # (a column headed 'Milestone' keys the rows before one headed 'No.' or 'Ref': 'No. |
    # Milestone | Key risk | ...' numbers the risks)
    keys = [c for c in row.cells if len(c.text) < 20 and _MILESTONE_COLUMN.match(
        c.text.replace("\n", "") if "\n" in c.text else c.text)]
    column = next((c.col for c in keys if c.text.strip()[:1] in "mM"),
                  keys[0].col if keys else None)
    if row.index == 0 or column is not None:
        # a header row: the first, or one naming the milestone column and two others under
        # a title ('Key questions - December 2010') or between two parts ('Milestone | Key
        # risk | Mitigating action'); a row answering 'No' is no header
        heads = {name: c.col for c in row.cells if len(c.text) <= 80
                 for name, pattern in _HEADS.items()
                 if _may_head(name, c.text) and pattern.match(c.text)}
        if row.index == 0 or len(heads) >= 2:
            if column is None and len(heads) >= 2 and row.cells and \
                    row.cells[0].col not in heads.values():
                # 'Key questions | Question | Answer' over rows 'Milestone 1 | ... | ...':
                # the first column, headed by no other field, keys the rows
                column = row.cells[0].col
            keyed_columns[row.table_no] = (column, heads)
            return False
    column, heads = keyed_columns.get(row.table_no, (None, {}))
    if column is None:
        return False
    key = next((c for c in row.cells if c.col == column), None)
    if key is None or not key.text.strip():
        # the milestone written once for the rows under it ('1. Effective partnerships'
        # over rows whose milestone cell is blank), in this table; a cell holding a mark
        # and no words is no blank (a scan's misread number)
        mid = keyed_last.get(row.table_no) if key is not None and not key.marks else None
        if mid is None or not heads:
            return False
        return _headed_row(sections.setdefault(mid, _Section(mid)), row, heads)
    mid = _row_key(key, row, column, keyed_last.get(row.table_no), within, counted)
    if mid is not None:
        keyed_last[row.table_no] = mid
    if mid is not None and _headed_row(sections.setdefault(mid, _Section(mid)), row, heads):
        return True
    if len(row.cells) < 4:
        return False
    kinds = [(i, m) for i, c in enumerate(row.cells) if (m := _KEYED_KIND.match(c.text))]
    if mid is None or not kinds:
        return False
    kind_at, kind = kinds[0]
    rest = [c for c in row.cells[kind_at + 1:] if c.text.strip()]
    if len(rest) < 2:
        return False
    first, second = rest[0], rest[1]
    sec = sections.setdefault(mid, _Section(mid))
    if kind["k"].lower().startswith("question"):
        sec.answers.append(Answer(mid, strip_bullets(first.text), clean_text(second.text),
                                  {"question": first.provenance, "answer": second.provenance}))
    else:
        sec.risks.append(Risk(mid, clean_text(first.text), clean_text(second.text),
                              {"risk": first.provenance, "mitigation": second.provenance}))
    return True


def _row_key(key: Cell, row: RowView, column: int, last: int | None, within: int | None,
             counted: dict[int, bool] | None) -> int | None:
    """The milestone a keyed row's key cell names ('2', 'M2', 'Milestone 2'); a
    reference under the milestone's heading row ('2.3' under 'Milestone 2: ...'); and
    bare numbers counting the rows ('# | Key risk | Mitigating action' over rows 1, 2 ...)
    under a header naming no milestone, inside a milestone's own part, that milestone."""
    mid = _milestone_key(key.text)
    if mid is None and (sub := _SUB_REF.match(key.text)) is not None and last == int(sub[1]):
        return last
    if mid is not None and within is not None and key.text.strip().isdigit() and \
            counted is not None and not _names_milestones(row.table, column):
        counts = counted.get(row.table_no)
        if counts is None:
            counts = counted[row.table_no] = _counts_rows(row.table, column)
        if counts:
            return within
    return mid


def _counts_rows(table: Table, column: int) -> bool:
    """Whether the column's numbers count its rows: 1, 2, 3 ... each once, in order (a
    milestone's number repeats over its rows: '1 | 1 | 2 ...')."""
    numbers = [int(c.text) for c in sorted(table.cells, key=lambda c: c.row)
               if c.col == column and c.row > 0 and c.text.strip().isdigit()]
    return bool(numbers) and numbers == list(range(1, len(numbers) + 1))


def _names_milestones(table: Table, column: int) -> bool:
    """Whether the table's first row heads the column 'Milestone' ('MS', 'M')."""
    head = next((c for c in table.cells if c.row == 0 and c.col <= column <= c.last_col), None)
    if head is None:
        return False
    name = head.text.strip().lower()
    return name.startswith("m") and "ilestone" in name or name.rstrip(".") in ("ms", "m", "ms no")


def _headed_row(sec: _Section, row: RowView, heads: dict[str, int]) -> bool:
    """A row of a 'Milestone | Question | Answer' or 'Milestone | Risk | Mitigation'
    table, read by its columns' headers."""
    by_col = {c.col: c for c in row.cells}
    for first, second in (("question", "answer"), ("risk", "mitigation")):
        if first not in heads or second not in heads:
            continue
        a, b = by_col.get(heads[first]), by_col.get(heads[second])
        if a is None or b is None or not a.text.strip():
            return True  # the row of a keyed table, nothing in it
        prov = a.provenance
        pair = _risk_pair(f"{a.text} {b.text}") if first == "question" and \
            "isk" in a.text[:12] else None
        if pair is not None:
            # a risk among the questions, each part led by its label ('Key risk: ...' |
            # 'Mitigation: ...')
            sec.risks.append(Risk(sec.milestone, clean_text(pair["r"]), clean_text(pair["m"]),
                                  {"risk": prov, "mitigation": b.provenance}))
        elif first == "question":
            if b.text.strip() and not only_options(b.text):
                sec.answers.append(Answer(sec.milestone, strip_bullets(a.text),
                                          clean_text(b.text),
                                          {"question": prov, "answer": b.provenance}))
        else:
            sec.risks.append(Risk(sec.milestone, clean_text(a.text),
                                  clean_text(b.text) or None,
                                  {"risk": prov, "mitigation": b.provenance}))
        return True
    return False


_NUMBERED_HEAD = re.compile(r"^\s*milestone\s*(?:no\.?\s*)?[1-5]\b", re.I)


def _row_heading(row: RowView) -> int | None:
    """A row that heads a milestone section: 'Milestone 2:' | 'Self-directed support ...'."""
    filled = [c for c in row.cells if c.text.strip() or c.marks]
    if not filled or len(filled) > 3:
        return None
    texts = [c.text for c in filled]
    if any(deadline_of(t) is not None or parse_status(t) != (None, None) for t in texts) \
            or any(_mark_only(c) for c in filled):
        return None  # a row of values that names its milestone (a long table), not a head
    if _coded_item(texts):
        return None
    for text in texts[:2]:
        # a short name heads a row alone or after 'Milestone n': 'For further information
        # please contact | ...' on a cover sheet names no milestone
        short = len(texts) == 1 or _NUMBERED_HEAD.match(text) is not None
        mid = milestone_heading(text, allow_number_only=False, short=short)
        if mid is not None:
            return mid
    if len(texts) == 1:
        return milestone_heading(texts[0])
    return None


def _mark_only(cell: Cell) -> bool:
    """A cell holding a tick, cross or checked box and no words: a value."""
    return not cell.text.strip() and any(m.kind in SELECTING for m in cell.marks)


_MITIGATION_IN_CELL = re.compile(r"\s+mitigat\w*\s+actions?\s*[;:,.\-\u2013]\s*", re.I)
# ('Key risks;', 'Key risk -', or 'Risk:' with its colon; 'Mitigating actions', 'Mitigation:')
_RISK_LABEL = re.compile(r"^\s*(?:key\s+risks?\s*[;:,.\-\u2013]?|risks?\s*:)\s*", re.I)
_MITIGATION_LABEL = re.compile(r"^\s*(?:mitigat\w*\s+actions?\s*[;:,.\-\u2013]?|"
                               r"mitigations?\s*:)\s*", re.I)


def _continues(sec: _Section, row: RowView) -> bool:
    """Whether this row's table is the one the region started in, or a table after it
    that carries on (on the same or the next page, its first row no header of its own:
    no deadlines, field labels or section label)."""
    if sec.region_table is None:
        return False
    table, page, _n_cols = sec.region_table
    if row.table_no == table:
        return True
    if row.table_no != sec.seen_table:
        sec.seen_table = row.table_no
        here = row.cells[0].provenance.page if row.cells else None
        near = page is None or here is None or here in (page, page + 1)
        sec.carries = near and not _header_row(row, first=True)
        if sec.carries:
            sec.region_table = (row.table_no, here, row.table.n_cols)
    return sec.carries


def _header_row(row: RowView, first: bool = False) -> bool:
    """A row that starts other content: any cell (or a cell's first line) naming a
    deadline, a field, an option, a rating, a requirement or a milestone; or, as the
    first row of a table, short labels only ('Action | Owner')."""
    short = [c for c in row.cells if c.text.strip()]
    if first and len(short) >= 2 and all(len(c.text.strip()) <= 25 for c in short):
        return True
    if _coded_item([c.text for c in short]):
        return False
    for cell in row.cells:
        said = _sentence(cell.text)  # (its first line too: 'How have commissioning' ...)
        for text in {cell.text, cell.text.split("\n")[0]}:
            if not text.strip() or len(text) > 400:
                continue
            t = tag_text(text)
            if t.deadline is not None or t.field is not None or t.rating is not None \
                    or t.requirement is not None or (t.milestone is not None and not (
                        t.milestone_how == "short" and (said or _sentence(text)))) \
                    or (t.option is not None and t.option.value not in ("yes", "no")):
                return True
    return False


def _sentence(text: str) -> bool:
    """A sentence, no heading: it ends with a full stop or a question mark, or runs past
    eight words (a risk 'Information not kept up to date.' names a milestone's short name
    in passing)."""
    t = text.strip()
    return t.endswith((".", "?")) or len(t.split()) > 8


def _read_row(sec: _Section, row: RowView) -> None:
    if sec.region is not None and (not _continues(sec, row) or _header_row(row)):
        sec.region = None  # another table, or other content: a deadline, a field ...
    label_cell = row.cells[0] if row.cells else None
    if label_cell is not None:
        region = section_label(label_cell.text)
        if region is None and len(row.cells) == 1 and "\n" in label_cell.text and \
                section_label(label_cell.text.split("\n", 1)[0]) is Section.KEY_QUESTIONS and \
                _questions_by_line(sec, label_cell):
            return  # 'Key questions' then each question and its answer, in one cell
        if region is not None:
            _enter(sec, region, row)
        elif sec.region is not Section.KEY_RISKS:
            found = _unlabelled_region(row)
            if found is not None:
                _enter(sec, found, row)
                if found is Section.KEY_RISKS and _is_risk_header(row):
                    return
    if sec.region is Section.KEY_QUESTIONS:
        _read_question(sec, row)
    elif sec.region is Section.KEY_RISKS and not _mitigation_column_only(sec, row):
        _read_risk(sec, row)


def _enter(sec: _Section, region: Section, row: RowView) -> None:
    if region is not sec.region or not _continues(sec, row):
        page = row.cells[0].provenance.page if row.cells else None
        sec.region_table = (row.table_no, page, row.table.n_cols)
    sec.region = region


def _is_risk_header(row: RowView) -> bool:
    """'Key risk | Mitigating action': a header row, the risks in the rows below."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    return len(texts) == 2 and all(
        len(t) < 40 and (_RISK_LABEL.fullmatch(t) or _MITIGATION_LABEL.fullmatch(t)
                         or re.fullmatch(r"(?i)(key\s+)?risks?|mitigating\s+actions?|"
                                         r"mitigation", t)) for t in texts)


def _unlabelled_region(row: RowView) -> Section | None:
    """Questions and risks with no 'Key Questions' / 'Key Risks' label cell: a row of a
    question (ending '?') and its answer, or a 'Key Risks; ... | Mitigating Actions; ...'
    row, or a 'Key risk | Mitigating action' header."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    if len(texts) == 2 and _RISK_LABEL.match(texts[0]) and _MITIGATION_LABEL.match(texts[1]):
        return Section.KEY_RISKS
    if _is_risk_header(row):
        return Section.KEY_RISKS
    if len(texts) == 2:
        question = strip_bullets(texts[0])
        t = tag_text(texts[1]) if len(texts[1]) < 60 else None
        if question.endswith("?") and len(question.split()) >= 4 and \
                parse_label(texts[1]) is None and section_label(texts[0]) is None and \
                not _names_requirements(question) and (t is None or t.rating is None):
            return Section.KEY_QUESTIONS
    return None


def _names_requirements(text: str) -> bool:
    """The requirements' own headings ('Are all stakeholders fully engaged ...?') and
    wordings are no key questions."""
    folded = " ".join(text.lower().split())
    return any(fold_heading in folded for fold_heading in _REQUIREMENT_HEADINGS) \
        or requirement_id(text) is not None


_REQUIREMENT_HEADINGS = tuple(" ".join(h.lower().split())[:40]
                              for h in REQUIREMENT_SECTION_HEADINGS)


def _body_cells(row: RowView) -> list[Cell]:
    """The row's cells without section labels ('Key Questions:') and without an empty
    leading label cell."""
    body = [c for c in row.cells if section_label(c.text) is None]
    if len(body) > 1 and body[0].col == 0 and not body[0].text.strip():
        body = body[1:]
    return body


def _read_question(sec: _Section, row: RowView) -> None:
    body = _body_cells(row)
    if not body:
        return
    q_cell = body[0]
    question = strip_bullets(q_cell.text)
    answer_cells = [c for c in body[1:] if c is not q_cell]
    if len(question) < 20 and _HEADS["question"].match(question) and answer_cells and \
            _HEADS["answer"].match(answer_cells[0].text):
        return  # the table's header row: 'Question | Answer'
    if len(question) <= 60 and tag_text(question).field is not None:
        return  # the return's own field ('When will it be achieved? | June 2011')

    answer = clean_text("\n".join(c.text for c in answer_cells if c.text.strip()))
    if answer and _labelled_risk_row(sec, question, answer, q_cell, answer_cells):
        return
    pair = _risk_pair(answer) if "isk" in answer[:12] else None
    if pair is not None:  # 'Key risk / mitigation | Risk: ... Mitigation: ...'
        _add_risk_pair(sec, pair, answer_cells[0].provenance)
        return
    if not answer_cells and "?" in question[:-1] and _questions_by_line(sec, q_cell):
        return  # questions and answers line by line in one cell
    if not answer_cells and "?" in question[:-1]:
        # the question and its answer in one cell beside a 'Key question' label ('What
        # could prevent us ...? Uncertainty over NHS funding ...')
        m = _ASKED.match(question)
        if m is not None and m["a"].strip() and 4 <= len(m["q"].split()) <= 40:
            question, answer = strip_bullets(m["q"]), clean_text(m["a"])
            answer_cells = [q_cell]
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


_RISK_ROW = re.compile(r"(?i)(?:key\s+|main\s+)?risks?(?:\s+identified)?\s*:?")
_MITIGATION_ROW = re.compile(r"(?i)(?:mitigat\w*(?:\s+actions?)?|actions?\s+to\s+mitigate)"
                             r"\s*:?")


def _labelled_risk_row(sec: _Section, label: str, text: str, label_cell: Cell,
                       cells: list[Cell]) -> bool:
    """Among questions, a row labelled 'Key risk' (a risk) or 'Mitigating action' (the
    mitigation of the risk in the row before): a risk, not a question."""
    if _RISK_ROW.fullmatch(label.strip()):
        sec.risks.append(Risk(sec.milestone, text, None, {"risk": cells[0].provenance}))
        sec.risk_row_at = (label_cell.provenance.block, label_cell.row)
        return True
    if _MITIGATION_ROW.fullmatch(label.strip()):
        last = sec.risks[-1] if sec.risks else None
        at = sec.risk_row_at
        if last is not None and last.mitigation is None and at is not None and \
                at[0] == label_cell.provenance.block and at[1] == label_cell.row - 1:
            last.mitigation = text
            last.provenance["mitigation"] = cells[0].provenance
        else:
            sec.risks.append(Risk(sec.milestone, None, text,
                                  {"mitigation": cells[0].provenance}))
        return True
    return False


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


def _mitigation_column_only(sec: _Section, row: RowView) -> bool:
    """'Key risk | Mitigating action' with the risk's box empty: the mitigation's column
    (a text area printed twice, a wrapped mitigation), no risk of its own."""
    return len(row.cells) == 2 and row.table.n_cols == 2 and bool(sec.risks) and \
        not row.cells[0].text.strip() and bool(row.cells[1].text.strip())


def _read_risk(sec: _Section, row: RowView) -> None:
    body = _body_cells(row)
    risk_cell = mit_cell = None
    for cell in body:
        if _MITIGATION_LABEL.match(cell.text) and mit_cell is None:
            mit_cell = cell
        elif _RISK_LABEL.match(cell.text) and risk_cell is None:
            risk_cell = cell
    if mit_cell is None and len(body) <= 2:
        for cell in body:  # 'Key risk: ...\nMitigating action: ...' in one cell
            m = _MITIGATION_IN_CELL.search(cell.text)
            if m and _RISK_LABEL.match(cell.text):
                risk = clean_text(_RISK_LABEL.sub("", cell.text[: m.start()]))
                mitigation = clean_text(cell.text[m.end():])
                if risk or mitigation:
                    sec.risks.append(Risk(sec.milestone, risk or None, mitigation or None,
                                          {"risk": cell.provenance,
                                           "mitigation": cell.provenance}))
                return
    if mit_cell is not None and risk_cell is None and \
            not _MITIGATION_LABEL.sub("", mit_cell.text).strip():
        # 'Mitigating actions: | ...' under 'Key risks: | ...': the row's value is the
        # mitigation, of the risk in the row above when it has none yet
        _labelled_mitigation(sec, [c for c in body if c is not mit_cell and c.text.strip()])
        return
    rest = [c for c in body if c is not risk_cell and c is not mit_cell]
    if risk_cell is None and rest:
        risk_cell = rest.pop(0)
    if mit_cell is None and rest:
        mit_cell = rest.pop(0)
    risk = clean_text(_RISK_LABEL.sub("", risk_cell.text)) if risk_cell else ""
    mitigation = clean_text(_MITIGATION_LABEL.sub("", mit_cell.text)) if mit_cell else ""
    if not risk and not mitigation:
        return
    if risk and not any(ch.isalpha() for ch in risk):
        # a number only ('28.': the next item of an agenda after the return): no risk,
        # and the risks have ended
        sec.region = None
        return
    prov: dict[str, Provenance] = {}
    if risk_cell and risk:
        prov["risk"] = risk_cell.provenance
    if mit_cell and mitigation:
        prov["mitigation"] = mit_cell.provenance
    sec.risks.append(Risk(sec.milestone, risk or None, mitigation or None, prov))


def _labelled_mitigation(sec: _Section, values: list[Cell]) -> None:
    if not values:
        return
    text = clean_text(" ".join(c.text for c in values))
    here = values[0].provenance
    last = sec.risks[-1] if sec.risks else None
    above = last.provenance.get("risk") if last is not None else None
    if last is not None and last.mitigation is None and above is not None and \
            above.block == here.block and above.row is not None and here.row is not None \
            and above.row == here.row - 1:
        last.mitigation = text
        last.provenance["mitigation"] = here
    else:
        sec.risks.append(Risk(sec.milestone, None, text, {"mitigation": here}))


def _answer_asked(sec: _Section, p: Paragraph, text: str) -> tuple[bool, str]:
    """The paragraph after a question, a 'Key risk' or a 'Mitigating action' label: its
    answer, risk or mitigation, and True; False (and the text without an answer's label)
    when it is none: a heading, another question (read by the caller); a page's number
    between them is passed over (True)."""
    assert sec.question is not None
    if len(text) <= 16 and _PAGE_NUMBER.match(text):
        return True, text  # a page's number between the question and its answer ('Page 4')
    question, prov = sec.question
    sec.question = None
    text = _ANSWER_LABEL.sub("", text)  # 'Response: Yes, through ...'
    if not text or text.endswith("?") or paragraph_heading(p) is not None \
            or section_label(text) is not None or section_label(
                re.split(r"\s[\u2013\u2014-]\s|:", text, maxsplit=1)[0]) is not None:
        return False, text  # (a section's heading with its title: 'Key risks and
        # mitigating actions - December 2010 return', no answer)
    if question == _RISK_KEY:
        sec.risks.append(Risk(sec.milestone, clean_text(p.text), None, {"risk": p.provenance}))
    elif question == _MITIGATION_KEY:
        if sec.risks and sec.risks[-1].mitigation is None:
            sec.risks[-1].mitigation = clean_text(p.text)
            sec.risks[-1].provenance["mitigation"] = p.provenance
    elif requirement_id(text) is None:  # a requirement's wording answers nothing
        sec.answers.append(Answer(sec.milestone, question, clean_text(text),
                                  {"question": prov, "answer": p.provenance}))
    return True, text


def _question_paragraph(sec: _Section, p: Paragraph) -> None:
    """A key question as a paragraph (ending '?'), its answer the next paragraph; a
    'Key risk' paragraph, the risk in the next, then 'Mitigating action' and its text
    (a definition list)."""
    if sec.question is None and not _may_be_question(p.text) and len(p.lines) < 2:
        return
    if _asked_and_answered(sec, p):
        return
    text = strip_bullets(p.text)
    if sec.question is not None:
        done, text = _answer_asked(sec, p, text)
        if done:
            return
    if re.fullmatch(r"(?i)key\s+risks?:?", text):
        sec.question = (_RISK_KEY, p.provenance)
        return
    if re.fullmatch(r"(?i)mitigating\s+actions?:?|mitigation:?", text):
        sec.question = (_MITIGATION_KEY, p.provenance)
        return
    labelled = _QUESTION_LABEL.match(text)
    if labelled is not None:
        # 'Key question: Have we started ...? Yes, for people with ...'
        text = text[labelled.end():]
        asked, mark, answer = text.partition("?")
        if mark and answer.strip() and len(asked.split()) >= 3:
            sec.answers.append(Answer(sec.milestone, asked.strip() + "?",
                                      clean_text(_ANSWER_LABEL.sub("", answer.strip())),
                                      {"question": p.provenance, "answer": p.provenance}))
            return
        if len(text.split()) >= 3 and (mark or _INTERROGATIVE.match(text)):
            # labelled as a question, with or without '?' ('Key questions - December 2010
            # return' is a heading)
            sec.question = (text.strip(), p.provenance)
            return
    t = tag_text(text) if len(text) <= 300 else None
    if text.endswith("?") and 4 <= len(text.split()) <= 40 and "\n" not in p.text.strip() \
            and t is not None and t.deadline is None and t.field is None \
            and not _names_requirements(text) and not _top_heading(p):
        sec.question = (text, p.provenance)


def _labelled_risk(sec: _Section, p: Paragraph) -> bool:
    """'Key risk: ...' and 'Mitigating action: ...' as paragraphs (bullets) of their
    own: the risk, then its mitigation."""
    text = strip_bullets(p.text)
    pair = _risk_pair(text)
    if pair is not None:  # 'Key risk: ... Mitigating action: ...' in one paragraph
        _add_risk_pair(sec, pair, p.provenance)
        return True
    labelled = _LABELLED_RISK.match(text)
    if labelled is None:
        return False
    value = clean_text(labelled["v"])
    if labelled["k"].lower().startswith("mitigat"):
        if sec.risks and sec.risks[-1].mitigation is None:
            sec.risks[-1].mitigation = value
            sec.risks[-1].provenance["mitigation"] = p.provenance
    else:
        sec.risks.append(Risk(sec.milestone, value, None, {"risk": p.provenance}))
    sec.question = None
    return True


_MILESTONE_LEAD = re.compile(r"^\s*milestone\s+([1-5])\s*[:.\-\u2013]\s*(?=\S)", re.I)
# a key question (an interrogative up to its '?') and what follows it on the line
_ASKED = re.compile(r"(?:^|(?<=\s))(?P<q>(?:(?:on|to|in|by|at|for)\s+(?=what|which))?"
                    r"(?:does|do|is|are|have|has|how|what|when|where|"
                    r"which|who|why|can|could|should|will)\s[^?]{8,300}\?)\s*(?P<a>.*)$",
                    re.I | re.S)
_RISK_PAIR = re.compile(r"^\s*(?:key\s+)?risks?\s*:\s*(?P<r>.+?)\s+(?:mitigation|mitigating\s+"
                        r"actions?)\s*:\s*(?P<m>.+)$", re.I | re.S)
# 'Risk: ... Action: ...', tried only where 'ction' stands and the pair above is not
_RISK_ACTION_PAIR = re.compile(r"^\s*(?:key\s+)?risks?\s*:\s*(?P<r>.+?)\s+actions?(?:\s+"
                               r"(?:being\s+)?taken)?\s*:\s*(?P<m>.+)$", re.I | re.S)


def _add_risk_pair(sec: _Section, pair: re.Match[str], prov: Provenance) -> None:
    sec.question = None
    sec.risks.append(Risk(sec.milestone, clean_text(pair["r"]), clean_text(pair["m"]),
                          {"risk": prov, "mitigation": prov}))


def _risk_pair(text: str) -> re.Match[str] | None:
    """'Key risk: ... Mitigating action: ...' (or '... Action: ...') in one text."""
    m = _RISK_PAIR.match(text)
    if m is None and "ction" in text:
        m = _RISK_ACTION_PAIR.match(text)
    return m


def _qa_hint(text: str) -> bool:
    """Whether a text may hold 'Q.'/'A.' labels (substring tests before the pattern)."""
    return "Q." in text or "Q:" in text or text[:2] in ("A.", "A:") or "Question" in text \
        or "Answer" in text[:6]


def _paragraph(sec: _Section, p: Paragraph, asked: bool) -> None:
    """A paragraph inside a milestone's section: 'Q. ... A. ...' pairs, a question and its
    answer on one line (under a 'Key questions' heading), or a question, answer or risk
    paragraph of its own."""
    if _qa_hint(p.text) and _labelled_pairs(sec, p):
        return
    if asked and _asked_in_text(sec, p.text, p.provenance, lead=True):
        return
    if ("isk" in p.text[:10] or "itigat" in p.text[:12]) and _labelled_risk(sec, p):
        return
    _question_paragraph(sec, p)


def _asked_in_text(sec: _Section, text: str, prov: Provenance, lead: bool = False) -> bool:
    """A key question and its answer on one line ('What are we planning to do next? Run a
    second round of roadshows ...'), under a 'Key questions' heading; or a 'Risk: ...
    Mitigation: ...' line. ``lead``: the question must start the text (else it may follow
    a milestone's title, and with nothing after it awaits the next paragraph)."""
    risk = _risk_pair(text) if "isk" in text[:12] else None
    if risk is not None:
        _add_risk_pair(sec, risk, prov)
        return True
    unmarked = _unmarked_question(text) if lead else None
    if unmarked is not None:
        # the framework's own wording, printed without a question mark ('Is the council
        # helping ... to a wide range of the population Yes - through ...')
        question, answer = unmarked, clean_text(" ".join(text.split())[len(unmarked):])
    else:
        if "?" not in text:
            return False
        m = _ASKED.match(text.strip()) if lead else _ASKED.search(text)
        if m is None or not 4 <= len(m["q"].split()) <= 40:
            return False
        question, answer = strip_bullets(m["q"]), clean_text(m["a"])
    rest = ""
    if "?" in answer:
        # questions and answers run on after a milestone's heading ('Milestone 1: ...
        # What are we planning to do next? Hold ... What could prevent us ...? Not ...'):
        # each answer ends where a sentence asks the next question
        after = _NEXT_ASKED.search(answer)
        if after is not None:
            answer, rest = answer[:after.start()].strip(), answer[after.start():]
    if lead and not answer:
        return False  # a question on its own: the question paragraphs' rules decide it
    t = tag_text(question)
    if t.deadline is not None or t.field is not None or _names_requirements(question):
        return False
    sec.question = None
    if answer and not answer.endswith("?") and not only_options(answer) and \
            not _placeholder(answer):
        sec.answers.append(Answer(sec.milestone, question, answer,
                                  {"question": prov, "answer": prov}))
    elif not answer:
        sec.question = (question, prov)
    if rest:
        _asked_in_text(sec, rest, prov, lead=True)
    return True


def _milestone_led(text: str, asked: bool) -> re.Match[str] | None:
    """'Milestone 1: <title> <question>? <answer> ...': the heading's match, under a 'Key
    questions' heading, or anywhere when a question and its answer follow the title
    ('Milestone 2: how likely by April 2011?' is a caption)."""
    if not asked and ("?" not in text or len(text) > 3000):
        return None
    led = _MILESTONE_LEAD.match(text)
    if led is not None and not asked and not _answered_after(text[led.end():]):
        return None
    return led


def _answered_after(text: str) -> bool:
    """Whether a milestone's heading runs on into a key question and its answer."""
    m = _ASKED.search(text)
    if m is None or not m["a"].strip() or not 4 <= len(m["q"].split()) <= 40:
        return False
    title = text[:m.start()]
    if len(title) > 100 or tag_text(title).deadline is not None:
        return False  # the title then the form's grid run together, no question after it
    t = tag_text(m["q"])
    return t.deadline is None and t.field is None


# the framework's questions it prints without a question mark
_UNMARKED_QUESTIONS = tuple(sorted({q for m in MILESTONES for q in m.key_questions
                                   if not q.endswith("?")}, key=len, reverse=True))


def _unmarked_question(text: str) -> str | None:
    """The framework's question worded without its '?' at the start of ``text``, with
    words after it (the answer), as printed; else None."""
    if len(text) < 40 or text.lstrip()[:3].lower() not in ("is ", "how"):
        return None
    t = " ".join(text.split())
    for q in _UNMARKED_QUESTIONS:
        if len(t) > len(q) + 1 and t[:len(q)].lower() == q.lower() and t[len(q)] == " ":
            return t[:len(q)]
    return None


# the next question in a run of questions and answers: an interrogative after a
# sentence's end (or at the start: the answer left empty), up to its '?'
_NEXT_ASKED = re.compile(r"(?:^|(?<=[.!?)\u2019'\"]\s))(?:(?:on|to|in|by|at|for)\s+(?=what|"
                         r"which))?(?:does|do|is|are|have|has|how|what|when|where|which|who|"
                         r"why|can|could|should|will)\s[^?]{8,300}\?", re.I)


# 'Q. Have we started ...? A. Yes Q. Is this a pilot ...? A. Mainstream ...': each
# question and answer led by its letter (or word) and a stop or colon
_QA_LABEL = re.compile(r"(?:^|(?<=\s))(?P<k>Q|A|Question|Answer)\s*[.:](?:\s+|$)")


def _styled_heading(p: Paragraph) -> int | None:
    """A heading-styled paragraph naming a milestone by code or short name ('M1 -
    Partnerships', 'MS2: SDS/PBs'): that milestone's section."""
    if not p.style or not (p.style.lower().startswith("heading") or (
            len(p.style) == 2 and p.style[0] == "h" and p.style[1].isdigit())):
        return None
    text = p.text.strip()
    if len(text) > 60 or "?" in text:
        return None
    return tag_text(text).milestone


def _labelled_pairs(sec: _Section, p: Paragraph) -> bool:
    """Questions and answers each led by 'Q.' and 'A.' (or 'Question:' and 'Answer:'),
    run together in one paragraph when a PDF's lines are joined: each pair; text before
    the first label going on with the last answer (a page break cut it); a question
    left without its answer awaits the next paragraph."""
    text = p.text.replace("\n", " ")
    labels = list(_QA_LABEL.finditer(text))
    kinds = [m["k"][0] for m in labels]
    if kinds == ["Q"] and labels[0].start() == 0 and "?" in text[:-1] and \
            sec.question is None:
        # 'Q. Have we started to issue personal budgets? Yes': the answer after the
        # question's mark, with no label of its own
        asked, _, answer = text[labels[0].end():].partition("?")
        if answer.strip() and len(asked.split()) >= 3:
            sec.answers.append(Answer(sec.milestone, asked.strip() + "?", clean_text(answer),
                                      {"question": p.provenance, "answer": p.provenance}))
            return True
    if not labels or not ("Q" in kinds and "A" in kinds or (
            kinds[0] == "A" and sec.question is not None) or (
            kinds == ["Q"] and labels[0].start() == 0 and text.rstrip().endswith("?"))):
        return False
    lead = text[:labels[0].start()].strip()
    if lead and lead[0].islower() and sec.answers and sec.question is None:
        last = sec.answers[-1]
        last.answer = clean_text(f"{last.answer} {lead}")
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        piece = clean_text(text[m.end():end])
        if kinds[k] == "Q":
            sec.question = (piece, p.provenance) if piece else None
        elif sec.question is not None:
            question, prov = sec.question
            sec.question = None
            if piece and not only_options(piece) and not _placeholder(piece):
                sec.answers.append(Answer(sec.milestone, question, piece,
                                          {"question": prov, "answer": p.provenance}))
    return True


_INTERROGATIVE = re.compile(r"^(?:is|are|do|does|did|have|has|how|what|when|where|which|who|"
                            r"why|can|could|should|will|to what|on what)\s", re.I)


def _asked_and_answered(sec: _Section, p: Paragraph) -> bool:
    """A paragraph of lines holding a question and its answer (an online form's
    printout: the question over one to three lines ending '?', its answer box under
    it), perhaps after a 'Key questions' label: the pair, or the question awaiting its
    answer in the next paragraph. A paragraph starting with a section label ('Key risks
    and mitigating actions') answers no question."""
    lines = [ln.text.strip() for ln in p.lines if ln.text.strip()]
    if len(lines) < 2:
        return False
    start = 1 if section_label(lines[0]) is not None else 0
    if start and sec.question is not None:
        sec.question = None  # a new section: the question before it went unanswered
    asked = next((k for k in range(start, min(start + 3, len(lines)))
                  if lines[k].endswith("?")), None)
    if asked is None:
        if _INTERROGATIVE.match(lines[start] if start < len(lines) else "") \
                and len(lines[start].split()) >= 6:
            sec.question = None  # a question printed without its '?': no answer to one
            return True
        return bool(start) and section_label(lines[0]) is not Section.KEY_QUESTIONS
    question = strip_bullets(_QUESTION_LABEL.sub("", " ".join(lines[start:asked + 1])))
    t = tag_text(question) if len(question) <= 300 else None
    if not 4 <= len(question.split()) <= 60 or t is None or t.deadline is not None \
            or t.field is not None or _names_requirements(question):
        return False
    sec.question = None  # asked anew: the question before went unanswered
    answer = clean_text(_ANSWER_LABEL.sub("", " ".join(lines[asked + 1:])))
    if answer and not only_options(answer):
        sec.answers.append(Answer(sec.milestone, question, answer,
                                  {"question": p.provenance, "answer": p.provenance}))
    elif not answer:
        sec.question = (question, p.provenance)
    return True


def _other_heading(p: Paragraph) -> bool:
    """A heading (one short line, styled as one or all in bold) that names no milestone,
    deadline, field or section of a milestone."""
    if len(p.lines) != 1 or "?" in p.text or ":" in p.text:
        return False
    line = p.lines[0]
    text = line.text.strip()
    if not 8 <= len(text) <= 80 or text[-1:] in ".,;":
        return False
    style = _style(p)
    if not (style.startswith(_HEADING_STYLES) or line.covered(
            0, len(line.text), Style.BOLD)):
        return False
    t = tag_text(text)
    return t.milestone is None and t.deadline is None and t.field is None and \
        t.section is None and t.requirement is None and section_label(text) is None


_HEADING_STYLES = ("heading", "h1", "h2", "h3", "h4")


def _style(p: Paragraph) -> str:
    """The paragraph's style name folded ('Heading 2' -> 'heading2'); '' when it has none."""
    return (p.style or "").lower().replace(" ", "")


def _end_region_at(sec: _Section | None, p: Paragraph) -> None:
    """A heading of another part ('Sheet 3: Commentary' over a sheet of notes): the
    questions or risks have ended; a table after it carries none on."""
    if sec is not None and sec.region is not None and _styled_other(p):
        sec.region = None


def _styled_other(p: Paragraph) -> bool:
    """A paragraph styled as a heading that names no milestone, field or section of one."""
    style = _style(p)
    if not style or not style.startswith((*_HEADING_STYLES, "title")):
        return False
    text = p.text.strip()
    if not text or len(text) > 120 or "\n" in text:
        return False
    t = tag_text(text)
    return t.milestone is None and t.field is None and t.section is None and \
        section_label(text) is None and not _may_head("risk", text) and \
        not _may_head("question", text)


def _top_heading(p: Paragraph) -> bool:
    """A question set as a page's or section's main heading ('<h2>How ready are we?</h2>',
    Word's Heading 1) titles what follows; a key question is asked within a section."""
    style = _style(p)
    return style in ("h1", "h2", "heading1", "heading2", "title")


_LABELLED_RISK = re.compile(r"^\s*(?P<k>(?:key\s+)?risk|mitigating\s+actions?|mitigation)"
                            r"\s*:\s*(?P<v>\S.*)$", re.I | re.S)
_QUESTION_LABEL = re.compile(r"^\s*key\s+questions?\s*[:\-\u2013]\s*", re.I)
_ANSWER_LABEL = re.compile(r"^\s*(?:response|answer|reply)\s*[:\-\u2013]\s*", re.I)


def _may_be_question(text: str) -> bool:
    t = text.rstrip()
    return t.endswith("?") or (len(t) < 30 and ("risk" in t.lower() or "mitigat" in t.lower())) \
        or _QUESTION_LABEL.match(t) is not None


_RISK_KEY = "\x00risk"
_MITIGATION_KEY = "\x00mitigation"
