# The two quick-start commands: `make run` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard assets/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck unit bench translations update-translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))." >&2; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(BIN)/python main.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) translations
	$(BIN)/python -m pytest

test: lint typecheck unit

bench: $(STAMP) translations
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/import.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/window.py

# Re-scan the sources for translatable strings (run after adding UI text, then translate).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete main.py $$(find ui -name '*.py') -ts $(TS)

clean:
	rm -rf $(VENV) assets/i18n/*.qm .mypy_cache .ruff_cache .pytest_cache
