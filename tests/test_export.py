"""ppfextract export: the same tables and views as CSV, Parquet and Excel."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest

from ppfextract.cli import main
from ppfextract.errors import PPFExtractError
from ppfextract.output import TABLES
from ppfextract.output.export import EXPORT_VIEWS, export_dataset
from ppfextract.output.sqlite import write_sqlite

from .test_sqlite import sample_records

NAMES = [*TABLES, *EXPORT_VIEWS]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    records = sample_records()
    records[0].risks[0].risk = '=HYPERLINK("http://x")'
    path = tmp_path / "ppf.sqlite"
    write_sqlite(records, path)
    return path


def sql_count(db: Path, name: str) -> int:
    with closing(sqlite3.connect(db)) as con:
        return int(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])


def test_csv(db: Path, tmp_path: Path) -> None:
    paths = export_dataset(db, tmp_path / "csv", "csv")
    assert [p.stem for p in paths] == NAMES
    for path in paths:
        assert len(pd.read_csv(path)) == sql_count(db, path.stem)
    risks = pd.read_csv(tmp_path / "csv" / "risks.csv")
    row = risks[risks["document_id"] == "sefton-2010-06"].iloc[0]
    assert row["risk"] == "'=HYPERLINK(\"http://x\")"  # made inert


def test_parquet(db: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow not installed")
    paths = export_dataset(db, tmp_path / "pq", "parquet")
    assert [p.stem for p in paths] == NAMES
    for path in paths:
        assert len(pd.read_parquet(path)) == sql_count(db, path.stem)
    comparison = pd.read_parquet(tmp_path / "pq" / "council_comparison.parquet")
    assert "m1_2010_04" in comparison.columns


def test_xlsx(db: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl not installed")
    (path,) = export_dataset(db, tmp_path / "x", "xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == NAMES
    for name in NAMES:
        assert book[name].max_row - 1 == sql_count(db, name)
    sheet = book["risks"]
    header = [c.value for c in sheet[1]]
    ids = [c.value for c in sheet["A"]]
    cell = sheet.cell(row=ids.index("sefton-2010-06") + 1, column=header.index("risk") + 1)
    assert cell.value == '=HYPERLINK("http://x")'
    assert cell.data_type == "s"  # text, not a formula


def test_unknown_format_and_missing_db(db: Path, tmp_path: Path) -> None:
    with pytest.raises(PPFExtractError, match="unknown export format"):
        export_dataset(db, tmp_path, "json")
    with pytest.raises(PPFExtractError, match="no dataset"):
        export_dataset(tmp_path / "nope.sqlite", tmp_path, "csv")


def test_cli_export(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(db.parent), "--format", "csv"]) == 0
    assert "8 files written" in capsys.readouterr().out
    assert (db.parent / "export" / "council_comparison.csv").is_file()
