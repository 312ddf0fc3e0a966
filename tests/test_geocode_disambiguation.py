"""Disambiguation: own names before alternate ones, spelling, group names, division names."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

from geocode_fixtures import gazetteer, placed  # noqa: F401

from eventatlas.event import Location
from eventatlas.geocode.context import find_actors
from eventatlas.geocode.divisions import renamed
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.locate import locate
from eventatlas.geocode.mentions import PlaceMention


def located(text: str, gazetteer: Gazetteer) -> list[Location]:
    return locate(placed(text, gazetteer), 0, len(text))


def resolved(mentions: list[PlaceMention]) -> dict[str, tuple[str, str]]:
    return {m.text: (m.place.iso2, m.place.admin1 or "") for m in mentions}


def test_disambiguation_own_name_beats_a_bigger_place_alternate_name(gazetteer: Gazetteer) -> None:
    # "Kisii" is also an alternate name of Jixi (China, 400,000 people).
    jixi = [m for m in gazetteer.matches("Kisii") if m.place.iso2 == "CN"]
    assert jixi and not jixi[0].primary
    found = placed("Nurses held a demonstration in Kisii on Monday.", gazetteer).places
    assert resolved(found)["Kisii"][0] == "KE"


def test_disambiguation_alternate_name_alone_still_matches(gazetteer: Gazetteer) -> None:
    # No place is called "Gomel" in its own name: the exonym of Homyel' still counts.
    found = placed("A protest was held in Gomel over the arrest of a blogger.", gazetteer).places
    assert resolved(found)["Gomel"][0] == "BY"


def test_disambiguation_skeleton_needs_a_similar_spelling(gazetteer: Gazetteer) -> None:
    names = {m.place.name for m in gazetteer.matches("Misikhu")}
    assert "Machakos" not in names
    assert any(m.place.iso2 == "SY" for m in gazetteer.matches("Idleb"))


def test_disambiguation_armed_group_names_are_not_places(gazetteer: Gazetteer) -> None:
    text = "Suspected al Shabaab gunmen attacked a police post in Mandera on Monday."
    found = resolved(placed(text, gazetteer).places)
    assert "Shabaab" not in found and "al Shabaab" not in found
    assert found["Mandera"][0] == "KE"


def test_disambiguation_armed_group_home_country_is_support(gazetteer: Gazetteer) -> None:
    actors = find_actors("The Taliban attacked a checkpoint; Boko Haram raided a market.")
    assert set(actors.countries) == {"AF", "NG"}
    assert actors.covers(4, 11) and not actors.covers(0, 3)


def test_disambiguation_divisions_go_by_the_news_name(gazetteer: Gazetteer) -> None:
    assert renamed("TN", "Susah")[0] == "Sousse"
    assert renamed("SY", "Rif-dimashq")[0] == "Rural Damascus"
    assert renamed("SY", "Deir ez-Zor") == ()
    found = placed("Workers protested in Sousse, Tunisia, on Monday.", gazetteer).places
    assert resolved(found)["Sousse"] == ("TN", "Sousse")
    province = gazetteer.division("TN", "Sousse")
    assert province is not None
    assert any(m.place == province for m in gazetteer.matches("Susah"))


def test_disambiguation_places_without_admin_names_take_a_neighbours(
    gazetteer: Gazetteer,
) -> None:
    nakuru = [p for p in gazetteer.candidates("Nakuru") if p.level == 3 and p.iso2 == "KE"]
    embu = [p for p in gazetteer.candidates("Embu") if p.level == 3 and p.iso2 == "KE"]
    assert nakuru and nakuru[0].admin1 == "Nakuru"
    assert embu and embu[0].admin1 == "Embu"


def test_disambiguation_small_namesake_outside_the_named_province_is_dropped(
    gazetteer: Gazetteer,
) -> None:
    # The La Victoria the embedded data has is in San Martin, not in Lambayeque.
    found = placed("Parents protested in La Victoria, Lambayeque, on Monday.", gazetteer).places
    assert "La Victoria" not in resolved(found)
    assert resolved(found)["Lambayeque"][0] == "PE"


def test_disambiguation_municipality_then_its_state(gazetteer: Gazetteer) -> None:
    text = "Two men were found dead in San Juan Bautista Tuxtepec municipality, Oaxaca."
    found = located(text, gazetteer)
    assert [(loc.place.name, loc.place.admin1, loc.geo_precision) for loc in found] == [
        ("San Juan Bautista Tuxtepec", "Oaxaca", 2)
    ]


def test_disambiguation_town_stands_for_a_unit_the_gazetteer_lacks(gazetteer: Gazetteer) -> None:
    found = located("Dozens protested in Mwingi district, Kitui, on Friday.", gazetteer)
    assert [(loc.place.name, loc.place.level, loc.geo_precision) for loc in found] == [
        ("Mwingi", 3, 2)
    ]


def test_disambiguation_a_building_in_a_town_places_the_town(gazetteer: Gazetteer) -> None:
    found = located("Muslim protesters demonstrated at Mombasa port after prayers.", gazetteer)
    assert [(loc.place.name, loc.place.iso2, loc.geo_precision) for loc in found] == [
        ("Mombasa", "KE", 1)
    ]
    text = "Six people hurt in Garissa were flown to a Nairobi hospital."
    assert [loc.place.name for loc in located(text, gazetteer)] == ["Garissa"]


def test_disambiguation_names_of_common_words_after_in(gazetteer: Gazetteer) -> None:
    found = resolved(placed("Citizens marched in San Antonio (Valparaiso).", gazetteer).places)
    assert found["San Antonio"] == ("CL", "Valparaiso")
    assert "White House" not in resolved(placed("They met at the White House.", gazetteer).places)


def test_disambiguation_one_word_of_a_longer_name_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Nurses demonstrated in Uitenhage (Nelson Mandela Bay, Eastern Cape)."
    assert "Nelson" not in resolved(placed(text, gazetteer).places)


def test_disambiguation_a_part_of_a_town_far_from_it_is_a_namesake(gazetteer: Gazetteer) -> None:
    text = "Residents of the Milano area of Malindi town demonstrated over land."
    found = located(text, gazetteer)
    assert [(loc.place.name, loc.geo_precision) for loc in found] == [("Malindi", 2)]
    assert "'Milano' is not in the gazetteer" in found[0].reason


def test_disambiguation_names_with_two_particles_stay_whole(gazetteer: Gazetteer) -> None:
    text = "Health workers marched in Santa Cruz de la Sierra, Santa Cruz."
    found = located(text, gazetteer)
    assert [(loc.place.name, loc.place.iso2) for loc in found] == [
        ("Santa Cruz de la Sierra", "BO")
    ]


def test_disambiguation_sentence_openers_and_initials_are_not_names(gazetteer: Gazetteer) -> None:
    found = resolved(placed("In Homa Bay, Nasa supporters lit bonfires.", gazetteer).places)
    assert list(found) == ["Homa Bay"]
    found = resolved(placed("Migori MCAs protested at the county offices.", gazetteer).places)
    assert found["Migori"][0] == "KE"


def test_disambiguation_newer_divisions_are_named_by_code(gazetteer: Gazetteer) -> None:
    admin1 = {
        name: next(p.admin1 for p in gazetteer.candidates(name) if p.level == 3 and p.iso2 == cc)
        for name, cc in (("Kolwezi", "CD"), ("Kalemie", "CD"), ("Valdivia", "CL"))
    }
    assert admin1 == {"Kolwezi": "Lualaba", "Kalemie": "Tanganyika", "Valdivia": "Los Rios"}
    found = located("Taxi drivers protested in Valdivia (Los Rios) on Monday.", gazetteer)
    assert [(loc.place.name, loc.place.iso2) for loc in found] == [("Valdivia", "CL")]


def test_disambiguation_common_word_names_in_brackets_are_provinces(gazetteer: Gazetteer) -> None:
    found = located("Protesters marched in San Jose (San Jose) on Saturday.", gazetteer)
    assert [(loc.place.name, loc.place.iso2) for loc in found] == [("San José", "CR")]


def test_disambiguation_a_nationality_describing_the_place(gazetteer: Gazetteer) -> None:
    # Palmyra in Pennsylvania wins on its own name; "the Syrian town of" says otherwise.
    bare = placed("Fighters seized the town of Palmyra on Wednesday.", gazetteer).places
    assert resolved(bare)["Palmyra"][0] == "US"
    text = "Fighters seized the Syrian town of Palmyra on Wednesday."
    assert resolved(placed(text, gazetteer).places)["Palmyra"][0] == "SY"


def test_disambiguation_a_capitalised_particle_can_be_a_city(gazetteer: Gazetteer) -> None:
    # "van" is a particle of names ("Van Gogh"), and the Turkish city of Van.
    found = located("Police detained 14 people in Van on Tuesday.", gazetteer)
    assert [(f.place.name, f.place.iso2) for f in found][:1] == [("Van", "TR")]


def test_disambiguation_a_cemetery_named_after_a_place_is_not_that_place(
    gazetteer: Gazetteer,
) -> None:
    # "Aichi" is a Japanese prefecture; the cemetery of that name is in Iran.
    text = "Mourners gathered at Aichi cemetery outside Saqqez, Kurdistan, on Saturday."
    found = located(text, gazetteer)
    assert found and found[0].place.iso2 == "IR"


def test_disambiguation_no_foreign_hamlet_in_a_report_on_another_country(
    gazetteer: Gazetteer,
) -> None:
    # Bonnée (France, 700 people) is also written "Boni"; the report is plainly about Niger
    # and names France only through French troops.
    text = (
        "NIAMEY, Aug 16 (Wire) - Nigerien soldiers were ambushed between Boni and Bankilare "
        "in the Tillaberi region. Supporters of the junta demanded the departure of French "
        "troops, and French officials declined to comment."
    )
    assert all(f.place.iso2 != "FR" for f in located(text, gazetteer))


def test_disambiguation_a_road_named_after_a_foreign_city_is_not_there(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "ISLAMABAD - Police cleared supporters of the former prime minister from the capital. "
        "The protesters, members of Pakistan Tehreek-e-Insaf, had broken through container "
        "barricades on the Srinagar Highway on Tuesday."
    )
    assert all(f.place.iso2 != "IN" for f in located(text, gazetteer))


def test_disambiguation_enclosed_by_a_province_abroad(gazetteer: Gazetteer) -> None:
    # India's Ahmadabad is no place "in Ahmadabad district, Paktia" of a report on the
    # Taliban; the event falls back to Paktia.
    text = (
        "Seven Taliban militants were killed during an operation by Afghan commandos in "
        "Ahmadabad district, Paktia, on Friday."
    )
    found = resolved(placed(text, gazetteer).places)
    assert "Ahmadabad" not in found
    assert found["Paktia"][0] == "AF"
    assert [loc.place.iso2 for loc in located(text, gazetteer)] == ["AF"]


def test_disambiguation_enclosed_abroad_needs_the_article_behind_it(gazetteer: Gazetteer) -> None:
    # a division name matched only abroad, which nothing else supports, drops no town
    text = (
        "Traders barricaded the western entrance to the town of Banfora (Banfora, Comoe) on Sunday."
    )
    assert resolved(placed(text, gazetteer).places)["Banfora"][0] == "BF"


def test_disambiguation_a_nationality_supports_the_territory_its_army_holds(
    gazetteer: Gazetteer,
) -> None:
    # Poland has a village called Jenin; "Israeli forces" raid the West Bank's
    found = placed("Israeli forces raided Jenin on Wednesday, killing two men.", gazetteer).places
    assert resolved(found)["Jenin"][0] == "PS"
