"""Readers: file -> :class:`~ppfextract.document.Document`.

One protocol, ``read(path, settings) -> Document``. The format is chosen by
sniffing the content (magic bytes) and falls back to the file suffix. Readers
know nothing about milestones.
"""

from __future__ import annotations

import codecs
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..document import Document
from ..errors import CorruptDocument, EmptyDocument, EncryptedDocument, UnsupportedFormat
from ..settings import Settings

SUPPORTED = ("pdf", "docx", "html", "image (PNG, JPEG, TIFF)",
             "doc, odt, rtf, xlsx, xls, ods (converted by LibreOffice)")
# formats read by converting them with LibreOffice (readers/doc.py)
CONVERTED = ("doc", "odt", "rtf", "xlsx", "xls", "ods")
_ODF_TYPES = {"application/vnd.oasis.opendocument.text": "odt",
              "application/vnd.oasis.opendocument.spreadsheet": "ods"}

ReaderFn = Callable[[Path, Settings], Document]

# PNG, JPEG, TIFF (little- and big-endian): scans read by OCR
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def sniff(path: Path) -> str:
    """The format of a file by its content: 'pdf', 'docx', 'html', 'image' (a PNG,
    JPEG or TIFF scan, read by OCR), or one of :data:`CONVERTED` (else error)."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if not head:
        raise EmptyDocument("the file is empty (0 bytes)")
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_IMAGE_SIGNATURES):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        fmt = _zip_format(path)
        if fmt is not None:
            return fmt
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_format(path)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if text.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(
        tag in text for tag in (b"<html", b"<body", b"<table", b"<div", b"<p>", b"<head")
    ):
        return "html"
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("htm", "html"):
        if _looks_binary(head):
            raise UnsupportedFormat(
                f"named .{suffix} but the content is binary data, not HTML text; "
                f"supported formats: {', '.join(SUPPORTED)}")
        return "html"
    claimed = {"docx": "a Word document (no zip signature)", "pdf": "a PDF (no %PDF header)",
               "doc": "a legacy Word document (no OLE signature)",
               "xls": "a legacy Excel workbook (no OLE signature)",
               "xlsx": "an Excel workbook (no zip signature)",
               "odt": "an OpenDocument text (no zip signature)",
               "ods": "an OpenDocument spreadsheet (no zip signature)",
               "rtf": "a Rich Text Format file (no {\\rtf header)"}.get(suffix)
    if claimed:
        raise UnsupportedFormat(
            f"named .{suffix} but the content is not {claimed}; "
            f"supported formats: {', '.join(SUPPORTED)}")
    raise UnsupportedFormat(
        f"cannot tell the format of this file (suffix '.{suffix}', content not recognised); "
        f"supported formats: {', '.join(SUPPORTED)}")


def _zip_format(path: Path) -> str | None:
    """'docx', 'xlsx', 'odt' or 'ods' by a zip package's entries (else an error, or None
    for a damaged zip with another name)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile:
        names = set()
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "mimetype" in names:
        fmt = _odf_type(path)
        if fmt:
            return fmt
    if names:
        raise UnsupportedFormat(
            "a zip archive that is not a Word document, an Excel workbook or an "
            "OpenDocument text or spreadsheet; "
            f"supported formats: {', '.join(SUPPORTED)}")
    kind = {".docx": "Word document", ".xlsx": "Excel workbook",
            ".odt": "OpenDocument text", ".ods": "OpenDocument spreadsheet"}.get(
                path.suffix.lower())
    if kind is not None:
        raise CorruptDocument(
            f"not a readable {kind}: the zip package is damaged or cut short "
            "(a truncated download or copy?)")
    return None


def _ole_format(path: Path) -> str:
    """'doc' or 'xls' by an OLE compound file's stream names (else an error)."""
    if _ole_stream_named(path, "EncryptedPackage"):
        raise EncryptedDocument(
            "the Office document is encrypted (password-protected); ppfextract "
            "cannot open encrypted Office files: save an unprotected copy")
    # a Word file names its "WordDocument" stream (an embedded sheet may also
    # name a "Workbook"); an Excel file only its "Workbook" (or Excel 5's "Book")
    if (not _ole_stream_named(path, "WordDocument")
            and (_ole_stream_named(path, "Workbook") or _ole_stream_named(path, "Book"))):
        return "xls"
    return "doc"


def _looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters: not text in any encoding HTML uses
    (UTF-16 and UTF-32 files start with a byte-order mark)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return False
    if b"\0" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) // 20


def _odf_type(path: Path) -> str | None:
    """'odt' or 'ods' by an OpenDocument package's ``mimetype`` entry, else None."""
    try:
        with zipfile.ZipFile(path) as zf:
            kind = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return None
    return _ODF_TYPES.get(kind)


def _ole_stream_named(path: Path, name: str, limit: int = 4 << 20) -> bool:
    """Whether an OLE compound file (legacy Office container) names a stream, e.g. the
    "EncryptedPackage" Office writes for a password-protected .docx. The directory
    entries hold names in UTF-16LE; a plain byte search over the start is enough."""
    with open(path, "rb") as fh:
        data = fh.read(limit)
    return name.encode("utf-16-le") in data


def get_reader(fmt: str) -> ReaderFn:
    if fmt == "docx":
        from .docx import read_docx

        return read_docx
    if fmt == "html":
        from .html import read_html

        return read_html
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf
    if fmt in CONVERTED:
        from functools import partial

        from .doc import read_converted

        return partial(read_converted, fmt=fmt)
    if fmt == "image":
        from .ocr import read_image

        return read_image
    raise UnsupportedFormat(f"no reader for '{fmt}'; supported formats: {', '.join(SUPPORTED)}")


def read(path: str | Path, settings: Settings | None = None) -> Document:
    """Read any supported file into a Document."""
    p = Path(path)
    settings = (settings or Settings()).resolve()
    fmt = sniff(p)
    return get_reader(fmt)(p, settings)
