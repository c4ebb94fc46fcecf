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
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "10000/minute"}}  # noqa: F405
FIELD_ENCRYPTION_KEYS = ["dGVzdC1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY="]
PERSONAL_DATA_HASH_KEY = "test-hash-key"
LOGGING = {"version": 1, "disable_existing_loggers": False}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# Live-server threads must not keep connections open, or PostgreSQL cannot drop the test database.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
