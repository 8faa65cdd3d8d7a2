"""Saving python-docx documents byte-for-byte reproducibly (fixed zip times and
core properties), shared by the fixture and corpus scripts."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

FIXED_TIME = (2010, 12, 31, 12, 0, 0)


def save_deterministic(doc, path: Path) -> None:  # doc: docx.document.Document
    props = doc.core_properties
    stamp = dt.datetime(*FIXED_TIME)
    props.created = props.modified = stamp
    props.last_printed = stamp
    props.revision = 1
    props.author = props.last_modified_by = "ppfextract fixtures"
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info))
