"""Soldiers at a disaster dig, rescue and carry food: no political event. State forces make a
report political only when they use force in it."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

PUBLISHED = "2023-09-10"


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the earthquake in the High Atlas rose above 2,000 on Sunday, as "
        "soldiers and rescue teams dug through the rubble of mountain villages.\n\n"
        "The ministry said 2,012 people had been killed and 2,059 injured.\n\n"
        "The armed forces deployed troops and field hospitals to the worst-hit areas.",
        "Soldiers searched flooded garages on Thursday after torrential rain killed at least 40 "
        "people around the city.\n\n"
        '"We are fighting against the clock," an officer said.',
        "At least 31 people were killed when a gold mine collapsed near Kenieba on Sunday.\n\n"
        "Soldiers had been deployed to keep people away from the pits.",
    ],
)
def test_relief_work_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert occurred(pipeline, text, PUBLISHED) == []


def test_force_used_at_a_disaster_is_still_an_event(pipeline: Pipeline) -> None:
    text = (
        "Floods killed 40 people in the region this week.\n\n"
        "On Saturday soldiers opened fire on residents who tried to loot an aid convoy near "
        "Kassala, killing two."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Attack", "Military Forces of Sudan", 2)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A round-the-clock curfew remained in force in Lagos on Thursday.",
        "The military said the device was an improvised explosive made from a mortar round.",
        # a name given to what happened is no act of its own
        "The president described Tuesday's unrest as an attack on the state.",
    ],
)
def test_told_aside_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert occurred(pipeline, text, PUBLISHED) == []


def test_a_drone_that_set_fire_struck(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Early on Tuesday a drone set fire to a fuel tank at an oil depot on the outskirts of "
        "Bryansk.",
        PUBLISHED,
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_victim_told_in_a_sentence_of_her_own_is_the_strikes(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "A drone hit the upper floors of an apartment block in Ramenskoye overnight. A "
        "46-year-old woman was killed and three people were taken to hospital.",
        PUBLISHED,
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 1)]


def test_an_earlier_happening_named_as_the_cause_is_no_event(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "On 13 July 2025, after the abduction of a merchant on the Damascus road, Druze armed "
        "groups and Bedouin tribal fighters clashed in Suwayda city.",
        "2025-07-14",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_happening_named_alone_is_still_the_event(pipeline: Pipeline) -> None:
    # Nothing else happens in the sentence: the killing is what it reports.
    events = occurred(
        pipeline,
        "Hundreds of families fled their homes near Todonyang following the killing of ten "
        "fishermen by unknown militiamen.",
        "2019-05-10",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_crime_a_protest_is_about_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "On 30 September 2022, worshippers protested outside a police station in Zahedan over "
        "the alleged rape of a girl by a police commander, and security forces opened fire on "
        "them, killing 19.",
        "2022-10-01",
    )
    assert "Sexual violence" not in [e.sub_event_type for e in events]


def test_the_law_a_detention_invokes_is_no_riot(pipeline: Pipeline) -> None:
    text = (
        "Police in Grodno searched the homes of three reporters and detained them under the "
        "article on mass riots."
    )
    assert [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)] == ["Arrests"]


def test_who_were_taken_before_named_by_it_is_no_abduction(pipeline: Pipeline) -> None:
    text = (
        "On Monday, community leaders meeting in Pibor signed an agreement to stop revenge "
        "raids and return abducted children."
    )
    assert [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)] == ["Agreement"]


def test_a_crowd_that_overran_barriers_took_no_territory(pipeline: Pipeline) -> None:
    text = (
        "Thousands of young demonstrators overran barriers around parliament in Nairobi on "
        "Tuesday and set part of the building on fire."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert "Non-state actor overtakes territory" not in kinds
    assert "Government regains territory" not in kinds
