"""The ``diplomacy-events plot`` subcommand: a timeline or a network of meetings as PNG or SVG.

Reads what ``query`` reads (``batch`` output, or JSON Lines of meetings and
summits; ``-`` for stdin), so a selection pipes in::

    diplomacy-events query results.jsonl --involving Macron --format jsonl | diplomacy-events plot - --network -o m.svg

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="diplomacy-events")
>>> _ = add_plot_parser(parser.add_subparsers(dest="command"))
>>> args = parser.parse_args(["plot", "results.jsonl", "--timeline", "-o", "meetings.svg", "--by", "country"])
>>> args.picture, args.output, args.by
('timeline', 'meetings.svg', 'country')
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from .cli_common import EXIT_DATA, EXIT_OK, EXIT_USAGE, PROG, error, examples
from .errors import DiplomacyEventsError
from .query_cli import load_events

__all__ = ["add_plot_parser", "run_plot"]


def _image(name: str) -> str:
    if not name.lower().endswith((".png", ".svg")):
        raise argparse.ArgumentTypeError(f"the picture's file name must end in .png or .svg: {name!r}")
    return name


def add_plot_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``plot`` subcommand to ``subparsers`` (from ``ArgumentParser.add_subparsers()``).

    The parser's default ``run`` is :func:`run_plot`. See the module docstring for an example.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "plot",
        help="draw a timeline or a network of meetings as PNG or SVG",
        description="Draw the meetings of JSON Lines or batch output as a timeline or a network "
        "(needs matplotlib: pip install 'diplomacy-events[plot]').",
        **examples(
            f"{PROG} plot results.jsonl --timeline -o timeline.svg",
            f"{PROG} plot results.jsonl --network --by country -o countries.png",
            f"{PROG} query results.jsonl --between RUS TUR --format jsonl | {PROG} plot - --timeline -o rus-tur.svg",
        ),
    )
    parser.add_argument("events", help="a JSON Lines file of meetings or batch results; - reads stdin")
    picture = parser.add_mutually_exclusive_group(required=True)
    picture.add_argument(
        "--timeline", dest="picture", action="store_const", const="timeline", help="meetings by date, a row each"
    )
    picture.add_argument(
        "--network", dest="picture", action="store_const", const="network", help="who met whom, by number of meetings"
    )
    parser.add_argument("-o", "--output", required=True, type=_image, metavar="FILE", help="FILE.png or FILE.svg")
    parser.add_argument(
        "--by",
        choices=("leader", "country"),
        default="leader",
        help="one row (timeline) or node (network) per leader or per country (default: leader)",
    )
    parser.add_argument("--title", help="the picture's title")
    parser.set_defaults(run=run_plot)
    return parser


def run_plot(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``plot`` with parsed ``args``; returns the exit status, as every subcommand's.

    0 written; 1 a malformed line or no matplotlib; 2 events that cannot be
    read or a picture that cannot be written. ``out`` is unused: the
    picture goes to ``args.output``. Errors are one line on stderr.
    """
    from .plot import plot_network, plot_timeline, save_figure  # matplotlib only now

    events = load_events("plot", args.events)
    if isinstance(events, int):
        return events
    draw = plot_timeline if args.picture == "timeline" else plot_network
    try:
        figure = draw(events, by=args.by, title=args.title)
    except DiplomacyEventsError as exc:  # no matplotlib: the message says what to install
        return error("plot", str(exc), EXIT_DATA)
    try:
        save_figure(figure, args.output)
    except OSError as exc:
        return error("plot", f"cannot write {args.output}: {exc.strerror or exc}", EXIT_USAGE)
    return EXIT_OK
