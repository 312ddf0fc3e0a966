"""Bytes to clean article text: decoding, newlines, NULs, and cutting long texts.

The text kept here is the text every later offset refers to, so nothing is
changed beyond what is listed: newlines become ``\\n``, NUL characters are
dropped, lone surrogates become U+FFFD (same length), and a text longer than
the limit is cut at a paragraph or sentence boundary.
"""

from __future__ import annotations

import codecs
import re

from eventatlas.article import Problem
from eventatlas.errors import ArticleError

STEP = "ingest"
MB = 1_000_000

_NEWLINES = re.compile(r"\r\n?")
_SURROGATES = re.compile("[\ud800-\udfff]")
_SENTENCE_END = re.compile(r"[.!?؟।][\"'”’»)\]]*\s|[。！？]")
_WHITESPACE = re.compile(r"\s")


def over_limit(where: str, size: int, max_bytes: int, *, stopped: bool = False) -> ArticleError:
    """The error for an input of ``size`` bytes over ``max_bytes`` (``stopped``: at least)."""
    limit = _amount(max_bytes)
    if stopped:
        return ArticleError(
            where, f"over the {limit} limit (stopped reading at {_amount(size)}); skipped"
        )
    return ArticleError(where, f"{_amount(size)} is over the {limit} limit; skipped")


def _amount(size: int) -> str:
    """``size`` bytes in MB (one decimal at most), or in bytes when under 0.1 MB."""
    if size < MB // 10:
        return f"{size:,} bytes"
    return f"{size / MB:.1f}".removesuffix(".0") + " MB"


def decode(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; ArticleError otherwise."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise not_text(where, error) from None


def not_text(where: str, error: UnicodeDecodeError) -> ArticleError:
    """The error for bytes that do not decode."""
    byte = error.object[error.start : error.start + 1].hex()
    return ArticleError(
        where, f"not UTF-8 text (byte 0x{byte} at offset {error.start}); save it as UTF-8"
    )


def strip_nuls(text: str) -> tuple[str, int]:
    """``text`` without NUL characters, and how many there were."""
    count = text.count("\0")
    return (text.replace("\0", ""), count) if count else (text, 0)


def clean(text: str, field: str = "text") -> tuple[str, list[Problem]]:
    """Normalise newlines, drop NULs and replace lone surrogates, noting each fix."""
    problems: list[Problem] = []
    text, nuls = strip_nuls(text)
    if nuls:
        problems.append(Problem(STEP, f"removed {nuls} NUL character(s) from {field}"))
    text = _NEWLINES.sub("\n", text)
    text, surrogates = _SURROGATES.subn("\ufffd", text)
    if surrogates:
        problems.append(Problem(STEP, f"replaced {surrogates} lone surrogate(s) in {field}"))
    return text, problems


def cut(text: str, max_chars: int) -> tuple[str, Problem | None]:
    """``text`` cut before ``max_chars`` at the best boundary, and the note saying so."""
    if len(text) <= max_chars:
        return text, None
    end = _boundary(text[:max_chars])
    note = Problem(STEP, f"text cut from {len(text)} to {end} characters")
    return text[:end], note


def _boundary(head: str) -> int:
    # Prefer a paragraph end, then a sentence end, then any space, but never
    # give up more than half the allowed text for a nicer boundary.
    floor = len(head) // 2
    paragraph = head.rfind("\n\n")
    if paragraph >= floor:
        return paragraph
    sentence = _last_end(_SENTENCE_END, head)
    if sentence >= floor:
        return sentence
    space = _last_end(_WHITESPACE, head)
    return space if space >= floor else len(head)


def _last_end(pattern: re.Pattern[str], head: str) -> int:
    """Where the last match of ``pattern`` in ``head`` ends, less its trailing space."""
    last = -1
    for match in pattern.finditer(head):
        last = match.end() - 1 if match.group()[-1].isspace() else match.end()
    return last
