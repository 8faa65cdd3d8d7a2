"""``inspect`` writes figures.json: every figure the fact rules read, kept as a fact or
dropped with the reason (issue 14)."""

from __future__ import annotations

import json

from ppfextract.cli import main

from .conftest import DATA

STORY = DATA / "prose1" / "docs" / "p1-cumbria-trade-news-2010-11.html"


def test_figures_json_says_why_a_figure_was_dropped(tmp_path):
    assert main(["inspect", str(STORY), "--out", str(tmp_path)]) == 0
    figures = json.loads((tmp_path / "figures.json").read_text(encoding="utf-8"))
    kept = [(f["kind"], f["value"]) for f in figures if f["fact"]]
    record = json.loads((tmp_path / "record.json").read_text(encoding="utf-8"))
    assert kept == [(f["kind"], f["value"]) for f in record["facts"]]
    dropped = {(f["value"], f["whose"], f["why_dropped"]) for f in figures if not f["fact"]}
    assert dropped == {
        (21.4, "other council", "other council figure (Lancashire)"),
        (901_000_000.0, "national", "national figure (councils)"),
    }
    first = figures[0]
    assert first["provenance"]["file"] == STORY.name
    assert first["provenance"]["span"][1] > first["provenance"]["span"][0]
