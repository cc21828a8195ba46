"""Two days of one verb that are days apart (``repeat.dates``), and the other summits of a series a sentence counts
after the one it tells (``sentence.other-editions``). Sentences of our own."""

from __future__ import annotations

import diplomacy_events as de
from diplomacy_events import MeetingKind, Status

EAC = "The leaders of Kenya, Uganda and Rwanda"


def _rows(text: str, published: str) -> list[tuple[int, MeetingKind, Status, str]]:
    meetings = de.parse(text, published=published).meetings
    return sorted((len(m.participants), m.kind, m.status, str(m.date)) for m in meetings)


def test_two_days_apart_are_two_meetings() -> None:
    rows = _rows("Ruto met Cyril Ramaphosa on March 3 and June 5, 2023.", "2023-09-10")
    assert rows == [
        (2, MeetingKind.MEETING, Status.OCCURRED, "2023-03-03"),
        (2, MeetingKind.MEETING, Status.OCCURRED, "2023-06-05"),
    ]
    meetings = de.parse("Ruto met Cyril Ramaphosa on March 3 and June 5, 2023.", published="2023-09-10").meetings
    assert [m.explanation.rules.count("repeat.dates") for m in meetings if m.explanation] == [0, 1]


def test_two_days_in_a_row_are_one_meeting() -> None:
    assert _rows("Ruto and Ramaphosa held talks on March 31 and April 1, 2023.", "2023-09-10") == [
        (2, MeetingKind.MEETING, Status.OCCURRED, "2023-03-31")
    ]
    assert _rows("Ruto and Ramaphosa held talks on March 3 and 4, 2023.", "2023-09-10") == [
        (2, MeetingKind.MEETING, Status.OCCURRED, "2023-03-03..2023-03-04")
    ]


def test_the_other_editions_counted_after_a_summit_are_summits_of_its_group() -> None:
    text = (
        f"{EAC} held their first summit on May 3, 2019, while Kampala hosted the other two, on June 9 and "
        "September 14, 2019."
    )
    assert _rows(text, "2020-01-10") == [
        (3, MeetingKind.SUMMIT, Status.OCCURRED, "2019-05-03"),
        (3, MeetingKind.SUMMIT, Status.OCCURRED, "2019-06-09"),
        (3, MeetingKind.SUMMIT, Status.OCCURRED, "2019-09-14"),
    ]


def test_the_count_bounds_the_other_editions() -> None:
    text = (
        f"{EAC} met for a summit on May 3, 2019, while Kigali hosted the remaining one on June 9, and on September 14 "
        "rain fell."
    )
    assert [row[3] for row in _rows(text, "2020-01-10")] == ["2019-05-03", "2019-06-09"]


def test_no_other_editions_without_a_summit_before() -> None:
    text = "Kampala hosted the other two, on June 9 and September 14, 2019, of the trade fairs."
    assert _rows(text, "2020-01-10") == []
