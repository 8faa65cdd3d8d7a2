"""Blind round 6's lessons, each a general rule tested on hand-written documents (no
file, no reader): an online form's printout (a label line, then its options with radio
marks, then a reason); a quarter that names a deadline's month is a return's period when
it says 'position at'; the completion date of the latest return, not the earlier one; a
table whose checkboxes answer 'Achieved?' and whose written words answer 'How likely'."""

from __future__ import annotations

from ppfextract.document import Document
from ppfextract.extractors import extract_record
from ppfextract.settings import Settings

NO_FACTS = Settings(facts=False)
TITLES = ["Effective partnerships with people using services, carers and other local citizens",
          "Self-directed support and personal budgets",
          "Prevention and cost effective services"]


def record(*blocks: dict | str):
    doc = Document.from_dict({"path": "hand.json", "format": "json", "blocks": [
        b if isinstance(b, dict) else {"type": "paragraph", "text": b} for b in blocks]})
    return extract_record(doc, "hand", NO_FACTS)


def table(*rows: list) -> dict:
    return {"type": "table", "rows": [list(r) for r in rows]}


def cells(rec) -> dict:
    return {(c.milestone, c.deadline.value): (c.achieved,
                                              c.likelihood.value if c.likelihood else None)
            for c in rec.milestones}


def radios(label: str, options: list[str], chosen: int, *after: str) -> dict:
    """A form printout's paragraph: the question's label on a line, its options on the
    next with a radio button before each, then what follows (a reason box's label)."""
    text, marks = "", []
    for i, option in enumerate(options):
        if text:
            text += " "
        marks.append({"kind": "radio_on" if i == chosen else "radio_off", "at": len(text)})
        text += option
    return {"type": "paragraph", "lines": [{"text": label}, {"text": text, "marks": marks},
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
