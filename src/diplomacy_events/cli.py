"""The ``diplomacy-events`` command: parse files, run a JSON Lines batch, show a demo.

Exit codes: 0 success, 1 a document failed (``parse``), 2 bad arguments or
unreadable input. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from importlib import resources
from typing import Any, TextIO

from . import __version__
from .errors import DiplomacyEventsError
from .model import Meeting, ParseResult, Source
from .parser import Parser
from .serialize import to_dict

__all__ = ["decode", "main", "meetings_table"]

#: The longest batch line read in full; a longer one gets an error record.
MAX_LINE_BYTES = 64 * 1024 * 1024


def decode(data: bytes) -> str:
    """Decode input bytes: UTF-8 (a BOM is dropped); undecodable bytes become U+FFFD.

    >>> decode(b"caf\\xc3\\xa9 \\xff")
    'café \\ufffd'
    """
    return data.decode("utf-8-sig", errors="replace")


def meetings_table(result: ParseResult) -> str:
    """A readable table of a result's meetings and summits."""
    rows = [("date", "status", "kind", "participants", "where", "summit")]
    for meeting in result.meetings:
        rows.append(_row(meeting))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if not result.meetings:
        lines.append("(no meetings found)")
    for summit in result.summits:
        where = str(summit.place) if summit.place else "?"
        lines.append(f"summit: {summit.name} ({summit.status.value}) {summit.date or 'undated'} in {where}")
    lines += [f"warning: {warning}" for warning in result.warnings]
    return "\n".join(lines)


def _row(meeting: Meeting) -> tuple[str, ...]:
    names = " / ".join(p.name or f"({p.country.code if p.country else '?'} {p.role.value if p.role else 'leader'})" for p in meeting.participants)
    where = str(meeting.place) if meeting.place else ""
    if meeting.host is not None:
        where = f"{where} (host {meeting.host.code})" if where else f"host {meeting.host.code}"
    return (str(meeting.date) if meeting.date else "undated", meeting.status.value, meeting.kind.value, names, where, meeting.summit or "")


def _result_record(result: ParseResult, doc_id: Any) -> dict[str, Any]:
    return {
        "id": doc_id,
        "source": to_dict(result.source),
        "meetings": to_dict(result.meetings),
        "summits": to_dict(result.summits),
        "leaders": to_dict(result.leaders),
        "warnings": list(result.warnings),
    }


def _write(out: TextIO, record: Any) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _parse_command(args: argparse.Namespace, out: TextIO) -> int:
    parser = Parser()
    failed = 0
    for name in args.files:
        try:
            if name == "-":
                text = decode(sys.stdin.buffer.read())
            else:
                with open(name, "rb") as handle:
                    text = decode(handle.read())
        except OSError as exc:
            print(f"diplomacy-events: cannot read {name}: {exc.strerror}", file=sys.stderr)
            return 2
        try:
            result = parser.parse(text, args.published, Source(outlet=args.outlet) if args.outlet else None)
        except DiplomacyEventsError as exc:
            print(f"diplomacy-events: {name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.format == "table":
            if len(args.files) > 1:
                out.write(f"== {name}\n")
            out.write(meetings_table(result) + "\n")
        elif args.format == "json":
            out.write(json.dumps(_result_record(result, name), ensure_ascii=False, indent=2) + "\n")
        else:
            for meeting in result.meetings:
                _write(out, to_dict(meeting))
    return 1 if failed else 0


def _batch_line(parser: Parser, line: bytes, number: int) -> dict[str, Any]:
    """The output record of one batch input line; an error record when it cannot be parsed."""
    doc_id: Any = number
    try:
        if len(line) > MAX_LINE_BYTES:
            raise ValueError(f"line longer than {MAX_LINE_BYTES} bytes")
        record = json.loads(decode(line))
        if not isinstance(record, dict):
            raise ValueError("a line must be a JSON object")
        doc_id = record.get("id", number)
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError("'text' must be a string")
        source = Source(
            outlet=record.get("outlet") or None if isinstance(record.get("outlet"), str) else None,
            title=record.get("title") or None if isinstance(record.get("title"), str) else None,
        )
        result = parser.parse(text, record.get("published"), source)
        return _result_record(result, doc_id)
    except (ValueError, DiplomacyEventsError) as exc:
        return {"id": doc_id, "line": number, "error": f"{type(exc).__name__}: {exc}", "meetings": [], "summits": []}


def _batch_command(args: argparse.Namespace, out: TextIO) -> int:
    parser = Parser()
    try:
        stream = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    except OSError as exc:
        print(f"diplomacy-events: cannot read {args.input}: {exc.strerror}", file=sys.stderr)
        return 2
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                _write(out, {"id": None, "line": number, "error": "empty line", "meetings": [], "summits": []})
                continue
            _write(out, _batch_line(parser, line, number))
            out.flush()
    return 0


def _demo_command(args: argparse.Namespace, out: TextIO) -> int:
    text = (resources.files("diplomacy_events") / "data" / "demo_article.txt").read_text("utf-8")
    result = Parser().parse(text, dt.date(2023, 4, 17), Source(outlet="Demo Wire", title="Summit season"))
    out.write(f"{result.source.title} ({result.source.outlet}, published {result.source.published})\n\n")
    out.write(meetings_table(result) + "\n")
    return 0


def _date_argument(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diplomacy-events", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser("parse", help="find the meetings in text files")
    parse.add_argument("files", nargs="+", metavar="FILE", help="text files to parse ('-' reads stdin)")
    parse.add_argument("--published", type=_date_argument, help="publication date, anchors relative dates")
    parse.add_argument("--outlet", help="the outlet that published the text")
    parse.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    parse.set_defaults(run=_parse_command)
    batch = commands.add_parser("batch", help="JSON Lines in, JSON Lines out: one result per input line")
    batch.add_argument("input", metavar="IN", help="a JSON Lines file of {id, text, published, outlet, title}, or '-'")
    batch.set_defaults(run=_batch_command)
    demo = commands.add_parser("demo", help="parse the bundled example article")
    demo.set_defaults(run=_demo_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = sys.stdout
    if isinstance(out, __import__("io").TextIOWrapper):
        out.reconfigure(errors="backslashreplace")
    args = _argument_parser().parse_args(argv)
    try:
        return int(args.run(args, out))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
