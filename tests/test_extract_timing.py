"""The day of each event when a sentence tells two days: "a day after", "Sunday's election",
"said on Monday that ... during the night", "after ... last week"."""

from __future__ import annotations

import pytest
from extract_helpers import occurred

from eventatlas.article import Article
from eventatlas.pipeline import Pipeline


def test_extract_timing_a_day_after_is_the_day_before(pipeline: Pipeline) -> None:
    text = (
        "Egyptian security forces arrested seven workers of a textile company in El Mahalla "
        "el Kubra on Tuesday, a day after thousands of their colleagues staged a sit-in in the "
        "factory yard to demand a higher wage, a rights group said."
    )
    days = {e.sub_event_type: e.event_date for e in occurred(pipeline, text, "2024-03-06")}
    assert days == {"Arrests": "2024-03-05", "Peaceful protest": "2024-03-04"}


def test_extract_timing_a_day_after_the_crime_in_commas_dates_the_march(pipeline: Pipeline) -> None:
    """ "Yesterday, a day after the crime, thousands marched": the march is yesterday's."""
    text = (
        "CHABAHAR, Iran (Gulf Agency) — Yesterday, a day after the crime, thousands of people "
        "marched from the central mosque to the police command to condemn the attack."
    )
    days = [e.event_date for e in occurred(pipeline, text, "2018-12-08")]
    assert days == ["2018-12-07"]


def test_extract_timing_a_weekday_that_owns_something_else(pipeline: Pipeline) -> None:
    text = (
        "Venezuelan National Guard troops fired on people protesting against the results of "
        "Sunday's presidential election in Valencia on Monday, killing two men."
    )
    (event,) = occurred(pipeline, text, "2024-07-31")
    assert event.event_date == "2024-07-29"


def test_extract_timing_the_night_that_ended_when_it_was_told(pipeline: Pipeline) -> None:
    text = (
        "The interior ministry said on Monday that police had detained 107 protesters in "
        "Tbilisi during the night."
    )
    events = occurred(pipeline, text, "2024-12-03")
    assert [e.event_date for e in events] == ["2024-12-02"]


def test_extract_timing_last_week_of_the_event_itself(pipeline: Pipeline) -> None:
    text = (
        "This comes after tribal fighters fought Islamic State militants last week in the "
        "village of Kishkiyeh, near Hajin, a tribal elder said."
    )
    (event,) = occurred(pipeline, text, "2014-08-12")
    assert event.event_date < "2014-08-11"  # in the week before the report's


def test_extract_timing_the_day_it_happened_over_the_day_it_was_said(
    pipeline: Pipeline,
) -> None:
    text = (
        "Azerbaijani police have arrested two more journalists of a news website in Baku, "
        "their lawyer said on Friday.\n\n"
        "The journalists were detained at their homes on Wednesday, the lawyer said."
    )
    events = occurred(pipeline, text, "2024-03-08")
    assert [e.event_date for e in events] == ["2024-03-06"]


def test_extract_timing_a_month_gone_by_is_background(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a convoy near Macomia on Monday, killing three drivers.\n\n"
        "About 1,000 Rwandan soldiers arrived in Cabo Delgado in July at the government's "
        "invitation."
    )
    assert [e.sub_event_type for e in occurred(pipeline, text, "2021-08-11")] == ["Attack"]


def test_extract_timing_hours_later_is_the_day_told_before(pipeline: Pipeline) -> None:
    text = (
        "Rebels ambushed a bus near Fiche on Sunday, killing four passengers.\n\n"
        "On Tuesday, soldiers raided a village near Fiche and killed two rebels.\n\n"
        "Hours later, rebels attacked the police station in Dera, residents said."
    )
    events = occurred(pipeline, text, "2024-12-05")
    assert [e.event_date for e in events][-1] == "2024-12-03"


def test_extract_timing_the_next_evening_is_the_day_after(pipeline: Pipeline) -> None:
    text = (
        "Suspected militants set fire to a phone mast near Lafey on Saturday night.\n\n"
        "The next evening, gunmen shot dead two construction workers at a building site in "
        "Mandera."
    )
    events = occurred(pipeline, text, "2019-10-16")
    assert [(e.location, e.event_date) for e in events][-1] == ("Mandera", "2019-10-13")


def test_extract_timing_a_happening_named_with_its_day(pipeline: Pipeline) -> None:
    # The lead is told on Friday about Thursday's protests; the crowd's paragraph has no day.
    text = (
        "The government on Friday defended the police's handling of Thursday's protests, in "
        "which dozens of people were killed in Ndjamena.\n\n"
        "In Ndjamena, crowds set up barricades of burning tyres and threw stones at police."
    )
    events = occurred(pipeline, text, "2022-10-22")
    assert events and {e.event_date for e in events} == {"2022-10-20"}


@pytest.mark.parametrize(
    ("later", "day"),
    [
        (
            "A day after the ambush, a minibus struck a mine on a dirt road outside Markala, "
            "killing four passengers.",
            "2019-03-11",
        ),
        (
            "Two days later the gunmen returned and set fire to about 40 houses in Markala.",
            "2019-03-12",
        ),
    ],
    ids=["a-day-after-the-ambush", "two-days-later"],
)
def test_extract_timing_days_after_the_event_told(pipeline: Pipeline, later: str, day: str) -> None:
    text = (
        "Gunmen ambushed an army convoy outside Ke-Macina, Mali, on Sunday, killing five "
        "soldiers.\n\n" + later
    )
    events = occurred(pipeline, text, "2019-03-13")
    assert [e.event_date for e in events] == ["2019-03-10", day]


def test_extract_timing_fighting_earlier_in_the_week(pipeline: Pipeline) -> None:
    text = (
        "Fano militiamen took control of the town of Motta, Ethiopia, on Wednesday without a "
        "fight, residents said, hours after federal troops pulled out following heavy fighting "
        "on its outskirts earlier in the week.\n\n"
        "The fighting broke out on Monday when the militiamen attacked army positions along the "
        "road to the town, residents said."
    )
    fights = [
        e for e in occurred(pipeline, text, "2023-09-14") if e.sub_event_type == "Armed clash"
    ]
    assert [e.event_date for e in fights] == ["2023-09-11"]


def test_extract_timing_the_day_of_an_accusation_is_not_the_act(pipeline: Pipeline) -> None:
    # "on Thursday accused": the day before the saying verb is the saying's
    text = (
        "Witnesses on Thursday accused soldiers of opening fire on peaceful protesters at a "
        "toll gate in Lekki on Tuesday evening."
    )
    events = occurred(pipeline, text, "2020-10-22")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Excessive force against protesters", "2020-10-20")
    ]


def test_extract_timing_a_date_in_a_groups_name_is_no_day(pipeline: Pipeline) -> None:
    text = (
        "Thousands answered a call by the June 5 Movement on Friday and blocked two bridges in "
        "Bamako, where security forces fired live rounds and tear gas."
    )
    days = {e.event_date for e in occurred(pipeline, text, "2020-07-13")}
    assert days == {"2020-07-10"}


def test_extract_timing_another_days_crowd_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "On Saturday, police fired on protesters outside a mosque in Bamako, killing five. On "
        "Sunday, police opened fire on residents who had put up barricades in Badalabougou, "
        "killing two more."
    )
    days = sorted(e.event_date for e in occurred(pipeline, text, "2020-07-13"))
    assert days == ["2020-07-11", "2020-07-12"]


def test_extract_timing_a_plan_is_dated_to_its_telling(pipeline: Pipeline) -> None:
    # "a march on Thursday", told on a Wednesday, is the coming Thursday: the plan is dated to
    # the day it was told, and a threat to the day its sentence says it was made.
    text = (
        "Opposition groups called for another march through Kisumu on Thursday. The army "
        "warned on Monday that it would shell the hills unless the rebels left."
    )
    article = pipeline.run_one(Article("plan", text, published="2024-06-26"))
    days = {e.modality: e.event_date for e in article.events}
    assert days == {"planned": "2024-06-26", "threatened": "2024-06-24"}


def test_extract_timing_the_day_named_with_the_bombings(pipeline: Pipeline) -> None:
    # "Saturday's twin car bombings": the bombings' day, though the toll is told on Monday
    text = (
        "The death toll from Saturday's twin car bombings outside the interior ministry in "
        "Kismayo has risen to 54, the health minister said on Monday."
    )
    events = occurred(pipeline, text, "2022-10-31")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Remote explosive/landmine/IED", "2022-10-29")
    ]


def test_extract_timing_a_plan_for_a_date_to_come(pipeline: Pipeline) -> None:
    # "another on 14 March", told on 2 March, has not happened: not the 14 March of the year
    # before. The union "that led Saturday's strike" announced the next one: a plan, and the
    # warning after it shares its telling.
    text = (
        "The union that led Saturday's march in Bobo-Dioulasso has announced another on "
        "14 March in the city. The governor warned that strikers who blocked the roads would "
        "be arrested and prosecuted."
    )
    article = pipeline.run_one(Article("plan", text, published="2025-03-02"))
    found = {(e.modality, e.sub_event_type, e.event_date) for e in article.events}
    assert found == {
        ("planned", "Peaceful protest", "2025-03-02"),
        ("threatened", "Arrests", "2025-03-02"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "18:40 (Tuesday) — ... this afternoon": the afternoon of the entry's Tuesday, not of
        # the day the page is published
        (
            "Kharkiv under fire: live updates. All times local.\n\n"
            "08:10 — Air raid sirens sounded across the region overnight.\n\n"
            "18:40 (Tuesday) — Two women were killed in Kharkiv this afternoon when a Russian "
            "missile hit a residential building, the regional governor says.",
            ("Shelling/artillery/missile attack", "2024-05-21"),
        ),
        # "10:55 — In Kisumu, large crowds are marching": what happens on the day of the page,
        # not "most likely the day before" as for an undated report
        (
            "Kenya protests: live updates from Nairobi and Kisumu. All times local.\n\n"
            "10:55 — In Kisumu, large crowds are marching peacefully through the town centre, "
            "according to our correspondent.",
            ("Peaceful protest", "2024-05-22"),
        ),
    ],
    ids=["entry-of-an-earlier-day", "entry-without-a-day"],
)
def test_extract_timing_a_live_page_entry(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    events = occurred(pipeline, text, "2024-05-22")
    assert [(e.sub_event_type, e.event_date) for e in events] == [expected]


def test_extract_timing_a_day_before_another_happening(pipeline: Pipeline) -> None:
    # "struck on Saturday, ..., a day before troops announced they had driven al-Shabaab
    # out": the suicide car bomber is Saturday's and no side of the retaking, which is Sunday's
    text = (
        "A suicide car bomber struck a checkpoint in Baidoa on Saturday, killing four people, "
        "police said, a day before government troops announced they had driven al-Shabaab out "
        "of Buurhakaba."
    )
    events = occurred(pipeline, text, "2025-03-10")
    found = {(e.sub_event_type, e.actor1, e.event_date) for e in events}
    assert ("Suicide bomb", "Unidentified Armed Group (Somalia)", "2025-03-08") in found
    retaken = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert [e.event_date for e in retaken] == ["2025-03-09"]


def test_extract_timing_hours_after_another_happening(pipeline: Pipeline) -> None:
    # the dead found "hours after" are not the march's: two events, on the same Sunday
    text = (
        "CULIACÁN, Mexico, March 3 (Norte Wire) - Thousands of people marched through "
        "Culiacán on Sunday to demand an end to the cartel war, hours after five men were "
        "found shot dead on the city's northern edge."
    )
    events = occurred(pipeline, text, "2025-03-03")
    assert sorted((e.sub_event_type, e.event_date, e.fatalities) for e in events) == [
        ("Attack", "2025-03-02", 5),
        ("Peaceful protest", "2025-03-02", 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph opens on "The next day"
        "On Wednesday, protesters blocked the highway outside Arequipa.\n\n"
        "The next day the unrest moved south. In Mollendo, protesters stoned a police post and "
        "set a patrol car on fire.",
        # the clause ends on it
        "On Wednesday, gunmen ambushed an army patrol near Jableh.\n\n"
        "Protesters stoned a police post in Mollendo and set a patrol car on fire the next day.",
    ],
)
def test_extract_timing_the_next_day_told_around_the_act(pipeline: Pipeline, text: str) -> None:
    events = occurred(pipeline, text, "2025-08-09")
    stoned = [e for e in events if e.location and "Mollendo" in e.location]
    assert [e.event_date for e in stoned] == ["2025-08-07"]


def test_extract_timing_a_paragraph_day_that_is_only_a_saying(pipeline: Pipeline) -> None:
    """The day before an undated strike in its paragraph is when a ministry spoke, not when
    the aircraft bombed: the report's lead day stands."""
    text = (
        "SANA'A, Yemen (Gulf Desk) — Warplanes of the American aggression struck homes in "
        "Sana'a on Saturday night.\n\n"
        "In its updated statement on Monday, the health ministry said the toll in Sana'a had "
        "risen to 15. In Saada, ten citizens, among them four children, were martyred when "
        "the aggression's aircraft bombed a house in the city."
    )
    events = occurred(pipeline, text, "2025-03-17")
    saada = [e for e in events if e.location and "Sa" in e.location and e.fatalities == 10]
    assert [(e.actor1, e.event_date) for e in saada] == [
        ("Military Forces of the United States", "2025-03-15")
    ]


def test_extract_timing_days_after_the_happening_at_the_place_it_names(
    pipeline: Pipeline,
) -> None:
    """ "Four days after the Bourzanga killings" counts from the killings at Bourzanga, not from
    the happening told just before it."""
    text = (
        "OUAGADOUGOU — On Saturday 24 August, jihadist fighters opened fire on hundreds of men "
        "digging a trench on the edge of Bourzanga, killing at least 130.\n\n"
        "The killings in Bourzanga were the worst of the summer. On 11 June, JNIM overran the "
        "army's post at Mansila, near Sebba.\n\n"
        "Four days after the Bourzanga killings, a drone dropped explosives on the livestock "
        "market in Djibo, killing two women."
    )
    days = {e.sub_event_type: e.event_date for e in occurred(pipeline, text, "2024-09-04")}
    assert days.get("Air/drone strike") == "2024-08-28"


def test_extract_timing_a_live_entry_that_gives_its_day_first(pipeline: Pipeline) -> None:
    """ "17 September, 21:10 — ... this morning" on a page published on the 19th: the morning
    of the entry's own day."""
    text = (
        "Live: devices explode across Lebanon\n\n"
        "17 September, 21:10 — An Israeli drone strike hit a car on the coastal road near "
        "Sidon this morning, killing two men, a security source says."
    )
    days = [e.event_date for e in occurred(pipeline, text, "2024-09-19")]
    assert days == ["2024-09-17"]


def test_extract_timing_a_live_pages_title_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    """ "LIVE: Kenya anniversary protests — Thursday updates." titles the page: no protest on the
    day it is posted, and "the aftermath of Wednesday's marches" retells none."""
    text = (
        "LIVE: Kenya anniversary protests — Thursday updates. Our reporters follow the "
        "aftermath of Wednesday's marches.\n\n"
        "08:40 — In Ol Kalou, three protesters were killed when police opened fire on a crowd "
        "outside the sub-county offices on Wednesday afternoon."
    )
    events = occurred(pipeline, text, "2025-06-26")
    assert [(e.location, e.event_date) for e in events] == [("Ol Kalou", "2025-06-25")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Following the murder of a farmer over a land dispute on 2 March 2024, villagers "
            "burned the houses of three suspects near Kisii on 9 March 2024.",
            "2024-03-09",
        ),
        (
            "After the killing of a boda-boda rider on Sunday, youths burned a police post in "
            "Kisii on Tuesday, the county commander said.",
            "2024-03-12",
        ),
    ],
)
def test_extract_timing_an_opening_clause_dates_its_cause(
    pipeline: Pipeline, text: str, day: str
) -> None:
    assert [e.event_date for e in occurred(pipeline, text, "2024-03-13")] == [day]


def test_extract_timing_dateline_below_the_headline_is_not_the_day(pipeline: Pipeline) -> None:
    """A dateline under the headline gives the day of filing, not the day of what the
    sentence after "At almost the same time" tells: that is the day told before it."""
    text = (
        "Attacks on places of worship in Makhachkala\n\nTranslated from Russian\n\n"
        "MAKHACHKALA, June 24 - On Sunday evening, armed men opened fire at a church in "
        "Makhachkala, killing a guard. At almost the same time, other members of the group set "
        "fire to a synagogue in Makhachkala."
    )
    events = occurred(pipeline, text, "2024-06-24")
    assert {e.event_date for e in events} == {"2024-06-23"}
    assert len(events) == 2
    assert all("MAKHACHKALA, June 24" not in e.evidence.text for e in events)


def test_extract_timing_the_act_an_arrest_was_made_for_keeps_its_own_day(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police in Sanliurfa detained nine people on Friday whom they suspect of links to the "
        "militant who blew himself up in the border town of Suruc on Monday."
    )
    article = Article("t", text, published="2015-07-25")
    days = {e.sub_event_type: e.event_date for e in pipeline.run_one(article).events}
    assert days == {"Arrests": "2015-07-24", "Suicide bomb": "2015-07-20"}
