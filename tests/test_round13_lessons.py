"""Blind round 13's lessons, each a general rule tested on hand-written documents (round
13 was scored blind first, README "Accuracy"): a form's 'Quarter: | Q4 2009/10' row
marks its return, and page headers naming two periods mark each sheet of a printed
workbook; a narrow column's header wrapped inside its word ('Mileston' + 'e'); a mark
left in the one filled cell of a block does not make the table's fills decoration."""

from __future__ import annotations

from ppfextract.document import Document
from ppfextract.extractors.segments import find_segments

from .handdocs import cells, record, table

QUESTION = ("Does our Authority have plans in place to meet the DH target of a User Led "
            "Organisation (ULO) in place by the end of 2010?")


def _sheet(quarter: str, codes: list[str]) -> list:
    return [table(["Council:", "Blackpool Council"], ["Quarter:", quarter],
                  ["Date completed:", "12-Apr-10"]),
            table(["No.", "Milestone", "Deadline", "Likelihood"],
                  *[[str(m), title, "Oct-10", code] for m, title, code in zip(
                      (1, 2, 3), ("Effective partnerships with people using services",
                                  "Self-directed support and personal budgets",
                                  "Prevention and cost effective services"), codes,
                      strict=True)])]


def test_a_forms_quarter_row_marks_each_sheets_return():
    rec = record(*_sheet("Q4 2009/10 (January \u2013 March 2010)",
                         ["Very likely", "Very likely", "Very likely"]),
                 *_sheet("Q1 2010/11 (April \u2013 June 2010)",
                         ["Fairly likely", "Fairly unlikely", "Fairly likely"]))
    got = cells(rec)
    assert got[(1, "2010-10")] == (None, "fairly_likely")
    assert got[(2, "2010-10")] == (None, "fairly_unlikely")
    assert rec.period == "2010-06"


def test_page_headers_naming_two_periods_mark_each_sheet():
    def doc(*texts: str):
        return Document.from_dict({"path": "h", "format": "json", "blocks": [
            {"type": "paragraph", "text": t} for t in texts]})
    sheets = doc("Return to 31 March 2010 (Q4 09-10)", "body", "Return to 31 March 2010 "
                 "(Q4 09-10)", "body", "Return to 30 June 2010 (Q1 10-11)", "body",
                 "Return to 30 June 2010 (Q1 10-11)")
    assert [(b, p) for (b, _), p, _ in find_segments(sheets).markers] == [
        (0, (2010, 3)), (4, (2010, 6))]
    # the same header on every page names one period: furniture, no marker
    same = doc("Return to 30 June 2010", "body", "Return to 30 June 2010", "body")
    assert find_segments(same).markers == []


def test_a_column_header_wrapped_inside_its_word():
    rec = record(table(["Mileston\ne", "Key question", "Response"],
                       ["1", QUESTION, "Plans are in place."],
                       ["2", "Have we started to issue personal budgets?", "Yes"]))
    assert [(a.milestone, a.answer) for a in rec.answers] == [
        (1, "Plans are in place."), (2, "Yes")]


def test_a_mark_in_the_one_filled_cell_keeps_the_fills_as_choices():
    def row(title: str, oct_pick: int, apr_pick: int, boxed: bool = False) -> list:
        out: list = [title]
        for pick in (oct_pick, apr_pick):
            out += [{"text": "\u2612" if boxed and pick == 2 else "", "fill": "8DB3E2"}
                    if k == pick else "" for k in range(4)]
        return out
    head = {"text": "Milestone", "row_span": 2}
    rec = record(table([head, {"text": "October 2010 \u2013 how likely?", "col_span": 4},
                        None, None, None,
                        {"text": "April 2011 \u2013 how likely?", "col_span": 4},
                        None, None, None],
                       [None, "VL", "FL", "FU", "VU", "VL", "FL", "FU", "VU"],
                       row("1. Effective partnerships", 0, 1),
                       row("2. Self-directed support and personal budgets", 1, 0),
                       row("3. Prevention and cost effective services", 1, 2, boxed=True),
                       row("4. Information and advice", 0, 0)),
                 "Key: VL = Very likely; FL = Fairly likely. The shaded box shows the "
                 "council's assessment.")
    got = cells(rec)
    assert got[(1, "2010-10")] == (None, "very_likely")
    assert got[(2, "2011-04")] == (None, "very_likely")
    assert got[(3, "2011-04")] == (None, "fairly_unlikely")
    assert got[(4, "2010-10")] == (None, "very_likely")
    assert len(got) == 8


def test_two_returns_achieved_y_n_pairs_in_one_header_row():
    tick = {"text": "\u2713"}
    rec = record("Milestone 1: Effective partnerships with people using services, carers and "
                 "other local citizens", *[b for b in [table(
                     ["Due", "Deliverable", {"text": "Q3 2010/11 return (to 31 Dec 2010)",
                                             "col_span": 2}, None,
                      {"text": "Q4 2010/11 return (to 31 Mar 2011)", "col_span": 2}, None],
                     ["Due", "Deliverable", "Achieved\nY", "Achieved\nN", "Achieved\nY",
                      "Achieved\nN"],
                     ["April 2010", "That a communication has been made", tick, "", tick, ""],
                     ["October 2010", "That local service users understand", "", tick, tick,
                      ""])]])
    got = cells(rec)
    assert got[(1, "2010-04")] == ("Y", None)
    assert got[(1, "2010-10")] == ("Y", None)  # the Q4 return's, not Q3's N


def test_an_answer_column_headed_by_its_quarter_and_questions_in_answer_boxes():
    rec = record(table(["Milestone", "Key question", "Quarter 4 response"],
                       ["1", QUESTION, "Yes. The centre opened in 2010."],
                       ["2", "What could prevent us from achieving this milestone?",
                        "What external support would help?"],
                       ["2", "Have we started to issue personal budgets?",
                        "If No to the above, on what date are we planning to start?"]))
    assert [(a.milestone, a.answer) for a in rec.answers] == [
        (1, "Yes. The centre opened in 2010.")]


def test_a_footer_with_its_page_number_is_no_answer():
    footer = "Run by: Performance Team Run date: 11/04/2011 09:14 Page {}"
    rec = record("Milestone 1: Effective partnerships", footer.format(1),
                 "Milestone 5: Local commissioning",
                 "Key questions \u2013 commentary for this quarter", footer.format(2),
                 "Key risks and mitigating actions", footer.format(3))
    assert rec.answers == []


def test_a_mitigation_labelled_in_the_row_under_its_risk():
    rec = record(table(["M2 SDS & personal budgets", "", ""],
                       ["Key Risks:", "30% target not met by April 2011", ""],
                       ["Mitigating Actions:", "Additional review capacity.", ""],
                       ["Key Risks:", "", ""],
                       ["Mitigating Actions:", "", ""]))
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (2, "30% target not met by April 2011", "Additional review capacity.")]
