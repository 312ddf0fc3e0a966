"""Attribution: who claims an event, and which outlet relayed the claim.

"A high-ranking field source revealed to Sputnik Arabic that ..." gives an
anonymous claimant reported by Sputnik Arabic. A sentence with no source of
its own takes the source that speaks for its paragraph, then the article's
first source; failing those it is unattributed, reported by the publisher.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from eventatlas.article import Article, Sentence
from eventatlas.event import Attribution, ClaimantType

_ANONYMOUS = re.compile(
    r"\b(?:an?|one|two|three|several|the)?\s*(?:(?:high|senior|low)-?(?:ranking|level)\s+|senior\s+|local\s+|"
    r"security\s+|military\s+|field\s+|medical\s+|hospital\s+|tribal\s+|police\s+|government\s+|"
    r"diplomatic\s+|intelligence\s+|informed\s+|reliable\s+|unnamed\s+|anonymous\s+)+"
    r"(?:sources?|officials?|officers?|commanders?)\b"
    r"|\b(?:(?:rescue|aid|health|hospital|medical|local|humanitarian|relief|security)\s+(?:workers|officials|sources|staff)|"
    r"sources?|witnesses|residents|activists|locals|medics|doctors|villagers|relatives|survivors|"
    r"a witness|a resident|an official|officials)"
    r"(?=\s+(?:said|told|say|says|reported|confirmed|revealed))|\bsources?\s+(?:close to|in|on|familiar with)\s+(?:the\s+)?[\w-]+",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?:(?:spokes(?:man|woman|person)|minister|governor|general|gen\.|colonel|col\.|major|maj\.|"
    r"captain|capt\.|commander|president|prime minister|mayor|chief|director|lieutenant|lt\.|"
    r"sheikh|brigadier|senator|deputy|ambassador|secretary|police chief|commissioner|administrator)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})?,?\s+)"
    r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][a-zà-ÿ'’-]+){1,3})"
    r"|(?P<name2>[A-Z][a-zà-ÿ'’-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][a-zà-ÿ'’-]+){1,3}),\s+(?:a|an|the)\s+"
    r"(?:\w+\s+){0,4}?(?:spokes(?:man|woman|person)|minister|governor|commander|official|general|colonel|"
    r"mayor|chief|director|administrator|commissioner)\b"
)
_ORGANISATION = re.compile(
    r"\b(?:the\s+)?(?P<org>(?:[A-Z][\w'’-]+\s+){0,5}?(?:Ministry|Army|Police|Military|Forces|"
    r"Observatory|Office|Agency|Command|Council|Committee|Commission|Mission|Red Cross|Red Crescent|"
    r"United Nations|UN|UNICEF|OCHA|WHO|Human Rights Watch|Amnesty International|"
    r"Government|Authority|Authorities|Coalition|Department|Directorate|Organization|Organisation|"
    r"Service|Taliban|Houthis|State)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?)"
    r"\s+(?:said|says|reported|announced|stated|claimed|confirmed|told|added|accused|blamed)\b"
    r"|\b(?P<org2>(?:the\s+)?(?:ministry|army|police|military|government|authorities|group|militants|"
    r"rebels|coalition|agency|observatory)(?:\s+of\s+[A-Z][\w-]+)?)\s+(?:said|says|announced|claimed|stated|reported)\b"
    r"|\b(?P<org3>(?:[A-Z][\w'’-]+\s+){1,6})claimed responsibility\b"
    r"|\bclaimed by (?:the\s+)?(?P<org4>(?:[A-Z][\w'’-]+\s*){1,6})",
)
_RELAYED = re.compile(
    r"\b(?:told|revealed to|said to|speaking to|in an interview with|according to|quoted by|"
    r"cited by|in a statement to|reported by)\s+(?:the\s+)?(?P<outlet>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})"
    r"|\b(?P<outlet2>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+(?:reported|quoted)\b"
)


@lru_cache(maxsize=1)
def known_outlets() -> frozenset[str]:
    """The outlets of ``data/outlets.txt``."""
    text = resources.files("eventatlas").joinpath("data", "outlets.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _outlet(text: str) -> str | None:
    for match in _RELAYED.finditer(text):
        name = (match.group("outlet") or match.group("outlet2") or "").strip()
        name = re.sub(r"[’']s$", "", name)
        if name in known_outlets():
            return name
        words = name.split()
        for size in range(len(words), 0, -1):
            if " ".join(words[:size]) in known_outlets():
                return " ".join(words[:size])
    return None


_SPEECH_AFTER = re.compile(
    r"^(?:\s*,[^,.;]{0,80},)?(?:\s+(?:who|which)\s+[^,.;]{0,80}?)?,?\s+(?:\w+ly\s+|also\s+|had\s+|have\s+|has\s+)?"
    r"(?:said|says|say|told|reported|confirmed|revealed|added|stated|claimed|quoted|speaking)\b",
    re.I,
)
_SPEECH_BEFORE = re.compile(r"\b(?:according to|quoted|citing|cited)\s*(?:\w+\s+){0,2}$", re.I)


def _speaks(text: str, match: re.Match[str]) -> bool:
    """A source phrase that really introduces speech, not a victim ("two police officers")."""
    return bool(
        _SPEECH_AFTER.match(text[match.end() :]) or _SPEECH_BEFORE.search(text[: match.start()])
    )


def attribution_in(text: str) -> Attribution | None:
    """The claim ``text`` itself attributes, or None when it names no source."""
    outlet = _outlet(text)
    named = _NAMED.search(text)
    if named:
        name = named.group("name") or named.group("name2")
        return Attribution(name, ClaimantType.NAMED_OFFICIAL.value, outlet)
    anonymous = next((m for m in _ANONYMOUS.finditer(text) if _speaks(text, m)), None)
    if anonymous:
        claimant = re.sub(r"\s+who\s+.*$", "", anonymous.group().strip())
        claimant = re.sub(r"\s+(?:said|told|say|reported|confirmed|revealed)$", "", claimant)
        return Attribution(claimant, ClaimantType.ANONYMOUS.value, outlet)
    org = _ORGANISATION.search(text)
    if org:
        name = next(g for g in org.groups() if g).strip()
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        return Attribution(name, ClaimantType.ORGANISATION.value, outlet)
    if outlet:
        return Attribution(outlet, ClaimantType.OUTLET.value, outlet)
    return None


def attribute(article: Article, sentence: Sentence) -> Attribution:
    """The attribution of an event stated in ``sentence``."""
    own = attribution_in(sentence.text)
    borrowed = _borrowed(article, sentence)
    if own is None:
        own = borrowed
    elif borrowed is not None and _anaphoric(own, borrowed):
        own = Attribution(
            borrowed.claimed_by, own.claimant_type, own.reported_by or borrowed.reported_by
        )
    result = own or Attribution()
    reported_by = result.reported_by or (borrowed.reported_by if borrowed else None)
    return Attribution(result.claimed_by, result.claimant_type, reported_by or _publisher(article))


def _anaphoric(own: Attribution, earlier: Attribution) -> bool:
    """ "The source said" refers back to the source an earlier sentence described."""
    return (
        own.claimant_type == earlier.claimant_type == ClaimantType.ANONYMOUS.value
        and own.claimed_by is not None
        and len(own.claimed_by) < len(earlier.claimed_by or "")
        and own.claimed_by.lower().split()[-1] in (earlier.claimed_by or "").lower()
    )


def _borrowed(article: Article, sentence: Sentence) -> Attribution | None:
    """A source from the same paragraph, else the article's first one."""
    same_paragraph = [
        s for s in article.sentences if s.paragraph == sentence.paragraph and s is not sentence
    ]
    for other in same_paragraph + [s for s in article.sentences[:6] if s is not sentence]:
        found = attribution_in(other.text)
        if found is not None:
            return found
    return None


def _publisher(article: Article) -> str | None:
    if article.source:
        return article.source
    if article.dateline and article.dateline.agency:
        return article.dateline.agency
    return None
