"""The ``diplomacy-events`` command: parse files, run a JSON Lines batch, show a demo.

Exit codes: 0 success, 1 a document failed (``parse``), 2 bad arguments or
unreadable input. Errors are one line on stderr, never a traceback.

``batch`` writes exactly one JSON line per input line, in input order,
whatever the line holds: a result, or an error record with the document's
``id`` (or ``null``), the ``line`` number and a ``message``. On a terminal
it draws a progress bar on stderr. See ``docs/input.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

from . import __version__
from .errors import DiplomacyEventsError
from .model import Meeting, ParseResult, Source
from .parser import Parser
from .plot_cli import add_plot_parser
from .pool import ordered_map
from .query_cli import add_query_parser
from .serialize import to_dict

__all__ = ["decode", "main", "meetings_table"]

#: The longest batch line read in full; a longer one gets an error record (and is skipped unread).
MAX_LINE_BYTES = 64 * 1024 * 1024
_CHUNK = 1 << 20


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


def meetings_table(result: ParseResult) -> str:
    """A readable table of a result's meetings and summits."""
    rows: list[tuple[str, ...]] = [("date", "status", "kind", "participants", "where", "summit")]
    for meeting in result.meetings:
        rows.append(_row(meeting))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if not result.meetings:
        lines.append("(no meetings found)")
    for summit in result.summits:
        where = str(summit.place) if summit.place else "?"
        line = f"summit: {summit.name} ({summit.status.value}) {summit.date or 'undated'} in {where}"
        names = ", ".join(p.name for p in summit.participants if p.name)
        lines.append(f"{line}; with {names}" if names else line)
    lines += [f"warning: {warning}" for warning in result.warnings]
    return "\n".join(lines)


def _row(meeting: Meeting) -> tuple[str, ...]:
    names = " / ".join(
        p.name or f"({p.country.code if p.country else '?'} {p.role.value if p.role else 'leader'})"
        for p in meeting.participants
    )
    where = str(meeting.place) if meeting.place else ""
    if meeting.host is not None:
        where = f"{where} (host {meeting.host.code})" if where else f"host {meeting.host.code}"
    date = str(meeting.date) if meeting.date else "undated"
    return (date, meeting.status.value, meeting.kind.value, names, where, meeting.summit or "")


def _result_record(result: ParseResult, doc_id: Any) -> dict[str, Any]:
    return {
        "id": doc_id,
        "source": to_dict(result.source),
        "meetings": to_dict(result.meetings),
        "summits": to_dict(result.summits),
        "leaders": to_dict(result.leaders),
        "warnings": list(result.warnings),
    }


def _json_line(record: Any, encoding: str) -> str:
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode(encoding)
    except (UnicodeEncodeError, LookupError):  # lone surrogates, or a narrow terminal encoding
        line = json.dumps(record)
    return line + "\n"


def _encoding(out: TextIO) -> str:
    return getattr(out, "encoding", None) or "utf-8"


def _write(out: TextIO, record: Any) -> None:
    out.write(_json_line(record, _encoding(out)))


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
            source = Source(outlet=args.outlet) if args.outlet else None
            result = parser.parse(text, args.published, source, id=None if name == "-" else name)
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


def _error_record(doc_id: Any, number: int, message: str) -> dict[str, Any]:
    return {"id": doc_id, "line": number, "error": message, "meetings": [], "summits": []}


def _optional_text(record: dict[str, Any], field: str) -> str | None:
    value = record.get(field)
    return value if isinstance(value, str) and value else None


def _batch_line(parser: Parser, line: bytes, number: int) -> dict[str, Any]:
    """The output record of one batch input line; an error record when it cannot be parsed.

    Never raises (short of ``KeyboardInterrupt``): whatever goes wrong
    becomes the record's ``error``, ``"<ExceptionType>: <message>"``.
    """
    doc_id: Any = None
    try:
        if not line.strip():
            return _error_record(None, number, "BadInputError: empty line")
        record = json.loads(decode(line))
        if not isinstance(record, dict):
            found = type(record).__name__
            return _error_record(None, number, f"BadInputError: a line must be a JSON object, not a {found}")
        doc_id = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            found = "missing" if text is None else f"a {type(text).__name__}"
            return _error_record(doc_id, number, f"BadInputError: 'text' must be a string ({found})")
        outlet, title, url = (_optional_text(record, name) for name in ("outlet", "title", "url"))
        source = Source(outlet=outlet, title=title, url=url)
        result = parser.parse(text, record.get("published"), source, id=number if doc_id is None else doc_id)
        return _result_record(result, number if doc_id is None else doc_id)
    except (ValueError, DiplomacyEventsError) as exc:  # json.JSONDecodeError is a ValueError
        return _error_record(doc_id, number, f"{type(exc).__name__}: {exc}")
    except RecursionError:  # JSON nested thousands deep
        return _error_record(doc_id, number, "BadInputError: JSON nested too deeply")
    except Exception as exc:  # a bug must cost one line, not the batch
        return _error_record(doc_id, number, f"InternalError: {type(exc).__name__}: {exc}")


def _batch_output(parser: Parser, item: tuple[bytes | None, int, str]) -> str:
    """The output line of one batch input line (``None``: one too long to read), in ``encoding``."""
    line, number, encoding = item
    if line is None:
        record = _error_record(None, number, f"BadInputError: line longer than {MAX_LINE_BYTES} bytes")
    else:
        record = _batch_line(parser, line, number)
    return _json_line(record, encoding)


def _lines(stream: IO[bytes]) -> Iterator[tuple[bytes | None, int]]:
    """The lines of a binary stream and the bytes each took; ``None`` for one over :data:`MAX_LINE_BYTES`.

    An over-long line is skipped in chunks, never held in memory whole.
    """
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_CHUNK)
            if not line:
                break
            size += len(line)
        yield None, size


class _Progress:
    """A one-line progress bar with rate and ETA on a terminal's stderr; silent elsewhere."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.active = stream.isatty()
        self.start = self.last = time.monotonic()

    def update(self, done: int, lines: int, final: bool = False) -> None:
        """Redraw (at most ten times a second) after ``done`` bytes and ``lines`` lines."""
        if not self.active:
            return
        now = time.monotonic()
        if not final and now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = f"{lines / elapsed:,.0f} docs/s {done / elapsed / 1e6:.2f} MB/s"
        if self.total:
            share = min(done / self.total, 1.0)
            bar = "#" * int(share * 24)
            left = (self.total - done) / (done / elapsed) if done else 0.0
            eta = time.strftime("%H:%M:%S", time.gmtime(max(left, 0.0)))
            text = f"[{bar:<24}] {share:4.0%} {lines:,} lines {rate} ETA {eta}"
        else:
            text = f"{lines:,} lines {rate}"
        self.stream.write("\r" + text + ("\n" if final else ""))
        self.stream.flush()


def _directory_lines(folder: Path) -> Iterator[tuple[bytes | None, int]]:
    """Each ``.txt`` file of a folder as a batch line ``{"id": <relative path>, "text": ...}``."""
    for file in sorted(folder.rglob("*.txt")):
        try:
            data = file.read_bytes()
        except OSError as exc:
            text, size = json.dumps({"id": str(file.relative_to(folder)), "error": exc.strerror}), 0
            yield text.encode(), size
            continue
        record = {"id": str(file.relative_to(folder)), "text": decode(data)}
        yield json.dumps(record).encode(), len(data)


def _batch_command(args: argparse.Namespace, out: TextIO) -> int:
    parser = Parser()
    total: int | None = None
    try:
        if args.input == "-":
            stream: IO[bytes] = sys.stdin.buffer
        elif os.path.isdir(args.input):
            stream = io.BytesIO()
            total = sum(f.stat().st_size for f in Path(args.input).rglob("*.txt"))
        else:
            stream = open(args.input, "rb")  # noqa: SIM115
            total = os.fstat(stream.fileno()).st_size
    except OSError as exc:
        print(f"diplomacy-events: cannot read {args.input}: {exc.strerror}", file=sys.stderr)
        return 2
    lines = _directory_lines(Path(args.input)) if args.input != "-" and os.path.isdir(args.input) else _lines(stream)
    progress = _Progress(sys.stderr, total)
    done = 0
    number = 0
    sizes: deque[int] = deque()  # of the lines handed out and not yet written

    def items() -> Iterator[tuple[bytes | None, int, str]]:
        for number, (line, size) in enumerate(lines, 1):
            sizes.append(size)
            yield line, number, _encoding(out)

    with stream:
        for number, text in enumerate(ordered_map(_batch_output, items(), parser, workers=args.workers), 1):
            out.write(text)
            out.flush()
            done += sizes.popleft()
            progress.update(done, number)
    progress.update(done, number, final=True)
    return 0


def _demo_command(args: argparse.Namespace, out: TextIO) -> int:
    from importlib import resources  # only the demo reads a bundled file

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


def _workers_argument(value: str) -> int:
    try:
        workers = int(value)
    except ValueError:
        workers = -1
    if workers < 0:
        raise argparse.ArgumentTypeError(f"not a number of workers (0 or more): {value!r}")
    return workers


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
    batch.add_argument(
        "input",
        metavar="IN",
        help="a JSON Lines file of {id, text, published, outlet, title, url}, a folder of .txt files, or '-'",
    )
    batch.add_argument(
        "--workers",
        type=_workers_argument,
        default=1,
        metavar="N",
        help="parse on N processes, output in input order (default 1; 0: every core)",
    )
    batch.set_defaults(run=_batch_command)
    demo = commands.add_parser("demo", help="parse the bundled example article")
    demo.set_defaults(run=_demo_command)
    add_query_parser(commands)
    add_plot_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper):
        out.reconfigure(errors="backslashreplace")
    args = _argument_parser().parse_args(argv)
    try:
        return int(args.run(args, out))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
