"""The mark vocabulary and colours, decided in one place.

* what a glyph, character or picture *is* as a mark (a tick, a cross, a checked or
  unchecked box, a radio button, a bullet), font-aware: a Wingdings "\u00fc" is a tick, a
  ZapfDingbats "4" is a tick, a Symbol "\u00b7" is a bullet; readers call
  :func:`glyph_mark`, :func:`char_mark` and :func:`image_mark` to turn what they see into
  :class:`~ppfextract.document.Mark` objects in a line;
* colours: any CSS or Word colour notation to hex (:func:`parse_colour`), background or
  not, and the colour a fill shows (:func:`colour_name`, :func:`rating_colour`).

Which option a mark, a word or a colour picks is decided by the extractors
(:mod:`ppfextract.extractors.selection`).
"""

from __future__ import annotations

import colorsys
import unicodedata
from enum import StrEnum

from . import lazy_re as re  # re, each pattern compiled on first use
from .document import Mark, MarkKind, MarkSource
from .framework import Rating

# ---------------------------------------------------------------------------
# Glyphs of symbol fonts, by font family and code (the byte the font maps).
# Codes below 0x100; private-use characters U+F0xx map to code xx.

_WINGDINGS = {
    0xFC: MarkKind.TICK, 0xFB: MarkKind.CROSS,
    0xFD: MarkKind.CHECKED_BOX, 0xFE: MarkKind.CHECKED_BOX, 0x78: MarkKind.CHECKED_BOX,
    0x6F: MarkKind.UNCHECKED_BOX, 0xA8: MarkKind.UNCHECKED_BOX, 0x71: MarkKind.UNCHECKED_BOX,
    0x70: MarkKind.UNCHECKED_BOX, 0x72: MarkKind.UNCHECKED_BOX,
    0x6C: MarkKind.RADIO_ON, 0xA4: MarkKind.RADIO_ON, 0xA5: MarkKind.RADIO_ON,
    0xA1: MarkKind.RADIO_OFF, 0x6D: MarkKind.RADIO_OFF,
    0x9F: MarkKind.BULLET, 0xA7: MarkKind.BULLET, 0xD8: MarkKind.BULLET, 0x76: MarkKind.BULLET,
    0x6E: MarkKind.BULLET, 0xE0: MarkKind.BULLET, 0xE8: MarkKind.BULLET, 0xF0: MarkKind.BULLET,
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
    0x6C: MarkKind.RADIO_ON, 0x6D: MarkKind.RADIO_OFF,  # ● ❍
    0x75: MarkKind.BULLET, 0xA8: MarkKind.BULLET,
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


def font_family(font_name: str) -> str:
    """'ABCDEF+ZapfDingbats' -> 'zapfdingbats'; 'Wingdings 2' -> 'wingdings2'."""
    name = font_name.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", font_name) else font_name
    name = re.sub(r"[-,](Regular|Bold|Italic|BoldItalic|Roman|Book)$", "", name, flags=re.I)
    name = re.sub(r"(MT|PS|Std)$", "", name)
    return re.sub(r"[^a-z0-9]", "", name.lower())


def is_symbol_font(font_name: str) -> bool:
    return font_family(font_name) in SYMBOL_FONTS


def glyph_mark(font_name: str, code: int) -> Mark | None:
    """The mark a glyph of a symbol font stands for, or None.

    ``code`` may be the font byte (0xFC) or its private-use form (0xF0FC); a code above
    the private-use range is a Unicode character drawn in the font (✓ in OpenSymbol) and
    is read by its family (:func:`char_mark`).
    """
    family = font_family(font_name)
    table = SYMBOL_FONTS.get(family)
    if table is None:
        return None
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    elif code > 0xFF:  # a real Unicode character drawn in a symbol font (\u2713 in OpenSymbol)
        return char_mark(chr(code))
    if family in ("opensymbol", "starsymbol") and code < 0x80:
        return None  # OpenSymbol's ASCII range is ordinary text
    kind = table.get(code)
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


_PRIVATE_OR_MARK = re.compile(MAYBE_MARK.pattern[:-1] + "\uf000-\uf0ff]")


def strip_marks(text: str) -> str:
    """Text without mark characters and private-use glyphs (U+F000-U+F0FF: a symbol
    font's glyph a reader kept as it was)."""
    if text.isascii() or not _PRIVATE_OR_MARK.search(text):  # no mark is ASCII
        return text
    return "".join(ch for ch in text
                   if not (0xF000 <= ord(ch) <= 0xF0FF or char_kind(ch) is not None))


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


def is_faint_text(hex_colour: str | None) -> bool:
    """Text set in a light grey ('greyed out'): a grey from 808080 to near-white. Body text
    in dark grey (333333, 595959) is not faint; a coloured text is not faint."""
    if hex_colour is None:
        return False
    r, g, b = to_rgb(hex_colour)
    return max(r, g, b) - min(r, g, b) <= 24 and 0x80 <= min(r, g, b) < 235


class Colour(StrEnum):
    """The colours a return's fills mean something in."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    GREY = "grey"


def colour_name(hex_colour: str | None) -> Colour | None:
    """Red, amber, green, grey or None (background / another colour), with tolerance."""
    if hex_colour is None or is_background(hex_colour):
        return None
    r, g, b = (x / 255 for x in to_rgb(hex_colour))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    if s < 0.2 or lightness < 0.08:
        return Colour.GREY
    hue = h * 360
    if hue >= 340 or hue < 15:
        return Colour.RED
    if hue < 65:
        return Colour.AMBER
    if hue < 170:
        return Colour.GREEN
    return None


def hue(hex_colour: str) -> float:
    """The hue of a colour, in degrees."""
    r, g, b = (x / 255 for x in to_rgb(hex_colour))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


def lightness(hex_colour: str) -> float:
    """The lightness of a colour, 0 (black) to 1 (white)."""
    r, g, b = (x / 255 for x in to_rgb(hex_colour))
    return colorsys.rgb_to_hls(r, g, b)[1]


def rating_colour(hex_colour: str | None) -> Rating | None:
    """The rating a single coloured cell shows: red, amber/red, amber/green or green.
    Amber is split by hue: orange-amber (hue < 42, CSS orange) reads as amber/red,
    yellow-amber as amber/green."""
    name = colour_name(hex_colour)
    if name is Colour.RED:
        return Rating.RED
    if name is Colour.GREEN:
        return Rating.GREEN
    if name is Colour.AMBER and hex_colour:
        r, g, b = (x / 255 for x in to_rgb(hex_colour))
        hue = colorsys.rgb_to_hls(r, g, b)[0] * 360
        return Rating.AMBER_RED if hue < 42 else Rating.AMBER_GREEN
    return None


def same_colour(a: str | None, b: str | None, tolerance: int = 24) -> bool:
    """Two fills of one colour (each channel within ``tolerance``); None is no fill."""
    if a is None or b is None:
        return a is b
    return all(abs(x - y) <= tolerance for x, y in zip(to_rgb(a), to_rgb(b), strict=True))
