"""A confidence for every value read from a scanned page, and the rule that leaves out
a value read with too little: precision first.

A value's confidence is the lowest of: the words it was read from (the least sure
word of a short cell, the average of a long one), the marks in its cell, and any mark
judged, or left undecided, in the cells sharing its row or column (a sibling's doubtful
tick makes the choice doubtful too). The extractors never see this: it is applied to
the record they return.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from statistics import mean

from ...document import BBox, Provenance, Table
from ...record import Record
from . import ScannedDocument
from .page import Region

_TOLERANCE = 1.0  # points


class _Index:
    def __init__(self, doc: ScannedDocument) -> None:
        self.doc = doc
        self.by_page: dict[int, list[Region]] = defaultdict(list)
        for r in doc.scan.regions:
            self.by_page[r.page].append(r)
        self.pages = set(doc.scan.pages)

    def inside(self, page: int, bbox: BBox) -> list[Region]:
        x0, top, x1, bottom = bbox
        t = _TOLERANCE
        out = []
        for r in self.by_page.get(page, ()):
            cx, cy = (r.bbox[0] + r.bbox[2]) / 2, (r.bbox[1] + r.bbox[3]) / 2
            if x0 - t <= cx <= x1 + t and top - t <= cy <= bottom + t:
                out.append(r)
        return out

    def confidence(self, prov: Provenance) -> tuple[float, str] | None:
        """(confidence, what decided it) of a value read at ``prov``; None when the
        value does not come from a scanned page."""
        if prov.page is None or prov.page not in self.pages or prov.bbox is None:
            return None
        own = self.inside(prov.page, prov.bbox)
        scores: list[tuple[float, str]] = []
        words = [r for r in own if r.what.startswith("word")]
        if words:
            confs = [r.conf for r in words]
            text_conf = min(confs) if len(words) <= 3 else mean(confs)
            weakest = min(words, key=lambda r: r.conf)
            scores.append((text_conf, weakest.what))
        scores += [(r.conf, r.what) for r in own if not r.what.startswith("word")]
        for bbox in self._siblings(prov):
            scores += [(r.conf, f"{r.what} in a neighbouring cell")
                       for r in self.inside(prov.page, bbox) if not r.what.startswith("word")]
        if not scores:
            return 1.0, "no reading"
        return min(scores)

    def _siblings(self, prov: Provenance) -> list[BBox]:
        if prov.block is None or prov.row is None or prov.col is None:
            return []
        blocks = self.doc.blocks
        if not 0 <= prov.block < len(blocks) or not isinstance(blocks[prov.block], Table):
            return []
        table = blocks[prov.block]
        assert isinstance(table, Table)
        out: list[BBox] = []
        for cell in table.cells:
            if cell.provenance.page != prov.page or cell.provenance.bbox is None:
                continue
            same_row = cell.row <= prov.row <= cell.last_row
            same_col = cell.col <= prov.col <= cell.last_col
            if (same_row or same_col) and not (cell.row == prov.row and cell.col == prov.col):
                out.append(cell.provenance.bbox)
        return out


def apply(record: Record, doc: ScannedDocument, min_confidence: float) -> None:
    """Leave out of ``record`` each value read from a scanned page with a confidence
    below ``min_confidence``, with a warning naming it."""
    index = _Index(doc)
    dropped: list[str] = []

    def low(prov: Provenance | None, name: str) -> bool:
        if prov is None:
            return False
        found = index.confidence(prov)
        if found is None or found[0] >= min_confidence:
            return False
        dropped.append(f"{name} (page {prov.page}, confidence {found[0]:.2f}: {found[1]})")
        return True

    kept_cells = []
    for mc in record.milestones:
        name = f"milestone {mc.milestone} {mc.deadline.value}"
        for field in ("achieved", "likelihood", "reason_not_achieved", "when_to_be_achieved"):
            if getattr(mc, field) is not None and low(mc.provenance.get(field),
                                                      f"{name} {field}"):
                setattr(mc, field, None)
                mc.provenance.pop(field, None)
        if any(getattr(mc, f) is not None for f in ("achieved", "likelihood",
                                                    "reason_not_achieved",
                                                    "when_to_be_achieved")):
            kept_cells.append(mc)
    record.milestones = kept_cells
    record.requirements = [r for r in record.requirements
                           if not low(r.provenance.get("rating"),
                                      f"requirement {r.requirement}")]
    record.answers = [a for a in record.answers
                      if not low(a.provenance.get("answer"),
                                 f"answer to {a.question[:40]!r}")]
    for field in ("council", "period", "date_completed"):
        if getattr(record, field, None) is not None and low(record.provenance.get(field),
                                                            field):
            setattr(record, field, None)
    if dropped:
        record.warnings.append(
            f"{len(dropped)} value(s) read from a scan with too little confidence "
            f"(below {min_confidence:.2f}) left out: " + "; ".join(_short(dropped)))


def _short(items: Sequence[str], limit: int = 12) -> list[str]:
    return list(items[:limit]) + ([f"and {len(items) - limit} more"] if len(items) > limit
                                  else [])
