"""Micro benchmarks: pieces that were once slow, timed here instead of in unit tests.

    .venv/bin/python benchmarks/micro.py [--repeat 5]

* ``find_quantities`` on a 400-cell table-like line (the overlap test was once quadratic);
* the fact pre-filter over the long pack's paragraphs (spaCy is never loaded for them);
* reading the sixty-page Word return (60 tables, 720 marks).

Each line is the best of ``--repeat`` runs in this process, after one warm-up run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ppfextract.document import Paragraph  # noqa: E402
from ppfextract.extractors.facts import _quantities_of, could_hold_fact  # noqa: E402
from ppfextract.extractors.numbers import find_quantities  # noqa: E402
from ppfextract.readers import read  # noqa: E402


def best(func: Callable[[], object], repeat: int) -> float:
    func()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        func()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    cells = [f"{i % 900 + 100} 12/03/2010 £{i},000 page {i} (0151) 934 3614 ref AS{i} "
             f"4.{i % 10}%" for i in range(1, 401)]
    line = "  ".join(cells)
    pack = read(ROOT / "corpus" / "sefton-cabinet-pack-2011-02-16-long.pdf")
    texts = [b.text for b in pack.blocks if isinstance(b, Paragraph)]
    docx = ROOT / "tests" / "data" / "docx" / "sixty-page-return.docx"

    rows = [
        (f"find_quantities, {len(cells)}-cell line", best(lambda: find_quantities(line),
                                                          args.repeat)),
        (f"fact pre-filter, {len(texts)} pack paragraphs",
         best(lambda: (_quantities_of.cache_clear(), [could_hold_fact(t) for t in texts]),
              args.repeat)),
        ("read sixty-page-return.docx", best(lambda: read(docx), args.repeat)),
    ]
    print(f"{'':44} {'best s':>8}")
    for name, seconds in rows:
        print(f"{name:44} {seconds:8.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
