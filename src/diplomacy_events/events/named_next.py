"""A counted group that the next sentence names: "held separate meetings with the leaders of three countries.
The three leaders are A, B and C."

The first sentence's meeting has no named counterpart; the second names them
and has no meeting word. :func:`named_group` finds the counted group after
"with" in the first, :func:`members` the listed leaders of the second, and
:func:`substituted` reads the first with the list standing in for the group,
so its trigger, subject, time and place make one meeting per listed leader.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import attrs

from ..lexicon import COUNTED_GROUP_NOUNS, GROUP_SIZES, LISTING_COPULAS, NUMBER_WORDS
from ..mentions import Mention
from ..rules import Phase, rule
from ..segment import Token
from ..syntax import token_keys
from ..timex import TimeExpression
from .members import PERSON

__all__ = ["CountedGroup", "members", "named_group", "substituted"]

_REACH = 8  # tokens from "with" to the group's noun at most: "with the presidents of five African countries"
_Spanned = TypeVar("_Spanned", Mention, TimeExpression)


@attrs.frozen
class CountedGroup:
    """A counted plural group at tokens ``start:end`` of a sentence, and how many it counts."""

    start: int
    end: int
    size: int


def _count(key: str) -> int:
    """The number a word counts (two or more), else 0: "five", "5"."""
    if key.isdigit():
        return int(key)
    return NUMBER_WORDS.get(key, 0) if key in GROUP_SIZES or key in ("six", "seven", "eight", "nine", "ten") else 0


def named_group(
    tokens: Sequence[Token], mentions: Sequence[Mention], *, keys: Sequence[str] | None = None
) -> CountedGroup | None:
    """The counted group after "with" that names no one: "with presidents of five African countries".

    ``keys``, if given, are the tokens' keys (:attr:`~diplomacy_events.segment.Sentence.keys`).

    >>> from diplomacy_events.segment import tokenize
    >>> named_group(tokenize("Abe held talks with the leaders of three countries on Monday."), [])
    CountedGroup(start=4, end=9, size=3)
    """
    keys = token_keys(tokens) if keys is None else keys
    if _WITH.isdisjoint(keys):  # (hashes each key in C: a list's "in" compares every key)
        return None
    named = {i for m in mentions if m.kind is PERSON for i in range(m.start, m.end)}
    for at, key in enumerate(keys):
        if key != "with":
            continue
        size = 0
        for end in range(at + 1, min(len(keys), at + 1 + _REACH)):
            if keys[end] in (",", ".", ";") or end in named:
                break
            size = size or _count(keys[end])
            if size >= 2 and keys[end] in COUNTED_GROUP_NOUNS:
                return CountedGroup(at + 1, end + 1, size)
    return None


_WITH = frozenset({"with"})


@rule(
    "sentence.named-next",
    Phase.SENTENCE,
    "A counted group after 'with' that names no one ('held separate meetings with the leaders of three "
    "countries') is the leaders the next sentence lists as that many ('The three leaders are A, B and C'): "
    "the first sentence is read with the list in the group's place.",
    "Prime Minister Shinzo Abe on Monday held separate meetings with the leaders of three Asian countries.\n"
    "The three leaders are President Joko Widodo of Indonesia, Prime Minister Nguyen Tan Dung of Vietnam "
    "and President Benigno Aquino of the Philippines.",
    published="2015-07-07",
)
def members(tokens: Sequence[Token], mentions: Sequence[Mention], size: int) -> list[Mention]:
    """The leaders a sentence lists as a group of ``size``: "The five leaders are A, B, C, D and E.", else none.

    >>> from diplomacy_events.segment import tokenize
    >>> members(tokenize("The two leaders are A and B."), [], 2)
    []
    """
    keys = token_keys(tokens)
    opening = keys[1:4] if keys[:1] == ["the"] else keys[:3]
    if len(opening) < 3 or _count(opening[0]) != size or opening[2] not in LISTING_COPULAS:
        return []
    listed = [m for m in mentions if m.kind is PERSON and m.is_leader]
    return listed if len(listed) == size else []


def _shifted(items: Sequence[_Spanned], low: int, high: int, by: int) -> list[_Spanned]:
    return [attrs.evolve(m, start=m.start + by, end=m.end + by) for m in items if low <= m.start and m.end <= high]


def substituted(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    group: CountedGroup,
    listed: tuple[Sequence[Token], Sequence[Mention], Sequence[Mention]],
) -> tuple[list[Token], list[Mention], list[TimeExpression]]:
    """The tokens, mentions and times of a sentence with the listed leaders (tokens and their mentions) in the
    counted group's place (``listed``: the next sentence's tokens, its listed leaders and all its mentions)."""
    named_tokens, named, every = listed
    first, last = min(m.start for m in named), max(m.end for m in named)
    if last < len(named_tokens) and named_tokens[last].key == "of":
        last += 2  # "... and President C of the Philippines": the last one's country
        last += int(last < len(named_tokens) and named_tokens[last - 1].key == "the")
    inserted = last - first
    shift = group.start + inserted - group.end
    out_tokens = [*tokens[: group.start], *named_tokens[first:last], *tokens[group.end :]]
    out_mentions = [
        *_shifted(mentions, 0, group.start, 0),
        *_shifted(every, first, last, group.start - first),
        *_shifted(mentions, group.end, len(tokens), shift),
    ]
    out_times = [*_shifted(times, 0, group.start, 0), *_shifted(times, group.end, len(tokens), shift)]
    return out_tokens, out_mentions, out_times
