# The whole set-up is `make demo` (build the example) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-newest-babel install install-test system-deps test-deps check bench schema clean

demo: install
	$(BIN)/toolkit build

test: install-test check
	$(BIN)/pytest
	$(MAKE) --no-print-directory test-newest-babel

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

# Regenerate the committed JSON Schema and README's table of fact-sheet keys after
# changing the fact-sheet models (tests fail while either is stale).
schema: install
	$(BIN)/toolkit schema > factsheet.schema.json
	$(BIN)/python -m toolkit.factsheet.fieldlist README.md

# The translation and example tests again with the newest Babel (CLDR changes plural
# rules between releases): everything else pinned as in constraints.txt. Part of
# `make test`: under a minute (pip's cache holds the other wheels), 15 s once made.
NEWEST := .venv-newest
NEWEST_STAMP := $(NEWEST)/.installed

$(NEWEST_STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(NEWEST)
	$(NEWEST)/bin/python -m pip install --quiet --upgrade pip
	grep -iv '^babel==' constraints.txt > $(NEWEST)/constraints.txt
	$(NEWEST)/bin/python -m pip install --quiet -c $(NEWEST)/constraints.txt -e '.[dev]'
	$(NEWEST)/bin/python -m pip install --quiet --upgrade babel
	touch $@

test-newest-babel: install-test $(NEWEST_STAMP)
	@$(NEWEST)/bin/python -c 'import babel; print("newest Babel:", babel.__version__)'
	$(NEWEST)/bin/pytest -q -p no:cacheprovider tests/i18n tests/test_example.py tests/test_scaffold.py tests/factsheet/test_loader.py

clean:
	rm -rf $(VENV) $(NEWEST) out node_modules
