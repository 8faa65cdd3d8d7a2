"""HTML reader: a web page or Word "Save as Web Page" file -> :class:`Document`.

What it does, in order:

1. decodes the bytes (BOM, then a declared ``<meta charset>``, then UTF-8 if
   valid, else Windows-1252) and parses them with lxml's HTML parser, which
   neither fetches external entities nor expands entity declarations;
2. leaves out page furniture (scripts, head, header, nav, footer, asides,
   search forms, breadcrumbs, cookie banners, menus, skip links, hidden
   elements), unless the element holds the main content (a real table, or
   ``main``/``article``); a hidden tab panel, accordion section or collapsed block
   (``role=tabpanel``, ``aria-labelledby``, a tab/panel/accordion/collapse class) is
   content, as are closed ``<details>``;
3. walks the rest in document order, emitting a :class:`Paragraph` per block
   element (style = tag name: ``dt``, ``dd``, ``summary`` ...) and a :class:`Table`
   per table, placed on a true grid (colspan, rowspan, rowspan=0,
   thead/tbody/tfoot); tables of one cell (or ``role="presentation"``) are layout and
   are unwrapped; each paragraph and cell keeps its lines: words, marks at their
   offsets, and bold (b, strong, th, font-weight), struck (s, del, strike,
   text-decoration: line-through) and highlighted (mark, an inline background)
   stretches, by element, inline style or the page's own style rules;
4. decodes marks: Unicode ticks, crosses, boxes and radio circles in the text; glyphs
   in symbol fonts (Wingdings, Symbol, ...) as Word writes them; checkbox and radio
   inputs (with their ``<label for>`` text); pictures by name (alt, title, file
   name) or by what they draw (SVG shapes, PNG/GIF pixels: data: URIs, inline
   ``<svg>``, small files beside the page); each is a mark in its line, at the offset
   where it stood, and leaves the words. Form values are text: a text box's value, a
   text area's text, a select's chosen option (else its first, unless that is a
   prompt). Word list markers (``<![if !supportLists]>``, ``mso-list:Ignore``) are
   dropped when they are bullets and kept when they are numbers;
5. reads cell fills from ``bgcolor``, ``background``/``background-color``,
   Word's ``mso-pattern``/``mso-shading``, on the cell, on a sole child of the
   cell, or on the row.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.dammit import EncodingDetector
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from ..document import (
    Cell,
    Document,
    Line,
    Mark,
    MarkKind,
    MarkSource,
    Paragraph,
    Provenance,
    Table,
    text_lines,
)
from ..errors import DocumentTooLarge, EmptyDocument
from ..marks import (
    MAYBE_MARK,
    char_mark,
    glyph_mark,
    image_mark,
    is_background,
    is_faint_text,
    is_symbol_font,
    parse_colour,
)
from ..settings import Settings
from .css import Stylesheet
from .css import parse_declarations as parse_style
from .lines import BOLD, FAINT, HIGHLIGHT, STRUCK, LineBuilder
from .shapes import data_uri_bytes, picture_mark, svg_mark
from .text_tables import split_text

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------
# Decoding

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What browsers do with these labels (WHATWG Encoding): latin-1 and ascii mean cp1252,
# and a declared UTF-16 without a BOM cannot be right for an ASCII-compatible file.
_LABEL_OVERRIDES = {
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
    "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
}


def decode_html(data: bytes) -> tuple[str, str]:
    """The text of an HTML file and the encoding used to decode it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    declared = EncodingDetector.find_declared_encoding(
        data[:65536], is_html=True, search_entire_document=True)
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            log.info("unknown declared encoding %r ignored", declared)
        else:
            name = _LABEL_OVERRIDES.get(name, name)
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                log.info("file does not decode as its declared %s", name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


# ---------------------------------------------------------------------------
# Inline style helpers


def _first_family(value: str) -> str:
    return value.split(",")[0].strip().strip("'\"").strip()


def _ruled_style(tag: Tag, sheet: Stylesheet) -> dict[str, str]:
    """The declarations the page's style rules give ``tag``."""
    return sheet.declarations(tag.name, (_attr(tag, "class") or "").split(),
                              _attr(tag, "id"))


def _style_font(style: dict[str, str]) -> str | None:
    if style.get("mso-char-type", "").lower() == "symbol" and style.get("mso-symbol-font-family"):
        return _first_family(style["mso-symbol-font-family"])
    if style.get("font-family"):
        return _first_family(style["font-family"])
    shorthand = style.get("font")
    if shorthand:
        # CSS 'font: [style] size[/line-height] family[, family]'
        m = re.search(r"\d[\w.%]*(?:/\S+)?\s+(.+)$", shorthand)
        if m:
            return _first_family(m[1])
    return None


_COLOUR_TOKEN = re.compile(r"#[0-9a-fA-F]{3,6}\b|rgba?\([^)]*\)|[a-zA-Z]+")


def style_background(style: dict[str, str]) -> str | None:
    """The fill colour an inline style gives, as hex, or None."""
    if "background-color" in style:
        colour = parse_colour(style["background-color"])
        if colour:
            return colour
    background = style.get("background", "")
    background = re.sub(r"url\([^)]*\)", " ", background)
    for token in _COLOUR_TOKEN.findall(background):
        colour = parse_colour(token)
        if colour:
            return colour
    pattern = style.get("mso-pattern", "").split()
    if len(pattern) == 2 and pattern[0].lower() == "solid":
        colour = parse_colour(pattern[1])
        if colour:
            return colour
    return parse_colour(style.get("mso-shading"))


def _attr(tag: Tag, name: str) -> str | None:
    value = tag.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def _own_fill(tag: Tag, sheet: Stylesheet | None = None) -> str | None:
    """An element's fill: its inline style, else the page's style rules for it, else a
    ``bgcolor`` attribute (the order in which a browser lets them win)."""
    inline = style_background(parse_style(_attr(tag, "style")))
    if inline:
        return inline
    if sheet:
        ruled = style_background(_ruled_style(tag, sheet))
        if ruled:
            return ruled
    return parse_colour(_attr(tag, "bgcolor"))


# ---------------------------------------------------------------------------
# Page furniture

_FURNITURE_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "nav", "aside", "iframe", "object",
    "embed", "svg", "canvas", "button", "title", "meta", "link", "xml",
})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
# One word of a class or id that marks furniture on its own ...
_FURNITURE_WORDS = frozenset({
    "breadcrumb", "breadcrumbs", "breadcrumbtrail", "cookie", "cookies", "cookiebanner",
    "cookieconsent", "masthead", "menu", "menubar", "navbar", "navigation", "sidebar",
    "skiplink", "skiplinks", "sharethis", "addthis", "socialmedia", "gdpr",
})
# ... and pairs of neighbouring words that do ('social care' is content, 'social links' not).
_FURNITURE_PAIRS = frozenset({
    ("site", "header"), ("site", "footer"), ("global", "header"), ("global", "footer"),
    ("skip", "link"), ("skip", "links"), ("skip", "to"), ("skip", "nav"),
    ("skip", "content"), ("nav", "bar"), ("side", "bar"), ("side", "nav"),
    ("share", "buttons"), ("share", "links"), ("share", "bar"), ("share", "this"),
    ("share", "tools"), ("social", "links"), ("social", "media"), ("social", "share"),
    ("social", "icons"), ("social", "buttons"), ("site", "search"), ("search", "box"),
    ("search", "form"), ("cookie", "banner"), ("cookie", "consent"),
})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden",
                           re.I)
_CONTENT_SECTIONS = ("article", "main", "section")


def _name_words(value: str) -> list[str]:
    """'mgMainContent' -> ['mg', 'main', 'content']; 'site-header' -> ['site', 'header']."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", value)
    return [w for w in re.split(r"[^a-zA-Z0-9]+", spaced.lower()) if w]


def _marks_furniture_name(value: str) -> bool:
    words = _name_words(value)
    if any(w in _FURNITURE_WORDS for w in words):
        return True
    return any(pair in _FURNITURE_PAIRS for pair in zip(words, words[1:], strict=False))


def _holds_main_content(tag: Tag) -> bool:
    """An element we must not drop whatever its class says: it holds a real table or
    the page's main content."""
    if tag.find(["main", "article"]) or tag.find(
            attrs={"role": "main"}):  # type: ignore[call-overload]
        return True
    for table in tag.find_all("table"):
        if len(table.find_all("tr", limit=2)) >= 2:
            return True
    return False


def _in_content_section(tag: Tag) -> bool:
    for parent in tag.parents:
        if parent.name in _CONTENT_SECTIONS or _attr(parent, "role") == "main":
            return True
    return False


def _is_search_form(tag: Tag) -> bool:
    if tag.find("table"):
        return False
    if any(_marks_furniture_name(v) or "search" in _name_words(v)
           for v in (_attr(tag, "id") or "", _attr(tag, "class") or "")):
        return True
    if tag.find(["p", "h1", "h2", "h3", "h4", "h5", "h6"]):
        return False
    return not tag.find("input", attrs={"type": re.compile("^(checkbox|radio)$", re.I)})


_PANEL_WORDS = frozenset({
    "tab", "tabs", "tabpanel", "tabcontent", "panel", "pane", "accordion", "collapse",
    "collapsible", "expandable", "expander", "toggle", "disclosure", "details", "step",
})


def _is_panel(tag: Tag) -> bool:
    """A hidden tab panel, accordion section or collapsed block: content a reader opens
    with a click, so still content."""
    role = (_attr(tag, "role") or "").lower()
    if role in ("dialog", "alertdialog", "tooltip", "menu", "listbox"):
        return False
    if role in ("tabpanel", "region") or tag.has_attr("aria-labelledby"):
        return True
    words = _name_words(_attr(tag, "class") or "") + _name_words(_attr(tag, "id") or "")
    return any(w in _PANEL_WORDS for w in words)


def is_furniture(tag: Tag) -> bool:
    """Is this element page furniture (navigation, banners, scripts) to leave out?"""
    name = tag.name
    if name == "button" and (_attr(tag, "aria-pressed") or "").lower() in ("true", "false"):
        return False  # a toggle showing a choice, not a page control
    if name in _FURNITURE_TAGS:
        return True
    if name in ("header", "footer"):
        return not _in_content_section(tag)
    if name == "form":
        return _is_search_form(tag)
    if _shown_hidden(tag) and not _is_panel(tag):
        return True
    if name == "a" and (_attr(tag, "href") or "").startswith("#") and tag.get_text(
            " ", strip=True).lower().startswith("skip"):
        return True
    role = (_attr(tag, "role") or "").lower()
    named = role in _FURNITURE_ROLES or any(
        _marks_furniture_name(v) for v in (_attr(tag, "id") or "", _attr(tag, "class") or ""))
    return named and not _holds_main_content(tag)


# ---------------------------------------------------------------------------
# The walk

_BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "div",
    "section", "article", "main", "ul", "ol", "dl", "center", "address", "figure",
    "figcaption", "fieldset", "legend", "details", "summary", "hr", "body", "html", "form",
    "menu", "dir", "listing", "xmp", "plaintext", "caption", "tr", "td", "th", "thead",
    "tbody", "tfoot",
})
_PRE_TAGS = frozenset({"pre", "listing", "xmp", "plaintext", "textarea"})
_SOFT_SPACE = re.compile(r"[\s\u00a0]+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NUMBERING = re.compile(
    r"\(?(?:\d+(?:\.\d+)*[.)]?|[A-Za-z][.)]|[ivxlcdmIVXLCDM]+[.)])")
_MAX_DEPTH = 300
_MAX_GRID = 2_000_000


@dataclass(frozen=True)
class _Ctx:
    font: str | None = None  # the font family in force for text
    pre: bool = False  # inside <pre>: line breaks are kept
    depth: int = 0
    flags: int = 0  # lines.BOLD | HIGHLIGHT | STRUCK in force for text


_BOLD_TAGS = frozenset({"b", "strong", "th"})
_STRUCK_TAGS = frozenset({"s", "strike", "del"})
_STYLED_TAGS = _BOLD_TAGS | _STRUCK_TAGS | {"mark", "font"}
_INLINE_BACKGROUND_TAGS = frozenset({"span", "font", "mark", "b", "strong", "i", "em", "u",
                                     "a", "s", "del", "strike", "ins", "label", "abbr", "sup",
                                     "sub", "small", "big", "code", "time"})
_TEXT_INPUTS = frozenset({"", "text", "date", "number", "email", "tel", "url", "month",
                          "week", "time", "datetime-local", "search"})


def _faded(opacity: str | None) -> bool:
    try:
        return opacity is not None and float(opacity.strip().rstrip("%")) / (
            100 if opacity.strip().endswith("%") else 1) <= 0.6
    except ValueError:
        return False


def _style_flags(tag: Tag, style: dict[str, str], flags: int) -> int:
    """The style bits in force inside ``tag``: bold (b, strong, font-weight), struck
    (s, del, strike, text-decoration: line-through), highlighted (mark, or a background
    on an inline element; a cell's background is its fill)."""
    name = tag.name
    if name in _BOLD_TAGS:
        flags |= BOLD
    if name in _STRUCK_TAGS:
        flags |= STRUCK
    if name == "mark":
        flags |= HIGHLIGHT
    weight = style.get("font-weight", "").strip().lower()
    if weight:
        if weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 600):
            flags |= BOLD
        elif weight in ("normal", "lighter") or weight.isdigit():
            flags &= ~BOLD
    decoration = (style.get("text-decoration-line") or style.get("text-decoration", "")).lower()
    if "line-through" in decoration:
        flags |= STRUCK
    color = style.get("color") or (_attr(tag, "color") if name == "font" else None)
    if color or "opacity" in style:  # greyed out: light grey text, or faded
        if _faded(style.get("opacity")) or is_faint_text(parse_colour(color)):
            flags |= FAINT
        elif color:
            flags &= ~FAINT
    if name in _INLINE_BACKGROUND_TAGS:
        colour = style_background(style) or parse_colour(style.get("mso-highlight"))
        if colour and not is_background(colour):
            flags |= HIGHLIGHT
    return flags


class _Flow:
    """Turns a stretch of HTML into paragraphs and tables, collecting marks.

    The document body is one flow (its items become the document's blocks); each
    table cell is another (its paragraphs become the cell's lines, its tables the
    cell's nested tables). Each paragraph is kept twice while the extractors still read
    text: its lines (words, marks at their offsets, styled stretches) and the text with
    a stand-in character where a decoded glyph, control or picture stood.
    """

    def __init__(self, reader: _Reader, block: int | None = None):
        self.reader = reader
        self.block = block  # fixed block index inside a cell; None at top level
        self.items: list[tuple[str, tuple[Line, ...]] | Table] = []  # (style, lines)
        self._lines = LineBuilder()
        self._style: str | None = None
        self._stack: list[str] = ["body"]
        self._capture: list[str] | None = None  # text of a Word list marker being read
        self._capture_depth = 0

    # -- output -------------------------------------------------------------

    def block_index(self) -> int:
        return len(self.items) if self.block is None else self.block

    def flush(self) -> None:
        if self._capture_depth:
            self._capture_depth = 1
            self._end_capture()
        found = self._lines.finish()
        if found:
            self.items.append((self._style or self._stack[-1], found))
        self._style = None

    def _emit(self, text: str, flags: int = 0) -> None:
        if self._style is None and text.strip():
            self._style = self._stack[-1]
        self._lines.add(text, flags)

    def _emit_mark(self, mark: Mark) -> None:
        if self._style is None:
            self._style = self._stack[-1]
        self._lines.mark(mark)

    # -- walking ------------------------------------------------------------

    def walk(self, node: Tag, ctx: _Ctx) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                self._comment(str(child))
            elif isinstance(child, (Doctype, Declaration, CData, ProcessingInstruction)):
                continue
            elif isinstance(child, NavigableString):
                self._text(str(child), ctx)
            elif isinstance(child, Tag):
                self._element(child, ctx)

    def _element(self, tag: Tag, ctx: _Ctx) -> None:
        name = tag.name
        if name == "svg":
            self._svg(tag)
            return
        if is_furniture(tag):
            return
        if name == "br":
            if not self._capture_depth:
                self._emit("\n")
            return
        if ctx.depth > _MAX_DEPTH:  # pathological nesting: keep the text, flat
            self._text(" " + tag.get_text(" ") + " ", ctx)
            return
        if name == "table":
            self._table(tag, ctx)
            return
        if name in ("pre", "listing", "xmp", "plaintext") and not self._capture_depth \
                and self.block is None and self._typed_tables(tag, ctx):
            return
        if name in ("input", "select"):
            self._control(tag, ctx)
            return
        if name == "img":
            self._image(tag)
            return
        state = _aria_state(tag)
        if state is not None and not self._capture_depth:
            self._emit(" ")
            self._emit_mark(state)
        inner = self._inner_ctx(tag, ctx)
        if _is_list_marker(tag):
            self._begin_capture()
            self.walk(tag, inner)
            self._end_capture()
        elif name in _BLOCK_TAGS:
            self.flush()
            self._stack.append(name)
            self.walk(tag, inner)
            self.flush()
            self._stack.pop()
        else:
            self.walk(tag, inner)
            if state is not None and not self._capture_depth:
                self._emit(" ")  # a control's label ends with the control

    def _inner_ctx(self, tag: Tag, ctx: _Ctx) -> _Ctx:
        sheet = self.reader.stylesheet
        inline = parse_style(_attr(tag, "style"))
        ruled = _ruled_style(tag, sheet) if sheet else {}
        style = {**ruled, **inline} if ruled else inline
        if tag.name == "font" and tag.get("face"):
            font: str | None = _first_family(str(tag["face"]))
        else:
            font = _style_font(inline) or (_style_font(ruled) if ruled else None)
        flags = _style_flags(tag, style, ctx.flags) if style or tag.name in _STYLED_TAGS \
            else ctx.flags
        return replace(ctx, font=font if font is not None else ctx.font,
                       pre=ctx.pre or tag.name in _PRE_TAGS, depth=ctx.depth + 1,
                       flags=flags)

    def _comment(self, text: str) -> None:
        text = text.strip().lower()
        if text.startswith("[if !supportlists]"):
            self._begin_capture()
        elif text.startswith("[endif]") and self._capture_depth:
            self._end_capture()

    def _begin_capture(self) -> None:
        if not self._capture_depth:
            self._capture = []
        self._capture_depth += 1

    def _end_capture(self) -> None:
        """A Word list marker ends: keep it when it is a number ('1.', 'a)'), drop a bullet."""
        self._capture_depth = max(0, self._capture_depth - 1)
        if self._capture_depth or self._capture is None:
            return
        marker = _SOFT_SPACE.sub(" ", "".join(self._capture)).strip()
        self._capture = None
        if marker and _NUMBERING.fullmatch(marker):
            self._emit(marker + " ")

    def _text(self, text: str, ctx: _Ctx) -> None:
        text = _INVISIBLE.sub("", text)
        if ctx.pre:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            text = "\n".join(_SOFT_SPACE.sub(" ", line) for line in text.split("\n"))
        else:
            text = _SOFT_SPACE.sub(" ", text)
        if not text:
            return
        symbol = ctx.font is not None and is_symbol_font(ctx.font)
        if self._capture is not None:
            # a list marker: its glyphs (a Wingdings bullet) are never a number
            self._capture.extend(ch for ch in text if not symbol or ch.isspace()
                                 or glyph_mark(ctx.font or "", ord(ch)) is None)
            return
        if not symbol and not MAYBE_MARK.search(text):
            self._emit(text, ctx.flags)
            return
        for ch in text:
            mark = glyph_mark(ctx.font or "", ord(ch)) if symbol and not ch.isspace() \
                else char_mark(ch)
            if mark is None:
                self._emit(ch, ctx.flags)
            else:
                self._emit_mark(mark)

    def _image(self, tag: Tag) -> None:
        """A tick, cross, box or radio drawn as a picture: by its alt text, title or file
        name, else by what it draws (a data: URI, or a small file beside the page);
        other pictures are ignored."""
        if self._capture_depth:
            return
        src = _attr(tag, "src") or ""
        mark = image_mark(_attr(tag, "alt") or "", _attr(tag, "title") or "",
                          "" if src.startswith("data:") else src.rsplit("/", 1)[-1])
        if mark is not None:
            self._emit_mark(mark)
            return
        kind = self.reader.picture_kind(src)
        if kind is not None:
            self._emit_mark(Mark(kind, MarkSource.IMAGE, f"drawn: {_picture_name(src)}"))

    def _svg(self, tag: Tag) -> None:
        """An inline SVG picture: a mark when it draws one, else nothing (icons, logos)."""
        if self._capture_depth or len(str(tag)) > 20000:
            return
        kind = svg_mark(str(tag))
        if kind is not None:
            self._emit_mark(Mark(kind, MarkSource.IMAGE, "drawn: inline svg"))

    def _control(self, tag: Tag, ctx: _Ctx) -> None:
        if self._capture_depth:
            return
        if tag.name == "select":
            options = tag.find_all("option")
            chosen = [o.get_text(" ", strip=True) for o in options if o.has_attr("selected")]
            if chosen:
                self._emit(" " + "; ".join(chosen) + " ", ctx.flags)
            elif options and not tag.has_attr("multiple"):
                # nothing chosen: a browser shows the first option, unless it only asks
                shown = options[0].get_text(" ", strip=True)
                if shown and not _is_placeholder_option(shown, options[0]):
                    self._emit(" " + shown + " ", ctx.flags)
            return
        kind_attr = (_attr(tag, "type") or "").lower()
        if kind_attr in _TEXT_INPUTS:
            value = (_attr(tag, "value") or "").strip()
            if value:
                self._emit(" " + value + " ", ctx.flags)
            return
        if kind_attr not in ("checkbox", "radio"):
            return
        on = tag.has_attr("checked")
        if kind_attr == "checkbox":
            kind = MarkKind.CHECKED_BOX if on else MarkKind.UNCHECKED_BOX
        else:
            kind = MarkKind.RADIO_ON if on else MarkKind.RADIO_OFF
        detail = f"{kind_attr} {'checked' if on else 'unchecked'}"
        label = self.reader.label_for(tag)
        if label:
            detail += f": {label}"
        self._emit_mark(Mark(kind, MarkSource.HTML_INPUT, detail))

    # -- tables -------------------------------------------------------------

    def _typed_tables(self, tag: Tag, ctx: _Ctx) -> bool:
        """Pre-formatted text holding a table typed with spaces under a ruler of dashes:
        its text as paragraphs, the table as a table. False when it holds none."""
        parts = split_text(_INVISIBLE.sub("", tag.get_text()))
        if len(parts) == 1 and isinstance(parts[0], str):
            return False
        pre = replace(ctx, pre=True)
        self.flush()
        self._stack.append("pre")
        for part in parts:
            if isinstance(part, str):
                if part.strip():
                    self._text(part.strip("\n"), pre)
                    self.flush()
                continue
            block = self.block_index()
            cells = [Cell.from_lines(text_lines(c.text), c.row, c.col, row_span=c.row_span,
                                     provenance=Provenance(self.reader.file, block=block,
                                                           row=c.row, col=c.col))
                     for c in part.cells]
            self.items.append(Table(cells, part.n_rows, part.n_cols,
                                    Provenance(self.reader.file, block=block)))
        self._stack.pop()
        return True

    def _table(self, tag: Tag, ctx: _Ctx) -> None:
        groups = _row_groups(tag)
        n_cells = sum(len(_cells_of(tr)) for group in groups for tr in group)
        self.flush()
        if n_cells == 0:
            return
        if _is_layout_table(tag, groups, n_cells, self.reader.stylesheet):
            for tr in (tr for group in groups for tr in group):
                for td in _cells_of(tr):
                    self._stack.append("div")
                    self.walk(td, replace(ctx, depth=ctx.depth + 1))
                    self.flush()
                    self._stack.pop()
            return
        caption = tag.find("caption", recursive=False)
        if caption is not None and self.block is None:
            text = _SOFT_SPACE.sub(" ", caption.get_text(" ")).strip()
            if text:
                self.items.append(("caption", (Line(text),)))
        table = _TableBuilder(self.reader, self.block_index(), ctx).build(groups)
        if table.cells:
            self.items.append(table)


def _picture_name(src: str) -> str:
    if src.startswith("data:"):
        return src[:src.find(",")][:40] if "," in src else "data:"
    return src.rsplit("/", 1)[-1][:60]


def _is_placeholder_option(text: str, option: Tag) -> bool:
    value = _attr(option, "value")
    return (value is not None and not value.strip()) or bool(_PLACEHOLDER_OPTION.fullmatch(
        text.strip()))


_PLACEHOLDER_OPTION = re.compile(
    r"[\s\-\u2013\u2014_.]*|[\-\u2013\s]*(?:please\s+)?(?:choose|select|pick)\b.{0,30}|"
    r"\(\s*(?:select|choose|none)[^)]{0,20}\)", re.I)


def _is_list_marker(tag: Tag) -> bool:
    style = parse_style(_attr(tag, "style"))
    return style.get("mso-list", "").lower() == "ignore"


# ---------------------------------------------------------------------------
# Tables


_ARIA_CHOICE_ROLES = frozenset({"checkbox", "switch", "menuitemcheckbox"})


def _aria_state(tag: Tag) -> Mark | None:
    """A control drawn by a script, its state in the accessibility attributes: a toggle
    button pressed or not (``aria-pressed``), an element with ``role=checkbox`` or
    ``radio`` checked or not (``aria-checked``): a mark before its label."""
    pressed = (_attr(tag, "aria-pressed") or "").lower()
    checked = (_attr(tag, "aria-checked") or "").lower()
    role = (_attr(tag, "role") or "").lower()
    if pressed in ("true", "false") and tag.name in ("button", "a", "span", "div") or \
            role == "button" and pressed in ("true", "false"):
        on = pressed == "true"
        kind = MarkKind.RADIO_ON if on else MarkKind.RADIO_OFF
        return Mark(kind, MarkSource.HTML_INPUT, f"button aria-pressed={pressed}")
    if checked in ("true", "false") and role in _ARIA_CHOICE_ROLES | {"radio", "menuitemradio"}:
        on = checked == "true"
        if role in _ARIA_CHOICE_ROLES:
            kind = MarkKind.CHECKED_BOX if on else MarkKind.UNCHECKED_BOX
        else:
            kind = MarkKind.RADIO_ON if on else MarkKind.RADIO_OFF
        return Mark(kind, MarkSource.HTML_INPUT, f"{role} aria-checked={checked}")
    return None


def _cells_of(tr: Tag) -> list[Tag]:
    """A row's cells as shown: a cell hidden by its style (a list view's hidden ID or
    last-quarter column) is not on the page."""
    if _shown_hidden(tr):
        return []
    return [c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")
            and not _shown_hidden(c)]


def _shown_hidden(tag: Tag) -> bool:
    return tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(_attr(tag, "style") or ""))


def _is_word_sizing_row(tr: Tag) -> bool:
    """Word closes tables with `<![if !supportMisalignedColumns]><tr height=0>...`: a row of
    empty cells that only sets column widths."""
    for sibling in tr.previous_siblings:
        if isinstance(sibling, Comment):
            return "supportmisalignedcolumns" in str(sibling).lower()
        if isinstance(sibling, Tag) or str(sibling).strip():
            return False
    return False


def _rows_in(node: Tag) -> list[Tag]:
    return [tr for tr in node.children
            if isinstance(tr, Tag) and tr.name == "tr" and not _is_word_sizing_row(tr)]


def _row_groups(table: Tag) -> list[list[Tag]]:
    """Rows of a table (not of tables inside it) in visual order: thead, body, tfoot."""
    head: list[list[Tag]] = []
    body: list[list[Tag]] = []
    foot: list[list[Tag]] = []
    loose: list[Tag] = []
    for child in table.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            if not _is_word_sizing_row(child):
                loose.append(child)
            continue
        if child.name not in ("thead", "tbody", "tfoot"):
            continue
        if loose:
            body.append(loose)
            loose = []
        target = {"thead": head, "tbody": body, "tfoot": foot}[child.name]
        target.append(_rows_in(child))
    if loose:
        body.append(loose)
    return [g for g in head + body + foot if g]


def _span(value: str | None, *, maximum: int) -> int | None:
    """The HTML 'rules for parsing non-negative integers': '2' -> 2, ' 3px' -> 3,
    'x' / '-1' / missing -> None."""
    if value is None:
        return None
    m = re.match(r"\s*\+?(\d+)", value)
    if not m:
        return None
    return min(int(m[1]), maximum)


def _is_layout_table(tag: Tag, groups: list[list[Tag]], n_cells: int,
                     sheet: Stylesheet | None) -> bool:
    if (_attr(tag, "role") or "").lower() in ("presentation", "none"):
        return True
    if n_cells != 1:
        return False
    tr = next(tr for group in groups for tr in group if _cells_of(tr))
    td = _cells_of(tr)[0]
    return _cell_fill(td, tr, sheet) is None


def _content_fill(td: Tag, sheet: Stylesheet | None, depth: int = 3) -> str | None:
    """The fill of an element that is a cell's only content (Word-pasted
    `<td><p style="background:red">&nbsp;</p></td>`)."""
    node = td
    for _ in range(depth):
        kids = [k for k in node.children
                if (isinstance(k, Tag) and k.name != "o:p")
                or (type(k) is NavigableString and k.strip())]
        if len(kids) != 1 or not isinstance(kids[0], Tag):
            return None
        node = kids[0]
        fill = _own_fill(node, sheet)
        if fill:
            return fill
    return None


def _cell_fill(td: Tag, tr: Tag, sheet: Stylesheet | None) -> str | None:
    return _own_fill(td, sheet) or _content_fill(td, sheet) or _own_fill(tr, sheet)


class _TableBuilder:
    def __init__(self, reader: _Reader, block: int, ctx: _Ctx):
        self.reader = reader
        self.block = block
        self.ctx = replace(ctx, depth=ctx.depth + 1)
        self.occupied: dict[int, set[int]] = {}
        self.n_placed = 0

    def build(self, groups: list[list[Tag]]) -> Table:
        rows: list[tuple[Tag, int]] = []  # (tr, index one past the end of its group)
        for group in groups:
            end = len(rows) + len(group)
            rows.extend((tr, end) for tr in group)
        n_rows = len(rows)
        cells: list[Cell] = []
        for r, (tr, group_end) in enumerate(rows):
            col = 0
            for td in _cells_of(tr):
                taken = self.occupied.get(r, set())
                while col in taken:
                    col += 1
                col_span = _span(_attr(td, "colspan"), maximum=1000) or 1
                row_span = _span(_attr(td, "rowspan"), maximum=65534)
                if row_span is None:
                    row_span = 1
                elif row_span == 0:
                    row_span = group_end - r
                row_span = max(1, min(row_span, n_rows - r))
                self._occupy(r, col, row_span, col_span)
                cells.append(self._cell(td, tr, r, col, row_span, col_span))
                col += col_span
        n_cols = max((max(cols) + 1 for cols in self.occupied.values() if cols), default=0)
        return Table(cells, n_rows, n_cols, Provenance(self.reader.file, block=self.block))

    def _occupy(self, r: int, c: int, row_span: int, col_span: int) -> None:
        self.n_placed += row_span * col_span
        if self.n_placed > _MAX_GRID:
            raise DocumentTooLarge(f"a table spans more than {_MAX_GRID} grid positions")
        for rr in range(r, r + row_span):
            self.occupied.setdefault(rr, set()).update(range(c, c + col_span))

    def _cell(self, td: Tag, tr: Tag, r: int, c: int, row_span: int, col_span: int) -> Cell:
        flow = _Flow(self.reader, block=self.block)
        sheet = self.reader.stylesheet
        ctx = self.ctx
        if td.name == "th" or td.has_attr("style") or sheet:
            inline = parse_style(_attr(td, "style"))
            style = {**_ruled_style(td, sheet), **inline} if sheet else inline
            ctx = replace(ctx, flags=_style_flags(td, style, ctx.flags))
        flow.walk(td, ctx)
        flow.flush()
        lines = [line for item in flow.items if isinstance(item, tuple) for line in item[1]]
        nested = [item for item in flow.items if isinstance(item, Table)]
        return Cell.from_lines(
            lines, r, c, row_span=row_span, col_span=col_span,
            fill=_cell_fill(td, tr, self.reader.stylesheet),
            provenance=Provenance(self.reader.file, block=self.block, row=r, col=c),
            nested=nested)


# ---------------------------------------------------------------------------
# Entry point

_PROLOG = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE\b[^\[>]*(\[)?)?", re.I)
_SUBSET_END = re.compile(r"\]\s*>")


def _strip_prolog(text: str) -> str:
    """Drop an XML declaration and a DOCTYPE's internal subset before parsing.

    lxml's HTML parser never expands entity declarations, but it does not skip an
    internal subset either: its ``]>`` would leak into the text, and bs4 warns about
    an XML declaration. Entities declared there stay unexpanded (``&lol9;``).
    """
    m = _PROLOG.match(text)
    if not m or not m.group(0).strip():
        return text
    if m.group(1) is None:  # no internal subset: keep the DOCTYPE, drop <?xml ...?>
        doctype = text[:m.end()].lower().find("<!doctype")
        return text[doctype:] if doctype >= 0 else text[m.end():]
    end = _SUBSET_END.search(text, m.end())
    if end is None:
        return text[m.end():]
    return "<!DOCTYPE html>" + text[end.end():]


class _Reader:
    def __init__(self, path: Path, settings: Settings, stylesheet: Stylesheet | None = None,
                 soup: BeautifulSoup | None = None):
        self.path = path
        self.file = path.name
        self.settings = settings
        self.warnings: list[str] = []
        self.stylesheet = stylesheet
        self._soup = soup
        self._labels: dict[str, str] | None = None
        self._pictures: dict[str, MarkKind | None] = {}

    def label_for(self, control: Tag) -> str:
        """The text of the control's ``<label for=id>``, or of the label holding it."""
        if self._labels is None:
            self._labels = {}
            for label in (self._soup.find_all("label") if self._soup is not None else ()):
                target = _attr(label, "for")
                if target and target not in self._labels:
                    self._labels[target] = _SOFT_SPACE.sub(" ", label.get_text(" ")).strip()
        element_id = _attr(control, "id")
        if element_id and element_id in self._labels:
            return self._labels[element_id][:80]
        holder = control.find_parent("label")
        return _SOFT_SPACE.sub(" ", holder.get_text(" ")).strip()[:80] if holder else ""

    def picture_kind(self, src: str) -> MarkKind | None:
        """What a picture draws, as a mark: a data: URI, or a small file in the page's
        own folder (a saved page keeps its pictures beside it); nothing is fetched."""
        if src in self._pictures:
            return self._pictures[src]
        kind: MarkKind | None = None
        if src.startswith("data:"):
            found = data_uri_bytes(src)
            if found is not None:
                kind = picture_mark(*found)
        elif src and not re.match(r"^[a-z][a-z0-9+.-]*:|^//", src, re.I):
            kind = self._local_picture(src)
        if len(self._pictures) < 500:
            self._pictures[src] = kind
        return kind

    def _local_picture(self, src: str) -> MarkKind | None:
        base = self.path.parent.resolve()
        try:
            target = (base / unquote(src.split("?", 1)[0].split("#", 1)[0])).resolve()
        except (OSError, ValueError):
            return None
        if base not in target.parents or not target.is_file():
            return None
        try:
            if target.stat().st_size > 256 * 1024:
                return None
            data = target.read_bytes()
        except OSError:
            return None
        return picture_mark("image/svg+xml" if target.suffix.lower() == ".svg" else "", data)


_SHEET_SOURCE = re.compile(
    r"<x:Name>([^<]{1,100})</x:Name>\s*<x:WorksheetSource\s+HRef=\"([^\"]{1,300})\"", re.I)
_MAX_SHEETS = 100


def _workbook_sheets(text: str, path: Path) -> list[tuple[str, Path]]:
    """The sheets of a workbook Excel saved as a web page: each sheet's name and its
    file (named in the page's ``x:ExcelWorksheet`` list), when the file is beside the
    page (nothing is fetched, nothing outside the page's folder is read)."""
    base = path.parent.resolve()
    out: list[tuple[str, Path]] = []
    for name, href in _SHEET_SOURCE.findall(text)[:_MAX_SHEETS]:
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//", href, re.I):
            continue
        try:
            target = (base / unquote(href.replace("\\", "/"))).resolve()
        except (OSError, ValueError):
            continue
        if base in target.parents and target.is_file():
            out.append((" ".join(name.split()), target))
    return out


def _read_sheet(flow: _Flow, name: str, sheet: Path, settings: Settings) -> None:
    """One sheet's file into the workbook's flow: a heading with the sheet's name, then
    what the sheet shows (read with the sheet's own style rules)."""
    try:
        if sheet.stat().st_size > settings.max_html_bytes:
            flow.reader.warnings.append(f"sheet {name!r} is too large and was not read")
            return
        text, _ = decode_html(sheet.read_bytes())
    except OSError:
        flow.reader.warnings.append(f"sheet {name!r} ({sheet.name}) could not be read")
        return
    soup = BeautifulSoup(_strip_prolog(text), "lxml")
    reader = _Reader(sheet, settings, Stylesheet(
        style.get_text() for style in soup.find_all("style")), soup)
    reader.file = flow.reader.file  # provenance names the page the user gave
    reader.warnings = flow.reader.warnings
    flow.flush()
    flow.items.append(("h1", (Line(name),)))
    sheet_flow = _Flow(reader)
    sheet_flow.items = flow.items  # one sequence of blocks, numbered on
    sheet_flow.walk(soup.body or soup, _Ctx())
    sheet_flow.flush()


def read_html(path: Path, settings: Settings) -> Document:
    """Read an HTML file into a :class:`Document` (see the module docstring)."""
    size = path.stat().st_size
    if size > settings.max_html_bytes:
        raise DocumentTooLarge(
            f"HTML file is {size} bytes, over the limit of {settings.max_html_bytes}")
    data = path.read_bytes()
    if not data.strip():
        raise EmptyDocument("the HTML file is empty")
    text, encoding = decode_html(data)
    log.debug("%s decoded as %s", path.name, encoding)
    soup = BeautifulSoup(_strip_prolog(text), "lxml")
    reader = _Reader(path, settings, Stylesheet(
        style.get_text() for style in soup.find_all("style")), soup)
    flow = _Flow(reader)
    sheets = _workbook_sheets(text, path) if soup.find("frameset") else []
    if sheets:  # Excel's "Save as Web Page" of a workbook: a frameset, a file per sheet
        for name, sheet in sheets:
            _read_sheet(flow, name, sheet, settings)
    else:
        flow.walk(soup.body or soup, _Ctx())
    flow.flush()
    blocks: list[Paragraph | Table] = []
    for item in flow.items:
        if isinstance(item, Table):
            blocks.append(item)
        else:
            blocks.append(Paragraph(item[1], Provenance(reader.file, block=len(blocks)),
                                    style=item[0]))
    if not blocks:
        raise EmptyDocument("the HTML file has no text outside page furniture")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    return Document(path=str(path), format="html", blocks=blocks, warnings=reader.warnings,
                    title=re.sub(r"\s+", " ", title) if title else None)
