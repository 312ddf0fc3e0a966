"""Store: articles, events, incidents, review history and users in one database.

Open one with ``Store.open(url)`` in ``main()`` or ``create_app()`` and
pass it down; each method runs in its own transaction. SQLite (a path) is
the embedded default, PostgreSQL (a ``postgresql://`` URL) the multi-user
choice; both are migrated to the newest schema when opened::

    with Store.open("events.db") as store:
        store.save(article, events)
        rows = store.events(EventQuery(iso3="SYR", date_from="2020-12-01"))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from eventatlas.article import Article
from eventatlas.errors import StoreError
from eventatlas.event import Event
from eventatlas.store import editing, reading, saving
from eventatlas.store.database import create_engine, database_url, migrate, reason, shown
from eventatlas.store.query import EventQuery
from eventatlas.store.record import now
from eventatlas.store.saving import SaveResult
from eventatlas.store.schema import articles, users

Item = tuple[Article, list[Event]]


class Store:
    """The database of articles, events, incidents and their review history."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating as needed) the database at a path or URL."""
        engine = create_engine(database_url(url))
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def url(self) -> str:
        """The database URL, password masked."""
        return shown(self.engine.url)

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def healthy(self) -> bool:
        """Whether the database answers a trivial query."""
        try:
            with self.engine.connect() as connection:
                return connection.execute(sa.select(sa.literal(1))).scalar_one() == 1
        except SQLAlchemyError:
            return False

    # Writing articles and events

    def save(self, article: Article, events: list[Event]) -> SaveResult:
        """Store one article and its events in one transaction (idempotent)."""
        return self._write_batch([(article, events)])[0]

    def save_many(self, items: Iterable[Item], batch: int = 100) -> list[SaveResult]:
        """Store many (article, events) pairs, committing every ``batch`` of them."""
        if batch < 1:
            raise ValueError(f"batch must be 1 or more, not {batch}")
        results: list[SaveResult] = []
        pending = iter(items)
        while chunk := list(islice(pending, batch)):
            results.extend(self._write_batch(chunk))
        return results

    def _write_batch(self, chunk: list[Item], *, retry: bool = True) -> list[SaveResult]:
        try:
            with self.engine.begin() as connection:
                return saving.save_batch(connection, chunk)
        except IntegrityError as error:
            # Another writer stored one of these articles between our look-up
            # and our insert: done again, the look-up finds it.
            if retry:
                return self._write_batch(chunk, retry=False)
            raise StoreError(f"cannot save to {self.url}: {reason(error)}") from error
        except SQLAlchemyError as error:
            first = chunk[0][0].origin or chunk[0][0].id
            raise StoreError(
                f"cannot save article {first!r} (or the {len(chunk) - 1} after it) "
                f"to {self.url}: {reason(error)}"
            ) from error

    # Reading events

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """The events ``query`` selects, as current dicts, in its order."""
        with self.engine.connect() as connection:
            rows = list(connection.execute(reading.select_events(query)))
            return reading.event_dicts(connection, rows)

    def iter_events(
        self, query: EventQuery | None = None, chunk: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """The same as ``events`` but streamed, ``chunk`` rows at a time."""
        with self.engine.connect() as connection:
            yield from reading.stream_events(connection, query, chunk)

    def count(self, query: EventQuery | None = None) -> int:
        """How many events ``query`` selects (limit and offset aside)."""
        with self.engine.connect() as connection:
            return reading.count_events(connection, query)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its article, review history and incident; None if unknown."""
        with self.engine.connect() as connection:
            return reading.event_detail(connection, event_id)

    def history(self, event_id: str) -> list[dict[str, Any]]:
        """The review history of an event, oldest first (KeyError if unknown)."""
        with self.engine.connect() as connection:
            return reading.history_of(connection, event_id)

    def articles_count(self) -> int:
        """How many articles are stored."""
        with self.engine.connect() as connection:
            statement = sa.select(sa.func.count()).select_from(articles)
            return int(connection.execute(statement).scalar_one())

    # Incidents

    def incidents(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """The incidents holding an event ``query`` selects (paging counts incidents)."""
        return list(self.iter_incidents(query))

    def iter_incidents(
        self, query: EventQuery | None = None, chunk: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """The same as ``incidents`` but streamed."""
        with self.engine.connect() as connection:
            yield from reading.stream_incidents(connection, query, chunk)

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident's summary plus all its events; None if unknown."""
        with self.engine.connect() as connection:
            return reading.incident_detail(connection, incident_id)

    # Analysts' changes

    def review(
        self,
        event_id: str,
        *,
        user: str,
        changes: dict[str, Any],
        comment: str = "",
        status: str | None = None,
    ) -> dict[str, Any]:
        """Change fields and/or the status of an event, keeping the history."""
        with self.engine.begin() as connection:
            return editing.review(
                connection, event_id, user=user, changes=changes, comment=comment, status=status
            )

    def merge_events(self, event_ids: list[str], *, user: str, comment: str = "") -> str:
        """Put the events into one incident (the first one's); return its id."""
        with self.engine.begin() as connection:
            return editing.merge_events(connection, event_ids, user=user, comment=comment)

    def split_event(self, event_id: str, *, user: str, comment: str = "") -> str:
        """Move an event to a new incident of its own; return the incident id."""
        with self.engine.begin() as connection:
            return editing.split_event(connection, event_id, user=user, comment=comment)

    # Users of the web app

    def add_user(self, name: str, password_hash: str, role: str) -> None:
        """Create an account (ValueError when the name is taken)."""
        row = {"name": name, "password_hash": password_hash, "role": role, "created_at": now()}
        try:
            with self.engine.begin() as connection:
                connection.execute(sa.insert(users).values(**row))
        except IntegrityError:
            raise ValueError(f"there is already a user called {name!r}") from None

    def user(self, name: str) -> dict[str, Any] | None:
        """An account as a dict (name, password_hash, role, created_at), or None."""
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(users).where(users.c.name == name)).mappings()
            found = row.first()
            return dict(found) if found is not None else None
