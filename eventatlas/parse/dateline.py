"""Wire-report datelines: where and when a report was filed, and by whom.

Shapes seen in wire copy, all recognised here::

    BEIRUT, LEBANON (10:00 A.M.) – ...
    DEIR EZZOR, Syria, March 14 (Reuters) - ...
    Beirut, 14 March 2021 - ...
    KABUL (AP) — ...
    date 2020-12-21 BEIRUT, ...        (an ISO date ahead of the dateline)

The dateline place is where the report was written, not necessarily where
the event happened; geocoding uses it only as context.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from eventatlas.article import Article, Dateline, Problem, Span
from eventatlas.parse.dates import MONTHS, make_date, parse_iso
from eventatlas.parse.sentences import split_paragraphs

# A hyphen needs a space before it ("PORT-AU-PRINCE - ..." is one place); dashes do not.
_DASH = r"(?:\s+-+|\s*[–—]+)\s*"
# Letters with their accents too: "CULIACÁN", "CÚCUTA", "SÃO PAULO", "Bogotá".
_PLACE = r"(?P<place>[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’./\- ]){1,40}?)"
_COUNTRY = r"(?:,\s*(?P<country>[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’.\- ]){1,30}?))?"
_MONTH = (
    r"(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
)
_DATE = (
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d\d-\d\d))?"
)
_TIME = r"(?:\s*\((?P<time>\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)\))?"
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&'/-]{0,40})\))?"
_PREFIX = r"(?P<prefix>\s*(?:date\s*)?(?P<iso>\d{4}-\d\d-\d\d)(?:[T ][\d:]+Z?)?\s+)?"
_DATELINE = re.compile(
    rf"^{_PREFIX}\s*{_PLACE}{_COUNTRY}{_DATE}{_TIME}{_AGENCY}{_DASH}(?=\S)",
)
_PREFIX_ONLY = re.compile(r"^\s*(?:date\s*)?(?P<iso>\d{4}-\d\d-\d\d)\b")


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or of the paragraph after its headline and
    byline ("Riots in Derbent\n\nBy Staff\n\nDERBENT, June 24 - ..."), or None."""
    found = _dateline_at(text, 0)
    if found is not None:
        return found
    match = _PREFIX_ONLY.match(text[:300])
    if match:
        return Dateline(
            span=Span(match.start(), match.end(), match.group()), date=match.group("iso")
        )
    for start in _paragraphs_after_heading(text):
        found = _dateline_at(text, start)
        if found is not None:
            return found
    return None


# A headline or a byline above the dateline is one short line; so many come first at most.
_HEADING_LINES = 3
_HEADING_LONGEST = 200


def _paragraphs_after_heading(text: str) -> list[int]:
    """Where each of the paragraphs that follow only short heading lines starts."""
    spans = split_paragraphs(text)
    starts: list[int] = []
    for (start, end), (following, _) in pairwise(spans[: _HEADING_LINES + 1]):
        if max(map(len, text[start:end].splitlines())) > _HEADING_LONGEST:
            break
        starts.append(following)
    return starts


def _dateline_at(text: str, start: int) -> Dateline | None:
    head = text[start : start + 300]
    match = _DATELINE.match(head)
    if not match or not _plausible(match):
        return None
    if start and (match.group("prefix") or not _heads_a_paragraph(head, match)):
        return None
    return Dateline(
        span=Span(start + match.start(), start + match.end(), head[match.start() : match.end()]),
        place=_titled(match.group("place")),
        country=_titled(match.group("country")) if match.group("country") else None,
        date=match.group("iso") or match.group("date"),
        agency=match.group("agency"),
    )


def _heads_a_paragraph(head: str, match: re.Match[str]) -> bool:
    """Below a headline, a dateline's place is in capitals or has its date or agency, and a
    sentence follows it ("By Our Correspondent, Jos -" is a byline)."""
    place = match.group("place").strip()
    marked = (place.isupper() and len(place) > 2) or match.group("date") or match.group("agency")
    return bool(marked) and head[match.end() : match.end() + 1].isupper()


def _plausible(match: re.Match[str]) -> bool:
    """A dateline has an upper-case place, or a date, time or agency beside it."""
    place = match.group("place").strip()
    if len(place.split()) > 4:
        return False
    has_marker = any(match.group(name) for name in ("date", "time", "agency", "country"))
    return place.isupper() or has_marker


def _titled(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value.title() if value.isupper() else value


def dateline_date(dateline: Dateline, published: dt.date | None) -> dt.date | None:
    """The date a dateline gives, borrowing the year from ``published`` if needed."""
    if not dateline.date:
        return None
    iso = parse_iso(dateline.date)
    if iso:
        return iso
    words = re.findall(r"[A-Za-z]+|\d+", dateline.date)
    month = next((MONTHS[w.lower()] for w in words if w.lower() in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    day = next((n for n in numbers if n <= 31), None)
    year = next((n for n in numbers if n > 31), published.year if published else None)
    if month is None or day is None or year is None:
        return None
    return make_date(year, month, day)


def add_dateline(article: Article) -> Article:
    """Pipeline step body: find the dateline; fill ``published`` from it when missing."""
    article.dateline = find_dateline(article.text)
    if article.dateline and not article.published:
        found = dateline_date(article.dateline, None)
        if found:
            article.published = found.isoformat()
        elif article.dateline.date:
            article.problems.append(
                Problem("dateline", f"dateline date '{article.dateline.date}' has no year")
            )
    return article
