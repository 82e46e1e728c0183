# The two commands a new machine needs: `make run` and `make test`.
# Both create .venv when it is missing and (re)install when pyproject.toml changes.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test setup clean demo-oslo

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

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

demo-oslo: $(VENV)/.installed-app
	$(BIN)/boligmote demo --size oslo --out oslo.sqlite

clean:
	rm -rf $(VENV) build dist .pytest_cache
