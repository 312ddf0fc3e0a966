"""Namesakes in one province: the larger is meant, unless the smaller lies by the others."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

from geocode_fixtures import gazetteer, placed  # noqa: F401

from eventatlas.event import Place
from eventatlas.geocode.gazetteer import Gazetteer, Match
from eventatlas.geocode.namesakes import outgrown


def town(name: str, latitude: float, population: int, admin1: str = "Upland") -> Place:
    return Place(name, "Testland", "TST", latitude, 10.0, admin1, population=population, iso2="TT")


def test_namesakes_the_larger_of_one_province_is_meant() -> None:
    small, large = town("Umbo", 1.0, 20_000), town("Umbo", 3.0, 90_000)
    matches = [Match(small, True, True), Match(large, True, True)]
    assert outgrown(small, matches, [], "Umbo")
    assert not outgrown(large, matches, [], "Umbo")
    # In another province, or not even twice the size, it is no rival.
    elsewhere = town("Umbo", 3.0, 90_000, admin1="Lowland")
    assert not outgrown(small, [Match(small, True, True), Match(elsewhere, True, True)], [], "Umbo")
    close = town("Umbo", 3.0, 30_000)
    assert not outgrown(small, [Match(small, True, True), Match(close, True, True)], [], "Umbo")


def test_namesakes_the_smaller_by_the_other_towns_named_stays() -> None:
    small, large = town("Umbo", 1.0, 20_000), town("Umbo", 3.0, 90_000)
    matches = [Match(small, True, True), Match(large, True, True)]
    assert not outgrown(small, matches, [town("Kali", 1.1, 5_000)], "Umbo")
    assert outgrown(small, matches, [town("Kali", 2.9, 5_000)], "Umbo")


def test_namesakes_a_short_form_of_a_larger_name_in_the_report(gazetteer: Gazetteer) -> None:
    # "Khairpur" is a short form of Khairpur Mir's (190,000), the district seat, and the
    # own name of a smaller town of Sindh.
    text = "Lawyers boycotted the courts in Khairpur city (Khairpur, Sindh) on Tuesday."
    found = {m.text: m.place.name for m in placed(text, gazetteer).places}
    assert found["Khairpur"].startswith("Khairpur Mir")
