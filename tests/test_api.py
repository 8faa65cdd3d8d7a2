"""The Python API a newsroom developer uses (issue 13): enums that print as their
values, a record's JSON, the tables as DataFrames, extract_many with the CLI's workers,
deduplication and progress."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd

import ppfextract
from ppfextract.batch import BatchOptions, BatchProgress, run_batch
from ppfextract.document import MarkKind
from ppfextract.framework import Deadline, FactKind, Likelihood, Rating
from ppfextract.output import column_names
from ppfextract.output.sqlite import read_sqlite_tables
from ppfextract.settings import Settings

from .conftest import CORPUS, DATA

SEFTON = CORPUS / "sefton-2011-02-16.docx"
FAST = Settings(facts=False)


def test_enums_print_as_their_values():
    """str(Likelihood.VERY_LIKELY) printed 'Likelihood.VERY_LIKELY'."""
    assert str(Likelihood.VERY_LIKELY) == "very_likely"
    assert f"{Rating.AMBER_GREEN}" == "amber_green" and str(Deadline.OCT_2010) == "2010-10"
    assert str(FactKind.REVIEWS_PLANNED) == "reviews_planned" and str(MarkKind.TICK) == "tick"
    assert Likelihood("fairly_likely") is Likelihood.FAIRLY_LIKELY
    assert Likelihood.VERY_LIKELY == "very_likely" and Likelihood.VERY_LIKELY.label
    assert json.dumps({"x": Rating.RED}) == '{"x": "red"}'


def test_record_to_json_is_what_extract_writes(tmp_path):
    record = ppfextract.extract(SEFTON)
    text = record.to_json()
    assert json.loads(text) == record.to_dict()
    assert ppfextract.Record.from_json(text).to_dict() == record.to_dict()
    assert "provenance" not in record.to_json(provenance=False)
    run_batch([SEFTON], tmp_path, options=BatchOptions(workers=0))
    written = json.loads((tmp_path / "sefton-2011-02-16.json").read_text(encoding="utf-8"))
    rec = ppfextract.Record.from_dict(written)
    assert rec.to_json() == json.dumps(written, ensure_ascii=False, indent=2)


def test_records_to_frames_gives_the_dataset_tables(tmp_path):
    records = [ppfextract.extract(SEFTON, FAST),
               ppfextract.extract(CORPUS / "oxfordshire-asc-scrutiny-2010-02.html")]
    frames = ppfextract.records_to_frames(records)
    assert list(frames) == ["documents", "milestones", "requirements", "answers", "risks",
                            "facts"]
    for table, frame in frames.items():
        assert isinstance(frame, pd.DataFrame) and list(frame.columns) == column_names(table)
    assert len(frames["milestones"]) == 15 and len(frames["requirements"]) == 12
    assert len(frames["facts"]) == 3 and 300.0 in frames["facts"]["value"].tolist()
    sefton = frames["milestones"].merge(frames["documents"], left_on="document_id",
                                        right_on="id")
    assert set(sefton["council"]) == {"Sefton"}
    # the same values as the SQLite dataset
    run_batch([SEFTON], tmp_path, FAST, options=BatchOptions(workers=0))
    stored = read_sqlite_tables(tmp_path / "ppf.sqlite")["milestones"]
    ours = frames["milestones"][frames["milestones"]["document_id"] == "sefton-2011-02-16"]
    pd.testing.assert_frame_equal(ours.reset_index(drop=True), stored, check_dtype=False)


def test_extract_many_with_workers_dedup_and_progress(tmp_path):
    """extract_many had none of the CLI's deduplication, workers or progress."""
    folder = tmp_path / "in"
    folder.mkdir()
    layouts = sorted(p for p in (DATA / "layouts").iterdir() if p.suffix in (".html", ".docx"))
    for p in layouts[:3]:
        shutil.copy(p, folder / p.name)
    shutil.copy(layouts[0], folder / f"zz-copy-{layouts[0].name}")
    seen: list[BatchProgress] = []
    records = list(ppfextract.extract_many([folder], FAST, workers=2, dedup=True,
                                           on_progress=seen.append))
    assert len(records) == 3
    assert [Path(r.source or "").name for r in records] == [p.name for p in layouts[:3]]
    assert records[0].paths == [str(folder / layouts[0].name),
                                str(folder / f"zz-copy-{layouts[0].name}")]
    assert seen[0].done == 0 and seen[-1].done == 3 and seen[-1].duplicates == 1
    assert seen[-1].finished
    # the same records as in this process, one per file without dedup
    inline = list(ppfextract.extract_many([folder], FAST))
    assert len(inline) == 4 and inline[3].paths == []
    for a, b in zip(records, inline[:3], strict=True):
        a.paths = []
        assert a.to_dict() == b.to_dict()
