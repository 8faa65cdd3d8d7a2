"""Blind round 23's lessons (scored blind first: README "Accuracy"), each a general rule
tested on hand-written documents in other wordings than the papers that prompted them.

An option's label written again under the next deadline is no mark; 'N (cont.)' rows go
on with milestone N; a risk and its mitigation, each led by its label, among the key
questions; the colours a table gives its written ratings are its key (a pale input cell
left blank is no rating); likelihoods written down a column, one per row; a reporting
period's header names no deadline; a slide's frame is no table; a header naming a
deadline and its first option, then the other options' headers; a question and its
answer in one cell; ratings' codes run together, one set apart; a form's printout with
each question's chosen entry on its line."""

from __future__ import annotations

from .handdocs import cells, record, table


def _ratings(rec) -> dict[str, str]:
    return {r.requirement: r.rating.value for r in rec.requirements}


def test_an_options_label_again_under_the_next_deadline_is_no_mark():
    tick = {"text": "\u2714"}
    rec = record(table(
        ["Milestone 4", "Information and advice", "", "", "", "", ""],
        ["Due", "April 2010", "", "October 2010", "", "April 2011", ""],
        ["Achieved?", "Yes", tick, "Yes", "", "Yes", ""],
        ["", "No", "", "No", "", "No", ""],
        ["Likelihood", "Very likely", "", "Very likely", "", "Very likely", tick],
        ["", "Fairly likely", "", "Fairly likely", tick, "Fairly likely", ""]))
    got = cells(rec)
    assert got[(4, "2010-04")][0] == "Y"
    assert got[(4, "2010-10")] == (None, "fairly_likely")
    assert got[(4, "2011-04")] == (None, "very_likely")


def test_continued_rows_go_on_with_their_milestone():
    rec = record(table(
        ["Milestone", "Due", "Achieved?", "Likelihood"],
        ["1. Effective partnerships", "Apr 2010", "Yes", ""],
        ["1 (cont.)", "Oct 2010", "No", ""],
        ["2. Self-directed support", "Apr 2010", "Yes", ""],
        ["2 (continued)", "Apr 2011", "", "Fairly likely"],
        ["3. Prevention", "Apr 2010", "Yes", ""]))
    got = cells(rec)
    assert got[(1, "2010-10")][0] == "N"
    assert got[(2, "2011-04")] == (None, "fairly_likely")


def test_a_risk_and_its_mitigation_each_labelled_among_the_questions():
    rec = record(table(
        ["Milestone", "Key question", "Response"],
        ["2", "Have we started to issue personal budgets?", "Yes."],
        ["2", "Key risk: too few support planners", "Mitigation: agency cover to June."]),
        "Milestone 3: Prevention",
        table(["Key question", "What could prevent us from achieving this milestone? "
               "Health funding ends in March."],
              ["Key risk / mitigation", "Risk: reablement funding stops. Mitigation: a joint "
               "bid to the PCT."]))
    assert [(r.milestone, r.risk, r.mitigation) for r in rec.risks] == [
        (2, "too few support planners", "agency cover to June."),
        (3, "reablement funding stops.", "a joint bid to the PCT.")]
    assert [(a.milestone, a.question, a.answer) for a in rec.answers] == [
        (2, "Have we started to issue personal budgets?", "Yes."),
        (3, "What could prevent us from achieving this milestone?",
         "Health funding ends in March.")]


def test_the_colours_of_written_ratings_are_the_tables_key():
    def cell(text, fill):
        return {"text": text, "fill": fill}
    rec = record(table(
        ["Ref", "Requirement", "RAG"],
        ["1", "The full engagement of all service users", cell("Amber-Green", "C4D79B")],
        ["2", "The full engagement of local politicians", cell("Green", "00B050")],
        ["3", "Clarity of the business models", cell("", "FFFFCC")],
        ["4", "A workforce strategy that supports the transformation",
         cell("Amber-Red", "FFC000")],
        ["5", "A local project plan for the delivery of the transformation",
         cell("", "00B050")]))
    assert _ratings(rec) == {"engagement.service_users": "amber_green",
                             "engagement.politicians": "green",
                             "arrangements.workforce_strategy": "amber_red",
                             "arrangements.project_plan": "green"}
    assert any("FFFFCC" in w for w in rec.warnings)


def test_likelihoods_written_down_a_column_one_per_row():
    def inp(text=""):
        return {"text": text, "fill": "FFFFCC"}
    rec = record(table(
        ["Milestone", "Deadline", "Achieved? (Y/N)", "Likelihood", "Reason if not achieved"],
        ["Effective partnerships with people using services, carers and other local "
         "citizens", "Apr-10", inp("Y"), inp(), {"text": "", "fill": "D9D9D9"}],
        ["", "Oct-10", inp("N/A"), inp("Very likely"), {"text": "", "fill": "D9D9D9"}],
        ["", "Apr-11", inp("N/A"), inp("Fairly likely"), {"text": "", "fill": "D9D9D9"}],
        ["Information and advice", "Apr-10", inp("N/A"), inp("Fairly unlikely"), inp()],
        ["", "Oct-10", inp("N/A"), inp("Fairly likely"), {"text": "", "fill": "D9D9D9"}]))
    got = cells(rec)
    assert got[(1, "2010-10")] == (None, "very_likely")
    assert got[(1, "2011-04")] == (None, "fairly_likely")
    assert got[(4, "2010-04")] == (None, "fairly_unlikely")
    assert got[(4, "2010-10")] == (None, "fairly_likely")


def test_a_reporting_periods_header_names_no_deadline():
    rec = record(table(
        ["Code", "Milestone", "Due", "Q1 Jun-10", "Q2 Sep-10", "Q4 Mar-11 (this\nreturn)",
         "Q4: reason if not achieved", "Q4: when to be\nachieved"],
        ["M2", "Self-directed support and\npersonal budgets", "Apr-10", "Achieved", "Achieved",
         "Achieved", "", ""],
        ["M2", "", "Oct-10", "F likely", "V likely", "Not achieved", "Reviews backlog",
         "May 2011"],
        ["M2", "", "Apr-11", "F likely", "V likely", "F likely", "", ""],
        ["M4", "Information and advice", "Apr-10", "Not achieved", "Achieved", "Achieved",
         "", ""],
        ["M4", "", "Oct-10", "V likely", "V likely", "Achieved", "", ""]))
    got = cells(rec)
    assert got[(2, "2010-04")] == ("Y", None) and got[(2, "2010-10")] == ("N", None)
    assert got[(2, "2011-04")] == (None, "fairly_likely")
    assert got[(4, "2010-04")] == ("Y", None) and got[(4, "2010-10")] == ("Y", None)


def test_a_slides_frame_is_no_table():
    """reportlab, 16:9: a box round the page over a footer band, an unruled grid inside."""
    import ppfextract

    from .conftest import DATA
    from .handdocs import NO_FACTS

    rec = ppfextract.extract(DATA / "pdf" / "slide-frame-round-an-unruled-grid.pdf", NO_FACTS)
    got = cells(rec)
    assert len(got) == 15
    assert got[(2, "2010-10")] == ("N", None)
    assert got[(4, "2010-04")] == ("N", None)
    assert got[(3, "2011-04")] == (None, "fairly_unlikely")


def test_a_header_naming_the_deadline_and_its_first_option():
    on, off = {"text": "\u25cf"}, {"text": "\u25cb"}
    rec = record(table(
        ["Milestone", "Apr 2010\nachieved?", "Oct\n2010:\nVL", "FL", "FU", "Apr\n2011:\nVL",
         "FL", "FU"],
        ["1. Effective partnerships", "Yes", off, on, off, on, off, off],
        ["2. Self-directed support", "No", off, off, on, off, on, off],
        ["3. Prevention", "Yes", on, off, off, off, off, on]),
        "VL = very likely, FL = fairly likely, FU = fairly unlikely")
    got = cells(rec)
    assert got[(1, "2010-10")] == (None, "fairly_likely")
    assert got[(1, "2011-04")] == (None, "very_likely")
    assert got[(2, "2010-10")] == (None, "fairly_unlikely")
    assert got[(3, "2011-04")] == (None, "fairly_unlikely")
    assert all(lik is None for (m, d), (_, lik) in got.items() if d == "2010-04")


def test_ratings_codes_run_together_one_set_apart():
    def codes(chosen: str) -> dict:
        text = "R A/R A/G G"
        at = text.index(chosen) if chosen != "G" else len(text) - 1
        return {"lines": [{"text": text, "spans": [
            {"start": at, "end": at + len(chosen), "style": "bold"}]}]}
    rec = record(table(["Requirement", "Rating (chosen in bold)"],
                       ["The full engagement of all service users", codes("A/G")],
                       ["The full engagement of local politicians", codes("G")],
                       ["Financial systems which support the delivery of personal budgets",
                        codes("A/R")]))
    assert _ratings(rec) == {"engagement.service_users": "amber_green",
                             "engagement.politicians": "green",
                             "arrangements.financial_systems": "amber_red"}


def test_a_forms_printout_each_questions_chosen_entry_on_its_line():
    rec = record(
        "Part 3: Milestone 5 - Local commissioning",
        {"type": "paragraph", "lines": [
            {"text": "October 2010 deliverable"},
            {"text": "That providers and third sector organisations are clear on how they can"},
            {"text": "respond to the needs of people using personal budgets."},
            {"text": "Has this been achieved? (where the deadline has passed) -- Select --"},
            {"text": "How likely are we to achieve this milestone by this date? Fairly likely"}]},
        {"type": "paragraph", "text": "April 2011 deliverable"},
        {"type": "paragraph", "lines": [
            {"text": "That stakeholders are clear on the impact that purchasing by individuals"},
            {"text": "will have on the procurement of councils and PCTs."},
            {"text": "How likely are we to achieve this milestone by this date? Very unlikely"}]})
    got = cells(rec)
    assert got == {(5, "2010-10"): (None, "fairly_likely"),
                   (5, "2011-04"): (None, "very_unlikely")}
