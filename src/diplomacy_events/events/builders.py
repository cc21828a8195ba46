"""The form of a meeting (``kind.*``) and one builder per trigger type (``build.*``): readings become candidates.

A builder answers True when the reading is of its kind (the first such
builder settles it, even when it finds nothing to report) and appends the
candidates it reports to ``reading.candidates``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import attrs

from ..lexicon import NUMBER_WORDS, POSSESSIVE_MARKS, REMOTE_GAP, TriggerType
from ..mentions import Mention, MentionKind
from ..model import MeetingKind, Status
from ..phrases import Match
from ..rules import Phase, rule
from ..timex import TimeKind
from .candidates import EventCandidate
from .context import Reading, SentenceContext
from .grammar import (
    NOUN_MODIFIERS,
    after_article,
    dedupe,
    end_of,
    group_after,
    group_before,
    owns_next,
    people_count,
    possessive,
)
from .members import CALL, CALL_KIND, MEET, MEETING, OFFICE, PLACES, PRONOUN

_CALL_MANNER_REACH = 6  # "exchanged views with the Mexican president by phone"
_GATHERING_TYPES = (TriggerType.SUMMIT, TriggerType.ATTEND)

# -- kind -----------------------------------------------------------------------------------------------------------


@rule(
    "kind.call",
    Phase.KIND,
    "A call trigger is a call; so is a meeting word with a call word of the sentence in reach: 'spoke with X by "
    "phone', 'held talks via video link', 'a video summit', 'spent an hour on the phone with X'.",
    "Lula spoke with Petro by phone on Tuesday.",
    only=(TriggerType.MEET, TriggerType.CALL),
)
def _call(context: SentenceContext, reading: Reading) -> bool:
    trigger, calls, keys = reading.trigger, context.calls, context.keys
    reading.call = (
        trigger.type is CALL
        or (
            trigger.type is MEET
            and bool(calls)
            and (
                trigger.may_be_call
                # "held talks via video link with X", not "held talks ... after a phone call"
                or (trigger.call_if_followed and not calls.isdisjoint(keys[reading.end : reading.end + 4]))
                or (reading.start > 0 and keys[reading.start - 1] in calls)  # "a video summit with X"
                # "spent an hour on the phone with X": a frame whose gap holds a call word
                or (bool(trigger.tail) and not calls.isdisjoint(keys[reading.start : reading.end]))
                or _by_call(context, reading)  # "exchanged views with X by phone"
            )
        )
    )
    return reading.call


@rule(
    "kind.time-zones",
    Phase.KIND,
    "A talk whose time the sentence gives twice, once on a place's clock ('on Monday evening Washington time, Tuesday "
    "morning in Beijing'), was held across time zones: a call, not a visit.",
    "Biden and Xi talked for three hours on Monday evening Washington time, Tuesday morning in Beijing.",
    published="2021-11-20",
    only=(TriggerType.MEET,),
    needs=("time",),
)
def _time_zones(context: SentenceContext, reading: Reading) -> bool:
    if reading.call or not reading.trigger.may_be_call or len(context.times.usable.items) < 2:
        return False  # one clock only ("at 10 a.m. Tokyo time") may be told to readers elsewhere
    keys = context.keys
    reading.call = any(
        m.end < len(keys) and keys[m.end] == "time" and m.kind in _CLOCKS for m in context.mentions.items
    )
    return reading.call


_CLOCKS = frozenset({MentionKind.PLACE, MentionKind.COUNTRY})  # "Washington time", "Japan time"


@rule(
    "kind.virtual-gathering",
    Phase.KIND,
    "A summit held online is a call: a call word in the summit word's clause ('was held virtually', 'a video summit'), "
    "or a word of remote meeting there ('took place online').",
    "The Quad leaders' summit of March 3, 2022 took place online.",
    published="2022-03-04",
    only=(TriggerType.SUMMIT,),
)
def _virtual_gathering(context: SentenceContext, reading: Reading) -> bool:
    clause = context.keys[reading.clause[0] : reading.clause[1]]
    reading.call = not (context.calls.isdisjoint(clause) and context.words.remote_words.isdisjoint(clause))
    return reading.call


@rule(
    "kind.call-heading",
    Phase.KIND,
    "A meeting word that may be a call ('spoke to X', 'talked with X') under a readout's heading that names a call "
    "('PM call with President X: 6 September 2022'), or on a page whose headline names a call with someone "
    "('Readout of the President's Call with X', also given as the page's title; not 'X calls for calm'), is that "
    "call; not one dated by a month or a year ('in May X came to Seoul for talks with Y': an earlier meeting).",
    "Readouts\n\nPM call with President Lula: 3 March 2023\nThe Prime Minister spoke to President Lula this "
    "afternoon.\n\nPM call with Chancellor Scholz: 4 March 2023\nThe Prime Minister spoke to Chancellor Scholz.",
    published="2023-03-04",
    only=(TriggerType.MEET,),
    needs=("trigger.may_be_call",),
)
def _call_heading(context: SentenceContext, reading: Reading) -> bool:
    if reading.call or not (context.called and reading.trigger.may_be_call):
        return False
    time = reading.time
    if time is not None and time.day is None and time.weekday is None and (time.month or time.year) is not None:
        return False  # "in May X came to Seoul for talks with Y": an earlier meeting the readout recalls
    reading.call = True
    return True


@rule(
    "kind.met-remotely",
    Phase.KIND,
    "A meeting verb followed by the way it was held from afar ('met virtually', 'met online on Friday', 'met on "
    "Tuesday via video link') is a call, however many take part (a call word that is a trigger of its own, as in "
    "'joined a video call with A', reports the call itself).",
    "The Quad leaders met virtually on Friday.",
    published="2021-03-13",
    only=(TriggerType.MEET,),
    needs=("words.call_words", "words.remote_words"),
)
def _met_remotely(context: SentenceContext, reading: Reading) -> bool:
    if reading.call:
        return False
    keys, remote = context.keys, context.words.remote_words
    times = {time.start: time.end for time in context.times.usable.items}
    at, stop = reading.end, min(len(keys), reading.end + _REMOTE_REACH)
    while at < stop and keys[at] not in context.calls and keys[at] not in remote:
        if keys[at] not in REMOTE_GAP and at not in times:
            return False  # "met Putin after a phone call": the call word is another event's
        at = times.get(at, at + 1)
    if at == stop or any(m.start <= at < m.end for m in context.matches[reading.number + 1 :]):
        return False  # "joined a video call with A and B": the call word's own trigger reports the call
    reading.call = True
    return True


_REMOTE_REACH = 6  # "met on Tuesday by video link"


def _by_call(context: SentenceContext, reading: Reading) -> bool:
    """Whether the next trigger, close after this one, says how it was held: "by phone", "via video link"."""
    number = reading.number
    if number + 1 >= len(context.matches):
        return False
    after, keys = context.matches[number + 1], context.keys
    return (
        context.trigger(number + 1).type is TriggerType.CALL
        and after.start - reading.end <= _CALL_MANNER_REACH
        and (keys[after.start] in ("by", "over", "on", "via") or keys[after.start - 1] in ("by", "via"))
    )


# -- builders -------------------------------------------------------------------------------------------------------


def template(reading: Reading, **changes: Any) -> EventCandidate:
    """The candidate a reading reports, before its participants are set; made by the builder running now.

    ``changes`` set fields as ``attrs.evolve`` would, without making the candidate twice.
    """
    fields: dict[str, Any] = {
        "trigger": reading.phrase,
        "trigger_type": reading.type,
        "kind": CALL_KIND if reading.call else MEETING,
        "status": reading.status,
        "start": reading.start,
        "end": reading.end,
        "participants": (),
        "time": reading.time,
        "since": reading.since,
        "aside": reading.aside,
        "goes_on": reading.goes_on,
        "next_step": reading.next_step,
        "summit": reading.summit,
        "summit_relation": reading.relation,
        "present": (reading.trigger.present and not reading.past) or reading.tenseless,
        "ahead": reading.ahead,
        "place": None if reading.call else reading.place,
        "days": reading.days,
        "ends": reading.ends,
        "onward": reading.onward,
        "departed": reading.departed,
        "rules": (*reading.fired, reading.running),
    }
    fields.update(changes)
    return EventCandidate(**fields)


@rule(
    "build.joint-act",
    Phase.BUILD,
    "A joint act ('Putin and Xi toured', 'he and Trump had discussed') is a meeting of its subject when that is two "
    "or more leaders, one of them named (or a group that stands for a traveller and the unnamed host of the trip "
    "told before: 'A flies to Nairobi. The two leaders will discuss trade'), and no one is named after it; else it "
    "reports nothing ('they discussed' retells a meeting told before; 'A and B each held a news conference' are two "
    "acts); a 'with' a few words on names its counterpart ('conferred for two hours with X': a meeting, see "
    "objects.with-later).",
    "Modi and Kishida toured the temple in Kyoto on Sunday.",
    only=(TriggerType.MEET,),
    needs=("trigger.joint",),
)
def _joint_act(context: SentenceContext, reading: Reading) -> bool:
    if not reading.trigger.joint or "objects.with-later" in reading.fired:
        return False  # "conferred for two hours with X": a meeting with X
    subject = reading.subject
    # "they discussed" retells a meeting told; "the two leaders will discuss" after a bare trip meets the host
    named = any(m.kind is not PRONOUN or any(a.host for a in m.antecedents) for m in subject)
    each = reading.start > 0 and context.keys[reading.start - 1] == "each"  # "A and B each held a news conference"
    if named and people_count(subject) >= 2 and not reading.leader_objects and not each:
        reading.candidates += pairs(subject, [], reading)
    return True


@rule(
    "build.talks-in",
    Phase.BUILD,
    "Bilateral talks held in a place with no counterpart named are a visit to the leader of its country.",
    "Kishida held bilateral talks in Seoul on Sunday.",
    published="2023-05-10",
    only=(TriggerType.MEET,),
    needs=("trigger.with_host",),
)
def _talks_in(context: SentenceContext, reading: Reading) -> bool:
    place, subject = reading.place, reading.subject
    if not (reading.trigger.with_host and len(subject) == 1 and people_count(subject) == 1 and place):
        return False
    if reading.leader_objects or reading.call or reading.summit is not None:
        return False
    visit = template(reading, kind=MeetingKind.VISIT)
    reading.candidates.append(_to_place(visit, reading.subject[0], place))
    return True


@rule(
    "build.meeting",
    Phase.BUILD,
    "A meeting or call: one per subject-object pair; one of all for 'joined A and B' and 'a video call with A and B'.",
    "Ruto held talks with Museveni and Samia Suluhu Hassan in Arusha.",
    only=(TriggerType.MEET, TriggerType.CALL),
)
def _meeting(context: SentenceContext, reading: Reading) -> bool:
    subject, objects = reading.subject, reading.leader_objects
    summit = reading.summit
    if summit is not None and summit.countries and summit.start <= reading.end:
        # "a summit of the guarantors (Russia, Iran, Turkey)": one meeting of its countries' leaders
        everyone = dedupe(subject + objects)
        everyone += _named_countries(everyone, reading)
        kind = MeetingKind.SUMMIT if people_count(everyone) >= 3 else MeetingKind.MEETING
        reading.candidates.append(template(reading, kind=kind, participants=tuple(everyone)))
    elif len(subject) == 1 and len(objects) > 1 and _one_of_all(context, reading):
        reading.candidates.append(template(reading, participants=tuple(dedupe(subject + objects))))
    elif len(subject) == 1 and len(objects) > 1 and _leaders_of_list(context, reading):
        reading.candidates.append(template(reading, participants=tuple(dedupe(subject + objects))))
        reading.fired.append("build.leaders-of-list")
    elif len(subject) == 1 and len(objects) > 1 and _discussed_with_all(context, reading):
        reading.candidates.append(template(reading, participants=tuple(dedupe(subject + objects))))
        reading.fired.append("build.discussed-with-all")
    elif len(subject) == 1 and len(objects) == 2 and _met_together(context, reading):
        everyone = dedupe(subject + objects)
        kind = MeetingKind.SUMMIT if people_count(everyone) >= 3 else MEETING
        reading.fired.append("build.met-together")
        reading.candidates.append(template(reading, kind=kind, participants=tuple(everyone)))
    elif len(subject) > 1 and objects and _each_of_them(context, reading):
        reading.candidates += [template(reading, participants=(one, other)) for one in subject for other in objects]
        reading.fired.append("build.each-met")
    else:
        reading.candidates += pairs(subject, objects, reading)
    return True


@rule(
    "build.each-met",
    Phase.SENTENCE,
    "'A and B both met C', 'A and B each held talks with C', 'met C separately', leaders listed as included among "
    "those meeting C (subject.included): each of the subject meets C on their own, no meeting of all three (fired "
    "by build.meeting).",
    "Orbán and Vučić both met Xi in Beijing in October.",
    published="2024-04-30",
)
def _each_of_them(context: SentenceContext, reading: Reading) -> bool:
    """'A and B both (each) met C', '... met C separately': each of the subject on their own."""
    if "subject.included" in reading.fired:  # "leaders including A and B are to hold meetings with C": in turn
        return True
    keys = context.keys
    between = keys[reading.subject[-1].end : reading.start]
    if not _EACH.isdisjoint(between):
        return True
    after = reading.leader_objects[-1].end
    return "separately" in keys[after : min(reading.clause[1], after + 2)]


_EACH = frozenset({"both", "each", "separately"})


@rule(
    "build.leaders-of-list",
    Phase.SENTENCE,
    "'Spoke to the leaders of A, B and C', 'talked with the presidents of A and B': one plural office over a list "
    "of countries that the subject speaks to is one conversation of all (not 'spoke separately to the leaders of A "
    "and B'; fired by build.meeting).",
    "Macron spoke to the leaders of Spain, Poland and Canada on Sunday.",
    published="2025-05-19",
)
def _leaders_of_list(context: SentenceContext, reading: Reading) -> bool:
    """'Spoke to the leaders of A, B and C': one plural office, several countries, no word that splits them."""
    objects = reading.leader_objects
    if reading.phrase.split()[0] not in context.words.group_speech_verbs:
        return False
    if not all(m.kind is MentionKind.OFFICE and m.plural for m in objects):
        return False
    return _unsplit(context, reading)


@rule(
    "build.discussed-with-all",
    Phase.SENTENCE,
    "'Discussed the agenda with A and B': a matter discussed with a list of leaders is one discussion of all (not "
    "'separately' or 'in turn'; fired by build.meeting).",
    "Nehru discussed the agenda with Tito and Nasser in Brioni on Wednesday.",
    published="1956-07-20",
)
def _discussed_with_all(context: SentenceContext, reading: Reading) -> bool:
    """'Discussed X with A and B': a discussion frame with two or more leaders after its 'with'."""
    if reading.phrase not in context.words.joint_discussions:
        return False
    return _unsplit(context, reading) and not context.words.separate_cues.found(
        context.keys, reading.start, reading.clause[1]
    )


@rule(
    "build.met-together",
    Phase.SENTENCE,
    "'Met A and B at the chancellery', 'sat down with A and B': one leader meeting two named leaders of two other "
    "countries in one place and time is one meeting of the three (not 'met A on Monday and B on Thursday', "
    "'separately', 'respectively', 'meetings with A and B', 'on the sidelines', offices of a list named in brackets "
    "('the presidents of A (X) and B (Y)'), nor a verb of speech: 'has spoken "
    "with A and B' is a conversation each; a longer list is more often one bilateral each; fired by build.meeting).",
    "Lula met Chancellor Olaf Scholz and President Emmanuel Macron at the Elysee on Friday.",
    published="2023-06-25",
)
def _met_together(context: SentenceContext, reading: Reading) -> bool:
    """'Met A and B': two named leaders after one in-person meeting word, no time, place or split between them."""
    objects = reading.leader_objects
    if reading.call or reading.type is not MEET or reading.trigger.plural or reading.status is not Status.OCCURRED:
        return False  # "is expected to meet A and B" (at a summit told before): more often a bilateral each
    if reading.phrase.split()[0] in context.words.group_speech_verbs:
        return False  # "has spoken with A and B to inform them": a conversation each, most often by phone
    if context.sidelines or reading.summit is not None or objects[0].start < reading.end:
        return False  # "met A and B on the sidelines of the summit", "A and B were among those X met": one each
    if not all(m.kind is MentionKind.PERSON and not m.plural for m in objects) or not _unsplit(context, reading):
        return False  # "met the presidents of A (X) and B (Y)": offices, met in turn
    subject = [m.country or next((a.country for a in m.antecedents), None) for m in reading.subject]
    countries = [m.country for m in objects] + subject
    if len(set(countries)) < len(countries) or None in countries[: len(objects)]:
        return False  # "talks with Mao and Zhou": two of one country are the counterpart, seen in turn
    first, last = objects[0].end, objects[-1].start
    if "with" in context.keys[first:last] or context.times.usable.between(first, last):
        return False  # "with A, and with B", "met A on Monday and B on Thursday"
    if context.words.separate_cues.found(context.keys, reading.start, reading.clause[1]):
        return False  # "A and B respectively", "in turn"
    if context.words.example_cues.found(context.keys, reading.end, objects[0].start):
        return False  # "met leaders such as A and B"
    places = {m.country for m in context.mentions.between(reading.clause[0], last) if m.kind is MentionKind.PLACE}
    return len(places) < 2  # "flew to Bamako and then to Ouagadougou for talks with A and B": one in each


def _unsplit(context: SentenceContext, reading: Reading) -> bool:
    """Whether no word from just before the trigger to its last leader splits the talks ("separately", "each")."""
    window = context.keys[max(0, reading.start - NOUN_MODIFIERS) : reading.leader_objects[-1].end + 2]
    return _SPLIT.isdisjoint(window)


_SPLIT = frozenset({"bilateral", "bilaterals", "separate", "separately", "each", "individually", "respective"})


def _one_of_all(context: SentenceContext, reading: Reading) -> bool:
    """'Abe joined Trump and Modi', 'held a video call with A and B' (not 'made separate calls to A and B')."""
    keys, start = context.keys, reading.start
    return reading.trigger.joins_all or (
        reading.call
        and not reading.trigger.plural
        and after_article(context.tokens, start)
        and "separate" not in keys[max(0, start - NOUN_MODIFIERS) : start]
    )


def pairs(subject: list[Mention], objects: list[Mention], reading: Reading) -> list[EventCandidate]:
    """One bilateral candidate per subject-object pair; a group subject alone meets itself."""
    if subject and objects:
        countries = {m.country for m in subject}
        if len(subject) > 1 and (len(countries) > 1 or None in countries):
            # "A and B held a video call with C": one meeting of three
            return [template(reading, participants=tuple(dedupe(subject + objects)))]
        # "X met C", "President Xi and Premier Li met C": each of one country meets C
        return [template(reading, participants=(one, other)) for one in subject for other in objects]
    group = subject if len(subject) >= 2 else [m for m in subject if m.plural or len(m.antecedents) >= 2]
    return [template(reading, participants=tuple(group))] if group else []


@rule(
    "build.gathering",
    Phase.BUILD,
    "A summit word, or three or more leaders attending a gathering, is one meeting of all the leaders of the list "
    "(not of a clause of 'as' after it: 'co-host the summit as Biden's no-show ...'); leaders who only attend a "
    "named summit are recorded as its participants; an opening 'their' the group after it stands for ('During "
    "their summit, A and B agreed') adds no one.",
    "Xi, Putin and Modi attended the BRICS summit in Kazan on Wednesday.",
    only=(TriggerType.SUMMIT, TriggerType.ATTEND),
)
def _gathering(context: SentenceContext, reading: Reading) -> bool:
    words, keys, start, end = context.words, context.keys, reading.start, reading.end
    span = context.clauses.bounds(start, lists=True)
    if reading.trigger.lists_attendees and span[1] < len(keys) and keys[span[1]] == ":":
        span = (span[0], len(keys))  # "Arrivals at X, in order: A, who ...; B's C; D": the list after the colon
    elif reading.trigger.lists_guests and span[1] < end:  # "Among those who joined were A and B": past "who"
        span = (span[0], context.clauses.bounds(end, lists=True)[1])
    # the list ends where the next verb phrase starts: "attended the summit, held talks with X"
    stop = next(
        (
            m.start
            for number, m in enumerate(context.matches[reading.number + 1 :], reading.number + 1)
            if m.start >= end and context.trigger(number).type not in _GATHERING_TYPES
        ),
        span[1],
    )
    stop = min(stop, _as_clause(context, end, stop))
    listed = [  # not a leader who owns the noun after him: "Putin's (envoy)"
        m
        for m in context.leaders.between(span[0], min(span[1], stop))
        if not start <= m.start < end and not owns_next(m, context.key(m.end))
    ]
    if "group.opening-phrase" in reading.fired:  # "During their summit, A and B agreed": "their" is A and B
        listed = [m for m in listed if m.kind is not PRONOUN or not start - _OWNER_REACH <= m.end <= start]
    everyone = dedupe(reading.subject + reading.leader_objects + listed)  # not "them" of "among them"
    everyone = [m for m in everyone if not words.absence_cues.found(keys, max(0, m.start - 4), m.start)]
    attend = reading.type is TriggerType.ATTEND
    guests = reading.trigger.lists_guests  # "Ten presidents are expected, among them ..."
    if attend and (
        "other" in keys[reading.clause[0] : start]
        or (reading.trigger.lists_attendees and words.gathering_words.found(keys, end, reading.clause[1]))
        or guests
    ):
        # "Other leaders attending include ...", "Attendees at the summit included ...", "... are expected, among
        # them": the leaders of the sentence before are at the gathering too
        everyone = dedupe([*context.before, *everyone])
    everyone += _named_countries(everyone, reading)
    chaired = attend and len(everyone) >= 2 and _chair_attended(context, reading)
    if chaired and context.chair is not None:
        reading.fired.append("build.chair-attended")
        everyone = dedupe([context.chair, *everyone])
    passive = attend and _attended_by(context, reading)
    if passive:  # "a ceremony attended by A and B"; "X flew in for a meeting convened by Y": X is there too
        reading.fired.append("build.attended-by")
        everyone = [m for m in everyone if m.start >= end or not possessive(m)]
    made = template(reading)
    count = people_count(everyone)
    gathering = (reading.type is TriggerType.SUMMIT and (count >= 3 or not reading.trigger.three_or_more)) or (
        count >= 3
        and (
            words.gathering_words.found(keys, end, min(len(keys), end + 8))
            or keys[start] in words.convene_verbs  # "the Quad leaders gathered in Tokyo"
            or "group.gathering-by" in reading.fired  # "opened a conference attended by A, B and C"
            or (attend and reading.summit is not None)  # "the summit, at which the presidents attended a ..."
            or guests
            or reading.trigger.lists_attendees  # "Arrivals at Lancaster House: A; B's C; D"
            or chaired
            or passive
        )
    )
    if gathering and attend and _when_attending(context, reading):
        reading.fired.append("build.when-attending")
        gathering = False  # "met X, when they attended the forum": the setting of the meeting told
    if attend and len(everyone) == 2 and words.ceremony_words.found(keys, end, min(len(keys), end + 6)):
        made = made.changed(trigger_type=TriggerType.MEET)  # "attends a dinner hosted by X"
        gathering = True
    elif attend and people_count(reading.subject) == 2 and _both_attend(context, reading):
        reading.fired.append("build.both-attend")  # "both he and Kohl will attend the manoeuvres": the two
        made = made.changed(trigger_type=TriggerType.MEET)
        everyone, count, gathering = dedupe(reading.subject), 2, True
    elif passive:
        made = made.changed(trigger_type=TriggerType.MEET)  # "a ceremony attended by A and B": they met there
        gathering = True
    if count >= 2 and gathering:
        kind = MeetingKind.CALL if reading.call else MeetingKind.SUMMIT if count >= 3 else MeetingKind.MEETING
        reading.candidates.append(made.changed(kind=kind, participants=tuple(everyone)))
    elif everyone and reading.summit is not None and attend:
        # "Putin and Xi will attend the BRICS summit": no meeting, but who is at the summit
        reading.candidates.append(made.changed(participants=tuple(everyone), attendance=True))
    elif everyone and attend and (guests or _joins_told(context, reading)):  # "Also taking part were A and B"
        reading.fired.append("build.joins-told")
        made = template(reading, participants=tuple(everyone), joins=True)
        reading.candidates.append(made)
    return True


_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "it"})


def _as_clause(context: SentenceContext, start: int, end: int) -> int:
    """Where a clause of "as" opens between ``start`` and ``end`` ("co-host a summit as Biden's no-show ..."), else
    ``end``; not "as well as", "such as" or "as a guest"."""
    tokens, keys = context.tokens, context.keys
    opens = (
        i
        for i in range(start, end - 1)
        if keys[i] == "as"
        and keys[i - 1] not in ("well", "such")
        and keys[i + 1] != "well"
        and (tokens[i + 1].capitalised or keys[i + 1] in _CLAUSE_SUBJECTS)
    )
    return next(opens, end)


def _named_countries(everyone: list[Mention], reading: Reading) -> list[Mention]:
    """The leaders of the countries a summit's name joins ("the Japan-China-ROK summit") that no one stands for."""
    summit = reading.summit
    if summit is None or not summit.countries:
        return []
    present = {m.country for m in everyone} | {a.country for m in everyone for a in m.antecedents}
    return [
        Mention(kind=MentionKind.GOVERNMENT, start=summit.start, end=summit.end, text=summit.name, country=code)
        for code in summit.countries
        if code not in present
    ]


_MEETING_NOUNS = frozenset({"meeting", "meetings", "talks", "summit", "gathering", "session", "dinner", "plenary"})
_TOLD_DETERMINERS = frozenset({"the", "this", "that", "their", "his", "her"})  # "the meeting": the one told


_OWNER_REACH = 3  # words between an owner and its summit noun: "their landmark Pyongyang summit"


@rule(
    "build.both-attend",
    Phase.SENTENCE,
    "Two leaders who both attend one event that is no summit or conference ('both he and Kohl will attend the "
    "manoeuvres near Ingolstadt', 'A and B will both attend the parade') meet there (checked by build.gathering).",
    "Mitterrand said both he and Kohl will attend the army manoeuvres in Bavaria on September 24.",
    published="1987-03-29",
    needs=("both",),
)
def _both_attend(context: SentenceContext, reading: Reading) -> bool:
    """Whether "both" before an attending verb in its clause says two leaders attend one event together, which no
    summit and no word of a gathering of many ("the forum", "the conference") after the verb names."""
    keys, start, end = context.keys, reading.start, reading.end
    if reading.summit is not None or "both" not in keys[reading.clause[0] : start]:
        return False
    high = min(len(keys), end + _EVENT_REACH)
    return not (context.summits.between(end, high) or context.words.gathering_words.found(keys, end, high))


_EVENT_REACH = 8  # "attend | the large-scale joint military manoeuvres"


@rule(
    "build.when-attending",
    Phase.SENTENCE,
    "Attending a gathering in a time clause after a meeting of the sentence ('A and B both met C in Beijing, when "
    "they attended the forum') is the setting of that meeting, no gathering of all (checked by build.gathering).",
    "Orbán and Vučić both met Xi in Beijing in October, when they attended the trade forum.",
    published="2024-04-30",
)
def _when_attending(context: SentenceContext, reading: Reading) -> bool:
    """Whether an attendance is told in a time clause after a meeting of its sentence ("Orban and Vucic both met
    Xi in Beijing, when they attended the forum"): the setting of that meeting, no gathering of its own."""
    keys, low = context.keys, reading.clause[0]
    opener = next((i for i in range(low, min(low + 2, reading.start)) if keys[i] == "when"), None)
    if opener is None and (low == 0 or keys[low - 1] != "when"):
        return False
    return any(match.end <= low for match in context.matches[: reading.number])


@rule(
    "build.joins-told",
    Phase.SENTENCE,
    "Leaders who attend the meeting told before ('the meeting, which he too will attend', 'X attended as a guest "
    "of the chair') join it; they hold no meeting of their own. A summit named anew ('the second X summit, which "
    "Y will host, with Z expected to attend') is no meeting told.",
    "Erdogan hosted Aliyev and Tokayev in Ankara on Monday. Orban attended as a guest of the host.",
)
def _joins_told(context: SentenceContext, reading: Reading) -> bool:
    """Whether an attendance refers to the meeting told before: through "which" after a meeting noun, or with
    no object of its own ("attended as a guest", "will also attend")."""
    keys, low = context.keys, reading.clause[0]
    noun = low - 2 if low >= 2 and keys[low - 2] != "," else low - 3
    if low >= 2 and keys[low - 1] in ("which", "that") and noun >= 1 and keys[noun] in _MEETING_NOUNS:
        # "the talks, which she will also attend": the one told; not "the second Central Asia-China summit, which
        # X will host, with Y expected to attend", a summit of its own
        return keys[noun - 1] in _TOLD_DETERMINERS
    following = keys[reading.end] if reading.end < len(keys) else "."
    return reading.summit is None and not reading.objects and following in ("as", "too", ".", ",", "also", "")


_NOUN_REACH = 8  # words back from "attended by" to its gathering: "a ceremony on the shore of the lake attended by"


@rule(
    "build.attended-by",
    Phase.SENTENCE,
    "A gathering or ceremony noun a few words before 'attended by' ('a ceremony at the lake attended by A and B', "
    "'a conference in Belgrade attended by A, B and C') is one meeting of the leaders the participle names.",
    "The treaty was signed on Sunday in a ceremony at Lake Ohrid attended by Alexis Tsipras and Zoran Zaev.",
    published="2018-06-18",
)
def _attended_by(context: SentenceContext, reading: Reading) -> bool:
    """Whether an attendance is a participle with its agents right after a gathering or ceremony noun, in reach
    and in the same stretch of the sentence."""
    keys, start, end = context.keys, reading.start, reading.end
    if keys[end : end + 1] != ["by"]:
        return False
    low = max(0, start - _NOUN_REACH)
    low = max([low, *(i + 1 for i in range(low, start) if keys[i] in (",", ";", ".", "which", "that"))])
    words = context.words
    return words.gathering_words.found(keys, low, start) or words.ceremony_words.found(keys, low, start)


@rule(
    "build.chair-attended",
    Phase.SENTENCE,
    "Leaders who attend with no object of their own, after a sentence that names one leader with a summit "
    "('X chaired the Y summit. The presidents of A, B and C attended.'), attend X's summit: one gathering of all.",
    "Ramaphosa chaired the SADC summit in Pretoria on Friday. The presidents of Zambia, Angola and Namibia attended.",
)
def _chair_attended(context: SentenceContext, reading: Reading) -> bool:
    """Whether an attendance with no object follows a sentence that named one leader with a summit."""
    following = context.keys[reading.end] if reading.end < len(context.keys) else "."
    return context.chair is not None and not reading.objects and reading.summit is None and following in (".", "")


@rule(
    "build.call-received",
    Phase.BUILD,
    "'Received a phone call from X': the call trigger reports it, not the host verb.",
    "Erdogan received a phone call from Putin on Monday.",
    only=(TriggerType.HOST,),
)
def _call_received(context: SentenceContext, reading: Reading) -> bool:
    objects = reading.leader_objects
    return bool(objects) and not context.calls.isdisjoint(context.keys[reading.end : objects[0].start])


@rule(
    "build.hosted-separately",
    Phase.BUILD,
    "A host with two or more guests whom the clause says were met apart ('received A, B and C in separate "
    "meetings', 'welcomed A and B separately') made a visit each, not one gathering.",
    "Putin received Xi and Modi in separate meetings on Tuesday.",
    published="2024-10-23",
    only=(TriggerType.HOST,),
    needs=("words.separate_cues",),
)
def _hosted_separately(context: SentenceContext, reading: Reading) -> bool:
    if not (reading.subject and people_count(reading.leader_objects) >= 2):
        return False
    if not context.words.separate_cues.found(context.keys, reading.end, reading.clause[1]):
        return False
    return _hosted_visit(context, reading)


@rule(
    "build.hosted-with-group",
    Phase.BUILD,
    "A host who welcomes guests to a gathering with an organization's leaders ('welcomed A, B and C to an outreach "
    "session with the G8 leaders', 'hosted A at a dinner with the Quad leaders') held one gathering of all: host, "
    "guests and the group, not a visit each.",
    "Kishida welcomed Modi and Lula to an outreach session with the G7 leaders in Hiroshima on Saturday.",
    published="2023-05-21",
    only=(TriggerType.HOST,),
)
def _hosted_with_group(context: SentenceContext, reading: Reading) -> bool:
    if not (reading.subject and reading.leader_objects):
        return False
    keys, last = context.keys, end_of(reading.objects, reading.leader_objects, reading.end)
    while last < len(keys) and keys[last] in ("of", ""):  # "welcomed Prime Minister X of New Zealand to ..."
        last += 1
    if last >= len(keys) or keys[last] not in ("to", "at", "for"):
        return False  # "welcomed A to a session with ...", "hosted A at a dinner with ..."
    high = min(reading.clause[1], last + _GROUP_REACH)
    groups = [
        m
        for m in context.leaders.between(last, high)
        if m.kind is MentionKind.GROUP and keys[m.start - 1 - (keys[m.start - 1] == "the")] == "with"
    ]
    if not groups:
        return False
    participants = tuple(dedupe([reading.subject[0], *reading.leader_objects, *groups]))
    held = reading.summit or next(iter(reversed(context.summits.between(0, reading.start))), None)
    reading.candidates.append(template(reading, kind=MeetingKind.SUMMIT, participants=participants, summit=held))
    return True


_GROUP_REACH = 8  # words from the guests to the group: "to an outreach session with the G8 leaders"


@rule(
    "build.hosted-gathering",
    Phase.BUILD,
    "A host with two or more guests on one day, at a gathering, at a meal or ceremony ('hosted a dinner for A, B "
    "and C'), or for talks ('hosted A and B at Camp David for 13 days of talks'), held one gathering of all, not a "
    "visit each.",
    "Scholz hosted Macron and Tusk in Berlin on Wednesday.",
    only=(TriggerType.HOST,),
)
def _hosted_gathering(context: SentenceContext, reading: Reading) -> bool:
    words, keys = context.words, context.keys
    if not (reading.subject and people_count(reading.leader_objects) >= 2):
        return False
    last = end_of(reading.objects, reading.leader_objects, reading.end)
    if not (
        _one_day(reading)
        or words.ceremony_words.found(keys, reading.start, reading.end)  # "hosted a dinner at the venue for A and B"
        or words.gathering_words.found(keys, last, reading.clause[1])
        or words.gathering_words.found(keys, 0, reading.start)
        or _for_talks(keys, last, reading.clause[1])
    ):
        return False
    return _hosted_all(context, reading)


_TALKS_REACH = 6  # "for talks", "for three days of talks", "for two days of peace talks"


def _for_talks(keys: Sequence[str], low: int, high: int) -> bool:
    """Whether the guests were hosted "for talks" together ("hosted A and B at Camp David for 13 days of talks").

    >>> _for_talks("at camp david for 13 days of talks .".split(), 0, 8), _for_talks("for dinner".split(), 0, 2)
    (True, False)
    """
    starts = [i for i in range(low, min(high, len(keys))) if keys[i] == "for"]
    return any("talks" in keys[i + 1 : min(high, i + 1 + _TALKS_REACH)] for i in starts)


@rule(
    "build.hosted-in-place",
    Phase.BUILD,
    "A host with two or more guests in a place it names, at one time it names no longer than a month ('hosts A and B "
    "in Tashkent in January', 'received both men in Luanda in July'), held one gathering of all, not a visit each "
    "(not 'last year': a visit each).",
    "In January 1966 Kosygin hosted Shastri and Ayub Khan in Tashkent.",
    published="1966-02-01",
    only=(TriggerType.HOST,),
)
def _hosted_in_place(context: SentenceContext, reading: Reading) -> bool:
    if not (reading.subject and people_count(reading.leader_objects) >= 2):
        return False
    time = reading.time
    if reading.place is None or time is None or time.kind in _LONG_TIMES or time.unit == "years":
        return False  # "Last year, Putin received A, B and C in Moscow": a visit each, over a year
    return _hosted_all(context, reading)


_LONG_TIMES = frozenset({TimeKind.YEAR, TimeKind.SEASON})  # times too long to tell one occasion


def _hosted_all(context: SentenceContext, reading: Reading) -> bool:
    """One gathering of the host and every guest, at the summit named in or before the clause."""
    participants = tuple(dedupe([reading.subject[0], *reading.leader_objects]))
    held = reading.summit or next(iter(reversed(context.summits.between(0, reading.start))), None)
    made = template(reading, kind=MeetingKind.SUMMIT, participants=participants, summit=held)
    reading.candidates.append(made)
    return True


def _one_day(reading: Reading) -> bool:
    """Whether a time names one day ("on Wednesday", "November 22"), as one gathering needs."""
    time = reading.time
    return time is not None and (
        time.kind in (TimeKind.WEEKDAY, TimeKind.DEICTIC) or (time.kind is TimeKind.DATE and not time.last_day)
    )


@rule(
    "build.hosts-and-guest",
    Phase.BUILD,
    "Two hosts of two countries greeting a guest ('the presidents of Turkey and Iran greeted Putin') meet as one "
    "gathering.",
    "The presidents of Turkey and Iran greeted Putin in Tehran.",
    only=(TriggerType.HOST,),
)
def _hosts_and_guest(context: SentenceContext, reading: Reading) -> bool:
    if not (len(reading.subject) >= 2 and reading.leader_objects) or _compatriots(reading.subject):
        return False
    participants = tuple(dedupe([*reading.subject, *reading.leader_objects]))
    kind = MeetingKind.SUMMIT if len(participants) >= 3 else MeetingKind.MEETING
    reading.candidates.append(template(reading, kind=kind, participants=participants))
    return True


@rule(
    "build.hosted-visit",
    Phase.BUILD,
    "A host verb ('hosted', 'received', 'welcomed') makes a visit of each guest to the host, or to each host of "
    "one country ('the prime minister and the president greeted him').",
    "Sheikh Mohamed bin Zayed received Ramaphosa in Abu Dhabi.",
    only=(TriggerType.HOST,),
)
def _hosted_visit(context: SentenceContext, reading: Reading) -> bool:
    if not reading.subject:
        return False
    hosts = reading.subject if _compatriots(reading.subject) else reading.subject[:1]
    reading.candidates += [
        template(reading, kind=MeetingKind.VISIT, host=host, participants=(host, guest))
        for host in hosts
        for guest in reading.leader_objects
    ]
    return True


def _compatriots(people: list[Mention]) -> bool:
    """Whether two or more leaders are all of one known country: "Begin and President Katzir"."""
    countries = {m.country for m in people}
    return len(people) >= 2 and len(countries) == 1 and None not in countries


_ACCEPT_REACH = 3  # "accepted an invitation", "accepted Xi's invitation": words from the verb to the noun


def _accepted(keys: Sequence[str], start: int, verbs: frozenset[str]) -> bool:
    """Whether an invitation noun at ``start`` is what its subject accepted ("had accepted an invitation"; ``verbs``:
    the lexicon's ``accept_verbs``)."""
    return any(keys[i] in verbs for i in range(max(0, start - _ACCEPT_REACH), start))


@rule(
    "build.accepted-owned-invitation",
    Phase.SENTENCE,
    "'X accepted Y's invitation to visit China': X is the guest of Y, the invitation's owner (part of "
    "build.accepted-invitation).",
    "President Clinton accepted President Jiang's invitation to pay a state visit to China in 1998.",
    published="1997-10-29",
)
def _accepter(context: SentenceContext, reading: Reading) -> list[Mention]:
    """Who accepted an invitation the subject owns ("Clinton accepted Jiang's invitation"): the group before the
    verb of accepting, when the subject is the noun's possessor; none otherwise."""
    owner = _owner(context.keys, reading)
    if owner is None:
        return []
    accepts = context.words.accept_verbs
    low = max(0, owner.start - _ACCEPT_REACH)
    verb = next((i for i in range(owner.start - 1, low - 1, -1) if context.keys[i] in accepts), None)
    if verb is None:
        return []
    return [m for m in group_before(context.persons, context.tokens, verb, reading.clause[0]) if m is not owner]


def _owner(keys: Sequence[str], reading: Reading) -> Mention | None:
    """The subject of an invitation noun when it owns the noun ("President Jiang's invitation"), else ``None``."""
    start = reading.start
    if start == 0 or keys[start - 1] not in POSSESSIVE_MARKS or not reading.subject:
        return None
    return reading.subject[0] if reading.subject[0].end == start - 1 else None


@rule(
    "build.accepted-invitation",
    Phase.BUILD,
    "'X accepted an invitation to visit Brazil': X is the guest, and the visit goes to the place's leader.",
    "Videla accepted an invitation to visit Brazil in August.",
    published="1980-05-16",
    only=(TriggerType.INVITE,),
)
def _accepted_visit(context: SentenceContext, reading: Reading) -> bool:
    end, keys, after = reading.clause[1], context.keys, reading.end
    words = context.words
    owner = _owner(keys, reading)
    accepted = _accepted(keys, owner.start if owner is not None else reading.start, words.accept_verbs)
    if not reading.subject or reading.leader_objects or not accepted:
        return False
    if not (after + 1 < end and keys[after] == "to" and keys[after + 1] in words.invited_journeys):
        return True  # "accepts an invitation to the swearing-in": no visit of its own
    place = next((m for m in context.located.between(reading.end, end) if m.kind in PLACES), None)
    if place is None:
        place = next((m for m in context.mentions.between(reading.end, end) if m.kind in PLACES), None)
    guests = _accepter(context, reading)
    if guests:  # "Clinton accepted Jiang's invitation to visit China": Clinton visits Jiang
        host = reading.subject[0]
        visit = template(reading, kind=MeetingKind.VISIT, host=host, place=place)
        reading.candidates += [visit.changed(participants=(guest, host)) for guest in guests]
        reading.fired.append("build.accepted-owned-invitation")
        return True
    if place is not None and place.country not in {m.country for m in reading.subject}:
        visit = template(reading, kind=MeetingKind.VISIT, place=None)
        reading.candidates.append(_to_place(visit, reading.subject[0], place))
    return True


@rule(
    "build.invitation",
    Phase.BUILD,
    "An invitation 'to visit' (or 'to come') is a planned visit of each guest to the host; an invitation 'from' a "
    "leader ('accepted an invitation from X to visit') is one of the subject to that leader, and a passive one ('X "
    "was invited by A and B to visit', 'was invited to pay the visits by A and B') one of the subject to each agent.",
    "Lula invited Macron to visit Brasilia.",
    only=(TriggerType.INVITE,),
)
def _invitation(context: SentenceContext, reading: Reading) -> bool:
    if not reading.subject:
        return False
    if context.words.invitation_cues.found(context.keys, reading.end, reading.clause[1]):
        objects = reading.leader_objects
        if "agents.passive" in reading.fired:  # "X was invited by A and B to visit": each agent is a host of X
            reading.candidates += _invited_by(reading, objects, reading.subject[0])
            return True
        if objects and "from" in context.keys[reading.end : objects[0].start]:
            host, guests = objects[0], reading.subject  # "received an invitation from X to visit"
        else:
            host, guests = reading.subject[0], objects
        visit = template(reading, kind=MeetingKind.VISIT, host=host, place=None)
        reading.candidates += [visit.changed(participants=(host, guest)) for guest in guests if guest is not host]
    return True


def _invited_by(reading: Reading, hosts: Sequence[Mention], guest: Mention) -> list[EventCandidate]:
    """The planned visits of a passive invitation's ``guest`` to each of its ``hosts``."""
    return [
        template(reading, kind=MeetingKind.VISIT, host=host, place=None).changed(participants=(guest, host))
        for host in hosts
        if host is not guest
    ]


@rule(
    "build.trip-to-summit",
    Phase.BUILD,
    "A visit to a place made to attend a summit ('visited Kazakhstan to attend the summit of ...', 'for the G7 "
    "summit') is a journey (of each leader of its subject): unless its leader is named, no host counterpart, but it "
    "dates and places the traveller's meetings there; a tour's ('visit Ghana, Argentina and Namibia from July 2 to 9 "
    "and attend the summit'), those in each country coordinated with its first.",
    "Kishida, who is visiting Apulia to attend the G7 summit, met Biden on Friday.",
    only=(TriggerType.VISIT,),
)
def _trip_to_summit(context: SentenceContext, reading: Reading) -> bool:
    if not reading.subject or reading.leader_objects:
        return False
    places = [m for m in reading.objects if m.kind in PLACES]
    if not places or context.hosts_by_country.get(places[0].country):
        return False  # no place, or its leader is named: a visit to them
    after, limit, summit = places[-1].end, reading.clause[1], reading.summit
    attends = any(
        after <= match.start < limit and context.trigger(number).type is TriggerType.ATTEND
        for number, match in enumerate(context.matches)
    )
    if not (attends or (summit is not None and summit.organization and after <= summit.start < limit)):
        return False
    trip = template(reading, kind=MeetingKind.VISIT, trip=True, participants=_travellers(reading.subject[0], reading))
    reading.candidates += [trip.changed(place=place) for place in _destinations(context, places)]
    return True


def _destinations(context: SentenceContext, places: Sequence[Mention]) -> list[Mention]:
    """A journey's destinations: its first place, and the other countries coordinated with it, when it is one ("state
    visits to Spain, Argentina and Portugal"), each once; not a city of the same country ("Buenos Aires, Argentina")."""
    first, found = places[0], [places[0]]
    for place in places[1:]:
        if place.kind is not MentionKind.COUNTRY or place.country in {p.country for p in found}:
            continue
        between = context.keys[found[-1].end : place.start]
        if between not in ([","], ["and"], [",", "and"]):
            break
        found.append(place)
    return found if first.kind is MentionKind.COUNTRY else [first]


def _travellers(visitor: Mention, reading: Reading) -> tuple[Mention, ...]:
    """The leaders a bare journey takes: its first subject and the other leaders of its subject ("Presidents A
    and B arrived in Nairobi")."""
    return (visitor, *(m for m in reading.subject if m is not visitor and m.is_leader))


@rule(
    "build.joint-visit",
    Phase.BUILD,
    "Leaders of two or more countries who visit a leader together ('A and B were guests of C', 'spend a week in "
    "Tashkent as guests of C') met their host together: one gathering of all, not a visit of the first alone.",
    "Shastri and Ayub Khan were guests of Kosygin in Tashkent in January.",
    published="1966-02-01",
    only=(TriggerType.VISIT,),
)
def _joint_visit(context: SentenceContext, reading: Reading) -> bool:
    visitors = [m for m in reading.subject if m.is_leader]
    if len(visitors) < 2 or _compatriots(visitors) or not reading.leader_objects:
        return False
    participants = tuple(dedupe([*visitors, *reading.leader_objects]))
    kind = MeetingKind.SUMMIT if people_count(participants) >= 3 else MeetingKind.MEETING
    reading.candidates.append(template(reading, kind=kind, participants=participants))
    return True


@rule(
    "build.visit",
    Phase.BUILD,
    "A visit to the leaders named, to a place with a leader of its country named, or to a place's leader; a bare "
    "trip ('flew to Paris') names no counterpart unless it is 'to meet' someone or made for a formal visit that "
    "names no destination of its own ('arrived in Nadi for a two-day state visit'); a bare trip of several leaders "
    "('A and B arrived in Nairobi') is the journey of them all.",
    "Modi visited Kyiv and met Zelensky on Friday.",
    only=(TriggerType.VISIT,),
)
def _visit(context: SentenceContext, reading: Reading) -> bool:
    if not reading.subject:
        return False
    places = [m for m in reading.objects if m.kind in PLACES]
    if reading.trigger.formal_only and not _for_a_visit(context, reading):
        # "left for Tokyo, where he will meet X": a bare trip, which dates the meeting the later verb tells
        trip = template(reading, kind=MeetingKind.VISIT, participants=(reading.subject[0],), trip=True)
        reading.candidates += [trip.changed(place=place) for place in places[:1]]
        return True
    state = " ".join(context.keys[reading.start : reading.end]) in context.words.state_visits
    named = tuple(leader for m in context.persons.items for leader in m.leaders[:1]) if state else ()
    inviter = None if reading.leader_objects or places else _inviter(context, reading)
    purpose = _purpose(context, reading) or _for_a_visit(context, reading)
    visit = template(reading, kind=MeetingKind.VISIT, state_visit=named)
    guests = [inviter] if inviter is not None else reading.leader_objects
    reading.candidates += visits(reading.subject[0], guests, places, context, reading, visit, purpose)
    return True


@rule(
    "build.visit-at-invitation",
    Phase.SENTENCE,
    "A visit that names no destination and no one it meets, made 'at the invitation of' a leader ('a state visit "
    "last May at the invitation of the King', 'At the invitation of X, Y paid a state visit last week'), visits "
    "that leader.",
    "Lula paid a state visit in April 2023 at the invitation of President Xi Jinping.",
    published="2023-06-01",
)
def _inviter(context: SentenceContext, reading: Reading) -> Mention | None:
    """The leader a visit's clause says it was made at the invitation of, after the trigger or in the sentence's
    opening phrase before it; not the visitor, nor one a relative clause goes on to tell receiving him."""
    keys, low, high = context.keys, reading.end, reading.clause[1]
    opening = context.opening_comma
    if opening is not None and opening < reading.start:
        low = 0  # "At the invitation of X, Y paid a state visit": the opening phrase is the visit's
    for i in range(low, high - 3):
        if keys[i] == "at" and keys[i + 1 : i + 4] == ["the", "invitation", "of"]:
            limit = opening if opening is not None and i < opening < reading.start else high
            group = group_after(context.mentions, context.tokens, i + 4, limit)
            inviter = next((m for m in group[:1] if m.is_leader and m is not reading.subject[0]), None)
            if inviter is not None and keys[inviter.end : inviter.end + 2] in ([",", "who"], ["who"]):
                return None  # "at the invitation of Putin, who received him in Sochi": the clause tells the visit
            if inviter is not None:
                reading.fired.append("build.visit-at-invitation")
            return inviter
    return None


def _purpose(context: SentenceContext, reading: Reading) -> bool:
    """Whether a journey's clause gives it a counterpart: "to hold talks", or "to meet" / "to see" someone named
    right after ("flew to Moscow to see Putin"; not "flew to Murmansk to see a naval base")."""
    words, end = context.words, reading.clause[1]
    for i, phrase in words.visit_purposes.matches(context.keys, reading.end, end):
        if phrase not in words.purpose_objects:
            return True
        after = i + len(phrase.split())
        after += context.key(after) == "with"
        if context.key(after) in _DETERMINERS:  # "to meet their leaders", "to see the president"
            after += 1
        person = context.key(after)  # a name, an office or a pronoun ("to meet him"), or "their leaders"
        if after < end and (person == "" or person in words.leader_words):
            return True
    return False


_DETERMINERS = frozenset({"the", "their", "his", "her", "its"})  # not "a": "to see a naval base"


_VISIT_MODIFIERS = 6  # "for a two-day state visit", "on his first official visit"


def _for_a_visit(context: SentenceContext, reading: Reading) -> bool:
    """Whether a journey is made for a formal visit with no destination of its own, later in its clause: "arrived in
    Nadi for a two-day state visit" (not "flew to Santa Cruz for a state visit to Bolivia": that visit is told), or
    for a visit of some days (``build.visit-of-days``)."""
    keys, matches = context.keys, context.matches
    for number in range(reading.number + 1, len(matches)):
        match = matches[number]
        if match.start >= reading.clause[1]:
            return False
        formal = " ".join(keys[match.start : match.end]) in context.words.formal_visits
        if not (formal or _visit_of_days(context, reading, match)):
            continue
        before = [t.key for t in context.tokens[max(reading.end, match.start - _VISIT_MODIFIERS) : match.start]]
        made_for = any(k in ("for", "on") and nxt in ("a", "an", "his", "her") for k, nxt in itertools.pairwise(before))
        if made_for and keys[match.end : match.end + 1] not in (["to"], ["of"], ["in"]):
            if not formal:
                reading.fired.append("build.visit-of-days")
            return True
        return False
    return False


@rule(
    "build.visit-of-days",
    Phase.SENTENCE,
    "A journey made for a visit of some days with no destination of its own ('arrived in Hanoi for a three-day "
    "visit', 'flew to Lima on a week-long visit') is a visit to the leader of the country it goes to, as a formal "
    "visit is.",
    "Lula arrived in Hanoi on Sunday for a three-day visit.",
    published="2023-09-20",
)
def _visit_of_days(context: SentenceContext, reading: Reading, match: Match[str]) -> bool:
    """Whether a bare "visit" is told with its length: "a three-day visit", "a 2-day visit", "a week-long visit"."""
    keys, start = context.keys, match.start
    if match.end - start != 1 or keys[start] != "visit" or start < 2 + reading.end:
        return False
    count, unit = keys[start - 2], keys[start - 1]
    if unit == "long":
        return count in ("week", "weeklong")
    return unit == "day" and (count.isdecimal() or NUMBER_WORDS.get(count, 0) > 1)


def visits(
    visitor: Mention,
    leader_objects: list[Mention],
    places: list[Mention],
    context: SentenceContext,
    reading: Reading,
    visit: EventCandidate,
    purpose: bool,
) -> list[EventCandidate]:
    """Visits to the leaders named, to a place with a leader of its country named, or to a place's leader.

    A bare trip ("flew to Paris") names no counterpart; a visit ("visited
    India") or a trip "to meet" implies the host country's leader.
    """
    trip = reading.trigger.trip
    if leader_objects:
        where = visit.place or (places[0] if places else None)
        return [visit.changed(participants=(visitor, other), host=other, place=where) for other in leader_objects]
    if not places:
        return []
    if trip and purpose and _to_see_another(context, reading, visitor, places[0]):
        reading.fired.append("build.to-see-another")  # "to see opposition leader X": no visit to the leader there
        return [visit.changed(participants=(visitor,), trip=True, place=places[0])]
    if trip and purpose:
        office = _office_to_see(context, reading, places[0]) if len(places) == 1 else None
        if office is not None:  # "flew to London to see the Queen": the office there, not the head of government
            reading.fired.append("build.to-see-office")
            rules = (*visit.rules, "build.to-see-office")
            return [visit.changed(participants=(visitor, office), host=places[0], place=places[0], rules=rules)]
        return [_to_place(visit, visitor, place) for place in places]
    destination = places[0]
    hosts = [m for m in context.hosts_by_country.get(destination.country, ()) if m is not visitor]
    if hosts:
        return [visit.changed(participants=(visitor, hosts[0]), host=destination, place=destination)]
    if trip:  # a bare trip names no counterpart; "A and B arrived in Nairobi": the journey of both
        return [visit.changed(participants=_travellers(visitor, reading), trip=True, place=destination)]
    # "visiting Kenya, Tanzania and South Africa": a visit to each
    return [_to_place(visit, visitor, place) for place in places]


@rule(
    "build.to-see-another",
    Phase.SENTENCE,
    "A trip 'to see' or 'to meet' someone named who leads no country on the day ('goes to Yangon to see opposition "
    "leader Aung San Suu Kyi', in 2014), or another country the trip does not go to ('flew to Moscow to meet Xi'), "
    "is no visit to the leader of the country it goes to: a bare trip.",
    "Obama went to Yangon on Friday to see Aung San Suu Kyi. He met Thein Sein in Naypyitaw.",
    published="2014-11-15",
)
def _to_see_another(context: SentenceContext, reading: Reading, visitor: Mention, destination: Mention) -> bool:
    """Whether a trip's clause names, after its trigger, a person who leads no country on the page's day, or one of
    another country than the trip's whose country it goes to nowhere ("to Berlin and to Paris for talks with Merkel
    and Macron": Macron is the Paris trip's)."""
    clause = context.mentions.between(reading.start, reading.clause[1])
    went = {m.country for m in clause if m.kind in PLACES}
    return any(
        m.kind is MentionKind.PERSON
        and m is not visitor
        and m.start >= reading.end
        and (m.country is None or (m.country != destination.country and m.country not in went))
        for m in clause
    )


@rule(
    "build.to-see-office",
    Phase.SENTENCE,
    "A trip to one place 'to see' or 'to meet' a bare title of one person ('flew to London to see the Queen', 'went "
    "to Tokyo to meet the Emperor') visits the holder of that office in the place's country, not its head of "
    "government.",
    "Macron flew to London on Tuesday to see the King.",
    published="2023-05-10",
)
def _office_to_see(context: SentenceContext, reading: Reading, destination: Mention) -> Mention | None:
    """The office a trip's purpose names right after "to see (the)" or "to meet (the)", given the destination's
    country when it names none, if it is of that country; else None."""
    if destination.country is None:
        return None
    words = context.words
    for i, phrase in words.visit_purposes.matches(context.keys, reading.end, reading.clause[1]):
        if phrase not in words.purpose_objects:
            continue
        after = i + len(phrase.split())
        after += context.key(after) in _DETERMINERS
        office = next((m for m in context.mentions.between(after, after + 1) if m.start == after), None)
        if office is None or office.kind is not OFFICE or office.plural or office.role is None:
            return None
        if office.country is None:
            return attrs.evolve(office, country=destination.country)
        return office if office.country == destination.country else None
    return None


def _to_place(visit: EventCandidate, visitor: Mention, place: Mention) -> EventCandidate:
    """A visit to a place's leader, unnamed: the assembler adds whoever leads its country on the day."""
    return visit.changed(participants=(visitor,), host=place, implicit_host=True, place=place)
