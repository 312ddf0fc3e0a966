from __future__ import annotations

import pytest

from eventatlas.extract.fatalities import fatalities_in, number_value


@pytest.mark.parametrize(
    ("text", "count", "low", "high"),
    [
        ("Gunmen killed 12 people and wounded 5.", 12, 12, 12),
        ("The ministry said 12 were killed; a monitoring group put the toll at 17.", 12, 12, 17),
        ("At least three soldiers were killed in the clash.", 3, 3, 3),
        ("The death toll rose to 25 on Monday after 19 were first reported dead.", 25, 19, 25),
        ("Two civilians died.", 2, 2, 2),
        ("killing several civilians", 10, 10, 10),
        ("dozens of people were killed", 12, 12, 12),
        ("hundreds of people were killed", 100, 100, 100),
        ("1 fatality.", 1, 1, 1),
        ("the strike killed twenty-one fighters", 21, 21, 21),
        ("No casualties were reported.", 0, 0, 0),
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
    ],
)
def test_extract_fatalities_coordinated_victims_add_up(text: str, count: int) -> None:
    found = fatalities_in(text)
    assert found is not None and found.count == count
