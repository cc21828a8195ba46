"""Exports: JSON Lines, CSV, CAMEO codes, the pandas and networkx extras, and the query CLI."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from diplomacy_events import (
    BadInputError,
    Country,
    DateSpan,
    Evidence,
    Meeting,
    MeetingKind,
    Participant,
    Place,
    Source,
    Status,
    Summit,
    to_dict,
)
from diplomacy_events.collection import EventCollection
from diplomacy_events.errors import MissingExtraError
from diplomacy_events.export import (
    MEETING_COLUMNS,
    PAIR_COLUMNS,
    cameo_events,
    read_jsonl,
    to_dataframe,
    to_graph,
    write_cameo,
    write_csv,
    write_jsonl,
)
from diplomacy_events.query_cli import add_query_parser

ESP, PRT, TUR = (Country(code=c) for c in ("ESP", "PRT", "TUR"))
RUIZ = Participant(name="Ana Ruiz", country=ESP, leader_id="ana-ruiz")
LIMA = Participant(name="João Lima", country=PRT, leader_id="joao-lima")
KAYA = Participant(name="Emre Kaya", country=TUR, leader_id="emre-kaya")


def meeting(*people: Participant, **fields: Any) -> Meeting:
    text = fields.pop("text", "They met.")
    base: dict[str, Any] = {"kind": MeetingKind.MEETING, "status": Status.OCCURRED}
    return Meeting(
        participants=people,
        evidence=Evidence(text=text, start=0, end=len(text)),
        **{**base, **fields},
    )


event_collections = st.builds(
    lambda meetings, summits: EventCollection([*meetings, *summits]),
    st.lists(strategies.meetings(), max_size=6),
    st.lists(strategies.summits(), max_size=3),
)

# -- JSON Lines -------------------------------------------------------------------------


@given(event_collections)
def test_jsonl_round_trip_is_lossless(events: EventCollection) -> None:
    buffer = io.StringIO()
    assert write_jsonl(events, buffer) == len(events.meetings) + len(events.summits)
    assert read_jsonl(io.StringIO(buffer.getvalue())) == events


def test_batch_lines_are_read_and_lend_their_source() -> None:
    source = Source(outlet="Daily Ledger", published=dt.date(2016, 3, 8))
    talks = meeting(RUIZ, LIMA, date=DateSpan.from_date(dt.date(2016, 3, 7)))
    summit = Summit(name="Harbour summit", status=Status.PLANNED)
    line = json.dumps(
        {
            "id": "a1",
            "source": to_dict(source),
            "meetings": [to_dict(talks)],
            "summits": [to_dict(summit)],
        }
    )
    events = read_jsonl([line, "", json.dumps(to_dict(talks))])
    assert events.meetings == (attrs.evolve(talks, source=source), talks)
    assert events.summits == (attrs.evolve(summit, source=source),)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("{not json", id="not-json"),
        pytest.param("[1, 2]", id="not-an-object"),
        pytest.param('{"something": "else"}', id="unknown-object"),
        pytest.param('{"kind": "meeting", "participants": []}', id="invalid-meeting"),
    ],
)
def test_bad_lines_name_their_number(line: str) -> None:
    with pytest.raises(BadInputError, match="line 2"):
        read_jsonl([json.dumps(to_dict(meeting(RUIZ, LIMA))), line])


# -- CSV --------------------------------------------------------------------------------


@given(st.lists(strategies.meetings(), max_size=6))
def test_csv_has_a_row_per_meeting_and_per_pair(meetings: list[Meeting]) -> None:
    rows_buffer, pairs_buffer = io.StringIO(), io.StringIO()
    assert write_csv(meetings, rows_buffer) == len(meetings)
    pair_count = sum(len(m.participants) * (len(m.participants) - 1) // 2 for m in meetings)
    assert write_csv(meetings, pairs_buffer, pairs=True) == pair_count
    rows = list(csv.DictReader(io.StringIO(rows_buffer.getvalue())))
    pairs = list(csv.DictReader(io.StringIO(pairs_buffer.getvalue())))
    assert len(rows) == len(meetings) and len(pairs) == pair_count
    for row, m in zip(rows, meetings, strict=True):
        assert row["kind"] == m.kind.value and row["evidence"] == m.evidence.text
        assert row["date_start"] == (m.date.start.isoformat() if m.date else "")
        assert row["reports"] == str(1 + len(m.also_reported))


def test_csv_example_rows() -> None:
    visit = meeting(
        RUIZ,
        LIMA,
        KAYA,
        kind=MeetingKind.VISIT,
        host=PRT,
        date=DateSpan.from_month(2016, 3),
        place=Place(country=PRT, city="Porto"),
        source=Source(outlet="Wire Service", url="https://example.org/x"),
    )
    buffer = io.StringIO()
    write_csv([visit], buffer)
    (row,) = csv.DictReader(io.StringIO(buffer.getvalue()))
    assert tuple(row) == MEETING_COLUMNS
    assert row["participants"] == "Ana Ruiz; João Lima; Emre Kaya"
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (
        "2016-03-01",
        "2016-03-31",
        "month",
    )
    assert (row["host"], row["city"], row["outlet"], row["summit"]) == (
        "PRT",
        "Porto",
        "Wire Service",
        "",
    )
    buffer = io.StringIO()
    write_csv([visit], buffer, pairs=True)
    pairs = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert tuple(pairs[0]) == PAIR_COLUMNS
    assert [(p["a_name"], p["b_name"]) for p in pairs] == [
        ("Ana Ruiz", "João Lima"),
        ("Ana Ruiz", "Emre Kaya"),
        ("João Lima", "Emre Kaya"),
    ]


# -- CAMEO ------------------------------------------------------------------------------

CAMEO_CASES = [
    pytest.param(
        {"status": Status.PLANNED},
        {("ESPGOV", "PRTGOV"): "036", ("PRTGOV", "ESPGOV"): "036"},
        id="planned",
    ),
    pytest.param(
        {"kind": MeetingKind.CALL},
        {("ESPGOV", "PRTGOV"): "041", ("PRTGOV", "ESPGOV"): "041"},
        id="call",
    ),
    pytest.param(
        {"kind": MeetingKind.VISIT, "host": PRT},
        {("ESPGOV", "PRTGOV"): "042", ("PRTGOV", "ESPGOV"): "043"},
        id="visit-to-portugal",
    ),
    pytest.param(
        {"place": Place(country=TUR, city="İzmir")},
        {("ESPGOV", "PRTGOV"): "044", ("PRTGOV", "ESPGOV"): "044"},
        id="third-location",
    ),
    pytest.param(
        {"place": Place(country=PRT)},
        {("ESPGOV", "PRTGOV"): "040", ("PRTGOV", "ESPGOV"): "040"},
        id="consult-at-home",
    ),
    pytest.param({}, {("ESPGOV", "PRTGOV"): "040", ("PRTGOV", "ESPGOV"): "040"}, id="consult-no-place"),
]


@pytest.mark.parametrize(("fields", "codes"), CAMEO_CASES)
def test_cameo_codes(fields: dict[str, Any], codes: dict[tuple[str, str], str]) -> None:
    events = cameo_events([meeting(RUIZ, LIMA, date=DateSpan.from_date(dt.date(2016, 3, 7)), **fields)])
    assert {(e.source_actor, e.target_actor): e.code for e in events} == codes
    assert {e.date for e in events} == {dt.date(2016, 3, 7)}


def test_cameo_skips_participants_without_country_and_writes_csv() -> None:
    unnamed_visitor = Participant(name="Someone Else")
    events = cameo_events([meeting(RUIZ, LIMA, unnamed_visitor)])
    assert len(events) == 2 and {e.root for e in events} == {"04"}
    buffer = io.StringIO()
    assert write_cameo([meeting(RUIZ, LIMA, KAYA)], buffer) == 6
    assert (
        buffer.getvalue().splitlines()[0] == "date,source_actor,target_actor,code,source_name,target_name,evidence,url"
    )


@given(st.lists(strategies.meetings(), max_size=6))
def test_cameo_rows_are_dyadic_and_coded(meetings: list[Meeting]) -> None:
    events = cameo_events(meetings)
    expected = sum((n := sum(1 for p in m.participants if p.country)) * (n - 1) for m in meetings)
    assert len(events) == expected
    assert all(e.code in {"036", "040", "041", "042", "043", "044"} for e in events)
    assert all(len(e.source_actor) == 6 and e.source_actor.endswith("GOV") for e in events)


# -- optional extras --------------------------------------------------------------------


def test_dataframe_has_the_csv_columns_and_datetimes() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe([meeting(RUIZ, LIMA, date=DateSpan.from_date(dt.date(2016, 3, 7))), meeting(LIMA, KAYA)])
    assert tuple(frame.columns) == MEETING_COLUMNS
    assert str(frame["date_start"].iloc[0].date()) == "2016-03-07"
    assert len(to_dataframe([meeting(RUIZ, LIMA, KAYA)], pairs=True)) == 3


def test_graph_weights_and_dates() -> None:
    pytest.importorskip("networkx")
    march = DateSpan.from_month(2016, 3)
    graph = to_graph([meeting(RUIZ, LIMA, date=march), meeting(LIMA, RUIZ), meeting(LIMA, KAYA)])
    assert graph.number_of_nodes() == 3
    assert graph["ana-ruiz"]["joao-lima"]["weight"] == 2
    assert graph["ana-ruiz"]["joao-lima"]["dates"] == [march, None]
    assert graph.nodes["emre-kaya"] == {"name": "Emre Kaya", "country": "TUR"}


@pytest.mark.parametrize(("module", "call"), [("pandas", to_dataframe), ("networkx", to_graph)])
def test_missing_extra_raises_a_library_error(monkeypatch: pytest.MonkeyPatch, module: str, call: Any) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match="pip install"):
        call([])


# -- the query subcommand ---------------------------------------------------------------


def _query(argv: list[str], stdin: str = "") -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="diplomacy-events")
    add_query_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["query", *argv])
    out = io.StringIO()
    old_stdin, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        return args.run(args, out), out.getvalue()
    finally:
        sys.stdin = old_stdin


EXAMPLE = [
    meeting(RUIZ, KAYA, text="Ruiz met Kaya.", date=DateSpan.from_date(dt.date(2016, 3, 7))),
    meeting(
        RUIZ,
        KAYA,
        text="Ruiz called Kaya.",
        kind=MeetingKind.CALL,
        date=DateSpan.from_date(dt.date(2015, 5, 1)),
    ),
    meeting(RUIZ, LIMA, text="Ruiz met Lima.", date=DateSpan.from_date(dt.date(2016, 4, 2))),
]


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        write_jsonl(EXAMPLE, stream)
    return path


def test_query_between_countries_in_a_period(events_file: Path) -> None:
    status, output = _query(
        [
            str(events_file),
            "--between",
            "ESP",
            "Turkey",
            "--from",
            "2016-01-01",
            "--to",
            "2016-12-31",
        ]
    )
    assert status == 0
    lines = output.splitlines()
    assert lines[0].split() == ["date", "kind", "status", "participants", "place", "summit"]
    assert len(lines) == 2 and "2016-03-07" in lines[1] and "Ana Ruiz / Emre Kaya" in lines[1]


@pytest.mark.parametrize("form", ["csv", "pairs", "jsonl", "cameo"])
def test_query_formats_read_batch_lines_from_stdin(form: str) -> None:
    batch = json.dumps({"id": "x", "source": {"outlet": "Daily Ledger"}, "meetings": [to_dict(m) for m in EXAMPLE]})
    status, output = _query(["-", "--involving", "Kaya", "--kind", "call", "--format", form], stdin=batch)
    assert status == 0
    if form == "jsonl":
        (line,) = output.splitlines()
        assert read_jsonl([line]).meetings[0].evidence.text == "Ruiz called Kaya."
    elif form == "cameo":
        assert [row["code"] for row in csv.DictReader(io.StringIO(output))] == ["041", "041"]
    else:
        (row,) = csv.DictReader(io.StringIO(output))
        assert row["outlet"] == "Daily Ledger" and row["kind"] == "call"


def test_query_reports_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, output = _query([str(tmp_path / "missing.jsonl")])
    assert status == 1 and output == ""
    assert "error" in capsys.readouterr().err
