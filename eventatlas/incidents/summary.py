"""One incident as SPEC.md's ``incidents`` export shows it, and its corroboration.

An incident's fields are read from its events: the most common type, the
most precise date and place, the range of reported deaths, and how many
independent outlets report it. An outlet is whoever a report relays
(``attribution.reported_by``), else the publisher (``source``): two papers
repeating one agency's story are one outlet, not two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

INCIDENT_FIELDS: tuple[str, ...] = (
    "incident_id", "event_ids", "article_ids", "sources", "event_type", "sub_event_type",
    "event_date", "location", "latitude", "longitude", "fatalities_low", "fatalities_best",
    "fatalities_high", "corroboration",
)  # fmt: skip
"""The fields of one line of the ``incidents`` export, in order."""

Member = Mapping[str, Any]


def summarise(incident_id: str, members: Sequence[Member]) -> dict[str, Any]:
    """The incident record of ``members`` (current event dicts, any order)."""
    ordered = sorted(members, key=lambda event: (event.get("event_date") or "~", event["event_id"]))
    when = _best(ordered, "time_precision")
    where = _best(ordered, "geo_precision")
    low, best, high = fatality_range(ordered)
    return {
        "incident_id": incident_id,
        "event_ids": [event["event_id"] for event in ordered],
        "article_ids": _unique(event.get("article_id") for event in ordered),
        "sources": sorted({name for event in ordered for name in _names(event)}),
        "event_type": _most_common(ordered, "event_type"),
        "sub_event_type": _most_common(ordered, "sub_event_type"),
        "event_date": when.get("event_date") if when else None,
        "location": where.get("location") if where else None,
        "latitude": where.get("latitude") if where else None,
        "longitude": where.get("longitude") if where else None,
        "fatalities_low": low,
        "fatalities_best": best,
        "fatalities_high": high,
        "corroboration": corroboration(ordered),
    }


def corroboration(members: Iterable[Member]) -> int:
    """How many independent outlets report the incident (unknown ones count per article)."""
    outlets = set()
    for event in members:
        outlet = outlet_of(event)
        outlets.add(outlet.casefold() if outlet else f"\0article:{event.get('article_id')}")
    return len(outlets)


def outlet_of(event: Member) -> str | None:
    """The outlet an event's report comes from: who it relays, else its publisher."""
    attribution = event.get("attribution") or {}
    return attribution.get("reported_by") or event.get("source")


def fatality_range(members: Sequence[Member]) -> tuple[int | None, int | None, int | None]:
    """The lowest, middle and highest death toll the reports give."""
    lows = _numbers(members, "fatalities_low")
    bests = _numbers(members, "fatalities_best")
    highs = _numbers(members, "fatalities_high")
    if not bests:
        return None, None, None
    middle = sorted(bests)[(len(bests) - 1) // 2]
    return min(lows, default=middle), middle, max(highs, default=middle)


def _numbers(members: Sequence[Member], name: str) -> list[int]:
    found = []
    for event in members:
        value = event.get(name)
        value = event.get("fatalities") if value is None else value
        if value is not None:
            found.append(int(value))
    return found


def _best(members: Sequence[Member], precision: str) -> Member | None:
    # The report coded most precisely; among equals the earliest (members are ordered).
    return min(members, key=lambda event: event.get(precision) or 9, default=None)


def _most_common(members: Sequence[Member], name: str) -> Any:
    counts = Counter(event.get(name) for event in members if event.get(name))
    if not counts:
        return None
    top = max(counts.values())
    return next(event[name] for event in members if counts.get(event.get(name)) == top)


def _names(event: Member) -> list[str]:
    attribution = event.get("attribution") or {}
    return [name for name in (event.get("source"), attribution.get("reported_by")) if name]


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(item for item in items if item is not None))
