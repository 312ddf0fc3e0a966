"""The places written after a name to say where it lies: "Tieba (Bankass, Mopti)".

Coders and wire writers place a small name by the larger ones that hold it,
in parentheses ("Kagara (Rafi LGA, Niger)") or after commas ("in Cawayan,
Masbate", "in San Juan, Lagunillas, Merida state"). A run of names joined by
commas that ends in "and" is a list ("in Aleppo, Idlib and Hama"), not an
enclosure.
"""

from __future__ import annotations

import re

TYPE_WORDS = (
    r"village|town|city|district|area|camp|neighbou?rhood|township|municipality|county"
    r"|sub-?county|department|province|region|state|lga|tehsil|taluka|division|locality"
    r"|barangay|commune|prefecture|governorate|subdivision|constituency|ward|sector"
)
_TYPED = r"(?:\s+(?:" + TYPE_WORDS + r"))?"
_PARENTHESIS = re.compile(_TYPED + r"\s*\(", re.IGNORECASE)
_COMMA = re.compile(_TYPED + r"\s*,\s*$", re.IGNORECASE)
_LIST_END = re.compile(_TYPED + r"\s*,?\s*(?:and|or|&)\s+[A-Z]", re.IGNORECASE)
MAX_CHAIN = 3
PARENTHESIS_LONGEST = 100


def enclosers(index: int, spans: list[tuple[int, int]], text: str) -> list[int]:
    """Indices of the names that enclose the name at ``spans[index]``, nearest first."""
    end = spans[index][1]
    opened = _PARENTHESIS.match(text, end)
    if opened is not None:
        close = text.find(")", opened.end(), opened.end() + PARENTHESIS_LONGEST)
        if close < 0:
            return []
        return [i for i, (start, _) in enumerate(spans) if opened.end() <= start < close]
    return _comma_chain(index, spans, text)


def _comma_chain(index: int, spans: list[tuple[int, int]], text: str) -> list[int]:
    chain: list[int] = []
    last = index
    while last + 1 < len(spans) and len(chain) <= MAX_CHAIN:
        gap = text[spans[last][1] : spans[last + 1][0]]
        if not _COMMA.fullmatch(gap):
            break
        last += 1
        chain.append(last)
    if not chain or len(chain) > MAX_CHAIN or _LIST_END.match(text, spans[chain[-1]][1]):
        return []
    return chain
