"""Stage 2: paragraphs, sentences and tokens, each with offsets into the text.

>>> doc_text = "Mr. Putin met Erdogan. They spoke in Sochi."
>>> [s.text(doc_text) for s in sentences(doc_text, 0, len(doc_text))]
['Mr. Putin met Erdogan.', 'They spoke in Sochi.']

Every step is linear in the text's length. So that the later stages, which
compare the mentions of a sentence with each other, stay linear on hostile
input too, a sentence longer than :data:`MAX_SENTENCE_TOKENS` tokens is cut
(after a comma or semicolon where one is near) and a paragraph of more than
:data:`MAX_PARAGRAPH_SENTENCES` sentences is split. News sentences are far
shorter (the longest in the development set has about 100 tokens).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from itertools import accumulate, compress, repeat
from operator import attrgetter
from typing import NamedTuple

import attrs

from .copies import record
from .normalize import Block, BlockKind, Document, fold

__all__ = [
    "MAX_PARAGRAPH_SENTENCES",
    "MAX_SENTENCE_TOKENS",
    "Paragraph",
    "Sentence",
    "Token",
    "dateline_end",
    "hyphenated",
    "segment",
    "sentences",
    "token_keys",
    "tokenize",
]

# Enum members read per item, as module names (why: see events/members.py, which this module cannot import).
_ITEM = BlockKind.ITEM

#: A longer run of tokens without a sentence end is cut into pieces of at most this many.
MAX_SENTENCE_TOKENS = 256
#: A paragraph with more sentences is split into paragraphs of at most this many.
MAX_PARAGRAPH_SENTENCES = 64
# where a piece of an over-long sentence may end, best first
_SOFT_BREAKS = (";", ":", ",", ")", "”", '"')

# Nothing follows the parts of a word in a token, so the regex engine need keep no place to go back to among them:
# a possessive repeat ("*+", from Python 3.11) says so and matches faster; Python 3.10 reads the plain one ("*"),
# which makes the same tokens.
_PARTS = "*+" if sys.version_info >= (3, 11) else "*"
# Alternatives never overlap in what they can start with at one position and
# none nests quantifiers, so matching is linear in the text's length.
_TOKEN = re.compile(
    r"[A-Za-z]\.(?:[A-Za-z]\.)+"  # U.S., U.N. (as "(?:[A-Za-z]\.){2,}", which the regex engine tries more slowly)
    r"|[^\W_]+(?:['’](?!(?:[sS]|[lL]{2}|[rR][eE]|[vV][eE]|[dD]|[mM])\b)[^\W_]+)"  # words, O'Neill
    + _PARTS
    + r"|['’](?:[sS]|[lL]{2}|[rR][eE]|[vV][eE]|[dD]|[mM])\b"  # the possessive 's and clitics: he'll, I'm
    r"|[^\w\s-]"  # one punctuation mark; hyphens join words and are dropped
)
# the same, as one group to split by: the pieces alternate between gaps and tokens. No token begins with a space
# or a hyphen, so the lookahead, which the regex engine tests first, passes over them at once.
_TOKEN_SPLIT = re.compile(f"(?=[^\\s-])({_TOKEN.pattern})")
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "prof",
        "pres",
        "chanc",
        "jr",
        "sr",
        "vs",
        "etc",
        "rt",
        "hon",
        "amb",
        "adm",
        "brig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "ltd",
    )
)
_NUMBERED = frozenset(("no", "vol"))  # "No. 10", "Vol. 3": abbreviations before a number only ("No. They met.")
_CLOSERS = frozenset("\"”’')")
_ENDS = frozenset(".!?")
_MARKS = _ENDS | _CLOSERS  # the tokens where a sentence may end
_KEY = attrgetter("key")


class Token(NamedTuple):
    """A word or punctuation mark: its text, offsets and look-up key."""

    text: str
    start: int
    end: int
    key: str

    @property
    def capitalised(self) -> bool:
        """Whether the token starts with an upper-case letter."""
        return self.text[:1].isupper()


# Token texts repeat (Zipf): fold each distinct one once, into a bounded dict.
_KEYS: dict[str, str] = {}
_KEYS_LIMIT = 1 << 16


def _keys(words: list[str]) -> list[str]:
    """The look-up keys of ``words``; each word not seen before is folded once.

    No key is empty: a word that folds to nothing (a lone diaeresis, "¨") is its own key.

    >>> _keys(["Erdoğan", "¨"])
    ['erdogan', '¨']
    """
    try:  # the common case: every word seen before (try, not contextlib.suppress: no Python-level calls)
        return list(map(_KEYS.__getitem__, words))
    except KeyError:
        pass
    new = set(words).difference(_KEYS)
    if len(_KEYS) + len(new) > _KEYS_LIMIT:
        _KEYS.clear()
        new = set(words)
    _KEYS.update((word, fold(word) or word) for word in new)
    return list(map(_KEYS.__getitem__, words))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    >>> [t.text for t in tokenize("Xi's visit to the U.S.")]
    ['Xi', "'s", 'visit', 'to', 'the', 'U.S.']
    >>> [t.text for t in tokenize("He'll meet O'Neill")]
    ['He', "'ll", 'meet', "O'Neill"]
    """
    return list(_tokenized(text, start, end)[0])


def _tokenized(text: str, start: int, end: int | None) -> tuple[tuple[Token, ...], tuple[str, ...], list[str]]:
    """The tokens of ``text[start:end]``, their keys (tuples, which :func:`sentences` slices) and their texts."""
    # Splitting keeps the gaps, so offsets are running sums of piece lengths:
    # every per-token step below runs in C, not in a Python loop.
    pieces = _TOKEN_SPLIT.split(text[start:end])
    bounds = list(accumulate(map(len, pieces), initial=start))
    words = pieces[1::2]
    keys = tuple(_keys(words))
    fields = zip(words, bounds[1:-1:2], bounds[2::2], keys, strict=True)
    return tuple(map(tuple.__new__, repeat(Token), fields)), keys, words


def token_keys(phrase: str) -> tuple[str, ...]:
    """The keys a phrase is matched by (as :func:`tokenize` would make them).

    >>> token_keys("President Erdoğan's")
    ('president', 'erdogan', "'s")
    """
    return tuple(_keys(_TOKEN_SPLIT.split(phrase)[1::2]))


def hyphenated(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows the token before it across a single dropped hyphen ("8-10", "ASEAN-GCC")."""
    return 0 < i < len(tokens) and tokens[i].start - tokens[i - 1].end == 1


_DATELINE_ENDS = frozenset({"—", "–", ":"})
_DATELINE_REACH = 10  # tokens of date and agency between the place and its dash: ", March 17 (Reuters)"


def dateline_end(tokens: Sequence[Token]) -> int:
    """Where a dateline that opens a sentence ends, or 0 when there is none.

    A dateline is a place in capitals and its dash or colon, maybe with a
    date and an agency between: "BRUSSELS -", "NEW DELHI:", "(ANKARA) -",
    "TOKYO, March 17 (Reuters) -"; or a place and a day closed by a full
    stop, maybe after an agency's credit in brackets: "(Agency) ROME,
    March 3." It names where the story was filed, no event's place or party.

    >>> text = "ANKARA (Wire) - Talks went on."
    >>> [t.text for t in tokenize(text)][dateline_end(tokenize(text)) :]
    ['Talks', 'went', 'on', '.']
    >>> text = "(A.A.P.-Wire) ROME, March 3. Talks went on."
    >>> [t.text for t in tokenize(text)][dateline_end(tokenize(text)) :]
    ['Talks', 'went', 'on', '.']
    """
    if not tokens or not (tokens[0].text.isupper() or tokens[0].key == "("):
        return _agency_paren_end(tokens)  # the common case, settled at once
    first = place = _credited(tokens) if tokens[0].key == "(" else 0
    while place < len(tokens) and tokens[place].text.isupper() and tokens[place].key.isalpha():
        place += 1
    if place >= len(tokens) or sum(len(t.key) for t in tokens[first:place]) < 3:
        return 0
    for j in range(place, min(len(tokens), place + _DATELINE_REACH)):
        token = tokens[j]
        if token.key in _DATELINE_ENDS:
            return j + 1
        if token.key == "/":
            return _agency_end(tokens, j)
        if token.key == "." and tokens[j - 1].key.isdigit() and (j + 1 == len(tokens) or tokens[j + 1].key != "/"):
            return j + 1  # "PEKING, February 22. President ...": a day and a full stop close it
        if token.start - tokens[j - 1].end >= len(" - "):  # the dash the tokenizer drops
            return j
        if j == place and token.key not in (",", "(", ")"):
            return 0  # "US President Biden ...": capitals that open a sentence
        if token.key.isalpha() and token.text.islower():
            return 0
    return 0


_PAREN_DATE = 5  # tokens of the day between its comma and the agency's parenthesis: "Nov 29", "3/17/2004"
_PAREN_SHORTEST = 6  # tokens of the shortest such dateline: a place, its comma, a day, "(", the agency and ")"


def _agency_paren_end(tokens: Sequence[Token]) -> int:
    """Where a dateline of a place in ordinary capitals, a day and an agency between parentheses ends ("Kathmandu,
    Nov 29 (PTI) Oli will ..."; "Rio de Janeiro, 3/17/2004 (Agencia Brasil - ABr) - ...", a day in figures and an
    agency of several words before a dash): the body begins right after the closing parenthesis (0 when none).

    >>> tokens = tokenize("Lima, May 3 (AFP) Boric met Lula.")
    >>> [t.text for t in tokens][_agency_paren_end(tokens) :]
    ['Boric', 'met', 'Lula', '.']
    >>> tokens = tokenize("Sao Paulo, 5/3/2023 (Agencia Sul - AS) - Boric met Lula.")
    >>> [t.text for t in tokens][_agency_paren_end(tokens) :]
    ['Boric', 'met', 'Lula', '.']
    >>> _agency_paren_end(tokenize("Lula, 77 (PT) met Boric."))
    0
    """
    if len(tokens) < _PAREN_SHORTEST:
        return 0
    # a place of one to three words before its comma: "Kathmandu, Nov 29 (PTI)", "Rio de Janeiro, 3/17/2004 (ABr)"
    comma = 1 if tokens[1].key == "," else 2 if tokens[2].key == "," else 3 if tokens[3].key == "," else 0
    if not comma or not tokens[0].text[:1].isupper() or not tokens[0].key.isalpha():  # the common case: no comma
        return 0
    if not all(t.key.isalpha() and (t.text[:1].isupper() or t.key in _PLACE_PARTICLES) for t in tokens[:comma]):
        return 0
    opening = next(
        (i for i in range(comma + 2, min(len(tokens), comma + 2 + _PAREN_DATE)) if tokens[i].key == "("), None
    )
    if opening is None:
        return 0
    close = next(
        (i for i in range(opening + 2, min(len(tokens), opening + 2 + _AGENCY_WORDS)) if tokens[i].key == ")"), 0
    )
    if not close:
        return 0
    day = tokens[comma + 1 : opening]
    if not any(t.key.isdecimal() for t in day) or not all(t.key.isalnum() or t.key in (".", "/") for t in day):
        return 0
    agency = tokens[opening + 1 : close]
    if len(agency) == 1:
        months = day[0].key.rstrip(".")[:3] in _MONTH_STEMS
        text = agency[0].text
        return close + 1 if text.isupper() and text.isalpha() and len(text) >= 2 and months else 0
    figures = "/" in map(_KEY, day)  # "3/17/2004"
    named = all(t.text[:1].isupper() and t.key.isalpha() for t in agency)
    dash = close + 1 < len(tokens) and tokens[close + 1].start - tokens[close].end >= len(" - ")  # the dropped dash
    return close + 1 if figures and named and dash else 0


_PLACE_PARTICLES = frozenset({"de", "da", "do", "del", "di", "la", "el", "es"})  # "Rio de Janeiro", "Dar es Salaam"
_AGENCY_WORDS = 5  # tokens of an agency's name between parentheses: "(Agencia Brasil - ABr)"


_MONTH_STEMS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})


def _credited(tokens: Sequence[Token]) -> int:
    """Where the place of a dateline that opens with a bracket stands: after an agency's credit in brackets
    ("(A.A.P.-Wire) ROME, March 3."), else inside the bracket ("(ANKARA) -").

    >>> _credited(tokenize("(A.A.P.-Wire) ROME, March 3.")), _credited(tokenize("(ANKARA) - Talks"))
    (4, 1)
    """
    close = next((i for i in range(2, min(len(tokens), _CREDIT_REACH)) if tokens[i].key == ")"), 0)
    if not close:
        return 1
    end = after = close + 1
    while end < len(tokens) and tokens[end].text.isupper() and tokens[end].key.isalpha():
        end += 1  # "NEW DELHI"
    return after if after < end < len(tokens) and tokens[end].key == "," else 1


_CREDIT_REACH = 10  # tokens of an agency's credit in brackets before a dateline's place: "(N.Z.P.A.-Reuter—Copyright)"


def _agency_end(tokens: Sequence[Token], j: int) -> int:
    """Where an agency's name between slashes that closes a dateline ends, at ``tokens[j]`` (its first slash), with
    the full stop after it: "ASTANA, May 4. /TASS/." (0 when no such name stands there).

    >>> tokens = tokenize("OSLO, June 2. /NTB/. Talks went on.")
    >>> [t.text for t in tokens][_agency_end(tokens, 5) :]
    ['Talks', 'went', 'on', '.']
    """
    name = j + 1
    if name + 1 >= len(tokens) or tokens[name + 1].key != "/" or not tokens[name].text.isupper():
        return 0
    end = name + 2
    return end + 1 if end < len(tokens) and tokens[end].key == "." else end


def _agency_dateline(tokens: Sequence[Token]) -> int:
    """Where a dateline that closes with an agency's name between slashes ends ("ASTANA, May 4. /TASS/."), which
    opens ``tokens``; its full stops end no sentence (0 when there is none).

    >>> _agency_dateline(tokenize("OSLO, June 2. /NTB/. Talks went on.")), _agency_dateline(tokenize("OSLO. Talks."))
    (9, 0)
    """
    if not tokens or not (tokens[0].text.isupper() or tokens[0].key == "("):
        return 0  # the common case, settled at once
    end = dateline_end(tokens[: _DATELINE_REACH + _CREDIT_REACH])
    return end if end and (tokens[end - 1].key == "." or any(t.key == "/" for t in tokens[:end])) else 0


def _token_keys(sentence: Sentence) -> tuple[str, ...]:
    return tuple(map(_KEY, sentence.tokens))


@record(kw_only=True)
class Sentence:
    """A sentence: offsets into the text, its tokens and their look-up keys.

    ``keys`` are the tokens' keys, worked out once, from ``tokens``, for
    every stage that reads them (not an argument: they always match).

    >>> Sentence(start=0, end=9, tokens=tuple(tokenize("Xi spoke."))).keys
    ('xi', 'spoke', '.')
    """

    start: int
    end: int
    tokens: tuple[Token, ...]
    keys: tuple[str, ...] = attrs.field(init=False, default=attrs.Factory(_token_keys, takes_self=True))

    def text(self, text: str) -> str:
        """The sentence's text, sliced from the document text."""
        return text[self.start : self.end]


@record(kw_only=True)
class Paragraph:
    """A body block's sentences and the transcript speaker, if any."""

    index: int
    sentences: tuple[Sentence, ...]
    speaker: str | None = None
    bullet: bool = False  # a bullet item: an entry of a list when a heading line opens one
    item: bool = False  # a bullet item that is no sentence: read only as a list entry


def _ends_sentence(tokens: Sequence[Token], i: int) -> bool:
    token = tokens[i]
    if token.text not in ".!?":
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None:
        return True
    if following.text in _CLOSERS:
        return False  # the sentence ends after the closing quote
    if token.text == "." and i > 0:
        previous = tokens[i - 1]
        if previous.end == token.start and (
            previous.key in _ABBREVIATIONS
            or (len(previous.text) == 1 and previous.text.isupper())
            or (previous.key in _NUMBERED and following.text[:1].isdigit())
        ):
            return False
    return following.text[:1].isupper() or following.text[:1].isdigit() or following.text[:1] in "\"“‘'("


def _cut(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where to end a piece of the over-long sentence ``tokens[first:last]``: after a clause mark if one is near."""
    limit = first + MAX_SENTENCE_TOKENS
    if last <= limit:
        return last
    floor = first + MAX_SENTENCE_TOKENS // 2
    for mark in _SOFT_BREAKS:
        for i in range(limit - 1, floor - 1, -1):
            if tokens[i].text == mark:
                return i + 1
    return limit


def _sentence(tokens: tuple[Token, ...], keys: tuple[str, ...]) -> Sentence:
    """``Sentence(start=..., end=..., tokens=tokens)``, given the ``keys`` its factory would work out again.

    Its fields are set as the frozen class's ``__init__`` sets them; ``attrs.evolve`` still calls ``__init__``,
    so a sentence given other tokens gets their keys.
    """
    sentence = object.__new__(Sentence)
    setattr_ = object.__setattr__
    setattr_(sentence, "start", tokens[0].start)
    setattr_(sentence, "end", tokens[-1].end)
    setattr_(sentence, "tokens", tokens)
    setattr_(sentence, "keys", keys)
    return sentence


def _pieces(tokens: tuple[Token, ...], keys: tuple[str, ...], first: int, last: int) -> list[Sentence]:
    """The sentence ``tokens[first:last]``, cut into pieces of at most :data:`MAX_SENTENCE_TOKENS` tokens."""
    found = []
    while first < last:
        end = last if last - first <= MAX_SENTENCE_TOKENS else _cut(tokens, first, last)  # mostly one piece
        found.append(_sentence(tokens[first:end], keys[first:end]))
        first = end
    return found


def sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences.

    >>> [len(s.tokens) for s in sentences("Putin met Xi. Then he left.", 0, 27)]
    [4, 4]
    """
    tokens, keys, words = _tokenized(text, start, end)
    found: list[Sentence] = []
    first = 0
    count = len(tokens)
    opening = _agency_dateline(tokens)  # "ASTANA, May 4. /TASS/. ...": the dateline's stops end no sentence
    for i in list(compress(range(count), map(_MARKS.__contains__, words))):
        word = words[i]
        if i < opening:
            continue
        if word in _ENDS:
            ends = _ends_sentence(tokens, i)
        else:  # a closing quote after the end mark, before a capital: ends there
            closes = word in _CLOSERS and i > 0 and words[i - 1] in _ENDS
            ends = closes and i + 1 < count and tokens[i + 1].capitalised
        if ends:
            found += _pieces(tokens, keys, first, i + 1)
            first = i + 1
    found += _pieces(tokens, keys, first, count)
    return found


def segment(document: Document, blocks: Sequence[Block] | None = None) -> list[Paragraph]:
    """The body blocks of ``document`` (or the given ``blocks`` of it) as paragraphs of sentences.

    >>> from diplomacy_events.normalize import normalize
    >>> [len(p.sentences) for p in segment(normalize("Putin met Xi in Moscow. They spoke."))]
    [2]
    """
    paragraphs: list[Paragraph] = []
    for block in document.body if blocks is None else blocks:
        found = sentences(document.text, block.start, block.end)
        for first in range(0, len(found), MAX_PARAGRAPH_SENTENCES):
            chunk = tuple(found[first : first + MAX_PARAGRAPH_SENTENCES])
            paragraphs.append(
                Paragraph(
                    index=len(paragraphs),
                    sentences=chunk,
                    speaker=block.speaker,
                    bullet=block.bullet,
                    item=block.kind is _ITEM,
                )
            )
    return paragraphs
