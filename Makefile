# The two commands a new machine needs: `make run` and `make test`.
# Both create .venv when it is missing and (re)install when pyproject.toml changes.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test setup clean demo-oslo bundle bundle-build tarball translations forms

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV) || { \
	  echo "Kunne ikke lage $(VENV). På Debian/Ubuntu: apt-get install python3-venv"; \
	  rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed-app

setup: $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(BIN)/boligmote

# ruff and mypy first: their findings are quicker to read here than inside a failed test
# (tests/code_quality/test_code_quality.py holds every landing to the same, first in the suite)
test: $(VENV)/.installed-test
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# A one-folder build of the app (installers/boligmote.spec) in dist/boligmote/, checked by
# running its own --self-test. PyInstaller goes into .venv here, not into the app's
# dependencies. installers/README.md: Windows, macOS and the Linux tarball.
BUNDLE_DIST ?= dist
BUNDLE_WORK ?= build/pyinstaller
bundle: $(VENV)/.installed-app
	$(MAKE) bundle-build

# The same without (re)installing the app: the slow test builds from the venv it runs in.
bundle-build:
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN \
	  --distpath $(BUNDLE_DIST) --workpath $(BUNDLE_WORK) installers/boligmote.spec
	$(BUNDLE_DIST)/boligmote/boligmote --self-test
	@echo "Ferdig: $(BUNDLE_DIST)/boligmote/boligmote ($$(du -sh $(BUNDLE_DIST)/boligmote | cut -f1))"

# dist/boligmote-VERSION-linux-ARCH.tar.gz: the bundle, its menu entry and a per-user install.sh.
tarball: bundle
	sh installers/linux/make-tarball.sh $(BUNDLE_DIST)

# English and nynorsk for the GUI. Bokmål is the source language of the code and the forms, so
# it needs no table. lupdate collects every translate()/QT_TRANSLATE_NOOP text and every .ui
# string into each .ts (finished translations are kept; a new text comes in unfinished and
# needs its English and its nynorsk); lrelease compiles each to the .qm the app loads. All are
# committed, so `pip install .` and the bundle need no build step; tests/gui/test_translations.py
# fails when a .qm is older than its .ts or a message lacks either translation.
# (The pyside6-lupdate wrapper fails in some venvs; the tools themselves sit beside PySide6.)
TRANSLATIONS := en nn
translations: $(VENV)/.installed-app
	pyside=$$($(BIN)/python -c 'import PySide6; print(list(PySide6.__path__)[0])'); \
	for lang in $(TRANSLATIONS); do \
	  $$pyside/lupdate -silent -no-obsolete -locations none -source-language nb_NO -target-language $$lang \
	    boligmote/gui/*.py boligmote/gui/models/*.py ui/*.ui -ts resources/translations/boligmote_$$lang.ts && \
	  $$pyside/lrelease -silent resources/translations/boligmote_$$lang.ts \
	    -qm resources/translations/boligmote_$$lang.qm || exit 1; \
	done

# The Designer forms in ui/ compiled by uic into typed modules (boligmote/gui/forms.py), so that
# mypy knows every widget a window uses. Committed like the .qm; tests/gui/test_forms.py fails
# while a module is older than its form. lupdate keeps reading the texts from ui/*.ui.
forms: $(VENV)/.installed-app
	$(BIN)/python -m boligmote.gui.forms

demo-oslo: $(VENV)/.installed-app
	$(BIN)/boligmote demo --size oslo --out oslo.sqlite

clean:
	rm -rf $(VENV) build dist .pytest_cache
