"""Words and their boxes from Tesseract, through tesserocr (Tesseract's C++ API in
process: one engine per process, loaded once, then a page or a cell region at a time).

Tesseract's language data comes from the system package (``tesseract-ocr-eng``); without
it, or without tesserocr, :func:`engine` raises :class:`~ppfextract.errors.OcrUnavailable`
saying what to install.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ...errors import OcrUnavailable

MIN_OCR_DPI = 180  # scans below this are read enlarged
INSTALL_HINT = ("install Tesseract's English data (apt-get install tesseract-ocr "
                "tesseract-ocr-eng) and the Python binding (pip install tesserocr)")

_TESSDATA_GLOBS = ("/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tesseract-ocr/tessdata",
                   "/usr/share/tessdata", "/usr/local/share/tessdata",
                   "/usr/local/share/tesseract-ocr/*/tessdata", "/opt/homebrew/share/tessdata")


@dataclass(frozen=True)
class Symbol:
    """One recognised character: its text, box in pixels (x0, top, x1, bottom), the
    confidence (0-1) of the word it belongs to, and the word and line it is part of."""

    text: str
    box: tuple[int, int, int, int]
    conf: float
    word: int
    line: int
    line_box: tuple[int, int, int, int]


def tessdata_dir() -> str | None:
    """The folder holding ``eng.traineddata``: $TESSDATA_PREFIX, else the places the
    system packages put it."""
    env = os.environ.get("TESSDATA_PREFIX")
    candidates = [env, os.path.join(env, "tessdata")] if env else []
    for pattern in _TESSDATA_GLOBS:
        candidates += sorted(glob.glob(pattern), reverse=True)
    for folder in candidates:
        if folder and os.path.isfile(os.path.join(folder, "eng.traineddata")):
            return folder
    return None


def available() -> str | None:
    """None when OCR can run here, else why not (with what to install)."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return f"the tesserocr package is not installed; {INSTALL_HINT}"
    if tessdata_dir() is None:
        return f"Tesseract's English language data (eng.traineddata) was not found; {INSTALL_HINT}"
    return None


class Engine:
    """A Tesseract instance with the page image set once and regions read on demand."""

    def __init__(self) -> None:
        why = available()
        if why is not None:
            raise OcrUnavailable(why)
        import tesserocr

        self._t = tesserocr
        self.api: Any = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="eng",
                                                psm=tesserocr.PSM.AUTO)
        self.version = tesserocr.tesseract_version().split()[1]
        self.factor = 1

    def set_image(self, grey: np.ndarray, dpi: int) -> None:
        """The page to read. A scan under MIN_OCR_DPI is read enlarged twice over (the
        recogniser misses small letters at 150 dpi); boxes are given in the page's own
        pixels either way."""
        self.factor = 2 if dpi < MIN_OCR_DPI else 1
        if self.factor > 1:
            from PIL import Image

            img = Image.fromarray(np.asarray(grey, dtype=np.uint8))
            grey = np.asarray(img.resize((img.width * 2, img.height * 2),
                                         Image.Resampling.BICUBIC))
        g = np.ascontiguousarray(grey, dtype=np.uint8)
        h, w = g.shape
        self.api.SetImageBytes(g.tobytes(), w, h, 1, w)
        self.api.SetSourceResolution(int(dpi) * self.factor)

    def page_symbols(self) -> list[Symbol]:
        """Every character Tesseract finds on the image set (automatic page layout)."""
        t = self._t
        self.api.SetPageSegMode(t.PSM.AUTO)
        self.api.Recognize()
        return _symbols(self.api.GetIterator(), t, self.factor)

    def region_symbols(self, box: tuple[int, int, int, int], letters: str = "",
                       line: bool = False, block: bool = False) -> list[Symbol]:
        """The words of one region of the image set (x0, top, x1, bottom), read as a
        single word (or, with ``line``, a single line; with ``block``, a block of
        lines), in image coordinates; ``letters``: the only characters allowed."""
        t = self._t
        x0, top, x1, bottom = (v * self.factor for v in box)
        mode = t.PSM.SINGLE_BLOCK if block else t.PSM.RAW_LINE if line else t.PSM.SINGLE_WORD
        self.api.SetPageSegMode(mode)
        self.api.SetVariable("tessedit_char_whitelist", letters)
        try:
            self.api.SetRectangle(x0, top, x1 - x0, bottom - top)
            self.api.Recognize()
            return _symbols(self.api.GetIterator(), t, self.factor)
        finally:
            self.api.SetVariable("tessedit_char_whitelist", "")


def _symbols(it: Any, t: Any, factor: int) -> list[Symbol]:
    """The words read, one :class:`Symbol` each: Tesseract's word boxes are tight where
    its symbol boxes are not (a letter's box may run to the end of the line)."""
    out: list[Symbol] = []
    if it is None:
        return out
    word_level, line_level = t.RIL.WORD, t.RIL.TEXTLINE
    word = line = -1
    line_box = (0, 0, 0, 0)
    it.Begin()
    while True:
        if it.IsAtBeginningOf(line_level):
            line += 1
            line_box = it.BoundingBox(line_level) or (0, 0, 0, 0)
        word += 1
        conf = max(0.0, min(1.0, it.Confidence(word_level) / 100.0))
        try:
            text = it.GetUTF8Text(word_level)
        except RuntimeError:  # an empty result (nothing read in a region)
            text = ""
        box = it.BoundingBox(word_level)
        if text and box is not None and not text.isspace():
            out.append(Symbol(text.strip(), _scaled(box, factor), conf, word, line,
                              _scaled(line_box, factor)))
        if not it.Next(word_level):
            break
    return out


def _scaled(box: Any, factor: int) -> tuple[int, int, int, int]:
    x0, top, x1, bottom = box
    if factor == 1:
        return (x0, top, x1, bottom)
    return (x0 // factor, top // factor, x1 // factor, bottom // factor)


@lru_cache(maxsize=1)
def engine() -> Engine:
    """The process's Tesseract engine, loaded on first use."""
    return Engine()
