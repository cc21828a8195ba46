"""PhraseMatcher: longest, non-overlapping matches by token keys."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplomacy_events.phrases import Match, PhraseMatcher
from diplomacy_events.segment import tokenize


def matcher() -> PhraseMatcher[str]:
    found: PhraseMatcher[str] = PhraseMatcher()
    for phrase, value in [
        ("Group of 20", "G20"),
        ("G20", "G20"),
        ("Group", "group"),
        ("Xi Jinping", "xi"),
        ("Xi", "xi"),
        ("Xi", "xi-alias"),
    ]:
        found.add(phrase, value)
    return found


def test_longest_match_wins_and_values_are_kept_in_order() -> None:
    tokens = tokenize("The Group of 20 met Xi Jinping and Xi")
    expected = [Match(1, 4, ("G20",)), Match(5, 7, ("xi",)), Match(8, 9, ("xi", "xi-alias"))]
    assert list(matcher().find(tokens)) == expected


def test_a_vetoed_match_moves_one_token_on() -> None:
    tokens = tokenize("Group of 20 G20")
    found = list(matcher().find(tokens, accept=lambda toks, m: m.end - m.start == 1))
    assert found == [Match(3, 4, ("G20",))]  # "Group of 20" vetoed: "of" and "20" start nothing


def test_match_at_agrees_with_find() -> None:
    tokens = tokenize("Group of twenty")
    assert matcher().match_at(tokens, 0) == Match(0, 1, ("group",))
    assert matcher().match_at(tokens, 1) is None


@given(st.lists(st.sampled_from(["Group", "of", "20", "Xi", "Jinping", "met", "."]), max_size=30))
def test_find_equals_match_at_scan(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    m = matcher()
    expected, position = [], 0
    while position < len(tokens):
        found = m.match_at(tokens, position)
        if found:
            expected.append(found)
            position = found.end
        else:
            position += 1
    assert list(m.find(tokens)) == expected
