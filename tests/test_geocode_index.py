"""The index file is written beside its target and renamed on success, one builder at a time."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from eventatlas.geocode.index import PlaceRow, build_lock, fresh_database, name_rows, write_places


def test_index_fresh_database_renames_when_done(tmp_path: Path) -> None:
    target = tmp_path / "gazetteer.sqlite"
    with fresh_database(target) as connection:
        write_places(connection, [PlaceRow(1, "Kabul", "AF", "13", "", "P.PPL", 3, 34.5, 69.2)])
        assert not target.exists()
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT name FROM place").fetchall() == [("Kabul",)]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["gazetteer.sqlite"]


def test_index_fresh_database_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "gazetteer.sqlite"
    with pytest.raises(RuntimeError), fresh_database(target):
        raise RuntimeError("build interrupted")
    assert list(tmp_path.iterdir()) == []


def test_index_build_lock_lets_one_builder_in_at_a_time(tmp_path: Path) -> None:
    target = tmp_path / "gazetteer.sqlite"
    inside: list[int] = []
    overlaps: list[int] = []

    def build() -> None:
        with build_lock(target):
            inside.append(1)
            overlaps.append(len(inside))
            threading.Event().wait(0.05)
            inside.pop()

    workers = [threading.Thread(target=build) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert overlaps == [1, 1, 1, 1]


def test_index_short_alternate_names_are_left_out() -> None:
    rows = name_rows(7, ["Bo", "Bar", "Qionghai"], main="Bo")
    assert {exact for _, exact, _ in rows} == {"bo", "qionghai"}
