"""The words the rules read, in one place: the lexicon's open vocabularies and the closed grammar of English.

Two kinds of words steer the parser:

- **open vocabularies**, in ``data/lexicon.json``: leader titles, trigger
  phrases with their properties (:class:`Trigger`), and the cue phrases of
  plans, negations, hypotheticals and the like. Extending a list there
  teaches the rules a new word without a code change. :func:`default_lexicon`
  reads the bundled file once; :meth:`Lexicon.from_file` reads another.
  Loading validates the file: a bad entry raises
  :class:`~diplomacy_events.errors.LexiconError` naming the file and the entry,
  and a list the file lacks is taken from the bundled lexicon with a
  :class:`~diplomacy_events.errors.LexiconWarning`.
- **the closed grammar** the rules are written against: month and weekday
  names, number words, auxiliaries, determiners, prepositions, the words
  that end a clause. These are the tables below; changing one changes what
  a rule means, so they live beside the rules' vocabulary rather than in
  user data.

>>> words = default_lexicon()
>>> words.triggers["spoke with"].type, words.triggers["spoke with"].may_be_call
(<TriggerType.MEET: 'meet'>, True)
>>> words.planned_cues.found(["he", "is", "expected", "to", "visit"], 0, 5)
True
"""

from __future__ import annotations

import enum
import json
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .errors import LexiconError, LexiconWarning
from .model import Role

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["Cues", "Lexicon", "Trigger", "TriggerType", "default_lexicon"]


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The keys a phrase of the lexicon is found by, as the tokenizer keys text: words, with hyphens dropped.

    >>> phrase_keys("in the run-up to")
    ('in', 'the', 'run', 'up', 'to')
    """
    return tuple(phrase.replace("-", " ").split())


# -- time words ---------------------------------------------------------------------------------------------------

# English names, written out: ``calendar``'s follow the locale (and it is slow to import).
_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Month names and their abbreviations -> month number.
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)} | {
    "sept": 9,
    **{name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1)},
}
#: Weekday names -> ``date.weekday()``.
WEEKDAYS = {
    name: number
    for number, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
#: Days of the year known by name, as token keys -> (month, day): "on Christmas Day", "New Year's Eve".
HOLIDAYS = {
    ("christmas", "day"): (12, 25),
    ("christmas", "eve"): (12, 24),
    ("boxing", "day"): (12, 26),
    ("new", "year", "'s", "day"): (1, 1),
    ("new", "year", "'s", "eve"): (12, 31),
}
#: The last words of those names, never a given name before a leader's ("On Christmas Day Modi ...").
HOLIDAY_ENDS = frozenset(keys[-1] for keys in HOLIDAYS)
#: Seasons -> the month they start in (northern hemisphere, as wire copy means them).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: Calendar units -> their plural.
UNITS = {
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
    "weekend": "weekend",
}
#: Units of ten years, counted as years ("a decade ago", "two decades later").
DECADES = frozenset({"decade", "decades"})
#: Number words -> their value ("a week ago", "several days later").
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 3,
    "few": 3,
    "couple": 2,
}
#: Round tens, which count units back or on ("fifty years ago", "twenty years later"): read as times only.
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: Exact counts of two or more, as words ("the ten ASEAN leaders"): not "several" or "a few".
COUNT_WORDS = {
    **{key: value for key, value in NUMBER_WORDS.items() if value >= 2 and key not in ("several", "few", "couple")},
    "eleven": 11,
    "twelve": 12,
}
#: Prepositions that relate a time to another event ("since May", "before Friday"): no event's own date.
TIME_RELATIONS = frozenset({"since", "until", "till", "before", "after", "by"})
#: What ends a negation's reach: "did not speak until a video call in 2020" (the call happened).
UNTIL_WORDS = frozenset({"until", "till"})
#: What after "not" makes it no negation: "not only met X but also Y", "did not just meet X" (he met X, and more).
NOT_ONLY_WORDS = frozenset({"only", "just", "merely", "simply"})
#: Words before a capitalised month name that make it a month, not a name ("in May", not "Theresa May").
MONTH_CUES = frozenset(
    {
        "in",
        "on",
        "since",
        "until",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "of",
        "by",
        "from",
        "through",
        "between",
        "during",
        "and",
        "or",
        "to",
        "till",
        "before",
        "after",
    }
)
#: Words that join the ends of a range of days ("November 5-11", "from May 3 to 5").
RANGE_WORDS = frozenset({"–", "—", "to", "through", "and", "/"})
#: The words a relative or deictic expression begins with ("last week", "earlier this year").
RELATIVE_STARTS = frozenset(
    {
        "last",
        "this",
        "next",
        "coming",
        "earlier",
        "later",
        "past",
        "over",
        "at",
        "following",
        "previous",
        "preceding",
        "same",
    }
)
#: "The next day", "the previous week", "the same day": a step from the event told before.
COUNTED_STEPS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}
#: "The day before, ...", "the week after he ...": a step from the event told before, the unit first.
POSTPOSED_STEPS = {"before": -1, "after": 1}
#: What may follow "the day before" for it to be a time of its own ("the day before, she had met X"), not a
#: pivot on what follows ("the day before the summit").
POSTPOSED_ENDS = frozenset({",", ".", ";", "", "he", "she", "they", "we", "i", "had"})
COUNTED_UNITS = frozenset({"days", "weeks", "months", "years"})
DEICTIC_STARTS = frozenset({"yesterday", "today", "tonight", "tomorrow", "this", "overnight", "last", "shortly"})
#: What after "shortly" makes it a distance from another time ("shortly after the summit"), no time of its own.
SHORTLY_RELATIVE = frozenset({"after", "before", "afterwards", "thereafter", "beforehand", "ahead", "following"})
#: What may stand between a dated day and a yearless one that shares its year.
#: What after a yearless month puts it in the year the text spoke of last: "In March of that year".
THAT_YEAR = (("of", "that", "year"), ("that", "year"), ("that", "same", "year"), ("of", "the", "same", "year"))
THAT_YEAR_LENGTH = max(len(phrase) for phrase in THAT_YEAR)
DATE_LINKS = frozenset({",", "and", "again", "then", "on", "in", "or", "later", "before", "after", "between"})
#: Words of the weeks just before the anchor: "recently met", "has just returned".
RECENT_WORDS = frozenset({"recently", "just"})
#: Parts of a period: "(at) the end of the month".
PERIOD_PARTS = frozenset({"end", "beginning", "start", "middle"})
#: Parts of a year counted in months -> their months, by the word that orders them: "the last quarter of 1991"
#: is October to December, "the first half of next year" January to June.
YEAR_PARTS = {
    "quarter": {"first": 1, "second": 4, "third": 7, "fourth": 10, "final": 10, "last": 10},
    "half": {"first": 1, "second": 7, "latter": 7, "final": 7, "last": 7},
}
#: Lower-case words that may follow a year that dates an event ("in 2017 and again in 2019").
AFTER_YEAR = frozenset(
    {
        "and",
        "or",
        "but",
        "when",
        "while",
        "after",
        "before",
        "as",
        "the",
        "he",
        "she",
        "they",
        "it",
        "to",
        "for",
        "at",
        "on",
        "with",
        "in",
        "was",
        "were",
        "had",
        "has",
        "during",
        "until",
        "by",  # "was received in 1935 by President X"
        "between",  # "the meeting in 1945 between A and B"
    }
)

# -- grammar words --------------------------------------------------------------------------------------------------

#: Auxiliaries of the passive: "was received by X".
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "be"})
#: Auxiliary verbs: after a name they make it a subject ("Y had called him"); the event rules read tense from them.
AUXILIARIES = PASSIVE_AUXILIARIES | {"will", "would", "'ll", "has", "have", "had", "may", "might", "could", "can"}
#: Words that may open a titled mention: "the Turkish president", "two prime ministers".
TITLE_DETERMINERS = frozenset(
    {"the", "his", "her", "their", "its", "a", "an", "both", "two", "three", "four", "five", "several"}
)
#: Words that coordinate a list of countries or offices: "the presidents of Turkey, Iran and Russia".
COORDINATION = frozenset({",", "and", "&", "as", "well", "plus"})
#: Prepositions: a mention after one is oblique ("In addition to Xi, ..."), no antecedent of "he".
PREPOSITIONS = frozenset(
    {
        "to",
        "with",
        "of",
        "by",
        "for",
        "from",
        "in",
        "at",
        "on",
        "about",
        "against",
        "besides",
        "than",
        "like",
        "toward",
        "towards",
        "over",
        "under",
    }
)
#: Particles inside names: "Bashar al-Assad", "Ursula von der Leyen".
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di", "le", "la"})
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
#: What a leader's transcript turn says of its speaker: "I", and "we" for the speaker's side.
SPEAKER_WORDS = FIRST_PERSON | {"we", "us", "our"}
#: What the other turns of an interview call the leader interviewed.
SECOND_PERSON = frozenset({"you", "your"})
#: "The two leaders", "the three presidents", "both men": how many people a plural reference stands for.
GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
#: Plural nouns that end a counted group a later sentence names: "the leaders of three countries", "five presidents".
COUNTED_GROUP_NOUNS = frozenset(
    {"leaders", "presidents", "heads", "counterparts", "countries", "nations", "states", "ministers", "monarchs"}
)
#: Words near the top of a page that make it a preview of the days ahead ("THE WEEK AHEAD", "What to watch"): its
#: day headings ("Thursday - Washington") are the coming days, not the nearest ones.
PREVIEW_TITLES = ("week ahead", "coming week", "week to come", "days ahead", "what to watch", "look ahead")
#: Heading lines that say the lines under them lie ahead ("COMING UP", "THE WEEK AHEAD"), a digest's section of plans.
AHEAD_HEADINGS = frozenset(
    {*PREVIEW_TITLES, "coming up", "looking ahead", "upcoming", "ahead", "next week", "what's next", "what's ahead"}
)
#: Verbs that open the list of such a group's members: "The three leaders are A, B and C."
LISTING_COPULAS = frozenset({"are", "were", "include", "included"})

#: Words that end a clause: a trigger's subject and objects stay inside its clause.
CLAUSE_BREAKS = frozenset(
    {
        ";",
        "while",
        "whereas",
        "but",
        "however",
        "although",
        "though",
        "meanwhile",
        "where",
        "after",
        "before",
        "when",
        "because",
        "since",
        "whose",
        "which",
        "who",
        "who's",
        "—",
        "(",
        ")",
        ":",
        "said",
        "says",
        "told",
        "adding",
    }
)
#: Tokens that may stand between members of one coordinated group of mentions.
GROUP_GLUE = frozenset(
    {
        ",",
        "and",
        "along",  # "along with"
        "&",
        "as",
        "well",
        "not",
        "only",
        "but",
        "also",
        "plus",
        "with",
        "the",
        "his",
        "her",
        "their",
        "both",
        "either",
        "first",  # "He and first lady Jill Biden": a spouse in the group is no leader, but the group goes on
        "lady",
        "wife",
        "husband",
        "spouse",
    }
)
#: A caption's place of a person in the picture, in brackets after the name: "Donald Trump (left) and ...".
PHOTO_POSITIONS = frozenset(
    {"left", "right", "l", "r", "c", "center", "centre", "front", "back", "top", "bottom", "middle", "second", "2nd"}
)
#: "met several leaders, including A and B": words of a list that is the object.
LIST_INTRO = frozenset(
    {
        "several",
        "many",
        "some",
        "other",
        "more",
        "than",
        "leaders",
        "counterparts",
        "heads",
        "state",
        "government",
        "world",
        "visiting",
        "foreign",
        "fellow",
    }
)
LIST_OPENERS = frozenset({"including", "among", "them", "such", "as", "notably", ","})
#: Leader words that, with an organization, name its members' leaders as a group: "the Quad leaders",
#: "leaders of the G7", "BRICS heads of state" ("leader" only in a summit's name: "the Quad Leader's Summit").
GROUP_NOUNS = frozenset({"leaders", "heads of state", "heads of government", "leader"})
#: Words before such a group that make it part of the members, not all: "other ASEAN leaders", "fellow EU leaders".
PARTIAL_GROUP = frozenset({"other", "fellow", "some", "several", "many", "most", "few", "non", "two"})
#: Words between a meeting verb and the way it was held from afar: "met by video", "met via a video link", "met over
#: the phone", "met in a video conference" (rule ``kind.met-remotely``).
REMOTE_GAP = frozenset({"by", "via", "over", "through", "in", "on", "using", "a", "an", "the"})
#: Tokens that may stand between a trigger and its first object: "held talks here with", "met on Monday with".
#: A group led by a leader, who stands for it as a verb's object: "received a (high-level) delegation led by X".
LED_GROUPS = frozenset({"delegation", "delegations", "entourage"})
#: The verbs that name the group's head after it: "a delegation led by X", "headed by X".
LED_BY = frozenset({"led", "headed"})
OBJECT_GAP = frozenset(
    {
        "here",
        "there",
        "with",
        "to",
        "by",
        "the",
        "his",
        "her",
        "their",
        "its",
        "a",
        "an",
        "up",
        "again",
        "on",
        "host",
        "in",
        "later",
        "also",
        "separately",
        "both",
        "visiting",
        "of",
        "between",
        "among",
        "for",
        "from",
        "first",
        "new",
        "counterpart",
        "phone",
        "telephone",
        "over",
        "via",
        "video",
        "link",
        "conference",
        "call",
        "not",
        "only",
        "then",
        "next",
        "this",
        "last",
        "week",
        "month",
        "year",
        "today",
        "yesterday",
        "tomorrow",
        "that",
        "fellow",
        "top",
        "two",
        "three",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "night",
        "morning",
        "evening",
        "afternoon",
        "separate",
        "bilateral",
        "official",
        "formal",
        "informal",
        "closed",
        "door",
        "private",
        "virtual",
        "extended",
        "joint",
        "brief",
        "lengthy",
        '"',
        "“",
        "”",
        "at",
        "length",
        "personally",
        "directly",
        "privately",
    }
)
#: Honorifics that may stand before a name inside a group: "the Rt. Hon.", "H.E. Mr.".
HONORIFIC_GAP = frozenset(
    {
        "rt",
        "hon",
        "honourable",
        "honorable",
        "right",
        "h",
        "e",
        "h.e.",
        "dr",
        "mr",
        "mrs",
        "ms",
        ".",
        "excellency",
        "majesty",
        "highness",
        "sheikh",
        "sheik",
        "his",
        "her",
        "the",
        "my",  # "my friend Prime Minister Modi", "our dear friend": a leader's words of a guest
        "our",
        "friend",
        "good",
        "dear",
        "old",
        "great",
        "close",
    }
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "whose", "who's", "whom"})
#: Conjunctions that open a subordinate clause: its times date something else.
SUBORDINATORS = frozenset({"after", "before", "since", "until", "when", "while", "because", "although", "prior"})
DETERMINERS = frozenset({"a", "an", "the", "their", "his", "her", "its"})
#: Determiners of a meeting that may never be held: "a Biden-Xi meeting is possible", "any Putin-Zelensky talks".
INDEFINITE_DETERMINERS = frozenset({"a", "an", "any", "another", "no"})
#: Function words a heading in title case capitalises, which are never a name: "Remarks by A and B Before Talks".
HEADING_FUNCTION_WORDS = PREPOSITIONS | SUBORDINATORS
#: Possessives: a determiner, no object ("visited Russia, his first trip"); "her" is also an object ("met her").
POSSESSIVES = frozenset({"his", "its", "their", "my"})
#: Events named by their year ("after the war of 1965", "since the crisis of 1962"): the year is the event's name,
#: no time of the sentence's meeting.
YEAR_NAMED_EVENTS = frozenset(
    {"war", "crisis", "revolution", "coup", "uprising", "partition", "conflict", "election", "elections", "earthquake"}
)
#: Nouns that name the one after them in apposition: "A and his host, B, sign a pledge" (A and B).
APPOSED_NOUNS = frozenset({"host", "hosts", "guest", "counterpart"})
#: Possessive pronouns that own a meeting noun: "his summit with Trump", "their talks".
OWNERS = frozenset({"his", "her", "their"})
#: The marks of a possessive after a name: "the President's decision", "the presidents' talks".
POSSESSIVE_MARKS = frozenset({"'s", "'"})
#: What may stand before a trigger noun that makes it a noun: "a video call", "Biden's call".
ARTICLES = frozenset({"a", "an", "the", "'s", "his", "her", "their"})
#: Prepositions that open a sentence's opening phrase: "In a phone call on Monday, ...".
OPENING_PREPOSITIONS = frozenset({"in", "during", "at", "over", "after", "following", "before", "ahead"})
#: Words that open a clause of its own inside what looks like an opening phrase: "In the afternoon he had talks
#: with X", "For the afternoon there were meetings with X" (the trigger is the clause's, not the phrase's).
CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "there"})
#: Adverbs of time before an opening phrase's preposition: "Midway through their talks", "Early in the meeting".
PHRASE_ADVERBS = frozenset({"midway", "halfway", "early", "late", "later", "shortly", "soon"})
#: Words between a visitor's possessive and the country a visit noun goes to: "Modi's first official China visit".
VISIT_MODIFIERS = frozenset(
    {"first", "second", "third", "maiden", "official", "planned", "upcoming", "recent", "next", "long-awaited"}
)
#: Words that open an aside whose meeting is the main subject's: "Apart from talks with X, Y will ...".
ASIDE_OPENERS = frozenset({"apart", "besides", "aside"})
#: Phrases that open a sentence with a person set beside the subject, not the subject: "Besides X, Y met Z",
#: "In addition to X, Y ...", "Like X, Y ...".
FRONTED_ASIDES = (
    ("besides",),
    ("apart", "from"),
    ("aside", "from"),
    ("in", "addition", "to"),
    ("like",),
    ("unlike",),
    ("as", "with"),
    ("other", "than"),
    ("except", "for"),
)
#: Prepositions before "the talks" that refer back to a meeting told elsewhere: "briefed them on the talks".
REFERRING = frozenset({"on", "about", "after", "during", "following", "before", "at", "from", "since", "of"})
#: What may stand between a time and a second time of the same verb: "in 2018 and again in Ankara in 2019".
#: The words between a verb's two times of two meetings: "in 2018 and (again) in 2019", "one in A in 2018 and another
#: in B in 2019" ("" is a blanked place).
AGAIN_GAP = frozenset({"and", "again", "in", "on", ",", "then", "", "another", "the", "other", "a", "second"})
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’"})
#: Modals that make a plan only when a time says when: "would visit next month".
WEAK_MODALS = ("would", "may")
SUMMIT_HEADS = frozenset({"summit", "summits"})
#: A call word after these is part of a compound that is no call: "so-called", "name-calling" (hyphens are ignored).
CALL_COMPOUNDS = {"called": frozenset({"so"}), "calling": frozenset({"name"})}
#: Ordinal words that pick an edition of a summit series: "the 10th summit of the OTS", "the inaugural summit".
ORDINALS = {
    word: number
    for number, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
} | {"inaugural": 1}


def ordinal(word: str) -> int | None:
    """The number an ordinal word or figure stands for: "fourth" 4, "10th" 10, "inaugural" 1; else ``None``.

    >>> ordinal("10th"), ordinal("Fourth"), ordinal("22nd"), ordinal("10")
    (10, 4, 22, None)
    """
    key = word.lower()
    if key in ORDINALS:
        return ORDINALS[key]
    digits, suffix = key[:-2], key[-2:]
    return int(digits) if digits.isdigit() and suffix in ("st", "nd", "rd", "th") else None


# -- the open vocabularies ------------------------------------------------------------------------------------------


class TriggerType(enum.Enum):
    """How a trigger relates its subject to its objects."""

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    MEET = "meet"
    HOST = "host"
    VISIT = "visit"
    CALL = "call"
    SUMMIT = "summit"
    ATTEND = "attend"  # "leaders attending the summit include A, B and C"
    INVITE = "invite"


#: The properties a trigger may have, each a list of phrases in the lexicon's group of that trigger type.
TRIGGER_PROPERTIES = {
    "present": "a present-tense verb: 'meets on November 30' may lie ahead",
    "participle": "an -ing form: after a comma it has no subject of its own (', visiting Paris')",
    "may_be_call": "a meeting word that is a call when the sentence speaks of a phone or video ('spoke with')",
    "call_if_followed": "a meeting word that is a call when a call word follows it ('held talks via video link')",
    "joins_all": "'joined A and B' is one meeting of all",
    "between": "'talks between A and B': the group after it meets",
    "nominal": "a noun phrase that reports a meeting with no subject ('Talks with X are set for Monday')",
    "plural": "a plural noun: 'calls to A and B' are one call each",
    "may_name": "'called' also names or urges ('called him a liar', 'called on Tehran')",
    "adjective": "a word that reports a meeting as a noun ('held a bilateral with X'), not before another noun ('his "
    "first bilateral trip', 'bilateral trade')",
    "may_urge": "'called on X' pays X a visit, or urges X ('called on Putin to end the war'): no meeting when 'to' "
    "and a verb follow X, or a time follows 'on'",
    "requests": "'asked X to meet him': an invitation only when 'to' and a meeting verb (or 'come') follow its "
    "guests ('asked us for help to ...' invites no one)",
    "trip": "a bare journey ('flew to Paris'): no counterpart by itself, but it dates the traveller's next meeting",
    "agent_noun": "also a noun for a person ('the host'): after a determiner nobody hosted",
    "lists_attendees": "a noun that lists those at a gathering ('Attendees included ...')",
    "lists_guests": "a phrase that lists the guests at (or expected at) the gathering the sentence before told "
    "('Ten presidents are expected, among them A, B and C', 'Among those present were A, B and C'): that "
    "sentence's leaders are at it too",
    "direct": "a verb whose people follow it at once ('join A and B'; not 'join the Paris Agreement')",
    "three_or_more": "a gathering noun that reports a meeting only of three or more ('a family photo of A, B and C')",
    "joint": "a verb two leaders do together ('Putin and Xi signed', 'he and Trump discussed'): a meeting only with "
    "a coordinated subject of two or more leaders and no one after it",
    "with_host": "a meeting word that, with no counterpart named, meets the leader of the country it is held in "
    "('held bilateral talks in Seoul')",
    "place_gap": "a frame whose gap holds a place, commas and all ('was in Lviv, in western Ukraine, with X')",
    "opens": "'started with X, then Y' meets X, then Y; no meeting when an -ing form follows X ('began with X "
    "laying a wreath')",
    "may_regard": "'saw X' meets X, or regards X ('saw Putin as a partner'): no meeting when 'as' follows X",
    "pulls_aside": "'pulled X aside' meets X: a verb that is a meeting only with 'aside' right after its people "
    "('pulled out of the deal' meets no one)",
    "brings_together": "'brought A and B together' meets A and B (with the subject: one meeting of all): a verb "
    "that is a meeting only with 'together' right after its people ('brought the issue up' meets no one)",
    "at_seat": "'was at X' visits X only when X is a seat of government ('was at the White House'), not at a "
    "summit or an airport",
    "host_owner": "a noun whose owner is the host and whose copula's subject the guest ('X was his guest', 'was "
    "Biden's dinner guest'): no visit without an owner ('a guest at the summit')",
    "formal_only": "a departure or a present stay ('left for X', 'set off for X', 'is in X'): a visit only when "
    "made for a formal visit with no destination of its own ('left for Riyadh on a two-day official visit', 'is in "
    "Kathmandu on a state visit'); otherwise a bare trip, whose purpose ('left for X to meet Y', 'is in X for talks "
    "with Y on Friday') is the later verb's to tell",
    "speaker_owned": "a noun that reports a meeting only as a speaker's own, after an 'our' that stands for a "
    "leader ('what X said in our conversations'; not 'a conversation about trade')",
    "gathers": "a verb whose objects are a gathering's attendees ('the session brought together A, B and C'): they "
    "meet, with no subject of their own",
}
#: Prepositions a trigger may end in that a coordination repeats: "spoke with A and with B".
_GAPPED_PREPOSITIONS = frozenset({"with", "to"})
#: What stands for the gap of a frame: "spent ... with" holds "spent more than two hours with".
FRAME_GAP = " ... "


@attrs.frozen(kw_only=True)
class Trigger:
    """A trigger phrase of the lexicon and its properties (see ``TRIGGER_PROPERTIES``).

    >>> default_lexicon().triggers["flew to"].trip
    True
    """

    phrase: str
    type: TriggerType
    present: bool = False
    participle: bool = False
    may_be_call: bool = False
    call_if_followed: bool = False
    joins_all: bool = False
    between: bool = False
    nominal: bool = False
    plural: bool = False
    may_name: bool = False
    may_urge: bool = False
    requests: bool = False
    adjective: bool = False
    trip: bool = False
    agent_noun: bool = False
    lists_attendees: bool = False
    lists_guests: bool = False
    direct: bool = False
    three_or_more: bool = False
    with_host: bool = False
    joint: bool = False
    place_gap: bool = False
    gathers: bool = False
    may_regard: bool = False
    pulls_aside: bool = False
    brings_together: bool = False
    opens: bool = False
    at_seat: bool = False
    host_owner: bool = False
    formal_only: bool = False
    speaker_owned: bool = False

    #: The preposition the phrase ends in that an "and with"/"and to" repeats, if any (worked out once: the
    #: trigger stage asks for it on each match).
    gapped: str | None = attrs.field(init=False, eq=False, repr=False)
    #: What the text must hold first: the whole phrase, or a frame's words before its gap.
    head: str = attrs.field(init=False, eq=False, repr=False)
    #: A frame's words after its gap, as token keys ("spent ... with": ``("with",)``); none for a phrase.
    tail: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)

    @gapped.default
    def _gapped(self) -> str | None:
        """``gapped``: "spoke with" repeats "with".

        >>> default_lexicon().triggers["spoke with"].gapped
        'with'
        """
        last = self.phrase.rsplit(" ", 1)[-1]
        return last if last in _GAPPED_PREPOSITIONS else None

    @head.default
    def _head(self) -> str:
        """``head``: a frame's words before its gap.

        >>> default_lexicon().triggers["spent ... with"].head
        'spent'
        """
        return self.phrase.split(FRAME_GAP)[0].strip()

    @tail.default
    def _tail(self) -> tuple[str, ...]:
        """``tail``: a frame's words after its gap.

        >>> default_lexicon().triggers["hosted ... in honour of"].tail
        ('in', 'honour', 'of')
        """
        _, gap, after = self.phrase.partition(FRAME_GAP)
        return tuple(after.split()) if gap else ()


_CueTable = dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (phrase as words, kind) pairs


@attrs.frozen(eq=False)
class Cues:
    """Cue phrases of one or more kinds, indexed by first word: a look-up costs one dict probe per token.

    Phrases are matched over token keys (names blanked, see
    ``events.context.cue_keys``). A key ending in "n't" counts as a negation.

    >>> cues = Cues.of(["will", "plans to"])
    >>> cues.found(["she", "plans", "to", "go"], 0, 4), cues.found(["she", "plans"], 0, 2)
    (True, False)
    """

    phrases: tuple[str, ...]
    _table: _CueTable = attrs.field(repr=False)

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Cues:
        """Cues of one kind."""
        return cls.by_kind({"cue": phrases})

    @classmethod
    def by_kind(cls, kinds: Mapping[str, Iterable[str]]) -> Cues:
        """Cues of several kinds, each phrase with its kind (see :meth:`last`)."""
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        phrases: list[str] = []
        for kind, cues in kinds.items():
            for cue in cues:
                parts = phrase_keys(cue)
                table.setdefault(parts[0], []).append((parts, kind))
                phrases.append(cue)
        return cls(tuple(phrases), {first: tuple(entries) for first, entries in table.items()})

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.phrases

    def __iter__(self) -> Iterator[str]:
        return iter(self.phrases)

    def found(self, keys: Sequence[str], start: int, end: int) -> bool:
        """Whether a cue phrase lies wholly in ``keys[start:end]``."""
        table = self._table
        low = max(0, start)
        window = keys[low:end]
        if "n't" in table and any(key.endswith("n't") for key in window):
            return True
        if table.keys().isdisjoint(window):  # the common case, settled in C
            return False
        return next(self.matches(keys, low, end), None) is not None

    def matches(self, keys: Sequence[str], start: int, end: int) -> Iterator[tuple[int, str]]:
        """Each cue phrase that lies wholly in ``keys[start:end]``, with where it starts, left to right.

        >>> list(Cues.of(["to meet", "to see"]).matches(["flew", "to", "see", "him"], 0, 4))
        [(1, 'to see')]
        """
        table = self._table
        low = max(0, start)
        # the positions of the keys a cue begins with, found in C
        for i in compress(range(low, min(end, len(keys))), map(table.__contains__, keys[low:end])):
            for parts, _ in table[keys[i]]:
                if tuple(keys[i : i + len(parts)]) == parts and i + len(parts) <= end:
                    yield i, " ".join(parts)

    def last(self, keys: Sequence[str], low: int, high: int) -> dict[str, int]:
        """For each kind, where its last cue in ``keys[low:high]`` starts ("n't" counts as a negation)."""
        table = self._table
        last: dict[str, int] = {}
        for i in range(max(0, low), min(high, len(keys))):
            key = keys[i]
            if key.endswith("n't"):
                last["negation"] = i
            for parts, kind in table.get(key, ()):
                if i + len(parts) <= high and tuple(keys[i : i + len(parts)]) == parts:
                    last[kind] = i
        return last


def _words(value: Any) -> frozenset[str]:
    return frozenset(value)


def _phrases(value: Any) -> tuple[str, ...]:
    return tuple(value)


def _cues(value: Any) -> Cues:
    return Cues.of(value)


@attrs.frozen(kw_only=True)
class Lexicon:
    """The open vocabularies of ``data/lexicon.json`` (titles, triggers, cue words); see ``docs/data/lexicon.md``.

    Build one with :func:`default_lexicon` (the bundled file) or :meth:`from_file`;
    change a copy with ``attrs.evolve`` to try a word without editing data.
    """

    titles: dict[str, Role]
    title_countries: dict[str, str]  # titles only one country has: "the pope" is the Vatican's
    leader_words: frozenset[str]
    honorifics: frozenset[str]
    title_blockers: frozenset[str]
    title_suffixes: frozenset[str]  # "the president-elect": a title with one of these after it is no office yet
    pronouns: dict[str, str]
    family_name_words: frozenset[str]
    triggers: dict[str, Trigger]
    call_words: frozenset[str]
    sidelines: Cues
    summit_words: frozenset[str]
    planned_cues: Cues
    negation_cues: Cues
    hypothetical_cues: tuple[str, ...]
    generic_cues: tuple[str, ...]
    official_titles: frozenset[str]
    list_cues: frozenset[str]
    roll_intros: Cues  # "the following leaders will attend:": the lines after it name who attends a gathering
    outlets: tuple[str, ...]
    sequence_words: tuple[tuple[str, ...], ...]  # phrases as token keys
    reporting_verbs: frozenset[str]
    statement_nouns: frozenset[str]  # "in a statement released on Sunday": the time dates the statement
    past_verbs: frozenset[str]  # irregular past forms after a subject ("met"); "-ed" forms need no list
    habitual_cues: Cues
    ceremony_words: Cues
    separate_cues: Cues  # "received A, B and C in separate meetings": a visit each, no gathering of all
    example_cues: Cues  # "met leaders such as A and B": examples of many met, no meeting of all
    investiture_words: Cues  # "attended the swearing-in of X": a guest at a ceremony, no meeting with X
    gathering_words: Cues
    absence_cues: Cues  # "a minister standing in for President X": X is not at the gathering
    journey_starts: frozenset[str]  # "began a three-day visit on Monday": Monday is its first day
    journey_ends: frozenset[str]  # "ended a three-day visit on Thursday": Thursday is its last day
    journey_goes: frozenset[str]  # "went to Delhi yesterday for a two-day visit": from the day it went
    earlier_asides: frozenset[str]  # "A, fresh from talks with B, met C on Tuesday": the talks came before
    departures: frozenset[str]  # "left on Thursday for Nairobi, where he will meet X": the plan lies ahead of it
    present_departures: frozenset[str]  # "leaves for Paris on Thursday to meet X": a present, its purpose too
    past_departures: frozenset[str]  # "left on Tuesday for Tokyo, where he will meet X": a past departure, its day too
    programme_words: frozenset[str]  # "the programme was: May 4: talks with X": its dated entries are plans or not
    continuing_verbs: Cues  # "agreed to continue meetings and consultations": a process that goes on, no meeting
    process_verbs: frozenset[str]  # "to revive trade talks that collapsed in May": talks as a process, no meeting
    owned_places: frozenset[str]  # "talked on Putin's yacht": after "on", a place that is his, where they met
    journey_bases: frozenset[str]  # "will travel to Elmau for the G7 Leaders' Summit": a journey's base forms
    cancel_cues: Cues  # after a trigger: "the meeting ... was called off"
    cancelled_plans: Cues  # after "but": "was due in Paris, but the trip was called off" takes the plan back
    unrealised_cues: Cues  # before a trigger in its clause: "was supposed to fly on for a meeting with X"
    called_off: Cues  # right after a summit's name: "Arab Summit Called Off", "G20 summit postponed"
    convene_verbs: frozenset[str]  # "NATO leaders gathered in Vilnius": the organization's summit
    unlikely_cues: Cues
    passive_future_cues: Cues
    summit_modifiers: frozenset[str]
    summit_topics: frozenset[str]  # "the ocean summit": lower-case words that title a summit of their own
    summit_ahead: Cues  # "ahead of the NATO summit": before it, not at it
    summit_frames: frozenset[str]  # "met in May, on the sidelines of the G7 summit": the meeting's time is the summit's
    summit_reference: Cues  # "before the mini-summit": a reference to it, reported elsewhere
    summit_holding_verbs: frozenset[str]  # "as Mercosur closed a two-day summit": the organization's summit
    summit_outreach: frozenset[str]  # "the BRICS-BIMSTEC Outreach Summit": the first organization's, with guests
    summit_past_words: frozenset[str]  # words that put a summit's sentence in the past: "was", "held", "gathered"
    visit_purposes: Cues  # "flew to Paris to meet X": a trip with a counterpart
    joint_discussions: frozenset[str]  # "discussed the agenda with A and B": one discussion of all
    group_speech_verbs: frozenset[str]  # "spoke to the leaders of A and B": one conversation of all
    spoken_welcomes: frozenset[str]  # "I want to welcome X here": words between a speaker and a welcome said now
    purpose_objects: frozenset[str]  # "to meet", "to see": purposes whose counterpart must follow ("to see a base")
    formal_visits: frozenset[str]  # "arrived in Nadi for a state visit": a trip made for one has a host
    state_visits: frozenset[str]  # "a state visit to Ireland": the host is the head of state (the president)
    invitation_cues: Cues  # "invited X to visit": an invitation to a visit
    accept_verbs: frozenset[str]  # "accepted an invitation": the subject is the invited guest
    invited_journeys: frozenset[str]  # "accepted an invitation to visit Brazil": an accepted invitation to a visit
    plan_acts: frozenset[str]  # "extended an invitation during a call": cues of plans that are acts of the moment
    continuation_cues: Cues  # "X also met Y", "met Y there": the story goes on from the event told before
    next_cues: Cues  # "will then meet Y", "will be followed by talks with Y": the next step after the event told before
    tenseless_cues: Cues  # "ahead of (his) talks with X on Friday": a meeting noun with no tense, read the nearer way
    plural_presents: frozenset[str]  # "Biden and Xi meet on Wednesday": a base form right after its subject
    plural_subjects: frozenset[str]  # "they meet", "the leaders meet": words that end a plural subject
    topic_words: frozenset[str]  # "the situation in Syria": a place after them is a topic, not where they met
    chair_cues: Cues  # "presided over the meeting with A, B and C": one meeting of all
    plan_words: frozenset[str]  # "arrangements for X to visit": a word of plans before "for" and an infinitive
    question_openers: frozenset[str]  # "Is this the first time ...?", "Will X meet Y?": a yes-no question
    event_nouns: frozenset[str]  # "Friday's ceremony ...": an event whose time the paragraph goes on in
    event_appositions: frozenset[str]  # "will visit Japan, a trip that is due in May": the apposition is the event
    multilateral_words: frozenset[str]  # "a multilateral meeting with A, B and C": one meeting of all
    host_nouns: frozenset[str]  # "his host": the leader of the country the visitor is in
    official_outlets: frozenset[str]  # "Ministry of ...", "The Presidency": a government's outlet, its titles its own
    host_modifiers: frozenset[str]  # "the host country", "the host of the G20": words after "host" that make it none
    people_nouns: frozenset[str]  # "ministers ... their own meeting": people, no leaders, whom "they" may be
    group_decisions: Cues  # "the leaders agreed that", "the leaders spoke by phone": a bare group refers back
    pair_acts: frozenset[str]  # "the two last met in May": a bare "the two" refers back only right before these
    factive_verbs: frozenset[str]  # "have not forgotten that X met Y", "no secret that": the meeting stays told
    speech_asides: Cues  # "- no relation, I should say -": after "I" or "we", a speaker's aside, no hypothetical
    returned_visits: frozenset[str]  # "returned the visit with a tour of X": a visit to the place its clause names
    contemplated_cancels: Cues  # "threatened to cancel the meeting": no cancellation yet, the meeting is still a plan
    remote_words: frozenset[str]  # "the summit took place online": a summit held remotely is a call
    kin_nouns: frozenset[str]  # "X Milei, the president's sister": a leader's relative, named with the family name
    other_editions: tuple[str, ...]  # "hosted the other three": the series' other summits, after one told
    manner_adverbs: frozenset[str]  # "talked alone with X": adverbs with no "-ly" between a verb and its "with"
    ly_words: frozenset[str]  # "ally", "rally": words in "-ly" that are no adverb of manner
    represented_cues: Cues  # "greeted by X on behalf of Y": Y is represented, not there
    head_words: Mapping[str, str]  # "the Head of State": the text's own head of state (or of government)
    region_groups: Mapping[str, str]  # "the Caribbean leaders": a region's word and the organization it groups
    status_cues: Cues = attrs.field(init=False, repr=False)  # every cue of status, by kind (see events)
    statement_words: frozenset[str] = attrs.field(init=False, repr=False)  # a time after them dates a statement
    present_verbs: frozenset[str] = attrs.field(init=False, repr=False)  # "receives", "meets": a present trigger's verb
    plural_present_nouns: frozenset[str] = attrs.field(init=False, repr=False)  # "talks" of "hold talks"
    clause_verbs: frozenset[str] = attrs.field(init=False, repr=False)  # "(and Modi) met", "said", "will": a clause's

    @statement_words.default
    def _statement_words(self) -> frozenset[str]:
        return self.reporting_verbs | self.statement_nouns

    @plural_present_nouns.default
    def _plural_present_nouns(self) -> frozenset[str]:
        return frozenset(phrase.split(" ", 1)[1] for phrase in self.plural_presents if " " in phrase)

    @clause_verbs.default
    def _clause_verbs(self) -> frozenset[str]:
        return self.past_verbs | self.reporting_verbs | self.present_verbs | AUXILIARIES

    @present_verbs.default
    def _present_verbs(self) -> frozenset[str]:
        return frozenset(phrase.split()[0] for phrase, trigger in self.triggers.items() if trigger.present)

    @status_cues.default
    def _status_cues(self) -> Cues:
        return Cues.by_kind(
            {
                "negation": self.negation_cues.phrases,
                "generic": self.generic_cues,
                "conditional": ("if", "unless", "whether"),
                "hypothetical": tuple(c for c in self.hypothetical_cues if c not in WEAK_MODALS),
                "weak": WEAK_MODALS,
                "planned": self.planned_cues.phrases,
                "unrealised": self.unrealised_cues.phrases,
            }
        )

    @classmethod
    def from_file(cls, file: str | Path | Traversable) -> Lexicon:
        """Read and validate a lexicon file; :class:`~diplomacy_events.errors.LexiconError` names a bad entry.

        A list the file lacks (a file written for an earlier version) is
        taken from the bundled lexicon, and a
        :class:`~diplomacy_events.errors.LexiconWarning` names it.

        >>> import json, tempfile, warnings
        >>> entries = {"triggers": [{"type": "meet", "phrases": ["conferred with"]}]}
        >>> with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        ...     json.dump(entries, file)
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     words = Lexicon.from_file(file.name)
        >>> sorted(words.triggers), "planned_cues" in caught[0].message.entries
        (['conferred with'], True)
        """
        path = Path(file) if isinstance(file, str) else file
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise LexiconError(str(file), None, f"cannot be read as JSON: {error}") from None
        return _build(raw, str(file))


@cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, read and validated once."""
    return Lexicon.from_file(_BUNDLED)


_BUNDLED = resources.files("diplomacy_events") / "data" / "lexicon.json"


# -- reading and validating the file --------------------------------------------------------------------------------

_CONVERTERS = {"frozenset[str]": _words, "tuple[str, ...]": _phrases, "Cues": _cues}
_BUILT = {"titles", "title_countries", "head_words", "region_groups", "pronouns", "triggers", "sequence_words"}


def _build(raw: Any, file: str) -> Lexicon:
    if not isinstance(raw, dict):
        raise LexiconError(file, None, "must hold a JSON object")
    fields = {f.name: f for f in attrs.fields(Lexicon) if f.init}
    unknown = set(raw) - set(fields) - {"about"}
    if unknown:
        raise LexiconError(file, sorted(unknown)[0], "is no list the parser reads")
    missing = tuple(name for name in fields if name not in raw)
    if missing:
        raw = _completed(raw, missing, file)
    built: dict[str, Any] = {
        "titles": _titles(raw["titles"], file),
        "title_countries": _string_map(raw["title_countries"], file, "title_countries"),
        "head_words": _string_map(raw["head_words"], file, "head_words"),
        "region_groups": _string_map(raw["region_groups"], file, "region_groups"),
        "pronouns": _string_map(raw["pronouns"], file, "pronouns"),
        "triggers": _triggers(raw["triggers"], file),
        "sequence_words": tuple(
            tuple(phrase.split()) for phrase in _strings(raw["sequence_words"], file, "sequence_words")
        ),
    }
    for name, field in fields.items():
        if name not in _BUILT:
            built[name] = _CONVERTERS[str(field.type)](_strings(raw[name], file, name))
    return Lexicon(**built)


def _completed(raw: dict[str, Any], missing: tuple[str, ...], file: str) -> dict[str, Any]:
    """``raw`` with the lists it lacks taken from the bundled file, and a :class:`LexiconWarning` naming them."""
    bundled = _bundled_entries()
    for name in missing:
        if name not in bundled:
            raise LexiconError(file, name, "is missing")
    warnings.warn(LexiconWarning(file, missing), stacklevel=4)
    return {**raw, **{name: bundled[name] for name in missing}}


@cache
def _bundled_entries() -> dict[str, Any]:
    entries: dict[str, Any] = json.loads(_BUNDLED.read_text(encoding="utf-8"))
    return entries


def _strings(value: Any, file: str, name: str) -> list[str]:
    if not isinstance(value, list):
        raise LexiconError(file, name, "must be a list of phrases")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise LexiconError(file, f"{name}: {item!r}", "is not a phrase")
    return value


def _string_map(value: Any, file: str, name: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise LexiconError(file, name, "must map phrases to strings")
    return dict(value)


def _titles(value: Any, file: str) -> dict[str, Role]:
    titles = {}
    for phrase, role in _string_map(value, file, "titles").items():
        try:
            titles[phrase] = Role(role)
        except ValueError:
            raise LexiconError(file, f"titles: {phrase!r}", f"names no role: {role!r}") from None
    return titles


def _frame(phrase: str) -> bool:
    """Whether a phrase is a well-formed frame: words, one gap, words ("spent ... with")."""
    before, _, after = phrase.partition(FRAME_GAP)
    return bool(before.strip() and after.strip()) and "..." not in before + after


def _triggers(groups: Any, file: str) -> dict[str, Trigger]:
    if not isinstance(groups, list):
        raise LexiconError(file, "triggers", "must be a list of groups")
    triggers: dict[str, Trigger] = {}
    for number, group in enumerate(groups):
        where = f"triggers[{number}]"
        if not isinstance(group, dict):
            raise LexiconError(file, where, "must be an object")
        try:
            kind = TriggerType(group.get("type"))
        except ValueError:
            raise LexiconError(file, where, f"has no valid type: {group.get('type')!r}") from None
        unknown = set(group) - set(TRIGGER_PROPERTIES) - {"type", "phrases"}
        if unknown:
            raise LexiconError(file, f"{where}: {sorted(unknown)[0]}", "is no trigger property")
        phrases = _strings(group.get("phrases"), file, f"{where}.phrases")
        properties: dict[str, set[str]] = {}
        for name in TRIGGER_PROPERTIES:
            listed = set(_strings(group.get(name, []), file, f"{where}.{name}"))
            stray = listed - set(phrases)
            if stray:
                raise LexiconError(file, f"{where}.{name}: {sorted(stray)[0]!r}", "is not a phrase of its group")
            properties[name] = listed
        for phrase in phrases:
            if phrase in triggers:
                raise LexiconError(file, f"{where}: {phrase!r}", "is already a trigger")
            if "..." in phrase and not _frame(phrase):
                raise LexiconError(file, f"{where}: {phrase!r}", "needs words on both sides of one ' ... ' gap")
            flags = {name: phrase in listed for name, listed in properties.items()}
            triggers[phrase] = Trigger(phrase=phrase, type=kind, **flags)
    return triggers
