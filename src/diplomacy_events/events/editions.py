"""The other editions of a series a sentence counts after one it tells: "Kinshasa held the first summit on May 31;
the remaining three met in Luanda, on July 12, August 21 and February 2."

The summit told first has a trigger and its group; "hosted the other three" has neither, only a host and dates.
:func:`other_editions` reads each day after the counted "other" as one more summit of the same group, up to the
count.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import NUMBER_WORDS, Lexicon
from ..model import MeetingKind
from ..phrases import Match
from ..rules import Phase, rule
from ..timex import TimeExpression, TimeKind
from .candidates import EventCandidate
from .members import HOST

__all__ = ["other_editions"]

_RULE = "sentence.other-editions"


@rule(
    _RULE,
    Phase.SENTENCE,
    "After a summit the sentence tells, '<host> hosted the other three, on <day>, <day> and <day>' (also 'the "
    "remaining two', 'the others', 'the rest') is one more summit of the same group on each day, up to the count.",
    "The leaders of Kenya, Uganda and Rwanda held their first summit on May 3, 2019, while Kampala hosted the other "
    "two, on June 9 and September 14, 2019.",
    published="2020-01-10",
)
def other_editions(
    found: list[EventCandidate],
    matches: Sequence[Match[str]],
    keys: Sequence[str],
    times: Sequence[TimeExpression],
    words: Lexicon,
) -> list[EventCandidate]:
    """The candidates of ``found`` and one copy of the last summit before "hosted the other N" for each day after it.

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> other_editions([], [], ["kampala", "hosted", "the", "others"], [], default_lexicon())
    []
    """
    extra: list[EventCandidate] = []
    for match in matches:
        if words.triggers[match.values[0]].type is not HOST:
            continue
        counted = _others(keys, match.end, words)
        if counted is None:
            continue
        end, size = counted
        summit = next((c for c in reversed(found) if _gathering(c) and c.end <= match.start), None)
        if summit is None:
            continue
        days = [t for t in times if t.start >= end and t.kind is TimeKind.DATE and t.day is not None][:size]
        extra += [summit.changed(time=day, place=None, summit=None, rules=(*summit.rules, _RULE)) for day in days]
    return [*found, *extra]


def _gathering(candidate: EventCandidate) -> bool:
    """Whether a candidate is a summit: of that kind, or of three or more ("the leaders of A, B and C met")."""
    return candidate.kind is MeetingKind.SUMMIT or len(candidate.participants) >= _GATHERING


_GATHERING = 3
_ANY = 99  # "the others", "the rest": no count, every day after them


def _others(keys: Sequence[str], at: int, words: Lexicon) -> tuple[int, int] | None:
    """Where "the other three" (or "the others", "the rest") right after ``at`` ends, and how many it counts."""
    for phrase in words.other_editions:
        parts = phrase.split()
        if list(keys[at : at + len(parts)]) != parts:
            continue
        end = at + len(parts)
        if parts[-1] in ("others", "rest"):
            return end, _ANY
        word = keys[end] if end < len(keys) else ""
        size = int(word) if word.isdigit() and len(word) <= 2 else NUMBER_WORDS.get(word, 0)
        return (end + 1, size) if size >= 1 else None
    return None
