"""Marks and colours, decided in one place.

Two questions are answered here and nowhere else:

* what a glyph, character, control or short text *is* (a tick, a cross, a
  checked or unchecked box, Y, No, ...), font-aware: a Wingdings "ü" is a tick,
  a ZapfDingbats "4" is a tick, a Symbol "·" is a bullet;
* whether a cell *picks* its option: by a selecting mark or word, or by a fill
  colour that its sibling option cells do not share.

Readers call :func:`glyph_mark` and :func:`char_mark` to turn what they see
into :class:`~ppfextract.document.Mark` objects; extractors call
:func:`selection`, :func:`yes_no` and :func:`selected_by_fill`.
"""

from __future__ import annotations

import colorsys
import re
import unicodedata
from collections.abc import Sequence
from enum import Enum

from .document import Cell, Mark, MarkKind, MarkSource

# ---------------------------------------------------------------------------
# Glyphs of symbol fonts, by font family and code (the byte the font maps).
# Codes below 0x100; private-use characters U+F0xx map to code xx.

_WINGDINGS = {
    0xFC: MarkKind.TICK, 0xFB: MarkKind.CROSS,
    0xFD: MarkKind.CHECKED_BOX, 0xFE: MarkKind.CHECKED_BOX, 0x78: MarkKind.CHECKED_BOX,
    0x6F: MarkKind.UNCHECKED_BOX, 0xA8: MarkKind.UNCHECKED_BOX, 0x71: MarkKind.UNCHECKED_BOX,
    0x70: MarkKind.UNCHECKED_BOX, 0x72: MarkKind.UNCHECKED_BOX,
    0x9F: MarkKind.BULLET, 0xA7: MarkKind.BULLET, 0x6C: MarkKind.BULLET,
    0xD8: MarkKind.BULLET, 0x76: MarkKind.BULLET, 0xA1: MarkKind.BULLET, 0x6E: MarkKind.BULLET,
    0xE0: MarkKind.BULLET, 0xE8: MarkKind.BULLET, 0xF0: MarkKind.BULLET,
}
_WINGDINGS_2 = {
    0x50: MarkKind.TICK, 0x4F: MarkKind.CROSS,
    0x51: MarkKind.CHECKED_BOX, 0x52: MarkKind.CHECKED_BOX, 0x53: MarkKind.CHECKED_BOX,
    0x54: MarkKind.CHECKED_BOX,
    0xA3: MarkKind.UNCHECKED_BOX, 0x2A: MarkKind.UNCHECKED_BOX, 0xA2: MarkKind.UNCHECKED_BOX,
    0x97: MarkKind.BULLET, 0x98: MarkKind.BULLET,
}
_WEBDINGS = {
    0x61: MarkKind.TICK, 0x72: MarkKind.CROSS, 0x63: MarkKind.UNCHECKED_BOX,
    0x3D: MarkKind.BULLET,
}
_SYMBOL = {
    0xD6: MarkKind.TICK,  # radical sign, the usual "tick" typed in Symbol
    0xB4: MarkKind.CROSS,  # multiplication sign
    0xB7: MarkKind.BULLET, 0xB0: MarkKind.BULLET, 0xA8: MarkKind.BULLET,
}
_ZAPF = {
    0x33: MarkKind.TICK, 0x34: MarkKind.TICK,  # ✓ ✔
    0x35: MarkKind.CROSS, 0x36: MarkKind.CROSS, 0x37: MarkKind.CROSS, 0x38: MarkKind.CROSS,
    0x6E: MarkKind.CHECKED_BOX,  # ■ filled square, used as a filled box
    0x6F: MarkKind.UNCHECKED_BOX, 0x70: MarkKind.UNCHECKED_BOX, 0x71: MarkKind.UNCHECKED_BOX,
    0x72: MarkKind.UNCHECKED_BOX,
    0x6C: MarkKind.BULLET, 0x75: MarkKind.BULLET, 0xA8: MarkKind.BULLET,
}

# LibreOffice prints a Wingdings or Symbol glyph with its OpenSymbol stand-in when the
# font is not installed, keeping the private-use code (U+F0FC): read those codes as
# Wingdings first, then Symbol.
_OPENSYMBOL = {**_SYMBOL, **_WINGDINGS}

SYMBOL_FONTS: dict[str, dict[int, MarkKind]] = {
    "opensymbol": _OPENSYMBOL,
    "starsymbol": _OPENSYMBOL,
    "wingdings": _WINGDINGS,
    "wingdings2": _WINGDINGS_2,
    "wingdings3": {},
    "webdings": _WEBDINGS,
    "symbol": _SYMBOL,
    "zapfdingbats": _ZAPF,
    "dingbats": _ZAPF,
    "itczapfdingbats": _ZAPF,
    # URW's stand-ins (Ghostscript embeds them for the unembedded base-14 fonts)
    "d050000l": _ZAPF,
    "urwdingbats": _ZAPF,
    "standardsymbolsps": _SYMBOL,
    "standardsymbolsl": _SYMBOL,
    "s050000l": _SYMBOL,
}

# Unicode characters that are marks on their own, by family: every character whose
# Unicode name says it is a check mark, a ballot box or X, a cross mark, a black or white
# square, or a black or white circle (radio buttons), in the blocks where such shapes
# live. Decided from the names once, at import; :func:`char_kind` answers from the table.

_FAMILIES: tuple[tuple[re.Pattern[str], MarkKind | None], ...] = tuple(
    (re.compile(pattern), kind) for pattern, kind in (
        # not marks, though their names look like one
        (r"^NOT CHECK MARK$|BRACKET|CROSSING LANES|CROSSED SWORDS|SQUARED KEY|"
         r"CUP ON|SHIELD|GREEK CROSS|LATIN CROSS|MALTESE|LORRAINE|JERUSALEM|SYRIAC|"
         r"ORTHODOX|OPEN CENTRE CROSS|SQUARED (?:LATIN|CJK|KATAKANA|HIRAGANA)|DIGIT|NUMBER|"
         r"LETTER|QUADRANT|HALF|ARROW|TRIANGLE|DIAMOND|LOZENGE|STAR|FOR STOP|FOR RECORD|"
         r"DOTTED|INVERSE|ERROR-BARRED|BISECTING|WITH (?:UPPER|LOWER|LEFT|RIGHT|DOT|TWO)", None),
        (r"^BALLOT BOX WITH (?!BALLOT)|^NEGATIVE SQUARED CROSS MARK$|^X IN A RECTANGLE BOX$|"
         r"^SQUARED (?:TIMES|SALTIRE)$|^CIRCLED TIMES$|^CIRCLE WITH SUPERIMPOSED X$|"
         r"^WHITE SQUARE CONTAINING BLACK|^SQUARE WITH .*FILL$|^SQUARED SQUARE$",
         MarkKind.CHECKED_BOX),
        (r"^BALLOT BOX$|^(?:LOWER|UPPER) RIGHT (?:DROP-)?SHADOWED WHITE SQUARE$|"
         r"^WHITE (?:LARGE |MEDIUM )?SQUARE(?: WITH ROUNDED CORNERS)?$", MarkKind.UNCHECKED_BOX),
        (r"CHECK MARK$", MarkKind.TICK),
        (r"BALLOT (?:BOLD )?(?:SCRIPT )?X$|MULTIPLICATION X$|^CROSS MARK$|^CANCELLATION X$|"
         r"^SALTIRE$|^BOX DRAWINGS LIGHT DIAGONAL CROSS$|^RISING DIAGONAL CROSSING FALLING",
         MarkKind.CROSS),
        (r"^BLACK (?:LARGE |MEDIUM )?SQUARE$", MarkKind.CHECKED_BOX),
        (r"^(?:BLACK|WHITE) (?:MEDIUM )?SMALL SQUARE$", MarkKind.BULLET),
        (r"^(?:MEDIUM |LARGE )?BLACK (?:LARGE )?CIRCLE$|^FISHEYE$|^BULLSEYE$|^RADIO BUTTON$|"
         r"^CIRCLED (?:DOT OPERATOR|BULLET)$", MarkKind.RADIO_ON),
        (r"^(?:MEDIUM |LARGE )?WHITE (?:LARGE )?CIRCLE$|^LARGE CIRCLE$|"
         r"^SHADOWED WHITE CIRCLE$|^HEAVY (?:LARGE )?CIRCLE$", MarkKind.RADIO_OFF),
    ))
# where those families live: Mathematical Operators to Miscellaneous Symbols and Arrows,
# Miscellaneous Symbols and Pictographs (U+1F5xx), Geometric Shapes Extended
_FAMILY_BLOCKS = (range(0x2200, 0x2C00), range(0x1F500, 0x1F600), range(0x1F780, 0x1F800))


def _family_kind(name: str) -> MarkKind | None:
    for pattern, kind in _FAMILIES:
        if pattern.search(name):
            return kind
    return None


# A character outside these ranges is never a mark (a cheap test before the table).
MAYBE_MARK = re.compile("[\u221a\u2200-\u2bff\U0001f500-\U0001f5ff\U0001f780-\U0001f7ff]")

# Kinds decided so far, by character (None: not a mark). Filled on first sight, from the
# character's name: scanning every name at import would cost every process milliseconds.
_KINDS: dict[str, MarkKind | None] = {"\u221a": MarkKind.TICK}  # √, a tick typed as a radical


def _decide(ch: str) -> MarkKind | None:
    kind = None
    if any(ord(ch) in block for block in _FAMILY_BLOCKS):
        name = unicodedata.name(ch, "")
        kind = _family_kind(name) if name else None
    _KINDS[ch] = kind
    return kind


MARK_CHARS: frozenset[str]  # every mark character: computed on first use, below


def __getattr__(name: str) -> frozenset[str]:
    """``MARK_CHARS``: every mark character, computed when first asked for."""
    if name == "MARK_CHARS":
        found = frozenset(chr(code) for block in _FAMILY_BLOCKS for code in block
                          if char_kind(chr(code)) is not None) | {"\u221a"}
        globals()["MARK_CHARS"] = found
        return found
    raise AttributeError(name)


# The characters today's selection rules know (`text_marks`, `strip_marks`,
# `word_selection`, `inline_segments`): kept as they were until the extractors read
# marks from lines.
_CHARS: dict[str, MarkKind] = {
    "\u2713": MarkKind.TICK, "\u2714": MarkKind.TICK, "\u221a": MarkKind.TICK,
    "\U0001f5f8": MarkKind.TICK, "\u2705": MarkKind.TICK, "\u2611": MarkKind.CHECKED_BOX,
    "\u2612": MarkKind.CHECKED_BOX, "\u2327": MarkKind.CHECKED_BOX, "\u22a0": MarkKind.CHECKED_BOX,
    "\u25a0": MarkKind.CHECKED_BOX, "\u25a3": MarkKind.CHECKED_BOX,
    "\u2717": MarkKind.CROSS, "\u2718": MarkKind.CROSS, "\u2715": MarkKind.CROSS,
    "\u2716": MarkKind.CROSS, "\u274c": MarkKind.CROSS,
    "\u2610": MarkKind.UNCHECKED_BOX, "\u25a1": MarkKind.UNCHECKED_BOX,
    "\u274f": MarkKind.UNCHECKED_BOX, "\u2751": MarkKind.UNCHECKED_BOX,
    "\u2752": MarkKind.UNCHECKED_BOX, "\u25fb": MarkKind.UNCHECKED_BOX,
}

# The character a reader writes into cell text in place of a glyph it decoded.
STAND_IN: dict[MarkKind, str] = {
    MarkKind.TICK: "\u2713",
    MarkKind.CROSS: "\u2717",
    MarkKind.CHECKED_BOX: "\u2612",
    MarkKind.UNCHECKED_BOX: "\u2610",
    MarkKind.BULLET: "\u2022",
    MarkKind.RADIO_ON: "\u25cf",
    MarkKind.RADIO_OFF: "\u25cb",
}

SELECTING_KINDS = frozenset({MarkKind.TICK, MarkKind.CROSS, MarkKind.CHECKED_BOX})


def font_family(font_name: str) -> str:
    """'ABCDEF+ZapfDingbats' -> 'zapfdingbats'; 'Wingdings 2' -> 'wingdings2'."""
    name = font_name.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", font_name) else font_name
    name = re.sub(r"[-,](Regular|Bold|Italic|BoldItalic|Roman|Book)$", "", name, flags=re.I)
    name = re.sub(r"(MT|PS|Std)$", "", name)
    return re.sub(r"[^a-z0-9]", "", name.lower())


def is_symbol_font(font_name: str) -> bool:
    return font_family(font_name) in SYMBOL_FONTS


# Radio buttons drawn in symbol fonts: read as radio marks (the legacy tables above call
# them bullets).
_RADIO_GLYPHS: dict[str, dict[int, MarkKind]] = {
    "wingdings": {0x6C: MarkKind.RADIO_ON, 0xA4: MarkKind.RADIO_ON, 0xA5: MarkKind.RADIO_ON,
                  0xA1: MarkKind.RADIO_OFF, 0x6D: MarkKind.RADIO_OFF},
    "zapfdingbats": {0x6C: MarkKind.RADIO_ON, 0x6D: MarkKind.RADIO_OFF},
}
for _family in ("dingbats", "itczapfdingbats"):
    _RADIO_GLYPHS[_family] = _RADIO_GLYPHS["zapfdingbats"]
_RADIO_GLYPHS["opensymbol"] = _RADIO_GLYPHS["starsymbol"] = _RADIO_GLYPHS["wingdings"]


def glyph_mark(font_name: str, code: int) -> Mark | None:
    """The mark a glyph of a symbol font stands for, or None.

    ``code`` may be the font byte (0xFC) or its private-use form (0xF0FC); a code above
    the private-use range is a Unicode character drawn in the font (✓ in OpenSymbol) and
    is read by its family (:func:`char_mark`).
    """
    return _glyph_mark(font_name, code, full=True)


def legacy_glyph_mark(font_name: str, code: int) -> Mark | None:
    """:func:`glyph_mark` as the readers had it before marks were kept in lines (no
    radio glyphs, and only the characters of :func:`legacy_char_mark`): what decides the
    stand-in characters still written into ``Cell.text`` until the extractors read
    lines."""
    return _glyph_mark(font_name, code, full=False)


def _glyph_mark(font_name: str, code: int, full: bool) -> Mark | None:
    family = font_family(font_name)
    table = SYMBOL_FONTS.get(family)
    if table is None:
        return None
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    elif code > 0xFF:  # a real Unicode character drawn in a symbol font (✓ in OpenSymbol)
        return char_mark(chr(code)) if full else legacy_char_mark(chr(code))
    if family in ("opensymbol", "starsymbol") and code < 0x80:
        return None  # OpenSymbol's ASCII range is ordinary text
    kind = (_RADIO_GLYPHS.get(family, {}).get(code) if full else None) or table.get(code)
    if kind is None:
        return None
    return Mark(kind, MarkSource.SYMBOL_FONT, f"{font_name} {code:02X}")


def char_kind(ch: str) -> MarkKind | None:
    """What a Unicode character is as a mark, by its family (check marks, ballot boxes
    and X's, cross marks, black and white squares, black and white circles), or None."""
    try:
        return _KINDS[ch]
    except KeyError:
        return _decide(ch) if len(ch) == 1 else None


def char_mark(ch: str) -> Mark | None:
    """The mark a single Unicode character stands for (✓ ✔ √ ☒ ☑ ☐ ✗ ● ○ ■ □ ⊠ ⊗ ...),
    or None."""
    kind = char_kind(ch)
    if kind is None:
        return None
    return Mark(kind, MarkSource.CHARACTER, f"U+{ord(ch):04X}")


def legacy_char_mark(ch: str) -> Mark | None:
    """The characters the selection rules of today's extractors know (no radio buttons
    and fewer boxes than :func:`char_mark`); see :func:`legacy_glyph_mark`."""
    kind = _CHARS.get(ch)
    if kind is None:
        return None
    return Mark(kind, MarkSource.CHARACTER, f"U+{ord(ch):04X}")


_IMAGE_WORDS = (
    (re.compile(r"(?:^|[\W_])(?:unticked|unchecked|empty[\s_-]?box|box[\s_-]?empty|"
                r"(?:check)?box[\s_-]?off)(?:$|[\W_\d])"), MarkKind.UNCHECKED_BOX),
    (re.compile(r"(?:^|[\W_])(?:tick|ticked|check|checked|checkmark|yes|selected)(?:$|[\W_\d])"),
     MarkKind.TICK),
    (re.compile(r"(?:^|[\W_])(?:cross|crossed|x[\s_-]?mark)(?:$|[\W_\d])"), MarkKind.CROSS),
)


def image_mark(*names: str) -> Mark | None:
    """The mark a picture stands for, from its alt text, title or file name
    ('tick', 'images/tick_green.gif', 'checkbox-checked.png'); None for others."""
    for name in names:
        t = name.strip().lower()
        if not t:
            continue
        for pattern, kind in _IMAGE_WORDS:
            if pattern.search(t):
                return Mark(kind, MarkSource.IMAGE, name.strip()[:60])
    return None


def text_marks(text: str) -> tuple[Mark, ...]:
    return tuple(m for m in (legacy_char_mark(ch) for ch in text) if m is not None)


_MARK_CHAR_RE = re.compile("[" + re.escape("".join(_CHARS)) + "]")
_MARK_OR_PRIVATE_RE = re.compile("[" + re.escape("".join(_CHARS)) + "\uf000-\uf0ff]")


def strip_marks(text: str) -> str:
    """Text with mark characters and private-use glyphs (U+F000-U+F0FF) removed."""
    return _MARK_OR_PRIVATE_RE.sub("", text)


# ---------------------------------------------------------------------------
# Selections


class Selection(str, Enum):
    SELECTED = "selected"
    NOT_SELECTED = "not_selected"  # an explicit "no": N, No, ☐, an unchecked control
    BLANK = "blank"  # nothing there


_YES_WORDS = frozenset({"y", "yes", "x", "xx", "ticked", "selected", "\u2022"})
_NO_WORDS = frozenset({"n", "no", "-", "n/a", "na", "o"})


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).strip(" .:;!()[]*").lower()


def word_selection(text: str) -> Selection:
    """What a short text says as a mark: 'Y', 'Yes', 'X', '✓' select; 'N', 'No', '☐' do not."""
    marks = text_marks(text)
    if any(m.kind in SELECTING_KINDS for m in marks):
        return Selection.SELECTED
    rest = _norm(strip_marks(text))
    if not rest:
        if marks:  # only unchecked boxes or bullets
            return Selection.NOT_SELECTED if any(
                m.kind is MarkKind.UNCHECKED_BOX for m in marks) else Selection.BLANK
        return Selection.BLANK
    if rest in _YES_WORDS and rest != "\u2022":
        return Selection.SELECTED
    if rest in _NO_WORDS:
        return Selection.NOT_SELECTED
    return Selection.BLANK


def mark_selection(marks: Sequence[Mark]) -> Selection:
    if any(m.kind in SELECTING_KINDS for m in marks):
        return Selection.SELECTED
    if any(m.kind is MarkKind.UNCHECKED_BOX for m in marks):
        return Selection.NOT_SELECTED
    return Selection.BLANK


def selection(cell: Cell, label: str | None = None) -> Selection:
    """Does this cell pick its option? ``label`` is option text to ignore when the
    mark sits in the same cell as the option ('☒ Very likely', 'Very likely - Y')."""
    by_marks = mark_selection(cell.marks)
    if by_marks is Selection.SELECTED:
        return by_marks
    text = cell.text
    if label:
        text = remove_label(text, label)
    by_text = word_selection(text)
    if by_text is not Selection.BLANK:
        return by_text
    return by_marks


def remove_label(text: str, label: str) -> str:
    """The text of a cell without its option label, matched loosely."""
    pattern = r"\s*".join(re.escape(part) for part in label.split())
    return re.sub(pattern, " ", text, count=1, flags=re.I).strip()


def inline_segments(text: str) -> list[str] | None:
    """A line of options each with its own mark ('☐ Yes ☒ No', 'Yes ☒  No ☐') cut into
    one piece per option, mark included; None when the text is no such list (fewer than
    two mark characters, marks not leading or trailing, or an empty option)."""
    if "\n" in text.strip():
        return None
    found = list(_MARK_CHAR_RE.finditer(text))
    if len(found) < 2:
        return None
    stripped = text.strip()
    mark_first = stripped[:1] in _CHARS
    if not mark_first and stripped[-1:] not in _CHARS:
        return None
    out: list[str] = []
    for k, m in enumerate(found):
        if mark_first:
            end = found[k + 1].start() if k + 1 < len(found) else len(text)
            piece, words = text[m.start():end], text[m.end():end]
        else:
            start = found[k - 1].end() if k else 0
            piece, words = text[start:m.end()], text[start:m.start()]
        if not words.strip():
            return None
        out.append(" ".join(piece.split()))
    return out


def inline_choices(text: str) -> list[tuple[str, bool]] | None:
    """The options of :func:`inline_segments`: each one's words and whether its mark
    picks it."""
    pieces = inline_segments(text)
    if pieces is None:
        return None
    return [(" ".join(strip_marks(p).split()), mark_selection(text_marks(p))
             is Selection.SELECTED) for p in pieces]


def yes_no(text: str, marks: Sequence[Mark] = ()) -> str | None:
    """An achieved flag: 'Y'/'Yes'/tick -> 'Y'; 'N'/'No'/cross -> 'N'; else None.

    A lone X is ambiguous in a Y/N box and gives None. In a line of marked options
    ('☐ Yes ☒ No') the one option whose mark picks it decides.
    """
    choices = inline_choices(text)
    if choices is not None:
        picked = [_norm(words) for words, on in choices if on]
        if len(picked) == 1 and picked[0] in ("y", "yes", "n", "no"):
            return "Y" if picked[0].startswith("y") else "N"
        return None
    t = _norm(strip_marks(text))
    kinds = {m.kind for m in marks} | {m.kind for m in text_marks(text)}
    if t in ("y", "yes", "achieved", "yes - achieved", "y - achieved"):
        return "Y"
    if t in ("n", "no", "not achieved", "not yet achieved", "no - not achieved"):
        return "N"
    # a flag followed by a note: "Y (achieved 31/03/10)", "N - see note", "No, delayed"
    m = re.match(r"^(y|yes|n|no)\s*[(\-\u2013,;:]", t)
    if m:
        return "Y" if m[1].startswith("y") else "N"
    if not t:
        if MarkKind.TICK in kinds or MarkKind.CHECKED_BOX in kinds:
            return "Y"
        if MarkKind.CROSS in kinds:
            return "N"
    return None


# ---------------------------------------------------------------------------
# Colours

RGB = tuple[int, int, int]

NAMED_COLOURS: dict[str, str] = {
    "red": "FF0000", "green": "008000", "lime": "00FF00", "darkgreen": "006400",
    "yellow": "FFFF00", "orange": "FFA500", "amber": "FFBF00", "white": "FFFFFF",
    "black": "000000", "gray": "808080", "grey": "808080", "silver": "C0C0C0",
    "lightgray": "D3D3D3", "lightgrey": "D3D3D3", "darkred": "8B0000", "maroon": "800000",
    "lightgreen": "90EE90", "gold": "FFD700", "darkorange": "FF8C00", "orangered": "FF4500",
    "forestgreen": "228B22", "limegreen": "32CD32", "seagreen": "2E8B57", "olive": "808000",
    "salmon": "FA8072", "tomato": "FF6347", "crimson": "DC143C", "firebrick": "B22222",
    "blue": "0000FF", "navy": "000080", "lightblue": "ADD8E6", "transparent": "",
    "none": "", "auto": "",
    # Word highlight / shading names
    "darkyellow": "808000", "brightgreen": "00FF00",
}


def parse_colour(value: str | None) -> str | None:
    """'#ff0000', 'FF0000', 'rgb(255,0,0)', 'red', '#f00', 'hsl(0,100%,50%)', any CSS
    colour name -> 'FF0000'; None for none/auto/transparent and what is no colour.

    Hex and the names Word and council pages use most are read here; any other name or
    notation is read by Pillow's ``ImageColor`` (imported only then: it costs a fresh
    process about 25 ms, and most documents never need it)."""
    if not value:
        return None
    v = value.strip().lower().replace(" ", "")
    if v in NAMED_COLOURS:
        return NAMED_COLOURS[v] or None
    m = _RGB_FUNCTION.fullmatch(v)
    if m:
        if m[4] is not None and float(m[4]) == 0:
            return None
        return "".join(f"{min(int(x), 255):02X}" for x in m.groups()[:3])
    h = v.lstrip("#")
    if _HEX3.fullmatch(h):
        h = "".join(ch * 2 for ch in h)
    if _HEX6.fullmatch(h):
        return h.upper()
    return _pillow_colour(v)


_RGB_FUNCTION = re.compile(r"rgba?\((\d+)%?,(\d+)%?,(\d+)%?(?:,([\d.]+))?\)")
_HEX3 = re.compile(r"[0-9a-f]{3}")
_HEX6 = re.compile(r"[0-9a-f]{6}")


def _pillow_colour(v: str) -> str | None:
    """A CSS colour Pillow knows ('darkolivegreen', 'hsl(120,100%,25%)', '#00800080'),
    as hex; a fully transparent one is None."""
    if not v or len(v) > 60:
        return None
    from PIL import ImageColor

    try:
        rgb = ImageColor.getrgb(v)
    except (ValueError, AttributeError):
        return None
    if len(rgb) == 4 and rgb[3] == 0:
        return None
    return "".join(f"{c:02X}" for c in rgb[:3])


def to_rgb(hex_colour: str) -> RGB:
    return int(hex_colour[0:2], 16), int(hex_colour[2:4], 16), int(hex_colour[4:6], 16)


def is_background(hex_colour: str | None) -> bool:
    """White, near-white and 'no fill' are background, not a mark."""
    if hex_colour is None:
        return True
    r, g, b = to_rgb(hex_colour)
    return min(r, g, b) >= 235


def colour_name(hex_colour: str | None) -> str | None:
    """'red', 'amber', 'green', 'grey' or None (background / another colour), with tolerance."""
    if hex_colour is None or is_background(hex_colour):
        return None
    r, g, b = (x / 255 for x in to_rgb(hex_colour))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    if s < 0.2 or lightness < 0.08:
        return "grey"
    hue = h * 360
    if hue >= 340 or hue < 15:
        return "red"
    if hue < 65:
        return "amber"
    if hue < 170:
        return "green"
    return None


def rating_colour(hex_colour: str | None) -> str | None:
    """The rating a single coloured cell shows: red / amber_red / amber_green / green.

    Amber is split by hue: orange-amber (hue < 42, CSS orange) reads as amber/red, yellow-amber
    as amber/green. Returned as the rating's value string.
    """
    name = colour_name(hex_colour)
    if name == "red":
        return "red"
    if name == "green":
        return "green"
    if name == "amber" and hex_colour:
        r, g, b = (x / 255 for x in to_rgb(hex_colour))
        hue = colorsys.rgb_to_hls(r, g, b)[0] * 360
        return "amber_red" if hue < 42 else "amber_green"
    return None


def filled_out(cells: Sequence[Cell]) -> list[int]:
    """Indices of the option cells filled in a colour their siblings do not share
    (see :func:`filled_out_fills`)."""
    return filled_out_fills([c.fill for c in cells])


def filled_out_fills(fills_in: Sequence[str | None]) -> list[int]:
    """Indices of the option cells filled in a colour their siblings do not share.

    The background is the uncoloured cells when there are any, else the largest group
    of cells sharing one colour (at least two of them). The cells not in the background
    are filled out, provided they are fewer than half the cells (two options: one). A
    legend where every cell has its own colour, or a row all in one colour, selects
    nothing.
    """
    if len(fills_in) < 2:
        return []
    fills = [None if is_background(f) else f for f in fills_in]
    groups: list[list[int]] = []
    for i, f in enumerate(fills):
        for g in groups:
            if _same(fills[g[0]], f):
                g.append(i)
                break
        else:
            groups.append([i])
    plain = [g for g in groups if fills[g[0]] is None]
    if plain:
        background = plain[0]
    else:
        groups.sort(key=len, reverse=True)
        background = groups[0]
        if len(background) < 2 or (len(groups) > 1 and len(groups[1]) == len(background)):
            return []
    picked = sorted(i for g in groups if g is not background for i in g)
    if not picked or 2 * len(picked) > len(fills):
        return []
    return picked


def selected_by_fill(cells: Sequence[Cell]) -> int | None:
    """Index of the one option cell filled in a colour its siblings do not share."""
    picked = filled_out(cells)
    return picked[0] if len(picked) == 1 else None


def _same(a: str | None, b: str | None, tolerance: int = 24) -> bool:
    if a is None or b is None:
        return a is b
    return all(abs(x - y) <= tolerance for x, y in zip(to_rgb(a), to_rgb(b), strict=True))
