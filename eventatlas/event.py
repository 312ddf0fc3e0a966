"""Event and its parts: the records eventatlas produces.

The field names and meanings of :class:`Event` are the contract of
SPEC.md: ``Event.to_dict()`` is exactly one line of ``extract`` output.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class EventType(enum.StrEnum):
    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC = "Strategic developments"


SUB_EVENT_TYPES: dict[str, EventType] = {
    "Armed clash": EventType.BATTLES,
    "Government regains territory": EventType.BATTLES,
    "Non-state actor overtakes territory": EventType.BATTLES,
    "Chemical weapon": EventType.EXPLOSIONS,
    "Air/drone strike": EventType.EXPLOSIONS,
    "Suicide bomb": EventType.EXPLOSIONS,
    "Shelling/artillery/missile attack": EventType.EXPLOSIONS,
    "Remote explosive/landmine/IED": EventType.EXPLOSIONS,
    "Grenade": EventType.EXPLOSIONS,
    "Sexual violence": EventType.VIOLENCE_AGAINST_CIVILIANS,
    "Attack": EventType.VIOLENCE_AGAINST_CIVILIANS,
    "Abduction/forced disappearance": EventType.VIOLENCE_AGAINST_CIVILIANS,
    "Peaceful protest": EventType.PROTESTS,
    "Protest with intervention": EventType.PROTESTS,
    "Excessive force against protesters": EventType.PROTESTS,
    "Violent demonstration": EventType.RIOTS,
    "Mob violence": EventType.RIOTS,
    "Agreement": EventType.STRATEGIC,
    "Arrests": EventType.STRATEGIC,
    "Change to group/activity": EventType.STRATEGIC,
    "Disrupted weapons use": EventType.STRATEGIC,
    "Headquarters or base established": EventType.STRATEGIC,
    "Looting/property destruction": EventType.STRATEGIC,
    "Non-violent transfer of territory": EventType.STRATEGIC,
    "Other": EventType.STRATEGIC,
}


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to (KeyError if unknown)."""
    return SUB_EVENT_TYPES[sub_event_type].value


class Modality(enum.StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    THREATENED = "threatened"
    GENERIC = "generic"
    DENIED = "denied"


class ClaimantType(enum.StrEnum):
    NAMED_OFFICIAL = "named_official"
    ANONYMOUS = "anonymous"
    ORGANISATION = "organisation"
    OUTLET = "outlet"
    UNATTRIBUTED = "unattributed"


class Status(enum.StrEnum):
    MACHINE = "machine"
    REVIEWED = "reviewed"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a country, a division or a populated place."""

    name: str
    country: str
    iso3: str
    latitude: float
    longitude: float
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    feature: str = "P"
    population: int = 0
    iso2: str = ""

    @property
    def level(self) -> int:
        """0 country, 1 first-order division, 2 second-order, 3 populated place."""
        return {"A.PCLI": 0, "A.ADM1": 1, "A.ADM2": 2}.get(self.feature, 3)


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened: a place, ACLED's precision and the reason."""

    place: Place
    geo_precision: int
    reason: str
    mention: str = ""


@dataclass(slots=True)
class Attribution:
    claimed_by: str | None = None
    claimant_type: str = ClaimantType.UNATTRIBUTED.value
    reported_by: str | None = None


@dataclass(slots=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    """One coded event; ``to_dict()`` gives the SPEC.md output record."""

    event_id: str
    article_id: str
    event_date: str | None
    date_start: str | None
    date_end: str | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    assoc_actor_1: list[str]
    assoc_actor_2: list[str]
    inter1: int | None
    inter2: int | None
    country: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    geonameid: int | None
    fatalities: int | None
    modality: str
    attribution: Attribution
    evidence: Evidence
    confidence: float
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    geo_reason: str = ""
    date_reason: str = ""
    source: str | None = None
    url: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        extras = record.pop("extras")
        record.update(extras)
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Event:
        """Rebuild an event from ``to_dict()`` output (unknown keys go to extras)."""
        known = {name for name in cls.__dataclass_fields__ if name != "extras"}
        values = {key: value for key, value in record.items() if key in known}
        values["attribution"] = Attribution(**(record.get("attribution") or {}))
        values["evidence"] = Evidence(
            **(record.get("evidence") or {"text": "", "start": 0, "end": 0})
        )
        values["assoc_actor_1"] = list(record.get("assoc_actor_1") or [])
        values["assoc_actor_2"] = list(record.get("assoc_actor_2") or [])
        extras = {key: value for key, value in record.items() if key not in known}
        return cls(**values, extras=extras)


EVENT_FIELDS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "event_date",
    "date_start",
    "date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "inter1",
    "inter2",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "geonameid",
    "fatalities",
    "modality",
    "attribution",
    "evidence",
    "confidence",
)
"""The fields SPEC.md promises on every event, in its order."""
