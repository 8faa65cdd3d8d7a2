"""Settings for a run, as one validated dataclass (pdfplumber's TableSettings pattern)."""

from __future__ import annotations

from dataclasses import dataclass

from .framework import PDF_TRIAGE_PATTERNS

PDF_BACKENDS = ("pdfium", "pdfplumber")


@dataclass(frozen=True)
class Settings:
    password: str | None = None  # for encrypted PDFs
    max_file_bytes: int = 200 * 1024 * 1024  # refuse larger inputs
    max_docx_uncompressed: int = 500 * 1024 * 1024  # zip-bomb guard
    max_html_bytes: int = 50 * 1024 * 1024
    facts: bool = True  # run the prose fact extractor
    # PDF page triage: pages whose fast text matches one of these patterns (regex,
    # case-insensitive) get the detailed table pass; empty = every page.
    pdf_page_triggers: tuple[str, ...] = PDF_TRIAGE_PATTERNS
    # the library behind the PDF reader's detailed pass: "pdfium" (pypdfium2, fast) or
    # "pdfplumber" (pdfminer, the reference)
    pdf_backend: str = "pdfium"
    # scanned pages (image-only PDF pages, PNG/JPEG/TIFF files) read by OCR
    ocr: bool = True
    ocr_dpi: int = 300  # a finer scan is read at this resolution
    ocr_triage_dpi: int = 100  # the quick reading that decides which pages get the full one
    # a value read from a scan with less confidence (0-1) is left out, with a warning
    ocr_min_confidence: float = 0.6

    def resolve(self) -> Settings:
        if self.max_file_bytes <= 0 or self.max_docx_uncompressed <= 0:
            raise ValueError("size limits must be positive")
        if self.pdf_backend not in PDF_BACKENDS:
            raise ValueError(f"pdf_backend must be one of {', '.join(PDF_BACKENDS)}")
        if not 100 <= self.ocr_dpi <= 600 or not 50 <= self.ocr_triage_dpi <= 600:
            raise ValueError("ocr_dpi and ocr_triage_dpi must be resolutions in dpi")
        if not 0.0 <= self.ocr_min_confidence <= 1.0:
            raise ValueError("ocr_min_confidence must be between 0 and 1")
        return self
