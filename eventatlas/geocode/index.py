"""The SQLite layout of the gazetteer index and the writes both builders share.

Tables: ``place`` (one row a place; ids are GeoNames ids, negative for the
divisions we derive ourselves), ``name`` (every name and alternate name of a
place under its two keys, see :mod:`eventatlas.geocode.normalise`),
``admin1`` and ``admin2`` (division names by code) and ``meta``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventatlas.geocode.normalise import exact_key, is_indexable, name_key

SCHEMA_VERSION = "10"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    iso2 TEXT NOT NULL,
    admin1_code TEXT NOT NULL DEFAULT '',
    admin2_code TEXT NOT NULL DEFAULT '',
    feature TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS place_division ON place (iso2, admin1_code, feature);
CREATE TABLE IF NOT EXISTS name (
    skel TEXT NOT NULL,
    exact TEXT NOT NULL,
    id INTEGER NOT NULL,
    PRIMARY KEY (skel, id, exact)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_exact ON name (exact);
CREATE INDEX IF NOT EXISTS name_id ON name (id);
CREATE TABLE IF NOT EXISTS admin1 (
    iso2 TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (iso2, code)
);
CREATE TABLE IF NOT EXISTS admin2 (
    iso2 TEXT NOT NULL, admin1_code TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (iso2, admin1_code, code)
);
"""


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One ``place`` row and the names to index it under."""

    id: int
    name: str
    iso2: str
    admin1_code: str
    admin2_code: str
    feature: str
    population: int
    latitude: float
    longitude: float
    names: tuple[str, ...] = ()

    def values(self) -> tuple[object, ...]:
        return (
            self.id,
            self.name,
            self.iso2,
            self.admin1_code,
            self.admin2_code,
            self.feature,
            self.population,
            self.latitude,
            self.longitude,
        )


MIN_ALTERNATE = 4


def name_rows(place_id: int, names: Iterable[str], *, main: str = "") -> set[tuple[str, str, int]]:
    """The (skeleton, exact, id) rows of a place's indexable names.

    Alternate names shorter than four letters ("Bar" for Qionghai, "Ifo" for
    Ivano-Frankivsk) are codes and nicknames that match common words, so only
    a place's main name may be that short.
    """
    rows: set[tuple[str, str, int]] = set()
    for name in names:
        if not name or not is_indexable(name):
            continue
        exact = exact_key(name)
        if len(exact) >= MIN_ALTERNATE or (name == main and len(exact) >= 2):
            rows.add((name_key(name), exact, place_id))
    return rows


def create_schema(connection: sqlite3.Connection) -> None:
    connection.executescript(SCHEMA)
    connection.execute(
        "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
    )


def write_places(connection: sqlite3.Connection, rows: Iterable[PlaceRow]) -> int:
    """Insert or replace places and their names; returns how many were written."""
    count = 0
    for row in rows:
        connection.execute("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)", row.values())
        connection.executemany(
            "INSERT OR IGNORE INTO name VALUES (?,?,?)",
            name_rows(row.id, (row.name, *row.names), main=row.name),
        )
        count += 1
    return count


def set_meta(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


@contextlib.contextmanager
def fresh_database(path: Path) -> Iterator[sqlite3.Connection]:
    """A new database written beside ``path`` and renamed onto it when done."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    connection = sqlite3.connect(temp)
    try:
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        create_schema(connection)
        yield connection
        connection.commit()
        connection.execute("ANALYZE")
        connection.close()
        temp.chmod(0o644)
        os.replace(temp, path)
    finally:
        connection.close()
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock beside ``path`` so one process builds at a time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(path.name + ".lock")
    with open(lock_path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: the rename alone keeps it safe
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
