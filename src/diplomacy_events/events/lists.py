"""Readout lists: a heading line ending in a colon, then one counterpart per bullet entry."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import ClassVar

import attrs

from ..lexicon import SENTENCE_ENDS, Lexicon, TriggerType
from ..mentions import Mention, MentionKind
from ..model import MeetingKind, Status
from ..rules import Phase, rule
from ..segment import Token
from ..timex import TimeExpression
from .candidates import EventCandidate
from .context import located
from .grammar import where
from .summits import sentence_status

__all__ = ["ListReader"]


@attrs.frozen
class _ListHead:
    """A line that opens a list ("Saturday 17 September at Chevening:"): what its entries share."""

    time: TimeExpression | None
    place: Mention | None
    status: Status
    spaced: bool = False  # opened by "held the following meetings.": a paragraph may follow each entry


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

    _REACH: ClassVar[int] = 3  # a meeting word at most this many sentences before the list's heading

    def is_entry(self, tokens: Sequence[Token]) -> bool:
        """Whether a bullet is an entry: a cued heading is open and the bullet is no full sentence."""
        return self._head is not None and bool(tokens) and tokens[-1].key not in SENTENCE_ENDS

    def read(self, tokens: Sequence[Token], mentions: Sequence[Mention], times: Sequence[TimeExpression]) -> None:
        """Take in a body sentence: a list heading, the end of a list, or a sentence that may cue one."""
        heading = bool(tokens) and tokens[-1].key == ":"
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
        """The meeting a list entry (see :meth:`is_entry`) reports: with the protagonist."""
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
