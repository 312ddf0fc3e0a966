"""fetch_article against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from http_fixtures import BIG_BYTES, LocalServer, http_server

from eventatlas.article import Article
from eventatlas.ingest import FetchPolicy, fetch_article, make_client
from eventatlas.pipeline import Failure

__all__ = ["http_server"]  # the fixture, imported so that pytest finds it

FAST = FetchPolicy(retries=2, backoff=0.01, min_interval=0.0)


@pytest.fixture()
def agent() -> str:
    """A User-Agent of this test alone, to pick its requests out of the server's log."""
    return f"eventatlas-test/{uuid.uuid4().hex[:8]}"


@pytest.fixture()
def client(agent: str) -> Iterator[httpx.Client]:
    with make_client(user_agent=agent, timeout=5.0, policy=FAST) as made:
        yield made


def _sent(server: LocalServer, agent: str) -> list[str]:
    return [r.path for r in server.requests if r.headers.get("User-Agent") == agent]


def test_ingest_fetch_article_reads_a_page(http_server: LocalServer, client: httpx.Client) -> None:
    url = http_server.url("/page")
    article = fetch_article(url, client=client)
    assert isinstance(article, Article)
    assert (article.id, article.url, article.origin) == (url, url, url)
    assert article.title == "Shelling damages school in Kharkiv district"
    assert article.published == "2024-03-05"
    assert article.source == "Northern Wire"
    assert article.language == "en"
    assert "KHARKIV, March 5 (Northern Wire) - Artillery shells struck" in article.text
    assert article.problems == []


def test_ingest_fetch_sends_our_user_agent_and_asks_robots_first(
    http_server: LocalServer, client: httpx.Client, agent: str
) -> None:
    fetch_article(http_server.url("/page"), client=client)
    fetch_article(http_server.url("/page"), client=client)
    assert _sent(http_server, agent) == ["/robots.txt", "/page", "/page"]


def test_ingest_fetch_follows_a_redirect_chain(
    http_server: LocalServer, client: httpx.Client, agent: str
) -> None:
    article = fetch_article(http_server.url("/redirect?hops=3"), client=client)
    assert isinstance(article, Article)
    assert article.url == article.id == http_server.url("/page")
    assert article.origin == http_server.url("/redirect?hops=3")
    assert _sent(http_server, agent)[1:] == [
        "/redirect?hops=3",
        "/redirect?hops=2",
        "/redirect?hops=1",
        "/page",
    ]


def test_ingest_fetch_stops_a_redirect_loop(http_server: LocalServer, client: httpx.Client) -> None:
    url = http_server.url("/loop")
    assert fetch_article(url, client=client) == Failure(
        url, "ingest", "too many redirects; the site may be redirecting in a loop"
    )


def test_ingest_fetch_gives_up_on_a_slow_server(http_server: LocalServer, agent: str) -> None:
    url = http_server.url("/slow")
    started = time.monotonic()
    with make_client(user_agent=agent, timeout=0.3, policy=FAST) as client:
        failure = fetch_article(url, client=client)
    assert failure == Failure(url, "ingest", "timed out waiting for the server; try again later")
    assert time.monotonic() - started < 1.4


def test_ingest_fetch_retries_a_server_error(
    http_server: LocalServer, client: httpx.Client, agent: str
) -> None:
    path = f"/flaky?fail=2&key={agent}"
    article = fetch_article(http_server.url(path), client=client)
    assert isinstance(article, Article) and "Saltivskyi" in article.text
    assert _sent(http_server, agent).count(path) == 3


def test_ingest_fetch_reports_a_lasting_server_error(
    http_server: LocalServer, client: httpx.Client, agent: str
) -> None:
    url = http_server.url("/broken")
    failure = fetch_article(url, client=client)
    assert failure == Failure(url, "ingest", "the server answered HTTP 500 Internal Server Error")
    assert _sent(http_server, agent).count("/broken") == FAST.retries + 1


def test_ingest_fetch_waits_as_retry_after_asks(http_server: LocalServer, agent: str) -> None:
    policy = FetchPolicy(retries=1, backoff=0.01, min_interval=0.0, max_wait=5.0)
    path = f"/busy?key={agent}"
    with make_client(user_agent=agent, timeout=5.0, policy=policy) as client:
        article = fetch_article(http_server.url(path), client=client)
    assert isinstance(article, Article)
    first, second = [r.at for r in http_server.hits(path)]
    assert second - first >= 0.95


def test_ingest_fetch_refuses_a_declared_big_body(
    http_server: LocalServer, client: httpx.Client
) -> None:
    url = http_server.url("/big")
    failure = fetch_article(url, client=client, max_bytes=1_000_000)
    assert failure == Failure(url, "ingest", "3 MB is over the 1 MB limit; skipped")
    assert BIG_BYTES > 1_000_000


def test_ingest_fetch_stops_reading_a_streamed_big_body(
    http_server: LocalServer, client: httpx.Client
) -> None:
    url = http_server.url("/big-chunked")
    failure = fetch_article(url, client=client, max_bytes=1_000_000)
    assert isinstance(failure, Failure) and failure.where == url
    assert failure.message.startswith("over the 1 MB limit (stopped reading at ")


def test_ingest_fetch_refuses_a_pdf(http_server: LocalServer, client: httpx.Client) -> None:
    url = http_server.url("/report.pdf")
    assert fetch_article(url, client=client) == Failure(
        url, "ingest", "not a web page: the content type is 'application/pdf'"
    )


def test_ingest_fetch_without_content_type_looks_at_the_body(
    http_server: LocalServer, client: httpx.Client
) -> None:
    url = http_server.url("/untyped")
    assert fetch_article(url, client=client) == Failure(
        url, "ingest", "not a web page: no content type and no HTML in the answer"
    )
    article = fetch_article(http_server.url("/untyped?html=1"), client=client)
    assert isinstance(article, Article) and "Saltivskyi" in article.text


def test_ingest_fetch_obeys_robots_txt(http_server: LocalServer, client: httpx.Client) -> None:
    url = http_server.url("/private/page")
    site = http_server.url("")
    assert fetch_article(url, client=client) == Failure(
        url, "ingest", f"robots.txt of {site} does not allow fetching /private/page"
    )


def test_ingest_fetch_decodes_the_charset_the_server_names(
    http_server: LocalServer, client: httpx.Client
) -> None:
    article = fetch_article(http_server.url("/latin1"), client=client)
    assert isinstance(article, Article) and "Kharkív" in article.text


def test_ingest_fetch_of_an_empty_page_is_a_failure(
    http_server: LocalServer, client: httpx.Client
) -> None:
    url = http_server.url("/empty")
    assert fetch_article(url, client=client) == Failure(
        url, "ingest", "no text is left once the markup is removed"
    )


def test_ingest_fetch_of_a_missing_page_is_a_failure(
    http_server: LocalServer, client: httpx.Client
) -> None:
    url = http_server.url("/nowhere")
    assert fetch_article(url, client=client) == Failure(
        url, "ingest", "the server answered HTTP 404 Not Found"
    )


def test_ingest_fetch_from_a_closed_port_is_a_failure(client: httpx.Client) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/page"
    failure = fetch_article(url, client=client)
    assert isinstance(failure, Failure) and failure.where == url
    assert failure.message.startswith("cannot connect to the server:")


@pytest.mark.parametrize(
    "url, message",
    [
        ("ftp://example.org/file", "not an http(s) URL; give one like https://example.org/page"),
        ("/relative/page", "not an http(s) URL; give one like https://example.org/page"),
        ("http://[::1", "not a valid URL: Invalid port"),
        ("http://", "not an http(s) URL"),
    ],
)
def test_ingest_fetch_refuses_what_is_not_a_web_url(
    client: httpx.Client, url: str, message: str
) -> None:
    failure = fetch_article(url, client=client)
    assert isinstance(failure, Failure) and failure.where == url
    assert failure.message.startswith(message)


def test_ingest_fetch_works_with_any_httpx_client(http_server: LocalServer) -> None:
    with httpx.Client(timeout=5.0) as plain:
        article = fetch_article(http_server.url("/private/page"), client=plain)
        redirected = fetch_article(http_server.url("/redirect?hops=2"), client=plain)
    assert isinstance(article, Article) and "Saltivskyi" in article.text
    assert isinstance(redirected, Article) and redirected.url == http_server.url("/page")
