"""Blind round 29's lessons (scored blind first and its figure kept in the README
"Accuracy"; then fixed by general rules), each tested on hand-written documents in other
wordings than the papers that prompted them.

Ratings shown by fills alone in exactly four colours from red to green are the four
steps in the order of their hues; a risk and its mitigation led by its label in one
cell; an 'M' column keys a table of questions, then of risks; a position's date, not a
completion's, marks a return; a table of other projects' milestones is none of ours; a
form's next box label ('... (optional)') is no answer."""

from __future__ import annotations

from ppfextract.extractors.segments import _marker_period

from .handdocs import cells, record, table
from .test_round22_lessons import _qa, _ratings, _risks


def test_four_fill_colours_from_red_to_green_are_the_four_steps():
    def fill(colour: str) -> dict:
        return {"text": "", "fill": colour}
    rec = record(table(["Requirement", "Rating"],
                       ["Engagement of local politicians", fill("33A02C")],
                       ["Engagement of all service users", fill("D9EA7B")],
                       ["Financial systems supporting personal budgets", fill("F5A623")],
                       ["Business cases tracking investment", fill("E31A1C")],
                       ["Workforce strategy supporting the transformation", fill("F5A623")]))
    assert _ratings(rec) == {"engagement.politicians": "green",
                             "engagement.service_users": "amber_green",
                             "arrangements.financial_systems": "amber_red",
                             "arrangements.business_cases": "red",
                             "arrangements.workforce_strategy": "amber_red"}


def test_a_risk_then_its_labelled_mitigation_in_one_cell():
    rec = record("Milestone 2: Self-directed support and personal budgets",
                 table(["Key risks and mitigating actions"],
                       ["Support planning is slower than forecast. Mitigating action: "
                        "two agency planners until March."]))
    assert _risks(rec) == [(2, "Support planning is slower than forecast.",
                            "two agency planners until March.")]


def test_an_m_column_keys_questions_then_risks():
    rec = record(table(["M", "Key question", "Response"],
                       ["4", "What are we planning to do next?", "Launch the web directory."],
                       ["M", "Key risk", "Mitigating action"],
                       ["4", "Directory entries go out of date", "Quarterly checks by each team"]))
    assert _qa(rec) == [(4, "What are we planning to do next?", "Launch the web directory.")]
    assert _risks(rec) == [(4, "Directory entries go out of date",
                            "Quarterly checks by each team")]


def test_a_positions_date_not_a_completions_marks_a_return():
    assert _marker_period("Authority: Anyshire CC - Quarter 3 2010/11 - position at 31 "
                          "December 2010 - completed 11.01.11") == (2010, 12)


def test_a_table_of_other_projects_milestones_is_none_of_ours():
    rec = record("Milestone 3: Prevention and cost effective services",
                 table(["Project", "Milestone", "Due", "Status"],
                       ["Carers' centre", "Lease signed", "Oct 2010", "Achieved"],
                       ["Day services review", "Report to Cabinet", "Apr 2011",
                        "Fairly likely"]))
    assert cells(rec) == {}


def test_a_forms_next_box_label_is_no_answer():
    rec = record("Milestone 5: Local commissioning",
                 table(["What external support would help?", "Other comments (optional)"],
                       ["What are we planning to do next?", "Publish a market position "
                        "statement in June."]))
    assert _qa(rec) == [(5, "What are we planning to do next?",
                         "Publish a market position statement in June.")]
