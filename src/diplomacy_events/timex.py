"""Stage 4: time expressions and their resolution to :class:`~diplomacy_events.model.DateSpan`.

Expressions are found over tokens ("on Monday", "last week", "in June",
"November 5–11", "Sept. 11, 2001", "earlier this year") and resolved
against an anchor, the publication date, in the direction the event's tense
gives: a past event's "Monday" is the last Monday on or before the anchor, a
planned one's the next. Citations such as "(Kommersant, November 3)" are
recognised and set aside.

>>> import datetime
>>> from diplomacy_events.segment import tokenize
>>> [found] = find_times(tokenize("They met on Monday."))
>>> str(found.resolve(datetime.date(2017, 11, 23), Direction.PAST))
'2017-11-20'
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from calendar import monthrange
from collections.abc import Callable, Sequence
from itertools import compress
from operator import attrgetter

import attrs
from dateutil.relativedelta import relativedelta

from .copies import copier, record
from .lexicon import (
    AFTER_YEAR,
    ARTICLES,
    COUNTED_STEPS,
    COUNTED_UNITS,
    DATE_LINKS,
    DECADES,
    DEICTIC_STARTS,
    HOLIDAYS,
    MONTH_CUES,
    MONTHS,
    NUMBER_WORDS,
    PERIOD_PARTS,
    POSTPOSED_ENDS,
    POSTPOSED_STEPS,
    RANGE_WORDS,
    RECENT_WORDS,
    RELATIVE_STARTS,
    SEASONS,
    SHORTLY_RELATIVE,
    TENS,
    THAT_YEAR,
    THAT_YEAR_LENGTH,
    TIME_RELATIONS,
    UNITS,
    WEEKDAYS,
    YEAR_NAMED_EVENTS,
    YEAR_PARTS,
)
from .model import DateSpan, Precision
from .segment import Token, dateline_end, hyphenated

__all__ = ["Direction", "TimeExpression", "TimeKind", "find_times", "year_of"]

#: How far back "recently" and "has just" reach from the anchor.
_RECENT = dt.timedelta(days=30)
#: How far "the coming days/weeks/months" reach from the anchor.
_SOON = {"days": dt.timedelta(days=10), "weeks": dt.timedelta(weeks=8), "months": dt.timedelta(days=183)}


class Direction(enum.Enum):
    """Which way a relative expression points from its anchor."""

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    PAST = "past"
    FUTURE = "future"
    NEAREST = "nearest"


class TimeKind(enum.Enum):
    """The shape of a time expression."""

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    DATE = "date"  # a day of a month, maybe a year, maybe a range of days
    MONTH = "month"  # a month, maybe a year
    YEAR = "year"
    WEEKDAY = "weekday"
    DEICTIC = "deictic"  # yesterday, today, tomorrow
    RELATIVE = "relative"  # last/this/next week, earlier this year
    AGO = "ago"  # two days ago
    LATER = "later"  # a month later, the next day: counted from another event, not from the anchor
    SEASON = "season"


# Enum members read per item, as module names (why: see events/members.py, which this module cannot import).
_DATE, _MONTH, _YEAR, _WEEKDAY = TimeKind.DATE, TimeKind.MONTH, TimeKind.YEAR, TimeKind.WEEKDAY
_DEICTIC, _RELATIVE, _AGO, _SEASON = TimeKind.DEICTIC, TimeKind.RELATIVE, TimeKind.AGO, TimeKind.SEASON
_FUTURE, _NEAREST, _PAST = Direction.FUTURE, Direction.NEAREST, Direction.PAST
_DAY = Precision.DAY
_QUARTER, _VAGUE = Precision.SEASON, Precision.UNKNOWN


@record(kw_only=True)
class TimeExpression:
    """A time expression found at tokens ``start:end`` of a sentence.

    ``relation`` holds a preposition that makes it no event date ("since
    last September"); ``cited`` is the outlet of a citation such as
    "(Kommersant, November 3)".
    """

    start: int
    end: int
    kind: TimeKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    last_day: int | None = None
    last_month: int | None = None  # the last day's month, for a range into another month
    weekday: int | None = None
    last_weekday: int | None = None  # "on Monday and Tuesday": the range's last weekday
    offset: int = 0  # -1 last, 0 this, +1 next; days for DEICTIC; amount for AGO
    unit: str | None = None
    partial: bool = False  # "earlier this ...": only the part before the anchor
    rest: bool = False  # "later this ...": only the part after the anchor ("tonight", "this evening": of the day)
    to_the_day: bool = False  # "two years ago today": that very day
    to_the: str | None = None  # "fifty years ago this week" ("weeks", "months"): that week or month so long ago
    length: int = 0  # "the next two days": a stretch of that many days from the day after the anchor
    pivot: bool = False  # "a day after (X spoke to Y)": the event after it is counted back from the event told
    vague: bool = False  # "days after", "weeks before": a count of some of its unit (see _VAGUE_COUNTS), not one
    today: bool = False  # "earlier in the day": with no event to count from, the anchor's day
    anaphoric: bool = False  # "the end of the month", "later in the month": the month its paragraph told, if any
    narrative: bool = False  # "on the Friday": the Friday of the story told, never the anchor's own day
    relation: str | None = None
    cited: str | None = None
    text: str = ""  # the words as written

    @property
    def absolute(self) -> bool:
        """Whether the expression fixes its date without an anchor."""
        return self.year is not None

    def resolve(self, anchor: dt.date | None, direction: Direction = Direction.PAST) -> DateSpan | None:
        """The span meant, read from ``anchor``; ``None`` when it needs an anchor and has none."""
        try:
            return self._resolve(anchor, direction)
        except (ValueError, OverflowError):
            return None

    def _resolve(self, anchor: dt.date | None, direction: Direction) -> DateSpan | None:
        if self.kind is _YEAR and self.year is not None:
            return DateSpan.from_year(self.year)
        if self.unit == _OF_YEAR and self.year is None:  # "in April last year", "on May 3 last year"
            return (
                None
                if anchor is None
                else _evolve(self, year=anchor.year + self.offset, offset=0)._resolve(None, direction)
            )
        if self.kind is _MONTH and self.month is not None and not self.offset:
            year = self.year if self.year is not None else _year_for(self.month, 1, anchor, direction, whole_month=True)
            if year is None:
                return None
            return DateSpan.from_month(year, self.month) if self.last_month is None else self._months(year)
        if self.kind is _DATE and self.month is not None and self.day is not None:
            # a range is ahead while its last day is: "the summit (November 5-11)" read on November 6
            ahead = direction is _FUTURE and self.last_day and not self.last_month
            last = self.last_day if ahead and self.last_day else self.day
            year = self.year if self.year is not None else _year_for(self.month, last, anchor, direction)
            if year is None:
                return None
            if self.weekday is not None and self.year is None and anchor is not None:
                year = _year_of_weekday(year, self.month, self.day, self.weekday, anchor)
            start = dt.date(year, self.month, self.day)
            end = start
            if self.last_day and self.last_month:  # "December 30 - January 2" ends in the next year
                end = dt.date(year + (self.last_month < self.month), self.last_month, self.last_day)
            elif self.last_day:
                end = dt.date(year, self.month, self.last_day)
            return DateSpan(start=start, end=max(start, end), precision=_DAY)
        if anchor is None:
            return None
        return self._resolve_relative(anchor, direction)

    def _months(self, year: int) -> DateSpan:
        """The months from :attr:`month` to :attr:`last_month` of ``year``: a quarter is a season's length."""
        assert self.month is not None and self.last_month is not None
        end = DateSpan.from_month(year, self.last_month).end
        quarter = self.last_month - self.month == 2
        return DateSpan(start=dt.date(year, self.month, 1), end=end, precision=_QUARTER if quarter else _VAGUE)

    def counted_from(self, reference: DateSpan) -> DateSpan:
        """The span of a :attr:`TimeKind.LATER` expression counted from another event's span.

        "The next day" after a day is a day; "a month later" is the month
        after ("a month later" than July 5 is August); "the following
        Monday" is the first Monday after the day; a vague reference stays
        as vague, moved by the amount.

        >>> import datetime
        >>> later = TimeExpression(start=0, end=3, kind=TimeKind.LATER, unit="months", offset=1)
        >>> str(later.counted_from(DateSpan.from_date(datetime.date(2023, 7, 5))))
        '2023-08'
        """
        exact = reference.precision is Precision.DAY
        if self.vague:  # "days after": from the fewest to the most of its unit that "some" may be
            fewest, most = _VAGUE_COUNTS[self.unit or "days"]
            low, high = sorted((self.offset * fewest, self.offset * most))
            return DateSpan(
                start=reference.start + _step(self.unit, low),
                end=reference.end + _step(self.unit, high),
                precision=Precision.UNKNOWN,
            )
        if self.weekday is not None:  # "the following Monday": the first one after the event told
            ahead = (self.weekday - reference.end.weekday()) % 7 or 7
            return DateSpan.from_date(reference.end + dt.timedelta(days=ahead)) if exact else reference
        step = _step(self.unit, self.offset)
        shifted = reference.start + step
        if self.unit == "weeks" and exact:
            return DateSpan.from_week(shifted)
        if self.unit == "months" and reference.precision in (Precision.DAY, Precision.WEEK, Precision.MONTH):
            return DateSpan.from_month(shifted.year, shifted.month)
        if self.unit == "years":
            return DateSpan.from_year(shifted.year)
        return DateSpan(start=shifted, end=reference.end + step, precision=reference.precision)

    def _resolve_relative(self, anchor: dt.date, direction: Direction) -> DateSpan | None:
        if self.kind is _DEICTIC:
            return DateSpan.from_date(anchor + dt.timedelta(days=self.offset))
        if self.kind is _DATE and self.day is not None:  # "on the 6th": of the anchor's month or next to it
            return DateSpan.from_date(_day_near(self.day, anchor, direction))
        if self.kind is _WEEKDAY and self.weekday is not None and self.unit == "weeks":
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=self.offset)
            return DateSpan.from_date(monday + dt.timedelta(days=self.weekday))  # "Monday last week"
        if self.kind is _WEEKDAY and self.weekday is not None:
            back = (anchor.weekday() - self.weekday) % 7
            ahead = (self.weekday - anchor.weekday()) % 7 or (7 if self.offset > 0 else 0)
            if self.offset < 0 or self.narrative:  # "last Friday", "on the Friday" told on a Friday: a week back
                back = back or 7
            if self.narrative:
                ahead = ahead or 7
            nearer_ahead = direction is _NEAREST and ahead < back  # "holds talks on Monday", told Saturday
            forward = self.offset > 0 or (self.offset == 0 and (direction is _FUTURE or nearer_ahead))
            first = anchor + dt.timedelta(days=ahead) if forward else anchor - dt.timedelta(days=back)
            if self.last_weekday is None:
                return DateSpan.from_date(first)
            last = first + dt.timedelta(days=(self.last_weekday - self.weekday) % 7)
            return DateSpan(start=first, end=last, precision=Precision.DAY)
        if self.kind is _AGO and self.unit:
            if self.to_the_day:
                return DateSpan.from_date(anchor - _step(self.unit, self.offset))
            if self.to_the == "weeks":
                return DateSpan.from_week(anchor - _step(self.unit, self.offset))
            if self.to_the == "months":
                shifted = anchor - _step(self.unit, self.offset)
                return DateSpan.from_month(shifted.year, shifted.month)
            if self.unit == "days":
                return DateSpan.from_date(anchor - dt.timedelta(days=self.offset))
            if self.unit == "weeks":
                return DateSpan.from_week(anchor - dt.timedelta(weeks=self.offset))
            if self.unit == "months":
                shifted = _month_after(anchor, -self.offset)
                return DateSpan.from_month(shifted.year, shifted.month)
            return DateSpan.from_year(anchor.year - self.offset)
        if self.kind is _SEASON and self.month is not None:
            return _season(self.month, self.offset, anchor, direction)
        if self.kind is _MONTH and self.month is not None:  # last September, next March: strictly before/after
            before = self.month < anchor.month
            year = (
                anchor.year + (0 if before else -1)
                if self.offset < 0
                else anchor.year + (0 if self.month > anchor.month else 1)
            )
            return DateSpan.from_month(year, self.month)
        if self.kind is _RELATIVE and self.unit:
            return self._resolve_unit(anchor, direction)
        return None

    def _resolve_unit(self, anchor: dt.date, direction: Direction) -> DateSpan | None:
        unit, offset = self.unit, self.offset
        if self.length:  # "will spend the next two days": from tomorrow; a story's past days count from its own day
            if direction is Direction.PAST:
                return None
            return DateSpan(
                start=anchor + dt.timedelta(days=1), end=anchor + dt.timedelta(days=self.length), precision=_DAY
            )
        if unit == "recent":  # "recently", "had just returned": the last few weeks, up to the anchor
            return DateSpan(start=anchor - _RECENT, end=anchor, precision=Precision.UNKNOWN)
        if self.rest and offset > 0 and unit in _SOON:  # "the coming weeks"
            return DateSpan(start=anchor + dt.timedelta(days=1), end=anchor + _SOON[unit], precision=Precision.UNKNOWN)
        if unit == "weekend":
            return _weekend(anchor, offset, direction)
        if unit == "weeks":
            span = DateSpan.from_week(anchor + dt.timedelta(weeks=offset))
        elif unit == "months":
            month = _month_after(anchor, offset)
            span = DateSpan.from_month(month.year, month.month)
        elif unit == "years":
            span = DateSpan.from_year(anchor.year + offset)
        else:
            span = DateSpan.from_date(anchor + dt.timedelta(days=offset))
        if self.partial and offset == 0:
            end = max(span.start, anchor - dt.timedelta(days=1))
            return attrs.evolve(span, end=end)
        if self.rest and offset == 0:
            start = min(span.end, anchor + dt.timedelta(days=1))
            return attrs.evolve(span, start=start)
        return span


_evolve = copier(TimeExpression)  # attrs.evolve without its field look-ups


def _settle(expression: TimeExpression, text: str, relation: str | None) -> None:
    """Give an expression a shape has just made, which nothing else holds yet, its words and relation.

    A copy with the two fields changed (``_evolve``) would make the 20-field
    expression a second time for every time found; the shapes' expressions
    are new and unshared until :meth:`_Scanner.scan` returns them, so their
    two last fields are filled in where they stand, as ``__init__`` fills
    a frozen class's fields.

    >>> time = TimeExpression(start=0, end=1, kind=TimeKind.WEEKDAY, weekday=0)
    >>> _settle(time, "Monday", "since")
    >>> time.text, time.relation
    ('Monday', 'since')
    """
    object.__setattr__(expression, "text", text)
    object.__setattr__(expression, "relation", relation)


_OF_YEAR = "of-year"  # the unit of a month or date in the year before the anchor's: "in April last year"


def _of_year(tokens: Sequence[Token], time: TimeExpression) -> TimeExpression:
    """A month or date with no year, followed by "(of) last year" ("in April last year", "on May 3 last year", "in
    May of last year"): of the year before the anchor's, not the last April before the anchor. ("This year" and
    "next year" are left to the direction of the event.)"""
    of = _key(tokens, time.end) == "of"
    if time.year is not None or _key(tokens, time.end + of) != "last" or _key(tokens, time.end + of + 1) != "year":
        return time
    return _evolve(time, end=time.end + of + 2, offset=-1, unit=_OF_YEAR)


def _month_after(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after ``day``'s (before it, if negative); the month of
    ``day + relativedelta(months=months)``, counted without it.

    >>> _month_after(dt.date(2023, 11, 30), 3), _month_after(dt.date(2023, 1, 31), -1)
    (datetime.date(2024, 2, 1), datetime.date(2022, 12, 1))
    """
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, 1)


def _step(unit: str | None, amount: int) -> relativedelta:
    """``amount`` of a unit ("days", "weeks", "months", "years"; days when unknown) as a calendar step."""
    if unit == "weeks":
        return relativedelta(weeks=amount)
    if unit == "months":
        return relativedelta(months=amount)
    if unit == "years":
        return relativedelta(years=amount)
    return relativedelta(days=amount)


def _weekend(anchor: dt.date, offset: int, direction: Direction) -> DateSpan:
    """Saturday and Sunday of "last", "this" or "next" weekend read on ``anchor``.

    At a weekend, "this weekend" is today's; on a weekday it is the one ahead
    for a planned event and the one just past for a past one (or, with no
    tense, on a Monday). "Next weekend" on a weekday is the coming one.
    """
    weekday = anchor.weekday()
    saturday = anchor + dt.timedelta(days=5 - weekday)  # this week's, yesterday's on a Sunday
    past = direction is Direction.PAST or (direction is Direction.NEAREST and weekday == 0)
    if offset < 0 or (offset == 0 and past and weekday < 5):
        saturday -= dt.timedelta(days=7)
    elif offset > 0 and weekday >= 5:
        saturday += dt.timedelta(days=7)
    start, end = saturday, saturday + dt.timedelta(days=1)
    if direction is Direction.PAST:
        end = max(start, min(end, anchor))  # "met this weekend" said on a Saturday: that Saturday
    elif direction is Direction.FUTURE:
        start = min(end, max(start, anchor))
    return DateSpan(start=start, end=end, precision=Precision.WEEK)


def _year_for(
    month: int, day: int, anchor: dt.date | None, direction: Direction, *, whole_month: bool = False
) -> int | None:
    """The year that puts month/day on the right side of the anchor."""
    if anchor is None:
        return None
    this_year = anchor.year
    same_month = month == anchor.month
    if direction is _PAST:
        past = (same_month and (whole_month or day <= anchor.day)) or month < anchor.month
        return this_year if past else this_year - 1
    if direction is _FUTURE:
        ahead = (same_month and (whole_month or day >= anchor.day)) or month > anchor.month
        return this_year if ahead else this_year + 1
    candidates = [dt.date(y, month, min(day, 28)) for y in (this_year - 1, this_year, this_year + 1)]
    return min(candidates, key=lambda d: abs((d - anchor).days)).year


def _year_of_weekday(year: int, month: int, day: int, weekday: int, anchor: dt.date) -> int:
    """The year next to ``year`` in which month/day falls on the weekday the text names with it, when that puts
    the day nearer the anchor.

    "Monday 16 July" read in early July 2018 with a past tense would be 2017's, a Sunday; the weekday says
    2018, a week on. The same day falls on another weekday in each of three years running, so one of them fits
    at most. A weekday that would move the day further away is a slip of the writer's: the year stays.

    >>> july = dt.date(2018, 7, 8)
    >>> _year_of_weekday(2017, 7, 16, 0, july), _year_of_weekday(2018, 7, 16, 0, july)
    (2018, 2018)
    >>> _year_of_weekday(2018, 7, 12, 4, july)  # a Friday in 2019: further than the Thursday of 2018
    2018
    """
    distance = abs((dt.date(year, month, day) - anchor).days)
    for candidate in (year + 1, year - 1):
        try:
            date = dt.date(candidate, month, day)
        except ValueError:  # February 29 outside a leap year
            continue
        if date.weekday() == weekday and abs((date - anchor).days) < distance:
            return candidate
    return year


def _season(month: int, offset: int, anchor: dt.date, direction: Direction) -> DateSpan:
    year = anchor.year
    start = dt.date(year, month, 1)
    if offset < 0 or (offset == 0 and direction is Direction.PAST):
        while start > anchor or (offset < 0 and start + relativedelta(months=3) > anchor):
            start -= relativedelta(years=1)
    elif offset > 0:
        while start <= anchor:
            start += relativedelta(years=1)
    end = start + relativedelta(months=3) - dt.timedelta(days=1)
    return DateSpan(start=start, end=end, precision=Precision.SEASON)


#: The number words that count units of time: "two days ago", "fifty years ago".
_UNIT_COUNTS = {**NUMBER_WORDS, **TENS}
_STRETCH_DAYS = 14  # the longest "next N days" read as days ("the next 90 days" is a plan's horizon, no meeting's)


def _number(token: Token) -> int | None:
    if token.key.isdecimal() and len(token.key) <= 4:
        return int(token.key)
    return _UNIT_COUNTS.get(token.key)


def year_of(token: Token | None) -> int | None:
    """The year a token writes as four digits from 1900 to 2100 ("1985"), else ``None``.

    >>> from diplomacy_events.segment import tokenize
    >>> [year_of(t) for t in tokenize("in 1985, not 15 or 1850")]
    [None, 1985, None, None, None, None, None]
    """
    if token is not None and token.key.isdecimal() and len(token.key) == 4 and 1900 <= int(token.key) <= 2100:
        return int(token.key)
    return None


def _year_after(tokens: Sequence[Token], i: int) -> tuple[int | None, int]:
    """The year that ends a date at ``tokens[i]`` ("2017", ", 2017") and the index after it; else ``None``, ``i``."""
    if _key(tokens, i) == "," and year_of(_at(tokens, i + 1)):
        return year_of(tokens[i + 1]), i + 2
    year = year_of(_at(tokens, i))
    return (year, i + 1) if year else (None, i)


def _day(token: Token | None) -> int | None:
    if token is None:
        return None
    key = token.key
    if key[-2:] in _ORDINAL_SUFFIXES and key[:-2].isdigit():
        key = key[:-2]
    return int(key) if key.isdecimal() and len(key) <= 2 and 1 <= int(key) <= 31 else None


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


_DATE_DOTS = frozenset({"."})  # not "/": "03/04/2019" may be either way round


def _joins(joiner: str, first: int, last: int | None) -> bool:
    """Whether a range word joins two days of a month: any but a slash, which joins only two days in a row
    ("September 20/21"; "May 3/17" is no range).

    >>> _joins("/", 20, 21), _joins("/", 3, 17), _joins("to", 3, 17), _joins("to", 3, None)
    (True, False, True, False)
    """
    return last is not None and (joiner != "/" or last == first + 1)


def _dotted(tokens: Sequence[Token], i: int, day: int) -> TimeExpression | None:
    """The date "26.04.2019" whose day is ``tokens[i]``: its five tokens written together, one mark between, read
    day first, as the ministries that write dates so do (with slashes, "03/04/2019" could be either way round).

    >>> from diplomacy_events.segment import tokenize
    >>> found = _dotted(tokenize("on 26.04.2019 in Astana")[1:], 0, 26)
    >>> found.day, found.month, found.year, found.end
    (26, 4, 2019, 5)
    """
    if i + 4 >= len(tokens):
        return None
    mark, month, second, year = tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]
    number = int(month.key) if month.key.isdecimal() and len(month.key) <= 2 else 0
    if not (1 <= number <= 12 and second.key == mark.key and year_of(year) and len(year.key) == 4):
        return None
    if any(a.end != b.start for a, b in zip(tokens[i : i + 4], tokens[i + 1 : i + 5], strict=True)):
        return None
    return TimeExpression(start=i, end=i + 5, kind=TimeKind.DATE, year=year_of(year), month=number, day=day)


def _at(tokens: Sequence[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _key(tokens: Sequence[Token], i: int) -> str:
    return tokens[i].key if 0 <= i < len(tokens) else ""


#: How far before the first token and after the last the shapes look: no further than ``i - 3`` and ``i + 4`` from
#: a token ``i`` they try.
_REACH = 8
#: The keys past a sentence's ends: a look-up that wraps around its start lands in them too.
_NOWHERE = ("",) * _REACH


class _Scanner:
    """Finds time expressions left to right; each ``_at_*`` method tries one shape."""

    def __init__(self, tokens: Sequence[Token], keys: Sequence[str] | None = None) -> None:
        self.tokens = tokens
        self.keys = tuple(map(_TOKEN_KEY, tokens)) if keys is None else keys
        self.near = tuple(self.keys) + _NOWHERE  # near[i] is _key(tokens, i) for i from -_REACH to len(tokens) + _REACH

    def month_at(self, i: int) -> int | None:
        token = self.tokens[i]
        month = MONTHS.get(token.key)
        if month is None or not token.capitalised:
            return None
        if token.key in ("may", "mar", "jan", "sat", "sun") or (
            len(token.key) <= 4 and token.key not in ("june", "july")
        ):
            # "May" the month, not the verb or Theresa May: it needs a date cue around it
            cue = self.near[i - 1] in MONTH_CUES or _day(_at(self.tokens, i + 1)) is not None
            abbreviated = self.near[i + 1] == "." and token.key not in ("may", "june", "july")
            if not (cue or abbreviated or year_of(_at(self.tokens, i + 1))):
                return None
        return month

    def scan(self) -> list[TimeExpression]:
        found: list[TimeExpression] = []
        resume = 0  # the first token after the last expression found
        near = self.near
        counts, units = _COUNTS, _COUNTED
        for i in _starts(self.keys):
            if i < resume or (near[i] in counts and near[i + 1] not in units):
                continue  # "a meeting", "two leaders": a count with no unit of time after it (as ago_at finds)
            expression = self.expression_at(i)
            if expression is None:
                continue
            start, end = expression.start, expression.end
            relation = near[start - 1]
            if relation == "since" and near[end] == "," and near[end + 1] == "when":
                relation = ""  # "since June 2009, when X met Y": the time of the clause it opens
            written = " ".join(map(_TOKEN_TEXT, self.tokens[start:end]))
            _settle(expression, written, relation if relation in TIME_RELATIONS else None)
            if found and found[-1].year is not None:  # else _year_from gives the expression back
                expression = self._year_from(found[-1], expression)
            found.append(self._with_citation(expression) if near[end] == ")" else expression)
            resume = end
        return found

    def _year_from(self, previous: TimeExpression | None, expression: TimeExpression) -> TimeExpression:
        """A date that follows a dated one closely takes its year: "on May 3, 2022 and again on May 5"."""
        if (
            previous is None
            or previous.year is None
            or previous.month is None
            or expression.year is not None
            or expression.month is None
            or expression.kind not in (TimeKind.DATE, TimeKind.MONTH)
            or expression.offset
            or not all(t.key in DATE_LINKS for t in self.tokens[previous.end : expression.start])
        ):
            return expression
        return _in_year_after(previous, expression)

    def expression_at(self, i: int) -> TimeExpression | None:
        """The expression that begins at (or, for "last May", just before) ``tokens[i]``: the first shape that fits."""
        key = self.tokens[i].key
        for shape in _digit_shapes(key) if key[:1].isdigit() else _WORD_SHAPES.get(key, ()):
            expression = shape(self, i)
            if expression is not None:
                return expression
        return None

    def _skip_period(self, i: int) -> int:
        return i + 1 if self.near[i] == "." and self.tokens[i - 1].end == self.tokens[i].start else i

    def date_at(self, i: int) -> TimeExpression | None:
        near = self.near
        tokens = self.tokens
        day = _day(tokens[i])
        if day is not None and near[i + 1] in _DATE_DOTS:  # "26.04.2019": day, month, year (Europe, Asia)
            return _dotted(tokens, i, day)
        if day is not None and _at(tokens, i + 1) is not None:  # 20 November (2017), 5-11 November
            j, last_day = i + 1, None
            if near[j] in RANGE_WORDS and _joins(near[j], day, _day(_at(tokens, j + 1))):
                last_day, j = _day(tokens[j + 1]), j + 2
            elif hyphenated(tokens, j) and (_day(tokens[j]) or 0) > day:  # "3-4 May"
                last_day, j = _day(tokens[j]), j + 1
            if near[j] == "of" and tokens[i].key[-2:] in ("st", "nd", "rd", "th"):
                j += 1  # "the 5th of March"
            if MONTHS.get(near[j]) and tokens[j].capitalised:
                month = MONTHS[tokens[j].key]
                year, end = _year_after(tokens, self._skip_period(j + 1))
                date = TimeExpression(
                    start=i, end=end, kind=TimeKind.DATE, year=year, month=month, day=day, last_day=last_day
                )
                return _of_year(tokens, self._through(date))
            return None
        named = self.month_at(i)
        if named is None:
            return None
        month = named
        j = self._skip_period(i + 1)
        day_of_month = _day(_at(tokens, j))
        if day_of_month is not None and not (_at(tokens, j + 1) and tokens[j + 1].key in ("%", "percent")):
            end, last_day = j + 1, None
            if near[end] in RANGE_WORDS and _joins(near[end], day_of_month, _day(_at(tokens, end + 1))):
                last_day, end = _day(tokens[end + 1]), end + 2
            elif hyphenated(tokens, end) and (_day(tokens[end]) or 0) > day_of_month:  # "November 8-10"
                last_day, end = _day(tokens[end]), end + 1
            year, end = _year_after(tokens, end)
            date = TimeExpression(
                start=i, end=end, kind=TimeKind.DATE, year=year, month=month, day=day_of_month, last_day=last_day
            )
            return _of_year(tokens, self._through(date))
        year = year_of(_at(tokens, j)) or (year_of(_at(tokens, j + 1)) if near[j] == "," else None)
        end = (j + 1 if year_of(_at(tokens, j)) else j + 2) if year else j
        start = i
        offset = 0
        previous = near[i - 1]
        if year is None and previous in ("last", "next", "this"):
            start, offset = i - 1, {"last": -1, "next": 1, "this": 0}[previous]
            if offset == 0:
                return TimeExpression(start=start, end=end, kind=TimeKind.MONTH, month=month, relation=None)
            return TimeExpression(start=start, end=end, kind=TimeKind.MONTH, month=month, offset=offset, unit="named")
        return _of_year(tokens, TimeExpression(start=start, end=end, kind=TimeKind.MONTH, month=month, year=year))

    def _through(self, first: TimeExpression) -> TimeExpression:
        """A day extended to the full date that ends its range: "April 30-May 2", "from 3 May to 5 May"."""
        tokens, j = self.tokens, first.end
        if first.last_day is not None or j >= len(tokens):
            return first
        joiner = tokens[j].key
        if joiner in RANGE_WORDS and (joiner != "and" or self.near[first.start - 1] == "between"):
            j += 1
        elif not hyphenated(tokens, j) and tokens[j].start - tokens[j - 1].end != len(" - "):
            return first  # a hyphen, spaced or not, is dropped by the tokenizer and leaves its gap
        if j >= len(tokens) or not (tokens[j].key[:1].isdigit() or tokens[j].key in MONTHS):
            return first
        second = self.date_at(j)
        if second is None or second.kind is not TimeKind.DATE or second.month is None or second.day is None:
            return first
        last_month = second.last_month or second.month
        last_day = second.last_day or second.day
        new_year = first.month == 12 and last_month == 1  # "December 30 - January 2"
        if (last_month, last_day) <= (first.month, first.day) and not new_year:
            return first  # no range runs backwards
        year = first.year
        if second.year is not None:
            if year is not None and second.year != year + new_year:
                return first  # a range over years is no meeting's date
            year = second.year - new_year
        return _evolve(first, end=second.end, year=year, last_month=last_month, last_day=last_day)

    def relative_at(self, i: int) -> TimeExpression | None:
        near = self.near
        later = self.counted_at(i)
        if later is not None:
            return later
        tokens = self.tokens
        key = tokens[i].key
        partial = False
        j = i
        rest = False
        if key in ("earlier", "later") and near[i + 1] == "in" and near[i + 2] == "the":
            unit = UNITS.get(near[i + 3])  # "earlier in the week" = "earlier this week"
            if unit in ("weeks", "months", "years"):
                return TimeExpression(
                    start=i,
                    end=i + 4,
                    kind=TimeKind.RELATIVE,
                    unit=unit,
                    partial=key == "earlier",
                    rest=key == "later",
                    anaphoric=unit == "months",
                )
            return None
        weekend = near[i + 2] == "weekend" and near[i + 3] != "of"  # not "the weekend of May 6-7"
        if key in ("over", "at") and near[i + 1] == "the" and weekend:
            return TimeExpression(start=i, end=i + 3, kind=TimeKind.RELATIVE, unit="weekend")  # as "this weekend"
        if key == "this" and near[i + 1] == "past" and near[i + 2] == "weekend":
            return TimeExpression(start=i, end=i + 3, kind=TimeKind.RELATIVE, unit="weekend", offset=-1)
        if key in ("earlier", "later") and near[i + 1] == "this":
            partial, rest, j = key == "earlier", key == "later", i + 1
        elif key == "past" and near[i - 1] == "the":
            unit = UNITS.get(near[i + 1])
            if unit == "weekend":
                return TimeExpression(start=i - 1, end=i + 2, kind=TimeKind.RELATIVE, unit=unit, offset=-1)
            if unit in ("weeks", "days"):
                return TimeExpression(start=i - 1, end=i + 2, kind=TimeKind.RELATIVE, unit=unit, offset=0, partial=True)
            return None
        offset = {"last": -1, "this": 0, "next": 1, "coming": 1}.get(tokens[j].key)
        if offset is None:
            return None
        target = near[j + 1]
        if target in SEASONS:
            return TimeExpression(start=i, end=j + 2, kind=TimeKind.SEASON, month=SEASONS[target], offset=offset)
        stretch = self._stretch_at(i, j)
        if stretch is not None:
            return stretch
        unit = UNITS.get(target)
        if unit in _SOON and target.endswith("s") and key == "coming" and near[i - 1] == "the":
            # "in the coming weeks": from tomorrow to a few of them ahead
            return TimeExpression(start=i - 1, end=j + 2, kind=TimeKind.RELATIVE, unit=unit, offset=1, rest=True)
        if unit is None or target.endswith("s"):
            return None
        if unit == "days" and near[j + 2] == "of":
            return None  # "the last day of the summit", "the first day of his visit": a day of an event, no yesterday
        return TimeExpression(start=i, end=j + 2, kind=_RELATIVE, unit=unit, offset=offset, partial=partial, rest=rest)

    def _stretch_at(self, i: int, j: int) -> TimeExpression | None:
        """ "The next two days", "the coming three days" (``i`` at "next", ``j`` at "next" or "coming"): so many days
        from the day after the anchor (:attr:`TimeExpression.length`)."""
        near = self.near
        days = _number(self.tokens[j + 1]) if j + 1 < len(self.tokens) else None
        if near[i - 1] != "the" or near[j] not in ("next", "coming") or near[j + 2] != "days" or not days:
            return None
        if days > _STRETCH_DAYS:
            return None
        return TimeExpression(start=i - 1, end=j + 3, kind=_RELATIVE, unit="days", offset=1, length=days)

    def counted_at(self, i: int) -> TimeExpression | None:
        """ "the next day", "the following week", "the previous day", "later that day", "the same day"."""
        near = self.near
        tokens = self.tokens
        key = tokens[i].key
        if key in ("later", "earlier") and near[i + 1] == "that":
            unit = UNITS.get(near[i + 2])
            if unit in COUNTED_UNITS:
                return TimeExpression(start=i, end=i + 3, kind=TimeKind.LATER, unit=unit, offset=0)
            return None
        if key in ("later", "earlier") and near[i + 1] == "in" and near[i + 2] == "the":
            if near[i + 3] == "day":  # "earlier in the day": the day told of, else the anchor's
                return TimeExpression(start=i, end=i + 4, kind=TimeKind.LATER, unit="days", offset=0, today=True)
            return None
        step = COUNTED_STEPS.get(key)
        unit = UNITS.get(near[i + 1])
        if step is None or near[i - 1] not in ("the", "that") or unit not in COUNTED_UNITS:
            return None
        if near[i + 1].endswith("s") or (step == 0 and unit != "days"):
            return None  # "the next days", "the same week" (no event's date)
        return TimeExpression(start=i - 1, end=i + 2, kind=TimeKind.LATER, unit=unit, offset=step)

    def postposed_at(self, i: int) -> TimeExpression | None:
        """ "The day before, she had met X", "the week after he returned": a step from the event told before.

        Not "the day before the summit" (a time counted from what follows).
        """
        near = self.near
        step = POSTPOSED_STEPS.get(near[i + 1])
        if step is None or near[i - 1] != "the" or near[i + 2] not in POSTPOSED_ENDS:
            return None
        return TimeExpression(start=i - 1, end=i + 2, kind=TimeKind.LATER, unit=UNITS[near[i]], offset=step)

    def part_at(self, i: int) -> TimeExpression | None:
        """ "the end of the month", "the beginning of next year": the whole week, month or year meant ("the month",
        "that month": the one its paragraph told, if any)."""
        near = self.near
        offset = {"the": 0, "that": 0, "this": 0, "next": 1, "last": -1}.get(near[i + 2])
        unit = UNITS.get(near[i + 3])
        if near[i + 1] != "of" or offset is None or unit not in ("weeks", "months", "years"):
            return None
        start = i - 1 if near[i - 1] == "the" else i
        if offset == 0 and near[i] == "end" and near[start - 1] in ("before", "by"):
            # "before the end of the year": a deadline, the rest of the year from the anchor
            return TimeExpression(start=start - 1, end=i + 4, kind=TimeKind.RELATIVE, unit=unit, rest=True)
        anaphoric = unit == "months" and near[i + 2] in ("the", "that")
        return TimeExpression(
            start=start, end=i + 4, kind=TimeKind.RELATIVE, unit=unit, offset=offset, anaphoric=anaphoric
        )

    def year_part_at(self, i: int) -> TimeExpression | None:
        """ "the last quarter of 1991", "the first half of next year": the months of that part of the year (one
        of "this", "next" or "last year", or "the year", counted from the anchor's)."""
        near = self.near
        first = YEAR_PARTS[near[i]].get(near[i - 1])
        if first is None or near[i - 2] != "the" or near[i + 1] != "of":
            return None
        last = first + (2 if near[i] == "quarter" else 5)
        year = year_of(_at(self.tokens, i + 2))
        if year is not None:
            return TimeExpression(start=i - 2, end=i + 3, kind=_MONTH, month=first, last_month=last, year=year)
        offset = {"the": 0, "this": 0, "next": 1, "last": -1}.get(near[i + 2])
        if offset is None or near[i + 3] != "year":
            return None
        return TimeExpression(
            start=i - 2, end=i + 4, kind=_MONTH, month=first, last_month=last, unit=_OF_YEAR, offset=offset
        )

    def weekday_at(self, i: int) -> TimeExpression | None:
        near = self.near
        token = self.tokens[i]
        weekday = WEEKDAYS.get(token.key)
        if weekday is None or not token.capitalised:
            return None
        following = _at(self.tokens, i + 1)
        j = i + 2 if near[i + 1] == "," else i + 1
        date = self.date_at(j) if j < len(self.tokens) else None
        if date is not None and date.kind is _DATE:
            # "Tuesday, March 7", "Tuesday 7 March": the date says it all, and its weekday which year it is in
            return _evolve(date, start=i, weekday=weekday if date.year is None else None)
        if near[i - 1] == "the" and following is not None and following.capitalised:
            return None  # "The Sunday Times" is a newspaper
        if near[i - 1] == "following" or (near[i - 1] == "next" and near[i - 2] == "the"):
            # "the following Monday", "the next Monday": counted from the event told before, not the anchor
            start = i - 2 if near[i - 2] == "the" else i - 1
            return TimeExpression(start=start, end=i + 1, kind=TimeKind.LATER, unit="days", offset=1, weekday=weekday)
        offset = {"last": -1, "next": 1}.get(near[i - 1], 0)
        start = i - 1 if offset else i
        end = i + 1
        if near[end] in ("morning", "afternoon", "evening", "night"):
            end += 1
        week = {"last": -1, "next": 1, "this": 0}.get(near[end])
        if not offset and week is not None and near[end + 1] == "week":  # "on Monday last week"
            return TimeExpression(
                start=start, end=end + 2, kind=TimeKind.WEEKDAY, weekday=weekday, offset=week, unit="weeks"
            )
        last_weekday = None
        joined = near[end] in RANGE_WORDS
        at = end + 1 if joined else end
        last = _at(self.tokens, at)
        if (joined or hyphenated(self.tokens, end)) and last and last.capitalised and last.key in WEEKDAYS:
            last_weekday, end = WEEKDAYS[last.key], at + 1  # "on Monday and Tuesday", "Monday-Wednesday"
        told = not offset and near[i - 1] == "the"  # "on the Friday": a day of the story told, not today
        return TimeExpression(
            start=start,
            end=end,
            kind=_WEEKDAY,
            weekday=weekday,
            offset=offset,
            last_weekday=last_weekday,
            narrative=told,
        )

    def holiday_at(self, i: int) -> TimeExpression | None:
        """A day known by name: "Christmas Day", "New Year's Eve"."""
        for keys, (month, day) in _HOLIDAYS_BY_START.get(self.tokens[i].key, ()):
            end = i + len(keys)
            if tuple(t.key for t in self.tokens[i:end]) == keys and self.tokens[i].capitalised:
                return TimeExpression(start=i, end=end, kind=TimeKind.DATE, month=month, day=day)
        return None

    def deictic_at(self, i: int) -> TimeExpression | None:
        near = self.near
        key = self.tokens[i].key
        days = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "overnight": 0}.get(key)
        if key == "overnight" and near[i - 1] in ARTICLES:
            return None  # "an overnight stay" is no time
        if days is None and key == "this" and near[i + 1] in ("morning", "afternoon", "evening", "hour"):
            evening = near[i + 1] == "evening"  # the rest of the day, like "tonight"
            return TimeExpression(start=i, end=i + 2, kind=TimeKind.DEICTIC, offset=0, rest=evening)
        if key == "shortly":  # "will hold talks shortly": the rest of the day (not "shortly after the summit")
            if near[i + 1] in SHORTLY_RELATIVE:
                return None
            return TimeExpression(start=i, end=i + 1, kind=TimeKind.DEICTIC, offset=0, rest=True)
        if days is None and key == "last" and near[i + 1] in ("night", "evening"):
            return TimeExpression(start=i, end=i + 2, kind=TimeKind.DEICTIC, offset=-1)  # "last night": yesterday's
        if days is None:
            return None
        if key == "today" and near[i - 1] == "later":  # "later today": the rest of the day
            return TimeExpression(start=i - 1, end=i + 1, kind=TimeKind.DEICTIC, offset=0, rest=True)
        return TimeExpression(start=i, end=i + 1, kind=TimeKind.DEICTIC, offset=days, rest=key == "tonight")

    def recent_at(self, i: int) -> TimeExpression | None:
        """ "recently", "has just (met)": the weeks up to the anchor (not "most recently", the last of a series)."""
        key = self.tokens[i].key
        if key == "just" and self.near[i - 1] not in ("has", "have", "had"):
            return None
        if self.near[i - 1] == "most":
            return None  # "most recently in October": the last of a series, which may lie years back
        return TimeExpression(start=i, end=i + 1, kind=TimeKind.RELATIVE, unit="recent")

    def ago_at(self, i: int) -> TimeExpression | None:
        near = self.near
        amount = _number(self.tokens[i])
        after = near[i + 1]
        if amount is not None and after in DECADES:  # "a decade ago": ten years
            amount, after = amount * 10, "years"
        if amount is None or (after not in UNITS and after not in _WITHIN_DAY_NEXT):
            return None  # "a meeting", "2 percent": no unit of time after the number, nor "few", "couple", "of"
        within = self.within_day(i)
        if within is not None:
            return within
        unit = UNITS.get(after)
        if not unit or unit == "weekend":
            return None
        following = near[i + 2]
        if following == "ago":
            return self._ago(i, unit, amount)
        if following in ("later", "earlier"):  # "a month later": counted from the event told before
            sign = 1 if following == "later" else -1
            return TimeExpression(start=i, end=i + 3, kind=TimeKind.LATER, unit=unit, offset=sign * amount)
        if following in ("after", "before") and unit in COUNTED_UNITS and near[i + 3] not in MONTHS:
            # "came a day after X spoke to Y": X spoke a day before the event told
            sign = -1 if following == "after" else 1
            return TimeExpression(start=i, end=i + 3, kind=TimeKind.LATER, unit=unit, offset=sign * amount, pivot=True)
        return None

    def _ago(self, i: int, unit: str, amount: int) -> TimeExpression:
        """ "Two years ago" (``i`` at its count): with "today", that very day; with "this week" or "this month" after
        years, that week or month so long ago; after a ten joined by a hyphen ("forty-two years ago"), their sum."""
        near, start = self.near, i
        if amount < 10 and near[i - 1] in TENS and hyphenated(self.tokens, i):
            start, amount = i - 1, amount + TENS[near[i - 1]]
        if near[i + 3] == "today":  # "two years ago today"
            return TimeExpression(start=start, end=i + 4, kind=_AGO, unit=unit, offset=amount, to_the_day=True)
        within = UNITS.get(near[i + 4]) if near[i + 3] == "this" and unit == "years" else None
        if within in ("weeks", "months"):  # "fifty years ago this week"
            return TimeExpression(start=start, end=i + 5, kind=_AGO, unit=unit, offset=amount, to_the=within)
        return TimeExpression(start=start, end=i + 3, kind=_AGO, unit=unit, offset=amount)

    def weekend_at(self, i: int) -> TimeExpression | None:
        """ "On the weekend", "during the weekend", "spent the weekend": as "at the weekend" (not "the weekend of
        May 6-7", a date of its own)."""
        near = self.near
        if near[i - 1] != "the" or near[i - 2] not in _WEEKEND_OPENERS or near[i + 1] == "of":
            return None
        start = i - 2 if near[i - 2] in ("on", "during") else i - 1  # "spent" is the verb's, no time's
        return TimeExpression(start=start, end=i + 1, kind=TimeKind.RELATIVE, unit="weekend")

    def vague_at(self, i: int) -> TimeExpression | None:
        """ "Days after X spoke to Y", "weeks before the vote": a count of some days, weeks or months before or after
        the event of the clause it opens (a pivot, as "two days after"); not "in the days after the summit"."""
        near = self.near
        following = near[i + 1]
        if following not in ("after", "before") or near[i - 1] in _NO_VAGUE_COUNT or near[i + 2] in MONTHS:
            return None
        sign = -1 if following == "after" else 1
        return TimeExpression(
            start=i, end=i + 2, kind=TimeKind.LATER, unit=UNITS[near[i]], offset=sign, pivot=True, vague=True
        )

    def day_at(self, i: int) -> TimeExpression | None:
        """A bare day of the month: "on the 6th", "the evening of the 6th" (of the month told, else near the anchor)."""
        near = self.near
        token = self.tokens[i]
        if token.key[-2:] not in ("st", "nd", "rd", "th") or _day(token) is None:
            return None
        if near[i - 1] != "the" or near[i - 2] not in ("on", "of"):
            return None
        coordinated = near[i - 3] in ("and", ",")  # "on the 27th, and on the 29th Tanaka ..."
        if i + 1 < len(self.tokens) and near[i + 1] not in _DAY_ENDS and not coordinated:
            return None  # "on the 19th Party Congress", "of the 6th of May" (a date of its own)
        return TimeExpression(start=i, end=i + 1, kind=TimeKind.DATE, day=_day(token))

    def within_day(self, i: int) -> TimeExpression | None:
        """ "Two hours ago", "a few minutes ago", "a short while ago": the publication day."""
        near = self.near
        j = i + 1
        if near[j] in ("few", "couple", "short", "little"):
            j += 1
        if near[j] == "of":  # "a couple of hours ago"
            j += 1
        unit = near[j]
        if unit == "while" and near[j - 1] not in ("short", "little"):
            return None  # "a while ago" may be weeks
        if unit in _WITHIN_DAY and near[j + 1] == "ago":
            return TimeExpression(start=i, end=j + 2, kind=TimeKind.DEICTIC, offset=0)
        return None

    def moments_at(self, i: int) -> TimeExpression | None:
        """ "Moments ago", "minutes ago", "hours ago": the publication day."""
        if self.near[i + 1] != "ago":
            return None
        return TimeExpression(start=i, end=i + 2, kind=TimeKind.DEICTIC, offset=0)

    def year_at(self, i: int) -> TimeExpression | None:
        year = year_of(self.tokens[i])
        if year is None or self.near[i - 1] not in (
            "in",
            "during",
            "since",
            "until",
            "early",
            "late",
            "mid",
            "of",
            "by",
        ):
            return None
        following = _at(self.tokens, i + 1)
        if following is not None and (
            following.key in ("'s", "’s")
            or (following.key.isalpha() and following.text.islower() and following.key not in AFTER_YEAR)
        ):
            return None  # "in 2016 elections": the year modifies a noun, it dates no event
        return TimeExpression(start=i, end=i + 1, kind=TimeKind.YEAR, year=year)

    def _with_citation(self, expression: TimeExpression) -> TimeExpression:
        """Recognise "(Outlet, November 3)": a citation, not an event date."""
        near = self.near
        tokens = self.tokens
        if near[expression.end] != ")" or near[expression.start - 1] != ",":
            return expression
        j = expression.start - 2
        while j >= 0 and tokens[j].key != "(" and expression.start - j <= 8:
            j -= 1
        if j < 0 or tokens[j].key != "(" or not _at(tokens, j + 1) or not tokens[j + 1].capitalised:
            return expression
        outlet = " ".join(t.text for t in tokens[j + 1 : expression.start - 1])
        return _evolve(expression, cited=outlet)


#: Units of time shorter than a day: "two hours ago", "a short while ago" is the publication day.
_WITHIN_DAY = frozenset({"hour", "hours", "minute", "minutes", "while", "moments"})
_MOMENTS = frozenset({"moments", "minutes", "hours"})  # "minutes ago" with no number
#: What may follow the number of :meth:`_Scanner.within_day`: its unit, or "few", "couple", "short", "little", "of".
_WITHIN_DAY_NEXT = _WITHIN_DAY | {"few", "couple", "short", "little", "of"}

_Shape = Callable[[_Scanner, int], "TimeExpression | None"]
_TOKEN_KEY = attrgetter("key")
_TOKEN_TEXT = attrgetter("text")
_HOLIDAY_STARTS = frozenset(keys[0] for keys in HOLIDAYS)
#: The names of HOLIDAYS (keys and day, in their order) by their first word.
_HOLIDAYS_BY_START = {
    start: [(keys, day) for keys, day in HOLIDAYS.items() if keys[0] == start] for start in _HOLIDAY_STARTS
}
# The shapes an expression can have, in the order they are tried, by the word it begins with.
_DIGIT_SHAPES: tuple[_Shape, ...] = (_Scanner.date_at, _Scanner.ago_at, _Scanner.year_at, _Scanner.day_at)
# Of those, the ones whose first test a number of so many decimal digits passes: a day of the month has one or
# two ("5 May"), an amount of time ("3 days ago") up to four, a year four; a number of more names no time.
_DECIMAL_SHAPES: dict[int, tuple[_Shape, ...]] = {
    1: (_Scanner.date_at, _Scanner.ago_at),
    2: (_Scanner.date_at, _Scanner.ago_at),
    3: (_Scanner.ago_at,),
    4: (_Scanner.ago_at, _Scanner.year_at),
}
_ORDINAL_SHAPES: tuple[_Shape, ...] = (_Scanner.date_at, _Scanner.day_at)  # "5th": a day, never an amount or year


def _digit_shapes(key: str) -> tuple[_Shape, ...]:
    """The shapes of :data:`_DIGIT_SHAPES` that may fit at a key that begins with a digit (the others fail their
    first test on it: ``tests/test_timex.py`` checks that every shape left out finds nothing there).

    >>> [shape.__name__ for shape in _digit_shapes("2017")], [shape.__name__ for shape in _digit_shapes("5th")]
    (['ago_at', 'year_at'], ['date_at', 'day_at'])
    """
    return _DECIMAL_SHAPES.get(len(key), ()) if key.isdecimal() else _ORDINAL_SHAPES


#: The units "the day before, ..." may count in (a year before is a recap's business, not a step).
_POSTPOSED_UNITS = frozenset({"day", "week", "month"})
_WEEKEND = frozenset({"weekend"})
#: The words before "the weekend" that make it a time ("at" and "over" open one of their own: relative_at).
_WEEKEND_OPENERS = frozenset({"on", "during", "spent", "spend", "spends", "spending"})
#: How many of a unit "days after", "weeks before" count: from the fewest to the most (a count of some, no number).
_VAGUE_COUNTS = {"days": (2, 10), "weeks": (1, 8), "months": (1, 12)}
#: Words before "days after" that make it a stretch of time, not a count: "in the days after the summit", "for days".
_NO_VAGUE_COUNT = frozenset(
    {"the", "those", "these", "for", "of", "over", "within", "recent", "past", "following", "next", "previous"}
)
#: What may follow a bare day of the month: "on the 6th, ...", "on the 27th and ...".
_DAY_ENDS = frozenset({",", ".", ";", ":", ")", "and", "at", "when", "-", "–", "—"})
_WORD_SHAPES: dict[str, tuple[_Shape, ...]] = {
    key: tuple(
        shape
        for shape, starts in (
            (_Scanner.date_at, MONTHS),
            (_Scanner.relative_at, RELATIVE_STARTS),
            (_Scanner.weekday_at, WEEKDAYS),
            (_Scanner.deictic_at, DEICTIC_STARTS),
            (_Scanner.ago_at, _UNIT_COUNTS),
            (_Scanner.part_at, PERIOD_PARTS),
            (_Scanner.year_part_at, YEAR_PARTS),
            (_Scanner.postposed_at, _POSTPOSED_UNITS),
            (_Scanner.recent_at, RECENT_WORDS),
            (_Scanner.moments_at, _MOMENTS),
            (_Scanner.holiday_at, _HOLIDAY_STARTS),
            (_Scanner.vague_at, _VAGUE_COUNTS),
            (_Scanner.weekend_at, _WEEKEND),
        )
        if key in starts
    )
    for key in (
        *MONTHS,
        *RELATIVE_STARTS,
        *WEEKDAYS,
        *DEICTIC_STARTS,
        *_UNIT_COUNTS,
        *PERIOD_PARTS,
        *YEAR_PARTS,
        *_POSTPOSED_UNITS,
        *RECENT_WORDS,
        *_MOMENTS,
        *_HOLIDAY_STARTS,
        *_VAGUE_COUNTS,
        *_WEEKEND,
    )
}


#: The words that begin a time only as a count of units ("a week ago", "two days later"): :meth:`_Scanner.ago_at`
#: finds nothing at them unless one of :data:`_COUNTED` follows, which :meth:`_Scanner.scan` tests first.
_COUNTS = frozenset(key for key, shapes in _WORD_SHAPES.items() if shapes == (_Scanner.ago_at,))
_COUNTED = frozenset(UNITS) | _WITHIN_DAY_NEXT | DECADES


def _starts(keys: Sequence[str]) -> list[int]:
    """Where an expression may begin: at a word some shape begins with, or at a digit.

    One comprehension over the keys costs less than the chain of ``map`` calls it replaced. A key begins with an
    ASCII digit when it sorts from "0" to before ":"; only one that begins past ASCII may begin with another
    digit, so only there is ``str.isdigit`` called (most keys are words, which sort after ":").

    >>> _starts(["on", "monday", ",", "5", "may", "²"])
    [1, 3, 4, 5]
    """
    shaped = _WORD_SHAPES
    return [
        i
        for i, key in enumerate(keys)
        if key in shaped or (key < ":" and key >= "0") or (key > "\x7f" and key[:1].isdigit())
    ]


#: The words an expression may begin with, but for counts (which need one of :data:`_COUNTED` after them).
_LEADS = frozenset(_WORD_SHAPES) - _COUNTS
#: A character a key that begins with a digit holds: an ASCII digit, or a character past ASCII (where the digits
#: of ``str.isdigit`` other than 0-9 are).
_MAYBE_DIGIT = re.compile("[0-9\x80-\U0010ffff]")


def _timeless(keys: Sequence[str]) -> bool:
    """Whether no expression can begin among a sentence's keys: no word a shape begins with but counts, no unit
    of time a count needs, no digit (two set tests and one search, where :func:`_starts` tries every key; most
    sentences have no time, and ``tests/test_timex.py`` checks that none is found where this holds).

    >>> _timeless(("they", "met", "a", "friend", ".")), _timeless(("a", "week", "ago")), _timeless(("at", "5"))
    (True, False, False)
    """
    return _LEADS.isdisjoint(keys) and _COUNTED.isdisjoint(keys) and _MAYBE_DIGIT.search("".join(keys)) is None


def find_times(
    tokens: Sequence[Token], year: int | None = None, *, keys: Sequence[str] | None = None
) -> list[TimeExpression]:
    """Every time expression in a sentence's tokens, left to right.

    A date in a dateline ("TOKYO, March 17 (Reuters) -") gets the relation
    ``"dateline"``: it dates the story, not an event. ``year`` is the year
    the text spoke of last ("the mood was different in 2018"): "That
    September" is in it, and so is "three weeks later, on October 31".
    ``keys`` are the tokens' keys when the caller has them (a sentence's).
    """
    if keys is None:
        keys = tuple(map(_TOKEN_KEY, tokens))
    if _timeless(keys):
        return []
    found = _Scanner(tokens, keys).scan()
    that_year = _that_years(keys, found) if _YEAR_WORD in keys else ()
    if that_year:
        found = sorted([*found, *that_year], key=_START)
    filed = dateline_end(tokens) if found else 0
    placed: list[TimeExpression] = []
    told = year  # the year spoken of last: the sentence's own latest year, else the text's before it
    for time in found:
        if _names_an_event(keys, time):
            continue  # "after the war of 1965": the war's name, no time of the sentence
        if time in that_year:
            if told is None:
                continue  # "the same year", with no year told before: no time
            time = _evolve(time, year=told)
        elif time.end <= filed or _stamp(tokens, time):
            time = _evolve(time, relation="dateline")
        elif told is not None and (
            _that_month(tokens, time) or _of_that_year(tokens, time) or _after_count(tokens, placed, time)
        ):
            time = _evolve(time, year=told)
        elif placed and _and_then(tokens, placed[-1], time):
            time = _in_year_after(placed[-1], time)
        elif time.kind is _DATE and time.month is None and placed and placed[-1].month is not None:
            time = _evolve(time, month=placed[-1].month, year=placed[-1].year)  # "in May, on the 6th"
        if time.year is not None and time.relation != "dateline":
            told = time.year  # "in August 2022, and ... that October": October 2022
        placed.append(time)
    return placed


_YEAR_WORD = "year"
_START = attrgetter("start")
#: What opens "that year", "the same year", "that same year" (a year spoken of before).
_THAT_YEAR_OPENERS = {("that",): 1, ("the", "same"): 2, ("that", "same"): 2}
#: What before "that year" makes it part of another time: "later that year", "in March of that year".
_THAT_YEAR_BOUND = frozenset({"later", "earlier", "of", "late", "early"})


def _that_years(keys: Sequence[str], found: Sequence[TimeExpression]) -> tuple[TimeExpression, ...]:
    """ "That year", "the same year", "that same year" standing alone (not "later that year", "in March of that
    year", "March that year"): times of the year spoken of last (set by :func:`find_times`).

    >>> [(t.start, t.end) for t in _that_years("they met the same year".split(), [])]
    [(2, 5)]
    >>> _that_years("they met later that year".split(), [])
    ()
    """
    made: list[TimeExpression] = []
    ends = {t.end for t in found}
    for i in compress(range(len(keys)), map(_YEAR_WORD.__eq__, keys)):  # each "year", found in C
        if i == 0:
            continue
        length = next((n for words, n in _THAT_YEAR_OPENERS.items() if tuple(keys[i - n : i]) == words), 0)
        start = i - length
        if not length or start < 0 or (start > 0 and (keys[start - 1] in _THAT_YEAR_BOUND or start in ends)):
            continue
        if any(t.start <= start < t.end for t in found):
            continue
        made.append(TimeExpression(start=start, end=i + 1, kind=TimeKind.YEAR, text=" ".join(keys[start : i + 1])))
    return tuple(made)


def _names_an_event(keys: Sequence[str], time: TimeExpression) -> bool:
    """Whether a year alone names an event told before it: "the war of 1965", "the crisis of 1962".

    >>> year = TimeExpression(start=4, end=5, kind=TimeKind.YEAR, year=1965)
    >>> _names_an_event("after the war of 1965".split(), year), _names_an_event("in the spring of 1965".split(), year)
    (True, False)
    """
    start = time.start
    return time.kind is _YEAR and start >= 2 and keys[start - 1] == "of" and keys[start - 2] in YEAR_NAMED_EVENTS


_STAMP_WORDS = frozenset({"published", "updated", "posted"})  # "Published: May 3, 2023"
_STAMP_REACH = 4  # "13:30 JST, August 22, 2023", "10:45 a.m. ET, Aug. 22, 2023": what may stand between


def _clock(tokens: Sequence[Token], i: int) -> bool:
    """Whether a clock time ("13:30") ends at token ``i``."""
    return 2 <= i < len(tokens) and tokens[i - 1].key == ":" and tokens[i].key.isdigit() and tokens[i - 2].key.isdigit()


def _stamp(tokens: Sequence[Token], time: TimeExpression) -> bool:
    """Whether a full date is a page's time stamp ("13:30 JST, August 22, 2023", "Updated: May 3, 2023").

    A clock time just before or after a date with its year, or a "published" or
    "updated" before it, stamps the page: no event's date.
    """
    if time.year is None or time.day is None:
        return False
    i = time.start - 1
    while i >= max(0, time.start - _STAMP_REACH) and _stamp_gap(tokens[i]):
        i -= 1  # "JST,", "a.m. ET,", "Updated:"
    if i >= 0 and (_clock(tokens, i) or tokens[i].key in _STAMP_WORDS):
        return True
    return _clock(tokens, time.end + 2)


def _stamp_gap(token: Token) -> bool:
    """What stands between a clock time or "updated" and its date: a zone ("JST", "a.m. ET") or a comma or colon."""
    return token.key in (",", ":", "a.m.", "p.m.", "am", "pm") or (token.text.isupper() and token.key.isalpha())


def _after_count(tokens: Sequence[Token], before: Sequence[TimeExpression], time: TimeExpression) -> bool:
    """Whether a yearless date stands beside a count forward: "Three weeks later, on October 31" (in the year told)."""
    if time.year is not None or time.month is None or not before:
        return False
    count = before[-1]
    between = [t.key for t in tokens[count.end : time.start]]
    return count.kind is TimeKind.LATER and (count.offset or 0) >= 0 and between in ([","], [",", "on"])


def _day_near(day: int, anchor: dt.date, direction: Direction) -> dt.date:
    """The day of the month ``day`` nearest ``anchor`` in ``direction``: the 6th told on June 9 is June 6 if past."""
    this = anchor.replace(day=min(day, monthrange(anchor.year, anchor.month)[1]))
    if direction is Direction.FUTURE and this < anchor:
        ahead = anchor.replace(day=1) + relativedelta(months=1)
        return ahead.replace(day=min(day, monthrange(ahead.year, ahead.month)[1]))
    if direction is not Direction.FUTURE and this > anchor:
        back = anchor.replace(day=1) - relativedelta(months=1)
        return back.replace(day=min(day, monthrange(back.year, back.month)[1]))
    return this


def _in_year_after(previous: TimeExpression, expression: TimeExpression) -> TimeExpression:
    """A yearless date told after a dated one, in its year (the next one when it falls earlier in the calendar)."""
    assert previous.year is not None and previous.month is not None and expression.month is not None
    later = (expression.month, expression.day or 1) >= (previous.month, previous.day or 1)
    return _evolve(expression, year=previous.year if later else previous.year + 1)


def _of_that_year(tokens: Sequence[Token], time: TimeExpression) -> bool:
    """Whether a yearless month or date is followed by "of that year", "that (same) year": "In March of that year"."""
    if time.year is not None or time.month is None:
        return False
    keys = tuple(t.key for t in tokens[time.end : time.end + THAT_YEAR_LENGTH])
    return any(keys[: len(phrase)] == phrase for phrase in THAT_YEAR)


def _and_then(tokens: Sequence[Token], previous: TimeExpression, time: TimeExpression) -> bool:
    """Whether a yearless month or date opens the next step of a sentence's story told in a dated month:
    "In March 2023 X went to Tokyo, and in May Y came to Seoul" (May 2023)."""
    return (
        time.year is None
        and time.month is not None
        and time.relation is None
        and not time.offset
        and time.kind in (TimeKind.DATE, TimeKind.MONTH)
        and previous.year is not None
        and previous.month is not None
        and previous.relation is None
        and time.start >= 2
        and tokens[time.start - 1].key in ("in", "on")
        and tokens[time.start - 2].key in ("and", "then")
    )


def _that_month(tokens: Sequence[Token], time: TimeExpression) -> bool:
    """Whether a yearless month or date follows "that": "That September", "that March 5"."""
    return time.year is None and time.month is not None and time.start > 0 and tokens[time.start - 1].key == "that"
