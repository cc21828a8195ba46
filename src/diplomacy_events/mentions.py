"""Stage 3: mentions of leaders, offices, countries, places and organizations.

A gazetteer (a :class:`~diplomacy_events.phrases.PhraseMatcher` built from the
knowledge base and the lexicon) finds the names; composition rules then read
"Syrian President Bashar al-Assad", "the presidents of Turkey and Iran",
"his Turkish counterpart" or "the Kremlin leader"; pronouns are linked to the
most salient leader before them (:func:`link_pronouns`). Which *person* an
office mention means is decided later, on the event's date, by
:meth:`Gazetteer.holders`.

>>> import datetime
>>> from diplomacy_events import default_knowledge
>>> from diplomacy_events.segment import tokenize
>>> gazetteer = Gazetteer.for_knowledge(default_knowledge())
>>> found = gazetteer.mentions(tokenize("He met the presidents of Turkey and Iran."))
>>> [(m.kind.value, m.country) for m in found]
[('pronoun', None), ('office', 'TUR'), ('office', 'IRN')]
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import operator
import weakref
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from itertools import accumulate
from typing import ClassVar

import attrs

from .copies import copier, record
from .knowledge import MODERN_FROM, KnowledgeBase, _strip_the
from .lexicon import (
    ASIDE_OPENERS,
    AUXILIARIES,
    COORDINATION,
    COUNT_WORDS,
    FIRST_PERSON,
    GROUP_NOUNS,
    GROUP_SIZES,
    HEADING_FUNCTION_WORDS,
    HOLIDAY_ENDS,
    MONTHS,
    NAME_PARTICLES,
    OWNERS,
    PARTIAL_GROUP,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    SPEAKER_WORDS,
    SUBORDINATORS,
    TITLE_DETERMINERS,
    WEEKDAYS,
    Lexicon,
    default_lexicon,
)
from .model import Leader, Office, Role
from .phrases import Match, PhraseMatcher
from .segment import Token, dateline_end, hyphenated, token_keys

__all__ = [
    "Discourse",
    "Gazetteer",
    "Mention",
    "MentionKind",
    "Quotes",
    "Tally",
    "Unlisted",
    "first_person",
    "link_pronouns",
    "quoted_speech",
]


class MentionKind(enum.Enum):
    """What a mention names."""

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    PERSON = "person"  # a leader by name
    OFFICE = "office"  # an office of a country: "the Turkish president", "his Iranian counterpart"
    PRONOUN = "pronoun"
    GOVERNMENT = "government"  # a metonym: "the Kremlin", "the White House"
    COUNTRY = "country"
    PLACE = "place"
    ORGANIZATION = "organization"
    GROUP = "group"  # the leaders of an organization's members: "the Quad leaders", "leaders of the G7"
    OTHER = "other"  # a named person who is no leader: "Foreign Minister Sergey Lavrov", "Lucian Kim"
    OUTLET = "outlet"  # a news outlet the text cites: "according to Reuters"


# Enum members read per item, as module names (why: see events/members.py, which this module cannot import);
# _KIND_: the tag names _PERSON, _COUNTRY, ... are taken.
_KIND_PERSON, _KIND_OFFICE, _KIND_PRONOUN = MentionKind.PERSON, MentionKind.OFFICE, MentionKind.PRONOUN
_QUEEN = Role.QUEEN  # (an Enum member read from its class costs an attribute look-up on the class)
_KIND_PLACE, _KIND_COUNTRY = MentionKind.PLACE, MentionKind.COUNTRY
_KIND_ORGANIZATION = MentionKind.ORGANIZATION
_KIND_GROUP, _KIND_OTHER = MentionKind.GROUP, MentionKind.OTHER
_SPEAKER_KINDS = (_KIND_PERSON, _KIND_OFFICE, _KIND_PRONOUN)  # who may speak the words of a quotation


@record
class Unlisted:
    """A leader title before a name the knowledge base does not list: "Prime Minister Jan Doe of Poland".

    Kept on the mention the words became (someone who is no leader, or the
    office before the name) only to say, in a warning, why no leader of that
    name was found (:meth:`~diplomacy_events.assemble.Assembler.note_unplaced`).
    """

    text: str  # as written, the title included
    role: Role
    country: str | None  # the country the text gives ("Polish", "of Poland"), if any


@record(kw_only=True)
class Mention:
    """A mention at tokens ``start:end`` of a sentence.

    ``leaders`` are candidate leader ids for a name; ``country`` and ``role``
    constrain them (or, for an office, define it); ``antecedents`` are the
    mentions a pronoun stands for.
    """

    kind: MentionKind
    start: int
    end: int
    text: str
    leaders: tuple[str, ...] = ()
    country: str | None = None
    role: Role | None = None
    plural: bool = False
    city: str | None = None
    organization: str | None = None
    explicit: bool = True  # False for a bare family name whose owner is not introduced
    relative: bool = False  # "his Turkish counterpart": a leader only if "his" is one
    oblique: bool = False  # after a preposition ("In addition to Xi"): no antecedent of "he" then
    claimed: bool = False  # "they" after a plural noun of people who are no leaders ("the ministers ... their")
    subject: bool = False  # followed by its verb ("Y had called", "Y, who"), in a sentence with "him"
    coordinate: bool = False  # "Begin" in "Begin and Katzir greeted him": one with the subject after it
    antecedents: tuple[Mention, ...] = ()
    unlisted: Unlisted | None = None  # a titled name the knowledge base does not list, read as this mention
    host: bool = False  # "his host", "the host president": the leader of the country the visitor is said to be in
    size: int = 0  # how many a group counts ("the ten ASEAN leaders": 10); 0 when it names no number
    others: bool = False  # "the other G7 leaders": the group's members but the leaders named with it
    definite: bool = False  # "the Nordic leaders" (no summit's name after it): may stand for leaders named before
    regional: bool = False  # "the Caribbean leaders": a group by its region's word, only of the leaders named before
    objective: bool = False  # "her" as an object ("met her at the airport"), not a possessive ("her visit")
    given: bool = False  # a title and a given name that several may share: "Prince Mohammed", "King Abdullah"
    heads: frozenset[Role] = frozenset()  # "the Head of State": the offices the bare words may stand for
    spelled: bool = False  # a titled name read as the leader it spells near enough ("President Mohammad Khatimi")

    #: Whether the mention can stand for a leader (person, office, pronoun, metonym or group of leaders); worked
    #: out once, as the event stage asks it of each mention many times.
    is_leader: bool = attrs.field(init=False, eq=False, repr=False)

    @is_leader.default
    def _is_leader(self) -> bool:
        """``is_leader``: a pronoun may stand for a leader, a place may not.

        >>> Mention(kind=MentionKind.PRONOUN, start=0, end=1, text="she").is_leader
        True
        """
        return self.kind in _LEADER_KINDS


_evolve = copier(Mention)  # attrs.evolve without its field look-ups: each sentence copies several mentions


_LEADER_KINDS = frozenset(
    {MentionKind.PERSON, MentionKind.OFFICE, MentionKind.PRONOUN, MentionKind.GOVERNMENT, MentionKind.GROUP}
)

# gazetteer entry tags
_LEADER, _FAMILY, _COUNTRY, _DEMONYM, _METONYM, _CITY, _ORG, _OUTLET = (
    "leader",
    "family",
    "country",
    "demonym",
    "metonym",
    "city",
    "org",
    "outlet",
)
_TITLE, _LEADER_WORD, _HONORIFIC, _PRONOUN = "title", "leader_word", "honorific", "pronoun"
_NEEDS_CAPITAL = frozenset({_LEADER, _FAMILY, _COUNTRY, _DEMONYM, _METONYM, _CITY, _ORG, _OUTLET})
_PLACE_TAGS = frozenset({_COUNTRY, _DEMONYM, _METONYM, _CITY})  # tags whose value is a country code

Entry = tuple[str, str]
_KEY = operator.attrgetter("key")
_TEXT = operator.attrgetter("text")
_VALUES = operator.itemgetter(2)  # a Match's values
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | HOLIDAY_ENDS  # capitalised, yet no names


def _accept(tokens: Sequence[Token], match: Match[Entry]) -> bool:
    tags = _tags(match.values)
    start = match.start
    if start >= 1:
        before = tokens[start - 1]
        if tokens[start].key in _MERIDIEM and (before.key.isdigit() or tokens[start].text.islower()):
            return False  # "7:15 PM", "in the p.m.": a time of day, no prime minister ("P.M. Nakasone")
        if before.key in _REGION_WORDS and before.capitalised and tags <= _NATIONAL:
            return False  # "South American presidents", "Latin American leaders": a region, not the United States
    if tags <= _NEEDS_CAPITAL:
        first = tokens[start].text
        if not first[:1].isupper() and not _particle_name(tokens, match, tags):
            return False
        if not tags.isdisjoint(_SHORT_NAMED):
            surface = first if match.end - start == 1 else _surface(tokens, start, match.end)
            if len(surface) <= 4 and surface.replace(".", "").isalpha():
                return surface.upper() == surface or surface.istitle()
    if tags == _PRONOUN_ONLY and match.end < len(tokens):
        # "the leaders of Kenya and Uganda", "the two leaders of the Quad": a title, not a reference back
        after = tokens[match.end].key
        if tokens[match.end - 1].key in _GROUP_WORDS and after in ("of", "from"):
            return False
        # "the visiting leaders, including A and B": the list says who they are
        listed = tokens[match.end + 1].key if after == "," and match.end + 1 < len(tokens) else after
        return listed not in _LIST_OPENERS
    return True


def _particle_name(tokens: Sequence[Token], match: Match[Entry], tags: frozenset[str]) -> bool:
    """A leader's family name that opens with a particle written in lower case: "with de Gaulle", "told
    dos Santos" (the name goes on in capitals after the particle)."""
    return (
        not tags.isdisjoint(_NAME_TAGS)
        and tokens[match.start].key in NAME_PARTICLES
        and match.end - match.start > 1
        and tokens[match.end - 1].text[:1].isupper()
    )


@functools.lru_cache(maxsize=1 << 12)
def _tags(values: tuple[Entry, ...]) -> frozenset[str]:
    """The tags of a match's values (worked out once per values tuple: the matcher's are few and shared)."""
    return frozenset(tag for tag, _ in values)


_NATIONAL = frozenset({_DEMONYM, _COUNTRY})
_COUNTRY_TAGS = frozenset({_DEMONYM, _COUNTRY, _METONYM})
_NAME_TAGS = frozenset({_LEADER, _FAMILY})
_TITLE_TAGS = frozenset({_TITLE, _LEADER_WORD, _HONORIFIC})
_TITLE_WORD_TAGS = frozenset({_TITLE, _LEADER_WORD})
_NAME_TITLE_TAGS = frozenset({_TITLE, _LEADER})  # a title's own, or a titled alias's (see Gazetteer._full_names)
_TITLE_HONORIFIC_TAGS = frozenset({_TITLE, _HONORIFIC})
_OUTLET_ONLY = frozenset({_OUTLET})
_SHORT_NAMED = frozenset({_COUNTRY, _ORG, _LEADER, _METONYM})  # tags whose short names must be written as such
_PRONOUN_ONLY = frozenset({_PRONOUN})


#: The number of a bare group pronoun ("the leaders"): plural, a reference only before a decision verb.
_DECIDING = "plural-deciding"
_DECISION_LENGTH = 4  # words of a decision phrase: "agreed that", "looked forward to", "agreed to meet again"
_ACTING = "plural-acting"  # a bare "the two": a reference back only before a verb or adverb ("the two last met")
_GROUP_WORDS = frozenset({"leaders", "state", "government", "presidents", "ministers"})
_LIST_OPENERS = frozenset({"including", "among", "such", "notably", "like"})  # words that open a list of people
#: Titles in -s that are not plurals.
_SINGULAR_TITLES = frozenset({"mrs", "ms", "his highness", "his majesty", "his excellency"})


@record(kw_only=True)
class _Title:
    """A title read at the start of a mention: what it is, and where the words after it begin.

    ``first`` is the index of the mention's first match (a country before the
    title, or the title); ``next`` the index of the match after the title,
    its honorifics and any gloss; ``end`` the token after the last title word.
    """

    first: int
    head: Match[Entry]
    start: int  # the mention's first token, a determiner included ("the Turkish president")
    phrase: str
    role: Role | None
    country: str | None
    leading: bool  # a word for "leader" ("counterpart", "head of state") rather than a title
    plural: bool
    consumed: int  # the matches the title itself takes
    end: int
    next: int


_MERIDIEM = frozenset({"pm", "am", "p.m.", "a.m."})
_REGION_WORDS = frozenset({"south", "north", "latin", "central", "east", "west"})  # before a demonym: a region
_LOCATIVES = frozenset({"in", "to", "at", "from", "near", "outside", "into"})
_WHERE_TAGS = frozenset({_CITY, _METONYM, _COUNTRY})  # a name that is also a place: "in Paris"
_HOLDERS_CACHE_SIZE = 1 << 16  # (mention, day) look-ups kept; news names the same few leaders again and again


class Gazetteer:
    """The phrase matcher and composition rules over one knowledge base.

    By default the matcher knows the leaders in office since
    :data:`~diplomacy_events.knowledge.MODERN_FROM`; a text dated before it
    is read by a second gazetteer that knows every leader, built on first
    need (``since=None`` builds that one). Names that meant a country only
    for a time ("the Kremlin", "Yugoslavia") mean it in texts of that time.

    >>> import datetime
    >>> from diplomacy_events import default_knowledge
    >>> from diplomacy_events.segment import tokenize
    >>> gazetteer = Gazetteer.for_knowledge(default_knowledge())
    >>> found = gazetteer.mentions(tokenize("The Kremlin agreed."), datetime.date(1972, 5, 1))
    >>> [(m.kind.value, m.country) for m in found]
    [('government', 'SUN')]
    """

    def __init__(
        self, knowledge: KnowledgeBase, words: Lexicon | None = None, *, since: dt.date | None = MODERN_FROM
    ) -> None:
        self.knowledge = knowledge
        self.words = words or default_lexicon()
        self._since = since
        self.female = frozenset(leader.id for leader in knowledge if leader.female)  # whom "she" may stand for
        self._everyone: Gazetteer | None = None
        self._holders: dict[tuple[object, ...], tuple[tuple[Leader, Office | None], ...]] = {}
        self._offices: dict[tuple[object, ...], tuple[Role | None, str | None]] = {}  # see _with_office
        self._changes: dict[str, list[dt.date]] = {}  # by leader id: the days its offices change (see _terms)
        self._name_keys: dict[str, frozenset[str]] = {}  # by leader id: the words of its names (see _name_words)
        matcher: PhraseMatcher[Entry] = PhraseMatcher()
        for leader in knowledge.leaders(since=since):
            for name in (leader.name, *leader.aliases):
                matcher.add(name, (_LEADER, leader.id))
            matcher.add(leader.family, (_FAMILY, leader.id))
        self._dated: set[tuple[str, ...]] = set()  # names of an era, as token keys
        for info in knowledge.countries():
            code = info.country.code
            for name in (info.name, *info.names):
                matcher.add(_strip_the(name), (_COUNTRY, code))
            for demonym in info.demonyms:
                matcher.add(demonym, (_DEMONYM, code))
            for metonym in info.metonyms:
                matcher.add(_strip_the(metonym), (_METONYM, code))
            for city in info.cities:
                matcher.add(city, (_CITY, code))
            self._dated.update(tuple(token_keys(_strip_the(era.text))) for era in info.eras)
        self._dated_firsts = {keys[0] for keys in self._dated}  # a cheap test before the tuple of a match's keys
        #: the organizations by their first day: a name in a text dated before it means something else ("a Pacific
        #: alliance" in 1957)
        self._founded = {org.id: org.founded for org in knowledge.organizations() if org.founded is not None}
        for org in knowledge.organizations():
            for name in (org.id, org.name, *org.names):
                # "SCO summit" (and "APEC Economic Leaders' Meeting") is read as the organization and the
                # word summit (meeting)
                parts = name.split()
                last = parts[-1].lower() if len(parts) > 1 else ""
                if last in ("summit", "summits") or (
                    last == "meeting" and parts[-2].lower() in ("leaders'", "leaders")
                ):
                    name = " ".join(parts[:-1])
                if name.lower().endswith((" leaders", " leaders'")) and name.rsplit(" ", 1)[0] in org.names:
                    continue  # "Pacific Islands Forum Leaders (Meeting)": its name and the leaders, a group
                matcher.add(name, (_ORG, org.id))
        for phrase in self.words.titles:
            matcher.add(phrase, (_TITLE, phrase))
        for phrase in self.words.leader_words:
            matcher.add(phrase, (_LEADER_WORD, phrase))
        for phrase in self.words.honorifics:
            matcher.add(phrase, (_HONORIFIC, phrase))
        for phrase in self.words.pronouns:
            matcher.add(phrase, (_PRONOUN, phrase))
        for name in self.words.outlets:
            matcher.add(name, (_OUTLET, name))
        self.matcher = matcher
        self._region_firsts = frozenset(phrase.split()[0] for phrase in self.words.region_groups)

    _cache: ClassVar[weakref.WeakKeyDictionary[KnowledgeBase, Gazetteer]] = weakref.WeakKeyDictionary()

    @classmethod
    def for_knowledge(cls, knowledge: KnowledgeBase) -> Gazetteer:
        """The gazetteer of a knowledge base, built once and cached."""
        if knowledge not in cls._cache:
            cls._cache[knowledge] = cls(knowledge)
        return cls._cache[knowledge]

    def phrases(self) -> Iterator[tuple[tuple[str, ...], frozenset[str], bool]]:
        """Every phrase: its token keys, its tags (``"leader"``, ``"title"``, ``"pronoun"``, ...), and whether
        a mention needs it written with a capital ("May" the leader, not "may").

        >>> from diplomacy_events import default_knowledge
        >>> found = {keys: (sorted(tags), capital) for keys, tags, capital in
        ...          Gazetteer.for_knowledge(default_knowledge()).phrases()}
        >>> found[("the", "latter")], found[("putin",)]
        ((['pronoun'], False), (['family'], True))
        """
        for keys, values in self.matcher.phrases():
            tags = frozenset(tag for tag, _ in values)
            yield keys, tags, tags <= _NEEDS_CAPITAL

    # -- finding mentions ------------------------------------------------------

    def mentions(
        self,
        tokens: Sequence[Token],
        day: dt.date | None = None,
        *,
        earlier: bool = False,
        keys: Sequence[str] | None = None,
    ) -> list[Mention]:
        """The mentions of one sentence, left to right (pronouns not yet linked).

        With ``day``, a person mention also gets the country and role its
        leader held that day, which role-bound references ("the PM") need.
        The leaders of the years before ``since`` are known in a text dated
        before it, and in a sentence that speaks of them (``earlier``: "in
        November 1973"). ``keys``, if given, are the tokens' keys
        (:attr:`~diplomacy_events.segment.Sentence.keys`).
        """
        if self._since is not None and (earlier or (day is not None and day < self._since)):
            return self.earlier().mentions(tokens, day, keys=keys)
        keys = list(map(_KEY, tokens)) if keys is None else keys  # read only: a sentence's tuple is not copied
        matches = self.matcher.find(tokens, _accept, keys=keys)
        if not matches:  # no name, title or pronoun: at most someone with an official's title
            return self._officials(tokens, keys, matches)
        present = frozenset().union(*map(_tags, map(_VALUES, matches)))  # the sentence's tags, once
        if _LEADER in present:  # a titled alias to read as a title and a full name
            matches = self._full_names(tokens, matches)
        if _FAMILY in present:  # a family name after middle names
            matches = self._middle_names(tokens, matches)
        if not self._dated_firsts.isdisjoint(keys):
            matches = self._in_era(tokens, matches, day or MODERN_FROM)
        if day is not None and _ORG in present:
            matches = self._founded_by(matches, day)
        filed = dateline_end(tokens)
        if filed:  # "BRUSSELS (Reuters) -": where the story was filed, no government and no event's place
            matches = [m for m in matches if m.start >= filed or _value(m, _OUTLET) is not None]
        found: list[Mention] = []
        i = 0
        while i < len(matches):
            consumed, made = self._compose(tokens, matches, i)
            found += made
            i += max(consumed, 1)
        if not present.isdisjoint(_NAME_TITLE_TAGS):  # a title only these matches or full names split off hold
            found = self._written_out(tokens, matches, found)
        if not self.words.host_nouns.isdisjoint(keys):
            found = self._hosts(tokens, keys, found)
        if not self._region_firsts.isdisjoint(keys) and not _GROUP_HEADS.isdisjoint(keys):
            found = self._region_groups(tokens, keys, found)
        if "(" in keys and len(found) > 1:  # "the Prime Minister (Mr Nehru)": the title is the name's
            found = self._bracketed_names(tokens, found, day)
        found = _mark_oblique(tokens, _share_titles(tokens, found), self.words.clause_verbs)
        found = _claim_pronouns(keys, found, self.words.people_nouns)
        if not _ASKING.isdisjoint(keys) and any(_asks_subject(tokens, m) for m in found):
            found = _mark_subjects(tokens, found, self.words)  # only "him" and "when he" ask who is a subject
        others = [o for o in self._officials(tokens, keys, matches) if not any(_overlap(o, m) for m in found)]
        if others:  # "correspondent Neha" beside "Neha Modi": one person, named once
            found = sorted(found + others, key=lambda m: m.start)
        if day is not None:
            found = [
                self._with_office(m, day) if m.kind is _KIND_PERSON and (m.role is None or m.country is None) else m
                for m in found
            ]
            if any(m.unlisted is not None and m.kind is MentionKind.OTHER for m in found):
                found = [self._spelled_like(tokens, m, day) for m in found]
        if len(found) > 1:
            found = self._without_appositions(tokens, found)
        return found

    def _spelled_like(self, tokens: Sequence[Token], mention: Mention, day: dt.date) -> Mention:
        """A titled name the knowledge base does not list, read as the one leader holding such an office on ``day``
        whose family name it spells near enough ("Iran's President Mohammad Khatimi", "Ayatollah Ali Khamin'i"), the
        given names the text writes all that leader's; else the mention as it is. A family name alone needs the
        office's country ("President Khatimi of Iran"), unless it is long ("President Berdimuhamedov")."""
        unlisted = mention.unlisted
        if unlisted is None or mention.kind is not MentionKind.OTHER:
            return mention
        names = self._written_names(tokens, mention)
        if not names or (len(names) == 1 and unlisted.country is None and len(tokens[names[0]].key) < _LONE_SPELLING):
            return mention
        fitting = _FITTING.get(unlisted.role, frozenset({unlisted.role}))
        holders = [
            (leader, office)
            for leader in self.knowledge.spelled_like(tokens[names[-1]].text, day)
            for office in leader.offices_on(day)
            if office.role in fitting
            and unlisted.country in (None, office.country.code)
            and all(tokens[i].key in self._name_words(leader.id) for i in names[:-1])
        ]
        if len({leader.id for leader, _ in holders}) != 1:
            return mention
        leader, office = holders[0]
        start = _titled_start(tokens, mention, unlisted.text)
        return Mention(
            kind=_KIND_PERSON,
            start=start,
            end=mention.end,
            text=_surface(tokens, start, mention.end),
            leaders=(leader.id,),
            country=office.country.code,
            role=office.role,
            spelled=True,
        )

    def _written_names(self, tokens: Sequence[Token], mention: Mention) -> list[int]:
        """The positions of the words of a person's name that end a mention, after its titles and honorifics."""
        names: list[int] = []
        i = mention.end - 1
        while i >= mention.start and _name_word(tokens[i]) and tokens[i].key not in self._title_words:
            names.insert(0, i)
            i -= 1
        return names

    def _hosts(self, tokens: Sequence[Token], keys: Sequence[str], found: list[Mention]) -> list[Mention]:
        """Read "his host", "their hosts", "the host president" as a host mention, whose country is that of the
        place the visitor is in (which :func:`link_pronouns` finds). A possessive before it is the guest's, no
        person of its own: "His host, President X, greeted him" names X. No host mention for a bare "the host"
        (of a summit, a show, a dinner as often as of a visit), one of a summit ("the host of the G20"), a
        modifier ("the host country"), or a host a name beside it names ("his host, Sean Roe,", "his host
        President X", "Zhou Enlai, his host,", "X was his host", "X will be his host")."""
        words = self.words
        for i in range(1, len(keys)):
            if keys[i] not in words.host_nouns or keys[i - 1] not in _HOST_DETERMINERS:
                continue
            end, role = self._host_title(tokens, keys, i)
            after = _key(tokens, end)
            following = end + 1 if after == "," else end  # "his host, Sean Roe," or "his host President X"
            named = following < len(tokens) and tokens[following].capitalised and keys[following] not in _CALENDAR
            if named and i > 1 and keys[i - 2] in PREPOSITIONS:  # "talks with the host, President X": an object
                found = [_evolve(m, oblique=True) if m.start == following and _is_person(m) else m for m in found]
            if end == i + 1 and keys[i - 1] == "the":
                continue  # "the host": of a summit, a show or a dinner as often as of a visit
            if after in words.host_modifiers:
                continue
            link = host_link(keys, i - 1)  # "Zhou Enlai, his host", "X was his host", "X will be his host"
            apposed = link is not None and any(m.end == link and _is_person(m) for m in found)
            # "X was his host": "his" stays, the guest whose host X is (subject.host-owner)
            kept = found if apposed and not named else [m for m in found if not (i - 1 <= m.start < end)]
            if named and (i == 1 or keys[i - 2] in (",", "and")):  # "His host, President X, greeted him": X did
                kept = [_evolve(m, subject=True) if m.start == following and _is_person(m) else m for m in kept]
            if not (named or apposed):  # "Zhou Enlai, his host, ...": the name is the host
                text = _surface(tokens, i - 1, end)
                country = self._host_place(keys, found, end)
                host = Mention(
                    kind=_KIND_OFFICE, start=i - 1, end=end, text=text, country=country, role=role, host=True
                )
                kept = sorted([*kept, host], key=lambda m: m.start)
            found = kept
        return found

    def _region_groups(self, tokens: Sequence[Token], keys: Sequence[str], found: list[Mention]) -> list[Mention]:
        """Read "the Caribbean leaders", "the three Baltic leaders" (a region's word the lexicon's
        ``region_groups`` lists, capitalised, after "the" and an optional count, before "leaders" or "heads of
        state") as a regional group of that organization's leaders: one that stands only for the leaders named
        just before it (rule ``people.group-named-before``), where no other mention covers the words."""
        regions = self.words.region_groups
        for i, key in enumerate(keys):
            if key not in self._region_firsts or not tokens[i].capitalised:
                continue
            end = next((i + n for n in (2, 1) if " ".join(keys[i : i + n]) in regions), i)
            noun = next((n for n in _REGION_NOUNS if list(keys[end : end + len(n)]) == n), None)
            if end == i or noun is None:
                continue
            size, start = _counted(tokens, i)
            if start == 0 or keys[start - 1] != "the":
                continue  # "Caribbean leaders will meet": the region's leaders at large, no reference back
            start, stop = start - 1, end + len(noun)
            if any(m.start < stop and start < m.end for m in found):
                continue  # "the Pacific Islands Forum leaders": the organization's group already
            group = Mention(
                kind=MentionKind.GROUP,
                start=start,
                end=stop,
                text=_surface(tokens, start, stop),
                organization=regions[" ".join(keys[i:end])],
                plural=True,
                size=size,
                definite=True,
                regional=True,
            )
            found = sorted([*found, group], key=lambda m: m.start)
        return found

    def _host_title(self, tokens: Sequence[Token], keys: Sequence[str], i: int) -> tuple[int, Role | None]:
        """Where the host word at ``i`` ends, with the office a title right after it names ("the host president"),
        or past a word for leaders ("the host leader") with none."""
        titles = self.words.titles
        words = len(keys) - i - 1
        end = i + 1 + next((n for n in (2, 1) if n <= words and " ".join(keys[i + 1 : i + 1 + n]) in titles), 0)
        if end > i + 1:
            return end, titles.get(" ".join(keys[i + 1 : end]))
        return end + (_key(tokens, end) in self.words.leader_words), None

    def filed_in(self, tokens: Sequence[Token]) -> str | None:
        """The country of the place of a dateline that opens ``tokens``: where a wire was filed, and so where its
        visitor is, for "his host" (:attr:`Discourse.visited`).

        >>> from diplomacy_events import default_knowledge
        >>> from diplomacy_events.segment import tokenize
        >>> Gazetteer.for_knowledge(default_knowledge()).filed_in(tokenize("NAIROBI (Wire) - Raisi met his host."))
        'KEN'
        """
        filed = dateline_end(tokens)
        matches = self.matcher.find(tokens[:filed], _accept) if filed else []
        return next((code for m in matches for tag in (_CITY, _COUNTRY) if (code := _value(m, tag))), None)

    def story_filed_in(self, tokens: Sequence[Token]) -> str | None:
        """The country of a dateline that opens a story's first lines (``tokens``), a wire's filed abroad or at
        home: "NAIROBI (Wire) -", "LIMA, March 3.", "(Agency) OSLO, June 2.", a line "ROME, May 4" of its own; a
        place in capitals, then a comma and a day, or an agency or a dash.

        >>> from diplomacy_events import default_knowledge
        >>> from diplomacy_events.segment import tokenize
        >>> gazetteer = Gazetteer.for_knowledge(default_knowledge())
        >>> gazetteer.story_filed_in(tokenize("(Wire-Agency) LIMA, March 3. Talks went on."))
        'PER'
        >>> gazetteer.story_filed_in(tokenize("LIMA TALKS GO ON")) is None
        True
        """
        filed = self.filed_in(tokens)
        if filed is not None:
            return filed
        start = 0
        if tokens and tokens[0].key == "(":  # an agency's or a wire's note before the place
            start = next((i + 1 for i in range(1, min(len(tokens), _NOTE_REACH)) if tokens[i].key == ")"), 0)
            if not start:
                return None
        end = start
        while end < len(tokens) and tokens[end].key.isalpha() and tokens[end].text.isupper():
            end += 1
        if end == start or sum(len(t.key) for t in tokens[start:end]) < 3 or _key(tokens, end) != ",":
            return None
        after = tokens[end + 1 : end + 4]
        if not any(t.key.isdecimal() for t in after) or not after[0].capitalised:  # ", March 3", ", Dec 24"
            return None
        matches = self.matcher.find(tokens[start:end], _accept)
        return next((code for m in matches for tag in (_CITY, _COUNTRY) if (code := _value(m, tag))), None)

    def name_parts(
        self, tokens: Sequence[Token], found: list[Mention], parts: Mapping[str, str | None], day: dt.date | None
    ) -> list[Mention]:
        """``found`` with a person mention for each word alone that is a word of the name of one leader the text
        named before in full (``parts``: such words' keys, each the one leader's id, or None when two people's
        names share it): "Samia Suluhu ... Suluhu arrived", "Uhuru Kenyatta ... met Uhuru" (rule
        ``people.name-part``); not a word of a longer name ("Uhuru Park"), nor one that another mention holds.

        >>> from diplomacy_events import default_knowledge
        >>> from diplomacy_events.segment import tokenize
        >>> gazetteer = Gazetteer.for_knowledge(default_knowledge())
        >>> tokens = tokenize("Later, Bola met the press.")
        >>> [m.leaders for m in gazetteer.name_parts(tokens, [], {"bola": "bola-tinubu"}, None)]
        [('bola-tinubu',)]
        """
        told = list(itertools.compress(itertools.count(), map(parts.__contains__, map(_KEY, tokens))))  # in C
        taken = {i for m in found for i in range(m.start, m.end)} if told else set()
        made: list[Mention] = []
        for i in told:
            token = tokens[i]
            key = token.key
            if i in taken or i - 1 in taken or not token.capitalised or key in _CALENDAR:
                continue  # not after a mention ("his counterpart Qiang": the office's name), nor "May"
            leader_id = parts[key]
            if not leader_id or _capitalised_word(tokens, i - 1) or _capitalised_word(tokens, i + 1):
                continue  # a name two people share; a word of a longer name ("Uhuru Park", "Mama Samia")
            person = Mention(kind=_KIND_PERSON, start=i, end=i + 1, text=token.text, leaders=(leader_id,))
            made.append(self._with_office(person, day) if day is not None else person)
        return sorted(found + made, key=lambda m: m.start) if made else found

    @staticmethod
    def officials_named(
        tokens: Sequence[Token], found: list[Mention], parts: Mapping[str, str | None]
    ) -> list[Mention]:
        """``found`` with each bare family name that only the full name of an official the text named before has
        ("Minister Mentor Lee Kuan Yew ... Lee is to visit Ipoh") made that official's: no leader of that family
        name (rule ``people.official-name``); ``found`` itself when there is none.

        >>> from diplomacy_events.segment import tokenize
        >>> lee = Mention(kind=MentionKind.PERSON, start=0, end=1, text="Lee", leaders=("lee-hsien-loong",))
        >>> [m.kind.value for m in Gazetteer.officials_named(tokenize("Lee spoke."), [lee], {"lee": _SOMEONE})]
        ['other']
        """
        if _SOMEONE not in parts.values():
            return found  # the common case
        named = [
            m.kind is _KIND_PERSON and m.end - m.start == 1 and parts.get(tokens[m.start].key) == _SOMEONE
            for m in found
        ]
        if not any(named):
            return found
        return [
            Mention(kind=MentionKind.OTHER, start=m.start, end=m.end, text=m.text) if someone else m
            for m, someone in zip(found, named, strict=True)
        ]

    def note_name_parts(self, tokens: Sequence[Token], found: Sequence[Mention], parts: dict[str, str | None]) -> None:
        """Note in ``parts`` (see :meth:`name_parts`) the words of each leader's name ``found`` names in full (two
        words or more), and those of the names of other people (:data:`_SOMEONE`, ``None`` where a leader's name
        has them too), which then name no leader alone."""
        for mention in found:
            if mention.end - mention.start < 2 or tokens[mention.end - 1].key == ")":
                continue  # one word (the common case); a title with the name in brackets
            kind = mention.kind
            if kind is _KIND_PERSON and len(mention.leaders) == 1 and mention.explicit:
                owner: str | None = mention.leaders[0]
            elif kind is _KIND_OTHER:
                owner = None
            else:
                continue
            if owner is not None:  # a word of the leader's own names: not "South African" before the name
                own = self._name_words(owner)
                for token in tokens[mention.start : mention.end]:
                    if token.key in own and token.capitalised:
                        key = token.key
                        parts[key] = owner if parts.get(key, owner) == owner else None
                continue
            titles = self._title_words
            official = self._official_before(tokens, mention.start)
            for token in tokens[mention.start : mention.end]:
                key = token.key
                if len(key) < 3 or not key.isalpha() or not token.capitalised or key in titles:
                    continue
                parts[key] = _SOMEONE if official and parts.get(key, _SOMEONE) == _SOMEONE else None

    def _official_before(self, tokens: Sequence[Token], start: int) -> bool:
        """Whether the name of someone the data does not list at ``start`` has an official's title, at its start or
        right before it ("Minister Mentor Lee Kuan Yew", "Deputy Prime Minister Kim Dong-yeon"): he leads no
        country, and his family name alone names him."""
        words = self.words
        at = start if tokens[start].key in words.official_titles else start - 1
        if at < 0 or tokens[at].key not in words.official_titles:
            return False
        return at == 0 or f"{tokens[at - 1].key} {tokens[at].key}" not in words.titles  # not "Prime Minister"

    def _name_words(self, leader_id: str) -> frozenset[str]:
        """The words (token keys) of a leader's name and aliases that may name it alone: of three letters or more,
        no title's (kept for the parser's life: a text names many)."""
        words = self._name_keys.get(leader_id)
        if words is None:
            leader = self.knowledge.get_leader(leader_id)
            names = () if leader is None else (leader.name, *leader.aliases)
            titles = self._title_words
            words = frozenset(
                key
                for name in names
                for key in token_keys(name)
                if len(key) >= 3 and key.isalpha() and key not in titles
            )
            self._name_keys[leader_id] = words
        return words

    @cached_property
    def _title_words(self) -> frozenset[str]:
        """The words of titles and honorifics, which name no one alone ("Sir", "President")."""
        words = self.words
        return frozenset(
            w for phrase in (*words.titles, *words.honorifics, *words.leader_words) for w in phrase.split()
        )

    def _host_place(self, keys: Sequence[str], found: list[Mention], end: int) -> str | None:
        """The country of a place right after a host word that says where the host is ("his host in Seoul", "his
        host at State House in Nairobi"), not a topic's ("his host on the situation in Myanmar")."""
        place = next((m for m in found if m.start > end and m.kind in _PLACE_KINDS), None)
        if place is None or place.start - end > _HOST_PLACE_REACH or keys[place.start - 1] not in ("in", "at"):
            return None
        gap = keys[end : place.start]
        return None if "," in gap or not self.words.topic_words.isdisjoint(gap) else place.country

    def _full_names(self, tokens: Sequence[Token], matches: list[Match[Entry]]) -> list[Match[Entry]]:
        """A titled alias the name goes on past, read as the title and the full name: "Chairman Mao Zedong" is
        "Chairman" and "Mao Zedong", not "Chairman Mao" and a stray "Zedong"."""
        found: list[Match[Entry]] = []
        for match in matches:
            if found and match.start < found[-1].end:
                continue  # inside a full name read just before
            if match.end - match.start >= 2 and _LEADER in _tags(match.values):  # a one-word alias has no title
                found += self._full_name(tokens, match)
            else:
                found.append(match)
        return found

    def _full_name(self, tokens: Sequence[Token], match: Match[Entry]) -> list[Match[Entry]]:
        if match.end - match.start < 2:
            return [match]
        title = self.matcher.find(tokens[match.start : match.start + 1])
        if not title or _value(title[0], _TITLE) is None:
            return [match]
        names = self.matcher.find(tokens[match.start + 1 : match.end + _NAME_REACH], _accept)
        name = names[0] if names else None
        if name is None or name.start != 0 or match.start + 1 + name.end <= match.end:
            return [match]
        if not set(match.values) & set(name.values):
            return [match]  # the longer name is someone else's
        return [
            Match(match.start, match.start + 1, title[0].values),
            Match(match.start + 1, match.start + 1 + name.end, name.values),
        ]

    def _bracketed_names(
        self, tokens: Sequence[Token], found: list[Mention], day: dt.date | None = None
    ) -> list[Mention]:
        """Read a title with a leader's name in brackets right after it as that leader, named by the title:
        "the Prime Minister (Mr Nehru)", "the Emir (Sheikh Tamim)" stand for the one named, not for the text's
        own holder of the office (rule ``people.bracketed-name``); so does a country's office, "the President of
        Ruritania (Jane Doe)", "the presidents of A (X) and B (Y)", if the one named held an office of that
        country on ``day``."""
        out: list[Mention] = []
        skip: set[int] = set()
        for k, mention in enumerate(found):
            if k in skip:
                continue
            person = found[k + 1] if k + 1 < len(found) else None
            if (
                person is not None
                and person.kind is _KIND_PERSON
                and person.leaders
                and _key(tokens, mention.end) == "("
                and _key(tokens, person.end) == ")"
                and all(t.key == "." or t.key in self.words.honorifics for t in tokens[mention.end + 1 : person.start])
                and (
                    (mention.kind is MentionKind.PRONOUN and mention.role is not None and not mention.plural)
                    or (mention.kind is _KIND_OFFICE and self._holds(person, mention.country, day))
                )
            ):
                # one of "the presidents of A (X) and B (Y)" stays one of several offices: met in turn, as they are
                out.append(_evolve(person, start=mention.start, end=person.end + 1, plural=mention.plural))
                skip.add(k + 1)
                continue
            out.append(mention)
        return out

    def _holds(self, person: Mention, country: str | None, day: dt.date | None) -> bool:
        """Whether the leader a person's mention names first held an office of ``country`` on ``day`` (at some
        time, with no day)."""
        leader = self.knowledge.get_leader(person.leaders[0])
        if leader is None or country is None:
            return False
        offices = leader.offices if day is None else leader.offices_on(day)
        return any(office.country.code == country for office in offices)

    def _without_appositions(self, tokens: Sequence[Token], found: list[Mention]) -> list[Mention]:
        """Read an office set off after a leader's name that is the leader's own as part of the name's mention:
        "Leonid Brezhnev, general secretary of the Soviet Communist Party, and Gerald Ford signed ..." names two
        people, coordinated."""
        extended: dict[int, Mention] = {}  # by the id of the name's mention: the mention with the office
        offices: set[int] = set()
        for person, office in itertools.pairwise(found):
            if (
                person.kind is _KIND_PERSON
                and office.kind is _KIND_OFFICE
                and not office.plural
                and office.start == person.end + 1
                and tokens[person.end].key == ","
                and _key(tokens, _after_capitals(tokens, office.end)) in (",", "")  # "... Communist Party,"
                and office.country is not None
                and any(
                    o.country.code == office.country
                    for leader_id in person.leaders[:1]
                    if (leader := self.knowledge.get_leader(leader_id)) is not None
                    for o in leader.offices
                )
            ):
                end = _after_capitals(tokens, office.end)
                text = _surface(tokens, person.start, end)
                extended[id(person)] = _evolve(person, end=end, text=text)
                offices.add(id(office))
        if not offices:
            return found
        return [extended.get(id(m), m) for m in found if id(m) not in offices]

    def _of_everyone(self) -> Gazetteer:
        """The gazetteer of every leader, for texts dated before ``since`` (built once)."""
        if self._everyone is None:
            self._everyone = Gazetteer(self.knowledge, self.words, since=None)
        return self._everyone

    def of_day(self, day: dt.date | None) -> Gazetteer:
        """The gazetteer :meth:`mentions` reads a text of ``day`` with: this one, or before ``since`` :meth:`earlier`.

        >>> import datetime
        >>> from diplomacy_events import default_knowledge
        >>> gazetteer = Gazetteer.for_knowledge(default_knowledge())
        >>> gazetteer.of_day(datetime.date(2017, 5, 1)) is gazetteer, gazetteer.of_day(None) is gazetteer
        (True, True)
        >>> gazetteer.of_day(datetime.date(1972, 5, 1)) is gazetteer.earlier()
        True
        """
        return self.earlier() if day is not None and self._since is not None and day < self._since else self

    def earlier(self) -> Gazetteer:
        """The gazetteer that also knows the leaders before ``since`` (this one if it does already).

        >>> from diplomacy_events import default_knowledge
        >>> gazetteer = Gazetteer.for_knowledge(default_knowledge())
        >>> gazetteer.earlier().earlier() is gazetteer.earlier()
        True
        """
        return self if self._since is None else self._of_everyone()

    def _middle_names(self, tokens: Sequence[Token], matches: list[Match[Entry]]) -> list[Match[Entry]]:
        """A leader's name written with one or two middle names ("Rodrigo Roa Duterte", "Cyril Matamela
        Ramaphosa"): the given name and family name the data knows, around capitalised words no other name holds.
        """
        taken: set[int] | None = None  # the tokens inside matches, worked out on first need
        out = []
        for match in matches:
            start = match.start
            if match.end - start == 1 and start >= 2 and _FAMILY in _tags(match.values):
                taken = {i for m in matches for i in range(m.start, m.end)} if taken is None else taken
                match = self._middle_name(tokens, match, taken)
            out.append(match)
        return out

    def _middle_name(self, tokens: Sequence[Token], match: Match[Entry], taken: set[int]) -> Match[Entry]:
        """A one-word family name as the end of a leader's name with one or two middle names, if it is one."""
        family = [leader for tag, leader in match.values if tag == _FAMILY]
        start = match.start
        for middle in (1, 2, 3):
            first = start - middle - 1
            if first < 0 or taken.intersection(range(first, start)):
                break
            if not all(_middle_word(tokens, i) for i in range(first + 1, start)):
                break
            if middle == 3 and tokens[start - 1].key != ".":
                continue  # two middle names at most, or one and an initial: "Godfrey L. Binaisa"
            ids = tuple(leader for leader in family if leader in self.given_names.get(tokens[first].key, ()))
            if ids:
                return Match(first, match.end, tuple((_LEADER, leader) for leader in ids))
        return match

    def _founded_by(self, matches: list[Match[Entry]], day: dt.date) -> list[Match[Entry]]:
        """The matches without the organizations founded after ``day`` (a text of 1957 that speaks of "a Pacific
        alliance" names no Pacific Alliance of 2011); a match left with no meaning is dropped."""
        kept = []
        for match in matches:
            values = match.values
            if any(tag == _ORG and self._founded.get(value, day) > day for tag, value in values):
                values = tuple(v for v in values if v[0] != _ORG or self._founded.get(v[1], day) <= day)
                if not values:
                    continue
                match = match._replace(values=values)
            kept.append(match)
        return kept

    def _in_era(self, tokens: Sequence[Token], matches: list[Match[Entry]], day: dt.date) -> list[Match[Entry]]:
        """Give names of an era the countries they meant on ``day``, first the one of that era."""
        kept = []
        firsts = self._dated_firsts
        for match in matches:
            if (
                tokens[match.start].key in firsts
                and tuple(t.key for t in tokens[match.start : match.end]) in self._dated
            ):
                text = _surface(tokens, match.start, match.end)
                order = {c.code: i for i, c in enumerate(self.knowledge.search_countries(text, on=day))}
                values = [v for v in match.values if v[0] not in _PLACE_TAGS or v[1] in order]
                values.sort(key=lambda v: order[v[1]] if v[0] in _PLACE_TAGS else -1)
                if not values:
                    continue
                match = match._replace(values=tuple(values))
            kept.append(match)
        return kept

    def _officials(self, tokens: Sequence[Token], keys: Sequence[str], matches: list[Match[Entry]]) -> list[Mention]:
        """Named people who are no leaders: a non-leader title and the capitalised name after it."""
        titles = self.words.official_titles
        if titles.isdisjoint(keys):
            return []  # the common case, settled in C
        starts = [i for i, key in enumerate(keys) if key in titles]
        covered = {position for match in matches for position in range(match.start, match.end)}
        found = []
        for i in starts:
            if i in covered:
                continue
            last = None
            j, reach = i + 1, i + _OFFICIAL_REACH
            while j < len(tokens) and j <= reach and j not in covered:
                if tokens[j].capitalised and tokens[j].key.isalpha() and tokens[j].key not in _CALENDAR:
                    last = j
                elif tokens[j].key == "(" and ")" in keys[j + 1 : j + _GLOSS_REACH]:
                    gloss = keys.index(")", j + 1)  # "Speaker of the Great Khural (parliament) B.Tumurkhuyag"
                    reach += gloss - j + 1
                    j = gloss
                elif tokens[j].key not in ("of", "for", "the") and not _glued_initial(tokens, j):
                    break
                elif tokens[j].key == ".":
                    reach += 1  # the stop of an initial takes no word's place
                j += 1
            if last is not None:
                text = _surface(tokens, i, last + 1)
                found.append(Mention(kind=MentionKind.OTHER, start=i, end=last + 1, text=text))
        return found

    def _with_office(self, mention: Mention, day: dt.date) -> Mention:
        key = (mention.leaders, mention.country, mention.role, self._terms(mention.leaders, day))
        office = self._offices.get(key)
        if office is None:  # worked out once per name, country, title and day, as :meth:`holders` is
            if len(self._offices) >= _HOLDERS_CACHE_SIZE:
                self._offices.clear()
            office = self._offices[key] = self._office_of(mention, day)
        role, country = office
        if role == mention.role and country == mention.country:
            return mention  # the office adds nothing the mention does not say
        return _evolve(mention, role=role, country=country)

    def _office_of(self, mention: Mention, day: dt.date) -> tuple[Role | None, str | None]:
        """The role and country a person's mention takes from the office its leader holds on ``day``."""
        holders = self.holders(mention, day)
        if not holders or holders[0][1] is None:
            return mention.role, mention.country
        office = holders[0][1]
        role = mention.role or office.role
        if len(mention.leaders) > 1 and self._tied(mention, day):
            # "King Abdullah" in 2012: which country's, the event's day and the text decide
            return role, mention.country
        return role, mention.country or office.country.code

    def _compose(self, tokens: Sequence[Token], matches: list[Match[Entry]], i: int) -> tuple[int, list[Mention]]:
        """Read the mention that starts at ``matches[i]``; return matches consumed and mentions made."""
        match = matches[i]
        tags = _tags(match.values)
        prefix = self._country_prefix(tokens, matches, i, tags)
        if prefix is not None and isinstance(prefix[1], list):
            return prefix  # "Egypt's Abdel Fattah al-Sisi": a person, read
        j, country = prefix if prefix is not None else (i, None)
        head = matches[j]
        head_tags = _tags(head.values)
        if head_tags & _TITLE_TAGS and (
            not self._blocked(tokens, head.start if j == i else match.start) or _then_named(tokens, matches, i, j)
        ):
            return self._titled(tokens, matches, i, j, country)
        place_after = match.start > 0 and tokens[match.start - 1].key in _LOCATIVES and bool(tags & _WHERE_TAGS)
        if _LEADER in tags or (_FAMILY in tags and _PRONOUN not in tags and not place_after):
            # "He" alone is a pronoun, not He Yingqin; "in Paris" a place, not Gabriel Paris
            person = self._person(tokens, match, self._own_country_after(tokens, matches, i), None, match.start)
            return 1, [person] if person else []
        return self._untitled(tokens, matches, i, tags)

    def _own_country_after(self, tokens: Sequence[Token], matches: list[Match[Entry]], i: int) -> str | None:
        """The country named after a leader's name ("Gandhi of India"), when one the name may mean led it: it says
        whose name it is, as a title would ("P.M. Gandhi"); ``None`` for none."""
        match = matches[i]
        if match.end >= len(tokens) or tokens[match.end].key not in ("of", "from") or i + 1 == len(matches):
            return None  # the common case: no "of" after the name
        code = _country_after(tokens, matches[i + 1], match.end)
        if code is None:
            return None
        named = [value for tag, value in match.values if tag in (_LEADER, _FAMILY)]
        leaders = [self.knowledge.get_leader(leader_id) for leader_id in named]
        held = any(o.country.code == code for leader in leaders if leader is not None for o in leader.offices)
        return code if held else None

    def _country_prefix(
        self, tokens: Sequence[Token], matches: list[Match[Entry]], i: int, tags: frozenset[str]
    ) -> tuple[int, str | None] | tuple[int, list[Mention]] | None:
        """A country adjective or possessive before a title or a name.

        "Syrian President", "Turkey's prime minister", "India's new prime
        minister" (the holder on the day), "her Central African Republic
        (CAR) counterpart": the index of the title and the country;
        "Egypt's Abdel Fattah al-Sisi": the matches consumed and the person.
        """
        match = matches[i]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if not tags & _COUNTRY_TAGS or nxt is None:
            return None
        glossed = _glossed(tokens, match, nxt) and i + 2 < len(matches)  # "Democratic Republic of Congo (DRC)"
        if glossed:
            nxt = matches[i + 2]
        gap = [t.key for t in tokens[matches[i + glossed].end + glossed : nxt.start]]
        nxt_tags = _tags(nxt.values)
        if nxt_tags & _TITLE_WORD_TAGS and gap[-1:] in (["new"], ["then"]):  # "India's new (then) Prime Minister"
            gap = gap[:-1]
        if nxt_tags & _TITLE_WORD_TAGS and self._described(tokens, matches, i + 1 + glossed, gap):
            gap = gap[:1]  # "Iran's supreme religious leader Ayatollah Ali Khamenei": the name decides
        if nxt_tags & _TITLE_WORD_TAGS and gap in ([], ["'s"], ["’s"]):
            country = _value(match, _DEMONYM) or _value(match, _COUNTRY) or _value(match, _METONYM)
            return i + 1 + glossed, country
        if nxt_tags & _NAME_TAGS and gap in (["'s"], ["’s"]):  # "Egypt's Abdel Fattah al-Sisi"
            code = _value(match, _COUNTRY) or _value(match, _DEMONYM)
            person = self._person(tokens, nxt, code, None, match.start)
            return 2 + glossed, [person] if person else []
        return None

    def _described(self, tokens: Sequence[Token], matches: list[Match[Entry]], k: int, gap: list[str]) -> bool:
        """Whether a possessive's gap before the title at ``matches[k]`` is one or two plain adjectives and a
        leader's name follows the title ("Iran's supreme religious leader Ayatollah Ali Khamenei")."""
        if not (2 <= len(gap) <= _DESCRIBED and gap[0] in ("'s", "’s")):
            return False
        if not all(key.isalpha() and key not in self.words.title_blockers for key in gap[1:]):
            return False
        end = matches[k].end
        for match in matches[k + 1 : k + 1 + _DESCRIBED]:  # past titles and honorifics: "leader Ayatollah Ali ..."
            tags = _tags(match.values)
            if match.start != end:
                return False
            if _LEADER in tags:
                return True
            if not tags & _TITLE_HONORIFIC_TAGS:
                return False
            end = match.end
        return False

    def _untitled(
        self, tokens: Sequence[Token], matches: list[Match[Entry]], i: int, tags: frozenset[str]
    ) -> tuple[int, list[Mention]]:
        """A mention with no title and no leader's name: a pronoun, an outlet, a place, a country, an organization."""
        match = matches[i]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        text = _surface(tokens, match.start, match.end)
        if (
            _value(match, _PRONOUN) in ("their", "its")
            and nxt is not None
            and nxt.start == match.end
            and _value(nxt, _LEADER_WORD) in ("leader", "leaders")
        ):
            return 2, []  # "their leaders": whose, the visit rules decide
        if tags == _OUTLET_ONLY:
            return 1, [Mention(kind=MentionKind.OUTLET, start=match.start, end=match.end, text=text)]
        if _PRONOUN in tags:
            number = self.words.pronouns[_value(match, _PRONOUN) or ""]
            if number == _DECIDING and not self.words.group_decisions.found(
                [t.key for t in tokens[match.end : match.end + _DECISION_LENGTH]], 0, _DECISION_LENGTH
            ):
                return 1, []  # "the leaders" refers back only as the subject of a decision: "the leaders agreed that"
            if number == _ACTING and (match.end >= len(tokens) or tokens[match.end].key not in self.words.pair_acts):
                return 1, []  # "the two countries": a number, no reference back
            plural = number in ("plural", _DECIDING, _ACTING)
            objective = text.lower() == "her" and (match.end >= len(tokens) or tokens[match.end].key in _AFTER_HER)
            return 1, [
                Mention(
                    kind=_KIND_PRONOUN, start=match.start, end=match.end, text=text, plural=plural, objective=objective
                )
            ]
        place = self._place(tokens, match, tags, text)
        if place is not None and place.kind is _KIND_ORGANIZATION:
            group = _members_group(tokens, match, nxt, matches[i - 1] if i > 0 else None)  # "the Quad leaders"
            if group is not None:
                return 2, [group]
        return 1, [place] if place is not None else []

    def _of_staff(self, tokens: Sequence[Token], end: int) -> bool:
        """Whether an official's title follows a seat of government: "(a Downing Street) official", "(Kremlin)
        aides"."""
        if end >= len(tokens):
            return False
        key = tokens[end].key
        return key in self.words.official_titles or key in self.words.people_nouns

    def _place(self, tokens: Sequence[Token], match: Match[Entry], tags: frozenset[str], text: str) -> Mention | None:
        """A city, country, seat of government or organization; a capital read as a place only after "in", "to"."""
        locative = (
            (match.start > 0 and tokens[match.start - 1].key in _LOCATIVES)
            or (match.end < len(tokens) and tokens[match.end].key in self.words.summit_words)  # "the Singapore summit"
            or _bracketed(tokens, match)  # "visiting Peru (Lima)"
        )
        if _METONYM in tags and _CITY in tags and locative:
            kind, country, city = _KIND_PLACE, _value(match, _CITY), text
        elif _METONYM in tags and _CITY in tags:
            # "talks with Moscow", "as Ankara requested": a capital stands for its country, not for its leader
            kind, country, city = _KIND_COUNTRY, _value(match, _METONYM), None
        elif _METONYM in tags and not locative and not self._of_staff(tokens, match.end):
            kind, country, city = MentionKind.GOVERNMENT, _value(match, _METONYM), None
        elif _METONYM in tags and not locative:
            # "a Downing Street official", "Kremlin aides": the seat says whose staff, it speaks for no leader
            kind, country, city = _KIND_COUNTRY, _value(match, _METONYM), None
        elif _COUNTRY in tags or _DEMONYM in tags:
            kind, country, city = MentionKind.COUNTRY, _value(match, _COUNTRY) or _value(match, _DEMONYM), None
        elif _CITY in tags:
            kind, country, city = MentionKind.PLACE, _value(match, _CITY), text
        elif _ORG in tags:
            organization = _value(match, _ORG)
            return Mention(
                kind=MentionKind.ORGANIZATION,
                start=match.start,
                end=match.end,
                text=text,
                organization=organization,
                oblique=_after_preposition(tokens, match.start),  # as _mark_oblique would mark it, made so at once
            )
        else:
            return None
        oblique = _after_preposition(tokens, match.start)
        return Mention(
            kind=kind, start=match.start, end=match.end, text=text, country=country, city=city, oblique=oblique
        )

    def _written_out(self, tokens: Sequence[Token], matches: list[Match[Entry]], found: list[Mention]) -> list[Mention]:
        """Official titles written out before a name are the name's: one person.

        "President of the Socialist Republic of Vietnam To Lam", "Chairman of
        State Affairs of the Democratic People's Republic of Korea Kim Jong
        Un" (the style of official readouts): the office and country mentions
        inside the title go, and the person's mention takes the title.
        """
        titles = [m for m in matches if _TITLE in _tags(m.values) and _key(tokens, m.end) == "of"]
        if not titles:
            return found
        for title in titles:
            if self._blocked(tokens, title.start):
                continue
            person = next((m for m in found if m.kind is MentionKind.PERSON and m.start >= title.end), None)
            if (
                person is None
                or person.start - title.end > _TITLE_REACH
                or not all(
                    t.key in ("of", "the", "'s", "and") or (t.capitalised and t.key.isalpha())
                    for t in tokens[title.end : person.start]
                )
            ):
                continue
            inside = [m for m in found if title.start <= m.start and m.end <= person.start]
            if any(m.kind not in (MentionKind.OFFICE, MentionKind.COUNTRY, MentionKind.ORGANIZATION) for m in inside):
                continue
            country = next((m.country for m in inside if m.country), None)
            joined = any(t.key == "and" for t in tokens[title.end : person.start])
            if joined and (country is None or not self._led(person, country)):
                continue  # "General Secretary of the Party of Viet Nam and State President To Lam": his, if he led it
            role = self.words.titles.get(_value(title, _TITLE) or "")
            text = _surface(tokens, title.start, person.end)
            merged = _evolve(
                person,
                start=title.start,
                text=text,
                role=person.role or role,
                country=person.country or country,
                explicit=True,
            )
            found = sorted([m for m in found if m not in inside and m is not person] + [merged], key=lambda m: m.start)
        return found

    def _led(self, person: Mention, country: str) -> bool:
        """Whether a leader a person's mention may be held an office of ``country`` at some time."""
        return any(
            office.country.code == country
            for leader_id in person.leaders
            if (leader := self.knowledge.get_leader(leader_id)) is not None
            for office in leader.offices
        )

    def _blocked(self, tokens: Sequence[Token], start: int) -> bool:
        """'Vice President', 'former Prime Minister', 'Foreign Minister': not a leader's title."""
        return start > 0 and tokens[start - 1].key in self.words.title_blockers

    def _titled(
        self, tokens: Sequence[Token], matches: list[Match[Entry]], i: int, j: int, country: str | None
    ) -> tuple[int, list[Mention]]:
        """A title at ``matches[j]`` (a country before it at ``matches[i]``) and what it names."""
        title = self._title(tokens, matches, i, j, country)
        nxt = matches[title.next] if title.next < len(matches) else None
        if nxt is not None:
            found = self._titled_before(tokens, matches, title, nxt)
            if found is not None:
                return found
        return self._titled_alone(tokens, matches, title, nxt)

    def _title(
        self, tokens: Sequence[Token], matches: list[Match[Entry]], i: int, j: int, country: str | None
    ) -> _Title:
        """Read the title (and any title or honorific right after it) that starts a mention."""
        head = matches[j]
        start = matches[i].start
        if start > 0 and tokens[start - 1].key in TITLE_DETERMINERS:
            start -= 1
        phrase = _value(head, _TITLE) or _value(head, _LEADER_WORD) or _value(head, _HONORIFIC) or ""
        # a further title or honorific: "Crown Prince Sheikh Mohammed", "President Mr. X"
        k = j + 1
        while (
            k < len(matches)
            and (
                matches[k].start == matches[k - 1].end  # "Crown Prince Sheikh"
                or (matches[k].start == matches[k - 1].end + 1 and tokens[matches[k - 1].end].key == ".")  # "Mr. X"
            )  # not "The President welcomes President X": a verb between
            and (_tags(matches[k].values) & _TITLE_HONORIFIC_TAGS)
            and (not _tags(matches[k].values) & _NAME_TAGS or _honoured_title(tokens, matches[k - 1], matches[k]))
        ):
            k += 1
        return _Title(
            first=i,
            head=head,
            start=start,
            phrase=phrase,
            role=self.words.titles.get(phrase),
            country=country or self.words.title_countries.get(phrase),
            leading=phrase in self.words.leader_words,
            plural=phrase.partition(" of ")[0].endswith("s") and phrase not in _SINGULAR_TITLES,  # "heads of state"
            consumed=j - i + 1,
            end=matches[k - 1].end,
            next=_past_gloss(tokens, matches, k),  # "Taoiseach (Ireland's head of government) Leo Varadkar"
        )

    def _titled_before(
        self, tokens: Sequence[Token], matches: list[Match[Entry]], title: _Title, nxt: Match[Entry]
    ) -> tuple[int, list[Mention]] | None:
        """A title before a name, an organization's leaders or a list of countries; ``None`` if before none."""
        gap = [t.key for t in tokens[title.end : nxt.start]]
        nxt_tags = _tags(nxt.values)
        taken = title.next - title.first + 1
        then = _key(tokens, matches[title.first].start - 1) == "then"  # "the then Colombian president, X"
        if (nxt_tags & _NAME_TAGS and (gap in ([], ["."]) or _parenthetical(gap) or _initial(gap))) or (
            nxt_tags & _NAME_TAGS and (title.leading or then) and gap in ([","], [], [".", ","])
        ):
            person = self._person(tokens, nxt, self._name_country(nxt, title.country), title.role, title.start)
            return taken, [person] if person else []
        size = _count_of(gap) if _ORG in nxt_tags and title.plural else 0
        if (size and (title.role or title.phrase in GROUP_NOUNS)) or (
            _ORG in nxt_tags and gap in (["of"], ["of", "the"]) and title.phrase in GROUP_NOUNS and title.plural
        ):
            i = title.first
            group = _group(tokens, title.start, nxt.end, _value(nxt, _ORG), matches[i - 1] if i > 0 else None)
            group = attrs.evolve(group, size=size) if group is not None and size else group
            return (taken, [group]) if group is not None else (title.consumed, [])
        if nxt_tags & _COUNTRY_TAGS and _of_countries(gap) and (title.role or title.leading):
            last, offices = self._offices_of(tokens, matches, title)
            return last - title.first + 1, offices
        return None

    def _name_country(self, name: Match[Entry], country: str | None) -> str | None:
        """The country a title's ``country`` gives the name after it: none when no leader of that name ever
        held an office of it, for the country is another word's ("welcomed to Ethiopia President William Ruto")."""
        named = [value for tag, value in name.values if tag in (_LEADER, _FAMILY)]
        leaders = [self.knowledge.get_leader(leader_id) for leader_id in named]
        if country is None or not leaders or None in leaders:
            return country
        held = any(o.country.code == country for leader in leaders if leader is not None for o in leader.offices)
        return country if held else None

    def _offices_of(
        self, tokens: Sequence[Token], matches: list[Match[Entry]], title: _Title
    ) -> tuple[int, list[Mention]]:
        """ "The presidents of Turkey and Iran": an office of each country of the list, and the list's last match."""
        offices: list[Mention] = []
        m = k = title.next
        while m < len(matches):
            code = _value(matches[m], _COUNTRY) or _value(matches[m], _DEMONYM) or _value(matches[m], _METONYM)
            if (code is None and _value(matches[m], _ORG) is None) or (
                m > k and (_owns_name(tokens, matches, m) or _official_after(tokens, matches[m].end, self.words))
            ):
                m -= 1  # not part of the list ("... and Tanzania's Samia Suluhu", "... and US Deputy Secretary of
                break  # State X"): leave it to be read on its own
            if code is not None:
                first = title.start if not offices else matches[m].start
                offices.append(self._office(tokens, first, matches[m].end, code, title.role, title.plural or m > k))
                named = self._named_in_brackets(tokens, matches, m, code, title.role)
                if named is not None:  # "Guyana (Donald Ramotar)": the office's holder, named
                    m, person = named
                    offices.append(person)
            else:  # an organization inside the list ("... South Korea, EU, Brazil")
                org = matches[m]
                org_text = _surface(tokens, org.start, org.end)
                organization = _value(org, _ORG)
                offices.append(
                    Mention(
                        kind=MentionKind.ORGANIZATION,
                        start=org.start,
                        end=org.end,
                        text=org_text,
                        organization=organization,
                    )
                )
            if m + 1 >= len(matches):
                break
            end = matches[m].end
            bracketed = _key(tokens, end) == ")"
            between = {t.key for t in tokens[end + bracketed : matches[m + 1].start]}
            if not between or not between <= (COORDINATION | {"the"} | ({";"} if bracketed else set())):
                break
            m += 1
        return m, offices

    def _named_in_brackets(
        self, tokens: Sequence[Token], matches: list[Match[Entry]], m: int, code: str, role: Role | None
    ) -> tuple[int, Mention] | None:
        """A leader's name in brackets right after a country of a list of offices, and the name's match index:
        "the prime ministers of Barbados (Dr Jane Doe) and ..." (rule ``people.listed-office-names``); ``None``
        if there is none. Which office the name fills is checked later, on the day (``people.bracketed-name``)."""
        if _key(tokens, matches[m].end) != "(":
            return None
        n = m + 1
        while (
            n < len(matches)
            and _tags(matches[n].values) & _TITLE_HONORIFIC_TAGS
            and not _tags(matches[n].values) & _NAME_TAGS
        ):
            n += 1  # "(Dr Jane Doe)", "(Sheikh ...)"
        if n >= len(matches) or not _tags(matches[n].values) & _NAME_TAGS or _key(tokens, matches[n].end) != ")":
            return None
        if not all(
            t.key == "." or t.key in self.words.honorifics for t in tokens[matches[m].end + 1 : matches[n].start]
        ):
            return None
        person = self._person(tokens, matches[n], code, role, matches[n].start)
        return (n, person) if person is not None and person.kind is _KIND_PERSON else None

    def _titled_alone(
        self, tokens: Sequence[Token], matches: list[Match[Entry]], title: _Title, nxt: Match[Entry] | None
    ) -> tuple[int, list[Mention]]:
        """A title with no name it governs: an office, a bare title ("the emir"), or a name the data lacks."""
        head, start, role, country = title.head, title.start, title.role, title.country
        if head.end < len(tokens) and tokens[head.end].key in self.words.title_suffixes:
            return title.consumed, []  # "the president-elect", "the prime minister-designate": no office yet
        if country is not None and (role or title.leading):
            office = self._office(tokens, start, head.end, country, role, title.plural)
            if title.phrase.startswith("counterpart") and tokens[start].key in ("his", "her", "their"):
                office = _evolve(office, relative=True)
            names = _unlisted_names(tokens, head.end, nxt) if role is not None and not title.plural else 0
            if role is not None and names:  # "Polish President Jan Doe": read as the office
                written = _surface(tokens, start, head.end + names)
                office = _evolve(office, unlisted=Unlisted(written, role, country))
            return title.consumed, [office]
        if role is None:
            return title.consumed, self._head(tokens, title) or self._counterpart(tokens, title)
        first = matches[title.first].start
        following = tokens[head.end] if head.end < len(tokens) else None
        bare = (
            start == first
            and tokens[start].capitalised
            and (start == 0 or tokens[start - 1].key in (",", "(", '"', ":", "whom"))  # "Italy: Prime Minister met"
            and following is not None
            and following.text[:1].islower()
            and following.key not in ("of", "from", "for")
            and not _officer_titles(tokens, start, head.end)
        )
        if start < first and tokens[start].key == "the" and following is not None and _of_a_place(tokens, head.end):
            return title.consumed, []  # "the Prince of Wales": a title of a place that is no country's office
        if bare or (start < first and tokens[start].key == "the"):  # "the emir"
            text = _surface(tokens, start, head.end)
            bound = Mention(
                kind=MentionKind.PRONOUN, start=start, end=head.end, text=text, role=role, plural=title.plural
            )
            return title.consumed, [bound]
        if title.plural:
            return title.consumed, []
        return self._titled_name(tokens, title, nxt)

    def _head(self, tokens: Sequence[Token], title: _Title) -> list[Mention]:
        """ "The Head of State" with no country and no name: a pronoun for the text's own head of state, the leader
        of such an office it names most (see :func:`_antecedents`), as "the President" of a readout is."""
        heads = _HEADS.get(self.words.head_words.get(title.phrase, ""))
        start, end = title.start, title.head.end
        if heads is None or title.plural or tokens[start].key != "the" or _key(tokens, end) == "of":
            return []
        text = _surface(tokens, start, end)
        return [Mention(kind=_KIND_PRONOUN, start=start, end=end, text=text, heads=heads)]

    @staticmethod
    def _counterpart(tokens: Sequence[Token], title: _Title) -> list[Mention]:
        """ "his counterpart" with no country and no name beside it: a host mention (the leader of the country the
        owner is visiting, which :func:`link_pronouns` finds), marked ``relative`` (its owner must be a guest).
        Not "his counterpart, Xi Jinping" (the name says who) nor "their counterparts"."""
        start, end = title.start, title.head.end
        if title.phrase != "counterpart" or tokens[start].key not in ("his", "her") or end != start + 2:
            return []
        following = end + 1 if _key(tokens, end) == "," else end
        if following < len(tokens) and tokens[following].capitalised and tokens[following].key not in _CALENDAR:
            return []
        text = _surface(tokens, start, end)
        return [Mention(kind=_KIND_OFFICE, start=start, end=end, text=text, host=True, relative=True)]

    def _titled_name(
        self, tokens: Sequence[Token], title: _Title, nxt: Match[Entry] | None
    ) -> tuple[int, list[Mention]]:
        """A title and given names: a leader of that name ("King Abdullah"), else someone the data does not list."""
        head, start, role = title.head, title.start, title.role
        assert role is not None
        if _given_names(tokens, title.end) == 1:  # after the last title or honorific: "President Sheikh | Mohamed"
            person = self._given_name(tokens, start, title.end, role, title.country)
            if person is not None:  # "King Abdullah", "President Sheikh Mohamed", "Prince Mohammed"
                return title.next - title.first, [person]
        names = _given_names(tokens, head.end)
        if not names or (nxt is not None and nxt.start < head.end + names):
            return title.consumed, []
        # "Prince Mohammed", "President Doe": a titled name the knowledge base does not list is someone
        # (no leader), so no other leader stands in for it as the subject
        last = head.end + names
        text = _surface(tokens, start, last)
        unlisted = None
        if _unlisted_names(tokens, head.end, nxt):  # not "Prime Minister Datuk Seri Anwar Ibrahim"
            unlisted = Unlisted(text, role, title.country or _country_after(tokens, nxt, last))
        return title.consumed, [Mention(kind=MentionKind.OTHER, start=start, end=last, text=text, unlisted=unlisted)]

    def _given_name(
        self, tokens: Sequence[Token], start: int, position: int, role: Role, country: str | None
    ) -> Mention | None:
        """A title and one given name ("King Abdullah"): the leaders of that name who held such an office.

        Which of them is meant is decided on the event's day (and, when two
        held it then, by the countries the text names).
        """
        if position < len(tokens) - 1 and tokens[position + 1].capitalised and tokens[position + 1].key.isalpha():
            return None  # a longer name than one word
        fitting = _FITTING.get(role, frozenset({role}))
        ids = tuple(
            leader_id
            for leader_id in self.given_names.get(tokens[position].key, ())
            if any(
                o.role in fitting and (country is None or o.country.code == country)
                for o in self.knowledge.leader(leader_id).offices
            )
        )
        if not ids:
            return None
        text = _surface(tokens, start, position + 1)
        return Mention(
            kind=MentionKind.PERSON,
            start=start,
            end=position + 1,
            text=text,
            leaders=ids,
            country=country,
            role=role,
            given=True,
        )

    @cached_property
    def given_names(self) -> dict[str, tuple[str, ...]]:
        """Leader ids by the first word of their names and aliases (titles and honorifics skipped), as token keys.

        >>> from diplomacy_events import default_knowledge
        >>> "vladimir-putin" in Gazetteer.for_knowledge(default_knowledge()).given_names["vladimir"]
        True
        """
        skipped = set(self.words.titles) | set(self.words.honorifics)
        given: dict[str, list[str]] = {}
        for leader in self.knowledge.leaders(since=self._since):
            for name in (leader.name, *leader.aliases):
                keys = [key for key in token_keys(name) if key not in skipped]
                if len(keys) >= 2 and keys[0].isalpha() and leader.id not in given.get(keys[0], ()):
                    given.setdefault(keys[0], []).append(leader.id)
        return {key: tuple(ids) for key, ids in given.items()}

    def _office(
        self, tokens: Sequence[Token], start: int, end: int, country: str, role: Role | None, plural: bool
    ) -> Mention:
        text = _surface(tokens, start, end)
        return Mention(
            kind=MentionKind.OFFICE, start=start, end=end, text=text, country=country, role=role, plural=plural
        )

    def _person(
        self, tokens: Sequence[Token], match: Match[Entry], country: str | None, role: Role | None, start: int
    ) -> Mention | None:
        full = [value for tag, value in match.values if tag == _LEADER]
        family = [value for tag, value in match.values if tag == _FAMILY]
        text = _surface(tokens, match.start, match.end)
        titled = start < match.start or country is not None or role is not None
        before = tokens[match.start - 1] if match.start > 0 else None
        # "Lucian Kim", "Dennis Francis": someone else's given name before a leader's single name
        given_before = (
            before is not None
            and not titled
            and before.capitalised
            and before.key.isalpha()
            and before.key not in self.words.honorifics
            and before.key not in _CALENDAR  # "On Monday Putin met ..."
            and match.start > 1
            and before.key not in self.words.titles
            and not self._names_leader(tokens, match.start - 1)  # "the Biden-Xi summit": two leaders
        )
        if full and not (given_before and match.end - match.start == 1):
            ids, explicit = full, True
        else:
            ids = family or full
            if not titled and tokens[match.start].key in _CALENDAR:
                return None  # "on Friday" is a day, not Prime Minister Godwin Friday
            given = _given_names(tokens, match.end)
            # "Lucian Kim" or "Kim Yo Jong": a bare family name inside someone else's full name
            foreign_name = (
                given_before
                or (given >= 1 and len(tokens[match.end].key) > 2 and not self._paired(tokens, match.end))
                or (given == 2 and not titled)
            )
            if foreign_name:
                first = match.start - 1 if before is not None and before.capitalised else match.start
                last = match.end + given
                unlisted = None
                if role is not None:  # "Prime Minister Kim Jae-won": someone, though Kim names a leader
                    unlisted = Unlisted(_surface(tokens, min(start, first), last), role, country)
                return Mention(
                    kind=MentionKind.OTHER,
                    start=first,
                    end=last,
                    text=_surface(tokens, first, last),
                    unlisted=unlisted,
                )
            explicit = titled or tokens[match.start].key not in self.words.family_name_words
            if not titled and self._kin_apposition(tokens, match.end):
                # "Karla Doe, the president's sister": a relative of the leader, no leader
                first = match.start - 1 if before is not None and before.capitalised else match.start
                return Mention(
                    kind=MentionKind.OTHER, start=first, end=match.end, text=_surface(tokens, first, match.end)
                )
        return Mention(
            kind=_KIND_PERSON,
            start=start,
            end=match.end,
            text=text,
            leaders=tuple(dict.fromkeys(ids)),
            country=country,
            role=role,
            explicit=explicit,
        )

    def _kin_apposition(self, tokens: Sequence[Token], position: int) -> bool:
        """Whether an apposition after a family name at ``position`` calls its bearer a leader's relative: ", the
        president's sister", ", the prime minister's wife", ", sister of the president" (a noun of
        :attr:`Lexicon.kin_nouns` owned by a title before the next comma). Not ", the son of Hafez al-Assad": a
        leader may be someone's son."""
        if _key(tokens, position) != "," or _key(tokens, position + 1) not in _KIN_OPENERS:
            return False  # the common case: no apposition
        kin, titles = self.words.kin_nouns, self._title_heads
        end = next((i for i in range(position + 1, len(tokens)) if tokens[i].key == ","), len(tokens))
        for j in range(position + 2, min(end, position + 1 + _KIN_REACH)):
            if tokens[j].key not in kin:
                continue
            owner = j - 1 if tokens[j - 1].key in POSSESSIVE_MARKS else j - 2  # "the president's (younger) sister"
            if tokens[owner].key in POSSESSIVE_MARKS and _key(tokens, owner - 1) in titles:
                return True
            after = [t.key for t in tokens[j + 1 : min(end, j + 4)]]
            if after[:1] == ["of"] and not titles.isdisjoint(after[1:]):  # "sister of the president"
                return True
        return False

    @cached_property
    def _title_heads(self) -> frozenset[str]:
        """The last words of the titles ("president", "minister", "king"): a relative's owner."""
        return frozenset(title.split()[-1] for title in self.words.titles)

    def _paired(self, tokens: Sequence[Token], position: int) -> bool:
        """Whether a leader's name is hyphenated to the one before: "the Trump-Kim summit", no "Trump Kim"."""
        return hyphenated(tokens, position) and self._names_leader(tokens, position)

    def _names_leader(self, tokens: Sequence[Token], position: int) -> bool:
        """Whether ``tokens[position]`` is a whole leader's name or family name on its own."""
        found = self.matcher.match_at(tokens, position)
        return found is not None and found.end == position + 1 and not _tags(found.values).isdisjoint(_NAME_TAGS)

    # -- resolving to people ---------------------------------------------------

    def holders(self, mention: Mention, day: dt.date) -> Sequence[tuple[Leader, Office | None]]:
        """The leaders a person, office or metonym mention means on ``day``, best first."""
        when = self._terms(mention.leaders, day) if mention.kind is _KIND_PERSON else day
        key = (mention.kind, mention.leaders, mention.country, mention.role, when)
        found = self._holders.get(key)
        if found is None:
            if len(self._holders) >= _HOLDERS_CACHE_SIZE:
                self._holders.clear()
            found = self._holders[key] = tuple(self._holders_uncached(mention, day))
        return found

    def _holders_uncached(self, mention: Mention, day: dt.date) -> Sequence[tuple[Leader, Office | None]]:
        kb = self.knowledge
        if mention.kind is _KIND_PERSON:
            return self._persons(mention, day)
        if mention.country is None:
            return []
        if mention.kind is MentionKind.GOVERNMENT or mention.role is None:
            return [(leader, None) for leader in kb.leading(mention.country, day)][:1]
        found = kb.office_holders(mention.country, mention.role, on=day)
        if not found and mention.role in _SAME_OFFICE:  # "the Chinese prime minister" is China's premier
            found = kb.office_holders(mention.country, _SAME_OFFICE[mention.role], on=day)
        if not found and mention.role in (Role.PRESIDENT, Role.PRIME_MINISTER, Role.PREMIER, Role.CHANCELLOR):
            return [(leader, None) for leader in kb.leading(mention.country, day)][:1]
        return [(leader, office) for leader, office in found][:1]

    def _terms(self, leaders: tuple[str, ...], day: dt.date) -> tuple[int, ...]:
        """Where ``day`` lies among the days each leader's offices change: what :meth:`ranked` finds of a name
        depends on its day only through it, so the look-ups of names are kept by it rather than by the day (a
        text's meetings fall on many days, most of them in the same terms of office).

        >>> import datetime
        >>> from diplomacy_events import default_knowledge
        >>> gazetteer = Gazetteer.for_knowledge(default_knowledge())
        >>> terms = [gazetteer._terms(("angela-merkel",), datetime.date(year, 6, 1)) for year in (2006, 2019, 2023)]
        >>> terms[0] == terms[1], terms[1] == terms[2]
        (True, False)
        """
        changes = self._changes
        found = []
        for leader_id in leaders:
            days = changes.get(leader_id)
            if days is None:
                days = changes[leader_id] = _changes(self.knowledge.get_leader(leader_id))
            found.append(bisect_right(days, day))
        return tuple(found)

    def _persons(self, mention: Mention, day: dt.date) -> Sequence[tuple[Leader, Office | None]]:
        ranked = sorted(self.ranked(mention, day), key=lambda t: t[0])
        return [(leader, office) for _, leader, office in ranked]

    def _tied(self, mention: Mention, day: dt.date) -> bool:
        """Whether two leaders of different countries fit a name's mention equally well on ``day``."""
        scores = sorted((score, office.country.code) for score, _, office in self.ranked(mention, day))
        return len(scores) > 1 and scores[0][0] == scores[1][0] and scores[0][1] != scores[1][1]

    def ranked(self, mention: Mention, day: dt.date) -> Iterator[tuple[int, Leader, Office]]:
        """The leaders a name's mention may mean on ``day``, each with its office and how badly it fits (0 best).

        A leading office fits better than another, one held in full better
        than an acting one, the country and title the mention gives better
        than others ("Prince Mohammed" fits a crown prince of that day).
        """
        fitting = _FITTING.get(mention.role, frozenset({mention.role})) if mention.role else frozenset()
        for leader_id in mention.leaders:
            leader = self.knowledge.get_leader(leader_id)
            if leader is None:
                continue
            offices = leader.offices_on(day) or _near(leader, day)
            if not offices:
                continue
            office = min(offices, key=lambda o: (not o.leads, o.acting))
            score = (0 if office.leads else 1) + (2 if office.acting else 0)
            if mention.country and office.country.code != mention.country:
                score += 4
            if fitting and all(o.role not in fitting for o in offices):
                score += 1
            yield score, leader, office


#: Titles news gives one another's offices: the one asked for is tried first.
_SAME_OFFICE = {Role.PRIME_MINISTER: Role.PREMIER, Role.PREMIER: Role.PRIME_MINISTER}
#: The offices a title before a bare given name fits: "Prince Mohammed" may be a crown prince.
#: The offices "the Head of State" may stand for, by the kind of head the lexicon's ``head_words`` give ("the Head
#: of Government" is a title of its own: see ``titles``).
_HEADS = {
    "state": frozenset(
        {
            Role.PRESIDENT,
            Role.KING,
            Role.QUEEN,
            Role.EMIR,
            Role.SULTAN,
            Role.EMPEROR,
            Role.GRAND_DUKE,
            Role.PRINCE,
            Role.SHAH,
        }
    ),
}
_FITTING = {
    Role.PRINCE: frozenset({Role.PRINCE, Role.CROWN_PRINCE}),
    Role.PRIME_MINISTER: frozenset({Role.PRIME_MINISTER, Role.PREMIER}),
    Role.PREMIER: frozenset({Role.PRIME_MINISTER, Role.PREMIER}),
}


_NEAR_DAYS = 45  # how long after its end an office still fits a date (see _near)


def _changes(leader: Leader | None) -> list[dt.date]:
    """The days on which what :meth:`Gazetteer.ranked` finds of a leader may change: each office's first day and
    the day after its last, and those days :data:`_NEAR_DAYS` later (see :func:`_near`), in order."""
    slack, days = dt.timedelta(days=_NEAR_DAYS), set()
    for office in leader.offices if leader is not None else ():
        days.add(office.start)
        days.add(_later(office.start, slack))
        if office.end is not None:
            days.add(_later(office.end, _ONE_DAY))
            days.add(_later(office.end, _ONE_DAY + slack))
    return sorted(days)


_ONE_DAY = dt.timedelta(days=1)


def _later(day: dt.date, delta: dt.timedelta) -> dt.date:
    """``day + delta``, or the last day there is (no change comes after it)."""
    return day + delta if dt.date.max - day >= delta else dt.date.max


def _near(leader: Leader, day: dt.date, slack: int = _NEAR_DAYS) -> tuple[Office, ...]:
    """Offices that ended within ``slack`` days before ``day`` (dates in text are often loose); not those that begin
    after it: a president-elect is no leader yet ("Orban visited Trump at Mar-a-Lago on Monday", weeks before the
    inauguration), and a coarse date is tried on its last day too (``assemble``)."""
    day -= dt.timedelta(days=slack)
    return tuple(o for o in leader.offices if o.start <= day and (o.end is None or day <= o.end))  # o.held_on(day)


_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


#: The owner :meth:`Gazetteer.note_name_parts` notes for a word only names of people who lead no country have.
_SOMEONE = ""


def _claim_pronouns(keys: Sequence[str], mentions: list[Mention], nouns: frozenset[str]) -> list[Mention]:
    """Mark "they", "them" and "their" after a plural noun of people who are no leaders, with no leader named
    between: "Trade ministers wrapped up their own meeting", "their predecessors fared when they sat down"."""
    if nouns.isdisjoint(keys):
        return mentions  # the common case, settled in C
    people = [i for i, key in enumerate(keys) if key in nouns]
    marked, last = [], -1  # the end of the last leader named
    for mention in mentions:
        if mention.is_leader and mention.kind is not _KIND_PRONOUN:
            last = mention.end
        elif (
            mention.kind is _KIND_PRONOUN
            and mention.text.lower() in _PLURAL_PRONOUNS
            and any(last <= i < mention.start for i in people)
        ):
            mention = _evolve(mention, claimed=True)
        marked.append(mention)
    return marked


def _mark_oblique(
    tokens: Sequence[Token], mentions: list[Mention], verbs: frozenset[str] = frozenset()
) -> list[Mention]:
    """Mark mentions after a preposition, and those coordinated with them ("to Xi and Erdogan"); not a person after
    ", and" that a verb follows, the next clause's subject ("met with Putin, and Modi called Biden"; ``verbs`` are
    the words that open a verb phrase, besides the "-ed" forms: see :func:`_clause_verb_at`)."""
    marked: list[Mention] = []
    closed = False  # the list after a preposition ended with "and": a later comma ends it ("to A and B, C met")
    # the commas that close a sentence's opening phrase or an aside: "At the invitation of A, B paid a visit",
    # "Apart from talks with A, B will ..." (B is no list's); worked out on first need
    openings: list[int] | None = None
    for mention in mentions:
        oblique = _after_preposition(tokens, mention.start)
        coordinated = False
        gap: set[str] = set()
        if marked and marked[-1].oblique:
            last = marked[-1]
            gap = {t.key for t in tokens[last.end : mention.start]}
            coordinated = gap <= {",", "and"} and not (closed and "and" not in gap)
            if coordinated and gap == {","}:
                openings = _opening_commas(tokens) if openings is None else openings
                coordinated = not any(last.end <= i < mention.start for i in openings)
            if (
                coordinated
                and gap == {",", "and"}
                and _is_person(mention)
                and _clause_verb_at(tokens, mention.end, verbs)
            ):
                coordinated = False  # "with Putin, and Modi called Biden": a new clause's subject
            if coordinated and _is_person(last) is not _is_person(mention):
                # "During his visit to Moscow, Erdogan met Putin": a comma ends a place list, and so does ", and" a
                # clause; "Nehru of India and President Nkrumah": a person after a country of "of" is the person's
                # coordinate, not the country's
                coordinated = gap == {"and"} and _key(tokens, last.start - 1) not in ("of", "the")
        if oblique:
            closed = False
        elif coordinated:
            closed = closed or "and" in gap
        if (oblique or coordinated) and not mention.oblique:
            mention = _evolve(mention, oblique=True)
        marked.append(mention)
    return marked


def _clause_verb_at(tokens: Sequence[Token], end: int, verbs: frozenset[str]) -> bool:
    """Whether a verb follows a mention ending at ``end``: one of ``verbs`` or a past form in "-ed" ("called").

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("and Modi called Biden")
    >>> _clause_verb_at(tokens, 2, frozenset()), _clause_verb_at(tokens, 3, frozenset())
    (True, False)
    """
    key = _key(tokens, end)
    return key in verbs or (len(key) > 4 and key.endswith("ed") and key.isalpha() and not tokens[end].capitalised)


def _after_preposition(tokens: Sequence[Token], start: int) -> bool:
    """Whether the words before ``start`` are a preposition ("then" skipped: "a guest of then French President X")."""
    before = _key(tokens, start - 1)
    if before == "then":
        before = _key(tokens, start - 2)
    return before in PREPOSITIONS


#: The letters of a family name that a near spelling may read alone, with a title and no country: "President
#: Berdimuhamedov" (a short one, "President Khatimi", needs its country).
_LONE_SPELLING = 10
#: The words before a host noun that make it someone's host: "his host", "the host president".
_HOST_DETERMINERS = OWNERS | {"the"}
_HOST_COPULAS = frozenset({",", "is", "was", "be"})  # between a name and the host word said of it: "X, his host"
_HOST_MODALS = frozenset({"will", "would"})  # before "be": "X will be his host"
_DESCRIBED = 3  # a possessive and up to two adjectives before a title with a name: "Iran's supreme religious leader"
_OPENING_REACH = 16  # tokens an opening phrase may take: "At the invitation of Prime Minister Narendra Modi,"


def _officer_titles(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a bare title at ``start:end`` is one of a list of someone's titles: "Richard Roe, CEO, President and
    Vice Chairman of Acme" (an acronym before it, or another capitalised title after "and")."""
    acronym = start >= 2 and tokens[start - 2].text.isupper() and tokens[start - 2].key.isalpha()
    coordinated = _key(tokens, end) in ("and", "&") and end + 1 < len(tokens) and tokens[end + 1].capitalised
    return acronym or coordinated


def _then_named(tokens: Sequence[Token], matches: list[Match[Entry]], i: int, j: int) -> bool:
    """Whether a title after "then" is glossed by the leader's name: "the then Peruvian president, Pedro
    Castillo,", "then French President Hollande" is the office on the event's day, which the name holds (a bare "then
    president" is left alone)."""
    start, end = matches[i].start, matches[j].end
    if start == 0 or tokens[start - 1].key != "then" or j + 1 >= len(matches):
        return False
    name = matches[j + 1]
    at = end + 1 if _key(tokens, end) == "," else end  # "then U.S. President Joe Biden"
    return name.start == at and _LEADER in _tags(name.values)


def _opening_commas(tokens: Sequence[Token]) -> list[int]:
    """The commas that close a sentence's opening phrase ("At the invitation of A,", "Besides talks with A,", a
    participle's "Having met A,") and an aside after a comma ("During the visit, apart from talks with A,")."""
    commas = [i for i, t in enumerate(tokens) if t.key == ","]
    starts = [-1] if tokens and (tokens[0].key in PREPOSITIONS or tokens[0].key in ASIDE_OPENERS) else []
    if not starts and len(tokens) > 1 and _participle_opening(tokens):
        starts = [-1]
    starts += [i for i in commas if i + 1 < len(tokens) and tokens[i + 1].key in ASIDE_OPENERS]
    return [next((c for c in commas if start < c <= start + _OPENING_REACH), -1) for start in starts]


def _participle_opening(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens with a participle's phrase: "Having met A, B ...", "Speaking after talks with A, B
    ..." (a word in "-ing" before a lower-case word; not "King Abdullah", nor a place: "Beijing hosted")."""
    first, second = tokens[0].key, tokens[1]
    return (
        len(first) >= _PARTICIPLE_LENGTH and first.endswith("ing") and second.key.isalpha() and not second.capitalised
    )


_KIN_OPENERS = frozenset({"the", "a", "his", "her", "their"})  # what opens an apposition that names a relative
_KIN_REACH = 6  # words of such an apposition: "the prime minister's younger sister"
_PARTICIPLE_LENGTH = 6  # "having", "meeting", "speaking": no shorter word in "-ing" opens a participle's phrase


def _share_titles(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Give a plural title to the countries coordinated before it ("the French and German leaders"), and to the
    names coordinated after the first it leads ("Presidents Ruto, Museveni and Kagame": each name titled)."""
    shared = list(mentions)
    for k, office in enumerate(mentions):
        if office.kind is _KIND_PERSON and _plural_title(tokens, office.start):
            _title_names_after(tokens, shared, k)
        if office.kind is not _KIND_OFFICE or not office.plural:
            continue
        j = k - 1
        while j >= 0 and shared[j].kind is MentionKind.COUNTRY and shared[j].end - shared[j].start == 1:
            gap = {t.key for t in tokens[shared[j].end : shared[j + 1].start]}
            if not gap or not gap <= {"and", ","}:
                break
            country = shared[j]
            shared[j] = _evolve(country, kind=MentionKind.OFFICE, role=office.role, plural=True)
            j -= 1
    return shared


def _title_names_after(tokens: Sequence[Token], shared: list[Mention], k: int) -> None:
    """Make the names coordinated after the titled name ``shared[k]`` named as titled too (a family name alone is
    then a leader's: "Presidents Ruto, Museveni and Kagame")."""
    j = k + 1
    while j < len(shared) and shared[j].kind is _KIND_PERSON:
        gap = {t.key for t in tokens[shared[j - 1].end : shared[j].start]}
        if not gap or not gap <= {"and", ","}:
            break
        shared[j] = _evolve(shared[j], explicit=True)
        j += 1


def _plural_title(tokens: Sequence[Token], start: int) -> bool:
    """Whether a plural title stands at ``start``: "Presidents", "Prime Ministers"."""
    key = tokens[start].key
    return key in _PLURAL_TITLES or (key == "prime" and _key(tokens, start + 1) == "ministers")


#: The plural titles of one word that lead a list of names: "Presidents A, B and C".
_PLURAL_TITLES = frozenset({"presidents", "premiers", "chancellors", "kings", "emirs", "leaders"})


_ASKING = frozenset({"him", "her", "he", "she"})  # the words of the pronouns that :func:`_asks_subject` may hold
#: What follows an object "her" and never a possessive's noun: "met her at the airport", "greeted her, then".
_AFTER_HER = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "at",
        "in",
        "on",
        "to",
        "for",
        "with",
        "and",
        "as",
        "during",
        "after",
        "before",
        "when",
        "from",
        "by",
        "again",
        "later",
        "there",
        "here",
        "today",
        "yesterday",
        "twice",
        "once",
        "warmly",
    }
)


def _asks_subject(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a pronoun's antecedent is a clause's subject: "him", or "he" opening a subordinate clause ("X
    extended an invitation when he visited ...")."""
    if mention.kind is not _KIND_PRONOUN:
        return False
    text = mention.text.lower()
    return (
        text == "him"
        or mention.objective
        or (text in ("he", "she") and mention.start > 0 and tokens[mention.start - 1].key in SUBORDINATORS)
    )


def _mark_subjects(tokens: Sequence[Token], mentions: list[Mention], words: Lexicon) -> list[Mention]:
    """Mark people followed by their verb: "Y had called him", "Y said", "Y welcomed", "Y, who ...".

    So is the object of "invited", "asked" or "urged" before "to" and a verb:
    in "X invited Y to visit him", Y is the one who visits, so "him" is X.
    """
    marked = [
        _evolve(m, subject=True)
        if _is_person(m) and (_verb_follows(tokens, m.end, words) or _told_to(tokens, m))
        else m
        for m in mentions
    ]
    for i in range(len(marked) - 2, -1, -1):  # "Begin and President Katzir greeted him": both are its subject
        person, next_one = marked[i], marked[i + 1]
        gap = {t.key for t in tokens[person.end : next_one.start]}
        if next_one.subject and _is_person(person) and gap and gap <= {",", "and"} and not person.subject:
            marked[i] = _evolve(person, subject=True, coordinate=True)
    return marked


_CONTROL_VERBS = frozenset({"invited", "invites", "invite", "asked", "asks", "urged", "urges", "encouraged"})


def _told_to(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a person is the object of a verb like "invited" and the doer of the verb after "to"."""
    end = mention.end
    return (
        mention.start > 0
        and tokens[mention.start - 1].key in _CONTROL_VERBS
        and end + 1 < len(tokens)
        and tokens[end].key == "to"
        and tokens[end + 1].text.isalpha()
        and tokens[end + 1].text.islower()
    )


def _verb_follows(tokens: Sequence[Token], position: int, words: Lexicon) -> bool:
    if position >= len(tokens):
        return False
    token = tokens[position]
    key = token.key
    if key == ",":
        return position + 1 < len(tokens) and tokens[position + 1].key == "who"
    return (
        key in AUXILIARIES
        or key in words.reporting_verbs
        or key in words.past_verbs
        or (key.endswith("ed") and token.text.islower())
        or (key in words.present_verbs and token.text.islower())  # a timeline's "Mao receives him"
    )


#: "leaders from countries including A, B and C", "the presidents of nations such as A and B": a list of countries.
_SOME_COUNTRIES = ((), ("countries", "including"), ("countries", "such", "as"), ("nations", "including"))


def _of_countries(gap: Sequence[str]) -> bool:
    """Whether the words between a plural title and a country open a list of countries: "of (the)", "from (the)",
    "from countries including"."""
    if not gap or gap[0] not in ("of", "from"):
        return False
    rest = tuple(gap[2:] if len(gap) > 1 and gap[1] == "the" else gap[1:])
    return rest in _SOME_COUNTRIES


def _honoured_title(tokens: Sequence[Token], before: Match[Entry], title: Match[Entry]) -> bool:
    """A title that is also a family name is a title after an honorific, before a given name.

    "His Majesty King Abdullah" is the king Abdullah, not a leader named King and another named Abdullah.
    """
    return _HONORIFIC in _tags(before.values) and _given_names(tokens, title.end) > 0


def _given_names(tokens: Sequence[Token], position: int) -> int:
    """How many capitalised words (at most two) follow ``position``: "Kim" + "Yo Jong" names another Kim."""
    count = 0
    while count < 2 and position + count < len(tokens):
        token = tokens[position + count]
        if not _name_word(token) or token.key in _NO_GIVEN_NAMES:
            break  # a heading's capitals ("Chancellor Scholz Before Bilateral Meeting") are no name
        count += 1
    return count


def _name_word(token: Token) -> bool:
    """Whether a token may be a word of a person's name: capitalised letters, an apostrophe inside them allowed
    ("O'Neill", "Khamin'i"; not the possessive "'s", a token of its own)."""
    return token.capitalised and (token.key.isalpha() or token.key.replace("'", "").isalpha())


_NO_GIVEN_NAMES = _CALENDAR | NAME_PARTICLES | HEADING_FUNCTION_WORDS | frozenset({"and", "or", "the"})


def _unlisted_names(tokens: Sequence[Token], position: int, following: Match[Entry] | None) -> int:
    """How many words of a name the knowledge base does not list stand at ``position`` (0 for none).

    A match among them, or a leader's name right after them (honorifics,
    then the name: "Datuk Seri Anwar Ibrahim"), means they are no such name.
    """
    names = _given_names(tokens, position)
    end = position + names
    if following is None or following.start > end:
        return names
    named = bool(_tags(following.values) & _NAME_TAGS)
    return 0 if following.start < end or named else names


def _country_after(tokens: Sequence[Token], match: Match[Entry] | None, position: int) -> str | None:
    """The country named right after ``position`` ("... of Poland", "... from Poland"), if any."""
    if match is None or [t.key for t in tokens[position : match.start]] not in (["of"], ["from"]):
        return None
    return _value(match, _COUNTRY) or _value(match, _DEMONYM)


def _members_group(
    tokens: Sequence[Token], org: Match[Entry], nxt: Match[Entry] | None, before: Match[Entry] | None
) -> Mention | None:
    """ "The Quad leaders", "G7 heads of state", "the Quad Leader's Summit": an organization's leaders as a group."""
    if nxt is None or _value(nxt, _LEADER_WORD) not in GROUP_NOUNS:
        return None
    gap = [t.key for t in tokens[org.end : nxt.start]]
    if gap not in ([], ["'s"], ["’s"]):
        return None
    noun = _value(nxt, _LEADER_WORD)
    after = [t.key for t in tokens[nxt.end : nxt.end + 2]]
    if noun == "leader" and not ((after and after[0] in ("'s", "’s", "'", "’")) or "summit" in after):
        return None  # "the G7 leader" is one of them, not the group
    size, start = _counted(tokens, org.start)
    others = not size and start > 1 and tokens[start - 1].key in _OTHERS and tokens[start - 2].key == "the"
    start -= 2 * others  # "the other G7 leaders": the members but those named with them
    start = start - 1 if start > 0 and tokens[start - 1].key in (("the", "all") if size else ("the",)) else start
    group = _group(
        tokens,
        start,
        nxt.end,
        _value(org, _ORG),
        before,
        others=others,
        definite=size > 0 and _key(tokens, start) == "the",
    )
    return attrs.evolve(group, size=size, others=others) if group is not None and (size or others) else group


#: Words between "the" and an organization's leaders that leave out those named with them: "the other G7 leaders".
_OTHERS = frozenset({"other", "fellow"})


def _counted(tokens: Sequence[Token], at: int) -> tuple[int, int]:
    """The exact count right before ``at`` and where it starts ("the ten ASEAN leaders", "all 27 EU leaders",
    "Ten ASEAN leaders"), else 0 and ``at``: a number after "the" or "all", or opening the sentence."""
    if at == 0:
        return 0, at
    key = tokens[at - 1].key
    size = int(key) if key.isdigit() and len(key) <= 3 else COUNT_WORDS.get(key, 0)
    if size < 2 or not (at == 1 or tokens[at - 2].key in ("the", "all")):
        return 0, at
    return size, at - 1


def _count_of(gap: Sequence[str]) -> int:
    """The number of "of the five" between a plural title and an organization ("the presidents of the five
    Central American republics", "the leaders of the five Nordic countries"), else 0."""
    if len(gap) != 3 or gap[0] != "of" or gap[1] not in ("the", "all"):
        return 0
    key = gap[2]
    size = int(key) if key.isdigit() and len(key) <= 3 else COUNT_WORDS.get(key, 0)
    return size if size >= 2 else 0


#: Words for leaders after a region's word: "the Caribbean leaders", "the Baltic heads of state".
_REGION_NOUNS = (["leaders"], ["heads", "of", "state"], ["heads", "of", "government"])
_GROUP_HEADS = frozenset({"leaders", "heads"})  # a cheap test before the regional groups are looked for
_COUNT = frozenset({"two"})  # a partial count, unless definite: "two EU leaders", not "the two Nordic leaders"
_GATHERING_NOUNS = frozenset({"summit", "summits", "meeting", "meetings", "conference", "forum", "retreat"})
#: Words after a group that open a list of who is in it: "Quad leaders, including A and B".
_LIST_AFTER = (["including"], ["among"], ["such"], ["notably"], ["like"])


def _group(
    tokens: Sequence[Token],
    start: int,
    end: int,
    organization: str | None,
    previous: Match[Entry] | None,
    *,
    others: bool = False,
    definite: bool = False,
) -> Mention | None:
    """A group mention over ``start:end``; none where the words make it a part ("other G7 leaders", unless
    ``others``: "the other G7 leaders" after those named with them; "two EU leaders", unless ``definite``: "the two
    Nordic leaders" after the two named), where a list follows that names who ("Quad
    leaders, including A and B"), or where it is an apposition to names ("Quad leaders Modi and Biden", "Modi and
    Biden, leaders of the Quad")."""
    around = {t.key for t in tokens[max(0, start - 2) : start + 2]}
    following = [t.key for t in tokens[end : end + 2] if t.key != ","][:1]
    named_after = (
        end < len(tokens)
        and tokens[end].capitalised
        and tokens[end].key.isalpha()
        and tokens[end].key not in _GATHERING_NOUNS  # "the Quad Leaders Summit"
    )
    named_before = (
        previous is not None
        and bool(_tags(previous.values) & _NAME_TAGS)
        and [t.key for t in tokens[previous.end : start]] == [","]
    )
    partial = (around & PARTIAL_GROUP) - (_OTHERS if others else frozenset()) - (_COUNT if definite else frozenset())
    if partial or following in _LIST_AFTER or named_after or named_before:
        return None
    text = _surface(tokens, start, end)
    definite = tokens[start].key in _DEFINITE and not _GATHERING_NOUNS.intersection(
        t.key for t in tokens[end : end + 2]
    )
    return Mention(
        kind=MentionKind.GROUP,
        start=start,
        end=end,
        text=text,
        organization=organization,
        plural=True,
        definite=definite,
    )


def _past_gloss(tokens: Sequence[Token], matches: list[Match[Entry]], k: int) -> int:
    """The index of the name after a bracketed gloss that follows a title, else ``k``.

    "Taoiseach (Ireland's head of government) Leo Varadkar": the words in brackets
    explain the title; the name after them is the person's.
    """
    opening = matches[k - 1].end
    if k >= len(matches) or opening >= len(tokens) or tokens[opening].key != "(":
        return k
    closing = next((i for i in range(opening + 1, min(len(tokens), opening + 8)) if tokens[i].key == ")"), None)
    if closing is None:
        return k
    after = next((m for m in range(k, len(matches)) if matches[m].start > closing), None)
    if after is None or matches[after].start != closing + 1:
        return k
    return after if _tags(matches[after].values) & _NAME_TAGS else k


def _bracketed(tokens: Sequence[Token], match: Match[Entry]) -> bool:
    """Whether a match stands alone in brackets: "Peru (Lima)" glosses a place with its city."""
    return (
        match.start > 0
        and match.end < len(tokens)
        and (tokens[match.start - 1].key, tokens[match.end].key)
        == (
            "(",
            ")",
        )
    )


def _glossed(tokens: Sequence[Token], match: Match[Entry], gloss: Match[Entry]) -> bool:
    """Whether ``gloss`` repeats ``match``'s country in brackets after it: "Democratic Republic of Congo (DRC)"."""
    code = _value(match, _COUNTRY) or _value(match, _DEMONYM)
    return (
        code is not None
        and gloss.start == match.end + 1
        and tokens[match.end].key == "("
        and gloss.end < len(tokens)
        and tokens[gloss.end].key == ")"
        and code in (_value(gloss, _COUNTRY), _value(gloss, _DEMONYM))
    )


_NOTE_REACH = 12  # tokens of a note in brackets before a dateline: "(N.Z.P.A.-Reuter-Copyright) LIMA, March 3."
_NAME_REACH = 4  # the words a full name may run on past a titled alias ("Chairman Mao" Zedong)
_TITLE_REACH = 12  # "Chairman of State Affairs of the Democratic People's Republic of Korea": words of a title


def _after_capitals(tokens: Sequence[Token], i: int) -> int:
    """The index after the capitalised words from ``i`` on (at most four): "Communist Party" of a title."""
    end = min(len(tokens), i + 4)
    while i < end and tokens[i].capitalised and tokens[i].key.isalpha():
        i += 1
    return i


def _capitalised_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a capitalised word (not the first of a sentence: "Later", "Then")."""
    return 0 < i < len(tokens) and tokens[i].capitalised and tokens[i].key.isalpha()


def _titled_start(tokens: Sequence[Token], mention: Mention, written: str) -> int:
    """Where a name's mention starts with the title written before it ("Iran's supreme leader
    Ayatollah Ali Khamin'i"): its own start unless the words just before it and it spell ``written``."""
    for start in range(mention.start - 1, max(-1, mention.start - _TITLE_REACH - 1), -1):
        if _surface(tokens, start, mention.end) == written:
            return start
    return mention.start


def _surface(tokens: Sequence[Token], start: int, end: int) -> str:
    """The text of ``tokens[start:end]``, words joined by single spaces (a mention's ``text``)."""
    return " ".join(map(_TEXT, tokens[start:end]))



def host_link(keys: Sequence[str], determiner: int) -> int | None:
    """Where the name a host word is said of would end: before the comma or copula (and its modal) ahead of the
    ``determiner``: "Zhou Enlai, his host", "X was his host", "X will be his host"; ``None`` if none stands there.

    >>> host_link(["kohl", "will", "be", "his", "host"], 3), host_link(["he", "met", "his", "host"], 2)
    (1, None)
    """
    link = determiner - 1
    if link < 1 or keys[link] not in _HOST_COPULAS:
        return None
    if keys[link] == "be":
        link -= 1
        if link < 1 or keys[link] not in _HOST_MODALS:
            return None
    return link

def _key(tokens: Sequence[Token], i: int) -> str:
    return tokens[i].key if 0 <= i < len(tokens) else ""


def _overlap(one: Mention, other: Mention) -> bool:
    return one.start < other.end and other.start < one.end


def _owns_name(tokens: Sequence[Token], matches: list[Match[Entry]], m: int) -> bool:
    """Whether ``matches[m]`` is a possessive right before a leader's name: "Tanzania's Samia Suluhu Hassan"."""
    end = matches[m].end
    return (
        _key(tokens, end) in POSSESSIVE_MARKS
        and m + 1 < len(matches)
        and matches[m + 1].start == end + 1
        and bool(_tags(matches[m + 1].values) & _NAME_TAGS)
    )


_OFFICIAL_REACH = 7  # words of an official's title and name after its first: "Deputy Secretary of State Jane Roe"
_GLOSS_REACH = 4  # tokens of a bracketed gloss inside an official's title, closing bracket included: "(parliament)"


def _glued_initial(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is the full stop of an initial written onto the name after it: "D.Amarbayasgalan"."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i].text == "."
        and len(tokens[i - 1].text) == 1
        and tokens[i - 1].end == tokens[i].start
        and tokens[i].end == tokens[i + 1].start
    )


def _official_after(tokens: Sequence[Token], end: int, words: Lexicon) -> bool:
    """Whether an official's title follows a country at ``end``, maybe after one capitalised word: "US Deputy
    Secretary of State X", "Chinese Foreign Minister Y" (the country is the official's, no leader's of a list)."""
    titles = words.official_titles
    if _key(tokens, end) in titles:
        return True
    return end + 1 < len(tokens) and tokens[end].capitalised and tokens[end + 1].key in titles


def _initial(gap: list[str]) -> bool:
    """A given name's initial between a title and a family name: "Prime Minister L.Oyun-Erdene", "President D. Trump".

    >>> _initial(["l", "."]), _initial(["of", "."])
    (True, False)
    """
    return len(gap) == 2 and len(gap[0]) == 1 and gap[0].isalpha() and gap[1] == "."


def _parenthetical(gap: list[str]) -> bool:
    """A bracketed aside between a title and a name: "Chancellor (Angela) Merkel"."""
    return 2 <= len(gap) <= 8 and gap[0] == "(" and gap[-1] == ")"


def _value(match: Match[Entry], tag: str) -> str | None:
    for t, value in match.values:
        if t == tag:
            return value
    return None


@attrs.define
class Tally:
    """How often each leader id was named, with its latest mention; the top leader kept current.

    ``top`` is the most named leader, ties going to the one named first (as
    ``Counter.most_common``), updated in constant time per :meth:`add`; in a tally of an office (``role``), ties go
    first to the one whose first mention gives the title with no country ("Prime Minister X" where the other is
    "Italian Prime Minister Y"), as news titles its own country's leader.
    """

    counts: dict[str, tuple[int, int, bool]] = attrs.field(factory=dict)  # id -> (count, first-seen rank, at home)
    latest: dict[str, Mention] = attrs.field(factory=dict)
    top: str | None = None
    role: Role | None = None

    def add(self, leader_id: str, mention: Mention) -> None:
        """Count one more mention of ``leader_id``."""
        counts = self.counts
        held = counts.get(leader_id)
        if held is not None:
            entry = (held[0] + 1, held[1], held[2])
        else:  # whether the title has no country is asked once per leader, of the first mention
            entry = (1, len(counts), self.role is not None and _bare_title(mention, self.role))
        counts[leader_id] = entry
        self.latest[leader_id] = mention
        top = self.top
        if top is None or top == leader_id:  # the first named, or the top one named again: still on top
            self.top = leader_id
            return
        best = counts[top]
        # a tie: one titled at home before one who is not, else the one named first
        if entry[0] > best[0] or (entry[0] == best[0] and (entry[2], -entry[1]) > (best[2], -best[1])):
            self.top = leader_id

    def copy(self) -> Tally:
        """A copy with counts of its own."""
        return Tally(dict(self.counts), dict(self.latest), self.top, self.role)

    def protagonist(self) -> Mention | None:
        """The latest mention of the most named leader, if any was named."""
        return self.latest[self.top] if self.top is not None else None

    def protagonist_but(self, excluded: frozenset[str]) -> Mention | None:
        """:meth:`protagonist` among the leaders not in ``excluded`` (ties as in :meth:`add`).

        >>> tally = Tally()
        >>> for name in ("x", "x", "y"):
        ...     tally.add(name, Mention(kind=MentionKind.PERSON, start=0, end=1, text=name, leaders=(name,)))
        >>> tally.protagonist_but(frozenset({"x"})).text, tally.protagonist_but(frozenset({"x", "y"}))
        ('y', None)
        """
        held = [(count, home, -rank, leader) for leader, (count, rank, home) in self.counts.items()]
        best = max((h for h in held if h[3] not in excluded), default=None)
        return self.latest[best[3]] if best is not None else None


@attrs.define
class Discourse:
    """What a document has said so far, as pronoun linking needs it.

    Kept up to date sentence by sentence, so that linking a pronoun costs the
    same at the end of a long document as at its start. Pass one instance to
    every :func:`link_pronouns` call of a document.
    """

    named: Tally = attrs.field(factory=Tally)  # leaders named in earlier sentences
    by_role: dict[Role, Tally] = attrs.field(factory=dict)  # leaders bound to an office, this sentence included
    last_bound: dict[Role, Mention] = attrs.field(factory=dict)  # the latest mention of each office
    subject: Mention | None = None  # of the nearest sentence of this paragraph with a singular person
    before: Mention | None = None  # the subject the last paragraph ended with
    last: Mention | None = None  # the last singular person of that sentence: "the latter"
    sentences: int = 0  # in the current paragraph
    group: tuple[Mention, ...] = ()  # the people of the nearest sentence with two or more
    by_size: dict[int, tuple[Mention, ...]] = attrs.field(factory=dict)  # the latest such group of each size
    leaders_by_size: dict[int, tuple[Mention, ...]] = attrs.field(factory=dict)  # the same, of leaders only
    group_here: bool = False  # whether this paragraph named a group
    recent: tuple[tuple[Mention, ...], ...] = ()  # the linked mentions of the last two sentences (this paragraph)
    pairs: dict[tuple[str, ...], tuple[int, tuple[Mention, ...]]] = attrs.field(factory=dict)  # how often, latest
    visited: str | None = None  # the country of the latest place someone is said to be in ("arrived in Nairobi")
    female: frozenset[str] = frozenset()  # the ids of the leaders "she" and "her" may stand for
    woman: Mention | None = None  # the latest woman named ("she" with no woman nearer stands for her)
    unnamed: frozenset[Role] = frozenset()  # offices whose bare title came before any holder was named
    abroad: frozenset[str] = frozenset()  # leaders first named with their country after: "President X of Ukraine"

    def copy(self) -> Discourse:
        """A copy that linking can change without changing this one (mentions are shared; they are frozen)."""
        return attrs.evolve(
            self,
            named=self.named.copy(),
            by_role={role: tally.copy() for role, tally in self.by_role.items()},
            last_bound=dict(self.last_bound),
            by_size=dict(self.by_size),
            leaders_by_size=dict(self.leaders_by_size),
            pairs=dict(self.pairs),
        )

    def new_paragraph(self) -> None:
        """Forget the paragraph's subject; a group ("the two leaders") and document-wide counts stay.

        After a paragraph of one sentence (a wire story's style), its subject
        stays: "He also telephoned X" goes on from the line before.
        """
        if self.sentences != 1:
            self.before = self.subject  # "He" that cannot be the protagonist may still go on from here
            self.subject = self.last = None
            self.recent = ()
        self.sentences = 0
        self.group_here = False

    def add_mention(self, mention: Mention, after: Mention | None = None) -> None:
        """Record a linked mention of the current sentence (offices count at once).

        Only a mention that names its leader or the office counts for the office: "he" and "his" say nothing of
        it, so a guest told of in many pronouns does not become "the President" of the text. ``after`` is the
        sentence's next mention ("Ukraine" of "President X of Ukraine").
        """
        if mention.kind is _KIND_PRONOUN and mention.role is None:
            return
        resolved = _resolved(mention)
        role = resolved.role
        if role is not None and resolved.kind is not _KIND_PRONOUN:
            self.last_bound[role] = resolved
            if resolved.leaders:
                tally = self.by_role.get(role)
                if tally is None:  # not setdefault: a tally is made only for an office not counted yet
                    tally = self.by_role[role] = Tally(role=role)
                if (
                    after is not None
                    and after.kind is _KIND_COUNTRY  # most mentions have none right after: settled here
                    and resolved.leaders[0] not in tally.counts
                    and _titled_abroad(resolved, after)
                ):
                    self.abroad |= {resolved.leaders[0]}
                tally.add(resolved.leaders[0], resolved)

    def end_sentence(self, mentions: list[Mention]) -> None:
        """Record a finished sentence's linked mentions as antecedents for the sentences after it."""
        self.sentences += 1
        if self.recent or mentions:
            self.recent = (*self.recent[-1:], tuple(mentions))  # read only for a group (see _named_before)
        if not mentions:
            return
        named, someone = self.named, _SOMEONE_KINDS  # once: the loops below run per mention of every sentence
        for mention in mentions:
            resolved = _resolved(mention) if mention.kind is _KIND_PRONOUN else mention
            if resolved.kind is _KIND_PERSON and not mention.plural and resolved.leaders:
                named.add(resolved.leaders[0], resolved)
                if resolved.leaders[0] in self.female and self.female.issuperset(resolved.leaders):
                    self.woman = resolved
            elif resolved.role is _QUEEN and resolved.kind in _TITLED_KINDS:
                self.woman = resolved  # "the Queen"
        # a bare title no one was named for is someone still: "the President will meet X. The two leaders ..."
        people = [m for m in mentions if m.kind in someone and (m.kind is not _KIND_PRONOUN or m.antecedents or m.role)]
        singular = [m for m in people if not m.plural]
        if singular:
            direct = [m for m in singular if not m.oblique]
            if direct or self.subject is None:  # "a summit hosted by X is on the agenda": no subject to take over
                self.subject = _resolved((direct or singular)[0])
            self.last = _resolved(singular[-1])
        if len(people) < 2 and not any(m.plural for m in people):
            return  # no group: one person at most
        mentioned = _held_once(_unapposed(list({id(m): m for m in _people(people)}.values())))  # "Erdogan ... he"
        if len(mentioned) == 1 and mentioned[0].kind is _KIND_GROUP:
            self._named_group(mentioned[0])
        if len(mentioned) < 2:
            return
        self.group = tuple(mentioned)
        self.group_here = True
        # a group of a size counts people: "On Monday he and Xi met; Duterte said ..." is a pair
        group = tuple({m.leaders[0] if m.leaders else id(m): m for m in mentioned}.values())
        if len(group) < 2:
            return
        leaders = tuple(m for m in group if m.is_leader)
        if 2 <= len(leaders) < len(group):  # "the three presidents" after three leaders and two envoys
            self.by_size[len(leaders)] = leaders
        if len(leaders) >= 2:
            self.leaders_by_size[len(leaders)] = leaders
        self.by_size[len(group)] = group
        if len(group) == 2:
            key = tuple(sorted(_identity(m) for m in group))
            self.pairs[key] = (self.pairs.get(key, (0, ()))[0] + 1, group)

    def _named_group(self, group: Mention) -> None:
        """An organization's leaders named as a group ("the presidents of the five Central American republics") are
        those "the same leaders", "they" or (by their count) "the five presidents" stand for after it."""
        self.group = (group,)
        self.group_here = True
        if group.size:
            self.by_size[group.size] = self.leaders_by_size[group.size] = (group,)

    def pair_within(self, leaders: bool = False) -> tuple[Mention, ...]:
        """Of the latest group, when it names more than two, the pair the document has named together most often
        (the first named of equals), if it named any of them together; with ``leaders``, of leaders only.

        "X met Y on Monday. In Rome, X, Y and Z spoke. The two men ...": X and Y.

        >>> Discourse().pair_within()
        ()
        """
        members = {_identity(m) for m in self.group if not leaders or m.is_leader}
        if len(members) <= 2:
            return ()
        held = [h for key, h in self.pairs.items() if members.issuperset(key)]
        if leaders:
            held = [h for h in held if all(m.is_leader for m in h[1])]
        return max(held, key=lambda h: h[0], default=(0, ()))[1]

    def main_pair(self, leaders: bool = False) -> tuple[Mention, ...]:
        """The pair the document has named together most often (the latest of equals), if any; with ``leaders``,
        of pairs of leaders only ("the two leaders" are no pair of envoys).

        >>> Discourse().main_pair()
        ()
        """
        latest = (self.leaders_by_size if leaders else self.by_size).get(2, ())
        held = [h for h in self.pairs.values() if not leaders or all(m.is_leader for m in h[1])]
        best = max(held, key=lambda h: h[0], default=(0, latest))
        latest_count = self.pairs.get(tuple(sorted(_identity(m) for m in latest)), (0, ()))[0]
        return best[1] if best[0] > latest_count else latest


def first_person(
    tokens: Sequence[Token],
    mentions: list[Mention],
    speaker: Mention,
    words: Lexicon,
    pronouns: frozenset[str] = SPEAKER_WORDS,
    partner: Mention | None = None,
) -> list[Mention]:
    """A transcript turn's mentions with "I", "me", "my" (and "we", "us", "our": the speaker's side) standing for
    its speaker.

    "PRESIDENT X: I spoke with Y this morning" is X speaking with Y, and so is
    "We had a good meeting with Y". The speaker mention comes from the turn's
    label, not from the sentence ("US" is a country, not "us"). With other
    ``pronouns`` ("you", "your"), the one a turn speaks to: an interviewer's
    "You met Xi last week" is the leader interviewed. With a ``partner`` (the
    other leader of a joint press statement), "we" are the two of them: "We
    met in Samarkand last September".
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    both = (speaker, partner) if partner is not None else (speaker,)
    own = not pronouns.isdisjoint(FIRST_PERSON)  # the speaker's words, not the other turns' "you"
    added = [
        Mention(
            kind=MentionKind.PRONOUN,
            start=i,
            end=i + 1,
            text=token.text,
            antecedents=both if token.key in _FIRST_PLURAL else (speaker,),
            plural=len(both) > 1 and token.key in _FIRST_PLURAL,
            subject=_verb_follows(tokens, i + 1, words),
        )
        for i, token in enumerate(tokens)
        if (token.key in pronouns or (own and spoken_it(tokens, i, words)))
        and i not in taken
        and token.text in (token.key, token.key.capitalize())
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def spoken_it(tokens: Sequence[Token], i: int, words: Lexicon) -> bool:
    """Whether ``tokens[i]`` is the "it" of a welcome a speaker says ("It is a great honour to welcome X"): the
    speaker's own act, so the speaker's.

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.segment import tokenize
    >>> spoken_it(tokenize("It is a great pleasure to welcome you"), 0, default_lexicon())
    True
    >>> spoken_it(tokenize("It is important to welcome you"), 0, default_lexicon())
    False
    """
    if tokens[i].key != "it" or i + 2 >= len(tokens) or tokens[i + 1].key not in _SPOKEN_COPULAS:
        return False
    for token in tokens[i + 2 : i + 2 + _SPOKEN_IT_REACH]:
        if token.key == "to":
            return True
        if token.key not in words.spoken_welcomes and token.key not in _SPOKEN_DETERMINERS:
            return False
    return False


_SPOKEN_COPULAS = frozenset({"is", "'s", "was"})  # "it would be an honour": a wish, no welcome said
_SPOKEN_DETERMINERS = frozenset({"a", "an", "my", "our", "such"})
_SPOKEN_IT_REACH = 6  # words from the copula to "to": "is a very great pleasure to"


_OPENING, _CLOSING, _EITHER = "“", "”", '"'
_QUOTE_MARK_KEYS = frozenset({_OPENING, _CLOSING, _EITHER})
_ATTRIBUTION_REACH = 4  # tokens between a quote and its speaker: '," the Turkish president said'
_SECOND_PERSON = frozenset({"you", "your"})
_FIRST_PLURAL = frozenset({"we", "us"})
_QUOTED_PRONOUNS = FIRST_PERSON | _SECOND_PERSON | _FIRST_PLURAL  # the words a quote's pronouns may be


@attrs.define
class Quotes:
    """Who spoke the last quote of a document, so a quote that goes on in the next paragraph keeps its speaker."""

    speaker: Mention | None = None
    open: bool = False  # the last paragraph ended inside a quote, or with one


def quoted_speech(
    paragraph: Sequence[tuple[Sequence[Token], list[Mention]]],
    discourse: Discourse,
    quotes: Quotes,
    words: Lexicon,
) -> list[list[Mention]]:
    """A paragraph's mentions with the pronouns of its quotes standing for the speaker and the one addressed.

    In '"I spoke to President X," Y said', "I" is Y; a quote with no
    attribution is spoken by the speaker of the quote before it, if the
    paragraph before ended in one, else by the subject the text was last
    about. "You" is the other of the last pair named with the speaker, and
    "we" both of them when the sentence names no one else. Run before
    :func:`link_pronouns`; a speaker who is a pronoun ("he said") is
    resolved by a trial link on a copy of ``discourse``.
    """
    inside = _inside_quotes(paragraph)
    if True not in inside:
        quotes.open = False
        return [list(mentions) for _, mentions in paragraph]
    starts = list(accumulate((len(tokens) for tokens, _ in paragraph[:-1]), initial=0))
    out = [list(mentions) for _, mentions in paragraph]
    starts_quoted = bool(paragraph and paragraph[0][0]) and paragraph[0][0][0].key in (_OPENING, _EITHER)
    trial: list[list[Mention]] | None = None
    for first, last in _regions(inside):
        speaker = _attribution(paragraph, starts, len(inside), first, last, words)
        if speaker is not None and speaker.kind is _KIND_PRONOUN:  # '," he said': who "he" is
            if trial is None:  # outside the quotes only: in '"I met X," he said', "he" is not X
                outside = [
                    [m for m in mentions if not _quoted_at(inside, starts, number, m.start)]
                    for number, (_, mentions) in enumerate(paragraph)
                ]
                trial = link_pronouns(outside, discourse.copy())
                paragraph = [(tokens, kept) for (tokens, _), kept in zip(paragraph, outside, strict=True)]
            speaker = next(
                (
                    _resolved(linked)
                    for number, (_, mentions) in enumerate(paragraph)
                    for original, linked in zip(mentions, trial[number], strict=True)
                    if original is speaker
                ),
                None,
            )
            if speaker is not None and speaker.kind is MentionKind.PRONOUN:
                continue  # "he" with no antecedent
        elif speaker is None:
            carried = quotes.speaker if quotes.open and starts_quoted and first == 1 else None
            speaker = carried or discourse.subject or discourse.before
        if speaker is None or speaker.kind not in _SPEAKER_KINDS:
            continue
        quotes.speaker = speaker
        addressee = _addressee(discourse, speaker)
        for position in range(first, last + 1):
            number, i = _sentence_at(starts, position)
            added = _quoted_pronoun(paragraph[number][0], out[number], i, speaker, addressee, words)
            if added is not None:
                out[number].append(added)
    quotes.open = inside[-1] or paragraph[-1][0][-1].key in (_CLOSING, _EITHER)
    return [sorted(mentions, key=lambda m: m.start) for mentions in out]


def _inside_quotes(paragraph: Sequence[tuple[Sequence[Token], list[Mention]]]) -> list[bool]:
    """For each token of a paragraph, whether it stands inside quotation marks (a mark itself does not).

    Only the marks are visited: the tokens between two of them take the state the first left.

    >>> from diplomacy_events.segment import tokenize
    >>> _inside_quotes([(tokenize('He said "we met" and left'), [])])
    [False, False, False, True, True, False, False, False]
    """
    keys = list(map(_KEY, itertools.chain.from_iterable(tokens for tokens, _ in paragraph)))
    inside = [False] * len(keys)
    open_now, last = False, -1
    for position in itertools.compress(range(len(keys)), map(_QUOTE_MARK_KEYS.__contains__, keys)):
        if open_now:
            inside[last + 1 : position] = [True] * (position - last - 1)
        key = keys[position]
        open_now = key == _OPENING or (key == _EITHER and not open_now)  # else a closing mark, or '"' that closes
        last = position
    if open_now:
        inside[last + 1 :] = [True] * (len(keys) - last - 1)
    return inside


def _quoted_at(inside: list[bool], starts: list[int], number: int, i: int) -> bool:
    """Whether token ``i`` of sentence ``number`` stands inside quotation marks (``starts``: each sentence's first)."""
    return inside[starts[number] + i]


def _sentence_at(starts: list[int], position: int) -> tuple[int, int]:
    """The sentence a paragraph's token at ``position`` stands in (its number) and where in it (``starts``: each
    sentence's first position; a sentence with no tokens holds none).

    >>> _sentence_at([0, 4, 4, 9], 5)
    (2, 1)
    """
    number = bisect_right(starts, position) - 1
    return number, position - starts[number]


def _regions(inside: list[bool]) -> Iterator[tuple[int, int]]:
    """The runs of quoted tokens, as first and last positions.

    >>> list(_regions([False, True, True, False, True]))
    [(1, 2), (4, 4)]
    """
    # where a run opens or closes: a position that differs from the one before (found in C)
    edges = list(itertools.compress(itertools.count(), map(operator.ne, [False, *inside], [*inside, False])))
    return zip(edges[0::2], [end - 1 for end in edges[1::2]], strict=True)  # a run opens and closes


def _attribution(
    paragraph: Sequence[tuple[Sequence[Token], list[Mention]]],
    starts: list[int],
    count: int,
    first: int,
    last: int,
    words: Lexicon,
) -> Mention | None:
    """The leader a quote is attributed to: '," X said' after it, or 'X said: "' before it (``starts``: each
    sentence's first position in the paragraph, which holds ``count`` tokens)."""
    if last + 1 < count:  # after the closing mark
        number, close = _sentence_at(starts, last + 1)
        tokens, mentions = paragraph[number]
        said = [
            i for i in range(close + 1, min(len(tokens), close + 2 + _ATTRIBUTION_REACH)) if _says(tokens[i], words)
        ]
        if said:
            near = [m for m in mentions if close < m.start <= said[0] + 1 + _ATTRIBUTION_REACH and _is_someone(m)]
            if near:
                return near[0]
    if first > 0:  # before the opening mark
        number, opening = _sentence_at(starts, first - 1)
        tokens, mentions = paragraph[number]
        low = max(0, opening - _ATTRIBUTION_REACH)
        if any(_says(tokens[i], words) for i in range(low, opening)):
            before = [m for m in mentions if m.end <= opening and m.start >= low - 2 and _is_someone(m)]
            if before:
                return before[-1]
    return None


def _says(token: Token, words: Lexicon) -> bool:
    return token.key in words.reporting_verbs


def _addressee(discourse: Discourse, speaker: Mention) -> Mention | None:
    """The other of the last pair named with the speaker: who "you" is in the speaker's quote."""
    pair = discourse.by_size.get(2, ())
    resolved = _resolved(speaker)
    others = [m for m in pair if not _same_person(_resolved(m), resolved)]
    return others[0] if len(others) == 1 else None


def _quoted_pronoun(
    tokens: Sequence[Token],
    mentions: list[Mention],
    i: int,
    speaker: Mention,
    addressee: Mention | None,
    words: Lexicon,
) -> Mention | None:
    """The pronoun at ``tokens[i]`` of a quote, standing for the speaker, the one addressed, or both."""
    token = tokens[i]
    key = token.key
    if (key not in _QUOTED_PRONOUNS and key != "it") or any(m.start <= i < m.end for m in mentions):
        return None
    if (key in FIRST_PERSON and (key != "i" or token.text == "I")) or spoken_it(tokens, i, words):
        antecedents: tuple[Mention, ...] = (speaker,)
    elif key in _SECOND_PERSON and addressee is not None:
        antecedents = (addressee,)
    elif key in _FIRST_PLURAL and addressee is not None and not any(_is_person(m) for m in mentions):
        antecedents = (speaker, addressee)
    else:
        return None
    return Mention(
        kind=MentionKind.PRONOUN,
        start=i,
        end=i + 1,
        text=token.text,
        plural=len(antecedents) > 1,
        antecedents=antecedents,
        subject=_verb_follows(tokens, i + 1, words),
    )


def link_pronouns(sentences: Iterable[list[Mention]], discourse: Discourse | None = None) -> list[list[Mention]]:
    """Give each pronoun of a paragraph its antecedents, by salience.

    A singular pronoun refers to the first leader mentioned earlier in its
    sentence, else the subject (first leader not after a preposition) of the
    nearest sentence before with one, else the leader the document has named
    most (``discourse`` holds what the paragraphs before said); a plural
    pronoun to the leaders of the nearest sentence with two or more; "the
    prime minister" to the leader of that office named most. Pronouns with no
    antecedent keep none. Time is linear in the number of mentions.
    """
    discourse = discourse if discourse is not None else Discourse()
    discourse.new_paragraph()
    linked: list[list[Mention]] = []
    for mentions in sentences:
        out: list[Mention] = []
        for position, mention in enumerate(mentions):
            if mention.kind in _PLACE_KINDS and mention.oblique and mention.country is not None:
                discourse.visited = mention.country  # "arrived in Nairobi", "talks in Kenya"
            if mention.host:
                visited = mention.country or discourse.visited  # "his host in Seoul", else the latest place told
                if visited is None or (mention.relative and not _guest(mention, out, discourse, visited)):
                    continue  # "his host" where no place says which country: nobody known
                mention = _evolve(mention, country=visited, relative=False)
            elif mention.kind is _KIND_PRONOUN and not mention.antecedents:  # "I" of a turn is linked
                ahead = _cataphora(mention, out, mentions[position + 1 :], discourse.female)
                antecedents = ahead or _antecedents(mention, out, discourse, mentions[position + 1 :])
                mention = _evolve(mention, antecedents=antecedents)
            elif mention.kind is _KIND_GROUP and (mention.regional or (discourse.recent and not mention.others)):
                mention = _named_before(mention, discourse.recent)
                if mention.regional and not mention.antecedents:
                    continue  # "the Caribbean leaders" with none named before: whom, the text does not say
            elif mention.relative:
                owner = _antecedents(_evolve(mention, relative=False, plural=False, role=None), out, discourse)
                if owner and owner[0].kind is MentionKind.OTHER:
                    mention = _evolve(mention, kind=MentionKind.OTHER)
                elif owner and mention.role is None and owner[0].role in _HEADS_OF_GOVERNMENT:
                    mention = _evolve(mention, role=Role.PRIME_MINISTER)  # a premier's counterpart is its country's
            out.append(mention)
            if mention.role is not None or mention.antecedents:  # else it binds no office (see add_mention)
                discourse.add_mention(mention, mentions[position + 1] if position + 1 < len(mentions) else None)
        linked.append(out)
        discourse.end_sentence(out)
    return linked


_PLACE_KINDS = frozenset({MentionKind.PLACE, MentionKind.COUNTRY})
#: The offices whose holder's "counterpart" is the head of government of the other country ("Prime Minister X held
#: talks with his Chinese counterpart": China's premier, not its president).
_HEADS_OF_GOVERNMENT = frozenset({Role.PRIME_MINISTER, Role.PREMIER, Role.CHANCELLOR})


def _named_leaders(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The leaders a sentence's linked mentions name, by name or office, once each (a pronoun through its
    antecedents; groups and people who are no leaders left out)."""
    named: dict[str, Mention] = {}
    for mention in _people(list(mentions)):
        if mention.kind in _NAMED_KINDS and (mention.leaders or mention.country is not None):
            named.setdefault(_identity(mention), mention)
    return tuple(named.values())


_NAMED_KINDS = frozenset({MentionKind.PERSON, MentionKind.OFFICE})


def _named_before(group: Mention, recent: Sequence[tuple[Mention, ...]]) -> Mention:
    """A definite group of an organization's leaders ("the CARICOM leaders", "the two Nordic leaders") with the
    leaders the two sentences before it named as its candidate antecedents (rule ``people.group-named-before``:
    those of them who lead members on the day, if two or more, stand for the group when events are read)."""
    if not group.definite:
        return group  # "EU leaders will meet on Thursday", "the G7 leaders' summit": no reference back
    named: dict[str, Mention] = {}
    for sentence in recent:
        for mention in _named_leaders(sentence):
            named.setdefault(_identity(mention), mention)
    return _evolve(group, antecedents=tuple(named.values())) if len(named) >= 2 else group


_DEFINITE = frozenset({"the", "both"})
#: Tokens at most between a host word and the place after it that says where the host is: "his host at State
#: House in Nairobi".
_HOST_PLACE_REACH = 4


def _guest(counterpart: Mention, before: list[Mention], discourse: Discourse, visited: str) -> bool:
    """Whether the owner of "his counterpart" is a leader of another country than the one visited (so the
    counterpart is the host): "Putin thanked his counterpart" in Pyongyang, not "Kim thanked his counterpart"."""
    owner = _antecedents(_evolve(counterpart, kind=_KIND_PRONOUN, host=False, relative=False), before, discourse)
    country = owner[0].country if owner else None
    return country is not None and country != visited


def _cataphora(
    pronoun: Mention, before: list[Mention], after: Sequence[Mention], female: frozenset[str] = frozenset()
) -> tuple[Mention, ...]:
    """ "During his visit, President X ...": a possessive that opens its sentence points ahead to the subject, if
    the subject may be a man ("his") or a woman ("her"): "on her first visit, X is accompanied by Y" is not Y
    (``female`` holds the ids of the women)."""
    if pronoun.plural or pronoun.role is not None or any(_is_person(m) for m in before):
        return ()
    if pronoun.text.lower() not in ("his", "her"):
        return ()
    subject = next((m for m in after if _is_person(m) and not m.oblique and m.kind is not MentionKind.PRONOUN), None)
    if subject is None or _gender(subject, female) not in (None, _PRONOUN_GENDERS[pronoun.text.lower()]):
        return ()
    return (subject,)


def _of_a_place(tokens: Sequence[Token], end: int) -> bool:
    """Whether "of" follows the title that ends at ``end``, or a second title and "of": "the Prince of Wales",
    "the Prince and Princess of Wales" (a title of the place after it; a country after "of" is read before this).

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("the Prince and Princess of Wales came")
    >>> _of_a_place(tokens, 2), _of_a_place(tokenize("the Prince and his wife"), 2)
    (True, False)
    """
    key = _key(tokens, end)
    return key == "of" or (
        key == "and" and _key(tokens, end + 2) == "of" and end + 1 < len(tokens) and tokens[end + 1].capitalised
    )


def _is_person(mention: Mention) -> bool:
    return mention.kind in _PERSON_KINDS


def _is_someone(mention: Mention) -> bool:
    """Whether "he" or "the two leaders" may stand for the mention: a person, never a seat of government."""
    return mention.kind in _SOMEONE_KINDS


_PERSON_KINDS = _LEADER_KINDS | {MentionKind.OTHER}
_SOMEONE_KINDS = _PERSON_KINDS - {MentionKind.GOVERNMENT}


def _antecedents(
    pronoun: Mention, before: list[Mention], discourse: Discourse, after: Sequence[Mention] = ()
) -> tuple[Mention, ...]:
    """``before`` holds the sentence's linked mentions ahead of the pronoun, ``after`` those behind it."""
    if pronoun.heads:  # "the Head of State": the leader of such an office the text names most, as "the President"
        tallies = [discourse.by_role[role] for role in pronoun.heads if role in discourse.by_role]
        best = max(tallies, key=lambda tally: tally.counts[tally.top][0] if tally.top else 0, default=None)
        if best is None or best.role is None or best.top is None:
            return ()
        pronoun = _evolve(pronoun, role=best.role, heads=frozenset())
    if pronoun.role is not None:  # "the PM": the most mentioned leader holding that office, else the nearest
        tally = discourse.by_role.get(pronoun.role)
        # "a call with Prime Minister X, his first talk with the Prime Minister since ...": X, named just before
        near = next((m for m in reversed(before) if m.kind is _KIND_PERSON and m.role is pronoun.role), None)
        if near is not None:
            holder: Mention | None = near
        elif pronoun.role in discourse.unnamed:  # "The President ... met President X of Ukraine": not X
            holder = tally.protagonist_but(discourse.abroad) if tally is not None else None
        else:
            holder = tally.protagonist() if tally is not None else None
            holder = holder if holder is not None else discourse.last_bound.get(pronoun.role)
            if holder is None:  # the text's own leader, unnamed ("The President remains in New York")
                discourse.unnamed |= {pronoun.role}
        # "he held talks with the president": not himself ("Biden's call came after the president spoke" may be)
        subjects = [
            _resolved(m) for m in before if m.kind is _KIND_PRONOUN and m.role is None and m.text.lower() in _HE
        ]
        # "The Prime Minister rang me": not the speaker, whose "I" is linked already
        speakers = [m.antecedents[0] for m in after if m.antecedents and m.text.lower() in FIRST_PERSON]
        if holder is None or any(_same_person(holder, m) for m in (*subjects, *speakers)):
            return ()
        return (holder,)
    if pronoun.claimed:  # "the ministers ... their own meeting": people who are no leaders
        return ()
    gender = _PRONOUN_GENDERS.get(pronoun.text.lower()) if not pronoun.plural else None
    female = discourse.female
    if gender is None or (
        discourse.woman is None and not any(_gender(_resolved(m), female) is _FEMININE for m in before)
    ):
        return _antecedents_of(pronoun, before, discourse, after)  # no woman named yet: nobody to tell apart
    # "her" once a woman was named is no man's, "he" never a woman's: the nearest candidates that agree
    before = [m for m in before if _gender(_resolved(m), female) in (None, gender)]
    found = _antecedents_of(pronoun, before, discourse, after)
    if found and all(_gender(m, female) in (None, gender) for m in found):
        return found
    # the only one of the last group named who agrees ("May met Macron. He later called Trump": Macron), else for
    # "she" the last woman named
    agree = [m for m in discourse.group if m.is_leader and _gender(m, female) is gender]
    if len(agree) == 1:
        return (agree[0],)
    if gender is _FEMININE:
        return (discourse.woman,) if discourse.woman is not None else ()
    if pronoun.text.lower() != "him":
        return ()
    # "X arrived in Rome. Meloni was in Brussels. Mattarella received him": the man the text is about, or the one
    # the last paragraph ended with, but not the subject of the pronoun's own clause
    subjects = [_resolved(m) for m in before if m.subject]
    men = (m for m in (discourse.named.protagonist(), discourse.before) if m and _gender(m, female) is _MASCULINE)
    return next(((m,) for m in men if not any(_same_person(m, s) for s in subjects)), ())


def _antecedents_of(
    pronoun: Mention, before: list[Mention], discourse: Discourse, after: Sequence[Mention] = ()
) -> tuple[Mention, ...]:
    """The antecedents of a pronoun among ``before`` and the discourse (see :func:`_antecedents`)."""
    # the nearest person but its clause's subject: "X said Y had called him", "Y met her at the airport" ("her" only
    # where the subject is known: "the Queen's host, Z, welcomed her" marks none)
    if pronoun.text.lower() == "him" or (pronoun.objective and any(m.subject for m in before)):
        people = [m for m in before if _is_someone(m) and not m.plural]
        own = next((i for i in range(len(people) - 1, -1, -1) if people[i].subject), None)
        first = own  # the first of the subject's coordinates: "Begin and President Katzir greeted him"
        while first is not None and first > 0 and people[first - 1].coordinate:
            first -= 1
        before = [m for i, m in enumerate(people) if own is None or first is None or not first <= i <= own][-1:]
        if not before and own is not None:  # "X met Y. He called him.": someone named before, not "he"
            subject = _resolved(people[own])
            earlier = (discourse.subject, *discourse.group)
            return next(((m,) for m in earlier if m is not None and not _same_person(m, subject)), ())
    elif pronoun.text.lower() == "them":  # "Putin met them": others than the subject
        before = []
    if pronoun.plural:
        here = _people([m for m in before if m.is_leader])
        if len(here) >= 2:
            return tuple(here)
        # "the two men" after a sentence naming three: the latest pair, if there was one
        words = pronoun.text.lower().split()
        size = next((GROUP_SIZES[word] for word in words if word in GROUP_SIZES), None)
        leaders = words[-1] in _GROUP_WORDS  # "the two presidents": leaders, not the envoys named last
        main = discourse.main_pair(leaders) if size == 2 and not discourse.group_here else ()
        if size == 2 and discourse.group_here:  # "the two men" after a sentence naming three: two of them
            main = discourse.pair_within(leaders)
        groups = discourse.leaders_by_size if leaders else discourse.by_size
        found = main or (_sized(groups, discourse.group, size) if size else discourse.group)
        office = _plural_office(words)
        found = found if office is None else tuple(_in_office(m, office) for m in found)
        return found or (_guest_and_host(pronoun, discourse) if size == 2 and leaders else ())
    same = [m for m in before if _is_someone(m) and not m.plural]
    subjects = [m for m in same if m.subject]
    if subjects and pronoun.subject and pronoun.text.lower() in ("he", "she"):  # "X extended ... when he visited": X
        return (_resolved(subjects[-1]),)
    if pronoun.text.lower() == "the latter":  # the last person named: in its sentence, else the one before
        latest = _resolved(same[-1]) if same else discourse.last
        return (latest,) if latest is not None else ()
    if same:
        return (_resolved(same[0]),)
    # "He also joined Afwerki and ...": "he" is not the person its verb's object names
    following = next((m for m in after if _is_person(m)), None) if pronoun.text.lower() in ("he", "she") else None
    objects = following.leaders[:1] if following is not None and following.kind is MentionKind.PERSON else ()
    for candidate in (discourse.subject, discourse.named.protagonist(), discourse.before):
        if candidate is not None and not (candidate.leaders and candidate.leaders[:1] == objects):
            return (candidate,)
    return ()


class _Gender(enum.Enum):
    """Whom a singular pronoun may stand for."""

    __hash__ = object.__hash__  # members are singletons (see MentionKind)

    MASCULINE = "masculine"
    FEMININE = "feminine"


_MASCULINE, _FEMININE = _Gender.MASCULINE, _Gender.FEMININE
_HE = frozenset({"he", "she"})  # a clause's subject ("he held talks with the president": not himself)
_PRONOUN_GENDERS = {
    "he": _MASCULINE,
    "him": _MASCULINE,
    "his": _MASCULINE,
    "himself": _MASCULINE,
    "she": _FEMININE,
    "her": _FEMININE,
    "hers": _FEMININE,
    "herself": _FEMININE,
}
#: Titles that say whether their holder is a man or a woman ("the Queen": "her"; "the King": "him").
_ROLE_GENDERS = {
    Role.QUEEN: _FEMININE,
    Role.KING: _MASCULINE,
    Role.EMPEROR: _MASCULINE,
    Role.SULTAN: _MASCULINE,
    Role.EMIR: _MASCULINE,
    Role.SHAH: _MASCULINE,
}


def _gender(mention: Mention, female: frozenset[str]) -> _Gender | None:
    """Whether a mention is of a man or a woman, where the data says: a leader by name (``female`` holds the ids
    of the women; a name some men and some women bear is neither), or a title that only men or only women hold;
    ``None`` for anyone else.

    >>> him = Mention(kind=MentionKind.PERSON, start=0, end=1, text="Nixon", leaders=("richard-nixon",))
    >>> _gender(him, frozenset({"golda-meir"})), _gender(Mention(kind=MentionKind.PRONOUN, start=0, end=1, text="they"),
    ...     frozenset())
    (<_Gender.MASCULINE: 'masculine'>, None)
    """
    leaders = mention.leaders
    if leaders and mention.kind in _NAMED_KINDS:  # "Castro" may be Raúl, Fidel or Xiomara: no one's
        if female.isdisjoint(leaders):
            return _MASCULINE
        return _FEMININE if female.issuperset(leaders) else None
    if mention.kind in _TITLED_KINDS and mention.role is not None:  # "the Turkish king", "the Queen"
        return _ROLE_GENDERS.get(mention.role)
    if mention.kind is _KIND_PRONOUN and not mention.plural:  # one with no antecedent: its own word says
        return _PRONOUN_GENDERS.get(mention.text.lower())
    return None


_NAMED_KINDS = frozenset({MentionKind.PERSON, MentionKind.OFFICE})
_TITLED_KINDS = frozenset({MentionKind.OFFICE, MentionKind.PRONOUN})


def _titled_abroad(mention: Mention, country: Mention) -> bool:
    """Whether a leader is named with the country of the office after the name, as a government's releases name a
    foreign leader: "President X of Ukraine" (``country`` is the mention after it, a country).

    >>> x = Mention(kind=MentionKind.PERSON, start=0, end=2, text="Jan Roe", leaders=("x",), country="POL")
    >>> poland = Mention(kind=MentionKind.COUNTRY, start=3, end=4, text="Poland", country="POL")
    >>> _titled_abroad(x, poland), _titled_abroad(x, _evolve(poland, start=4, end=5))
    (True, False)
    """
    return mention.kind is _KIND_PERSON and country.start == mention.end + 1 and country.country == mention.country


def _bare_title(mention: Mention, role: Role) -> bool:
    """Whether a leader is named by the title of ``role`` with no country before it: "Prime Minister Narendra
    Modi", not "Italian Prime Minister Giorgia Meloni".

    The mention's tokens are its title's and its name's (its text): a title of as many words as the office's name
    has none before it.

    >>> roe = Mention(kind=MentionKind.PERSON, start=0, end=4, text="Jane Roe", leaders=("x",))
    >>> _bare_title(roe, Role.PRIME_MINISTER), _bare_title(_evolve(roe, end=5), Role.PRIME_MINISTER)
    (True, False)
    """
    if mention.kind is not _KIND_PERSON:
        return False
    return mention.end - mention.start == len(mention.text.replace("-", " ").split()) + _TITLE_WORDS[role]


_TITLE_WORDS = {role: role.value.count(" ") + 1 for role in Role}  # the words of each office's title


def _sized(groups: dict[int, tuple[Mention, ...]], group: tuple[Mention, ...], size: int) -> tuple[Mention, ...]:
    """The latest group of ``size`` people, else the latest group if it may stand for them (see :func:`_of_size`)."""
    found = groups.get(size)
    return found if found is not None else _of_size(group, size)


def _of_size(group: tuple[Mention, ...], size: int) -> tuple[Mention, ...]:
    """The group unless it names more leaders than ``size``: "the two sides" after a sentence naming four stands for
    none of them ("the two men" after "Trump, the first American president to ..., and Kim" may stand for three
    mentions of two).

    >>> x, y = (Mention(kind=MentionKind.PERSON, start=0, end=1, text=t, leaders=(t,)) for t in "XY")
    >>> len(_of_size((x, y, x), 2)), len(_of_size((x, y), 1))
    (3, 0)
    """
    return group if len({m.leaders[0] for m in group if m.leaders}) <= size else ()


def _guest_and_host(pair: Mention, discourse: Discourse) -> tuple[Mention, ...]:
    """ "X arrived in Nairobi. The two presidents held talks": with no pair named yet, the one leader the paragraph
    is about and the leader of the country he is in."""
    guest = discourse.subject
    visited = discourse.visited
    if guest is None or visited is None or not guest.is_leader or guest.country in (None, visited):
        return ()
    host = Mention(kind=_KIND_OFFICE, start=pair.start, end=pair.end, text=pair.text, country=visited, host=True)
    return (guest, host)


def _plural_office(words: Sequence[str]) -> Role | None:
    """The office a plural noun of leaders names ("the two prime ministers", "both presidents"), if any.

    >>> _plural_office(["the", "two", "prime", "ministers"]), _plural_office(["the", "two", "leaders"])
    (<Role.PRIME_MINISTER: 'prime minister'>, None)
    """
    for phrase in (" ".join(words[-2:]), words[-1] if words else ""):
        role = _ROLES_BY_VALUE.get(phrase[:-1]) if phrase.endswith("s") else None
        if role is not None:
            return role
    return None


_ROLES_BY_VALUE = {role.value: role for role in Role if role is not Role.LEADER}  # "the two leaders": any office


def _in_office(mention: Mention, office: Role) -> Mention:
    """An office's mention as the one "the two prime ministers" names: its country's holder of ``office`` (the
    Pakistani President named before is not one of "the two prime ministers" a later year speaks of).

    A mention by name, or of that office already, stays.
    """
    if mention.kind is not MentionKind.OFFICE or mention.country is None or mention.role in (None, office):
        return mention
    if _SAME_OFFICE.get(mention.role) is office:
        return mention
    return _evolve(mention, role=office)


def _identity(mention: Mention) -> str:
    """Who a mention is, as far as the text says: a leader id, else the office."""
    if mention.leaders:
        return mention.leaders[0]
    return f"{mention.country}/{mention.role.value if mention.role else ''}/{mention.text.lower()}"


#: Tokens at most between an office and the name in apposition to it: "Qatar's emir, Sheikh Tamim".
_APPOSITION_GAP = 3


def _unapposed(group: list[Mention]) -> list[Mention]:
    """The group without an office whose holder's name follows it in apposition ("Qatar's emir, Sheikh Tamim"
    is one person, not two)."""
    return [
        m
        for m, after in itertools.zip_longest(group, group[1:])
        if not (
            after is not None
            and m.kind is _KIND_OFFICE
            and after.kind is _KIND_PERSON
            and m.country is not None
            and m.country == after.country
            and 0 < after.start - m.end <= _APPOSITION_GAP
        )
    ]


def _held_once(group: list[Mention]) -> list[Mention]:
    """The group without an office that a leader named in it holds: "Yoon's trip, the first by a South Korean
    president" names one person, not two.

    >>> yoon = Mention(kind=MentionKind.PERSON, start=0, end=1, text="Yoon", leaders=("yoon",), country="KOR",
    ...                role=Role.PRESIDENT)
    >>> office = Mention(kind=MentionKind.OFFICE, start=5, end=8, text="a South Korean president", country="KOR",
    ...                  role=Role.PRESIDENT)
    >>> [m.text for m in _held_once([yoon, office])]
    ['Yoon']
    """
    held = {(m.country, m.role) for m in group if m.kind is _KIND_PERSON and m.country is not None}
    if not held:
        return group
    return [m for m in group if m.kind is not _KIND_OFFICE or m.plural or (m.country, m.role) not in held]


def _people(mentions: list[Mention]) -> list[Mention]:
    """The people mentions stand for: a pronoun's antecedents; a bare title linked to no one is itself (its office,
    read when the events are)."""
    people: list[Mention] = []
    for mention in mentions:
        linked = mention.kind is _KIND_PRONOUN and (mention.antecedents or mention.role is None)
        people += list(mention.antecedents) if linked else [mention]
    return people


def _same_person(one: Mention, other: Mention) -> bool:
    return one is other or (bool(one.leaders) and one.leaders == other.leaders)


def _resolved(mention: Mention) -> Mention:
    return mention.antecedents[0] if mention.kind is _KIND_PRONOUN and mention.antecedents else mention


def _middle_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` may stand inside a leader's name: a capitalised word, or the full stop of an initial
    ("Godfrey L. Binaisa")."""
    token = tokens[i]
    if token.key == ".":
        return i > 0 and len(tokens[i - 1].key) == 1 and tokens[i - 1].capitalised
    return token.capitalised and token.key.isalpha()
