"""Long packs: ppfextract against the pypdfium2 text floor, 188 to 2,000 pages.

For the long pack in corpus/ and the 500 / 1,000 / 2,000-page packs of
scripts/build_big_packs.py (built into build/packs/ when missing), in interleaved
rounds, each a fresh subprocess:

* (a) the floor: pypdfium2's plain text of every page;
* ``ppfextract.extract()`` without facts, and (``--facts``) with them.

Reported per pack: wall seconds (median and best of the rounds), the ratio to the floor
(of the medians, and of the bests), the peak RSS of ppfextract's process, and whether
every milestone cell and rating is right (against gold/sefton-cabinet-pack-2011-02-16-
long.json; the packs hold the same return). ``--callgrind`` also counts the
instructions of one run of each on the long pack (valgrind; deterministic, so a change
can be measured on a busy machine): the detailed pass's time budget is lifted there,
as valgrind runs 50 times slower.

Issue 16's targets: long pack and 2,000 pages at most 2.0x the floor; 2,000 pages under
120 MB, every cell right.

    .venv/bin/python benchmarks/packs.py [--rounds 5] [--pages 500 1000 2000] [--callgrind]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_speed import FLOOR, run_child  # noqa: E402

from build_big_packs import build, pack_path  # noqa: E402

LONG = ROOT / "corpus" / "sefton-cabinet-pack-2011-02-16-long.pdf"
GOLD = ROOT / "gold" / "sefton-cabinet-pack-2011-02-16-long.json"

PPF = """
import json, sys, time
import ppfextract
from ppfextract.settings import Settings
t = time.perf_counter()
record = ppfextract.extract(sys.argv[1], Settings(facts={facts}))
inner = time.perf_counter() - t
cells = {{f"{{m.milestone}} {{m.deadline}}": [m.achieved, m.likelihood] for m in record.milestones}}
ratings = {{r.requirement: r.rating for r in record.requirements}}
print(json.dumps({{"cells": cells, "ratings": ratings}}), file=sys.stderr)
print(inner)
"""
CALLGRIND_PPF = """
import sys
import ppfextract
import ppfextract.readers.pdf as pdf
from ppfextract.settings import Settings
pdf.DETAIL_BUDGET_S = 1e9
ppfextract.extract(sys.argv[1], Settings(facts={facts}))
"""


def gold() -> tuple[dict[str, list[str | None]], dict[str, str]]:
    d = json.loads(GOLD.read_text(encoding="utf-8"))
    cells = {f"{m['milestone']} {m['deadline']}": [m.get("achieved"), m.get("likelihood")]
             for m in d["milestones"]}
    return cells, {r["requirement"]: r["rating"] for r in d["requirements"]}


def callgrind(argv: list[str]) -> int:
    """Instructions executed by ``argv`` (valgrind's callgrind, hash seed fixed)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          *argv], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    for line in out.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip())
    raise RuntimeError("callgrind printed no count")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pages", type=int, nargs="*", default=[500, 1000, 2000])
    ap.add_argument("--facts", action="store_true", help="also extract() with facts")
    ap.add_argument("--callgrind", action="store_true")
    args = ap.parse_args()
    compileall.compile_dir(ROOT / "src" / "ppfextract", quiet=1)
    missing = [n for n in args.pages if not pack_path(n).exists()]
    if missing:
        build(missing)
    py = sys.executable
    packs = [("long pack (188)", LONG)] + [(f"{n} pages", pack_path(n)) for n in args.pages]
    variants = [("no facts", False)] + ([("facts", True)] if args.facts else [])
    want_cells, want_ratings = gold()
    print(f"{args.rounds} interleaved rounds, fresh processes", flush=True)
    rows = []
    for name, pdf in packs:
        jobs = [("floor", [py, "-c", FLOOR, str(pdf)])]
        jobs += [(v, [py, "-c", PPF.format(facts=f), str(pdf)]) for v, f in variants]
        runs: dict[str, list[tuple[float, float, str]]] = {j: [] for j, _ in jobs}
        for _ in range(args.rounds):
            for job, argv in jobs:
                wall, _, mb, err = run_child(argv, 1800)
                runs[job].append((wall, mb, err))
        floor = [w for w, _, _ in runs["floor"]]
        for v, _ in variants:
            walls = [w for w, _, _ in runs[v]]
            peak = max(mb for _, mb, _ in runs[v])
            got = json.loads(runs[v][-1][2].strip().splitlines()[-1])
            cells = {k: got["cells"].get(k) for k in want_cells}
            wrong = sorted(k for k in want_cells if cells[k] != want_cells[k])
            ratings_ok = got["ratings"] == want_ratings
            rows.append((name, v, statistics.median(walls), min(walls),
                         statistics.median(walls) / statistics.median(floor),
                         min(walls) / min(floor), peak, wrong, ratings_ok,
                         statistics.median(floor)))
            print(f"{name} {v}: done", flush=True)
    print(f"\n{'pack':18} {'':9} {'floor med':>9} {'med s':>7} {'best s':>7} "
          f"{'x floor':>8} {'(best)':>7} {'peak MB':>8}  cells")
    for name, v, med, best, ratio, ratio_best, peak, wrong, ratings_ok, fmed in rows:
        cells = "all right" if not wrong else f"{len(wrong)} wrong or missing ({', '.join(wrong)})"
        if not ratings_ok:
            cells += "; ratings differ"
        print(f"{name:18} {v:9} {fmed:9.3f} {med:7.3f} {best:7.3f} {ratio:8.2f} "
              f"{ratio_best:7.2f} {peak:8.0f}  {cells}")
    if args.callgrind:
        floor_ir = callgrind([py, "-c", FLOOR, str(LONG)])
        ppf_ir = callgrind([py, "-c", CALLGRIND_PPF.format(facts=False), str(LONG)])
        print(f"\ncallgrind, long pack: floor {floor_ir / 1e9:.2f} G instructions, "
              f"extract() without facts {ppf_ir / 1e9:.2f} G = {ppf_ir / floor_ir:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
