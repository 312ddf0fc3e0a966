"""Find event triggers in sentences and decide their ACLED sub-event type.

Triggers come from ``data/triggers.tsv``; the type a trigger opens is then
refined from the sentence: who the target is (civilians or armed men), how
a protest was met, who took territory. Reports of accidents and disasters
(floods, crashes, gas explosions) are recognised and give no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventatlas.article import Article, Sentence, Span
from eventatlas.extract.asides import (
    aside_in_sentence,
    is_not_political,
    is_review,
    named_as_cause,
    report_topic,
    said_aside,
)
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.lexicon import compile_words, read_rows
from eventatlas.extract.modality import modality_of
from eventatlas.extract.retelling import TERRITORY_TAKEN

_CLAUSE_BREAK = re.compile(
    r";|:\s|, (?:as|while|whereas|after|before|when|but|and then|which|who|whose|where|as well as)\b|\.\s|\s[–—-]\s"
    # "..., police said, a day before government troops announced ...": another happening
    r"|, (?:a|an|one|two|three|four|five|several|\d+) (?:days?|nights?|weeks?|months?)"
    r" (?:before|after)\b"
)
AGENT_WORDS = compile_words(
    r"gunm[ae]n|militants?|insurgents?|rebels?|soldiers?|troops|army|military|police|forces|"
    r"fighters?|jihadists?|militia(?:s|men)?|attackers?|assailants?|bandits?|terrorists?|"
    r"bomb(?:s|ing|er)?|shot|shelling|airstrikes?|armed|weapons?|explosives?|gangs?|mobs?|"
    r"raiders?|killers?|thugs?|gangsters?|hitm[ae]n|rustlers?|warriors|vigilantes?|"
    r"(?:unknown|unidentified) (?:people|persons|men|individuals|group|assailants?|perpetrators?)|"
    r"(?:killed|murdered|shot|stabbed|attacked|beaten|hacked|lynched) (?:\w+ ){0,2}?by"
)
_CIVILIAN_TARGET = compile_words(
    r"civilians?|villagers?|residents?|farmers?|worshippers?|children|women|woman|men|man|"
    r"passengers?|students?|pupils?|teachers?|traders?|herders?|miners?|displaced|refugees?|"
    r"journalists?|doctors?|nurses?|pilgrims?|family|families|"
    r"girls?|boys?|teenagers?|elders?|chiefs?|shopkeepers?|motorists?|drivers?|humanitarian|"
    r"people|persons?|bystanders|herdsmen|victims?|bus|market|school|church|mosque|village|"
    r"homes?|houses?|hospital|wedding|restaurant|hotel|shops?|clinic|camp for displaced|"
    r"\d+-year-old|stores?|bars?|car wash|businesses?|nightclubs?|taxis?|"
    r"workers?|builders?|labou?rers?|employees?|engineers?|fishermen"
)
_INTERVENTION = compile_words(
    r"dispersed|disperse|tear ?gas|teargas|water cannons?|rubber bullets|baton(?:s|-charged)?|"
    r"(?:police|officers|troops|soldiers|security forces) (?:\w+ ){0,2}?charged (?:into|at) "
    r"(?:\w+ ){0,4}?(?:protesters|demonstrators|marchers|crowds?)|"
    r"beat(?:en)? protesters|(?:arrested|detained|rounded up|(?<!to )(?<!the )(?:arrest|detain|round up)) (?:\w+ ){0,3}(?:protesters|demonstrators|participants|"
    r"activists|students|them|people|some|several|dozens|scores|\d+|two|three|four|five|six|seven|eight|nine|ten)|"
    r"(?:police|officers|security forces) (?:\w+ ){0,2}(?:arrested|detained)|(?:protesters|demonstrators|participants) "
    r"(?:\w+ ){0,2}(?:were|was) (?:arrested|detained)|broke up|cracked down|pepper spray|stun grenades?|"
    r"intervened|intervenes?|turned away by (?:the )?police|dispersed them|forcibly removed|evicted|clashed with (?:the )?police|"
    r"(?:pushed|push|pushing) back (?:\w+ ){0,3}?(?:protesters|demonstrators|crowds?|women|marchers|students|people)|"
    # "One protester was arrested", "26 arrested", "several arrests were made": a crowd
    # met with arrests, not "demanded the release of 60 arrested" or "a man who was arrested".
    r"(?:protesters?|demonstrators?|activists?|participants?|persons?|people|wom[ae]n|m[ae]n|"
    r"students?|members?|organi[sz]ers?|leaders?|youths?) (?:(?!who\b|that\b)\w+ ){0,3}?"
    r"(?:were|was) (?:\w+ )?(?:arrested|detained)|arrests were made|"
    r"(?<!of )(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens|scores) "
    r"(?:\w+ ){0,2}?(?:were )?(?:arrested|detained)|"
    r"police (?:\w+ ){0,2}(?:tried|attempted) to (?:disperse|stop|control|contain|block)|"
    # kept from gathering, or held at a stand-off
    r"(?:barred|prevented|stopped|blocked) (?:\w+ ){0,3}?(?:people|protesters|demonstrators|"
    r"supporters|marchers|activists|residents|students|them|the group) from|"
    r"sealed (?:off )?(?:the )?(?:grounds|venue|square|streets?|area|roads?)|"
    r"stand-?off (?:between|with) (?:the )?(?:\w+ )?(?:protesters|demonstrators|police|crowd)"
)
_LETHAL = compile_words(
    r"(?:shot|killed|died|shot dead) (?:\w+ ){0,3}by (?:the )?(?:police|security forces|soldiers|troops)|"
    r"police (?:\w+ ){0,2}(?:shot|killed)|"
    r"live (?:ammunition|rounds?|fire|bullets?)|shot dead|(?:was|were) (?:hit|struck) and (?:died|killed)|opened fire on (?:\w+ ){0,2}(?:protesters|demonstrators|crowds?|marchers|mourners)|"
    r"killed (?:\w+ ){0,3}(?:protesters|demonstrators)|(?:protesters|demonstrators) (?:were|was) killed|"
    # "gunmen attacked protesters in Karbala, killing two"
    r"attack(?:ed|ing) (?:\w+ ){0,2}(?:protesters|demonstrators|marchers|mourners|the sit-in)"
    r"[^.;]{0,60}?\b(?:killing|killed|leaving (?:\w+ ){0,2}dead)|"
    r"(?:open|opens|opened|opening) fire (?:\w+ ){0,3}?on (?:\w+ ){0,4}?(?:protesters|demonstrators"
    r"|crowds?|marchers|mourners|(?:people|residents|villagers|youths|men|women|students) "
    r"(?:who (?:had |were )?)?(?:protesting|demonstrating|marching|gathered))|"
    # "opened fire on a march", "fired into a funeral procession"
    r"(?:(?:opened|open|opening) fire on|fired (?:live rounds |live bullets |shots )?(?:on|at|into))"
    r" (?:a|an|the) (?:[\w-]+ )?(?:march|rally|demonstration|sit-in|procession)\b|"
    r"fired (?:live rounds |live bullets |shots )?(?:on|at|into) (?:\w+ ){0,3}"
    r"(?:protesters|demonstrators|crowds?|marchers|mourners|supporters|students|residents"
    r"|activists|youths|worshippers)|"
    r"fired (?:live rounds |live bullets |shots )?(?:on|at|into) (?:\w+ ){0,2}"
    r"(?:people|villagers|men|women) (?:who (?:had |were )?)?(?:protesting|demonstrating"
    r"|marching|gathered)|"
    r"(?:shoot|shoots|shot) (?:at |into )?(?:the |a )?(?:crowd|protesters|demonstrators|marchers|mourners)|"
    r"(?:shoot|shoots|shot) and (?:injure|injured|wound|wounded|kill|killed) (?:\w+ ){0,2}"
    r"(?:protesters|demonstrators|marchers|mourners|students)"
)
# "riot police", "anti-riot units", "riot-control agents" name no riot.
RIOT = (
    r"(?<!anti-)(?<!anti )riot(?:s|ed|ing|ers)?(?![- ](?:police(?:men)?|control|gear|squads?|units?"
    r"|troops|shields?|officers|forces|act\b|charges?))"
)
_VIOLENT_CROWD = compile_words(
    r"violent(?:ly)?|rowdy|unruly|(?<!police )(?<!a )(?<!past )barricad\w+|bonfires?|lit (?:\w+ )?fires?|lighting (?:\w+ )?fires?|(?<!the )(?<!of )burnt|stoned|"
    r"light (?:\w+ )?fires|"
    r"(?:carrying|wielding|brandishing) (?:[\w-]+,? (?:and )?){0,4}?(?:spears|machetes|axes|staves"
    r"|sticks|clubs|knives|arrows|pangas|iron bars|metal rods)|"
    r"turned on (?:a|the) (?:police|security forces|officers|soldiers|troops)|"
    r"(?:protest[eo]rs|demonstrators|marchers|crowds?) (?:\w+ ){0,3}?"
    r"armed with (?:[\w-]+,? (?:and )?){0,3}?(?:sticks|stones|rocks|machetes|clubs|arrows|pangas"
    r"|crude weapons|iron bars|metal rods)|"
    r"running battles?|street[- ]?fights?|clash(?:es|ed)? (?:between|with) (?:\w+ ){0,4}police|"
    r"engag(?:ed|ing) (?:the )?(?:police|security forces|officers) in|"
    r"(?:threw|hurled|throwing|hurling|throw|hurl) (?:[\w-]+,? (?:and )?){0,3}?(?:stones|rocks|petrol bombs|"
    r"molotov cocktails|bottles|smoke bombs|fireworks|firecrackers|bricks)|pelted|"
    r"(?:breaking|broke|smashing) (?:\w+ ){0,2}windows|"
    r"(?:with|throwing|threw) (?:sticks and )?stones|burn(?:ed|t|ing)? (?:rubber )?(?:tyres|tires)|"
    r"set (?:fire to|on fire) (?:\w+ ){0,3}(?:tyres|tires|barricades|vehicles|cars|buildings?|offices"
    r"|hotels?|shops|homes|houses|businesses|banks?|police stations?|town halls?)|"
    r"turned violent|barricades on fire|smashed|vandali[sz]|rampage|alight|"
    # ("pictures of the burned houses": what was burned before, not this crowd's act)
    r"(?<!the )(?<!of )burn(?:ed|t|ing)? (?:\w+ ){0,2}(?:police|camp|station|vehicles?|cars?|buildings?|offices?|houses|property|motorbikes?)|"
    r"stone-throwing|burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars|buildings|police)|torched|"
    r"set (?:\w+ ){0,3}on fire|looted|vandali[sz]ed|clashed with (?:police|security forces)|"
    r"attacked (?:police|a police station|officers)|rioted|"
    r"attack(?:ed|ing) (?:[\w-]+ ){0,3}?(?:embass(?:y|ies)|consulates?)|"
    + RIOT
    + r"|smashed|ransacked|"
    r"(?:hit|struck) by (?:a )?(?:stones?|rocks?)|stoning|stones? (?:were )?(?:thrown|hurled)|fir(?:ed|ing) (?:\w+ ){0,3}?(?:into|in) the air|"
    r"forcibly|forced their way|forced open|broke through (?:\w+ )?(?:police )?(?:lines|cordons?|barriers)|"
    r"smashing|damaging (?:\w+ ){0,2}?(?:checkpoints?|gates?|vehicles|cars|buildings)|"
    r"ambushed|abducted|demolished|lit (?:\w+ )?(?:twigs|tyres|tires)|"
    r"descended into violence|violence broke out|burn(?:ed|t|ing)? (?:\w+ ){0,2}?(?:dorm\w*|librar\w+|mattresses)|"
    r"burn(?:ed|t|ing)? (?:\w+ ){0,2}?(?:objects|debris|items|branches|logs|rubbish|garbage|trash|wood"
    r"|ballot\w*|effigy|effigies|flags?)|with burning|broke into|broken into|"
    # ("pulled down their shutters": shops closed in protest, nothing torn down)
    r"pulled down(?! (?:their|the|its|his|her) (?:\w+ )?shutters)|tore down|"
    r"(?:destroy|damag)(?:ed|ing|es|e)? (?:\w+ ){0,3}?(?:property|properties|offices?|vehicles?|shops?)"
)
# A grievance told: "calling for the premier to step down", "the unrest that followed
# Zuma's jailing", "the stayaway against fuel price rises", "amid anger over the war".
_GRIEVANCE = (
    r"calling for|stay-?aways?|general strike|amid (?:\w+ )?(?:anger|outrage|fury)|"
    r"(?:unrest|riots?|rioting) (?:that )?(?:followed|over|after|sparked by)|"
    r"over the (?:police )?(?:killing|death|shooting|arrest|jailing) of|"
    r"against (?:the )?(?:\w+ )?(?:prices?|price rises|taxe?s?|government|election|results"
    r"|evictions?|arrest|jailing|law|bill)"
)
_DEMANDS = compile_words(
    RIOT + r"|rowdy|rampag\w*|walkout|denounc\w*|oppos(?:e|ed|ing)|supporters|block\w*|"
    r"chas(?:e|ed|ing) (?:\w+ )?police|protest\w*|demonstrat\w*|march(?:ed|es|ing|ers)?|rall(?:y|ies|ied|ying)|demand\w*|"
    r"strikes?|striking|sit-ins?|picket\w*|boycott\w*|petition\w*|grievances?|"
    r"elections?|electoral|polls?|results|vote|voting|ballots?|campaign\w*|"
    r"evictions?|unpaid|salar(?:y|ies)|wages|fees?|prices|shortages?|lockdown|curfew|"
    r"against (?:the )?(?:government|governor|decision|plan|arrest|killing|death|police|president)|"
    + _GRIEVANCE
)
_HURT = compile_words(r"injur(?:ed|ies|ing)|wounded|hurt")
# ("a flash mob march" is a protest's form, no mob)
_MOB = compile_words(
    r"(?<!flash )(?<!flash-)mobs?|lynch(?:ed|ing)?|vigilantes?|mob justice|angry crowd|crowd beat|"
    # "a crowd caught a man they accused of ... and beat him to death": one man killed by a
    # crowd's hands is a mob's doing, whatever the crowd had gathered for.
    r"(?:beat|stoned|hacked|clubbed) (?:him|her) to death"
)
# Words for these also describe accidents, disasters and sport ("a gas explosion",
# "the fire destroyed homes", "a clash of the league leaders").
ACCIDENT_PRONE = {
    "Arrests",
    "Armed clash",
    "Remote explosive/landmine/IED",
    "Looting/property destruction",
    "Shelling/artillery/missile attack",
    "Attack",
    "Chemical weapon",
    "Other",
    "Non-state actor overtakes territory",
    "Air/drone strike",
}
_PROTEST_TYPES = {
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
}
_UNOPPOSED = compile_words(
    r"without (?:any )?(?:resistance|a fight|fighting|violence|a shot)|no (?:violence|resistance|fighting)|"
    r"(?:had )?(?:fled|withdrawn|left|abandoned|deserted) (?:\w+ ){0,3}(?:before|prior|earlier)|deserted"
)
_FIGHT = compile_words(
    r"attack(?:ed|s|ing)?|assault(?:ed)?|fight(?:ing)?|fought|clash(?:ed|es)?|battles?|offensive|"
    r"killed|killing|dead|wounded|stormed|overran|overrun|overrunning|captured|seized|fell to|gunfire|"
    r"shelling|drove|driving|pushed|expelled|routed|advance|advanced|swept|repelled|resistance|"
    r"exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|fire ?fights?|gun ?battles?|shoot-?outs?"
)


def fought_for(candidate: Candidate, article: Article) -> str:
    """A town taken with no fight in its sentence, whose paragraph goes on to tell the
    fight ("took control of Ceeldheer ... 22 of them were killed in the fighting on the way
    into the town"), was conquered, not handed over."""
    sub = candidate.sub_event_type
    if sub != "Non-violent transfer of territory" or not candidate.no_fight_told:
        return sub
    rest = paragraph_text(candidate, article)[len(candidate.sentence.text) :]
    if not (_FIGHT.search(rest) and _DEATHS_TOLD.search(rest)) or _UNOPPOSED.search(rest):
        return sub
    before = candidate.clause.text[: candidate.trigger.start - candidate.clause.start]
    state = _STATE_WORDS.search(before) is not None
    return "Government regains territory" if state else "Non-state actor overtakes territory"


_DEATHS_TOLD = compile_words(r"killed|dead|died|martyred|wounded|casualties|losses")
_STATE_WORDS = compile_words(
    r"army|troops|soldiers|military|government|regime forces|security forces|police|"
    r"forces loyal to|national army|armed forces"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    sub_event_type: str
    strength: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def load_triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon, compiled once per process."""
    return tuple(
        Trigger(sub, strength, compile_words(pattern))
        for sub, strength, pattern in read_rows("triggers.tsv")
    )


def clause_of(sentence: Sentence, offset: int) -> Span:
    """The clause of ``sentence`` around absolute ``offset``."""
    text, base = sentence.text, sentence.start
    local = offset - base
    start, end = 0, len(text)
    before = 0  # where the clause before the last break began
    relative = False
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= local:
            before, start = start, match.end()
            relative = match.group().lower().endswith(("which", "who"))
        elif match.start() >= local:
            end = match.start()
            break
    if relative and _RESUMED.search(text, start, local):
        # "The Ugandan army, which works with the FARDC, shelled ADF camps": the relative
        # clause closed and its subject's clause goes on to the trigger.
        start = before
    return Span(base + start, base + end, text[start:end])


# The comma that closes a relative clause, then a few words to the trigger.
_RESUMED = re.compile(r",\s+(?:[\w-]+\s+){0,8}$")


def find_triggers(sentence: Sentence) -> list[tuple[Trigger, Span]]:
    """Every trigger match in ``sentence``; overlapping matches keep the earliest lexicon line."""
    found: list[tuple[Trigger, Span]] = []
    taken: list[tuple[int, int]] = []
    for trigger in sorted(load_triggers(), key=lambda t: t.strength != "strong"):
        for match in trigger.pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            # The few words before the trigger, enough for the cues below.
            before = sentence.text[max(0, match.start() - 80) : match.start()]
            after = sentence.text[match.end() : match.end() + 120]
            if said_aside(trigger, match.group(), before, after):
                continue
            if aside_in_sentence(trigger, match.group(), sentence.text[: match.start()]):
                continue
            taken.append((start, end))
            found.append((trigger, Span(start, end, match.group())))
    return sorted(found, key=lambda item: item[1].start)


# "detained him and took him to an unknown location": an arrest that hides its prisoner is
# a forced disappearance, as ACLED codes it.
_HIDDEN = compile_words(
    r"to (?:an? )?(?:unknown|undisclosed|secret) (?:location|destination|place)s?|to a place not known"
    r"|whereabouts (?:remain|remains|are|is) "
    r"(?:still )?unknown|(?:has|have) not been seen since|incommunicado"
)


_BLASTS = {"Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade"}
_OLD_WAR_REMNANT = re.compile(
    r"\b(?:left ?over|remnants?|relics?) (?:from|of) (?:the |a |an )?(?:[\w-]+ ){0,3}?"
    r"(?:war|wars|conflict|fighting|insurgency)\b"
    r"|\b(?:fighting|war|battles?) (?:had )?(?:occurred|took place|raged) (?:\w+ ){0,3}?in the "
    r"(?:19|20)\d0s\b"
    r"|\bdecades-old (?:\w+ )?(?:landmines?|mines?|shells?|bombs?|ordnance|rockets?)\b",
    re.I,
)


def refine(candidate: Candidate) -> str:
    """The sub-event type after looking at the whole sentence."""
    sub = candidate.sub_event_type
    if sub == "Arrests" and _HIDDEN.search(candidate.sentence.text):
        return "Abduction/forced disappearance"
    remnant = sub in _BLASTS or candidate.strength == "weak"
    if remnant and _OLD_WAR_REMNANT.search(candidate.sentence.text):
        # "stepped on a landmine in an area where fighting occurred in the 1980s": an old
        # war's remnant, no one's act today (ACLED's Other)
        return "Other"
    if sub == "Armed clash" and candidate.strength == "weak":
        # An outcome with no fight named: violence against civilians unless the
        # victims are armed men (ACLED codes those as battles).
        return (
            "Armed clash"
            if _targets_armed(candidate) and not targets_civilians(candidate)
            else "Attack"
        )
    if sub == "Attack" and _targets_armed(candidate) and not targets_civilians(candidate):
        return "Armed clash"
    if sub == "Grenade" and _FIREARMS.search(candidate.sentence.text):
        # Grenades used alongside guns: the fight or attack, not a grenade attack.
        return (
            "Attack"
            if targets_civilians(candidate) and not _targets_armed(candidate)
            else "Armed clash"
        )
    # "Gunmen stormed a hotel": an assault on civilians, not a fight between armed sides.
    assault = sub == "Armed clash" and _ASSAULT.match(candidate.trigger.text)
    if assault and targets_civilians(candidate) and not _targets_armed(candidate):
        return "Attack"
    if sub in _TERRITORY and _ATTEMPT.search(
        candidate.sentence.text[: candidate.trigger.start - candidate.sentence.start]
    ):
        # "then tried to overrun it in a battle", "failed to retake the town": a fight for a
        # place that did not change hands
        return "Armed clash"
    if sub == "Government regains territory" and not _STATE_WORDS.search(candidate.clause.text):
        return "Non-state actor overtakes territory"
    if sub == "Non-state actor overtakes territory":
        if _UNOPPOSED.search(candidate.sentence.text):
            return "Non-violent transfer of territory"
        if not _FIGHT.search(candidate.sentence.text):
            # Taken with no fight told: a transfer, not a conquest (unless its paragraph
            # tells the fight, see ``fought_for``).
            candidate.no_fight_told = True
            return "Non-violent transfer of territory"
        before = candidate.clause.text[: candidate.trigger.start - candidate.clause.start]
        if _STATE_WORDS.search(before):
            return "Government regains territory"
    return sub


_TERRITORY = TERRITORY_TAKEN | {"Non-violent transfer of territory"}
_ATTEMPT = re.compile(
    r"\b(?:tried|trying|tries|try|attempted|attempting|attempts|failed|failing|fails|sought"
    r"|seeking|seeks|(?:an?|their|its|the) (?:failed |unsuccessful )?(?:attempt|bid|effort))"
    r" to (?:\w+ )?$",
    re.I,
)


_FROM_THE_AIR = compile_words(
    r"(?:fired|launched|dropped) (?:\w+ ){0,2}?from (?:\w+ ){0,2}?(?:aircraft|warplanes?|planes?|jets?"
    r"|helicopters?|drones?)"
)


_PROTESTING = compile_words(
    r"to protest|in protest|protest(?:ing|ed)? (?:against|over|at)|demand(?:ing|ed|s)?|"
    r"demonstrat\w*|march(?:ed|ing)|" + _GRIEVANCE
)


def demands_told(text: str) -> bool:
    """Whether ``text`` gives a crowd a demand or a cause: a demonstration, not a mob."""
    return _DEMANDS.search(text) is not None


def refine_demonstration(candidate: Candidate, article: Article | None = None) -> str:
    """A demonstration's sub-event type (and a shelling's), read from everything said about it."""
    sub = candidate.sub_event_type
    if sub not in _READ_WHOLE:
        return sub
    if candidate.modality in ("planned", "threatened") and sub in _PROTEST_TYPES:
        # "Groups will hold a rally on Saturday", told after a night of riots: the rally to
        # come is read from its own words, not from the violence told around it.
        return _protest_type(candidate.clause.text, sub)
    text = paragraph_text(candidate, article)
    if sub == "Mob violence":
        if _ON_PROTESTERS.search(candidate.trigger.text):
            return sub  # "men with clubs attacked protesters": the crowd was their target
        # A crowd's violence with a demand or cause told: a violent demonstration.
        protest = not _MOB.search(text) and (_PROTESTING.search(text) or _lead_protest(article))
        return "Violent demonstration" if protest else sub
    if sub == "Shelling/artillery/missile attack":
        # Missiles fired from aircraft are an air strike.
        return "Air/drone strike" if _FROM_THE_AIR.search(text) else sub
    if sub in _PROTEST_TYPES and _ENDED_CALMLY.search(candidate.sentence.text):
        rest = text[text.find(candidate.sentence.text) + len(candidate.sentence.text) :]
        if _ANOTHER_DAY.search(rest):
            # "a rally on Tuesday passed off without incident. When the crowd returned on
            # Wednesday, police fired tear gas": the sentence that says how this crowd ended
            # is its own account; what the paragraph tells of another day is another's
            return _protest_type(candidate.sentence.text, sub, _lead_protest(article))
    return _protest_type(_own_day(candidate, text), sub, _lead_protest(article))


_ENDED_VERBS = "ended|broke up|passed off|went off|finished"
_CALMLY = r"(?:peacefully|quietly|calmly|without (?:any )?(?:incidents?|trouble|violence|clashes))"
_ENDED = rf"(?:{_ENDED_VERBS}) {_CALMLY}"
# "passed off without incident", "dispersed peacefully": the sentence says how a crowd ended
_ENDED_CALMLY = compile_words(rf"(?:{_ENDED_VERBS}|dispersed) {_CALMLY}")

_ANOTHER_DAY = compile_words(
    r"(?:on|by|late on|early on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|the (?:next|following) (?:day|morning|evening|night)|a day later|returned|came back"
)


# (the trigger ends on the crowd attacked: "men armed with clubs attacked protesters")
_ON_PROTESTERS = re.compile(
    r"\b(?:attack|beat|assault|set upon|whipp|chas|charged (?:into|at)|waded into|fell upon)"
    r"\w*\s+(?:\w+\s+){0,4}?(?:protesters|marchers|demonstrators|mourners)$",
    re.I,
)


def _lead_protest(article: Article | None) -> bool:
    """Whether the report opens on protests: a crowd's violence in it is a protest's."""
    if article is None:
        return False
    lead = " ".join(s.text for s in article.sentences[:2])
    return _PROTESTS_LEAD.search(lead) is not None and _MOB.search(lead) is None


_PROTESTS_LEAD = compile_words(r"protest(?:s|ers|ed|ing)?|demonstrat(?:ions|ors|ed|ing)")


DAYS_APART = re.compile(
    r"\b(?:a|one|two|three|four|five|six|\d)\s+days?\s+(?:after|before|since)\b", re.I
)
# "marched on Sunday ..., hours after five men were found shot dead": the dead are another
# happening's, not the crowd's.
HOURS_APART = re.compile(
    r",\s+(?:(?:a few|several|two|three|\d+)\s+)?hours\s+(?:after|before)\b", re.I
)


# "..., while in Encarnacion a crowd rallied peacefully": another town's crowd, told next
ELSEWHERE = re.compile(
    r"[,;]\s+(?P<conjunction>while|whereas|and|but)\s+(?:in|at)\s+(?-i:[A-Z])", re.I
)


def _own_day(candidate: Candidate, text: str) -> str:
    """ "arrested seven workers on Tuesday, a day after they staged a sit-in": the arrests are
    another day's, so the sit-in is read without them (and the arrests without the sit-in);
    so with another town's crowd told after ", while in"."""
    sentence = candidate.sentence
    apart = DAYS_APART.search(sentence.text) or ELSEWHERE.search(sentence.text)
    if apart is None:
        return text
    if candidate.trigger.start - sentence.start > apart.start():
        return text.replace(sentence.text[: apart.start()], " ", 1)
    return text.replace(sentence.text[apart.start() :], " ", 1)


_READ_WHOLE = {
    *_PROTEST_TYPES,
    "Violent demonstration",
    "Mob violence",
    "Shelling/artillery/missile attack",
}


# "The same day soldiers arrested 20 young men at the market": another act told.
ANOTHER_ACT = re.compile(
    r"^\W*(?:(?:on |during )?(?:the|that) same (?:day|night|evening|morning|afternoon)|separately"
    r"|in a separate (?:\w+ )?(?:operation|raid|incident)|also on (?:that|the same) day)\b",
    re.I,
)


def paragraph_text(candidate: Candidate, article: Article | None = None) -> str:
    """The candidate's sentence with what its paragraph says after it."""
    parts = [candidate.sentence.text, *(s.text for s in candidate.merged)]
    if article is not None:
        for s in article.sentences:
            if s.paragraph != candidate.sentence.paragraph or s.start <= candidate.sentence.start:
                continue
            scene = _NEW_SCENE.match(s.text)
            if scene is not None and scene.group("place") not in candidate.sentence.text:
                break  # "In Matuu, protesters set fire ...": another town's crowd
            day = _NEW_DAY.match(s.text)
            if day is not None and day.group("day") not in candidate.sentence.text:
                break  # "On Sunday, police opened fire on ...": another day's crowd
            if _ANOTHER_YEAR.match(s.text):
                break  # "In 2009 a crowd burned dozens of homes in Gojra": another time's
            if _FEARED.search(s.text):
                continue  # "messages warned that the churches would be set on fire next"
            if ANOTHER_ACT.match(s.text):
                continue  # "On the same day officers detained fourteen 'organisers of the riots'"
            if s not in candidate.merged:
                parts.append(s.text)
    return " ".join(parts)


_ANOTHER_YEAR = re.compile(r"^(?:In|Back in|During|Since) (?:\w+ )?(?:19|20)\d\d\b")
_FEARED = re.compile(
    r"\b(?:warn(?:ed|ing|s)?|threat(?:en(?:ed|s)?|s)?|fear(?:ed|s)?)\b[^.;]{0,80}?"
    r"\b(?:would|will|could|might)\b",
    re.I,
)
# A sentence that moves to another day: "On Sunday, ...", "Late on Tuesday, ...".
_NEW_DAY = re.compile(
    r"^(?:(?:Late|Early) on|On|The (?:next|following) day,? on) (?P<day>(?:Mon|Tues|Wednes|Thurs"
    r"|Fri|Satur|Sun)day|\d{1,2} (?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December))\b"
)
# A sentence that moves to another place: "In Matuu, ...", "Elsewhere, ...".
_NEW_SCENE = re.compile(
    r"^(?:(?P<elsewhere>Elsewhere|Meanwhile)\b|(?:In|At) (?:the (?:town|city|village|district"
    r"|county|province|region) of )?(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),)"
)


_CALM_END = compile_words(
    r"dispersed (?:(?:in|by|at|late in|later in) the (?:evening|afternoon|night|end)\s+)?"
    r"(?:peacefully|quietly|calmly|without (?:incidents?|violence)|on their own|later)|"
    + _ENDED
    + r"|without (?:any )?incidents?|no arrests"
    # "Police did not intervene", "without police intervention": no force told
    r"|(?:did not|didn't|did nothing to|made no (?:attempt|move) to|never) (?:\w+ ){0,2}?"
    r"(?:intervene|disperse|interfere|stop (?:it|them|the (?:march|rally|protest)))"
    r"|(?:no|without (?:any )?)(?:police )?(?:intervention|interference)"
    # "The peaceful celebrations were devoid of police presence and running battles"
    r"|(?:devoid|free) of [^.;]{0,60}"
    # "marched through the main street ..., without clash with the security forces"
    r"|without (?:any )?(?:clash(?:es)?|confrontations?) with (?:the )?(?:[\w-]+ ){0,2}?"
    r"(?:police|security forces|forces|troops|soldiers|army|gendarmes|authorities)"
)


# "The militiamen fired into the air to scatter them": the forces' warning shots, not the
# crowd's own gunfire.
_FORCES_FIRED_UP = compile_words(
    r"(?:police|policemen|officers|soldiers|troops|militiam[ae]n|militias?|security forces|guards"
    r"|gendarmes|army|fighters) (?:\w+ ){0,2}?fir(?:ed|ing) (?:\w+ ){0,3}?(?:into|in) the air"
)


def crowd_turned_violent(text: str) -> bool:
    """Whether ``text`` tells a crowd's own violence (stones, fires, destruction)."""
    return _VIOLENT_CROWD.search(_FORCES_FIRED_UP.sub(" ", text)) is not None


def crowd_met_force(text: str) -> bool:
    """Whether ``text`` tells that security forces dispersed, arrested or fired on a crowd."""
    text = _this_crowd(text)
    return (
        _INTERVENTION.search(text) is not None
        or _LETHAL.search(text) is not None
        or _FORCES_FIRED_UP.search(text) is not None
    )


def _this_crowd(text: str) -> str:
    """``text`` without what came before this crowd or how it dispersed on its own."""
    text = _HOURS_APART_CLAUSE.sub(
        lambda m: " " if _FOUND_DEAD.search(m.group()) else m.group(), text
    )
    return _CALM_END.sub(" ", _BEFORE_NOW.sub(" ", text))


def ended_calmly(text: str) -> bool:
    """Whether ``text`` says the crowd dispersed on its own or the march ended peacefully."""
    return _CALM_END.search(text) is not None


# "marched on Sunday, hours after five men were found shot dead": the dead are not the crowd's
# (bodies found are another happening's; who was shot by whom "hours before" may be its cause)
_HOURS_APART_CLAUSE = re.compile(HOURS_APART.pattern + r"[^.;,]*", re.I)
_FOUND_DEAD = compile_words(r"found|bodies|discovered")
# "after the riots in the prisons in the previous week", "has run the prisons since January,
# after a wave of jail riots": what came before, not this crowd.
_BEFORE_NOW = re.compile(
    r"[^.;]*\b(?:in the previous (?:week|days|month)|last (?:week|month|year)|in recent (?:days"
    r"|weeks)|earlier this (?:week|month|year)|the previous (?:day|week|month)|since (?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:19|20)\d\d))\b[^.;]*",
    re.I,
)


def _protest_type(text: str, sub: str, protests: bool = False) -> str:
    # A crowd that turned violent stays a riot even when the police kill: excessive
    # force is lethal force against a peaceful crowd.
    # A crowd that dispersed on its own or a march that ended peacefully met no force.
    text = _this_crowd(text)
    fired_up = _FORCES_FIRED_UP.search(text) is not None
    text = _FORCES_FIRED_UP.sub(" ", text)
    violent = _VIOLENT_CROWD.search(text)
    if violent and violent.group().lower().startswith("fir") and _INTERVENTION.search(text):
        # Shots into the air to disperse a crowd are the security forces', not the crowd's.
        violent = _VIOLENT_CROWD.search(text, violent.end())
    if violent or sub == "Violent demonstration":
        # A crowd's violence with no demand or demonstration told is a mob's.
        mob = _MOB.search(text) or not (_DEMANDS.search(text) or protests)
        return "Mob violence" if mob else "Violent demonstration"
    if _LETHAL.search(text):
        return "Excessive force against protesters"
    if _INTERVENTION.search(text) or fired_up:
        return "Protest with intervention"
    if _HURT.search(text):
        # People hurt at a demonstration no one is said to have broken up.
        return "Mob violence" if _MOB.search(text) else "Violent demonstration"
    return "Peaceful protest"


_ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|fighters?|militants?|police(?:m[ae]n|wom[ae]n)?|police officers?|officers?|"
    r"guards?|gendarmes?|militiam[ae]n|militias?|rebels?|insurgents?|jihadists?|servicem[ae]n|commanders?|"
    r"reservists?|mercenar(?:y|ies)|check ?points?|military (?:post|base|position|convoy|camp)s?|police (?:post|station)s?|"
    r"barracks|convoys?|patrols?|outposts?|positions?|army base|security forces|recruits)\b",
    re.I,
)


_UNDERGONE = re.compile(r"\b(?:was|were|is|are|been|being|got|get)\s+(?:\w+ly\s+)?$", re.I)
_NO_OBJECT = re.compile(
    r"^\s*(?:$|[,.;:()]|(?:in|at|on|near|during|after|when|while|as|by|following|overnight"
    r"|yesterday|today)\b)",
    re.I,
)


_REBELS = re.compile(
    r"\b(?:militiam[ae]n|militias?|militants?|rebels?|insurgents?|jihadists?|fighters?)\W*$", re.I
)


def _rebels_act(before: str, after: str) -> bool:
    """ "Militiamen killed three": armed men named just before an active verb with an object."""
    return (
        bool(_REBELS.search(before[-30:].rstrip().removesuffix("reportedly").rstrip() + " "))
        and not _UNDERGONE.search(before[-20:])
        and not _NO_OBJECT.match(after)
    )


def _targets_armed(candidate: Candidate) -> bool:
    after = candidate.clause.text[candidate.trigger.end - candidate.clause.start :]
    before = candidate.clause.text[: candidate.trigger.start - candidate.clause.start]
    if _PASSIVE.search(candidate.trigger.text):
        return bool(_ARMED_VICTIMS.search(before[-60:]))
    if (
        candidate.strength == "weak"
        and _ARMED_VICTIMS.search(before[-50:])
        and not _ARMED_VICTIMS.search(after[:60])
        and not _rebels_act(before, after)
    ):
        # "Four police and a reservist were killed": the victims come first.
        return True
    # Only the act's own object counts, not armed men of a later clause ("in a
    # region where militants ...").
    return bool(_ARMED_VICTIMS.search(_OWN_CLAUSE.split(after[:60], maxsplit=1)[0]))


_OWN_CLAUSE = re.compile(r"[,;]|\b(?:where|which|who|whom|while|whose)\b", re.I)
_FIREARMS = re.compile(
    r"\b(?:firearms|guns?|gunfire|gunshots?|rifles|small arms|machine ?guns|shooting|shots)\b", re.I
)
# Both sides used force: "herders fought back", "exchanged fire", "repulsed the attack".
_BOTH_SIDES_FIRED = re.compile(
    r"\b(?:fought back|returned fire|fired back|exchanged? (?:of )?(?:gun ?)?fire|gun ?battles?"
    r"|gunfights?|firefights?|shoot-?outs?|repell?ed|repulsed|resisted)\b",
    re.I,
)


def names_firearms(text: str) -> bool:
    """Whether ``text`` tells of guns or shooting."""
    return _FIREARMS.search(text) is not None


def both_sides_fired(text: str) -> bool:
    """Whether ``text`` tells that both sides used force ("fought back", "exchanged fire")."""
    return _BOTH_SIDES_FIRED.search(text) is not None


_ASSAULT = re.compile(r"^(?:stormed|raided|assaulted|ambushed)$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were)\b.*\bby$", re.I)


def targets_civilians(candidate: Candidate) -> bool:
    """Whether the clause names civilians (villagers, a market, a school) as the target."""
    after = candidate.clause.text[candidate.trigger.end - candidate.clause.start :]
    before = candidate.clause.text[: candidate.trigger.start - candidate.clause.start]
    # The trigger itself may hold the victims: "killed six villagers".
    words = candidate.trigger.text.split(maxsplit=1)
    if len(words) > 1 and _CIVILIAN_TARGET.search(words[1]) and not _BY.search(words[1]):
        # "attacked a chief police officer", "killing three civilians and five police": mixed.
        return not _ARMED_OBJECT.search(after[:25])
    if _BY.search(candidate.trigger.text) or _BY_AGENT.match(after):
        # "Police were shot at by two armed men": the men after "by" did it; the subject was
        # hit.
        subject = before[-60:]
        return bool(_CIVILIAN_TARGET.search(subject)) and not _ARMED_OBJECT.search(subject)
    # "kill civilian they suspected had betrayed them to police": the object comes first.
    head = " ".join(after.split()[:3])
    if _CIVILIAN_TARGET.search(head) and not _ARMED_OBJECT.search(head):
        return True
    # "in the Shakiban village of Zinda Jan district": where it happened, not who was hit
    where = _WHERE.sub(" ", after)
    victims = _CIVILIAN_TARGET.search(where) or _CIVILIAN_TARGET.search(before[-60:])
    return bool(victims) and not _ARMED_OBJECT.search(re.split(r"[,;]", after[:60], maxsplit=1)[0])


_WHERE = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:village|town|market|area|district|neighbou?rhood|locality)\b",
    re.I,
)


_BY = re.compile(r"\bby\b", re.I)  # "shot by a man": the man shot
_BY_AGENT = re.compile(r"\s*by\b", re.I)
_ARMED_OBJECT = re.compile(
    r"\b(?:soldiers?|troops|forces|army|military|personnel|officers?|fighters?|militants?"
    r"|police(?:men)?|convoys?|patrols?|checkpoints?|bases?|barracks|outposts?|positions?)\b",
    re.I,
)


# "blew himself up at an election rally": the gathering is where the violence struck.
_STRUCK_AT = re.compile(
    r"\b(?:at|on|into|targeting|targeted|near)\s+(?:an?|the|their|its)\s+(?:(?!to\b)[\w'’-]+\s+){0,4}$",
    re.I,
)
_GATHERING = re.compile(
    r"^(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|gatherings?|sit-ins?|vigils?"
    r"|processions?|meetings?|crowds?)$",
    re.I,
)
_STRIKING = {"Attack", "Armed clash", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade"}


def _target_gathering(sentence: Sentence, span: Span, found: list[Candidate]) -> bool:
    """A gathering named as the target of violence told before it in the sentence."""
    before = sentence.text[: span.start - sentence.start]
    violent = any(
        c.sentence is sentence and c.strength == "strong" and c.sub_event_type in _STRIKING
        for c in found
    )
    gathering = _GATHERING.match(span.text) is not None
    return violent and gathering and _STRUCK_AT.search(before[-80:]) is not None


# A live page names what it follows: "Iraq protests: live updates from Baghdad", "Israel and
# Gaza: rockets and air strikes, live.", "This live page follows days of clashes".
_LIVE_PAGE = re.compile(
    r"\blive (?:updates?|blog|page|coverage)\b|\bliveblog\b|\bas it happened\b|,\s*live\.?\s*$",
    re.I,
)


# An update's summary of the items told below it ("Summary:", "Highlights:").
_SUMMARY = re.compile(
    r"\W*(?:summary|highlights|key (?:points|developments|figures)|in brief|at a glance"
    r"|overview)\s*:",
    re.I,
)


# "A video ... claimed to show police firing on a car" and then "The interior ministry
# called it a fake": a claim the report's next sentence rejects.
_A_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s)?|purport(?:ed|s)?|alleg(?:ed|es)|said) to (?:show|have shown|depict)\b"
    r"|\b(?:footage|video|videos|images|photos|posts?) (?:\w+ ){0,4}?(?:appear(?:ed|s)? to show"
    r"|claim(?:ed|ing|s)? that)\b",
    re.I,
)
_CALLED_FALSE = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,6}?(?:called|dismissed|described|denounced|branded)\s+"
    r"(?:it|this|them|the (?:video|footage|images|claims?|reports?|posts?))\s+(?:as\s+)?"
    r"(?:an?\s+)?(?:fake|false|fabricat\w+|lies?|montage|forgery|doctored|staged|baseless)\b",
    re.I,
)


def _called_a_fake(article: Article, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells a claim that the next sentence, in its paragraph, rejects."""
    if not _A_CLAIM.search(sentence.text) or sentence.index + 1 >= len(article.sentences):
        return False
    following = article.sentences[sentence.index + 1]
    return following.paragraph == sentence.paragraph and bool(_CALLED_FALSE.match(following.text))


def candidates_in(article: Article) -> list[Candidate]:
    """Every event candidate of ``article``, in text order."""
    found: list[Candidate] = []
    if is_review(article):
        return found
    topic = report_topic(article)
    for sentence in article.sentences:
        if _LIVE_PAGE.search(sentence.text):
            continue  # "Iraq protests: live updates from Baghdad": a live page's title
        if _SUMMARY.match(article.paragraph_opening(sentence).text):
            continue  # "Highlights: fighting around Sake; ...": what the items below tell
        quiet = is_not_political(sentence, article, topic)
        fake = _called_a_fake(article, sentence)
        for trigger, span in find_triggers(sentence):
            if quiet and (trigger.strength == "weak" or trigger.sub_event_type in ACCIDENT_PRONE):
                continue
            protest = trigger.sub_event_type in _PROTEST_TYPES
            if protest and _target_gathering(sentence, span, found):
                continue
            clause = clause_of(sentence, span.start)
            candidate = Candidate(sentence, clause, span, trigger.sub_event_type, trigger.strength)
            candidate.modality, candidate.modality_reason = modality_of(sentence, clause, span)
            if candidate.modality == "occurred" and fake:
                candidate.modality = "denied"
                candidate.modality_reason = "a claim the next sentence calls false"
            candidate.sub_event_type = refine(candidate)
            found.append(candidate)
    return [c for c in found if not _cause_beside_another(c, found)]


def _cause_beside_another(candidate: Candidate, found: list[Candidate]) -> bool:
    """A happening named as the cause of another event of the same sentence is not its own."""
    return _named_as_cause(candidate) and any(
        other is not candidate
        and other.sentence is candidate.sentence
        and not _named_as_cause(other)
        for other in found
    )


def _named_as_cause(candidate: Candidate) -> bool:
    local = candidate.trigger.start - candidate.sentence.start
    before = candidate.sentence.text[max(0, local - 80) : local]
    return named_as_cause(candidate.trigger.text, before)
