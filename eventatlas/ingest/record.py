"""One input record (a JSON object or a file's text) to an Article.

The fields are those of SPEC.md "Article (input)". A record without usable
text raises :class:`~eventatlas.errors.ArticleError`; a field that is merely
wrong (a date that does not exist, a title that is a number) is dropped with
a :class:`~eventatlas.article.Problem` noted on the article, so a missing
``published`` can still be taken from the dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from eventatlas.article import Article, Problem
from eventatlas.errors import ArticleError
from eventatlas.ingest.markup import Page, looks_like_html, read_page
from eventatlas.ingest.text import STEP, clean, cut

_OPTIONAL = ("title", "url", "source")
_LANGUAGE = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from: ``where`` for warnings, ``default_id`` when it has no id."""

    where: str
    default_id: str


def article_from_record(record: Any, origin: Origin, *, max_chars: int) -> Article:
    """The Article a decoded JSON value describes; ArticleError when it has no usable text."""
    if not isinstance(record, dict):
        raise ArticleError(origin.where, f"expected a JSON object, got {_kind(record)}")
    problems: list[Problem] = []
    raw = _required_text(record, origin.where)
    page = _page_if_html(raw, record.get("format"), problems)
    text = page.text if page else raw
    article = Article(id=_article_id(record.get("id"), origin, problems), text="")
    for name in _OPTIONAL:
        setattr(article, name, _optional(record, name, problems))
    article.published = published(record.get("published"), problems)
    article.language = _language(record.get("language"), problems)
    if page:
        _fill_from_page(article, page, problems)
    return finish(article, text, origin.where, max_chars=max_chars, problems=problems)


def article_from_page(page: Page, origin: Origin, *, max_chars: int) -> Article:
    """The Article of a web page or ``.html`` file, with the metadata it declared."""
    problems: list[Problem] = []
    article = Article(id=origin.default_id, text="", url=page.url, source=page.source)
    _fill_from_page(article, page, problems)
    return finish(article, page.text, origin.where, max_chars=max_chars, problems=problems)


def article_from_text(text: str, origin: Origin, *, max_chars: int) -> Article:
    """The Article of a plain-text file: all of it is the text."""
    article = Article(id=origin.default_id, text="")
    empty = "the file is empty" if not text else "the file holds only whitespace"
    return finish(article, text, origin.where, max_chars=max_chars, problems=[], empty=empty)


def finish(
    article: Article,
    text: str,
    where: str,
    *,
    max_chars: int,
    problems: list[Problem],
    empty: str = "no text is left once the markup is removed",
) -> Article:
    """Clean and cut ``text`` into ``article``; ArticleError ``empty`` when nothing is left."""
    text, fixes = clean(text)
    if not text.strip():
        raise ArticleError(where, empty)
    text, note = cut(text, max_chars)
    article.text = text
    article.origin = where
    article.problems.extend([*problems, *fixes, *([note] if note else [])])
    return article


def _required_text(record: dict[str, Any], where: str) -> str:
    if "text" not in record or record["text"] is None:
        raise ArticleError(where, "no 'text' field; every article needs its body in 'text'")
    value = record["text"]
    if not isinstance(value, str):
        raise ArticleError(where, f"'text' must be a string, got {_kind(value)}")
    if not value.replace("\0", "").strip():
        raise ArticleError(where, "'text' is empty" if not value else "'text' is only whitespace")
    return value


def _page_if_html(raw: str, form: Any, problems: list[Problem]) -> Page | None:
    """The page ``raw`` holds when it is HTML (by its ``format`` field or its look)."""
    if form not in (None, "html", "text"):
        problems.append(Problem(STEP, f"ignored 'format' {form!r}: give 'html' or 'text'"))
        form = None
    if form == "text" or (form is None and not looks_like_html(raw)):
        return None
    return read_page(raw.replace("\0", ""))


def _fill_from_page(article: Article, page: Page, problems: list[Problem]) -> None:
    article.title = article.title or page.title
    article.language = article.language or _language(page.language, [])
    if article.published is None and page.published:
        article.published = published(page.published, problems)


def _article_id(value: Any, origin: Origin, problems: list[Problem]) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return _cleaned(value, "id", problems)
    if value is not None and value != "":
        problems.append(
            Problem(STEP, f"'id' {_kind(value)} is not a string; used {origin.default_id!r}")
        )
    return origin.default_id


def _optional(record: dict[str, Any], name: str, problems: list[Problem]) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        problems.append(Problem(STEP, f"ignored '{name}': expected a string, got {_kind(value)}"))
        return None
    value = _cleaned(value, name, problems).strip()
    return value or None


def _cleaned(value: str, name: str, problems: list[Problem]) -> str:
    value, fixes = clean(value, name)
    problems.extend(fixes)
    return value


def published(value: Any, problems: list[Problem]) -> str | None:
    """``value`` as an ISO 8601 date or datetime, or None with a Problem noting why."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        problems.append(
            Problem(STEP, f"ignored 'published': expected a string, got {_kind(value)}")
        )
        return None
    text = value.strip()
    try:
        if len(text) <= 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError as error:
        problems.append(
            Problem(STEP, f"ignored 'published' {value[:40]!r}: not an ISO 8601 date ({error})")
        )
        return None


def _language(value: Any, problems: list[Problem]) -> str | None:
    if value is None or value == "":
        return None
    match = _LANGUAGE.fullmatch(value.strip().lower()) if isinstance(value, str) else None
    if match is None:
        shown = repr(value[:20]) if isinstance(value, str) else _kind(value)
        problems.append(Problem(STEP, f"ignored 'language' {shown}: give an ISO 639-1 code"))
        return None
    return match.group(1)


def _kind(value: Any) -> str:
    """How JSON would name the type of ``value``."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
