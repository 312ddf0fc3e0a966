"""New articles into the store: skip the stored ones, extract the rest, commit in batches.

This is what ``eventatlas ingest`` and ``eventatlas watch`` do with the
articles their sources give. The run can be killed at any moment and
started again with the same sources:

- before extracting, articles whose text or URL the store holds are
  skipped (one look-up per :data:`LOOKAHEAD` articles), so the part already
  done costs a hash and a query, not an extraction;
- articles and their events are saved :data:`BATCH` at a time, each batch
  in one transaction: a batch is stored whole or not at all;
- just before saving, each batch is checked again, so the first copy of a
  text (or URL) in input order is the one stored, with its events, however
  the run was cut into batches or interrupted.

Several processes may ingest into one PostgreSQL at once: a batch that
meets another writer's rows (a unique key taken, a deadlock) is retried.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, BinaryIO

import httpx
from sqlalchemy.exc import IntegrityError, OperationalError

from eventatlas.article import Article
from eventatlas.errors import StoreError
from eventatlas.ingest.known import Keys, is_known, stored_hashes, stored_urls
from eventatlas.ingest.sourcing import AlreadyStored, Item, read_sources
from eventatlas.pipeline import Failure, Pipeline
from eventatlas.runner import outcomes
from eventatlas.settings import Settings

if TYPE_CHECKING:
    from eventatlas.event import Event
    from eventatlas.store import SaveResult, Store

BATCH = 100
LOOKAHEAD = 500
MAX_BATCH_SECONDS = 5.0
SAVE_ATTEMPTS = 6
# PostgreSQL's deadlock_detected and serialization_failure: the other writer won; try again.
RETRY_SQLSTATES = frozenset({"40P01", "40001"})

Warn = Callable[[str], None]


@dataclass
class IngestSummary:
    """What an ingestion read, skipped, stored and found."""

    read: int = 0
    known: int = 0
    skipped: int = 0
    duplicates: int = 0
    stored: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary printed on standard error."""
        return (
            f"{self.read} article(s) read, {self.known} already stored, "
            f"{self.skipped} skipped, {self.duplicates} duplicate(s), "
            f"{self.stored} new article(s) stored with {self.events} event(s)"
        )

    def add(self, other: IngestSummary) -> None:
        """Add ``other``'s counts to these (a watch adds up its polls)."""
        for name in ("read", "known", "skipped", "duplicates", "stored", "events"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.extend(other.failures)


def ingest_sources(
    sources: Sequence[str],
    *,
    store: Store,
    settings: Settings,
    client: httpx.Client | None = None,
    batch: int = BATCH,
    warn: Warn = lambda message: None,
    advance: Callable[[], None] = lambda: None,
    stdin: BinaryIO | None = None,
    pipeline: Pipeline | None = None,
) -> IngestSummary:
    """Read every SOURCE and store the articles (and their events) the store lacks.

    Example::

        with Store.open("events.db") as store:
            summary = ingest_sources(["reports/", "https://example.org/feed.rss"],
                                     store=store, settings=Settings())
    """
    items = read_sources(
        sources,
        settings=settings,
        client=client,
        stored_urls=lambda urls: stored_urls(store, urls),
        stdin=stdin,
    )
    return store_new(
        items,
        store=store,
        settings=settings,
        batch=batch,
        warn=warn,
        advance=advance,
        pipeline=pipeline,
    )


def store_new(
    items: Iterable[Item],
    *,
    store: Store,
    settings: Settings,
    batch: int = BATCH,
    warn: Warn = lambda message: None,
    advance: Callable[[], None] = lambda: None,
    pipeline: Pipeline | None = None,
) -> IngestSummary:
    """Extract and store the articles of ``items`` that the store does not hold yet."""
    if batch < 1:
        raise ValueError(f"batch must be 1 or more, not {batch}")
    summary = IngestSummary()
    saver = _Saver(store, summary, batch)
    fresh = _unknown(items, store, summary, advance)
    for outcome in outcomes(fresh, settings, pipeline):
        advance()
        if outcome.failure is not None:
            summary.skipped += 1
            summary.failures.append(outcome.failure)
            warn(f"skipped {outcome.failure.where}: {outcome.failure.message}")
            continue
        assert outcome.article is not None
        for problem in outcome.article.problems:
            warn(f"{outcome.article.origin or outcome.article.id}: {problem.message}")
        saver.add(outcome.article, outcome.events)
    saver.flush()
    return summary


def _unknown(
    items: Iterable[Item], store: Store, summary: IngestSummary, advance: Callable[[], None]
) -> Iterator[Article | Failure]:
    """The items that still need extracting: failures, and articles the store lacks."""
    stream = iter(items)
    while chunk := list(islice(stream, LOOKAHEAD)):
        articles = [item for item in chunk if isinstance(item, Article)]
        keys = [Keys.of(article) for article in articles]
        found = stored_hashes(store, keys) if keys else set()
        known = {id(a) for a, k in zip(articles, keys, strict=True) if is_known(k, found)}
        for item in chunk:
            summary.read += 1
            if isinstance(item, AlreadyStored) or id(item) in known:
                summary.known += 1
                advance()
            else:
                yield item


class _Saver:
    """Collects extracted articles and saves them a batch (one transaction) at a time."""

    def __init__(self, store: Store, summary: IngestSummary, batch: int) -> None:
        self.store = store
        self.summary = summary
        self.batch = batch
        self.pending: list[tuple[Article, list[Event]]] = []
        self.started = time.monotonic()

    def add(self, article: Article, events: list[Event]) -> None:
        self.pending.append((article, events))
        waited = time.monotonic() - self.started
        if len(self.pending) >= self.batch or waited >= MAX_BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Save what is pending, except copies of articles stored before them."""
        pending, self.pending, self.started = self.pending, [], time.monotonic()
        if not pending:
            return
        keyed = [(Keys.of(article), article, events) for article, events in pending]
        found = stored_hashes(self.store, [keys for keys, _, _ in keyed])
        chosen: list[tuple[Article, list[Event]]] = []
        for keys, article, events in keyed:
            if is_known(keys, found):
                self.summary.duplicates += 1
                continue
            found.update(key for key in (keys.text, keys.url) if key)
            chosen.append((article, events))
        for result in save_batch(self.store, chosen):
            self.summary.stored += int(result.new)
            self.summary.events += len(result.event_ids)


def save_batch(store: Store, items: list[tuple[Article, list[Event]]]) -> list[SaveResult]:
    """Save ``items`` in one transaction, retrying when another writer got in the way."""
    for attempt in range(1, SAVE_ATTEMPTS + 1):
        try:
            return store.save_many(items, batch=max(1, len(items)))
        except (StoreError, OperationalError) as error:
            if attempt == SAVE_ATTEMPTS or not _contended(error):
                raise
            time.sleep(random.uniform(0.05, 0.2) * attempt)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _contended(error: Exception) -> bool:
    """Whether ``error`` came from another writer (a retry can succeed), not from our data."""
    cause = error.__cause__ if isinstance(error, StoreError) else error
    if isinstance(cause, IntegrityError):
        return True
    if isinstance(cause, OperationalError):
        original = cause.orig
        return getattr(original, "sqlstate", None) in RETRY_SQLSTATES or "locked" in str(original)
    return False
