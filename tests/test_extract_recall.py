"""Short reports still give their event: headline tenses, lone acts, who acted, the outlet's country."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.extract.outlets import outlet_country
from eventatlas.pipeline import Pipeline
from eventatlas.settings import Settings


def occurred(pipeline: Pipeline, text: str, source: str | None = None) -> list[Event]:
    article = Article("t", text, published="2021-06-10", source=source)
    return [e for e in pipeline.run_one(article).events if e.modality == "occurred"]


def only(pipeline: Pipeline, text: str, source: str | None = None) -> Event:
    events = occurred(pipeline, text, source)
    assert len(events) == 1, [(e.sub_event_type, e.evidence.text) for e in events]
    return events[0]


# (report, the one sub-event type it gives) -- headline tenses and plain phrasings.
# fmt: off
ONE_EVENT = [
    ("Police in Kisumu arrest three men over the torching of a polling station.", "Arrests"),
    ("Pupils find an unexploded mortar shell near their school in Gulu.", "Disrupted weapons use"),
    # a crowd's destruction is a riot (ACLED's Riots), an armed group's is looting/destruction
    ("Party supporters damaged property at the tallying centre in Eldoret.", "Violent demonstration"),
    ("Gunmen torched a school and looted shops in Tora.", "Looting/property destruction"),
    ("Students at a secondary school in Nyeri went on rampage over exam fees.", "Violent demonstration"),
    ("The army bombed rebel camps in the forest east of Beni.", "Air/drone strike"),
    ("The air force targeted militant hideouts near Sirte.", "Air/drone strike"),
    ("Police in Lahore dispersed a crowd of traders with batons.", "Protest with intervention"),
    ("Unknown men petrol bomb a family's house in Kakamega.", "Attack"),
    ("Workers blocked the highway outside Mombasa to demand their unpaid wages.", "Peaceful protest"),
    ("Teachers protesting unpaid wages in Kisii were injured in a stampede.", "Violent demonstration"),
    ("A headless body was dumped near the market in Kakamega.", "Attack"),
    ("Militants took control of the village of Tinzaouaten and raised their flag.",
     "Non-violent transfer of territory"),
    ("Two bombs exploded in buses on the highway outside Nairobi on Friday.",
     "Remote explosive/landmine/IED"),
    ("Three journalists were severely beaten by soldiers in Goma on Friday.", "Attack"),
    ("Police exchange fire with cattle raiders near Baragoi.", "Armed clash"),
    ("Villagers lynch a suspected thief in Kisii.", "Mob violence"),
    ("Villagers lynched a suspected thief in Kisii.", "Mob violence"),
    # A crowd's violence with no demand told is a mob's; a riot or a demand makes it a demonstration.
    ("Migrant workers threw stones at police at a checkpoint in Surat.", "Mob violence"),
    ("Migrant workers threw stones at police in Surat to demand buses home.", "Violent demonstration"),
    ("Students rioted and smashed windows at a college in Nakuru.", "Violent demonstration"),
    ("Residents blocked the road with burning objects in Manaus over water cuts.",
     "Violent demonstration"),
    # Armed men named before an active verb did it; armed men after it were its target.
    ("Pokot militia kill 3 herders in Turkana.", "Attack"),
    ("Suspected Islamist militants attacked the village of Napula in Macomia.", "Attack"),
    ("Four police officers were killed in an ambush in Kapedo.", "Armed clash"),
    ("Al Shabaab militants attacked Govt forces near Afgooye.", "Armed clash"),
    ("Al Shabaab militants attacked Jubaland security forces near Bar-Sanguun village.",
     "Armed clash"),
    ("GNA forces attacked Haftar forces south of Tripoli.", "Armed clash"),
]
# fmt: on


@pytest.mark.parametrize(("text", "sub"), ONE_EVENT)
def test_extract_recall_headline_phrasings(pipeline: Pipeline, text: str, sub: str) -> None:
    assert only(pipeline, text).sub_event_type == sub


def test_extract_recall_lone_violent_verb_is_the_event(pipeline: Pipeline) -> None:
    event = only(pipeline, "A group of youths attacked a county official in Migori on Friday.")
    assert event.event_type in ("Violence against civilians", "Battles", "Riots")
    assert event.evidence.text.startswith("A group of youths attacked")


def test_extract_recall_lone_verb_waits_for_no_other_event(pipeline: Pipeline) -> None:
    text = (
        "Gunmen ambushed a police patrol near Garissa on Monday. "
        "Two officers were wounded, the police said."
    )
    events = occurred(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_extract_recall_accidents_stay_quiet(pipeline: Pipeline) -> None:
    text = "Two passengers were injured when a matatu collided with a lorry near Naivasha."
    assert occurred(pipeline, text) == []


UAG, CIV = "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"


# (report, sub-event type, actor1, actor2): who acted and who was hit.
# fmt: off
SIDES = [
    # the agent inside a passive trigger
    ("A shopkeeper was killed by armed men in Mandera town on Sunday.", "Attack", UAG, CIV),
    # victims first, then the attackers
    ("Four traders were killed when unknown gunmen attacked a bus near Lamu on Tuesday.",
     "Attack", UAG, CIV),
    # found dead: an unknown perpetrator
    ("A farmer was found dead with stab wounds in Kitale on Monday.", "Attack", UAG, CIV),
    # killing an armed man is a battle
    ("Police shot dead an al-Shabaab commander in Garissa on Wednesday.",
     "Armed clash", "Police Forces of Kenya", "Al Shabaab"),
]
# fmt: on


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), SIDES)
def test_extract_recall_sides(
    pipeline: Pipeline, text: str, sub: str, actor1: str, actor2: str
) -> None:
    event = only(pipeline, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub, actor1, actor2)


def test_extract_recall_killing_civilians_stays_an_attack(pipeline: Pipeline) -> None:
    text = "Rebels killed six villagers near Bambari, accusing them of helping government forces."
    assert only(pipeline, text).sub_event_type == "Attack"


def test_extract_recall_country_from_the_outlet(pipeline: Pipeline) -> None:
    event = only(pipeline, "Youths rioted over the fees and stoned police.", source="Daily Nation")
    assert event.country == "Kenya"
    assert event.geo_precision == 3
    assert event.actor1 == "Rioters (Kenya)"
    assert "outlet" in (event.geo_reason or "")


def test_extract_recall_no_country_from_a_wire_service(pipeline: Pipeline) -> None:
    event = only(pipeline, "Youths rioted over the fees and stoned police.", source="Reuters")
    assert event.country is None
    assert event.actor1 == "Rioters"


def test_extract_recall_a_named_place_beats_the_outlet(pipeline: Pipeline) -> None:
    text = "Youths rioted in Kampala over the fees and stoned police."
    assert only(pipeline, text, source="Daily Nation").country == "Uganda"


@pytest.mark.parametrize(
    ("source", "iso3"),
    [
        ("Star (Kenya)", "KEN"),
        ("Daily Regional Times (Pakistan)", "PAK"),
        ("Kenya Standard", "KEN"),
        ("Pajhwok Afghan News", "AFG"),
        ("the Times of India", "IND"),
        ("Reuters", None),
        ("AFP", None),
        ("All Africa", None),
        ("", None),
        (None, None),
    ],
)
def test_extract_recall_outlet_country(source: str | None, iso3: str | None) -> None:
    assert outlet_country(source) == iso3


def test_extract_recall_outlet_steers_a_shared_name(pipeline: Pipeline) -> None:
    text = "Police raided a house in Eastleigh and arrested four men on Monday."
    assert only(pipeline, text, source="Daily Nation").country == "Kenya"
    assert only(pipeline, text, source="Reuters").country != "Kenya"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Youths burned tyres and stoned police in Kisumu on Monday; police shot dead two.",
            "Violent demonstration",
        ),
        (
            "Police opened fire on peaceful marchers in Kisumu on Monday, killing three.",
            "Excessive force against protesters",
        ),
    ],
)
def test_extract_recall_lethal_force_at_a_riot_is_still_a_riot(
    pipeline: Pipeline, text: str, sub: str
) -> None:
    subs = {e.sub_event_type for e in occurred(pipeline, text)}
    assert sub in subs


def test_extract_recall_deaths_beside_arrests_make_their_own_event(pipeline: Pipeline) -> None:
    text = "One man was killed and 25 were arrested during a police raid on a camp in Kwale."
    subs = [e.sub_event_type for e in occurred(pipeline, text)]
    assert subs and "Arrests" not in subs


def test_extract_recall_kidnapped_and_killed_is_a_killing(settings: Settings) -> None:
    rules = Pipeline.default(replace(settings, extractor="rules"))
    event = only(rules, "Gunmen kidnapped and killed three traders near Gao on Sunday.")
    assert event.sub_event_type == "Attack"


def test_extract_recall_country_from_the_groups_named(pipeline: Pipeline) -> None:
    event = only(pipeline, "Al-Shabaab fighters ambushed an army convoy on Tuesday.")
    assert event.country == "Somalia"
    assert "groups named" in (event.geo_reason or "")


def test_extract_recall_repelling_the_attack_told_is_no_new_event(pipeline: Pipeline) -> None:
    text = (
        "Rebels attacked an army base near Sake on Wednesday after heavy fighting. "
        "The army said it had repelled the attack."
    )
    assert len(occurred(pipeline, text)) == 1


@pytest.mark.parametrize(("shooter", "events"), [("the Houthis", 2), ("the heat", 1)])
def test_extract_recall_a_named_armed_group_makes_an_outcome_an_event(
    pipeline: Pipeline, shooter: str, events: int
) -> None:
    text = (
        "Teachers marched in Sanaa on Sunday to demand their unpaid salaries.\n\n"
        "The ministry said talks would resume next month.\n\n"
        f"Two fishermen were wounded near Hodeidah on Monday in gunfire blamed on {shooter}."
    )
    assert len(occurred(pipeline, text)) == events


@pytest.mark.parametrize(
    "aftermath", ["No looting was reported.", "There was no looting.", "Nothing was looted."]
)
def test_extract_recall_what_did_not_happen_is_no_event(pipeline: Pipeline, aftermath: str) -> None:
    text = f"Gunmen shot dead a shopkeeper in Kitui on Monday. {aftermath}"
    assert [e.sub_event_type for e in occurred(pipeline, text)] == ["Attack"]


def test_extract_recall_a_passive_seizure_is_by_the_force_named_before_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police dismantled a militant hideout near Garissa on Monday. "
        "A number of rifles were recovered."
    )
    event = only(pipeline, text)
    assert (event.sub_event_type, event.actor1) == (
        "Disrupted weapons use",
        "Police Forces of Kenya",
    )


@pytest.mark.parametrize(
    ("text", "source", "country"),
    [
        # where the raiders came from is not where they struck
        ("Ethiopian raiders attacked Kenyan herders at a watering point.", None, "Kenya"),
        ("Raiders from Sudan attacked a village, killing two herders.", "Daily Nation", "Kenya"),
        # with nothing else to go on, their origin is still the best guess
        ("Ethiopian raiders attacked a village, killing two herders.", None, "Ethiopia"),
    ],
)
def test_extract_recall_an_origin_is_not_the_place(
    pipeline: Pipeline, text: str, source: str | None, country: str
) -> None:
    assert [e.country for e in occurred(pipeline, text, source)] == [country]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # people taken away are abducted; things taken away are not
        (
            "Three students were taken away from their dormitory in Kankara, Nigeria, on Sunday "
            "night.",
            "Abduction/forced disappearance",
        ),
        (
            "One police reservist was killed in Wajir. Weapons belonging to the two policemen "
            "were taken away by the attackers.",
            "Armed clash",
        ),
        # and in the active voice
        (
            "Armed men stopped a coach near Washuk, Pakistan, on Sunday and took away six "
            "labourers.",
            "Abduction/forced disappearance",
        ),
        (
            "On Sunday, gunmen seized a farm near Kajuru, Nigeria, and marched the villagers "
            "they found there into the forest.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_extract_recall_people_taken_away(settings: Settings, text: str, sub: str) -> None:
    rules = Pipeline.default(replace(settings, extractor="rules"))
    assert {e.sub_event_type for e in occurred(rules, text)} == {sub}


def test_extract_recall_a_crowd_that_dragged_out_suspects_and_killed_them(
    pipeline: Pipeline,
) -> None:
    text = (
        "Residents of Carrefour dragged five suspected gang members from a minibus on Tuesday "
        "and beat and burned them to death in the street."
    )
    assert [e.sub_event_type for e in occurred(pipeline, text)] == ["Mob violence"]


def test_extract_recall_what_an_attack_avenged_is_not_its_type(pipeline: Pipeline) -> None:
    text = (
        "On Wednesday night, gunmen opened fire on houses in a hillside neighbourhood of "
        "Carrefour, killing three people, in what residents described as revenge for the "
        "lynching."
    )
    assert [e.sub_event_type for e in occurred(pipeline, text)] == ["Attack"]


def test_extract_recall_a_movement_that_began_is_no_mob(pipeline: Pipeline) -> None:
    text = (
        "Police shot dead two robbers in Carrefour on Monday.\n\n"
        "The vigilante movement began in the capital earlier this week."
    )
    assert "Mob violence" not in {e.sub_event_type for e in occurred(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the town is retaken; how it was lost before is told aside
        (
            "On 5 June 2021, Mozambique's military re-captured Quissanga after it was taken over "
            "by Islamic militants.",
            "Government regains territory",
        ),
        ("Twin blasts in Eastleigh, Nairobi, target civilians.", "Remote explosive/landmine/IED"),
        ("Severed and skinned head found in Nairobi. Assumed to be a sect's victim.", "Attack"),
    ],
)
def test_extract_recall_short_notes(settings: Settings, text: str, sub: str) -> None:
    rules = Pipeline.default(replace(settings, extractor="rules"))
    assert [e.sub_event_type for e in occurred(rules, text)] == [sub]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # who struck the mine was hit by it; who left it there did it
        (
            "On Tuesday, a vehicle carrying Beninese soldiers struck a landmine on the road to "
            "Kandi, Benin, wounding three of them.",
            "Unidentified Armed Group (Benin)",
            "Military Forces of Benin",
        ),
        (
            "On Monday a family of four was killed when their car hit a mine left by ISIS near "
            "Abu Qalqal, Syria.",
            "Islamic State",
            "Civilians (Syria)",
        ),
    ],
)
def test_extract_recall_who_struck_a_mine(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    (event,) = occurred(pipeline, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Remote explosive/landmine/IED",
        actor1,
        actor2,
    )


def test_extract_recall_act_in_a_town_and_day_of_its_own(pipeline: Pipeline) -> None:
    # a second act with its own town and day is not folded into the first
    text = (
        "PESHAWAR (Wire) - Gunmen fired on a border post near Chaman on Sunday, killing two "
        "soldiers, officials said. In Bannu, militants attacked a police station on Monday, "
        "killing two officers."
    )
    found = {(e.location, e.event_date) for e in occurred(pipeline, text)}
    assert found == {("Chaman", "2021-06-06"), ("Bannu", "2021-06-07")}
