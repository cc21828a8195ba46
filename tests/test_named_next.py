"""A counted group the next sentence names (``sentence.named-next``), and the planned talks with such a group
that are those separate meetings (``fold.separate``). Sentences of our own."""

from __future__ import annotations

import diplomacy_events as de
from diplomacy_events import MeetingKind, Status


def _pairs(text: str, published: str) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(p.name for p in m.participants)) for m in de.parse(text, published=published).meetings)


def test_separate_meetings_with_a_counted_group_listed_next() -> None:
    text = (
        "Chancellor Angela Merkel on Tuesday held separate meetings with the leaders of three Baltic states.\n"
        "The three leaders are President Dalia Grybauskaite of Lithuania, President Raimonds Vejonis of Latvia "
        "and President Kersti Kaljulaid of Estonia."
    )
    meetings = de.parse(text, published="2017-02-08").meetings
    assert sorted(m.participants[1].name for m in meetings) == [
        "Dalia Grybauskaitė",
        "Kersti Kaljulaid",
        "Raimonds Vējonis",
    ]
    assert {(m.status, str(m.date)) for m in meetings} == {(Status.OCCURRED, "2017-02-07")}
    assert all("sentence.named-next" in m.explanation.rules for m in meetings if m.explanation)


def test_the_list_must_count_as_many_as_the_group() -> None:
    text = (
        "President Xi Jinping held separate meetings with presidents of four African countries on Monday.\n"
        "The two presidents are Uhuru Kenyatta of Kenya and Paul Kagame of Rwanda."
    )
    assert _pairs(text, "2018-09-04") == []


def test_planned_talks_with_a_group_met_separately_are_those_meetings() -> None:
    text = (
        "Chancellor Angela Merkel on Tuesday held separate meetings with the leaders of two Baltic states.\n"
        "The two leaders are President Dalia Grybauskaite of Lithuania and President Raimonds Vejonis of Latvia.\n"
        "Merkel said she expected to have in-depth talks with them on defence."
    )
    meetings = de.parse(text, published="2017-02-08").meetings
    assert [(m.kind, m.status, len(m.participants)) for m in meetings] == [
        (MeetingKind.MEETING, Status.OCCURRED, 2),
        (MeetingKind.MEETING, Status.OCCURRED, 2),
    ]


def test_planned_talks_with_a_group_not_met_separately_stay() -> None:
    text = (
        "Macron met Scholz on Friday. Sanchez arrived later. "
        "Macron said he hoped to have further talks with Scholz and Sanchez together on energy."
    )
    meetings = de.parse(text, published="2023-03-25").meetings
    assert any(m.status is Status.PLANNED for m in meetings)
