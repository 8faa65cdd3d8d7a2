"""Write a model.Doc as a PDF with reportlab platypus: ruled tables that split across
pages, ZapfDingbats ticks, picked options as filled rectangles with no text."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from .model import C, Doc, Heading, Mark, P, PageBreak, Para, Table

MARKS: dict[str, Callable[[bool], str]] = {
    "zapf": lambda on: '<font name="ZapfDingbats">\u2714</font>' if on else "",
    "zapf-box": lambda on: ('<font name="ZapfDingbats">\u2714</font>' if on
                            else '<font name="ZapfDingbats">\u274f</font>'),
    "rect": lambda on: "",
    "X": lambda on: "X" if on else "",
    "Y": lambda on: "Y" if on else "",
}
RECT_FILL = colors.HexColor("#4F81BD")


class _Styles:
    def __init__(self, size: float) -> None:
        base = getSampleStyleSheet()
        self.cell = ParagraphStyle("cell", base["Normal"], fontSize=size - 1,
                                   leading=size + 1)
        self.bold = ParagraphStyle("cellb", self.cell, fontName="Helvetica-Bold")
        self.body = ParagraphStyle("body", base["Normal"], fontSize=size, leading=size + 3)
        self.bodyb = ParagraphStyle("bodyb", self.body, fontName="Helvetica-Bold")
        self.heads = {1: base["Heading1"], 2: base["Heading2"], 3: base["Heading3"]}


def _para(p: P, style: str) -> tuple[str, bool]:
    out, picked = [], False
    for part in p.parts:
        if isinstance(part, Mark):
            picked |= part.on
            out.append(MARKS[style](part.on))
        else:
            out.append(html.escape(part))
    return "".join(out), picked


def _cell(model: C, style: str, st: _Styles) -> tuple[list[Paragraph], bool]:
    out, picked = [], False
    for p in model.paras:
        text, on = _para(p, style)
        picked |= on
        if text:
            out.append(Paragraph(text, st.bold if p.bold else st.cell))
    return out, picked


def _table(t: Table, style: str, st: _Styles, width: float) -> RLTable:
    data, cmds = [], [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                      ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, row in enumerate(t.rows):
        line, col = [], 0
        for model in row:
            content, picked = _cell(model, style, st)
            line.append(content)
            line += [""] * (model.span - 1)
            if model.span > 1:
                cmds.append(("SPAN", (col, r), (col + model.span - 1, r)))
            if model.fill:
                cmds.append(("BACKGROUND", (col, r), (col + model.span - 1, r),
                             colors.HexColor("#" + model.fill)))
            elif picked and style == "rect":
                cmds.append(("BACKGROUND", (col, r), (col + model.span - 1, r), RECT_FILL))
            col += model.span
        data.append(line)
    total = sum(t.widths)
    table = RLTable(data, colWidths=[width * w / total for w in t.widths],
                    repeatRows=t.header_rows)
    table.setStyle(TableStyle(cmds))
    return table


def render(d: Doc, style: str, path: Path) -> None:
    size = landscape(A4) if d.landscape else A4
    st = _Styles(d.font_size)
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=1.8 * cm,
                            rightMargin=1.8 * cm, topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                            title=d.title, author="ppfextract corpus", creator="reportlab",
                            invariant=1)
    width = size[0] - 3.6 * cm
    story: list = []
    for block in d.blocks:
        if isinstance(block, Heading):
            story.append(Paragraph(html.escape(block.text), st.heads[min(block.level, 3)]))
        elif isinstance(block, Para):
            if block.text:
                story.append(Paragraph(html.escape(block.text),
                                       st.bodyb if block.bold else st.body))
        elif isinstance(block, PageBreak):
            story.append(RLPageBreak())
        else:
            story += [_table(block, style, st, width), Spacer(1, 0.3 * cm)]
    doc.build(story)
