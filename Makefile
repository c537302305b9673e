# Two commands on a fresh machine with Python 3.11 and make: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# make run is the local development server; production uses gunicorn (README).
DEV_ENV := DEBUG=1

.PHONY: run test install migrate static seed lint bench clean browsers

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: $(STAMP)
	$(DEV_ENV) $(PY) manage.py migrate --noinput

static: $(STAMP)
	$(DEV_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0

seed: migrate
	$(DEV_ENV) $(PY) manage.py load_site_content

run: migrate static seed
	$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache
