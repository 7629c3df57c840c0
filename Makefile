# The whole set-up is `make demo` (build the example) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install install-test system-deps test-deps check bench schema clean

demo: install
	$(BIN)/toolkit build

test: install-test check
	$(BIN)/pytest

check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/run.py

install: system-deps $(STAMP)

# The tests also drive Debian's Chromium and inject axe-core (npm) into pages.
install-test: test-deps $(STAMP) node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

system-deps:
	@sh scripts/install-system-deps.sh

test-deps:
	@sh scripts/install-system-deps.sh test

# Regenerate the committed JSON Schema after changing the fact-sheet models.
schema: install
	$(BIN)/toolkit schema > factsheet.schema.json

clean:
	rm -rf $(VENV) out node_modules
