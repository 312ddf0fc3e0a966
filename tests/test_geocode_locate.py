"""locate: the event location(s) of a clause, with ACLED's precision and a reason."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

from geocode_fixtures import gazetteer, placed  # noqa: F401

from eventatlas.article import Article
from eventatlas.event import Location
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.locate import locate
from eventatlas.pipeline import Pipeline


def located(text: str, sentence: str, gazetteer: Gazetteer) -> list[Location]:
    article = placed(text, gazetteer)
    start = text.index(sentence)
    return locate(article, start, start + len(sentence))


def summary(locations: list[Location]) -> list[tuple[str, int]]:
    return [(location.place.name, location.geo_precision) for location in locations]


def test_locate_seed_troop_movements(gazetteer: Gazetteer, seed_text: str) -> None:
    sentence = "reinforcements arrived in the areas of Albukamal and Al-Mayadeen"
    found = located(seed_text, sentence, gazetteer)
    assert [loc.place.name for loc in found] == ["Ālbū Kamāl", "Al Mayādīn"]
    assert all(loc.place.admin1 == "Deir ez-Zor" for loc in found)


def test_locate_seed_vicinity_is_precision_two(gazetteer: Gazetteer, seed_text: str) -> None:
    sentence = "arrived in the vicinity of the Syrian-Iraqi border crossing, via the Albukamal area"
    assert summary(located(seed_text, sentence, gazetteer)) == [("Ālbū Kamāl", 2)]


def test_locate_seed_strike_falls_back_to_the_governorate(
    gazetteer: Gazetteer,
    seed_text: str,
) -> None:
    sentence = "air strikes towards the Kajab and Al-Shula areas in the Deir Ezzor countryside"
    found = located(seed_text, sentence, gazetteer)
    assert [(loc.place.level, loc.place.admin1, loc.geo_precision) for loc in found] == [
        (1, "Deir ez-Zor", 3)
    ]
    assert "province" in found[0].reason


def test_locate_town_itself_is_precision_one(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked a police post in Mandera town, Kenya, on Monday."
    found = located(text, text, gazetteer)
    assert summary(found) == [("Mandera", 1)]
    assert found[0].reason.startswith("matched 'Mandera'")
    assert found[0].mention == "Mandera"


def test_locate_near_and_outskirts(gazetteer: Gazetteer) -> None:
    text = "Clashes broke out on the outskirts of Kismayo, Somalia. Shells fell near Baidoa."
    assert summary(located(text, "Clashes broke out on the outskirts of Kismayo", gazetteer)) == [
        ("Kismayo", 2)
    ]
    assert summary(located(text, "Shells fell near Baidoa", gazetteer)) == [("Baidoa", 2)]


def test_locate_province_only(gazetteer: Gazetteer) -> None:
    text = "Airstrikes hit several villages in Idlib province, Syria, on Monday."
    found = located(text, text, gazetteer)
    assert [(loc.place.level, loc.geo_precision) for loc in found] == [(1, 3)]


def test_locate_enclosing_places_are_context(gazetteer: Gazetteer) -> None:
    text = "On 3 May 2020, in Monterrey, Nuevo Leon, workers demonstrated for their pay."
    assert summary(located(text, text, gazetteer)) == [("Monterrey", 1)]


def test_locate_unknown_village_uses_the_enclosing_place(gazetteer: Gazetteer) -> None:
    text = "Militants attacked troops near Qwertabad village (Kismayo, Lower Juba), Somalia."
    found = located(text, text, gazetteer)
    assert summary(found) == [("Kismayo", 2)]
    assert "'Qwertabad' is not in the gazetteer" in found[0].reason


def test_locate_previous_sentence_of_paragraph(gazetteer: Gazetteer) -> None:
    text = "Fighting spread to Baidoa in Somalia on Friday. Two soldiers were killed."
    found = located(text, "Two soldiers were killed.", gazetteer)
    assert summary(found) == [("Baidoa", 1)]
    assert "earlier in the paragraph" in found[0].reason


def test_locate_main_province_of_the_article(gazetteer: Gazetteer) -> None:
    text = "Protests took place in Idlib province, Syria.\nTwo people were hurt, medics said."
    found = located(text, "Two people were hurt, medics said.", gazetteer)
    assert [(loc.place.level, loc.geo_precision) for loc in found] == [(1, 3)]
    assert "the province the article is about" in found[0].reason


def test_locate_nothing_named_gives_nothing(gazetteer: Gazetteer) -> None:
    text = "Two people were hurt on Monday, medics said."
    assert located(text, text, gazetteer) == []


def test_locate_never_the_dateline_city(gazetteer: Gazetteer) -> None:
    text = "BEIRUT, LEBANON (AP) – Two people were hurt on Monday, medics said."
    assert located(text, "Two people were hurt on Monday", gazetteer) == []


def test_locate_unknown_place_before_a_comma(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked herders in Qwertabad village, Mandera County, Kenya."
    found = located(text, text, gazetteer)
    assert [(loc.place.iso2, loc.geo_precision) for loc in found] == [("KE", 3)]
    text = "Gunmen attacked herders in Qwertabad, Mandera town, Kenya."
    assert summary(located(text, text, gazetteer)) == [("Mandera", 2)]


def test_locate_a_road_named_after_a_town_is_near_it(gazetteer: Gazetteer) -> None:
    made = placed("Workers dumped refuse along a Homa Bay road to protest unpaid wages.", gazetteer)
    found = locate(made, 0, len(made.text))
    assert [(f.place.name, f.geo_precision) for f in found] == [("Homa Bay", 2)]


def test_locate_a_road_yields_to_the_town_it_runs_through(gazetteer: Gazetteer) -> None:
    text = "Journalists rallied outside a newspaper office on Murree road in Rawalpindi city."
    made = placed(text, gazetteer)
    found = locate(made, 0, len(text))
    assert [(f.place.name, f.geo_precision) for f in found] == [("Rawalpindi", 1)]
    # The second town of a road between two is not where it happened either.
    text = "Drivers blocked the Kakamega - Kisumu road for hours on Monday."
    assert "Kisumu" not in {m.text for m in placed(text, gazetteer).places}


def test_locate_a_town_before_its_divisions_is_the_town(gazetteer: Gazetteer) -> None:
    text = (
        "A man blew himself up on Lehi street in southern Tel Aviv (Tel Aviv, Tel Aviv), "
        "wounding a passer-by."
    )
    (location,) = located(text, text, gazetteer)
    assert (location.place.name, location.place.level) == ("Tel Aviv", 3)


def test_locate_a_site_named_after_a_faraway_city_is_not_there(gazetteer: Gazetteer) -> None:
    text = (
        "Government forces clashed with IS militants around the Ouagadougou conference centre "
        "and the Giza Bahriya district of Sirte (Sirt), in Libya."
    )
    assert [loc.place.iso2 for loc in located(text, text, gazetteer)] == ["LY"]


def test_locate_where_witnesses_were_interviewed_is_not_the_place(gazetteer: Gazetteer) -> None:
    text = (
        "Militiamen fired on civilians fleeing El Geneina (West Darfur) on foot, killing at "
        "least 28 people, according to survivors interviewed in Adre."
    )
    assert [loc.place.iso2 for loc in located(text, text, gazetteer)] == ["SD"]


def test_locate_where_people_were_sent_is_not_the_place(gazetteer: Gazetteer) -> None:
    text = (
        "Government troops entered Darayya on Saturday.\n\n"
        "The agreement allowed about 700 fighters to leave with their light weapons for Idlib."
    )
    sentence = (
        "The agreement allowed about 700 fighters to leave with their light weapons for Idlib."
    )
    assert [loc.place.name for loc in located(text, sentence, gazetteer)] == ["Dārayyā"]


def test_locate_a_place_told_by_its_bearing_lies_near_its_origin(gazetteer: Gazetteer) -> None:
    # no Phoenix of Arizona "north of Durban"; Phoenix is not in the embedded gazetteer, so
    # the event falls back to Durban
    text = "Twenty people were killed in Phoenix, north of Durban, on Tuesday night."
    assert [loc.place.iso2 for loc in located(text, text, gazetteer)] == ["ZA"]


def test_locate_a_river_is_no_city(gazetteer: Gazetteer) -> None:
    text = "Artillery across the Dnipro hit the Korabelnyi district of Kherson on Monday."
    assert "Dnipro" not in [loc.place.name for loc in located(text, text, gazetteer)]


def test_locate_a_country_a_crowd_speaks_against_is_no_place(gazetteer: Gazetteer) -> None:
    text = (
        "Thousands of people gathered in Lahore on Friday, chanting against America and "
        "burning flags."
    )
    assert [p for p, _ in summary(located(text, text, gazetteer))] == ["Lahore"]
    alone = "Hundreds of thousands gathered in a square on Sunday, chanting against America."
    assert located(alone, alone, gazetteer) == []


def test_locate_in_the_capital_is_the_capital_city(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, Kenya (Rift Post) — Thousands of Kenyans marched in the capital on Tuesday "
        "against the finance bill."
    )
    events = pipeline.run_one(Article("capital", text, published="2024-06-26")).events
    assert [(e.location, e.geo_precision) for e in events] == [("Nairobi", 1)]


def test_locate_in_the_capital_beats_the_province_the_report_is_about(pipeline: Pipeline) -> None:
    text = (
        "SANAA, Yemen (Axis Review) — In Saada, ten people were killed on Saturday when "
        "aircraft bombed a house in the city.\n\n"
        "Hundreds of thousands of Yemenis gathered in a square in the capital on Sunday "
        "afternoon, chanting against the strikes."
    )
    events = pipeline.run_one(Article("capital", text, published="2025-03-17")).events
    protests = [e for e in events if e.event_type == "Protests"]
    assert [(e.location, e.geo_precision) for e in protests] == [("Sanaa", 1)]


def test_locate_the_country_of_those_arrested_is_not_the_place(pipeline: Pipeline) -> None:
    text = (
        "SKOPJE, North Macedonia (Vardar Wire) — Police said on Sunday they had arrested about "
        "thirty men, most of them citizens of Kosovo."
    )
    events = pipeline.run_one(Article("citizens", text, published="2015-05-11")).events
    assert [e.country for e in events] == ["North Macedonia"]
