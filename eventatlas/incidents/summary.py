"""One incident as SPEC.md's ``incidents`` export shows it: figures, sources, disagreements.

An incident's fields are read from its events: the most common type, the
most precise place and date (with the reason), the range of reported
deaths, how many independent outlets report it, and where the reports
disagree (death tolls, actors, places, dates, types) with who said what.

An outlet is whoever a report relays (``attribution.reported_by``), else
the publisher (``source``); reports of one story (an article and its
near-duplicate copies, :mod:`.copies`) are one outlet too. Two papers
printing one agency's story are one source, not corroboration.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any

from eventatlas.incidents.actors import actor_key

SPEC_FIELDS: tuple[str, ...] = (
    "incident_id", "event_ids", "article_ids", "sources", "event_type", "sub_event_type",
    "event_date", "location", "latitude", "longitude", "fatalities_low", "fatalities_best",
    "fatalities_high", "corroboration",
)  # fmt: skip
"""The fields SPEC.md promises on one line of the ``incidents`` export, in order."""

INCIDENT_FIELDS: tuple[str, ...] = (
    *SPEC_FIELDS, "outlets", "place_reason", "date_reason", "disagreements",
)  # fmt: skip
"""Every field of one incident record, in order: SPEC.md's, then ours."""

Member = Mapping[str, Any]
Copies = Mapping[str, str]
_NO_COPIES: dict[str, str] = {}


def summarise(
    incident_id: str, members: Sequence[Member], copies: Copies = _NO_COPIES
) -> dict[str, Any]:
    """The incident record of ``members`` (current event dicts, any order).

    ``copies`` maps an article id to the first article of its story, for
    articles that are near-duplicates (:func:`eventatlas.incidents.copies.stories`).
    """
    ordered = sorted(members, key=lambda event: (event.get("event_date") or "~", event["event_id"]))
    where, place_reason = best_place(ordered)
    when, date_reason = best_date(ordered)
    low, best, high = fatality_range(ordered, copies)
    groups = outlet_groups(ordered, copies)
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
        "corroboration": len(groups),
        "outlets": groups,
        "place_reason": place_reason,
        "date_reason": date_reason,
        "disagreements": disagreements(ordered),
    }


def feature(incident: Mapping[str, Any]) -> dict[str, Any]:
    """An incident as a GeoJSON Feature: a point at its best place, its fields as properties."""
    longitude, latitude = incident.get("longitude"), incident.get("latitude")
    point = None
    if latitude is not None and longitude is not None:
        point = {"type": "Point", "coordinates": [longitude, latitude]}
    properties = {name: value for name, value in incident.items() if name != "events"}
    return {"type": "Feature", "id": incident["incident_id"], "geometry": point,
            "properties": properties}  # fmt: skip


def feature_collection(incidents: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Incidents as a GeoJSON FeatureCollection (the map's incidents layer)."""
    return {"type": "FeatureCollection", "features": [feature(item) for item in incidents]}


def corroboration(members: Iterable[Member], copies: Copies = _NO_COPIES) -> int:
    """How many independent outlets report the incident (unknown ones count per story)."""
    return len(outlet_groups(list(members), copies))


def outlet_of(event: Member) -> str | None:
    """The outlet an event's report comes from: who it relays, else its publisher."""
    attribution = event.get("attribution") or {}
    return attribution.get("reported_by") or event.get("source")


def outlet_groups(members: Sequence[Member], copies: Copies = _NO_COPIES) -> list[dict[str, Any]]:
    """The independent outlets: reports linked by one outlet name or one story are one."""
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            item = parent[item]
        return item

    for event in members:
        story = "story:" + _story(event, copies)
        outlet = outlet_of(event)
        if outlet:
            a, b = root(story), root("outlet:" + outlet.casefold())
            parent[max(a, b)] = min(a, b)
        root(story)
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"names": set(), "articles": set()})
    for event in members:
        group = found[root("story:" + _story(event, copies))]
        group["names"].update(_names(event))
        group["articles"].add(str(event.get("article_id")))
    listed = [
        {"names": sorted(g["names"]), "article_ids": sorted(g["articles"])} for g in found.values()
    ]
    return sorted(listed, key=lambda group: group["article_ids"])


def _story(event: Member, copies: Copies) -> str:
    article_id = str(event.get("article_id"))
    return copies.get(article_id, article_id)


def fatality_range(
    members: Sequence[Member], copies: Copies = _NO_COPIES
) -> tuple[int | None, int | None, int | None]:
    """The lowest, middle and highest death toll the reports give (one middle per story)."""
    lows = _numbers(members, "fatalities_low")
    highs = _numbers(members, "fatalities_high")
    by_story: dict[str, int] = {}
    for event in members:
        value = _number(event, "fatalities_best")
        if value is not None:
            story = _story(event, copies)
            # An update of a wire story usually raises the toll: the story's highest counts.
            by_story[story] = max(value, by_story.get(story, value))
    bests = sorted(by_story.values())
    if not bests:
        return None, None, None
    middle = bests[(len(bests) - 1) // 2]
    return min(lows, default=middle), middle, max(highs, default=middle)


def _number(event: Member, name: str) -> int | None:
    value = event.get(name)
    value = event.get("fatalities") if value is None else value
    return None if value is None else int(value)


def _numbers(members: Sequence[Member], name: str) -> list[int]:
    return [value for event in members if (value := _number(event, name)) is not None]


def best_place(members: Sequence[Member]) -> tuple[Member | None, str | None]:
    """The report whose place is the most precise (then the most given), and why."""
    placed = [event for event in members if event.get("location")]
    if not placed:
        return None, None
    top = min(event.get("geo_precision") or 9 for event in placed)
    finest = [event for event in placed if (event.get("geo_precision") or 9) == top]
    chosen = _most_given(finest, placed, _place_key)
    agreeing = sum(_place_key(event) == _place_key(chosen) for event in placed)
    reason = (
        f"{chosen['location']} (geo_precision {chosen.get('geo_precision')}): the most precise "
        f"place, given by {agreeing} of {len(placed)} reports"
    )
    return chosen, _with_own_reason(reason, chosen.get("geo_reason"))


def best_date(members: Sequence[Member]) -> tuple[Member | None, str | None]:
    """The report whose date is the most precise (narrowest, then the most given), and why."""
    dated = [event for event in members if event.get("event_date")]
    if not dated:
        return None, None
    finest = min(_date_rank(event) for event in dated)
    chosen = _most_given([e for e in dated if _date_rank(e) == finest], dated, _date_key)
    agreeing = sum(event.get("event_date") == chosen["event_date"] for event in dated)
    reason = (
        f"{chosen['event_date']} (time_precision {chosen.get('time_precision')}): the most "
        f"precise date, given by {agreeing} of {len(dated)} reports"
    )
    return chosen, _with_own_reason(reason, chosen.get("date_reason"))


def _date_rank(event: Member) -> tuple[int, int]:
    span = _span_days(event.get("date_start"), event.get("date_end"))
    return event.get("time_precision") or 9, span


def _span_days(start: Any, end: Any) -> int:
    try:
        return (dt.date.fromisoformat(str(end)[:10]) - dt.date.fromisoformat(str(start)[:10])).days
    except ValueError:
        return 9_999


def _with_own_reason(reason: str, own: Any) -> str:
    return f"{reason} ({own})" if own else reason


def _most_given(
    choices: Sequence[Member], everyone: Sequence[Member], key: Callable[[Member], Hashable]
) -> Member:
    # The choice whose value most reports give; among equals the earliest (choices are ordered).
    counts = Counter(key(event) for event in everyone)
    top = max(counts[key(event)] for event in choices)
    return next(event for event in choices if counts[key(event)] == top)


def _place_key(event: Member) -> Hashable:
    return event.get("geonameid") or (event.get("location") or "").casefold()


def _date_key(event: Member) -> Hashable:
    return event.get("event_date")


_DISPUTED: tuple[tuple[str, Callable[[Member], Hashable | None]], ...] = (
    ("fatalities", lambda event: event.get("fatalities")),
    ("actor1", lambda event: actor_key(event.get("actor1"))),
    ("actor2", lambda event: actor_key(event.get("actor2"))),
    (
        "location",
        lambda event: _place_key(event) if (event.get("geo_precision") or 9) <= 2 else None,
    ),
    (
        "event_date",
        lambda event: event.get("event_date") if event.get("time_precision") == 1 else None,
    ),
    ("sub_event_type", lambda event: event.get("sub_event_type")),
)


def disagreements(members: Sequence[Member]) -> list[dict[str, Any]]:
    """Each field the reports give different values for, with who reported which value."""
    found = []
    for name, key in _DISPUTED:
        values: dict[Hashable, list[Member]] = defaultdict(list)
        for event in members:
            value = key(event)
            if value is not None and value != "":
                values[value].append(event)
        if len(values) > 1:
            found.append({"field": name, "values": _reported_values(name, values)})
    return found


def _reported_values(name: str, values: Mapping[Hashable, list[Member]]) -> list[dict[str, Any]]:
    listed = [
        {"value": events[0].get(name), "reports": [_who(event) for event in events]}
        for events in values.values()
    ]
    return sorted(listed, key=lambda item: (-len(item["reports"]), str(item["value"])))


def _who(event: Member) -> dict[str, Any]:
    attribution = event.get("attribution") or {}
    return {
        "event_id": event["event_id"],
        "article_id": event.get("article_id"),
        "source": outlet_of(event),
        "claimed_by": attribution.get("claimed_by"),
    }


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
