"""Word (.docx) reader: WordprocessingML -> :class:`~ppfextract.document.Document`.

The package is opened with :mod:`zipfile` (so the zip-bomb guard runs before
anything is inflated), and the main document and style parts are parsed with
python-docx's own hardened parser (``docx.oxml.parse_xml``: entities are never
resolved). From there the body is walked as XML, because what a return needs
sits below python-docx's API: symbol-font glyphs (``w:sym``), checkbox content
controls (``w14:checkbox``), legacy form fields (``FORMCHECKBOX``), cell
shading, and the true table grid (``w:gridSpan``, ``w:vMerge``,
``w:gridBefore``/``w:gridAfter``). Walking the tree once also keeps a
sixty-page return well under a second.

What the reader decides, in one place each:

* lines (what extractors read): each paragraph's words, the marks where they stand
  (``Mark.at``), and its styled stretches (:class:`~ppfextract.document.Span`): bold
  (``w:b``, directly or from a character or paragraph style), struck through
  (``w:strike``, ``w:dstrike``), highlighted (``w:highlight``) and shaded (run
  ``w:shd``); a cell's lines are its paragraphs' lines;
* text: runs are joined without spaces; ``w:tab`` is a space, ``w:br`` a line
  break; inserted text (``w:ins``) is read, deleted text (``w:del``) is not (tracked
  changes read as accepted); field codes and hidden text (``w:vanish``) are not shown;
  a legacy drop-down (FORMDROPDOWN) shows its chosen entry, a text field its result;
  a content control (drop-down, combo box, date, plain or rich text) shows its value,
  and one still showing its placeholder ("Choose an item.", "Click here to enter
  text.": flagged, set in Placeholder Text, or only those words) is empty;
* text boxes: the text of a text box (``wps:txbx``, ``v:textbox``; of
  ``mc:AlternateContent`` the first choice only, so a box is read once) follows the
  paragraph it is anchored in (in a cell, the cell's other paragraphs);
* marks: every tick, cross, box or radio glyph (by Unicode family, or a symbol
  font's code), checkbox content control and FORMCHECKBOX field becomes a
  :class:`~ppfextract.document.Mark` in its line, at the offset where it stood, and
  leaves the words; symbol-font glyphs that are not marks are dropped (they would read
  as garbage letters);
* fills: a cell's shading, else its paragraphs' shading, else the shading its table
  style's conditional formatting gives the header row, last row, first or last column
  (as the table's ``w:tblLook`` turns them on); banded rows and columns are not fills;
* tables: each cell once, at its top-left grid position, with its spans;
  nested tables go into ``Cell.nested`` and their text stays out of the outer
  cell's text.

Provenance: ``block`` is the index in ``Document.blocks`` of the top-level block
(a nested table and its cells carry the block of the table that holds them; the
nested table's own ``row``/``col`` are those of the holding cell). Page headers and
footers are not blocks: their paragraphs are ``Document.furniture`` (where a council's
name may stand). Footnotes and comments are not read.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from docx.oxml.parser import parse_xml
from docx.styles import BabelFish
from lxml import etree

from .. import marks
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
)
from ..errors import CorruptDocument, DocumentTooLarge, UnsupportedFormat
from ..settings import Settings
from .lines import BOLD, FAINT, HIGHLIGHT, SHADED, STRUCK, LineBuilder
from .shapes import MAX_PICTURE_BYTES, picture_mark

log = logging.getLogger(__name__)

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
_STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_OFFICE_DOCUMENT = "/officeDocument"  # relationship type suffix (transitional and strict)
_STYLES = "/styles"


def _w(tag: str) -> str:
    return f"{{{_W_NS}}}{tag}"


# Element and attribute names, computed once.
BODY, P, TBL, TR, TC, R, T = (_w(t) for t in ("body", "p", "tbl", "tr", "tc", "r", "t"))
SDT, SDT_PR, SDT_CONTENT = _w("sdt"), _w("sdtPr"), _w("sdtContent")
SHOWING_PLACEHOLDER = _w("showingPlcHdr")
CUSTOM_XML, SMART_TAG, HYPERLINK = _w("customXml"), _w("smartTag"), _w("hyperlink")
INS, DEL, MOVE_TO, MOVE_FROM = _w("ins"), _w("del"), _w("moveTo"), _w("moveFrom")
FLD_SIMPLE, DIR, BDO = _w("fldSimple"), _w("dir"), _w("bdo")
ALT_CHUNK = _w("altChunk")
# a text box's content; the copy under mc:Fallback (the VML picture older Word reads)
# repeats the one under mc:Choice
TXBX_CONTENT = _w("txbxContent")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
PPR, PSTYLE, RPR, RSTYLE, RFONTS = _w("pPr"), _w("pStyle"), _w("rPr"), _w("rStyle"), _w("rFonts")
VANISH, SPEC_VANISH = _w("vanish"), _w("specVanish")
TAB, PTAB, BR, CR = _w("tab"), _w("ptab"), _w("br"), _w("cr")
NO_BREAK_HYPHEN, SOFT_HYPHEN, SYM = _w("noBreakHyphen"), _w("softHyphen"), _w("sym")
FLD_CHAR, INSTR_TEXT, FF_DATA, CHECK_BOX = (
    _w("fldChar"), _w("instrText"), _w("ffData"), _w("checkBox"))
CHECKED, DEFAULT = _w("checked"), _w("default")
DD_LIST, LIST_ENTRY, RESULT = _w("ddList"), _w("listEntry"), _w("result")
TXBX_CONTENT, DRAWING, PICT = _w("txbxContent"), _w("drawing"), _w("pict")
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MC_ALTERNATE, MC_CHOICE, MC_FALLBACK = (
    f"{{{_MC_NS}}}AlternateContent", f"{{{_MC_NS}}}Choice", f"{{{_MC_NS}}}Fallback")
TBL_GRID, GRID_COL, TR_PR, TC_PR = _w("tblGrid"), _w("gridCol"), _w("trPr"), _w("tcPr")
GRID_SPAN, GRID_BEFORE, GRID_AFTER, V_MERGE = (
    _w("gridSpan"), _w("gridBefore"), _w("gridAfter"), _w("vMerge"))
SHD = _w("shd")
STYLE, NAME = _w("style"), _w("name")
VAL, FONT, CHAR, TYPE = _w("val"), _w("font"), _w("char"), _w("type")
FLD_CHAR_TYPE, STYLE_ID, BASED_ON = _w("fldCharType"), _w("styleId"), _w("basedOn")
FILL, COLOR = _w("fill"), _w("color")
W14_CHECKBOX, W14_CHECKED, W14_VAL = (
    f"{{{_W14_NS}}}checkbox", f"{{{_W14_NS}}}checked", f"{{{_W14_NS}}}val")

_FONT_ATTRS = tuple(_w(a) for a in ("ascii", "hAnsi", "eastAsia", "cs"))
_TRUE = frozenset({"1", "true", "on"})
_FALSE = frozenset({"0", "false", "off"})
_INLINE_WRAPPERS = frozenset({HYPERLINK, SMART_TAG, CUSTOM_XML, INS, MOVE_TO, FLD_SIMPLE, DIR, BDO})
_PUA_SYMBOLS = range(0xF000, 0xF100)


# ---------------------------------------------------------------------------
# Opening the package


def read_docx(path: Path, settings: Settings) -> Document:
    """Read a .docx file into a :class:`Document`.

    Raises :class:`CorruptDocument` for a file that is not a readable Word
    package, :class:`DocumentTooLarge` when the package would inflate beyond
    ``settings.max_docx_uncompressed``. A valid document with no text gives a
    Document with no blocks.
    """
    path = Path(path)
    parts = _load_parts(path, settings)
    root = _parse(parts.document, "the main document part")
    if root.tag == f"{{{_STRICT_W_NS}}}document":
        raise UnsupportedFormat("Strict Office Open XML Word documents are not supported; "
                                "save the file as an ordinary Word document (.docx)")
    body = root.find(BODY)
    if root.tag != _w("document") or body is None:
        raise CorruptDocument(f"not a readable Word document: {path.name} has no document body")
    styles = _Styles.from_xml(_parse(parts.styles, "the styles part") if parts.styles else None)
    reader = _BodyReader(path.name, styles, parts.pictures)
    blocks = reader.read_body(body)
    log.debug("read %s: %d blocks", path.name, len(blocks))
    return Document(path=str(path), format="docx", blocks=blocks, warnings=reader.warnings,
                    title=_core_title(parts.core), furniture=_headers_and_footers(parts.furniture))


@dataclass
class _Parts:
    """The parts of the package the reader uses, read in one pass over the zip."""

    document: bytes
    styles: bytes | None
    core: bytes | None  # docProps/core.xml, for the title
    furniture: list[bytes]  # page headers and footers, in part order
    pictures: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # rId -> (name, data)


_FURNITURE_PART = re.compile(r"^word/(?:header|footer)\d*\.xml$")
_MAX_FURNITURE = 200  # paragraphs
# what reading a damaged zip raises: RuntimeError for an encrypted entry,
# NotImplementedError (an exception class, caught here) for an unknown compression
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
               RuntimeError, ValueError)


def _headers_and_footers(parts: list[bytes]) -> list[str]:
    """The paragraphs of the page headers and footers (they are never needed to read
    the return itself: a part that cannot be read is skipped)."""
    out: list[str] = []
    for xml in parts:
        if _declares_dtd(xml):
            continue
        try:
            root = _parse(xml, "a header or footer part")
        except CorruptDocument:
            continue
        for p in root.iter(_w("p")):
            text = " ".join("".join(t.text or "" for t in p.iter(_w("t"))).split())
            if text and text not in out:
                out.append(text)
            if len(out) >= _MAX_FURNITURE:
                return out
    return out


def _core_title(xml: bytes | None) -> str | None:
    """dc:title from docProps/core.xml, if the document has one."""
    if not xml or _declares_dtd(xml):
        return None
    try:
        root = _parse(xml, "the core properties part")
    except CorruptDocument:
        return None
    node = root.find("{http://purl.org/dc/elements/1.1/}title")
    text = (node.text or "").strip() if node is not None else ""
    return text or None


def _optional_parts(zf: zipfile.ZipFile, names: set[str]) -> tuple[bytes | None, list[bytes]]:
    """docProps/core.xml and the header and footer parts; none when unreadable."""
    try:
        core = zf.read("docProps/core.xml") if "docProps/core.xml" in names else None
        furniture = [zf.read(n) for n in sorted(names) if _FURNITURE_PART.match(n)]
    except _ZIP_ERRORS:
        return None, []
    return core, furniture


def _load_parts(path: Path, settings: Settings) -> _Parts:
    """The parts the reader uses, after the size guards."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CorruptDocument(f"not a readable Word document: {exc}") from exc
    if size > settings.max_file_bytes:
        raise DocumentTooLarge(
            f"{path.name} is {size:,} bytes, over the limit of {settings.max_file_bytes:,}")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            declared = sum(info.file_size for info in infos)
            if declared > settings.max_docx_uncompressed:
                raise DocumentTooLarge(
                    f"{path.name} would expand to {declared:,} bytes, over the limit of "
                    f"{settings.max_docx_uncompressed:,} (a zip bomb?)")
            names = {info.filename for info in infos}
            main = _main_part_name(zf, names)
            if main is None:
                raise CorruptDocument(
                    f"not a readable Word document: {path.name} has no word/document.xml")
            document_xml = zf.read(main)
            styles = _related_part_name(zf, names, main, _STYLES)
            styles_xml = zf.read(styles) if styles else None
            core, furniture = _optional_parts(zf, names)
            pictures = _small_pictures(zf, names, main)
    except _ZIP_ERRORS as exc:
        raise CorruptDocument(f"not a readable Word document: {exc}") from exc
    for xml in (document_xml, styles_xml):
        if xml and _declares_dtd(xml):
            raise CorruptDocument(
                f"not a readable Word document: {path.name} declares a DOCTYPE or entities, "
                "which Word never writes (refused for safety)")
    return _Parts(document_xml, styles_xml, core, furniture, pictures)


_IMAGE = "/image"
_MAX_PICTURES = 200


def _small_pictures(zf: zipfile.ZipFile, names: set[str], main: str
                    ) -> dict[str, tuple[str, bytes]]:
    """The small pictures of the main part, by relationship id: a tick or a box drawn as
    a picture is small (a photograph or a logo over the size limit is never read)."""
    src = PurePosixPath(main)
    rels = str(src.parent / "_rels" / f"{src.name}.rels")
    out: dict[str, tuple[str, bytes]] = {}
    for rid, target in _relationships(zf, names, rels, _IMAGE):
        name = target.lstrip("/") if target.startswith("/") else _join(src.parent, target)
        if name not in names or len(out) >= _MAX_PICTURES:
            continue
        if zf.getinfo(name).file_size <= MAX_PICTURE_BYTES:
            out[rid] = (name, zf.read(name))
    return out


def _declares_dtd(xml: bytes) -> bool:
    if xml.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        xml = xml.decode("utf-16", errors="replace").encode("utf-8")
    return b"<!DOCTYPE" in xml or b"<!ENTITY" in xml


def _main_part_name(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    """The main document part named by ``_rels/.rels``, else ``word/document.xml``."""
    for target in _relationship_targets(zf, names, "_rels/.rels", _OFFICE_DOCUMENT):
        name = target.lstrip("/")
        if name in names:
            return name
    return "word/document.xml" if "word/document.xml" in names else None


def _related_part_name(zf: zipfile.ZipFile, names: set[str], source: str,
                       rel_type: str) -> str | None:
    src = PurePosixPath(source)
    rels = str(src.parent / "_rels" / f"{src.name}.rels")
    for target in _relationship_targets(zf, names, rels, rel_type):
        name = target.lstrip("/") if target.startswith("/") else _join(src.parent, target)
        if name in names:
            return name
    fallback = str(src.parent / "styles.xml")
    return fallback if fallback in names else None


def _join(base: PurePosixPath, target: str) -> str:
    parts: list[str] = [p for p in str(base).split("/") if p and p != "."]
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _relationship_targets(zf: zipfile.ZipFile, names: set[str], rels: str,
                          rel_type: str) -> Iterator[str]:
    for _rid, target in _relationships(zf, names, rels, rel_type):
        yield target


def _relationships(zf: zipfile.ZipFile, names: set[str], rels: str,
                   rel_type: str) -> Iterator[tuple[str, str]]:
    """(Id, Target) of the package-internal relationships of ``rel_type`` in ``rels``."""
    if rels not in names:
        return
    try:
        root = _parse(zf.read(rels), rels)
    except CorruptDocument:
        return
    for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
        if (rel.get("Type") or "").endswith(rel_type) and rel.get("TargetMode") != "External":
            yield rel.get("Id") or "", rel.get("Target") or ""


def _parse(xml: bytes, what: str) -> etree._Element:
    if _declares_dtd(xml):
        raise CorruptDocument(f"not a readable Word document: {what} declares a DOCTYPE")
    try:
        return parse_xml(xml)
    except (etree.XMLSyntaxError, ValueError) as exc:
        if any(e.type_name == "ERR_NO_MEMORY" for e in getattr(exc, "error_log", ())):
            raise MemoryError(f"libxml2 ran out of memory parsing {what}") from exc
        raise CorruptDocument(f"not a readable Word document: {what} is not XML ({exc})") from exc


# ---------------------------------------------------------------------------
# Styles: display names, and symbol fonts set by character styles


@dataclass
class _TableStyle:
    """The cell shading a table style's conditional formatting gives (w:tblStylePr):
    the header row, the last row, the first and last columns and the corner cells.
    Banding (band1Horz, band1Vert, ...) is left out: stripes are no mark."""

    fills: dict[str, str] = field(default_factory=dict)  # condition -> colour


@dataclass
class _Styles:
    names: dict[str, str] = field(default_factory=dict)  # styleId -> UI name
    default_paragraph: str | None = None
    symbol_fonts: dict[str, str] = field(default_factory=dict)  # styleId -> symbol font
    flags: dict[str, int] = field(default_factory=dict)  # styleId -> BOLD | STRUCK bits
    tables: dict[str, _TableStyle] = field(default_factory=dict)  # styleId -> its shading
    default_table: str | None = None

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> _Styles:
        styles = cls()
        if root is None:
            return styles
        based_on: dict[str, str] = {}
        own_font: dict[str, str | None] = {}
        own_flags: dict[str, tuple[int, int]] = {}  # styleId -> (bits set, bits cleared)
        own_fills: dict[str, dict[str, str]] = {}
        for style in root.iter(STYLE):
            style_id = style.get(STYLE_ID)
            if not style_id:
                continue
            name_el = style.find(NAME)
            name = name_el.get(VAL) if name_el is not None else None
            styles.names[style_id] = BabelFish.internal2ui(name) if name else style_id
            kind = style.get(TYPE)
            if kind == "paragraph" and style.get(_w("default")) in _TRUE:
                styles.default_paragraph = styles.names[style_id]
            if kind == "table":
                own_fills[style_id] = _conditional_fills(style)
                if style.get(_w("default")) in _TRUE:
                    styles.default_table = style_id
            parent = style.find(BASED_ON)
            if parent is not None and parent.get(VAL):
                based_on[style_id] = parent.get(VAL) or ""
            rpr = style.find(RPR)
            own_font[style_id] = _primary_font(rpr)
            own_flags[style_id] = _run_flag_changes(rpr)
        for style_id in own_font:
            chain = _chain(style_id, based_on)
            font = next((own_font[s] for s in chain if own_font.get(s)), None)
            if font and marks.is_symbol_font(font):
                styles.symbol_fonts[style_id] = font
            bits = 0
            for s in reversed(chain):  # the base first, each style changing it
                on, off = own_flags.get(s, (0, 0))
                bits = (bits | on) & ~off
            if bits:
                styles.flags[style_id] = bits
        for style_id in own_fills:
            merged: dict[str, str] = {}
            for s in reversed(_chain(style_id, based_on)):
                merged.update(own_fills.get(s, {}))
            if merged:
                styles.tables[style_id] = _TableStyle(merged)
        return styles


def _chain(style_id: str, based_on: dict[str, str]) -> list[str]:
    """The style and the styles it is based on, nearest first."""
    out: list[str] = []
    current: str | None = style_id
    while current and current not in out:
        out.append(current)
        current = based_on.get(current)
    return out


_CONDITIONS = frozenset({"firstRow", "lastRow", "firstCol", "lastCol", "nwCell", "neCell",
                         "swCell", "seCell"})


def _conditional_fills(style: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for cond in style.iter(_w("tblStylePr")):
        kind = cond.get(TYPE) or ""
        if kind not in _CONDITIONS:
            continue
        tc_pr = cond.find(TC_PR)
        fill = _shading(tc_pr.find(SHD)) if tc_pr is not None else None
        if fill:
            out[kind] = fill
    return out


_STRIKES = (_w("strike"), _w("dstrike"))


def _run_flag_changes(rpr: etree._Element | None) -> tuple[int, int]:
    """(style bits a w:rPr turns on, bits it turns off): bold, strike-through, and text
    greyed out by a light grey colour (w:color)."""
    if rpr is None:
        return 0, 0
    on = off = 0
    color = rpr.find(COLOR)
    if color is not None:
        value = color.get(VAL)
        if value and value.lower() != "auto" and marks.is_faint_text(marks.parse_colour(value)):
            on |= FAINT
        else:
            off |= FAINT
    b = rpr.find(_B)
    if b is not None:
        if _on(b):
            on |= BOLD
        else:
            off |= BOLD
    for tag in _STRIKES:
        el = rpr.find(tag)
        if el is not None:
            if _on(el):
                on |= STRUCK
            else:
                off |= STRUCK
    return on, off


def _primary_font(rpr: etree._Element | None) -> str | None:
    """The font a run's ordinary characters are drawn in (ascii/hAnsi, then the others)."""
    if rpr is None:
        return None
    fonts = rpr.find(RFONTS)
    if fonts is None:
        return None
    for attr in _FONT_ATTRS:
        value = fonts.get(attr)
        if value:
            return value
    return None


def _symbol_font(rpr: etree._Element | None) -> tuple[str | None, str | None]:
    """(the run's symbol font if its characters are drawn in one, any symbol font named
    in its w:rFonts) - the second decides private-use characters in a mixed run."""
    if rpr is None:
        return None, None
    fonts = rpr.find(RFONTS)
    if fonts is None:
        return None, None
    named = [fonts.get(attr) for attr in _FONT_ATTRS]
    symbolic = [f for f in named if f and marks.is_symbol_font(f)]
    if not symbolic:
        return None, None
    ascii_font, hansi_font = named[0], named[1]
    if ascii_font or hansi_font:
        primary = next((f for f in (ascii_font, hansi_font) if f and marks.is_symbol_font(f)),
                       None)
    else:
        primary = symbolic[0]
    return primary, symbolic[0]


def _on(el: etree._Element | None, attr: str = VAL) -> bool:
    """An OOXML on/off property: present without a value means on."""
    if el is None:
        return False
    value = el.get(attr)
    return value is None or value.lower() not in _FALSE


# ---------------------------------------------------------------------------
# Text with marks


class _Text:
    """What one paragraph shows: its lines (words, marks at their offsets, styled
    stretches), and the text boxes anchored in it."""

    __slots__ = ("lines", "flags", "floating")

    def __init__(self) -> None:
        self.lines = LineBuilder()
        self.flags = 0  # the style of the run being read (lines.BOLD, ...)
        self.floating: list[etree._Element] = []  # w:txbxContent anchored here

    def add(self, text: str) -> None:
        self.lines.add(text, self.flags)

    def add_mark(self, mark: Mark) -> None:
        """A control's or field's mark."""
        self.lines.mark(mark)

    def add_plain(self, text: str, pua_font: str | None) -> None:
        """Characters in an ordinary font: Unicode marks become marks, private-use glyphs
        are read in ``pua_font``."""
        if not _MAYBE_SPECIAL.search(text):
            self.lines.add(text, self.flags)
            return
        for ch in text:
            if pua_font and ord(ch) in _PUA_SYMBOLS:
                self.add_glyph(pua_font, ord(ch))
                continue
            mark = marks.char_mark(ch)
            if mark is not None:
                self.lines.mark(mark)
            else:
                self.lines.add(ch, self.flags)

    def add_glyph(self, font: str, code: int) -> None:
        """A glyph of a symbol font: a mark, or nothing (dropped as unreadable)."""
        mark = marks.glyph_mark(font, code)
        if mark is not None:
            self.lines.mark(mark)
        else:
            log.debug("dropped glyph %04X of symbol font %s", code, font)


_MAYBE_SPECIAL = re.compile(marks.MAYBE_MARK.pattern[:-1] + "\uf000-\uf0ff]")


@dataclass
class _Field:
    """A complex field (w:fldChar begin ... separate ... end) being read."""

    checkbox: bool  # a FORMCHECKBOX: its mark is read from w:ffData
    in_code: bool = True
    dropdown: bool = False  # a FORMDROPDOWN: its chosen entry is read from w:ffData


# What a form shows until someone fills it in: "Choose an item.", "Click here to enter
# text.", "Click or tap to enter a date.", "Select one", "- Select -", "(none)".
_PLACEHOLDER = re.compile(
    r"[\s\-\u2013\u2014_.\u2002]*|[\-\u2013\s]*(?:please\s+)?(?:click|tap|choose|select|pick|"
    r"enter|type)\b[^.\n]{0,40}\.?[\-\u2013\s]*|\(\s*(?:select|choose|none)[^)]{0,20}\)",
    re.I)


def is_placeholder(text: str) -> bool:
    """Is this what an unanswered form field or content control shows?"""
    return len(text) < 80 and _PLACEHOLDER.fullmatch(text.strip()) is not None


def _form_checkbox_mark(ff_data: etree._Element) -> Mark | None:
    """The mark of a legacy FORMCHECKBOX field from its w:ffData, else None."""
    box = ff_data.find(CHECK_BOX)
    if box is None:
        return None
    checked = box.find(CHECKED)
    if checked is not None:
        state, detail = _on(checked), _detail("w:checked", checked.get(VAL))
    else:
        default = box.find(DEFAULT)
        state = _on(default)
        detail = "w:checkBox" if default is None else _detail("w:default", default.get(VAL))
    kind = MarkKind.CHECKED_BOX if state else MarkKind.UNCHECKED_BOX
    return Mark(kind, MarkSource.FORM_FIELD, detail)


def _dropdown_choice(ff_data: etree._Element) -> str | None:
    """The entry a legacy FORMDROPDOWN shows ("" for its placeholder entry), or None
    when the field is no drop-down."""
    dd = ff_data.find(DD_LIST)
    if dd is None:
        return None
    entries = [e.get(VAL) or "" for e in dd.iter(LIST_ENTRY)]
    index = _int(_val(dd, RESULT), _int(_val(dd, DEFAULT), 0))
    if not 0 <= index < len(entries):
        return ""
    chosen = entries[index]
    return "" if is_placeholder(chosen) else chosen


def _detail(name: str, value: str | None) -> str:
    """'w:checked=1', or just 'w:checked' for a flag written without a value."""
    return name if value is None else f"{name}={value}"


def _content_control_mark(sdt_pr: etree._Element | None) -> Mark | None:
    """The mark of a Word 2010 checkbox content control, else None."""
    if sdt_pr is None:
        return None
    box = sdt_pr.find(W14_CHECKBOX)
    if box is None:
        return None
    checked = box.find(W14_CHECKED)
    state = _on(checked, W14_VAL)
    detail = "w14:checkbox" if checked is None else _detail("w14:checked", checked.get(W14_VAL))
    kind = MarkKind.CHECKED_BOX if state else MarkKind.UNCHECKED_BOX
    return Mark(kind, MarkSource.CHECKBOX_CONTROL, detail)


def _unanswered(sdt_pr: etree._Element | None, content: etree._Element) -> bool:
    """A content control that shows its placeholder: flagged (w:showingPlcHdr), set in
    Word's "Placeholder Text" style, or showing a placeholder's words."""
    if sdt_pr is not None and _on(sdt_pr.find(SHOWING_PLACEHOLDER)):
        return True
    texts = [t.text or "" for t in content.iter(T)]
    if sum(len(t) for t in texts) > 80:
        return False
    if not "".join(texts).strip():
        return False  # a glyph (w:sym), a picture or nothing: read it as it is
    styles = {el.get(VAL) for el in content.iter(RSTYLE)}
    if styles and styles <= _PLACEHOLDER_STYLES:
        return True
    return is_placeholder("".join(texts))


_PLACEHOLDER_STYLES = frozenset({"PlaceholderText", "Platzhaltertext"})


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _shading(shd: etree._Element | None) -> str | None:
    """The colour a w:shd paints: the fill, or the pattern colour of a solid pattern."""
    if shd is None:
        return None
    pattern = (shd.get(VAL) or "clear").lower()
    if pattern == "nil":
        return None
    if pattern == "solid":
        return marks.parse_colour(shd.get(COLOR)) or marks.parse_colour(shd.get(FILL))
    return marks.parse_colour(shd.get(FILL))


# ---------------------------------------------------------------------------
# The body walk

_MAX_BOX_DEPTH = 5  # text boxes inside text boxes


class _BodyReader:
    def __init__(self, file_name: str, styles: _Styles,
                 pictures: dict[str, tuple[str, bytes]] | None = None) -> None:
        self.file = file_name
        self.styles = styles
        self.pictures = pictures or {}
        self._drawn: dict[str, MarkKind | None] = {}
        self.warnings: list[str] = []
        self._box_depth = 0

    # -- blocks ------------------------------------------------------------

    def read_body(self, body: etree._Element) -> list[Paragraph | Table]:
        blocks: list[Paragraph | Table] = []
        for el, out in self._read_blocks(body):
            index = len(blocks)
            if out is not None:
                lines = out.lines.finish()
                if lines:
                    blocks.append(Paragraph(lines, Provenance(self.file, index),
                                            self._paragraph_style(el)))
            else:
                table = self._table(el, index, Provenance(self.file, index))
                if table is not None:
                    blocks.append(table)
        return blocks

    def _read_blocks(self, container: etree._Element,
                     ) -> Iterator[tuple[etree._Element, _Text | None]]:
        """Each paragraph (read) and table (not yet) in order; the text boxes anchored in
        a paragraph follow it."""
        for el in self._iter_blocks(container):
            if el.tag != P:
                yield el, None
                continue
            out = self._paragraph(el)
            yield el, out
            if out.floating and self._box_depth < _MAX_BOX_DEPTH:
                self._box_depth += 1
                try:
                    for box in out.floating:
                        yield from self._read_blocks(box)
                finally:
                    self._box_depth -= 1

    def _iter_blocks(self, container: etree._Element) -> Iterator[etree._Element]:
        """Paragraphs and tables in order, read through content controls, custom XML and
        alternate content (the branch read once)."""
        for child in container:
            tag = child.tag
            if tag == P or tag == TBL:
                yield child
            elif tag == SDT:
                sdt_pr = child.find(SDT_PR)
                content = child.find(SDT_CONTENT)
                if content is not None and not _unanswered(sdt_pr, content):
                    yield from self._iter_blocks(content)
            elif tag == CUSTOM_XML:
                yield from self._iter_blocks(child)
            elif tag == MC_ALTERNATE:
                branch = _alternate_branch(child)
                if branch is not None:
                    yield from self._iter_blocks(branch)
            elif tag == ALT_CHUNK:
                self._warn("an embedded document (w:altChunk) was not read")

    def _paragraph_style(self, p: etree._Element) -> str | None:
        style_id = _paragraph_style_id(p)
        if style_id:
            return self.styles.names.get(style_id, style_id)
        return self.styles.default_paragraph

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
            log.info("%s: %s", self.file, message)

    # -- paragraphs and runs -----------------------------------------------

    def _paragraph(self, p: etree._Element) -> _Text:
        out = _Text()
        style_id = _paragraph_style_id(p)
        base = self.styles.flags.get(style_id, 0) if style_id else 0
        self._inline(p, out, [], base)
        return out

    def _inline(self, container: etree._Element, out: _Text, fields: list[_Field],
                base: int) -> None:
        for child in container:
            tag = child.tag
            if tag == R:
                self._run(child, out, fields, base)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, out, fields, base)
            elif tag == SDT:
                self._inline_sdt(child, out, fields, base)
            elif tag == MC_ALTERNATE:
                branch = _alternate_branch(child)
                if branch is not None:
                    self._inline(branch, out, fields, base)
            # w:del, w:moveFrom, w:pPr, bookmarks, proofing marks, comments: nothing shown

    def _inline_sdt(self, sdt: etree._Element, out: _Text, fields: list[_Field],
                    base: int) -> None:
        sdt_pr = sdt.find(SDT_PR)
        mark = _content_control_mark(sdt_pr)
        if mark is not None:  # its displayed glyph (a ☒ in MS Gothic) is replaced
            if not _suppressed(fields):
                out.add_mark(mark)
            return
        content = sdt.find(SDT_CONTENT)
        if content is not None and not _unanswered(sdt_pr, content):
            self._inline(content, out, fields, base)

    def _run(self, r: etree._Element, out: _Text, fields: list[_Field], base: int) -> None:
        rpr = r.find(RPR)
        hidden = rpr is not None and (_on(rpr.find(VANISH)) or _on(rpr.find(SPEC_VANISH)))
        font, pua_font = _symbol_font(rpr)
        if font is None and rpr is not None:
            style = rpr.find(RSTYLE)
            if style is not None and rpr.find(RFONTS) is None:
                font = pua_font = self.styles.symbol_fonts.get(style.get(VAL) or "")
        out.flags = self._run_flags(rpr, base)
        for child in r:
            tag = child.tag
            if tag == FLD_CHAR:
                _field_char(child, out, fields)
                continue
            if hidden or _suppressed(fields):
                continue
            if tag == T:
                text = child.text
                if text:
                    if font:
                        _symbol_text(text, font, out)
                    else:
                        out.add_plain(text, pua_font)
            elif tag == TAB or tag == PTAB:
                out.add(" ")
            elif tag == BR or tag == CR:
                out.add("\n")
            elif tag == NO_BREAK_HYPHEN:
                out.add("-")
            elif tag == SYM:
                _sym(child, out)
            elif tag == MC_ALTERNATE or tag == DRAWING or tag == PICT:
                out.floating.extend(_text_boxes(child))
                if tag == DRAWING:
                    self._picture(child, out)
            # w:instrText (field code), w:delText, w:softHyphen, pictures: nothing shown

    def _picture(self, drawing: etree._Element, out: _Text) -> None:
        """A small picture in the text: a mark when it draws one (a tick, a cross, a
        box), by its pixels, whatever it is called; other pictures say nothing."""
        for blip in drawing.iter(_BLIP):
            rid = blip.get(_EMBED) or ""
            if rid not in self.pictures:
                continue
            if rid not in self._drawn:
                name, data = self.pictures[rid]
                media = "image/svg+xml" if name.lower().endswith(".svg") else "image"
                self._drawn[rid] = picture_mark(media, data)
            kind = self._drawn[rid]
            if kind is not None:
                out.add(" ")
                out.add_mark(Mark(kind, MarkSource.IMAGE,
                                  f"drawn: {self.pictures[rid][0].rsplit('/', 1)[-1]}"))
                out.add(" ")
            return

    def _run_flags(self, rpr: etree._Element | None, base: int) -> int:
        """The run's style bits: its paragraph's and character style's bold and strike,
        changed by its own w:b, w:strike, w:dstrike; highlight and run shading."""
        if rpr is None:
            return base
        flags = base
        style = rpr.find(RSTYLE)
        if style is not None:
            flags |= self.styles.flags.get(style.get(VAL) or "", 0)
        on, off = _run_flag_changes(rpr)
        flags = (flags | on) & ~off
        highlight = rpr.find(_HIGHLIGHT)
        if highlight is not None and (highlight.get(VAL) or "none").lower() != "none":
            flags |= HIGHLIGHT
        shade = _shading(rpr.find(SHD))
        if shade is not None and not marks.is_background(shade):
            flags |= SHADED
        return flags

    # -- tables ------------------------------------------------------------

    def _table(self, tbl: etree._Element, block: int, provenance: Provenance) -> Table | None:
        grid = tbl.find(TBL_GRID)
        n_cols = sum(1 for c in grid if c.tag == GRID_COL) if grid is not None else 0
        cells: list[Cell] = []
        open_merges: dict[int, Cell] = {}  # grid column -> the cell a w:vMerge continues
        r = 0
        for tr in _iter_rows(tbl):
            tr_pr = tr.find(TR_PR)
            if tr_pr is not None and tr_pr.find(DEL) is not None:
                continue  # a row deleted with change tracking on
            col = _int(_val(tr_pr, GRID_BEFORE), 0)
            for tc in _iter_cells(tr):
                tc_pr = tc.find(TC_PR)
                span = max(1, _int(_val(tc_pr, GRID_SPAN), 1))
                merge = tc_pr.find(V_MERGE) if tc_pr is not None else None
                above = open_merges.get(col)
                if (merge is not None and (merge.get(VAL) or "continue") != "restart"
                        and above is not None and above.row + above.row_span == r):
                    above.row_span += 1  # a continuation: no cell of its own
                else:
                    cell = self._cell(tc, tc_pr, r, col, span, block)
                    cells.append(cell)
                    for c in range(col, col + span):
                        if merge is not None:
                            open_merges[c] = cell
                        else:
                            open_merges.pop(c, None)
                col += span
            col += _int(_val(tr_pr, GRID_AFTER), 0)
            n_cols = max(n_cols, col)
            r += 1
        n_rows = r
        if n_rows == 0:
            return None
        self._style_fills(tbl, cells, n_rows, n_cols)
        return Table(cells, n_rows, n_cols, provenance)

    def _style_fills(self, tbl: etree._Element, cells: list[Cell], n_rows: int,
                     n_cols: int) -> None:
        """Shading from the table style's conditional formatting (header row, first
        column, ...) for the cells with no shading of their own, as the table's
        w:tblLook turns it on. Banded rows and columns are not a fill."""
        tbl_pr = tbl.find(_w("tblPr"))
        style_id = _val(tbl_pr, _w("tblStyle")) or self.styles.default_table
        style = self.styles.tables.get(style_id or "")
        if style is None:
            return
        look = _table_look(tbl_pr.find(_w("tblLook")) if tbl_pr is not None else None)
        for cell in cells:
            if cell.fill is not None:
                continue
            first_row, last_row = cell.row == 0, cell.last_row == n_rows - 1
            first_col, last_col = cell.col == 0, cell.last_col == n_cols - 1
            conditions = []
            if "firstRow" in look and first_row:
                conditions += ["nwCell" if first_col and "firstCol" in look else "",
                               "neCell" if last_col and "lastCol" in look else "", "firstRow"]
            if "lastRow" in look and last_row:
                conditions += ["swCell" if first_col and "firstCol" in look else "",
                               "seCell" if last_col and "lastCol" in look else "", "lastRow"]
            if "firstCol" in look and first_col:
                conditions.append("firstCol")
            if "lastCol" in look and last_col:
                conditions.append("lastCol")
            cell.fill = next((style.fills[c] for c in conditions if c in style.fills), None)

    def _cell(self, tc: etree._Element, tc_pr: etree._Element | None, row: int, col: int,
              span: int, block: int) -> Cell:
        lines: list[Line] = []
        nested: list[Table] = []
        paragraph_fills: list[str | None] = []
        for el, out in self._read_blocks(tc):
            if out is not None:
                lines.extend(out.lines.finish())
                ppr = el.find(PPR)
                paragraph_fills.append(_shading(ppr.find(SHD)) if ppr is not None else None)
            else:
                inner = self._table(el, block, Provenance(self.file, block, row, col))
                if inner is not None:
                    nested.append(inner)
        fill = _shading(tc_pr.find(SHD)) if tc_pr is not None else None
        if fill is None and paragraph_fills and len(set(paragraph_fills)) == 1:
            fill = paragraph_fills[0]  # paragraph shading that covers the whole cell
        return Cell.from_lines(lines, row, col, col_span=span, fill=fill,
                               provenance=Provenance(self.file, block, row, col),
                               nested=nested)


_B, _HIGHLIGHT = _w("b"), _w("highlight")
_LOOK_BITS = {"firstRow": 0x0020, "lastRow": 0x0040, "firstCol": 0x0080, "lastCol": 0x0100}
_LOOK_ATTRS = {"firstRow": "firstRow", "lastRow": "lastRow", "firstCol": "firstColumn",
               "lastCol": "lastColumn"}


def _table_look(look: etree._Element | None) -> set[str]:
    """The conditional formats a table turns on (w:tblLook: attributes, or the older
    hexadecimal w:val); Word's default is header row and first column."""
    if look is None:
        return {"firstRow", "firstCol"}
    out: set[str] = set()
    bits = _int_hex(look.get(VAL))
    for name, attr in _LOOK_ATTRS.items():
        value = look.get(_w(attr))
        if value is not None:
            if value.lower() in _TRUE:
                out.add(name)
        elif bits is not None and bits & _LOOK_BITS[name]:
            out.add(name)
    return out


def _paragraph_style_id(p: etree._Element) -> str | None:
    ppr = p.find(PPR)
    style = ppr.find(PSTYLE) if ppr is not None else None
    return (style.get(VAL) or None) if style is not None else None


def _alternate_branch(alt: etree._Element) -> etree._Element | None:
    """The branch of mc:AlternateContent to read, once: the first mc:Choice (what Word
    2010 and later show), else mc:Fallback."""
    choice = alt.find(MC_CHOICE)
    return choice if choice is not None else alt.find(MC_FALLBACK)


def _text_boxes(el: etree._Element) -> list[etree._Element]:
    """The w:txbxContent of the text boxes a drawing, VML picture or alternate content
    holds (from one branch of alternate content; not those inside another text box,
    which are read with it)."""
    if el.tag == MC_ALTERNATE:
        branch = _alternate_branch(el)
        if branch is None:
            return []
        el = branch
    out: list[etree._Element] = []
    for box in el.iter(TXBX_CONTENT):
        if not any(box in found.iter(TXBX_CONTENT) for found in out):
            out.append(box)
    return out


def _val(parent: etree._Element | None, tag: str) -> str | None:
    if parent is None:
        return None
    el = parent.find(tag)
    return el.get(VAL) if el is not None else None


def _iter_rows(tbl: etree._Element) -> Iterator[etree._Element]:
    yield from _iter_wrapped(tbl, TR)


def _iter_cells(tr: etree._Element) -> Iterator[etree._Element]:
    yield from _iter_wrapped(tr, TC)


def _iter_wrapped(container: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, read through row- and cell-level content controls and
    custom XML."""
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _iter_wrapped(content, tag)
        elif child.tag == CUSTOM_XML:
            yield from _iter_wrapped(child, tag)


def _suppressed(fields: list[_Field]) -> bool:
    """Inside a field's code, or the result of a checkbox or drop-down field (read from
    the field's data)."""
    return any(f.in_code or f.checkbox or f.dropdown for f in fields)


def _field_char(fld_char: etree._Element, out: _Text, fields: list[_Field]) -> None:
    kind = fld_char.get(FLD_CHAR_TYPE)
    if kind == "begin":
        ff_data = fld_char.find(FF_DATA)
        mark = _form_checkbox_mark(ff_data) if ff_data is not None else None
        choice = _dropdown_choice(ff_data) if ff_data is not None and mark is None else None
        if not _suppressed(fields):
            if mark is not None:
                out.add_mark(mark)
            elif choice:
                out.add(choice)
        fields.append(_Field(checkbox=mark is not None, dropdown=choice is not None))
    elif kind == "separate":
        if fields:
            fields[-1].in_code = False
    elif kind == "end" and fields:
        fields.pop()


def _symbol_text(text: str, font: str, out: _Text) -> None:
    for ch in text:
        if ch.isspace():
            out.add(ch)
        else:
            out.add_glyph(font, ord(ch))


def _sym(sym: etree._Element, out: _Text) -> None:
    font = sym.get(FONT) or ""
    code = _int_hex(sym.get(CHAR))
    if code is None:
        return
    if marks.is_symbol_font(font):
        out.add_glyph(font, code)
    elif code not in _PUA_SYMBOLS:
        out.add_plain(chr(code), None)  # a Unicode character inserted as a symbol


def _int_hex(value: str | None) -> int | None:
    try:
        return int(value, 16) if value else None
    except ValueError:
        return None
