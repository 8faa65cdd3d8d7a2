"""Which texts of a document facts are read from, and how: a PDF paragraph printed as
one paragraph per line is read as one text; prose table cells are read, a data table's
cells and the tables a return was read from are not (issue 14)."""

from __future__ import annotations

from ppfextract.document import Cell, Document, Paragraph, Provenance, Table, text_lines
from ppfextract.extractors import fact_blocks
from ppfextract.extractors.fact_cells import is_prose, prose_text
from ppfextract.extractors.facts import facts_from_blocks
from ppfextract.framework import FactKind
from ppfextract.record import Answer, Record

PEOPLE = FactKind.PEOPLE_WITH_PERSONAL_BUDGET
USERS = FactKind.SERVICE_USERS_TOTAL


def _line(text: str, block: int, top: float, left: float = 72.0,
          page: int = 3) -> tuple[str, Provenance]:
    return text, Provenance("minutes.pdf", block=block, page=page,
                            bbox=(left, top, 520.0, top + 11.0))


def test_the_lines_of_one_pdf_paragraph_are_read_as_one_text() -> None:
    blocks = [
        _line("The Head of Service reported that by the end of September 1,612", 0, 100.0),
        _line("people across the county had been given a personal budget, and", 1, 112.0),
        _line("that the remaining cases would follow.", 2, 124.0),
    ]
    facts = facts_from_blocks(blocks)
    assert [(f.kind, f.value) for f in facts] == [(PEOPLE, 1612)]
    # the value's own line is its provenance, and its span is in that line's text
    prov = facts[0].provenance["value"]
    assert prov.block == 0
    assert prov.span is not None
    assert blocks[0][0][prov.span[0]:prov.span[1]].endswith("1,612")


def test_lines_far_apart_or_after_a_full_stop_stay_apart() -> None:
    # a heading above (a full stop ends it), a gap of a paragraph, another page
    after_stop = [_line("Personal budgets were explained to members.", 0, 100.0),
                  _line("1,612 people attended the roadshows", 1, 112.0)]
    far = [_line("The Head of Service reported that by September 1,612", 0, 100.0),
           _line("people across the county had been given a personal budget.", 1, 140.0)]
    other_page = [_line("The Head of Service reported that by September 1,612", 0, 700.0),
                  _line("people across the county had been given a personal budget.", 1,
                        712.0, page=4)]
    for blocks in (after_stop, far, other_page):
        assert facts_from_blocks(blocks) == []


def _cell(text: str, row: int, col: int, block: int) -> Cell:
    return Cell(text_lines(text), row, col,
                provenance=Provenance("report.docx", block=block, row=row, col=col))


def _report(*, answered: bool) -> tuple[Document, Record]:
    summary = Table([
        _cell("Summary of issues", 0, 0, 1),
        _cell("The directorate now supports some 9,300 adults in the community, and 2,480 "
              "of them have a personal budget.", 0, 1, 1),
        _cell("Number of clients", 1, 0, 1),
        _cell("9,300", 1, 1, 1),
    ], 2, 2, Provenance("report.docx", block=1))
    doc = Document("report.docx", "docx", [
        Paragraph.from_text("Cabinet report", Provenance("report.docx", block=0)),
        summary,
        Paragraph.from_text("Officers plan to review 1,100 care packages by March.",
                            Provenance("report.docx", block=2)),
    ])
    record = Record(document="report.docx")
    if answered:  # a return was read from this table: its cells are the form's own
        record.answers.append(Answer(1, "Q1", "Answer text",
                                     {"answer": Provenance("report.docx", block=1, row=0,
                                                           col=1)}))
    return doc, record


def test_prose_table_cells_are_read_and_data_cells_are_not() -> None:
    doc, record = _report(answered=False)
    texts = [t for t, _ in fact_blocks(doc, record)]
    assert texts == ["Cabinet report", doc.blocks[1].cells[1].text,  # type: ignore[union-attr]
                     "Officers plan to review 1,100 care packages by March."]
    facts = facts_from_blocks(fact_blocks(doc, record))
    assert [(f.kind, f.value) for f in facts] == [
        (USERS, 9300), (PEOPLE, 2480), (FactKind.REVIEWS_PLANNED, 1100)]
    assert facts[0].provenance["value"].row == 0 and facts[0].provenance["value"].col == 1


def test_a_returns_own_table_gives_no_prose_cells() -> None:
    doc, record = _report(answered=True)
    texts = [t for t, _ in fact_blocks(doc, record)]
    # the answer itself is still read once, from the record
    assert texts == ["Cabinet report",
                     "Officers plan to review 1,100 care packages by March.", "Answer text"]


def test_is_prose() -> None:
    assert is_prose("Around 2,480 of them now have a personal budget, up from 1,900.")
    assert not is_prose("Number of clients with a Personal Budget")  # a label, no stop
    assert not is_prose("TOTAL CLIENTS SUPPORTED IN THE COMMUNITY.")  # capitals
    assert not is_prose("9,300.")


def test_a_cells_lines_of_print_are_read_as_one_sentence() -> None:
    text = ("By the end of June 1,930\npeople had been given a personal budget.\n"
            "Reviews\nContinue.")
    cell = Cell(text_lines(text), 0, 1)
    assert prose_text(cell) == ("By the end of June 1,930 people had been given a "
                                "personal budget.\nReviews\nContinue.")
    facts = facts_from_blocks([(prose_text(cell), Provenance("r.pdf", block=4, row=0,
                                                              col=1))])
    assert [(f.kind, f.value) for f in facts] == [(PEOPLE, 1930)]
