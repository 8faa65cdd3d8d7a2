"""The dataset explains itself in Datasette (issue 13): titles and descriptions, lookup
tables with the framework's full wording shown beside the codes, sensible facets, the
internal state table hidden. Datasette itself serves the extracted dataset here."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from ppfextract.batch import BatchOptions, run_batch
from ppfextract.output.datasette import METADATA, command

from .conftest import CORPUS

pytest.importorskip("datasette", reason="datasette not installed (pip install "
                                        "'ppfextract[datasette]')")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ds") / "out"
    run_batch([CORPUS / "sefton-2011-02-16.docx",
               CORPUS / "oxfordshire-asc-scrutiny-2010-02.html"], folder,
              options=BatchOptions(workers=0))
    return folder


def _get(out: Path, *paths: str) -> list[Any]:
    from datasette.app import Datasette

    ds = Datasette([str(out / "ppf.sqlite")],
                   metadata=json.loads((out / METADATA).read_text(encoding="utf-8")),
                   settings={"suggest_facets": False})

    async def fetch() -> list[Any]:
        results = []
        for path in paths:
            response = await ds.client.get(path)
            assert response.status_code == 200, (path, response.text[:500])
            results.append(response.json() if ".json" in path else response.text)
        return results

    return asyncio.run(fetch())


def test_extract_writes_the_metadata_and_says_how_to_use_it(out: Path) -> None:
    assert (out / METADATA).is_file()
    assert command(out) == (f"datasette {out}/ppf.sqlite --metadata "
                            f"{out}/datasette/metadata.json --setting suggest_facets off")


def test_tables_have_titles_and_the_state_table_is_hidden(out: Path) -> None:
    (database, page, home) = _get(out, "/ppf.json", "/ppf/milestones", "/ppf")
    assert "Start with latest_status" in home
    tables = {t["name"]: t for t in database["tables"]}
    assert tables["batch_state"]["hidden"] is True
    assert not tables["milestones"]["hidden"]
    assert "Milestone cells" in page and "achieved (Y/N)" in page


def test_codes_are_shown_with_their_full_wording(out: Path) -> None:
    (milestones, requirements) = _get(
        out, "/ppf/milestones.json?_labels=on&_shape=objects&_size=2",
        "/ppf/requirements.json?_labels=on&_shape=objects&_size=1")
    first = milestones["rows"][0]
    assert first["milestone"] == {
        "value": 1,
        "label": "Effective partnerships with people using services, carers and other "
                 "local citizens"}
    assert first["deadline"] == {"value": "2010-04", "label": "April 2010"}
    assert requirements["rows"][0]["requirement"] == {
        "value": "engagement.service_users", "label": "The full engagement of all service users"}


def test_facets_are_the_ones_a_reader_wants(out: Path) -> None:
    (milestones, documents) = _get(out, "/ppf/milestones.json", "/ppf/documents.json")
    assert set(milestones["facet_results"]) == {"milestone", "deadline", "achieved",
                                                "likelihood"}
    assert {"council", "period", "format"} <= set(documents["facet_results"])
    assert not {"seq", "row", "col", "page"} & set(milestones["facet_results"])


def test_views_read_in_words(out: Path) -> None:
    (latest, facts) = _get(
        out, "/ppf/latest_status.json?_shape=objects&milestone=2&deadline=2010-10",
        "/ppf/facts_readable.json?_shape=objects")
    row = latest["rows"][0]
    assert row["milestone_title"] == "Self-directed support and personal budgets"
    assert row["deadline_label"] == "October 2010" and row["status_label"]
    assert {f["unit"] for f in facts["rows"]} <= {"people", "percent", "GBP",
                                                  "care packages"}
    assert facts["rows"] and all(f["label"] for f in facts["rows"])
