"""The country an outlet covers: a last resort for a report that names no place.

A local paper's two-line report ("Youths riot over the fees") is about its own
country far more often than not. The source's own name may say which ("Star
(Kenya)", "Daily Regional Times (Pakistan)"); otherwise ``data/outlet_countries.tsv``
lists national outlets. Wire services and international outlets give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from eventatlas.extract.lexicon import read_rows

_WORD = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")


@lru_cache(maxsize=1)
def _known() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = sorted(read_rows("outlet_countries.tsv"), key=lambda row: -len(row[0]))
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I), iso3) for name, iso3 in rows
    )


def outlet_country(source: str | None, country_of_word: Callable[[str], str | None]) -> str | None:
    """ISO3 of the country ``source`` covers, or None.

    ``country_of_word`` maps a country name or demonym to its ISO3 (the actor
    lexicon's ``country_of_demonym``), so "Kenya Standard" and "Star (Kenya)"
    need no table row.
    """
    if not source:
        return None
    for pattern, covered in _known():
        if pattern.search(source):
            return covered
    for phrase in _WORD.findall(source):
        words = phrase.split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                iso3 = country_of_word(" ".join(words[start : start + size]))
                if iso3:
                    return iso3
    return None
