"""The council of a paper that is not a return (issue 14): never a phrase that only holds
a council-like word; the letterhead, title and lead first; the most-named known council
of a news story, not its newspaper's town."""

from __future__ import annotations

import pytest

from ppfextract.document import Document, Paragraph, Provenance
from ppfextract.extractors.metadata import extract_metadata
from ppfextract.extractors.walk import walk


def council_of(*texts: str, title: str | None = None) -> str | None:
    doc = Document("paper.html", "html",
                   [Paragraph.from_text(t, Provenance("paper.html", block=i))
                    for i, t in enumerate(texts)],
                   title=title)
    return extract_metadata(list(walk(doc)), doc.title, doc.furniture).council


@pytest.mark.parametrize(("texts", "title", "council"), [
    # a phrase that only holds a council-like word is no name
    (["Council-wide and strategic partners were consulted on the plan."], None, None),
    (["Council - wide and strategic partners"], None, None),
    # words that start a sentence are not part of the name
    (["From September Norfolk County Council will offer a personal budget to everyone."],
     None, "Norfolk"),
    # a letterhead without "Council"
    (["METROPOLITAN BOROUGH OF WIRRAL", "Cabinet, 10 February 2011",
      "1.1 This report updates Cabinet."], None, "Wirral"),
    # a news story: its lead's council, not the newspaper's town or a road
    (["The Weald & Medway Courier", "County falls behind on care budgets",
      "By a reporter · 9 October 2010",
      "Kent County Council has been criticised for the slow spread of personal budgets, "
      "with 11pc of eligible adults holding one.",
      "Medway Council, which runs its own social services, said 22pc of its clients had "
      "one. Medway towns ..."], None, "Kent"),
    (["Almost 2,700 people in Barnsley now get their care through a personal budget, "
      "figures released by Barnsley Council show.", "Barnsley supports 6,160 adults."],
     "Care shake-up - Dearne Valley Chronicle", "Barnsley"),
    # a place inside a longer name is no council named
    (["Residents of Kingston Hill and Coombe Road met on Thursday about the crossing.",
      "Kingston Hill will be resurfaced in May."], None, None),
])
def test_council_of_a_paper(texts, title, council):
    assert council_of(*texts, title=title) == council
