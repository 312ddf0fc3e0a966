"""Fire at an enemy's positions is shelling when only heavy weapons are named, a clash when
small arms or fire in both directions are."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On 8 March 2021, the separatist forces fired grenade launchers at the governmental "
            "positions near Marinka, Donetsk.",
            "Shelling/artillery/missile attack",
        ),
        (
            "On 8 March 2021, the Ukrainian Forces fired anti-aircraft guns at the positions of "
            "the separatists in the area of Horlivka, Donetsk.",
            "Shelling/artillery/missile attack",
        ),
        (
            "On 8 March 2021, the Ukrainian Forces fired 120mm mortars, grenade launchers and "
            "small arms at the positions of the separatists in the area of Horlivka, Donetsk.",
            "Armed clash",
        ),
        (
            "On 8 March 2021, monitors observed a total of 16 explosions/bursts of fire "
            "involving heavy machineguns near Avdiivka.",
            "Shelling/artillery/missile attack",
        ),
        (
            "On 8 March 2021, monitors observed a total of 5 projectiles involving unknown "
            "weapons in both directions of the frontline near Avdiivka.",
            "Armed clash",
        ),
        (
            "On 8 March 2021, Houthi fighters fired mortars at government positions near Hays, "
            "Hodeidah, and the two sides exchanged fire for hours.",
            "Armed clash",
        ),
    ],
)
def test_firing_reads_the_weapons(pipeline: Pipeline, text: str, kind: str) -> None:
    events = occurred(pipeline, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == [kind]
