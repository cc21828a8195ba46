"""The ``query`` subcommand through ``cli.main``: filters, formats, piping from ``batch``, errors.

The facts below (who met whom, when and where) are invented for the tests.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import itertools
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from diplomacy_events import (
    Country,
    DateSpan,
    Evidence,
    Meeting,
    MeetingKind,
    Participant,
    Place,
    Precision,
    Role,
    Source,
    Status,
    Summit,
    to_dict,
)
from diplomacy_events.cli import main
from diplomacy_events.cli_common import TABLE_COLUMNS
from diplomacy_events.collection import EventCollection, merge, merge_summits
from diplomacy_events.export import MEETING_COLUMNS, PAIR_COLUMNS, CameoEvent, read_jsonl, write_jsonl
from diplomacy_events.normalize import fold

# -- invented events ----------------------------------------------------------------------

RUS, TUR, FRA, DEU = (Country(code=c) for c in ("RUS", "TUR", "FRA", "DEU"))
PUTIN = Participant(name="Vladimir Putin", country=RUS, role=Role.PRESIDENT, leader_id="vladimir-putin")
ERDOGAN = Participant(name="Recep Tayyip Erdoğan", country=TUR, role=Role.PRESIDENT, leader_id="recep-tayyip-erdogan")
MACRON = Participant(name="Emmanuel Macron", country=FRA, role=Role.PRESIDENT, leader_id="emmanuel-macron")
SCHOLZ = Participant(name="Olaf Scholz", country=DEU, role=Role.CHANCELLOR, leader_id="olaf-scholz")


def day(year: int, month: int, number: int) -> DateSpan:
    return DateSpan.from_date(dt.date(year, month, number))


def meeting(*people: Participant, text: str, **fields: Any) -> Meeting:
    base: dict[str, Any] = {"kind": MeetingKind.MEETING, "status": Status.OCCURRED}
    return Meeting(participants=people, evidence=Evidence(text=text, start=0, end=len(text)), **{**base, **fields})


SOCHI = meeting(
    ERDOGAN,
    PUTIN,
    text="Erdoğan visited Putin in Sochi on Wednesday.",
    kind=MeetingKind.VISIT,
    host=RUS,
    date=day(2017, 5, 3),
    place=Place(country=RUS, city="Sochi"),
    source=Source(id="ledger-0505", outlet="Daily Ledger", published=dt.date(2017, 5, 5)),
)
SOCHI_AGAIN = meeting(  # a vaguer report of the same visit: --merge folds it into SOCHI
    PUTIN,
    ERDOGAN,
    text="Earlier this month Erdoğan travelled to Russia to see Putin.",
    kind=MeetingKind.VISIT,
    host=RUS,
    date=DateSpan.from_month(2017, 5),
    place=Place(country=RUS),
    source=Source(id="wire-0520", outlet="Wire Service", published=dt.date(2017, 5, 20)),
    confidence=0.75,
)
HAMBURG = meeting(
    PUTIN,
    ERDOGAN,
    MACRON,
    text="Putin, Erdoğan and Macron talked on the sidelines of the Hamburg summit.",
    date=day(2017, 7, 7),
    place=Place(country=DEU, city="Hamburg"),
    summit="Hamburg summit",
)
CALL = meeting(PUTIN, ERDOGAN, text="Putin and Erdoğan spoke by phone.", kind=MeetingKind.CALL, date=day(2017, 7, 15))
ANKARA = meeting(
    PUTIN,
    ERDOGAN,
    text="Putin will visit Ankara on December 11.",
    kind=MeetingKind.VISIT,
    status=Status.PLANNED,
    host=TUR,
    date=day(2017, 12, 11),
    place=Place(country=TUR, city="Ankara"),
)
NEW_YEAR = meeting(  # straddles the end of 2017: overlaps the year but is not contained in it
    PUTIN,
    ERDOGAN,
    text="Putin and Erdoğan met over the new year.",
    date=DateSpan(start=dt.date(2017, 12, 28), end=dt.date(2018, 1, 3), precision=Precision.WEEK),
)
PETERSBURG = meeting(
    PUTIN,
    ERDOGAN,
    text="Putin received Erdoğan in Saint Petersburg.",
    date=day(2016, 8, 9),
    place=Place(country=RUS, city="Saint Petersburg"),
)
UNDATED = meeting(PUTIN, ERDOGAN, text="Putin and Erdoğan have met many times.")
PARIS = meeting(
    ERDOGAN,
    MACRON,
    text="Erdoğan visited Macron in Paris.",
    kind=MeetingKind.VISIT,
    host=FRA,
    date=day(2017, 1, 5),
    place=Place(country=FRA, city="Paris"),
)
PHONE = meeting(MACRON, SCHOLZ, text="Macron called Scholz.", kind=MeetingKind.CALL, date=day(2022, 5, 10))
G20_SUMMIT = Summit(
    name="Hamburg summit",
    organization="G20",
    status=Status.OCCURRED,
    place=Place(country=DEU, city="Hamburg"),
    date=DateSpan(start=dt.date(2017, 7, 7), end=dt.date(2017, 7, 8)),
    participants=(PUTIN, ERDOGAN, MACRON),
)

#: In file order, which is deliberately not timeline order.
MEETINGS = (PHONE, CALL, SOCHI, UNDATED, HAMBURG, NEW_YEAR, ANKARA, PETERSBURG, SOCHI_AGAIN, PARIS)
#: --between RUS TUR --from 2017-01-01 --to 2017-12-31, in timeline order (start, then end).
RUS_TUR_2017 = (SOCHI_AGAIN, SOCHI, HAMBURG, CALL, ANKARA, NEW_YEAR)
YEAR_2017 = ["--from", "2017-01-01", "--to", "2017-12-31"]


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        write_jsonl(EventCollection([*MEETINGS, G20_SUMMIT]), stream)
    return path


def run(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``main(argv)`` with its exit code, stdout and stderr."""
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def query_jsonl(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> EventCollection:
    code, out, err = run(["query", *argv, "--format", "jsonl"], capsys)
    assert (code, err) == (0, "")
    return read_jsonl(out.splitlines())


def texts(meetings: Sequence[Meeting]) -> list[str]:
    return [m.evidence.text for m in meetings]


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: str) -> None:
    """Standard input holding ``data`` as UTF-8 (text, with a ``.buffer`` of bytes)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))


# -- the example ---------------------------------------------------------------------


def test_between_countries_in_a_year_gives_exactly_their_meetings(
    events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = query_jsonl([str(events_file), "--between", "RUS", "TUR", *YEAR_2017], capsys)
    assert found.meetings == RUS_TUR_2017
    assert found.summits == (G20_SUMMIT,)  # a summit both attended in 2017: it passes the filters too


def test_summits_are_filtered_like_meetings(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's example: a pair that never met gets neither meetings nor summits."""
    assert query_jsonl([str(events_file), "--between", "TJK", "JPN"], capsys) == EventCollection([])
    assert query_jsonl([str(events_file), "--between", "FRA", "DEU"], capsys).summits == ()  # no German attended
    assert query_jsonl([str(events_file), "--involving", "Macron"], capsys).summits == (G20_SUMMIT,)


@pytest.mark.parametrize(
    ("options", "kept"),
    [
        pytest.param(["--kind", "visit"], False, id="kind-not-summit"),
        pytest.param(["--kind", "summit"], True, id="kind-summit"),
        pytest.param(["--status", "planned"], False, id="status"),
        pytest.param(["--hosted-by", "Germany"], True, id="held-in-the-host-country"),
        pytest.param(["--hosted-by", "RUS"], False, id="held-elsewhere"),
        pytest.param(["--place", "Hamburg"], True, id="place-city"),
        pytest.param(["--summit", "G20"], True, id="summit-organization"),
        pytest.param(["--from", "2017-07-08", "--to", "2017-07-08"], True, id="period-overlap"),
        pytest.param(["--from", "2017-07-08", "--to", "2017-07-08", "--contain"], False, id="period-contain"),
    ],
)
def test_each_option_selects_summits(
    options: list[str], kept: bool, events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert query_jsonl([str(events_file), *options], capsys).summits == ((G20_SUMMIT,) if kept else ())


@pytest.mark.parametrize(
    "pair",
    [("TUR", "RUS"), ("Vladimir Putin", "TUR"), ("Russia", "Turkish"), ("vladimir-putin", "erdogan")],
    ids=["reversed", "leader-and-code", "name-and-demonym", "id-and-unaccented-name"],
)
def test_between_accepts_leaders_and_countries_either_way(
    pair: tuple[str, str], events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert query_jsonl([str(events_file), "--between", *pair, *YEAR_2017], capsys).meetings == RUS_TUR_2017


def test_without_options_every_meeting_comes_back_in_timeline_order(
    events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = query_jsonl([str(events_file)], capsys)
    assert found.meetings == EventCollection(MEETINGS).timeline()
    assert texts(found.meetings)[:2] == texts([PETERSBURG, PARIS]) and found.meetings[-1] == UNDATED


def test_an_empty_selection_is_a_success(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["query", str(events_file), "--between", "FRA", "DEU", *YEAR_2017]
    assert run([*argv, "--format", "jsonl"], capsys)[:2] == (0, "")
    code, out, _ = run([*argv, "--format", "csv"], capsys)
    assert code == 0 and out.splitlines() == [",".join(MEETING_COLUMNS)]
    code, out, _ = run(argv, capsys)
    header, _rule, nothing = out.splitlines()
    assert code == 0 and header.split() == list(TABLE_COLUMNS) and nothing == "(no meetings found)"


# -- formats -----------------------------------------------------------------------------------

RUS_TUR_2017_ARGS = ["--between", "RUS", "TUR", *YEAR_2017]


def _pairs(m: Meeting) -> int:
    return len(list(itertools.combinations(m.participants, 2)))


def test_table_has_a_header_and_one_aligned_row_per_meeting(
    events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["query", str(events_file), *RUS_TUR_2017_ARGS, "--format", "table"], capsys)
    assert (code, err) == (0, "")
    header, rule, *rows = out.splitlines()
    columns = ["date", "kind", "status", "participants", "place", "host", "summit", "document"]
    assert header.split() == list(TABLE_COLUMNS) == columns
    assert set(rule) == {"-", " "}
    assert len(rows) == len(RUS_TUR_2017)
    starts = [header.index(column) for column in TABLE_COLUMNS[1:]]
    for row, expected in zip(rows, RUS_TUR_2017, strict=True):
        cells = (row[a:b].strip() for a, b in itertools.pairwise([0, *starts]))
        date, kind, status, people, place, host, summit = cells
        assert date == str(expected.date)
        assert (kind, status) == (expected.kind.value, expected.status.value)
        assert people == " / ".join(p.name or "" for p in expected.participants)
        assert place == (str(expected.place) if expected.place else "")
        assert host == (expected.host.code if expected.host else "")
        assert summit == (expected.summit or "")
        assert row[starts[-1] :].strip() == ((expected.source.id if expected.source else None) or "")
    assert run(["query", str(events_file), *RUS_TUR_2017_ARGS], capsys)[1] == out  # table is the default


def test_undated_meetings_show_as_undated_in_the_table(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["query", str(events_file), *RUS_TUR_2017_ARGS, "--undated", "--kind", "meeting"], capsys)
    assert code == 0
    assert out.splitlines()[-1].startswith("undated ")
    assert len(out.splitlines()) == 2 + 3  # header, rule; HAMBURG, NEW_YEAR, UNDATED


def test_csv_has_a_row_per_meeting(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["query", str(events_file), *RUS_TUR_2017_ARGS, "--format", "csv"], capsys)
    assert (code, err) == (0, "")
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert tuple(reader.fieldnames or ()) == MEETING_COLUMNS
    assert [row["evidence"] for row in rows] == texts(RUS_TUR_2017)
    assert [row["date_start"] for row in rows] == [str(m.date.start) for m in RUS_TUR_2017 if m.date]
    assert rows[1]["outlet"] == "Daily Ledger" and rows[1]["city"] == "Sochi" and rows[1]["host"] == "RUS"
    assert rows[2]["participants"] == "Vladimir Putin; Recep Tayyip Erdoğan; Emmanuel Macron"


def test_pairs_has_a_row_per_participant_pair(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["query", str(events_file), *RUS_TUR_2017_ARGS, "--format", "pairs"], capsys)
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert code == 0 and tuple(reader.fieldnames or ()) == PAIR_COLUMNS
    assert len(rows) == sum(map(_pairs, RUS_TUR_2017)) == len(RUS_TUR_2017) + 2  # HAMBURG has three people


def test_jsonl_is_one_object_per_line(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["query", str(events_file), *RUS_TUR_2017_ARGS, "--format", "jsonl"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(RUS_TUR_2017) + 1
    objects = [json.loads(line) for line in lines]
    assert all(isinstance(o, dict) for o in objects)
    assert [o["evidence"]["text"] for o in objects[:-1]] == texts(RUS_TUR_2017)
    assert objects[-1]["name"] == "Hamburg summit"
    assert "Erdoğan" in out  # written as UTF-8, not escaped


def test_cameo_has_a_row_per_direction_with_codes(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["query", str(events_file), *RUS_TUR_2017_ARGS, "--format", "cameo"], capsys)
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert code == 0
    assert reader.fieldnames == [field.name for field in attrs.fields(CameoEvent)]
    assert len(rows) == 2 * sum(map(_pairs, RUS_TUR_2017))
    codes = {(r["evidence"], r["source_actor"], r["target_actor"]): r["code"] for r in rows}
    assert codes[SOCHI.evidence.text, "TURGOV", "RUSGOV"] == "042"  # the visitor
    assert codes[SOCHI.evidence.text, "RUSGOV", "TURGOV"] == "043"  # the host
    assert codes[CALL.evidence.text, "RUSGOV", "TURGOV"] == "041"
    assert codes[ANKARA.evidence.text, "RUSGOV", "TURGOV"] == "036"  # planned
    assert codes[HAMBURG.evidence.text, "FRAGOV", "TURGOV"] == "044"  # in a third country
    assert codes[NEW_YEAR.evidence.text, "TURGOV", "RUSGOV"] == "040"
    assert {r["date"] for r in rows if r["evidence"] == NEW_YEAR.evidence.text} == {"2017-12-28"}


# -- each option ----------------------------------------------------------------------------------

OPTION_CASES = [
    pytest.param(["--kind", "call"], (CALL, PHONE), id="kind"),
    pytest.param(["--kind", "call", "--kind", "visit"], (PARIS, SOCHI_AGAIN, SOCHI, CALL, ANKARA, PHONE), id="kinds"),
    pytest.param(["--status", "planned"], (ANKARA,), id="planned"),
    pytest.param(
        ["--status", "occurred", *RUS_TUR_2017_ARGS], (SOCHI_AGAIN, SOCHI, HAMBURG, CALL, NEW_YEAR), id="occurred"
    ),
    pytest.param(["--summit", "G20"], (HAMBURG,), id="summit-by-organization"),
    pytest.param(["--summit", "hamburg"], (HAMBURG,), id="summit-by-name"),
    pytest.param(["--summit", "Lakeside forum"], (), id="summit-unknown"),
    pytest.param(["--hosted-by", "Turkey"], (ANKARA,), id="hosted-by-name"),
    pytest.param(["--hosted-by", "RUS"], (SOCHI_AGAIN, SOCHI), id="hosted-by-code"),
    pytest.param(["--place", "Sochi"], (SOCHI,), id="place-city"),
    pytest.param(["--place", "Russia"], (PETERSBURG, SOCHI_AGAIN, SOCHI), id="place-country"),
    pytest.param(["--place", "DEU"], (HAMBURG,), id="place-code"),
    pytest.param(["--involving", "Macron"], (PARIS, HAMBURG, PHONE), id="involving"),
    pytest.param(["--involving", "erdogan", "--involving", "FRA"], (PARIS, HAMBURG), id="involving-twice"),
    pytest.param(["--involving", "Scholz", "--involving", "TUR"], (), id="involving-disjoint"),
    pytest.param(["--from", "2017-07-07", "--to", "2017-07-15"], (HAMBURG, CALL), id="period-days-included"),
    pytest.param(["--from", "2018-01-01"], (NEW_YEAR, PHONE), id="open-end"),
    pytest.param(["--to", "2017-01-05"], (PETERSBURG, PARIS), id="open-start"),
    pytest.param([*RUS_TUR_2017_ARGS, "--contain"], RUS_TUR_2017[:-1], id="contain"),
    pytest.param([*RUS_TUR_2017_ARGS, "--undated"], (*RUS_TUR_2017, UNDATED), id="undated"),
    pytest.param(["--from", "2017-05-10", "--to", "2017-05-31", "--contain"], (), id="contain-month"),
    pytest.param(["--from", "2017-05-10", "--to", "2017-05-31"], (SOCHI_AGAIN,), id="overlap-month"),
]


@pytest.mark.parametrize(("options", "expected"), OPTION_CASES)
def test_each_option_selects_exactly(
    options: list[str], expected: tuple[Meeting, ...], events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = query_jsonl([str(events_file), *options], capsys)
    assert texts(found.meetings) == texts(expected)
    assert found.meetings == expected


def test_summit_organization_needs_the_summit_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "no-summits.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        write_jsonl(MEETINGS, stream)
    assert query_jsonl([str(path), "--summit", "G20"], capsys).meetings == ()


def test_merge_folds_reports_of_one_meeting(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = query_jsonl([str(events_file), *RUS_TUR_2017_ARGS, "--merge"], capsys)
    merged, *rest = found.meetings
    assert rest == [HAMBURG, CALL, ANKARA, NEW_YEAR]
    assert (merged.date, merged.place, merged.evidence) == (SOCHI.date, SOCHI.place, SOCHI.evidence)
    assert [r.evidence for r in merged.also_reported] == [SOCHI_AGAIN.evidence]
    assert merged.also_reported[0].source == SOCHI_AGAIN.source and merged.confidence == 1.0
    code, out, _ = run(["query", str(events_file), "--merge", "--place", "Sochi", "--format", "csv"], capsys)
    (row,) = csv.DictReader(io.StringIO(out))
    assert code == 0 and row["reports"] == "2"


def test_merge_happens_before_the_period_filter(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # May 10-31 overlaps only the vague report; merged, the visit is dated May 3 and falls outside.
    period = ["--from", "2017-05-10", "--to", "2017-05-31"]
    assert query_jsonl([str(events_file), *period], capsys).meetings == (SOCHI_AGAIN,)
    assert query_jsonl([str(events_file), *period, "--merge"], capsys).meetings == ()


# -- piping ---------------------------------------------------------------------------------------

NEWS: list[dict[str, Any]] = [
    {
        "id": "sochi",
        "text": "On Monday, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.",
        "published": "2017-11-23",
    },
    {
        "id": "moscow",
        "url": "https://example.org/news/moscow",
        "text": "Turkish President Recep Tayyip Erdogan visited Moscow on March 10, where he held talks with "
        "Russian President Vladimir Putin.",
        "published": "2017-03-12",
    },
    {
        "id": "ankara",
        "text": "Russian President Vladimir Putin will visit Ankara next week for talks with Turkish President "
        "Recep Tayyip Erdogan.",
        "published": "2018-03-28",
    },
    {
        "id": "phone",
        "text": "French President Emmanuel Macron spoke by phone with German Chancellor Olaf Scholz on Tuesday.",
        "published": "2022-05-11",
    },
    {"id": "broken", "text": 42},
]


@pytest.fixture
def batch_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in NEWS), encoding="utf-8")
    code, out, _ = run(["batch", str(path)], capsys)
    assert code == 0 and len(out.splitlines()) == len(NEWS)
    return out


def test_batch_output_pipes_into_query(
    batch_output: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_stdin(monkeypatch, batch_output)
    found = query_jsonl(["-", "--between", "RUS", "TUR", *YEAR_2017], capsys)
    assert len(found) == 2
    for m, news in zip(found.meetings, [NEWS[1], NEWS[0]], strict=True):  # by date: March, then November
        assert m.evidence.text in news["text"]
        assert m.countries == {"RUS", "TUR"}
        assert m.date is not None and m.date.start.year == 2017
        assert m.source is not None and str(m.source.published) == news["published"]
        assert (m.source.id, m.source.url) == (news["id"], news.get("url"))


def test_every_batch_meeting_is_read_and_error_records_are_skipped(
    batch_output: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [json.loads(line) for line in batch_output.splitlines()]
    assert "error" in records[-1]
    fake_stdin(monkeypatch, batch_output)
    found = query_jsonl(["-"], capsys)
    assert len(found) == sum(len(r["meetings"]) for r in records) >= 4
    fake_stdin(monkeypatch, batch_output)
    code, out, _ = run(["query", "-", "--involving", "Scholz", "--format", "csv"], capsys)
    (row,) = csv.DictReader(io.StringIO(out))
    assert code == 0 and row["kind"] == "call" and row["date_start"] == "2022-05-10"


def test_query_output_pipes_into_query(
    events_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, first, _ = run(["query", str(events_file), *YEAR_2017, "--format", "jsonl"], capsys)
    assert code == 0
    fake_stdin(monkeypatch, first)
    chained = query_jsonl(["-", "--between", "RUS", "TUR", "--summit", "G20"], capsys)
    assert chained.meetings == (HAMBURG,) and chained.summits == (G20_SUMMIT,)


def test_a_real_pipe_to_csv_names_each_row_s_document(tmp_path: Path) -> None:
    """``diplomacy-events batch docs.jsonl | diplomacy-events query - --format csv`` (issue 14)."""
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in NEWS), encoding="utf-8")
    command = [sys.executable, "-m", "diplomacy_events"]
    batch = subprocess.run([*command, "batch", str(path)], capture_output=True, check=True)
    done = subprocess.run([*command, "query", "-", "--format", "csv"], input=batch.stdout, capture_output=True)
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert (done.returncode, done.stderr) == (0, b"")
    by_id = {news["id"]: news for news in NEWS}
    assert {row["document_id"] for row in rows} == {"sochi", "moscow", "ankara", "phone"}
    for row in rows:
        news = by_id[row["document_id"]]
        assert row["evidence"] in news["text"]
        assert (row["url"], row["published"]) == (news.get("url", ""), news["published"])


def test_a_real_shell_pipe(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in NEWS), encoding="utf-8")
    command = [sys.executable, "-m", "diplomacy_events"]
    batch = subprocess.run([*command, "batch", str(path)], capture_output=True, check=True)
    done = subprocess.run(
        [*command, "query", "-", "--between", "Vladimir Putin", "TUR", *YEAR_2017, "--format", "cameo"],
        input=batch.stdout,
        capture_output=True,
        check=True,
    )
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert done.stderr == b""
    assert len(rows) == 4 and {(r["source_actor"], r["target_actor"]) for r in rows} == {
        ("RUSGOV", "TURGOV"),
        ("TURGOV", "RUSGOV"),
    }


# -- errors: exit code 1 for bad data, 2 for bad arguments; one line on stderr, never a traceback -------


def assert_one_line_error(err: str, *fragments: str) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("diplomacy-events query: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["query", str(tmp_path / "missing.jsonl")], capsys)
    assert (code, out) == (2, "")
    assert_one_line_error(err, "cannot read", "missing.jsonl")


def test_a_folder_is_not_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["query", str(tmp_path)], capsys)
    assert (code, out) == (2, "")
    assert_one_line_error(err, "cannot read")


BAD_FILES = [
    pytest.param(b'{"kind": "meeting"\n', "line 2", id="truncated-json"),
    pytest.param(b"{oops\n", "line 2", id="not-json"),
    pytest.param(b"[1, 2]\n", "line 2", id="a-list"),
    pytest.param(b'{"something": "else"}\n', "line 2", id="unknown-object"),
    pytest.param(b'{"kind": "meeting", "participants": []}\n', "line 2", id="invalid-meeting"),
    pytest.param(b'{"id": "x", "meetings": [5]}\n', "line 2", id="batch-line-bad-meeting"),
    pytest.param(b'{"id": "x", "meetings": 5}\n', "", id="batch-line-meetings-not-a-list"),
    pytest.param(b'{"id": "x", "summits": null}\n', "", id="batch-line-summits-null"),
    pytest.param(b"[" * 100_000 + b"\n", "", id="nested-too-deep"),
    pytest.param(b'{"text": "caf\xe9"}\n', "", id="not-utf8"),
]


@pytest.mark.parametrize(("line", "fragment"), BAD_FILES)
def test_a_malformed_line(line: bytes, fragment: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "events.jsonl"
    path.write_bytes(json.dumps(to_dict(CALL)).encode() + b"\n" + line)
    code, out, err = run(["query", str(path)], capsys)
    assert (code, out) == (1, "")
    assert_one_line_error(err, fragment)


def test_a_malformed_line_on_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake_stdin(monkeypatch, "\n{not json\n")
    code, out, err = run(["query", "-", "--format", "csv"], capsys)
    assert (code, out) == (1, "")
    assert_one_line_error(err, "line 2")


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.jsonl"
    buffer = io.StringIO()
    write_jsonl([CALL, SOCHI], buffer)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    assert query_jsonl([str(path)], capsys).meetings == (SOCHI, CALL)


@pytest.mark.parametrize(
    "options",
    [["--from", "2017-13-01"], ["--to", "last year"], ["--from", ""], ["--kind", "lunch"], ["--format", "xml"]],
    ids=["month-13", "words", "empty", "unknown-kind", "unknown-format"],
)
def test_bad_arguments_exit_2(options: list[str], events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["query", str(events_file), *options])
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    errors = [line for line in captured.err.splitlines() if "error:" in line]
    assert len(errors) == 1 and errors[0].startswith("diplomacy-events query: error: argument")
    assert captured.err.splitlines()[-1] == errors[0]


def test_a_bad_from_date_names_the_value(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["query", str(events_file), "--from", "2017-02-30"])
    assert "argument --from: '2017-02-30': no such day" in capsys.readouterr().err


NOBODY = "no country, leader in the knowledge base, or participant in the events of that name"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2017-12-31", "--to", "2017-01-01"], "argument --to: '2017-01-01': is before --from 2017-12-31"),
        (["--hosted-by", "Narnia"], "argument --hosted-by: 'Narnia': no country of that code or name"),
        (["--between", "RUS", "Narnia"], f"argument --between: 'Narnia': {NOBODY}"),
        (["--between", "Narnia", "Putin"], f"argument --between: 'Narnia': {NOBODY}"),
        (["--involving", "TUR", "--involving", "Narnia"], f"argument --involving: 'Narnia': {NOBODY}"),
    ],
    ids=["reversed-period", "hosted-by-nowhere", "between-nowhere", "between-nowhere-first", "involving-nowhere"],
)
def test_option_values_that_name_nothing_exit_2(
    options: list[str], message: str, events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["query", str(events_file), *options], capsys)
    assert (code, out) == (2, "")
    assert err == f"diplomacy-events query: error: {message}\n"


@pytest.mark.parametrize(
    "party",
    ["Olaf Scholz", "olaf-scholz", "Germany", "German", "Xi Jinping", "xi-jinping"],
    ids=["in-events", "id-in-events", "country-in-events", "demonym", "in-knowledge-base", "id-in-knowledge-base"],
)
def test_a_party_known_to_the_events_or_the_knowledge_base_is_accepted(
    party: str, events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["query", str(events_file), "--between", "RUS", party], capsys)
    assert (code, err) == (0, "")


# -- property: the CLI agrees with a brute-force filter --------------------------------------------

PARTIES = ["ESP", "Portugal", "Turkish", "RUS", "Ruiz", "joao lima", "kaya", "oleg-orlov", "Aino", "Nobody"]
COUNTRY_QUERIES = {"ESP": "ESP", "Portugal": "PRT", "Turkish": "TUR", "RUS": "RUS", "Spain": "ESP", "Finland": "FIN"}
SUMMITS = ["Harbour", "Harbour summit", "forum", "Harbour Group", "Nothing"]
PLACES = ["TUR", "Spain", "Finland", "Porto", "izmir", "Oulu", "Kazan"]


def words_in(query: str, name: str | None) -> bool:
    """The query's words appear together, in order, among the name's words (accents and case folded)."""
    return name is not None and f" {fold(query)} " in f" {fold(name)} "


def known(query: str, events: EventCollection) -> bool:
    """Whether the CLI accepts ``query`` as a party: a country, or a participant of the events.

    (None of ``PARTIES`` is a leader of the bundled knowledge base.)
    """
    return query in COUNTRY_QUERIES or any(is_party(query, p) for m in events.meetings for p in m.participants)


def is_party(query: str, p: Participant) -> bool:
    if query in COUNTRY_QUERIES:
        return p.country is not None and p.country.code == COUNTRY_QUERIES[query]
    return p.leader_id == query or words_in(query, p.name)


#: Period bounds: any day, or a day that cuts through the month and year spans the strategies draw.
BOUNDS = st.one_of(strategies.days, st.sampled_from([dt.date(2015, 6, 30), dt.date(2016, 1, 1), dt.date(2016, 2, 15)]))
#: The options other than the period, each with the values it may take.
OPTIONS = {
    "between": st.tuples(st.sampled_from(PARTIES), st.sampled_from(PARTIES)),
    "involving": st.lists(st.sampled_from(PARTIES), min_size=1, max_size=2),
    "kind": st.lists(st.sampled_from([k.value for k in MeetingKind]), min_size=1, max_size=2),
    "status": st.sampled_from(["occurred", "planned"]),
    "summit": st.sampled_from(SUMMITS),
    "hosted_by": st.sampled_from(["TUR", "Spain", "Finland"]),
    "place": st.sampled_from(PLACES),
    "merge": st.just(True),
}
#: What an option left out stands for.
NO_OPTION: dict[str, Any] = {"between": None, "involving": [], "kind": [], "merge": False}


@st.composite
def filters(draw: st.DrawFn) -> dict[str, Any]:
    """A period half the time and up to two other options (with more, nearly every selection is empty)."""
    found: dict[str, Any] = {"start": None, "end": None, "contain": False, "undated": False}
    if draw(st.booleans()):
        bounds = draw(st.sampled_from([(True, True), (True, False), (False, True)]))
        found["start"], found["end"] = (draw(BOUNDS) if bound else None for bound in bounds)
        found["contain"], found["undated"] = draw(st.booleans()), draw(st.booleans())
    chosen = draw(st.sets(st.sampled_from(sorted(OPTIONS)), max_size=2))
    for name, values in OPTIONS.items():
        found[name] = draw(values) if name in chosen else NO_OPTION.get(name)
    return found


def argv_of(path: str, f: dict[str, Any]) -> list[str]:
    argv = ["query", path, "--format", "jsonl"]
    if f["between"]:
        argv += ["--between", *f["between"]]
    for who in f["involving"]:
        argv += ["--involving", who]
    if f["start"]:
        argv += ["--from", f["start"].isoformat()]
    if f["end"]:
        argv += ["--to", f["end"].isoformat()]
    argv += ["--contain"] * f["contain"] + ["--undated"] * f["undated"] + ["--merge"] * f["merge"]
    for kind in f["kind"]:
        argv += ["--kind", kind]
    for option in ("status", "summit", "hosted_by", "place"):
        if f[option]:
            argv += [f"--{option.replace('_', '-')}", f[option]]
    return argv


def passes(event: Meeting | Summit, summit_text: str | None, f: dict[str, Any], events: EventCollection) -> bool:
    """Whether a meeting or summit passes the filters meetings and summits share, by plain loops."""
    people, low, high = event.participants, f["start"] or dt.date.min, f["end"] or dt.date.max
    if f["start"] or f["end"]:
        if event.date is None:
            if not f["undated"]:
                return False
        else:
            inside = low <= event.date.start and event.date.end <= high
            overlapping = event.date.start <= high and low <= event.date.end
            if not (inside if f["contain"] else overlapping):
                return False
    if f["between"] and not any(
        is_party(f["between"][0], p) and is_party(f["between"][1], q)
        for i, p in enumerate(people)
        for j, q in enumerate(people)
        if i != j
    ):
        return False
    if not all(any(is_party(who, p) for p in people) for who in f["involving"]):
        return False
    if f["status"] and event.status.value != f["status"]:
        return False
    if f["summit"]:
        names = [f["summit"]] + [
            s.name for s in events.summits if s.organization and fold(s.organization) == fold(f["summit"])
        ]
        if not any(words_in(name, summit_text) for name in names):
            return False
    if f["place"]:
        if event.place is None:
            return False
        code = COUNTRY_QUERIES.get(f["place"], f["place"] if f["place"].isupper() else None)
        if code is not None and event.place.country.code != code:
            return False
        if code is None and fold(event.place.city or "") != fold(f["place"]):
            return False
    return True


def hosted(country: Country | None, f: dict[str, Any]) -> bool:
    return not f["hosted_by"] or (
        country is not None and country.code == COUNTRY_QUERIES.get(f["hosted_by"], f["hosted_by"])
    )


def brute_force(events: EventCollection, f: dict[str, Any]) -> tuple[Meeting, ...]:
    """The meetings the filters select, in timeline order."""
    meetings = merge(events.meetings) if f["merge"] else events.meetings

    def keep(m: Meeting) -> bool:
        return passes(m, m.summit, f, events) and (not f["kind"] or m.kind.value in f["kind"]) and hosted(m.host, f)

    def timeline_key(m: Meeting) -> tuple[bool, dt.date, dt.date]:
        return (False, m.date.start, m.date.end) if m.date else (True, dt.date.min, dt.date.min)

    return tuple(sorted((m for m in meetings if keep(m)), key=timeline_key))


def brute_force_summits(events: EventCollection, f: dict[str, Any]) -> tuple[Summit, ...]:
    """The summits the filters select, in the collection's order: a summit is of kind summit and hosted where held."""
    summits = merge_summits(events.summits) if f["merge"] else events.summits

    def keep(s: Summit) -> bool:
        return (
            passes(s, s.name, f, events)
            and (not f["kind"] or "summit" in f["kind"])
            and hosted(s.place.country if s.place else None, f)
        )

    return tuple(s for s in summits if keep(s))


collections = st.builds(
    lambda meetings, summits: EventCollection([*meetings, *summits]),
    st.lists(strategies.meetings(), max_size=12),
    st.lists(strategies.summits(), max_size=3),
)


@given(collections, filters())
def test_cli_jsonl_equals_a_brute_force_filter(events: EventCollection, f: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            write_jsonl(events, stream)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv_of(str(path), f))
    if f["start"] and f["end"] and f["start"] > f["end"]:
        assert (code, out.getvalue()) == (2, "")
        assert "is before --from" in err.getvalue()
        return
    parties = [("--between", q) for q in f["between"] or ()] + [("--involving", q) for q in f["involving"]]
    unknown = [(option, q) for option, q in parties if not known(q, events)]
    if unknown:
        option, party = unknown[0]
        assert (code, out.getvalue()) == (2, "")
        assert err.getvalue() == f"diplomacy-events query: error: argument {option}: {party!r}: {NOBODY}\n"
        return
    assert (code, err.getvalue()) == (0, "")
    found = read_jsonl(out.getvalue().splitlines())
    assert found.meetings == brute_force(events, f)
    assert found.summits == brute_force_summits(events, f)
