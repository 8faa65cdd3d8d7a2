"""Evidence for every extracted value: the part of the source each value was read from.

For a PDF, each page that holds a value is rendered once (pdfplumber, a PNG of at most
256 colours, ``page-<n>.png``), and each value shows a strip of it in an inline SVG: the
source cell(s) outlined in blue and, for a value read from a table, the header cells
that give it its meaning (the column's heading, such as "Fairly likely", and the row's
label, such as the deadline) outlined in orange, the strip reaching up to include them.
For Word and HTML
the source is read again with :func:`ppfextract.readers.read` and the value's table
row is shown as the reader saw it (with the table's first row and the row above for
context), the source cell(s) highlighted; a value from a paragraph shows the
paragraph with the matched span marked.

:func:`write_evidence` writes ``DIR/index.html`` (one section per value, its ``id``
the value's key, see :func:`value_key`) and the PNGs beside it. The page is
self-contained: inline CSS, no script, no network.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document, Line, Paragraph, Provenance, Table
from ..errors import PPFExtractError
from ..files import file_sha256
from ..framework import Deadline
from ..record import Record
from ..settings import Settings

# what reads a source document again: ``ppfextract.read_document``, given by the caller
DocumentReader = Callable[[Path, Settings], Document]

log = logging.getLogger(__name__)

RESOLUTION = 100  # dpi of the PDF crops
PAD = 30.0  # points of context above and below a PDF value
CHILD_TABLES: tuple[str, ...] = ("milestones", "requirements", "answers", "risks", "facts")
META_FIELDS: tuple[str, ...] = ("council", "period", "date_completed")


def value_key(table: str, seq: int | None = None) -> str:
    """The anchor of one value on the evidence page: ``milestones-3``, ``council``."""
    return table if seq is None else f"{table}-{seq}"


@dataclass(frozen=True)
class Value:
    """One extracted value, ready to show beside its source."""

    key: str
    table: str
    label: str
    text: str
    provenance: dict[str, Provenance]


@dataclass
class Evidence:
    """What :func:`write_evidence` wrote: the page and, per value key, whether its
    source was shown (False when the source file or its region was not found)."""

    page: Path
    note: str = ""  # why the source could not be used (missing, changed)
    shown: dict[str, bool] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    return str(getattr(value, "value", value))


def record_values(record: Record) -> list[Value]:
    """Every value of ``record`` with its provenance, in record order."""
    values = [
        Value(name, "document", name.replace("_", " ").capitalize(),
              _fmt(getattr(record, name)), {name: record.provenance[name]})
        for name in META_FIELDS
        if getattr(record, name) is not None and name in record.provenance
    ]
    for seq, m in enumerate(record.milestones):
        parts = [f"achieved {_fmt(m.achieved)}"]
        if m.likelihood is not None:
            parts.append(m.likelihood.label.lower())
        if m.reason_not_achieved:
            parts.append(f"reason: {m.reason_not_achieved}")
        if m.when_to_be_achieved:
            parts.append(f"when: {m.when_to_be_achieved}")
        label = f"Milestone {m.milestone}, {Deadline(m.deadline).label}"
        values.append(Value(value_key("milestones", seq), "milestones", label,
                            "; ".join(parts), m.provenance))
    for seq, r in enumerate(record.requirements):
        values.append(Value(value_key("requirements", seq), "requirements", r.requirement,
                            r.rating.label, r.provenance))
    for seq, a in enumerate(record.answers):
        values.append(Value(value_key("answers", seq), "answers",
                            f"Milestone {a.milestone}: {a.question}", a.answer, a.provenance))
    for seq, k in enumerate(record.risks):
        values.append(Value(value_key("risks", seq), "risks", f"Milestone {k.milestone}: risk",
                            f"{_fmt(k.risk)} / mitigation: {_fmt(k.mitigation)}",
                            k.provenance))
    for seq, f in enumerate(record.facts):
        values.append(Value(value_key("facts", seq), "facts", f.kind.value,
                            f"{f.value:g} ({f.text})", f.provenance))
    return values


# ---------------------------------------------------------------------------
# Finding the source


def resolve_source(record: Record, search: Sequence[Path] = ()) -> tuple[Path | None, str]:
    """The file ``record`` was read from, and a note when it is missing or has changed
    since extraction (sha256 differs). Relative sources are tried against the current
    folder, then each folder in ``search``."""
    names = [record.source, *record.paths] if record.source else list(record.paths)
    for name in names:
        if not name:
            continue
        candidates = [Path(name)] + [Path(base) / name for base in search]
        candidates += [Path(base) / Path(name).name for base in search]
        for candidate in candidates:
            if candidate.is_file():
                if record.sha256 and file_sha256(candidate) != record.sha256:
                    return candidate, ("the source file has changed since extraction; "
                                       "run ppfextract extract again to see its evidence")
                return candidate, ""
    return None, f"source file not found: {record.source}"


# ---------------------------------------------------------------------------
# PDF crops


class _PdfPages:
    """Rendered pages of one PDF, a few kept at a time."""

    def __init__(self, path: Path, password: str | None) -> None:
        import pdfplumber

        self._pdf = pdfplumber.open(path, password=password or "")
        self._cache: OrderedDict[int, Any] = OrderedDict()

    def close(self) -> None:
        self._pdf.close()

    def page(self, number: int) -> tuple[Any, Any]:
        """(pdfplumber page, PIL image) of the 1-based page ``number``."""
        if number in self._cache:
            self._cache.move_to_end(number)
        else:
            page = self._pdf.pages[number - 1]
            image = page.to_image(resolution=RESOLUTION).original.convert("RGB")
            self._cache[number] = (page, image)
            if len(self._cache) > 3:
                _, (old, _) = self._cache.popitem(last=False)
                old.close()
        return self._cache[number]


def _union(boxes: Sequence[tuple[float, float, float, float]]) -> tuple[float, ...]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def render_page(pages: _PdfPages, number: int, target: Path) -> tuple[int, int]:
    """Save page ``number`` as a PNG of at most 256 colours; its size in pixels."""
    _, image = pages.page(number)
    image.quantize(256).save(target, "PNG", optimize=True)
    return image.width, image.height


BBox4 = tuple[float, float, float, float]


def crop_svg(src: str, size: tuple[int, int], origin: tuple[float, float],
             hits: Sequence[BBox4], headers: Sequence[tuple[BBox4, str]]) -> str:
    """An inline SVG showing a strip of the page image ``src`` (``size`` pixels, the page
    at ``origin`` in PDF points) around ``hits`` and ``headers`` (PDF points, x0 top x1
    bottom), each outlined: the value in blue, its headers in orange."""
    scale = RESOLUTION / 72
    x_off, y_off = origin

    def px(box: BBox4) -> tuple[float, float, float, float]:
        return ((box[0] - x_off) * scale, (box[1] - y_off) * scale,
                (box[2] - box[0]) * scale, (box[3] - box[1]) * scale)

    _, top, _, bottom = _union([*hits, *(b for b, _ in headers)])
    y0 = max(0.0, (top - y_off - PAD) * scale)
    y1 = min(float(size[1]), (bottom - y_off + PAD) * scale)
    height = max(y1 - y0, 1.0)
    rects = []
    for box, text in headers:
        x, y, w, h = px(box)
        rects.append(f'<rect class="hdr" x="{x - 2:.1f}" y="{y - 2:.1f}" width="{w + 4:.1f}" '
                     f'height="{h + 4:.1f}"><title>{html.escape(text)}</title></rect>')
    for box in hits:
        x, y, w, h = px(box)
        rects.append(f'<rect class="hit" x="{x - 2:.1f}" y="{y - 2:.1f}" width="{w + 4:.1f}" '
                     f'height="{h + 4:.1f}"/>')
    return (f'<svg class="crop" viewBox="0 {y0:.1f} {size[0]} {height:.1f}" width="{size[0]}" '
            f'height="{height:.0f}" xmlns="http://www.w3.org/2000/svg" role="img">'
            f'<image href="{html.escape(src)}" x="0" y="0" width="{size[0]}" '
            f'height="{size[1]}"/>{"".join(rects)}</svg>')


_LETTERS = re.compile(r"[^\W\d_]{3}")


def _heading(cell: Any) -> bool:
    """A cell that can be a heading or a label: a few words (not a paragraph of prose)."""
    text = (cell.text or "").strip() if cell is not None else ""
    return 0 < len(text) <= 80 and bool(_LETTERS.search(text))


def header_cells(table: Table, row: int, col: int) -> list[Any]:
    """The cells that give the value at (row, col) its meaning: the nearest heading
    above it in its column and the table's top cell of that column; the nearest label
    left of it in its row and the row's first cell (at most four, each once)."""
    grid = table.grid()
    if not (0 <= row < len(grid) and 0 <= col < table.n_cols):
        return []
    here = grid[row][col]
    top = here.row if here is not None else row
    first = here.col if here is not None else col
    found: list[Any] = []

    def add(cell: Any) -> None:
        if _heading(cell) and cell is not here and all(cell is not f for f in found):
            found.append(cell)

    add(next((grid[r][col] for r in range(top - 1, -1, -1) if _heading(grid[r][col])), None))
    add(grid[0][col] if top > 0 else None)
    add(next((grid[row][c] for c in range(first - 1, -1, -1) if _heading(grid[row][c])),
             None))
    add(grid[row][0] if first > 0 else None)
    return found


# ---------------------------------------------------------------------------
# Word and HTML rows


def _block(document: Document, prov: Provenance) -> Paragraph | Table | None:
    if prov.block is None or not 0 <= prov.block < len(document.blocks):
        return None
    return document.blocks[prov.block]


def _cell_html(cell: Any, colspan: int, hit: bool) -> str:
    attrs = [f' colspan="{colspan}"' if colspan > 1 else ""]
    classes = ["hit"] if hit else []
    style = f' style="background:#{cell.fill}"' if cell.fill else ""
    if classes:
        attrs.append(f' class="{" ".join(classes)}"')
    fill = f'<span class="mark">fill #{html.escape(cell.fill)}</span>' if cell.fill else ""
    return f"<td{''.join(attrs)}{style}>{lines_html(cell.lines)}{fill}</td>"


def lines_html(lines: Sequence[Line]) -> str:
    """A cell's lines as HTML: the words, each mark where it stands (its kind and
    detail), lines joined by line breaks."""
    out: list[str] = []
    for line in lines:
        parts: list[str] = []
        at = 0
        for m in sorted(line.marks, key=lambda m: m.at if m.at is not None else len(line.text)):
            where = len(line.text) if m.at is None else min(m.at, len(line.text))
            parts.append(html.escape(line.text[at:where]))
            parts.append(f'<span class="mark">{html.escape(m.kind.value)}'
                         f'{" · " + html.escape(m.detail) if m.detail else ""}</span>')
            at = where
        parts.append(html.escape(line.text[at:]))
        out.append("".join(parts))
    return "<br>".join(out)


def table_rows_html(table: Table, row: int, hits: set[tuple[int, int]]) -> str:
    """Row ``row`` of ``table`` with the table's first row and the row above it, as an
    HTML table; the cells covering a (row, col) in ``hits`` are highlighted."""
    grid = table.grid()
    if not 0 <= row < len(grid):
        return ""
    hit_cells = {id(grid[r][c]) for r, c in hits
                 if 0 <= r < len(grid) and 0 <= c < table.n_cols and grid[r][c] is not None}
    shown = sorted({0, max(row - 1, 0), row})
    out = ['<table class="src">']
    previous = -1
    for r in shown:
        if previous >= 0 and r > previous + 1:
            out.append(f'<tr class="gap"><td colspan="{table.n_cols}">⋯</td></tr>')
        previous = r
        cells: list[str] = [f'<th class="rowno">{r}</th>']
        c = 0
        while c < table.n_cols:
            cell = grid[r][c]
            span = 1
            while c + span < table.n_cols and grid[r][c + span] is cell:
                span += 1
            if cell is None:
                cells.append(f'<td class="none" colspan="{span}"></td>' if span > 1
                             else '<td class="none"></td>')
            else:
                cells.append(_cell_html(cell, span, id(cell) in hit_cells))
            c += span
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</table>")
    return "\n".join(out)


def paragraph_html(paragraph: Paragraph, spans: Sequence[tuple[int, int]]) -> str:
    text = paragraph.text
    if not spans:
        return f'<p class="src hit">{html.escape(text)}</p>'
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    return (f'<p class="src">{html.escape(text[:start])}<mark>{html.escape(text[start:end])}'
            f"</mark>{html.escape(text[end:])}</p>")


def _groups(provenance: dict[str, Provenance]) -> dict[tuple[int | None, int | None],
                                                       list[Provenance]]:
    """Field provenances grouped by (block, row): one rendering per group."""
    groups: dict[tuple[int | None, int | None], list[Provenance]] = {}
    for prov in provenance.values():
        groups.setdefault((prov.block, prov.row), []).append(prov)
    return groups


def structure_html(document: Document, provenance: dict[str, Provenance]) -> str:
    """The source of a value in a Word/HTML (or PDF, as read) document, as HTML; ""
    when no block matches."""
    parts: list[str] = []
    for (_, row), provs in _groups(provenance).items():
        block = _block(document, provs[0])
        if isinstance(block, Table) and row is not None:
            hits = {(p.row, p.col) for p in provs if p.row is not None and p.col is not None}
            parts.append(table_rows_html(block, row, hits))
        elif isinstance(block, Paragraph):
            parts.append(paragraph_html(block, [p.span for p in provs if p.span]))
    return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------------------
# The page

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222;max-width:80em}
h1{font-size:1.4em}h2{font-size:1.1em;margin:0}
.meta{color:#555}.note{background:#fff3cd;padding:.4em .8em;border-left:4px solid #e0a800}
section{border:1px solid #ddd;border-radius:6px;padding:.8em 1em;margin:1em 0}
section:target{border-color:#0050ff;box-shadow:0 0 0 3px #cde}
.value{font-weight:600;margin:.3em 0}.prov{color:#666;font-size:.85em}
table.src{border-collapse:collapse;margin:.5em 0;font-size:.9em}
table.src td,table.src th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}
table.src td.hit,p.src.hit{outline:3px solid #0050ff;outline-offset:-2px;background:#fff6bf}
table.src th.rowno{color:#999;font-weight:normal;background:#f6f6f6}
table.src tr.gap td{border:none;color:#999;text-align:center}
td.none{background:#f6f6f6}p.src{background:#fafafa;padding:.5em;border:1px solid #ddd}
.mark{display:inline-block;margin-left:.4em;padding:0 .3em;font-size:.75em;
 background:#eef;border:1px solid #99c;border-radius:3px}
svg.crop{display:block;max-width:100%;height:auto;border:1px solid #bbb;margin:.4em 0}
svg.crop rect{fill:none;stroke-width:3}svg.crop rect.hit{stroke:#0050ff}
svg.crop rect.hdr{stroke:#e07000;stroke-dasharray:6 3}mark{background:#ffe066}
.key{color:#555;font-size:.85em}.key .k-hit{color:#0050ff}.key .k-hdr{color:#e07000}
nav a{margin-right:.8em}
"""


def _prov_text(provenance: dict[str, Provenance]) -> str:
    parts = []
    for name, p in provenance.items():
        where = [f"{k} {v}" for k, v in (("page", p.page), ("block", p.block), ("row", p.row),
                                        ("col", p.col)) if v is not None]
        if p.bbox is not None:
            where.append("bbox " + ", ".join(f"{x:.1f}" for x in p.bbox))
        if p.span is not None:
            where.append(f"chars {p.span[0]}–{p.span[1]}")
        parts.append(f"{html.escape(name)}: {html.escape(p.file)} {', '.join(where)}")
    return "<br>".join(parts) or "no provenance recorded"


def page_shell(title: str, body: str, css: str = CSS, script: str = "") -> str:
    """A complete self-contained HTML page."""
    js = f"<script>{script}</script>" if script else ""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width">'
            f"<title>{html.escape(title)}</title><style>{css}</style></head>"
            f"<body>\n{body}\n{js}</body></html>\n")


class _Renderer:
    """Renders the evidence of one record's values into a folder."""

    def __init__(self, record: Record, directory: Path, source: Path | None,
                 settings: Settings, read: DocumentReader | None) -> None:
        self.record = record
        self.directory = directory
        self.source = source
        self.settings = settings
        self.read = read
        self.is_pdf = (record.format or "") == "pdf"
        self._document: Document | None = None
        self._read_failed = False
        self._pages: _PdfPages | None = None
        self._page_images: dict[int, tuple[str, tuple[int, int], tuple[float, float]] | None] = {}
        self.files: list[Path] = []

    def close(self) -> None:
        if self._pages is not None:
            self._pages.close()

    def document(self) -> Document | None:
        if self._document is None and not self._read_failed and self.source is not None \
                and self.read is not None:
            try:
                self._document = self.read(self.source, self.settings)
            except (PPFExtractError, OSError, ValueError) as exc:
                log.warning("cannot re-read %s for evidence: %s", self.source, exc)
                self._read_failed = True
        return self._document

    def page_image(self, number: int) -> tuple[str, tuple[int, int], tuple[float, float]] | None:
        """(file name, pixel size, page origin) of page ``number``'s image, rendered once."""
        if number not in self._page_images:
            assert self.source is not None
            if self._pages is None:
                self._pages = _PdfPages(self.source, self.settings.password)
            name = f"page-{number}.png"
            try:
                size = render_page(self._pages, number, self.directory / name)
                page, _ = self._pages.page(number)
            except (IndexError, ValueError, OSError) as exc:
                log.warning("cannot render page %d of %s: %s", number, self.source, exc)
                self._page_images[number] = None
            else:
                self.files.append(self.directory / name)
                self._page_images[number] = (name, size,
                                             (float(page.bbox[0]), float(page.bbox[1])))
        return self._page_images[number]

    def headers(self, value: Value) -> dict[int, list[tuple[BBox4, str]]]:
        """The boxes of the header cells of the value's table cells, by page."""
        out: dict[int, list[tuple[BBox4, str]]] = {}
        document = self.document()
        if document is None:
            return out
        seen: set[int] = set()
        for prov in value.provenance.values():
            block = _block(document, prov)
            if not isinstance(block, Table) or prov.row is None or prov.col is None:
                continue
            for cell in header_cells(block, prov.row, prov.col):
                box = cell.provenance.bbox
                if id(cell) in seen or box is None or cell.provenance.page is None:
                    continue
                seen.add(id(cell))
                text = " ".join((cell.text or "").split())[:80]
                out.setdefault(cell.provenance.page, []).append((tuple(box), text))
        return out

    def pdf_images(self, value: Value) -> str:
        by_page: dict[int, list[BBox4]] = {}
        for prov in value.provenance.values():
            if prov.page is not None and prov.bbox is not None:
                by_page.setdefault(prov.page, []).append(tuple(prov.bbox))  # type: ignore[arg-type]
        if not by_page or self.source is None:
            return ""
        headers = self.headers(value)
        out = []
        for number in sorted(set(by_page) | set(headers)):
            image = self.page_image(number)
            if image is None:
                continue
            name, size, origin = image
            out.append(crop_svg(name, size, origin, by_page.get(number, []),
                                headers.get(number, [])))
        if out:
            out.append('<p class="key"><span class="k-hit">■</span> where the value was read'
                       + (' · <span class="k-hdr">■</span> the headings that give it its '
                          'meaning' if headers else "") + "</p>")
        return "\n".join(out)

    def evidence(self, value: Value) -> str:
        if self.source is None or not value.provenance:
            return ""
        shown = self.pdf_images(value) if self.is_pdf else ""
        if not shown:
            document = self.document()
            if document is not None:
                shown = structure_html(document, value.provenance)
        return shown


def _sections(renderer: _Renderer, values: list[Value], shown: dict[str, bool]) -> Iterator[str]:
    for value in values:
        evidence = renderer.evidence(value)
        shown[value.key] = bool(evidence)
        missing = "" if evidence else '<p class="note">source region not available</p>'
        yield (f'<section id="{html.escape(value.key)}" data-table="{value.table}">'
               f"<h2>{html.escape(value.label)}</h2>"
               f'<p class="value">{html.escape(value.text)}</p>'
               f'<p class="prov">{_prov_text(value.provenance)}</p>'
               f"{evidence}{missing}</section>")


def write_evidence(record: Record, directory: Path, *, read: DocumentReader | None,
                   search: Sequence[Path] = (), settings: Settings | None = None,
                   back_href: str | None = None) -> Evidence:
    """Write the evidence page of ``record`` (``directory/index.html``) and its PNGs.
    ``read`` reads the source again for its layout (``ppfextract.read_document``): the
    rows of Word and HTML tables; None shows PDF pages only."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    remove_written(directory)
    source, note = resolve_source(record, search)
    # a changed source would put the regions in the wrong place: show none of them
    renderer = _Renderer(record, directory, None if note else source, settings or Settings(),
                         read)
    result = Evidence(directory / "index.html", note)
    values = record_values(record)
    try:
        sections = list(_sections(renderer, values, result.shown))
    finally:
        renderer.close()
    title = f"Evidence: {record.document}"
    nav = f'<nav><a href="{html.escape(back_href)}">← report</a></nav>' if back_href else ""
    head = [
        nav, f"<h1>{html.escape(title)}</h1>",
        f'<p class="meta">source {html.escape(str(source or record.source or "—"))} · format '
        f"{html.escape(record.format or '—')} · council {html.escape(record.council or '—')} · "
        f"period {html.escape(record.period or '—')} · {len(values)} values</p>",
    ]
    if note:
        head.append(f'<p class="note">{html.escape(note)}</p>')
    if record.error:
        head.append(f'<p class="note">error {html.escape(record.error_code or "")}: '
                    f"{html.escape(record.message or '')}</p>")
    for warning in record.warnings:
        head.append(f'<p class="note">warning: {html.escape(warning)}</p>')
    body = "\n".join([*head, *sections])
    result.page.write_text(page_shell(title, body), encoding="utf-8")
    result.files = [result.page, *renderer.files]
    (directory / MANIFEST).write_text(
        json.dumps(sorted(p.name for p in result.files)), encoding="utf-8")
    return result


MANIFEST = ".ppfextract-evidence"


def add_to_manifest(directory: Path, names: Sequence[str]) -> None:
    """Count more files (written beside the page) as the evidence's own."""
    manifest = Path(directory) / MANIFEST
    listed = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps(sorted({*listed, *names})), encoding="utf-8")


def written_here(directory: Path) -> bool:
    """Whether ``directory`` holds evidence :func:`write_evidence` wrote."""
    return (Path(directory) / MANIFEST).is_file()


def remove_written(directory: Path) -> None:
    """Remove the files an earlier :func:`write_evidence` wrote into ``directory`` (and
    only those)."""
    manifest = Path(directory) / MANIFEST
    try:
        names = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    for name in names if isinstance(names, list) else []:
        if isinstance(name, str) and name == Path(name).name and not name.startswith("."):
            (Path(directory) / name).unlink(missing_ok=True)
    manifest.unlink(missing_ok=True)


__all__ = [
    "MANIFEST",
    "Evidence",
    "add_to_manifest",
    "Value",
    "crop_svg",
    "header_cells",
    "remove_written",
    "render_page",
    "written_here",
    "record_values",
    "resolve_source",
    "structure_html",
    "table_rows_html",
    "value_key",
    "write_evidence",
]
