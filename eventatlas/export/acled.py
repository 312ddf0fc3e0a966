"""ACLED-style CSV: ACLED's columns, in ACLED's order, filled ACLED's way.

``acled_row`` turns one event dict into ACLED's column names and codes; the
web API's ACLED-compatible read uses it too. Conventions followed: missing
``inter2`` and unknown ``fatalities`` are 0, the interaction code is the
two actor-type digits smallest first (``10 * inter1`` without a second
actor), the ISO code is numeric, several associated actors are joined with
"; ", and the timestamp is the article's publication time (0 when unknown),
so the same store always gives the same file.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping
from functools import cache
from typing import IO, Any

from eventatlas.export.registry import Exporter, Rows, register_exporter

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
"""ACLED's columns, in ACLED's order."""

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
CIVILIANS = 7

_DISORDER_BY_EVENT_TYPE = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Protests": DEMONSTRATIONS,
    "Riots": DEMONSTRATIONS,
    "Strategic developments": "Strategic developments",
}
# ACLED's codebook (2023) sets these two sub-event types apart from their
# event type: mob violence counts as political violence, and excessive force
# against protesters as both political violence and a demonstration.
_DISORDER_BY_SUB_EVENT_TYPE = {
    "Mob violence": POLITICAL_VIOLENCE,
    "Excessive force against protesters": f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type of an event type and sub-event type ("" if unknown)."""
    by_sub = _DISORDER_BY_SUB_EVENT_TYPE.get(sub_event_type or "")
    return by_sub or _DISORDER_BY_EVENT_TYPE.get(event_type or "", "")


def interaction(inter1: int | None, inter2: int | None) -> int:
    """ACLED's two-digit interaction code of two actor types (e.g. 12, 27, 60)."""
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return 0
    return 10 * codes[0] if len(codes) == 1 else 10 * codes[0] + codes[1]


@cache
def iso_numeric(iso3: str | None) -> int | None:
    """The ISO 3166 numeric code of a country (Syria: 760), as ACLED's ``iso``."""
    import pycountry

    country = pycountry.countries.get(alpha_3=(iso3 or "").upper()) if iso3 else None
    return int(country.numeric) if country is not None else None


@cache
def region_of(iso3: str | None) -> str:
    """ACLED's region of a country ("" when unknown or the country list is absent)."""
    try:
        from eventatlas.geocode.countries import region_of as lookup
    except ImportError:
        return ""
    return (lookup(iso3) or "") if iso3 else ""


def timestamp(published: str | None) -> int:
    """Unix seconds of a publication time (naive means UTC; 0 when unknown)."""
    if not published:
        return 0
    try:
        moment = dt.datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return 0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp())


def acled_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """One event dict in ACLED's columns and codes."""
    inter1, inter2 = event.get("inter1"), event.get("inter2")
    event_date = event.get("event_date") or ""
    return {
        "event_id_cnty": event.get("event_id", ""),
        "event_date": event_date,
        "year": int(event_date[:4]) if event_date[:4].isdigit() else "",
        "time_precision": event.get("time_precision") or "",
        "disorder_type": disorder_type(event.get("event_type"), event.get("sub_event_type")),
        "event_type": event.get("event_type") or "",
        "sub_event_type": event.get("sub_event_type") or "",
        "actor1": event.get("actor1") or "",
        "assoc_actor_1": "; ".join(event.get("assoc_actor_1") or []),
        "inter1": inter1 or 0,
        "actor2": event.get("actor2") or "",
        "assoc_actor_2": "; ".join(event.get("assoc_actor_2") or []),
        "inter2": inter2 or 0,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS else "",
        **_place(event),
        "source": "; ".join(sources(event)),
        "source_scale": "",
        "notes": (event.get("evidence") or {}).get("text") or "",
        "fatalities": event.get("fatalities") or 0,
        "tags": tags(event),
        "timestamp": timestamp(event.get("published")),
    }


def tags(event: Mapping[str, Any]) -> str:
    """What ACLED's columns cannot say: a statement that is not an occurred event, review status."""
    found = []
    if event.get("modality") not in (None, "occurred"):
        found.append(f"modality: {event['modality']}")
    if event.get("status") not in (None, "machine"):
        found.append(f"status: {event['status']}")
    attribution = event.get("attribution") or {}
    if attribution.get("claimed_by"):
        found.append(f"claimed by: {attribution['claimed_by']}")
    return "; ".join(found)


def _place(event: Mapping[str, Any]) -> dict[str, Any]:
    iso3 = event.get("iso3")
    numeric = iso_numeric(iso3)
    return {
        "iso": numeric if numeric is not None else "",
        "region": region_of(iso3),
        "country": event.get("country") or "",
        "admin1": event.get("admin1") or "",
        "admin2": event.get("admin2") or "",
        "admin3": "",
        "location": event.get("location") or "",
        "latitude": _blank_if_none(event.get("latitude")),
        "longitude": _blank_if_none(event.get("longitude")),
        "geo_precision": event.get("geo_precision") or "",
    }


def sources(event: Mapping[str, Any]) -> list[str]:
    """The outlets of an event: its publisher and whom it relays, each once."""
    attribution = event.get("attribution") or {}
    names = (event.get("source"), attribution.get("reported_by"))
    return list(dict.fromkeys(name for name in names if name))


def _blank_if_none(value: Any) -> Any:
    return "" if value is None else value


def write_acled_csv(rows: Rows, out: IO[Any]) -> int:
    """Write events as ACLED-style CSV with a header line; the number of rows."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in rows:
        writer.writerow(acled_row(event))
        count += 1
    return count


ACLED_CSV = register_exporter(
    Exporter("acled-csv", write_acled_csv, media_type="text/csv; charset=utf-8", suffix=".csv")
)
