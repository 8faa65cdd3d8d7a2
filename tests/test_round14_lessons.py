"""Blind rounds 14, 15 and 16's lessons, each a general rule tested on hand-written documents
in other wordings than the papers that prompted them (round 14 was scored blind first,
rounds 15 and 16 scored blind before their rules: README "Accuracy").

Round 14: an online form's printout with last quarter's answers beside each field; a
Calc workbook's questions keyed by a first column headed 'Key questions'; a web page's
'Questions people ask us' after the return; a board's make-up is no count of users.
Round 15: a transposed grid whose section rows ask 'how likely ...?'; a row cut across
a page with its label going on; two returns' 'Y | N' pairs beside their likelihoods;
'Ach Y' headers; a heading naming two returns' months; a council in capitals.
Round 16: boxes side by side under three deadlines; options a bullet each, struck;
options run together, one bold; a caption over 'Yes | No' columns."""

from __future__ import annotations

from ppfextract.document import Document
from ppfextract.extractors import extract_record
from ppfextract.extractors.facts import extract_facts
from ppfextract.extractors.metadata import extract_metadata
from ppfextract.extractors.segments import EARLIER, find_segments
from ppfextract.extractors.tags import Option, tag_text
from ppfextract.extractors.walk import walk
from ppfextract.settings import Settings

from .handdocs import cells, record, table

QUESTION = ("Does our Authority have plans in place to meet the DH target of a User Led "
            "Organisation (ULO) in place by the end of 2010?")
REQUIREMENTS = ["The full engagement of all service users.",
                "The full engagement of local politicians.",
                "A workforce strategy that supports the transformation."]


def _doc(*blocks: dict | str) -> Document:
    return Document.from_dict({"path": "hand.json", "format": "json", "blocks": [
        b if isinstance(b, dict) else {"type": "paragraph", "text": b} for b in blocks]})


def meta(*blocks: dict | str):
    doc = _doc(*blocks)
    return extract_metadata(list(walk(doc)), doc.title, doc.furniture)


def facts(text: str) -> list[tuple[str, float]]:
    return [(f.kind.value, f.value) for f in extract_facts(text, "Anyshire County Council")
            if f.dropped is None]


# ---------------------------------------------------------------------------
# round 14


def _radio_row(y: float, wording: str, last: str, chosen: int, split: bool = False
               ) -> list[dict]:
    """A requirement's row of an online form printed to PDF, come out as text: the
    wording, last quarter's rating in its column, a radio button under each rating's
    head (x 100, 150, 200, 250); ``split``: the wording wraps, so the row's buttons are
    shared between two lines of text."""
    def radio(k: int, at: int) -> dict:
        return {"kind": "radio_on" if k == chosen else "radio_off", "source": "drawn",
                "at": at, "bbox": [100 + 50 * k, y, 108 + 50 * k, y + 8]}
    page = {"file": "form.pdf", "page": 1}
    if not split:
        return [{"type": "paragraph", "provenance": page, "lines": [
            {"text": f"{wording} {last}", "marks": [radio(k, len(wording)) for k in range(4)],
             "bbox": [10, y, 330, y + 9]}]}]
    head, tail = wording[:len(wording) // 2], wording[len(wording) // 2:]
    return [{"type": "paragraph", "provenance": page, "lines": [
                {"text": head, "marks": [radio(0, len(head)), radio(1, len(head))]}]},
            {"type": "paragraph", "provenance": page, "lines": [
                {"text": last, "marks": [radio(2, 0), radio(3, 0)]}]},
            {"type": "paragraph", "provenance": page, "lines": [{"text": tail.strip()}]}]


def test_radio_buttons_under_a_header_rows_ratings_last_quarters_rating_beside_them():
    def head(text: str, x0: float) -> dict:
        return {"text": text, "provenance": {"file": "form.pdf", "page": 1,
                                             "bbox": [x0, 20, x0 + 50, 30]}}
    header = {"type": "table", "rows": [[
        head("Are all stakeholders engaged?", -240), head("Red", 80), head("Amber/Red", 130),
        head("Amber/Green", 180), head("Green", 230), head("Last\nquarter", 280)]]}
    rec = record(header,
                 *_radio_row(40, REQUIREMENTS[0], "Amber/Green", chosen=3),
                 *_radio_row(60, "The full engagement of Primary Care Trusts and the wider "
                             "health community.", "Red", chosen=1, split=True),
                 *_radio_row(80, REQUIREMENTS[1], "Green", chosen=2),
                 "Section C: Milestone 1")
    got = {r.requirement: r.rating.value for r in rec.requirements}
    # the radio buttons, placed under the heads; never the rating written last quarter
    assert got == {"engagement.service_users": "green", "engagement.health": "amber_red",
                   "engagement.politicians": "amber_green"}


def test_last_quarters_value_beside_a_field_is_no_earlier_return_and_not_read():
    assert find_segments(_doc("Last quarter: Yes", "Very likely   Last quarter: Fairly "
                              "likely", "Previous quarter - for comparison only")
                         ).markers == [((2, -1), EARLIER, "Previous quarter - for comparison "
                                                          "only")]
    rec = record("Milestone 2: Self-directed support and personal budgets",
                 "October 2010", "That all new service users are offered a budget.",
                 "How likely are we to achieve this milestone by October 2010? *",
                 "Fairly unlikely   Last quarter: Very likely",
                 "April 2011", "That at least 30% have a personal budget.",
                 "How likely are we to achieve this milestone by April 2011? *",
                 "-- Please select --   Last quarter: Fairly likely")
    assert cells(rec) == {(2, "2010-10"): (None, "fairly_unlikely")}


def test_two_questions_side_by_side_and_the_next_fields_text_after_the_options():
    rec = record("Milestone 3: Prevention and cost effective services", "April 2010",
                 "That every council has a clear strategy, jointly with health.",
                 {"type": "paragraph", "lines": [
                     {"text": "Has this milestone been achieved? * If not achieved, why not?"},
                     {"text": "Yes No Strategy agreed in principle; sign-off in November",
                      "marks": [{"kind": "radio_off", "at": 0},
                                {"kind": "radio_on", "at": 4}]}]})
    assert cells(rec)[(3, "2010-04")] == ("N", None)


def test_a_labels_value_below_it_a_definition_list_and_a_mandatory_star():
    got = meta(table(["Council *", "Return period *"],
                     ["Anyshire County Council", "Q2 2010/11 (to 30 September 2010)"],
                     ["Completed by", "Date completed *"],
                     ["Programme Manager", "12/10/2010 (dd/mm/yyyy)"]))
    assert got.date_completed == "2010-10-12"
    dl = meta({"type": "paragraph", "text": "Date completed", "style": "dt"},
              {"type": "paragraph", "text": "7 January 2011", "style": "dd"})
    assert dl.date_completed == "2011-01-07"


def test_a_return_for_quarter_ending_label_and_two_labels_joined_by_a_slash():
    assert meta(table(["Return for quarter ending:", "31/12/2010"])).period == "2010-12"
    got = meta(table(["Council", "Anyshire", "Period ending / completed",
                      "31 March 2010 / 16 April 2010"]))
    assert (got.period, got.date_completed) == ("2010-03", "2010-04-16")


def test_a_board_of_a_handful_of_people_and_a_goal_talked_about_are_no_facts():
    assert facts("The Personalisation Board has two people who use services and a carer "
                 "representative.") == []
    assert facts("Three people who use services sit with officers on the panel.") == []
    assert facts("Reaching 30% in a large rural authority is rated fairly unlikely.") == []
    assert facts("Achieving 25% by the spring will need more reviews.") == []
    # a council's caseload is a fact, however it is put
    assert facts("The council supports around 4,600 adults with community-based "
                 "services.") == [("service_users_total", 4600)]


def test_questions_keyed_by_a_first_column_headed_key_questions():
    rec = record(table(["Key questions", "Question", "Answer"],
                       ["Milestone 1", QUESTION, "Achieved: the forum registered."],
                       ["Milestone 2", "Have we started to issue personal budgets?", "Yes"]),
                 table(["Key risks and mitigating actions", "Key risk", "What we are doing"],
                       ["Milestone 2", "Review capacity", "Agency reviewers until March"]))
    assert [(a.milestone, a.answer) for a in rec.answers] == [
        (1, "Achieved: the forum registered."), (2, "Yes")]
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (2, "Review capacity", "Agency reviewers until March")]


def test_a_tables_question_answer_header_row_is_no_answer():
    rec = record("Milestone 5: Local commissioning",
                 table(["Key questions", "Question", "Answer"],
                       ["", "Are we working with providers?", "Yes, via the forum."]))
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("Are we working with providers?", "Yes, via the forum.")]


def test_a_web_pages_own_heading_after_the_returns_table_ends_its_milestone():
    rec = record(table(["Milestone", "Risk to delivery", "Our response"],
                       ["3. Prevention and cost effective services", "NHS reorganisation",
                        "Joint board from August"]),
                 {"type": "paragraph", "lines": [
                     {"text": "Questions people ask us",
                      "spans": [{"start": 0, "end": 23, "style": "bold"}]}]},
                 {"type": "paragraph", "lines": [
                     {"text": "What is a personal budget?",
                      "spans": [{"start": 0, "end": 26, "style": "bold"}]},
                     {"text": "It is the money the council will spend on your support,"},
                     {"text": "worked out after your assessment."}]})
    assert rec.answers == []


def test_an_agenda_items_number_after_the_risks_is_no_risk():
    rec = record("Milestone 5: Local commissioning",
                 table(["Key risk", "Mitigating action"],
                       ["Provider market too small", "Provider workshops"],
                       ["28.", "Adult Social Care Risk Register: to review the register."]))
    assert [r.risk for r in rec.risks] == ["Provider market too small"]


def test_facts_in_a_returns_notes_row_and_in_an_agendas_minutes_beside_a_nested_return():
    settings = Settings()
    titles = ["1. Effective partnerships with people using services",
              "2. Self-directed support and personal budgets",
              "3. Prevention and cost effective services"]
    grid = table(["Milestone", "April 2010 achieved?", "October 2010 likelihood"],
                 *[[t, "Yes", "Very likely"] for t in titles], ["Notes", "", ""],
                 ["874 people had a personal budget at 31 December 2010 (21% of eligible "
                  "service users). The national milestone is at least 30% by April 2011.",
                  "", ""])
    rec = extract_record(_doc(grid), "hand", settings)
    assert cells(rec)[(1, "2010-10")] == (None, "very_likely")
    assert sorted((f.kind.value, f.value) for f in rec.facts) == [
        ("people_with_personal_budget", 874), ("percent_with_personal_budget", 21)]
    nested = {"type": "table", "rows": [grid["rows"][k] for k in range(4)]}
    agenda = {"type": "table", "rows": [
        ["27.", {"text": "Putting People First return. Minutes: The Head of Service advised "
                         "that 2,146 people held a personal budget at 31 March 2011.",
                 "nested": [nested]}]]}
    rec = extract_record(_doc(agenda), "hand", settings)
    assert cells(rec)[(1, "2010-10")] == (None, "very_likely")
    assert [(f.kind.value, f.value) for f in rec.facts] == [
        ("people_with_personal_budget", 2146)]


# ---------------------------------------------------------------------------
# round 15


def test_a_transposed_grids_section_row_asking_how_likely_states_no_status():
    assert tag_text("April 2011 - how likely are we to achieve?").status == (None, None)
    rec = record(table(["Milestone", "1. Effective partnerships", "2. Self-directed support "
                        "and personal budgets", "3. Prevention and cost effective services"],
                       ["October 2010 deliverable achieved?", "", "", ""],
                       ["Yes", "X", "", "X"], ["No", "", "X", ""],
                       ["April 2011 - how likely are we to achieve?", "", "", ""],
                       ["Very likely", "X", "", ""], ["Fairly likely", "", "X", ""],
                       ["Fairly unlikely", "", "", "X"], ["Very unlikely", "", "", ""]))
    assert cells(rec) == {(1, "2010-10"): ("Y", None), (2, "2010-10"): ("N", None),
                          (3, "2010-10"): ("Y", None), (1, "2011-04"): (None, "very_likely"),
                          (2, "2011-04"): (None, "fairly_likely"),
                          (3, "2011-04"): (None, "fairly_unlikely")}


def test_y_n_beside_the_likelihoods_under_each_returns_header():
    tick = "\u221a"
    head = ["Due", {"text": "Quarter 2 return (September 2010)", "col_span": 6},
            None, None, None, None, None,
            {"text": "Quarter 3 return (December 2010)", "col_span": 6},
            None, None, None, None, None]
    codes = ["Due", "Y", "N", "VL", "FL", "FU", "VU", "Y", "N", "VL", "FL", "FU", "VU"]

    def row(due: str, q2: int, q3: int) -> list[str]:
        return [due] + [tick if k == q2 else "" for k in range(6)] + [
            tick if k == q3 else "" for k in range(6)]
    rec = record("Milestone 3: Prevention and cost effective services",
                 table(head, codes, row("Apr-10", 1, 1), row("Oct-10", 4, 1),
                       row("Apr-11", 4, 5)))
    assert cells(rec) == {(3, "2010-04"): ("N", None), (3, "2010-10"): ("N", None),
                          (3, "2011-04"): (None, "very_unlikely")}


def test_achieved_abbreviated_over_its_letter():
    assert tag_text("Ach\nY").option is Option.ACHIEVED
    # 'Achieved N' is the pair's other option: not achieved (round 24: read as the option
    # Achieved, a checked box beside it gave 'Y')
    assert tag_text("Ach. N").option is Option.NOT_ACHIEVED
    assert tag_text("Ach").option is None  # the field's label alone


def test_a_deliverables_cell_with_its_likelihood_on_a_labelled_line():
    def cell(deliverable: str, likelihood: str) -> str:
        return f"{deliverable}\nHow likely to be achieved: {likelihood}"
    rec = record(table(["Milestone", "April 2010", "October 2010"],
                       ["1. Effective partnerships with people using services, carers "
                        "and other local citizens",
                        cell("That a communication has been made.", "Very likely"),
                        cell("That local service users understand the changes.",
                             "Fairly unlikely")],
                       ["2. Self-directed support and personal budgets",
                        cell("That every council has introduced personal budgets.",
                             "Fairly likely"),
                        cell("That all new service users are offered a budget.",
                             "Very unlikely")]))
    assert cells(rec) == {(1, "2010-04"): (None, "very_likely"),
                          (1, "2010-10"): (None, "fairly_unlikely"),
                          (2, "2010-04"): (None, "fairly_likely"),
                          (2, "2010-10"): (None, "very_unlikely")}


def test_the_latest_of_two_completion_dates_and_a_heading_naming_two_months():
    got = meta(table(["Return", "Quarter 2: to 30 September 2010",
                      "Quarter 3: to 31 December 2010"],
                     ["Date completed", "11/10/2010", "13/01/2011"]))
    assert got.date_completed == "2011-01-13"
    assert meta("Appendix 1 - Putting People First milestones: September 2010 and "
                "December 2010 returns").period is None
    assert meta("Putting People First milestones letter, DH/ADASS/LGA, September "
                "2009.").period is None
    assert meta("Progress with Putting People First milestones - December 2010"
                ).period == "2010-12"


def test_a_councils_name_in_capitals_keeps_its_joining_words():
    assert meta("ROYAL BOROUGH OF KINGSTON UPON THAMES").council == "Kingston upon Thames"
    assert meta("STOCKTON-ON-TEES BOROUGH COUNCIL").council == "Stockton-on-Tees"


def test_a_heading_with_a_returns_title_is_no_question_and_no_answer():
    rec = record("Milestone 5: Local commissioning",
                 "Key questions \u2013 December 2010 return",
                 "Key risks and mitigating actions \u2013 December 2010 return")
    assert rec.answers == []


def test_a_row_saying_there_are_no_risks_is_no_risk():
    rec = record("Milestone 1: Effective partnerships",
                 table(["Key risk", "Mitigating action"],
                       [{"text": "No key risks recorded this quarter.", "col_span": 2}]),
                 "Milestone 2: Self-directed support",
                 table(["Key risk", "Mitigating action"], ["None identified", ""]))
    assert rec.risks == []


def test_a_part_of_the_figure_before_is_no_total():
    assert facts("At 30 September 2010, 642 people were in receipt of a personal budget, "
                 "of whom 310 take all or part of it as a direct payment.") == [
        ("people_with_personal_budget", 642)]


def test_answers_under_a_header_naming_who_responds():
    rec = record(table(["Milestone", "Key question", "Anyshire response"],
                       ["2", "Have we started to issue personal budgets?", "Yes"]))
    assert [(a.milestone, a.answer) for a in rec.answers] == [(2, "Yes")]



# ---------------------------------------------------------------------------
# round 16


def test_boxes_side_by_side_under_three_deadlines_give_no_one_deadline():
    from ppfextract.extractors.labels import deadline_of
    assert deadline_of("Apr 2010 Oct 2010 Apr 2011") is None
    assert deadline_of("April 2011 (by December 2010)").value == "2011-04"
    radio = "\u25cf"
    rec = record("Milestone 4: Information and advice",
                 table([f"Apr 2010 Oct 2010 Apr 2011\nA strategy is in place. Arrangements "
                        f"are in place.\n{radio} Very likely {radio} Very likely\n"
                        f"\u25cb Fairly likely \u25cb Fairly likely"]))
    assert cells(rec) == {}


def _struck(text: str) -> dict:
    return {"type": "paragraph", "style": "List Bullet", "lines": [
        {"text": text, "spans": [{"start": 0, "end": len(text), "style": "struck"}]}]}


def _bullet(text: str) -> dict:
    return {"type": "paragraph", "style": "List Bullet", "text": text}


def test_options_a_bullet_each_the_ones_not_chosen_struck_and_labelled_risk_bullets():
    rec = record({"type": "paragraph", "style": "Heading 2",
                  "text": "Milestone 3: Prevention and cost effective services"},
                 "April 2010 \u2013 A clear strategy, jointly with health, for prevention.",
                 _bullet("Achieved"), _struck("Not achieved"),
                 "October 2010 \u2013 Processes are in place to monitor the shift.",
                 _struck("Achieved"), _bullet("Not achieved"),
                 _bullet("Reason not achieved: monitoring only partly in place"),
                 "April 2011 \u2013 Evidence that cashable savings have been released.",
                 _struck("Very likely"), _struck("Fairly likely"), _bullet("Fairly unlikely"),
                 _struck("Very unlikely"),
                 _bullet("Key risk: Reablement savings are not cashable this year"),
                 _bullet("Mitigating action: Savings recognised in next year's budget"),
                 {"type": "paragraph", "style": "Heading 2", "text": "Appendix B: Carers"},
                 "April 2011 \u2013 Carers' centre re-commissioned by the council.",
                 _bullet("Very likely"), _struck("Fairly likely"))
    assert cells(rec) == {(3, "2010-04"): ("Y", None), (3, "2010-10"): ("N", None),
                          (3, "2011-04"): (None, "fairly_unlikely")}
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (3, "Reablement savings are not cashable this year",
         "Savings recognised in next year's budget")]


def test_a_value_after_its_label_is_not_a_one_option_list():
    rec = record("Milestone 2: Self-directed support", "April 2010", "Achieved?", "Yes",
                 "October 2010", "Achieved?", "No")
    assert cells(rec) == {(2, "2010-04"): ("Y", None), (2, "2010-10"): ("N", None)}


def test_options_run_together_one_bold_the_others_greyed():
    words = "Very likely Fairly likely Fairly unlikely Very unlikely"

    def chosen(start: int, end: int) -> dict:
        spans = [{"start": start, "end": end, "style": "bold"}]
        if start:
            spans.append({"start": 0, "end": start - 1, "style": "faint"})
        if end < len(words):
            spans.append({"start": end + 1, "end": len(words), "style": "faint"})
        return {"lines": [{"text": words, "spans": spans}]}
    rec = record(table(["Milestone", "Deadline", "How likely are we to achieve this "
                        "milestone by this date?"],
                       ["1. Effective partnerships with people using services", "April 2011",
                        chosen(12, 25)],
                       ["2. Self-directed support and personal budgets", "April 2011",
                        chosen(0, 11)],
                       ["3. Prevention and cost effective services", "April 2011",
                        chosen(26, 41)]))
    assert cells(rec) == {(1, "2011-04"): (None, "fairly_likely"),
                          (2, "2011-04"): (None, "very_likely"),
                          (3, "2011-04"): (None, "fairly_unlikely")}


def test_a_caption_over_yes_no_columns_is_no_option_of_its_own():
    fill = {"text": "", "fill": "1D4F91"}
    rec = record(table(["Milestone", "Deadline", {"text": "Achieved", "col_span": 2}, None],
                       ["Milestone", "Deadline", "Yes", "No"],
                       ["1. Effective partnerships with people using services", "April 2010",
                        fill, ""],
                       ["2. Self-directed support and personal budgets", "April 2010", "",
                        fill],
                       ["3. Prevention and cost effective services", "April 2010", fill, ""]))
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (2, "2010-04"): ("N", None),
                          (3, "2010-04"): ("Y", None)}


def test_the_returns_own_fields_in_a_questions_table_and_a_mitigations_second_line():
    rec = record("Milestone 2: Self-directed support and personal budgets",
                 table(["Key questions", "Answer"],
                       ["Have we started to issue personal budgets?", "Yes"],
                       ["When will it be\nachieved?", "June 2011"]),
                 table(["Key risk", "Mitigating action"],
                       ["Reduction in PCT funding", "Joint agreement being renegotiated"],
                       ["", "Joint agreement being renegotiated"]))
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("Have we started to issue personal budgets?", "Yes")]
    assert [(r.risk, r.mitigation) for r in rec.risks] == [
        ("Reduction in PCT funding", "Joint agreement being renegotiated")]


def test_a_row_cut_by_the_page_break_with_its_label_going_on():
    """LibreOffice Writer's PDF of a Word return whose likelihood row breaks across the
    page: the label and the struck options go on at the top of the next page in lower
    case; the row is joined, and its options, wrapped over four lines, read as one."""
    import ppfextract

    from .conftest import DATA

    rec = ppfextract.extract(DATA / "pdf" / "writer-row-cut-across-pages-label-goes-on.pdf",
                             Settings(facts=False))
    # 'unlikely' at the top of the page is no likelihood of its own; April 2011, with
    # nothing struck, is no choice
    assert cells(rec) == {(5, "2010-04"): ("Y", None), (5, "2010-10"): (None, "fairly_unlikely")}


def test_tables_nested_under_a_columns_deadline_header():
    tick = "\u2714"

    def options(chosen: str) -> dict:
        return {"type": "table", "rows": [[o, tick if o == chosen else ""] for o in (
            "Achieved", "Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely")]}
    dates = {"type": "table", "rows": [
        ["April 2010", "October 2010", "April 2011"],
        ["That a communication has been made.", "That local users understand.",
         "That a user-led organisation contributes."],
        [{"text": "", "nested": [options("Achieved")]},
         {"text": "", "nested": [options("Fairly likely")]},
         {"text": "", "nested": [options("Very unlikely")]}]]}
    rec = record(table(["Milestone 1", "Effective partnerships with people using services, "
                        "carers and other local citizens"],
                       ["Key dates, deliverables and progress", {"text": "",
                                                                 "nested": [dates]}]))
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): (None, "fairly_likely"),
                          (1, "2011-04"): (None, "very_unlikely")}


def test_a_filled_box_among_empty_boxes_under_deadlines_asking_how_likely():
    box, filled = "\u2610", {"text": "", "fill": "000000"}

    def row(title: str, oct_pick: int, apr_pick: int) -> list:
        return [title] + [filled if k == oct_pick else box for k in range(4)] + [
            filled if k == apr_pick else box for k in range(4)]
    rec = record(table(["Milestone",
                        {"text": "October 2010\nHow likely are we to achieve this by this "
                                 "date?", "col_span": 4}, None, None, None,
                        {"text": "April 2011\nHow likely are we to achieve this by this "
                                 "date?", "col_span": 4}, None, None, None],
                       ["Milestone", "VL", "FL", "FU", "VU", "VL", "FL", "FU", "VU"],
                       row("1 Effective partnerships with people using services", 0, 1),
                       row("2 Self-directed support and personal budgets", 1, 1),
                       row("3 Prevention and cost effective services", 2, 2)))
    assert cells(rec) == {(1, "2010-10"): (None, "very_likely"),
                          (1, "2011-04"): (None, "fairly_likely"),
                          (2, "2010-10"): (None, "fairly_likely"),
                          (2, "2011-04"): (None, "fairly_likely"),
                          (3, "2010-10"): (None, "fairly_unlikely"),
                          (3, "2011-04"): (None, "fairly_unlikely")}


def test_options_a_line_each_with_nothing_struck_stay_unread_with_a_warning():
    def options(struck: int | None) -> dict:
        words = ["Very likely /", "Fairly likely /", "Fairly unlikely /", "Very unlikely"]
        return {"lines": [{"text": w, "spans": [] if struck is None or k == struck else [
            {"start": 0, "end": len(w.rstrip(" /")), "style": "struck"}]}
            for k, w in enumerate(words)]}
    yes = {"lines": [{"text": "Yes / No", "spans": [{"start": 6, "end": 8,
                                                     "style": "struck"}]}]}
    rec = record(table(["Milestone", "October 2010\nAchieved?", "April 2011\nHow likely are "
                        "we to achieve this milestone by this date?"],
                       ["Milestone 1: Effective partnerships with people using services",
                        yes, options(1)],
                       ["Milestone 2: Self-directed support and personal budgets", yes,
                        options(None)],
                       ["Milestone 3: Prevention and cost effective services", yes,
                        options(3)]))
    assert cells(rec) == {(1, "2010-10"): ("Y", None), (2, "2010-10"): ("Y", None),
                          (3, "2010-10"): ("Y", None), (1, "2011-04"): (None, "fairly_likely"),
                          (3, "2011-04"): (None, "very_unlikely")}
    assert "milestone 2 2011-04: no option is marked (likelihood)" in rec.warnings


# ---------------------------------------------------------------------------
# round 17


def test_a_lists_modified_timestamps_are_no_deadlines_and_yes_no_answers_no_options():
    from ppfextract.extractors.labels import deadline_of
    assert deadline_of("05/04/2011 16:25") is None
    assert deadline_of("31/03/2011").value == "2011-04"
    rows = [["Status", "Title", "Deadline", "Achieved?", "Likelihood", "Modified"]]
    for m, title in ((1, "1. Effective partnerships with people using services"),
                     (2, "2. Self-directed support and personal budgets"),
                     (3, "3. Prevention and cost effective services")):
        rows.append([{"text": f"Milestone : {title}", "col_span": 6}, None, None, None,
                     None, None])
        rows.append(["", f"M{m} - Apr-10", "April 2010", "Yes", "", "05/04/2011 16:25"])
        rows.append(["", f"M{m} - Oct-10", "October 2010", "No" if m == 2 else "Yes", "",
                     "06/04/2011 09:03"])
    rec = record(table(*rows))
    # whatever is read, 'Yes' under 'Achieved?' is never the 'No' option's mark
    assert all(a == "Y" for (m, d), (a, _) in cells(rec).items() if (m, d) != (2, "2010-10"))
    assert cells(rec).get((2, "2010-10"), ("N", None))[0] == "N"


def test_every_option_in_a_shade_of_grey_picks_none():
    from ppfextract.extractors.selection import filled_out
    assert filled_out(["333333", "333333", "333333", "5A5A5A"]) == []
    assert filled_out([None, None, "BFBFBF", None]) == [2]  # grey shading on white picks


def test_a_risk_and_its_mitigation_in_one_labelled_paragraph():
    rec = record("Milestone 2: Self-directed support and personal budgets",
                 "Key risk: Demand for reviews exceeds capacity Mitigating action: A "
                 "temporary review team.")
    assert [(r.risk, r.mitigation) for r in rec.risks] == [
        ("Demand for reviews exceeds capacity", "A temporary review team.")]


def test_options_after_a_label_in_a_paragraph_one_struck_or_bold():
    def line(text: str, start: int, end: int, style: str) -> dict:
        return {"type": "paragraph", "lines": [{"text": text, "spans": [
            {"start": start, "end": end, "style": style}]}]}
    likely = "How likely by this date? Very likely / Fairly likely / Fairly unlikely"
    rec = record("Milestone 4 \u2013 Information and advice",
                 "April 2010: That every council has a strategy in place.",
                 line("Achieved: Yes / No", 16, 18, "struck"),
                 "October 2010: That the council has put arrangements in place.",
                 line(likely, 39, 52, "bold"),
                 "Q. Do we have a strategy for universal access? Yes, agreed in 2009.")
    assert cells(rec) == {(4, "2010-04"): ("Y", None), (4, "2010-10"): (None, "fairly_likely")}
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("Do we have a strategy for universal access?", "Yes, agreed in 2009.")]


def test_the_councils_name_as_the_spec_writes_it():
    assert meta("Hull City Council", "Quarterly return").council == "Kingston upon Hull"


# ---------------------------------------------------------------------------
# round 18


def test_headings_and_header_rows_are_no_risks():
    rec = record("Milestone 5: Local commissioning",
                 table(["Key risk", "Mitigating action"],
                       ["Providers leave the market", "Provider forum"],
                       ["Underpinning requirements", ""],
                       ["Requirement", "Rating (Red, Amber/Red, Amber/Green, Green)"],
                       ["Mitigating actions", ""]))
    assert [(r.risk, r.mitigation) for r in rec.risks] == [
        ("Providers leave the market", "Provider forum")]


def test_council_names_with_their_lead_or_a_label_after_them():
    assert meta("Council: City of London Corporation").council == "City of London"
    assert meta("Council: Royal Borough of Windsor and Maidenhead Return completed: "
                "12/10/2010").council == "Windsor and Maidenhead"
    assert meta("Council: Anyshire Metropolitan Borough Council. December return "
                "completed: 06-Jan-2011.").council == "Anyshire"


# ---------------------------------------------------------------------------
# round 19


def test_achieved_yes_over_achieved_no_are_the_options_offered_not_a_status():
    # a scorecard's panel per deadline, its tick drawn beside one option (not seen here):
    # the printed 'Achieved: No' under 'Achieved: Yes' is an option, not the answer
    column = ["Achieved: Yes", "Achieved: No", "Very likely", "Fairly likely",
              "Fairly unlikely", "Very unlikely"]
    rows = [["Milestone 2"] + [column[0]] * 3,
            ["Self-directed support and personal"] + [column[1]] * 3,
            ["budgets"] + [column[2]] * 3] + [[""] + [c] * 3 for c in column[3:]]
    rec = record("Milestone 2: Self-directed support and personal budgets",
                 table(["", "April 2010", "October 2010", "April 2011"]), table(*rows))
    assert cells(rec) == {}


def test_a_decoy_tables_due_date_before_the_returns_heading_is_no_period():
    got = meta(table(["Extra Care milestone", "Due", "Status"],
                     ["Contractor appointed", "April 2011", "Red"],
                     ["First tenants", "October 2011", "Amber"]),
               "Appendix 1 - Putting People First Milestones: Quarter 2 return (to 30 "
               "September 2010)")
    assert got.period == "2010-09"


def test_a_fields_label_with_its_options_is_no_key_question_and_on_what_date_is_one():
    rec = record("Milestone 4: Information and advice", "Key questions",
                 "April 2011 - how likely are we to achieve this Very likely Fairly likely "
                 "Fairly unlikely Very unlikely milestone by this date? Fairly likely",
                 "Milestone 4 \u2013 On what date is it expected this strategy will be "
                 "delivered? In September 2010.")
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("On what date is it expected this strategy will be delivered?",
         "In September 2010.")]


def test_a_risk_and_its_action_labelled_in_one_line_and_the_department_capitalised():
    rec = record("Milestone 3: Prevention and cost effective services",
                 "Key questions",
                 "Risk: PCT recovery plan withdraws funding Action: Joint review with the PCT")
    assert [(r.risk, r.mitigation) for r in rec.risks] == [
        ("PCT recovery plan withdraws funding", "Joint review with the PCT")]
    assert facts("Around 230 people hold a personal budget. Nationally the Department "
                 "expects 30% of eligible people to have one by April 2011.") == [
        ("people_with_personal_budget", 230)]
