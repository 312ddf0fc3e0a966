"""What the store already holds: articles looked up by text and URL hash, many at a time.

Ingestion asks before it extracts (so a resumed run skips the stored part
cheaply) and again before it saves (so a text seen twice in one run is
stored once, whatever the batch boundaries). The hashes are the store's own
(:func:`~eventatlas.store.content_hash`, :func:`~eventatlas.store.url_hash`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.store.saving import content_hash, url_hash
from eventatlas.store.schema import articles

if TYPE_CHECKING:
    from eventatlas.store import Store

# SQLite allows 32,766 bound parameters and PostgreSQL 65,535: stay well below both.
LOOKUP_CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class Keys:
    """The two hashes that identify an article in the store."""

    text: str
    url: str | None

    @classmethod
    def of(cls, article: Article) -> Keys:
        """The keys of ``article`` as the store computes them."""
        return cls(content_hash(article.text), url_hash(article.url))


def stored_hashes(store: Store, keys: Iterable[Keys]) -> set[str]:
    """Those of the text and URL hashes in ``keys`` that a stored article has."""
    listed = list(keys)
    texts = sorted({key.text for key in listed if key.text})
    urls = sorted({key.url for key in listed if key.url})
    found: set[str] = set()
    with store.engine.connect() as connection:
        for column, values in ((articles.c.content_hash, texts), (articles.c.url_hash, urls)):
            for start in range(0, len(values), LOOKUP_CHUNK):
                chunk = values[start : start + LOOKUP_CHUNK]
                rows = connection.execute(sa.select(column).where(column.in_(chunk)))
                found.update(str(value) for value in rows.scalars())
    return found


def stored_urls(store: Store, urls: Iterable[str]) -> set[str]:
    """Those of ``urls`` whose article is stored already (by the store's URL hash)."""
    hashed = {url: url_hash(url) for url in urls}
    found = stored_hashes(store, [Keys("", value) for value in hashed.values() if value])
    return {url for url, value in hashed.items() if value in found}


def is_known(keys: Keys, found: set[str]) -> bool:
    """Whether ``keys`` match a hash in ``found``."""
    return keys.text in found or (keys.url is not None and keys.url in found)
