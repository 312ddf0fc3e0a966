"""Countries as ACLED spells them, with their region, aliases and demonyms.

The list lives in ``eventatlas/data/countries.tsv`` (iso2, iso3, name,
region, aliases, demonyms; lists are ``|``-separated) and is read once per
process.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from eventatlas.geocode.normalise import exact_key, tokens

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True, slots=True)
class Country:
    """One country: ISO codes, ACLED's name and region, other names."""

    iso2: str
    iso3: str
    name: str
    region: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The ACLED name first, then every alias."""
        return (self.name, *self.aliases)


@cache
def load_countries() -> dict[str, Country]:
    """Every country keyed by ISO 3166 alpha-3 code, read once per process."""
    text = (DATA_DIR / "countries.tsv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    countries = [_country(row) for row in rows]
    return {country.iso3: country for country in countries}


def _country(row: dict[str, str]) -> Country:
    return Country(
        iso2=row["iso2"],
        iso3=row["iso3"],
        name=row["name"],
        region=row["region"],
        aliases=_split(row.get("aliases")),
        demonyms=_split(row.get("demonyms")),
    )


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


@cache
def _by_name() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for country in load_countries().values():
        table.setdefault(country.iso2.upper(), country)
        table.setdefault(country.iso3.upper(), country)
    # Names are keyed apart from codes ("=" prefix) so an alias like "CAR"
    # never shadows a real code.
    for country in load_countries().values():
        for name in country.names:
            table.setdefault(_name_key(name), country)
    return table


@cache
def _by_demonym() -> dict[str, Country]:
    return {
        demonym.lower(): country
        for country in load_countries().values()
        for demonym in country.demonyms
    }


def _name_key(name: str) -> str:
    return "=" + exact_key(name.replace(".", ""))


def find_country(name_or_code: str) -> Country | None:
    """The country named or coded ``name_or_code`` ("SY", "SYR", "Syria", "DRC")."""
    text = name_or_code.strip()
    if not text:
        return None
    table = _by_name()
    if text.isupper() and len(text) in (2, 3) and text in table:
        return table[text]
    country = table.get(_name_key(text))
    if country is None:
        return None
    # The exact key folds doubled letters ("Al-Mayadeen" is "Al Mayadin"); a country's
    # name is written one way: "Mallawi" is Egypt's town, not Malawi.
    letters = _letters(text)
    spellings = _spellings(country)
    if (
        letters not in spellings
        and _DOUBLED_LETTER.search(letters)
        and not any(_DOUBLED_LETTER.search(spelling) for spelling in spellings)
    ):
        return None
    return country


_DOUBLED_LETTER = re.compile(r"([a-z])\1")


def _letters(text: str) -> str:
    return "".join(tokens(text))


@cache
def _spellings(country: Country) -> frozenset[str]:
    return frozenset(_letters(name) for name in country.names)


def country_of_demonym(word: str) -> Country | None:
    """The country of a demonym ("Syrian" -> Syria), or None."""
    return _by_demonym().get(word.strip().lower())


def region_of(iso3: str) -> str | None:
    """ACLED's region of the country with this ISO alpha-3 code."""
    country = load_countries().get(iso3.upper())
    return country.region if country else None
