"""Showing a batch's progress: a bar on a terminal (tqdm), plain periodic lines otherwise.

The batch runner reports :class:`~ppfextract.batch.BatchProgress` snapshots through
a callback; :class:`ProgressDisplay` turns them into text on a stream the caller
chooses (the CLI passes stderr). Nothing here is called by the library itself.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, TextIO

from tqdm import tqdm

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
    """Draws progress on ``stream``: a bar on a terminal (tqdm, redrawn in place and
    never wider than the terminal, ``columns`` for a fixed width), else a plain line
    every ``interval`` seconds and one at the end (a log, a pipe, CI)."""

    def __init__(self, stream: TextIO, tty: bool | None = None, interval: float = 10.0,
                 columns: int | None = None, what: str = "extract") -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.interval = interval
        self.columns = columns
        self.what = what
        self._bar: tqdm[Any] | None = None
        self._last_line: float | None = None  # when the last log line was written

    def _tqdm(self, total: int) -> tqdm[Any]:
        if self._bar is None:
            self._bar = tqdm(total=total, file=self.stream, desc=self.what, unit="doc",
                             dynamic_ncols=self.columns is None, ncols=self.columns,
                             leave=True, mininterval=0.1, smoothing=0.1,
                             bar_format="{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt}"
                                        " [{elapsed}<{remaining}]{postfix}")
        return self._bar

    def update(self, p: BatchProgress) -> None:
        """A batch's progress."""
        if self.tty:
            bar = self._tqdm(p.total)
            bar.total = p.total
            bar.n = p.done + p.skipped
            parts = [f"{p.errors} errors"] if p.errors else []
            if p.skipped:
                parts.append(f"{p.skipped} done before")
            if p.duplicates:
                parts.append(f"{p.duplicates} duplicates")
            bar.set_postfix_str(", ".join(parts), refresh=False)
            bar.refresh()
            return
        self._line(progress_text(p), p.finished)

    def step(self, done: int, total: int, text: str = "") -> None:
        """Any other count of ``total`` (the report's documents)."""
        if self.tty:
            bar = self._tqdm(total)
            bar.n = done
            bar.set_postfix_str(text, refresh=False)
            bar.refresh()
            return
        self._line(f"{done}/{total} documents{'; ' + text if text else ''}", done >= total)

    def _line(self, text: str, last: bool) -> None:
        now = time.monotonic()
        if last or self._last_line is None or now - self._last_line >= self.interval:
            self._last_line = now
            print(f"{self.what if self.what != 'extract' else 'progress'}: {text}",
                  file=self.stream, flush=True)

    def write(self, line: str, out: TextIO) -> None:
        """Print ``line`` on ``out`` without garbling the bar."""
        if self._bar is not None:
            self._bar.write(line, file=out)
            out.flush()
        else:
            print(line, file=out, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


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
