"""The SQLite dataset: in-place rewrite, full-text search and the comparison views,
checked with plain sqlite3."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ppfextract.document import Provenance
from ppfextract.framework import REQUIREMENT_IDS, Deadline, Likelihood, Rating
from ppfextract.output.sqlite import VIEWS, cell_columns, read_sqlite_tables, write_sqlite
from ppfextract.record import Answer, MilestoneCell, Record, RequirementRating, Risk


def _prov(name: str, block: int, row: int, col: int) -> dict[str, Provenance]:
    return {name: Provenance(f"{name}.docx", block=block, row=row, col=col)}


def council_return(
    document: str,
    council: str,
    period: str,
    achieved: str | None = "Y",
    rating: Rating = Rating.GREEN,
    date_completed: str | None = None,
) -> Record:
    """A small return: three milestone cells, two ratings, one answer and one risk."""
    return Record(
        document=document,
        source=f"papers/{document}.docx",
        format="docx",
        council=council,
        period=period,
        date_completed=date_completed,
        milestones=[
            MilestoneCell(1, Deadline.APR_2010, achieved=achieved,
                          provenance=_prov("achieved", 3, 2, 2)),
            MilestoneCell(1, Deadline.OCT_2010, likelihood=Likelihood.FAIRLY_LIKELY,
                          provenance=_prov("likelihood", 3, 3, 4)),
            MilestoneCell(2, Deadline.APR_2011, achieved="N",
                          likelihood=Likelihood.VERY_UNLIKELY,
                          provenance=_prov("likelihood", 4, 3, 6)),
        ],
        requirements=[
            RequirementRating("engagement.staff", rating, provenance=_prov("rating", 9, 2, 3)),
            RequirementRating("arrangements.project_plan", Rating.RED,
                              provenance=_prov("rating", 9, 10, 1)),
        ],
        answers=[Answer(1, "What external support would help?",
                        f"Support from the {council} user-led organisation.")],
        risks=[Risk(1, "Council's financial situation", "Borough-wide transformation board")],
    )


def sample_records() -> list[Record]:
    return [
        council_return("sefton-2010-06", "Sefton", "2010-06", achieved="N"),
        council_return("sefton-2010-12", "Sefton", "2010-12", rating=Rating.AMBER_GREEN),
        council_return("oxon-2010-12", "Oxfordshire", "2010-12", rating=Rating.AMBER_RED),
        # the same return twice for one council and period: the later completed wins
        council_return("wirral-a", "Wirral", "2010-09", date_completed="2010-10-01"),
        council_return("wirral-b", "Wirral", "2010-09", achieved="N",
                       date_completed="2010-10-05"),
        Record.from_error("broken", "papers/broken.docx", "corrupt_document", "not a zip file"),
        Record(document="minutes", source="papers/minutes.html", format="html"),
    ]


def _count(con: sqlite3.Connection, sql: str) -> int:
    return int(con.execute(sql).fetchone()[0])


def test_rewrite_keeps_other_tables(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite(sample_records()[:2], path)
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("CREATE TABLE batch_state (path TEXT PRIMARY KEY, sha256 TEXT)")
        con.execute("INSERT INTO batch_state VALUES ('a.docx', 'ff')")
    write_sqlite(sample_records(), path)
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT * FROM batch_state").fetchall() == [("a.docx", "ff")]
        assert _count(con, "SELECT count(*) FROM documents") == 7
        assert _count(con, "SELECT count(*) FROM answers_fts WHERE answers_fts MATCH 'wirral'") == 2
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ppf.sqlite"]


def test_failed_rewrite_keeps_old_data_and_other_tables(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite(sample_records(), path)
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("CREATE TABLE batch_state (path TEXT)")
    bad = sample_records()[:1]
    # a requirement row that cannot be inserted: fails inside the transaction
    bad[0].requirements[0].requirement = None  # type: ignore[assignment]
    with pytest.raises(sqlite3.IntegrityError):
        write_sqlite(bad, path)
    with closing(sqlite3.connect(path)) as con:
        assert _count(con, "SELECT count(*) FROM documents") == 7
        assert _count(con, "SELECT count(*) FROM batch_state") == 0
        assert {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='view'")} == (
            set(VIEWS)
        )


def test_new_file_and_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "ppf.sqlite"
    write_sqlite(sample_records(), path)
    assert len(read_sqlite_tables(path)["documents"]) == 7
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    write_sqlite(sample_records(), empty)
    assert len(read_sqlite_tables(empty)["documents"]) == 7


def test_views_row_counts(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite(sample_records(), path)
    with closing(sqlite3.connect(path)) as con:
        # 5 returns x 3 cells; error and return-less documents have none
        assert _count(con, "SELECT count(*) FROM milestone_status") == 15
        # 3 councils x 3 (milestone, deadline) cells
        assert _count(con, "SELECT count(*) FROM latest_status") == 9
        assert _count(
            con,
            "SELECT count(*) FROM (SELECT DISTINCT council, milestone, deadline FROM milestones "
            "JOIN documents ON documents.id = milestones.document_id WHERE error = 0)",
        ) == 9
        # (Sefton, 2010-06), (Sefton, 2010-12), (Oxfordshire, 2010-12), (Wirral, 2010-09)
        assert _count(con, "SELECT count(*) FROM council_comparison") == 4
        columns = [c[1] for c in con.execute("PRAGMA table_info(council_comparison)")]
        assert len(columns) == 4 + 15 + 12
        assert [c for _, _, c in cell_columns()] == columns[4:19]
        assert columns[19:] == [r.replace(".", "_") for r in REQUIREMENT_IDS]


def test_latest_status_takes_latest_return(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite(sample_records(), path)
    with closing(sqlite3.connect(path)) as con:
        rows = con.execute(
            "SELECT council, status, period, document_id FROM latest_status "
            "WHERE milestone = 1 AND deadline = '2010-04' ORDER BY council"
        ).fetchall()
        assert rows == [
            ("Oxfordshire", "achieved", "2010-12", "oxon-2010-12"),
            ("Sefton", "achieved", "2010-12", "sefton-2010-12"),
            ("Wirral", "not_achieved", "2010-09", "wirral-b"),
        ]
        # a likelihood wins over N as the status
        assert con.execute(
            "SELECT DISTINCT status FROM latest_status WHERE milestone = 2"
        ).fetchall() == [("very_unlikely",)]


def test_council_comparison_values(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite(sample_records(), path)
    with closing(sqlite3.connect(path)) as con:
        con.row_factory = sqlite3.Row
        rows = {
            (r["council"], r["period"]): r
            for r in con.execute("SELECT * FROM council_comparison")
        }
    sefton = rows[("Sefton", "2010-06")]
    assert (sefton["m1_2010_04"], sefton["m1_2010_10"], sefton["m2_2011_04"]) == (
        "not_achieved",
        "fairly_likely",
        "very_unlikely",
    )
    assert sefton["m5_2011_04"] is None
    assert rows[("Sefton", "2010-12")]["engagement_staff"] == "amber_green"
    assert rows[("Oxfordshire", "2010-12")]["engagement_staff"] == "amber_red"
    assert rows[("Oxfordshire", "2010-12")]["arrangements_project_plan"] == "red"
    assert rows[("Wirral", "2010-09")]["document_id"] == "wirral-b"


def test_full_text_search(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite(sample_records(), path)
    with closing(sqlite3.connect(path)) as con:
        hits = con.execute(
            "SELECT a.document_id FROM answers a JOIN answers_fts f ON f.rowid = a.rowid "
            "WHERE answers_fts MATCH 'oxfordshire'"
        ).fetchall()
        assert hits == [("oxon-2010-12",)]
        assert _count(con, "SELECT count(*) FROM risks_fts WHERE risks_fts MATCH 'financial'") == 5


def test_datasette_sees_fts_and_views(tmp_path: Path) -> None:
    utils = pytest.importorskip("datasette.utils", reason="datasette not installed")
    path = tmp_path / "ppf.sqlite"
    write_sqlite(sample_records(), path)
    with closing(sqlite3.connect(path)) as con:
        assert utils.detect_fts(con, "answers") == "answers_fts"
        assert utils.detect_fts(con, "risks") == "risks_fts"
        views = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert views == set(VIEWS)
