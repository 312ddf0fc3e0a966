"""HTML to article text and metadata, with trafilatura and a linear-time fallback.

trafilatura finds the article body and its metadata, but its cost grows
faster than the page: a page of many thousands of elements, or a crafted
one, can take minutes. Pages over :data:`TRAFILATURA_LIMITS` (and pages
trafilatura finds nothing in) go to :func:`strip_tags`, which runs in
linear time and bounded memory whatever the nesting.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from eventatlas.errors import ArticleError
from eventatlas.ingest.text import decode


@dataclass(frozen=True, slots=True)
class Limits:
    """How much HTML trafilatura is given; larger pages are stripped instead."""

    max_chars: int = 2_000_000
    max_tags: int = 10_000


TRAFILATURA_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page gave: its text and whatever metadata it declared."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None


_LOOKS_HTML = re.compile(r"<(?:html|body|p|div|article|!doctype)[\s>/]", re.IGNORECASE)
_OPEN_TAG = re.compile(r"<[a-zA-Z]")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)?[^<>]*>")
_TITLE = re.compile(r"<title[^<>]*>([^<]*)<", re.IGNORECASE)
_LANG = re.compile(r"<html[^<>]*?\slang=[\"']?([a-zA-Z]{2,3})\b", re.IGNORECASE)
_CHARSET = re.compile(rb"<meta[^<>]*?charset=[\"']?([a-zA-Z0-9_-]+)", re.IGNORECASE)
_COMMENT_START = re.compile("<!--")
_COMMENT_END = re.compile("-->")
_SPACES = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r"\n\s*\n\s*")
_SKIPPED = ("script", "style", "noscript", "template", "head", "svg")
_BLOCK = re.compile(
    r"address|article|aside|blockquote|body|dd|div|dl|dt|fig(?:caption|ure)|footer|form|h[1-6r]"
    r"|header|html|li|main|nav|ol|p|pre|section|t[dhr]|table|title|ul"
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup: it starts with ``<`` and has a document tag."""
    return text.lstrip()[:1] == "<" and _LOOKS_HTML.search(text) is not None


def decode_page(data: bytes, where: str, *, charset: str | None = None) -> str:
    """A page's text: in ``charset`` when the server named one, else UTF-8, else its ``<meta>``."""
    if charset:
        try:
            return data.decode(charset, "replace")
        except LookupError:
            pass  # a charset Python does not know: work it out as if none were named
    try:
        return decode(data, where)
    except ArticleError:
        declared = _declared_charset(data)
        if declared is None or declared.replace("-", "") == "utf8":
            raise
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            raise ArticleError(where, f"not UTF-8 or {declared} text; save it as UTF-8") from None


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def read_page(markup: str, *, limits: Limits = TRAFILATURA_LIMITS) -> Page:
    """The article text and metadata of ``markup``; the text is "" when there is none."""
    page = _with_trafilatura(markup) if _within(markup, limits) else None
    if page is None or not page.text.strip():
        return Page(strip_tags(markup), title=_title(markup), language=_language(markup))
    return page


def _within(markup: str, limits: Limits) -> bool:
    if len(markup) > limits.max_chars:
        return False
    return sum(1 for _ in _OPEN_TAG.finditer(markup)) <= limits.max_tags


def _with_trafilatura(markup: str) -> Page | None:
    import trafilatura  # slow to import, so only when a page needs it

    document: Any = trafilatura.bare_extraction(
        markup,
        favor_recall=True,
        include_comments=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or not document.text:
        return None
    return Page(
        text=_paragraphs(document.text),
        title=document.title or _title(markup),
        published=document.date,
        url=document.url,
        source=document.sitename,
        language=_language(markup),
    )


def _paragraphs(text: str) -> str:
    # trafilatura puts one block a line; the pipeline reads blank-line paragraphs.
    lines = (line.strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _title(markup: str) -> str | None:
    match = _TITLE.search(markup[:65_536])
    title = _SPACES.sub(" ", html.unescape(match.group(1))).strip() if match else ""
    return title or None


def _language(markup: str) -> str | None:
    match = _LANG.search(markup[:8192])
    return match.group(1).lower() if match else None


def strip_tags(markup: str) -> str:
    """Plain text of ``markup`` in linear time: blocks become paragraphs, tags go."""
    markup = _drop_comments(markup)
    for name in _SKIPPED:
        markup = _drop_elements(markup, name)
    text = html.unescape(_TAG.sub(_replace_tag, markup))
    return _tidy(text)


def _replace_tag(match: re.Match[str]) -> str:
    name = (match.group(2) or "").lower()
    if name == "br":
        return "\n"
    return "\n\n" if _BLOCK.fullmatch(name) else ""


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text.replace("\r", "\n"))
    paragraphs = (" ".join(part.split()) for part in _BREAKS.split(text))
    return "\n\n".join(part for part in paragraphs if part)


def _drop_comments(markup: str) -> str:
    return _drop_between(markup, _COMMENT_START, _COMMENT_END)


def _drop_elements(markup: str, name: str) -> str:
    start = re.compile(rf"<{name}(?![\w-])", re.IGNORECASE)
    end = re.compile(rf"</{name}(?![\w-])[^<>]*>", re.IGNORECASE)
    return _drop_between(markup, start, end)


def _drop_between(markup: str, start: re.Pattern[str], end: re.Pattern[str]) -> str:
    """``markup`` without each stretch from a ``start`` match to the next ``end`` match."""
    kept: list[str] = []
    position = 0
    while (opening := start.search(markup, position)) is not None:
        kept.append(markup[position : opening.start()])
        closing = end.search(markup, opening.end())
        if closing is None:
            return "".join(kept)
        position = closing.end()
    kept.append(markup[position:])
    return "".join(kept)
