"""When two reported events are the same happening: the first, deterministic rules.

Two reports join when their sub-event types are of one family, their date
ranges overlap or are a day apart, their places are close for the
precision they were coded with, their first actors are compatible, and
they come from different articles. A later version will learn these; the
seam is :func:`same_happening`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from eventatlas.event import SUB_EVENT_TYPES, Event, EventType

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class JoinRules:
    """The thresholds of the rules (distances by geo_precision 1 and 2)."""

    day_slack: int = 1
    radius_km: tuple[float, float] = (10.0, 25.0)
    # Candidates whose date range starts this long before ours are not looked
    # at: it bounds the index scan, and such vague reports rarely pair anyway.
    max_span_days: int = 62


DEFAULT_RULES = JoinRules()


@dataclass(frozen=True, slots=True)
class Report:
    """What the rules compare of one event."""

    event_id: str
    article_id: str
    sub_event_type: str | None
    iso3: str | None
    start: dt.date | None
    end: dt.date | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    actor1: str | None
    incident_id: str | None = None

    @classmethod
    def of_event(cls, event: Event) -> Report:
        """The report of an extracted event."""
        start = _date(event.date_start) or _date(event.event_date)
        end = _date(event.date_end) or _date(event.event_date)
        iso3 = event.iso3.upper() if event.iso3 else None
        return cls(
            event.event_id, event.article_id, event.sub_event_type, iso3, start, end,
            event.admin1, event.latitude, event.longitude, event.geo_precision, event.actor1,
        )  # fmt: skip

    @classmethod
    def of_row(cls, row: Mapping[Any, Any]) -> Report:
        """The report of a stored event row."""
        names = cls.__dataclass_fields__
        values = {name: row[name] for name in names if name not in ("start", "end")}
        return cls(**values, start=row["date_start"], end=row["date_end"])


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def family(sub_event_type: str | None) -> str | None:
    """The group of sub-event types one happening may be coded as."""
    kind = SUB_EVENT_TYPES.get(sub_event_type or "")
    if kind is None:
        return None
    if kind in (EventType.PROTESTS, EventType.RIOTS):
        return "Demonstrations"
    # An arrest and an agreement are never one happening: each strategic
    # development is its own family.
    return sub_event_type if kind is EventType.STRATEGIC else kind.value


def family_members(sub_event_type: str | None) -> list[str]:
    """Every sub-event type of the same family, for the candidate query."""
    wanted = family(sub_event_type)
    return [name for name in SUB_EVENT_TYPES if wanted is not None and family(name) == wanted]


def same_happening(new: Report, old: Report, rules: JoinRules = DEFAULT_RULES) -> float | None:
    """How far apart two matching reports are (km), or None when they do not match."""
    if new.article_id == old.article_id or family(new.sub_event_type) is None:
        return None
    if family(new.sub_event_type) != family(old.sub_event_type) or new.iso3 != old.iso3:
        return None
    if not dates_touch(new, old, rules.day_slack) or not actors_fit(new.actor1, old.actor1):
        return None
    return distance_within(new, old, rules)


def dates_touch(a: Report, b: Report, slack_days: int) -> bool:
    """Whether the date ranges overlap or are at most ``slack_days`` apart."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    slack = dt.timedelta(days=slack_days)
    return a.start <= b.end + slack and b.start <= a.end + slack


def actors_fit(a: str | None, b: str | None) -> bool:
    """The same first actor, or one side unknown or unidentified."""
    if is_generic(a) or is_generic(b):
        return True
    return (a or "").casefold() == (b or "").casefold()


def is_generic(actor: str | None) -> bool:
    """An actor that names nobody in particular (missing, "Unidentified ...")."""
    return actor is None or not actor.strip() or actor.strip().lower().startswith("unidentified")


def distance_within(a: Report, b: Report, rules: JoinRules) -> float | None:
    """The distance in km when close enough for the coarser precision, else None."""
    precision = max(a.geo_precision or 3, b.geo_precision or 3)
    if precision >= 3:
        return 0.0 if a.admin1 and a.admin1 == b.admin1 else None
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    km = haversine_km(a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0)
    return km if km <= rules.radius_km[precision - 1] else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two WGS84 points, in km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
