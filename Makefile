# Tadamon — the two commands of the README, and the ones developers use every day.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install messages compilemessages lint serve worker benchmarks clean serve-prod

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

# The production stack on one machine, PostgreSQL and Redis already running (docs/deploy.md):
# production settings, gunicorn and the background worker. It speaks plain HTTP on loopback, so
# HTTPS redirects and secure cookies are off here; behind the TLS proxy they are on.
PROD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tadamon
PROD_REDIS_URL ?= redis://127.0.0.1:6379/0
PROD_ENV = DEBUG=0 DATABASE_URL=$(PROD_DATABASE_URL) REDIS_URL=$(PROD_REDIS_URL) SECRET_KEY_FILE=.secret_key \
	ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 \
	GUNICORN_BIND=$(HOST):$(PORT)
serve-prod: install
	@test -s .secret_key || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > .secret_key
	$(PROD_ENV) $(BIN)/python scripts/create_database.py
	$(PROD_ENV) $(BIN)/python manage.py migrate --no-input
	$(PROD_ENV) $(BIN)/python manage.py collectstatic --no-input -v 0
	@echo "Serving http://$(HOST):$(PORT)/ with gunicorn and the background worker (Ctrl-C stops both)"
	@trap 'kill 0' INT TERM EXIT; \
	$(PROD_ENV) $(BIN)/python manage.py db_worker --interval 1 & \
	$(PROD_ENV) $(BIN)/gunicorn -c deploy/gunicorn.conf.py tadamon.wsgi

lint: $(STAMP)
	$(BIN)/ruff check .

benchmarks: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles .pytest_cache
