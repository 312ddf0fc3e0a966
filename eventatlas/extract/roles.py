"""Who did what to whom: actor1, actor2 and their associated actors.

Actors before the trigger act; actors after it are acted on, unless a
passive "by" turns that round. Several actors on one side (two state forces
striking together) become associated actors, with the force of the event's
own country first. When a report names no one, ACLED's generic actors stand
in: protesters for a protest, an unidentified armed group for an attack,
civilians as the victims of violence against civilians. No named group is
ever invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from eventatlas.event import SUB_EVENT_TYPES, EventType
from eventatlas.extract.candidates import ARREST_CAUSE_WORDS, Candidate
from eventatlas.extract.classify import both_sides_fired, demands_told, targets_civilians

_PASSIVE_BY = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$", re.I)
_DWELLINGS = (
    r"(?:houses?|homes?|flats|apartments|villages?|propert(?:y|ies)|belongings|farms?|shops?)"
)
# "regained the district held by the militants", "houses left by residents who had fled":
# whose place it was, not who acted.
# "re-captured Quissanga after it was taken over by militants": who took it before.
_HELD_BY = re.compile(
    r"\b(?:held|controlled|occupied|run|besieged|surrounded|guarded|manned|used|owned"
    r"|abandoned|vacated|deserted|inhabited|built"
    rf"|{_DWELLINGS}\s+(?:that\s+(?:were|had\s+been)\s+)?left"
    r"|after\s+(?:it|they)\s+(?:was|were|had\s+been)\s+(?:taken\s+over|captured|seized|overrun))"
    # "a house used as a base by the 400 Mawozo"
    r"(?:\s+as\s+(?:a|an|the|their|its)\s+[\w-]+)?"
    r"\s+by\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
# A trigger that ends on the homes it names ("broke into houses"): what follows may say
# whose they were ("left by residents who had fled").
_DWELLINGS_END = re.compile(rf"\b{_DWELLINGS}$", re.I)


def _dwelling_start(candidate: Candidate) -> int:
    """Where to read a by-phrase's owner from: the trigger's last word when it names homes."""
    last = _DWELLINGS_END.search(candidate.trigger.text)
    return candidate.trigger.start + last.start() if last else candidate.trigger.end


VIOLENT = {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS}


@dataclass(frozen=True, slots=True)
class GenericActor:
    """A country-qualified stand-in actor (same shape as an actor mention)."""

    name: str
    inter: int
    iso3: str | None
    start: int = -1
    end: int = -1
    text: str = ""
    generic: bool = True


def generic(kind: str, inter: int, country: str | None, iso3: str | None) -> GenericActor:
    """``Civilians (Yemen)`` and the like; no qualifier when the country is unknown."""
    return GenericActor(f"{kind} ({country})" if country else kind, inter, iso3)


STATE = (1, 8)
_ARMED = (1, 2, 3, 8)
_FIGHTERS = (*_ARMED, 4)  # identity militias fight too, but attacks on them stay attacks


def same_side(a: Any, b: Any) -> bool:
    """Two actors of one kind: both state forces (home or foreign), or the same type."""
    if a.name == b.name:
        return True
    if a.inter in STATE and b.inter in STATE:
        return True
    return bool(a.inter == b.inter and a.inter in (5, 6, 7))


# A state's own forces or government, by its canonical name.
STATE_NAME = re.compile(r"^(?:Military Forces of|Police Forces of|Government of) (?:the )?")


def _allied(a: Any, b: Any) -> bool:
    """Whether two actors named together as fighting are one side.

    One country's army and police are; two countries' forces ("Russian and Ukrainian
    troops clashed") and rival authorities of one country (GNA and LNA forces) are not.
    """
    if a.inter in STATE and b.inter in STATE and a.name != b.name:
        home_a, home_b = STATE_NAME.sub("", a.name), STATE_NAME.sub("", b.name)
        plain = STATE_NAME.match(a.name) and STATE_NAME.match(b.name)
        return bool(plain) and a.iso3 == b.iso3 and home_a == home_b
    return same_side(a, b)


def opposed(a: Any, b: Any) -> bool:
    """Whether ``b`` can stand against ``a`` (not the same actor, not both state forces)."""
    return a.name != b.name and not (a.inter in STATE and b.inter in STATE)


_VICTIM_AFTER = re.compile(
    r"^(?:\s*\([^)]{0,60}\))?[^,.;]{0,25}?\b(?:was|were|are|is|had been|have been|has been|got|"
    r"(?:reported |said )?to have been|after being)\s+(?:\w+ly\s+|reported\s+)?"
    r"(?:killed|wounded|injured|hurt|shot|attacked|abducted|kidnapped|arrested|detained|targeted|hit|"
    r"ambushed|beheaded|executed|captured|taken hostage|beaten|stabbed|raped|displaced|assaulted|"
    r"lynched|hacked|burnt|burned|found dead|found|feared dead|feared|evicted|robbed|harassed"
    r"|martyred|neutrali[sz]ed|taken (?:off|away|out|from)|dragged|pulled (?:off|out|from))\b"
    # "soldiers came under fire near Navolato": those fired on
    r"|^[^,.;]{0,25}?\bcame under (?:heavy |sustained |sniper |mortar |rocket )?(?:fire|attack)\b",
    re.I,
)


# A count, the victims, a bare participle: "18 youths killed by arrows"; or a death.
_DIED = re.compile(r"^[^,.;]{0,25}?\b(?:died|dies|has died|have died|perished|drowned)\b", re.I)
# "Gunmen shot at police": who fired, not a headline's "Two soldiers shot at checkpoint".
_SHOT_AT_WHOM = (
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:police(?:men)?|soldiers|troops|officers"
    r"|forces|army|patrols?|convoys?|them|him|her|civilians|protesters|demonstrators|crowds?"
    r"|people|worshippers|motorists|villagers|residents)\b"
)
_HEADLINE_VICTIM = re.compile(
    r"^\s+(?:killed|wounded|injured|hurt|shot dead|shot(?!\s+at\s+" + _SHOT_AT_WHOM + ")|abducted"
    r"|kidnapped|raped|"
    r"found(?: dead| wounded| injured)?)"
    r"(?:\s*(?:[,.;]|$)|\s+(?:by|in|at(?!\s+least)|on|during|after|when|while|as|near)\b)"
)


def is_victim(text: str, mention: Any) -> bool:
    """An actor named as the one something was done to ("five soldiers were killed")."""
    after = text[mention.end : mention.end + 80]
    if _VICTIM_AFTER.match(after) or _HEADLINE_VICTIM.match(after) or _DIED.match(after):
        return True
    # "Three women and six children of a Mormon family with dual citizenship were shot dead":
    # civilians at the head of a long subject the passive verb ends.
    told = _LONG_VICTIM.match(text, mention.end, mention.end + 130)
    return (
        getattr(mention, "inter", 0) == 7
        and told is not None
        and not _CLAUSE_WORD.search(told.group("np"))
    )


_LONG_VICTIM = re.compile(
    r"(?P<np>[^,.;:()]{0,100}?)\b(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?"
    r"(?:killed|shot dead|shot|gunned down|murdered|massacred|executed|abducted|kidnapped"
    r"|wounded|injured|beheaded|burnt|burned)\b",
    re.I,
)
_CLAUSE_WORD = re.compile(
    r"\b(?:when|after|as|while|before|because|who|which|that|said|says|then|but|where)\b", re.I
)


_SAYS = re.compile(
    # "the military's Western Mindanao Command said": the speaker is the force's office
    r"^(?:['’]s(?:\s+[A-Z][\w-]*){1,3})?"
    # "the Movement for the Salvation of Azawad (MSA), a signatory armed group, told"
    r"(?:\s*\([^()]{1,20}\)|\))?(?:,\s+an?\s+[^,;:()]{1,50}?,)?"
    r"(?:\s+\w+){0,3}?\s+(?:said|says|say|told|confirmed|confirms|stated|"
    r"announced|added|(?:are|is|were|was|have been|has been) (?:investigating|probing|looking into)|"
    r"(?:have|has) (?:launched|opened) (?:an? )?(?:investigation|probe|manhunt))\b"
    r"(?!,?\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+|in\s+a\s+statement\s+)?(?:that\s+)?"
    r"(?:they|it|he|she|we|its|their)\b)",
    re.I,
)
_ACCORDING = re.compile(
    r"\b(?:according to|(?:believed|suspected|thought|identified) by) (?:the |a )?$", re.I
)


_APPOSED = re.compile(r",\s+an?\s+[^,;:()]{0,40}$")
_APPOSED_SAYS = re.compile(r"^[^,;:()]{0,30},\s+(?:said|says|told|stated|confirmed|announced)\b")


def is_source(text: str, mention: Any) -> bool:
    """An actor named as who reports or investigates ("police said", "according to the army")."""
    after = text[mention.end : mention.end + 60]
    before = text[max(0, mention.start - 50) : mention.start]
    return bool(
        _SAYS.match(after)
        or _ACCORDING.search(before[-20:])
        # "the MSA, a signatory armed group, told Sahel Monitor": the speaker's apposition
        or (_APPOSED.search(before) and _APPOSED_SAYS.match(after))
    )


_BLAMED_ON = re.compile(
    r"\b(?:blamed(?: \w+)? on|attributed(?: \w+)? to|claimed by|carried out by|perpetrated by)"
    r"\s+(?:the\s+)?(?:suspected\s+)?$",
    re.I,
)


_ACCUSED_OF = re.compile(
    r"\b(?:accus(?:ed|ing) (?:\w+ ){0,2}?of|suspect(?:ed|ing) of) (?:[\w-]+ ){0,5}$", re.I
)
_ATTACKED_BEFORE = re.compile(
    r"\b(?:attack(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|ambush(?:ed|ing)|target(?:ed|ing)"
    r"|besieg(?:ed|ing)|overr(?:an|unning))\s+(?:(?!where|when|while|after|before|as)[\w-]+\s+){0,4}"
    r"(?:and\s+(?:the\s+|an?\s+)?)?$",
    re.I,
)
_AN_ACT = re.compile(r"\b(?:shelling|bombardment|air ?strikes|airstrikes|bombing)$", re.I)
# "dropped explosives on an army base": what a weapon was aimed at did not act.
_STRUCK_AT = re.compile(
    r"\b(?:dropped|fired|launched|hurled|threw|lobbed|struck|hit|targeted|bombed|shelled|rammed)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:on|at|into|against)\s+(?:an?\s+|the\s+|two\s+|three\s+)?$",
    re.I,
)
_RAN_INTO = re.compile(
    r"^(?:struck|strikes|hit|hits|ran over|runs over|drove over|stepped on)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:land ?)?mines?\b",
    re.I,
)
_WEAPON_DID_IT = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|ieds?|explosive devices?|(?:land)?mines?"
    r"|grenades?|shells?|missiles?|rockets?|mortars?|drones?|explosions?|blasts?)\b",
    re.I,
)


# "the gunmen who attacked a camp last month, killing seven": the subject of the relative
# clause that tells the act (the trigger in it, or right after it)
_WHO_DID = re.compile(
    r"\s*,?\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?"
    r"(?:$|(?:attacked|killed|stormed|raided|ambushed|shot|opened fire|abducted|kidnapped"
    r"|bombed|struck|burned|torched|massacred)\b[^.;]*$)",
    re.I,
)


_NOT_THE_ACT = re.compile(
    r"\b(?:arrest\w*|detain\w*|said|says|accus\w*|blam\w*|charg\w*|identified|named|sheltering"
    r"|shelter)\b",
    re.I,
)


_ARRESTED_FOR = re.compile(
    r"\b(?:arrest\w*|detain\w*|apprehend\w*|held|rounded up)\b[^.;]{0,100}?"
    rf"\b(?P<link>{ARREST_CAUSE_WORDS})\b[^.;]*$",
    re.I,
)


# "After the soldiers pulled back, the militants set fire to the tankers": a clause set before
# the main one tells the circumstances; its subject is not who did the act.
_FRONTED = re.compile(
    r"^\W*(?:after|when|as soon as|once|before|while|although|though|because|until)\b"
    r"[^,;.]{3,120},",
    re.I,
)


def _outside_fronted_clause(candidate: Candidate, agents: list[Any]) -> list[Any]:
    """``agents`` without those of a clause fronted before the main one, when the main
    clause names its own doer before the trigger."""
    sentence = candidate.sentence
    fronted = _FRONTED.match(sentence.text)
    if fronted is None:
        return agents
    end = sentence.start + fronted.end()
    if end > candidate.trigger.start:
        return agents
    main = [m for m in agents if m.start >= end]
    return main if any(m.start < candidate.trigger.start for m in main) else agents


def split_roles(
    candidate: Candidate, text: str, mentions: list[Any]
) -> tuple[list[Any], list[Any]]:
    """(agents, patients) among ``mentions`` relative to the trigger."""
    agents, patients = [], []
    passive = False
    trigger = candidate.trigger
    for mention in mentions:
        if trigger.start <= mention.start and mention.end < trigger.end:
            # The doer inside the trigger itself: "mob lynched", "Air Force jets struck".
            agents.append(mention)
        elif _AN_ACT.search(mention.text):
            # "after regime shelling on Douma": an act names who did it, never a victim.
            agents.append(mention)
        elif _ACCUSED_OF.search(text[max(0, mention.start - 60) : mention.start]):
            # "men they accused of spying for the gang", "executed nine men whom they accused
            # of collaborating with the MSA": the group is in the accusation only.
            continue
        elif _BLAMED_ON.search(text[max(0, mention.start - 40) : mention.start]):
            # "an attack they blamed on Boko Haram": the one blamed did it.
            agents.append(mention)
        elif mention.start < candidate.trigger.start and (
            is_victim(text, mention)
            or _ATTACKED_BEFORE.search(text[max(0, mention.start - 70) : mention.start])
        ):
            # "attacked a gendarmerie school, killing dozens": the school's gendarmes were hit.
            patients.append(mention)
        elif mention.start < candidate.trigger.start:
            agents.append(mention)
        elif _PASSIVE_BY.search(
            text[candidate.trigger.start : mention.start]
        ) and not _HELD_BY.search(text[_dwelling_start(candidate) : mention.start]):
            # "killed by armed men", the "by" perhaps inside the trigger itself.
            passive = True
            agents.insert(0, mention)
        else:
            patients.append(mention)
    if passive:
        before = [m for m in agents if m.start < candidate.trigger.start]
        agents = [m for m in agents if m.start >= candidate.trigger.start]
        patients = before + patients
    return agents, patients


_REPEL = re.compile(
    # ("police said, their men repelled": the speakers' own men)
    r"^(?:\s+[\w()'’.,-]+){0,3}?\s+(?:repuls|repell|repel|fought off|beat back|beaten back)\w*\b",
    re.I,
)


def _repels(text: str, actor: Any) -> bool:
    """Whether the actor is named as the side that fought off an attack."""
    return actor.end > 0 and bool(_REPEL.match(text[actor.end : actor.end + 60]))


_OWN_UNIT = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:units?|fighters|forces|men|members|troops"
    r"|militants|commandos|brigades?|cells?|aircraft|drones?|warplanes?|jets?|planes?)\b",
    re.I,
)


def _own_units(candidate: Candidate, text: str, mentions: list[Any], sides: list[Any]) -> list[Any]:
    """A speaker whose own units did the act ("said one of its units had kidnapped")."""
    return [
        m
        for m in mentions
        if m not in sides
        and m.start < candidate.trigger.start
        # (up to the trigger's end: "one of its aircraft struck" names the unit in it)
        and _OWN_UNIT.search(text, m.end, candidate.trigger.end)
    ][:1]


def _home_first(group: list[Any], iso3: str | None) -> list[Any]:
    """The event country's own forces first, then named actors, then the others in text order.

    "A gang of 100 Mungiki members" is the Mungiki; the generic word only describes them.
    """
    return sorted(
        group, key=lambda m: (not (m.iso3 == iso3 and m.inter in STATE), vagueness(m), m.start)
    )


def vagueness(actor: Any) -> int:
    """0 for a named actor, 1 for an unnamed armed one, 2 for civilians."""
    if actor.inter == 7:
        return 2
    named = not getattr(actor, "generic", True) or (
        actor.inter == 4 and not actor.name.startswith("Unidentified")
    )
    return 0 if named else 1


def _dedupe(actors: list[Any]) -> list[Any]:
    seen: set[str] = set()
    unique = []
    for actor in actors:
        if actor.name not in seen:
            seen.add(actor.name)
            unique.append(actor)
    return unique


_COLLECTIVE = frozenset({"crowd", "youth", "men", "women", "children", "staff"})
# How reports name victims in general, or unknown perpetrators: never a rioting crowd.
_NOT_A_CROWD = frozenset({"civilians", "people", "persons", "person", "individuals", "victims"})


# "groups of young people looted shops and clashed with police": a crowd, named by its age
_YOUNG = re.compile(r"\byoung (?:people|men|persons)$", re.I)


def _people_in_general(text: str) -> bool:
    """ "civilians", "people", "victims": how reports name victims or unknown doers (but
    "young people" are a crowd)."""
    return text.split()[-1].lower() in _NOT_A_CROWD and _YOUNG.search(text) is None


def _crowd(actor: Any) -> bool:
    """A group of civilians named in the text ("residents", "supporters"), not one person."""
    if actor.inter != 7 or not actor.text:
        return False
    if _people_in_general(actor.text) or actor.text.split()[0].lower() == "armed":
        return False
    last = actor.text.split()[-1].lower()
    return (
        last in _COLLECTIVE
        or (last.endswith("s") and not last.endswith("ss"))
        or _YOUNG.search(actor.text) is not None
    )


# Crowds that fight the police in riots (not "suspects" or "robbers", who shoot it out).
_RIOTING = frozenset(
    "youths youth residents villagers locals students supporters demonstrators protesters "
    "traders vendors hawkers workers miners fishermen farmers drivers crowd crowds mob mobs "
    "inhabitants squatters women".split()
)
_ARMED_BEFORE = re.compile(r"\b(?:armed|gun-toting)\s+$", re.I)
# "youths ... clashed", "clashed with residents": the crowd is a side of the fight itself.
_BEFORE_THE_FIGHT = re.compile(r"^[^,.;:()]{0,60}$")
_AFTER_THE_FIGHT = re.compile(
    r"^\w*\s+(?:\w+\s+){0,2}?(?:with|between)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I
)


def _fights_in_person(text: str, crowd: Any, verb: int) -> bool:
    """Whether the crowd named is a side of the clash whose verb starts at ``verb``."""
    start, end = crowd.start, crowd.end
    if _ARMED_BEFORE.search(text, max(0, start - 20), start):
        return False  # "clashed with armed residents": an armed side
    if end <= verb:
        return _BEFORE_THE_FIGHT.match(text[end:verb]) is not None
    return _AFTER_THE_FIGHT.match(text[verb:start]) is not None


_PARTY_ATTACK = re.compile(
    r"\b(?:attacked|assaulted|beat|set upon|hacked|stabbed|ambushed)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:supporters|members|activists|agents|candidates?|aspirants?|cadres|campaigners)\b",
    re.I,
)


_ARMED_WITH = re.compile(
    r"\b(?:armed with|wielding|brandishing|carrying|with)\s+(?:[\w,-]+\s+){0,3}?(?:machetes|pangas"
    r"|knives|axes|clubs|guns|rifles|iron bars|metal rods|sticks)\b",
    re.I,
)


def _party(actor: Any) -> bool:
    """A named party or movement (inter 6 in actors.tsv), never a side on its own."""
    return actor.inter == 6 and not getattr(actor, "generic", True)


def _mob_can_do(sub_event_type: str) -> bool:
    """Whether a crowd doing this is a riot (a crowd does not abduct or shell)."""
    family = SUB_EVENT_TYPES[sub_event_type]
    if family == EventType.RIOTS:
        return True
    return sub_event_type in ("Attack", "Armed clash", "Looting/property destruction")


_BACKED = re.compile(
    r"\b(?:backed|supported|aided|assisted|joined|reinforced|helped)\s+by\s+(?:the\s+)?$"
    r"|\bwith (?:the )?(?:support|help|backing|cover) of\s+(?:the\s+)?$"
    # "struck Taliban positions ... in support of Afghan forces": the side they help
    r"|\bin (?:close )?support of\s+(?:the\s+)?$"
    r"|\bunder (?:the )?cover of\s+(?:the\s+)?$",
    re.I,
)
_FIGHT_VERB = re.compile(r"(?:clash|fight|fought|battl)", re.I)
_ONE_SIDED = re.compile(r"lynch|beat|kill|stone|burn|hack|assault|attack|torch|set upon", re.I)
_FINDING = re.compile(r"\bbod(?:y|ies)\b|\bfound\b|\bdiscovered\b", re.I)
# "residents found the bodies of 12 men who had been shot dead": the finders did not kill.
_FOUND_BODIES = re.compile(r"\b(?:found|discovered|recovered)\s+(?:the\s+)?bod(?:y|ies)\b", re.I)
_ACTING_ALONE = {
    "Other",
    "Headquarters or base established",
    "Non-violent transfer of territory",
    "Change to group/activity",
    "Agreement",
}


def _fighting_source(mention: Any) -> bool:
    return mention.inter in (1, 2, 3, 8) and not mention.name.startswith(
        ("Police Forces", "Government of")
    )


_WORN_BEFORE = re.compile(r"\b(?:in|wearing|dressed in|donning)\s+(?:the\s+)?$", re.I)
_WORN_AFTER = re.compile(r"^\s*(?:military\s+|army\s+|combat\s+)?(?:uniforms?|fatigues)\b", re.I)
_FIRED_FROM_BEFORE = re.compile(
    r"\b(?:fired|launched|shot|came|coming|firing|shelling)\s+from\s+(?:the\s+)?$", re.I
)
_FIRED_FROM_AFTER = re.compile(
    r"^(?:-held|-controlled)?\s*(?:positions?|areas?|lines|side|territory|bases?|districts?)\b",
    re.I,
)


_HELD_PLACE = re.compile(r"\s(?:positions?|areas?|lines|side|territory|bases?)$", re.I)


# "three suicide bombers of ISIS": the bombers are the group's own
_BOMBERS_OF = re.compile(r"\bsuicide\s+bombers?\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def _worn_or_fired_from(text: str, mention: Any) -> bool:
    before = text[max(0, mention.start - 30) : mention.start]
    after = text[mention.end : mention.end + 30]
    worn = _WORN_BEFORE.search(before) and _WORN_AFTER.match(after)
    own = text[mention.start : mention.end]
    place = _FIRED_FROM_AFTER.match(after) or _HELD_PLACE.search(own)
    fired = _FIRED_FROM_BEFORE.search(before) and place
    return bool(worn or fired or _BOMBERS_OF.search(before))


_TOLD_BY_WHEN = re.compile(r"[^.;:]{0,40}?,?\s+when\s", re.I)


# (", which works with the FARDC," or an apposition that opens one: ", the civilian
# auxiliaries who fight beside the army,")
_RELATIVE = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3})?(?:which|who|whom)\s+[^,;]*$", re.I
)
# "two militants, whom police identified as Lashkar-e-Taiba members,": who the head is
_IDENTIFIED_AS = re.compile(
    r"\b(?:identified|described|named|believed to be|said to be|suspected to be"
    r"|(?:believed|suspected|thought) by (?:the )?[\w-]+ to be)\s+(?:as\s+)?"
    r"(?:the\s+|an?\s+)?$",
    re.I,
)


def _in_aside_about(text: str, mention: Any, sides: list[Any], trigger: int) -> bool:
    """Whether ``mention`` stands in a ", which/who ...," clause about a side named just
    before it, closed before the trigger."""
    if mention.start > trigger:
        return False
    head = [m for m in sides if m.end <= mention.start]
    if not head:
        return False
    opened = next(
        (o for h in reversed(head) if (o := _RELATIVE.search(text, h.end, mention.start))), None
    )
    if _IDENTIFIED_AS.search(text, max(0, mention.start - 30), mention.start):
        return False  # the group the head is identified as stands for it
    return opened is not None and "," in text[mention.end : trigger]


def assign_roles(
    candidate: Candidate,
    text: str,
    mentions: list[Any],
    others: list[Any],
    country: str | None,
    iso3: str | None,
) -> None:
    """Fill actor1/actor2 and associated actors of ``candidate``."""
    # Who reports it ("police said") is not a side, unless named again as one. An army
    # or armed group that tells of a fight after it ("..., the SDF said") was in it.
    sides = [
        m
        for m in mentions
        if not is_source(text, m) or (m.start > candidate.trigger.start and _fighting_source(m))
    ]
    # "The Ugandan army, which works with the FARDC, shelled ADF camps": the partner told in
    # a clause about the subject is neither side.
    sides = [m for m in sides if not _in_aside_about(text, m, sides, candidate.trigger.start)]
    family = SUB_EVENT_TYPES[candidate.sub_event_type]
    told_by_when: list[Any] = []
    if not sides and family in VIOLENT and _TOLD_BY_WHEN.match(text, candidate.trigger.end):
        # "after a clash last week, when Didinga raiders attacked a Toposa camp": the clause
        # that tells the clash names its sides, the first of them acting.
        told_by_when = [
            m for m in others if m.start > candidate.trigger.end and not is_source(text, m)
        ]
    elif not sides and family == EventType.BATTLES:
        # "Azerbaijani infantry attacked Karabakh positions, and fighting there went on into
        # the night": the fight's sides are named in the sentence's other clause.
        sides = [m for m in others if not is_source(text, m)]
    elif (family in VIOLENT or candidate.sub_event_type == _LOOTING) and all(
        m.inter == 7 for m in sides
    ):
        # "SPLA soldiers broke into the compound, where aid workers lived, beat and robbed
        # them and raped a woman": the armed subject of the sentence's first clause did it.
        subject = [
            m
            for m in others
            if m.start < candidate.trigger.start
            and m.inter in _FIGHTERS
            and not is_source(text, m)
            and m.start < min((s.start for s in sides), default=candidate.trigger.start)
        ]
        sides = [*subject[:1], *sides]
    # "Rebels backed by Turkish tanks": the backers stand with the first side, never lead it.
    backers = [m for m in sides if _BACKED.search(text[max(0, m.start - 40) : m.start])]
    sides = [m for m in sides if m not in backers]
    agents, patients = split_roles(candidate, text, _dedupe(sides))
    agents = _outside_fronted_clause(candidate, agents)
    if candidate.sub_event_type in _TERRITORY.values():
        # "Militants captured an army base": the army whose base was taken lost it; the side
        # named before the taking took it
        taken = [m for m in agents if m.start >= candidate.trigger.start]
        if taken and len(taken) < len(agents):
            agents = [m for m in agents if m not in taken]
            patients = [*taken, *patients]
    relative = [m for m in agents if _WHO_DID.match(text, m.end, candidate.trigger.start)]
    if relative and _NOT_THE_ACT.search(text, agents[0].end, relative[-1].start):
        # "arrested three men for sheltering the gunmen who attacked a camp": the relative
        # clause's own subject did it; who arrested, said or blamed did not. ("Police pursued
        # bandits who had attacked a village" keeps the police: the pursuit is a fight.)
        agents = relative[-1:]
    elif candidate.sub_event_type not in ("Arrests", "Armed clash"):
        # "Police arrested two men after the attack that killed nine": who made the arrests
        # did not make the attack they were made for.
        # (nor did the men arrested)
        cause = _ARRESTED_FOR.search(text, 0, candidate.trigger.start)
        if cause is not None:
            agents = [m for m in agents if m.start >= cause.end("link")]
    if _RAN_INTO.match(candidate.trigger.text):
        # "a vehicle carrying soldiers struck a landmine": who struck it was hit, not the doer
        # (unlike who left it there: "a mine left by ISIS")
        hit = [m for m in agents if m.start < candidate.trigger.start]
        agents, patients = [m for m in agents if m not in hit], [*hit, *patients]
    if told_by_when:
        agents, patients = told_by_when[:1], told_by_when[1:]
    # "men in RSF uniforms", "shells fired from RSF positions": who did it, not its target.
    doers = [m for m in patients if _worn_or_fired_from(text, m)]
    if doers and not any(_worn_or_fired_from(text, m) for m in agents):
        agents = [*doers[:1], *[m for m in agents if m.inter in (1, 2, 3, 4, 8)]]
        patients = [m for m in patients if m is not doers[0]]
    acts = [m for m in others if _AN_ACT.search(m.text)][:1]
    if acts and all(a.inter == 7 for a in agents):
        # "medics recorded 14 cases of suffocation, among them children, after regime
        # shelling": the act told in another clause of the sentence names who did it.
        agents, patients = acts, [*agents, *patients]
    # "The ELN said one of its units had kidnapped him": the group that speaks did it.
    agents = [*_own_units(candidate, text, mentions, sides), *agents]
    if not agents and candidate.sub_event_type in _ACTING_ALONE:
        agents, patients = patients, []
    if family == EventType.BATTLES and not agents and len(patients) > 1:
        # "Soldiers were wounded in clashes with the Taliban": the side that is not
        # only a victim is the one acting.
        patients.sort(key=lambda m: is_victim(text, m))
        agents, patients = patients[:1], patients[1:]
    elif family in VIOLENT and not agents and not _WEAPON_DID_IT.match(candidate.trigger.text):
        # "Four civilians were killed when unknown assailants attacked": the armed
        # side that is not a victim acted. ("A roadside bomb struck a vehicle of STC
        # forces": the forces named after the weapon were its target.)
        acting = [
            m
            for m in patients
            if m.inter in _FIGHTERS
            and not is_victim(text, m)
            and not _STRUCK_AT.search(text[max(0, m.start - 60) : m.start])
        ]
        # "violence between Kalenjin and Maasai": two armed sides, neither a victim.
        if acting and (any(is_victim(text, m) for m in patients) or len(acting) > 1):
            agents = acting[:1]
            patients = [m for m in patients if m is not acting[0]]
    if family == EventType.BATTLES and len(agents) > 1 and not patients:
        agents.sort(key=vagueness)
        patients = [m for m in agents if not _allied(m, agents[0])]
        agents = [m for m in agents if _allied(m, agents[0])]
    side1 = _home_first(agents, iso3)
    side2 = _home_first([m for m in patients if m.name not in {a.name for a in side1}], iso3)
    if family == EventType.BATTLES and side1 and side2 and _repels(text, side1[0]):
        # "Afghan forces repulsed a Taliban attack": the attackers are the first side.
        side1, side2 = side2, side1
    parties = [m for m in side1 if _party(m)]
    sentence_text = candidate.sentence.text
    if (
        parties
        and family in VIOLENT
        and _PARTY_ATTACK.search(sentence_text)
        and _ARMED_WITH.search(sentence_text)
    ):
        # "PF cadres armed with machetes attacked UPND supporters": a party's armed men who set
        # on another party's people act as its militia (ACLED's political militia), no crowd
        # ("ODM supporters beat a Jubilee MP" stays a mob).
        side1 = [replace(parties[0], inter=3), *[m for m in side1 if m is not parties[0]]]
        parties = []
    if parties and (family in VIOLENT or family in (EventType.PROTESTS, EventType.RIOTS)):
        # "ODM supporters rioted": the crowd acts, the party is associated with it.
        crowd = "Protesters" if family == EventType.PROTESTS else "Rioters"
        rest = [m for m in side1 if m not in parties and m.inter != 7]
        side1 = (
            [*rest, *parties]
            if rest
            else [generic(crowd, 5 + (crowd == "Protesters"), country, iso3), *parties]
        )
    parties = [m for m in side2 if _party(m)]
    if parties and _party(side2[0]):
        rest = [m for m in side2 if m not in parties]
        side2 = [*rest, *parties] if rest else [generic("Civilians", 7, country, iso3), *parties]
    before = text[candidate.sentence.start : candidate.trigger.start]
    found_bodies = _FOUND_BODIES.search(before) is not None
    if (
        _FINDING.search(candidate.trigger.text)
        or found_bodies
        or candidate.sub_event_type == "Suicide bomb"
    ):
        # "Motorists found six bodies": the finders did not do the killing; "a young
        # woman blew herself up": the bomber is the armed side's, not a civilian actor.
        bystanders = [m for m in side1 if m.inter == 7]
        side1 = [m for m in side1 if m.inter != 7]
        side2 = side2 or bystanders[:1]
    clash = candidate.sub_event_type == "Armed clash" and _FIGHT_VERB.search(candidate.trigger.text)
    if (
        clash
        and side1
        and side2
        and side1[0].inter == 1
        and _crowd(side2[0])
        and side2[0].text.split()[-1].lower() in _RIOTING
        and _fights_in_person(text, side2[0], candidate.trigger.start + clash.start())
    ):
        # "Police clashed with youths", "soldiers and villagers clashed": the crowd that
        # fights the state's forces rioted; it is no armed side of a battle.
        side1, side2 = side2, side1
    fought = (
        candidate.sub_event_type == "Armed clash"
        and bool(side1)
        and side1[0].inter == 7
        and bool(side1[0].text)
        and not _people_in_general(side1[0].text)
        and _FIGHT_VERB.match(candidate.trigger.text) is not None
    )
    if side1 and (_crowd(side1[0]) or fought) and _mob_can_do(candidate.sub_event_type):
        # Civilians who clash with someone fight as a crowd ("fishermen clash with police").
        # ACLED's rioters: unarmed people who do violence themselves, unless an armed
        # side is named with them ("youths suspected to be Mungiki members").
        armed = [m for m in side1 if m.inter in _FIGHTERS]
        side1 = armed + [m for m in side1 if m not in armed and m.inter != 7]
        side1 = side1 or [generic("Rioters", 5, country, iso3)]
    if _thrown_at_the_state(candidate, side1, side2):
        # "masked men threw petrol bombs at police Land Rovers": a riot, not an armed group
        side1 = [generic("Rioters", 5, country, iso3)]
    elif _shot_at_a_riot(candidate, side1):
        # "gendarmes opened fire on a crowd that tried to break into their post": the crowd's
        # riot, with its dead, against the force that fired
        side1, side2 = [generic("Rioters", 5, country, iso3)], side1[:1]
    candidate.actor1 = side1[0] if side1 else None
    candidate.assoc_actor_1 = _dedupe([*side1[1:], *backers])
    candidate.actor2 = side2[0] if side2 else None
    candidate.assoc_actor_2 = side2[1:]
    _gainer_first(candidate)
    _disrupter_first(candidate, text)
    candidate.sub_event_type = retype_by_actors(candidate, iso3)
    _fill_defaults(candidate, others, country, iso3)


_FIGHTS = {"Attack", "Armed clash"}
_LOOTING = "Looting/property destruction"
# Acts one side does to another ("raided", "assaulted"), unlike a fight both sides make.
_ONE_SIDED_ACT = re.compile(
    r"\b(?:raid(?:ed|s)?|assault(?:ed|s)?|storm(?:ed|s)?|tortur\w*|beat(?:en)?|harass\w*)\b", re.I
)
_GIVEN_UP = re.compile(r"^(?:pull|withdr|hand|vacat|evacuat|left|leave)", re.I)
_TERRITORY = {True: "Government regains territory", False: "Non-state actor overtakes territory"}


# "a ballistic missile launched by the Houthi militia": who sent the weapon that was stopped
_SENT_BY = re.compile(
    r"\b(?:launched|fired|planted|laid|placed|left|sent|flown|hidden)\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _disrupter_first(candidate: Candidate, text: str) -> None:
    """ "The coalition intercepted a missile launched by the Houthis": who stopped the weapon
    comes first, as ACLED codes disrupted weapons use; who sent it second."""
    actor1, actor2 = candidate.actor1, candidate.actor2
    if candidate.sub_event_type != "Disrupted weapons use" or actor1 is None or actor2 is None:
        return
    if sent_by(text, actor1):
        candidate.actor1, candidate.actor2 = actor2, actor1


def sent_by(text: str, actor: Any) -> bool:
    """Named as who sent a weapon: "a missile launched by the Houthis", "planted by ISIS"."""
    start = getattr(actor, "start", -1)
    return start >= 0 and _SENT_BY.search(text[max(0, start - 40) : start]) is not None


def _gainer_first(candidate: Candidate) -> None:
    """ "pulled its fighters out of Mogok and handed it back to the military": the side that
    gains the town comes first, as ACLED codes a transfer."""
    if candidate.sub_event_type != "Non-violent transfer of territory":
        return
    given_up = _GIVEN_UP.search(candidate.trigger.text) is not None
    if given_up and getattr(candidate.actor2, "inter", None) in (1, 2, 3, 4, 8):
        candidate.actor1, candidate.actor2 = candidate.actor2, candidate.actor1


_OFF_DUTY = re.compile(
    r"\boff[- ]duty\b|\b(?:retired|former|ex-)\s*(?:soldiers?|police(?:m[ae]n|wom[ae]n| officers?)?"
    r"|officers?|bodyguards?|army officers?|servicem[ae]n)\b",
    re.I,
)


def _taken_from_abroad(actor1: Any, candidate: Candidate, iso3: str | None) -> bool:
    """A town taken by another country's forces, none of the home state's with them."""
    if not iso3 or actor1.inter not in (1, 8) or actor1.iso3 in (None, iso3):
        return False
    return not any(a.inter == 1 and a.iso3 == iso3 for a in candidate.assoc_actor_1)


# What a crowd throws, and the arms of armed men (whose throwing is their own fight).
_THROWN = re.compile(
    r"\b(?:threw|thrown|throwing|hurled|hurling|lobbed|pelted)\b(?:[^.;]{0,40}?)"
    r"\b(?:petrol[- ]bombs?|fire[- ]?bombs?|molotov cocktails?|stones|rocks|bricks|bottles)\b"
    r"|\b(?:petrol[- ]bombs?|molotov cocktails?|stones|rocks) (?:were |had been )?"
    r"(?:thrown|hurled|lobbed)\b",
    re.I,
)
_ARMS = re.compile(
    r"\b(?:gun\w*|shots?|shooting|opened fire|fired (?:at|on|upon|into|shots|bullets|rounds)"
    r"|rifles?|firearms?|pistols?|grenades?|explosives?|ieds?|rockets?|mortars?|ambush\w*"
    r"|armed|bullets?|snipers?|machine[- ]?guns?|militants?|insurgents?|rebels?|fighters)\b",
    re.I,
)


def _thrown_at_the_state(candidate: Candidate, side1: list[Any], side2: list[Any]) -> bool:
    """Whether unnamed people threw petrol bombs or stones at the state's forces, with no
    arms told: rioters, as ACLED codes them, not an unidentified armed group."""
    if candidate.sub_event_type not in ("Armed clash", "Attack"):
        return False
    if side1 and not (side1[0].name.startswith("Unidentified Armed Group") and side1[0].generic):
        return False
    if not side2 or side2[0].inter != 1:
        return False
    text = candidate.sentence.text
    return _THROWN.search(text) is not None and _ARMS.search(text) is None


# A crowd told doing violence itself: "a crowd that tried to break into their post", "the
# young people who erected barricades and burned the prefecture".
_RIOTING_CROWD = re.compile(
    r"\b(?:crowds?|mobs?|youths|young (?:people|men)|rioters|demonstrators|protesters"
    r"|villagers|residents)\s+(?:who|that)\s+(?:had\s+)?(?:(?:tried|attempted|sought)"
    r"\s+to\s+)?(?:storm\w*|break into|broke into|force (?:their|its) way|overr[au]n"
    r"|attack\w*|set fire|set upon|torch\w*|burn\w*|stoned|threw stones"
    r"|erected barricades|barricaded|lynch\w*)\b",
    re.I,
)


def _shot_at_a_riot(candidate: Candidate, side1: list[Any]) -> bool:
    """Whether the state's forces fired on a crowd the sentence tells doing violence."""
    return (
        candidate.sub_event_type == "Attack"
        and bool(side1)
        and side1[0].inter == 1
        and _RIOTING_CROWD.search(candidate.sentence.text) is not None
    )


def retype_by_actors(candidate: Candidate, iso3: str | None = None) -> str:
    """The sub-event type the named sides call for, as ACLED draws the lines.

    Violence against an armed side is a battle, not an attack on civilians
    ("police shot dead an al-Shabaab suspect"); a crowd's violence is mob
    violence and protesters' a violent demonstration, whoever they hit. ``iso3``
    is the event's country, where a state's own forces regain territory.
    """
    sub, actor1, actor2 = candidate.sub_event_type, candidate.actor1, candidate.actor2
    if sub == "Looting/property destruction" and actor1 is not None and actor1.inter == 5:
        # Rioters burning buses: a riot, as ACLED codes a crowd's destruction.
        return "Violent demonstration" if demands_told(candidate.sentence.text) else "Mob violence"
    if sub in _TERRITORY.values() and actor1 is not None:
        if _taken_from_abroad(actor1, candidate, iso3):
            # "The Turkish army entered Afrin": another state's army regains nothing for the
            # government there (ACLED codes it as overtaking).
            return "Non-state actor overtakes territory"
        if actor1.inter in (1, 2, 3, 4):
            # Who took it decides: the state regains, anyone else overtakes.
            return _TERRITORY[actor1.inter == 1]
    if sub not in _FIGHTS:
        return sub
    if actor1 is not None and actor1.inter == 5:
        return "Mob violence"
    if _OFF_DUTY.search(candidate.sentence.text) and actor1 is not None and actor1.inter != 6:
        # "militants shot dead an off-duty soldier heading home": no fight, an attack
        return "Attack"
    if actor1 is not None and actor1.inter == 6 and not getattr(actor1, "generic", False):
        return "Violent demonstration"
    fighters = _ARMED if actor1 is None or actor1.inter != 4 else _FIGHTERS
    armed_target = (
        actor2 is not None and actor2.inter in fighters and not targets_civilians(candidate)
    )
    # Rival authorities or two countries' forces named as attacker and target fight
    # each other ("GNA forces attacked LNA positions").
    rivals = actor1 is not None and actor2 is not None and not _allied(actor1, actor2)
    if sub == "Attack" and armed_target and (actor1 is None or opposed(actor1, actor2) or rivals):
        return "Armed clash"
    if (
        sub == "Armed clash"
        and (candidate.strength == "weak" or _ONE_SIDED_ACT.search(candidate.trigger.text))
        and actor1 is not None
        and actor1.inter in _FIGHTERS
        and actor2 is not None
        and actor2.inter == 7
        and not any(a.inter in _FIGHTERS for a in candidate.assoc_actor_2)
        and not both_sides_fired(candidate.sentence.text)
    ):
        # "police assaulted a family", "Pokot raided Samburu, six locals killed": armed men
        # against civilians alone is an attack, not a fight between armed sides.
        return "Attack"
    return sub


_COMMUNAL_WORDS = (
    (
        "Unidentified Clan Militia",
        re.compile(r"\b(?:inter-?clan|clan (?:clash|fight|violence))", re.I),
    ),
    (
        "Unidentified Ethnic Militia",
        re.compile(r"\b(?:inter-?ethnic|ethnic (?:clash|fight|violence)|tribal clash)", re.I),
    ),
    (
        "Unidentified Communal Militia",
        re.compile(
            r"\b(?:inter-?communal|inter-?community|communal (?:clash|fight|violence)|"
            r"rival (?:\w+ )?communities)",
            re.I,
        ),
    ),
)


def _unnamed_kind(sentence: str) -> str:
    """Who did violence no one is named for: communal fighting has communal militias."""
    for kind, words in _COMMUNAL_WORDS:
        if words.search(sentence):
            return kind
    return "Unidentified Armed Group"


_PASSIVE_ARREST = re.compile(
    r"\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:arrested|detained|rounded up"
    r"|taken into custody)\b(?![^.;]{0,60}\bby\b)",
    re.I,
)


def _detained_not_detaining(candidate: Candidate) -> bool:
    """Whether an arrest's first actor is an armed group told as the ones detained."""
    actor = candidate.actor1
    if actor is None or actor.inter == 1 or candidate.actor2 is not None:
        return False
    start = candidate.trigger.start - candidate.sentence.start
    told = candidate.sentence.text[max(0, start - 12) : start + len(candidate.trigger.text)]
    return _PASSIVE_ARREST.search(told) is not None


# A deal that ends a crowd's action: "agreed to lift their pickets", "to end the strike".
_ENDS_A_PROTEST = re.compile(
    r"\bto (?:lift|end|call off|suspend|halt|stop|dismantle)\b.*\b(?:pickets?|blockades?"
    r"|road ?blocks?|strikes?|protests?|sit-ins?|barricades?|occupation|stay-?aways?|boycotts?)$",
    re.I,
)


def _fill_defaults(
    candidate: Candidate, others: list[Any], country: str | None, iso3: str | None
) -> None:
    sub = candidate.sub_event_type
    family = SUB_EVENT_TYPES[sub]
    if family == EventType.PROTESTS:
        _protest_roles(candidate, country, iso3)
        return
    if sub == "Arrests" and _detained_not_detaining(candidate):
        # "Fourteen members of the group, among them its leader, were detained": the
        # group's men were arrested (the actors step names the police, as ACLED codes an
        # unnamed arrester)
        candidate.actor2, candidate.actor1 = candidate.actor1, None
    if sub == "Agreement" and _ENDS_A_PROTEST.search(candidate.trigger.text):
        # "Farm workers agreed to lift their pickets": the crowd is a side of the deal
        for side in ("actor1", "actor2"):
            actor = getattr(candidate, side)
            if actor is None or actor.inter == 7:
                setattr(candidate, side, generic("Protesters", 6, country, iso3))
                break
    if family == EventType.RIOTS:
        actor1 = candidate.actor1
        if actor1 is not None and actor1.inter == 6 and getattr(actor1, "generic", False):
            # a crowd that does violence is rioters, whatever word the report has for it
            candidate.actor1 = generic("Rioters", 5, country, iso3)
        if candidate.actor1 is None or candidate.actor1.inter not in (5, 6):
            if candidate.actor1 is not None and candidate.actor2 is None:
                candidate.actor2 = candidate.actor1
            candidate.actor1 = generic("Rioters", 5, country, iso3)
        if (
            candidate.actor2 is None
            and sub == "Mob violence"
            and _ONE_SIDED.search(candidate.trigger.text)
        ):
            # "A mob lynched two men": the mob's victims are civilians.
            candidate.actor2 = generic("Civilians", 7, country, iso3)
        return
    if candidate.actor2 is None and candidate.actor1 is not None:
        taken = {a.name for a in [candidate.actor1, *candidate.assoc_actor_1]}
        rival = next(
            (o for o in others if o.name not in taken and opposed(candidate.actor1, o)), None
        )
        if rival is not None and family in VIOLENT:
            candidate.actor2 = rival
    if sub in ("Attack", "Sexual violence", "Abduction/forced disappearance") and (
        candidate.actor2 is None or candidate.actor2.inter != 7
    ):
        if (
            candidate.actor1 is None
            and candidate.actor2 is not None
            and candidate.actor2.inter != 7
        ):
            candidate.actor1 = candidate.actor2
        candidate.actor2 = generic("Civilians", 7, country, iso3)
    if (
        family in VIOLENT
        and candidate.actor1 is not None
        and candidate.actor1.inter == 7
        and (candidate.actor2 is None or candidate.actor2.inter == 7)
    ):
        # Civilians are what violence is done to: "a man was found dead" names the
        # victim; the one who did it is unknown.
        candidate.actor2 = candidate.actor1
        candidate.actor1 = None
    if candidate.actor1 is None and family in VIOLENT:
        kind = _unnamed_kind(candidate.sentence.text)
        candidate.actor1 = generic(kind, 3 if kind.endswith("Group") else 4, country, iso3)
        if kind != "Unidentified Armed Group" and family == EventType.BATTLES:
            candidate.actor2 = candidate.actor2 or generic(kind, 4, country, iso3)
    if (
        candidate.actor1 is not None
        and candidate.actor2 is not None
        and candidate.actor1.name == candidate.actor2.name
        and sub != "Armed clash"
    ):
        candidate.actor2 = None


def _protest_roles(candidate: Candidate, country: str | None, iso3: str | None) -> None:
    everyone = [
        a
        for a in [
            candidate.actor1,
            *candidate.assoc_actor_1,
            candidate.actor2,
            *candidate.assoc_actor_2,
        ]
        if a
    ]
    protesters = [a for a in everyone if a.inter == 6 and not _party(a)]
    state = [a for a in everyone if a.inter == 1]
    candidate.actor1 = protesters[0] if protesters else generic("Protesters", 6, country, iso3)
    candidate.assoc_actor_1 = [a for a in everyone if _party(a) or a.inter not in (1, 6, 7)]
    candidate.actor2 = None
    candidate.assoc_actor_2 = []
    if candidate.sub_event_type != "Peaceful protest":
        # the state force named; else armed men ("masked gunmen attacked the sit-in"); else
        # the country's police, who break up most crowds
        armed = [a for a in everyone if a.inter in (2, 3, 4)]
        police = (
            GenericActor(f"Police Forces of {country}", 1, iso3)
            if country
            else generic("Police Forces of", 1, None, iso3)
        )
        candidate.actor2 = (state or armed or [police])[0]
