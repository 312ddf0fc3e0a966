"""Kinds of happening whole news reports tell, each coded once and as ACLED codes it."""

from __future__ import annotations

import pytest

from eventatlas.article import Article
from eventatlas.pipeline import Pipeline


def occurred_types(pipeline: Pipeline, text: str) -> list[str]:
    article = Article("t", text, published="2024-05-31")
    return [e.sub_event_type for e in pipeline.run_one(article).events if e.modality == "occurred"]


# (report, the occurred sub-event types it gives, in text order)
# fmt: off
REPORTS = [
    # air defences bringing drones down disrupt them; they are not the strike
    ("Overnight, Ukrainian air defences shot down 21 of 24 attack drones launched at Kyiv.",
     ["Disrupted weapons use"]),
    ("Maoist rebels blew up a vehicle carrying police commandos in Bijapur on Monday.",
     ["Remote explosive/landmine/IED"]),
    ("Rebel commanders in Argelia announced on Thursday that they were leaving talks with the "
     "government.", ["Change to group/activity"]),
    # what a deal or a raid was for did not happen
    ("Community leaders in Bor signed an agreement on Monday to stop revenge attacks.",
     ["Agreement"]),
    ("Police officers entered the favela before dawn on Tuesday to serve arrest warrants.", []),
    # an arrest in an accident story is not political
    ("A fire at a garment factory in Karachi killed 12 workers on Tuesday. The factory owners "
     "were detained for questioning over safety violations.", []),
    ("Taliban fighters fired into the air to disperse about 20 women who protested in Kabul on "
     "Wednesday.", ["Protest with intervention"]),
    ("Israeli missiles struck army positions near Al Kiswah on Monday, killing two soldiers. "
     "The ministry said the missiles were fired from aircraft over the Golan Heights.",
     ["Air/drone strike"]),
    # details of one happening, told after it
    ("Gunmen abducted 30 villagers from Kajuru on Thursday. A man who tried to run was shot "
     "dead during the raid, villagers said.", ["Abduction/forced disappearance"]),
    ("Fighting broke out between two militias in eastern Tripoli on Sunday night, killing eight "
     "people. Residents said they heard machine guns and rocket-propelled grenades until dawn.",
     ["Armed clash"]),
    ("Armed youths raided a cattle camp near Bor in Jonglei state on Saturday, and herders fought "
     "back, leaving 14 people dead.", ["Armed clash"]),
    # a crowd's destruction is a riot
    ("On Wednesday, residents angry at the deaths set fire to two buses and blocked a main "
     "avenue in Rio de Janeiro with burning debris.", ["Violent demonstration"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "types"), REPORTS)
def test_extract_news_kinds(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert occurred_types(pipeline, text) == types


def test_extract_news_kinds_a_protest_detail_in_the_next_paragraph_is_the_same_protest(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police opened fire on protesters marching toward parliament in Nairobi on Tuesday, "
        "killing two young men.\n\n"
        "Witnesses said officers fired live rounds after tear gas failed to disperse the crowd."
    )
    assert occurred_types(pipeline, text) == ["Excessive force against protesters"]


def test_extract_news_kinds_a_protest_in_another_town_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "Police opened fire on protesters marching toward parliament in Nairobi on Tuesday, "
        "killing two young men.\n\n"
        "In Kisumu, several thousand people marched through the town, singing."
    )
    assert occurred_types(pipeline, text) == [
        "Excessive force against protesters",
        "Peaceful protest",
    ]
