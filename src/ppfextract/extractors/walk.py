"""Walking a document in reading order: paragraphs and table rows, nested tables inline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..document import Cell, Document, Paragraph, Table


@dataclass
class RowView:
    """One table row: its distinct cells left to right."""

    table: Table
    index: int  # row index within the table
    cells: list[Cell]
    table_no: int  # running number of the table in the document

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def first_text(self) -> str:
        for cell in self.cells:
            if cell.text.strip():
                return cell.text
        return ""


Unit = Paragraph | RowView


def walk(doc: Document) -> Iterator[Unit]:
    """Paragraphs and table rows in reading order; a nested table's rows follow the
    row that holds it."""
    counter = [0]

    def rows_of(table: Table) -> Iterator[RowView]:
        counter[0] += 1
        number = counter[0]
        for r, cells in enumerate(table.rows()):
            yield RowView(table, r, cells, number)
            for cell in cells:
                if cell.row == r:
                    for inner in cell.nested:
                        yield from rows_of(inner)

    for block in doc.blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            yield from rows_of(block)
