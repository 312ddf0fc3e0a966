"""The same pure extraction over partitions of the input, on Dask distributed.

Each worker builds the pipeline (gazetteer, lexicons) once and keeps it;
partitions go out in order and results come back in order, so the output
is the same as a single-process run.
"""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any

from eventatlas.article import Article
from eventatlas.errors import MissingExtra, UsageError
from eventatlas.pipeline import Failure, Outcome, Pipeline
from eventatlas.settings import Settings

PARTITION = 200
IN_FLIGHT = 8


@lru_cache(maxsize=2)
def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline of this worker process, built on first use."""
    return Pipeline.default(settings)


def pipelines_built() -> int:
    """How many pipelines this worker process has built (one, once it has worked)."""
    return worker_pipeline.cache_info().misses


def extract_partition(items: list[Article | Failure], settings: Settings) -> list[Outcome]:
    """Run one partition on a worker (a plain function Dask can ship)."""
    pipeline = worker_pipeline(settings.replace(workers=0, cluster=None))
    return [
        Outcome(None, [], item) if isinstance(item, Failure) else _slim(pipeline.run_one(item))
        for item in items
    ]


def extract_packed(packed: bytes, settings: Settings) -> bytes:
    """:func:`extract_partition` on a pickled partition, the outcomes pickled back.

    One opaque blob each way: Dask then sends a single frame instead of
    walking and serialising the partition's objects one by one, which cost
    the client more than the extraction itself on long articles.
    """
    items = pickle.loads(packed)
    return pickle.dumps(extract_partition(items, settings), protocol=pickle.HIGHEST_PROTOCOL)


def _slim(outcome: Outcome) -> Outcome:
    """Drop the intermediate records (sentences, places, candidates) before sending it back."""
    if outcome.article is not None:
        outcome.article.sentences = []
        outcome.article.places = []
        outcome.article.candidates = []
    return outcome


def _client(settings: Settings) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise MissingExtra("--workers and --cluster", "batch") from error
    if settings.cluster:
        try:
            return Client(settings.cluster, timeout="20s")  # type: ignore[no-untyped-call]
        except OSError as error:
            raise UsageError(
                f"cannot reach the Dask scheduler at {settings.cluster}: {error}"
            ) from error
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=settings.workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster)  # type: ignore[no-untyped-call]


def run_on_dask(articles: Iterable[Article | Failure], settings: Settings) -> Iterator[Outcome]:
    """Outcomes of every article, in input order, computed on Dask."""
    client = _client(settings)
    try:
        stream = iter(articles)
        pending: deque[Any] = deque()
        while True:
            while len(pending) < IN_FLIGHT:
                chunk = list(islice(stream, PARTITION))
                if not chunk:
                    break
                packed = pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
                pending.append(client.submit(extract_packed, packed, settings, pure=False))
            if not pending:
                return
            outcomes: list[Outcome] = pickle.loads(pending.popleft().result())
            yield from outcomes
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()
