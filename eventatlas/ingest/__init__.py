"""Sources to articles: files, JSON Lines, directories, standard input, web pages and feeds.

:func:`read_articles` turns INPUT into a stream of
:class:`~eventatlas.article.Article` records, with a
:class:`~eventatlas.pipeline.Failure` for each record that cannot be used;
:func:`fetch_article` and :func:`read_feed` do the same for the web, through
a client from :func:`make_client`.
"""

from __future__ import annotations

from eventatlas.ingest.client import DEFAULT_POLICY, FetchPolicy, make_client
from eventatlas.ingest.feeds import FeedEntry, FeedResult, read_feed
from eventatlas.ingest.robots import RobotsDisallowed
from eventatlas.ingest.sources import read_articles
from eventatlas.ingest.web import fetch_article

__all__ = [
    "DEFAULT_POLICY",
    "FeedEntry",
    "FeedResult",
    "FetchPolicy",
    "RobotsDisallowed",
    "fetch_article",
    "make_client",
    "read_articles",
    "read_feed",
]
