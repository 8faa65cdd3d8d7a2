"""One document, one return: when a paper holds returns for two periods, the latest.

A *period marker* is a short paragraph or a table title naming a return's period
("Appendix A: Putting People First return, September 2010", "Period: December 2010",
"Quarter ending 31 December 2010", "Position at 30 September 2010", "September 2010
return (superseded)"). A marker that calls what follows an earlier return ("Previous
quarter - for comparison only", "Last quarter's return") names an *earlier* period,
whatever dates it holds. Everything after a marker, up to the next one, belongs to that
marker's period. When values were read under two or more different periods, only the
latest period's values are kept, and a warning says so; values read before any marker
stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Document, Paragraph, Provenance, Table
from ..framework import financial_quarter, parse_month, parse_rating
from .grid import EARLIER  # 'previous quarter', 'for comparison only': older than any
from .tags import tag_text

Position = tuple[int, int]  # (block, row); a paragraph is row -1
Period = tuple[int, int]  # (year, month)
CURRENT: Period = (9999, 12)  # what stands outside an earlier return's segment

_EARLIER = re.compile(
    r"(?<!since )(?<!since the )\b(?:previous|last|prior|earlier)\s+(?:quarter'?s?|return|"
    r"report|position|period|submission|self[\s-]*assessment)\b|\bfor\s+comparison\b|"
    r"\bsuperseded\b|\bpreviously\s+(?:reported|submitted|presented)\b|"
    # a heading qualified at its end: 'Quarter 2 return (Sept 2010) - previous'
    r"[\-\u2013\u2014(,]\s*(?:previous|earlier|prior)\s*\)?\s*$", re.I)

# a sentence saying what follows is an earlier return shown again
_REPEATED = re.compile(r"\b(?:for\s+comparison|superseded)\b.*\b(?:below|follows|following|"
                       r"repeated|reproduced|shown)\b|\b(?:below|following|repeated|reproduced)"
                       r"\b.*\b(?:for\s+comparison|superseded)\b", re.I)
# (?=...): the first letters of the words, so most positions fail at one test
_MARKER = re.compile(
    r"\b(?=[rpqusaf])(?:return|returns|period|quarter|position|progress|as\s+at|update|"
    r"submission|submitted|appendix|annex|self[\s-]*assessment|for\s+comparison|"
    r"superseded)\b", re.I)


@dataclass
class Segments:
    markers: list[tuple[Position, Period, str]] = field(default_factory=list)
    unmarked: Period | None = None  # the period of what stands before any marker

    def period_at(self, pos: Position) -> Period | None:
        found = self.unmarked
        for where, period, _ in self.markers:
            if where <= pos:
                found = period
            else:
                break
        return found

    def latest(self, positions: list[Position], unmarked: Period | None = None
               ) -> tuple[Period | None, list[Period]]:
        """The latest period among those the given positions fall under, and all of
        them; (None, []) when fewer than two periods hold values. Values under an
        earlier return's marker go when any value stands outside one (CURRENT when
        those stand under no marker). ``unmarked``: the period of what stands under no
        marker, when the paper states it there (its heading's 'Quarter 4 return (period
        ending 31 March 2011)' before an appendix's 'Quarter 3 return')."""
        self.unmarked = unmarked
        periods = sorted({p for pos in positions if (p := self.period_at(pos)) is not None})
        if EARLIER in periods:
            others = [p for p in periods if p != EARLIER]
            if others:
                return others[-1], periods
            if any(self.period_at(pos) is None for pos in positions):
                return CURRENT, periods
            return None, periods
        if len(periods) < 2:
            return None, periods
        return periods[-1], periods

    def keeps(self, prov: Provenance | None, latest: Period | None) -> bool:
        if latest is None or prov is None or prov.block is None:
            return True
        period = self.period_at(position(prov))
        return period is None or period == latest


def position(prov: Provenance) -> Position:
    return (prov.block if prov.block is not None else -1,
            prov.row if prov.row is not None else -1)


def _marker_period(text: str) -> Period | None:
    # a section's number ('3. Position reported at March 2010') is no sentence's end; a
    # completion date after the period ('Period: April-June 2010 Date completed:
    # 07/07/10') is no period
    full = text.strip()
    low = full.lower()
    if "date" in low or "complet" in low:
        full = _DATE_LABEL.split(full, 1)[0].strip()
    if full[:1].isdigit() or full[1:2] == "." or full[:1] in "iIvVxX":
        full = _SECTION_NUMBER.sub("", full)
    if ("next" in low or "future" in low or "forthcoming" in low or "following" in low) and \
            _names_next(low):
        return None  # 'agrees to receive the next return in October 2010'
    text = re.sub(r"\([^)]*\)", "", full).strip()  # '(as reported to Cabinet on ...)'
    low = full.lower()
    if ("comparison" in low or "superseded" in low) and len(full) <= 300 and \
            _REPEATED.search(full) and _MARKER.search(full):
        # 'For comparison, the position reported for ... is repeated below.'; but a key to
        # the columns ('The shaded column shows the position reported last quarter ...;
        # this quarter's by the ticked boxes') marks no earlier return
        return None if _legend(low, full) else EARLIER
    if not text or not _MARKER.search(full):
        return None
    if "since" in low and not _MARKER.search(_SINCE.sub(" ", full)):
        return None  # 'April 2011: change since last return': a deadline's change, no period
    if len(text) > 110:
        # a form's heading lines run together ('... Self Assessment Return Quarter 2:
        # position at 30 September 2010 Date completed: 8 October 2010'): the period the
        # return states it is at, and nothing else
        m = _POSITION_AT.search(full) if len(full) <= 400 and (
            "position" in low or "progress" in low or "return" in low) else None
        return parse_month(m.group()) if m else None
    if ("apr" in low or "oct" in low) and ("milestone" in low or "deliverable" in low or
                                           "deadline" in low) and (
            _DEADLINES_NAMED.search(full) or _MILESTONE_DEADLINE.search(full)):
        # 'progress towards the April 2010 milestones', 'Milestone 5, April 2011: not
        # assessed this quarter': a deadline, no period
        return None
    if says_earlier(full) and len(full) <= 160 and not re.search(r"[.;]\s+[A-Z]", text):
        # 'Last quarter: Fairly likely' beside a field is the earlier return's value
        # shown for reference, not the heading of an earlier return
        return None if _labels_a_value(full) or _legend(low, full) else EARLIER
    if re.search(r"[.;]\s+[A-Z]", text):
        return None  # sentences mentioning a period in passing, not a heading
    t = tag_text(text)
    if t.field is not None or t.option is not None or (
            t.deadline is not None and not _AS_AT.search(full)):
        # a deadline header ('By April 2010'), a field label; but a quarter that names a
        # deadline's month is a period when it says it is one ('Quarter 2 2010/11
        # (position at 30 September 2010)')
        return None
    if ("complet" in low or "submitted" in low or "signed" in low) and _DONE_ON.search(full):
        return None  # 'The return was completed on 13 April 2010': when, not for when
    if ("position" in low or "progress" in low or "return" in low) and \
            (at := _POSITION_AT.search(full)) is not None:
        # 'Quarter 1 2010/11 - position at 30 June 2010 - completed 02.07.10': the
        # position's date, not the completion's
        return parse_month(at.group())
    return parse_month(text) or (parse_month(full) if len(full) <= 160 else None)


def _legend(low: str, full: str) -> bool:
    return ("column" in low or "shaded" in low or "shown" in low or "ticked" in low) and \
        _LEGEND.search(full) is not None


# a comparison with an earlier return, whose words name no return of this heading's own
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:last|previous|prior|earlier)\s+(?:quarter'?s?\s+)?"
                    r"(?:return|report|quarter|submission|update|self[\s-]*assessment)\b", re.I)
_DEADLINES_NAMED = re.compile(r"\b(?:apr|oct)[a-z]*\.?\s+20\d\d\s+(?:milestones?|deliverables?|"
                              r"deadlines?)\b", re.I)
_MILESTONE_DEADLINE = re.compile(r"\bmilestone\s+[1-5]\s*[,:\-\u2013]?\s*(?:apr|oct)[a-z]*\.?\s+"
                                 r"20(?:10|11)\b", re.I)
_DONE_ON = re.compile(r"\b(?:completed|submitted|signed(?:\s+off)?)\s+(?:on|by)\s+(?:the\s+)?"
                      r"\d", re.I)
_LEGEND = re.compile(r"\b(?:columns?|shaded|shown\s+(?:by|in)|ticked\s+boxes)\b", re.I)
_PERIOD_LABEL = re.compile(r"^\s*(?:(?:reporting|return)\s+)?(?:period|quarter)(?:\s+ending)?"
                           r"\s*:?\s*$|^\s*return\s*(?:for)?\s*:\s*$", re.I)
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[ivx]{1,4}\.)\s+(?=[A-Z])")
_DATE_LABEL = re.compile(r"\b(?:date\s+(?:completed|submitted|signed|of\s+completion)|"
                         r"completed\s*(?:(?:on|by)\s*)?:)", re.I)
_NEXT_LEADS = frozenset({"next", "future", "forthcoming", "following"})
_NEXT_NOUNS = frozenset({"return", "report", "quarter", "submission"})


def _labels_a_value(text: str) -> bool:
    """'Last quarter: Yes', 'Very likely  Last quarter: Fairly likely': a label then a
    value it gives (an option or a rating), no heading."""
    _, colon, value = text.rpartition(":")
    if not colon or not value.strip() or len(value) > 30:
        return False
    return tag_text(value).option is not None or parse_rating(value) is not None


def _names_next(low: str) -> bool:
    """A return still to come: 'the next return', "next quarter's report"."""
    words = [w.strip(".,;:()'\"") for w in low.split()]
    for k, word in enumerate(words[:-1]):
        if word in _NEXT_LEADS:
            after = words[k + 1]
            if after in ("quarter's", "quarters") and k + 2 < len(words):
                after = words[k + 2]
            if after in _NEXT_NOUNS:
                return True
    return False
_AS_AT = re.compile(r"\b(?:position|as)\s+at\b|\b(?:period|quarter|months?|year)\s+"
                    r"(?:to|ending|ended)\b|\bprogress\s+(?:to|at)\b|"
                    # 'Quarter: July - September 2010', 'Reporting period: ...'
                    r"^\s*(?:reporting\s+)?(?:quarter|period)\s*:|"
                    r"\b[a-z]{3,9}\s*[-\u2013\u2014]\s*[a-z]{3,9}\s+\d{4}\b", re.I)
_POSITION_AT = re.compile(r"\b(?:position|progress|return)\s+(?:as\s+)?(?:at|to)\s+(?:the\s+)?"
                          r"(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+\d{4}\b")
_EARLIER_WORDS = ("previous", "last", "prior", "earlier", "comparison", "superseded")


def says_earlier(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _EARLIER_WORDS) and _EARLIER.search(text) is not None


def _may_mark(line: str) -> bool:
    """A cheap test before the patterns: a marker or an earlier return's words in it."""
    low = line.lower()
    # (_MARKER's words and _EARLIER_WORDS as one chain of substring tests: no generator
    # made per line)
    if not ("return" in low or "period" in low or "quarter" in low or "position" in low
            or "progress" in low or "as at" in low or "update" in low or "submi" in low
            or "appendix" in low or "annex" in low or "assessment" in low
            or "comparison" in low or "superseded" in low or "previous" in low
            or "last" in low or "prior" in low or "earlier" in low):
        return False
    return _MARKER.search(line) is not None or says_earlier(line)


# a spreadsheet's sheet named after its quarter ('Sheet 3: Q4 Mar 11', 'Sheet 2: Dec 2010',
# 'Sheet 2: Q3 2010/11'), as a Calc export heads each sheet
_SHEET = re.compile(r"^\s*Sheet\s+\d{1,2}\s*:\s*(?:Q[1-4]\s*[-:]?\s*)?(?P<m>jan|feb|mar|apr|may|"
                    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-']*(?P<y>20\d\d|\d\d)\s*$", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _sheet_period(line: str) -> Period | None:
    m = _SHEET.match(line)
    if m is not None:
        year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        return (year, _MONTHS.index(m["m"].lower()[:3]) + 1) if 2008 <= year <= 2012 else None
    head = re.match(r"^\s*Sheet\s+\d{1,2}\s*:\s*(?P<n>.{4,30})$", line)
    return financial_quarter(head["n"]) if head is not None else None




def page_less(line: str) -> str:
    """The line without a page number at its end ('... Q1 return 2', '... Page 3 of
    12'); a year is no page number."""
    t = line.rstrip()
    head = _without_number(t)
    if head is None:
        return line
    low = head.lower()
    if low.endswith(" of"):  # 'Page 3 of 12'
        before = _without_number(head[:-3].rstrip())
        if before is not None:
            head, low = before, before.lower()
    if low.endswith("page") and (len(low) == 4 or not low[-5].isalnum()):
        head = head[:-4]
    return head.rstrip()


def _without_number(t: str) -> str | None:
    """``t`` without the word of 1-3 digits it ends with; None if it has none."""
    head, _, last = t.rpartition(" ")
    if not head or len(last) > 3 or not last.isdigit():
        return None
    return head.rstrip()


def find_segments(doc: Document) -> Segments:
    seg = Segments()
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            for line in block.text.split("\n", 3)[:3]:
                if line[:5] == "Sheet" and (sheet := _sheet_period(line)) is not None:
                    seg.markers.append(((b, -1), sheet, line.strip()))
                    break
                if len(line) > 300 or not _may_mark(line):
                    continue
                period = _marker_period(line)
                if period is not None:
                    seg.markers.append(((b, -1), period, line.strip()))
                    break
        elif isinstance(block, Table):
            for row in block.rows()[:3]:
                texts = [c.text for c in row if c.text.strip()]
                if len(texts) == 1:
                    period = _marker_period(texts[0])
                    if period is not None:
                        seg.markers.append(((b, row[0].row), period, texts[0].strip()))
                elif len(texts) == 2 and len(texts[0]) <= 30 and _PERIOD_LABEL.match(texts[0]):
                    # a form's 'Quarter: | Q4 2009/10 (January - March 2010)' row
                    value = _DATE_LABEL.split(texts[1], 1)[0]
                    period = parse_month(value) or financial_quarter(value)
                    if period is not None:
                        seg.markers.append(((b, row[0].row), period, " ".join(texts)))
    seg.markers = _without_furniture(seg.markers)
    return seg


def _without_furniture(markers: list[tuple[Position, Period, str]]
                       ) -> list[tuple[Position, Period, str]]:
    """The markers without page furniture: a line repeated on page after page (a
    browser's print header, a running title; page numbers apart: 'Health OSC, 27 July
    2010 - Q1 return 2') marks no return's start; unless such lines name two or more
    periods: a workbook printed sheet by sheet, each sheet's name in its pages' header
    ('Q4 09-10 (Mar 10)' ... 'Q1 10-11 (Jun 10)'), where each first one marks its sheet's
    start."""
    keyed = sorted((marker, page_less(marker[2])) for marker in markers)
    seen: dict[str, int] = {}
    for _, key in keyed:
        seen[key] = seen.get(key, 0) + 1
    repeated = {marker[1] for marker, key in keyed if seen[key] > 1}
    firsts: set[str] = set()
    kept = []
    for marker, key in keyed:
        if seen[key] == 1:
            kept.append(marker)
        elif len(repeated - {EARLIER}) >= 2 and key not in firsts:
            firsts.add(key)
            kept.append(marker)
    return kept
