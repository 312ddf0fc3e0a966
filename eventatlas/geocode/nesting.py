"""Names of parts of a place: "the Milano area of Malindi", "Dallas estate in Embu".

The first name is a neighbourhood of the second; when the gazetteer's place of
that first name lies far from the second, it is a namesake elsewhere (Milan,
Italy) and the name stays unplaced, so the event falls back to the enclosing
town.
"""

from __future__ import annotations

import math
import re

from eventatlas.event import Place

PART_WORDS = (
    "area",
    "district",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "suburb",
    "part",
    "section",
    "sector",
    "locality",
    "village",
    "camp",
    "estate",
)
PART_OF = re.compile(
    r"^\s+(?:" + "|".join(PART_WORDS) + r")\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE
)
# A neighbourhood this far from its town's point is not in it.
NEAR_KM = 40.0


def part_of(text: str, end: int, start: int) -> bool:
    """True when ``text[end:start]`` says the name before is a part of the one after."""
    return PART_OF.match(text[end:start]) is not None


def far_apart(part: Place, whole: Place) -> bool:
    """True when ``part`` cannot be a part of ``whole`` (another country or too far)."""
    if part.iso2 != whole.iso2:
        return True
    if whole.level < 2:
        return False
    return km_between(part, whole) > NEAR_KM


def km_between(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))
