"""The static report: built from a real extraction (Word, HTML and PDF), every coloured
cell linked to evidence that exists on disk, nothing fetched from the network."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ppfextract import read_document
from ppfextract.batch import run_batch
from ppfextract.cli import main
from ppfextract.output.report import build_report, report_data

from .conftest import CORPUS, DATA

SOURCES: tuple[Path, ...] = (
    CORPUS / "sefton-2011-02-16.docx",
    CORPUS / "sefton-2011-02-16-web.html",
    DATA / "layouts" / "tick-column-wingdings-sym-and-colour-ratings.docx",
    DATA / "layouts" / "likelihood-by-cell-colour-only.html",
    DATA / "pdf" / "rating-by-filled-rect-no-text.pdf",
    DATA / "docx" / "bad-random-bytes.docx",
)


def make_dataset(out: Path) -> Path:
    """Extract the sample sources (Word, HTML, PDF, one broken file) into ``out``."""
    run_batch([p for p in SOURCES if p.exists()], out)
    return out


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = make_dataset(tmp_path_factory.mktemp("report") / "out")
    build_report(out, read=read_document)
    return out


def embedded(index: Path) -> dict:
    text = index.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="ppf-data">(.*?)</script>', text, re.S)
    assert match
    return json.loads(match.group(1).replace("<\\/", "</"))


def _anchor_exists(report_dir: Path, href: str) -> bool:
    page, _, anchor = href.partition("#")
    path = report_dir / page
    return path.is_file() and f'id="{anchor}"' in path.read_text(encoding="utf-8")


def test_report_written_offline(dataset: Path) -> None:
    index = dataset / "report" / "index.html"
    text = index.read_text(encoding="utf-8")
    # self-contained: no external script, stylesheet or image
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', text)
    assert "<link" not in text
    data = embedded(index)
    assert {"documents", "cells", "latest", "returns", "ratings", "framework", "evidence"} <= set(
        data
    )


def test_every_milestone_cell_and_rating_links_to_evidence_on_disk(dataset: Path) -> None:
    report_dir = dataset / "report"
    data = embedded(report_dir / "index.html")
    hrefs = [f"{data['evidence'][r['document_id']]}#milestones-{r['seq']}" for r in data["latest"]]
    hrefs += [f"{data['evidence'][r['document_id']]}#milestones-{r['seq']}" for r in data["cells"]]
    hrefs += [
        f"{data['evidence'][r['document_id']]}#requirements-{r['seq']}" for r in data["ratings"]
    ]
    assert len(hrefs) > 60
    missing = [h for h in hrefs if not _anchor_exists(report_dir, h)]
    assert missing == []


def test_evidence_shows_the_source(dataset: Path) -> None:
    evidence = dataset / "report" / "evidence"
    docx = (evidence / "sefton-2011-02-16" / "index.html").read_text(encoding="utf-8")
    # the Word row is shown with the source cell highlighted, for each value
    assert docx.count('<section id="milestones-') == 15
    assert docx.count('class="hit"') >= 15 + 12
    assert "source region not available" not in docx
    pdf_dir = evidence / "rating-by-filled-rect-no-text"
    assert sorted(p.name for p in pdf_dir.glob("*.png")) == ["page-1.png"]  # once per page
    page = (pdf_dir / "index.html").read_text(encoding="utf-8")
    assert page.count('href="page-1.png"') == 4
    broken = (evidence / "bad-random-bytes" / "index.html").read_text(encoding="utf-8")
    assert "error" in broken


def test_pdf_evidence_outlines_the_cell_over_its_page(dataset: Path) -> None:
    from PIL import Image

    folder = dataset / "report" / "evidence" / "rating-by-filled-rect-no-text"
    with Image.open(folder / "page-1.png") as image:
        assert image.mode == "P"  # at most 256 colours: small files
        assert image.width == round(595 * 100 / 72) or image.width > 500
    page = (folder / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section id="requirements-0".*?</section>', page, re.S)
    assert section is not None
    assert re.search(r'<rect class="hit" x="[\d.]+" y="[\d.]+" width="[\d.]+" '
                     r'height="[\d.]+"/>', section.group(0))


def test_report_counts_images_per_page_not_per_value(tmp_path: Path) -> None:
    """Issue 13: the report wrote one PNG per value (4,960 for 253 documents, about
    750 MB at 5,000); now one per page that holds a value."""
    out = tmp_path / "out"
    run_batch([CORPUS / "sefton-2011-02-16-libreoffice.pdf"], out)
    steps: list[tuple[int, int]] = []
    report = build_report(out, read=read_document,
                          on_progress=lambda done, total: steps.append((done, total)))
    assert steps == [(1, 1)]
    pngs = list((out / "report" / "evidence").rglob("*.png"))
    assert report.images == len(pngs) == 10 and report.values == 64
    assert sum(p.stat().st_size for p in pngs) < 400_000


def test_report_data_matches_sql(dataset: Path) -> None:
    data = report_data(dataset / "ppf.sqlite")
    with closing(sqlite3.connect(dataset / "ppf.sqlite")) as con:
        latest = con.execute("SELECT count(*) FROM latest_status").fetchone()[0]
        assert len(data["latest"]) == latest
        assert len(data["returns"]) == con.execute(
            "SELECT count(*) FROM council_comparison"
        ).fetchone()[0]
        assert len(data["documents"]) == len(SOURCES)


def test_report_rebuild_replaces_its_own_files_only(dataset: Path) -> None:
    folder = dataset / "report" / "evidence" / "rating-by-filled-rect-no-text"
    mine = folder / "notes.png"
    mine.write_bytes(b"not the report's")
    old = folder / "page-1.png"
    old.write_bytes(b"")
    build_report(dataset, read=read_document)
    assert old.stat().st_size > 0  # written again
    assert mine.read_bytes() == b"not the report's"
    mine.unlink()


def test_report_missing_source_still_links(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([DATA / "pdf" / "rating-by-filled-rect-no-text.pdf"], out)
    record = json.loads((out / "rating-by-filled-rect-no-text.json").read_text())
    record["source"] = str(tmp_path / "gone.pdf")
    record["paths"] = []
    (out / "rating-by-filled-rect-no-text.json").write_text(json.dumps(record))
    report = build_report(out, read=read_document)
    assert report.values_without_source == report.values == 4
    page = out / "report" / "evidence" / "rating-by-filled-rect-no-text" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert "source file not found" in text
    assert text.count('<section id="requirements-') == 4


def test_cli_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    run_batch([CORPUS / "sefton-2011-02-16.docx"], out)
    assert main(["report", str(out)]) == 0
    captured = capsys.readouterr()
    assert "report:" in captured.out
    # progress: it was silent for 98 s on 253 documents
    assert "report: 1/1 documents; evidence pages written" in captured.err
    assert (out / "report" / "index.html").is_file()


def test_cli_report_without_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path)]) == 2
    assert "no dataset" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["export", "report", "inspect"])
def test_output_commands_have_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "example" in capsys.readouterr().out


def test_report_changed_source_shows_no_region(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([DATA / "pdf" / "rating-by-filled-rect-no-text.pdf"], out)
    path = out / "rating-by-filled-rect-no-text.json"
    record = json.loads(path.read_text())
    record["sha256"] = "0" * 64  # as if the file had been replaced since extraction
    path.write_text(json.dumps(record))
    report = build_report(out, read=read_document)
    assert report.values_without_source == 4
    assert report.unavailable_sources and "changed" in report.unavailable_sources[0]
    folder = out / "report" / "evidence" / "rating-by-filled-rect-no-text"
    assert list(folder.glob("*.png")) == []
    assert "changed since extraction" in (folder / "index.html").read_text(encoding="utf-8")
