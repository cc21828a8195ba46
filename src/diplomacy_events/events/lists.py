"""Lists after a line ending in a colon: a readout's counterparts (one per bullet entry), or a roll of the leaders
who attend a gathering (one per line)."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import ClassVar

import attrs

from ..dating import of_statement
from ..lexicon import SENTENCE_ENDS, Lexicon, TriggerType
from ..mentions import Mention, MentionKind
from ..model import MeetingKind, Status
from ..rules import Phase, rule
from ..segment import Sentence, Token
from ..timex import TimeExpression
from .candidates import EventCandidate, SummitMention
from .context import located
from .grammar import where
from .members import ATTEND, OFFICE, PERSON, SUMMIT
from .summits import find_summits, sentence_status

__all__ = ["ListReader", "roll_intro"]


@attrs.frozen
class _ListHead:
    """A line that opens a list ("Saturday 17 September at Chevening:"): what its entries share."""

    time: TimeExpression | None
    place: Mention | None
    status: Status
    spaced: bool = False  # opened by "held the following meetings.": a paragraph may follow each entry


@attrs.define
class _Roll:
    """A roll of the leaders who attend a gathering, opened by "The following leaders will attend:": its first line,
    the gathering its candidate makes (with no one yet) and the leaders its lines name so far."""

    sentence: Sentence
    gathering: EventCandidate
    people: list[Mention] = attrs.Factory(list)


def roll_intro(keys: Sequence[str], words: Lexicon) -> int | None:
    """Where the word stands that makes a sentence ending in a colon (its token ``keys``) the opening of a roll of
    attendees ("The following leaders have confirmed their attendance:", lexicon ``roll_intros``), if it is one.

    Not after a meeting word ("met the following leaders attending the summit:" opens a list of counterparts), nor
    with a negation ("the following leaders will not attend:").

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.segment import token_keys
    >>> words = default_lexicon()
    >>> roll_intro(token_keys("These leaders attended the summit:"), words)
    2
    >>> roll_intro(token_keys("She met these leaders attending the summit:"), words)
    >>> roll_intro(token_keys("These leaders did not attend:"), words)
    """
    if not keys or keys[-1] != ":":
        return None
    cue = next(words.roll_intros.matches(keys, 0, len(keys)), None)
    if cue is None or not words.list_cues.isdisjoint(keys[: cue[0]]) or words.negation_cues.found(keys, 0, len(keys)):
        return None
    return cue[0]


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
    announced: bool = False  # the page says "X held the following meetings." (see parser._counterpart_lines)
    _recent: deque[Sequence[Token]] = attrs.field(factory=lambda: deque(maxlen=ListReader._REACH))
    _head: _ListHead | None = None
    _roll: _Roll | None = None

    _REACH: ClassVar[int] = 3  # a meeting word at most this many sentences before the list's heading

    def is_entry(self, tokens: Sequence[Token]) -> bool:
        """Whether a bullet is an entry: a cued heading or a roll of attendees is open and the bullet is no full
        sentence."""
        if not tokens or (self._head is None and self._roll is None):
            return False
        # "Philippines – President Ferdinand Marcos Jr.": a name's suffix ends a roll's line, no sentence
        return tokens[-1].key not in SENTENCE_ENDS or (
            self._roll is not None and len(tokens) > 1 and tokens[-2].key in _NAME_SUFFIXES
        )

    def read(
        self, sentence: Sentence, mentions: Sequence[Mention], times: Sequence[TimeExpression]
    ) -> list[EventCandidate]:
        """Take in a body sentence: a list heading, the end of a list, or a sentence that may cue one; the gathering
        of the roll of attendees it ends, if any."""
        closed = self.close()
        tokens = sentence.tokens
        heading = bool(tokens) and tokens[-1].key == ":"
        if heading and (at := roll_intro(sentence.keys, self.words)) is not None:
            self._head = None
            self._roll = _Roll(sentence, _gathering(sentence, at, mentions, times, self.words))
            self._recent.append(tokens)
            return closed
        spaced = self.announced and not heading and self._following(tokens)  # "X held the following meetings."
        before, self._head = self._head, None
        if heading or spaced:
            # the heading itself or a sentence just before it names meetings: "These meetings and calls ..."
            cue = next((s for s in (tokens, *reversed(self._recent)) if self._cues(s)), None)
            if before is not None or cue is not None:
                time = next((t for t in times if t.relation is None and t.cited is None), None)
                place = where([m for m in mentions if located(m, tokens, self.words.topic_words)])
                planned = any(sentence_status(s, self.words) is Status.PLANNED for s in (tokens, cue or ()))
                self._head = _ListHead(
                    time=time or (before.time if before else None),
                    place=place or (before.place if before else None),
                    status=Status.PLANNED
                    if planned or (before and before.status is Status.PLANNED)
                    else Status.OCCURRED,
                    spaced=spaced,
                )
        elif before is not None and before.spaced:
            self._head = before  # an entry's own paragraph ("The leaders discussed ..."): the list goes on
        self._recent.append(tokens)
        return closed

    def close(self) -> list[EventCandidate]:
        """End the roll of attendees open, if any: the gathering of the leaders its lines named, two or more."""
        roll, self._roll = self._roll, None
        if roll is None or len(roll.people) < 2:
            return []
        return [roll.gathering.changed(participants=tuple(roll.people))]

    def opened(self) -> Sentence | None:
        """The sentence that opened the roll of attendees open, if any (the evidence of its gathering)."""
        return self._roll.sentence if self._roll is not None else None

    def _following(self, tokens: Sequence[Token]) -> bool:
        """Whether a sentence announces the entries after it: "... held the following meetings."."""
        keys = [token.key for token in tokens]
        if "following" not in keys:
            return False
        at = keys.index("following")
        return not self.words.list_cues.isdisjoint(keys[at + 1 : at + 4])

    def _cues(self, tokens: Sequence[Token]) -> bool:
        return not self.words.list_cues.isdisjoint(token.key for token in tokens)

    def entry(
        self, tokens: Sequence[Token], mentions: Sequence[Mention], protagonist: Mention | None
    ) -> list[EventCandidate]:
        """The meeting a list entry (see :meth:`is_entry`) reports: with the protagonist (none for a roll's line,
        whose leader joins the roll's gathering)."""
        if self._roll is not None:
            _called(self._roll, mentions)
            return []
        head = self._head
        if head is None or protagonist is None:
            return []
        return _entry(head, tokens, mentions, protagonist, self.words)


@rule(
    "sentence.list-entry",
    Phase.SENTENCE,
    "Under a heading that a meeting word cues ('Meetings on Saturday:'), each bullet naming one leader is a meeting "
    "(or, with a call word, a call) of that leader with the document's protagonist; so is each line of its own "
    "after 'X held the following meetings.', a paragraph between them.",
    "Prime Minister Starmer's meetings on Saturday:\n\n- President Macron of France\n- Chancellor Scholz of Germany",
)
def _entry(
    head: _ListHead, tokens: Sequence[Token], mentions: Sequence[Mention], protagonist: Mention, words: Lexicon
) -> list[EventCandidate]:
    own = set(protagonist.leaders[:1])
    people = [m for m in mentions if m.kind is MentionKind.PERSON and not own & set(m.leaders[:1])]
    if not people:  # "- The Prime Minister of Canada": an office names the counterpart
        people = [m for m in mentions if m.kind is MentionKind.OFFICE and m.country]
    if len({m.leaders[:1] or (m.country, m.role) for m in people}) != 1:
        return []  # no counterpart, or several: not a list of counterparts
    call = any(token.key in words.call_words for token in tokens)
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
            rules=("sentence.list-entry",),
        )
    ]


_NAME_SUFFIXES = frozenset({"jr", "sr"})  # "President Ferdinand Marcos Jr.": the stop is the name's


def _gathering(
    sentence: Sentence, cue: int, mentions: Sequence[Mention], times: Sequence[TimeExpression], words: Lexicon
) -> EventCandidate:
    """The gathering a roll's opening sentence tells, with no one yet: its summit (else "the summit" told before),
    time, place and status ("have confirmed their attendance": planned; "attended": occurred)."""
    tokens, keys = sentence.tokens, sentence.keys
    named = find_summits(tokens, mentions, times, words, keys=keys)
    summit = named[0] if named else SummitMention(start=cue, end=cue, name="summit", anaphoric=True, rule=_TOLD)
    time = next(  # "said on Friday that these leaders will attend:": Friday is the day of saying
        (
            t
            for t in times
            if t.relation is None and not t.cited and not of_statement(keys, t.start, words.statement_words)
        ),
        None,
    )
    place = where([m for m in mentions if located(m, tokens, words.topic_words)])
    planned = sentence_status(tokens, words, keys=keys) is Status.PLANNED
    return EventCandidate(
        trigger="attend",
        trigger_type=ATTEND,
        kind=SUMMIT,
        status=Status.PLANNED if planned else Status.OCCURRED,
        start=cue,
        end=cue + 1,
        participants=(),
        time=time,
        place=place,
        summit=summit,
        rules=(ROLL_CALL,),
    )


_TOLD = "summit.anaphoric"  # a roll that names no gathering is of the summit told before
ROLL_CALL = "sentence.roll-call"


@rule(
    ROLL_CALL,
    Phase.SENTENCE,
    "After a sentence ending in a colon that says who attends a gathering ('The following leaders have confirmed "
    "their attendance:', lexicon roll_intros), each line that names one leader ('Japan – Prime Minister X', "
    "'President Y (Kenya)') adds that leader to one summit of them all, of that sentence's summit (else the summit "
    "told before), time and status; sub-headings and lines of no leader add no one.",
    "The ASEAN summit opens in Jakarta on September 5.\n\nThe following leaders have confirmed their attendance:"
    "\n\nMalaysia – Prime Minister Anwar Ibrahim\n\nPhilippines – President Ferdinand Marcos Jr.\n\n"
    "Japan – Prime Minister Fumio Kishida",
    published="2023-09-01",
)
def _called(roll: _Roll, mentions: Sequence[Mention]) -> None:
    people = [m for m in mentions if m.kind is PERSON and m.leaders]
    if not people:  # "Malaysia – Prime Minister": an office names the leader
        people = [m for m in mentions if m.kind is OFFICE and m.country]
    if len({_who(m) for m in people}) != 1:
        return  # a sub-heading ("Dialogue partners"), or a line of several: no one's line
    if _who(people[0]) not in {_who(m) for m in roll.people}:
        roll.people.append(people[0])


def _who(mention: Mention) -> object:
    """Who a roll's line names: the leader, else the office (its country and title)."""
    return mention.leaders[:1] or (mention.country, mention.role)
