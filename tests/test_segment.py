"""segment: sentences and tokens with offsets; over-long sentences and paragraphs are cut."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_events import parse
from diplomacy_events.normalize import normalize
from diplomacy_events.segment import (
    _TOKEN,
    _TOKEN_SPLIT,
    MAX_PARAGRAPH_SENTENCES,
    MAX_SENTENCE_TOKENS,
    Sentence,
    dateline_end,
    segment,
    sentences,
    tokenize,
)


def test_sentences_and_abbreviations() -> None:
    text = "Mr. Putin met Erdogan in the U.S. on Monday. “We agreed,” he said. They left."
    assert [s.text(text) for s in sentences(text, 0, len(text))] == [
        "Mr. Putin met Erdogan in the U.S. on Monday.",
        "“We agreed,” he said.",
        "They left.",
    ]


def test_no_is_an_abbreviation_only_before_a_number() -> None:
    text = "No. They met at No. 10 Downing Street."
    assert [s.text(text) for s in sentences(text, 0, len(text))] == ["No.", "They met at No. 10 Downing Street."]


def test_tokens_fold_and_keep_offsets() -> None:
    text = "Erdoğan's visit"
    tokens = tokenize(text)
    assert [(t.text, t.key) for t in tokens] == [("Erdoğan", "erdogan"), ("'s", "'s"), ("visit", "visit")]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_a_long_sentence_is_cut_after_a_comma() -> None:
    text = "Putin met Erdogan, " * 200
    pieces = sentences(text, 0, len(text))
    assert len(pieces) > 1
    assert all(len(p.tokens) <= MAX_SENTENCE_TOKENS for p in pieces)
    assert all(p.tokens[-1].text == "," for p in pieces[:-1])


def test_a_long_paragraph_is_split() -> None:
    paragraphs = segment(normalize("Putin met Erdogan. " * (2 * MAX_PARAGRAPH_SENTENCES + 1)))
    assert [len(p.sentences) for p in paragraphs] == [MAX_PARAGRAPH_SENTENCES, MAX_PARAGRAPH_SENTENCES, 1]
    assert [p.index for p in paragraphs] == [0, 1, 2]


@given(st.text())
def test_tokens_slice_the_text(text: str) -> None:
    for paragraph in segment(normalize(text)):
        for sentence in paragraph.sentences:
            assert sentence.tokens and sentence.start == sentence.tokens[0].start
            assert all(text[t.start : t.end] == t.text for t in sentence.tokens)
            assert sentence.keys == tuple(t.key for t in sentence.tokens)


def test_a_sentences_keys_follow_its_tokens_through_evolve() -> None:
    [sentence] = sentences("Ruto met Samia.", 0, 15)
    changed = attrs.evolve(sentence, tokens=tuple(tokenize("Ruto called Samia.")))
    assert (sentence.keys, changed.keys) == (("ruto", "met", "samia", "."), ("ruto", "called", "samia", "."))


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("BRUSSELS - Leaders met.", "Leaders"),
        ("BRUSSELS — Leaders met.", "Leaders"),
        ("NEW DELHI: Leaders met.", "Leaders"),
        ("(ANKARA) — Leaders met.", "Leaders"),
        ("TOKYO, March 17 (Wire Service) - Leaders met.", "Leaders"),
        ("NATO leaders met.", "NATO"),
        ("US President Biden - who else - met them.", "US"),
        ("THE TALKS ARE OVER.", "THE"),
        ("Leaders met.", "Leaders"),
        ("HANOI, April 2. /VNA/. Leaders met.", "Leaders"),
        ("LIMA, Oct 9 /Andina/ Leaders met.", "LIMA"),
        ("US/UK talks went on.", "US"),
        ("(Wire—Copyright) NEW DELHI, May 6. Leaders met.", "Leaders"),
        ("(A.B.C.) OSLO, May 6. Leaders met.", "Leaders"),
        ("(Reuters) Leaders met.", "("),
        ("OSLO, May 6. Leaders met.", "Leaders"),
    ],
)
def test_a_dateline_ends_at_its_dash(text: str, first_word: str) -> None:
    tokens = tokenize(text)
    assert tokens[dateline_end(tokens)].text == first_word


def test_clitics_are_tokens_of_their_own_but_names_keep_their_apostrophe() -> None:
    keys = [t.key for t in tokenize("He'll see O'Neill; they've met, I'm sure, and she’d agree in Côte d'Ivoire.")]
    assert keys[:4] == ["he", "'ll", "see", "o'neill"]
    assert {"'ve", "'m", "'d"} <= set(keys) and "d'ivoire" in keys


def test_no_token_key_is_empty_and_a_lone_mark_parses() -> None:
    # a word that folds to nothing ("¨") keeps a key: the phrase tries mark a phrase's end with the empty key
    assert all(token.key for token in tokenize("XI¨. Merkel ´ met Macron ¸."))
    assert parse("XI¨.", "2020-06-01").meetings == ()


@given(st.text(alphabet=st.sampled_from("aZé9 -_.'’\"“”(),\n\t¨") | st.characters()))
def test_the_split_lookahead_skips_only_where_no_token_begins(text: str) -> None:
    # the tokenizer's split passes over spaces and hyphens at once, and keeps no place to go back to among a word's
    # parts (from Python 3.11); it cuts the text as the plain token pattern does
    plain = _TOKEN.pattern.replace(")*+", ")*")
    assert _TOKEN_SPLIT.split(text) == re.split(f"({plain})", text)


@given(st.text(alphabet=st.sampled_from(list("Ab1 .,!?'’\"”)(-Ü¨_\n")), max_size=60))
def test_a_sentence_made_from_its_blocks_keys_equals_one_made_by_init(text: str) -> None:
    # sentences() hands each sentence the slice of its block's keys; __init__ would work out the same ones
    for sentence in sentences(text, 0, len(text)):
        assert sentence == Sentence(start=sentence.start, end=sentence.end, tokens=sentence.tokens)
        assert sentence.keys == tuple(t.key for t in sentence.tokens)


@pytest.mark.parametrize(
    "text",
    [
        "HANOI, April 2. /VNA/. The two prime ministers met in the capital.",
        "BELGRADE, July 14 /TANJUG/. The two prime ministers met in the capital.",
    ],
)
def test_the_stops_of_a_dateline_that_closes_with_an_agency_between_slashes_end_no_sentence(text: str) -> None:
    found = sentences(text, 0, len(text))
    assert len(found) == 1
    assert found[0].tokens[dateline_end(found[0].tokens)].text == "The"


@pytest.mark.parametrize(
    "text",
    [
        "(Wire—Copyright) NEW DELHI, May 6. The two prime ministers met in the capital.",
        "(A.B.C.) OSLO, May 6. The two prime ministers met in the capital.",
    ],
)
def test_the_stop_of_a_dateline_after_a_credit_in_brackets_ends_no_sentence(text: str) -> None:
    found = sentences(text, 0, len(text))
    assert len(found) == 1
    assert found[0].tokens[dateline_end(found[0].tokens)].text == "The"
