"""How well a candidate fits a name by itself: its own name or an alternate, and its size."""

from __future__ import annotations

import math

from eventatlas.event import Place
from eventatlas.geocode.gazetteer import Match
from eventatlas.geocode.normalise import strip_marks

ALTERNATE_FIT = 0.0
LITERAL_FIT = 0.5
ADM2_SIZE = 1.5
UNCOUNTED = 500


def name_fit(match: Match, surface: str, primary_names: bool) -> float:
    """Its own name beats an alternate one: "Kisii" is Kenya's town before it is Jixi."""
    if not match.exact:
        return 0.0
    if match.primary and _spelt_as(match.place.name, surface):
        return 1.5 + LITERAL_FIT  # "Kisii" is Kisii before it is Kisi
    if match.primary or match.place.level < 3 or not primary_names:
        return 1.5
    return ALTERNATE_FIT


def _spelt_as(name: str, surface: str) -> bool:
    return strip_marks(name).lower().replace("-", " ") == surface.lower().replace("-", " ")


def size_fit(place: Place) -> float:
    """What its size adds: countries and provinces most, towns by their population."""
    if place.level == 0:
        return 3.0
    if place.level == 1:
        return 2.0
    if place.level == 2:
        return ADM2_SIZE  # most districts are named after their seat, the likelier meaning
    # GeoNames lists every place here with 500 people or more; 0 means not counted.
    return math.log10(max(place.population, UNCOUNTED) + 10) / 2
