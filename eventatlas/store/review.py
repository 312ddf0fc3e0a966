"""Checking an analyst's changes to an event before they enter the history.

Each editable field has a checker that returns the clean value or raises
ValueError naming the field and what it accepts. ``event_type`` is never
set on its own: it follows ``sub_event_type`` through the taxonomy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from eventatlas.event import SUB_EVENT_TYPES, ClaimantType, Modality, Status, event_type_of

Checker = Callable[[str, Any], Any]

REVIEW_STATUSES = (Status.REVIEWED.value, Status.REJECTED.value)


def _text(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    raise ValueError(f"{name} must be text or null, not {value!r}")


def _date(name: str, value: Any) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"{name} must be a date like 2020-12-21, not {value!r}") from None


def _number(low: float, high: float, *, whole: bool, optional: bool = True) -> Checker:
    def check(name: str, value: Any) -> Any:
        if value is None and optional:
            return None
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
            kind = "a whole number" if whole else "a number"
            raise ValueError(f"{name} must be {kind} from {low:g} to {high:g}, not {value!r}")
        return value if whole else float(value)

    return check


def _one_of(choices: tuple[str, ...]) -> Checker:
    def check(name: str, value: Any) -> str:
        if value not in choices:
            raise ValueError(f"{name} must be one of {list(choices)}, not {value!r}")
        return str(value)

    return check


def _names(name: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{name} must be a list of actor names, not {value!r}")
    return [item.strip() for item in value if item.strip()]


def _iso3(name: str, value: Any) -> str | None:
    text = _text(name, value)
    if text is not None and (len(text) != 3 or not text.isalpha()):
        raise ValueError(f"{name} must be a three-letter ISO code, not {value!r}")
    return text.upper() if text else None


def _parts(keys: dict[str, Checker]) -> Checker:
    def check(name: str, value: Any) -> dict[str, Any]:
        if not isinstance(value, Mapping) or not set(value) <= set(keys):
            raise ValueError(f"{name} must be an object with keys {sorted(keys)}, not {value!r}")
        return {key: keys[key](f"{name}.{key}", item) for key, item in value.items()}

    return check


_COUNT = _number(0, 10_000_000, whole=True)
_PRECISION = _number(1, 3, whole=True)

CHECKERS: dict[str, Checker] = {
    "event_date": _date,
    "date_start": _date,
    "date_end": _date,
    "time_precision": _number(1, 3, whole=True, optional=False),
    "event_type": _one_of(tuple(sorted({kind.value for kind in SUB_EVENT_TYPES.values()}))),
    "sub_event_type": _one_of(tuple(SUB_EVENT_TYPES)),
    "actor1": _text,
    "actor2": _text,
    "assoc_actor_1": _names,
    "assoc_actor_2": _names,
    "inter1": _number(1, 8, whole=True),
    "inter2": _number(1, 8, whole=True),
    "country": _text,
    "iso3": _iso3,
    "admin1": _text,
    "admin2": _text,
    "location": _text,
    "latitude": _number(-90, 90, whole=False),
    "longitude": _number(-180, 180, whole=False),
    "geo_precision": _PRECISION,
    "geonameid": _number(0, 2**31 - 1, whole=True),
    "fatalities": _COUNT,
    "fatalities_low": _COUNT,
    "fatalities_best": _COUNT,
    "fatalities_high": _COUNT,
    "modality": _one_of(tuple(item.value for item in Modality)),
    "attribution": _parts(
        {
            "claimed_by": _text,
            "claimant_type": _one_of(tuple(item.value for item in ClaimantType)),
            "reported_by": _text,
        }
    ),
    "evidence": _parts(
        {"text": _text, "start": _COUNT, "end": _COUNT},
    ),
    "confidence": _number(0, 1, whole=False, optional=False),
    "source": _text,
    "url": _text,
    "geo_reason": _text,
    "date_reason": _text,
}


def check_changes(record: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The clean changes that differ from ``record`` (ValueError on a bad one)."""
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        checker = CHECKERS.get(name)
        if checker is None:
            raise ValueError(f"{name!r} cannot be reviewed; editable fields: {sorted(CHECKERS)}")
        clean[name] = checker(name, value)
    for name in ("attribution", "evidence"):
        if name in clean:
            clean[name] = {**(record.get(name) or {}), **clean[name]}
    _follow_taxonomy(record, clean)
    return {name: value for name, value in clean.items() if record.get(name) != value}


def _follow_taxonomy(record: Mapping[str, Any], clean: dict[str, Any]) -> None:
    sub_event_type = clean.get("sub_event_type", record.get("sub_event_type"))
    expected = event_type_of(sub_event_type) if sub_event_type in SUB_EVENT_TYPES else None
    if "event_type" in clean and clean["event_type"] != expected:
        raise ValueError(
            f"event_type {clean['event_type']!r} does not fit sub_event_type "
            f"{sub_event_type!r}; change sub_event_type and event_type follows"
        )
    if "sub_event_type" in clean and expected is not None:
        clean["event_type"] = expected


def check_status(status: str | None) -> str | None:
    """A review status (reviewed or rejected), or None for no change."""
    if status is not None and status not in REVIEW_STATUSES:
        raise ValueError(f"status must be one of {list(REVIEW_STATUSES)}, not {status!r}")
    return status
