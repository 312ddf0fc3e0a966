"""A web page to an Article: fetched politely and bounded, reduced with trafilatura."""

from __future__ import annotations

import httpx

from eventatlas.article import Article
from eventatlas.errors import ArticleError
from eventatlas.ingest.download import Download, download
from eventatlas.ingest.markup import decode_page, looks_like_html, read_page
from eventatlas.ingest.record import Origin, article_from_page
from eventatlas.ingest.text import STEP
from eventatlas.pipeline import Failure

HTML_TYPES = ("text/html", "application/xhtml+xml")


def fetch_article(
    url: str,
    *,
    client: httpx.Client,
    max_bytes: int = 64_000_000,
    max_chars: int = 200_000,
) -> Article | Failure:
    """The article at ``url``, or a Failure saying why it could not be had.

    Use a client from :func:`~eventatlas.ingest.client.make_client` to get
    retries, per-host spacing and robots.txt.
    """
    try:
        answer = download(client, url, max_bytes=max_bytes, accept=HTML_TYPES)
    except ArticleError as error:
        return Failure(error.where, STEP, error.reason)
    return article_from_download(answer, url, max_chars=max_chars)


def article_from_download(answer: Download, url: str, *, max_chars: int) -> Article | Failure:
    """The article in a fetched web page, or a Failure saying why there is none."""
    if answer.media_type and answer.media_type not in HTML_TYPES:
        reason = f"not a web page: the content type is '{answer.media_type}'"
        return Failure(url, STEP, reason)
    try:
        markup = _markup(answer, url)
        article = article_from_page(read_page(markup), Origin(url, answer.url), max_chars=max_chars)
    except ArticleError as error:
        return Failure(error.where, STEP, error.reason)
    article.url = answer.url
    return article


def _markup(answer: Download, url: str) -> str:
    """The page as text, in the charset the server named or the page declares."""
    markup = decode_page(answer.content, url, charset=answer.charset)
    if not answer.media_type and not looks_like_html(markup):
        raise ArticleError(url, "not a web page: no content type and no HTML in the answer")
    return markup
