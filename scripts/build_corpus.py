"""Build the generated gold corpus: varied returns from invented councils, plus distractors.

Writes to ``corpus/`` (documents) and ``gold/`` (one record per document) from a seeded
values model (``scripts/corpus/values.py``): the gold is exactly what was rendered. The
documents come in every layout councils used (seed 002's seven-column tables, checkbox
lists, tick columns, option grids, words-only summary tables in narrative reports) and
every format the pipeline reads:

- ``.docx`` written with python-docx (byte-stable, via ``docx_save``);
- ``.html`` hand-written (council web pages and Word "Save as Web Page" markup);
- ``.pdf`` from reportlab (ruled tables split across pages, ZapfDingbats ticks, filled
  rectangles) and from LibreOffice (DOCX converted headless);
- ``.doc`` converted from DOCX by LibreOffice.

Reproducibility: the values, the .docx, .html and reportlab .pdf files are the same bytes
on every run (reportlab runs with ``invariant=1``). LibreOffice output (.pdf and .doc)
embeds creation times and ids, so those bytes differ between runs while their content does
not. LibreOffice conversions are batched: one ``soffice`` call per target format.

This script imports nothing from ``ppfextract``: a layout the extractor cannot read must
show up as a failure, not be generated to suit it.

Run: ``.venv/bin/python scripts/build_corpus.py``
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import distractors, layouts, render_docx, render_html, render_pdf  # noqa: E402
from corpus import values as v  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
EXT = {"docx": "docx", "html": "html", "html-word": "html", "rl-pdf": "pdf", "lo-pdf": "pdf",
       "doc": "doc"}


@dataclass(frozen=True)
class Spec:
    fmt: str
    layout: str
    style: str
    req: str = "marks"
    landscape: bool = False
    marks_below: bool = False
    narrative: bool = False
    site: bool = False


S = Spec
SPECS: tuple[Spec, ...] = (
    # python-docx
    S("docx", "form7-seed", "Y", "X", marks_below=True),
    S("docx", "form7-seed", "X"),
    S("docx", "form7-seed", "yesno", "X"),
    S("docx", "form7-seed", "2713"),
    S("docx", "form7-seed", "2714", "word"),
    S("docx", "form7-seed", "221a"),
    S("docx", "form7-seed", "wd-sym"),
    S("docx", "form7-seed", "wd-pua", "colour"),
    S("docx", "form7-seed", "wd2-p"),
    S("docx", "form7-seed", "sym-d6"),
    S("docx", "form7-seed", "shade", "colour"),
    S("docx", "form7-full", "2612"),
    S("docx", "form7-full", "formfield", narrative=True),
    S("docx", "checklist", "sdt"),
    S("docx", "checklist", "2612", "X"),
    S("docx", "checklist", "2611"),
    S("docx", "checklist", "formfield", "colour"),
    S("docx", "tickcol", "wd-sym", "colour"),
    S("docx", "tickcol", "2714", landscape=True),
    S("docx", "grid", "shade", "colour"),
    S("docx", "summary", "X", "word", narrative=True),
    S("docx", "summary", "X", "none", narrative=True),
    # LibreOffice PDF (from python-docx)
    S("lo-pdf", "form7-seed", "Y", "X", marks_below=True),
    S("lo-pdf", "form7-seed", "X", narrative=True),
    S("lo-pdf", "form7-seed", "2714", landscape=True),
    S("lo-pdf", "form7-seed", "wd-sym"),
    S("lo-pdf", "form7-full", "shade", "colour"),
    S("lo-pdf", "checklist", "sdt"),
    S("lo-pdf", "checklist", "2612", landscape=True),
    S("lo-pdf", "tickcol", "Y", "X"),
    S("lo-pdf", "grid", "X"),
    S("lo-pdf", "summary", "X", "word", narrative=True),
    # legacy .doc (LibreOffice from python-docx)
    S("doc", "form7-seed", "Y", "X"),
    S("doc", "form7-seed", "formfield"),
    S("doc", "checklist", "formfield"),
    S("doc", "tickcol", "X"),
    S("doc", "grid", "shade", "colour"),
    S("doc", "summary", "X", "word", narrative=True),
    # reportlab PDF
    S("rl-pdf", "form7-seed", "zapf", "X"),
    S("rl-pdf", "form7-seed", "Y", "X", marks_below=True),
    S("rl-pdf", "form7-full", "rect", landscape=True),
    S("rl-pdf", "form7-full", "X"),
    S("rl-pdf", "checklist", "zapf-box", "X"),
    S("rl-pdf", "tickcol", "zapf", "rect", landscape=True),
    S("rl-pdf", "tickcol", "rect", "colour"),
    S("rl-pdf", "grid", "rect"),
    S("rl-pdf", "grid", "zapf", "X", landscape=True),
    S("rl-pdf", "summary", "X", "word", narrative=True),
    # HTML
    S("html", "form7-seed", "e10004"),
    S("html", "form7-seed", "e10003", "colour"),
    S("html-word", "form7-seed", "wd-span"),
    S("html", "form7-seed", "X", site=True),
    S("html", "form7-seed", "Y", "X", marks_below=True, site=True),
    S("html", "form7-full", "input"),
    S("html", "form7-full", "bgcolor", "colour"),
    S("html", "checklist", "input", site=True),
    S("html", "checklist", "e2612"),
    S("html", "tickcol", "style-bg"),
    S("html-word", "tickcol", "e10004", "word"),
    S("html", "grid", "bgcolor", "colour"),
    S("html", "grid", "style-bg"),
    S("html", "summary", "X", "word", narrative=True, site=True),
    S("html-word", "summary", "X", "none", narrative=True),
)


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def opts_for(i: int, spec: Spec) -> layouts.Opts:
    long_tables = spec.fmt in ("lo-pdf", "rl-pdf", "doc")
    return layouts.Opts(
        layout=spec.layout, style=spec.style, numbered=i % 3 != 0, title_variant=i % 4,
        deadline_labels=i % 5, header=i % 4, council_line=(i * 3) % 4 if i % 5 else 0,
        date_style=i % 4, req_mode=spec.req, describe=long_tables or i % 2 == 0,
        marks_below=spec.marks_below, questions=spec.layout != "summary",
        narrative=spec.narrative, landscape=spec.landscape, variant=i)


def write_gold(stem: str, record: dict) -> None:
    lines = ["{"]
    items = list(record.items())
    for k, (key, val) in enumerate(items):
        comma = "," if k < len(items) - 1 else ""
        if isinstance(val, list) and val:
            inner = ",\n".join("    " + json.dumps(x, ensure_ascii=False) for x in val)
            lines.append(f'  "{key}": [\n{inner}\n  ]{comma}')
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(val, ensure_ascii=False)}{comma}")
    lines.append("}")
    (GOLD / f"{stem}.json").write_text("\n".join(lines) + "\n", encoding="utf-8")


def render(fmt: str, doc, style: str, stem: str, tmp: Path, site: str | None) -> None:
    if fmt == "docx":
        render_docx.render(doc, style, CORPUS / f"{stem}.docx")
    elif fmt in ("lo-pdf", "doc"):
        (tmp / fmt).mkdir(exist_ok=True)
        render_docx.render(doc, style, tmp / fmt / f"{stem}.docx")
    elif fmt == "rl-pdf":
        render_pdf.render(doc, style, CORPUS / f"{stem}.pdf")
    else:
        render_html.render(doc, style, CORPUS / f"{stem}.html", word=fmt == "html-word",
                           site=site)


def build_return(i: int, spec: Spec, tmp: Path) -> tuple[str, dict]:
    rng = random.Random(f"ppf-corpus-{i}")
    period = v.PERIODS[(i * 5 + i // 6) % len(v.PERIODS)]
    ret = v.draw_return(rng, (i * 7) % len(v.PLACES), period,
                        n_likelihood=spec.layout != "form7-seed")
    stem = f"{slug(ret.short)}-{period}-{spec.layout}-{spec.style.lower()}"
    rendered = layouts.build(ret, opts_for(i, spec), f"{ret.full_name}: Putting People First")
    render(spec.fmt, rendered.doc, spec.style, stem, tmp,
           ret.full_name if spec.site else None)
    if spec.layout == "summary":  # words only: no reason / when boxes
        ret = replace(ret, cells=[replace(x, reason=None, when=None) for x in ret.cells])
    gold = v.gold_record(stem, ret, rendered.council, ratings=rendered.ratings,
                         answers=rendered.answers, risks=rendered.risks,
                         completed=rendered.completed)
    return stem, gold


def convert(tmp: Path) -> None:
    """LibreOffice, headless, one call per target format, private profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .pdf and .doc documents")
    profile = (tmp / "profile").as_uri()
    for fmt, target in (("lo-pdf", "pdf"), ("doc", "doc")):
        files = sorted(str(p) for p in (tmp / fmt).glob("*.docx"))
        if files:
            subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                            "--convert-to", target, "--outdir", str(CORPUS), *files],
                           check=True, capture_output=True, timeout=900)


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    counts: Counter[tuple[str, str]] = Counter()
    stems: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="ppf-corpus-") as name:
        tmp = Path(name)
        for i, spec in enumerate(SPECS):
            stem, gold = build_return(i, spec, tmp)
            assert stem not in stems, stem
            stems.add(stem)
            write_gold(stem, gold)
            counts[(spec.fmt, spec.layout)] += 1
        for i, (subject, builder, fmt, style) in enumerate(distractors.BUILDERS):
            short, full, _ = v.council_names(i * 3 + 1)
            stem = f"{slug(short)}-{subject}"
            render(fmt, builder(full), style, stem, tmp, full if fmt == "html" else None)
            write_gold(stem, v.gold_record(stem, None, short))
            counts[(fmt, "distractor")] += 1
        convert(tmp)
    for (fmt, layout), n in sorted(counts.items()):
        print(f"{fmt:10} {layout:12} {n}")
    print(f"total {sum(counts.values())}")


if __name__ == "__main__":
    main()
