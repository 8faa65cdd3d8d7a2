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
    """A conversion tool the format needs (LibreOffice for .doc, .odt, .xlsx ...) is
    not installed."""

    code = "converter_missing"


class DocumentTooLarge(PPFExtractError):
    """The file, or what it would expand to, is over a safety limit."""

    code = "document_too_large"


class GoldFormatError(PPFExtractError):
    """A gold or prediction file is not a valid record."""

    code = "gold_format"


# Errors whose cause is the run (its limits, a signal), not the file: ``--resume``
# tries these documents again.


class OutOfMemory(PPFExtractError):
    """Reading the file needed more memory than the run's limit allows."""

    code = "out_of_memory"


class TimedOut(PPFExtractError):
    """Reading the file took longer than the run's time limit."""

    code = "timeout"


class Interrupted(PPFExtractError):
    """The process reading the file (a worker, or LibreOffice) was stopped by a signal."""

    code = "interrupted"


RUN_CAUSED: frozenset[str] = frozenset({"timeout", "out_of_memory", "interrupted"})


class SkippedInput(PPFExtractError):
    """Found while walking a folder but not read: a link leading out of the input
    folder, a dangling link or a link loop, a named pipe or device."""

    code = "skipped_input"


class OutputInUse(PPFExtractError):
    """Another run holds the lock on the output folder."""

    code = "output_in_use"


class UsageError(PPFExtractError):
    """A command-line argument that cannot work (the CLI exits 2 with its message)."""

    code = "usage"
