"""Fire at an enemy's positions: shelling or an armed clash, by the weapons named.

ACLED draws the line by how the sides fought: heavy weapons fired from afar
("fired 120mm mortars and grenade launchers at the governmental positions",
"observed 16 explosions involving heavy machineguns") are shelling; small arms
or fire in both directions ("mortars, heavy machine guns and small arms",
"projectiles in both directions of the frontline") mean the sides engaged
each other: an armed clash. Unspecified weapons leave the type as read.
"""

from __future__ import annotations

import re

from eventatlas.article import Article
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.classify import paragraph_text

SHELLING = "Shelling/artillery/missile attack"
CLASH = "Armed clash"

# "fired 82mm mortars at the governmental positions", "observed a total of 16 explosions
# involving ...": a report of fire by weapon, not a story of a battle.
_AT_POSITIONS = re.compile(
    r"\bfired (?:[\w,/-]+ ){0,14}?(?:at|on) (?:the )?(?:\w+ )?positions\b"
    r"|\bobserved (?:a total of )?\d+ [\w/ ]{0,60}?\binvolving\b",
    re.I,
)
_CLOSE_FIGHT = re.compile(
    r"\b(?:small arms|(?:sniper |assault )?rifles?|automatic weapons|firearms|"
    r"in both directions|exchang\w* (?:of )?fire)\b",
    re.I,
)
_HEAVY = re.compile(
    r"\b(?:mortars?|artillery|grenade launchers?|IFVs?|BMPs?|tanks?|anti-aircraft|"
    r"heavy machine ?guns?|ATGMs?|anti-tank|howitzers?|rockets?|MLRS|cannons?|missiles?|"
    r"recoilless|projectiles|explosions)\b",
    re.I,
)


def by_weapons(candidate: Candidate, article: Article | None = None) -> str:
    """The sub-event type of fire at positions, read from the weapons its paragraph names."""
    sub = candidate.sub_event_type
    if sub not in (SHELLING, CLASH):
        return sub
    sentence = candidate.sentence.text
    if not _AT_POSITIONS.search(sentence):
        return sub
    if _CLOSE_FIGHT.search(paragraph_text(candidate, article)):
        return CLASH
    return SHELLING if _HEAVY.search(sentence) else sub
