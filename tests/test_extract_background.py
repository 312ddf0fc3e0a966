"""Background in a news report (last year's toll, this year's count, what has become common) is no occurred event."""

from __future__ import annotations

import pytest

from eventatlas.article import Article
from eventatlas.pipeline import Pipeline

LEAD = "Gunmen killed four farmers near Gusau on Monday, police said."


@pytest.mark.parametrize(
    "background",
    [
        "Clashes between rival armed groups in the state last year killed more than 30 people.",
        "Hundreds of people have been abducted in Zamfara State alone this year.",
        "Kidnapping for ransom has become widespread in the north-west.",
        "Raids by armed gangs kill hundreds of people every year.",
        "The army has carried out dozens of air strikes on gang camps in recent months.",
        # years gone by; earlier this year; what a man is known for; a court's verdict
        "Rival militias fought a war in the region between 1999 and 2003 that killed thousands.",
        "The army lost ground earlier this year, when the militants overran several towns.",
        "Police said the camp belonged to a gang leader responsible for several mass abductions.",
        "A local politician was acquitted of rape on Monday but convicted of fraud.",
        # a protest's organisers, and a protest lodged by a ministry, are no crowd
        "Protest organisers called for a march through Gusau on Friday.",
        "The foreign ministry lodged a formal protest with the ambassador on Monday.",
        # a flash update's summary of its whole period
        "Fighting between the army and the rebels continued to cause grave harm to civilians "
        "during the reporting period.",
        # how raiding has changed is no raid
        "Raiding, once fought with spears, has become deadlier as automatic rifles have spread.",
        # a season of a year gone by
        "The gang was formed after bandits overran Dansadau in the summer of 2021.",
    ],
)
def test_extract_background_is_not_occurred(pipeline: Pipeline, background: str) -> None:
    article = Article("t", f"{LEAD}\n\n{background}", published="2024-03-12")
    occurred = [e for e in pipeline.run_one(article).events if e.modality == "occurred"]
    assert [(e.sub_event_type, e.fatalities) for e in occurred] == [("Attack", 4)]


def test_extract_background_territory_taken_outranks_the_fight(pipeline: Pipeline) -> None:
    text = "Somali troops recaptured the town of Bulo Burti from Al Shabaab on Sunday after a day of fighting."
    article = Article("t", text, published="2024-12-10")
    events = [e.sub_event_type for e in pipeline.run_one(article).events]
    assert events == ["Government regains territory"]


def test_extract_background_a_suicide_bomber_is_the_blamed_groups(pipeline: Pipeline) -> None:
    text = (
        "A young woman blew herself up at the cattle market in Mora on Sunday, killing five "
        "civilians, in an attack officials blamed on Boko Haram."
    )
    article = Article("t", text, published="2023-08-08")
    (event,) = pipeline.run_one(article).events
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == (
        "Suicide bomb",
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        "Civilians (Cameroon)",
        5 + 1,  # and the bomber
    )


def test_extract_background_the_onset_of_a_protest_wave_is_not_an_event(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police fired tear gas at protesters in Nairobi on Tuesday.\n\n"
        "The protests, which began earlier this month over new taxes on bread, were organised "
        "largely on social media."
    )
    article = Article("t", text, published="2024-06-27")
    occurred = [e for e in pipeline.run_one(article).events if e.modality == "occurred"]
    assert [e.sub_event_type for e in occurred] == ["Protest with intervention"]
