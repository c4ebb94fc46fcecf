"""Tadamon settings.

Every setting that differs between machines comes from the environment; README.md lists
them all. A secret can also be given as a file path in NAME_FILE (Docker/systemd secrets).
With no environment at all you get a development set-up on SQLite.
"""

import base64
import hashlib
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    """A string from the environment, or from the file named by NAME_FILE."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text().strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = env(name)
    if not value:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = env(name)
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
TESTING = False  # tadamon.settings_test turns it on

# Without SECRET_KEY you get a development key; `manage.py check --deploy` flags it.
SECRET_KEY = env("SECRET_KEY") or "django-insecure-development-key-set-SECRET_KEY-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The public address, for links that leave the site: QR codes and addresses printed on certificates.
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
# Acronyms of the public bodies whose officers supervise cooperatives (declarations, inspections
# under Law 112.12).
COMPLIANCE_AUTHORITIES = env_list("COMPLIANCE_AUTHORITIES", "ODCO")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "rest_framework",
    "drf_spectacular",
    "django_filters",
    "django_htmx",
    "template_partials",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "phonenumber_field",
    # Tadamon: data apps, then interface apps (see docs/architecture.md).
    "tadamon.common",
    "tadamon.accounts",
    "tadamon.notifications",
    "tadamon.registry",
    "tadamon.programmes",
    "tadamon.events",
    "tadamon.market",
    "tadamon.partnerships",
    "tadamon.funding",
    "tadamon.indicators",
    "tadamon.academy",
    "tadamon.demo",
    "tadamon.public",
    "tadamon.backoffice",
    "tadamon.api",
]

MIDDLEWARE = [
    # First: an anonymous GET of a cached public page is answered here, with the headers the whole
    # chain gave it (security, CSP); nothing below runs for it (tadamon/common/page_cache.py).
    "tadamon.common.middleware.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tadamon.accounts.middleware.SessionLifetimeMiddleware",
    # A phone kept signed in for the day's field work, on the field pages only (docs/offline.md).
    "tadamon.accounts.middleware.FieldDeviceMiddleware",
    "tadamon.common.middleware.RefuseNulInQueryMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Turns a rate-limited request into the 429 page (RATELIMIT_VIEW) instead of a 403.
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Axes last: it answers a locked-out sign-in before the view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tadamon.urls"
WSGI_APPLICATION = "tadamon.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "tadamon" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tadamon.common.context_processors.locale_context",
            ],
        },
    },
]

# Django's form renderer with a cheaper <select> template (the same HTML; tadamon/common/renderers.py).
FORM_RENDERER = "tadamon.common.renderers.FormRenderer"

# --- Database -------------------------------------------------------------------------------
# SQLite is the embedded default; PostgreSQL is chosen with DATABASE_URL=postgres://...
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers and the single writer work at once; IMMEDIATE transactions take
        # the write lock up front, so two writers queue instead of failing with "locked".
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;"
        ),
        "transaction_mode": "IMMEDIATE",
    }
# A read replica for the dashboards (tadamon/common/routers.py, docs/deploy.md).
if env("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(env("DATABASE_REPLICA_URL"),
                                                 conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True)
DASHBOARD_DATABASE = "replica" if "replica" in DATABASES else "default"
DATABASE_ROUTERS = ["tadamon.common.routers.DashboardReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous visitors' public pages kept this long in the cache (tadamon/common/page_cache.py);
# the figures' pages until the next refresh of the indicators. 0 turns it off.
PUBLIC_PAGE_CACHE_SECONDS = env_int("PUBLIC_PAGE_CACHE_SECONDS", 60)

# --- Accounts and security ------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "backoffice:home"
LOGOUT_REDIRECT_URL = "public:home"

# Brute-force protection: five failures for one user name from one address lock it for 30 min.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Passwords: Argon2id first (OWASP's first choice); older hashes are upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Sessions as ASVS level 2 asks (3.3): signed out after 30 minutes without a request and 12 hours
# after signing in whatever happens (tadamon.accounts.middleware), in a cookie only the server reads.
SESSION_ENGINE = "tadamon.accounts.sessions"  # cached_db, malformed keys refused up front
SESSION_IDLE_SECONDS = env_int("SESSION_IDLE_SECONDS", 30 * 60)
SESSION_ABSOLUTE_SECONDS = env_int("SESSION_ABSOLUTE_SECONDS", 12 * 60 * 60)
SESSION_COOKIE_AGE = SESSION_IDLE_SECONDS  # pushed back at most once a minute by the middleware
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_COOKIE_HTTPONLY = True  # every form, htmx ones included, carries the token itself
if SESSION_COOKIE_SECURE:
    # "__Host-" cookies are only accepted over HTTPS, for this exact host, on every path.
    SESSION_COOKIE_NAME = "__Host-tadamon_session"
    CSRF_COOKIE_NAME = "__Host-tadamon_csrf"

# HTTPS and headers. Behind a proxy that terminates TLS, BEHIND_PROXY=1 trusts its X-Forwarded-Proto.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the proxy's health check speaks plain HTTP on loopback
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None

# A strict content security policy: scripts, styles, images and forms from this origin only; no
# inline script or style anywhere (the templates have none; a browser test watches for violations).
MEDIA_ORIGIN = env("MEDIA_ORIGIN")  # e.g. https://media.example.org when photos are on S3
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", "blob:"],  # voice notes; blob: is the recorder's preview before sending
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Rate limits (django-ratelimit, counted in the cache: Redis in production, shared by every
# process) on sign-in, password reset and public search; the API has DRF's throttles below.
RATELIMIT_VIEW = "tadamon.common.views.rate_limited"
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
RATE_LIMITS = {
    "sign_in": env("RATE_SIGN_IN", "10/m"),
    "password_reset": env("RATE_PASSWORD_RESET", "5/h"),
    "search": env("RATE_SEARCH", "60/m"),
    # Anonymous forms that send e-mail or create records, counted on POST only (reading them is free).
    # An order or a question to a cooperative: a buyer sends one or two a visit; 10 an hour leaves room
    # for an office behind one address, and stops a script from filling cooperatives' inboxes.
    "order": env("RATE_ORDER", "10/h"),
    # A buyer account is opened once: 5 an hour allows for mistakes and a shared connection.
    "buyer_signup": env("RATE_BUYER_SIGNUP", "5/h"),
    # A visitor registers once per event, but a family or a cooperative may register its members from
    # one phone: 20 an hour. (Staff register walk-ins from the back office, which is not limited.)
    "event_registration": env("RATE_EVENT_REGISTRATION", "20/h"),
    # Writing on an order's page, reached with its secret link: a conversation is a few messages an
    # hour; 30 stops a leaked link from being used to flood a cooperative with e-mail.
    "order_message": env("RATE_ORDER_MESSAGE", "30/h"),
    # One-time sign-in codes, counted per client address and per phone number: asking for a code
    # sends an SMS (money, and a way to pester someone), trying codes guesses at an account.
    "code_request_ip": env("RATE_CODE_REQUEST_IP", "20/h"),
    "code_request_phone": env("RATE_CODE_REQUEST_PHONE", "5/h"),
    "code_verify": env("RATE_CODE_VERIFY", "10/15m"),
    # Claims of a cooperative and proposals of new ones, from one address.
    "claim": env("RATE_CLAIM", "10/h"),
}
if env_bool("BEHIND_PROXY", False):
    # The proxy puts the client's address in X-Real-IP (deploy/nginx.conf); REMOTE_ADDR is the proxy's.
    RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_REAL_IP", "REMOTE_ADDR"]

# CIN numbers are encrypted at rest (Law 09-08). FIELD_ENCRYPTION_KEYS is a comma-separated
# list of Fernet keys, newest first: adding a key in front rotates without losing old data.
# The hash key makes duplicate detection possible without decrypting anything.
_dev_key = base64.urlsafe_b64encode(hashlib.sha256(f"cin:{SECRET_KEY}".encode()).digest()).decode()
FIELD_ENCRYPTION_KEYS = env_list("FIELD_ENCRYPTION_KEYS") or [_dev_key]
PERSONAL_DATA_HASH_KEY = env("PERSONAL_DATA_HASH_KEY") or f"hash:{SECRET_KEY}"

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", _("Arabic")), ("fr", _("French")), ("en", _("English")), ("zgh", _("Tamazight"))]
# Standard Moroccan Tamazight in Tifinagh (issue 23): Django does not know it, so it is described
# here. Messages not yet translated come out in Arabic, LANGUAGE_CODE's catalogue, and pages say so
# (common/context_processors.py, docs/tamazight.md).
import django.conf.locale  # noqa: E402

django.conf.locale.LANG_INFO["zgh"] = {
    "bidi": False, "code": "zgh", "name": "Standard Moroccan Tamazight", "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
}
LOCALE_PATHS = [BASE_DIR / "tadamon" / "locale"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["tadamon.formats"]  # dates as Morocco writes them; numbers as common/numbers.py does
# Off on purpose: on, every {{ id }} or {{ year }} in a link or heading would be grouped ("2 023").
# Figures go through |number, |mad, floatformat:"0g" or intcomma, which all group with U+202F.
USE_THOUSAND_SEPARATOR = False
LANGUAGE_COOKIE_NAME = "tadamon_language"

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "tadamon" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
# "default" holds what may be public (product photos); "private" what only the back office serves,
# after a permission check (import files with personal data, certificate batches): never under MEDIA_URL.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None}},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# S3-compatible object storage (AWS, MinIO, Scaleway...) for both kinds of media, when a bucket
# is named; the private bucket is never public and its files are served through the back office.
if env("AWS_STORAGE_BUCKET_NAME"):
    _s3 = {"endpoint_url": env("AWS_S3_ENDPOINT_URL") or None, "region_name": env("AWS_S3_REGION_NAME") or None,
           "access_key": env("AWS_ACCESS_KEY_ID"), "secret_key": env("AWS_SECRET_ACCESS_KEY")}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        **_s3, "bucket_name": env("AWS_STORAGE_BUCKET_NAME"), "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,
        "querystring_auth": False, "file_overwrite": False}}
    STORAGES["private"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        **_s3, "bucket_name": env("AWS_PRIVATE_BUCKET_NAME", env("AWS_STORAGE_BUCKET_NAME") + "-private"),
        "default_acl": "private", "querystring_auth": True, "file_overwrite": False}}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

# --- Limits on uploaded files (docs/deploy.md, "Limits") -------------------------------------
# Product photos: checked from the file's header, before any pixel is decoded. Pillow's own
# decompression-bomb limit is set to MAX_IMAGE_PIXELS too. Animated images are always refused.
MAX_IMAGE_PIXELS = env_int("MAX_IMAGE_PIXELS", 40_000_000)
MAX_PHOTO_BYTES = env_int("MAX_PHOTO_BYTES", 8 * 1024 * 1024)
# Voice notes sent with a support request or an order's message (about 16 kB a second in Opus):
# the size is checked first, then the container's own length (common/audio.py).
MAX_VOICE_BYTES = env_int("MAX_VOICE_BYTES", 2 * 1024 * 1024)
MAX_VOICE_SECONDS = env_int("MAX_VOICE_SECONDS", 120)
# Organisation imports (command line and web), checked before the rows are read: the national
# registry is 60,000 rows of 17 columns (docs/import.md); as an XLSX with every column it unpacks
# to about 63 MiB. openpyxl reads the sheet row by row but every other part of a workbook whole,
# at 9 to 17 times its size in memory: hence the smaller limits on those parts.
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 100_000)
IMPORT_MAX_COLUMNS = env_int("IMPORT_MAX_COLUMNS", 50)
IMPORT_MAX_CSV_BYTES = env_int("IMPORT_MAX_CSV_BYTES", 100 * 1024 * 1024)
# An import file sent through the back office (the command line reads bigger ones, within the
# limits below; nginx's client_max_body_size must allow it too).
IMPORT_MAX_UPLOAD_BYTES = env_int("IMPORT_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)
IMPORT_MAX_XLSX_UNPACKED_BYTES = env_int("IMPORT_MAX_XLSX_UNPACKED_BYTES", 100 * 1024 * 1024)
IMPORT_MAX_XLSX_SHARED_STRINGS_BYTES = env_int("IMPORT_MAX_XLSX_SHARED_STRINGS_BYTES", 40 * 1024 * 1024)
IMPORT_MAX_XLSX_PART_BYTES = env_int("IMPORT_MAX_XLSX_PART_BYTES", 4 * 1024 * 1024)
IMPORT_MAX_XLSX_SHEETS = env_int("IMPORT_MAX_XLSX_SHEETS", 20)
IMPORT_MAX_XLSX_COMPRESSION_RATIO = env_int("IMPORT_MAX_XLSX_COMPRESSION_RATIO", 100)

# --- E-mail ---------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Tadamon <noreply@tadamon.ma>")
# SMS and WhatsApp go through Apprise (docs/deploy.md, "Messages"): one Apprise URL per channel picks
# the provider. Unset, a message on that channel is written to the console, as e-mail is in development.
SMS_URL = env("SMS_URL")
WHATSAPP_URL = env("WHATSAPP_URL")
# A message that fails is tried again after 1, 4, 16 minutes (MESSAGES_RETRY_SECONDS × 4^n), at most
# MESSAGES_MAX_ATTEMPTS times. Providers forward replies (STOP) to /messages/inbound/<MESSAGES_INBOUND_TOKEN>/;
# unset, that endpoint answers 404.
MESSAGES_MAX_ATTEMPTS = env_int("MESSAGES_MAX_ATTEMPTS", 4)
MESSAGES_RETRY_SECONDS = env_int("MESSAGES_RETRY_SECONDS", 60)
MESSAGES_INBOUND_TOKEN = env("MESSAGES_INBOUND_TOKEN")
PHONENUMBER_DEFAULT_REGION = "MA"
# Sign-in codes by SMS (tadamon.accounts.phone_sign_in): 6 digits valid 10 minutes, a new one no
# sooner than a minute after the last; each wrong code doubles the wait before the next try
# (factor × 2^failures seconds). Invitations to manage or join a cooperative: a week.
SIGN_IN_CODE_DIGITS = 6
SIGN_IN_CODE_VALID_SECONDS = env_int("SIGN_IN_CODE_VALID_SECONDS", 600)
SIGN_IN_CODE_COOLDOWN_SECONDS = env_int("SIGN_IN_CODE_COOLDOWN_SECONDS", 60)
SIGN_IN_CODE_THROTTLE_FACTOR = env_int("SIGN_IN_CODE_THROTTLE_FACTOR", 1)
INVITATION_VALID_DAYS = env_int("INVITATION_VALID_DAYS", 7)

# --- Background tasks -----------------------------------------------------------------------
# Imports and exports run in `manage.py db_worker`; TASKS_IMMEDIATE=1 runs them in-process.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if env_bool("TASKS_IMMEDIATE", False)
            else "django_tasks_db.DatabaseBackend"
        )
    }
}

# --- API ------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "tadamon.api.exceptions.handle",
    "DEFAULT_PARSER_CLASSES": ["tadamon.api.exceptions.JSONParser", "rest_framework.parsers.FormParser",
                               "rest_framework.parsers.MultiPartParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "tadamon.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle",
                                 "rest_framework.throttling.UserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": env("API_ANON_RATE", "120/minute"), "user": env("API_USER_RATE", "600/minute")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Tadamon API",
    "DESCRIPTION": "Registry of Morocco's social and solidarity economy organisations.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Several resources have a "status"; each set of statuses gets its own name in the schema.
    "ENUM_NAME_OVERRIDES": {
        "CommitmentStatusEnum": "tadamon.partnerships.enums.CommitmentStatus",
        "OrderStatusEnum": "tadamon.market.enums.OrderStatus",
        "OrganizationStatusEnum": "tadamon.registry.enums.OrganizationStatus",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING").upper()},  # gunicorn takes "info" too
}
