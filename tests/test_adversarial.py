"""Hostile input: results stay valid on every case of issue 6, and no stage is super-linear.

The inputs are those of ``python -m diplomacy_events.bench --adversarial``,
shrunk to 200 KB so the suite stays fast; the benchmark times them at full
size. No test here asserts a time: growth is checked by counting the Python
lines a stage executes on an input of size n and of size 4n (a linear stage
does about 4 times the work, a quadratic one about 16 times).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplomacy_events import ParseResult, parse
from diplomacy_events.bench import adversarial_texts, peak_memory
from diplomacy_events.normalize import normalize
from diplomacy_events.parser import Parser
from diplomacy_events.phrases import PhraseMatcher
from diplomacy_events.segment import MAX_SENTENCE_TOKENS, segment, tokenize

SIZE = 200_000


def assert_valid(result: ParseResult, text: str) -> None:
    """Every evidence span slices the input to exactly its text; every meeting has two parties."""
    assert result.text == text
    spans = [m.evidence for m in result.meetings] + [s.evidence for s in result.summits if s.evidence is not None]
    spans += [r.evidence for m in result.meetings for r in m.also_reported]
    for evidence in spans:
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.text
    for meeting in result.meetings:
        assert len(meeting.participants) >= 2


@pytest.fixture(scope="module")
def hostile() -> dict[str, str]:
    return adversarial_texts(SIZE)


CASES = [
    "capitalised",
    "and_names",
    "no_full_stop",
    "punctuation_runs",
    "nested",
    "mixed_scripts",
    "control_chars",
    "lone_surrogates",
    "single_line",
]


def test_the_benchmark_has_every_case(hostile: dict[str, str]) -> None:
    assert sorted(hostile) == sorted(CASES)
    assert all(0 < len(text) <= SIZE for text in hostile.values())


@pytest.mark.parametrize("case", CASES)
def test_hostile_input_gives_a_valid_result(hostile: dict[str, str], case: str) -> None:
    text = hostile[case]
    assert_valid(parse(text, dt.date(2020, 6, 1)), text)


def test_news_without_full_stops_still_finds_meetings(hostile: dict[str, str]) -> None:
    # cutting an endless sentence into pieces must not lose everything in it
    assert parse(hostile["no_full_stop"], dt.date(2020, 6, 1)).meetings


def test_an_endless_sentence_is_cut_into_bounded_pieces(hostile: dict[str, str]) -> None:
    document = normalize(hostile["no_full_stop"])
    pieces = [s for p in segment(document) for s in p.sentences]
    assert len(pieces) > 1
    assert max(len(s.tokens) for s in pieces) <= MAX_SENTENCE_TOKENS
    tokens = [t for s in pieces for t in s.tokens]
    assert tokens == tokenize(document.text, document.body[0].start, document.body[-1].end)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
@example("\x00" * 50)
@example("\ud800 Putin \udfff met \udc00 Erdogan.")
@example("(" * 300 + "Putin met Erdogan." + ")" * 300)
@example("<script>Putin met Erdogan.</script>")
@example("Putin and " * 60)
@example("could . days met presidents both in our expected the host PRESIDENT")  # a title last: no word past the end
def test_parse_never_raises_and_stays_valid(text: str) -> None:
    assert_valid(parse(text, dt.date(2020, 6, 1)), text)


# -- growth: lines executed on n and 4n --------------------------------------------


def lines_executed(call: Callable[[], object]) -> int:
    """How many Python lines ``call`` executes (a deterministic measure of work)."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


def growth(make: Callable[[int], Callable[[], object]], n: int) -> float:
    """Work on 4n divided by work on n: about 4 when linear, about 16 when quadratic."""
    return lines_executed(make(4 * n)) / lines_executed(make(n))


def test_tokenize_and_segment_are_linear() -> None:
    def make(n: int) -> Callable[[], object]:
        document = normalize("Putin, Erdogan and Macron met in Sochi and " * n)
        return lambda: segment(document)

    assert growth(make, 100) < 5


def test_phrase_matching_is_linear_in_tokens_whatever_the_phrases() -> None:
    matcher: PhraseMatcher[int] = PhraseMatcher()
    for i in range(2_000):
        matcher.add(f"Alpha Beta {i}", i)

    def make(n: int) -> Callable[[], object]:
        tokens = tokenize("Alpha Beta Alpha Beta Gamma " * n)
        return lambda: list(matcher.find(tokens))

    assert growth(make, 200) < 5


def test_a_whole_parse_is_linear_on_an_endless_sentence() -> None:
    # the segmenter bounds sentences, so per-sentence quadratic work stays bounded
    def make(n: int) -> Callable[[], object]:
        text = "Vladimir Putin met Recep Tayyip Erdogan and Emmanuel Macron in Sochi on Monday, " * n
        return lambda: parse(text, dt.date(2019, 6, 1))

    assert growth(make, 60) < 5.5


def test_folding_a_document_s_meetings_is_linear_in_distinct_meetings() -> None:
    from diplomacy_events.assemble import fold_meetings
    from diplomacy_events.model import Evidence, Meeting, MeetingKind, Participant, Status

    evidence = Evidence(text="", start=0, end=0)

    def make(n: int) -> Callable[[], object]:
        meetings = [
            Meeting(
                participants=(Participant(name=f"Leader {i}"), Participant(name=f"Leader {i + 1}")),
                kind=MeetingKind.MEETING,
                status=Status.OCCURRED,
                evidence=evidence,
            )
            for i in range(n)
        ]
        return lambda: fold_meetings(meetings)

    assert growth(make, 100) < 5


def test_find_events_is_linear_in_one_giant_sentence() -> None:
    from diplomacy_events.events import find_events, find_summits
    from diplomacy_events.timex import find_times

    parser = Parser()
    gazetteer = parser.gazetteer
    words = gazetteer.words

    def make(n: int) -> Callable[[], object]:
        tokens = tokenize("Vladimir Putin met Recep Tayyip Erdogan and Emmanuel Macron in Sochi, " * n)
        mentions = gazetteer.mentions(tokens)
        times = find_times(tokens)
        summits = find_summits(tokens, mentions, times, words)
        return lambda: find_events(tokens, mentions, times, summits, parser.triggers, words)

    assert growth(make, 40) < 5


def test_link_pronouns_is_linear_in_sentences_without_antecedents() -> None:
    from diplomacy_events.mentions import link_pronouns

    gazetteer = Parser().gazetteer
    pronoun = gazetteer.mentions(tokenize("He said so."))

    def make(n: int) -> Callable[[], object]:
        return lambda: link_pronouns([list(pronoun) for _ in range(n)])

    assert growth(make, 300) < 5


def test_a_parse_is_linear_on_pronouns_without_antecedents() -> None:
    # bench.known_hazards()["pronouns"]: about 40 s/MB at 50 KB, 190 s/MB at 200 KB
    parse("warm up")

    def make(n: int) -> Callable[[], object]:
        text = "He said so. " * n
        return lambda: parse(text, dt.date(2019, 6, 1))

    assert growth(make, 100) < 5


def test_memory_is_linear_without_a_publication_date() -> None:
    # a warning per unresolved date once quoted the whole text: 2 MB took 24 GB
    parse("warm up")
    sentence = "On Monday, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. "
    small = peak_memory(lambda: parse(sentence * 100))
    large = peak_memory(lambda: parse(sentence * 400))
    assert large / small < 6
