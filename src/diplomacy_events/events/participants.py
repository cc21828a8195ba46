"""Who meets whom: a trigger's subject and objects, and the groups a sentence built around a noun brings together.

The subject is the nearest group of persons before the trigger in its clause
(``subject.*`` rules when that says nothing); the objects the group after
it. Passives swap them (``agents.passive``); sentences built around a
meeting noun ("talks between A and B", "In a phone call with A, B said")
make one group of both (``group.*``); a nominal report with no subject is the
protagonist's (``standin.*``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    DETERMINERS,
    HEADING_FUNCTION_WORDS,
    NUMBER_WORDS,
    OWNERS,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    WEEKDAYS,
    Lexicon,
    TriggerType,
)
from ..mentions import Mention, MentionKind, host_link
from ..model import Status
from ..phrases import Match
from ..rules import Phase, rule
from ..segment import Token
from ..syntax import enclosed_relatives, participle_word, put_off_to
from .context import PLACE_KINDS, Reading, SentenceContext
from .grammar import (
    NOUN_MODIFIERS,
    after_article,
    aside,
    dedupe,
    end_of,
    fronted_aside,
    group_after,
    group_before,
    joined_names,
    noun_phrase,
    opening_phrase,
    participle_opening,
    passive_agents,
    people_count,
    speaker_owner,
)
from .members import CALL, COUNTRY, GOVERNMENT, MEET, OFFICE, PRONOUN

_HEADING_TOKENS = 8  # a verbless line this short is a heading, not a report
_THEIR_REACH = 5  # tokens from an opening "their" to its meeting noun: "their face-to-face talks" (three tokens)
_APPOSITION_REACH = 10  # words of a noun phrase before the names it stands for: "the two most powerful men in China,"
_APPOSITION_MARKS = frozenset({",", "-", "—", "–", ":"})
_PEOPLE = frozenset({"people", "men", "women", "leaders", "figures", "presidents", "counterparts", "heads"})
_NOT_CALLING = ("on", "for", "upon", "off", "out", "home", "back", "in", "up")
_NAMING = ("a", "an", "the", "“", '"', "‘", "his", "her", "its", "their", "one", "as")

# -- objects told after a short phrase -----------------------------------------------------------------------------


@rule(
    "objects.next-subject",
    Phase.SUBJECT,
    "A trigger's object (or a passive's agent) after 'and' that a verb follows ('Xi met Putin, and Modi called "
    "Biden', 'met Putin and Modi said ...', 'spoke by phone, and Modi ...') is the subject of the next clause, "
    "not an object; nor are those after it.",
    "Xi met Putin, and Modi called Biden.",
    needs=("and",),
)
def _next_subject(context: SentenceContext, reading: Reading) -> bool:
    if not reading.objects:
        return False
    kept = next_subject_cut(context, reading.objects, reading.end)
    if len(kept) == len(reading.objects) or _noun_subject(context, reading):
        return False  # "(Modi's) meetings with A and B will be held": the verb is the noun phrase's own
    reading.objects = kept
    reading.leader_objects = [m for m in kept if m.is_leader]
    return True


def next_subject_cut(context: SentenceContext, group: list[Mention], start: int) -> list[Mention]:
    """``group`` (read from token ``start`` on) up to the person after an "and" that a verb follows: the subject of
    the next clause ("..., and Modi called Biden")."""
    keys, cursor = context.keys, start
    for k, mention in enumerate(group[:2]):  # "A, B and C said": a list's last member is no new subject
        gap = keys[cursor : mention.start]
        if gap[-1:] == ["and"] and mention.kind in _PEOPLE_KINDS and _verb_at(context, mention.end):
            return group[:k] if len(group) == k + 1 else group
        cursor = mention.end
    return group


def _noun_subject(context: SentenceContext, reading: Reading) -> bool:
    """Whether a trigger is a noun that opens its clause's subject: no verb in it ("met with", "meets", "held
    talks") and none before it in its clause ("Bilateral meetings with A", "Modi's talks with A")."""
    first, words, start = context.keys[reading.start], context.words, reading.start
    if reading.trigger.between:
        return True  # "a meeting between A and B was unlikely": the pair is the noun's
    verb = reading.trigger.present or reading.trigger.participle or first in words.past_verbs or first.endswith("ed")
    if verb and not (start > 0 and context.token_keys[start - 1] in _NOUN_DETERMINERS):  # "a meeting": a noun
        return False
    return not any(_verb_at(context, i) for i in range(reading.clause[0], start))


_NOUN_DETERMINERS = DETERMINERS | POSSESSIVE_MARKS | {"first", "second", "last", "next"}


_PEOPLE_KINDS = frozenset({MentionKind.PERSON, MentionKind.OFFICE, MentionKind.GOVERNMENT})
_CLAUSE_ADVERBS = frozenset({"also", "later", "then", "separately", "too", "subsequently", "had", "has"})


def _verb_at(context: SentenceContext, i: int) -> bool:
    """Whether a verb (an auxiliary, a past form, a verb of saying or a trigger) stands at token ``i``, or right
    after an adverb there ("and Modi later met ...")."""
    keys, words = context.keys, context.words
    if i < len(keys) and keys[i] in _CLAUSE_ADVERBS and keys[i] not in AUXILIARIES:
        i += 1
    if i >= len(keys):
        return False
    key = keys[i]
    return (
        key in AUXILIARIES
        or key in words.past_verbs
        or key in words.reporting_verbs
        or (key not in PREPOSITIONS and key not in DETERMINERS and any(m.start == i for m in context.matches))
    )  # not "by phone", "a summit": a trigger that opens with a preposition or an article is no verb


@rule(
    "objects.semicolon-groups",
    Phase.SUBJECT,
    "A trigger's objects that fill the clause up to a semicolon go on past it while each item after it opens with "
    "the office of several countries ('met the prime ministers of A and B; the presidents of C and D; and "
    "officials of E'): every office of every item is an object; an item that is no such office ends the list.",
    "Lula held talks with the prime ministers of Spain and Portugal; the presidents of Chile and Colombia.",
    published="2023-06-20",
    needs=(";",),
)
def _semicolon_groups(context: SentenceContext, reading: Reading) -> bool:
    if not reading.objects:
        return False
    keys, end = context.keys, reading.clause[1]
    added: list[Mention] = []
    while end < len(keys) and keys[end] == ";" and end - reading.objects[-1].end <= _ITEM_TAIL:
        start = end + 1 + (end + 1 < len(keys) and keys[end + 1] == "and")
        end = context.clauses.bounds(start)[1]
        item = group_after(context.mentions, context.tokens, start, end)
        if not item or item[0].start != start or not (item[0].kind is OFFICE and item[0].plural):
            break  # "; Macron flew home": a clause of its own, no list item
        if _verb_at(context, item[-1].end):
            break  # "; the presidents of C and D met later": the next clause's subject
        added += item
        reading.objects = reading.objects + item
    if not added:
        return False
    reading.leader_objects = [m for m in reading.objects if m.is_leader]
    return True


_ITEM_TAIL = 3  # words between an item's last country and its semicolon: "of the United States;"


@rule(
    "objects.past-unlisted",
    Phase.SUBJECT,
    "A person the knowledge base does not know, written as a name of two or three capitalised words after at most "
    "two lowercase words of a title, coordinated among a trigger's objects ('will meet with parliamentary speaker "
    "Wen Dao and Premier X', 'met Hu Lan, Premier X and President Y') does not end them: the leaders after it are "
    "objects too (not after a place word: 'met in Grand Hall and Premier X said'); so does an official no leader, "
    "named ('Managing Director of the Fund A B') or not ('the governor of the central bank'), and a title of a "
    "body before an unknown name ('President of the World Bank A B'), one after another ('A, B and Premier X').",
    "Albanese will also meet with parliamentary speaker Zhao Leji and Premier Li Qiang on Friday.",
    published="2023-11-03",
    only=(TriggerType.MEET, TriggerType.CALL, TriggerType.VISIT),
    needs=("and", ","),
)
def _past_unlisted(context: SentenceContext, reading: Reading) -> bool:
    start = reading.objects[-1].end if reading.objects else reading.end
    resume, opening = None, not reading.objects
    while True:  # "met the governor of the bank, Director A B and Premier X": past each no leader in turn
        after = _after_unlisted(context.tokens, start, reading.clause[1], opening=opening)
        after = _after_official(context, start, reading.clause[1], opening) if after is None else after
        if after is None:
            break
        resume = start = after
        opening = True
    if resume is None:
        return False
    more = group_after(context.mentions, context.tokens, resume, reading.clause[1])
    if not more or more[0].start != resume or not more[0].is_leader or _verb_at(context, more[0].end):
        return False  # "met Wen Dao and Premier X hosted ...": X is the next clause's subject
    reading.objects = reading.objects + more
    reading.leader_objects = [m for m in reading.objects if m.is_leader]
    return True


def _after_unlisted(tokens: Sequence[Token], start: int, limit: int, *, opening: bool) -> int | None:
    """Where the next member of a group starts past an unknown titled name at ``start`` and the comma or "and" after
    it ("parliamentary speaker Wen Dao and | Premier X"); ``opening``: the name is the group's first member, so a
    word of the verb's such as "with" may come first. None when no such name stands there."""
    i = start
    if i < limit and tokens[i].key in (_OPENING_WORDS if opening else _LISTING_WORDS):
        i += 1
    titled = i
    while i < limit and i - titled < _TITLE_WORDS and tokens[i].key.isalpha() and not tokens[i].capitalised:
        i += 1
    named = i
    while i < limit and tokens[i].capitalised and tokens[i].key.isalpha() and tokens[i].key not in WEEKDAYS:
        i += 1
    if not _NAME_WORDS[0] <= i - named <= _NAME_WORDS[1] or i >= limit or tokens[i].key not in (",", "and", "&"):
        return None
    if any(tokens[k].key in PREPOSITIONS or tokens[k].key in DETERMINERS for k in range(titled, named)):
        return None  # "to discuss trade in Grand Hall and": no title before a name
    i += 1
    return i + (i < limit and tokens[i].key == "and" and tokens[i - 1].key == ",")


def _after_official(context: SentenceContext, start: int, limit: int, opening: bool) -> int | None:
    """Where the next member of a group starts past an official who is no leader at ``start`` and the comma or
    "and" after it: a mention of one ("Managing | Director of the Fund A B and"), else a title, "of" and a body,
    with a name or not ("the governor of the central bank and", "President of the World Bank A B,"); no leader
    is named in it. ``opening`` as for :func:`_after_unlisted`; None when no such official stands there."""
    keys, i = context.keys, start
    while i < min(limit, start + 2) and keys[i] in (_OPENING_WORDS if opening else _LISTING_WORDS):
        i += 1  # "met with the governor of"
    other = next((m for m in context.mentions.near(i) if m.kind is MentionKind.OTHER and i <= m.start <= i + 1), None)
    end = other.end if other is not None else _titled_body(keys, context.words, i, limit)
    if end is None or end >= limit or keys[end] not in (",", "and", "&"):
        return None
    if any(m.is_leader for m in context.mentions.between(i, end)):
        return None  # "President of France A B and": a leader, a member of the group itself
    end += 1
    return end + (end < limit and keys[end] == "and" and keys[end - 1] == ",")


def _titled_body(keys: Sequence[str], words: Lexicon, start: int, limit: int) -> int | None:
    """The end of "Title of (the) Body (Name)" at ``start``: one to three words of a title, one an official's or a
    leader's title word, "of", then words up to a comma or "and", at most ``_BODY_WORDS``; else None.

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> _titled_body("the governor of the central bank and".split(), default_lexicon(), 1, 7)
    6
    >>> _titled_body("the families of the victims and".split(), default_lexicon(), 1, 6) is None
    True
    """
    of = next((j for j in range(start + 1, min(limit, start + _TITLE_WORDS + 2)) if keys[j] == "of"), start)
    title = keys[start:of]
    if not title or not any(w in words.official_titles or w in words.titles for w in title):
        return None
    if any(not w.isalpha() or w in PREPOSITIONS or w in DETERMINERS for w in title):
        return None
    end = of + 1
    while end < limit and end - of <= _BODY_WORDS and keys[end] not in (",", "and", "&"):
        if not (keys[end].isalpha() or keys[end] in ("", "-")):
            return None
        end += 1
    return end if end - of > 1 and end - of <= _BODY_WORDS else None


_BODY_WORDS = 8  # words after "of": "the International Monetary Fund Kristalina Georgieva"


_OPENING_WORDS = frozenset({"with", "the"})  # what may open a verb's first object: "met with | speaker Wen Dao"
_LISTING_WORDS = frozenset({","})  # what may stand between two members of a group: "Premier X, | speaker Wen Dao"
_TITLE_WORDS = 2  # lowercase words of a title before an unknown name: "parliamentary speaker"
_NAME_WORDS = (2, 3)  # capitalised words of an unknown person's name: "Wen Dao", "Maria Luisa Perez"


@rule(
    "objects.with-later",
    Phase.SUBJECT,
    "A meeting or call with no one right after it takes the people after a 'with' a few plain words on ('held "
    "talks on trade with Macron', 'a video call from the chancellery with Trump', 'conferred for two and one-half "
    "hours today with X', 'his first meeting of the day with X').",
    "Merz held talks on trade with Macron on Wednesday.",
    only=(TriggerType.MEET, TriggerType.CALL),
    needs=("with",),
)
def _with_later(context: SentenceContext, reading: Reading) -> bool:
    if reading.objects or reading.trigger.may_name or _ends_in_preposition(reading):
        return False
    if reading.end >= reading.clause[1] or context.keys[reading.end] not in _GAP_OPENERS:
        return False
    return _with_from(context, reading, reading.end + 1)


@rule(
    "objects.coordinated-noun",
    Phase.SUBJECT,
    "A meeting noun with no one after it, coordinated with another noun that a 'with' follows ('held meetings and "
    "consultations with X', 'talks and a working lunch with Y'), shares that noun's 'with': its people are the "
    "meeting's.",
    "Ruto held bilateral meetings and consultations with Museveni in Kampala on Monday.",
    only=(TriggerType.MEET, TriggerType.CALL),
    needs=("and",),
)
def _coordinated_noun(context: SentenceContext, reading: Reading) -> bool:
    trigger = reading.trigger
    if reading.objects or not (trigger.nominal or trigger.plural) or _ends_in_preposition(reading):
        return False  # a noun: not "met and talked with X", whose verbs have their own
    keys, tokens, end, limit = context.keys, context.tokens, reading.end, reading.clause[1]
    if end >= limit or keys[end] != "and":
        return False
    for i in range(end + 1, min(limit, end + 1 + _COORDINATED_REACH)):
        if keys[i] == "with":
            return i > end + 1 and _with_from(context, reading, i)
        token = tokens[i]
        if not token.key.isalpha() or token.capitalised or keys[i] in _NOT_IN_GAP or _person_at(context, i):
            return False
    return False


_COORDINATED_REACH = 4  # words of the noun coordinated with a meeting noun before its "with": "a working lunch"


@rule(
    "objects.copula-with",
    Phase.SUBJECT,
    "A meeting noun with no one after it that is the subject of 'is/was/will be with' meets the people after that "
    "'with' ('his first meeting is with X', 'the last call of the day will be with Y').",
    "Modi's first meeting is with Sunak.",
    published="2023-05-20",
    only=(TriggerType.MEET, TriggerType.CALL),
    needs=("with",),
)
def _copula_with(context: SentenceContext, reading: Reading) -> bool:
    if reading.objects or _ends_in_preposition(reading):
        return False
    limit, keys = reading.clause[1], context.keys
    start = reading.end + (reading.end < limit and keys[reading.end] in _DAY_WORDS)  # "... today is with X"
    if start >= limit or keys[start] not in _WITH_COPULAS:
        return False
    return _with_from(context, reading, start + 1)


def _ends_in_preposition(reading: Reading) -> bool:
    """Whether the trigger phrase ends in the preposition of its objects ("talks with", "spoke to"): read already."""
    return reading.phrase.rsplit(" ", 1)[-1] in _OBJECT_PREPOSITIONS


_OBJECT_PREPOSITIONS = frozenset({"with", "to", "between"})


def _with_from(context: SentenceContext, reading: Reading, start: int) -> bool:
    """Take as objects the people after a 'with' a few plain words on from ``start``, in the reading's clause."""
    keys, tokens, limit = context.keys, context.tokens, reading.clause[1]
    for i in range(start, min(limit, start + _WITH_REACH)):
        if keys[i] == "with":
            group = group_after(context.mentions, tokens, i + 1, limit)
            reading.objects, reading.leader_objects = group, [m for m in group if m.is_leader]
            return bool(reading.leader_objects)
        if keys[i] == "and" and keys[i - 1] in NUMBER_WORDS:
            continue  # "for two and one-half hours"
        if not tokens[i].key.isalnum() or keys[i] in _NOT_IN_GAP or _person_at(context, i):
            return False
    return False


_WITH_REACH = 7  # plain words between a meeting word and a later "with": "talks on trade and energy with"


@rule(
    "objects.in-presence",
    Phase.SUBJECT,
    "Leaders named after 'in the presence of' (or 'with the presence of') right after a meeting's people ('met X "
    "in the presence of President Y', 'talks with X, with the presence of Y') take part in it too.",
    "Scholz held talks with King Charles in the presence of Prime Minister Rishi Sunak on Monday.",
    published="2023-11-20",
    only=(TriggerType.MEET,),
    needs=("presence",),
)
def _in_presence(context: SentenceContext, reading: Reading) -> bool:
    if not reading.leader_objects:
        return False
    keys, limit = context.keys, reading.clause[1]
    start = reading.objects[-1].end
    start += start < limit and keys[start] == ","
    if tuple(keys[start : start + len(_PRESENCE) + 1])[1:] != _PRESENCE or keys[start] not in ("in", "with"):
        return False
    after = start + 1 + len(_PRESENCE)
    present = [m for m in group_after(context.mentions, context.tokens, after, limit) if m.is_leader]
    reading.objects = reading.objects + present
    reading.leader_objects = reading.leader_objects + present
    return bool(present)


_PRESENCE = ("the", "presence", "of")  # after "in" or "with": "in the presence of X"


@rule(
    "objects.dative-invitation",
    Phase.SUBJECT,
    "An invitation with no guest after it whose guest stands before it after 'to' ('renewed to X the invitation to "
    "visit Rabat', 'extended to X an invitation') invites X, who is then no subject.",
    "Putin renewed to Erdogan his invitation to pay an official visit to Russia.",
    published="2018-04-11",
    only=(TriggerType.INVITE,),
    needs=("to",),
)
def _dative_invitation(context: SentenceContext, reading: Reading) -> bool:
    if reading.leader_objects or reading.subject:
        return False
    keys, before = context.keys, reading.start
    if before > 0 and context.token_keys[before - 1] in _INVITATION_DETERMINERS:  # "his" is a mention: a blank key
        before -= 1
    guest = next((m for m in context.leaders.between(reading.clause[0], before) if m.end == before), None)
    if guest is None or guest.start == 0 or keys[guest.start - 1] != "to":
        return False
    reading.objects, reading.leader_objects = [guest], [guest]
    context.taken.add(id(guest))
    return True


_INVITATION_DETERMINERS = frozenset({"the", "an", "his", "her", "their", "its"})


def _person_at(context: SentenceContext, i: int) -> bool:
    """Whether a person (not a possessive: "from his office") stands at token ``i``."""
    return any(m.kind is not PRONOUN or m.text.lower() not in OWNERS for m in context.persons.between(i, i + 1))


# "talks on trade with X", "his first meeting of the day with X"
_GAP_OPENERS = frozenset({"on", "about", "over", "from", "at", "in", "during", "by", "for", "of"})
_WITH_COPULAS = frozenset({"is", "was", "will", "would"})  # "his first meeting is with X", "... will be with X"
_DAY_WORDS = frozenset({"today", "tomorrow", "tonight"})  # "his last meeting today will be with X"
_NOT_IN_GAP = frozenset({"and", "or", "but", "who", "which", "that", "then", "after", "before", "as", "while"})


# -- the subject ----------------------------------------------------------------------------------------------------


@rule(
    "subject.participle",
    Phase.SUBJECT,
    "A participle after a comma (', visiting Paris') has no subject of its own.",
    "Ruto ended the tour in Accra, meeting Mahama on Friday.",
    needs=("trigger.participle",),
)
def _participle(context: SentenceContext, reading: Reading) -> bool:
    start = reading.start
    reading.participle = start > 0 and context.tokens[start - 1].key == "," and reading.trigger.participle
    return reading.participle


@rule(
    "subject.possessor",
    Phase.SUBJECT,
    "A meeting noun's possessor is its subject, even after a preposition: 'to brief Xi on his summit with Trump', "
    "'after Modi's talks with Biden'.",
    "Kim briefed Xi on his summit with Trump.",
    needs=("trigger.nominal",),
)
def _possessor(context: SentenceContext, reading: Reading) -> bool:
    if reading.participle or not reading.trigger.nominal:
        return False
    return _owner_as_subject(context, reading, pronouns=True)


@rule(
    "subject.visit-owner",
    Phase.SUBJECT,
    "A visit noun's named owner is the visitor, even after a preposition: 'Lula hailed Macron's visit to Brasilia', "
    "'on the day of the King's state visit to Paris' (not the person the clause opened with).",
    "Scholz spoke on the eve of Lula's state visit to Madrid.",
    only=(TriggerType.VISIT,),
    needs=("'s", "'"),
)
def _visit_owner(context: SentenceContext, reading: Reading) -> bool:
    if reading.participle or reading.subject:
        return False
    return _owner_as_subject(context, reading, pronouns=False)


def _owner_as_subject(context: SentenceContext, reading: Reading, *, pronouns: bool) -> bool:
    """Make the leader who owns the trigger noun (see :func:`_owner`) its subject, if not taken already (and not a
    pronoun, unless ``pronouns``)."""
    owner = _owner(context, reading)
    if owner is None or (owner.kind is PRONOUN and not pronouns) or id(owner) in context.taken or not owner.is_leader:
        return False
    reading.subject = [owner]
    return True


def _owner(context: SentenceContext, reading: Reading) -> Mention | None:
    """The person who owns the trigger noun, a few modifiers before it: "his (first formal) summit", "Biden's
    (dinner) guest"; ``None`` if no possessive stands there or it owns no person."""
    keys = context.keys
    for i in range(reading.start - 1, max(reading.clause[0], reading.start - 1 - NOUN_MODIFIERS) - 1, -1):
        if keys[i] in POSSESSIVE_MARKS or context.tokens[i].key in OWNERS:
            return next((m for m in context.persons.items if m.end == i or m.start == i), None)
        if not keys[i].isalpha():
            return None
    return None


@rule(
    "veto.guest-without-host",
    Phase.OBJECTS,
    "A guest noun makes a visit only as a leader's guest after a copula or 'as' ('X was his guest', 'Y is Biden's "
    "houseguest', 'went to the palace as Duterte's guest'): not 'a guest at the summit', 'the guests arrived', 'his "
    "guests included'.",
    "Lula was a guest at the summit dinner on Friday.",
    only=(TriggerType.VISIT,),
    needs=("trigger.host_owner",),
)
def _guest_without_host(context: SentenceContext, reading: Reading) -> bool:
    return reading.trigger.host_owner and _host_of_guest(context, reading) is None


def _host_of_guest(context: SentenceContext, reading: Reading) -> Mention | None:
    """The leader who owns a guest noun after a copula or "as" ("was his guest", "were Biden's guests", "as
    Duterte's guest"), if any."""
    owner = _owner(context, reading)
    if owner is None or not owner.is_leader:
        return None
    copula = owner.start - 1
    return owner if copula >= 0 and context.keys[copula] in _COPULAS else None


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "as"})  # "as": "went to the palace as X's guest"


@rule(
    "subject.guest-owner",
    Phase.SUBJECT,
    "A guest noun's owner is the host and the copula's subject the guest: 'X was his guest in May', 'Y, who was "
    "Biden's houseguest at Camp David'; after 'was' or 'were' its time is read backwards.",
    "Lula was Macron's guest at the Elysee on Thursday.",
    only=(TriggerType.VISIT,),
    needs=("trigger.host_owner",),
)
def _guest_owner(context: SentenceContext, reading: Reading) -> bool:
    owner = _host_of_guest(context, reading) if reading.trigger.host_owner else None
    if owner is None:
        return False
    context.taken.add(id(owner))
    copula, keys = owner.start - 1, context.keys
    guests = group_before(context.persons, context.tokens, copula, reading.clause[0])
    if not guests and copula >= 2 and keys[copula - 1] == "who":  # "Y, who was his guest"
        end = copula - 2 if keys[copula - 2] == "," else copula - 1
        guests = [m for m in context.persons.items if m.end == end][:1]
    reading.subject = [m for m in guests if id(m) not in context.taken]
    reading.past = reading.past or keys[copula] in ("was", "were")  # as status.past-copula, past the owner's name
    host = _other_than(owner, reading.subject, context.before)
    reading.objects = [host, *reading.objects]
    reading.leader_objects = [host, *reading.leader_objects]
    return True


@rule(
    "subject.host-owner",
    Phase.SUBJECT,
    "A host noun's owner is the guest and the leader it is said of the host: set off after the leader's name ('X, "
    "his host for the first days of the trip, was ...') or after a copula ('X was his host'), it tells a visit of "
    "its owner to X ('X will be his host': a visit planned).",
    "Chirac arrived in Bonn on Monday. Chancellor Helmut Kohl, his host for two days, was in a cheerful mood.",
    published="1998-03-10",
    only=(TriggerType.HOST,),
    needs=("trigger.agent_noun",),
)
def _host_owner(context: SentenceContext, reading: Reading) -> bool:
    owner = _owner(context, reading) if reading.trigger.agent_noun else None
    if owner is None or not owner.is_leader or owner.start == 0:
        return False
    end = host_link(context.keys, owner.start)  # the comma of an apposition, or the copula (and its modal)
    if end is None:
        return False
    host = next((m for m in context.persons.items if m.end == end and m.is_leader), None)
    if host is None:
        return False
    guest = _other_than(owner, [host], context.before)
    if guest is owner and _leaders_of(owner)[:1] == _leaders_of(host)[:1]:
        return False  # "his" is the host himself: no guest named
    reading.subject = [host]
    reading.objects, reading.leader_objects = [guest], [guest]
    reading.past = reading.past or context.keys[owner.start - 1] == "was"
    context.taken.add(id(guest))
    return True


def _other_than(owner: Mention, guests: Sequence[Mention], before: Sequence[Mention]) -> Mention:
    """The host a guest noun's owner stands for: "his" in "X was his guest" is not X (whom a pronoun's first
    antecedent in its sentence would be) but the leader the sentence before named."""
    named = {leader for m in guests for leader in _leaders_of(m)[:1]}
    if owner.kind is not PRONOUN or not named.intersection(_leaders_of(owner)[:1]):
        return owner
    return next((m for m in before if _leaders_of(m)[:1] and not named.intersection(_leaders_of(m)[:1])), owner)


def _leaders_of(mention: Mention) -> tuple[str, ...]:
    """The leader ids a mention may name, through its first antecedent for a pronoun."""
    return mention.antecedents[0].leaders if mention.antecedents else mention.leaders


@rule(
    "subject.past-appositive",
    Phase.SUBJECT,
    "A verb right after a participial phrase or a relative clause set off by commas ('X, hosting his last summit "
    "before he hands over to Y, welcomed ...', 'A and B, who met in May, are expected to meet') has for subject the "
    "group before the phrase, not a person inside it.",
    "Ruto, hosting his first summit since he took office from Kenyatta, welcomed Museveni and Hassan.",
)
def _past_appositive(context: SentenceContext, reading: Reading) -> bool:
    start, keys = reading.start, context.keys
    comma = start - 1
    while comma > 0 and start - comma <= _VERB_WORDS and keys[comma] in _BEFORE_VERB:
        comma -= 1  # "..., are expected to meet", "..., will hold talks"
    if reading.participle or reading.subject or comma < 1 or keys[comma] != ",":
        return False
    low = max(0, comma - _APPOSITIVE_REACH)
    opening = next((i for i in range(comma - 1, low - 1, -1) if keys[i] in _APPOSITIVE_BOUNDS), None)
    if opening is None or keys[opening] != ",":
        return False
    if not (participle_word(keys[opening + 1]) or keys[opening + 1] in RELATIVE_PRONOUNS):
        return False
    limit = next((i + 1 for i in range(opening - 1, low - 1, -1) if keys[i] in _APPOSITIVE_BOUNDS), low)
    group = group_before(context.persons, context.tokens, opening, limit)
    if not group or group[-1].end != opening:
        return False
    reading.subject = [m for m in group if id(m) not in context.taken]
    return bool(reading.subject)


_APPOSITIVE_REACH = 40  # tokens from a verb back to the subject before a participial phrase
_VERB_WORDS = 4  # words of the verb before its trigger: "are expected to (meet)", "will (hold talks)"
_BEFORE_VERB = frozenset({"is", "are", "was", "were", "will", "would", "expected", "due", "set", "to", "also", "then"})
_APPOSITIVE_BOUNDS = frozenset({",", ";", ":", "-", "—", "–", "(", ")"})  # what sets off (or ends) such a phrase


_FOR_REACH = 3  # "for talks", "for a one-on-one", "for a working lunch": words from "for" to the trigger


def _seat_visited(keys: Sequence[str], mention: Mention) -> bool:
    """Whether a seat of government stands after "in the" or "at the" and before "for": the place the people before
    it are at for a meeting ("are in the Oval Office for a one-on-one")."""
    start, end = mention.start, mention.end
    return (
        mention.kind is MentionKind.GOVERNMENT
        and start >= 2
        and keys[start - 1] == "the"
        and keys[start - 2] in ("in", "at")
        and end < len(keys)
        and keys[end] == "for"  # "... in the Oval Office for talks"
    )


@rule(
    "subject.at-seat",
    Phase.SUBJECT,
    "'A and B are now in the Oval Office for talks': a seat of government after 'in the' or 'at the' and before "
    "'for' is where the group before it meets, not the subject; the subject is that group.",
    "Macron and Biden are now in the Oval Office for a one-on-one.",
    published="2022-12-01",
    needs=("for",),
)
def _at_seat(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if reading.participle or reading.subject or "for" not in keys[max(0, start - _FOR_REACH) : start]:
        return False  # the common case: no "for" right before the trigger
    nearest = group_before(context.persons, context.tokens, start, reading.clause[0])
    if len(nearest) != 1 or not _seat_visited(keys, nearest[0]):
        return False
    group = group_before(context.persons, context.tokens, nearest[0].start - 2, reading.clause[0])
    reading.subject = [m for m in group if id(m) not in context.taken]
    return bool(reading.subject)


@rule(
    "subject.passive-conjunct",
    Phase.SUBJECT,
    "A verb with no subject of its own after a passive's agent, joined to it by 'and' ('X was received by Y and held "
    "talks with Z') or after the participle set off by commas ('X, received by Y on Monday, met Z'), has the "
    "passive's subject: X, not its agent Y.",
    "Modi was received by Emperor Naruhito and held talks with Kishida on Monday.",
    published="2024-07-10",
    needs=("by",),  # a passive read before it in its sentence (agents.passive) has an agent after "by"
)
def _passive_conjunct(context: SentenceContext, reading: Reading) -> bool:
    if reading.subject or reading.participle or not context.passives:
        return False
    keys, start = context.keys, reading.start
    agent_end, guest = context.passives[-1]
    between = keys[agent_end:start]
    located = {id(m) for m in context.located.between(agent_end, start)}  # "at the Kremlin" is where, not who
    if not between or agent_end > start or any(id(m) not in located for m in context.persons.between(agent_end, start)):
        return False  # someone else stands between: "..., and Z met W"
    aside = between[-1] == "," and guest.end < len(keys) and keys[guest.end] == ","  # "X, received by Y on Monday,"
    if not (aside or _conjunct(between)):
        return False
    reading.subject = [guest]
    return True


def _conjunct(between: Sequence[str]) -> bool:
    """Whether the words from a passive's agent to a trigger join a verb phrase to the passive: an "and" or a ", then"
    a few words before the trigger ("and held two rounds of talks with"), with no other comma after the agent.

    >>> _conjunct(["in", "tokyo", ",", "then", "flew", "to", "seoul", "and"]), _conjunct([",", "and", "x", "met"])
    (True, False)
    """
    low = max(-1, len(between) - 1 - _CONJUNCT_REACH)
    joint = next((i for i in range(len(between) - 1, low, -1) if between[i] == "and" or _then(between, i)), None)
    if joint is None or "," in between[joint:]:
        return False
    return all(_then(between, i + 1) for i in range(joint) if between[i] == ",")


def _then(keys: Sequence[str], i: int) -> bool:
    """Whether ``keys[i]`` is a "then" right after a comma."""
    return 0 < i < len(keys) and keys[i] == "then" and keys[i - 1] == ","


_CONJUNCT_REACH = 6  # words from "and" to the trigger: "and later held two rounds of talks with"


@rule(
    "subject.shared-verb",
    Phase.SUBJECT,
    "'X congratulated Y on ... and accepted an invitation to visit Z': a verb after 'and' with no subject of its "
    "own shares the first verb's subject, not that verb's object (the nearest person before it).",
    "Lula thanked Xi for the dinner and flew to Tokyo on Sunday to meet Kishida.",
    needs=("and",),
)
def _shared_verb(context: SentenceContext, reading: Reading) -> bool:
    if reading.participle or reading.subject:
        return False
    keys, low = context.keys, reading.clause[0]
    if "and" not in keys[low : reading.start]:  # most clauses: settled in C
        return False
    group = group_before(context.persons, context.tokens, reading.start, low)
    if not group or "and" not in keys[group[-1].end : reading.start]:
        return False
    verb = group[0].start - 1
    if verb <= low or not _past_verb(keys[verb], context) or not context.tokens[verb].text.islower():
        return False
    if any(m.start >= group[-1].end for m in context.persons.between(group[-1].end, reading.start)):
        return False
    subject = group_before(context.persons, context.tokens, verb, low)
    reading.subject = [m for m in subject if id(m) not in context.taken]
    return bool(reading.subject)


def _past_verb(key: str, context: SentenceContext) -> bool:
    """Whether a word before an object reads as a past verb: "thanked", "congratulated", "met"."""
    return key in context.words.past_verbs or (len(key) > 4 and key.endswith("ed") and key.isalpha())


@rule(
    "subject.included",
    Phase.SUBJECT,
    "Leaders listed as included among a plural noun of leaders whose meetings with X (a plural noun, or 'separate' "
    "or 'bilateral' talks) the sentence tells are its subject, one meeting each with X: 'the heads of state "
    "expected in A for the meetings with X are likely to include B, C and D', 'five leaders, including B and C, are "
    "expected to hold separate talks with X' (not 'would' or 'could include', not 'attended talks with X' or 'the "
    "summit with X', nor leaders listed as a summit's guests with no meeting word).",
    "The leaders expected in Nairobi for the planned meetings with Modi will include Ruto and Museveni.",
    published="2023-07-01",
    needs=("trigger.nominal",),
)
def _included(context: SentenceContext, reading: Reading) -> bool:
    if reading.subject or reading.participle or not reading.leader_objects or not reading.trigger.nominal:
        return False
    if not reading.trigger.plural and _SEPARATE.isdisjoint(context.keys[max(0, reading.start - 2) : reading.start]):
        return False  # "attended talks with X", "the summit with X": one of all, if any
    listed = _included_after(context, reading) or _including_before(context, reading)
    if not listed:
        return False
    reading.subject = listed
    return True


def _included_after(context: SentenceContext, reading: Reading) -> list[Mention]:
    """The leaders after 'are likely to include' that follows the trigger's objects, when a plural noun of leaders
    opens the clause: "The leaders expected for talks with X are likely to include A and B"."""
    keys = context.keys
    verb = reading.leader_objects[-1].end
    while verb < len(keys) and keys[verb] in _TO_INCLUDE:
        verb += 1
    if (
        verb >= len(keys)
        or keys[verb] not in _INCLUDE
        or _PLURAL_LEADERS.isdisjoint(context.token_keys[: reading.start])
    ):
        return []
    first = _listed(context, verb + 1, len(keys))
    if not first:
        return []
    # the list fills the clause, its items set off by semicolons or "as well as": "A (X); B (Y) and C's Z"
    end = context.clauses.bounds(first[0].start, lists=True)[1]
    end = next((i for i in range(first[-1].end, end) if keys[i] in RELATIVE_PRONOUNS), end)  # not ", who ..."
    return [m for m in context.leaders.between(first[0].start, end) if m.kind is not PRONOUN]


def _including_before(context: SentenceContext, reading: Reading) -> list[Mention]:
    """The leaders set off by commas after ', including' that follows a plural noun of leaders, before the trigger:
    "Five leaders, including A and B, are expected to hold separate meetings with X"."""
    keys = context.keys
    start = next((i for i in range(reading.start - 1, 1, -1) if keys[i] == "including" and keys[i - 1] == ","), 0)
    if not start or _PLURAL_LEADERS.isdisjoint(context.token_keys[max(0, start - _LEADERS_REACH) : start]):
        return []
    listed = _listed(context, start + 1, reading.start)
    if not listed or context.key(listed[-1].end) not in _LIST_ENDS:
        return []
    if context.leaders.between(listed[-1].end, reading.start):
        return []
    return listed


def _listed(context: SentenceContext, start: int, end: int) -> list[Mention]:
    """The leaders of the coordinated group right after ``start`` (none if it opens with no leader)."""
    group = group_after(context.mentions, context.tokens, start, end)
    return [m for m in group if m.is_leader] if group and group[0].is_leader else []


_TO_INCLUDE = frozenset({"are", "is", "will", "also", "likely", "expected", "set", "due", "to"})  # not "would"
_INCLUDE = frozenset({"include", "included"})
_SEPARATE = frozenset({"separate", "bilateral", "individual", "respective"})  # "separate talks with X": one each
_LIST_ENDS = frozenset({",", "are", "were", "will", "is"})  # after ", including A and B": "A and B are expected to"
_PLURAL_LEADERS = frozenset({"leaders", "presidents", "heads", "premiers", "counterparts"})
_LEADERS_REACH = 4  # words from a plural noun of leaders to its ", including": "heads of government ,"


@rule(
    "subject.for-infinitive",
    Phase.SUBJECT,
    "An infinitive with its own subject after 'for' ('arrangements for X to visit Japan, and for Y to visit China', "
    "'plans for Z to meet W') has that subject, whatever the clause names before it (see status.for-infinitive).",
    "The ministers agreed on arrangements for Li Keqiang to visit Japan and for Shinzo Abe to visit China.",
    published="2018-01-29",
    needs=("for",),
)
def _for_infinitive(context: SentenceContext, reading: Reading) -> bool:
    subject = for_subject(context, reading)
    if subject is None or reading.subject:
        return False
    reading.subject = [subject]
    return True


def for_subject(context: SentenceContext, reading: Reading) -> Mention | None:
    """The leader of "for X to visit" before a trigger, if it stands there."""
    start, keys = reading.start, context.keys
    if start < 3 or keys[start - 1] != "to":
        return None
    person = next((m for m in context.persons.items if m.end == start - 1 and m.is_leader), None)
    return person if person is not None and person.start > 0 and keys[person.start - 1] == "for" else None


@rule(
    "subject.before",
    Phase.SUBJECT,
    "The subject is the nearest coordinated group of persons before the trigger in its clause, not already an object.",
    "Putin and Xi met in Astana on Wednesday.",
)
def _before(context: SentenceContext, reading: Reading) -> bool:
    if reading.participle or reading.subject:
        return False
    keys = context.keys
    group = group_before(context.persons, context.tokens, reading.start, reading.clause[0], keys)
    if (
        group
        and group[-1].end < len(keys)
        and keys[group[-1].end] in POSSESSIVE_MARKS
        and keys[reading.start - 1] not in POSSESSIVE_MARKS  # "the leaders' summit", "Kishida's trip": nouns
        and not after_article(context.tokens, reading.start)
    ):
        return False  # "the president's sister travelled to ...": an owner is no subject of a verb
    reading.subject = [m for m in group if id(m) not in context.taken]
    return bool(reading.subject)


@rule(
    "subject.joined-names",
    Phase.SUBJECT,
    "Leaders' names joined by hyphens right before a meeting noun its clause dates are all its subject: 'the "
    "Biden-Xi talks on Monday', 'the Modi-Macron meeting in Paris on Friday' (not 'the Modi-Shah duo met X': no "
    "meeting noun after the names; not 'a Biden-Xi meeting is possible', nor an undated 'the A-B meeting is "
    "comparable to ...', which refers to a meeting told elsewhere).",
    "The Modi-Macron talks on Thursday focused on trade.",
    published="2023-07-14",
)
def _joined_names(context: SentenceContext, reading: Reading) -> bool:
    subject = reading.subject
    if len(subject) != 1 or subject[0].end != reading.start or not subject[0].is_leader or not reading.dated:
        return False
    joined = joined_names(context.persons, context.tokens, subject[0])
    if len(joined) < 2 or any(id(m) in context.taken for m in joined):
        return False
    reading.subject = joined
    return True


@rule(
    "subject.headline-pair",
    Phase.SUBJECT,
    "Two leaders' names that open a sentence, joined by a comma, are its subject together: a headline's comma "
    "for 'and' ('Biden, Xi meet in Bali'; not 'Biden, Xi's rival, ...').",
    "Lula, Macron hold talks in Brasilia on climate.",
    published="2024-03-28",
)
def _headline_pair(context: SentenceContext, reading: Reading) -> bool:
    subject, keys = reading.subject, context.keys
    if len(subject) != 1 or subject[0].start < 2 or keys[subject[0].start - 1] != ",":
        return False
    second = subject[0]
    if second.kind is not MentionKind.PERSON or not second.is_leader or keys[second.end] in POSSESSIVE_MARKS:
        return False
    first = next((m for m in context.persons.between(0, 1) if m.end == second.start - 1), None)
    if first is None or first.kind is not MentionKind.PERSON or not first.is_leader:
        return False
    if not set(first.leaders).isdisjoint(second.leaders) or id(first) in context.taken:
        return False
    reading.subject = [first, second]
    return True


@rule(
    "subject.among-who",
    Phase.SUBJECT,
    "'A, B and C were among the leaders who met ...': the leaders listed before 'were among' are the subject.",
    "Lula, Petro and Boric were among the presidents who met in Brasilia on Tuesday.",
    published="2023-06-01",
    needs=("among",),
)
def _among_who(context: SentenceContext, reading: Reading) -> bool:
    clause_start, keys = reading.clause[0], context.keys
    if reading.subject or reading.participle or clause_start < 3 or keys[clause_start - 1] not in ("who", "that"):
        return False
    _, listed = _listed_among(context, clause_start, _AMONG_REACH)
    if people_count(listed) < 2:
        return False
    reading.subject = listed
    return True


_AMONG_REACH = 6  # words from "among" to "who": "among the (EU) leaders who"


@rule(
    "objects.among-whom",
    Phase.SUBJECT,
    "'A, B and C were among the leaders (that) X met': the leaders listed before 'were among' are the objects of "
    "the verb whose subject the relative clause names.",
    "Lula, Petro and Boric were among the presidents that Xi Jinping met in Beijing this week.",
    published="2023-06-01",
    needs=("among",),
)
def _among_whom(context: SentenceContext, reading: Reading) -> bool:
    keys = context.keys
    if not reading.subject or reading.leader_objects or reading.trigger.nominal:
        return False
    front = min(m.start for m in reading.subject)
    among, listed = _listed_among(context, front, _AMONG_WHOM_REACH)
    if not listed or "," in keys[among:front]:
        return False
    reading.objects = [*listed, *reading.objects]
    reading.leader_objects = listed
    return True


_AMONG_WHOM_REACH = 10  # words from "among" to the relative clause's subject: "among the many foreign leaders whom"


def _listed_among(context: SentenceContext, end: int, reach: int) -> tuple[int, list[Mention]]:
    """Where the "among" of a "were among" fewer than ``reach`` words before ``end`` stands, and the leaders listed
    before it ("A, B and C were among the leaders who (whom X) ..."); ``(0, [])`` where there is none."""
    keys = context.keys
    among = next((i for i in range(end - 1, max(0, end - reach), -1) if keys[i] == "among"), 0)
    if among < 2 or keys[among - 1] not in _LISTING_COPULAS:
        return 0, []
    return among, [m for m in group_before(context.mentions, context.tokens, among - 1, 0) if m.is_leader]


_LISTING_COPULAS = frozenset({"were", "are", "was", "is"})  # "A and B were among": not LISTING_COPULAS' "include"


@rule(
    "subject.who",
    Phase.SUBJECT,
    "In ', who received him' the subject is the person 'who' stands for.",
    "Macron was greeted by Lula, who received him at the Alvorada palace.",
    needs=("who",),
)
def _who(context: SentenceContext, reading: Reading) -> bool:
    clause_start, keys = reading.clause[0], context.keys
    if reading.subject or reading.participle or clause_start == 0 or keys[clause_start - 1] != "who":
        return False
    end = clause_start - 2 if clause_start > 1 and keys[clause_start - 2] == "," else clause_start - 1
    reading.subject = [m for m in context.persons.items if m.end == end][:1]
    if reading.subject and reading.type in (MEET, CALL) and not reading.leader_objects:
        _who_together(context, reading, end)
    return bool(reading.subject)


@rule(
    "subject.who-together",
    Phase.SENTENCE,
    "A meeting or call told in a relative clause with no one it meets ('A and B, who met in Paris in May, ...') is "
    "of the whole coordinated group 'who' follows, not of its last member alone.",
    "Scholz and Macron, who met in Paris on Monday, agreed to meet again.",
    published="2023-03-15",
)
def _who_together(context: SentenceContext, reading: Reading, end: int) -> bool:
    """Make the group that ends at ``end`` (before "who") the subject when it has more than one member."""
    group = group_before(context.persons, context.tokens, end, 0)
    if len(group) < 2 or group[-1] is not reading.subject[0]:
        return False
    reading.subject = group
    reading.fired.append("subject.who-together")
    return True


@rule(
    "subject.first-person",
    Phase.SUBJECT,
    "Failing that, the sentence's first person not already an object, if named before the trigger, with those "
    "coordinated with it ('A and B brief reporters after their bilateral talks'); not when a name the knowledge "
    "base does not know stands right before it ('..., after which Ursula von der Leyen joined them'); not one in "
    "a fronted aside ('Besides X, ...', 'In addition to X, ...', 'Like X, ...'): the first person after it.",
    "Macron, while in Berlin, held talks with Scholz.",
)
def _first_person(context: SentenceContext, reading: Reading) -> bool:
    if reading.subject or _unknown_subject(context, reading.start):
        return False
    first = context.first_free()
    closing = fronted_aside(context.keys, first.start, reading.start) if first is not None else None
    if closing is not None:  # "Besides X, the President met Z": not X
        first = next((m for m in context.persons.between(closing, reading.start) if id(m) not in context.taken), None)
    if first is None or first.start >= reading.start:
        return False
    pair = reading.type in (MEET, CALL)  # a summit's gathering is not the subject's
    group = group_after(context.persons, context.tokens, first.start, reading.start) if pair else []
    keys = {t.key for t in context.tokens[first.end : group[-1].start]} if len(group) > 1 else set()
    coordinated = bool(group) and group[0] is first and bool(keys & {"and", "&"})
    reading.subject = [m for m in group if id(m) not in context.taken] if coordinated else [first]
    return True


@rule(
    "subject.inviting-state",
    Phase.SUBJECT,
    "Failing that, a country or its capital that invites ('The United States invited X to the White House', "
    "'Beijing has invited Y to visit') is its government: the host is its leader on the day.",
    "The United States invited Prime Minister Shinzo Abe to the White House.",
    published="2015-02-09",
    only=(TriggerType.INVITE,),
)
def _inviting_state(context: SentenceContext, reading: Reading) -> bool:
    if reading.subject:
        return False
    at = reading.start
    while at > reading.clause[0] and context.keys[at - 1] in _INVITING_AUXILIARIES:
        at -= 1  # "Washington has (formally) invited"
    state = next((m for m in context.mentions.items if m.end == at and m.kind is COUNTRY), None)
    if state is None or state.country is None:
        return False
    reading.subject = [
        Mention(kind=GOVERNMENT, start=state.start, end=state.end, text=state.text, country=state.country)
    ]
    return True


_INVITING_AUXILIARIES = frozenset({"has", "had", "have", "also", "formally", "officially", "already"})


def _unknown_subject(context: SentenceContext, position: int) -> bool:
    """Whether a capitalised word no mention or time takes stands right before ``position`` (a comma between):
    the name of someone the knowledge base does not know, the verb's own subject (a function word of a heading in
    title case is none)."""
    i = position - 1
    while i > 0 and context.keys[i] == ",":
        i -= 1
    token, key = context.tokens[i], context.keys[i]
    if key in _NO_NAMES:  # a heading's capitals: "Remarks by A and B Before Bilateral Meeting"
        return False
    named = any(m.start <= i < m.end for m in context.mentions.near(i + 1))
    return i > 0 and token.capitalised and key.isalpha() and not named


_NO_NAMES = frozenset(WEEKDAYS) | HEADING_FUNCTION_WORDS | DETERMINERS  # capitalised words that are never a name


# -- passives and vetoes on the sides -------------------------------------------------------------------------------


def _agents(context: SentenceContext, reading: Reading) -> list[Mention]:
    """A passive trigger's agents ("was received by X"), a host word's participle included ("hosted by X")."""
    return passive_agents(
        context.mentions,
        context.tokens,
        context.keys,
        reading.start,
        reading.end,
        reading.clause[1],
        participle=reading.type is TriggerType.HOST,
    )


@rule(
    "agents.passive",
    Phase.AGENTS,
    "A passive's agent ('was received by X') is the host of a host verb, else the object.",
    "Albanese was received by Xi at the Great Hall of the People.",
    needs=("by",),
)
def _passive(context: SentenceContext, reading: Reading) -> bool:
    agents = _agents(context, reading)
    if agents and len(kept := next_subject_cut(context, agents, reading.end)) < len(agents):
        agents = kept  # "was received by Kishida, and Biden met Xi": Biden is the next clause's subject
        reading.fired.append("objects.next-subject")
    if not (agents and reading.subject):
        return False
    if len(reading.subject) == 1 and reading.subject[0].start < reading.start:
        context.passives.append((max(m.end for m in agents), reading.subject[0]))  # see subject.passive-conjunct
    if reading.type is TriggerType.HOST:
        reading.subject, reading.leader_objects = agents[:1], reading.subject
    else:
        reading.leader_objects = agents
    return True


@rule(
    "agents.joint-passive",
    Phase.AGENTS,
    "A meeting verb in the passive with no leader as its subject ('the treaty was signed by A and B', 'is to be "
    "signed by the three presidents') is a meeting of its agents.",
    "The treaty was signed in Moscow by Richard Nixon and Leonid Brezhnev.",
    published="1972-05-26",
    only=(TriggerType.MEET,),
    needs=("by",),
)
def _joint_passive(context: SentenceContext, reading: Reading) -> bool:
    if any(m.is_leader for m in reading.subject):
        return False
    keys, start = context.keys, reading.start
    adverb = start > 1 and keys[start - 1].endswith("ly")  # "is to be formally signed by"
    at = start - 1 if adverb else start
    agents = passive_agents(context.mentions, context.tokens, keys, at, reading.end, reading.clause[1])
    if len(agents) < 2 and not any(m.plural for m in agents):
        return False
    if any(m not in agents for m in reading.leader_objects):
        return False  # objects of its own: "was signed with X by Y" is another construction
    reading.subject, reading.leader_objects = agents, []
    return True


@rule(
    "agents.whom",
    Phase.AGENTS,
    "In 'X, with whom Y spoke by phone' or 'X, whom Y had hosted', X is the one Y met, called or hosted.",
    "Lula thanked Petro, with whom he spoke by phone on Friday.",
    needs=("whom",),
)
def _whom(context: SentenceContext, reading: Reading) -> bool:
    if reading.leader_objects or not reading.subject:
        return False
    opening, keys = reading.subject[0].start, context.keys
    if opening < 3 or keys[opening - 1] != "whom" or keys[opening - 2] not in ("with", "to", ","):
        return False
    # "X, whom Y had hosted", "X, with whom Y spoke", "X with whom Y spoke"
    end = opening - 3 if keys[opening - 2] != "," and keys[opening - 3] == "," else opening - 2
    before = [m for m in context.persons.items if m.end == end and m.is_leader]
    if not before or before[0] in reading.subject:
        return False
    reading.leader_objects = before
    return True


@rule(
    "agents.noun-by",
    Phase.AGENTS,
    "The agent of a visit noun ('a visit by X', 'the trip by X to Paris', 'the visit of X to Dhaka', 'the state "
    "visit to Ghana by X') is the visitor, not the subject's host.",
    "Starmer arrived to build on a visit by Macron to Washington.",
    only=(TriggerType.VISIT,),
    needs=("by", "of"),
)
def _noun_by(context: SentenceContext, reading: Reading) -> bool:
    keys, end = context.keys, reading.end
    if not after_article(context.tokens, reading.start):
        return False
    places = _destination_before_by(context, reading)  # "the state visit to Ghana by X"
    by = places[-1].end if places else end
    if not (by < len(keys) and keys[by] in ("by", "of")) or (places and keys[by] != "by"):
        return False
    agents = [m for m in group_after(context.mentions, context.tokens, by + 1, reading.clause[1]) if m.is_leader]
    if not agents or (keys[by] == "of" and _modifies(keys, agents[-1].end)):
        return False  # "the first state visit of the Trump years": a name that only qualifies a noun
    host = reading.subject
    reading.subject = agents[:1]
    reading.objects = places or group_after(context.mentions, context.tokens, agents[-1].end, reading.clause[1])
    if not reading.objects and _receives(host, agents[0]):
        reading.objects = host  # "the White House is trying to reschedule the visit of X": a visit to it
        reading.fired.append("agents.visit-received")
    reading.leader_objects = [m for m in reading.objects if m.is_leader]
    return True


@rule(
    "agents.visit-received",
    Phase.SENTENCE,
    "A visit noun with its visitor and no destination ('reschedule the visit of X') goes to the clause's subject "
    "when that is the seat of government of another country ('the White House', 'the Kremlin'; fired by "
    "agents.noun-by).",
    "The Kremlin is trying to reschedule the visit of the Turkish president.",
    published="2019-05-19",
)
def _receives(host: list[Mention], visitor: Mention) -> bool:
    """Whether the subject before a visit noun is whom the visitor goes to: the seat of another country's leader."""
    return (
        len(host) == 1
        and host[0].kind is MentionKind.GOVERNMENT  # not "X arrived to build on a visit by Y": Y did not visit X
        and host[0].country is not None
        and host[0].country != visitor.country
    )


def _destination_before_by(context: SentenceContext, reading: Reading) -> list[Mention]:
    """The place a visit noun goes to, right after it and before "by": "the state visit to Ghana by X"."""
    keys, end = context.keys, reading.end
    start = end + 1 if end < len(keys) and keys[end] == "to" else end
    if start == end and not (end > 0 and keys[end - 1] == "to"):
        return []  # the trigger phrase itself may end in "to" ("visit to")
    place = next(iter(context.mentions.between(start, start + 1)), None)
    if place is None or place.kind not in PLACE_KINDS or place.end + 1 >= len(keys) or keys[place.end] != "by":
        return []
    if context.token_keys[place.end + 1] in ("a", "an"):
        return []  # "the first visit to Austria by an Indian prime minister in 41 years": anyone of that office
    return [place]


def _modifies(keys: Sequence[str], after: int) -> bool:
    """Whether a name ending at ``after`` is followed by a plain word it qualifies ("the Trump years")."""
    word = keys[after] if after < len(keys) else ""
    return word.isalpha() and word not in _AFTER_AGENT


#: Words after the agent of "the visit of X": a preposition, a conjunction or a verb ("the visit of X to Dhaka").
_AFTER_AGENT = frozenset({"to", "in", "on", "at", "from", "for", "and", "with", "last", "this", "next"}) | AUXILIARIES


@rule(
    "veto.names-not-calls",
    Phase.SIDES,
    "'Called him a liar', 'called on Tehran to ...', 'a summit called by X': the verb names, urges or convenes; it "
    "does not phone.",
    "Trump called Maduro a dictator.",
    only=(TriggerType.CALL,),
    needs=("trigger.may_name",),
)
def _names_not_calls(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.may_name:
        return False
    keys, start, end = context.keys, reading.start, reading.end
    if end < len(keys) and keys[end] == "by" and start > 0 and keys[start - 1] not in AUXILIARIES:
        return True  # "the gathering, called by Lula to ...": convened
    dated = bool(context.times.usable.between(end + 1, end + 2))  # "a call on Friday" is a call
    if end < len(keys) and keys[end] in _NOT_CALLING and not (keys[end] == "on" and dated):
        return True  # "called on Tehran to ...", "ambassadors were called home"
    after = reading.objects[0].end if reading.objects else end
    return after < len(keys) and keys[after] in _NAMING


@rule(
    "veto.between-others",
    Phase.SIDES,
    "'Talks between their foreign ministers' are between others (not 'a summit between Iran and Turkey': between "
    "their leaders).",
    "Erdogan welcomed the talks between their foreign ministers.",
    needs=("trigger.between",),
)
def _between_others(context: SentenceContext, reading: Reading) -> bool:
    return reading.trigger.between and not reading.leader_objects and not _of_countries(context, reading)


@rule(
    "veto.official-visitor",
    Phase.SIDES,
    "'A visit to PNG by China's foreign minister': the visitor the noun names is an official, no leader.",
    "Albanese played down a visit to Honiara by the Chinese foreign minister.",
    only=(TriggerType.VISIT,),
    needs=("by",),
)
def _official_visitor(context: SentenceContext, reading: Reading) -> bool:
    keys, end = context.keys, reading.end
    if not after_article(context.tokens, reading.start):
        return False
    by = next((i for i in range(end, min(end + _BY_REACH, reading.clause[1])) if keys[i] == "by"), None)
    if by is None or any(m.is_leader and m.start < by for m in reading.leader_objects if m.start >= end):
        return False
    leader = next((m.start for m in context.mentions.between(by, reading.clause[1]) if m.is_leader), len(keys))
    stop = min(leader, by + _BY_REACH, reading.clause[1])
    return any(token.key in context.words.official_titles for token in context.tokens[by + 1 : stop])


_BY_REACH = 6  # "a trip to Fiji by | the Indian External Affairs Minister"


def _between_group(reading: Reading) -> bool:
    return reading.trigger.between and people_count(reading.leader_objects) >= 2


def _of_countries(context: SentenceContext, reading: Reading) -> bool:
    """Whether the trigger is the word of a summit named by its countries: "a summit between Iran and Turkey"."""
    return any(s.countries and s.start < reading.end and reading.start < s.end for s in context.summits.items)


def _after_objects(reading: Reading) -> tuple[int, int]:
    return end_of(reading.objects, reading.leader_objects, reading.end), reading.clause[1]


@rule(
    "veto.between-unlikely",
    Phase.SIDES,
    "'Talks between A and B were unlikely', 'a summit between Russia and Georgia is unlikely' (or called off) "
    "report no meeting.",
    "A meeting between Modi and Sharif was unlikely.",
    needs=("words.negation_cues", "n't", "words.unlikely_cues"),
)
def _between_unlikely(context: SentenceContext, reading: Reading) -> bool:
    if not (_between_group(reading) or _of_countries(context, reading)):
        return False
    words, rest, keys = context.words, _after_objects(reading), context.keys
    if words.negation_cues.found(keys, *rest) and not all(  # not "was postponed to June 5": a plan for that day
        put_off_to(keys, start, cue, context.times.every()) is not None
        for start, cue in words.negation_cues.matches(keys, *rest)
    ):
        return True
    return words.unlikely_cues.found(keys, *rest)


# -- groups around a noun -------------------------------------------------------------------------------------------


@rule(
    "group.chaired",
    Phase.GROUPS,
    "A chair of 'the meeting with A, B and C' ('presided over', 'chaired', 'convened') held one meeting of all.",
    "Lula presided over the meeting with Petro, Boric and Arce in Brasilia on Tuesday.",
    needs=("trigger.nominal", "words.chair_cues"),
)
def _chaired(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if not (reading.trigger.nominal and reading.subject and people_count(reading.leader_objects) >= 2):
        return False
    article = start - 1 if start > 0 and keys[start - 1] in ("the", "a") else start
    if not context.words.chair_cues.found(keys, max(0, article - 3), article):
        return False
    reading.subject, reading.leader_objects = dedupe(reading.subject + reading.leader_objects), []
    return True


@rule(
    "group.multilateral",
    Phase.GROUPS,
    "'A multilateral (trilateral, three-way) meeting with A, B and C' is one meeting of all, with its subject.",
    "Biden held a multilateral meeting with Kishida, Yoon and Albanese in Washington.",
    published="2023-08-19",
    needs=("trigger.nominal", "words.multilateral_words"),
)
def _multilateral(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if not (reading.trigger.nominal and reading.subject and people_count(reading.leader_objects) >= 2):
        return False
    if not any(key in context.words.multilateral_words for key in keys[max(0, start - 2) : start + 1]):
        return False
    reading.subject, reading.leader_objects = dedupe(reading.subject + reading.leader_objects), []
    return True


@rule(
    "group.between",
    Phase.GROUPS,
    "'Talks between A and B' (or 'between the two leaders'): the group meets; 'are expected' makes it planned.",
    "Talks between Sanchez and Meloni are expected next week.",
    needs=("trigger.between",),
)
def _between(context: SentenceContext, reading: Reading) -> bool:
    if not _between_group(reading):
        return False
    if reading.status is Status.OCCURRED and context.words.passive_future_cues.found(
        context.keys, *_after_objects(reading)
    ):
        reading.status = Status.PLANNED
    reading.subject, reading.leader_objects = reading.leader_objects, []
    return True


def _their_other(context: SentenceContext, end: int) -> list[Mention]:
    """The leader a main verb reaches right after its subject ("(A) told B", "(A) turned to B"): the other of the
    two an opening "their" stands for; none if another name, a comma or a capital stands between."""
    keys = context.keys
    for i in range(end, min(len(keys), end + _THEIR_VERB_WORDS + 1)):
        leader = next((m for m in context.leaders.between(i, i + 1) if m.start == i), None)
        if leader is not None:
            return [leader]
        if not keys[i].isalpha() or not keys[i].islower() or context.tokens[i].capitalised:
            return []
    return []


@rule(
    "group.speakers-own",
    Phase.GROUPS,
    "A meeting noun a speaker's 'our' owns, with no one after it, in a transcript turn ('THE PRESIDENT: "
    "based on what President X said last night in our conversations'): the speaker and the one leader of another "
    "country the sentence names, not past a ', and' or ', but' (a 'we' of two leaders who speak in turn names the "
    "other); none if it names no such leader, or several ('in our meeting this morning my ministers said' is "
    "nothing).",
    "THE PRESIDENT: Judging by what President Lula told me in our talks this morning, a deal is near.",
    published="2009-04-03",
    outlet="The White House",
    only=(TriggerType.MEET, TriggerType.CALL),
)
def _speakers_own(context: SentenceContext, reading: Reading) -> bool:
    owner = speaker_owner(context.mentions, context.tokens, reading.start)
    if owner is None or _other_side(reading.leader_objects, owner):  # "our talks with X" names its own
        return False
    part = _joined_part(context.keys, reading.start)
    others = _other_side(context.mentions.between(*part), owner)
    if len(others) != 1:
        return False
    reading.subject, reading.leader_objects = [owner], others
    return True


def _joined_part(keys: Sequence[str], at: int) -> tuple[int, int]:
    """The part of a sentence (token bounds) around token ``at`` that no ", and" or ", but" splits off.

    >>> _joined_part("x was clear , and in our talks we agreed".split(), 7)
    (4, 10)
    """
    cuts = [i for i in range(1, len(keys)) if keys[i] in _CLAUSE_JOINS and keys[i - 1] == ","]
    low = max((i for i in cuts if i < at), default=0)
    return low, min((i for i in cuts if i > at), default=len(keys))


_CLAUSE_JOINS = frozenset({"and", "but"})  # ", and" and ", but" join two clauses


def _other_side(mentions: Sequence[Mention], owner: Mention) -> list[Mention]:
    """The mentions that name a leader of another country than the one ``owner`` (a speaker's pronoun) stands for,
    one for each such leader: names and offices; failing them, a "we" of two leaders who speak in turn."""
    named = _others_named([m for m in mentions if m.kind is not PRONOUN], owner)
    return named or _others_named([m for m in mentions if m.kind is PRONOUN and m.text.lower() in _WE], owner)


def _others_named(mentions: Sequence[Mention], owner: Mention) -> list[Mention]:
    """Of ``mentions``, one for each leader of another country than the speaker's it names (a pronoun through its
    antecedents)."""
    speaker = owner.antecedents[0]
    found: dict[str, Mention] = {}
    for mention in mentions:
        for leader in mention.antecedents if mention.kind is PRONOUN else (mention,):
            if leader.is_leader and leader.kind is not PRONOUN and leader.country != speaker.country:
                found.setdefault(leader.leaders[0] if leader.leaders else f"{leader.country}/{leader.role}", mention)
    return list(found.values())


_WE = frozenset({"we", "us"})


_THEIR_VERB_WORDS = 3  # words of a verb between a subject and its object: "turned to", "would later tell"


@rule(
    "group.opening-phrase",
    Phase.GROUPS,
    "'In a phone call with A, B said ...', 'Speaking after talks with A, B ...', 'Apart from talks with A, B will "
    "...' (planned with the main verb): the objects and the main subject meet, as host of a host verb's objects "
    "('Welcoming A to Paris, B said ...'); after 'their' ('During their talks, A told B', 'On the second day of "
    "their face-to-face talks, A turned to B', 'Midway through their talks, ...'), the main verb's subject and the "
    "leader right after its verb. A relative clause after the phrase is passed over ('In a call with A on Monday, "
    "which followed his re-election, B said ...').",
    "In a phone call with Scholz on Monday, Tusk discussed the border.",
)
def _opening_phrase(context: SentenceContext, reading: Reading) -> bool:
    tokens, keys = context.tokens, context.keys
    if not all(m.kind is PRONOUN for m in reading.subject):
        return False
    if not (
        opening_phrase(tokens, reading.start, wide=True)
        or (not reading.subject and participle_opening(tokens, keys, reading.start))
    ):
        return False
    comma = next((i for i in range(reading.end, min(len(keys), reading.end + 12)) if keys[i] == ","), None)
    after = _after_opening(context, comma, reading.clause[1]) if comma is not None else []
    group = dedupe(reading.leader_objects + [m for m in after if m.is_leader])
    if (
        len(group) == 1
        and after
        and "their" in context.token_keys[max(0, reading.start - _THEIR_REACH) : reading.start]
    ):
        group += _their_other(context, after[-1].end)  # "In their talks, A told B ..."
    hosts = [m for m in after if m.is_leader][:1]
    if len(group) >= 2 and reading.type is TriggerType.HOST and reading.leader_objects and hosts:
        reading.subject = hosts  # "Welcoming X to Paris, Y said ...": Y hosts X
    elif len(group) >= 2:
        reading.subject, reading.leader_objects = group, []
        if aside(keys, reading.start) and context.words.passive_future_cues.found(keys, comma or 0, len(keys)):
            reading.status = Status.PLANNED  # "Besides talks with X, Y will ...": the main verb's plans
    elif comma is not None:  # "During the visit, he held talks ...": who follows the comma is the next verb's
        reading.leader_objects = [m for m in reading.leader_objects if m.start < comma]
    return True


def _after_opening(context: SentenceContext, comma: int, limit: int) -> list[Mention]:
    """The group after the comma that closes an opening phrase, up to ``limit``; past a relative clause that glosses
    the phrase, the group of the main clause: "In a call with A on Monday, which followed his re-election, B said"."""
    keys = context.keys
    close = next((close for opens, close in enclosed_relatives(keys, comma, len(keys)) if opens == comma), None)
    if close is not None:
        comma, limit = close, context.clauses.bounds(close + 1)[1]
    return group_after(context.mentions, context.tokens, comma + 1, limit)


@rule(
    "group.hosted-by",
    Phase.GROUPS,
    "'A meeting with X hosted by Y': the host of the meeting joins it, with the subject and X (one gathering).",
    "Ruto attended a meeting with Museveni, hosted by Samia Suluhu Hassan, in Arusha.",
    only=(TriggerType.MEET,),
    needs=("trigger.nominal", "by"),
)
def _hosted_by(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.nominal or not reading.leader_objects:
        return False
    at = _host_participle(context, end_of(reading.objects, reading.leader_objects, reading.end))
    if at is None:
        return False
    limit = context.clauses.bounds(at)[1]
    agents = [m for m in group_after(context.mentions, context.tokens, at + 2, limit) if m.is_leader]
    if not agents:
        return False
    reading.subject, reading.leader_objects = dedupe(reading.subject + reading.leader_objects + agents), []
    context.absorbed.add(at)
    return True


def _host_participle(context: SentenceContext, position: int) -> int | None:
    """Where "hosted by" (a host verb, then "by") stands right after ``position``, a comma aside."""
    at = position + 1 if context.key(position) == "," else position
    found = next((m for m in context.matches if m.start == at), None)
    if found is None or context.words.triggers[found.values[0]].type is not TriggerType.HOST:
        return None
    return at if context.key(found.end) == "by" else None


@rule(
    "group.appositive",
    Phase.GROUPS,
    "Leaders named in apposition after a trigger: 'talks with the two most powerful men in the country, Premier Li "
    "and President Xi' are its objects; 'the two leaders sat down to talk - A and B' are its subject.",
    "Albanese held talks with the two most powerful men in China, Premier Li Qiang and President Xi Jinping.",
    only=(TriggerType.MEET, TriggerType.CALL),
)
def _appositive(context: SentenceContext, reading: Reading) -> bool:
    keys, tokens, limit = context.keys, context.tokens, reading.clause[1]
    i = reading.end
    group = reading.leader_objects
    dash = i < limit and tokens[i].start - tokens[i - 1].end > 1  # "sat down to talk - A and B": a dash left out
    if not reading.subject and group and group[0].start == i and dash and people_count(group) >= 2:
        reading.subject, reading.leader_objects = group, []
        return True
    if reading.leader_objects:
        return False
    people = False
    while i < min(limit, reading.end + _APPOSITION_REACH) and keys[i] not in _APPOSITION_MARKS:
        if not tokens[i].key.isalnum() or context.persons.between(i, i + 1):
            return False
        people = people or keys[i] in _PEOPLE
        i += 1
    if i >= limit or keys[i] not in _APPOSITION_MARKS or (reading.subject and not people):
        return False
    group = [m for m in group_after(context.mentions, tokens, i + 1, limit) if m.is_leader]
    if reading.subject and group:
        reading.leader_objects = group
    elif not reading.subject and people_count(group) >= 2:
        reading.subject = group
    else:
        return False
    return True


@rule(
    "group.told-in-call",
    Phase.GROUPS,
    "'Modi told Xi in a phone call': the sentence's subject and the person just before the phrase.",
    "Albanese told Luxon in a phone call that the deal was close.",
    only=(TriggerType.CALL, TriggerType.MEET),
)
def _told_in_call(context: SentenceContext, reading: Reading) -> bool:
    subject = reading.subject
    if not (
        len(subject) == 1
        and subject[0].is_leader
        and not reading.leader_objects
        and noun_phrase(context.tokens, reading.start)
        and not context.words.negation_cues.found(context.keys, reading.clause[0], reading.start)
    ):
        return False
    first = context.first_free()
    if first is not None and first.is_leader and first.start < subject[0].start:
        reading.subject, reading.leader_objects = [first], subject
    return True


@rule(
    "group.hosted-meeting",
    Phase.GROUPS,
    "'A attended a meeting with B, hosted by C': the host of the meeting is one of it; the three meet as one.",
    "President Paul Kagame attended a meeting with Tshisekedi in Doha on Tuesday, hosted by Sheikh Tamim.",
    published="2025-03-19",
    needs=("trigger.nominal", "hosted"),
)
def _hosted_meeting(context: SentenceContext, reading: Reading) -> bool:
    if not (reading.trigger.nominal and reading.subject and reading.leader_objects):
        return False
    keys = context.keys
    low = end_of(reading.objects, reading.leader_objects, reading.end)
    for i in range(low, min(len(keys) - 1, low + _HOST_REACH)):
        if keys[i] in _HOST_BREAKS:
            return False
        if keys[i] == "hosted" and keys[i + 1] == "by":
            high = min(len(keys), i + 2 + _HOST_REACH)
            hosts = [m for m in group_after(context.mentions, context.tokens, i + 2, high) if m.is_leader][:1]
            if not hosts:
                return False
            reading.subject, reading.leader_objects = dedupe(reading.subject + reading.leader_objects + hosts), []
            return True
    return False


_HOST_REACH = 12  # "a meeting with his ... counterpart, Felix Tshisekedi, hosted by ...": words to the host
_HOST_BREAKS = CLAUSE_BREAKS - {"(", ")"}  # an acronym in brackets goes on the clause


_ALONG = (("along", "with"), ("together", "with"), ("as", "well"))  # "..., along with B": B joins the objects


@rule(
    "group.along-with",
    Phase.GROUPS,
    "Leaders added later in the clause ('..., along with the presidents of Kyrgyzstan and Tajikistan') join the "
    "trigger's objects.",
    "Tokayev welcomed Xi and Putin to the palace on Wednesday, along with the presidents of Kyrgyzstan and Tajikistan.",
    needs=("along", "together", "well"),
)
def _along_with(context: SentenceContext, reading: Reading) -> bool:
    if not reading.leader_objects or "subject.included" in reading.fired:
        return False  # "... will include A, as well as B": B is listed with A
    keys, high = context.keys, reading.clause[1]
    for i in range(end_of(reading.objects, reading.leader_objects, reading.end), high - 1):
        if (keys[i], keys[i + 1]) in _ALONG:
            start = i + 3 if keys[i] == "as" else i + 2  # "as well as"
            more = [m for m in group_after(context.mentions, context.tokens, start, high) if m.is_leader]
            reading.leader_objects = dedupe(reading.leader_objects + more)
            return bool(more)
    return False


_COMPANIONS = (("along", "with"), ("together", "with"))  # "A, along with B, met C": B at A's side


@rule(
    "group.along-with-subject",
    Phase.GROUPS,
    "A leader set off by commas after the one leader named before it ('A, along with B, was met by C', 'A, together "
    "with B, arrived for talks with C') is on the same side of the meeting as A (not after a list: 'A, B, along "
    "with C and D' is one list).",
    "Lula, along with Gustavo Petro, was met at the airport by Luis Arce on Tuesday.",
    needs=("along", "together"),
)
def _along_with_subject(context: SentenceContext, reading: Reading) -> bool:
    keys, mentions = context.keys, context.mentions
    for i in range(max(reading.clause[0], 1), reading.start - 3):
        if keys[i] != "," or (keys[i + 1], keys[i + 2]) not in _COMPANIONS:
            continue
        close = next((j for j in range(i + 3, reading.start) if keys[j] == ","), None)
        earlier = [m for m in mentions.between(reading.clause[0], i) if m.is_leader]
        if close is None or len(earlier) != 1 or earlier[0].end != i:
            return False  # "including A, B, along with C and D": one list
        together = [*earlier, *(m for m in group_after(mentions, context.tokens, i + 3, close) if m.is_leader)]
        if len(together) < 2:
            return False
        if any(m in reading.subject for m in together):
            reading.subject = dedupe(reading.subject + together)
        elif any(m in reading.leader_objects for m in together):  # "A, along with B, was met by C": the objects
            reading.objects = dedupe(reading.objects + together)
            reading.leader_objects = dedupe(reading.leader_objects + together)
        else:
            return False
        return True
    return False


_GATHERING_REACH = 10  # words from an attendance to its gathering's participle: "a regional summit on ... hosted by"
_RELATIVES = frozenset({"which", "that"})  # "a summit, which was attended by A and B": the gathering's clause


@rule(
    "group.gathering-by",
    Phase.GROUPS,
    "The host and the guests a gathering's participles name ('attended a summit hosted by X and attended by A and "
    "B', 'hosted a conference attended by A and B', 'opened a conference attended by A and B') attend it too, "
    "three or more in all; the participles report nothing of their own.",
    "William Ruto attended a regional summit hosted by Yoweri Museveni and attended by Paul Kagame.",
    only=(TriggerType.ATTEND, TriggerType.SUMMIT, TriggerType.HOST),
    needs=("by",),
)
def _gathering_by(context: SentenceContext, reading: Reading) -> bool:
    keys, matches, high = context.keys, context.matches, len(context.keys)
    later = {m.start: m for m in matches[reading.number + 1 :]}
    cursor = reading.end
    gathering = context.words.gathering_words
    first = next((i for i in range(cursor, min(high, cursor + _GATHERING_REACH)) if _by(later, keys, i)), None)
    if first is None or not gathering.found(keys, reading.start, first):
        return False
    if keys[first - 1] in AUXILIARIES and keys[first - 2] not in _RELATIVES:
        return False  # "the summit hosted by X was attended by A": a verb of its own; not "which was attended by"
    agents: list[Mention] = []
    absorbed: list[int] = []
    at: int | None = first
    while at is not None and _by(later, keys, at):
        group = group_after(context.mentions, context.tokens, later[at].end + 1, context.clauses.bounds(at)[1])
        if not any(m.is_leader for m in group):
            break
        absorbed.append(at)
        agents += [m for m in group if m.is_leader]
        after = end_of(group, group, later[at].end + 1)
        at = after + 1 if keys[after : after + 1] in (["and"], [","]) else None
    everyone = dedupe(reading.subject + reading.leader_objects + agents)
    if people_count(everyone) < 3:
        return False  # "attended a dinner hosted by X": the host's guest
    context.absorbed.update(absorbed)
    reading.leader_objects = dedupe(reading.leader_objects + agents)
    return True


def _by(later: dict[int, Match[str]], keys: Sequence[str], at: int) -> bool:
    """Whether a trigger at ``at`` is a participle with its agent: "hosted by", "attended by"."""
    found = later.get(at)
    return found is not None and keys[found.end : found.end + 1] == ["by"]


# -- reports with no subject ----------------------------------------------------------------------------------------


def _objects_only(reading: Reading) -> bool:
    return not reading.subject and bool(reading.leader_objects)


@rule(
    "standin.passive-future",
    Phase.STANDIN,
    "'Talks with X will be held on Monday': a nominal report with a future passive is planned.",
    "Talks with Ruto, the Kenyan president, will be held in Nairobi on Monday.",
    needs=("words.passive_future_cues",),
)
def _passive_future(context: SentenceContext, reading: Reading) -> bool:
    if not _objects_only(reading) or reading.status is not Status.OCCURRED:
        return False
    last = end_of(reading.objects, reading.leader_objects, reading.end)
    if not context.words.passive_future_cues.found(context.keys, last, reading.clause[1]):
        return False
    reading.status = Status.PLANNED
    return True


@rule(
    "standin.protagonist",
    Phase.STANDIN,
    "A nominal report with no subject ('Talks with X are set for Monday') is the protagonist's, or that of the one "
    "leader the sentence before opened with, if not X; not a short heading, unless it is a line of a schedule or "
    "listing under a time heading ('10:00 Meeting with X').",
    "Prime Minister Kishida arrived in Manila. Talks with Marcos are set for Saturday.",
    needs=("trigger.nominal",),
)
def _protagonist(context: SentenceContext, reading: Reading) -> bool:
    if not _objects_only(reading) or context.protagonist is None or not reading.trigger.nominal:
        return False
    return _stands_in(context, reading, _sole_before(context, reading) or context.protagonist)


def _sole_before(context: SentenceContext, reading: Reading) -> Mention | None:
    """The one leader the sentence before named, as its first words, when it is none of the report's objects: "A
    heads to Cairo next week. Talks with B are planned for Monday." are A's talks even where another leader was named
    more often.

    >>> from diplomacy_events import Parser
    >>> text = ("Kenyatta met Museveni. Kenyatta spoke of trade. Macron heads to Egypt next week. "
    ...         "Talks with President Sisi are planned for Monday.")
    >>> [m.participants[0].name for m in Parser().parse(text, "2019-03-04").meetings][-1]
    'Emmanuel Macron'
    """
    named = {m.leaders[0]: m for m in context.before if m.leaders}
    if len(named) != 1 or next(iter(named.values())).start != 0:
        return None
    (leader, mention), objects = next(iter(named.items())), reading.leader_objects
    return None if any(leader in m.leaders[:1] for m in objects) else mention


@rule(
    "standin.with-later",
    Phase.STANDIN,
    "So is a meeting noun with no subject whose 'with' comes a few words on ('Talks on trade with X at the palace "
    "followed', see objects.with-later), when the noun and its 'with' are a nominal report ('talks with').",
    "Prime Minister Kishida arrived in Manila. Talks on maritime security with Marcos followed on Saturday.",
    published="2023-11-06",
    only=(TriggerType.MEET, TriggerType.CALL),
    needs=("with",),
)
def _protagonist_with_later(context: SentenceContext, reading: Reading) -> bool:
    if reading.trigger.nominal or not _objects_only(reading) or context.protagonist is None:
        return False
    gapped = context.words.triggers.get(f"{reading.trigger.phrase} with")
    if gapped is None or not gapped.nominal or "objects.with-later" not in reading.fired:
        return False
    return _stands_in(context, reading, context.protagonist)


def _stands_in(context: SentenceContext, reading: Reading, protagonist: Mention) -> bool:
    """Make the ``protagonist`` the subject of a nominal report (``standin.protagonist``), unless it is a short heading
    outside a schedule."""
    if reading.type not in (TriggerType.MEET, TriggerType.CALL):
        return False
    if _heading(context.keys, reading):
        if not context.scheduled:
            return False
        reading.tenseless = True  # "12:30 Lunch with X" under a day's heading: that day, ahead or not
    elif context.scheduled and not any(_verb(key) for key in context.keys):
        reading.tenseless = True  # a programme's entry "Meetings with A, with B and with C."
    reading.subject = [protagonist]
    return True


@rule(
    "standin.hosted-guest",
    Phase.STANDIN,
    "A programme's verbless line under a day's heading that names a host and no guest ('State banquet hosted by "
    "President X') is the protagonist's: the guest of that host, on that day.",
    "Prime Minister Anthony Albanese will pay a state visit to India from 8 to 11 March 2023.\n\nThursday, 9 March "
    "2023\n- State banquet hosted by President Droupadi Murmu\n\nFriday, 10 March 2023\n- Departure for Canberra",
    published="2023-03-02",
    only=(TriggerType.HOST,),
    needs=("by",),
)
def _hosted_guest(context: SentenceContext, reading: Reading) -> bool:
    if not context.scheduled or reading.subject or context.protagonist is None:
        return False
    if any(_verb(key) for key in context.keys[: reading.start]):
        return False  # a sentence of its own ("The leaders are arriving for the dinner hosted by X"), no entry
    agents = _agents(context, reading)  # a host word: 'hosted by X'
    if not agents or context.protagonist in agents:
        return False
    reading.subject, reading.leader_objects = agents[:1], [context.protagonist]
    reading.tenseless = True
    return True


def _verb(key: str) -> bool:
    """Whether a cue key is a verb's: an auxiliary or a past form (names are blank)."""
    return key in AUXILIARIES or key.endswith("ed")


def _heading(keys: Sequence[str], reading: Reading) -> bool:
    """A short verbless line ("5. A call with Netanyahu."): a heading, not a report."""
    last = end_of(reading.objects, reading.leader_objects, reading.end)
    return len(keys) <= _HEADING_TOKENS and not any(_verb(k) for k in keys[last : reading.clause[1]])
