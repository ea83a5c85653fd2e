# Two entry points for a fresh machine: `make demo` (the main job, offline) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOME_DIR ?= $(CURDIR)/.partnerlens-demo

.PHONY: install demo test lint bench clean

$(BIN)/partnerlens: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/partnerlens

demo: install
	$(BIN)/partnerlens --home $(HOME_DIR) data demo --scale small
	$(BIN)/partnerlens --home $(HOME_DIR) brief Rwanda Azerbaijan --format html --out rwanda-azerbaijan-brief.html
	$(BIN)/partnerlens --home $(HOME_DIR) brief Rwanda Azerbaijan --format md --out rwanda-azerbaijan-brief.md
	@echo; sed -n '/^## Bottom line/,/^## 1\./p' rwanda-azerbaijan-brief.md | sed '$$d'
	@echo "Wrote $(CURDIR)/rwanda-azerbaijan-brief.html and $(CURDIR)/rwanda-azerbaijan-brief.md (workspace: $(HOME_DIR))."
	@echo "Next: $(BIN)/partnerlens --home $(HOME_DIR) serve   # the web app on http://127.0.0.1:8000"

lint: install
	$(BIN)/ruff check src tests benchmarks evaluation scripts
	$(BIN)/ruff format --check src tests benchmarks evaluation scripts
	$(BIN)/mypy

test: install
	scripts/system-deps.sh
	$(BIN)/python -m pytest -q

bench: install
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) $(HOME_DIR) rwanda-azerbaijan-brief.html rwanda-azerbaijan-brief.md
