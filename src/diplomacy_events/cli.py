"""The ``diplomacy-events`` command: parse files, explain them, run a JSON Lines batch, query results, show a demo.

Exit codes, in every subcommand: 0 success, 1 a data error (a document
failed in ``parse`` or ``explain``; every line failed in ``batch``; a
malformed line in ``query``), 2 a usage error (bad options or values, an
input that cannot be opened). Errors are one line on stderr, never a traceback (see
:mod:`diplomacy_events.cli_common`).

``batch`` writes exactly one JSON line per input line, in input order,
whatever the line holds: a result, or an error record with the document's
``id`` (or ``null``), the ``line`` number and a ``message``; it ends with a
summary on stderr. On a terminal it draws a progress bar on stderr. See
``docs/input.md``.
"""

from __future__ import annotations

import argparse
import gc
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
from .cli_common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    add_document_options,
    decode,
    error,
    examples,
    input_warning,
    meetings_table,
    read_text,
    warn,
)
from .errors import DiplomacyEventsError
from .explain_cli import add_explain_parser
from .model import ParseResult
from .parser import Parser
from .plot_cli import add_plot_parser
from .pool import ordered_map
from .query_cli import add_query_parser
from .serialize import to_dict

__all__ = ["decode", "main", "result_table"]

#: The longest batch line read in full; a longer one gets an error record (and is skipped unread).
MAX_LINE_BYTES = 64 * 1024 * 1024
_CHUNK = 1 << 20
_ERRORS_LISTED = 10  # the batch summary lists the numbers of this many error lines


def result_table(result: ParseResult) -> str:
    """A readable table of a result's meetings, then a line per summit and per warning.

    The table is :func:`~diplomacy_events.cli_common.meetings_table`'s, as in ``query``.
    """
    lines = [meetings_table(result.meetings)]
    for summit in result.summits:
        where = str(summit.place) if summit.place else "?"
        line = f"summit: {summit.name} ({summit.status.value}) {summit.date or 'undated'} in {where}"
        names = ", ".join(p.name for p in summit.participants if p.name)
        lines.append(f"{line}; with {names}" if names else line)
    lines += [f"warning: {warning}" for warning in result.warnings]
    return "\n".join(lines)


def _result_record(result: ParseResult, doc_id: Any, *warnings: str) -> dict[str, Any]:
    return {
        "id": doc_id,
        "source": to_dict(result.source),
        "meetings": to_dict(result.meetings),
        "summits": to_dict(result.summits),
        "leaders": to_dict(result.leaders),
        "warnings": [*warnings, *result.warnings],
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
        shown = "standard input" if name == "-" else name
        try:
            text = read_text(name)
        except OSError as exc:
            return error("parse", f"cannot read {shown}: {exc.strerror or exc}", EXIT_USAGE)
        warning = input_warning(text)
        if warning:
            warn("parse", f"{shown}: {warning}")
        try:
            result = parser.parse(
                text, args.published, outlet=args.outlet, title=args.title, id=None if name == "-" else name
            )
        except DiplomacyEventsError as exc:
            failed += 1
            error("parse", f"{shown}: {exc}", EXIT_DATA)
            continue
        if args.format == "table":
            if len(args.files) > 1:
                out.write(f"== {name}\n")
            out.write(result_table(result) + "\n")
        elif args.format == "json":
            record = _result_record(result, name, *([warning] if warning else []))
            out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        else:
            for meeting in result.meetings:
                _write(out, to_dict(meeting))
    return EXIT_DATA if failed else EXIT_OK


def _error_record(doc_id: Any, number: int, message: str) -> dict[str, Any]:
    return {"id": doc_id, "line": number, "error": message, "meetings": [], "summits": []}


def _optional_text(record: dict[str, Any], field: str) -> str | None:
    value = record.get(field)
    return value if isinstance(value, str) and value else None


def _batch_line(parser: Parser, line: bytes, number: int) -> dict[str, Any]:
    """The output record of one batch input line; an error record when it cannot be parsed.

    Never raises (short of ``KeyboardInterrupt``): whatever goes wrong
    becomes the record's ``error``, ``"<ExceptionType>: <message>"``. A
    text that is empty or binary data gets a warning in the result's
    ``warnings``.
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
        key = number if doc_id is None else doc_id
        result = parser.parse(text, record.get("published"), outlet=outlet, title=title, url=url, id=key)
        warning = input_warning(text)
        return _result_record(result, key, *([warning] if warning else []))
    except (ValueError, DiplomacyEventsError) as exc:  # json.JSONDecodeError is a ValueError
        return _error_record(doc_id, number, f"{type(exc).__name__}: {exc}")
    except RecursionError:  # JSON nested thousands deep
        return _error_record(doc_id, number, "BadInputError: JSON nested too deeply")
    except Exception as exc:  # a bug must cost one line, not the batch
        return _error_record(doc_id, number, f"InternalError: {type(exc).__name__}: {exc}")


def _batch_output(parser: Parser, item: tuple[bytes | None, int, str]) -> tuple[str, bool]:
    """The output line of one batch input line (``None``: one too long to read), in ``encoding``; and if it failed."""
    line, number, encoding = item
    if line is None:
        record = _error_record(None, number, f"BadInputError: line longer than {MAX_LINE_BYTES} bytes")
    else:
        record = _batch_line(parser, line, number)
    return _json_line(record, encoding), "error" in record


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


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _batch_summary(read: int, errors: list[int], unit: str) -> int:
    """Say on stderr how many lines (or files) were read and which failed; returns the exit code.

    Every one failing is a data error; none read is a warning.
    """
    if not read:
        warn("batch", f"empty input: no {unit}s to read")
        return EXIT_OK
    listed = ", ".join(map(str, errors[:_ERRORS_LISTED]))
    if len(errors) > _ERRORS_LISTED:
        listed += f" and {len(errors) - _ERRORS_LISTED} more"
    failed = _count(len(errors), f"error {unit}") + (f" ({listed})" if errors else "")
    print(f"{PROG} batch: {_count(read, unit)} read, {_count(read - len(errors), 'result')}, {failed}", file=sys.stderr)
    if len(errors) == read:
        return error("batch", f"every {unit} failed (see the error records)", EXIT_DATA)
    return EXIT_OK


def _batch_command(args: argparse.Namespace, out: TextIO) -> int:
    parser = Parser().prepare()
    # The knowledge base and phrase tables live as long as this process: moved out of the collector's sight, they
    # are no longer walked by every full collection (about 6% of a long batch; docs/performance.md).
    gc.freeze()
    total: int | None = None
    folder = args.input != "-" and os.path.isdir(args.input)
    try:
        if args.input == "-":
            stream: IO[bytes] = sys.stdin.buffer
        elif folder:
            stream = io.BytesIO()
            total = sum(f.stat().st_size for f in Path(args.input).rglob("*.txt"))
        else:
            stream = open(args.input, "rb")  # noqa: SIM115
            total = os.fstat(stream.fileno()).st_size
    except OSError as exc:
        return error("batch", f"cannot read {args.input}: {exc.strerror or exc}", EXIT_USAGE)
    lines = _directory_lines(Path(args.input)) if folder else _lines(stream)
    progress = _Progress(sys.stderr, total)
    done = 0
    number = 0
    sizes: deque[int] = deque()  # of the lines handed out and not yet written
    errors: list[int] = []

    def items() -> Iterator[tuple[bytes | None, int, str]]:
        for number, (line, size) in enumerate(lines, 1):
            sizes.append(size)
            yield line, number, _encoding(out)

    with stream:
        answers = ordered_map(_batch_output, items(), parser, workers=args.workers)
        for number, (text, failed) in enumerate(answers, 1):
            if failed:
                errors.append(number)
            out.write(text)
            out.flush()
            done += sizes.popleft()
            progress.update(done, number)
    progress.update(done, number, final=True)
    return _batch_summary(number, errors, "file" if folder else "line")


def _demo_command(args: argparse.Namespace, out: TextIO) -> int:
    from importlib import resources  # only the demo reads a bundled file

    text = (resources.files("diplomacy_events") / "data" / "demo_article.txt").read_text("utf-8")
    result = Parser().parse(text, "2023-04-17", outlet="Demo Wire", title="Summit season")
    out.write(f"{result.source.title} ({result.source.outlet}, published {result.source.published})\n\n")
    out.write(result_table(result) + "\n")
    return EXIT_OK


def _workers_argument(value: str) -> int:
    try:
        workers = int(value)
    except ValueError:
        workers = -1
    if workers < 0:
        raise argparse.ArgumentTypeError(f"not a number of workers (0 or more): {value!r}")
    return workers


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Leader-level diplomacy from English news text: parse files, explain what was found, "
        "run a JSON Lines batch, query the results, show a demo.",
        **examples(
            f"{PROG} demo",
            f"{PROG} parse article.txt --published 2017-11-23",
            f"{PROG} explain article.txt --published 2017-11-23 --format html -o article.html",
            f"{PROG} batch articles.jsonl | {PROG} query - --between RUS TUR --format csv",
            f"{PROG} COMMAND --help      (each command's options, and examples)",
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="find the meetings in text files",
        description="Find the meetings, visits, calls and summits in text files.",
        **examples(
            f"{PROG} parse article.txt --published 2017-11-23",
            f"{PROG} parse article.txt --published '23 November 2017' --format json",
            f"{PROG} parse a.txt b.txt --format jsonl > meetings.jsonl",
            f"cat article.txt | {PROG} parse - --outlet 'Example Wire'",
        ),
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="text files to parse ('-' reads stdin)")
    add_document_options(parse)
    parse.add_argument("--format", choices=("table", "json", "jsonl"), default="table", help="default: table")
    parse.set_defaults(run=_parse_command)
    add_explain_parser(commands)
    batch = commands.add_parser(
        "batch",
        help="JSON Lines in, JSON Lines out: one result per input line",
        description="Parse many documents: one JSON result line per input line (or per .txt file of a folder), "
        "in input order, then a summary on stderr.",
        **examples(
            f"{PROG} batch articles.jsonl > results.jsonl",
            f"{PROG} batch articles/ > results.jsonl",
            f"cat articles.jsonl | {PROG} batch - | {PROG} query - --involving Macron",
        ),
    )
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
    demo = commands.add_parser(
        "demo",
        help="parse the bundled example article",
        description="Parse the example article bundled with the package and print its table.",
        **examples(f"{PROG} demo"),
    )
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
