"""A strike from the air that names no one is a state's: the military of the country it hit,
or the state ``data/air_forces.tsv`` gives; never that country's own forces when they were
what it hit."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

PUBLISHED = "2024-03-05"


def strike(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    (event,) = [
        e for e in occurred(pipeline, text, PUBLISHED) if e.sub_event_type == "Air/drone strike"
    ]
    return event.actor1, event.actor2


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On Sunday a drone strike hit a flour mill in Dembecha, Ethiopia, killing seven people.",
            "Military Forces of Ethiopia",
        ),
        (
            "An air strike destroyed a school in the village of Kalay in Myanmar's Sagaing "
            "region on Monday, killing four children, residents said.",
            "Military Forces of Myanmar",
        ),
        (
            "A drone set fire to a fuel tank at an oil depot in Klintsy in Russia's Bryansk "
            "region on Monday, the governor said.",
            "Military Forces of Ukraine",
        ),
        (
            "An air strike hit a house in Bint Jbeil in southern Lebanon on Tuesday, killing two "
            "people.",
            "Military Forces of Israel",
        ),
        # named as ACLED names the state ("of the Philippines")
        (
            "An air strike hit a house in Datu Piang, Maguindanao, in the Philippines on Monday, "
            "killing two people.",
            "Military Forces of the Philippines",
        ),
    ],
)
def test_extract_air_strikes_unnamed_are_a_states(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    assert strike(pipeline, text)[0] == actor1


@pytest.mark.parametrize(
    "text",
    [
        "Drones laden with explosives struck a graduation ceremony at the military academy in "
        "Homs, Syria, on Thursday, killing 80 people.",
        "A drone dropped explosives on a police station in Jamundi, Colombia, on Tuesday.",
    ],
)
def test_extract_air_strikes_on_the_states_own_forces_stay_unnamed(
    pipeline: Pipeline, text: str
) -> None:
    actor1, actor2 = strike(pipeline, text)
    assert actor1 is not None and actor1.startswith("Unidentified Armed Group")
    assert actor2 is not None and actor2.startswith(("Military Forces", "Police Forces"))


def test_extract_air_strikes_where_many_strike_stay_unnamed(pipeline: Pipeline) -> None:
    text = "An air strike hit a market in Saada, Yemen, on Sunday, killing 12 people, medics said."
    assert strike(pipeline, text)[0] == "Unidentified Armed Group (Yemen)"


def test_extract_air_strikes_named_state_is_kept(pipeline: Pipeline) -> None:
    text = "Sudanese army warplanes bombed a market in Nyala, Sudan, on Sunday, killing 20 people."
    assert strike(pipeline, text)[0] == "Military Forces of Sudan"


def test_extract_air_strikes_claimed_again_by_the_general_staff(pipeline: Pipeline) -> None:
    # The lead's strike, then the attacker's own account of it ("its drones had struck the
    # depot"): one strike, at the lead's town, by Ukraine's military.
    text = (
        "BRYANSK, Russia (Border Wire) - Drones set fire to a fuel depot in the town of "
        "Novozybkov overnight, the regional governor said on Wednesday. Firefighters put out "
        "the blaze by morning.\n\n"
        "Ukraine's General Staff said its drones had struck the depot because it fuelled "
        "Russian army units."
    )
    strikes = [
        e for e in occurred(pipeline, text, "2025-01-22") if e.sub_event_type == "Air/drone strike"
    ]
    assert [(e.location, e.actor1) for e in strikes] == [
        ("Novozybkov", "Military Forces of Ukraine")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The RSF targeted the airport of El Obeid, Sudan, with drones on Saturday.",
        "The RSF targeted with strategic drones on Saturday the airport of El Obeid, Sudan.",
    ],
)
def test_extract_air_strikes_targeted_with_drones(pipeline: Pipeline, text: str) -> None:
    assert strike(pipeline, text)[0] == "RSF: Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The ELN used drones to drop explosives on an army base in Tibú on Saturday, wounding "
        "two soldiers.",
        "Rebels used drones to drop grenades on soldiers in Tibú on Saturday.",
    ],
)
def test_air_strikes_drones_used_to_drop_explosives(pipeline: Pipeline, text: str) -> None:
    """Explosives or grenades dropped from drones are one drone strike."""
    types = [e.sub_event_type for e in occurred(pipeline, text, "2025-01-27")]
    assert types == ["Air/drone strike"]


def test_air_strikes_food_dropped_from_planes_is_no_strike(pipeline: Pipeline) -> None:
    text = "Aid planes dropped food to villages near Tibú on Saturday."
    assert occurred(pipeline, text, "2025-01-27") == []


def test_air_strikes_the_first_time_drones_were_used_is_no_new_strike(pipeline: Pipeline) -> None:
    text = (
        "It was the first time drones had been used to drop explosives in the conflict in "
        "Manipur, the police said."
    )
    assert occurred(pipeline, text, "2024-09-03") == []


def test_air_strikes_a_quadcopter_that_dropped_grenades(pipeline: Pipeline) -> None:
    text = "A quadcopter dropped two grenades on a police post in Bannu on Saturday."
    types = [e.sub_event_type for e in occurred(pipeline, text, "2025-05-25")]
    assert types == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        # a drone flown a long way before it dropped its load, mortar rounds included
        "TTP militants flew a quadcopter over the city police station of Lakki Marwat on "
        "Saturday and dropped two mortar rounds.",
        "On Saturday, drones carrying explosives were flown over the edge of Tepalcatepec, "
        "Mexico, and dropped charges on houses.",
    ],
)
def test_air_strikes_a_drone_flown_far_before_it_dropped(pipeline: Pipeline, text: str) -> None:
    types = [e.sub_event_type for e in occurred(pipeline, text, "2025-05-25")]
    assert types == ["Air/drone strike"]


def test_air_strikes_drones_brought_down_before_they_struck_are_no_strike(
    pipeline: Pipeline,
) -> None:
    text = (
        "Soldiers near Briceño, Colombia, brought down two drones carrying explosives on "
        "Saturday before they reached the base, the army said."
    )
    types = [e.sub_event_type for e in occurred(pipeline, text, "2025-05-25")]
    assert "Air/drone strike" not in types
