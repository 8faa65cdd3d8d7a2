"""Reliability trials behind the README's "Reliability" section (issue 13).

Three trials, each through the command line as a user runs it:

1. **kills**: the bundled corpus plus the hostile inputs, extracted once uninterrupted;
   then, ``--trials`` times, the same run killed with SIGKILL (the whole process group,
   as the OOM killer or a closed terminal would) at a random moment and finished with
   ``--resume``. Each resumed dataset must equal the uninterrupted one (every JSON
   record, every table of ppf.sqlite, every CSV byte), with no temporary file, worker
   folder or LibreOffice process left behind.
2. **concurrent**: two runs started together into one output folder: one must be
   refused (status 2, naming the other), the other must finish, and the folder must
   hold as many JSON records as ppf.sqlite has documents.
3. **hostile**: the hostile set (tests/data/bad, the linked-picture .doc, and made here:
   a link out of the folder, a dangling link, a link loop, a named pipe, a sparse file
   over the HTML size limit) with a web server on 127.0.0.1 counting requests: the run
   must exit 0 with a record for every file and the server must see no request.

Run: .venv/bin/python scripts/reliability.py [--trials 15] [--workers 2]
Prints one line per trial and a summary; exits 1 if any trial failed.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
BAD = ROOT / "tests" / "data" / "bad"
LINKED = ROOT / "tests" / "data" / "network" / "doc-linked-picture-fetches-url.doc"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "ppfextract.cli", *args]


def dataset(out: Path) -> dict[str, object]:
    """Everything a run leaves that a user reads: records, tables, CSV bytes."""
    found: dict[str, object] = {}
    for p in sorted(out.glob("*.json")):
        found[p.name] = json.loads(p.read_text(encoding="utf-8"))
    for p in sorted(out.glob("*.csv")):
        found[p.name] = p.read_bytes()
    with closing(sqlite3.connect(out / "ppf.sqlite")) as con:
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type IN "
                                   "('table', 'view') AND name NOT LIKE '%fts%' "
                                   "AND name != 'batch_state' ORDER BY name"):
            found[f"sql:{name}"] = sorted(map(repr, con.execute(f'SELECT * FROM "{name}"')))
    return found


def leftovers(out: Path, tmp: Path) -> list[str]:
    left = [p.name for p in out.glob(".tmp-*.json")] + [p.name for p in out.glob(".*.tmp")]
    left += [p.name for p in tmp.iterdir()]
    for entry in os.scandir("/proc") if Path("/proc").is_dir() else []:
        if entry.name.isdigit():
            try:
                cmdline = Path(f"/proc/{entry.name}/cmdline").read_bytes()
            except OSError:
                continue
            if b"soffice" in cmdline and str(tmp).encode() in cmdline:
                left.append(f"LibreOffice process {entry.name}")
    return left


def kills(inputs: Path, work: Path, trials: int, workers: int, rng: random.Random) -> int:
    opts = ["--workers", str(workers), "--quiet", "--timeout", "120"]
    tmp = work / "tmp"
    tmp.mkdir()
    env = dict(os.environ, TMPDIR=str(tmp))
    started = time.monotonic()
    whole = subprocess.run(cli("extract", str(inputs), "--out", str(work / "whole"), *opts),
                           capture_output=True, text=True, env=env, check=False)
    took = time.monotonic() - started
    assert whole.returncode == 0, whole.stderr
    reference = dataset(work / "whole")
    print(f"uninterrupted run: {took:.1f} s, {whole.stdout.splitlines()[0]}")
    failures = 0
    for trial in range(1, trials + 1):
        out = work / f"trial-{trial}"
        at = rng.uniform(0.3, took * 0.9)
        proc = subprocess.Popen(cli("extract", str(inputs), "--out", str(out), *opts),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env, start_new_session=True)
        time.sleep(at)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        time.sleep(1.5)  # the workers notice their parent is gone
        with closing(sqlite3.connect(out / "ppf.sqlite")) as con:
            done = con.execute("SELECT count(*) FROM batch_state").fetchone()[0]
        resumed = subprocess.run(cli("extract", str(inputs), "--out", str(out), *opts,
                                     "--resume"), capture_output=True, text=True, env=env,
                                 check=False)
        same = resumed.returncode == 0 and dataset(out) == reference
        left = leftovers(out, tmp)
        ok = same and not left
        failures += not ok
        print(f"kill {trial:2d}: SIGKILL at {at:5.1f} s with {done:3d} documents saved; "
              f"resumed: {'identical dataset' if same else 'DIFFERENT'}"
              f"{'; left: ' + ', '.join(left) if left else ''}")
        shutil.rmtree(out)
    return failures


def concurrent(inputs: Path, work: Path, workers: int) -> int:
    out = work / "shared-out"
    runs = [subprocess.Popen(cli("extract", str(inputs), "--out", str(out), "--quiet",
                                 "--workers", str(workers)),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(r.wait(), *r.communicate()) for r in runs]
    codes = sorted(code for code, _, _ in results)
    refused = [err for code, _, err in results if code == 2]
    with closing(sqlite3.connect(out / "ppf.sqlite")) as con:
        rows = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    records = len(list(out.glob("*.json")))
    ok = codes == [0, 2] and rows == records and "in use by another ppfextract run" in \
        refused[0]
    print(f"concurrent: statuses {codes}; {records} JSON records, {rows} rows; refusal: "
          f"{refused[0].strip() if refused else '-'}")
    return int(not ok)


def hostile(work: Path) -> int:
    folder = work / "hostile"
    shutil.copytree(BAD, folder)
    secret = work / "outside.html"
    secret.write_text("<p>Council: Outside County Council</p>")
    os.symlink(secret, folder / "link-out-of-folder.html")
    os.symlink(work / "gone.pdf", folder / "dangling-link.pdf")
    os.symlink(folder / "loop-b.doc", folder / "loop-a.doc")
    os.symlink(folder / "loop-a.doc", folder / "loop-b.doc")
    os.mkfifo(folder / "named-pipe.html")
    with open(folder / "over-the-size-limit.html", "wb") as fh:
        fh.write(b"<html><body><p>x</p>")
        fh.truncate(51 * 1024 * 1024)
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 38917), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    shutil.copy(LINKED, folder / LINKED.name)
    try:
        run = subprocess.run(cli("extract", str(folder), "--out", str(work / "hostile-out"),
                                 "--quiet", "--timeout", "60", "--max-memory", "1G"),
                             capture_output=True, text=True, timeout=900, check=False)
    finally:
        server.shutdown()
        server.server_close()
    files = sum(1 for _ in folder.iterdir())
    records = [json.loads(p.read_text()) for p in (work / "hostile-out").glob("*.json")]
    paths = sum(len(r.get("paths") or [r["source"]]) for r in records)
    ok = run.returncode == 0 and not requests and paths == files
    print(f"hostile: {files} files, exit {run.returncode}, {len(records)} records covering "
          f"{paths} files, {len(requests)} network requests; {run.stdout.strip()}")
    return int(not ok)


def main() -> int:
    parser = argparse.ArgumentParser(description="reliability trials (issue 13)")
    parser.add_argument("--trials", type=int, default=15)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="ppf-reliability-") as tmp:
        work = Path(tmp)
        inputs = work / "inputs"
        shutil.copytree(CORPUS, inputs / "corpus")
        shutil.copytree(BAD, inputs / "bad")
        failed = kills(inputs, work, args.trials, args.workers, rng)
        failed += concurrent(inputs, work, args.workers)
        failed += hostile(work)
    print("all trials passed" if not failed else f"{failed} trials FAILED")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
