"""The command line: a thin layer over the library.

    ppfextract extract corpus/ --out out/
    ppfextract evaluate gold/ out/ --min-f1 0.98
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import PPFExtractError
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
                    "read gets an error record; the run goes on.",
        epilog="example: ppfextract extract corpus/ --out out/",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    ex.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    ex.add_argument("--strict", action="store_true",
                    help="exit with status 1 if any document gave an error record")
    ex.add_argument("--quiet", action="store_true", help="print only the final summary")
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
    return parser


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


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch import run_batch

    def show(record: Record) -> None:
        if not args.quiet:
            print(_summary_line(record), flush=True)

    summary = run_batch(args.paths, args.out, _settings(args), on_record=show)
    errors = ", ".join(f"{k}: {v}" for k, v in sorted(summary.errors.items())) or "none"
    print(f"{summary.documents} documents, {summary.returns_found} with a return, "
          f"{summary.n_errors} errors ({errors}); output in {args.out}/")
    return 1 if args.strict and summary.n_errors else 0


def _thresholds(values: list[str]) -> float | dict[str, float] | None:
    if not values:
        return None
    out: dict[str, float] = {}
    for value in values:
        key, sep, num = value.partition("=")
        if not sep:
            key, num = "overall", value
        try:
            out[key.strip()] = float(num)
        except ValueError:
            raise PPFExtractError(f"--min-f1 takes a number or TYPE=NUMBER, not {value!r}") \
                from None
    return out


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import check_thresholds, format_report, load_records, score

    gold = load_records(args.gold)
    pred = load_records(args.pred)
    report = score(gold, pred)
    print(format_report(report, max_disagreements=args.max_disagreements))
    if args.json:
        args.json.write_text(json.dumps(report.to_dict(), indent=2), encoding="utf-8")
    thresholds = _thresholds(args.min_f1)
    if thresholds is not None:
        failures = check_thresholds(report, thresholds)
        for failure in failures:
            print(f"FAIL: {failure}", file=sys.stderr)
        if failures:
            return 1
    return 0


COMMANDS = {"extract": cmd_extract, "evaluate": cmd_evaluate}


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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
