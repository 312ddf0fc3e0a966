"""What a whole article says about which country it is in.

Countries named in the text weigh most, then the dateline's, the
nationalities of the people it names ("Kenyan police", "Somali traders") and
the home countries of the armed groups and forces it names ("al Shabaab",
"KDF"). Names of armed groups are also masked, so that "al Shabaab" is never
taken for a village called Shabāb.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from eventatlas.article import Article
from eventatlas.extract.outlets import outlet_country
from eventatlas.geocode.countries import DATA_DIR, find_country, load_countries

_DATELINE_DASH = re.compile(r"\s[–—-]{1,2}\s|\s?[–—]\s?")
# A dateline opens the text with its place in capitals ("KISUMU, Kenya, May 9 -"); an
# upper-case word further on ("an IED explosion ... Kenya - Somalia") is no dateline.
_DATELINE_OPENING = re.compile(r"\s*[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+)*\s*[,(–—-]")
DATELINE_LONGEST = 80
COUNTRY_NAMED = 3.0
DIVISION_WORD = 1.0
ORIGIN = 1.0
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|nearby\s+|neighbouring\s+)?$", re.IGNORECASE)
DATELINE = 2.0
DEMONYM_CAP = 2.0
ACTOR = 1.0
ACTOR_CAP = 2.0
OUTLET = 1.0


@dataclass
class Context:
    """The support the article gives each country (ISO alpha-2), with a label for reasons."""

    weights: Counter[str] = field(default_factory=Counter)
    labels: dict[str, str] = field(default_factory=dict)
    firm: set[str] = field(default_factory=set)
    anchors: set[tuple[str, str]] = field(default_factory=set)  # (iso2, name key)

    def add(
        self, iso2: str, weight: float, label: str, cap: float = 6.0, *, firm: bool = True
    ) -> None:
        self.weights[iso2] = min(cap, self.weights[iso2] + weight)  # type: ignore[assignment]
        self.labels.setdefault(iso2, label)
        if firm:
            self.firm.add(iso2)


@dataclass
class Actors:
    """The armed groups and forces named in a text: where, and their home countries."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside the name of a group."""
        return any(first <= start and end <= last for first, last in self.spans)


def dateline_extent(article: Article) -> tuple[int, int]:
    """Where the dateline is: the parsed one, else an upper-case place before a dash."""
    if article.dateline is not None:
        return article.dateline.span.start, article.dateline.span.end
    head = article.text[:200]
    dash = _DATELINE_DASH.search(head)
    if dash and dash.start() <= DATELINE_LONGEST and _DATELINE_OPENING.match(head):
        return 0, dash.start()
    return 0, 0


def find_actors(text: str) -> Actors:
    """The named groups in ``text`` (from the actor lexicon) and their home countries."""
    from eventatlas.extract.actors import ActorLexicon

    by_iso3 = load_countries()
    actors = Actors()
    for mention in ActorLexicon.load().find(text):
        if mention.generic:
            continue
        actors.spans.append((mention.start, mention.end))
        country = by_iso3.get(mention.iso3 or "")
        if country is not None:
            actors.countries[country.iso2] += 1
    return actors


def article_context(
    article: Article,
    countries: list[tuple[int, str]],
    demonyms: list[str],
    dateline: tuple[int, int],
    actors: Actors,
) -> Context:
    """The countries the article supports: ``countries`` are (offset, iso2) named in the text.

    A country named as where people or goods came from ("raiders from Ethiopia")
    says less about where the article is than one named as a place.
    """
    context = Context()
    for start, iso2 in countries:
        in_dateline = dateline[0] <= start < dateline[1]
        if not in_dateline and _FROM_BEFORE.search(article.text[max(0, start - 12) : start]):
            context.add(iso2, ORIGIN, "country named as an origin", firm=False)
            continue
        label = "dateline country" if in_dateline else "country named in text"
        context.add(iso2, DATELINE if in_dateline else COUNTRY_NAMED, label)
    if article.dateline is not None and article.dateline.country:
        named = find_country(article.dateline.country)
        if named is not None:
            context.add(named.iso2, DATELINE, "dateline country")
    for iso2, weight in division_word_support(article.text).items():
        context.add(iso2, weight, "an administrative word of that country", firm=False)
    held = _held_territories()
    for iso2, count in Counter(demonyms).items():
        context.add(iso2, min(DEMONYM_CAP, float(count)), "nationality named in text", firm=False)
        for territory in held.get(iso2, ()):
            # "Israeli forces raided Jenin": the West Bank's Jenin, not Poland's
            label = "a nationality whose army holds that territory"
            context.add(territory, min(DEMONYM_CAP, float(count)), label, firm=False)
    for iso2, count in actors.countries.items():
        # Groups cross borders (al Shabaab in Kenya): support, never a verdict.
        weight = min(ACTOR_CAP, ACTOR * count)
        context.add(iso2, weight, "armed group of that country named", firm=False)
        for territory in held.get(iso2, ()):
            context.add(territory, weight, "a force that holds that territory named", firm=False)
    covered = _outlet_country(article.source)
    if covered is not None:
        # A local paper writes mostly about its own country: "Eastleigh" in a
        # Nairobi daily is the Nairobi estate, not the English town.
        context.add(covered, OUTLET, "the outlet covers that country")
    return context


@cache
def _held_territories() -> dict[str, tuple[str, ...]]:
    """ISO alpha-2 of a state, and the territories where its army is the one the news means
    (``data/armies_abroad.tsv``)."""
    from eventatlas.extract.actors import armies_abroad

    by_iso3 = load_countries()
    held: dict[str, list[str]] = {}
    for territory, army in armies_abroad().items():
        if territory in by_iso3 and army in by_iso3:
            held.setdefault(by_iso3[army].iso2, []).append(by_iso3[territory].iso2)
    return {iso2: tuple(places) for iso2, places in held.items()}


def _outlet_country(source: str | None) -> str | None:
    """ISO alpha-2 of the country the outlet(s) ``source`` cover, if we know it.

    "Hindustan Times; Indian Express; Twitter": each outlet of a list has one vote,
    and only a country with more votes than any other counts.
    """
    votes: Counter[str] = Counter()
    for outlet in (source or "").split(";"):
        iso3 = outlet_country(outlet.strip())
        country = find_country(iso3) if iso3 else None
        votes.update([country.iso2] if country else [])
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


@cache
def _division_words() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    text = (DATA_DIR / "gazetteer" / "division_words.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    table = {word.lower(): tuple(codes.strip().split("|")) for word, codes in rows}
    words = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return pattern, table


def division_word_support(text: str) -> dict[str, float]:
    """Support from words for units few countries use ("Barangay", "LGA", "woreda").

    A word shared by several countries splits its weight among them.
    """
    pattern, table = _division_words()
    support: dict[str, float] = {}
    for word in {found.group().lower() for found in pattern.finditer(text)}:
        countries = table[word]
        for iso2 in countries:
            support[iso2] = max(support.get(iso2, 0.0), DIVISION_WORD / len(countries))
    return support
