"""Blind round 20's lessons (scored blind, kept unfixed for a session, then used as a fix
set: README "Accuracy"), each a general rule tested on hand-written documents in other
wordings than the papers that prompted them.

Options offered after a deadline on one line, the rejected ones struck; a dashboard's
cards naming their own deadline; a superseded return in an appendix after the paper's
own period; two cards' wordings run together; a form's numbered sections; a form's
options over its 'If not, why not?' box; a form's next field on the council's line; a
header qualified 'previous'; a heading at the foot of two pages; 'Done' / 'Not done'
under each deadline; 'V likely' without its stop; bold among plain options where
'Achieved? Y' answers other deadlines; 'Achieved: Yes ☐' over 'No ☒'; a question
states no status."""

from __future__ import annotations

from ppfextract.document import Line, Paragraph, Provenance, Span, Style
from ppfextract.extractors.labels import parse_status
from ppfextract.extractors.tags import Field, Option, tag_text
from ppfextract.readers.pdf_tables import _running_margins

from .handdocs import cells, radio_line, record, table
from .test_round14_lessons import meta


def _styled(text: str, style: str, *words: str) -> dict:
    """A paragraph of one line, ``words`` set in ``style`` (each its first occurrence
    after the one before)."""
    spans, at = [], 0
    for word in words:
        start = text.index(word, at)
        spans.append({"start": start, "end": start + len(word), "style": style})
        at = start + len(word)
    return {"type": "paragraph", "lines": [{"text": text, "spans": spans}]}


def test_options_after_the_deadline_on_one_line_decided_by_strike_or_bold_or_not_at_all():
    likely = "Very likely / Fairly likely / Fairly unlikely / Very unlikely"
    rec = record(
        "Milestone 2 - Self-directed support and personal budgets",
        _styled("April 2010 deliverable met? Yes / No", "struck", "Yes"),
        _styled(f"By October 2010: {likely}", "struck", "Very likely", "Fairly unlikely",
                "Very unlikely"),
        "Milestone 4 - Information and advice",
        _styled(f"April 2011, how likely? {likely}", "bold", "Fairly unlikely"),
        "October 2010 deliverable met? Yes / No")  # nothing sets one apart: no answer
    assert cells(rec) == {(2, "2010-04"): ("N", None), (2, "2010-10"): (None, "fairly_likely"),
                          (4, "2011-04"): (None, "fairly_unlikely")}


def test_words_alone_offering_several_options_or_asking_a_question_state_no_status():
    assert parse_status("Yes / No") == (None, None)
    assert parse_status("Y/N") == (None, None)
    assert parse_status("Very likely | Fairly likely | Very unlikely") == (None, None)
    assert parse_status("Achieved / how likely to achieve by this date?") == (None, None)
    # a status and its likelihood, or one option twice, are still read
    assert parse_status("Not met / fairly likely") == ("N", parse_status("fairly likely")[1])
    assert parse_status("Achieved / complete") == ("Y", None)
    assert parse_status("N/FL")[0] == "N"


def _card(title: str, boxes: list[dict]) -> dict:
    return table([{"text": title, "col_span": 3}], boxes)


def test_a_dashboards_cards_each_box_naming_its_own_deadline():
    likely = "Very likely\nFairly likely\nFairly unlikely\nVery unlikely"
    rec = record(
        "Adult social care transformation - programme dashboard, March 2011",
        _card("3 \u00b7 Prevention and cost effective services", [
            {"text": "Apr 2010\nMet \u2714"}, {"text": "Oct 2010\nNot met \u2718"},
            {"lines": [{"text": "Apr 2011"}] + [
                {"text": w, "spans": [{"start": 0, "end": len(w), "style": "bold"}]
                 if w == "Fairly unlikely" else []} for w in likely.split("\n")]}]))
    assert cells(rec) == {(3, "2010-04"): ("Y", None), (3, "2010-10"): ("N", None),
                          (3, "2011-04"): (None, "fairly_unlikely")}


def test_an_earlier_return_in_an_appendix_after_the_papers_own_period():
    grid = ["Milestone", "April 2010", "October 2010", "April 2011"]
    rec = record(
        "Putting People First self-assessment for the quarter to 31 March 2011, signed off "
        "by the Director on 6 April 2011.",
        table(grid, ["1. Effective partnerships with people using services, carers and "
                     "other local citizens", "Achieved", "Achieved", "Fairly likely"]),
        "Annex B - Quarter 3 return (period ending 31 December 2010), kept for reference",
        table(grid, ["1. Effective partnerships with people using services, carers and "
                     "other local citizens", "Achieved", "Not achieved", "Very unlikely"]))
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("Y", None),
                          (1, "2011-04"): (None, "fairly_likely")}
    assert rec.period == "2011-03"
    assert any("only the latest (2011-03)" in w for w in rec.warnings)


def test_a_paper_period_earlier_than_a_marker_leaves_the_marker_alone():
    """A later month in a note ('... for April 2011 not assessed this quarter') is no
    later return: the paper's own earlier period does not drop the grid."""
    rec = record(
        "Return for the quarter ending 31 March 2010, completed 9 April 2010.",
        table(["Milestone", "April 2010", "October 2010"],
              ["4. Information and advice", "Achieved", "Fairly likely"],
              ["5. Local commissioning", "Not achieved", "Very likely"]),
        "Information and advice for April 2011 not assessed this quarter - review under way")
    assert cells(rec) == {(4, "2010-04"): ("Y", None), (4, "2010-10"): (None, "fairly_likely"),
                          (5, "2010-04"): ("N", None), (5, "2010-10"): (None, "very_likely")}


def test_two_cards_wordings_run_together_give_neither_a_rating():
    rec = record(
        "Underpinning requirements",
        {"type": "paragraph", "lines": [
            {"text": "Clarity of the business models that will need to be adapted"},
            {"text": "Green Amber/Red A local project plan for the delivery of the"},
            {"text": "transformation"}]},
        "A workforce strategy that supports the transformation: Amber/Green")
    assert {r.requirement: r.rating.value for r in rec.requirements} == {
        "arrangements.workforce_strategy": "amber_green"}


def test_a_forms_numbered_sections_titled_by_the_milestones_and_options_over_its_next_box():
    rec = record(
        "Part 3: Prevention and cost effective services",
        {"type": "paragraph", "lines": [{"text": "October 2010"}, {
            "text": "Processes in place to monitor the shift in investment."},
            {"text": "Has this deliverable been achieved?"}]},
        {"type": "paragraph", "lines": [radio_line("", ["Yes", "No"], 1),
                                        {"text": "If no, please give reasons"},
                                        {"text": "Monitoring group not yet constituted"}]},
        "Part 4: Information and advice",
        {"type": "paragraph", "lines": [{"text": "October 2010"}, {
            "text": "Arrangements in place for universal access to advice."},
            {"text": "Has this deliverable been achieved?"}]},
        {"type": "paragraph", "lines": [radio_line("", ["Yes", "No"], 0),
                                        {"text": "If not, why not?"}]})
    assert cells(rec) == {(3, "2010-10"): ("N", None), (4, "2010-10"): ("Y", None)}
    reason = next(c.reason_not_achieved for c in rec.milestones if c.milestone == 3)
    assert reason == "Monitoring group not yet constituted"
    assert rec.answers == []  # the form's own boxes are no key questions


def test_the_reason_labels_of_forms():
    assert tag_text("If not, why not?").field is Field.REASON
    assert tag_text("If no, please give reasons").field is Field.REASON
    assert tag_text("Is there a programme board?").field is None


def test_a_forms_next_field_on_the_councils_line_and_a_header_qualified_previous():
    assert meta("Authority: Anyshire County Council Region: East Midlands").council == \
        "Anyshire"
    got = meta(table(["Milestone", "Due", "Quarter 1 return (June 2010) \u2013 previous",
                      "Quarter 2 return (Sept 2010) \u2013 current"]),
               "Putting People First milestones: the two latest returns side by side.")
    assert got.period == "2010-09"


def _margin(text: str, top: float) -> tuple[float, Paragraph]:
    line = Line(text, spans=(Span(0, len(text), Style.BOLD),))
    return top, Paragraph(lines=(line,), provenance=Provenance("f.pdf"))


def test_a_heading_at_the_foot_of_two_pages_is_no_running_footer():
    # the same heading (numbers blanked) at the foot of two pages, 11 points apart: two
    # copies of a form; a footer stands at the same height on every page
    pages = [(842.0, [_margin("Milestone 3: Prevention", 786.0),
                      _margin("Cabinet 3 March 2011 - page 1", 820.0)]),
             (842.0, [_margin("Milestone 3: Prevention", 797.0),
                      _margin("Cabinet 3 March 2011 - page 2", 820.5)])]
    assert _running_margins(pages) == {"cabinet # march # - page #"}


def test_done_and_not_done_under_each_deadline_and_initials_without_their_stop():
    rec = record(table(
        ["Milestone", "Apr 10\nNot done", "Apr 10\nDone", "Apr 11\nV likely",
         "Apr 11\nF likely", "Apr 11\nF unlikely", "Apr 11\nV unlikely"],
        ["2. Self-directed support & personal budgets", "", "\u2714", "", "", "\u2714", ""],
        ["5. Local commissioning", "\u2714", "", "\u2714", "", "", ""]))
    assert cells(rec) == {(2, "2010-04"): ("Y", None), (2, "2011-04"): (None, "fairly_unlikely"),
                          (5, "2010-04"): ("N", None), (5, "2011-04"): (None, "very_likely")}
    assert tag_text("V likely").option is Option.VERY_LIKELY
    assert tag_text("Not met").option is Option.NOT_ACHIEVED


def _options(bold: str) -> dict:
    words = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
    return {"lines": [{"text": w, "spans": [{"start": 0, "end": len(w), "style": "bold"}]
                       if w == bold else []} for w in words]}


def test_bold_among_plain_options_where_another_deadline_is_answered_achieved_y():
    rec = record(table(
        ["Due", "M2 Personal budgets", "M4 Information & advice"],
        ["April 2010", "Achieved? Y", "Achieved? N"],
        ["October 2010", _options("Very likely"), _options("Fairly unlikely")]))
    assert cells(rec) == {(2, "2010-04"): ("Y", None), (4, "2010-04"): ("N", None),
                          (2, "2010-10"): (None, "very_likely"),
                          (4, "2010-10"): (None, "fairly_unlikely")}


def test_achieved_yes_with_its_box_over_no_with_its_box():
    def boxes(yes: bool) -> dict:
        return {"lines": [
            {"text": "Achieved: Yes", "marks": [{"kind": "checked_box" if yes else
                                                  "unchecked_box", "at": 13}]},
            {"text": "No", "marks": [{"kind": "unchecked_box" if yes else "checked_box",
                                      "at": 2}]}]}
    rec = record(
        table(["Milestone 5:", "Local commissioning"],
              ["Key dates:", "April 2010", "October 2010"],
              ["Achieved / how likely to achieve by this date?", boxes(False),
               "Likelihood: Very likely"]),
        table(["Milestone 1:", "Effective partnerships with people using services, carers and "
                     "other local citizens"],
              ["Key dates:", "April 2010", "October 2010"],
              ["Achieved / how likely to achieve by this date?", boxes(True),
               "Likelihood: Fairly unlikely"]))
    assert cells(rec) == {(5, "2010-04"): ("N", None), (5, "2010-10"): (None, "very_likely"),
                          (1, "2010-04"): ("Y", None),
                          (1, "2010-10"): (None, "fairly_unlikely")}


# what the rules above must not lose (earlier rounds' papers, re-read after them)


def test_a_label_that_is_an_options_word_before_the_options_y_and_n():
    def cell(struck: str) -> dict:
        text = "Achieved: Y / N"
        at = text.rindex(struck)
        return {"lines": [{"text": text, "spans": [
            {"start": at, "end": at + 1, "style": "struck"}]}]}
    rec = record(
        "Milestone 2: Self-directed support and personal budgets",
        table(["Deadline", "Deliverable", "Progress (delete as appropriate)"],
              ["April 2010", "Personal budgets introduced.", cell("N")],
              ["October 2010", "All new clients offered a personal budget.", cell("Y")]))
    assert cells(rec) == {(2, "2010-04"): ("Y", None), (2, "2010-10"): ("N", None)}


def test_a_numbered_section_of_the_paper_ends_the_last_milestone():
    rec = record(
        "2. SELF-ASSESSMENT",
        "Milestone 5 \u2013 Local commissioning",
        "April 2010: That councils and PCTs have commissioning strategies. " + "x " * 170,
        _styled("Achieved: Yes / No", "struck", "No"),
        "4. RELATED PROGRAMME: COMMUNITY SERVICES",
        _styled("Separation of provider services \u2013 April 2010: Achieved: Yes / No",
                "struck", "Yes"))
    assert cells(rec) == {(5, "2010-04"): ("Y", None)}


def test_a_wrapped_question_with_its_options_inside_states_nothing():
    rec = record(
        "Milestone 1: Effective partnerships with people using services, carers and other "
        "local citizens",
        {"type": "paragraph", "wrapped": True, "lines": [
            radio_line("October 2010 \u2013 How likely are we to achieve",
                       ["Very likely", "Fairly likely"], 0),
            {"text": "this milestone by this date?"}]})
    assert cells(rec) == {}


def test_two_wordings_with_one_rating_after_the_first_keep_it():
    rec = record(
        "Underpinning requirements",
        {"type": "paragraph", "lines": [
            {"text": "A local project plan for the delivery of the transformation Amber/Red"},
            {"text": "Business cases which track the new investments -- Please select --"}]})
    assert {r.requirement: r.rating.value for r in rec.requirements} == {
        "arrangements.project_plan": "amber_red"}
