"""parse_many: same results as the serial loop, in input order, on any number of workers; pickling."""

from __future__ import annotations

import datetime as dt
import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomacy_events import Parser, ParseResult, parse, parse_many
from diplomacy_events.bench import news_corpus

SENTENCES = [
    "On Monday, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.",
    "Emmanuel Macron will travel to Berlin next week for talks with Chancellor Olaf Scholz.",
    "Narendra Modi spoke by telephone with Joe Biden on Tuesday.",
    "The weather was mild.",
    "",
]
DOCUMENTS = st.lists(
    st.one_of(
        st.lists(st.sampled_from(SENTENCES), max_size=4).map(" ".join),
        st.fixed_dictionaries(
            {"text": st.lists(st.sampled_from(SENTENCES), max_size=4).map(" ".join)},
            optional={
                "published": st.dates(dt.date(2000, 1, 1), dt.date(2024, 12, 31)).map(str),
                "outlet": st.sampled_from(["Wire", "Post"]),
                "id": st.sampled_from(["doc-1", "doc-2"]),
                "url": st.just("https://example.org/a"),
            },
        ),
    ),
    max_size=6,
)


def serial(documents: list[str | dict[str, str]]) -> list[ParseResult]:
    return [
        parse(d)
        if isinstance(d, str)
        else parse(d["text"], d.get("published"), outlet=d.get("outlet"), id=d.get("id"), url=d.get("url"))
        for d in documents
    ]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_parse_many_equals_the_serial_loop(documents: list[str | dict[str, str]]) -> None:
    assert list(parse_many(documents)) == serial(documents)


def test_parse_many_on_two_workers_keeps_order_and_results() -> None:
    documents: list[str | dict[str, str]] = [
        {"text": d["text"], "published": d["published"]} for d in news_corpus(60_000, seed=3)
    ]
    documents += SENTENCES
    assert list(parse_many(documents, workers=2, chunksize=3)) == serial(documents)


def test_documents_keep_their_id_and_url_in_every_record() -> None:
    document = {"id": "wire-7", "url": "https://example.org/7", "text": SENTENCES[0], "published": "2017-11-23"}
    (result,) = parse_many([document])
    assert (result.source.id, result.source.url) == ("wire-7", "https://example.org/7")
    assert result.meetings and all(m.source == result.source for m in result.meetings)
    assert next(parse_many([{"id": 8, "text": ""}])).source.id == "8"  # corpora often number their documents


def test_parser_and_result_pickle() -> None:
    parser = Parser()
    result = parser.parse(SENTENCES[0], dt.date(2017, 11, 23))
    assert result.meetings
    assert pickle.loads(pickle.dumps(result)) == result
    copy = pickle.loads(pickle.dumps(parser))
    assert copy.parse(SENTENCES[0], dt.date(2017, 11, 23)) == result
