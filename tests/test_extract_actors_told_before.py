"""An unnamed armed side told with "the" ("the militants", "the insurgents") is the named
group the report told of before; without "the", or with no group before, it stays unnamed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

PUBLISHED = "2015-05-22"
SAMPLES = Path(__file__).resolve().parent / "samples"


def test_extract_actors_told_before_the_militants_are_the_group(pipeline: Pipeline) -> None:
    text = (
        "Islamic State fighters seized the Syrian town of Palmyra on Wednesday after a week of "
        "fighting, a monitor said.\n\n"
        "Activists said the militants shot dead at least 17 men in the town on Thursday."
    )
    attacks = [e for e in occurred(pipeline, text, PUBLISHED) if e.sub_event_type == "Attack"]
    assert [e.actor1 for e in attacks] == ["Islamic State"]


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        # "the ethnic armed group": the group told of before, described
        (
            "The Arakan Army has fought the military across Rakhine since November.\n\n"
            "The ethnic armed group said its fighters overran the last army position in "
            "Pauktaw on Monday.",
            "2024-03-06",
            "ULA/AA: United League of Arakan/Arakan Army",
        ),
        # the Houthis are coded as Yemen's de facto forces; "the militia" after them is theirs
        (
            "Taiz has been besieged by the Houthi movement since 2015, officials say.\n\n"
            "On Sunday, the terrorist militia fired mortar shells on the Al-Rawdah neighbourhood "
            "in the north of the city, wounding two.",
            "2020-10-12",
            "Houthi Movement - Ansar Allah",
        ),
    ],
    ids=["described", "movement-coded-as-state-force"],
)
def test_extract_actors_told_before_the_group_described(
    pipeline: Pipeline, text: str, published: str, actor1: str
) -> None:
    events = occurred(pipeline, text, published)
    assert [e.actor1 for e in events] == [actor1]


def test_extract_actors_told_before_not_without_the(pipeline: Pipeline) -> None:
    text = (
        "Islamic State fighters seized the Syrian town of Palmyra on Wednesday, a monitor said. "
        "The Nusra Front shelled army positions near Idlib the same day.\n\n"
        "In another town, militants shot dead three shepherds on Thursday."
    )
    attacks = [e for e in occurred(pipeline, text, PUBLISHED) if e.sub_event_type == "Attack"]
    assert [e.actor1 for e in attacks] == ["Unidentified Armed Group (Syria)"]


def test_extract_actors_told_before_needs_a_group_before(pipeline: Pipeline) -> None:
    text = (
        "The militants shot dead three shepherds near Palmyra in Syria on Thursday, activists said."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert event.actor1 == "Unidentified Armed Group (Syria)"


def test_extract_actors_told_before_in_another_clause(pipeline: Pipeline) -> None:
    text = (
        "M23 rebels said they had taken control of Goma on Monday.\n\n"
        "Heavy fighting broke out in Sake on Tuesday as the rebels pushed west, residents said."
    )
    fights = [
        e for e in occurred(pipeline, text, "2025-01-29") if e.sub_event_type == "Armed clash"
    ]
    assert [(e.location, e.actor1) for e in fights] == [("Sake", "M23: March 23 Movement")]


def test_extract_actors_told_before_sides_named_when_the_fight_is_told_again(
    pipeline: Pipeline,
) -> None:
    text = (
        "Rival armed groups fought with heavy machine guns in the coastal town of Janzur, Libya, "
        "on Sunday night, killing four people.\n\n"
        "The fighting pitted units of the Stability Support Apparatus against fighters of the "
        "Radaa Special Deterrence Force, a local official said."
    )
    (fight,) = occurred(pipeline, text, "2026-01-14")
    assert (fight.actor1, fight.actor2) == (
        "Stability Support Apparatus",
        "Radaa Special Deterrence Force",
    )


def test_extract_actors_told_before_the_clause_that_tells_the_clash(pipeline: Pipeline) -> None:
    text = (
        "Elders met in Kapoeta, South Sudan, on Monday after a clash on Saturday, when Didinga "
        "raiders attacked a cattle camp outside the town."
    )
    fights = [
        e for e in occurred(pipeline, text, "2020-02-17") if e.sub_event_type == "Armed clash"
    ]
    assert [e.actor1 for e in fights] == ["Didinga Ethnic Militia (South Sudan)"]


@pytest.mark.parametrize(
    "text",
    [
        "Four women were raped by armed men in RSF uniforms at a water point outside Mellit, "
        "Sudan, on Wednesday.",
        "Shells fired from RSF positions fell on the Abu Shouk camp near El Fasher, Sudan, on "
        "Wednesday, killing three people.",
    ],
)
def test_extract_actors_told_before_the_uniform_or_the_positions_name_the_doer(
    pipeline: Pipeline, text: str
) -> None:
    (event,) = occurred(pipeline, text, "2024-04-15")
    assert event.actor1 == "RSF: Rapid Support Forces"


def test_extract_actors_told_before_the_sides_in_the_sentences_other_clause(
    pipeline: Pipeline,
) -> None:
    # "Azerbaijani infantry backed by drones attacked Karabakh positions around Askeran, ...
    # and fighting there went on into the night": holdout 5's report q029, its first two
    # paragraphs.
    rows = (SAMPLES / "news_holdout5.jsonl").read_text(encoding="utf-8").splitlines()
    report = next(json.loads(line) for line in rows if '"q029"' in line)
    text = "\n\n".join(report["text"].split("\n\n")[:2])
    fights = [
        e
        for e in occurred(pipeline, text, report["published"])
        if e.sub_event_type == "Armed clash" and e.location == "Askyaran"
    ]
    assert [e.actor1 for e in fights] == ["Military Forces of Azerbaijan"]


def test_extract_actors_told_before_a_leaders_men_and_the_sole_groups_fighters(
    pipeline: Pipeline,
) -> None:
    # "Dagalo's mercenaries" are told of as someone's; "militia fighters" in a report that
    # names one militia are its own.
    text = (
        "The army repelled a new attack by the Rapid Support militia on El Fasher on Wednesday, "
        "a military source said.\n\n"
        "On Monday, Dagalo's mercenaries shelled the Abu Shouk camp, killing six civilians.\n\n"
        "Women who fled villages near Kutum said militia fighters raped women during a raid on "
        "their villages on Saturday."
    )
    events = occurred(pipeline, text, "2024-06-07")
    kinds = {e.sub_event_type: e.actor1 for e in events}
    assert kinds["Shelling/artillery/missile attack"] == "RSF: Rapid Support Forces"
    assert kinds["Sexual violence"] == "RSF: Rapid Support Forces"


def test_extract_actors_told_before_not_when_two_groups_were_named(pipeline: Pipeline) -> None:
    text = (
        "Fighters of the RSF and the SPLM-N clashed near Dilling on Wednesday, residents said.\n\n"
        "Women who fled villages near Kadugli said militia fighters raped women during a raid on "
        "their villages on Saturday."
    )
    events = occurred(pipeline, text, "2024-06-07")
    rapes = [e.actor1 for e in events if e.sub_event_type == "Sexual violence"]
    assert rapes == ["Unidentified Armed Group (Sudan)"]


def test_extract_actors_told_before_the_organization_and_the_fighters(pipeline: Pipeline) -> None:
    # "the organization" and "the fighters" name the group told of before them, and people
    # taken to a place not known were abducted
    text = (
        'The organization of "Daesh" executed 23 men of the tribe in the village of Abu Hamam '
        "near Hajin on Sunday, local activists said.\n\n"
        "Also the organization took with it about 40 men of the tribe to a place not known, "
        "and their families have had no news of them."
    )
    events = occurred(pipeline, text, "2014-08-12")
    taken = [e.actor1 for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert taken == ["Islamic State"]


def test_extract_actors_told_before_the_group(pipeline: Pipeline) -> None:
    text = (
        "Al Shabaab fighters overran an army base near Kismayo on Monday, residents said.\n\n"
        "On Tuesday, the group shot dead two village elders in Afmadow, local officials said."
    )
    events = occurred(pipeline, text, "2024-03-06")
    attacks = [e.actor1 for e in events if e.sub_event_type == "Attack"]
    assert attacks == ["Al Shabaab"]


CAMEROON = (
    "Anglophone separatists attacked an army post in Batibo, Cameroon, on Monday, killing two "
    "soldiers, the army said.\n\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "On Tuesday, gunmen shot dead a council worker in Bali as he left his home.",
        "On Wednesday, a roadside bomb hit an army truck outside Mbengwi, killing one soldier.",
    ],
    ids=["gunmen", "roadside-bomb"],
)
def test_extract_actors_sole_group_of_the_report(pipeline: Pipeline, later: str) -> None:
    # a report about one group's campaign: unnamed men's violence in it is that group's
    events = occurred(pipeline, CAMEROON + later, "2018-11-08")
    assert len(events) == 2
    assert {e.actor1 for e in events} == {"Ambazonian Separatists (Cameroon)"}


def test_extract_actors_sole_gang_of_the_report(pipeline: Pipeline) -> None:
    # gang members told after the one gang coalition the report names are its men
    text = (
        "Gangs of the Viv Ansanm coalition attacked Mirebalais, Haiti, on Monday, killing four "
        "residents, police said.\n\nOn Tuesday, armed gang members shot dead a motorcycle taxi "
        "driver in Saut-d'Eau."
    )
    events = occurred(pipeline, text, "2025-04-02")
    assert [e.actor1 for e in events] == ["Viv Ansanm", "Viv Ansanm"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the men are unknown
        (CAMEROON + "On Tuesday, unknown gunmen shot dead a council worker in Bali.", "2018-11-08"),
        # the one group named is only the victim of the report's other event
        (
            "Troops killed five Al Shabaab fighters near Afgoye, Somalia, on Monday, the army "
            "said.\n\nOn Tuesday, gunmen shot dead a village elder in Marka.",
            "2024-03-06",
        ),
    ],
    ids=["unknown", "group-not-acting"],
)
def test_extract_actors_sole_group_not_for_unknown_men_or_a_group_not_acting(
    pipeline: Pipeline, text: str, published: str
) -> None:
    events = occurred(pipeline, text, published)
    attacks = [e.actor1 for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1 and attacks[0].startswith("Unidentified Armed Group")


def test_extract_actors_sole_group_not_for_an_unclaimed_abduction(pipeline: Pipeline) -> None:
    # men who "took away six passengers", in a report that says no group claimed it
    text = CAMEROON + (
        "On Tuesday, armed men stopped a bus near Bali and took away six passengers. No group "
        "has claimed the abduction."
    )
    taken = [
        e.actor1
        for e in occurred(pipeline, text, "2018-11-08")
        if e.sub_event_type == "Abduction/forced disappearance"
    ]
    assert taken == ["Unidentified Armed Group (Cameroon)"]


def test_men_no_one_could_identify_are_not_the_reports_one_group(pipeline: Pipeline) -> None:
    text = (
        "Fighters of the SPLA-IO attacked the army barracks in Tambura on Saturday and pushed "
        "government troops out of the town.\n\n"
        "On Monday three women were shot dead at a water point in Tambura by armed men whom "
        "witnesses could not identify."
    )
    events = occurred(pipeline, text, "2021-09-14")
    shooting = [e for e in events if e.fatalities == 3]
    assert [e.actor1 for e in shooting] == ["Unidentified Armed Group (South Sudan)"]
