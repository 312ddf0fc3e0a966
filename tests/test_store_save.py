"""Saving articles and events: idempotent, keyed by text, URL and event id."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.errors import StoreError
from eventatlas.event import Event
from eventatlas.incidents import incident_id_for
from eventatlas.store import SaveResult, Store, content_hash, url_hash
from eventatlas.store.schema import event_history

pytest_plugins = ["postgres_fixtures"]

MakeEvent = Callable[..., Event]
MakeArticle = Callable[..., Article]


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with Store.open(database_url) as opened:
        yield opened


def test_store_save_same_input_twice_adds_nothing(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    article, events = make_article(), [make_event(), make_event(event_id="EV-2")]
    first = store.save(article, events)
    second = store.save(article, events)
    incidents = {"EV-1": incident_id_for("EV-1"), "EV-2": incident_id_for("EV-2")}
    assert first == SaveResult("art-1", True, 2, ["EV-1", "EV-2"], incidents)
    assert second == SaveResult("art-1", False, 0, ["EV-1", "EV-2"], incidents)
    assert (store.articles_count(), store.count()) == (1, 2)


def test_store_save_same_text_other_id_is_one_article(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    store.save(make_article("a"), [make_event(article_id="a")])
    spaced = make_article("b", text="  " + make_article("a").text.upper().replace(" ", "\n "))
    result = store.save(spaced, [make_event(article_id="b")])
    assert (result.article_id, result.new, result.events_added) == ("a", False, 0)
    assert store.articles_count() == 1


def test_store_save_same_url_other_text_keeps_first(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    url = "https://news.example/story/42"
    store.save(make_article("a", url=url), [make_event(article_id="a")])
    updated = make_article("b", text="An updated version of the story.", url=url + "/#top")
    result = store.save(updated, [make_event(article_id="b", event_id="EV-9")])
    assert result == SaveResult("a", False, 0, [])
    assert store.articles_count() == 1
    assert [event["event_id"] for event in store.events()] == ["EV-1"]
    assert store.event("EV-1")["article"]["text"] == make_article("a").text


def test_store_save_article_id_clash_gets_suffix(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    store.save(make_article("1", text="First report."), [make_event(article_id="1")])
    result = store.save(
        make_article("1", text="Another report."), [make_event(article_id="1", event_id="EV-2")]
    )
    assert result.new and result.article_id.startswith("1~")
    stored = store.event("EV-2")
    assert stored["article_id"] == result.article_id == stored["article"]["id"]
    assert stored["article"]["text"] == "Another report."


def test_store_save_new_events_of_same_text_are_added(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    store.save(make_article(), [make_event()])
    result = store.save(make_article(), [make_event(), make_event(event_id="EV-NEW")])
    assert (result.new, result.events_added) == (False, 1)
    assert store.count() == 2


def test_store_save_rerun_refreshes_machine_record(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    store.save(make_article(), [make_event(fatalities=4)])
    store.save(make_article(), [make_event(fatalities=6, confidence=0.9)])
    (event,) = store.events()
    assert (event["fatalities"], event["confidence"], event["status"]) == (6, 0.9, "machine")


def test_store_save_rerun_never_overwrites_review(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    store.save(make_article(), [make_event(fatalities=4, location="Abu Kamal")])
    store.review("EV-1", user="ann", changes={"fatalities": 5}, comment="toll checked")
    store.save(make_article(), [make_event(fatalities=9, location="Al Mayadin")])
    event = store.event("EV-1")
    assert event["fatalities"] == 5
    assert event["location"] == "Al Mayadin"
    assert event["status"] == "reviewed"
    assert [(row["field"], row["after"]) for row in event["history"]] == [
        ("fatalities", 5),
        ("status", "reviewed"),
    ]


def test_store_save_event_id_known_from_other_article_keeps_its_article(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    store.save(make_article("a", text="Report one."), [make_event(article_id="a")])
    store.review("EV-1", user="ann", changes={"admin2": "Abu Kamal district"})
    result = store.save(make_article("b", text="Report two."), [make_event(article_id="b")])
    assert (result.new, result.events_added) == (True, 0)
    event = store.event("EV-1")
    assert event["article_id"] == "a"
    assert event["admin2"] == "Abu Kamal district"


def test_store_save_fills_source_and_url_from_article(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    article = make_article(url="https://news.example/a", source="Levant Wire")
    store.save(article, [make_event(source=None, url=None)])
    (event,) = store.events()
    assert (event["source"], event["url"]) == ("Levant Wire", "https://news.example/a")
    assert event["published"] == "2020-12-21T10:00:00Z"


def test_store_save_many_commits_in_batches(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    items = [
        (make_article(f"a{n}"), [make_event(article_id=f"a{n}", event_id=f"EV-{n}")])
        for n in range(7)
    ]
    items.append(items[0])
    results = store.save_many(iter(items), batch=3)
    assert [result.new for result in results] == [True] * 7 + [False]
    assert sum(result.events_added for result in results) == 7
    assert store.count() == 7


def test_store_save_many_rejects_bad_batch(store: Store) -> None:
    with pytest.raises(ValueError, match="batch"):
        store.save_many([], batch=0)


def test_store_save_is_one_transaction(
    tmp_path: Path, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    with Store.open(str(tmp_path / "events.db")) as store:
        # A field JSON cannot hold makes the second insert fail.
        broken = make_event(event_id="EV-2", unstorable=object())
        with pytest.raises(StoreError, match="cannot save article 'art-1'"):
            store.save(make_article(), [make_event(), broken])
        assert (store.articles_count(), store.count()) == (0, 0)


def test_store_content_hash_folds_space_and_case() -> None:
    assert content_hash("Shelling  in\nIdlib.") == content_hash("shelling in idlib.  ")
    assert content_hash("Shelling in Idlib.") != content_hash("Shelling in Homs.")


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("https://News.Example/a/", "https://news.example/a#comments", True),
        ("https://news.example/a?id=1", "https://news.example/a?id=2", False),
        ("", None, True),
    ],
)
def test_store_url_hash_normalises(one: str, other: str | None, same: bool) -> None:
    assert (url_hash(one) == url_hash(other)) is same


def test_store_history_table_untouched_by_saves(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    store.save(make_article(), [make_event()])
    store.save(make_article(), [make_event(fatalities=1)])
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(sa.func.count()).select_from(event_history))
        assert rows.scalar_one() == 0


def test_store_save_long_names_fit(
    store: Store, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    long_name = "Al " + "Very Long Place Name " * 30
    event_id = "EV-" + "x" * 300
    store.save(make_article(), [make_event(event_id=event_id, location=long_name, iso3="SYRIA")])
    (event,) = store.events()
    assert (event["event_id"], event["location"]) == (event_id, long_name)
