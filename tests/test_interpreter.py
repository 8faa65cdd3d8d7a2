"""The interpreter on small hand-written documents: one test per layout and per rule.

Each document is written as JSON (the same shape ``Document.to_dict`` writes; a table may
be given as ``rows`` of cell texts, mark characters in the text becoming marks), read by
``extract_record`` alone: no file, no reader.
"""

from __future__ import annotations

import json

import pytest

from ppfextract.document import Document
from ppfextract.extractors import extract_record
from ppfextract.extractors.selection import Member, decide_block
from ppfextract.extractors.tags import Field, Option, tag_text
from ppfextract.readers import read
from ppfextract.settings import Settings

from .conftest import CORPUS
from .handdocs import NO_FACTS, cells, record, table

# -- the model -------------------------------------------------------------------------


def test_a_document_round_trips_through_json():
    doc = read(CORPUS / "cresswell-2011-03-checklist-2611.docx", Settings())
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again.to_dict() == doc.to_dict()
    assert extract_record(again, "x", NO_FACTS).to_dict(provenance=False) == \
        extract_record(doc, "x", NO_FACTS).to_dict(provenance=False)


def test_mark_characters_leave_the_words_and_keep_their_place():
    doc = Document.from_dict({"blocks": [table(["\u2610 Yes   \u2612 No"])]})
    line = doc.blocks[0].cells[0].lines[0]
    assert line.text.split() == ["Yes", "No"]
    assert [(m.kind.value, m.at) for m in line.marks] == [("unchecked_box", 0),
                                                         ("checked_box", 7)]


# -- tags ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "option", "field", "deadline"), [
    ("Very likely", Option.VERY_LIKELY, None, None),
    ("Achieved - Yes", Option.ACHIEVED, None, None),
    ("Achieved? (Y/N)", None, Field.ACHIEVED, None),
    ("Apr 2010: achieved? (Y/N)", None, Field.ACHIEVED, "2010-04"),
    ("October 2010 - how likely are we to achieve this milestone by this date?", None,
     Field.LIKELIHOOD, "2010-10"),
    ("April 2010: Achieved", None, None, "2010-04"),  # a status line, not a label
    ("Not yet due", Option.NOT_YET_DUE, None, None),
    ("R/A", Option.AMBER_RED, None, None),
    ("G/A", Option.AMBER_GREEN, None, None),
])
def test_tags(text, option, field, deadline):
    t = tag_text(text)
    assert (t.option, t.field, t.deadline.value if t.deadline else None) == \
        (option, field, deadline)


def test_a_list_of_options_is_no_status():
    assert tag_text("Very likely / Fairly likely / Fairly unlikely").status == (None, None)
    assert tag_text("Yes     No").status == (None, None)
    assert tag_text("Not achieved - now fairly likely by June 2011").status[0] == "N"


# -- selection -------------------------------------------------------------------------


def _decide(*members: Member) -> dict:
    return {d.field: (d.value, d.warning) for d in decide_block(list(members))}


def test_selection_rules():
    from ppfextract.document import Mark, MarkKind, MarkSource

    tick = (Mark(MarkKind.TICK, MarkSource.CHARACTER),)
    on = (Mark(MarkKind.RADIO_ON, MarkSource.CHARACTER),)
    off = (Mark(MarkKind.RADIO_OFF, MarkSource.CHARACTER),)
    vl, fl = Option.VERY_LIKELY, Option.FAIRLY_LIKELY
    assert _decide(Member(vl), Member(fl, tick))[Field.LIKELIHOOD] == ("fairly_likely", None)
    two = _decide(Member(vl, tick), Member(fl, tick))[Field.LIKELIHOOD]
    assert two[0] is None and "two or more likelihood options" in two[1]
    assert _decide(Member(vl, fill="00B050"), Member(fl))[Field.LIKELIHOOD][0] == "very_likely"
    assert _decide(Member(vl), Member(fl, emphasized=True))[Field.LIKELIHOOD][0] == \
        "fairly_likely"
    assert _decide(Member(vl, struck=True), Member(fl))[Field.LIKELIHOOD][0] == "fairly_likely"
    # a filled circle picks only beside empty ones; alone it is a bullet
    assert _decide(Member(vl, on), Member(fl, off))[Field.LIKELIHOOD][0] == "very_likely"
    assert _decide(Member(vl, on), Member(fl))[Field.LIKELIHOOD][0] is None
    # a lone 'Achieved' answered 'N'
    assert _decide(Member(Option.ACHIEVED, words="N"))[Field.ACHIEVED][0] == "N"


# -- layouts ---------------------------------------------------------------------------


def test_template_form_mark_beside_or_below():
    rec = record(table(
        ["Milestone 2:", "Self-directed support and personal budgets", "", "", ""],
        ["", "April 2010", "", "October 2010", ""],
        ["How likely?", "Achieved", "Y", "Very likely", ""],
        ["", "", "", "Fairly likely", "Y"],
    ))
    assert cells(rec) == {(2, "2010-04"): ("Y", None), (2, "2010-10"): (None, "fairly_likely")}
    prov = rec.milestones[1].provenance["likelihood"]
    assert prov.rule.startswith("template form") and (prov.row, prov.col) == (3, 4)


def test_option_rows_under_deadline_columns():
    rec = record("Milestone 3: Prevention and cost effective services", table(
        ["Status", "Apr-10", "Oct-10", "Apr-11"],
        ["Achieved", "X", "", ""],
        ["Not achieved", "", "X", ""],
        ["Very likely", "", "", ""],
        ["Fairly likely", "", "X", "X"],
    ))
    assert cells(rec) == {(3, "2010-04"): ("Y", None), (3, "2010-10"): ("N", "fairly_likely"),
                          (3, "2011-04"): (None, "fairly_likely")}


def test_option_columns_milestone_rows_deadline_from_the_caption():
    rec = record("Table 2: October 2010 milestones - how likely are we to achieve them?", table(
        ["Milestone", "Very\nlikely", "Fairly\nlikely", "Fairly\nunlikely", "Very\nunlikely"],
        ["1. Effective partnerships with people using services, carers and other local "
         "citizens", "\u2714", "", "", ""],
        ["2. Self-directed support and personal budgets", "", "", "\u2714", ""],
    ))
    assert cells(rec) == {(1, "2010-10"): (None, "very_likely"),
                          (2, "2010-10"): (None, "fairly_unlikely")}


def test_status_matrix_either_way_round():
    rows = [["", "April 2010", "October 2010"],
            ["Information and advice", "Achieved", "Not achieved - fairly likely"],
            ["Local commissioning", "Achieved", "Very likely"]]
    want = {(4, "2010-04"): ("Y", None), (4, "2010-10"): ("N", "fairly_likely"),
            (5, "2010-04"): ("Y", None), (5, "2010-10"): (None, "very_likely")}
    assert cells(record(table(*rows))) == want
    assert cells(record(table(*zip(*rows, strict=True)))) == want


def test_value_columns_in_a_long_table():
    rec = record(table(
        ["Milestone", "Deadline", "Achieved?", "Likelihood", "Reason if not achieved"],
        ["Milestone 1", "31/03/2010", "Y", "", ""],
        ["Milestone 1", "30/09/2010", "N", "Fairly likely", "Recruitment delayed"],
        ["Milestone 2", "31/03/2010", "Yes", "", ""],
    ))
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("N", "fairly_likely"),
                          (2, "2010-04"): ("Y", None)}
    assert rec.milestones[1].reason_not_achieved == "Recruitment delayed"


def test_option_labels_with_nothing_marked_give_nothing():
    """'Achieved - Yes' rows are labels: unmarked, they are no value (red team 3)."""
    rec = record("Milestone 1: Effective partnerships", table(
        ["Option", "April 2010", "October 2010"],
        ["Achieved - Yes", "\u2714", ""],
        ["Achieved - No", "", ""],
        ["Very likely", "", ""],
    ))
    assert cells(rec) == {(1, "2010-04"): ("Y", None)}
    assert any("2010-10: no option is marked" in w for w in rec.warnings)


def test_a_decoy_table_with_ticks_gives_nothing():
    rec = record(table(["Corporate objective", "Positive", "Neutral"],
                       ["Jobs and prosperity", "\u2713", ""],
                       ["Creating safe communities", "", "\u2713"]))
    assert rec.milestones == [] and rec.requirements == []


def test_rival_readings_become_an_abstention_naming_both():
    rec = record("Milestone 4: Information and advice", table(
        ["", "April 2010"], ["Achieved?", "Yes"]),
        "Milestone 4: April 2010 - not achieved.")
    assert (4, "2010-04") not in cells(rec)
    warning = next(w for w in rec.warnings if "readings disagree" in w)
    assert "value rows" in warning and "status sentence" in warning


def test_the_latest_position_column_is_the_return():
    rec = record(table(
        ["Milestone", "Deadline", "Position at September 2010 (Q2)",
         "Position at December 2010 (Q3)"],
        ["Milestone 2: Self-directed support", "October 2010", "Not yet due - fairly likely",
         "Achieved"],
        ["Milestone 3: Prevention", "October 2010", "Not yet due - very likely",
         "Not achieved - fairly unlikely"],
    ))
    assert cells(rec) == {(2, "2010-10"): ("Y", None),
                          (3, "2010-10"): ("N", "fairly_unlikely")}


def test_two_returns_in_one_paper_give_the_latest():
    def appendix(period: str, mark: str) -> list:
        return [f"Putting People First return for the quarter to {period}",
                "Milestone 5: Local commissioning",
                table(["", "April 2011"], ["Likelihood", mark])]
    rec = record(*appendix("30 September 2010", "Very likely"),
                 *appendix("31 December 2010", "Fairly unlikely"))
    assert cells(rec) == {(5, "2011-04"): (None, "fairly_unlikely")}
    assert any("only the latest (2010-12)" in w for w in rec.warnings)


@pytest.mark.parametrize(("code", "rating"), [("R/A", "amber_red"), ("G/A", "amber_green"),
                                              ("A/R", "amber_red"), ("AG", "amber_green")])
def test_rating_codes(code, rating):
    rec = record(table(["Underpinning requirement", "RAG"],
                       ["The full engagement of local politicians", code]))
    assert [(r.requirement, r.rating.value) for r in rec.requirements] == [
        ("engagement.politicians", rating)]


# -- questions and risks ---------------------------------------------------------------


def test_questions_labelled_in_paragraphs():
    rec = record("Milestone 2: Self-directed support and personal budgets",
                 "Key question: Have we started to issue personal budgets? Yes, since April.",
                 "Key question: Is this a pilot or mainstream activity for all new customers",
                 "Response: Mainstream for all new customers.")
    assert [(a.milestone, a.question, a.answer) for a in rec.answers] == [
        (2, "Have we started to issue personal budgets?", "Yes, since April."),
        (2, "Is this a pilot or mainstream activity for all new customers",
         "Mainstream for all new customers.")]


def test_questions_and_risks_keyed_by_milestone_number():
    """A spreadsheet's sheet of questions and risks, the milestone by number only."""
    rec = record(table(
        ["Milestone", "Section", "Question or risk", "Answer or mitigation"],
        ["1", "Key question", "What are we planning to do next?", "Publish the plan."],
        ["3", "Key risk", "Reduction in PCT funding", "Joint investment plan agreed."],
    ))
    assert [(a.milestone, a.answer) for a in rec.answers] == [(1, "Publish the plan.")]
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (3, "Reduction in PCT funding", "Joint investment plan agreed.")]


def test_risk_and_mitigation_in_one_cell():
    rec = record("Milestone 5: Local commissioning", table(
        ["Key risks and mitigating actions",
         "Key risk: Very small provider market\nMitigating action: Provider forum"]))
    assert [(r.risk, r.mitigation) for r in rec.risks] == [
        ("Very small provider market", "Provider forum")]


def test_a_table_inside_a_cell_takes_the_cell_title():
    inner = table(["Deliverable due", "Achieved", "Not achieved"],
                  ["April 2010", "\u2714", ""])
    outer = {"type": "table", "cells": [
        {"row": 0, "col": 0, "text": "Milestone 4 \u2013 Information and advice",
         "nested": [inner]}]}
    assert cells(record(outer)) == {(4, "2010-04"): ("Y", None)}


def test_a_rating_stated_in_a_commentary_under_a_rating_column():
    rec = record(table(
        ["Requirement", "Commentary and current rating"],
        ["The full engagement of local politicians",
         "Improved after member briefings (Green; previously Amber/Green)."],
        ["A workforce strategy that supports the transformation",
         "This moves up from A/G to G."],
        ["Financial systems which support the delivery of personal budgets",
         "Remains A/R: pre-paid cards are not yet available."],
    ))
    assert [(r.requirement, r.rating.value) for r in rec.requirements] == [
        ("engagement.politicians", "green"), ("arrangements.financial_systems", "amber_red"),
        ("arrangements.workforce_strategy", "green")]
