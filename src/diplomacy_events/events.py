"""Stage 5: trigger rules that turn a sentence's mentions into meeting and summit candidates.

A trigger ("met", "hosted", "visited", "spoke by phone", "mini-summit",
"invited ... to visit") is looked up in the lexicon; its subject is the
nearest group of leader mentions before it in its clause, its objects the
group after it. Cues before the trigger decide the status: a plan ("will",
"intends to", "is expected to"), a negation ("did not") or a hypothetical
("would meet if") -- the last two drop the candidate. Which people the
mentions mean, and on what date, is settled in :mod:`~diplomacy_events.assemble`.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence

import attrs

from .mentions import Lexicon, Mention, MentionKind
from .model import MeetingKind, Status
from .phrases import PhraseMatcher
from .segment import Token
from .timex import TimeExpression

__all__ = [
    "EventCandidate",
    "SummitMention",
    "TriggerType",
    "find_events",
    "find_summits",
    "sentence_status",
    "trigger_matcher",
]


class TriggerType(enum.Enum):
    """How a trigger relates its subject to its objects."""

    MEET = "meet"
    HOST = "host"
    VISIT = "visit"
    CALL = "call"
    SUMMIT = "summit"
    ATTEND = "attend"  # "leaders attending the summit include A, B and C"
    INVITE = "invite"


# Words that end a clause: a trigger's subject and objects stay inside its clause.
_CLAUSE_BREAKS = frozenset(
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
# Tokens that may stand between members of one coordinated group of mentions.
_GROUP_GLUE = frozenset(
    {
        ",",
        "and",
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
    }
)
# Tokens that may stand between a trigger and its first object.
_OBJECT_GAP = frozenset(
    {
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
_TRAVEL = frozenset(
    {
        "trip to",
        "trips to",
        "travelled to",
        "traveled to",
        "travelling to",
        "traveling to",
        "travel to",
        "travels to",
        "flew to",
        "flying to",
        "fly to",
        "flies to",
        "went to",
        "go to",
        "goes to",
        "going to",
        "heads to",
        "headed to",
        "heading to",
        "journey to",
        "came to",
        "come to",
        "coming to",
        "comes to",
        "arrived in",
        "arrives in",
        "arrive in",
        "arriving in",
        "tour of",
    }
)


@attrs.frozen(kw_only=True)
class SummitMention:
    """A summit named in a sentence: its series, venue and time, if the text gives them."""

    start: int
    end: int
    name: str
    organization: str | None = None
    place: Mention | None = None
    time: TimeExpression | None = None
    anaphoric: bool = False  # "the summit": the one named last


@attrs.frozen(kw_only=True)
class EventCandidate:
    """One meeting a trigger reports, before its people and date are resolved.

    ``sides`` lists the mentions of each side: the subject first. For a
    visit, ``host`` is the mention whose country receives (a person, place
    or country); ``destination`` marks a visit to a place with no named host.
    """

    trigger: str
    trigger_type: TriggerType
    kind: MeetingKind
    status: Status
    start: int  # token span of the trigger within the sentence
    end: int
    participants: tuple[Mention, ...]
    host: Mention | None = None
    implicit_host: bool = False  # add the host country's leader ("visited India")
    time: TimeExpression | None = None
    place: Mention | None = None
    summit: SummitMention | None = None
    summit_relation: str | None = None  # "before"/"after": dated by the summit, not part of it
    present: bool = False  # a present-tense verb: "meets on November 30" may lie ahead


def trigger_matcher(words: Lexicon) -> PhraseMatcher[str]:
    """The phrase matcher of the lexicon's triggers."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for phrase in words.triggers:
        matcher.add(phrase, phrase)
    return matcher


_WINDOW = 60  # no clause, subject or object group reaches further than this many tokens


def _breaks(tokens: Sequence[Token], i: int) -> bool:
    key = tokens[i].key
    if key == "but":  # "not only with A but also B" coordinates
        return not (i + 1 < len(tokens) and tokens[i + 1].key == "also")
    return key in _CLAUSE_BREAKS


def _clause_bounds(tokens: Sequence[Token], position: int, lists: bool = False) -> tuple[int, int]:
    """The clause around ``position``, at most ``_WINDOW`` tokens either way.

    With ``lists``, semicolons separate list items rather than clauses.
    """
    start = position
    while start > 0 and position - start < _WINDOW and not _breaks(tokens, start - 1):
        start -= 1
    end = position
    while (
        end < len(tokens)
        and end - position < _WINDOW
        and not (_breaks(tokens, end) and not (lists and tokens[end].key == ";"))
    ):
        end += 1
    return start, end


@functools.cache
def _cue_index(cues: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases by their first word, so a look-up costs one dict probe per token."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        parts = tuple(cue.split())
        index.setdefault(parts[0], []).append(parts)
    return {first: tuple(phrases) for first, phrases in index.items()}


def _has_cue(keys: Sequence[str], start: int, end: int, cues: tuple[str, ...]) -> bool:
    """Whether a cue phrase occurs in ``keys[start:end]`` (keys inside mentions are blank)."""
    index = _cue_index(cues)
    negation = "n't" in index
    for i in range(max(0, start), min(end, len(keys))):
        key = keys[i]
        if negation and key.endswith("n't"):
            return True
        for parts in index.get(key, ()):
            if tuple(keys[i : i + len(parts)]) == parts and i + len(parts) <= end:
                return True
    return False


def _group_after(mentions: Sequence[Mention], tokens: Sequence[Token], position: int, limit: int) -> list[Mention]:
    """The coordinated group of mentions that begins soon after ``position``."""
    group: list[Mention] = []
    cursor = position
    for mention in mentions:
        if mention.start < position or mention.start >= limit:
            continue
        allowed = (_GROUP_GLUE if group else _OBJECT_GAP | _GROUP_GLUE) | _HONORIFIC_GAP
        gap = tokens[cursor : mention.start]
        # first names and initials the knowledge base does not list: "Joseph R. Biden"
        while (
            gap
            and (gap[-1].capitalised or gap[-1].key == ".")
            and len(gap[-1].key) <= 12
            and mention.start - cursor - len(gap) < 3
        ):
            gap = gap[:-1]
        if not {t.key for t in gap} <= allowed:
            break
        group.append(mention)
        cursor = mention.end
    return group


def _group_before(mentions: Sequence[Mention], tokens: Sequence[Token], position: int, limit: int) -> list[Mention]:
    """The coordinated group of leader mentions that ends before ``position`` (nearest first)."""
    before = [m for m in mentions if m.end <= position and m.start >= limit]
    group: list[Mention] = []
    coordinated = False  # "A, B and C met": commas join only a list that ends in "and"
    for mention in reversed(before):
        if group:
            gap = {t.key for t in tokens[mention.end : group[-1].start]}
            if not gap <= _GROUP_GLUE or not (coordinated or gap & {"and", "&"}):
                break
            coordinated = True
        group.append(mention)
    return list(reversed(group))


def _status(
    keys: Sequence[str],
    start: int,
    clause_start: int,
    end: int,
    words: Lexicon,
    trigger_type: TriggerType,
    dated: bool = False,
) -> Status | None:
    """``PLANNED`` or ``OCCURRED`` from the cues before the trigger; ``None`` for negated or hypothetical.

    A weak modal ("would visit", "may meet") makes a plan only when the
    clause dates it ("would visit next month"); otherwise, like a strong
    one ("if", "could", "ready to", "would be honored to"), it is no meeting.
    """
    window = max(clause_start, start - 8)
    reach = clause_start if trigger_type in (TriggerType.SUMMIT, TriggerType.ATTEND) else max(clause_start, start - 4)
    if _has_cue(keys, reach, start, words.negation_cues):
        return None
    if _has_cue(keys, clause_start, start, words.generic_cues):
        return None
    conditional = _has_cue(keys, clause_start, start, ("if", "unless", "whether"))
    strong = conditional or _has_cue(
        keys, window, start, tuple(c for c in words.hypothetical_cues if c not in _WEAK_MODALS)
    )
    weak = _has_cue(keys, window, start, _WEAK_MODALS)
    headline = (
        start >= 2 and keys[start - 1] == "to" and not any(keys[clause_start : start - 1])
    )  # "Modi to visit Paris"
    planned = (
        trigger_type is TriggerType.INVITE
        or headline
        or _has_cue(keys, max(clause_start, start - 12), start, words.planned_cues)
        or _has_cue(keys, end, end + 1, words.planned_cues)
    )
    if strong or (weak and not dated):
        return None
    return Status.PLANNED if planned or weak else Status.OCCURRED


_WEAK_MODALS = ("would", "may")
_PRESENT_TENSE = frozenset(
    {
        "meets",
        "visits",
        "hosts",
        "receives",
        "holds",
        "travels",
        "flies",
        "heads",
        "arrives",
        "welcomes",
        "calls",
        "phones",
        "speaks",
        "goes",
        "comes",
    }
)
_HABITUAL = (
    "many times",
    "several times",
    "numerous times",
    "repeatedly",
    "on several occasions",
    "regularly",
    "frequently",
    "often",
    "every year",
    "each year",
    "annually",
)
_CEREMONIES = ("ceremony", "reception", "banquet", "dinner", "lunch", "luncheon", "welcoming")
_GATHERINGS = ("summit", "summits", "conference", "gathering", "forum", "meeting", "meetings")
_SUMMIT_REFERENCE = ("before", "after", "ahead", "since", "following", "until", "during")
_RELATIVE_PRONOUNS = frozenset({"who", "which", "whose", "who's", "whom"})
# Honorifics that may stand before a name inside a group: "the Rt. Hon.", "H.E. Mr."
_HONORIFIC_GAP = frozenset(
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
    }
)
_PASSIVE_FUTURE = ("will", "'ll", "shall", "scheduled", "expected", "slated", "set", "planned", "due")


def sentence_status(tokens: Sequence[Token], words: Lexicon) -> Status | None:
    """The status a sentence's cues give a summit it names; ``None`` when they say nothing."""
    keys = cue_keys(tokens, ())
    if _has_cue(keys, 0, len(keys), words.planned_cues):
        return Status.PLANNED
    past = {"was", "were", "had", "held", "met", "attended", "hosted", "ended", "took", "opened", "closed"}
    return Status.OCCURRED if past & set(keys) else None


def cue_keys(tokens: Sequence[Token], mentions: Sequence[Mention]) -> list[str]:
    """Token keys with the words inside mentions blanked ("Theresa May" holds no modal "may")."""
    keys = [t.key for t in tokens]
    for mention in mentions:
        for i in range(mention.start, mention.end):
            keys[i] = ""
    return keys


def _nearest_time(
    tokens: Sequence[Token], times: Sequence[TimeExpression], start: int, end: int, clause: tuple[int, int]
) -> TimeExpression | None:
    """The time of the trigger's clause, else the nearest in the sentence outside relative clauses."""
    usable = [t for t in times if t.relation is None and t.cited is None]
    inside = [t for t in usable if clause[0] <= t.start and t.end <= clause[1]]
    pool = inside or [t for t in usable if not _in_relative_clause(tokens, t.start)]
    if not pool:
        return None
    return min(pool, key=lambda t: min(abs(t.start - end), abs(start - t.end)))


def _in_relative_clause(tokens: Sequence[Token], position: int) -> bool:
    """Whether ``position`` lies in a clause opened by who/which/whose ("who took office in May")."""
    start, _ = _clause_bounds(tokens, position)
    return start > 0 and tokens[start - 1].key in _RELATIVE_PRONOUNS


def _leaders(mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if m.is_leader]


def _persons(mentions: Sequence[Mention]) -> list[Mention]:
    """Leaders and other named people: either can be a trigger's subject."""
    return [m for m in mentions if m.is_leader or m.kind is MentionKind.OTHER]


def find_events(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    summits: Sequence[SummitMention],
    triggers: PhraseMatcher[str],
    words: Lexicon,
    protagonist: Mention | None = None,
) -> list[EventCandidate]:
    """The meeting candidates of one sentence.

    ``protagonist`` (the leader the text is about) stands in as the subject of
    a meeting or call whose sentence names none ("Talks with X are set for
    Monday").
    """
    found: list[EventCandidate] = []
    taken: set[int] = set()  # mentions used as objects: never a later trigger's subject
    mention_tokens = {i for m in mentions for i in range(m.start, m.end)}
    keys = cue_keys(tokens, mentions)
    calls = set(keys) & words.call_words
    sidelines = _has_cue(keys, 0, len(tokens), words.sidelines)
    for match in triggers.find(tokens):
        if match.start in mention_tokens:
            continue
        phrase = match.values[0]
        trigger_type = TriggerType(words.triggers[phrase])
        if trigger_type is TriggerType.SUMMIT and any(
            s.start <= match.start < s.end + 1 for s in summits if s.organization
        ):
            continue  # "the G20 summit" names a summit; attending it is no meeting by itself
        if trigger_type is TriggerType.SUMMIT and _has_cue(keys, match.start - 3, match.start, _SUMMIT_REFERENCE):
            continue  # "before the mini-summit": a reference to it, reported elsewhere
        clause = _clause_bounds(tokens, match.start)
        dated = any(clause[0] <= t.start < clause[1] and t.relation is None and t.cited is None for t in times)
        status = _status(keys, match.start, clause[0], match.end, words, trigger_type, dated)
        if status is None or _has_cue(keys, match.end, clause[1], _HABITUAL):
            continue
        objects = _group_after(mentions, tokens, match.end, clause[1])
        participle = match.start > 0 and tokens[match.start - 1].key == "," and phrase.split()[0].endswith("ing")
        subject = (
            []
            if participle
            else [m for m in _group_before(_persons(mentions), tokens, match.start, clause[0]) if id(m) not in taken]
        )
        if not subject:
            subject = _sentence_subject(mentions, taken, match.start)
        leader_objects = [m for m in objects if m.is_leader]
        if trigger_type is TriggerType.CALL and _names_not_calls(keys, phrase, match.end, objects):
            continue
        if not subject and leader_objects:
            last = objects[-1].end
            if status is Status.OCCURRED and _has_cue(keys, last, clause[1], _PASSIVE_FUTURE):
                status = Status.PLANNED  # "Talks with X will be held on Monday"
            nominal = phrase.endswith("with") or phrase.startswith(("bilateral", "pull"))
            if protagonist is not None and nominal and trigger_type in (TriggerType.MEET, TriggerType.CALL):
                subject = [protagonist]
        places = [m for m in objects if m.kind in (MentionKind.PLACE, MentionKind.COUNTRY)]
        taken.update(id(m) for m in leader_objects)
        time = _nearest_time(tokens, times, match.start, match.end, clause)
        place = _place_after(mentions, tokens, match.end, clause[1]) or _place_after(
            mentions, tokens, clause[0], match.start
        )
        summit = _summit_for(summits, sidelines, match.start, len(tokens))
        relation = None
        if summit is None and time is None:
            for candidate in summits:
                if clause[0] <= candidate.start < clause[1] and candidate.start > 0:
                    cue = next(
                        (k for k in keys[max(0, candidate.start - 3) : candidate.start] if k in ("before", "after")),
                        None,
                    )
                    if cue:
                        summit, relation = candidate, cue
        template = EventCandidate(
            trigger=phrase,
            trigger_type=trigger_type,
            kind=MeetingKind.MEETING,
            status=status,
            start=match.start,
            end=match.end,
            participants=(),
            time=time,
            summit=summit,
            summit_relation=relation,
            present=phrase.split()[0] in _PRESENT_TENSE,
        )
        if trigger_type is TriggerType.CALL or (
            trigger_type is TriggerType.MEET and calls and phrase.startswith(("spoke", "talk", "speaks"))
        ):
            found += _pairs(subject, leader_objects, attrs.evolve(template, kind=MeetingKind.CALL))
        elif trigger_type is TriggerType.MEET:
            found += _pairs(subject, leader_objects, attrs.evolve(template, place=place))
        elif trigger_type in (TriggerType.SUMMIT, TriggerType.ATTEND):
            span = _clause_bounds(tokens, match.start, lists=True)
            everyone = _dedupe(
                subject + leader_objects + [m for m in _leaders(mentions) if span[0] <= m.start < span[1]]
            )
            gathering = trigger_type is TriggerType.SUMMIT or (
                len(everyone) >= 3 and _has_cue(keys, match.end, min(len(keys), match.end + 8), _GATHERINGS)
            )
            ceremony = _has_cue(keys, match.end, min(len(keys), match.end + 6), _CEREMONIES)
            if trigger_type is TriggerType.ATTEND and ceremony and len(everyone) == 2:
                template = attrs.evolve(template, trigger_type=TriggerType.MEET)  # "attends a dinner hosted by X"
                gathering = True
            if len(everyone) >= 2 and gathering:
                kind = MeetingKind.SUMMIT if len(everyone) >= 3 else MeetingKind.MEETING
                found.append(attrs.evolve(template, kind=kind, participants=tuple(everyone), place=place))
        elif trigger_type is TriggerType.HOST and subject:
            visit = attrs.evolve(template, kind=MeetingKind.VISIT, host=subject[0], place=place)
            found += [attrs.evolve(visit, participants=(subject[0], guest)) for guest in leader_objects]
        elif trigger_type is TriggerType.INVITE and subject:
            if _has_cue(keys, match.end, clause[1], ("visit", "to", "come")):
                visit = attrs.evolve(template, kind=MeetingKind.VISIT, host=subject[0])
                found += [attrs.evolve(visit, participants=(subject[0], guest)) for guest in leader_objects]
        elif trigger_type is TriggerType.VISIT and subject:
            purpose = _has_cue(keys, match.end, clause[1], ("to meet", "to hold talks", "for talks", "to see"))
            visit = attrs.evolve(template, kind=MeetingKind.VISIT, place=place)
            found += _visits(subject[0], leader_objects, places, mentions, phrase, visit, purpose)
    return found


def _names_not_calls(keys: Sequence[str], phrase: str, end: int, objects: Sequence[Mention]) -> bool:
    """'called him a liar', 'called on Tehran to ...': the verb names or urges, it does not phone."""
    if phrase not in ("called", "calls", "call", "calling"):
        return False
    if end < len(keys) and keys[end] in ("on", "for", "upon", "off", "out"):
        return True
    after = objects[0].end if objects else end
    return after < len(keys) and keys[after] in (
        "a",
        "an",
        "the",
        "“",
        '"',
        "‘",
        "his",
        "her",
        "its",
        "their",
        "one",
        "as",
    )


def _sentence_subject(mentions: Sequence[Mention], taken: set[int], before: int) -> list[Mention]:
    people = [m for m in _persons(mentions) if m.start < before and id(m) not in taken]
    return people[:1]


def _place_after(mentions: Sequence[Mention], tokens: Sequence[Token], position: int, limit: int) -> Mention | None:
    """The first place or country after ``in``/``at`` within ``position:limit``."""
    for mention in mentions:
        located = mention.start > 0 and tokens[mention.start - 1].key in ("in", "at")
        if position <= mention.start < limit and mention.kind in (MentionKind.PLACE, MentionKind.COUNTRY) and located:
            return mention
    return None


def _summit_for(summits: Sequence[SummitMention], sidelines: bool, position: int, limit: int) -> SummitMention | None:
    """The summit a meeting belongs to: one named after the trigger, or any in a sidelines sentence."""
    after = [s for s in summits if s.start >= position]
    if after:
        return after[0]
    return summits[-1] if sidelines and summits else None


def _dedupe(mentions: Sequence[Mention]) -> list[Mention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            out.append(mention)
    return out


def _pairs(subject: list[Mention], objects: list[Mention], template: EventCandidate) -> list[EventCandidate]:
    """One bilateral candidate per subject-object pair; a group subject alone meets itself."""
    if subject and objects:
        if len(subject) > 1:  # "A and B held a video call with C": one meeting of three
            return [attrs.evolve(template, participants=tuple(_dedupe(subject + objects)))]
        return [attrs.evolve(template, participants=(subject[0], other)) for other in objects]
    group = subject if len(subject) >= 2 else [m for m in subject if m.plural or len(m.antecedents) >= 2]
    return [attrs.evolve(template, participants=tuple(group))] if group else []


def _visits(
    visitor: Mention,
    leader_objects: list[Mention],
    places: list[Mention],
    mentions: Sequence[Mention],
    phrase: str,
    visit: EventCandidate,
    purpose: bool = False,
) -> list[EventCandidate]:
    """Visits to the leaders named, to a place with a leader of its country named, or to a place's leader.

    A bare trip ("flew to Paris") names no counterpart; a visit ("visited
    India") or a trip "to meet" implies the host country's leader.
    """
    if leader_objects:
        where = visit.place or (places[0] if places else None)
        return [attrs.evolve(visit, participants=(visitor, other), host=other, place=where) for other in leader_objects]
    if not places:
        return []
    if phrase in _TRAVEL and purpose:
        return [
            attrs.evolve(visit, participants=(visitor,), host=place, implicit_host=True, place=place)
            for place in places
        ]
    destination = places[0]
    hosts = [
        m
        for m in _leaders(mentions)
        if m is not visitor and m.country == destination.country and m.kind is not MentionKind.PRONOUN
    ]
    if hosts:
        return [attrs.evolve(visit, participants=(visitor, hosts[0]), host=destination, place=destination)]
    if phrase in _TRAVEL:
        return []  # a bare trip names no counterpart
    return [attrs.evolve(visit, participants=(visitor,), host=destination, implicit_host=True, place=destination)]


def find_summits(
    tokens: Sequence[Token], mentions: Sequence[Mention], times: Sequence[TimeExpression], words: Lexicon
) -> list[SummitMention]:
    """Summits named in a sentence: "the SCO summit in Astana", "a summit of the Group of 20", "the summit"."""
    found: list[SummitMention] = []
    orgs = [m for m in mentions if m.kind is MentionKind.ORGANIZATION]
    for i, token in enumerate(tokens):
        if token.key not in ("summit", "summits") and not (
            token.key in words.summit_words and i > 0 and any(o.end in (i, i - 1) for o in orgs)
        ):
            continue
        org = next((o for o in orgs if 0 <= i - o.end <= 2), None)
        if org is None:
            org = (
                next((o for o in orgs if 0 < o.start - i <= 4 and tokens[i + 1].key == "of"), None)
                if i + 1 < len(tokens)
                else None
            )
        start = org.start if org is not None and org.start < i else i
        end = max(i + 1, org.end if org is not None else 0)
        place = _place_after(mentions, tokens, end, min(len(tokens), end + 12))
        usable = [t for t in times if t.relation is None and t.cited is None]
        time = next((t for t in usable if 0 <= t.start - end <= 8), None)
        if time is None and org is None:  # an ad hoc summit is dated by its clause: "Yesterday, he held a mini-summit"
            clause = _clause_bounds(tokens, i)
            time = next((t for t in usable if clause[0] <= t.start < clause[1]), None)
        if org is not None:
            name = f"{org.organization} summit"
            found.append(
                SummitMention(start=start, end=end, name=name, organization=org.organization, place=place, time=time)
            )
        elif i > 0 and tokens[i - 1].key in ("the", "that", "this", "these"):
            found.append(SummitMention(start=i - 1, end=end, name="summit", place=place, time=time, anaphoric=True))
        elif i > 0 and tokens[i - 1].key in ("mini", "trilateral", "emergency", "special", "regional", "peace"):
            topic = _topic(tokens, end)
            name = (
                f"{tokens[i - 1].text.lower()}-summit"
                if tokens[i - 1].key == "mini"
                else f"{tokens[i - 1].text.lower()} summit"
            )
            found.append(SummitMention(start=i - 1, end=end, name=name + topic, place=place, time=time))
    return found


def _topic(tokens: Sequence[Token], end: int) -> str:
    if end + 1 < len(tokens) and tokens[end].key == "on" and tokens[end + 1].capitalised:
        return f" on {tokens[end + 1].text}"
    return ""
