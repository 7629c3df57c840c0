"""The preview's HTTP server (the standard library's), its watcher and the reload stream.

Only GET and HEAD are answered: :mod:`toolkit.serve.routes` maps paths to
responses; ``/events`` streams server-sent events that reload open pages
(:mod:`toolkit.serve.events`). Requests naming another host than the one
bound are refused (a web page's DNS rebinding). A request that fails is
answered with a 500 page, never a crash.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from toolkit.project import Project
from toolkit.serve.depends import Scope
from toolkit.serve.events import Changes
from toolkit.serve.pages import Pages
from toolkit.serve.routes import Response, Routes
from toolkit.serve.state import Preview
from toolkit.serve.watch import Watcher

KEEPALIVE_SECONDS = 15.0


class PreviewServer:
    """The preview: its state, its HTTP server, and the watcher that keeps it current."""

    def __init__(
        self,
        project: Project,
        host: str = "127.0.0.1",
        port: int = 8000,
        campaigns: tuple[str, ...] = (),
        *,
        watch: bool = True,
    ) -> None:
        self.project = project
        self.preview = Preview(project, campaigns)
        self.changes = Changes()
        self.pages = Pages()
        self.routes = Routes(project, self.preview, self.pages)
        self.closing = threading.Event()
        server_class = _HTTPServer6 if ":" in host else _HTTPServer
        self.httpd = server_class((host, port), _Handler)
        self.httpd.app = self
        self.host = host
        self._watcher = Watcher(project.root, self.apply) if watch else None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Where the preview answers (``http://127.0.0.1:8000/``)."""
        host, port = self.httpd.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"

    def wait_until_watching(self, timeout: float = 5.0) -> bool:
        """Wait until saved files are noticed (the watcher's first report); False on timeout."""
        return self._watcher is not None and self._watcher.ready.wait(timeout)

    def apply(self, scope: Scope) -> None:
        """Forget what a change reached and tell the pages it reaches to reload."""
        pages = self.preview.apply(scope)
        if pages:
            self.changes.publish(self.preview.version, pages)

    def start(self) -> None:
        """Serve and watch in background threads; warm up in another."""
        if self._watcher is not None:
            self._watcher.start()
        self._thread = threading.Thread(
            target=self.httpd.serve_forever,
            kwargs={"poll_interval": 0.1},  # how soon close() is heard
            name="toolkit-serve",
            daemon=True,
        )
        self._thread.start()
        warm = threading.Thread(target=self._warm_up, name="toolkit-serve-warm", daemon=True)
        warm.start()

    def _warm_up(self) -> None:
        """Load what every page needs (Babel's data, compiled templates, the lint's words)
        while the browser opens."""
        with contextlib.suppress(Exception):
            self.preview.warm_up()

    def close(self) -> None:
        """Stop serving, watching and the PDF worker."""
        self.closing.set()
        self.changes.close()
        if self._watcher is not None:
            self._watcher.stop()
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(timeout=5)
        self.httpd.server_close()
        self.preview.close()

    def __enter__(self) -> PreviewServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    app: PreviewServer


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "toolkit-preview"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the CLI prints the address, not every request."""

    def do_HEAD(self) -> None:
        """Headers only."""
        self._answer(body=False)

    def do_GET(self) -> None:
        """A page, an output, an asset, or the reload stream."""
        self._answer(body=True)

    def _answer(self, *, body: bool) -> None:
        app = self.server.app
        parts = urlsplit(self.path)
        if not self._host_allowed():
            response = Response("wrong host", "text/plain; charset=utf-8", HTTPStatus.FORBIDDEN)
        elif parts.path == "/events" and body:
            self._events(parse_qs(parts.query))
            return
        else:
            try:
                response = app.routes.route(parts.path)
            except Exception as err:  # the server keeps going; the page says what failed
                text = f"The preview failed on this page: {type(err).__name__}: {err}"
                page = app.pages.render(
                    "message.html",
                    version=app.preview.version,
                    page=(None, None),
                    heading="Preview error",
                    text=text,
                )
                response = Response(page, status=HTTPStatus.INTERNAL_SERVER_ERROR)
        self._send(response, body=body)

    def _host_allowed(self) -> bool:
        """Refuse other host names (a web page's DNS rebinding) unless bound to every address."""
        bound = self.server.app.host
        if bound in ("0.0.0.0", "::", ""):
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name.strip("[]") in {bound.lower(), "localhost", "127.0.0.1", "::1"}

    def _send(self, response: Response, *, body: bool) -> None:
        with contextlib.suppress(OSError):
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            if response.policy:
                self.send_header("Content-Security-Policy", response.policy)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if body:
                self.wfile.write(response.body)

    def _events(self, query: dict[str, list[str]]) -> None:
        """Server-sent events: one per change after the page's version, until it goes."""
        app = self.server.app
        last = self.headers.get("Last-Event-ID") or (query.get("since") or ["0"])[0]
        try:
            version = int(last)
        except ValueError:
            version = 0
        try:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(b"retry: 1000\n\n")
            self.wfile.flush()
            while not app.closing.is_set():
                changes = app.changes.since(version, KEEPALIVE_SECONDS)
                if changes is None:
                    break
                for change in changes:
                    data = json.dumps(change.as_json())
                    self.wfile.write(f"id: {change.version}\ndata: {data}\n\n".encode())
                    version = max(version, change.version)
                if not changes:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except OSError:
            pass  # the page went away
        self.close_connection = True
