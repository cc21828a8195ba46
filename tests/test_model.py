"""The model's invariants: bad values raise InvalidValueError naming the field and the value."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given

import strategies
from diplomacy_events import (
    Country,
    DateSpan,
    Evidence,
    Head,
    InvalidDateError,
    InvalidValueError,
    Meeting,
    MeetingKind,
    Office,
    Participant,
    Place,
    Precision,
    Report,
    Role,
    Source,
    Status,
    UnknownCountryError,
)

EVIDENCE = Evidence(text="They met.", start=0, end=9)
SPAIN, PORTUGAL = Country(code="ESP"), Country(code="PRT")
ANA = Participant(name="Ana Ruiz", country=SPAIN)
JOAO = Participant(name="João Lima", country=PORTUGAL)


def _meeting(**changes: Any) -> Meeting:
    fields: dict[str, Any] = {
        "participants": (ANA, JOAO),
        "kind": MeetingKind.MEETING,
        "status": Status.OCCURRED,
        "evidence": EVIDENCE,
    }
    return Meeting(**{**fields, **changes})


INVALID = [
    pytest.param(lambda: Country(code="XXX"), UnknownCountryError, "code", "XXX", id="unknown-code"),
    pytest.param(lambda: Country(code="esp"), UnknownCountryError, "code", "esp", id="lowercase-code"),
    pytest.param(
        lambda: DateSpan(start=dt.date(2016, 5, 2), end=dt.date(2016, 5, 1)),
        InvalidDateError,
        "end",
        dt.date(2016, 5, 1),
        id="reversed-span",
    ),
    pytest.param(
        lambda: DateSpan(start=dt.datetime(2016, 5, 1, 12), end=dt.date(2016, 5, 1)),
        InvalidDateError,
        "start",
        dt.datetime(2016, 5, 1, 12),
        id="datetime-not-date",
    ),
    pytest.param(lambda: DateSpan.from_month(2016, 13), InvalidDateError, "month", (2016, 13), id="month-13"),
    pytest.param(
        lambda: Office(
            country=SPAIN,
            role=Role.KING,
            head=Head.STATE,
            start=dt.date(2010, 1, 1),
            end=dt.date(2009, 1, 1),
        ),
        InvalidDateError,
        "end",
        dt.date(2009, 1, 1),
        id="office-ends-before-start",
    ),
    pytest.param(lambda: Place(country=SPAIN, city="  "), InvalidValueError, "city", "  ", id="blank-city"),
    pytest.param(
        lambda: Evidence(text="abc", start=-1, end=2),
        InvalidValueError,
        "start",
        -1,
        id="negative-start",
    ),
    pytest.param(lambda: Evidence(text="abc", start=0, end=5), InvalidValueError, "end", 5, id="end-mismatch"),
    pytest.param(lambda: Source(outlet=""), InvalidValueError, "outlet", "", id="empty-outlet"),
    pytest.param(lambda: Participant(), InvalidValueError, "name", None, id="nameless-countryless"),
    pytest.param(
        lambda: _meeting(participants=(ANA, ANA)),
        InvalidValueError,
        "participants",
        (ANA, ANA),
        id="one-person",
    ),
    pytest.param(
        lambda: _meeting(confidence=1.5),
        InvalidValueError,
        "confidence",
        1.5,
        id="confidence-above-1",
    ),
    pytest.param(lambda: _meeting(host=SPAIN), InvalidValueError, "host", SPAIN, id="host-of-a-non-visit"),
    pytest.param(
        lambda: _meeting(also_reported=[Report(source=Source(outlet="Wire"))]),
        InvalidValueError,
        "also_reported",
        (Report(source=Source(outlet="Wire")),),
        id="meeting-report-without-evidence",
    ),
]


@pytest.mark.parametrize(("build", "error", "field", "value"), INVALID)
def test_invariants_raise_naming_field_and_value(build: Any, error: type[Exception], field: str, value: Any) -> None:
    with pytest.raises(error) as caught:
        build()
    assert isinstance(caught.value, InvalidValueError)
    assert caught.value.field == field
    assert caught.value.value == value
    assert field in str(caught.value)


WRONG_TYPES = [
    pytest.param(lambda: Evidence(text=b"abc", start=0, end=3), "text", id="bytes-text"),
    pytest.param(lambda: Participant(name="Ana Ruiz", country="ESP"), "country", id="country-as-code"),
    pytest.param(lambda: Participant(name="Ana Ruiz", role="king"), "role", id="role-as-text"),
    pytest.param(lambda: _meeting(kind="visit"), "kind", id="kind-as-text"),
    pytest.param(lambda: _meeting(explanation="why"), "explanation", id="explanation-as-text"),
]


@pytest.mark.parametrize(("build", "field"), WRONG_TYPES)
def test_a_value_of_the_wrong_type_raises_attrs_type_error(build: Any, field: str) -> None:
    # the models' own validators (one plain call each) fail the way attrs.validators.instance_of does
    with pytest.raises(TypeError) as caught:
        build()
    assert caught.value.args[0].startswith(f"'{field}' must be ")
    assert caught.value.args[1].name == field


def test_a_visit_may_have_a_host() -> None:
    assert _meeting(kind=MeetingKind.VISIT, host=PORTUGAL).host == PORTUGAL


def test_country_names_and_kosovo() -> None:
    assert Country(code="PRT").name == "Portugal"
    assert Country(code="XKX").name == "Kosovo"
    assert str(Country(code="FIN")) == "FIN"


@pytest.mark.parametrize(
    ("span", "start", "end", "precision", "text"),
    [
        pytest.param(
            DateSpan.from_date(dt.date(2016, 2, 29)),
            dt.date(2016, 2, 29),
            dt.date(2016, 2, 29),
            Precision.DAY,
            "2016-02-29",
            id="day",
        ),
        pytest.param(
            DateSpan.from_week(dt.date(2016, 3, 3)),
            dt.date(2016, 2, 29),
            dt.date(2016, 3, 6),
            Precision.WEEK,
            "2016-02-29..2016-03-06",
            id="week-from-thursday",
        ),
        pytest.param(
            DateSpan.from_month(2016, 2),
            dt.date(2016, 2, 1),
            dt.date(2016, 2, 29),
            Precision.MONTH,
            "2016-02",
            id="leap-february",
        ),
        pytest.param(
            DateSpan.from_month(2015, 2),
            dt.date(2015, 2, 1),
            dt.date(2015, 2, 28),
            Precision.MONTH,
            "2015-02",
            id="february",
        ),
        pytest.param(
            DateSpan.from_year(2015),
            dt.date(2015, 1, 1),
            dt.date(2015, 12, 31),
            Precision.YEAR,
            "2015",
            id="year",
        ),
    ],
)
def test_date_span_constructors(span: DateSpan, start: dt.date, end: dt.date, precision: Precision, text: str) -> None:
    assert (span.start, span.end, span.precision, str(span)) == (start, end, precision, text)


def test_date_span_relations() -> None:
    march = DateSpan.from_month(2016, 3)
    last_day = DateSpan.from_date(dt.date(2016, 3, 31))
    april_first = DateSpan.from_date(dt.date(2016, 4, 1))
    assert march.contains(last_day) and march.overlaps(last_day)
    assert not march.overlaps(april_first) and not march.contains(april_first)
    assert march.days == 31
    assert last_day.shifted(dt.timedelta(days=1)) == april_first


@given(strategies.date_spans())
def test_every_span_is_ordered_and_contains_itself(span: DateSpan) -> None:
    assert span.start <= span.end
    assert span.days >= 1
    assert span.contains(span) and span.overlaps(span)


@given(strategies.meetings())
def test_meeting_countries_are_the_participants_countries(meeting: Meeting) -> None:
    assert meeting.countries == {p.country.code for p in meeting.participants if p.country}
    assert len({p.key for p in meeting.participants}) >= 2
