"""Blind round 11's lessons, each a general rule tested on hand-written documents (round
11 was scored blind first, README "Accuracy"): council names with '&' and words before a
known name; 'Q1.1' numbers and 'A:' labels on questions and answers; a form's printed
choices or another box's label are no answer; a spreadsheet's sheets named after their
quarter mark the returns; 'Likelihood: Fairly likely' in a status matrix; a heading
'M1 - Partnerships' opens that milestone's questions; 'Q.' and 'A.' paragraphs."""

from __future__ import annotations

from ppfextract.document import Document
from ppfextract.extractors import extract_record
from ppfextract.extractors.metadata import extract_metadata
from ppfextract.extractors.walk import walk

from .handdocs import NO_FACTS, cells, record

TITLE_1 = "Effective partnerships with people using services, carers and other local citizens"


def council_of(*texts: str) -> str | None:
    doc = Document.from_dict({"path": "h", "format": "json", "blocks": [
        {"type": "paragraph", "text": t} for t in texts]})
    return extract_metadata(list(walk(doc)), doc.title, doc.furniture).council


def test_council_names_with_an_ampersand_or_words_before_them():
    assert council_of("Title Redcar & Cleveland Borough Council",
                      "Council: Redcar & Cleveland BC.") == "Redcar and Cleveland"
    assert council_of("Adult Social Care Transformation \u2013 Programme Solihull Metropolitan "
                      "Borough Council \u00b7 Reporting period: Quarter 3",
                      "Solihull MBC \u00b7 Dashboard") == "Solihull"
    # a known council's whole name is kept, never cut to a shorter known name
    assert council_of("Bath and North East Somerset Council", "Bath and North East Somerset "
                      "Council, Cabinet") == "Bath and North East Somerset"


def test_question_numbers_and_answer_labels_are_not_the_text():
    rec = record({"type": "table", "rows": [
        ["Milestone 1:", TITLE_1],
        ["Key Questions:", ""],
        ["Q1.1 Does our Authority have plans in place to meet the DH target of a User Led "
         "Organisation in place by the end of 2010?", "A: Yes - the Disability Forum."],
        ["Q1.2 Is there a programme board for the delivery of PPF?", "A. Yes, two seats."]]})
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("Does our Authority have plans in place to meet the DH target of a User Led "
         "Organisation in place by the end of 2010?", "Yes - the Disability Forum."),
        ("Is there a programme board for the delivery of PPF?", "Yes, two seats.")]


def test_a_forms_printed_choices_or_another_boxs_label_is_no_answer():
    rec = record({"type": "table", "rows": [
        ["Milestone 2:", "Self-directed support and personal budgets"],
        ["Key Questions:", ""],
        ["What could prevent us from achieving this milestone?", "Key risk"],
        ["Have we started to issue personal budgets?", "Yes No If no, reason"],
        ["What external support would help?", "Mitigating actions"],
        ["Is this a pilot or mainstream activity?", "Yes, mainstream since 2009."]]})
    assert [a.answer for a in rec.answers] == ["Yes, mainstream since 2009."]


def test_sheets_named_after_their_quarter_mark_the_returns():
    """A Calc export heads each sheet with its name; 'Q3 Dec 10' before 'Q4 Mar 11': the
    latest sheet's return is the record's, nothing from the other."""
    def sheet(n: int, name: str, achieved: str) -> list:
        return [f"Sheet {n}: {name}", {"type": "table", "rows": [
            ["Milestone", "Apr-10", "Oct-10", "Apr-11"],
            [f"1 {TITLE_1}", "Y", achieved, "VL"],
            ["2 Self-directed support and personal budgets", "Y", "Y", "FL"]]}]
    rec = record("Sheet 1: Notes", *sheet(2, "Q3 Dec 10", "N"), *sheet(3, "Q4 Mar 11", "Y"))
    assert rec.period == "2011-03"
    assert cells(rec)[(1, "2010-10")] == ("Y", None)
    assert any("only the latest (2011-03)" in w for w in rec.warnings)


def test_labelled_values_in_a_status_matrix():
    names = ["M1 - Partnerships", "M2 - SDS/PBs", "M3 - Prevention", "M4 - Info & advice",
             "M5 - Commissioning"]
    rec = record({"type": "table", "rows": [
        ["Milestone", "Apr-10", "Oct-10", "Apr-11"],
        *([name, "Achieved - Yes" if m % 2 else "Achieved - No", "Likelihood: Fairly likely",
           "Likelihood: Very likely"] for m, name in enumerate(names, 1))]})
    assert cells(rec) == {**{(m, "2010-04"): ("Y" if m % 2 else "N", None) for m in range(1, 6)},
                          **{(m, "2010-10"): (None, "fairly_likely") for m in range(1, 6)},
                          **{(m, "2011-04"): (None, "very_likely") for m in range(1, 6)}}


def test_a_question_label_alone_is_no_value():
    """'How likely are we to achieve this milestone by this date?' names the field; it
    states no likelihood."""
    rec = record({"type": "table", "rows": [
        ["Milestone", "Apr-10", "Oct-10", "Apr-11"],
        [f"1 {TITLE_1}", "Y", "How likely are we to achieve this milestone by this date?",
         "VL"]]})
    assert (1, "2010-10") not in cells(rec)


def test_heading_styled_milestone_codes_open_their_q_and_a_paragraphs():
    def para(text: str, style: str | None = None) -> dict:
        return {"type": "paragraph", "text": text, "style": style}
    doc = Document.from_dict({"path": "h", "format": "json", "blocks": [
        para("Key questions and answers", "Heading 2"),
        para("M1 - Partnerships", "Heading 3"),
        para("Q. Does our Authority have plans in place to meet the DH target of a User Led "
             "Organisation (ULO) in place by the end of 2010?"),
        para("A. Yes - the Independent Living Network."),
        para("M2 - SDS/PBs", "Heading 3"),
        para("Q. Have we started to issue personal budgets?"),
        para("A. Yes, since November 2009.")]})
    rec = extract_record(doc, "hand", NO_FACTS)
    assert [(a.milestone, a.answer) for a in rec.answers] == [
        (1, "Yes - the Independent Living Network."), (2, "Yes, since November 2009.")]
