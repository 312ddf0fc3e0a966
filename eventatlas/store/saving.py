"""Saving an article and its events, idempotently.

An article is the same as a stored one when its normalised text hashes the
same or its URL is the same; it is then not stored again. A new article is
fingerprinted for near-duplicates (:mod:`eventatlas.incidents.copies`).
Events are keyed by ``event_id``: a known one gets its machine record
refreshed (the review history still applies on top, so analysts' edits
survive any re-run), an unknown one is inserted. Once a whole batch is in,
its new and changed events are put into incidents in one pass
(:func:`eventatlas.incidents.place_events`).

A batch gives exactly what saving its items one at a time would, but reads
the stored articles, ids, events and LSH bands it may meet with one query
each (plus what it stores itself, kept in memory) and inserts its articles,
bands and events with one statement per table. Another writer's row met at
insert time raises ``IntegrityError``; the caller does the batch again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.incidents import place_events
from eventatlas.incidents.copies import band_rows, fingerprints, insert_bands
from eventatlas.store.reading import history_rows
from eventatlas.store.record import columns, current, now
from eventatlas.store.schema import articles, events

Item = tuple[Article, list[Event]]

_SPACE = re.compile(r"\s+")
_MAX_ID = 150
_IN_CHUNK = 500
# Any fixed number: it names the PostgreSQL lock that serialises re-clustering.
_INCIDENT_LOCK = 7_411_007


@dataclass(frozen=True)
class SaveResult:
    """What one save did: the stored article's id, whether it was new, the events.

    ``incident_ids`` gives the incident of each stored event, so a caller can
    print events with their incident without reading them back.
    """

    article_id: str
    new: bool
    events_added: int
    event_ids: list[str]
    incident_ids: dict[str, str | None] = field(default_factory=dict)


def content_hash(text: str) -> str:
    """The hash that identifies an article's text (Unicode, spacing and case folded)."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def url_hash(url: str | None) -> str | None:
    """The hash that identifies an article's URL (scheme and host case, fragment ignored)."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    normal = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass
class _Stored:
    """What the first pass did for one article, before incidents are known."""

    article_id: str
    new: bool
    event_ids: list[str]
    added: int = 0
    placed: list[str] = field(default_factory=list)


def save(connection: sa.Connection, article: Article, found: list[Event]) -> SaveResult:
    """Store ``article`` (unless known) and its events, within ``connection``'s transaction."""
    return save_batch(connection, [(article, found)])[0]


def save_batch(connection: sa.Connection, items: list[Item]) -> list[SaveResult]:
    """Store articles and their events, then put the new and changed events into incidents.

    The result is what saving the items one at a time in this order gives;
    the look-ups are made once for the whole batch and the rows written with
    one statement per table.
    """
    ids = _store_articles(connection, items)
    kept = [found for (_, found), (_, new) in zip(items, ids, strict=True) if new is not None]
    writer = _EventWriter(connection, [event.event_id for found in kept for event in found])
    stored = [
        writer.store(article, found, article_id, new)
        for (article, found), (article_id, new) in zip(items, ids, strict=True)
    ]
    writer.flush()
    placed = [event_id for item in stored for event_id in item.placed]
    if placed:
        lock_incidents(connection)
        place_events(connection, placed)
    incident_of = _incidents_of(
        connection, [event_id for item in stored for event_id in item.event_ids]
    )
    return [
        SaveResult(item.article_id, item.new, item.added, item.event_ids,
                   {event_id: incident_of.get(event_id) for event_id in item.event_ids})
        for item in stored
    ]  # fmt: skip


def lock_incidents(connection: sa.Connection) -> None:
    """Take the incident lock (PostgreSQL): one writer re-clusters at a time, after its inserts."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_INCIDENT_LOCK})")


def _store_articles(connection: sa.Connection, items: list[Item]) -> list[tuple[str, bool | None]]:
    """Each item's stored article id and whether it is new (None: same URL, other text)."""
    keys = [(content_hash(article.text), url_hash(article.url)) for article, _ in items]
    known = _KnownArticles(connection, items, keys)
    rows: list[dict[str, Any]] = []
    ids: list[tuple[str, bool | None]] = []
    for (article, _), (text_hash, link_hash) in zip(items, keys, strict=True):
        stored = known.find(text_hash, link_hash)
        if stored is not None:
            # None for the same URL with other text (an updated page): the first
            # version stays, and events found in the other text would point at
            # offsets we do not keep.
            ids.append((stored[0], False if stored[1] == text_hash else None))
            continue
        row = _article_row(article, known.free_id(article.id, text_hash), text_hash, link_hash)
        known.add(row["id"], text_hash, link_hash)
        rows.append(row)
        ids.append((row["id"], True))
    _insert_articles(connection, rows)
    return ids


def _insert_articles(connection: sa.Connection, rows: list[dict[str, Any]]) -> None:
    prints = fingerprints(connection, [(row["id"], row["text"]) for row in rows])
    bands: list[dict[str, Any]] = []
    for row in rows:
        found = prints.get(row["id"])
        if found is not None:
            row.update(minhash=found.minhash, copy_of=found.copy_of)
            bands.extend(band_rows(row["id"], found))
    if rows:
        connection.execute(sa.insert(articles), rows)
    insert_bands(connection, bands)


def _article_row(
    article: Article, article_id: str, text_hash: str, link_hash: str | None
) -> dict[str, Any]:
    return {
        "id": article_id, "external_id": article.id[:200] or None, "content_hash": text_hash,
        "url_hash": link_hash, "url": article.url, "title": article.title,
        "text": article.text, "source": article.source, "published": article.published,
        "language": article.language, "fetched_at": now(), "minhash": None, "copy_of": None,
    }  # fmt: skip


class _KnownArticles:
    """The stored articles a batch may meet, read at once, plus those the batch adds."""

    def __init__(
        self, connection: sa.Connection, items: list[Item], keys: list[tuple[str, str | None]]
    ) -> None:
        self.by_text: dict[str, str] = {}
        self.by_url: dict[str, tuple[str, str]] = {}
        query = sa.select(articles.c.id, articles.c.content_hash, articles.c.url_hash)
        # Two look-ups rather than one OR, so that each uses its unique index.
        for row in _chunked(connection, query, articles.c.content_hash, [t for t, _ in keys]):
            self.by_text[row.content_hash] = row.id
        for row in _chunked(connection, query, articles.c.url_hash, [u for _, u in keys if u]):
            self.by_url[row.url_hash] = (row.id, row.content_hash)
        wanted = [name for (article, _), (text_hash, _) in zip(items, keys, strict=True)
                  for name in _id_choices(article.id, text_hash)]  # fmt: skip
        taken = _chunked(connection, sa.select(articles.c.id), articles.c.id, wanted)
        self.taken = {row.id for row in taken}

    def find(self, text_hash: str, link_hash: str | None) -> tuple[str, str] | None:
        """The stored article's id and text hash; the text match wins over a URL match."""
        if text_hash in self.by_text:
            return self.by_text[text_hash], text_hash
        return self.by_url.get(link_hash) if link_hash is not None else None

    def free_id(self, wanted: str, text_hash: str) -> str:
        """The first of the article's id choices no stored article has."""
        for candidate in _id_choices(wanted, text_hash):
            if candidate not in self.taken:
                return candidate
        raise AssertionError(f"article id A-{text_hash} taken by an article of another text")

    def add(self, article_id: str, text_hash: str, link_hash: str | None) -> None:
        """Count an article the batch stores in."""
        self.by_text[text_hash] = article_id
        if link_hash is not None:
            self.by_url[link_hash] = (article_id, text_hash)
        self.taken.add(article_id)


def _id_choices(wanted: str, text_hash: str) -> list[str]:
    # The caller's id when free; callers number articles per file, so two
    # inputs can both have an article "1": the later one gets a suffix.
    wanted = wanted.strip()
    choices = [wanted, f"{wanted}~{text_hash[:8]}"] if 0 < len(wanted) <= _MAX_ID else []
    return [*choices, f"A-{text_hash[:16]}", f"A-{text_hash}"]


def _chunked(
    connection: sa.Connection,
    query: sa.Select[Any],
    column: sa.ColumnElement[Any],
    values: list[Any],
) -> list[sa.Row[Any]]:
    """The rows of ``query`` whose ``column`` is one of ``values``, a chunk a query."""
    wanted = sorted(set(values))
    found: list[sa.Row[Any]] = []
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        found.extend(connection.execute(query.where(column.in_(chunk))).all())
    return found


class _EventWriter:
    """Events of a batch: stored ones read at once, new ones inserted together at the end."""

    def __init__(self, connection: sa.Connection, event_ids: list[str]) -> None:
        self.connection = connection
        query = sa.select(events.c.event_id, events.c.article_id, events.c.machine)
        self.stored = {
            row.event_id: row._mapping for row in _chunked(
                connection, query, events.c.event_id, event_ids)
        }  # fmt: skip
        # Events this batch wrote: their stored row is read again when met again.
        self.touched: set[str] = set()
        self.pending: list[dict[str, Any]] = []

    def store(
        self, article: Article, found: list[Event], article_id: str, new: bool | None
    ) -> _Stored:
        """Insert or refresh the events of one article (none when its URL has another text)."""
        if new is None:
            return _Stored(article_id, False, [])
        result = _Stored(article_id, new, [event.event_id for event in found])
        for event in found:
            event = _belonging_to(event, article_id, article)
            record = event.to_dict()
            known = self._refresh(record)
            if known is None:
                self.pending.append(_event_row(event, record))
                self.touched.add(event.event_id)
                result.added += 1
                result.placed.append(event.event_id)
            elif known["machine"] != record:
                result.placed.append(event.event_id)
        return result

    def _refresh(self, record: dict[str, Any]) -> Any:
        event_id = record["event_id"]
        if event_id in self.touched:
            self.flush()
            return _refresh(self.connection, record)
        row = self.stored.get(event_id)
        if row is not None:
            self.touched.add(event_id)
            _update(self.connection, record, row)
        return row

    def flush(self) -> None:
        """Insert the pending new events."""
        if self.pending:
            self.connection.execute(sa.insert(events), self.pending)
            self.pending = []


def _incidents_of(connection: sa.Connection, event_ids: list[str]) -> dict[str, str | None]:
    query = sa.select(events.c.event_id, events.c.incident_id)
    return {row.event_id: row.incident_id for row in _chunked(
        connection, query, events.c.event_id, event_ids)}  # fmt: skip


def _belonging_to(event: Event, article_id: str, article: Article) -> Event:
    # The stored article's id, and its publisher and address when extraction
    # left them out: every stored event says where it was read.
    return dataclasses.replace(
        event,
        article_id=article_id,
        source=event.source or article.source,
        url=event.url or article.url,
    )


def _refresh(connection: sa.Connection, record: dict[str, Any]) -> sa.RowMapping | None:
    """Replace a stored event's machine record, keeping its article, incident and history.

    The stored row, or None when the event is new.
    """
    query = sa.select(events.c.article_id, events.c.machine)
    found = connection.execute(query.where(events.c.event_id == record["event_id"]))
    row = found.mappings().first()
    if row is not None:
        _update(connection, record, row)
    return row


def _update(connection: sa.Connection, record: dict[str, Any], row: Any) -> None:
    record["article_id"] = row["article_id"]
    if row["machine"] != record:
        values = columns(current(record, history_rows(connection, record["event_id"])))
        update = sa.update(events).where(events.c.event_id == sa.bindparam("key"))
        connection.execute(update, {"key": record["event_id"], "machine": record, **values})


def _event_row(event: Event, record: dict[str, Any]) -> dict[str, Any]:
    # Values go as execution parameters: one insert for the batch's new events.
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "incident_id": None,
        "block_id": None,
        "pinned": False,
        "machine": record,
        **columns(current(record, [])),
    }
