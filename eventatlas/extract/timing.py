"""When an event happened: its own date, its paragraph's, or the report's week."""

from __future__ import annotations

import datetime as dt
import re

from eventatlas.article import Article
from eventatlas.extract.candidates import Candidate
from eventatlas.parse.dates import (
    THE_NIGHT,
    WEEKDAYS,
    When,
    explicit_days,
    future_days,
    parse_iso,
    resolve_when,
    tells_a_date,
    undated,
)

BACKGROUND_DAYS = 90


def reference_date(article: Article) -> dt.date | None:
    """The day relative dates count from: the report's publication date."""
    return parse_iso(article.published)


def _arrest_made_for(article: Article, candidate: Candidate) -> int | None:
    """Where, in its sentence, the words that lead from an arrest to ``candidate`` end, when
    ``candidate`` is what the arrest told beside it was made for ("detained nine people whom
    they suspect of links to the militant who blew himself up in Suruc on Monday")."""
    for other in article.candidates:
        cause = other.arrested_for(candidate) if other is not candidate else None
        if cause is not None:
            end: int = cause.end()
            return end
    return None


def background(candidate: Candidate, when: When | None, ref: dt.date | None) -> None:
    """A dated event long before the report is background ("the 2015 hotel siege"), not news."""
    if when is None or ref is None or candidate.modality != "occurred":
        return
    # "arrived in Cabo Delgado in July", told in August: a month gone by is background too.
    month_gone = when.precision >= 3 and (when.end.year, when.end.month) < (ref.year, ref.month)
    if when.end < ref - dt.timedelta(days=BACKGROUND_DAYS) or month_gone:
        candidate.modality = "generic"
        candidate.modality_reason = (
            f"background: {when.reason}, long before the report of {ref.isoformat()}"
        )


_SAME_DAY = re.compile(
    r"^\W*(?:hours later|later that (?:day|night|evening|morning)|that (?:evening|night|afternoon)"
    r"|(?:on )?the same (?:day|night|evening)|the same day)\b",
    re.I,
)


_EARLIER_THAT_WEEK = re.compile(
    r"[^.;]{0,50}?\b(?:earlier (?:in|this) (?:the )?week|days earlier|the previous days?)\b", re.I
)
# "A day after the ambush, a minibus struck a mine", "Two days later the insurgents
# returned": days after the event told before. ("Two days earlier" is not read back: it
# counts from whichever day the report last told, often not the event's.)
_DAYS_AFTER_THE = re.compile(
    r"^\W*(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?:after\s+the\s+(?P<mods>(?:[\w-]+\s+){0,2}?)"
    r"(?:ambush|attack|raid|clash(?:es)?|fighting|bombing|blast|explosion|strike|protests?"
    r"|killings?|assault|massacre|shelling)\b|later\b)",
    re.I,
)


def _days_after_the_event(
    article: Article, candidate: Candidate, ref: dt.date | None
) -> When | None:
    found = _DAYS_AFTER_THE.match(candidate.sentence.text)
    if found is None or tells_a_date(candidate.sentence.text[found.end() :]):
        return None
    told = [
        c
        for c in article.candidates
        if c.sentence.index < candidate.sentence.index
        and c.when is not None
        and c.when.precision == 1
        and c.modality == "occurred"
    ]
    # "Four days after the Bourzanga killings": the happening first told in a paragraph that
    # names the place, else the one told last
    names = [w for w in (found.group("mods") or "").split() if w[:1].isupper()]
    named = [
        c
        for c in told
        if names and all(n in article.paragraph_text(c.sentence.paragraph) for n in names)
    ]
    before = [c.when for c in (named[:1] or told)]
    if not before:
        return None
    count = found.group("n").lower()
    day = before[-1].date + dt.timedelta(days=_day_count(count))
    if ref is not None and day > ref:
        return None
    return When(
        day, day, day, 1, f"{found.group().strip()}: {before[-1].reason}, then {count} day(s)"
    )


_NEXT_DAY_END = re.compile(r"\b(?:the (?:next|following) day|a day later)\W*$", re.I)
_NEXT_DAY = re.compile(
    r"^\W*(?:(?:on )?the (?:next|following) (?:day|morning|evening|night|afternoon)"
    r"|a day later|the day after)\b",
    re.I,
)


def when_of(article: Article, candidate: Candidate, ref: dt.date | None) -> When | None:
    """The date of ``candidate``: from its clause, sentence, paragraph or the report.

    A plan or a threat is dated to the day it was told: "called for a march on Thursday" has
    not happened, and its Thursday or its "4 December" is to come. (A dated statement, "On
    5 May 2021, the group threatened ...", keeps its date.)
    """
    if (
        candidate.modality in _STATEMENTS
        and ref is not None
        and (
            resolve_when(candidate.sentence.text, ref) is not None
            or _TELLING.search(candidate.sentence.text) is not None
        )
        and (
            not explicit_days(candidate.sentence.text) or future_days(candidate.sentence.text, ref)
        )
    ):
        return _told_day(candidate.sentence.text, ref)
    sentence = candidate.sentence
    stamp = _STAMP.match(article.paragraph_opening(sentence).text)
    if stamp is not None and (stamp.group("day") or stamp.group("lead")) and ref is not None:
        # "18:40 (Tuesday) — Two women were killed this afternoon": a live page's entry of an
        # earlier day counts its "this afternoon" and "yesterday" from that day.
        entry = resolve_when(stamp.group("day") or stamp.group("lead"), ref)
        if entry is not None and entry.precision == 1:
            ref = entry.date
    at = candidate.trigger.start - sentence.start
    earlier = _days_before(sentence.text, at, ref)
    if earlier is not None:
        return earlier
    after = _days_after_the_event(article, candidate, ref)
    if after is not None:
        return after
    cause = candidate.arrest_cause()
    made_for = _arrest_made_for(article, candidate)
    if cause is not None and tells_a_date(sentence.text[: cause.start()]):
        # "arrested three men on Sunday for sheltering the gunmen who attacked the camp on
        # 20 October": the arrest's day, not the attack's
        own = _own_when(sentence.text[: cause.start()], ref, at)
    elif made_for is not None and tells_a_date(sentence.text[made_for:]):
        # ... and the attack's own day, told after what the arrest was made for
        own = _own_when(" " * made_for + sentence.text[made_for:], ref, at)
    else:
        own = _own_when(
            candidate.clause.text, ref, candidate.trigger.start - candidate.clause.start
        )
        own = own or _own_when(sentence.text, ref, at)
    if own is not None and _EARLIER_THAT_WEEK.match(
        sentence.text, at + len(candidate.trigger.text)
    ):
        # "took the town on Wednesday, after heavy fighting earlier in the week": the fight's
        # day is the one its own telling gives ("The fighting broke out on Monday")
        merged = _merged_day(candidate, ref)
        if merged is not None and merged.date < own.date:
            return merged
    if own is not None and _told_only(sentence.text, ref):
        # "police have arrested two journalists, their lawyer said on Friday. The journalists
        # were detained on Wednesday": the day of the saying yields to the day it happened.
        retold = _retold_day(article, candidate, ref) or _merged_day(candidate, ref)
        if retold is not None and retold.date <= own.date:
            return retold
    if own is not None:
        return own
    # "Hours later, OLA fighters attacked ...", "On the same day": the day told before it,
    # in the paragraph before if need be.
    same_day = _SAME_DAY.match(candidate.sentence.text) is not None
    # "... poured into Latakia the next day": the day after the one told before
    next_day = bool(
        _NEXT_DAY.match(candidate.sentence.text) or _NEXT_DAY_END.search(candidate.clause.text)
    )
    for sentence in reversed(article.sentences[: candidate.sentence.index]):
        if sentence.paragraph != candidate.sentence.paragraph and not (
            (same_day or next_day) and sentence.paragraph == candidate.sentence.paragraph - 1
        ):
            break
        found = resolve_when(sentence.text, ref)
        if (
            found is None
            and sentence.paragraph == candidate.sentence.paragraph
            and _NEXT_DAY.match(sentence.text)
        ):
            # "The next day the unrest moved south. In Punta de Bombon, protesters stoned a
            # police post": the paragraph's next day
            next_day = True
            continue
        if (
            found is not None
            and candidate.modality in _STATEMENTS
            and ref is not None
            and future_days(sentence.text, ref)
        ):
            # "has announced another on 4 December. ... warned that organisers would be
            # arrested": the threat shares the plan's telling, not its day to come
            return _told_day(candidate.sentence.text, ref)
        if found is not None and _told_only(sentence.text, ref):
            # "In its updated statement on Monday the ministry said the toll had risen": the
            # day of a saying, not of the act; the day told before it, else the lead's.
            continue
        if found is not None and next_day and found.precision == 1:
            # "The next evening, gunmen shot dead two workers": the day after the one told.
            day = found.date + dt.timedelta(days=1)
            if ref is None or day <= ref:
                return When(day, day, day, 1, f"the day after {found.reason}")
        if found is not None:
            return When(
                found.date,
                found.start,
                found.end,
                found.precision,
                f"{found.reason}, from its paragraph",
            )
    if ref is None:
        return None
    if stamp is not None:
        # "10:55 — In Mombasa, large crowds are marching": a live page's entry tells what
        # happens on the day it is posted (its own named day, else the page's).
        return When(
            ref, ref, ref, 1, f"a live page's entry '{stamp.group('time')}', posted on {ref}"
        )
    lead = _lead_date(article, ref)
    if lead is not None:
        start = min(lead.start, ref - dt.timedelta(days=7))
        return When(
            lead.date,
            start,
            ref,
            2,
            f"no date in its paragraph: the report's lead date ({lead.reason})",
        )
    return undated(ref)


_STATEMENTS = frozenset({"planned", "threatened"})
# A live page's entry: "10:55 — ...", "18:40 (Tuesday) — ...", with the day it belongs to
# when that is not the page's.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STAMP = re.compile(
    # "17 September, 15:45 —", "Sept. 18, 08:30 -": an entry that gives its day first
    rf"^\W*(?:(?P<lead>\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}),?\s+)?"
    r"(?P<time>\d{1,2}[:.]\d{2})\s*(?:[ap]\.?m\.?\s*)?"
    rf"(?:\((?:(?P<day>{'|'.join(WEEKDAYS)}|\d{{1,2}}\s+[A-Za-z]+|[A-Za-z]+\s+\d{{1,2}})"
    r"|[^)]{1,20})\)\s*)?[—–-]",
    re.I,
)
# A plan or threat told in its own words, with no day: the day of the report that tells it.
_TELLING = re.compile(
    r"\b(?:said|says|warned|warns|announced|announces|vowed|vows|threatened|threatens"
    r"|declared|told)\b",
    re.I,
)


def _told_day(text: str, ref: dt.date) -> When:
    """The day a statement was made: the day its sentence says it was told, else the report's."""
    told = TOLD_ON.search(text)
    found = resolve_when(told.group(), ref) if told else None
    if found is not None and found.precision == 1:
        return When(found.date, found.date, found.date, 1, f"told {found.reason}")
    return When(ref, ref, ref, 1, f"a statement of what is to come, told in the report of {ref}")


# "a rights group said on Friday", "in a statement on Monday": when it was told.
TOLD_ON = re.compile(
    r"\b(?:said|says|told\s+(?:[\w'’-]+\s+){1,4}?|announced|reported|confirmed|added|stated"
    r"|claimed|denied|warned|statement(?:\s+(?:issued|released|published))?"
    # "the death toll rose to 133 on Sunday": the day of the count, not of the act
    r"|(?:rose|risen|climbed|increased|reached|stood)\s+(?:to|at)\s+(?:more than\s+|over\s+"
    r"|at least\s+)?[\d,]+)\s+(?:late\s+|early\s+)?"
    rf"on\s+(?:{'|'.join(WEEKDAYS)})\b"
    # "Witnesses on Thursday accused soldiers of ...": the day before the saying is its own
    rf"|\bon\s+(?:late\s+|early\s+)?(?:{'|'.join(WEEKDAYS)})\s+(?:accused|said|announced"
    r"|reported|confirmed|denied|warned|claimed|alleged|blamed|told|condemned|called)\b"
    # "and on Saturday that 115 had died": the same saying, elided
    rf"|(?:,\s*)?\band\s+(?:late\s+|early\s+)?on\s+(?:{'|'.join(WEEKDAYS)})\s+that\b"
    # "16 bodies had been brought in by Monday night": the time of a count
    rf"|\b(?:brought in|counted|recorded|registered|confirmed)\s+by\s+(?:late\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)})(?:\s+(?:night|evening|morning|afternoon))?\b",
    re.I,
)


# "protested the death of a boy who died last week": the week of the cause, not of the protest.
_CAUSE_WEEK = re.compile(
    r"\b(?:who|which|that|whose|over|against|after|following|death of|killing of)\b"
    r"[^,;.]{0,80}?\blast\s+week(?:end)?\b",
    re.I,
)


# "said on Monday that 107 people had been detained during the night": the night that
# ended on Monday morning, dated to Monday as "overnight" is.
_THE_NIGHT = re.compile(rf"{THE_NIGHT.pattern}|\bovernight\b", re.I)
# "Following the murder of a woman on 12 March 2017, villagers attacked ... on 24 March": the
# opening clause dates its cause; the rest of the sentence, when it gives a day, the event.
_CAUSE_OPENING = re.compile(
    r"^\W*(?:following|after|in (?:retaliation|revenge|response) (?:for|to))\b[^,;.]{4,160},",
    re.I,
)


_POSSESSIVE_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})(?:'s|’s)", re.I)
# "Thursday's protests", "Sunday's attack on the market": a happening and its day.
_DAY_OF_EVENT = re.compile(
    rf"\b(?P<day>{'|'.join(WEEKDAYS)})(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>protests?"
    r"|demonstrations?|marches|march|rall(?:y|ies)|riots?|unrest|attacks?|bombings?|blasts?"
    r"|explosions?|clashes|fighting|battle|strikes?|air ?strikes?|raids?|ambush|killings?"
    r"|massacre|shelling|violence|assault|offensive)\b",
    re.I,
)
# "a day after thousands staged a sit-in": that happening came N days before the sentence's day.
_DAYS_AFTER = re.compile(
    r"(?:\b(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|years?)"
    r"|,\s+(?:(?:a few|several|two|three|\d+)\s+)?(?P<hours>hours))"
    r"(?:\s+to\s+the\s+day)?\s+(?P<word>after|since|before)\b"
    r"(?P<rest>[^.;]{0,120})$",
    re.I,
)
_UNIT_DAYS = {"day": 1, "year": 365}
_ASIDE_CLOSED = re.compile(r"^\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,")
_EARLIER = re.compile(r"\b(?:earlier|previous|last week|days|the day before)\b", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _day_count(word: str) -> int:
    """ "a" and "two" in "a day after", "two days after"; digits as they are."""
    return _COUNTS.get(word) or int(word)


def _days_before(text: str, at: int, ref: dt.date | None) -> When | None:
    """The day of an event told as "N days after" it, from the day of the sentence's own news;
    or as "N days before" it ("struck on Saturday, a day before troops retook the village")."""
    found = _DAYS_AFTER.search(text[:at])
    if found is None or tells_a_date(found.group("rest") + text[at : at + 60]):
        return None
    if _ASIDE_CLOSED.match(found.group("rest")):
        # "Yesterday, a day after the crime, thousands marched": the phrase dates the march
        # from the crime; the march is the sentence's own news, not the crime
        return None
    main = resolve_when(text[: found.start()], ref)
    if main is None or main.precision != 1:
        return None
    word = found.group("word").lower()
    if found.group("hours"):
        # "marched on Sunday, hours after five men were found shot dead": the same day (but
        # "hours after troops pulled out following fighting earlier in the week" is not)
        if _EARLIER.search(found.group("rest") + text[at : at + 80]):
            return None
        days = 0
    else:
        # "a year to the day after protesters stormed Parliament": a year's days before
        days = (
            _day_count(found.group("n").lower())
            * _UNIT_DAYS[found.group("unit").lower().rstrip("s")]
        )
    if word == "before":
        day = main.date + dt.timedelta(days=days)
        if ref is not None and day > ref:
            return None
        return When(day, day, day, 1, f"{found.group().split(' before')[0]} after {main.reason}")
    day = main.date - dt.timedelta(days=days)
    return When(day, day, day, 1, f"{found.group().split(' ' + word)[0]} before {main.reason}")


def _own_when(text: str, ref: dt.date | None, at: int = -1) -> When | None:
    """The date ``text`` gives its event; the day something was said only when it gives no other.

    ``at`` is where the event's trigger stands: a cause's week around it is its own.
    """
    text = _CAUSE_WEEK.sub(
        lambda m: m.group() if m.start() <= at < m.end() else " " * len(m.group()), text
    )
    cause = _CAUSE_OPENING.match(text)
    if cause is not None and at >= cause.end() and tells_a_date(text[cause.end() :]):
        text = " " * cause.end() + text[cause.end() :]
    for named in _DAY_OF_EVENT.finditer(text):
        # (the trigger may start on a word of the name: "Saturday's twin car bombings")
        if named.end("day") < at < named.end("noun"):
            # "the handling of Thursday's protests": the event named with its own day
            return resolve_when(named.group("day"), ref)
    # "protesting against Sunday's election ... on Monday": the other day is the event's.
    other_day = _POSSESSIVE_DAY.sub(lambda m: " " * len(m.group()), text)
    if other_day != text and resolve_when(other_day, ref) is not None:
        text = other_day
    told = TOLD_ON.sub(lambda m: " " * len(m.group()), text)
    if told != text:
        said = resolve_when(text, ref)
        if said is not None and said.precision == 1 and _THE_NIGHT.search(told):
            # the night that ended the morning it was told
            return When(said.date, said.date, said.date, 1, f"the night ending {said.reason}")
        found = resolve_when(told, ref)
        if found is not None:
            return found
    return resolve_when(text, ref)


_RETOLD = re.compile(
    r"^\W*(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:was|were|had been|has been|have been)\s+"
    r"(?:\w+ly\s+)?(?:found|detained|arrested|seized|killed|abducted|kidnapped|taken|shot"
    r"|attacked|discovered|recovered|defused|carried out)\b",
    re.I,
)


def _told_only(text: str, ref: dt.date | None) -> bool:
    """Whether the only day ``text`` gives is the day something was said."""
    return TOLD_ON.search(text) is not None and resolve_when(TOLD_ON.sub(" ", text), ref) is None


def _merged_day(candidate: Candidate, ref: dt.date | None) -> When | None:
    """The first day a later telling of the same event gives for the act itself ("The death
    toll rose to 133 on Sunday ... Gunmen burst into the hall on Friday evening")."""
    days = [
        found
        for sentence in candidate.merged
        if not _told_only(sentence.text, ref)
        and (found := _own_when(TOLD_ON.sub(" ", sentence.text), ref)) is not None
        and found.precision == 1
    ]
    if not days:
        return None
    return _told_again(min(days, key=lambda when: when.date))


# The passive verbs that tell an act of each kind again ("Diaz and his wife were taken on
# Saturday" after "the ELN said on Thursday that its unit had kidnapped him").
_ACT_AGAIN = {
    kind: re.compile(
        rf"^\W*(?:[\w'’-]+\s+){{1,8}}?(?:was|were|had been)\s+(?:\w+ly\s+)?(?:{verbs})\b", re.I
    )
    for kind, verbs in {
        "Abduction/forced disappearance": r"abducted|kidnapped|taken|seized|snatched",
        "Arrests": r"arrested|detained|taken into custody",
        "Attack": r"killed|shot|attacked|stabbed|beaten",
        "Remote explosive/landmine/IED": r"hit|struck|targeted|killed",
    }.items()
}


def _same_act(candidate: Candidate, text: str) -> bool:
    """Whether ``text`` tells the candidate's act again in the passive, whoever its subject."""
    pattern = _ACT_AGAIN.get(candidate.sub_event_type)
    return pattern is not None and pattern.match(text) is not None


def _told_again(found: When) -> When:
    return When(found.date, found.start, found.end, 1, f"{found.reason}, told again after")


def _retold_day(article: Article, candidate: Candidate, ref: dt.date | None) -> When | None:
    """The day a following sentence gives when it tells the same act again ("The cache was
    found on Monday")."""
    index = candidate.sentence.index
    for sentence in article.sentences[index + 1 : index + 3]:
        if sentence.paragraph > candidate.sentence.paragraph + 1:
            break
        retold = _RETOLD.match(sentence.text) or _same_act(candidate, sentence.text)
        if retold and not _told_only(sentence.text, ref):
            found = _own_when(sentence.text, ref)
            if found is not None and found.precision == 1:
                return _told_again(found)
    return None


def _lead_date(article: Article, ref: dt.date) -> When | None:
    for sentence in article.sentences[:3]:
        named = _DAY_OF_EVENT.search(sentence.text)
        if named is not None:
            # "defended on Friday the handling of Thursday's protests": the protests' day
            return resolve_when(named.group("day"), ref)
        found = resolve_when(sentence.text, ref)
        if found is not None and found.precision == 1:
            return found
    return None
