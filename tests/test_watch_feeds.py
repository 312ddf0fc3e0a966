"""Watching feeds against a real local HTTP server: full first poll, 304 after, retries, state."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.utils import formatdate
from html import escape
from pathlib import Path

import httpx
import pytest
from http_fixtures import Handler, LocalServer, QuietServer, Route
from test_ingest_run_resume import report
from typer.testing import CliRunner

from eventatlas.cli import app
from eventatlas.errors import UsageError
from eventatlas.ingest import FetchPolicy, make_client
from eventatlas.ingest.feedstate import MAX_ATTEMPTS, FeedStates, state_path
from eventatlas.ingest.watch import parse_every, watch_feeds
from eventatlas.settings import Settings
from eventatlas.store import Store

ITEMS = 1000
# A second paragraph, as real pages have: on a one-paragraph page trafilatura
# falls back to its slowest extractor, which would make this test crawl.
BACKGROUND = (
    "<p>The district has seen repeated raids on roads and markets since the start of the year,"
    " according to local monitors who keep a tally of them.</p>"
)
ETAG = '"news-v1"'
MODIFIED = formatdate(1_715_500_000, usegmt=True)


def _rss(server: LocalServer, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Report {index}</title><link>{escape(server.url(link))}</link>"
        f"<guid>{escape(link)}</guid><pubDate>{MODIFIED}</pubDate></item>"
        for index, link in enumerate(links)
    )
    channel = f"<channel><title>Local wire</title><link>{server.url('/')}</link>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def _feed(links: Callable[[Handler], list[str]]) -> Route:
    def answer(handler: Handler) -> None:
        if handler.headers.get("If-None-Match") == ETAG:
            handler.send_response(304)
            handler.send_header("ETag", ETAG)
            handler.end_headers()
            return
        validators = {"ETag": ETAG, "Last-Modified": MODIFIED}
        body = _rss(handler.state, links(handler))
        handler.answer(200, "application/rss+xml", body, validators)

    return answer


def _story(handler: Handler) -> None:
    record = report(int(handler.query("n")))
    page = (
        f"<html><head><title>Report {record['id']}</title></head><body><article>"
        f"<h1>Report {record['id']}</h1><p>{escape(record['text'])}</p>{BACKGROUND}"
        "</article></body></html>"
    )
    handler.answer(200, "text/html; charset=utf-8", page.encode())


def _late(handler: Handler) -> None:
    """Missing on the first request, there afterwards (a page published after its feed item)."""
    if handler.state.count(handler.path) == 1:
        handler.answer(404, "text/plain", b"not yet")
    else:
        _story(handler)


def _late_link(handler: Handler) -> str:
    return f"/late?n=2001&key={handler.query('key')}"


ROUTES: dict[str, Route] = {
    "/robots.txt": lambda handler: handler.answer(200, "text/plain", b"User-agent: *\nAllow: /\n"),
    "/news.rss": _feed(lambda handler: [f"/story?n={n}" for n in range(ITEMS)]),
    "/mixed.rss": _feed(lambda handler: ["/story?n=2000", _late_link(handler), "/story?n=2002"]),
    "/gone.rss": _feed(lambda handler: [f"/nowhere?key={handler.query('key')}"]),
    "/story": _story,
    "/late": _late,
}


@contextmanager
def serve_quickly(routes: dict[str, Route]) -> Iterator[LocalServer]:
    """:func:`http_fixtures.serve`, answering without Nagle's delay (40 ms a page otherwise)."""
    state = LocalServer("127.0.0.1", 0)
    bound = {"state": state, "routes": routes, "disable_nagle_algorithm": True}
    server = QuietServer(("127.0.0.1", 0), type("QuickHandler", (Handler,), bound))
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
def server() -> Iterator[LocalServer]:
    with serve_quickly(ROUTES) as state:
        yield state


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    policy = FetchPolicy(retries=0, backoff=0.01, min_interval=0.0)
    with make_client(user_agent="eventatlas-test-watch", timeout=10.0, policy=policy) as made:
        yield made


def _since(server: LocalServer, mark: int, path: str) -> list[str]:
    return [logged.path for logged in server.requests[mark:] if logged.path.startswith(path)]


@pytest.mark.slow
def test_watch_feed_of_1000_items_then_nothing_new(
    server: LocalServer, client: httpx.Client, tmp_path: Path, settings: Settings
) -> None:
    feed = server.url("/news.rss")
    with Store.open(str(tmp_path / "events.db")) as store, FeedStates(tmp_path / "s.db") as states:
        first = watch_feeds([feed], store=store, states=states, settings=settings, every=60,
                            once=True, client=client)  # fmt: skip
        assert first.totals.stored == ITEMS and store.articles_count() == ITEMS
        assert first.totals.events >= ITEMS // 2 and store.count() == first.totals.events
        mark = len(server.requests)
        second = watch_feeds([feed], store=store, states=states, settings=settings, every=60,
                             once=True, client=client)  # fmt: skip
        assert second.unchanged == 1 and second.totals.read == 0
        assert _since(server, mark, "/story") == []
        assert [logged.headers.get("If-None-Match") for logged in server.requests[mark:]] == [ETAG]
        assert store.articles_count() == ITEMS


def test_watch_failed_page_is_retried_on_the_next_poll(
    server: LocalServer, client: httpx.Client, tmp_path: Path, settings: Settings
) -> None:
    feed = server.url("/mixed.rss?key=retry")
    with Store.open(str(tmp_path / "events.db")) as store, FeedStates(tmp_path / "s.db") as states:
        first = watch_feeds([feed], store=store, states=states, settings=settings, every=60,
                            once=True, client=client)  # fmt: skip
        assert (first.totals.stored, first.totals.skipped) == (2, 1)
        assert states.get(feed).etag is None  # so that the next poll is a full GET, not a 304
        assert states.waiting(feed) == 1
        mark = len(server.requests)
        second = watch_feeds([feed], store=store, states=states, settings=settings, every=60,
                             once=True, client=client)  # fmt: skip
        assert _since(server, mark, "/story") == [] and _since(server, mark, "/late") != []
        assert second.totals.stored == 1 and store.articles_count() == 3
        assert states.get(feed).etag == ETAG and states.waiting(feed) == 0


def test_watch_gives_up_on_a_page_after_max_attempts(
    server: LocalServer, client: httpx.Client, tmp_path: Path, settings: Settings
) -> None:
    feed = server.url("/gone.rss?key=give-up")
    with Store.open(str(tmp_path / "events.db")) as store, FeedStates(tmp_path / "s.db") as states:
        for _ in range(MAX_ATTEMPTS):
            watch_feeds([feed], store=store, states=states, settings=settings, every=60,
                        once=True, client=client)  # fmt: skip
        assert states.waiting(feed) == 0 and states.get(feed).etag == ETAG
        assert len(server.hits("/nowhere?key=give-up")) == MAX_ATTEMPTS
        assert store.articles_count() == 0


def test_watch_unreachable_feed_is_reported_and_the_rest_run(
    server: LocalServer, client: httpx.Client, tmp_path: Path, settings: Settings
) -> None:
    warnings: list[str] = []
    feeds = [server.url("/missing.rss"), server.url("/mixed.rss?key=unreachable")]
    with Store.open(str(tmp_path / "events.db")) as store, FeedStates(tmp_path / "s.db") as states:
        summary = watch_feeds(feeds, store=store, states=states, settings=settings, every=60,
                              once=True, client=client, warn=warnings.append)  # fmt: skip
        assert summary.errors == 1 and summary.polls == 2
        assert any("404" in warning for warning in warnings)
        assert str(states.get(feeds[0]).status).startswith("error")


def test_watch_polls_every_period_until_stopped(
    server: LocalServer, client: httpx.Client, tmp_path: Path, settings: Settings
) -> None:
    stop = threading.Event()
    polls: list[str] = []

    def count(report: object) -> None:
        polls.append(str(report))
        if len(polls) == 3:
            stop.set()

    with Store.open(str(tmp_path / "events.db")) as store, FeedStates(tmp_path / "s.db") as states:
        summary = watch_feeds([server.url("/gone.rss?key=period")], store=store, states=states,
                              settings=settings, every=0.05, client=client, on_poll=count,
                              stop=stop)  # fmt: skip
    assert summary.rounds == 3 and len(polls) == 3


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90", 90.0), ("30s", 30.0), ("10m", 600.0), ("2h", 7200.0), ("1d", 86400.0), ("1.5m", 90.0)],
)
def test_watch_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "ten minutes", "5w", "-1m"])
def test_watch_parse_every_refuses_nonsense(text: str) -> None:
    with pytest.raises(UsageError, match="--every"):
        parse_every(text)


def test_watch_state_file_sits_beside_sqlite_or_in_the_cache(tmp_path: Path) -> None:
    assert (
        state_path(str(tmp_path / "events.db"), tmp_path / "c") == tmp_path / "events.feeds.sqlite"
    )
    elsewhere = state_path("postgresql://u:secret@db.example.org/atlas", tmp_path / "c")
    assert elsewhere.parent == tmp_path / "c" / "feeds" and "secret" not in str(elsewhere)


def test_watch_cli_once(server: LocalServer, tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "events.db"
    arguments = [
        "watch",
        server.url("/mixed.rss?key=cli"),
        "--db",
        str(db),
        "--once",
        "--every",
        "1m",
    ]
    env = {"EVENTATLAS_CACHE_DIR": str(settings.cache_dir)}
    result = CliRunner().invoke(app, arguments, env=env)
    assert result.exit_code == 0, result.output
    assert "1 round(s), 1 poll(s)" in result.stderr and "new article(s) stored" in result.stderr
    assert (tmp_path / "events.feeds.sqlite").exists()
    with Store.open(str(db)) as store:
        assert store.articles_count() >= 2
