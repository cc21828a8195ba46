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
import sys
from typing import Any, TextIO

from .cli_common import EXIT_DATA, EXIT_OK, EXIT_USAGE, PROG, date_argument, error, examples, meetings_table
from .collection import EventCollection, Query
from .errors import BadInputError, UnknownCountryError
from .export import Rows, read_jsonl, write_cameo, write_csv, write_jsonl, write_plover
from .model import MeetingKind

__all__ = ["add_query_parser", "load_events", "read_events", "run_query"]

FORMATS = ("table", "csv", "long", "pairs", "jsonl", "cameo", "plover")


#: The CSV formats and the rows each writes (see :func:`~diplomacy_events.export.write_csv`).
_CSV_ROWS: dict[str, Rows] = {"csv": "meeting", "long": "participant", "pairs": "pair"}


def add_query_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``query`` subcommand to ``subparsers`` (from ``ArgumentParser.add_subparsers()``).

    The parser's default ``run`` is :func:`run_query`, as for the other subcommands. See the module
    docstring for an example.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "query",
        help="filter meetings from JSON Lines (or batch output) and print them",
        description="Filter meetings from JSON Lines (the output of parse --format jsonl, batch or query); "
        "options combine with AND.",
        **examples(
            f"{PROG} query results.jsonl --between RUS TUR --from 2017-01-01 --to 2017-12-31",
            f"{PROG} query results.jsonl --involving 'Emmanuel Macron' --kind visit --format csv",
            f"{PROG} query results.jsonl --summit G20 --from 'Jan 1, 2019' --format jsonl > g20.jsonl",
            f"{PROG} batch articles.jsonl | {PROG} query - --hosted-by Turkey --status planned",
        ),
    )
    parser.add_argument("events", help="a JSON Lines file of meetings or batch results; - reads stdin")
    parser.add_argument("--between", nargs=2, metavar=("A", "B"), help="two leaders or countries")
    parser.add_argument("--involving", action="append", default=[], metavar="WHO", help="a leader or country")
    parser.add_argument(
        "--from", dest="start", type=date_argument, metavar="DATE", help="first day (2017-01-01, 'Jan 1, 2017')"
    )
    parser.add_argument("--to", dest="end", type=date_argument, metavar="DATE", help="last day")
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


def load_events(command: str, name: str) -> EventCollection | int:
    """The events of ``name`` for ``command``, or, having said why not on stderr, the exit code.

    A file that cannot be opened is a usage error (2); a malformed line a
    data error (1).
    """
    try:
        return read_events(name)
    except OSError as exc:
        shown = "standard input" if name == "-" else name
        return error(command, f"cannot read {shown}: {exc.strerror or exc}", EXIT_USAGE)
    except BadInputError as exc:
        return error(command, str(exc), EXIT_DATA)


def _usage_problem(events: EventCollection, args: argparse.Namespace) -> str | None:
    """What is wrong with the options, as argparse would say it, given the events; ``None`` when nothing."""
    if args.start and args.end and args.start > args.end:
        return f"argument --to: '{args.end}': is before --from {args.start}"
    if args.hosted_by:
        try:
            EventCollection([]).hosted_by(args.hosted_by)
        except UnknownCountryError as exc:
            return f"argument --hosted-by: {args.hosted_by!r}: {exc.reason}"
    parties = [("--between", party) for party in args.between or ()] + [("--involving", p) for p in args.involving]
    for option, party in parties:
        if not events.knows(party):
            reason = "no country, leader in the knowledge base, or participant in the events of that name"
            return f"argument {option}: {party!r}: {reason}"
    return None


def run_query(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``query`` with parsed ``args``, writing to ``out``; returns the exit status.

    An events file that cannot be opened and an option value that names
    nothing (``--hosted-by Narnia``, ``--between RUS Narnia``, ``--to``
    before ``--from``) are usage errors (2); a malformed line is a data
    error (1); each is one line on stderr. See the module docstring for an
    example of the arguments.
    """
    events = load_events("query", args.events)
    if isinstance(events, int):
        return events
    problem = _usage_problem(events, args)
    if problem:
        return error("query", problem, EXIT_USAGE)
    selected = _select(events, args)
    meetings = selected.timeline()
    if args.format == "table":
        out.write(meetings_table(meetings) + "\n")
    elif args.format in _CSV_ROWS:
        write_csv(meetings, out, rows=_CSV_ROWS[args.format])
    elif args.format == "jsonl":
        write_jsonl((*meetings, *selected.summits), out)  # the selected summits too, so output pipes into query
    elif args.format == "plover":
        write_plover(meetings, out)
    else:
        write_cameo(meetings, out)
    return EXIT_OK
