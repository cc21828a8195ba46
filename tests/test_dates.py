"""Dates that users give (``read_date``): ISO or unambiguous English, never a guessed order of day and month."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomacy_events as de
from diplomacy_events.dates import read_date
from diplomacy_events.errors import InvalidDateError

DAY = dt.date(2017, 11, 23)

READ = [
    ("2017-11-23", DAY),
    ("  2017-11-23\n", DAY),
    ("2017-11-23T10:00:00Z", DAY),
    ("2017-11-23T23:30:00-05:00", DAY),  # the day as written, not converted to UTC
    ("2017-11-23 10:00:00 UTC", DAY),
    ("20171123", DAY),
    ("Nov 23, 2017", DAY),
    ("November 23rd, 2017", DAY),
    ("23 November 2017", DAY),
    ("Thursday, 23 November 2017", DAY),
    ("23/11/2017", DAY),  # 23 cannot be a month: one reading only
    ("11/23/2017", DAY),
]

REFUSED = [
    ("03/04/2017", "either way round (2017-03-04 or 2017-04-03)"),
    ("03.04.2017", "either way round"),
    ("2017/03/04", "either way round"),
    ("03/04/05", "either way round"),
    ("November 2017", "not a whole date"),
    ("2017", "not a whole date"),
    ("2017-11", "not a whole date"),
    ("Monday", "not a whole date"),
    ("yesterday", "not a date"),
    ("2017-02-30", "no such day"),
    ("2017-23-11", "no such day"),
    ("2017-11-23 and some words", "not a date"),
    ("", "not a date"),
]


@pytest.mark.parametrize(("text", "expected"), READ, ids=[text for text, _ in READ])
def test_read(text: str, expected: dt.date) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize(("text", "reason"), REFUSED, ids=[text or "empty" for text, _ in REFUSED])
def test_refused(text: str, reason: str) -> None:
    with pytest.raises(InvalidDateError) as error:
        read_date(text, field="published")
    assert error.value.field == "published" and error.value.value == text
    assert reason in str(error.value)


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@given(days)
def test_iso_and_written_out_dates_read_back(day: dt.date) -> None:
    for form in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%A, %d %B %Y"):
        assert read_date(day.strftime(form)) == day


@given(days)
def test_numeric_day_month_is_read_only_when_it_cannot_be_swapped(day: dt.date) -> None:
    for form in ("%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y"):
        text = day.strftime(form)
        if day.day > 12 or day.day == day.month:
            assert read_date(text) == day
        else:
            with pytest.raises(InvalidDateError, match="either way round"):
                read_date(text)


def test_the_api_reads_the_same_dates() -> None:
    text = "On Monday, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi."
    assert de.parse(text, published="Nov 23, 2017").source.published == DAY
    assert de.parse(text, published="23 November 2017").meetings[0].date == de.DateSpan.from_date(dt.date(2017, 11, 20))
    with pytest.raises(InvalidDateError, match="either way round"):
        de.parse(text, published="03/04/2017")
    with pytest.raises(InvalidDateError, match="outside 1900-2100"):
        de.parse(text, published="1 January 1850")
