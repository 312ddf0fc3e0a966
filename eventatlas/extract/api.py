"""The library entry points: extract events from one article or one text."""

from __future__ import annotations

from functools import lru_cache

from eventatlas.article import Article
from eventatlas.errors import ArticleError
from eventatlas.event import Event
from eventatlas.pipeline import Pipeline
from eventatlas.settings import Settings


@lru_cache(maxsize=4)
def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The built-in pipeline for ``settings``, built once per process."""
    return Pipeline.default(settings or Settings.from_env())


def extract_article(article: Article, *, pipeline: Pipeline | None = None) -> list[Event]:
    """The events of one article; raises ArticleError when it cannot be processed."""
    outcome = (pipeline or default_pipeline()).run_one(article)
    if outcome.failure is not None:
        raise ArticleError(
            outcome.failure.where, f"{outcome.failure.step}: {outcome.failure.message}"
        )
    return outcome.events


def extract_text(
    text: str,
    *,
    published: str | None = None,
    source: str | None = None,
    id: str = "text",
    pipeline: Pipeline | None = None,
) -> list[Event]:
    """The events of a plain-text report.

    >>> events = extract_text("KABUL (AP) — Gunmen killed two police officers on Sunday.",
    ...                       published="2021-03-15")
    """
    return extract_article(Article(id, text, published=published, source=source), pipeline=pipeline)
