"""SQLite and CSV outputs: records built in code, read back and compared."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest

from ppfextract.document import Provenance
from ppfextract.framework import Deadline, FactKind, Likelihood, Rating
from ppfextract.output import TABLES, atomic_path, column_names, records_to_rows
from ppfextract.output.csv import neutralise, write_csv
from ppfextract.output.sqlite import read_sqlite_tables, write_sqlite
from ppfextract.record import (
    Answer,
    Fact,
    MilestoneCell,
    Record,
    RequirementRating,
    Risk,
)

CHILD_TABLES = ("milestones", "requirements", "answers", "risks", "facts")


def prov(
    block: int, row: int | None = None, col: int | None = None, page: int | None = None
) -> Provenance:
    bbox = (10.0, 20.123, 30.0, 40.0) if page is not None else None
    return Provenance("sefton.pdf", block=block, row=row, col=col, page=page, bbox=bbox)


def sefton() -> Record:
    return Record(
        document="sefton-2011-02-16",
        source="papers/sefton-2011-02-16.pdf",
        format="pdf",
        council="Sefton",
        period="2010-12",
        date_completed="2011-01-05",
        milestones=[
            MilestoneCell(
                1, Deadline.APR_2010, achieved="Y", provenance={"achieved": prov(4, 2, 3, page=2)}
            ),
            MilestoneCell(
                2,
                Deadline.APR_2011,
                achieved="N",
                likelihood=Likelihood.FAIRLY_LIKELY,
                reason_not_achieved="Systems not ready",
                when_to_be_achieved="June 2011",
                provenance={"likelihood": prov(5, 1, 4, page=3), "achieved": prov(5, 1, 2, page=3)},
            ),
        ],
        requirements=[
            RequirementRating(
                "engagement.staff", Rating.AMBER_GREEN, provenance={"rating": prov(7, 2, 5, page=4)}
            ),
        ],
        answers=[
            Answer(
                1,
                "What external support would help?",
                "Continued support from the JIP.",
                provenance={"answer": prov(8, 3, 1, page=4)},
            ),
        ],
        risks=[
            Risk(
                1,
                '=HYPERLINK("http://x")',
                "-5 staff; @mention",
                provenance={"risk": prov(9, 1, 0, page=5)},
            ),
            Risk(1, None, "+ more training"),
        ],
        facts=[
            Fact(
                FactKind.PEOPLE_WITH_PERSONAL_BUDGET,
                300,
                "three hundred people had now been allocated a personal budget",
                provenance={"value": Provenance("sefton.pdf", block=12, span=(0, 13))},
            ),
            Fact(FactKind.CASHABLE_SAVINGS_PERCENT, -2.5, "savings of -2.5%"),
        ],
        warnings=["table split across pages"],
        provenance={"council": prov(0, page=1), "period": prov(1, page=1)},
        sha256="ab" * 32,
        n_pages=6,
    )


def failed() -> Record:
    return Record.from_error("broken", "papers/broken.docx", "corrupt_document", "not a zip file")


# ---------------------------------------------------------------------------
# records_to_rows


def test_rows_have_table_columns_in_order() -> None:
    rows = records_to_rows([sefton(), failed()])
    assert list(rows) == list(TABLES)
    for table, table_rows in rows.items():
        for row in table_rows:
            assert list(row) == column_names(table)


def test_rows_counts_and_values() -> None:
    rows = records_to_rows([sefton(), failed()])
    assert {t: len(r) for t, r in rows.items()} == {
        "documents": 2,
        "milestones": 2,
        "requirements": 1,
        "answers": 1,
        "risks": 2,
        "facts": 2,
    }
    m2 = rows["milestones"][1]
    assert (m2["milestone"], m2["deadline"], m2["achieved"], m2["likelihood"]) == (
        2,
        "2011-04",
        "N",
        "fairly_likely",
    )
    # the main field's provenance goes into the columns: achieved before likelihood
    assert (m2["page"], m2["block"], m2["row"], m2["col"]) == (3, 5, 1, 2)
    assert json.loads(m2["bbox"]) == [10.0, 20.12, 30.0, 40.0]
    assert set(json.loads(m2["provenance"])) == {"achieved", "likelihood"}


def test_rows_reject_duplicate_documents() -> None:
    with pytest.raises(ValueError, match="duplicate document"):
        records_to_rows([sefton(), sefton()])


def test_rows_accept_a_generator() -> None:
    rows = records_to_rows(r for r in [sefton()])
    assert len(rows["documents"]) == 1


# ---------------------------------------------------------------------------
# SQLite


def test_sqlite_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite([sefton(), failed()], path)
    tables = read_sqlite_tables(path)
    assert list(tables) == list(TABLES)
    assert {t: len(df) for t, df in tables.items()} == {
        "documents": 2,
        "milestones": 2,
        "requirements": 1,
        "answers": 1,
        "risks": 2,
        "facts": 2,
    }
    for table, df in tables.items():
        assert list(df.columns) == column_names(table)

    docs = tables["documents"].set_index("id")
    s = docs.loc["sefton-2011-02-16"]
    assert (s["council"], s["period"], s["date_completed"]) == ("Sefton", "2010-12", "2011-01-05")
    assert (s["has_return"], s["error"], s["pages"]) == (1, 0, 6)
    assert json.loads(s["warnings"]) == ["table split across pages"]
    assert json.loads(s["council_provenance"])["block"] == 0
    assert pd.isna(s["date_completed_provenance"])
    b = docs.loc["broken"]
    assert (b["error"], b["error_code"], b["message"], b["has_return"]) == (
        1,
        "corrupt_document",
        "not a zip file",
        0,
    )

    req = tables["requirements"].iloc[0]
    assert (req["document_id"], req["requirement"], req["rating"]) == (
        "sefton-2011-02-16",
        "engagement.staff",
        "amber_green",
    )
    assert (req["page"], req["block"], req["row"], req["col"]) == (4, 7, 2, 5)

    facts = tables["facts"]
    assert facts["value"].tolist() == [300.0, -2.5]
    assert json.loads(facts.iloc[0]["provenance"])["value"]["span"] == [0, 13]
    assert pd.isna(facts.iloc[1]["provenance"])

    risks = tables["risks"]
    assert risks.iloc[0]["risk"] == '=HYPERLINK("http://x")'  # SQLite keeps text as is
    assert pd.isna(risks.iloc[1]["risk"])


# the closed sets each child table refers to (Datasette shows their labels)
LOOKUP_REFERENCES = {
    "milestones": [("framework_milestones", "milestone", "id"),
                   ("framework_deadlines", "deadline", "id"),
                   ("framework_likelihoods", "likelihood", "id")],
    "requirements": [("framework_requirements", "requirement", "id"),
                     ("framework_ratings", "rating", "id")],
    "facts": [("framework_fact_kinds", "kind", "id")],
}


def test_sqlite_schema_foreign_keys_and_indexes(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite([sefton()], path)
    with closing(sqlite3.connect(path)) as con:
        for table in CHILD_TABLES:
            fks = con.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            assert sorted((fk[2], fk[3], fk[4]) for fk in fks) == sorted(
                [("documents", "document_id", "id"), *LOOKUP_REFERENCES.get(table, [])])
            indexes = con.execute(f"PRAGMA index_list({table})").fetchall()
            indexed = {
                col[2]
                for ix in indexes
                for col in con.execute(f"PRAGMA index_info({ix[1]})").fetchall()
            }
            assert "document_id" in indexed
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        pk = [c for c in con.execute("PRAGMA table_info(documents)") if c[5]]
        assert [c[1] for c in pk] == ["id"]
        # the schema enforces the reference
        con.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO facts (document_id, seq, kind) VALUES ('nope', 0, 'k')")


def test_sqlite_join_documents_to_children(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite([sefton(), failed()], path)
    with closing(sqlite3.connect(path)) as con:
        rows = con.execute(
            "SELECT d.council, m.milestone, m.deadline, m.achieved FROM milestones m "
            "JOIN documents d ON d.id = m.document_id ORDER BY m.seq"
        ).fetchall()
    assert rows == [("Sefton", 1, "2010-04", "Y"), ("Sefton", 2, "2011-04", "N")]


def test_sqlite_replaces_existing_file_atomically(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    path.write_text("not a database")
    write_sqlite([sefton()], path)
    assert len(read_sqlite_tables(path)["documents"]) == 1
    write_sqlite([failed()], path)
    assert read_sqlite_tables(path)["documents"]["id"].tolist() == ["broken"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ppf.sqlite"]


def test_sqlite_failed_write_leaves_old_file(tmp_path: Path) -> None:
    path = tmp_path / "ppf.sqlite"
    write_sqlite([sefton()], path)
    before = path.read_bytes()
    with pytest.raises(ValueError, match="duplicate"):
        write_sqlite([failed(), failed()], path)
    with pytest.raises(RuntimeError, match="boom"):
        write_sqlite(iter_then_fail(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ppf.sqlite"]


def iter_then_fail() -> Iterator[Record]:
    yield sefton()
    raise RuntimeError("boom")


def test_sqlite_empty(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "empty.sqlite"
    write_sqlite([], path)
    assert all(df.empty for df in read_sqlite_tables(path).values())


# ---------------------------------------------------------------------------
# CSV


def test_neutralise() -> None:
    for text in ("=1+1", "+44 20", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
    for value in ("Sefton", "", " =x", -5, -2.5, None, 3):
        assert neutralise(value) == value


def test_csv_files_columns_and_values(tmp_path: Path) -> None:
    paths = write_csv([sefton(), failed()], tmp_path / "out")
    assert [p.name for p in paths] == [f"{t}.csv" for t in TABLES]
    for table, p in zip(TABLES, paths, strict=True):
        df = pd.read_csv(p, encoding="utf-8", keep_default_na=False)
        assert list(df.columns) == column_names(table)

    docs = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False)
    assert docs["id"].tolist() == ["sefton-2011-02-16", "broken"]
    assert docs["pages"].tolist() == ["6", ""]  # integers stay integers, no "6.0"
    assert docs["has_return"].tolist() == ["1", "0"]
    assert docs["sha256"].tolist() == ["ab" * 32, ""]

    facts = pd.read_csv(tmp_path / "out" / "facts.csv")
    assert facts["value"].tolist() == [300.0, -2.5]  # numbers are not neutralised
    assert facts["kind"].tolist() == ["people_with_personal_budget", "cashable_savings_percent"]

    ms = pd.read_csv(tmp_path / "out" / "milestones.csv")
    assert ms["page"].tolist() == [2, 3]


def test_csv_formula_injection_neutralised(tmp_path: Path) -> None:
    write_csv([sefton()], tmp_path)
    risks = pd.read_csv(tmp_path / "risks.csv", keep_default_na=False)
    assert risks["risk"].tolist() == ['\'=HYPERLINK("http://x")', ""]
    assert risks["mitigation"].tolist() == ["'-5 staff; @mention", "'+ more training"]
    text = (tmp_path / "risks.csv").read_text(encoding="utf-8")
    assert ",=" not in text and ",-5" not in text


def test_csv_same_rows_as_sqlite(tmp_path: Path) -> None:
    write_sqlite([sefton(), failed()], tmp_path / "ppf.sqlite")
    write_csv([sefton(), failed()], tmp_path)
    tables = read_sqlite_tables(tmp_path / "ppf.sqlite")
    for table in TABLES:
        df = pd.read_csv(tmp_path / f"{table}.csv")
        assert len(df) == len(tables[table])
        assert list(df.columns) == list(tables[table].columns)


def test_csv_unicode(tmp_path: Path) -> None:
    rec = Record("café", council="Brighton & Hove", answers=[Answer(1, "Q", "Yes ✓ — done")])
    write_csv([rec], tmp_path)
    answers = pd.read_csv(tmp_path / "answers.csv", encoding="utf-8")
    assert answers["answer"].tolist() == ["Yes ✓ — done"]
    assert answers["document_id"].tolist() == ["café"]


def test_csv_replaces_existing_files(tmp_path: Path) -> None:
    (tmp_path / "documents.csv").write_text("old,content\n1,2\n")
    write_csv([sefton()], tmp_path)
    write_csv([failed()], tmp_path)
    docs = pd.read_csv(tmp_path / "documents.csv")
    assert docs["id"].tolist() == ["broken"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in TABLES)


# ---------------------------------------------------------------------------
# atomic_path


def test_atomic_path_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        assert target.read_text() == "old"  # not visible before the block ends
        raise RuntimeError("fail")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.txt"]

    inode_before = os.stat(target).st_ino
    with atomic_path(target) as tmp:
        assert tmp.parent == target.parent
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert os.stat(target).st_ino != inode_before  # a new file moved in, not rewritten
    assert os.stat(target).st_mode & 0o777 == 0o644
