"""The README's worked example still does what it says."""

from __future__ import annotations

import json
import re
import shlex

from ppfextract.cli import build_parser, main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _console_blocks() -> list[list[str]]:
    blocks = re.findall(r"```console\n(.*?)```", README, re.S)
    return [b.replace("\\\n", " ").splitlines() for b in blocks]


def test_worked_example_output_matches(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    block = next(b for b in _console_blocks() if "ppfextract extract" in b[0])
    argv = shlex.split(block[0].split("ppfextract", 1)[1])
    out = tmp_path / "demo-out"
    argv[argv.index("--out") + 1] = str(out)
    assert main(argv) == 0
    printed = capsys.readouterr().out.splitlines()
    shown = [line for line in block[1:] if line.strip()]
    assert sorted(printed[:-1]) == sorted(shown[:-1])  # per-document lines, any order
    assert printed[-1].split(";")[0] == shown[-1].split(";")[0]
    # the JSON excerpt shown for the PDF cell is the real provenance
    record = json.loads((out / "sefton-2011-02-16-libreoffice.json").read_text())
    cell = next(c for c in record["milestones"]
                if c["milestone"] == 3 and c["deadline"] == "2011-04")
    prov = cell["provenance"]["likelihood"]
    excerpt = re.search(r'"likelihood": \{"file": "sefton-2011-02-16-libreoffice.pdf".*?\}',
                        README, re.S)
    assert excerpt is not None
    assert json.loads("{" + excerpt.group(0) + "}")["likelihood"] == prov


def test_command_line_summary_names_real_options():
    section = README.split("## Command line", 1)[1].split("```", 2)[1]
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for line in section.split("ppfextract ")[1:]:
        words = line.split()
        helptext = sub.choices[words[0]].format_help()
        for option in re.findall(r"--[a-z][a-z0-9-]*", line):
            assert option in helptext, (words[0], option)


def test_evaluate_example_runs_as_shown(tmp_path, capsys, monkeypatch):
    """The README evaluated a folder `gold-seed` that did not exist (issue 13): the
    example now makes it, and its table is what evaluate prints."""
    monkeypatch.chdir(ROOT)
    block = next(b for b in _console_blocks() if any("evaluate gold-seed" in x for x in b))
    commands = [line[2:] for line in block if line.startswith("$ ")]
    assert commands[0].startswith("mkdir -p gold-seed && cp ")
    names = [w for w in shlex.split(commands[0].split("&&")[1]) if w.startswith("gold/")]
    seed = tmp_path / "gold-seed"
    seed.mkdir()
    for name in names:
        (seed / name.split("/")[1]).write_bytes((ROOT / name).read_bytes())
    extract = next(b for b in _console_blocks() if "ppfextract extract" in b[0])
    argv = shlex.split(extract[0].split("ppfextract", 1)[1])
    argv[argv.index("--out") + 1] = str(tmp_path / "demo-out")
    assert main([*argv, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(seed), str(tmp_path / "demo-out")]) == 0
    printed = capsys.readouterr().out.splitlines()
    shown = block[block.index(next(x for x in block if "evaluate gold-seed" in x)) + 1:]
    assert [line for line in printed if line.strip()] == [line for line in shown if line.strip()]


def test_how_a_table_is_read_matches_the_code():
    """The README's "How a table is read": the fits' scores and the provenance shown."""
    import ppfextract
    from ppfextract.extractors.context import walk_blocks
    from ppfextract.extractors.fit import fit_table
    from ppfextract.extractors.grid import Grid
    from ppfextract.readers import read
    from ppfextract.settings import Settings

    path = ROOT / "corpus" / "sefton-2011-02-16.docx"
    section = README.split("## How a table is read", 1)[1].split("\n## ", 1)[0]
    grid = next(b for b in walk_blocks(read(path, Settings()))
                if isinstance(b, Grid) and 3 in b.headings.values())
    scores = {f.layout.name: f.score for f in fit_table(grid)}
    for name in ("template form", "option rows", "option columns"):
        shown = re.search(rf"\| {name} \(.*?\) \| ([0-9.]+) \|", section)
        assert shown is not None and float(shown[1]) == scores[name], name
    assert all(v == 0 for k, v in scores.items()
               if k not in ("template form", "option rows", "option columns"))
    record = ppfextract.extract(path, Settings(facts=False))
    cell = next(c for c in record.milestones if c.milestone == 3 and c.deadline.value == "2011-04")
    shown_prov = re.search(r'"likelihood": (\{.*?\})', section, re.S)
    assert shown_prov is not None
    assert json.loads(shown_prov[1]) == cell.provenance["likelihood"].to_dict()
