"""Who did it, when the sentence does not say: the group blamed, the gang, an earlier telling.

``blamed_group`` reads the named armed group a report blames or suspects;
``gang_violence`` makes unnamed gunmen an Unidentified Gang where a report is
about gangs, or shows an execution's marks where killings by unknown men are
mostly organised crime's; ``unclaimed_air_strike`` gives a strike from the air
that names no one to a state's military; ``sole_group`` gives unnamed men's violence
to the one armed group a report is about; ``named_when_told_again`` takes the
sides of a fight from a later telling that names both; ``retold`` gives a telling that names no one the
sides of an earlier telling of the same kind; ``group_told_back`` gives a group's move told
with "they" to the group named last.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from eventatlas.event import SUB_EVENT_TYPES, EventType
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.classify import paragraph_text
from eventatlas.extract.lexicon import read_rows
from eventatlas.extract.roles import STATE_NAME, VIOLENT, GenericActor, is_source, vagueness
from eventatlas.geocode.countries import find_country

_BLAME = re.compile(
    r"\b(?:blam\w*|suspect\w*|believed|thought to|responsib\w*|claim\w*|attribut\w*|"
    r"ties to|links? to|linked|affiliated|in league|belong(?:ed|s|ing)? to|(?:a )?members? of)\b",
    re.I,
)


_NO_CLAIM = re.compile(r"\bno (?:\w+ )?claim\b|\bnot (?:\w+ )?(?:known|clear|speculate)", re.I)


def blamed_group(
    candidate: Candidate, text: str, spans: list[tuple[int, int]], lexicon: Any, iso3: str | None
) -> Any | None:
    """The named armed group the report blames for violence whose doers it does not name.

    "A grenade wounded six. Residents suspect Al Shabaab." ``spans`` are the
    sentences to read.
    """
    actor1 = candidate.actor1
    if actor1 is None or not actor1.name.startswith(("Unidentified Armed", "Unidentified Gang")):
        return None
    if SUB_EVENT_TYPES[candidate.sub_event_type] not in VIOLENT:
        return None
    # Only the main target: a blamed group read as a side of the victims was misread.
    victims = {candidate.actor2.name} if candidate.actor2 is not None else set()
    for start, end in spans:
        if not _BLAME.search(text, start, end) or _NO_CLAIM.search(text, start, end):
            continue
        for mention in lexicon.find(text, start, end, country=iso3):
            if (
                vagueness(mention) == 0
                and mention.inter in (2, 3, 4)
                and mention.name not in victims
            ):
                return mention
    return None


# "the militants", "their fighters", "Dagalo's mercenaries": men the report has told of
# (with a word of description between: "the ethnic armed group", "the jihadist fighters")
_DEFINITE = re.compile(
    r"\b(?:the|these|those|its|their|(?-i:[A-Z])[\w-]+(?:'s|’s))\s+(?:(?-i:[a-z])[\w-]+\s+)?$",
    re.I,
)


def told_before(candidate: Candidate, text: str, lexicon: Any, iso3: str | None) -> Any | None:
    """ "The militants shot dead 17 men": the named group the report told of before them.

    Only a definite unnamed armed actor ("the militants", "the insurgents", "the cells")
    refers back; "militants" alone may be anyone.
    """
    actor = candidate.actor1
    if _unnamed_stand_in(actor):
        # "Fighting broke out in Sake as the rebels pushed west": the clause named no one,
        # its sentence names them.
        sentence = candidate.sentence
        actor = next(
            (
                m
                for m in lexicon.find(text, sentence.start, sentence.end, country=iso3)
                if _definite_unnamed(m, text)
            ),
            None,
        )
    if actor is None or not _unnamed(actor):
        return None
    others = {a.name for a in [candidate.actor2, *candidate.assoc_actor_2] if a is not None}
    # the group named before them, in an earlier sentence or earlier in their own
    named = _groups_named_before(text, actor.start, lexicon, iso3, others)
    if not named:
        return None
    if _definite_unnamed(actor, text):
        return named[-1]
    # "militia fighters raped women" in a report about one militia: its fighters
    sole = {m.name for m in named} == {named[-1].name}
    return named[-1] if sole and _MEMBERS.search(actor.text) else None


def group_told_back(candidate: Candidate, text: str, lexicon: Any, iso3: str | None) -> Any | None:
    """A group's move told with "they", "their base" or "the group's fighters" and no name:
    the armed group named last before it (a state's force would be named with its move)."""
    if not _BACK_REFERENCE.search(candidate.clause.text):
        return None
    named = [
        m
        for m in _groups_named_before(text, candidate.trigger.start, lexicon, iso3)
        if not is_source(text, m)
    ]
    return named[-1] if named else None


# "made it their base", "a column of 300 of them took over the school"
_BACK_REFERENCE = re.compile(
    r"\b(?:they|them|their|its|the group(?:'s|’s)?|the (?:bandits|fighters|militants|rebels"
    r"|insurgents|gunmen|jihadists|militiamen|gang))\b",
    re.I,
)


def _groups_named_before(
    text: str, end: int, lexicon: Any, iso3: str | None, others: set[str] | None = None
) -> list[Any]:
    """The armed groups the report names by name before ``end``, in text order."""
    return [
        m
        for m in lexicon.find(text, 0, end, country=iso3)
        if _armed_side(m) and vagueness(m) == 0 and m.name not in (others or set())
    ]


# "unknown gunmen", "masked men": the report says it does not know who they were
_UNKNOWN = re.compile(
    r"\b(?:unknown|unidentified|masked|anonymous)\b"
    # "armed men whom witnesses could not identify"
    r"|\b(?:could|can|did|would) not (?:be )?(?:identify|identified|name|say who)\b",
    re.I,
)
# "No group has claimed the abduction": the report leaves the doers unnamed on purpose.
_UNCLAIMED = re.compile(
    r"\b(?:no (?:group|one|organi[sz]ation)|nobody) (?:has |had )?(?:yet )?(?:claimed|admitted)\b",
    re.I,
)


def sole_group(
    candidate: Candidate, mentions: list[Any], iso3: str | None, acting: set[str]
) -> Any | None:
    """Unnamed men's violence in a report about one armed group's campaign: that group's.

    "A roadside bomb hit an army truck outside Mbengwi", in a report whose only named
    armed group is the Ambazonian separatists and which tells of their other attacks, is
    theirs, as ACLED codes a theatre with one insurgency. Not when the report names a
    second group, when the group is told of but not acting (accused, or a victim), when
    the men are "unknown", or from the air (rebels seldom fly). ``mentions`` are the
    report's actors, ``acting`` the names of its events' first actors.
    """
    actor = candidate.actor1
    if actor is None or not actor.name.startswith(
        ("Unidentified Armed Group", "Unidentified Gang")
    ):
        return None
    if SUB_EVENT_TYPES[candidate.sub_event_type] not in VIOLENT or candidate.sub_event_type in (
        "Air/drone strike",
        "Chemical weapon",
    ):
        return None
    if _UNKNOWN.search(candidate.clause.text) or _UNCLAIMED.search(paragraph_text(candidate)):
        return None
    groups = [
        m for m in mentions if m.inter in (2, 3) and vagueness(m) == 0 and m.iso3 in (None, iso3)
    ]
    if len({m.name for m in groups}) != 1:
        return None
    group = groups[0]
    victims = {a.name for a in [candidate.actor2, *candidate.assoc_actor_2] if a is not None}
    return group if group.name in acting and group.name not in victims else None


def _armed_side(mention: Any) -> bool:
    """A rebel group or militia, or a movement ACLED codes as a de facto state force (the
    Houthis): "the militia" told after it is its men. A state's own forces are not."""
    if mention.inter in (2, 3):
        return True
    return mention.inter == 1 and not STATE_NAME.match(mention.name)


def _unnamed_stand_in(actor: Any) -> bool:
    """The Unidentified Armed Group put in when the clause named no one."""
    return bool(
        actor is not None
        and getattr(actor, "start", -1) < 0
        and actor.name.startswith("Unidentified Armed Group")
    )


def _unnamed(actor: Any) -> bool:
    """An armed actor the text names by what it is ("the militants"), not by its name."""
    return getattr(actor, "start", -1) >= 0 and vagueness(actor) == 1 and actor.inter in (2, 3)


def _definite_unnamed(actor: Any, text: str) -> bool:
    if not _unnamed(actor):
        return False
    start = actor.start
    if _SAME_GROUP.match(text, actor.end):
        return True  # "militiamen from the same groups", "gunmen of the same wing"
    return _DEFINITE.search(text[max(0, start - 24) : start]) is not None


_SAME_GROUP = re.compile(
    r"\s+(?:from|of|belonging to)\s+the\s+same\s+(?:[\w-]+\s+)?(?:groups?|militias?|factions?"
    r"|wings?|movements?|gangs?|organi[sz]ations?|armed groups?|coalitions?)\b",
    re.I,
)


# The words for a group's own members, which only a group has ("gunmen" may be anyone's).
_MEMBERS = re.compile(
    r"\b(?:militia(?:s|men|man)?|fighters|rebels|insurgents|jihadists|mercenaries)\s*$", re.I
)


_GANG_WORLD = re.compile(
    r"\bgang(?:s|land|sters?| members?|[- ]related)?\b(?![- ]rap)|\bcartels?\b|\bpandiller|"
    r"criminal (?:groups?|gangs?|organi[sz]ations?)|drug[- ]traffick|\bnarco",
    re.I,
)


def gang_violence(candidate: Candidate, text: str, spans: list[tuple[int, int]]) -> None:
    """Unnamed gunmen in a report about gangs or cartels are an Unidentified Gang, as ACLED codes."""
    actor1 = candidate.actor1
    if actor1 is None or not actor1.name.startswith("Unidentified Armed Group"):
        return
    gangland = any(_GANG_WORLD.search(text, start, end) for start, end in spans)
    # ACLED names an Unidentified Gang in the Americas only: elsewhere "bandit gangs" and
    # "criminal gangs" are an Unidentified Armed Group (Nigeria's bandits, Kenya's gangs).
    region = _region(actor1.iso3)
    if region not in _GANG_AMERICAS:
        return
    if gangland or (region in _GANG_REGIONS and _HALLMARKS.search(text)):
        country = actor1.name[len("Unidentified Armed Group") :]
        candidate.actor1 = GenericActor("Unidentified Gang" + country, 3, actor1.iso3)


@functools.cache
def _air_forces() -> dict[str, str]:
    return {row[0]: row[1] for row in read_rows("air_forces.tsv")}


def unclaimed_air_strike(candidate: Candidate, lexicon: Any) -> None:
    """An air or drone strike that names no one is a state's, as ACLED codes it: the
    military of the country it hit, or of the state ``data/air_forces.tsv`` gives for it."""
    actor1 = candidate.actor1
    if candidate.sub_event_type != "Air/drone strike" or actor1 is None:
        return
    force = _striker(candidate, lexicon)
    if force is not None and candidate.actor2 is not None and candidate.actor2.name == force.name:
        # "A US strike ... killed seven Al Shabaab fighters, US Africa Command said": the
        # state the strike is named for struck; the group it killed was struck
        candidate.actor1, candidate.actor2 = candidate.actor2, actor1
        candidate.assoc_actor_1, candidate.assoc_actor_2 = (
            candidate.assoc_actor_2,
            candidate.assoc_actor_1,
        )
        return
    if actor1.iso3 is None or not actor1.name.startswith("Unidentified Armed Group ("):
        return
    iso3 = force.iso3 if force is not None else _air_forces().get(actor1.iso3, actor1.iso3)
    if force is None and iso3 != "-":
        force = state_force(lexicon, "military", iso3)
    target = candidate.actor2
    if force is None or (target is not None and target.inter == 1 and target.iso3 == iso3):
        return  # drones that struck the army's academy or a police station are not the state's
    candidate.actor1 = force


# "a US strike", "an Israeli strike", "a Saudi-led coalition strike": the state before the word
_STRIKER = re.compile(r"^(?:a|an) ([\w.'’]+)(?:-led)?\b[^.;]*?\bstrikes?\b", re.I)


def _striker(candidate: Candidate, lexicon: Any) -> Any | None:
    """The state whose strike the trigger names by its adjective ("a US strike ... killed")."""
    found = _STRIKER.match(candidate.trigger.text)
    if found is None:
        return None
    phrase = f"{found.group(1)} military"
    for mention in lexicon.find(phrase):
        if mention.inter == 1 and mention.name.startswith("Military Forces of"):
            return mention
    return None


def state_force(lexicon: Any, kind: str, iso3: str) -> GenericActor | None:
    """The country's military or police, named as ACLED names it."""
    name = lexicon.force_name(kind, iso3)
    return GenericActor(name, 1, iso3) if name else None


@functools.cache
def _front_lines() -> tuple[tuple[str, dt.date, dt.date, str, str], ...]:
    return tuple(
        (
            country,
            dt.date.fromisoformat(start),
            dt.date.max if end == "-" else dt.date.fromisoformat(end),
            side1,
            side2,
        )
        for country, start, end, side1, side2 in read_rows("front_lines.tsv")
    )


@functools.cache
def _governments() -> tuple[tuple[str, str, dt.date, str], ...]:
    return tuple(
        (group, country, dt.date.fromisoformat(start), kind)
        for group, country, start, kind in read_rows("governments.tsv")
    )


def in_power(candidate: Candidate, lexicon: Any, day: dt.date | None, iso3: str | None) -> None:
    """A group that has taken the state is that state's forces (``data/governments.tsv``):
    "a grenade thrown at a Taliban checkpoint" in 2022 hit the Military Forces of
    Afghanistan. Abroad they are foreign forces (actor type 8), as any state's army is."""
    if day is None:
        return
    for group, country, start, kind in _governments():
        if day < start:
            continue
        for side in ("actor1", "actor2"):
            actor = getattr(candidate, side)
            if getattr(actor, "name", None) != group:
                continue
            force = _force_of(lexicon, actor, kind, country, iso3)
            other = getattr(candidate, "actor2" if side == "actor1" else "actor1")
            if force is not None and getattr(other, "name", None) != force.name:
                # (not on the day of the handover, the old army against the group)
                setattr(candidate, side, force)
        for side in ("assoc_actor_1", "assoc_actor_2"):
            setattr(
                candidate,
                side,
                [
                    (_force_of(lexicon, a, kind, country, iso3) or a) if a.name == group else a
                    for a in getattr(candidate, side)
                ],
            )


_POLICE_WORD = re.compile(r"\bpolice(?:men|man)?\b", re.I)


def _force_of(lexicon: Any, actor: Any, kind: str, country: str, iso3: str | None) -> Any:
    """The state force a ruling group's mention stands for ("Taliban police": the police)."""
    if _POLICE_WORD.search(getattr(actor, "text", "") or ""):
        kind = "police"
    force = state_force(lexicon, kind, country)
    if force is not None and iso3 is not None and iso3 != country:
        force = GenericActor(force.name, 8, country)
    return force


_FIRE = ("Armed clash", "Shelling/artillery/missile attack")


def unclaimed_fire(candidate: Candidate, lexicon: Any, day: dt.date | None) -> None:
    """Fire that names no one, on a war's one front line, is between that war's sides
    (``data/front_lines.tsv``): "the monitors counted 40 explosions near Avdiivka" in 2020
    is the Ukrainian army's and the Donbas separatists'. A clash takes both sides in the
    table's order; a shelling takes the first, or the second when it hit the first."""
    actor1 = candidate.actor1
    if candidate.sub_event_type not in _FIRE or actor1 is None or day is None:
        return
    if not actor1.name.startswith("Unidentified Armed Group ("):
        return
    for country, start, end, side1, side2 in _front_lines():
        if country != actor1.iso3 or not start <= day <= end:
            continue
        first, second = (_side(lexicon, name, country) for name in (side1, side2))
        if first is None or second is None:
            return
        target = candidate.actor2
        if candidate.sub_event_type == "Armed clash":
            # the war's two sides, whichever of them the report named
            if _unnamed_side(target) or target.name in (first.name, second.name):
                candidate.actor1, candidate.actor2 = first, second
            return
        # a shelling that hit one side is the other's
        candidate.actor1 = second if target is not None and target.name == first.name else first
        return


def _side(lexicon: Any, name: str, country: str) -> Any:
    """The actor a front line's side stands for, with its actor type in that country."""
    found = lexicon.find(name, country=country)
    if not found or any(m.name != name for m in found):
        return None  # ("NAF: United Armed Forces of Novorossiya" is found twice)
    side = found[0]
    return GenericActor(side.name, side.inter, side.iso3)


def named_when_told_again(candidate: Candidate, text: str, lexicon: Any, iso3: str | None) -> None:
    """ "Rival armed groups fought in Janzur ... The fighting pitted units of the SSA against
    fighters of Radaa": the sides a later telling names are the unnamed sides'."""
    battle = SUB_EVENT_TYPES[candidate.sub_event_type] == EventType.BATTLES
    unnamed = _unnamed_side(candidate.actor1) and _unnamed_side(candidate.actor2)
    if not battle or not unnamed:
        return
    for told in candidate.merged:
        if _BLAME.search(told.text):
            continue  # a claim or a blame names one side, not the two that fought
        named = [
            m
            for m in lexicon.find(text, told.start, told.end, country=iso3)
            if vagueness(m) == 0 and m.inter in (1, 2, 3, 4, 8) and not is_source(text, m)
        ]
        rival = next((m for m in named[1:] if m.name != named[0].name), None)
        if rival is not None:
            # both sides, as one telling names them
            candidate.actor1, candidate.actor2 = named[0], rival
            return


def _unnamed_side(actor: Any) -> bool:
    return actor is None or actor.name.startswith("Unidentified Armed Group")


# Where killings by unknown men are mostly organised crime's, and the marks of an
# execution that show it (bound hands, a drive-by, a beheading, a message left).
_GANG_REGIONS = frozenset({"Central America", "Caribbean", "South America"})
_GANG_AMERICAS = _GANG_REGIONS | {"North America", "Northern America"}
_HALLMARKS = re.compile(
    r"\b(?:(?:hands?|feet|legs) (?:\w+ ){0,3}?(?:tied|bound)|(?:tied|bound) (?:\w+ ){0,2}?(?:hands?|feet)"
    r"|handcuffed|blindfolded|gagged|behead\w*|decapitat\w*|dismember\w*|drive-?by"
    r"|execution[- ]style|executed|narco-?(?:message|banner|manta)s?|threatening message"
    r"|message (?:was )?left|criminal (?:group|cell|organi[sz]ation)s?)\b",
    re.I,
)


def _region(iso3: str | None) -> str | None:
    country = find_country(iso3) if iso3 else None
    return country.region if country else None


def retold(candidate: Candidate, earlier: list[Candidate]) -> None:
    """Sides for a telling that names no one, from an earlier telling of the same kind.

    "Borana and Gabra communities clashed in Moyale. The clashes happened near
    Funan" is one battle; the second sentence's sides are the first's.
    """
    family = SUB_EVENT_TYPES[candidate.sub_event_type]
    for before in reversed(earlier):
        named = before.actor1 is not None and getattr(before.actor1, "start", -1) >= 0
        if named and SUB_EVENT_TYPES[before.sub_event_type] == family:
            candidate.actor1, candidate.actor2 = before.actor1, before.actor2
            candidate.assoc_actor_1 = list(before.assoc_actor_1)
            candidate.assoc_actor_2 = list(before.assoc_actor_2)
            return
