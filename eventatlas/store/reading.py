"""Reading events and incidents back: current values, one page or a stream.

An event dict is the machine record with its review history applied, plus
``incident_id``, ``status`` and the article's ``published`` time. Reads
select the machine records and then the history of just those events, one
query per chunk, so a large export streams without holding the store in
memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import groupby
from typing import Any

import sqlalchemy as sa

from eventatlas.event import Status
from eventatlas.incidents import stories, summarise
from eventatlas.store.query import EventQuery, ordering, where
from eventatlas.store.record import STATUS_FIELD, current, history_row
from eventatlas.store.schema import articles, event_history, events, incidents

_IN_CHUNK = 500
_EVENT_COLUMNS = (events.c.event_id, events.c.incident_id, events.c.machine, articles.c.published)
_ARTICLE_COLUMNS = ("id", "title", "text", "url", "source", "published")


def select_events(query: EventQuery | None) -> sa.Select[Any]:
    """The statement that selects ``query``'s events, in its order, one page."""
    query = query or EventQuery()
    statement = (
        sa.select(*_EVENT_COLUMNS)
        .join(articles, articles.c.id == events.c.article_id)
        .where(where(query))
        .order_by(*ordering(query))
    )
    if query.offset:
        statement = statement.offset(query.offset)
    return statement if query.limit is None else statement.limit(query.limit)


def count_events(connection: sa.Connection, query: EventQuery | None) -> int:
    """How many events ``query`` selects, paging aside."""
    statement = sa.select(sa.func.count()).select_from(events).where(where(query))
    return int(connection.execute(statement).scalar_one())


def histories(connection: sa.Connection, event_ids: Sequence[str]) -> dict[str, list[Any]]:
    """The history rows of each of ``event_ids``, oldest first."""
    found: dict[str, list[Any]] = defaultdict(list)
    for start in range(0, len(event_ids), _IN_CHUNK):
        chunk = event_ids[start : start + _IN_CHUNK]
        statement = (
            sa.select(event_history)
            .where(event_history.c.event_id.in_(chunk))
            .order_by(event_history.c.id)
        )
        for row in connection.execute(statement).mappings():
            found[row["event_id"]].append(row)
    return found


def history_rows(connection: sa.Connection, event_id: str) -> list[Any]:
    """The history rows of one event, oldest first."""
    return histories(connection, [event_id]).get(event_id, [])


def history_of(connection: sa.Connection, event_id: str) -> list[dict[str, Any]]:
    """An event's history rows as the API shows them (KeyError for an unknown event)."""
    known = sa.select(events.c.event_id).where(events.c.event_id == event_id)
    if connection.execute(known).first() is None:
        raise KeyError(f"no event {event_id!r} in the store")
    return [history_row(row) for row in history_rows(connection, event_id)]


def event_dicts(connection: sa.Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
    """Current event dicts for rows of ``select_events``."""
    known = histories(connection, [row.event_id for row in rows])
    return [event_dict(row._mapping, known.get(row.event_id, [])) for row in rows]


def event_dict(row: Mapping[Any, Any], history: Iterable[Mapping[Any, Any]]) -> dict[str, Any]:
    """One current event dict from its machine record and history."""
    record = current(row["machine"], history)
    status = record.pop(STATUS_FIELD)
    return {**record, "incident_id": row["incident_id"], "status": status,
            "published": row["published"]}  # fmt: skip


def stream_events(
    connection: sa.Connection, query: EventQuery | None, chunk: int
) -> Iterator[dict[str, Any]]:
    """Every event ``query`` selects, read ``chunk`` rows at a time."""
    streaming = connection.execution_options(stream_results=True, yield_per=chunk)
    for rows in streaming.execute(select_events(query)).partitions(chunk):
        yield from event_dicts(connection, rows)


def event_detail(connection: sa.Connection, event_id: str) -> dict[str, Any] | None:
    """One event with its article, history and incident, or None."""
    statement = sa.select(*_EVENT_COLUMNS, *(articles.c[name] for name in _ARTICLE_COLUMNS))
    statement = statement.join(articles, articles.c.id == events.c.article_id)
    row = connection.execute(statement.where(events.c.event_id == event_id)).first()
    if row is None:
        return None
    history = history_rows(connection, event_id)
    detail = event_dict(row._mapping, history)
    detail["article"] = {name: row._mapping[articles.c[name]] for name in _ARTICLE_COLUMNS}
    detail["history"] = [history_row(item) for item in history]
    incident_id = row.incident_id
    detail["incident"] = incident_detail(connection, incident_id) if incident_id else None
    return detail


def incident_detail(connection: sa.Connection, incident_id: str) -> dict[str, Any] | None:
    """One incident's summary plus all its events (rejected ones too), or None."""
    known = sa.select(incidents.c.incident_id).where(incidents.c.incident_id == incident_id)
    if connection.execute(known).first() is None:
        return None
    members = event_dicts(connection, _member_rows(connection, incident_id))
    counted = [event for event in members if _counts(event)]
    copies = stories(connection, [event["article_id"] for event in counted])
    return {**summarise(incident_id, counted, copies), "events": members}


def _member_rows(connection: sa.Connection, incident_id: str) -> list[Any]:
    statement = select_events(EventQuery(incident_id=incident_id))
    return list(connection.execute(statement))


def _counts(event: Mapping[str, Any]) -> bool:
    # A rejected event is evidence of nothing: it stays listed, not summarised.
    return bool(event["status"] != Status.REJECTED.value)


def stream_incidents(
    connection: sa.Connection, query: EventQuery | None, chunk: int = 1000
) -> Iterator[dict[str, Any]]:
    """The incidents holding an event ``query`` selects, earliest first."""
    query = query or EventQuery()
    chosen = _chosen_incidents(query)
    statement = (
        sa.select(*_EVENT_COLUMNS, articles.c.copy_of)
        .join(articles, articles.c.id == events.c.article_id)
        .join(chosen, chosen.c.incident_id == events.c.incident_id)
        .where(events.c.status != Status.REJECTED.value)
        .order_by(chosen.c.first.nulls_last(), events.c.incident_id, events.c.event_id)
    )
    streaming = connection.execution_options(stream_results=True, yield_per=chunk)
    parts = streaming.execute(statement).partitions(chunk)
    for incident_id, group in groupby(_with_copies(connection, parts), key=_incident_of):
        members = list(group)
        copies = {event["article_id"]: copy for event, copy in members if copy is not None}
        yield summarise(incident_id, [event for event, _ in members], copies)


def _with_copies(
    connection: sa.Connection, parts: Iterable[Sequence[Any]]
) -> Iterator[tuple[dict[str, Any], str | None]]:
    # Each event with the first article of its story when its article is a copy.
    for part in parts:
        yield from zip(event_dicts(connection, part), (row.copy_of for row in part), strict=True)


def _incident_of(item: tuple[dict[str, Any], str | None]) -> Any:
    return item[0]["incident_id"]


def _chosen_incidents(query: EventQuery) -> sa.Subquery:
    first = sa.func.min(events.c.event_date).label("first")
    statement = (
        sa.select(events.c.incident_id, first)
        .where(where(query))
        .where(events.c.incident_id.is_not(None), events.c.status != Status.REJECTED.value)
        .group_by(events.c.incident_id)
        .order_by(first.nulls_last(), events.c.incident_id)
    )
    if query.offset:
        statement = statement.offset(query.offset)
    if query.limit is not None:
        statement = statement.limit(query.limit)
    return statement.subquery("chosen")
