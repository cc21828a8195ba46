"""Token-trie phrase matching, shared by the mention and trigger stages.

Phrases are stored as sequences of token keys (see :func:`~diplomacy_events.segment.token_keys`)
in a trie of dicts; matching walks the trie from each token, so the cost is
linear in the number of tokens times the longest phrase, whatever the number
of phrases.

>>> from diplomacy_events.segment import tokenize
>>> matcher = PhraseMatcher[str]()
>>> matcher.add("Group of 20", "G20")
>>> matcher.add("G20", "G20")
>>> tokens = tokenize("the Group of 20 summit")
>>> [(tokens[m.start].text, m.values) for m in matcher.find(tokens)]
[('Group', ('G20',))]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from operator import attrgetter
from typing import Any, Generic, NamedTuple, TypeVar

from .segment import Token, token_keys

__all__ = ["Match", "PhraseMatcher"]

V = TypeVar("V")
_END = ""  # no token key is empty (see segment._keys), so this key marks the end of a phrase
_KEY = attrgetter("key")


class Match(NamedTuple, Generic[V]):
    """A phrase found at tokens ``start`` (inclusive) to ``end`` (exclusive)."""

    start: int
    end: int
    values: tuple[V, ...]


_made = tuple.__new__  # Match(start, end, values) made in C: a NamedTuple's own __new__ is a Python function


class PhraseMatcher(Generic[V]):
    """A trie of phrases, each with the values it stands for."""

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}  # key -> child node; _END -> the phrase's values
        self._longest = 0

    def add(self, phrase: str, value: V) -> None:
        """Add ``phrase`` (tokenised like text) standing for ``value``."""
        keys = token_keys(phrase)
        if not keys:
            return
        node = self._root
        for key in keys:
            node = node.setdefault(key, {})
        values: tuple[V, ...] = node.get(_END, ())
        if value not in values:
            node[_END] = (*values, value)
        self._longest = max(self._longest, len(keys))

    def phrases(self) -> Iterator[tuple[tuple[str, ...], tuple[V, ...]]]:
        """Every phrase as its token keys, with its values.

        >>> matcher = PhraseMatcher[str]()
        >>> matcher.add("Group of 20", "G20")
        >>> list(matcher.phrases())
        [(('group', 'of', '20'), ('G20',))]
        """
        stack: list[tuple[tuple[str, ...], dict[str, Any]]] = [((), self._root)]
        while stack:
            keys, node = stack.pop()
            for key, child in node.items():
                if key == _END:
                    yield keys, child
                else:
                    stack.append(((*keys, key), child))

    def match_at(self, tokens: Sequence[Token], start: int) -> Match[V] | None:
        """The longest phrase that begins at ``tokens[start]``, if any."""
        node = self._root
        best: Match[V] | None = None
        for position in range(start, min(len(tokens), start + self._longest)):
            child = node.get(tokens[position].key)
            if child is None:
                break
            node = child
            if _END in node:
                best = Match(start, position + 1, node[_END])
        return best

    def find(
        self,
        tokens: Sequence[Token],
        accept: Callable[[Sequence[Token], Match[V]], bool] | None = None,
        *,
        keys: Sequence[str] | None = None,
    ) -> list[Match[V]]:
        """Longest, non-overlapping matches from left to right (a list: every caller reads them all).

        ``accept`` may veto a match (say, one that is not capitalised in the
        text); the scan then moves one token on. Each step looks up one token
        key in a dict, so the scan costs at most ``len(tokens)`` times the
        longest phrase's length, whatever the number of phrases. ``keys``, if
        given, are the tokens' keys, worked out once by a caller that needs
        them too.
        """
        root = self._root
        keys = list(map(_KEY, tokens)) if keys is None else keys
        count = len(keys)
        found: list[Match[V]] = []
        position = 0  # the first token not inside an accepted match
        for start in list(compress(range(count), map(root.__contains__, keys))):  # where a phrase can begin
            if start < position:
                continue
            node = root[keys[start]]
            values = node.get(_END)
            end = i = start + 1
            while i < count:  # down the trie, which is no deeper than the longest phrase
                node = node.get(keys[i])
                if node is None:
                    break
                i += 1
                if _END in node:
                    values, end = node[_END], i
            if values is not None:
                match: Match[V] = _made(Match, (start, end, values))
                if accept is None or accept(tokens, match):
                    found.append(match)
                    position = end
        return found
