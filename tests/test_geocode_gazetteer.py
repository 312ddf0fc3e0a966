"""The embedded gazetteer: built once, opened fast, found by name, code, id or prefix."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

import pickle
import sqlite3
import time
from pathlib import Path

import pytest
from geocode_fixtures import gazetteer  # noqa: F401

from eventatlas.geocode.gazetteer import Gazetteer, GazetteerError


def test_gazetteer_candidates_across_spellings(gazetteer: Gazetteer) -> None:
    for spelling in ("Albukamal", "Abu Kamal", "Al-Bukamal", "Ālbū Kamāl", "البوكمال"):
        names = [(p.name, p.iso2) for p in gazetteer.candidates(spelling)]
        assert ("Ālbū Kamāl", "SY") in names, spelling


def test_gazetteer_place_has_divisions_and_feature(gazetteer: Gazetteer) -> None:
    place = gazetteer.get(174448)
    assert place is not None
    assert (place.name, place.country, place.iso3, place.admin1) == (
        "Ālbū Kamāl",
        "Syria",
        "SYR",
        "Deir ez-Zor",
    )
    assert place.feature == "P.PPL" and place.level == 3 and place.population > 50_000


def test_gazetteer_divisions_are_places(gazetteer: Gazetteer) -> None:
    levels = {(p.feature, p.iso2) for p in gazetteer.candidates("Deir ez-Zor")}
    assert {("A.ADM1", "SY"), ("P.PPL", "SY")} <= levels
    province = gazetteer.division("SY", "Deir ez-Zor")
    assert province is not None and province.level == 1
    assert province.geonameid is None  # derived, until a GeoNames dump gives the real entry


def test_gazetteer_iso_3166_2_names_reach_the_division(gazetteer: Gazetteer) -> None:
    features = {p.feature for p in gazetteer.candidates("Dayr az Zawr")}
    assert "A.ADM1" in features


@pytest.mark.parametrize("name", ["Syria", "SY", "SYR", "Syrian Arab Republic"])
def test_gazetteer_country_by_name_or_code(gazetteer: Gazetteer, name: str) -> None:
    country = gazetteer.country(name)
    assert country is not None
    assert (country.name, country.feature, country.level, country.geonameid) == (
        "Syria",
        "A.PCLI",
        0,
        163843,
    )


def test_gazetteer_unknown_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("Narnia") is None
    assert gazetteer.candidates("Qwzxvbnm") == []
    assert gazetteer.candidates("") == []
    assert gazetteer.get(1) is None


def test_gazetteer_search_by_prefix(gazetteer: Gazetteer) -> None:
    found = gazetteer.search("Mayad", country="SY", limit=5)
    assert found and found[0].name == "Al Mayādīn"
    assert all(place.iso2 == "SY" for place in found)
    assert len(gazetteer.search("San", limit=7)) == 7
    assert gazetteer.search("") == []


def test_gazetteer_opens_fast_and_small(gazetteer: Gazetteer) -> None:
    started = time.perf_counter()
    opened = Gazetteer.open(gazetteer.path, build=False)
    assert time.perf_counter() - started < 2.0
    assert opened.candidates("Kabul")
    opened.close()


def test_gazetteer_pickles_as_its_path(gazetteer: Gazetteer) -> None:
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.path == gazetteer.path
    assert copy.get(174448) == gazetteer.get(174448)


def test_gazetteer_missing_index_without_build(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no gazetteer index"):
        Gazetteer.open(tmp_path / "none.sqlite", build=False)


def test_gazetteer_rejects_a_file_that_is_not_an_index(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database")
    with pytest.raises(GazetteerError, match="not a gazetteer index"):
        Gazetteer.open(bogus)


def test_gazetteer_refuses_an_old_index_with_imports(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [("schema_version", "0"), ("imported", "yes")]
        )
    with pytest.raises(GazetteerError, match="another version"):
        Gazetteer.open(old)


def test_gazetteer_same_admin1_in_any_spelling(gazetteer: Gazetteer) -> None:
    assert gazetteer.same_admin1("SY", "Idleb", "Idlib")
    assert gazetteer.same_admin1("SY", "Rural Damascus", "Rif-dimashq")
    assert gazetteer.same_admin1("TN", "Sousse", "Susah")
    assert gazetteer.same_admin1("IQ", "Basrah", "Basra Governorate")
    assert not gazetteer.same_admin1("SY", "Idleb", "Aleppo")
    assert not gazetteer.same_admin1("SY", None, "Aleppo")
