"""What a report tells around an event (its headline, arrests, later tolls, what was feared,
listed or decided) joins that event or is no event; a new happening stays its own."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.event import Event
from eventatlas.pipeline import Pipeline

PUBLISHED = "2024-03-13"  # a Wednesday


def kinds(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize(
    ("headline", "lead", "kind"),
    [
        (
            "Rebels burn school, kill two builders near Timika",
            "TIMIKA, Indonesia - Fighters of the West Papua National Liberation Army shot dead "
            "two construction workers in a village outside Timika on Saturday, the military said.",
            "Attack",
        ),
        (
            "Roadside bomb kills police officers on Lamu road",
            "WITU, Kenya - A roadside bomb destroyed a police vehicle near Witu on Monday, "
            "killing four officers, police said.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_extract_aftermath_headline_joins_the_story(
    pipeline: Pipeline, headline: str, lead: str, kind: str
) -> None:
    events = occurred(pipeline, f"{headline}\n\n{lead}", PUBLISHED)
    assert kinds(events) == [kind]
    assert events[0].event_date != PUBLISHED  # the body's day, not the headline's


def test_extract_aftermath_an_updates_summary_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    # "Highlights:" sums up the items below; only the items are events
    text = (
        "Highlights: fighting around Sake; new displacement south of Lubero; reports of sexual "
        "violence near Minova.\n\n"
        "On 2 March, the M23 and Wazalendo fighters clashed in Sake, killing four."
    )
    events = occurred(pipeline, text, "2026-03-05")
    assert kinds(events) == ["Armed clash"]


def test_extract_aftermath_headline_above_a_byline_joins_the_story(pipeline: Pipeline) -> None:
    # the headline on a line of its own, with the byline under it in the same paragraph
    text = (
        "Army jets bomb Kale village, kill seven\n"
        "Translated from the Burmese by our staff\n\n"
        "Two jets of the military bombed a village of Kale Township on Friday morning, killing "
        "seven villagers, residents said."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert kinds(events) == ["Air/drone strike"]


def test_extract_aftermath_headline_alone_is_still_an_event(pipeline: Pipeline) -> None:
    events = occurred(pipeline, "Gunmen kill three in Kaduna village\n\nMore follows.", PUBLISHED)
    assert kinds(events) == ["Attack"]


@pytest.mark.parametrize(
    "arrests",
    [
        "Police said 12 people were detained after the unrest and four officers were injured.",
        "The interior ministry said on Wednesday that 107 people had been detained during "
        "the night.",
    ],
)
def test_extract_aftermath_crowd_arrests_belong_to_the_protest(
    pipeline: Pipeline, arrests: str
) -> None:
    protest = (
        "Protesters threw stones at police and set fire to barricades outside parliament in "
        "Tbilisi on Tuesday night, police said."
    )
    events = occurred(pipeline, f"{protest}\n\n{arrests}", PUBLISHED)
    assert kinds(events) == ["Violent demonstration"]


def test_extract_aftermath_named_arrests_stay_their_own(pipeline: Pipeline) -> None:
    text = (
        "A roadside bomb killed four police officers near Witu on Monday, police said.\n\n"
        "Police said on Tuesday they had arrested three men in Witu suspected of planting it."
    )
    assert kinds(occurred(pipeline, text, PUBLISHED)) == [
        "Remote explosive/landmine/IED",
        "Arrests",
    ]


def test_extract_aftermath_toll_paragraphs_later_joins_the_raid(pipeline: Pipeline) -> None:
    text = (
        "Insurgents raided a village near Tandahimba on Sunday night, killing three residents, "
        "police said.\n\n"
        "The attackers came at about 10 p.m. and left before dawn with food and phones.\n\n"
        "Residents said they counted four dead, including a village chairman."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert kinds(events) == ["Attack"]
    assert events[0].fatalities == 3


def test_extract_aftermath_then_is_the_same_mob(pipeline: Pipeline) -> None:
    text = (
        "A crowd of villagers beat and burned to death two elderly men accused of witchcraft "
        "outside Kisii town on Thursday, police said. The men were dragged from their homes. "
        "Villagers then set fire to the men's houses."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert kinds(events) == ["Mob violence"]
    assert events[0].fatalities == 2


def test_extract_aftermath_strike_during_a_raid_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "Israeli forces raided the Jenin refugee camp on Tuesday, fighting Palestinian gunmen "
        "for several hours, and three Palestinians were killed, the health ministry said.\n\n"
        "During the raid, an Israeli drone fired a missile at a group of gunmen in Jenin, "
        "killing one of them, the military said."
    )
    assert sorted(kinds(occurred(pipeline, text, PUBLISHED))) == ["Air/drone strike", "Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        # feared, decided, defied: not what happened
        "Senegal's bonds rose on Wednesday, easing fears of a drawn-out battle over the result.",
        "The EU criticised the government's decision to suspend talks on membership.",
        # "riot police" names no riot, "fighting for" no fight
        "Riot police stood guard outside the stadium in Tbilisi on Tuesday.",
        "The mayor of Mombasa said he was fighting for the city's budget.",
        # a curfew the state imposes is its rule, not an event
        "The federal government imposed a curfew in Kirkuk on Tuesday.",
        # statistics and habits
        "The ministry publishes weekly figures of weapons seized and suspects detained.",
        "The attorney general said 749 people had been arrested nationwide since the vote.",
        "Students have organised protests across Serbia for months.",
        "Fighting in Amhara erupted last month after the government moved to disband militias.",
    ],
)
def test_extract_aftermath_no_event(pipeline: Pipeline, text: str) -> None:
    assert occurred(pipeline, text, PUBLISHED) == []


def test_extract_aftermath_arms_listed_in_a_seizure(pipeline: Pipeline) -> None:
    text = (
        "Algerian soldiers seized a cache of weapons including rocket-propelled grenades, "
        "machine guns and ammunition near Tamanrasset on Monday, the ministry said."
    )
    assert kinds(occurred(pipeline, text, PUBLISHED)) == ["Disrupted weapons use"]


def test_extract_aftermath_rally_attacked_is_no_protest(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber blew himself up at an election rally in Dera Ismail Khan on Tuesday, "
        "killing 14 people, police said."
    )
    assert kinds(occurred(pipeline, text, PUBLISHED)) == ["Suicide bomb"]


def test_extract_aftermath_blamed_group_is_the_bomber(pipeline: Pipeline) -> None:
    text = (
        "A roadside bomb destroyed a police vehicle near Witu on Monday, killing four officers, "
        "Kenyan police said, blaming the Somali militant group al Shabaab."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert event.actor1 == "Al Shabaab"
    assert "Al Shabaab" not in (event.assoc_actor_2 or "")


def test_extract_aftermath_one_of_the_dead_is_no_new_toll(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded outside a market in Tak Bai on Tuesday, killing two people and "
        "wounding 11, police said. One of the dead was a ranger. A police spokesman said most "
        "of the dead were traders, among them a fruit seller."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert event.fatalities == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A monitoring mission observed a total of 24 shots involving small arms near Marinka.",
            "Armed clash",
        ),
        (
            "The mission observed a total of 107 projectiles/explosions/shots/bursts of fire "
            "involving small arms near Avdiivka.",
            "Armed clash",
        ),
        (
            "The mission observed a total of 9 projectiles involving unknown weapons near Znamyanka.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Gang members approached the patrol in Teotepeque and started shooting; the police "
            "shot back.",
            "Armed clash",
        ),
        (
            "Unidentified people wielding machetes destroyed a candidate's billboards in Nyeri.",
            "Looting/property destruction",
        ),
        (
            "Maasai herders speared a Kikuyu man who strayed into their grazing land near Narok.",
            "Attack",
        ),
        (
            "Taliban militants pounded a military base in Andar district, Ghazni, officials said.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_extract_aftermath_terse_notes_name_their_event(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    assert kind in kinds(occurred(pipeline, text, PUBLISHED))


def test_extract_aftermath_mortars_in_an_exchange_of_fire_are_the_fight(
    pipeline: Pipeline,
) -> None:
    text = (
        "Azerbaijani forces opened fire with small arms and mortars on Armenian positions near "
        "Sotk on Monday, and Armenian units returned fire, the ministry said."
    )
    assert kinds(occurred(pipeline, text, PUBLISHED)) == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Suspected al Shabaab militants detonate an explosive at a police building in Garissa.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Shops at Gorofani market are set alight by unknown people.",
            "Looting/property destruction",
        ),
        (
            "Police officers in Kangemi flogged voters who were not forming straight lines.",
            "Attack",
        ),
        (
            "Residents protesting the killing of a farmer engaged police in running battles in "
            "Sironi for most of Wednesday.",
            "Violent demonstration",
        ),
        (
            "Tourism workers in Uberlandia held a motorcade on Wednesday to press for tax relief.",
            "Peaceful protest",
        ),
    ],
)
def test_extract_aftermath_more_ways_to_tell_an_event(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    assert kind in kinds(occurred(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police attack villagers in Kwale following an MRC attack on a police post.", "Attack"),
        (
            "MRC members kill a civilian in Kwale they suspected had betrayed them to police.",
            "Attack",
        ),
        ("Three armed men shot at a car wash in Chilpancingo on Monday.", "Attack"),
        (
            "Gunmen attacked a chief police officer in Ensenada on Monday; the officer died.",
            "Armed clash",
        ),
    ],
)
def test_extract_aftermath_who_was_shot_at(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kinds(occurred(pipeline, text, PUBLISHED))[:1] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday residents of Mar del Plata held a pot-banging protest against the release "
        "of prisoners, after riots in the country's prisons in the previous week.",
        "Youths on Wednesday stormed the Milimani Law Courts in Nairobi to demand an "
        "explanation from the Chief Justice.",
    ],
)
def test_extract_aftermath_a_peaceful_crowd(pipeline: Pipeline, text: str) -> None:
    assert kinds(occurred(pipeline, text, PUBLISHED)) == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Al Shabaab lines up and executes 15 farmers by firing squad in Mado Gashi.", "Attack"),
        (
            "Police and NSS personnel beat IDPs trying to leave the camp in Malakal on Monday.",
            "Attack",
        ),
        ("Youth stone a suspected thief to death in Kisumu.", "Mob violence"),
        (
            "Taxi bike riders burnt one vehicle in Bafoussam on Friday after a colleague died.",
            "Looting/property destruction",
        ),
        ("A member of the GSU is shot by bandits near Baragoi.", "Armed clash"),
    ],
)
def test_extract_aftermath_present_tense_and_passive_notes(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    assert kind in kinds(occurred(pipeline, text, PUBLISHED))


def test_extract_aftermath_residents_blaming_is_no_mob(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed four people in Djibo on Sunday. Residents blamed the attack on fighters "
        "of JNIM, which is active in the area."
    )
    assert kinds(occurred(pipeline, text, PUBLISHED)) == ["Attack"]


def test_extract_aftermath_grenades_filled_with_a_toxic_chemical(pipeline: Pipeline) -> None:
    text = (
        "Russian forces dropped grenades filled with a toxic chemical on Ukrainian positions "
        "near Kupiansk on Monday, forcing soldiers to be evacuated, the brigade said."
    )
    assert kinds(occurred(pipeline, text, PUBLISHED)) == ["Chemical weapon"]


def test_extract_aftermath_counts_of_the_year_so_far_are_background(pipeline: Pipeline) -> None:
    text = (
        "The ministry says it arrested more than 50 people accused of supporting armed groups "
        "in the first half of the year."
    )
    assert occurred(pipeline, text, PUBLISHED) == []


def test_extract_aftermath_another_sources_count_is_the_same_event(pipeline: Pipeline) -> None:
    text = (
        "Air strike kills eight villagers near Isa, residents say\n\n"
        "By a correspondent in Sokoto\n\n"
        "Eight villagers were killed on Sunday when military aircraft bombed two hamlets in Isa "
        "Local Government Area of Sokoto State, residents said.\n\n"
        "The bombs hit the hamlets at dawn, when farmers were leaving for their fields, a "
        "resident said.\n\n"
        "The state government said in a statement that nine people had been killed and called "
        "on the military to investigate."
    )
    events = occurred(pipeline, text, "2024-12-24")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 8)]


@pytest.mark.parametrize(
    "text",
    [
        # a weak trigger ("fired upon") whose deaths name the event, before a strong arrest
        "On 2 March 2024, a soldier fired upon a family in a village outside Dilling (South "
        "Kordofan state), killing a father and his son and wounding three relatives. Why he "
        "fired is not known; the soldier has reportedly been apprehended.",
        # "a suspect has been arrested" after the act the report tells
        "On 9 March 2024, a group of men armed with machetes broke into a technical college "
        "in Kakamega, attacking and raping at least five students. A suspect has been "
        "arrested.",
        # arrests "in relation to the killing" follow the event the report is about
        "On 4 March 2024, gunmen shot and killed a shopkeeper who was sitting outside his shop "
        "in Garissa town. Police conducted a search operation and arrested several people in "
        "relation to the killing.",
    ],
)
def test_extract_aftermath_the_killing_outranks_the_arrests_after_it(
    pipeline: Pipeline, text: str
) -> None:
    events = occurred(pipeline, text, PUBLISHED)
    top = max(events, key=lambda e: e.confidence)
    assert top.sub_event_type in ("Attack", "Sexual violence")
    assert top.fatalities or top.sub_event_type == "Sexual violence"
    assert any(e.sub_event_type == "Arrests" for e in events)


def test_extract_aftermath_arrests_told_as_another_act_the_same_day(pipeline: Pipeline) -> None:
    text = (
        "On Monday, army artillery in Pyay fired more than 30 shells into villages east of the "
        "town, killing an old woman. The same day soldiers arrested about 15 young men at the "
        "Pyay bus station, accusing them of links with the resistance, residents said."
    )
    kinds_found = sorted(e.sub_event_type for e in occurred(pipeline, text, PUBLISHED))
    assert kinds_found == ["Arrests", "Shelling/artillery/missile attack"]


def test_extract_aftermath_goods_taken_rank_below_the_people_taken(pipeline: Pipeline) -> None:
    text = (
        "On 6 March 2024, ADF militiamen kidnapped two farmers during an incursion into a "
        "village near Beni. The assailants also stole five goats."
    )
    events = {e.sub_event_type: e.confidence for e in occurred(pipeline, text, PUBLISHED)}
    assert events["Abduction/forced disappearance"] > events["Looting/property destruction"]
