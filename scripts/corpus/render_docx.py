"""Write a model.Doc as a .docx with python-docx (raw OXML for marks python-docx lacks)."""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from .model import C, Doc, Heading, Mark, P, PageBreak, Para, Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docx_save import save_deterministic  # noqa: E402

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
SHADE = "C6E0B4"  # the fill a "shading only" author used for the picked option


def _run(xml: str) -> str:
    return f'<w:r {nsdecls("w")}>{xml}</w:r>'


def _text(t: str) -> list[str]:
    return [_run(f'<w:t xml:space="preserve">{html.escape(t)}</w:t>')] if t else []


def _font_text(font: str, t: str) -> list[str]:
    return [_run(f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/></w:rPr>'
                 f"<w:t>{t}</w:t>")]


def _sym(font: str, char: str) -> list[str]:
    return [_run(f'<w:sym w:font="{font}" w:char="{char}"/>')]


def _control(on: bool) -> list[str]:
    glyph = "\u2612" if on else "\u2610"
    return [f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val='
            f'"{1 if on else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
            f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r>'
            f"</w:sdtContent></w:sdt>"]


def _formfield(on: bool) -> list[str]:
    checked = '<w:checked w:val="1"/>' if on else ""
    return [_run('<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
                 '<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
                 f'<w:default w:val="0"/>{checked}</w:checkBox></w:ffData></w:fldChar>'),
            _run('<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText>'),
            _run('<w:fldChar w:fldCharType="separate"/>'),
            _run('<w:fldChar w:fldCharType="end"/>')]


MARKS: dict[str, Callable[[bool], list[str]]] = {
    "Y": lambda on: _text("Y" if on else ""),
    "X": lambda on: _text("X" if on else ""),
    "yesno": lambda on: _text("Yes" if on else "No"),
    "2713": lambda on: _text("\u2713" if on else ""),
    "2714": lambda on: _text("\u2714" if on else ""),
    "221a": lambda on: _text("\u221a" if on else ""),
    "2612": lambda on: _text("\u2612" if on else "\u2610"),
    "2611": lambda on: _text("\u2611" if on else "\u2610"),
    "wd-sym": lambda on: _sym("Wingdings", "F0FC") if on else [],
    "wd-pua": lambda on: _font_text("Wingdings", "\uf0fc") if on else [],
    "wd2-p": lambda on: _sym("Wingdings 2", "F050") if on else [],
    "sym-d6": lambda on: _sym("Symbol", "F0D6") if on else [],
    "sdt": _control,
    "formfield": _formfield,
    "shade": lambda on: [],
}


def _shade(cell, colour: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{colour}"/>'))


def _fill_paragraph(par, p: P, style: str) -> bool:
    """Write one model paragraph; True if it held a picked mark."""
    picked = False
    for part in p.parts:
        if isinstance(part, Mark):
            picked |= part.on
            for xml in MARKS[style](part.on):
                par._p.append(parse_xml(xml))
        elif part:
            run = par.add_run(part)
            run.bold = p.bold
    return picked


def _fill_cell(cell, model: C, style: str) -> None:
    picked = False
    for i, p in enumerate(model.paras):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        picked |= _fill_paragraph(par, p, style)
    if model.fill:
        _shade(cell, model.fill)
    elif picked and style == "shade":
        _shade(cell, SHADE)


def _table(doc, t: Table, style: str, width_cm: float) -> None:
    ncols = len(t.widths)
    table = doc.add_table(rows=len(t.rows), cols=ncols)
    table.style = "Table Grid"
    total = sum(t.widths)
    for r, row in enumerate(t.rows):
        col = 0
        for model in row:
            cell = table.cell(r, col)
            if model.span > 1:
                cell = cell.merge(table.cell(r, col + model.span - 1))
            _fill_cell(cell, model, style)
            col += model.span
        assert col == ncols, (col, ncols, r)
    table.autofit = False
    grid = table._tbl.tblGrid
    for k, w in enumerate(t.widths):
        grid.gridCol_lst[k].w = Cm(width_cm * w / total)
    for r, row in enumerate(t.rows):  # each (merged) cell's width: the sum of its columns
        col = 0
        for model in row:
            span_w = sum(t.widths[col:col + model.span])
            table.cell(r, col).width = Cm(width_cm * span_w / total)
            col += model.span


def render(d: Doc, style: str, path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(d.font_size)
    doc.core_properties.title = d.title
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    if d.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    width = (29.7 if d.landscape else 21.0) - 4
    for block in d.blocks:
        if isinstance(block, Heading):
            doc.add_heading(block.text, block.level)
        elif isinstance(block, Para):
            doc.add_paragraph().add_run(block.text).bold = block.bold
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            _table(doc, block, style, width)
            doc.add_paragraph()
    save_deterministic(doc, path)
