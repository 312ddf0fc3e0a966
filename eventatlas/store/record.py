"""Machine record, review history and current values of one stored event.

The machine record (``Event.to_dict()`` as extraction made it) is kept
untouched; the current value of a field is the ``after`` of its latest
history row, else the machine value. The scalar columns of the ``events``
table always hold the current values, so filters see what analysts see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from eventatlas.event import Status

# History rows on these fields record a change of status, incident or a
# comment; they are not fields of the event record.
STATUS_FIELD = "status"
INCIDENT_FIELD = "incident_id"
COMMENT_FIELD = "comment"

_COPIED = (
    "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2",
    "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "geonameid", "fatalities", "modality", "confidence",
)  # fmt: skip


def current(machine: Mapping[str, Any], history: Iterable[Mapping[Any, Any]]) -> dict[str, Any]:
    """The machine record with the history applied, plus its ``status``."""
    record = dict(machine)
    record[STATUS_FIELD] = Status.MACHINE.value
    for row in history:
        if row["field"] not in (INCIDENT_FIELD, COMMENT_FIELD):
            record[row["field"]] = row["after"]
    return record


def columns(record: Mapping[str, Any]) -> dict[str, Any]:
    """The scalar column values of ``events`` for a current record."""
    values = {name: record.get(name) for name in _COPIED}
    values["event_date"] = as_date(record.get("event_date"))
    values["date_start"] = as_date(record.get("date_start")) or values["event_date"]
    values["date_end"] = as_date(record.get("date_end")) or values["event_date"]
    values["actors"] = actor_text(record)
    values["evidence_text"] = (record.get("evidence") or {}).get("text")
    values["status"] = record.get(STATUS_FIELD, Status.MACHINE.value)
    if isinstance(values["iso3"], str):
        values["iso3"] = values["iso3"].upper()
    return values


def as_date(value: Any) -> dt.date | None:
    """A date from ``YYYY-MM-DD`` text (None when missing or malformed)."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def actor_text(record: Mapping[str, Any]) -> str:
    """Every actor of the event, lower-cased, one a line: what the actor filter searches."""
    names = [record.get("actor1"), record.get("actor2")]
    names += list(record.get("assoc_actor_1") or []) + list(record.get("assoc_actor_2") or [])
    return "\n".join(name.lower() for name in names if name)


def history_row(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A history table row as the API shows it."""
    return {
        "id": row["id"],
        "event_id": row["event_id"],
        "user": row["username"],
        "at": row["at"],
        "field": row["field"],
        "before": row["before"],
        "after": row["after"],
        "comment": row["comment"],
    }


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
