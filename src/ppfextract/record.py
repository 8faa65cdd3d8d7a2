"""The record: one per document, in the shape of shared/spec/record-format.md.

Every value carries its provenance (``provenance`` maps a field name to where
the value was read). ``to_dict``/``from_dict`` give the JSON round trip; gold
files use the same shape without provenance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .document import Provenance
from .framework import SCHEMA, Deadline, FactKind, Likelihood, Rating

ProvMap = dict[str, Provenance]


def _prov_to_dict(prov: ProvMap) -> dict[str, Any]:
    return {k: v.to_dict() for k, v in prov.items()}


def _prov_from_dict(d: dict[str, Any] | None) -> ProvMap:
    return {k: Provenance.from_dict(v) for k, v in (d or {}).items()}


@dataclass
class MilestoneCell:
    milestone: int
    deadline: Deadline
    achieved: str | None = None  # "Y" / "N"
    likelihood: Likelihood | None = None
    reason_not_achieved: str | None = None
    when_to_be_achieved: str | None = None
    provenance: ProvMap = field(default_factory=dict)

    def to_dict(self, provenance: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "milestone": self.milestone,
            "deadline": self.deadline.value,
            "achieved": self.achieved,
            "likelihood": self.likelihood.value if self.likelihood else None,
            "reason_not_achieved": self.reason_not_achieved,
            "when_to_be_achieved": self.when_to_be_achieved,
        }
        if provenance and self.provenance:
            d["provenance"] = _prov_to_dict(self.provenance)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MilestoneCell:
        lik = d.get("likelihood")
        return cls(
            milestone=int(d["milestone"]),
            deadline=Deadline(d["deadline"]),
            achieved=d.get("achieved"),
            likelihood=Likelihood(lik) if lik else None,
            reason_not_achieved=d.get("reason_not_achieved"),
            when_to_be_achieved=d.get("when_to_be_achieved"),
            provenance=_prov_from_dict(d.get("provenance")),
        )


@dataclass
class RequirementRating:
    requirement: str
    rating: Rating
    provenance: ProvMap = field(default_factory=dict)

    def to_dict(self, provenance: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"requirement": self.requirement, "rating": self.rating.value}
        if provenance and self.provenance:
            d["provenance"] = _prov_to_dict(self.provenance)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RequirementRating:
        return cls(d["requirement"], Rating(d["rating"]), _prov_from_dict(d.get("provenance")))


@dataclass
class Answer:
    milestone: int
    question: str
    answer: str
    provenance: ProvMap = field(default_factory=dict)

    def to_dict(self, provenance: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"milestone": self.milestone, "question": self.question,
                             "answer": self.answer}
        if provenance and self.provenance:
            d["provenance"] = _prov_to_dict(self.provenance)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Answer:
        return cls(int(d["milestone"]), d.get("question") or "", d.get("answer") or "",
                   _prov_from_dict(d.get("provenance")))


@dataclass
class Risk:
    milestone: int
    risk: str | None
    mitigation: str | None
    provenance: ProvMap = field(default_factory=dict)

    def to_dict(self, provenance: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"milestone": self.milestone, "risk": self.risk,
                             "mitigation": self.mitigation}
        if provenance and self.provenance:
            d["provenance"] = _prov_to_dict(self.provenance)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Risk:
        return cls(int(d["milestone"]), d.get("risk"), d.get("mitigation"),
                   _prov_from_dict(d.get("provenance")))


@dataclass
class Fact:
    kind: FactKind
    value: float
    text: str
    provenance: ProvMap = field(default_factory=dict)

    def to_dict(self, provenance: bool = True) -> dict[str, Any]:
        value: float | int = self.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        d: dict[str, Any] = {"kind": self.kind.value, "value": value, "text": self.text}
        if provenance and self.provenance:
            d["provenance"] = _prov_to_dict(self.provenance)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Fact:
        return cls(FactKind(d["kind"]), d["value"], d.get("text") or "",
                   _prov_from_dict(d.get("provenance")))


@dataclass
class Record:
    document: str
    source: str | None = None  # the path read
    format: str | None = None
    council: str | None = None
    period: str | None = None
    date_completed: str | None = None
    milestones: list[MilestoneCell] = field(default_factory=list)
    requirements: list[RequirementRating] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    provenance: ProvMap = field(default_factory=dict)
    error: bool = False
    error_code: str | None = None
    message: str | None = None
    sha256: str | None = None
    n_pages: int | None = None
    paths: list[str] = field(default_factory=list)  # every input with this content (batch)

    @property
    def has_return(self) -> bool:
        return bool(self.milestones or self.requirements)

    def to_dict(self, provenance: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "document": self.document,
            "council": self.council,
            "period": self.period,
            "date_completed": self.date_completed,
            "milestones": [m.to_dict(provenance) for m in self.milestones],
            "requirements": [r.to_dict(provenance) for r in self.requirements],
            "answers": [a.to_dict(provenance) for a in self.answers],
            "risks": [r.to_dict(provenance) for r in self.risks],
            "facts": [f.to_dict(provenance) for f in self.facts],
            "warnings": list(self.warnings),
        }
        if provenance:
            if self.source is not None:
                d["source"] = self.source
            if self.format is not None:
                d["format"] = self.format
            if self.sha256 is not None:
                d["sha256"] = self.sha256
            if self.paths:
                d["paths"] = list(self.paths)
            if self.n_pages is not None:
                d["pages"] = self.n_pages
            if self.provenance:
                d["provenance"] = _prov_to_dict(self.provenance)
        if self.error:
            d["error"] = True
            d["error_code"] = self.error_code
            d["message"] = self.message
        return d

    def to_json(self, provenance: bool = True, indent: int | None = 2) -> str:
        """The record as JSON text, as ``extract`` writes it to ``OUT/<name>.json``."""
        return json.dumps(self.to_dict(provenance=provenance), ensure_ascii=False,
                          indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Record:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        return cls(
            document=d.get("document") or "",
            source=d.get("source"),
            format=d.get("format"),
            council=d.get("council"),
            period=d.get("period"),
            date_completed=d.get("date_completed"),
            milestones=[MilestoneCell.from_dict(x) for x in d.get("milestones") or []],
            requirements=[RequirementRating.from_dict(x) for x in d.get("requirements") or []],
            answers=[Answer.from_dict(x) for x in d.get("answers") or []],
            risks=[Risk.from_dict(x) for x in d.get("risks") or []],
            facts=[Fact.from_dict(x) for x in d.get("facts") or []],
            warnings=list(d.get("warnings") or []),
            provenance=_prov_from_dict(d.get("provenance")),
            error=bool(d.get("error", False)),
            error_code=d.get("error_code"),
            message=d.get("message"),
            sha256=d.get("sha256"),
            n_pages=d.get("pages"),
            paths=list(d.get("paths") or []),
        )

    @classmethod
    def from_error(cls, document: str, source: str, code: str, message: str) -> Record:
        return cls(document=document, source=source, error=True, error_code=code,
                   message=message)
