"""The country an outlet covers: a last resort for a report that names no place.

A local paper's two-line report ("Youths riot over the fees") is about its own
country far more often than not. The source's own name may say which ("Star
(Kenya)", "Daily Regional Times (Pakistan)"); otherwise ``data/outlet_countries.tsv``
lists national outlets. Wire services and international outlets give nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventatlas.extract.lexicon import read_rows
from eventatlas.geocode.countries import country_of_demonym, find_country

_WORD = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")


@lru_cache(maxsize=1)
def _known() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = sorted(read_rows("outlet_countries.tsv"), key=lambda row: -len(row[0]))
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I), iso3) for name, iso3 in rows
    )


# Sources repeat (a feed's every item, an archive's every article): read each once.
@lru_cache(maxsize=4096)
def outlet_country(source: str | None) -> str | None:
    """ISO3 of the country ``source`` covers, or None."""
    if not source:
        return None
    for pattern, covered in _known():
        if pattern.search(source):
            return covered
    for phrase in _WORD.findall(source):
        words = phrase.split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                named = " ".join(words[start : start + size])
                country = find_country(named) or country_of_demonym(named)
                if country is not None:
                    return country.iso3
    return None
