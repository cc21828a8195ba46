"""What the event rules read: a sentence's analysis, built once (:class:`SentenceContext`), and one trigger's reading.

A sentence's tokens, their cue keys, its mentions by position, its clause
breaks, its times and its summits are computed once; each trigger then gets
a :class:`Reading` that the rules fill in phase by phase (see
:mod:`diplomacy_events.rules`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

import attrs

from ..dating import SentenceTimes
from ..lexicon import AUXILIARIES, CALL_COMPOUNDS, MONTHS, OPENING_PREPOSITIONS, Lexicon, Trigger, TriggerType
from ..mentions import Mention, MentionKind
from ..model import Status
from ..phrases import Match
from ..rules import cued, declare, meets, traits
from ..segment import Token
from ..syntax import ByStart, Clauses, token_keys
from ..timex import TimeExpression
from .candidates import EventCandidate, SummitMention
from .members import AGO, LATER, OTHER, PRONOUN

__all__ = ["PLACE_KINDS", "Reading", "SentenceContext", "cue_keys", "located"]


_OPENERS = OPENING_PREPOSITIONS | {"on", "from", "with", "amid", "despite", "like", "as", "for"}
_OPENING_REACH = 15  # tokens an opening phrase may run before its comma
_OPENING_NOUN = 4  # where a noun of an opening phrase stands at the latest: "During that official visit"


def cue_keys(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression] = (),
    *,
    keys: Sequence[str] | None = None,
) -> list[str]:
    """Token keys with names, month names and counted times blanked (``keys``, if given, are the tokens' keys).

    "Theresa May" and "in May" hold no modal "may"; "the next day" holds no
    planned "next", and "called X the next day" names no one; "next month"
    is a time, whose event the assembler makes planned when the date is
    ahead, so "X, who leaves office next month, held talks on Friday" stays
    past. "So-called" and "name-calling" are no call.

    >>> from diplomacy_events.segment import tokenize
    >>> cue_keys(tokenize("A so-called summit in May"), [])
    ['a', 'so', '', 'summit', 'in', 'may']
    >>> cue_keys(tokenize("months of name-calling"), [])
    ['months', 'of', 'name', '']
    """
    keys = token_keys(tokens) if keys is None else list(keys)
    if not _CALL_HEADS.isdisjoint(keys):  # one scan in C, not a comparison with each key per word
        for i in range(1, len(keys)):
            if keys[i - 1] in CALL_COMPOUNDS.get(keys[i], ()):
                keys[i] = ""
    for mention in mentions:
        keys[mention.start : mention.end] = [""] * (mention.end - mention.start)
    for time in times:
        ahead = time.offset > 0 and time.kind is not AGO  # "next month" dates; its own event says tense
        for i in range(time.start, time.end):
            if keys[i] in MONTHS or time.kind is LATER or (ahead and keys[i] in ("next", "coming")):
                keys[i] = ""
    return keys


def _opening_comma(keys: list[str]) -> int | None:
    """The comma that closes a sentence's opening prepositional phrase ("On the sidelines of the summit,").

    >>> _opening_comma(["on", "the", "sidelines", ",", "lula", "met", ""]), _opening_comma(["lula", ",", "met"])
    (3, None)
    """
    if not keys or keys[0] not in _OPENERS or "," not in keys[:_OPENING_REACH]:
        return None
    return keys.index(",")


_S = TypeVar("_S", Mention, SummitMention)


def within(index: ByStart[_S], part: list[_S]) -> ByStart[_S]:
    """An index of ``part``, which is filtered from the same items in the same order as ``index`` (more or fewer).

    Of the same length, they are the same items, and ``index`` serves for both: one index built, not two (most
    sentences name only leaders and no summit).

    >>> from diplomacy_events.mentions import Mention, MentionKind
    >>> people = [Mention(kind=MentionKind.PERSON, start=2, end=3, text="Lula")]
    >>> index = ByStart(people)
    >>> within(index, list(people)) is index
    True
    >>> within(index, []).items
    []
    """
    return index if len(part) == len(index.items) else ByStart(part)


def represented(keys: Sequence[str], mentions: Sequence[Mention], words: Lexicon) -> frozenset[int]:
    """The ids of the mentions a cue says are represented, not there: "greeted by X on behalf of the King", "in the
    name of A and B" (each leader coordinated after the cue).

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.segment import tokenize
    >>> king = Mention(kind=PRONOUN, start=6, end=8, text="the King")
    >>> keys = token_keys(tokenize("He was greeted on behalf of the King."))
    >>> represented(keys, [king], default_lexicon()) == {id(king)}
    True
    """
    found: set[int] = set()
    for start, cue in words.represented_cues.matches(keys, 0, len(keys)):
        at = start + len(cue.split())
        for mention in ByStart(mentions).between(at, len(keys)):
            if mention.start != at and not set(keys[at : mention.start]) <= _REPRESENTED_GLUE:
                break
            if mention.start >= at:
                found.add(id(mention))
                at = mention.end
    return frozenset(found)


_REPRESENTED_GLUE = frozenset({",", "and", "the"})  # "on behalf of the King and the Prime Minister"
declare("words.represented_cues")


def _persons(mentions: Sequence[Mention]) -> list[Mention]:
    """Leaders and other named people: either can be a trigger's subject."""
    return [m for m in mentions if m.is_leader or m.kind is OTHER]


#: The kinds of mention that may be a place (see :func:`located`).
PLACE_KINDS = frozenset({MentionKind.PLACE, MentionKind.COUNTRY, MentionKind.GOVERNMENT})


def located(mention: Mention, tokens: Sequence[Token], topics: frozenset[str] = frozenset()) -> bool:
    """Whether a mention is a place, a country or a seat of government ("at the White House") after ``in``/``at``.

    Not after a topic word: "the situation in Syria" is what they discussed.
    """
    if mention.kind not in PLACE_KINDS:
        return False
    if mention.end < len(tokens) and tokens[mention.end].key in ("'s", "’s"):
        return False  # "investment in Malaysia's energy sector": a possessor, no place
    before = mention.start - 1
    if before > 0 and (tokens[before].key in ("the", "no") or tokens[before].key.isdigit()):
        before -= 1  # "in the Netherlands", "at 10 Downing Street"
    if before > 0 and tokens[before - 1].key in topics:
        return False
    return before >= 0 and tokens[before].key in ("in", "at")


@attrs.define(kw_only=True, eq=False)
class SentenceContext:
    """One sentence as the event rules read it, built once by :meth:`build`.

    ``taken`` (the mentions already used as objects, never a later
    trigger's subject), ``free`` (persons before this index are all
    taken) and ``absorbed`` (triggers an earlier one took in) change as the
    triggers are read left to right.
    """

    tokens: Sequence[Token]
    keys: list[str]  # cue keys: names, month names and counted times blanked (see cue_keys)
    token_keys: Sequence[str]  # the tokens' own keys
    cued: int  # the rules' needs its keys meet (see rules.cued): run() skips the rules whose needs it lacks
    traits: Mapping[str, int]  # the needs of properties each trigger phrase meets (see rules.traits)
    words: Lexicon
    matches: list[Match[str]]  # the triggers, in order
    mentions: ByStart[Mention]
    persons: ByStart[Mention]
    leaders: ByStart[Mention]
    located: ByStart[Mention]  # places after "in"/"at"
    hosts_by_country: dict[str | None, list[Mention]]
    summits: ByStart[SummitMention]
    named_summits: ByStart[SummitMention]  # of an organization, or joint
    clauses: Clauses
    times: SentenceTimes
    calls: set[str]  # the call words the sentence holds
    sidelines: bool  # the sentence speaks of "the sidelines"
    protagonist: Mention | None
    before: Sequence[Mention]  # the leaders the sentence before named
    opening_comma: int | None  # the comma that closes the sentence's opening prepositional phrase, if it has one
    scheduled: bool = False  # under a time heading: a schedule's or listing's line ("Meeting with X")
    called: bool = False  # under a heading that names a call: a readout's "PM call with President X: 6 September 2022"
    ahead: bool = False  # under a heading that says what follows lies ahead: a digest's "COMING UP"
    programme: bool = False  # in a paragraph that told a programme and its dated entries ("the programme is: May 4:")
    chair: Mention | None = None  # the one leader the sentence before named with a summit ("X chaired the summit")
    taken: set[int] = attrs.Factory(set)
    free: int = 0
    absorbed: set[int] = attrs.Factory(set)  # starts of triggers an earlier one took in (a meeting's "hosted by")
    statuses: dict[int, Status] = attrs.Factory(dict)  # the status each trigger read so far was given, by number
    passives: list[tuple[int, Mention]] = attrs.Factory(list)  # (end, guest) of each passive read: "was received by"

    def key(self, i: int) -> str:
        """The cue key at token ``i``, or "" past the sentence's end (the word right after an object may be none)."""
        return self.keys[i] if i < len(self.keys) else ""

    @classmethod
    def build(
        cls,
        tokens: Sequence[Token],
        mentions: Sequence[Mention],
        times: Sequence[TimeExpression],
        summits: Sequence[SummitMention],
        matches: list[Match[str]],
        words: Lexicon,
        protagonist: Mention | None = None,
        before: Sequence[Mention] = (),
        scheduled: bool = False,
        chair: Mention | None = None,
        *,
        keys: Sequence[str] | None = None,
        called: bool = False,
        ahead: bool = False,
        programme: bool = False,
    ) -> SentenceContext:
        """Analyse a sentence once for all its triggers (``keys``, if given, are the tokens' keys; ``called``, that
        it stands under a heading that names a call)."""
        own = token_keys(tokens) if keys is None else keys
        keys = cue_keys(tokens, mentions, times, keys=own)
        present = cued(keys, words)
        clauses = Clauses(tokens, own)
        indexed, indexed_summits = ByStart(mentions), ByStart(summits)
        absent = represented(keys, mentions, words) if meets(present, "words.represented_cues") else frozenset()
        if absent:  # "on behalf of the King": no participant
            mentions = [m for m in mentions if id(m) not in absent]
            indexed = ByStart(mentions)
        leaders = within(indexed, [m for m in mentions if m.is_leader])
        hosts_by_country: dict[str | None, list[Mention]] = {}
        for mention in leaders.items:
            if mention.kind is not PRONOUN:
                hosts_by_country.setdefault(mention.country, []).append(mention)
            elif mention.role is not None and mention.antecedents:  # "to Muscat at the invitation of the Sultan"
                hosts_by_country.setdefault(mention.antecedents[0].country, []).append(mention)
        return cls(
            tokens=tokens,
            keys=keys,
            token_keys=own,
            cued=present,
            traits=traits(words),
            words=words,
            matches=matches,
            mentions=indexed,
            persons=within(leaders, _persons(mentions)),
            leaders=leaders,
            located=within(
                indexed, [m for m in mentions if m.kind in PLACE_KINDS and located(m, tokens, words.topic_words)]
            ),
            hosts_by_country=hosts_by_country,
            summits=indexed_summits,
            named_summits=within(indexed_summits, [s for s in summits if s.organization or s.joint or s.titled]),
            clauses=clauses,
            times=SentenceTimes(tokens, clauses.bounds, keys, times, words.statement_words, own),
            calls=_calls(keys, words.call_words, words.event_nouns),
            sidelines=meets(present, "words.sidelines") and words.sidelines.found(keys, 0, len(tokens)),
            protagonist=protagonist,
            before=before,
            opening_comma=_opening_comma(keys),
            scheduled=scheduled,
            called=called,
            ahead=ahead,
            programme=programme,
            chair=chair,
        )

    def opens_clause(self, reading: Reading, position: int) -> bool:
        """Whether a trigger of the opening phrase is followed at ``position`` by the main verb.

        "During that visit the two men signed ...": the phrase has no comma,
        and the people after the noun are the subject of "signed".
        """
        keys = self.keys
        if not keys or keys[0] not in _OPENERS or reading.start > _OPENING_NOUN or position >= len(keys):
            return False
        key = keys[position]
        return key in AUXILIARIES or key in self.words.past_verbs or any(m.start == position for m in self.matches)

    def trigger(self, number: int) -> Trigger:
        """The lexicon's entry of trigger ``number``."""
        return self.words.triggers[self.matches[number].values[0]]

    def first_free(self) -> Mention | None:
        """The sentence's first person not already an object."""
        persons = self.persons.items
        while self.free < len(persons) and id(persons[self.free]) in self.taken:
            self.free += 1
        return persons[self.free] if self.free < len(persons) else None


@attrs.define(kw_only=True, eq=False)
class Reading:
    """What the rules have found about one trigger so far; ``fired`` lists the ids of the rules that fired."""

    number: int
    trigger: Trigger
    phrase: str  # the trigger phrase as the lexicon writes it
    type: TriggerType  # how the trigger relates its subject to its objects
    start: int  # token span of the trigger within the sentence
    end: int
    clause: tuple[int, int] = (0, 0)
    cues: dict[str, int] = attrs.Factory(dict)  # where the last status cue of each kind starts before the trigger
    status: Status = Status.OCCURRED
    dated: bool = False  # the clause holds a usable time
    objects: list[Mention] = attrs.Factory(list)  # the group after the trigger
    subject: list[Mention] = attrs.Factory(list)
    leader_objects: list[Mention] = attrs.Factory(list)
    participle: bool = False  # ", visiting Paris": no subject of its own
    tenseless: bool = False  # a schedule's verbless line ("12:30 Lunch with X"): ahead or not, as its day says
    past: bool = False  # a present noun after a past copula ("was the guest of X"): no present
    time: TimeExpression | None = None
    since: TimeExpression | None = None
    aside: bool = False  # told in a relative or subordinate clause of another event: no context for the next
    goes_on: bool = False  # "X also met Y": an undated meeting that goes on from the event told before
    ahead: bool = False  # a journey told in the present with a weekday: "flies to Tehran on Monday" lies ahead
    next_step: bool = False  # "will then meet Y": an undated plan that comes next after the event told before
    own: tuple[int, int] = (0, 0)  # the tokens whose times are the trigger's alone
    relative: bool = False  # the trigger lies in a relative clause ("who met X in May"), set with ``own``
    place: Mention | None = None
    summit: SummitMention | None = None
    relation: str | None = None
    call: bool = False
    days: int = 0  # "began a three-day visit": the visit's length
    ends: bool = False  # "ended a three-day visit on Thursday": the date is its last day
    onward: int = 0  # "left on Thursday for Nairobi, where he will meet X": the day is the plan's first, of this many
    departed: bool = False  # that departure told in the past tense ("left on Tuesday"): its day is read back
    candidates: list[EventCandidate] = attrs.Factory(list)  # what the builders made of it
    again: TimeExpression | None = None  # a second time of the same verb: a second meeting
    fired: list[str] = attrs.Factory(list)
    running: str = ""  # the id of the rule running now (see rules.run)

    @classmethod
    def of(cls, number: int, trigger: Trigger, start: int, end: int) -> Reading:
        """The first reading of trigger ``number`` of a sentence, found at tokens ``start:end``."""
        return cls(number=number, trigger=trigger, phrase=trigger.phrase, type=trigger.type, start=start, end=end)


_CALL_HEADS = frozenset(CALL_COMPOUNDS)  # "called", "calling": the call words of compounds that are no call


def _calls(keys: Sequence[str], call_words: frozenset[str], events: frozenset[str] = frozenset()) -> set[str]:
    """The call words of a sentence, but "call on" (a visit to someone: "will call on the King") and a verb that names
    or convenes an event (``events``: "called the talks constructive", "called the meeting"), which phones no one.

    >>> sorted(_calls(["he", "will", "call", "on", "the", "king"], frozenset({"call", "phone"})))
    []
    >>> sorted(_calls(["they", "talked", "by", "phone", "on", "monday"], frozenset({"call", "phone"})))
    ['phone']
    >>> sorted(_calls(["both", "called", "the", "talks", "useful"], frozenset({"called"}), frozenset({"talks"})))
    []
    """
    if call_words.isdisjoint(keys):  # most sentences (settled in C, without a set of the keys)
        return set()
    return {
        k
        for i, k in enumerate(keys)
        if k in call_words
        and not (
            k.startswith("call")
            and (keys[i + 1 : i + 2] in (["on"], ["upon"]) or _names_event(keys[i + 1 : i + 3], events))
        )
    }


def _names_event(after: Sequence[str], events: frozenset[str]) -> bool:
    """Whether the words after a verb "call" are a determiner and an event noun: "(called) the talks", "their
    meeting"."""
    return len(after) == 2 and after[0] in _DETERMINERS and after[1] in events


_DETERMINERS = frozenset({"the", "their", "his", "her", "its", "this", "that"})
