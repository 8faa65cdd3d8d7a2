"""Blind round 10's lessons, each a general rule tested on hand-written documents (round
10 was scored blind first, README "Accuracy"): questions and answers led by 'Q.' and
'A.' in one run of text; an online form's '(no answer)'; a question and its answer on
one line under 'Key questions', and 'Risk: ... Mitigation: ...'; answer columns headed
'Our answer' or 'Response (Q4 Mar 11)'; a form receipt's deadline label over its
deliverable, 'Has this been achieved? *' and its radio buttons; a note row across the
option columns under a milestone's row; 'V. likely' and 'If not yet due - likelihood'."""

from __future__ import annotations

from .handdocs import cells, radio_line, record

TITLE_1 = "Effective partnerships with people using services, carers and other local citizens"


def test_questions_and_answers_led_by_q_and_a_in_one_run_of_text():
    rec = record(f"Milestone 1: {TITLE_1}",
                 "Key Questions Q. Does our Authority have plans in place to meet the DH "
                 "target of a User Led Organisation (ULO) in place by the end of 2010? A. Yes. "
                 "The forum was constituted in October 2009. Q. Is there a programme board for "
                 "the delivery of PPF that has direct representation of users/carers? A. Yes. "
                 "Two carers sit on the board, which meets",
                 "Scrutiny Panel \u2013 4 February 2010",  # a running header between pages
                 "monthly. Q. What are we planning to do next? A. Run a second round of "
                 "roadshows.")
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("Does our Authority have plans in place to meet the DH target of a User Led "
         "Organisation (ULO) in place by the end of 2010?",
         "Yes. The forum was constituted in October 2009."),
        ("Is there a programme board for the delivery of PPF that has direct "
         "representation of users/carers?", "Yes. Two carers sit on the board, which meets "
         "monthly."),
        ("What are we planning to do next?", "Run a second round of roadshows.")]


def test_a_forms_no_answer_is_no_answer():
    rec = record(f"Milestone 1: {TITLE_1}", "Key questions",
                 "What could prevent us from achieving this milestone? (no answer)",
                 "What external support would help? (not answered)",
                 "What are we planning to do next? Hand over the reference panel.")
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("What are we planning to do next?", "Hand over the reference panel.")]


def test_a_milestone_title_run_into_its_first_question_and_risk_lines():
    """A spreadsheet print's merged rows came out as lines: 'Milestone 1: <title> Does
    ...? Yes ...', 'What ...? ...', 'Risk: ... Mitigation: ...'."""
    rec = record("Key questions",
                 f"Milestone 1: {TITLE_1} Does our Authority have plans in place to meet "
                 "the DH target of a User Led Organisation in place by the end of 2010? Yes, "
                 "Lincs ULO was set up in 2009.",
                 "What are we planning to do next? Run a second round of roadshows.",
                 "Risk: Consultation fatigue among user and carer groups Mitigation: "
                 "Co-ordinate engagement events through one calendar.")
    assert [(a.milestone, a.answer) for a in rec.answers] == [
        (1, "Yes, Lincs ULO was set up in 2009."), (1, "Run a second round of roadshows.")]
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (1, "Consultation fatigue among user and carer groups",
         "Co-ordinate engagement events through one calendar.")]


def test_a_question_and_answer_line_outside_key_questions_is_not_read():
    rec = record("Milestone 5: Local commissioning", "Recommendations",
                 "What does this mean for residents? The council will write to them.")
    assert rec.answers == []


def test_answer_columns_headed_our_answer_or_with_the_quarter():
    for head in ("Our answer", "Response (Q4 Mar 11)", "Answer (March 2011):"):
        rec = record({"type": "table", "rows": [
            ["No.", "Question", head],
            ["M1", "What are we planning to do next?", "Joint events in each locality."],
            ["M2", "Have we started to issue personal budgets?", "Yes, since April 2009."]]})
        assert [(a.milestone, a.answer) for a in rec.answers] == [
            (1, "Joint events in each locality."), (2, "Yes, since April 2009.")], head


def test_a_form_receipts_deadline_label_question_and_radio_buttons():
    def options(words: list[str], pick: int) -> dict:
        return {"type": "paragraph", "lines": [radio_line("", words, pick)]}

    def deadline(label: str, wording: str) -> dict:
        return {"type": "paragraph", "lines": [{"text": label}, {"text": wording}]}

    rec = record(f"Section 2: Milestone 1 \u2013 {TITLE_1}",
                 deadline("April 2010 deliverable", "That a communication has been made."),
                 "Has this been achieved? *", options(["Yes", "No"], 0),
                 "If not achieved, please give the reason (no answer)",
                 deadline("October 2010 deliverable", "That local service users understand."),
                 "Has this been achieved? *", options(["Yes", "No"], 1),
                 deadline("April 2011 deliverable", "That every council area has a ULO."),
                 "How likely are we to achieve this milestone by this date? *",
                 options(["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"], 2))
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2010-10"): ("N", None),
                          (1, "2011-04"): (None, "fairly_unlikely")}


SHADE = "1F6F8B"


def grid_with_note_rows(notes: bool) -> dict:
    """Two deadlines of four likelihood columns; a milestone row, then (``notes``) a row
    of its deliverables across the options, beside the milestone's label spanning both
    rows; the chosen likelihood shaded."""
    out = [{"text": "Milestone", "row": 0, "col": 0, "row_span": 2},
           {"text": "October 2010 \u2013 how likely?", "row": 0, "col": 1, "col_span": 4},
           {"text": "April 2011 \u2013 how likely?", "row": 0, "col": 5, "col_span": 4}]
    out += [{"text": t, "row": 1, "col": c}
            for c, t in enumerate(["VL", "FL", "FU", "VU"] * 2, 1)]
    rows = [(f"1. {TITLE_1}", 1), ("2. Self-directed support and personal budgets", 2),
            ("3. Prevention and cost effective services", 3)]
    r = 2
    for title, pick in rows:
        span = 2 if notes else 1
        out.append({"text": title, "row": r, "col": 0, "row_span": span})
        out += [{"text": "", "row": r, "col": c,
                 "fill": SHADE if c in (pick, 4 + pick) else None} for c in range(1, 9)]
        if notes:
            out.append({"text": "Oct 10: That local service users understand the changes "
                                "to personal budgets.", "row": r + 1, "col": 1, "col_span": 8})
        r += span
    return {"type": "table", "cells": out, "n_rows": r, "n_cols": 9}


def test_a_note_row_across_the_options_does_not_end_their_columns():
    liks = ["very_likely", "fairly_likely", "fairly_unlikely"]
    expected = {(m, d): (None, liks[m - 1]) for m in (1, 2, 3) for d in ("2010-10", "2011-04")}
    key = "Key: shaded cell = option selected."
    assert cells(record(key, grid_with_note_rows(False))) == expected
    assert cells(record(key, grid_with_note_rows(True))) == expected


def test_abbreviated_likelihood_options_and_if_not_yet_due_header():
    from ppfextract.extractors.tags import Field, Option, tag_text

    assert tag_text("V. likely").option is Option.VERY_LIKELY
    assert tag_text("F. unlikely").option is Option.FAIRLY_UNLIKELY
    assert tag_text("If not yet due \u2013 likelihood").field is Field.LIKELIHOOD
    rec = record({"type": "table", "rows": [
        ["Milestone", "Due", "Achieved Y", "Achieved N", "V. likely", "F. likely",
         "F. unlikely", "V. unlikely"],
        [f"1. {TITLE_1}", "Apr 10", "X", "", "", "", "", ""],
        [f"1. {TITLE_1}", "Apr 11", "", "", "", "X", "", ""]]})
    assert cells(rec) == {(1, "2010-04"): ("Y", None), (1, "2011-04"): (None, "fairly_likely")}
