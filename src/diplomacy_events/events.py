"""Stage 5: trigger rules that turn a sentence's mentions into meeting and summit candidates.

A trigger ("met", "hosted", "visited", "spoke by phone", "mini-summit",
"invited ... to visit") is looked up in the lexicon; its subject is the
nearest group of leader mentions before it in its clause, its objects the
group after it. Cues before the trigger decide the status: a plan ("will",
"intends to", "is expected to"), a negation ("did not") or a hypothetical
("would meet if") -- the last two drop the candidate. Which people the
mentions mean, and on what date, is settled in :mod:`~diplomacy_events.assemble`.
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import ClassVar, Generic, Protocol, TypeVar

import attrs

from .mentions import AUXILIARIES, PASSIVE_AUXILIARIES, Lexicon, Mention, MentionKind
from .model import MeetingKind, Status
from .phrases import Match, PhraseMatcher
from .segment import Token, hyphenated
from .timex import MONTHS, NUMBER_WORDS, TimeExpression, TimeKind

__all__ = [
    "EventCandidate",
    "ListReader",
    "SummitMention",
    "TriggerType",
    "find_events",
    "find_summits",
    "sentence_status",
    "trigger_matcher",
]


class TriggerType(enum.Enum):
    """How a trigger relates its subject to its objects."""

    MEET = "meet"
    HOST = "host"
    VISIT = "visit"
    CALL = "call"
    SUMMIT = "summit"
    ATTEND = "attend"  # "leaders attending the summit include A, B and C"
    INVITE = "invite"


# Words that end a clause: a trigger's subject and objects stay inside its clause.
_CLAUSE_BREAKS = frozenset(
    {
        ";",
        "while",
        "whereas",
        "but",
        "however",
        "although",
        "though",
        "meanwhile",
        "where",
        "after",
        "before",
        "when",
        "because",
        "since",
        "whose",
        "which",
        "who",
        "who's",
        "—",
        "(",
        ")",
        ":",
        "said",
        "says",
        "told",
        "adding",
    }
)
# Tokens that may stand between members of one coordinated group of mentions.
_GROUP_GLUE = frozenset(
    {
        ",",
        "and",
        "along",  # "along with"
        "&",
        "as",
        "well",
        "not",
        "only",
        "but",
        "also",
        "plus",
        "with",
        "the",
        "his",
        "her",
        "their",
        "both",
        "either",
    }
)
# "met several leaders, including A and B", "talks with more than 15 leaders, among them A": the list is the object.
_LIST_INTRO = frozenset(
    {"several", "many", "some", "other", "more", "than", "leaders", "counterparts", "heads", "state", "government"}
)
_LIST_OPENERS = frozenset({"including", "among", "them", "such", "as", "notably", ","})
# Tokens that may stand between a trigger and its first object.
_OBJECT_GAP = frozenset(
    {
        "here",  # "held talks here with"
        "there",
        "with",
        "to",
        "by",
        "the",
        "his",
        "her",
        "their",
        "its",
        "a",
        "an",
        "up",
        "again",
        "on",
        "host",
        "in",
        "later",
        "also",
        "separately",
        "both",
        "visiting",
        "of",
        "between",
        "among",
        "for",
        "from",
        "first",
        "new",
        "counterpart",
        "phone",
        "telephone",
        "over",
        "via",
        "video",
        "link",
        "conference",
        "call",
        "not",
        "only",
        "then",
        "next",
        "this",
        "last",
        "week",
        "month",
        "year",
        "today",
        "yesterday",
        "tomorrow",
        "that",
        "fellow",
        "top",
        "two",
        "three",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "night",
        "morning",
        "evening",
        "afternoon",
        "separate",
        "bilateral",
        "official",
        "formal",
        "informal",
        "closed",
        "door",
        "private",
        "virtual",
        "extended",
        "joint",
        "brief",
        "lengthy",
        '"',
        "“",
        "”",
        "at",
        "length",
        "personally",
        "directly",
        "privately",
    }
)


@attrs.frozen(kw_only=True)
class SummitMention:
    """A summit named in a sentence: its series, venue and time, if the text gives them."""

    start: int
    end: int
    name: str
    organization: str | None = None
    place: Mention | None = None
    time: TimeExpression | None = None
    anaphoric: bool = False  # "the summit": the one named last
    joint: bool = False  # "the ASEAN-GCC summit": of two organizations (or an organization and a country)


@attrs.frozen(kw_only=True)
class EventCandidate:
    """One meeting a trigger reports, before its people and date are resolved.

    ``participants`` holds the subject first. For a visit, ``host`` is the
    mention whose country receives (a person, place or country). ``days``
    is the length a visit is given ("a three-day visit"); ``ends`` says its
    date is the last of them ("ended a three-day visit on Thursday") rather
    than the first.
    """

    trigger: str
    trigger_type: TriggerType
    kind: MeetingKind
    status: Status
    start: int  # token span of the trigger within the sentence
    end: int
    participants: tuple[Mention, ...]
    host: Mention | None = None
    implicit_host: bool = False  # add the host country's leader ("visited India")
    time: TimeExpression | None = None
    place: Mention | None = None
    summit: SummitMention | None = None
    summit_relation: str | None = None  # "before"/"after"/"eve": dated by the summit, not part of it
    present: bool = False  # a present-tense verb: "meets on November 30" may lie ahead
    trip: bool = False  # "arrived in Moscow on Monday": no meeting, but it dates the traveller's next one
    days: int = 0
    ends: bool = False
    attendance: bool = False  # only says who attends ``summit``: no meeting of its own
    since: TimeExpression | None = None  # what a counted ``time`` counts from, when its sentence says


def trigger_matcher(words: Lexicon) -> PhraseMatcher[str]:
    """The phrase matcher of the lexicon's triggers."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for phrase in words.triggers:
        matcher.add(phrase, phrase)
    return matcher


_WINDOW = 60  # no clause, subject or object group reaches further than this many tokens


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)


class _ByStart(Generic[_S]):
    """Items in order of their ``start`` token, sliced by position in logarithmic time.

    A sentence's rules look at the few mentions near each trigger; slicing
    instead of scanning keeps a sentence with thousands of mentions linear.
    """

    __slots__ = ("items", "starts")

    def __init__(self, items: Iterable[_S]) -> None:
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def between(self, low: int, high: int) -> list[_S]:
        """The items with ``low <= start < high``."""
        return self.items[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def near(self, position: int) -> list[_S]:
        """The two items starting before ``position`` and the two from it on: the nearest either way."""
        index = bisect_left(self.starts, position)
        return self.items[max(0, index - 2) : index + 2]


def _breaks(tokens: Sequence[Token], i: int) -> bool:
    key = tokens[i].key
    if key == "but":  # "not only with A but also B" coordinates
        return not (i + 1 < len(tokens) and tokens[i + 1].key == "also")
    return key in _CLAUSE_BREAKS


class _Clauses:
    """A sentence's clause breaks, found once; the clause around a token is then two binary searches."""

    __slots__ = ("breaks", "count", "item_breaks")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.count = len(tokens)
        self.breaks = [i for i, token in enumerate(tokens) if token.key in _CLAUSE_BREAKS and _breaks(tokens, i)]
        self.item_breaks = [i for i in self.breaks if tokens[i].key != ";"]

    def bounds(self, position: int, lists: bool = False) -> tuple[int, int]:
        """The clause around ``position``, at most ``_WINDOW`` tokens either way.

        With ``lists``, semicolons separate list items rather than clauses.
        """
        index = bisect_left(self.breaks, position)
        start = max(self.breaks[index - 1] + 1 if index else 0, position - _WINDOW)
        ends = self.item_breaks if lists else self.breaks
        index = bisect_left(ends, position) if lists else index
        end = min(ends[index] if index < len(ends) else self.count, position + _WINDOW)
        return start, end


_CueTable = dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (phrase, kind) pairs
_CUE_TABLES: dict[int, tuple[object, _CueTable]] = {}


def _cue_table(owner: object, kinds: Callable[[], Mapping[str, Iterable[str]]]) -> _CueTable:
    """Cue phrases by their first word, each with its kind, so a look-up costs one dict probe per token.

    Built once per ``owner`` (a cue list, or a lexicon for its status cues):
    owners are long-lived, so they are remembered by identity rather than hashed.
    """
    known = _CUE_TABLES.get(id(owner))
    if known is None or known[0] is not owner:
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for kind, cues in kinds().items():
            for cue in cues:
                parts = tuple(cue.split())
                table.setdefault(parts[0], []).append((parts, kind))
        known = _CUE_TABLES[id(owner)] = (owner, {first: tuple(entries) for first, entries in table.items()})
    return known[1]


def _has_cue(keys: Sequence[str], start: int, end: int, cues: tuple[str, ...]) -> bool:
    """Whether a cue phrase occurs in ``keys[start:end]`` (keys inside mentions are blank)."""
    table = _cue_table(cues, lambda: {"cue": cues})
    low, high = max(0, start), min(end, len(keys))
    window = keys[low:high]
    if "n't" in table and any(key.endswith("n't") for key in window):
        return True
    if table.keys().isdisjoint(window):  # the common case, settled in C
        return False
    for i in range(low, high):
        for parts, _ in table.get(keys[i], ()):
            if tuple(keys[i : i + len(parts)]) == parts and i + len(parts) <= end:
                return True
    return False


def _group_after(mentions: _ByStart[Mention], tokens: Sequence[Token], position: int, limit: int) -> list[Mention]:
    """The coordinated group of mentions that begins soon after ``position``."""
    group: list[Mention] = []
    cursor = position
    for mention in mentions.between(position, limit):
        if mention.kind is MentionKind.PRONOUN and mention.text.lower() in _POSSESSIVES:
            continue  # a determiner, no object: "visited Russia, his first trip", "his counterparts from ..."
        if (
            group
            and group[-1].is_leader
            and mention.kind is MentionKind.COUNTRY
            and [t.key for t in tokens[cursor : mention.start]] == ["of"]
        ):
            cursor = mention.end  # "Chancellor Olaf Scholz of Germany and ...": the country is the person's
            continue
        allowed = (_GROUP_GLUE if group else _OBJECT_GAP | _GROUP_GLUE) | _HONORIFIC_GAP
        gap = tokens[cursor : mention.start]
        # first names and initials the knowledge base does not list: "Joseph R. Biden"
        while (
            gap
            and (gap[-1].capitalised or gap[-1].key == ".")
            and len(gap[-1].key) <= 12
            and mention.start - cursor - len(gap) < 3
        ):
            gap = gap[:-1]
        keys = {t.key for t in gap}
        if not keys <= allowed and not (not group and _introduces_list(keys)):
            break
        group.append(mention)
        cursor = mention.end
    return group


def _introduces_list(keys: set[str]) -> bool:
    """Whether the words before a first object introduce it as part of a list: "several leaders, including"."""
    words = {k for k in keys if not k.isdigit()}
    return bool(words & {"including", "among", "such", "notably"}) and words <= (
        _LIST_INTRO | _LIST_OPENERS | _OBJECT_GAP
    )


def _determiner(mention: Mention, mentions: _ByStart[Mention]) -> bool:
    """Whether a possessive opens another mention: "his" in "his German counterpart"."""
    return (
        mention.kind is MentionKind.PRONOUN
        and mention.text.lower() in _POSSESSIVES
        and any(m is not mention for m in mentions.between(mention.start, mention.start + 1))
    )


def _group_before(mentions: _ByStart[Mention], tokens: Sequence[Token], position: int, limit: int) -> list[Mention]:
    """The coordinated group of mentions that ends before ``position`` (nearest first); none after a preposition."""
    before = [
        m
        for m in mentions.between(limit, position)
        if m.end <= position and not m.oblique and not _determiner(m, mentions)
    ]
    group: list[Mention] = []
    coordinated = False  # "A, B and C met": commas join only a list that ends in "and"
    for mention in reversed(before):
        if group:
            gap = {t.key for t in tokens[mention.end : group[-1].start]}
            if not gap <= _GROUP_GLUE or not (coordinated or gap & {"and", "&"}):
                break
            coordinated = True
        group.append(mention)
    return list(reversed(group))


def _status(
    keys: Sequence[str],
    start: int,
    clause_start: int,
    end: int,
    words: Lexicon,
    trigger_type: TriggerType,
    dated: bool = False,
) -> Status | None:
    """``PLANNED`` or ``OCCURRED`` from the cues before the trigger; ``None`` for negated or hypothetical.

    A weak modal ("would visit", "may meet") makes a plan only when the
    clause dates it ("would visit next month"); otherwise, like a strong
    one ("if", "could", "ready to", "would be honored to"), it is no meeting.
    """
    window = max(clause_start, start - 8)
    reach = clause_start if trigger_type in (TriggerType.SUMMIT, TriggerType.ATTEND) else max(clause_start, start - 4)
    last = _last_cues(keys, clause_start, start, _status_cues(words))  # one scan for every kind of cue

    def cued(kind: str, low: int) -> bool:
        return last.get(kind, -1) >= low

    expected = _has_cue(keys, start, start + 1, words.planned_cues)  # the trigger itself: "is expected in Moscow"
    if (
        cued("negation", reach)
        or cued("generic", clause_start)
        or (expected and start > 0 and keys[start - 1] in ("was", "were"))
    ):
        return None  # "was expected in Moscow (but ...)": a plan of the past, kept or not
    strong = cued("conditional", clause_start) or cued("hypothetical", window)
    weak = cued("weak", window)
    headline = (  # "Modi to visit Paris", "Modi and Macron to meet in Paris"
        start >= 2
        and keys[start - 1] == "to"
        and all(k in ("", "and", ",") for k in keys[clause_start : start - 1])  # names are blank
    )
    planned = (
        trigger_type is TriggerType.INVITE
        or headline
        or cued("planned", max(clause_start, start - 12))
        or expected
        or _has_cue(keys, end, end + 1, words.planned_cues)
    )
    if strong or (weak and not dated):
        return None
    return Status.PLANNED if planned or weak else Status.OCCURRED


def _status_cues(words: Lexicon) -> _CueTable:
    """The status cues of a lexicon, each with its kind (see :func:`_status`)."""
    return _cue_table(
        words,
        lambda: {
            "negation": words.negation_cues,
            "generic": words.generic_cues,
            "conditional": ("if", "unless", "whether"),
            "hypothetical": tuple(c for c in words.hypothetical_cues if c not in _WEAK_MODALS),
            "weak": _WEAK_MODALS,
            "planned": words.planned_cues,
        },
    )


def _last_cues(keys: Sequence[str], low: int, high: int, table: _CueTable) -> dict[str, int]:
    """For each kind of cue, where the last one in ``keys[low:high]`` starts ("n't" counts as a negation)."""
    last: dict[str, int] = {}
    for i in range(max(0, low), min(high, len(keys))):
        key = keys[i]
        if key.endswith("n't"):
            last["negation"] = i
        for parts, kind in table.get(key, ()):
            if i + len(parts) <= high and tuple(keys[i : i + len(parts)]) == parts:
                last[kind] = i
    return last


_WEAK_MODALS = ("would", "may")
_PRESENT_TENSE = frozenset(
    {
        "meets",
        "visits",
        "hosts",
        "receives",
        "holds",
        "travels",
        "flies",
        "heads",
        "arrives",
        "welcomes",
        "calls",
        "phones",
        "speaks",
        "goes",
        "comes",
    }
)
_SUMMIT_REFERENCE = ("before", "after", "ahead", "since", "following", "until", "during")
_RELATIVE_PRONOUNS = frozenset({"who", "which", "whose", "who's", "whom"})
# Honorifics that may stand before a name inside a group: "the Rt. Hon.", "H.E. Mr."
_HONORIFIC_GAP = frozenset(
    {
        "rt",
        "hon",
        "honourable",
        "honorable",
        "right",
        "h",
        "e",
        "h.e.",
        "dr",
        "mr",
        "mrs",
        "ms",
        ".",
        "excellency",
        "majesty",
        "highness",
        "sheikh",
        "sheik",
        "his",
        "her",
        "the",
    }
)
_SUMMIT_HEADS = frozenset({"summit", "summits"})
_SUMMIT_PLACE_REACH = 6  # "the SCO summit in Astana", "the summit of the G20 on Saturday in Rome"
_SUMMIT_TIME_REACH = 9  # "the G20 summit in Rio de Janeiro on Monday"
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "when", "while", "because", "although"})


def sentence_status(tokens: Sequence[Token], words: Lexicon, position: int | None = None) -> Status | None:
    """The status a sentence's cues give a summit it names; ``None`` when they say nothing.

    With ``position`` (where the summit is named), only its clause up to the
    commas around it counts: in "When NATO leaders gathered in July, X met Y
    and agreed to ...", the plan is not the summit's.
    """
    keys = cue_keys(tokens, ())
    low, high = 0, len(keys)
    if position is not None:
        if _has_cue(keys, max(0, position - 4), position, _SUMMIT_AHEAD):
            return None  # "to coordinate ahead of the NATO summit": past talks, a summit still to come
        low, high = _Clauses(tokens).bounds(position)
        low = max((i + 1 for i in range(low, position) if keys[i] == ","), default=low)
        high = next((i for i in range(position, high) if keys[i] == ","), high)
    if _has_cue(keys, low, high, words.planned_cues):
        return Status.PLANNED
    return Status.OCCURRED if _PAST_CUES.intersection(keys[low:high]) else None


_SUMMIT_AHEAD = ("ahead of", "before", "run up to", "preparation for", "prepare for", "preparations for")
_PAST_CUES = frozenset(
    {"was", "were", "had", "held", "met", "attended", "hosted", "ended", "took", "opened", "closed", "gathered"}
)


def cue_keys(tokens: Sequence[Token], mentions: Sequence[Mention], times: Sequence[TimeExpression] = ()) -> list[str]:
    """Token keys with names, month names and counted times blanked.

    "Theresa May" and "in May" hold no modal "may"; "the next day" holds no
    planned "next", and "called X the next day" names no one; "next month"
    is a time, whose event the assembler makes planned when the date is
    ahead, so "X, who leaves office next month, held talks on Friday" stays
    past. "So-called" is no call.
    """
    keys = [t.key for t in tokens]
    for i in range(1, len(keys)):
        if keys[i] == "called" and keys[i - 1] == "so":
            keys[i] = ""
    for mention in mentions:
        for i in range(mention.start, mention.end):
            keys[i] = ""
    for time in times:
        ahead = time.offset > 0 and time.kind is not TimeKind.AGO  # "next month" dates; its own event says tense
        for i in range(time.start, time.end):
            if keys[i] in MONTHS or time.kind is TimeKind.LATER or (ahead and keys[i] in ("next", "coming")):
                keys[i] = ""
    return keys


class _SentenceTimes:
    """A sentence's time expressions, sorted and classed once; each trigger then picks its own.

    ``usable`` are the times that can date an event (no "since ...", no
    citation); ``main`` those outside relative clauses; ``statements`` (ids)
    those right after a verb of saying ("said on Saturday").
    """

    __slots__ = ("commas", "keys", "main", "statements", "subordinators", "usable")

    def __init__(
        self,
        tokens: Sequence[Token],
        clauses: _Clauses,
        keys: Sequence[str],
        times: Sequence[TimeExpression],
        words: Lexicon,
    ) -> None:
        self.keys = keys
        self.usable = _ByStart(t for t in times if t.relation is None and t.cited is None)
        self.main = _ByStart(
            t for t in self.usable.items if not _in_relative_clause(tokens, t.start, clauses.bounds(t.start)[0])
        )
        self.statements = {id(t) for t in self.usable.items if _of_statement(keys, t.start, words.reporting_verbs)}
        self.subordinators = [i for i, key in enumerate(keys) if key in _SUBORDINATORS] if self.usable.items else []
        self.commas = [i for i, key in enumerate(keys) if key == ","] if self.subordinators else []

    def nearest(
        self, clause: tuple[int, int], own: tuple[int, int], relative: bool, start: int, end: int
    ) -> TimeExpression | None:
        """The time of a trigger at ``start:end``: its own, else its clause's, else the nearest in the sentence.

        ``own`` is the stretch of tokens whose times belong to the trigger
        alone (see :func:`_own_span`). Times outside relative clauses come
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
            or (t.start >= end and _conjunct_between(self.keys, end, t.start))
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


def _between(positions: Sequence[int], low: int, high: int) -> bool:
    """Whether a sorted list of positions holds one in ``low:high``."""
    index = bisect_left(positions, low)
    return index < len(positions) and positions[index] < high


def _in_subordinate(subordinators: Sequence[int], commas: Sequence[int], end: int, position: int) -> bool:
    """Whether ``position`` lies in a subordinate clause opened after ``end`` and not yet closed by a comma."""
    index = bisect_left(subordinators, position) - 1
    return index >= 0 and subordinators[index] >= end and not _between(commas, subordinators[index], position)


def _in_closed_subordinate(subordinators: Sequence[int], commas: Sequence[int], position: int, start: int) -> bool:
    """Whether ``position`` lies in a subordinate clause that a comma closes before ``start``.

    "After the October 7 attacks, Putin spoke with X on October 16": the
    first date is the attacks'.
    """
    index = bisect_left(subordinators, position) - 1
    if index < 0:
        return False
    opener = subordinators[index]
    return not _between(commas, opener, position) and _between(commas, position, start)


def _own_span(matches: Sequence[Match[str]], number: int, length: int) -> tuple[int, int]:
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


def _in_relative_clause(tokens: Sequence[Token], position: int, start: int) -> bool:
    """Whether ``position`` lies in a clause opened by who/which/whose ("who took office in May").

    ``start`` is where the clause around ``position`` starts. The relative
    clause ends at its first comma: "X, who took office in May, met Y on Thursday".
    """
    if start == 0 or tokens[start - 1].key not in _RELATIVE_PRONOUNS:
        return False
    return all(token.key != "," for token in tokens[start:position])


def _end_of(objects: Sequence[Mention], leaders: Sequence[Mention], default: int) -> int:
    """Where a trigger's objects end (the leaders may have been taken from elsewhere, as a passive's agent)."""
    return max((m.end for m in (*objects, *leaders)), default=default)


def _people_count(mentions: Sequence[Mention]) -> int:
    """How many people the mentions stand for: "the two leaders" counts as its antecedents."""
    return sum(len(m.antecedents) if m.kind is MentionKind.PRONOUN and m.plural else 1 for m in mentions)


def _leaders(mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if m.is_leader]


def _persons(mentions: Sequence[Mention]) -> list[Mention]:
    """Leaders and other named people: either can be a trigger's subject."""
    return [m for m in mentions if m.is_leader or m.kind is MentionKind.OTHER]


def find_events(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    summits: Sequence[SummitMention],
    triggers: PhraseMatcher[str],
    words: Lexicon,
    protagonist: Mention | None = None,
    before: Sequence[Mention] = (),
) -> list[EventCandidate]:
    """The meeting candidates of one sentence.

    ``protagonist`` (the leader the text is about) stands in as the subject of
    a meeting or call whose sentence names none ("Talks with X are set for
    Monday"). ``before`` holds the leaders the sentence before named: "Other
    leaders attending include ..." adds them to the gathering.
    """
    if not any(m.is_leader for m in mentions):
        return []  # no leader, no meeting: only named leaders make participants
    matches = _with_gapped(list(triggers.find(tokens)), tokens)
    if not matches:
        return []
    found: list[EventCandidate] = []
    taken: set[int] = set()  # mentions used as objects: never a later trigger's subject
    by_start = _ByStart(mentions)
    persons = _ByStart(_persons(mentions))
    leaders = _ByStart(_leaders(mentions))
    located = _ByStart(m for m in mentions if _located(m, tokens))
    hosts_by_country: dict[str | None, list[Mention]] = {}
    for mention in leaders.items:
        if mention.kind is not MentionKind.PRONOUN:
            hosts_by_country.setdefault(mention.country, []).append(mention)
    named_summits = _ByStart(s for s in summits if s.organization or s.joint)
    summit_index = _ByStart(summits)
    free = 0  # persons before this index are all taken
    keys = cue_keys(tokens, mentions, times)
    clauses = _Clauses(tokens)
    sentence_times = _SentenceTimes(tokens, clauses, keys, times, words)
    calls = set(keys) & words.call_words
    sidelines = _has_cue(keys, 0, len(tokens), words.sidelines)
    for number, match in enumerate(matches):
        if not keys[match.start]:
            continue  # blanked: a name, a month, a counted time, "so-called"
        phrase = match.values[0]
        if phrase in ("host", "hosts") and match.start > 0 and keys[match.start - 1] in (*_DETERMINERS, "as"):
            continue  # "The host, President X, ...", "as host of the summit": a noun, nobody hosted
        trigger_type = TriggerType(words.triggers[phrase])
        if trigger_type is TriggerType.SUMMIT and any(
            match.start < s.end + 1 for s in named_summits.between(match.start - _WINDOW, match.start + 1)
        ):
            continue  # "the G20 summit" names a summit; attending it is no meeting by itself
        if trigger_type is TriggerType.SUMMIT and _has_cue(keys, match.start - 3, match.start, _SUMMIT_REFERENCE):
            continue  # "before the mini-summit": a reference to it, reported elsewhere
        if trigger_type is TriggerType.SUMMIT and number > 0:
            previous = matches[number - 1]
            if words.triggers[previous.values[0]] == TriggerType.ATTEND.value and match.start - previous.end <= 2:
                continue  # "attending the summit": the attendance is the event
        clause = clauses.bounds(match.start)
        dated = bool(sentence_times.usable.between(*clause))
        status = _status(keys, match.start, clause[0], match.end, words, trigger_type, dated)
        if status is None or _has_cue(keys, match.end, clause[1], words.habitual_cues):
            continue
        if _has_cue(keys, match.end, clause[1], words.cancel_cues):
            continue  # "the meeting with X was called off"
        if _has_cue(keys, max(clause[0], match.start - 4), match.start, _WEAK_MODALS) and _has_cue(
            keys, match.end, clause[1], ("if", "unless")
        ):
            continue  # "he would sit down with X if it served ...": a condition, no plan
        objects = _group_after(by_start, tokens, match.end, clause[1])
        if _told_before(keys, match.start, objects) and not _opening_phrase(tokens, match.start):
            continue  # "briefed them on the talks": the talks reported before
        participle = match.start > 0 and tokens[match.start - 1].key == "," and phrase.split()[0].endswith("ing")
        subject = (
            []
            if participle
            else [m for m in _group_before(persons, tokens, match.start, clause[0]) if id(m) not in taken]
        )
        while free < len(persons.items) and id(persons.items[free]) in taken:
            free += 1
        if not subject and not participle and clause[0] > 0 and keys[clause[0] - 1] == "who":
            # "Dilma Rousseff, who received him": the person "who" stands for
            end = clause[0] - 2 if clause[0] > 1 and keys[clause[0] - 2] == "," else clause[0] - 1
            subject = [m for m in persons.items if m.end == end][:1]
        if not subject and free < len(persons.items) and persons.items[free].start < match.start:
            subject = [persons.items[free]]  # the sentence's first person not already an object
        leader_objects = [m for m in objects if m.is_leader]
        agents = _passive_agents(by_start, tokens, keys, match.start, match.end, clause[1])
        if agents and subject:  # "X was met at the airport by Y", "X was received by Y": Y hosts
            subject, leader_objects = (agents[:1], subject) if trigger_type is TriggerType.HOST else (subject, agents)
        if trigger_type is TriggerType.CALL and _names_not_calls(
            keys, phrase, match.end, objects, bool(sentence_times.usable.between(match.end + 1, match.end + 2))
        ):
            continue
        if phrase.endswith(" between") and not leader_objects:
            continue  # "talks between their foreign ministers": between others
        if phrase.endswith(" between") and _people_count(leader_objects) >= 2:
            # "talks between A and B", "a meeting between the two leaders": the group meets, unless what follows
            # says otherwise
            rest = (_end_of(objects, leader_objects, match.end), clause[1])
            if _has_cue(keys, *rest, words.negation_cues) or _has_cue(keys, *rest, words.unlikely_cues):
                continue  # "... was unlikely", "... was called off"
            if status is Status.OCCURRED and _has_cue(keys, *rest, words.passive_future_cues):
                status = Status.PLANNED  # "talks between A and B are expected next week"
            subject, leader_objects = leader_objects, []
        elif all(m.kind is MentionKind.PRONOUN for m in subject) and (
            _opening_phrase(tokens, match.start) or (not subject and _participle_opening(tokens, keys, match.start))
        ):
            # "In a phone call (with A) on Monday, (A and) B discussed trade", "Speaking after talks with A,
            # B said": the objects and the main clause's subject meet; "their" in "During their talks" points
            # ahead to them
            comma = next((i for i in range(match.end, min(len(keys), match.end + 12)) if keys[i] == ","), None)
            after = _group_after(by_start, tokens, comma + 1, clause[1]) if comma is not None else []
            group = _dedupe(leader_objects + [m for m in after if m.is_leader])
            if len(group) >= 2:
                subject, leader_objects = group, []
        elif (
            len(subject) == 1
            and subject[0].is_leader
            and not leader_objects
            and trigger_type in (TriggerType.CALL, TriggerType.MEET)
            and _noun_phrase(tokens, match.start)
            and not _has_cue(keys, clause[0], match.start, words.negation_cues)
        ):
            # "Modi told Xi in a phone call": the sentence's subject and the person just before the phrase
            first = persons.items[free] if free < len(persons.items) else None
            if first is not None and first.is_leader and first.start < subject[0].start:
                subject, leader_objects = [first], subject
        if not subject and leader_objects:
            last = _end_of(objects, leader_objects, match.end)
            if status is Status.OCCURRED and _has_cue(keys, last, clause[1], words.passive_future_cues):
                status = Status.PLANNED  # "Talks with X will be held on Monday"
            nominal = phrase.endswith("with") or phrase.startswith(("bilateral", "pull"))
            # "Talks with X are set for Monday"; not a short heading with no verb ("5. A call with Netanyahu.")
            heading = len(keys) <= _HEADING_TOKENS and not any(
                k in AUXILIARIES or k.endswith("ed") for k in keys[last : clause[1]]
            )
            if (
                protagonist is not None
                and nominal
                and not heading
                and trigger_type in (TriggerType.MEET, TriggerType.CALL)
            ):
                subject = [protagonist]
        places = [m for m in objects if m.kind in (MentionKind.PLACE, MentionKind.COUNTRY)]
        taken.update(id(m) for m in leader_objects)
        own = _own_span(matches, number, len(tokens))
        relative = _in_relative_clause(tokens, match.start, clause[0])
        time = sentence_times.nearest(clause, own, relative, match.start, match.end)
        since = None
        if time is not None and time.kind is TimeKind.LATER:  # "arrived on Saturday and met X the next day"
            since = next((t for t in reversed(sentence_times.usable.items) if t.end <= time.start), None)
        place = _where(located.between(match.end, clause[1]) or located.between(clause[0], match.start))
        summit = _summit_for(summit_index, sidelines, keys, match.start)
        if summit is None and sidelines and not summits:  # "on the sidelines": of the summit named before
            summit = SummitMention(start=match.start, end=match.end, name="summit", anaphoric=True)
        relation: str | None = None
        if summit is not None and time is None:
            # "on the eve of the G20 summit": the day before it; "right before the summit": the days before
            relation = _cue_before(keys, summit.start, 4, ("eve", "before", "after"))
        elif summit is not None and _has_cue(keys, max(0, summit.start - 4), summit.start, _SUMMIT_AHEAD):
            summit = None  # "held a call on Friday to coordinate ahead of the NATO summit": not at it
        if summit is None and time is None:  # "Before the G20 summit, X met Y"
            for candidate in summit_index.between(clause[0], clause[1]):
                cue = _cue_before(keys, candidate.start, 3, ("before", "after"))
                if cue:
                    summit, relation = candidate, cue
        call = (
            trigger_type is TriggerType.CALL
            or (
                trigger_type is TriggerType.MEET
                and bool(calls)
                and (
                    phrase.startswith(("spoke", "talk", "speaks", "conferred", "conversation"))
                    # "held talks via video link with X", not "held talks ... after a phone call"
                    or (phrase.endswith("talks") and not calls.isdisjoint(keys[match.end : match.end + 4]))
                    or (match.start > 0 and keys[match.start - 1] in calls)  # "a video summit with X"
                    or _by_call(matches, number, keys, words)  # "exchanged views with X by phone"
                )
            )
        )
        template = EventCandidate(
            trigger=phrase,
            trigger_type=trigger_type,
            kind=MeetingKind.CALL if call else MeetingKind.MEETING,
            status=status,
            start=match.start,
            end=match.end,
            participants=(),
            time=time,
            since=since,
            summit=summit,
            summit_relation=relation,
            present=phrase.split()[0] in _PRESENT_TENSE,
            place=None if call else place,
        )
        if trigger_type is TriggerType.VISIT:
            template = _with_duration(template, keys, words)
        reported = len(found)
        if call or trigger_type is TriggerType.MEET:
            one_of_all = (
                len(subject) == 1
                and len(leader_objects) > 1
                and (
                    phrase == "joined"  # "Abe joined Trump and Modi for a three-way meeting"
                    or (
                        call  # "held a video call with A and B"; "made separate calls to A and B" are two
                        and not phrase.endswith("s")
                        and _after_article(tokens, match.start)
                        and "separate" not in keys[max(0, match.start - _NOUN_MODIFIERS) : match.start]
                    )
                )
            )
            if one_of_all:
                found.append(attrs.evolve(template, participants=tuple(_dedupe(subject + leader_objects))))
            else:
                found += _pairs(subject, leader_objects, template)
        elif trigger_type in (TriggerType.SUMMIT, TriggerType.ATTEND):
            span = clauses.bounds(match.start, lists=True)
            # the list ends where the next verb phrase starts: "attended the summit, held talks with X"
            stop = next(
                (
                    m.start
                    for m in matches[number + 1 :]
                    if m.start >= match.end and words.triggers[m.values[0]] not in _GATHERING_TYPES
                ),
                span[1],
            )
            everyone = _dedupe(subject + leader_objects + leaders.between(span[0], min(span[1], stop)))
            if trigger_type is TriggerType.ATTEND and (
                _has_cue(keys, clause[0], match.start, ("other",))
                or (phrase == "attendees" and _has_cue(keys, match.end, clause[1], words.gathering_words))
            ):
                # "Other leaders attending include ...", "Attendees at the summit included ...": the
                # leaders of the sentence before are at the gathering too
                everyone = _dedupe([*before, *everyone])
            gathering = trigger_type is TriggerType.SUMMIT or (
                len(everyone) >= 3 and _has_cue(keys, match.end, min(len(keys), match.end + 8), words.gathering_words)
            )
            ceremony = _has_cue(keys, match.end, min(len(keys), match.end + 6), words.ceremony_words)
            if trigger_type is TriggerType.ATTEND and ceremony and len(everyone) == 2:
                template = attrs.evolve(template, trigger_type=TriggerType.MEET)  # "attends a dinner hosted by X"
                gathering = True
            if len(everyone) >= 2 and gathering:
                kind = MeetingKind.SUMMIT if len(everyone) >= 3 else MeetingKind.MEETING
                found.append(attrs.evolve(template, kind=kind, participants=tuple(everyone)))
            elif everyone and summit is not None and trigger_type is TriggerType.ATTEND:
                # "Putin and Xi will attend the BRICS summit": no meeting, but who is at the summit
                found.append(attrs.evolve(template, participants=tuple(everyone), attendance=True))
        elif (
            trigger_type is TriggerType.HOST
            and leader_objects
            and calls & set(keys[match.end : leader_objects[0].start])
        ):
            pass  # "received a phone call from X": the call trigger reports it
        elif (
            trigger_type is TriggerType.HOST
            and subject
            and len(leader_objects) >= 2
            and (
                _one_day(time)
                or _has_cue(keys, _end_of(objects, leader_objects, match.end), clause[1], words.gathering_words)
                or _has_cue(keys, 0, match.start, words.gathering_words)
            )
        ):
            # "hosted his counterparts from A and B on Wednesday", "will host A and B at a summit", "X, who
            # chaired the gathering, welcomed A, B and C": one gathering of all, not a visit each
            participants = tuple(_dedupe([subject[0], *leader_objects]))
            held = summit or next(iter(reversed(summit_index.between(0, match.start))), None)  # "chaired the gathering"
            found.append(attrs.evolve(template, kind=MeetingKind.SUMMIT, participants=participants, summit=held))
        elif trigger_type is TriggerType.HOST and len(subject) >= 2 and leader_objects:
            # "the presidents of Turkey and Iran greeted Putin": hosts and guest meet as one gathering
            participants = tuple(_dedupe([*subject, *leader_objects]))
            kind = MeetingKind.SUMMIT if len(participants) >= 3 else MeetingKind.MEETING
            found.append(attrs.evolve(template, kind=kind, participants=participants))
        elif trigger_type is TriggerType.HOST and subject:
            visit = attrs.evolve(template, kind=MeetingKind.VISIT, host=subject[0])
            found += [attrs.evolve(visit, participants=(subject[0], guest)) for guest in leader_objects]
        elif trigger_type is TriggerType.INVITE and subject:
            if _has_cue(keys, match.end, clause[1], ("visit", "to", "come")):
                visit = attrs.evolve(template, kind=MeetingKind.VISIT, host=subject[0], place=None)
                found += [attrs.evolve(visit, participants=(subject[0], guest)) for guest in leader_objects]
        elif trigger_type is TriggerType.VISIT and subject:
            purpose = _has_cue(keys, match.end, clause[1], ("to meet", "to hold talks", "for talks", "to see"))
            visit = attrs.evolve(template, kind=MeetingKind.VISIT)
            trip = phrase in words.trip_phrases
            found += _visits(subject[0], leader_objects, places, hosts_by_country, trip, visit, purpose)
        again = _time_again(keys, sentence_times.usable, time, own)
        if again is not None:  # "met in Sochi in 2018 and in Ankara in 2019": a second meeting
            where = _where(located.between(time.end if time else 0, again.start))
            found += [attrs.evolve(c, time=again, place=where or c.place) for c in found[reported:]]
    return _without_trips_met_again(found, words.trip_phrases)


def _cue_before(keys: Sequence[str], start: int, reach: int, cues: tuple[str, ...]) -> str | None:
    """The first of ``cues`` among the ``reach`` keys before ``start``, in text order."""
    return next((key for key in keys[max(0, start - reach) : start] if key in cues), None)


def _by_call(matches: Sequence[Match[str]], number: int, keys: Sequence[str], words: Lexicon) -> bool:
    """Whether the next trigger, close after trigger ``number``, says how it was held: "by phone", "via video link"."""
    if number + 1 >= len(matches):
        return False
    after = matches[number + 1]
    return (
        words.triggers[after.values[0]] == TriggerType.CALL.value
        and after.start - matches[number].end <= _CALL_MANNER_REACH
        and (keys[after.start] in ("by", "over", "on", "via") or keys[after.start - 1] in ("by", "via"))
    )


def _time_again(
    keys: Sequence[str], usable: _ByStart[TimeExpression], time: TimeExpression | None, own: tuple[int, int]
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
        if "and" in between and between[-1] in ("in", "on") and set(between) <= _AGAIN_GAP:
            return later
    return None


def _with_gapped(matches: list[Match[str]], tokens: Sequence[Token]) -> list[Match[str]]:
    """Add the verb a coordination leaves out: "spoke with A on Monday and with B on Tuesday".

    After a trigger ending in "with" or "to", an "and with" (or "and to")
    before the next trigger repeats it.
    """
    gapped: list[Match[str]] = []
    for number, match in enumerate(matches):
        last = match.values[0].rsplit(" ", 1)[-1]
        if last not in ("with", "to"):
            continue
        limit = min(matches[number + 1].start if number + 1 < len(matches) else len(tokens), match.end + _WINDOW)
        for i in range(match.end, limit - 1):
            if tokens[i].key == "and" and tokens[i + 1].key == last:
                gapped.append(Match(i + 1, i + 2, match.values))
                break
    return sorted(matches + gapped, key=lambda m: m.start) if gapped else matches


def _without_trips_met_again(found: list[EventCandidate], trips: frozenset[str]) -> list[EventCandidate]:
    """Fold a trip's visit into a later verb that reports its pair ("flew to Washington and met Biden").

    The later report keeps its own date; a plain meeting becomes the visit the trip made it.
    """
    last: dict[frozenset[int], int] = {}  # pair of mentions -> index of the last candidate reporting it
    for index, candidate in enumerate(found):
        last[frozenset(map(id, candidate.participants))] = index
    kept: list[EventCandidate | None] = list(found)
    for index, candidate in enumerate(found):
        later = last[frozenset(map(id, candidate.participants))]
        report = kept[later]
        if candidate.trigger in trips and len(candidate.participants) == 2 and later != index and report is not None:
            if report.kind is MeetingKind.MEETING:
                place = report.place or candidate.place
                kept[later] = attrs.evolve(report, kind=MeetingKind.VISIT, host=candidate.host, place=place)
            kept[index] = None
    return [c for c in kept if c is not None]


def _names_not_calls(keys: Sequence[str], phrase: str, end: int, objects: Sequence[Mention], dated: bool) -> bool:
    """'called him a liar', 'called on Tehran to ...': the verb names or urges, it does not phone.

    ``dated``: a time begins right after "on" ("a call on Friday" is a call).
    """
    if phrase not in ("called", "calls", "call", "calling"):
        return False
    if (
        end < len(keys)
        and keys[end] in ("on", "for", "upon", "off", "out", "home", "back", "in", "up")
        and not (keys[end] == "on" and dated)
    ):
        return True  # "called on Tehran to ...", "ambassadors were called home"
    after = objects[0].end if objects else end
    return after < len(keys) and keys[after] in (
        "a",
        "an",
        "the",
        "“",
        '"',
        "‘",
        "his",
        "her",
        "its",
        "their",
        "one",
        "as",
    )


_DETERMINERS = frozenset({"a", "an", "the", "their", "his", "her", "its"})
_POSSESSIVES = frozenset({"his", "its", "their", "my"})  # "her" is also an object: "met her"
_GATHERING_TYPES = frozenset({TriggerType.SUMMIT.value, TriggerType.ATTEND.value})
_OPENING_PREPOSITIONS = frozenset({"in", "during", "at", "over", "after", "following", "before", "ahead"})


def _determiner_before(tokens: Sequence[Token], start: int, determiners: frozenset[str]) -> int | None:
    """Where one of ``determiners`` opens the noun phrase of the trigger at ``start``, across a few modifiers."""
    for i in range(start - 1, max(0, start - 1 - _NOUN_MODIFIERS) - 1, -1):
        if tokens[i].key in determiners:
            return i
        if not tokens[i].key.isalnum():
            return None
    return None


_ARTICLES = frozenset({"a", "an", "the", "'s", "his", "her", "their"})


def _after_article(tokens: Sequence[Token], start: int) -> bool:
    """Whether the trigger at ``start`` is a noun after an article: "a video call", "Biden's call"."""
    return _determiner_before(tokens, start, _ARTICLES) is not None


def _noun_phrase(tokens: Sequence[Token], start: int) -> bool:
    """Whether the trigger at ``start`` is a noun after a preposition: "in a phone call", "during a two-hour call"."""
    i = _determiner_before(tokens, start, _DETERMINERS)
    return i is not None and i >= 1 and tokens[i - 1].key in _OPENING_PREPOSITIONS


_REFERRING = frozenset({"on", "about", "after", "during", "following", "before", "at", "from", "since", "of"})


def _told_before(keys: Sequence[str], start: int, objects: Sequence[Mention]) -> bool:
    """Whether a trigger noun refers back to a meeting with no one named.

    "Briefed them on the talks", "agreed to make this three-way summit an
    annual event": the meeting is reported elsewhere.
    """
    if any(m.is_leader for m in objects):
        return False
    if start >= 2 and keys[start - 1] in ("the", "that", "those", "these") and keys[start - 2] in _REFERRING:
        return True
    for i in range(start - 1, max(-1, start - 4), -1):  # "this (three-way) summit", "that meeting"
        if keys[i] in ("this", "that"):
            return True
        if not keys[i].isalpha():
            return False
    return False


def _opening_phrase(tokens: Sequence[Token], start: int) -> bool:
    """Whether the trigger opens its sentence in a prepositional phrase: "In their first phone call on Monday, ..."."""
    return 2 <= start <= 3 and tokens[0].key in _OPENING_PREPOSITIONS and tokens[1].key in _DETERMINERS


_HEADING_TOKENS = 8  # a verbless line this short is a heading, not a report
_NOUN_MODIFIERS = 3  # words between a determiner and a trigger noun: "a rare two-hour call"
_AGAIN_REACH = 6  # "in 2018 and again in Ankara in 2019"
_CALL_MANNER_REACH = 6  # "exchanged views with the Mexican president by phone"
_AGAIN_GAP = frozenset({"and", "again", "in", "on", ",", "then", ""})  # "" is a blanked name (a place)


def _passive_agents(
    mentions: _ByStart[Mention], tokens: Sequence[Token], keys: Sequence[str], start: int, end: int, limit: int
) -> list[Mention]:
    """The leaders after "by" when the trigger at ``start:end`` is passive ("was welcomed at the airport by X")."""
    if start == 0 or keys[start - 1] not in PASSIVE_AUXILIARIES:
        return []
    by = next((i for i in range(end, min(limit, end + 8)) if keys[i] == "by"), None)
    if by is None:
        return []
    return [m for m in _group_after(mentions, tokens, by + 1, limit) if m.is_leader]


def _participle_opening(tokens: Sequence[Token], keys: Sequence[str], start: int) -> bool:
    """Whether the trigger lies in an opening phrase before the sentence's first comma.

    The phrase opens with a participle or a preposition of time: "Speaking
    after talks with X, ...", "Following a call with X, ...", "After meeting X, ...".
    """
    first = tokens[0].key if tokens else ""
    return (first.endswith("ing") or first in _OPENING_PREPOSITIONS) and "," not in keys[:start]


def _one_day(time: TimeExpression | None) -> bool:
    """Whether a time names one day ("on Wednesday", "November 22"), as one gathering needs."""
    return time is not None and (
        time.kind in (TimeKind.WEEKDAY, TimeKind.DEICTIC) or (time.kind is TimeKind.DATE and not time.last_day)
    )


def _where(places: Sequence[Mention]) -> Mention | None:
    """The first place that has a city ("at the Elysee Palace in Paris": Paris), else the first place."""
    return next((m for m in places if m.city), places[0] if places else None)


def _located(mention: Mention, tokens: Sequence[Token]) -> bool:
    """Whether a mention is a place, a country or a seat of government ("at the White House") after ``in``/``at``."""
    if mention.kind not in (MentionKind.PLACE, MentionKind.COUNTRY, MentionKind.GOVERNMENT):
        return False
    before = mention.start - 1
    if before > 0 and (tokens[before].key in ("the", "no") or tokens[before].key.isdigit()):
        before -= 1  # "in the Netherlands", "at 10 Downing Street"
    return before >= 0 and tokens[before].key in ("in", "at")


def _summit_for(
    summits: _ByStart[SummitMention], sidelines: bool, keys: Sequence[str], position: int
) -> SummitMention | None:
    """The summit a meeting belongs to: one named after the trigger, or any in a sidelines sentence.

    A summit after ", and" belongs to another conjunct ("talks with Putin in
    Moscow, and to South Africa for the BRICS summit") unless the sentence
    speaks of sidelines.
    """
    after = bisect_left(summits.starts, position)
    if after < len(summits.items):
        summit = summits.items[after]
        if sidelines or not _conjunct_between(keys, position, summit.start):
            return summit
    if after > 0 and _opens(keys, summits.items[after - 1].start):  # "At the NATO summit in Vilnius, X met Y"
        return summits.items[after - 1]
    return summits.items[-1] if sidelines and summits.items else None


def _opens(keys: Sequence[str], start: int) -> bool:
    """Whether a phrase at ``start`` is in the sentence's opening prepositional phrase ("At the G20 summit, ...")."""
    return start <= 3 and bool(keys) and keys[0] in _OPENING_PREPOSITIONS and "," in keys[start:]


def _conjunct_between(keys: Sequence[str], start: int, end: int) -> bool:
    """Whether ", and" opens a new conjunct in ``keys[start:end]``."""
    return any(keys[i] == "," and keys[i + 1] == "and" for i in range(max(0, start), min(end, len(keys)) - 1))


def _dedupe(mentions: Sequence[Mention]) -> list[Mention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            out.append(mention)
    return out


_DURATION_REACH = 4  # "ended (his) (official) three-day (state) visit"


def _with_duration(visit: EventCandidate, keys: Sequence[str], words: Lexicon) -> EventCandidate:
    """A visit that began or ended on its date with the length its words give it.

    "Began a three-day visit on Monday" lasts from Monday; "ended a
    three-day visit on Thursday" until Thursday. Without such a verb the
    date may be any day of the visit, so no length is given.
    """
    low = max(0, visit.start - _DURATION_REACH)
    day = next((i for i in range(visit.start - 1, low - 1, -1) if keys[i] in ("day", "days")), None)
    if day is None or day == 0:
        return visit
    count = keys[day - 1]
    days = int(count) if count.isdigit() and len(count) <= 2 else NUMBER_WORDS.get(count, 0)
    if days < 2:
        return visit
    verbs = set(keys[max(0, day - 1 - _DURATION_REACH) : day - 1])
    ends = not words.journey_ends.isdisjoint(verbs)
    if not (ends or not words.journey_starts.isdisjoint(verbs)):
        return visit
    return attrs.evolve(visit, days=days, ends=ends)


def _pairs(subject: list[Mention], objects: list[Mention], template: EventCandidate) -> list[EventCandidate]:
    """One bilateral candidate per subject-object pair; a group subject alone meets itself."""
    if subject and objects:
        countries = {m.country for m in subject}
        if len(subject) > 1 and (len(countries) > 1 or None in countries):
            # "A and B held a video call with C": one meeting of three
            return [attrs.evolve(template, participants=tuple(_dedupe(subject + objects)))]
        # "X met C", "President Xi and Premier Li met C": each of one country meets C
        return [attrs.evolve(template, participants=(one, other)) for one in subject for other in objects]
    group = subject if len(subject) >= 2 else [m for m in subject if m.plural or len(m.antecedents) >= 2]
    return [attrs.evolve(template, participants=tuple(group))] if group else []


def _visits(
    visitor: Mention,
    leader_objects: list[Mention],
    places: list[Mention],
    hosts_by_country: dict[str | None, list[Mention]],
    trip: bool,
    visit: EventCandidate,
    purpose: bool = False,
) -> list[EventCandidate]:
    """Visits to the leaders named, to a place with a leader of its country named, or to a place's leader.

    A bare trip (``trip``: "flew to Paris") names no counterpart; a visit
    ("visited India") or a trip "to meet" implies the host country's leader.
    """
    if leader_objects:
        where = visit.place or (places[0] if places else None)
        return [attrs.evolve(visit, participants=(visitor, other), host=other, place=where) for other in leader_objects]
    if not places:
        return []
    if trip and purpose:
        return [
            attrs.evolve(visit, participants=(visitor,), host=place, implicit_host=True, place=place)
            for place in places
        ]
    destination = places[0]
    hosts = [m for m in hosts_by_country.get(destination.country, ()) if m is not visitor]
    if hosts:
        return [attrs.evolve(visit, participants=(visitor, hosts[0]), host=destination, place=destination)]
    if trip:  # a bare trip names no counterpart
        return [attrs.evolve(visit, participants=(visitor,), trip=True, place=destination)]
    # "visiting Kenya, Tanzania and South Africa": a visit to each
    return [
        attrs.evolve(visit, participants=(visitor,), host=place, implicit_host=True, place=place) for place in places
    ]


def find_summits(
    tokens: Sequence[Token], mentions: Sequence[Mention], times: Sequence[TimeExpression], words: Lexicon
) -> list[SummitMention]:
    """Summits named in a sentence: "the SCO summit in Astana", "a summit of the Group of 20", "the summit"."""
    found: list[SummitMention] = []
    ending: dict[int, Mention] = {}
    starting: dict[int, Mention] = {}
    for mention in mentions:
        if mention.kind is MentionKind.ORGANIZATION:
            ending.setdefault(mention.end, mention)
            starting.setdefault(mention.start, mention)
    # "summit" anywhere; another summit word ("meeting", "conference") just after an organization
    heads = [
        i
        for i, token in enumerate(tokens)
        if token.key in _SUMMIT_HEADS or (token.key == "gathering" and i > 0 and tokens[i - 1].key == "the")
    ]
    if ending:
        after_org = {i for e in ending for i in (e, e + 1) if i < len(tokens) and tokens[i].key in words.summit_words}
        heads = sorted(after_org.union(heads))
    # "during the SCO", "on the sidelines of the G20": the organization stands for its summit
    named = set(heads)
    gathered = [
        m
        for m in starting.values()
        if (_during(tokens, m.start) or _convene(tokens, m.end, words.convene_verbs)) and not {m.end, m.end + 1} & named
    ]
    if not heads and not gathered:
        return found
    keys = [token.key for token in tokens]
    located = _ByStart(m for m in mentions if _located(m, tokens))
    usable = _ByStart(t for t in times if t.relation is None and t.cited is None)
    for series in gathered:
        end = series.end
        place = _where(located.between(end, min(len(tokens), end + _SUMMIT_PLACE_REACH)))
        time = _summit_time(usable, keys, series.start, end)
        name = f"{series.organization} summit"
        found.append(
            SummitMention(
                start=series.start, end=end, name=name, organization=series.organization, place=place, time=time
            )
        )
    for i in heads:
        # "the G20 summit", "the SCO's summit"; else "a summit of the G20"
        org = next((ending[e] for e in (i - 2, i - 1, i) if e in ending), None)
        if org is None and i + 1 < len(tokens) and tokens[i + 1].key == "of":
            org = next((starting[s] for s in range(i + 1, i + 5) if s in starting), None)
        owner = _possessor(tokens, i, words.summit_modifiers) if org is None else None
        if owner is not None:  # "Leaders of the BRICS countries gather for their annual summit"
            org = next((m for m in reversed(starting.values()) if m.end <= owner), None)
        elif org is None and _after_article(tokens, i) and tokens[i - 1].key not in ("the", "that", "this"):
            # "Leaders of the SCO admitted Belarus, wrapping up a two-day summit": their organization's summit
            org = next((m for m in starting.values() if m.end <= i and _leaders_of(tokens, m)), None)
        start = (
            owner if owner is not None and org is not None else org.start if org is not None and org.start < i else i
        )
        end = max(i + 1, org.end if org is not None else 0)
        place = _where(located.between(end, min(len(tokens), end + _SUMMIT_PLACE_REACH)))
        time = _summit_time(usable, keys, start, end)
        if time is None and org is None:  # an ad hoc summit is dated by its clause: "Yesterday, he held a mini-summit"
            time = next(iter(usable.between(*_Clauses(tokens).bounds(i))), None)
        partner = _joined(org, mentions, tokens) if org is not None else None
        if org is not None and partner is not None:  # "the ASEAN-GCC summit": a joint summit, no series of either
            first, second = sorted((org, partner), key=lambda m: m.start)
            name = f"{first.text}-{second.text} summit"
            found.append(SummitMention(start=first.start, end=end, name=name, place=place, time=time, joint=True))
        elif org is not None:
            name = f"{org.organization} summit"
            found.append(
                SummitMention(start=start, end=end, name=name, organization=org.organization, place=place, time=time)
            )
        elif i > 0 and tokens[i - 1].key in ("the", "that", "this", "these"):
            found.append(SummitMention(start=i - 1, end=end, name="summit", place=place, time=time, anaphoric=True))
        elif i > 0 and tokens[i - 1].key in ("mini", "trilateral", "emergency", "special", "regional", "peace"):
            topic = _topic(tokens, end)
            name = (
                f"{tokens[i - 1].text.lower()}-summit"
                if tokens[i - 1].key == "mini"
                else f"{tokens[i - 1].text.lower()} summit"
            )
            found.append(SummitMention(start=i - 1, end=end, name=name + topic, place=place, time=time))
    return found


def _joined(org: Mention, mentions: Sequence[Mention], tokens: Sequence[Token]) -> Mention | None:
    """The organization or country hyphenated to ``org``: "ASEAN-GCC", "China-CELAC", "EU-China"."""

    return next(
        (
            m
            for m in mentions
            if m is not org
            and m.kind in (MentionKind.ORGANIZATION, MentionKind.COUNTRY, MentionKind.GOVERNMENT)
            and (
                (m.end == org.start and hyphenated(tokens, org.start))
                or (org.end == m.start and hyphenated(tokens, m.start))
            )
        ),
        None,
    )


def _summit_time(usable: _ByStart[TimeExpression], keys: Sequence[str], start: int, end: int) -> TimeExpression | None:
    """The time just after a summit's name; in an opening phrase, only up to its comma.

    "the G20 summit in Bali on Tuesday"; but "At the NATO summit in Vilnius,
    Biden met Zelensky on Wednesday" dates the meeting, not the summit.
    """
    limit = end + _SUMMIT_TIME_REACH
    if _opens(keys, start):
        limit = min(limit, keys.index(",", end) if "," in keys[end:] else limit)
    return next(iter(usable.between(end, limit)), None)


def _possessor(tokens: Sequence[Token], head: int, modifiers: frozenset[str]) -> int | None:
    """Where "their"/"its" stands before a summit word, across modifiers ("their annual summit"), if it does."""
    i = head - 1
    while i >= 0 and (tokens[i].key in modifiers or tokens[i].key[:1].isdigit()):
        i -= 1
    return i if i >= 0 and tokens[i].key in ("their", "its") else None


def _leaders_of(tokens: Sequence[Token], org: Mention) -> bool:
    """Whether an organization's leaders are named: "SCO leaders", "leaders of the SCO" (not "Arab leaders")."""
    if org.end < len(tokens) and tokens[org.end].key == "leaders":
        return org.text.isupper() or any(c.isdigit() for c in org.text)
    before = org.start - 1 if org.start > 0 and tokens[org.start - 1].key == "the" else org.start
    return before > 1 and tokens[before - 1].key == "of" and tokens[before - 2].key == "leaders"


def _during(tokens: Sequence[Token], start: int) -> bool:
    """Whether an organization at ``start`` follows "during (the)" or "sidelines of (the)"."""
    before = start - 1 if start > 0 and tokens[start - 1].key == "the" else start
    return (before > 0 and tokens[before - 1].key == "during") or (
        before > 1 and tokens[before - 1].key == "of" and tokens[before - 2].key in ("sidelines", "margins")
    )


def _convene(tokens: Sequence[Token], end: int, verbs: frozenset[str]) -> bool:
    """Whether an organization ending at ``end`` has its leaders gather: "NATO leaders gathered (in Vilnius)"."""
    if end >= len(tokens) or tokens[end].key != "leaders":
        return False
    verb = end + 2 if end + 2 < len(tokens) and tokens[end + 1].key in AUXILIARIES else end + 1
    return verb < len(tokens) and tokens[verb].key in verbs


def _topic(tokens: Sequence[Token], end: int) -> str:
    if end + 1 < len(tokens) and tokens[end].key == "on" and tokens[end + 1].capitalised:
        return f" on {tokens[end + 1].text}"
    return ""


_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’"})


@attrs.frozen
class _ListHead:
    """A line that opens a list ("Saturday 17 September at Chevening:"): what its entries share."""

    time: TimeExpression | None
    place: Mention | None
    status: Status


@attrs.define
class ListReader:
    """Readout lists: a heading line ending in a colon, then one counterpart per bullet entry.

    Government readouts list a leader's engagements as entries
    ("- President X of Y [in person]", "- Prime Minister Z [phone call]")
    under a heading that dates and places them. When a meeting word
    (lexicon ``list_cues``) comes just before the list, each entry that names
    one leader becomes a meeting, or with a call word a call, between that
    leader and the document's protagonist. Feed :meth:`read` every body
    sentence and :meth:`entry` every list entry, in document order.
    """

    words: Lexicon
    _recent: deque[Sequence[Token]] = attrs.field(factory=lambda: deque(maxlen=ListReader._REACH))
    _head: _ListHead | None = None

    _REACH: ClassVar[int] = 3  # a meeting word at most this many sentences before the list's heading

    def is_entry(self, tokens: Sequence[Token]) -> bool:
        """Whether a bullet is an entry: a cued heading is open and the bullet is no full sentence."""
        return self._head is not None and bool(tokens) and tokens[-1].key not in _SENTENCE_ENDS

    def read(self, tokens: Sequence[Token], mentions: Sequence[Mention], times: Sequence[TimeExpression]) -> None:
        """Take in a body sentence: a list heading, the end of a list, or a sentence that may cue one."""
        heading = bool(tokens) and tokens[-1].key == ":"
        before, self._head = self._head, None
        if heading:
            # the heading itself or a sentence just before it names meetings: "These meetings and calls ..."
            cue = next((s for s in (tokens, *reversed(self._recent)) if self._cues(s)), None)
            if before is not None or cue is not None:
                time = next((t for t in times if t.relation is None and t.cited is None), None)
                place = _where([m for m in mentions if _located(m, tokens)])
                planned = any(sentence_status(s, self.words) is Status.PLANNED for s in (tokens, cue or ()))
                self._head = _ListHead(
                    time=time or (before.time if before else None),
                    place=place or (before.place if before else None),
                    status=Status.PLANNED
                    if planned or (before and before.status is Status.PLANNED)
                    else Status.OCCURRED,
                )
        self._recent.append(tokens)

    def _cues(self, tokens: Sequence[Token]) -> bool:
        return not self.words.list_cues.isdisjoint(token.key for token in tokens)

    def entry(
        self, tokens: Sequence[Token], mentions: Sequence[Mention], protagonist: Mention | None
    ) -> list[EventCandidate]:
        """The meeting a list entry (see :meth:`is_entry`) reports: with the protagonist."""
        head = self._head
        if head is None or protagonist is None:
            return []
        own = set(protagonist.leaders[:1])
        people = [m for m in mentions if m.kind is MentionKind.PERSON and not own & set(m.leaders[:1])]
        if not people:  # "- The Prime Minister of Canada": an office names the counterpart
            people = [m for m in mentions if m.kind is MentionKind.OFFICE and m.country]
        if len({m.leaders[:1] or (m.country, m.role) for m in people}) != 1:
            return []  # no counterpart, or several: not a list of counterparts
        call = any(token.key in self.words.call_words for token in tokens)
        return [
            EventCandidate(
                trigger="list entry",
                trigger_type=TriggerType.CALL if call else TriggerType.MEET,
                kind=MeetingKind.CALL if call else MeetingKind.MEETING,
                status=head.status,
                start=0,
                end=0,
                participants=(protagonist, people[0]),
                time=head.time,
                place=None if call else head.place,
            )
        ]
