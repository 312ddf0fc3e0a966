"""Fire that names no one, where a war has one front line, is between that war's sides
(``data/front_lines.tsv``); elsewhere, at other times and for other acts it stays unnamed."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import occurred

from eventatlas.article import Sentence, Span
from eventatlas.extract.actors import ActorLexicon
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.perpetrators import unclaimed_fire
from eventatlas.extract.roles import GenericActor
from eventatlas.pipeline import Pipeline

DONBAS = "Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya"
INVASION = "Military Forces of Russia", "Military Forces of Ukraine"


def sides(pipeline: Pipeline, text: str, published: str, sub: str) -> tuple[str | None, ...]:
    (event,) = [e for e in occurred(pipeline, text, published) if e.sub_event_type == sub]
    return event.actor1, event.actor2


def test_extract_front_lines_donbas_exchange_of_fire(pipeline: Pipeline) -> None:
    text = (
        "On 7 May 2020, monitors observed a total of 60 bursts of fire in both directions "
        "of the frontline near Horlivka."
    )
    assert sides(pipeline, text, "2020-05-08", "Armed clash") == DONBAS


def test_extract_front_lines_donbas_shelling_keeps_its_target(pipeline: Pipeline) -> None:
    text = "On 6 May 2020, monitors observed 22 explosions involving unknown weapons near Horlivka."
    actor1, actor2 = sides(pipeline, text, "2020-05-07", "Shelling/artillery/missile attack")
    assert (actor1, actor2) == (DONBAS[0], None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling hit a market in Kherson on Tuesday, killing three civilians, the "
            "regional governor said.",
            ("Military Forces of Russia", "Civilians (Ukraine)"),
        ),
        (
            "Shelling hit a village in the Belgorod region on Tuesday, wounding two people, "
            "the governor said.",
            ("Military Forces of Ukraine", None),
        ),
    ],
)
def test_extract_front_lines_since_the_invasion(
    pipeline: Pipeline, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert sides(pipeline, text, "2023-05-10", "Shelling/artillery/missile attack") == expected


@pytest.mark.parametrize(
    ("text", "published", "sub", "expected"),
    [
        # a side the report names stays
        (
            "Separatist forces shelled Avdiivka on Sunday, the Ukrainian army said.",
            "2019-03-11",
            "Shelling/artillery/missile attack",
            "NAF: United Armed Forces of Novorossiya",
        ),
        # fire that hit one side is the other's
        (
            "Shelling hit Ukrainian army positions near Avdiivka on Sunday.",
            "2019-03-11",
            "Shelling/artillery/missile attack",
            "NAF: United Armed Forces of Novorossiya",
        ),
        # before the war
        (
            "Unidentified gunmen exchanged fire with police in Donetsk on Sunday.",
            "2013-03-11",
            "Armed clash",
            "Unidentified Armed Group (Ukraine)",
        ),
        # not fire between forces
        (
            "Unidentified gunmen shot dead a businessman in Kyiv on Sunday.",
            "2019-03-11",
            "Attack",
            "Unidentified Armed Group (Ukraine)",
        ),
        # Lebanon's southern front since October 2023: fire no one is named for is Israel's
        (
            "Shells fell on the outskirts of Kfar Kila on Sunday, damaging two houses.",
            "2024-03-11",
            "Shelling/artillery/missile attack",
            "Military Forces of Israel",
        ),
        # ... and not before it
        (
            "Shells fell on the outskirts of Kfar Kila on Sunday, damaging two houses.",
            "2019-03-11",
            "Shelling/artillery/missile attack",
            "Unidentified Armed Group (Lebanon)",
        ),
        # no front line there
        (
            "Unidentified gunmen exchanged fire with police in Garissa on Sunday.",
            "2019-03-11",
            "Armed clash",
            "Unidentified Armed Group (Kenya)",
        ),
    ],
)
def test_extract_front_lines_only_there_then_and_unnamed(
    pipeline: Pipeline, text: str, published: str, sub: str, expected: str
) -> None:
    assert sides(pipeline, text, published, sub)[0] == expected


@pytest.mark.parametrize(
    ("sub", "named", "expected"),
    [
        # a clash: the war's two sides in the table's order, whichever was named
        ("Armed clash", "Military Forces of Russia", INVASION),
        ("Armed clash", "Military Forces of Ukraine", INVASION),
        ("Armed clash", None, INVASION),
        # a shelling that hit the first side is the second's
        ("Shelling/artillery/missile attack", "Military Forces of Russia", INVASION[::-1]),
        (
            "Shelling/artillery/missile attack",
            "Civilians (Ukraine)",
            (INVASION[0], "Civilians (Ukraine)"),
        ),
    ],
)
def test_extract_front_lines_order_of_sides(
    sub: str, named: str | None, expected: tuple[str, str]
) -> None:
    lexicon = ActorLexicon.load()
    text = "Fighting went on in the town."
    candidate = Candidate(
        Sentence(0, len(text), text),
        Span(0, len(text), text),
        Span(0, 8, "Fighting"),
        sub,
        "strong",
    )
    candidate.actor1 = GenericActor("Unidentified Armed Group (Ukraine)", 3, "UKR")
    if named is not None:
        inter = 7 if named.startswith("Civilians") else 1
        candidate.actor2 = GenericActor(named, inter, "UKR")
    unclaimed_fire(candidate, lexicon, dt.date(2024, 5, 22))
    assert (candidate.actor1.name, getattr(candidate.actor2, "name", None)) == expected
