"""Blind round 7's lessons, each a general rule tested on hand-written documents (no file,
no reader; round 7 was scored blind first, README "Accuracy"): a key of colours is no
header of rating columns, and says what each colour means; a requirement's wording then
the ratings offered with a radio before each (an online form's printout); a deadline's
label and its deliverable in one paragraph, then the likelihoods alone with their radios.
"""

from __future__ import annotations

from . import handdocs
from .handdocs import record, table

REQUIREMENTS = ["The full engagement of all service users",
                "The full engagement of local politicians",
                "Financial systems which support the delivery of personal budgets",
                "A workforce strategy that supports the transformation"]
RED, AMBER_RED, AMBER_GREEN, GREEN = "FF0000", "FF9900", "FFFF00", "00B050"


def ratings(rec) -> dict:
    return {r.requirement: r.rating.value for r in rec.requirements}


def test_a_key_of_colours_is_no_header_and_says_what_a_colour_means():
    fill = lambda colour: {"text": "", "fill": colour}  # noqa: E731
    rec = record(table(
        ["Key:", {"text": "Red", "fill": RED}, {"text": "Amber/Red", "fill": AMBER_RED},
         {"text": "Amber/Green", "fill": AMBER_GREEN}, {"text": "Green", "fill": GREEN}],
        ["Requirement", "Status", "Comment", "", ""],
        [REQUIREMENTS[0], fill(AMBER_GREEN), "", "", ""],
        [REQUIREMENTS[1], fill(GREEN), "", "", ""],
        [REQUIREMENTS[2], fill(RED), "Managed accounts paid by hand", "", ""],
        [REQUIREMENTS[3], fill("7030A0"), "", "", ""]))  # purple: in no key
    assert ratings(rec) == {"engagement.service_users": "amber_green",
                            "engagement.politicians": "green",
                            "arrangements.financial_systems": "red"}
    assert any("workforce" in w for w in rec.warnings)


def test_a_header_of_rating_columns_may_be_coloured():
    rows = [["Are all stakeholders engaged?", {"text": "R", "fill": RED},
             {"text": "A/R", "fill": AMBER_RED}, {"text": "A/G", "fill": AMBER_GREEN},
             {"text": "G", "fill": GREEN}]]
    rows += [[w, "", "X" if k == 0 else "", "", "" if k == 0 else "X"]
             for k, w in enumerate(REQUIREMENTS[:3])]
    assert ratings(record(table(*rows))) == {"engagement.service_users": "amber_red",
                                             "engagement.politicians": "green",
                                             "arrangements.financial_systems": "green"}


def radio_line(before: str, options: list[str], chosen: int | None) -> dict:
    return {"type": "paragraph", "lines": [handdocs.radio_line(before, options, chosen)]}


RATINGS = ["Red", "Amber/Red", "Amber/Green", "Green"]
LIKELY = ["Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely"]


def test_a_wording_then_the_ratings_offered_each_after_its_radio():
    rec = record("Section B - Underpinning requirements",
                 radio_line(REQUIREMENTS[0] + ".", RATINGS, 3),
                 radio_line(REQUIREMENTS[1] + ".", RATINGS, 1),
                 radio_line(REQUIREMENTS[2] + ".", RATINGS, None),
                 "Engagement of local politicians: Red Amber/Red Amber/Green Green")
    assert ratings(rec) == {"engagement.service_users": "green",
                            "engagement.politicians": "amber_red"}


def test_a_label_with_its_deliverable_then_the_options_alone():
    rec = record(
        "Section C2 - Milestone 2: Self-directed support and personal budgets",
        "April 2010: How likely are we to achieve this milestone by this date?",
        "That every council has introduced personal budgets, which are being used by "
        "existing or new service users and carers across the whole of the county.",
        radio_line("", LIKELY, 0),
        "October 2010: How likely are we to achieve this milestone by this date? That all "
        "new service users with assessed need for ongoing support are offered a personal "
        "budget.",
        radio_line("", LIKELY, 2),
        radio_line("", LIKELY, 3))  # no label before it: read for no deadline
    got = {(c.milestone, c.deadline.value): c.likelihood.value for c in rec.milestones}
    assert got == {(2, "2010-04"): "very_likely", (2, "2010-10"): "fairly_unlikely"}


TITLES = ["Effective partnerships with people using services, carers and other local citizens",
          "Self-directed support and personal budgets"]


def test_cells_saying_n_a_are_never_chosen_by_their_colour():
    grey, green = "BFBFBF", "92D050"
    na = {"text": "n/a", "fill": grey}
    rows = [["Milestone", "Deadline", "Yes", "No", "Very likely", "Fairly likely"]]
    for title in TITLES:
        rows += [[title, "April 2010", {"text": "", "fill": green}, "", "", ""],
                 [title, "April 2011", na, na, "", {"text": "", "fill": green}]]
    got = {(c.milestone, c.deadline.value): (c.achieved,
                                             c.likelihood.value if c.likelihood else None)
           for c in record(table(*rows)).milestones}
    assert got == {(1, "2010-04"): ("Y", None), (1, "2011-04"): (None, "fairly_likely"),
                   (2, "2010-04"): ("Y", None), (2, "2011-04"): (None, "fairly_likely")}


def _appendix(head: str, quarter: str, status: str) -> list:
    return [head, "Progress with Putting People First milestones", quarter,
            table(["Milestone", "April 2010", "October 2010"],
                  [TITLES[0], "Achieved", status], [TITLES[1], "Achieved", status])]


def test_two_appendices_by_quarter_and_a_repeated_print_header():
    header = "09/01/2011 16:42 Scrutiny papers - return submitted"  # on every page
    rec = record(
        header,
        *_appendix("APPENDIX 1 - Quarter 1 return (previously reported to Cabinet, 14 "
                   "September 2010)", "Quarter: April - June 2010", "Fairly likely"),
        header,
        *_appendix("APPENDIX 2 - Quarter 2 return", "Quarter: July - September 2010",
                   "Achieved"),
        header)
    assert any("only the latest (2010-09)" in w for w in rec.warnings)
    got = {(c.milestone, c.deadline.value): c.achieved for c in rec.milestones}
    assert got == {(1, "2010-04"): "Y", (2, "2010-04"): "Y", (1, "2010-10"): "Y",
                   (2, "2010-10"): "Y"}


def test_a_page_footer_between_a_question_and_its_answer_is_skipped():
    header = "09/04/2010 16:42 Self-assessment - submission receipt"
    rec = record(
        header,
        "Milestone 2: Self-directed support and personal budgets",
        "What could prevent us from achieving this milestone?",
        "https://returns.example.org.uk/ppf/receipt.aspx?ref=SW-0187 1/5",
        header,
        "The distances involved in a rural county make support planning slow.",
        "What external support would help?",
        "https://returns.example.org.uk/ppf/receipt.aspx?ref=SW-0187 2/5",
        header,
        "Milestone 3: Prevention and cost effective services",
        "What could prevent us from achieving this milestone?",
        "Pressure on NHS budgets.")
    assert [(a.milestone, a.question, a.answer) for a in rec.answers] == [
        (2, "What could prevent us from achieving this milestone?",
         "The distances involved in a rural county make support planning slow."),
        (3, "What could prevent us from achieving this milestone?",
         "Pressure on NHS budgets.")]


def test_a_pointer_to_the_content_is_no_risk_nor_answer():
    rec = record(
        "Milestone 2: Self-directed support and personal budgets",
        table(["Key Risks and Mitigating Actions", ""],
              ["Key Risks: See box at end of appendix", "Mitigating Actions: See below."]),
        table(["Key Questions", ""],
              ["What external support would help?", "See Appendix 3."],
              ["Have we started to issue personal budgets?", "Yes, since June 2009."]))
    assert rec.risks == []
    assert [(a.question, a.answer) for a in rec.answers] == [
        ("Have we started to issue personal budgets?", "Yes, since June 2009.")]
