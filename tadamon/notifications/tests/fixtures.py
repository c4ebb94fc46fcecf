"""A small HTTP server standing for an SMS or WhatsApp provider (`provider`, `sms_server` fixtures, available
in every test through the root conftest.py): Apprise's generic json:// URL posts each message to it.
`sms_server.answers` lists the status codes of the next answers (200 after)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Provider(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.received: list[dict] = []
        self.answers: list[int] = []

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, path: str = "sms") -> str:
        return f"json://127.0.0.1:{self.port}/{path}"


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length") or 0)
        payload = json.loads(self.rfile.read(length) or b"{}")
        status = self.server.answers.pop(0) if self.server.answers else 200
        self.server.received.append({"path": self.path, "status": status, **payload})
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"error": "gateway down"}' if status >= 400 else b'{"ok": true}')

    def log_message(self, *args):
        pass


@pytest.fixture
def provider():
    server = Provider()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def sms_server(provider, settings):
    """SMS_URL and WHATSAPP_URL pointing at the local provider, retried at once."""
    settings.SMS_URL = provider.url("sms")
    settings.WHATSAPP_URL = provider.url("whatsapp")
    return provider
