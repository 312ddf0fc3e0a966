"""The built-in pipeline steps, registered in :data:`eventatlas.pipeline.STEPS`.

Each step is a small object with ``name``, ``requires`` and ``provides``;
its body lives in the module of its domain (parse, geocode, extract).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eventatlas.article import Article, Problem
from eventatlas.event import SUB_EVENT_TYPES, Location
from eventatlas.extract import assemble as assembly
from eventatlas.extract.asides import plot_paragraphs, violence_told
from eventatlas.extract.attribution import attribute
from eventatlas.extract.classify import ACCIDENT_PRONE, DAYS_APART, ELSEWHERE, candidates_in
from eventatlas.extract.fatalities import fatalities_of
from eventatlas.extract.outlets import outlet_country
from eventatlas.extract.perpetrators import (
    blamed_group,
    gang_violence,
    group_told_back,
    in_power,
    named_when_told_again,
    retold,
    sole_group,
    state_force,
    told_before,
    unclaimed_air_strike,
    unclaimed_fire,
)
from eventatlas.extract.resistance import fought_attack, resistance_span
from eventatlas.extract.retelling import FROM_AFAR, TERRITORY_TAKEN, new_time
from eventatlas.extract.roles import (
    STATE_NAME,
    VIOLENT,
    assign_roles,
    generic,
    is_source,
    retype_by_actors,
    sent_by,
    vagueness,
)
from eventatlas.extract.timing import background, reference_date, when_of
from eventatlas.geocode.countries import find_country
from eventatlas.geocode.embedded import capital_names
from eventatlas.geocode.spotting import names_a_seat
from eventatlas.parse.dateline import add_dateline
from eventatlas.parse.language import add_language
from eventatlas.parse.sentences import add_sentences
from eventatlas.pipeline import Resources, register_step


@dataclass
class FunctionStep:
    """A step made of a function of the article."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    body: Callable[[Article], Article]

    def __call__(self, article: Article) -> Article:
        return self.body(article)


def gazetteer(resources: Resources) -> Any:
    """The gazetteer, opened once per process."""
    from eventatlas.geocode.gazetteer import Gazetteer

    return resources.get("gazetteer", lambda: Gazetteer.open(resources.settings.gazetteer_file))


def actor_lexicon(resources: Resources) -> Any:
    """The actor lexicon, loaded once per process."""
    from eventatlas.extract.actors import ActorLexicon

    return resources.get("actors", ActorLexicon.load)


def _clean(limit: int) -> Callable[[Article], Article]:
    def body(article: Article) -> Article:
        if "\x00" in article.text:
            article.text = article.text.replace("\x00", "")
            article.problems.append(Problem("clean", "NUL characters removed"))
        if len(article.text) > limit:
            cut = article.text.rfind("\n", 0, limit)
            cut = cut if cut > limit // 2 else limit
            article.problems.append(
                Problem("clean", f"text cut from {len(article.text)} to {cut} characters")
            )
            article.text = article.text[:cut]
        return article

    return body


@register_step("clean")
def clean_step(resources: Resources) -> FunctionStep:
    return FunctionStep(
        "clean", ("text",), ("clean_text",), _clean(resources.settings.max_text_chars)
    )


@register_step("sentences")
def sentences_step(resources: Resources) -> FunctionStep:
    return FunctionStep("sentences", ("clean_text", "dateline"), ("sentences",), add_sentences)


@register_step("dateline")
def dateline_step(resources: Resources) -> FunctionStep:
    return FunctionStep("dateline", ("clean_text",), ("dateline", "published"), add_dateline)


@register_step("language")
def language_step(resources: Resources) -> FunctionStep:
    return FunctionStep("language", ("clean_text",), ("language",), add_language)


@register_step("places")
def places_step(resources: Resources) -> FunctionStep:
    from eventatlas.geocode.mentions import find_places

    index = gazetteer(resources)
    lexicon = actor_lexicon(resources)

    def body(article: Article) -> Article:
        named = [
            m
            for m in lexicon.find(article.text)
            if not m.generic and not m.name.startswith(("Military Forces", "Police Forces"))
        ]
        article.places = [p for p in find_places(article, index) if not _inside_actor(p, named)]
        return article

    return FunctionStep("places", ("sentences", "dateline"), ("places",), body)


_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


_IN_THE_CAPITAL = re.compile(
    r"\b(?:in|across|around|near|outside|on the streets of|streets of) the (?:country's |nation's )?"
    r"capital\b(?!\s+(?:of|region|district|province|territory)\b)",
    re.I,
)


def _own_town(candidate: Any) -> tuple[int, int]:
    """The stretch of the sentence whose places are the event's: "In Ciudad del Este, ...,
    while in Encarnacion a crowd rallied" tells each crowd's town on its own side."""
    sentence = candidate.sentence
    split = ELSEWHERE.search(sentence.text)
    if split is None or split.group("conjunction").lower() not in ("while", "whereas"):
        return sentence.start, sentence.end
    cut = sentence.start + split.start()
    return (cut, sentence.end) if candidate.trigger.start >= cut else (sentence.start, cut)


def _the_capital(text: str, found: list[Location], index: Any) -> list[Location]:
    """ "Thousands marched in the capital": the capital of the one country found, when the
    sentence names no town of its own (a province the report is about is no town either)."""
    if len(found) != 1 or not _IN_THE_CAPITAL.search(text):
        return []
    place = found[0].place
    if place.level != 0 and (found[0].mention or place.level == 3):
        return []
    name = capital_names().get(place.iso2)
    places = [p for p in index.candidates(name) if p.iso2 == place.iso2] if name else []
    towns = [p for p in places if p.level == 3]
    if not towns:
        return []
    capital = max(towns, key=lambda p: p.population)
    reason = f"'the capital' of {place.country}: {capital.name}"
    return [Location(capital, 1, reason, "the capital")]


def _sentence_country(candidate: Any, index: Any, lexicon: Any) -> list[Location]:
    """No place named: the country a demonym of the event's own sentence gives ("Kenyan police")."""
    found = _demonym_country(candidate.sentence.text, index, lexicon)
    if found is None:
        return []
    place, word = found
    return [Location(place, 3, f"no place named; '{word}' gives the country", word)]


def _report_country(article: Article, index: Any, lexicon: Any) -> list[Location]:
    """No place named in the event's sentence: the dateline's country, then a country the
    report names, the country its outlet covers, the home country of the groups it names,
    the country of the peoples it names ("Kikuyu and Luo youths")."""
    name = article.dateline.country if article.dateline else None
    place = index.country(name) if name else None
    if place is not None:
        reason = f"no place named; the dateline gives the country '{name}'"
        return [Location(place, 3, reason, name or "")]
    found = _demonym_country(article.text, index, lexicon)
    if found is not None:
        place, word = found
        return [Location(place, 3, f"no place named; the report names '{word}'", word)]
    sources: tuple[tuple[Callable[[], str | None], str], ...] = (
        (lambda: outlet_country(article.source), f"the outlet '{article.source}' covers"),
        (lambda: lexicon.home_country(article.text), "the groups named are of"),
        (lambda: lexicon.identity_country(article.text), "the peoples named live in"),
    )
    for find, reason in sources:  # each read of the text only when the one before gave nothing
        iso3 = find()
        place = index.country(iso3) if iso3 else None
        if place is not None:
            return [Location(place, 3, f"no place named; {reason} {place.country}", place.country)]
    found = _demonym_country(article.text, index, lexicon, origins=True)
    if found is not None:
        place, word = found
        reason = f"no place named; the report names '{word}', where the attackers came from"
        return [Location(place, 3, reason, word)]
    return []


# "raiders from Sudan", "fled into Somalia", "Ethiopian raiders": where people came
# from or went, not where the event was.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|into|to|towards?|across|for|back to|crossed|via"
    # "most of them citizens of Kosovo": whose people they were
    r"|(?:citizens|nationals|natives|residents) of)\s+(?:the\s+)?$",
    re.I,
)
_ORIGIN_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:raiders|militants|militiam[ae]n|militias?|attackers|gunmen|bandits"
    r"|rebels|fighters|rustlers|insurgents)\b",
    re.I,
)


def _origin_country(text: str, location: Location) -> bool:
    """A whole country named as where attackers came from or people fled ("raiders from Sudan")."""
    if location.place.level != 0 or not location.mention:
        return False
    at = text.find(location.mention)
    return at >= 0 and bool(
        _ORIGIN_BEFORE.search(text[max(0, at - 20) : at])
        or _ORIGIN_AFTER.match(text[at + len(location.mention) : at + len(location.mention) + 40])
    )


def _demonym_country(
    text: str, index: Any, lexicon: Any, *, origins: bool = False
) -> tuple[Any, str] | None:
    """The first country a demonym or country name of ``text`` stands for.

    Names of where attackers came from or people went count only with ``origins``.
    """
    for match in _WORD.finditer(text):
        word = match.group()
        iso3 = lexicon.country_of_demonym(word)
        place = index.country(iso3) if iso3 else None
        if place is None:
            continue
        if names_a_seat(text, match.end()):
            continue  # "a Britain-based monitoring group": where the monitor sits
        origin = bool(
            _ORIGIN_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
            or _ORIGIN_AFTER.match(text[match.end() : match.end() + 40])
        )
        if origins or not origin:
            return place, word
    return None


_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s)? (?:responsibility|the (?:attack|bombing|killing|ambush|assault|crime"
    r"|explosion|blast|operation|raid|massacre)s?)"
    r"|(?:attack|bombing|killing|ambush|assault)s? (?:was|were|has been|had been) claimed"
    r"|blamed (?:the )?(?:[\w-]+ ){0,3}?(?:group|militants|militia|rebels|insurgents|jihadists)"
    r"|(?:was|were) blamed on"
    # a group's own boast: "JNIM said in a statement that it had killed 20 soldiers"
    r"|(?:said|says|claimed) (?:[\w,]+ ){0,5}?(?:that )?(?:it|its (?:fighters|men|members|units?)"
    r"|one of its (?:units|cells|squads|brigades|commandos))"
    r" (?:had )?[\"“'‘]?(?:killed|attacked|ambushed|carried out|targeted|destroyed|shot down"
    r"|downed|repelled|repulsed|fought off|burned|torched)"
    # "Pamphlets left at the scene, signed by the Weichan Auka Mapu"
    r"|(?:pamphlets?|leaflets?|flyers?)\b[^.;]{0,60}?\bsigned by"
    # "Al Shabaab said in a statement that its 'martyrdom operation' had killed dozens"
    r"|(?:said|says|claimed) (?:[\w,]+ ){0,5}?(?:that )?its [\"“'‘]?(?:[\w-]+ )?(?:operation|attack"
    r"|raid|ambush|bombing|strike|assault)[\"”'’]? (?:had |has )?(?:killed|hit|struck|targeted"
    r"|destroyed))\b",
    re.I,
)
_SUSPECTED = re.compile(
    r"\b(?:suspected|believed|thought|said) to (?:be|have been|belong to)\b", re.I
)


def _no_state_bomber(candidate: Any, lexicon: Any, iso3: str | None) -> None:
    """No state's forces blow themselves up: "one blew himself up at the gate and the other
    was shot dead by police" names the police as the target, not the bomber."""
    actor = candidate.actor1
    if candidate.sub_event_type != "Suicide bomb" or actor is None:
        return
    if not STATE_NAME.match(actor.name):
        return
    if candidate.actor2 is None:
        candidate.actor2 = actor
    country = lexicon.country_name(iso3) if iso3 else None
    candidate.actor1 = generic("Unidentified Armed Group", 3, country, iso3)


def _claimed_perpetrator(article: Article, candidate: Any, lexicon: Any, iso3: str | None) -> None:
    """Unnamed attackers, but the report says who they were: the group that claimed it or is suspected."""
    actor = candidate.actor1
    if actor is None or not actor.name.startswith("Unidentified"):
        return
    sentence = candidate.sentence
    suspected = _SUSPECTED.search(sentence.text)
    if suspected is not None:
        start = sentence.start + suspected.end()
        found = _armed_group(
            lexicon.find(article.text, start, min(start + 60, sentence.end), country=iso3)
        )
        if found is not None:
            candidate.actor1 = found
            return
    # Its own paragraph, the sentence after it, what retells it, and the later paragraphs
    # while no other event is told before the claim ("IS claimed the attack" paragraphs on).
    told = [c.sentence.index for c in article.candidates if c is not candidate]
    paragraph = [
        s
        for s in article.sentences
        if s.paragraph == sentence.paragraph
        or s.index == sentence.index + 1
        or s in candidate.merged
        or (
            s.paragraph > sentence.paragraph and not any(sentence.index < i < s.index for i in told)
        )
    ]
    target = getattr(candidate.actor2, "name", None)
    for other in paragraph:
        if _CLAIM.search(other.text):
            found = _armed_group(
                lexicon.find(article.text, other.start, other.end, country=iso3), target
            )
            if found is not None:
                candidate.actor1 = found
                return


def _armed_group(mentions: list[Any], target: str | None = None) -> Any:
    """The first armed group of ``mentions`` that is not the one attacked ("its fighters
    attacked an SDF checkpoint": the SDF claimed nothing)."""
    return next((m for m in mentions if m.inter in (2, 3, 4) and m.name != target), None)


def _air_force_from_paragraph(
    article: Article, candidate: Any, lexicon: Any, iso3: str | None
) -> None:
    """An air strike with no one named: the state force its paragraph names ("Russian jets")."""
    paragraph = [s for s in article.sentences if s.paragraph == candidate.sentence.paragraph]
    start, end = paragraph[0].start, paragraph[-1].end
    # The force the strike hit ("dropped explosives on an army base") did not fly it.
    target = getattr(candidate.actor2, "name", None)
    forces = [
        m
        for m in lexicon.find(article.text, start, end, country=iso3)
        if m.inter in (1, 8) and not m.generic and m.name != target
    ]
    if forces:
        candidate.actor1 = forces[0]


_AIRCRAFT = re.compile(
    r"\b(?:warplanes?|war planes?|jets?|aircraft|planes?|helicopters?|bombers)\b", re.I
)


def _warplanes_told_before(candidate: Any, told: list[Any]) -> None:
    """ "In Derik, the warplanes bombed a power station", "In Kyiv, a missile struck the
    hospital": the state whose aircraft or missiles the report named before, not a group near
    the target."""
    kind = candidate.sub_event_type
    if kind == "Air/drone strike" and not _AIRCRAFT.search(candidate.trigger.text):
        return
    if kind not in ("Air/drone strike", "Shelling/artillery/missile attack"):
        return
    actor1 = candidate.actor1
    if getattr(actor1, "inter", None) in (1, 8):
        return
    if kind != "Air/drone strike" and getattr(actor1, "text", ""):
        return  # "factions fired mortar shells": whoever the sentence names fired them
    earlier = [
        c.actor1
        for c in told
        if c is not candidate
        and c.sub_event_type == kind
        and getattr(c.actor1, "inter", None) in (1, 8)
        # missiles and shells: only the state the report's lead says fired them
        and (kind == "Air/drone strike" or c.sentence.paragraph == 0)
    ]
    if earlier:
        if candidate.actor2 is None and candidate.actor1 is not None:
            candidate.actor2 = candidate.actor1
        candidate.actor1 = earlier[-1]


_STATE_ACTS = {"Disrupted weapons use", "Arrests"}
_AIR_DEFENCES_ACTED = re.compile(
    r"\bair[- ]defen[cs]es?(?: (?:units?|systems?|forces))?(?: on duty)?\s+(?:had |have |has )?"
    r"(?:\w+ly )?"
    r"(?:shot|intercepted|downed|destroyed|repelled|repulsed|engaged|neutrali[sz]ed)\b",
    re.I,
)


_LIBERATED = re.compile(r"\b(?:liberat|recaptur|regain|retook|retake|retaken)", re.I)


def _liberated_by_the_state(candidate: Any, lexicon: Any, iso3: str | None) -> None:
    """ "Units of the North group liberated a settlement": a town retaken by forces the
    report does not name (the default armed group, named nowhere in the text) is the
    state's, as its own ministry tells it; the state's taking is a regaining."""
    actor1 = candidate.actor1
    if candidate.sub_event_type not in TERRITORY_TAKEN or not iso3:
        return
    if actor1 is not None and (
        getattr(actor1, "start", -1) >= 0 or not actor1.name.startswith("Unidentified Armed Group")
    ):
        return
    if not _LIBERATED.search(candidate.trigger.text):
        return
    force = state_force(lexicon, "military", iso3)
    if force is not None:
        candidate.actor1 = force
        candidate.sub_event_type = retype_by_actors(candidate)


_STOPPED_UNSEEN = re.compile(
    r"\b(?:was|were|had been|have been|has been) (?:shot down|intercepted|downed)\b", re.I
)
_BOMB_SQUAD = re.compile(r"\b(?:police|bomb squads?|bomb disposal)\b", re.I)


def _unnamed_disrupter(candidate: Any, text: str, lexicon: Any, iso3: str | None) -> None:
    """A weapon stopped by someone the report does not name: "an engineering team destroyed
    a device placed by the EIGS", "four missiles were shot down". The state's forces
    stopped it (its police where a bomb squad did), the one who sent it is the other side."""
    if candidate.sub_event_type != "Disrupted weapons use" or not iso3:
        return
    actor1 = candidate.actor1
    if actor1 is None:
        if not _STOPPED_UNSEEN.search(candidate.clause.text):
            return
    elif candidate.actor2 is not None or not sent_by(text, actor1):
        return
    kind = "police" if _BOMB_SQUAD.search(candidate.clause.text) else "military"
    force = state_force(lexicon, kind, iso3)
    if force is not None:
        candidate.actor1, candidate.actor2 = force, actor1


_LOOTING = "Looting/property destruction"
_CROWD_ACTS = {"Violent demonstration", "Mob violence", "Protest with intervention"}
_CROWD_DOERS = re.compile(
    r"\b(?:crowds?|mobs?|youths|rioters|protesters|demonstrators|looters|a (?:small )?group"
    r"|groups of (?:young )?(?:men|people)|bands of)\b",
    re.I,
)
_GROUP_MOVES = {
    "Headquarters or base established",
    "Non-violent transfer of territory",
    "Change to group/activity",
}


# "Russia's defence ministry claims its troops took control of a village": the speaker's
# country's forces, not the forces of the country the event is in.
_SPEAKERS_OWN = re.compile(
    r"\b(?P<who>(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?)['’]s (?:defen[cs]e ministry|ministry of"
    r" defen[cs]e|army|military|armed forces|general staff|interior ministry)\s+(?:\w+\s+)?"
    r"(?:said|says|claims?|claimed|reported|announced|stated)\s+(?:that\s+)?(?:its|their)\s+$",
    re.I,
)


def _speakers_own_forces(candidate: Any, text: str, lexicon: Any) -> None:
    """Forces told as "its troops" after a country's ministry that speaks are that country's."""
    for side in ("actor1", "actor2"):
        actor = getattr(candidate, side)
        start = getattr(actor, "start", -1)
        if actor is None or start < 0 or actor.inter != 1:
            continue
        told = _SPEAKERS_OWN.search(text, max(0, start - 100), start)
        country = find_country(told.group("who")) if told else None
        if country is None or country.iso3 == actor.iso3:
            continue
        kind = "police" if actor.name.startswith("Police") else "military"
        force = state_force(lexicon, kind, country.iso3)
        if force is not None:
            setattr(candidate, side, force)


def _unnamed_destroyers(article: Article, candidate: Any, country: str | None, iso3: str) -> Any:
    """Who burned or looted when the report names no one: ACLED names a doer for every event,
    the rioters in a report on crowds (or where the sentence names a crowd or a group), else
    an unidentified armed group."""
    crowd = _CROWD_DOERS.search(candidate.sentence.text) or any(
        c.sub_event_type in _CROWD_ACTS for c in article.candidates
    )
    if crowd:
        return generic("Rioters", 5, country, iso3)
    return generic("Unidentified Armed Group", 3, country, iso3)


# "officers searching a house found ...", "bomb disposal officers then found a second device"
_SEARCHING_OFFICERS = re.compile(
    r"\b(?:officers|detectives|investigators|bomb (?:disposal|squad) (?:officers|experts|teams?))"
    r"\b(?! of (?:the )?(?:army|military|armed forces))",
    re.I,
)


def _searchers_in_sentence(article: Article, candidate: Any, lexicon: Any, iso3: str) -> None:
    """A seizure whose finders stand in the sentence's first clause ("Soldiers raided a ranch,
    where they found 40 rifles"), or are named only as officers: the state's forces."""
    sentence = candidate.sentence
    forces = [
        m
        for m in lexicon.find(article.text, sentence.start, candidate.trigger.start, country=iso3)
        if m.inter in (1, 8) and not is_source(article.text, m)
    ]
    if forces:
        candidate.actor1 = forces[0]
    elif _SEARCHING_OFFICERS.search(article.text, sentence.start, candidate.trigger.start):
        candidate.actor1 = state_force(lexicon, "police", iso3)


def _state_force_before(article: Article, candidate: Any, lexicon: Any, iso3: str | None) -> None:
    """A seizure or arrest told in the passive: the state force named just before it."""
    paragraph = [s for s in article.sentences if s.paragraph == candidate.sentence.paragraph]
    start = paragraph[0].start
    forces = [
        m
        for m in lexicon.find(article.text, start, candidate.trigger.start, country=iso3)
        if m.inter in (1, 8)
    ]
    if forces:
        candidate.actor1 = forces[-1]


def _one_stretch(text: str, found: list[Location]) -> list[Location]:
    """ "On the road between Witu and Garsen": one happening at the first of its two ends."""
    if len(found) < 2 or not found[0].mention or not found[1].mention:
        return found
    between = re.search(
        rf"\bbetween\s+(?:the\s+)?(?:\w+\s+){{0,3}}?{re.escape(found[0].mention)}\s+and\s+"
        rf"(?:the\s+)?(?:\w+\s+){{0,3}}?{re.escape(found[1].mention)}\b",
        text,
    )
    return [found[0], *found[2:]] if between else found


def _inside_actor(place: Any, actors: list[Any]) -> bool:
    """A place name that is really part of a group's name ("Al Shabaab", "Ahrar al-Sham")."""
    return any(actor.start <= place.start and place.end <= actor.end for actor in actors)


@register_step("candidates")
def candidates_step(resources: Resources) -> FunctionStep:
    lexicon = actor_lexicon(resources)

    def body(article: Article) -> Article:
        found = candidates_in(article)
        if found and not _violence_or_groups_told(article, lexicon):
            # a report naming no armed men, arms, force, crowd or group tells no violence
            found = [c for c in found if c.sub_event_type not in _UNTOLD]
        if found:
            plot = plot_paragraphs(article)
            found = [c for c in found if c.sentence.paragraph not in plot]
        article.candidates = assembly.consolidate(article, found)
        return article

    return FunctionStep("candidates", ("sentences", "dateline"), ("candidates",), body)


# What a report that tells no violence, crowd, arms or deal cannot give: the acts an
# accident borrows words from, and the moves and deals that need armed men or a truce
# ("cadets took over guard duty at the mausoleum", "calling it a truce rather than a
# surrender").
_UNTOLD = ACCIDENT_PRONE | {
    "Agreement",
    "Change to group/activity",
    "Non-violent transfer of territory",
    "Headquarters or base established",
}


def _violence_or_groups_told(article: Article, lexicon: Any) -> bool:
    """Whether the report names violence or protest (``violence_told``), or an armed group
    by its name (the Houthis, a FARC faction)."""
    if violence_told(article):
        return True
    return any(m.inter in (2, 3, 4, 8) and not m.generic for m in lexicon.find(article.text))


@register_step("locate")
def locate_step(resources: Resources) -> FunctionStep:
    from eventatlas.geocode.locate import locate

    index = gazetteer(resources)
    lexicon = actor_lexicon(resources)

    def body(article: Article) -> Article:
        report: list[Location] | None = None  # the report-wide fallback, found once
        for candidate in article.candidates:
            found = locate(article, *_own_town(candidate))
            found = [f for f in found if not _origin_country(candidate.sentence.text, f)]
            found = found or _sentence_country(candidate, index, lexicon)
            if not found:
                if report is None:
                    report = _report_country(article, index, lexicon)
                found = list(report)
            found = _the_capital(candidate.sentence.text, found, index) or found
            candidate.locations = _one_stretch(candidate.sentence.text, found)
        return article

    return FunctionStep("locate", ("candidates", "places"), ("locations",), body)


@register_step("actors")
def actors_step(resources: Resources) -> FunctionStep:
    lexicon = actor_lexicon(resources)

    def body(article: Article) -> Article:
        home = None if not article.candidates else lexicon.home_country(article.text)
        day = reference_date(article)
        told: list[Any] = []
        countries: list[str | None] = []  # each candidate's ISO3, for the report-wide pass
        for candidate in article.candidates:
            country, iso3 = assembly.country_of(candidate)
            if iso3 is None and home is not None:
                # No place named: a named group's home country still qualifies the generic
                # actors ("Police battle Mungiki sect" is Kenya's police).
                country, iso3 = lexicon.country_name(home), home
            countries.append(iso3)
            sentence = candidate.sentence
            mentions = lexicon.find(
                article.text, candidate.clause.start, candidate.clause.end, country=iso3
            )
            apart = DAYS_APART.search(article.text, candidate.clause.start, candidate.trigger.start)
            if apart is not None:
                # "drove ISWAP out of Geidam, three days after the insurgents overran the town":
                # the earlier happening's doers are those named after "days after".
                mentions = [m for m in mentions if m.start >= apart.end()]
            everyone = lexicon.find(article.text, sentence.start, sentence.end, country=iso3)
            others = [m for m in everyone if m.name not in {x.name for x in mentions}]
            assign_roles(candidate, article.text, mentions, others, country, iso3)
            _liberated_by_the_state(candidate, lexicon, iso3)
            _speakers_own_forces(candidate, article.text, lexicon)
            if not everyone:
                retold(candidate, [c for c in told if c.sentence.paragraph == sentence.paragraph])
            told.append(candidate)
            if candidate.sub_event_type == "Air/drone strike" and getattr(
                candidate.actor1, "name", ""
            ).startswith("Unidentified"):
                # (an identity militia named, "Kuki militants", flew its own drones)
                _air_force_from_paragraph(article, candidate, lexicon, iso3)
            _warplanes_told_before(candidate, told)
            if (
                candidate.actor1 is None
                and candidate.sub_event_type in _STATE_ACTS
                and not any(
                    c.strength == "strong" for c in article.candidates if c is not candidate
                )
            ):
                # The report's one act: whoever it names before it did it.
                _state_force_before(article, candidate, lexicon, iso3)
            if (
                candidate.actor1 is None
                and iso3
                and _AIR_DEFENCES_ACTED.search(candidate.clause.text)
            ):
                # "air defences shot down 20 drones over the city": the country's own.
                candidate.actor1 = state_force(lexicon, "military", iso3)
            _unnamed_disrupter(candidate, article.text, lexicon, iso3)
            candidate.actor1 = (
                told_before(candidate, article.text, lexicon, iso3) or candidate.actor1
            )
            named_when_told_again(candidate, article.text, lexicon, iso3)
            _no_state_bomber(candidate, lexicon, iso3)
            _claimed_perpetrator(article, candidate, lexicon, iso3)
            if candidate.actor1 is None and candidate.sub_event_type in _STATE_ACTS and iso3:
                _searchers_in_sentence(article, candidate, lexicon, iso3)
            if candidate.actor1 is None and candidate.sub_event_type == _LOOTING and iso3:
                candidate.actor1 = _unnamed_destroyers(article, candidate, country, iso3)
            if candidate.actor1 is None and candidate.sub_event_type in _GROUP_MOVES:
                candidate.actor1 = group_told_back(candidate, article.text, lexicon, iso3)
            if candidate.actor1 is None and candidate.sub_event_type == "Arrests" and iso3:
                # "18 people had been arrested": by the police, as ACLED codes an arrest
                # whose arresting force the report does not name.
                candidate.actor1 = state_force(lexicon, "police", iso3)
            spans = [(s.start, s.end) for s in _telling(article, candidate)]
            blamed = blamed_group(candidate, article.text, spans, lexicon, iso3)
            if blamed is not None:
                candidate.actor1 = blamed
                # The blamed group and its unnamed description are the doers, not victims.
                candidate.assoc_actor_2 = [
                    a
                    for a in candidate.assoc_actor_2
                    if a.name != blamed.name and vagueness(a) != 1
                ]
            gang_violence(candidate, article.text, spans)
            unclaimed_air_strike(candidate, lexicon)
            unclaimed_fire(candidate, lexicon, day)
            span = (
                resistance_span(candidate, article)
                if candidate.sub_event_type == "Attack"
                else None
            )
            if span is not None:
                # Only an attack told with resistance pays for a look at who resisted.
                fought_attack(candidate, lexicon.find(article.text, *span, country=iso3))
        # Once every event has its doers: the report's one group, for the unnamed men (the
        # report's actors read once per country its events are in).
        acting = {c.actor1.name for c in article.candidates if c.actor1 is not None}
        mentions_in: dict[str | None, list[Any]] = {}
        for candidate, iso3 in zip(article.candidates, countries, strict=True):
            if iso3 not in mentions_in:
                mentions_in[iso3] = lexicon.find(article.text, country=iso3)
            group = sole_group(candidate, mentions_in[iso3], iso3, acting)
            candidate.actor1 = group or candidate.actor1
            _government_armed(candidate, lexicon)
            _fired_from_abroad(candidate, lexicon)
        return article

    return FunctionStep("actors", ("candidates", "locations", "attribution"), ("actors",), body)


# "a rocket fired from Gaza", "missiles launched from Yemen": where the fire came from
_FIRED_FROM = re.compile(
    r"\b(?:fired|launched|lobbed|shot)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?(?P<origin>[A-Z][\w'’-]+(?:\s+Strip)?)"
)


def _fired_from_abroad(candidate: Any, lexicon: Any) -> None:
    """Unnamed men who fired rockets or drones from another country are that country's
    unidentified group ("a rocket fired from Gaza hit Ashkelon": not Israel's)."""
    actor = candidate.actor1
    if candidate.sub_event_type not in FROM_AFAR or actor is None:
        return
    if not actor.name.startswith("Unidentified Armed Group") or not getattr(actor, "generic", True):
        return
    found = _FIRED_FROM.search(candidate.sentence.text)
    iso3 = lexicon.country_of_demonym(found.group("origin")) if found else None
    country = lexicon.country_name(iso3) if iso3 else None
    if country and iso3 != actor.iso3:
        candidate.actor1 = generic("Unidentified Armed Group", 3, country, iso3)


def _government_armed(candidate: Any, lexicon: Any) -> None:
    """A government that fights, strikes or kills does so with its army: "the federal
    government flies the drones", "militias fighting the federal government" (ACLED names
    the government only for what it decides, signs or announces)."""
    if SUB_EVENT_TYPES[candidate.sub_event_type] not in VIOLENT:
        return
    for side in ("actor1", "actor2"):
        actor = getattr(candidate, side)
        name = getattr(actor, "name", "")
        if name.startswith("Government of ") and actor.iso3:
            setattr(candidate, side, state_force(lexicon, "military", actor.iso3) or actor)


def _telling(article: Article, candidate: Any) -> list[Any]:
    """The sentences that may go on about ``candidate``: its paragraph, and for the report's
    first event the next paragraph up to a sentence that gives a day of its own ("He blamed
    Al Shabaab")."""
    sentence = candidate.sentence
    told = [
        s
        for s in article.sentences
        if s.paragraph == sentence.paragraph or s.index == sentence.index + 1
    ]
    if candidate is not article.candidates[0]:
        return told
    for later in article.sentences[sentence.index + 2 :]:
        if later.paragraph > sentence.paragraph + 1 or (
            later.paragraph == sentence.paragraph + 1 and new_time(later.text)
        ):
            break
        if later.paragraph == sentence.paragraph + 1 and later not in told:
            told.append(later)
    return told


@register_step("dates")
def dates_step(resources: Resources) -> FunctionStep:
    def body(article: Article) -> Article:
        ref = reference_date(article)
        for candidate in article.candidates:
            candidate.when = when_of(article, candidate, ref)
            background(candidate, candidate.when, ref)
        return article

    return FunctionStep("dates", ("candidates", "published"), ("dates",), body)


@register_step("fatalities")
def fatalities_step(resources: Resources) -> FunctionStep:
    def body(article: Article) -> Article:
        for candidate in article.candidates:
            candidate.fatalities = fatalities_of(article, candidate)
        return article

    return FunctionStep("fatalities", ("candidates",), ("fatalities",), body)


@register_step("attribution")
def attribution_step(resources: Resources) -> FunctionStep:
    def body(article: Article) -> Article:
        for candidate in article.candidates:
            candidate.attribution = attribute(article, candidate.sentence)
        return article

    return FunctionStep("attribution", ("candidates",), ("attribution",), body)


@register_step("assemble")
def assemble_step(resources: Resources) -> FunctionStep:
    lexicon = actor_lexicon(resources)

    def body(article: Article) -> Article:
        ref = reference_date(article)
        for candidate in article.candidates:
            # whose forces a group is depends on the day: the event's, once it is known
            day = candidate.when.date if candidate.when else ref
            in_power(candidate, lexicon, day, assembly.country_of(candidate)[1])
        article.events = assembly.assemble(article)
        return article

    requires = ("candidates", "locations", "actors", "dates", "fatalities", "attribution")
    return FunctionStep("assemble", requires, ("events",), body)
