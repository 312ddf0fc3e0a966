"""Find the places an article names and decide which place each name means.

Spotting (:mod:`eventatlas.geocode.spotting`) gives names with their
gazetteer candidates; :mod:`eventatlas.geocode.resolve` weighs the candidates
by what the whole article says (:mod:`eventatlas.geocode.context`). Names of
armed groups are masked, fragments of longer names and parts of a town far
from it dropped. Names no entry matches get one bounded fuzzy try when a cue
or a coordinated neighbour says they are places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from eventatlas.article import Article
from eventatlas.event import Place
from eventatlas.geocode.context import Context, article_context, dateline_extent, find_actors
from eventatlas.geocode.countries import find_country
from eventatlas.geocode.enclosure import enclosers
from eventatlas.geocode.fuzzy import FuzzyMatch, fuzzy_in_country, fuzzy_siblings
from eventatlas.geocode.gazetteer import Gazetteer, Match
from eventatlas.geocode.namesakes import lies_in
from eventatlas.geocode.nesting import far_apart, part_of
from eventatlas.geocode.normalise import exact_key, is_arabic
from eventatlas.geocode.resolve import Spot, division_name, resolve
from eventatlas.geocode.spotting import (
    JOINERS,
    MAX_TOKENS,
    NO_CUE,
    PARTICLES,
    PEOPLE_WORDS,
    SITE_WORDS,
    TITLES,
    Cue,
    Shouting,
    Token,
    cue_at,
    lexicon,
    looks_like_person,
    names_a_site,
    runs,
    sentence_initial,
    starts_a_road,
    words,
)

_AFTER_A_NAME = re.compile(r"[A-Z][\w'’-]*\s*(?:\(|,)\s*$")
_COORDINATED = re.compile(r"^\s*(?:,|and|or|&|, and|, or)\s*$")
# "Bar-Sanguun" joins two names; "Nairobi-based" and "Kisumu-bound" only describe.
POSSESSIVE_SIZE = 100_000
# A Persian or Urdu ezafe ("Rabat-e Sangi", "Qala-i-Naw", "Sangi-ye Pain") joins too.
# A division written with its type ("Saint James Parish") may be known by its bare name.
DIVISION_TYPES = frozenset(
    "parish county province district state region governorate department municipality".split()
)
_HYPHEN_NAME = re.compile(r"-(?![a-z])|-(?:e|i|ye|yi|ul|ud|ur|us)[-\s]+[A-Z]")


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


def find_places(article: Article, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every resolved place mention in ``article.text`` except the dateline's."""
    text = article.text
    dateline = dateline_extent(article)
    heads = _paragraph_heads(text)
    spots, demonyms, unknown = _spot(text, gazetteer, ((0, dateline[1]), *heads))
    spots = _countries_as_divisions(spots, text, gazetteer)
    spots = _countries_as_towns(spots, text, gazetteer)
    spots = [spot for spot in spots if not _country_as_part(spot, spots, text)]
    actors = find_actors(text)
    spots = [s for s in spots if s.country is not None or not actors.covers(s.start, s.end)]
    unknown = [token for token in unknown if not actors.covers(token.start, token.end)]
    countries = [(spot.start, spot.country.iso2) for spot in spots if spot.country is not None]
    context = article_context(article, countries, demonyms, dateline, actors)
    body = [spot for spot in spots if not dateline[0] <= spot.start < dateline[1]]
    resolve(body, context, text)
    _drop_name_fragments(body, text)
    _drop_distant_parts(body, text)
    found = [spot for spot in body if spot.pick is not None or spot.country is not None]
    unknown = [token for token in unknown if token.start >= dateline[1]]
    found += _fuzzy(text, unknown, found, context, gazetteer)
    found.sort(key=lambda spot: spot.start)
    found = _heads_as_fallback(found, heads, text)
    _share_cues(text, found)
    mentions = [_mention(spot, gazetteer) for spot in found]
    return [mention for mention in mentions if mention is not None]


def _countries_as_divisions(spots: list[Spot], text: str, gazetteer: Gazetteer) -> list[Spot]:
    """ "Kagara (Rafi LGA, Niger)": a country's name enclosing a place of another country
    where a province has that name (Niger State, Nigeria) means the province."""
    spans = [(spot.start, spot.end) for spot in spots]
    kept = list(spots)
    for index, leader in enumerate(spots):
        if leader.country is not None:
            continue
        for number in enclosers(index, spans, text):
            named = spots[number]
            if named.country is not None:
                division = _division_instead(leader, named, gazetteer)
                kept[number] = division if division is not None else kept[number]
    return kept


def _countries_as_towns(spots: list[Spot], text: str, gazetteer: Gazetteer) -> list[Spot]:
    """ "Salvador, Bahia": a country's name enclosed by a division of another country
    holding a town of that name means the town."""
    spans = [(spot.start, spot.end) for spot in spots]
    kept = list(spots)
    for index, spot in enumerate(spots):
        if spot.country is None:
            continue
        around = [spots[number] for number in enclosers(index, spans, text)]
        divisions = {
            (m.place.iso2, exact_key(division_name(m.place)))
            for other in around
            if other.country is None
            for m in other.matches
            if m.exact and m.place.level in (1, 2) and m.place.iso2 != spot.country.iso2
        }
        towns = [
            m
            for m in gazetteer.matches(spot.text)
            if m.exact and m.place.level == 3 and lies_in(m.place, divisions)
        ]
        kept[index] = Spot(spot.start, spot.end, spot.text, spot.cue, towns) if towns else spot
    return kept


def _country_as_part(spot: Spot, spots: list[Spot], text: str) -> bool:
    """ "the Kosovo area of Naivasha": a neighbourhood named after a country."""
    if spot.country is None:
        return False
    after = [other for other in spots if other.start >= spot.end]
    return bool(after) and after[0].country is None and part_of(text, spot.end, after[0].start)


def _division_instead(leader: Spot, named: Spot, gazetteer: Gazetteer) -> Spot | None:
    iso2 = named.country.iso2 if named.country is not None else ""
    homes = {m.place.iso2 for m in leader.matches if m.exact}
    if not homes or iso2 in homes:
        return None
    divisions = [
        m
        for m in gazetteer.matches(named.text)
        if m.exact and m.place.level == 1 and m.place.iso2 in homes
    ]
    if len({m.place.iso2 for m in divisions}) != 1:
        return None
    return Spot(named.start, named.end, named.text, named.cue, divisions)


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


# A paragraph that opens with a place in capitals and a colon or dash, as local papers and
# round-ups head each town's news ("HALDIBARI: The party's office was set on fire ...").
_HEAD = re.compile(
    r"(?:^|\n)[ \t]*(?P<head>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,40}?)(?=[ \t]*(?::|[ \t]-+[ \t]|[–—]))"
)
# Liveblog and desk labels in capitals are no places.
_LABELS = frozenset(
    "update|updated|breaking|breaking news|editor's note|editor’s note|note|correction|watch"
    "|read more|analysis|background|context|live|exclusive|opinion|recap|photo|photos|video"
    "|summary|key points|what we know|statement|communique|communiqué|earlier|later".split("|")
)


def _paragraph_heads(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the capitalised places that head paragraphs ("HALDIBARI: ...")."""
    heads = []
    for match in _HEAD.finditer(text):
        head = match.group("head").strip()
        if sum(c.isalpha() for c in head) >= 3 and head.lower() not in _LABELS:
            heads.append((match.start("head"), match.start("head") + len(head)))
    return tuple(heads)


def _heads_as_fallback(spots: list[Spot], heads: Shouting, text: str) -> list[Spot]:
    """A paragraph's head names where the news is from, which may be the desk's city
    ("KABUL: Fighters attacked a checkpoint in Helmand"): it places the paragraph's events
    only when the paragraph names no other place."""
    dropped = set()
    for start, _ in heads:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if any(start < spot.start < end for spot in spots if spot.start != start):
            dropped.add(start)
    return [spot for spot in spots if spot.start not in dropped]


def _spot(
    text: str, gazetteer: Gazetteer, shouting: Shouting
) -> tuple[list[Spot], list[str], list[Token]]:
    spots: list[Spot] = []
    demonyms: list[str] = []
    unknown: list[Token] = []
    for run in runs(text, words(text), shouting):
        if _after_title(text, run[0]):
            # "President Ruto and Kisumu": the person's name ends at the joiner
            joiners = [at for at, token in enumerate(run) if token.text in JOINERS]
            run = run[joiners[0] + 1 :] if joiners else []
        if run:
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
        if run[index].text in JOINERS:
            index += 1  # "Kajab and Al-Shula": two places, no fragment between them
            continue
        if word in TITLES:
            # the rest of the run is a person's name, up to a joiner ("President Ruto and
            # Kisumu")
            joiners = [at for at in range(index, len(run)) if run[at].text in JOINERS]
            if not joiners:
                break
            index = joiners[0] + 1
            continue
        if word in lex.demonyms:
            demonyms.append(lex.demonyms[word])
        elif (
            word not in lex.never
            and word not in SITE_WORDS
            and word not in PEOPLE_WORDS
            and len(word) >= (4 if is_arabic(word) else 3)
        ):
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
    if first.text in JOINERS or last.text in JOINERS:
        return False
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
    if not content and len(piece) == 1 and piece[0].text[:1].isupper():
        content = [piece[0].text.lower()]  # "in Van": a particle's spelling, a city's name
    if not content or all(word in lex.never for word in content):
        return None
    if looks_like_person(text, end, start) or names_a_site(text, end, start):
        return None
    cue = cue_at(text, start, end)
    country = find_country(surface) if not surface.isupper() or len(surface) > 3 else None
    if country is None and len(piece) == 1 and surface.endswith("s") and len(surface) > 4:
        country = find_country(surface[:-1])  # "Kenyas capital"
    if country is not None:
        return Spot(start, end, surface, cue, [], country=country)
    if len(piece) == 1 and not _plausible_single(text, piece[0], cue):
        return None
    common = all(word in lex.common or word in lex.never for word in content)
    if len(content) > 1 and common and not cue.strong and not _bare_locative(text, start, cue):
        return None  # "the White House", "Green Line"
    loose = len(exact_key(surface)) >= 5 and not _typed(content)
    matches = [m for m in gazetteer.matches(surface) if m.exact or loose]
    if matches and len(piece) > 1 and piece[-1].text.lower() in DIVISION_TYPES:
        matches += _bare_divisions(text[start : piece[-2].end], matches, gazetteer)
    owner = _possessive(surface, gazetteer) if len(piece) == 1 else []
    if owner and not any(m.primary for m in matches):
        return Spot(start, end, surface, cue, owner, possessive=True)
    return Spot(start, end, surface, cue, matches) if matches else None


def _bare_divisions(bare: str, matches: list[Match], gazetteer: Gazetteer) -> list[Match]:
    """ "Saint James Parish", a name of a Louisiana parish, may be Jamaica's "Saint James" too."""
    known = {match.place for match in matches}
    return [
        match
        for match in gazetteer.matches(bare)
        if match.exact and match.place.level in (1, 2) and match.place not in known
    ]


def _possessive(surface: str, gazetteer: Gazetteer) -> list[Match]:
    """ "Nairobis Mukuru slums": a possessive written without its apostrophe.

    Only a large place's own name qualifies, so that plurals of small ones stay out.
    """
    if len(surface) < 5 or not surface.endswith("s"):
        return []
    stem = [m for m in gazetteer.matches(surface[:-1]) if m.primary]
    return stem if any(m.place.population >= POSSESSIVE_SIZE for m in stem) else []


def _typed(content: list[str]) -> bool:
    """ "Kisii Town", "Lake Naivasha": a name with a type or site word takes no loose match.

    Otherwise the loose spelling of the whole would hide the exact name inside it.
    """
    lex = lexicon()
    edges = (content[0], content[-1]) if len(content) > 1 else ()
    return any(word in lex.never or word in SITE_WORDS for word in edges)


def _bare_locative(text: str, start: int, cue: Cue) -> bool:
    """ "in San Antonio" and "Escazu (San Jose)" name places; "at the White House" a building."""
    if _AFTER_A_NAME.search(text[max(0, start - 40) : start]):
        return True
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
        if spot.pick is None or spot.country is not None or not spot.single or spot.possessive:
            continue
        if starts_a_road(text, spot.end):
            continue  # "the Nairobi-Narok highway" starts at Nairobi
        hyphened = text[spot.start - 2 : spot.start].endswith("-") or (
            _HYPHEN_NAME.match(text, spot.end) is not None
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
    if item.text.lower() in SITE_WORDS:
        return False  # "Lake Naivasha", "Kisumu Water Company": the site is at the place
    if isinstance(item, Token):
        return True
    return item.pick is None and item.country is None


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
