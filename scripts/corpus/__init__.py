"""Modules of the gold corpus generator (scripts/build_corpus.py).

``values`` draws what each return says; ``model`` is a small layout-neutral table model;
``layouts`` turns values into that model; ``render_docx``, ``render_html`` and
``render_pdf`` write it out; ``distractors`` builds look-alike papers on other subjects.
Nothing here imports the extraction pipeline: the framework's canonical wording is
copied below as literals.
"""
