"""A real HTTP server on 127.0.0.1, in a thread, with the routes the fetch tests need.

Import the fixture into a test module (``from http_fixtures import http_server``)
and use ``http_server.url("/page")``. Every request is logged with its time
and headers in ``http_server.requests``, so tests can check what was sent.
Paths that keep state take a ``?key=`` so that tests never share it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
FEED_ETAG = '"feed-v1"'
FEED_MODIFIED = formatdate(1_709_632_800, usegmt=True)  # 2024-03-05 10:00 GMT
SLOW_SECONDS = 1.5
BIG_BYTES = 3_000_000


@dataclass(frozen=True)
class Logged:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    at: float


@dataclass
class LocalServer:
    """The running server: its address, and what it was asked."""

    host: str
    port: int
    requests: list[Logged] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def hits(self, path: str) -> list[Logged]:
        """The requests for ``path`` (with its query), in order."""
        return [logged for logged in self.requests if logged.path == path]

    def count(self, key: str) -> int:
        """How many times ``key`` was asked for, this one included."""
        with self.lock:
            self.counters[key] = self.counters.get(key, 0) + 1
            return self.counters[key]


class Handler(BaseHTTPRequestHandler):
    """Serves the routes of ``routes`` (:data:`ROUTES` by default); 404 for anything else."""

    server_version = "EventAtlasTest/1"
    protocol_version = "HTTP/1.1"
    state: LocalServer
    routes: dict[str, Route]

    def do_GET(self) -> None:
        self.state.requests.append(Logged(self.path, dict(self.headers), time.monotonic()))
        route = self.routes.get(urlsplit(self.path).path)
        if route is None:
            self.answer(404, "text/plain", b"no such page")
        else:
            route(self)

    do_POST = do_GET  # the routes answer any method alike; the client decides what to retry

    def query(self, name: str) -> str:
        return parse_qs(urlsplit(self.path).query).get(name, [""])[0]

    def answer(
        self, status: int, kind: str, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read ``requests`` instead."""


Route = Callable[[Handler], None]


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _page(handler: Handler) -> None:
    handler.answer(200, "text/html; charset=utf-8", fixture_bytes("page.html"))


def _latin1_page(handler: Handler) -> None:
    body = fixture_bytes("page.html").decode("utf-8").replace("Kharkiv", "Kharkív")
    handler.answer(200, "text/html; charset=iso-8859-1", body.encode("iso-8859-1"))


def _redirect(handler: Handler) -> None:
    hops = int(handler.query("hops") or "0")
    target = f"/redirect?hops={hops - 1}" if hops > 1 else "/page"
    handler.answer(302, "text/plain", b"", {"Location": target})


def _loop(handler: Handler) -> None:
    handler.answer(302, "text/plain", b"", {"Location": "/loop"})


def _slow(handler: Handler) -> None:
    time.sleep(SLOW_SECONDS)
    _page(handler)


def _flaky(handler: Handler) -> None:
    failures = int(handler.query("fail") or "1")
    if handler.state.count(handler.path) <= failures:
        handler.answer(500, "text/plain", b"try again")
    else:
        _page(handler)


def _busy(handler: Handler) -> None:
    if handler.state.count(handler.path) == 1:
        handler.answer(503, "text/plain", b"busy", {"Retry-After": "1"})
    else:
        _page(handler)


def _broken(handler: Handler) -> None:
    handler.answer(500, "text/plain", b"always broken")


def _big(handler: Handler) -> None:
    handler.answer(200, "text/html", b"<p>" + b"a" * BIG_BYTES + b"</p>")


def _big_chunked(handler: Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"<p>" + b"a" * 100_000 + b"</p>"
    try:
        for _ in range(BIG_BYTES // len(chunk) + 1):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        handler.wfile.write(b"0\r\n\r\n")
    except OSError:
        pass  # the client stopped reading, as it should


def _untyped(handler: Handler) -> None:
    body = fixture_bytes("page.html") if handler.query("html") else b"just some words"
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _pdf(handler: Handler) -> None:
    handler.answer(200, "application/pdf", b"%PDF-1.4 not really")


def _feed(kind: str, name: str) -> Callable[[Handler], None]:
    def serve(handler: Handler) -> None:
        if _unchanged(handler):
            handler.send_response(304)
            handler.send_header("ETag", FEED_ETAG)
            handler.end_headers()
            return
        validators = {"ETag": FEED_ETAG, "Last-Modified": FEED_MODIFIED}
        handler.answer(200, kind, fixture_bytes(name), validators)

    return serve


def _unchanged(handler: Handler) -> bool:
    if handler.headers.get("If-None-Match") == FEED_ETAG:
        return True
    return handler.headers.get("If-Modified-Since") == FEED_MODIFIED


def _robots(handler: Handler) -> None:
    handler.answer(200, "text/plain", b"User-agent: *\nDisallow: /private/\n")


def _private(handler: Handler) -> None:
    _page(handler)


ROUTES: dict[str, Route] = {
    "/page": _page,
    "/latin1": _latin1_page,
    "/redirect": _redirect,
    "/loop": _loop,
    "/slow": _slow,
    "/flaky": _flaky,
    "/busy": _busy,
    "/broken": _broken,
    "/big": _big,
    "/big-chunked": _big_chunked,
    "/report.pdf": _pdf,
    "/untyped": _untyped,
    "/feed.rss": _feed("application/rss+xml", "feed.rss"),
    "/feed.atom": _feed("application/atom+xml", "feed.atom"),
    "/not-a-feed": _page,
    "/robots.txt": _robots,
    "/private/page": _private,
    "/empty": lambda handler: handler.answer(200, "text/html", b"<html><body></body></html>"),
}


class QuietServer(ThreadingHTTPServer):
    """Does not wait for slow handlers on close, nor print their broken pipes."""

    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        return


@contextmanager
def serve(routes: dict[str, Route] | None = None) -> Iterator[LocalServer]:
    """A live server on a free port of 127.0.0.1, serving ``routes``, until the block ends."""
    state = LocalServer("127.0.0.1", 0)
    handler = type("BoundHandler", (Handler,), {"state": state, "routes": routes or ROUTES})
    server = QuietServer(("127.0.0.1", 0), handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def http_server() -> Iterator[LocalServer]:
    """The server with :data:`ROUTES`, shared by the tests of one module."""
    with serve() as state:
        yield state
