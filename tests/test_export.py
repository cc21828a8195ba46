"""Exports: JSON Lines, CSV, CAMEO codes, the pandas and networkx extras, and the query CLI."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from importlib import resources
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
from diplomacy_events.errors import InvalidValueError, MissingExtraError
from diplomacy_events.export import (
    MEETING_COLUMNS,
    PAIR_COLUMNS,
    PARTICIPANT_COLUMNS,
    SOURCE_COLUMNS,
    CameoEvent,
    cameo_codes,
    cameo_events,
    network_records,
    plover_events,
    read_jsonl,
    to_dataframe,
    to_graph,
    write_cameo,
    write_csv,
    write_jsonl,
    write_plover,
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
    identified = attrs.evolve(source, id="a1")  # the line's id names the document
    assert events.meetings == (attrs.evolve(talks, source=identified), talks)
    assert events.summits == (attrs.evolve(summit, source=identified),)


def test_a_source_s_own_id_wins_over_the_batch_line_s() -> None:
    talks = meeting(RUIZ, LIMA, source=Source(id="ledger-7"))
    line = json.dumps({"id": 7, "meetings": [to_dict(talks), to_dict(meeting(LIMA, KAYA))]})
    first, second = read_jsonl([line]).meetings
    assert first.source == Source(id="ledger-7") and second.source == Source(id="7")


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


# -- CSV: wide, long and pairs ------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def written(meetings: list[Meeting], **options: Any) -> tuple[int, list[dict[str, str]]]:
    buffer = io.StringIO()
    count = write_csv(meetings, buffer, **options)
    return count, read_csv(buffer.getvalue())


def document(m: Meeting) -> dict[str, str]:
    """The source columns a row of ``m`` has, as the csv module reads them."""
    source = m.source or Source()
    values = (source.id, source.outlet, source.title, source.published, source.url)
    return {column: "" if value is None else str(value) for column, value in zip(SOURCE_COLUMNS, values, strict=True)}


@given(st.lists(strategies.meetings(), max_size=6))
def test_csv_rows_per_meeting_participant_and_pair_name_their_document(meetings: list[Meeting]) -> None:
    count, rows = written(meetings)
    assert count == len(rows) == len(meetings)
    for number, (row, m) in enumerate(zip(rows, meetings, strict=True), start=1):
        assert row["meeting"] == str(number) and row["kind"] == m.kind.value and row["evidence"] == m.evidence.text
        assert row["date_start"] == (m.date.start.isoformat() if m.date else "")
        assert row["date_precision"] == (m.date.precision.value if m.date else "")
        assert row["reports"] == str(1 + len(m.also_reported))
        assert {k: row[k] for k in SOURCE_COLUMNS} == document(m)
    count, long_rows = written(meetings, rows="participant")
    assert count == len(long_rows) == sum(len(m.participants) for m in meetings)
    for row in long_rows:  # the long rows regroup into the meetings, in order
        m = meetings[int(row["meeting"]) - 1]
        assert {k: row[k] for k in SOURCE_COLUMNS} == document(m) and row["evidence"] == m.evidence.text
    regrouped = [[r["name"] for r in long_rows if r["meeting"] == str(n)] for n in range(1, len(meetings) + 1)]
    assert regrouped == [[p.name or "" for p in m.participants] for m in meetings]
    count, pairs = written(meetings, rows="pair")
    assert count == len(pairs) == sum(len(m.participants) * (len(m.participants) - 1) // 2 for m in meetings)


VISIT = meeting(
    RUIZ,
    LIMA,
    KAYA,
    kind=MeetingKind.VISIT,
    host=PRT,
    date=DateSpan.from_month(2016, 3),
    place=Place(country=PRT, city="Porto"),
    source=Source(id="wire-88", outlet="Wire Service", title="Three leaders in Porto", url="https://example.org/x"),
)


def test_csv_example_rows() -> None:
    _, (row,) = written([VISIT])
    assert tuple(row) == MEETING_COLUMNS
    assert row["participants"] == "Ana Ruiz; João Lima; Emre Kaya"
    assert (row["date_start"], row["date_end"], row["date_precision"]) == ("2016-03-01", "2016-03-31", "month")
    assert (row["host"], row["city"], row["summit"]) == ("PRT", "Porto", "")
    assert (row["document_id"], row["outlet"], row["title"]) == ("wire-88", "Wire Service", "Three leaders in Porto")
    _, long_rows = written([VISIT], rows="participant")
    assert tuple(long_rows[0]) == PARTICIPANT_COLUMNS
    assert [(r["meeting"], r["name"], r["country"], r["host"]) for r in long_rows] == [
        ("1", "Ana Ruiz", "ESP", "PRT"),
        ("1", "João Lima", "PRT", "PRT"),
        ("1", "Emre Kaya", "TUR", "PRT"),
    ]
    _, pairs = written([VISIT], rows="pair")
    assert tuple(pairs[0]) == PAIR_COLUMNS
    assert [(p["a_name"], p["b_name"], p["document_id"]) for p in pairs] == [
        ("Ana Ruiz", "João Lima", "wire-88"),
        ("Ana Ruiz", "Emre Kaya", "wire-88"),
        ("João Lima", "Emre Kaya", "wire-88"),
    ]


def test_an_unknown_row_form_is_a_typed_error() -> None:
    with pytest.raises(InvalidValueError, match="rows"):
        write_csv([], io.StringIO(), rows="wide")  # type: ignore[arg-type]


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

#: The CAMEO codebook's Goldstein scores of the codes used (checked by hand against the GDELT table).
GOLDSTEIN = {"036": 4.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5}


@pytest.mark.parametrize(("fields", "codes"), CAMEO_CASES)
def test_cameo_codes(fields: dict[str, Any], codes: dict[tuple[str, str], str]) -> None:
    events = cameo_events([meeting(RUIZ, LIMA, date=DateSpan.from_date(dt.date(2016, 3, 7)), **fields)])
    assert {(e.source_actor, e.target_actor): e.code for e in events} == codes
    assert {e.date for e in events} == {dt.date(2016, 3, 7)}
    assert {(e.quad_class, e.goldstein) for e in events} == {(1, GOLDSTEIN[code]) for code in codes.values()}


def test_the_cameo_table_names_each_code_with_its_source() -> None:
    table = cameo_codes()
    assert {code: entry.goldstein for code, entry in table.items()} == GOLDSTEIN
    assert all(entry.quad_class == 1 for entry in table.values())  # roots 03 and 04: verbal cooperation
    assert table["044"].name == "Meet at a 'third' location"
    about = json.loads((resources.files("diplomacy_events") / "data" / "cameo.json").read_text("utf-8"))["about"]
    assert "CAMEO" in about and "GDELT" in about


def test_cameo_rows_keep_the_date_precision_and_the_document() -> None:
    buffer = io.StringIO()
    assert write_cameo([VISIT], buffer) == 6
    rows = read_csv(buffer.getvalue())
    assert tuple(rows[0]) == tuple(field.name for field in attrs.fields(CameoEvent))
    first = rows[0]
    assert (first["date"], first["date_end"], first["date_precision"]) == ("2016-03-01", "2016-03-31", "month")
    assert {(r["document_id"], r["url"], r["title"]) for r in rows} == {
        ("wire-88", "https://example.org/x", "Three leaders in Porto")
    }
    codes = {(r["source_actor"], r["target_actor"]): (r["code"], r["goldstein"]) for r in rows}
    assert codes["ESPGOV", "PRTGOV"] == ("042", "1.9") and codes["PRTGOV", "TURGOV"] == ("043", "2.8")


def test_cameo_skips_participants_without_country() -> None:
    unnamed_visitor = Participant(name="Someone Else")
    events = cameo_events([meeting(RUIZ, LIMA, unnamed_visitor)])
    assert len(events) == 2 and {e.root for e in events} == {"04"}


@given(st.lists(strategies.meetings(), max_size=6))
def test_cameo_rows_are_dyadic_and_coded(meetings: list[Meeting]) -> None:
    events = cameo_events(meetings)
    expected = sum((n := sum(1 for p in m.participants if p.country)) * (n - 1) for m in meetings)
    assert len(events) == expected
    assert all(e.code in GOLDSTEIN and e.goldstein == GOLDSTEIN[e.code] for e in events)
    assert all(len(e.source_actor) == 6 and e.source_actor.endswith("GOV") for e in events)
    for e in events:
        m = meetings[e.meeting - 1]
        assert e.date_precision == (m.date.precision.value if m.date else None)
        assert e.document_id == (m.source.id if m.source else None)


# -- PLOVER -----------------------------------------------------------------------------

PLOVER_CASES = [
    pytest.param({"kind": MeetingKind.CALL}, ["phone"], [], id="call"),
    pytest.param({"kind": MeetingKind.VISIT, "host": PRT}, ["visit"], [], id="visit-with-host"),
    pytest.param({"kind": MeetingKind.VISIT}, ["visit"], [], id="visit-host-unknown"),
    pytest.param({"summit": "Harbour summit", "place": Place(country=PRT)}, ["multilateral"], [], id="at-a-summit"),
    pytest.param({"place": Place(country=TUR, city="İzmir")}, ["third-party"], [], id="third-country"),
    pytest.param({"status": Status.PLANNED}, [], ["future"], id="planned"),
    pytest.param({}, [], [], id="plain-talks"),
]


@pytest.mark.parametrize(("fields", "modes", "context"), PLOVER_CASES)
def test_plover_consult_modes_and_context(fields: dict[str, Any], modes: list[str], context: list[str]) -> None:
    (event,) = plover_events([meeting(RUIZ, LIMA, **fields)])
    assert (event["event"], event["mode"], event["context"], event["quad_code"]) == (["CONSULT"], modes, context, 1)
    visitors_and_hosts = fields.get("host") is not None
    source_codes = [actor["code"] for actor in event["source"]]
    recipient_codes = [actor["code"] for actor in event["recipient"]]
    assert (source_codes, recipient_codes) == ((["ESP"], ["PRT"]) if visitors_and_hosts else (["ESP", "PRT"], []))


def test_plover_record_of_a_visit() -> None:
    (event,) = plover_events([VISIT])
    assert event["id"] == "wire-88#1" and event["meeting"] == 1
    assert (event["date"], event["enddate"], event["date_precision"]) == ("2016-03-01", "2016-03-31", "month")
    assert event["source"] == [
        {
            "code": "ESP",
            "sector": "GOV",
            "actor_text": "Ana Ruiz",
            "identifier_id": "ana-ruiz",
            "identifier_text": "Ana Ruiz",
        },
        {
            "code": "TUR",
            "sector": "GOV",
            "actor_text": "Emre Kaya",
            "identifier_id": "emre-kaya",
            "identifier_text": "Emre Kaya",
        },
    ]
    assert [actor["code"] for actor in event["recipient"]] == ["PRT"]
    assert event["event_loc"] == {"name": "Porto", "cc3": "PRT"}
    assert event["event_text"] == ["They met."] and event["text_info"] == {"start": 0, "end": 9}
    assert event["cite_info"] == {
        "citation": "wire-88",
        "url": "https://example.org/x",
        "title": "Three leaders in Porto",
        "publication": "Wire Service",
    }


@given(st.lists(strategies.meetings(), max_size=6))
def test_plover_has_one_json_record_per_meeting_with_every_participant(meetings: list[Meeting]) -> None:
    buffer = io.StringIO()
    assert write_plover(meetings, buffer) == len(meetings)
    events = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert len(events) == len(meetings) and len({e["id"] for e in events}) == len(events)
    for event, m in zip(events, meetings, strict=True):
        actors = [a.get("identifier_text") or a.get("code") for a in (*event["source"], *event["recipient"])]
        assert sorted(actors) == sorted(p.name or str(p.country) for p in m.participants)
        assert event["event"] == ["CONSULT"] and set(event["mode"]) <= {"phone", "visit", "multilateral", "third-party"}
        assert event["date"] == (m.date.start.isoformat() if m.date else None)
        assert event["cite_info"].get("citation") == (m.source.id if m.source else None)


# -- optional extras --------------------------------------------------------------------


@pytest.mark.parametrize(("rows", "columns"), [("meeting", MEETING_COLUMNS), ("participant", PARTICIPANT_COLUMNS)])
def test_dataframe_equals_pandas_reading_the_csv(rows: Any, columns: tuple[str, ...]) -> None:
    pandas = pytest.importorskip("pandas")
    meetings = [VISIT, meeting(LIMA, KAYA, date=DateSpan.from_date(dt.date(2016, 3, 7)), source=Source(id="b-2"))]
    frame = to_dataframe(meetings, rows=rows)
    assert tuple(frame.columns) == columns
    buffer = io.StringIO()
    write_csv(meetings, buffer, rows=rows)
    read = pandas.read_csv(io.StringIO(buffer.getvalue()), parse_dates=["date_start", "date_end", "published"])
    assert read["document_id"].tolist() == frame["document_id"].tolist()
    assert read["date_start"].tolist() == frame["date_start"].tolist()
    assert read["meeting"].tolist() == frame["meeting"].tolist()
    assert str(frame["date_start"].iloc[-1].date()) == "2016-03-07"
    assert len(to_dataframe([meeting(RUIZ, LIMA, KAYA)], rows="pair")) == 3


def test_graph_weights_dates_and_documents() -> None:
    pytest.importorskip("networkx")
    march = DateSpan.from_month(2016, 3)
    graph = to_graph(
        [meeting(RUIZ, LIMA, date=march, source=Source(id="d1")), meeting(LIMA, RUIZ), meeting(LIMA, KAYA)]
    )
    assert graph.number_of_nodes() == 3
    edge = graph["ana-ruiz"]["joao-lima"]
    assert edge == {
        "weight": 2,
        "first": "2016-03-01",
        "last": "2016-03-31",
        "dates": "2016-03; undated",
        "kinds": "meeting; meeting",
        "documents": "d1; ",
    }
    assert graph.nodes["emre-kaya"] == {
        "label": "Emre Kaya",
        "name": "Emre Kaya",
        "leader_id": "emre-kaya",
        "country": "TUR",
        "meetings": 1,
    }
    countries = to_graph([VISIT, meeting(RUIZ, LIMA)], by="country")
    assert countries["ESP"]["PRT"]["weight"] == 2 and countries.nodes["PRT"]["meetings"] == 2


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


@given(st.lists(strategies.meetings(), max_size=6), st.sampled_from(["leader", "country"]))
def test_graph_attributes_are_scalars_and_survive_graphml_and_gexf(meetings: list[Meeting], by: Any) -> None:
    networkx = pytest.importorskip("networkx")
    graph = to_graph(meetings, by=by)
    attributes = [*(d for _, d in graph.nodes(data=True)), *(d for _, _, d in graph.edges(data=True))]
    assert all(_scalar(value) for data in attributes for value in data.values())
    for write, read in ((networkx.write_graphml, networkx.read_graphml), (networkx.write_gexf, networkx.read_gexf)):
        buffer = io.BytesIO()
        write(graph, buffer)
        back = read(io.BytesIO(buffer.getvalue()))
        assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
        edges = {frozenset((a, b)): {k: v for k, v in d.items() if k != "id"} for a, b, d in back.edges(data=True)}
        assert edges == {  # (read_gexf adds each edge's XML id)
            frozenset((a, b)): d for a, b, d in graph.edges(data=True)
        }


def test_an_unknown_network_level_is_a_typed_error() -> None:
    with pytest.raises(InvalidValueError, match="by"):
        network_records([], by="city")  # type: ignore[arg-type]


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
    assert lines[0].split() == ["date", "kind", "status", "participants", "place", "host", "summit", "document"]
    assert len(lines) == 3 and "2016-03-07" in lines[2] and "Ana Ruiz / Emre Kaya" in lines[2]


@pytest.mark.parametrize("form", ["csv", "long", "pairs", "jsonl", "cameo", "plover"])
def test_query_formats_read_batch_lines_from_stdin(form: str) -> None:
    batch = json.dumps({"id": "x", "source": {"outlet": "Daily Ledger"}, "meetings": [to_dict(m) for m in EXAMPLE]})
    status, output = _query(["-", "--involving", "Kaya", "--kind", "call", "--format", form], stdin=batch)
    assert status == 0
    if form == "jsonl":
        (line,) = output.splitlines()
        found = read_jsonl([line]).meetings[0]
        assert found.evidence.text == "Ruiz called Kaya." and found.source == Source(id="x", outlet="Daily Ledger")
    elif form == "plover":
        (line,) = output.splitlines()
        event = json.loads(line)
        assert (event["mode"], event["cite_info"]["citation"]) == (["phone"], "x")
    elif form == "cameo":
        rows = read_csv(output)
        assert [(row["code"], row["document_id"]) for row in rows] == [("041", "x"), ("041", "x")]
    else:
        rows = read_csv(output)
        assert len(rows) == (2 if form == "long" else 1)
        assert all(r["outlet"] == "Daily Ledger" and r["kind"] == "call" and r["document_id"] == "x" for r in rows)


def test_query_reports_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, output = _query([str(tmp_path / "missing.jsonl")])
    assert status == 2 and output == ""  # an input that cannot be opened is a usage error
    assert capsys.readouterr().err.startswith("diplomacy-events query: error: cannot read")
