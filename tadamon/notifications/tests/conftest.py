# The fixtures live in fixtures.py, registered for the whole suite by the root conftest.py
# (`pytest_plugins`); importing them from here still works.
from tadamon.notifications.tests.fixtures import Provider, provider, sms_server  # noqa: F401
