# Two commands on a fresh machine with Python 3.11 and make: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# make run is the local development server; production uses gunicorn (README).
DEV_ENV := DEBUG=1
# vnu-jar and axe-core for tests/browser, installed by `make test` where npm is (see the end of this file).
NODE_STAMP := node_modules/.package-lock.json
BROWSER_TOOLS := $(if $(shell command -v npm),$(NODE_STAMP))

.PHONY: run test install migrate static seed lint bench clean browsers corpus-report mentions-report backup restore bench-load bench-scale

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

test: $(STAMP) $(BROWSER_TOOLS)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) benchmarks/run.py

# The site generated at SCALE articles (default 10000; 100000 is issue 13's size), page by page against a
# floor page in the same run; DATABASE_URL=postgres://… makes a scratch database on that server.
bench-scale: $(STAMP)
	$(PY) benchmarks/scale.py

# 64 connections for 60 s, a graceful reload and a killed worker in the middle (not part of make test);
# exits 1 on an answer outside 2xx/3xx or a broken connection the kill does not explain. DATABASE_URL=postgres://…
# runs it on a scratch database on that server.
bench-load: $(STAMP)
	$(PY) benchmarks/load.py

# The reprint importer on its corpus (tests/zhtext/corpus.py): defects found, repaired, flagged, left.
corpus-report: $(STAMP)
	$(PY) tests/zhtext/corpus.py

# Record proposals and mentions (zhtext/proposals.py, zhtext/mentions.py) against fixtures/academy.json.
mentions-report: $(STAMP)
	$(PY) tests/zhtext/mentions_report.py

# Database and media in one dated archive under backups/ (settings from the environment, as in production).
backup: $(STAMP)
	$(PY) manage.py backup

# make restore ARCHIVE=backups/craftsman-backup-….tar.gz   (into an empty database only)
restore: $(STAMP)
	@test -n "$(ARCHIVE)" || { echo "usage: make restore ARCHIVE=backups/craftsman-backup-….tar.gz"; exit 2; }
	$(PY) manage.py restore "$(ARCHIVE)"

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache

# --- Browser, HTML and accessibility tests (tests/browser) ------------------------------------------
# The W3C Nu Html Checker (vnu-jar, run with the machine's java) and axe-core, pinned in
# package-lock.json. npm's install scripts are not run: vnu-jar's would download a Java runtime.
# `make test` installs them when npm is there (and carries on without them, the checks then skip).
# Chromium is Debian's package (/usr/bin/chromium): `make browsers` installs it and the CJK fonts (root).
$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund || echo "npm ci failed: the vnu and axe checks will be skipped"

browsers: $(NODE_STAMP)
	test -x /usr/bin/chromium && dpkg -s fonts-noto-cjk >/dev/null 2>&1 || \
	  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk; }
