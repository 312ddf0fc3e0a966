"""countries.tsv: ACLED's names and regions, found by any name or code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventatlas.geocode.countries import (
    country_of_demonym,
    find_country,
    load_countries,
    region_of,
)

REGIONS = {
    "Middle East",
    "Northern Africa",
    "Western Africa",
    "Middle Africa",
    "Eastern Africa",
    "Southern Africa",
    "South Asia",
    "Southeast Asia",
    "East Asia",
    "Caucasus and Central Asia",
    "Europe",
    "North America",
    "Central America",
    "South America",
    "Caribbean",
    "Oceania",
    "Antarctica",
}
ACLED_DEV = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "acled-dev" / "acled-dev.jsonl"
)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Syria", "SYR"),
        ("SY", "SYR"),
        ("SYR", "SYR"),
        ("Syrian Arab Republic", "SYR"),
        ("DRC", "COD"),
        ("DR Congo", "COD"),
        ("Congo-Kinshasa", "COD"),
        ("Democratic Republic of Congo", "COD"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Russia", "RUS"),
        ("Iran", "IRN"),
        ("Palestine", "PSE"),
        ("Burma", "MMR"),
        ("U.S.", "USA"),
        ("Kosovo", "XKX"),
        ("eSwatini", "SWZ"),
        ("Türkiye", "TUR"),
    ],
)
def test_countries_found_by_any_name(name: str, iso3: str) -> None:
    found = find_country(name)
    assert found is not None and found.iso3 == iso3


def test_countries_unknown_name_is_none() -> None:
    assert find_country("Atlantis") is None
    assert find_country("") is None


def test_countries_acled_spellings_and_regions() -> None:
    countries = load_countries()
    assert countries["COD"].name == "Democratic Republic of Congo"
    assert countries["CIV"].name == "Ivory Coast"
    assert countries["SYR"].region == "Middle East"
    assert region_of("KEN") == "Eastern Africa"
    assert region_of("AFG") == "South Asia"
    assert {country.region for country in countries.values()} <= REGIONS
    assert len(countries) >= 245


def test_countries_demonyms_lead_to_their_country() -> None:
    syria = country_of_demonym("Syrian")
    assert syria is not None and syria.iso3 == "SYR"
    assert country_of_demonym("Martian") is None


def test_countries_cached_per_process() -> None:
    assert load_countries() is load_countries()


def test_countries_match_the_acled_development_set() -> None:
    if not ACLED_DEV.is_file():
        pytest.skip("../shared/data is not here")
    names = {json.loads(line)["country"] for line in ACLED_DEV.open(encoding="utf-8")}
    wrong = sorted(
        name
        for name in names
        if (find_country(name) or None) is None or find_country(name).name != name
    )  # type: ignore[union-attr]
    assert wrong == []


def test_geocode_countries_a_doubled_letter_is_no_country_name() -> None:
    # the exact key folds doubled letters; a country's name does not lose them: "Mallawi" is
    # a town of Egypt, not Malawi ("Phillipines" keeps its doubled letters and its country)
    assert find_country("Mallawi") is None
    assert find_country("Malawi") is not None
    country = find_country("Phillipines")
    assert country is not None and country.iso3 == "PHL"
