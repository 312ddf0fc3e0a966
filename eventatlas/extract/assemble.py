"""From candidates to events: merge what is one happening, split what is several.

``consolidate`` runs right after the triggers are found: an outcome
("three soldiers were killed") joins the event it belongs to instead of
becoming an event of its own, and a vague "operation" gives way to a more
specific trigger in the same clause. ``assemble`` makes the final Event
records: one per place when a clause names several, the same happening
reported twice in one article merged, and a deterministic id for each.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from eventatlas.article import Article
from eventatlas.event import Event, Evidence, Location, event_type_of
from eventatlas.extract.actors import ActorLexicon
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.classify import (
    AGENT_WORDS,
    ANOTHER_ACT,
    DAYS_APART,
    ELSEWHERE,
    HOURS_APART,
    both_sides_fired,
    fought_for,
    refine_demonstration,
)
from eventatlas.extract.fatalities import fatalities_in, figures_in
from eventatlas.extract.firing import by_weapons
from eventatlas.extract.retelling import (
    FROM_AFAR,
    TERRITORY_TAKEN,
    VIOLENT_FAMILIES,
    absorb,
    drop_coarser_copies,
    fold_back_tellings,
    fold_fights_into_conquests,
    fold_headline,
    fold_retellings,
    fold_toll_leads,
    fold_unnamed_copies,
    last_paragraph,
    merge_into,
    new_time,
    other_day,
    retelling_host,
)
from eventatlas.extract.timing import TOLD_ON

_DEMONSTRATIONS = {
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Mob violence",
}
# What a demonstration in the same paragraph takes in: the arrests, damage and
# scuffles that happened at it are part of the one event, not events of their own.
_PART_OF_DEMONSTRATION = _DEMONSTRATIONS | {
    "Arrests",
    "Looting/property destruction",
    "Armed clash",
    "Attack",
    "Shelling/artillery/missile attack",
}
# A specific trigger in the same sentence outranks these.
_EXPLOSIONS = {
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Suicide bomb",
    "Remote explosive/landmine/IED",
    "Chemical weapon",
    "Grenade",
}
_SHELLING = "Shelling/artillery/missile attack"
_OUTRANKED: dict[str, set[str] | None] = {
    "Other": None,
    "Arrests": None,
    "Grenade": {"Armed clash", "Disrupted weapons use", "Chemical weapon"},
    # "An air strike hit the market, killing nine civilians": one event, the strike.
    "Attack": _EXPLOSIONS | TERRITORY_TAKEN | {"Sexual violence", "Abduction/forced disappearance"},
    # "Troops recaptured the town after a day of fighting": the territory changed hands.
    "Armed clash": TERRITORY_TAKEN,
    "Remote explosive/landmine/IED": {"Disrupted weapons use", "Suicide bomb"},
    # "killing 10 fighters and seizing weapons": the seizure is the fight's.
    "Disrupted weapons use": {"Armed clash", "Attack", "Government regains territory"},
    "Abduction/forced disappearance": {"Attack"},
    # "seized the outpost after soldiers surrendered": the outpost changed hands.
    "Agreement": TERRITORY_TAKEN | {"Non-violent transfer of territory"},
    # "took over a disused school and made it their base": the base is the news.
    "Non-violent transfer of territory": {"Headquarters or base established"},
    _SHELLING: {"Air/drone strike", "Disrupted weapons use", "Chemical weapon", "Armed clash"},
    # "shells that released a chlorine-like smell": the weapon was chemical.
    "Air/drone strike": {"Chemical weapon"},
    # "Raiders attacked the village, torched homes and stole cattle": one attack.
    # "took control of the bazaar and set fire to a bank": the town changed hands (its
    # taking may yet prove fought for, see ``fought_for``).
    "Looting/property destruction": _EXPLOSIONS
    | TERRITORY_TAKEN
    | {
        "Non-violent transfer of territory",
        "Attack",
        "Armed clash",
        "Mob violence",
        "Violent demonstration",
    },
}
_LOWEST = {"Other": 0, "Arrests": 1}
_BOTH_SIDES = re.compile(
    r"^(?:fighting|fought|clash(?:ed|es)?|exchanged? (?:of )?(?:gun)?fire|gun ?battles?|gunfights?"
    r"|firefights?|shoot-?outs?|returned fire|return(?:ing)? fire|fired back|shot back"
    r"|battl(?:ed|ing) .*)$",
    re.I,
)
_ARMED_INTERS = (1, 2, 3, 4, 8)
_VAGUE_TYPES = {"Other", "Arrests", "Change to group/activity"}
_TAKEN = {"Abduction/forced disappearance"}
_KILLING = re.compile(r"^(?:kill|shot dead|shooting dead|gunned down)", re.I)
# "arrested several people in relation to the killing": the arrests follow the event told.
_FOLLOWS_ANOTHER = re.compile(
    r"\b(?:in (?:relation|connection) (?:to|with)|over|for|following|after) (?:the|this|that) "
    r"(?:killings?|attacks?|murders?|shootings?|bombings?|blasts?|explosions?|ambush|raids?"
    r"|incidents?|violence|riots?|unrest|disorder|clash(?:es)?)\b"
    # "A suspect has been arrested", "Police later made 7 arrests"
    r"|\b(?:a|one|two|three|\d+) suspects? (?:has|have|had|was|were) (?:been )?(?:arrested|detained)"
    r"|\blater (?:made|arrested|detained|apprehended)\b",
    re.I,
)


def consolidate(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """Fold weak triggers and duplicates into the events they describe."""
    kept: list[Candidate] = []
    order = sorted(
        candidates,
        key=lambda c: (
            c.strength == "weak",
            c.sub_event_type not in _DEMONSTRATIONS,
            c.trigger.start,
        ),
    )
    retold: dict[int, Candidate] = {}
    crowds: dict[int, Candidate] = {}  # sentence -> the demonstration it told again
    for candidate in order:
        retelling = retelling_host(candidate, kept)
        if retelling is not None:
            retold[candidate.sentence.index] = retelling
        elif candidate.sub_event_type in _VAGUE_TYPES:
            # "reinforcements" in a sentence that only tells the event again.
            retelling = retold.get(candidate.sentence.index)
        host = (
            retelling
            or _demonstration_host(candidate, kept, article)
            or _arrest_host(candidate, kept)
        )
        if host is None and candidate.sub_event_type in _PART_OF_DEMONSTRATION - {"Arrests"}:
            # "The protesters threw stones and set fire to cars": the fire is that protest's too.
            host = crowds.get(candidate.sentence.index)
            if host is not None and _apart(candidate, host):
                host = None  # "marched on Sunday, hours after five men were found shot dead"
        if host is not None:
            merge_into(host, candidate)
            if host.sub_event_type in _DEMONSTRATIONS:
                crowds[candidate.sentence.index] = host
        elif candidate.strength == "weak":
            _fold_weak(candidate, kept)
        elif not _duplicate_in_clause(candidate, kept):
            kept.append(candidate)
    if not kept:
        kept = _lone_act(candidates)
    kept.sort(key=lambda c: c.trigger.start)
    kept = fold_headline(article, fold_retellings(fold_toll_leads(_fold_responses(kept))))
    kept = _drop_outranked(kept)
    kept = [c for c in kept if not _movement_within(c, kept)]
    for candidate in kept:
        candidate.sub_event_type = by_weapons(candidate, article)
        candidate.sub_event_type = refine_demonstration(candidate, article)
        candidate.sub_event_type = fought_for(candidate, article)
    return kept


# A violent act told with a verb ("attacked", "kills", "shot") names an event even
# with no armed men or figures beside it, when it is all the report is about.
_ACT = re.compile(
    r"^(?:attack(?:ed|s)?|kill(?:ed|s)|shot|shoot(?:s)?|stabbed|wounded|injured"
    r"|opened fire|fired (?:\w+ )?(?:on|at|upon|into))$",
    re.I,
)


def _movement_within(candidate: Candidate, kept: list[Candidate]) -> bool:
    """Troops that arrived or deployed in a paragraph that tells a fight, an attack or a
    crowd, with no day or place of their own, are part of that event ("when the street
    lights went out and soldiers arrived")."""
    if candidate.sub_event_type != "Other" or candidate.modality != "occurred":
        return False
    text = TOLD_ON.sub(" ", candidate.sentence.text)
    if new_time(text) or _PLACE_OF_ITS_OWN.search(text):
        return False
    return any(
        other is not candidate
        and other.modality == "occurred"
        and other.sub_event_type not in _VAGUE_TYPES
        and other.sentence.paragraph == candidate.sentence.paragraph
        for other in kept
    )


# Weak readings that are an event when nothing surer is told: "he has not been seen
# since" (a disappearance), "raised the flag over the town council" (a town taken), an
# ACLED note's crowd size ("[size=around 20]": only protest notes carry one).
_LONE_KINDS = frozenset(
    {"Abduction/forced disappearance", "Government regains territory", "Peaceful protest"}
)


def _lone_act(candidates: list[Candidate]) -> list[Candidate]:
    """The first violent verb, or lone weak reading, of a report that gave no other event,
    and each later one told in a sentence with a day of its own ("In Bannu, gunmen attacked
    a police station on Monday")."""
    acts = [
        c
        for c in candidates
        if c.strength == "weak"
        and c.modality == "occurred"
        and (_ACT.match(c.trigger.text) or c.sub_event_type in _LONE_KINDS)
    ]
    kept = acts[:1]
    for act in acts[1:]:
        if act.sentence.index not in {c.sentence.index for c in kept} and new_time(
            TOLD_ON.sub(" ", act.sentence.text)
        ):
            kept.append(act)
    return kept


# "In Kano, ...", "The same day in Hub, ...": a sentence that opens on a place of its own
# tells another happening.
_PLACE_OF_ITS_OWN = re.compile(
    r"^\W*(?:(?:(?:the same|that|later that|on the same|the following|the next) (?:day|evening"
    r"|night|morning|afternoon))\W+)?(?:in|at|near|outside)\s+(?-i:[A-Z])",
    re.I,
)


def _demonstration_host(
    candidate: Candidate, kept: list[Candidate], article: Article
) -> Candidate | None:
    if candidate.sub_event_type not in _PART_OF_DEMONSTRATION:
        return None
    # A crowd told again, its arrests or its dead may belong to the crowd of the paragraph
    # before, when they come with no day or place of their own (read once, not per host).
    sentence = candidate.sentence
    from_paragraph_before = (
        (
            candidate.sub_event_type in _DEMONSTRATIONS
            or _crowd_detained(candidate)
            or _crowd_shot(candidate, article)
        )
        and not new_time(TOLD_ON.sub("", sentence.text))
        and not _PLACE_OF_ITS_OWN.search(sentence.text)
    )
    return next(
        (
            c
            for c in reversed(kept)
            if c.sub_event_type in _DEMONSTRATIONS
            and not (c.sentence is sentence and _apart(candidate, c))
            and (
                (
                    c.sentence.paragraph == sentence.paragraph
                    # "In Marseille, thousands marched peacefully": another town's crowd
                    # (the later of the two sentences is the one that moves on)
                    and (
                        c.sentence is sentence
                        or not _PLACE_OF_ITS_OWN.search(
                            max(c.sentence, sentence, key=lambda s: s.start).text
                        )
                    )
                )
                or (from_paragraph_before and c.sentence.paragraph == sentence.paragraph - 1)
            )
            and c.modality == candidate.modality
            and not _told_as_before(c, candidate)
            # "Detectives arrested the school's owner. Later that day residents marched":
            # a crowd that came after is no host of what was told before it
            and not (c.sentence.start > sentence.start and _CAME_AFTER.match(c.sentence.text))
            # "On Sunday, police opened fire on residents": another day's crowd
            and (c.sentence is sentence or not other_day(sentence.text, c.sentence.text))
            # "On the same day the security committee detained fourteen organisers in a
            # flat": arrests told as another act, as for any host (``_arrest_host``)
            and not (
                candidate.sub_event_type == "Arrests"
                and c.sentence is not sentence
                and ANOTHER_ACT.match(sentence.text)
            )
        ),
        None,
    )


_CAME_AFTER = re.compile(
    r"^\W*(?:later|hours later|afterwards|after that|then|the (?:next|following) (?:day|morning))\b",
    re.I,
)


# "security forces clashed with armed residents who had blocked the highway": the
# blockade told in a past-perfect relative clause came before the clash; it hosts nothing
# the sentence's main clause tells.
_HAD_BEFORE = re.compile(r"\b(?:who|which|that) had (?:\w+ ){0,2}$", re.I)
_FIRED_ON = re.compile(
    r"\b(?:fire|fired|firing|shot|shooting)\s+(?:[\w-]+\s+){0,4}?(?:on|at|into|upon)\b", re.I
)


def _told_as_before(host: Candidate, candidate: Candidate) -> bool:
    if host.sentence is not candidate.sentence or candidate.trigger.start > host.trigger.start:
        return False
    text = host.sentence.text
    at = host.trigger.start - host.sentence.start
    if _FIRED_ON.search(text[candidate.trigger.start - host.sentence.start : at]):
        # "soldiers opened fire on residents who had gathered to chant": the shots met
        # the crowd; they are its event.
        return False
    return _HAD_BEFORE.search(text[max(0, at - 40) : at]) is not None


# "107 people had been detained during the night": the count of a crowd's arrests.
_DETAINED = re.compile(
    r"\b(?:\d[\d,]*|dozens|scores|hundreds|several|many|some|more than \S+|at least \S+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:were|was|had been|have been|has been)\s+)(?:\w+ly\s+)?$",
    re.I,
)


def _crowd_detained(candidate: Candidate) -> bool:
    """An arrest told as a count in the passive, with no one named doing it."""
    if candidate.sub_event_type != "Arrests":
        return False
    before = candidate.sentence.text[: candidate.trigger.start - candidate.sentence.start]
    return _DETAINED.search(before[-80:]) is not None


# "at least five people were shot dead outside parliament ... officers fired into the
# crowd": the dead of the crowd told in the paragraph before.
_SHOT_UNNAMED = re.compile(
    r"\b(?:were|was|had been|have been)\s+(?:\w+ly\s+)?(?:shot dead|shot|killed)\b(?!\s+by\b)",
    re.I,
)
_THE_CROWD = re.compile(
    r"\b(?:the (?:crowds?|protesters|demonstrators|marchers|protests?|demonstrations?)"
    r"|(?:fired|shot) (?:\w+ ){0,2}(?:into|at|on) (?:the )?(?:crowds?|protesters|demonstrators))\b",
    re.I,
)


def _crowd_shot(candidate: Candidate, article: Article) -> bool:
    """People shot or killed in the passive, by no one named, in a paragraph about the crowd."""
    if candidate.sub_event_type != "Attack":
        return False
    text = article.paragraph_text(candidate.sentence.paragraph)
    return _SHOT_UNNAMED.search(candidate.sentence.text) is not None and bool(
        _THE_CROWD.search(text)
    )


# "police raised the toll to five late on Monday": the day of a count, not of an act.
_TOLL_WORDS = re.compile(r"\b(?:toll|tolls|figures?|count)\b", re.I)


def _fold_weak(weak: Candidate, strong: list[Candidate]) -> None:
    """An outcome joins the event of its own sentence, else the nearest one before it."""
    # An arrest or a troop movement does not take in the deaths beside it: "one
    # killed and 25 arrested during a raid" is a deadly raid, not an arrest.
    hosts = [c for c in strong if c.sub_event_type not in _VAGUE_TYPES]
    same_sentence = [
        c for c in hosts if c.sentence is weak.sentence and c.modality == weak.modality
    ]
    # "On Monday the militants attacked ...": a paragraph with a day of its own tells
    # a happening of its own, not the one of the paragraph before.
    text = weak.sentence.text
    own_time = new_time(TOLD_ON.sub(" ", text))
    reach = 0 if own_time and not _TOLL_WORDS.search(text) else 1
    # "In Bannu, gunmen attacked a police station on Monday": an act with a town and a day
    # of its own is not the one told before it.
    elsewhere = own_time and _ACT.match(weak.trigger.text) and _PLACE_OF_ITS_OWN.search(text)
    earlier = [
        c
        for c in hosts
        if not elsewhere
        and c.trigger.start < weak.trigger.start
        and last_paragraph(c) >= weak.sentence.paragraph - reach
        and c.modality == weak.modality
    ]
    hosts = same_sentence or earlier[-1:] or _toll_of(weak, strong)
    host = hosts[0] if hosts else None
    if host is not None:
        if _armed_raid(host, weak):
            host.sub_event_type = weak.sub_event_type
        merge_into(host, weak)
    elif weak.modality != "occurred" or _standalone(weak) or _killed_beside_arrest(weak, strong):
        strong.append(weak)


_TOLL_REACH = 3
_VIOLENCE = ("Attack", "Armed clash")


def _armed_raid(host: Candidate, weak: Candidate) -> bool:
    """ "Rebels of the ADF attacked the school, setting fire to a dormitory and cutting down
    pupils": the burning is part of an armed group's attack, as ACLED codes it."""
    return (
        host.sub_event_type == "Looting/property destruction"
        and weak.sub_event_type in _VIOLENCE
        and weak.sentence is host.sentence
        and _names_armed_group(host.sentence.text)
    )


def _toll_of(weak: Candidate, strong: list[Candidate]) -> list[Candidate]:
    """ "Residents said they counted four dead": a toll told paragraphs later, with no one,
    no day and no place of its own, is the last violent event's."""
    text = weak.sentence.text
    if new_time(text) or _PLACE_OF_ITS_OWN.search(text) or AGENT_WORDS.search(text):
        return []
    return [
        c
        for c in strong
        if c.trigger.start < weak.trigger.start
        and c.modality == weak.modality == "occurred"
        and event_type_of(c.sub_event_type) in VIOLENT_FAMILIES
        and last_paragraph(c) >= weak.sentence.paragraph - _TOLL_REACH
    ][-1:]


_ANAPHORIC = re.compile(
    r"\b(?:these|those|such|further|future|more|any|possible|previous|past|recent|similar)\s+(?:\w+\s+){0,2}$",
    re.I,
)


def _killed_beside_arrest(weak: Candidate, strong: list[Candidate]) -> bool:
    """ "A policeman has been apprehended after shooting dead a politician": the killing is
    the event ACLED codes, the arrest its sequel."""
    arrested = any(c.sub_event_type == "Arrests" and c.sentence is weak.sentence for c in strong)
    if not arrested or not _AFTER_KILLING.search(weak.sentence.text):
        return False
    toll = fatalities_in(weak.sentence.text)
    return toll is not None and toll.count > 0


_AFTER_KILLING = re.compile(
    r"\b(?:arrested|detained|apprehended|held|nabbed|picked up)\b[^.;]{0,60}?\bafter\s+"
    r"(?:allegedly\s+)?(?:shooting|killing|stabbing|hacking|beating|strangling|murdering)\b",
    re.I,
)


def _standalone(weak: Candidate) -> bool:
    """An outcome alone is an event when deaths or armed men are named and it is not a back-reference."""
    before = weak.sentence.text[: weak.trigger.start - weak.sentence.start]
    if _ANAPHORIC.search(before):
        return False
    text = weak.sentence.text
    return bool(figures_in(text) or AGENT_WORDS.search(text) or _names_armed_group(text))


def _names_armed_group(text: str) -> bool:
    """Whether ``text`` names an armed group or force the actor lexicon knows ("al-Shabaab")."""
    return any(
        not mention.generic and mention.inter in _ARMED_INTERS
        for mention in ActorLexicon.load().find(text)
    )


def _duplicate_in_clause(candidate: Candidate, found: list[Candidate]) -> bool:
    # "drove them out of Geidam on Monday, three days after the insurgents overran the
    # town": two happenings, days apart.
    return any(
        other.sentence is candidate.sentence
        and other.sub_event_type == candidate.sub_event_type
        and other.modality == candidate.modality
        and not _days_apart(candidate, other)
        and not ELSEWHERE.search(_between(candidate, other))
        for other in found
    )


def _drop_outranked(kept: list[Candidate]) -> list[Candidate]:
    """Drop what a surer reading of the same sentence outranks; what it took in goes along."""
    survivors = []
    for candidate in kept:
        winner = _outranked_by(candidate, kept)
        if winner is None:
            survivors.append(candidate)
            continue
        told = [s for s in candidate.merged if s is not winner.sentence and s not in winner.merged]
        winner.merged.extend(told)
    return survivors


def _outranked_by(candidate: Candidate, found: list[Candidate]) -> Candidate | None:
    if candidate.sub_event_type not in _OUTRANKED:
        return None
    return next(
        (
            other
            for other in found
            if other is not candidate
            and other.sentence is candidate.sentence
            and other.modality == candidate.modality
            and not _days_apart(candidate, other)
            and not candidate.arrested_for(other)
            and not (
                {candidate.sub_event_type, other.sub_event_type} <= FROM_AFAR
                and _own_clauses(candidate, other)
            )
            and _outranks(other, candidate)
        ),
        None,
    )


# "Turkish artillery pounded IS positions, and Turkish F-16 jets struck targets": two acts.
_NEW_SUBJECT = re.compile(r",\s+(?:and|while|as)\s+(?:the\s+)?(?-i:[A-Z])\w*")


def _own_clauses(candidate: Candidate, other: Candidate) -> bool:
    """Whether a coordinated clause with a subject of its own stands between two triggers."""
    return _NEW_SUBJECT.search(_between(candidate, other)) is not None


def _days_apart(candidate: Candidate, other: Candidate) -> bool:
    """ "arrested seven workers on Tuesday, a day after they staged a sit-in": two days."""
    return DAYS_APART.search(_between(candidate, other)) is not None


def _apart(candidate: Candidate, crowd: Candidate) -> bool:
    """Days apart, told as hours before or after the crowd, or in another town ("..., while
    in Encarnacion a crowd rallied"): not what happened at it."""
    between = _between(candidate, crowd)
    return any(
        pattern.search(between) is not None for pattern in (DAYS_APART, HOURS_APART, ELSEWHERE)
    )


def _between(candidate: Candidate, other: Candidate) -> str:
    """The text between two triggers of the same sentence."""
    first, second = sorted((candidate.trigger, other.trigger), key=lambda t: t.start)
    start = candidate.sentence.start
    return candidate.sentence.text[first.end - start : second.start - start]


# "Soldiers raided a compound and arrested 12 men": a raid that only made arrests.
_RAID = re.compile(
    r"^(?:raid(?:ed|ing|s)?|storm(?:ed|ing)|swoop(?:ed|ing)|search(?:ed|ing))\b", re.I
)
_HARM = re.compile(
    r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|shot|shoot\w*|fired|gunfire|beat\w*|tortur\w*"
    r"|clash\w*|exchange of fire)\b",
    re.I,
)


def _raid_for_arrests(raid: Candidate, arrests: Candidate) -> bool:
    """ "Police raided the office of the youth movement and arrested twelve of its members":
    a raid that only arrested."""
    # "stormed the compound to arrest him; armed supporters fought back": a fight
    fought = raid.sub_event_type == "Armed clash" and both_sides_fired(raid.sentence.text)
    return (
        raid.sub_event_type in ("Attack", "Armed clash")
        and not fought
        and arrests.sub_event_type == "Arrests"
        and raid.sentence is arrests.sentence
        and _RAID.match(raid.trigger.text) is not None
        and not _HARM.search(raid.sentence.text)
    )


_KILLED_BY = re.compile(r"\b(?:killed|shot|wounded|injured) by$", re.I)
_KILLED_BY_WEAPON = {"Air/drone strike", _SHELLING}


def _raid_for_arms(raid: Candidate, seizure: Candidate) -> bool:
    """ "Soldiers raided a ranch, where they found 40 rifles": a raid that only found arms."""
    return (
        raid.sub_event_type in ("Attack", "Armed clash")
        and seizure.sub_event_type == "Disrupted weapons use"
        and raid.sentence is seizure.sentence
        and _RAID.match(raid.trigger.text) is not None
        and not _HARM.search(raid.sentence.text)
    )


_WEAPON_NOUN = re.compile(
    r"^(?:hand[ -])?(?:grenades?|bombs?|explosives?|ieds?|(?:land)?mines?|rockets?|mortars?"
    r"|missiles?|shells?)$",
    re.I,
)
_IN_A_LIST = re.compile(r"[\s,]*(?:(?:and|or)\s+)?(?:[\w-]+\s+){0,2}")


def _listed_in_a_seizure(weapon: Candidate, seizure: Candidate) -> bool:
    """ "found a store of rifles, hand grenades and uniforms": a weapon named in the list of
    what was found or seized is no use of it."""
    if seizure.sub_event_type != "Disrupted weapons use" or weapon.sentence is not seizure.sentence:
        return False
    if not _WEAPON_NOUN.match(weapon.trigger.text) or weapon.trigger.start < seizure.trigger.end:
        return False
    gap = weapon.sentence.text[
        seizure.trigger.end - weapon.sentence.start : weapon.trigger.start - weapon.sentence.start
    ]
    return _IN_A_LIST.fullmatch(gap) is not None


def _outranks(other: Candidate, candidate: Candidate) -> bool:
    if _raid_for_arrests(candidate, other) or _raid_for_arms(candidate, other):
        return True
    if _listed_in_a_seizure(candidate, other):
        return True
    if _listed_in_a_seizure(other, candidate):
        return False
    if _raid_for_arrests(other, candidate) or _raid_for_arms(other, candidate):
        return False
    if other.finds_mass_grave and candidate.sub_event_type == "Attack":
        return True  # "exhuming a mass grave believed to hold the bodies of ..."
    rivals = _OUTRANKED[candidate.sub_event_type]
    if rivals is None:
        return _LOWEST.get(other.sub_event_type, 9) > _LOWEST[candidate.sub_event_type]
    if candidate.sub_event_type == "Attack" and other.sub_event_type == "Armed clash":
        # "Fighting ... killed 12 people": the deaths are the fight's; "raided the camp,
        # fighting gunmen", "raided a cattle camp, and herders fought back": one fight.
        return bool(
            _KILLING.match(candidate.trigger.text)
            or _BOTH_SIDES.match(other.trigger.text)
            or both_sides_fired(candidate.sentence.text)
        )
    if candidate.sub_event_type == _SHELLING and other.sub_event_type == "Armed clash":
        # "opened fire with small arms and mortars, and its units returned fire": one fight.
        return bool(_BOTH_SIDES.match(other.trigger.text) or both_sides_fired(other.sentence.text))
    if candidate.sub_event_type == "Armed clash" and other.sub_event_type in _KILLED_BY_WEAPON:
        # "militants were killed by Afghan military airstrikes": the weapon named the act
        gap = candidate.sentence.text[
            candidate.trigger.end - candidate.sentence.start : other.trigger.start
            - candidate.sentence.start
        ]
        return bool(_KILLED_BY.search(candidate.trigger.text)) and len(gap.split()) <= 4
    if candidate.sub_event_type in _TAKEN and other.sub_event_type == "Attack":
        return bool(_KILLING.match(other.trigger.text))
    if candidate.sub_event_type == "Attack" and other.sub_event_type in _TAKEN:
        # "Kidnapped and killed three civilians": a killing, as ACLED codes it.
        return not _KILLING.match(candidate.trigger.text)
    return other.sub_event_type in rivals


# "Police fought back for about two hours": the other side's answer to the attack just told.
_RESPONSE = re.compile(
    r"^(?:fought back|fight back|fought off|fired back|returned fire|shot back|resisted"
    r"|repell?ed|repulsed)\b",
    re.I,
)
_VIOLENT_HOSTS = {"Attack", "Armed clash", "Looting/property destruction"}


def _fold_responses(kept: list[Candidate]) -> list[Candidate]:
    """A response in the sentence after an attack ("Police fought back") is part of it."""
    out: list[Candidate] = []
    for candidate in kept:
        local = candidate.trigger.start - candidate.sentence.start
        host = out[-1] if out else None
        if (
            host is not None
            and _RESPONSE.match(candidate.sentence.text[local:])
            and last_paragraph(host) >= candidate.sentence.paragraph
            and candidate.sentence.index - 1 in _told_in(host)
            and host.sub_event_type in _VIOLENT_HOSTS
            and host.modality == candidate.modality
        ):
            merge_into(host, candidate)
            continue
        out.append(candidate)
    return out


def _told_in(candidate: Candidate) -> set[int]:
    """The sentences that tell ``candidate``: its own and those merged into it."""
    return {candidate.sentence.index, *(s.index for s in candidate.merged)}


_IN_TOWN = re.compile(r"\b(?:in|at) (?:the (?:town|city|village) of )?([A-Z][\w'’-]+)")


def _another_town(text: str, host: str) -> bool:
    """Whether ``text`` names a town ("police in Taraz") the host's sentence does not."""
    return any(name not in host for name in _IN_TOWN.findall(text))


def _arrest_host(candidate: Candidate, kept: list[Candidate]) -> Candidate | None:
    """ "Twelve people were arrested" after an attack is part of that report, not a new event."""
    if candidate.sub_event_type != "Arrests":
        return None
    return next(
        (
            c
            for c in reversed(kept)
            if c.sentence.paragraph == candidate.sentence.paragraph
            and c.trigger.start < candidate.trigger.start
            # "Soldiers deployed to the town arrested 14 men": the arrests, not the move.
            and c.sub_event_type not in _VAGUE_TYPES
            and c.modality == candidate.modality
            and not _raid_for_arrests(c, candidate)
            # "The same day soldiers arrested 20 young men at the market": another act told
            and not ANOTHER_ACT.match(candidate.sentence.text)
            # "On Sunday, police in Taraz detained four men": another day's arrests elsewhere
            and not (
                other_day(candidate.sentence.text, c.sentence.text)
                and _another_town(candidate.sentence.text, c.sentence.text)
            )
        ),
        None,
    )


def country_of(candidate: Candidate) -> tuple[str | None, str | None]:
    """(country name, ISO3) of the candidate's first place."""
    if not candidate.locations:
        return None, None
    place = candidate.locations[0].place
    return place.country, place.iso3


def assemble(article: Article) -> list[Event]:
    """The events of ``article``, in text order, with stable ids."""
    events: list[Event] = []
    seen: dict[tuple[Any, ...], Event] = {}
    text_hash = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
    for candidate in article.candidates:
        for location in candidate.locations or [None]:
            event = make_event(article, candidate, location, text_hash)
            # ACLED's unit: one event per type, place, day and actor.
            key = (
                event.sub_event_type,
                event.modality,
                event.location,
                event.event_date,
                event.actor1,
            )
            if key in seen:
                absorb(seen[key], event)
                continue
            seen[key] = event
            events.append(event)
    events = fold_back_tellings(drop_coarser_copies(events))
    return fold_fights_into_conquests(fold_unnamed_copies(events))


def _evidence(candidate: Candidate) -> Evidence:
    sentence = candidate.sentence
    return Evidence(sentence.text, sentence.start, sentence.end)


def make_event(
    article: Article, candidate: Candidate, location: Location | None, text_hash: str
) -> Event:
    """One Event from a candidate at one of its places."""
    evidence = _evidence(candidate)
    place = location.place if location else None
    when = candidate.when
    key = f"{article.id}|{text_hash}|{evidence.start}|{evidence.end}|{candidate.trigger.start}|{candidate.sub_event_type}|{place.geonameid if place else ''}|{place.name if place else ''}"
    deaths = candidate.fatalities
    actor1, actor2, assoc1, assoc2 = _sides(candidate)
    return Event(
        event_id="EA" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16].upper(),
        article_id=article.id,
        event_date=when.date.isoformat() if when else None,
        date_start=when.start.isoformat() if when else None,
        date_end=when.end.isoformat() if when else None,
        time_precision=when.precision if when else 3,
        event_type=event_type_of(candidate.sub_event_type),
        sub_event_type=candidate.sub_event_type,
        actor1=_name(actor1),
        actor2=_name(actor2),
        assoc_actor_1=[a.name for a in assoc1],
        assoc_actor_2=[a.name for a in assoc2],
        inter1=actor1.inter if actor1 else None,
        inter2=actor2.inter if actor2 else None,
        country=place.country if place else None,
        iso3=place.iso3 if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.name if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=location.geo_precision if location else None,
        geonameid=place.geonameid if place else None,
        fatalities=deaths.count if deaths else None,
        modality=candidate.modality,
        attribution=candidate.attribution,
        evidence=evidence,
        confidence=confidence(candidate, location),
        fatalities_low=deaths.low if deaths else None,
        fatalities_best=deaths.best if deaths else None,
        fatalities_high=deaths.high if deaths else None,
        geo_reason=location.reason if location else "no place in the text",
        date_reason=when.reason if when else "no date in the text and no publication date",
        source=article.source,
        url=article.url,
        extras={
            "trigger": candidate.trigger.text,
            "modality_reason": candidate.modality_reason,
            "fatalities_reason": deaths.reason if deaths else "",
            "title": article.title,
        },
    )


def _sides(candidate: Candidate) -> tuple[Any, Any, list[Any], list[Any]]:
    """The event's two sides, in the order the record gives them.

    Lethal force on a crowd is the force's act: the police or soldiers who fired are the
    first actor and the protesters the second ("Police Forces of India" against
    "Protesters (India)"), as the news coders put it in every labelled set we have;
    ACLED's own rows give either order about equally. The roles keep the crowd first
    (every protest is the crowd's), so the order is turned here, once the type is final.
    """
    one, two = candidate.actor1, candidate.actor2
    if (
        candidate.sub_event_type == "Excessive force against protesters"
        and one is not None
        and two is not None
        and one.inter in (5, 6)
        and two.inter not in (5, 6)
    ):
        return two, one, candidate.assoc_actor_2, candidate.assoc_actor_1
    return one, two, candidate.assoc_actor_1, candidate.assoc_actor_2


def _name(actor: Any) -> str | None:
    return str(actor.name) if actor is not None else None


def confidence(candidate: Candidate, location: Location | None) -> float:
    """A 0-1 score from how much of the record the text itself supports."""
    score = 0.45 if candidate.strength == "strong" else 0.3
    if candidate.fatalities and candidate.fatalities.count > 0:
        # "fired upon a family, killing the father and a son": the deaths it counts name it
        score += 0.05 if candidate.strength == "strong" else 0.15
    if candidate.sub_event_type in _VAGUE_TYPES | {"Looting/property destruction"}:
        # Troop movements, curfews and arrests often frame the violence a report is about,
        # and goods taken or homes burned are often part of it ("attacked and looted").
        score -= 0.1
        if _FOLLOWS_ANOTHER.search(candidate.clause.text):
            score -= 0.1
    if candidate.actor1 is not None and not getattr(candidate.actor1, "generic", True):
        score += 0.15
    if location is not None:
        score += {1: 0.15, 2: 0.1}.get(location.geo_precision, 0.05)
    if candidate.when is not None and candidate.when.precision == 1:
        score += 0.1
    if candidate.attribution.claimant_type != "unattributed":
        score += 0.05
    return round(min(score, 0.95), 2)
