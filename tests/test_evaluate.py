"""Scoring rules on tiny hand-made record dicts (shared/spec/record-format.md, "Scoring")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ppfextract.errors import GoldFormatError
from ppfextract.evaluate import (
    REPORT_ROWS,
    Counts,
    EvaluationReport,
    check_thresholds,
    format_report,
    load_records,
    score,
    token_f1,
)


def rec(document: str = "doc", **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "schema": "ppf-return/1",
        "document": document,
        "council": None,
        "period": None,
        "date_completed": None,
        "milestones": [],
        "requirements": [],
        "answers": [],
        "risks": [],
        "facts": [],
    }
    base.update(fields)
    return base


def cell(
    m: int, deadline: str, achieved: str | None = None, likelihood: str | None = None
) -> dict[str, Any]:
    return {
        "milestone": m,
        "deadline": deadline,
        "achieved": achieved,
        "likelihood": likelihood,
        "reason_not_achieved": None,
        "when_to_be_achieved": None,
    }


def counts(report: EvaluationReport, unit: str) -> tuple[int, int, int]:
    c = report.counts[unit]
    return c.tp, c.fp, c.fn


def run(gold: dict[str, Any], pred: dict[str, Any] | None) -> EvaluationReport:
    return score({gold["document"]: gold}, {} if pred is None else {pred["document"]: pred})


def words(n: int, prefix: str = "w") -> list[str]:
    return [f"{prefix}{i}" for i in range(n)]


# ---------------------------------------------------------------------------
# Counts


def test_counts_ratios() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 3 / (2 * 3 + 1 + 2))


def test_counts_empty_is_not_applicable() -> None:
    c = Counts()
    assert c.precision is None and c.recall is None and c.f1 is None


def test_counts_no_predictions_gives_zero_f1_and_no_precision() -> None:
    c = Counts(fn=2)
    assert c.precision is None
    assert c.recall == 0.0
    assert c.f1 == 0.0


# ---------------------------------------------------------------------------
# Milestones


def test_milestone_match_is_true_positive() -> None:
    gold = rec(milestones=[cell(1, "2010-04", achieved="Y")])
    pred = rec(milestones=[cell(1, "2010-04", achieved="Y")])
    r = run(gold, pred)
    assert counts(r, "milestones") == (1, 0, 0)
    assert r.disagreements == []


def test_milestone_contradiction_counts_false_negative_and_false_positive() -> None:
    gold = rec(milestones=[cell(1, "2010-04", achieved="Y")])
    pred = rec(milestones=[cell(1, "2010-04", achieved="N")])
    r = run(gold, pred)
    assert counts(r, "milestones") == (0, 1, 1)
    assert [(d.unit, d.key, d.gold, d.predicted) for d in r.disagreements] == [
        ("milestones", "m1/2010-04/achieved", "Y", "N")
    ]


def test_milestone_fields_are_separate_units() -> None:
    gold = rec(milestones=[cell(2, "2011-04", achieved="N", likelihood="fairly_likely")])
    pred = rec(milestones=[cell(2, "2011-04", achieved="N", likelihood=None)])
    r = run(gold, pred)
    assert counts(r, "milestones") == (1, 0, 1)
    assert r.disagreements[0].key == "m2/2011-04/likelihood"
    assert r.disagreements[0].predicted is None


def test_milestone_null_gold_and_prediction_is_no_unit() -> None:
    gold = rec(milestones=[cell(1, "2010-04")])
    pred = rec(milestones=[cell(1, "2010-04")])
    r = run(gold, pred)
    assert counts(r, "milestones") == (0, 0, 0)
    assert r.counts["milestones"].f1 is None


def test_milestone_predicted_value_gold_lacks_is_false_positive() -> None:
    gold = rec(milestones=[cell(1, "2010-04", achieved="Y")])
    pred = rec(
        milestones=[
            cell(1, "2010-04", achieved="Y", likelihood="very_likely"),
            cell(3, "2010-10", achieved="N"),
        ]
    )
    r = run(gold, pred)
    assert counts(r, "milestones") == (1, 2, 0)


def test_milestone_missing_cell_is_false_negative() -> None:
    gold = rec(milestones=[cell(1, "2010-04", achieved="Y"), cell(1, "2010-10", achieved="N")])
    pred = rec(milestones=[cell(1, "2010-04", achieved="Y")])
    assert counts(run(gold, pred), "milestones") == (1, 0, 1)


def test_milestone_id_as_string_matches_integer() -> None:
    gold = rec(milestones=[cell(1, "2010-04", achieved="Y")])
    pred = rec(milestones=[{"milestone": "1", "deadline": "2010-04", "achieved": "Y"}])
    assert counts(run(gold, pred), "milestones") == (1, 0, 0)


def test_duplicate_predicted_cell_counts_the_extra_value() -> None:
    gold = rec(milestones=[cell(1, "2010-04", achieved="Y")])
    pred = rec(milestones=[cell(1, "2010-04", achieved="Y"), cell(1, "2010-04", achieved="N")])
    assert counts(run(gold, pred), "milestones") == (1, 1, 0)


# ---------------------------------------------------------------------------
# Requirements


def test_requirements_same_rule() -> None:
    gold = rec(
        requirements=[
            {"requirement": "engagement.staff", "rating": "green"},
            {"requirement": "engagement.health", "rating": "amber_red"},
            {"requirement": "engagement.politicians", "rating": "red"},
        ]
    )
    pred = rec(
        requirements=[
            {"requirement": "engagement.staff", "rating": "green"},
            {"requirement": "engagement.health", "rating": "amber_green"},
            {"requirement": "arrangements.project_plan", "rating": "green"},
        ]
    )
    r = run(gold, pred)
    # staff TP; health FN+FP; politicians FN; project_plan FP
    assert counts(r, "requirements") == (1, 2, 2)
    keys = {(d.key, d.gold, d.predicted) for d in r.disagreements}
    assert keys == {
        ("engagement.health", "amber_red", "amber_green"),
        ("engagement.politicians", "red", None),
        ("arrangements.project_plan", None, "green"),
    }


# ---------------------------------------------------------------------------
# Metadata


def test_council_normalised_by_case_and_whitespace() -> None:
    gold = rec(council="Sefton")
    pred = rec(council="  SEFTON ")
    assert counts(run(gold, pred), "council") == (1, 0, 0)


def test_council_internal_whitespace_collapsed() -> None:
    gold = rec(council="Kingston upon Hull")
    pred = rec(council="kingston  upon\nhull")
    assert counts(run(gold, pred), "council") == (1, 0, 0)


def test_metadata_null_rules() -> None:
    gold = rec(council=None, period="2010-12", date_completed="2011-01-05")
    pred = rec(council="Sefton", period=None, date_completed="2011-01-06")
    r = run(gold, pred)
    assert counts(r, "council") == (0, 1, 0)  # gold null, prediction non-null -> FP
    assert counts(r, "period") == (0, 0, 1)
    assert counts(r, "date_completed") == (0, 1, 1)
    assert counts(r, "metadata") == (0, 2, 2)


def test_metadata_both_null_is_not_applicable() -> None:
    r = run(rec(), rec())
    assert r.counts["council"].f1 is None
    assert r.counts["metadata"].f1 is None


# ---------------------------------------------------------------------------
# Token F1 and answers


def test_token_f1_basics() -> None:
    assert token_f1("The  Cat sat", "the cat SAT") == 1.0
    assert token_f1("", None) == 1.0
    assert token_f1("a b", "") == 0.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 * 2 / 6)


def test_token_f1_punctuation_is_its_own_token() -> None:
    # "budgets." differs from "budgets" by one token, not by the whole word
    assert token_f1("personal budgets.", "personal budgets") == pytest.approx(2 * 2 / 5)


def answer(m: int, question: str, text: str) -> dict[str, Any]:
    return {"milestone": m, "question": question, "answer": text}


def test_answer_exact_after_whitespace_and_case() -> None:
    gold = rec(answers=[answer(1, "What external support would help?", "Continued support.")])
    pred = rec(answers=[answer(1, "• what external  support would help", "continued\nSUPPORT.")])
    assert counts(run(gold, pred), "answers") == (1, 0, 0)


def test_answer_f1_exactly_threshold_is_match() -> None:
    g = words(10)
    p = words(9) + ["other"]  # 9 of 10 tokens shared: F1 = 18/20 = 0.9
    assert token_f1(" ".join(g), " ".join(p)) == pytest.approx(0.9)
    gold = rec(answers=[answer(1, "Q?", " ".join(g))])
    pred = rec(answers=[answer(1, "Q?", " ".join(p))])
    assert counts(run(gold, pred), "answers") == (1, 0, 0)


def test_answer_f1_just_below_threshold_is_false_negative_and_positive() -> None:
    g = words(19)
    p = words(17) + ["x", "y"]  # F1 = 34/38 = 0.895
    assert token_f1(" ".join(g), " ".join(p)) < 0.9
    gold = rec(answers=[answer(1, "Q?", " ".join(g))])
    pred = rec(answers=[answer(1, "Q?", " ".join(p))])
    r = run(gold, pred)
    assert counts(r, "answers") == (0, 1, 1)
    assert len(r.disagreements) == 1
    assert r.disagreements[0].key == "m1/q"


def test_answer_f1_just_above_threshold_is_match() -> None:
    g = words(20)
    p = words(19)  # F1 = 38/39 = 0.974
    gold = rec(answers=[answer(1, "Q?", " ".join(g))])
    pred = rec(answers=[answer(1, "Q?", " ".join(p))])
    assert counts(run(gold, pred), "answers") == (1, 0, 0)


def test_answer_unmatched_question_and_milestone() -> None:
    gold = rec(answers=[answer(1, "What next?", "More."), answer(2, "What next?", "Less.")])
    pred = rec(
        answers=[
            answer(1, "What next?", "More."),
            answer(3, "What next?", "Less."),
            answer(1, "Other question", "Yes"),
        ]
    )
    assert counts(run(gold, pred), "answers") == (1, 2, 1)


def test_empty_answers_are_not_units() -> None:
    gold = rec(answers=[answer(1, "Q?", "")])
    pred = rec(answers=[answer(1, "Q?", "   ")])
    assert counts(run(gold, pred), "answers") == (0, 0, 0)


# ---------------------------------------------------------------------------
# Risks


def risk(m: int, text: str | None, mitigation: str | None) -> dict[str, Any]:
    return {"milestone": m, "risk": text, "mitigation": mitigation}


def test_risk_matched_on_text_and_mitigation() -> None:
    gold = rec(risks=[risk(1, "Council's Financial situation", "Borough wide initiative.")])
    pred = rec(risks=[risk(1, "council's financial situation.", "borough wide  initiative.")])
    assert counts(run(gold, pred), "risks") == (1, 0, 0)


def test_risk_mitigation_differs() -> None:
    gold = rec(risks=[risk(1, "Funding", "Seek grants from the department")])
    pred = rec(risks=[risk(1, "Funding", "Cut services")])
    assert counts(run(gold, pred), "risks") == (0, 1, 1)


def test_risk_null_and_empty_mitigation_alike() -> None:
    gold = rec(risks=[risk(1, "Funding", None)])
    pred = rec(risks=[risk(1, "Funding", "")])
    assert counts(run(gold, pred), "risks") == (1, 0, 0)


def test_risk_without_text_matched_on_mitigation() -> None:
    gold = rec(risks=[risk(2, None, "Train more staff"), risk(2, "", "Recruit brokers")])
    pred = rec(risks=[risk(2, "", "recruit brokers"), risk(2, None, "Buy a new system")])
    r = run(gold, pred)
    assert counts(r, "risks") == (1, 1, 1)
    assert [(d.gold, d.predicted) for d in r.disagreements] == [
        ("Train more staff", "Buy a new system")
    ]


def test_empty_risk_pairs_are_not_units() -> None:
    gold = rec(risks=[risk(1, None, None)])
    pred = rec(risks=[risk(1, "", "")])
    assert counts(run(gold, pred), "risks") == (0, 0, 0)


# ---------------------------------------------------------------------------
# Facts


def fact(kind: str, value: Any) -> dict[str, Any]:
    return {"kind": kind, "value": value, "text": ""}


def test_facts_are_a_multiset() -> None:
    gold = rec(
        facts=[
            fact("people_with_personal_budget", 300),
            fact("people_with_personal_budget", 300),
            fact("reviews_planned", 50),
        ]
    )
    pred = rec(
        facts=[
            fact("people_with_personal_budget", 300.0),
            fact("reviews_planned", 51),
            fact("service_users_total", 4000),
        ]
    )
    r = run(gold, pred)
    # one 300 TP, second 300 FN; 50 vs 51 FN+FP; 4000 FP
    assert counts(r, "facts") == (1, 2, 2)
    pairs = {(d.key, d.gold, d.predicted) for d in r.disagreements}
    assert pairs == {
        ("people_with_personal_budget", 300, None),
        ("reviews_planned", 50, 51),
        ("service_users_total", None, 4000),
    }


def test_fact_values_within_tolerance_are_equal() -> None:
    gold = rec(facts=[fact("percent_with_personal_budget", 12.5)])
    pred = rec(facts=[fact("percent_with_personal_budget", 12.5 + 1e-9)])
    assert counts(run(gold, pred), "facts") == (1, 0, 0)
    pred = rec(facts=[fact("percent_with_personal_budget", 12.5 + 1e-5)])
    assert counts(run(gold, pred), "facts") == (0, 1, 1)


def test_fact_kind_must_match() -> None:
    gold = rec(facts=[fact("reviews_planned", 10)])
    pred = rec(facts=[fact("service_users_total", 10)])
    assert counts(run(gold, pred), "facts") == (0, 1, 1)


# ---------------------------------------------------------------------------
# Documents, errors, aggregates


def full_gold(document: str = "doc") -> dict[str, Any]:
    return rec(
        document,
        council="Sefton",
        period="2010-12",
        date_completed=None,
        milestones=[cell(1, "2010-04", achieved="Y")],
        requirements=[{"requirement": "engagement.staff", "rating": "green"}],
        answers=[answer(1, "Q?", "An answer")],
        risks=[risk(1, "R", "M")],
        facts=[fact("reviews_planned", 5)],
    )


def test_missing_prediction_scores_every_gold_unit_as_false_negative() -> None:
    r = score({"doc": full_gold()}, {})
    assert counts(r, "overall") == (0, 0, 7)
    assert counts(r, "metadata") == (0, 0, 2)
    assert r.documents == ["doc"]
    assert len(r.disagreements) == 7


def test_error_record_scored_as_empty_prediction() -> None:
    error = full_gold()
    error.update(error=True, error_code="corrupt_document", message="bad file")
    r = score({"doc": full_gold()}, {"doc": error})
    assert counts(r, "overall") == (0, 0, 7)


def test_perfect_prediction() -> None:
    r = score({"doc": full_gold()}, {"doc": full_gold()})
    assert counts(r, "overall") == (7, 0, 0)
    assert r.counts["overall"].f1 == 1.0
    assert r.disagreements == []


def test_predictions_without_gold_are_unscored() -> None:
    r = score(
        {"a": full_gold("a")}, {"a": full_gold("a"), "zz": full_gold("zz"), "b": full_gold("b")}
    )
    assert r.documents == ["a"]
    assert r.unscored == ["b", "zz"]
    assert counts(r, "overall") == (7, 0, 0)


def test_overall_is_micro_average_and_per_document_kept() -> None:
    gold = {
        "a": rec("a", council="A", milestones=[cell(1, "2010-04", achieved="Y")]),
        "b": rec("b", council="B"),
    }
    pred = {
        "a": rec("a", council="A", milestones=[cell(1, "2010-04", achieved="N")]),
        "b": rec("b", council="C"),
    }
    r = score(gold, pred)
    assert counts(r, "overall") == (1, 2, 2)
    assert r.counts["overall"].f1 == pytest.approx(2 / (2 + 2 + 2))
    assert (r.per_document["b"]["council"].fp, r.per_document["b"]["council"].fn) == (1, 1)


def test_empty_types_are_not_applicable_in_report() -> None:
    r = run(rec(council="X"), rec(council="X"))
    d = r.to_dict()
    assert d["units"]["facts"]["f1"] is None
    assert d["units"]["council"]["f1"] == 1.0
    text = format_report(r)
    facts_line = next(line for line in text.splitlines() if line.startswith("facts"))
    assert facts_line.split("|")[-1].strip() == "n/a"


def test_to_dict_is_json_serialisable() -> None:
    r = score({"doc": full_gold()}, {"doc": rec(council="Other"), "extra": rec("extra")})
    d = json.loads(json.dumps(r.to_dict()))
    assert set(d["units"]) == set(REPORT_ROWS)
    assert d["unscored"] == ["extra"]
    assert d["disagreements"][0].keys() == {"document", "unit", "key", "gold", "predicted"}


# ---------------------------------------------------------------------------
# format_report


def test_format_report_table_and_truncation() -> None:
    gold = rec(requirements=[{"requirement": f"r{i}", "rating": "green"} for i in range(5)])
    r = run(gold, rec())
    text = format_report(r, max_disagreements=2)
    lines = text.splitlines()
    assert lines[0].split("|")[0].strip() == "unit"
    assert [c.strip() for c in lines[0].split("|")] == [
        "unit",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "f1",
    ]
    req = next(line for line in lines if line.startswith("requirements"))
    assert [c.strip() for c in req.split("|")] == [
        "requirements",
        "0",
        "0",
        "5",
        "n/a",
        "0.000",
        "0.000",
    ]
    assert "disagreements: 5" in text
    assert text.count("gold:") == 2
    assert "... and 3 more" in text
    # every table row has the same width
    table = [line for line in lines[: len(REPORT_ROWS) + 4] if "|" in line]
    assert len({len(line) for line in table}) == 1


# ---------------------------------------------------------------------------
# check_thresholds


def test_check_thresholds_single_number() -> None:
    gold = rec(council="A", milestones=[cell(1, "2010-04", achieved="Y")])
    pred = rec(council="A", milestones=[cell(1, "2010-04", achieved="N")])
    r = run(gold, pred)
    failures = check_thresholds(r, 0.5)
    names = [f.split(":")[0] for f in failures]
    assert names == ["milestones"]  # council 1.0, overall 0.5 not below; empty types skipped


def test_check_thresholds_mapping_and_skip_empty() -> None:
    r = run(rec(council="A"), rec(council="B"))
    assert check_thresholds(r, {"facts": 0.9, "period": 0.9}) == []
    failures = check_thresholds(r, {"council": 0.5, "overall": 0.1})
    assert failures == ["council: F1 0.000 < 0.500", "overall: F1 0.000 < 0.100"]


def test_check_thresholds_unknown_type() -> None:
    r = run(rec(), rec())
    with pytest.raises(ValueError, match="unknown unit type"):
        check_thresholds(r, {"milestone": 0.9})


# ---------------------------------------------------------------------------
# load_records


def write(path: Path, data: Any) -> None:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_load_records_keys_by_document_field(tmp_path: Path) -> None:
    write(tmp_path / "a.json", rec("alpha"))
    write(tmp_path / "b.json", rec(""))
    (tmp_path / "ppf.sqlite").write_bytes(b"SQLite format 3\x00")
    write(tmp_path / "documents.csv", "id\nx\n")
    records = load_records(tmp_path)
    assert sorted(records) == ["alpha", "b"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid JSON"),
        ([1, 2], "expected a JSON object"),
        ({"document": "x"}, "missing milestones"),
        ({"milestones": []}, "missing document"),
        ({"document": "x", "milestones": {}}, "must be a list"),
        (
            {"document": "x", "milestones": [], "facts": [{"kind": "k", "value": "many"}]},
            "not a number",
        ),
    ],
)
def test_load_records_rejects_invalid_files(tmp_path: Path, content: Any, message: str) -> None:
    write(tmp_path / "bad.json", content)
    with pytest.raises(GoldFormatError, match=message) as info:
        load_records(tmp_path)
    assert "bad.json" in str(info.value)


def test_load_records_rejects_duplicate_documents(tmp_path: Path) -> None:
    write(tmp_path / "a.json", rec("same"))
    write(tmp_path / "b.json", rec("same"))
    with pytest.raises(GoldFormatError, match="already read"):
        load_records(tmp_path)


def test_load_records_round_trip_scores_perfectly(tmp_path: Path) -> None:
    write(tmp_path / "doc.json", full_gold())
    records = load_records(tmp_path)
    assert counts(score(records, records), "overall") == (7, 0, 0)
