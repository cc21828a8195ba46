"""The mention stage's tag gates skip no work that could change a result.

:meth:`~diplomacy_events.mentions.Gazetteer.mentions` works out the union of
its matches' tags once and reads full names only when a leader's alias is
there, middle names only when a family name is, and titles written out before
a name only when a title or a titled alias (which may split into a title) is
there. Each skipped step must leave its input as it was.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplomacy_events import default_knowledge
from diplomacy_events.bench import news_corpus
from diplomacy_events.mentions import _FAMILY, _LEADER, _NAME_TITLE_TAGS, _TITLE, Gazetteer, _accept, _tags
from diplomacy_events.segment import sentences

GAZETTEER = Gazetteer.for_knowledge(default_knowledge())
_WORDS = [
    "President", "Prime", "Minister", "Chairman", "Mao", "Zedong", "Xi", "Jinping", "Putin", "Vladimir", "Rodrigo",
    "Roa", "Duterte", "Cyril", "Matamela", "Ramaphosa", "of", "the", "Republic", "France", "French", "Paris",
    "Moscow", "in", "to", "and", ",", "King", "Abdullah", "he", "met", "visited", "NATO", "Kim", "Jong", "Un",
]  # fmt: skip


def assert_gates_hold(text: str) -> None:
    """What each gate assumes of the matches of ``text``'s sentences."""
    for sentence in sentences(text, 0, len(text)):
        tokens = sentence.tokens
        matches = GAZETTEER.matcher.find(tokens, _accept)
        present = frozenset().union(*(_tags(m.values) for m in matches))
        full = GAZETTEER._full_names(tokens, matches)
        if _LEADER not in present:
            assert full == matches
        middle = GAZETTEER._middle_names(tokens, full)
        if _FAMILY not in present:
            assert middle == full
        if present.isdisjoint(_NAME_TITLE_TAGS):  # then _written_out finds no title and returns its input
            assert all(_TITLE not in _tags(m.values) for m in middle)


@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_gates_hold_on_any_words(words: list[str]) -> None:
    assert_gates_hold(" ".join(words) + ".")


def test_gates_hold_on_generated_news() -> None:
    for document in news_corpus(60_000):
        assert_gates_hold(document["text"])
