"""Blind round 6's lessons, each a general rule tested on hand-written documents (no
file, no reader): an online form's printout (a label line, then its options with radio
marks, then a reason); a quarter that names a deadline's month is a return's period when
it says 'position at'; the completion date of the latest return, not the earlier one; a
table whose checkboxes answer 'Achieved?' and whose written words answer 'How likely';
and a LibreOffice Calc grid split over two pages (a merged cell cut by the break, text
clipped out of view, a caption row over the option columns, a table of quarters above
whose header is not the return's)."""

from __future__ import annotations

from pathlib import Path

import ppfextract
from ppfextract.document import Table
from ppfextract.readers.pdf_lines import close_open_bottoms, find_table_cells

from .handdocs import NO_FACTS, cells, radio_line, record, table

TITLES = ["Effective partnerships with people using services, carers and other local citizens",
          "Self-directed support and personal budgets",
          "Prevention and cost effective services"]





def radios(label: str, options: list[str], chosen: int, *after: str) -> dict:
    """A form printout's paragraph: the question's label on a line, its options on the
    next with a radio button before each, then what follows (a reason box's label)."""
    return {"type": "paragraph", "lines": [{"text": label}, radio_line("", options, chosen),
                                           *({"text": a} for a in after)]}


def test_an_online_form_printout_reads_options_under_their_label():
    likely = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
    rec = record(
        "Milestone 2: Self-directed support and personal budgets",
        "April 2010",
        "That every council has introduced personal budgets.",
        radios("Has this milestone been achieved? *", ["Yes", "No"], 0,
               "Reason if not achieved"),
        "October 2010",
        "That all new service users are offered a personal budget.",
        radios("Has the deliverable been met?", ["Yes", "No"], 1, "Reason if not achieved",
               "The resource allocation system was re-tendered and the new one starts in "
               "the spring, so offers to all new service users were held back until then."),
        "April 2011",
        "That at least 30% of eligible service users have a personal budget.",
        radios("How likely are we to achieve this milestone by this date? *", likely, 1))
    assert cells(rec) == {(2, "2010-04"): ("Y", None), (2, "2010-10"): ("N", None),
                          (2, "2011-04"): (None, "fairly_likely")}


def _return(quarter: str, completed: str, statuses: list[str]) -> list:
    return [quarter, f"Council: Kirkby Vale Council Date completed: {completed}",
            table(["Milestone", "April 2010", "October 2010"],
                  *[[TITLES[i], "Achieved", s] for i, s in enumerate(statuses)])]


def test_a_quarter_naming_a_deadline_month_is_a_period_when_it_says_position_at():
    rec = record(
        "Appendix 1", *_return("Quarter 2 2010/11 (position at 30 September 2010)",
                               "08/10/2010", ["Fairly likely"] * 3),
        "Appendix 2", *_return("Quarter 3 2010/11 (position at 31 December 2010)",
                               "12/01/2011", ["Achieved", "Not achieved", "Achieved"]))
    assert rec.period == "2010-12"
    assert rec.date_completed == "2011-01-12"  # the latest return's, not the first's
    assert cells(rec) == {(m, d): (a, None) for m, d, a in [
        (1, "2010-04", "Y"), (2, "2010-04", "Y"), (3, "2010-04", "Y"),
        (1, "2010-10", "Y"), (2, "2010-10", "N"), (3, "2010-10", "Y")]}
    assert any("only the latest (2010-12)" in w for w in rec.warnings)


def test_checkboxes_for_achieved_and_written_likelihoods_in_one_table():
    box = {"text": "\u2612 Yes \u2610 No"}
    rows = [["Milestone", "Due", "Achieved?", "How likely are we to achieve this milestone "
                                              "by this date?"]]
    for title in TITLES:
        rows += [[title, "Apr-10", box, "n/a \u2013 deadline passed"],
                 [title, "Oct-10", box, "n/a \u2013 deadline passed"],
                 [title, "Apr-11", "not yet due", "Fairly unlikely"]]
    rec = record("Putting People First milestones", table(*rows))
    got = cells(rec)
    assert got[(1, "2011-04")] == (None, "fairly_unlikely")
    assert got[(3, "2010-10")] == ("Y", None)
    assert len(got) == 9


CALC = Path(__file__).parent / "data" / "pdf" / "calc-merged-cell-across-page-break.pdf"


def test_a_calc_grid_split_over_two_pages():
    """A merged milestone cell cut by a page break (its cell left open at the foot of
    the page, its text drawn again clipped out of view on the next), a caption row over
    the four likelihood columns, a table of quarters above with a header of its own."""
    rec = ppfextract.extract(CALC, NO_FACTS)
    likely = {1: "very_likely", 2: "fairly_unlikely", 3: "very_likely", 4: "fairly_likely",
              5: "very_likely"}
    expected = {}
    for m in range(1, 6):
        expected[(m, "2010-04")] = ("Y", None)
        expected[(m, "2010-10")] = ("N" if m in (1, 5) else "Y", None)
        expected[(m, "2011-04")] = (None, likely[m])
    assert cells(rec) == expected


def test_text_clipped_out_of_view_is_not_read():
    doc = ppfextract.read_document(CALC)
    found = [(c.text, c.provenance.page) for b in doc.blocks if isinstance(b, Table)
             for c in b.cells if "Information and advice" in c.text]
    assert found == [("4. Information and advice", 1)]  # not again on page 2's header


def test_an_open_cell_at_the_foot_of_a_ruled_table_is_closed():
    def edge(x0, top, x1, bottom):
        return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
                "height": bottom - top, "orientation": "h" if top == bottom else "v",
                "object_type": "line"}
    # two columns, two rows; the left cell of the last row has no rule under it
    edges = [edge(0, 0, 200, 0), edge(0, 50, 200, 50), edge(100, 100, 200, 100),
             edge(0, 0, 0, 100), edge(100, 0, 100, 100), edge(200, 0, 200, 100)]
    assert len(find_table_cells(edges)[0]) == 3
    assert len(find_table_cells(close_open_bottoms(edges))[0]) == 4
    assert close_open_bottoms(edges[:3] + edges[4:]) == edges[:3] + edges[4:]  # no lone cut


def test_questions_and_risks_keyed_by_milestone_in_their_own_tables():
    rec = record(
        table(["Name of Committee", "Adult Social Care Overview and Scrutiny"],
              ["For further information please contact", "Head of Transformation"],
              ["Would the recommended decision be contrary to the Budget?", "No"]),
        "Putting People First return: key questions",
        table(["No.", "Question", "Response"],
              ["M1", "Is there a programme board for the delivery of PPF?", "Yes, since 2009."],
              ["M2", "Have we started to issue personal budgets?", "Yes"],
              ["MS 4", "What external support would help?", ""]),
        "Key risks and mitigating actions",
        table(["Milestone", "Key Risks", "Mitigating Actions"],
              ["2", "Care management capacity", "Dedicated review team"],
              ["3", "Savings not evidenced", "Track reablement outcomes"]))
    assert [(a.milestone, a.question, a.answer) for a in rec.answers] == [
        (1, "Is there a programme board for the delivery of PPF?", "Yes, since 2009."),
        (2, "Have we started to issue personal budgets?", "Yes")]
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (2, "Care management capacity", "Dedicated review team"),
        (3, "Savings not evidenced", "Track reablement outcomes")]


def lines(*texts: str) -> dict:
    return {"type": "paragraph", "lines": [{"text": t} for t in texts]}


def test_a_form_printout_holds_each_question_and_its_answer_box_in_one_paragraph():
    rec = record(
        "Milestone 1: Effective partnerships with people using services, carers and other "
        "local citizens",
        lines("Key questions", "Does our Authority have a range of means at all levels to",
              "co-produce transformation?", "Yes, through the partnership boards."),
        lines("Is there a programme board for the delivery of PPF?"),  # left blank
        lines("Does our Authority have plans in place to meet the DH target of a User Led",
              "Organisation?", "Yes, the ULO opened in November."),
        lines("What external support would help?"),  # left blank
        lines("Key risks and mitigating actions", "Key risk Mitigating action"),
        "Milestone 4: Information and advice",
        lines("On what date is it expected this strategy will be delivered?"),  # blank
        lines("Is the council helping voluntary organisations provide information to a",
              "wide range of the population", "Yes, through grants."))  # printed without '?'
    assert [(a.milestone, a.question, a.answer) for a in rec.answers] == [
        (1, "Does our Authority have a range of means at all levels to co-produce "
            "transformation?", "Yes, through the partnership boards."),
        (1, "Does our Authority have plans in place to meet the DH target of a User Led "
            "Organisation?", "Yes, the ULO opened in November.")]


def test_y_slash_n_with_one_struck_through():
    def yn(struck: str) -> dict:
        at = 0 if struck == "Y" else 4
        return {"lines": [{"text": "Y / N", "spans": [
            {"start": at, "end": at + 1, "style": "struck"}]}]}
    rec = record(
        "Milestone 2: Self-directed support and personal budgets",
        table(["Date", "Deliverable", "Achieved?"],
              ["Apr-10", "That every council has introduced personal budgets.", yn("N")],
              ["Oct-10", "That all new service users are offered one.", yn("Y")],
              ["Apr-11", "That at least 30% have one.", "Y / N"]))  # nothing struck
    assert cells(rec) == {(2, "2010-04"): ("Y", None), (2, "2010-10"): ("N", None)}


REQUIREMENTS = ["The full engagement of all service users",
                "The full engagement of local politicians",
                "Financial systems which support the delivery of personal budgets",
                "A workforce strategy that supports the transformation"]


def test_ratings_under_two_months_are_the_latest_months():
    rec = record(table(["Requirement", "Sep 2010", "Dec 2010"],
                       [REQUIREMENTS[0], "A/G", "G"], [REQUIREMENTS[1], "A/R", "A/G"],
                       [REQUIREMENTS[2], "A/R", "A/R"], [REQUIREMENTS[3], "G", ""]))
    assert {r.requirement: r.rating.value for r in rec.requirements} == {
        "engagement.service_users": "green", "engagement.politicians": "amber_green",
        "arrangements.financial_systems": "amber_red"}


def test_a_grid_of_shaded_cells_under_deadlines_and_options():
    """Rows of a milestone's title and cells shaded only (no text): the shaded cell is the
    chosen likelihood; such a row is a row of values, not a heading."""
    likely = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]
    head = [{"text": "Milestone"}, {"text": "April 2010", "col_span": 4},
            {"text": "October 2010", "col_span": 4}]
    options = [{"text": "Milestone"}, *({"text": o} for o in likely * 2)]
    rows = [head, options]
    for title, (a, b) in zip(TITLES, [(0, 3), (1, 1), (2, 0)], strict=True):
        rows.append([{"text": title}] + [{"text": "", "fill": "7F7F7F" if k in (a, 4 + b)
                                          else None} for k in range(8)])
    cells_ = [dict(c, row=r, col=sum(x.get("col_span", 1) for x in row[:i]))
              for r, row in enumerate(rows) for i, c in enumerate(row)]
    rec = record({"type": "table", "cells": cells_, "n_rows": len(rows), "n_cols": 9},
                 table(["Milestone", "Key question", "Answer"],
                       ["Milestone 2", "Have we started to issue personal budgets?",
                        "Yes, since June 2009."]))
    assert cells(rec) == {
        (1, "2010-04"): (None, "very_likely"), (1, "2010-10"): (None, "very_unlikely"),
        (2, "2010-04"): (None, "fairly_likely"), (2, "2010-10"): (None, "fairly_likely"),
        (3, "2010-04"): (None, "fairly_unlikely"), (3, "2010-10"): (None, "very_likely")}


def test_an_answer_to_a_key_question_is_no_status():
    rec = record(table(["Milestone", "April 2010", "October 2010"],
                       [TITLES[0], "Achieved", "Achieved"]),
                 table(["Milestone", "Key Questions", "Answer"],
                       ["Milestone 1", "Is there a programme board for PPF?", "Yes"],
                       ["Milestone 2", "Have we started to issue personal budgets?",
                        "Yes, since June 2009."]))
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("Y", None)}


def test_one_sheet_of_questions_then_risks_under_their_own_header_rows():
    rec = record(table(["Key questions - December 2010 return", "", ""],
                       ["Milestone", "Question", "Answer"],
                       ["M1", "Is there a programme board for PPF?", "No"],
                       ["M2", "Have we started to issue personal budgets?", "Yes"],
                       ["", "", ""],
                       ["Key risks and mitigating actions", "", ""],
                       ["Milestone", "Key risk", "Mitigating action"],
                       ["M3", "Savings not evidenced", "Track reablement outcomes"]))
    assert [(a.milestone, a.question, a.answer) for a in rec.answers] == [
        (1, "Is there a programme board for PPF?", "No"),
        (2, "Have we started to issue personal budgets?", "Yes")]
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (3, "Savings not evidenced", "Track reablement outcomes")]


def test_achieved_with_a_reason_for_not_achieving_is_not_reported():
    rec = record(
        "Milestone 2: Self-directed support and personal budgets",
        table(["Date", "Achieved?", "Reason if not achieved"],
              ["Apr-10", "Y", "Financial system changes not completed."],
              ["Oct-10", "Y", ""]))
    assert cells(rec) == {(2, "2010-04"): (None, None), (2, "2010-10"): ("Y", None)}
    assert rec.milestones[0].reason_not_achieved == "Financial system changes not completed."
    assert any("a reason for not achieving it is written" in w for w in rec.warnings)
