"""Dates that users give: a publication date, the ends of a query's period.

ISO 8601 dates and date-times are read as written; other forms go through
python-dateutil, which reads "Nov 23, 2017" or "23 November 2017" but would
have to guess the order of day and month in "03/04/2017". A date that can be
read more than one way, or that lacks its day, month or year, is refused
with an :class:`~diplomacy_events.errors.InvalidDateError` rather than
guessed. (The dates *in* a text, such as "last Monday", are read by the
parser, counting from the publication date.)

>>> read_date("23 November 2017")
datetime.date(2017, 11, 23)
>>> read_date("2017-11-23T22:30:00-05:00")  # the day as written, whatever the zone
datetime.date(2017, 11, 23)
>>> read_date("03/04/2017")
Traceback (most recent call last):
...
diplomacy_events.errors.InvalidDateError: date='03/04/2017': day and month could be either way round \
(2017-03-04 or 2017-04-03): write it as YYYY-MM-DD
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

from .errors import InvalidDateError

__all__ = ["read_date"]

_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]|$)")
# Two defaults that differ in every part: a part the text leaves out comes out differently.
_DEFAULTS = (dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2))
_INCOMPLETE = "not a whole date: give the day, month and year"


def _reading(text: str, dayfirst: bool) -> dt.date | str | None:
    """The date python-dateutil reads in ``text`` (month or day first); ``_INCOMPLETE`` or ``None`` when none.

    A date that leaves out its day, month or year reads differently under
    each default, or reads under only one of them.
    """
    found: list[dt.date | None] = []
    for default in _DEFAULTS:
        try:
            found.append(dateutil_parser.parse(text, dayfirst=dayfirst, default=default).date())
        except (ValueError, OverflowError):  # ParserError is a ValueError
            found.append(None)
    if found[0] is None and found[1] is None:
        return None
    return found[0] if found[0] == found[1] else _INCOMPLETE


def read_date(text: str, field: str = "date") -> dt.date:
    """The calendar day a user's date string names; raises :class:`~diplomacy_events.errors.InvalidDateError`.

    Accepts an ISO date or date-time ("2017-11-23", "2017-11-23T10:00:00Z":
    the day as written) and any form python-dateutil reads one way only
    ("Nov 23, 2017", "23 November 2017", "Thursday, 23 November 2017",
    "23/11/2017"). Refuses a date whose day and month could be swapped
    ("03/04/2017"), one that lacks a part ("November 2017", "Monday"), and
    anything else that is not a date. ``field`` names the value in the error.

    >>> read_date("Nov 23, 2017")
    datetime.date(2017, 11, 23)
    >>> read_date("November 2017", field="published")
    Traceback (most recent call last):
    ...
    diplomacy_events.errors.InvalidDateError: published='November 2017': not a whole date: give the day, month and year
    """
    stripped = text.strip()
    iso = _ISO_SHAPE.match(stripped) is not None
    if iso:
        try:
            return dateutil_parser.isoparse(stripped).date()
        except (ValueError, OverflowError):
            pass  # "2017-11-23 10:00 UTC": python-dateutil reads it, year first
    orders = (False,) if iso else (False, True)
    readings = {_reading(stripped, dayfirst) for dayfirst in orders} - {None} if stripped else set()
    if not readings:
        reason = "no such day" if _ISO_SHAPE.fullmatch(stripped) else "not a date (write it as YYYY-MM-DD)"
        raise InvalidDateError(field, text, reason)
    if _INCOMPLETE in readings:
        raise InvalidDateError(field, text, _INCOMPLETE)
    days = sorted(day for day in readings if isinstance(day, dt.date))
    if len(days) > 1:
        reason = f"day and month could be either way round ({days[0]} or {days[1]}): write it as YYYY-MM-DD"
        raise InvalidDateError(field, text, reason)
    return days[0]
