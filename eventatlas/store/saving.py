"""Saving an article and its events, idempotently.

An article is the same as a stored one when its normalised text hashes the
same or its URL is the same; it is then not stored again. A new article is
fingerprinted for near-duplicates (:mod:`eventatlas.incidents.copies`).
Events are keyed by ``event_id``: a known one gets its machine record
refreshed (the review history still applies on top, so analysts' edits
survive any re-run), an unknown one is inserted. Once a whole batch is in,
its new and changed events are put into incidents in one pass
(:func:`eventatlas.incidents.place_events`).
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
from eventatlas.incidents import place_events, record_copy
from eventatlas.store.reading import history_rows
from eventatlas.store.record import columns, current, now
from eventatlas.store.schema import articles, events

Item = tuple[Article, list[Event]]

_SPACE = re.compile(r"\s+")
_MAX_ID = 150
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
    """Store articles and their events, then put the new and changed events into incidents."""
    stored = [_store(connection, article, found) for article, found in items]
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


def _store(connection: sa.Connection, article: Article, found: list[Event]) -> _Stored:
    text_hash, link_hash = content_hash(article.text), url_hash(article.url)
    stored = _stored_article(connection, text_hash, link_hash)
    if stored is not None and stored["content_hash"] != text_hash:
        # Same URL, other text (an updated page): the first version stays, and
        # events found in the other text would point at offsets we do not keep.
        return _Stored(stored["id"], False, [])
    if stored is None:
        article_id = _insert_article(connection, article, text_hash, link_hash)
        record_copy(connection, article_id, article.text)
    else:
        article_id = stored["id"]
    result = _Stored(article_id, stored is None, [event.event_id for event in found])
    for event in found:
        event = _belonging_to(event, article_id, article)
        record = event.to_dict()
        known = _refresh(connection, record)
        if known is None:
            _insert_event(connection, event, record)
            result.added += 1
            result.placed.append(event.event_id)
        elif known["machine"] != record:
            result.placed.append(event.event_id)
    return result


def _incidents_of(connection: sa.Connection, event_ids: list[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for start in range(0, len(event_ids), 500):
        chunk = event_ids[start : start + 500]
        query = sa.select(events.c.event_id, events.c.incident_id).where(
            events.c.event_id.in_(chunk)
        )
        found.update({row.event_id: row.incident_id for row in connection.execute(query)})
    return found


def _belonging_to(event: Event, article_id: str, article: Article) -> Event:
    # The stored article's id, and its publisher and address when extraction
    # left them out: every stored event says where it was read.
    return dataclasses.replace(
        event,
        article_id=article_id,
        source=event.source or article.source,
        url=event.url or article.url,
    )


def _stored_article(
    connection: sa.Connection, text_hash: str, link_hash: str | None
) -> sa.RowMapping | None:
    # Two look-ups rather than one OR, so that each uses its unique index;
    # the text match wins over a URL match.
    query = sa.select(articles.c.id, articles.c.content_hash)
    found = connection.execute(query.where(articles.c.content_hash == text_hash)).mappings()
    row = found.first()
    if row is None and link_hash is not None:
        row = connection.execute(query.where(articles.c.url_hash == link_hash)).mappings().first()
    return row


def _insert_article(
    connection: sa.Connection, article: Article, text_hash: str, link_hash: str | None
) -> str:
    article_id = _free_article_id(connection, article.id, text_hash)
    connection.execute(
        sa.insert(articles),
        {
            "id": article_id, "external_id": article.id[:200] or None, "content_hash": text_hash,
            "url_hash": link_hash, "url": article.url, "title": article.title,
            "text": article.text, "source": article.source, "published": article.published,
            "language": article.language, "fetched_at": now(),
        },
    )  # fmt: skip
    return article_id


def _free_article_id(connection: sa.Connection, wanted: str, text_hash: str) -> str:
    # The caller's id when free; callers number articles per file, so two
    # inputs can both have an article "1": the later one gets a suffix.
    wanted = wanted.strip()
    choices = [wanted, f"{wanted}~{text_hash[:8]}"] if 0 < len(wanted) <= _MAX_ID else []
    for candidate in [*choices, f"A-{text_hash[:16]}", f"A-{text_hash}"]:
        taken = sa.select(articles.c.id).where(articles.c.id == candidate)
        if connection.execute(taken).first() is None:
            return candidate
    raise AssertionError(f"article id A-{text_hash} taken by an article of another text")


def _refresh(connection: sa.Connection, record: dict[str, Any]) -> sa.RowMapping | None:
    """Replace a stored event's machine record, keeping its article, incident and history.

    The stored row, or None when the event is new.
    """
    query = sa.select(events.c.article_id, events.c.incident_id, events.c.machine)
    found = connection.execute(query.where(events.c.event_id == record["event_id"]))
    row = found.mappings().first()
    if row is None:
        return None
    record["article_id"] = row["article_id"]
    if row["machine"] != record:
        values = columns(current(record, history_rows(connection, record["event_id"])))
        update = sa.update(events).where(events.c.event_id == sa.bindparam("key"))
        connection.execute(update, {"key": record["event_id"], "machine": record, **values})
    return row


def _insert_event(connection: sa.Connection, event: Event, record: dict[str, Any]) -> None:
    # Values go as execution parameters, not .values(): the statement then
    # stays the same for every event and SQLAlchemy compiles it once.
    row = {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "incident_id": None,
        "block_id": None,
        "pinned": False,
        "machine": record,
        **columns(current(record, [])),
    }
    connection.execute(sa.insert(events), row)
