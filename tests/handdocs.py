"""Hand-written documents for extractor tests (no file, no reader): a record from
paragraphs and tables written as JSON, and its milestone cells as a plain dict."""

from __future__ import annotations

from ppfextract.document import Document
from ppfextract.extractors import extract_record
from ppfextract.settings import Settings

NO_FACTS = Settings(facts=False)


def record(*blocks: dict | str):
    """The record of a document of these blocks (a str is a paragraph's text)."""
    doc = Document.from_dict({"path": "hand.json", "format": "json", "blocks": [
        b if isinstance(b, dict) else {"type": "paragraph", "text": b} for b in blocks]})
    return extract_record(doc, "hand", NO_FACTS)


def table(*rows: list) -> dict:
    return {"type": "table", "rows": [list(r) for r in rows]}


def cells(rec) -> dict:
    """{(milestone, deadline): (achieved, likelihood)} of a record."""
    return {(c.milestone, c.deadline.value): (c.achieved,
                                              c.likelihood.value if c.likelihood else None)
            for c in rec.milestones}


def radio_line(before: str, options: list[str], chosen: int | None) -> dict:
    """A printed line of options, each led by a radio button (``chosen`` filled), after
    ``before`` ('Achieved? ● Yes ○ No'), as a Line's JSON."""
    text, marks = before + " " if before else "", []
    for i, option in enumerate(options):
        if i:
            text += " "
        marks.append({"kind": "radio_on" if i == chosen else "radio_off", "at": len(text)})
        text += option
    return {"text": text, "marks": marks}
