"""Following feeds: poll each one politely, store the new articles, wait, poll again.

Each poll sends the feed's last ETag and Last-Modified, so an unchanged
feed answers 304 and costs one small request. Only entries not done
before (see :mod:`eventatlas.ingest.feedstate`) and whose URL the store
lacks are fetched, through the client's per-host spacing, robots.txt,
retries with backoff and timeouts; their articles go through
:func:`~eventatlas.ingest.intake.store_new`. The validators are saved after
the articles are committed, so a watch killed at any moment loses nothing.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from eventatlas.errors import InputError, UsageError
from eventatlas.ingest.client import make_client
from eventatlas.ingest.feeds import FeedEntry, read_feed
from eventatlas.ingest.feedstate import FeedStates, PollRecord
from eventatlas.ingest.intake import IngestSummary, Warn, store_new
from eventatlas.ingest.known import stored_urls
from eventatlas.ingest.sourcing import AlreadyStored, Item, fetch_entries
from eventatlas.pipeline import Failure, Pipeline
from eventatlas.settings import Settings

if TYPE_CHECKING:
    from eventatlas.store import Store

KEPT_FAILURES = 1000
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_every(text: str) -> float:
    """Seconds in a period such as ``90``, ``30s``, ``10m``, ``2h`` or ``1d``."""
    match = _EVERY.match(text)
    if not match or float(match.group(1)) <= 0:
        raise UsageError(f"--every {text!r}: give a period such as 30s, 10m, 2h or 1d")
    return float(match.group(1)) * UNITS[(match.group(2) or "s").lower()]


@dataclass
class PollReport:
    """What one poll of one feed did."""

    feed: str
    status: str
    entries: int = 0
    summary: IngestSummary = field(default_factory=IngestSummary)


@dataclass
class WatchSummary:
    """What a watch did over all its rounds."""

    rounds: int = 0
    polls: int = 0
    unchanged: int = 0
    errors: int = 0
    totals: IngestSummary = field(default_factory=IngestSummary)

    def line(self) -> str:
        """The one-line summary printed on standard error."""
        return (
            f"{self.rounds} round(s), {self.polls} poll(s): {self.unchanged} unchanged, "
            f"{self.errors} failed; " + self.totals.line()
        )

    def add(self, report: PollReport) -> None:
        """Count one poll (keeping only the latest failures: a watch may run for months)."""
        self.polls += 1
        self.unchanged += report.status == "not modified"
        self.errors += report.status.startswith("error")
        self.totals.add(report.summary)
        del self.totals.failures[:-KEPT_FAILURES]


@dataclass
class Watcher:
    """Everything a poll needs, made once for the whole watch."""

    store: Store
    states: FeedStates
    client: httpx.Client
    settings: Settings
    pipeline: Pipeline | None = None
    warn: Warn = lambda message: None

    def poll(self, feed: str) -> PollReport:
        """Poll ``feed`` once and store its new articles."""
        state = self.states.get(feed)
        try:
            result = read_feed(feed, client=self.client, etag=state.etag, modified=state.modified)
        except InputError as error:
            self.warn(str(error))
            self.states.note(feed, f"error: {error}")
            return PollReport(feed, f"error: {error}")
        if result.not_modified:
            self.states.note(feed, "not modified")
            return PollReport(feed, "not modified")
        done = self.states.done(feed)
        entries = _unique([entry for entry in result.entries if entry.id not in done])
        summary, finished, failed = self._take(entries)
        current = [entry.id for entry in result.entries]
        status = f"{len(entries)} new entr{'y' if len(entries) == 1 else 'ies'}"
        record = PollRecord(result.etag, result.modified, status, finished, failed, current)
        self.states.record(feed, record)
        return PollReport(feed, status, len(entries), summary)

    def _take(self, entries: list[FeedEntry]) -> tuple[IngestSummary, list[str], list[str]]:
        """Fetch and store ``entries``; the summary, the entries done and those that failed."""
        stored = stored_urls(self.store, [entry.url for entry in entries])
        todo = [entry for entry in entries if entry.url not in stored]
        fetched = dict(fetch_entries(todo, client=self.client, settings=self.settings))
        items: list[Item] = [
            AlreadyStored(entry.url) if entry.url in stored else fetched[entry] for entry in entries
        ]
        summary = store_new(
            items, store=self.store, settings=self.settings, pipeline=self.pipeline, warn=self.warn
        )
        failed = [entry.id for entry in todo if isinstance(fetched[entry], Failure)]
        given_up = set(failed)
        finished = [entry.id for entry in entries if entry.id not in given_up]
        return summary, finished, failed


def _unique(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries with the first of each id (a feed may repeat one)."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.id not in seen:
            seen.add(entry.id)
            kept.append(entry)
    return kept


def watch_feeds(
    feeds: Sequence[str],
    *,
    store: Store,
    states: FeedStates,
    settings: Settings,
    every: float,
    once: bool = False,
    client: httpx.Client | None = None,
    warn: Warn = lambda message: None,
    on_poll: Callable[[PollReport], None] = lambda report: None,
    stop: threading.Event | None = None,
) -> WatchSummary:
    """Poll every feed each ``every`` seconds (once with ``once``) until ``stop`` is set.

    Example::

        with Store.open("events.db") as store, FeedStates(Path("feeds.sqlite")) as states:
            watch_feeds(["https://example.org/feed.rss"], store=store, states=states,
                        settings=Settings(), every=600, once=True)
    """
    if not feeds:
        raise UsageError("give at least one FEED URL to watch")
    # A poll brings a few articles: extract them here, not on a cluster started per poll.
    settings = dataclasses.replace(settings, workers=0, cluster=None)
    owned = client is None
    client = client or make_client(user_agent=settings.user_agent, timeout=settings.http_timeout)
    stop = stop or threading.Event()
    watcher = Watcher(store, states, client, settings, Pipeline.default(settings), warn)
    summary = WatchSummary()
    try:
        while not stop.is_set():
            started = time.monotonic()
            summary.rounds += 1
            for feed in feeds:
                report = watcher.poll(feed)
                summary.add(report)
                on_poll(report)
            if once or stop.wait(max(0.0, every - (time.monotonic() - started))):
                break
    finally:
        if owned:
            client.close()
    return summary
