"""PDF speed: ppfextract against the pypdfium2 text floor, pdfplumber and camelot.

On the long cabinet pack (188 pages, the return on pages 89-100), each measured in a
fresh subprocess, for wall time (interpreter start and imports included) and peak RSS
(the child's own, from os.wait4), best of --repeat runs:

  (a) pypdfium2 plain text of every page: the floor
  (b) pdfplumber extract_tables() on every page
  (c) camelot lattice on every page, if camelot imports
  ppfextract.extract() of the pack (library call; also without the fact extractor)
  ppfextract extract FILE --out TMP (the CLI)

Issue 3's targets: ppfextract at most 3x (a), at least 10x faster than (b), under 400 MB.

ppfextract's own modules are byte-compiled first (``compileall``), as ``pip install``
does for every installed package: an editable install under PYTHONDONTWRITEBYTECODE=1
(as on the team's machines) would otherwise recompile ppfextract's source in every fresh
process (about 0.1 s), which pypdfium2 and pdfplumber, installed with their bytecode,
never pay.

    .venv/bin/python benchmarks/pdf_speed.py [--repeat 3] [--pdf FILE] [--skip-camelot]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACK = ROOT / "corpus" / "sefton-cabinet-pack-2011-02-16-long.pdf"
BIN = Path(sys.executable).parent

# Each snippet gets the PDF path as sys.argv[1] and prints its inner time (after imports).
FLOOR = """
import sys, time
import pypdfium2 as pdfium
t = time.perf_counter()
doc = pdfium.PdfDocument(sys.argv[1])
n = 0
for i in range(len(doc)):
    page = doc[i]
    textpage = page.get_textpage()
    n += len(textpage.get_text_range())
    textpage.close()
    page.close()
doc.close()
print(time.perf_counter() - t)
"""
PLUMBER = """
import sys, time
import pdfplumber
t = time.perf_counter()
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_tables()
        page.close()
print(time.perf_counter() - t)
"""
CAMELOT = """
import sys, time
import camelot
t = time.perf_counter()
camelot.read_pdf(sys.argv[1], pages="all", flavor="lattice")
print(time.perf_counter() - t)
"""
PPF = """
import sys, time
import ppfextract
from ppfextract.settings import Settings
t = time.perf_counter()
ppfextract.extract(sys.argv[1], Settings(facts={facts}))
print(time.perf_counter() - t)
"""
IMPORTS = """
import sys, time
t = time.perf_counter()
import {module}
print(time.perf_counter() - t)
"""


@dataclass
class Result:
    name: str
    wall: float  # seconds, the whole subprocess
    inner: float | None  # seconds, after imports (None for the CLI)
    mb: float  # peak RSS of the child
    walls: list[float] = field(default_factory=list)  # every run, sorted

    @property
    def median(self) -> float:
        return statistics.median(self.walls) if self.walls else self.wall


def run_child(argv: list[str], timeout: float) -> tuple[float, float | None, float, str]:
    """Wall seconds, the child's printed inner seconds, its peak RSS in MB, stderr."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=ROOT)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                raise TimeoutError(f"over {timeout:.0f} s")
            time.sleep(0.005)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode:
        raise RuntimeError(stderr.strip().splitlines()[-1] if stderr.strip() else "failed")
    inner: float | None
    try:
        inner = float(stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        inner = None
    return wall, inner, usage.ru_maxrss / 1024, stderr


def measure(name: str, argv: list[str], repeat: int, timeout: float) -> Result:
    return measure_interleaved([(name, argv)], repeat, timeout)[0]


def measure_interleaved(jobs: list[tuple[str, list[str]]], repeat: int,
                        timeout: float) -> list[Result]:
    """Best of ``repeat`` runs of each job, run in rounds (each job once per round), so
    a machine that speeds up or slows down during the benchmark weighs on every job
    alike. Each Result also keeps every wall time, for the medians."""
    runs: dict[str, list[tuple[float, float | None, float]]] = {name: [] for name, _ in jobs}
    for _ in range(repeat):
        for name, argv in jobs:
            wall, inner, mb, _ = run_child(argv, timeout)
            runs[name].append((wall, inner, mb))
    out = []
    for name, _ in jobs:
        wall, inner, mb = min(runs[name], key=lambda r: r[0])
        out.append(Result(name, wall, inner, mb, sorted(r[0] for r in runs[name])))
    return out


def camelot_available() -> str:
    """'' if camelot imports, else why not."""
    probe = subprocess.run([sys.executable, "-c", "import camelot"], capture_output=True,
                           text=True, check=False)
    if probe.returncode == 0:
        return ""
    lines = probe.stderr.strip().splitlines()
    return lines[-1] if lines else "import failed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, default=PACK)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; best is kept")
    parser.add_argument("--skip-camelot", action="store_true")
    parser.add_argument("--timeout", type=float, default=900.0, help="per run, seconds")
    args = parser.parse_args()
    pdf = str(args.pdf)
    py = sys.executable
    compileall.compile_dir(ROOT / "src" / "ppfextract", quiet=1)
    print(f"{args.pdf.name}: best of {args.repeat} fresh subprocesses each, in rounds",
          flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        cli = [str(BIN / "ppfextract"), "extract", pdf, "--out", tmp, "--quiet"]
        fast = measure_interleaved([
            ("(a) pypdfium2 text, every page", [py, "-c", FLOOR, pdf]),
            ("ppfextract.extract()", [py, "-c", PPF.format(facts=True), pdf]),
            ("ppfextract.extract(), no facts", [py, "-c", PPF.format(facts=False), pdf]),
            ("ppfextract extract (CLI)", cli),
            ("python + import ppfextract", [py, "-c", IMPORTS.format(module="ppfextract")]),
        ], args.repeat, args.timeout)
    floor = fast[0]
    results: list[Result] = [floor]
    plumber = measure("(b) pdfplumber extract_tables()", [py, "-c", PLUMBER, pdf], 1,
                      args.timeout)
    results.append(plumber)
    if args.skip_camelot:
        print("camelot: skipped (--skip-camelot)")
    else:
        reason = camelot_available()
        if reason:
            print(f"camelot: not available ({reason})")
        else:
            try:
                results.append(measure("(c) camelot lattice", [py, "-c", CAMELOT, pdf], 1,
                                       args.timeout))
            except (RuntimeError, TimeoutError) as exc:
                print(f"camelot: failed ({exc})")
    results += fast[1:]

    print()
    print(f"{'':34} {'wall s':>8} {'median':>8} {'inner s':>8} {'peak MB':>8} "
          f"{'x (a)':>7} {'(b) / x':>8}")
    for r in results:
        inner = f"{r.inner:8.3f}" if r.inner is not None else f"{'-':>8}"
        print(f"{r.name:34} {r.wall:8.3f} {r.median:8.3f} {inner} {r.mb:8.0f} "
              f"{r.wall / floor.wall:7.1f} {plumber.wall / r.wall:8.1f}")
    ppf = next(r for r in results if r.name == "ppfextract.extract()")
    print()
    floor_ok = "ok" if ppf.wall <= 3 * floor.wall else "MISSED"
    print("targets (wall, fresh process): "
          f"<= 3x (a): {ppf.wall / floor.wall:.1f}x {floor_ok}; "
          f">= 10x faster than (b): {plumber.wall / ppf.wall:.1f}x "
          f"{'ok' if plumber.wall >= 10 * ppf.wall else 'MISSED'}; "
          f"< 400 MB: {ppf.mb:.0f} MB {'ok' if ppf.mb < 400 else 'MISSED'}")
    print(f"median of {args.repeat} runs: {ppf.median / floor.median:.1f}x (a)")
    if ppf.inner is not None and floor.inner is not None:
        print(f"after imports: ppfextract {ppf.inner:.3f} s = {ppf.inner / floor.inner:.1f}x "
              f"the floor's {floor.inner:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
