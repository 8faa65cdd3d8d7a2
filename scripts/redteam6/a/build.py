"""Build every r6a document into docs/ and its gold into gold/. Run: .venv/bin/python build.py"""
import json
import sys
from common import ROOT, DOCS, GOLD, WORK

import paper_docx
import paper_odt
import paper_xlsx
import paper_scan

PAPERS = [paper_docx.paper1, paper_docx.paper2, paper_docx.paper4, paper_odt.paper3, paper_xlsx.paper5, paper_xlsx.paper6, paper_odt.paper7, paper_scan.paper8]

if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True); WORK.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    lp = ROOT / "layouts.json"
    layouts = json.loads(lp.read_text()) if lp.exists() else {}
    for fn in PAPERS:
        if only and fn.__name__ not in only:
            continue
        stem, desc = fn()
        layouts[stem] = desc
        print("built", stem)
    lp.write_text(json.dumps(dict(sorted(layouts.items())), indent=2) + "\n")
