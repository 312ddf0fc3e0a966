from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventatlas.parse.dates import (
    explicit_days,
    parse_iso,
    resolve_when,
    tells_a_date,
    undated,
    weekdays_named,
)

REF = dt.date(2020, 12, 21)  # a Monday


@pytest.mark.parametrize(
    ("text", "date", "start", "end", "precision"),
    [
        ("to conduct an operation on Sunday", "2020-12-20", "2020-12-20", "2020-12-20", 1),
        ("late on Tuesday", "2020-12-15", "2020-12-15", "2020-12-15", 1),
        ("on Monday", "2020-12-21", "2020-12-21", "2020-12-21", 1),
        ("yesterday", "2020-12-20", "2020-12-20", "2020-12-20", 1),
        # the night that ended the morning of the report
        ("drones struck the city overnight", "2020-12-21", "2020-12-21", "2020-12-21", 1),
        ("gunmen raided the village last night", "2020-12-20", "2020-12-20", "2020-12-20", 1),
        ("in the night of Saturday to Sunday", "2020-12-20", "2020-12-20", "2020-12-20", 1),
        ("aircraft struck the camp through the night", "2020-12-21", "2020-12-21", "2020-12-21", 1),
        ("overnight Friday into Saturday", "2020-12-19", "2020-12-19", "2020-12-19", 1),
        ("from Friday to Saturday the talks went on", "2020-12-18", "2020-12-18", "2020-12-18", 1),
        ("during the past few days", "2020-12-20", "2020-12-14", "2020-12-21", 2),
        ("On 9 May 2020, gunmen", "2020-05-09", "2020-05-09", "2020-05-09", 1),
        ("on March 14", "2020-03-14", "2020-03-14", "2020-03-14", 1),
        ("two days ago", "2020-12-19", "2020-12-19", "2020-12-19", 1),
        ("in November", "2020-11-15", "2020-11-01", "2020-11-30", 3),
        ("on 2020-12-02", "2020-12-02", "2020-12-02", "2020-12-02", 1),
        # figures alone: day first, as most of the world writes them ...
        ("protested on 29/11/2020", "2020-11-29", "2020-11-29", "2020-11-29", 1),
        ("on 03.12.2020 in the capital", "2020-12-03", "2020-12-03", "2020-12-03", 1),
        ("on 8-12-2020", "2020-12-08", "2020-12-08", "2020-12-08", 1),
        ("on 12/05/2020", "2020-05-12", "2020-05-12", "2020-05-12", 1),
        # ... the month first when only that reading is a date
        ("on 11/29/2020", "2020-11-29", "2020-11-29", "2020-11-29", 1),
        ("on 12/20/2020", "2020-12-20", "2020-12-20", "2020-12-20", 1),
        # a weekday of last week, on the Monday of a report: that week's, not today
        ("on Monday of last week", "2020-12-14", "2020-12-14", "2020-12-14", 1),
        ("on Friday last week", "2020-12-18", "2020-12-18", "2020-12-18", 1),
        # what goes on since a date, beside the day of the act
        (
            "the army, which has run joint patrols since 30 November, struck on Sunday",
            "2020-12-20",
            "2020-12-20",
            "2020-12-20",
            1,
        ),
        ("a similar bombing in 2017", "2017-07-01", "2017-01-01", "2017-12-31", 3),
        ("during early 2020", "2020-07-01", "2020-01-01", "2020-12-21", 3),
        # the calendar week before the report's week, coded on its Wednesday (as ACLED codes
        # an event of a known week)
        ("a boy was killed last week", "2020-12-16", "2020-12-14", "2020-12-20", 2),
        ("gunmen attacked the village last weekend", "2020-12-19", "2020-12-19", "2020-12-20", 2),
        # "last Monday" told on a Monday is a week back; a holiday is its own day
        ("soldiers raided the town last Monday", "2020-12-14", "2020-12-14", "2020-12-14", 1),
        # ... and so is "last Sunday" told on the Monday after (the day before is "yesterday");
        # "last Saturday" is two days back
        ("soldiers raided the town last Sunday", "2020-12-13", "2020-12-13", "2020-12-13", 1),
        ("soldiers raided the town last Saturday", "2020-12-19", "2020-12-19", "2020-12-19", 1),
        ("killed on Christmas Eve", "2019-12-24", "2019-12-24", "2019-12-24", 1),
        ("on New Year's Day", "2020-01-01", "2020-01-01", "2020-01-01", 1),
        # a happening named by its year
        ("whose 2017 offensive pushed them out", "2017-07-01", "2017-01-01", "2017-12-31", 3),
        # several years gone by
        ("fought a war between 1999 and 2003", "2001-07-01", "1999-01-01", "2003-12-31", 3),
        ("during the 2014-2016 insurgency", "2015-07-02", "2014-01-01", "2016-12-31", 3),
        ("a civil war in the 1990s", "1994-12-31", "1990-01-01", "1999-12-31", 3),
        # a dated anniversary beside the week's own day: the day is the news
        (
            "killed nine on Sunday, on the anniversary of the marches of 30 June 2019",
            "2020-12-20",
            "2020-12-20",
            "2020-12-20",
            1,
        ),
        # a recent dated day still wins, and a date with no year is never history
        ("On 9 December 2020, on Sunday", "2020-12-09", "2020-12-09", "2020-12-09", 1),
        (
            "will march on Friday and every day until March 10",
            "2020-03-10",
            "2020-03-10",
            "2020-03-10",
            1,
        ),
        # the Friday mosque is a building, not a day
        (
            "last week people marched from the Friday mosque",
            "2020-12-16",
            "2020-12-14",
            "2020-12-20",
            2,
        ),
        # a season of a year: its months (winter from the December before)
        ("seized Kabul in the summer of 2019", "2019-07-16", "2019-06-01", "2019-08-31", 3),
        ("during the winter of 2018", "2018-01-14", "2017-12-01", "2018-02-28", 3),
        (
            "the last such outburst was the summer of 1994",
            "1994-07-16",
            "1994-06-01",
            "1994-08-31",
            3,
        ),
        # a season of the report's own year
        ("in autumn 2020", "2020-10-16", "2020-09-01", "2020-11-30", 3),
    ],
)
def test_parse_dates_resolves(text: str, date: str, start: str, end: str, precision: int) -> None:
    when = resolve_when(text, REF)
    assert when is not None
    assert (
        when.date.isoformat(),
        when.start.isoformat(),
        when.end.isoformat(),
        when.precision,
    ) == (date, start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2021",
        "nothing temporal here",
        "on 2021-02-30",
        "on 31/13/2020",
        "version 1.12.2020.4 of the app",
    ],
)
def test_parse_dates_none(text: str) -> None:
    assert resolve_when(text, REF) is None


def test_parse_dates_figures_read_month_first_when_day_first_is_yet_to_come() -> None:
    # told on 10 June 2017: 6 September is to come, 9 June is the day before
    when = resolve_when("marched on 06/09/2017", dt.date(2017, 6, 10))
    assert when is not None and when.date == dt.date(2017, 6, 9)
    when = resolve_when("marched on 06/09/2017", dt.date(2017, 10, 1))
    assert when is not None and when.date == dt.date(2017, 9, 6)


def test_parse_dates_december_date_in_january_report_is_last_year() -> None:
    when = resolve_when("on December 30", dt.date(2021, 1, 2))
    assert when is not None and when.date == dt.date(2020, 12, 30)


def test_parse_dates_undated_is_week_before() -> None:
    when = undated(REF)
    assert (when.start, when.end, when.precision) == (dt.date(2020, 12, 14), REF, 2)
    assert when.date == dt.date(2020, 12, 20)


@pytest.mark.parametrize("value", ["9999-12-31T25:61", "2021-02-31", "", None, "not a date"])
def test_parse_dates_iso_rejects(value: str | None) -> None:
    assert parse_iso(value) is None


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.text(max_size=80)
)
def test_parse_dates_never_after_reference(ref: dt.date, text: str) -> None:
    when = resolve_when(text, ref)
    if when is not None:
        assert when.end <= ref and when.start <= when.date <= when.end


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("on Sunday", True),
        ("late on 3 May", True),
        ("last week", True),
        ("three days ago", True),
        ("in 2017", True),
        ("overnight", True),
        # "may" the verb, "march" the walk: no date
        ("the attackers may have crossed the border", False),
        ("they march to the square", False),
        # dated like "overnight", but no day of its own that makes another happening
        ("during the night militants tried to reach the lines", False),
    ],
)
def test_parse_dates_tells_a_date(text: str, dated: bool) -> None:
    assert tells_a_date(text) is dated


def test_parse_dates_explicit_days_and_weekdays_named() -> None:
    # the same day written three ways is one day; a group's name is no date
    text = "On 30 June 2019, June 30 and 2019-06-30; the March 23 Movement met on Sunday."
    assert explicit_days(text) == {(6, 30)}
    assert weekdays_named(text) == {"sunday"}
