"""Blind round 21's lessons (scored blind first: README "Accuracy"), each a general rule
tested on hand-written documents in other wordings than the papers that prompted them.

Rating columns headed by their quarter beside an earlier quarter's codes; a numbered
list's question numbers; a return's title is no deadline caption; fields' rows under a
row naming their deadline; a reference's publication date is no period; the table's
corner naming its deadline; a milestone's card in one cell; a deadline as a bold run-in
head; a page number or a running title in capitals between a question and its answer; a
rating header wrapped over two rows."""

from __future__ import annotations

from ppfextract.extractors.context import caption_deadline

from .handdocs import cells, record, table
from .test_round14_lessons import meta

REQS = ["The full engagement of all service users",
        "The full engagement of local politicians",
        "A workforce strategy that supports the transformation"]


def _ratings(rec) -> dict[str, str]:
    return {r.requirement: r.rating.value for r in rec.requirements}


def test_rating_columns_headed_by_their_quarter_beside_an_earlier_quarters_codes():
    box, ticked = {"text": "\u2610"}, {"text": "\u2612"}
    rec = record(table(
        ["Requirement", "Sep 10", "Dec 10 Red", "Dec 10 Amber/Red", "Dec 10 Amber/Green",
         "Dec 10 Green"],
        [REQS[0], "R", box, box, ticked, box],
        [REQS[1], "A/G", box, box, box, ticked],
        [REQS[2], "G", box, ticked, box, box]))
    assert _ratings(rec) == {"engagement.service_users": "amber_green",
                             "engagement.politicians": "green",
                             "arrangements.workforce_strategy": "amber_red"}


def test_a_numbered_lists_numbers_are_no_part_of_the_questions():
    rec = record("Milestone 2: Self-directed support and personal budgets",
                 "Key questions",
                 "1) Have we started to issue personal budgets?", "Yes, since May 2009.",
                 "2. Is this a pilot or mainstream activity for all new customers?",
                 "Mainstream since April 2010.")
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("Have we started to issue personal budgets?", "Yes, since May 2009."),
        ("Is this a pilot or mainstream activity for all new customers?",
         "Mainstream since April 2010.")]


def test_a_returns_title_is_no_deadline_and_fields_rows_take_the_deadline_row_above():
    assert caption_deadline("PPF milestones self-assessment return - Quarter 4 "
                            "(March 2011)") is None
    assert caption_deadline("Table 2: October 2010 milestones") is not None
    rec = record(
        "Adult Social Care - milestones return: Quarter 2 2010/11 (September 2010)",
        table(["", "Milestone 2 Self-directed support", "Milestone 5 Local commissioning"],
              ["Due April 2010", "Personal budgets in use", "Strategies with PCTs"],
              ["Achieved? (Y/N)", "N", "Y"],
              ["If not achieved - reason", "RAS not signed off", ""],
              ["Due October 2010", "All new clients offered one", "Providers clear"],
              ["Likelihood by October 2010", "VL", "FU"]))
    assert cells(rec) == {(2, "2010-04"): ("N", None), (5, "2010-04"): ("Y", None),
                          (2, "2010-10"): (None, "very_likely"),
                          (5, "2010-10"): (None, "fairly_unlikely")}
    reason = next(c.reason_not_achieved for c in rec.milestones if c.milestone == 2)
    assert reason == "RAS not signed off"


def test_a_references_publication_date_is_no_period():
    got = meta("Background documents: Putting People First milestones (ADASS, DH, LGA, "
               "September 2009)",
               "Putting People First - December 2010 progress")
    assert got.period == "2010-12"


def test_the_tables_corner_naming_its_deadline_over_option_rows():
    rec = record(
        table(["Deadline: October 2010", "2. Self-directed support and personal budgets",
               "4. Information and advice"],
              ["Achieved - Yes", "\u2714", ""],
              ["Achieved - No", "", "\u2714"]),
        table(["Deadline: April 2011", "2. Self-directed support and personal budgets",
               "4. Information and advice"],
              ["Very likely", "", ""], ["Fairly likely", "\u2714", ""],
              ["Fairly unlikely", "", "\u2714"], ["Very unlikely", "", ""]))
    assert cells(rec) == {(2, "2010-10"): ("Y", None), (4, "2010-10"): ("N", None),
                          (2, "2011-04"): (None, "fairly_likely"),
                          (4, "2011-04"): (None, "fairly_unlikely")}


def _line(text: str, style: str = "", *words: str) -> dict:
    spans, at = [], 0
    for word in words:
        start = text.index(word, at)
        spans.append({"start": start, "end": start + len(word), "style": style})
        at = start + len(word)
    return {"text": text, "spans": spans}


def test_a_milestones_card_in_one_cell_read_as_its_lines_and_a_bold_run_in_deadline():
    likely = "How likely? Very likely / Fairly likely / Fairly unlikely / Very unlikely"
    card = {"lines": [
        _line("October 2010 Arrangements in place for universal access to advice.", "bold",
              "October 2010"),
        _line("Achieved: Yes / No", "struck", "Yes"),
        _line("April 2011 The public are informed where to get the best advice.", "bold",
              "April 2011"),
        _line(likely, "struck", "Very likely", "Fairly likely", "Very unlikely")]}
    rec = record(table(["Milestone 4: Information and advice"], [card]),
                 "Milestone 5: Local commissioning",
                 {"type": "paragraph", "lines": [_line(
                     "April 2011 Stakeholders are clear on the impact of individual "
                     "purchasing.", "bold", "April 2011")]},
                 {"type": "paragraph", "lines": [_line(likely, "struck", "Very likely",
                                                       "Fairly unlikely", "Very unlikely")]})
    assert cells(rec) == {(4, "2010-10"): ("N", None),
                          (4, "2011-04"): (None, "fairly_unlikely"),
                          (5, "2011-04"): (None, "fairly_likely")}


def test_a_page_number_or_a_running_title_between_a_question_and_its_answer():
    head = "ANYTOWN COUNCIL - REPORT OF THE DIRECTOR OF ADULT SERVICES"
    rec = record(head, "Milestone 3: Prevention and cost effective services",
                 "Key questions", "Are health partners involved in this strategy?",
                 "Page 3", head, "Yes, the PCT co-chairs the prevention board.",
                 head, "Milestone 5: Local commissioning",
                 "What could prevent us from achieving this milestone?",
                 "- 7 -", head, "Providers slow to unbundle block contracts.")
    assert [(a.milestone, a.answer) for a in rec.answers] == [
        (3, "Yes, the PCT co-chairs the prevention board."),
        (5, "Providers slow to unbundle block contracts.")]


def test_a_rating_header_wrapped_over_two_rows():
    for cut in ("Amber/", "Amber!"):  # as typed, and as a scan reads the slash
        rec = record(table(
            ["Are all stakeholders engaged", "Red", cut, cut, "Green"],
            ["in the transformation?", "", "Red", "Green", ""],
            [REQS[0], "", "", "x", ""],
            [REQS[1], "", "x", "", ""]))
        assert _ratings(rec) == {"engagement.service_users": "amber_green",
                                 "engagement.politicians": "amber_red"}


def test_a_field_asked_after_the_period_its_column_is_for_and_the_earlier_one_stale():
    rec = record(table(
        [{"text": "B. Deliverables due October 2010", "col_span": 5}],
        ["Ref", "Milestone", "Jun-10 return", "Sep-10 return: achieved (Y/N)",
         "Reason if not achieved"],
        ["2b", "Self-directed support and personal budgets", "Very likely", "N",
         "Reviews behind schedule"],
        ["4b", "Information and advice", "Fairly likely", "Y", ""]))
    assert cells(rec) == {(2, "2010-10"): ("N", None), (4, "2010-10"): ("Y", None)}


def test_a_paraphrase_after_its_rows_reference_and_a_code_beside_unplaced_ticks():
    rec = record(
        table(["", "Requirement", "Last quarter", "Red", "Amber/Red", "Amber/Green", "Green"],
              ["U1", "Engagement of service users", "A/R", "", "", "\u2714", ""],
              ["U2", "Engagement of local politicians", "G", "", "\u2714", "", ""],
              ["U3", "Workforce strategy", "A/G", "", "", "", "\u2714"]),
        "Page 1 of 2",
        table(["U4", "Business cases for investment and disinvestment", "R", "",
               "\u2714", "", "", ""]))
    assert _ratings(rec) == {"engagement.service_users": "amber_green",
                             "engagement.politicians": "amber_red",
                             "arrangements.workforce_strategy": "green"}


def test_a_part_for_one_deadline_and_a_box_saying_not_applicable():
    def radios(chosen: int) -> dict:
        from .handdocs import radio_line
        return {"type": "paragraph", "lines": [
            radio_line("", ["Yes", "No"], chosen),
            {"text": "If not achieved, give the reason"}]}
    rec = record(
        table(["4.", "Deliverables due by October 2010"]),
        "Milestone 3 - Prevention and cost effective services",
        "Processes in place to monitor the impact of the shift in investment. Has this "
        "milestone been achieved?",
        radios(0), {"type": "paragraph", "lines": [
            {"text": "Not applicable - milestone achieved", "marks": [
                {"kind": "checked_box", "at": 0}]}]},
        "Milestone 5 - Local commissioning",
        "Providers clear how to respond to personal budgets. Has this milestone been "
        "achieved?",
        radios(1), "Market position statement still in draft.")
    assert cells(rec) == {(3, "2010-10"): ("Y", None), (5, "2010-10"): ("N", None)}


def test_minutes_counting_the_milestones_achieved_and_naming_the_exception():
    rec = record(
        "7. Personalisation - milestone return",
        "Officers confirmed that all five of the April 2010 deliverables had been met, and "
        "three of the five October 2010 milestones. The exceptions were Milestone 2 and "
        "Milestone 4: both were now expected by March 2011.",
        "Members were told the return rated milestones 1 and 2 fairly likely for April "
        "2011, and milestones 3, 4 and 5 very likely.")
    want = {(m, "2010-04"): ("Y", None) for m in range(1, 6)}
    want.update({(m, "2010-10"): ("N" if m in (2, 4) else "Y", None) for m in range(1, 6)})
    want.update({(m, "2011-04"): (None, "fairly_likely" if m < 3 else "very_likely")
                 for m in range(1, 6)})
    assert cells(rec) == want


def test_minutes_whose_count_and_exceptions_disagree_or_are_unnamed_give_nothing():
    rec = record(
        "Four of the five October 2010 milestones had been achieved. The exceptions were "
        "information and advice and local commissioning.",  # two named, one left
        "Three of the five April 2010 deliverables were achieved.",  # none named
        "Milestones 1 and 2 were judged very likely, and milestone 5 fairly likely, to "
        "be met by April 2011 or October 2010.",  # two deadlines: whose?
        "The self-assessment is that all April 2011 deliverables are likely to be "
        "achieved.")  # to come, not achieved
    assert cells(rec) == {}


def test_minutes_cut_by_a_page_footer_mid_sentence():
    rec = record(
        "For the April 2011 deliverables the return judged milestones 2 and 4 (personal",
        "Printed from the council's committee website Page 1 of 3",
        "budgets, and information) fairly unlikely, and milestone 1 very likely.")
    assert cells(rec) == {(2, "2011-04"): (None, "fairly_unlikely"),
                          (4, "2011-04"): (None, "fairly_unlikely"),
                          (1, "2011-04"): (None, "very_likely")}


def test_minutes_all_but_the_one_named_in_the_sentence_and_an_earlier_returns_words():
    rec = record(
        "All October 2010 deliverables apart from local commissioning were met.",
        "The last quarter's return rated Milestone 2 very unlikely for April 2011.")
    assert cells(rec) == {(m, "2010-10"): ("N" if m == 5 else "Y", None)
                          for m in range(1, 6)}


def test_sentences_that_are_no_period_markers():
    from ppfextract.document import Document
    from ppfextract.extractors.segments import find_segments
    doc = Document.from_dict({"path": "hand.json", "format": "json", "blocks": [
        {"type": "paragraph", "text": t} for t in (
            "2.1 That Cabinet notes the progress made towards the October 2010 milestones.",
            "3.3 The return was completed on 12 January 2011 and signed off by the Director.",
            "The grey column shows the position reported last quarter for comparison only; "
            "this quarter's is shown by the ticked boxes.",
            "Putting People First - return for the quarter to 31 December 2010")]})
    assert [period for _, period, _ in find_segments(doc).markers] == [(2010, 12)]


def test_a_questions_milestone_written_once_for_the_rows_under_it():
    rec = record(table(
        ["Milestone", "Key question", "Response"],
        ["2. Self-directed support and personal budgets",
         "Have we started to issue personal budgets?", "Yes, since 2009."],
        ["", "Is this a pilot or mainstream activity for all new customers?", "Mainstream."],
        ["4. Information and advice",
         "Do we have a strategy for universal access to information?", "Agreed in 2010."],
        ["", "What external support would help?", "None at present."]))
    assert [(a.milestone, a.answer) for a in rec.answers] == [
        (2, "Yes, since 2009."), (2, "Mainstream."), (4, "Agreed in 2010."),
        (4, "None at present.")]
    # a key cell holding only a mark (a scan's misread '4') is no blank: not the row above's
    rec = record(table(
        ["Milestone", "Key question", "Response"],
        ["3", "Are health partners involved in this strategy?", "Yes, the PCT."],
        [{"text": "\u2714"}, "What external support would help?", "None at present."]))
    assert [(a.milestone, a.answer) for a in rec.answers] == [(3, "Yes, the PCT.")]
