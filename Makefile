# The two quick-start commands: `make run` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard assets/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck unit bench translations update-translations clean dist wheel \
	install-desktop uninstall-desktop

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
	$(BIN)/python main.py open --demo

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
	$(BIN)/python bench/all.py

# The one-folder bundle for people without Python (PyInstaller): dist/serviceplan/serviceplan,
# and dist/serviceplan-VERSION-linux-ARCH.tar.gz of it. Not part of `make test` (minutes).
# On Windows and macOS the same two steps work: pip install pyinstaller, then the pyinstaller
# line below (see README, "Building the bundle").
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' serviceplan/__init__.py)
dist: $(STAMP) translations
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	rm -rf dist/serviceplan build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/serviceplan.spec
	tar -C dist -czf dist/serviceplan-$(VERSION)-linux-$$(uname -m).tar.gz serviceplan
	@du -sh dist/serviceplan dist/serviceplan-$(VERSION)-linux-$$(uname -m).tar.gz

# The wheel (pip / pipx install it; it carries assets/ as package data serviceplan/assets).
wheel: $(STAMP) translations
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .
	@ls -l dist/serviceplan-$(VERSION)-py3-none-any.whl

# Menu entry, icons and the *.svcplan file type for the current user (no root). Runs this
# checkout's program by default; EXEC=/path/to/serviceplan for another (e.g. pipx's).
EXEC ?= $(CURDIR)/$(BIN)/serviceplan
install-desktop: $(STAMP)
	sh packaging/linux/install-desktop.sh "$(EXEC)"

uninstall-desktop:
	sh packaging/linux/install-desktop.sh --uninstall

# Re-scan the sources for translatable strings (run after adding UI text, then translate).
# lupdate before 6.12 does not see that translate(context, text, "", count) is a plural
# message and would turn every plural translation back into "unfinished"; the program itself
# stays on 6.11 under Python 3.11 (pyproject.toml), so lupdate gets a venv of its own.
LUPDATE_VENV := .venv-lupdate
$(LUPDATE_VENV)/.installed:
	test -d $(LUPDATE_VENV) || $(PYTHON) -m venv $(LUPDATE_VENV)
	$(LUPDATE_VENV)/bin/python -m pip install --quiet 'PySide6-Essentials>=6.12,<7'
	touch $@

update-translations: $(LUPDATE_VENV)/.installed
	$(LUPDATE_VENV)/bin/pyside6-lupdate -no-obsolete main.py $$(find ui -name '*.py') -ts $(TS)

clean:
	rm -rf $(VENV) $(LUPDATE_VENV) build dist .mypy_cache .ruff_cache .pytest_cache
