"""The seed 002 return in Word and HTML gives the same, fully checked record."""

from __future__ import annotations

import pytest

import ppfextract
from ppfextract.framework import Deadline, Likelihood, Rating

from .conftest import CORPUS

SEED_FILES = ["sefton-2011-02-16.docx", "sefton-2011-02-16-web.html",
              "sefton-2011-02-16-libreoffice.pdf"]

EXPECTED_2011 = {1: Likelihood.VERY_LIKELY, 2: Likelihood.VERY_LIKELY,
                 3: Likelihood.FAIRLY_LIKELY, 4: Likelihood.VERY_LIKELY,
                 5: Likelihood.VERY_LIKELY}


@pytest.fixture(scope="module", params=SEED_FILES)
def record(request):
    return ppfextract.extract(CORPUS / request.param)


def test_metadata(record):
    assert record.council == "Sefton"
    assert record.period == "2010-12"
    assert record.date_completed == "2011-01-05"


def test_fifteen_milestone_cells(record):
    cells = {(c.milestone, c.deadline): c for c in record.milestones}
    assert len(cells) == 15
    for mid in range(1, 6):
        for d in (Deadline.APR_2010, Deadline.OCT_2010):
            assert cells[mid, d].achieved == "Y"
            assert cells[mid, d].likelihood is None
        late = cells[mid, Deadline.APR_2011]
        assert late.achieved is None
        assert late.likelihood is EXPECTED_2011[mid]
        assert late.reason_not_achieved is None


def test_requirements_all_green_but_business_cases(record):
    ratings = {r.requirement: r.rating for r in record.requirements}
    assert len(ratings) == 12
    assert ratings.pop("arrangements.business_cases") is Rating.AMBER_GREEN
    assert set(ratings.values()) == {Rating.GREEN}


def test_answers_and_risks(record):
    answers = {(a.milestone, a.question): a.answer for a in record.answers}
    assert len(answers) == 30
    assert answers[1, "What external support would help?"] == \
        "Continued support form the north west JIP."
    assert answers[2, "Have we started to issue personal budgets?"] == "Yes"
    assert answers[2, "Is this a pilot or mainstream activity for all new customers?"] == \
        "This has been mainstream activity since 1st August 2010."
    # empty answers are left out
    assert (4, "What could prevent us from achieving this milestone?") not in answers
    risks = {r.milestone: (r.risk, r.mitigation) for r in record.risks}
    assert risks[1][0] == "Council's Financial situation"
    assert risks[1][1].startswith("The promotion of Transforming Social Care")
    assert risks[2] == ("Future funding", None)
    assert 4 not in risks
    assert risks[5][0] is None and risks[5][1].startswith("We have managed to separate")


def test_provenance_points_at_the_source_cell(record):
    cell = next(c for c in record.milestones if c.milestone == 3
                and c.deadline is Deadline.APR_2011)
    prov = cell.provenance["likelihood"]
    assert prov.file.startswith("sefton-2011-02-16")
    assert prov.block is not None and prov.row is not None and prov.col is not None
    assert record.provenance["council"].block is not None


def test_no_warnings_on_a_clean_return(record):
    assert record.warnings == []


def test_word_html_and_pdf_agree():
    first, *others = (ppfextract.extract(CORPUS / f).to_dict(provenance=False)
                      for f in SEED_FILES)
    for other in others:
        for key in ("council", "period", "date_completed", "milestones", "requirements",
                    "risks", "answers"):
            assert first[key] == other[key], key


def test_pdf_values_carry_page_and_bbox():
    record = ppfextract.extract(CORPUS / "sefton-2011-02-16-libreoffice.pdf")
    for cell in record.milestones:
        for prov in cell.provenance.values():
            assert prov.page is not None and prov.bbox is not None
    pages = {p.page for c in record.milestones for p in c.provenance.values()}
    assert len(pages) >= 4 and max(pages) <= record.n_pages  # one milestone table a page
