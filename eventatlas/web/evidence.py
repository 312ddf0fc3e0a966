"""The article text with an event's evidence sentence marked, safely.

Article text is untrusted: it is escaped first, and only then is the
evidence span wrapped in ``<mark>``, so nothing in the text can become
markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape


def locate(text: str, evidence: Mapping[str, Any] | None) -> tuple[int, int] | None:
    """Where the evidence sentence is in ``text``: its offsets, else where its text is found."""
    if not evidence:
        return None
    quote = evidence.get("text") or ""
    start, end = evidence.get("start"), evidence.get("end")
    if isinstance(start, int) and isinstance(end, int) and _fits(text, start, end, quote):
        return start, end
    found = text.find(quote) if quote else -1
    return (found, found + len(quote)) if found >= 0 else None


def _fits(text: str, start: int, end: int, quote: str) -> bool:
    return 0 <= start < end <= len(text) and (not quote or text[start:end] == quote)


def highlight(text: str, evidence: Mapping[str, Any] | None) -> Markup:
    """``text`` escaped, with the evidence span wrapped in ``<mark id="evidence">``."""
    span = locate(text, evidence)
    if span is None:
        return escape(text)
    start, end = span
    return Markup('{}<mark id="evidence" class="evidence">{}</mark>{}').format(
        text[:start], text[start:end], text[end:]
    )
