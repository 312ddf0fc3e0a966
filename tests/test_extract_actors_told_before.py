"""An unnamed armed side told with "the" ("the militants", "the insurgents") is the named
group the report told of before; without "the", or with no group before, it stays unnamed."""

from __future__ import annotations

from extract_helpers import occurred

from eventatlas.pipeline import Pipeline

PUBLISHED = "2015-05-22"


def test_extract_actors_told_before_the_militants_are_the_group(pipeline: Pipeline) -> None:
    text = (
        "Islamic State fighters seized the Syrian town of Palmyra on Wednesday after a week of "
        "fighting, a monitor said.\n\n"
        "Activists said the militants shot dead at least 17 men in the town on Thursday."
    )
    attacks = [e for e in occurred(pipeline, text, PUBLISHED) if e.sub_event_type == "Attack"]
    assert [e.actor1 for e in attacks] == ["Islamic State"]


def test_extract_actors_told_before_not_without_the(pipeline: Pipeline) -> None:
    text = (
        "Islamic State fighters seized the Syrian town of Palmyra on Wednesday, a monitor said.\n\n"
        "In another town, militants shot dead three shepherds on Thursday."
    )
    attacks = [e for e in occurred(pipeline, text, PUBLISHED) if e.sub_event_type == "Attack"]
    assert [e.actor1 for e in attacks] == ["Unidentified Armed Group (Syria)"]


def test_extract_actors_told_before_needs_a_group_before(pipeline: Pipeline) -> None:
    text = (
        "The militants shot dead three shepherds near Palmyra in Syria on Thursday, activists said."
    )
    (event,) = occurred(pipeline, text, PUBLISHED)
    assert event.actor1 == "Unidentified Armed Group (Syria)"


def test_extract_actors_told_before_in_another_clause(pipeline: Pipeline) -> None:
    text = (
        "M23 rebels said they had taken control of Goma on Monday.\n\n"
        "Heavy fighting broke out in Sake on Tuesday as the rebels pushed west, residents said."
    )
    fights = [
        e for e in occurred(pipeline, text, "2025-01-29") if e.sub_event_type == "Armed clash"
    ]
    assert [(e.location, e.actor1) for e in fights] == [("Sake", "M23: March 23 Movement")]
