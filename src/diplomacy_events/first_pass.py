"""The first pass: which paragraphs can report a meeting, and which can name a leader.

Most articles of a news feed report no meeting of leaders. Before a
document is tokenised, :class:`FirstPass` reads the words of its body
blocks (a regular expression and set look-ups in one table of phrases, no
tokens) and splits the body in two:

- every block up to the last one that *can act* is read in full, exactly as
  without the first pass, so the state that crosses paragraphs (pronoun
  antecedents, the protagonist, the paragraph year, transcript speakers,
  readout lists, a trip's context) is the same wherever a meeting is read;
- after it, a block is read only for the leaders and outlets it names
  (:attr:`~diplomacy_events.model.ParseResult.leaders`,
  :attr:`~diplomacy_events.model.Source.cited`), and only when its words
  can name one; the other blocks are tokenised only when a bare title or an
  ambiguous name needs to know which countries the whole text names most
  (:meth:`Plan.read_rest`, asked for by the parser's country counts).

A block can act when it holds a trigger phrase together with someone who
can take part (a name, a title, a pronoun, a seat of government, a
transcript speaker's "I", or "I", "we" or "you" in a quote: the event rules
need both in one sentence), a summit word, an organization or
"counterpart" (a pronoun link that names a leader), or when it is a bullet
or a list item that names someone. The phrase tests follow the mention
rules: a family name that is a day or a month ("Friday", "May") names a
person only beside a title, a country or the leader's given name, a leader
word ("leader") an office only with a country, and an honorific, a country,
a city or a seat of government alone names no leader. A text dated before 2000, or one that writes
such a year anywhere, may name the leaders of 1946-1999 too (a sentence
that speaks of those years knows them). Each test is a necessary condition
checked on a superset of the token keys (a phrase counts as present when
all its words are), so a block judged unable to act or to name cannot, and
the results are the same with and without the first pass
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
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cached_property, reduce
from itertools import pairwise
from operator import or_

import attrs

from .dating import Section, paragraph_times, section_at, speaks_of_earlier
from .lexicon import COUNTED_GROUP_NOUNS, HOLIDAY_ENDS, LISTING_COPULAS, MONTHS, SUMMIT_HEADS, WEEKDAYS
from .mentions import Gazetteer, Mention, MentionKind
from .normalize import Block, BlockKind, Document, fold
from .phrases import PhraseMatcher
from .segment import MAX_PARAGRAPH_SENTENCES, Sentence, sentences, token_keys
from .timex import TimeExpression, find_times

__all__ = ["FirstPass", "Plan", "Words", "citations"]

# Enum members read per item, as module names (why: see events/members.py, which this module cannot import).
_OUTLET = MentionKind.OUTLET
_ITEM = BlockKind.ITEM

_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits: what a token key's words are made of
_CAPITALISED = re.compile(r"(?<![^\W_])[A-Z][^\W_]*")  # such a run that starts with a capital, in ASCII text
_RUN = re.compile(r"[^\W_]+|[^\w\s-]")  # the pieces tokens are made of: word runs and single marks
# a character whose key is not its lower case: beyond ASCII, but for quotes and dashes, which hold no word
_FOLDED = re.compile(r"[^\x00-\x7f’‘“”–—\xa0]")
# words that make a summit without a trigger (events.find_summits: SUMMIT_HEADS, "the gathering"), and the
# word of a relative office ("his counterpart"), whose reading needs the pronoun links of the text before
_ACTING_WORDS = (*sorted(SUMMIT_HEADS), "gathering", "counterpart", "counterparts")
_QUOTE = re.compile('["“”]')  # a quote, whose "I", "we" and "you" stand for its speaker and the one addressed
_QUOTED_WORDS = ("i", "me", "my", "we", "us", "you", "your")
# a year before 2000: its leaders may be named ("19" first, so the scan jumps to it; then no digit before it)
_EARLIER_YEAR = re.compile(r"19(?<!\d19)\d\d(?!\d)")
#: a count of years back, ending where "years ago" starts ("forty", "forty-two", "25"): ten or more, so it may
#: reach before 2000 (a text that has one is read with the leaders of those years too, as one with "1987" is)
_YEARS_COUNT = re.compile(r"\b(?:[1-9]\d|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ][a-z]+)?) $")
_COUNT_REACH = 20  # characters before "years ago" its count may take: "ninety-seven "


def _earlier_years(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` speaks of a year before 2000: writes one, or counts back tens of years.

    >>> _earlier_years("Nixon visited in 1970."), _earlier_years("Forty-two years ago today"), _earlier_years("in 2005")
    (True, True, False)
    """
    end = len(text) if end is None else end
    if _EARLIER_YEAR.search(text, start, end) is not None:
        return True
    lowered = text[start:end].lower()  # "years ago" found in C; only the words before it are tried as a count
    at = lowered.find("years ago")
    while at >= 0:
        if _YEARS_COUNT.search(lowered, max(0, at - _COUNT_REACH), at) is not None:
            return True
        at = lowered.find("years ago", at + 1)
    return False


# Gazetteer tags, as the mention rules read them (mentions.Gazetteer._compose, _titled, _person):
# a phrase with one of these names a leader, an office or an outlet on its own;
_NAMING = frozenset({"leader", "outlet", "title"})
# a family name that is a day or a month ("Friday", "May") names a person only after one of these ("Mr Friday",
# "Egypt's May") or after a given name of its leader ("Theresa Mary May"); so does one that is also a pronoun;
_TITLING = frozenset({"title", "honorific", "leader_word", "country", "demonym", "metonym"})
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | HOLIDAY_ENDS  # as mentions' calendar words
# a leader word ("leader", "head of state") makes an office only with a country ("the Kenyan leader").
_COUNTRY = frozenset({"country", "demonym", "metonym"})
# An honorific alone makes no mention, nor does a country or a city: none of them can name a leader.

# The groups of the first pass's phrases, as bits.
_ACTING = 1  # a summit word, "the gathering", "counterpart", an organization: a block with one can act
_TRIGGERS = 2  # a trigger phrase of the event rules
_NAMES = 4  # names a leader, an office or an outlet on its own
_DAYS = 8  # a family name that is a day, a month or a pronoun: a person only beside a title, country or given name
_LEADING = 16  # a leader word: an office only with a country
_TITLED = 32  # a title, honorific, leader word, country or seat of government
_COUNTRIES = 64  # a country, its people or its seat of government
_SEATS = 128  # a seat of government: "the Kremlin" can take part in a meeting
_PRONOUNS = 256
_QUOTED = 512  # "I", "we", "you": in a quote, its speaker and the one addressed
_GIVEN = 1024  # a given name of a leader whose family name is one of ``_DAYS``
_COUNTED = 2048  # a noun of a counted group: "the three leaders"
_LISTING = 4096  # a verb that opens a group's list: "the three leaders are A, B and C"


class _Text:
    """What the first pass knows of a text: its words in order (``sequence``), and more as asked."""

    sequence: list[str]

    @cached_property
    def present(self) -> set[str]:
        """Every word (and maybe more)."""
        return set(self.sequence)

    def capital(self, word: str) -> bool:
        """Whether a token that begins with a capital may hold ``word`` as its first word."""
        raise NotImplementedError

    @cached_property
    def pairs(self) -> set[tuple[str, str]]:
        """Every two words that follow each other in the text."""
        return set(pairwise(self.sequence))


class Words(_Text):
    """The words of a text as its token keys hold them, before it is tokenised: folded runs of letters and digits.

    ``sequence`` holds every word of every token key in order, ``present``
    the same as a set, ``capitalised`` the words of tokens written with a
    capital, ``pairs`` every two words that follow each other in a key or in
    two adjacent tokens; each may hold more. With ``start`` and ``end``, the
    words of ``text[start:end]``, read in place.

    >>> found = Words("Erdoğan’s visit to the U.S.")
    >>> sorted(found.present), sorted(found.capitalised), ("visit", "to") in found.pairs
    (['erdogan', 's', 'the', 'to', 'u', 'visit'], ['erdogan', 's', 'u'], True)
    >>> Words("Rain. Putin met Xi.", 6, 16).sequence
    ['putin', 'met']
    """

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        end = len(text) if end is None else end
        if start and not text[start - 1].isspace():  # a capital right after a letter: read the part on its own
            text, start, end = text[start:end], 0, end - start
        self._text, self._start, self._end = text, start, end
        # the common case: folding is lower-casing (an ASCII text is told apart without a scan)
        self._plain = text.isascii() or _FOLDED.search(text, start, end) is None
        if self._plain:
            self._lowered = text[start:end].lower()  # as long as the part: plain text has no "İ"
            self.sequence = _WORD.findall(self._lowered)
        else:
            self._runs = _RUN.findall(text, start, end)
            self._folded = {run: _WORD.findall(fold(run)) for run in set(self._runs)}
            self.sequence = [word for run in self._runs for word in self._folded[run]]

    @cached_property
    def capitalised(self) -> set[str]:
        """The words of tokens that begin with a capital (and maybe more)."""
        if self._plain:
            return set(map(str.lower, _CAPITALISED.findall(self._text, self._start, self._end)))
        return {word for run, found in self._folded.items() if run[:1].isupper() for word in found}

    def capital(self, word: str) -> bool:
        """Whether ``word`` is among the :attr:`capitalised` words (in plain text, found where it stands)."""
        if not self._plain:
            return word in self.capitalised
        lowered, shift, size = self._lowered, self._start, len(word)
        at = lowered.find(word)
        while at >= 0:  # a whole run of letters and digits that begins with a capital
            after = at + size
            if (
                self._text[at + shift].isupper()
                and (at == 0 or not lowered[at - 1].isalnum())
                and (after == len(lowered) or not lowered[after].isalnum())
            ):
                return True
            at = lowered.find(word, at + 1)
        return False


#: A phrase of several words: its first word, its words, its pairs of words that follow each other, and whether a
#: mention writes its first word with a capital. Plain tuples, not sets or a named tuple: the cyclic collector
#: stops tracking a plain tuple of strings once it has seen it, and the first pass keeps some 5,000 phrases for
#: the life of the parser (a full collection took 40-50 ms with them as sets, 21 ms without).
_Phrase = tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], bool]


def _found(phrase: _Phrase, text: _Text) -> bool:
    """Whether all a phrase's words are in ``text``, in order (its pairs), its first capitalised if it must be."""
    first, present, pairs, capitalised = phrase
    return (
        text.present.issuperset(present) and text.pairs.issuperset(pairs) and (not capitalised or text.capital(first))
    )


class _Table:
    """Phrases, each with the groups it belongs to (bits): which groups may a text hold?

    Each phrase is split into the words :class:`Words` finds. A phrase of
    several words is filed under the word of it that the fewest phrases
    hold: a text holds the phrase only if it holds that word. (Filed under
    its longest word, a text with "republic", "talks" or "conference" tried
    a hundred phrases each.)
    """

    def __init__(self) -> None:
        self._words: dict[str, int] = {}  # phrases of one word
        self._capitalised: dict[str, int] = {}  # phrases of one word that a mention writes with a capital
        self._added: list[tuple[_Phrase, int]] = []  # phrases of more words
        self._longer: dict[str, tuple[tuple[_Phrase, int], ...]] = {}  # the same by a word, once frozen
        self._always = 0  # groups with a phrase of marks alone: no word tells it is absent
        self._keys: frozenset[str] = frozenset()  # every word some phrase may be found by
        self._bits: dict[str, int] = {}  # the groups of the phrases of one word, for each that has some (a few
        # hundred words: a small table, which stays in the cache)
        self._bit_keys: frozenset[str] = frozenset()  # the keys of ``_bits``
        self._capital_keys: frozenset[str] = frozenset()  # the keys of ``_capitalised``, as a set
        self._longer_keys: frozenset[str] = frozenset()  # the keys of ``_longer``

    def add(self, keys: Sequence[str], capitalised: bool, groups: int) -> None:
        """Add a phrase, as its token keys."""
        sequence = [word for key in keys for word in _WORD.findall(key)]
        if len(sequence) == 1:
            table = self._capitalised if capitalised else self._words
            table[sequence[0]] = table.get(sequence[0], 0) | groups
        elif sequence:
            words = tuple(dict.fromkeys(sequence))
            phrase = (sequence[0], words, tuple(dict.fromkeys(pairwise(sequence))), capitalised)
            self._added.append((phrase, groups))
        else:
            self._always |= groups

    def copy(self) -> _Table:
        """A table of the same phrases, to add more to."""
        table = _Table()
        table._words, table._capitalised, table._always = dict(self._words), dict(self._capitalised), self._always
        table._added = list(self._added)
        return table

    def freeze(self) -> _Table:
        """Index the phrases added; returns the table."""
        shared = Counter(word for phrase, _ in self._added for word in phrase[1])
        longer: dict[str, list[tuple[_Phrase, int]]] = {}
        for phrase, groups in self._added:  # the word fewest phrases hold; of those, the longest
            word = min(phrase[1], key=lambda word: (shared[word], -len(word), word))
            longer.setdefault(word, []).append((phrase, groups))
        self._longer = {word: tuple(phrases) for word, phrases in longer.items()}
        self._keys = frozenset(self._words).union(self._capitalised, self._longer)
        self._bits = {key: bits for key, bits in self._words.items() if bits}
        self._bit_keys = frozenset(self._bits)
        self._capital_keys, self._longer_keys = frozenset(self._capitalised), frozenset(self._longer)
        return self

    def groups(self, text: _Text) -> int:
        """The groups with a phrase that may be in ``text``: all its words there, in order."""
        hits = self._keys.intersection(text.sequence)
        found = reduce(or_, map(self._bits.__getitem__, hits & self._bit_keys), self._always)
        for word in hits & self._capital_keys:
            if self._capitalised[word] & ~found and text.capital(word):  # only for groups not found yet
                found |= self._capitalised[word]
        for word in hits & self._longer_keys:
            for phrase, groups in self._longer[word]:
                if groups & ~found and _found(phrase, text):
                    found |= groups
        return found


def _groups(keys: tuple[str, ...], tags: frozenset[str], alone: frozenset[tuple[str, ...]]) -> int:
    """The groups of a gazetteer phrase (see the tags above)."""
    found = 0
    if tags & _NAMING or keys in alone:
        found |= _NAMES
    elif "family" in tags:
        found |= _DAYS if _days(keys, tags) else _NAMES
    elif "leader_word" in tags:
        found |= _LEADING
    if tags & _TITLING:
        found |= _TITLED
    if tags & _COUNTRY:
        found |= _COUNTRIES
    for tag, group in (("metonym", _SEATS), ("pronoun", _PRONOUNS), ("org", _ACTING)):
        if tag in tags:
            found |= group
    return found


def _days(keys: tuple[str, ...], tags: frozenset[str]) -> bool:
    """Whether a family name names its leader only beside a title, a country or a given name ("Mr Friday")."""
    return keys[0] in _CALENDAR or "pronoun" in tags


def _leaders(found: int) -> bool:
    """Whether the groups found may name a leader, an office or an outlet."""
    return bool(
        found & _NAMES or (found & _DAYS and found & (_TITLED | _GIVEN)) or (found & _LEADING and found & _COUNTRIES)
    )


def _someone(found: int) -> bool:
    """Whether they may name someone who can take part in a meeting (the event rules need one)."""
    return bool(found & (_PRONOUNS | _SEATS)) or _leaders(found)


@attrs.frozen
class Plan:
    """How to read a document's body: ``full`` blocks in full, then ``names`` blocks for names only."""

    full: tuple[Block, ...]
    names: tuple[Block, ...] = ()
    first: FirstPass | None = attrs.field(default=None, eq=False, repr=False)  # the first pass that made it

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
        for sentence, earlier, cites in self._later(document, self.names, headed, anchor, named=True):
            mentions = gazetteer.mentions(sentence.tokens, anchor, earlier=earlier, keys=sentence.keys)
            cited += citations(find_times(sentence.tokens, keys=sentence.keys) if cites else [], mentions)
            found.append(mentions)
        return found, cited

    def read_rest(
        self, document: Document, gazetteer: Gazetteer, anchor: dt.date | None, headed: Sequence[Section] = ()
    ) -> list[list[Mention]]:
        """The mentions of every sentence after the ``full`` blocks, in order (pronouns unlinked): with those
        of the ``full`` blocks, a text's places count as in a full reading (asked only when they are needed).

        Only blocks that cannot act come after the last acting one, so no pronoun link there changes a place,
        a country or an office ("his counterpart" acts).
        """
        rest = document.body[len(self.full) :]
        return [
            gazetteer.mentions(sentence.tokens, anchor, earlier=earlier, keys=sentence.keys)
            for sentence, earlier, _ in self._later(document, rest, headed, anchor, named=False)
        ]

    def _later(
        self,
        document: Document,
        blocks: Sequence[Block],
        headed: Sequence[Section],
        anchor: dt.date | None,
        named: bool,
    ) -> Iterator[tuple[Sentence, bool, bool]]:
        """The sentences of ``blocks`` (only those that may name a leader or cite an outlet when ``named``):
        each with whether it speaks of the years before 2000 and whether it may cite an outlet with a time."""
        text = document.text
        for block in blocks:
            every = sentences(text, block.start, block.end)
            earlier = bool(headed) or _earlier_years(text, block.start, block.end)
            for first in range(0, len(every), MAX_PARAGRAPH_SENTENCES):  # the paragraphs of a full reading
                paragraph = every[first : first + MAX_PARAGRAPH_SENTENCES]
                section = section_at(headed, paragraph[0].start) if headed else None
                timed = paragraph_times(paragraph, section) if earlier else [[]] * len(paragraph)
                past = False  # whether the paragraph spoke of the years before 2000 last
                for sentence, times in zip(paragraph, timed, strict=True):
                    past = speaks_of_earlier(times, section, past, anchor)
                    cites = text.find(")", sentence.start, sentence.end) >= 0  # "(Kommersant, May 3)" cites a time
                    if (
                        named
                        and not cites
                        and len(every) > 1
                        and self.first is not None
                        and not self.first.names(Words(text, sentence.start, sentence.end))
                    ):
                        continue  # no name, title or outlet in this sentence (the only one of a block can name)
                    yield sentence, past, cites


class FirstPass:
    """Sorts a document's body blocks by what they can hold, from their words alone (see the module).

    With ``base``, the first pass of a gazetteer that knows more names
    (:meth:`Gazetteer.earlier`) than that of ``base``: its table, and the phrases that are new or mean more.
    """

    def __init__(self, gazetteer: Gazetteer, triggers: PhraseMatcher[str], base: FirstPass | None = None) -> None:
        self._gazetteer, self._triggers = gazetteer, triggers
        self._groups: dict[tuple[str, ...], tuple[bool, int]] = {}  # the gazetteer's phrases: capital, groups
        self._words: _Table = base._words.copy() if base is not None else _Table()
        alone = frozenset(token_keys(title) for title in gazetteer.words.title_countries)  # "the pope": an office
        known = base._groups if base is not None else {}
        days: set[tuple[str, ...]] = set()
        for keys, tags, capitalised in gazetteer.phrases():
            groups = _groups(keys, tags, alone)
            if groups & _DAYS:
                days.add(keys)
            self._groups[keys] = (capitalised, groups)
            if groups and known.get(keys) != (capitalised, groups):
                self._words.add(keys, capitalised, groups)
        if base is None:
            for keys, _ in triggers.phrases():
                self._words.add(keys, False, _TRIGGERS)
            for word in _ACTING_WORDS:
                self._words.add((word,), False, _ACTING)
            for word in _QUOTED_WORDS:
                self._words.add((word,), False, _QUOTED)
            for word in COUNTED_GROUP_NOUNS:
                self._words.add((word,), False, _COUNTED)
            for word in LISTING_COPULAS:
                self._words.add((word,), False, _LISTING)
        for word in _given_names(gazetteer, days):
            self._words.add((word,), False, _GIVEN)
        self._words.freeze()
        self._earlier: FirstPass | None = None  # the first pass of every leader, built when a text needs it

    def of_text(self, document: Document, anchor: dt.date | None = None) -> FirstPass:
        """The first pass that knows the leaders a text may name: in a text of the years before 2000 or one that
        writes such a year anywhere, those of 1946-1999 too (as :meth:`Gazetteer.of_day` and a sentence that
        speaks of those years know them).

        >>> import datetime
        >>> from diplomacy_events import default_knowledge
        >>> from diplomacy_events.events import trigger_matcher
        >>> from diplomacy_events.lexicon import default_lexicon
        >>> from diplomacy_events.normalize import normalize
        >>> first = FirstPass(Gazetteer.for_knowledge(default_knowledge()), trigger_matcher(default_lexicon()))
        >>> text = normalize("Brezhnev met Nixon.")
        >>> first.of_text(text) is first, first.of_text(text, datetime.date(1972, 5, 30)) is first
        (True, False)
        >>> first.of_text(text, datetime.date(1972, 5, 30)).names(Words("Brezhnev met Nixon."))
        True
        """
        gazetteer = self._gazetteer.of_day(anchor)
        if gazetteer is self._gazetteer and _earlier_years(document.text):
            gazetteer = gazetteer.earlier()
        if gazetteer is self._gazetteer:
            return self
        if self._earlier is None:
            self._earlier = FirstPass(gazetteer, self._triggers, self)
        return self._earlier

    def plan(self, document: Document, anchor: dt.date | None = None) -> Plan:
        """Read every block up to the last that can act in full; after it, only those that can name someone."""
        first = self.of_text(document, anchor)
        text, body = document.text, document.body
        names: list[Block] = []
        for last in range(len(body) - 1, -1, -1):  # from the end: the blocks before the last acting one go in full
            block = body[last]
            found = first._words.groups(Words(text, block.start, block.end))
            if _acts(block, found, text):
                return Plan(full=body[: last + 1], names=tuple(reversed(names)), first=first)
            if _leaders(found) or text.find(")", block.start, block.end) >= 0:  # or "(Kommersant, May 3)"
                names.append(block)
        return Plan(full=(), names=tuple(reversed(names)), first=first)

    def names(self, words: Words) -> bool:
        """Whether a text may name a leader, an office or an outlet (see :meth:`of_text`); "Mr Bloggs", "the
        party leader" and "Friday" name none."""
        return _leaders(self._words.groups(words))


def _given_names(gazetteer: Gazetteer, days: set[tuple[str, ...]]) -> set[str]:
    """The given names of the leaders whose family names are ``days`` ("Theresa Mary May" names one)."""
    knowledge = gazetteer.knowledge
    return {
        word
        for word, ids in gazetteer.given_names.items()
        if any(token_keys(knowledge.leader(leader_id).family) in days for leader_id in ids)
    }


def _acts(block: Block, found: int, text: str) -> bool:
    """Whether a block of ``text`` with the groups found can report a meeting."""
    if found & _ACTING:
        return True
    if (block.bullet or block.kind is _ITEM) and _leaders(found):
        return True  # an entry of a readout list: a meeting with whoever it names
    if found & _COUNTED and found & _LISTING and _leaders(found):
        return True  # "The three leaders are A, B and C": the counted group of a meeting before it
    # a trigger and someone: a name, a title, a pronoun, a transcript speaker's "I", or "I"/"we"/"you" in a quote
    return bool(found & _TRIGGERS) and (
        bool(block.speaker)
        or _someone(found)
        or (bool(found & _QUOTED) and _QUOTE.search(text, block.start, block.end) is not None)
    )


def citations(times: Sequence[TimeExpression], mentions: Sequence[Mention]) -> list[str]:
    """The outlets a sentence cites: "(Kommersant, November 3)", "according to Reuters"."""
    return [t.cited for t in times if t.cited] + [m.text for m in mentions if m.kind is _OUTLET]
