"""Named errors. In a batch each becomes an error record; the CLI prints its message."""

from __future__ import annotations


class PPFExtractError(Exception):
    """Base class for every error ppfextract raises on purpose."""

    code = "error"


class UnsupportedFormat(PPFExtractError):
    """The file is not a format any reader supports (the message lists them)."""

    code = "unsupported_format"


class EmptyDocument(PPFExtractError):
    """The file has no content (zero bytes, no pages, no text)."""

    code = "empty_document"


class CorruptDocument(PPFExtractError):
    """The file claims a format but cannot be parsed as it."""

    code = "corrupt_document"


class EncryptedDocument(PPFExtractError):
    """The file is encrypted and no (correct) password was given."""

    code = "encrypted_document"


class NoTextLayer(PPFExtractError):
    """A PDF with pages but no text to read (an image-only scan)."""

    code = "no_text_layer"


class OcrUnavailable(PPFExtractError):
    """A scanned page needs OCR and Tesseract (or its language data, or the Python
    binding) is not installed; the message says what to install."""

    code = "ocr_unavailable"


class ConverterMissing(PPFExtractError):
    """A conversion tool the format needs (LibreOffice for .doc) is not installed."""

    code = "converter_missing"


class DocumentTooLarge(PPFExtractError):
    """The file, or what it would expand to, is over a safety limit."""

    code = "document_too_large"


class GoldFormatError(PPFExtractError):
    """A gold or prediction file is not a valid record."""

    code = "gold_format"
