"""EventQuery: the filters, paging and order of a selection of stored events.

The filters are those of the HTTP API (SPEC.md). A malformed value (a bad
date, a bbox that is not four numbers, an unknown order) raises ValueError
when the query is built, so the web layer can answer 422; an unknown but
well-formed value (a country nobody wrote about) simply selects nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from eventatlas.store.schema import events

ORDERS = ("event_date", "fatalities", "confidence", "event_id")


@dataclass(frozen=True)
class EventQuery:
    """Which events to select (all filters combine with AND), and how many."""

    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    modality: str | None = None
    status: str | None = None
    date_from: str | dt.date | None = None
    date_to: str | dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    incident_id: str | None = None
    limit: int | None = None
    offset: int = 0
    order: str = "event_date"

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            object.__setattr__(self, name, parse_date(getattr(self, name), name))
        if self.bbox is not None:
            object.__setattr__(self, "bbox", parse_bbox(self.bbox))
        if self.iso3 is not None:
            object.__setattr__(self, "iso3", self.iso3.strip().upper())
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be 0 or more, not {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must be 0 or more, not {self.offset}")
        if self.order.removeprefix("-") not in ORDERS:
            known = ", ".join(f"{name}, -{name}" for name in ORDERS)
            raise ValueError(f"unknown order {self.order!r}; use one of {known}")


def parse_date(value: str | dt.date | None, name: str = "date") -> dt.date | None:
    """A ``YYYY-MM-DD`` string (or date) as a date; ValueError when malformed."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ValueError(f"{name} must be a date like 2020-12-21, not {value!r}") from None


def parse_bbox(value: str | Sequence[Any]) -> tuple[float, float, float, float]:
    """``min_lon,min_lat,max_lon,max_lat`` (string or sequence) as four floats."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        numbers = tuple(float(part) for part in parts)
    except (TypeError, ValueError):
        numbers = ()
    if len(numbers) != 4 or not all(math.isfinite(number) for number in numbers):
        raise ValueError(f"bbox must be four numbers min_lon,min_lat,max_lon,max_lat: {value!r}")
    min_lon, min_lat, max_lon, max_lat = numbers
    if min_lat > max_lat:
        raise ValueError(f"bbox min_lat {min_lat} is above max_lat {max_lat}")
    return min_lon, min_lat, max_lon, max_lat


def conditions(query: EventQuery) -> list[sa.ColumnElement[bool]]:
    """The WHERE clauses that select the events ``query`` asks for."""
    found: list[sa.ColumnElement[bool]] = []
    for name in ("country", "iso3", "admin1", "event_type", "sub_event_type", "modality"):
        value = getattr(query, name)
        if value is not None:
            found.append(events.c[name] == value)
    if query.status is not None:
        found.append(events.c.status == query.status)
    if query.incident_id is not None:
        found.append(events.c.incident_id == query.incident_id)
    if query.date_from is not None:
        found.append(events.c.event_date >= query.date_from)
    if query.date_to is not None:
        found.append(events.c.event_date <= query.date_to)
    if query.actor:
        found.append(events.c.actors.like(_contains(query.actor.lower()), escape="\\"))
    if query.q:
        pattern = _contains(query.q.lower())
        found.append(sa.func.lower(events.c.evidence_text).like(pattern, escape="\\"))
    if query.bbox is not None:
        found.extend(_bbox(query.bbox))
    return found


def _contains(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _bbox(bbox: tuple[float, float, float, float]) -> list[sa.ColumnElement[bool]]:
    min_lon, min_lat, max_lon, max_lat = bbox
    lat = events.c.latitude.between(min_lat, max_lat)
    if min_lon <= max_lon:
        return [lat, events.c.longitude.between(min_lon, max_lon)]
    # A box across the antimeridian: min_lon east of max_lon.
    return [lat, sa.or_(events.c.longitude >= min_lon, events.c.longitude <= max_lon)]


def ordering(query: EventQuery) -> list[sa.UnaryExpression[Any]]:
    """ORDER BY clauses of the query's order; missing values last, ties by event_id.

    Ties go the same direction as the order, so one index serves both.
    """
    name = query.order.removeprefix("-")
    descending = query.order.startswith("-")
    keys = [events.c[name], events.c.event_id]
    ordered = [key.desc() if descending else key.asc() for key in keys]
    if name == "event_id" or (name == "event_date" and _dated(query)):
        # No NULL to place: the plain order is one PostgreSQL can read
        # backwards from its index, where DESC NULLS LAST would need a sort.
        return ordered if name != "event_id" else ordered[1:]
    return [ordered[0].nulls_last(), ordered[1]]


def _dated(query: EventQuery) -> bool:
    return query.date_from is not None or query.date_to is not None


def where(query: EventQuery | None) -> sa.ColumnElement[bool]:
    """All of ``query``'s conditions joined with AND (true for no query)."""
    return sa.and_(sa.true(), *conditions(query or EventQuery()))
