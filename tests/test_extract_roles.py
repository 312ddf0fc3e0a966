"""assign_roles: who acted and who was acted on, and the generic actors ACLED uses."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.article import Article, Sentence, Span
from eventatlas.extract.actors import ActorLexicon
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.perpetrators import blamed_group, gang_violence, retold
from eventatlas.extract.roles import assign_roles, is_source, is_victim
from eventatlas.pipeline import Pipeline


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return ActorLexicon.load()


def roles(lexicon: ActorLexicon, text: str, trigger: str, sub: str) -> Candidate:
    """The candidate of `text` opened at `trigger`, its roles assigned for an event in Kenya."""
    start = text.index(trigger)
    sentence = Sentence(0, len(text), text)
    candidate = Candidate(
        sentence,
        Span(0, len(text), text),
        Span(start, start + len(trigger), trigger),
        sub,
        "strong",
    )
    mentions = lexicon.find(text, country="KEN")
    assign_roles(candidate, text, mentions, [], "Kenya", "KEN")
    return candidate


def names(candidate: Candidate) -> tuple[str | None, str | None, str]:
    def name(actor: object) -> str | None:
        return getattr(actor, "name", None)

    return name(candidate.actor1), name(candidate.actor2), candidate.sub_event_type


# (text, trigger, sub-event type from the trigger, (actor1, actor2, sub-event type)).
# fmt: off
CASES = [
    ("Residents of Ogwedhi lynched two suspected thieves", "lynched", "Attack",
     ("Rioters (Kenya)", "Civilians (Kenya)", "Mob violence")),
    ("Supporters of two aspirants clashed outside a polling station", "clashed", "Armed clash",
     ("Rioters (Kenya)", None, "Mob violence")),
    ("Migrant workers clashed with police at the depot", "clashed", "Armed clash",
     ("Rioters (Kenya)", "Police Forces of Kenya", "Mob violence")),
    # young people who clash with the police are a crowd
    ("Groups of young people looted shops and clashed with police", "clashed", "Armed clash",
     ("Rioters (Kenya)", "Police Forces of Kenya", "Mob violence")),
    # a party's men who set on another party's supporters act as its militia
    ("ODM youths armed with machetes attacked Jubilee supporters in Kisumu", "attacked",
     "Attack", ("ODM: Orange Democratic Movement", "Civilians (Kenya)", "Attack")),
    # the state's forces named first, the crowd they fought after them
    ("Police clashed with youths at the depot", "clashed", "Armed clash",
     ("Rioters (Kenya)", "Police Forces of Kenya", "Mob violence")),
    ("Police and youths demanding jobs clashed at the depot", "youths demanding jobs clashed",
     "Armed clash", ("Rioters (Kenya)", "Police Forces of Kenya", "Mob violence")),
    # both sides told only as killed ("neutralised" in a ministry's words): the first named
    ("In the exchange of fire, one police officer died and two bandits were neutralised",
     "exchange of fire", "Armed clash",
     ("Police Forces of Kenya", "Unidentified Armed Group (Kenya)", "Armed clash")),
    # residents only tell of the battle
    ("Soldiers clashed with rebels in the town, where residents said shells fell", "clashed",
     "Armed clash", ("Military Forces of Kenya", "Unidentified Armed Group (Kenya)", "Armed clash")),
    ("Eighteen youths killed by arrows at Molo", "killed", "Attack",
     ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "Attack")),
    ("Youths suspected to be Mungiki members killed a butcher", "killed", "Attack",
     ("Mungiki Militia", "Civilians (Kenya)", "Attack")),
    ("Unknown individuals shot dead a trader", "shot dead", "Attack",
     ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "Attack")),
    ("A man was shot dead by suspected Pokot bandits", "shot dead", "Attack",
     ("Pokot Ethnic Militia (Kenya)", "Civilians (Kenya)", "Attack")),
    ("Fresh clashes between the Borana and Gabra left six dead", "clashes", "Armed clash",
     ("Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)", "Armed clash")),
    ("A gang of 100 Mungiki members killed five people", "killed", "Attack",
     ("Mungiki Militia", "Civilians (Kenya)", "Attack")),
    ("Militias from Maasai and Kalenjin clashed over land", "clashed", "Armed clash",
     ("Maasai Ethnic Militia (Kenya)", "Kalenjin Ethnic Militia (Kenya)", "Armed clash")),
    ("One person has died in clashes between the Kisii and Kipsigis groups", "clashes", "Armed clash",
     ("Kisii Ethnic Militia (Kenya)", "Kipsigi Ethnic Militia (Kenya)", "Armed clash")),
    ("Police said gunmen killed three villagers", "killed", "Attack",
     ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "Attack")),
    ("According to the army, Al Shabaab fighters attacked a base", "attacked", "Armed clash",
     ("Al Shabaab", None, "Armed clash")),
    ("Police shot dead two suspects", "shot dead", "Attack",
     ("Police Forces of Kenya", "Civilians (Kenya)", "Attack")),
    ("Two police reservists were shot dead after suspected Pokot militia attacked", "shot dead",
     "Attack", ("Pokot Ethnic Militia (Kenya)", "Police Forces of Kenya", "Armed clash")),
    ("Two herders were killed in violence between Kalenjin and Maasais", "violence", "Attack",
     ("Kalenjin Ethnic Militia (Kenya)", "Civilians (Kenya)", "Attack")),
    ("Violence between Kalenjin and Maasais broke out in Narok", "Violence", "Attack",
     ("Kalenjin Ethnic Militia (Kenya)", "Maasai Ethnic Militia (Kenya)", "Armed clash")),
    ("Ten Taliban fighters were killed when Afghan forces repulsed their attack", "killed",
     "Armed clash", ("Taliban", "Military Forces of Afghanistan", "Armed clash")),
    # a unit's initials between it and the verb
    ("Soldiers of the Rapid Intervention Battalion (BIR) repelled an incursion of Boko Haram "
     "fighters", "repelled", "Armed clash",
     ("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "Military Forces of Cameroon",
      "Armed clash")),
    # the speakers' own men who repelled it
    ("Police said, their men repelled an attack on a checkpoint, killing four bandits",
     "repelled", "Armed clash",
     ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya", "Armed clash")),
    ("Two rival pastoralist communities clashed in Isiolo", "clashed", "Armed clash",
     ("Unidentified Communal Militia (Kenya)", "Unidentified Communal Militia (Kenya)", "Armed clash")),
    ("Four died as inter-clan fighting erupted in Kerio Valley", "fighting", "Armed clash",
     ("Unidentified Clan Militia (Kenya)", "Unidentified Clan Militia (Kenya)", "Armed clash")),
    ("Russian and Ukrainian troops clashed near the river", "clashed", "Armed clash",
     ("Military Forces of Russia", "Military Forces of Ukraine", "Armed clash")),
    ("Kenyan police and soldiers clashed near the river", "clashed", "Armed clash",
     ("Police Forces of Kenya", None, "Armed clash")),
    ("Armed youths attacked journalists covering the campaign", "attacked", "Attack",
     ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "Attack")),
    ("Raiders attacked a village and drove off cattle", "attacked", "Attack",
     ("Unidentified Ethnic Militia (Kenya)", "Civilians (Kenya)", "Attack")),
    # an army that tells of a fight after it was in it
    ("Fighting went on near the camp on Sunday, the Kenya Defence Forces said", "Fighting",
     "Armed clash", ("Unidentified Armed Group (Kenya)", "Military Forces of Kenya", "Armed clash")),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "sub", "expected"), CASES)
def test_extract_roles_assign(
    lexicon: ActorLexicon,
    text: str,
    trigger: str,
    sub: str,
    expected: tuple[str | None, str | None, str],
) -> None:
    assert names(roles(lexicon, text, trigger, sub)) == expected


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("18 youths killed by arrows", True),
        ("Five soldiers killed in an ambush", True),
        ("19 women were reported to have been raped", True),
        ("Soldiers killed at least eight militants", False),
        ("Militants shot and killed a soldier", False),
        ("Three women were reported killed in an attack", True),
        ("Two civilians found wounded after village raids", True),
        ("Police killed two suspects", False),
        ("Three soldiers were martyred when a bomb hit their vehicle", True),
        ("Seven passengers were taken off and shot dead", True),
    ],
)
def test_extract_roles_is_victim(lexicon: ActorLexicon, text: str, victim: bool) -> None:
    first = lexicon.find(text, country="KEN")[0]
    assert is_victim(text, first) is victim


def blamed(lexicon: ActorLexicon, text: str, trigger: str, sub: str) -> str | None:
    candidate = roles(lexicon, text.split(". ")[0], trigger, sub)
    spans, start = [], 0
    for part in text.split(". "):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    found = blamed_group(candidate, text, spans, lexicon, "KEN")
    return None if found is None else str(found.name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A grenade wounded six people in Mandera. Residents suspect Al Shabaab", "Al Shabaab"),
        ("Gunmen shot dead two quarry workers. Police blamed al-Shabaab", "Al Shabaab"),
        ("Gunmen shot dead two quarry workers. Al Shabaab fighters were seen in May", None),
        ("Gunmen shot dead two workers. There was no claim of responsibility by Al Shabaab", None),
    ],
)
def test_extract_roles_blamed_group(lexicon: ActorLexicon, text: str, expected: str | None) -> None:
    trigger = "wounded" if "wounded" in text else "shot dead"
    assert blamed(lexicon, text, trigger, "Attack") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACLED names an Unidentified Gang in the Americas only: Kenya's gangs are armed groups
        (
            "Gunmen shot dead a trader. Police blamed rival gangs",
            "Unidentified Armed Group (Kenya)",
        ),
        (
            "Gunmen shot dead a trader. A cartel had threatened him",
            "Unidentified Armed Group (Kenya)",
        ),
        (
            "Gunmen shot dead a trader. Women were gang-raped in May",
            "Unidentified Armed Group (Kenya)",
        ),
        ("Gunmen shot dead a trader in Trans Mara", "Unidentified Armed Group (Kenya)"),
    ],
)
def test_extract_roles_gang_violence(lexicon: ActorLexicon, text: str, expected: str) -> None:
    candidate = roles(lexicon, text.split(". ")[0], "shot dead", "Attack")
    gang_violence(candidate, text, [(0, len(text))])
    assert candidate.actor1.name == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police said gunmen attacked", True),
        ("Police are investigating the killing", True),
        ("Police spokesman Bruno Shioso said", True),
        ("Police said they had shot two suspects", False),
        ("Police said on Tuesday they had arrested three men", False),
        ("Police shot two suspects", False),
    ],
)
def test_extract_roles_is_source(lexicon: ActorLexicon, text: str, source: bool) -> None:
    first = lexicon.find(text, country="KEN")[0]
    assert is_source(text, first) is source


def test_extract_roles_retold_takes_the_earlier_sides(lexicon: ActorLexicon) -> None:
    first = roles(lexicon, "Borana and Gabra communities clashed", "clashed", "Armed clash")
    again = roles(lexicon, "The clashes went on near Funan", "clashes", "Armed clash")
    other = roles(lexicon, "A bomb went off near Funan", "bomb", "Remote explosive/landmine/IED")
    retold(again, [first])
    retold(other, [first])
    assert names(again) == (
        "Borana Ethnic Militia (Kenya)",
        "Gabra Ethnic Militia (Kenya)",
        "Armed clash",
    )
    assert names(other)[0] == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(
    ("text", "trigger", "sub", "expected"),
    [
        ("ODM supporters rioted and burned a police post", "rioted", "Violent demonstration",
         ("Rioters (Kenya)", ["ODM: Orange Democratic Movement"], "Police Forces of Kenya")),
        ("CORD supporters marched to the electoral commission", "marched", "Peaceful protest",
         ("Protesters (Kenya)", ["CORD: Coalition for Reforms and Democracy"], None)),
        ("ODM supporters attacked a Jubilee aspirant", "attacked", "Attack",
         ("Rioters (Kenya)", ["ODM: Orange Democratic Movement"], "Civilians (Kenya)")),
        ("ODM and Jubilee leaders signed a peace agreement", "signed", "Agreement",
         ("ODM: Orange Democratic Movement", ["Jubilee Coalition"], None)),
    ],
)  # fmt: skip
def test_extract_roles_party_supporters(
    lexicon: ActorLexicon,
    text: str,
    trigger: str,
    sub: str,
    expected: tuple[str, list[str], str | None],
) -> None:
    candidate = roles(lexicon, text, trigger, sub)
    actor2 = None if candidate.actor2 is None else candidate.actor2.name
    assoc = [a.name for a in candidate.assoc_actor_1]
    assert (candidate.actor1.name, assoc, actor2) == expected


def test_extract_roles_the_group_attacked_claimed_nothing(pipeline: Pipeline) -> None:
    text = (
        "Amaq, the Islamic State news agency, published two claims on Monday. In the first, "
        "the group said its fighters attacked an SDF checkpoint near Hajin on Saturday night."
    )
    events = occurred(pipeline, text, "2018-09-10")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Islamic State", "SDF: Syrian Democratic Forces")
    ]


def test_extract_roles_the_armed_subject_of_the_first_clause_did_the_later_acts(
    pipeline: Pipeline,
) -> None:
    # the later clauses name only victims; the soldiers of the first clause did it all
    text = (
        "On 11 July 2016, SPLA soldiers broke into a hotel compound in Juba, where aid workers "
        "were living, beat and robbed them and raped a woman."
    )
    events = occurred(pipeline, text, "2016-07-13")
    doers = {e.sub_event_type: e.actor1 for e in events}
    assert doers == {
        "Looting/property destruction": "Military Forces of South Sudan",
        "Sexual violence": "Military Forces of South Sudan",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Five reporters in Kisii were harassed, beaten and injured by police while covering "
        "the vote count on Monday.",
        "Two women in Embu were allegedly tortured by police on claims of insulting a village "
        "elder.",
        "Pokot tribe raided Samburu area, 6 locals killed",
    ],
)
def test_extract_roles_armed_men_against_civilians_alone_is_an_attack(
    pipeline: Pipeline, text: str
) -> None:
    events = pipeline.run_one(Article("roles-attack", text, published="2020-05-07")).events
    assert [e.sub_event_type for e in events if e.modality == "occurred"] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # "shot at" followed by its target: who fired, not a headline's victims
        (
            "Gunmen shot at soldiers at a checkpoint in Morelia, Michoacan, on Monday.",
            ("Unidentified Armed Group (Mexico)", "Military Forces of Mexico"),
        ),
        # the men after "by" are the doers, not civilians hit: the police were
        (
            "State police were shot at by two armed men in Morelia, Michoacan, on Monday.",
            ("Unidentified Armed Group (Mexico)", "Police Forces of Mexico"),
        ),
    ],
)
def test_extract_roles_armed_men_firing_on_police_fight_them(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    events = occurred(pipeline, text, "2020-05-07")
    found = [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    assert found == [("Armed clash", *sides)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "On Wednesday, an engineering team detected and destroyed an improvised explosive "
            "device placed by the EIGS on the road leading to the airport of Menaka, Mali.",
            ("Military Forces of Mali", "Islamic State Sahel Province"),
        ),
        (
            "On Wednesday, four missiles were shot down over the Khmelnytskyi region of "
            "Ukraine, the regional governor said.",
            ("Military Forces of Ukraine", None),
        ),
    ],
)
def test_extract_roles_the_state_stopped_what_no_one_named_stopped(
    pipeline: Pipeline, text: str, sides: tuple[str, str | None]
) -> None:
    """The disrupter the report does not name is the state's army; the sender is second."""
    events = pipeline.run_one(Article("roles-disrupter", text, published="2022-03-10")).events
    found = [(e.actor1, e.actor2) for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert found == [sides]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "KURSK, September 5 (Rossiya Vestnik) - Units of the North group of forces "
            "liberated a settlement in the Glushkovo district of the Kursk region on Tuesday, "
            "the Ministry of Defence reported. The Armed Forces of Ukraine lost dozens of "
            "servicemen, the ministry said.",
            "Military Forces of Russia",
        ),
        (
            "On Tuesday the town of Kidal in Mali was liberated after heavy fighting.",
            "Military Forces of Mali",
        ),
    ],
)
def test_extract_roles_a_town_liberated_by_no_one_named_is_the_states(
    pipeline: Pipeline, text: str, sides: str
) -> None:
    events = occurred(pipeline, text, "2024-09-05")
    found = [(e.sub_event_type, e.actor1) for e in events]
    assert found == [("Government regains territory", sides)]


def test_extract_roles_who_stopped_the_weapon_comes_first(pipeline: Pipeline) -> None:
    text = (
        "On Friday, the Coalition to Restore Legitimacy in Yemen intercepted and destroyed a "
        "ballistic missile launched by the Houthi militia towards Jizan."
    )
    events = pipeline.run_one(Article("roles-disrupted", text, published="2022-01-22")).events
    sides = [(e.actor1, e.actor2) for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert sides == [("Military Forces of Saudi Arabia", "Houthi Movement - Ansar Allah")]


def test_extract_roles_the_partner_in_a_clause_about_the_subject_is_no_side(
    pipeline: Pipeline,
) -> None:
    text = (
        "BENI, Congo — The Ugandan army, which conducts joint operations with the FARDC, "
        "shelled ADF camps near Oicha on Sunday, its spokesman said."
    )
    (event,) = occurred(pipeline, text, "2021-12-27")
    assert (event.actor1, event.actor2) == (
        "Military Forces of Uganda",
        "ADF: Allied Democratic Forces",
    )
    assert "Military Forces of the Democratic Republic of Congo" not in event.assoc_actor_1


def test_extract_roles_the_side_a_strike_supports_is_not_its_target(pipeline: Pipeline) -> None:
    text = (
        "KABUL, Afghanistan — NATO aircraft struck Taliban positions on the outskirts of "
        "Tarinkot late on Thursday in support of Afghan forces, a spokesman said."
    )
    (event,) = occurred(pipeline, text, "2016-09-09")
    assert (event.actor1, event.actor2) == ("NATO: North Atlantic Treaty Organization", "Taliban")


def test_extract_roles_the_aggression_is_the_foreign_states_forces(pipeline: Pipeline) -> None:
    """Partisan media name a foreign state's forces by what they do: "the American
    aggression", "the Saudi aggression"."""
    text = (
        "SANA'A, Yemen (Gulf Desk) — The American aggression committed a new massacre on "
        "Saturday night, when its warplanes launched a series of raids on homes in Sana'a."
    )
    events = occurred(pipeline, text, "2025-03-17")
    found = [(e.sub_event_type, e.actor1) for e in events]
    assert found == [("Air/drone strike", "Military Forces of the United States")]


def test_extract_roles_civilians_at_the_head_of_a_long_passive_subject_were_hit(
    pipeline: Pipeline,
) -> None:
    text = (
        "Three women and six children of a Mormon family with dual Mexican-American "
        "citizenship were shot dead on Monday when gunmen opened fire on their vehicles near "
        "Bavispe, Sonora."
    )
    events = occurred(pipeline, text, "2019-11-06")
    found = [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    assert found == [("Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)")]


def test_extract_roles_a_happening_named_to_date_another_is_no_telling_of_it(
    pipeline: Pipeline,
) -> None:
    """ "The day before the ambush, gunmen fought a gun battle": the battle's sentence does not
    retell the ambush, so neither takes the other's toll."""
    text = (
        "Gunmen killed nine people in an ambush on a dirt road near Bavispe, Sonora, on "
        "Monday.\n\n"
        "The day before the ambush, on Sunday, gunmen of two cartels fought a long gun battle "
        "on the outskirts of Agua Prieta, leaving four attackers dead."
    )
    events = occurred(pipeline, text, "2019-11-06")
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls == {"Attack": 9, "Armed clash": 4}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the speaker is the force's office, named after its possessive
        (
            "Suspected Abu Sayyaf gunmen seized five crewmen of a tugboat off Sitangkai, "
            "Tawi-Tawi, on Saturday, the military's Western Mindanao Command said on Wednesday.",
            ("Abduction/forced disappearance", "ASG: Abu Sayyaf"),
        ),
        # the group "so-called" in its own attackers' description; soldiers "came under fire"
        (
            "In the Tillaberi region of Niger, a patrol of the army was ambushed on Wednesday "
            "near Ayorou by terrorists of the so-called Islamic State in the Greater Sahara.",
            ("Armed clash", "Islamic State Sahel Province"),
        ),
        (
            "On Saturday, soldiers came under fire near Navolato, Sinaloa, and killed four of "
            "the attackers in the shootout that followed.",
            ("Armed clash", "Unidentified Armed Group (Mexico)"),
        ),
        # who believed it is no side; the militia flew its own drones
        (
            "On 3 September 2024, armed men believed by police to be Kuki militants dropped "
            "explosives from drones on homes in Bishnupur, Manipur, killing an elderly man.",
            ("Air/drone strike", "Kuki Ethnic Militia (India)"),
        ),
        # a speaker with its initials and an apposition is no side
        (
            "Local officials and the Movement for the Salvation of Azawad (MSA), a signatory "
            "armed group, told a radio that on Monday IS Sahel fighters on motorbikes killed "
            "herders near Anderamboukane, in Mali.",
            ("Attack", "Islamic State Sahel Province"),
        ),
        # who identified the dead is no side; what they were identified as is
        (
            "In Handwara, Kashmir, two militants, whom police identified as Lashkar-e-Taiba "
            "members, and a soldier were killed in a gunfight on Monday.",
            ("Armed clash", "LeT: Lashkar-e-Taiba"),
        ),
    ],
)
def test_extract_roles_speakers_and_identifiers_are_no_side(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    events = occurred(pipeline, text, "2024-11-06")
    found = [(e.sub_event_type, e.actor1) for e in events]
    assert found == [sides]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # who arrested the gunmen's helpers did not attack the camp
        (
            "Police in Ganderbal, Kashmir, said they had arrested three men on Sunday for "
            "giving shelter to the gunmen who attacked a tunnel construction camp at Gagangir "
            "last month, killing seven people.",
            "Unidentified Armed Group (India)",
        ),
        # police who pursue the bandits fight them
        (
            "Police officers pursue bandits who had attacked a village in Baringo, Kenya; a "
            "shoot out ensues and three police officers and one raider were killed.",
            "Police Forces of Kenya",
        ),
    ],
)
def test_extract_roles_the_subject_of_the_clause_that_tells_the_act(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    events = pipeline.run_one(Article("roles-who-did", text, published="2024-11-06")).events
    violent = [e.actor1 for e in events if e.sub_event_type in ("Attack", "Armed clash")]
    assert violent[:1] == [actor1]


def test_extract_roles_the_group_whose_base_was_hit_is_the_target(pipeline: Pipeline) -> None:
    """ "struck a house used as a base by the 400 Mawozo": whose base it was, not who struck."""
    text = (
        "At Croix-des-Bouquets, Haiti, a police drone struck on Thursday a house used as a "
        "base by the 400 Mawozo gang, killing three."
    )
    events = pipeline.run_one(Article("roles-base", text, published="2025-05-20")).events
    found = [(e.actor1, e.actor2) for e in events if e.sub_event_type == "Air/drone strike"]
    assert found and found[0][0] != "400 Mawozo" and found[0][1] == "400 Mawozo"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Gunmen shot dead a trader in Culiacan, Sinaloa, on Monday. Police blamed rival gangs.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "Armed bandits abducted 23 people in Batsari, Katsina State, on Monday. The bandit "
            "gangs have camps in the forest.",
            "Unidentified Armed Group (Nigeria)",
        ),
    ],
)
def test_extract_roles_a_gang_only_in_the_americas(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    events = occurred(pipeline, text, "2021-04-22")
    assert [e.actor1 for e in events][:1] == [actor1]


def test_extract_roles_the_army_in_an_apposition_about_the_doers_is_no_side(
    pipeline: Pipeline,
) -> None:
    """ "members of the VDP, the civilian auxiliaries who fight beside the army, executed five
    men": the army is named only to say who the VDP are."""
    text = (
        "On 9 June, members of the VDP, the civilian auxiliaries who fight beside the army, "
        "reportedly executed five men near Bogande, Burkina Faso."
    )
    events = occurred(pipeline, text, "2020-06-11")
    found = [(e.sub_event_type, e.actor1) for e in events]
    assert found == [("Attack", "VDP: Volunteer for Defense of Homeland")]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the finders stand in the sentence's first clause, in a report with other acts
        (
            "On Monday, a group of mothers looking for their missing sons found six hidden "
            "graves outside Navolato. The prosecutor said cartel gunmen had used the site to "
            "bury their victims.\n\n"
            "Soldiers on Tuesday raided a ranch in the hills near Cosala, where they found a "
            "drug laboratory, 30 rifles and grenades. The army said the ranch belonged to the "
            "Sinaloa Cartel. No one was arrested.",
            "Military Forces of Mexico",
        ),
        # "officers" alone, searching a house: the police
        (
            "Gunmen fought police in Kumanovo on Saturday, and eight officers were killed.\n\n"
            "On Monday morning, officers searching a house in Tetovo found a store of rifles "
            "and hand grenades, the interior ministry said.",
            "Police Forces of North Macedonia",
        ),
    ],
)
def test_roles_the_finders_of_a_seized_cache(pipeline: Pipeline, text: str, actor1: str) -> None:
    events = occurred(pipeline, text, "2024-03-13")
    found = [e.actor1 for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert found == [actor1]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a crowd's arson, and a report on a night of rioting
        (
            "Rioters threw petrol bombs at police lines in Portadown on Tuesday night.\n\n"
            "Shortly before midnight, after most of them had gone, a small group broke into the "
            "leisure centre and set fire to the reception area.",
            "Rioters (United Kingdom)",
        ),
        # fire set by no one named, in a report on no crowd
        (
            "Before dawn on Friday, incendiary devices set fire to four shops in Krabi; no one "
            "was hurt, police said.",
            "Unidentified Armed Group (Thailand)",
        ),
    ],
)
def test_roles_property_destroyed_by_no_one_named(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    events = occurred(pipeline, text, "2024-03-13")
    found = [e.actor1 for e in events if e.sub_event_type == "Looting/property destruction"]
    assert found == [actor1]


def test_roles_a_base_set_up_by_they_is_the_group_told_before(pipeline: Pipeline) -> None:
    text = (
        "Fighters of the Allied Democratic Forces attacked the village of Mamove on Friday, "
        "killing six farmers, the army said.\n\n"
        "On Saturday a column of around 200 of them took over a disused primary school near "
        "Oicha and made it their base, local officials said."
    )
    events = occurred(pipeline, text, "2024-03-13")
    based = [e.actor1 for e in events if e.sub_event_type == "Headquarters or base established"]
    assert based == ["ADF: Allied Democratic Forces"]


def test_roles_the_network_the_bomber_belonged_to(pipeline: Pipeline) -> None:
    text = (
        "A man blew himself up at a police post in Solo on Wednesday morning, killing an "
        "officer. The bomber had served a prison term for terrorism and belonged to the Jamaah "
        "Ansharut Daulah network, police said."
    )
    events = occurred(pipeline, text, "2024-03-13")
    assert [e.actor1 for e in events] == ["JAD: Jamaah Ansharut Daulah"]


def test_roles_the_federal_government_signs_and_its_army_fights(pipeline: Pipeline) -> None:
    signed = occurred(
        pipeline,
        "The federal government and the banned Tehreek-e-Labbaik Pakistan reached an agreement "
        "in Lahore on Sunday to end the party's sit-in, a minister said.",
        "2024-03-13",
    )
    assert [(e.sub_event_type, e.actor1) for e in signed][:1] == [
        ("Agreement", "Government of Pakistan")
    ]
    struck = occurred(
        pipeline,
        "On Sunday a drone strike hit a mill near Debre Markos, killing five people. Only the "
        "federal government is known to fly armed drones in the region.",
        "2024-03-13",
    )
    assert [e.actor1 for e in struck] == ["Military Forces of Ethiopia"]


def test_roles_gunmen_from_the_same_group_are_that_group(pipeline: Pipeline) -> None:
    text = (
        "Anti-balaka militiamen clashed with fighters of the 3R armed group near Bocaranga on "
        "Monday. On Wednesday, gunmen from the same group stopped a vehicle outside Bocaranga "
        "and took away two health workers."
    )
    events = occurred(pipeline, text, "2024-03-15")
    taken = [e.actor1 for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert taken == ["3R: Return, Reclamation, Rehabilitation"]


def test_roles_the_army_and_popular_committees_of_sanaa(pipeline: Pipeline) -> None:
    """In Sanaa's outlets "the army and the popular committees" are the Houthis' forces, and
    the "mercenaries" they repel are armed men: a clash, not an attack on civilians."""
    text = (
        "On Sunday, the army and the popular committees repelled an advance by the mercenaries "
        "east of Hays, inflicting dozens of dead and wounded on them."
    )
    events = occurred(pipeline, text, "2021-11-15")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Armed clash", "Houthi Movement - Ansar Allah")
    ]


def test_roles_defence_and_security_forces_are_the_military(pipeline: Pipeline) -> None:
    """West Africa's "Defence and Security Forces" (FDS) are the army, as ACLED codes them."""
    text = (
        "The Defence and Security Forces repelled an attack by armed men on their positions at "
        "Djibo, in northern Burkina Faso, on Saturday, killing several of the assailants."
    )
    events = occurred(pipeline, text, "2025-05-20")
    assert "Military Forces of Burkina Faso" in {e.actor1 for e in events} | {
        e.actor2 for e in events
    }


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Government negotiators and rebel leaders signed a ceasefire agreement in Juba on "
            "Wednesday.",
            "Government of South Sudan",
        ),
        (
            "A government delegation and leaders of the teachers' union signed an agreement in "
            "Oaxaca on Wednesday under which the teachers will lift their blockade.",
            "Government of Mexico",
        ),
    ],
)
def test_roles_negotiators_who_sign_a_deal_are_the_government(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    events = [e for e in occurred(pipeline, text, "2016-06-24") if e.sub_event_type == "Agreement"]
    assert [e.actor1 for e in events] == [actor]


def test_roles_officials_shot_dead_are_civilians(pipeline: Pipeline) -> None:
    """Officials killed are civilians attacked, not a government force in a clash."""
    text = "Gunmen shot dead two government officials in Kisii on Monday."
    found = [(e.sub_event_type, e.actor2) for e in occurred(pipeline, text, "2016-06-24")]
    assert found == [("Attack", "Civilians (Kenya)")]


@pytest.mark.parametrize("who", ["suspects", "two men", "armed residents"])
def test_extract_roles_police_fight_armed_men_not_a_crowd(lexicon: ActorLexicon, who: str) -> None:
    # Suspects who shoot it out with the police are no rioting crowd.
    candidate = roles(lexicon, f"Police clashed with {who} at the depot", "clashed", "Armed clash")
    assert names(candidate)[0] == "Police Forces of Kenya"


def test_extract_roles_gangs_that_fight_miners_are_no_police(lexicon: ActorLexicon) -> None:
    # only the state's forces fighting a crowd make it rioters; a gang stays the gang
    text = "Rival gangs of gold miners armed with machetes fought over a gold claim"
    candidate = roles(lexicon, text, "fought", "Armed clash")
    assert names(candidate)[0] == "Unidentified Gang (Kenya)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # unnamed people who threw petrol bombs or stones at the police: rioters
        (
            "In Sitrah on Tuesday night, groups of saboteurs burned tyres and threw petrol bombs "
            "at a police patrol, which dispersed them.",
            "Rioters (Bahrain)",
        ),
        (
            "More than fifty petrol bombs were thrown at police Land Rovers in Derry on Thursday "
            "night.",
            "Rioters (United Kingdom)",
        ),
        (
            "Masked men threw petrol bombs at a police station in Derry on Thursday night.",
            "Rioters (United Kingdom)",
        ),
        # arms told: armed men, whatever else they threw
        (
            "Gunmen threw grenades at a police station in Derry on Thursday night.",
            "Unidentified Armed Group (United Kingdom)",
        ),
        (
            "Masked men threw petrol bombs and fired shots at a police station in Derry on "
            "Thursday night.",
            "Unidentified Armed Group (United Kingdom)",
        ),
        # unnamed men whose rockets were fired from abroad: that country's group
        (
            "Two women were killed in Ashkelon on Tuesday afternoon when a rocket fired from Gaza "
            "hit a residential building.",
            "Unidentified Armed Group (Palestine)",
        ),
        (
            "A missile launched from Yemen struck a port in Eilat on Tuesday.",
            "Unidentified Armed Group (Yemen)",
        ),
        # fire named by no origin stays the country's own unidentified group
        (
            "A rocket hit a residential building in Ashkelon on Tuesday afternoon.",
            "Unidentified Armed Group (Israel)",
        ),
    ],
)
def test_extract_roles_unnamed_doers_by_what_they_did(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    events = occurred(pipeline, text, "2021-05-12")
    assert [e.actor1 for e in events] == [actor1]


def test_extract_roles_a_crowd_that_agreed_to_end_its_picket_is_protesters(
    pipeline: Pipeline,
) -> None:
    text = (
        "Farm workers who had blocked the highway for four days agreed on Thursday in Ica to "
        "lift their pickets for seven days."
    )
    events = occurred(pipeline, text, "2020-12-04")
    assert [e.actor1 for e in events if e.sub_event_type == "Agreement"] == ["Protesters (Peru)"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the group's men told as the ones detained, with an aside between
        (
            "Fourteen members of the group, among them its leader, were detained in Nardaran on "
            "Thursday.",
            ("Police Forces of Azerbaijan", "Unidentified Armed Group (Azerbaijan)"),
        ),
        # detained "by" a group: that group detained them
        (
            "Two aid workers were detained by Houthi rebels in Sanaa on Monday.",
            ("Houthi Movement - Ansar Allah", "Civilians (Yemen)"),
        ),
    ],
)
def test_extract_roles_who_was_detained(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    events = occurred(pipeline, text, "2015-11-27")
    assert [(e.actor1, e.actor2) for e in events] == [sides]
