"""Territory changing hands, and the strikes and backers told around it, coded as ACLED codes
them: who took it decides the type, the day's fighting for it is the conquest's, a backer
never leads."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

PUBLISHED = "2019-05-09"


@pytest.mark.parametrize(
    ("text", "kind", "actor1"),
    [
        (
            "Government troops, supported by Russian special forces, seized on Wednesday the "
            "town of Qalaat al-Madiq after fierce battles with rebels, a monitor said.",
            "Government regains territory",
            "Military Forces of Syria",
        ),
        (
            "Syrian rebels backed by Turkish tanks and warplanes drove Islamic State fighters "
            "out of the border town of Jarablus on Wednesday, Turkish officials said.",
            "Non-state actor overtakes territory",
            "Opposition Rebels (Syria)",
        ),
        (
            "Insurgents led by Hayat Tahrir al-Sham swept into Aleppo on Wednesday, reaching "
            "the citadel with little resistance, a war monitor said.",
            "Non-state actor overtakes territory",
            "Hayat Tahrir al-Sham",
        ),
        # a translated report's "took the control of"
        (
            "The gangs of the Viv Ansanm coalition took the control of the commune of Mirebalais "
            "on Monday after hours of fighting with the police.",
            "Non-state actor overtakes territory",
            "Viv Ansanm",
        ),
        # a rebel coalition whose name holds "Army", and a liberation completed
        (
            "The factions of the Army of Conquest completed on Wednesday the liberation of "
            "Idlib city from the regime forces, after four days of battles.",
            "Non-state actor overtakes territory",
            "Jaish al-Fatah",
        ),
        # a ministry's "its troops" are its own country's
        (
            "Russia's defence ministry claims its troops took control on Wednesday of a village "
            "north-east of Dobropillia, Ukraine.",
            "Non-violent transfer of territory",
            "Military Forces of Russia",
        ),
        # a foreign army regains nothing for the government of the country it is in
        (
            "Turkish troops recaptured the town of Tal Abyad on Wednesday, a monitor said.",
            "Non-state actor overtakes territory",
            "Military Forces of Turkey",
        ),
        (
            "Fano fighters entered Dangila, on the road to Bahir Dar, during a night of fighting "
            "and held the town by the morning of Wednesday, residents said.",
            "Non-state actor overtakes territory",
            "Fano Militia",
        ),
    ],
)
def test_extract_territory_who_took_it(
    pipeline: Pipeline, text: str, kind: str, actor1: str
) -> None:
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert (event.sub_event_type, event.actor1) == (kind, actor1)


def test_extract_territory_backers_are_associated(pipeline: Pipeline) -> None:
    text = (
        "Syrian rebels backed by Turkish tanks drove Islamic State fighters out of the town "
        "of Jarablus on Wednesday."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert event.actor1 != "Military Forces of Turkey"
    assert "Military Forces of Turkey" in (event.assoc_actor_1 or "")
    assert event.actor2 == "Islamic State"


def test_extract_territory_the_days_fighting_is_the_conquest(pipeline: Pipeline) -> None:
    text = (
        "Islamist fighters led by the Nusra Front took control of most of the city of Raqqa "
        "on Monday, overrunning the military security headquarters, activists said.\n\n"
        "The Observatory said 17 soldiers and nine rebels were killed in the last day of "
        "fighting in Raqqa on Monday."
    )
    events = occurred(pipeline, text, "2013-03-05")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Non-state actor overtakes territory", 26)
    ]


def test_extract_territory_a_fight_elsewhere_stays_a_fight(pipeline: Pipeline) -> None:
    text = (
        "Rebels took control of the town of Saraqib on Monday, a monitor said.\n\n"
        "Government troops and rebels clashed in Maarat al-Numan on Monday, killing six."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert len(events) == 2
    assert [e.fatalities for e in events if e.sub_event_type == "Armed clash"] == [6]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "A Syrian fighter jet dropped two bombs on a crowded street in Tall Rifaat on "
            "Wednesday, killing nine people, activists said.",
            "Military Forces of Syria",
        ),
        (
            "Regime warplanes carried out nine air strikes on Douma on Wednesday, killing "
            "four civilians, the monitor said.",
            "Military Forces of Syria",
        ),
        (
            "Assad's helicopters dropped barrel bombs on the villages south of Ariha on "
            "Wednesday, killing a child.",
            "Military Forces of Syria",
        ),
        (
            "The warplanes of the international coalition struck Islamic State positions "
            "south of Kobani on Wednesday, residents said.",
            "Global Coalition Against Daesh",
        ),
    ],
)
def test_extract_territory_air_strikes_by_aircraft_named_any_way(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", actor1)


@pytest.mark.parametrize(
    "text",
    [
        "The agreement, reached on Wednesday between Russian officers and rebel negotiators, "
        "gives fighters safe passage north, state media said.",
        "Local elders and army officers reached on Wednesday, through Russian mediation, a "
        "truce that stops the shelling of Daraa al-Balad.",
        "Buses left the enclave on Wednesday under an evacuation deal that Russia and Turkey "
        "brokered, a monitor said.",
    ],
)
def test_extract_territory_deals_reached_are_agreements(pipeline: Pipeline, text: str) -> None:
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert "Agreement" in kinds


@pytest.mark.parametrize(
    "text",
    [
        # a deal named as the time of something else, and what a deal provides for
        "Bandits raided a village near Sigor on Wednesday, three days after a truce was signed.",
        "Elders in Zawiya brokered an agreement on Wednesday between two militias to withdraw "
        "their fighters from the coastal road.",
    ],
)
def test_extract_territory_no_second_event_from_a_deal(pipeline: Pipeline, text: str) -> None:
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert len(kinds) == 1


def test_extract_territory_outpost_taken_after_surrender(pipeline: Pipeline) -> None:
    text = (
        "Fighters of the Kachin Independence Army seized a military outpost near Hpakant on "
        "Wednesday after a three-day assault, adding that several soldiers had surrendered."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_extract_territory_chemical_shells_are_chemical_weapons(pipeline: Pipeline) -> None:
    text = (
        "Doctors in Kafr Nabl treated four fighters for choking on Wednesday after government "
        "forces fired shells that released a chlorine-like smell on the front line."
    )
    assert [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)] == ["Chemical weapon"]


def test_extract_territory_state_media_restored_security(pipeline: Pipeline) -> None:
    text = (
        "Army units restored on Wednesday security and stability to the town of Khan "
        "Sheikhoun after eliminating the last gatherings of the terrorists, a source said."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert kinds == ["Government regains territory"]


def test_extract_territory_protests_in_two_named_towns(pipeline: Pipeline) -> None:
    text = (
        "Protests were also held on Wednesday in the town of Sarmada, in the Harim district, "
        "and in al-Atarib in the western countryside of Aleppo."
    )
    places = sorted(e.location or "" for e in occurred(pipeline, text, PUBLISHED))
    assert len(places) == 2 and places[0].startswith("Al At")


@pytest.mark.parametrize(
    "text",
    [
        "Turkish officials said a ground operation on Kobani may follow the air campaign if "
        "the threats to the border did not end.",
        "A military source said army units are preparing, under the cover of the Russian air "
        "force, a large ground operation in the northern Hama countryside.",
    ],
)
def test_extract_territory_what_may_come_is_not_occurred(pipeline: Pipeline, text: str) -> None:
    assert occurred(pipeline, text, PUBLISHED) == []


def test_extract_territory_finders_of_bodies_did_not_kill(pipeline: Pipeline) -> None:
    text = (
        "In the village of al-Mazraa, west of Sweida, residents found the bodies of 12 men who "
        "had been shot dead inside a house on Wednesday."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert event.sub_event_type == "Attack" and event.actor1 != "Rioters (Syria)"


def test_extract_territory_the_warplanes_told_again(pipeline: Pipeline) -> None:
    text = (
        "Turkish warplanes bombed positions in the city of Derik at dawn on Wednesday, the SDF "
        "media centre said.\n\n"
        "In Derik, the warplanes bombed a power station on the road of the city, killing 11 "
        "civilians, the health authority said."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert [(e.actor1, e.fatalities) for e in events] == [("Military Forces of Turkey", 11)]


def test_extract_territory_artillery_and_jets_in_one_sentence(pipeline: Pipeline) -> None:
    text = (
        "Turkish artillery pounded Islamic State positions around Jarablus before dawn on "
        "Wednesday, and Turkish F-16 jets joined by aircraft of the US-led coalition struck "
        "targets south of it, the army said."
    )
    kinds = sorted(e.sub_event_type for e in occurred(pipeline, text, PUBLISHED))
    assert kinds == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_extract_territory_handed_back_is_a_transfer_to_the_gainer(pipeline: Pipeline) -> None:
    text = (
        "The Ta'ang National Liberation Army pulled its fighters out of the town of Mogok on "
        "Wednesday and handed it back to the military, under a deal brokered by China."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "Military Forces of Myanmar"


@pytest.mark.parametrize(
    "text",
    [
        "A senior Turkish official said the YPG militia must pull its fighters out of Manbij "
        "within days.",
        "Residents of Luruk said the government withdrew guns from the police reservists of "
        "the area.",
    ],
)
def test_extract_territory_no_transfer(pipeline: Pipeline, text: str) -> None:
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert "Non-violent transfer of territory" not in kinds


def test_extract_territory_an_assault_battling_militants_is_a_fight(pipeline: Pipeline) -> None:
    text = (
        "US-backed forces resumed their assault on the last Islamic State enclave on "
        "Wednesday, battling militants in a tent camp at Baghuz, a spokesman said."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert kinds == ["Armed clash"]


def test_extract_territory_taken_and_retaken_days_apart(pipeline: Pipeline) -> None:
    text = (
        "Nigerian troops on Monday drove Islamic State West Africa Province (ISWAP) fighters out "
        "of Geidam, the army said, three days after the insurgents overran the town in Yobe "
        "State."
    )
    events = sorted(occurred(pipeline, text, "2021-04-27"), key=lambda e: e.event_date)
    assert [(e.sub_event_type, e.actor1, e.event_date) for e in events] == [
        (
            "Non-state actor overtakes territory",
            "Islamic State West Africa Province",
            "2021-04-23",
        ),
        ("Government regains territory", "Military Forces of Nigeria", "2021-04-26"),
    ]


def test_extract_territory_masters_of_the_town_since_sunday(pipeline: Pipeline) -> None:
    # "since Sunday" is a day, not a habit; the accused's group did not do the killing
    text = (
        "Fighters of the Islamic State in the Sahel have made themselves masters of the commune "
        "of Anderamboukane, Mali, since Sunday, local sources said. The following day, the new "
        "occupants executed nine men whom they accused of collaborating with the MSA."
    )
    taken, killing = occurred(pipeline, text, "2022-06-08")
    assert taken.actor1 == "Islamic State Sahel Province"
    assert (
        killing.sub_event_type == "Attack"
        and killing.actor1 != "MSA: Movement for the Salvation of Azawad"
    )


def test_extract_territory_a_town_whose_fight_its_paragraph_tells_was_conquered(
    pipeline: Pipeline,
) -> None:
    # no fight in the sentence that tells the town taken, but the next one tells it
    text = (
        "Government forces took control of the district of Ceel Buur on Monday after the "
        "militants withdrew. A commander said 14 of the militants were killed in the fighting "
        "on the way into the town."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert "Government regains territory" in kinds
    assert "Non-violent transfer of territory" not in kinds


def test_extract_territory_a_town_handed_over_quietly_stays_a_transfer(pipeline: Pipeline) -> None:
    text = (
        "Government forces took control of the district of Ceel Buur on Monday after the "
        "militants withdrew. Elders said the handover had been agreed a week earlier."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert "Non-violent transfer of territory" in kinds
