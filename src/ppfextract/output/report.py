"""A static HTML report of a dataset folder, with evidence for every value.

``build_report(OUT_DIR)`` reads ``OUT_DIR/ppf.sqlite`` (made by ``extract``) and the
per-document JSON records, and writes ``OUT_DIR/report/index.html`` plus
``OUT_DIR/report/evidence/<document>/`` (see :mod:`.evidence`). The page works
offline: the data is embedded as JSON, the CSS and script (``assets/``) inline.

The page's script draws, from the embedded rows: the key to the milestones,
deadlines and requirements in full; the heatmap of councils by milestone and deadline
(``latest_status``) with each council's "as of" period (cells from an older return
marked); the requirements grid per return; each council's trend across periods; the
figures stated in prose (facts); counts by likelihood, status and rating; and the
document list. Tables sort on a header click and filter by council; every coloured
cell links to the evidence section of its value. Shown totals carry a
``data-count`` attribute so a test can compare them with SQL.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import PPFExtractError
from ..files import safe_name
from ..framework import MILESTONES, REQUIREMENTS, Deadline, FactKind, Likelihood, Rating
from ..record import Record
from ..settings import Settings
from .evidence import (
    DocumentReader,
    page_shell,
    remove_written,
    write_evidence,
    written_here,
)
from .sqlite import ACHIEVED, NOT_ACHIEVED

log = logging.getLogger(__name__)

QUERIES: dict[str, str] = {
    "documents": (
        "SELECT d.id, d.source, d.format, d.council, d.period, d.date_completed, "
        "d.has_return, d.error, d.error_code, d.message, "
        "(SELECT count(*) FROM milestones m WHERE m.document_id = d.id) AS cells, "
        "(SELECT count(*) FROM requirements r WHERE r.document_id = d.id) AS ratings "
        "FROM documents d ORDER BY d.id"
    ),
    "cells": (
        "SELECT document_id, seq, council, period, milestone, deadline, status, achieved, "
        "likelihood FROM milestone_status ORDER BY council, period, document_id, seq"
    ),
    "latest": (
        "SELECT council, milestone, deadline, status, period, document_id, seq "
        "FROM latest_status ORDER BY council, milestone, deadline"
    ),
    "returns": (
        "SELECT council, period, date_completed, document_id FROM council_comparison "
        "ORDER BY council, period"
    ),
    "ratings": (
        "SELECT r.document_id, r.seq, r.requirement, r.rating FROM requirements r "
        "JOIN documents d ON d.id = r.document_id WHERE d.error = 0 "
        "ORDER BY r.document_id, r.seq"
    ),
    "facts": (
        "SELECT f.document_id, f.seq, d.council, d.period, f.kind, f.value, f.text "
        "FROM facts f JOIN documents d ON d.id = f.document_id WHERE d.error = 0 "
        "ORDER BY d.council, d.period, f.document_id, f.seq"
    ),
}


def framework_data() -> dict[str, Any]:
    """The closed sets the page needs, in display order."""
    statuses = [ACHIEVED, *(x.value for x in Likelihood), NOT_ACHIEVED]
    return {
        "milestones": [{"id": m.id, "title": m.title,
                        "deliverables": {d.value: text for d, text in m.deliverables.items()}}
                       for m in MILESTONES],
        "deadlines": [{"id": d.value, "label": d.label} for d in Deadline],
        "facts": [{"id": k.value, "label": k.label, "unit": k.unit} for k in FactKind],
        "requirements": [{"id": r.id, "wording": r.wording} for r in REQUIREMENTS],
        "likelihoods": [{"id": x.value, "label": x.label} for x in Likelihood],
        "ratings": [{"id": x.value, "label": x.label} for x in Rating],
        "statuses": [
            {"id": s, "label": s.replace("_", " ").capitalize()} for s in statuses
        ],
    }


def report_data(db: Path) -> dict[str, Any]:
    """Every row the page shows, read from the database at ``db``."""
    uri = Path(db).resolve().as_uri() + "?mode=ro"
    data: dict[str, Any] = {}
    with closing(sqlite3.connect(uri, uri=True)) as con:
        con.row_factory = sqlite3.Row
        for name, sql in QUERIES.items():
            try:
                data[name] = [dict(row) for row in con.execute(sql)]
            except sqlite3.DatabaseError as exc:
                raise PPFExtractError(
                    f"{db} is not a ppfextract dataset ({exc}); run ppfextract extract again"
                ) from exc
    data["framework"] = framework_data()
    return data


def load_records(out_dir: Path) -> dict[str, Record]:
    """The per-document JSON records in ``out_dir`` (files without a ``schema`` key,
    or unreadable ones, are skipped), by document name."""
    records: dict[str, Record] = {}
    for path in sorted(Path(out_dir).glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("skipping %s: %s", path, exc)
            continue
        if isinstance(raw, dict) and "schema" in raw and raw.get("document"):
            records[raw["document"]] = Record.from_dict(raw)
    return records


def evidence_dir(document: str) -> str:
    """The folder of a document's evidence, relative to the report."""

    return f"evidence/{safe_name(document)}"


@dataclass
class Report:
    index: Path
    documents: int = 0
    evidence_pages: int = 0
    images: int = 0  # page images of PDFs
    values: int = 0
    values_without_source: int = 0
    missing_records: list[str] = field(default_factory=list)
    unavailable_sources: list[str] = field(default_factory=list)  # missing or changed


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _embed_json(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


BODY = """<header><h1>Putting People First returns</h1>
<p class="meta"><span data-count="documents">…</span> documents ·
<span data-count="returns">…</span> with a return ·
<span data-count="errors">…</span> errors · <span data-count="councils">…</span> councils ·
<span data-count="cells">…</span> milestone cells · <span data-count="ratings">…</span> ratings ·
<span data-count="facts">…</span> facts</p>
<div class="controls"><label>Council <input id="filter" type="search"
placeholder="filter councils"></label>
<label>Status <select id="status-filter"><option value="">all</option></select></label>
<a href="#key-section">Key to milestones and requirements</a></div>
</header>
<main>
<section id="heatmap-section"><h2>Latest status by milestone and deadline</h2>
<p class="help">Each council's latest return for each cell; "As of" is the period of that
return (a cell taken from an older return is outlined and says which). Click a cell for its
evidence, a heading to sort. M1–M5 are the milestones, listed in the key below.</p>
<div id="heatmap"></div><div id="status-legend" class="legend"></div>
</section>
<section id="requirements-section"><h2>Underpinning requirements</h2>
<p class="help">One row per council and period; R1–R12 are listed in the key below.</p>
<div id="requirements"></div><div id="rating-legend" class="legend"></div></section>
<section id="trend-section"><h2>Trend across quarters</h2>
<p class="help">Cells achieved of those reported, and Green ratings, per return.</p>
<div id="trend"></div></section>
<section id="facts-section"><h2>Facts stated in the papers</h2>
<p class="help">Figures each council gave about itself, with the sentence they come from.
Click a value for its evidence.</p><div id="facts"></div></section>
<section id="counts-section"><h2>Counts</h2><div id="counts"></div></section>
<section id="documents-section"><h2>Documents</h2><div id="documents"></div></section>
<section id="key-section"><h2>Key</h2><div id="key"></div></section>
</main>
"""


def build_report(out_dir: Path, *, read: DocumentReader | None,
                 target: Path | None = None, settings: Settings | None = None,
                 search: Sequence[Path] = (), evidence: bool = True,
                 on_progress: Callable[[int, int], None] | None = None) -> Report:
    """Write the report of the dataset in ``out_dir`` to ``target`` (default
    ``out_dir/report``); return where it is and what it holds. ``read`` reads a source
    again for its evidence (``ppfextract.read_document``; see :func:`write_evidence`).
    ``evidence=False`` writes the page alone (its cells then link nowhere);
    ``on_progress(done, total)`` is called as each document's evidence is written."""
    out_dir = Path(out_dir)
    db = out_dir / "ppf.sqlite"
    if not db.is_file():
        raise PPFExtractError(f"no dataset at {db}; run 'ppfextract extract ... --out {out_dir}'")
    target = Path(target) if target is not None else out_dir / "report"
    target.mkdir(parents=True, exist_ok=True)
    data = report_data(db)
    records = load_records(out_dir)
    report = Report(target / "index.html", documents=len(data["documents"]))
    pages: dict[str, str] = {}
    bases = [*search, out_dir, out_dir.parent]
    total = len(data["documents"])
    for done, doc in enumerate(data["documents"], 1):
        record = records.get(doc["id"])
        if record is None:
            report.missing_records.append(doc["id"])
        elif evidence:
            rel = evidence_dir(doc["id"])
            written = write_evidence(record, target / rel, read=read, search=bases,
                                     settings=settings, back_href="../../index.html")
            pages[doc["id"]] = f"{rel}/index.html"
            report.evidence_pages += 1
            report.images += sum(p.suffix == ".png" for p in written.files)
            report.values += len(written.shown)
            report.values_without_source += sum(not ok for ok in written.shown.values())
            if written.note:
                report.unavailable_sources.append(f"{doc['id']}: {written.note}")
        if on_progress is not None:
            on_progress(done, total)
    _remove_old_evidence(target / "evidence", {evidence_dir(d)[len("evidence/"):]
                                               for d in pages})
    data["evidence"] = pages
    body = (BODY + f'<script type="application/json" id="ppf-data">{_embed_json(data)}'
            "</script>")
    html_text = page_shell("PPF returns report", body, css=_asset("report.css"),
                           script=_asset("report.js"))
    tmp = report.index.with_name(".index.html.tmp")
    tmp.write_text(html_text, encoding="utf-8")
    tmp.replace(report.index)
    return report


def _remove_old_evidence(folder: Path, keep: set[str]) -> None:
    """Evidence folders of documents no longer in the dataset (only those written here)."""
    if not folder.is_dir():
        return
    for sub in folder.iterdir():
        if sub.is_dir() and not sub.is_symlink() and sub.name not in keep \
                and written_here(sub):
            remove_written(sub)
            with contextlib.suppress(OSError):
                sub.rmdir()


__all__ = ["QUERIES", "Report", "build_report", "framework_data", "load_records", "report_data"]
