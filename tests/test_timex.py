"""Tests of stage 4, :mod:`diplomacy_events.timex`: finding time expressions and resolving them.

Examples first (named lists, one row per phrase, ids readable in pytest's
output), then properties: a past-pointing expression read PAST never lands
after its anchor, a future-pointing one read FUTURE never before it, and
moving the anchor by whole weeks moves every week-bound expression by the
same amount.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import diplomacy_events as de
from diplomacy_events.model import DateSpan, Precision
from diplomacy_events.segment import tokenize
from diplomacy_events.timex import (
    _DIGIT_SHAPES,
    _REACH,
    _WORD_SHAPES,
    Direction,
    TimeExpression,
    TimeKind,
    _digit_shapes,
    _key,
    _Scanner,
    _starts,
    _timeless,
    find_times,
)

#: A Thursday: the anchor of the examples unless a row says otherwise.
THURSDAY = dt.date(2017, 11, 23)
PAST, FUTURE = Direction.PAST, Direction.FUTURE


def only_time(text: str) -> TimeExpression:
    """The single time expression of ``text`` (fails if there is none or several)."""
    found = find_times(tokenize(text))
    assert len(found) == 1, [(t.kind, t.start, t.end) for t in found]
    return found[0]


def span(first: str, last: str | None = None, precision: Precision = Precision.DAY) -> DateSpan:
    start = dt.date.fromisoformat(first)
    return DateSpan(start=start, end=dt.date.fromisoformat(last or first), precision=precision)


def month(year: int, number: int) -> DateSpan:
    return DateSpan.from_month(year, number)


#: (id, phrase in a sentence, direction, expected span), anchored on Thursday 2017-11-23.
RESOLVED = [
    ("weekday-past", "Putin met Erdogan on Monday.", PAST, span("2017-11-20")),
    ("weekday-future", "Putin will meet Erdogan on Monday.", FUTURE, span("2017-11-27")),
    ("weekday-same-day-past", "They met on Thursday.", PAST, span("2017-11-23")),
    ("weekday-with-part-of-day", "They spoke on Tuesday evening.", PAST, span("2017-11-21")),
    ("last-weekday", "They met last Monday.", PAST, span("2017-11-20")),
    ("weekday-and-date", "They met on Tuesday, November 14.", PAST, span("2017-11-14")),
    ("weekday-day-month", "They met on Tuesday 14 November.", PAST, span("2017-11-14")),
    ("ordinal-of-month", "They met on the 5th of November.", PAST, span("2017-11-05")),
    ("next-weekday", "They meet next Monday.", FUTURE, span("2017-11-27")),
    ("yesterday", "Putin hosted Assad yesterday.", PAST, span("2017-11-22")),
    ("last-night", "Macron spoke with Scholz by phone last night.", PAST, span("2017-11-22")),
    ("last-evening", "Last evening Putin hosted Erdogan for dinner in Sochi.", PAST, span("2017-11-22")),
    ("today", "Erdogan meets Putin today.", PAST, span("2017-11-23")),
    ("tomorrow", "Erdogan meets Putin tomorrow.", FUTURE, span("2017-11-24")),
    ("last-week", "They met last week.", PAST, span("2017-11-13", "2017-11-19", Precision.WEEK)),
    ("next-week", "They will meet next week.", FUTURE, span("2017-11-27", "2017-12-03", Precision.WEEK)),
    ("this-week", "They meet this week.", PAST, span("2017-11-20", "2017-11-26", Precision.WEEK)),
    ("last-weekend", "They met last weekend.", PAST, span("2017-11-18", "2017-11-19", Precision.WEEK)),
    ("over-the-weekend", "They spoke over the weekend.", PAST, span("2017-11-18", "2017-11-19", Precision.WEEK)),
    ("this-weekend-ahead", "They will meet this weekend.", FUTURE, span("2017-11-25", "2017-11-26", Precision.WEEK)),
    ("this-past-weekend", "They met this past weekend.", PAST, span("2017-11-18", "2017-11-19", Precision.WEEK)),
    ("the-past-weekend", "They met the past weekend.", PAST, span("2017-11-18", "2017-11-19", Precision.WEEK)),
    ("at-the-weekend", "They will meet at the weekend.", FUTURE, span("2017-11-25", "2017-11-26", Precision.WEEK)),
    ("on-the-weekend", "They spoke on the weekend.", PAST, span("2017-11-18", "2017-11-19", Precision.WEEK)),
    (
        "during-the-weekend",
        "They will meet during the weekend.",
        FUTURE,
        span("2017-11-25", "2017-11-26", Precision.WEEK),
    ),
    ("spent-the-weekend", "They spent the weekend in Hanoi.", PAST, span("2017-11-18", "2017-11-19", Precision.WEEK)),
    ("this-month", "They met this month.", PAST, month(2017, 11)),
    ("in-june-past", "They met in June.", PAST, month(2017, 6)),
    ("in-june-future", "They will meet in June.", FUTURE, month(2018, 6)),
    ("current-month-past", "They met in November.", PAST, month(2017, 11)),
    ("last-september", "They met last September.", PAST, month(2017, 9)),
    ("month-last-year", "They met in November last year.", PAST, month(2016, 11)),
    ("earlier-month-last-year", "They met in March last year.", PAST, month(2016, 3)),
    ("date-last-year", "They met on December 3 last year.", PAST, span("2016-12-03")),
    ("day-month-last-year", "They met on 3 December last year.", PAST, span("2016-12-03")),
    ("month-of-last-year", "They met in November of last year.", PAST, month(2016, 11)),
    ("date-of-last-year", "They met on March 3 of last year.", PAST, span("2016-03-03")),
    ("two-days-ago", "They met two days ago.", PAST, span("2017-11-21")),
    ("three-weeks-ago", "They met three weeks ago.", PAST, span("2017-10-30", "2017-11-05", Precision.WEEK)),
    ("a-month-ago", "They met a month ago.", PAST, month(2017, 10)),
    ("a-decade-ago", "The two first met a decade ago.", PAST, DateSpan.from_year(2007)),
    ("two-decades-ago", "Two decades ago they signed the treaty.", PAST, DateSpan.from_year(1997)),
    ("round-tens-of-years-ago", "Forty years ago the two leaders met in Geneva.", PAST, DateSpan.from_year(1977)),
    ("round-tens-of-years-ago-today", "Sixty years ago today the treaty was signed.", PAST, span("1957-11-23")),
    ("tens-and-units-of-years-ago-today", "Forty-two years ago today the two leaders met.", PAST, span("1975-11-23")),
    (
        "years-ago-this-week",
        "Twenty-five years ago this week they signed the accord.",
        PAST,
        span("1992-11-23", "1992-11-29", Precision.WEEK),
    ),
    ("years-ago-this-month", "Thirty years ago this month the two sides met.", PAST, month(1987, 11)),
    ("a-ten-set-apart-is-no-part-of-the-count", "They met forty times, two years ago.", PAST, DateSpan.from_year(2015)),
    ("last-year", "They met last year.", PAST, DateSpan.from_year(2016)),
    ("next-year", "They will meet next year.", FUTURE, DateSpan.from_year(2018)),
    ("month-day-past", "They met on November 13.", PAST, span("2017-11-13")),
    ("month-day-future-next-year", "They will meet on November 13.", FUTURE, span("2018-11-13")),
    ("en-dash-range", "Trump toured Asia November 5–11.", PAST, span("2017-11-05", "2017-11-11")),
    ("weekday-last-week", "They met on Monday last week.", PAST, span("2017-11-13")),
    ("weekday-next-week", "They meet on Friday next week.", FUTURE, span("2017-12-01")),
    ("weekday-range-past", "They held talks on Monday and Tuesday.", PAST, span("2017-11-20", "2017-11-21")),
    ("weekday-range-future", "They will meet Monday-Wednesday.", FUTURE, span("2017-11-27", "2017-11-29")),
    ("weekday-range-over-a-weekend", "They met from Friday to Sunday.", PAST, span("2017-11-17", "2017-11-19")),
    (
        "coming-weeks",
        "They will meet in the coming weeks.",
        FUTURE,
        span("2017-11-24", "2018-01-18", Precision.UNKNOWN),
    ),
    ("coming-days", "They will meet in the coming days.", FUTURE, span("2017-11-24", "2017-12-03", Precision.UNKNOWN)),
    ("the-next-two-days", "The two will confer over the next two days.", FUTURE, span("2017-11-24", "2017-11-25")),
    ("the-coming-3-days", "They hold talks during the coming 3 days.", FUTURE, span("2017-11-24", "2017-11-26")),
    ("end-of-the-month", "They will meet at the end of the month.", FUTURE, month(2017, 11)),
    ("beginning-of-last-month", "They met at the beginning of last month.", PAST, month(2017, 10)),
    (
        "start-of-next-year",
        "They meet at the start of next year.",
        FUTURE,
        span("2018-01-01", "2018-12-31", Precision.YEAR),
    ),
    (
        "middle-of-the-week",
        "They met in the middle of the week.",
        PAST,
        span("2017-11-20", "2017-11-26", Precision.WEEK),
    ),
    ("day-month-year", "They met on 5 November 2016.", PAST, span("2016-11-05")),
    ("day-month-comma-year", "They met in Lima on 5 November, 2016.", PAST, span("2016-11-05")),
    ("this-hour", "They begin talks this hour.", PAST, span("2017-11-23")),
    ("recently", "They recently met.", PAST, span("2017-10-24", "2017-11-23", Precision.UNKNOWN)),
    ("has-just", "He has just met Xi.", PAST, span("2017-10-24", "2017-11-23", Precision.UNKNOWN)),
    ("most-recently-in-a-month", "They have met often, most recently in July.", PAST, month(2017, 7)),
    ("most-recently-on-a-day", "He visited Kyiv most recently on 2 March.", PAST, span("2017-03-02")),
    ("abbreviated-month", "They met on Sept. 29, 2015, in New York.", PAST, span("2015-09-29")),
    ("month-year", "They met in September 2015.", PAST, month(2015, 9)),
    ("bare-year", "They first met in 2015.", PAST, DateSpan.from_year(2015)),
    ("may-the-month", "They met on May 9.", PAST, span("2017-05-09")),
    ("a-day-known-by-name", "They met on Christmas Day.", PAST, span("2016-12-25")),
    ("another-ahead", "They will meet on New Year's Eve.", FUTURE, span("2017-12-31")),
    (
        "quarter-of-a-year",
        "Lula is to go to Rome in the last quarter of 2018.",
        FUTURE,
        span("2018-10-01", "2018-12-31", Precision.SEASON),
    ),
    (
        "quarter-of-next-year",
        "They meet in the second quarter of next year.",
        FUTURE,
        span("2018-04-01", "2018-06-30", Precision.SEASON),
    ),
    (
        "half-of-the-year",
        "They met in the first half of the year.",
        PAST,
        span("2017-01-01", "2017-06-30", Precision.UNKNOWN),
    ),
    (
        "days-with-a-slash",
        "Modi and Rutte will meet on May 20/21 in The Hague.",
        FUTURE,
        span("2018-05-20", "2018-05-21"),
    ),
    ("slash-then-month", "They met in Jakarta on 6/7 October.", PAST, span("2017-10-06", "2017-10-07")),
]


@pytest.mark.parametrize(("text", "direction", "expected"), [row[1:] for row in RESOLVED], ids=[r[0] for r in RESOLVED])
def test_resolves_against_the_anchor(text: str, direction: Direction, expected: DateSpan) -> None:
    assert only_time(text).resolve(THURSDAY, direction) == expected


def test_earlier_this_month_stops_before_the_anchor() -> None:
    found = only_time("Putin met Erdogan earlier this month.").resolve(THURSDAY, PAST)
    assert found is not None
    assert (found.start, found.end, found.precision) == (dt.date(2017, 11, 1), dt.date(2017, 11, 22), Precision.MONTH)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two presidents will meet again before the end of the year.", span("2017-11-24", "2017-12-31")),
        ("Scholz is to visit Paris by the end of the month.", span("2017-11-24", "2017-11-30")),
    ],
)
def test_before_the_end_of_a_period_is_its_rest(text: str, expected: DateSpan) -> None:
    found = only_time(text)
    resolved = found.resolve(THURSDAY, Direction.FUTURE)
    assert resolved is not None
    assert (found.relation, resolved.start, resolved.end) == (None, expected.start, expected.end)


def test_at_the_end_of_a_period_is_all_of_it() -> None:
    found = only_time("They will meet at the end of the month.").resolve(THURSDAY, Direction.FUTURE)
    assert found is not None
    assert (found.start, found.end) == (dt.date(2017, 11, 1), dt.date(2017, 11, 30))


def test_earlier_in_the_week_is_earlier_this_week() -> None:
    found = only_time("Biden spoke with Macron earlier in the week.").resolve(THURSDAY, PAST)
    assert found is not None
    assert (found.start, found.end) == (dt.date(2017, 11, 20), dt.date(2017, 11, 22))


def test_later_this_week_starts_after_the_anchor() -> None:
    found = only_time("Putin will meet Erdogan later this week.").resolve(THURSDAY, Direction.FUTURE)
    assert found is not None
    assert (found.start, found.end, found.precision) == (dt.date(2017, 11, 24), dt.date(2017, 11, 26), Precision.WEEK)


def test_the_next_days_of_a_past_story_are_not_the_anchors() -> None:
    assert only_time("He spent the next four days in talks with Rutte.").resolve(THURSDAY, PAST) is None


def test_a_long_count_of_next_days_is_no_stretch_of_days() -> None:
    assert not any(t.length for t in find_times(tokenize("They will sign a deal within the next 90 days.")))


#: (id, phrase): expressions that fix their date without any anchor.
ABSOLUTE = [
    ("full-date", "They met on November 13, 2017."),
    ("day-first", "They met on 13 November 2017."),
    ("year", "They met in 2017."),
    ("month-year", "They met in November 2017."),
]


@pytest.mark.parametrize("text", [row[1] for row in ABSOLUTE], ids=[r[0] for r in ABSOLUTE])
def test_absolute_dates_need_no_anchor(text: str) -> None:
    found = only_time(text)
    assert found.absolute
    resolved = found.resolve(None, PAST)
    assert resolved is not None and resolved.start.year == 2017


#: (id, phrase): relative expressions that stay unresolved without an anchor.
RELATIVE = [
    ("weekday", "They met on Monday."),
    ("yesterday", "They met yesterday."),
    ("last-night", "They met last night."),
    ("last-week", "They met last week."),
    ("this-month", "They met this month."),
    ("month-without-year", "They met in June."),
    ("day-without-year", "They met on November 13."),
]


@pytest.mark.parametrize("text", [row[1] for row in RELATIVE], ids=[r[0] for r in RELATIVE])
def test_relative_dates_stay_unresolved_without_an_anchor(text: str) -> None:
    found = only_time(text)
    assert not found.absolute
    assert found.resolve(None, PAST) is None


#: (id, text, expected kinds): what is and is not a time expression.
NOT_DATES = [
    ("theresa-may", "Prime Minister Theresa May met Trump.", []),
    ("may-the-verb", "Putin may meet Erdogan.", []),
    ("number-is-no-date", "The talks lasted 4 hours with 20 aides.", []),
    ("resolution-number", "Resolution 2254 was adopted.", []),
    ("year-after-comma", "In 2017, Putin met Erdogan twice.", [TimeKind.YEAR]),
    ("just-an-adverb", "It was just a formality, just like the talks.", []),
    ("christmas-alone", "Christmas shopping began early.", []),
]


@pytest.mark.parametrize(("text", "kinds"), [row[1:] for row in NOT_DATES], ids=[r[0] for r in NOT_DATES])
def test_what_is_not_a_date(text: str, kinds: list[TimeKind]) -> None:
    assert [t.kind for t in find_times(tokenize(text))] == kinds


def test_a_parenthesised_citation_names_its_outlet() -> None:
    found = only_time("Putin met Erdogan in Sochi (Kommersant, November 3).")
    assert found.cited == "Kommersant"


def test_a_date_in_running_text_is_no_citation() -> None:
    assert only_time("Putin met Erdogan in Sochi on November 3.").cited is None


def test_a_preposition_of_relation_is_kept() -> None:
    assert only_time("Relations have thawed since last September.").relation == "since"


@pytest.mark.parametrize(
    "text",
    [
        "Relations have thawed since last September, when the two presidents met in Geneva.",
        "Trade has doubled since March 2019, when Modi hosted Xi in Chennai.",
    ],
)
def test_since_a_time_when_is_the_time_of_the_when_clause(text: str) -> None:
    assert only_time(text).relation is None


def test_a_meeting_in_a_when_clause_after_since_is_dated_then() -> None:
    result = de.parse("Ties have improved since June 2009, when Obama met Merkel in Dresden.", published="2016-01-22")
    assert [str(m.date) for m in result.meetings] == [str(DateSpan.from_month(2009, 6))]


def test_ascii_hyphen_range() -> None:
    assert only_time("Trump toured Asia on November 5-11.").resolve(THURSDAY, PAST) == span("2017-11-05", "2017-11-11")
    assert only_time("The forum met on 3-4 November.").resolve(THURSDAY, PAST) == span("2017-11-03", "2017-11-04")


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("The ministers met from October 30 to November 2.", PAST, span("2017-10-30", "2017-11-02")),
        ("The ministers met on October 30-November 2.", PAST, span("2017-10-30", "2017-11-02")),
        ("The ministers met on 30 October - 2 November.", PAST, span("2017-10-30", "2017-11-02")),
        ("The ministers met between 30 October and 2 November 2016.", PAST, span("2016-10-30", "2016-11-02")),
        ("The forum runs from December 28 to January 3.", FUTURE, span("2017-12-28", "2018-01-03")),
        ("The forum ran from December 28, 2016 to January 3, 2017.", PAST, span("2016-12-28", "2017-01-03")),
        ("The forum ran from December 28 to January 3, 2017.", PAST, span("2016-12-28", "2017-01-03")),
    ],
)
def test_a_range_into_another_month(text: str, direction: Direction, expected: DateSpan) -> None:
    assert only_time(text).resolve(THURSDAY, direction) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on June 3, 2015 and again on June 9.", span("2015-06-09")),
        ("They met in December 2015 and again in February.", month(2016, 2)),
        ("They met on June 3, 2015, then on July 1.", span("2015-07-01")),
    ],
)
def test_a_yearless_date_close_after_a_dated_one_takes_its_year(text: str, expected: DateSpan) -> None:
    second = find_times(tokenize(text, 0, len(text)))[1]
    assert second.resolve(THURSDAY, PAST) == expected


def test_a_yearless_date_after_a_verb_keeps_the_anchor_year() -> None:
    text = "Leaders who met in June 2015 will meet on July 1."
    second = find_times(tokenize(text, 0, len(text)))[1]
    assert second.year is None and second.resolve(THURSDAY, FUTURE) == span("2018-07-01")


def test_two_weekdays_apart_are_two_times() -> None:
    text = "They met on Monday and again on Tuesday."
    assert [t.last_weekday for t in find_times(tokenize(text, 0, len(text)))] == [None, None]


def test_on_the_weekend_of_a_date_is_that_date() -> None:
    time = only_time("They met on the weekend of November 4-5.")
    assert (time.kind, time.day, time.last_day) == (TimeKind.DATE, 4, 5)


def test_the_weekend_of_a_date_is_that_date() -> None:
    text = "They met over the weekend of November 4-5."
    [time] = find_times(tokenize(text, 0, len(text)))
    assert time.resolve(THURSDAY, PAST) == span("2017-11-04", "2017-11-05")


def test_n_years_ago_today_is_that_day() -> None:
    text = "Two years ago today they met."
    [time] = find_times(tokenize(text, 0, len(text)))
    assert time.resolve(THURSDAY, PAST) == span("2015-11-23")


def test_that_september_is_in_the_year_spoken_of() -> None:
    text = "That September they met again."
    [time] = find_times(tokenize(text, 0, len(text)), year=2015)
    assert time.resolve(THURSDAY, PAST) == month(2015, 9)
    [alone] = find_times(tokenize(text, 0, len(text)))
    assert alone.resolve(THURSDAY, PAST) == month(2017, 9)


@pytest.mark.parametrize(
    "text",
    [
        "In April of that year they met again.",
        "They met again in April that same year.",
        "In April that year, they met.",
    ],
)
def test_a_month_of_that_year_is_in_the_year_spoken_of(text: str) -> None:
    [time] = find_times(tokenize(text, 0, len(text)), year=2015)
    assert time.resolve(THURSDAY, PAST) == month(2015, 4)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Ruiz phoned Lind on the evening of the 20th.", THURSDAY, "2017-11-20"),
        ("Ruiz phoned Lind on the 28th.", THURSDAY, "2017-10-28"),  # past: the last 28th before the 23rd
        ("In March 2016, on the 4th, Ruiz met Lind.", THURSDAY, "2016-03-04"),
    ],
)
def test_a_bare_day_of_the_month_is_in_the_month_told_else_near_the_anchor(
    text: str, published: dt.date, expected: str
) -> None:
    day = find_times(tokenize(text, 0, len(text)))[-1]
    assert day.resolve(published, PAST) == span(expected)


@pytest.mark.parametrize("text", ["Delegates met on the 19th Party Congress.", "They met on the 4th floor."])
def test_an_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert find_times(tokenize(text, 0, len(text))) == []


def test_the_next_step_of_a_dated_story_is_in_its_year() -> None:
    text = "In October 2015 Ruiz flew to Lima, and in February Lind came to Quito."
    [first, then] = find_times(tokenize(text, 0, len(text)))
    assert (first.resolve(THURSDAY, PAST), then.resolve(THURSDAY, PAST)) == (month(2015, 10), month(2016, 2))
    text = "In October 2015 Ruiz flew to Lima. In February Lind came to Quito."
    [_, alone] = find_times(tokenize(text, 0, len(text)))
    assert alone.year is None  # another sentence: no step of the same story


def test_a_date_beside_a_count_forward_is_in_the_year_spoken_of() -> None:
    text = "Three weeks later, on October 31, they met again."
    [count, date] = find_times(tokenize(text, 0, len(text)), year=2015)
    assert count.kind is TimeKind.LATER and date.resolve(THURSDAY, PAST) == span("2015-10-31")
    text = "Three weeks earlier, on October 31, they met."
    [_, before] = find_times(tokenize(text, 0, len(text)), year=2015)
    assert before.year is None  # a count backwards: the year is not the one told


def test_the_end_of_something_else_is_no_time() -> None:
    text = "They met at the end of the talks."
    assert find_times(tokenize(text, 0, len(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met on November 3 and November 5.",  # two days, maybe two meetings: no range
        "Leaders met on November 5 - November 3.",  # backwards
        "Leaders met from May 3, 2014 to June 5, 2016.",  # years apart
    ],
)
def test_no_range_where_none_is_meant(text: str) -> None:
    first = find_times(tokenize(text, 0, len(text)))[0]
    assert first.last_day is None and first.last_month is None


def test_next_month_name_points_ahead_whatever_the_tense() -> None:
    assert only_time("The deal was signed ahead of talks next March.").resolve(THURSDAY, PAST) == month(2018, 3)


def test_last_month_name_in_that_month_is_last_year() -> None:
    assert only_time("They met last November.").resolve(THURSDAY, PAST) == month(2016, 11)


@pytest.mark.parametrize(
    "text",
    ["Kenyatta was received in 1964 by Prime Minister Nehru.", "Nehru was welcomed in 1955 by Chairman Mao."],
)
def test_a_year_before_a_passive_s_agent_dates_it(text: str) -> None:
    [year] = find_times(tokenize(text))
    assert (year.kind, year.year) == (TimeKind.YEAR, int(text.split(" in ")[1][:4]))


@pytest.mark.parametrize(
    "text",
    ["The talks in 1987 between Reagan and Gorbachev ended well.", "Their meeting in 1955 between sessions was short."],
)
def test_a_year_before_between_dates_it(text: str) -> None:
    [year] = find_times(tokenize(text))
    assert (year.kind, year.year) == (TimeKind.YEAR, int(text.split(" in ")[1][:4]))


def test_year_as_modifier_is_no_date() -> None:
    assert find_times(tokenize("He won in 2016 elections.")) == []


def test_sentence_initial_year_before_a_name() -> None:
    assert [t.year for t in find_times(tokenize("In 2017 Putin met Erdogan twice."))] == [2017]


def test_weekends_read_at_a_weekend() -> None:
    sunday, week = dt.date(2017, 11, 26), Precision.WEEK
    assert only_time("They met last weekend.").resolve(sunday, PAST) == span("2017-11-18", "2017-11-19", week)
    assert only_time("They met this weekend.").resolve(sunday, PAST) == span("2017-11-25", "2017-11-26", week)
    assert only_time("They will meet next weekend.").resolve(sunday, FUTURE) == span("2017-12-02", "2017-12-03", week)
    saturday = dt.date(2017, 11, 25)  # a past meeting "this weekend", said on Saturday, was that day
    assert only_time("They met this weekend.").resolve(saturday, PAST) == span("2017-11-25", "2017-11-25", week)


def test_outlet_named_after_a_weekday_is_no_date() -> None:
    assert find_times(tokenize("Putin met Erdogan, The Sunday Times reported.")) == []


# -- properties ----------------------------------------------------------------

anchors = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Phrases that point back from the anchor (read PAST) and forward from it (read FUTURE).
BACKWARD = (
    "yesterday",
    "last week",
    "last weekend",
    "this weekend",
    "over the weekend",
    "this past weekend",
    "two days ago",
    "three weeks ago",
    "today",
    "last Monday",
)
FORWARD = ("tomorrow", "next week", "today", "next Friday", "this weekend", "next weekend", "over the weekend")


@given(anchors, st.sampled_from(BACKWARD + WEEKDAY_NAMES))
@example(dt.date(2017, 11, 23), "Thursday")
@example(dt.date(2017, 11, 20), "last Monday")
def test_past_reading_never_lands_after_the_anchor(anchor: dt.date, phrase: str) -> None:
    resolved = only_time(f"They met {phrase}.").resolve(anchor, PAST)
    assert resolved is not None
    assert resolved.end <= anchor


@given(anchors, st.sampled_from(FORWARD + WEEKDAY_NAMES))
@example(dt.date(2017, 11, 23), "Thursday")
@example(dt.date(2017, 12, 31), "next week")
def test_future_reading_never_lands_before_the_anchor(anchor: dt.date, phrase: str) -> None:
    resolved = only_time(f"They will meet {phrase}.").resolve(anchor, FUTURE)
    assert resolved is not None
    assert resolved.start >= anchor


@given(anchors, st.sampled_from(("January", "June", "November", "December")), st.sampled_from(Direction))
def test_month_names_fall_on_the_side_of_the_direction(anchor: dt.date, name: str, direction: Direction) -> None:
    resolved = only_time(f"They met in {name}.").resolve(anchor, direction)
    assert resolved is not None and resolved.precision is Precision.MONTH
    if direction is PAST:
        assert resolved.start <= anchor
    elif direction is FUTURE:
        assert resolved.end >= anchor
    else:
        assert abs((resolved.start - anchor).days) <= 366


@given(anchors, st.integers(-30, 30), st.sampled_from(BACKWARD + FORWARD + WEEKDAY_NAMES), st.sampled_from(Direction))
@example(dt.date(2017, 11, 23), 1, "Monday", Direction.PAST)
def test_shifting_the_anchor_by_weeks_shifts_the_date(
    anchor: dt.date, weeks: int, phrase: str, direction: Direction
) -> None:
    expression = only_time(f"They met {phrase}.")
    delta = dt.timedelta(weeks=weeks)
    before, after = expression.resolve(anchor, direction), expression.resolve(anchor + delta, direction)
    assert before is not None and after is not None
    assert after == before.shifted(delta)


# -- times counted from another event ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "offset"),
    [
        ("They spoke a month later.", "months", 1),
        ("They spoke two days later.", "days", 2),
        ("They had met three weeks earlier.", "weeks", -3),
        ("They spoke the next day.", "days", 1),
        ("They spoke the following week.", "weeks", 1),
        ("They had spoken the previous day.", "days", -1),
        ("They spoke later that day.", "days", 0),
        ("They had spoken earlier that day.", "days", 0),
        ("They spoke on the same day.", "days", 0),
        ("Earlier in the day, they spoke.", "days", 0),
        ("It came a day after they spoke.", "days", -1),
        ("It came two weeks before they met.", "weeks", 2),
        ("The day before, they had spoken.", "days", -1),
        ("The day before they had spoken by phone.", "days", -1),
        ("The week after he flew to Ankara.", "weeks", 1),
        ("They met again the month after.", "months", 1),
    ],
)
def test_times_counted_from_another_event(text: str, unit: str, offset: int) -> None:
    time = only_time(text)
    assert (time.kind, time.unit, time.offset) == (TimeKind.LATER, unit, offset)
    assert time.resolve(THURSDAY, PAST) is None  # the publication date is not what they count from


def test_days_after_counts_some_days_back_from_the_event_told() -> None:
    after = only_time("The call came days after they met.")
    assert (after.kind, after.unit, after.offset, after.pivot, after.vague) == (TimeKind.LATER, "days", -1, True, True)
    told = DateSpan.from_date(dt.date(2023, 5, 4))
    assert (str(after.counted_from(told).start), str(after.counted_from(told).end)) == ("2023-04-24", "2023-05-02")
    before = only_time("They met weeks before the vote.")
    assert (str(before.counted_from(told).start), str(before.counted_from(told).end)) == ("2023-05-11", "2023-06-29")
    assert find_times(tokenize("In the days after the summit, they met.")) == []  # a stretch of days, no count


def test_a_day_after_counts_back_the_event_of_its_clause() -> None:
    after = only_time("The call came a day after they met.")
    assert (after.pivot, after.today, after.offset) == (True, False, -1)
    assert not only_time("They met a day after May 5.").pivot  # an explicit date: no pivot
    assert only_time("Earlier in the day, they spoke.").today  # with nothing told before: the anchor's day


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("09:15 CET, March 4, 2024\nScholz met Macron on Friday.", True),
        ("Updated: 4 March 2024 Scholz met Macron on Friday.", True),
        ("Posted 4 March 2024 16:40 GMT Scholz met Macron.", True),
        ("Scholz met Macron at 09:15 on March 4, 2024.", False),
        ("Scholz published a paper on 4 March 2024.", False),
    ],
)
def test_a_page_s_time_stamp_dates_no_event(text: str, stamp: bool) -> None:
    [date] = [t for t in find_times(tokenize(text)) if t.kind is TimeKind.DATE]
    assert (date.relation == "dateline") is stamp


def test_overnight_is_today_unless_a_noun() -> None:
    assert only_time("They spoke overnight.").resolve(THURSDAY, PAST) == span("2017-11-23")
    assert find_times(tokenize("He made an overnight stop in Baku.")) == []


@pytest.mark.parametrize(
    "text",
    ["They met the day before the summit.", "They met the day before Christmas.", "The day after that was calm."],
)
def test_the_day_before_something_named_is_no_step_of_its_own(text: str) -> None:
    assert all(t.kind is not TimeKind.LATER for t in find_times(tokenize(text, 0, len(text))))


@pytest.mark.parametrize("text", ["Talks went on for the next days.", "They met in the same week."])
def test_no_count_without_a_single_step(text: str) -> None:
    assert all(t.kind is not TimeKind.LATER for t in find_times(tokenize(text, 0, len(text))))


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("They spoke the next day.", span("2017-07-05"), span("2017-07-06")),
        ("They spoke a month later.", span("2017-07-05"), month(2017, 8)),
        ("They spoke a month later.", month(2017, 7), month(2017, 8)),
        ("They spoke a week later.", span("2017-07-05"), span("2017-07-10", "2017-07-16", Precision.WEEK)),
        ("They spoke a year later.", month(2017, 7), span("2018-01-01", "2018-12-31", Precision.YEAR)),
        ("They met again two decades later.", DateSpan.from_year(1985), DateSpan.from_year(2005)),
        ("They spoke two days later.", month(2017, 7), span("2017-07-03", "2017-08-02", Precision.MONTH)),
        ("They spoke the following Monday.", span("2017-07-05"), span("2017-07-10")),
        ("They spoke on the next Wednesday.", span("2017-07-05"), span("2017-07-12")),
        ("They spoke the following Friday.", span("2017-07-03", "2017-07-05"), span("2017-07-07")),
        ("They spoke the following Monday.", month(2017, 7), month(2017, 7)),
    ],
)
def test_counted_from_a_reference(text: str, reference: DateSpan, expected: DateSpan) -> None:
    assert only_time(text).counted_from(reference) == expected


@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), st.integers(-40, 40))
def test_counting_days_from_a_day_moves_it_by_that_many_days(day: dt.date, days: int) -> None:
    later = TimeExpression(start=0, end=3, kind=TimeKind.LATER, unit="days", offset=days)
    assert later.counted_from(DateSpan.from_date(day)) == DateSpan.from_date(day + dt.timedelta(days=days))


@given(st.dates(), st.integers(-30_000, 30_000))
def test_month_after_is_the_month_relativedelta_gives(day: dt.date, months: int) -> None:
    # the resolver counts months without dateutil: same month, and an error where dateutil's date has no year
    from dateutil.relativedelta import relativedelta

    from diplomacy_events.timex import _month_after

    try:
        expected = day + relativedelta(months=months)
    except ValueError:
        with pytest.raises(ValueError):
            _month_after(day, months)
        return
    assert _month_after(day, months) == expected.replace(day=1)


_AGO_WORDS = st.sampled_from(
    ["a", "two", "3", "few", "couple", "short", "little", "of", "hours", "while", "days", "month", "ago", "later"]
)


@given(st.lists(_AGO_WORDS, min_size=1, max_size=6))
def test_a_number_the_ago_gate_turns_away_has_no_unit_of_time_after_it(words: list[str]) -> None:
    # ago_at stops at once when the word after the number can neither be a unit nor lead to one ("a few hours")
    from diplomacy_events.lexicon import UNITS
    from diplomacy_events.timex import _WITHIN_DAY_NEXT, _Scanner

    scanner = _Scanner(tokenize(" ".join(words)))
    after = words[1] if len(words) > 1 else ""
    if after not in UNITS and after not in _WITHIN_DAY_NEXT:
        assert scanner.within_day(0) is None
        assert not UNITS.get(after)
        assert scanner.ago_at(0) is None


_COUNT_WORDS = ["a", "an", "two", "several", "few", "couple", "days", "hours", "of", "meeting"]
_COUNT_WORDS += ["ago", "later", "after", "May", "5", "last", ","]


@given(st.lists(st.sampled_from(_COUNT_WORDS), max_size=8))
def test_the_scan_passes_over_only_counts_that_find_nothing(words: list[str]) -> None:
    # scan() skips a count word ("a", "two") with no unit of time after it: expression_at finds nothing there either
    from diplomacy_events.timex import _COUNTED, _COUNTS

    assert _COUNTS and all(_WORD_SHAPES[key] == (_Scanner.ago_at,) for key in _COUNTS)
    tokens = tokenize(" ".join(words))
    scanner = _Scanner(tokens)
    for i, token in enumerate(tokens):
        after = tokens[i + 1].key if i + 1 < len(tokens) else None
        if token.key in _COUNTS and after not in _COUNTED:
            assert scanner.expression_at(i) is None


@pytest.mark.parametrize("text", ["፩", "on ፫ May ፪፻", "a ፪-day visit", "in ፩፱፱፱", "፩፪፫፬ - talks", "on the ፫th"])
def test_digits_that_are_no_decimal_digits_are_no_numbers(text: str) -> None:
    # "፩" (Ethiopic one) is a digit to str.isdigit but not to int(): no number, no crash
    assert find_times(tokenize(text)) == []
    assert de.parse(text, "2020-06-01").meetings == ()


_START_KEYS = [*_WORD_SHAPES, "met", "", ",", "5th", "1999", "²", "፩", "x1", ":", "/", "9:30", "’s", "٣", "\x7f", "é"]


@given(st.lists(st.sampled_from(_START_KEYS), max_size=12))
def test_expressions_may_begin_at_a_shape_word_or_a_digit(keys: list[str]) -> None:
    expected = [i for i, key in enumerate(keys) if key in _WORD_SHAPES or key[:1].isdigit()]
    assert _starts(keys) == expected


_TIMELESS_WORDS = [*_COUNT_WORDS, *_WORD_SHAPES, "met", "²", "፩", "x1", "’s", "the", "week"]


@given(st.lists(st.sampled_from(_TIMELESS_WORDS), max_size=10))
@example(["a", "meeting", "x1"])
@example(["met", "²"])
def test_a_sentence_found_timeless_has_no_time(words: list[str]) -> None:
    # find_times returns at once where _timeless holds: the full scan finds nothing there either
    tokens = tokenize(" ".join(words))
    keys = [token.key for token in tokens]
    if _timeless(keys):
        assert _Scanner(tokens).scan() == []


@given(st.lists(st.sampled_from(["May", "5", "last", "week", ",", "the", "ago"]), max_size=6))
def test_the_keys_near_a_sentence_are_its_keys_and_blanks_past_its_ends(words: list[str]) -> None:
    # the shapes read scanner.near[i] where they read _key(tokens, i), from _REACH before the sentence to after it
    tokens = tokenize(" ".join(words))
    near = _Scanner(tokens).near
    assert [near[i] for i in range(-_REACH, len(tokens) + _REACH)] == [
        _key(tokens, i) for i in range(-_REACH, len(tokens) + _REACH)
    ]


@given(st.text(max_size=4))
@example("0")
@example("9th")
@example(":")
@example("/")
@example("\x7f")
@example("²")
def test_a_key_of_any_text_starts_an_expression_as_a_shape_word_or_at_a_digit(key: str) -> None:
    assert _starts([key]) == ([0] if key in _WORD_SHAPES or key[:1].isdigit() else [])


#: Words around numbers in time expressions, and numbers of every form a key that begins with a digit may take.
_NUMBERS = ["5", "31", "45", "942", "2017", "12345", "5th", "1st", "31st", "45th", "10am", "²", "፩", "፫th", "١٢"]
_AROUND = ["May", "November", "Nov", ".", ",", "days", "hours", "years", "ago", "later", "after", "today", "in", "on"]


@given(st.lists(st.sampled_from([*_NUMBERS, *_AROUND, "the", "of", "-", "and", "few", "percent"]), max_size=10))
def test_a_number_is_tried_only_by_the_shapes_that_may_fit_it(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    scanner = _Scanner(tokens)
    for i, token in enumerate(tokens):
        if token.key[:1].isdigit():
            left_out = [shape for shape in _DIGIT_SHAPES if shape not in _digit_shapes(token.key)]
            assert [shape(scanner, i) for shape in left_out] == [None] * len(left_out)


def test_a_year_that_names_an_event_is_no_time() -> None:
    assert [t.text for t in find_times(tokenize("After the war of 1965, Shastri and Ayub met in Tashkent."))] == []
    assert [t.text for t in find_times(tokenize("Since the crisis of 1962, they have met twice in 1963."))] == ["1963"]
    assert [t.text for t in find_times(tokenize("They met in the spring of 1965."))] != []  # a season's year is a time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two presidents met in Astana on 03.04.2019.", "2019-04-03"),
        ("12.11.2018\nPutin received Tokayev in Sochi.", "2018-11-12"),
    ],
)
def test_a_dotted_numeric_date_is_day_month_year(text: str, expected: str) -> None:
    assert only_time(text).resolve(THURSDAY, PAST) == DateSpan.from_date(dt.date.fromisoformat(expected))


@pytest.mark.parametrize("text", ["They met on 03/04/2019.", "Release 1.2.3 shipped.", "Code 31.13.2019 failed."])
def test_no_date_where_the_marks_or_the_month_do_not_fit(text: str) -> None:
    assert [t for t in find_times(tokenize(text)) if t.day is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Exports fell by half in the last quarter.",
        "He spent the first half of the match on the bench.",
        "A quarter of 2018's budget went to roads.",
    ],
)
def test_a_part_of_no_year_is_no_span_of_months(text: str) -> None:
    """A quarter or half of a year needs its ordinal and the year: else it is no time of months."""
    assert not any(t.kind is TimeKind.MONTH and t.last_month for t in find_times(tokenize(text)))


def test_dated_items_of_a_ministry_page_are_dated_by_their_own_lines() -> None:
    text = (
        "News\n\n10.04.2019\nPresident Tokayev had a telephone conversation with President Erdogan.\n\n"
        "03.04.2019\nPresident Tokayev held talks with President Putin in the Kremlin."
    )
    result = de.parse(text, published="2019-04-26")
    assert sorted((str(m.date), m.participants[1].name) for m in result.meetings) == [
        ("2019-04-03", "Vladimir Putin"),
        ("2019-04-10", "Recep Tayyip Erdogan"),
    ]


def test_the_weekday_of_a_story_told_is_never_the_day_of_writing() -> None:
    friday = dt.date(2024, 11, 22)
    told = only_time("Also in Lima, on the Friday, Ishiba had his first sit-down with Xi.")
    assert told.resolve(friday, PAST) == DateSpan.from_date(dt.date(2024, 11, 15))
    assert told.resolve(friday, Direction.FUTURE) == DateSpan.from_date(dt.date(2024, 11, 29))
    assert only_time("Ishiba met Xi on Friday.").resolve(friday, PAST) == DateSpan.from_date(friday)
    assert only_time("Ishiba met Xi on the Tuesday.").resolve(friday, PAST) == DateSpan.from_date(dt.date(2024, 11, 19))


def test_a_recap_s_weekday_is_that_day_of_the_days_told_before() -> None:
    text = (
        "Erdogan met Putin at the summit in Sochi from 19 to 22 November. He had breakfast with Rouhani on the Monday."
    )
    rows = [([p.name for p in m.participants], str(m.date)) for m in de.parse(text, published="2017-11-28").meetings]
    assert (["Recep Tayyip Erdogan", "Hassan Rouhani"], "2017-11-20") in rows
    text = "Erdogan met Putin in Sochi on 22 November. He had breakfast with Rouhani on the Monday."
    rows = [([p.name for p in m.participants], str(m.date)) for m in de.parse(text, published="2017-11-28").meetings]
    assert (["Recep Tayyip Erdogan", "Hassan Rouhani"], "2017-11-27") in rows  # no Monday told: the last one


@pytest.mark.parametrize(
    ("text", "last_day"),
    [("Lula met Petro on 6/7 October.", 7), ("Lula met Petro on May 3/17.", None), ("They met on May 3 to 17.", 17)],
)
def test_a_slash_joins_only_two_days_in_a_row(text: str, last_day: int | None) -> None:
    """ "6/7 October" is both days; "May 3/17" is no fortnight (a slash joins two days in a row only)."""
    [time] = [t for t in find_times(tokenize(text)) if t.day is not None]
    assert time.last_day == last_day
