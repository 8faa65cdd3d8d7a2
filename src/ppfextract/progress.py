"""Showing a batch's progress: a bar on a terminal, plain periodic lines otherwise.

The batch runner reports :class:`~ppfextract.batch.BatchProgress` snapshots through
a callback; :class:`ProgressDisplay` turns them into text on a stream the caller
chooses (the CLI passes stderr). Nothing here is called by the library itself.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .batch import BatchProgress, BatchSummary


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def progress_text(p: BatchProgress) -> str:
    """'120/2000 documents: done 100, skipped 15, errors 5; 12.3 docs/s, ETA 2m30s'."""
    settled = p.done + p.skipped
    rate = p.done / p.elapsed if p.elapsed > 0 else 0.0
    text = (f"{settled}/{p.total} documents: done {p.done}, skipped {p.skipped}, "
            f"errors {p.errors}")
    if p.duplicates:
        text += f", duplicates {p.duplicates}"
    if rate > 0:
        text += f"; {rate:.1f} docs/s"
        if settled < p.total:
            text += f", ETA {_duration((p.total - settled) / rate)}"
    return text


class ProgressDisplay:
    """Draws progress on ``stream``: a redrawn bar when ``tty``, else a line every
    ``interval`` seconds (and one at the end)."""

    def __init__(self, stream: TextIO, tty: bool | None = None, interval: float = 10.0,
                 width: int = 24) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.interval = interval
        self.width = width
        self._last: BatchProgress | None = None
        self._last_line: float | None = None  # when the last log line was written
        self._drawn = False

    def update(self, p: BatchProgress) -> None:
        self._last = p
        if self.tty:
            self._draw(p)
            return
        now = time.monotonic()
        if p.finished or self._last_line is None or now - self._last_line >= self.interval:
            self._last_line = now
            print(f"progress: {progress_text(p)}", file=self.stream, flush=True)

    def _bar(self, p: BatchProgress) -> str:
        share = (p.done + p.skipped) / p.total if p.total else 1.0
        filled = round(share * self.width)
        return "[" + "#" * filled + "-" * (self.width - filled) + f"] {share:4.0%} "

    def _draw(self, p: BatchProgress) -> None:
        self.stream.write("\r\x1b[2K" + self._bar(p) + progress_text(p))
        self.stream.flush()
        self._drawn = True

    def write(self, line: str, out: TextIO) -> None:
        """Print ``line`` on ``out`` without garbling the bar."""
        if self.tty and self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
        print(line, file=out, flush=True)
        if self.tty and self._last is not None:
            self._draw(self._last)

    def close(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def summary_lines(summary: BatchSummary, out: str) -> list[str]:
    """The end-of-run summary: documents, returns found, errors by cause; then files,
    duplicates and resumed documents when there are any."""
    causes = ", ".join(f"{k}: {v}" for k, v in sorted(summary.errors.items())) or "none"
    lines = [f"{summary.documents} documents, {summary.returns_found} with a return, "
             f"{summary.n_errors} errors ({causes}); output in {out}/"]
    if summary.duplicates or summary.skipped:
        lines.append(f"{summary.files} files: {summary.duplicates} duplicates of another "
                     f"file, {summary.skipped} documents done before (resumed); "
                     f"{_duration(summary.elapsed)}")
    if summary.retried:
        lines.append(f"{summary.retried} documents done again: their earlier error came "
                     "from the run (timeout, out of memory, interrupted), not the file")
    if summary.leftovers:
        lines.append(f"removed {summary.leftovers} temporary files an interrupted run left "
                     f"in {out}/")
    if summary.removed:
        lines.append(f"removed {len(summary.removed)} records of the previous run into "
                     f"{out}/ that this run does not have: {_names(summary.removed)}")
    if summary.stale:
        lines.append(f"note: {len(summary.stale)} other JSON files in {out}/ are not from "
                     f"this run (evaluate leaves them out): {_names(summary.stale)}")
    return lines


def _names(names: list[str], shown: int = 5) -> str:
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


__all__ = ["ProgressDisplay", "progress_text", "summary_lines"]
