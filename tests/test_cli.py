"""The command line: parse, batch (one line out per line in, whatever it holds), demo, decode, progress.

Also what every subcommand shares (cli_common): exit codes, the wording of
errors and warnings, dates, the table, examples in ``--help``.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplomacy_events import BadInputError, ParseResult, cli, parse
from diplomacy_events.parser import Parser

NEWS = "On Monday, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi."

# Batch lines that must each give one error record, never a crash: (id, line).
BAD_LINES = [
    ("not-json", b"{this is not json"),
    ("a-list", b"[1, 2, 3]"),
    ("a-string", b'"just a string"'),
    ("no-text", b'{"id": "a"}'),
    ("numeric-text", b'{"id": "b", "text": 42}'),
    ("null-text", b'{"id": "c", "text": null}'),
    ("ambiguous-date", b'{"id": "d", "text": "Putin met Erdogan.", "published": "03/04/2017"}'),
    ("old-date", b'{"id": "e", "text": "Putin met Erdogan.", "published": "1850-01-01"}'),
    ("numeric-date", b'{"id": "f", "text": "Putin met Erdogan.", "published": 2017}'),
    ("deep-json", b"[" * 100_000 + b"]" * 100_000),
    ("not-utf8", b'{"id": "g", "text": "\xff\xfe Putin"'),
    ("empty", b""),
    ("blank", b"   \t"),
]


def run_batch(data: bytes, tmp_path: Path) -> list[dict[str, object]]:
    """The records ``batch`` writes for ``data``; checks its exit code (1 when every line failed)."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(data)
    out = io.StringIO()
    args = cli._argument_parser().parse_args(["batch", str(source)])
    code = args.run(args, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == (1 if records and all("error" in r for r in records) else 0)
    return records


def test_batch_keeps_its_tables_out_of_the_collector_s_sight(tmp_path: Path) -> None:
    try:
        [record] = run_batch(b'{"id": "a", "text": "Putin met Erdogan in Sochi on Monday."}\n', tmp_path)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert record["id"] == "a" and len(record["meetings"]) == 1  # type: ignore[arg-type]


def test_decode_policy() -> None:
    assert cli.decode(b"\xef\xbb\xbfPutin") == "Putin"
    assert cli.decode(b"caf\xc3\xa9 \xff") == "café \ufffd"
    assert cli.decode("Erdoğan".encode("utf-16")) == "Erdoğan"
    assert cli.decode(b"") == ""


@pytest.mark.parametrize(("name", "line"), BAD_LINES, ids=[name for name, _ in BAD_LINES])
def test_a_bad_line_gives_an_error_record(name: str, line: bytes, tmp_path: Path) -> None:
    records = run_batch(line + b"\n", tmp_path)
    assert len(records) == 1
    record = records[0]
    assert record["line"] == 1
    assert isinstance(record["error"], str) and record["error"]
    assert record["meetings"] == []


def test_error_records_keep_the_id(tmp_path: Path) -> None:
    [record] = run_batch(b'{"id": "x-1", "text": 3}\n', tmp_path)
    assert record["id"] == "x-1"
    assert "BadInputError" in str(record["error"])


def test_batch_results_name_their_document(tmp_path: Path) -> None:
    """The input's id (else the line number) and url go into the source of the result and of each meeting."""
    lines = [
        {"id": "wire-1", "url": "https://example.org/1", "text": NEWS, "published": "2017-11-23"},
        {"text": NEWS, "published": "2017-11-23"},
        {"id": 42, "text": NEWS, "published": "2017-11-23", "url": 7},
    ]
    records = run_batch(b"".join(json.dumps(line).encode() + b"\n" for line in lines), tmp_path)
    sources = [(r["source"]["id"], r["source"]["url"]) for r in records]
    assert sources == [
        ("wire-1", "https://example.org/1"),
        ("2", None),
        ("42", None),
    ]  # a url that is no string is left out
    for record in records:
        meetings = record["meetings"]
        assert isinstance(meetings, list) and meetings
        assert all(m["source"] == record["source"] for m in meetings)


def test_an_id_that_is_neither_text_nor_a_number_is_an_error(tmp_path: Path) -> None:
    [record] = run_batch(json.dumps({"id": [1], "text": NEWS}).encode() + b"\n", tmp_path)
    assert "BadInputError" in str(record["error"]) and "id" in str(record["error"])


def test_parse_names_each_file_as_the_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "sochi.txt"
    article.write_text(NEWS, encoding="utf-8")
    assert cli.main(["parse", str(article), "--published", "2017-11-23", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line)["source"]["id"] == str(article) for line in lines)


def test_every_line_in_order(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": NEWS, "published": "2017-11-23", "extra": {"unknown": "field"}}).encode()
    lines = [good] + [line for _, line in BAD_LINES] + [good]
    records = run_batch(b"\n".join(lines) + b"\n", tmp_path)
    assert [r["line"] if "error" in r else r["id"] for r in records] == ["ok", *range(2, len(lines)), "ok"]
    assert records[0]["meetings"]
    assert "error" not in records[-1]


def test_a_last_line_without_newline_and_crlf(tmp_path: Path) -> None:
    good = json.dumps({"id": 1, "text": NEWS}).encode()
    records = run_batch(good + b"\r\n" + good, tmp_path)
    assert [r["id"] for r in records] == [1, 1]


def test_a_huge_text_is_parsed(tmp_path: Path) -> None:
    text = (NEWS + " ") * 5_000  # ~0.5 MB in one line (the benchmark's single_line case has 10 MB)
    line = json.dumps({"id": "big", "text": text, "published": "2017-11-23"}).encode()
    [record] = run_batch(line + b"\n", tmp_path)
    assert record["id"] == "big" and "error" not in record


def test_a_line_over_the_limit_is_skipped_not_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "MAX_LINE_BYTES", 1_000)
    monkeypatch.setattr(cli, "_CHUNK", 100)
    good = json.dumps({"id": "ok", "text": NEWS}).encode()
    huge = json.dumps({"id": "huge", "text": "x" * 5_000}).encode()
    records = run_batch(b"\n".join([good, huge, good]) + b"\n", tmp_path)
    assert [str(r.get("error", ""))[:13] for r in records] == ["", "BadInputError", ""]
    assert records[1]["line"] == 2


def test_an_internal_error_costs_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Parser, text: str, *args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(Parser, "parse", broken)
    records = run_batch(json.dumps({"id": 7, "text": NEWS}).encode() + b"\n", tmp_path)
    error = "InternalError: RuntimeError: boom"
    assert records == [{"id": 7, "line": 1, "error": error, "meetings": [], "summits": []}]


def test_lone_surrogates_give_valid_utf8_json(tmp_path: Path) -> None:
    line = json.dumps({"id": "s", "text": "\ud800 Putin met Erdogan in Sochi on Monday. \udfff"}).encode()
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    source = tmp_path / "in.jsonl"
    source.write_bytes(line + b"\n")
    args = cli._argument_parser().parse_args(["batch", str(source)])
    args.run(args, out)
    out.flush()
    buffer = out.buffer
    assert isinstance(buffer, io.BytesIO)
    data = buffer.getvalue()
    assert json.loads(data.decode("utf-8"))["id"] == "s"


def test_batch_reads_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "b.txt").write_bytes(NEWS.encode())
    (folder / "a.txt").write_bytes(b"\xff\xfe" + "Putin".encode("utf-16-le"))
    out = io.StringIO()
    args = cli._argument_parser().parse_args(["batch", str(folder)])
    assert args.run(args, out) == 0
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["a.txt", "b.txt"]


def test_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["batch", "/no/such/file.jsonl"]) == 2
    assert capsys.readouterr().err.startswith("diplomacy-events batch: error: cannot read /no/such/file.jsonl")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal() -> None:
    quiet = io.StringIO()
    cli._Progress(quiet, 100).update(50, 5, final=True)
    assert quiet.getvalue() == ""
    loud = _Terminal()
    progress = cli._Progress(loud, 1_000)
    progress.update(500, 5, final=True)
    shown = loud.getvalue()
    assert shown.startswith("\r[") and "50%" in shown and "ETA" in shown and "docs/s" in shown
    unknown = _Terminal()
    cli._Progress(unknown, None).update(500, 5, final=True)
    assert "5 lines" in unknown.getvalue()


def test_batch_through_a_subprocess_ends_with_a_summary_on_a_pipe(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "text": NEWS, "published": "2017-11-23"}) for i in range(3)] + ["{oops"]
    done = subprocess.run(
        [sys.executable, "-m", "diplomacy_events", "batch", "-"],
        input="\n".join(lines).encode(),
        capture_output=True,
        check=True,
    )
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == [0, 1, 2, None]
    assert done.stderr == b"diplomacy-events batch: 4 lines read, 3 results, 1 error line (4)\n"  # no progress bar


def test_parse_and_demo_keep_their_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(NEWS.encode() + b"\xff")
    assert cli.main(["parse", str(article), "--published", "2017-11-23", "--format", "jsonl"]) == 0
    [meeting] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert meeting["evidence"]["text"].startswith("On Monday")
    assert cli.main(["demo"]) == 0
    assert "participants" in capsys.readouterr().out


def test_the_table_lists_each_summit_with_its_participants() -> None:
    result = parse("Putin met Erdogan on the sidelines of the G20 summit in Hamburg on July 7.", "2017-07-09")
    table = cli.result_table(result)
    assert (
        "summit: G20 summit (occurred) 2017-07-07 in Hamburg, DEU; with Vladimir Putin, Recep Tayyip Erdogan" in table
    )


_LINES = st.one_of(
    st.binary(max_size=60),
    st.text(max_size=60).map(str.encode),
    st.builds(
        lambda text, date: json.dumps({"id": 1, "text": text, "published": date}).encode(),
        st.text(max_size=80),
        st.one_of(st.none(), st.text(max_size=12)),
    ),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, max_size=8))
@example([b"\x00\n", b"\r"])
def test_batch_fuzz_one_record_per_line(lines: list[bytes]) -> None:
    data = b"\n".join(lines)
    expected = data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)
    with tempfile.TemporaryDirectory() as folder:
        records = run_batch(data, Path(folder))
    assert len(records) == expected
    for number, record in enumerate(records, 1):
        assert "error" in record or "source" in record
        if "error" in record:
            assert record["line"] == number


# -- one voice: exit codes, wording, dates, tables, help -----------------------------------------------

CLI = [sys.executable, "-m", "diplomacy_events"]
TRANSCRIPT = "HOST: Welcome back.\nREPORTER: Putin met Erdogan in Sochi on Monday.\n"


def run_cli(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """The real command, as a user runs it."""
    return subprocess.run([*CLI, *argv], input=stdin.decode(), capture_output=True, text=True, check=False)


@pytest.mark.parametrize("command", ["parse", "explain", "batch", "query"])
def test_an_unreadable_input_is_a_usage_error_worded_alike(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    done = run_cli(command, str(missing))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"diplomacy-events {command}: error: cannot read {missing}: No such file or directory\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "-", "--published", "03/04/2017"],
        ["explain", "-", "--published", "03/04/2017"],
        ["query", "-", "--from", "03/04/2017"],
    ],
    ids=["parse-published", "explain-published", "query-from"],
)
def test_a_day_month_ambiguous_date_is_refused_alike(argv: list[str]) -> None:
    done = run_cli(*argv)
    assert done.returncode == 2 and done.stdout == ""
    option = argv[2]
    last = done.stderr.splitlines()[-1]
    assert last == (
        f"diplomacy-events {argv[0]}: error: argument {option}: '03/04/2017': day and month could be either way "
        "round (2017-03-04 or 2017-04-03): write it as YYYY-MM-DD"
    )


@pytest.mark.parametrize("published", ["2017-11-23", "2017-11-23T08:30:00Z", "Nov 23, 2017", "23 November 2017"])
def test_published_takes_what_dateutil_reads_one_way(published: str) -> None:
    done = run_cli("parse", "-", "--published", published, "--format", "jsonl", stdin=NEWS.encode())
    assert (done.returncode, done.stderr) == (0, "")
    [meeting] = [json.loads(line) for line in done.stdout.splitlines()]
    assert meeting["date"]["start"] == "2017-11-20" and meeting["source"]["published"] == "2017-11-23"


def test_a_document_that_fails_is_a_data_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(NEWS)
    bad.write_text("Putin met Erdogan.")
    real = Parser.parse

    def failing(self: Parser, text: str, *args: Any, **kwargs: Any) -> ParseResult:
        if text.startswith("Putin"):
            raise BadInputError("refused for the test")
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Parser, "parse", failing)
    assert cli.main(["parse", str(bad), str(good), "--published", "2017-11-23", "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"diplomacy-events parse: error: {bad}: refused for the test\n"
    assert len(captured.out.splitlines()) == 1  # the good file is still printed


def test_batch_summary_names_the_error_lines() -> None:
    lines = [json.dumps({"id": "a", "text": NEWS}), "{oops", "", json.dumps({"id": "b", "text": NEWS}), "[]"]
    done = run_cli("batch", "-", stdin="\n".join(lines).encode() + b"\n")
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 5
    assert done.stderr == "diplomacy-events batch: 5 lines read, 2 results, 3 error lines (2, 3, 5)\n"


def test_batch_exits_1_when_every_line_failed() -> None:
    done = run_cli("batch", "-", stdin=b"{oops\n[1]\n")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "diplomacy-events batch: 2 lines read, 0 results, 2 error lines (1, 2)",
        "diplomacy-events batch: error: every line failed (see the error records)",
    ]


def test_batch_summary_lists_at_most_ten_error_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"{oops\n" * 12 + json.dumps({"text": NEWS}).encode() + b"\n")
    assert cli.main(["batch", str(source)]) == 0
    summary = "13 lines read, 1 result, 12 error lines (1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more)"
    assert capsys.readouterr().err == f"diplomacy-events batch: {summary}\n"


@pytest.mark.parametrize("data", [b"", b"  \n\t \n"], ids=["empty", "blank"])
def test_an_empty_parse_input_gets_a_warning(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    done = run_cli("parse", str(path))
    assert done.returncode == 0
    assert done.stderr == f"diplomacy-events parse: warning: {path}: empty input, nothing to parse\n"
    assert "(no meetings found)" in done.stdout


def test_a_binary_parse_input_gets_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    done = run_cli("parse", str(path), "--format", "json")
    assert done.returncode == 0
    warning = "binary data, not text: no meetings can be found in it"
    assert done.stderr == f"diplomacy-events parse: warning: {path}: {warning}\n"
    assert json.loads(done.stdout)["warnings"][0] == warning


def test_a_text_with_a_few_bad_bytes_gets_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(NEWS.encode() + b" \xff\xfe")
    done = run_cli("parse", str(path), "--published", "2017-11-23")
    assert (done.returncode, done.stderr) == (0, "")


def test_batch_warns_of_an_empty_input_and_of_empty_or_binary_texts(tmp_path: Path) -> None:
    done = run_cli("batch", "-")
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == "diplomacy-events batch: warning: empty input: no lines to read\n"
    folder = tmp_path / "texts"
    folder.mkdir()
    done = run_cli("batch", str(folder))
    assert done.stderr == "diplomacy-events batch: warning: empty input: no files to read\n"
    lines = [json.dumps({"id": "blank", "text": " "}), json.dumps({"id": "nul", "text": "\x00\x01\x02 Putin"})]
    done = run_cli("batch", "-", stdin="\n".join(lines).encode())
    warnings = [json.loads(line)["warnings"] for line in done.stdout.splitlines()]
    assert warnings == [["empty input, nothing to parse"], ["binary data, not text: no meetings can be found in it"]]


def test_parse_takes_a_title() -> None:
    done = run_cli("parse", "-", "--title", "Sochi talks", "--format", "json", stdin=NEWS.encode())
    assert json.loads(done.stdout)["source"]["title"] == "Sochi talks"


def test_outlet_keeps_a_transcript_a_transcript() -> None:
    done = run_cli("parse", "-", "--outlet", "Example Radio", "--format", "json", stdin=TRANSCRIPT.encode())
    source = json.loads(done.stdout)["source"]
    assert (source["kind"], source["outlet"]) == ("transcript", "Example Radio")
    line = json.dumps({"id": "t", "text": TRANSCRIPT, "outlet": "Example Radio", "title": "Morning show"})
    done = run_cli("batch", "-", stdin=line.encode())
    assert json.loads(done.stdout)["source"]["kind"] == "transcript"


def test_parse_and_query_print_the_same_table(tmp_path: Path) -> None:
    article = tmp_path / "news.txt"
    article.write_text(NEWS + " Putin will visit Ankara next month.\n")
    parsed = run_cli("parse", str(article), "--published", "2017-11-23")
    meetings = run_cli("parse", str(article), "--published", "2017-11-23", "--format", "jsonl")
    queried = run_cli("query", "-", stdin=meetings.stdout.encode())
    assert (parsed.returncode, queried.returncode) == (0, 0)
    table = queried.stdout.splitlines()
    assert table[0].split() == ["date", "kind", "status", "participants", "place", "host", "summit", "document"]
    assert len(table) == 4  # header, rule, two meetings
    assert parsed.stdout.splitlines()[: len(table)] == table


def _subcommands() -> list[str]:
    parser = cli._argument_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(commands.choices)


@pytest.mark.parametrize("command", [None, *_subcommands()])
def test_every_help_ends_with_examples(command: str | None) -> None:
    done = run_cli(*([command] if command else []), "--help")
    assert done.returncode == 0
    help_text, examples = done.stdout.split("\nexamples:\n")
    assert "usage: diplomacy-events" in help_text
    lines = examples.splitlines()
    assert lines and all(line.startswith("  ") for line in lines)
    assert any(f"diplomacy-events {command or ''}".rstrip() in line for line in lines)
