"""The report in a real browser: headless Chromium (Debian's ``chromium`` package)
renders it with no console error, and the numbers the page's script shows equal SQL
counts on ppf.sqlite. Skipped when Chromium is absent; installs nothing."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from contextlib import closing
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ppfextract import read_document
from ppfextract.batch import run_batch
from ppfextract.output.report import build_report

from .conftest import CORPUS
from .test_report import make_dataset


def _chromium() -> str | None:
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not installed (apt-get install chromium)"
)


class _Page(HTMLParser):
    """Collects body attributes, data-count values and the evidence links."""

    def __init__(self) -> None:
        super().__init__()
        self.body: dict[str, str | None] = {}
        self.counts: dict[str, str] = {}
        self.links: list[tuple[str, str]] = []  # (data-kind, href)
        self.dom = ""
        self._count: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "body":
            self.body = a
        if a.get("data-count"):
            self._count = a["data-count"]
        if tag == "a" and "ev" in (a.get("class") or "").split() and a.get("href"):
            self.links.append((a.get("data-kind") or "", a["href"] or ""))

    def handle_data(self, data: str) -> None:
        if self._count is not None and data.strip():
            self.counts[self._count] = data.strip()
            self._count = None


def render(index: Path, tmp: Path) -> tuple[_Page, str]:
    assert CHROMIUM is not None
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--no-default-browser-check", f"--user-data-dir={tmp / 'profile'}",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
         "--dump-dom", index.resolve().as_uri()],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    page = _Page()
    page.feed(proc.stdout)
    page.dom = proc.stdout
    return page, proc.stderr


def console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def sql_counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as con:
        def one(sql: str) -> int:
            return int(con.execute(sql).fetchone()[0])

        counts = {
            "documents": one("SELECT count(*) FROM documents"),
            "returns": one("SELECT count(*) FROM documents WHERE has_return = 1 AND error = 0"),
            "errors": one("SELECT count(*) FROM documents WHERE error = 1"),
            "councils": one("SELECT count(DISTINCT council) FROM council_comparison"),
            "cells": one("SELECT count(*) FROM milestone_status"),
            "ratings": one("SELECT count(*) FROM requirements r JOIN documents d "
                           "ON d.id = r.document_id WHERE d.error = 0"),
            "facts": one("SELECT count(*) FROM facts f JOIN documents d "
                         "ON d.id = f.document_id WHERE d.error = 0"),
        }
        for value, n in con.execute(
            "SELECT coalesce(likelihood, 'none'), count(*) FROM milestone_status GROUP BY 1"
        ):
            counts[f"likelihood:{value}"] = n
        for value, n in con.execute(
            "SELECT status, count(*) FROM milestone_status WHERE status IS NOT NULL GROUP BY 1"
        ):
            counts[f"status:{value}"] = n
        for value, n in con.execute(
            "SELECT status, count(*) FROM latest_status WHERE status IS NOT NULL GROUP BY 1"
        ):
            counts[f"latest-status:{value}"] = n
        for value, n in con.execute(
            "SELECT rating, count(*) FROM requirements r JOIN documents d "
            "ON d.id = r.document_id WHERE d.error = 0 GROUP BY 1"
        ):
            counts[f"rating:{value}"] = n
        counts["latest"] = one("SELECT count(*) FROM latest_status")
        counts["comparison_ratings"] = one(
            "SELECT count(*) FROM requirements r JOIN council_comparison c "
            "ON c.document_id = r.document_id"
        )
    return counts


@pytest.mark.parametrize("sources", ["sample", "corpus"])
def test_report_in_chromium(tmp_path: Path, sources: str) -> None:
    if sources == "corpus":  # the whole bundled corpus, as `make demo` extracts it
        out = tmp_path / "out"
        run_batch([CORPUS], out)
    else:  # Word, HTML, PDF and a broken file
        out = make_dataset(tmp_path / "out")
    report = build_report(out, read=read_document)
    page, stderr = render(report.index, tmp_path)

    assert page.body.get("data-ready") == "1", "the page script did not finish"
    assert "data-error" not in page.body, page.body.get("data-error")
    assert console_messages(stderr) == []

    expected = sql_counts(out / "ppf.sqlite")
    shown = {k: int(v) for k, v in page.counts.items()}
    assert shown["likelihood:fairly_likely"] > 0  # the page shows real numbers
    for key, value in shown.items():
        assert value == expected.get(key, 0), key
    assert {k for k in expected if ":" not in k or expected[k]} - {
        "latest", "comparison_ratings"} <= set(shown)

    # issue 13: the heatmap says how current each row is, the codes are explained, the
    # facts are shown
    assert ">As of</th>" in page.dom
    for m in range(1, 6):
        assert f'id="key-m{m}"' in page.dom
    for r in range(1, 13):
        assert f'id="key-r{r}"' in page.dom
    assert "The full engagement of local politicians" in page.dom
    if sources == "corpus":
        assert expected["facts"] > 0
        assert page.dom.count('data-kind="fact"') == expected["facts"]
    kinds = [kind for kind, _ in page.links]
    assert kinds.count("milestone") == expected["latest"]
    assert kinds.count("rating") == expected["comparison_ratings"]
    # every coloured cell links to evidence that exists on disk
    for _, href in page.links:
        target, _, anchor = href.partition("#")
        path = report.index.parent / target
        assert path.is_file(), href
        if anchor:
            assert re.search(f'id="{re.escape(anchor)}"', path.read_text(encoding="utf-8")), href


def test_console_errors_are_caught(tmp_path: Path) -> None:
    """The check above would see a script error: a page that throws is reported."""
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><script>console.error('boom'); nosuch();</script></body></html>")
    _, stderr = render(bad, tmp_path)
    messages = console_messages(stderr)
    assert any("Uncaught" in m for m in messages)
