"""Council, reporting period and completion date.

Each is looked for first as a labelled field ("Council: Sefton MBC", "Date
Completed: 5th January 2011", "Period: December 2010") in a paragraph or in a
table cell (label and value in one cell, or in neighbouring cells), then in
phrases of running text ("Oxfordshire's first quarterly report to the end of
December 2009", "December 2010 progress").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Paragraph, Provenance
from ..framework import fold, month_key, normalise_council, parse_date, parse_month
from .walk import RowView, Unit

_COUNCIL_LABEL = re.compile(
    r"^\s*(?:name\s+of\s+(?:council|authority|local\s+authority)|council\s+name|"
    r"local\s+authority(?:\s+name)?|council|authority|la)\s*[:\-\u2013]\s*(?P<v>.*)$", re.I | re.S)
_DATE_LABEL = re.compile(
    r"^\s*(?:date\s+(?:completed|of\s+completion|return\s+completed|submitted)|"
    r"completed\s+on|completion\s+date)\s*[:\-\u2013]?\s*(?P<v>.*)$", re.I | re.S)
_PERIOD_LABEL = re.compile(
    r"^\s*(?:reporting\s+period|period(?:\s+covered)?|quarter\s+ending|return\s+for|"
    r"progress\s+(?:as\s+at|to)|position\s+as\s+at|as\s+at)\s*[:\-\u2013]?\s*(?P<v>.*)$",
    re.I | re.S)
_POSSESSIVE_REPORT = re.compile(
    r"\b(?P<c>[A-Z][A-Za-z\-]+(?:\s+(?:and\s+)?[A-Z][A-Za-z\-]+){0,3})['\u2019]s?\s+"
    r"(?:first|second|third|fourth|fifth|sixth|latest|most\s+recent|\w+)?\s*"
    r"(?:quarterly\s+)?(?:progress\s+)?(?:report|return)", re.U)
_END_OF = re.compile(
    r"\b(?:to|at|for)\s+the\s+(?:end|close)\s+of\s+(?P<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\.?\s+\d{4})", re.I)
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
    for unit in units:
        if isinstance(unit, Paragraph):
            for line in unit.text.split("\n"):
                if line.strip():
                    out.append((line.strip(), unit.provenance, None))
        elif isinstance(unit, RowView):
            for i, cell in enumerate(unit.cells):
                nxt = unit.cells[i + 1].text if i + 1 < len(unit.cells) else None
                out.append((cell.text.strip(), cell.provenance, nxt))
    return out


def extract_metadata(units: list[Unit]) -> Metadata:
    meta = Metadata()
    texts = _texts(units)
    for text, prov, nxt in texts:
        if len(text) > 200:
            continue
        if meta.council is None:
            m = _COUNCIL_LABEL.match(text)
            if m:
                value = m["v"].strip() or (nxt or "").strip()
                council = normalise_council(value.split("\n")[0]) if value else None
                if council and len(council.split()) <= 5:
                    meta.council, meta.provenance["council"] = council, prov
        if meta.date_completed is None:
            m = _DATE_LABEL.match(text)
            if m:
                value = m["v"].strip() or (nxt or "").strip()
                d = parse_date(value)
                if d:
                    meta.date_completed, meta.provenance["date_completed"] = d.isoformat(), prov
        if meta.period is None:
            m = _PERIOD_LABEL.match(text)
            if m:
                value = m["v"].strip() or (nxt or "").strip()
                ym = parse_month(value) if value else None
                if ym:
                    meta.period, meta.provenance["period"] = month_key(*ym), prov
    if meta.period is None:
        _period_near_heading(meta, texts)
    if meta.period is None or meta.council is None:
        _from_prose(meta, texts)
    return meta


def _period_near_heading(meta: Metadata, texts: list[tuple[str, Provenance, str | None]]) -> None:
    """'December 2010' standing alone just before 'Progress with Putting People First
    milestones' (seed 002), or a heading 'December 2010 progress'."""
    for i, (text, _prov, _) in enumerate(texts):
        if len(text) < 90 and _PROGRESS_HEADING.search(text):
            for j in range(max(0, i - 3), i + 1):
                cand, cprov, _ = texts[j]
                m = _MONTH_PROGRESS.match(fold(cand)) if len(cand) < 40 else None
                if m:
                    ym = parse_month(m["m"])
                    if ym:
                        meta.period, meta.provenance["period"] = month_key(*ym), cprov
                        return
            m = re.search(r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4})",
                          text, re.I)
            if m and len(text) < 120:
                ym = parse_month(m[1])
                if ym:
                    meta.period, meta.provenance["period"] = month_key(*ym), _prov
                    return


def _from_prose(meta: Metadata, texts: list[tuple[str, Provenance, str | None]]) -> None:
    for text, prov, _ in texts:
        if meta.council is None:
            m = _POSSESSIVE_REPORT.search(text)
            if m:
                council = normalise_council(m["c"])
                if council and council.lower() not in ("council", "committee", "government",
                                                        "department", "directorate", "the"):
                    meta.council, meta.provenance["council"] = council, prov
        if meta.period is None and re.search(r"report|return|progress|quarter", text, re.I):
            m = _END_OF.search(text)
            if m:
                ym = parse_month(m["m"])
                if ym:
                    meta.period, meta.provenance["period"] = month_key(*ym), prov
        if meta.council and meta.period:
            return
