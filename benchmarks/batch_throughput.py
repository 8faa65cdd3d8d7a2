"""Batch throughput: documents per second with 1 and 2 worker processes.

The corpus is repeated under new names, each copy made distinct (a comment added),
so that every copy is a document of its own rather than a duplicate.

    .venv/bin/python benchmarks/batch_throughput.py [--copies 2] [--workers 1 2] [--no-facts]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
import zipfile
from pathlib import Path

from ppfextract.api import iter_inputs
from ppfextract.batch import BatchOptions, run_batch
from ppfextract.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def distinct_copy(src: Path, dst: Path, i: int) -> None:
    data = src.read_bytes()
    suffix = src.suffix.lower()
    if suffix == ".docx":
        dst.write_bytes(data)
        with zipfile.ZipFile(dst, "a") as zf:
            zf.comment = f"copy {i}".encode()
    elif suffix in (".html", ".htm"):
        dst.write_bytes(data + f"\n<!-- copy {i} -->\n".encode())
    elif suffix == ".pdf":
        dst.write_bytes(data + f"\n% copy {i}\n".encode())
    else:  # .doc (OLE): trailing bytes after the last sector are ignored
        dst.write_bytes(data + bytes(512 * (i + 1)))


def build(corpus: Path, copies: int, into: Path) -> int:
    n = 0
    for src in iter_inputs([corpus]):
        for i in range(copies):
            distinct_copy(src, into / f"{src.stem}-copy{i}{src.suffix}", i)
            n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-facts", action="store_true")
    args = parser.parse_args()
    settings = Settings(facts=not args.no_facts)
    with tempfile.TemporaryDirectory(prefix="ppf-bench-") as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        files = build(args.corpus, args.copies, inputs)
        print(f"batch throughput: {files} documents ({args.corpus.name} x{args.copies}), "
              f"facts {'off' if args.no_facts else 'on'}")
        base = None
        for workers in args.workers:
            out = Path(tmp) / f"out-{workers}"
            started = time.perf_counter()
            summary = run_batch([inputs], out, settings, options=BatchOptions(workers=workers))
            elapsed = time.perf_counter() - started
            rate = summary.documents / elapsed
            base = base or rate
            print(f"  workers={workers}: {summary.documents} docs in {elapsed:.1f} s = "
                  f"{rate:.2f} docs/s (x{rate / base:.2f}); {summary.n_errors} errors")
            shutil.rmtree(out)


if __name__ == "__main__":
    main()
