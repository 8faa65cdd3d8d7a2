"""Blind rounds 24 and 25's lessons (both scored blind first and kept unfixed one session as
the honest figure: README "Accuracy"), each a general rule tested on hand-written
documents in other wordings than the papers that prompted them.

A quarter's column ('Period to Dec 2010') names a period, not a deadline, and a
deliverable titled by its deadline ('Oct 2010 - ...') gives the row its deadline; 'Achieved
N' is not achieved, and both answers offered after the label choose none; a cell naming
one option that holds a ticked and an empty box is not read; a form's check boxes drawn as
squares nearly filling their rows are marks, not rules, and a cross drawn corner to corner
checks its box; two greens of fills alone are Amber/Green and Green; a completion date
after a label with no space is no period, a period before the latest return's is
replaced, and a row of deadline heads is no period; a question's fragment, a template's
likelihood label and a header row are no key question; a question cut at a line's end
is the framework's whole question; an answer that opens as a framework question is the
next question; a risk split over two rows is one risk; the figure a comparison sets
against another is no fact."""

from __future__ import annotations

from pathlib import Path

from ppfextract.api import extract
from ppfextract.extractors.facts import extract_facts
from ppfextract.extractors.labels import parse_status
from ppfextract.extractors.segments import _marker_period

from .handdocs import cells, record, table
from .test_round14_lessons import meta
from .test_round22_lessons import _qa, _ratings, _risks

PDF = Path(__file__).parent / "data" / "pdf"


def test_quarter_columns_name_periods_and_titled_deliverables_their_deadlines():
    rec = record(table(
        ["Milestone", "Deliverable", "Period to Dec 2010", "Period to Sep 2010"],
        [{"text": "1. Effective partnerships", "row_span": 2},
         "Apr 2010 - the public told of the changes", "Achieved", "Achieved"],
        [None, "Apr 2011 - a user-led organisation", "Very likely", "Fairly likely"],
        [{"text": "2. Self-directed support", "row_span": 3},
         "Apr 2010 - budgets introduced", "Achieved", "Achieved"],
        [None, "Oct 2010 - offered to every new user", "Not achieved", "Fairly likely"],
        [None, "Apr 2011 - thirty per cent hold one", "Fairly unlikely", "Fairly likely"],
        ["3. Prevention", "Apr 2010 - a joint strategy", "Achieved", "Not achieved"]))
    got = cells(rec)
    assert got[(3, "2010-04")][0] == "Y"
    assert got[(1, "2010-04")][0] == "Y"
    assert got[(1, "2011-04")] == (None, "very_likely")
    assert got[(2, "2010-04")][0] == "Y"
    assert got[(2, "2010-10")][0] == "N"
    assert got[(2, "2011-04")] == (None, "fairly_unlikely")


def test_achieved_n_is_not_achieved_and_both_answers_offered_choose_none():
    assert parse_status("Achieved N") == ("N", None)
    assert parse_status("Achieved Y") == ("Y", None)
    assert parse_status("Achieved - N/A") == (None, None)
    assert parse_status("Achieved? Yes No") == (None, None)
    assert parse_status("Achieved: [?] y n") == (None, None)
    assert parse_status("Achieved in full") == ("Y", None)
    rec = record(table(
        ["Milestone", "April 2010", "October 2010"],
        ["3. Prevention and cost effective services", "Achieved Y", "Achieved N"],
        ["4. Information and advice", "Achieved: Y N", "Achieved Y"],
        ["5. Local commissioning", "Achieved Y", "Achieved N"]))
    got = cells(rec)
    assert got[(3, "2010-10")][0] == "N"
    assert got[(5, "2010-10")][0] == "N"
    assert (4, "2010-04") not in got


def test_one_named_option_with_a_ticked_and_an_empty_box_is_not_read():
    rec = record(table(
        ["Milestone", "April 2010", "October 2010"],
        ["Milestone 3: Prevention", "Achieved: \u2612 \u2610 N", "Achieved: \u2612 Y"]))
    got = cells(rec)
    assert (3, "2010-04") not in got
    assert got[(3, "2010-10")][0] == "Y"


def test_drawn_check_boxes_filling_their_rows_are_marks_not_rules():
    rec = extract(PDF / "form-boxes-filling-their-rows.pdf")
    got = {(c.milestone, c.deadline.value): (c.achieved, c.likelihood.value if c.likelihood
                                             else None) for c in rec.milestones}
    assert got == {(2, "2010-04"): ("Y", None), (2, "2010-10"): (None, "fairly_likely"),
                   (2, "2011-04"): (None, "fairly_unlikely")}


def test_two_greens_of_fills_alone_are_amber_green_and_green():
    def fill(colour):
        return {"text": "", "fill": colour}
    rec = record(table(
        ["Requirement", "Status"],
        ["The full engagement of local politicians", fill("00B050")],
        ["The full engagement of all service users", fill("92D050")],
        ["Financial systems which support the delivery of personal budgets", fill("FF9900")],
        ["A workforce strategy that supports the transformation", fill("92D050")]))
    assert _ratings(rec) == {"engagement.politicians": "green",
                             "engagement.service_users": "amber_green",
                             "arrangements.financial_systems": "amber_red",
                             "arrangements.workforce_strategy": "amber_green"}


def test_one_green_alone_stays_green():
    rec = record(table(
        ["Requirement", "Status"],
        ["The full engagement of local politicians", {"text": "", "fill": "92D050"}],
        ["The full engagement of all service users", {"text": "", "fill": "FF0000"}]))
    assert _ratings(rec) == {"engagement.politicians": "green",
                             "engagement.service_users": "red"}


def test_a_completion_date_after_a_label_is_no_period():
    assert _marker_period("Authority: Anyshire County Council Return completed:7 January "
                          "2011") is None
    assert _marker_period("Submitted by: Anyshire Council  Date completed:12/10/2010") is None


def test_a_period_before_the_latest_returns_is_another_papers():
    def grid(second: str) -> dict:
        return table(["Milestone", "April 2010", "October 2010"],
                     ["Effective partnerships with people using services, carers and other "
                      "local citizens", "Achieved", "Achieved"],
                     ["Self-directed support and personal budgets", "Achieved", second])
    got = record(
        table(["Document", "Place of inspection"],
              ["Putting People First guidance, Oct 2009", "County Hall"]),
        "APPENDIX A (previous return)",
        "Milestones return - quarter 3 2010/11 - position at 31 December 2010",
        grid("Not achieved"),
        "APPENDIX B",
        "Milestones return - quarter 4 2010/11 - position at 31 March 2011",
        grid("Achieved"))
    assert got.period == "2011-03"
    assert cells(got)[(2, "2010-10")][0] == "Y"


def test_a_row_of_deadline_heads_after_a_progress_heading_is_no_period():
    got = meta("Scrutiny report: position at 31 December 2010",
               table(["Progress against Putting People First", "Apr 2010", "Oct 2010",
                      "Apr 2011"],
                     ["1 Effective partnerships", "Achieved", "Achieved", "Very likely"]))
    assert got.period == "2010-12"


def test_fragments_labels_and_next_questions_are_no_answers():
    rec = record(
        "Milestone 3: Prevention and cost effective services",
        table(["Key questions", "Answers"],
              ["Do we have a strategy and/or an investment programme for",
               "A draft strategy was agreed with the PCT in May."],
              ["services to stay independent?", "Joint bids for reablement funding."],
              ["Are health partners involved in this strategy?",
               "What are we planning to do next"],
              ["How likely are we to achieve this milestone by this date?", "Fairly likely"]))
    assert _qa(rec) == [(3, "Do we have a strategy and/or an investment programme for "
                            "Prevention and Early Intervention?",
                         "A draft strategy was agreed with the PCT in May.")]


def test_a_risk_split_over_two_rows_is_one_risk_and_header_words_are_none():
    rec = record(table(
        ["Milestone", "Key risk", "Mitigating action"],
        ["3", "Joint funding with the PCT is not", "Escalate to the Health and"],
        ["", "yet agreed", "Wellbeing Board in June."],
        ["5", "Few providers outside the towns", "A market event in the spring."],
        ["Key question", "Milestone", "Answer"],
        ["Key risk", "Milestone", "Mitigating action"]))
    assert _risks(rec) == [
        (3, "Joint funding with the PCT is not yet agreed",
         "Escalate to the Health and Wellbeing Board in June."),
        (5, "Few providers outside the towns", "A market event in the spring.")]
    assert _qa(rec) == []


def test_the_figure_a_comparison_sets_against_another_is_no_fact():
    facts = extract_facts("By 30 September 2010, 512 people in the borough held a personal "
                          "budget, compared with a local target of 650 by that date.")
    assert [(f.kind.value, f.value) for f in facts] == [("people_with_personal_budget", 512)]
    facts = extract_facts("By 30 September 2010, 512 people in the borough held a personal "
                          "budget, compared with 420 at 31 March 2010.")
    assert sorted(f.value for f in facts) == [420, 512]
