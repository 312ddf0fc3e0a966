"""The rules that decide whether two reports may be one happening, and how alike they are."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventatlas.event import SUB_EVENT_TYPES
from eventatlas.incidents import DEFAULT_RULES, JoinRules, Report, compatible, likeness
from eventatlas.incidents.actors import actor_key, is_generic
from eventatlas.incidents.rules import group, group_members, haversine_km, type_likeness

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
    actor2="Islamic State",
    time_precision=1,
    modality="occurred",
)


def other(**changes: Any) -> Report:
    return dataclasses.replace(BASE, **{"event_id": "EV-2", "article_id": "b", **changes})


def days(n: int) -> dt.date:
    return DAY + dt.timedelta(days=n)


@pytest.mark.parametrize(
    ("changes", "joins"),
    [
        ({}, True),
        ({"sub_event_type": "Shelling/artillery/missile attack"}, True),
        ({"sub_event_type": "Armed clash"}, False),
        ({"sub_event_type": "Attack"}, True),
        ({"sub_event_type": "Attack", "geo_precision": 3}, False),
        ({"article_id": "a"}, False),
        ({"iso3": "IRQ"}, False),
        ({"modality": "planned"}, False),
        ({"modality": None}, True),
        ({"start": days(1), "end": days(1)}, True),
        ({"start": days(2), "end": days(2)}, False),
        ({"start": days(-6), "end": days(1)}, True),
        ({"start": days(-90), "end": days(0)}, False),
        ({"start": None, "end": None}, False),
        ({"latitude": 34.50}, True),
        ({"latitude": 34.60}, False),
        ({"latitude": 34.60, "geonameid": 7, "geo_precision": 1}, False),
        ({"latitude": 34.60, "geo_precision": 2}, True),
        ({"latitude": 34.70, "geo_precision": 2}, False),
        ({"latitude": 35.30, "geo_precision": 3}, True),
        ({"latitude": 35.30, "geo_precision": 3, "admin1": "Raqqa"}, False),
        ({"latitude": None, "longitude": None}, False),
        ({"actor1": "military forces of syria"}, True),
        ({"actor1": "Syrian army"}, True),
        ({"actor1": "Islamic State"}, True),
        ({"actor1": "Military Forces of Russia"}, False),
        ({"actor1": "Military Forces of Russia", "actors": ("Military Forces of Syria",)}, True),
        ({"actor1": None}, True),
        ({"actor1": "Unidentified Armed Group (Syria)"}, True),
    ],
)
def test_incidents_rules_compatible(changes: dict[str, Any], joins: bool) -> None:
    assert compatible(other(**changes), BASE) is joins
    assert compatible(BASE, other(**changes)) is joins


def test_incidents_rules_same_place_id_beats_coordinates() -> None:
    # One gazetteer place, coordinates from two sources: the same place.
    far = other(latitude=34.60, geonameid=172515)
    assert compatible(far, dataclasses.replace(BASE, geonameid=172515))


def test_incidents_rules_aliases_resolved() -> None:
    isis = other(actor1="ISIS", sub_event_type="Attack", actor2=None)
    daesh = dataclasses.replace(BASE, actor1="Daesh", sub_event_type="Attack", actor2=None)
    assert actor_key("ISIS") == actor_key("Daesh") == actor_key("Islamic State")
    assert compatible(isis, daesh)
    assert not compatible(isis, dataclasses.replace(daesh, actor1="Al Shabaab"))


@pytest.mark.parametrize(
    ("one", "two", "actors_shared", "neighbours"),
    [
        ("Air/drone strike", "Shelling/artillery/missile attack", False, True),
        ("Suicide bomb", "Remote explosive/landmine/IED", False, True),
        ("Peaceful protest", "Violent demonstration", False, True),
        ("Peaceful protest", "Excessive force against protesters", False, True),
        ("Violent demonstration", "Mob violence", False, True),
        ("Armed clash", "Government regains territory", False, True),
        ("Armed clash", "Attack", True, True),
        ("Armed clash", "Attack", False, False),
        ("Arrests", "Agreement", True, False),
        ("Attack", "Air/drone strike", True, True),
        ("Attack", "Armed clash", False, False),
        ("Peaceful protest", "Mob violence", True, False),
        ("Other", "Other", False, True),
    ],
)
def test_incidents_rules_neighbouring_types(
    one: str, two: str, actors_shared: bool, neighbours: bool
) -> None:
    a = other(sub_event_type=one, actor1="Islamic State", actor2=None)
    b = dataclasses.replace(
        BASE, sub_event_type=two, actor1=None, actor2="Islamic State" if actors_shared else None
    )
    assert (type_likeness(a, b) is not None) is neighbours
    assert (type_likeness(b, a) is not None) is neighbours


def test_incidents_rules_neighbours_share_a_group() -> None:
    assert all(group(name) for name in SUB_EVENT_TYPES)
    assert group("Skirmish") is None and group(None) is None
    assert "Shelling/artillery/missile attack" in group_members("Air/drone strike")
    assert "Attack" in group_members("Armed clash")
    assert group_members("Agreement") == ["Agreement"]
    assert group_members(None) == []


def test_incidents_rules_likeness_prefers_closer_and_same_type() -> None:
    same = likeness(other(), BASE)
    farther = likeness(other(latitude=34.50), BASE)
    neighbour = likeness(other(sub_event_type="Shelling/artillery/missile attack"), BASE)
    vaguer = likeness(other(start=days(-3), end=days(0), time_precision=2), BASE)
    assert same is not None and farther is not None and neighbour is not None
    assert vaguer is not None
    assert same == 1.0
    assert same > farther and same > neighbour and same > vaguer


def test_incidents_rules_wider_radius_joins_more() -> None:
    far = other(latitude=34.60)
    assert not compatible(far, BASE)
    assert compatible(far, BASE, JoinRules(radius_km=(20.0, 25.0)))
    assert DEFAULT_RULES.radius_km == (10.0, 25.0)


def test_incidents_rules_exact_days_apart_need_slack() -> None:
    next_day = other(start=days(1), end=days(1))
    assert compatible(next_day, BASE)
    assert not compatible(next_day, BASE, JoinRules(day_slack=0))


@pytest.mark.parametrize("name", [None, "", "  ", "Unidentified Gang (Mexico)", "unidentified"])
def test_incidents_rules_generic_actors(name: str | None) -> None:
    assert is_generic(name)
    assert actor_key(name) is None


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


@given(
    st.integers(-5, 5),
    st.integers(0, 5),
    st.sampled_from(sorted(SUB_EVENT_TYPES)),
    st.floats(34.3, 34.6),
    st.sampled_from([1, 2, 3]),
)
def test_incidents_rules_symmetric(
    shift: int, length: int, sub_event_type: str, latitude: float, precision: int
) -> None:
    moved = other(
        start=days(shift),
        end=days(shift + length),
        sub_event_type=sub_event_type,
        latitude=latitude,
        geo_precision=precision,
    )
    assert likeness(moved, BASE) == likeness(BASE, moved)


def test_incidents_rules_one_sentence_coded_twice() -> None:
    # "Troops raided the camp and exchanged fire with gunmen": an attack and a
    # clash from one sentence are one happening; two strikes of one sentence
    # (the same type twice) or of two sentences are two.
    said = "Troops raided the camp and exchanged fire with gunmen."
    clash = dataclasses.replace(
        BASE, sub_event_type="Armed clash", actor2="Islamic State", sentence=said
    )
    attack = other(article_id="a", sub_event_type="Attack", sentence=said)
    assert compatible(clash, attack)
    assert not compatible(clash, dataclasses.replace(attack, sentence="Another sentence."))
    twice = other(article_id="a", sub_event_type="Armed clash", sentence=said)
    assert not compatible(clash, twice)


def test_incidents_rules_attack_and_strike_need_a_named_place() -> None:
    # A missile that hits a station: "an attack on civilians" in one report,
    # a missile strike in another; at region level the two stay apart.
    attack = other(sub_event_type="Attack", actor2="Civilians (Syria)")
    assert compatible(attack, BASE)
    assert compatible(dataclasses.replace(attack, geo_precision=2), BASE)
    vague = dataclasses.replace(attack, geo_precision=3)
    assert not compatible(vague, dataclasses.replace(BASE, geo_precision=3))
