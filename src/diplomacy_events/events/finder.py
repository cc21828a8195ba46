"""The event stage's driver: each trigger of a sentence is read phase by phase by the registered rules.

The phases run in the order of :class:`~diplomacy_events.rules.Phase`: vetoes
on the trigger, its clause and status, its objects, its subject and agents,
the groups a noun brings together, its time, place and summit, its kind,
then the builder of its type and a second time of the same verb. What the
phases fill in is a :class:`~diplomacy_events.events.context.Reading`; what
they produce are :class:`~diplomacy_events.events.candidates.EventCandidate`
objects that list the rules that made them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress, count
from operator import attrgetter

from ..dating import own_span
from ..lexicon import RELATIVE_PRONOUNS, WEEKDAYS, Lexicon
from ..mentions import Mention
from ..model import MeetingKind, Status
from ..phrases import Match, PhraseMatcher
from ..rules import Phase, declare, meets, play, program, rule
from ..segment import Token
from ..syntax import WINDOW, enclosed_relatives, in_relative_clause, infinitive_after, token_keys
from ..timex import TimeExpression
from .candidates import EventCandidate, SummitMention
from .context import PLACE_KINDS, Reading, SentenceContext
from .editions import other_editions
from .grammar import group_after, where
from .members import CALL_KIND, GOVERNMENT, OCCURRED, OTHER, PRONOUN, VISIT

__all__ = ["find_events", "trigger_matcher"]


#: The phases that read one trigger, in order, by step (see :func:`_read`): phases that stop at no rule and whose
#: answers are not needed share one.
_STEPS = (
    (Phase.TRIGGER,),
    (Phase.CLAUSE,),
    (Phase.STATUS,),
    (Phase.OBJECTS,),
    (Phase.SUBJECT, Phase.AGENTS),
    (Phase.SIDES,),
    (Phase.GROUPS,),
    (Phase.STANDIN,),
    (Phase.TIME, Phase.WHERE, Phase.KIND),
    (Phase.BUILD,),
    (Phase.REPEAT,),
)
_IS_LEADER = attrgetter("is_leader")  # read in C: every sentence asks it of its mentions


def trigger_matcher(words: Lexicon) -> PhraseMatcher[str]:
    """The phrase matcher of the lexicon's triggers."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for phrase, trigger in words.triggers.items():
        matcher.add(trigger.head, phrase)  # a frame ("spent ... with") is found by its head, then its tail
    return matcher


def find_events(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    summits: Sequence[SummitMention],
    triggers: PhraseMatcher[str],
    words: Lexicon,
    protagonist: Mention | None = None,
    before: Sequence[Mention] = (),
    trace: list[tuple[int, str]] | None = None,
    scheduled: bool = False,
    chair: Mention | None = None,
    *,
    keys: Sequence[str] | None = None,
    called: bool = False,
    ahead: bool = False,
    programme: bool = False,
) -> list[EventCandidate]:
    """The meeting candidates of one sentence.

    ``protagonist`` (the leader the text is about) stands in as the subject of
    a meeting or call whose sentence names none ("Talks with X are set for
    Monday"; also a short line of a schedule or listing, ``scheduled``: "10:00
    Meeting with X"). ``before`` holds the leaders the sentence before named: "Other
    leaders attending include ..." adds them to the gathering. With ``trace``,
    every rule that fires is appended to it as (trigger start, rule id),
    including the vetoes that drop a trigger. ``chair`` is the one leader the
    sentence before named with a summit ("X chaired the Y summit"): leaders who
    attend with no object of their own join X at it. ``keys``, if given, are
    the tokens' keys (:attr:`~diplomacy_events.segment.Sentence.keys`); ``called``, that the sentence stands under
    a heading that names a call ("PM call with President X: 6 September 2022"); ``ahead``, under one that says
    what follows lies ahead ("COMING UP"); ``programme``, that its paragraph told a programme with dated entries
    ("the programme is: May 4: ...").
    """
    if not any(map(_IS_LEADER, mentions)) and not any(s.countries for s in summits):
        return []  # no leader, no meeting: only leaders named, or a summit's countries, make participants
    keys = token_keys(tokens) if keys is None else keys
    matches = _with_gapped(_framed(list(triggers.find(tokens, keys=keys)), keys, words, mentions, trace), keys, words)
    matches = _requests_to_meet(matches, keys, words)
    if not matches:
        return []
    context = SentenceContext.build(
        tokens,
        mentions,
        times,
        summits,
        matches,
        words,
        protagonist,
        before,
        scheduled,
        chair,
        keys=keys,
        called=called,
        ahead=ahead,
        programme=programme,
    )
    found: list[EventCandidate] = []
    for number, match in enumerate(matches):
        reading = Reading.of(number, context.trigger(number), match.start, match.end)
        found += _read(context, reading)
        if trace is not None:
            trace += [(match.start, rule_id) for rule_id in reading.fired]
    told = len(found)
    found = other_editions(found, matches, context.keys, times, words)
    folded = _summit_gathers(_trips_met_again(_one_call(found), words, context.keys), context)
    if folded and meets(context.cued, "since"):  # the rules of "the first ... since" (most sentences have none)
        folded = _since_did_so(_first_since(folded, context), context)
    if trace is not None:
        trace += [(c.start, c.rules[-1]) for c in found[told:]]  # sentence.other-editions
        trace += [(c.start, c.rules[-1]) for c in folded if c.rules and c.rules[-1] in _SENTENCE_RULES]
    return folded


declare("words.status_cues", "n't")  # the gate of _cues


def _cues(context: SentenceContext, low: int, high: int) -> dict[str, int]:
    """The status cues of ``keys[low:high]`` but those of a relative clause set off by commas ("That agreement,
    under which the colony will return, was signed ...": its "will" is no plan of the signing) and those of the
    sentence's opening phrase."""
    if not (meets(context.cued, "words.status_cues") or meets(context.cued, "n't")):
        return {}  # the sentence holds no status cue
    keys, cues = context.keys, context.words.status_cues
    opening = context.opening_comma
    if opening is None:
        opening = _participle_comma(keys)
    if opening is not None and low <= opening < high:
        low = opening + 1  # "At the invitation of X, Y paid a visit": the opening phrase's words are no plan of Y's
    if "," not in keys[low:high]:
        return cues.last(keys, low, high)
    if low > 0 and keys[low - 1] in RELATIVE_PRONOUNS:  # the clause opens inside the relative one: past its comma
        low = next((i for i in range(low, high) if keys[i] == ","), low)
    asides = enclosed_relatives(keys, low, high)
    found: dict[str, int] = {}
    bounds = [low, *(i for aside in asides for i in aside), high]
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        found.update(cues.last(keys, start, end))
    return found


_PARTICIPLE_REACH = 15  # tokens an opening participle phrase may run before its comma


def _participle_comma(keys: Sequence[str]) -> int | None:
    """The comma that closes an opening participle phrase ("Not even knowing what X wanted to discuss, Y flew ...",
    "Hoping to see X, Y flew ..."): its cues are no plan of the main clause's acts.

    >>> _participle_comma("not even knowing what he wanted to discuss , she flew".split())
    8
    >>> _participle_comma("king charles , who will".split()) is None
    True
    """
    verb, reach = 0, min(3, len(keys))
    while verb < reach and keys[verb] in _PARTICIPLE_NEGATIONS:
        verb += 1
    if verb == reach or not keys[verb].endswith("ing") or len(keys[verb]) <= 4 or not keys[verb].isalpha():
        return None  # the common case: no "-ing" word opens the sentence
    return next((i for i in range(verb + 1, min(len(keys), _PARTICIPLE_REACH)) if keys[i] == ","), None)


_PARTICIPLE_NEGATIONS = frozenset({"not", "even", "never"})
_LIST_TAIL = 3  # words between a list's name and the comma: "President Macron of France,"


@rule(
    "objects.list-past-opening",
    Phase.SENTENCE,
    "A list of leaders that runs on past the comma that seems to close the sentence's opening phrase, to an 'and' "
    "or '&' before its last ('After dinner X met A, B and C') is the trigger's objects all; a lone name after that "
    "comma is the next clause's subject ('After he met A, B said').",
    "After dinner Scholz met Emmanuel Macron, Giorgia Meloni and Pedro Sanchez.",
    published="2023-06-30",
)
def _listed_on(context: SentenceContext, reading: Reading, start: int) -> list[Mention]:
    """The objects of a trigger before an opening comma, with the rest of their list after it when that list ends
    in "and" or "&"; else those before the comma."""
    cut = reading.objects
    whole = group_after(context.mentions, context.tokens, start, reading.clause[1])
    if len(whole) <= len(cut) + 1:
        return cut  # one name after the comma: the next clause's subject
    last = whole[-1]
    if not {"and", "&"}.intersection(context.keys[whole[-2].end : last.start]):
        return cut
    if last.end < len(context.keys) and context.keys[last.end] in context.words.clause_verbs:
        return cut  # "After he met A, B and C spoke": the list is the next clause's subject
    reading.fired.append("objects.list-past-opening")
    return whole


def _read(context: SentenceContext, reading: Reading) -> list[EventCandidate]:
    """The candidates one trigger reports: its phases in order, none if a veto fires.

    The rules of every phase are looked up at once (:func:`~diplomacy_events.rules.program`), and a phase with no
    rule to run for this trigger in this sentence is not played.
    """
    present = context.cued | context.traits.get(reading.phrase, 0)  # the needs its sentence and trigger meet
    trigger, clause, status, objects, subject, sides, groups, standin, setting, build, repeat = program(
        _STEPS, reading.type, present
    )
    if trigger[0] and play(trigger, context, reading):
        return []
    reading.clause = context.clauses.bounds(reading.start)
    reading.dated = bool(context.times.usable.between(*reading.clause))
    reading.cues = _cues(context, reading.clause[0], reading.start)
    if clause[0] and play(clause, context, reading):
        return []
    if status[0]:
        play(status, context, reading)
    context.statuses[reading.number] = reading.status
    closing = context.opening_comma  # "On the sidelines of the summit, Lula held ...": Lula is no object of "summit"
    limit = closing if closing is not None and reading.end <= closing else reading.clause[1]
    start = reading.end
    keys = context.keys
    # "talked alone with X": a cheap test first, as most words after a trigger are no adverb
    if start + 1 < len(keys) and (keys[start] in context.words.manner_adverbs or keys[start].endswith("ly")):
        start = _past_adverbs(keys, context.tokens, start, context.words)
        if start != reading.end:
            reading.fired.append("objects.past-adverbs")
    reading.objects = group_after(context.mentions, context.tokens, start, min(limit, reading.clause[1]))
    if limit < reading.clause[1] and reading.objects and limit - reading.objects[-1].end <= _LIST_TAIL:
        reading.objects = _listed_on(context, reading, start)
    if reading.objects and context.opens_clause(reading, reading.objects[-1].end):
        reading.objects = []  # "During that visit the two men signed ...": the next verb's subject
    if objects[0] and play(objects, context, reading):
        return []
    reading.leader_objects = [m for m in reading.objects if m.is_leader]
    if subject[0]:
        play(subject, context, reading)
    if sides[0] and play(sides, context, reading):
        return []  # a veto on the sides
    for step in (groups, standin):
        if step[0]:
            play(step, context, reading)
    context.taken.update(id(m) for m in reading.leader_objects)
    reading.own = own_span(context.matches, reading.number, len(context.tokens), context.keys)
    reading.relative = in_relative_clause(context.tokens, reading.start, reading.clause[0], keys=context.token_keys)
    if setting[0]:
        play(setting, context, reading)
    if build[0]:
        play(build, context, reading)
    if repeat[0] and play(repeat, context, reading) and reading.again is not None:
        reading.candidates += _again(context, reading, reading.again)
    return reading.candidates


def _again(context: SentenceContext, reading: Reading, again: TimeExpression) -> list[EventCandidate]:
    """The second meeting of "met in Sochi in 2018 and in Ankara in 2019" or "on June 9 and September 14": same
    people, the second time and place; "met A on Monday and B on Thursday": B in A's place."""
    low = reading.time.end if reading.time else 0
    place = where(context.located.between(low, again.start))
    repeat = reading.fired[-1]  # the repeat rule
    # "met A on Monday and B on Thursday": B, named between the two times, is the second meeting's counterpart
    others = [m for m in context.leaders.between(low, again.start) if m.kind is not PRONOUN]
    objects = {id(m) for m in reading.leader_objects}
    found = []
    for c in reading.candidates:
        people = c.participants
        if others and objects and any(id(m) in objects for m in people):
            people = (*(m for m in people if id(m) not in objects), *others)
        found.append(c.changed(time=again, place=place or c.place, participants=people, rules=(*c.rules, repeat)))
    return found


_GAP_ADVERBS = frozenset({"later", "then", "also", "separately", "again", "afterwards"})


@rule(
    "objects.past-adverbs",
    Phase.SENTENCE,
    "A verb's people may follow one or two adverbs before its 'with' or 'to' ('talked alone with X', 'spoke briefly "
    "with X', 'conferred again privately with X'): an adverb is a word of the lexicon's manner_adverbs or a lower-case "
    "word in '-ly' that is none of its ly_words ('ally', 'rally'); a longer stretch joins nothing.",
    "Scholz talked alone with Macron for an hour.",
    published="2023-01-23",
)
def _past_adverbs(keys: Sequence[str], tokens: Sequence[Token], end: int, words: Lexicon) -> int:
    """Where the preposition stands after one or two adverbs that follow a trigger ending at ``end``, else ``end``.

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("spoke briefly and warmly with")
    >>> _past_adverbs([t.key for t in tokens], tokens, 1, default_lexicon())
    1
    >>> tokens = tokenize("spoke again briefly with")
    >>> _past_adverbs([t.key for t in tokens], tokens, 1, default_lexicon())
    3
    """
    for i in range(end, min(end + _ADVERB_REACH, len(keys) - 1)):
        key = keys[i]
        manner = key in words.manner_adverbs or (
            key.endswith("ly") and len(key) > 4 and not tokens[i].capitalised and key not in words.ly_words
        )
        if not manner:
            return end
        if keys[i + 1] in _OBJECT_PREPOSITIONS:
            return i + 1
    return end


_ADVERB_REACH = 2  # adverbs between a verb and its preposition: "conferred again privately with"
_OBJECT_PREPOSITIONS = frozenset({"with", "to"})


def _framed(
    matches: list[Match[str]],
    keys: Sequence[str],
    words: Lexicon,
    mentions: Sequence[Mention],
    trace: list[tuple[int, str]] | None = None,
) -> list[Match[str]]:
    """Each match with one trigger: a frame whose tail follows its head across a short gap, else the plain phrase.

    "Spent more than two hours with", "sat down on Friday with", "hosted a
    state banquet for", "discussed Syria with": the gap holds up to
    ``_FRAME_REACH`` words, no person's name and no mark but a hyphen or a possessive; the match runs to
    the end of the tail, and triggers inside it ("a welcoming ceremony for")
    are part of the frame, but for one after "after" (see :func:`_adjunct_trigger`, traced in ``trace``).
    """
    framed: list[Match[str]] = []
    covered = 0  # tokens before this index lie inside a frame found
    people: set[int] | None = None  # the positions of persons' names, found when a frame first needs them
    for match in matches:
        if match.start < covered:
            continue
        plain = None
        values = match.values
        if len(values) > 1:
            values = tuple(sorted(values, key=lambda p: not words.triggers[p].tail))  # frames first
        for phrase in values:
            trigger = words.triggers[phrase]
            tail = trigger.tail
            if not tail:
                plain = plain or phrase
                continue
            if tail[0] not in keys[match.end : match.end + _FRAME_REACH + 1]:
                continue  # the common case: no tail word within reach (a scan in C)
            end = _tail_end(keys, match.end, tail, trigger.place_gap)
            if end is None:
                continue
            if people is None:
                people = _people(mentions, keys)
            if not people.isdisjoint(range(match.end, end - len(tail))):
                continue  # a name in the gap
            if _adjunct_trigger(matches, keys, match.end, end):
                if trace is not None:
                    trace.append((match.start, "trigger.frame-adjunct"))
                continue
            framed.append(Match(match.start, end, (phrase,)))
            covered = end
            break
        else:
            if plain is not None:
                framed.append(Match(match.start, match.end, (plain,)))
    return framed


_ADJUNCTS = frozenset({"after", "following", "before"})  # a time adjunct's first word: "after talks with X"


@rule(
    "trigger.frame-adjunct",
    Phase.SENTENCE,
    "A frame's gap ends at an adjunct of time that opens a trigger of its own ('signed a deal after talks with X', "
    "'will sign the accord following a meeting with X'): the verb stands alone and the adjunct's trigger has the "
    "'with'; a trigger in the gap with no such word ('hosted a welcoming ceremony for X') is part of the frame.",
    "Ramaphosa signed a mining accord after talks with Lula in Brasilia on Tuesday.",
    published="2023-08-30",
)
def _adjunct_trigger(matches: Sequence[Match[str]], keys: Sequence[str], low: int, high: int) -> bool:
    """Whether a trigger starts in ``keys[low:high]`` (a frame's gap and tail) after "after", "following" or
    "before" in that gap.

    >>> keys = ["signed", "a", "deal", "after", "talks", "with", "x"]
    >>> _adjunct_trigger([Match(0, 1, ("signed",)), Match(4, 6, ("talks with",))], keys, 1, 6)
    True
    >>> _adjunct_trigger([Match(0, 1, ("signed",)), Match(4, 6, ("talks with",))], keys[:3] + ["and"] + keys[4:], 1, 6)
    False
    """
    return any(low < m.start < high and not _ADJUNCTS.isdisjoint(keys[low : m.start]) for m in matches)


def _requests_to_meet(matches: list[Match[str]], keys: Sequence[str], words: Lexicon) -> list[Match[str]]:
    """The matches but a request ("asked", ``Trigger.requests``) that asks for no meeting: "asked Macron to
    visit", "asked the leaders of A and B to meet him" invite; "asked us for help to ship grain" and "was asked
    about his talks" do not (a meeting verb, or "come", must follow the request's "to")."""
    if not any(words.triggers[m.values[0]].requests for m in matches):
        return matches  # the common case: no request in the sentence
    starts = [m.start for m in matches]
    return [m for m in matches if not words.triggers[m.values[0]].requests or infinitive_after(keys, starts, m.end)]


def _people(mentions: Sequence[Mention], keys: Sequence[str]) -> set[int]:
    """The positions of the names of persons (leaders and others): no frame's gap holds one. A seat of government
    after "in" or "at" is a place ("around the table in the Kazan Kremlin were")."""
    return {
        i
        for m in mentions
        if (m.is_leader or m.kind is OTHER) and not (m.kind is GOVERNMENT and _located(keys, m.start))
        for i in range(m.start, m.end)
    }


def _located(keys: Sequence[str], start: int) -> bool:
    """Whether "in" or "at" stands before ``start``, with "the" and a word at most between ("in the Kazan")."""
    return any(
        keys[i] in ("in", "at") and (i + 1 == start or keys[i + 1] == "the") for i in range(max(0, start - 3), start)
    )


_FRAME_REACH = 10  # words in a frame's gap: "sat down late on Friday with", "hosted a lavish state banquet for"
_GAP_MARKS = ("-", "'", "'s")  # "hosted a leaders' dinner for", "hosted the summit's closing lunch for"
_PLACE_MARKS = (*_GAP_MARKS, ",")


def _tail_end(keys: Sequence[str], start: int, tail: tuple[str, ...], place: bool = False) -> int | None:
    """Where a frame's tail ends when it follows ``start`` across a gap of plain words (a ``place`` with its
    commas: "was in Lviv, in western Ukraine, with"), else None (``keys``: the sentence's token keys); whether a
    name stands in the gap is the caller's to ask (most frames' tails are not there: no names to find)."""
    size, marks, first = len(tail), _PLACE_MARKS if place else _GAP_MARKS, tail[0]
    for i in range(start, min(len(keys) - size + 1, start + _FRAME_REACH + 1)):
        if keys[i] == first and tuple(keys[i : i + size]) == tail:
            return i + size if i > start else None
        if not (keys[i].isalnum() or keys[i] in marks):
            return None
    return None


def _with_gapped(matches: list[Match[str]], keys: Sequence[str], words: Lexicon) -> list[Match[str]]:
    """Add the verb a coordination leaves out: "spoke with A on Monday and (later) with B on Tuesday".

    After a trigger ending in "with" or "to", an "and with" (or "and to",
    "and later with", "and in the afternoon with", or a list's ", with") before the next trigger repeats it
    (``keys``: the sentence's token keys).
    """
    gapped: list[Match[str]] = []
    for number, match in enumerate(matches):
        last = words.triggers[match.values[0]].gapped
        if last is None and match.end < len(keys) and keys[match.end] in ("with", "to"):
            last = keys[match.end]  # "held bilateral talks with A and later with B"
        if last is None:
            continue
        limit = min(matches[number + 1].start if number + 1 < len(matches) else len(keys), match.end + WINDOW)
        for i in _joints(keys, match.end, limit - 1):  # "meetings with A, with B and with C"
            j = i + 1
            while j < min(limit - 1, i + 1 + _GAP_TIME_REACH) and keys[j] in _GAP_TIME_WORDS:
                j += 1  # "and later with B", "and in the afternoon with B", "and on Friday with B"
            if keys[j] == last:
                gapped.append(Match(j, j + 1, match.values))
                if keys[i] == "and":
                    break
    return sorted(matches + gapped, key=lambda m: m.start) if gapped else matches


_JOINTS = frozenset({"and", ","})
#: What may stand between "and" and the repeated "with": an adverb, or a short time ("in the afternoon", "on Friday").
_GAP_TIME_WORDS = (
    _GAP_ADVERBS | frozenset(WEEKDAYS) | {"in", "on", "the", "morning", "afternoon", "evening", "that", "day"}
)
_GAP_TIME_REACH = 4  # "and later that day with", "and on Friday morning with"


def _joints(keys: Sequence[str], low: int, high: int) -> Iterator[int]:
    """The positions of "and" and "," in ``keys[low:high]``, found in C.

    >>> list(_joints(["met", "a", ",", "b", "and", "c"], 1, 6))
    [2, 4]
    """
    return compress(count(low), map(_JOINTS.__contains__, keys[low:high]))


@rule(
    "sentence.trip-then-meeting",
    Phase.SENTENCE,
    "A trip's visit folds into a later verb of the sentence that reports its pair, alone or among others ('flew to "
    "Washington and met Biden'): the later report keeps its date, a plain meeting becomes the visit, and a purpose "
    "('was due to fly to La Paz for a state visit') takes the trip's plan.",
    "Starmer flew to Washington and met Trump at the White House.",
    published="2025-03-01",
)
def _trips_met_again(found: list[EventCandidate], words: Lexicon, keys: Sequence[str]) -> list[EventCandidate]:
    if len(found) < 2:
        return found  # a trip and a later report of its pair
    last: dict[frozenset[int], int] = {}  # pair of mentions -> index of the last candidate reporting it
    for index, candidate in enumerate(found):
        last[_ids(candidate)] = index
    kept: list[EventCandidate | None] = list(found)
    for index, candidate in enumerate(found):
        if not words.triggers[candidate.trigger].trip or len(candidate.participants) != 2:
            continue
        later = _report_of(found, index, last)
        report = kept[later]
        if later == index or report is None:
            continue
        if report.kind is MeetingKind.MEETING:
            place = report.place or candidate.place
            rules = (*report.rules, "sentence.trip-then-meeting")
            report = report.changed(kind=MeetingKind.VISIT, host=candidate.host, place=place, rules=rules)
        elif len(report.participants) > 2:  # "flew to Berlin and met A and B": the meeting of all keeps its kind
            report = report.changed(rules=(*report.rules, "sentence.trip-then-meeting"))
        purpose = "for" in keys[max(0, report.start - 3) : report.start]  # "was due to fly to X for a visit"
        if candidate.status is Status.PLANNED and report.status is not Status.PLANNED and purpose:
            rules = (*report.rules, "sentence.trip-then-meeting")
            report = report.changed(status=Status.PLANNED, rules=rules)
        kept[later] = report
        kept[index] = None
    return [c for c in kept if c is not None]


def _report_of(found: list[EventCandidate], index: int, last: dict[frozenset[int], int]) -> int:
    """The later candidate reporting the pair of candidate ``index``: of that pair, else a meeting of all holding it
    (``index`` itself if none)."""
    pair = _ids(found[index])
    later = last[pair]
    if later != index:
        return later
    return next((i for i in range(index + 1, len(found)) if pair < _ids(found[i])), index)


def _ids(candidate: EventCandidate) -> frozenset[int]:
    """The candidate's participants as a set of mention identities."""
    return frozenset(map(id, candidate.participants))


_SENTENCE_RULES = frozenset(
    {
        "sentence.trip-then-meeting",
        "sentence.summit-gathers",
        "sentence.first-since",
        "sentence.since-did-so",
        "sentence.one-call",
    }
)


@rule(
    "sentence.one-call",
    Phase.SENTENCE,
    "Two reports of one remote meeting in a sentence ('joined a video call with A, B and C', 'A, B and C spoke with "
    "D by phone'), at one time and status: a call is one with a call of some of its people, and with a gathering "
    "of all of them that names no place (the verb around the call word).",
    "Starmer joined a video call with Zelensky, Macron and Merz on Monday.",
    published="2025-05-20",
)
def _one_call(found: list[EventCandidate]) -> list[EventCandidate]:
    calls = [c for c in found if c.kind is CALL_KIND]
    if len(found) < 2 or not calls:
        return found  # a call and another report
    kept: list[EventCandidate] = []
    merged: set[int] = set()
    for candidate in found:
        call = next((c for c in calls if c is not candidate and _within_call(candidate, c)), None)
        if call is None:
            kept.append(candidate)
        else:
            merged.add(id(call))
    return [c.changed(rules=(*c.rules, "sentence.one-call")) if id(c) in merged else c for c in kept]


def _within_call(candidate: EventCandidate, call: EventCandidate) -> bool:
    """Whether ``candidate`` reports part of ``call``: the same time and status, and some of its people (a call) or
    all of them (an in-person report with no place)."""
    if candidate.time is not call.time or candidate.status is not call.status or candidate.kind is VISIT:
        return False
    people, others = set(map(id, candidate.participants)), set(map(id, call.participants))
    if candidate.kind is CALL_KIND:
        return people < others
    return people == others and candidate.place is None


@rule(
    "sentence.summit-gathers",
    Phase.SENTENCE,
    "'... at the X summit, which will also bring together A, B and C': those a gathering verb lists in a relative "
    "clause on a summit the sentence's earlier meeting is at join that meeting; they hold none of their own.",
    "Ruto will hold talks with Museveni at the EAC summit in Arusha on Friday, which will also bring together Paul "
    "Kagame and Samia Suluhu Hassan.",
    published="2024-11-20",
)
def _summit_gathers(found: list[EventCandidate], context: SentenceContext) -> list[EventCandidate]:
    if len(found) < 2 or not context.summits.items:
        return found  # an earlier meeting and a summit it is at
    keys = context.keys
    earlier = False
    joined = list(found)
    for index, candidate in enumerate(found):
        if (
            earlier
            and context.words.triggers[candidate.trigger].gathers
            and any(
                s.end <= candidate.start and "which" in keys[s.end : candidate.start] for s in context.summits.items
            )
        ):
            rules = (*candidate.rules, "sentence.summit-gathers")
            joined[index] = candidate.changed(joins=True, rules=rules)
        earlier = earlier or candidate.kind is not MeetingKind.CALL
    return joined


_SINCE_REACH = 2  # tokens from "since" to the leader's name: "since Hu Jintao", "since the late Kohl"
_SINCE_TIME_REACH = 5  # tokens from the name to its time: "since Hu Jintao's visit here in 2005"


@rule(
    "sentence.first-since",
    Phase.SENTENCE,
    "'The first state visit to X by a Y leader since Z (in 2011)': a formal visit to a place's leader (a state or "
    "official visit, one for a summit or talks) that is the first since another leader's tells that leader's visit "
    "to the same place too, at the time named after the name; not a bare trip ('the first to visit Fiji since').",
    "Xi made a state visit to Manila, the first by a Chinese president since Hu Jintao's in 2005.",
    published="2018-11-21",
    needs=("since",),
)
def _first_since(found: list[EventCandidate], context: SentenceContext) -> list[EventCandidate]:
    keys = context.keys
    added: list[EventCandidate] = []
    for candidate in found:
        if not (candidate.implicit_host and candidate.kind is VISIT and candidate.host is not None):
            continue
        since = next((i for i in range(candidate.end, len(keys)) if keys[i] == "since"), None)
        if (
            since is None
            or "first" not in keys[:since]
            or not _formal(candidate, keys[candidate.start : since], context)
        ):
            continue
        earlier = next(iter(context.persons.between(since + 1, since + 1 + _SINCE_REACH)), None)
        if earlier is None or not earlier.leaders or any(earlier in c.participants for c in found):
            continue
        time = next(iter(context.times.usable.between(earlier.end, earlier.end + _SINCE_TIME_REACH)), None)
        rules = (*(r for r in candidate.rules if not r.startswith("status.")), "sentence.first-since")  # it happened
        added.append(_earlier(candidate, (earlier,), time, rules))
    return found + added if added else found


@rule(
    "sentence.since-did-so",
    Phase.SENTENCE,
    "'The first EU leader to hold talks with X since Z did so (in April 2022)': 'did so' tells Z's own encounter "
    "of the clause before 'since', with the same counterpart or host, at the time named after it (a visit to a "
    "place's leader only when formal, as for sentence.first-since).",
    "Orban was the first EU leader to hold talks with Putin in Moscow since Nehammer did so in April 2022.",
    published="2024-07-06",
    needs=("since",),
)
def _since_did_so(found: list[EventCandidate], context: SentenceContext) -> list[EventCandidate]:
    keys = context.keys
    if "first" not in keys:
        return found  # no "the first ... since" (a scan in C)
    added: list[EventCandidate] = []
    for since in (i for i, key in enumerate(keys) if key == "since" and "first" in keys[:i]):
        earlier = _since_leader(context, since)
        if earlier is None or keys[earlier.end : earlier.end + 2] != ["did", "so"]:
            continue
        if any(earlier in c.participants for c in found):
            continue  # told already (sentence.first-since)
        told = [c for c in found if c.end <= since and not c.trip]
        candidate = told[-1] if told else None
        if candidate is None or len(candidate.participants) != (1 if candidate.implicit_host else 2):
            continue  # the one it stands for: a subject and one counterpart, or a visit to a place's leader
        if candidate.implicit_host and not _formal(candidate, keys[candidate.start : since], context):
            continue  # "the first to visit Fiji since X did so": a bare visit, as for sentence.first-since
        time = next(iter(context.times.usable.between(earlier.end + 2, earlier.end + 2 + _SINCE_TIME_REACH)), None)
        rules = (*(r for r in candidate.rules if not r.startswith("status.")), "sentence.since-did-so")
        added.append(_earlier(candidate, (earlier, *candidate.participants[1:]), time, rules))
    return found + added if added else found


def _since_leader(context: SentenceContext, since: int) -> Mention | None:
    """The leader named right after "since", also after a country's possessive ("since Austria's Karl Nehammer")."""
    start = since + 1
    owner = next(iter(context.mentions.between(start, start + 1)), None)
    if owner is not None and owner.kind in PLACE_KINDS and context.keys[owner.end : owner.end + 1] == ["'s"]:
        start = owner.end + 1
    earlier = next(iter(context.persons.between(start, start + _SINCE_REACH)), None)
    return earlier if earlier is not None and earlier.leaders else None


def _earlier(
    candidate: EventCandidate, participants: tuple[Mention, ...], time: TimeExpression | None, rules: tuple[str, ...]
) -> EventCandidate:
    """The earlier encounter a "first ... since" clause tells: another visitor's, which happened, at its own time."""
    return candidate.changed(
        participants=participants,
        status=OCCURRED,
        time=time,
        since=None,
        present=False,
        aside=True,
        days=0,
        ends=False,
        onward=0,
        summit=None,
        summit_relation=None,
        rules=rules,
    )


def _formal(candidate: EventCandidate, between: Sequence[str], context: SentenceContext) -> bool:
    """Whether a visit is one to meet the host (a state visit, one 'for a bilateral summit', 'for talks'), not a
    bare trip ('the first to visit Fiji since X's trip in 1981' tells of no meeting of X's)."""
    words = context.words
    return candidate.trigger in words.formal_visits or not words.summit_words.isdisjoint(between) or "talks" in between
