from __future__ import annotations

import time

import pytest
from extract_helpers import occurred

from eventatlas.article import Article
from eventatlas.extract.fatalities import fatalities_in, number_value
from eventatlas.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "count", "low", "high"),
    [
        ("Gunmen killed 12 people and wounded 5.", 12, 12, 12),
        ("The ministry said 12 were killed; a monitoring group put the toll at 17.", 12, 12, 17),
        ("At least three soldiers were killed in the clash.", 3, 3, 3),
        ("The death toll rose to 25 on Monday after 19 were first reported dead.", 25, 19, 25),
        ("Two civilians died.", 2, 2, 2),
        # a side that lost its men; soldiers who fell with honour
        ("The enemy lost nine fighters and two vehicles.", 9, 9, 9),
        ("On our side, two soldiers fell with honour and four were wounded.", 2, 2, 2),
        ("killing several civilians", 10, 10, 10),
        ("dozens of people were killed", 12, 12, 12),
        ("hundreds of people were killed", 100, 100, 100),
        ("1 fatality.", 1, 1, 1),
        ("the strike killed twenty-one fighters", 21, 21, 21),
        ("No casualties were reported.", 0, 0, 0),
        # where or how they died is no victim
        ("Five people were killed there, doctors said.", 5, 5, 5),
        ("Three passengers were killed instantly.", 3, 3, 3),
        # a word for no one is no victim's name
        ("Nobody was killed, residents said.", 0, 0, 0),
        ("Nobody died in the attack.", 0, 0, 0),
        ("A grenade hit a bar, wounding eight customers, none of them fatally.", 0, 0, 0),
        (
            "A drone dropped a munition on a house, breaking windows without injuring anyone.",
            0,
            0,
            0,
        ),
        ("Twenty lorries were set on fire at the toll plaza; the drivers escaped unhurt.", 0, 0, 0),
        # a running count of one side's dead; one victim "who died"; who shot is no victim
        ("By Monday the number of police killed there had risen to six.", 6, 6, 6),
        # the same source's revision raises the figure; another's account does not
        (
            "A drone struck the town hall and killed 38 of them, by the council's first count. "
            "On Monday, the council raised the number of the dead to 43.",
            43,
            38,
            43,
        ),
        (
            "The governor said four people were killed; the mayor later put the number of dead "
            "at five.",
            4,
            4,
            5,
        ),
        ("A mob stabbed and shot its deputy imam, who died in hospital.", 1, 1, 1),
        # a lynching: the men a crowd caught, beat and set on fire
        (
            "A crowd caught three young men accused of spying for the gang, beat them and set "
            "them on fire.",
            3,
            3,
            3,
        ),
        (
            "The commander was shot dead by two officers, and both gunmen were killed by guards.",
            2,
            2,
            2,
        ),
        # what an act "led to"; those counted before and killed as "them"
        ("The bomb exploded under a patrol, which led to the martyrdom of two soldiers.", 2, 2, 2),
        (
            "Residents dragged five suspected gang members from a minibus and beat and burned "
            "them to death.",
            5,
            5,
            5,
        ),
        # a communique's words for soldiers killed
        ("Eight soldiers and four VDP fell in the field of honour.", 12, 12, 12),
        # headline phrasings, a titled victim, a second verb, torture, a group's claim
        ("Student shot dead and seven police injured in clashes with rioters", 1, 1, 1),
        ("Unknown gunmen kill Mungiki sect spokesman in Nairobi", 1, 1, 1),
        ("A mob lynched and burned three men in Siaya on Tuesday.", 3, 3, 3),
        ("A vigilante mob lynches and kills a 14 year old over a theft in Muranga.", 1, 1, 1),
        # a list with commas; a clause before "and" is no victim
        ("Two soldiers, a policeman and three civilians were killed.", 6, 6, 6),
        ("A shoot-out broke out and a suspect was shot and died.", 1, 1, 1),
        ("Soldiers detained and tortured a villager to death.", 1, 1, 1),
        ("The militants retreated and claimed to have killed one soldier.", 1, 1, 1),
    ],
)
def test_extract_fatalities_figures(text: str, count: int, low: int, high: int) -> None:
    found = fatalities_in(text)
    assert found is not None
    assert (found.count, found.low, found.high) == (count, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "consisting of armored vehicles and dozens of Russian Special Forces personnel",
        "In 2019, 300 soldiers were deployed.",
        "Five people were wounded in the blast.",
        "Protesters gathered in the square.",
        "Gunmen in Kisumu kill time waiting for the bus.",
        "The suspect was accused of having killed his wife.",
        # a lynch mob that did not kill; deaths that are a protest's cause
        "A lynch mob attacked a suspected thief in Kakiri, beating him and cutting off his leg.",
        "Residents demonstrated in Bafoussam town (Mifi, Ouest) after a gendarme shot and killed "
        "a taxi driver.",
        "Youths threw stones during a demonstration over the death of a teenager killed by the "
        "police.",
        # a whole war's toll
        "Nearly two years of war have left tens of thousands dead, UN agencies say.",
        # what else a side may lose
        "The army lost contact with 20 soldiers after the storm.",
        "The ruling party lost two seats in the by-election.",
    ],
)
def test_extract_fatalities_none(text: str) -> None:
    assert fatalities_in(text) is None


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("12", 12),
        ("1,200", 1200),
        ("twelve", 12),
        ("forty-two", 42),
        ("dozens", 12),
        ("banana", None),
    ],
)
def test_extract_fatalities_number_value(word: str, value: int | None) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Al Shabaab attacked a border town, killing three civilians and five police.", 8),
        ("One police officer and two civilians killed in the ambush.", 3),
        ("A man and a woman were killed near the market.", 2),
        ("The blast killed a woman and her two children.", 3),
        ("A cleric and three others were assassinated outside the mosque.", 4),
        ("The death toll from Sunday's attack on the village has risen to 11.", 11),
        ("Five soldiers and two militants were killed and 3 civilians wounded.", 7),
        # the one who said it is no victim; a victim named by his role; killed with others
        ("A monitor said six fighters and a civilian were killed.", 7),
        ("Fighters ambushed a truck, killing the driver and two passengers.", 3),
        ("The attack killed the commander and his deputy.", 2),
        ("Police said the suspect and his brother were killed.", 2),
        ("Wani was killed with two other militants in a gunfight.", 3),
        ("The commander was killed along with three of his bodyguards.", 4),
        # a side named by its initials is a side of its own
        (
            "Troops clashed with the rebels near Mangina; five ADF were killed and two soldiers "
            "lost their lives.",
            7,
        ),
    ],
)
def test_extract_fatalities_coordinated_victims_add_up(text: str, count: int) -> None:
    found = fatalities_in(text)
    assert found is not None and found.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # ACLED's numbers for vague words stand in only when no count is given
        (
            "Gunmen attacked the village, killing dozens of people. Officials later said 23 "
            "people had been killed.",
            23,
        ),
        ("Several soldiers were killed. The army said five soldiers died in the ambush.", 5),
        ("Gunmen attacked the village, killing dozens of people.", 12),
    ],
)
def test_extract_fatalities_counts_before_vague_words(text: str, count: int) -> None:
    found = fatalities_in(text)
    assert found is not None and found.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The county treasurer was shot and killed outside his office on Monday.", 1),
        ("A 40-year-old trader, who had received threats for weeks, is killed by a mob.", 1),
        ("A suspected burglar is beaten and killed by residents.", 1),
        ("Soldiers shot dead suspected rebel commander near the border", 1),
        ("A masked man stabbed a local radio presenter to death.", 1),
        ("Prison warden shot dead by unknown attackers", 1),
        ('A village imam is "hacked to death" in his home.', 1),
        ("Insurgents ambushed and killed the head of the district police.", 1),
        ("A young farmer was shot to death by four armed men.", 1),
        ("Juma Hassan Ali (alias Bobo), was shot dead near the market.", 1),
        ("Student killed by stray bullet", 1),
        ("The body of a woman was found in a sugarcane field.", 1),
        ("The bodies of three fishermen are recovered from the lake.", 3),
        ("A 12-year-old girl was killed by a landmine.", 1),
        ("Gunmen attacked a trader at his shop. He died on the way to hospital.", 1),
    ],
)
def test_extract_fatalities_single_victim_counts_one(text: str, count: int) -> None:
    found = fatalities_in(text)
    assert found is not None and found.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Seven Pokot herders are feared dead after the raid.", 7),
        ("Four people, among them a child, were killed.", 4),
        ("Three women who were accused of sorcery are lynched.", 3),
        ("Two gunmen who shot dead a shopkeeper fled on foot.", 1),
        ("A soldier and a herder died in the exchange of fire.", 2),
        ("Two suspected members of the cell were shot and killed by police.", 2),
        ("four bandits were kiled in the operation", 4),
        ("three traders were fatally assaulted", 3),
        ("a family of 5 were killed when their house was torched", 5),
        ("Raiders attacks and kills two herders", 2),
        ("Four policemen and at least six attackers were killed.", 10),
        ("9 soldiers were killed and 4 were wounded in the ambush.", 9),
        ("Two of the robbers were shot and killed by police.", 2),
        ("Police said 6 rebels were killed. Two soldiers were also killed in the fighting.", 8),
        ("Three fighters and 2 policemen were killed in a clash between 3-4 June.", 5),
    ],
)
def test_extract_fatalities_plural_victims(text: str, count: int) -> None:
    found = fatalities_in(text)
    assert found is not None and found.count == count


@pytest.mark.parametrize(
    "text",
    [
        "Twelve protesters were injured and 40 arrested.",
        "The convoy was hit, killing and injuring 9 soldiers.",
        "One guard was killed or wounded by the sniper.",
        "Supporters of rival candidates clashed, leaving 4 injured.",
        "The two officials escaped death when the bomb missed their car.",
        "The militants threatened to kill five hostages.",
        "The raid killed an unspecified number of fighters.",
        "They marched to remember the bombing that killed 70 people in March 2015.",
    ],
)
def test_extract_fatalities_not_deaths_of_the_event(text: str) -> None:
    found = fatalities_in(text)
    assert found is None or found.count == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Eight soldiers were killed. Fatalities coded as 0 (the local radio reported 8).", 0),
        ("Sixty fighters were killed in the strikes. Fatalities split between 2 events.", 30),
        ("5 rebels died in raids on two towns. Fatalities are split across 2 events (3).", 3),
        ("Rioting spread. (Police shot 3 rioters dead - coded separately).", 0),
    ],
)
def test_extract_fatalities_coder_conventions(text: str, count: int) -> None:
    found = fatalities_in(text)
    assert (found.count if found else 0) == count


@pytest.mark.parametrize(
    "text",
    [
        "killed " * 15000,
        "1 killed, " * 10000,
        ("1 and " * 100 + "killed ") * 150,
        ("A man " * 20 + ", killed") * 700,
        ("a, " * 100 + "were killed ") * 300,
    ],
)
def test_extract_fatalities_long_adversarial_text_is_fast(text: str) -> None:
    started = time.perf_counter()
    fatalities_in(text)
    assert time.perf_counter() - started < 5.0


def test_extract_fatalities_low_best_high_are_ordered() -> None:
    found = fatalities_in("Officials said 4 were killed; a rights group said 9 died in the attack.")
    assert found is not None
    assert (found.count, found.low, found.high) == (4, 4, 9)
    assert found.low <= found.best <= found.high


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen ambushed a bus near Garissa on Monday. Three passengers died at the scene.", 3),
        (
            "Eleven fighters were killed when rival militias clashed near Beni on Sunday. "
            "The fighting took place in the hills west of the town.",
            11,
        ),
        # dissidents, separatists and guerrillas are a side of their own: both sides add up
        (
            "Soldiers clashed with EMC fighters near Suarez, Colombia, on Sunday, killing four "
            "dissidents. One soldier died in the fighting.",
            5,
        ),
        (
            "Troops clashed with separatists near Batibo, Cameroon, on Sunday, killing three "
            "separatists. Two soldiers died in the fighting.",
            5,
        ),
        # the headline tells the body's toll in brief: never added to it
        (
            "Three FC men martyred in Nushki blast\nBy Staff Reporter | Quetta\n\n"
            "QUETTA: Three personnel of the Frontier Corps were martyred and five injured when a "
            "bomb hit their vehicle near Nushki on Sunday, officials said.",
            3,
        ),
        # a headline's lower total stands beside a body that tells the dead one by one
        (
            "Five security men killed as police clear protesters in Islamabad\n\n"
            "ISLAMABAD - Protesters threw stones and petrol bombs at police in Islamabad on "
            "Tuesday. Four Rangers were killed when a vehicle drove into them and a policeman "
            "died of head injuries, the interior ministry said.",
            5,
        ),
    ],
)
def test_extract_fatalities_event_reads_its_paragraph(
    pipeline: Pipeline, text: str, count: int
) -> None:
    events = pipeline.run_one(Article("fatal-1", text, published="2021-03-02")).events
    assert events and max(e.fatalities or 0 for e in events) == count
    assert all((e.fatalities or 0) in (0, count) for e in events)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Traders protested in Kisumu on Monday after police shot dead a hawker.", 0),
        ("Students marched in Nakuru demanding justice for the killing of a classmate.", 0),
        ("Residents blocked the highway over the death of a boda boda rider.", 0),
        ("A truck killed 14 sheep near Narok; herders blocked the road.", 0),
        ("Gunmen killed 9 villagers on Friday, two days after militiamen executed 20 farmers.", 9),
    ],
)
def test_extract_fatalities_other_happenings_do_not_count(text: str, count: int) -> None:
    found = fatalities_in(text)
    assert (found.count if found else 0) == count


def test_extract_fatalities_own_side_and_martyrs_add_up() -> None:
    from eventatlas.extract.fatalities import fatalities_in

    cases = {
        "The statement said 31 of the mercenaries were killed, while five of our fighters "
        "fell as martyrs defending the city.": 36,
        "The front said 18 of the attackers were killed, while six of its fighters fell in "
        "the battles.": 24,
        "The organization executed yesterday 23 young men from the tribe.": 23,
        "Oil prices fell in the market on Monday.": None,
        # "more than 100" is another account, not a hundred more
        "Drones struck a ceremony in Homs, killing at least 80 people, the minister said. A "
        "monitor said more than 100 people were killed.": 80,
        "The monitor documented the death of nine regime members and seven fighters.": 16,
        "A tribal clash causes the death of one and several houses destroyed.": 1,
        # "elements" are the enemy's men, "heroes of the army" its own: two sides
        "It said 23 of the Houthi elements were killed, and four of the heroes of the army "
        "were martyred.": 27,
        # the Levant's "rose as martyrs" / "ascended as a martyr"
        "Two young men from the town rose as martyrs when a drone targeted their car.": 2,
        "A fighter of the brigade ascended as a martyr in the shelling of Khiam.": 1,
        # the dead and the wounded in one figure: how many died is not said
        "The ministry said the enemy lost more than 300 servicemen killed and wounded.": None,
        "The army lost 12 soldiers killed and 30 wounded.": 12,
        # the part told between commas before the verb is in the whole
        "Ten citizens, among them four children, were martyred in the raid.": 10,
        # a list of victims with whose they were: all of them, and no list across a saying
        "Three women and six children of a Mormon family with dual citizenship were shot "
        "dead on Monday.": 9,
        "Two soldiers and a policeman of the unit said on Monday that four men were killed.": 4,
        # the whole wave's toll, no one event's; and "across the country" is nobody
        "The human rights commission says 16 people died nationwide.": None,
        "Sixteen people were killed across the country, the commission said.": None,
        # a list read around the relative clause inside it
        "In Handwara, two militants, whom police identified as Lashkar-e-Taiba members, and "
        "a soldier were killed in a gunfight on Monday.": 3,
        # a pair shot as "them"; passengers burned inside a minibus; houses burned are no one
        "In Fortul, gunmen pulled a farmer and his son from their home on Monday night and "
        "shot them dead by the side of the road.": 2,
        "Gunmen seized a man and his wife but released them unharmed.": None,
        "Relatives said nine passengers, among them two children, were burned inside.": 9,
        "Three houses were burned inside the compound.": None,
        # two verbs before one victim; one person told stepping on a mine, then dying
        "Residents caught a man they accused of housebreaking and beat and stoned him to death.": 1,
        "A man collecting scrap metal stepped on a mine in a field near Zolote and died at "
        "the scene.": 1,
        "A man and his son were wounded and died later.": 2,
        # "one of them a street vendor" and a bracket inside a list are asides
        "In Dhaka, two people, one of them a street vendor, died in clashes near Dhaka College.": 2,
        "Two NPA (communist) rebels and a soldier were killed in a firefight.": 3,
    }
    for text, want in cases.items():
        found = fatalities_in(text)
        assert (found.count if found else None) == want, text


def test_extract_fatalities_the_toll_of_a_whole_wave_is_no_events(pipeline: Pipeline) -> None:
    text = (
        "Police said 20 people were killed in Phoenix, north of Durban, on Tuesday night, when "
        "armed residents fired on men they suspected of looting.\n\n"
        "The government said on Friday that the toll from the unrest had risen to 117."
    )
    events = occurred(pipeline, text, "2021-07-16")
    assert [e.fatalities for e in events] == [20]


def test_extract_fatalities_a_dated_item_keeps_its_toll_from_the_next_days(
    pipeline: Pipeline,
) -> None:
    """A flash update's items, each on its own day: the drones of the 2nd killed no one
    the report knows of; the three dead are the shells' of the 3rd."""
    text = (
        "On 2 March, army drones struck rebel positions on the hills near Lubero; no casualty "
        "figures were available. On 3 March, shells fell on the market of a village south of "
        "Lubero, killing three civilians, a health official said."
    )
    events = occurred(pipeline, text, "2026-03-06")
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls == {"Air/drone strike": None, "Shelling/artillery/missile attack": 3}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the bomber dies too, as ACLED counts ("Fatalities coded as 4 (including the
        # suicide bomber)")
        ("A suicide bomber blew himself up at a market in Mora on Sunday, killing five.", 6),
        ("Two suicide bombers blew themselves up at the gate of a camp in Kunduz on Sunday.", 2),
        # already counted, or the bomber lived
        (
            "A man blew himself up on a street in Tel Aviv on Sunday, killing himself and "
            "wounding a passer-by.",
            1,
        ),
        (
            "A suicide bomber struck a tea shop in Mogadishu on Sunday, killing six people "
            "including the bomber.",
            6,
        ),
        (
            "A would-be suicide bomber was arrested at a checkpoint in Bannu on Sunday before he "
            "could detonate his vest.",
            0,
        ),
    ],
)
def test_extract_fatalities_a_suicide_bombing_counts_its_bombers(
    pipeline: Pipeline, text: str, count: int
) -> None:
    events = occurred(pipeline, text, "2024-05-13")
    bombings = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert [e.fatalities or 0 for e in bombings] == ([count] if bombings else [])
    assert bombings or count == 0


def test_extract_fatalities_no_one_dies_in_a_pact_or_a_peaceful_march(pipeline: Pipeline) -> None:
    # the deaths told beside an agreement or a peaceful march belong to what caused them
    text = (
        "Elders of the Murle and Lou Nuer communities signed a peace pact in Pibor on Saturday, "
        "promising to end cattle raids that have killed dozens of herders in the past year.\n\n"
        "In Bor, several hundred people marched peacefully on Saturday to demand an end to the "
        "raids. The raids have killed 14 herders around the town since January, officials said."
    )
    events = pipeline.run_one(Article("fatal-pact", text, published="2020-02-17")).events
    tolls = {e.sub_event_type: e.fatalities for e in events if e.modality == "occurred"}
    assert tolls["Agreement"] == 0
    assert tolls["Peaceful protest"] == 0


def test_extract_fatalities_a_retelling_that_goes_on_to_an_earlier_happening(
    pipeline: Pipeline,
) -> None:
    # "The attack came two days after a roadside bomb ...": the bomb's two dead are its own
    text = (
        "MANDERA, Kenya — Gunmen attacked a guest house in Mandera town early on Tuesday. "
        "Twelve people were killed, the police said.\n\n"
        "The attack came two days after a roadside bomb hit a police vehicle outside Lafey on "
        "Sunday, killing two officers."
    )
    events = pipeline.run_one(Article("m", text, published="2016-10-26")).events
    tolls = {e.sub_event_type: e.fatalities for e in events if e.modality == "occurred"}
    assert tolls == {"Attack": 12, "Remote explosive/landmine/IED": 2}


def test_extract_fatalities_a_later_count_in_the_events_own_paragraph(pipeline: Pipeline) -> None:
    """The second event of a report takes the rise its own paragraph tells ("first counted 14
    dead ... said the number had risen to 17"), as the main event does anywhere."""
    text = (
        "MANDALAY REGION — Resistance fighters captured the police station of Wundwin on "
        "Sunday after a fight of five hours.\n\n"
        "On Monday, two fighter jets of the junta dropped bombs on the morning market of "
        "Wundwin. The township administration first counted 14 civilians dead. In its "
        "statement of Tuesday evening it said the number had risen to 17 because two injured "
        "persons died in the hospital."
    )
    events = occurred(pipeline, text, "2025-02-12")
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls.get("Air/drone strike") == 17


def test_extract_fatalities_an_arrest_takes_no_toll_merged_into_it(pipeline: Pipeline) -> None:
    """The riots' dead, told after the arrests of those accused of organising them, are the
    riots' and not the arrests'."""
    text = (
        "Police on Friday raided the office of a youth movement in Bahir Dar and arrested "
        "twelve of its members, accused of organising the riots.\n\n"
        "By Saturday the hospital in Bahir Dar had raised its count to six, after two wounded "
        "men died overnight. Activists say nine people were killed in the city alone."
    )
    arrests = [e for e in occurred(pipeline, text, "2024-03-13") if e.sub_event_type == "Arrests"]
    assert [e.fatalities or 0 for e in arrests] == [0]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("set off a bomb he was carrying, killing himself and one officer", 2),
        ("opened fire in the hall, killing himself and at least 12 people", 13),
        ("blew herself up at the gate, killing herself and two guards", 3),
    ],
)
def test_fatalities_who_killed_himself_and_others(text: str, count: int) -> None:
    """ "killing himself and one officer": the one who died with them counts too."""
    found = fatalities_in(text)
    assert found is not None and found.count == count


def test_fatalities_a_bomb_set_off_killing_himself_is_a_suicide_bombing(
    pipeline: Pipeline,
) -> None:
    text = (
        "A man walked into the yard of the police station in Surabaya on Wednesday morning and "
        "set off a bomb he was carrying, killing himself and one officer."
    )
    found = [(e.sub_event_type, e.fatalities) for e in occurred(pipeline, text, "2022-12-08")]
    assert found == [("Suicide bomb", 2)]


def test_fatalities_liquidated_are_killed(pipeline: Pipeline) -> None:
    # the security services' word for the fighters they killed
    text = (
        "Two police officers were killed and four militants were liquidated in the exchange "
        "of fire in Nardaran on Thursday."
    )
    (event,) = [e for e in pipeline.run_one(Article("t", text, published="2021-11-17")).events]
    assert event.fatalities == 6


def test_fatalities_arrests_do_not_take_the_deaths_told_before_them(pipeline: Pipeline) -> None:
    text = (
        "In Shymkent, troops opened fire on Thursday on a crowd that had sat down in the road. "
        "The regional health department said two people died of gunshot wounds. On the same "
        "day the security committee said its officers had detained fourteen organisers in a "
        "flat in the city."
    )
    events = pipeline.run_one(Article("t", text, published="2022-01-07")).events
    deaths = {e.sub_event_type: e.fatalities for e in events}
    assert deaths["Excessive force against protesters"] == 2
    assert deaths["Arrests"] in (None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Nine persons have lost life in an attack on Kabeke village on Sunday.",
        "Nine villagers lost their lives in an attack on Kabeke village on Sunday.",
    ],
)
def test_fatalities_lost_life(text: str) -> None:
    found = fatalities_in(text)
    assert found is not None and found.count == 9
