"""What the extraction tests share: the occurred events the pipeline finds in a text."""

from __future__ import annotations

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.pipeline import Pipeline


def occurred(pipeline: Pipeline, text: str, published: str) -> list[Event]:
    """The occurred events of ``text`` reported on ``published``."""
    article = Article("t", text, published=published)
    return [e for e in pipeline.run_one(article).events if e.modality == "occurred"]
