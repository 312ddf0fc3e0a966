"""Putting a new event into an incident: a stored one it matches, or a fresh one.

Only a few stored events are compared with each new one: those of the
same country whose date range could touch the new one, of the same family
of sub-event types, not rejected (the store's ``iso3, sub_event_type,
date_start, date_end`` index serves this query). Incident ids are
deterministic: ``INC-`` and a hash of the first event's id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import sqlalchemy as sa

from eventatlas.event import Event, Status
from eventatlas.incidents.rules import DEFAULT_RULES, JoinRules, Report, family_members
from eventatlas.incidents.rules import same_happening as _same_happening

# The store's tables, named here rather than imported: the store calls this
# module when saving, so importing the store package from here would be a cycle.
# tests/test_incidents_join.py checks these against eventatlas.store.schema.
EVENTS = sa.table(
    "events",
    sa.column("event_id", sa.String),
    sa.column("article_id", sa.String),
    sa.column("incident_id", sa.String),
    sa.column("status", sa.String),
    sa.column("sub_event_type", sa.String),
    sa.column("iso3", sa.String),
    sa.column("date_start", sa.Date),
    sa.column("date_end", sa.Date),
    sa.column("admin1", sa.String),
    sa.column("latitude", sa.Float),
    sa.column("longitude", sa.Float),
    sa.column("geo_precision", sa.Integer),
    sa.column("actor1", sa.String),
)
INCIDENTS = sa.table(
    "incidents", sa.column("incident_id", sa.String), sa.column("first_event_id", sa.String)
)


def incident_id_for(seed: str) -> str:
    """The deterministic incident id made from ``seed`` (an event id)."""
    return "INC-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16].upper()


def fresh_incident_id(connection: sa.Connection, event_id: str) -> str:
    """An unused incident id derived from ``event_id`` (a suffix when taken)."""
    attempt = 0
    while True:
        seed = event_id if attempt == 0 else f"{event_id}#{attempt}"
        incident_id = incident_id_for(seed)
        taken = sa.select(INCIDENTS.c.incident_id).where(INCIDENTS.c.incident_id == incident_id)
        if connection.execute(taken).first() is None:
            return incident_id
        attempt += 1


def create_incident(connection: sa.Connection, event_id: str) -> str:
    """Store a new incident whose first event is ``event_id``; return its id."""
    incident_id = fresh_incident_id(connection, event_id)
    connection.execute(
        sa.insert(INCIDENTS), {"incident_id": incident_id, "first_event_id": event_id}
    )
    return incident_id


def assign_incident(
    connection: sa.Connection, event: Event, *, rules: JoinRules = DEFAULT_RULES
) -> str:
    """The id of the incident ``event`` belongs to, creating one when none matches."""
    return find_incident(connection, event, rules=rules) or create_incident(
        connection, event.event_id
    )


def find_incident(
    connection: sa.Connection, event: Event, *, rules: JoinRules = DEFAULT_RULES
) -> str | None:
    """The stored incident ``event`` matches best (nearest, then lowest id), if any."""
    new = Report.of_event(event)
    if new.iso3 is None or new.start is None or new.end is None:
        return None
    blocked = _incidents_of_article(connection, new.article_id)
    matches = []
    for row in connection.execute(_CANDIDATES, _candidate_window(new, rules)).mappings():
        old = Report.of_row(row)
        distance = None if old.incident_id in blocked else _same_happening(new, old, rules)
        if distance is not None and old.incident_id is not None:
            matches.append((distance, old.incident_id))
    return min(matches)[1] if matches else None


# One statement for every look-up (the values come as parameters), so that
# it is compiled once.
_CANDIDATES = (
    sa.select(*EVENTS.c)
    .where(EVENTS.c.iso3 == sa.bindparam("iso3"))
    .where(EVENTS.c.date_start.between(sa.bindparam("earliest"), sa.bindparam("latest")))
    .where(EVENTS.c.date_end >= sa.bindparam("since"))
    .where(EVENTS.c.sub_event_type.in_(sa.bindparam("family", expanding=True)))
    .where(EVENTS.c.status != Status.REJECTED.value)
    .where(EVENTS.c.incident_id.is_not(None))
    .where(EVENTS.c.event_id != sa.bindparam("event_id"))
)


def _candidate_window(new: Report, rules: JoinRules) -> dict[str, Any]:
    assert new.start is not None and new.end is not None
    slack = dt.timedelta(days=rules.day_slack)
    return {
        "iso3": new.iso3,
        "earliest": new.start - slack - dt.timedelta(days=rules.max_span_days),
        "latest": new.end + slack,
        "since": new.start - slack,
        "family": family_members(new.sub_event_type),
        "event_id": new.event_id,
    }


def _incidents_of_article(connection: sa.Connection, article_id: str) -> set[str]:
    # Two events of one article are two happenings as far as extraction can
    # tell, so an incident that already holds one of them is not joined.
    query = sa.select(EVENTS.c.incident_id).where(EVENTS.c.article_id == article_id).distinct()
    return {value for value in connection.execute(query).scalars() if value is not None}
