"""A happening told more than once in one report: which later tellings join it.

News reports tell an event, then its details: the attackers named again, its
toll in a sentence of its own, what they took, what the weapons left behind,
who claimed it. ``retelling_host`` finds the event a later candidate tells
again; ``fold_retellings`` merges them in text order; ``fold_headline`` joins
a headline to the body event it sums up; ``drop_coarser_copies`` drops an
event placed only in the province of the same event at a town.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventatlas.article import Article, Sentence
from eventatlas.event import Event, event_type_of
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.timing import TOLD_ON
from eventatlas.parse.dates import (
    WEEKDAYS,
    explicit_days,
    parse_iso,
    tells_a_date,
    weekdays_named,
)


def fold_retellings(kept: list[Candidate]) -> list[Candidate]:
    """In text order, a kept event that tells an earlier one again joins it.

    The first pass meets strong triggers first, so a retelling by a strong trigger
    ("fought troops") can come before the weak one it retells ("attacked a base").
    """
    told: list[Candidate] = []
    for candidate in kept:
        host = retelling_host(candidate, told) or _spoils_of(candidate, told)
        if host is None:
            told.append(candidate)
            continue
        if (
            host.strength == "weak"
            and host.sub_event_type == "Attack"
            and candidate.sub_event_type == "Armed clash"
            and _FIGHT_NOUN.search(candidate.trigger.text)
        ):
            # "Four people have been killed ... The fighting took place in Tana": a fight's toll
            host.sub_event_type = candidate.sub_event_type
        merge_into(host, candidate)
        for sentence in candidate.merged:
            if sentence is not host.sentence and sentence not in host.merged:
                host.merged.append(sentence)
    return told


# "The death toll from the attack on a concert hall rose to 133": the count of a happening
# the report goes on to tell.
_TOLL_FROM = re.compile(
    r"\b(?:toll|number of (?:the )?(?:dead|deaths|people killed|victims)|death count)\s+"
    r"(?:from|of|in)\s+(?:the|this|last\s+\w+'s|\w+day's)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_TOLL_LEAD_REACH = 2


def fold_toll_leads(kept: list[Candidate]) -> list[Candidate]:
    """A count of a happening with no day of its own ("The death toll from the attack rose to
    133 on Sunday") joins the telling of that happening that follows it."""
    folded: list[Candidate] = []
    for candidate in kept:
        host = _told_after(candidate, kept) if _counts_a_happening(candidate) else None
        if host is None:
            folded.append(candidate)
            continue
        merge_into(host, candidate)
        host.merged.extend(s for s in candidate.merged if s not in host.merged)
    return folded


def _counts_a_happening(candidate: Candidate) -> bool:
    sentence = candidate.sentence
    before = sentence.text[: candidate.trigger.start - sentence.start]
    if _EVENT_NOUN.match(candidate.trigger.text) is None or not _TOLL_FROM.search(before):
        return False
    return not new_time(TOLD_ON.sub(" ", sentence.text))


def _told_after(candidate: Candidate, kept: list[Candidate]) -> Candidate | None:
    family = event_type_of(candidate.sub_event_type)
    return next(
        (
            c
            for c in kept
            if c.sentence.index > candidate.sentence.index
            and c.modality == candidate.modality
            and event_type_of(c.sub_event_type) == family
            and c.sentence.paragraph <= candidate.sentence.paragraph + _TOLL_LEAD_REACH
        ),
        None,
    )


# A headline is one short line with no full stop, above the story it sums up.
_HEADLINE_WORDS = 25
_ENDS_SENTENCE = re.compile(r"[.!?\"'”’)]\s*$")


# A live page's title: "LIVE: ...", "Live updates: ...", "As it happened: ..."
_LIVE_TITLE = re.compile(r"^\W*(?:live(?: updates?| blog)?|latest|as it happened)\s*[:—–-]", re.I)


def is_headline(article: Article, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the report's headline: its first paragraph, alone and unpunctuated."""
    if sentence.paragraph != 0 or len(article.sentences) < 2:
        return False
    if article.dateline is not None and article.dateline.span.start < sentence.end:
        return False
    if sentence.index == 0 and _LIVE_TITLE.match(sentence.text):
        return True  # "LIVE: Kenya anniversary protests — Thursday updates."
    # alone in its paragraph, or on a line of its own above a byline ("Staff Correspondent",
    # "Translated from the Burmese by our staff")
    own_line = "\n" in article.text[sentence.end : article.sentences[1].start]
    alone = sentence.index == 0 and (article.sentences[1].paragraph != 0 or own_line)
    short = len(sentence.text.split()) <= _HEADLINE_WORDS
    return alone and short and _ENDS_SENTENCE.search(sentence.text) is None


def fold_headline(article: Article, kept: list[Candidate]) -> list[Candidate]:
    """A headline's event is the body's main one told in brief ("Rebels burn school, kill
    two"): it joins the body's first event of its kind, else the body's first event."""
    body = [c for c in kept if not is_headline(article, c.sentence)]
    if len(body) == len(kept):
        return kept
    folded = []
    for candidate in kept:
        if candidate in body:
            continue
        same = [c for c in body if c.modality == candidate.modality]
        kind = event_type_of(candidate.sub_event_type)
        host = next((c for c in same if event_type_of(c.sub_event_type) == kind), None)
        host = host or (same[0] if same and candidate.modality == "occurred" else None)
        if host is None:
            folded.append(candidate)
            continue
        merge_into(host, candidate)
    return sorted([*body, *folded], key=lambda c: c.trigger.start)


_SEIZED = re.compile(r"\b(?:seiz|recover|confiscat|took|captur)", re.I)


def _spoils_of(candidate: Candidate, told: list[Candidate]) -> Candidate | None:
    """Arms seized right after a fight the report just told are that fight's ("The police
    seized a pistol"), not an event of their own."""
    if candidate.sub_event_type != "Disrupted weapons use" or not told:
        return None
    last = told[-1]
    if not _SEIZED.search(candidate.trigger.text) or new_time(candidate.sentence.text):
        return None
    fight = event_type_of(last.sub_event_type) in VIOLENT_FAMILIES
    near = last_paragraph(last) >= candidate.sentence.paragraph
    return last if fight and near and last.modality == candidate.modality else None


def merge_into(host: Candidate, candidate: Candidate) -> None:
    """``candidate``'s sentence becomes one more telling of ``host``."""
    if candidate.sentence is not host.sentence and candidate.sentence not in host.merged:
        host.merged.append(candidate.sentence)


# "the ambush", "Sunday's fighting", "its attack": a happening already told.
_DEFINITE = re.compile(
    r"(?:\b(?:the|this|that|its|their|same)|\w(?:'s|’s))\s+(?:[\w-]+\s+){0,2}$", re.I
)
# "The attackers, riding motorcycles, opened fire": its people or weapons named again.
_BACK_SUBJECT = re.compile(
    r"^\W*(?:(?:[\w'’-]+\s+){1,6}?(?:said|says|told|reported|added)\s+(?:that\s+)?)?"
    r"(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:attackers|assailants|gunmen|raiders|militants"
    r"|fighters|insurgents|rebels|bandits|jihadists|grenades?|crowds?|mobs?|rioters|youths"
    r"|kidnappers|abductors|bombers?|missiles?|rockets?|shells?|strikes?|blasts?|explosions?"
    r"|bombs?|attacks?|gunfights?|fighting|clashes|raids?|firefights?|shooting|assault|ambush)\b"
    r"|^\W*(?:[\w'’-]+\s+){0,6}?(?:said|says|told|reported)\s+(?:that\s+)?(?:most|some|all|many"
    r"|several|one|two|none)\s+of\s+the\s+(?:\w+\s+)?(?:rockets|missiles|shells|drones|bombs)\b"
    # "Residents said several bombs hit homes near the positions": what the strike dropped
    r"|^\W*(?:[\w'’-]+\s+){0,6}?(?:said|says|told|reported)\s+(?:that\s+)?(?:several|some|many"
    r"|two|three|four|five|\d+)\s+(?:\w+\s+)?(?:bombs|shells|rockets|missiles)\s+(?:had\s+)?"
    r"(?:hit|fell|struck|landed|slammed)\b"
    # its debris, or "they" and "he" going on about it ("They took the cattle and set fire ...")
    r"|^\W*(?:(?:falling|fallen)\s+)?(?:debris|shrapnel|fragments)\b|^\W*(?:they|he|she)\s"
    # "Villagers then set fire to the men's houses": the next step of the same happening
    r"|^\W*(?:[\w'’-]+\s+){1,3}?then\s",
    re.I,
)
# "was shot dead during the raid", "residents said they heard machine guns": details of it.
_IN_THE_EVENT = re.compile(
    r"\b(?:during|in|amid|in the course of) the (?:\w+ )?(?:raid|attack|assault|clash(?:es)?|fighting"
    r"|ambush|shooting|violence|strike|bombing|blast|explosion|gunfight|firefight|operation)\b",
    re.I,
)
_TOLL_SENTENCE = re.compile(
    r"^\W*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|both|all|several|some|many"
    r"|most|another)(?:\s+(?:of them|others?|more|people|persons|victims))?"
    # "A 46-year-old woman was killed and three people were taken to hospital."
    r"|(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|boy|girl|child|civilian|resident|person"
    r"|driver|passer-by|passerby))"
    r"\s+(?:was|were|had been|have been|has been|died|later died)\b[^.;]{0,90}[.;]?\s*$",
    re.I,
)
# "The state government said 11 people had been killed", "Amnesty said soldiers had killed at
# least 10 people there": another source's count of what was told, in the past perfect.
_SAID_TOLL = re.compile(
    r"^(?:[\w'’-]+\s+){1,8}?(?:said|says|told\s+(?:[\w'’-]+\s+){1,4}?|reported)\s+"
    r"(?:(?:on|late on|in a statement on)\s+\w+\s+|in a statement\s+)?(?:that\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:had\s+(?:been\s+)?(?:killed|died)|bodies|dead)\b",
    re.I,
)
_HEARD = re.compile(r"\bheard\s+(?:[\w-]+\s+){0,4}$", re.I)
_EVENT_NOUN = re.compile(
    r"^(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|fighting|clash(?:es)?|gunfights?|firefights?"
    r"|shoot-?outs?|battles?|offensive|assault|(?:air ?)?strikes?|bombings?|blasts?|explosions?"
    r"|shelling|killings?|massacre|violence|abductions?|kidnappings?|looting|looters|arsonists?)$",
    re.I,
)
_THEM_AFTER = re.compile(r"\s+(?:them|him)\s+(?:off|back)\b", re.I)
_FIGHT_NOUN = re.compile(
    r"\b(?:fighting|clash(?:es)?|battles?|gunfights?|firefights?|shoot-?outs?)$", re.I
)
# Another target, a later stage: a new happening, not the old one told again.
_ANOTHER = re.compile(
    r"\b(?:another|second|fresh|separate(?:ly)?|also|later|earlier"
    r"|(?:next|following) (?:day|night|morning|evening|afternoon))\b",
    re.I,
)


def new_time(text: str) -> bool:
    """Whether a sentence gives a day of its own or another target ("on Monday", "another")."""
    return tells_a_date(text) or _ANOTHER.search(text) is not None


# Weapons that strike from afar: a strike told within a raid is an event of its own.
FROM_AFAR = {"Air/drone strike", "Shelling/artillery/missile attack"}
_HARM = re.compile(r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es))\b", re.I)
# What violence leaves behind ("they took the cattle", "debris damaged two houses").
_DAMAGE = {"Looting/property destruction"}
VIOLENT_FAMILIES = {"Battles", "Violence against civilians", "Explosions/Remote violence"}
# "38 people were killed in the city by the explosions": the blasts told before.
_THE_BLASTS = r"the\s+(?:[\w-]+\s+)?(?:explosions?|blasts?|bombings?|bombs?)\b"
_KILLED_BY_THE_BLASTS = re.compile(
    rf"\b(?:killed|wounded|injured|hurt)\s+(?:[\w-]+\s+){{0,3}}?by\s+{_THE_BLASTS}", re.I
)
_BY_THE_BLASTS = re.compile(rf"\b(?:by|in)\s+{_THE_BLASTS}", re.I)


def retelling_host(candidate: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The event a later sentence tells again ("the ambush", "The attackers ... opened fire")."""
    if candidate.sub_event_type == "Arrests":
        return _arrest_told_again(candidate, kept)
    if candidate.sub_event_type == "Agreement":
        return _agreement_told_again(candidate, kept)
    family = event_type_of(candidate.sub_event_type)
    crowd = family == "Riots" or candidate.sub_event_type in _DAMAGE
    if family not in VIOLENT_FAMILIES and not crowd:
        return None
    hosts = VIOLENT_FAMILIES | ({"Riots"} if crowd else set())
    sentence = candidate.sentence
    before = sentence.text[: candidate.trigger.start - sentence.start]
    named_again = _EVENT_NOUN.match(candidate.trigger.text) is not None and bool(
        _DEFINITE.search(before)
    )
    back = _BACK_SUBJECT.match(sentence.text) is not None or _HEARD.search(before) is not None
    # "During the raid, a drone fired a missile": a strike within a raid is coded on its own.
    during = _IN_THE_EVENT.search(sentence.text) is not None
    own_kind = during and not back and candidate.sub_event_type in FROM_AFAR
    own_kind = own_kind and _HARM.search(sentence.text) is not None
    # "Officers fought them off": the attackers of the event just told, as a pronoun
    them = _THEM_AFTER.match(sentence.text, candidate.trigger.end - sentence.start) is not None
    told_again = (back or during or them) and not new_time(sentence.text)
    # "One was shot dead.", "Two others were wounded": its toll, told in a sentence of its own.
    told_again = told_again or _TOLL_SENTENCE.match(sentence.text) is not None
    told_again = told_again or (
        _SAID_TOLL.match(sentence.text) is not None
        and not new_time(TOLD_ON.sub(" ", sentence.text))
    )
    # "the two drivers and 14 people were killed by the blasts": an outcome of the blasts
    told_again = told_again or (
        _KILLED_BY_THE_BLASTS.search(sentence.text) is not None
        and not new_time(TOLD_ON.sub(" ", sentence.text))
    )
    if not (named_again or told_again):
        return _same_target_host(candidate, kept)
    fight = named_again and _FIGHT_NOUN.search(candidate.trigger.text) is not None
    if fight:
        # "The fighting began before dawn": a fight told again, not the killings after it
        # (a bare count of deaths, "four people have been killed", may be the fight's)
        hosts = {"Battles"}
    if told_again and _BY_THE_BLASTS.search(sentence.text):
        # "38 people were killed in the city by the explosions": the toll of the blasts told
        # before, not of the fighting told beside them
        hosts = {"Explosions/Remote violence"}
    elif told_again and not back:
        # "Amnesty said that soldiers had killed 10 people at the toll gate": the toll of
        # the shooting into the crowd told before.
        # (the crowd's type is refined from all its sentences only later)
        hosts = hosts | {"Protests"}
    return next(
        (
            c
            for c in reversed(kept)
            if c.sentence.index < sentence.index
            and c.modality == candidate.modality
            and (
                event_type_of(c.sub_event_type) in hosts
                or {c.sub_event_type, candidate.sub_event_type} <= _DAMAGE
                or (fight and c.strength == "weak" and c.sub_event_type == "Attack")
            )
            and (not own_kind or c.sub_event_type == candidate.sub_event_type)
            and (named_again or c.sentence.paragraph >= sentence.paragraph - 2)
        ),
        None,
    )


# "Under Sunday's agreement, ...", "The deal also provides": the agreement told before.
_THE_AGREEMENT = re.compile(
    rf"\b(?:the|this|that|its|their|(?:{'|'.join(WEEKDAYS)})'s)\s+"
    r"(?:[\w-]+\s+)?(?:agreement|deal|accord|truce|ceasefire)\b",
    re.I,
)


def other_day(text: str, first: str) -> bool:
    """Whether ``text`` names a weekday or a date that the first telling names otherwise
    (the day something was said, "the minister said on Monday", is no day of the act)."""
    text, first = TOLD_ON.sub(" ", text), TOLD_ON.sub(" ", first)
    for named in (weekdays_named, explicit_days):
        days, told = named(text), named(first)
        if days and told and days - told:
            return True
    return False


def _agreement_told_again(candidate: Candidate, kept: list[Candidate]) -> Candidate | None:
    text = candidate.sentence.text
    if _THE_AGREEMENT.search(text) is None:
        return None
    # "The agreement, reached on 29 May, ...": another day than the first telling's is an
    # earlier agreement of its own
    return _told_before_as(
        candidate, kept, "Agreement", lambda c: not other_day(text, c.sentence.text)
    )


# "its drones had struck the depot": the thing a strike hit, named again with "the".
_THE_TARGET = re.compile(r"^\s+(?:on\s+|at\s+)?the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{4,})\b")
_TARGET_REACH = 2


def _same_target_host(candidate: Candidate, kept: list[Candidate]) -> Candidate | None:
    """A strike on "the depot" with no day of its own, after a strike of the same kind on "an
    oil depot": the same happening, told again (often by the side that claims it)."""
    sentence = candidate.sentence
    after = sentence.text[candidate.trigger.end - sentence.start :]
    target = _THE_TARGET.match(after)
    if target is None or new_time(sentence.text):
        return None
    noun = re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{target['noun']}\b", re.I)
    return next(
        (
            c
            for c in reversed(kept)
            if c.sentence.index < sentence.index
            and c.sub_event_type == candidate.sub_event_type
            and c.modality == candidate.modality
            and c.sentence.paragraph >= sentence.paragraph - _TARGET_REACH
            and noun.search(c.sentence.text[c.trigger.start - c.sentence.start :])
        ),
        None,
    )


# "The journalists were detained at their homes on Wednesday": the arrest just told.
_ARRESTED_AGAIN = re.compile(
    r"^\W*(?:the|these|those|both)\s+(?:[\w-]+\s+){0,2}?(?:was|were|had been|have been)\s+"
    r"(?:\w+ly\s+)?(?:detained|arrested|picked up|taken into custody)\b",
    re.I,
)


def _arrest_told_again(candidate: Candidate, kept: list[Candidate]) -> Candidate | None:
    if not _ARRESTED_AGAIN.match(candidate.sentence.text):
        return None
    return _told_before_as(
        candidate,
        kept,
        "Arrests",
        lambda c: c.sentence.paragraph >= candidate.sentence.paragraph - 1,
    )


def _told_before_as(
    candidate: Candidate, kept: list[Candidate], kind: str, fits: Callable[[Candidate], bool]
) -> Candidate | None:
    """The latest event of ``kind`` told before ``candidate``, with its modality, that fits."""
    return next(
        (
            c
            for c in reversed(kept)
            if c.sub_event_type == kind
            and c.modality == candidate.modality
            and c.sentence.index < candidate.sentence.index
            and fits(c)
        ),
        None,
    )


def last_paragraph(candidate: Candidate) -> int:
    """The last paragraph that tells ``candidate``, its own sentence or one merged into it."""
    return max([candidate.sentence.paragraph, *(s.paragraph for s in candidate.merged)])


def drop_coarser_copies(events: list[Event]) -> list[Event]:
    """One happening placed twice, at a town and at only its province or country: keep the town.

    A later sentence that names no town ("the assailants burned houses") falls back
    to the province; when the report already placed the same kind of event on the
    same day inside that province, it is the same event told again.
    """
    return _absorbed(events, _finer_copy)


def fold_unnamed_copies(events: list[Event]) -> list[Event]:
    """One happening told twice at the same place and day, once with its attackers unnamed
    ("the unit was attacked by more than a hundred terrorists") and once named or claimed:
    one event, with the name. ACLED's unit is the type, place, day and actors, and an
    unnamed side is no other actor."""
    return _absorbed(events, _unnamed_copy, _name_it)


def fold_back_tellings(events: list[Event]) -> list[Event]:
    """One happening told first in brief and then by its doers again, a day apart at most
    ("Gunmen killed 12 people in an overnight attack on Mangu ... The attackers arrived at
    about 11pm on Monday"): one event, as first told."""
    return _absorbed(events, _told_back)


def _told_back(other: Event, event: Event) -> bool:
    """Whether ``event`` is ``other`` told again from its doers ("The attackers ...")."""
    if other is event or other.evidence.start >= event.evidence.start:
        return False
    text = event.evidence.text
    if not _BACK_SUBJECT.match(text) or _ANOTHER.search(text):
        return False
    same = (
        other.sub_event_type == event.sub_event_type
        and other.modality == event.modality
        and other.iso3 == event.iso3
        and event.admin1 in (None, other.admin1)
    )
    here = event.location == other.location or (event.geo_precision or 3) > (
        other.geo_precision or 3
    )
    return same and here and _days_between(other, event) in (0, 1)


def _days_between(one: Event, other: Event) -> int | None:
    """Days between two events dated to the day, else None."""
    if one.time_precision != 1 or other.time_precision != 1:
        return None
    first, second = parse_iso(one.event_date), parse_iso(other.event_date)
    if first is None or second is None:
        return None
    return abs((first - second).days)


def fold_fights_into_conquests(events: list[Event]) -> list[Event]:
    """The fighting for a town on the day it changed hands is that conquest, as ACLED codes
    it ("took control of Raqqa ... 17 soldiers and nine rebels were killed in the fighting");
    so is the takers' own later telling of the taking ("said its fighters had 'taken full
    control' of the town")."""
    return _absorbed(events, _conquest_of)


def _absorbed(
    events: list[Event],
    holds: Callable[[Event, Event], bool],
    merge: Callable[[Event, Event], None] | None = None,
) -> list[Event]:
    """``events`` without those another holds (``holds(other, event)``), which absorbs them
    (``merge``, by default ``absorb``)."""
    merge = merge or absorb
    kept = []
    for event in events:
        host = next((other for other in events if holds(other, event)), None)
        if host is None:
            kept.append(event)
        else:
            merge(host, event)
    return kept


TERRITORY_TAKEN = {"Non-state actor overtakes territory", "Government regains territory"}


def _conquest_of(other: Event, event: Event) -> bool:
    """Whether ``other`` is the taking of the place ``event`` (a fight) was fought over, or
    the same taking told again by its takers ("The BLA said its fighters had 'taken full
    control' of the town", told with no fight of its own)."""
    if other.sub_event_type not in TERRITORY_TAKEN:
        return False
    if event.sub_event_type == "Non-violent transfer of territory":
        return (
            event.actor1 is not None
            and event.actor1 == other.actor1
            and event.location == other.location
            and event.event_date == other.event_date
            and event.modality == other.modality
            and other.evidence.start < event.evidence.start
        )
    if event.sub_event_type != "Armed clash":
        return False
    same_day = other.event_date == event.event_date and other.modality == event.modality
    # told after the conquest: "Rebels took the city ... 26 were killed in the fighting"
    later = other.evidence.start < event.evidence.start
    there = other.location == event.location or (
        event.geo_precision == 3 and event.admin1 in (None, other.admin1)
    )
    return same_day and later and other.iso3 == event.iso3 and there


def _unnamed(actor: str | None) -> bool:
    return actor is None or actor.startswith("Unidentified")


# A later telling that does not say the target was armed ("the patrol was attacked by
# armed men") reads as an attack on civilians; it is the fight told first.
def _same_kind(first: str, later: str) -> bool:
    return first == later or (first, later) == ("Armed clash", "Attack")


def _unnamed_copy(other: Event, event: Event) -> bool:
    """Whether ``event`` is ``other`` told again later with its actor left unnamed, or
    ``other`` with the actor named at last."""
    same = (
        other.evidence.start < event.evidence.start
        and other.location is not None
        and other.location == event.location
        and _same_kind(other.sub_event_type, event.sub_event_type)
        and other.modality == event.modality
        and other.event_date == event.event_date
    )
    # A toll of its own ("38 killed in the city", "55 in the villages") makes it another event.
    tolls = {other.fatalities, event.fatalities} - {None}
    named = other.actor1 != event.actor1 and (_unnamed(other.actor1) or _unnamed(event.actor1))
    return same and (named or _sides_unnamed(other, event)) and len(tolls) < 2


def _sides_unnamed(other: Event, event: Event) -> bool:
    """ "the militants attacked the army base ... Soldiers and fighters exchanged fire": the
    same fight told from the other side, its attackers unnamed the second time."""
    if {other.sub_event_type, event.sub_event_type} != {"Armed clash"}:
        return False
    first = {a for a in (other.actor1, other.actor2) if not _unnamed(a)}
    later = {a for a in (event.actor1, event.actor2) if not _unnamed(a)}
    unnamed = _unnamed(event.actor1) or _unnamed(event.actor2)
    return bool(later) and later < first and unnamed


def _finer_copy(other: Event, event: Event) -> bool:
    """Whether ``other`` is ``event`` told at a finer place."""
    if other is event or other.geo_precision is None or event.geo_precision is None:
        return False
    same = (
        other.sub_event_type == event.sub_event_type
        and other.modality == event.modality
        and other.event_date == event.event_date
        and other.iso3 == event.iso3
    )
    coarser = event.geo_precision == 3 and other.geo_precision < 3
    inside = event.admin2 is None and event.admin1 in (None, other.admin1)
    return same and coarser and inside and event.location != other.location


def _name_it(kept: Event, duplicate: Event) -> None:
    """``absorb``, and the named side of the two tellings is the event's."""
    if _unnamed(kept.actor1) and (kept.actor1 is None or not _unnamed(duplicate.actor1)):
        kept.actor1, kept.inter1 = duplicate.actor1, duplicate.inter1
        kept.assoc_actor_1 = duplicate.assoc_actor_1
    if kept.actor2 is None and duplicate.actor2 is not None and duplicate.actor2 != kept.actor1:
        kept.actor2, kept.inter2 = duplicate.actor2, duplicate.inter2
        kept.assoc_actor_2 = duplicate.assoc_actor_2
    absorb(kept, duplicate)


def absorb(kept: Event, duplicate: Event) -> None:
    """The same happening told twice in one article: keep one, with the surer figure."""
    if kept.fatalities is None and duplicate.fatalities is not None:
        kept.fatalities = duplicate.fatalities
        kept.fatalities_low, kept.fatalities_best, kept.fatalities_high = (
            duplicate.fatalities_low,
            duplicate.fatalities_best,
            duplicate.fatalities_high,
        )
