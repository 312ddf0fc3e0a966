"""Saving in batches: the same rows, ids, copies, incidents and results as one at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.store import SaveResult, Store, content_hash
from eventatlas.store.schema import article_bands, articles, events, incidents

pytest_plugins = ["postgres_fixtures"]

MakeEvent = Callable[..., Event]
MakeArticle = Callable[..., Article]
Item = tuple[Article, list[Event]]

STORY = (
    "HOMS, Syria, May 4 (Desk Wire) - Shelling struck the old market quarter of Talbiseh "
    "late on Monday, killing three traders and wounding eleven people who were buying "
    "bread before the curfew, a local medical worker said. Residents said the shells came "
    "from positions north of the town and that two shops and a bakery were set on fire."
)
RETOLD = (
    "Shelling struck the old market quarter of Talbiseh late on Monday, killing three "
    "traders and wounding eleven people who were buying bread before the curfew, a local "
    "medical worker said. Residents said the shells came from positions north of the town "
    "and that two shops and a bakery were set on fire. (Desk Wire; edited by the day team)"
)
UNRELATED = (
    "Farmers in the plains east of Hama blocked the main road with tractors on Tuesday to "
    "protest against the price of diesel, which they said had doubled since the spring, and "
    "against delays in paying for the wheat they delivered to state silos last summer."
)


def _snapshot(store: Store) -> dict[str, list[Any]]:
    """Every stored row that a save writes (the time of fetching aside), in a fixed order."""
    kept = [column for column in articles.c if column.name != "fetched_at"]
    with store.engine.connect() as connection:
        return {
            name: sorted(repr(tuple(row)) for row in connection.execute(sa.select(*columns)))
            for name, columns in {
                "articles": kept,
                "article_bands": list(article_bands.c),
                "events": list(events.c),
                "incidents": list(incidents.c),
            }.items()
        }


def _mixed(make_article: MakeArticle, make_event: MakeEvent) -> list[Item]:
    """Copies, repeats, a URL with other text, clashing ids, a re-told event."""
    url = "https://desk.example/talbiseh"
    story = make_article("story", text=STORY, url=url)
    strike = make_event(event_id="EV-story", article_id="story", attribution={})
    return [
        (story, [strike]),
        (make_article("retold", text=RETOLD), [make_event(event_id="EV-retold", attribution={})]),
        (story, [strike]),
        (make_article("moved", text="A later version of the page.", url=url + "/"), []),
        (make_article("1", text="Report one from a file."), [make_event(event_id="EV-f1")]),
        (make_article("1", text="Report one from another file."), [make_event(event_id="EV-f2")]),
        (make_article("again", text=UNRELATED), [make_event(event_id="EV-f1", fatalities=9)]),
        (make_article("again", text=UNRELATED), [make_event(event_id="EV-f1", fatalities=11)]),
    ]


def _stored_first(store: Store, make_article: MakeArticle, make_event: MakeEvent) -> None:
    store.save(make_article("old", text="An earlier report."), [make_event(event_id="EV-f2")])


@pytest.mark.parametrize("batch", [1, 3, 100])
def test_store_batch_same_as_one_at_a_time(
    tmp_path: Path, make_article: MakeArticle, make_event: MakeEvent, batch: int
) -> None:
    items = _mixed(make_article, make_event)
    with Store.open(str(tmp_path / "one.db")) as store:
        _stored_first(store, make_article, make_event)
        one_by_one = [store.save(article, found) for article, found in items]
        expected = _snapshot(store)
    with Store.open(str(tmp_path / "batch.db")) as store:
        _stored_first(store, make_article, make_event)
        assert store.save_many(items, batch=batch) == one_by_one
        assert _snapshot(store) == expected


def test_store_batch_results_say_what_each_save_did(
    database_url: str, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    with Store.open(database_url) as store:
        _stored_first(store, make_article, make_event)
        results = store.save_many(_mixed(make_article, make_event))
        assert [(r.article_id, r.new, r.events_added) for r in results] == [
            ("story", True, 1),
            ("retold", True, 1),
            ("story", False, 0),
            ("story", False, 0),
            ("1", True, 1),
            ("1~" + content_hash("Report one from another file.")[:8], True, 0),
            ("again", True, 0),
            ("again", False, 0),
        ]
        assert results[3] == SaveResult("story", False, 0, [])
        assert store.event("EV-f1")["fatalities"] == 11
        assert store.event("EV-f2")["article_id"] == "old"
        copies = _copies(store)
        assert copies == {"retold": "story"}
        assert results[0].incident_ids["EV-story"] == results[1].incident_ids["EV-retold"]


def _copies(store: Store) -> dict[str, str]:
    with store.engine.connect() as connection:
        query = sa.select(articles.c.id, articles.c.copy_of).where(articles.c.copy_of.is_not(None))
        return {row.id: row.copy_of for row in connection.execute(query)}


def test_store_batch_same_article_twice_stored_once(
    database_url: str, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    item = (make_article(), [make_event()])
    with Store.open(database_url) as store:
        first, second = store.save_many([item, item])
        assert (first.new, first.events_added, second.new, second.events_added) == (
            True, 1, False, 0,
        )  # fmt: skip
        assert first.incident_ids == second.incident_ids
        assert (store.articles_count(), store.count()) == (1, 1)


def test_store_batch_many_look_alike_articles_copy_the_same_story(
    database_url: str, make_event: MakeEvent
) -> None:
    # More stored look-alikes than the look-up compares (200): which are
    # compared must not depend on how the articles were cut into batches.
    words = STORY.split()
    texts = [" ".join([*words[:40], f"item{n:03d}", *words[40:]]) for n in range(230)]
    items = [
        (Article(id=f"look-{n:03d}", text=text), [make_event(event_id=f"EV-look-{n}")])
        for n, text in enumerate(texts)
    ]
    with Store.open(database_url) as store:
        store.save_many(items[:205], batch=205)
        store.save_many(items[205:], batch=25)
        copies = _copies(store)
    assert copies == {f"look-{n:03d}": "look-000" for n in range(1, 230)}
