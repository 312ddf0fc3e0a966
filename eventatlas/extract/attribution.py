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
    r"(?:sources?|officials?|officers?|commanders?)\b(?:\s+who\s+(?:asked|spoke|requested|declined)[^,.]*)?"
    r"|\b(?:sources?|witnesses|residents|activists|locals|medics|a witness|a resident|an official|officials)\s+"
    r"(?:said|told|say|reported|confirmed|revealed)\b|\bsources?\s+(?:close to|in|on|familiar)\b",
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


def attribution_in(text: str) -> Attribution | None:
    """The claim ``text`` itself attributes, or None when it names no source."""
    outlet = _outlet(text)
    named = _NAMED.search(text)
    if named:
        name = named.group("name") or named.group("name2")
        return Attribution(name, ClaimantType.NAMED_OFFICIAL.value, outlet)
    anonymous = _ANONYMOUS.search(text)
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
    if own is None:
        own = _borrowed(article, sentence)
    reported_by = own.reported_by if own else None
    result = own or Attribution()
    result.reported_by = reported_by or _publisher(article)
    return Attribution(result.claimed_by, result.claimant_type, result.reported_by)


def _borrowed(article: Article, sentence: Sentence) -> Attribution | None:
    """A source from the same paragraph, else the article's first one."""
    same_paragraph = [s for s in article.sentences if s.paragraph == sentence.paragraph and s is not sentence]
    for other in same_paragraph + article.sentences[:6]:
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
