"""An attack its targets fought: a battle, as ACLED codes it.

"Al Shabaab gunmen attacked two villages. Security forces pushed back the
attackers" or "bandits raided the village; two of the raiders were killed":
armed men met armed resistance, so the attack is an armed clash, and the side
that resisted is the second actor when the report names it.
"""

from __future__ import annotations

import re
from typing import Any

from eventatlas.article import Article
from eventatlas.extract.candidates import Candidate

_ASSAILANTS = (
    r"(?:attackers|assailants|raiders|bandits|gunmen|militants|insurgents|intruders|"
    r"jihadists|rebels|militiamen|fighters)"
)
_FOUGHT = re.compile(
    r"\b(?:fought back|fight back|fighting back|fought off|beat back|beaten back|"
    r"repell?(?:ed|ing)|repulsed?|repulsing|returned fire|fired back|shot back|"
    r"(?:pushed|drove|chased) (?:back |away |off )?the (?:\w+ )?" + _ASSAILANTS + r"|"
    r"routed the (?:\w+ )?" + _ASSAILANTS + r"|"
    r"(?:killing|killed|shot dead|shooting dead|gunned down|neutrali[sz](?:ed|ing))"
    r" (?:\w+ ){0,2}?(?:of )?the (?:suspected )?(?:\w+ )?" + _ASSAILANTS + r"|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many) of the"
    r" (?:suspected )?(?:\w+ )?"
    + _ASSAILANTS
    + r" (?:were|was) (?:\w+ )?(?:killed|shot dead|neutrali[sz]ed))\b",
    re.I,
)


def resistance_span(candidate: Candidate, article: Article) -> tuple[int, int] | None:
    """Where the report tells that the attack met armed resistance: the attack's sentence and
    the next one of its paragraph, as (start, end); None when it tells none."""
    sentence = candidate.sentence
    following = [
        s
        for s in article.sentences
        if s.index == sentence.index + 1 and s.paragraph == sentence.paragraph
    ]
    after = article.text[candidate.trigger.end : sentence.end]
    if not any(_FOUGHT.search(text) for text in (after, *(s.text for s in following))):
        return None
    return sentence.start, (following[0].end if following else sentence.end)


def fought_attack(candidate: Candidate, resisters: list[Any]) -> None:
    """An attack that met armed resistance becomes an armed clash with the resisting side.

    ``resisters`` are the armed actors named where the resistance is told; the first
    one that is not the attacker's own side replaces civilians as actor2.
    """
    candidate.sub_event_type = "Armed clash"
    actor1 = candidate.actor1
    if candidate.actor2 is not None and candidate.actor2.inter != 7:
        return
    for actor in resisters:
        if actor.inter in (1, 2, 3, 4, 8) and (actor1 is None or actor.name != actor1.name):
            candidate.actor2 = actor
            return
