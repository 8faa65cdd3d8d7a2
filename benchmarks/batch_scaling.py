"""Batch scaling: the library against the CLI with 1 and 2 workers, and a Dask cluster.

The inputs are every document under corpus/ and tests/data/ (bad and hostile files
included, as a real folder of papers has them). In each round, in turn, in fresh
processes:

* ``library``: ``ppfextract.extract_safe`` over every file in one process (what the
  CLI's workers do, without the run's bookkeeping);
* ``cli --workers 1`` and ``cli --workers 2``: ``ppfextract extract IN --out TMP``;
* ``dask``: the same CLI with ``--dask`` on a ``LocalCluster`` of two single-thread
  workers (started before the round, not timed), when dask.distributed imports.

Reported: wall seconds and CPU seconds (the process and every child it waited for:
workers, LibreOffice), median and best of the rounds. Targets (issue 16): ``--workers
2`` at least 1.8x ``--workers 1``; the CLI's CPU within 10% of the library's; Dask at
least 0.95x ``--workers 2``.

    .venv/bin/python benchmarks/batch_scaling.py [--rounds 3] [--no-dask] [--facts]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SUFFIXES = {".pdf", ".docx", ".doc", ".html", ".htm"}

LIBRARY = """
import sys
from pathlib import Path
import ppfextract
from ppfextract.settings import Settings
settings = Settings(facts={facts})
for line in open(sys.argv[1], encoding="utf-8"):
    ppfextract.extract_safe(Path(line.rstrip("\\n")), settings)
"""


def inputs() -> list[Path]:
    out = []
    for base in (ROOT / "corpus", ROOT / "tests" / "data"):
        out += sorted(p for p in base.rglob("*") if p.is_file() and not p.is_symlink()
                      and p.suffix.lower() in SUFFIXES)
    return out


def run(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of a command (its own and its waited-for children's)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv[:3]} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--facts", action="store_true", help="with the fact extractor")
    args = ap.parse_args()
    files = inputs()
    py = sys.executable
    cluster = None
    if not args.no_dask:
        try:
            from distributed import LocalCluster
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        except Exception as exc:  # noqa: BLE001 - not installed, or cannot start
            print(f"dask: not available ({type(exc).__name__}: {exc})")
    results: dict[str, list[tuple[float, float]]] = {}
    facts = [] if args.facts else ["--no-facts"]
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "inputs.txt"
        listing.write_text("".join(f"{p}\n" for p in files), encoding="utf-8")
        src = Path(tmp) / "in"  # the CLI takes folders: every input, hard-linked or copied
        for k, p in enumerate(files):
            (src / f"{k:04d}").mkdir(parents=True)
            try:
                os.link(p, src / f"{k:04d}" / p.name)
            except OSError:
                shutil.copyfile(p, src / f"{k:04d}" / p.name)
        jobs = [("library", [py, "-c", LIBRARY.format(facts=args.facts), str(listing)])]
        for n in (1, 2):
            jobs.append((f"cli --workers {n}", [str(BIN / "ppfextract"), "extract", str(src),
                                                "--out", f"{tmp}/out", "--workers", str(n),
                                                "--quiet", *facts]))
        if cluster is not None:
            jobs.append(("dask (2 workers x 1 thread)",
                         [str(BIN / "ppfextract"), "extract", str(src), "--out",
                          f"{tmp}/out", "--dask", cluster.scheduler_address, "--quiet",
                          *facts]))
        print(f"{len(files)} documents, {args.rounds} rounds", flush=True)
        for r in range(args.rounds):
            for name, argv in jobs:
                results.setdefault(name, []).append(run(argv))
                shutil.rmtree(f"{tmp}/out", ignore_errors=True)
            print(f"round {r + 1} done", flush=True)
    if cluster is not None:
        cluster.close()
    print(f"\n{'':30} {'wall med':>9} {'wall best':>9} {'CPU med':>9} {'CPU best':>9}")
    med = {}
    for name, runs in results.items():
        walls = [w for w, _ in runs]
        cpus = [c for _, c in runs]
        med[name] = (statistics.median(walls), statistics.median(cpus), min(walls))
        print(f"{name:30} {med[name][0]:9.2f} {min(walls):9.2f} {med[name][1]:9.2f} "
              f"{min(cpus):9.2f}")
    one, two = med["cli --workers 1"], med["cli --workers 2"]
    print(f"\n--workers 2 / --workers 1 (median wall): {one[0] / two[0]:.2f}x (target 1.8x); "
          f"best: {one[2] / two[2]:.2f}x")
    print(f"CLI --workers 1 CPU / library CPU (median): {one[1] / med['library'][1]:.2f} "
          "(target at most 1.10)")
    dask = next((v for k, v in med.items() if k.startswith("dask")), None)
    if dask is not None:
        print(f"Dask / --workers 2 (median wall speed): {two[0] / dask[0]:.2f}x (target 0.95x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
