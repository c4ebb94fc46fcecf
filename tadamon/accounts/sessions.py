"""Django's cached-database sessions, refusing a malformed session key before any lookup.

Django makes keys of 32 lowercase letters and digits; anything else in the cookie cannot be a
session of ours. Checking it first means a forged cookie (with a NUL byte, say, which PostgreSQL
refuses in a query) is treated as no session instead of failing the request (Schemathesis found it)."""

import re

from django.contrib.sessions.backends.cached_db import SessionStore as CachedDatabaseSessionStore

SESSION_KEY = re.compile(r"[a-z0-9]{32}")


class SessionStore(CachedDatabaseSessionStore):
    def _validate_session_key(self, key):
        return bool(key) and SESSION_KEY.fullmatch(key) is not None
