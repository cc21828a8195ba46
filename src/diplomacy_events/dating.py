"""Every date decision, in one place: which time dates which event, and the date span it becomes.

:mod:`~diplomacy_events.timex` finds time expressions and resolves one
against an anchor in a direction; this module decides the rest:

- the anchor: the publication date, else a dateline near the top of the page
  (:func:`dateline`); the year a paragraph speaks of (:func:`paragraph_year`);
- which of a sentence's times is a trigger's own (:class:`SentenceTimes`, the
  ``time.*`` rules): the time of its own clause, never one of a relative or
  subordinate clause, of a statement ("said on Monday") or of another verb;
  a visit's length; a second time of the same verb ("in 2018 and again in
  2019": ``repeat.again``);
- the date span a candidate's time becomes (:class:`Calendar`, the ``date.*``
  rules): read in the direction of its tense, counted from an earlier time
  ("a month later"), borrowed from the summit it belongs to or set relative to
  it ("on the eve of the summit"), stretched over a visit's days, and for an
  undated meeting borrowed from the paragraph's last dated meeting, trip or
  summit.

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

import datetime as dt
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

import attrs

from .copies import record
from .knowledge import MODERN_FROM
from .lexicon import (
    AGAIN_GAP,
    DETERMINERS,
    NUMBER_WORDS,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    PREVIEW_TITLES,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    TriggerType,
)
from .mentions import MentionKind
from .model import Country, DateSpan, Participant, Precision, Status, Summit
from .normalize import Block, BlockKind
from .normalize import Document as Page
from .phrases import Match
from .rules import Phase, rule, run
from .segment import Sentence, Token, tokenize
from .syntax import (
    ByStart,
    conjunct_between,
    enclosed_relatives,
    has_between,
    in_relative_clause,
    infinitive_after,
    participle_word,
    put_off_to,
)
from .timex import Direction, TimeExpression, TimeKind, find_times, year_of

if TYPE_CHECKING:
    from .events.candidates import EventCandidate
    from .events.context import Reading, SentenceContext
    from .lexicon import Lexicon

__all__ = [
    "AHEAD_CUE",
    "DID_SO_REACH",
    "PRO_VERBS",
    "Calendar",
    "DateReading",
    "Dated",
    "Section",
    "SentenceTimes",
    "awaited_date",
    "dateline",
    "did_so",
    "entry_head",
    "filed_day",
    "in_section_year",
    "lead_day",
    "named_again",
    "news_day",
    "noun_again",
    "of_statement",
    "own_span",
    "paragraph_times",
    "paragraph_year",
    "plan_day",
    "section_at",
    "sections",
    "speaks_of_earlier",
    "tells_programme",
    "time_again",
    "time_fragment",
]

# Enum members read per item, as module names (why: see events/members.py, which this module cannot import).
_BODY, _READ = BlockKind.BODY, (BlockKind.BODY, BlockKind.ITEM)  # _READ: what Document.body keeps
_HEADING = BlockKind.HEADING
_LATER, _DEICTIC = TimeKind.LATER, TimeKind.DEICTIC
_OCCURRED, _PLANNED, _DAY = Status.OCCURRED, Status.PLANNED, Precision.DAY
_PAST = Direction.PAST
_REPORTED = "time.reported-day"
_REPORT_DAYS = frozenset({TimeKind.WEEKDAY, TimeKind.DEICTIC, TimeKind.DATE})  # a report's day: "said Tuesday"
_REPORT_LAG = dt.timedelta(days=1)  # a report tells the news of its day or of the day before
_DATE_PHASE, _CONTEXT_PHASE = Phase.DATE, Phase.CONTEXT

_AGAIN_REACH = 6  # "in 2018 and again in Ankara in 2019"


class SentenceTimes:
    """A sentence's time expressions, sorted and classed once; each trigger then picks its own.

    ``usable`` are the times that can date an event (no "since ...", no
    citation), ``related`` those a preposition relates to another event
    ("since May 3"); ``main`` those outside relative clauses; ``statements``
    (ids) those right after a verb of saying ("said on Saturday");
    ``bracketed`` (ids) those inside parentheses ("(November 21, Tokyo
    time)"), an aside. ``keys`` are the sentence's cue keys; ``own``, if
    given, the tokens' own keys (else read off the tokens where needed).
    """

    __slots__ = (
        "absolute",
        "bracketed",
        "commas",
        "keys",
        "main",
        "quotes",
        "related",
        "statements",
        "subordinators",
        "usable",
    )
    usable: ByStart[TimeExpression]
    related: list[TimeExpression]
    main: ByStart[TimeExpression]
    statements: set[int]
    bracketed: set[int]
    quotes: list[tuple[int, int]]

    def __init__(
        self,
        tokens: Sequence[Token],
        clause_of: Callable[[int], tuple[int, int]],
        keys: Sequence[str],
        times: Sequence[TimeExpression],
        reporting_verbs: frozenset[str],
        own: Sequence[str] | None = None,
    ) -> None:
        self.keys = keys
        pivots = [t.end - 1 for t in times if t.pivot]  # "a day after" opens a clause like "after"
        self.subordinators = sorted(_positions(keys, SUBORDINATORS) + pivots)
        self.commas = _positions(keys, _COMMA) if self.subordinators else []
        # "With X leaving office in June, both leaders ...": an opening phrase of circumstances
        self.absolute = keys.index(",") if keys and keys[0] in _CIRCUMSTANCES and "," in keys else 0
        if times:
            self.classify(tokens, clause_of, times, reporting_verbs, own)
        else:  # most sentences: nothing to class
            self.usable = self.main = _NO_TIMES
            self.related, self.statements, self.bracketed, self.quotes = [], set(), set(), []

    def classify(
        self,
        tokens: Sequence[Token],
        clause_of: Callable[[int], tuple[int, int]],
        times: Sequence[TimeExpression],
        reporting_verbs: frozenset[str],
        own: Sequence[str] | None = None,
    ) -> None:
        """Class the times: ``usable``, ``related``, ``main``, ``statements``, ``bracketed`` and the ``quotes``
        (``own``, if given, are the tokens' own keys, not the cue keys of ``keys``)."""
        keys = self.keys
        self.usable = ByStart(t for t in times if t.relation is None and t.cited is None)
        self.related = [t for t in times if t.relation is not None and t.cited is None]  # "since May 3, 2015"
        self.main = ByStart(
            t for t in self.usable.items if not in_relative_clause(tokens, t.start, clause_of(t.start)[0], keys=own)
        )
        self.statements = {id(t) for t in self.usable.items if of_statement(keys, t.start, reporting_verbs)}
        self.bracketed = _bracketed(keys, self.usable.items)
        self.quotes = _quotes(keys) if self.usable.items and not _OPENING_QUOTES.isdisjoint(keys) else []

    def every(self) -> list[TimeExpression]:
        """The usable times and those related to another event ("until June 5"), in that order."""
        return [*self.usable.items, *self.related]

    def nearest(
        self,
        clause: tuple[int, int],
        own: tuple[int, int],
        relative: bool,
        start: int,
        end: int,
        low: int = 0,
        recaps: Iterable[tuple[int, int]] = (),
    ) -> TimeExpression | None:
        """The time of a trigger at ``start:end``: its own, else its clause's, else the nearest in the sentence.

        ``own`` is the stretch of tokens whose times belong to the trigger
        alone (see :func:`own_span`). Times outside relative clauses come
        first, unless the trigger itself is in one (``relative``: "who
        visited Moscow in July"). Times of a statement and of a subordinate
        clause after the trigger ("after she called an election on June 8,")
        or of another conjunct (past ", and") come last: they date something else;
        and of those, never one a later verb of the sentence has as its own.
        A trigger in a clause on a place ("..., where X received him") with no
        time of its own takes the time of the clause that named the place.
        Only times from token ``low`` on are considered, and none of a later
        clause that ``recaps`` (the own stretches of later possessed meeting
        nouns: "his summit with Trump last week") hold.
        """
        items = self.usable.items
        if len(items) == 1:  # most sentences with a time
            return self._only(items[0], clause, own, start, end, low, recaps)
        return self._nearest(clause, own, relative, start, end, low, recaps) if items else None

    def _only(
        self,
        time: TimeExpression,
        clause: tuple[int, int],
        own: tuple[int, int],
        start: int,
        end: int,
        low: int,
        recaps: Iterable[tuple[int, int]],
    ) -> TimeExpression | None:
        """:meth:`nearest` of a sentence with one usable ``time``: it, if any of the full search's pools holds it.

        Those hold allowed times only: of the clause or near the trigger that
        are no subordinate's or that come before the end of the trigger's own
        stretch, and, for a trigger in a clause on a place, one before it.
        """
        if not self._allowed(time, start, end, low):
            return None
        first, last = clause
        in_main = bool(self.main.items) and first <= time.start < last  # the one usable time, outside relatives
        inside = first <= time.start < last and time.end <= last
        near = bool(self.main.items) and not (time.start >= last and any(a <= time.start < b for a, b in recaps))
        if (inside or near) and (
            time.start < own[1] or not (self._subordinate(time, start, end) or (inside and not in_main))
        ):
            return time
        return time if first > 0 and self.keys[first - 1] == "where" and time.end <= first else None

    def _subordinate(self, time: TimeExpression, start: int, end: int) -> bool:
        """Whether a time lies in a subordinate clause around the trigger at ``start:end``, or in another conjunct."""
        subordinators, commas = self.subordinators, self.commas  # most sentences have no subordinator: no clause
        return bool(
            subordinators
            and (
                _in_subordinate(subordinators, commas, end, time.start)
                or _in_closed_subordinate(subordinators, commas, time.start, start)
            )
        ) or (time.start >= end and conjunct_between(self.keys, end, time.start))

    def _nearest(
        self,
        clause: tuple[int, int],
        own: tuple[int, int],
        relative: bool,
        start: int,
        end: int,
        low: int,
        recaps: Iterable[tuple[int, int]],
    ) -> TimeExpression | None:
        """:meth:`nearest` of a sentence with times: the best of them by pools, best first."""
        inside = [t for t in self.usable.between(*clause) if t.end <= clause[1] and self._allowed(t, start, end, low)]
        in_main = {id(t) for t in self.main.between(*clause)}
        near = [  # not a recap's time in a later clause: "arrived, where he will brief X on his summit ... last week"
            t
            for t in self.main.near(start)
            if self._allowed(t, start, end, low)
            and not (t.start >= clause[1] and any(first <= t.start < last for first, last in recaps))
        ]
        subordinate = {id(t) for t in (*inside, *near) if self._subordinate(t, start, end)}
        # a relative clause's time that a later verb has as its own: "met A, whom he had hosted last month"
        subordinate |= {id(t) for t in inside if t.start >= own[1] and id(t) not in in_main}
        aside = self.statements | self.bracketed | subordinate
        mine = [t for t in inside if own[0] <= t.start and t.end <= own[1] and id(t) not in aside]

        def pools() -> Iterator[list[TimeExpression]]:  # best first, each built only if those before are empty
            if relative:
                yield [t for t in mine if id(t) not in in_main]
            yield [t for t in mine if id(t) in in_main]
            yield mine
            if clause[0] > 0 and self.keys[clause[0] - 1] == "where":
                yield [t for t in self.usable.items if t.end <= clause[0] and self._allowed(t, start, end, low)][-1:]
            yield [t for t in inside if id(t) in in_main and id(t) not in aside]
            yield [t for t in inside if id(t) not in aside]
            yield [t for t in near if id(t) not in aside]
            yield [t for t in inside if id(t) not in subordinate]
            yield [t for t in near if id(t) not in subordinate]
            # last, an aside's time, unless a later verb has it ("welcomes X before talks open on Monday")
            yield [t for t in inside if t.start < own[1]]
            yield [t for t in near if t.start < own[1]]

        pool = next((p for p in pools() if p), None)
        if pool is None or len(pool) == 1:
            return pool[0] if pool else None
        return min(pool, key=lambda t: min(abs(t.start - end), abs(start - t.end)))

    def opens_subordinate(self, low: int, position: int) -> bool:
        """Whether a subordinator ("after", "since", "when") at or after ``low`` opens the clause of ``position``."""
        index = bisect_left(self.subordinators, position) - 1
        if index < 0 or self.subordinators[index] < low:
            return False
        return not has_between(self.commas, self.subordinators[index], position)

    def _allowed(self, time: TimeExpression, start: int, end: int, low: int = 0) -> bool:
        """Whether a time may date the trigger at ``start:end`` at all.

        "A day after" dates the event of the clause it opens ("came a day
        after X spoke to Y": X spoke), not the one before it, nor one past a
        comma ("A day after the talks, ..."). A time in a "since" clause
        after the trigger is an earlier event's ("the first to visit since X
        did so in 2011"), and a statement's past a semicolon after it is the
        next clause's ("X visited Turkey; officials said in February ...").
        """
        if time.start < low or (time.end <= self.absolute < start):
            return False  # a time of the circumstances an opening phrase tells, not of the main clause's event
        if self.quotes:
            quote = next(((first, last) for first, last in self.quotes if first < start < last), None)
            if quote is not None and not quote[0] < time.start < quote[1]:
                return False  # 'At a dinner on May 2, he said, "Her visit will ..."': the quote's visit is not dated
        if time.pivot:
            return time.end <= start and "," not in self.keys[time.end : start]
        if time.start < end:
            return True
        if id(time) in self.statements and ";" in self.keys[end : time.start]:
            return False  # "X visited Turkey; officials said in February that ...": the next clause's statement
        index = bisect_left(self.subordinators, time.start) - 1
        if index < 0 or self.subordinators[index] < end or self.keys[self.subordinators[index]] not in _EARLIER:
            return True
        return has_between(self.commas, self.subordinators[index], time.start)


_NO_TIMES: ByStart[TimeExpression] = ByStart(())  # the times of a sentence with none (never changed)

#: Subordinators whose clause after a trigger tells an earlier event: "since X did so in 2011", "prior to the
#: war that broke out last week".
_EARLIER = frozenset({"since", "prior"})
#: Words that open a phrase of circumstances before the main clause: "With X stepping down next month, ...".
_CIRCUMSTANCES = frozenset({"with", "amid", "amidst"})
_OPENING_QUOTES, _CLOSING_QUOTES = frozenset({"“", '"'}), frozenset({"”", '"'})


def _positions(keys: Sequence[str], words: frozenset[str]) -> list[int]:
    """Where ``words`` stand among ``keys``, in order (none, settled in C, for most sentences).

    >>> _positions(["met", "after", "talks", "since", "May"], SUBORDINATORS)
    [1, 3]
    """
    if words.isdisjoint(keys):
        return []
    return list(itertools.compress(range(len(keys)), map(words.__contains__, keys)))


_COMMA, _OPENING_BRACKET, _CLOSING_BRACKET = frozenset({","}), frozenset({"("}), frozenset({")"})


def _quotes(keys: Sequence[str]) -> list[tuple[int, int]]:
    """The quotations of a sentence as (opening quote, closing quote or sentence end) positions."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for i, key in enumerate(keys):
        if opened is None and key in _OPENING_QUOTES:
            opened = i
        elif opened is not None and key in _CLOSING_QUOTES:
            found.append((opened, i))
            opened = None
    if opened is not None:
        found.append((opened, len(keys)))
    return found


#: How far back a comma may open the clause that describes a noun: "..., the start of a friendship that ended in 1962".
_DESCRIBED_REACH = 30


def _described(keys: Sequence[str], position: int) -> int | None:
    """The comma that sets off a clause describing a noun which holds ``position``, if any: a relative clause
    ("..., whom he had hosted last month") or one of an apposition ("..., the start of a friendship that ended in
    war in 1962", "..., a meeting which ...").

    >>> keys = [t.key for t in tokenize("He met Mao, the start of a friendship that ended in 1962.")]
    >>> _described(keys, 12), _described(keys, 2)
    (3, None)
    """
    low = max(0, position - _DESCRIBED_REACH)
    near = keys[low:position]
    if "," not in near:
        return None
    comma = low + len(near) - 1 - near[::-1].index(",")
    following = keys[comma + 1 : position]
    if RELATIVE_PRONOUNS.intersection(following[:2]) or (
        following[:1] and following[0] in DETERMINERS and "that" in following[2:]
    ):
        return comma
    return None


_DESCRIBING = RELATIVE_PRONOUNS | {"that"}  # the words that open a clause describing a noun


def _bracketed(keys: Sequence[str], times: Sequence[TimeExpression]) -> set[int]:
    """The ids of the times inside parentheses: "On May 3 (May 4, Tokyo time), ..." is dated May 3."""
    if _OPENING_BRACKET.isdisjoint(keys):  # (hashes each key in C: a list's "in" compares every key)
        return set()
    opens = _positions(keys, _OPENING_BRACKET)
    closes = _positions(keys, _CLOSING_BRACKET)
    found = set()
    for time in times:
        index = bisect_left(opens, time.start) - 1
        if index >= 0 and not has_between(closes, opens[index], time.start):
            found.add(id(time))
    return found


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


def own_span(matches: Sequence[Match[str]], number: int, length: int, keys: Sequence[str] = ()) -> tuple[int, int]:
    """The tokens whose times belong to trigger ``number`` alone.

    A time after a verb belongs to it ("flew to Washington on Monday and met
    Biden on Tuesday"); a time before it only when no trigger comes earlier
    ("On Monday, Putin met Erdogan", "Putin on Monday met Erdogan"), and not
    before a ", and" that opens the trigger's conjunct ("He flies on to
    Belgrade on Tuesday, and Vucic will host him for talks on Wednesday").
    A call's manner after it ("spoke with X by telephone in June") is part
    of its stretch, no verb of its own.
    """
    match = matches[number]
    start = match.start if number else _conjunct_start(keys, match.start)
    end = next((m.start for m in matches[number + 1 :] if m.start >= match.end and not _manner(keys, m.start)), length)
    return start, end


def _conjunct_start(keys: Sequence[str], position: int) -> int:
    """Just after the last ", and" before ``position`` (the conjunct it stands in opens there), else 0.

    >>> _conjunct_start(["he", "flew", ",", "and", "they", "met"], 5), _conjunct_start(["they", "met"], 1)
    (4, 0)
    """
    if "and" not in keys:  # the common case, settled in C
        return 0
    for i in range(min(position, len(keys)) - 2, -1, -1):
        if keys[i] == "," and keys[i + 1] == "and":
            return i + 2
    return 0


_MANNERS = frozenset({"by", "over", "on"})  # the first words of a call's manner: "by phone", "over the phone"


def _manner(keys: Sequence[str], start: int) -> bool:
    """Whether the trigger at ``start`` is a call's manner ("by telephone"), which opens a preposition."""
    return start < len(keys) and keys[start] in _MANNERS


def of_statement(keys: Sequence[str], position: int, verbs: frozenset[str]) -> bool:
    """Whether a time at ``position`` follows a verb of saying or a statement: "said on Saturday", "told reporters on
    Monday", "in a statement released on Sunday".

    >>> of_statement(["she", "said", "on", "monday"], 3, frozenset({"said"}))
    True
    """
    return not verbs.isdisjoint(keys[max(0, position - 3) : position])


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
        if _day_of_week(time, later) and "again" not in between:
            continue  # "next week, and on Friday": which day of that week (time.week-told), no second time
        if "and" in between and between[-1] in ("in", "on") and set(between) <= AGAIN_GAP:
            return later
    return None


def _day_of_week(week: TimeExpression, day: TimeExpression) -> bool:
    """Whether a weekday may say which day of a week told right before it is meant: "last week, and on Tuesday"."""
    return week.kind is TimeKind.RELATIVE and week.unit == "weeks" and day.kind is TimeKind.WEEKDAY


@rule(
    "date.did-so",
    Phase.SENTENCE,
    "An undated meeting whose subject the next sentence says 'did so' at a time ('She telephoned X. She did so on "
    "Monday and again on Wednesday.') takes that time; a second time coordinated with it ('and again on "
    "Wednesday') is a second meeting.",
    "Angela Merkel telephoned Emmanuel Macron about the border. She did so on Monday and again on Wednesday.",
    published="2021-11-20",
)
def did_so(keys: Sequence[str], times: Sequence[TimeExpression]) -> tuple[TimeExpression, ...]:
    """The times a sentence that repeats the verb before it ("She did so on Monday and again on Wednesday") gives
    it: its first time, and a second coordinated with it; none for any other sentence.

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("She did so on Monday and again on Wednesday.")
    >>> [t.weekday for t in did_so([t.key for t in tokens], find_times(tokens))]
    [0, 2]
    """
    if PRO_VERBS.isdisjoint(keys[1:DID_SO_REACH]):
        return ()  # most sentences (settled in C)
    at = next((i for i in range(1, min(len(keys), DID_SO_REACH)) if keys[i] in PRO_VERBS), None)
    if at is None or at + 1 >= len(keys) or keys[at + 1] not in _PRO_OBJECTS:
        return ()
    usable = [t for t in times if t.start > at and t.relation is None and not t.cited]
    if not usable:
        return ()
    again = time_again(keys, ByStart(usable), usable[0], (at, len(keys)))
    return (usable[0], again) if again is not None else (usable[0],)


@rule(
    "date.named-again",
    Phase.SENTENCE,
    "An undated meeting that the next sentence names again by its time, as its subject ('The May 30 meeting was "
    "their first', \"Tuesday's talks were ...\"), took place then.",
    "Lula received Petro in Brasilia. The May 30 meeting was their first since January.",
    published="2023-06-05",
)
def named_again(
    keys: Sequence[str], times: Sequence[TimeExpression], event_nouns: frozenset[str]
) -> tuple[TimeExpression, ...]:
    """The time of a sentence that opens with an event named by its time ("The May 30 meeting was their first",
    "Tuesday's talks were ..."): the event the sentence before told; none for any other sentence.

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("The May 30 meeting was their first.")
    >>> [t.day for t in named_again([t.key for t in tokens], find_times(tokens), frozenset({"meeting"}))]
    [30]
    """
    time = times[0] if times else None
    if time is None or time.relation is not None or time.cited:
        return ()
    noun = time.end  # "The May 30 meeting"
    if time.start == 0 and keys[time.end : time.end + 1] and keys[time.end] in POSSESSIVE_MARKS:
        noun += 1  # "Tuesday's talks"
    elif time.start != 1 or keys[0] != "the":
        return ()  # "Tuesday saw ...", "On May 30 they met": no event named by its time
    return (time,) if keys[noun : noun + 1] and keys[noun] in event_nouns else ()


@rule(
    "date.noun-again",
    Phase.SENTENCE,
    "An undated meeting that the next sentence of its paragraph opens with again by a definite meeting noun and no "
    "leader, and dates on, at, from or for a day ('The visit will take place from May 4 to 6', 'The likely dates of "
    "the visit are 4th May to 6th May', 'The talks are set for Friday'), takes that day.",
    "President Lula will visit Japan on his way to Seoul. The visit will take place from May 4 to May 6.",
    published="2024-04-06",
)
def noun_again(
    keys: Sequence[str], times: Sequence[TimeExpression], event_nouns: frozenset[str]
) -> tuple[TimeExpression, ...]:
    """The day a sentence that opens with a meeting told before gives it ("The visit will take place on May 4", "The
    dates of the visit are ..."); none for any other sentence. The caller checks that it names no leader.

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("The exact dates of the visit are May 4 to May 6.")
    >>> found = noun_again([t.key for t in tokens], find_times(tokens), frozenset({"visit"}))
    >>> [(t.month, t.day) for t in found]
    [(5, 4)]
    """
    if not keys or keys[0] != "the":
        return ()
    noun = 1
    while noun < _NOUN_AGAIN_REACH and keys[noun : noun + 1] and keys[noun] not in event_nouns:
        noun += 1  # "The (likely) (dates of the) visit"
    if (
        noun >= _NOUN_AGAIN_REACH
        or not keys[noun : noun + 1]
        or not all(key in _NOUN_AGAIN_WORDS for key in keys[1:noun])
    ):
        return ()
    time = next((t for t in times if t.start > noun and t.relation is None and not t.cited), None)
    if time is None or time.kind is TimeKind.YEAR or keys[time.start - 1] not in _NOUN_AGAIN_OPENERS:
        return ()  # "The visit was the first since 2019": no day of the visit
    return (time,)


_NOUN_AGAIN_REACH = 6  # "The likely dates of the visit": the words up to the meeting noun
_NOUN_AGAIN_WORDS = frozenset({"likely", "exact", "proposed", "planned", "new", "dates", "date", "of", "the"})
_NOUN_AGAIN_OPENERS = frozenset({"on", "from", "for", "between", "are", "is", "be"})  # what stands before its day


DID_SO_REACH = 5  # the subject before "did so": "She", "The chancellor", "Mrs. Merkel herself"
PRO_VERBS = frozenset({"did", "done"})  # "did so", "had done so": did_so answers () for a sentence with neither
_PRO_OBJECTS = frozenset({"so", "it", "that"})


def date_again(
    keys: Sequence[str], usable: ByStart[TimeExpression], time: TimeExpression | None
) -> TimeExpression | None:
    """A second day coordinated with the first with no preposition of its own, days apart: "on June 9 and September
    14" (not "on May 3 and May 4", one meeting over two days).

    >>> from diplomacy_events.segment import tokenize
    >>> text = "met on June 9 and September 14, 2019"
    >>> tokens = tokenize(text, 0, len(text))
    >>> times = find_times(tokens)
    >>> date_again([t.key for t in tokens], ByStart(times), times[0]).month
    9
    """
    if time is None or not _day(time):
        return None
    later = next(iter(usable.between(time.end, time.end + 3)), None)
    if later is None or keys[time.end : later.start] not in (["and"], [",", "and"]) or not _day(later):
        return None
    year = later.year or time.year or _ANY_LEAP_YEAR
    try:
        days = (
            dt.date(year, later.month or 1, later.day or 1) - dt.date(time.year or year, time.month or 1, time.day or 1)
        ).days
    except ValueError:
        return None
    return later if days > _ONE_MEETING_DAYS else None


_ANY_LEAP_YEAR = 2000  # a year to count the days between two dates of no year ("February 29" is a day in it)
_ONE_MEETING_DAYS = 2  # "on March 31 and April 1": the days of one meeting


def _day(time: TimeExpression) -> bool:
    return time.kind is TimeKind.DATE and time.month is not None and time.day is not None


# -- rules: which time dates a trigger ------------------------------------------------------------------------------


@rule(
    "time.own-clause",
    Phase.TIME,
    "A trigger takes the time of its own stretch of the sentence (not one before the ', and' that opens its "
    "conjunct), else of its clause, else the nearest; times of statements, parentheses, relative and subordinate "
    "clauses and other conjuncts come last.",
    "Ramaphosa flew to Nairobi on Monday and met Ruto on Tuesday.",
)
def _own_clause(context: SentenceContext, reading: Reading) -> bool:
    relative = reading.relative
    recaps = _Recaps(context, reading.number)
    reading.time = context.times.nearest(reading.clause, reading.own, relative, reading.start, reading.end, 0, recaps)
    return reading.time is not None


@rule(
    "time.earlier-aside",
    Phase.TIME,
    "Talks told in an aside between a leader and the verb of another meeting ('A, fresh from talks with B, met C on "
    "Tuesday', 'following up hours of talks with B', 'after his talks with B') were held before it: they take no "
    "time from the main clause after the aside.",
    "Scholz, fresh from three hours of talks with Xi, met Premier Li on Friday.",
    needs=("words.earlier_asides",),
)
def _earlier_aside(context: SentenceContext, reading: Reading) -> bool:
    time, keys = reading.time, context.keys
    if time is None or time.start <= reading.end:
        return False
    opening = next((i for i in range(reading.start - 1, max(0, reading.start - _ASIDE_REACH), -1) if keys[i] == ","), 0)
    if not opening or keys[opening + 1] not in context.words.earlier_asides:
        return False
    closing = next((i for i in range(reading.end, time.start) if keys[i] == ","), None)
    if closing is None or not any(closing < m.start < time.start for m in context.matches):
        return False  # "A, after talks with B, said on Tuesday": the talks may be that day's
    if not any(m.end == opening for m in context.leaders.between(max(0, opening - _ASIDE_REACH), opening)):
        return False
    reading.time = None
    return True


_ASIDE_REACH = 10  # tokens from an aside's comma to its talks: "following up five hours of intensive talks with"


@rule(
    "time.relative-background",
    Phase.TIME,
    "Talks told in a relative clause set off by commas between a leader and another meeting's verb ('A, who held "
    "talks with B, met C on Friday') are background to that meeting: they take no time from after the clause (see "
    "time.earlier-aside); not one under way ('A, who is visiting B, met C on Friday'), nor before a statement's "
    "time ('A, who held talks with B, said on Friday').",
    "Scholz, who held talks with Macron, met Meloni in Rome on Friday.",
    needs=("which", "who", "whom", "whose"),
)
def _relative_background(context: SentenceContext, reading: Reading) -> bool:
    time, keys = reading.time, context.keys
    if time is None or not reading.relative or context.tokens[reading.start].key.endswith("ing"):
        return False
    clause = next((c for c in enclosed_relatives(keys, 0, len(keys)) if c[0] < reading.start < c[1]), None)
    if clause is None or time.start < clause[1]:
        return False  # "A, who met B on Monday, ...": the clause's own time
    opens, close = clause
    if not _UNDER_WAY.isdisjoint(keys[opens : reading.start]):
        return False
    main = next((m.start for m in context.matches if m.start > close), None)
    if main is None or main - close > _MAIN_VERB_REACH or time.start < main:
        return False  # no meeting's verb right after the clause for the time to be of (its comma may part a list)
    reading.time = None
    return True


_MAIN_VERB_REACH = 3  # tokens from a relative clause's closing comma to the main verb: ", also held talks"
_UNDER_WAY = frozenset({"is", "are", "am"})  # "who is visiting B": the clause's event goes on at the main one's time


class _Recaps:
    """The own stretches of the possessed meeting nouns after trigger ``number`` ("his summit with Trump last
    week"), found only when :meth:`SentenceTimes.nearest` looks at them (a time past the trigger's clause): one
    trigger's reading does not walk all the triggers after it."""

    __slots__ = ("_context", "_found", "_number")

    def __init__(self, context: SentenceContext, number: int) -> None:
        self._context, self._number = context, number
        self._found: list[tuple[int, int]] | None = None

    def __iter__(self) -> Iterator[tuple[int, int]]:
        if self._found is None:
            tokens, matches = self._context.tokens, self._context.matches  # tokens: the cue keys blank "his"
            self._found = [
                own_span(matches, number, len(tokens), self._context.keys)
                for number in range(self._number + 1, len(matches))
                if matches[number].start > 0 and tokens[matches[number].start - 1].key in POSSESSIVES
            ]
        return iter(self._found)


@rule(
    "time.described-noun",
    Phase.TIME,
    "A time in a clause that describes a noun set off by a comma after the trigger ('held talks with Mao, the start "
    "of a friendship that ended in war in 1962', 'met X, whom he had hosted in May') is that clause's event's: the "
    "trigger outside it is left undated, unless the noun is the event itself ('..., a visit that is due in May').",
    "Lula held talks with Boric, the start of a friendship that soured in 2023.",
    needs=("that", "which", "who", "whom", "whose"),
)
def _described_noun(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or reading.relative:
        return False
    if time.start <= reading.end:
        return False
    keys = context.keys
    comma = _described(keys, time.start)
    if comma is None or comma < reading.end:
        return False
    opener = next(i for i in range(comma + 1, time.start) if keys[i] in _DESCRIBING)
    if not context.words.event_appositions.isdisjoint(keys[comma + 1 : opener]):
        return False  # "will visit Japan, a trip that is expected in May": the trip is the visit
    reading.time = None
    return True


@rule(
    "time.week-told",
    Phase.TIME,
    "A weekday right after 'last week' ('made the trip last week, and on Tuesday held talks with X', 'Last week, on "
    "Tuesday, ...') is that day of last week when what it dates happened; right after 'next week', of next week "
    "when it is planned.",
    "Lula flew to Beijing last week, and on Tuesday held talks with Xi.",
    published="2023-04-20",
    needs=("week",),
)
def _week_told(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or time.kind is not TimeKind.WEEKDAY or time.offset or time.unit or time.narrative:
        return False
    week = next((t for t in reversed(context.times.usable.items) if t.end <= time.start), None)
    if week is None or week.kind is not TimeKind.RELATIVE or week.unit != "weeks" or week.partial or week.rest:
        return False
    if week.offset != (-1 if reading.status is _OCCURRED else 1):
        return False  # "met X last week, and will host Y on Tuesday": the Tuesday ahead
    if not _WEEK_LINKS.issuperset(context.keys[week.end : time.start]):
        return False  # "hosted X last week and met Y on Tuesday": two events, the Tuesday the nearest
    reading.time = attrs.evolve(time, unit="weeks", offset=week.offset)
    return True


_WEEK_LINKS = frozenset({",", "and", "then", "on"})  # "last week, and on Tuesday": the day right after the week


@rule(
    "time.appositive-clause",
    Phase.TIME,
    "A time in a subordinate clause inside a participial phrase before the verb ('X, hosting his last summit before "
    "he hands over on March 1, welcomed Y') is that phrase's, not the verb's: the verb is left undated.",
    "Ruto, chairing his last summit before he leaves the chair on March 1, welcomed Museveni and Hassan.",
    published="2024-12-06",
    needs=tuple(sorted(SUBORDINATORS)),
)
def _appositive_clause(context: SentenceContext, reading: Reading) -> bool:
    time, keys = reading.time, context.keys
    if time is None or time.end > reading.start or "," not in keys[time.end : reading.start]:
        return False
    times = context.times
    opener = bisect_left(times.subordinators, time.start) - 1
    if opener < 0 or has_between(times.commas, times.subordinators[opener], time.start):
        return False
    position = times.subordinators[opener]
    comma = next((i for i in range(position - 1, -1, -1) if keys[i] == ","), None)
    if comma is None or comma + 2 >= position or not participle_word(keys[comma + 1]):
        return False  # "After talks on Monday, X flew ...", "X, after talks on Monday, flew ...": the verb's time
    reading.time = None
    return True


@rule(
    "time.topic-ahead",
    Phase.TIME,
    "A time ahead of the publication date ('next November', 'tomorrow') after the object of a trigger told in the "
    "past ('discussed the elections next November', 'met X to prepare the summit next week') is the topic's, not "
    "the meeting's: the meeting is left undated.",
    "Lula and Fernandez discussed the regional elections next November.",
    published="2023-01-25",
)
def _topic_ahead(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or reading.status is _PLANNED or time.offset <= 0 or time.kind not in _AHEAD_KINDS:
        return False
    verb = context.keys[reading.start]
    if not (verb in context.words.past_verbs or (verb.endswith("ed") and len(verb) > _PAST_MIN)):
        return False  # "will discuss it next week", "meets him tomorrow": the verb's own time
    if time.start <= reading.end:
        return False  # "met next week"?: a time right after the trigger is its own
    reading.time = None
    return True


#: Times that count ahead of the publication date when their offset is positive ("next November", "tomorrow");
#: not LATER, which counts from another event ("a week later").
_AHEAD_KINDS = frozenset(
    {TimeKind.MONTH, TimeKind.RELATIVE, TimeKind.DEICTIC, TimeKind.WEEKDAY, TimeKind.SEASON, TimeKind.YEAR}
)
_PAST_MIN = 4  # letters of a past form in "-ed" beyond the ending: not "fed", "led", "bed"


@rule(
    _REPORTED,
    Phase.TIME,
    "A meeting that happened whose only time is the day of a report told after it, past a comma ('A met B in Havana, "
    "officials said Tuesday'; not 'signed a communique today'), is dated by that report's day (see "
    "date.reported-day).",
    "Lula met Petro in Bogota, officials said on Tuesday.",
    published="2023-05-03",
    needs=("words.reporting_verbs",),
)
def _reported_day(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or reading.status is _PLANNED or time.start < reading.end:
        return False
    if id(time) not in context.times.statements or time.kind not in _REPORT_DAYS or time.offset > 0:
        return False
    between = context.keys[reading.end : time.start]  # ", officials said": a report, not "a communique today"
    return "," in between and not context.words.reporting_verbs.isdisjoint(between)


@rule(
    "time.heading-first",
    Phase.TIME,
    "Under a time heading, a time after the trigger in a clause of another event ('sit down to "
    "revive trade talks that collapsed in May', 'hold talks, after a dinner on Saturday evening') is that event's: "
    "the heading dates the line.",
    "SATURDAY, JUNE 29\n- Trump and Xi sit down to revive trade talks that collapsed in May.\n\nSUNDAY, JUNE 30\n"
    "- Trump holds talks with Moon Jae-in in Seoul.",
    published="2019-06-23",
)
def _heading_first(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or not context.scheduled or time.start < reading.end:
        return False
    if _ASIDES.isdisjoint(context.keys[reading.end : time.start]):
        return False  # "is due to host him for talks on Wednesday": the talks are the hosting
    reading.time = None
    return True


_ASIDES = frozenset({"that", "which", "who", "whom", "after", "before", "since"})  # what opens another event's clause


@rule(
    "time.invitation",
    Phase.TIME,
    "An invitation 'to visit' (or 'to come', 'to meet') takes only a time of that verb ('invited X on Monday to visit "
    "in May'); a time before it dates the inviting ('used his visit in March to invite X to visit'), and a time of a "
    "meeting in the opening phrase is that meeting's ('During his visit to Moscow last October, X invited Y').",
    "Yoon used his visit to Tokyo in March to invite Kishida to visit Seoul.",
    published="2023-05-03",
    only=(TriggerType.INVITE,),
)
def _invitation(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is not None and _of_opening_event(context, reading, time):
        reading.time = context.times.nearest(
            reading.clause, reading.own, reading.relative, reading.start, reading.end, reading.end
        )
        return True
    verb = infinitive_after(context.keys, (m.start for m in context.matches), reading.end)
    if time is None or verb is None or time.start >= verb:
        return False
    relative = reading.relative
    own = (reading.own[0], max(reading.own[1], context.clauses.bounds(verb)[1]))  # the verb's times are the visit's
    reading.time = context.times.nearest(reading.clause, own, relative, reading.start, reading.end, verb)
    return True


def _of_opening_event(context: SentenceContext, reading: Reading, time: TimeExpression) -> bool:
    """Whether ``time`` stands in the sentence's opening phrase with a meeting of its own, before the invitation's
    trigger: "During his visit to Moscow last October, X invited Y to Paris" (October is the visit's)."""
    comma = context.opening_comma
    return (
        comma is not None
        and time.start < comma < reading.start
        and any(match.start < comma for match in context.matches[: reading.number])
    )


@rule(
    "time.contemplated-cancel",
    Phase.TIME,
    "A time before a meeting whose calling off is only threatened or weighed dates the threat, not the meeting "
    "(see status.contemplated-cancel): 'On Monday, X threatened to cancel his meeting with Y' leaves it undated.",
    "On Monday, Trump threatened to cancel his meeting with Vladimir Putin.",
    published="2018-11-28",
    needs=("words.contemplated_cancels",),
)
def _contemplated_cancel(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or time.start >= reading.start or "status.contemplated-cancel" not in reading.fired:
        return False
    reading.time = None
    return True


#: The key of :attr:`Reading.cues` that holds where a meeting noun's "ahead of" ("in the run-up to") opens (see
#: status.tenseless-noun).
AHEAD_CUE = "ahead"


@rule(
    "time.ahead-of",
    Phase.TIME,
    "A meeting noun after 'ahead of', 'in the run-up to' or 'in preparation for' (see status.tenseless-noun) takes "
    "no day told before those words: that day is the verb's before it ('boarded his train on Saturday ahead of his "
    "summit with X' leaves the summit undated, and planned when the day is one of the week of writing); a month or a "
    "year before them, or a time after them ('arrived ahead of talks with X on Monday'), still dates it, and so does "
    "the day of a journey or meeting told before them ('landed in Paris on Wednesday ahead of talks with X').",
    "Kim Jong Un boarded his train for Hanoi on Saturday ahead of his summit with Donald Trump.",
    published="2019-02-25",
    needs=("trigger.nominal", "words.tenseless_cues"),
)
def _ahead_of(context: SentenceContext, reading: Reading) -> bool:
    time, cue = reading.time, reading.cues.get(AHEAD_CUE)
    if time is None or cue is None or time.start >= cue or time.kind not in _DAY_KINDS:
        return False
    if any(match.start < cue for match in context.matches[: reading.number]):
        return False  # "landed in Paris on Wednesday ahead of talks with X": the arrival's visit tells the day
    relative = reading.relative
    reading.time = context.times.nearest(reading.clause, reading.own, relative, reading.start, reading.end, cue)
    if reading.time is None and time.kind is not TimeKind.DATE:  # "on Saturday", "today": the meeting lies ahead
        reading.status = Status.PLANNED
    return True


_DAY_KINDS = frozenset({TimeKind.DATE, TimeKind.WEEKDAY, TimeKind.DEICTIC})  # times of a day, not of a month or year


@rule(
    "time.put-off-to",
    Phase.TIME,
    "A meeting put off to a new day (see status.put-off-to) takes that day, not the one first set: 'the talks, "
    "first set for June 3, were postponed to June 21'.",
    "The meeting between Lula and Kishida, first set for June 3, was postponed to June 21.",
    published="2024-06-07",
    needs=("words.cancel_cues",),
)
def _put_off_to(context: SentenceContext, reading: Reading) -> bool:
    if "status.put-off-to" not in reading.fired:
        return False
    keys, times = context.keys, context.times.every()
    found = context.words.cancel_cues.matches(keys, reading.end, reading.clause[1])
    new = next((day for start, cue in found if (day := put_off_to(keys, start, cue, times)) is not None), None)
    if new is None or new is reading.time:
        return False
    reading.time = new
    return True


@rule(
    "time.statement-of-plan",
    Phase.TIME,
    "A plan whose only time is that of the statement after it ('A and B are due to meet, the ministry said on "
    "Sunday', '... said in a statement issued late on Sunday') or before it ('X said on Friday that A will visit "
    "B') is undated: the time dates the saying. So is an arrangement in the present progressive that a statement "
    "before it tells ('the ministry said on Friday that X is in Japan as the guest of Y').",
    "Boric and Petro are due to hold talks on energy, the Chilean government said in a statement on Sunday.",
    published="2024-03-04",
    needs=("words.reporting_verbs", "words.statement_nouns"),
)
def _statement_of_plan(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or not (reading.status is _PLANNED or _told_progressive(context, reading, time)):
        return False
    if id(time) not in context.times.statements:
        return False
    reading.time = None
    return True


def _told_progressive(context: SentenceContext, reading: Reading, time: TimeExpression) -> bool:
    """Whether a trigger in the present progressive ("is visiting") follows the time of a statement that tells it
    ("said on Friday that X is visiting China"): an arrangement, not that day's news."""
    start, keys = reading.start, context.keys
    if reading.past or time.end > start or start == 0 or keys[start - 1] not in _PRESENT_BE:
        return False
    return keys[start].endswith("ing") and reading.trigger.participle


@rule(
    "time.plan-told-before",
    Phase.TIME,
    "A plan in a time clause ('... when the two leaders meet', see status.time-clause) takes no time of the past "
    "from before its clause: 'yesterday', 'last week' there date the saying ('a spokesman said yesterday that Syria "
    "would be discussed when the two leaders meet').",
    "A spokesman yesterday said that trade would be the first topic when Xi Jinping and Joe Biden meet.",
    published="2023-11-14",
    needs=("when", "once", "until"),
)
def _plan_told_before(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or "status.time-clause" not in reading.fired or time.start >= reading.clause[0]:
        return False
    if not (time.kind is TimeKind.AGO or (time.kind in _COUNTED_BACK and time.offset < 0)):
        return False
    reading.time = None
    return True


_COUNTED_BACK = frozenset({TimeKind.DEICTIC, TimeKind.RELATIVE})  # "yesterday", "last week" (with offset < 0)


@rule(
    "time.when-clause",
    Phase.TIME,
    "A trigger in a clause ', when ...' right after a time takes that time, even one that 'since' or 'until' "
    "relates to the event before: 'the first talks since May 3, 2015, when X met Y in Caracas'.",
    "Their talks were the first since May 3, 2015, when Nicolas Maduro met Juan Manuel Santos in Caracas.",
    published="2022-11-01",
    needs=("when",),
)
def _when_clause(context: SentenceContext, reading: Reading) -> bool:
    keys, own = context.keys, reading.time
    low = max(1, reading.start - _WHEN_REACH)
    if "when" not in keys[low + 1 : reading.start]:  # the common case: no "when" within reach, settled in C
        return False
    when = next((i for i in range(reading.start - 1, low, -1) if keys[i] == "when"), 0)
    if when < 2 or keys[when - 1] != "," or (own is not None and own.start > when):
        return False  # not "in 2016, when X met Y on May 3": its own time
    time = next((t for t in (*context.times.usable.items, *context.times.related) if t.end == when - 1), None)
    if time is None:
        return False
    reading.time = attrs.evolve(time, relation=None)
    return True


_WHEN_REACH = 10  # words from "when" to the trigger: "when the Venezuelan president met with"


@rule(
    "time.aside",
    Phase.TIME,
    "An event told in a relative clause, or in a subordinate one inside the sentence ('..., their second meeting "
    "after his visit to Beijing in May'), is no context for the events told after it.",
    "Putin met Xi in Astana on Wednesday, two months after his visit to Beijing in May.",
)
def _aside(context: SentenceContext, reading: Reading) -> bool:
    if reading.relative:
        reading.aside = True
    elif reading.start == 0 or not (
        context.keys[reading.start - 1] in SUBORDINATORS and context.tokens[reading.start].key.endswith("ing")
    ):
        # not "..., before sitting down with X" (the next step), nor one that opens the sentence ("After talks
        # with X on Monday, Y said ..."): those are the story's
        reading.aside = context.times.opens_subordinate(1, reading.start)
    return reading.aside


@rule(
    "time.goes-on",
    Phase.TIME,
    "An undated trigger whose clause says it goes on ('also', 'there', 'during the visit') may take the date of "
    "the event told before (see date.goes-on); one that comes next ('then', 'will be followed by'), the day of it "
    "(see date.later-that-day).",
    "Erdogan met Xi in Astana on Thursday.\n\nErdogan also held talks with Lukashenko.",
    needs=("words.continuation_cues", "words.next_cues"),
)
def _goes_on(context: SentenceContext, reading: Reading) -> bool:
    if reading.time is not None:
        return False
    reading.goes_on = context.words.continuation_cues.found(context.keys, *reading.clause)
    reading.next_step = context.words.next_cues.found(context.keys, *reading.clause)
    return reading.goes_on or reading.next_step


@rule(
    "time.departure-ahead",
    Phase.TIME,
    "A journey told in the present with a plain weekday ('flies to Tehran on Monday for talks with the Shah', "
    "'travels to Rome on Friday to sign a treaty with X') lies ahead, even when the weekday just past is nearer: "
    "news tells a departure made in the past tense (see date.own-time). Not under a time heading (a timeline's "
    "present is its own).",
    "Macron travels to Rome on Friday to sign a treaty with Mario Draghi.",
    published="2021-11-20",
    needs=("words.present_departures",),
)
def _departure_ahead(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or time.kind is not TimeKind.WEEKDAY or time.offset or time.unit or context.scheduled:
        return False  # "last Monday", "Monday next week", a timeline's line: as told
    if reading.status is not _OCCURRED or reading.past:
        return False
    departs = reading.trigger.present and context.keys[reading.start] in context.words.present_departures
    reading.ahead = departs or "status.present-journey" in reading.fired
    return reading.ahead


@rule(
    "time.progressive-ahead",
    Phase.TIME,
    "A present progressive with a plain weekday ('is meeting X on Thursday', 'are hosting Y on Friday') tells an "
    "arrangement: the weekday lies ahead, as 'will be meeting' does. Not under a time heading.",
    "Sanchez is hosting Lula in Madrid on Wednesday.",
    published="2023-04-24",
    needs=("is", "are", "'s", "'re"),
)
def _progressive_ahead(context: SentenceContext, reading: Reading) -> bool:
    time, keys, start = reading.time, context.keys, reading.start
    if time is None or time.kind is not TimeKind.WEEKDAY or time.offset or time.unit or context.scheduled:
        return False  # "last Monday", "Monday next week", a timeline's line: as told
    if reading.status is not _OCCURRED or reading.past or start == 0 or keys[start - 1] not in _PRESENT_BE:
        return False
    if not (keys[start].endswith("ing") and reading.trigger.participle):
        return False
    reading.ahead = True
    return True


_PRESENT_BE = frozenset({"is", "are", "'s", "'re"})


@rule(
    "time.tonight",
    Phase.TIME,
    "A present tense with a time later in the day of writing ('tonight', 'this evening', 'later today') is a plan: "
    "'Tonight President Prasad gives a state banquet for Eisenhower' (not 'signed a treaty tonight').",
    "Tonight President Rajendra Prasad gives a state banquet for President Eisenhower.",
    published="1959-12-10",
    needs=("tonight", "evening", "today"),
)
def _tonight(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or time.kind is not _DEICTIC or not time.rest or reading.status is not _OCCURRED:
        return False
    if not reading.trigger.present or reading.past or context.scheduled:
        return False
    reading.status = _PLANNED
    return True


@rule(
    "status.own-past",
    Phase.TIME,
    "A meeting in a planned clause whose own time, after it, is one of the past ('is expected to brief X on his "
    "talks with Y last week', 'will report on the welcome he received from Z last year') happened: the plan is the "
    "clause's act, the meeting its topic (not one a cue of plans reaches between them: 'the talks, scheduled for "
    "last week', nor a verb the cue governs: 'was due to meet X last week').",
    "Ramaphosa is expected to brief parliament on his talks with Joe Biden last week.",
    published="2023-06-14",
    needs=("last", "yesterday", "ago", "earlier", "recently"),
)
def _own_past(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or reading.status is not _PLANNED or time.start < reading.end or not _told_back(time):
        return False
    if context.words.planned_cues.found(context.keys, reading.end, time.start):
        return False  # "the talks, scheduled for last week": the plan's own time
    if reading.cues.get("planned", -1) >= reading.start - _PLAN_REACH:
        return False  # "was due to meet X last week": the plan is the meeting's own, kept or not
    reading.status = _OCCURRED
    return True


_PLAN_REACH = 3  # words from a cue of plans to the verb it governs: "was due to meet", "is expected to hold"


def _told_back(time: TimeExpression) -> bool:
    """Whether a time can only lie before the anchor: "last week", "yesterday", "two days ago", "earlier this
    month", "recently".

    >>> [_told_back(t) for t in find_times(tokenize("last week, this week, two days ago, on Monday"))]
    [True, False, True, False]
    """
    if time.kind is TimeKind.AGO:
        return True
    if time.kind in _COUNTED_BACK or time.kind is TimeKind.WEEKDAY:
        return time.offset < 0 or (time.kind is TimeKind.RELATIVE and (time.partial or time.unit == "recent"))
    return False


@rule(
    "time.counted-from",
    Phase.TIME,
    "A counted time ('the next day', 'a month later') counts from the sentence's earlier time when it has one; not "
    "from one in a relative clause set off by commas that the trigger stands outside ('X, who went to Y yesterday "
    "for a two-day visit, was received by Z earlier in the day': that day is the report's).",
    "Lula landed in Beijing on April 12 and met Xi two days later.",
)
def _counted_from(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or time.kind is not _LATER:
        return False
    keys = context.keys
    asides = enclosed_relatives(keys, 0, len(keys)) if "," in keys[: time.start] else []
    reading.since = next(
        (
            t
            for t in reversed(context.times.usable.items)
            if t.end <= time.start
            and not any(low < t.start < high and not low < reading.start < high for low, high in asides)
        ),
        None,
    )
    return reading.since is not None


_DEPARTURE_REACH = 4  # "departed for Nairobi on Thursday": the departure's verb just before its time
_ONWARD_DAYS = 2  # how many days ahead of a departure the plan it was made for may lie


@rule(
    "time.onward",
    Phase.TIME,
    "A plan told after a departure and its time ('left on Thursday for Nairobi, where he will meet Ruto') takes "
    "that day as its first only (see date.onward).",
    "Ramaphosa left on Thursday for Nairobi, where he will hold talks with Ruto.",
    published="2024-06-13",
    needs=("words.departures",),
)
def _onward(context: SentenceContext, reading: Reading) -> bool:
    time, keys, departures = reading.time, context.keys, context.words.departures
    if time is None or reading.status is not Status.PLANNED or time.end > reading.start:
        return False
    before = keys[max(0, time.start - _DEPARTURE_REACH) : time.start]
    if departures.isdisjoint(before) and departures.isdisjoint(keys[time.end : reading.start]):
        return False
    reading.onward = _ONWARD_DAYS
    reading.departed = not context.words.past_departures.isdisjoint(before)  # "left on Tuesday": that Tuesday is past
    return True


@rule(
    "time.forthcoming-other",
    Phase.TIME,
    "A meeting called forthcoming or upcoming ('for X's forthcoming visit to Y') takes no 'today' or 'yesterday' "
    "told before it, outside its noun phrase: that day is the act of the clause that speaks of it ('left today after "
    "discussing arrangements for ...'), not the meeting's, which lies ahead.",
    "An aide flew home today after discussing the arrangements for President Lula's forthcoming visit to Japan.",
    published="2024-06-13",
    needs=("forthcoming", "upcoming"),
)
def _forthcoming_other(context: SentenceContext, reading: Reading) -> bool:
    time, keys = reading.time, context.keys
    if time is None or time.kind is not _DEICTIC or time.offset > 0 or time.end > reading.start:
        return False
    lead = next((i for i in range(reading.start - 1, max(-1, reading.start - 4), -1) if keys[i] in _FORTHCOMING), None)
    if lead is None or lead - time.end < _FORTHCOMING_GAP:
        return False  # "today's upcoming talks": the noun phrase's own day
    reading.time = None
    return True


_FORTHCOMING = frozenset({"forthcoming", "upcoming"})
_FORTHCOMING_GAP = 3  # words between a day and the "forthcoming" of another clause: "today after discussing ..."


@rule(
    "time.before-departure",
    Phase.TIME,
    "A meeting with no time of its own told before a departure and its time ('will meet Boric in Santiago before "
    "heading to Lima on Wednesday') lies in the days up to that day (see date.onward).",
    "Lula will meet Boric in Santiago before heading to Lima on Wednesday.",
    published="2023-01-23",
    needs=("before",),
)
def _before_departure(context: SentenceContext, reading: Reading) -> bool:
    keys, departures = context.keys, context.words.departures
    if reading.time is not None or reading.end >= len(keys):
        return False
    after = keys[reading.end :]
    if "before" not in after:
        return False
    step = reading.end + after.index("before")
    if step + 1 >= len(keys) or keys[step + 1] not in departures or not keys[step + 1].endswith("ing"):
        return False  # not "before heading to Lima", "before flying home"
    stop = next((i for i in range(step, len(keys)) if keys[i] in _STEP_ENDS), len(keys))
    time = next((t for t in context.times.usable.items if step < t.start < stop and t.relation is None), None)
    if time is None or not (_day(time) or time.kind is TimeKind.WEEKDAY):
        return False  # a day only: "before flying home on Friday", not "before leaving office in 2025"
    reading.time, reading.onward = time, -_ONWARD_DAYS
    return True


_WEEK = dt.timedelta(days=7)  # how far ahead a departure may lie for a plan before it to be read from the anchor
_STEP_ENDS = frozenset({",", ";", ":", "and", "where", "when", "while"})  # what ends the departure's own stretch


@rule(
    "time.tour-start",
    Phase.TIME,
    "A tour of several countries planned 'from' a day ('will visit A, B and C from Saturday') starts that day: each "
    "visit of it lies in the days after, two for each country (see date.onward).",
    "Kishida will visit Egypt, Ghana and Kenya from Saturday.",
    published="2023-04-26",
    only=(TriggerType.VISIT,),
    needs=("from",),
)
def _tour_start(context: SentenceContext, reading: Reading) -> bool:
    time = reading.time
    if time is None or reading.status is not _PLANNED or time.last_day is not None or time.start < 1:
        return False
    if context.keys[time.start - 1] != "from" or time.start < reading.end:
        return False
    legs = sum(1 for m in reading.objects if m.kind in _PLACE_KINDS)
    if legs < 2:
        return False
    reading.onward = _LEG_DAYS * legs
    return True


_LEG_DAYS = 2  # days a tour gives each country it visits
_PLACE_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.PLACE})  # where a tour goes: "Egypt, Ghana and Kenya"


_DURATION_REACH = 4  # "ended (his) (official) three-day (state) visit"
_JOURNEY_REACH = 8  # "arrived in Delhi on Wednesday on a four-day visit": the verb before the count


@rule(
    "time.visit-length",
    Phase.TIME,
    "A visit that 'began' or 'ended' a three-day visit on its date lasts from or until that day; an arrival 'on a "
    "four-day visit', or a journey 'for a two-day visit' ('went to Delhi yesterday for a two-day visit'), from its "
    "day.",
    "Yoon ended a three-day state visit to Britain on Thursday.",
    only=(TriggerType.VISIT,),
    needs=("day", "days"),
)
def _visit_length(context: SentenceContext, reading: Reading) -> bool:
    keys, words = context.keys, context.words
    low = max(0, reading.start - _DURATION_REACH)
    day = next((i for i in range(reading.start - 1, low - 1, -1) if keys[i] in ("day", "days")), None)
    first = keys[reading.start]
    if (day is None or day == 0) and (first in words.journey_starts or first in words.journey_goes):
        # "arrived in Delhi on Wednesday on a four-day visit": the arrival's own journey
        high = min(len(keys), reading.end + _JOURNEY_REACH)
        day = next((i for i in range(reading.end + 1, high) if keys[i] in ("day", "days")), None)
    if day is None or day == 0:
        return False
    number = day - 1
    count = keys[number]
    days = int(count) if count.isdecimal() and len(count) <= 2 else NUMBER_WORDS.get(count, 0)
    if days < 2:
        return False
    verbs = set(keys[max(0, number - _JOURNEY_REACH) : number])
    ends = not words.journey_ends.isdisjoint(verbs)
    if not (ends or not words.journey_starts.isdisjoint(verbs) or not words.journey_goes.isdisjoint(verbs)):
        return False
    reading.days, reading.ends = days, ends
    return True


@rule(
    "repeat.again",
    Phase.REPEAT,
    "A second time of the same verb with its own preposition ('in 2018 and again in 2019') is a second meeting; "
    "with a leader named before it ('met A on Monday and B on Thursday'), one with that leader in the object's place.",
    "Erdogan met Putin in Sochi in 2018 and again in Ankara in 2019.",
    needs=("and",),
)
def _again(context: SentenceContext, reading: Reading) -> bool:
    reading.again = time_again(context.keys, context.times.usable, reading.time, reading.own)
    return reading.again is not None and bool(reading.candidates)


@rule(
    "repeat.dates",
    Phase.REPEAT,
    "A second day coordinated with the trigger's own day with no preposition of its own, days apart ('on July 12 "
    "and August 21'), is a second meeting (not 'on May 3 and 4', one meeting over two days).",
    "Ruto met Ramaphosa in Nairobi on March 3 and June 5, 2023.",
    published="2023-09-10",
    needs=("and",),
)
def _dates(context: SentenceContext, reading: Reading) -> bool:
    if reading.again is not None or not reading.candidates:
        return False
    reading.again = date_again(context.keys, context.times.usable, reading.time)
    return reading.again is not None


# -- the anchor and the paragraph's year ----------------------------------------------------------------------------

_DATELINE_BLOCKS = 8  # a dateline stands among the first lines of a page
_DATELINE_EXTRA_TOKENS = 4  # "Published:", "Updated", a time of day: little else on the line


def dateline(document: Page) -> dt.date | None:
    """The date of a line near the top that holds a full date and little else ("November 9, 2017").

    >>> from diplomacy_events.normalize import normalize
    >>> dateline(normalize("Summit news\\n\\nNovember 9, 2017\\n\\nThe leaders met on Monday."))
    datetime.date(2017, 11, 9)
    """
    span = _dateline_span(document)
    return span.start if span is not None else None


def _dateline_span(document: Page) -> DateSpan | None:
    """The span of a page's dateline ("November 9, 2017"; "October 22-24, 2024" is one of three days)."""
    for block in document.blocks[:_DATELINE_BLOCKS]:
        if block.kind in _READ:
            continue  # a sentence's dates are events, not the page's
        if not _may_hold_year(document.text, block.start, block.end):
            continue  # a headline: no full date
        tokens = tokenize(document.text, block.start, block.end)
        for time in find_times(tokens):
            full = time.kind is TimeKind.DATE and time.year is not None and time.day is not None
            alone = len(tokens) - (time.end - time.start) <= _DATELINE_EXTRA_TOKENS
            if full and alone and time.relation in (None, "dateline"):
                return time.resolve(None)
    return None


_DIGIT = re.compile(r"[0-9]")


def _may_hold_year(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a year: a digit, or letters beyond ASCII (whose keys are read in full).

    >>> _may_hold_year("Leaders meet in Rome", 0, 20), _may_hold_year("November 9, 2017", 0, 16)
    (False, True)
    """
    return _DIGIT.search(text, start, end) is not None or not text[start:end].isascii()


#: How many days before publication a story's dateline may date it: a wire filed late in the day and put up the
#: morning after, in another time zone.
FILED_DAYS = 2


def filed_day(document: Page, published: dt.date | None) -> dt.date | None:
    """The day a story was filed, when its dateline names one in the days before publication: "today" and
    "on Thursday" are read from it ("WASHINGTON, June 5 (Reuters) - ..." published June 6).

    >>> from diplomacy_events.normalize import normalize
    >>> filed_day(normalize("MOSCOW, July 25 (AP) - Khrushchev met Nehru today."), dt.date(1963, 7, 26))
    datetime.date(1963, 7, 25)
    >>> filed_day(normalize("MOSCOW, July 26 (AP) - Khrushchev met Nehru today."), dt.date(1963, 7, 26)) is None
    True
    """
    if published is None:
        return None
    line = _dateline_span(document)
    if line is not None and line.days != 1:
        return None  # "October 22-24, 2024": the days of a trip, not of the story
    day = line.start if line is not None else _wire_dateline(document, published) or _line_dateline(document, published)
    if day is None or not published - dt.timedelta(days=FILED_DAYS) <= day < published:
        return None
    return day


def _wire_dateline(document: Page, published: dt.date) -> dt.date | None:
    """The day of a wire's dateline that opens the body ("TOKYO, March 17 (Reuters) -"), or the first paragraph after
    its headline (past a site's notes above it), in the publication's year."""
    for block in _opening_blocks(document):
        day = _wire_day(document, block, published)
        if day is not None:
            return day
    return None


def _opening_blocks(document: Page) -> Iterator[Block]:
    """The body's first block, and the first after the first heading when that is another."""
    blocks = document.blocks
    first = next((b for b in blocks if b.kind is BlockKind.BODY), None)
    if first is None:
        return
    yield first
    heading = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING), None)
    if heading is not None:
        after = next((b for b in blocks[heading + 1 :] if b.kind is BlockKind.BODY), None)
        if after is not None and after is not first:
            yield after


def _wire_day(document: Page, block: Block, published: dt.date) -> dt.date | None:
    """The day of a wire's dateline that opens ``block``, in the publication's year."""
    end = min(block.end, block.start + _WIRE_REACH)
    if _plain_opening(document.text, block.start, end):
        return None  # "Croatian Prime Minister ...": no dateline to read, settled without tokens
    tokens = tokenize(document.text, block.start, end)
    if not _may_open_with_dateline(tokens):
        return None
    for time in find_times(tokens):
        if time.relation == "dateline":
            span = time.resolve(published, Direction.PAST)
            return span.start if span is not None and span.precision is Precision.DAY and span.days == 1 else None
    return None


_WIRE_REACH = 80  # characters: a wire's dateline stands at the very start of its body


def _line_dateline(document: Page, published: dt.date) -> dt.date | None:
    """The day of a dateline on a line of its own above the body, a place and a day of no year ("Moscow. Sept 27",
    "NAIROBI, March 3"), in the days up to publication.

    >>> from diplomacy_events.normalize import normalize
    >>> _line_dateline(normalize("By A Writer\\nMoscow. Sept 27\\nKhrushchev met Nehru today."), dt.date(1961, 9, 28))
    datetime.date(1961, 9, 27)
    """
    for block in (*document.blocks[:_DATELINE_BLOCKS], *_after_chrome(document)):
        if block.kind is not _HEADING or block.end - block.start > _LINE_DATELINE_CHARS + _NOTE_CHARS:
            continue
        tokens = tokenize(document.text, block.start, block.end)
        tokens = tokens[_note_end(tokens) :]  # "(Rec. 6 p.m.) ROME, March 3": a note of its receipt first
        if not tokens or block.end - tokens[0].start > _LINE_DATELINE_CHARS:
            continue
        if len(tokens) < 3 or not (tokens[0].capitalised and tokens[0].key.isalpha()) or tokens[1].key not in ",.":
            continue
        time = next(iter(find_times(tokens)), None)
        if time is None or time.start != 2 or time.end != len(tokens) or time.kind is not TimeKind.DATE:
            continue
        if time.year is None and time.day is not None:
            span = time.resolve(published, Direction.PAST)
            return span.start if span is not None and span.days == 1 else None
    return None


_LINE_DATELINE_CHARS = 30  # "Rio de Janeiro, September 27": a place and a day, no more
_NOTE_CHARS = 20  # a note in brackets before it: "(Rec. 6 p.m.)", "(From Our Correspondent)" is longer
_NOTE_TOKENS = 8


def _note_end(tokens: Sequence[Token]) -> int:
    """Where a note in brackets that opens a line ends ("(Rec. 6 p.m.) ROME, March 3"): 0 when none does.

    >>> _note_end(tokenize("(Rec. 6 p.m.) ROME, March 3")), _note_end(tokenize("ROME, March 3"))
    (6, 0)
    """
    if not tokens or tokens[0].key != "(":
        return 0
    return next((i + 1 for i in range(1, min(len(tokens), _NOTE_TOKENS)) if tokens[i].key == ")"), 0)


def _after_chrome(document: Page) -> Sequence[Block]:
    """The blocks after a run of chrome among the first lines of a page (a site's notes and image links above the
    story): the first lines of the story itself."""
    blocks = document.blocks
    if len(blocks) <= _DATELINE_BLOCKS or blocks[_DATELINE_BLOCKS - 1].kind is not BlockKind.CHROME:
        return ()
    start = next((i for i in range(_DATELINE_BLOCKS, len(blocks)) if blocks[i].kind is not BlockKind.CHROME), None)
    return () if start is None else blocks[start : start + _DATELINE_BLOCKS]


_STAMP_KEYS = frozenset({":", "published", "updated", "posted"})  # what a page's time stamp holds


def _may_open_with_dateline(tokens: Sequence[Token]) -> bool:
    """Whether a time of ``tokens`` may be a dateline's, as :func:`~diplomacy_events.timex.find_times` reads them:
    before the end of a place in capitals (the first token in capitals, or a bracket) or a time stamp's (a clock
    time's colon, or "Updated"). Most bodies open with neither: no times to look for.

    >>> _may_open_with_dateline(tokenize("TOKYO, March 17 (Reuters) - ")), _may_open_with_dateline(tokenize("Xi met"))
    (True, False)
    """
    if not tokens:
        return False
    first = tokens[0]
    return first.text.isupper() or first.key == "(" or not _STAMP_KEYS.isdisjoint(map(_KEY, tokens))


_KEY = attrgetter("key")
_WORD_OPENING = re.compile(r"[\s-]*[A-Z][a-z]")  # a first word of a capital and a small letter: "Croatian"
_STAMP_WORDS = ("published", "updated", "posted")  # the words of _STAMP_KEYS


def _plain_opening(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` surely opens with no dateline (:func:`_may_open_with_dateline` of its tokens is
    false), read from its characters: plain text whose first token is a word of a capital and a small letter (not in
    capitals, no bracket), with no colon and no word of a time stamp.

    >>> _plain_opening("Croatian Prime Minister", 0, 23), _plain_opening("TOKYO, March 17", 0, 15)
    (True, False)
    """
    piece = text[start:end]
    if not piece.isascii() or ":" in piece or _WORD_OPENING.match(piece) is None:
        return False
    lowered = piece.lower()
    return not any(word in lowered for word in _STAMP_WORDS)


def tells_programme(keys: Sequence[str], times: Sequence[TimeExpression], words: Lexicon) -> bool:
    """Whether a sentence tells a programme and its dated entries: a programme word, and after it a time that opens
    an entry with a colon ("the itinerary is: March 3: talks in Rome; March 4: ..."); the entries of its paragraph
    are read as a programme's (``status.programme-entry``).

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.segment import token_keys
    >>> text = "The itinerary is: March 3: talks in Rome."
    >>> tells_programme(token_keys(text), find_times(tokenize(text)), default_lexicon())
    True
    """
    if ":" not in keys or words.programme_words.isdisjoint(keys):
        return False  # most sentences: no programme word, no colon (settled in C)
    first = next(i for i, key in enumerate(keys) if key in words.programme_words)
    return any(first < time.start and entry_head(keys, time) for time in times)


def entry_head(keys: Sequence[str], time: TimeExpression) -> bool:
    """Whether ``time`` opens an entry of a programme or a timeline: a colon right after it ("August 28: ...")."""
    return time.relation is None and time.end < len(keys) and keys[time.end] == ":"


def paragraph_year(times: Sequence[TimeExpression], year: int | None) -> int | None:
    """The year a paragraph spoke of last, after a sentence's ``times``: "That September" is in it.

    >>> paragraph_year(find_times(tokenize("They met in March 2019.")), None)
    2019
    """
    if not times:
        return year
    return next((t.year for t in reversed(times) if t.year is not None and not t.cited), year)


# -- sections: time headings that date the text under them ----------------------------------------------------------

# A clock time that opens a line: "6:05 p.m.", "14:32 GMT", "Updated 3:10 pm", "10:00 AM".
_CLOCK = re.compile(r"(?:(?i:updated|posted):?\s+)?\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?\s?m\b\.?))?(?:\s+[A-Z]{2,4}\b)?")
# What a heading opens with: a digit, a month or weekday (or its abbreviation), "Updated" or "Posted".
_HEAD_START = re.compile(
    r"\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|upd|pos|later)"
)
#: "PRESS SCHEDULE FOR MONDAY, AUGUST 18, 2025", a readout's "PM call with President X: 6 September 2022"
_DATE_END = re.compile(
    r"(?:(?i:for|of|on) [A-Za-z ,]*\d{1,2}, \d{4}"  # "... FOR MONDAY, AUGUST 18, 2025"
    r"|: (?:\d{1,2} [A-Za-z]+|[A-Za-z]+ \d{1,2},) \d{4})$"  # "...: 6 September 2022", "...: March 14, 2023"
)
_YEAR_END = re.compile(
    r"(?:\d,|[A-Za-z]) \d{4}$"
)  # how every line _DATE_END finds ends: a check of its last characters
_YEAR_END_REACH = 8  # the characters of ", 2025" and the day's last digit, and a newline $ may stand before
_HEAD_MARKS = "-–—:|"  # what ends a timeline entry's heading: "January 1966 - ...", "May 2014: ..."
_HEAD_EXTRA_TOKENS = 4  # a heading line holds a time and little else: ", Hanoi", "in Paris :"
_HEAD_TITLE_WORDS = 8  # "10:30 a.m. - What we know": a live blog entry's heading
_ENGAGEMENT_WORDS = 3  # "11:00 AM  THE PRESIDENT receives ...": a schedule's line names what happens then
_FRAGMENT_TOKENS = 8  # "Last November in Bali.": a time and little else


@attrs.frozen
class Section:
    """A stretch of a page that a time heading dates: ``text[start:end]`` under a date ``span``.

    ``year`` is the heading's own year, which the dates under it that lack
    one take ("February 1999 - ... on February 20").
    """

    start: int
    end: int
    span: DateSpan
    year: int | None = None
    clocked: bool = False  # a schedule's day, with times of day under it: its plans are that day's
    preview: bool = False  # a day of a preview of the coming days ("THE WEEK AHEAD"): a schedule's day too


def sections(document: Page, anchor: dt.date | None) -> list[Section]:
    """The sections of a page that time headings open, in order; none for a page with fewer than two headings.

    A heading is a line that holds a date and little else ("WEDNESDAY,
    SEPTEMBER 20", "June 20, 2024, Hanoi"; until the next heading), a
    timeline's entry that opens with a time and a dash ("January 1966 -
    ..."; that entry), or a clock time that opens a line ("6:05 p.m.", a
    live blog's entry; the page's own day, unless a day's heading is open).
    A date line above the body that is the page's own date is its dateline,
    no heading.

    >>> from diplomacy_events.normalize import normalize
    >>> page = normalize("MONDAY, MAY 6\\nThe Prime Minister meets Lula.\\nTUESDAY, MAY 7\\nShe flies home.")
    >>> [(str(s.span), page.text[s.start:s.end].split()[-1]) for s in sections(page, dt.date(2024, 5, 5))]
    [('2024-05-06', 'Lula.'), ('2024-05-07', 'home.')]
    """
    heads: list[tuple[Block, _Head]] = []
    marks = 0  # the headings seen, those under a day's heading included
    body_seen = False
    titles = _titles(document, anchor)
    dateline: tuple[Block, _Head] | None = None  # set aside: a schedule's first day, if clock times follow it
    clocked: dict[int, bool] = {}  # the day headings with clock times under them: whether all name engagements
    minutes: dict[int, list[int]] = {}  # the day headings with clock times under them: their minutes of the day
    ahead = _preview(document.text)
    for block in document.blocks:
        head = _head(document.text, block, anchor, ahead)
        body_seen = body_seen or (block.kind in _READ and (head is None or head.alone))
        if head is None:
            continue
        if not (body_seen or head.timed) and anchor is not None and head.span == DateSpan.from_date(anchor):
            dateline = (block, head)
            continue  # the page's dateline
        if not body_seen and _later_stamp(head, anchor):
            marks += 1  # a heading of the page all the same, which dates nothing under it:
            continue  # "Tuesday, March 4, 2031 | 09:12 AM" over a story of 2023 is the day the page was shown
        if dateline is not None and head.clock and head.words >= _ENGAGEMENT_WORDS and not heads:
            heads.append(dateline)  # "June 15, 2025" over "9:30 a.m.  The Prime Minister will ...": an itinerary's day
            marks += 1
        dateline = None
        marks += 1
        day = next((h for _, h in reversed(heads) if not h.alone), None)
        head = _in_order(head, day)
        if head.alone and head.year is None and day is not None and day.year is not None and not head.clock:
            head = _in_year(head, day.year)  # "1972" over "• September: ...": September 1972
        if head.clock and day is not None and not day.clock and day.span.precision is Precision.DAY:
            # a schedule names an engagement at each time; a live blog's bare time stamps ("18:52 GMT") are no plans
            clocked[id(day)] = clocked.get(id(day), True) and head.words >= _ENGAGEMENT_WORDS
            minutes.setdefault(id(day), []).append(head.minute)
            continue  # a clock time under a day's heading: the day goes on
        heads.append((block, head))
    if marks < 2:
        return []
    found = []
    for number, (block, head) in enumerate(heads):
        later = next((b.start for b, h in heads[number + 1 :] if not (head.alone or h.alone)), len(document.text))
        later = titles.get(later, later)  # the title line above the next heading is the next section's
        end = block.end if head.alone else later
        found.append(
            Section(
                start=block.start,
                end=end,
                span=head.span,
                year=head.year,
                clocked=clocked.get(id(head), False) and not _newest_first(minutes.get(id(head), [])),
                preview=ahead is Direction.FUTURE,
            )
        )
    return found


def _newest_first(minutes: Sequence[int]) -> bool:
    """Whether a day's clock times run from the latest to the earliest throughout: a live blog's entries, no schedule
    (whose times run forward, though a second list of the day may start again: the vice president's).

    >>> _newest_first([1190, 1184, 1162]), _newest_first([660, 780, 900, 795, 900]), _newest_first([600])
    (True, False, False)
    """
    return len(minutes) > 1 and all(later < earlier for earlier, later in itertools.pairwise(minutes))


#: How long after publication a date line above the body may still head the page's days (a schedule published the
#: day before, a preview of the weeks ahead): one later still is a stamp of the day the page was updated or shown.
STAMP_DAYS = 62


def _later_stamp(head: _Head, anchor: dt.date | None) -> bool:
    """Whether a date line above the body is a stamp of a later day than the story's: a full date with its year, long
    after publication ("Tuesday, March 4, 2031 | 09:12 AM GMT" over a story published in 2023).

    >>> head = _Head(span=DateSpan.from_date(dt.date(2025, 12, 12)), year=2025)
    >>> _later_stamp(head, dt.date(2015, 5, 13)), _later_stamp(head, dt.date(2025, 12, 11))
    (True, False)
    """
    return (
        anchor is not None
        and head.year is not None
        and head.span.precision is Precision.DAY
        and (head.span.start - anchor).days > STAMP_DAYS
    )


_PREVIEW_REACH = 300  # the characters of a page's top that say it looks ahead: its title and standfirst


def _preview(text: str) -> Direction:
    """The way a page's day headings point: ahead on a preview of the coming days ("THE WEEK AHEAD"), else to the
    nearest such day.

    >>> _preview("THE WEEK AHEAD | Sunday"), _preview("Tuesday - Paris")
    (<Direction.FUTURE: 'future'>, <Direction.NEAREST: 'nearest'>)
    """
    top = text[:_PREVIEW_REACH].lower()
    return Direction.FUTURE if any(cue in top for cue in PREVIEW_TITLES) else Direction.NEAREST


def _in_year(head: _Head, year: int) -> _Head:
    """A heading without a year in the year of the heading above it."""
    try:
        span = DateSpan(
            start=head.span.start.replace(year=year),
            end=head.span.end.replace(year=year),
            precision=head.span.precision,
        )
    except ValueError:  # February 29 of another year, or an end in the year after
        return head
    return attrs.evolve(head, span=span, year=year)


def _titles(document: Page, anchor: dt.date | None) -> dict[int, int]:
    """Title lines right above a block (a readout's title over its date line): the block's start -> the title's.

    A schedule's line ("3:00 PM  THE PRESIDENT participates in ...") is an entry, no title; so is a bullet ("- Dinner
    hosted by H.E. Mr. X, President of Y" closing a day's programme).
    """
    text = document.text
    return {
        after.start: title.start
        for title, after in itertools.pairwise(document.blocks)
        if title.kind is _BODY
        and not title.bullet
        and text[title.end - 1] not in '.!?"”'
        and _head(text, title, anchor) is None
    }


@attrs.frozen
class _Head:
    span: DateSpan
    year: int | None = None  # its own year
    clock: bool = False  # a clock time: the page's day
    timed: bool = False  # the line opens with a clock time ("8:32 a.m. ET, May 16, 2024"): an entry's, no dateline
    words: int = 0  # the words after a clock time: an engagement ("THE PRESIDENT greets ..."), or none (a stamp)
    minute: int = 0  # a clock time's minute of the day ("7:22 p.m.": 1162)
    alone: bool = False  # it opens an entry and dates only that (a timeline's, a schedule's line)
    weekday: bool = False  # a weekday alone ("THURSDAY"): a diary's day, after the day heading before it
    rest: bool = False  # "LATER IN THE WEEK": the days after the day heading before it, to the end of its week


def _head(text: str, block: Block, anchor: dt.date | None, direction: Direction = Direction.NEAREST) -> _Head | None:
    """A block's heading time, if it opens with one (a day's name read in ``direction``)."""
    if _HEAD_START.match(text, block.start, block.end) is None and not _date_end(text, block.start, block.end):
        return None  # most lines: no digit, month or weekday to open a heading, no date to end one
    line = text[block.start : block.end]
    clock = _CLOCK.match(line)
    if clock is not None and (clock.end() == len(line) or line[clock.end()].isspace() or line[clock.end()] == ","):
        return _clock_head(text, block, clock.end(), anchor)
    if not line[:1].isalnum():
        return None
    return _date_head(text, block, anchor, direction)


def _date_end(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with the date a heading is for ("... FOR MONDAY, AUGUST 18, 2025", a
    readout's "...: 6 September 2022").

    The search for a line's "for", "of" or "on" runs only on the few lines that end with a year.

    >>> _date_end("Schedule for Monday, August 18, 2025", 0, 37), _date_end("They met on Monday.", 0, 19)
    (True, False)
    """
    if _YEAR_END.search(text, max(start, end - _YEAR_END_REACH), end) is None:
        return False
    return _DATE_END.search(text, start, end) is not None


def _clock_head(text: str, block: Block, after: int, anchor: dt.date | None) -> _Head | None:
    """A line that opens with a clock time (``after`` is where it ends): its own date's entry, else the page's day."""
    rest = text[block.start + after : block.end].strip().lstrip(_HEAD_MARKS + ",").split()
    alone = block.kind in (BlockKind.BODY, BlockKind.ITEM) and len(rest) >= 3
    tokens = tokenize(text, block.start + after, min(block.end, block.start + after + 30))
    dated = next((t for t in find_times(tokens) if t.kind is TimeKind.DATE and t.day is not None), None)
    span = dated.resolve(anchor, Direction.NEAREST) if dated is not None else None
    if dated is not None and span is not None:  # "8:32 a.m. ET, May 16, 2024": the entry's own day
        return _Head(span=span, year=dated.year, timed=True, alone=alone)
    if anchor is None:
        return None
    minute = _minute_of(text[block.start : block.start + after])
    return _Head(span=DateSpan.from_date(anchor), clock=True, timed=True, alone=alone, words=len(rest), minute=minute)


_HOUR_MINUTE = re.compile(r"(\d{1,2})[:.](\d{2})\s*(?:([AaPp])\.?\s?[Mm]\b)?")


def _minute_of(clock: str) -> int:
    """The minute of the day a clock time names (12-hour with "a.m."/"p.m.", else 24-hour).

    >>> _minute_of("7:22 p.m."), _minute_of("12:05 a.m."), _minute_of("14:32 GMT"), _minute_of("Updated 9.10 am")
    (1162, 5, 872, 550)
    """
    found = _HOUR_MINUTE.search(clock)
    if found is None:
        return 0
    hour, minute, half = int(found[1]) % 24, int(found[2]), found[3]
    if half:
        hour = hour % 12 + (12 if half in "Pp" else 0)
    return hour * 60 + minute


def _date_head(
    text: str, block: Block, anchor: dt.date | None, direction: Direction = Direction.NEAREST
) -> _Head | None:
    """A line that opens with a date and holds little else, or a timeline's entry that opens with one and a dash."""
    line, body = text[block.start : block.end], block.kind in (BlockKind.BODY, BlockKind.ITEM)
    if not body and _DATE_END.search(line):
        return _titled_day(text, block, anchor)
    tokens = tokenize(text, block.start, min(block.end, block.start + 60))
    times = find_times(tokens[:12])
    first = times[0] if times else None
    if first is not None and first.start == 0 and first.kind is TimeKind.RELATIVE and first.rest and not body:
        return _rest_head(first, len(tokens), anchor)  # a diary's "LATER IN THE WEEK"
    if first is None or first.start != 0 or first.relation is not None or first.kind is TimeKind.RELATIVE:
        return _year_head(text, block, tokens)
    span = first.resolve(anchor, direction)
    last = first
    if len(times) > 1 and times[1].start == first.end and first.day is None and times[1].year is not None:
        last = times[1]  # "June-July 1972": the months between
        start, end = attrs.evolve(first, year=last.year).resolve(anchor), last.resolve(anchor)
        if start is not None and end is not None and start.start <= end.end:
            span = DateSpan(start=start.start, end=end.end, precision=Precision.MONTH)
    if span is None:
        return None
    after = text[tokens[last.end - 1].end : block.end].strip()
    short = len(line) <= 60 and len(tokens) - last.end <= _HEAD_EXTRA_TOKENS
    placed = after.startswith("(") and after.endswith(")")  # a programme's "WEDNESDAY, JUNE 19 (Pyongyang)"
    if short and (not body or line.endswith(":") or placed):
        weekday = first.kind is TimeKind.WEEKDAY and first.offset == 0 and last is first
        return _Head(span=span, year=last.year, weekday=weekday)
    if after[:1] and after[0] in _HEAD_MARKS:
        return _Head(span=span, year=last.year, alone=body and _entry(after))
    return None


def _rest_head(time: TimeExpression, tokens: int, anchor: dt.date | None) -> _Head | None:
    """A heading that is "LATER IN THE WEEK" or "LATER THIS WEEK" alone: the rest of the week, or of the week of
    the day heading before it (see :func:`_in_order`)."""
    if time.unit != "weeks" or time.end != tokens or anchor is None:
        return None
    span = time.resolve(anchor)
    return _Head(span=span, rest=True) if span is not None else None


def _in_order(head: _Head, day: _Head | None) -> _Head:
    """A diary's heading after the day heading before it: a weekday alone that comes later in the week is that day of
    its week ("MONDAY" then "THURSDAY"; not "THURSDAY" then "MONDAY", a page told newest first), "LATER IN THE
    WEEK" the days after it to that week's Sunday.

    >>> monday = _Head(span=DateSpan.from_date(dt.date(2023, 6, 5)))
    >>> str(_in_order(_Head(span=DateSpan.from_date(dt.date(2023, 6, 1)), weekday=True), monday).span)
    '2023-06-08'
    >>> str(_in_order(_Head(span=DateSpan.from_date(dt.date(2023, 6, 4)), rest=True), monday).span)
    '2023-06-06..2023-06-11'
    """
    if day is None or day.span.precision is not _DAY or not (head.weekday or head.rest):
        return head
    after = day.span.end
    if head.rest:
        sunday = after + dt.timedelta(days=6 - after.weekday())
        if sunday == after:
            return head
        return attrs.evolve(
            head, span=DateSpan(start=after + dt.timedelta(days=1), end=sunday, precision=Precision.UNKNOWN)
        )
    ahead = head.span.start.weekday() - after.weekday()
    if head.span.start > after or ahead <= 0:
        return head
    return attrs.evolve(head, span=DateSpan.from_date(after + dt.timedelta(days=ahead)))


def _titled_day(text: str, block: Block, anchor: dt.date | None) -> _Head | None:
    """A heading that ends with the day it is for: "DAILY GUIDANCE AND PRESS SCHEDULE FOR MONDAY, AUGUST 18, 2025"."""
    tokens = tokenize(text, max(block.start, block.end - 40), block.end)
    last = next((t for t in reversed(find_times(tokens)) if t.kind is TimeKind.DATE and t.end == len(tokens)), None)
    if last is None or last.day is None:
        return None
    span = last.resolve(anchor, Direction.NEAREST)
    return _Head(span=span, year=last.year) if span is not None else None


def _year_head(text: str, block: Block, tokens: Sequence[Token]) -> _Head | None:
    """A year alone that heads a line or a timeline's entry: "1972", "2016 - ..."."""
    year = year_of(tokens[0]) if tokens else None
    if year is None:
        return None
    if len(tokens) == 1 or (len(tokens) == 2 and tokens[1].key == ":"):
        return _Head(span=DateSpan.from_year(year), year=year)
    after = text[tokens[0].end : block.end].strip()
    if not after[:1] or after[0] not in _HEAD_MARKS:
        return None
    body = block.kind in (BlockKind.BODY, BlockKind.ITEM)
    return _Head(span=DateSpan.from_year(year), year=year, alone=body and _entry(after))


def _entry(after: str) -> bool:
    """Whether what follows a heading's time and dash is an entry of its own (a sentence), not a section's title.

    >>> _entry("- Russia launches its invasion."), _entry("- What we know")
    (True, False)
    """
    return len(after.split()) > _HEAD_TITLE_WORDS or after.rstrip('"”’)').endswith((".", "!", "?"))


def section_at(found: Sequence[Section], offset: int) -> Section | None:
    """The innermost section that holds ``offset`` (a timeline's entry within a day's heading), if any."""
    return next((s for s in reversed(found) if s.start <= offset < s.end), None)


def in_section_year(times: list[TimeExpression], section: Section | None) -> list[TimeExpression]:
    """Dates with no year of their own under a heading with one take its year ("on February 20" under "1999")."""
    if section is None or section.year is None:
        return times
    return [
        attrs.evolve(t, year=section.year)
        if t.year is None and t.month is not None and t.relation is None and t.kind in (TimeKind.DATE, TimeKind.MONTH)
        else t
        for t in times
    ]


def paragraph_times(
    paragraph: Sequence[Sentence], section: Section | None, year: int | None = None
) -> list[list[TimeExpression]]:
    """The time expressions of a paragraph's sentences: "That September" in the year told before (``year``: the one
    the paragraph before spoke of last, if any), a date with no year in the year of the heading above it, "at the end
    of the month" in the month told before.

    >>> from diplomacy_events.segment import sentences
    >>> told = "In 2018 they met. That September they met again."
    >>> [[t.year for t in times] for times in paragraph_times(sentences(told, 0, len(told)), None)]
    [[2018], [2018]]
    >>> told = "Abe will visit Russia in May. He meets Putin at the end of the month."
    >>> [[t.month for t in times] for times in paragraph_times(sentences(told, 0, len(told)), None)]
    [[5], [5]]
    """
    # the paragraph's last year named (the one before it, until it names one)
    told: TimeExpression | None = None  # its last month named, with a year
    found: list[list[TimeExpression]] = []
    for sentence in paragraph:
        times = in_section_year(find_times(sentence.tokens, year, keys=sentence.keys), section)
        if times:
            if told is not None:  # "September: X flies to Beijing. Y receives him on the 27th"
                times = [_in_month(t, told) for t in times]
            for time in times:
                if time.anaphoric:  # "at the end of the month" (rare)
                    times = _the_month(times, found)
                    break
            year = paragraph_year(times, year)
            told = next((t for t in reversed(times) if t.month and t.year and not t.cited), told)
        found.append(times)
    return found


def _the_month(times: list[TimeExpression], before: list[list[TimeExpression]]) -> list[TimeExpression]:
    """ "At the end of the month", "later in the month" in the month told before (in ``times`` or the paragraph's
    times ``before`` them), else as they are (the anchor's)."""
    placed: list[TimeExpression] = []
    for time in times:
        if time.anaphoric:
            told = [*itertools.chain.from_iterable(before), *placed]
            month = next((t for t in reversed(told) if _names_month(t)), None)
            if month is not None:
                time = TimeExpression(
                    start=time.start, end=time.end, kind=_MONTH, year=month.year, month=month.month, text=time.text
                )
        placed.append(time)
    return placed


def _names_month(time: TimeExpression) -> bool:
    """Whether a time names a month ("in May", "on May 3"), which "the end of the month" after it is of."""
    return time.month is not None and time.kind in _MONTH_NAMED and not time.cited and time.relation is None


_MONTH = TimeKind.MONTH
_MONTH_NAMED = frozenset({TimeKind.DATE, _MONTH})


def _in_month(time: TimeExpression, told: TimeExpression) -> TimeExpression:
    """A bare day of the month ("on the 27th") in the month its paragraph told before."""
    if time.kind is TimeKind.DATE and time.month is None and time.day is not None:
        return attrs.evolve(time, month=told.month, year=told.year)
    return time


def speaks_of_earlier(
    times: Sequence[TimeExpression], section: Section | None, before: bool = False, anchor: dt.date | None = None
) -> bool:
    """Whether a sentence speaks of the years before 2000 (a year of its own, or its heading's): "in November 1973",
    or, counted back from ``anchor``, "forty years ago (today)"; a sentence with no year goes on with what the one
    ``before`` it in its paragraph spoke of ("Thatcher visited Moscow in 1987. She held talks with Gorbachev.").

    >>> speaks_of_earlier(find_times(tokenize("Whitlam visited China in November 1973.")), None)
    True
    >>> speaks_of_earlier(find_times(tokenize("He met Zhou Enlai.")), None, before=True)
    True
    >>> speaks_of_earlier(find_times(tokenize("He went back in 2005.")), None, before=True)
    False
    """
    if not times and (section is None or section.year is None):
        return before  # most sentences: no time at all
    years = [t.year for t in times if t.year is not None and t.relation is None and t.cited is None]
    if anchor is not None:
        years += [anchor.year - t.offset for t in times if t.kind is TimeKind.AGO and t.unit == "years"]
    if section is not None and section.year is not None:
        years.append(section.year)
    return any(year < MODERN_FROM.year for year in years) if years else before


def time_fragment(
    tokens: Sequence[Token], times: Sequence[TimeExpression], event_nouns: frozenset[str] = frozenset()
) -> TimeExpression | None:
    """The time a sentence gives what follows it in its paragraph: a sentence that is a time and little else
    ("Last November in Bali."), or one that opens with an event of a time ("Friday's ceremony ...", with
    ``event_nouns``).

    >>> tokens = tokenize("Last November in Bali.")
    >>> time_fragment(tokens, find_times(tokens)).month
    11
    """
    opening = times[0] if times and times[0].start == 0 and times[0].relation is None else None
    if opening is not None and len(tokens) > opening.end + 1 and tokens[opening.end].key in ("'s", "’s"):
        return opening if tokens[opening.end + 1].key in event_nouns else None
    if len(times) != 1 or len(tokens) > _FRAGMENT_TOKENS:
        return None
    time = times[0]
    lead = 1 if time.start == 1 and tokens[0].key in ("in", "on") else 0
    if time.start != lead or time.relation is not None or time.cited is not None:
        return None
    rest = [t for t in tokens[time.end :] if t.key not in (".", ",", "in", "at", "on")]
    return time if rest == [] or (len(rest) <= 3 and all(t.capitalised for t in rest)) else None


def awaited_date(
    tokens: Sequence[Token], times: Sequence[TimeExpression], words: Lexicon, anchor: dt.date | None
) -> DateSpan | None:
    """The date of an event a sentence says someone is there for ("is staying on for Tuesday's gathering"), which
    dates what its paragraph tells next; ahead unless the verb before it is past ("arrived for Sunday's summit").

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> tokens = tokenize("Maduro is staying on for Tuesday's gathering.")
    >>> str(awaited_date(tokens, find_times(tokens), default_lexicon(), dt.date(2023, 5, 29)))
    '2023-05-30'
    """
    if not times:
        return None
    time = next((t for t in times if _awaited(tokens, t, words.event_nouns)), None)
    if time is None:
        return None
    direction = Direction.NEAREST
    for token in reversed(tokens[: time.start]):
        if token.key in ("is", "are", "will", "'ll", "remains", "stays"):
            direction = Direction.FUTURE
            break
        if token.key in words.past_verbs or token.key in ("was", "were", "had"):
            direction = Direction.PAST
            break
    return time.resolve(anchor, direction)


def _awaited(tokens: Sequence[Token], time: TimeExpression, event_nouns: frozenset[str]) -> bool:
    """Whether a time is that of an event someone is there for: "for Tuesday's gathering"."""
    return (
        time.start > 0
        and tokens[time.start - 1].key == "for"
        and time.relation is None
        and time.cited is None
        and len(tokens) > time.end + 1
        and tokens[time.end].key in ("'s", "’s")
        and tokens[time.end + 1].key in event_nouns
    )


# -- candidates' dates ----------------------------------------------------------------------------------------------


@record
class Dated:
    """A dated meeting or journey of a paragraph ("arrived in Moscow on Monday"): context for what follows."""

    participants: tuple[Participant, ...]
    date: DateSpan
    status: Status
    host: Country | None = None  # a visit's: the country visited


@attrs.define(kw_only=True, eq=False)
class DateReading:
    """What the ``date.*`` rules know of one candidate's date so far; ``fired`` lists the rules that fired."""

    candidate: EventCandidate
    summit: Summit | None  # the summit it belongs to (a relation to it drops it)
    status: Status
    date: DateSpan | None = None
    fired: list[str] = attrs.Factory(list)
    running: str = ""

    @property
    def type(self) -> TriggerType:
        """The candidate's trigger type (what a rule's ``only`` is matched against)."""
        return self.candidate.trigger_type


@attrs.define(kw_only=True, eq=False)
class MeetingReading:
    """An undated meeting (its people and status) that the context rules may date from its paragraph."""

    participants: Sequence[Participant]
    status: Status
    goes_on: bool = False  # "X also met Y": it may take the date of the event told before
    next_step: bool = False  # "will then meet Y": a plan that comes next after the event told before
    aside: bool = False  # told in a relative or subordinate clause of another event
    arranged: bool = False  # a plan, or an arrangement a statement tells ("said on Friday that X is visiting Y")
    unnamed_summit: bool = False  # "they will meet at the summit", when the text named no summit before
    date: DateSpan | None = None
    fired: list[str] = attrs.Factory(list)
    running: str = ""
    type: None = None


_SUMMIT_DAYS = dt.timedelta(days=3)  # "right before the summit": the days just before it
#: The way a time is read for an event of each status (with none, the nearer way).
_DIRECTIONS = {Status.PLANNED: Direction.FUTURE, Status.OCCURRED: Direction.PAST, None: Direction.NEAREST}


@attrs.define
class Calendar:
    """The dates of one document: its anchor, and the dated context a paragraph builds up.

    >>> calendar = Calendar(anchor=dt.date(2017, 11, 23))
    >>> [found] = find_times(tokenize("on Monday"))
    >>> str(calendar.resolve(found, Status.OCCURRED)), str(calendar.resolve(found, Status.PLANNED))
    ('2017-11-20', '2017-11-27')
    """

    anchor: dt.date | None
    warnings: list[str] = attrs.Factory(list)
    context: Dated | None = None  # the paragraph's last dated meeting or trip
    summit_context: Summit | None = None  # the paragraph's last dated summit
    gathering: Dated | None = None  # a dated gathering the paragraph told that is no summit ("The conference closed")
    told: Dated | None = None  # the last dated meeting or trip of the paragraphs before
    section: DateSpan | None = None  # the date of the heading the sentence read now stands under
    schedule: bool = False  # that heading is a schedule's day: its plans are that day's, even the page's own
    lead: Dated | None = None  # the story's lead: the leaders its first sentence of a day of the past week names
    news_lead: Dated | None = None  # failing that, the leaders its first sentence names, with no time: the news day
    programme: Dated | None = None  # the story's lead plan of one day ahead: the day its undated plans fill
    untimed: bool = True  # the sentence read now names no time at all ("a week after being sworn in" is one)
    plans: list[Dated] = attrs.Factory(list)  # the story's dated planned gatherings (of three or more leaders)
    visits: list[Dated] = attrs.Factory(list)  # the story's visits dated to the day, with the countries visited
    unnamed_summit: Dated | None = None  # the dates the text gave "the summit" when it had named none

    def new_paragraph(self) -> None:
        """Forget the paragraph's context: a date carries over only within a paragraph.

        Only a counted time ("the same day", "three days later") that opens a
        paragraph counts from the last event the paragraphs before told.
        """
        self.told = self.context or self.told
        self.context = None
        self.summit_context = None
        self.gathering = None

    def resolve(
        self, time: TimeExpression | None, status: Status | None, since: TimeExpression | None = None
    ) -> DateSpan | None:
        """The span of a time expression read in the direction of ``status`` (nearest if ``None``).

        A time counted from another event ("a month later", "the next day")
        is counted from ``since`` (an earlier time of its sentence), else
        from the paragraph's last dated meeting or trip.
        """
        if time is None:
            return None
        if time.kind is _LATER:  # "a month later": from the event told before, if any
            reference = self.resolve(since, status) if since is not None else None
            told = self.context or self.told
            if reference is None and told is not None:
                reference = told.date
            if reference is None and time.today and self.anchor is not None:
                reference = DateSpan.from_date(self.anchor)  # "earlier in the day", with nothing told before
            if reference is None:
                return None
            counted = time.counted_from(reference)
            if status is not _OCCURRED or self.anchor is None:
                return counted
            # what happened, happened by the anchor ("days before hosting Y"); a count past it cannot hold
            return None if counted.start > self.anchor else _so_far(self, counted)
        span = time.resolve(self.anchor, _DIRECTIONS[status])
        if span is None and self.anchor is None:
            self.warnings.append(f"relative date {time.text!r} left unresolved: no publication date")
        return span

    def date(self, candidate: EventCandidate, summit: Summit | None) -> DateReading:
        """A candidate's date, status and summit after the ``date.*`` rules (see the rules page)."""
        reading = DateReading(candidate=candidate, summit=summit, status=candidate.status)
        run(_DATE_PHASE, self, reading)
        return reading

    def trip(
        self, travellers: tuple[Participant, ...], date: DateSpan | None, status: Status, host: Country | None = None
    ) -> None:
        """Remember a dated trip: the traveller's next undated meeting of the paragraph shares its date; one to
        ``host`` dated to the day, the plans made there (see date.during-visit)."""
        if date is not None:
            self.context = Dated(participants=travellers, date=date, status=status)
            self._visit(self.context, host)

    def _visit(self, told: Dated, host: Country | None) -> None:
        """Remember a visit to ``host`` dated to the day: the story's plans of its traveller there take its days."""
        if host is not None and told.date.precision is _DAY:
            self.visits.append(attrs.evolve(told, host=host))

    def summit(self, summit: Summit) -> None:
        """Remember a dated summit: the paragraph's undated meetings of its status may share its date."""
        if summit.date is not None:
            self.summit_context = summit

    def _under_way(self, told: Dated) -> bool:
        """Whether an event that happened began before the publication day and lasts past it: a visit under way."""
        anchor = self.anchor
        return told.status is Status.OCCURRED and anchor is not None and told.date.start < anchor < told.date.end

    def in_context(
        self,
        participants: Sequence[Participant],
        status: Status,
        date: DateSpan | None,
        aside: bool = False,
        goes_on: bool = False,
        next_step: bool = False,
        host: Country | None = None,
        arranged: bool = False,
        unnamed_summit: bool = False,
    ) -> tuple[DateSpan | None, list[str]]:
        """A meeting's date: its own, else one from its paragraph (the context rules), and the rules that fired.

        A dated meeting becomes the context of the meetings after it, unless
        it is told ``aside`` (in a relative or subordinate clause: "..., after
        his visit to Beijing in May"): the story goes on from the main event.
        One that ``goes_on`` ("X also met Y") may also take the last event the
        paragraphs before told. A visit to ``host`` is remembered for the
        story's plans of its traveller there; an undated meeting ``arranged``
        (planned, or told by a statement as under way) may take its days. One
        at an ``unnamed_summit`` ("at the summit", none named before) refers
        back to the event told before, as one that goes on does.
        """
        if date is not None:
            told = Dated(participants=tuple(participants), date=date, status=status)
            self._visit(told, host)
            if self.programme is not None and not self.programme.date.contains(date):
                self.programme = None  # the story tells another day: no one day's programme
            if not aside or self._under_way(told):  # "X, who arrived on Wednesday on a four-day visit, ..."
                self.context = told
            if status is _PLANNED and len(participants) > 2:
                self.plans.append(told)  # a planned gathering, even told aside: its people's plans are part of it
            return date, []
        reading = MeetingReading(
            participants=participants,
            status=status,
            goes_on=goes_on,
            aside=aside,
            next_step=next_step,
            arranged=arranged or status is _PLANNED,
            unnamed_summit=unnamed_summit,
        )
        run(_CONTEXT_PHASE, self, reading)
        return reading.date, reading.fired


@rule(
    "date.own-time",
    Phase.DATE,
    "A candidate's own time is read in the direction of its tense (a present tense the nearer way: 'holds talks on "
    "Monday' told on a Saturday is two days ahead; a present journey's weekday ahead, see time.departure-ahead); a "
    "counted time "
    "counts from the earlier time of its sentence, else from the paragraph's last dated meeting or trip.",
    "Ramaphosa will host Lula in Pretoria on Monday.",
)
def _own_time(calendar: Calendar, reading: DateReading) -> bool:
    candidate = reading.candidate
    tense = None if candidate.present and reading.status is _OCCURRED else reading.status
    if candidate.ahead:
        tense = _PLANNED  # "flies to Tehran on Monday", told on a Thursday: the Monday ahead
    elif candidate.departed:
        tense = _OCCURRED  # "left on Tuesday for Tokyo, where he will meet X": the departure's Tuesday, past
    reading.date = calendar.resolve(candidate.time, tense, candidate.since)
    return reading.date is not None


@rule(
    "date.narrative-weekday",
    Phase.DATE,
    "'On the Sunday', a recap's day, is that day of the days the paragraph told last, where they hold one ('at the "
    "summit, which ran from 24 to 26 August, ... breakfast with X on the Sunday' is 25 August).",
    "Johnson met Macron at the summit from 24 to 26 August. He had breakfast with Trump on the Sunday.",
    published="2019-09-03",
)
def _narrative_weekday(calendar: Calendar, reading: DateReading) -> bool:
    time, told = reading.candidate.time, calendar.context or calendar.told
    if time is None or not time.narrative or time.weekday is None or reading.date is None or told is None:
        return False
    span = told.date
    if span.precision is not Precision.DAY or span.contains(reading.date) or span.days > _WEEK_DAYS:
        return False
    day = span.start + dt.timedelta(days=(time.weekday - span.start.weekday()) % 7)
    if not span.contains(DateSpan.from_date(day)):
        return False
    reading.date = DateSpan.from_date(day)
    return True


_WEEK_DAYS = 7  # the days a recap's weekday may be read in: a week at most


@rule(
    "date.edition-a-year-before",
    Phase.DATE,
    "A meeting at a summit named with its place and 'last August' whose edition there fell in the August a year "
    "before that one (told in October 2024, the Johannesburg summit of August 2023) takes the edition's dates.",
    "Xi and Modi spoke on the sidelines of the BRICS summit in Johannesburg last August.",
    published="2024-10-23",
    needs=("last",),
)
def _edition_a_year_before(calendar: Calendar, reading: DateReading) -> bool:
    summit, time = reading.summit, reading.candidate.time
    if summit is None or summit.date is None or reading.date is None or time is None:
        return False
    if not edition_a_year_before(time, reading.date, summit.date):
        return False
    reading.date = summit.date
    return True


def edition_a_year_before(time: TimeExpression, stated: DateSpan, edition: DateSpan) -> bool:
    """Whether a summit's edition lies in the month a "last <month>" names, a year before the one it resolves to: the
    writer's "last August" of the year before (``stated``: the resolved month; ``edition``: the record's days).

    >>> last_august = find_times(tokenize("last August"))[0]
    >>> edition_a_year_before(last_august, DateSpan.from_month(2024, 8), DateSpan.from_date(dt.date(2023, 8, 22)))
    True
    """
    return (
        time.kind is TimeKind.MONTH
        and time.offset < 0
        and stated.precision is Precision.MONTH
        and edition.start.year == stated.start.year - 1
        and edition.start.month == stated.start.month
    )


@rule(
    "date.section-today",
    Phase.DATE,
    "'This evening', 'earlier today', 'yesterday' under a day's heading of another day (a readout's 'PM call with "
    "President X: 6 September 2022') are counted from the heading's day, not the publication date.",
    "Readouts\n\nPM call with President Biden: 6 September 2022\nThe Prime Minister spoke to President Joe Biden "
    "this evening.\n\nPM call with Prime Minister Albanese: 7 September 2022\nThe Prime Minister spoke to Anthony "
    "Albanese this morning.",
    published="2022-09-07",
)
def _section_today(calendar: Calendar, reading: DateReading) -> bool:
    time, section = reading.candidate.time, calendar.section
    if time is None or time.kind is not _DEICTIC or section is None or section.precision is not _DAY:
        return False
    if section.start == calendar.anchor or reading.date is None:
        return False
    reading.date = DateSpan.from_date(section.start + dt.timedelta(days=time.offset))
    return True


@rule(
    "date.summit",
    Phase.DATE,
    "An undated meeting at a summit takes the summit's dates.",
    "Macron met Modi on the sidelines of the G20 summit in Rio de Janeiro.",
    published="2024-11-20",
)
def _summit_dates(calendar: Calendar, reading: DateReading) -> bool:
    if reading.date is not None or reading.summit is None or reading.summit.date is None:
        return False
    reading.date = reading.summit.date
    return True


@rule(
    "date.summit-relation",
    Phase.DATE,
    "'On the eve of the summit' is the day before it; 'right before' or 'after' it, the days next to it; the meeting "
    "is then not part of the summit.",
    "Albanese met Modi on the eve of the G20 summit in Rio de Janeiro.",
    published="2024-11-20",
)
def _summit_relation(calendar: Calendar, reading: DateReading) -> bool:
    summit, relation = reading.summit, reading.candidate.summit_relation
    if summit is None or summit.date is None or not relation:
        return False
    if relation == "eve":
        reading.date = DateSpan.from_date(summit.date.start - dt.timedelta(days=1))
    elif relation == "before":
        reading.date = DateSpan(
            start=summit.date.start - _SUMMIT_DAYS, end=summit.date.start, precision=Precision.UNKNOWN
        )
    else:
        reading.date = DateSpan(start=summit.date.end, end=summit.date.end + _SUMMIT_DAYS, precision=Precision.UNKNOWN)
    reading.summit = None
    return True


@rule(
    "date.section",
    Phase.DATE,
    "An event with no time of its own under a time heading takes the heading's date: a schedule's day, a "
    "listing's date line, a live blog's time stamp (the page's day), a timeline's year, an answer's 'Last May.', a "
    "preview's day ('THE WEEK AHEAD' ... 'Thursday - Washington': the coming Thursday, its lines plans).",
    "WEDNESDAY, MAY 7\nPrime Minister Keir Starmer meets President Lula of Brazil.\nTHURSDAY, MAY 8\nHe flies to Rome.",
    published="2025-05-05",
)
def _section(calendar: Calendar, reading: DateReading) -> bool:
    section, anchor = calendar.section, calendar.anchor
    if reading.date is not None or reading.candidate.time is not None or section is None:
        return False
    if calendar.context is not None and calendar.context.status is reading.status:
        return False  # the paragraph's dated meeting or trip dates it (the context rules)
    ahead = anchor is not None and section.start > anchor
    if reading.status is Status.PLANNED and not ahead and not calendar.schedule:
        return False  # a plan told on the day of a heading lies after it (unless the day is a schedule's)
    if ahead and not (reading.status is Status.PLANNED or reading.candidate.present or calendar.schedule):
        return False  # what happened does not lie ahead (a schedule's lines are plans, whatever their tense)
    reading.date = section
    return True


@rule(
    "date.schedule",
    Phase.DATE,
    "An event with no time of its own on a schedule's day (a day heading with times of day under it) is planned: a "
    "schedule lists plans, whatever the tense of its lines. A day whose times run newest first throughout is a live "
    "blog's ('7:44 p.m.' over '7:22 p.m. The meeting is over'), no schedule.",
    "MONDAY, AUGUST 18\n11:00 AM  The President greets President Stubb of Finland\n3:00 PM  The President "
    "participates in a meeting with President Stubb of Finland",
    published="2025-08-18",
)
def _schedule(calendar: Calendar, reading: DateReading) -> bool:
    if not calendar.schedule or reading.candidate.time is not None or reading.status is _PLANNED:
        return False
    reading.status = Status.PLANNED
    return True


@rule(
    "date.visit-length",
    Phase.DATE,
    "'Ended a three-day visit on Thursday' lasts Tuesday to Thursday; 'began' one, from its day.",
    "Yoon ended a three-day state visit to Britain on Thursday.",
    only=(TriggerType.VISIT,),
)
def _visit_days(calendar: Calendar, reading: DateReading) -> bool:
    date, candidate = reading.date, reading.candidate
    if date is None or candidate.days <= 1 or date.precision is not Precision.DAY or date.days != 1:
        return False
    length = dt.timedelta(days=candidate.days - 1)
    first = date.start - length if candidate.ends else date.start
    reading.date = DateSpan(start=first, end=first + length, precision=Precision.DAY)
    return True


@rule(
    "date.onward",
    Phase.DATE,
    "A plan told after a departure ('left on Thursday for Nairobi, where he will meet Ruto') lies in the days from "
    "the departure's: that day to two days after; a meeting told before one ('before heading to Lima on "
    "Wednesday'), in the two days up to it (a plan: from the publication day, in the week before it).",
    "Ramaphosa left on Thursday for Nairobi, where he will hold talks with Ruto.",
    published="2024-06-13",
)
def _onward_days(calendar: Calendar, reading: DateReading) -> bool:
    date, onward = reading.date, reading.candidate.onward
    if not onward or date is None or date.precision is not _DAY or date.days != 1:
        return False
    if onward > 0:
        start, end = date.start, date.start + dt.timedelta(days=onward)
    else:  # before the departure; a plan: from the publication day, when that lies in the week before it
        start, end = date.start + dt.timedelta(days=onward), date.start
        anchor = calendar.anchor
        if reading.status is _PLANNED and anchor is not None and anchor <= end <= anchor + _WEEK:
            start = anchor
    reading.date = DateSpan(start=start, end=end, precision=Precision.UNKNOWN)
    return True


@rule(
    "date.reported-day",
    Phase.DATE,
    "A meeting that happened, dated only by the day of the report after it ('A met B, officials said Tuesday', "
    "see time.reported-day), lies on that day or the day before.",
    "Lula met Petro in Bogota, officials said on Tuesday.",
    published="2023-05-03",
)
def _reported_days(calendar: Calendar, reading: DateReading) -> bool:
    date = reading.date
    if _REPORTED not in reading.candidate.rules or date is None or date.precision is not _DAY or date.days != 1:
        return False
    reading.date = DateSpan(start=date.start - _REPORT_LAG, end=date.end, precision=Precision.UNKNOWN)
    return True


@rule(
    "date.ahead-is-planned",
    Phase.DATE,
    "A meeting dated after the publication date is planned, whatever its verb.",
    "Lula meets Xi in Beijing on June 20.",
)
def _ahead_is_planned(calendar: Calendar, reading: DateReading) -> bool:
    date = reading.date
    if date is None or calendar.anchor is None or date.start <= calendar.anchor:
        return False
    reading.status = Status.PLANNED
    return True


@rule(
    "date.paragraph-context",
    Phase.CONTEXT,
    "An undated meeting takes the date of the paragraph's last dated meeting or trip (a visit that names no one "
    "to meet is one) that shares a leader and a status (of a journey under way, its days up to publication).",
    "Modi arrived in Moscow on Monday. He held talks with Putin.",
)
def _paragraph_context(calendar: Calendar, reading: MeetingReading) -> bool:
    context = calendar.context
    if context is None or not _shares_leader(reading, context):
        return False
    reading.date = _so_far(calendar, context.date)
    return True


def _so_far(calendar: Calendar, span: DateSpan) -> DateSpan:
    """The part of a journey's days up to publication ("arrived on Wednesday on a four-day visit", told on the
    Thursday): what happened on it happened by then."""
    anchor = calendar.anchor
    if anchor is None or not span.start <= anchor < span.end:
        return span
    return DateSpan(start=span.start, end=anchor, precision=span.precision)


def _shares_leader(reading: MeetingReading, told: Dated | None, status: bool = True) -> bool:
    """Whether an undated meeting shares a leader (and, with ``status``, its status) with an event told before."""
    if told is None or (status and reading.status is not told.status):
        return False
    ours = {p.leader_id for p in reading.participants if p.leader_id}
    return bool(ours & {p.leader_id for p in told.participants})


@rule(
    "date.rest-of-visit",
    Phase.CONTEXT,
    "A plan of a leader on a journey lies in the journey's days: of one the paragraph told (or, when the plan goes "
    "on: 'also', 'during the visit', the paragraphs before) that began and lasts past publication ('arrived on "
    "Wednesday on a four-day visit'), the days left; of a visit the story planned with its days ('is to make a state "
    "visit to Japan on May 4-6', each destination of a tour), with leaders of the country visited only, all "
    "of them (not the day of a plan told before: 'this week').",
    "Dahal arrived in Delhi on Wednesday on a four-day visit. He is scheduled to call on President Murmu.",
    published="2023-06-01",
)
def _rest_of_visit(calendar: Calendar, reading: MeetingReading) -> bool:
    if reading.status is not Status.PLANNED:
        return False
    date = _days_left(calendar, reading) or _planned_visit_days(calendar, reading)
    if date is None:
        return False
    reading.date = date
    return True


def _days_left(calendar: Calendar, reading: MeetingReading) -> DateSpan | None:
    """The days left of a journey of the plan's leader, under way on the day of writing (``date.rest-of-visit``)."""
    journey, anchor = calendar.context, calendar.anchor
    if journey is None and reading.goes_on:
        journey = calendar.told
    if journey is None or anchor is None or journey.status is not Status.OCCURRED:
        return None
    if not journey.date.start <= anchor < journey.date.end or not _shares_leader(reading, journey, status=False):
        return None
    return DateSpan(start=anchor, end=journey.date.end, precision=journey.date.precision)


def _planned_visit_days(calendar: Calendar, reading: MeetingReading) -> DateSpan | None:
    """The days of the latest visit the story planned with its dates, of the plan's leaders (:func:`_visits_them`)."""
    planned = (v for v in reversed(calendar.visits) if v.status is _PLANNED and _visits_them(v, reading.participants))
    visit = next(planned, None)
    return visit.date if visit is not None else None


@rule(
    "date.goes-on",
    Phase.CONTEXT,
    "An undated meeting that goes on ('X also held talks with Y') and opens a paragraph takes the date of the last "
    "event the paragraphs before told, when they share a leader and a status.",
    "Erdogan met Xi in Astana on Thursday.\n\nErdogan also held talks with Lukashenko.",
)
def _told_before(calendar: Calendar, reading: MeetingReading) -> bool:
    told = calendar.told
    if not reading.goes_on or calendar.context is not None or not _shares_leader(reading, told):
        return False
    assert told is not None
    reading.date = _so_far(calendar, told.date)
    return True


@rule(
    "date.summit-told",
    Phase.CONTEXT,
    "An undated meeting 'at the summit' when the text named no summit before takes the dates the text gave 'the "
    "summit' (its own, or its sentence's one time: 'the summit, which was put off twice, will be held in Nairobi on "
    "June 3-4'), in the paragraphs before too, when its status is the meeting's.",
    "The summit will be held in Nairobi on June 3-4.\n\nRamaphosa will meet Ruto at the summit.",
    published="2024-05-10",
)
def _summit_told(calendar: Calendar, reading: MeetingReading) -> bool:
    told = calendar.unnamed_summit
    if not reading.unnamed_summit or told is None or told.status is not reading.status:
        return False
    reading.date = told.date
    return True


@rule(
    "date.later-that-day",
    Phase.CONTEXT,
    "A plan that goes on ('then', 'will be followed by') from the meeting told last (in its paragraph, else before "
    "it) that happened on the publication day, of a leader it shares, is later that day.",
    "Modi held talks with Hamid Karzai on Tuesday. He will then meet Mahinda Rajapaksa.",
    published="2014-05-27",
)
def _later_that_day(calendar: Calendar, reading: MeetingReading) -> bool:
    context, anchor = calendar.context or calendar.told, calendar.anchor
    if context is None or anchor is None or not reading.next_step or reading.status is not Status.PLANNED:
        return False
    if context.status is not Status.OCCURRED or context.date != DateSpan.from_date(anchor):
        return False
    if not _shares_leader(reading, context, status=False):
        return False
    reading.date = context.date
    return True


@rule(
    "date.summit-context",
    Phase.CONTEXT,
    "Failing that, it takes the dates of the paragraph's last dated summit of the same status.",
    "Russia hosts the BRICS summit in Kazan from October 22 to 24. Putin will meet Modi there.",
)
def _summit_context(calendar: Calendar, reading: MeetingReading) -> bool:
    summit = calendar.summit_context
    if summit is None or summit.date is None or summit.status is not reading.status:
        return False
    reading.date = summit.date
    return True


@rule(
    "date.gathering-context",
    Phase.CONTEXT,
    "Failing that, it takes the date of a gathering the paragraph told with a time and no summit of its own, of the "
    "same status ('The Asian-African Conference closed here today. Nehru met Chou En-lai there.').",
    "The Asian-African Conference closed here today. Nehru met Chou En-lai there.",
    published="1955-04-24",
)
def _gathering_context(calendar: Calendar, reading: MeetingReading) -> bool:
    told = calendar.gathering
    if told is None or told.status is not reading.status:
        return False
    reading.date = told.date
    return True


@rule(
    "date.same-plan",
    Phase.CONTEXT,
    "Failing that, an undated plan of leaders who are all among the people of a planned gathering the story dated "
    "before ('where he will take part in the summit of A, B and C'; 'A will meet B and C') is part of it.",
    "Lourenco, Museveni, Paul Kagame and Tshisekedi will hold a summit in Gatuna on Friday.\n\n"
    "Lourenco will meet Museveni and Paul Kagame at the border.",
    published="2020-02-20",
)
def _same_plan(calendar: Calendar, reading: MeetingReading) -> bool:
    if reading.status is not Status.PLANNED:
        return False
    ours = {p.leader_id for p in reading.participants}
    if None in ours:
        return False
    plan = next((d for d in reversed(calendar.plans) if ours <= {p.leader_id for p in d.participants}), None)
    if plan is None:
        return False
    reading.date = plan.date
    return True


@rule(
    "date.during-visit",
    Phase.CONTEXT,
    "Failing that, an undated plan of a leader whose visit to a country the story dated to the day before, with "
    "leaders of that country only, lies in that visit's days: all of them for a visit planned, those left from "
    "publication for one under way ('will also call on the President before leaving').",
    "Rishi Sunak met Narendra Modi in New Delhi on Saturday, the last day of his visit to India.\n\n"
    "Sunak will also call on President Droupadi Murmu before leaving.",
    published="2023-09-09",
)
def _during_visit(calendar: Calendar, reading: MeetingReading) -> bool:
    if not reading.arranged or not calendar.visits:
        return False
    for visit in reversed(calendar.visits):
        span = _visit_ahead(visit, calendar.anchor)
        if span is not None and _visits_them(visit, reading.participants):
            reading.date = span
            return True
    return False


def _visit_ahead(visit: Dated, anchor: dt.date | None) -> DateSpan | None:
    """A visit's days a plan may fall on: all of them for a visit planned, those left for one under way."""
    span = visit.date
    if visit.status is _PLANNED:
        return span
    if anchor is None or not span.start <= anchor <= span.end:
        return None
    return DateSpan(start=anchor, end=span.end, precision=span.precision)


def _visits_them(visit: Dated, people: Sequence[Participant]) -> bool:
    """Whether ``people`` are one traveller of ``visit`` and leaders of the country visited only."""
    host = visit.host
    travellers = {p.leader_id for p in visit.participants if p.leader_id and p.country != host}
    visitors = [p for p in people if p.leader_id in travellers]
    hosts = [p for p in people if p.leader_id and p.country == host and p.leader_id not in travellers]
    return len(visitors) == 1 and len(hosts) == len(people) - 1 >= 1


@rule(
    "date.lead",
    Phase.CONTEXT,
    "Failing that, an undated meeting that happened, of a leader named in the story's lead (its first sentence "
    "that names a leader and a day of the week before publication, not a statement's), took place that day.",
    "Lula sought on Tuesday to mend ties with Milei.\n\nThe two presidents met at the palace.",
    published="2024-06-14",
)
def _lead(calendar: Calendar, reading: MeetingReading) -> bool:
    return _of_lead(reading, calendar.lead)


def _of_lead(reading: MeetingReading, lead: Dated | None) -> bool:
    """Date an undated meeting that happened, of two or more known leaders, one of them the lead's, by the lead."""
    if lead is None or reading.status is not Status.OCCURRED or reading.aside:
        return False
    ours = {p.leader_id for p in reading.participants}
    if len(ours) < 2 or None in ours or not ours & {p.leader_id for p in lead.participants}:
        return False
    reading.date = lead.date
    return True


@rule(
    "date.news-lead",
    Phase.CONTEXT,
    "Failing that, an undated meeting that happened, in a sentence that names no time, of a leader named in the "
    "page's news (its first sentence to name a leader, when none so far named a time), is of the news day: the "
    "publication day or the day before; one the story dates in the week before is that meeting (they fold).",
    "Lula received Milei at the Planalto palace.\n\nThe two presidents signed a trade accord.\n\n"
    "Lula later held talks with Boric over lunch.",
    published="2024-06-14",
)
def _news_lead(calendar: Calendar, reading: MeetingReading) -> bool:
    return calendar.lead is None and calendar.untimed and _of_lead(reading, calendar.news_lead)


@rule(
    "date.programme-day",
    Phase.CONTEXT,
    "Failing that, an undated plan in a story whose lead plans a leader's one day in the week ahead ('X will attend "
    "the summit on Thursday', see plan_day) and that dates nothing to another day is part of that day's programme: "
    "'A, B and C are scheduled to hold a meeting', 'later D and E will meet in the evening' take that day.",
    "Scholz will attend the EU summit in Brussels on Thursday.\n\nMacron and Sanchez are scheduled to hold a "
    "meeting in the evening.",
    published="2024-06-25",
)
def _programme_day(calendar: Calendar, reading: MeetingReading) -> bool:
    programme = calendar.programme
    if programme is None or reading.status is not Status.PLANNED:
        return False
    reading.date = programme.date
    return True


#: How long before publication the news a page leads with may lie: its day, or the day before.
NEWS_DAYS = 1


def news_day(filed: dt.date) -> DateSpan:
    """The days a page's news may be of: the day its story was filed (``filed``), or the day before.

    >>> span = news_day(dt.date(2025, 1, 27))
    >>> str(span.start), str(span.end)
    ('2025-01-26', '2025-01-27')
    """
    return DateSpan(start=filed - dt.timedelta(days=NEWS_DAYS), end=filed, precision=Precision.UNKNOWN)


#: How far before publication a lead's day may lie: the story's news, not a recap.
LEAD_DAYS = 7


def lead_day(
    calendar: Calendar,
    times: Sequence[TimeExpression],
    keys: Sequence[str] = (),
    reporting: frozenset[str] = frozenset(),
) -> DateSpan | None:
    """The one day of the past week a sentence's times give (the lead's day), if they give exactly one; not the
    day of a statement ("told reporters on Monday", with the sentence's token ``keys`` and ``reporting`` verbs).

    >>> calendar = Calendar(anchor=dt.date(2024, 6, 14))
    >>> str(lead_day(calendar, find_times(tokenize("Lula sought on Tuesday to mend ties with Milei."))))
    '2024-06-11'
    """
    anchor = calendar.anchor
    if anchor is None:
        return None
    days = set()
    for time, span in _single_days(times, anchor, _PAST):
        if reporting and of_statement(keys, time.start, reporting):
            continue  # "..., an aide told reporters on Monday": the day of saying, not of the news
        ahead = time.resolve(anchor, Direction.FUTURE)
        if ahead is not None and ahead.start - anchor < anchor - span.start:
            continue  # "on Monday" read on a Sunday: more likely the next day
        if anchor - span.start <= _LEAD_REACH:
            days.add(span.start)
    return DateSpan.from_date(days.pop()) if len(days) == 1 else None


def plan_day(calendar: Calendar, times: Sequence[TimeExpression]) -> DateSpan | None:
    """The one day of the week ahead (the publication day or one of the seven after it) a planned sentence's times
    give, if they give exactly one: the day of a lead's plan ("will attend the summit on Thursday").

    >>> calendar = Calendar(anchor=dt.date(2024, 6, 25))
    >>> str(plan_day(calendar, find_times(tokenize("Scholz will attend the summit on Thursday."))))
    '2024-06-27'
    """
    anchor = calendar.anchor
    if anchor is None:
        return None
    ahead = _single_days(times, anchor, Direction.FUTURE)
    days = {span.start for _, span in ahead if anchor <= span.start <= anchor + _LEAD_REACH}
    return DateSpan.from_date(days.pop()) if len(days) == 1 else None


def _single_days(
    times: Sequence[TimeExpression], anchor: dt.date, direction: Direction
) -> Iterator[tuple[TimeExpression, DateSpan]]:
    """The times of a sentence that read in ``direction`` as one day of their own (not told by another event, a
    citation or a count from one), with that day: the candidates of a lead's day or a plan's."""
    for time in times:
        if time.relation is not None or time.cited is not None or time.kind is _LATER:
            continue
        span = time.resolve(anchor, direction)
        if span is not None and span.precision is _DAY and span.days == 1:
            yield time, span


_LEAD_REACH = dt.timedelta(days=LEAD_DAYS)  # how far from publication a lead's day (or a plan's) may lie
