"""Round trips of every model class through dicts and JSON, and the published JSON Schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from diplomacy_events import (
    BadInputError,
    Country,
    DateSpan,
    Evidence,
    Leader,
    Meeting,
    Office,
    ParseResult,
    Participant,
    Place,
    Report,
    Source,
    Summit,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from diplomacy_events.serialize import PUBLISHED_SCHEMAS, json_schema

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "docs" / "schema"

ROUND_TRIPS = [
    pytest.param(Country, strategies.countries(), id="Country"),
    pytest.param(DateSpan, strategies.date_spans(), id="DateSpan"),
    pytest.param(Office, strategies.offices(), id="Office"),
    pytest.param(Leader, strategies.leaders(), id="Leader"),
    pytest.param(Place, strategies.places(), id="Place"),
    pytest.param(Evidence, strategies.evidence(), id="Evidence"),
    pytest.param(Source, strategies.sources(), id="Source"),
    pytest.param(Participant, strategies.participants(), id="Participant"),
    pytest.param(Report, strategies.reports(), id="Report"),
    pytest.param(Meeting, strategies.meetings(), id="Meeting"),
    pytest.param(Summit, strategies.summits(), id="Summit"),
    pytest.param(ParseResult, strategies.parse_results(), id="ParseResult"),
]


@pytest.mark.parametrize(("cls", "values"), ROUND_TRIPS)
def test_round_trip_through_dict_and_json(cls: type[Any], values: st.SearchStrategy[Any]) -> None:
    @given(values)
    def check(value: Any) -> None:
        assert from_dict(to_dict(value), cls) == value
        assert from_json(to_json(value), cls) == value
        assert json.loads(to_json(value)) == to_dict(value)

    check()


def test_dict_shape_uses_codes_iso_dates_and_enum_values() -> None:
    place = Place(country=Country(code="PRT"), city="Porto")
    assert to_dict(place) == {"country": "PRT", "city": "Porto"}
    assert to_dict(DateSpan.from_month(2016, 2)) == {
        "start": "2016-02-01",
        "end": "2016-02-29",
        "precision": "month",
    }


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        pytest.param({"country": "ZZZ"}, Place, id="unknown-country"),
        pytest.param({"start": "2016-13-01", "end": "2016-12-01"}, DateSpan, id="bad-date"),
        pytest.param({"city": "Porto"}, Place, id="missing-country"),
        pytest.param([1, 2], Evidence, id="not-an-object"),
    ],
)
def test_bad_data_raises_a_library_error(data: Any, cls: type[Any]) -> None:
    with pytest.raises((BadInputError, ValueError)) as caught:
        from_dict(data, cls)
    assert caught.type.__module__.startswith("diplomacy_events")


def test_malformed_json_is_bad_input() -> None:
    with pytest.raises(BadInputError):
        from_json("{not json", Meeting)


@pytest.mark.parametrize("cls", PUBLISHED_SCHEMAS, ids=lambda cls: cls.__name__)
def test_published_schema_is_current(cls: type[Any]) -> None:
    """Regenerate with ``python docs/schema/generate.py`` when this fails."""
    path = SCHEMA_DIR / f"{cls.__name__.lower()}.schema.json"
    assert json.loads(path.read_text(encoding="utf-8")) == json_schema(cls)


@given(strategies.meetings())
def test_schema_names_every_field_of_a_meeting(meeting: Meeting) -> None:
    schema = json_schema(Meeting)
    assert set(schema["properties"]) == set(to_dict(meeting))
    assert set(schema["required"]) == {"participants", "kind", "status", "evidence"}
