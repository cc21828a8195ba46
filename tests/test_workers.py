"""Every core: batch --workers N and parse_many give what one worker gives, in input order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomacy_events import cli
from diplomacy_events.bench import main as bench_main
from diplomacy_events.bench import news_corpus
from diplomacy_events.errors import BadInputError
from diplomacy_events.parser import Parser, parse_many
from diplomacy_events.pool import ordered_map


def test_batch_on_two_workers_writes_the_same_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps(d).encode() + b"\n" for d in news_corpus(40_000, seed=4)]
    lines += [b"not json\n", b"\n", b'{"id": 7, "text": 5}\n', b'{"text": "Putin met Erdogan.", "published": "x"}\n']
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(lines * 3))
    outputs = []
    for workers in ("1", "2", "0"):
        assert cli.main(["batch", str(source), "--workers", workers]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0].splitlines()) == len(lines) * 3


def test_a_negative_number_of_workers_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["batch", "-", "--workers", "-2"])
    assert exit_info.value.code == 2
    assert "workers" in capsys.readouterr().err


def _fails_on_three(parser: Parser, item: int) -> int:
    if item == 3:
        raise BadInputError("three", item)
    return item * 2


@pytest.mark.parametrize("workers", [1, 2])
def test_an_error_comes_after_the_results_before_it(workers: int) -> None:
    found = []
    with pytest.raises(BadInputError):
        for value in ordered_map(_fails_on_three, range(10), Parser(), workers=workers, chunksize=2):
            found.append(value)
    assert found == [0, 2, 4]


def test_parse_many_on_every_core_keeps_order() -> None:
    documents = [{"text": d["text"], "published": d["published"]} for d in news_corpus(30_000, seed=9)]
    serial = list(parse_many(documents))
    assert list(parse_many(documents, workers=0, chunksize=2)) == serial


def test_the_stream_benchmark_exits_2_without_its_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_main(["--stream", "--shared", str(tmp_path)]) == 2
    assert "general-news.jsonl" in capsys.readouterr().err
