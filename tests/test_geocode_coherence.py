"""Coherence: capitals and provinces speak for their country, outliers lose, parts stay near."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

from geocode_fixtures import gazetteer, placed  # noqa: F401

from eventatlas.event import Location
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.locate import locate
from eventatlas.geocode.mentions import PlaceMention
from eventatlas.geocode.resolve import Spot, anchor_of
from eventatlas.geocode.spotting import NO_CUE


def located(text: str, gazetteer: Gazetteer) -> list[Location]:
    return locate(placed(text, gazetteer), 0, len(text))


def countries(mentions: list[PlaceMention]) -> dict[str, str]:
    return {m.text: m.place.iso2 for m in mentions}


def spot(name: str, gazetteer: Gazetteer) -> Spot:
    return Spot(0, len(name), name, NO_CUE, gazetteer.matches(name))


def test_coherence_capitals_and_provinces_are_anchors(gazetteer: Gazetteer) -> None:
    caracas = anchor_of(spot("Caracas", gazetteer))
    assert caracas is not None and caracas.place.iso2 == "VE"
    kwale = anchor_of(spot("Kwale", gazetteer))
    assert kwale is not None and kwale.place.iso2 == "KE"


def test_coherence_a_name_shared_by_provinces_is_no_anchor(gazetteer: Gazetteer) -> None:
    # Punjab is a province of India and one of Pakistan.
    assert anchor_of(spot("Punjab", gazetteer)) is None


def test_coherence_the_capital_decides_the_country(gazetteer: Gazetteer) -> None:
    text = "Residents marched past the Miraflores palace in Caracas on Tuesday."
    found = countries(placed(text, gazetteer).places)
    assert found.get("Caracas") == "VE"
    assert found.get("Miraflores", "VE") == "VE"


def test_coherence_a_province_name_decides_a_town_alone(gazetteer: Gazetteer) -> None:
    text = "Police shot a suspect in Kwale town."
    assert countries(placed(text, gazetteer).places).get("Kwale") == "KE"


def test_coherence_namesake_of_a_neighbourhood_far_away_is_dropped(gazetteer: Gazetteer) -> None:
    text = "A man was beaten by a mob at Dallas estate in Embu town on Sunday."
    found = located(text, gazetteer)
    assert [(loc.place.name, loc.place.iso2) for loc in found] == [("Embu", "KE")]


def test_coherence_where_people_come_from_is_not_the_event(gazetteer: Gazetteer) -> None:
    text = "Lamu residents marched in Malindi against the court ruling."
    assert [loc.place.name for loc in located(text, gazetteer)] == ["Malindi"]
    text = "Farmers from Kitale stormed an office in Eldoret."
    assert [loc.place.name for loc in located(text, gazetteer)] == ["Eldoret"]


def test_coherence_people_of_the_only_place_still_place_it(gazetteer: Gazetteer) -> None:
    text = "Hundreds of Narok residents marched on Monday."
    assert [loc.place.name for loc in located(text, gazetteer)] == ["Narok"]


def test_coherence_foreign_people_do_not_move_the_place(gazetteer: Gazetteer) -> None:
    # Somali refugees in a Kenyan camp: a nationality is weaker evidence than a country.
    text = "Bandits raided Kakuma refugee camp and two Somali refugees were killed."
    assert countries(placed(text, gazetteer).places).get("Kakuma") == "KE"


def test_coherence_a_building_then_its_county_stays_in_town(gazetteer: Gazetteer) -> None:
    text = "Two officers assaulted a colleague at Malindi prison (Kilifi) on Monday."
    assert [loc.place.name for loc in located(text, gazetteer)] == ["Malindi"]


def test_coherence_a_country_of_origin_does_not_move_the_place(gazetteer: Gazetteer) -> None:
    text = "Drivers hauling goods from Turkey blocked a road in Batumi."
    assert countries(placed(text, gazetteer).places).get("Batumi") == "GE"


def test_coherence_a_neighbourhood_named_after_a_country_is_no_country(
    gazetteer: Gazetteer,
) -> None:
    text = "A farmer was killed in the Kosovo area of Naivasha."
    assert [loc.place.name for loc in located(text, gazetteer)] == ["Naivasha"]


def test_coherence_a_metropolis_outweighs_a_hamlet_of_a_named_country(
    gazetteer: Gazetteer,
) -> None:
    # France is named, and a hamlet of 540 in Aquitaine is called Lagos too.
    text = "Protesters in Lagos denounced a decision taken by France."
    assert countries(placed(text, gazetteer).places).get("Lagos") == "NG"


def test_coherence_barangay_is_a_sign_of_the_philippines() -> None:
    from eventatlas.geocode.context import division_word_support

    assert division_word_support("Gunmen shot a man in Barangay Lawa on Friday.") == {"PH": 1.0}
    shared = division_word_support("Police raided a house in Hajipur tehsil.")
    assert shared == {"IN": 0.5, "PK": 0.5}
    assert division_word_support("Police raided a house in the district.") == {}
