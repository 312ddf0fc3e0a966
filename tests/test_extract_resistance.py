"""An attack whose targets fought back is an armed clash; one they only suffered stays an attack."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

PUBLISHED = "2023-06-08"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Gunmen attacked a village near Mandera on Tuesday. Police officers posted in the "
            "village fought back, and the attackers fled towards the border.",
            "Armed clash",
        ),
        (
            "Bandits raided the village of Kapedo in Baringo county on Tuesday night, stealing "
            "cattle. Police reservists pursued them and shot dead three of the raiders.",
            "Armed clash",
        ),
        (
            "On 6 June 2023, suspected militants attacked a gendarmerie post in Kaya, Burkina "
            "Faso. The gendarmes repelled the assault after an hour.",
            "Armed clash",
        ),
        (
            "Gunmen attacked a village near Mandera on Tuesday, killing four residents. The "
            "attackers fled towards the border.",
            "Attack",
        ),
        # The resistance told in another paragraph is another story.
        (
            "Gunmen attacked a village near Mandera on Tuesday, killing four residents.\n\n"
            "Last year soldiers repelled an assault on the town's police station.",
            "Attack",
        ),
    ],
)
def test_resistance_decides_attack_or_clash(pipeline: Pipeline, text: str, kind: str) -> None:
    events = occurred(pipeline, text, PUBLISHED)
    assert events
    assert events[0].sub_event_type == kind


def test_resistance_names_the_resisting_side(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Al Shabaab militants attacked a village near Mandera on Tuesday. Kenyan soldiers "
        "pushed back the attackers.",
        PUBLISHED,
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].actor1 == "Al Shabaab"
    assert events[0].actor2 == "Military Forces of Kenya"
