"""Reports of an attack on a base or a town: who attacked whom, who claimed it later, what
the communique's words count, and a next day that is past, not planned."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.extract.fatalities import fatalities_in
from eventatlas.pipeline import Pipeline

PUBLISHED = "2022-05-11"  # a Wednesday


def test_what_was_attacked_is_the_target_not_the_attacker(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Jihadist fighters attacked a gendarmerie training school and the military part of the "
        "airport in Bamako before dawn on Tuesday, killing dozens of people.",
        PUBLISHED,
    )
    assert events
    assert events[0].actor1 == "Unidentified Armed Group (Mali)"


def test_a_claim_paragraphs_later_names_the_attackers(pipeline: Pipeline) -> None:
    text = (
        "The army detachment of Bourzanga was the target on Sunday morning of an attack by "
        "armed terrorist individuals, the general staff said.\n\n"
        "The soldiers resisted for several hours.\n\n"
        "The president promised to reverse the situation within five months.\n\n"
        "The attack was claimed on Monday by the Group for the Support of Islam and Muslims "
        "(JNIM)."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert events
    assert events[0].actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_a_car_driven_full_of_explosives_is_a_suicide_bombing_its_claimant_did(
    pipeline: Pipeline,
) -> None:
    text = (
        "CHABAHAR (Gulf Agency) – Two policemen were killed on Tuesday morning when a terrorist "
        "drove a car loaded with explosives towards the gate of the police command in Chabahar, "
        "Iran.\n\n"
        "The guards opened fire on the vehicle before it could enter the compound.\n\n"
        "A group calling itself Ansar al-Furqan claimed the crime in a statement."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert (event.sub_event_type, event.actor1) == ("Suicide bomb", "Ansar al-Furqan")


def test_pamphlets_signed_by_a_group_and_its_units_boast_name_the_doers(
    pipeline: Pipeline,
) -> None:
    text = (
        "CAÑETE, Chile (Southern Wire) — Hooded men set fire to seven logging trucks at a "
        "forestry site outside Collipulli on Saturday. Pamphlets left at the scene were signed "
        "by the Weichan Auka Mapu.\n\n"
        "Late on Friday, gunmen opened fire on a Carabineros patrol outside Contulmo. The "
        'Coordinadora Arauco-Malleco said on Sunday that one of its units had "repelled a '
        'police incursion".'
    )
    actors = {e.location: (e.actor1, e.actor2) for e in occurred(pipeline, text, "2026-01-19")}
    assert actors["Collipulli"][0] == "WAM: Weichan Auka Mapu"
    assert actors["Contulmo"] == ("CAM: Arauco-Malleco Coordinator", "Police Forces of Chile")


def test_a_group_that_boasts_of_the_killing_is_the_attacker(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked an army post near Kandi in northern Benin on Sunday, killing four "
        "soldiers.\n\nJNIM said in a statement that it had killed 20 soldiers."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert [e.actor1 for e in events] == ["JNIM: Group for Support of Islam and Muslims"]


def test_a_group_that_boasts_of_its_operation_is_the_attacker(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber drove a car packed with explosives into the gate of an army camp "
        "outside Baidoa on Monday, killing two soldiers.\n\nAl Shabaab said in a statement "
        'that its "martyrdom operation" had killed dozens.'
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert [e.actor1 for e in events] == ["Al Shabaab"]


def test_the_police_who_shot_a_bomber_did_not_blow_themselves_up(pipeline: Pipeline) -> None:
    text = (
        "Two attackers drove a van to the gate of the interior ministry in Ankara on Sunday. "
        "One blew himself up at the gate and the other was shot dead by police."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Suicide bomb", "Unidentified Armed Group (Turkey)", "Police Forces of Turkey")
    ]
    # an unidentified armed group is a political militia (inter 3), as everywhere else
    assert [(e.inter1, e.inter2) for e in events] == [(3, 1)]


def test_the_police_who_report_an_attack_did_not_fight_it(pipeline: Pipeline) -> None:
    events = occurred(pipeline, "Gunmen attacked Eldoret on Monday, police said.", PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    ]


def test_the_next_day_in_a_story_is_past(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Gunmen attacked an army post near Kaya on Sunday. The next day, Monday, unidentified "
        "armed men killed nine civilians in a village of the commune of Pissila.",
        PUBLISHED,
    )
    assert any(e.location == "Pissila" and e.fatalities == 9 for e in events)


def test_a_communique_counts_its_losses() -> None:
    found = fatalities_in("The communique deplores the loss of seven soldiers and four gendarmes.")
    assert found is not None and found.count == 11
    assert fatalities_in("The loss of 20 homes was reported.") is None
    # "neutralised" may be killed or captured: the conservative count leaves it out.
    assert fatalities_in("About thirty terrorists were neutralised.") is None


def test_a_state_named_for_its_forces(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Ukraine launched one of its biggest drone attacks on the Moscow region overnight, "
        "killing a woman in Ramenskoye.",
        "2024-09-10",
    )
    assert events and events[0].actor1 == "Military Forces of Ukraine"
    # A country in brackets qualifies a name; it does not act.
    events = occurred(
        pipeline,
        "An unidentified armed group (Kenya) attacked Lupida village and robbed its people.",
        "2019-05-10",
    )
    assert events and events[0].actor1 == "Unidentified Armed Group (Kenya)"


def test_a_gang_report_keeps_its_three_events(pipeline: Pipeline) -> None:
    text = (
        "PORT-AU-PRINCE, April 14 (Caribbean Courier) - Gunmen of the Gran Grif gang killed at "
        "least 14 people in Verrettes at the weekend, local officials said.\n\n"
        "On Sunday, a drone operated by a police task force struck a house used by gang members "
        "in the Bel Air district of Port-au-Prince, killing six of them, the police said.\n\n"
        "On Monday in Saint-Marc, residents seized two young men they accused of spying for the "
        "gang, beat them and burned their bodies in the street."
    )
    events = occurred(pipeline, text, "2026-04-14")
    kinds = {e.sub_event_type: e for e in events}
    assert set(kinds) == {"Attack", "Air/drone strike", "Mob violence"}
    assert kinds["Attack"].actor1 == "Gran Grif Gang"
    assert kinds["Attack"].fatalities == 14
    assert kinds["Air/drone strike"].actor1 == "Police Forces of Haiti"


def test_what_a_clause_says_of_the_enemy_leaves_the_event_occurred(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Rwandan and Mozambican troops recaptured the port town of Mocimboa da Praia on Sunday, "
        "in the biggest success so far against the militants who have terrorised Cabo Delgado "
        "province since 2017.",
        "2021-08-10",
    )
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_a_body_watched_over_is_no_death_of_the_attack() -> None:
    found = fatalities_in(
        "At least 24 persons were killed in an attack on a funeral wake. The assailants "
        "surrounded the house where the family was watching over the body of an old woman."
    )
    assert found is not None and found.count == 24


def test_the_answer_to_an_attack_is_part_of_it(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Rebel fighters attacked the police station in Dera on Monday, killing five officers. "
        "Police fought back for about two hours.",
        "2024-12-03",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].fatalities == 5


def test_a_raid_that_only_made_arrests_is_the_arrests(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Before dawn on Wednesday, police raided the homes of opposition leaders in Rawalpindi "
        "and arrested 60 people.",
        "2024-11-27",
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]
    # A raid that killed is the attack, whatever arrests followed.
    events = occurred(
        pipeline,
        "Police raided a house in Rawalpindi on Wednesday, shot dead two men and arrested three.",
        "2024-11-27",
    )
    assert "Arrests" not in [e.sub_event_type for e in events]


def test_a_toll_that_rose_later_in_the_report_counts(pipeline: Pipeline) -> None:
    text = (
        "Suicide bombers struck a wedding and a hospital in the town of Gwoza on Saturday, "
        "killing at least 18 people, the emergency agency said.\n\n"
        "Police blamed the jihadist group Boko Haram.\n\n"
        "On Sunday afternoon the agency said the death toll had risen to 32."
    )
    events = occurred(pipeline, text, "2024-06-30")
    # the risen toll, and the bombers (at least two), who died too
    assert events[0].fatalities == 32 + 2
    assert events[0].actor1 == "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"


def test_drones_backing_an_assault_are_part_of_it(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Azerbaijani infantry backed by drones attacked Karabakh positions around Askeran on "
        "Tuesday.",
        "2023-09-21",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Armed clash", "Military Forces of Azerbaijan")
    ]


def test_missiles_told_after_the_lead_are_the_leads_state(pipeline: Pipeline) -> None:
    text = (
        "KYIV - Russia fired dozens of missiles at cities across Ukraine on Monday, killing at "
        "least 41 people, officials said.\n\n"
        "In Kryvyi Rih, in central Ukraine, a missile hit an industrial site and the street next "
        "to it, killing 10 people, the regional governor said."
    )
    events = occurred(pipeline, text, "2024-07-09")
    assert {e.actor1 for e in events} == {"Military Forces of Russia"}


def test_tear_gas_grenades_dropped_on_trenches_are_a_chemical_weapon(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Russian troops dropped grenades filled with tear gas from drones on Ukrainian trenches "
        "near Orikhiv on Wednesday.",
        "2024-04-12",
    )
    assert [e.sub_event_type for e in events] == ["Chemical weapon"]


def test_a_group_that_says_its_unit_did_it_is_the_actor(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "BOGOTA - Colombia's ELN rebel group said on Thursday that one of its units had "
        "kidnapped the father of a football star in the northern town of Barrancas.",
        "2023-11-03",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Abduction/forced disappearance", "ELN: National Liberation Army")
    ]


def test_hostages_held_at_gunpoint_and_flash_bangs(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "Masked gunmen burst into the studios of a television channel in Guayaquil on Tuesday "
        "and held presenters and staff at gunpoint.",
        "2024-01-10",
    )
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    events = occurred(
        pipeline,
        "Police fired rubber bullets and flash-bang grenades at protesters in Los Angeles on "
        "Sunday.",
        "2025-06-09",
    )
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_the_day_a_toll_rose_yields_to_the_day_of_the_act(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "The death toll from the bombing of a market in Quetta rose to 30 on Sunday, officials "
        "said. The bombing on Friday evening targeted shoppers near the main mosque.",
        "2024-03-24",  # a Sunday
    )
    assert [e.event_date for e in events] == ["2024-03-22"]


def test_the_day_a_kidnapping_was_admitted_yields_to_the_day_it_happened(
    pipeline: Pipeline,
) -> None:
    text = (
        "BOGOTA - The ELN rebel group said on Thursday that one of its units had kidnapped the "
        "father of a football star in the northern town of Barrancas.\n\n"
        "Luis Manuel Diaz and his wife were taken on Saturday afternoon by men on motorcycles "
        "at a petrol station in Barrancas."
    )
    events = occurred(pipeline, text, "2023-11-03")  # a Friday
    assert [e.event_date for e in events] == ["2023-10-28"]


@pytest.mark.parametrize(
    ("text", "police"),
    [
        (
            "The ministry said 18 people had been arrested in Kasserine on Tuesday morning.",
            "Police Forces of Tunisia",
        ),
        # named as ACLED names the state ("of the United States")
        (
            "Officials said 18 people had been arrested in Portland, Oregon, on Tuesday morning.",
            "Police Forces of the United States",
        ),
    ],
)
def test_an_arrest_nobody_is_said_to_have_made_is_the_polices(
    pipeline: Pipeline, text: str, police: str
) -> None:
    assert [e.actor1 for e in occurred(pipeline, text, PUBLISHED)] == [police]


def test_the_group_blamed_in_the_paragraph_after_the_lead(pipeline: Pipeline) -> None:
    lead = (
        "Three police officers were killed on Monday when their vehicle hit a roadside bomb "
        "outside Mandera, police said.\n\n"
        "The officers were escorting a water tanker to a police camp, the county commander said. "
        "He blamed Al Shabaab, whose fighters cross the border from Somalia."
    )
    (bomb,) = occurred(pipeline, lead, PUBLISHED)
    assert bomb.actor1 == "Al Shabaab"
    # A blame in a later paragraph is about the events told there, not the one before.
    later = (
        "Gunmen attacked a bus near Mandera on Sunday, killing two passengers, police said.\n\n"
        "Late on Monday, unidentified men hurled a grenade at a house in Elwak. No one was hurt."
        "\n\nElders denied that Garre militiamen were behind the bus attack, saying the clan was "
        "being falsely blamed."
    )
    grenade = [e for e in occurred(pipeline, later, PUBLISHED) if e.sub_event_type == "Grenade"]
    assert [e.actor1 for e in grenade] == ["Unidentified Armed Group (Kenya)"]


def test_attack_reports_arrests_made_for_an_earlier_attack(pipeline: Pipeline) -> None:
    """ "arrested four men on Sunday for sheltering the gunmen who attacked ... on 12
    October": two events, each with its own day, doer and dead."""
    text = (
        "Police in Baramulla said they had arrested four men on Sunday for giving shelter to "
        "the gunmen who attacked a bus depot at Pattan on 12 October, when five drivers were "
        "shot dead."
    )
    found = {
        e.sub_event_type: (e.actor1, e.event_date, e.fatalities)
        for e in occurred(pipeline, text, "2024-11-05")
    }
    assert found["Arrests"][0] == "Police Forces of India"
    assert found["Arrests"][1] == "2024-11-03"
    assert not found["Arrests"][2]  # the five dead are the attack's
    assert found["Attack"] == ("Unidentified Armed Group (India)", "2024-10-12", 5)


def test_attack_reports_who_arrested_did_not_attack(pipeline: Pipeline) -> None:
    text = "Police arrested two men in Kisii after the attack that killed nine people at a bar."
    found = {e.sub_event_type: e.actor1 for e in occurred(pipeline, text, "2024-11-05")}
    assert found == {
        "Arrests": "Police Forces of Kenya",
        "Attack": "Unidentified Armed Group (Kenya)",
    }
