"""Namesakes: whether a candidate lies where the rest of the report puts its places.

A place outside the divisions named for it, or far from the towns named
around it, is most often another place of the same name, one the gazetteer
may not even list ("Andarai" in a report on Rio de Janeiro is a neighbourhood
there, not the town in Bahia).
"""

from __future__ import annotations

from eventatlas.event import Place
from eventatlas.geocode.gazetteer import Match
from eventatlas.geocode.nesting import km_between
from eventatlas.geocode.normalise import exact_key

WELL_KNOWN = 100_000
# A place written "X, Y" with Y a town lies within this of Y; one outside the
# division named after it, when it is the only candidate, within this of its point.
ENCLOSED_KM = 60.0
OUTSIDE_KM = 150.0
# A city of a million is named for itself, whatever else the article is about.
METROPOLIS = 1_000_000
# A namesake this many times larger in the same province is the one meant.
OUTGROWN_SHARE = 2


def outside_named_division(place: Place, divisions: set[tuple[str, str]]) -> bool:
    """A town or district of a country some of whose divisions are named, in none of them."""
    if place.level < 2 or not any(iso2 == place.iso2 for iso2, _ in divisions):
        return False
    return not lies_in(place, divisions)


def far_from_enclosing(place: Place, towns: list[Place]) -> bool:
    """A small place farther from the town named to enclose it than a district reaches."""
    if place.level != 3 or place.population >= WELL_KNOWN:
        return False
    return any(
        town.population > place.population and km_between(place, town) > ENCLOSED_KM
        for town in towns
    )


def stray(
    place: Place, towns: list[Place], divisions: set[tuple[str, str]], enclosed: bool
) -> bool:
    """A small town outside every division the report places in its country, far from
    every other town it names there: a namesake of some unlisted place near them.

    Not when a division is named right after it (``enclosed``): that one decides.
    """
    if place.level < 2 or place.population >= WELL_KNOWN or enclosed:
        return False
    if not outside_named_division(place, divisions):
        return False
    near = [town for town in towns if town.iso2 == place.iso2]
    return bool(near) and all(km_between(place, town) > OUTSIDE_KM for town in near)


def far_from_towns(place: Place, towns: list[Place]) -> bool:
    """A part of a town ("Jacarezinho neighborhood") far from every larger town named."""
    larger = [town for town in towns if town.population > place.population]
    if place.level < 2 or not larger:
        return False
    return all(km_between(place, town) > ENCLOSED_KM for town in larger)


def lies_in(place: Place, divisions: set[tuple[str, str]]) -> bool:
    if place.level == 1 or not place.admin1:
        return False
    if (place.iso2, exact_key(place.admin1)) in divisions:
        return True
    if place.level == 3 and (place.iso2, exact_key(place.name)) in divisions:
        return True  # the seat of a district named after it, whatever its admin2 says
    return bool(place.admin2) and (place.iso2, exact_key(place.admin2 or "")) in divisions


def namesake(place: Place, held: bool, points: list[Place]) -> bool:
    """A place outside the division named after it is another of that name...

    ...when a candidate inside exists (``held``), or it lies far from that division's
    ``points``: one border town our admin table puts across the line ("Burgersfort
    (Sekhukhune, Limpopo)") is still this one.
    """
    if held:
        return True
    same = [point for point in points if point.iso2 == place.iso2]
    return all(km_between(place, point) > OUTSIDE_KM for point in same)


def metropolis(match: Match) -> bool:
    """A city of a million named by its own name: "Anyang" is one, "Jang" only an alias of it."""
    return match.primary and match.place.population >= METROPOLIS


def dwarfed(place: Place, matches: list[Match]) -> bool:
    """A hamlet sharing the name of a city of millions."""
    largest = max(
        (m.place.population for m in matches if m.primary and m.place.level == 3),
        default=0,
    )
    return largest >= METROPOLIS and place.level == 3 and place.population * 100 < largest


def outgrown(place: Place, matches: list[Match], towns: list[Place], name: str) -> bool:
    """A town with a namesake twice its size in the same province, known by this very name
    or a longer form of it ("Khairpur Mir's"), unless it alone lies near the other towns
    the report names."""
    if place.level != 3 or not place.admin1:
        return False
    larger = [m.place for m in matches if _rival(m, place, name)]
    if not larger:
        return False
    near = [town for town in towns if town.iso2 == place.iso2 and town != place]
    return not near or _nearest(place, near) > min(_nearest(other, near) for other in larger)


def _rival(match: Match, place: Place, name: str) -> bool:
    other = match.place
    if not match.exact or (other.iso2, other.admin1) != (place.iso2, place.admin1):
        return False
    if other.population < OUTGROWN_SHARE * max(place.population, 1):
        return False
    if not (match.primary or exact_key(other.name).startswith(exact_key(name))):
        return False
    # A district holds its own seat: only one far from the town is another place.
    return other.level == 3 or (other.level == 2 and km_between(place, other) > ENCLOSED_KM)


def _nearest(place: Place, towns: list[Place]) -> float:
    return min(km_between(place, town) for town in towns)
