"""Two writers saving the same article at once: stored once, no error."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.store import SaveResult, Store
from eventatlas.store.saving import save

pytest_plugins = ["postgres_fixtures"]


def test_store_concurrency_same_article_saved_once(
    database_url: str, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> None:
    article, events = make_article(), [make_event()]
    with Store.open(database_url) as store, Store.open(database_url) as other:
        results: list[SaveResult] = []
        with store.engine.connect() as connection:
            transaction = connection.begin()
            save(connection, article, events)
            # The other writer looks, finds nothing committed, inserts, and
            # has to wait for this transaction: its insert then clashes.
            writer = threading.Thread(target=lambda: results.append(other.save(article, events)))
            writer.start()
            time.sleep(0.5)
            transaction.commit()
        writer.join(timeout=30)
        assert [(result.new, result.events_added) for result in results] == [(False, 0)]
        assert (store.articles_count(), store.count()) == (1, 1)
