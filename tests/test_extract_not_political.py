"""Reports that use the words of war about something else give no event: a pipeline or a
mine that exploded, a volcano's "bombs", a film or a game, a business "shot across the bow".
Force used in such a report is still an event."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.article import Article
from eventatlas.pipeline import Pipeline

PUBLISHED = "2024-05-15"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "A gas pipeline exploded near the port of Tuxpan on Tuesday night, killing three "
        "workers who were repairing a valve, the state oil company said.",
        "Seven miners were killed on Tuesday when methane exploded inside a coal mine near "
        "Sogamoso, the mining agency said.",
        "Mount Ibu erupted on Tuesday, showering villages with volcanic bombs.\n\n"
        "Two people were hurt and several houses were damaged by falling rocks, officials said.",
        "Film review: a prison riot, a siege and a massacre\n\n"
        "The film opens with inmates setting fire to a workshop and taking guards hostage. Gunshots "
        "echo down the corridors as two gangs fight for the cellblocks.\n\n"
        "It opens in cinemas next Friday.",
        "The studio released its free-to-play shooter on Tuesday. In the battle royale mode, 60 "
        "gamers parachute onto an island, call in air strikes and ambush each other until one is "
        "left; the multiplayer servers crashed under the load, and the console version follows.",
        "Shares in the cement maker fell on Tuesday after its rival's takeover bid. \"This is a "
        'shot across the bow," its chief executive said.',
        # a ransom demanded, a bank's burnt-out shell: no protest and no shelling
        "Relatives of the passengers said the kidnappers had called them on Tuesday to demand a "
        "ransom.",
        "Photographs showed soldiers walking past burnt-out buildings and the shell of a bank in "
        "Mocimboa da Praia on Tuesday.",
        # a coach off a bridge; a crush told under a headline and a byline, and who was held
        "Twelve people were killed on Tuesday when a coach went off a bridge and fell into a "
        "river bed near Montes Claros, the highway police said.",
        "Eleven pupils killed in crush at Kano school fair\n\n"
        "By a correspondent in Kano\n\n"
        "Eleven pupils died on Tuesday when the crowd surged towards the gates of a school fair "
        "where sweets were handed out, hospital officials said.\n\n"
        "The governor ordered an inquiry. Police have detained several members of the organising "
        "committee for questioning.",
        # a gas blast told in the headline; who found no sign of a bomb; the flats across the road
        "Gas blast tears through block of flats in Kazan\n\n"
        "An explosion brought down part of a block of flats in Kazan early on Tuesday, killing "
        "three residents. Neighbours said it shook windows in the blocks across the road. "
        '"We have found no sign of sabotage or of any explosive device," an investigator said.',
        # a derby whose police were deployed, whose players had a shoving match
        "Olimpia take the Asuncion clasico\n\n"
        "Olimpia beat Cerro Porteno 2-1 on Sunday in a bruising clasico. Two players were sent "
        "off after a shoving match on the halfway line. Police deployed 1,500 officers around "
        "the stadium and reported no incidents.",
        # troops and air force helicopters sent to a flood, soldiers who battled for days
        "The death toll from the floods in Beira rose to 40 on Tuesday as soldiers battled for a "
        "fourth day to reach families stranded on rooftops.\n\n"
        "The government has deployed 2,000 troops, along with air force helicopters, to the "
        "province. The mayor said the river had killed at least ten residents of one district.",
        # a headline's "firefighters battle the last tanks", soldiers fighting flames below it,
        # and army engineers sent to hold back the chemicals
        "Refinery fire: toll rises to 19 as firefighters battle the last tanks\n\n"
        "Firefighters and soldiers were still fighting flames at the refinery outside Baiji on "
        "Tuesday, a day after a fire set off explosions that killed 19 workers.\n\n"
        "Army engineers were deployed on Tuesday to keep spilled fuel out of the river.",
        # a water bomber that "attacked the fire"
        "Firefighters said on Tuesday they had gained the upper hand over the forest fires near "
        'Ivankiv. Water bombers flew dozens of sorties, and crews had "attacked the fire from '
        'three sides", the emergency service said.',
        # a mining disaster, and the engineer held for questioning after it
        "Rescue teams brought the last bodies out of the coal pit at Zonguldak on Tuesday, a "
        "day after the country's worst mining disaster in a decade killed 23 workers.\n\n"
        "Prosecutors opened an inquiry and detained the shift engineer for questioning, a step "
        "that is routine after accidents of this size.",
        # police in the sentence make neither the crash's dead an attack nor its charge of
        # negligence a political arrest
        "Police on Sunday arrested the owner of the bus company in Kisii over the crash that "
        "killed nine passengers.",
        "Police detained the owner of the factory in Thika after a fire that killed 12 workers.",
        "Detectives arrested two engineers in Mombasa in connection with the building collapse "
        "which killed seven tenants.",
        # a burnt vehicle's shell, a cheering crowd
        "The bridge at Cucuta was quiet on Sunday, strewn with stones and the burnt shells of "
        "motorbikes.",
        "Only the burnt-out shells of three buses remained at the depot in Juba on Monday.",
        "The last rebel vehicles left the army headquarters in Rostov-on-Don on Saturday night "
        "to cheers and applause from a crowd.",
        # a company fought for, a final, a bout, a count, a play
        "An investment fund launched a hostile takeover bid for a brewer in Cali on Monday, "
        "opening what bankers expect to be a costly battle for control of the company.",
        "20:10 - Kick-off in Basra: the home side attack from the start, and wave upon wave of "
        "attack ends in a shot over the bar.",
        "Reyes stopped Ocampo in the sixth round in Tijuana on Saturday to take the lightweight "
        'title. "I kept up the attack to the body," he said.',
        "The closest battle was for the mayoralty of a town near Cebu, where canvassers "
        "proclaimed the winners on Tuesday.",
        "The battle scenes of a new Henry V that opened at a drama theatre in Lviv on Friday are "
        "staged with scaffolding poles and oil drums.",
        # a train, a light plane, a bear, a hunt, a firecracker, an exercise
        "A passenger train ploughed into freight wagons near Mandalay on Tuesday, killing six.",
        "Four people were killed when a light aircraft carrying tourists came down off "
        "Margarita on Tuesday, civil aviation officials said.",
        "A brown bear killed a fisherman on a river bank in Kamchatka on Tuesday.",
        "A walker was killed on Tuesday when a hunter on a wild boar drive shot him in a forest "
        "near Toulon.",
        "A boy was killed in Bulacan on Tuesday when a homemade firecracker exploded in his hands.",
        "Troops near Thies wrapped up a training exercise on Tuesday. Soldiers practised "
        "responding to a simulated ambush on a bush road, firing blank rounds.",
        # a quarry, a lift, stray dogs, a launch; a bowling attack, a stage; battles of words
        "Three workers were killed on Tuesday when a blast set off at a quarry near Jos brought "
        "rubble down on them.",
        "Two men were killed on Tuesday when a lift plunged down its shaft in Beirut.",
        "A boy was killed on Tuesday when a pack of stray dogs attacked children in Kano.",
        "A rocket blasted off from Sriharikota on Tuesday and put a satellite into orbit.",
        "14:05 - The visitors' bowling attack has been loose so far in Colombo on Tuesday.",
        "A climber sprang a late ambush on the final ascent to win Tuesday's stage, taking the "
        "race leader's jersey in Musanze.",
        "The budget battle in Baghdad went on on Tuesday as lawmakers adjourned again.",
        "A court in Lagos on Tuesday annulled a dredging contract, ending a legal battle.",
        "The summit in Addis Ababa ended on Tuesday after a clash of views over trade.",
        "Crowds lined the road on Tuesday as the presidential motorcade passed through Addis "
        "Ababa.",
        # the dead of a thing that gave way, toppled or came down
        "Five people died in Kano on Tuesday when a wall gave way after heavy rain.",
        "Two pupils were killed in Herat on Tuesday when a water tower toppled onto a school.",
        "Three tourists were killed near Luxor on Tuesday when a hot-air balloon came down.",
    ],
)
def test_not_political_gives_no_event(pipeline: Pipeline, text: str) -> None:
    assert occurred(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Rebels blew up a gas pipeline near Arauca on Tuesday, the army said.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Gunmen fired at the engineers guarding the gas pipeline near Tuxpan on Tuesday.",
            "Attack",
        ),
        # a campaign named for a volcano is still a campaign
        (
            "The media office of Operation Volcano of Rage issued a statement on Saturday.\n\n"
            "On Friday, our air force targeted a convoy of vehicles withdrawing towards Bani "
            "Walid and destroyed twelve of them.",
            "Air/drone strike",
        ),
    ],
)
def test_force_in_such_words_is_still_an_event(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kind in [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]


def test_shells_that_slammed_into_a_market_are_shelling(pipeline: Pipeline) -> None:
    # "slammed into" is also a road crash's word; shells and warplanes are not
    text = (
        "Shells fired by the paramilitary Rapid Support Forces slammed into a crowded market in "
        "Omdurman, Sudan, on Tuesday, killing at least 12 people.\n\n"
        "On Monday, army warplanes bombed RSF positions in Bahri."
    )
    subs = [e.sub_event_type for e in occurred(pipeline, text, PUBLISHED)]
    assert subs == ["Shelling/artillery/missile attack", "Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        # troops who help to battle flames or an outbreak use no force
        "A fuel tanker exploded on a highway near Majiya on Tuesday, killing 40 people who had "
        "gathered to scoop petrol.\n\n"
        "Soldiers from a nearby base were deployed to help firefighters battle the flames.",
        "Cholera deaths pass 500 as the government steps up its battle against the outbreak\n\n"
        "Soldiers were deployed on Tuesday to help health workers in the worst-hit districts, "
        "and troops are helping to disinfect markets and deliver chlorine to households.",
        # a bomb squad called in and finding nothing is no bombing
        "Five people were killed on Tuesday when a gas cylinder exploded in a shop in Quetta.\n\n"
        "Because residents at first feared an attack, police called in the bomb disposal squad. "
        "Officials said they had found no trace of explosive material.",
        # a boxer is a fighter
        "Okafor stops Reyes in the ninth round to keep his title\n\n"
        "Reyes had him on the canvas in the third on Tuesday night, but Okafor beat the count. "
        "Reyes's trainer said his fighter had been killed by the body shots.",
    ],
)
def test_not_political_helpers_squads_and_boxers(pipeline: Pipeline, text: str) -> None:
    assert occurred(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students marched from the National Theatre to parliament in Belgrade on "
        "Tuesday to demand the minister's resignation.",
        "Tamil Tigers overran an army camp near Kilinochchi on Tuesday, killing 14 soldiers.",
        "A car rammed a group of foreign cyclists near Danghara on Tuesday and its occupants "
        "stabbed the victims, killing four.",
        "Three people were killed in Kharkiv on Tuesday when a rocket fell on a market.",
        "Mutinous soldiers stormed the presidential palace in a military takeover in Niamey on "
        "Tuesday, killing two guards.",
    ],
)
def test_not_political_words_of_a_stage_a_race_or_a_takeover_leave_events(
    pipeline: Pipeline, text: str
) -> None:
    assert occurred(pipeline, text, PUBLISHED)


def test_not_political_an_attack_that_killed_stays_an_attack(pipeline: Pipeline) -> None:
    text = "Gunmen opened fire on a bus that was carrying traders near Mandera, killing nine."
    assert [e.sub_event_type for e in occurred(pipeline, text, "2023-06-19")] == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "A Hezbollah official said on Thursday that the group remained committed to the "
        "ceasefire agreement of November 2024.",
        "The army accused the rebels of violating the truce near Kidal on Monday.",
    ],
)
def test_not_political_a_deal_in_force_is_no_new_agreement(pipeline: Pipeline, text: str) -> None:
    types = [e.sub_event_type for e in occurred(pipeline, text, "2026-01-23")]
    assert "Agreement" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Until last Thursday some 12,000 people displaced by earlier fighting lived in the "
        "camp outside Kaga-Bandoro.",
        "The town of Bria was quiet on Monday after years of fighting.",
    ],
)
def test_not_political_fights_gone_by(pipeline: Pipeline, text: str) -> None:
    """Who was displaced by earlier fighting, a town quiet after years of it: no fight today."""
    types = [e.sub_event_type for e in occurred(pipeline, text, "2018-11-20")]
    assert "Armed clash" not in types


BEES = (
    "KANO, May 14 - Three children were killed on Tuesday in an attack by a swarm of bees at "
    "a school in Kano, officials said.\n\nTroops helped carry the injured to hospital, and the "
    "school was closed for the week."
)


def test_not_political_a_report_naming_no_violence_gives_no_event(pipeline: Pipeline) -> None:
    # two paragraphs that name no armed men, arms, force, crowd or group: no violence
    assert occurred(pipeline, BEES, "2024-05-15") == []


@pytest.mark.parametrize(
    "text",
    [
        # the same report with the group that did it named
        BEES.replace("by a swarm of bees at", "on").replace(
            "Troops helped carry the injured to hospital", "Al-Shabaab said it carried it out"
        ),
        # a one-paragraph note is too short to judge
        "On 14 May 2024, in Tijuana, a woman was found dead in Colonia Lomas. The victim was "
        "wrapped in a blanket.",
    ],
)
def test_not_political_a_named_group_or_a_short_note_keeps_the_event(
    pipeline: Pipeline, text: str
) -> None:
    assert occurred(pipeline, text, "2024-05-15")


def test_a_tally_of_the_injured_and_detained_attacks_no_one(pipeline: Pipeline) -> None:
    # "injured since Thursday and 143 people" is no attack on people
    text = "Police said 213 officers had been injured since Thursday and 143 people detained."
    article = Article("t", text, published="2017-07-08")
    events = pipeline.run_one(article).events
    assert [(e.sub_event_type, e.modality) for e in events if e.modality == "occurred"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a hazard's toll: the killing is the hailstorm's
        "A hailstorm swept across the plateau villages on Saturday afternoon, killing three "
        "herders caught in the open and flattening the wheat.\n\n"
        "District officials said compensation forms would be handed out from Monday.",
        # violence only as a likeness: a blast mistaken for a bomb, a bang like a bomb
        "A gas pipe under the market road burst on Tuesday evening with a crack that shop "
        "owners first took for a bomb blast, flooding the street and injuring four people.\n\n"
        '"It went off like a big bomb," said a tea seller. Engineers sealed the pipe by night.',
        # a ransomware gang holding data hostage is a crime of another kind
        "A ransomware gang locked the computers of the port authority on Friday, halting the "
        "loading of ships for a day.\n\n"
        '"Our data is being held hostage," a spokesman said, adding that no ransom was paid.',
    ],
)
def test_not_political_likenesses_and_hazards_tell_no_violence(
    pipeline: Pipeline, text: str
) -> None:
    assert occurred(pipeline, text, "2024-05-15") == []


@pytest.mark.parametrize(
    "text",
    [
        # a killing told after an armed attack keeps the report's violence, whatever storm is
        # named
        "Gunmen attacked a bus near the flooded river crossing on Saturday, killing three "
        "passengers.\n\nHeavy rains had closed the main road, police said.",
        # "a series of", "launched" and "the story of" in a report on violence tell no plot
        "Militants launched a series of attacks on army posts around Gao on Monday, killing "
        "four soldiers. Residents told the story of a night of gunfire.\n\n"
        "The army said the attackers fled towards the border.",
    ],
)
def test_not_political_violence_beside_borrowed_words_keeps_its_event(
    pipeline: Pipeline, text: str
) -> None:
    assert occurred(pipeline, text, "2024-05-15")


@pytest.mark.parametrize(
    "text",
    [
        # a works' blast: the killing is the depot's
        "A series of explosions tore through a fuel storage depot outside Basra on Thursday, "
        "killing three workers.\n\nFirefighters brought the blaze under control by night.",
        # a fire's damage: "burned houses" and "the charred shells of cars"
        "LIVE: Forest fires sweep through the hills above Concepcion\n\n"
        "14:50 - Pictures show rows of burned houses and the charred shells of cars.",
        # a market's truce
        "Budget airlines call truce in fare war\n\n"
        "Two airlines raised their cheapest fares, in what travel agents call a ceasefire.",
        # a ceremony's gun salutes, and cadets who took over guard duty
        "Pakistan marks Defence Day with wreaths and gun salutes\n\n"
        "In Karachi, cadets took over guard duty at the mausoleum in a ceremony.",
    ],
)
def test_not_political_works_fires_markets_and_ceremonies(pipeline: Pipeline, text: str) -> None:
    assert occurred(pipeline, text, "2024-05-15") == []


PREMIERE = (
    "Beirut premiere for civil war drama\n\n"
    "A television series set during the civil war had its premiere on Tuesday night at a "
    "cinema in Achrafieh.\n\n"
    "The series follows a taxi driver who is caught up in a car bombing and stopped at militia "
    "checkpoints where passengers are dragged from his car."
)


def test_not_political_a_works_plot_is_no_event(pipeline: Pipeline) -> None:
    assert occurred(pipeline, PREMIERE, "2024-05-15") == []


def test_not_political_news_beside_a_plot_stays_news(pipeline: Pipeline) -> None:
    text = (
        PREMIERE + "\n\nOutside the cinema, police fired tear gas at about 200 protesters who "
        "accused the producers of glorifying a militia."
    )
    kinds = [e.sub_event_type for e in occurred(pipeline, text, "2024-05-15")]
    assert kinds == ["Protest with intervention"]


def test_a_worker_killed_in_the_strike_just_told_is_that_strikes(pipeline: Pipeline) -> None:
    # "killed and several people were hurt" attacks no people of its own
    text = (
        "06:10 - Russia fired missiles at Kremenchuk overnight, and the city's oil refinery was "
        "hit, the governor says. A worker at the plant was killed and several people were hurt."
    )
    events = occurred(pipeline, text, "2026-03-18")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", 1)
    ]


def test_fans_singing_and_waving_flags_are_no_protest(pipeline: Pipeline) -> None:
    text = "Fans singing and waving flags filled the stadium in Masaka on Thursday."
    assert occurred(pipeline, text, "2020-11-20") == []
