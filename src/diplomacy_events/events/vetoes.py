"""Whether a trigger reports a meeting at all, and whether it happened or is planned.

The ``veto.*`` rules drop a trigger: a word that only looks like one ("the
host", "so-called"), a negation, a hypothetical, a habit, a cancellation, a
reference to a meeting told elsewhere. The ``status.*`` rules make the rest
planned when their cues say so; everything else occurred.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dating import AHEAD_CUE, entry_head
from ..lexicon import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    DETERMINERS,
    NOT_ONLY_WORDS,
    OPENING_PREPOSITIONS,
    OWNERS,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBORDINATORS,
    UNTIL_WORDS,
    WEAK_MODALS,
    WEEKDAYS,
    Cues,
    TriggerType,
    ordinal,
)
from ..mentions import MentionKind, host_link, spoken_it
from ..model import Status
from ..rules import Phase, rule
from ..syntax import WINDOW, infinitive_after, participle_word, put_off_to
from .context import Reading, SentenceContext
from .grammar import group_after, group_before, opening_phrase, past_modifiers, people_count, speaker_owner, told_before
from .members import INVITE, PLANNED
from .participants import for_subject

_GATHERINGS = (TriggerType.SUMMIT, TriggerType.ATTEND)
_AFTER_REACH = 2  # "the summit meeting scheduled for May": a plan's cue right after its noun
_LOCATIVE = frozenset({"to", "at", "from", "in"})  # "welcomed to Putin's residence": a place that is his

# -- the trigger word -----------------------------------------------------------------------------------------------


@rule(
    "veto.blanked",
    Phase.TRIGGER,
    "A trigger word inside a name, a month or a counted time, or 'so-called' or 'name-calling', is no trigger.",
    "Erdogan mocked what he termed a so-called peace plan.",
)
def _blanked(context: SentenceContext, reading: Reading) -> bool:
    return not context.keys[reading.start]


@rule(
    "veto.host-noun",
    Phase.TRIGGER,
    "'Host' after a determiner or 'as' is a noun: nobody hosted (unless a leader's it is said of, see "
    "subject.host-owner: 'X was his host').",
    "The host, Prime Minister Narendra Modi, opened the summit on Saturday.",
    only=(TriggerType.HOST,),
    needs=("trigger.agent_noun",),
)
def _host_noun(context: SentenceContext, reading: Reading) -> bool:
    start, keys = reading.start, context.keys
    if not (reading.trigger.agent_noun and start > 0 and keys[start - 1] in (*DETERMINERS, "as")):
        return False
    said_of = host_link(keys, start - 1) if keys[start - 1] in OWNERS else None  # "X was his host"; not "X, the host"
    return said_of is None or not any(m.end == said_of for m in context.persons.items)


@rule(
    "veto.absorbed",
    Phase.TRIGGER,
    "A trigger an earlier one took in ('a meeting with X, hosted by Y') reports nothing of its own.",
    "Ruto attended a meeting with Museveni, hosted by Samia Suluhu Hassan, in Arusha.",
)
def _absorbed(context: SentenceContext, reading: Reading) -> bool:
    return reading.start in context.absorbed


@rule(
    "veto.at-invitation",
    Phase.TRIGGER,
    "'At the invitation of X, Y paid a visit': the invitation only says whose guest Y was; the visit is the event.",
    "At the invitation of Prime Minister Narendra Modi, President Emmanuel Macron paid a state visit to India.",
    only=(TriggerType.INVITE,),
)
def _at_invitation(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    return start >= 2 and keys[start - 2] == "at" and reading.end < len(keys) and keys[reading.end] == "of"


@rule(
    "veto.visiting-guest",
    Phase.TRIGGER,
    "'Met with visiting President X', 'greeted visiting President X', 'received the visiting leaders': 'visiting' "
    "describes the guests of another verb; it reports no visit of its own.",
    "Xi Jinping held talks with visiting Brazilian President Lula in Beijing.",
    only=(TriggerType.VISIT,),
)
def _visiting_guest(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if reading.phrase != "visiting" or start == 0:
        return False
    if keys[start - 1] in ("the", "a"):
        return True  # "the visiting leaders", "a visiting head of state": an adjective
    after_verb = any(m.end == start for m in context.matches)  # "greeted visiting President X": another trigger's
    if not (after_verb or keys[start - 1] in ("with", "and")):
        return False
    return any(m.start == reading.end and m.is_leader for m in context.mentions.between(reading.end, reading.end + 1))


@rule(
    "veto.people-subject",
    Phase.TRIGGER,
    "A verb whose subject is people who are no leaders ('their foreign ministers will meet', 'a committee of the "
    "two countries' ministers is to meet', 'their ministers, who will be meeting') reports their meeting, not their "
    "leaders'.",
    "Putin met Xi in Beijing on Monday, and their foreign ministers will meet in Moscow next week.",
    published="2024-05-17",
    needs=("words.people_nouns",),
)
def _people_subject(context: SentenceContext, reading: Reading) -> bool:
    keys, i = context.keys, reading.start - 1
    low = max(0, i - _PEOPLE_REACH)
    while i > low and (keys[i] in AUXILIARIES or keys[i] in _BEFORE_VERB):
        i -= 1
    if i > 1 and keys[i] == "who":  # "their ministers, who will be meeting"
        i -= 2 if keys[i - 1] == "," else 1
    if i < 0 or keys[i] not in context.words.people_nouns:
        return False
    if i > 1 and keys[i - 1] == "prime" and keys[i - 2] not in OWNERS:
        return False  # "the prime ministers who met" are leaders, "their prime ministers" those of leaders named
    # "Biden and his aides met Xi": Biden meets too (not ", and their ministers will meet", a clause of its own)
    return not any(keys[j] == "and" and keys[j - 1] != "," for j in range(max(1, i - _PEOPLE_REACH), i))


_PEOPLE_REACH = 3  # "ministers | are also to | meet", "his aides | and Biden"
_BEFORE_VERB = frozenset({"to", "also", "then", "again", "first", "now", "soon"})


@rule(
    "veto.talks-as-process",
    Phase.TRIGGER,
    "'Talks' that a verb revives, resumes or salvages ('sit down to revive trade talks that collapsed in May') are a "
    "process of negotiation, no meeting of their own.",
    "Trump and Xi sit down on Saturday to revive trade talks that collapsed in May.",
    published="2019-06-27",
    needs=("words.process_verbs",),
)
def _talks_as_process(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if reading.phrase != "talks":
        return False
    return not context.words.process_verbs.isdisjoint(keys[max(0, start - _PROCESS_REACH) : start])


_PROCESS_REACH = 3  # "revive | the stalled trade | talks"


@rule(
    "veto.continued-contacts",
    Phase.CLAUSE,
    "Plural 'meetings', 'consultations', 'contacts' or 'exchanges' that a verb continues, keeps up or maintains "
    "('agreed to continue meetings and consultations on the issue') are a process that goes on, no meeting, unless "
    "a time or a place of their own follows them ('will continue their meetings in Geneva on Friday').",
    "Lula and Petro agreed to continue meetings and consultations on the border question.",
    published="2024-05-15",
    needs=("words.continuing_verbs",),
)
def _continued_contacts(context: SentenceContext, reading: Reading) -> bool:
    keys, start, end = context.keys, reading.start, reading.end
    if _CONTINUED_NOUNS.isdisjoint(keys[start:end]):
        return False
    if not context.words.continuing_verbs.found(keys, max(reading.clause[0], start - _CONTINUED_REACH), start):
        return False
    high = reading.clause[1]
    return not (context.times.usable.between(end, high) or context.located.between(end, high))


_CONTINUED_NOUNS = frozenset({"meetings", "consultations", "contacts", "exchanges"})
_CONTINUED_REACH = 4  # "continue | to hold regular | consultations", "keep up | their | meetings"


@rule(
    "veto.host-of-the-meeting",
    Phase.TRIGGER,
    "A meeting noun after 'host to the', 'host of the', 'chair of the' ('X, who was host to the meeting, ...') "
    "names the gathering the sentence tells, no meeting of its own.",
    "The accord was signed by Cerezo, who was host to the meeting, and by four other presidents.",
    published="1987-08-08",
    needs=("host", "chair", "chairman", "hosts"),
)
def _host_of_the_meeting(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    return (
        reading.phrase in _GATHERING_NOUNS
        and start >= 3
        and keys[start - 1] == "the"
        and keys[start - 2] in ("to", "of")
        and keys[start - 3] in _OF_THE_MEETING
    )


_GATHERING_NOUNS = frozenset({"meeting", "meetings", "talks", "summit", "a summit"})
_OF_THE_MEETING = frozenset({"host", "hosts", "chair", "chairman"})  # "host to the meeting", "chair of the talks"


@rule(
    "veto.summit-named",
    Phase.TRIGGER,
    "'The G20 summit' names a summit: attending it is no meeting by itself (but 'the Quad Leaders' Summit' names "
    "who meets, and a caption's 'A and B at the Mercosur summit' shows two leaders together).",
    "Lula flew to Johannesburg for the G20 summit.",
    only=(TriggerType.SUMMIT,),
)
def _summit_named(context: SentenceContext, reading: Reading) -> bool:
    start = reading.start
    named = any(start < s.end + 1 and not s.leaders for s in context.named_summits.between(start - WINDOW, start + 1))
    return named and not _shown_together(context, reading)


def _shown_together(context: SentenceContext, reading: Reading) -> bool:
    """A caption's "A and B at the Mercosur summit in Brasilia, July 2015.": the sentence's only trigger, after
    "at" right behind a coordinated group of two or more leaders that opens the sentence (or its label)."""
    if len(context.matches) != 1:
        return False
    summit = next(iter(context.named_summits.between(0, reading.start + 1)), None)
    if summit is None:
        return False
    at = summit.start - 1 if summit.start > 0 and context.keys[summit.start - 1] != "the" else summit.start - 2
    if at < 1 or context.keys[at] != "at":
        return False
    group = group_before(context.mentions, context.tokens, at, 0)
    if people_count(group) < 2:
        return False
    opening = group[0].start  # nothing before the group but a caption's label: "[File photo]", "FILE PHOTO:"
    return opening == 0 or context.keys[opening - 1] in ("]", ")", ":")


@rule(
    "veto.summit-host",
    Phase.CLAUSE,
    "'The summit, which X will host': hosting a summit is no visit to X (X attends it).",
    "Biden will attend the NATO summit, which Stoltenberg will host in Vilnius.",
    only=(TriggerType.HOST,),
)
def _summit_host(context: SentenceContext, reading: Reading) -> bool:
    low = reading.clause[0]
    if low == 0 or context.keys[low - 1] not in ("which", "that"):
        return False
    before = low - 2 if low > 1 and context.keys[low - 2] == "," else low - 1
    return any(s.end == before for s in context.summits.items)


@rule(
    "veto.meeting-host",
    Phase.TRIGGER,
    "', hosted by Y' after a meeting noun: Y hosts the meeting told before it, no visit of its own.",
    "President Paul Kagame attended a meeting with Tshisekedi in Doha on Tuesday, hosted by Sheikh Tamim.",
    published="2025-03-19",
    only=(TriggerType.HOST,),
)
def _meeting_host(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if not (start > 0 and keys[start - 1] == "," and reading.end < len(keys) and keys[reading.end] == "by"):
        return False
    return any(
        context.trigger(number).nominal and match.end <= start
        for number, match in enumerate(context.matches[: reading.number])
    )


@rule(
    "veto.summit-reference",
    Phase.TRIGGER,
    "'Before the mini-summit', 'preparations for the summit', 'the summit's agenda', 'ahead of the G7 Leaders' "
    "Summit' refer to a summit reported elsewhere; 'since their Helsinki summit' is theirs, a meeting of its own.",
    "Before the mini-summit, Macron spoke with Olaf Scholz.",
    only=(TriggerType.SUMMIT,),
)
def _summit_reference(context: SentenceContext, reading: Reading) -> bool:
    keys, start, end = context.keys, reading.start, reading.end
    if end < len(keys) and keys[end] in ("'s", "’s") and start > 0 and keys[start - 1] == "the":
        return True  # "the summit's agenda"
    if any(token.key in POSSESSIVES for token in context.tokens[max(0, start - 3) : start]):
        return False
    named = next((s for s in context.named_summits.items if s.start <= start < s.end), None)
    if named is not None and start > named.start:  # "ahead of the 2025 G7 Leaders' Summit": before its name
        start = named.start
        if context.words.summit_ahead.found(keys, start - 5, start):
            return True
    return context.words.summit_reference.found(keys, start - 3, start)


@rule(
    "veto.summit-for",
    Phase.TRIGGER,
    "A summit named by its leaders that only something is for or goes to, in a sentence that names no leader "
    "besides, reports no gathering: 'Media must be accredited for the G7 Leaders' Summit'; nor does a journey "
    "for it ('will travel to Elmau for the G7 Leaders' Summit'): the traveller attends.",
    "Journalists wishing to attend must be accredited for the G7 Leaders' Summit in Kananaskis.",
    published="2025-06-10",
    only=(TriggerType.SUMMIT, TriggerType.ATTEND),
)
def _summit_for(context: SentenceContext, reading: Reading) -> bool:
    keys = context.keys
    for summit in context.named_summits.items:
        before = summit.start - 1
        before -= before > 0 and keys[before] == "the"
        if summit.leaders and before >= 0 and keys[before] in ("for", "to", "attend"):
            if keys[before] == "for" and _journey_for(context, before):
                return True
            return not any(m.end <= summit.start or m.start >= summit.end for m in context.leaders.items)
    return False


def _journey_for(context: SentenceContext, opener: int) -> bool:
    """Whether "for" at ``opener`` gives the purpose of one leader's journey told before it in its clause: "The
    Prime Minister will travel on Saturday to Elmau for the G7 Leaders' Summit"."""
    words = context.words
    low = next((i for i in range(opener - 1, -1, -1) if context.keys[i] in (";", ":")), -1) + 1
    before = context.keys[low:opener]
    if words.departures.isdisjoint(before) and words.journey_bases.isdisjoint(before):
        return False
    return len(context.leaders.between(0, opener)) == 1


@rule(
    "veto.adjective",
    Phase.TRIGGER,
    "A meeting word that is one only as a noun ('held a bilateral with X', 'held a summit on Monday') reports "
    "nothing before another noun ('his first bilateral trip abroad', 'bilateral trade', 'attend a summit dialogue'), "
    "quoted or not ('bilateral \"gas integration\"').",
    "Kishida made his first bilateral trip abroad to Seoul.",
    needs=("trigger.adjective",),
)
def _adjective(context: SentenceContext, reading: Reading) -> bool:
    keys, end = context.keys, reading.end
    if not reading.trigger.adjective or end >= len(keys):
        return False
    following = keys[end]
    if following in _QUOTE_MARKS and end + 1 < len(keys):  # 'bilateral "gas integration"': the word quoted
        following = keys[end + 1]
    return following.isalpha() and following not in _AFTER_NOUN


@rule(
    "veto.not-speakers-own",
    Phase.TRIGGER,
    "A noun that is a meeting only as a speaker's own ('conversations', 'discussions') reports nothing unless a "
    "speaker's 'our' owns it ('what X said in our conversations'): not 'a conversation about trade'.",
    "Ruto said a conversation about debt relief had begun in Nairobi.",
    needs=("trigger.speaker_owned",),
)
def _not_speakers_own(context: SentenceContext, reading: Reading) -> bool:
    return reading.trigger.speaker_owned and speaker_owner(context.mentions, context.tokens, reading.start) is None


#: Words that may follow a meeting word used as a noun: "a bilateral with X", "a bilateral during the summit".
_AFTER_NOUN = (
    PREPOSITIONS
    | AUXILIARIES
    | OPENING_PREPOSITIONS
    | SUBORDINATORS
    | WEEKDAYS.keys()
    | {"and", "or", "between", "that", "today", "tonight", "yesterday", "tomorrow", "next", "last", "this", "later"}
)


@rule(
    "veto.investiture",
    Phase.TRIGGER,
    "Attending a swearing-in, an inauguration or an oath-taking is a guest's part in a ceremony, no meeting with the "
    "one sworn in.",
    "Ruto attended the swearing-in ceremony of Samia Suluhu Hassan on Friday.",
    only=(TriggerType.ATTEND,),
    needs=("words.investiture_words",),
)
def _investiture(context: SentenceContext, reading: Reading) -> bool:
    return context.words.investiture_words.found(context.keys, reading.end, reading.end + _INVESTITURE_REACH)


_INVESTITURE_REACH = 7  # words from "attended" to the ceremony: "attended Prime Minister Narendra Modi's swearing-in"


@rule(
    "veto.attending-summit",
    Phase.TRIGGER,
    "In 'attending the summit' ('the one-day summit') the attendance is the event, not the summit word.",
    "Modi and Putin are attending the summit in Kazan.",
    only=(TriggerType.SUMMIT,),
)
def _attending_summit(context: SentenceContext, reading: Reading) -> bool:
    if reading.number == 0:
        return False
    previous = context.matches[reading.number - 1]
    if context.trigger(reading.number - 1).type is not TriggerType.ATTEND:
        return False
    # "attend the summit", "attend the one-day summit": the summit word is the attended summit's
    return reading.start - previous.end <= 2 or past_modifiers(context.tokens, reading.start) == previous.end


@rule(
    "veto.invited-to",
    Phase.TRIGGER,
    "'Invited X to visit (or meet) Y': the verb after 'to' is the invitation's; it reports no meeting of its own.",
    "Putin invited Macron to visit Russia, and the French president accepted.",
    published="2017-05-30",
    needs=("to",),
)
def _invited_to(context: SentenceContext, reading: Reading) -> bool:
    start = reading.start
    if reading.number == 0 or context.trigger(reading.number - 1).type is not INVITE:
        return False
    previous = context.matches[reading.number - 1]
    verb = infinitive_after(context.keys, (m.start for m in context.matches), previous.end)
    if verb is None or context.clauses.bounds(previous.start) != context.clauses.bounds(start):
        return False
    # "invited to visit", or a light verb and its noun: "invited to pay the visits", "to make a state visit"
    return verb == start or (verb < start and _LIGHT_NOUN_PHRASE.issuperset(context.keys[verb:start]))


#: The words of a light verb before a meeting noun: "(invited to) pay the visits", "make a state visit".
_LIGHT_NOUN_PHRASE = frozenset({"pay", "make", "hold", "a", "an", "the", "official", "state", "working"})


# -- the rest of the clause -----------------------------------------------------------------------------------------


def _cued(reading: Reading, kind: str, low: int) -> bool:
    """Whether the last cue of ``kind`` before the trigger starts at ``low`` or later."""
    return reading.cues.get(kind, -1) >= low


def _window(reading: Reading) -> int:
    return max(reading.clause[0], reading.start - 8)


def _expected(context: SentenceContext, reading: Reading) -> bool:
    """Whether the trigger itself is a cue of plans: "is expected in Moscow"."""
    return context.words.planned_cues.found(context.keys, reading.start, reading.start + 1)


@rule(
    "veto.negated",
    Phase.CLAUSE,
    "A negation just before the trigger ('did not meet', 'never visited') drops it; not one of a verb of knowing whose "
    "clause of 'that' holds the trigger ('have not forgotten that X flew to Beijing'), nor one that 'until' ends "
    "before the trigger ('did not speak until a video call in 2020': the call is what ended the silence), nor 'not "
    "only' ('not only met X but also Y'); before a light verb whose object the trigger noun is, past its modifiers "
    "('will not hold private tete-a-tete talks') too.",
    "Biden did not meet Xi during the trip.",
    needs=("words.negation_cues", "n't"),
)
def _negated(context: SentenceContext, reading: Reading) -> bool:
    head = _noun_phrase_start(context.keys, reading.start, reading.clause[0])
    reach = reading.clause[0] if reading.type in _GATHERINGS else max(reading.clause[0], head - 4)
    if _light_negated(context.keys, reading.cues.get("negation", -1), reading.start, reading.clause[0]):
        reach = reading.clause[0]  # "will not hold private tete-a-tete talks"
    return (
        _cued(reading, "negation", reach)
        and not _contemplated(context, reading)
        and not _negated_above(context, reading)
        and UNTIL_WORDS.isdisjoint(context.keys[reading.cues["negation"] + 1 : reading.start])
        and not _not_only(context.keys, reading.cues["negation"])
    )


#: Verbs that take a meeting noun as their object and say nothing of their own: "did not hold formal talks".
_LIGHT_VERBS = frozenset({"have", "has", "had", "hold", "holds", "held", "be", "get"})
_MODIFIER_REACH = 6  # words of modifiers between a light verb and its noun: "formal one-to-one"


def _light_negated(keys: Sequence[str], cue: int, start: int, low: int) -> bool:
    """Whether a negation stands right before a light verb whose object is the trigger noun, with only modifiers
    between, no determiner: "will not hold private tete-a-tete talks", "did not hold bilateral talks"."""
    if cue < low or cue + 1 >= start or keys[cue + 1] not in _LIGHT_VERBS:
        return False
    between = keys[cue + 2 : start]
    return len(between) <= _MODIFIER_REACH and all(k.isalpha() and k not in _CLAUSE_WORDS for k in between)


_CLAUSE_WORDS = frozenset({"and", "or", "but", "that", "which", "who", "with", "since", "until", "instead"})


def _not_only(keys: Sequence[str], cue: int) -> bool:
    """Whether the negation is "not only" ("not just", ...): "Biden not only met Xi but also Modi" met both."""
    return keys[cue] == "not" and cue + 1 < len(keys) and keys[cue + 1] in NOT_ONLY_WORDS


def _negated_above(context: SentenceContext, reading: Reading) -> bool:
    """Whether the negation belongs to a verb of knowing that a clause of "that" with a subject of its own depends
    on: "have not forgotten that X flew to Beijing", "did not hide that he met Y" say that it happened."""
    keys, cue = context.keys, reading.cues["negation"]
    that = next((i for i in range(cue + 1, reading.start) if keys[i] == "that"), None)
    return (
        that is not None
        and not context.words.factive_verbs.isdisjoint(keys[cue + 1 : that])
        and bool(context.mentions.between(that + 1, that + 2))
    )


def _contemplated(context: SentenceContext, reading: Reading) -> bool:
    """Whether the clause only weighs calling the meeting off before the trigger: "threatened to cancel"."""
    low = max(reading.clause[0], reading.start - _CONTEMPLATED_REACH)
    return context.words.contemplated_cancels.found(context.keys, low, reading.start)


_CONTEMPLATED_REACH = 8  # "floated the idea of cancelling a planned bilateral meeting with"


def _noun_phrase_start(keys: Sequence[str], start: int, low: int) -> int:
    """Where the noun phrase a trigger noun heads starts, at its determiner: "cancel | my previously scheduled
    meeting", "not aware of | a direct call"; the trigger itself when no determiner opens the words before it."""
    head, i = start, start
    while i > low:
        if keys[i - 1] in _NOUN_OPENERS or (len(keys[i - 1]) > 4 and keys[i - 1].endswith(("ed", "ly"))):
            i -= 1
        elif i - 1 > low and keys[i - 2] in _NOUN_OPENERS and keys[i - 1].isalpha():  # "a direct call"
            i -= 2
        else:
            break
        if keys[i] in _NOUN_OPENERS:
            head = i
    return head


_NOUN_OPENERS = DETERMINERS | POSSESSIVES | {""}  # "" is a blanked possessive pronoun ("my", "his")


@rule(
    "veto.question",
    Phase.CLAUSE,
    "A yes-no question ('Is this the first time X and Y have met?', 'Prime Minister, on China: do you plan a summit "
    "with Xi?') asks; it reports nothing.",
    "Will Lula meet Xi in Beijing next month?",
    needs=("?",),
)
def _question(context: SentenceContext, reading: Reading) -> bool:
    keys = context.keys
    if not keys or keys[-1] != "?":
        return False
    first = next((key for key in keys[:3] if key not in ("and", "but", "so", "then", ",")), "")
    openers = context.words.question_openers
    # "Prime Minister, on China: do you plan another summit with President Xi?": after an address or a topic
    return first in openers or any(key in openers and keys[i - 1] in (",", ":") for i, key in enumerate(keys) if i)


@rule(
    "veto.generic",
    Phase.CLAUSE,
    "A habitual statement ('often meets') or a custom ('the tradition of visiting X first') reports no single "
    "meeting; 'the second annual summit with X', 'the annual leaders' meeting with X', '(was in Moscow) for his annual "
    "summit with X', '(in Beijing) for the chancellor's annual talks with X' name one.",
    "Putin often meets Lukashenko in Sochi.",
    needs=("words.generic_cues",),
)
def _generic(context: SentenceContext, reading: Reading) -> bool:
    return _cued(reading, "generic", reading.clause[0]) and not _edition(context, reading)


_EDITION_REACH = 6  # words of a named edition before its frequency: "the Second India-Australia Annual Summit"
_EDITION_GAP = 3  # words between a frequency and its meeting noun: "annual leaders' meeting"


_PURPOSES = frozenset({"for", "at", "to"})  # what a journey was made for: "in Moscow for his annual summit with X"


_NAME_REACH = 8  # words of an owner's name before its possessive mark: "the Indian prime minister's"


def _owner(context: SentenceContext, i: int) -> int | None:
    """Where the owner whose word is at ``i`` begins: "his" itself, or the name before a possessive mark ("Japan's",
    "the Kremlin's"); None if the word owns nothing."""
    if context.tokens[i].key in OWNERS:
        return i
    if context.keys[i] not in POSSESSIVE_MARKS:
        return None
    return next((m.start for m in context.mentions.between(i - _NAME_REACH, i) if m.end == i), None)


def _modifiers(keys: Sequence[str]) -> bool:
    """Whether words between a frequency and a meeting noun only modify it ("leaders '"), no clause between."""
    return all(key.isalpha() or key in ("'", "’") for key in keys)


def _edition(context: SentenceContext, reading: Reading) -> bool:
    """Whether the frequency cue names one edition of a meeting noun: "the second annual summit with"."""
    cue, keys = reading.cues.get("generic", -1), context.keys
    if cue + 1 < len(keys) and keys[cue + 1] in ("of", "for"):
        return False  # "the tradition of visiting X", "the norm for meetings with X": a custom, no edition
    noun = next(
        (m for m in context.matches if cue < m.start <= cue + _EDITION_GAP and _modifiers(keys[cue + 1 : m.start])),
        None,
    )
    if noun is None:
        return False  # "the annual summit", "the annual leaders' meeting with X"
    for i in range(cue - 1, max(reading.clause[0], cue - _EDITION_REACH) - 1, -1):
        key = keys[i]
        if key == "the" or ordinal(key) is not None:
            return True
        owner = _owner(context, i)
        if owner is not None:  # "(in Moscow) for his annual summit with X", "(Tokyo) for Japan's annual summit"
            purpose = owner > 0 and keys[owner - 1] in _PURPOSES
            return purpose and (keys[noun.start] == "talks" or not keys[noun.start].endswith("s"))
        if key not in ("", "-"):  # names are blank: "the Second India-Australia Annual Summit"
            return False
    return False


@rule(
    "veto.past-plan",
    Phase.CLAUSE,
    "'Was expected in Moscow' is a plan of the past, kept or not ('was invited to visit' is an invitation in the "
    "passive, see build.invitation).",
    "Modi was expected in Moscow before the trip was postponed.",
    needs=("was", "were"),
)
def _past_plan(context: SentenceContext, reading: Reading) -> bool:
    if reading.type is INVITE or reading.start == 0 or context.keys[reading.start - 1] not in ("was", "were"):
        return False
    return _expected(context, reading)


@rule(
    "veto.hypothetical",
    Phase.CLAUSE,
    "A condition or hypothetical ('if', 'could', 'ready to') before the trigger: no meeting (not a speaker's aside: "
    "'- no relation, I should say -').",
    "Zelensky said he could meet Putin in Istanbul.",
    needs=("words.hypothetical_cues", "if", "unless", "whether"),
)
def _hypothetical(context: SentenceContext, reading: Reading) -> bool:
    return _cued(reading, "conditional", reading.clause[0]) or (
        _cued(reading, "hypothetical", _window(reading)) and not _speech_aside(context, reading)
    )


def _speech_aside(context: SentenceContext, reading: Reading) -> bool:
    """Whether the last hypothetical cue is a speaker's aside ("he and X - no relation, I should say - signed"),
    which says nothing of the trigger's clause."""
    cue, keys = reading.cues["hypothetical"], context.keys
    return cue > 0 and keys[cue - 1] in _ASIDE_SPEAKERS and context.words.speech_asides.found(keys, cue, cue + 3)


_ASIDE_SPEAKERS = frozenset({"i", "we", ""})  # "" is a blanked "I" of a speaker the transcript names


@rule(
    "veto.undated-modal",
    Phase.CLAUSE,
    "A weak modal ('would visit', 'may meet') with no time in the clause is no plan.",
    "Trump would meet Kim at the border.",
    needs=("would", "may"),
)
def _undated_modal(context: SentenceContext, reading: Reading) -> bool:
    return _cued(reading, "weak", _window(reading)) and not reading.dated and not _reported_future(context, reading)


@rule(
    "veto.adjunct-modal",
    Phase.CLAUSE,
    "A trigger that heads an adjunct of 'after' or 'before' ('could sign a deal after talks with X') shares the "
    "main clause's condition or hypothetical, and its weak modal when the adjunct names no time: no meeting.",
    "Lula could sign the accord after talks with Xi Jinping.",
    needs=("words.hypothetical_cues", "if", "unless", "whether"),
)
def _adjunct_modal(context: SentenceContext, reading: Reading) -> bool:
    low = reading.clause[0]
    if low == 0 or context.keys[low - 1] not in ("after", "before") or reading.start - low > _ADJUNCT_HEAD:
        return False  # the common case: the trigger heads no adjunct
    main = context.clauses.bounds(low - 1)[0]
    cues = context.words.status_cues.last(context.keys, main, low - 1)
    return "conditional" in cues or "hypothetical" in cues or ("weak" in cues and not reading.dated)


_ADJUNCT_HEAD = 3  # words before the trigger in its adjunct: "after (a) (long) (private) talks"


_REPORTED_SUBJECTS = frozenset({"", "he", "she", "they", "we", "i", "that"})  # names are blank keys


def _reported_future(context: SentenceContext, reading: Reading) -> bool:
    """Whether the trigger's weak modal is the future of reported speech: "said he would (shortly be) calling X"."""
    keys, modal = context.keys, reading.cues.get("weak", -1)
    if modal < 1 or keys[modal] != "would" or modal < _window(reading):
        return False
    i = modal - 1
    while i > 0 and modal - i <= 3 and keys[i] in _REPORTED_SUBJECTS:
        i -= 1
    return i < modal - 1 and keys[i] in context.words.reporting_verbs


@rule(
    "veto.habitual",
    Phase.CLAUSE,
    "A habit after the trigger ('many times', 'every year') reports no single meeting.",
    "Abe met Putin many times.",
    needs=("words.habitual_cues",),
)
def _habitual(context: SentenceContext, reading: Reading) -> bool:
    return context.words.habitual_cues.found(context.keys, reading.end, reading.clause[1])


@rule(
    "veto.cancelled",
    Phase.CLAUSE,
    "A meeting the clause calls off, postpones, turns down, lets fall through or says is not on the calendar did "
    "not happen (also past a participial phrase: 'a visit by X, planned for May, was put off', or a relative "
    "clause: 'the talks between X and Y, which were set for Monday at noon, were called off').",
    "The meeting with Maduro was called off.",
    needs=("words.cancel_cues",),
)
def _cancelled(context: SentenceContext, reading: Reading) -> bool:
    keys, end = context.keys, reading.clause[1]
    if end + 1 < len(keys) and keys[end] == "," and _participial(keys[end + 1]) and "," in keys[end + 1 :]:
        # "A state visit by X, planned for the spring, was put off": the verb after the participial phrase
        end = context.clauses.bounds(keys.index(",", end + 1) + 1)[1]
    cues = context.words.cancel_cues
    if cues.found(keys, reading.end, end):  # not "was postponed to June 5": a plan for that day
        return any(
            put_off_to(keys, start, cue, context.times.every()) is None
            for start, cue in cues.matches(keys, reading.end, end)
        )
    return (
        end < len(keys) and keys[end] == "which" and keys[end - 1] == "," and _cancelled_past_relative(keys, end, cues)
    )


_RELATIVE_PREDICATE_REACH = 40  # "which had been set for Friday, May 3, at 10:00, in the palace at X, | was called off"


def _cancelled_past_relative(keys: Sequence[str], which: int, cues: Cues) -> bool:
    """Whether the main verb after a relative clause on the trigger's noun calls it off: "the meeting between X and
    Y, which was to take place on Monday, at noon, | was cancelled". The main verb stands right after a comma (the
    relative clause's own verb, "which was postponed from May", does not); a cue anywhere later in a new clause
    ("; the summit was cancelled") is no main verb of this noun.
    """
    high = min(len(keys), which + _RELATIVE_PREDICATE_REACH)
    for i in range(which + 1, high):
        if keys[i] == ";" or (keys[i] in ("and", "but") and keys[i - 1] == ","):
            high = i  # "; the dinner was called off", ", and the dinner was called off": another subject's verb
            break
    return any(keys[start - 1] == "," for start, _ in cues.matches(keys, which + 2, high))


def _participial(key: str) -> bool:
    """Whether a word opens a participial phrase: "planned for May", "scheduled for June", "hoping to ..."."""
    return (len(key) > 4 and key.endswith("ed") and key.isalpha()) or participle_word(key)


@rule(
    "veto.cancelled-after-but",
    Phase.CLAUSE,
    "A plan taken back in the next clause ('was due in Washington this month, but the trip has been called off'): "
    "no meeting. A meeting told as done stays ('met X on Monday, but the summit was postponed'), and so does one "
    "beside another plan called off ('will meet X, but the summit with Y has been postponed').",
    "Sisi was due to visit Washington later this month, but the trip has been called off.",
    needs=("but", "words.cancel_cues", "words.cancelled_plans", "words.planned_cues"),
)
def _cancelled_after_but(context: SentenceContext, reading: Reading) -> bool:
    keys, but = context.keys, reading.clause[1]
    if but >= len(keys) or keys[but] != "but" or not context.words.planned_cues.found(keys, reading.clause[0], but):
        return False
    plans, cues, end = context.words.cancelled_plans, context.words.cancel_cues, context.clauses.bounds(but + 1)[1]
    # "but the trip | has been called off": the cue right after the words that refer back to the plan
    return any(
        plans.found(keys, but + 1, cue) and cues.last(keys, cue, end).get("cue") == cue for cue in (but + 2, but + 3)
    )


@rule(
    "veto.unrealised",
    Phase.CLAUSE,
    "A plan of the past that did not come about ('was supposed to fly on to Amman for a meeting with X', 'had been "
    "due to meet') anywhere before the trigger in its clause: no meeting.",
    "Biden was supposed to fly on to Amman for a meeting with King Abdullah.",
    needs=("words.unrealised_cues",),
)
def _unrealised(context: SentenceContext, reading: Reading) -> bool:
    return _cued(reading, "unrealised", reading.clause[0])


@rule(
    "veto.condition",
    Phase.CLAUSE,
    "'Would meet X if ...' is a condition, no plan (a quotation mark between is no word: 'would be \"prepared "
    "to speak with X if ...').",
    "Trump would sit down with Kim Jong Un next month if it served America.",
    needs=("if", "unless"),
)
def _condition(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    reach = _CONDITION_REACH + sum(key in _QUOTE_MARKS for key in keys[max(0, start - _CONDITION_REACH) : start])
    return _weak_before(keys, max(reading.clause[0], start - reach), start) and any(
        key in ("if", "unless") for key in keys[reading.end : reading.clause[1]]
    )


@rule(
    "veto.plan-condition",
    Phase.CLAUSE,
    "A plan with 'will' that its sentence makes hang on a condition after a comma (', if the summit goes ahead', ', "
    "unless the talks collapse') is hypothetical, no plan (not ', if only briefly', ', if needed').",
    "Ruto will meet Museveni in Kampala on Friday, unless the border talks collapse.",
    published="2024-05-02",
    needs=("if", "unless"),
)
def _plan_condition(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if not any(key in _FUTURES for key in keys[max(reading.clause[0], start - _CONDITION_REACH) : start]):
        return False
    return any(
        keys[i] in ("if", "unless") and keys[i - 1] == "," and keys[i + 1] not in _NO_CONDITION
        for i in range(reading.end + 1, len(keys) - 1)
    )


_FUTURES = frozenset({"will", "'ll", "shall"})
_NO_CONDITION = frozenset({"only", "any", "not", "necessary", "needed", "possible", "so", "required"})
_CONDITION_REACH = 4  # words from a modal to its verb: "would be prepared to speak with"
_QUOTE_MARKS = frozenset({'"', "“", "”"})  # not words: 'would be "prepared to speak with X if ...'


def _weak_before(keys: list[str], low: int, high: int) -> bool:
    return any(key in WEAK_MODALS for key in keys[max(0, low) : high])


# -- planned --------------------------------------------------------------------------------------------------------


def _plan(reading: Reading) -> bool:
    reading.status = Status.PLANNED
    return True


@rule(
    "status.ahead-heading",
    Phase.STATUS,
    "A meeting under a heading that says what follows lies ahead (a digest's 'COMING UP', 'THE WEEK AHEAD') is a "
    "plan, unless its sentence tells it in the past ('met', 'held').",
    "COMING UP\n\nXi stays on in Australia for a state visit, with talks with Albanese in Canberra on Monday.",
    published="2024-11-15",
)
def _ahead_heading(context: SentenceContext, reading: Reading) -> bool:
    return context.ahead and not _told_past(context) and _plan(reading)


def _told_past(context: SentenceContext) -> bool:
    """Whether a sentence has a verb in the past: an irregular form ("met"), or a word in "-ed" ("visited")."""
    keys = context.keys
    return not context.words.past_verbs.isdisjoint(keys) or any(k.endswith("ed") and len(k) > 4 for k in keys)


@rule(
    "status.reported-future",
    Phase.STATUS,
    "A future told in reported speech ('said he would call X') is a plan.",
    "Trump said he would call Zelensky after the summit.",
    published="2025-08-15",
    needs=("would",),
)
def _reported(context: SentenceContext, reading: Reading) -> bool:
    return _reported_future(context, reading) and _plan(reading)


@rule(
    "status.invitation",
    Phase.STATUS,
    "An invitation is to a planned visit.",
    "Lula invited Macron to Brasilia.",
    only=(TriggerType.INVITE,),
)
def _invitation(context: SentenceContext, reading: Reading) -> bool:
    return _plan(reading)


@rule(
    "status.headline",
    Phase.STATUS,
    "A headline infinitive ('Modi to visit Paris', 'A and B to meet') is a plan.",
    "Modi and Macron to meet in Paris next week.",
    needs=("to",),
)
def _headline(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    return (
        start >= 2
        and keys[start - 1] == "to"
        and all(k in ("", "and", ",") for k in keys[reading.clause[0] : start - 1])  # names are blank
        and _plan(reading)
    )


_SINCE_REACH = 6  # words of a "since" phrase after a meeting noun: "since taking office last year"
_VERBS = frozenset({"is", "are", "will", "'ll", "shall"})  # what may follow it: the noun's own verb
_TIME_OPENERS = frozenset({"on", "at", "this", "next"})  # the word that may open a noun's own time: "on Wednesday"

#: What may stand between a meeting noun and the verb it is the subject of: "(his visit to Korea) will", "the
#: summit in Geneva is expected to", "(the state visit to Chile) is planned for". Names and places are blank keys.
_NOUN_TAIL = frozenset({"", "in", "of", "to", "the", "(", ")", "is", "are"})


@rule(
    "status.planned-cue",
    Phase.STATUS,
    "A cue of plans ('will', 'plans to', 'is expected to') before the trigger (not before 'and' and a verb in the "
    "present: 'accepts an invitation and holds talks'), or right after it, its objects and its own time ('their "
    "summit is slated for May 7', 'the talks with Modi on Friday will', 'her first visit since taking office is "
    "expected to') makes it planned; a 'with' whose verb a coordination leaves out takes that verb's cue ('will "
    "hold talks with A, and later with B'), and so does an infinitive coordinated with a planned one ('was due to "
    "fly to A, and to end the tour with talks in B').",
    "Scholz will travel to Beijing to meet Xi next month.",
    needs=("words.planned_cues", "words.passive_future_cues", "will", "'ll", "shall"),
)
def _planned_cue(context: SentenceContext, reading: Reading) -> bool:
    planned = _cued(reading, "planned", max(reading.clause[0], reading.start - 12, _own_predicate(context, reading)))
    keys, end = context.keys, reading.end
    if _repeated(context, reading):  # "will hold talks with A, and later with B": the left-out verb's cue
        planned = planned or context.words.planned_cues.found(keys, max(0, reading.start - 12), reading.start)
    coordinated = _infinitive_coordinated(keys, reading.start)
    if coordinated is not None:  # "was due to fly to Uganda ..., and to end the tour with talks in Zimbabwe"
        planned = planned or context.words.planned_cues.found(keys, max(0, coordinated - _CUE_REACH), coordinated)
    # right after it, or after one more word of its noun: "the summit meeting scheduled for May" (not a name)
    after = context.words.planned_cues.found(keys, end, end + 1) or (
        end < len(keys) and bool(keys[end]) and context.words.planned_cues.found(keys, end + 1, end + _AFTER_REACH)
    )
    return (planned or after or _future_predicate(context, reading)) and _plan(reading)


_CUE_REACH = 12  # words before a trigger (or before the infinitive a coordinated one repeats) a cue may stand


def _infinitive_coordinated(keys: Sequence[str], start: int) -> int | None:
    """Where the first infinitive's "to" stands when the trigger at ``start`` lies in an infinitive coordinated
    with it (", and to end the tour with talks": the "to" of "was due to fly"), else None."""
    opening = next((i for i in range(start - 1, max(0, start - _CUE_REACH), -1) if keys[i] == "to"), None)
    if opening is None or opening < 2 or keys[opening - 1] != "and":
        return None
    return next((i for i in range(opening - 2, max(0, opening - 2 * _CUE_REACH), -1) if keys[i] == "to"), None)


def _repeated(context: SentenceContext, reading: Reading) -> bool:
    """Whether the trigger is the "with" of a verb a coordination leaves out ("will hold talks with A, and later
    with B"): the cues of the verb it repeats, before the conjunct, are its own."""
    return reading.end - reading.start == 1 and context.keys[reading.start] != reading.phrase


def _own_predicate(context: SentenceContext, reading: Reading) -> int:
    """Where a verb in the present after "and" starts its own predicate, which no cue before it reaches: "accepts
    an invitation to the swearing-in and holds talks" (0 for another trigger)."""
    return (
        reading.start if reading.trigger.present and context.keys[reading.start - 1 : reading.start] == ["and"] else 0
    )


def _future_predicate(context: SentenceContext, reading: Reading) -> bool:
    """Whether the trigger and its objects are the subject of a future: "(his visit to Korea) will", "is slated"."""
    keys, after = context.keys, _predicate(context, reading)
    if after >= len(keys) or after == reading.end:
        return False
    if keys[after] in ("will", "'ll", "shall"):
        return True
    return keys[after - 1] in ("is", "are") and context.words.passive_future_cues.found(keys, after, after + 1)


def _predicate(context: SentenceContext, reading: Reading) -> int:
    """Where the predicate of the trigger's noun phrase starts: past its objects, its own time, a "since" phrase and
    a copula ("(his talks with X on Wednesday are) expected to")."""
    keys, after = context.keys, reading.end
    while after < len(keys) and after - reading.end < WINDOW:
        if keys[after] in _NOUN_TAIL:
            after += 1
            continue
        if keys[after] == "since":  # "(its first trip) since taking power in 2023 (is due to)"
            verb = next((i for i in range(after + 1, min(len(keys), after + _SINCE_REACH)) if keys[i] in _VERBS), None)
            if verb is None:
                break
            after = verb
            continue
        # its own time: "(his talks with X) on Wednesday are expected to"
        time = next((t for t in context.times.usable.between(after, after + 2) if t.start <= after + 1), None)
        if time is None or time.end <= after or (time.start > after and keys[after] not in _TIME_OPENERS):
            break
        after = time.end
    return after


_PURPOSE_GAP = 3  # words between "for" and its meeting noun: "for a bilateral meeting"


@rule(
    "status.for-purpose",
    Phase.STATUS,
    "A meeting noun that is the object of 'for' at the end of a long predicate ('will be flanked by aides, "
    "governors and envoys for a bilateral meeting') is that predicate's purpose: a cue of plans anywhere "
    "before it in its clause makes it planned, beyond the usual reach of a cue.",
    "Ruto and Samia will be accompanied by ministers, governors, officials and business leaders for a bilateral "
    "meeting.",
    published="2024-05-10",
    needs=("for",),
)
def _for_purpose(context: SentenceContext, reading: Reading) -> bool:
    if reading.status is PLANNED:
        return False
    keys, start = context.keys, reading.start
    low = max(reading.clause[0], start - 1 - _PURPOSE_GAP)
    opener = next((i for i in range(start - 1, low - 1, -1) if keys[i] == "for"), None)
    if opener is None or not all(k.isalpha() and k not in _CLAUSE_WORDS for k in keys[opener + 1 : start]):
        return False
    cue = reading.cues.get("planned", -1)
    if cue < reading.clause[0] or keys[cue] not in ("will", "'ll", "shall"):
        return False
    return _plan(reading)


#: Prepositions before which "going" is a gerund of motion, no future: "before going (in) for the talks".
_GERUND_OPENERS = frozenset({"before", "after", "while", "on", "upon", "without", "since"})


@rule(
    "status.gerund-going",
    Phase.STATUS,
    "'Going' after a preposition ('before going for the talks with X', 'after going to meet X') is a gerund of "
    "motion, no future: with no other cue of plans the meeting keeps the tense of its main verb ('Before going in "
    "for the talks, A and B posed for photographs' happened).",
    "Before going for the talks with Ruto, Museveni inspected a guard of honour.",
    published="2024-05-10",
    needs=("going",),
)
def _gerund_going(context: SentenceContext, reading: Reading) -> bool:
    if reading.status is not PLANNED:
        return False
    keys, cue = context.keys, reading.cues.get("planned", -1)
    if cue < 1 or keys[cue] != "going" or keys[cue - 1] not in _GERUND_OPENERS:
        return False
    cues = context.words.planned_cues
    if cues.found(keys, reading.clause[0], cue) or cues.found(keys, reading.end, len(keys)):
        return False  # another cue: "will meet X before going to Y", "before going for talks, X will ..."
    if _future_predicate(context, reading):
        return False
    reading.status = Status.OCCURRED
    return True


#: Prepositions of an adjunct that tells the occasion of the clause's act: "invited X during a phone call with Y".
_OCCASIONS = frozenset({"during", "in", "at"})
_OCCASION_REACH = 3  # words between the preposition and the trigger: "during their first phone call"
_OCCASION_BREAKS = frozenset({",", "and", "to", "that", "which", "who", "when"})


@rule(
    "status.occasion",
    Phase.STATUS,
    "A meeting in an adjunct of 'during', 'in' or 'at' after a plan that is an act of the moment ('extended an "
    "invitation during a phone call with X', 'proposed a summit at talks with Y') happened: the plan is the act's "
    "object, the meeting its occasion (not after a future: 'will raise it during talks with X').",
    "Scholz invited Lula to Berlin during a phone call with him on Tuesday.",
    published="2023-03-09",
    only=(TriggerType.MEET, TriggerType.CALL),
    needs=("words.plan_acts",),
)
def _occasion(context: SentenceContext, reading: Reading) -> bool:
    if reading.status is not PLANNED:
        return False
    keys, words = context.keys, context.words
    opener = _occasion_opener(keys, reading.start)
    if opener is None or words.planned_cues.found(keys, opener, reading.end + _AFTER_REACH):
        return False
    cues = [phrase for _, phrase in words.planned_cues.matches(keys, reading.clause[0], opener)]
    if not cues or not words.plan_acts.issuperset(cues) or _infinitive_before(keys, reading.clause[0], opener):
        return False
    reading.status = Status.OCCURRED
    return True


def _occasion_opener(keys: Sequence[str], start: int) -> int | None:
    """Where the preposition of an occasion adjunct the trigger at ``start`` heads stands ("during a phone call")."""
    for i in range(start - 1, max(-1, start - 2 - _OCCASION_REACH), -1):
        if keys[i] in _OCCASIONS:
            return i
        if keys[i] in _OCCASION_BREAKS:
            return None
    return None


def _infinitive_before(keys: Sequence[str], low: int, high: int) -> bool:
    """Whether an infinitive stands in ``keys[low:high]`` ("invited X to take part in talks"): the adjunct is its."""
    return any(
        keys[i] == "to" and keys[i + 1] and keys[i + 1] not in DETERMINERS and keys[i + 1] not in POSSESSIVES
        for i in range(low, high - 1)
    )


#: Conjunctions of a time clause that takes the tense of the clause before: "will ... when they meet".
_TIME_CLAUSES = frozenset({"when", "once", "until"})


@rule(
    "status.time-clause",
    Phase.STATUS,
    "A verb in the present in a time clause ('when they meet') of a planned sentence is planned too.",
    "Modi and Xi are expected to hold talks on Tuesday when they meet in Xiamen.",
    published="2017-09-03",
    needs=("when", "once", "until"),
)
def _time_clause(context: SentenceContext, reading: Reading) -> bool:
    start, opener = reading.start, reading.clause[0] - 1
    if reading.status is PLANNED or opener < 1 or context.keys[opener] not in _TIME_CLAUSES:
        return False
    word = context.tokens[start].key
    if word in context.words.past_verbs or word.endswith(("ed", "ing")):
        return False  # "... when they met in 2019", "... when meeting"
    return "planned" in context.words.status_cues.last(context.keys, 0, opener) and _plan(reading)


@rule(
    "status.contemplated-cancel",
    Phase.STATUS,
    "A meeting that someone only threatens or weighs calling off ('threatened to cancel', 'floated the idea of "
    "cancelling', 'is considering calling off') is still a plan.",
    "Trump on Monday threatened to cancel his meeting with Vladimir Putin in Buenos Aires.",
    published="2018-11-28",
    needs=("words.contemplated_cancels",),
)
def _contemplated_cancel(context: SentenceContext, reading: Reading) -> bool:
    return reading.status is not PLANNED and _contemplated(context, reading) and _plan(reading)


@rule(
    "status.put-off-to",
    Phase.STATUS,
    "A meeting put off to a new day ('was postponed to June 5', 'has been put off until Monday') is a plan for that "
    "day (see veto.cancelled).",
    "The meeting between Lula and Kishida was postponed to June 21.",
    published="2024-06-07",
    needs=("words.cancel_cues",),
)
def _put_off(context: SentenceContext, reading: Reading) -> bool:
    keys, cues = context.keys, context.words.cancel_cues
    end = reading.clause[1]
    if reading.status is PLANNED or not cues.found(keys, reading.end, end):
        return False  # the common case: no cue of a cancellation after the trigger
    found = list(cues.matches(keys, reading.end, end))
    return (
        bool(found)
        and all(put_off_to(keys, start, cue, context.times.every()) is not None for start, cue in found)
        and _plan(reading)
    )


@rule(
    "status.shared-future",
    Phase.STATUS,
    "A verb's base form right after 'and' ('will attend the summit, and meet X') shares the plan of the verb it is "
    "coordinated with: the last cue of plans before it in the sentence, with no verb in the past after that cue.",
    "Lula will fly to Rome on Friday to attend the forum of the agency, a United Nations body, and meet Meloni.",
    published="2024-06-12",
    needs=("words.planned_cues",),
)
def _shared_future(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if reading.status is PLANNED or keys[start - 1 : start] != ["and"]:
        return False
    if reading.phrase not in context.words.plural_presents:
        return False  # "and met X", "and meets X": a tense of its own
    cue = context.words.status_cues.last(keys, 0, start).get("planned", -1)  # across the clauses of the sentence
    return cue >= 0 and not _past_verb(context, cue + 1, start) and _plan(reading)


def _past_verb(context: SentenceContext, low: int, high: int) -> bool:
    """Whether a verb in the past stands in ``keys[low:high]`` (not an -ed word after a determiner: "a United
    Nations body", "the planned summit")."""
    keys, past = context.keys, context.words.past_verbs
    return any(keys[i] in past or (keys[i].endswith("ed") and keys[i - 1] not in DETERMINERS) for i in range(low, high))


#: The auxiliaries of the future: "will stay in Buenos Aires before flying to Montevideo".
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall"})

#: Subordinators that open a clause with a participle and no tense of its own, of what comes after the main verb:
#: "will stay in X before flying to Y" (but "will fly to Y after meeting Z on Monday" may tell a past Monday).
_PARTICIPLE_CLAUSES = frozenset({"before"})


@rule(
    "status.participle-clause",
    Phase.STATUS,
    "A trigger in a participle clause ('before flying to Montevideo for talks with X') of a sentence in the future "
    "('will stay', 'is expected to attend') is planned too: the clause has no tense of its own, and comes after.",
    "Lula will stay in Buenos Aires on Tuesday before flying to Montevideo on Wednesday for talks with Lacalle Pou.",
    published="2023-01-23",
    needs=("before",),
)
def _participle_clause(context: SentenceContext, reading: Reading) -> bool:
    keys, opener = context.keys, reading.clause[0] - 1
    if reading.status is PLANNED or opener < 1 or keys[opener] not in _PARTICIPLE_CLAUSES:
        return False
    if not (opener + 1 < len(keys) and keys[opener + 1].endswith("ing")):
        return False  # "after they met": a tense of its own
    return _future_before(context, opener) and _plan(reading)


def _future_before(context: SentenceContext, opener: int) -> bool:
    """Whether the sentence is in the future before ``opener``: "will stay ...", "is expected to attend ..." (not
    "became the first to set foot in X, ... before")."""
    keys = context.keys
    cue = context.words.status_cues.last(keys, 0, opener).get("planned")
    if cue is not None and cue > 1 and keys[cue - 1] in _COPULA_ADVERBS:
        cue -= 1  # "is also due to meet X before heading to Y"
    return any(key in FUTURE_AUXILIARIES for key in keys[:opener]) or (
        cue is not None and cue > 0 and keys[cue - 1] in ("is", "are")
    )


@rule(
    "status.opening-visit",
    Phase.STATUS,
    "A visit named in a sentence's opening phrase ('As part of his official visit to Japan,', 'During his state "
    "visit to Kenya,') has no tense of its own: when the main clause after the comma is a plan ('will hold talks "
    "with X', 'is to meet X'), so is the visit.",
    "As part of his official visit to Japan, Albanese will hold talks with Fumio Kishida.",
    published="2023-07-12",
    only=(TriggerType.VISIT,),
    needs=(",",),
)
def _opening_visit(context: SentenceContext, reading: Reading) -> bool:
    comma = context.opening_comma
    if reading.status is PLANNED or comma is None or reading.start > comma:
        return False
    end, triggers = context.clauses.bounds(comma + 1)[1], context.words.triggers
    cues = context.words.planned_cues.matches(context.keys, comma + 1, end)
    # "During his visit to Moscow, X invited Y to Paris": the invitation is a plan, the visit of the opening is not
    cue = next((c for c in cues if not (c[1] in triggers and triggers[c[1]].type is INVITE)), None)
    return cue is not None and not _past_verb(context, comma + 1, cue[0]) and _plan(reading)


@rule(
    "status.for-infinitive",
    Phase.STATUS,
    "A trigger in an infinitive with its own subject after 'for', in a sentence with a word of plans before it "
    "('agreed on arrangements for X to visit Beijing in the spring, and for Y to visit Tokyo') is a plan (not 'the "
    "first time for X to visit').",
    "The ministers agreed on arrangements for Shinzo Abe to visit Beijing in the spring.",
    published="2018-01-29",
    needs=("words.plan_words",),
)
def _for_infinitive_status(context: SentenceContext, reading: Reading) -> bool:
    subject = for_subject(context, reading)
    if reading.status is PLANNED or subject is None:
        return False
    if context.words.plan_words.isdisjoint(context.keys[: subject.start]):
        return False  # "the first time for X to visit", "it took years for X to visit": no plan
    return _plan(reading)


@rule(
    "status.followed-by",
    Phase.STATUS,
    "A meeting noun after ', followed by' or ', including' ('will attend a welcome ceremony, followed by talks with "
    "X', 'will undertake engagements in A and B, including bilateral talks with Y') has the tense of the sentence "
    "before it: planned after a future, past after a past.",
    "Modi will take part in a wreath-laying ceremony at the national war memorial on Friday, followed by talks with "
    "Albanese.",
    published="2023-05-22",
    needs=("followed", "including"),
)
def _followed_by(context: SentenceContext, reading: Reading) -> bool:
    if reading.status is PLANNED or not reading.trigger.nominal:
        return False
    comma = _elaboration(context.keys, _noun_phrase_start(context.keys, reading.start, 0))
    return comma is not None and _future_before(context, comma) and _plan(reading)


def _elaboration(keys: Sequence[str], head: int) -> int | None:
    """The comma of ", followed by" or ", including" before the noun phrase at ``head`` (a few plain words of it
    may stand first: "including bilateral talks"), else None.

    >>> _elaboration(", followed by talks".split(), 3), _elaboration(", including bilateral talks".split(), 3)
    (0, 0)
    >>> _elaboration("talks including".split(), 2) is None
    True
    """
    opener = next(
        (i for i in range(head - 1, max(-1, head - 1 - _ELABORATION_WORDS), -1) if keys[i] in _ELABORATION_OPENERS),
        None,
    )
    if opener is None or not all(key.isalpha() for key in keys[opener + 1 : head]):
        return None
    comma = opener - 1 if keys[opener] == "including" else opener - 2
    if comma < 0 or keys[comma] != "," or (keys[opener] == "by" and keys[opener - 1] != "followed"):
        return None
    return comma


_ELABORATION_OPENERS = frozenset({"by", "including"})  # the last word of ", followed by" and ", including"
_ELABORATION_WORDS = 3  # plain words between the opener and the noun phrase: "including | bilateral | talks"


_COPULA_ADVERBS = frozenset({"also", "still", "now", "then"})  # between a copula and its cue of plans


@rule(
    "status.in-preparation",
    Phase.STATUS,
    "A meeting noun that is the subject of a progressive passive of plans ('a meeting with X is being prepared', "
    "'talks with Y are still being planned') is planned: what is being prepared has not yet taken place.",
    "A separate meeting with Vladimir Putin is also being prepared.",
    needs=("being",),
)
def _in_preparation(context: SentenceContext, reading: Reading) -> bool:
    keys, after = context.keys, _predicate(context, reading)
    if after == reading.end or keys[after - 1] not in ("is", "are"):
        return False
    while after < len(keys) and keys[after] in _COPULA_ADVERBS:
        after += 1  # "is also being prepared", "are still being planned"
    return (
        keys[after : after + 1] == ["being"]
        and context.words.passive_future_cues.found(keys, after + 1, after + 2)
        and _plan(reading)
    )


@rule(
    "status.expected",
    Phase.STATUS,
    "A trigger that is itself a cue of plans ('is expected in Moscow', 'is due in') is planned.",
    "Erdogan is expected in Moscow on Monday.",
    needs=("words.planned_cues",),
)
def _expected_trigger(context: SentenceContext, reading: Reading) -> bool:
    return _expected(context, reading) and _plan(reading)


@rule(
    "status.coordinated-noun",
    Phase.STATUS,
    "A meeting noun coordinated with the objects of the trigger before ('will hold a summit with A and a bilateral "
    "meeting with B') takes its plan.",
    "Modi will hold the annual summit with Prime Minister Anthony Albanese of Australia and a bilateral meeting with "
    "Lula.",
    needs=("trigger.nominal", "and"),
)
def _coordinated_noun(context: SentenceContext, reading: Reading) -> bool:
    keys, start, number = context.keys, reading.start, reading.number
    if reading.status is PLANNED or number == 0 or not reading.trigger.nominal:
        return False
    if context.statuses.get(number - 1) is not Status.PLANNED:
        return False
    link = start - 1 if start >= 1 and keys[start - 1] in ("a", "an", "the") else start
    if link < 1 or keys[link - 1] != "and":
        return False
    previous = context.matches[number - 1]
    objects = group_after(context.mentions, context.tokens, previous.end, link - 1)
    if not objects:
        return False
    rest = context.keys[objects[-1].end : link - 1]  # the objects' place may follow them: "with X in Rio"
    return all(key in ("", "of", "in", "at", "the") for key in rest) and _plan(reading)


@rule(
    "status.tenseless-noun",
    Phase.STATUS,
    "A meeting noun after 'ahead of', 'in the run-up to', or 'for' after a place ('is in Paris for talks with "
    "Macron on Friday') has no tense of its own: its time is read the nearer way, ahead or not.",
    "Modi arrived in Paris ahead of talks with Emmanuel Macron on Friday.",
    published="2024-06-12",
    needs=("trigger.nominal", "words.tenseless_cues", "for"),
)
def _tenseless_noun(context: SentenceContext, reading: Reading) -> bool:
    if reading.status is PLANNED or not reading.trigger.nominal:
        return False
    keys, start = context.keys, reading.start
    opener = start
    while opener > 0 and keys[opener - 1] in _NOUN_OPENERS:
        opener -= 1  # "ahead of (his) talks", "for (a) meeting"
    cues = context.words.tenseless_cues
    cue = next((at for at, _ in cues.matches(keys, max(0, opener - _TENSELESS_REACH), opener)), None)
    # "is in Paris for talks", "flew to Paris for a meeting": the purpose of a stay (not "thanked X for talks")
    purpose = opener >= 3 and keys[opener - 1] == "for" and keys[opener - 2] == "" and keys[opener - 3] in _AT_PLACE
    if cue is None and not purpose:
        return False
    if cue is not None:
        reading.cues[AHEAD_CUE] = cue  # where "ahead of" opens: the times before it are another verb's
    reading.tenseless = True
    return True


_TENSELESS_REACH = 5  # "ahead of", "in preparation for", "in the run-up to" (five keys): the words before the noun
_AT_PLACE = frozenset({"in", "to", "at"})


@rule(
    "status.plural-present",
    Phase.STATUS,
    "A verb's base form right after a plural subject ('Biden and Xi meet on Wednesday', 'the leaders hold talks', "
    "'hold formal talks') is a present: its time is read the nearer way, ahead or not.",
    "Joe Biden and Xi Jinping meet on Wednesday in California.",
    published="2023-11-13",
)
def _plural_present(context: SentenceContext, reading: Reading) -> bool:
    words, start = context.words, reading.start
    if reading.status is PLANNED or start == 0:
        return False
    if reading.phrase not in words.plural_presents:
        start = _modified_verb(context, reading)  # "Modi and Wong hold formal talks"
        if start <= 0:
            return False
    before = context.keys[start - 1]
    if before and before not in words.plural_subjects:  # a name is a blank key
        return False  # "will meet", "to meet", "did not meet": the tense is another word's
    reading.tenseless = True
    return True


_MODIFIERS_BEFORE_NOUN = 2  # "hold formal talks", "hold long bilateral talks": words between a verb and its noun


@rule(
    "status.present-noun",
    Phase.STATUS,
    "A meeting noun whose verb, a word or two before it, is in the present ('holds bilateral talks with X', 'hosts a "
    "working lunch for X'), a passive in the present ('is received by X'), and a meeting noun after 'before' or "
    "'after' that follows a present ('he visits the troops, before talks with X'), and the 'with' of a present a "
    "coordination leaves out ('holds talks with A, and later with B') are presents too: their time is "
    "read the nearer way, ahead or not (a schedule's day).",
    "MONDAY, JUNE 9\nThe Chancellor holds bilateral talks with Emmanuel Macron.\nTUESDAY, JUNE 10\nShe flies home.",
    published="2025-06-08",
)
def _present_noun(context: SentenceContext, reading: Reading) -> bool:
    if reading.status is PLANNED or reading.trigger.present or reading.start == 0:
        return False
    if not _read_present(context, reading):
        return False
    reading.tenseless = True
    return True


def _read_present(context: SentenceContext, reading: Reading) -> bool:
    """Whether a trigger that is no present by itself reads as one by the words before it (``status.present-noun``)."""
    keys, start = context.keys, reading.start
    if keys[start - 1] in _PRESENT_PASSIVES and context.tokens[start].text.endswith("ed"):
        return True  # "Trump is received by the Queen", "the guests are welcomed by X"
    if _repeated(context, reading) and _present_before(context, start, _REPEAT_REACH):
        return True  # "holds talks with A, and in the afternoon with B": the left-out verb's present
    opener = start - 1 if keys[start - 1] in DETERMINERS else start  # "before (the) talks with X"
    if opener > 1 and keys[opener - 1] in _SEQUENCE and _present_before(context, opener - 1):
        return True  # "he visits the troops, before talks with X": the verb's present
    if not reading.trigger.nominal:
        return False
    verbs = context.words.present_verbs
    for i in range(start - 1, max(-1, start - 2 - _MODIFIERS_BEFORE_NOUN), -1):
        if keys[i] in verbs:
            return True  # "holds bilateral talks with X"
        if not keys[i].isalpha() or keys[i] in AUXILIARIES:
            return False  # "has held bilateral talks": another word's tense
    return False


def _present_before(context: SentenceContext, i: int, reach: int = 10) -> bool:
    """Whether the verb the words before ``i`` end with is a present ("he visits the troops, (before talks ...)"),
    not a past ("he toured the plant, (before talks ...)")."""
    keys, words = context.keys, context.words
    for j in range(i - 1, max(-1, i - reach), -1):
        key = keys[j]
        if key in words.present_verbs:
            return True
        if key in words.past_verbs or key in AUXILIARIES or key.endswith("ed") or key in CLAUSE_BREAKS:
            return False
    return False


_SEQUENCE = frozenset({"before", "after"})  # "he visits the troops, before talks with X": the verb's tense
_REPEAT_REACH = 14  # words back from a repeated "with" to the verb left out: "holds talks with A, and later with"


_PRESENT_PASSIVES = frozenset({"is", "are"})


@rule(
    "status.past-copula",
    Phase.STATUS,
    "A noun that reads as a present ('guest of X') after a past copula ('was the guest of X in January', 'were "
    "guests of X') is past: its time is read backwards, not the nearer way.",
    "Albanese was the guest of Xi in Beijing in November.",
    published="2024-06-12",
    needs=("was", "were"),
)
def _past_copula(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.present or reading.status is PLANNED:
        return False
    keys, i = context.keys, reading.start - 1
    while i > 0 and reading.start - i <= _COPULA_REACH and keys[i] in DETERMINERS:
        i -= 1  # "was the guest of", "was his guest"
    if i < 0 or keys[i] not in _PAST_COPULAS:
        return False
    reading.past = True
    return True


_PAST_COPULAS = frozenset({"was", "were"})
_COPULA_REACH = 2  # "was (the) guest of", "were (their) guests of"


def _modified_verb(context: SentenceContext, reading: Reading) -> int:
    """Where the base form of a plural present stands whose noun the trigger is, a modifier or two before it
    ("hold formal talks": "hold talks"); 0 if none does."""
    if reading.phrase not in context.words.plural_present_nouns:
        return 0
    keys = context.keys
    for i in range(reading.start - 2, max(-1, reading.start - 2 - _MODIFIERS_BEFORE_NOUN), -1):
        if f"{keys[i]} {reading.phrase}" in context.words.plural_presents:
            return i
        if not keys[i].isalpha() or keys[i] in AUXILIARIES:
            return 0
    return 0


_PURPOSES = frozenset({"to", "for"})  # "leaves for Paris to meet X", "heads to Paris for talks with X"


@rule(
    "status.present-journey",
    Phase.STATUS,
    "The purpose of a journey told in the present ('leaves for Paris on Thursday to meet Macron', 'heads to Paris "
    "for talks with Macron', 'ends the tour in Rome on Friday with a call on X') is a present too: its time is read "
    "the nearer way, ahead or not.",
    "Modi leaves for Paris on Thursday to meet Emmanuel Macron.",
    published="2024-06-12",
    needs=("words.present_departures",),
)
def _present_journey(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    opener = start - 1 if start > 1 and keys[start - 1] in DETERMINERS else start  # "for (a) meeting with"
    if keys[start] == "with":  # the trigger opens with its purpose: "with a call on X"
        opener = start + 1
    if reading.status is PLANNED or opener == 0:
        return False
    words, before = context.words, keys[reading.clause[0] : opener - 1]
    if keys[opener - 1] == "with":  # "ends the tour in Rome on Friday with a call on X": a journey's last step
        departures = words.present_departures & words.journey_ends
    elif keys[opener - 1] in _PURPOSES:
        departures = words.present_departures
    else:
        return False
    if departures.isdisjoint(before):
        return False
    reading.tenseless = True
    return True


@rule(
    "status.entry",
    Phase.STATUS,
    "A line of a schedule or programme that opens with a meeting noun ('Talks between A and B, followed by ...', "
    "'Official talks with X' under a day's heading) is that day's, ahead or not.",
    "THURSDAY, JUNE 20\n- Talks between Putin and To Lam, followed by a lunch.\nFRIDAY, JUNE 21\n- Departure.",
    published="2024-06-17",
)
def _entry(context: SentenceContext, reading: Reading) -> bool:
    trigger, keys = reading.trigger, context.keys
    if not (context.scheduled and (trigger.nominal or trigger.between) and reading.start <= _ENTRY_MODIFIERS):
        return False
    if not all(key.isalpha() and not key.endswith("ed") and key not in AUXILIARIES for key in keys[: reading.start]):
        return False  # "Official talks with X", not "Putin held talks with X" (names are blank keys)
    reading.tenseless = True
    return True


_ENTRY_MODIFIERS = 2  # words before an entry's meeting noun: "Official talks with", "Working lunch with"


@rule(
    "status.programme-entry",
    Phase.STATUS,
    "An entry of a programme a paragraph tells with its dates ('the itinerary is: March 3: Talks with X; March 4: "
    "A visit to Y'), which its own date and colon open, is that day's, ahead or not: its date is read the nearer "
    "way (the coming programme's), not the latest before publication as a timeline's past entries are.",
    "Lula flies to Europe next week. His aides said the itinerary was: June 3: Arrival in Rome; June 4: Talks with "
    "Giorgia Meloni.",
    published="2024-05-28",
    needs=(":",),
)
def _programme_entry(context: SentenceContext, reading: Reading) -> bool:
    if not context.programme or reading.status is PLANNED:
        return False
    keys = context.keys
    head = next(
        (
            t
            for t in context.times.usable.between(max(0, reading.start - _HEAD_REACH), reading.start)
            if t.end < reading.start
        ),
        None,
    )
    if head is None or not entry_head(keys, head) or reading.start - head.end - 1 > _ENTRY_MODIFIERS:
        return False  # "June 4: (A) talks with X": the entry's meeting noun right after its date
    reading.tenseless = True
    return True


_HEAD_REACH = 6  # tokens from an entry's date to its meeting noun: "August 29 and 30 : Talks"


@rule(
    "status.dated-modal",
    Phase.STATUS,
    "A weak modal with a time ('would visit next month') is a plan.",
    "Macron would visit Algiers next month.",
    needs=("would", "may"),
)
def _dated_modal(context: SentenceContext, reading: Reading) -> bool:
    return _cued(reading, "weak", _window(reading)) and _plan(reading)


# -- once the objects are known -------------------------------------------------------------------------------------


@rule(
    "veto.body-meeting",
    Phase.OBJECTS,
    "A meeting 'of' an organization or its body ('the next meeting of the CSTO Collective Security Council') is "
    "that body's session, no meeting of the clause's subject: with no leader named after it, it reports none.",
    "Putin and Lukashenko discussed the agenda of the next meeting of the CSTO Collective Security Council.",
    only=(TriggerType.MEET,),
    needs=("of",),
)
def _body_meeting(context: SentenceContext, reading: Reading) -> bool:
    keys, end = context.keys, reading.end
    if reading.phrase not in _SESSION_NOUNS or end >= len(keys) or keys[end] != "of":
        return False
    if any(m.is_leader for m in reading.objects):
        return False  # "a meeting of the SCO heads of state": the gathering of its leaders
    return any(m.kind is MentionKind.ORGANIZATION for m in context.mentions.between(end + 1, end + 1 + _BODY_REACH))


_SESSION_NOUNS = frozenset({"meeting", "meetings", "session"})
_BODY_REACH = 3  # words from "of" to the organization: "of the (next) CSTO Council"


@rule(
    "veto.not-direct",
    Phase.OBJECTS,
    "A verb whose people follow it at once ('join A and B') reports nothing when they do not ('join the Paris "
    "Agreement').",
    "Macron will join the Paris talks on Monday.",
    needs=("trigger.direct",),
)
def _not_direct(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.direct:
        return False
    first = reading.objects[0] if reading.objects else None
    return first is None or first.start != reading.end or first.kind is MentionKind.GOVERNMENT


@rule(
    "veto.urges",
    Phase.OBJECTS,
    "'Called on X to <verb>' urges X (also past a time: 'called on X on Friday to <verb>'), and 'called on Friday' "
    "phones; only 'called on X' with no infinitive after X pays a visit.",
    "Biden called on Modi to lift the tariffs.",
    only=(TriggerType.MEET,),
    needs=("trigger.may_urge",),
)
def _urges(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.may_urge:
        return False
    first = reading.objects[0] if reading.objects else None
    if first is None or first.start != reading.end:
        return True  # "called on Friday", "called on the two sides to ..."
    keys, last = context.keys, reading.objects[-1].end
    time = next((t for t in context.times.usable.between(last, last + 2) if t.start <= last + 1), None)
    if time is not None and (time.start == last or keys[last] in _TIME_OPENERS):
        last = time.end  # "called on Xi on Friday to rein in ...": the time is the call's, the infinitive urges
    return last + 1 < len(keys) and keys[last] == "to" and not context.mentions.between(last + 1, last + 2)


@rule(
    "veto.not-at-seat",
    Phase.TRIGGER,
    "'Was at X' is a visit only when X, right after it, is a seat of government ('was at the White House on "
    "Thursday', 'were at the Kremlin'); 'was at the summit', 'was at the airport' visit no one.",
    "Modi was at the summit in Kazan on Tuesday.",
    published="2024-10-24",
    only=(TriggerType.VISIT,),
    needs=("trigger.at_seat",),
)
def _not_at_seat(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.at_seat:
        return False
    seat = next(iter(context.mentions.between(reading.end, reading.end + 2)), None)  # "at (the) White House"
    return seat is None or seat.kind is not MentionKind.GOVERNMENT


@rule(
    "veto.regards",
    Phase.OBJECTS,
    "'Saw X as a partner' regards X; only 'saw X' with no 'as' right after X is a meeting.",
    "Kohl saw Bush as a friend of Germany.",
    published="1990-02-27",
    only=(TriggerType.MEET,),
    needs=("trigger.may_regard",),
)
def _regards(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.may_regard or not reading.objects:
        return False
    return context.key(reading.objects[-1].end) == "as"


@rule(
    "veto.not-aside",
    Phase.OBJECTS,
    "'Pulled X aside' meets X; 'pulled out of the deal', 'pulled Y's troops back' meet no one: such a verb is a "
    "meeting only with 'aside' right after the leaders it names.",
    "Trump pulled the United States out of the Paris accord.",
    published="2017-11-10",
    only=(TriggerType.MEET,),
    needs=("trigger.pulls_aside",),
)
def _not_aside(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.pulls_aside:
        return False
    leaders = [m for m in reading.objects if m.is_leader]
    return not leaders or context.key(leaders[-1].end) != "aside"


@rule(
    "veto.not-together",
    Phase.OBJECTS,
    "'Brought A and B together' meets A and B; 'brought the issue up with X', 'brought troops home' meet no one: "
    "such a verb is a meeting only with 'together' right after the two or more leaders it names ('brought X "
    "together with Y' is left to the words after it).",
    "Erdogan brought the issue up with the press on Monday.",
    published="2024-12-17",
    only=(TriggerType.MEET,),
    needs=("trigger.brings_together",),
)
def _not_together(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.brings_together:
        return False
    leaders = [m for m in reading.objects if m.is_leader]
    return people_count(leaders) < 2 or context.key(leaders[-1].end) != "together"


@rule(
    "veto.opens-with-act",
    Phase.OBJECTS,
    "'The day began with X laying a wreath' opens with X's act, no meeting; only 'started with X' with no -ing "
    "form right after X is one ('He started with Ruto, then Tinubu').",
    "Macron's day in Nairobi began with President William Ruto laying a wreath on Saturday.",
    published="2024-06-08",
    only=(TriggerType.MEET,),
    needs=("trigger.opens",),
)
def _opens_with_act(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.opens or not reading.objects:
        return False
    return context.key(reading.objects[0].end).endswith("ing")


@rule(
    "veto.told-before",
    Phase.OBJECTS,
    "A meeting noun with no one named after 'the' or 'this' refers back to a meeting told elsewhere.",
    "Ramaphosa briefed them on the talks.",
)
def _told_before(context: SentenceContext, reading: Reading) -> bool:
    return told_before(context.keys, reading.start, reading.objects) and not opening_phrase(
        context.tokens, reading.start
    )


@rule(
    "veto.possessive-object",
    Phase.OBJECTS,
    "A leader after a meeting, call or host verb who owns the next noun ('welcomed the President's decision', "
    "'called Lula's visit an honour') is no object: the thing owned is; not after 'to', 'at', 'from' or 'in' "
    "('the welcome he received from Modi's hometown': a place that is his), nor after 'on' right before an owned "
    "place ('talked on Putin's yacht').",
    "Scholz called Lula's visit an honour.",
    only=(TriggerType.MEET, TriggerType.CALL, TriggerType.HOST),
    needs=("'s", "'"),
)
def _possessive_object(context: SentenceContext, reading: Reading) -> bool:
    first = reading.objects[0] if reading.objects else None
    keys = context.keys
    return (
        first is not None
        and first.is_leader
        and first.end < len(keys)
        and keys[first.end] in POSSESSIVE_MARKS
        and not _LOCATIVE.intersection(keys[reading.end : first.start])
        and not _on_owned_place(context, first.start, first.end + 1)
    )


def _on_owned_place(context: SentenceContext, owner: int, owned: int) -> bool:
    """Whether "on" right before the owner opens a place that is his ("conferred on Tito's island retreat", "talked
    on Putin's private yacht"), not a thing ("spoke on Biden's plan"): a place noun a modifier or two after the mark."""
    keys = context.keys
    return keys[owner - 1] == "on" and not context.words.owned_places.isdisjoint(keys[owned : owned + _PLACE_REACH])


_PLACE_REACH = 3  # words from the possessive mark to the place: "Tito's | small island retreat"


@rule(
    "status.spoken-welcome",
    Phase.STATUS,
    "A welcome the speakers say as they say it ('I want to welcome President X to Canberra', 'we are pleased to "
    "welcome you here') is done in the saying: it happened, unless its clause names a time ('next year').",
    "I want to welcome President Joko Widodo to Canberra.",
    published="2023-07-04",
    only=(TriggerType.HOST,),
    needs=("welcome",),
)
def _spoken_welcome(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if reading.status is not Status.PLANNED or keys[start] != "welcome" or reading.dated:
        return False
    low, tokens = max(reading.clause[0], start - _SPOKEN_REACH), context.tokens  # "I" is a mention: no key of its own
    speaker = next((i for i in range(start - 1, low - 1, -1) if tokens[i].key in _SPEAKERS), None)
    if speaker is None or keys[start - 1] != "to":
        return False
    if tokens[speaker].key == "it":  # "it is a great honour to welcome": the frame is the speaker's words
        return spoken_it(tokens, speaker, context.words)
    if not all(key in context.words.spoken_welcomes for key in keys[speaker + 1 : start - 1]):
        return False
    reading.status = Status.OCCURRED
    return True


_SPOKEN_REACH = 6  # words from the speaker to "welcome": "I would very much like to welcome"
_SPEAKERS = frozenset({"i", "we", "me", "us", "my", "our", "it"})
