"""Event words in the spellings real reports use: hyphenated weapons, truces that came into
force, groups that suspend operations, vests detonated, front lines handed over."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

PUBLISHED = "2024-06-02"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On 31 May 2024, air defences shot down an explosive-laden drone as it approached "
            "Erbil airport.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, the army intercepted a surface-to-surface missile launched towards "
            "Eilat.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, security forces seized a truck loaded with anti-tank missiles at a "
            "checkpoint near Al-Qusayr.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, the army found and dismantled three primitive rocket launchers near "
            "Arnoun.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, the army and the rebels agreed to a local truce in Babanusa, "
            "mediated by community leaders.",
            "Agreement",
        ),
        (
            "On 31 May 2024, the rebel group agreed with government negotiators to evacuate its "
            "fighters from Duma.",
            "Agreement",
        ),
        (
            "On 31 May 2024, a ceasefire between the two sides, negotiated through the "
            "government, came into force at 4 am.",
            "Agreement",
        ),
        (
            "On 31 May 2024, Kataib Hezbollah announced it was suspending its military and "
            "security operations against US forces in Baghdad.",
            "Change to group/activity",
        ),
        (
            "On 31 May 2024, two explosions went off among crowds in Kerman. The Islamic State "
            "said two of its members detonated explosive vests.",
            "Suicide bomb",
        ),
        (
            "On 31 May 2024, the army said Iraqi forces had regained full control of Falluja after "
            "clearing the last district held by the militants.",
            "Government regains territory",
        ),
        (
            "On 31 May 2024, officers at a police station in Giza sexually assaulted a woman "
            "detained on charges linked to her husband's activism.",
            "Sexual violence",
        ),
        (
            "On 31 May 2024, Houthi forces advanced on Islamic State positions in the Qayfa "
            "area north of Rada'a.",
            "Armed clash",
        ),
        (
            "On 31 May 2024, suspected militants dropped bombs from drones on a village in "
            "Imphal West district, killing two people.",
            "Air/drone strike",
        ),
        (
            "On 31 May 2024, the militants fired a shell believed to contain a sulphur mustard "
            "agent at the airbase near Al Qayyarah.",
            "Chemical weapon",
        ),
        (
            "On 31 May 2024, suspected Kuki militants fired on Moirang village in Bishnupur "
            "district.",
            "Attack",
        ),
        (
            "On 31 May 2024, police fired on protesters in Moirang, wounding four.",
            "Excessive force against protesters",
        ),
        (
            "On 31 May 2024, the air component of the armies, called in support, struck the "
            "fleeing assailants near Bourzanga.",
            "Air/drone strike",
        ),
        (
            "On 31 May 2024, relatives of detainees gathered outside the prison administration "
            "office in San Salvador, demanding news of people held for months.",
            "Peaceful protest",
        ),
        (
            "On 31 May 2024, several thousand people in Belgrade held a 15-minute silence in "
            "memory of the victims.",
            "Peaceful protest",
        ),
        (
            "On 31 May 2024, soldiers found and destroyed two more mines planted on a path near "
            "Tumaco.",
            "Disrupted weapons use",
        ),
        # a device someone placed, found and destroyed; missiles downed by no one named
        (
            "On 31 May 2024, an engineering team detected and destroyed an improvised "
            "explosive device placed by the EIGS on the road to the airport in Menaka.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, the engineering units dismantled 70 explosive devices planted in "
            "the streets of Rutba.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, four missiles were shot down over the Khmelnytskyi region, the "
            "governor said.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, the air defence systems on duty destroyed 12 unmanned aerial "
            "vehicles over the Kursk region.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, gunmen on two speedboats seized five Indonesian crewmen of a "
            "tugboat off Sitangkai, Tawi-Tawi.",
            "Abduction/forced disappearance",
        ),
        # fire on people the clause tells were marching: force against a crowd
        (
            "On 31 May 2024, security forces opened fire on people who were marching and "
            "chanting for the singer in Ambo, killing three.",
            "Excessive force against protesters",
        ),
        (
            "On 31 May 2024, police fired shotguns and live bullets at students and residents "
            "marching along the highway in Narsingdi, killing three.",
            "Excessive force against protesters",
        ),
        (
            "On 31 May 2024, police opened fire on men who were fleeing the village of Kinamba, "
            "killing three.",
            "Attack",
        ),
        # a town entered "without any fighting": taken, and no fight
        (
            "On 31 May 2024, RSF forces entered the town of Ghubaysh in West Kordofan without "
            "any fighting, after the army fled at night.",
            "Non-violent transfer of territory",
        ),
        # streets blocked by the gunmen who fired: their cover, no crowd
        (
            "On 31 May 2024, gunmen of a Gulf Cartel faction fired on a navy patrol in eastern "
            "Reynosa (Reynosa, Tamaulipas) and blocked streets with burning vehicles to cover "
            "their escape.",
            "Armed clash",
        ),
        # a town entered after a battle is taken; the battle is part of the taking
        (
            "On 31 May 2024, the Sudanese Armed Forces entered the town of El Fula after a "
            "fierce battle with the Rapid Support Forces.",
            "Government regains territory",
        ),
        (
            "On 31 May 2024, Fano fighters entered Dangila after a night of fighting with the "
            "army.",
            "Non-state actor overtakes territory",
        ),
        # "leaders of the riots" says who was arrested, not a riot
        (
            "On 31 May 2024, the intelligence ministry announced that it had arrested in "
            "Lordegan seven leaders of the riots.",
            "Arrests",
        ),
        # the grenades are what those arrested are accused of, not a blast
        (
            "On 31 May 2024, police arrested six people in Rumonge whom they accused of "
            "belonging to RED-Tabara and of bringing grenades into the city.",
            "Arrests",
        ),
        # an arrest told with a troop movement is the arrest
        (
            "On 31 May 2024, soldiers deployed to the town arrested 14 young men with guns during "
            "searches in Bawku.",
            "Arrests",
        ),
        # a named man bundled into a car, however long his description
        (
            "On 31 May 2024, men in plain clothes bundled Peter Mwangi, a blogger who had "
            "criticised the budget, into an unmarked car outside his flat in Thika.",
            "Abduction/forced disappearance",
        ),
        # a note's present tense, and a fire fight in two words
        (
            "Police seize explosives and rifles from suspected Al Shabaab members in Mombasa.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, soldiers engaged in a fire fight with separatists in Bafut town.",
            "Armed clash",
        ),
        # a communiqué's "air assets" are aircraft; units installed in a camp set up a base
        (
            "On 31 May 2024, our air assets struck a column of terrorist pick-ups on the "
            "approaches to Tessalit and destroyed it.",
            "Air/drone strike",
        ),
        (
            "On 31 May 2024, units of the army were installed in the camp left by the "
            "peacekeepers in Aguelhok.",
            "Headquarters or base established",
        ),
        # people seized from their home; a ship seized by pirates
        (
            "Three aid workers were seized from their residence in Mandera by gunmen on Sunday.",
            "Abduction/forced disappearance",
        ),
        (
            "On 31 May 2024, a tanker with a crew of 16 was seized by pirates off Mombasa.",
            "Abduction/forced disappearance",
        ),
        # a number of teachers or pupils seized
        (
            "On 31 May 2024, armed men seized six teachers at a secondary school in Wum.",
            "Abduction/forced disappearance",
        ),
        # an arrest that hides its prisoner is a forced disappearance
        (
            "On 31 May 2024, soldiers detained a village councillor at his home in Kherson and "
            "took him to an unknown location.",
            "Abduction/forced disappearance",
        ),
        (
            "On 31 May 2024, investigators began exhuming bodies from a burial site in a forest "
            "outside Izium.",
            "Other",
        ),
        # a raid that found arms and fought no one
        (
            "On 31 May 2024, soldiers raided a ranch near Elota, where they found a drug "
            "laboratory, 40 rifles and three drones. No one was arrested.",
            "Disrupted weapons use",
        ),
        # a crowd told as marching, in the present of a live page
        (
            "On 31 May 2024, thousands of nurses were marching through Eldoret to demand "
            "unpaid allowances.",
            "Peaceful protest",
        ),
    ],
)
def test_vocabulary_reads_the_event(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kind in [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a raid that only arrested is the arrest
        (
            "On 31 May 2024, federal police raided the office of a youth movement in Hawassa "
            "and arrested twelve of its members.",
            "Arrests",
        ),
        # grenades in the list of what was found are no grenade attack
        (
            "On 31 May 2024, officers searching a house in Lipkovo found a store of rifles, hand "
            "grenades and uniforms.",
            "Disrupted weapons use",
        ),
        # an armed group's attack that burned a dormitory is the attack
        (
            "On 31 May 2024, rebels of the Allied Democratic Forces attacked a secondary school "
            "in Mpondwe, setting fire to a dormitory and cutting down pupils who tried to flee.",
            "Attack",
        ),
        # a bomb fixed under a car is a planted bomb
        (
            "On 31 May 2024, a bomb that had been fixed under a police patrol car in Fuheis went "
            "off at night, killing a sergeant.",
            "Remote explosive/landmine/IED",
        ),
        # a killing that led to the arrest is the event; a militia that slashed residents
        (
            "On 31 May 2024, a policeman has been apprehended after shooting dead John Mwangi, a "
            "county politician in Meru.",
            "Attack",
        ),
        (
            "On 31 May 2024, militiamen slashed residents with machetes in Mathare, Nairobi.",
            "Attack",
        ),
        # an off-duty soldier shot on his way home fought no one
        (
            "On 31 May 2024, al-Shabaab militants shot and killed an off-duty soldier who was "
            "walking home from the mosque in Baidoa.",
            "Attack",
        ),
        # drugs seized by the police: property taken, as ACLED codes it
        (
            "On 31 May 2024, federal police seized about a ton of marijuana hidden in a truck at "
            "a highway checkpoint in Guaira, Parana, Brazil.",
            "Looting/property destruction",
        ),
        (
            "On 31 May 2024, in Seropedica, Rio de Janeiro, the Federal Highway Police (PRF) "
            "seized in the Dutra highway (BR-116) 1 ton of marijuana.",
            "Looting/property destruction",
        ),
        # villagers who fled their village, refugees who returned: displacement, ACLED's Other
        (
            "On 31 May 2024, more than a hundred villagers from a hamlet near Paletwa, Chin State, "
            "fled their village to the town.",
            "Other",
        ),
        # bombs that killed: planted bombs, not an attack by hand
        (
            "On Friday two bombs outside a bus station in Yala killed a street sweeper, police "
            "said.",
            "Remote explosive/landmine/IED",
        ),
        # a helicopter firing rockets is from the air
        (
            "A helicopter was seen firing rockets at vehicles on the highway near Voronezh on "
            "Saturday.",
            "Air/drone strike",
        ),
        # state police who drove the gang out of the school it held
        (
            "On Friday, police commandos climbed to the hamlet above Leogane and drove the "
            "bandits out of the school they had occupied.",
            "Government regains territory",
        ),
        # a truck of rockets stopped at a checkpoint
        (
            "On Thursday, the security directorate said its men had stopped a truck carrying "
            "Grad rockets and mortar rounds at a checkpoint on the coast road near Zuwara.",
            "Disrupted weapons use",
        ),
        # an old war's shell, no one's act today; families who evacuated from a fight
        (
            "Two boys were killed on Sunday when a shell left over from the war exploded as "
            "they played near their home outside Jalalabad.",
            "Other",
        ),
        (
            "On 30 May 2024, some 300 families from two villages near Datu Piang evacuated "
            "following the eruption of hostilities between two armed clans.",
            "Other",
        ),
        # bombs that fell on a market; the dead of explosions
        (
            "Bombs fell on the market area of Minova on Wednesday, killing six civilians, local "
            "officials said.",
            "Shelling/artillery/missile attack",
        ),
        (
            "The health ministry says 9 people were killed by the pager explosions in Tyre, "
            "including a girl.",
            "Remote explosive/landmine/IED",
        ),
        # drugs found by the police, in another spelling
        (
            "On 30 May 2024, police and narcotics officers in Mandeville discovered nearly 900 "
            "kilograms of marihuana in a truck.",
            "Looting/property destruction",
        ),
        # a cache dug up
        (
            "On Wednesday morning soldiers dug up a cache of assault rifles and explosive belts "
            "buried in a palm grove outside Tozeur.",
            "Disrupted weapons use",
        ),
        # canisters dropped that gave off a smoke, and what it did to the fighters
        (
            "On Monday, drones dropped canisters that released a yellowish smoke over rebel "
            "trenches near Hpapun, and fighters suffered vomiting and burning eyes.",
            "Chemical weapon",
        ),
    ],
)
def test_vocabulary_one_reading_of_the_sentence(pipeline: Pipeline, text: str, kind: str) -> None:
    assert [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "On 31 May 2024, about 300 Wazalendo fighters took over a disused school in Kasongo and "
        "made it their base.",
        "On 31 May 2024, the rebels seized the health centre in Pinga and turned it into a "
        "military base.",
    ],
)
def test_vocabulary_a_building_made_a_base_is_the_base(pipeline: Pipeline, text: str) -> None:
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert kinds == ["Headquarters or base established"]


@pytest.mark.parametrize(
    "text",
    [
        "On 31 May 2024, armed men took away two health workers and a teacher from the health "
        "centre in Dejen.",
        "On 31 May 2024, the rebels took at least ten villagers with them near Oicha.",
        "On 31 May 2024, soldiers in an unmarked van seized one of its organisers from his home "
        "in Entebbe.",
    ],
)
def test_vocabulary_people_taken_away_were_abducted(pipeline: Pipeline, text: str) -> None:
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert kinds == ["Abduction/forced disappearance"]


def test_vocabulary_weapons_taken_away_are_no_abduction(pipeline: Pipeline) -> None:
    text = "On 31 May 2024, the militants took away their weapons and left Dejen."
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert "Abduction/forced disappearance" not in kinds


def test_air_defences_are_the_military(pipeline: Pipeline) -> None:
    events = occurred(
        pipeline,
        "On 9 November 2023, Israeli air defences intercepted a surface-to-surface missile "
        "launched from Yemen towards Eilat.",
        "2023-11-10",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Disrupted weapons use", "Military Forces of Israel")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Air raid sirens sounded across Odesa overnight, the city's military administration said.",
        "A missile alert was declared in Kyiv on Saturday morning and lifted an hour later.",
    ],
)
def test_a_warning_of_a_strike_is_no_strike(pipeline: Pipeline, text: str) -> None:
    assert occurred(pipeline, text, PUBLISHED) == []


def test_a_coach_fired_on_sunday_is_no_event(pipeline: Pipeline) -> None:
    text = "The club's coach was fired on Sunday after a third defeat at the stadium in Imphal."
    assert occurred(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 31 May 2024, air defences shot down 20 drones approaching Moscow, the mayor said.",
            "Military Forces of Russia",
        ),
        # a command whose own aircraft struck is the striker
        (
            "On 31 May 2024, the United States Africa Command said one of its aircraft struck "
            "Al Shabaab fighters near Jilib in Somalia, killing three militants.",
            "Military Forces of the United States",
        ),
        # the Somali government's word for Al Shabaab
        (
            "On 31 May 2024, the Khawaarij attacked an army base near Dhuusamarreeb in Somalia.",
            "Al Shabaab",
        ),
        # an army's division is the army
        (
            "On 31 May 2024, the Sixth Infantry Division shelled rebel positions outside "
            "Kadugli in Sudan.",
            "Military Forces of Sudan",
        ),
        (
            "On 31 May 2024, a bomb squad defused an explosive device left outside a police "
            "station in Guayaquil.",
            "Police Forces of Ecuador",
        ),
        (
            "Lakurawa fighters have been seen in Sokoto state since 2023.\n\n"
            "On 31 May 2024, dozens of the group's fighters moved into a forest near Sokoto and "
            "set up a camp.",
            "Lakurawa",
        ),
        # an aircraft's model between the nationality and the noun
        (
            "On 31 May 2024, Iraqi F-16 jets struck Islamic State hideouts in the Hamrin "
            "mountains near Tuz Khurmatu.",
            "Military Forces of Iraq",
        ),
        # the act told in another clause names who did it
        (
            "On 31 May 2024, medics recorded 14 cases of suffocation, among them children, "
            "after regime shelling on the town of Douma.",
            "Military Forces of Syria",
        ),
        # a nationality's weapon is its military's
        (
            "On 31 May 2024, a Russian guided aerial bomb struck a warehouse on the outskirts of "
            "Zaporizhzhia, killing two workers.",
            "Military Forces of Russia",
        ),
        # ACLED's catch-all for Syria's unnamed rebels, but only in Syria
        (
            "On 31 May 2024, rebels fired rockets at the Hamdaniyeh district of Aleppo, killing "
            "two civilians.",
            "Opposition Rebels (Syria)",
        ),
        (
            "On 31 May 2024, rebels attacked an army post near Gao in Mali.",
            "Unidentified Armed Group (Mali)",
        ),
        # a group the report names outranks the catch-all
        (
            "On 31 May 2024, rebels led by Hayat Tahrir al-Sham captured Saraqib in Syria.",
            "Hayat Tahrir al-Sham",
        ),
        # the base a drone hit did not fly the drone
        (
            "On 31 May 2024, a drone dropped explosives on an army base in Tame, wounding two "
            "soldiers.",
            "Unidentified Armed Group (Colombia)",
        ),
        (
            "On 31 May 2024, the army repelled an attack by the rebel militia of the al-Hilu "
            "movement on its positions in Kurmuk, killing five soldiers.",
            "SPLM-N: Sudan People's Liberation Movement-North",
        ),
        (
            "On 31 May 2024, military intelligence arrested twelve people in Er Roseires "
            "accused of passing information to the rebels.",
            "Military Forces of Sudan",
        ),
        (
            "On 31 May 2024, gunmen of the Renamo Military Junta opened fire on a bus near "
            "Nhamatanda, killing two passengers.",
            "Renamo Military Junta",
        ),
        (
            "On 31 May 2024, members of the Muslim Unity group opened fire on police officers "
            "in Nardaran, killing two.",
            "Muslim Unity Movement",
        ),
        # a country's "units" are its army
        (
            "On 31 May 2024, one Armenian soldier was killed when Azerbaijani units attacked "
            "two positions east of Sisian.",
            "Military Forces of Azerbaijan",
        ),
    ],
)
def test_vocabulary_names_the_actor(pipeline: Pipeline, text: str, actor: str) -> None:
    assert actor in [e.actor1 for e in occurred(pipeline, text, PUBLISHED)]


def test_air_defences_set_up_are_equipment(pipeline: Pipeline) -> None:
    text = (
        "On 1 June 2024, Wagner Group mercenaries set up positions and air defences at the "
        "airbase near Hun."
    )
    assert [e.actor1 for e in occurred(pipeline, text, PUBLISHED)] == ["Wagner Group"]


def test_troops_who_enter_a_town_its_fighters_left_took_it_over_peacefully(
    pipeline: Pipeline,
) -> None:
    text = (
        "On 31 May 2024, government troops entered the town of Al-Tall, north of Damascus, hours "
        "after the last buses carrying rebel fighters and their families left under a surrender "
        "deal.\n\n"
        "The agreement, reached on 29 May 2024, allowed about 500 fighters to leave with their "
        "light weapons for Idlib province."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Non-violent transfer of territory", "At Tall"),
        ("Agreement", "At Tall"),
    ]


def test_a_mass_grave_found_is_other_with_no_deaths_of_its_day(pipeline: Pipeline) -> None:
    text = (
        "On 31 May 2024, rescue teams began exhuming a mass grave on the edge of Raqqa, "
        "believed to hold the bodies of 200 people killed by IS."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Other", 0)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On 31 May 2024, gunmen forced three young men into a white van outside a garage in "
            "Celaya.",
            "Abduction/forced disappearance",
        ),
        (
            "On 31 May 2024, plain-clothes men took a lecturer from his flat in Turbat; he has not "
            "been seen since.",
            "Abduction/forced disappearance",
        ),
        (
            "On 31 May 2024, police and paramilitary troops set up a new security camp in a forest "
            "village near Bijapur.",
            "Headquarters or base established",
        ),
        (
            "On 31 May 2024, the two governments agreed to extend their ceasefire by six months, "
            "officials in Kohima said.",
            "Agreement",
        ),
        (
            "On 31 May 2024, the two border commanders met at Isfara and signed a protocol on "
            "joint patrols.",
            "Agreement",
        ),
        (
            "On 31 May 2024, elders brokered the handover of Ghazni to the Taliban.",
            "Non-violent transfer of territory",
        ),
        (
            "On 31 May 2024, the army took back the airport of Almaty from the crowds.",
            "Government regains territory",
        ),
        (
            "On 31 May 2024, soldiers broke into houses in Oleshky and took furniture.",
            "Looting/property destruction",
        ),
        # whose the houses were is no doer: "left by residents who had fled"
        (
            "On 31 May 2024, Russian soldiers in Oleshky broke into houses left by residents who "
            "had fled and took furniture.",
            "Looting/property destruction",
        ),
        (
            "On 31 May 2024, raiders drove off 80 cattle and burned granaries near Ihosy.",
            "Looting/property destruction",
        ),
        # shops broken into, goods carried off, a mill's machinery loaded onto trucks
        (
            "On 31 May 2024, men broke into at least a dozen Hindu-owned shops in Feni and "
            "carried off goods.",
            "Looting/property destruction",
        ),
        (
            "On 31 May 2024, Eritrean troops loaded machinery from a flour mill and supplies from "
            "the health centre in Wukro, Ethiopia, onto trucks.",
            "Looting/property destruction",
        ),
        (
            "On 31 May 2024, bomb disposal experts removed an incendiary device from a shop in "
            "Durban.",
            "Disrupted weapons use",
        ),
        (
            "On 31 May 2024, soldiers of a tank unit in Antananarivo refused orders to fire on "
            "the crowds.",
            "Change to group/activity",
        ),
        (
            "On 31 May 2024, searchers found six clandestine graves on the outskirts of Hermosillo.",
            "Other",
        ),
        (
            "On 31 May 2024, hundreds of students gathered outside the town hall in Lviv with "
            "placards against the new law.",
            "Peaceful protest",
        ),
        (
            "On 31 May 2024, militants attacked an army post near Sibi and the two sides traded "
            "fire for an hour.",
            "Armed clash",
        ),
        (
            "On 31 May 2024, Russian artillery across the river hit a market in Kherson.",
            "Shelling/artillery/missile attack",
        ),
        (
            "On 31 May 2024, several policemen were wounded by a Taliban-planted bomb while on "
            "foot patrol in Khost.",
            "Remote explosive/landmine/IED",
        ),
        (
            "On 31 May 2024, men on a motorcycle threw Molotov cocktails at two shops in "
            "Coatzacoalcos.",
            "Looting/property destruction",
        ),
        (
            "On 31 May 2024, suspected militants stopped lorries near Mentao, firing gunshots at "
            "their tyres.",
            "Armed clash",
        ),
        (
            "On 31 May 2024, police in Burgersfort are accused of assaulting a taxi driver for "
            "not wearing a mask.",
            "Attack",
        ),
        (
            "On 31 May 2024, MONUSCO installed a new temporary military base in the village of "
            "Djaiba, near Djugu.",
            "Headquarters or base established",
        ),
        (
            "On 31 May 2024, men on a motorcycle hacked a shopkeeper to death in Kushtia.",
            "Attack",
        ),
        (
            "On 31 May 2024, a crowd in a market of Jacobabad beat a young labourer accused of "
            "blasphemy.",
            "Mob violence",
        ),
        (
            "On 31 May 2024, troops entered Snihurivka (Bashtanka, Mykolaiv) without a fight "
            "after the other side left.",
            "Non-violent transfer of territory",
        ),
        # an ACLED note's crowd size: only protest notes carry one
        (
            "On 31 May 2024, members of a labour group stood in front of the Ministry of Labour "
            "in Bangkok in solidarity with laid-off workers. [size=around 20]",
            "Peaceful protest",
        ),
        (
            "On 31 May 2024, men in plain clothes forced two party mobilisers into an unmarked "
            "van outside a bar in Mukono.",
            "Abduction/forced disappearance",
        ),
        # a man wearing an explosive belt who set it off is a suicide bomber
        (
            "On 31 May 2024, a man wearing an explosive belt set it off in the crowded village "
            "mosque of Al-Qudeih during Friday prayers.",
            "Suicide bomb",
        ),
        # militiamen who fell upon the inhabitants attacked them
        (
            "On 31 May 2024, Twa militiamen armed with bows and machetes fell upon the "
            "inhabitants of Kabeke at the hour of the morning market.",
            "Attack",
        ),
        # a deal that ends a crowd's action is an agreement, whatever crowd it ends
        (
            "On 31 May 2024, farm workers who had blocked the highway for four days agreed in "
            "Ica to lift their pickets for seven days.",
            "Agreement",
        ),
        (
            "On 31 May 2024, the truckers' union agreed in Aqaba to end the strike after the "
            "government raised freight rates.",
            "Agreement",
        ),
        # gas dropped on troops is a chemical weapon, whatever dropped it
        (
            "On 31 May 2024, the rebels accused army aircraft of dropping canisters that "
            "released a yellow, choking gas on their trenches near Kurmuk.",
            "Chemical weapon",
        ),
        (
            "On 31 May 2024, drones dropped canisters of an irritant gas on army trenches in "
            "the mountains above Kajaran.",
            "Chemical weapon",
        ),
        (
            "On 31 May 2024, a brigade near Dobropillia reported that drones released tear-gas "
            "grenades over its trenches.",
            "Chemical weapon",
        ),
        # a drone sent against a place is a drone strike
        (
            "On 31 May 2024, the Rapid Support militia sent a drone against the power "
            "substation of Ad-Damazin, killing two workers.",
            "Air/drone strike",
        ),
    ],
)
def test_vocabulary_reads_more_events(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kind in [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a picket of the Frontier Corps is a post, not a protest
        (
            "On 31 May 2024, militants attacked a Frontier Corps picket near Sibi, killing two.",
            "Peaceful protest",
        ),
        # police who take a beaten man away rescue him; they abduct no one
        (
            "On 31 May 2024, a crowd beat a man in Lahore before police took him away.",
            "Abduction/forced disappearance",
        ),
        # what a man is accused of is his charge, not an event
        (
            "On 31 May 2024, police arrested a man accused of kidnapping two children in Kisumu.",
            "Abduction/forced disappearance",
        ),
        # a rifle named for its use is no assault
        (
            "On 31 May 2024, police arrested a man near Agua Prieta who had a truck loaded with "
            "assault rifles.",
            "Attack",
        ),
        # depots of missiles a claim names as targets are no missile attack
        (
            "On 31 May 2024, the enemy claimed that its raids near Saada targeted radar sites "
            "and missile depots, a claim residents call a lie.",
            "Shelling/artillery/missile attack",
        ),
        # "since the battle ... began" dates the count; no battle is told
        (
            "On 31 May 2024, air defences shot down a drone over Al Bayda, the sixteenth to be "
            "downed since the battle of the Promised Conquest began.",
            "Armed clash",
        ),
        # captives marched back towards the border are no march
        (
            "On 31 May 2024, the rebels forced six students to carry food and marched them back "
            "towards the border.",
            "Peaceful protest",
        ),
        (
            "On 31 May 2024, the rebels forced six students to carry food and marched them back "
            "towards the border.",
            "Violent demonstration",
        ),
        # the crowd's cause, told as who the victim was, is no attack told
        (
            "On 31 May 2024, several hundred people gathered peacefully in Ballymena in support "
            "of the family of a girl who was allegedly assaulted at the weekend.",
            "Attack",
        ),
        # detainees loaded into police trucks were arrested
        (
            "On 31 May 2024, officers dragged several students into police trucks in Kampala.",
            "Abduction/forced disappearance",
        ),
        # explosive belts found in a cache were never worn
        (
            "On 31 May 2024, soldiers dug up a cache of assault rifles and explosive belts "
            "buried in an olive grove outside Zarzis.",
            "Suicide bomb",
        ),
    ],
)
def test_vocabulary_does_not_read(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kind not in [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]


def test_vocabulary_the_attempt_they_are_accused_of_is_their_charge(pipeline: Pipeline) -> None:
    # the arrest is the event; "to storm" names no storm and no assault
    text = (
        "On 31 May 2024, police in Yerevan arrested five opposition figures, accusing them of "
        "organising an attempt to storm the parliament building."
    )
    events = occurred(pipeline, text, PUBLISHED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Arrests", "Police Forces of Armenia")
    ]


def test_vocabulary_forces_accused_of_an_act_did_it(pipeline: Pipeline) -> None:
    text = "On 31 May 2024, rights groups accused police of shooting dead two protesters in Kisumu."
    assert occurred(pipeline, text, PUBLISHED)


def test_vocabulary_a_blockade_told_before_hosts_no_clash(pipeline: Pipeline) -> None:
    text = (
        "On 31 May 2024, security forces clashed with armed residents who had blocked the "
        "highway at Rushon. Three people were killed."
    )
    assert "Armed clash" in [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]


def test_vocabulary_an_agreement_told_again_is_one(pipeline: Pipeline) -> None:
    text = (
        "On 31 May 2024, government forces reached a deal with the rebels holding Douma to let "
        "their fighters leave for the north.\n\n"
        "Under Friday's agreement, announced on state television in Damascus, the rebels are "
        "to hand over their heavy weapons."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert kinds.count("Agreement") == 1


def test_vocabulary_signs_of_a_poison_gas(pipeline: Pipeline) -> None:
    text = (
        "On 31 May 2024, families sheltering in a basement in Douma were found with foam around "
        "their mouths, and rescuers described a smell of bleach in the stairwell."
    )
    assert "Chemical weapon" in [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]


def test_vocabulary_a_monitor_abroad_is_not_the_place(pipeline: Pipeline) -> None:
    text = (
        "Syrian government forces pressed their offensive on Douma on Friday.\n\n"
        "On 31 May 2024, warplanes hit the market area, killing 11 civilians, according to a "
        "Britain-based monitoring group."
    )
    countries = {e.country for e in occurred(pipeline, text, PUBLISHED)}
    assert countries == {"Syria"}


def test_vocabulary_killed_by_airstrikes_is_the_strike(pipeline: Pipeline) -> None:
    text = (
        "On 31 May 2024, four Taliban militants were killed by Afghan military airstrikes in "
        "Chawkay district, Kunar."
    )
    kinds = {e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)}
    assert kinds == {"Air/drone strike"}


@pytest.mark.parametrize(
    "text",
    [
        "On 31 May 2024, crowds looted and set fire to shops in central Pietermaritzburg in the "
        "unrest that followed the former president's jailing, while police fired rubber bullets.",
        "On 31 May 2024, on the second day of the stayaway against fuel price rises, youths in "
        "Epworth barricaded roads, looted shops and burned a police post.",
    ],
)
def test_vocabulary_a_crowds_grievance_makes_a_demonstration(pipeline: Pipeline, text: str) -> None:
    kinds = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert "Violent demonstration" in kinds and "Mob violence" not in kinds
