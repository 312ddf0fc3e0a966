"""The seed article gives what a careful analyst codes from it (../shared/seed)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.pipeline import Pipeline


@pytest.fixture(scope="module")
def seed_events(seed_text: str, pipeline: Pipeline) -> tuple[str, list[Event]]:
    outcome = pipeline.run_one(Article("seed", seed_text))
    assert outcome.failure is None, outcome.failure
    return seed_text, outcome.events


def _occurred(events: list[Event], sub: str) -> list[Event]:
    return [e for e in events if e.modality == "occurred" and e.sub_event_type == sub]


def test_seed_air_strike(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    strikes = _occurred(events, "Air/drone strike")
    assert len(strikes) == 1
    strike = strikes[0]
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.country == "Syria" and strike.iso3 == "SYR"
    assert strike.admin1 is not None and "Deir" in strike.admin1
    assert strike.actor1 == "Military Forces of Syria"
    assert "Military Forces of Russia" in strike.assoc_actor_1
    assert strike.actor2 == "Islamic State"
    assert strike.time_precision == 2
    assert strike.event_date is not None
    day = dt.date.fromisoformat(strike.event_date)
    assert dt.date(2020, 12, 14) <= day <= dt.date(2020, 12, 21)
    assert strike.attribution.claimant_type == "anonymous"
    assert strike.attribution.reported_by == "Sputnik Arabic"


def test_seed_troop_movements(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    moves = [
        e for e in events if e.modality == "occurred" and e.event_type == "Strategic developments"
    ]
    places = {e.location for e in moves}
    assert any(p and "Kam" in p for p in places), places
    assert any((p and "Mayād" in p) or (p and "Mayad" in p) for p in places), places
    for event in moves:
        assert event.latitude is not None and event.longitude is not None
        assert event.country == "Syria"


def test_seed_planned_operation_never_occurred(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    for event in events:
        if (
            "sweeping operation" in event.evidence.text
            and event.evidence.text.find("sweeping") < 60
        ):
            assert event.modality != "occurred"
    planned = [e for e in events if e.modality == "planned"]
    assert planned


def test_seed_no_invented_fatalities(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    assert all(e.fatalities in (None, 0) for e in events)


def test_seed_evidence_spans_are_exact(seed_events: tuple[str, list[Event]]) -> None:
    text, events = seed_events
    assert events
    for event in events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text


def test_seed_published_from_dateline(seed_text: str, pipeline: Pipeline) -> None:
    outcome = pipeline.run_one(Article("seed", seed_text))
    assert outcome.article is not None and outcome.article.published == "2020-12-21"
