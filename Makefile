# ppfextract: every target creates .venv with the machine's python3 and installs the project.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT ?= demo-out

.PHONY: demo test lint bench corpus fixtures clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q src/ppfextract  # as pip does for an installed package
	touch $(STAMP)

## demo: extract the bundled corpus into $(OUT)/ (JSON, ppf.sqlite, CSV), score it against
## gold/, write the report, and say how to open the report and Datasette
demo: $(STAMP)
	$(BIN)/ppfextract extract corpus --out $(OUT)
	$(BIN)/ppfextract evaluate gold $(OUT)
	$(BIN)/ppfextract report $(OUT)
	@echo
	@echo "The report (works offline): open $(OUT)/report/index.html in a browser"
	@echo "   e.g. xdg-open $(OUT)/report/index.html (Linux) or open $(OUT)/report/index.html (macOS)"
	@echo "The dataset in Datasette:"
	@echo "   $(BIN)/datasette $(OUT)/ppf.sqlite --metadata $(OUT)/datasette/metadata.json --setting suggest_facets off"
	@echo "   then open http://127.0.0.1:8001/ppf in a browser (Ctrl-C stops it)"

## test: the test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/mypy src/ppfextract

## corpus / fixtures: regenerate committed documents (tests never do this)
corpus: $(STAMP)
	$(BIN)/python scripts/build_seed_corpus.py
	$(BIN)/python scripts/build_corpus.py
	$(BIN)/python scripts/build_prose_reports.py
	$(BIN)/python scripts/build_long_pack.py

fixtures: $(STAMP)
	$(BIN)/python scripts/build_docx_fixtures.py
	$(BIN)/python scripts/build_pdf_fixtures.py
	$(BIN)/python scripts/build_layout_fixtures.py
	$(BIN)/python scripts/build_mark_style_returns.py
	$(BIN)/python scripts/build_bad_inputs.py
	$(BIN)/python scripts/build_hostile_inputs.py
	$(BIN)/python scripts/build_redteam_layouts.py
	$(BIN)/python scripts/build_redteam_layouts_2.py
	$(BIN)/python scripts/build_linked_content_doc.py
	$(BIN)/python scripts/build_producer_fixtures.py
	$(BIN)/python scripts/build_prose_blind_1.py
	$(BIN)/python scripts/build_textbox_fixture.py
	$(BIN)/python scripts/build_greyed_options.py
	$(BIN)/python scripts/build_calc_split_grid.py
	$(BIN)/python scripts/build_row_cut_fixture.py

bench: $(STAMP)
	@if [ -f benchmarks/run.py ]; then $(BIN)/python benchmarks/run.py; \
	else echo "no benchmarks yet"; fi

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
