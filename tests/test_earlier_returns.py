"""Blind round 4's general lessons, on hand-written documents (no file, no reader):
an earlier return shown 'for comparison' gives nothing; a column headed 'previous' is
history; a milestone label written once stands for the rows under it; a written rating
outranks a cell's colour; financial quarters name months; 'Key risk' rows among
questions are risks; a page heading asking a question is no key question."""

from __future__ import annotations

import pytest

from ppfextract.extractors import extract_record
from ppfextract.framework import Likelihood, financial_quarter, parse_deadline, parse_month

from .handdocs import NO_FACTS, cells, record, table

TITLES = ["Effective partnerships with people using services, carers and other local citizens",
          "Self-directed support and personal budgets",
          "Prevention and cost effective services"]





def test_financial_quarters_name_the_month_they_end():
    assert financial_quarter("Quarter 3 2010/11 return") == (2010, 12)
    assert financial_quarter("q4 2009-10") == (2010, 3)
    assert financial_quarter("2010/11 Q1") == (2010, 6)
    assert financial_quarter("Q2 2010/12") is None  # not one financial year
    assert parse_month("Position: Q2 2010-11") == (2010, 9)
    # '2010-11' alone is a financial year as often as November: no month
    assert parse_month("the 2010-11 budget") is None
    assert parse_month("2011-04") == (2011, 4)
    # the quarter ending March 2010 is the one whose deliverables fall due in April
    assert parse_deadline("Q4 2009/10").value == "2010-04"


def test_a_return_shown_for_comparison_gives_nothing():
    rows = lambda a, b, c: table(  # noqa: E731
        ["Milestone", "April 2010", "October 2010", "April 2011"],
        [TITLES[0], a[0], a[1], a[2]], [TITLES[1], b[0], b[1], b[2]],
        [TITLES[2], c[0], c[1], c[2]])
    rec = record(
        "Putting People First: Quarter 3 2010/11 return",
        rows(("Achieved", "Achieved", "Very likely"), ("Achieved", "Not achieved",
             "Fairly likely"), ("Achieved", "Achieved", "Fairly unlikely")),
        "Table 3: previous quarter (to 30 September 2010) - for comparison only",
        rows(("Achieved", "Very likely", "Fairly likely"), ("Achieved", "Fairly likely",
             "Fairly unlikely"), ("Achieved", "Very likely", "Very unlikely")))
    got = cells(rec)
    assert got[(1, "2010-10")] == ("Y", None)
    assert got[(2, "2010-10")] == ("N", None)
    assert got[(2, "2011-04")] == (None, "fairly_likely")
    assert got[(3, "2011-04")] == (None, "fairly_unlikely")
    assert any("earlier return" in w for w in rec.warnings)


def test_an_earlier_return_with_nothing_else_is_still_read():
    rec = record("Last quarter's return, for comparison",
                 table(["Milestone", "April 2010", "October 2010"],
                       [TITLES[0], "Achieved", "Very likely"],
                       [TITLES[1], "Not achieved", "Fairly likely"]))
    assert cells(rec)[(1, "2010-04")] == ("Y", None)


def test_a_column_headed_previous_is_history_and_a_label_stands_for_its_rows():
    rec = record(table(
        ["Ref", "Milestone", "Deadline", "Achieved?", "Likelihood", "Sep-10 return (previous)"],
        ["1a", TITLES[0], "Apr-10", "Yes", "n/a", "Yes"],
        ["1b", "", "Oct-10", "No", "Fairly likely", "Very likely"],
        ["1c", "", "Apr-11", "Not yet due", "Very likely", "Fairly unlikely"],
        ["2a", TITLES[1], "Apr-10", "Yes", "n/a", "Yes"],
        ["2b", "", "Oct-10", "Yes", "n/a", "Fairly likely"],
        ["2c", "", "Apr-11", "Not yet due", "Fairly unlikely", "Fairly likely"]))
    got = cells(rec)
    assert got[(1, "2010-04")] == ("Y", None)
    assert got[(1, "2010-10")] == ("N", "fairly_likely")
    assert got[(1, "2011-04")] == (None, "very_likely")
    assert got[(2, "2010-10")] == ("Y", None)
    assert got[(2, "2011-04")] == (None, "fairly_unlikely")


REQUIREMENTS = ["The full engagement of all service users and carers",
                "The full engagement of local politicians",
                "Financial systems which support the delivery of personal budgets"]


def test_the_current_rating_column_and_words_before_colour():
    light_green = "D8E4BC"  # one palette's Amber/Green, another's Green
    rec = record(table(
        ["Requirement", "Previous RAG (Sep-10)", "Current RAG (Dec-10)", "Commentary"],
        [REQUIREMENTS[0], "Amber-Red", {"text": "Amber-Green", "fill": light_green}, "Better."],
        [REQUIREMENTS[1], "Green", {"text": "Green", "fill": "00B050"}, ""],
        [REQUIREMENTS[2], "Amber-Green", {"text": "Red", "fill": "C00000"}, "Suspended."]))
    got = {r.requirement: r.rating.value for r in rec.requirements}
    assert got == {"engagement.service_users": "amber_green",
                   "engagement.politicians": "green",
                   "arrangements.financial_systems": "red"}


def test_key_risk_rows_among_questions_are_a_risk():
    rec = record(
        "Milestone 2: Self-directed support and personal budgets",
        table(["Have we started to issue personal budgets?", "Yes, 96 people hold one."],
              ["Key risk", "Financial systems not ready to pay personal budgets"],
              ["Mitigating action", "Interim manual payments agreed with Finance"]))
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("Have we started to issue personal budgets?", "Yes, 96 people hold one.")]
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (2, "Financial systems not ready to pay personal budgets",
         "Interim manual payments agreed with Finance")]


def test_a_page_heading_or_a_requirements_heading_asking_a_question_is_no_key_question():
    rec = record(
        "Milestone 5: Local commissioning",
        {"type": "paragraph", "text": "How ready are we?", "style": "h2"},
        "Councils rate each requirement red, amber/red, amber/green or green.",
        "Are all stakeholders fully engaged and supportive?",
        "The full engagement of all service users.",
        {"type": "paragraph", "text": "What are we planning to do next?", "style": "dt"},
        "Publish the joint commissioning strategy in November.")
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("What are we planning to do next?", "Publish the joint commissioning strategy in "
                                              "November.")]


def test_milestone_codes_delivered_and_confidence_columns_and_quarter_rows():
    rows = [["Ref", "Delivered?", "Confidence of delivery", "Commentary"],
            ["Due in Q4 2009/10", None, None, None]]
    rows += [[f"M{m}", "Yes" if m != 3 else "No", "-", ""] for m in range(1, 6)]
    rows += [["Due in Q2 2010/11", None, None, None]]
    rows += [[f"M{m}", "Not yet due", lik, ""] for m, lik in
             zip(range(1, 6), ["Very likely", "Fairly likely", "Fairly unlikely",
                               "Very likely", "Fairly likely"], strict=True)]
    for r in rows:  # the title rows span the table
        if r[1] is None:
            r[0] = {"text": r[0], "col_span": 4}
    rec = record(table(*rows))
    got = cells(rec)
    assert got[(3, "2010-04")] == ("N", None)
    assert got[(5, "2010-04")] == ("Y", None)
    assert got[(3, "2010-10")] == (None, "fairly_unlikely")
    assert got[(4, "2010-10")] == (None, "very_likely")
    assert len(got) == 10


def test_a_list_views_grouped_tables_sort_arrows_and_hidden_columns(tmp_path):
    head = ("<tr><th style='display:none'>ID</th><th>Title\u25b2\u25bc</th><th>Due\u25b2\u25bc</th>"
            "<th>Complete (Yes/No)\u25b2\u25bc</th><th>Confidence\u25b2\u25bc</th>"
            "<th style='display:none'>Confidence Q3</th></tr>")
    groups = [("1. Effective partnerships with people using services, carers and other "
               "local citizens (3)", [("Yes", "", "Fairly likely"), ("", "VL", "FL")]),
              ("4. Information and advice (3)", [("No", "FU", "VL"), ("", "VU", "FL")])]
    html = "<html><body><h1>PPF milestones</h1>"
    for title, rows in groups:
        html += f"<table><tr><td colspan='6'>Milestone : {title}</td></tr>{head}"
        for due, (done, conf, hidden) in zip(["01/10/2010", "01/04/2011"], rows, strict=True):
            html += (f"<tr><td style='display:none'>7</td><td>A deliverable</td><td>{due}</td>"
                     f"<td>{done}</td><td><abbr title='x'>{conf}</abbr></td>"
                     f"<td style='display:none'>{hidden}</td></tr>")
        html += "</table>"
    path = tmp_path / "list.html"
    path.write_text(html + "</body></html>", encoding="utf-8")
    from ppfextract.readers import read
    rec = extract_record(read(path, NO_FACTS), "list", NO_FACTS)
    assert cells(rec) == {(1, "2010-10"): ("Y", None), (1, "2011-04"): (None, "very_likely"),
                          (4, "2010-10"): ("N", "fairly_unlikely"),
                          (4, "2011-04"): (None, "very_unlikely")}


def test_option_columns_run_on_past_section_title_rows():
    head = ["No.", "Deadline", "Deliverable", "Achieved", "Very likely", "Fairly likely",
            "Fairly unlikely", "Very unlikely"]
    rows = [head]
    marks = {1: ["\u2713", "\u2713", ",1"], 2: ["\u2713", "\u2717,2", ",2"]}
    for m, title in ((1, TITLES[0]), (2, TITLES[1])):
        rows.append([{"text": f"Milestone {m}: {title}", "col_span": 8}] + [None] * 7)
        for deadline, spec in zip(["April 2010", "October 2010", "April 2011"], marks[m],
                                  strict=True):
            achieved, _, option = spec.partition(",")
            row = [str(m), deadline, "A deliverable", achieved, "", "", "", ""]
            if option:
                row[3 + int(option)] = "\u2713"
            rows.append(row)
    got = cells(record(table(*rows)))
    assert got == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("Y", None),
                   (1, "2011-04"): (None, "very_likely"), (2, "2010-04"): ("Y", None),
                   (2, "2010-10"): ("N", "fairly_likely"),
                   (2, "2011-04"): (None, "fairly_likely")}


MATRIX_HEAD = ["Deadline", "1. Partnerships with users, carers and citizens",
               "2. Self-directed support & personal budgets",
               "3. Prevention & cost-effective services", "4. Information & advice",
               "5. Local commissioning"]


def test_status_words_a_key_defines_and_a_milestone_numbered_among_its_siblings():
    rec = record(
        table(MATRIX_HEAD, ["April 2010", "Achieved", "Achieved", "On track", "At risk",
                            "Achieved"],
              ["October 2010", "On track", "At risk", "On track", "Not due", "Not due"]),
        "Key",
        table(["Achieved", "The milestone has been met."],
              ["On track", "Fairly likely to be met by the deadline."],
              ["At risk", "Fairly unlikely to be met by the deadline."],
              ["Not due", "Not yet assessed."]))
    assert cells(rec) == {
        (1, "2010-04"): ("Y", None), (2, "2010-04"): ("Y", None),
        (3, "2010-04"): (None, "fairly_likely"), (4, "2010-04"): (None, "fairly_unlikely"),
        (5, "2010-04"): ("Y", None), (1, "2010-10"): (None, "fairly_likely"),
        (2, "2010-10"): (None, "fairly_unlikely"), (3, "2010-10"): (None, "fairly_likely")}


def test_a_key_in_a_paragraph_and_words_no_key_defines():
    rec = record(
        "Status key: On track = fairly likely to be achieved; Slipping = fairly unlikely "
        "to be achieved",
        table(MATRIX_HEAD, ["October 2010", "On track", "Slipping", "Amber", "Achieved",
                            "Delayed"]))
    assert cells(rec) == {(1, "2010-10"): (None, "fairly_likely"),
                          (2, "2010-10"): (None, "fairly_unlikely"),
                          (4, "2010-10"): ("Y", None)}


def test_an_earlier_matrix_repeated_below_for_comparison_is_not_mixed_in():
    current = table(MATRIX_HEAD, ["April 2010", "Achieved", "Achieved", "Fairly likely",
                                  "Fairly unlikely", "Achieved"])
    earlier = table(MATRIX_HEAD, ["April 2010", "Very likely", "Fairly likely",
                                  "Fairly likely", "Very unlikely", "Fairly likely"])
    rec = record("Table 1: milestones, position at 31 March 2010", current,
                 "4. Progress", "For comparison, the position reported for the quarter "
                 "ending 31 December 2009 is repeated below. It has been superseded.", earlier)
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (2, "2010-04"): ("Y", None),
                          (3, "2010-04"): (None, "fairly_likely"),
                          (4, "2010-04"): (None, "fairly_unlikely"), (5, "2010-04"): ("Y", None)}
    # with nothing saying the second is an earlier one, an achieved cell takes no
    # likelihood from another table, and differing likelihoods give nothing
    rec = record(current, earlier)
    got = cells(rec)
    assert got[(1, "2010-04")] == ("Y", None) and (4, "2010-04") not in got
    assert any("a likelihood in another" in w for w in rec.warnings)


def test_a_status_in_the_first_clause_or_after_a_word_of_no_status():
    from ppfextract.extractors.labels import parse_status
    assert parse_status("Very likely: the forum is constituted and meets in April.") == \
        (None, Likelihood.VERY_LIKELY)
    assert parse_status("Slipped: not achieved by the deadline, because the directory was "
                        "not live until January") == ("N", None)
    assert parse_status("Partly met, so not achieved: the statement was delayed by the fee "
                        "review. We think it fairly likely by July 2011") == \
        ("N", Likelihood.FAIRLY_LIKELY)
    # a lone 'likely' in an explanation is no likelihood; nor is a status named later on
    assert parse_status("Delayed: we think it likely by June, the board heard at length from "
                        "the programme manager about the reasons") == (None, None)
    assert parse_status("Under review; the board will decide whether it was achieved") == \
        (None, None)


def test_deadline_lines_under_a_milestone_title_with_status_words():
    rec = record(
        "Milestone return",
        "Effective partnerships with people using services, carers and other local citizens",
        "April 2010 \u2014 Achieved", "October 2010 \u2014 Met",
        "April 2011 \u2014 Very likely: the user-led organisation is constituted and will "
        "hold its launch event in April, after a year of work with the carers' forum.",
        "Self-directed support and personal budgets",
        "April 2010 \u2014 Completed (first personal budgets issued in November 2009)",
        "October 2010 \u2014 Slipped: not achieved by the deadline, because reviews ran late",
        "April 2011 \u2014 Fairly unlikely: 27% of eligible people had a personal budget")
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("Y", None),
                          (1, "2011-04"): (None, "very_likely"), (2, "2010-04"): ("Y", None),
                          (2, "2010-10"): ("N", None), (2, "2011-04"): (None, "fairly_unlikely")}


def test_a_deadline_status_table_under_each_listed_milestone():
    blocks: list = [{"type": "paragraph", "text": "Milestones", "style": "h2"}]
    for title, statuses in ((TITLES[0], ["Met", "Met", "Met"]),
                            (TITLES[1], ["Met", "Completed",
                                         "Not met \u2013 expected by June 2011 (fairly likely)"])):
        blocks.append({"type": "paragraph", "text": title, "style": "li"})
        blocks.append(table(["Deadline", "Status"],
                            *[[d, s] for d, s in zip(["April 2010", "October 2010", "April 2011"],
                                                     statuses, strict=True)]))
    got = cells(record(*blocks))
    assert got == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("Y", None),
                   (1, "2011-04"): ("Y", None), (2, "2010-04"): ("Y", None),
                   (2, "2010-10"): ("Y", None), (2, "2011-04"): ("N", "fairly_likely")}


def test_requirements_run_together_each_with_a_dash_and_its_rating():
    rec = record(
        "4.4 The underpinning requirements were self-assessed as follows: The full "
        "engagement of all service users. \u2014 Amber/Green The full engagement of local "
        "politicians. \u2014 Green Financial systems which support the delivery of personal "
        "budgets. \u2014 Red 4.5 Red ratings reflect the absence of a workforce strategy.")
    got = {r.requirement: r.rating.value for r in rec.requirements}
    assert got == {"engagement.service_users": "amber_green", "engagement.politicians": "green",
                   "arrangements.financial_systems": "red"}


@pytest.mark.parametrize("group", ["div", "span"])
def test_toggle_buttons_of_an_html_page_are_the_choices(tmp_path, group):
    def buttons(options: list[str], on: str) -> str:
        return f"<{group} role='group'>" + "".join(
            f"<button type='button' aria-pressed='{'true' if o == on else 'false'}' disabled>"
            f"{o}</button>" for o in options) + f"</{group}>"
    ratings = ["Red", "Amber/Red", "Amber/Green", "Green"]
    html = ("<html><body><div class='card'><div>Milestone 2</div>"
            "<h2>Self-directed support and personal budgets</h2>"
            "<h3>April 2010</h3><p>Personal budgets introduced and being used.</p>"
            f"<div>Achieved? {buttons(['Yes', 'No'], 'Yes')}</div>"
            "<h3>October 2010</h3><p>All new service users are offered a personal budget.</p>"
            f"<div>Achieved? {buttons(['Yes', 'No'], 'No')}</div></div>"
            "<h2>Underpinning requirements</h2>"
            f"<div><p>The full engagement of local politicians.</p>{buttons(ratings, 'Green')}"
            "</div><div><p>Financial systems which support the delivery of personal budgets."
            f"</p>{buttons(ratings, 'Amber/Red')}</div>"
            "<p>Was this page useful?</p>" + buttons(["Yes", "No"], "Yes")
            + "</body></html>")
    path = tmp_path / "cards.html"
    path.write_text(html, encoding="utf-8")
    from ppfextract.readers import read
    rec = extract_record(read(path, NO_FACTS), "cards", NO_FACTS)
    assert cells(rec) == {(2, "2010-04"): ("Y", None), (2, "2010-10"): ("N", None)}
    assert {r.requirement: r.rating.value for r in rec.requirements} == {
        "engagement.politicians": "green", "arrangements.financial_systems": "amber_red"}


def test_a_key_of_symbols_reads_the_values_written_with_them():
    stars = {4: "Very likely", 3: "Fairly likely", 2: "Fairly unlikely", 1: "Very unlikely"}
    key = table(*[["\u2605" * n + "\u2606" * (4 - n), words] for n, words in stars.items()])
    rec = record(
        "Key to the star ratings", key,
        {"type": "paragraph", "text": "Milestone 2", "style": "div"},
        {"type": "paragraph", "text": "Self-directed support and personal budgets", "style": "h2"},
        {"type": "paragraph", "text": "October 2010", "style": "h3"},
        "All new service users are offered a personal budget.",
        "How likely by this date? \u2605\u2605\u2605\u2606",
        {"type": "paragraph", "text": "April 2011", "style": "h3"},
        "At least 30% of eligible service users have a personal budget.",
        "How likely by this date? \u2605\u2606\u2606\u2606",
        table(["Milestone", "Deadline", "Confidence"],
              ["Information and advice", "October 2010", "\u2605\u2605\u2605\u2605"],
              ["Local commissioning", "October 2010", "\u2605\u2605\u2606\u2606"],
              ["Prevention and cost effective services", "October 2010", "\u2605\u2605"]))
    assert cells(rec) == {(2, "2010-10"): (None, "fairly_likely"),
                          (2, "2011-04"): (None, "very_unlikely"),
                          (4, "2010-10"): (None, "very_likely"),
                          (5, "2010-10"): (None, "fairly_unlikely")}


def test_a_completion_date_in_a_long_paragraph_and_a_status_at_a_date():
    rec = record(
        "The Putting People First programme ends in April 2011. This is the last quarterly "
        "return to the regional partnership, and it sets out where the council stands on "
        "each of the five milestones and the twelve underpinning requirements. It was "
        "completed by the Personalisation Programme Board on 6 April 2011 and reports the "
        "position at the end of March 2011. At the end of February 2011, 612 people had a "
        "personal budget, which is 27% of eligible people who use services, and the Board "
        "expects the figure to reach about 700 by the end of June 2011 if reviews go well.")
    assert rec.date_completed == "2011-04-06"
    rec = record("Putting People First milestone tracker. Status at 31 March 2011 \u2013 "
                 "Quarter 4 return to the JIP.")
    assert rec.period == "2011-03"
