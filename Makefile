# The whole set-up is `make demo` (build the example) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install system-deps check bench schema clean

demo: install
	$(BIN)/toolkit build

test: install check
	$(BIN)/pytest

check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/run.py

install: $(STAMP) system-deps

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

system-deps:
	@sh scripts/install-system-deps.sh

# Regenerate the committed JSON Schema after changing the fact-sheet models.
schema: install
	$(BIN)/toolkit schema > factsheet.schema.json

clean:
	rm -rf $(VENV) out
