"""Build tests/data/network/doc-linked-picture-fetches-url.doc (issue 13, item 1).

A legacy Word file whose picture is linked, not embedded: LibreOffice writes it as an
``INCLUDEPICTURE "http://127.0.0.1:38917/logo.png" \\d`` field. Converting such a file
made LibreOffice fetch the URL. The URL is on the loopback interface at a fixed port
that tests/test_no_network.py listens on.

Made by LibreOffice itself (HTML with an <img> link, saved as "MS Word 97"), run with
ppfextract's own fences (no network namespace or dead proxy, private profile) so that
building the file fetches nothing either.

Run: .venv/bin/python scripts/build_linked_content_doc.py
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ppfextract.readers.doc import (
    _environment,
    find_converter,
    network_isolation,
    profile_settings,
)

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "network"
NAME = "doc-linked-picture-fetches-url"
PORT = 38917

HTML = f"""<html><head><meta charset="utf-8"><title>Cabinet report</title></head><body>
<p>Sefton Metropolitan Borough Council</p>
<p>Report to Cabinet: Putting People First, progress to December 2010.</p>
<p><img src="http://127.0.0.1:{PORT}/logo.png" width="120" height="40" alt="council logo"></p>
<p>The council's logo above is a linked picture: reading this file must not fetch it.</p>
</body></html>
"""


def main() -> None:
    soffice = find_converter()
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, f"{NAME}.html")
        src.write_text(HTML, encoding="utf-8")
        profile = Path(tmp, "profile")
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(profile_settings())
        subprocess.run([*network_isolation(), soffice,
                        f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to", "doc:MS Word 97",
                        "--outdir", tmp, str(src)],
                       check=True, capture_output=True, env=_environment(tmp), timeout=120)
        data = Path(tmp, f"{NAME}.doc").read_bytes()
    assert f"127.0.0.1:{PORT}/logo.png".encode() in data, "the link was not kept"
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{NAME}.doc").write_bytes(data)
    print(f"wrote {OUT / NAME}.doc ({len(data)} bytes)")


if __name__ == "__main__":
    main()
