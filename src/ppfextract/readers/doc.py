"""Legacy Word (.doc) reader: converted to .docx by LibreOffice, then read as .docx.

LibreOffice (``soffice``) must be installed; without it the reader raises
:class:`~ppfextract.errors.ConverterMissing` with the command that installs it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from ..document import Block, Document, Paragraph, Table
from ..errors import ConverterMissing, CorruptDocument
from ..settings import Settings

CONVERT_TIMEOUT_S = 120
_MISSING = "reading legacy .doc needs LibreOffice: apt-get install libreoffice-writer"


def find_converter() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(path: Path, settings: Settings) -> Document:
    """Convert ``path`` to .docx in a temporary directory and read that."""
    converter = find_converter()
    if converter is None:
        raise ConverterMissing(_MISSING)
    from .docx import read_docx  # imported late: the .docx reader is only needed here

    with tempfile.TemporaryDirectory(prefix="ppfextract-doc-") as tmp:
        # A private profile directory, so a running LibreOffice does not swallow the job.
        profile = Path(tmp, "profile").as_uri()
        cmd = [converter, f"-env:UserInstallation={profile}", "--headless",
               "--convert-to", "docx", "--outdir", tmp, str(path)]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=CONVERT_TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise CorruptDocument(
                f"LibreOffice did not convert the file within {CONVERT_TIMEOUT_S} s") from exc
        except (subprocess.CalledProcessError, OSError) as exc:
            raise CorruptDocument(f"LibreOffice could not convert the file: {exc}") from exc
        converted = Path(tmp, path.stem + ".docx")
        if not converted.exists():
            raise CorruptDocument("LibreOffice could not convert the file (no output)")
        doc = read_docx(converted, settings)
    blocks = [_refile(block, path.name) for block in doc.blocks]
    return replace(doc, path=str(path), format="doc", blocks=blocks)


def _refile(block: Block, name: str) -> Block:
    """The block with its provenance (and its cells') naming the original file."""
    if isinstance(block, Paragraph):
        return replace(block, provenance=replace(block.provenance, file=name))
    return _refile_table(block, name)


def _refile_table(table: Table, name: str) -> Table:
    cells = [replace(c, provenance=replace(c.provenance, file=name),
                     nested=[_refile_table(t, name) for t in c.nested]) for c in table.cells]
    return replace(table, cells=cells, provenance=replace(table.provenance, file=name))
