"""Country signals: what a candidate in a country the article gives no sign of needs to win."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

from collections import Counter

from geocode_fixtures import article, gazetteer  # noqa: F401

from eventatlas.article import Article
from eventatlas.geocode.context import Context, _outlet_country
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.locate import locate
from eventatlas.geocode.mentions import find_places
from eventatlas.geocode.resolve import _top


def placed_from(text: str, gazetteer: Gazetteer, source: str | None = None) -> Article:
    """An article from ``source`` with its places found."""
    made = article(text)
    made.source = source
    made.places = find_places(made, gazetteer)
    return made


def countries(made: Article) -> dict[str, str]:
    return {mention.text: mention.place.iso2 for mention in made.places}


def test_signals_a_metropolis_alias_is_no_metropolis(gazetteer: Gazetteer) -> None:
    # "Jang" is only an alternate name of Anyang (China, a million people): in a
    # Pakistani report the newspaper group is no Chinese city.
    text = (
        "Journalists protested in Sukkur city (Sukkur, Sindh) against the arrest of the"
        " Jang/Geo Group editor."
    )
    found = countries(placed_from(text, gazetteer, "News International (Pakistan)"))
    assert found["Sukkur"] == "PK"
    assert found.get("Jang", "PK") == "PK"


def test_signals_a_metropolis_by_its_own_name_needs_no_sign(gazetteer: Gazetteer) -> None:
    text = "Hundreds of workers marched in Chennai demanding their wages, police said."
    found = countries(placed_from(text, gazetteer, "Daily Nation (Kenya)"))
    assert found["Chennai"] == "IN"


def test_signals_a_site_word_leaves_the_place_beside_it(gazetteer: Gazetteer) -> None:
    text = "Farmers clashed with herders over grazing land around Lake Naivasha."
    assert countries(placed_from(text, gazetteer, "Star (Kenya)"))["Naivasha"] == "KE"
    text = "Police dispersed Kisumu Water and Sewerage Company employees who protested."
    assert countries(placed_from(text, gazetteer, "Star (Kenya)"))["Kisumu"] == "KE"


def test_signals_a_firm_sign_wins_a_tie() -> None:
    context = Context()
    context.add("SO", 1.0, "armed group of that country named", firm=False)
    context.add("KE", 1.0, "the outlet covers that country")
    assert _top(context, Counter()) == ("KE", 1.0)
    context.add("SO", 1.0, "armed group of that country named", firm=False)
    assert _top(context, Counter()) == ("SO", 2.0)


def located_from(text: str, gazetteer: Gazetteer, source: str | None = None) -> list[str]:
    made = placed_from(text, gazetteer, source)
    return [location.place.name for location in locate(made, 0, len(text))]


def test_signals_said_where_beats_a_describing_name(gazetteer: Gazetteer) -> None:
    text = "A Dadaab refugee camp worker was shot dead by gunmen in Kericho town."
    assert located_from(text, gazetteer, "Star (Kenya)") == ["Kericho"]
    text = "A Machakos businessman was found dead at a roundabout in Nairobi on Monday."
    assert located_from(text, gazetteer, "Star (Kenya)") == ["Nairobi"]


def test_signals_the_town_of_a_name_beats_a_bare_name(gazetteer: Gazetteer) -> None:
    text = "Garissa police said gunmen raided the village of Takaba overnight."
    assert located_from(text, gazetteer, "Star (Kenya)") == ["Takaba"]


def test_signals_a_quarter_lies_near_the_town_named(gazetteer: Gazetteer) -> None:
    # Kiganjo in Nyeri is 70 km from Thika: the estate of Thika is another, unlisted one.
    text = "A bulldozer driver was stoned to death by a mob in Kiganjo estate, Thika, on Monday."
    made = placed_from(text, gazetteer, "Star (Kenya)")
    assert "Kiganjo" not in countries(made)
    assert [(loc.place.name, loc.geo_precision) for loc in locate(made, 0, len(text))] == [
        ("Thika", 2)
    ]


def test_signals_a_named_country_outweighs_a_name_own_province(gazetteer: Gazetteer) -> None:
    # Ilam is a province of Iran and a district town of Nepal; the report names Nepal.
    text = (
        "Nepal Police exchanged fire with members of an outfit in Mai Municipality (Ilam district)."
    )
    assert countries(placed_from(text, gazetteer))["Ilam"] == "NP"


def test_signals_outlets_of_a_list_vote(gazetteer: Gazetteer) -> None:
    assert _outlet_country("Hindustan Times; Indian Express; Twitter") == "IN"
    assert _outlet_country("Daily Nation (Kenya); Dawn (Pakistan)") is None
    assert _outlet_country("Twitter; Whatsapp") is None


def test_signals_an_ezafe_joins_a_name(gazetteer: Gazetteer) -> None:
    # "Rabat-e Sangi-ye Pain" is one Afghan district, not Morocco's capital.
    text = "Six militiamen were killed in a village of Rabat-e Sangi-ye Pain district, Herat."
    found = countries(placed_from(text, gazetteer, "Pajhwok Afghan News"))
    assert "Rabat" not in found and found["Herat"] == "AF"


def test_signals_a_small_namesake_far_from_the_report_is_dropped(gazetteer: Gazetteer) -> None:
    # Andaraí (Bahia) and Inhaúma (Minas Gerais) are towns; in this report they are
    # neighbourhoods of Rio de Janeiro, which the gazetteer does not list.
    text = (
        "Gunfire was reported in the North Zone of Rio de Janeiro, Rio de Janeiro, on Friday,"
        " first in Andarai and later in Inhauma."
    )
    found = countries(placed_from(text, gazetteer, "G1"))
    assert "Andarai" not in found and "Inhauma" not in found


def test_signals_a_capital_named_in_passing_keeps_a_town(gazetteer: Gazetteer) -> None:
    text = (
        "Citizens banged pots on their balconies in Leskovac, Serbia, at the call of the"
        " Don't Let Belgrade Drown initiative."
    )
    assert countries(placed_from(text, gazetteer))["Leskovac"] == "RS"


def test_signals_a_town_of_the_region_named_after_it(gazetteer: Gazetteer) -> None:
    text = "Residents of Maladzyechna of the Minsk region rallied in support of a protest in Brest."
    found = placed_from(text, gazetteer)
    assert countries(found)["Maladzyechna"] == "BY"


def test_signals_a_quarter_abroad_with_no_sign_is_dropped(gazetteer: Gazetteer) -> None:
    # A Kenyan daily's "Eastleigh neighbourhood" is no English town; the report's
    # country then comes from the outlet.
    text = "Police raided shops in the crowded Eastleigh neighbourhood and arrested 40 traders."
    assert "Eastleigh" not in countries(placed_from(text, gazetteer, "Star (Kenya)"))
    # The town a quarter is said to be part of stays, whatever else is named.
    text = (
        "Police said the suspects were bound for Somalia; they were held in the Mlango"
        " neighbourhood of Nairobi."
    )
    assert countries(placed_from(text, gazetteer, "All Africa"))["Nairobi"] == "KE"
