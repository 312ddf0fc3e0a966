"""Enclosure: the names written after a place ("X (Y, Z)", "X, Y") say where it lies."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

import re

from geocode_fixtures import gazetteer, placed  # noqa: F401

from eventatlas.event import Location
from eventatlas.geocode.enclosure import enclosers
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.locate import locate


def located(text: str, gazetteer: Gazetteer) -> list[Location]:
    return locate(placed(text, gazetteer), 0, len(text))


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    found = [re.search(re.escape(name), text) for name in names]
    return [(m.start(), m.end()) for m in found if m is not None]


def test_enclosure_parentheses_hold_every_name_inside() -> None:
    text = "Gunmen raided Tieba (Bankass, Mopti) at dawn, then Sevare."
    assert enclosers(0, spans(text, "Tieba", "Bankass", "Mopti", "Sevare"), text) == [1, 2]


def test_enclosure_commas_chain_up_to_the_province() -> None:
    text = "In San Juan, Lagunillas, Merida state, guards fired tear gas."
    assert enclosers(0, spans(text, "San Juan", "Lagunillas", "Merida"), text) == [1, 2]


def test_enclosure_a_list_ending_in_and_encloses_nothing() -> None:
    text = "Shelling hit Aleppo, Idlib and Hama on Monday."
    assert enclosers(0, spans(text, "Aleppo", "Idlib", "Hama"), text) == []


def test_enclosure_a_namesake_outside_the_named_province_loses(gazetteer: Gazetteer) -> None:
    # Bamba is a town of Gao; the one meant here is a village of Mopti, not in the gazetteer.
    text = "Militiamen attacked the village of Bamba (Koro, Mopti) and took cattle."
    found = located(text, gazetteer)
    assert [(loc.place.admin1, loc.geo_precision) for loc in found] == [("Mopti", 2)]


def test_enclosure_a_district_namesake_in_another_province_loses(gazetteer: Gazetteer) -> None:
    # A district of Veracruz has the name too; only a city far better known may stand.
    text = "Two men were shot in Benito Juarez, Nuevo Leon, on Sunday."
    found = located(text, gazetteer)
    assert found and found[0].place.admin1 != "Veracruz"
    assert found[0].place.level == 3 and found[0].place.population >= 100_000


def test_enclosure_a_namesake_far_from_the_town_after_it_loses(gazetteer: Gazetteer) -> None:
    # The Cawayan of the gazetteer lies in Quezon, hundreds of kilometres from Masbate.
    text = "A farmer was shot dead in Cawayan, Masbate, on Friday."
    found = located(text, gazetteer)
    assert [(loc.place.name, loc.geo_precision) for loc in found] == [("Masbate", 2)]


def test_enclosure_a_district_after_a_town_is_not_its_seat(gazetteer: Gazetteer) -> None:
    # Khairpur names the district here; Hingorja lies far from the town of Khairpur.
    text = "Two groups clashed in Hingorja town (Khairpur, Sindh) over farmland."
    assert [loc.place.name for loc in located(text, gazetteer)] == ["Hingorja"]


def test_enclosure_the_seat_of_a_district_named_after_it_is_inside(
    gazetteer: Gazetteer,
) -> None:
    text = "Locals pelted stones at officials in Kurnool city (Kurnool, AP) on Tuesday."
    found = located(text, gazetteer)
    assert [(loc.place.name, loc.place.level) for loc in found] == [("Kurnool", 3)]


def test_enclosure_a_country_name_after_a_foreign_town_is_its_province(
    gazetteer: Gazetteer,
) -> None:
    # Niger is also a state of Nigeria, where the only Kagara lies.
    text = "Gunmen attacked Kagara (Rafi LGA, Niger) and killed a farmer."
    found = located(text, gazetteer)
    assert [(loc.place.name, loc.place.iso2, loc.place.admin1) for loc in found] == [
        ("Kagara", "NG", "Niger")
    ]


def test_enclosure_a_country_after_its_own_town_stays_the_country(gazetteer: Gazetteer) -> None:
    text = "Militants attacked Diffa (Niger) on Monday."
    found = placed(text, gazetteer).places
    assert [(m.text, m.place.iso2, m.place.level) for m in found] == [
        ("Diffa", "NE", 3),
        ("Niger", "NE", 0),
    ]


def test_enclosure_a_province_spelt_province_of_is_found_bare(gazetteer: Gazetteer) -> None:
    # GeoNames calls it "Province of Samar"; news writes "Samar".
    text = "Soldiers and rebels fought in Barangay Qwertyan, Pinabacdao, Samar, on Monday."
    found = located(text, gazetteer)
    assert [(loc.place.iso2, loc.place.level) for loc in found] == [("PH", 2)]


def test_enclosure_a_division_with_its_type_word_is_also_its_bare_name(
    gazetteer: Gazetteer,
) -> None:
    # "Saint James Parish" is a Louisiana parish's full name and Jamaica's parish bare.
    text = "Gunmen shot a shopkeeper in Montego Bay, Saint James Parish, on Sunday night."
    found = {m.text: m.place.iso2 for m in placed(text, gazetteer).places}
    assert found == {"Montego Bay": "JM", "Saint James Parish": "JM"}


def test_enclosure_a_country_name_enclosed_by_a_foreign_province_is_its_town(
    gazetteer: Gazetteer,
) -> None:
    # "Salvador" is also a name of El Salvador; "Salvador, Bahia" is the Brazilian city.
    text = "Bus drivers blocked an avenue in Salvador, Bahia, demanding unpaid wages."
    made = placed(text, gazetteer)
    found = {m.text: (m.place.name, m.place.iso2) for m in made.places}
    assert found["Salvador"] == ("Salvador", "BR")
    assert [(f.place.name, f.geo_precision) for f in locate(made, 0, len(text))] == [
        ("Salvador", 1)
    ]


def test_enclosure_a_name_that_can_only_mean_smaller_towns_encloses_nothing(
    gazetteer: Gazetteer,
) -> None:
    # Seno is a province of Burkina Faso the gazetteer lacks; its namesakes are small towns of
    # Belarus, Spain and Laos, none of which can hold Dori (46,000 people).
    text = "Militants killed five people in the area of Bambofa (Dori, Seno) on Sunday."
    found = located(text, gazetteer)
    assert [(loc.place.name, loc.place.iso2) for loc in found][:1] == [("Dori", "BF")]
