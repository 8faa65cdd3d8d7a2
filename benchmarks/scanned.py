"""Scanned returns: speed and memory of the mixed pack, and accuracy per resolution.

Speed: ``scanned/corpus/scanned-pack-2010-09-mixed.pdf`` (68 pages, 16 of them scanned,
the return among them) read by ``ppfextract.extract()`` in a fresh subprocess, best of
``--repeat`` runs: wall seconds, seconds per scanned page, peak RSS (``os.wait4``),
and the pages the triage sent to the full OCR pass. Issue 15's targets: at most 1.5 s
per scanned page, under 500 MB.

Accuracy (``--accuracy``, or by default): every file of ``scanned/corpus`` extracted
(``ppfextract extract``, two workers) and scored against ``scanned/gold`` with the
project's evaluate, one report per resolution (150, 200, 300 dpi; the mixed pack is
scanned at 200): F1 and precision of milestone cells and requirement ratings.

Run: .venv/bin/python benchmarks/scanned.py [--repeat 3] [--speed-only | --accuracy-only]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "scanned" / "corpus"
GOLD = ROOT / "scanned" / "gold"
PACK = CORPUS / "scanned-pack-2010-09-mixed.pdf"

CHILD = """
import json, sys, time
t = time.perf_counter()
import ppfextract
rec = ppfextract.extract(sys.argv[1])
print(json.dumps({"inner": time.perf_counter() - t, "cells": len(rec.milestones),
                  "ratings": len(rec.requirements), "warnings": rec.warnings}))
"""


def run_child(path: Path) -> tuple[float, float, dict]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"child failed on {path}")
    return wall, usage.ru_maxrss / 1024, json.loads(out)


def scanned_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        n = 0
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            if not textpage.get_text_range().strip():
                n += 1
            textpage.close()
            page.close()
        return n
    finally:
        doc.close()


def speed(repeat: int) -> bool:
    n_scanned = scanned_pages(PACK)
    runs = [run_child(PACK) for _ in range(repeat)]
    wall, rss, info = min(runs, key=lambda r: r[0])
    per_page = wall / n_scanned
    print(f"mixed pack: {PACK.name}, {n_scanned} scanned pages")
    print(f"  best of {repeat}: {wall:.2f} s wall ({info['inner']:.2f} s after start), "
          f"{per_page:.2f} s per scanned page, peak {rss:.0f} MB; "
          f"{info['cells']} cells, {info['ratings']} ratings")
    for w in info["warnings"]:
        print(f"  warning: {w[:160]}")
    ok = per_page <= 1.5 and rss < 500
    print(f"  target (<= 1.5 s per scanned page, < 500 MB): {'met' if ok else 'NOT met'}")
    return ok


def accuracy(keep: str | None = None) -> None:
    from ppfextract.cli import main as cli
    from ppfextract.evaluate import load_records, score

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(keep) if keep else Path(tmp) / "out"
        start = time.perf_counter()
        cli(["extract", str(CORPUS), "--out", str(out), "--quiet", "--workers", "2"])
        print(f"extracted {CORPUS} in {time.perf_counter() - start:.0f} s")
        predicted = load_records(out)
        gold_all = load_records(GOLD)
        print(f"{'dpi':>4} | {'docs':>4} | {'milestones P':>12} | {'R':>5} | {'F1':>5} | "
              f"{'ratings P':>9} | {'R':>5} | {'F1':>5}")
        for dpi in (150, 200, 300):
            gold = {k: v for k, v in gold_all.items()
                    if k.endswith(f"-scan{dpi}") or (dpi == 200 and "mixed" in k)}
            report = score(gold, {k: v for k, v in predicted.items() if k in gold})
            m, r = report.counts["milestones"], report.counts["requirements"]
            print(f"{dpi:>4} | {len(gold):>4} | {_f(m.precision):>12} | {_f(m.recall):>5} | "
                  f"{_f(m.f1):>5} | {_f(r.precision):>9} | {_f(r.recall):>5} | {_f(r.f1):>5}"
                  f"   (milestones {m.tp}/{m.fp}/{m.fn}, ratings {r.tp}/{r.fp}/{r.fn})")
        if not keep:
            shutil.rmtree(out, ignore_errors=True)


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--accuracy-only", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="extract into DIR and keep it")
    args = parser.parse_args()
    if not PACK.is_file():
        print(f"{PACK} is missing: run scripts/build_scanned_corpus.py")
        return 1
    from ppfextract.readers.ocr import available

    why = available()
    if why:
        print(f"OCR not available: {why}")
        return 0
    ok = True
    if not args.accuracy_only:
        ok = speed(args.repeat)
    if not args.speed_only:
        accuracy(args.keep)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
