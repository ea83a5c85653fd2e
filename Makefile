# Two entry points for a fresh machine: `make demo` (the main job, offline) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOME_DIR ?= $(CURDIR)/.partnerlens-demo

.PHONY: install demo test bench clean

$(BIN)/partnerlens: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/partnerlens

demo: install
	$(BIN)/partnerlens --home $(HOME_DIR) data demo --scale small
	$(BIN)/partnerlens --home $(HOME_DIR) brief Rwanda Azerbaijan --format html --out rwanda-azerbaijan-brief.html
	$(BIN)/partnerlens --home $(HOME_DIR) brief Rwanda Azerbaijan --format md

test: install
	scripts/system-deps.sh
	$(BIN)/python -m pytest -q

bench: install
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) $(HOME_DIR) rwanda-azerbaijan-brief.html
