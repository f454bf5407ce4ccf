# The two commands the README names: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test bench fuzz lint translations clean

run: $(VENV)/.installed-app
	$(PY) -m negotiator_app

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# The importers' fuzz campaign: NEGOTIATOR_FUZZ_MINUTES (default 10) of generated and mutated
# files, each imported in a child under limits; findings are kept in tests/fixtures/fuzz/.
fuzz: $(VENV)/.installed-test
	$(PY) -m tests.hostile.fuzz_campaign

lint: $(VENV)/.installed-test
	$(PY) -m ruff check . && $(PY) -m ruff format --check . && $(PY) -m mypy

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e '.[encryption]'
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed-app $@

# The interface's .ts sources refreshed from the code, and their .qm rebuilt (both committed).
translations: $(VENV)/.installed-app
	$(PY) packaging/translations.py

clean:
	rm -rf $(VENV) build *.egg-info
