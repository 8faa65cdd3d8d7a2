"""Scoring predicted records against gold records (shared/spec/record-format.md, "Scoring").

Everything here works on record dicts (the JSON shape), so gold files, extraction
output and hand-made test inputs are scored the same way. :func:`score` is a pure
function; :func:`load_records` is the only part that touches the file system.

Unit types and how a unit is matched:

- ``milestones``: (document, milestone, deadline, field) for field in achieved and
  likelihood.
- ``requirements``: (document, requirement), compared on its rating.
- ``council``, ``period``, ``date_completed``: one unit each per document.
- ``answers``: keyed on (document, milestone, normalised question); the answer text
  matches when its token F1 against gold is at least :data:`TEXT_F1_THRESHOLD`.
- ``risks``: keyed on (document, milestone, normalised risk); the mitigation is
  compared by the same token F1 rule (a row without a risk is keyed on an empty risk
  and so is matched on its mitigation alone).
- ``facts``: (document, kind, value) as a multiset, values equal within
  :data:`FACT_TOLERANCE`.

For every type a gold non-null value matched by the prediction is a true positive;
a gold value not matched is a false negative; a predicted non-null value that gold
lacks or contradicts is a false positive (so a contradiction counts once as each).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .errors import GoldFormatError
from .framework import fold

UNIT_TYPES: tuple[str, ...] = (
    "milestones",
    "requirements",
    "answers",
    "risks",
    "facts",
    "council",
    "period",
    "date_completed",
)
METADATA_TYPES: tuple[str, ...] = ("council", "period", "date_completed")
AGGREGATES: dict[str, tuple[str, ...]] = {"metadata": METADATA_TYPES, "overall": UNIT_TYPES}
REPORT_ROWS: tuple[str, ...] = UNIT_TYPES + tuple(AGGREGATES)

TEXT_F1_THRESHOLD = 0.9
FACT_TOLERANCE = 1e-6
MILESTONE_FIELDS: tuple[str, ...] = ("achieved", "likelihood")
RECORD_LISTS: tuple[str, ...] = ("milestones", "requirements", "answers", "risks", "facts")


# ---------------------------------------------------------------------------
# Results


@dataclass
class Counts:
    """True positives, false positives and false negatives of one unit type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2TP / (2TP + FP + FN); None when there is neither gold nor prediction."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    @property
    def units(self) -> int:
        return self.tp + self.fp + self.fn

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


class Disagreement(NamedTuple):
    """One unit where gold and prediction differ (``None`` on the side that lacks it)."""

    document: str
    unit: str
    key: str
    gold: Any
    predicted: Any

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


@dataclass
class EvaluationReport:
    """Counts per unit type (plus the ``metadata`` and ``overall`` aggregates)."""

    counts: dict[str, Counts]
    documents: list[str] = field(default_factory=list)  # gold documents scored
    unscored: list[str] = field(default_factory=list)  # predictions without gold
    disagreements: list[Disagreement] = field(default_factory=list)
    per_document: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def f1(self, unit: str) -> float | None:
        return self.counts[unit].f1

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": list(self.documents),
            "unscored": list(self.unscored),
            "units": {name: self.counts[name].to_dict() for name in REPORT_ROWS},
            "per_document": {
                doc: {name: c.to_dict() for name, c in counts.items()}
                for doc, counts in self.per_document.items()
            },
            "disagreements": [d.to_dict() for d in self.disagreements],
        }


# ---------------------------------------------------------------------------
# Normalisation and text similarity

_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def normalise_text(text: Any) -> str:
    """Whitespace collapsed, case folded (NFKC, dashes and quotes unified)."""
    if text is None:
        return ""
    return fold(str(text)).casefold()


def normalise_key_text(text: Any) -> str:
    """A question or risk as a matching key: normalised, bullets and end punctuation off."""
    return _EDGE_PUNCT.sub("", normalise_text(text))


def tokens(text: Any) -> list[str]:
    """Word runs and single punctuation marks of the normalised text."""
    return _TOKEN.findall(normalise_text(text))


def token_f1(gold: Any, predicted: Any) -> float:
    """Token-level F1 (bag of tokens). Two empty texts agree (1.0)."""
    g, p = Counter(tokens(gold)), Counter(tokens(predicted))
    total = sum(g.values()) + sum(p.values())
    if not total:
        return 1.0
    common = sum((g & p).values())
    return 2 * common / total


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _milestone_id(value: Any) -> str:
    try:
        return str(int(value))
    except (TypeError, ValueError):
        return normalise_text(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------
# Units: each unit type maps a record to {key: [(shown value, compared value), ...]}

Units = dict[str, list[tuple[Any, Any]]]


def _items(record: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    return [x for x in record.get(name) or [] if isinstance(x, Mapping)]


def _milestone_units(record: Mapping[str, Any]) -> Units:
    units: Units = {}
    for cell in _items(record, "milestones"):
        base = f"m{_milestone_id(cell.get('milestone'))}/{normalise_text(cell.get('deadline'))}"
        for name in MILESTONE_FIELDS:
            value = cell.get(name)
            if not _is_blank(value):
                units.setdefault(f"{base}/{name}", []).append((value, normalise_text(value)))
    return units


def _requirement_units(record: Mapping[str, Any]) -> Units:
    units: Units = {}
    for item in _items(record, "requirements"):
        value = item.get("rating")
        if not _is_blank(value):
            key = normalise_text(item.get("requirement"))
            units.setdefault(key, []).append((value, normalise_text(value)))
    return units


def _metadata_units(name: str) -> Callable[[Mapping[str, Any]], Units]:
    def units(record: Mapping[str, Any]) -> Units:
        value = record.get(name)
        return {} if _is_blank(value) else {name: [(value, normalise_text(value))]}

    return units


def _answer_units(record: Mapping[str, Any]) -> Units:
    units: Units = {}
    for item in _items(record, "answers"):
        answer = item.get("answer")
        if _is_blank(answer):
            continue
        key = f"m{_milestone_id(item.get('milestone'))}/{normalise_key_text(item.get('question'))}"
        units.setdefault(key, []).append((answer, answer))
    return units


def _risk_units(record: Mapping[str, Any]) -> Units:
    units: Units = {}
    for item in _items(record, "risks"):
        risk, mitigation = item.get("risk"), item.get("mitigation")
        if _is_blank(risk) and _is_blank(mitigation):
            continue
        key = f"m{_milestone_id(item.get('milestone'))}/{normalise_key_text(risk)}"
        shown = None if _is_blank(mitigation) else mitigation
        units.setdefault(key, []).append((shown, mitigation or ""))
    return units


def _fact_units(record: Mapping[str, Any]) -> Units:
    units: Units = {}
    for item in _items(record, "facts"):
        value = _number(item.get("value"))
        if value is not None:
            kind = normalise_text(item.get("kind"))
            units.setdefault(kind, []).append((item.get("value"), value))
    return units


def _exact(g: Any, p: Any) -> float:
    return 1.0 if g == p else 0.0


def _closeness(g: Any, p: Any) -> float:
    return -abs(g - p)


def _is_exact(similarity: float) -> bool:
    return similarity == 1.0


def _is_close_text(similarity: float) -> bool:
    return similarity >= TEXT_F1_THRESHOLD


def _is_same_number(similarity: float) -> bool:
    return -similarity < FACT_TOLERANCE


@dataclass(frozen=True)
class _UnitType:
    units: Callable[[Mapping[str, Any]], Units]
    similarity: Callable[[Any, Any], float]
    matches: Callable[[float], bool]


_UNIT_TYPES: dict[str, _UnitType] = {
    "milestones": _UnitType(_milestone_units, _exact, _is_exact),
    "requirements": _UnitType(_requirement_units, _exact, _is_exact),
    "answers": _UnitType(_answer_units, token_f1, _is_close_text),
    "risks": _UnitType(_risk_units, token_f1, _is_close_text),
    "facts": _UnitType(_fact_units, _closeness, _is_same_number),
    **{name: _UnitType(_metadata_units(name), _exact, _is_exact) for name in METADATA_TYPES},
}


# ---------------------------------------------------------------------------
# Matching


def _pair(
    gold: list[tuple[Any, Any]],
    pred: list[tuple[Any, Any]],
    unit_type: _UnitType,
) -> tuple[int, list[tuple[Any, Any]]]:
    """Greedy best-first matching of the values under one key.

    Returns the number of matched pairs and the unmatched values as
    (gold shown value or None, predicted shown value or None) pairs, the most
    similar leftovers paired together.
    """
    scored = sorted(
        (
            (unit_type.similarity(g[1], p[1]), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = 0
    for sim, i, j in scored:
        if unit_type.matches(sim) and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            matched += 1
    leftovers: list[tuple[Any, Any]] = []
    for _, i, j in scored:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            leftovers.append((gold[i][0], pred[j][0]))
    leftovers += [(g[0], None) for i, g in enumerate(gold) if i not in used_g]
    leftovers += [(None, p[0]) for j, p in enumerate(pred) if j not in used_p]
    return matched, leftovers


def _score_units(
    document: str, name: str, gold: Units, pred: Units, unit_type: _UnitType
) -> tuple[Counts, list[Disagreement]]:
    counts = Counts()
    disagreements: list[Disagreement] = []
    keys = list(gold) + [k for k in pred if k not in gold]
    for key in keys:
        g, p = gold.get(key, []), pred.get(key, [])
        matched, leftovers = _pair(g, p, unit_type)
        counts.tp += matched
        counts.fn += len(g) - matched
        counts.fp += len(p) - matched
        disagreements += [Disagreement(document, name, key, gv, pv) for gv, pv in leftovers]
    return counts, disagreements


def _prediction(pred: Mapping[str, Mapping[str, Any]], document: str) -> Mapping[str, Any]:
    record = pred.get(document)
    if record is None or record.get("error"):
        return {}
    return record


def score(
    gold: Mapping[str, Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]
) -> EvaluationReport:
    """Score predictions against gold, both keyed by document.

    Every gold document is scored; one missing from ``pred`` (or predicted as an
    error record) scores as an empty prediction. Predictions without gold are
    listed in ``unscored``.
    """
    totals = {name: Counts() for name in REPORT_ROWS}
    report = EvaluationReport(counts=totals)
    for document in sorted(gold):
        g_record, p_record = gold[document], _prediction(pred, document)
        doc_counts: dict[str, Counts] = {}
        for name in UNIT_TYPES:
            unit_type = _UNIT_TYPES[name]
            counts, disagreements = _score_units(
                document, name, unit_type.units(g_record), unit_type.units(p_record), unit_type
            )
            doc_counts[name] = counts
            report.disagreements += disagreements
        for aggregate, members in AGGREGATES.items():
            doc_counts[aggregate] = Counts()
            for member in members:
                doc_counts[aggregate].add(doc_counts[member])
        for name, counts in doc_counts.items():
            totals[name].add(counts)
        report.per_document[document] = doc_counts
        report.documents.append(document)
    report.unscored = sorted(set(pred) - set(gold))
    return report


# ---------------------------------------------------------------------------
# Reporting and thresholds


def _fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _fmt_value(value: Any, width: int = 70) -> str:
    text = "-" if value is None else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def format_report(report: EvaluationReport, max_disagreements: int = 50) -> str:
    """A fixed-width table of the counts, then the disagreements (at most
    ``max_disagreements`` of them, with a count of the rest)."""
    header = (
        f"{'unit':<16}| {'tp':>5} | {'fp':>5} | {'fn':>5} | {'precision':>9} | "
        f"{'recall':>6} | {'f1':>5}"
    )
    lines = [header, "-" * len(header)]
    for name in REPORT_ROWS:
        if name in AGGREGATES:
            lines.append("-" * len(header))
        c = report.counts[name]
        lines.append(
            f"{name:<16}| {c.tp:>5} | {c.fp:>5} | {c.fn:>5} | {_fmt_ratio(c.precision):>9} | "
            f"{_fmt_ratio(c.recall):>6} | {_fmt_ratio(c.f1):>5}"
        )
    lines.append("")
    lines.append(f"documents scored: {len(report.documents)}")
    if report.unscored:
        lines.append(
            f"predictions without gold ({len(report.unscored)}): " + ", ".join(report.unscored)
        )
    lines.append(f"disagreements: {len(report.disagreements)}")
    for d in report.disagreements[: max(max_disagreements, 0)]:
        lines.append(f"  {d.document} | {d.unit} | {d.key}")
        lines.append(f"      gold:      {_fmt_value(d.gold)}")
        lines.append(f"      predicted: {_fmt_value(d.predicted)}")
    hidden = len(report.disagreements) - max(max_disagreements, 0)
    if hidden > 0:
        lines.append(f"  ... and {hidden} more")
    return "\n".join(lines)


def check_thresholds(report: EvaluationReport, min_f1: float | Mapping[str, float]) -> list[str]:
    """The unit types whose F1 is below the threshold, as messages.

    A single number applies to every row of the report (the unit types and the
    ``metadata`` and ``overall`` aggregates); a mapping names the rows to check.
    Types with no units (F1 n/a) are skipped. An unknown type name is a ValueError.
    """
    if isinstance(min_f1, Mapping):
        unknown = sorted(set(min_f1) - set(REPORT_ROWS))
        if unknown:
            raise ValueError(f"unknown unit type(s) {unknown}; known: {', '.join(REPORT_ROWS)}")
        thresholds = dict(min_f1)
    else:
        thresholds = {name: float(min_f1) for name in REPORT_ROWS}
    failures: list[str] = []
    for name in REPORT_ROWS:
        if name not in thresholds:
            continue
        f1 = report.counts[name].f1
        if f1 is not None and f1 < thresholds[name]:
            failures.append(f"{name}: F1 {f1:.3f} < {thresholds[name]:.3f}")
    return failures


# ---------------------------------------------------------------------------
# Loading


def _check_record(path: Path, data: Any) -> None:
    if not isinstance(data, dict):
        raise GoldFormatError(f"{path}: not a record (expected a JSON object)")
    missing = [key for key in ("document", "milestones") if key not in data]
    if missing:
        raise GoldFormatError(f"{path}: not a record (missing {', '.join(missing)})")
    for name in RECORD_LISTS:
        value = data.get(name)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
            raise GoldFormatError(f"{path}: {name!r} must be a list of objects")
    for item in data.get("facts") or []:
        if _number(item.get("value")) is None:
            raise GoldFormatError(f"{path}: fact value {item.get('value')!r} is not a number")


def load_records(directory: Path) -> dict[str, dict[str, Any]]:
    """Every ``*.json`` record in ``directory``, keyed by its ``document`` field
    (the file stem when that is empty). Other files are ignored.

    Raises GoldFormatError naming the file for invalid JSON, a JSON value that is
    not a record, or two files claiming the same document.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise GoldFormatError(f"{directory}: not a directory")
    records: dict[str, dict[str, Any]] = {}
    sources: dict[str, Path] = {}
    for path in sorted(directory.glob("*.json")):
        if not path.is_file() or path.name.startswith("."):  # a temporary file
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldFormatError(f"{path}: invalid JSON ({exc})") from exc
        _check_record(path, data)
        document = data.get("document") or path.stem
        if document in records:
            raise GoldFormatError(
                f"{path}: document {document!r} already read from {sources[document]}"
            )
        records[document] = data
        sources[document] = path
    return records


def iter_disagreements(report: EvaluationReport, unit: str) -> Iterable[Disagreement]:
    """The disagreements of one unit type."""
    return (d for d in report.disagreements if d.unit == unit)


__all__ = [
    "Counts",
    "Disagreement",
    "EvaluationReport",
    "check_thresholds",
    "format_report",
    "iter_disagreements",
    "load_records",
    "score",
    "token_f1",
]
