"""Which place each name means: candidates weighed by what the whole article says.

A :class:`Spot` is a name found in the text with its gazetteer candidates.
Each candidate scores its country's support in the article (see
:mod:`eventatlas.geocode.context`), whether its own name or only an alternate
one matched, its size and kind against the cue words, the province named
after it ("Tieba (Bankass, Mopti)"), the provinces named elsewhere, and the
places picked for the other names (a second pass); namesakes of the places
meant are left out (:mod:`eventatlas.geocode.namesakes`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from eventatlas.event import Place
from eventatlas.geocode.context import COUNTRY_NAMED, Context
from eventatlas.geocode.countries import Country
from eventatlas.geocode.enclosure import enclosers
from eventatlas.geocode.fit import name_fit, size_fit
from eventatlas.geocode.gazetteer import Match
from eventatlas.geocode.namesakes import (
    WELL_KNOWN,
    dwarfed,
    far_from_enclosing,
    far_from_towns,
    lies_in,
    metropolis,
    namesake,
    outgrown,
    outside_named_division,
    stray,
)
from eventatlas.geocode.nesting import km_between
from eventatlas.geocode.normalise import exact_key
from eventatlas.geocode.spotting import PARTICLES, ROAD_WORDS, Cue, Token, lexicon

MIN_SCORE = 3.0
# A capital or province named speaks for its country as a country named would,
# unless a namesake elsewhere is a division too or more than a tenth its size.
ANCHOR = 2.0
# What a place loses for lying in a country with no sign in the article, when
# the article gives one to another: more the surer the article is.
ELSEWHERE = 2.0
# A place this small, in a country only a nationality or a group speaks for, is a namesake
# when the article plainly names another country.
HAMLET = 5_000
ELSEWHERE_MOST = 4.0
DWARFED = 2.0
OUTGROWN = 2.0
RIVAL_SHARE = 10
# Past this many namesakes, only those in a country with support can win.
MOST_CANDIDATES = 20
# "the Deir Ezzor countryside", "eastern Hama": the province more than the town.
_REGION_WORDS = frozenset(("countryside", "desert", "badiya"))
_DIRECTIONS = ("north", "south", "east", "west")
# "Tieba (Bankass", "Kerawa village, Kolofata": a type word may stand before the comma.
_ENCLOSED_BY = re.compile(
    r"^\s*(?:(?:village|town|city|district|county|sub-?county|subdivision|municipality"
    r"|area|locality|township|ward)\s*)?(?:,|\(|, in|/)\s*$"
)
# "Maladzyechna of the Minsk region": enclosed when a division word follows.
_OF_THE = re.compile(r"^\s+of\s+(?:the\s+)?$")
_DIVISION_NEXT = re.compile(
    r"\s+(?:region|county|province|district|state|governorate|oblast|department)\b"
)
_ENCLOSING_POSITION = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:village|town|city|district|area|camp|neighbou?rhood|township"
    r"|municipality|county|sub-?county|department|province|region|state|lga|LGA|tehsil))?"
    r"\s*(?:,|\()\s*$"
)
# A part of a town: near the town the report names, if it names one larger.
_QUARTER_WORDS = frozenset(("neighbourhood", "neighborhood", "suburb", "estate", "slum"))
# "Barangay Marbel", "Mora village": the small namesake is meant.
_SMALL_WORDS = frozenset(("village", "hamlet", "barangay", "locality", "settlement"))
_LIST_GOES_ON = re.compile(r"^\s*(?:,|and|or|&)\s*(?:and\s+|or\s+)?[A-Z]")


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
    enclosers: list[Spot] = field(default_factory=list)
    possessive: bool = False  # "Nairobis Mukuru slums": the owner, never a fragment

    def __post_init__(self) -> None:
        self.primary_names = any(m.primary and m.place.level == 3 for m in self.matches)
        self.divisions = {
            (match.place.iso2, exact_key(division_name(match.place)))
            for match in self.matches
            if match.exact and match.place.level in (1, 2)
        }

    @property
    def quarter(self) -> bool:
        """Called a part of a town: "Eastleigh neighbourhood", "Kiganjo estate"."""
        return self.cue.kind == "town" and self.cue.word in _QUARTER_WORDS and self.cue.after

    @property
    def single(self) -> bool:
        """One word of a name ("Bar" of "Bar Osimbo"), particles aside."""
        words = [w for w in re.split(r"[\s\-]+", self.text) if w.lower() not in PARTICLES]
        return len(words) == 1


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
    enclosed: set[tuple[str, str]] = field(default_factory=set)  # around the name before
    enclosing_towns: list[Place] = field(default_factory=list)  # "Jalalpur, Shamli"
    towns: list[Place] = field(default_factory=list)  # the towns other names were placed at
    placed_divisions: set[tuple[str, str]] = field(default_factory=set)  # and the divisions
    enclosing_points: list[Place] = field(default_factory=list)  # the divisions named after it
    held: bool = False  # some candidate lies in the divisions named after it
    described: set[str] = field(default_factory=set)  # "the Syrian town of": its country
    bearing_from: list[Place] = field(default_factory=list)  # "Phoenix, north of Durban"


def resolve(spots: list[Spot], context: Context, text: str) -> None:
    """Pick a place (or none) for every spot, in two passes."""
    _add_anchors(spots, context)
    spans = [(spot.start, spot.end) for spot in spots]
    for index, spot in enumerate(spots):
        spot.encloses = (
            _ENCLOSING_POSITION.search(text[max(0, spot.start - 40) : spot.start]) is not None
        )
        spot.enclosers = [spots[i] for i in enclosers(index, spans, text)]
    for spot in spots:
        _too_small_to_enclose(spot)
    for spot in spots:
        _pick(spot, context, _evidence(spot, spots, text, context, first_pass=True))
    for spot in spots:
        _pick(spot, context, _evidence(spot, spots, text, context, first_pass=False))


def _too_small_to_enclose(spot: Spot) -> None:
    """ "Bambofa (Dori, Seno)": a name written to enclose a town can only mean something
    larger. When all it may mean are towns smaller than the town it encloses (Senno in
    Belarus for Burkina Faso's Seno province), it names a division the gazetteer lacks, and
    is left unplaced rather than allowed to pull the town abroad."""
    inner = max(
        (m.place.population for m in spot.matches if m.exact and m.place.level == 3), default=0
    )
    if inner < _ENCLOSED_TOWN:
        return
    for outer in spot.enclosers:
        if (
            outer.country is None
            and outer.matches
            and all(m.place.level == 3 and m.place.population < inner for m in outer.matches)
        ):
            outer.matches = []


# A town of this size enclosed by a name that can only mean smaller towns is the one meant.
_ENCLOSED_TOWN = 10_000


def _add_anchors(spots: list[Spot], context: Context) -> None:
    """A capital or a province named plainly ("Caracas", "Kwale") speaks for its country.

    Each such name counts once, as a country named would, so that a namesake of
    another name of the text in a country nothing else supports loses.
    """
    anchors = {
        (anchor.place.iso2, exact_key(spot.text))
        for spot in spots
        if (anchor := anchor_of(spot)) is not None
    }
    for iso2, _ in sorted(anchors):
        context.add(iso2, ANCHOR, "a capital or province of that country named")
    context.anchors |= anchors


def anchor_of(spot: Spot) -> Match | None:
    """The capital or province a name means when no place as large elsewhere shares it."""
    if spot.country is not None:
        return None
    strong = [m for m in spot.matches if m.exact and (m.capital or m.place.level == 1)]
    if not strong or len({m.place.iso2 for m in strong}) > 1:
        return None
    iso2 = strong[0].place.iso2
    biggest = max(m.place.population for m in strong)
    rivals = [m.place for m in spot.matches if m.exact and m.place.iso2 != iso2]
    if any(p.level < 3 or p.population * RIVAL_SHARE > biggest for p in rivals):
        return None
    return strong[0]


def _evidence(
    spot: Spot, spots: list[Spot], text: str, context: Context, *, first_pass: bool
) -> Evidence:
    follower = _follower(spot, spots, text)
    around = spot.enclosers or ([follower] if follower is not None else [])
    described = _described_country(text, spot.start)
    evidence = Evidence(
        divisions=_divisions_elsewhere(spot, spots),
        enclosing=_countries_of(follower or (around[0] if around else None)),
        described=described,
        enclosing_divisions=set().union(*(_divisions_of(other) for other in around)),
        enclosing_points=[place for other in around for place in _division_places(other)],
        enclosed=_divisions_around(_leader(spot, spots, text)),
        bearing_from=_bearing_from(spot, spots, text),
    )
    if not first_pass:
        evidence.coherence = _coherence(spot, spots)
        evidence.neighbours = _neighbour_picks(spot, spots)
        evidence.towns = [
            other.pick.place
            for other in spots
            if other.pick is not None
            and other.pick.exact
            and other.pick.place.level == 3
            and exact_key(other.text) != exact_key(spot.text)
        ]
        evidence.placed_divisions = {
            (other.pick.place.iso2, exact_key(division_name(other.pick.place)))
            for other in spots
            if other.pick is not None
            and other.pick.place.level in (1, 2)
            and exact_key(other.text) != exact_key(spot.text)
        }
        evidence.enclosing_towns = [
            other.pick.place
            for other in around[:1]
            if other.pick is not None
            and other.pick.exact
            and other.pick.place.level == 3
            and not other.divisions  # "(Khairpur, Sindh)" names the district, not the town
        ]
    evidence.held = any(
        match.exact and lies_in(match.place, evidence.enclosing_divisions) for match in spot.matches
    )
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


# "the Syrian town of Palmyra", "an Iraqi border city, Qaim": the name's own country.
_DESCRIBED = re.compile(
    r"\b(?P<nation>[A-Z][a-z]+)\s+(?:(?:border|northern|southern|eastern|western|central|coastal"
    r"|desert|frontline|front-line|rebel-held|government-held|provincial)\s+)?(?:town|city|village"
    r"|port|capital|province|governorate|region|district|camp|neighbourhood)(?:\s+of|,)\s+$"
)


def _described_country(text: str, start: int) -> set[str]:
    """The country of a demonym that describes the place named next ("the Syrian town of")."""
    found = _DESCRIBED.search(text[max(0, start - 60) : start])
    if found is None:
        return set()
    iso2 = lexicon().demonyms.get(found.group("nation").lower())
    return {iso2} if iso2 else set()


def _coherence(spot: Spot, spots: list[Spot]) -> Counter[str]:
    """How many other names of the article were placed in each country.

    A name counts once however often it is written, so that "Boda Boda" is no
    evidence for the country of Boda.
    """
    key = exact_key(spot.text)
    named = {
        (other.pick.place.iso2, exact_key(other.text))
        for other in spots
        if other.pick is not None and other.pick.exact and exact_key(other.text) != key
    }
    return Counter(iso2 for iso2, _ in named)


def _follower(spot: Spot, spots: list[Spot], text: str) -> Spot | None:
    """The name right after this one that encloses it ("Tieba (Bankass, Mopti)")."""
    index = spots.index(spot)
    if index + 1 >= len(spots):
        return None
    follower = spots[index + 1]
    gap = text[spot.end : follower.start]
    enclosed = _ENCLOSED_BY.match(gap) is not None or (
        _OF_THE.match(gap) is not None and _DIVISION_NEXT.match(text, follower.end) is not None
    )
    if not enclosed or _listed_on(text, follower.end):
        return None
    return follower


# "Phoenix, north of Durban", "Kibirichia, 20 km east of Meru": a place told by its
# bearing from another lies near that other.
_BEARING = re.compile(
    r"^,?\s+(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:[\d.,]+\s*(?:km|kilomet(?:re|er)s?"
    r"|miles)\s+(?:\(\s*[\d.,]+\s*miles?\s*\)\s+)?)?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern)?\s+of\s+(?:the\s+)?(?:(?:town|city|capital|village)\s+(?:of\s+)?)?$",
    re.I,
)
BEARING_KM = 200.0


def _bearing_from(spot: Spot, spots: list[Spot], text: str) -> list[Place]:
    """The candidates of the place named after this one as its bearing's origin."""
    index = spots.index(spot)
    if index + 1 >= len(spots):
        return []
    other = spots[index + 1]
    if _BEARING.match(text[spot.end : other.start]) is None:
        return []
    if other.country is not None:
        return []
    return [m.place for m in other.matches if m.exact]


def _leader(spot: Spot, spots: list[Spot], text: str) -> Spot | None:
    """The name right before this one, which this one encloses ("Valdivia (Los Rios)")."""
    index = spots.index(spot)
    if index == 0:
        return None
    leader = spots[index - 1]
    if _follower(leader, spots, text) is not spot:
        return None
    return leader


def _divisions_around(leader: Spot | None) -> set[tuple[str, str]]:
    """(iso2, division key) of every province and district the leader's places lie in."""
    if leader is None:
        return set()
    found: set[tuple[str, str]] = set()
    for match in leader.matches:
        place = match.place
        if match.exact and place.level == 3:
            found |= {
                (place.iso2, exact_key(name)) for name in (place.admin1, place.admin2) if name
            }
    return found


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
    return {(place.iso2, exact_key(division_name(place))) for place in _division_places(follower)}


def _division_places(follower: Spot | None) -> list[Place]:
    """The provinces and districts a name may mean; loose spellings when none is exact."""
    if follower is None:
        return []
    exact = any(match.exact for match in follower.matches)
    return [
        match.place
        for match in follower.matches
        if (match.exact or not exact) and match.place.level in (1, 2)
    ]


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
    for match in _worth_scoring(spot.matches, context, evidence):
        scored = _score(match, spot, context, evidence)
        if scored is not None and (best is None or scored[0] > best[0]):
            best = (*scored, match)
    if best is not None and best[0] >= MIN_SCORE:
        spot.score, spot.why, spot.pick = best
    else:
        spot.pick = None


def _worth_scoring(matches: list[Match], context: Context, evidence: Evidence) -> list[Match]:
    """The largest candidates, and any in a country the article gives a sign of."""
    if len(matches) <= MOST_CANDIDATES:
        return matches
    supported = {*context.weights, *evidence.coherence, *evidence.enclosing}
    supported |= {iso2 for iso2, _ in evidence.divisions | evidence.enclosing_divisions}
    rest = [m for m in matches[MOST_CANDIDATES:] if m.place.iso2 in supported]
    return matches[:MOST_CANDIDATES] + rest


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
    weight = _support(context, place.iso2, spot) + min(3, coherence[place.iso2])
    if not match.exact and not _skeleton_allowed(spot, place, evidence):
        return None
    outside = outside_named_division(place, evidence.enclosing_divisions)
    if (
        outside
        and place.population < WELL_KNOWN
        and namesake(place, evidence.held, evidence.enclosing_points)
    ):
        return None  # "Pisky, Donetsk": a Pisky elsewhere is not this one
    if evidence.bearing_from and all(
        km_between(place, other) > BEARING_KM for other in evidence.bearing_from
    ):
        return None  # "Phoenix, north of Durban" is no city of Arizona, however large
    if _enclosed_abroad(place, weight, context, evidence):
        return None  # "Ahmadabad district, Paktia" in a report on the Taliban: not India's
    held = lies_in(place, evidence.enclosing_divisions)
    if not held and far_from_enclosing(place, evidence.enclosing_towns):
        return None  # "Cawayan, Masbate": a Cawayan far from Masbate is another one
    if stray(place, evidence.towns, evidence.placed_divisions, bool(evidence.enclosing_divisions)):
        return None  # "Andarai" in a report on Rio de Janeiro is no town of Bahia
    if spot.cue.word in _QUARTER_WORDS and far_from_towns(place, evidence.towns):
        return None  # "in Jacarezinho neighborhood" of the city the report names
    if spot.quarter and weight == 0 and evidence.firm_weight >= 1 and not metropolis(match):
        return None  # "Eastleigh neighbourhood" in a Kenyan report: no English town
    if not match.exact and outside_named_division(place, evidence.divisions):
        return None  # a loose spelling only inside a province the article names
    if _in_passing(place, context, evidence) and (
        place.population < HAMLET or spot.cue.word in ROAD_WORDS
    ):
        # "Boni" in a report on Niger that mentions French troops is no French hamlet; "the
        # Srinagar Highway" in Islamabad leads towards India, it is not there.
        return None
    reasons: list[tuple[float, str]] = [
        (float(context.weights[place.iso2]), context.labels.get(place.iso2, ""))
    ]
    score = (
        weight
        + name_fit(match, spot.text, spot.primary_names)
        + size_fit(place)
        + _type_fit(place, spot)
    )
    if outside:
        score -= 5.0  # a city that well known, with the province misstated
    if dwarfed(place, spot.matches):
        score -= DWARFED  # "Lagos" beside "Paris" is still the city of millions
    if spot.cue.word not in _SMALL_WORDS and outgrown(
        place, spot.matches, evidence.towns, spot.text
    ):
        score -= OUTGROWN  # "Khairpur" in Sindh is Khairpur Mir's before the smaller Khairpur
    if spot.encloses and place.level in (1, 2):
        score += 1.5  # "in Pisky, Donetsk": the name after the comma is the province
    if weight == 0 and evidence.firm_weight >= 1 and not metropolis(match):
        # A country the article gives no sign of, when it plainly is about another.
        score -= min(ELSEWHERE_MOST, ELSEWHERE + evidence.firm_weight - 1)

    if evidence.enclosing:
        inside = place.iso2 in evidence.enclosing
        score += (2.0 if len(evidence.enclosing) == 1 else 1.0) if inside else -3.0
        reasons.append((2.0 if inside else 0.0, "in the place named after it"))
        if place.level == 3:
            score += 1.0  # "Tel Aviv (Tel Aviv, Tel Aviv)": the name before its divisions is a town
    if evidence.described:
        inside = place.iso2 in evidence.described
        score += 2.0 if inside else -3.0
        reasons.append((2.0 if inside else 0.0, "the text calls it a place of that country"))
    if place.level in (1, 2) and (place.iso2, exact_key(division_name(place))) in evidence.enclosed:
        score += 2.5
        reasons.append((2.5, "holds a place of the name before it"))
    if lies_in(place, evidence.divisions):
        score += 2.5
        reasons.append((2.5, "province named in text"))
    if place.iso2 in evidence.neighbours and not (spot.encloses and place.level == 3):
        same = evidence.neighbours[place.iso2] == (place.admin1 or "")
        score += 2.5 if same else 1.5
        reasons.append((2.5 if same else 1.5, "beside other places of the same phrase"))
    if coherence[place.iso2]:
        reasons.append((min(3, coherence[place.iso2]) * 0.9, "other places named in the article"))
    return score, _main_reason(reasons, place, spot)


def _enclosed_abroad(place: Place, weight: float, context: Context, evidence: Evidence) -> bool:
    """Whether the name is enclosed by divisions of other countries only, one of which the
    article supports, while nothing in it speaks for the place's own country."""
    countries = {iso2 for iso2, _ in evidence.enclosing_divisions}
    if not countries or place.iso2 in countries or weight > 0:
        return False
    return any(context.weights[iso2] > 0 for iso2 in countries)


def _in_passing(place: Place, context: Context, evidence: Evidence) -> bool:
    """Whether the place's country is only named in passing (a nationality, a group) in a
    report that plainly names another."""
    return (
        place.iso2 not in context.firm
        and place.iso2 != evidence.top_country
        and evidence.firm_weight >= COUNTRY_NAMED
    )


def _support(context: Context, iso2: str, spot: Spot) -> float:
    """The article's support for a country, less this name's own when another is named."""
    weight = float(context.weights[iso2])
    if (iso2, exact_key(spot.text)) not in context.anchors:
        return weight
    firm = (w for other, w in context.weights.items() if other != iso2 and other in context.firm)
    return max(0.0, weight - ANCHOR) if max(firm, default=0) >= COUNTRY_NAMED else weight


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
    if not totals:
        return "", 0.0
    # On a tie, a firm sign (a country named, the outlet's) beats an armed group's home.
    top = max(totals, key=lambda iso2: (totals[iso2], iso2 in context.firm, iso2))
    return top, float(totals[top])


def division_name(place: Place) -> str:
    """The name a division goes by in its places' admin1/admin2 fields."""
    if place.level == 1:
        return place.admin1 or place.name
    if place.level == 2:
        return place.admin2 or place.name
    return place.name


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


def _main_reason(reasons: list[tuple[float, str]], place: Place, spot: Spot) -> str:
    weighty = [item for item in reasons if item[1] and item[0] > 0]
    if len(spot.matches) == 1:
        return "the only candidate"
    if weighty:
        return max(weighty)[1]
    if spot.cue.kind in ("division", "town"):
        return f"'{spot.cue.word}' says what kind of place it is"
    return "the most populous candidate"
