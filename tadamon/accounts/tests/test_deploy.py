"""The production settings, as docs/deploy.md sets them, pass Django's deployment checks; the
gunicorn configuration loads. Run in child processes: the suite's own settings are the test ones."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "tadamon.settings", "DEBUG": "0",
    "SECRET_KEY": "k8Qz-3vN_pX2wL7rT9yB4mF6hJ1sD5gA0cE8uI3oP7qR2tY6wZ9x",
    "ALLOWED_HOSTS": "tadamon.example.org", "CSRF_TRUSTED_ORIGINS": "https://tadamon.example.org",
    "BEHIND_PROXY": "1", "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DATABASE_URL": "postgres://tadamon@127.0.0.1:5432/tadamon",
}


def run(*args, env=None):
    environment = {key: value for key, value in os.environ.items() if key not in PRODUCTION} | (env or PRODUCTION)
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True,
                          check=False, timeout=120)


def test_the_production_settings_pass_the_deployment_checks():
    result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_development_settings_fail_them_so_nobody_deploys_those_by_mistake():
    result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING", env={"DEBUG": "1"})
    assert result.returncode != 0 and "security.W018" in result.stderr + result.stdout  # DEBUG on


def test_production_hashes_passwords_with_argon2_and_sessions_and_cookies_are_hardened():
    script = ("from django.conf import settings as s; from django.contrib.auth.hashers import make_password; "
              "print(make_password('x').split('$')[0], s.SESSION_COOKIE_NAME, s.SESSION_COOKIE_SECURE, "
              "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_AGE, s.SESSION_ABSOLUTE_SECONDS)")
    result = run("manage.py", "shell", "--no-imports", "-c", script)
    assert result.stdout.split() == ["argon2", "__Host-tadamon_session", "True", "True", "31536000", "1800", "43200"], (
        result.stderr)


def test_the_gunicorn_configuration_loads():
    result = run("-m", "gunicorn", "--check-config", "-c", "deploy/gunicorn.conf.py", "tadamon.wsgi")
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_log_level_serves_gunicorn_and_django_whatever_its_case():
    # gunicorn lowercases LOG_LEVEL; Django's logging refused "info" and the server did not start.
    result = run("manage.py", "check", env=PRODUCTION | {"LOG_LEVEL": "info"})
    assert result.returncode == 0, result.stdout + result.stderr
