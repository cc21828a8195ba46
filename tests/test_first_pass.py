"""The first pass changes no result: every article the project can read parses the same with and without it.

The development, seed and general news articles are read from the shared
folder beside the repository (``../shared``) when it is there; they are never
copied into the project.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus import held_out, seeds, shared
from diplomacy_events.bench import adversarial_texts, gold_articles, load_corpus, news_corpus
from diplomacy_events.first_pass import _EARLIER_YEAR, Words, _found
from diplomacy_events.knowledge import fold
from diplomacy_events.normalize import normalize
from diplomacy_events.parser import Parser
from diplomacy_events.segment import tokenize
from diplomacy_events.serialize import to_dict

FAST, FULL = Parser(), Parser(first_pass=False)
WORD = re.compile(r"[^\W_]+")


def both(document: dict[str, Any]) -> tuple[Any, Any]:
    """A document's whole result and the rules that fired, with and without the first pass."""
    args = (document["text"], document.get("published"))
    outcomes = []
    for parser in (FAST, FULL):
        trace: list[tuple[int, str]] = []
        result = parser.parse(*args, outlet=document.get("outlet"), title=document.get("title"), trace=trace)
        outcomes.append((to_dict(result), trace))
    return outcomes[0], outcomes[1]


def assert_same(documents: list[dict[str, Any]]) -> None:
    assert documents
    differ = [d.get("id") for d in documents if (pair := both(d))[0] != pair[1]]
    assert differ == []


@pytest.mark.parametrize("folder", ["dev", "dev2"])
def test_development_articles_parse_the_same(folder: str) -> None:
    assert_same(gold_articles(shared("eval", folder)))


def test_held_out_articles_parse_the_same() -> None:
    assert_same(held_out())


def test_seed_articles_parse_the_same() -> None:
    assert_same(seeds())


def test_general_news_parses_the_same() -> None:
    assert_same(load_corpus(shared("bench", "general-news.jsonl")))


def test_generated_news_and_hostile_input_parse_the_same() -> None:
    documents = news_corpus(300_000, seed=13)
    documents += [{"id": name, "text": text} for name, text in adversarial_texts(20_000).items()]
    assert_same(documents)


# own sentences: quiet ones, names, pronouns, triggers, summits, lists, transcript turns
PIECES = [
    "The harbour reopened after the storm.",
    "Rail fares rise again in March.",
    "He said the plan would work.",
    "They called it a good season.",
    "She is going to the market on Friday.",
    "Shares fell 3 percent (Daily Ledger, May 3).",
    "Emmanuel Macron spoke to reporters.",
    "Macron met Olaf Scholz in Berlin on Tuesday.",
    "The two leaders discussed energy.",
    "The French president will visit Rome next week.",
    "His Italian counterpart welcomed the idea.",
    "Afterwards, he flew to Madrid.",
    "The summit ended early.",
    "Leaders of the G7 gathered in Tokyo.",
    "Chief Executive Mara Quill resigned.",
    "Mr Friday may come to the show.",
    "According to Reuters, the vote was close.",
    "Gerald Ford met Leonid Brezhnev in Vladivostok.",  # leaders of 1946-1999: known where a year of theirs is
    "In 1973 Gough Whitlam was received by Mao Zedong.",
    "July 1972 - Indira Gandhi receives Zulfikar Ali Bhutto in Simla.",
    "Last November in Bali.",
    "May was a wet month.",
    "Friday's market was busy.",
    "The Kenyan leader spoke at noon.",
    "The party leader met the press.",
    "Nairobi approved the budget.",
    "The Kremlin called it a provocation.",
    "Mayor Jo Bloggs said she would stay.",
    "Afterwards, they went home.",
    "It was the meeting of the year: talks, calls and dinners.",
    "Theresa Mary May toured the docks.",  # a family name that is a month, after its leader's given name
    "Egypt's May opened the fair.",
    "The Emir received a guest of honour.",  # an office whose country the text's places decide
    "Mrs Ode toured Kuwait and Kuwait toured her.",
    "Brezhnev met Nixon on Sunday.",  # the leaders of a text of their time
]
PARAGRAPHS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map(" ".join)
BLOCKS = st.one_of(
    PARAGRAPHS,
    PARAGRAPHS.map(lambda p: "- " + p),
    st.just("- President Sergio Mattarella of Italy [in person]"),
    st.just("These meetings were held on Monday:"),
    PARAGRAPHS.map(lambda p: "HOST: " + p),
    st.sampled_from(["1974", "6:05 p.m.", "MONDAY, MAY 8", "ANNA BELL, HOST:", "June 20, 1985, Geneva"]),
)


@given(st.lists(BLOCKS, max_size=8).map("\n\n".join), st.sampled_from([None, "2023-05-10", "1972-05-30"]))
def test_own_paragraphs_in_any_order_parse_the_same(text: str, published: str | None) -> None:
    fast, full = both({"text": text, "published": published})
    assert fast == full


@given(st.text(st.sampled_from("aZ é’Ł.'-_(™№İ ß\n"), max_size=60))
def test_every_token_key_is_among_the_words(text: str) -> None:
    found = Words(text)
    tokens = tokenize(text)
    for token in tokens:
        pieces = WORD.findall(token.key)  # the words of the key, in order
        assert set(pieces) <= found.present
        if token.capitalised and pieces:
            assert pieces[0] in found.capitalised
            assert found.capital(pieces[0])
    keys = [w for token in tokens for w in WORD.findall(token.key)]
    assert set(pairwise(keys)) <= found.pairs


@given(st.text(st.sampled_from("aAzZ 1.-_’é\n"), max_size=40), st.data())
def test_a_part_of_a_text_has_the_words_of_that_part(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    part, whole = Words(text[start:end]), Words(text, start, end)
    assert part.sequence == whole.sequence
    assert all(part.capital(word) == whole.capital(word) == (word in part.capitalised) for word in part.present)


def test_words_fold_like_token_keys() -> None:
    assert fold("Erdoğan") in Words("President Erdoğan’s plane").present
    assert "istanbul" in Words("İstanbul").present


def test_a_quiet_article_is_not_read_at_all() -> None:
    text = "Rain fell on the port.\n\nThe ferry left at noon.\n\nFishing crews stayed home."
    plan = FAST._plan(normalize(text))
    assert plan.full == () and plan.names == ()


def test_blocks_after_the_last_meeting_are_read_for_names_only() -> None:
    text = (
        "Emmanuel Macron met Olaf Scholz in Berlin.\n\n"
        "Rain fell on the port.\n\n"
        "Giorgia Meloni praised the harbour.\n\n"
        "The ferry left at noon."
    )
    document = normalize(text)
    plan = FAST._plan(document)
    assert [text[b.start : b.end][:8] for b in plan.full] == ["Emmanuel"]
    assert [text[b.start : b.end][:8] for b in plan.names] == ["Giorgia "]
    result = FAST.parse(text, dt.date(2023, 5, 10))
    assert [p.name for p in result.leaders] == ["Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"]


def test_a_text_of_the_cold_war_is_read_with_the_leaders_of_its_time() -> None:
    text = "Rain fell.\n\nBrezhnev met Nixon on Sunday.\n\nThe ferry left."
    fast, full = both({"text": text, "published": "1972-05-30"})
    assert fast == full
    assert [p["name"] for p in fast[0]["meetings"][0]["participants"]] == ["Leonid Brezhnev", "Richard Nixon"]


@pytest.mark.parametrize(
    "later",
    [
        "Rain fell in Kuwait. Kuwait was hot.",  # places alone: no block the first pass reads
        "Mrs Ode toured Kuwait. Kuwait was hot.",  # an honorific alone names no leader
        "Rain fell in Kuwait.\n\nGiorgia Meloni praised the food of Qatar.",  # a tie: the place named first
    ],
)
def test_the_places_of_blocks_left_unread_still_count(later: str) -> None:
    text = "The Emir received Emmanuel Macron on Monday.\n\n" + later
    assert all("Kuwait" not in text[b.start : b.end] for b in FAST._plan(normalize(text)).names)
    fast, full = both({"text": text, "published": "2023-05-10"})
    assert fast == full
    assert fast[0]["meetings"][0]["participants"][0]["country"] == "KWT"  # Kuwait's emir: the place named most


@pytest.mark.parametrize(
    "paragraph",
    [
        "Friday's market was busy.",  # a day, not Prime Minister Godwin Friday
        "May was a wet month.",
        "The party leader met the press.",  # a leader word with no country makes no office
        "Mr Bloggs met the press.",  # nor does an honorific
        "Nairobi was sunny.",  # nor a capital
        "The Kremlin was lit up.",  # nor a seat of government
    ],
)
def test_what_names_no_leader_is_not_read(paragraph: str) -> None:
    plan = FAST._plan(normalize("Rain fell.\n\n" + paragraph + "\n\nThe ferry left."))
    assert plan.full == () and plan.names == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        "The summit ended early.",  # a summit word
        "His Italian counterpart agreed.",  # a relative office: pronoun links
        "He called Meloni.",  # a trigger and a name
        "She called him.",  # a trigger and pronouns
        "- President Sergio Mattarella of Italy",  # a list entry
        "Prime Minister Friday met the press.",  # a day's name after a title
        "The Kenyan leader met the press.",  # a leader word with a country
        "The Kremlin hosted the talks.",  # a seat of government
    ],
)
def test_what_can_act_is_read_in_full(paragraph: str) -> None:
    plan = FAST._plan(normalize("Rain fell.\n\n" + paragraph + "\n\nThe ferry left."))
    assert len(plan.full) == 2


@given(st.text(alphabet="19 0a.2", max_size=12))
def test_a_year_before_2000_is_found_where_four_digits_stand_alone(text: str) -> None:
    """The year pattern starts with "19" so the scan jumps to it; it finds what a lookbehind-first one does."""
    plain = re.search(r"(?<!\d)19\d\d(?!\d)", text)
    found = _EARLIER_YEAR.search(text)
    assert (found and found.span()) == (plain and plain.span())


INDEXED = ["The Central African Republic voted.", "They sat down for talks.", "Ali Ben Salah spoke."]


def _every_phrase(table: Any, text: Words) -> int:
    """The groups of ``text`` as the table would find them trying every phrase it holds, one by one."""
    found = table._always
    for word, groups in table._words.items():
        found |= groups if word in text.present else 0
    for word, groups in table._capitalised.items():
        found |= groups if word in text.present and text.capital(word) else 0
    for phrase, groups in table._added:
        found |= groups if _found(phrase, text) else 0
    return found


@given(st.lists(st.sampled_from([*PIECES, *INDEXED]), min_size=1, max_size=4).map(" ".join))
def test_the_phrase_index_finds_the_groups_every_phrase_would(text: str) -> None:
    first = FAST._first()
    for table in (first._words, first.of_text(normalize("1972"))._words):
        assert table.groups(Words(text)) == _every_phrase(table, Words(text))
