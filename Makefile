# Tadamon — the two commands of the README, and the ones developers use every day.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install messages compilemessages lint serve worker benchmarks clean serve-prod sw

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
	cd tadamon && ../$(BIN)/python ../manage.py makemessages -l ar -l fr -l en -l zgh --no-obsolete --ignore "static/*"

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

# The offline app's third-party files (docs/offline.md): Workbox's runtime modules and jsQR, from
# the npm registry, built in a throwaway directory and committed under tadamon/static/offline/, so
# node and npm are needed only to rebuild them (after changing a version here).
WORKBOX_VERSION := 7.4.1
JSQR_VERSION := 1.4.0
ESBUILD_VERSION := 0.28.2
WORKBOX_MODULES := workbox-core workbox-routing workbox-strategies workbox-precaching workbox-expiration
SW_BUILD := $(or $(TMPDIR),/tmp)/tadamon-sw-build
OFFLINE_STATIC := tadamon/static/offline
sw:
	rm -rf $(SW_BUILD) && mkdir -p $(SW_BUILD)
	cd $(SW_BUILD) && npm init -y > /dev/null && npm install --no-audit --no-fund --silent \
		workbox-cli@$(WORKBOX_VERSION) jsqr@$(JSQR_VERSION) esbuild@$(ESBUILD_VERSION)
	cd $(SW_BUILD) && npx workbox copyLibraries lib > /dev/null
	rm -rf $(OFFLINE_STATIC)/workbox-v* && mkdir -p $(OFFLINE_STATIC)/workbox-v$(WORKBOX_VERSION)
	# Without their source-map comments: the maps are not shipped, and collectstatic would look for them.
	for module in $(WORKBOX_MODULES); do \
		sed '/sourceMappingURL/d' $(SW_BUILD)/lib/workbox-v$(WORKBOX_VERSION)/$$module.prod.js \
			> $(OFFLINE_STATIC)/workbox-v$(WORKBOX_VERSION)/$$module.prod.js; done
	cp $(SW_BUILD)/node_modules/workbox-sw/LICENSE $(OFFLINE_STATIC)/workbox-v$(WORKBOX_VERSION)/LICENSE.txt
	cd $(SW_BUILD) && npx esbuild node_modules/jsqr/dist/jsQR.js --minify --legal-comments=inline \
		--outfile=$(CURDIR)/$(OFFLINE_STATIC)/jsQR.js --log-level=warning
	cp $(SW_BUILD)/node_modules/jsqr/LICENSE $(OFFLINE_STATIC)/jsQR.LICENSE.txt
	rm -rf $(SW_BUILD)

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles .pytest_cache
