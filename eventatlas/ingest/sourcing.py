"""SOURCE arguments to one stream of articles: files, folders, URLs of inputs, feeds and pages.

A SOURCE is ``-`` (JSON Lines on standard input), a local file or folder,
an fsspec URL of one (``file://``, ``s3://``...), or an ``http(s)`` URL,
fetched once: an RSS or Atom answer is a feed, whose entries' pages are
fetched in turn; anything else is the page of one article. Local sources
are checked before anything is read (InputError); a web source that fails
is a Failure, and the other sources still run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO

import httpx

from eventatlas.article import Article
from eventatlas.errors import ArticleError, InputError, UsageError
from eventatlas.ingest.client import make_client
from eventatlas.ingest.download import download
from eventatlas.ingest.feeds import FeedEntry, feed_entries, looks_like_feed
from eventatlas.ingest.sources import read_articles
from eventatlas.ingest.text import STEP
from eventatlas.ingest.web import article_from_download, fetch_article
from eventatlas.pipeline import Failure
from eventatlas.settings import Settings

# Pages fetched at once; the client still spaces out requests to any one host.
FETCHERS = 4
WEB = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class AlreadyStored:
    """A source item known to be stored before it was even fetched (by its URL)."""

    where: str


Item = Article | Failure | AlreadyStored
StoredUrls = Callable[[list[str]], set[str]]
Reader = Callable[[httpx.Client | None], Iterator[Item]]


def read_sources(
    sources: Sequence[str],
    *,
    settings: Settings,
    client: httpx.Client | None = None,
    stored_urls: StoredUrls = lambda urls: set(),
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Articles from every SOURCE in turn; feed entries ``stored_urls`` knows are not fetched.

    Raises UsageError (InputError) at once when a local SOURCE cannot be used.
    """
    if not sources:
        raise UsageError("give at least one SOURCE: a file, a folder, a feed URL or a page URL")
    if list(sources).count("-") > 1:
        raise UsageError("standard input (-) can be given only once")
    readers = [_reader(source, settings, stored_urls, stdin) for source in sources]
    needs_client = client is None and any(source.startswith(WEB) for source in sources)
    if needs_client:
        client = make_client(user_agent=settings.user_agent, timeout=settings.http_timeout)
    return _chain(readers, client, owned=needs_client)


def _chain(readers: list[Reader], client: httpx.Client | None, *, owned: bool) -> Iterator[Item]:
    try:
        for reader in readers:
            yield from reader(client)
    finally:
        if owned and client is not None:
            client.close()


def _reader(
    source: str, settings: Settings, stored_urls: StoredUrls, stdin: BinaryIO | None
) -> Reader:
    """How to read ``source``; a local one is opened (and checked) now, not when read."""
    if source.startswith(WEB):
        return lambda client: _read_web(source, client, settings, stored_urls)
    articles = read_articles(
        source, max_bytes=settings.max_input_bytes, max_chars=settings.max_text_chars, stdin=stdin
    )
    return lambda client: articles


def _read_web(
    url: str, client: httpx.Client | None, settings: Settings, stored_urls: StoredUrls
) -> Iterator[Item]:
    """A feed's new entries, or the one article of a page, from one GET of ``url``."""
    assert client is not None, "read_sources makes a client for web sources"
    if stored_urls([url]):
        yield AlreadyStored(url)
        return
    try:
        answer = download(client, url, max_bytes=settings.max_input_bytes)
    except ArticleError as error:
        yield Failure(error.where, STEP, error.reason)
        return
    if not looks_like_feed(answer):
        yield article_from_download(answer, url, max_chars=settings.max_text_chars)
        return
    try:
        entries = feed_entries(answer, url)
    except InputError as error:
        yield Failure(url, STEP, str(error))
        return
    yield from read_entries(entries, client=client, settings=settings, stored_urls=stored_urls)


def read_entries(
    entries: list[FeedEntry],
    *,
    client: httpx.Client,
    settings: Settings,
    stored_urls: StoredUrls = lambda urls: set(),
) -> Iterator[Item]:
    """The articles of feed ``entries``, in feed order; stored ones are not fetched."""
    stored = stored_urls([entry.url for entry in entries])
    todo = [entry for entry in entries if entry.url not in stored]
    fetched = fetch_entries(todo, client=client, settings=settings)
    for entry in entries:
        yield AlreadyStored(entry.url) if entry.url in stored else next(fetched)[1]


def fetch_entries(
    entries: list[FeedEntry], *, client: httpx.Client, settings: Settings
) -> Iterator[tuple[FeedEntry, Article | Failure]]:
    """Each entry with the article its page gave (or a Failure), in feed order."""

    def fetch(entry: FeedEntry) -> Article | Failure:
        item = fetch_article(
            entry.url,
            client=client,
            max_bytes=settings.max_input_bytes,
            max_chars=settings.max_text_chars,
        )
        return with_entry(item, entry)

    pool = ThreadPoolExecutor(FETCHERS, thread_name_prefix="eventatlas-fetch")
    try:
        yield from zip(entries, pool.map(fetch, entries), strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def with_entry(item: Article | Failure, entry: FeedEntry) -> Article | Failure:
    """The article with the feed's title and date where the page gave none."""
    if isinstance(item, Article):
        item.title = item.title or entry.title
        item.published = item.published or entry.published
    return item
