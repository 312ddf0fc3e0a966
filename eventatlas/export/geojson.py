"""GeoJSON (RFC 7946): a FeatureCollection with one Point feature per event.

The collection is written feature by feature, so a million events never
sit in memory. Every field of the event is a property; an event with no
coordinates has a null geometry, as the RFC allows.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import IO, Any

from eventatlas.export.registry import Exporter, Rows, register_exporter


def geometry(event: Mapping[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point at the event's ``[longitude, latitude]``, or None."""
    longitude, latitude = event.get("longitude"), event.get("latitude")
    if not isinstance(longitude, int | float) or not isinstance(latitude, int | float):
        return None
    if not (math.isfinite(longitude) and math.isfinite(latitude)):
        return None
    return {"type": "Point", "coordinates": [float(longitude), float(latitude)]}


def feature(event: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a GeoJSON Feature (its id is the event id)."""
    return {
        "type": "Feature",
        "id": event.get("event_id"),
        "geometry": geometry(event),
        "properties": dict(event),
    }


def write_geojson(rows: Rows, out: IO[Any]) -> int:
    """Write a FeatureCollection of the events; the number of features."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for event in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(feature(event), ensure_ascii=False, default=str))
        count += 1
    out.write("\n]}\n")
    return count


GEOJSON = register_exporter(
    Exporter("geojson", write_geojson, media_type="application/geo+json", suffix=".geojson")
)
