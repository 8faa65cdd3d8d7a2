"""Datasette metadata for ``ppf.sqlite``: titles, descriptions, units, facets.

``extract`` writes it to ``OUT/datasette/metadata.json`` (not beside the records, where
``evaluate`` would take it for one). Open the dataset with it::

    datasette OUT/ppf.sqlite --metadata OUT/datasette/metadata.json --setting suggest_facets off

Every table and view gets a title and a description, every column a description
(with its unit where it has one), the tables sensible facets (council, period,
milestone, deadline, status, rating, kind) instead of the provenance columns Datasette
would suggest, and the resume state (``batch_state``) is hidden. The lookup tables'
``label_column`` makes Datasette show a milestone's title and a requirement's wording
beside the codes in the other tables.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import atomic_path

DATABASE = "ppf"  # Datasette names a database after its file's stem
METADATA = Path("datasette") / "metadata.json"
COMMAND = ("datasette {db} --metadata {metadata} --setting suggest_facets off")

_PROVENANCE = {
    "seq": "Order of the value within its document (0-based)",
    "page": "Page of the source the value was read on (PDF only, 1-based)",
    "block": "Block (paragraph or table) of the source document, 0-based, as ppfextract "
             "read it",
    "row": "Table row of the source cell, 0-based",
    "col": "Table column of the source cell, 0-based",
    "bbox": "Where on the page: [x0, top, x1, bottom] in PDF points (1/72 inch)",
    "provenance": "Where each field of this row was read (JSON: file, block, row, col, "
                  "page, bbox, span)",
    "document_id": "The document this row comes from (documents.id)",
}
_COUNCIL = {
    "council": "The council's short name (\"Sefton\" for Sefton MBC)",
    "period": "The month whose end the return reports on (YYYY-MM)",
    "date_completed": "The date the return says it was completed (YYYY-MM-DD)",
}
_MILESTONE = {
    "milestone": "Milestone number 1-5 (framework_milestones gives the title)",
    "deadline": "The deliverable's deadline: 2010-04, 2010-10 or 2011-04",
    "achieved": "Y or N: was the deliverable achieved by the deadline",
    "likelihood": "How likely the council said it was to achieve it: very_likely, "
                  "fairly_likely, fairly_unlikely, very_unlikely",
    "status": "One value for the cell: achieved, a likelihood, or not_achieved",
    "reason_not_achieved": "The council's reason, as written, when not achieved",
    "when_to_be_achieved": "When the council expects to achieve it, as written",
    "milestone_title": "The milestone's title in the framework",
    "deadline_label": "The deadline in words",
    "status_label": "The status in words",
}


def _table(title: str, description: str, columns: dict[str, str],
           facets: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"title": title, "description": description, "columns": columns}
    if facets:
        out["facets"] = facets
    out.update(extra)
    return out


def _tables() -> dict[str, dict[str, Any]]:
    prov = _PROVENANCE
    return {
        "documents": _table(
            "Documents", "One row per document read: a council paper in PDF, Word or HTML. "
            "has_return says whether it holds a Putting People First return; error says "
            "whether it could be read at all (error_code and message say why not).",
            {"id": "The document's name (its file's stem, made unique)",
             "source": "The file it was read from (the first, when several files had the "
                       "same content)",
             "format": "pdf, docx, doc or html, by the file's content",
             "sha256": "SHA-256 of the file's content", **_COUNCIL,
             "has_return": "1 if a return (milestone cells or requirement ratings) was "
                           "found, else 0",
             "error": "1 if the file could not be read, else 0",
             "error_code": "Why not: empty_document, corrupt_document, encrypted_document, "
                           "timeout, out_of_memory, skipped_input, ...",
             "message": "The reason in words", "warnings": "What was odd (JSON list)",
             "pages": "Number of pages (PDF)", "provenance": prov["provenance"]},
            ["council", "period", "format", "has_return", "error_code"], sort="id"),
        "milestones": _table(
            "Milestone cells", "One row per milestone and deadline a document reports: "
            "achieved (Y/N) and how likely (for a deadline not yet reached or missed).",
            {**_MILESTONE, **prov}, ["milestone", "deadline", "achieved", "likelihood"]),
        "requirements": _table(
            "Underpinning requirement ratings", "One row per requirement a document rates "
            "Red, Amber/Red, Amber/Green or Green.",
            {"requirement": "The requirement's identifier (framework_requirements gives the "
                            "wording)", "rating": "red, amber_red, amber_green or green",
             **prov}, ["requirement", "rating"]),
        "answers": _table(
            "Answers to the key questions", "The council's answers to the key questions "
            "of each milestone, as written. Searchable.",
            {"milestone": _MILESTONE["milestone"], "question": "The question as printed",
             "answer": "The answer as printed", **prov}, ["milestone"]),
        "risks": _table(
            "Key risks and mitigating actions", "Each milestone's key risks and the "
            "council's mitigating actions, as written. Searchable.",
            {"milestone": _MILESTONE["milestone"], "risk": "The risk as written",
             "mitigation": "The mitigating action as written", **prov}, ["milestone"]),
        "facts": _table(
            "Facts stated in prose", "Figures a council gave about itself in the text of a "
            "paper (personal budgets, service users, reviews, spending, savings).",
            {"kind": "What the figure counts (framework_fact_kinds gives the label and "
                     "unit)",
             "value": "The figure: people, care packages, percent (0-100) or pounds (GBP), "
                      "by kind", "text": "The clause it was read from", **prov}, ["kind"]),
        "milestone_status": _table(
            "Milestone status by return", "Every milestone cell of every return, with its "
            "council and period and one status.", {**_COUNCIL, **_MILESTONE, **prov},
            ["council", "period", "milestone", "deadline", "status"]),
        "latest_status": _table(
            "Latest status per council", "For each council, milestone and deadline, the "
            "cell from the council's latest return (latest period, then latest date "
            "completed).", {**_COUNCIL, **_MILESTONE, **prov},
            ["council", "milestone", "deadline", "status"]),
        "council_comparison": _table(
            "Councils side by side", "One row per council and period: the 15 milestone "
            "cells (m1_2010_04 is milestone 1, deadline April 2010) as statuses and the 12 "
            "requirement ratings as columns.", {**_COUNCIL}, ["council", "period"]),
        "requirement_ratings": _table(
            "Requirement ratings by return", "Every rating with its council and period and "
            "the requirement's wording.",
            {**_COUNCIL, "code": "R1-R12, as the report numbers them",
             "wording": "The requirement as the return template words it",
             "rating_label": "The rating in words", **prov},
            ["council", "period", "code", "rating"]),
        "facts_readable": _table(
            "Facts with their units", "Every fact with its council, period, label and "
            "unit.", {**_COUNCIL, "label": "What the figure counts, in words",
                      "unit": "people, care packages, percent or GBP", **prov},
            ["council", "kind", "unit"]),
        "framework_milestones": _table(
            "The five milestones", "The Putting People First milestones, with the "
            "deliverable due at each deadline.", {"code": "M1-M5"}, label_column="title"),
        "framework_deadlines": _table("Deadlines", "The three deadlines.", {},
                                      label_column="label"),
        "framework_requirements": _table(
            "The twelve underpinning requirements", "Worded as in the return template.",
            {"code": "R1-R12", "area": "engagement or arrangements"},
            label_column="wording"),
        "framework_likelihoods": _table("Likelihoods", "How likely a deliverable is.", {},
                                        label_column="label"),
        "framework_ratings": _table("Ratings", "Red, Amber/Red, Amber/Green, Green.", {},
                                    label_column="label"),
        "framework_statuses": _table("Statuses", "The status of a milestone cell.", {},
                                     label_column="label"),
        "framework_fact_kinds": _table("Fact kinds", "What a fact counts, and its unit.",
                                       {"unit": "people, care packages, percent or GBP"},
                                       label_column="label"),
        "batch_state": {"hidden": True},
    }


TITLE = "Putting People First returns"
DESCRIPTION = (
    "Councils' progress against the Putting People First adult social care programme "
    "(2009-2011), read from their published papers by ppfextract. Start with "
    "latest_status (each council's latest position on every milestone) or "
    "council_comparison (councils side by side). Each value can be checked against its "
    "source: page, block, row and column are recorded for every one.")


def metadata() -> dict[str, Any]:
    """The metadata document for ``datasette ppf.sqlite --metadata ...``."""
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "source": "Council cabinet and scrutiny papers",
        "databases": {DATABASE: {"title": TITLE, "description": DESCRIPTION,
                                 "tables": _tables()}},
    }


def write_metadata(out_dir: Path) -> Path:
    """Write ``OUT/datasette/metadata.json``; its path."""
    path = Path(out_dir) / METADATA
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(metadata(), indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    return path


def command(out_dir: Path | str, prefix: str = "") -> str:
    """The command line that opens the dataset in Datasette with this metadata."""
    out = Path(out_dir)
    return prefix + COMMAND.format(db=out / "ppf.sqlite", metadata=out / METADATA)


__all__ = ["DATABASE", "METADATA", "command", "metadata", "write_metadata"]
