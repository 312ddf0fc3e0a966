"""Bounded fuzzy matching for names no gazetteer entry spells the same way.

Only a name that a cue or a coordinated neighbour marks as a place is tried,
and only against the places of a small area: the province of the neighbour
it is listed with ("the Kajab and Al-Shula areas"), or the article's main
country for a name after "the village of". Common words never get here: the
spotter drops them first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from eventatlas.event import Place
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.normalise import exact_key, name_key
from eventatlas.geocode.spotting import Token

SIBLING_CUTOFF = 80.0
COUNTRY_CUTOFF = 90.0
MIN_LENGTH = 5
_COORDINATED = re.compile(r"^\s*(?:,|and|or|&|, and|, or)\s*$")


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    """An unknown name matched to a place near it, and how well."""

    token: Token
    place: Place
    score: float
    beside: str


def fuzzy_siblings(
    text: str, unknown: list[Token], resolved: list[tuple[int, int, Place]], gazetteer: Gazetteer
) -> list[FuzzyMatch]:
    """Unknown names listed with a resolved place, matched within its province."""
    found: list[FuzzyMatch] = []
    for token in unknown:
        sibling = _sibling(text, token, resolved)
        if sibling is None or len(exact_key(token.text)) < MIN_LENGTH - 1:
            continue
        names = gazetteer.names_in(sibling.iso2, sibling.admin1)
        match = _best(name_key(token.text), [skel for skel, _, _ in names], SIBLING_CUTOFF)
        if match is None:
            continue
        place = gazetteer.get(names[match[1]][2])
        if place is not None and place != sibling and place.level == 3:
            found.append(FuzzyMatch(token, place, match[0], sibling.name))
    return found


def fuzzy_in_country(token: Token, iso2: str, gazetteer: Gazetteer) -> FuzzyMatch | None:
    """A name after a strong cue ("the village of X"), matched within one country."""
    key = exact_key(token.text)
    if len(key) < MIN_LENGTH:
        return None
    names = gazetteer.names_in(iso2)
    match = _best(key, [exact for _, exact, _ in names], COUNTRY_CUTOFF)
    if match is None:
        return None
    place = gazetteer.get(names[match[1]][2])
    return FuzzyMatch(token, place, match[0], "") if place is not None else None


def _best(key: str, choices: list[str], cutoff: float) -> tuple[float, int] | None:
    if not choices:
        return None
    found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return (float(found[1]), int(found[2])) if found else None


def _sibling(text: str, token: Token, resolved: list[tuple[int, int, Place]]) -> Place | None:
    for start, end, place in resolved:
        if place.level < 2:
            continue
        if end <= token.start and _COORDINATED.match(text[end : token.start]):
            return place
        if token.end <= start and _COORDINATED.match(text[token.end : start]):
            return place
    return None
