"""No input makes ppfextract touch the network (issue 13, item 1).

``doc-linked-picture-fetches-url.doc`` holds a picture linked to
http://127.0.0.1:38917/logo.png (scripts/build_linked_content_doc.py). Before the fix,
LibreOffice fetched it on every conversion: during extract, and again when ``report``
and ``inspect`` read the file. A server on the loopback interface at that port counts
the requests; it must see none, whichever way the file is read.
"""

from __future__ import annotations

import errno
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import ppfextract
from ppfextract import read_document
from ppfextract.batch import BatchOptions, run_batch
from ppfextract.inspect import inspect_file
from ppfextract.output.report import build_report
from ppfextract.readers import doc as doc_reader

from .conftest import DATA

LINKED = DATA / "network" / "doc-linked-picture-fetches-url.doc"
PORT = 38917  # the port written in the file
pytestmark = pytest.mark.skipif(doc_reader.find_converter() is None,
                                reason="LibreOffice not installed (apt-get install "
                                       "libreoffice-writer-nogui)")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A web server on 127.0.0.1 at a free port, and a copy of the linked file whose URL
    names that port (the same number of digits, in both encodings the file holds the
    URL in); yields (the copy, the list of paths requested)."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        do_HEAD = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = str(httpd.server_address[1])
    data = LINKED.read_bytes()
    if len(port) == len(str(PORT)):
        for encoding in ("ascii", "utf-16-le"):
            old, new = str(PORT).encode(encoding), port.encode(encoding)
            assert old in data
            data = data.replace(old, new)
    else:  # not an ephemeral port of five digits: the file's own port, if free
        httpd.server_close()
        try:
            httpd = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                pytest.skip(f"port {PORT} on 127.0.0.1 is in use")
            raise
    copy = tmp_path / "in" / LINKED.name
    copy.parent.mkdir()
    copy.write_bytes(data)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield copy, requests
    finally:
        httpd.shutdown()
        httpd.server_close()


def _read(record: ppfextract.Record) -> None:
    assert record.error is False, record.message
    assert record.council == "Sefton"


def test_the_server_is_reachable_and_the_file_links_to_it(server) -> None:
    """The test can fail: a plain request to the URL in the file is counted."""
    import urllib.request

    linked, requests = server
    found = re.search(rb"http://127\.0\.0\.1:[0-9]+/logo\.png", linked.read_bytes())
    assert found is not None
    url = found.group(0).decode()
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(url, timeout=5)  # noqa: S310 - loopback only
    assert requests == ["/logo.png"]


def test_extract_does_not_fetch_a_linked_picture(server) -> None:
    linked, requests = server
    _read(ppfextract.extract_safe(linked))
    assert requests == []


def test_no_fetch_without_a_network_namespace(server, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no namespace can be made, the private profile's dead proxy holds."""
    linked, requests = server
    monkeypatch.setattr(doc_reader, "network_isolation", lambda: ())
    _read(ppfextract.extract_safe(linked))
    assert requests == []


def test_batch_report_and_inspect_do_not_fetch(server, tmp_path: Path) -> None:
    linked, requests = server
    summary = run_batch([linked], tmp_path / "out", options=BatchOptions(workers=1))
    _read(summary.records[0])
    build_report(tmp_path / "out", read=read_document)  # reads the .doc again for its evidence
    record, evidence = inspect_file(linked, tmp_path / "inspect")
    _read(record)
    assert evidence.page.is_file()
    assert requests == []
