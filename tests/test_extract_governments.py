"""A group that has taken the state is that state's forces from the day it took it
(``data/governments.tsv``): the Taliban after the fall of Kabul are the Military Forces of
Afghanistan, as doers and as targets, at home and across the border."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline


def sides(pipeline: Pipeline, text: str, published: str) -> list[tuple[str | None, ...]]:
    return [(e.actor1, e.actor2) for e in occurred(pipeline, text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "KABUL (Wire) - An unknown attacker threw a hand grenade at a Taliban checkpoint "
            "in Pul-e Khumri late on Saturday, wounding two guards.",
            "2022-05-16",
            ("Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan"),
        ),
        (
            "KABUL (Wire) - Taliban fighters clashed with NRF fighters near Nahrin on Sunday, "
            "killing four.",
            "2022-05-16",
            ("Military Forces of Afghanistan", "NRF: National Resistance Front"),
        ),
        (
            "KABUL (Wire) - Taliban police fired into the air to break up a march by women in "
            "Kabul on Sunday.",
            "2022-01-17",
            ("Protesters (Afghanistan)", "Police Forces of Afghanistan"),
        ),
        (
            # before the fall of Kabul the Taliban are an armed group
            "KABUL (Wire) - Taliban fighters attacked a police post in Nahrin district of "
            "Baghlan on Saturday, killing four policemen.",
            "2019-05-16",
            ("Taliban", "Police Forces of Afghanistan"),
        ),
    ],
)
def test_extract_governments_taliban_by_date(
    pipeline: Pipeline, text: str, published: str, expected: tuple[str | None, ...]
) -> None:
    assert sides(pipeline, text, published) == [expected]


def test_extract_governments_abroad_are_foreign_forces(pipeline: Pipeline) -> None:
    text = (
        "ISLAMABAD (Wire) - Afghan Taliban forces fired on a Pakistani border post near "
        "Chaman on Sunday, killing two soldiers, officials said."
    )
    (event,) = occurred(pipeline, text, "2023-05-16")
    assert (event.actor1, event.actor2) == (
        "Military Forces of Afghanistan",
        "Military Forces of Pakistan",
    )
    assert event.inter1 == 8


def test_extract_governments_afghan_taliban_are_not_pakistans(pipeline: Pipeline) -> None:
    # "Afghan Taliban" names its own country: not the TTP, Pakistan's own Taliban
    text = (
        "ISLAMABAD (Wire) - Afghan Taliban forces fired on a Pakistani border post near "
        "Chaman on Sunday, killing two soldiers, officials said."
    )
    assert sides(pipeline, text, "2019-05-16") == [("Taliban", "Military Forces of Pakistan")]
    pakistani = "PESHAWAR (Wire) - Taliban fighters attacked a police station in Bannu on Monday."
    assert sides(pipeline, pakistani, "2023-05-16") == [
        ("TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan")
    ]
