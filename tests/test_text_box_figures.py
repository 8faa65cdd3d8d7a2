"""Figures in a Word text box (issue 14): the box's paragraphs are read after the
paragraph that anchors it, once (not again from the VML fallback copy), and their facts
are found. tests/data/docx/figures-in-text-box.docx is LibreOffice's DOCX
(scripts/build_textbox_fixture.py)."""

from __future__ import annotations

import ppfextract
from ppfextract.document import Paragraph
from ppfextract.readers import read

from .conftest import DATA

BOX = DATA / "docx" / "figures-in-text-box.docx"


def test_text_box_paragraphs_follow_their_anchor_once():
    doc = read(BOX)
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert texts[0] == "Calderdale Council"
    assert texts[1].startswith("Adults, Health and Social Care Scrutiny Panel")
    assert texts[2] == ("At a glance: 1,412 people now have a personal budget, up from "
                        "1,030 in September.")
    assert texts[3] == "Nationally, 13 per cent of eligible people have one."
    assert texts[4].startswith("Members noted the report")
    assert len(texts) == 5
    assert [b.provenance.block for b in doc.blocks] == list(range(5))


def test_figures_in_a_text_box_are_facts():
    record = ppfextract.extract(BOX)
    assert record.council == "Calderdale"
    assert [(f.kind.value, f.value) for f in record.facts] == [
        ("people_with_personal_budget", 1412), ("people_with_personal_budget", 1030)]
