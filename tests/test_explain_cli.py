"""``diplomacy-events explain`` through the real entry point: text and HTML, colour, errors and exit codes."""

from __future__ import annotations

import io
import shlex
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import diplomacy_events as de
from diplomacy_events import BadInputError, ParseResult, cli
from diplomacy_events.explain_cli import use_color
from diplomacy_events.parser import Parser
from test_cli import run_cli
from test_explain import assert_every_span_once, read_page

DEMO = str(resources.files("diplomacy_events") / "data" / "demo_article.txt")
NEWS = "Scholz received Macron at the chancellery on Tuesday. He will visit Rome next week."


def test_the_demo_article_explained_in_the_terminal() -> None:
    done = run_cli("explain", DEMO, "--published", "2023-04-17", "--outlet", "Demo Wire")
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    assert (
        lines[0]
        == "Summit season: a week of leader diplomacy in Asia (Demo Wire, published 2023-04-17): 4 meetings, 0 summits"
    )
    assert "#3 visit, planned, 2023-05: Emmanuel Macron, Xi Jinping" in lines
    assert "    [Macron|P1] is expected to [travel to|trigger] [China|P2] [next month|time] to meet Xi." in lines
    assert "  confidence: 0.85 = 1.0 - 0.15 (an unnamed host: P2)" in lines
    assert "  date: 2023-05, by date.own-time, from 'next month' at 554-564, anchor 2023-04-17" in lines
    assert "\x1b" not in done.stdout  # a pipe is no terminal


def test_stdin_with_outlet_and_title() -> None:
    done = run_cli(
        "explain",
        "-",
        "--published",
        "2024-06-14",
        "--outlet",
        "Example Wire",
        "--title",
        "Berlin talks",
        stdin=NEWS.encode(),
    )
    assert done.returncode == 0
    assert done.stdout.startswith("Berlin talks (Example Wire, published 2024-06-14): 2 meetings, 0 summits\n")
    assert "    [Scholz|P1] [received|trigger] [Macron|P2] at the chancellery on [Tuesday|time]." in done.stdout


def test_an_html_page_is_written_and_marks_every_span(tmp_path: Path) -> None:
    page = tmp_path / "demo.html"
    done = run_cli("explain", DEMO, "--published", "2023-04-17", "--format", "html", "-o", str(page))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    html = page.read_text("utf-8")
    text = Path(DEMO).read_text("utf-8")
    result = de.parse(text, "2023-04-17", id=DEMO)
    assert_every_span_once(result, html)
    assert read_page(html).text == text
    assert "<script" not in html and "<link" not in html


def test_html_goes_to_stdout_without_o() -> None:
    done = run_cli("explain", "-", "--published", "2024-06-14", "--format", "html", stdin=NEWS.encode())
    assert done.returncode == 0 and done.stdout.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(("choice", "coloured"), [("always", True), ("never", False), ("auto", False)])
def test_color_choice_on_a_pipe(choice: str, coloured: bool) -> None:
    done = run_cli("explain", "-", "--published", "2024-06-14", "--color", choice, stdin=NEWS.encode())
    assert done.returncode == 0 and ("\x1b[" in done.stdout) is coloured


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("choice", "environment", "coloured"),
    [
        ("auto", {}, True),
        ("auto", {"NO_COLOR": "1"}, False),
        ("auto", {"NO_COLOR": ""}, True),  # empty: as if unset (no-color.org)
        ("auto", {"TERM": "dumb"}, False),
        ("always", {"NO_COLOR": "1"}, True),  # an explicit option beats the environment
        ("never", {}, False),
    ],
)
def test_use_color_on_a_terminal(
    choice: str, environment: dict[str, str], coloured: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert use_color(choice, _Terminal()) is coloured


def test_colour_on_a_terminal_through_main(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    article = tmp_path / "news.txt"
    article.write_text(NEWS)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert cli.main(["explain", str(article), "--published", "2024-06-14"]) == 0
    assert "\x1b[1;33mreceived" in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert cli.main(["explain", str(article), "--published", "2024-06-14"]) == 0
    assert "\x1b" not in terminal.getvalue() and "[received|trigger]" in terminal.getvalue()


def test_a_text_file_can_be_written_too(tmp_path: Path) -> None:
    out = tmp_path / "why.txt"
    done = run_cli("explain", "-", "--published", "2024-06-14", "-o", str(out), stdin=NEWS.encode())
    assert (done.returncode, done.stdout) == (0, "")
    assert "[received|trigger]" in out.read_text("utf-8")


def test_a_page_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "page.html"
    done = run_cli("explain", "-", "--format", "html", "-o", str(target), stdin=NEWS.encode())
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"diplomacy-events explain: error: cannot write {target}: No such file or directory\n"


def test_bad_options_are_usage_errors() -> None:
    done = run_cli("explain", "-", "--format", "pdf")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        "diplomacy-events explain: error: argument --format: invalid choice: 'pdf' (choose from 'text', 'html')"
    )
    assert run_cli("explain", "a.txt", "b.txt").returncode == 2  # one file at a time


def test_an_empty_input_is_warned_of_and_nothing_found(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    done = run_cli("explain", str(empty))
    assert done.returncode == 0
    assert done.stderr == f"diplomacy-events explain: warning: {empty}: empty input, nothing to parse\n"
    assert done.stdout.endswith("(no meetings or summits found)\n")


def test_a_document_that_fails_is_a_data_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "news.txt"
    article.write_text(NEWS)

    def failing(self: Parser, text: str, *args: Any, **kwargs: Any) -> ParseResult:
        raise BadInputError("refused for the test")

    monkeypatch.setattr(Parser, "parse", failing)
    assert cli.main(["explain", str(article)]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"diplomacy-events explain: error: {article}: refused for the test\n")


def test_the_document_is_named_by_its_file(tmp_path: Path) -> None:
    article = tmp_path / "news.txt"
    article.write_text(NEWS)
    done = run_cli("explain", str(article), "--published", "2024-06-14")
    assert done.stdout.startswith(f"{article} (published 2024-06-14)")


def test_the_example_in_the_docs_is_what_the_command_prints() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text("utf-8")
    section = page[page.index("## `explain`") : page.index("## `batch`")]
    block = section[section.index("```text\n$ ") :].split("\n```", 1)[0].splitlines()[1:]
    program, command, path, *options = shlex.split(block.pop(0).removeprefix("$ "))
    assert (program, command, path) == ("diplomacy-events", "explain", "src/diplomacy_events/data/demo_article.txt")
    printed = iter(run_cli(command, DEMO, *options).stdout.splitlines())
    shown = [line for line in block if line != "..."]
    assert all(line in printed for line in shown), "docs/cli.md's explain example is stale"
