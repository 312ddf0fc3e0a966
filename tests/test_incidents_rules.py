"""The rules that decide whether two reports are one happening."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventatlas.event import SUB_EVENT_TYPES
from eventatlas.incidents import DEFAULT_RULES, JoinRules, Report, same_happening
from eventatlas.incidents.rules import family, haversine_km, is_generic

DAY = dt.date(2020, 12, 20)
BASE = Report(
    event_id="EV-1",
    article_id="a",
    sub_event_type="Air/drone strike",
    iso3="SYR",
    start=DAY,
    end=DAY,
    admin1="Deir ez-Zor",
    latitude=34.45,
    longitude=40.92,
    geo_precision=1,
    actor1="Military Forces of Syria",
)


def other(**changes: Any) -> Report:
    return dataclasses.replace(BASE, **{"event_id": "EV-2", "article_id": "b", **changes})


@pytest.mark.parametrize(
    ("changes", "joins"),
    [
        ({}, True),
        ({"sub_event_type": "Shelling/artillery/missile attack"}, True),
        ({"sub_event_type": "Armed clash"}, False),
        ({"article_id": "a"}, False),
        ({"iso3": "IRQ"}, False),
        ({"start": DAY + dt.timedelta(days=1), "end": DAY + dt.timedelta(days=1)}, True),
        ({"start": DAY + dt.timedelta(days=2), "end": DAY + dt.timedelta(days=2)}, False),
        ({"start": DAY - dt.timedelta(days=6), "end": DAY + dt.timedelta(days=1)}, True),
        ({"start": None, "end": None}, False),
        ({"latitude": 34.50}, True),
        ({"latitude": 34.60}, False),
        ({"latitude": 34.60, "geo_precision": 2}, True),
        ({"latitude": 34.70, "geo_precision": 2}, False),
        ({"latitude": 35.30, "geo_precision": 3}, True),
        ({"latitude": 35.30, "geo_precision": 3, "admin1": "Raqqa"}, False),
        ({"latitude": None, "longitude": None}, False),
        ({"actor1": "military forces of syria"}, True),
        ({"actor1": "Islamic State"}, False),
        ({"actor1": None}, True),
        ({"actor1": "Unidentified Armed Group (Syria)"}, True),
    ],
)
def test_incidents_rules_same_happening(changes: dict[str, Any], joins: bool) -> None:
    assert (same_happening(other(**changes), BASE) is not None) is joins


@pytest.mark.parametrize(
    ("one", "two", "same"),
    [
        ("Peaceful protest", "Violent demonstration", True),
        ("Excessive force against protesters", "Mob violence", True),
        ("Armed clash", "Government regains territory", True),
        ("Arrests", "Agreement", False),
        ("Attack", "Air/drone strike", False),
        ("Other", "Other", True),
    ],
)
def test_incidents_rules_families(one: str, two: str, same: bool) -> None:
    assert (family(one) == family(two)) is same


def test_incidents_rules_every_sub_event_type_has_family() -> None:
    assert all(family(name) for name in SUB_EVENT_TYPES)
    assert family("Skirmish") is None and family(None) is None


def test_incidents_rules_wider_radius_joins_more() -> None:
    far = other(latitude=34.60)
    assert same_happening(far, BASE) is None
    assert same_happening(far, BASE, JoinRules(radius_km=(20.0, 25.0))) is not None
    assert DEFAULT_RULES.radius_km == (10.0, 25.0)


@pytest.mark.parametrize("name", [None, "", "  ", "Unidentified Gang (Mexico)", "unidentified"])
def test_incidents_rules_generic_actors(name: str | None) -> None:
    assert is_generic(name)


def test_incidents_rules_haversine_known_distance() -> None:
    # Damascus to Aleppo is about 310 km as the crow flies.
    assert 300 < haversine_km(33.5138, 36.2765, 36.2021, 37.1343) < 320


coordinates = st.tuples(
    st.floats(-89.9, 89.9, allow_nan=False), st.floats(-180, 180, allow_nan=False)
)


@given(coordinates, coordinates)
def test_incidents_rules_haversine_symmetric_and_bounded(
    a: tuple[float, float], b: tuple[float, float]
) -> None:
    there, back = haversine_km(*a, *b), haversine_km(*b, *a)
    assert there == pytest.approx(back, abs=1e-6)
    assert 0 <= there <= 20_016


@given(st.integers(-5, 5), st.integers(0, 5), st.sampled_from(sorted(SUB_EVENT_TYPES)))
def test_incidents_rules_symmetric(shift: int, length: int, sub_event_type: str) -> None:
    start = DAY + dt.timedelta(days=shift)
    moved = other(start=start, end=start + dt.timedelta(days=length), sub_event_type=sub_event_type)
    base = dataclasses.replace(BASE, sub_event_type=sub_event_type)
    assert same_happening(moved, base) == same_happening(base, moved)
