"""Council, reporting period and completion date.

Each is looked for first as a labelled field ("Council: Sefton MBC", "Date
Completed: 5th January 2011", "Period: December 2010") in a paragraph or in a
table cell (label and value in one cell, or in neighbouring cells), then in
phrases of running text ("Oxfordshire's first quarterly report to the end of
December 2009", "December 2010 progress").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Cell, Paragraph, Provenance
from ..framework import fold, month_key, normalise_council, parse_date, parse_month
from .councils import ALL_COUNCILS, AMBIGUOUS, canonical, council_name_re
from .segments import says_earlier
from .walk import RowView, Unit

# Labelled fields. A label starts the text or follows white space (a PDF may run several
# label lines into one paragraph); the value runs to the end of the line or to the next
# "Label:" (see _value).
_COUNCIL_LABEL = re.compile(
    r"(?:^|\s)(?:name\s+of\s+(?:council|authority|local\s+authority)|council\s+name|"
    r"local\s+authority(?:\s+name)?|council|authority|la)\s*:\s*(?P<v>.*)$"
    r"|^\s*(?:council|local\s+authority|authority)\s+[\-\u2013]\s*(?P<w>.*)$",
    re.I | re.S)
_DATE_LABEL = re.compile(
    r"(?:^|\s|\()(?:date\s+(?:completed|of\s+completion|return\s+completed|submitted)|"
    r"completed\s*:?\s+(?:on\s+)?(?=\d)|was\s+completed\b[^.:]{0,80}?\bon(?=\s+\d)|"
    r"completion\s+date|^completed(?=\s*:?\s*$)|"
    r"completed\s+by\s*:[^:]{0,80}?\bdate)\s*[:\-\u2013]?\s*(?P<v>.*)$", re.I | re.S)
_PERIOD_LABEL = re.compile(
    r"^\s*(?:(?:reporting|return|review)\s+period|period(?:\s+(?:covered|ending|ended))?|"
    r"quarter\s+ending|"
    r"return\s+for"
    r"(?:\s+(?:the\s+)?(?:quarter|period)(?:\s+(?:ending|ended|to))?)?|"
    r"(?:latest|current|this)\s+(?:return|quarter|period)(?=\s*[:\-\u2013])|"
    r"progress\s+(?:as\s+at|to)|position\s+as\s+at|as\s+at)\s*[:\-\u2013]?\s*(?P<v>.*)$",
    re.I | re.S)
# a period's label after another field's value on the same line, and its colon
_LATER_PERIOD_FIELD = re.compile(r"\S\s+(?:(?:reporting|return|review)\s+)?(?=period(?:\s+"
                                 r"(?:covered|ending|ended))?\s*:)", re.I)


def _period_label(text: str, marked: bool) -> re.Match[str] | None:
    """A period's label at the text's start, or as a later field of a form's line
    ('Council: ...  Date completed: ...  Return period: quarter ending 31 March 2010')."""
    m = _PERIOD_LABEL.match(text)
    if m is None and marked and "eriod" in text:
        later = _LATER_PERIOD_FIELD.search(text)
        m = _PERIOD_LABEL.match(text[later.end():]) if later else None
    return m


def _period_value(value: str) -> str:
    """A period label's value without what follows it ('Dec-10 (date completed
    10/01/2011)', 'December 2010 (Q3), completed 10 January 2011')."""
    if ";" in value or "," in value or "ate" in value or "omplet" in value or \
            "ubmitted" in value:
        value = _PERIOD_END.split(value, 1)[0]
    if " to " in value or "-" in value or "\u2013" in value or "until" in value:
        # a range ('1 October 2010 to 31 December 2010'): the period is where it ends
        pieces = _RANGE.split(value)
        if len(pieces) > 1 and parse_month(pieces[-1]) is not None:
            return pieces[-1]
    return value


_RANGE = re.compile(r"\s+(?:to|until)\s+|\s*[\-\u2013\u2014]\s*(?=\d|[A-Z])", re.I)


_PERIOD_END = re.compile(r"[;,]\s|\bdate\b|\bcomplet|\bsubmitted\b", re.I)
_NEXT_LABEL = re.compile(
    r"\s(?:date(?:\s+[a-z]+){0,3}|completion(?:\s+[a-z]+){0,2}|"
    r"(?:(?:return|form)\s+)?completed(?:\s+by)?|"
    r"(?:(?:reporting|return|review)\s+)?period|council|"
    r"authority|contact(?:\s+officer)?|signed(?:\s+off)?|name|tel(?:ephone)?|e-?mail|"
    r"position|version|status|underpinning)\s*:", re.I)

# a capitalised word or two, then a colon: the next field of a form printed on the line
_ANY_LABEL = re.compile(r"\s[A-Z][a-z]+(?:\s[a-z]+)?\s*:(?:\s|$)")


def _value(match: re.Match[str], nxt: str | None) -> str:
    """The labelled value: up to the end of the line or the next 'Label:'; or, when the
    label stands alone, the next cell's text."""
    value = (match["v"] if match["v"] is not None else match.groupdict().get("w") or "")
    value = value.split("\n")[0]
    cut = _NEXT_LABEL.search(value)
    if cut:
        value = value[: cut.start()]
    if ":" in value:  # any other field's label after it: 'Cornwall Council Region: South West'
        cut = _ANY_LABEL.search(value)
        if cut:
            value = value[: cut.start()]
    if ". " in value:  # '... Borough Council. December return ...': the sentence ends
        low = value.lower()
        for word in ("council. ", "mbc. ", "corporation. "):
            if word in low:
                value = value[:low.index(word) + len(word) - 2]
                break
    value = value.strip(" *")  # a form's mandatory field: 'Date completed *'
    if value[:1] == "(" and _FORMAT_HINT.fullmatch(value):
        value = ""  # 'Date completed (dd/mm/yyyy)': how to write it, the value beside it
    return value or (nxt or "").strip()


_FORMAT_HINT = re.compile(r"\(\s*(?:dd|d)[/.\-\s]*(?:mm|m|mmm)[/.\-\s]*(?:yyyy|yy|ccyy)\s*\)",
                          re.I)


_MONTH_PROGRESS = re.compile(
    r"^(?P<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})"
    r"(?:\s+(?:progress|return|update|quarterly\s+return))?\s*$", re.I)
_PROGRESS_HEADING = re.compile(r"progress (?:with|against|on) putting people first|"
                               r"putting people first milestones?", re.I)


@dataclass
class Metadata:
    council: str | None = None
    period: str | None = None
    date_completed: str | None = None
    provenance: dict[str, Provenance] = field(default_factory=dict)


def _texts(units: list[Unit]) -> list[tuple[str, Provenance, str | None]]:
    """(text, provenance, text of the next cell in the row) for paragraphs and cells."""
    out: list[tuple[str, Provenance, str | None]] = []
    cited_heads: dict[int, set[int]] = {}
    for k, unit in enumerate(units):
        if isinstance(unit, Paragraph):
            # a label paragraph, its value the next ('Date completed' | '7 January 2011'
            # as a definition list's term and description)
            nxt = None
            if len(unit.text) <= 40 and (unit.style == "dt" or unit.text.rstrip()[-1:] == ":") \
                    and "\n" not in unit.text and k + 1 < len(units):
                after = units[k + 1]
                nxt = after.text if isinstance(after, Paragraph) else None
            for line in unit.text.split("\n"):
                if line.strip():
                    out.append((line.strip(), unit.provenance, nxt))
        elif isinstance(unit, RowView):
            if unit.index == 0:  # the table's first row: its headers
                cited_heads[id(unit.table)] = _cited_under(unit)
            cited = _cited_beside(unit)
            if unit.index > 0 and (heads := cited_heads.get(id(unit.table))):
                cited = cited | heads
            for i, cell in enumerate(unit.cells):
                if cell.col in cited:
                    continue  # a document cited: its date is when it was published
                nxt = unit.cells[i + 1].text if i + 1 < len(unit.cells) else None
                if not (nxt or "").strip() and _may_label(cell.text):
                    nxt = _below(unit, cell)  # a form's label over its value
                elif "omplet" in cell.text and i + 2 < len(unit.cells):
                    nxt = _latest_date(unit.cells[i + 1:]) or nxt
                out.append((cell.text.strip(), cell.provenance, nxt))
                # two labels and their two values, each pair joined by a slash ('Period
                # ending / completed | 31 March 2010 / 16 April 2010'): each label its value
                if nxt and " / " in cell.text and len(cell.text) <= 80:
                    labels, values = cell.text.split(" / "), nxt.split(" / ")
                    if len(labels) == len(values) == 2:
                        out.extend((label.strip(), cell.provenance, value.strip())
                                   for label, value in zip(labels, values, strict=True))
    return out


_CITES_LABEL = re.compile(r"^\s*(?:background\s+(?:papers?|documents?)|sources?|references?|"
                          r"documents?(?:\s+referred\s+to)?|title\s+of\s+(?:the\s+)?"
                          r"documents?)\s*:?\s*$", re.I)


def _cited_beside(row: RowView) -> set[int]:
    """The columns after a 'Background papers' label in the row: documents cited, whose
    dates are when they were published."""
    label = row.cells[0] if row.cells else None
    if label is not None and _cites_label(label.text):
        return {c.col for c in row.cells[1:]}
    return set()


def _cited_under(first: RowView) -> set[int]:
    """The columns under a 'Background papers' heading in the table's first row."""
    cols: set[int] = set()
    for head in first.cells:
        if _cites_label(head.text):
            cols.update(range(head.col, head.col + head.col_span))
    return cols


def _cites_label(text: str) -> bool:
    """'Background papers', 'Sources', 'References' (a substring test first)."""
    return len(text) <= 40 and text.lstrip()[:3].lower() in (
        "bac", "sou", "ref", "doc", "tit") and _CITES_LABEL.match(text) is not None


def _may_label(text: str) -> bool:
    """A short text that may be a label with its value elsewhere ('Date completed *')."""
    return len(text) <= 40 and ("omplet" in text or "eriod" in text or "ouncil" in text
                                or "uthority" in text)


def _latest_date(cells: list[Cell]) -> str | None:
    """Of two or more dates beside a label ('Date completed | 11/10/2010 | 13/01/2011',
    two returns side by side), the latest: the latest return's."""
    texts = [c.text for c in cells if c.text.strip()]
    dates = [parse_date(t) for t in texts]
    if len(texts) < 2 or any(d is None for d in dates):
        return None
    return max(zip(dates, texts, strict=True))[1]  # type: ignore[type-var]


def _below(row: RowView, cell: Cell) -> str | None:
    """The text of the cell under ``cell`` in the same columns."""
    r = cell.row + cell.row_span
    return next((c.text for c in row.table.cells if c.row == r and c.col == cell.col
                 and c.col_span == cell.col_span), None)


def extract_metadata(units: list[Unit], title: str | None = None,
                     furniture: Sequence[str] = ()) -> Metadata:
    meta = Metadata()
    texts = _texts(units)
    for text, prov, nxt in texts:
        if len(text) > 400:
            if meta.date_completed is None:
                _completed_in_sentences(meta, text, prov)
            continue
        # each label needs a colon or a dash, and a completion date "complet": texts
        # without them skip the scans
        marked = ":" in text or "-" in text or "\u2013" in text
        if meta.council is None and marked:
            m = _COUNCIL_LABEL.search(text)
            if m:
                value = _value(m, nxt)
                council = normalise_council(value.split("\n")[0]) if value else None
                council = _plausible(council) if council else None
                if council and len(council.split()) <= 5:
                    meta.council, meta.provenance["council"] = council, prov
        if meta.date_completed is None and "omplet" in text.lower():
            d = _date_labelled(text, nxt)
            if d:
                meta.date_completed, meta.provenance["date_completed"] = d, prov
        if meta.period is None:
            m = _period_label(text, marked)
            if m:
                value = _period_value(_value(m, nxt))
                ym = parse_month(value) if value else None
                if ym:
                    meta.period, meta.provenance["period"] = month_key(*ym), prov
    if meta.period is None:
        _period_near_heading(meta, texts)
    if meta.period is None or meta.council is None:
        _from_prose(meta, texts, title, furniture)
    _drop_untimely_date(meta)
    meta.council = canonical(meta.council) if meta.council else None  # 'Hull' as the spec
    return meta


def _date_labelled(text: str, nxt: str | None) -> str | None:
    """The completion date a label gives ('Date completed: 14/07/2010'); none where a
    line gives two returns' dates."""
    m = _DATE_LABEL.search(text)
    if m is not None and text.lower().count("complet") >= 2 and "(" in text:
        # '(Q2 return completed ... for comparison)', '(September return completed ...)':
        # an aside's date is not the line's own
        text = _ASIDE.sub(lambda a: "" if "omplet" in a.group() else a.group(), text)
        m = _DATE_LABEL.search(text)
    if m is not None and text.lower().count("complet") >= 2 and _two_dates_completed(text):
        # two returns' completion dates: the one of the sentence not on an earlier
        # return ('Latest return: ..., completed 14/01/2011. Previous return: ...'), or none
        kept = [sentence for sentence in _PIECES.split(text)
                if "omplet" in sentence and not says_earlier(sentence)]
        if len(kept) != 1 or _two_dates_completed(kept[0]):
            return None
        text = kept[0]
        m = _DATE_LABEL.search(text)
    if m is None:
        return None
    d = parse_date(_value(m, nxt))
    return d.isoformat() if d else None


def _without_earlier_asides(text: str) -> str:
    """The text without its asides in brackets on an earlier return ('Q3 return completed
    14/01/2011 (Q2 return completed 15/10/2010 shown for comparison)')."""
    return _ASIDE.sub(lambda m: "" if says_earlier(m.group()) else m.group(), text)


_ASIDE = re.compile(r"\([^()]{4,200}\)")
# a line's parts: its sentences, or fields set apart by ';' or ' | '
_PIECES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|;\s+|\s+\|\s+")


def _two_dates_completed(text: str) -> bool:
    """Two different dates each after 'completed' ('Q4 (position at 31 March 2010),
    completed 12/04/2010; Q1 (position at 30 June 2010), completed 08/07/2010')."""
    found = set()
    for piece in re.split(r"(?i)complet\w*", text)[1:]:
        d = parse_date(piece.lstrip(" :-\u2013on")[:24].split(";")[0].split(",")[0])
        if d is not None:
            found.add(d)
    return len(found) >= 2


def _drop_untimely_date(meta: Metadata) -> None:
    if not _completed_in_time(meta.date_completed, meta.period):
        meta.date_completed = None  # '11 Jan 2071': a digit misread, not the date
        meta.provenance.pop("date_completed", None)


def _completed_in_time(date: str | None, period: str | None) -> bool:
    """Whether a return's completion date can be its own: from two months before the
    period's month to two years after it (no date or no period: nothing to check)."""
    if not date or not period:
        return True
    months = int(date[:4]) * 12 + int(date[5:7]) - (int(period[:4]) * 12 + int(period[5:7]))
    return -2 <= months <= 24


def _completed_in_sentences(meta: Metadata, text: str, prov: Provenance) -> None:
    """'It was completed by the Board on 6 April 2011.' in a long paragraph."""
    if "omplet" not in text.lower() or len(text) >= 5000:
        return
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
        m = _DATE_LABEL.search(sentence) if len(sentence) <= 400 else None
        d = parse_date(_value(m, None)) if m else None
        if d:
            meta.date_completed, meta.provenance["date_completed"] = d.isoformat(), prov
            return


_CITATION = re.compile(r"^\s*(?:background\s+papers?|sources?|references?|see)\b|"
                       r"\((?:[^()]*,){2,}[^()]*\)", re.I)


def _cites(text: str) -> bool:
    """A reference to a document ('Background papers: Putting People First milestones (DH,
    ADASS, LGA, September 2009)'): its date is when it was published, no period."""
    low = text[:12].lower()
    if not (low.startswith(("background", "source", "reference", "see ")) or (
            "(" in text and text.count(",") >= 2)):
        return False
    return _CITATION.search(text) is not None


def _period_near_heading(meta: Metadata, texts: list[tuple[str, Provenance, str | None]]) -> None:
    """'December 2010' standing alone just before 'Progress with Putting People First
    milestones' (seed 002) or in the cell after it, or a heading 'December 2010
    progress'."""
    for i, (text, _prov, _) in enumerate(texts):
        if len(text) < 90 and _PROGRESS_HEADING.search(text) and not _cites(text):
            for j in range(max(0, i - 3), min(len(texts), i + 2)):  # (or the cell after)
                cand, cprov, _ = texts[j]
                if j < i and cprov.row is not None:
                    continue  # a table's cell before the heading ('Due | October 2011')
                if cprov.row is not None and _among_months(texts, j):
                    continue  # a row of months ('Milestone | April 2010 | October 2010')
                m = _MONTH_PROGRESS.match(fold(cand)) if len(cand) < 40 else None
                if m:
                    ym = parse_month(m["m"])
                    if ym:
                        meta.period, meta.provenance["period"] = month_key(*ym), cprov
                        return
            months = re.findall(r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                                r"\s+\d{4})", text, re.I)
            # (a heading: a sentence or a reference ends with a stop: 'Putting People
            # First milestones letter, DH/ADASS/LGA, September 2009.'; a heading naming
            # two returns' months names no one period)
            if len({m.lower() for m in months}) == 1 and len(text) < 120 and \
                    not text.endswith(".") and not _VERSIONED.search(text):
                ym = parse_month(months[0])
                if ym:
                    meta.period, meta.provenance["period"] = month_key(*ym), _prov
                    return


def _latest_in_row(texts: list[tuple[str, Provenance, str | None]], text: str,
                   prov: Provenance) -> str | None:
    """Of a table cell naming a period and the cells beside it in its row naming others
    ('Q4 2009/10 return (March 2010) | Q1 2010/11 return (June 2010)'), the latest."""
    if len(text) > 80 or _period_in(text) is None:
        return None
    k = next((i for i, x in enumerate(texts) if x[1] is prov), None)
    if k is None or not _among_months(texts, k):
        return None
    row = [x[0] for x in texts if x[1].block == prov.block and x[1].row == prov.row]
    periods = [p for t in row if len(t) <= 80 and (p := _period_in(t)) is not None]
    return max(periods) if len(periods) >= 2 else None


def _among_months(texts: list[tuple[str, Provenance, str | None]], j: int) -> bool:
    """Is the cell at ``j`` one of two or more cells of its row that name a month (a
    row of deadlines' or quarters' heads)?"""
    prov = texts[j][1]
    for k in (j - 1, j + 1):
        if 0 <= k < len(texts):
            text, other, _ = texts[k]
            if other.block == prov.block and other.row == prov.row and len(text) < 40 and \
                    parse_month(text) is not None:
                return True
    return False


# a template's version and date, or a page's running header: 'Progress Return (DH template
# v2, April 2010) Page 1'
_VERSIONED = re.compile(r"\b(?:v\d+(?:\.\d+)?|version|template|page\s+\d+)\b", re.I)


_NAME = r"[A-Z][\w'\-]+(?:\s+(?:upon|on|and|le|in|[A-Z][\w'\-]+)){0,3}?"
_COUNCIL_NAME = re.compile(
    r"\b(?:(?i:London|Royal)\s+(?i:Borough\s+of)\s+(?P<a>" + _NAME + r")(?![\w'\-])"
    r"|(?i:City\s+and\s+County|City|County\s+Borough|Borough)\s+(?i:of)\s+(?P<d>" + _NAME
    + r")\s+(?i:Council)"
    r"|(?P<b>" + _NAME + r")\s+(?i:Metropolitan\s+Borough|Metropolitan\s+District|County\s+"
    r"Borough|County|City|Borough|District)\s+(?i:Council)"
    r"|(?P<c>" + _NAME + r")\s+(?:MBC|MDC)\b)")
_TITLE_COUNCIL = re.compile(r"(?:^|[|\-\u2013:]\s*)(?P<c>" + _NAME + r")\s+Council\s*$")
_NOT_COUNCILS = frozenset({
    "council", "committee", "government", "department", "directorate", "cabinet", "members",
    "member", "board", "director", "executive", "authority", "panel", "service", "services",
    "officer", "officers", "chair", "group", "the", "this", "year", "today", "report",
    "scrutiny", "partnership", "programme", "health", "nhs", "pct", "county", "city",
    "modern",  # "Modern Council": modern.gov's default site name, not an authority
    "local", "parish", "town", "your", "my", "our", "district", "borough",
})
_POSSESSIVE = re.compile(
    r"\b(?P<c>" + _NAME + r")['\u2019]s\s+(?:[\w\-]+\s+){0,5}?"
    r"(?:report|return|position|progress|submission)\b")
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?")
_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r",?\s+\d{4}"
_PERIOD_PHRASES = (
    # 'for the period to 31 December 2010', 'position at 31 March 2010',
    # 'progress ... to the end of December 2009', 'the quarter ending 30 September 2010'
    re.compile(r"\b(?:period|position|progress|status|quarter|return|report|update|"
               r"milestones?|personali[sz]ation)\b[^.;]{0,60}?\b(?:to|at|as\s+at|ending|ended|up\s+to|for)"
               r"\s+(?:the\s+)?(?:(?:end|close)(?:\s+of)?\s+)?(?P<d>" + _DATE + r")", re.I),
    # 'the December 2010 milestone return', 'December 2010 progress', 'the year-end (March
    # 2011) Putting People First milestones return'
    re.compile(r"\b(?P<d>" + _MONTH + r"\s+\d{4})\)?\s+(?:putting\s+people\s+first\s+|ppf\s+|"
               r"milestones?\s+|quarterly\s+|progress\s+|self[\s-]assessment\s+)*"
               r"(?:return|progress|update|position)\b", re.I),
    # 'year-end position, March 2011', 'Position at: March 2011'
    re.compile(r"\b(?:position|progress|return|update)\s*[,:\-\u2013(]\s*(?P<d>" + _DATE + r")",
               re.I),
)
_QUARTER = re.compile(
    r"\b(?:quarter\s*(?P<n>[1-4])|q(?P<q>[1-4])|(?P<w>first|second|third|fourth)\s+quarter)"
    r"\s*(?:of\s+)?(?P<y>20\d\d)\s*/\s*(?:20)?\d\d\b", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


_PLAIN_COUNCIL = re.compile(r"^(?:the\s+)?(?P<c>" + _NAME + r")\s+(?i:council)\s*$")
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<c>" + _NAME + r")\s+(?i:council)\b")


def _title_case(text: str) -> str:
    """A text in capitals as a name is written: 'ROYAL BOROUGH OF KINGSTON UPON THAMES'
    -> 'Royal Borough of Kingston upon Thames' (the joining words in lower case)."""
    parts = re.split(r"([\s\-]+)", text.title())  # ('STOCKTON-ON-TEES': 'on' too)
    return "".join(w.lower() if k and w.lower() in _JOINERS else w
                   for k, w in enumerate(parts))


def _council_in(text: str, *, title: bool = False) -> str | None:
    """A council's name in a text: 'Derbyshire County Council', 'London Borough of Sutton',
    'BURY METROPOLITAN BOROUGH COUNCIL', or (in a page title) '... | Wirral Council'."""
    probe = _title_case(text) if text.isupper() else text
    if " & " in probe:
        probe = probe.replace(" & ", " and ")  # 'Redcar & Cleveland Borough Council'
    head = _LETTERHEAD.match(probe) if len(probe) < 80 else None
    if head is not None and council_name_re().fullmatch(head["c"].strip()):
        return " ".join(head["c"].split())
    m = _COUNCIL_NAME.search(probe)
    name = None
    plain = _PLAIN_COUNCIL.match(probe.strip()) if len(probe.split()) <= 5 else None
    behalf = _ON_BEHALF.search(probe)
    if m:
        name = m["a"] or m["b"] or m["c"] or m["d"]
    elif plain or behalf:
        name = (plain or behalf)["c"]  # type: ignore[index]
    elif title:
        t = _TITLE_COUNCIL.search(probe)
        name = t["c"] if t else None
    if not name:
        return None
    council = normalise_council(name)
    if council is None or council.lower() in _NOT_COUNCILS:
        return None
    council = _plausible(council.title() if council.isupper() else council)
    return council


_JOINERS = frozenset({"upon", "on", "and", "le", "in", "of", "with", "under", "by", "the",
                      "next", "en"})
# capitalised words that start a sentence or a heading, not a name: "From September
# Norfolk County Council ..." is Norfolk's
_LEADING = frozenset({"from", "in", "on", "at", "by", "for", "the", "this", "that", "and",
                      "but", "since", "during", "until", "after", "before", "as", "with",
                      "under", "today", "yesterday", "last", "next", "every", "all", "each",
                      "january", "february", "march", "april", "may", "june", "july",
                      "august", "september", "october", "november", "december", "monday",
                      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                      "neighbouring", "nearby", "meanwhile", "however", "also", "both"})


_KNOWN = frozenset(ALL_COUNCILS)


def _plausible(name: str | None) -> str | None:
    """A council's name, or None: every word a capitalised name word or a joiner
    ("Kingston upon Thames", "Bath and North East Somerset"), not a phrase that only holds
    a council-like word ("wide and strategic partners"); words before a known council's
    name that only start the sentence are dropped ("From September Norfolk")."""
    if not name:
        return None
    words = name.replace("&", "and").split()  # 'Redcar & Cleveland'
    if " ".join(words) in _KNOWN:
        return " ".join(words)  # 'Bath and North East Somerset', not 'Somerset'
    # the longest known council name that ends the phrase: words before it that start a
    # sentence ('From September Norfolk'), or that name no council ('Transformation
    # Programme Solihull')
    for k in range(1, len(words)):
        if " ".join(words[k:]) in _KNOWN and all(
                w.lower() in _LEADING or w.lower() in _JOINERS or (
                    w[:1].isupper() and not any(w in n.split() for n in _KNOWN))
                for w in words[:k]):
            return " ".join(words[k:])
    if not words[0][:1].isupper():
        return None
    for w in words:
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINERS):
            return None
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _LEADING:
        lead += 1
    if lead:
        words = words[lead:]
    if all(w.lower() in _NOT_COUNCILS or w.lower() in _JOINERS for w in words):
        return None
    return " ".join(words)


_FULL_NAME_TAIL = re.compile(
    r"\s+(?:(?:Metropolitan\s+)?Borough\s+|County\s+|City\s+|District\s+)?Council\b")
# a council's name followed by another name word is a longer name ("Kingston Hill",
# "Kingston and North Kingston Neighbourhood Committee", "Durham Cathedral")
_LONGER_NAME = re.compile(r"\s+(?:and\s+)?[A-Z][a-z]")
_NEWSPAPER = re.compile(
    r"\s+(?:Evening\s+|Daily\s+|Weekly\s+)?(?:Courier|Chronicle|Gazette|Times|News|Echo|Post|"
    r"Herald|Mercury|Advertiser|Star|Standard|Express|Argus|Telegraph|Journal|Observer|"
    r"Guardian|Mail|Press|Reporter|Recorder|Sentinel|Examiner|Bulletin|Citizen|Life|"
    r"Live|Online|Today|Review)\b")
# a letterhead that names the authority without "Council": "METROPOLITAN BOROUGH OF WIRRAL"
_LETTERHEAD = re.compile(
    r"^\s*(?:the\s+)?(?:metropolitan\s+borough|royal\s+borough|london\s+borough|borough|"
    r"city|county|city\s+and\s+county|county\s+borough)\s+of\s+(?P<c>[A-Za-z][\w' \-]+?)\s*$",
    re.I)


def _most_named(texts: list[tuple[str, Provenance, str | None]]) -> tuple[str, Provenance] | None:
    """The known council a paper names most (a full name, "Barnsley Council", counts
    twice, and the first full name three more: a news story's lead names its subject),
    for a news story or a paper with no letterhead: at least two mentions."""
    counts: dict[str, int] = {}
    first: dict[str, Provenance] = {}
    any_full = False
    for text, prov, _ in texts:
        for m in council_name_re().finditer(text):
            name = canonical(m.group())
            tail = text[m.end():m.end() + 40]
            if _NEWSPAPER.match(tail):
                continue  # "Medway Courier": a paper's name, not its council
            full = _FULL_NAME_TAIL.match(tail)
            if not full and (m.group() in AMBIGUOUS or _LONGER_NAME.match(tail)):
                continue  # "Kingston Hill", "Reading": a place or a word, not the council

            # the first council named in full is the story's subject (a news lead)
            lead = 3 if full and not any_full else 0
            any_full = any_full or bool(full)
            counts[name] = counts.get(name, 0) + (2 if full else 1) + lead
            first.setdefault(name, prov)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    ranked = sorted(counts.values(), reverse=True)
    if counts[best] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return best, first[best]


def _periods_said(text: str) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for pattern in _PERIOD_PHRASES:
        for said in pattern.finditer(text):
            ym = parse_month(said["d"])
            if ym:
                found.add(ym)
    return found


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")


def _period_in(text: str) -> str | None:
    """The period the first sentence naming one says a return is for; a sentence naming
    two ('sets the September 2010 return beside the December 2010 return') does not say
    which is this paper's."""
    found = _periods_said(text)
    if len(found) > 1 and "(" in text:
        text = _without_earlier_asides(text)  # '... (Q2 ... shown for comparison)'
        found = _periods_said(text)
    if len(found) == 1:
        return month_key(*found.pop())
    if found and ". " in text:  # two periods: the first sentence naming one alone
        for sentence in _SENTENCE_END.split(text):
            one = _periods_said(sentence)
            if len(one) == 1:
                return month_key(*one.pop())
    if found:
        return None  # two periods in one sentence ('Returns Q4 2009/10 (position at 31
        # March 2010) ...; Q1 2010/11 (position at 30 June 2010)'): which is not said
    m = _QUARTER.search(text)
    if m:
        n = int(m["n"] or m["q"] or _ORDINAL[m["w"].lower()])
        year = int(m["y"])
        return month_key(year + 1, 3) if n == 4 else month_key(year, 3 + 3 * n)
    return None


_TO_COME = re.compile(r"\b(?:further|next|future|forthcoming|subsequent)\b[^.;]{0,60}?"
                      r"\b(?:report|return|update|submission)\b", re.I)


def _to_come(text: str) -> bool:
    """A report or return still to come ('adding a further progress report for January
    2011'): its month is no period of this paper's."""
    low = text.lower()
    return ("further" in low or "next" in low or "future" in low or "forthcoming" in low
            or "subsequent" in low) and _TO_COME.search(text) is not None


def _period_in_sentences(text: str) -> str | None:
    """The period the first sentence of a long paragraph naming one gives, a sentence
    about an earlier return or one to come apart."""
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) > 400 or _to_come(sentence) or says_earlier(sentence):
            continue
        found = _periods_said(sentence)
        if len(found) == 1:
            return month_key(*found.pop())
        if found:
            return None  # two periods in one sentence: which is this paper's is not said
    return None


_PPF_CONTEXT = re.compile(r"putting\s+people\s+first|personal\s+budget|personali[sz]ation|"
                          r"self[\s-]directed\s+support|transforming\s+(?:adult\s+)?social\s+"
                          r"care", re.I)


def _council_from_prose(meta: Metadata, texts: list[tuple[str, Provenance, str | None]],
                        title: str | None, furniture: Sequence[str]) -> None:
    for i, (text, prov, _) in enumerate(texts[:40]):  # a heading naming the council
        if (len(text) < 80 and len(text.split()) <= 8) or i < 3:
            council = _council_in(text)
            if council:
                meta.council, meta.provenance["council"] = council, prov
                return
    if title:
        meta.council = _council_in(title, title=True)
    for text in furniture:  # a header line naming the council, like a heading
        if meta.council is not None:
            return
        if len(text) < 80 and len(text.split()) <= 8:
            meta.council = _council_in(text)
    if meta.council is not None:
        return
    for text, prov, _ in texts:
        m = _POSSESSIVE.search(text)
        council = normalise_council(m["c"]) if m else None
        if council and council.lower() not in _NOT_COUNCILS and m and \
                m["c"].split()[0].lower() not in _NOT_COUNCILS:
            council = _plausible(council)
            if council:
                meta.council, meta.provenance["council"] = council, prov
                return
    named = _most_named(texts)
    if named is not None:
        meta.council, meta.provenance["council"] = named


def _from_prose(meta: Metadata, texts: list[tuple[str, Provenance, str | None]],
                title: str | None, furniture: Sequence[str] = ()) -> None:
    """Council and period from headings and running text, then the file's own title,
    then its page headers and footers."""
    head = texts[:40]
    # (forty paragraphs, whatever the tables' cells before them: a paper's decoy tables
    # do not push its return's heading out of reach)
    paragraphs = sum(1 for _, prov, _ in head if prov.row is None)
    head += [x for x in texts[40:] if x[1].row is None][:max(0, 40 - paragraphs)]
    if meta.council is None:
        _council_from_prose(meta, texts, title, furniture)
    if not any(_PPF_CONTEXT.search(text) for text, _, _ in texts):
        return  # a paper on another subject: its reporting period is not a return's
    if meta.period is None:
        for text, prov, _ in head:
            if len(text) > 600 or (len(text) <= 160 and says_earlier(text)
                                   and _SENTENCE_END.search(text) is None) or _to_come(text) \
                    or (len(text) > 160 and says_earlier(_SENTENCE_END.split(text, 1)[0])):
                # (or its first sentence is on earlier returns: 'Your previous submissions
                # Q3 2010/11 ... – View'))
                continue  # ('Quarter 2 return (Sept 2010) - previous': an earlier return's)
            # (two quarters' columns side by side: the latest is the paper's return)
            period = _latest_in_row(texts, text, prov) if prov.row is not None else None
            period = period or _period_in(text)
            if period:
                meta.period, meta.provenance["period"] = period, prov
                break
    if meta.period is None:
        # a long paragraph (minutes of the item): its first sentence naming one period
        for text, prov, _ in head:
            if len(text) > 600 and len(text) < 20000:
                period = _period_in_sentences(text)
                if period:
                    meta.period, meta.provenance["period"] = period, prov
                    break
    if meta.period is None and title:
        meta.period = _period_in(title)
