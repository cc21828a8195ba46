"""The shape of a sentence that several stages read: its clauses, coordination, and items by position.

Clause breaks are found once per sentence (:class:`Clauses`), after which
the clause around any token costs two binary searches; :class:`ByStart`
slices the mentions, times or summits near a position the same way. Both
keep the rules linear in the length of a sentence.

>>> from diplomacy_events.segment import tokenize
>>> tokens = tokenize("Putin met Xi, while Modi called Biden.")
>>> Clauses(tokens).bounds(6)
(5, 9)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import compress, count
from operator import attrgetter
from typing import Generic, Protocol, TypeVar

from .lexicon import CLAUSE_BREAKS, PHOTO_POSITIONS, RELATIVE_PRONOUNS
from .segment import Token

__all__ = [
    "WINDOW",
    "ByStart",
    "Clauses",
    "conjunct_between",
    "enclosed_relatives",
    "has_between",
    "in_relative_clause",
    "infinitive_after",
    "put_off_to",
    "token_keys",
]

WINDOW = 60  # no clause, subject or object group reaches further than this many tokens


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)
_START = attrgetter("start")
_KEY = attrgetter("key")


def token_keys(tokens: Iterable[Token]) -> list[str]:
    """The keys of tokens, read in C.

    >>> from diplomacy_events.segment import tokenize
    >>> token_keys(tokenize("Putin met Xi."))
    ['putin', 'met', 'xi', '.']
    """
    return list(map(_KEY, tokens))


class ByStart(Generic[_S]):
    """Items in order of their ``start`` token, sliced by position in logarithmic time.

    A sentence's rules look at the few mentions near each trigger; slicing
    instead of scanning keeps a sentence with thousands of mentions linear.
    """

    __slots__ = ("items", "starts")

    def __init__(self, items: Iterable[_S]) -> None:
        self.items = sorted(items, key=_START)
        self.starts = list(map(_START, self.items))

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
    if key in ("(", ")"):
        return not _gloss(tokens, i)
    return key in CLAUSE_BREAKS


_GLOSS_REACH = 6  # words in brackets that gloss a name: "Chancellor (Angela) Merkel", "(Irish Prime Minister)"


def _gloss(tokens: Sequence[Token], i: int) -> bool:
    """Whether the bracket at ``i`` encloses a few capitalised words, or a caption's place in the picture: a gloss
    inside a name ("Chancellor (Angela) Merkel", "Lula (l.) and Xi"), no clause."""
    step = 1 if tokens[i].key == "(" else -1
    j = i + step
    while 0 <= j < len(tokens) and abs(j - i) <= _GLOSS_REACH + 1:
        key = tokens[j].key
        if key == (")" if step == 1 else "("):
            return abs(j - i) > 1
        if not (tokens[j].capitalised or key in ("-", ".") or key in PHOTO_POSITIONS):  # "(l.)", "(left)"
            return False
        j += step
    return False


class Clauses:
    """A sentence's clause breaks, found once; the clause around a token is then two binary searches."""

    __slots__ = ("breaks", "count", "item_breaks")

    def __init__(self, tokens: Sequence[Token], keys: Iterable[str] | None = None) -> None:
        """The breaks of ``tokens`` (``keys``, if given, are their keys)."""
        self.count = len(tokens)
        keys = map(_KEY, tokens) if keys is None else keys
        marks = compress(count(), map(CLAUSE_BREAKS.__contains__, keys))  # settled in C
        self.breaks = [i for i in marks if _breaks(tokens, i)]
        self.item_breaks = [i for i in self.breaks if tokens[i].key != ";"]

    def bounds(self, position: int, lists: bool = False) -> tuple[int, int]:
        """The clause around ``position``, at most ``WINDOW`` tokens either way.

        With ``lists``, semicolons separate list items rather than clauses.
        """
        index = bisect_left(self.breaks, position)
        start = max(self.breaks[index - 1] + 1 if index else 0, position - WINDOW)
        ends = self.item_breaks if lists else self.breaks
        index = bisect_left(ends, position) if lists else index
        end = min(ends[index] if index < len(ends) else self.count, position + WINDOW)
        return start, end


def participle_word(key: str) -> bool:
    """Whether ``key`` reads as a present participle ('hosting', 'chairing'), not a short noun ('king', 'thing').

    >>> participle_word("hosting"), participle_word("king"), participle_word("meeting")
    (True, False, True)
    """
    return len(key) > 5 and key.endswith("ing") and key.isalpha()


def has_between(positions: Sequence[int], low: int, high: int) -> bool:
    """Whether a sorted list of positions holds one in ``low:high``."""
    index = bisect_left(positions, low)
    return index < len(positions) and positions[index] < high


def conjunct_between(keys: Sequence[str], start: int, end: int) -> bool:
    """Whether ", and" opens a new conjunct in ``keys[start:end]``.

    >>> conjunct_between(["a", ",", "b", ",", "and", "c"], 0, 6), conjunct_between(["a", ",", "and"], 0, 2)
    (True, False)
    """
    i, last = max(0, start), min(end, len(keys)) - 1  # the last place a comma may stand
    while i < last and "," in keys[i:last]:  # each comma found in C
        i = keys.index(",", i, last)
        if keys[i + 1] == "and":
            return True
        i += 1
    return False


def in_relative_clause(
    tokens: Sequence[Token], position: int, start: int, *, keys: Sequence[str] | None = None
) -> bool:
    """Whether ``position`` lies in a clause opened by who/which/whose ("who took office in May").

    ``start`` is where the clause around ``position`` starts. The relative
    clause ends at its first comma: "X, who took office in May, met Y on Thursday".
    One set off by a comma is one too, up to the next comma or the end of the
    sentence: "Y, whom he had hosted last month". ``keys``, if given, are the
    tokens' keys.

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("Sanchez, who met Xi in May, flew home.")
    >>> in_relative_clause(tokens, 3, 2), in_relative_clause(tokens, 9, 8, keys=token_keys(tokens))
    (True, False)
    """
    opener = _keys(tokens, keys, start - 1, start) if start else ()
    if not opener or opener[0] not in RELATIVE_PRONOUNS:
        return _after_relative(tokens, position, keys)
    return "," not in _keys(tokens, keys, start, position)


def _keys(tokens: Sequence[Token], keys: Sequence[str] | None, low: int, high: int) -> Sequence[str]:
    """The keys of ``tokens[low:high]``: sliced from ``keys`` if given, else read off the tokens."""
    return token_keys(tokens[low:high]) if keys is None else keys[low:high]


_RELATIVE_REACH = 30  # tokens back to the comma that opens a relative clause


def _after_relative(tokens: Sequence[Token], position: int, keys: Sequence[str] | None = None) -> bool:
    """Whether ``position`` lies in a relative clause set off by a comma ("..., whom he had hosted last month").

    The clause runs from its comma to the next comma or the end of the sentence (``keys``, if given, are the
    tokens' keys).

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("He met Sanchez, whom he had hosted last month.")
    >>> _after_relative(tokens, 8), _after_relative(tokens, 1)
    (True, False)
    """
    low = max(0, position - _RELATIVE_REACH + 1)
    near = _keys(tokens, keys, low, position)
    if "," not in near:
        return False
    i = low + len(near) - 1 - near[::-1].index(",")  # the last comma
    following = _keys(tokens, keys, i + 1, i + 3)
    return bool(following) and (
        following[0] in RELATIVE_PRONOUNS or (len(following) > 1 and following[1] in RELATIVE_PRONOUNS)
    )


def enclosed_relatives(keys: Sequence[str], low: int, high: int) -> list[tuple[int, int]]:
    """The relative clauses set off by commas in ``keys[low:high]``, as (comma, closing comma) positions.

    "That agreement, under which the colony will return in 1997, was signed ...": the clause's "will"
    is not the main verb's.

    >>> enclosed_relatives(["x", ",", "under", "which", "y", "will", "go", ",", "was", "signed"], 0, 9)
    [(1, 7)]
    """
    found = []
    i = low
    while i < high - 1:
        opens = keys[i] == "," and (
            keys[i + 1] in RELATIVE_PRONOUNS or (i + 2 < high and keys[i + 2] in RELATIVE_PRONOUNS)
        )
        close = next((j for j in range(i + 2, high) if keys[j] == ","), None) if opens else None
        if close is not None:
            found.append((i, close))
            i = close
        else:
            i += 1
    return found


_INFINITIVE_REACH = 12  # "invited the presidents of Kenya and Uganda to visit"


def infinitive_after(keys: Sequence[str], verbs: Iterable[int], end: int) -> int | None:
    """Where the verb of "to <verb>" stands after ``end``: "invited Macron to visit", "to come"; ``None`` if none.

    ``verbs`` are the positions where a verb may stand (a sentence's triggers).

    >>> infinitive_after(["invited", "", "to", "visit", ""], {0, 3}, 1)
    3
    """
    starts = set(verbs)
    high = min(len(keys) - 1, end + _INFINITIVE_REACH)
    found = (i + 1 for i in range(end, high) if keys[i] == "to" and (i + 1 in starts or keys[i + 1] == "come"))
    return next(found, None)


def put_off_to(keys: Sequence[str], start: int, cue: str, times: Iterable[_S]) -> _S | None:
    """The new day a cue of postponing at ``start`` names: "was postponed to June 5", "has been put off until
    Monday" (a plan still, for that day); ``None`` for "was postponed", "was called off until further notice" or
    "was cancelled". ``times`` are the sentence's times ("until June 5" may start at "until").

    >>> put_off_to(["was", "postponed", "to", "june", "5"], 0, "was postponed", [])
    """
    words = cue.split()
    after = start + len(words)
    if after + 1 >= len(keys) or keys[after] not in _PUT_OFF_TO or _PUT_OFF.isdisjoint(words):
        return None
    return next((time for time in times if time.start in (after, after + 1)), None)


_PUT_OFF_TO = frozenset({"to", "until", "till"})
_PUT_OFF = frozenset({"postponed", "put", "postponing"})  # not "called off until further notice"
