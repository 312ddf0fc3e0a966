"""Spellings: an Arabic or Somali article glued to a name or written apart."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

from geocode_fixtures import article, gazetteer  # noqa: F401

from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.mentions import find_places
from eventatlas.geocode.normalise import article_variant


def test_spellings_article_variant_glues_or_splits() -> None:
    assert article_variant("Elwak") == "El wak"
    assert article_variant("El Wak") == "Elwak"
    assert article_variant("Al-Bouni") == "Albouni"
    assert article_variant("Eli") is None  # too short a rest to be a name
    assert article_variant("Nairobi") is None


def test_spellings_glued_article_matches_exactly(gazetteer: Gazetteer) -> None:
    found = [m for m in gazetteer.matches("Elwak") if m.exact]
    assert [(m.place.name, m.place.iso2, m.primary) for m in found] == [("El Wak", "KE", True)]
    # Only a place whose own name has the article apart: "Aleppo" is no "Al Eppo".
    assert all(m.place.name.startswith("Aleppo") for m in gazetteer.matches("Aleppo") if m.exact)


def test_spellings_glued_article_placed_in_a_report(gazetteer: Gazetteer) -> None:
    made = article("Gunmen raided a shop in Elwak town on Friday and wounded a guard.")
    made.source = "Star (Kenya)"
    places = {m.text: (m.place.name, m.place.iso2) for m in find_places(made, gazetteer)}
    assert places["Elwak"] == ("El Wak", "KE")
