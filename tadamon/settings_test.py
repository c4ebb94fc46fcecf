"""Settings for the test suite: the same as production but fast and self-contained."""

from tadamon.settings import *  # noqa: F403

TESTING = True
DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production-0123456789-abcdefghijklmnop"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "10000/minute", "user": "10000/minute"}}  # noqa: F405
FIELD_ENCRYPTION_KEYS = ["dGVzdC1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY="]
PERSONAL_DATA_HASH_KEY = "test-hash-key"
LOGGING = {"version": 1, "disable_existing_loggers": False}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# Live-server threads must not keep connections open, or PostgreSQL cannot drop the test database.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# The test client speaks plain HTTP; tests/test_security.py checks the production values.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_NAME = "sessionid"
CSRF_COOKIE_NAME = "csrftoken"
# High enough for any test; the rate-limit tests lower them with override_settings.
RATE_LIMITS = {kind: "1000/m" for kind in RATE_LIMITS}  # noqa: F405
RATE_LIMITS["search"] = "10000/m"
# No cool-down between two codes to one number, but for the test of it.
SIGN_IN_CODE_COOLDOWN_SECONDS = 0
# A second alias standing for the read replica (the same test database); the router sends the
# dashboards to it only in the tests that set DASHBOARD_DATABASE = "replica".
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
DASHBOARD_DATABASE = "default"
# Pages are rendered afresh in tests; tadamon/common/tests/test_page_cache.py turns the cache on.
PUBLIC_PAGE_CACHE_SECONDS = 0
