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
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
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
_IN_CHUNK = 500

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
    values = _signature_array(text)
    return None if values is None else tuple(int(value) for value in values)


def _signature_array(text: str) -> np.ndarray[Any, np.dtype[np.uint64]] | None:
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = _empty().copy()
    minhash.update_batch(sorted(grams))
    return np.asarray(minhash.hashvalues, dtype="<u8")


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
    return _band_keys(encode(values))


def _band_keys(blob: bytes) -> list[int]:
    width = ROWS * 8
    keys = []
    for band in range(BANDS):
        chunk = blob[band * width : (band + 1) * width]
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


@dataclass(frozen=True)
class Fingerprint:
    """A new article's ``minhash`` and ``copy_of`` columns and its LSH band keys (sorted)."""

    minhash: bytes
    copy_of: str | None
    bands: list[int]


def band_rows(article_id: str, found: Fingerprint) -> list[dict[str, Any]]:
    """The ``article_bands`` rows of one fingerprinted article."""
    return [{"band": key, "article_id": article_id} for key in found.bands]


def insert_bands(connection: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """Insert ``article_bands`` rows with one statement, not one compiled row at a time."""
    if not rows:
        return
    pairs = sorted((row["band"], row["article_id"]) for row in rows)
    if connection.dialect.name == "sqlite":
        # In key order: each index page is visited once, while it is in the cache.
        sql = "INSERT INTO article_bands (band, article_id) VALUES (?, ?)"
        connection.exec_driver_sql(sql, pairs)
        return
    query = sa.text(
        "INSERT INTO article_bands (band, article_id) "
        "SELECT * FROM unnest(CAST(:bands AS BIGINT[]), CAST(:ids AS VARCHAR[]))"
    )
    connection.execute(
        query, {"bands": [band for band, _ in pairs], "ids": [name for _, name in pairs]}
    )


def fingerprints(
    connection: sa.Connection, new: Sequence[tuple[str, str]]
) -> dict[str, Fingerprint]:
    """Fingerprints of new articles (id, text), each compared with the stored and earlier ones.

    The result is what fingerprinting them one at a time would give (each
    article compared with the stored ones and those before it in ``new``), but
    the stored bands and signatures are read once for all of them.
    Articles too short to compare have none.
    """
    signed = []
    for article_id, text in new:
        values = _signature_array(text)
        if values is not None:
            blob = values.tobytes()
            signed.append((article_id, values, blob, _band_keys(blob)))
    pool = _Pool(connection, sorted({key for *_, keys in signed for key in keys}))
    # Candidates first (they depend on bands only), so that just the
    # signatures compared are read; then the roots, in storing order.
    chosen = []
    for article_id, _, _, keys in signed:
        candidates = pool.sharing(keys) - {article_id}
        if len(candidates) > _MAX_CANDIDATES:
            candidates = _first(connection, candidates)
        chosen.append(candidates)
        pool.add_bands(article_id, keys)
    pool.read(set().union(*chosen))
    found: dict[str, Fingerprint] = {}
    for (article_id, values, blob, keys), candidates in zip(signed, chosen, strict=True):
        root = _story_of_best(values, pool.signatures(candidates))
        found[article_id] = Fingerprint(blob, root, sorted(set(keys)))
        pool.known[article_id] = (values, root)
    return found


class _Pool:
    """The stored articles sharing a band with a batch, and the batch's articles so far."""

    def __init__(self, connection: sa.Connection, keys: list[int]) -> None:
        self.connection = connection
        self.bands: dict[int, set[str]] = defaultdict(set)
        self.batch: set[str] = set()
        for start in range(0, len(keys), _IN_CHUNK):
            query = sa.select(ARTICLE_BANDS.c.band, ARTICLE_BANDS.c.article_id).where(
                ARTICLE_BANDS.c.band.in_(keys[start : start + _IN_CHUNK])
            )
            for band, article_id in connection.execute(query).all():
                self.bands[band].add(article_id)
        self.known: dict[str, tuple[np.ndarray[Any, Any], str | None]] = {}

    def read(self, article_ids: set[str]) -> None:
        """Read the signatures and roots of the stored ones of ``article_ids``."""
        wanted = sorted(article_ids - self.batch)
        for start in range(0, len(wanted), _IN_CHUNK):
            query = sa.select(ARTICLES.c.id, ARTICLES.c.minhash, ARTICLES.c.copy_of).where(
                ARTICLES.c.id.in_(wanted[start : start + _IN_CHUNK])
            )
            for article_id, minhash, copy_of in self.connection.execute(query).all():
                self.known[article_id] = (np.frombuffer(minhash or b"", dtype="<u8"), copy_of)

    def sharing(self, keys: list[int]) -> set[str]:
        """The articles sharing at least one of ``keys``."""
        return set().union(*(self.bands[key] for key in keys if key in self.bands))

    def signatures(
        self, article_ids: set[str]
    ) -> list[tuple[str, np.ndarray[Any, Any], str | None]]:
        """Each article's id, signature and story root.

        An id missing here is one this batch is about to store that another
        writer stored first: the batch's insert will fail and be done again.
        """
        return [(name, *self.known[name]) for name in sorted(article_ids) if name in self.known]

    def add_bands(self, article_id: str, keys: list[int]) -> None:
        """Count a batch article's bands in for the articles after it."""
        for key in keys:
            self.bands[key].add(article_id)
        self.batch.add(article_id)


def _first(connection: sa.Connection, candidates: set[str]) -> set[str]:
    """The first candidates in the database's order of ids, as the one-article query takes."""
    ordered = sorted(candidates)
    if connection.dialect.name == "sqlite":
        # SQLite compares text as UTF-8 bytes: the order of code points, Python's.
        return set(ordered[:_MAX_CANDIDATES])
    # PostgreSQL's collation decides, which Python's sort may not share.
    query = sa.text(
        "SELECT id FROM unnest(CAST(:ids AS VARCHAR[])) AS candidates (id) ORDER BY id LIMIT :n"
    )
    return set(connection.execute(query, {"ids": ordered, "n": _MAX_CANDIDATES}).scalars())


def _story_of_best(
    mine: np.ndarray[Any, Any], candidates: list[tuple[str, np.ndarray[Any, Any], str | None]]
) -> str | None:
    size = len(mine)
    comparable = [item for item in candidates if len(item[1]) == size]
    if not comparable:
        return None
    agree = np.count_nonzero(np.stack([theirs for _, theirs, _ in comparable]) == mine, axis=1)
    best: tuple[float, str] | None = None
    root: str | None = None
    for (article_id, _, copy_of), count in zip(comparable, agree.tolist(), strict=True):
        score = count / size
        # The most similar wins; among equals the smallest id.
        if score >= SIMILAR and (best is None or (-score, article_id) < (-best[0], best[1])):
            best, root = (score, article_id), copy_of or article_id
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
