"""What every ``diplomacy-events`` subcommand shares: exit codes, messages, dates, input, the table, help examples.

Exit codes are :data:`EXIT_OK` (0), :data:`EXIT_DATA` (1: the input was
read but what it holds cannot be used) and :data:`EXIT_USAGE` (2: bad
options or values, or an input that cannot be opened). Errors and warnings
are one line on standard error, ``diplomacy-events COMMAND: error: ...``, in
the words argparse uses for its own errors.

>>> date_argument("23 November 2017")
datetime.date(2017, 11, 23)
>>> print(meetings_table([]))
date  kind  status  participants  place  host  summit  document
----  ----  ------  ------------  -----  ----  ------  --------
(no meetings found)
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Iterable
from typing import Any

from .dates import read_date
from .errors import InvalidDateError
from .model import Meeting, Participant

__all__ = [
    "EXIT_DATA",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROG",
    "TABLE_COLUMNS",
    "add_document_options",
    "date_argument",
    "decode",
    "error",
    "examples",
    "input_warning",
    "meetings_table",
    "read_text",
    "warn",
]

#: Success; an empty selection or a document without meetings is still a success.
EXIT_OK = 0
#: The input was read, but what it holds cannot be used (a document or a line failed; every batch line failed).
EXIT_DATA = 1
#: Bad options or values (also those only the data can refute), or an input that cannot be opened.
EXIT_USAGE = 2
#: The command's name, first in every message.
PROG = "diplomacy-events"
#: The columns of the table ``parse``, ``query`` and ``demo`` print.
TABLE_COLUMNS = ("date", "kind", "status", "participants", "place", "host", "summit", "document")

_SAMPLE = 1 << 16  # the characters input_warning looks at
_BINARY_SHARE = 0.1  # more undecodable or control characters than this: not text
_ODD = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")  # U+FFFD and control characters but tab, line and page breaks


def error(command: str, message: str, code: int) -> int:
    """Say ``message`` as ``command``'s error on standard error; returns ``code`` (the exit code).

    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     error("query", "cannot read x.jsonl: No such file or directory", EXIT_USAGE)
    2
    >>> err.getvalue()
    'diplomacy-events query: error: cannot read x.jsonl: No such file or directory\\n'
    """
    print(f"{PROG} {command}: error: {message}", file=sys.stderr)
    return code


def warn(command: str, message: str) -> None:
    """Say ``message`` as ``command``'s warning on standard error (the run goes on).

    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     warn("parse", "empty.txt: empty input, nothing to parse")
    >>> err.getvalue()
    'diplomacy-events parse: warning: empty.txt: empty input, nothing to parse\\n'
    """
    print(f"{PROG} {command}: warning: {message}", file=sys.stderr)


def date_argument(text: str) -> dt.date:
    """An argparse ``type`` for dates: what :func:`~diplomacy_events.dates.read_date` reads, else a usage error.

    >>> date_argument("03/04/2017")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '03/04/2017': day and month could be either way round \
(2017-03-04 or 2017-04-03): write it as YYYY-MM-DD
    """
    try:
        return read_date(text)
    except InvalidDateError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc.reason}") from None


def add_document_options(parser: argparse.ArgumentParser) -> None:
    """Add what a command that parses text files is told about them: ``--published``, ``--outlet``, ``--title``.

    >>> parser = argparse.ArgumentParser()
    >>> add_document_options(parser)
    >>> args = parser.parse_args(["--published", "Nov 23, 2017", "--title", "Sochi talks"])
    >>> args.published, args.outlet, args.title
    (datetime.date(2017, 11, 23), None, 'Sochi talks')
    """
    parser.add_argument(
        "--published",
        type=date_argument,
        metavar="DATE",
        help="publication date, anchors relative dates: 2017-11-23, 'Nov 23, 2017', '23 November 2017' "
        "(not 03/04/2017: day and month could be either way round)",
    )
    parser.add_argument("--outlet", metavar="NAME", help="the outlet that published the text")
    parser.add_argument("--title", metavar="TEXT", help="the text's headline")


def decode(data: bytes) -> str:
    """Decode input bytes: UTF-8, or UTF-16 when a UTF-16 byte order mark says so.

    A UTF-8 byte order mark is dropped; bytes that are not valid UTF-8
    become U+FFFD (one per bad byte), so offsets stay close to the bytes and
    nothing raises.

    >>> decode(b"caf\\xc3\\xa9 \\xff")
    'café \\ufffd'
    >>> decode("Putin".encode("utf-16"))
    'Putin'
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def read_text(name: str) -> str:
    """The decoded text (:func:`decode`) of a file, or of standard input for ``-``; raises ``OSError``."""
    if name == "-":
        return decode(sys.stdin.buffer.read())
    with open(name, "rb") as handle:
        return decode(handle.read())


def input_warning(text: str) -> str | None:
    """Why a decoded input holds nothing to parse (empty, or binary data), else ``None``.

    Binary data shows as NUL characters or as many U+FFFD (bytes that were
    not UTF-8) and control characters; a few stray bad bytes in a text are
    no reason to warn. Only the first 64 Ki characters are looked at.

    >>> input_warning("  \\n")
    'empty input, nothing to parse'
    >>> input_warning("\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    'binary data, not text: no meetings can be found in it'
    >>> input_warning("Putin met Erdogan.") is None
    True
    """
    if not text.strip():
        return "empty input, nothing to parse"
    sample = text[:_SAMPLE]
    odd = len(_ODD.findall(sample))
    if "\x00" in sample or odd > len(sample) * _BINARY_SHARE:
        return "binary data, not text: no meetings can be found in it"
    return None


def _who(participant: Participant) -> str:
    if participant.name:
        return participant.name
    country = participant.country.code if participant.country else "?"
    return f"({country} {participant.role.value if participant.role else 'leader'})"


def _row(meeting: Meeting) -> tuple[str, ...]:
    return (
        str(meeting.date or "undated"),
        meeting.kind.value,
        meeting.status.value,
        " / ".join(map(_who, meeting.participants)),
        str(meeting.place or ""),
        str(meeting.host or ""),
        meeting.summit or "",
        (meeting.source.id if meeting.source else None) or "",
    )


def meetings_table(meetings: Iterable[Meeting]) -> str:
    """A readable table of meetings, one row each under the header :data:`TABLE_COLUMNS`.

    A participant the text names only by office shows as ``(RUS president)``.

    >>> import datetime
    >>> from diplomacy_events import Country, DateSpan, Evidence, Meeting, MeetingKind, Participant, Status
    >>> meeting = Meeting(
    ...     kind=MeetingKind.CALL, status=Status.OCCURRED, date=DateSpan.from_date(datetime.date(2017, 7, 15)),
    ...     participants=(Participant(name="Vladimir Putin"), Participant(country=Country(code="TUR"))),
    ...     evidence=Evidence(text="Putin called the Turkish leader.", start=0, end=32))
    >>> print(meetings_table([meeting]))
    date        kind  status    participants                   place  host  summit  document
    ----------  ----  --------  -----------------------------  -----  ----  ------  --------
    2017-07-15  call  occurred  Vladimir Putin / (TUR leader)
    """
    rows = [TABLE_COLUMNS, *map(_row, meetings)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(TABLE_COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if len(rows) == 1:
        lines.append("(no meetings found)")
    return "\n".join(lines)


def examples(*lines: str) -> dict[str, Any]:
    """``add_parser`` keywords for a subcommand whose ``--help`` ends with these example command lines.

    >>> examples("diplomacy-events demo")["epilog"]
    'examples:\\n  diplomacy-events demo'
    """
    return {
        "epilog": "examples:\n" + "\n".join(f"  {line}" for line in lines),
        "formatter_class": argparse.RawDescriptionHelpFormatter,
    }
