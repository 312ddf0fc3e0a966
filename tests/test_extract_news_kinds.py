"""Kinds of happening whole news reports tell, each coded once and as ACLED codes it."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.article import Article
from eventatlas.pipeline import Pipeline


def occurred_types(pipeline: Pipeline, text: str) -> list[str]:
    article = Article("t", text, published="2024-05-31")
    return [e.sub_event_type for e in pipeline.run_one(article).events if e.modality == "occurred"]


# (report, the occurred sub-event types it gives, in text order)
# fmt: off
REPORTS = [
    # air defences bringing drones down disrupt them; they are not the strike
    ("Overnight, Ukrainian air defences shot down 21 of 24 attack drones launched at Kyiv.",
     ["Disrupted weapons use"]),
    ("Maoist rebels blew up a vehicle carrying police commandos in Bijapur on Monday.",
     ["Remote explosive/landmine/IED"]),
    ("Rebel commanders in Argelia announced on Thursday that they were leaving talks with the "
     "government.", ["Change to group/activity"]),
    # what a deal or a raid was for did not happen
    ("Community leaders in Bor signed an agreement on Monday to stop revenge attacks.",
     ["Agreement"]),
    ("Police officers entered the favela before dawn on Tuesday to serve arrest warrants.", []),
    # an arrest in an accident story is not political
    ("A fire at a garment factory in Karachi killed 12 workers on Tuesday. The factory owners "
     "were detained for questioning over safety violations.", []),
    ("Taliban fighters fired into the air to disperse about 20 women who protested in Kabul on "
     "Wednesday.", ["Protest with intervention"]),
    ("Israeli missiles struck army positions near Al Kiswah on Monday, killing two soldiers. "
     "The ministry said the missiles were fired from aircraft over the Golan Heights.",
     ["Air/drone strike"]),
    # details of one happening, told after it
    ("Gunmen abducted 30 villagers from Kajuru on Thursday. A man who tried to run was shot "
     "dead during the raid, villagers said.", ["Abduction/forced disappearance"]),
    ("Fighting broke out between two militias in eastern Tripoli on Sunday night, killing eight "
     "people. Residents said they heard machine guns and rocket-propelled grenades until dawn.",
     ["Armed clash"]),
    ("Armed youths raided a cattle camp near Bor in Jonglei state on Saturday, and herders fought "
     "back, leaving 14 people dead.", ["Armed clash"]),
    # a crowd's destruction is a riot
    ("On Wednesday, residents angry at the deaths set fire to two buses and blocked a main "
     "avenue in Rio de Janeiro with burning debris.", ["Violent demonstration"]),
    # the town changed hands: what the takers burned is part of the taking
    ("Residents said dozens of BLA fighters entered Surab on Friday evening, took control of "
     "the bazaar and the police station, and set fire to a bank before withdrawing at dawn. A "
     "policeman was killed.", ["Non-state actor overtakes territory"]),
    # the takers telling their taking again add no transfer of their own
    ("Residents said dozens of BLA fighters entered Surab on Friday evening, took control of "
     "the bazaar and the police station, and set fire to a bank before withdrawing at dawn. A "
     "policeman was killed. The BLA said its fighters had \"taken full control\" of the town "
     "for several hours.", ["Non-state actor overtakes territory"]),
    # governments protesting is diplomacy; a flash mob is a march; a council building set on
    # fire is a crowd's violence
    ("Nigeria and several other African governments have protested over the violence.", []),
    ("In Monywa on Tuesday, about 40 young people staged a brief \"flash mob\" march against "
     "the military regime, carrying banners.", ["Peaceful protest"]),
    ("In Misrata on Tuesday, protesters set fire to the municipal council building.",
     ["Violent demonstration"]),
    # bodies found dismembered or bound were killed by someone
    ("Three dismembered bodies found near Thika on Monday, police said.", ["Attack"]),
    # picked up by men in plain clothes: taken, not arrested
    ("Two students were picked up from their hostel in Turbat by men in plain clothes on "
     "Saturday night, their families said.", ["Abduction/forced disappearance"]),
    # the gunmen's road block is no crowd's
    ("On Monday evening, armed men blocked the highway near Kalat and stopped two coaches. "
     "Seven passengers were taken off and shot dead.", ["Attack"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "types"), REPORTS)
def test_extract_news_kinds(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert occurred_types(pipeline, text) == types


def test_extract_news_kinds_a_protest_detail_in_the_next_paragraph_is_the_same_protest(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police opened fire on protesters marching toward parliament in Nairobi on Tuesday, "
        "killing two young men.\n\n"
        "Witnesses said officers fired live rounds after tear gas failed to disperse the crowd."
    )
    assert occurred_types(pipeline, text) == ["Excessive force against protesters"]


def test_extract_news_kinds_a_protest_in_another_town_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "Police opened fire on protesters marching toward parliament in Nairobi on Tuesday, "
        "killing two young men.\n\n"
        "In Kisumu, several thousand people marched through the town, singing."
    )
    assert occurred_types(pipeline, text) == [
        "Excessive force against protesters",
        "Peaceful protest",
    ]


# fmt: off
MORE = [
    ("An IED exploded on the road between Witu and Garsen in Lamu county on Monday, wounding "
     "two soldiers.", ["Remote explosive/landmine/IED"]),
    ("The government has banned all demonstrations in the capital.", []),
    ("Protesters marched in Ankara on Sunday and dispersed without incident after police "
     "blocked the road.", ["Peaceful protest"]),
    ("The two militias agreed on a ceasefire in Tripoli on Monday.", ["Agreement"]),
    ("Police sealed off the town of Kasese on Monday, detaining 140 people.", ["Arrests"]),
    ("Relatives gathered outside the police station in Kasese on Monday demanding news of "
     "the missing men.", ["Peaceful protest"]),
    ("An unidentified group fatally shot a party leader near his house in Wana on Friday.",
     ["Attack"]),
    ("Men in a car opened fire on a housing complex in Yauco in a drive-by shooting on Friday.",
     ["Attack"]),
    # violence that broke out is no epidemic; a man set on fire is attacked, not property
    ("After an outbreak of violence in Narok, gunmen attacked a trader, poured petrol on him "
     "and set him on fire.", ["Attack"]),
    ("Thousands of migrant workers blocked traffic on the highway at Barwani on Saturday, "
     "demanding buses home.", ["Peaceful protest"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "types"), MORE)
def test_extract_news_kinds_more(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert occurred_types(pipeline, text) == types


def test_extract_news_kinds_a_claim_a_paragraph_later_names_the_attackers(
    pipeline: Pipeline,
) -> None:
    text = (
        "A suicide bomber blew himself up at a mosque in Kunduz during Friday prayers, "
        "killing seven worshippers, officials said.\n\n"
        "Islamic State Khorasan Province claimed the attack in a statement on Saturday."
    )
    events = pipeline.run_one(Article("t", text, published="2024-10-07")).events
    assert [(e.sub_event_type, e.actor1) for e in events if e.modality == "occurred"] == [
        ("Suicide bomb", "Islamic State Khorasan Province")
    ]


def test_extract_news_kinds_the_force_a_bomb_struck_is_its_target(pipeline: Pipeline) -> None:
    text = (
        "A roadside bomb struck a vehicle of Southern Transitional Council forces near Mudiyah "
        "in Abyan on Saturday, killing four fighters."
    )
    (event,) = pipeline.run_one(Article("t", text, published="2023-05-30")).events
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Yemen)",
        "STC: Southern Transitional Council",
    )


def test_extract_news_kinds_a_detail_placed_only_in_the_province_is_the_town_event(
    pipeline: Pipeline,
) -> None:
    text = (
        "Suspected ADF fighters killed 18 people in an attack on a village near Beni in "
        "North Kivu on Tuesday night.\n\n"
        "They arrived after dark and attacked residents with machetes before setting houses "
        "on fire, a local official said."
    )
    events = [
        e
        for e in pipeline.run_one(Article("t", text, published="2024-10-17")).events
        if e.modality == "occurred" and e.sub_event_type == "Attack"
    ]
    assert [(e.location, e.fatalities) for e in events] == [("Beni", 18)]


# fmt: off
NOT_EVENTS = [
    # tear gas grenades are crowd control, not grenade attacks
    ("Police fired tear gas grenades at protesters in Kampala on Monday.",
     ["Protest with intervention"]),
    # what the victims were accused of is not an event
    ("A mob lynched two men accused of kidnapping children in Bauchi on Monday.",
     ["Mob violence"]),
    ("An explosion at a fertiliser factory in Kano killed four workers on Monday.", []),
    # a deal named as background is not an agreement made
    ("Under the 2016 peace agreement, the rebels handed over their weapons in Cauca.", []),
    ("The two sides signed a peace agreement in Juba on Monday.", ["Agreement"]),
    # arms seized in or right after a fight are the fight's
    ("KDF soldiers attacked an Al Shabaab hideout near Lamu on Monday, killing ten fighters "
     "and seizing weapons and ammunition.", ["Armed clash"]),
    ("A shoot-out broke out in Itaborai on Saturday when military police approached two men on "
     "a motorcycle. One was shot dead. The police seized a pistol.", ["Armed clash"]),
    ("Soldiers foil an ambush on a convoy near Lamu by finding and detonating two IEDs.",
     ["Disrupted weapons use"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "types"), NOT_EVENTS)
def test_extract_news_kinds_not_events(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert occurred_types(pipeline, text) == types


def test_extract_news_kinds_a_mobs_victims_are_civilians(pipeline: Pipeline) -> None:
    text = "A mob lynched two men in Bauchi on Monday."
    (event,) = pipeline.run_one(Article("t", text, published="2024-05-31")).events
    assert (event.actor1, event.actor2) == ("Rioters (Nigeria)", "Civilians (Nigeria)")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # an execution's marks, where killings by unknown men are mostly organised crime's
        (
            "A man was found dead with his hands tied in Culiacan, Sinaloa, on Monday.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "Armed men killed two men in a drive-by shooting in Hermosillo, Sonora, on Monday.",
            "Unidentified Gang (Mexico)",
        ),
        # the same marks elsewhere say nothing of gangs
        (
            "A man was found dead with his hands tied in Garissa on Monday.",
            "Unidentified Armed Group (Kenya)",
        ),
    ],
)
def test_extract_news_kinds_gang_hallmarks(pipeline: Pipeline, text: str, actor1: str) -> None:
    events = pipeline.run_one(Article("t", text, published="2020-05-05")).events
    assert [e.actor1 for e in events] == [actor1]


@pytest.mark.parametrize(
    "text",
    [
        "Youths protested the arrest of two men in Kisumu on Monday. Police shot at the crowd, "
        "seriously injuring two.",
        "Police shot and injured two mourners who were protesting in Kisumu on Monday.",
    ],
)
def test_extract_news_kinds_police_firing_on_a_crowd_is_excessive_force(
    pipeline: Pipeline, text: str
) -> None:
    assert occurred_types(pipeline, text) == ["Excessive force against protesters"]


def test_extract_news_kinds_the_day_it_was_said_is_not_the_day_it_happened(
    pipeline: Pipeline,
) -> None:
    text = (
        "Soldiers raped two women during a raid on a village near Hakha in Chin state last "
        "week, a local rights group said on Friday."
    )
    (event,) = pipeline.run_one(Article("t", text, published="2022-08-05")).events
    assert (event.event_date, event.time_precision) == ("2022-07-27", 2)


def test_extract_news_kinds_the_week_of_the_cause_is_not_the_protests(
    pipeline: Pipeline,
) -> None:
    text = (
        "On Tuesday, parents in Naivasha took to the streets to protest the death of a boy who "
        "was killed by a bus last week."
    )
    events = pipeline.run_one(Article("t", text, published="2014-06-18")).events
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Peaceful protest", "2014-06-17")
    ]


# fmt: off
GAPS = [
    ("Members of a religious sect attack a woman for wearing trousers in Nyeri.", ["Attack"]),
    ("Supporters of a rival party attack a human rights observer in Kisumu.", ["Mob violence"]),
    ("Temporary workers barricaded roads with burning tires in Gafsa to demand permanent jobs.",
     ["Violent demonstration"]),
    ("Activists took out a procession and formed a human chain in Barisal on Friday.",
     ["Peaceful protest"]),
    ("Troopers baton charged traders at the bazaar in Agartala on Friday.", ["Attack"]),
    ("Three people were found wrapped in blankets in Leon, Guanajuato, on Monday.", ["Attack"]),
    ("Traders destroyed town council property in Kitale to protest against higher levies.",
     ["Violent demonstration"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "types"), GAPS)
def test_extract_news_kinds_phrasings(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert occurred_types(pipeline, text) == types


def test_extract_news_kinds_governmental_positions_are_the_armys(pipeline: Pipeline) -> None:
    text = (
        "On 9 May 2020, the NAF rebel forces fired grenade launchers at the governmental "
        "positions near Slavne, Donetsk."
    )
    (event,) = pipeline.run_one(Article("t", text, published="2020-05-10")).events
    assert (event.actor1, event.actor2) == (
        "NAF: United Armed Forces of Novorossiya",
        "Military Forces of Ukraine",
    )


def test_extract_news_kinds_civilians_who_clash_are_a_crowd(pipeline: Pipeline) -> None:
    text = "Fishermen clashed with police at Karagita beach in Naivasha on Monday."
    events = pipeline.run_one(Article("t", text, published="2021-06-10")).events
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Mob violence", "Rioters (Kenya)")]


def test_a_live_pages_title_is_no_event(pipeline: Pipeline) -> None:
    text = (
        "Iraq protests: live updates from Baghdad, Nasiriyah and Najaf.\n\n"
        "09:10 — In Baghdad, a young man died on Thursday afternoon after a tear gas canister "
        "struck his head near Tahrir Square, medics said."
    )
    events = [e for e in pipeline.run_one(Article("t", text, published="2019-11-28")).events]
    assert [e.location for e in events if e.modality == "occurred"] == ["Baghdad"]


def test_extract_news_kinds_no_one_arrested_and_no_attack_is_no_event(pipeline: Pipeline) -> None:
    text = (
        "WUPPERTAL, Germany (Rhine Wire) — A powerful explosion ripped through an apartment "
        "building on Sunday evening. A police spokeswoman said nothing pointed to an attack or to "
        "any political motive, and that no one had been arrested."
    )
    assert occurred(pipeline, text, "2018-06-25") == []


def test_extract_news_kinds_a_video_the_next_sentence_calls_a_fake_is_denied(
    pipeline: Pipeline,
) -> None:
    text = (
        "DERBENT, Russia (Caspian Wire) — On Sunday evening, armed bandits opened fire at a "
        "church in Derbent, killing the priest.\n\n"
        "A video shared on foreign channels claimed to show police firing on a car with a family "
        "inside in Derbent on Sunday. The interior ministry called it a fake."
    )
    events = pipeline.run_one(Article("fake", text, published="2024-06-24")).events
    kinds = sorted((e.modality, e.actor1 or "") for e in events)
    assert kinds == [
        ("denied", "Police Forces of Russia"),
        ("occurred", "Unidentified Armed Group (Russia)"),
    ]


def test_extract_news_kinds_a_blast_the_report_later_puts_down_to_gas_is_no_event(
    pipeline: Pipeline,
) -> None:
    text = (
        "GRAZ, Austria (Alpine Wire) — A loud explosion tore through a three-storey house in "
        "the Lend district on Tuesday night, bringing down the roof and injuring four residents.\n\n"
        "Neighbours said the street shook. Firemen searched the ruins until dawn.\n\n"
        "Investigators believe that gas leaking from a faulty heater caused the explosion, the "
        "city said."
    )
    assert occurred(pipeline, text, "2019-03-06") == []


def test_news_kinds_links_to_other_reports_give_no_event(pipeline: Pipeline) -> None:
    """A web page's "READ MORE:" and "Related:" links name other stories: no event, no toll."""
    text = (
        "Police fire tear gas at protesters in Lagos\n\nBy a staff reporter\n\n"
        "LAGOS, Oct 20 (Delta Wire) - Nigerian police fired tear gas at hundreds of protesters "
        "who blocked a toll gate in Lagos on Tuesday, witnesses said.\n\n"
        "READ MORE: Gunmen kill 12 villagers in Zamfara state\n\n"
        "The protesters want an end to police brutality.\n"
        "Related: Suicide bomber kills 5 at mosque in Maiduguri"
    )
    events = occurred(pipeline, text, "2020-10-21")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Protest with intervention", "Lagos", None)
    ]


# (report, published, the occurred events: type, actor 1, deaths)
# fmt: off
TOLD_ONCE = [
    # troops who "engaged" armed men fought them; the toll a communiqué gives is that fight's,
    # not the dispersal told in the paragraph before
    ("On Sunday, several hundred residents of Dosso gathered in front of the governorate. "
     "Police used tear gas to disperse them; no one was seriously hurt.\n\n"
     "On Monday, the defence and security forces engaged an armed group on the road west of "
     "Bouza. A military communiqué reported three soldiers and seven assailants killed.",
     "2026-02-11",
     [("Protest with intervention", "Protesters (Niger)", 0),
      ("Armed clash", "Military Forces of Niger", 10)]),
    # the dead "of that year" are an old agitation's, not the arson told beside them
    ("On Tuesday a crowd set fire to the ruling party's district office in Lahan. Shops have "
     "been shut by strike calls on most days since the constitution was adopted in 2015; more "
     "than 50 people died in the agitation of that year.",
     "2017-03-08",
     [("Mob violence", "Rioters (Nepal)", 0)]),
    # people who walked through a town's streets to ask for something were marching; the dead
    # of "a war that has killed" them are the war's tally, no attack of that day
    ("Several hundred people walked through the streets of Mocoa on Friday in white shirts to "
     "ask the armed groups to leave civilians out of a war that has killed at least ten people "
     "in the department this week.",
     "2023-03-10",
     [("Peaceful protest", "Protesters (Colombia)", 0)]),
    # jets that "bombarded" a village struck it from the air
    ("On Wednesday night, two fighter jets of the military council bombarded a village near "
     "Paung, killing five villagers, residents said.",
     "2023-11-16",
     [("Air/drone strike", "Military Forces of Myanmar", 5)]),
    # a canister of "a choking, tear-inducing gas" dropped on soldiers is a chemical weapon
    ("A brigade said that on Monday Russian quadcopters let fall canisters of a choking, "
     "tear-inducing gas on its trenches outside Krasnopillya.",
     "2025-05-14",
     [("Chemical weapon", None, 0)]),
    # "pictures of the burned houses" were burned before: this crowd stood in silence; and
    # "Mallawi" is Egypt's town, not Malawi
    (
        "On Wednesday, several hundred Copts stood in silence outside a church in Mallawi "
        "holding crosses and pictures of the burned houses, in a protest that ended without "
        "incident.",
        "2016-05-28",
        [("Peaceful protest", "Protesters (Egypt)", 0)],
    ),
    # men who "took eleven students away" abducted them, whatever the word order
    (
        "Armed men on motorbikes took eleven students away from a boarding school in Kagara "
        "on Friday night.",
        "2025-09-02",
        [("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 0)],
    ),
    # women who gathered in front of a police post to ask for news were protesting
    (
        "On Thursday a group of women gathered in front of the police delegation of Santa "
        "Tecla to ask for information on their relatives.",
        "2022-04-08",
        [("Peaceful protest", "Protesters (El Salvador)", 0)],
    ),
    # "gunfire between" two sides is a fight
    (
        "Gunfire between Mozabite and Chaamba youths in the oasis town of Guerara left five "
        "people dead overnight into Wednesday.",
        "2015-07-10",
        [("Armed clash", None, 5)],
    ),
    # a clause fronted before the main one ("After the soldiers pulled back,") tells the
    # circumstances: its subject did not do the act
    (
        "After the soldiers pulled back, the militants set fire to eleven of the fuel tankers "
        "near Kadiolo on Tuesday.",
        "2025-09-18",
        [("Looting/property destruction", "Unidentified Armed Group (Mali)", 0)],
    ),
    # troops who "took control" of a sector after an exchange of fire regained it: one event
    (
        "BOLIVAR, Venezuela - On Monday, after a brief exchange of fire that left no "
        "casualties, the troops took control of the mining sector south of El Dorado that the "
        "same gang had ruled for two years.",
        "2018-09-19",
        [("Government regains territory", "Military Forces of Venezuela", 0)],
    ),
    # a grenade listed among what was seized was not thrown
    (
        "Rifles, a grenade and 300 grams of gold were seized in Guasipati on Sunday.",
        "2018-09-19",
        [("Disrupted weapons use", None, 0)],
    ),
    # what is done to "any shop that dares to open" is a habit, not one day's act
    (
        "In Jakiri, the secessionists enforce their illegal Monday ghost towns by setting fire "
        "to any shop that dares to open.",
        "2020-11-12",
        [],
    ),
    # a grenade launcher fired at a building shells it; masts "were blown up" by explosives
    (
        "TIRASPOL, 27 April. On the evening of Monday unknown persons fired from a grenade "
        "launcher at the building of the Ministry of State Security in Tiraspol.\n\n"
        "In the morning of Tuesday two radio masts in the village of Maiac were blown up. "
        "Nobody was injured.",
        "2022-04-27",
        [
            ("Shelling/artillery/missile attack", None, 0),
            ("Remote explosive/landmine/IED", None, 0),
        ],
    ),
    # a count of everyone detained "across the areas it controls" is a tally, not one arrest
    (
        "A rights group based in Marib said the militia had detained more than 600 people "
        "across the areas it controls in the days around the anniversary.",
        "2023-09-28",
        [],
    ),
    # people who stood outside a police station holding portraits of the detained, or stood
    # in a square "in support of" someone, were demonstrating
    (
        "On Monday about 150 relatives and neighbours stood for several hours outside the "
        "district police station in Uzgen holding portraits of the detained men, and dispersed "
        "in the evening without incident.",
        "2022-10-25",
        [("Peaceful protest", "Protesters (Kyrgyzstan)", 0)],
    ),
    (
        "A few hundred residents of Orestiada are standing in the main square in support of "
        "the soldiers and police at the border.",
        "2020-03-04",
        [("Peaceful protest", "Protesters (Greece)", 0)],
    ),
    # soldiers standing guard are not
    ("Soldiers stood guard outside the palace in Kabul holding their rifles on Monday.",
     "2022-10-25", []),
    # men who chased migrants and "beat two of them" attacked them; a team that beat two
    # rivals did not
    (
        "Last night in Feres, men from the village armed with clubs chased a group of migrants "
        "who had crossed the river and beat two of them, police sources say.",
        "2020-03-04",
        [("Mob violence", "Rioters (Greece)", 0)],
    ),
    ("The home side beat two of them in the final at Lagos on Sunday.", "2020-03-04", []),
    # a pressure cooker "packed with explosives" found and made safe was a bomb disrupted
    (
        "On Saturday afternoon police in Larkana found a pressure cooker packed with "
        "explosives and ball bearings in a bag outside a mosque, and bomb disposal staff made "
        "it safe.",
        "2015-02-01",
        [("Disrupted weapons use", "Police Forces of Pakistan", 0)],
    ),
    # armed men who "took away a couple and their two adult sons" abducted a family
    (
        "Also on Thursday, armed men forced their way into a house in Pitiquito before dawn "
        "and took away a couple and their two adult sons, neighbours said.",
        "2022-07-08",
        [("Abduction/forced disappearance", "Unidentified Armed Group (Mexico)", 0)],
    ),
    # thousands who stood outside a court as an activist was sentenced were demonstrating;
    # hundreds outside a hospital to give blood were not
    (
        "Several thousand people stood in the snow outside the district court in Baymak on "
        "Monday as a local activist was sentenced to four years in a penal colony.",
        "2024-01-19",
        [("Peaceful protest", "Protesters (Russia)", 0)],
    ),
    ("Hundreds of people gathered outside the hospital in Baymak on Monday to give blood.",
     "2024-01-19", []),
    # "one of the deadliest raids the state has seen this year" compares this raid with the
    # year's; it is no tally of the year
    (
        "Gunmen riding into the market town of Rijau on Thursday shot dead traders, police "
        "said, in one of the deadliest raids the north-western part of the state has seen "
        "this year.",
        "2021-06-05",
        [("Attack", "Unidentified Armed Group (Nigeria)", 0)],
    ),
    # the Comandos de la Frontera are a group of their own
    ("Fighters of the Comandos de la Frontera ambushed a patrol near Puerto Leguízamo on "
     "Tuesday, killing two soldiers, the army said.",
     "2023-03-10",
     [("Armed clash", "Comandos de la Frontera", 2)]),
    # a state's "strike" that killed is a strike from the air, that state's
    ("An Israeli strike on a family home in Khan Younis killed six people overnight, the "
     "health ministry said.",
     "2024-02-12",
     [("Air/drone strike", "Military Forces of Israel", 6)]),
    ("A US strike near Jamaame on Saturday killed four al-Shabaab fighters, US Africa Command "
     "said.",
     "2024-02-12",
     [("Air/drone strike", "Military Forces of the United States", 4)]),
    # a labour strike is none, and "no one was injured" tells no attack
    ("A strike by bus drivers shut down transport in Harare on Monday; no one was injured.",
     "2024-02-12", []),
    # forces that opened fire on a march or fired into a procession used lethal force
    ("Police opened fire on a march of miners in Rustenburg on Thursday, killing three of "
     "them, the union said.",
     "2024-02-12",
     [("Excessive force against protesters", "Police Forces of South Africa", 3)]),
    ("Soldiers fired into a funeral procession in Kasese on Sunday, killing two mourners.",
     "2024-02-12",
     [("Excessive force against protesters", "Military Forces of Uganda", 2)]),
    # a crowd that beat a man to death is a mob, though a protester is named in the sentence
    ("In Kisii, a crowd cornered a man they accused of spying on protesters for the police "
     "and beat him to death behind the market, officers said.",
     "2024-02-12",
     [("Mob violence", "Rioters (Kenya)", 1)]),
    # a town that armed men tried or failed to take did not change hands: they fought for it
    ("Rebels tried to overrun an army camp outside Beni on Tuesday but were pushed back "
     "after hours of fighting, the army said.",
     "2024-02-12",
     [("Armed clash", None, 0)]),
    ("Troops failed to retake Kidal from the rebels on Sunday after a day of fighting.",
     "2024-02-12",
     [("Armed clash", None, 0)]),
    # a police station captured is territory taken; the force whose base was taken lost it
    ("Rebels captured the police station of a village outside Kawkareik on Thursday after a "
     "four-hour battle, a spokesman said.",
     "2024-02-12",
     [("Non-state actor overtakes territory", "Unidentified Armed Group (Myanmar)", 0)]),
    ("Militants captured an army base near Kawkareik on Thursday.",
     "2024-02-12",
     [("Non-state actor overtakes territory", "Unidentified Armed Group (Myanmar)", 0)]),
    # a rally the sentence says passed off quietly was peaceful, whatever the next day brought
    ("In Aktobe, a rally of several hundred in the main square on Monday passed off without "
     "incident. When the crowd came back on Tuesday, police fired tear gas to clear it and "
     "detained dozens.",
     "2024-02-12",
     [("Peaceful protest", "Protesters (Kazakhstan)", 0),
      ("Protest with intervention", "Protesters (Kazakhstan)", 0)]),
    # traders who "pulled down their shutters" closed their shops; they tore nothing down
    ("Shopkeepers in Jacobabad pulled down their shutters on Monday and sat on the highway "
     "to demand better security on the roads.",
     "2024-02-12",
     [("Peaceful protest", "Protesters (Pakistan)", 0)]),
    # men who charged into marchers, told after a long aside about who they were, are a mob
    ("In Zomba, youths armed with pangas and clubs, who witnesses said were ruling party "
     "cadres, charged into a column of marchers near the market on Friday.",
     "2024-02-12",
     [("Mob violence", "Rioters (Malawi)", 0)]),
    # a fuel tank that blew up among people filling jerrycans is an accident
    ("A fuel tank exploded in a village near Halba on Sunday as a crowd filled jerrycans "
     "around it, killing 20 people.",
     "2024-02-12", []),
    # "armed civilians" are an armed group, not civilians
    ("Two soldiers were wounded on Friday when armed civilians ambushed their patrol outside "
     "Apatzingan.",
     "2024-02-12",
     [("Armed clash", "Unidentified Armed Group (Mexico)", 0)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "expected"), TOLD_ONCE)
def test_extract_news_kinds_whole_reports(
    pipeline: Pipeline, text: str, published: str, expected: list[tuple[str, str | None, int]]
) -> None:
    events = occurred(pipeline, text, published)
    assert len(events) == len(expected)
    for event, (kind, actor, deaths) in zip(events, expected, strict=True):
        assert (event.sub_event_type, event.fatalities or 0) == (kind, deaths)
        if actor is not None:  # (None: the actor is not what the case is about)
            assert event.actor1 == actor
