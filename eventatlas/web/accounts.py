"""Accounts of the web app: roles, argon2 password hashes, signing in.

Three roles, each allowed what the one before it may do and more: a
``viewer`` reads, an ``analyst`` also reviews, merges and splits events, an
``admin`` also manages accounts (through ``eventatlas users add``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ROLES = ("viewer", "analyst", "admin")
MIN_PASSWORD = 8
MAX_NAME = 100


class UserStore(Protocol):
    """The part of :class:`eventatlas.store.Store` that keeps accounts."""

    def add_user(self, name: str, password_hash: str, role: str) -> None: ...

    def user(self, name: str) -> dict[str, object] | None: ...


@dataclass(frozen=True)
class User:
    """A signed-in account: its name and role."""

    name: str
    role: str

    def allows(self, role: str) -> bool:
        """Whether this account has ``role`` or a higher one."""
        return rank(self.role) >= rank(role)


def rank(role: str) -> int:
    """The place of ``role`` in ROLES (-1 when unknown, which allows nothing)."""
    return ROLES.index(role) if role in ROLES else -1


def hasher() -> PasswordHasher:
    """Argon2id with OWASP's recommended cost (19 MiB, 2 passes, 1 lane): ~0.1 s a check."""
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return hasher().hash(password)


def add_user(store: UserStore, name: str, password: str, role: str = "viewer") -> None:
    """Create an account; ValueError naming the problem when an argument is unusable."""
    name = name.strip()
    if not name or len(name) > MAX_NAME or any(char.isspace() for char in name):
        raise ValueError(f"user name must be 1 to {MAX_NAME} characters without spaces: {name!r}")
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"password must have at least {MIN_PASSWORD} characters")
    store.add_user(name, hash_password(password), role)


def authenticate(store: UserStore, name: str, password: str) -> User | None:
    """The account when ``password`` is right for ``name``, else None."""
    found = store.user(name.strip()) if name.strip() else None
    stored = str(found["password_hash"]) if found else _dummy_hash()
    try:
        hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    return User(str(found["name"]), str(found["role"])) if found else None


@cache
def _dummy_hash() -> str:
    # Checked against when the name is unknown, so a wrong name costs as long
    # as a wrong password and response times do not tell which names exist.
    return hash_password("no account has this password")


def load_user(store: UserStore, name: str | None) -> User | None:
    """The current account of a session's user name (None once deleted)."""
    found = store.user(name) if name else None
    return User(str(found["name"]), str(found["role"])) if found else None
