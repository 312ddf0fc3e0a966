"""Analysts' changes: reviews of event fields, merges and splits of incidents.

Every change is a row of ``event_history`` (who, when, field, before,
after, comment); the scalar columns are then recomputed from the machine
record and the whole history, so nothing an analyst did is lost and no
re-run of extraction can undo it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from eventatlas.event import Status
from eventatlas.incidents import create_incident, pin_incidents, place_events
from eventatlas.store.reading import event_dict, history_rows
from eventatlas.store.record import (
    COMMENT_FIELD,
    INCIDENT_FIELD,
    STATUS_FIELD,
    columns,
    current,
    now,
)
from eventatlas.store.review import check_changes, check_status
from eventatlas.store.schema import articles, event_history, events, incidents

Change = tuple[str, Any, Any]


def review(
    connection: sa.Connection,
    event_id: str,
    *,
    user: str,
    changes: Mapping[str, Any],
    comment: str = "",
    status: str | None = None,
) -> dict[str, Any]:
    """Apply an analyst's changes and status to an event; return its current dict."""
    row = _event_row(connection, event_id)
    history = history_rows(connection, event_id)
    record = current(row["machine"], history)
    clean = check_changes(record, changes)
    before_status = record[STATUS_FIELD]
    after_status = check_status(status) or (
        Status.REVIEWED.value if clean and before_status == Status.MACHINE.value else None
    )
    found: list[Change] = [(name, record.get(name), value) for name, value in clean.items()]
    if after_status not in (None, before_status):
        found.append((STATUS_FIELD, before_status, after_status))
    if not found and comment.strip():
        found.append((COMMENT_FIELD, None, None))
    if found:
        _append_history(connection, event_id, found, user=user, comment=comment)
        history = history_rows(connection, event_id)
        values = columns(current(row["machine"], history))
        connection.execute(sa.update(events).where(events.c.event_id == event_id).values(**values))
    if clean:
        # A corrected place, date, type or actor may make it another happening's report.
        place_events(connection, [event_id])
        row = _event_row(connection, event_id)
    return event_dict(row, history)


def merge_events(
    connection: sa.Connection, event_ids: Sequence[str], *, user: str, comment: str = ""
) -> str:
    """Put every one of ``event_ids`` into the incident of the first; return its id."""
    if not event_ids:
        raise ValueError("merge needs at least one event id")
    rows = {event_id: _event_row(connection, event_id) for event_id in event_ids}
    target = rows[event_ids[0]]["incident_id"] or create_incident(connection, event_ids[0])
    for event_id, row in rows.items():
        if row["incident_id"] != target:
            _move(connection, event_id, row["incident_id"], target, user=user, comment=comment)
    _drop_empty(connection, {row["incident_id"] for row in rows.values()} - {target})
    pin_incidents(connection, {target, *(row["incident_id"] for row in rows.values())})
    return str(target)


def split_event(connection: sa.Connection, event_id: str, *, user: str, comment: str = "") -> str:
    """Move one event into a new incident of its own; return that incident's id."""
    old = _event_row(connection, event_id)["incident_id"]
    others = sa.select(sa.func.count()).where(
        events.c.incident_id == old, events.c.event_id != event_id
    )
    if old is not None and connection.execute(others).scalar_one() == 0:
        return str(old)
    return _new_incident(connection, event_id, old, user=user, comment=comment)


def _new_incident(
    connection: sa.Connection, event_id: str, old: str | None, *, user: str, comment: str
) -> str:
    incident_id = create_incident(connection, event_id)
    _move(connection, event_id, old, incident_id, user=user, comment=comment)
    pin_incidents(connection, [old, incident_id])
    return incident_id


def _move(
    connection: sa.Connection, event_id: str, old: str | None, new: str, *, user: str, comment: str
) -> None:
    _append_history(connection, event_id, [(INCIDENT_FIELD, old, new)], user=user, comment=comment)
    update = sa.update(events).where(events.c.event_id == event_id)
    connection.execute(update.values(incident_id=new))


def _drop_empty(connection: sa.Connection, incident_ids: set[str | None]) -> None:
    used = sa.select(events.c.incident_id).where(events.c.incident_id == incidents.c.incident_id)
    connection.execute(
        sa.delete(incidents)
        .where(incidents.c.incident_id.in_([item for item in incident_ids if item]))
        .where(~sa.exists(used))
    )


def _event_row(connection: sa.Connection, event_id: str) -> sa.RowMapping:
    statement = (
        sa.select(events.c.event_id, events.c.incident_id, events.c.machine, articles.c.published)
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.event_id == event_id)
    )
    row = connection.execute(statement).mappings().first()
    if row is None:
        raise KeyError(f"no event {event_id!r} in the store")
    return row


def _append_history(
    connection: sa.Connection, event_id: str, found: list[Change], *, user: str, comment: str
) -> None:
    if not user or not user.strip():
        raise ValueError("a change needs the name of the user who makes it")
    at = now()
    connection.execute(
        sa.insert(event_history),
        [
            {"event_id": event_id, "username": user, "at": at, "field": name,
             "before": before, "after": after, "comment": comment}
            for name, before, after in found
        ],
    )  # fmt: skip
