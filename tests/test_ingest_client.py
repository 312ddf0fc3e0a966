"""make_client's transports: retries, per-host spacing and robots.txt, over real sockets."""

from __future__ import annotations

import socket
import time
import uuid
from email.utils import formatdate
from itertools import pairwise

import httpx
import pytest
from http_fixtures import Handler, LocalServer, Route, http_server, serve

from eventatlas.article import Article
from eventatlas.ingest import FetchPolicy, RobotsDisallowed, fetch_article, make_client
from eventatlas.ingest.client import retry_after_seconds
from eventatlas.pipeline import Failure

__all__ = ["http_server"]  # the fixture, imported so that pytest finds it

FAST = FetchPolicy(retries=2, backoff=0.01, min_interval=0.0)


class Counting(httpx.BaseTransport):
    """A real HTTP transport that counts what passes through it: the seam in use."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _agent() -> str:
    return f"eventatlas-client/{uuid.uuid4().hex[:8]}"


def _robots_route(status: int, body: bytes = b"") -> dict[str, Route]:
    def robots(handler: Handler) -> None:
        handler.answer(status, "text/plain", body)

    def page(handler: Handler) -> None:
        handler.answer(
            200, "text/html", b"<html><body><p>Mortar fire hit the port.</p></body></html>"
        )

    return {"/robots.txt": robots, "/page": page}


@pytest.mark.parametrize(
    "value, expected",
    [("3", 3.0), (" 12 ", 12.0), (None, None), ("", None), ("soon", None)],
)
def test_ingest_client_retry_after_seconds(value: str | None, expected: float | None) -> None:
    assert retry_after_seconds(value) == expected


def test_ingest_client_retry_after_as_a_date() -> None:
    seconds = retry_after_seconds(formatdate(time.time() + 30, usegmt=True))
    assert seconds is not None and 25 < seconds <= 30


def test_ingest_client_uses_the_transport_given(http_server: LocalServer) -> None:
    counting = Counting()
    with make_client(user_agent=_agent(), timeout=5, transport=counting, policy=FAST) as client:
        assert isinstance(fetch_article(http_server.url("/page"), client=client), Article)
    assert counting.paths == ["/robots.txt", "/page"]


def test_ingest_client_retries_connection_errors() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    counting = Counting()
    client = make_client(user_agent=_agent(), timeout=5, transport=counting, policy=FAST)
    with client, pytest.raises(httpx.ConnectError):
        client.get(f"http://127.0.0.1:{port}/page")
    assert counting.paths == ["/robots.txt"] * (FAST.retries + 1)


def test_ingest_client_does_not_retry_a_post(http_server: LocalServer) -> None:
    agent = _agent()
    with make_client(user_agent=agent, timeout=5, policy=FAST) as client:
        assert client.post(http_server.url("/broken")).status_code == 500
        assert client.get(http_server.url("/broken")).status_code == 500
    sent = [r.path for r in http_server.requests if r.headers.get("User-Agent") == agent]
    assert sent == ["/robots.txt", "/broken"] + ["/broken"] * (FAST.retries + 1)


def test_ingest_client_spaces_requests_to_one_host(http_server: LocalServer) -> None:
    agent = _agent()
    policy = FetchPolicy(retries=0, min_interval=0.25)
    with make_client(user_agent=agent, timeout=5, policy=policy) as client:
        for _ in range(2):
            assert isinstance(fetch_article(http_server.url("/page"), client=client), Article)
    times = [r.at for r in http_server.requests if r.headers.get("User-Agent") == agent]
    assert len(times) == 3
    # The client waits 0.25 s between sends; the server's clock of arrival jitters by
    # a few tens of milliseconds on a loaded machine, never by a quarter second.
    assert all(later - earlier >= 0.15 for earlier, later in pairwise(times))


def test_ingest_client_spacing_is_per_host(http_server: LocalServer) -> None:
    agent = _agent()
    policy = FetchPolicy(retries=0, min_interval=2.0, robots=False)
    with serve() as other, make_client(user_agent=agent, timeout=5, policy=policy) as client:
        started = time.monotonic()
        client.get(http_server.url("/page"))
        client.get(other.url("/page"))
        assert time.monotonic() - started < 1.0


def test_ingest_client_robots_rules_for_our_agent() -> None:
    body = b"User-agent: eventatlas-client\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    with serve(_robots_route(200, body)) as server:
        with make_client(user_agent=_agent(), timeout=5, policy=FAST) as ours:
            refused = fetch_article(server.url("/page"), client=ours)
        with make_client(user_agent="otherbot/2", timeout=5, policy=FAST) as theirs:
            allowed = fetch_article(server.url("/page"), client=theirs)
    assert isinstance(refused, Failure) and "does not allow fetching /page" in refused.message
    assert isinstance(allowed, Article)


def test_ingest_client_missing_robots_allows_all() -> None:
    with serve(_robots_route(404)) as server:
        with make_client(user_agent=_agent(), timeout=5, policy=FAST) as client:
            assert isinstance(fetch_article(server.url("/page"), client=client), Article)
            assert isinstance(fetch_article(server.url("/page"), client=client), Article)
        assert len(server.hits("/robots.txt")) == 1


def test_ingest_client_failing_robots_allows_nothing_and_is_asked_again() -> None:
    policy = FetchPolicy(retries=0, min_interval=0.0)
    with serve(_robots_route(503)) as server:
        with make_client(user_agent=_agent(), timeout=5, policy=policy) as client:
            with pytest.raises(RobotsDisallowed):
                client.get(server.url("/page"))
            with pytest.raises(RobotsDisallowed):
                client.get(server.url("/page"))
        assert len(server.hits("/robots.txt")) == 2
        assert server.hits("/page") == []


def test_ingest_client_robots_redirect_is_followed() -> None:
    def moved(handler: Handler) -> None:
        handler.answer(301, "text/plain", b"", {"Location": "/rules.txt"})

    def rules(handler: Handler) -> None:
        handler.answer(200, "text/plain", b"User-agent: *\nDisallow: /page\n")

    routes: dict[str, Route] = {**_robots_route(200), "/robots.txt": moved, "/rules.txt": rules}
    client = make_client(user_agent=_agent(), timeout=5, policy=FAST)
    refused = pytest.raises(RobotsDisallowed, match="does not allow fetching /page")
    with serve(routes) as server, client, refused:
        client.get(server.url("/page"))


def test_ingest_client_robots_can_be_switched_off(http_server: LocalServer) -> None:
    policy = FetchPolicy(retries=0, min_interval=0.0, robots=False)
    with make_client(user_agent=_agent(), timeout=5, policy=policy) as client:
        article = fetch_article(http_server.url("/private/page"), client=client)
    assert isinstance(article, Article)


def test_ingest_client_robots_redirect_loop_allows_all() -> None:
    def loop(handler: Handler) -> None:
        handler.answer(302, "text/plain", b"", {"Location": "/robots.txt"})

    routes: dict[str, Route] = {**_robots_route(200), "/robots.txt": loop}
    with (
        serve(routes) as server,
        make_client(user_agent=_agent(), timeout=5, policy=FAST) as client,
    ):
        assert isinstance(fetch_article(server.url("/page"), client=client), Article)
    assert len(server.hits("/robots.txt")) == 6


def test_ingest_client_reads_only_the_start_of_a_huge_robots_txt() -> None:
    body = b"# padding\n" * 60_000 + b"User-agent: *\nDisallow: /\n"
    client = make_client(user_agent=_agent(), timeout=5, policy=FAST)
    with serve(_robots_route(200, body)) as server, client:
        assert isinstance(fetch_article(server.url("/page"), client=client), Article)
