"""Temporal expressions, resolved against the report's reference date.

``resolve_when`` reads one sentence and answers a :class:`When`: the best
single date, the range the text allows and ACLED's time precision. Nothing
is ever placed after the reference date: a report cannot describe the
future as having happened.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday",),
            ("tuesday",),
            ("wednesday",),
            ("thursday",),
            ("friday",),
            ("saturday",),
            ("sunday",),
        ]
    )
    for name in names
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "the June 5 Movement", "the March 23 Movement": a date in a group's name is no day.
_NOT_A_NAME = (
    r"(?!\s+(?-i:Movement|Coalition|Alliance|Front|Group|Brigade|Revolution|Committee|Party"
    r"|Uprising|Square|Street|Avenue|Stadium|Bridge))"
)
_EXPLICIT = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b{_NOT_A_NAME}", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b{_NOT_A_NAME}", re.I),
    # "on 29/05/2017", "12.03.2021": day first, as most of the world writes it, unless the
    # figures allow only the month first ("05/29/2017")
    re.compile(
        r"(?<![\d/.-])(?P<num1>[0-3]?\d)(?P<sep>[/.-])(?P<num2>[0-3]?\d)(?P=sep)"
        r"(?P<year>(?:19|20)\d\d)(?![\d/.-]\d)"
    ),
]
_MONTH_ONLY = re.compile(
    rf"\b(?:in|during|since|early|late|mid-?)\s+{_MONTH}(?:\s+{_YEAR})?\b", re.I
)
_WEEKDAY = re.compile(
    rf"\b(?P<last>last\s+)?(?P<late>late\s+|early\s+)?(?:on\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b"
    # "from the Friday mosque": a building, no day
    r"(?!\s+mosques?\b)",
    re.I,
)
_OF_LAST_WEEK = re.compile(r"\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week\b", re.I)
# Days named for what falls on them, with their month and day.
_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year’s day": (1, 1),
    "new year's eve": (12, 31),
    "new year’s eve": (12, 31),
}
_HOLIDAY = re.compile(r"\b(?:" + "|".join(_HOLIDAYS) + r")\b", re.I)
_RELATIVE: list[tuple[re.Pattern[str], int, int, int]] = [
    # pattern, days back at start, days back at end, precision
    (re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", re.I), 2, 2, 1),
    (re.compile(r"\byesterday\b|\blast\s+night\b", re.I), 1, 1, 1),
    # "overnight" in a report is the night that ended the morning it was written: ACLED
    # and the report's readers date it to that morning.
    (re.compile(r"\bovernight\b", re.I), 0, 0, 1),
    (
        re.compile(
            r"\b(?:earlier\s+)?today\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b", re.I
        ),
        0,
        0,
        1,
    ),
    (
        re.compile(
            r"\b(?:during\s+|over\s+|in\s+)?the\s+(?:past|last)\s+(?:few|several|two|three)\s+days\b|\bin\s+recent\s+days\b",
            re.I,
        ),
        7,
        0,
        2,
    ),
    (
        re.compile(r"\bearlier\s+this\s+week\b|\bthis\s+week\b", re.I),
        10,
        1,
        2,
    ),
    (re.compile(r"\b(?:the\s+)?(?:past|last)\s+(?:week|seven\s+days)\b", re.I), 7, 0, 2),
    (re.compile(r"\bearlier\s+this\s+month\b|\bthis\s+month\b", re.I), 30, 0, 3),
    (re.compile(r"\blast\s+month\b|\bthe\s+past\s+month\b", re.I), 45, 15, 3),
]
_LAST_WEEK = re.compile(r"\blast\s+(?P<what>week(?:end)?)\b", re.I)


def _last_weeks_monday(ref: dt.date) -> dt.date:
    """The Monday of the Monday-to-Sunday week before the one ``ref`` is in."""
    return ref - dt.timedelta(days=ref.weekday() + 7)


def _last_week(ref: dt.date, match: re.Match[str]) -> When:
    """ "Last week": the calendar week before the report's, coded on its Wednesday (as ACLED
    codes an event of a known week: most of its "week of" rows fall on a Wednesday); "last
    weekend": the Saturday and Sunday before the report."""
    reason = f"'{match.group().strip()}' relative to {ref.isoformat()}"
    if match.group("what").lower() == "weekend":
        back = (ref.weekday() - 5) % 7 + (7 if ref.weekday() >= 5 else 0)
        saturday = ref - dt.timedelta(days=back)
        return When(saturday, saturday, saturday + dt.timedelta(days=1), 2, reason, match.start())
    monday = _last_weeks_monday(ref)
    return When(
        monday + dt.timedelta(days=2),
        monday,
        monday + dt.timedelta(days=6),
        2,
        reason,
        match.start(),
    )


_AGO = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|a)\s+(?P<unit>day|days|week|weeks)\s+(?:ago|earlier)\b",
    re.I,
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date: best day, the range the text allows, precision, reason."""

    date: dt.date
    start: dt.date
    end: dt.date
    precision: int
    reason: str
    offset: int = -1


def parse_iso(value: str | None) -> dt.date | None:
    """The date of an ISO 8601 string, or None when it is not a real date."""
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    try:
        day = (
            dt.datetime.fromisoformat(value).date()
            if len(value) > 10
            else dt.date.fromisoformat(value)
        )
    except ValueError:
        return None
    return day if 1800 <= day.year <= 2200 else None


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _explicit(text: str, ref: dt.date | None) -> tuple[When, re.Match[str]] | None:
    """The first explicit date of ``text``, with the words that gave it."""
    for match in _explicit_matches(text):
        found = _explicit_date(match, ref)
        if found is not None:
            reason = f"explicit date '{match.group()}'"
            return When(found, found, found, 1, reason, match.start()), match
    return None


def _month_day(match: re.Match[str]) -> tuple[int, int]:
    """The month and day an explicit date's match names."""
    groups = match.groupdict()
    if groups.get("num1"):
        first, second = int(groups["num1"]), int(groups["num2"])
        return (first, second) if second > 12 >= first else (second, first)
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
    return month, int(groups["day"])


def _explicit_matches(text: str) -> list[re.Match[str]]:
    return [match for pattern in _EXPLICIT for match in pattern.finditer(text)]


def explicit_days(text: str) -> set[tuple[int, int]]:
    """The month and day of every explicit date ``text`` names ("30 June 2019", "June 30",
    "2019-06-30"), whether or not it gives the year."""
    return {_month_day(match) for match in _explicit_matches(text)}


def future_days(text: str, ref: dt.date) -> bool:
    """Whether ``text`` names an explicit date after ``ref``: its own year's, or the report's
    year's when it gives none ("another march on 4 December", told on 28 November)."""
    for match in _explicit_matches(text):
        year = int(match.group("year")) if match.groupdict().get("year") else ref.year
        found = make_date(year, *_month_day(match))
        if found is not None and found > ref:
            return True
    return False


def weekdays_named(text: str) -> set[str]:
    """The weekdays ``text`` names, in lower case."""
    return {match.group("weekday").lower() for match in _WEEKDAY.finditer(text)}


def _explicit_date(match: re.Match[str], ref: dt.date | None) -> dt.date | None:
    groups = match.groupdict()
    month, day = _month_day(match)
    if groups.get("num1") and ref is not None and max(month, day) <= 12:
        # "06/09/2017" told on 10 June 2017: 6 September is yet to come, 9 June is not
        first = make_date(int(groups["year"]), month, day)
        if first is not None and first > ref:
            return make_date(int(groups["year"]), day, month)
        return first
    if groups.get("year"):
        return make_date(int(groups["year"]), month, day)
    if ref is None:
        return None
    found = make_date(ref.year, month, day)
    if found and found > ref:
        found = make_date(ref.year - 1, month, day)
    return found


# "in the night of Sunday to Monday", "overnight Saturday into Sunday": the night ended on
# the second day, which the report's readers and ACLED date it to.
_INTO_NEXT = re.compile(
    rf"\s*(?:night\s+)?(?:to|into)\s+(?:early\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b", re.I
)
_NIGHT = re.compile(r"\bnight\b|\bovernight\b", re.I)


def _weekday(text: str, ref: dt.date) -> When | None:
    match = _WEEKDAY.search(text)
    if not match:
        return None
    weekday = match.group("weekday")
    into = _INTO_NEXT.match(text, match.end())
    if into and _NIGHT.search(text, max(0, match.start() - 25), into.end() + 8):
        weekday = into.group("weekday")
    back = (ref.weekday() - WEEKDAYS[weekday.lower()]) % 7
    if back <= 1 and match.group("last"):
        # "last Tuesday" in a report of a Tuesday, or of the Wednesday after (whose day
        # before is "yesterday"): the week before
        back += 7
    day = ref - dt.timedelta(days=back)
    last_week = _OF_LAST_WEEK.match(text, match.end())
    if last_week is not None:
        # "on Monday of last week": that day of the Monday-to-Sunday week before the report's
        monday = _last_weeks_monday(ref)
        day = monday + dt.timedelta(days=WEEKDAYS[weekday.lower()])
        told = match.group().strip() + last_week.group()
        return When(day, day, day, 1, f"'{told}' before {ref.isoformat()}", match.start())
    return When(
        day, day, day, 1, f"'{match.group().strip()}' before {ref.isoformat()}", match.start()
    )


def _holiday(text: str, ref: dt.date) -> When | None:
    """ "On Christmas Day": that day of the report's year, or of the year before."""
    match = _HOLIDAY.search(text)
    if match is None:
        return None
    month, day = _HOLIDAYS[match.group().lower()]
    found = make_date(ref.year, month, day)
    if found is None:
        return None
    if found > ref:
        found = found.replace(year=ref.year - 1)
    return When(
        found, found, found, 1, f"'{match.group()}' before {ref.isoformat()}", match.start()
    )


# "through the night": dated like "overnight", but no day of its own that would make the
# sentence another happening ("During the night militants tried to reach the lines").
THE_NIGHT = re.compile(r"\b(?:during|through|throughout|in) the night\b", re.I)


def _relative(text: str, ref: dt.date) -> When | None:
    last = _LAST_WEEK.search(text)
    if last is not None:
        return _last_week(ref, last)
    for pattern, back_start, back_end, precision in [*_RELATIVE, (THE_NIGHT, 0, 0, 1)]:
        match = pattern.search(text)
        if match:
            start = ref - dt.timedelta(days=back_start)
            end = ref - dt.timedelta(days=back_end)
            best = (
                end
                if precision == 1
                else max(start, end - dt.timedelta(days=1))
                if back_end == 0
                else end
            )
            reason = f"'{match.group().strip()}' relative to {ref.isoformat()}"
            return When(best, start, end, precision, reason, match.start())
    match = _AGO.search(text)
    if match:
        count = (
            int(match.group("n"))
            if match.group("n").isdigit()
            else _SMALL[match.group("n").lower()]
        )
        days = count * (7 if match.group("unit").lower().startswith("week") else 1)
        day = ref - dt.timedelta(days=days)
        precision = 1 if days < 7 else 2
        return When(
            day, day, day, precision, f"'{match.group()}' before {ref.isoformat()}", match.start()
        )
    return None


def _month_only(text: str, ref: dt.date | None) -> When | None:
    match = _MONTH_ONLY.search(text)
    if not match or (ref is None and not match.group("year")):
        return None
    month = MONTHS[match.group("month").lower()]
    year = int(match.group("year")) if match.group("year") else ref.year if ref else 0
    if ref and not match.group("year") and month > ref.month:
        year -= 1
    start = dt.date(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    # ACLED's convention for a month-only date: the middle of the month.
    return _period(start, end, start.replace(day=15), ref, "month", match)


_YEAR_ONLY = re.compile(
    r"\b(?:in|during|throughout)\s+(?:early\s+|late\s+|mid-?)?(?P<year>(?:19|20)\d\d)\b"
    # "whose 2022 offensive", "the 2017 siege": a happening named by its year
    r"|\b(?:the|its|their|whose)\s+(?P<year2>(?:19|20)\d\d)\s+(?:offensive|campaign|war"
    r"|uprising|coup|invasion|siege|revolution|massacre|battle|insurgency)\b",
    re.I,
)


# "between 1999 and 2003", "the 2016-2018 war", "in the 1990s": years gone by.
_YEARS = re.compile(
    r"\b(?:between|from)\s+(?P<first>(?:19|20)\d\d)\s+(?:and|to|until|till)\s+"
    r"(?P<last>(?:19|20)\d\d)\b"
    r"|(?<![\d-])(?P<first2>(?:19|20)\d\d)\s*[-–]\s*(?P<last2>(?:19|20)\d\d)(?![\d-])"
    r"|\b(?:in|during|throughout)\s+the\s+(?P<decade>(?:19|20)\d0)s\b",
    re.I,
)


def _years(text: str, ref: dt.date | None) -> When | None:
    """Several years ("between 1999 and 2003"), precision 3, never after the report."""
    match = _YEARS.search(text)
    if not match:
        return None
    if match.group("decade"):
        first = int(match.group("decade"))
        last = first + 9
    else:
        first = int(match.group("first") or match.group("first2"))
        last = int(match.group("last") or match.group("last2"))
    if last < first or (ref is not None and first > ref.year):
        return None
    start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
    return _period(start, end, start + (end - start) / 2, ref, "years", match)


# "in the summer of 2021", "during the winter of 2016": a season of a year named
_SEASON = re.compile(
    r"\b(?:(?:in|during|throughout|by)\s+(?:the\s+)?|the\s+)(?:early\s+|late\s+|mid-?)?"
    r"(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# first and last month of each season (winter runs from the December before)
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (0, 2),
}


def _season(text: str, ref: dt.date | None) -> When | None:
    """ "In the summer of 2021": the season's months, precision 3, never after the report."""
    match = _SEASON.search(text)
    if not match:
        return None
    year = int(match.group("year"))
    first, last = _SEASONS[match.group("season").lower()]
    start = dt.date(year - 1, 12, 1) if first == 0 else dt.date(year, first, 1)
    end = dt.date(year, last + 1, 1) - dt.timedelta(days=1)
    if ref is not None and start > ref:
        return None
    return _period(start, end, start + (end - start) / 2, ref, "season", match)


def _year_only(text: str, ref: dt.date | None) -> When | None:
    """ "In 2019": the year, precision 3, never after the report."""
    season = _season(text, ref)
    if season is not None:
        return season
    match = _YEAR_ONLY.search(text)
    if not match:
        return _years(text, ref)
    year = int(match.group("year") or match.group("year2"))
    if ref is not None and year > ref.year:
        return None
    return _period(
        dt.date(year, 1, 1), dt.date(year, 12, 31), dt.date(year, 7, 1), ref, "year", match
    )


def _period(
    start: dt.date,
    end: dt.date,
    middle: dt.date,
    ref: dt.date | None,
    unit: str,
    match: re.Match[str],
) -> When:
    """A month or a year the text names, cut at the report's date, its middle the best day."""
    if ref is not None:
        end = min(end, ref)
    return When(min(middle, end), start, end, 3, f"{unit} only: '{match.group()}'", match.start())


def tells_a_date(text: str) -> bool:
    """Whether ``text`` gives a day or period of its own: a date, a weekday, "yesterday",
    "last week", "three days ago", "in March", "in 2017"."""
    patterns = [
        *_EXPLICIT,
        _MONTH_ONLY,
        _WEEKDAY,
        _LAST_WEEK,
        _AGO,
        _YEAR_ONLY,
        _YEARS,
        _HOLIDAY,
        _SEASON,
    ]
    patterns += [pattern for pattern, *_ in _RELATIVE]
    return any(pattern.search(text) for pattern in patterns)


# Days before the report after which an explicit date is history rather than the news.
_LONG_AGO = 45


def resolve_when(text: str, ref: dt.date | None) -> When | None:
    """The date ``text`` gives for what it reports, relative to ``ref``."""
    explicit = _explicit(text, ref)
    found = explicit[0] if explicit else None
    if (
        explicit is not None
        and ref is not None
        and (_history(*explicit, ref) or _SINCE.search(text, 0, explicit[1].start()))
    ):
        # "killed nine on Thursday ... on the anniversary of the marches of 30 June 2019":
        # a date long past beside the week's own day is a reminder, not the event's day.
        found = _holiday(text, ref) or _weekday(text, ref) or _relative(text, ref) or found
    if found is None and ref is not None:
        found = _holiday(text, ref) or _weekday(text, ref) or _relative(text, ref)
    if found is None:
        found = _month_only(text, ref) or _year_only(text, ref)
    if found is None or ref is None or found.end <= ref:
        return found
    return _clamp(found, ref)


# "which conducts joint operations since 30 November, carried out on Sunday new strikes":
# the start of what goes on, beside the day of the act told.
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


def _history(found: When, match: re.Match[str], ref: dt.date) -> bool:
    """Whether the explicit date ``found`` (from ``match``) names its year and lies long
    before ``ref``."""
    return (ref - found.date).days > _LONG_AGO and bool(match.group("year"))


def _clamp(found: When, ref: dt.date) -> When | None:
    """A date after the reference cannot be a past event: keep what fits."""
    if found.start > ref:
        return None
    return When(min(found.date, ref), found.start, ref, found.precision, found.reason, found.offset)


def undated(ref: dt.date) -> When:
    """The range for an event the text gives no date for: the week up to the report."""
    start = ref - dt.timedelta(days=7)
    best = ref - dt.timedelta(days=1)
    reason = f"no date in the text: the week before the report of {ref.isoformat()}, most likely the day before"
    return When(best, start, ref, 2, reason)
