"""read_feed against a real HTTP server: RSS, Atom, conditional GET, bad feeds."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from http_fixtures import FEED_ETAG, FEED_MODIFIED, LocalServer, http_server

from eventatlas.errors import InputError
from eventatlas.ingest import FeedEntry, FeedResult, FetchPolicy, make_client, read_feed

__all__ = ["http_server"]  # the fixture, imported so that pytest finds it


@pytest.fixture()
def agent() -> str:
    return f"eventatlas-feeds/{uuid.uuid4().hex[:8]}"


@pytest.fixture()
def client(agent: str) -> Iterator[httpx.Client]:
    policy = FetchPolicy(retries=1, backoff=0.01, min_interval=0.0)
    with make_client(user_agent=agent, timeout=5.0, policy=policy) as made:
        yield made


def test_ingest_feed_rss_entries(http_server: LocalServer, client: httpx.Client) -> None:
    result = read_feed(http_server.url("/feed.rss"), client=client)
    assert result == FeedResult(
        entries=[
            FeedEntry(
                url="https://wire.example.org/2024/03/05/kharkiv-school",
                title="Shelling damages school in Kharkiv district",
                published="2024-03-05T08:30:00+00:00",
                summary="Two men were killed when shells hit the Saltivskyi district.",
                id="nw-2024-0305-01",
            ),
            FeedEntry(
                url=http_server.url("/2024/03/04/bamako-march"),
                title="Protesters march in Bamako over fuel prices",
                published="2024-03-04T16:05:00+00:00",
                summary="Several hundred people marched to the city hall.",
                id=http_server.url("/2024/03/04/bamako-march"),
            ),
        ],
        etag=FEED_ETAG,
        modified=FEED_MODIFIED,
        not_modified=False,
    )


def test_ingest_feed_atom_entries(http_server: LocalServer, client: httpx.Client) -> None:
    result = read_feed(http_server.url("/feed.atom"), client=client)
    assert [(e.url, e.id, e.published) for e in result.entries] == [
        (
            "https://sahel.example.net/menaka-market",
            "urn:example:sahel-desk:4411",
            "2024-03-06T10:15:00+00:00",
        ),
        (
            "https://sahel.example.net/gao-convoy",
            "urn:example:sahel-desk:4410",
            "2024-03-05T09:00:00+00:00",
        ),
    ]
    assert result.entries[0].summary == "Residents said at least four traders were killed."
    assert result.entries[1].title == "Army says convoy reached Gao"


@pytest.mark.parametrize(
    "etag, modified",
    [(FEED_ETAG, None), (None, FEED_MODIFIED), (FEED_ETAG, FEED_MODIFIED)],
    ids=["etag", "modified", "both"],
)
def test_ingest_feed_unchanged_answers_not_modified(
    http_server: LocalServer,
    client: httpx.Client,
    agent: str,
    etag: str | None,
    modified: str | None,
) -> None:
    result = read_feed(http_server.url("/feed.rss"), client=client, etag=etag, modified=modified)
    assert result == FeedResult([], FEED_ETAG, modified, not_modified=True)
    [sent] = [r for r in http_server.hits("/feed.rss") if r.headers.get("User-Agent") == agent]
    assert sent.headers.get("If-None-Match") == etag
    assert sent.headers.get("If-Modified-Since") == modified


def test_ingest_feed_validators_round_trip(http_server: LocalServer, client: httpx.Client) -> None:
    first = read_feed(http_server.url("/feed.atom"), client=client)
    again = read_feed(
        http_server.url("/feed.atom"), client=client, etag=first.etag, modified=first.modified
    )
    assert len(first.entries) == 2 and not first.not_modified
    assert again.not_modified and again.entries == []


def test_ingest_feed_changed_etag_reads_again(
    http_server: LocalServer, client: httpx.Client
) -> None:
    result = read_feed(http_server.url("/feed.rss"), client=client, etag='"old"')
    assert not result.not_modified and len(result.entries) == 2


def test_ingest_feed_that_is_a_page_is_an_input_error(
    http_server: LocalServer, client: httpx.Client
) -> None:
    url = http_server.url("/not-a-feed")
    with pytest.raises(InputError, match=f"feed '{url}' is not an RSS or Atom feed"):
        read_feed(url, client=client)


def test_ingest_missing_feed_is_an_input_error(
    http_server: LocalServer, client: httpx.Client
) -> None:
    url = http_server.url("/gone.rss")
    with pytest.raises(InputError) as caught:
        read_feed(url, client=client)
    assert str(caught.value) == f"feed '{url}': the server answered HTTP 404 Not Found"


def test_ingest_oversized_feed_is_an_input_error(
    http_server: LocalServer, client: httpx.Client
) -> None:
    url = http_server.url("/feed.rss")
    with pytest.raises(InputError, match="is over the 100 bytes limit"):
        read_feed(url, client=client, max_bytes=100)
