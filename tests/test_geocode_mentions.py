"""find_places: names found in text and resolved with the whole article's context."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

import pytest
from geocode_fixtures import gazetteer, placed  # noqa: F401

from eventatlas.article import Dateline, Span
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.mentions import PlaceMention, find_places


def names(mentions: list[PlaceMention]) -> list[tuple[str, str, str]]:
    return [(m.text, m.place.name, m.place.iso2) for m in mentions]


def test_mentions_seed_places(gazetteer: Gazetteer, seed_text: str) -> None:
    found = placed(seed_text, gazetteer).places
    resolved = {(m.text, m.place.name, m.place.feature) for m in found}
    assert ("Albukamal", "Ālbū Kamāl", "P.PPL") in resolved
    assert ("Al-Mayadeen", "Al Mayādīn", "P.PPL") in resolved
    assert any(m.text == "Deir Ezzor" and m.place.level == 1 for m in found)
    assert all(m.place.iso2 == "SY" for m in found)
    assert not any(m.text.upper() in ("BEIRUT", "LEBANON") for m in found)


def test_mentions_reason_names_the_choice(gazetteer: Gazetteer) -> None:
    found = placed("Clashes erupted in Albukamal, Syria, on Monday.", gazetteer).places
    albukamal = next(m for m in found if m.text == "Albukamal")
    assert albukamal.reason.startswith("matched 'Albukamal' to Ālbū Kamāl (SY")
    assert albukamal.candidates >= 1
    assert [p.level for p in albukamal.within] == [0, 1]


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("Gunmen opened fire in Tripoli, Lebanon's second city, on Friday.", "LB"),
        ("Militias clashed in Tripoli, the Libyan capital, on Friday.", "LY"),
        ("Lebanese troops deployed in Tripoli after a night of clashes.", "LB"),
    ],
)
def test_mentions_context_picks_the_right_namesake(
    gazetteer: Gazetteer,
    text: str,
    iso2: str,
) -> None:
    tripoli = [m for m in placed(text, gazetteer).places if m.text == "Tripoli"]
    assert tripoli and tripoli[0].place.iso2 == iso2


def test_mentions_dateline_country_is_context(gazetteer: Gazetteer) -> None:
    article = placed("BEIRUT, Lebanon (AP) — Protesters gathered in Tripoli on Friday.", gazetteer)
    assert names(article.places) == [("Tripoli", "Tripoli", "LB")]


def test_mentions_dateline_record_excluded_but_used(gazetteer: Gazetteer) -> None:
    text = "KABUL, Afghanistan — A bomb exploded near a checkpoint in Charikar on Sunday."
    article = placed(text, gazetteer)
    article.dateline = Dateline(Span(0, 20, text[:20]), place="Kabul", country="Afghanistan")
    found = find_places(article, gazetteer)
    assert [(m.text, m.place.iso2) for m in found] == [("Charikar", "AF")]
    assert found[0].cue == "near" or found[0].cue == ""


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Monday that the March rally will go ahead, Mark told reporters.",
        "The Army and State officials met on Sunday in May.",
        "Syrian and Iraqi officials said the Islamic State was weakened.",
        "President Hassan Sheikh Mohamud spoke to the press.",
        # a school's word for itself: "Madrassa" is no "Madras A"
        "Parents protested a plan to close the Madrassa attached to the mosque.",
    ],
)
def test_mentions_common_words_are_not_places(gazetteer: Gazetteer, text: str) -> None:
    assert placed(text, gazetteer).places == []


def test_mentions_country_named_is_a_place(gazetteer: Gazetteer) -> None:
    found = placed(
        "Fighting continued in Syria and in the Democratic Republic of Congo.", gazetteer
    )
    assert [(m.place.name, m.place.level) for m in found.places] == [
        ("Syria", 0),
        ("Democratic Republic of Congo", 0),
    ]


def test_mentions_cues_steer_the_feature(gazetteer: Gazetteer) -> None:
    text = (
        "Shelling hit Idlib province on Monday. On Tuesday a market in the city of Idlib was hit."
    )
    found = placed(text, gazetteer).places
    assert [(m.place.level, m.cue) for m in found] == [(1, "province"), (3, "city")]


def test_mentions_arabic_script(gazetteer: Gazetteer) -> None:
    found = placed("قصف على البوكمال", gazetteer).places
    assert [m.place.name for m in found] == ["Ālbū Kamāl"]


def test_mentions_skeleton_only_needs_strong_context(gazetteer: Gazetteer) -> None:
    # "Al-Shula" only resembles unrelated places abroad: no guess.
    found = placed("Syrian jets struck Al-Shula in Syria near Albukamal.", gazetteer).places
    assert "Al-Shula" not in [m.text for m in found]


def test_mentions_person_before_speech_verb(gazetteer: Gazetteer) -> None:
    found = placed("Bungoma residents protested, Wafula said.", gazetteer).places
    assert [m.text for m in found] == ["Bungoma"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Militants attacked troops near Bar-Qwertyuun village, Somalia.", "Bar"),
        ("Boko Haram fighters raided a market in Maiduguri, Nigeria.", "Haram"),
        ("Journalists protested on Lahore Street in Rawalpindi, Pakistan.", "Lahore"),
        ("Members of the Azov Battalion marched in Kyiv, Ukraine.", "Azov"),
        ("Supporters of president Kibaki rallied in Nairobi, Kenya.", "Kibaki"),
    ],
)
def test_mentions_parts_of_other_names_are_not_places(
    gazetteer: Gazetteer, text: str, absent: str
) -> None:
    found = placed(text, gazetteer).places
    assert absent not in [m.text for m in found]
    assert any(m.place.level == 3 for m in found) or "Bar-" in text


def test_mentions_enclosing_name_after_comma_or_parenthesis(gazetteer: Gazetteer) -> None:
    found = placed("Shells landed in Abu Salim (Tripoli).", gazetteer).places
    assert [(m.text, m.place.iso2) for m in found] == [("Tripoli", "LY")]
    found = placed("Rebels fired mortars near Pisky, Donetsk.", gazetteer).places
    # The Piskys the embedded data has are in other provinces: no guess.
    assert [(m.text, m.place.level, m.place.iso2) for m in found] == [("Donetsk", 1, "UA")]


def test_mentions_fast_enough(gazetteer: Gazetteer, seed_text: str) -> None:
    import time

    article = placed(seed_text, gazetteer)
    started = time.perf_counter()
    for _ in range(20):
        find_places(article, gazetteer)
    assert (time.perf_counter() - started) / 20 < 0.02  # generous: ~2 ms on a quiet machine


def test_mentions_a_sentence_opener_is_not_part_of_the_name(gazetteer: Gazetteer) -> None:
    found = placed("At Kandahar airport, two rockets landed near the runway.", gazetteer).places
    assert [m.text for m in found] == ["Kandahar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a division whose name holds "and" is found whole, and its town beside it
        (
            "In Lordegan, in Chaharmahal and Bakhtiari province, police fired on a crowd.\n\n"
            "In Azna, in Lorestan, protesters set fire to the municipality.",
            ["Lordegan", "Chaharmahal and Bakhtiari", "Azna", "Lorestan"],
        ),
        ("Militants attacked a post in Jammu and Kashmir, India.", ["Jammu and Kashmir", "India"]),
        # two places joined by "and" stay two; a person's name ends at the "and"
        ("Troops moved between Kenya and Uganda.", ["Kenya", "Uganda"]),
        (
            "President Ruto and Kisumu leaders met in Nairobi, Kenya.",
            ["Kisumu", "Nairobi", "Kenya"],
        ),
    ],
)
def test_mentions_names_joined_by_and(gazetteer: Gazetteer, text: str, expected: list[str]) -> None:
    found = placed(text, gazetteer).places
    assert [m.text for m in found] == expected
    assert all(m.place.iso2 in ("IR", "IN", "KE", "UG") for m in found)
