"""Stage 1: page chrome, transcript turns and repeated paragraphs.

:func:`normalize` never rewrites the text: it returns a *masked* copy of the
same length (markup and control characters blanked out) and the blocks of
it worth reading, so every later offset is an offset into the input itself.

>>> doc = normalize("Get link\\nSHAPIRO: Putin met Erdogan on Monday in Sochi.\\n")
>>> [(b.kind.value, b.speaker, doc.text[b.start:b.end]) for b in doc.blocks]
[('chrome', None, 'Get link'), ('body', 'SHAPIRO', 'Putin met Erdogan on Monday in Sochi.')]

HTML given as text is read, not refused: tags, entities, comments and the
contents of ``<script>`` and ``<style>`` are blanked, so offsets
still point into the HTML. Control characters (NUL included) and
zero-width characters are blanked too. Every step is linear in the text's
length.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from itertools import pairwise

import attrs

from .copies import record

__all__ = ["Block", "BlockKind", "Document", "fold", "normalize"]

_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\ufeff]"  # control and zero-width characters
# Markup and characters that carry no words; each is blanked to spaces of equal length.
_MASK = re.compile(
    r"<[^<>\n]{0,400}>"  # a tag
    r"|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"  # an entity
    r"|" + _CONTROL
)
_UNMASKED = re.compile(_CONTROL)  # without these, nor "<" or "&", a text has nothing to blank
#: A turn's label: a name, perhaps its office after a comma ("JANE ROE, PRIME MINISTER OF SAINT LUCIA: ...").
_SPEAKER = re.compile(r"(?P<name>Q|[A-Z][A-Z.'’ -]{0,40}[A-Z.])(?:, [A-Z][A-Z ]{0,40})?: |(?P<asks>Q) (?=[A-Z(])")
#: A turn's label inside a line of turns run together, after the end of the turn before: ". THE PRESIDENT: Well".
_INLINE_TURN = re.compile(r"(?<=[.?!] )(?:Q|[A-Z][A-Z.'’ -]{0,40}[A-Z.]): (?=[A-Z\"“(])")
_LABEL = re.compile(  # a turn's label on its own line
    r"(?P<name>Q|[A-Z][A-Z.'’ -]{0,40}[A-Z.])(?:, [A-Z][A-Z ]{0,40})?:$"
)
# A line the page adds around the story: a caption, a file photo, a link to another story.
# A line the page adds around the story that points to another: "RELATED: ...", "Read more: ...". (A caption is
# read: a file photo may show an encounter of its own, and one of the story's folds into it.)
_FURNITURE = re.compile(
    r"(?:related(?: documents| links| stories| news| articles| story)?|read more|read also|also read|see also"
    r"|more on this|recommended|watch|listen)\s*[:|]",
    re.IGNORECASE,
)
# A turn's label in title case, as official transcripts write it: "President of Russia Vladimir Putin: ...",
# "President of the People's Republic of China Xi Jinping (retranslated): ..." (two capitalised words at least).
_WORD = r"(?:[A-Z][\w'’.-]*|of|the|and|de|da|bin|al)"
_TITLED = re.compile(rf"(?P<name>[A-Z][\w'’.-]* {_WORD}(?: {_WORD}){{0,10}})(?P<note> \([a-z][^)]{{0,30}}\))?: ")
#: A headline's kicker in capitals before a colon ("LIVE: ASEAN summit in Manila", "BREAKING: ..."): no speaker.
_KICKERS = frozenset(
    {"LIVE", "LIVE UPDATES", "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION"}
    | {"EXPLAINER", "FACT CHECK", "EDITORIAL", "COMMENT", "VIDEO", "PHOTOS", "WATCH", "DEVELOPING", "JUST IN"}
)
# A parliamentary record's speaker line (Hansard): "The Prime Minister (Boris Johnson)", "Jeremy Corbyn (Islington
# North) (Lab)": an office or a name, the member's name or seat in brackets, a party after it.
_MEMBER = re.compile(
    r"(?P<head>[A-Z][\w'’.-]*(?: [\w'’.-]+){0,5}) \((?P<name>[A-Z][\w'’., -]{1,40})\)(?: \([\w'’., -]{1,30}\))?"
)
_BULLET = re.compile(r"[-•*–] ")
_TERMINAL = frozenset('.!?:;"”’)')
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"  # words split by spaces the class lacks: no backtracking blow-up
_BYLINE = re.compile(rf"By (?P<names>{_NAME}(?: and {_NAME})?)$")


def fold(text: str) -> str:
    """The look-up key of a name: accents stripped, case folded, quotes unified.

    >>> fold("Erdoğan") == fold("ERDOGAN")
    True
    """
    if text.isascii():  # the common case, and the same result as below, only faster
        return " ".join(text.casefold().replace("-", " ").split())
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    return " ".join(text.casefold().replace("-", " ").split())


class BlockKind(enum.Enum):
    """What a block of text is, and so whether later stages read it."""

    BODY = "body"
    HEADING = "heading"
    CHROME = "chrome"
    DUPLICATE = "duplicate"
    ITEM = "item"  # a bullet item that is no sentence: "- President X of Y [in person]"


# Enum members read per item, as module names (why: see events/members.py, which this module cannot import).
_BODY = BlockKind.BODY
_READ = (BlockKind.BODY, BlockKind.ITEM)  # the blocks later stages read


@record(kw_only=True)
class Block:
    """A paragraph (or a bullet item wrapped over lines) at ``start:end`` of the text."""

    start: int
    end: int
    kind: BlockKind
    speaker: str | None = None
    bullet: bool = False  # the line began with a bullet ("- ", "• "), which ``start`` skips


@attrs.frozen(kw_only=True)
class Document:
    """The masked text, its blocks, and what the layout says about the source."""

    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    transcript: bool = False

    @property
    def body(self) -> tuple[Block, ...]:
        """The blocks later stages read: body paragraphs and list items."""
        return tuple(block for block in self.blocks if block.kind in _READ)


# Elements whose content is no text at all: blanked from the opening tag to the closing one.
_HIDDEN = re.compile(r"<(script|style)\b|<!--", re.IGNORECASE)
_HIDDEN_END = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
    "<!--": re.compile(r"-->"),
}
_NOT_NEWLINE = re.compile(r"[^\n]")


def _hidden(text: str) -> str:
    """``text`` with HTML scripts, styles and comments blanked, line breaks kept.

    Linear: an element whose end tag is missing is left alone, and so is every
    later element of that kind (their end tags are missing too).
    """
    if "<" not in text:
        return text
    pieces: list[str] = []
    position = done = 0
    unclosed: set[str] = set()
    while (opening := _HIDDEN.search(text, position)) is not None:
        kind = (opening.group(1) or "<!--").lower()
        closing = None if kind in unclosed else _HIDDEN_END[kind].search(text, opening.end())
        if closing is None:
            unclosed.add(kind)
            position = opening.end()
            continue
        pieces += [text[done : opening.start()], _NOT_NEWLINE.sub(" ", text[opening.start() : closing.end()])]
        position = done = closing.end()
    return "".join([*pieces, text[done:]]) if pieces else text


def _blank(match: re.Match[str]) -> str:
    """Spaces as long as the match; an ampersand entity keeps its "&", which joins names, and an apostrophe's
    entity ends in its apostrophe, which makes a possessive ("Takaichi&apos;s" is read "Takaichi     's")."""
    found = match.group()
    lowered = found.lower()
    if lowered in _AMPERSANDS:
        return "&" + " " * (len(found) - 1)
    if lowered in _APOSTROPHES:
        return " " * (len(found) - 1) + "'"
    return " " * len(found)


_AMPERSANDS = frozenset({"&amp;", "&#38;", "&#x26;"})
_APOSTROPHES = frozenset({"&apos;", "&#39;", "&#039;", "&#x27;", "&rsquo;", "&#8217;"})


def _mask(text: str) -> str:
    if "<" not in text and "&" not in text and _UNMASKED.search(text) is None:
        return text  # the common case: nothing to blank
    return _MASK.sub(_blank, _hidden(text))


# a line's text without the white space around it: from its first visible character to its last
_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) with surrounding white space trimmed.

    >>> _lines("  Putin met Xi. \\n\\n\\tThey spoke.")
    [(2, 15), (19, 30)]
    """
    return [match.span() for match in _LINE.finditer(text)]


_MENU_BARS = 2  # "Politics | World | Economy": a page's menu separates its links with bars


def _menu(line: str) -> bool:
    """Whether a line is a page's menu of links ("Home | News | Politics | World"), no sentence."""
    return line.count(" | ") >= _MENU_BARS and line.rstrip()[-1:] not in _TERMINAL


def _key(line: str) -> str:
    """What two repeats of a line share: they differ at most in case and spacing."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line.casefold()  # single spaces between words (no other white space prints): as below, only faster
    return " ".join(line.casefold().split())


def _is_sentence_like(line: str) -> bool:
    return line[-1] in _TERMINAL or len(line.split()) >= 12


def _turns_split(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines, each that opens with a turn's label split before every other label it runs on to: a transcript
    whose turns were run together into one paragraph ("Q: Did you meet him? THE PRESIDENT: I did.").

    >>> text = "Q: Did you meet him? THE PRESIDENT: I did. PRIME MINISTER ABE: Yes."
    >>> [text[start:end] for start, end in _turns_split(text, [(0, len(text))])]
    ['Q: Did you meet him?', 'THE PRESIDENT: I did.', 'PRIME MINISTER ABE: Yes.']
    """
    split: list[tuple[int, int]] = []
    for start, end in lines:
        opening = _SPEAKER.match(text, start, end)
        if opening is None or opening.group("name") in _KICKERS:
            split.append((start, end))
            continue
        for label in _INLINE_TURN.finditer(text, opening.end(), end):
            split.append((start, label.start() - 1))
            start = label.start()
        split.append((start, end))
    return split


def _joined(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a bullet item that wrapped onto the next line ("- Prime Minister" + "Narendra Modi's visit ..."), and a
    sentence broken off at a single line break ("... to Australia on" + "October 20 ...")."""
    joined: list[tuple[int, int]] = []
    for start, end in lines:
        if joined:
            prev_start, prev_end = joined[-1]
            prev = text[prev_start:prev_end]
            gap = text[prev_end:start]
            wraps = prev[-1] not in _TERMINAL and gap.count("\n") == 1 and not _BULLET.match(text, start)
            complete = prev[-1] == "]" or text[end - 1] == ":"  # "[in person]" ends an item; "At noon:" opens a list
            if (
                wraps
                and not complete
                and (_BULLET.match(prev) or text[start].islower() or _open_ended(prev))
                and not _after_item(prev, text[start:end])
            ):
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    return joined


def _open_ended(line: str) -> bool:
    """Whether a line is a sentence broken off at a word no sentence ends with ("... a visit to Australia on", and
    "October 20." on the next line): the next line goes on with it, a capital or not.

    >>> _open_ended("The Premier is to pay a visit to Chile on"), _open_ended("Talks with")
    (True, False)
    """
    words = line.split()
    return len(words) >= _SENTENCE_WORDS and words[-1] in _OPEN_ENDS


def _after_item(item: str, line: str) -> bool:
    """Whether ``line`` is a sentence of its own after a finished bullet item: "- President X of Brazil" and then
    "The Prime Minister also spoke with Y." (not "- Prime Minister X of the" and then "Netherlands [in person]").

    >>> _after_item("- President Lula of Brazil", "The Prime Minister also met the King of Spain.")
    True
    >>> _after_item("- Prime Minister Mark Rutte of the", "Netherlands, with whom he discussed the budget.")
    False
    """
    words = item.split()
    last = words[-1].lower()
    return (
        len(words) <= _ITEM_WORDS  # an entry, not a wrapped sentence ("- Putin lost no time in ... with President")
        and line.split(None, 1)[0] in _OPENERS  # "The Prime Minister also ...", not "Narendra Modi's visit ..."
        and line[-1] in _TERMINAL
        and len(line.split()) >= _SENTENCE_WORDS
        and last not in _OPEN_ENDS
        and last[-1:].isalnum()
    )


_SENTENCE_WORDS = 6  # a line this long that opens with a capital and ends a sentence is one of its own
_ITEM_WORDS = 9  # a bullet item of a list of counterparts is no longer ("- Prime Minister X of Y [in person]")
#: Words that open a sentence of its own, not the rest of a name that wrapped ("- Indian Prime Minister" + "Narendra
#: Modi's visit ...").
_OPENERS = frozenset(
    {"The", "A", "An", "He", "She", "They", "It", "His", "Her", "Their", "This", "That", "These", "Those", "We", "I"}
    | {"In", "On", "At", "During", "After", "Before", "Later", "Earlier", "Also", "Both", "Each", "All"}
)
_OPEN_ENDS = frozenset({"of", "the", "and", "for", "with", "to", "in", "at", "on", "a", "an", "de", "da", "von", "van"})


_WRAP_LINE = 40  # a line this long that ends mid-sentence may be a hard-wrapped paragraph's
_WRAP_BAND = 25  # the widths of a hard-wrapped text's lines differ by at most this
_WRAP_WIDTH = 100  # and are at most this wide


def _unwrapped(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A hard-wrapped text's paragraphs: its lines, each joined to the next while it ends mid-sentence.

    Plain-text wires wrap paragraphs at a fixed width ("... met the leaders" / "of four states ..."), with no
    blank line between paragraphs. A text is hard-wrapped when most of its long lines end
    mid-sentence right above another line and are of one width, give or take :data:`_WRAP_BAND` characters.
    """
    long = sum(end - start >= _WRAP_LINE for start, end in lines)
    wrapped = [
        end - start
        for (start, end), (following, _) in pairwise(lines)
        if end - start >= _WRAP_LINE and text[end - 1] not in _TERMINAL and text[end:following].count("\n") == 1
    ]
    if len(wrapped) < 3 or len(wrapped) < 0.6 * long or max(wrapped) > _WRAP_WIDTH:
        return lines
    if max(wrapped) - min(wrapped) > _WRAP_BAND:
        return lines
    joined: list[tuple[int, int]] = []
    for start, end in lines:
        if joined:
            prev_start, prev_end = joined[-1]
            last_line = text.rfind("\n", prev_start, prev_end) + 1 or prev_start
            if (
                prev_end - max(last_line, prev_start) >= min(wrapped)
                and text[prev_end - 1] not in _TERMINAL
                and text[prev_end:start].count("\n") == 1
            ):
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    return joined


def _titled_turns(masked: str, lines: Sequence[tuple[int, int]]) -> bool:
    """Whether the text is in turns labelled by title and name ("President Lula: ..."): two such labels, or one
    with a translator's note ("President of Brazil Lula (retranslated): ..."), which no headline has.

    >>> _titled_turns("President of Brazil Lula (via interpreter): Welcome.", [(0, 52)])
    True
    >>> _titled_turns("President Lula: A Profile", [(0, 25)])
    False
    """
    turns = [m for start, end in lines if (m := _TITLED.match(masked, start, end)) is not None]
    return len(turns) >= 2 or any(m.group("note") for m in turns)


def _members(masked: str, lines: Sequence[tuple[int, int]]) -> dict[str, str]:
    """The speaker lines of a parliamentary record, each head with the speaker it names ("The Prime Minister" ->
    "Boris Johnson", "Jeremy Corbyn" -> "Jeremy Corbyn"): lines of :data:`_MEMBER` with a sentence after them, two
    at least (a record's heads speak again under the head alone: "The Prime Minister").

    >>> text = "The Prime Minister (Boris Johnson)\\nI met Modi.\\nJane Roe (Leeds) (Lab)\\nDid you?"
    >>> _members(text, [(0, 34), (35, 46), (47, 69), (70, 78)])
    {'The Prime Minister': 'Boris Johnson', 'Jane Roe': 'Jane Roe'}
    """
    heads: dict[str, str] = {}
    for k in [k for k, (_, end) in enumerate(lines[:-1]) if masked[end - 1] == ")"]:  # most lines end otherwise
        (start, end), (after, after_end) = lines[k], lines[k + 1]
        found = _MEMBER.fullmatch(masked, start, end)
        if (
            found is None
            or not _is_sentence_like(masked[after:after_end])
            or _MEMBER.fullmatch(masked, after, after_end)
        ):
            continue
        head = found.group("head")
        heads[head] = found.group("name") if head.startswith("The ") else head
    return heads if len(heads) >= 2 else {}


def _member(line: str, heads: dict[str, str]) -> str | None:
    """The speaker a parliamentary record's line names, if it is one of its speaker lines (see :func:`_members`)."""
    found = _MEMBER.fullmatch(line)
    head = found.group("head") if found is not None else line
    return heads.get(head)


def normalize(text: str) -> Document:
    """Split ``text`` into blocks and tell body text from chrome, headings and repeats."""
    masked = _mask(text)
    blocks: list[Block] = []
    seen: set[str] = set()
    title: str | None = None
    authors: list[str] = []
    speakers = 0
    body_seen = False
    headline, headline_words = "", 0  # a sentence-case headline, when no line is in title case
    lines = _turns_split(masked, _joined(masked, _unwrapped(masked, _lines(masked))))
    labels = sum(_LABEL.match(masked, start, end) is not None for start, end in lines) >= 2
    titled = _titled_turns(masked, lines)
    members = _members(masked, lines)
    label: str | None = None  # the speaker of the turn a label line opened
    for start, end in lines:
        line = masked[start:end]
        if _FURNITURE.match(line):
            blocks.append(Block(start=start, end=end, kind=BlockKind.CHROME))  # a link to another story: no story
            continue
        member = _member(line, members) if members else None
        if member is not None:  # "The Prime Minister (Boris Johnson)": the turn is the lines that follow
            label, speakers = member, speakers + 1
            blocks.append(Block(start=start, end=end, kind=BlockKind.CHROME, speaker=member))
            continue
        speaker = None
        turn = (
            _SPEAKER.match(line)
            or (_LABEL.match(line) if labels else None)
            or (_TITLED.match(line) if titled else None)
        )
        name = turn and (turn.group("name") or turn.groupdict().get("asks"))  # "Q Thank you, Mr. President."
        if turn and name and not name.isdigit() and name.strip() not in _KICKERS:
            speaker = name.strip()
            speakers += 1
            if ", BYLINE" in turn.group():
                authors.append(speaker.title())
            if turn.end() == len(line):  # "NEHA MODI:" alone: the turn is the lines that follow
                label = speaker
                blocks.append(Block(start=start, end=end, kind=BlockKind.CHROME, speaker=speaker))
                continue
            label = speaker  # the turn goes on in the lines after it, up to the next label
            start += turn.end()
            line = masked[start:end]
        speaker = speaker or label
        bullet = _BULLET.match(line) is not None
        if bullet:
            start += 2
            line = masked[start:end]
        byline = _BYLINE.match(line)
        key = _key(line)
        if byline:
            authors += byline.group("names").split(" and ")
            kind = BlockKind.CHROME
        elif _menu(line):
            kind = BlockKind.CHROME
        elif bullet and not _is_sentence_like(line):
            kind = BlockKind.ITEM
        elif not _is_sentence_like(line):
            words = line.split()
            capitalised = sum(w[:1].isupper() for w in words)
            is_title = len(words) >= 4 and capitalised >= 0.6 * len(words)
            if not body_seen and len(words) >= max(5, headline_words + 1):
                headline, headline_words = " ".join(words), len(words)  # the longest line before the body
            if is_title and title is None:
                title = " ".join(words)
            kind = BlockKind.HEADING if is_title or len(words) >= 3 else BlockKind.CHROME
        elif key in seen:
            kind = BlockKind.DUPLICATE
        else:
            kind = _BODY
        seen.add(key)
        body_seen = body_seen or kind is _BODY
        blocks.append(Block(start=start, end=end, kind=kind, speaker=speaker, bullet=bullet))
    return Document(
        text=masked,
        blocks=tuple(blocks),
        title=title or headline or None,
        authors=tuple(dict.fromkeys(authors)),
        transcript=speakers >= 2,
    )
