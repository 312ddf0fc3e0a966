"""RSS and Atom feeds: what is new since the last read, with conditional GET.

The feed is fetched with httpx (through the same polite client as pages)
and parsed from bytes with feedparser, which never touches the network.
Pass back the ``etag`` and ``modified`` of the last result: an unchanged
feed then answers 304 and costs nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from eventatlas.errors import ArticleError, InputError
from eventatlas.ingest.download import Download, download
from eventatlas.ingest.markup import strip_tags

MAX_FEED_BYTES = 16_000_000
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml"})


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: the article's link and what the feed says of it."""

    url: str
    title: str | None
    published: str | None
    summary: str | None
    id: str


@dataclass(frozen=True, slots=True)
class FeedResult:
    """A feed read: its entries and the validators to send next time."""

    entries: list[FeedEntry] = field(default_factory=list)
    etag: str | None = None
    modified: str | None = None
    not_modified: bool = False


def read_feed(
    url: str,
    *,
    client: httpx.Client,
    etag: str | None = None,
    modified: str | None = None,
    max_bytes: int = MAX_FEED_BYTES,
) -> FeedResult:
    """The entries of the feed at ``url``; ``not_modified`` when unchanged since ``etag``/``modified``.

    Raises InputError when the feed cannot be fetched or is not a feed.
    """
    headers = {"If-None-Match": etag} if etag else {}
    if modified:
        headers["If-Modified-Since"] = modified
    try:
        answer = download(client, url, max_bytes=max_bytes, headers=headers)
    except ArticleError as error:
        raise InputError(f"feed '{url}': {error.reason}") from None
    etag = answer.headers.get("ETag", etag)
    modified = answer.headers.get("Last-Modified", modified)
    if answer.status == 304:
        return FeedResult([], etag, modified, not_modified=True)
    return FeedResult(feed_entries(answer, url), etag, modified)


def looks_like_feed(answer: Download) -> bool:
    """Whether a fetched answer is an RSS or Atom document (by its type, else its start)."""
    if answer.media_type in FEED_TYPES:
        return True
    if answer.media_type not in XML_TYPES and answer.media_type:
        return False
    head = answer.content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
        head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    )


def feed_entries(answer: Download, url: str) -> list[FeedEntry]:
    """The entries of a fetched feed; InputError when it is not RSS or Atom."""
    import feedparser  # only when a feed is read

    headers = {
        "content-location": answer.url,
        "content-type": answer.headers.get("Content-Type", ""),
    }
    parsed: Any = feedparser.parse(io.BytesIO(answer.content), response_headers=headers)
    if parsed.bozo and not parsed.entries and not parsed.get("version"):
        reason = parsed.get("bozo_exception") or "no RSS or Atom found"
        raise InputError(f"feed '{url}' is not an RSS or Atom feed: {reason}")
    entries = (_entry(item) for item in parsed.entries)
    return [entry for entry in entries if entry is not None]


def _entry(item: Any) -> FeedEntry | None:
    """One entry, or None when it links to nothing we could fetch."""
    link = item.get("link") or ""
    if not link.startswith(("http://", "https://")):
        return None
    summary = strip_tags(item.get("summary") or "") or None
    return FeedEntry(
        url=link,
        title=(item.get("title") or "").strip() or None,
        published=_when(item.get("published_parsed") or item.get("updated_parsed")),
        summary=summary,
        id=item.get("id") or link,
    )


def _when(parsed: Any) -> str | None:
    """A feedparser time (UTC struct_time) as ISO 8601."""
    if not parsed:
        return None
    try:
        year, month, day, hour, minute, second = parsed[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None
