"""Should the HTML reader's stylesheet parser be tinycss2 (issue 13)? Measure it.

Excel's "Save as Web Page" writes a ``<style>`` block with one ``.xlNN`` rule per cell
format (hundreds on a real workbook) and a table whose cells name them
(``<td class=xl31>``). This times, on such pages of growing size, what the HTML reader
does with the style: parse the rules, then look up the declarations of every cell.

* ``ppfextract``: :class:`ppfextract.readers.css.Stylesheet` (a brace scanner and a
  declaration splitter), as the reader runs it;
* ``tinycss2``: the same rules read by ``tinycss2.parse_stylesheet`` and
  ``parse_blocks_contents`` (selectors and values serialised back to text), then the same
  lookup; when ``tinycss2`` is not installed, the line says so.

Best of ``--repeat`` runs (default 5), in milliseconds; the ratio is tinycss2 / ours.
Run: .venv/bin/python benchmarks/css_parsers.py
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from ppfextract.readers.css import Stylesheet, _Rule, _selector

FILLS = ("#00B050", "#FFFF00", "#FF0000", "#FFC000", "white", "#D9D9D9")


def excel_style(rules: int, seed: int = 13) -> str:
    """A <style> body as Excel writes it: mso- properties, borders, fills, fonts."""
    rng = random.Random(seed)
    out = ['<!--table {mso-displayed-decimal-separator:"\\.";\n'
           ' mso-displayed-thousand-separator:"\\,";}',
           "@page {margin:.75in .7in .75in .7in; mso-header-margin:.3in;}",
           "tr {mso-height-source:auto;}", "col {mso-width-source:auto;}",
           ".style0 {mso-number-format:General; text-align:general; vertical-align:bottom;"
           " white-space:nowrap; color:black; font-size:11.0pt; font-family:Calibri,"
           " sans-serif; mso-font-charset:0; border:none; mso-protection:locked visible;"
           " mso-style-name:Normal; mso-style-id:0;}"]
    for i in range(rules):
        fill = rng.choice(FILLS)
        out.append(
            f".xl{i + 24}\n\t{{mso-style-parent:style0;\n\tcolor:black;\n\tfont-size:"
            f"{rng.choice((9, 10, 11))}.0pt;\n\tfont-family:Arial, sans-serif;\n\t"
            f"mso-font-charset:0;\n\ttext-align:{rng.choice(('left', 'center'))};\n\t"
            f"vertical-align:middle;\n\tborder:.5pt solid windowtext;\n\t"
            f"background:{fill};\n\tmso-pattern:black none;\n\twhite-space:normal;}}")
    out.append("-->")
    return "\n".join(out)


def tinycss2_rules(css: str) -> list[_Rule]:
    """The rules the reader keeps, read by tinycss2."""
    import tinycss2

    rules: list[_Rule] = []
    for node in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if node.type != "qualified-rule":
            continue
        declarations = {}
        for decl in tinycss2.parse_blocks_contents(node.content, skip_comments=True,
                                                   skip_whitespace=True):
            if decl.type == "declaration":
                declarations[decl.lower_name] = tinycss2.serialize(decl.value).strip()
        if not declarations:
            continue
        for part in tinycss2.serialize(node.prelude).split(","):
            parsed = _selector(part)
            if parsed is None:
                continue
            tag, classes, ids = parsed
            rules.append(_Rule(tag, classes, ids, (len(ids), len(classes), int(tag is not None)),
                               len(rules), declarations))
    return rules


def lookups(sheet: Stylesheet, cells: list[tuple[str, frozenset[str]]]) -> int:
    return sum(len(sheet.declarations(tag, classes, None)) for tag, classes in cells)


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    try:
        import tinycss2  # noqa: F401
        have = True
    except ImportError as exc:
        have = False
        print(f"tinycss2: not available ({exc})")
    print(f"{'rules':>6} {'cells':>6} | {'ppfextract ms':>13} | {'tinycss2 ms':>11} | ratio")
    for rules, cells in ((20, 200), (200, 2_000), (1_000, 10_000)):
        css = excel_style(rules)
        rng = random.Random(rules)
        grid = [("td", frozenset({f"xl{rng.randrange(24, 24 + rules)}"})) for _ in range(cells)]

        def ours(css: str = css, grid: list = grid) -> int:
            return lookups(Stylesheet([css]), grid)

        def theirs(css: str = css, grid: list = grid) -> int:
            sheet = Stylesheet([])
            sheet.rules = tinycss2_rules(css)
            return lookups(sheet, grid)

        if have:
            assert ours() == theirs(), "the two parsers disagree"
            a, b = best(ours, args.repeat), best(theirs, args.repeat)
            print(f"{rules:>6} {cells:>6} | {a:>13.2f} | {b:>11.2f} | {b / a:.1f}x")
        else:
            print(f"{rules:>6} {cells:>6} | {best(ours, args.repeat):>13.2f} | {'-':>11} | -")


if __name__ == "__main__":
    main()
