"""Actor names as the incident rules compare them: aliases resolved, nobodies dropped.

"ISIS", "Daesh" and "Islamic State" are one group; "Unidentified Armed
Group (Syria)" or a missing actor names nobody and fits any other; a
crowd is one crowd whether a report calls it protesters or rioters. The
alias table is the extraction's (:class:`eventatlas.extract.actors.ActorLexicon`),
loaded on the first look-up, not at import.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_CROWD = re.compile(r"^(?:protesters|rioters) \(")


def is_generic(actor: str | None) -> bool:
    """An actor that names nobody in particular (missing, "Unidentified ...")."""
    return actor is None or not actor.strip() or actor.strip().lower().startswith("unidentified")


@functools.lru_cache(maxsize=65_536)
def actor_key(name: str | None) -> str | None:
    """The case-folded canonical name of ``name``; None for a generic or missing actor."""
    if name is None or is_generic(name):
        return None
    from eventatlas.extract.actors import ActorLexicon

    cleaned = " ".join(name.split())
    key = (ActorLexicon.load().canonical(cleaned) or cleaned).casefold()
    return _CROWD.sub("crowd (", key)


def agent_key(name: str | None) -> str | None:
    """The key of an actor as the one who acts: civilians act in no organised way, so None."""
    key = actor_key(name)
    return None if key is None or key.startswith("civilians (") else key


def actor_keys(names: Iterable[str | None]) -> frozenset[str]:
    """The keys of every specific actor among ``names``."""
    return _keys(tuple(names))


@functools.lru_cache(maxsize=65_536)
def _keys(names: tuple[str | None, ...]) -> frozenset[str]:
    # Reports repeat the same few actor lists: one set per list, made once.
    return frozenset(key for name in names if (key := actor_key(name)) is not None)
