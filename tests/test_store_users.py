"""Accounts for the web app, and the store packages' public names."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

import pytest

from eventatlas.store import Store

pytest_plugins = ["postgres_fixtures"]


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with Store.open(database_url) as opened:
        yield opened


def test_store_users_add_and_read(store: Store) -> None:
    store.add_user("ann", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", "analyst")
    user = store.user("ann")
    assert user is not None
    assert (user["name"], user["role"]) == ("ann", "analyst")
    assert user["password_hash"].startswith("$argon2id$")
    assert user["created_at"].endswith("+00:00")
    assert store.user("bob") is None


def test_store_users_name_taken(store: Store) -> None:
    store.add_user("ann", "hash-1", "analyst")
    with pytest.raises(ValueError, match="already a user called 'ann'"):
        store.add_user("ann", "hash-2", "admin")
    assert store.user("ann")["role"] == "analyst"


@pytest.mark.parametrize(
    "package", ["eventatlas.store", "eventatlas.export", "eventatlas.incidents"]
)
def test_store_all_names_exist(package: str) -> None:
    module = importlib.import_module(package)
    assert module.__all__ == sorted(module.__all__)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
