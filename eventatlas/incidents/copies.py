"""Near-duplicate articles: syndicated copies and updated versions of one story.

Two papers printing one agency's story, or an agency's update that raises
the toll, are one source, not two: an incident's corroboration counts
stories, and a story is an article with its near-duplicates. Each stored
article gets a MinHash signature (datasketch) of its word 3-grams; the
signature is cut into bands whose hashes go into ``article_bands``, so the
earlier articles sharing a band are found by one indexed look-up (LSH)
rather than by comparing with every article. A candidate whose signatures
agree on at least :data:`SIMILAR` of their positions (the estimated Jaccard
similarity of the 3-gram sets) is a copy: the new article's ``copy_of`` is
the first article of its story.

This module reads article text only to fingerprint it; what the text says
is the extraction's business.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import sqlalchemy as sa

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 3
MIN_SHINGLES = 8
SIMILAR = 0.5
"""The least estimated Jaccard similarity of two articles' 3-grams that makes them copies."""

_WORD = re.compile(r"\w+")
_MAX_CANDIDATES = 200

# The store's tables, named here as join.py names them (no import cycle);
# tests/test_incidents_copies.py checks them against eventatlas.store.schema.
ARTICLES = sa.table(
    "articles",
    sa.column("id", sa.String),
    sa.column("minhash", sa.LargeBinary),
    sa.column("copy_of", sa.String),
)
ARTICLE_BANDS = sa.table(
    "article_bands", sa.column("band", sa.BigInteger), sa.column("article_id", sa.String)
)


def shingles(text: str) -> set[bytes]:
    """The article's word 3-grams, case and Unicode forms folded."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    grams = zip(*(words[n:] for n in range(SHINGLE)), strict=False)
    return {" ".join(gram).encode("utf-8") for gram in grams}


def signature(text: str) -> tuple[int, ...] | None:
    """The MinHash signature of ``text``; None when it is too short to compare."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = _empty().copy()
    minhash.update_batch(sorted(grams))
    return tuple(int(value) for value in minhash.hashvalues)


@lru_cache(maxsize=1)
def _empty() -> Any:
    """An empty seed-1 MinHash: its permutations are drawn once per process, not per article."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1)


def encode(values: Sequence[int]) -> bytes:
    """A signature as stored in ``articles.minhash`` (little-endian 64-bit integers)."""
    return b"".join(value.to_bytes(8, "little") for value in values)


def decode(blob: bytes) -> tuple[int, ...]:
    """A stored signature back as integers."""
    return tuple(int.from_bytes(blob[n : n + 8], "little") for n in range(0, len(blob), 8))


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of positions where two signatures agree: the estimated Jaccard similarity."""
    if len(a) != len(b) or not a:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def band_keys(values: Sequence[int]) -> list[int]:
    """One signed 64-bit key per band of the signature (the band's number included)."""
    keys = []
    for band in range(BANDS):
        chunk = encode(values[band * ROWS : (band + 1) * ROWS])
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def record_copy(connection: sa.Connection, article_id: str, text: str) -> str | None:
    """Fingerprint a newly stored article; the first article of the story it copies, if any."""
    values = signature(text)
    if values is None:
        return None
    keys = band_keys(values)
    root = _story_of_best(connection, article_id, values, keys)
    update = sa.update(ARTICLES).where(ARTICLES.c.id == article_id)
    connection.execute(update.values(minhash=encode(values), copy_of=root))
    rows = [{"band": key, "article_id": article_id} for key in sorted(set(keys))]
    connection.execute(sa.insert(ARTICLE_BANDS), rows)
    return root


def _story_of_best(
    connection: sa.Connection, article_id: str, values: Sequence[int], keys: list[int]
) -> str | None:
    sharing = (
        sa.select(ARTICLE_BANDS.c.article_id)
        .where(ARTICLE_BANDS.c.band.in_(keys), ARTICLE_BANDS.c.article_id != article_id)
        .distinct()
        .order_by(ARTICLE_BANDS.c.article_id)
        .limit(_MAX_CANDIDATES)
    )
    candidates = sa.select(ARTICLES.c.id, ARTICLES.c.minhash, ARTICLES.c.copy_of).where(
        ARTICLES.c.id.in_(sharing.scalar_subquery())
    )
    best: tuple[float, str] | None = None
    root: str | None = None
    mine = np.asarray(values, dtype=np.uint64)
    for row in connection.execute(candidates):
        theirs = np.frombuffer(row.minhash or b"", dtype="<u8")
        score = (
            float(np.count_nonzero(mine == theirs)) / len(mine) if len(theirs) == len(mine) else 0.0
        )
        # The most similar wins; among equals the smallest id, whatever the row order.
        if score >= SIMILAR and (best is None or (-score, row.id) < (-best[0], best[1])):
            best, root = (score, row.id), row.copy_of or row.id
    return root


def stories(connection: sa.Connection, article_ids: Sequence[str]) -> dict[str, str]:
    """The story (first article of its copies) of each of ``article_ids`` that is a copy."""
    found: dict[str, str] = {}
    wanted = sorted(set(article_ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = sa.select(ARTICLES.c.id, ARTICLES.c.copy_of).where(
            ARTICLES.c.id.in_(chunk), ARTICLES.c.copy_of.is_not(None)
        )
        found.update({row.id: row.copy_of for row in connection.execute(query)})
    return found
