"""Spotting: datelines, site and institution words, roads, speech verbs, titles, stop phrases."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

from geocode_fixtures import gazetteer, placed  # noqa: F401

from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.mentions import PlaceMention


def countries(mentions: list[PlaceMention]) -> dict[str, str]:
    return {m.text: m.place.iso2 for m in mentions}


def test_spotting_capitals_mid_sentence_are_no_dateline(gazetteer: Gazetteer) -> None:
    # "IED" before a dash once made everything before "- Somalia" a dateline.
    text = (
        "Two officers died when an IED hit their truck in Garissa, near the Kenya - Somalia line."
    )
    found = countries(placed(text, gazetteer).places)
    assert found.get("Garissa") == "KE"
    assert found.get("Kenya") == "KE"


def test_spotting_a_real_dateline_is_still_one(gazetteer: Gazetteer) -> None:
    text = "GARISSA, Kenya - Gunmen fired on a bus near Dadaab on Monday."
    found = countries(placed(text, gazetteer).places)
    assert "Garissa" not in found
    assert found.get("Dadaab") == "KE"


def test_spotting_boda_boda_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Boda Boda riders blocked the road outside Kabarnet stadium on Friday."
    found = countries(placed(text, gazetteer).places)
    assert "Boda" not in found
    assert found.get("Kabarnet") == "KE"


def test_spotting_institution_words_keep_the_place(gazetteer: Gazetteer) -> None:
    text = "Kisumu Girls' School was closed after a strike by pupils."
    assert countries(placed(text, gazetteer).places).get("Kisumu") == "KE"


def test_spotting_a_road_between_two_towns_starts_at_the_first(gazetteer: Gazetteer) -> None:
    text = "Traders blocked the Gilgil-Nyahururu road for three hours."
    assert countries(placed(text, gazetteer).places).get("Gilgil") == "KE"


def test_spotting_hyphened_unknown_name_is_still_a_fragment(gazetteer: Gazetteer) -> None:
    text = "Militants raided Bar-Qwertyuun on Tuesday."
    assert "Bar" not in countries(placed(text, gazetteer).places)


def test_spotting_speech_verb_after_of_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Residents of Mandera said the attackers fled at dawn."
    assert countries(placed(text, gazetteer).places).get("Mandera") == "KE"
    text = "The attackers fled at dawn, Mandera said."
    assert "Mandera" not in countries(placed(text, gazetteer).places)


def test_spotting_a_name_after_mp_is_a_person(gazetteer: Gazetteer) -> None:
    text = "Youths in Kisii Town heckled the local MP Babu Owino."
    found = countries(placed(text, gazetteer).places)
    assert "Babu" not in found
    assert found.get("Kisii Town") == "KE"


def test_spotting_a_describing_hyphen_keeps_the_place(gazetteer: Gazetteer) -> None:
    text = "Nairobi-based reporters were thrown out of the meeting."
    assert countries(placed(text, gazetteer).places).get("Nairobi") == "KE"


def test_spotting_island_after_a_town_keeps_the_town(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked a camp on Lamu Island at night."
    assert countries(placed(text, gazetteer).places).get("Lamu") == "KE"


def test_spotting_a_possessive_without_apostrophe(gazetteer: Gazetteer) -> None:
    text = "Traders in Nairobis Maziwa market protested, and officials in Kenyas capital met."
    found = countries(placed(text, gazetteer).places)
    assert found.get("Nairobis") == "KE"
    assert found.get("Kenyas") == "KE"


def test_spotting_a_paragraph_headed_by_its_town_in_capitals(gazetteer: Gazetteer) -> None:
    # A round-up heads each town's news with the town in capitals and a colon; a desk label
    # in capitals ("UPDATE:") is no place, and capitals inside a sentence stay initials.
    text = (
        "Clashes in the county after the vote.\n\n"
        "KABARNET: Two shops were burned on Monday night.\n\n"
        "UPDATE: Police arrested nine people in Dadaab on Tuesday. KISUMU was calm."
    )
    found = countries(placed(text, gazetteer).places)
    assert found.get("KABARNET") == "KE"
    assert found.get("Dadaab") == "KE"
    assert "UPDATE" not in found
    assert "KISUMU" not in found


def test_spotting_a_paragraph_head_gives_way_to_the_place_the_paragraph_names(
    gazetteer: Gazetteer,
) -> None:
    # the head may be the desk's city, not where the news happened
    text = "Clashes after the vote.\n\nNAIROBI: Gunmen attacked a bus near Dadaab on Monday."
    found = countries(placed(text, gazetteer).places)
    assert found.get("Dadaab") == "KE"
    assert "NAIROBI" not in found
