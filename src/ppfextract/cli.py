"""The command line: a thin layer over the library.

    ppfextract extract corpus/ --out out/
    ppfextract evaluate gold/ out/ --min-f1 0.98
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import PPFExtractError, UsageError
from .record import Record
from .settings import Settings


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")


def _reading(parser: argparse.ArgumentParser) -> None:
    """Options every command that reads documents shares."""
    parser.add_argument("--password", help="password for encrypted PDFs")
    parser.add_argument("--no-facts", action="store_true",
                        help="skip the prose fact extractor (faster)")


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(password=args.password, facts=not args.no_facts)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ppfextract",
        description="Extract Putting People First returns from council papers "
                    "(PDF, Word, HTML) into verifiable structured data.")
    parser.add_argument("--version", action="version", version=f"ppfextract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract", help="extract records from files or folders",
        description="Read each file (folders are searched recursively for .pdf .docx .doc "
                    ".html .htm), write OUT/<stem>.json per document and the combined "
                    "dataset OUT/ppf.sqlite with matching CSV files. A file that cannot be "
                    "read gets an error record; the run goes on. Files with the same "
                    "content are one document. Each document is parsed in a worker "
                    "process with a time and memory limit; progress goes to stderr.",
        epilog="examples:\n  ppfextract extract corpus/ --out out/\n"
               "  ppfextract extract papers/ --out out/ --workers 8 --timeout 60 --resume\n"
               "  ppfextract extract /shared/papers --out out/ --dask tcp://scheduler:8786",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    ex.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    ex.add_argument("--strict", action="store_true",
                    help="exit with status 1 if any document gave an error record")
    ex.add_argument("--quiet", action="store_true", help="print only the final summary")
    ex.add_argument("--workers", type=int, default=None, metavar="N",
                    help="parallel worker processes (default: one per core; 0 = parse in "
                         "this process, without timeout or memory limit)")
    ex.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                    help="time limit per document; past it the document gets an error "
                         "record (default 120; 0 = none)")
    ex.add_argument("--max-memory", type=_memory_mb, default=2048, metavar="SIZE",
                    help="memory limit per worker process, e.g. 512M or 4G (default 2G; "
                         "0 = none)")
    ex.add_argument("--resume", action="store_true",
                    help="skip documents already done in OUT/ppf.sqlite (after an "
                         "interrupted run)")
    ex.add_argument("--dask", metavar="ADDRESS",
                    help="run on a Dask cluster, e.g. tcp://scheduler:8786 (needs "
                         "ppfextract[dask]; inputs must be readable by the workers)")
    _reading(ex)
    _common(ex)

    ev = sub.add_parser(
        "evaluate", help="score predicted records against gold records",
        description="Compare GOLD_DIR/*.json with PRED_DIR/*.json by the scoring rules of "
                    "the record spec; print precision, recall and F1 per unit type and "
                    "overall, and every disagreement.",
        epilog="examples:\n  ppfextract evaluate gold/ out/\n"
               "  ppfextract evaluate gold/ out/ --min-f1 0.98\n"
               "  ppfextract evaluate gold/ out/ --min-f1 milestones=1.0 --min-f1 facts=0.95",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ev.add_argument("gold", type=Path, metavar="GOLD_DIR")
    ev.add_argument("pred", type=Path, metavar="PRED_DIR")
    ev.add_argument("--min-f1", action="append", default=[], metavar="[TYPE=]F1",
                    help="exit 1 if F1 is below this (overall, or for one unit type); "
                         "repeatable")
    ev.add_argument("--json", type=Path, metavar="FILE", help="also write the report as JSON")
    ev.add_argument("--max-disagreements", type=int, default=50, metavar="N",
                    help="how many disagreements to list (default 50)")
    _common(ev)
    _add_output_commands(sub)
    return parser


def _add_output_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The export, report and inspect subcommands."""
    xp = sub.add_parser(
        "export", help="export the dataset's tables and views as CSV, Parquet or Excel",
        description="Read DATASET (an extract output folder, or its ppf.sqlite) and write "
                    "the tables documents, milestones, requirements, answers, risks, facts "
                    "and the views latest_status, council_comparison.",
        epilog="examples:\n  ppfextract export out/ --format parquet\n"
               "  ppfextract export out/ppf.sqlite --format xlsx --to exports/",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    xp.add_argument("dataset", type=Path, metavar="DATASET")
    xp.add_argument("--format", required=True, choices=("csv", "parquet", "xlsx"))
    xp.add_argument("--to", type=Path, metavar="DIR",
                    help="output folder (default: DATASET/export)")
    _common(xp)

    rp = sub.add_parser(
        "report", help="write a static HTML report with evidence for every value",
        description="Read OUT_DIR/ppf.sqlite and the per-document JSON made by extract; "
                    "write OUT_DIR/report/index.html (works offline) and evidence pages "
                    "under OUT_DIR/report/evidence/ (for a PDF, one image per page that "
                    "holds a value). Source files are looked up by the path recorded at "
                    "extraction (relative to the current folder, --source-root, OUT_DIR "
                    "and its parent). Progress goes to stderr.",
        epilog="example: ppfextract report out/ && open out/report/index.html",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    rp.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    rp.add_argument("--source-root", action="append", type=Path, default=[], metavar="DIR",
                    help="folder to look for source documents in; repeatable")
    rp.add_argument("--password", help="password for encrypted PDFs")
    rp.add_argument("--no-evidence", action="store_true",
                    help="write the report page only, without evidence pages (fast)")
    rp.add_argument("--quiet", action="store_true", help="print only the final summary")
    _common(rp)

    ip = sub.add_parser(
        "inspect", help="extract one file and write its evidence page",
        description="Extract FILE and write DIR/index.html showing each extracted value "
                    "beside its source (the table row for Word and HTML, a page crop for "
                    "PDF), plus DIR/record.json.",
        epilog="example: ppfextract inspect corpus/sefton-2011-02-16.docx --out inspect/",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ip.add_argument("file", type=Path, metavar="FILE")
    ip.add_argument("--out", type=Path, metavar="DIR",
                    help="output folder (default: ./<file stem>-evidence)")
    _reading(ip)
    _common(ip)


def _summary_line(record: Record) -> str:
    name = Path(record.source or record.document).name
    if record.error:
        return f"{name}: ERROR ({record.error_code}) {record.message}"
    parts = [
        record.council or "-", record.period or "-",
        f"{len(record.milestones)} cells", f"{len(record.requirements)} ratings",
        f"{len(record.answers)} answers", f"{len(record.risks)} risks",
        f"{len(record.facts)} facts",
    ]
    line = f"{name}: " + "  ".join(parts)
    if record.warnings:
        line += f"  ({len(record.warnings)} warnings)"
    return line


def _memory_mb(text: str) -> int:
    """'512M', '4G', '2048' (MB) -> megabytes."""
    value = text.strip().upper().removesuffix("B")
    scale = {"K": 1 / 1024, "M": 1, "G": 1024, "T": 1024 * 1024}.get(value[-1:], None)
    try:
        number = float(value[:-1] if scale else value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 512M or 4G)") from None
    return int(number * (scale or 1))


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch import BatchOptions, run_batch
    from .progress import ProgressDisplay, summary_lines

    missing = [p for p in args.paths if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if args.out.exists() and not args.out.is_dir():
        raise UsageError(f"--out {args.out} is a file; give a folder")
    display = ProgressDisplay(sys.stderr)
    options = BatchOptions(workers=args.workers, timeout=args.timeout or None,
                           max_memory_mb=args.max_memory or None, resume=args.resume,
                           dask=args.dask)

    def show(record: Record) -> None:
        if not args.quiet:
            display.write(_summary_line(record), sys.stdout)

    try:
        summary = run_batch(args.paths, args.out, _settings(args), on_record=show,
                            options=options.resolve(),
                            on_progress=None if args.quiet else display.update)
    except KeyboardInterrupt:
        display.close()
        print(f"ppfextract: interrupted; the documents done so far are saved in {args.out}/. "
              "Run the same command with --resume to finish.", file=sys.stderr)
        return 130
    except ValueError as exc:
        raise PPFExtractError(str(exc)) from None
    display.close()
    for line in summary_lines(summary, str(args.out)):
        print(line)
    return 1 if args.strict and summary.n_errors else 0


def _thresholds(values: list[str]) -> dict[str, float] | None:
    """--min-f1 values as {unit type: F1}; a usage error for an unknown type or a
    number outside 0..1."""
    from .evaluate import REPORT_ROWS

    if not values:
        return None
    out: dict[str, float] = {}
    for value in values:
        key, sep, num = value.partition("=")
        if not sep:
            key, num = "overall", value
        key = key.strip()
        try:
            f1 = float(num)
        except ValueError:
            raise UsageError(f"--min-f1 takes a number or TYPE=NUMBER, not {value!r}") \
                from None
        if key not in REPORT_ROWS:
            raise UsageError(f"--min-f1: unknown unit type {key!r}; known: "
                             f"{', '.join(REPORT_ROWS)}")
        if not 0.0 <= f1 <= 1.0:
            raise UsageError(f"--min-f1: an F1 is between 0 and 1, not {num.strip()}")
        out[key] = f1
    return out


def dataset_documents(folder: Path) -> set[str] | None:
    """The documents of the dataset in ``folder`` (its ppf.sqlite), or None when it
    has none: JSON files of other runs are not among them."""
    import sqlite3
    from contextlib import closing

    db = folder / "ppf.sqlite"
    if not db.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as con:
            return {row[0] for row in con.execute("SELECT id FROM documents")}
    except sqlite3.Error:
        return None


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import check_thresholds, format_report, load_records, score

    thresholds = _thresholds(args.min_f1)
    for folder in (args.gold, args.pred):
        if not folder.is_dir():
            raise UsageError(f"no such folder: {folder}")
    gold = load_records(args.gold)
    pred = load_records(args.pred)
    if not gold:
        raise UsageError(f"no gold records (*.json) in {args.gold}/: nothing to compare")
    current = dataset_documents(args.pred)
    if current is not None:
        stale = sorted(d for d in pred if d not in current)
        if stale:
            print(f"left out {len(stale)} JSON records in {args.pred}/ that are not in its "
                  f"dataset (ppf.sqlite), from an earlier run: {', '.join(stale)}",
                  file=sys.stderr)
        pred = {d: r for d, r in pred.items() if d not in stale}
    without = sorted(d for d in gold if d not in pred)
    if len(without) == len(gold):
        raise UsageError(f"none of the {len(gold)} gold records has a prediction in "
                         f"{args.pred}/: nothing to compare")
    report = score(gold, pred)
    print(format_report(report, max_disagreements=args.max_disagreements))
    if without:
        print(f"no prediction for {len(without)} of {len(gold)} gold records (scored as "
              f"missed): {', '.join(without)}")
    if args.json:
        args.json.write_text(json.dumps(report.to_dict(), indent=2), encoding="utf-8")
    if thresholds is not None:
        failures = check_thresholds(report, thresholds)
        for failure in failures:
            print(f"FAIL: {failure}", file=sys.stderr)
        if failures:
            return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .output.export import export_dataset

    dataset: Path = args.dataset
    db = dataset / "ppf.sqlite" if dataset.is_dir() else dataset
    target = args.to or (db.parent / "export")
    if target.exists() and not target.is_dir():
        raise UsageError(f"--to {target} is a file; give a folder")
    paths = export_dataset(db, target, args.format)
    print(f"{len(paths)} files written to {target}/")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .api import read_document
    from .output.report import build_report
    from .progress import ProgressDisplay

    if not (args.out_dir / "ppf.sqlite").is_file():
        raise UsageError(f"no dataset at {args.out_dir / 'ppf.sqlite'}; run 'ppfextract "
                         f"extract ... --out {args.out_dir}' first")
    display = ProgressDisplay(sys.stderr, what="report")

    def step(done: int, total: int) -> None:
        display.step(done, total, "evidence pages written")

    try:
        report = build_report(args.out_dir, read=read_document,
                              settings=Settings(password=args.password),
                              search=args.source_root, evidence=not args.no_evidence,
                              on_progress=None if args.quiet else step)
    finally:
        display.close()
    print(f"report: {report.index} ({report.documents} documents, {report.values} values, "
          f"{report.values_without_source} without a source region, {report.images} page "
          "images)")
    if report.missing_records:
        print(f"no JSON record for: {', '.join(report.missing_records)}", file=sys.stderr)
    for line in report.unavailable_sources:
        print(f"no evidence for {line}", file=sys.stderr)
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from .inspect import inspect_file

    out = args.out or Path(f"{args.file.stem}-evidence")
    record, evidence = inspect_file(args.file, out, _settings(args))
    print(_summary_line(record))
    print(f"evidence: {evidence.page} ({len(evidence.shown)} values, "
          f"{sum(not ok for ok in evidence.shown.values())} without a source region)")
    return 0


COMMANDS = {"extract": cmd_extract, "evaluate": cmd_evaluate, "export": cmd_export,
            "report": cmd_report, "inspect": cmd_inspect}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except PPFExtractError as exc:
        print(f"ppfextract: error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"ppfextract: error: no such file or folder: {exc.filename}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"ppfextract: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
