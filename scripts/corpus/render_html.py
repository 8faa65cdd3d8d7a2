"""Write a model.Doc as hand-written HTML: council web pages and Word "save as web page"."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from .model import C, Doc, Heading, Mark, P, PageBreak, Para, Table

WD_ON = ("<span style='font-family:Wingdings;mso-ascii-font-family:Wingdings;"
         "mso-char-type:symbol;mso-symbol-font-family:Wingdings'><span style='mso-char-type:"
         "symbol;mso-symbol-font-family:Wingdings'>\u00fc</span></span>")

MARKS: dict[str, Callable[[bool], str]] = {
    "e10004": lambda on: "&#10004;" if on else "&nbsp;",
    "e10003": lambda on: "&#10003;" if on else "",
    "e2612": lambda on: "&#x2612;" if on else "&#x2610;",
    "X": lambda on: "X" if on else "",
    "Y": lambda on: "Y" if on else "",
    "yesno": lambda on: "Yes" if on else "No",
    "wd-span": lambda on: WD_ON if on else "<o:p>&nbsp;</o:p>",
    "input": lambda on: f'<input type="checkbox"{" checked" if on else ""} disabled>',
    "bgcolor": lambda on: "&nbsp;",
    "style-bg": lambda on: "&nbsp;",
}
PICK_FILL = "#92D050"


def _para(p: P, style: str) -> tuple[str, bool]:
    out, picked = [], False
    for part in p.parts:
        if isinstance(part, Mark):
            picked |= part.on
            out.append(MARKS[style](part.on))
        else:
            out.append(html.escape(part))
    text = "".join(out)
    return (f"<b>{text}</b>" if p.bold else text), picked


def _cell(model: C, style: str, word: bool) -> str:
    parts, picked = [], False
    for p in model.paras:
        text, on = _para(p, style)
        picked |= on
        parts.append(text)
    if word:
        body = "".join(f"<p class=MsoNormal>{t or '&nbsp;'}</p>" for t in parts) or \
            "<p class=MsoNormal>&nbsp;</p>"
    else:
        body = "<br>".join(parts)
    fill = f"#{model.fill}" if model.fill else (PICK_FILL if picked else None)
    attrs = f" colspan={model.span}" if model.span > 1 else ""
    if fill and (model.fill or style in ("bgcolor", "style-bg")):
        attrs += (f" bgcolor=\"{fill}\"" if style != "style-bg"
                  else f' style="background:{fill}"')
    return f"<td valign=top{attrs}>{body}</td>"


def _table(t: Table, style: str, word: bool) -> str:
    cls = " class=MsoTableGrid" if word else ""
    rows = []
    for r, row in enumerate(t.rows):
        tag = "th" if r < t.header_rows and not word else "td"
        cells = "".join(_cell(m, style, word) for m in row)
        if tag == "th":
            cells = cells.replace("<td", "<th").replace("</td>", "</th>")
        rows.append(f"<tr>{cells}</tr>")
    return (f"<table{cls} border=1 cellspacing=0 cellpadding=4>\n" + "\n".join(rows)
            + "\n</table>")


def render(d: Doc, style: str, path: Path, *, word: bool = False,
           site: str | None = None) -> None:
    """``word``: Word "Web Page" markup (MsoNormal paragraphs, o:p); ``site``: wrap the
    content in a council website's header, navigation and footer."""
    body = []
    for block in d.blocks:
        if isinstance(block, Heading):
            body.append(f"<h{block.level + 1}>{html.escape(block.text)}</h{block.level + 1}>")
        elif isinstance(block, Para):
            text = html.escape(block.text) or "&nbsp;"
            text = f"<b>{text}</b>" if block.bold else text
            body.append(f"<p class=MsoNormal>{text}</p>" if word else f"<p>{text}</p>")
        elif isinstance(block, PageBreak):
            body.append("<br clear=all style='page-break-before:always'>" if word else "<hr>")
        else:
            body.append(_table(block, style, word))
    head = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head><meta http-equiv="
            "Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content="
            "\"Microsoft Word 12\">" if word else
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">")
    content = "\n".join(body)
    if site:
        content = (f"<header class=\"site-header\"><a href=\"/\">{html.escape(site)}</a>"
                   "</header>\n<nav><ul><li>Home</li><li>Council and democracy</li>"
                   "<li>Meetings, agendas and minutes</li><li>Elections April 2011</li></ul>"
                   f"</nav>\n<main>\n{content}\n</main>\n<footer>&copy; {html.escape(site)}"
                   "</footer>")
    page = (f"{head}<title>{html.escape(d.title)}</title></head>\n<body>\n{content}\n"
            "</body></html>\n")
    path.write_text(page, encoding="utf-8")
