from __future__ import annotations

import json

from ppfextract.document import Provenance
from ppfextract.framework import Deadline, FactKind, Likelihood, Rating
from ppfextract.record import Answer, Fact, MilestoneCell, Record, RequirementRating, Risk

from .conftest import GOLD


def _record() -> Record:
    prov = Provenance("a.pdf", block=3, row=4, col=5, page=2, bbox=(1.0, 2.0, 3.0, 4.0))
    return Record(
        document="a", source="x/a.pdf", format="pdf", council="Sefton", period="2010-12",
        date_completed="2011-01-05",
        milestones=[MilestoneCell(1, Deadline.APR_2011, "N", Likelihood.FAIRLY_LIKELY,
                                  "Staffing", "June 2011", {"achieved": prov})],
        requirements=[RequirementRating("engagement.staff", Rating.AMBER_RED,
                                        {"rating": prov})],
        answers=[Answer(1, "Q?", "A.", {"answer": prov})],
        risks=[Risk(2, "Funding", None, {"risk": prov})],
        facts=[Fact(FactKind.PEOPLE_WITH_PERSONAL_BUDGET, 300, "three hundred people",
                    {"value": prov.with_span(0, 20)})],
        warnings=["w"], provenance={"council": prov}, sha256="ab", n_pages=9)


def test_json_round_trip():
    rec = _record()
    d = json.loads(json.dumps(rec.to_dict()))
    again = Record.from_dict(d)
    assert again == rec
    assert again.to_dict() == d


def test_spec_shape_without_provenance():
    d = _record().to_dict(provenance=False)
    assert d["schema"] == "ppf-return/1"
    assert d["milestones"][0] == {
        "milestone": 1, "deadline": "2011-04", "achieved": "N", "likelihood": "fairly_likely",
        "reason_not_achieved": "Staffing", "when_to_be_achieved": "June 2011"}
    assert d["facts"][0] == {"kind": "people_with_personal_budget", "value": 300,
                             "text": "three hundred people"}
    assert "provenance" not in d["milestones"][0]


def test_error_record():
    d = Record.from_error("bad", "bad.docx", "corrupt_document", "not a Word file").to_dict()
    assert d["error"] is True and d["error_code"] == "corrupt_document"
    assert d["milestones"] == []


def test_gold_files_load_as_records():
    for path in GOLD.glob("*.json"):
        rec = Record.from_dict(json.loads(path.read_text(encoding="utf-8")))
        assert rec.document == path.stem
