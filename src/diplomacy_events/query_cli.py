"""The ``diplomacy-events query`` subcommand: filter meetings from JSON Lines and print them.

Reads :func:`~diplomacy_events.export.write_jsonl` output or ``batch``
output (``-`` for stdin), so the two pipe together::

    diplomacy-events batch articles/ | diplomacy-events query - --between RUS TUR --format csv

>>> import argparse, io
>>> parser = argparse.ArgumentParser(prog="diplomacy-events")
>>> _ = add_query_parser(parser.add_subparsers(dest="command"))
>>> args = parser.parse_args(["query", "-", "--between", "RUS", "TUR", "--from", "2017-01-01"])
>>> args.between, args.start
(['RUS', 'TUR'], datetime.date(2017, 1, 1))
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any, TextIO

from .collection import EventCollection, Query
from .errors import BadInputError, DiplomacyEventsError
from .export import Rows, read_jsonl, write_cameo, write_csv, write_jsonl, write_plover
from .model import Meeting, MeetingKind

__all__ = ["add_query_parser", "read_events", "run_query"]

FORMATS = ("table", "csv", "long", "pairs", "jsonl", "cameo", "plover")


#: The CSV formats and the rows each writes (see :func:`~diplomacy_events.export.write_csv`).
_CSV_ROWS: dict[str, Rows] = {"csv": "meeting", "long": "participant", "pairs": "pair"}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def add_query_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``query`` subcommand to ``subparsers`` (from ``ArgumentParser.add_subparsers()``).

    The parser's default ``run`` is :func:`run_query`, as for the other subcommands. See the module
    docstring for an example.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "query",
        help="filter meetings from JSON Lines (or batch output) and print them",
        description="Filter meetings from JSON Lines or `batch` output; options combine with AND.",
    )
    parser.add_argument("events", help="a JSON Lines file of meetings or batch results; - reads stdin")
    parser.add_argument("--between", nargs=2, metavar=("A", "B"), help="two leaders or countries")
    parser.add_argument("--involving", action="append", default=[], metavar="WHO", help="a leader or country")
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE", help="first day (ISO)")
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day (ISO)")
    parser.add_argument("--contain", action="store_true", help="dates wholly inside the period (default: overlap)")
    parser.add_argument("--undated", action="store_true", help="keep undated meetings in a period query")
    parser.add_argument("--kind", action="append", choices=[k.value for k in MeetingKind], help="repeatable")
    parser.add_argument("--status", choices=["occurred", "planned"])
    parser.add_argument("--summit", metavar="NAME", help="a summit's name or organization")
    parser.add_argument("--hosted-by", metavar="COUNTRY", help="visits received by a country")
    parser.add_argument("--place", metavar="PLACE", help="a country or a city")
    parser.add_argument("--merge", action="store_true", help="merge reports of one meeting (or summit) first")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.set_defaults(run=run_query)
    return parser


def _select(events: EventCollection, args: argparse.Namespace) -> EventCollection:
    """The meetings and summits the query options of ``args`` select (after merging, with ``--merge``)."""
    query = Query(
        start=args.start,
        end=args.end,
        contain=args.contain,
        include_undated=args.undated,
        between=tuple(args.between) if args.between else None,
        involving=args.involving,
        kinds=args.kind or (),
        status=args.status,
        summit=args.summit,
        hosted_by=args.hosted_by,
        place=args.place,
    )
    return query.apply(events.merged() if args.merge else events)


def _table_row(meeting: Meeting) -> tuple[str, ...]:
    people = " / ".join(p.name or f"({p.country})" for p in meeting.participants)
    return (
        str(meeting.date or "undated"),
        meeting.kind.value,
        meeting.status.value,
        people,
        str(meeting.place or ""),
        meeting.summit or "",
        (meeting.source.id if meeting.source else None) or "",
    )


def _write_table(meetings: tuple[Meeting, ...], out: TextIO) -> None:
    rows = [
        ("date", "kind", "status", "participants", "place", "summit", "document"),
        *map(_table_row, meetings),
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


def read_events(name: str) -> EventCollection:
    """The events of a JSON Lines file (``-`` for stdin); raises ``OSError`` or :class:`BadInputError`, nothing else.

    A UTF-8 byte order mark is dropped, as ``batch`` and ``parse`` do.
    """
    where = "standard input" if name == "-" else name
    try:
        if name == "-":
            return read_jsonl(sys.stdin)
        with open(name, encoding="utf-8-sig") as stream:
            return read_jsonl(stream)
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{where}: not UTF-8 text ({exc.reason})") from None


def run_query(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``query`` with parsed ``args``, writing to ``out``; returns the exit status.

    Errors (unreadable file, bad line, unknown country) go to stderr with
    status 1. See the module docstring for an example of the arguments.
    """
    try:
        selected = _select(read_events(args.events), args)
    except (OSError, DiplomacyEventsError) as exc:
        print(f"diplomacy-events query: error: {exc}", file=sys.stderr)
        return 1
    meetings = selected.timeline()
    if args.format == "table":
        _write_table(meetings, out)
    elif args.format in _CSV_ROWS:
        write_csv(meetings, out, rows=_CSV_ROWS[args.format])
    elif args.format == "jsonl":
        write_jsonl((*meetings, *selected.summits), out)  # the selected summits too, so output pipes into query
    elif args.format == "plover":
        write_plover(meetings, out)
    else:
        write_cameo(meetings, out)
    return 0
