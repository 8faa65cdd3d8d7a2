"""A Word file whose figures sit in a text box, as LibreOffice writes one (issue 14):
tests/data/docx/figures-in-text-box.docx.

The document is a flat ODT with a text frame, converted by ``soffice --convert-to docx``
(Word's own layout: the box under mc:AlternateContent, once as a DrawingML text box and
once as its VML fallback). Zip times and the core properties' dates are fixed so that a
rebuild gives the same bytes with the same LibreOffice.

    .venv/bin/python scripts/build_textbox_fixture.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "docx" / "figures-in-text-box.docx"
FIXED_TIME = (2010, 12, 31, 12, 0, 0)

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:h text:outline-level="1">Calderdale Council</text:h>
  <text:p>Adults, Health and Social Care Scrutiny Panel, 8 February 2011: personal budgets
 update.<draw:frame draw:name="AtAGlance" text:anchor-type="paragraph" svg:width="8cm"
 svg:height="3cm" svg:x="9cm" svg:y="0cm"><draw:text-box><text:p>At a glance: 1,412 people
 now have a personal budget, up from 1,030 in September.</text:p><text:p>Nationally, 13 per
 cent of eligible people have one.</text:p></draw:text-box></draw:frame></text:p>
  <text:p>Members noted the report and asked for a further update in the summer.</text:p>
 </office:text></office:body>
</office:document>
"""


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to build this fixture")
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        src = tmp / "figures-in-text-box.fodt"
        src.write_text(FODT, encoding="utf-8")
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp / 'profile'}",
                        "--headless", "--convert-to", "docx", "--outdir", str(tmp), str(src)],
                       check=True, capture_output=True, timeout=180)
        built = tmp / "figures-in-text-box.docx"
        with zipfile.ZipFile(built) as zin, zipfile.ZipFile(OUT, "w") as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename == "docProps/core.xml":
                    data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                                  rb"\g<1>2010-12-31T12:00:00Z", data)
                member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
                member.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(member, data)
    print(OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
