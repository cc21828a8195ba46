"""The rules' cue-word gates change no result: every text parses the same with and without them.

The sentence scans written for speed (in C where they can be) answer as the plain loops they replace.

A rule may declare the cue words it cannot fire without (``needs`` in
:func:`~diplomacy_events.rules.rule`); :func:`~diplomacy_events.rules.run`
skips it in a sentence that holds none of them. Turning the gates off
(``rules.GATED``) must leave every result and every rule trace as it was.
The development, seed and general news articles are read from the shared
folder beside the repository (``../shared``) when it is there; they are never
copied into the project.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomacy_events.assemble  # noqa: F401  (registers every rule)
from corpus import held_out, seeds, shared
from diplomacy_events import parser, rules
from diplomacy_events.bench import adversarial_texts, gold_articles, load_corpus, news_corpus
from diplomacy_events.events import summits
from diplomacy_events.events.context import within
from diplomacy_events.lexicon import CLAUSE_BREAKS, RELATIVE_PRONOUNS, Cues, Trigger, default_lexicon
from diplomacy_events.mentions import Mention, MentionKind
from diplomacy_events.parser import Parser
from diplomacy_events.segment import tokenize
from diplomacy_events.serialize import to_dict
from diplomacy_events.syntax import ByStart, Clauses, _breaks, conjunct_between, in_relative_clause

PARSER = Parser()
WORDS = default_lexicon()
GATED_RULES = [r for r in rules.RULES.values() if r.needs]


def outcome(document: dict[str, Any], gated: bool) -> tuple[Any, list[tuple[int, str]]]:
    """A document's whole result and the rules that fired, with the gates on or off."""
    trace: list[tuple[int, str]] = []
    saved, rules.GATED = rules.GATED, gated
    try:
        result = PARSER.parse(document["text"], document.get("published"), outlet=document.get("outlet"), trace=trace)
    finally:
        rules.GATED = saved
    return to_dict(result), trace


def assert_same(documents: list[dict[str, Any]]) -> None:
    assert documents
    differ = [d.get("id") for d in documents if outcome(d, True) != outcome(d, False)]
    assert differ == []


@pytest.mark.parametrize("folder", ["dev", "dev2"])
def test_development_articles_parse_the_same(folder: str) -> None:
    assert_same(gold_articles(shared("eval", folder)))


def test_held_out_seed_and_general_articles_parse_the_same() -> None:
    assert_same(held_out() + seeds() + load_corpus(shared("bench", "general-news.jsonl")))


def test_generated_news_and_hostile_input_parse_the_same() -> None:
    documents = news_corpus(150_000, seed=29)
    documents += [{"id": name, "text": text} for name, text in adversarial_texts(20_000).items()]
    assert_same(documents)


def test_every_need_is_a_word_list_a_token_key_or_a_trigger_property() -> None:
    assert len(GATED_RULES) >= 20
    lists = {f.name for f in attrs.fields(type(WORDS))}
    properties = {f.name for f in attrs.fields(Trigger) if f.type in (bool, "bool")}
    for found in GATED_RULES:
        for need in found.needs:
            if need.startswith("trigger."):
                assert need.removeprefix("trigger.") in properties, (found.id, need)
            elif need.startswith("words."):
                name = need.removeprefix("words.")
                assert name in lists, (found.id, need)
                value = getattr(WORDS, name)
                assert isinstance(value, Cues | frozenset | tuple) and rules.need_words(need, WORDS), (found.id, need)
            else:
                assert [t.key for t in tokenize(need)] == [need], (found.id, need)


def test_a_sentence_without_a_rules_cue_words_skips_it() -> None:
    negated = rules.RULES["veto.negated"]
    assert rules.cued(["biden", "met", "xi", "."], WORDS) & rules._NEED_BITS[negated.needs[0]] == 0
    assert rules.cued(["biden", "didn't", "meet", "xi", "."], WORDS) & rules._NEED_BITS["n't"]
    saved, rules.GATED = rules.GATED, False
    try:
        assert rules.cued(["biden", "met", "xi", "."], WORDS) == rules.ALL_CUED
    finally:
        rules.GATED = saved


def _cue_phrases() -> list[str]:
    """Every phrase of every word list a rule needs, and every literal key: the words the gates look for."""
    phrases: set[str] = set()
    for found in GATED_RULES:
        for need in found.needs:
            if need.startswith("words."):
                value = getattr(WORDS, need.removeprefix("words."))
                phrases.update(getattr(value, "phrases", value))
            elif not need.startswith("trigger."):
                phrases.add(need)
    return sorted(phrases)


# own words: leaders, triggers, times, places and glue, around the cue words of the gated rules
PEOPLE = ["Emmanuel Macron", "Olaf Scholz", "Narendra Modi", "Lula", "he", "they", "the two leaders"]
TRIGGERS = ["met", "meet", "held talks with", "visit", "visited", "a meeting with", "the summit", "the G20 summit"]
TRIGGERS += ["spoke by phone with", "hosted", "attended", "a three-day visit", "talks with", "invited"]
GLUE = ["on Monday", "next week", "in May", "the next day", "in Paris", "to Berlin", "and", ",", "the", "that"]
GLUE += ["said", "was", "is", "to", "for", "with", "after", "day", "'s", "?"]
CUES = st.sampled_from(GLUE + _cue_phrases())


def _stretch(size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(CUES, max_size=size)


SENTENCES = st.tuples(
    _stretch(2),
    st.sampled_from(PEOPLE),
    _stretch(3),
    st.sampled_from(TRIGGERS),
    st.sampled_from(PEOPLE),
    _stretch(4),
).map(lambda parts: " ".join(w for part in parts for w in ([part] if isinstance(part, str) else part)) + ".")


@given(st.lists(SENTENCES, min_size=1, max_size=3).map(" ".join), st.sampled_from(["2024-06-14", None]))
def test_sentences_of_cue_words_parse_the_same(text: str, published: str | None) -> None:
    document = {"text": text, "published": published}
    assert outcome(document, True) == outcome(document, False)


def test_the_summit_finder_skips_only_sentences_that_name_no_summit(monkeypatch: pytest.MonkeyPatch) -> None:
    answers: list[bool] = []

    def both(tokens: Any, mentions: Any, times: Any, words: Any, *, keys: Any = None) -> Any:
        fast = summits.find_summits(tokens, mentions, times, words, keys=keys)
        series = [m for m in mentions if m.kind in summits._SERIES]
        full = summits._summits(tokens, mentions, series, times, words, [t.key for t in tokens])
        assert fast == full
        answers.append(bool(full))
        return fast

    monkeypatch.setattr(parser, "find_summits", both)
    for document in held_out() + news_corpus(30_000, seed=7):
        Parser().parse(document["text"], document.get("published"))
    assert any(answers) and not all(answers)


# the sentence scans written for speed answer as the plain loops they replace
KEYS = st.lists(
    st.sampled_from([",", "and", "who", "which", "met", "", "the", "(", ")", ".", "but", "also"]), max_size=40
)


@given(st.lists(st.sampled_from([*_cue_phrases(), "didn't", "x", "met", ""]), max_size=30))
def test_a_sentences_cued_mask_is_found_as_by_a_plain_loop(keys: list[str]) -> None:
    index = rules._indexes(WORDS)[0]
    plain = 0
    for key in keys:
        plain |= index.get(key, 0) | (index["n't"] if "n't" in key else 0)
    assert rules.cued(keys, WORDS) == plain


@given(KEYS, st.integers(-2, 42), st.integers(-2, 42))
def test_a_conjunct_is_found_as_by_a_plain_loop(keys: list[str], start: int, end: int) -> None:
    plain = any(keys[i] == "," and keys[i + 1] == "and" for i in range(max(0, start), min(end, len(keys)) - 1))
    assert conjunct_between(keys, start, end) == plain


@given(KEYS, st.data())
def test_a_relative_clause_after_a_comma_is_found_as_by_a_plain_loop(keys: list[str], data: st.DataObject) -> None:
    tokens = tokenize(" ".join(k or "x" for k in keys))
    position = data.draw(st.integers(0, len(tokens)))
    plain = False
    for i in range(position - 1, max(-1, position - 30), -1):
        if tokens[i].key == ",":
            following = [t.key for t in tokens[i + 1 : i + 3]]
            second = len(following) > 1 and following[1] in RELATIVE_PRONOUNS
            plain = bool(following) and (following[0] in RELATIVE_PRONOUNS or second)
            break
    assert in_relative_clause(tokens, position, 0) == plain


@given(KEYS, st.data())
def test_a_relative_clause_is_read_off_the_keys_as_off_the_tokens(keys: list[str], data: st.DataObject) -> None:
    tokens = tokenize(" ".join(k or "x" for k in keys))
    position = data.draw(st.integers(0, len(tokens)))
    start = data.draw(st.integers(0, position))
    own = tuple(token.key for token in tokens)
    assert in_relative_clause(tokens, position, start, keys=own) == in_relative_clause(tokens, position, start)


@given(KEYS)
def test_clause_breaks_are_found_as_by_a_plain_loop(keys: list[str]) -> None:
    tokens = tokenize(" ".join(k or "x" for k in keys))
    plain = [i for i, token in enumerate(tokens) if token.key in CLAUSE_BREAKS and _breaks(tokens, i)]
    assert Clauses(tokens).breaks == plain
    assert Clauses(tokens, [token.key for token in tokens]).breaks == plain


_SPANS = st.lists(st.tuples(st.integers(0, 6), st.booleans()), max_size=8)


@given(_SPANS, st.booleans())
def test_a_shared_index_equals_the_one_it_saves(spans: list[tuple[int, bool]], larger: bool) -> None:
    """context.within: an index reused for a part of the same items (or a whole of them) holds what a new one
    would, in the same order, whenever it is reused."""
    items = [Mention(kind=MentionKind.PERSON, start=s, end=s + 1, text=str(n)) for n, (s, _) in enumerate(spans)]
    part = [m for m, (_, kept) in zip(items, spans, strict=True) if kept]
    index, other = (ByStart(part), items) if larger else (ByStart(items), part)
    shared = within(index, other)
    assert shared.items == ByStart(other).items and shared.starts == ByStart(other).starts
    assert (shared is index) == (len(other) == len(index.items))
