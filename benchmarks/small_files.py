"""One small file in a fresh process: ppfextract against its format's own library.

``ppfextract.extract()`` (facts on, as the CLI and the library default) of a small Word
return and of its web page, each in a fresh process, against importing and parsing the
same file with python-docx (``docx.Document``) or BeautifulSoup with lxml alone, in
interleaved rounds: wall seconds (median and best) and the ratio. ``--callgrind`` adds
instruction counts (deterministic on a busy machine).

Issue 16's target: at most 1.3x the library alone.

    .venv/bin/python benchmarks/small_files.py [--rounds 9] [--callgrind]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from packs import callgrind  # noqa: E402
from pdf_speed import run_child  # noqa: E402

FILES = {
    "docx": (ROOT / "corpus" / "sefton-2011-02-16.docx",
             "import sys, docx\ndocx.Document(sys.argv[1])\nprint(0)"),
    "html": (ROOT / "corpus" / "sefton-2011-02-16-web.html",
             "import sys\nfrom bs4 import BeautifulSoup\n"
             "BeautifulSoup(open(sys.argv[1], 'rb').read(), 'lxml')\nprint(0)"),
}
PPF = "import sys, ppfextract\nppfextract.extract(sys.argv[1])\nprint(0)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--callgrind", action="store_true")
    args = ap.parse_args()
    compileall.compile_dir(ROOT / "src" / "ppfextract", quiet=1)
    py = sys.executable
    jobs = []
    for kind, (path, alone) in FILES.items():
        jobs.append((f"{kind}: library alone", [py, "-c", alone, str(path)]))
        jobs.append((f"{kind}: ppfextract", [py, "-c", PPF, str(path)]))
    walls: dict[str, list[float]] = {name: [] for name, _ in jobs}
    for _ in range(args.rounds):
        for name, argv in jobs:
            walls[name].append(run_child(argv, 120)[0])
    print(f"{args.rounds} interleaved rounds, fresh processes\n")
    print(f"{'':26} {'median s':>9} {'best s':>9}")
    for name, _ in jobs:
        print(f"{name:26} {statistics.median(walls[name]):9.3f} {min(walls[name]):9.3f}")
    print()
    for kind in FILES:
        alone, ppf = walls[f"{kind}: library alone"], walls[f"{kind}: ppfextract"]
        ratio = statistics.median(ppf) / statistics.median(alone)
        print(f"{kind}: ppfextract / library alone: median {ratio:.2f}x, "
              f"best {min(ppf) / min(alone):.2f}x (target 1.3x)")
    if args.callgrind:
        print()
        for kind, (path, alone) in FILES.items():
            a = callgrind([py, "-c", alone, str(path)])
            b = callgrind([py, "-c", PPF, str(path)])
            print(f"{kind}: callgrind {b / 1e9:.2f} G against {a / 1e9:.2f} G = {b / a:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
