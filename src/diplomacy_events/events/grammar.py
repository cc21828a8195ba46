"""What the words around a trigger say: the groups of mentions before and after it, and the phrase it sits in.

Helpers the event rules share; none of them decides anything alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import (
    APPOSED_NOUNS,
    ARTICLES,
    ASIDE_OPENERS,
    CLAUSE_SUBJECTS,
    DETERMINERS,
    FRONTED_ASIDES,
    GROUP_GLUE,
    HONORIFIC_GAP,
    INDEFINITE_DETERMINERS,
    LED_BY,
    LED_GROUPS,
    LIST_INTRO,
    LIST_OPENERS,
    NUMBER_WORDS,
    OBJECT_GAP,
    OPENING_PREPOSITIONS,
    OWNERS,
    PASSIVE_AUXILIARIES,
    PHOTO_POSITIONS,
    PHRASE_ADVERBS,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    REFERRING,
)
from ..mentions import Mention
from ..segment import Token, dateline_end, hyphenated
from ..syntax import ByStart
from .members import GROUP, OFFICE, PERSON, PRONOUN, STATES

_OPENING_REACH = 8  # where an opening phrase's meeting noun may stand: "In their nearly hour-long meeting"
_WIDE_REACH = 10  # the same in a wide reading: a hyphened word is two tokens or more ("their face-to-face talks")
#: The words that may stand between a determiner or possessor and a meeting noun: "a rare two-hour call", "his first
#: formal summit with".
NOUN_MODIFIERS = 3


def past_modifiers(tokens: Sequence[Token], i: int) -> int | None:
    """Where the word before a gathering noun at ``i`` stands, past a length ("one-day", "two-day") or a word that
    only describes the gathering told ("upcoming", "annual"): its determiner, if it has one; ``None`` at the start.

    >>> from diplomacy_events.segment import tokenize
    >>> past_modifiers(tokenize("the one-day annual summit"), 4), past_modifiers(tokenize("summit"), 0)
    (0, None)
    """
    at = i - 1
    while at > 0:
        key = tokens[at].key
        if key in _DESCRIBING:
            at -= 1
        elif key in ("day", "days") and at > 1 and tokens[at - 1].key in NUMBER_WORDS and hyphenated(tokens, at):
            at -= 2
        else:
            break
    return at if at >= 0 else None


#: Words between "the" and a summit word that describe the summit told, not another ("the annual summit").
_DESCRIBING = frozenset({"annual", "upcoming", "forthcoming", "coming", "ongoing"})


def group_after(mentions: ByStart[Mention], tokens: Sequence[Token], position: int, limit: int) -> list[Mention]:
    """The coordinated group of mentions that begins soon after ``position``."""
    group: list[Mention] = []
    cursor = position
    owned = -1  # where the noun a member owns ends, when the group goes on past it: "Putin's foreign minister, A"
    for mention in mentions.between(position, limit):
        if possessive(mention) or mention.start < owned:
            continue  # a determiner, no object: "visited Russia, his first trip", "his counterparts from ..."
        past = _past_owned(mentions, tokens, mention, limit)
        if past is not None and (not group or cursor == mention.start or tokens[cursor].key in (",", "and")):
            cursor, owned = past, past  # "attended by Putin's foreign minister, A and B": Putin is no member
            continue
        if (
            group
            and group[-1].is_leader
            and mention.kind in STATES
            and [t.key for t in tokens[cursor : mention.start]] in (["of"], ["of", "the"])
        ):
            cursor = mention.end  # "Chancellor Olaf Scholz of Germany", "Tusk of the European Council": his
            while cursor < limit and tokens[cursor].capitalised and tokens[cursor].key.isalpha():
                cursor += 1  # the rest of a name the gazetteer knows in part: "of the European Commission"
            continue
        allowed = _GAP_IN_GROUP if group else _GAP_BEFORE_GROUP
        gap = _without_then_title(_unplaced(tokens[cursor : mention.start]))
        if not group and gap and gap[-1].key == "by":  # "a delegation led by X" (gated here: most gaps are short)
            gap = _without_led_group(gap)
        # first names and initials the knowledge base does not list: "Joseph R. Biden"
        while (
            gap
            and (gap[-1].capitalised or gap[-1].key == ".")
            and len(gap[-1].key) <= 12
            and mention.start - cursor - len(gap) < 3
        ):
            gap = gap[:-1]
        keys = {t.key for t in gap}
        if (not keys <= allowed and not (not group and _introduces_list(keys))) or _conjunction(keys):
            break
        group.append(mention)
        cursor = mention.end
    return group


def owns_next(mention: Mention, after: str) -> bool:
    """Whether a leader named by name owns the noun after him, ``after`` being the key that follows him: "Putin's
    (envoy)"; a group's possessive ("the Quad leaders' summit") names the group still.

    >>> owns_next(Mention(kind=PERSON, start=0, end=1, text="Putin"), "'s")
    True
    """
    return mention.kind is PERSON and after in POSSESSIVE_MARKS


def _past_owned(mentions: ByStart[Mention], tokens: Sequence[Token], owner: Mention, limit: int) -> int | None:
    """Where a group goes on past a member's possessive and the noun it owns, when another member follows: "Xi's
    | premier Li Qiang" (the titled name right after), "Putin's foreign minister, | A and B" (a few lower-case words
    and a comma or "and" before the next member); ``None`` if the owner stands alone ("met Putin's envoy").

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("met Putin's foreign minister and Lula")
    >>> putin = Mention(kind=PERSON, start=1, end=2, text="Putin")
    >>> lula = Mention(kind=PERSON, start=6, end=7, text="Lula")
    >>> _past_owned(ByStart([putin, lula]), tokens, putin, 7), _past_owned(ByStart([putin]), tokens, putin, 7)
    (5, None)
    """
    mark = owner.end
    if mark >= limit or not owns_next(owner, tokens[mark].key):
        return None
    following = next(iter(mentions.between(mark + 1, limit)), None)
    if following is None:
        return None
    if following.start == mark + 1:  # "Xi's premier Li Qiang"; not "Trump's Mar-a-Lago estate"
        return mark + 1 if following.kind in (PERSON, OFFICE) else None
    words = tokens[mark + 1 : following.start]
    end = next((i for i, t in enumerate(words) if t.key in (",", "and")), None)
    if end is None or not 0 < end <= _OWNED_WORDS:
        return None
    if not all(t.key.isalpha() and not t.capitalised for t in words[:end]):
        return None
    if not {t.key for t in words[end:]} <= _OWNED_GLUE:
        return None  # "visited Putin's residence and met Lula": the next member is another verb's
    return mark + 1 + end


_OWNED_WORDS = 3  # lower-case words of the noun a possessive owns in a group: "foreign minister", "national envoy"
_OWNED_GLUE = frozenset({",", "and", "the"})  # between that noun and the next member: ", and the"


_GAP_IN_GROUP = GROUP_GLUE | HONORIFIC_GAP  # the words between two mentions of a group
_GAP_BEFORE_GROUP = OBJECT_GAP | _GAP_IN_GROUP  # the words between a trigger and its group
_THEN_TITLE = 3  # words of a past title after "then": "then-prime minister"


def _without_then_title(gap: Sequence[Token]) -> Sequence[Token]:
    """A gap before a name without the past title that ends it: "with then-president Raisi" is "with" Raisi."""
    for i in range(max(0, len(gap) - _THEN_TITLE - 1), len(gap)):  # "and then | President X": the title is X's
        if gap[i].key == "then" and all(t.key.isalpha() for t in gap[i + 1 :]):
            return gap[:i]
    return gap


def _without_led_group(gap: Sequence[Token]) -> Sequence[Token]:
    """A gap before a verb's first object without the group the object leads: "received a delegation led by X",
    "met a high-level delegation headed by X" receive and meet X (up to three words describe the group).

    >>> from diplomacy_events.segment import tokenize
    >>> [t.key for t in _without_led_group(tokenize("a large delegation led by"))]
    ['a']
    """
    if len(gap) < 3 or gap[-1].key != "by" or gap[-2].key not in LED_BY or gap[-3].key not in LED_GROUPS:
        return gap
    start = len(gap) - 3
    while start > 0 and len(gap) - 3 - start < _LED_GROUP_WORDS and gap[start - 1].key not in OBJECT_GAP:
        start -= 1
    return gap[:start]


_LED_GROUP_WORDS = 3  # words that describe a led group: "a high-level Kenyan delegation led by"


def _unplaced(gap: Sequence[Token]) -> Sequence[Token]:
    """A gap without a caption's place in the picture: "Trump (left) and Xi", "Lula (l.) and Xi", "Obama, left, and
    Xi" are coordinated."""
    if len(gap) >= 3 and gap[0].key == "," and gap[1].key in PHOTO_POSITIONS and gap[2].key == ",":
        return gap[3:]
    if len(gap) < 3 or gap[0].key != "(":
        return gap
    close = next((i for i, token in enumerate(gap[:5]) if token.key == ")"), None)
    if close is None or not {t.key for t in gap[1:close]} - {"."} <= PHOTO_POSITIONS:  # "(l.)"
        return gap
    return gap[close + 1 :]


def _conjunction(keys: set[str]) -> bool:
    """Whether "as" between two mentions opens a clause ("flies to Qatar as Trump intervenes"), not "as well as"."""
    return "as" in keys and "well" not in keys and "such" not in keys


def _introduces_list(keys: set[str]) -> bool:
    """Whether the words before a first object introduce it as part of a list: "several leaders, including"."""
    words = {k for k in keys if not k.isdigit()}
    return bool(words & {"including", "among", "such", "notably"}) and words <= _LIST_GAP


_LIST_GAP = LIST_INTRO | LIST_OPENERS | OBJECT_GAP


def possessive(mention: Mention) -> bool:
    """Whether a mention is a possessive determiner ("his" in "his first trip", "their" in "their northern
    neighbour"): no one's subject or object."""
    return mention.kind is PRONOUN and mention.text.lower() in POSSESSIVES


def speaker_owner(mentions: ByStart[Mention], tokens: Sequence[Token], start: int) -> Mention | None:
    """The speaker's "our" that owns the noun at token ``start``, at most a few plain words before it ("in our long
    conversations"): a pronoun that stands for one leader (a transcript turn's speaker; a quote's "our" stands for
    no one); ``None`` if none does.

    >>> from diplomacy_events.segment import tokenize
    >>> lula = Mention(kind=PERSON, start=0, end=1, text="Lula", leaders=("lula",))
    >>> our = Mention(kind=PRONOUN, start=3, end=4, text="our", antecedents=(lula,))
    >>> tokens = tokenize("Lula said in our long conversations")
    >>> speaker_owner(ByStart([lula, our]), tokens, 5) is our, speaker_owner(ByStart([lula]), tokens, 5)
    (True, None)
    """
    for i in range(start - 1, max(0, start - 1 - NOUN_MODIFIERS) - 1, -1):  # "our three long private talks"
        here = mentions.between(i, i + 1)
        if tokens[i].key == "our":
            owner = next((m for m in here if m.kind is PRONOUN), None)
            one = owner is not None and len(owner.antecedents) == 1 and owner.antecedents[0].is_leader
            return owner if one else None
        if here or not tokens[i].key.isalpha():
            return None
    return None


def _determiner(mention: Mention, mentions: ByStart[Mention]) -> bool:
    """Whether a possessive opens another mention: "his" in "his German counterpart"."""
    return possessive(mention) and any(m is not mention for m in mentions.between(mention.start, mention.start + 1))


def group_before(
    mentions: ByStart[Mention],
    tokens: Sequence[Token],
    position: int,
    limit: int,
    keys: Sequence[str] | None = None,
) -> list[Mention]:
    """The coordinated group of mentions that ends before ``position`` (nearest first); none after a preposition.

    With the sentence's ``keys`` (a mention's words blank), a country after "of" is skipped whole, "and" in its
    name too: "X of Trinidad and Tobago and Y met".
    """
    before = [
        m
        for m in mentions.between(limit, position)
        if m.end <= position and not m.oblique and not _determiner(m, mentions)
    ]
    group: list[Mention] = []
    coordinated = False  # "A, B and C met": commas join only a list that ends in "and"
    front = position  # where the group's first member starts (its office, for "Cuba's president, Raul Castro,")
    for mention in reversed(before):
        if group:
            past = _past_country(tokens, mention.end, front, keys)
            gap = {t.key for t in _unapposed(_unplaced(_without_then_title(past)))}
            if _apposed(mention, group[-1], gap) and front == group[-1].start:
                front = mention.start  # "A and Cuba's president, B, met": the office and the name are one person
                continue
            if _described(mention, group[-1], gap) and front == group[-1].start:
                group[-1], front = mention, mention.start  # "A and B, his Brazilian counterpart, met": B it is
                continue
            if not gap <= GROUP_GLUE or not (coordinated or gap & {"and", "&"}):
                break
            coordinated = True
        group.append(mention)
        front = mention.start
    return list(reversed(group))


def joined_names(mentions: ByStart[Mention], tokens: Sequence[Token], last: Mention) -> list[Mention]:
    """The names of leaders joined to ``last`` by hyphens (or a dash with no spaces) that end with it, first to
    last: "the Biden-Xi talks", "the Trump–Kim summit"; ``[last]`` alone where no other leader's name is joined to
    it, and where an indefinite determiner opens the phrase ("a Biden-Xi meeting is possible": maybe never held).

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("the Biden-Xi talks")
    >>> names = [Mention(kind=PERSON, start=i, end=i + 1, text=tokens[i].text, leaders=(str(i),)) for i in (1, 2)]
    >>> [m.text for m in joined_names(ByStart(names), tokens, names[1])]
    ['Biden', 'Xi']
    """
    chain = [last]
    while True:
        start = chain[-1].start
        dash = start > 1 and tokens[start - 1].key in _NAME_DASHES and _touching(tokens, start - 1)
        end = start - 1 if dash else start
        before = [m for m in mentions.between(max(0, end - _NAME_REACH), end) if m.end == end]
        if not before or not (dash or hyphenated(tokens, start)) or not _other_name(before[-1], chain):
            break
        chain.append(before[-1])
    if len(chain) == 1:
        return chain  # the common case: no name joined to it
    front = chain[-1].start
    opening = [t.key for t in tokens[max(0, front - NOUN_MODIFIERS) : front]]
    if INDEFINITE_DETERMINERS.intersection(opening):
        return [last]
    return chain[::-1]


def _other_name(mention: Mention, chain: Sequence[Mention]) -> bool:
    """Whether ``mention`` names a leader by name, none of those of ``chain`` ("His Majesty the Sultan" is one)."""
    return (
        mention.kind is PERSON and mention.is_leader and all(set(mention.leaders).isdisjoint(m.leaders) for m in chain)
    )


def _touching(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` touches the tokens on either side (no space): the dash of "Trump–Kim"."""
    return tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start


_NAME_DASHES = frozenset({"–", "/"})  # marks that join two names as a hyphen does: "the Trump–Kim summit"
_NAME_REACH = 4  # tokens of one leader's name: "Xi Jinping", "Luiz Inacio Lula da Silva" is read by its end


def _unapposed(gap: Sequence[Token]) -> Sequence[Token]:
    """The words between two members of a group without a noun that names the second in apposition: "(A) and
    his host, (B)"."""
    if len(gap) >= 4 and gap[-1].key == "," and gap[-2].key in APPOSED_NOUNS and gap[-3].key in OWNERS:
        return gap[:-3]
    return gap


def _apposed(office: Mention, name: Mention, gap: set[str]) -> bool:
    """Whether a name right after an office, or after it and a comma, is that office's holder ("Cuba's president,
    Raul Castro", "the President of France Emmanuel Macron")."""
    return (
        gap <= {","}
        and office.kind is OFFICE
        and name.kind is PERSON
        and (name.country is None or name.country == office.country)
    )


def _described(name: Mention, office: Mention, gap: set[str]) -> bool:
    """Whether an office right after a name and a comma describes that name's holder ("Lula, his Brazilian
    counterpart", "Lula, Brazil's president")."""
    return (
        gap <= {","}
        and name.kind is PERSON
        and office.kind is OFFICE
        and office.country is not None
        and office.country == name.country
    )


def _past_country(tokens: Sequence[Token], start: int, end: int, keys: Sequence[str] | None = None) -> Sequence[Token]:
    """The words from ``start`` to ``end`` past a country after "of" that opens them: "(Nehru) of India and", "(X)
    of Trinidad and Tobago and" (with ``keys``, where a mention's words are blank)."""
    if start >= end or tokens[start].key != "of":
        return tokens[start:end]
    i = start + 1 + (start + 1 < end and tokens[start + 1].key == "the")
    while i < end and ((tokens[i].capitalised and tokens[i].key.isalpha()) or (keys is not None and not keys[i])):
        i += 1
    return tokens[i:end]


def passive_agents(
    mentions: ByStart[Mention],
    tokens: Sequence[Token],
    keys: Sequence[str],
    start: int,
    end: int,
    limit: int,
    participle: bool = False,
) -> list[Mention]:
    """The leaders after "by" when the trigger at ``start:end`` is passive.

    "Was welcomed at the airport by X", or, with ``participle`` (a verb
    that is one), right before "by": "Lula, received by X at the palace, ...".
    """
    right_before = participle and end < len(keys) and keys[end] == "by"
    if not (start > 0 and keys[start - 1] in PASSIVE_AUXILIARIES) and not right_before:
        return []
    by = next((i for i in range(end, min(limit, end + 8)) if keys[i] == "by"), None)
    if by is None:
        return []
    return [m for m in group_after(mentions, tokens, by + 1, limit) if m.is_leader]


def determiner_before(tokens: Sequence[Token], start: int, determiners: frozenset[str]) -> int | None:
    """Where one of ``determiners`` opens the noun phrase of the trigger at ``start``, across a few modifiers."""
    for i in range(start - 1, max(0, start - 1 - NOUN_MODIFIERS) - 1, -1):
        if tokens[i].key in determiners:
            return i
        if not tokens[i].key.isalnum():
            return None
    return None


def after_article(tokens: Sequence[Token], start: int) -> bool:
    """Whether the trigger at ``start`` is a noun after an article: "a video call", "Biden's call"."""
    return determiner_before(tokens, start, ARTICLES) is not None


def noun_phrase(tokens: Sequence[Token], start: int) -> bool:
    """Whether the trigger at ``start`` is a noun after a preposition: "in a phone call", "during a two-hour call"."""
    i = determiner_before(tokens, start, DETERMINERS)
    return i is not None and i >= 1 and tokens[i - 1].key in OPENING_PREPOSITIONS


def told_before(keys: Sequence[str], start: int, objects: Sequence[Mention]) -> bool:
    """Whether a trigger noun refers back to a meeting with no one named.

    "Briefed them on the talks", "agreed to make this three-way summit an
    annual event": the meeting is reported elsewhere. A pronoun that opens
    the next clause ("at this summit I think will ...") names no one of it.
    """
    if any(m.is_leader and not (m.kind is PRONOUN and m.text.lower() in CLAUSE_SUBJECTS) for m in objects):
        return False
    if start >= 2 and keys[start - 1] in ("the", "that", "those", "these") and keys[start - 2] in REFERRING:
        return True
    for i in range(start - 1, max(-1, start - 4), -1):  # "this (three-way) summit", "that meeting"
        if keys[i] in ("this", "that"):
            return True
        if not keys[i].isalpha():
            return False
    return False


def opening_phrase(tokens: Sequence[Token], start: int, *, wide: bool = False) -> bool:
    """Whether the trigger opens its sentence in a prepositional phrase: "In their first phone call on Monday, ...",
    across a few modifiers ("In their nearly hour-long meeting, ..."); ``wide``, also after "on" or "through", an
    adverb of time and more modifiers ("On the second day of their face-to-face talks, ...", "Midway through
    their talks, ..."); not when a clause's subject stands between ("In the afternoon he had talks with X"). A
    dateline before it is passed over ("LIMA (Wire) - In their talks, ...").

    >>> from diplomacy_events.segment import tokenize
    >>> opening_phrase(tokenize("In their hour-long meeting, A and B spoke."), 3)
    True
    >>> midway = tokenize("Midway through the second day of their talks, A turned to B.")
    >>> opening_phrase(midway, 8), opening_phrase(midway, 8, wide=True)
    (False, True)
    >>> opening_phrase(tokenize("In the afternoon he had talks with A."), 5, wide=True)  # the clause's own
    False
    >>> opening_phrase(tokenize("LIMA (Wire) - In their hour-long meeting, A and B spoke."), 7)
    True
    """
    body = dateline_end(tokens)  # "LIMA (Wire) - In their talks, ...": the phrase opens the body
    first = body + (1 if wide and body < len(tokens) and tokens[body].key in PHRASE_ADVERBS else 0)  # "Midway ..."
    reach, prepositions = (_WIDE_REACH, _PHRASE_PREPOSITIONS) if wide else (_OPENING_REACH, OPENING_PREPOSITIONS)
    if (
        not 2 + first <= start <= reach + first
        or tokens[first].key not in prepositions
        or tokens[first + 1].key not in DETERMINERS
    ):
        return False
    return all(
        (token.key.isalnum() or "-" in token.key) and token.key not in CLAUSE_SUBJECTS
        for token in tokens[first + 2 : start]
    )


#: Prepositions that open a phrase whose meeting the main clause tells of: "On the second day of their talks, ...".
_PHRASE_PREPOSITIONS = OPENING_PREPOSITIONS | {"on", "through", "throughout"}


def participle_opening(tokens: Sequence[Token], keys: Sequence[str], start: int) -> bool:
    """Whether the trigger lies in an opening phrase before the sentence's first comma.

    The phrase opens with a participle or a preposition of time: "Speaking
    after talks with X, ...", "Following a call with X, ...", "After meeting X, ...";
    or it is an aside ("apart from", "besides"), after a comma too: "During the
    visit, besides holding talks with X, Y will ...".
    """
    if aside(keys, start):
        return True
    first = tokens[0].key if tokens else ""
    return (first.endswith("ing") or first in OPENING_PREPOSITIONS) and "," not in keys[:start]


def aside(keys: Sequence[str], start: int) -> bool:
    """Whether the trigger at ``start`` lies in an aside that opens the sentence or follows its last comma: "Apart
    from talks with X, ...", "During the visit, besides meeting X, ...".

    >>> aside(["besides", "meeting", "x", ",", "y", "left"], 1)
    True
    """
    comma = next((i for i in range(start - 1, -1, -1) if keys[i] == ","), -1)
    return comma + 1 < start and keys[comma + 1] in ASIDE_OPENERS


_ASIDE_FIRSTS = frozenset(phrase[0] for phrase in FRONTED_ASIDES)


def fronted_aside(keys: Sequence[str], position: int, trigger: int) -> int | None:
    """Where the comma that closes a fronted aside stands, if ``position`` lies in one that opens the sentence
    before the trigger: "Besides X, | Y met Z", "In addition to X, | Y ...", "Like X, | Y ..." (X is set beside
    the subject, not the subject); ``None`` if not.

    >>> fronted_aside(["besides", "x", ",", "y", "met", "z"], 1, 4), fronted_aside(["x", ",", "y", "met"], 0, 3)
    (2, None)
    """
    if not keys or position >= trigger or keys[0] not in _ASIDE_FIRSTS:
        return None  # the common case: no aside's first word opens the sentence
    opener = next((phrase for phrase in FRONTED_ASIDES if tuple(keys[: len(phrase)]) == phrase), None)
    if opener is None or position < len(opener):
        return None
    comma = next((i for i in range(position, trigger) if keys[i] == ","), None)
    return comma if comma is not None and comma + 1 < trigger else None


def opens(keys: Sequence[str], start: int) -> bool:
    """Whether a phrase at ``start`` is in the sentence's opening prepositional phrase ("At the G20 summit, ...")."""
    return start <= 3 and bool(keys) and keys[0] in OPENING_PREPOSITIONS and "," in keys[start:]


def cue_before(keys: Sequence[str], start: int, reach: int, cues: tuple[str, ...]) -> str | None:
    """The first of ``cues`` among the ``reach`` keys before ``start``, in text order."""
    return next((key for key in keys[max(0, start - reach) : start] if key in cues), None)


def where(places: Sequence[Mention]) -> Mention | None:
    """The first place that has a city ("at the Elysee Palace in Paris": Paris), else the first place."""
    return next((m for m in places if m.city), places[0] if places else None)


def dedupe(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with repeats (the same span) left out, in order."""
    seen: set[tuple[int, int]] = set()
    out = []
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            out.append(mention)
    return out


def end_of(objects: Sequence[Mention], leaders: Sequence[Mention], default: int) -> int:
    """Where a trigger's objects end (the leaders may have been taken from elsewhere, as a passive's agent)."""
    return max((m.end for m in (*objects, *leaders)), default=default)


def people_count(mentions: Sequence[Mention]) -> int:
    """How many people the mentions stand for, at least: "the two leaders" counts as its antecedents, a group
    of an organization's leaders ("the Quad leaders", or "the same leaders" after it) as three."""
    return sum(_people_count(m) for m in mentions)


def _people_count(mention: Mention) -> int:
    if mention.kind is GROUP:
        return 3
    if mention.kind is PRONOUN and mention.plural:
        return sum(_people_count(m) for m in mention.antecedents)
    return 1
