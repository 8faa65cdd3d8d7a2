"""The library's entry points: ``extract(path) -> Record`` and ``extract_many``."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import PPFExtractError
from .record import Record
from .settings import Settings

log = logging.getLogger(__name__)

SUFFIXES = (".pdf", ".docx", ".doc", ".html", ".htm", ".tif", ".tiff")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract(path: str | Path, settings: Settings | None = None) -> Record:
    """Read one file and extract its record. Raises PPFExtractError subclasses."""
    # imported here, so a batch's parent process (which only hashes, schedules and
    # writes) never loads the readers and extractors its workers use
    from .extractors import extract_record
    from .readers import read

    p = Path(path)
    settings = (settings or Settings()).resolve()
    doc = read(p, settings)
    record = extract_record(doc, p.stem, settings)
    scan = getattr(doc, "scan", None)
    if scan is not None and scan.pages:  # values read from scanned pages: confidence
        from .readers.ocr.confidence import apply

        apply(record, doc, settings.ocr_min_confidence)  # type: ignore[arg-type]
    record.source = str(p)
    return record


def extract_safe(path: str | Path, settings: Settings | None = None) -> Record:
    """Like :func:`extract`, but any failure becomes an error record."""
    p = Path(path)
    try:
        record = extract(p, settings)
    except PPFExtractError as exc:
        record = Record.from_error(p.stem, str(p), exc.code, str(exc))
    except OSError as exc:
        record = Record.from_error(p.stem, str(p), "unreadable_file",
                                   f"cannot read the file: {exc.strerror or exc}")
    except Exception as exc:  # a bug or a library failure on odd input: keep the batch going
        log.exception("unexpected failure on %s", p)
        record = Record.from_error(p.stem, str(p), "internal_error",
                                   f"unexpected {type(exc).__name__}: {exc}")
    try:
        record.sha256 = file_sha256(p)
    except OSError:
        pass
    return record


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and supported files found recursively under folders, sorted."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        else:
            yield p


def extract_many(paths: Iterable[str | Path], settings: Settings | None = None
                 ) -> Iterator[Record]:
    """One record per input file (error records for the ones that fail), in order."""
    for p in iter_inputs(paths):
        yield extract_safe(p, settings)
