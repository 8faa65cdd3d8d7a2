"""Blind round 27's lessons (scored blind first, twice, and its figure kept in the README
"Accuracy"; then fixed by general rules), each tested on hand-written documents in other
wordings than the papers that prompted them.

A legend table beside a table of fill-only ratings is its key; a field's question with a
note after it ('Achieved? (deadlines passed)') is the field's label, not a status; 'Risk:'
and 'Mitigation:' labels; a 'Return period' label; a paragraph on earlier submissions
names no period; two completion dates in a line give none, unless a sentence says the
other is an earlier return's; 'Return: | Q3 ...' rows mark each return of a workbook; a
milestone's deadline named after it ('Milestone 5, April 2011: ...') is no period; a
template's version date in a running header is no period; a period in brackets alone
is no risk."""

from __future__ import annotations

from ppfextract.extractors.answers import _heading_as_risk
from ppfextract.extractors.segments import _marker_period
from ppfextract.record import Risk

from .handdocs import cells, record, table
from .test_round14_lessons import meta
from .test_round22_lessons import _ratings, _risks


def test_a_legend_table_beside_fill_only_ratings_is_their_key():
    def fill(colour: str) -> dict:
        return {"text": "", "fill": colour}
    key = table(["Colour key"], [{"text": "Red", "fill": "C00000"}],
                [{"text": "Amber/Red", "fill": "FFC000"}],
                [{"text": "Amber/Green", "fill": "92D050"}],
                [{"text": "Green", "fill": "00B050"}])
    rec = record(table(["Requirement", "RAG"],
                       ["Engagement of local politicians", fill("00B050")],
                       ["Engagement of all service users", fill("92D050")],
                       ["Financial systems supporting personal budgets", fill("FFC000")],
                       ["Business cases tracking investment", fill("C00000")]), key)
    assert _ratings(rec) == {"engagement.politicians": "green",
                             "engagement.service_users": "amber_green",
                             "arrangements.financial_systems": "amber_red",
                             "arrangements.business_cases": "red"}


def test_a_fields_question_with_a_note_after_it_is_its_label():
    rec = record(table(
        ["Milestone 2: Self-directed support and personal budgets", "", "", ""],
        ["Deadline", "April 2010", "October 2010", "April 2011"],
        ["Achieved? (past deadlines only)", "No", "n/a - not yet due", "n/a - not yet due"],
        ["How likely are we to achieve this milestone by this date? (future deadlines)",
         "n/a", "Fairly likely", "Very unlikely"]))
    assert cells(rec) == {(2, "2010-04"): ("N", None), (2, "2010-10"): (None, "fairly_likely"),
                          (2, "2011-04"): (None, "very_unlikely")}


def test_risk_and_mitigation_labels_on_their_own_cells():
    rec = record("Milestone 4: Information and advice",
                 table(["Key risks and mitigating actions", ""],
                       ["Risk: the web directory goes out of date",
                        "Mitigation: each provider updates its own entry"]))
    assert _risks(rec) == [(4, "the web directory goes out of date",
                            "each provider updates its own entry")]


def test_a_return_period_label_and_earlier_submissions_named_first():
    got = meta("Your earlier returns: Q1 2010/11 (June 2010) - sent 09/07/2010 - open; Q2 "
               "2010/11 (September 2010) - sent 11/10/2010 - open. These earlier returns "
               "cannot be changed. This page prints the return being completed now.",
               table(["Council", "Anyshire County Council"],
                     ["Return period", "Q3 2010/11 - December 2010"],
                     ["Date completed", "12/01/2011"]))
    assert got.period == "2010-12"
    assert got.date_completed == "2011-01-12"


def test_two_completion_dates_in_a_line():
    got = meta("Anyshire County Council", "Progress with Putting People First milestones",
               "Returns: Q2 2010/11, completed 08/10/2010; Q3 2010/11, completed "
               "10/01/2011")
    assert got.date_completed is None
    got = meta("Anyshire County Council",
               "This quarter's return: December 2010, completed 10/01/2011. Previous "
               "return: September 2010, completed 08/10/2010.")
    assert got.date_completed == "2011-01-10"


def test_return_rows_mark_each_return_of_a_workbook():
    def grid(second: str) -> dict:
        return table(["Milestone", "April 2010", "October 2010"],
                     ["Effective partnerships with people using services, carers and other "
                      "local citizens", "Achieved", "Achieved"],
                     ["Self-directed support and personal budgets", "Achieved", second])
    rec = record(table(["Return:", "Q2 2010/11 (position at 30/09/2010)"],
                       ["Completed:", "08/10/2010"]), grid("Not achieved"),
                 table(["Return:", "Q3 2010/11 (position at 31/12/2010)"],
                       ["Completed:", "12/01/2011"]), grid("Achieved"))
    assert cells(rec)[(2, "2010-10")][0] == "Y"
    assert rec.period == "2010-12"
    assert rec.date_completed == "2011-01-12"


def test_a_deadline_named_after_its_milestone_is_no_period():
    assert _marker_period("Milestone 4, October 2010: not assessed this quarter - to be "
                          "reviewed when the survey reports") is None
    assert _marker_period("Quarter 3 2010/11 position at 31 December 2010") == (2010, 12)


def test_a_templates_version_date_in_a_running_header_is_no_period():
    got = meta("Putting People First Milestone Progress Return (DH template v3, April 2010) "
               "Page 2",
               "Progress with Putting People First milestones",
               "Quarter 2 2010/11 position at 30 September 2010")
    assert got.period == "2010-09"


def test_a_period_in_brackets_alone_is_no_risk():
    assert _heading_as_risk(Risk(3, "(September 2010)", None, {}))
    assert not _heading_as_risk(Risk(3, "(Carried over) Savings not evidenced", None, {}))


def test_completion_dates_in_asides_and_fields_and_two_quarters_side_by_side():
    got = meta("Anyshire County Council",
               "March return completed: 08-Apr-2011 (December return completed 11-Jan-2011).")
    assert got.date_completed == "2011-04-08"
    got = meta("Anyshire County Council",
               "Q4 return completed: 08/04/2011 | Earlier (Q3) return completed: 11/01/2011 "
               "- its columns kept for comparison only")
    assert got.date_completed == "2011-04-08"
    got = meta("Anyshire County Council", "Progress with Putting People First",
               table(["Milestone", "Q1 2010/11 (to 30 Jun 2010)",
                      "Q2 2010/11 (to 30 Sep 2010)"],
                     ["1. Effective partnerships", "Fairly likely", "Very likely"]))
    assert got.period == "2010-09"
