"""Blind round 26's lessons (scored blind first and its figure kept in the README
"Accuracy"; then fixed by general rules), each tested on hand-written documents in other
wordings than the papers that prompted them.

A deliverable titled by its deadline in its numeric form ('Oct-10: ...'); the next
milestone's heading run into a paragraph as its bold last line; a deliverable titled by
its deadline whose last sentence asks a field, the options or the value after it
answering for that deadline (an online form's printout); a date label's format hint
('(dd/mm/yyyy)') is no value; a return's heading after many decoy tables' cells is in
reach; risks and questions led by a milestone's code ('M4: ...', 'M3 - ...?'); a
framework question misread by a letter or two is that question."""

from __future__ import annotations

from ppfextract.extractors.answers import _coded_item

from .handdocs import cells, radio_line, record, table
from .test_round14_lessons import meta
from .test_round22_lessons import _qa, _ratings, _risks


def test_deliverables_titled_by_a_numeric_deadline_give_their_rows_it():
    on = {"text": "", "fill": "1F4E79"}
    rec = record(table(
        ["Milestone", "Deliverable due", "Achieved", "Not achieved", "Very likely",
         "Fairly likely"],
        [{"text": "1. Effective partnerships", "row_span": 2},
         "Apr-10: public told of the changes", on, "", "", ""],
        [None, "Oct-10: users help shape practice", "", on, "", ""],
        [{"text": "2. Self-directed support", "row_span": 2},
         "Apr-10: budgets introduced", on, "", "", ""],
        [None, "Apr-11: thirty per cent hold one", "", "", "", on],
        ["3. Prevention", "Oct-10: monitoring in place", "", "", on, ""]))
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("N", None),
                          (2, "2010-04"): ("Y", None), (2, "2011-04"): (None, "fairly_likely"),
                          (3, "2010-10"): (None, "very_likely")}


def test_a_milestones_heading_run_into_a_paragraph_as_its_bold_last_line():
    def para(answer: str, heading: str) -> dict:
        return {"type": "paragraph", "lines": [
            {"text": answer},
            {"text": heading, "spans": [{"start": 0, "end": 12, "style": "bold"}]}]}
    rec = record(
        "Key questions",
        "Milestone 2: Self-directed support and personal budgets",
        "Have we started to issue personal budgets?",
        para("Yes, to every new client since May 2009.",
             "Milestone 4: Information and advice"),
        "What could prevent us from achieving this milestone?",
        "The directory contract is not yet let.")
    assert _qa(rec) == [
        (2, "Have we started to issue personal budgets?",
         "Yes, to every new client since May 2009."),
        (4, "What could prevent us from achieving this milestone?",
         "The directory contract is not yet let.")]


def test_a_titled_deliverable_asking_its_field_then_the_options_or_value():
    options = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
    rec = record(
        "Milestone 3 - Prevention and cost effective services",
        "Apr 2010: A joint strategy with health to move investment to prevention. "
        "Achieved? No",
        "Oct 2010: Processes in place to track the shift in investment. How likely are "
        "we to achieve this milestone by this date?",
        {"type": "paragraph", "lines": [radio_line("", options, 2)]},
        "Apr 2011: Evidence of cashable savings. How likely are we to achieve this "
        "milestone by this date?",
        {"type": "paragraph", "lines": [radio_line("", options, 0)]})
    assert cells(rec) == {(3, "2010-04"): ("N", None),
                          (3, "2010-10"): (None, "fairly_unlikely"),
                          (3, "2011-04"): (None, "very_likely")}


def test_a_date_labels_format_hint_is_no_value():
    got = meta(table(["Council", "Anyshire County Council"],
                     ["Return for the quarter to", "31 December 2010"],
                     ["Date completed (dd/mm/yy)", "14/01/2011"]))
    assert got.date_completed == "2011-01-14"


def test_a_returns_heading_after_many_decoy_cells_is_in_reach():
    decoy = table(["Project", "Lead", "Due", "RAG"],
                  *[[f"Project {n}", "Head of Service", "Mar 2011", "Green"]
                    for n in range(12)])
    got = meta("Anyshire County Council - Adult Social Care Scrutiny",
               "Putting People First: the final return", decoy,
               "Appendix B - milestones self-assessment (position at 31 March 2011)",
               table(["Milestone", "April 2011"], ["1. Effective partnerships",
                                                   "Achieved"]))
    assert got.period == "2011-03"


def test_risks_and_questions_led_by_a_milestones_code():
    rec = record(
        "Milestone 5: Local commissioning",
        table(["Key risk", "Mitigating action"],
              ["M2: Support planners leave faster than we recruit",
               "A retention payment agreed with the unions in May"],
              ["M4: The directory is not kept up to date",
               "Each team owns its entries and checks them every quarter"],
              ["M5: The provider forum has lapsed",
               "Relaunch it with the trade association in the autumn"]),
        table(["Key question", "Answer"],
              ["M3 - Are health partners involved in this strategy?",
               "Yes, the PCT co-chairs the board."],
              ["M2~ Is this a pi1ot or mainstream activity for all new customers?",
               "Mainstream since April."]))
    assert _risks(rec) == [
        (2, "Support planners leave faster than we recruit",
         "A retention payment agreed with the unions in May"),
        (4, "The directory is not kept up to date",
         "Each team owns its entries and checks them every quarter"),
        (5, "The provider forum has lapsed",
         "Relaunch it with the trade association in the autumn")]
    assert _qa(rec) == [
        (3, "Are health partners involved in this strategy?",
         "Yes, the PCT co-chairs the board."),
        (2, "Is this a pilot or mainstream activity for all new customers?",
         "Mainstream since April.")]


def test_a_milestones_title_beside_a_section_label_is_no_coded_item():
    assert _coded_item(["M5: The provider forum has lapsed",
                        "Relaunch it with the trade association in the autumn"])
    assert not _coded_item(["Milestone 2: Self-directed support",
                            "Key risks and mitigating actions\nReviewed every quarter"])
    assert not _coded_item(["M2: Self-directed support", "Key risks and mitigating actions"])


def test_minutes_count_the_ratings_and_name_the_exceptions():
    rec = record("Minutes of the Adult Services Panel",
                 "Members were told that nine of the twelve underpinning requirements "
                 "had been rated green. Engagement of the primary care trusts was rated "
                 "amber/red; the business cases which track new investment were rated "
                 "red, and the workforce strategy that supports the transformation was "
                 "rated amber/green.")
    got = _ratings(rec)
    assert len(got) == 12
    assert got["engagement.health"] == "amber_red"
    assert got["arrangements.business_cases"] == "red"
    assert got["arrangements.workforce_strategy"] == "amber_green"
    assert got["engagement.politicians"] == "green"


def test_a_count_of_ratings_with_too_few_exceptions_or_an_earlier_return_reads_none():
    rec = record("Of the twelve requirements in the return, ten were rated green; the "
                 "workforce strategy that supports the transformation was rated red.")
    assert _ratings(rec) == {}
    rec = record("In the previous return, of the twelve requirements eleven were rated "
                 "green; the workforce strategy that supports the transformation was rated "
                 "red.")
    assert _ratings(rec) == {}


def test_minutes_count_milestones_due_by_a_date_and_group_likelihoods_by_title():
    rec = record("The officer said all five of the milestones due by April 2010 had been "
                 "met. For October 2010 the return judged information and advice and local "
                 "commissioning very likely to be achieved, effective partnerships fairly "
                 "likely, and prevention and cost effective services fairly unlikely.")
    got = cells(rec)
    assert all(got[(m, "2010-04")][0] == "Y" for m in range(1, 6))
    assert got[(4, "2010-10")] == (None, "very_likely")
    assert got[(5, "2010-10")] == (None, "very_likely")
    assert got[(1, "2010-10")] == (None, "fairly_likely")
    assert got[(3, "2010-10")] == (None, "fairly_unlikely")
    assert (2, "2010-10") not in got


def test_an_achieved_question_after_a_deliverable_gives_its_answer():
    from ppfextract.extractors.labels import parse_status
    assert parse_status("Joint strategy agreed with the PCT. Achieved? No") == ("N", None)
    assert parse_status("Joint strategy agreed with the PCT. Achieved: Y N") == (None, None)


def test_a_count_of_milestones_met_with_one_named_after_it_reads_none():
    rec = record("All milestones due by April 2010 have now been met, although the "
                 "information and advice strategy was approved two months late.")
    assert not any(c.deadline.value == "2010-04" for c in rec.milestones)
