"""What makes a trigger no event of the report's: words around it, or the report's kind.

``said_aside`` reads the few words before a trigger ("No looting was reported",
"the decision to suspend talks", arms listed in a seizure); ``is_not_political``
tells a sentence about an accident, a disaster, sport or business;
``is_review`` a review of a film or a book, which tells of wars but dates none;
``violence_told`` whether a whole report names any violence, crowd or deal at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventatlas.article import Article, Sentence
from eventatlas.extract.lexicon import compile_words
from eventatlas.parse.dates import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from eventatlas.extract.classify import Trigger

NOT_POLITICAL = compile_words(
    r"earthquakes?|tremors?|aftershocks?|floods?|flooded|flooding|floodwaters?|flash floods?|monsoon|"
    r"heavy rains?|torrential rains?|rainfall|downpours?|landslides?|mudslides?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|"
    # not "an attempt to storm the palace"
    r"(?<!to )storms?(?! (?:the|a|an|its|their|his|her|into|through)\b)|heat ?waves?|heatstroke|wildfires?|bush ?fires?|blaze|drought|avalanches?|"
    r"(?:road|traffic|car|bus|truck|lorry|train|rail|plane|air|boat|ferry|motorcycle) (?:crash|accident|collision|derailment)s?|"
    r"crashed|collided|derail(?:ed|ment)|capsized|veered|plunged|overturned|accident(?:ally|al)?|"
    r"slammed into|rammed into the back|head-on|lost control|swerved|skidded|"
    r"tankers?|gas (?:cylinder|leak|explosion|tanker|blast|build-?up)s?|cylinders?|boiler|fireworks|"
    # "a fuel tank exploded as people crowded round it to fill jerrycans"
    r"(?:fuel|petrol|diesel|oil) (?:tanks?|storage)|(?:fill|filling|filled) (?:\w+ )?jerr(?:y|i)cans|"
    r"gas (?:escaping|leaking)|(?:escaping|leaking) gas|"
    r"short[- ]circuit|electrical fault|fire broke out|firefighters|warehouse|storage tanks?|"
    r"(?:a|the) (?:\w+ )?fire (?:at|in|that|which|swept|gutted|engulfed)|factory fire|"
    r"(?:blast|explosion)s? (?:at|in|ripped through) (?:a|an|the) (?:\w+ ){0,2}?(?:factory|plant|refinery"
    r"|depot|mine|warehouse|fuel station|petrol station|gas station|restaurant)|"
    r"mine collapse|collapsed|falling trees|stampedes?|crushed to death|crowd crush|cholera|epidemic|virus|infections?|"
    r"(?:a|the|in a|in|deadly) crush(?:es)?|crowd surged|reactors?|industrial (?:area|estate|zone|park)|"
    r"(?:went|veered|ran|came) off (?:a |the )?(?:road|bridge|cliff|highway)|"
    r"fell (?:[\w-]+ ){0,2}?(?:into|off) (?:a|the) (?:[\w-]+ )?(?:river|ravine|gorge|cliff|valley|canal|bridge)|"
    r"(?:fought|fighting|fight|battled|battling|battle) (?:the |a )?(?:\w+ )?(?:fires?|blaze|flames|wildfires?)|"
    r"software|cyber-?security|ransomware|hackers?|data breach|start-?ups?|product launch|customers|"
    r"boxing|boxers?|bouts?|punch(?:es)?|knock-?outs?|heavyweight|middleweight|welterweight|"
    r"featherweight|referee|the canvas|opening rounds?|(?:first|second|third|fourth|fifth|final) round|"
    r"outbreak(?! of (?:violence|fighting|clashes|hostilities|unrest|war|riots|protests))|"
    r"elephants?|sharks?|crocodiles?|lions?|leopards?|hippos?|snakes?|hyenas?|"
    r"football|match|tournament|league|derby|cl[aá]sico|marathon|runners?|batsmen|bowlers|innings|"
    r"(?:yellow|red) cards?|penalty spot|offside|half-?time|goalkeepers?|crossbar|"
    r"wickets?|goals?|goalless|striker|midfielder|victory over|champions?|coach|"
    r"rugby|six nations|grand slam|scrums?|fly-half|half-backs?|drop goal|penalty try|tackles|"
    r"(?:first|second)-half|pitch invaders?|(?:win|won|beat|lost|draw|drew) \d{1,3}-\d{1,3}|"
    r"\w+-point lead|"
    r"shares|stocks?|markets? (?:fell|rose)|market share|analysts|investors|profits?|price war|"
    r"film|movie|memoir|novel|documentary|video ?game|players|instalment|fictional|box office|album|"
    r"gas pipelines?|methane|firedamp|build-?up of (?:\w+ )?gas|(?:coal|gold|tin|copper) mines?|"
    r"(?:mining|pit|mine) disasters?|coal pits?|"
    r"volcan(?:o|oes|ic)|lava|pyroclastic|ash (?:column|cloud|plume)s?|ashfall|"
    # a company fought for, a match, a bout, a play
    r"hostile takeover|takeover (?:bid|offer|battle|fight)s?|shareholders?|bankers|mergers?|"
    r"kick-?off|final whistle|equali[sz]er|hat-?tricks?|"
    r"(?:cup|league) finals?|semi-?finals?|quarter-?finals?|extra time|stoppage time|"
    r"(?:light|cruiser|bantam|fly)weight|title (?:fight|bout)s?|"
    r"(?:drama|opera) theat(?:re|er)s?|playwright|rehearsals?|shakespeare|"
    r"canvassers|proclaimed (?:the )?winners?|"
    # a train or plane crash, an animal, a hunt, a firecracker, an exercise, history
    r"ploughed into|plowed into|off the rails|freight wagons|locomotives?|carriages|"
    r"light aircraft|civil aviation|air traffic control|(?:twin|single)-engine|"
    r"(?:brown|black|polar|grizzly) bears?|(?:bear|tiger|wolf) attacks?|mauled|"
    r"wild boar|boar hunts?|hunting (?:accidents?|party|parties|season|trips?|rifles?)|"
    r"(?:firecrackers?|fireworks?) (?:exploded|went off)|"
    r"(?:training|military|naval|joint|live-fire) exercises?|historians|"
    # a quarry's blast, a lift, stray dogs; a launch into orbit
    r"quarry|quarries|(?:lift|elevator) (?:shafts?|cabins?|fell|plunged|cables?)|"
    r"stray dogs|(?:pack|packs) of dogs|dog attacks?|"
    r"blasted off|lift-?off|spaceports?|into orbit|launch pads?|"
    # a cricket side's attack, a cycling stage, a game on screens
    r"bowling attack|won the toss|chose to bat|peloton|race leader|stage winner|"
    r"(?:yellow|leader's) jersey|e-?sports|"
    # battles of words, votes and lawyers
    r"(?:legal|court|courtroom|boardroom|political|diplomatic|ratings|price|budget) battles?|"
    r"battles? over (?:the |a )?(?:budget|bill|contract|seats?|posts?|licen[cs]es?|rights)|"
    r"war of words|clash(?:es)? of (?:views|ideas|personalities|styles|titans|heavyweights)|"
    r"battles? between (?:\w+ ){0,2}blocs"
)
_LEAD_SENTENCES = 2
# "By a correspondent in Ibadan", "By Amina Yusuf": who wrote the report, not its lead.
_BYLINE = re.compile(r"^\W*By\s+(?:[\w'’.-]+,?(?:\s+|$)){1,6}$")
ARMED_WORDS = compile_words(
    r"gunm[ae]n|militants?|insurgents?|rebels?|fighters?|jihadists?|militia(?:s|men)?|"
    r"attackers?|assailants?|bandits?|terrorists?|raiders?|rustlers?|al[- ]?shabaa?b|(?<!volcanic )(?<!water )bomb(?:s|ing|er|ers)?(?! cyclones?| disposal| squads?| experts?| technicians?| threats?| scares?| hoax)|ieds?|explosive devices?|"
    r"shelling|air ?strikes?|armed (?:men|group|groups|gang|gangs|individuals)|opened fire|gunfire|"
    r"gunshots?|shot dead|protesters|demonstrators|rioters|police fired|"
    r"drones? (?:\w+ ){0,2}(?:struck|hit|attacked|targeted|set fire|set ablaze|exploded|crashed into)|"
    r"(?:kamikaze|suicide|enemy) drones?|missiles?|artillery|shells|shelled|mortars?|bombed|"
    r"warplanes?|war planes|fighter jets|rocket-propelled grenades?|air assets|"
    # "navy ships and air force helicopters" sent to a flood are no armed men
    r"air ?forces?(?! (?:helicopters?|planes?|aircraft|transport|cargo|rescue|search)\b)"
)
# Soldiers dig through rubble and carry food after a flood: state forces make a report
# political only when they do violence in it.
_FORCES = compile_words(r"soldiers?|troops|security forces")
_FORCE_USED = compile_words(
    r"attack\w*|shot|shoot\w*|fired|fire on|clash\w*|ambush\w*|raid\w*|bomb\w*|killed by|"
    # "battled for a ninth day to reach people on rooftops" is no fight
    r"(?:battle\w*|fought|fighting)(?! for (?:a|an|the) \w+ (?:days?|weeks?|hours?|nights?)\b"
    r"| to (?:reach|rescue|save|contain|put out|free|evacuate|clear|restore|find)\b)"
    r"(?! against (?:the clock|time)| (?:against |the |a |an )?(?:\w+ )?"
    r"(?:fires?|blaze|flames|wildfires?|outbreak|disease|epidemic|virus|floods?|floodwaters)\b)"
    r"|storm(?:ed|ing)|arrest\w*|detain\w*|"
    r"offensive|operation against|kill(?:ed|ing)? (?:\w+ ){0,3}(?:militants|rebels|insurgents)"
)


def armed_in(text: str) -> bool:
    """Whether ``text`` names armed men, or state forces using force."""
    if ARMED_WORDS.search(text):
        return True
    return bool(_FORCES.search(text) and _FORCE_USED.search(text))


_NONE_OF = re.compile(
    r"\b(?:(?:no|without|nor|zero)\s+(?:(?:any|a|further|other|major|serious|more)\s+)?"
    r"|nothing\s+(?:was|were|had been|has been)\s+"
    # "found no sign of sabotage or of any explosive device"
    r"|(?:no|without)\s+(?:signs?|evidence|traces?|indications?)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:or|and)\s+(?:of\s+)?)?(?:an?\s+|any\s+|the\s+)?"
    # "nothing pointed to an attack", "no one had been arrested"
    r"|nothing\s+(?:\w+\s+)?(?:to|of)\s+(?:an?\s+|any\s+)?"
    r"|no(?:body|\s+one)\s+(?:had|has|have)\s+(?:yet\s+)?been\s+)$",
    re.I,
)


# "an agreement to stop revenge attacks", "entered to serve arrest warrants", "had come
# to arrest suspects": what someone meant to do or prevent, not what happened.
_PURPOSE = re.compile(
    r"\bto\s+(?:(?:stop|end|prevent|halt|curb|deter|avoid|counter|combat|reduce)\s+(?:[\w-]+\s+){0,2}"
    r"|(?:serve|execute|make)\s+(?:\w+\s+)?)$|\b(?:come|came|arrived|went|gone)\s+to\s+$"
    r"|\b(?:ban(?:ned|s|ning)?|ban on|prohibit(?:ed|s|ing)?|outlaw(?:ed|s|ing)?|forb(?:ade|idden))\s+"
    r"(?:all\s+|any\s+|further\s+|public\s+|street\s+)*$"
    # "a man accused of kidnapping children": what someone is charged with, not an event;
    # but "witnesses accused soldiers of opening fire" alleges the forces' act, which is one
    r"|\b(?:suspected|convicted|acquitted|cleared|charged|jailed|sentenced|wanted|guilty"
    r"|indicted|prosecuted|accus(?:ed|ing)(?!\s+(?:the\s+)?(?:\w+\s+)?(?:soldiers|troops|police"
    r"|policemen|army|forces|officers|militia|militiamen|militants|gunmen|rebels|fighters)\s+of\b))"
    r"\s+(?:\w+\s+){0,2}(?:of|for)\s+(?:having\s+)?"
    # "accusing them of organising an attempt to storm the palace"
    r"(?:(?:organi[sz]ing|planning|plotting|preparing|leading|inciting|instigating)\s+)?"
    r"(?:(?:an?|the)\s+)?(?:(?:attempt|plot|plan|bid|conspiracy)\s+to\s+)?$"
    # "detained them under the article on mass riots": the law invoked, not a riot
    r"|\bunder\s+(?:the\s+)?(?:articles?|laws?|charges?|provisions?|sections?)\s+(?:on|of|against"
    r"|for)\s+(?:[\w-]+\s+){0,2}$"
    # "the decision to suspend talks", "fears of a drawn-out battle", "defying a boycott":
    # what was decided, feared or defied, not what happened.
    r"|\b(?:decision|decided|move|bid|order|ordered|vote|voted|proposal)\s+to\s+$"
    r"|\b(?:fears?|feared|risk|spectre|prospect|danger|possibility)\s+of\s+(?:an?\s+|the\s+"
    r"|further\s+|more\s+|renewed\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:defy(?:ing)?|defied|violat(?:e|ed|es|ing))\s+(?:an?|the|their|its"
    r"|his|her)\s+(?:[\w-]+\s+){0,2}$"
    # "carrying pictures of relatives killed by Islamic State": the dead of before, carried
    r"|\b(?:pictures|photos|photographs|portraits|images|names|memory)\s+of\s+(?:[\w-]+\s+){0,4}$"
    # "sounded like a bomb attack": a likeness, not an event
    r"|\b(?:like|as if|as though)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$"
    # "described Tuesday's events as an attack on the state": a name given, not an act
    r"|\b(?:described|branded|labell?ed|termed|characteri[sz]ed|denounced|condemned)\s+"
    r"(?:[\w'’-]+\s+){1,5}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$"
    # "an agreement between two militias to withdraw their fighters": what a deal provides
    r"|\b(?:agreement|deal|accord|truce|ceasefire|pact|plan)\b[^.;]{0,80}?\b(?:to|(?:that|which)"
    r"\s+(?:stops?|ends?|halts?|bans?|removes?|provides? for|allows?))\s+(?:the\s+|all\s+)?$"
    # "recaptured Quissanga after it was taken over by militants": how it was lost before
    r"|\bafter\s+(?:it|they|the\s+(?:town|city|village|area|district|base))\s+(?:was|were|had\s+been)\s+$"
    # "in revenge for the lynching": the happening before, that this one answers
    r"|\b(?:revenge|retaliation|reprisal|retribution|response|vengeance)\s+(?:for|to)\s+"
    r"(?:the\s+|last\s+\w+'s\s+|an?\s+)?(?:[\w-]+\s+){0,2}$"
    # "people who fled the fighting": a cause of flight told in passing
    r"|\b(?:fled|flee(?:ing)?|escap(?:ed|ing)|displaced by|uprooted by|driven out by)\s+(?:from\s+)?"
    r"the\s+(?:[\w-]+\s+)?$",
    re.I,
)
# "The government imposed a curfew": the state's rule, not an armed group's change of activity.
_STATE_CURFEW = re.compile(
    r"\b(?:government|authorities|officials|governor|police|army|military|state|ministry|council"
    r"|president|mayor|administration)\b[^.;]{0,60}\b(?:imposed|imposes|declared|extended|ordered"
    r"|announced|lifted|relaxed|enforced|slapped)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}$"
    r"|\b(?:while|when|after|for|in)\s+enforcing\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "seized a cache of weapons including rocket-propelled grenades": arms listed, not used.
_LISTED = re.compile(
    r"\b(?:including|such as|consisting of|as well as|along with)\s+(?:[\w,-]+\s+){0,4}$"
    r"|\b(?:caches?|stash(?:es)?|hauls?|stockpiles?|shipments?|consignments?|depots?|arsenals?"
    r"|quantities|quantity|boxes|crates)\s+of\s+(?:[\w,-]+\s+){0,3}$",
    re.I,
)
_ARMS = re.compile(
    r"^(?:rockets?|grenades?|mortars?|shells?|missiles?|(?:land)?mines?|explosives?|IEDs?|bombs?"
    r"|guns?|rifles?|drones?|ammunition|RPGs?)$",
    re.I,
)


# "three days after a truce was signed": a deal named as the time of something else.
_AFTER_A_DEAL = re.compile(
    r"\b(?:after|since|despite|following|before"
    # "remained committed to the ceasefire agreement", "violating the truce": a deal in force
    r"|committed to|abide by|abiding by|uphold(?:ing)?|violat(?:ed|ing|ions? of)"
    r"|breach(?:ed|ing|es)?(?: of)?)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)


_DRONE_LOAD = re.compile(
    r"\b(?:drones?|quadcopters?|uavs?)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:drop(?:s|ped|ping)?|releas(?:e|ed|ing)"
    r"|carrying)\s+(?:\w+\s+){0,2}?$",
    re.I,
)
_WEAPON_FILL = re.compile(r"\b(?:filled|laden|loaded|packed) with\s+(?:\w+\s+){0,2}$", re.I)
_IMPOSED = re.compile(
    r"\b(?:impos|declar|enforc|announc|order)(?:ed|es|ing|e|s)?\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_MADE_FROM = re.compile(
    r"\b(?:made|built|fashioned|converted|improvised)\s+(?:out\s+)?(?:from|of)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


def named_as_cause(word: str, before: str) -> bool:
    """ "clashed after the abduction of a merchant": an earlier happening named as the time or
    cause of the one the sentence tells (it is no event when the sentence tells another)."""
    return _NAMED_HAPPENING.match(word) is not None and _AFTER_THE.search(before) is not None


_NAMED_HAPPENING = re.compile(
    r"^(?:abduction|kidnapping|killing|murder|assassination|arrest|detention|rape"
    r"|(?:[\w-]+ )?(?:deal|agreement|accord|truce))s?$",
    re.I,
)
_AFTER_THE = re.compile(
    r"\b(?:after|following|since|despite|over|before|against|under|(?:taking|took|take|takes) part in"
    r"|(?:involvement|involved|role|complicity) in|in connection with|suspected of|accused of"
    r"|charged with)\s+(?:the|a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
_SUPPORT_ARMS = {"Air/drone strike", "Shelling/artillery/missile attack"}
_BACKED_BY = re.compile(
    r"\b(?:backed|supported|covered|escorted) by\s+(?:\w+\s+){0,2}$|\bwith the (?:support|cover) of\s+$",
    re.I,
)


# A happening named only to say something else: to date another ("the day before the
# ambush"; "a day after the ambush" stays, timing counts from the ambush it names), who
# someone is ("leaders of the riots") or what follows ("the aftermath of the marches").
_NAMED_ONLY = re.compile(
    r"\b(?:the|a|one|two|three|four|five|six|\d+)\s+(?:days?|nights?|hours?|weeks?)\s+"
    r"before\s+(?:the|this|that|last\s+\w+'s|\w+'s)\s+$"
    # "arrested seven leaders of the riots": who they were, not a riot told
    r"|\b(?:leaders?|organi[sz]ers?|instigators?|ringleaders?)\s+of\s+(?:the\s+)?$"
    # "follow the aftermath of Wednesday's marches": what the report goes on to tell
    r"|\baftermath\s+of\s+(?:the\s+|this\s+|that\s+|last\s+\w+'s\s+|\w+'s\s+)?(?:[\w-]+\s+)?$"
    # "the sixteenth to be downed since the battle of the Promised Conquest began"
    r"|\b(?:since|ever since)\s+(?:the|this|that|last\s+\w+'s|\w+'s)\s+(?:[\w-]+\s+)?$"
    # "people displaced by earlier fighting", "after years of fighting": fights gone by
    r"|\b(?:displaced|driven out|uprooted|made homeless|destroyed|damaged)\s+(?:by|in|during)\s+"
    r"(?:the\s+)?(?:earlier|previous|past|prior|recent|last\s+year's)\s+$"
    r"|\b(?:years|decades)\s+of\s+(?:[\w-]+\s+)?$",
    re.I,
)


# "gathered in support of the family of a girl who was allegedly assaulted": the crowd's
# cause, told as who the victim was, not a happening the report tells.
_CROWDS_CAUSE = re.compile(
    r"\b(?:in (?:support|solidarity|memory) of|for the family of|to mourn|mourning)\b[^.;]{0,80}?"
    r"\b(?:who|whom)\s+(?:was|were|had been|has been)\s+(?:allegedly\s+|reportedly\s+)?$",
    re.I,
)


# The weapons named in what those arrested are accused of: the charge, not a blast told.
_WEAPON_NOUNS = {"Grenade", "Remote explosive/landmine/IED", "Suicide bomb"}
_ARRESTED_FOR = re.compile(
    r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|held|picked up|rounded up)\b[^.;]{0,80}"
    r"\b(?:accus(?:ed|ing)|suspect(?:ed|ing)|charg(?:ed|ing))\s+(?:\w+\s+){0,2}?(?:of|with)\s+"
    r"[^.;:]{0,100}$",
    re.I,
)


def aside_in_sentence(trigger: Trigger, word: str, before: str) -> bool:
    """Whether what the whole sentence says before a trigger makes it no event (the cues of
    ``said_aside`` read only the few words before it). ``before``: the sentence up to the
    trigger.

    A weapon in what those arrested are accused of ("arrested six men whom they accused of
    bringing the grenades into the city") is the charge, not a blast. Roads blocked by armed
    men ("armed men blocked the highway", "gunmen ... fired on a navy patrol ... and blocked
    streets with burning vehicles") are their cover, no crowd's.
    """
    if trigger.sub_event_type in _WEAPON_NOUNS and _ARRESTED_FOR.search(before):
        return True
    if trigger.sub_event_type not in _CROWDS or not word.lower().startswith("block"):
        return False
    return _ARMED_BLOCK.search(before) is not None or _ARMED_THEN.search(before) is not None


_ARMED_MEN = (
    r"(?:armed\s+(?:men|groups?|youths?)|gunm[ae]n|militants|insurgents|bandits|fighters"
    r"|attackers|jihadists|rebels|terrorists|militiam[ae]n)"
)
# the armed men the subject of "blocked", a few words before it, or of an earlier verb
_ARMED_BLOCK = re.compile(rf"\b{_ARMED_MEN}(?:\s+[\w'’-]+){{0,3}}?\s*$", re.I)
_ARMED_THEN = re.compile(
    rf"^[^.;]{{0,40}}?\b{_ARMED_MEN}\b[^.;]{{0,160}}?\band\s+(?:then\s+)?$", re.I
)


# "police in Burgersfort are accused of assaulting a taxi driver": the forces' alleged act.
_FORCES_ACCUSED = re.compile(
    r"\b(?:police(?:men)?|soldiers|troops|army|officers|security forces|militia(?:s|men)?"
    r"|militants|gunmen|rebels)\b[^.;]{0,60}\b(?:are|were|is|was|been|stand|stands)\s+"
    r"accused\s+of\s+(?:having\s+)?$",
    re.I,
)


def said_aside(trigger: Trigger, word: str, before: str, after: str = "") -> bool:
    """Whether the words around a trigger make it no event of the report's.

    "No looting was reported", "the decision to suspend talks": not what happened; arms
    listed in a seizure, a curfew the state imposed, a deal named as the time of something
    else: told aside. The crowd a warning threatens ("warned that protesters found in the
    zone would be arrested") is who would be punished, not a crowd that gathered.
    """
    if _NONE_OF.search(before):
        return True
    if _NAMED_ONLY.search(before):
        return True  # "The day before the ambush, gunmen fought ...": when, not what
    if _CROWDS_CAUSE.search(before[-160:]):
        return True
    if trigger.sub_event_type in _SUPPORT_ARMS and _ALERT.match(after):
        return True  # "air raid sirens sounded", "a missile alert": a warning, no strike
    if (
        trigger.sub_event_type in _CROWDS
        and _WARNED_THAT.search(before)
        and _WOULD_BE_PUNISHED.match(after)
    ):
        return True
    if word.lower() == "abducted" and _RETURNED.search(before):
        # "to return abducted children", "freed 20 abducted passengers": who were taken
        # before, now named by it
        return True
    if _PURPOSE.search(before) and not _FORCES_ACCUSED.search(before):
        return True
    if _ARMS.match(word) and _LISTED.search(before):
        return True
    if word.lower() == "curfew" and (_STATE_CURFEW.search(before) or not _IMPOSED.search(before)):
        # Only a curfew a group imposed is a change to its activity ("al-Shabaab imposed a
        # curfew"); the state's, or one that "remained in force", is no event.
        return True
    if _MADE_FROM.search(before):
        return True  # "an improvised explosive made from a mortar round": what it was made of
    if trigger.sub_event_type == "Grenade" and _DRONE_LOAD.search(before):
        return True  # "used drones to drop grenades": the drone strike's load
    killing = trigger.sub_event_type == "Attack" or word.lower().startswith("kill")
    if killing and _MISHAP_THAT.search(before):
        return True  # "arrested the bus company's owner over the crash that killed nine"
    if trigger.sub_event_type == "Arrests" and _OVER_A_MISHAP.match(after):
        # "detained the owner of the factory after a fire that killed 12 workers": a charge
        # of negligence, no political arrest
        return True
    if trigger.sub_event_type == "Protest with intervention" and _WEAPON_FILL.search(before):
        # "grenades filled with tear gas" dropped on trenches: a weapon's load, not a crowd.
        return True
    if trigger.sub_event_type in _SUPPORT_ARMS and _BACKED_BY.search(before):
        # "infantry backed by drones attacked": the drones support the assault told.
        return True
    if trigger.sub_event_type == "Peaceful protest" and (
        _DIPLOMATIC.search(before) or _STATES_PROTESTED.search(before)
    ):
        # "the ministry lodged a formal protest", "Nigeria and several other governments have
        # protested over the violence": a note to an embassy, no crowd
        return True
    return trigger.sub_event_type == "Agreement" and _AFTER_A_DEAL.search(before) is not None


_ALERT = re.compile(r"\s*(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?)\b", re.I)
_CROWDS = frozenset(
    {"Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence"}
)
_WARNED_THAT = re.compile(
    r"\b(?:warned|cautioned|threatened)\b(?:\s+[\w'’-]+){0,6}?\s+that\b[^.;:]{0,60}$", re.I
)
_WOULD_BE_PUNISHED = re.compile(
    # not "protesters who gathered outside parliament would be arrested": that crowd was there
    r"(?![^.;]{0,100}?\b(?:who|which|that)\s+(?:had\s+|have\s+)?\w+ed\b)"
    r"[^.;]{0,100}?\b(?:will|would)\s+be\s+(?:arrested|detained|prosecuted|punished|charged"
    r"|jailed|shot|treated\s+as|dealt\s+with)\b",
    re.I,
)
_RETURNED = re.compile(
    r"\b(?:return(?:ed|ing|s)?|releas(?:e|ed|ing|es)|free(?:d|ing|s)?|rescu(?:e|ed|ing|es)"
    r"|recover(?:ed|ing|s)?|reunit(?:e|ed|ing)|search(?:ed|ing)? for|hand(?:ed)? over)\s+"
    r"(?:the\s+|all\s+|\d+\s+|\w+\s+of\s+the\s+)?$",
    re.I,
)
_STATES_PROTESTED = re.compile(
    r"\b(?:governments|ministr(?:y|ies)|embass(?:y|ies)|foreign office)\s+(?:(?:have|has|had)\s+)?"
    r"(?:also\s+)?$",
    re.I,
)
_DIPLOMATIC = re.compile(
    r"\b(?:lodged|filed|sent|delivered|issued)\s+(?:an?\s+)?(?:formal\s+|strong\s+|official\s+"
    r"|diplomatic\s+|written\s+)*$",
    re.I,
)


# An accident that killed: "the crash that killed nine", "a fire which killed 12".
_MISHAPS = (
    r"(?:crash|collision|accident|fire|blaze|inferno|floods?|flooding|landslide|mudslide"
    r"|stampede|collapse|cave-in|derailment|capsizing|sinking|earthquake|storm|gas explosion"
    r"|gas leak|building collapse)"
)
_MISHAP_THAT = re.compile(rf"\b{_MISHAPS}\s+(?:that|which)\s+(?:has\s+|had\s+)?$", re.I)
_OVER_A_MISHAP = re.compile(
    r"^[^.;]{0,80}?\b(?:over|after|following|for|in (?:connection|relation) (?:with|to))\s+"
    rf"(?:the|a|an|last \w+'s|\w+'s)\s+(?:[\w-]+\s+){{0,2}}?{_MISHAPS}\b",
    re.I,
)


# "Operation Volcano of Rage", "Operation Desert Storm": a campaign's name is no volcano or storm.
_OPERATION = re.compile(
    r"\b[Oo]peration\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?:(?:of|the|for|al|and)\s+)?(?-i:[A-Z][\w'’-]*))*"
)
# "fought like soldiers", "sounded like a bomb": a likeness names no armed men; nor does an
# ambush rehearsed ("responding to a simulated ambush, firing blank rounds").
_SIMILE = re.compile(
    r"\b(?:like|as if|as though)\s+(?:an?\s+|the\s+)?[\w-]+"
    r"|\b(?:simulated|mock|dummy)\s+(?:[\w-]+\s+){0,2}?(?:ambush|attack|raid|assault|battle"
    r"|hostage[\w-]*|bomb\w*|explosion|fire\w*)s?\b|\bblank (?:rounds|ammunition|cartridges)\b",
    re.I,
)


@dataclass(frozen=True)
class Topic:
    """What a report's opening says it is about, read once per report."""

    lead: str  # its first sentences (past a byline), similes removed
    combat_sport: bool  # a bout: "fighter" is a boxer
    armed: bool = False  # a sentence of the lead names armed men, or forces using force


_ACCIDENT_CAUSE = re.compile(
    r"\b(?:gas|boiler|electrical fault|faulty wiring|short[- ]circuit)\b[^.;]{0,60}?"
    r"\b(?:caused|triggered|sparked|set off|led to)\s+(?:the\s+)?(?:explosion|blast|fire)"
    r"|\b(?:explosion|blast|fire)\b[^.;]{0,40}?\b(?:caused|triggered|sparked) by (?:a |an )?"
    r"(?:gas|leak|boiler|electrical|short)",
    re.I,
)
_RULED_OUT = re.compile(r"\b(?:not|n't|ruled out|rather than|instead of|denied)\b", re.I)


def _opening(article: Article) -> list[str]:
    """The report's first sentences, its byline left out: the headline and lead."""
    opening = [
        s.text for s in article.sentences[: _LEAD_SENTENCES + 1] if not _BYLINE.match(s.text)
    ]
    return opening[:_LEAD_SENTENCES]


def report_topic(article: Article) -> Topic:
    """The report's lead, and whether it opens on a boxing or fighting bout."""
    parts = [_OPERATION.sub(" ", _SIMILE.sub(" ", text)) for text in _opening(article)]
    # "Investigators suspect that gas escaping from a pipe caused the explosion": what the
    # report later finds set off the blast its lead tells is part of its topic
    cause = next((s.text for s in article.sentences if _ACCIDENT_CAUSE.search(s.text)), "")
    if cause and not _RULED_OUT.search(cause):
        parts.append(cause)
    sport = _COMBAT_SPORT.search(" ".join(s.text for s in article.sentences[:_SPORT_SENTENCES]))
    if sport:
        parts = [_BOXER.sub(" ", part) for part in parts]
    # each sentence on its own: a headline's "firefighters battle the last containers" and
    # "soldiers were battling flames" below it tell no force used by soldiers
    return Topic(" ".join(parts), bool(sport), any(armed_in(part) for part in parts))


def is_not_political(sentence: Sentence, article: Article, topic: Topic | None = None) -> bool:
    """A sentence about an accident, disaster, sport or business, with no armed actor in it.

    The report's lead sets the topic: in a story that opens on a flood, "four
    people were killed by falling trees" is part of the flood too. ``topic`` is
    ``report_topic(article)``, passed in when every sentence of a report is asked.
    """
    topic = topic or report_topic(article)
    text = _OPERATION.sub(" ", _SIMILE.sub(" ", sentence.text))
    if topic.combat_sport:
        # "his fighter had been killed by the body shots": a boxer, in a report on a bout
        text = _BOXER.sub(" ", text)
    if armed_in(text):
        return False
    if NOT_POLITICAL.search(text) or _mishap_killed(text):
        return True
    return bool(NOT_POLITICAL.search(topic.lead)) and not topic.armed


# "were killed when a lift fell", "died when a wall gave way": a thing, not a weapon or armed
# men, did it.
_KILLED_WHEN = re.compile(
    r"\b(?:killed|died|dead|injured|hurt|wounded|crushed)\b[^.;]{0,80}?\bwhen\s+"
    r"(?:a|an|the|their|his|her|its|part of (?:a|an|the))\s+(?P<thing>(?:[\w-]+\s+){0,3}?[\w-]+)"
    r"\s+(?:fell|collapsed|came down|caught fire|overturned|plunged|gave way|burst|capsized|sank"
    r"|toppled|tipped over|broke|snapped|derailed|skidded|veered)\b",
    re.I,
)
_WEAPON_THING = compile_words(
    r"bombs?|devices?|ieds?|mines?|landmines?|shells?|mortars?|rockets?|missiles?|grenades?|drones?"
    r"|explosives?|munitions?|ordnance|projectiles?|warplanes?|jets?|helicopters?|aircraft"
)


def _mishap_killed(text: str) -> bool:
    """The dead of a thing that fell, collapsed or overturned, named as their cause."""
    told = _KILLED_WHEN.search(text)
    return told is not None and not _WEAPON_THING.search(told.group("thing"))


_SPORT_SENTENCES = 4
_COMBAT_SPORT = compile_words(
    r"boxing|boxers?|bouts?|(?:heavy|middle|welter|feather|light|cruiser|bantam|fly)weight"
    r"|ufc|mma|mixed martial arts|title fight|the canvas|knock-?outs?"
)
_BOXER = compile_words(r"fighters?")


# What only a review of a film or a book, or a game's launch, says about itself.
_REVIEW = re.compile(
    r"\b(?:review(?:ed|s)?|starring|screenplay|box office|premiere[sd]?|in cinemas|in theaters"
    r"|(?:the|this|her|his|their) (?:new )?(?:film|movie|novel|memoir|book|documentary|series)"
    r"|readers|audiences?|viewers|chapters?|director's|the final page|running time"
    r"|video ?games?|free-to-play|battle royale|multiplayer|consoles|gamers|the game's)\b",
    re.I,
)
_REVIEW_CUES = 2
# So many of them that the days it names are a release's, not an event's.
_SURELY_REVIEW_CUES = 4
# A headline that says what it is: "Film review: ...", "Book review - ...".
_REVIEW_HEADLINE = re.compile(
    r"^\W*(?:(?:film|movie|book|theatre|theater|tv|television|album|game|concert) )?review\b", re.I
)
_MONTH_NAMES = "|".join(name for name in MONTHS if len(name) > 3 or name == "may")
_WEEKDAY_OR_DATE = re.compile(
    rf"\b(?<!next )(?:{'|'.join(WEEKDAYS)}|yesterday|last night|overnight"
    rf"|(?:{_MONTH_NAMES})\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTH_NAMES})\b)",
    re.I,
)


def is_review(article: Article) -> bool:
    """A review of a film or a book, or a game's launch: it tells of wars, but no event of its own."""
    if _REVIEW_HEADLINE.match(article.text):
        return True
    cues = {m.group().lower() for m in _REVIEW.finditer(article.text)}
    if len(cues) >= _SURELY_REVIEW_CUES:
        return True
    return len(cues) >= _REVIEW_CUES and not _WEEKDAY_OR_DATE.search(article.text)


# Words only a report of political violence or protest uses: its doers, their arms, the
# force met, the crowd. A report of an accident may say "killed", "blast", "attack",
# "troops", "police" or "bomb" (a flop); it does not say "gunmen" or "tear gas".
_VIOLENCE_TOLD = compile_words(
    r"gunm[ae]n|militants?|insurgen\w*|rebels?|jihad\w*|militia\w*|attackers?|assailants?|"
    r"bandits?|terroris\w*|raiders?|rustlers?|gunfire|gunshots?|guns?|firearms?|rifles?|"
    r"pistols?|bullets?|opened fire|shot (?:dead|and killed|him|her|them|at|in the)|"
    r"stabb(?:ed|ing)|knives|knife|machetes?|hacked|beheaded|lynch\w*|mobs?|kidnap\w*|"
    r"abduct\w*|raped|tortur\w*|tear ?gas|rubber bullets|water cannons?|protest\w*|"
    r"demonstrat\w*|rall(?:y|ies|ied)|marche[sd]|marching|riot\w*|sit-ins?|looted|looting|"
    r"looters|torched|set ablaze|arson\w*|grenades?|ieds?|landmines?|suicide bombers?|"
    r"air ?strikes?|shelling|shelled|mortars?|missiles?|artillery|armed|gangs?|cartels?|"
    r"extremists?|separatists?|arrested|detained|assassinat\w*|killings?|murder\w*|"
    r"massacre\w*|executed|hostages?|clashes|clashed|hooded|masked|"
    r"(?:beat|burn(?:ed|t)|stoned|hacked) (?:\w+ ){0,3}?to death|set fire to|"
    r"fired (?:on|at|into)|ceasefire|truce|peace (?:talks|deal|agreement)|peacekeep\w*"
)


_LONG_PARAGRAPH = 600  # characters: a note longer than this is a report of its own


def violence_told(article: Article) -> bool:
    """Whether a whole report names anything of political violence or protest.

    A report of two paragraphs or more (or one long one) that names no armed men, arms,
    force, crowd or deal tells an accident, a disaster, a game or a market, whatever words
    it borrows; a short note is too short to tell (ACLED's "a man was found dead")."""
    paragraphs = {sentence.paragraph for sentence in article.sentences}
    if len(paragraphs) < 2 and len(article.text) < _LONG_PARAGRAPH:
        return True
    text = article.text
    lead = " ".join(_opening(article))
    return any(
        _literal(text, match, lead)
        for words in (ARMED_WORDS, _VIOLENCE_TOLD)
        for match in words.finditer(text)
    )


# What a word of violence is only compared with: "a crack many first took for a bomb blast",
# "a bang like a big bomb", "thick enough to survive a bomb blast", "a battle of spoons, not
# of guns", "a ransomware gang".
_NOT_LITERAL_BEFORE = re.compile(
    r"(?:\b(?:like|as if|as though|(?:took|mistook|mistaken|taken)(?: it| them)? for"
    r"|thought (?:\w+ ){0,2}?(?:of|was)|survive|withstand|not of|rather than|resembl\w+)"
    r"\s+(?:(?:a|an|the|some|big|small|live|huge|real|massive)\s+){0,3}"
    r"|\b(?:ransomware|cyber\w*|hacker|hacking) "
    # "our customer data is being held hostage"
    r"|\b(?:data|files|systems|computers|servers|networks?|records)\b(?:\s+\w+){0,3}\s+held )$",
    re.I,
)
# ... or named by what follows it: "gun salutes", "the charred shells of cars", "the air
# force band".
_NOT_LITERAL_AFTER = re.compile(
    r"(?<=\bguns)\s+(?:salutes?|licen[cs]es?|laws?|control|shows?|clubs?)\b"
    r"|(?<=\bgun)\s+(?:salutes?|licen[cs]es?|laws?|control|shows?|clubs?|carriages?)\b"
    r"|(?<=\bshells)\s+of\b"
    r"|(?<=\bforce)\s+(?:band|parade|guard|academy|day|museum|anniversary|handed over)\b",
    re.I,
)
# Weather and the earth that kill: "a hailstorm tore through villages, killing two men".
_HAZARD = re.compile(
    r"\b(?:hail\w*|storms?|frost|temperatures|cold|heat ?waves?|floods?|flooding|floodwaters"
    r"|earthquakes?|quakes?|tremors?|landslides?|mudslides?|lightning|cyclones?|hurricanes?"
    r"|typhoons?|tornado(?:es)?|avalanches?|blizzards?|drought|tsunami|eruption|rains?)\b",
    re.I,
)


# Works and rooms where a blast or a fire is an accident: "explosions tore through a fuel
# depot, killing three workers".
_WORKS = re.compile(
    r"\b(?:depots?|refiner(?:y|ies)|plants?|factor(?:y|ies)|pipelines?|tankers?|boilers?"
    r"|cylinders?|warehouses?|gas (?:leak|station|explosion)|mines? shafts?|wildfires?"
    r"|forest fires?|bush ?fires?|blaze|flames)\b",
    re.I,
)
# A report on a fire: its "burned houses" are the fire's.
_FIRE_LEAD = re.compile(
    r"\b(?:wildfires?|forest fires?|bush ?fires?|fires? (?:sweep|swept|ravage|rage|raging|spread)"
    r"|blaze)\b",
    re.I,
)
# A report on a market, a bid or a price war: its "truce" and "ceasefire" are the rivals'.
_BUSINESS_LEAD = re.compile(
    r"\b(?:price war|fare war|(?:hostile |takeover )bids?|takeover|shareholders?|market share"
    r"|merger|acquisition|boardroom|proxy fight)\b",
    re.I,
)


def _literal(text: str, match: re.Match[str], lead: str = "") -> bool:
    """Whether a word of violence in ``text`` tells violence, not a likeness, a hazard's toll,
    a fire's damage or a market's truce (``lead`` is the report's opening)."""
    if _NOT_LITERAL_BEFORE.search(text, max(0, match.start() - 50), match.start()):
        return False
    if _NOT_LITERAL_AFTER.match(text, match.end()):
        return False
    word = match.group().lower()
    if word.startswith("killing"):
        sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()))
        if _HAZARD.search(text, sentence_start + 1, match.start()) or _WORKS.search(
            text, sentence_start + 1, match.start()
        ):
            return False
    if word.startswith("burn") and _FIRE_LEAD.search(lead):
        return False
    # (a market's truce)
    return not (word in ("truce", "ceasefire") and _BUSINESS_LEAD.search(lead))


# A report on a film, a series, a book or a play: its plot is no news.
_A_WORK = re.compile(
    r"\b(?:premiere[ds]?|premiering|films?|movies?|documentar(?:y|ies)|(?:tv|television|drama"
    r"|streaming) series|novels?|book launch|operas?|screenings?|box[- ]office|trailers?)\b",
    re.I,
)
# The words that tell a story's plot: "The series follows", "tells the story of", "its hero".
_PLOT = re.compile(
    r"\b(?:tells? the story|the story of|(?:film|series|novel|book|play|drama|episode|movie"
    r"|documentary|story|narrative|plot) (?:follows|opens|ends|centres|centers|is set|was set"
    r"|turns|recreates|shows|depicts)|(?:its|the) (?:hero|heroine|protagonist|narrator"
    r"|main character|lead character)|plays? (?:a|an|the) (?:young |former |retired )?"
    r"(?:soldier|fighter|rebel|commander|officer|militiaman|guerrilla|mother|father|boy|girl"
    r"|woman|man|journalist|doctor)|(?:is|was) played by|stars? as|in the (?:first|second|third"
    r"|final|last|opening|closing) (?:episode|act|chapter|season|part|half|scene)"
    r"|the (?:second|first|final|last) half of the (?:book|film|novel|series)|over the following"
    r" years he|by the end of the (?:film|book|novel|series)"
    # how it was made: "filmed among the ruins", "400 extras", "the lead actor"
    r"|(?:was|were) filmed|filming|extras|the lead actors?|the actress|the cast|screened"
    r"|recreates?|re-?enact\w*)\b",
    re.I,
)


def plot_paragraphs(article: Article) -> set[int]:
    """The paragraphs that tell the plot of a work the report is about ("A novel of the
    civil war launched in Maputo ... The book follows a boy abducted by guerrillas"); none
    when the report's opening names no film, series, novel or premiere."""
    if not _A_WORK.search(" ".join(_opening(article))):
        return set()
    texts: dict[int, list[str]] = {}
    for sentence in article.sentences:
        texts.setdefault(sentence.paragraph, []).append(sentence.text)
    return {n for n, parts in texts.items() if _PLOT.search(" ".join(parts))}
