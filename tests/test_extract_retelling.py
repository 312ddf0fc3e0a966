"""A happening told again later in a report stays one event; a new happening does not merge."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

AMBUSH = (
    "Fighters of JNIM ambushed an army convoy outside Djenne on Sunday, killing seven soldiers, "
    "the army said."
)

PUBLISHED = "2024-02-13"


@pytest.mark.parametrize(
    "retold",
    [
        # its people named again
        "The attackers, riding motorcycles, opened fire on the trucks and fought the escort "
        "for two hours before reinforcements arrived.",
        # the happening named again, with the day of the claim
        "JNIM claimed the ambush in a message circulated on Monday.",
        # its length told
        "The gunfight lasted about two hours.",
        # "may" is no month: the attackers told again
        "The attackers, who may have come from Mopti, opened fire on the trucks.",
    ],
)
def test_extract_retelling_is_one_event(pipeline: Pipeline, retold: str) -> None:
    events = occurred(pipeline, f"{AMBUSH}\n\n{retold}", PUBLISHED)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 7)]


@pytest.mark.parametrize(
    "later",
    [
        "The attackers ambushed a convoy near Mopti on Monday.",
        "The attackers ambushed another convoy near Mopti.",
    ],
)
def test_extract_retelling_a_new_day_or_another_target_is_a_new_event(
    pipeline: Pipeline, later: str
) -> None:
    assert len(occurred(pipeline, f"{AMBUSH}\n\n{later}", PUBLISHED)) == 2


def test_extract_retelling_an_arrest_over_the_attack_stays_an_arrest(pipeline: Pipeline) -> None:
    text = (
        "Dozens of settlers attacked the village of Sinjil on Saturday, setting fire to cars.\n\n"
        "Police said on Sunday they had arrested two men suspected of involvement in the attack."
    )
    assert sorted(e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)) == [
        "Arrests",
        "Attack",
    ]


def test_extract_retelling_a_strike_by_its_aircraft_is_not_the_earlier_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen killed at least 21 civilians when they stormed a village near Titao on "
        "Saturday, in the latest massacre in a region where militants have cut off towns.\n\n"
        "On Sunday, the army said its aircraft had struck a column of JNIM fighters near Titao."
    )
    assert sorted(e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)) == [
        "Air/drone strike",
        "Attack",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Motorists found six bodies with gunshot wounds dumped beside the highway near Fresnillo.",
        "The bodies of six men with gunshot wounds were found near Fresnillo on Monday.",
    ],
)
def test_extract_retelling_bodies_found_are_a_killing(pipeline: Pipeline, text: str) -> None:
    events = occurred(pipeline, text, PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Attack", "Unidentified Armed Group (Mexico)", 6)
    ]


@pytest.mark.parametrize(
    "retold",
    [
        # what the attackers did next, in a witness's words
        '"They took the cattle and set fire to the granaries before leaving," a survivor said.',
        # what the weapons left behind
        "Falling debris damaged two houses in the village but no one was hurt.",
        # the rest of the attackers' story, a fight told after an attack
        "The militants arrived in a dozen gun trucks and fought troops for several hours.",
    ],
)
def test_extract_retelling_what_followed_is_the_same_event(pipeline: Pipeline, retold: str) -> None:
    lead = (
        "Islamic State West Africa Province fighters attacked a military base in Dikwa late on "
        "Sunday, killing seven soldiers, the army said."
    )
    events = occurred(pipeline, f"{lead}\n\n{retold}", PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Dikwa")]


def test_extract_retelling_the_share_of_rockets_that_fell_is_the_same_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "Hezbollah said it had fired a volley of rockets at an army base near Kiryat Shmona on "
        "Wednesday. The military said most of the rockets fell in open areas."
    )
    assert [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)] == [
        "Shelling/artillery/missile attack"
    ]


def test_extract_retelling_a_province_copy_lends_the_town_event_its_toll(
    pipeline: Pipeline,
) -> None:
    from dataclasses import replace

    from eventatlas.extract.retelling import drop_coarser_copies

    (town,) = occurred(pipeline, AMBUSH, PUBLISHED)
    town = replace(town, fatalities=None, fatalities_low=None, fatalities_best=None)
    town = replace(town, fatalities_high=None)
    province = replace(
        town,
        location=town.admin1,
        admin2=None,
        geo_precision=3,
        fatalities=7,
        fatalities_low=7,
        fatalities_best=7,
        fatalities_high=12,
    )
    (kept,) = drop_coarser_copies([town, province])
    assert kept.location == town.location
    assert (kept.fatalities, kept.fatalities_low, kept.fatalities_high) == (7, 7, 12)


UNNAMED = (
    "Eleven soldiers were killed when gunmen ambushed a patrol near Diapaga on Thursday, "
    "the army said.\n\n"
    "The patrol was returning to its base near Diapaga when it was attacked by dozens of "
    "armed men on motorbikes. JNIM claimed the ambush on Friday."
)


def test_extract_retelling_an_unnamed_telling_takes_the_claimed_name(pipeline: Pipeline) -> None:
    events = occurred(pipeline, UNNAMED, "2024-03-09")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Armed clash", "JNIM: Group for Support of Islam and Muslims", 11)
    ]


def test_extract_retelling_a_toll_of_its_own_keeps_an_unnamed_act_apart(
    pipeline: Pipeline,
) -> None:
    text = (
        "Government troops shelled the Hamidiyeh district of Hama on Monday, killing one "
        "civilian.\n\n"
        "Unidentified gunmen fired mortar shells on the Hamidiyeh district on Monday, killing "
        "four people."
    )
    events = occurred(pipeline, text, "2018-02-27")
    assert sorted((e.actor1 or "", e.fatalities) for e in events) == [
        ("Military Forces of Syria", 1),
        ("Unidentified Armed Group (Syria)", 4),
    ]


def test_extract_retelling_a_paragraph_with_a_day_of_its_own_is_a_new_event(
    pipeline: Pipeline,
) -> None:
    text = (
        "Al-Shabaab claimed an attack on a hotel in Mogadishu last month.\n\n"
        "On Monday the militants attacked a police station in Afgoye, killing two officers."
    )
    events = occurred(pipeline, text, "2024-05-15")
    assert ("Afgooye", "2024-05-13", 2) in [
        (e.location, e.event_date, e.fatalities) for e in events
    ]


def test_extract_retelling_a_toll_raised_on_a_later_day_stays_with_its_event(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen attacked a police post in Witu on Sunday, killing three officers, police said.\n\n"
        "In a second statement late on Monday, police raised the toll to five."
    )
    events = occurred(pipeline, text, "2024-06-18")
    assert [(e.location, e.fatalities) for e in events] == [("Witu", 5)]


@pytest.mark.parametrize(
    "later",
    [
        "On Tuesday a fourth officer died in hospital, raising the toll to four, police said.",
        "A fourth officer died of his wounds on Tuesday, bringing the death toll to four.",
    ],
)
def test_extract_retelling_a_toll_raised_in_a_participle_is_the_events(
    pipeline: Pipeline, later: str
) -> None:
    text = (
        "Three officers were killed on Sunday when a roadside bomb struck their truck near "
        "Mandera, police said.\n\n" + later
    )
    events = occurred(pipeline, text, "2024-06-18")
    assert [(e.location, e.fatalities) for e in events] == [("Mandera", 4)]


@pytest.mark.parametrize(
    "retold",
    [
        "Amnesty International said on Wednesday that soldiers had killed at least 10 people at "
        "the toll gate.",
        "The hospital said 12 bodies had been brought in by Wednesday night.",
    ],
)
def test_extract_retelling_a_toll_told_on_another_day_is_the_shootings(
    pipeline: Pipeline, retold: str
) -> None:
    text = (
        "Soldiers opened fire on Tuesday night on hundreds of people protesting peacefully at "
        "the Lekki toll gate in Lagos.\n\n" + retold
    )
    events = occurred(pipeline, text, "2020-10-22")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_extract_retelling_troops_arriving_at_the_event_are_part_of_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen attacked a police post in Witu on Sunday, killing two officers. Army "
        "reinforcements arrived in the area shortly afterwards."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, "2024-06-19")]
    assert "Other" not in kinds


def test_extract_retelling_troops_sent_elsewhere_on_another_day_are_their_own(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen attacked a police post in Witu on Sunday, killing two officers.\n\n"
        "On Tuesday, about 300 soldiers were deployed to Lamu to reinforce the border."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, "2024-06-19")]
    assert "Other" in kinds


def test_extract_retelling_a_toll_lead_joins_the_happening_told_after_it(
    pipeline: Pipeline,
) -> None:
    # The lead gives the latest count and the day it was given; the next paragraph tells the
    # attack and its day. One attack, on its own day, at its own town, with the latest count.
    text = (
        "The death toll from the attack on a wedding hall in northern Iraq rose to 31 on Monday, "
        "health officials said.\n\n"
        "Gunmen burst into the hall in the town of Tal Afar on Saturday night, "
        "shooting at guests before they fled, witnesses said. Officials had said on Sunday that "
        "19 people had been killed."
    )
    attacks = [e for e in occurred(pipeline, text, "2024-02-13") if e.sub_event_type == "Attack"]
    assert [(e.location, e.event_date, e.fatalities) for e in attacks] == [
        ("Tall \u2018Afar", "2024-02-10", 31)
    ]


def test_extract_retelling_a_toll_with_a_day_of_its_own_stays(pipeline: Pipeline) -> None:
    # "the toll of Friday's bombing" in a report that then tells a new attack on Monday.
    text = (
        "The death toll from Friday's bombing of a market in Kabul rose to 14, officials said "
        "on Monday.\n\n"
        "On Monday, gunmen shot dead two police officers at a checkpoint in Jalalabad."
    )
    events = occurred(pipeline, text, "2024-02-13")
    assert len(events) == 2


def test_extract_retelling_the_looters_told_again(pipeline: Pipeline) -> None:
    text = (
        "Gangs looted shops and a mall in Durban on Monday. Police arrived after the looters "
        "had left, and no injuries were reported."
    )
    lootings = [
        e
        for e in occurred(pipeline, text, "2021-07-14")
        if e.sub_event_type == "Looting/property destruction"
    ]
    assert len(lootings) == 1 and not (lootings[0].actor1 or "").startswith("Police")


def test_extract_retelling_a_long_toll_sentence_is_the_shellings(pipeline: Pipeline) -> None:
    text = (
        "Army artillery on Monday shelled the rebel-held town of Rastan on the Homs-Hama "
        "highway. A woman was killed when a shell hit her house in Rastan, the Observatory said."
    )
    events = occurred(pipeline, text, "2013-05-21")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", 1)
    ]


def test_extract_retelling_troops_fought_back_after_the_ambush_was_told_again(
    pipeline: Pipeline,
) -> None:
    text = (
        "Jihadist gunmen ambushed an army supply convoy outside Ke-Macina, Mali, on Sunday, "
        "killing five soldiers.\n\n"
        "The convoy was carrying fuel when men on motorbikes opened fire from the scrub. Troops "
        "fought back and killed about ten attackers, the army said.\n\n"
        "A day after the ambush, a minibus struck a mine on a dirt road outside Markala, killing "
        "four passengers."
    )
    events = occurred(pipeline, text, "2019-03-12")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Armed clash", "K\u00e9-Macina"),
        ("Remote explosive/landmine/IED", "Markala"),
    ]
    assert events[0].actor1 == "Unidentified Armed Group (Mali)"


def test_extract_retelling_the_fighting_is_not_the_killings_after_it(pipeline: Pipeline) -> None:
    text = (
        "Soldiers went from house to house in Finote Selam on Tuesday and shot dead at least 38 "
        "civilians, hours after militiamen had attacked the town, residents said.\n\n"
        "The fighting began before dawn, when the militiamen attacked the army camp near the "
        "stadium. It went on until ten in the morning."
    )
    subs = sorted(e.sub_event_type for e in occurred(pipeline, text, "2024-02-01"))
    assert subs == ["Armed clash", "Attack"]


def test_extract_retelling_a_count_of_dead_then_the_fighting_is_a_fight(
    pipeline: Pipeline,
) -> None:
    text = (
        "At least four more people have been killed in raging armed conflict between Borana "
        "and Somali herders along the Isiolo-Garissa border. The fighting took place in Tana "
        "village north of Garba Tula on Saturday."
    )
    (fight,) = occurred(pipeline, text, "2011-09-12")
    assert (fight.sub_event_type, fight.fatalities) == ("Armed clash", 4)


@pytest.mark.parametrize(
    "text",
    [
        # the attackers of the event just told, as a pronoun
        "Late on Sunday, militants attacked a police post on the outskirts of Kohat. Officers "
        "fought them off for more than an hour, police said, and two constables and three "
        "attackers were killed.",
        # what the strike dropped
        "On Monday, army warplanes bombed RSF positions in the Kafouri district of Bahri. "
        "Residents said several bombs hit homes near the positions, killing seven civilians.",
    ],
)
def test_extract_retelling_the_same_fight_or_strike_told_on(pipeline: Pipeline, text: str) -> None:
    assert len(occurred(pipeline, text, "2026-02-18")) == 1


def test_the_dead_of_the_explosions_are_the_bombings_not_the_raid_beside_it(
    pipeline: Pipeline,
) -> None:
    # "by the explosions" names the blasts told before, not the storming told beside them;
    # "suicide bombers of ISIS" are the group's own, and "the bloodiest day that the city
    # has known since the war began" is no habit.
    text = (
        "Three suicide bombers of ISIS blew themselves up on Wednesday morning in the market of "
        "Qamishli, while other cells of the group stormed villages outside the city, in the "
        "bloodiest day that the city has known since the war began.\n\n"
        "The health directorate said 31 people were killed in the city by the explosions, not "
        "counting the bombers."
    )
    events = occurred(pipeline, text, "2018-07-26")
    bombings = [(e.actor1, e.fatalities) for e in events if e.sub_event_type == "Suicide bomb"]
    assert bombings == [("Islamic State", 34)]


def test_the_dead_of_the_blasts_told_in_a_long_sentence_are_the_bombings(
    pipeline: Pipeline,
) -> None:
    text = (
        "Al Shabaab suicide bombers drove two explosives-laden cars into the gates of a hotel in "
        "Kismayo on Friday, police said.\n\n"
        "The first car exploded at the outer barrier of the hotel and the second minutes later. A "
        "police spokesman said the two drivers and at least 11 people, most of them hotel staff "
        "and street vendors, were killed by the blasts."
    )
    events = occurred(pipeline, text, "2023-12-30")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_the_same_fight_told_from_the_other_side_is_one(pipeline: Pipeline) -> None:
    """The attack on the base, then "Soldiers and fighters exchanged fire": the second
    sentence names only the army and leaves the attackers unnamed; one clash."""
    text = (
        "MOGADISHU, Somalia (Horn Desk Wire) — Late on Tuesday, Al Shabaab militants attacked "
        "the army base in Wanlaweyn. Soldiers and fighters exchanged fire for about two hours "
        "before the attackers pulled back, an army officer said. He said four soldiers had been "
        "killed."
    )
    events = occurred(pipeline, text, "2016-03-02")
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [
        ("Armed clash", "Al Shabaab", "Wanlaweyn")
    ]


def test_retelling_the_attackers_told_again_with_their_hour(pipeline: Pipeline) -> None:
    """ "The attackers arrived at about 11pm on Monday", after an "overnight attack" told on
    Tuesday: the same attack, one event with its toll."""
    text = (
        "Gunmen killed 12 people in an overnight attack on Bokkos village in Nigeria's Plateau "
        "state, police said on Tuesday.\n\nThe attackers arrived on motorcycles at about 11pm "
        "on Monday and opened fire on residents, a police spokesman said."
    )
    events = occurred(pipeline, text, "2024-05-14")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 12)]


def test_retelling_the_following_night_is_another_happening(pipeline: Pipeline) -> None:
    # a death "the following night", beside "the crowd", is no part of the crowd told before
    text = (
        "On Wednesday night young men in Ma'an blocked the desert highway with burning tyres "
        "and threw stones at gendarmes, who fired tear gas.\n\n"
        "The following night a deputy police director was shot dead near Al-Husseiniyah, as "
        "his unit moved to reopen a road. The directorate said the shots came from 'outlaws' "
        "among the crowd."
    )
    events = occurred(pipeline, text, "2022-12-18")
    deaths = {e.event_date: e.fatalities for e in events}
    assert deaths.get("2022-12-15") == 1 and not deaths.get("2022-12-14")
