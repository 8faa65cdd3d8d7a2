"""Tables typed in plain text (an e-mail pasted into a web page as <pre>): columns lined
up with spaces under a ruler of dashes become a table; the text around stays text."""

from __future__ import annotations

from ppfextract.extractors import extract_record
from ppfextract.readers import read
from ppfextract.readers.text_tables import TextTable, split_text
from ppfextract.settings import Settings

NO_FACTS = Settings(facts=False)

EMAIL = """From: Performance Team
Subject: FW: quarterly return

Below are the figures we sent today (X = our assessment).

                                        Already  Very     Fairly   Fairly   Very
Milestone                     Deadline  achieved likely   likely   unlikely unlikely
----------------------------  --------  -------- -------- -------- -------- --------
1. Effective partnerships     Apr 2010     X
   with people using          Oct 2010                       X
   services, carers and       Apr 2011                                X
   other local citizens

2. Self-directed support and  Apr 2010     X
   personal budgets           Oct 2010              X
                              Apr 2011                                         X

Milestone 2 for April 2011 depends on the review backlog being cleared in time.

REQUIREMENTS
Requirement                                          R    A/R  A/G  G
---------------------------------------------------  ---  ---  ---  ---
The full engagement of local politicians.                           X
A workforce strategy that supports the transformation.    X

Thanks, Jo
> Earlier: The full engagement of local politicians   X
"""


def test_a_ruler_of_dashes_makes_a_table_and_the_rest_stays_text():
    parts = split_text(EMAIL)
    kinds = [type(p).__name__ for p in parts]
    assert kinds == ["str", "TextTable", "str", "TextTable", "str"]
    milestones = parts[1]
    assert isinstance(milestones, TextTable)
    cells = {(c.row, c.col): c for c in milestones.cells}
    assert cells[(0, 2)].text == "Already\nachieved" and cells[(0, 6)].text == "Very\nunlikely"
    # the label typed over four lines is one cell over its four rows
    label = cells[(1, 0)]
    assert label.row_span == 4 and label.text == (
        "1. Effective partnerships with people using services, carers and other local citizens")
    assert cells[(2, 4)].text == "X" and cells[(2, 3)].text == ""
    assert "depends on the review backlog" in parts[2]
    assert parts[4].strip().startswith("Thanks, Jo")


def test_text_without_a_ruler_is_left_alone():
    text = "Totals\n-----\nOlder people   402\nLearning disability   211"
    assert split_text(text) == [text]


def test_an_email_table_in_a_web_page_is_read(tmp_path):
    path = tmp_path / "bulletin.html"
    path.write_text("<html><body><h1>Members' bulletin</h1><pre>" + EMAIL.replace(
        "&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>",
        encoding="utf-8")
    rec = extract_record(read(path, NO_FACTS), "bulletin", NO_FACTS)
    got = {(c.milestone, c.deadline.value): (c.achieved, c.likelihood and c.likelihood.value)
           for c in rec.milestones}
    assert got == {(1, "2010-04"): ("Y", None), (1, "2010-10"): (None, "fairly_likely"),
                   (1, "2011-04"): (None, "fairly_unlikely"), (2, "2010-04"): ("Y", None),
                   (2, "2010-10"): (None, "very_likely"), (2, "2011-04"): (None, "very_unlikely")}
    assert {r.requirement: r.rating.value for r in rec.requirements} == {
        "engagement.politicians": "green", "arrangements.workforce_strategy": "amber_red"}
