"""The ``diplomacy-events explain`` subcommand: why each meeting and summit of a text was found.

Parses one text file (``-`` for stdin) and prints each record with its
evidence sentence and the words it stands on marked (see
:mod:`diplomacy_events.explain`), or writes one self-contained HTML page::

    diplomacy-events explain article.txt --published 2023-04-17 --format html -o article.html

Colour: ``--color auto`` (the default) colours the marks when the output is
a terminal and the ``NO_COLOR`` environment variable is unset or empty (and
``TERM`` is not ``dumb``); ``always`` and ``never`` decide regardless.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="diplomacy-events")
>>> _ = add_explain_parser(parser.add_subparsers(dest="command"))
>>> args = parser.parse_args(["explain", "article.txt", "--published", "2023-04-17", "--format", "html"])
>>> args.file, args.published, args.format, args.color
('article.txt', datetime.date(2023, 4, 17), 'html', 'auto')
"""

from __future__ import annotations

import argparse
import os
from typing import Any, TextIO

from .cli_common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    add_document_options,
    error,
    examples,
    input_warning,
    read_text,
    warn,
)
from .errors import DiplomacyEventsError
from .explain import explain_html, explain_text
from .parser import Parser

__all__ = ["add_explain_parser", "run_explain", "use_color"]


def add_explain_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``explain`` subcommand to ``subparsers`` (from ``ArgumentParser.add_subparsers()``).

    The parser's default ``run`` is :func:`run_explain`. See the module docstring for an example.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "explain",
        help="show why each meeting and summit was found: its words marked, its rules, date and confidence",
        description="Parse a text file and show each meeting and summit found with its evidence sentence, the "
        "words it stands on marked (trigger, time, each participant's mention, a pronoun's antecedent), "
        "its fields, the rules that fired, how each participant was identified, how it was dated and its "
        "confidence; or write all of it as one self-contained HTML page.",
        **examples(
            f"{PROG} explain article.txt --published 2017-11-23",
            f"{PROG} explain article.txt --published 2017-11-23 --format html -o article.html",
            f"cat article.txt | {PROG} explain - --published 'Nov 23, 2017' --color always | less -R",
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the text file to explain ('-' reads stdin)")
    add_document_options(parser)
    parser.add_argument(
        "--format",
        choices=("text", "html"),
        default="text",
        help="text (default): each record with its marks, for a terminal; html: one self-contained page",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the marks of the text format: auto (default) on a terminal unless NO_COLOR is set",
    )
    parser.set_defaults(run=run_explain)
    return parser


def use_color(choice: str, stream: TextIO) -> bool:
    """Whether to colour output to ``stream``: ``always``, ``never``, or (``auto``) on a terminal without NO_COLOR.

    >>> import io
    >>> use_color("auto", io.StringIO()), use_color("always", io.StringIO())
    (False, True)
    """
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


def run_explain(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``explain`` with parsed ``args``, writing to ``out`` (or ``args.output``); returns the exit status.

    0 done (also when nothing was found); 1 the text could not be parsed; 2 a
    file that cannot be read or written. Errors are one line on stderr.
    """
    name = args.file
    shown = "standard input" if name == "-" else name
    try:
        text = read_text(name)
    except OSError as exc:
        return error("explain", f"cannot read {shown}: {exc.strerror or exc}", EXIT_USAGE)
    warning = input_warning(text)
    if warning:
        warn("explain", f"{shown}: {warning}")
    try:
        result = Parser().parse(
            text, args.published, outlet=args.outlet, title=args.title, id=None if name == "-" else name
        )
    except DiplomacyEventsError as exc:
        return error("explain", f"{shown}: {exc}", EXIT_DATA)
    if args.format == "html":
        rendered = explain_html(result)
    else:
        color = args.color == "always" if args.output else use_color(args.color, out)
        rendered = explain_text(result, color) + "\n"
    if args.output is None:
        out.write(rendered)
        return EXIT_OK
    try:
        with open(args.output, "w", encoding="utf-8", errors="backslashreplace") as written:
            written.write(rendered)
    except OSError as exc:
        return error("explain", f"cannot write {args.output}: {exc.strerror or exc}", EXIT_USAGE)
    return EXIT_OK
