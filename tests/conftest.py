from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
REALWORLD = ROOT.parent / "shared" / "realworld"


@pytest.fixture
def realworld() -> Path:
    if not REALWORLD.is_dir():
        pytest.skip(f"real-world files not present at {REALWORLD}")
    return REALWORLD


def score_folder(folder: Path):  # -> ppfextract.evaluate.Report
    """Extract every document in ``folder / "docs"`` and score it against
    ``folder / "gold"`` (the red-team sets)."""
    import ppfextract
    from ppfextract.evaluate import load_records, score
    from ppfextract.settings import Settings

    pred = {}
    for path in sorted((folder / "docs").iterdir()):
        record = ppfextract.extract(path, Settings())
        pred[record.document] = record.to_dict(provenance=False)
    return score(load_records(folder / "gold"), pred)

