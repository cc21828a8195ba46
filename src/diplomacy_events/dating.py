"""Every date decision, in one place: which time dates which event, and the date span it becomes.

:mod:`~diplomacy_events.timex` finds time expressions and resolves one
against an anchor in a direction; this module decides the rest:

- which of a sentence's times is a trigger's own (:class:`SentenceTimes`, the
  ``time.*`` rules): the time of its own clause, never one of a relative or
  subordinate clause, of a statement ("said on Monday") or of another verb;
- a second time of the same verb ("in 2018 and again in 2019": ``repeat.again``).

>>> from diplomacy_events.segment import tokenize
>>> from diplomacy_events.syntax import Clauses
>>> from diplomacy_events.timex import find_times
>>> tokens = tokenize("He said on Monday that they met in May.")
>>> keys = [t.key for t in tokens]
>>> times = SentenceTimes(tokens, Clauses(tokens).bounds, keys, find_times(tokens), frozenset({"said"}))
>>> times.nearest((0, len(tokens)), (0, len(tokens)), False, 7, 8).month
5
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from .lexicon import AGAIN_GAP, NUMBER_WORDS, SUBORDINATORS, TriggerType
from .phrases import Match
from .rules import Phase, rule
from .segment import Token
from .syntax import ByStart, conjunct_between, has_between, in_relative_clause
from .timex import TimeExpression, TimeKind

if TYPE_CHECKING:
    from .events.context import Reading, SentenceContext

__all__ = ["SentenceTimes", "own_span", "time_again"]

_AGAIN_REACH = 6  # "in 2018 and again in Ankara in 2019"


class SentenceTimes:
    """A sentence's time expressions, sorted and classed once; each trigger then picks its own.

    ``usable`` are the times that can date an event (no "since ...", no
    citation); ``main`` those outside relative clauses; ``statements`` (ids)
    those right after a verb of saying ("said on Saturday").
    """

    __slots__ = ("commas", "keys", "main", "statements", "subordinators", "usable")

    def __init__(
        self,
        tokens: Sequence[Token],
        clause_of: Callable[[int], tuple[int, int]],
        keys: Sequence[str],
        times: Sequence[TimeExpression],
        reporting_verbs: frozenset[str],
    ) -> None:
        self.keys = keys
        self.usable = ByStart(t for t in times if t.relation is None and t.cited is None)
        self.main = ByStart(
            t for t in self.usable.items if not in_relative_clause(tokens, t.start, clause_of(t.start)[0])
        )
        self.statements = {id(t) for t in self.usable.items if _of_statement(keys, t.start, reporting_verbs)}
        self.subordinators = [i for i, key in enumerate(keys) if key in SUBORDINATORS] if self.usable.items else []
        self.commas = [i for i, key in enumerate(keys) if key == ","] if self.subordinators else []

    def nearest(
        self, clause: tuple[int, int], own: tuple[int, int], relative: bool, start: int, end: int
    ) -> TimeExpression | None:
        """The time of a trigger at ``start:end``: its own, else its clause's, else the nearest in the sentence.

        ``own`` is the stretch of tokens whose times belong to the trigger
        alone (see :func:`own_span`). Times outside relative clauses come
        first, unless the trigger itself is in one (``relative``: "who
        visited Moscow in July"). Times of a statement and of a subordinate
        clause after the trigger ("after she called an election on June 8,")
        or of another conjunct (past ", and") come last: they date something else.
        A trigger in a clause on a place ("..., where X received him") with no
        time of its own takes the time of the clause that named the place.
        """
        if not self.usable.items:
            return None
        inside = [t for t in self.usable.between(*clause) if t.end <= clause[1]]
        in_main = {id(t) for t in self.main.between(*clause)}
        near = self.main.near(start)
        subordinate = {
            id(t)
            for t in (*inside, *near)
            if _in_subordinate(self.subordinators, self.commas, end, t.start)
            or _in_closed_subordinate(self.subordinators, self.commas, t.start, start)
            or (t.start >= end and conjunct_between(self.keys, end, t.start))
        }
        aside = self.statements | subordinate
        mine = [t for t in inside if own[0] <= t.start and t.end <= own[1] and id(t) not in aside]

        def pools() -> Iterator[list[TimeExpression]]:  # best first, each built only if those before are empty
            if relative:
                yield [t for t in mine if id(t) not in in_main]
            yield [t for t in mine if id(t) in in_main]
            yield mine
            if clause[0] > 0 and self.keys[clause[0] - 1] == "where":
                yield [t for t in self.usable.items if t.end <= clause[0]][-1:]
            yield [t for t in inside if id(t) in in_main and id(t) not in aside]
            yield [t for t in inside if id(t) not in aside]
            yield [t for t in near if id(t) not in aside]
            yield [t for t in inside if id(t) not in subordinate]
            yield [t for t in near if id(t) not in subordinate]
            yield inside
            yield near

        pool = next((p for p in pools() if p), None)
        if pool is None:
            return None
        return min(pool, key=lambda t: min(abs(t.start - end), abs(start - t.end)))


def _in_subordinate(subordinators: Sequence[int], commas: Sequence[int], end: int, position: int) -> bool:
    """Whether ``position`` lies in a subordinate clause opened after ``end`` and not yet closed by a comma."""
    index = bisect_left(subordinators, position) - 1
    return index >= 0 and subordinators[index] >= end and not has_between(commas, subordinators[index], position)


def _in_closed_subordinate(subordinators: Sequence[int], commas: Sequence[int], position: int, start: int) -> bool:
    """Whether ``position`` lies in a subordinate clause that a comma closes before ``start``.

    "After the October 7 attacks, Putin spoke with X on October 16": the
    first date is the attacks'.
    """
    index = bisect_left(subordinators, position) - 1
    if index < 0:
        return False
    opener = subordinators[index]
    return not has_between(commas, opener, position) and has_between(commas, position, start)


def own_span(matches: Sequence[Match[str]], number: int, length: int) -> tuple[int, int]:
    """The tokens whose times belong to trigger ``number`` alone.

    A time after a verb belongs to it ("flew to Washington on Monday and met
    Biden on Tuesday"); a time before it only when no trigger comes earlier
    ("On Monday, Putin met Erdogan", "Putin on Monday met Erdogan").
    """
    match = matches[number]
    start = 0 if number == 0 else match.start
    end = next((m.start for m in matches[number + 1 :] if m.start >= match.end), length)
    return start, end


def _of_statement(keys: Sequence[str], position: int, verbs: frozenset[str]) -> bool:
    """Whether a time at ``position`` follows a verb of saying: "said on Saturday", "told reporters on Monday"."""
    return any(key in verbs for key in keys[max(0, position - 3) : position])


def time_again(
    keys: Sequence[str], usable: ByStart[TimeExpression], time: TimeExpression | None, own: tuple[int, int]
) -> TimeExpression | None:
    """A second time of the same verb: "in April 2018 and (again) in September 2019", "on Monday and on Friday".

    The second needs its own preposition: "on Monday and Tuesday" is one meeting over two days.
    """
    if time is None:
        return None
    for later in usable.between(time.end, min(own[1], time.end + _AGAIN_REACH)):
        if own[1] < len(keys) and later.end >= own[1] - 1:
            break  # "met A on Monday and on Wednesday met B": the time of the next verb
        between = keys[time.end : later.start]
        if "and" in between and between[-1] in ("in", "on") and set(between) <= AGAIN_GAP:
            return later
    return None


# -- rules: which time dates a trigger ------------------------------------------------------------------------------


@rule(
    "time.own-clause",
    Phase.TIME,
    "A trigger takes the time of its own stretch of the sentence, else of its clause, else the nearest; "
    "times of statements, relative and subordinate clauses and other conjuncts come last.",
    "Ramaphosa flew to Nairobi on Monday and met Ruto on Tuesday.",
)
def _own_clause(context: SentenceContext, reading: Reading) -> bool:
    relative = in_relative_clause(context.tokens, reading.start, reading.clause[0])
    reading.time = context.times.nearest(reading.clause, reading.own, relative, reading.start, reading.end)
    return reading.time is not None


@rule(
    "time.counted-from",
    Phase.TIME,
    "A counted time ('the next day', 'a month later') counts from the sentence's earlier time when it has one.",
    "Lula landed in Beijing on April 12 and met Xi two days later.",
)
def _counted_from(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or time.kind is not TimeKind.LATER:
        return False
    reading.since = next((t for t in reversed(context.times.usable.items) if t.end <= time.start), None)
    return reading.since is not None


_DURATION_REACH = 4  # "ended (his) (official) three-day (state) visit"


@rule(
    "time.visit-length",
    Phase.TIME,
    "A visit that 'began' or 'ended' a three-day visit on its date lasts from or until that day.",
    "Yoon ended a three-day state visit to Britain on Thursday.",
)
def _visit_length(context: SentenceContext, reading: Reading) -> bool:
    if reading.type is not TriggerType.VISIT:
        return False
    keys, words = context.keys, context.words
    low = max(0, reading.start - _DURATION_REACH)
    day = next((i for i in range(reading.start - 1, low - 1, -1) if keys[i] in ("day", "days")), None)
    if day is None or day == 0:
        return False
    count = keys[day - 1]
    days = int(count) if count.isdigit() and len(count) <= 2 else NUMBER_WORDS.get(count, 0)
    if days < 2:
        return False
    verbs = set(keys[max(0, day - 1 - _DURATION_REACH) : day - 1])
    ends = not words.journey_ends.isdisjoint(verbs)
    if not (ends or not words.journey_starts.isdisjoint(verbs)):
        return False
    reading.days, reading.ends = days, ends
    return True


@rule(
    "repeat.again",
    Phase.REPEAT,
    "A second time of the same verb with its own preposition ('in 2018 and again in 2019') is a second meeting.",
    "Erdogan met Putin in Sochi in 2018 and again in Ankara in 2019.",
)
def _again(context: SentenceContext, reading: Reading) -> bool:
    reading.again = time_again(context.keys, context.times.usable, reading.time, reading.own)
    return reading.again is not None and bool(reading.candidates)
