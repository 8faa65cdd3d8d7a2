"""Extract every document under corpus/ and tests/data/ into OUT/<relpath>.json: each
record's JSON without provenance, and without facts unless --facts (with --documents,
the reader's document as JSON instead).

Used to check that a change leaves every record as it was:

    PYTHONPATH=src python scripts/snapshot_records.py /tmp/before
    ... change ...
    PYTHONPATH=src python scripts/snapshot_records.py /tmp/after
    diff -r /tmp/before /tmp/after

An exception is kept as the record (``{"exception": ...}``), so a crash shows as a
difference too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = {".pdf", ".docx", ".doc", ".odt", ".rtf", ".xlsx", ".xls", ".ods", ".html", ".htm"}


def documents(roots: list[Path]) -> list[Path]:
    out = []
    for base in roots:
        for p in sorted(base.rglob("*")):
            if p.is_file() and not p.is_symlink() and p.suffix.lower() in SUFFIXES:
                out.append(p)
    return out


def one(args: tuple[Path, bool, bool]) -> tuple[Path, str]:
    path, facts, document = args
    import ppfextract
    from ppfextract.settings import Settings

    try:
        if document:
            from ppfextract.readers import read

            d = read(path, Settings()).to_dict()
        else:
            record = ppfextract.extract(path, Settings(facts=facts))
            d = record.to_dict(provenance=False)
    except Exception as e:  # noqa: BLE001 - a crash is a difference to show
        d = {"exception": repr(e)}
    return path, json.dumps(d, indent=1, sort_keys=True, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--facts", action="store_true")
    ap.add_argument("--documents", action="store_true",
                    help="write what the reader gives (Document.to_dict) instead of records")
    ap.add_argument("roots", nargs="*", type=Path)
    a = ap.parse_args(argv)
    roots = a.roots or [ROOT / "corpus", ROOT / "tests" / "data"]
    docs = documents(roots)
    a.out.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(a.workers) as ex:
        for path, text in ex.map(one, [(p, a.facts, a.documents) for p in docs], chunksize=2):
            name = os.path.relpath(path, ROOT).replace(os.sep, "__") + ".json"
            (a.out / name).write_text(text, encoding="utf-8")
    print(len(docs), "documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
