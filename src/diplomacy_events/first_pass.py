"""The first pass: which paragraphs can report a meeting, and which can name a leader.

Most articles of a news feed report no meeting of leaders. Before a
document is tokenised, :class:`FirstPass` reads the words of its body
blocks (a regular expression and a set look-up, no tokens) and splits the
body in two:

- every block up to the last one that *can act* is read in full, exactly as
  without the first pass, so the state that crosses paragraphs (pronoun
  antecedents, the protagonist, the paragraph year, transcript speakers,
  readout lists, a trip's context) is the same wherever a meeting is read;
- after it, a block is read only for the leaders and outlets it names
  (:attr:`~diplomacy_events.model.ParseResult.leaders`,
  :attr:`~diplomacy_events.model.Source.cited`), and only when its words
  can name one; the other blocks are never tokenised.

A block can act when it holds a trigger phrase together with a name, title
or pronoun (the event rules need both in one sentence), a summit word, an
organization or "counterpart" (a pronoun link that names a leader), or when
it is a bullet, a list item or a transcript turn. In a text that writes a
year before 2000 anywhere, the names of the leaders of 1946-1999 count too
(a sentence that speaks of those years knows them). Each test is a necessary
condition checked on a superset of the token keys (a phrase counts as
present when all its words are), so a block judged unable to act or to name
cannot, and the results are the same with and without the first pass
(``Parser(first_pass=False)``; ``tests/test_first_pass.py`` compares the two
on every article the project can read).

>>> from diplomacy_events import default_knowledge
>>> from diplomacy_events.events import trigger_matcher
>>> from diplomacy_events.lexicon import default_lexicon
>>> from diplomacy_events.mentions import Gazetteer
>>> from diplomacy_events.normalize import normalize
>>> first = FirstPass(Gazetteer.for_knowledge(default_knowledge()), trigger_matcher(default_lexicon()))
>>> text = "Putin met Erdogan in Sochi.\\n\\nRain fell on the city.\\n\\nPutin thanked the staff.\\n\\nIt was cold."
>>> plan = first.plan(normalize(text))
>>> [text[b.start : b.end] for b in plan.full], [text[b.start : b.end] for b in plan.names]
(['Putin met Erdogan in Sochi.'], ['Putin thanked the staff.'])
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import pairwise
from typing import NamedTuple

import attrs

from .dating import Section, paragraph_times, section_at, speaks_of_earlier
from .lexicon import COUNTED_GROUP_NOUNS, LISTING_COPULAS, SUMMIT_HEADS
from .mentions import Gazetteer, Mention, MentionKind
from .normalize import Block, BlockKind, Document, fold
from .phrases import PhraseMatcher
from .segment import MAX_PARAGRAPH_SENTENCES, sentences
from .timex import TimeExpression, find_times

__all__ = ["FirstPass", "Plan", "Words", "citations"]

_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits: what a token key's words are made of
_CAPITALISED = re.compile(r"(?<![^\W_])[A-Z][^\W_]*")  # such a run that starts with a capital, in ASCII text
_RUN = re.compile(r"[^\W_]+|[^\w\s-]")  # the pieces tokens are made of: word runs and single marks
# a character whose key is not its lower case: beyond ASCII, but for quotes and dashes, which hold no word
_FOLDED = re.compile(r"[^\x00-\x7f’‘“”–—\xa0]")
# words that make a summit without a trigger (events.find_summits: SUMMIT_HEADS, "the gathering"), and the
# word of a relative office ("his counterpart"), whose reading needs the pronoun links of the text before
_ACTING_WORDS = tuple(((word,), False) for word in (*sorted(SUMMIT_HEADS), "gathering", "counterpart", "counterparts"))
# gazetteer tags of phrases that can name a leader, an office, a government or an outlet (not a bare country or city)
_NAMING = frozenset({"leader", "family", "metonym", "outlet", "title", "leader_word", "honorific"})
_PRONOUN, _ORGANIZATION = frozenset({"pronoun"}), frozenset({"org"})
_QUOTE = re.compile('["“”]')  # a quote, whose "I", "we" and "you" stand for its speaker and the one addressed
_QUOTED = frozenset({"i", "me", "my", "we", "us", "you", "your"})
_EARLIER_YEAR = re.compile(r"(?<!\d)19\d\d(?!\d)")  # a year before 2000: its leaders may be named


class Words:
    """The words of a text as its token keys hold them: folded runs of letters and digits.

    ``present`` holds every word of every token key, ``capitalised`` the
    words of tokens written with a capital, ``pairs`` every two words that
    follow each other in a key or in two adjacent tokens; each may hold more.

    >>> found = Words("Erdoğan’s visit to the U.S.")
    >>> sorted(found.present), sorted(found.capitalised), ("visit", "to") in found.pairs
    (['erdogan', 's', 'the', 'to', 'u', 'visit'], ['erdogan', 's', 'u'], True)
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._plain = _FOLDED.search(text) is None  # the common case: folding is lower-casing
        if self._plain:
            self._sequence = _WORD.findall(text.lower())
        else:
            self._runs = _RUN.findall(text)
            self._folded = {run: _WORD.findall(fold(run)) for run in set(self._runs)}
            self._sequence = [word for run in self._runs for word in self._folded[run]]
        self.present = set(self._sequence)

    @cached_property
    def capitalised(self) -> set[str]:
        """The words of tokens that begin with a capital (and maybe more)."""
        if self._plain:
            return set(map(str.lower, _CAPITALISED.findall(self._text)))
        return {word for run, found in self._folded.items() if run[:1].isupper() for word in found}

    @cached_property
    def pairs(self) -> set[tuple[str, str]]:
        """Every two words that follow each other in the text."""
        return set(pairwise(self._sequence))


class _Phrase(NamedTuple):
    first: str
    present: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    capitalised: bool  # a mention needs its first word written with a capital

    def found(self, words: Words) -> bool:
        return (
            self.present <= words.present
            and self.pairs <= words.pairs
            and (not self.capitalised or self.first in words.capitalised)
        )


class _Phrases:
    """Phrases as their words: may one of them be in a text?"""

    def __init__(self, phrases: Iterable[tuple[Sequence[str], bool]]) -> None:
        self._words: set[str] = set()  # phrases of one word
        self._capitalised: set[str] = set()  # phrases of one word that a mention writes with a capital
        self._longer: dict[str, list[_Phrase]] = {}  # by their longest word
        self._always = False  # a phrase of marks alone: no word tells it is absent
        for keys, capitalised in phrases:
            sequence = [word for key in keys for word in _WORD.findall(key)]
            if len(sequence) == 1:
                (self._capitalised if capitalised else self._words).add(sequence[0])
            elif sequence:
                phrase = _Phrase(sequence[0], frozenset(sequence), frozenset(pairwise(sequence)), capitalised)
                self._longer.setdefault(max(sorted(phrase.present), key=len), []).append(phrase)
            else:
                self._always = True
        self._capitalised -= self._words
        self._anchors = frozenset(self._longer)

    def found(self, words: Words) -> bool:
        """Whether some phrase may be in the text of ``words``: all its words there, in order."""
        return (
            self._always
            or not self._words.isdisjoint(words.present)
            or (not self._capitalised.isdisjoint(words.present) and not self._capitalised.isdisjoint(words.capitalised))
            or any(
                phrase.found(words)
                for anchor in self._anchors.intersection(words.present)
                for phrase in self._longer[anchor]
            )
        )


@attrs.frozen
class Plan:
    """How to read a document's body: ``full`` blocks in full, then ``names`` blocks for names only."""

    full: tuple[Block, ...]
    names: tuple[Block, ...] = ()
    naming: _Phrases | None = attrs.field(default=None, eq=False, repr=False)  # phrases that can name someone

    @classmethod
    def whole(cls, document: Document) -> Plan:
        """The plan without a first pass: every block in full."""
        return cls(full=document.body)

    def read_names(
        self, document: Document, gazetteer: Gazetteer, anchor: dt.date | None, headed: Sequence[Section] = ()
    ) -> tuple[list[list[Mention]], list[str]]:
        """The mentions of each sentence of the ``names`` blocks (pronouns unlinked), and the outlets they cite.

        Pronoun links change no name, office or outlet, so these mentions
        name the same leaders as the linked ones of a full reading (whose
        sentences that speak of the years before 2000 know the leaders of
        then: ``headed`` are the page's sections under time headings).
        """
        found: list[list[Mention]] = []
        cited: list[str] = []
        for block in self.names:
            every = sentences(document.text, block.start, block.end)
            for first in range(0, len(every), MAX_PARAGRAPH_SENTENCES):  # the paragraphs of a full reading
                paragraph = every[first : first + MAX_PARAGRAPH_SENTENCES]
                earlier = _EARLIER_YEAR.search(document.text, block.start, block.end) is not None or bool(headed)
                section = section_at(headed, paragraph[0].start) if headed else None
                timed = paragraph_times([s.tokens for s in paragraph], section) if earlier else [[]] * len(paragraph)
                for sentence, times in zip(paragraph, timed, strict=True):
                    text = sentence.text(document.text)
                    cites = ")" in text  # only "(Outlet, May 3)" cites a time
                    if not cites and self.naming is not None and not self.naming.found(Words(text)):
                        continue  # no name, title or outlet in this sentence
                    mentions = gazetteer.mentions(sentence.tokens, anchor, earlier=speaks_of_earlier(times, section))
                    cited += citations(find_times(sentence.tokens) if cites else [], mentions)
                    found.append(mentions)
        return found, cited


class FirstPass:
    """Sorts a document's body blocks by what they can hold, from their words alone (see the module)."""

    def __init__(self, gazetteer: Gazetteer, triggers: PhraseMatcher[str]) -> None:
        self._gazetteer = gazetteer
        pronouns: list[tuple[tuple[str, ...], bool]] = []
        acting: list[tuple[tuple[str, ...], bool]] = list(_ACTING_WORDS)
        for keys, tags, capitalised in gazetteer.phrases():
            for wanted, found in ((_PRONOUN, pronouns), (_ORGANIZATION, acting)):
                if not tags.isdisjoint(wanted):
                    found.append((keys, capitalised))
        self._names, self._pronouns, self._acting = _naming(gazetteer), _Phrases(pronouns), _Phrases(acting)
        self._triggers = _Phrases((keys, False) for keys, _ in triggers.phrases())
        self._earlier: _Phrases | None = None  # the names of every leader, built when a text needs them

    def plan(self, document: Document) -> Plan:
        """Read every block up to the last that can act in full; after it, only those that can name someone."""
        body = document.body
        names: list[Block] = []
        naming = self._names
        if _EARLIER_YEAR.search(document.text):  # a year before 2000: the leaders of 1946-1999 may be named
            if self._earlier is None:
                self._earlier = _naming(self._gazetteer.earlier())
            naming = self._earlier
        for last in range(len(body) - 1, -1, -1):  # from the end: the blocks before the last acting one go in full
            block = body[last]
            text = document.text[block.start : block.end]
            found = Words(text)
            if self._acts(block, found, text, naming):
                return Plan(full=body[: last + 1], names=tuple(reversed(names)), naming=naming)
            if ")" in text or naming.found(found):  # a name, or a citation "(Outlet, May 3)"
                names.append(block)
        return Plan(full=(), names=tuple(reversed(names)), naming=naming)

    def _acts(self, block: Block, found: Words, text: str, names: _Phrases) -> bool:
        if self._acting.found(found):
            return True
        if (block.bullet or block.kind is BlockKind.ITEM) and names.found(found):
            return True  # an entry of a readout list: a meeting with whoever it names
        if _lists_group(found) and names.found(found):
            return True  # "The three leaders are A, B and C": the counted group of a meeting before it
        # a trigger and someone: a name, a title, a pronoun, a transcript speaker's "I", or "I"/"we"/"you" in a quote
        return self._triggers.found(found) and (
            bool(block.speaker)
            or names.found(found)
            or self._pronouns.found(found)
            or (not _QUOTED.isdisjoint(found.present) and _QUOTE.search(text) is not None)
        )


def _lists_group(found: Words) -> bool:
    """Whether a block's words can list a counted group's members ("The three leaders are A, B and C")."""
    return not found.present.isdisjoint(COUNTED_GROUP_NOUNS) and not found.present.isdisjoint(LISTING_COPULAS)


def _naming(gazetteer: Gazetteer) -> _Phrases:
    """The phrases of a gazetteer that can name a leader, an office, a government or an outlet."""
    return _Phrases(
        (keys, capitalised) for keys, tags, capitalised in gazetteer.phrases() if not tags.isdisjoint(_NAMING)
    )


def citations(times: Sequence[TimeExpression], mentions: Sequence[Mention]) -> list[str]:
    """The outlets a sentence cites: "(Kommersant, November 3)", "according to Reuters"."""
    return [t.cited for t in times if t.cited] + [m.text for m in mentions if m.kind is MentionKind.OUTLET]
