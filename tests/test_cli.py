"""The CLI through its entry point: extract and evaluate on the bundled corpus."""

from __future__ import annotations

import json
import sqlite3

import pytest

from ppfextract.cli import build_parser, main

from .conftest import CORPUS, DATA, GOLD

SEED_DERIVED = ["sefton-2011-02-16.docx", "sefton-2011-02-16-web.html",
                "sefton-2011-02-16-libreoffice.pdf", "oxfordshire-asc-scrutiny-2010-02.html"]


@pytest.fixture(scope="module")
def seed_gold(tmp_path_factory):
    gold = tmp_path_factory.mktemp("gold")
    for name in SEED_DERIVED:
        stem = name.rsplit(".", 1)[0]
        (gold / f"{stem}.json").write_bytes((GOLD / f"{stem}.json").read_bytes())
    return gold


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    args = [str(CORPUS / name) for name in SEED_DERIVED]
    assert main(["extract", *args, "--out", str(out), "--quiet"]) == 0
    return out


def test_extract_writes_one_json_per_document_and_the_dataset(extracted):
    stems = {name.rsplit(".", 1)[0] for name in SEED_DERIVED}
    assert {p.stem for p in extracted.glob("*.json")} == stems
    db = sqlite3.connect(extracted / "ppf.sqlite")
    assert db.execute("select count(*) from documents").fetchone()[0] == len(stems)
    assert db.execute("select count(*) from milestones where document_id = "
                      "'sefton-2011-02-16'").fetchone()[0] == 15
    assert db.execute("select council from documents where id = 'sefton-2011-02-16'"
                      ).fetchone()[0] == "Sefton"
    for table in ("documents", "milestones", "requirements", "answers", "risks", "facts"):
        assert (extracted / f"{table}.csv").is_file()


def test_evaluate_gives_f1_one_on_the_seed_documents(extracted, seed_gold, tmp_path, capsys):
    report = tmp_path / "report.json"
    code = main(["evaluate", str(seed_gold), str(extracted), "--json", str(report),
                 "--min-f1", "milestones=1.0", "--min-f1", "requirements=1.0",
                 "--min-f1", "metadata=1.0", "--min-f1", "answers=1.0",
                 "--min-f1", "risks=1.0", "--min-f1", "facts=1.0"])
    out = capsys.readouterr().out
    assert code == 0, out
    data = json.loads(report.read_text())
    assert "milestones" in out and "overall" in out
    assert data


def test_min_f1_fails_when_a_prediction_is_wrong(extracted, seed_gold, tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    for p in extracted.glob("*.json"):
        d = json.loads(p.read_text())
        if d["document"] == "sefton-2011-02-16":
            d["milestones"][0]["achieved"] = "N"
        (pred / p.name).write_text(json.dumps(d))
    assert main(["evaluate", str(seed_gold), str(pred), "--min-f1", "milestones=1.0"]) == 1


def test_extract_goes_on_past_bad_files_and_strict_fails(tmp_path, capsys):
    bad = DATA / "bad"
    assert main(["extract", str(bad), "--out", str(tmp_path / "a")]) == 0
    out = capsys.readouterr().out
    assert "ERROR (empty_document)" in out
    assert main(["extract", str(bad), "--out", str(tmp_path / "b"), "--strict",
                 "--quiet"]) == 1


def test_every_command_has_help_with_an_example(capsys):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, subparser in sub.choices.items():
        text = subparser.format_help()
        assert "example" in text, name
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "extract" in capsys.readouterr().out


def test_missing_input_is_a_clean_error(tmp_path, capsys):
    code = main(["evaluate", str(tmp_path / "nope"), str(tmp_path)])
    assert code == 2
    assert "error" in capsys.readouterr().err
