"""When two reported events may be the same happening, and how alike they are.

Two reports are *compatible* when they come from different articles (two
events of one article are two happenings as far as extraction can tell;
a syndicated copy is another article and joins), both say the event occurred, they are in one country, their sub-event types are the same or
neighbours (:data:`NEIGHBOURS`), their date ranges overlap (or are
``day_slack`` days apart), their places are close for the coarser of their
precisions (10 km, 25 km, the same first-order division; two different
gazetteer places named precisely must be within 5 km) and their actors fit
once aliases are resolved. :func:`likeness` scores compatible pairs so
the clustering can take the most alike first. Everything here is a pure
function of the two reports: the clustering's determinism rests on it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from eventatlas.event import SUB_EVENT_TYPES, Event, Modality
from eventatlas.incidents.actors import actor_keys, agent_key, is_generic

EARTH_RADIUS_KM = 6371.0088

__all__ = ["DEFAULT_RULES", "JoinRules", "Report", "compatible", "is_generic", "likeness"]


@dataclass(frozen=True)
class JoinRules:
    """The thresholds of the rules (distances by geo_precision 1 and 2)."""

    day_slack: int = 1
    radius_km: tuple[float, float] = (10.0, 25.0)
    # Candidates whose date range starts this long before ours are not looked
    # at: it bounds the index scan, and such vague reports rarely pair anyway.
    max_span_days: int = 62
    # Two reports that both name a place precisely but name different places
    # (a village and the next one) are one happening only this close.
    distinct_places_km: float = 5.0


DEFAULT_RULES = JoinRules()

_BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
_DEMONSTRATIONS = (
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration",
)  # fmt: skip

NEIGHBOURS: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in [
        ("Air/drone strike", "Shelling/artillery/missile attack"),
        ("Chemical weapon", "Air/drone strike"),
        ("Chemical weapon", "Shelling/artillery/missile attack"),
        ("Remote explosive/landmine/IED", "Suicide bomb"),
        ("Remote explosive/landmine/IED", "Grenade"),
        ("Remote explosive/landmine/IED", "Shelling/artillery/missile attack"),
        # A bombing of a market is "an attack" in many reports.
        ("Attack", "Remote explosive/landmine/IED"),
        ("Attack", "Suicide bomb"),
        # Raiders who kill and kidnap in one village the same day: one raid.
        ("Attack", "Abduction/forced disappearance"),
        ("Attack", "Sexual violence"),
        ("Violent demonstration", "Mob violence"),
        *[(a, b) for a in _BATTLES for b in _BATTLES if a < b],
        *[(a, b) for a in _DEMONSTRATIONS for b in _DEMONSTRATIONS if a < b],
    ]
)
"""Sub-event types that reports of one happening are coded as, either way."""

NEIGHBOURS_SHARING_ACTORS: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in [
        ("Armed clash", "Attack"),
        ("Attack", "Mob violence"),
        ("Arrests", "Abduction/forced disappearance"),
        ("Armed clash", "Remote explosive/landmine/IED"),
        ("Armed clash", "Grenade"),
        ("Attack", "Looting/property destruction"),
        ("Armed clash", "Violent demonstration"),
        ("Mob violence", "Protest with intervention"),
        ("Mob violence", "Excessive force against protesters"),
    ]
)
"""Neighbours only when both reports name one actor in common (gunmen who
"attacked villagers" in one report and "clashed with guards" in another)."""

NEIGHBOURS_PLACED_PRECISELY: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in [
        ("Attack", "Shelling/artillery/missile attack"),
        ("Attack", "Air/drone strike"),
    ]
)
"""Neighbours only when both reports place the event at or near a named place
(geo_precision 1 or 2): a missile that hits a station is "an attack on
civilians" in one report and a missile strike in another, but a region-wide
attack and a region-wide shelling on one day are too often two happenings."""


@dataclass(frozen=True, slots=True)
class Report:
    """What the rules compare of one event (and where the store keeps it)."""

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
    actor2: str | None = None
    actors: tuple[str, ...] = ()
    geonameid: int | None = None
    time_precision: int | None = None
    modality: str | None = None
    block_id: str | None = None
    pinned: bool = False
    sentence: str | None = None
    first: str | None = field(init=False, repr=False, compare=False)
    everyone: frozenset[str] = field(init=False, repr=False, compare=False)
    clusterable: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first", agent_key(self.actor1))
        names = (self.actor1, self.actor2, *self.actors)
        object.__setattr__(self, "everyone", actor_keys(names))
        object.__setattr__(self, "clusterable", self._clusterable())

    def _clusterable(self) -> bool:
        """Whether the report can join others: it occurred, with a country, date and type."""
        return (
            self.modality in _REPORTED
            and self.iso3 is not None
            and self.start is not None
            and self.end is not None
            and group(self.sub_event_type) is not None
        )

    @classmethod
    def of_event(cls, event: Event) -> Report:
        """The report of an extracted event."""
        start = _date(event.date_start) or _date(event.event_date)
        end = _date(event.date_end) or _date(event.event_date)
        return cls(
            event.event_id, event.article_id, event.sub_event_type,
            event.iso3.upper() if event.iso3 else None, start, end, event.admin1,
            event.latitude, event.longitude, event.geo_precision, event.actor1,
            actor2=event.actor2, actors=(*event.assoc_actor_1, *event.assoc_actor_2),
            geonameid=event.geonameid, time_precision=event.time_precision,
            modality=event.modality, sentence=event.evidence.text or None,
        )  # fmt: skip

    @classmethod
    def of_row(cls, row: Mapping[Any, Any]) -> Report:
        """The report of a stored event row (the columns of ``join.REPORT_COLUMNS``)."""
        actors = tuple((row["actors"] or "").splitlines())
        return cls(
            row["event_id"], row["article_id"], row["sub_event_type"], row["iso3"],
            row["date_start"], row["date_end"], row["admin1"], row["latitude"],
            row["longitude"], row["geo_precision"], row["actor1"],
            incident_id=row["incident_id"], actor2=row["actor2"], actors=actors,
            geonameid=row["geonameid"], time_precision=row["time_precision"],
            modality=row["modality"], block_id=row["block_id"],
            pinned=bool(row["pinned"]), sentence=row["evidence_text"] or None,
        )  # fmt: skip


# A denial is a report about the happening too (and a disagreement to show).
_REPORTED = (None, Modality.OCCURRED.value, Modality.DENIED.value)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _groups() -> dict[str, str]:
    # Types joined by any neighbour relation, transitively: the candidate
    # query asks for the whole group at once.
    names = {name: name for name in SUB_EVENT_TYPES}

    def root(name: str) -> str:
        while names[name] != name:
            name = names[name]
        return name

    for pair in NEIGHBOURS | NEIGHBOURS_SHARING_ACTORS | NEIGHBOURS_PLACED_PRECISELY:
        a, b = sorted(pair)
        names[root(b)] = root(a)
    return {name: root(name) for name in SUB_EVENT_TYPES}


_GROUPS = _groups()


def group(sub_event_type: str | None) -> str | None:
    """The block of sub-event types a report is compared within (None if unknown)."""
    return _GROUPS.get(sub_event_type or "")


def group_members(sub_event_type: str | None) -> list[str]:
    """Every sub-event type of the same group, for the candidate query."""
    wanted = group(sub_event_type)
    return [name for name in SUB_EVENT_TYPES if wanted is not None and _GROUPS[name] == wanted]


def type_likeness(a: Report, b: Report) -> float | None:
    """1 for the same sub-event type, less for neighbours, None when unrelated."""
    if a.sub_event_type == b.sub_event_type:
        return 1.0 if a.sub_event_type in SUB_EVENT_TYPES else None
    pair = frozenset((a.sub_event_type or "", b.sub_event_type or ""))
    if pair in NEIGHBOURS:
        return 0.6
    if pair in NEIGHBOURS_SHARING_ACTORS and _named_in_common(a, b):
        return 0.4
    if pair in NEIGHBOURS_PLACED_PRECISELY and max(a.geo_precision or 3, b.geo_precision or 3) <= 2:
        return 0.4
    return None


def _named_in_common(a: Report, b: Report) -> bool:
    # Civilians are on the receiving end of most events: sharing them says little.
    return any(not key.startswith("civilians (") for key in a.everyone & b.everyone)


def compatible(a: Report, b: Report, rules: JoinRules = DEFAULT_RULES) -> bool:
    """Whether ``a`` and ``b`` may report one happening."""
    return likeness(a, b, rules) is not None


def likeness(a: Report, b: Report, rules: JoinRules = DEFAULT_RULES) -> float | None:
    """How alike two compatible reports are (0 to 1), or None when incompatible."""
    if not (a.clusterable and b.clusterable) or _same_article(a, b):
        return None
    if a.iso3 != b.iso3 or too_vague(a, rules) or too_vague(b, rules):
        return None
    kind = type_likeness(a, b)
    when = date_likeness(a, b, rules.day_slack) if kind is not None else None
    if kind is None or when is None or not actors_fit(a, b):
        return None
    where = place_likeness(a, b, rules)
    if where is None:
        return None
    who = 1.0 if a.first is not None and a.first == b.first else 0.5
    return round(0.3 * kind + 0.25 * when + 0.3 * where + 0.15 * who, 6)


def _same_article(a: Report, b: Report) -> bool:
    """Two reports of one article are two happenings, unless one sentence coded twice."""
    if a.article_id != b.article_id:
        return False
    double = a.sentence is not None and a.sentence == b.sentence
    return not (double and a.sub_event_type != b.sub_event_type)


def too_vague(report: Report, rules: JoinRules) -> bool:
    """Whether the date range is longer than ``max_span_days`` (it then joins nothing)."""
    assert report.start is not None and report.end is not None
    return (report.end - report.start).days > rules.max_span_days


def date_likeness(a: Report, b: Report, slack_days: int) -> float | None:
    """The share of days the ranges have in common (0.1 when only ``slack_days`` apart)."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return None
    slack = dt.timedelta(days=slack_days)
    if not (a.start <= b.end + slack and b.start <= a.end + slack):
        return None
    shared = (min(a.end, b.end) - max(a.start, b.start)).days + 1
    if shared <= 0:
        return 0.1
    together = (max(a.end, b.end) - min(a.start, b.start)).days + 1
    return 0.3 + 0.7 * shared / together


def actors_fit(a: Report, b: Report) -> bool:
    """The same first actor (aliases resolved), one named on the other's side, or one unknown."""
    if a.first is None or b.first is None or a.first == b.first:
        return True
    return a.first in b.everyone or b.first in a.everyone


def place_likeness(a: Report, b: Report, rules: JoinRules) -> float | None:
    """1 for the same place, falling with distance; None when too far for the precision."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 1.0
    km = distance_within(a, b, rules)
    if km is None:
        return None
    precision = max(a.geo_precision or 3, b.geo_precision or 3)
    if precision >= 3:
        return 0.3
    return 1.0 - 0.8 * km / rules.radius_km[precision - 1]


def distance_within(a: Report, b: Report, rules: JoinRules) -> float | None:
    """The distance in km when close enough for the coarser precision, else None."""
    precision = max(a.geo_precision or 3, b.geo_precision or 3)
    if precision >= 3:
        return 0.0 if a.admin1 and a.admin1 == b.admin1 else None
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
    limit = rules.radius_km[precision - 1]
    if precision == 1 and None not in (a.geonameid, b.geonameid) and a.geonameid != b.geonameid:
        limit = min(limit, rules.distinct_places_km)
    return km if km <= limit else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two WGS84 points, in km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
