"""Stage 2: paragraphs, sentences and tokens, each with offsets into the text.

>>> doc_text = "Mr. Putin met Erdogan. They spoke in Sochi."
>>> [s.text(doc_text) for s in sentences(doc_text, 0, len(doc_text))]
['Mr. Putin met Erdogan.', 'They spoke in Sochi.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from .knowledge import fold
from .normalize import Document

__all__ = ["Paragraph", "Sentence", "Token", "segment", "sentences", "token_keys", "tokenize"]

# Alternatives never overlap in what they can start with at one position and
# none nests quantifiers, so matching is linear in the text's length.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*"  # words, O'Neill, not the possessive
    r"|['’][sS]\b"  # the possessive 's
    r"|[^\w\s-]"  # one punctuation mark; hyphens join words and are dropped
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep gov lt col maj capt sgt prof pres jr sr no vol vs etc rt hon amb adm brig "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd".split()
)
_CLOSERS = frozenset("\"”’')")


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


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    return [
        Token(m.group(), m.start(), m.end(), fold(m.group()))
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


def token_keys(phrase: str) -> tuple[str, ...]:
    """The keys a phrase is matched by (as :func:`tokenize` would make them)."""
    return tuple(token.key for token in tokenize(phrase))


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence: offsets into the text and its tokens."""

    start: int
    end: int
    tokens: tuple[Token, ...]

    def text(self, text: str) -> str:
        """The sentence's text, sliced from the document text."""
        return text[self.start : self.end]


@attrs.frozen(kw_only=True)
class Paragraph:
    """A body block's sentences and the transcript speaker, if any."""

    index: int
    sentences: tuple[Sentence, ...]
    speaker: str | None = None


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
            previous.key in _ABBREVIATIONS or (len(previous.text) == 1 and previous.text.isupper())
        ):
            return False
    return following.text[:1].isupper() or following.text[:1].isdigit() or following.text[:1] in "\"“‘'("


def sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences."""
    tokens = tokenize(text, start, end)
    found: list[Sentence] = []
    first = 0
    for i in range(len(tokens)):
        closes_quote = tokens[i].text in _CLOSERS and i > 0 and tokens[i - 1].text in ".!?"
        if _ends_sentence(tokens, i) or (closes_quote and i + 1 < len(tokens) and tokens[i + 1].capitalised):
            found.append(Sentence(start=tokens[first].start, end=tokens[i].end, tokens=tuple(tokens[first : i + 1])))
            first = i + 1
    if first < len(tokens):
        found.append(Sentence(start=tokens[first].start, end=tokens[-1].end, tokens=tuple(tokens[first:])))
    return found


def segment(document: Document) -> list[Paragraph]:
    """The body blocks of ``document`` as paragraphs of sentences."""
    return [
        Paragraph(index=index, sentences=tuple(sentences(document.text, block.start, block.end)), speaker=block.speaker)
        for index, block in enumerate(document.body)
    ]
