"""Where each watched feed stands: its validators and which of its entries are done.

``eventatlas watch`` keeps this in a small SQLite file of its own rather
than in the store, so that it needs no change to the store's schema and a
watcher never writes anything but articles and events to a shared
database. By default the file sits beside a SQLite store (``events.db`` ->
``events.feeds.sqlite``); for a PostgreSQL store it lives in the cache
directory, named after the database URL. Losing the file costs one full
GET of each feed: articles already stored are recognised by URL and text.

An entry is done once its page was fetched and its article stored (or
found stored); a page that failed is tried again on later polls, up to
:data:`MAX_ATTEMPTS` times. A feed's ETag and Last-Modified are kept only
when none of its entries is waiting for another attempt, so that the next
poll asks for the whole feed again rather than getting a 304.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from eventatlas.errors import StoreError

MAX_ATTEMPTS = 3
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT, modified TEXT,"
    " polled_at TEXT, status TEXT)",
    "CREATE TABLE IF NOT EXISTS entries (feed TEXT NOT NULL, entry TEXT NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (feed, entry))",
)


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the last poll of a feed left: validators to send, when, and how it went."""

    url: str
    etag: str | None = None
    modified: str | None = None
    polled_at: str | None = None
    status: str | None = None


@dataclass(frozen=True, slots=True)
class PollRecord:
    """What one poll of a feed decided, written in one transaction."""

    etag: str | None
    modified: str | None
    status: str
    done: list[str]
    failed: list[str]
    current: list[str]


class FeedStates:
    """The feed-state file: one row per feed, one per entry the feed still lists."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            for statement in SCHEMA:
                self.db.execute(statement)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"cannot open the feed state file {path}: {error}") from error

    def __enter__(self) -> FeedStates:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self.db.close()

    def get(self, url: str) -> FeedState:
        """The state of feed ``url`` (empty when never polled)."""
        query = "SELECT url, etag, modified, polled_at, status FROM feeds WHERE url = ?"
        row = self.db.execute(query, (url,)).fetchone()
        return FeedState(*row) if row else FeedState(url)

    def done(self, url: str) -> set[str]:
        """The entries of feed ``url`` that need nothing more (stored, or given up on)."""
        query = "SELECT entry FROM entries WHERE feed = ? AND (done = 1 OR attempts >= ?)"
        return {row[0] for row in self.db.execute(query, (url, MAX_ATTEMPTS))}

    def waiting(self, url: str) -> int:
        """How many entries of feed ``url`` failed and will be tried again."""
        query = "SELECT count(*) FROM entries WHERE feed = ? AND done = 0 AND attempts < ?"
        return int(self.db.execute(query, (url, MAX_ATTEMPTS)).fetchone()[0])

    def record(self, url: str, poll: PollRecord) -> None:
        """Write a poll's outcome: entries done or failed, validators, and forget old entries."""
        with _transaction(self.db):
            self._entries(url, poll)
            waiting = self.waiting(url)
            etag, modified = (poll.etag, poll.modified) if not waiting else (None, None)
            self.db.execute(
                "INSERT INTO feeds (url, etag, modified, polled_at, status) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                " modified = excluded.modified, polled_at = excluded.polled_at,"
                " status = excluded.status",
                (url, etag, modified, _now(), poll.status),
            )

    def note(self, url: str, status: str) -> None:
        """Record a poll that changed nothing (unchanged, or failed) without losing validators."""
        self.db.execute(
            "INSERT INTO feeds (url, polled_at, status) VALUES (?, ?, ?) ON CONFLICT (url)"
            " DO UPDATE SET polled_at = excluded.polled_at, status = excluded.status",
            (url, _now(), status),
        )

    def _entries(self, url: str, poll: PollRecord) -> None:
        upsert = (
            "INSERT INTO entries (feed, entry, attempts, done) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (feed, entry) DO UPDATE SET attempts = entries.attempts + ?,"
            " done = max(entries.done, excluded.done)"
        )
        self.db.executemany(upsert, ((url, entry, 0, 1, 0) for entry in poll.done))
        self.db.executemany(upsert, ((url, entry, 1, 0, 1) for entry in poll.failed))
        # Entries the feed no longer lists will not come back: forget them, so
        # the file stays the size of the feeds, however long the watch runs.
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS listed (entry TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM listed")
        self.db.executemany("INSERT OR IGNORE INTO listed VALUES (?)", _rows(poll.current))
        self.db.execute(
            "DELETE FROM entries WHERE feed = ? AND entry NOT IN (SELECT entry FROM listed)",
            (url,),
        )


class _transaction:
    """BEGIN ... COMMIT (or ROLLBACK) on an autocommit sqlite3 connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _rows(values: Iterable[str]) -> Iterable[tuple[str]]:
    return ((value,) for value in values)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def state_path(db: str, cache_dir: Path) -> Path:
    """The default feed-state file for the store at ``db``."""
    from eventatlas.store.database import database_url

    url = database_url(db)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        store = Path(url.database)
        return store.with_name(f"{store.stem}.feeds.sqlite")
    key = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return cache_dir / "feeds" / f"{key}.sqlite"
