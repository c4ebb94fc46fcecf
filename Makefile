# Tadamon — the two commands of the README, and the ones developers use every day.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install messages compilemessages lint serve worker benchmarks clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP) compilemessages

# .mo files are built, not committed; Babel compiles them without GNU gettext.
compilemessages: $(STAMP)
	$(BIN)/pybabel compile --statistics -d tadamon/locale -D django 2>&1 | grep -v "^compiling" || true

# Extract new strings into the .po files (needs GNU gettext's xgettext).
messages: $(STAMP)
	cd tadamon && ../$(BIN)/python ../manage.py makemessages -l ar -l fr -l en --no-obsolete --ignore "static/*"

demo: install
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py load_demo
	@echo "Serving http://$(HOST):$(PORT)/ (Ctrl-C stops the server and the background worker)"
	@trap 'kill 0' INT TERM EXIT; \
	DEBUG=1 $(BIN)/python manage.py db_worker --interval 1 > /dev/null 2>&1 & \
	DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Browser tests and tests that race threads need a transactional database, which is flushed
# after each of them: they run on their own, after the rest, so no other test finds the
# reference data gone.
test: install
	$(BIN)/pytest -m "not browser and not transactional"
	$(BIN)/pytest -m "browser or transactional" -n 0

lint: $(STAMP)
	$(BIN)/ruff check .

benchmarks: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles .pytest_cache
