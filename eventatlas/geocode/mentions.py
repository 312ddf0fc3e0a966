"""Find the places an article names and decide which place each name means.

Spotting (:mod:`eventatlas.geocode.spotting`) gives names with their
gazetteer candidates; this module weighs the candidates by what the whole
article says: the countries it names, its dateline, the provinces it names,
the nationalities of its actors, the other places it names (and those
coordinated with this one), population and feature type. Names no entry
matches get one bounded fuzzy try when a cue or a coordinated neighbour says
they are places.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from eventatlas.article import Article
from eventatlas.event import Place
from eventatlas.geocode.context import Context, article_context, dateline_extent, find_actors
from eventatlas.geocode.countries import Country, find_country
from eventatlas.geocode.fuzzy import FuzzyMatch, fuzzy_in_country, fuzzy_siblings
from eventatlas.geocode.gazetteer import Gazetteer, Match
from eventatlas.geocode.nesting import far_apart, part_of
from eventatlas.geocode.normalise import exact_key, is_arabic, strip_marks
from eventatlas.geocode.spotting import (
    MAX_TOKENS,
    NO_CUE,
    PARTICLES,
    TITLES,
    Cue,
    Token,
    cue_at,
    lexicon,
    looks_like_person,
    names_a_site,
    runs,
    sentence_initial,
    words,
)

MIN_SCORE = 3.0
ALTERNATE_FIT = 0.0
LITERAL_FIT = 0.5
WELL_KNOWN = 100_000
ADM2_SIZE = 1.5
UNCOUNTED = 500
# "the Deir Ezzor countryside", "eastern Hama": the province more than the town.
_REGION_WORDS = frozenset(("countryside", "desert", "badiya"))
_DIRECTIONS = ("north", "south", "east", "west")
_ENCLOSED_BY = re.compile(r"^\s*(?:,|\(|, in|/)\s*$")
_ENCLOSING_POSITION = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:village|town|city|district|area|camp|neighbou?rhood|township"
    r"|municipality|county|sub-?county|department|province|region|state|lga|LGA|tehsil))?"
    r"\s*(?:,|\()\s*$"
)
_LIST_GOES_ON = re.compile(r"^\s*(?:,|and|or|&)\s*(?:and\s+|or\s+)?[A-Z]")
_COORDINATED = re.compile(r"^\s*(?:,|and|or|&|, and|, or)\s*$")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A resolved place name in the article text."""

    start: int
    end: int
    text: str
    place: Place
    cue: str
    candidates: int
    reason: str
    within: tuple[Place, ...] = ()


@dataclass
class Spot:
    """A name found in the text, with what it may mean."""

    start: int
    end: int
    text: str
    cue: Cue
    matches: list[Match]
    country: Country | None = None
    pick: Match | None = None
    score: float = 0.0
    why: str = ""
    beside: list[Spot | Token] = field(default_factory=list)
    encloses: bool = False
    divisions: set[tuple[str, str]] = field(default_factory=set)
    primary_names: bool = False

    def __post_init__(self) -> None:
        self.primary_names = any(m.primary and m.place.level == 3 for m in self.matches)
        self.divisions = {
            (match.place.iso2, exact_key(division_name(match.place)))
            for match in self.matches
            if match.exact and match.place.level in (1, 2)
        }

    @property
    def single(self) -> bool:
        """One word of a name ("Bar" of "Bar Osimbo"), particles aside."""
        words = [w for w in re.split(r"[\s\-]+", self.text) if w.lower() not in PARTICLES]
        return len(words) == 1


def find_places(article: Article, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every resolved place mention in ``article.text`` except the dateline's."""
    text = article.text
    dateline = dateline_extent(article)
    spots, demonyms, unknown = _spot(text, gazetteer, dateline[1])
    actors = find_actors(text)
    spots = [s for s in spots if s.country is not None or not actors.covers(s.start, s.end)]
    unknown = [token for token in unknown if not actors.covers(token.start, token.end)]
    countries = [(spot.start, spot.country.iso2) for spot in spots if spot.country is not None]
    context = article_context(article, countries, demonyms, dateline, actors)
    body = [spot for spot in spots if not dateline[0] <= spot.start < dateline[1]]
    _resolve(body, context, text)
    _drop_name_fragments(body, text)
    _drop_distant_parts(body, text)
    found = [spot for spot in body if spot.pick is not None or spot.country is not None]
    unknown = [token for token in unknown if token.start >= dateline[1]]
    found += _fuzzy(text, unknown, found, context, gazetteer)
    found.sort(key=lambda spot: spot.start)
    _share_cues(text, found)
    mentions = [_mention(spot, gazetteer) for spot in found]
    return [mention for mention in mentions if mention is not None]


def _fuzzy(
    text: str, unknown: list[Token], found: list[Spot], context: Context, gazetteer: Gazetteer
) -> list[Spot]:
    resolved = [(spot.start, spot.end, spot.pick.place) for spot in found if spot.pick]
    matches = fuzzy_siblings(text, unknown, resolved, gazetteer)
    done = {match.token for match in matches}
    top = context.weights.most_common(1)
    if top and top[0][1] >= 3:
        for token in unknown:
            if token not in done and cue_at(text, token.start, token.end).strong:
                match = fuzzy_in_country(token, top[0][0], gazetteer)
                matches += [match] if match is not None else []
    return [_fuzzy_spot(text, match) for match in matches]


def _fuzzy_spot(text: str, match: FuzzyMatch) -> Spot:
    token = match.token
    where = f"listed with {match.beside}" if match.beside else "after a place cue"
    return Spot(
        token.start,
        token.end,
        token.text,
        cue_at(text, token.start, token.end),
        [],
        pick=Match(match.place, exact=False),
        score=match.score,
        why=f"close spelling ({match.score:.0f}%) of a place {where}",
    )


def _spot(
    text: str, gazetteer: Gazetteer, shouting_until: int
) -> tuple[list[Spot], list[str], list[Token]]:
    spots: list[Spot] = []
    demonyms: list[str] = []
    unknown: list[Token] = []
    for run in runs(text, words(text), shouting_until):
        if not _after_title(text, run[0]):
            _spot_run(text, run, gazetteer, spots, demonyms, unknown)
    return spots, demonyms, unknown


def _after_title(text: str, first: Token) -> bool:
    # "president Kibaki", "Gen. Haftar": a person, however the name is spelt.
    before = re.findall(r"[A-Za-z]+", text[max(0, first.start - 24) : first.start])
    return bool(before) and before[-1].lower() in TITLES


def _spot_run(
    text: str,
    run: list[Token],
    gazetteer: Gazetteer,
    spots: list[Spot],
    demonyms: list[str],
    unknown: list[Token],
) -> None:
    lex = lexicon()
    items: list[tuple[int, int, Spot | Token]] = []
    index = 0
    while index < len(run):
        spot, used = _longest(text, run, index, gazetteer)
        if used:
            items += [(index, index + used, spot)] if spot is not None else []
            index += used
            continue
        word = run[index].text.lower()
        if word in TITLES:
            break  # the rest of the run is a person's name
        if word in lex.demonyms:
            demonyms.append(lex.demonyms[word])
        elif word not in lex.never and len(word) >= (4 if is_arabic(word) else 3):
            # A common word in a name ("Nelson Mandela Bay") still makes the rest a fragment.
            items.append((index, index + 1, run[index]))
        index += 1
    unknown += [
        item
        for _, _, item in items
        if isinstance(item, Token) and item.text.lower() not in lex.common and len(item.text) >= 4
    ]
    for number, (first, last, item) in enumerate(items):
        if isinstance(item, Spot):
            item.beside = [
                other
                for before, after, other in items[max(0, number - 1) : number + 2]
                if after == first or before == last
            ]
            spots.append(item)


def _longest(
    text: str, run: list[Token], index: int, gazetteer: Gazetteer
) -> tuple[Spot | None, int]:
    """The longest name at ``run[index]``: (spot, tokens used), (None, n) for a non-place name."""
    phrases = lexicon().phrases
    for size in range(min(MAX_TOKENS, len(run) - index), 0, -1):
        piece = run[index : index + size]
        if not _good_edges(text, piece):
            continue
        if size > 1 and _phrase(text, piece) in phrases:
            return None, size
        spot = _lookup(text, piece, gazetteer)
        if spot is not None:
            return spot, size
    return None, 0


def _phrase(text: str, piece: list[Token]) -> str:
    return " ".join(token.text.lower() for token in piece)


def _good_edges(text: str, piece: list[Token]) -> bool:
    first, last = piece[0], piece[-1]
    if last.text.lower() in PARTICLES and len(piece) > 1:
        return False
    if first.text.lower() in PARTICLES and len(piece) > 1:
        return first.text[0].isupper() or text[first.end : piece[1].start] == "-"
    return True


def _lookup(text: str, piece: list[Token], gazetteer: Gazetteer) -> Spot | None:
    start, end = piece[0].start, piece[-1].end
    surface = text[start:end]
    lex = lexicon()
    content = [t.text.lower() for t in piece if t.text.lower() not in PARTICLES]
    if not content or all(word in lex.never for word in content):
        return None
    if looks_like_person(text, end) or names_a_site(text, end):
        return None
    cue = cue_at(text, start, end)
    country = find_country(surface) if not surface.isupper() or len(surface) > 3 else None
    if country is not None:
        return Spot(start, end, surface, cue, [], country=country)
    if len(piece) == 1 and not _plausible_single(text, piece[0], cue):
        return None
    common = all(word in lex.common or word in lex.never for word in content)
    if len(content) > 1 and common and not cue.strong and not _bare_locative(text, start, cue):
        return None  # "the White House", "Green Line"
    matches = [m for m in gazetteer.matches(surface) if m.exact or len(exact_key(surface)) >= 5]
    return Spot(start, end, surface, cue, matches) if matches else None


def _bare_locative(text: str, start: int, cue: Cue) -> bool:
    """ "in San Antonio" names a place; "at the White House" a building."""
    return cue.kind == "locative" and not text[max(0, start - 4) : start].lower().endswith("the ")


def _plausible_single(text: str, token: Token, cue: Cue) -> bool:
    lower = token.text.lower()
    if len(lower) < 3 and not is_arabic(lower):
        return False
    if lower in lexicon().common:
        return cue.strong or (cue.kind == "locative" and not sentence_initial(text, token.start))
    return True


def _drop_name_fragments(spots: list[Spot], text: str) -> None:
    # "Bar-Sanguun", "Abu Salim", "Mayo-Sava": one word of a longer name we
    # cannot place is not a place of its own.
    for spot in spots:
        if spot.pick is None or spot.country is not None or not spot.single:
            continue
        hyphened = (
            text[spot.start - 2 : spot.start].endswith("-") or text[spot.end : spot.end + 1] == "-"
        )
        if hyphened or any(_unplaced(neighbour) for neighbour in spot.beside):
            spot.pick = None


def _drop_distant_parts(spots: list[Spot], text: str) -> None:
    # "the Milano area of Malindi": a Milano far from Malindi is another Milano.
    for part, whole in pairwise(spots):
        if part.pick is None or not part_of(text, part.end, whole.start):
            continue
        place = whole.pick.place if whole.pick is not None else None
        if (whole.country is not None and part.pick.place.iso2 != whole.country.iso2) or (
            place is not None and far_apart(part.pick.place, place)
        ):
            part.pick = None


def _unplaced(item: Spot | Token) -> bool:
    if isinstance(item, Token):
        return True
    return item.pick is None and item.country is None


@dataclass
class Evidence:
    """What the rest of the article says about one name."""

    coherence: Counter[str] = field(default_factory=Counter)
    neighbours: dict[str, str] = field(default_factory=dict)
    divisions: set[tuple[str, str]] = field(default_factory=set)
    enclosing: set[str] = field(default_factory=set)
    enclosing_divisions: set[tuple[str, str]] = field(default_factory=set)
    top_country: str = ""
    top_weight: float = 0.0
    firm_weight: float = 0.0  # the best support that is not only an armed group's home


def _resolve(spots: list[Spot], context: Context, text: str) -> None:
    for spot in spots:
        spot.encloses = (
            _ENCLOSING_POSITION.search(text[max(0, spot.start - 40) : spot.start]) is not None
        )
    for spot in spots:
        _pick(spot, context, _evidence(spot, spots, text, context, first_pass=True))
    for spot in spots:
        _pick(spot, context, _evidence(spot, spots, text, context, first_pass=False))


def _evidence(
    spot: Spot, spots: list[Spot], text: str, context: Context, *, first_pass: bool
) -> Evidence:
    follower = _follower(spot, spots, text)
    evidence = Evidence(
        divisions=_divisions_elsewhere(spot, spots),
        enclosing=_countries_of(follower),
        enclosing_divisions=_divisions_of(follower),
    )
    if not first_pass:
        evidence.coherence = Counter(
            other.pick.place.iso2
            for other in spots
            if other is not spot and other.pick is not None and other.pick.exact
        )
        evidence.neighbours = _neighbour_picks(spot, spots)
    evidence.top_country, evidence.top_weight = _top(context, evidence.coherence)
    evidence.firm_weight = max(
        (
            (context.weights[iso2] if iso2 in context.firm else 0)
            + min(3, evidence.coherence[iso2])
            for iso2 in {*context.weights, *evidence.coherence}
        ),
        default=0.0,
    )
    return evidence


def _follower(spot: Spot, spots: list[Spot], text: str) -> Spot | None:
    """The name right after this one that encloses it ("Tieba (Bankass, Mopti)")."""
    index = spots.index(spot)
    if index + 1 >= len(spots):
        return None
    follower = spots[index + 1]
    if not _ENCLOSED_BY.match(text[spot.end : follower.start]) or _listed_on(text, follower.end):
        return None
    return follower


def _listed_on(text: str, end: int) -> bool:
    """True when another name follows in a list ("Aleppo, Idlib and Hama")."""
    return _LIST_GOES_ON.match(text[end : end + 12]) is not None


def _countries_of(follower: Spot | None) -> set[str]:
    if follower is None:
        return set()
    if follower.country is not None:
        return {follower.country.iso2}
    return {match.place.iso2 for match in follower.matches if match.exact}


def _divisions_of(follower: Spot | None) -> set[tuple[str, str]]:
    if follower is None:
        return set()
    return {
        (match.place.iso2, exact_key(division_name(match.place)))
        for match in follower.matches
        if match.exact and match.place.level in (1, 2)
    }


def _neighbour_picks(spot: Spot, spots: list[Spot]) -> dict[str, str]:
    index = spots.index(spot)
    near = [spots[i] for i in (index - 1, index + 1) if 0 <= i < len(spots)]
    return {
        other.pick.place.iso2: other.pick.place.admin1 or ""
        for other in near
        if other.pick is not None and abs(other.start - spot.start) < 120
    }


def _pick(spot: Spot, context: Context, evidence: Evidence) -> None:
    if spot.country is not None:
        return
    best: tuple[float, str, Match] | None = None
    for match in spot.matches:
        scored = _score(match, spot, context, evidence)
        if scored is not None and (best is None or scored[0] > best[0]):
            best = (*scored, match)
    if best is not None and best[0] >= MIN_SCORE:
        spot.score, spot.why, spot.pick = best
    else:
        spot.pick = None


def _divisions_elsewhere(spot: Spot, spots: list[Spot]) -> set[tuple[str, str]]:
    # A town named like its province ("Deir ez-Zor") gets no support from
    # its own name written elsewhere.
    key = exact_key(spot.text)
    found: set[tuple[str, str]] = set()
    for other in spots:
        if other is not spot and exact_key(other.text) != key:
            found |= other.divisions
    return found


def _score(
    match: Match, spot: Spot, context: Context, evidence: Evidence
) -> tuple[float, str] | None:
    place = match.place
    coherence = evidence.coherence
    weight = context.weights[place.iso2] + min(3, coherence[place.iso2])
    if not match.exact and not _skeleton_allowed(spot, place, evidence):
        return None
    outside = _outside_named_division(place, evidence.enclosing_divisions)
    if outside and place.population < WELL_KNOWN:
        return None  # "Pisky, Donetsk": a Pisky elsewhere is not this one
    if not match.exact and _outside_named_division(place, evidence.divisions):
        return None  # a loose spelling only inside a province the article names
    reasons: list[tuple[float, str]] = [
        (float(context.weights[place.iso2]), context.labels.get(place.iso2, ""))
    ]
    score = weight + _name_fit(match, spot) + _size(place) + _type_fit(place, spot)
    if outside:
        score -= 5.0  # a city that well known, with the province misstated
    if spot.encloses and place.level in (1, 2):
        score += 1.5  # "in Pisky, Donetsk": the name after the comma is the province
    if weight == 0 and evidence.firm_weight >= 1:
        score -= 2.0  # a country the article gives no sign of, when it clearly is about another
    if evidence.enclosing:
        inside = place.iso2 in evidence.enclosing
        score += (2.0 if len(evidence.enclosing) == 1 else 1.0) if inside else -3.0
        reasons.append((2.0 if inside else 0.0, "in the place named after it"))
    if _inside(place, evidence.divisions):
        score += 2.5
        reasons.append((2.5, "province named in text"))
    if place.iso2 in evidence.neighbours and not (spot.encloses and place.level == 3):
        same = evidence.neighbours[place.iso2] == (place.admin1 or "")
        score += 2.5 if same else 1.5
        reasons.append((2.5 if same else 1.5, "beside other places of the same phrase"))
    if coherence[place.iso2]:
        reasons.append((min(3, coherence[place.iso2]) * 0.9, "other places named in the article"))
    return score, _main_reason(reasons, place, spot)


def _skeleton_allowed(spot: Spot, place: Place, evidence: Evidence) -> bool:
    """A loose spelling match only in the country the article is plainly about."""
    if place.iso2 != evidence.top_country:
        return False
    weight = evidence.top_weight
    return weight >= 3 or (weight >= 1 and len(exact_key(spot.text)) >= 6)


def _top(context: Context, coherence: Counter[str]) -> tuple[str, float]:
    """The country with the most support, and how much."""
    totals = Counter(context.weights)
    totals.update({iso2: min(3, count) for iso2, count in coherence.items()})
    top = totals.most_common(1)
    return (top[0][0], float(top[0][1])) if top else ("", 0.0)


def division_name(place: Place) -> str:
    """The name a division goes by in its places' admin1/admin2 fields."""
    if place.level == 1:
        return place.admin1 or place.name
    if place.level == 2:
        return place.admin2 or place.name
    return place.name


def _name_fit(match: Match, spot: Spot) -> float:
    """Its own name beats an alternate one: "Kisii" is Kenya's town before it is Jixi."""
    if not match.exact:
        return 0.0
    if match.primary and _spelt_as(match.place.name, spot.text):
        return 1.5 + LITERAL_FIT  # "Kisii" is Kisii before it is Kisi
    if match.primary or match.place.level < 3 or not spot.primary_names:
        return 1.5
    return ALTERNATE_FIT


def _spelt_as(name: str, surface: str) -> bool:
    return strip_marks(name).lower().replace("-", " ") == surface.lower().replace("-", " ")


def _size(place: Place) -> float:
    if place.level == 0:
        return 3.0
    if place.level == 1:
        return 2.0
    if place.level == 2:
        return ADM2_SIZE  # most districts are named after their seat, the likelier meaning
    # GeoNames lists every place here with 500 people or more; 0 means not counted.
    return math.log10(max(place.population, UNCOUNTED) + 10) / 2


def _outside_named_division(place: Place, divisions: set[tuple[str, str]]) -> bool:
    """A town of a country some of whose divisions are named, in none of them."""
    if place.level != 3 or not any(iso2 == place.iso2 for iso2, _ in divisions):
        return False
    return not _inside(place, divisions)


def _type_fit(place: Place, spot: Spot) -> float:
    cue = spot.cue
    division = place.level in (1, 2)
    if cue.kind == "division":
        # "Tuxtepec municipality": the town stands for a unit the gazetteer lacks.
        return 3.0 if division else (-1.0 if spot.divisions else 0.5)
    if cue.kind == "town":
        return 1.5 if not division else -1.0
    if cue.kind == "near" and (cue.word in _REGION_WORDS or cue.word.startswith(_DIRECTIONS)):
        return 1.5 if place.level == 1 else 0.0
    return 0.0 if division else 0.5


def _inside(place: Place, divisions: set[tuple[str, str]]) -> bool:
    if place.level == 1 or not place.admin1:
        return False
    if (place.iso2, exact_key(place.admin1)) in divisions:
        return True
    return bool(place.admin2) and (place.iso2, exact_key(place.admin2 or "")) in divisions


def _main_reason(reasons: list[tuple[float, str]], place: Place, spot: Spot) -> str:
    weighty = [item for item in reasons if item[1] and item[0] > 0]
    if len(spot.matches) == 1:
        return "the only candidate"
    if weighty:
        return max(weighty)[1]
    if spot.cue.kind in ("division", "town"):
        return f"'{spot.cue.word}' says what kind of place it is"
    return "the most populous candidate"


def _share_cues(text: str, spots: list[Spot]) -> None:
    # "the areas of Albukamal and Al-Mayadeen": a cue on one end of a
    # coordinated list holds for every name in it.
    chain: list[Spot] = []
    for spot in spots:
        if chain and _COORDINATED.match(text[chain[-1].end : spot.start]):
            chain.append(spot)
            continue
        _apply_chain_cue(chain)
        chain = [spot]
    _apply_chain_cue(chain)


def _apply_chain_cue(chain: list[Spot]) -> None:
    cue = next((spot.cue for spot in chain if spot.cue.kind == "near"), NO_CUE)
    if cue.kind:
        for spot in chain:
            if spot.cue.kind in ("", "locative"):
                spot.cue = cue


def _mention(spot: Spot, gazetteer: Gazetteer) -> PlaceMention | None:
    if spot.country is not None:
        place = gazetteer.country_place(spot.country.iso2)
    else:
        place = spot.pick.place if spot.pick else None
    if place is None:
        return None
    return PlaceMention(
        start=spot.start,
        end=spot.end,
        text=spot.text,
        place=place,
        cue=spot.cue.word if spot.cue.kind != "locative" else "",
        candidates=max(1, len(spot.matches)),
        reason=_reason(spot, place),
        within=_within(place, gazetteer),
    )


def describe(place: Place) -> str:
    """ "Ālbū Kamāl (SY, Deir ez-Zor, population 57572)"."""
    parts = [place.iso2 or place.country]
    if place.admin1 and place.admin1 != place.name:
        parts.append(place.admin1)
    if place.population and place.level == 3:
        parts.append(f"population {place.population}")
    return f"{place.name} ({', '.join(parts)})"


def _reason(spot: Spot, place: Place) -> str:
    if spot.country is not None:
        return f"'{spot.text}' names the country {place.name}"
    if not spot.matches:
        return f"matched '{spot.text}' to {describe(place)}: {spot.why}"
    count = len(spot.matches)
    if count == 1:
        return f"matched '{spot.text}' to {describe(place)}, the only candidate"
    return f"matched '{spot.text}' to {describe(place)} over {count} candidates: {spot.why}"


def _within(place: Place, gazetteer: Gazetteer) -> tuple[Place, ...]:
    enclosing: list[Place] = []
    if place.level >= 1:
        country = gazetteer.country_place(place.iso2)
        if country is not None:
            enclosing.append(country)
    if place.level >= 2 and place.admin1:
        division = gazetteer.division(place.iso2, place.admin1)
        if division is not None:
            enclosing.append(division)
    return tuple(enclosing)
