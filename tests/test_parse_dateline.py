from __future__ import annotations

import datetime as dt

import pytest

from eventatlas.article import Article
from eventatlas.parse.dateline import add_dateline, dateline_date, find_dateline


@pytest.mark.parametrize(
    ("text", "place", "country", "date", "agency"),
    [
        ("BEIRUT, LEBANON (10:00 A.M.) – A joint force arrived.", "Beirut", "Lebanon", None, None),
        (
            "DEIR EZZOR, Syria, March 14 (Reuters) - Gunmen attacked.",
            "Deir Ezzor",
            "Syria",
            "March 14",
            "Reuters",
        ),
        ("Beirut, 14 March 2021 - Protesters gathered.", "Beirut", None, "14 March 2021", None),
        ("KABUL (AP) — A bomb exploded.", "Kabul", None, None, "AP"),
        # accented capitals
        ("CÚCUTA, Colombia (Andean Wire) — Fighting.", "Cúcuta", "Colombia", None, "Andean Wire"),
        ("SÃO PAULO, March 3 (Sul Wire) - Police.", "São Paulo", None, "March 3", "Sul Wire"),
        ("MOGADISHU, May 3 (AFP) - Fighting erupted.", "Mogadishu", None, "May 3", "AFP"),
        # a hyphen inside the place name is no dash; two places filed together
        (
            "PORT-AU-PRINCE, April 14 (Caribbean Courier) - Gunmen attacked.",
            "Port-Au-Prince",
            None,
            "April 14",
            "Caribbean Courier",
        ),
        ("GOMA/KINSHASA, Jan 28 (AFP) - Rebels entered.", "Goma/Kinshasa", None, "Jan 28", "AFP"),
        (
            " date 2020-12-21 BEIRUT, LEBANON (10:00 A.M.) – A force arrived.",
            "Beirut",
            "Lebanon",
            "2020-12-21",
            None,
        ),
    ],
)
def test_parse_dateline_shapes(
    text: str, place: str, country: str | None, date: str | None, agency: str | None
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.country, found.date, found.agency) == (place, country, date, agency)
    assert text[found.span.start : found.span.end] == found.span.text


@pytest.mark.parametrize(
    "text", ["The army said - nothing more.", "Police said on Monday - x", "No dateline here."]
)
def test_parse_dateline_absent(text: str) -> None:
    assert find_dateline(text) is None


def test_parse_dateline_fills_missing_published() -> None:
    article = add_dateline(Article("a", "Beirut, 14 March 2021 - Protesters gathered."))
    assert article.published == "2021-03-14"


def test_parse_dateline_keeps_given_published() -> None:
    article = add_dateline(Article("a", "Beirut, 14 March 2021 - x", published="2021-03-15"))
    assert article.published == "2021-03-15"


def test_parse_dateline_year_from_published() -> None:
    found = find_dateline("DEIR EZZOR, Syria, March 14 (Reuters) - x")
    assert found is not None
    assert dateline_date(found, dt.date(2021, 3, 15)) == dt.date(2021, 3, 14)
    assert dateline_date(found, None) is None


def test_parse_dateline_impossible_date_is_ignored() -> None:
    article = add_dateline(Article("a", "Beirut, 31 February 2021 - x"))
    assert article.published is None


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "Gunmen storm church and synagogue\n\nTranslated from Russian\n\n"
            "MAKHACHKALA, June 24 - On Sunday evening gunmen opened fire.",
            "Makhachkala",
            "June 24",
        ),
        ("Floods ease in the north\n\nLILONGWE — Rivers fell on Monday.", "Lilongwe", None),
        ("Curfew lifted\n\nKanbalu, 13 October — Shops reopened.", "Kanbalu", "13 October"),
    ],
)
def test_parse_dateline_below_headline_and_byline(text: str, place: str, date: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.date) == (place, date)
    assert text[found.span.start : found.span.end] == found.span.text
    assert text[found.span.end :].startswith(("On", "Rivers", "Shops"))


@pytest.mark.parametrize(
    "text",
    [
        # a byline is no dateline; nor is a dash in a later paragraph of a report
        "Clashes in the north\n\nBy Our Correspondent, Jos — Fighting went on.",
        "Police fired tear gas on Monday.\n\nThe crowd - mostly students - scattered.",
        "A long first paragraph " * 12 + "\n\nKABUL — A bomb exploded.",
    ],
)
def test_parse_dateline_not_below_a_report(text: str) -> None:
    assert find_dateline(text) is None
