"""Summits a sentence names, and where a meeting took place: its stated place and the summit it belongs to.

:func:`find_summits` reads "the SCO summit in Astana", "a summit of the
Group of 20", "during the SCO", "NATO leaders gathered", "the ASEAN-GCC
summit", "a mini-summit on Syria" and "the summit" (the one named last).
The ``place.*`` and ``summit.*`` rules tie a trigger to them.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence

import attrs

from ..knowledge import MODERN_FROM, KnowledgeBase
from ..lexicon import (
    AUXILIARIES,
    MONTHS,
    NUMBER_WORDS,
    OWNERS,
    POSSESSIVE_MARKS,
    SUMMIT_HEADS,
    VISIT_MODIFIERS,
    WEEKDAYS,
    Lexicon,
    TriggerType,
    ordinal,
)
from ..mentions import Mention, MentionKind
from ..model import Status
from ..rules import Phase, rule
from ..segment import Token, hyphenated
from ..syntax import ByStart, Clauses, conjunct_between, token_keys
from ..timex import TimeExpression, TimeKind, year_of
from .candidates import EventCandidate, SummitMention
from .context import PLACE_KINDS, Reading, SentenceContext, cue_keys, located
from .grammar import after_article, cue_before, opens, past_modifiers, where

__all__ = ["CONFERENCE", "find_summits", "names_earlier_conference", "sentence_status", "setting_status"]

#: The rule of a one-off summit its place names ("the Reykjavik summit").
CONFERENCE = "summit.conference"

_SUMMIT_PLACE_REACH = 6  # "the SCO summit in Astana", "the summit of the G20 on Saturday in Rome"
_SUMMIT_TIME_REACH = 9  # "the G20 summit in Rio de Janeiro on Monday", within its clause
_BEFORE_REACH = 8  # "on July 13 at the summit": a time this close before the summit's name
_PLACES = (MentionKind.PLACE, MentionKind.COUNTRY)
_DESTINATION_MODIFIERS = 4  # words between a visitor's possessive and the country of the visit: "her first official"
#: Words between a visitor's possessive and the country a visit noun goes to: "Modi's first official China visit".
_VISIT_MODIFIERS = frozenset(
    {"first", "second", "third", "maiden", "official", "planned", "upcoming", "recent", "next"}
)
_VISITORS = POSSESSIVE_MARKS | OWNERS  # what stands for a visit's visitor before its country: "Modi's", "her"
_AD_HOC = ("mini", "trilateral", "emergency", "special", "regional", "peace")  # "a mini-summit", "a peace summit"
_VENUE_PREPOSITIONS = ("from", "at", "for", "to", "after", "before", "during", "of")  # "takeaways from the G20 in X"
_SERIES = (MentionKind.ORGANIZATION, MentionKind.GROUP)  # "the Quad summit", "the Quad Leaders' Summit"
_SEQUELS = ("following", "next", "previous", "last", "latest", "subsequent")  # "the following summit"
_SEQUEL_OPENERS = ("the", "'s", "’s", "its")  # "the following summit", "the group's most recent summit"


def sentence_status(
    tokens: Sequence[Token], words: Lexicon, position: int | None = None, *, keys: Sequence[str] | None = None
) -> Status | None:
    """The status a sentence's cues give a summit it names; ``None`` when they say nothing.

    With ``position`` (where the summit is named), only its clause up to the
    commas around it counts: in "When NATO leaders gathered in July, X met Y
    and agreed to ...", the plan is not the summit's. ``keys``, if given, are
    the tokens' keys (:attr:`~diplomacy_events.segment.Sentence.keys`).

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.segment import tokenize
    >>> sentence_status(tokenize("The summit will open in Kazan."), default_lexicon())
    <Status.PLANNED: 'planned'>
    """
    keys = cue_keys(tokens, (), keys=keys)
    low, high = 0, len(keys)
    if position is not None:
        if words.summit_ahead.found(keys, max(0, position - 4), position):
            return None  # "to coordinate ahead of the NATO summit": past talks, a summit still to come
        low, high = Clauses(tokens).bounds(position)
        low = max((i + 1 for i in range(low, position) if keys[i] == ","), default=low)
        high = next((i for i in range(position, high) if keys[i] == ","), high)
    if words.planned_cues.found(keys, low, high):
        return Status.PLANNED
    return Status.OCCURRED if words.summit_past_words.intersection(keys[low:high]) else None


def called_off(
    tokens: Sequence[Token], words: Lexicon, summit: SummitMention, *, keys: Sequence[str] | None = None
) -> bool:
    """Whether the words right after a summit's name call it off ("Arab Summit Called Off After ..."), or a few
    words on say it never met ("..., and it was never held").

    ``keys``, if given, are the tokens' keys (:attr:`~diplomacy_events.segment.Sentence.keys`).

    >>> from diplomacy_events import default_knowledge
    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.mentions import Gazetteer
    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("G20 Summit Postponed Over Storm")
    >>> mentions = Gazetteer.for_knowledge(default_knowledge()).mentions(tokens)
    >>> [called_off(tokens, default_lexicon(), s) for s in find_summits(tokens, mentions, [], default_lexicon())]
    [True]
    """
    reach = summit.end + _NEVER_REACH
    after = [t.key for t in tokens[summit.end : reach]] if keys is None else keys[summit.end : reach]
    if words.called_off.last(after, 0, _CALLED_OFF_REACH).get("cue") == 0:
        return True
    # "boycotts the SAARC summit due in Islamabad, and it is never held": a "never" cue a little further on
    return "never" in after and words.called_off.found(after, 0, len(after))


_CALLED_OFF_REACH = 4  # "has been called off": the longest cue after a summit's name
_NEVER_REACH = 10  # "(the summit) due in Islamabad, and it is never held": where a "never" cue may stand


def find_summits(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    words: Lexicon,
    *,
    keys: Sequence[str] | None = None,
) -> list[SummitMention]:
    """Summits named in a sentence: "the SCO summit in Astana", "a summit of the Group of 20", "the summit".

    ``keys``, if given, are the tokens' keys (:attr:`~diplomacy_events.segment.Sentence.keys`).

    >>> from diplomacy_events import default_knowledge
    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.mentions import Gazetteer
    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("Leaders met at the SCO summit in Astana.")
    >>> mentions = Gazetteer.for_knowledge(default_knowledge()).mentions(tokens)
    >>> [(s.name, s.place.text) for s in find_summits(tokens, mentions, [], default_lexicon())]
    [('SCO summit', 'Astana')]
    """
    # "the Caribbean leaders" (a region's word), "the two NATO leaders": leaders named before, no series that meets
    series = [m for m in mentions if m.kind in _SERIES and not m.regional and m.size != 2]
    keys = token_keys(tokens) if keys is None else keys
    if not series and _HEADS_OR_POSSESSIVES.isdisjoint(keys):
        return []  # the common case, settled in C: no series, no summit word, no "last year's meeting"
    return _summits(tokens, mentions, series, times, words, keys)


def _summits(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    series: Sequence[Mention],
    times: Sequence[TimeExpression],
    words: Lexicon,
    keys: Sequence[str],
) -> list[SummitMention]:
    """The summits of :func:`find_summits` read the long way (``series``: the mentions of organizations and
    groups)."""
    ending: dict[int, Mention] = {}
    starting: dict[int, Mention] = {}
    for mention in series:
        ending.setdefault(mention.end, mention)
        starting.setdefault(mention.start, mention)
    heads = _heads(keys, ending, words)
    named = set(heads)
    gathered = [  # "during the SCO", "on the sidelines of the G20", "NATO leaders gathered"
        m
        for m in starting.values()
        if (
            _during(keys, m.start, words.summit_modifiers)
            or _convene(tokens, m, words.convene_verbs)
            or _gathering_named(tokens, m, words)
        )
        and not {m.end, m.end + 1} & named
    ]
    cities = {m.start for m in mentions if m.city} if starting else set()
    at_venue = [  # "takeaways from the G20 in Osaka": the series' meeting there, if it met there then
        m
        for m in starting.values()
        if m not in gathered
        and not {m.end, m.end + 1} & named
        and m.end + 1 < len(tokens)
        and m.end + 1 in cities
        and (_after_venue_words(tokens, m) or _listed_venue(tokens, m))
    ]
    convened = [  # "the Supreme Eurasian Economic Council will meet in Nur-Sultan": the body its summits are
        m
        for m in starting.values()
        if m not in gathered and m not in at_venue and _body_meets(tokens, m, words.convene_verbs)
    ]
    trips = [  # "goes to Rio for the G20", "flew to the G20": a trip to the series' meeting
        (m, trip[1])
        for m in starting.values()
        if m not in gathered and m not in at_venue and not {m.end, m.end + 1} & named
        for trip in [_trip_to(tokens, mentions, m.start, words)]
        if trip[0]
    ]
    dated = [  # "last year's meeting in Australia": an edition of the series named before, by its time
        t
        for t in times
        if t.relation is None
        and t.cited is None
        and t.end + 1 < len(tokens)
        and tokens[t.end].key in ("'s", "’s")
        and tokens[t.end + 1].key in ("meeting", "summit")
    ]
    if not heads and not gathered and not at_venue and not convened and not trips and not dated:
        return []
    places = ByStart(m for m in mentions if m.kind in PLACE_KINDS and located(m, tokens, words.topic_words))
    usable = ByStart(t for t in times if t.relation is None and t.cited is None and not t.pivot)
    found = [_gathered(series, tokens, keys, places, usable, words) for series in gathered]
    for m in at_venue:
        venue = _gathered(m, tokens, keys, places, usable, words)
        city = venue.place or next((c for c in mentions if c.start == m.end + 1 and c.city), None)
        rule_id = "summit.listed-venue" if _listed_venue(tokens, m) else "summit.venue"
        found.append(attrs.evolve(venue, place=city, venue=True, rule=rule_id))
    found += [
        attrs.evolve(_gathered(m, tokens, keys, places, usable, words), venue=True, rule="summit.convened")
        for m in convened
    ]
    for m, place in trips:
        trip = _gathered(m, tokens, keys, places, usable, words)
        found.append(attrs.evolve(trip, place=place or trip.place, venue=True, rule="summit.trip"))
    for i in heads:
        summit = _headed(i, tokens, keys, mentions, ending, starting, places, usable, words)
        if summit is not None:
            found.append(summit)
    for time in dated:
        end = time.end + 2
        place = where(places.between(end, min(len(tokens), end + _SUMMIT_PLACE_REACH)))
        found.append(
            SummitMention(
                start=time.start, end=end, name="summit", place=place, time=time, sequel="dated", rule="summit.edition"
            )
        )
    return sorted(found, key=lambda s: s.start)


#: The shapes of summit mentions :func:`find_summits` reads, registered as rules: (id, description, example).
_SHAPES = (
    (
        "summit.series",
        "A summit of a series: 'the G20 summit', 'a summit of the G20', 'their annual summit' (of the organization "
        "named before), 'wrapping up a two-day summit' after 'leaders of the SCO'.",
        "Modi flew to Rio de Janeiro for the G20 summit on Monday.",
    ),
    (
        "summit.gathered",
        "An organization standing for its summit: 'during the SCO', 'on the sidelines of the G20', 'NATO leaders "
        "gathered in Vilnius'.",
        "NATO leaders gathered in Vilnius on Tuesday.",
    ),
    (
        "summit.joint",
        "A summit of two organizations, or of one with a country: 'the ASEAN-GCC summit', 'the China-CELAC summit' "
        "(not an outreach summit: 'the BRICS-BIMSTEC Outreach Summit' is the first one's, the other its guests).",
        "Anwar chaired the ASEAN-GCC summit in Kuala Lumpur on Tuesday.",
    ),
    (
        "summit.anaphoric",
        "'The summit', 'this summit': the summit named last.",
        "Xi hosted the SCO summit in Tianjin. Modi met Putin at the summit.",
    ),
    (
        "summit.possessive",
        "A person's summit ('hosting his last summit', 'her first summit', 'their summit'): the summit named last.",
        "Mercosur closed a summit in Montevideo on Friday. Lacalle Pou, hosting his last summit, welcomed Milei and "
        "Lula.",
    ),
    (
        "summit.ad-hoc",
        "An ad hoc summit: 'a mini-summit on Syria', 'a trilateral summit', 'an emergency summit'.",
        "Erdogan held a mini-summit on Syria in Istanbul on Saturday.",
    ),
    (
        "summit.countries",
        "A summit named by the countries whose leaders meet ('the Japan-China-ROK Trilateral Summit', 'the "
        "Russia-Iran-Turkey summit', 'a summit between Iran, Brazil and Turkey').",
        "Putin flew to Tehran for the Russia-Iran-Turkey summit on Tuesday.",
    ),
    (
        "summit.venue",
        "An organization in a city where it met ('takeaways from the G20 in Osaka'): its summit there, if the "
        "knowledge base records one then.",
        "Five takeaways from the G20 in Osaka.",
    ),
    (
        "summit.titled",
        "A summit titled by one word the knowledge base does not list ('the Amazon summit', 'the ocean summit'): a "
        "gathering of its own, which a meeting before it only prepares; the knowledge base knowing nothing of it, it "
        "makes no summit record.",
        "Lula met Petro on Saturday to prepare the Rainforest summit in Manaus in October.",
    ),
    (
        "summit.edition",
        "'The following summit', 'the next summit', 'the inaugural Infrastructure Summit', 'last year's meeting in "
        "Australia': an edition of the series named before.",
        "Ruto attended the NCIP summit in Kigali. The following summit was held in Kampala.",
    ),
)
for _id, _description, _example in _SHAPES:
    rule(_id, Phase.SENTENCE, _description, _example)(find_summits)
rule(
    CONFERENCE,
    Phase.SENTENCE,
    "A summit named by its place ('the Reykjavik summit', 'the 1985 Geneva summit'): the one-off summit the "
    "knowledge base records there (conferences.json), else none; see summit.conference-record.",
    "Bush and Gorbachev declared the Cold War over at the Malta summit.",
    published="1990-01-05",
)(find_summits)


@rule(
    "summit.same-format",
    Phase.SENTENCE,
    "An edition of no series ('the first summit', 'the previous summit of the trio', 'the group's most recent "
    "summit') after a summit named by its countries is one of the same format: a meeting of those countries' "
    "leaders of its own day.",
    "Ruto flew to Arusha for the Tripartite Summit (Kenya, Tanzania, Uganda). The previous summit took place in "
    "Kampala in March 2021.",
)
def same_format(
    summits: Sequence[SummitMention], countries: tuple[str, ...]
) -> tuple[list[SummitMention], tuple[str, ...]]:
    """The summits of a sentence with an edition of no series given the countries of the format named before
    (``countries``), and the countries of the format named last.

    >>> sequel = SummitMention(start=1, end=2, name="summit", sequel="previous")
    >>> [s.countries for s in same_format([sequel], ("KEN", "TZA", "UGA"))[0]]
    [('KEN', 'TZA', 'UGA')]
    """
    found = []
    for summit in summits:
        if summit.countries:
            countries = summit.countries
        elif countries and summit.organization is None and (summit.sequel or summit.edition):
            summit = attrs.evolve(summit, countries=countries, leaders=True, rule="summit.same-format")
        found.append(summit)
    return found, countries


def _heads(keys: Sequence[str], ending: dict[int, Mention], words: Lexicon) -> list[int]:
    """Where summit words stand: "summit" anywhere, another summit word just after an organization."""
    heads = (
        []
        if _HEAD_WORDS.isdisjoint(keys)  # the common case, settled in C
        else [
            i
            for i, key in enumerate(keys)
            if key in SUMMIT_HEADS or (key == "gathering" and i > 0 and keys[i - 1] == "the")
        ]
    )
    if ending:
        after_org = {i for e in ending for i in (e, e + 1) if i < len(keys) and keys[i] in words.summit_words}
        heads = sorted(after_org.union(heads))
    return heads


_HEAD_WORDS = SUMMIT_HEADS | {"gathering"}
#: What a sentence must hold to name a summit with no series named: a summit word, or a possessive ("last year's
#: meeting"); one scan of its keys in C, where a membership test of a list compares every key.
_HEADS_OR_POSSESSIVES = _HEAD_WORDS | {"'s", "’s"}


def _gathered(
    series: Mention,
    tokens: Sequence[Token],
    keys: Sequence[str],
    places: ByStart[Mention],
    usable: ByStart[TimeExpression],
    words: Lexicon,
) -> SummitMention:
    """An organization standing for its summit: "during the SCO", "NATO leaders gathered in Vilnius"."""
    end = series.end
    place = where(places.between(end, min(len(tokens), end + _SUMMIT_PLACE_REACH)))
    time, time_rule = _summit_time(usable, keys, series.start, end), ""
    setting = _framed(keys, series.start, words)
    if time is None and setting:
        time, time_rule = _frame_time(usable, keys, series.start) or (None, "")
    return SummitMention(
        start=series.start,
        end=end,
        name=f"{series.organization} summit",
        organization=series.organization,
        place=place,
        time=time,
        rule="summit.gathered",
        time_rule=time_rule,
        setting=setting,
    )


def _headed(
    i: int,
    tokens: Sequence[Token],
    keys: Sequence[str],
    mentions: Sequence[Mention],
    ending: dict[int, Mention],
    starting: dict[int, Mention],
    places: ByStart[Mention],
    usable: ByStart[TimeExpression],
    words: Lexicon,
) -> SummitMention | None:
    """The summit a summit word at ``i`` names: of a series, joint, of countries, anaphoric or ad hoc."""
    org, owner = _series_of(i, tokens, ending, starting, words)
    start = owner if owner is not None and org is not None else org.start if org is not None and org.start < i else i
    end = max(i + 1, org.end if org is not None else 0)
    after = _past_aside(keys, end)  # "the next summit (its first face to face) took place in Tokyo"
    place = where(places.between(after, min(len(tokens), after + _SUMMIT_PLACE_REACH)))
    partner = _joined(org, mentions, tokens) if org is not None else None
    if partner is not None and i > 0 and keys[i - 1] in words.summit_outreach:
        partner = None  # "the BRICS-BIMSTEC Outreach Summit": the first organization's summit, the other its guests
    opening = min(start, partner.start) if partner is not None else start
    time, time_rule = _summit_time(usable, keys, start, end, after, places), ""
    cut = _clause_cut(keys, after)
    if time is None and cut is not None and usable.between(cut, min(len(keys), after + _CUT_REACH)):
        time_rule = "date.summit-clause"  # "the SCO summit in Astana, where on Friday he ...": no time of its own
    time = time or _time_before(usable, keys, opening)
    setting = org is not None and partner is None and _framed(keys, opening, words)
    if time is None and setting:
        time, time_rule = _frame_time(usable, keys, opening) or (None, time_rule)
    if time is None and (org is None or partner is not None):
        # an ad hoc or joint summit, which no series dates, is dated by its clause: "Yesterday, he held a
        # mini-summit", "On Monday, September 25, the President will host the U.S.-Pacific Islands Forum Summit"
        time = _clause_time(usable, Clauses(tokens).bounds(i), i)
    if org is not None and partner is not None:  # "the ASEAN-GCC summit": a joint summit, no series of either
        first, second = sorted((org, partner), key=lambda m: m.start)
        name = f"{first.organization or first.text}-{second.organization or second.text} summit"
        leaders = MentionKind.GROUP in (first.kind, second.kind)
        return SummitMention(
            start=first.start,
            end=end,
            name=name,
            place=place,
            time=time,
            joint=True,
            leaders=leaders,
            rule="summit.joint",
        )
    if org is not None:
        edition = ordinal(tokens[opening - 1].key) if opening > 0 else None
        edition = edition if edition is not None else ordinal(tokens[i - 1].key)
        if end < len(tokens) and tokens[end].key == "since":
            edition = None  # "the first summit since the bloc doubled": the first in a while, not the first edition
        return SummitMention(
            start=start,
            end=end,
            name=f"{org.organization} summit",
            organization=org.organization,
            place=place,
            time=time,
            leaders=org.kind is MentionKind.GROUP,
            edition=edition,
            rule="summit.series",
            time_rule=time_rule,
            setting=setting,
        )
    return _unnamed(i, tokens, mentions, end, place, time, words.summit_topics)


def _series_of(
    i: int, tokens: Sequence[Token], ending: dict[int, Mention], starting: dict[int, Mention], words: Lexicon
) -> tuple[Mention | None, int | None]:
    """The organization a summit word at ``i`` belongs to, and where "their"/"its" names it, if they do.

    "the G20 summit", "the SCO's summit", "a summit of the G20", "the
    Shanghai Cooperation Summit (SCO)", "their annual summit" (the
    organization named before), "wrapping up a two-day summit" (after
    "Leaders of the SCO").
    """
    org = next((ending[e] for e in (i - 2, i - 1, i) if e in ending), None)
    if org is not None and org.start > 0 and tokens[org.start - 1].key == "(":  # "Gulf Cooperation Council (GCC)"
        spelled = ending.get(org.start - 1)
        org = spelled if spelled is not None and spelled.organization == org.organization else org
    if org is None and i + 1 < len(tokens) and tokens[i + 1].key == "of":
        # "a summit of the G20"; "the Summit of the Americas": a series whose name begins with its summit word
        org = next((starting[s] for s in range(i, i + 5) if s in starting), None)
    if org is None and i + 2 < len(tokens) and tokens[i + 1].key == "(" and i + 2 in starting:
        org = starting[i + 2]  # "the Shanghai Cooperation Summit (SCO)": the series in brackets
    owner = _possessor(tokens, i, words.summit_modifiers) if org is None else None
    if owner is not None:  # "Leaders of the BRICS countries gather for their annual summit"
        org = next((m for m in reversed(starting.values()) if m.end <= owner), None)
    elif org is None and after_article(tokens, i) and tokens[i - 1].key not in ("the", "that", "this"):
        # "Leaders of the SCO admitted Belarus, wrapping up a two-day summit": their organization's summit; "...,
        # as Mercosur closed a two-day summit": the summit its organization held
        holding = words.summit_holding_verbs
        org = next(
            (
                m
                for m in starting.values()
                if m.end <= i
                and (_leaders_of(tokens, m) or (i - m.end <= _HELD_REACH and tokens[m.end].key in holding))
            ),
            None,
        )
    return org, owner


_HELD_REACH = 5  # words from an organization to the summit its verb holds: "ASEAN closed a two-day summit"


def _unnamed(
    i: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    end: int,
    place: Mention | None,
    time: TimeExpression | None,
    topics: frozenset[str],
) -> SummitMention | None:
    """A summit of no series: of the countries named before it, the one told before, an ad hoc one, a sequel, or
    one titled by a word of its own (``topics``: the lower-case words that may title one)."""
    countries = (
        _countries_before(tokens, mentions, i)
        or _countries_listed(tokens, mentions, end)
        or _countries_between(tokens, mentions, end)
    )
    if countries:  # "the Japan-China-ROK Trilateral Summit": a summit of those countries' leaders
        name = "-".join(m.text for m in countries) + " summit"
        codes = tuple(dict.fromkeys(m.country for m in countries if m.country))
        return SummitMention(
            start=min(countries[0].start, i),
            end=end,
            name=name,
            place=place,
            time=time,
            leaders=True,
            countries=codes,
            rule="summit.countries",
        )
    before = tokens[i - 1].key if i > 0 else ""
    determiner = past_modifiers(tokens, i)  # "the one-day summit", "the upcoming summit"
    if determiner is not None and tokens[determiner].key in ("the", "that", "this", "these"):
        return SummitMention(
            start=determiner, end=end, name="summit", place=place, time=time, anaphoric=True, rule="summit.anaphoric"
        )
    owner = _possessed(tokens, i)
    if owner is not None:  # "hosting his last summit": the summit named last
        return SummitMention(
            start=owner, end=end, name="summit", place=place, time=time, anaphoric=True, rule="summit.possessive"
        )
    if before in _AD_HOC:
        written = tokens[i - 1].text.lower()
        name = (f"{written}-summit" if before == "mini" else f"{written} summit") + _topic(tokens, end)
        return SummitMention(start=i - 1, end=end, name=name, place=place, time=time, rule="summit.ad-hoc")
    return (
        _sequel(tokens, i, end, place, time)
        or _placed(i, tokens, mentions, end, time)
        or _titled(i, tokens, mentions, end, place, time, topics)
    )


def _titled(
    i: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    end: int,
    place: Mention | None,
    time: TimeExpression | None,
    topics: frozenset[str],
) -> SummitMention | None:
    """ "The Amazon summit", "the ocean summit": a gathering titled by one word the knowledge base does not list
    (a capitalised word no mention holds, or a topic of the lexicon's ``summit_topics``), not by a modifier.

    >>> from diplomacy_events.segment import tokenize
    >>> _titled(4, tokenize("flew to the Amazon summit"), [], 5, None, None, frozenset()).name
    'Amazon summit'
    >>> _titled(2, tokenize("for the Next Summit"), [], 3, None, None, frozenset()) is None
    True
    """
    if i < 2 or tokens[i - 2].key != "the":
        return None
    word = tokens[i - 1]
    if not word.key.isalpha() or word.key in _NOT_TITLES or word.key in MONTHS or word.key in WEEKDAYS:
        return None  # "the June summit", "Sunday's summit": a time, no title
    if ordinal(word.key) is not None:
        return None
    if not (word.capitalised and all(m.end != i for m in mentions)) and word.key not in topics:
        return None
    return SummitMention(
        start=i - 2, end=end, name=f"{word.text} summit", place=place, time=time, titled=True, rule="summit.titled"
    )


def names_earlier_conference(keys: Sequence[str], knowledge: KnowledgeBase, anchor: dt.date | None) -> bool:
    """Whether a sentence names by its place a one-off summit of the years before 2000: one the place names on the
    publication date ``anchor`` ("the Reykjavik summit"), or the year before it says so ("the 1985 Geneva
    summit"); its leaders are those a text of later years does not otherwise look for.

    >>> import datetime
    >>> from diplomacy_events import default_knowledge
    >>> kb, day = default_knowledge(), datetime.date(2023, 1, 10)
    >>> names_earlier_conference(["at", "the", "reykjavik", "summit"], kb, day)
    True
    >>> names_earlier_conference(["at", "the", "madrid", "summit"], kb, day)  # NATO met in Madrid in 2022
    False
    >>> names_earlier_conference(["the", "1991", "madrid", "summit"], kb, day)
    True
    """
    if anchor is None or SUMMIT_HEADS.isdisjoint(keys):
        return False  # most sentences
    places = knowledge.conference_places(before=MODERN_FROM)
    for i, key in enumerate(keys):
        if key not in SUMMIT_HEADS:
            continue
        for size in _PLACE_WORDS:
            place = " ".join(keys[i - size : i]) if i >= size else ""
            if place not in places:
                continue
            year = keys[i - size - 1] if i > size else ""
            if year.isdigit() and len(year) == _YEAR_DIGITS:
                return int(year) < MODERN_FROM.year  # "the 1985 Geneva summit"
            found = knowledge.latest_conference(place, anchor)
            if found is not None and found.date.start < MODERN_FROM:
                return True
    return False


_PLACE_WORDS = (1, 2)  # words of a place before its summit word: "Reykjavik", "Camp David"
_YEAR_DIGITS = 4  # a year before the place: "the 1985 Geneva summit"


def _placed(
    i: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    end: int,
    time: TimeExpression | None,
) -> SummitMention | None:
    """A summit named by the place right before its summit word ("the Reykjavik summit", "the 1985 Geneva
    summit"): a one-off summit there, if the knowledge base records one (see
    :meth:`~diplomacy_events.knowledge.KnowledgeBase.conferences`)."""
    place = next((m for m in mentions if m.end == i and m.kind in PLACE_KINDS), None)
    if place is None:
        return None
    year = _modifier_year(tokens, place.start - 1)
    return SummitMention(
        start=place.start, end=end, name=f"{place.text} summit", place=place, time=year or time, rule=CONFERENCE
    )


def _modifier_year(tokens: Sequence[Token], i: int) -> TimeExpression | None:
    """A year that modifies the name after it ("the 1985 Geneva summit"), which no preposition makes a time.

    >>> from diplomacy_events.segment import tokenize
    >>> _modifier_year(tokenize("the 1985 Geneva summit"), 1).year, _modifier_year(tokenize("the 15 members"), 1)
    (1985, None)
    """
    year = year_of(tokens[i]) if i >= 0 else None
    if year is None:
        return None
    return TimeExpression(start=i, end=i + 1, kind=TimeKind.YEAR, year=year, text=tokens[i].text)


_FINAL = frozenset({"last", "final", "first"})  # "hosting his last summit", "attending her first summit"


def _possessed(tokens: Sequence[Token], i: int) -> int | None:
    """Where "his summit", "her final summit" starts before the summit word at ``i``, if it is one.

    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("hosting his last summit")
    >>> _possessed(tokens, 3), _possessed(tokens[:1] + tokens[3:], 1)
    (1, None)
    """
    j = i - 1 if i > 0 and tokens[i - 1].key in _FINAL else i
    return j - 1 if j > 0 and tokens[j - 1].key in OWNERS else None


def _sequel(
    tokens: Sequence[Token], i: int, end: int, place: Mention | None, time: TimeExpression | None
) -> SummitMention | None:
    """ "The following summit", "the inaugural Infrastructure Summit": an edition of the series named before."""
    j = i - 1
    while j > 0 and tokens[j].capitalised and tokens[j].key.isalpha() and ordinal(tokens[j].key) is None:
        j -= 1  # "the inaugural Infrastructure Summit": the edition's own name
    if j >= 2 and tokens[j].key == "recent" and tokens[j - 1].key == "most":
        j -= 1  # "the group's most recent summit": its latest
    if j < 1 or tokens[j - 1].key not in _SEQUEL_OPENERS:
        return None
    key = "latest" if tokens[j].key == "most" else tokens[j].key
    if key not in _SEQUELS and key != "inaugural" and (ordinal(key) is None or tokens[j - 1].key != "the"):
        return None  # "the first summit", "the sixth summit": an edition; not "his first summit"
    if end < len(tokens) and tokens[end].key in ("between", "with"):
        return None
    return SummitMention(
        start=j - 1,
        end=end,
        name="summit",
        place=place,
        time=time,
        edition=ordinal(key),
        sequel=key if key in _SEQUELS else None,
        rule="summit.edition",
    )


_NAME_FILLERS = frozenset({"trilateral", "quadrilateral", "leaders", "'", "’"})
_NOT_TITLES = frozenset(  # words that modify a summit rather than title it: "the next summit", "the bilateral summit"
    {*_SEQUELS, *_FINAL, *_NAME_FILLERS, "annual", "yearly", "regular", "upcoming", "bilateral", "historic", "summit"}
)


def _countries_before(tokens: Sequence[Token], mentions: Sequence[Mention], head: int) -> list[Mention]:
    """Two or more countries joined by hyphens just before a summit word: "the Japan-China-ROK (trilateral) summit".

    An acronym in brackets after a country ("Republic of Korea (ROK)") is the same country.
    """
    by_end = {m.end: m for m in mentions if m.kind is MentionKind.COUNTRY}
    end = head
    while end > 0:
        if end not in by_end and tokens[end - 1].key in _NAME_FILLERS:
            end -= 1
        elif end >= 3 and tokens[end - 1].key == ")" and tokens[end - 3].key == "(":
            end -= 3  # "Republic of Korea (ROK)": the acronym is the country before it
        else:
            break
    chain: list[Mention] = []
    while end in by_end:
        country = by_end[end]
        if chain and not hyphenated(tokens, chain[0].start):
            break
        chain.insert(0, country)
        end = country.start
    return chain if len({m.country for m in chain}) >= 2 else []


_LIST_REACH = 10  # words between a summit word and the bracketed list of its countries: "of the guarantors of ..."


def _countries_listed(tokens: Sequence[Token], mentions: Sequence[Mention], end: int) -> list[Mention]:
    """Three or more countries listed in brackets soon after a summit word: "the Quadripartite Summit (Angola,
    Rwanda, DRC and Uganda)", "a summit of the three Astana guarantor states (Russia, Iran, Turkey)"."""
    opening = next((j for j in range(end, min(len(tokens), end + _LIST_REACH)) if tokens[j].key == "("), None)
    if opening is None or any(t.key in (",", ";", ".") for t in tokens[end:opening]):
        return []
    countries = sorted(
        (m for m in mentions if m.kind is MentionKind.COUNTRY and m.start > opening), key=lambda m: m.start
    )
    listed: list[Mention] = []
    cursor = opening + 1
    for country in countries:
        if not {t.key for t in tokens[cursor : country.start]} <= ({",", "and", "the"} if listed else {"the"}):
            break
        listed.append(country)
        cursor = country.end
    closed = cursor < len(tokens) and tokens[cursor].key == ")"
    return listed if closed and len({m.country for m in listed}) >= 3 else []


def _countries_between(tokens: Sequence[Token], mentions: Sequence[Mention], end: int) -> list[Mention]:
    """Two or more countries coordinated right after "between" after a summit word: "a summit between Iran, Brazil
    and Turkey", "summitry between Russia and Ukraine"."""
    if end >= len(tokens) or tokens[end].key != "between":
        return []
    listed: list[Mention] = []
    cursor = end + 1
    for country in sorted((m for m in mentions if m.start > end), key=lambda m: m.start):
        if country.kind is not MentionKind.COUNTRY or not {t.key for t in tokens[cursor : country.start]} <= (
            {",", "and", "the"} if listed else {"the"}
        ):
            break
        listed.append(country)
        cursor = country.end
    return listed if len({m.country for m in listed}) >= 2 and "and" in _keys(tokens, end, cursor) else []


def _keys(tokens: Sequence[Token], start: int, end: int) -> set[str]:
    return {t.key for t in tokens[start:end]}


def _joined(org: Mention, mentions: Sequence[Mention], tokens: Sequence[Token]) -> Mention | None:
    """The organization or country hyphenated to ``org``: "ASEAN-GCC", "China-CELAC", "EU-China"."""
    return next(
        (
            m
            for m in mentions
            if m is not org
            and m.kind in (MentionKind.ORGANIZATION, MentionKind.COUNTRY, MentionKind.GOVERNMENT)
            and (
                (m.end == org.start and hyphenated(tokens, org.start))
                or (org.end == m.start and hyphenated(tokens, m.start))
            )
        ),
        None,
    )


def _summit_time(
    usable: ByStart[TimeExpression],
    keys: Sequence[str],
    start: int,
    end: int,
    after: int | None = None,
    places: ByStart[Mention] | None = None,
) -> TimeExpression | None:
    """The time just after a summit's name (and an aside in brackets after it); in an opening phrase, only up to
    its comma; a place's name counts as one word ("took place in Dar es Salaam, Tanzania, on 8 February").

    "the G20 summit in Bali on Tuesday"; but "At the NATO summit in Vilnius,
    Biden met Zelensky on Wednesday" dates the meeting, not the summit.
    """
    base = after or end
    limit = min(base + _SUMMIT_TIME_REACH, len(keys))
    if places is not None:  # "in Rio de Janeiro" is one word of the reach
        limit += sum(p.end - p.start - 1 for p in places.between(base, limit))
    if opens(keys, start):
        limit = min(limit, keys.index(",", end) if "," in keys[end:] else limit)
    limit = min(limit, _clause_cut(keys, base) or limit)
    return next(iter(usable.between(end, limit)), None)


_CLAUSE_OPENERS = frozenset({"and", "but", "while", "where"})  # not "which": its clause is the summit's
_CUT_REACH = _SUMMIT_TIME_REACH + 4  # how far a summit's reach may run: its time reach and a place of a few words


@rule(
    "date.summit-clause",
    Phase.SUMMIT,
    "A summit's own time stops at a comma that opens another clause (', and', ', but', ', while', ', where'): the "
    "time past it is not the summit's.",
    "Xi opened the SCO summit in Astana, and on Friday he met Putin.",
    published="2024-07-08",
)
def _clause_cut(keys: Sequence[str], base: int) -> int | None:
    """Where the clause after a summit's name ends within its time's reach: at a comma that opens another clause
    (", and at the end of December", ", where on Friday").

    >>> _clause_cut(["summit", "in", "astana", ",", "where", "on", "friday"], 1)
    3
    >>> _clause_cut(["summit", "in", "bali", ",", "indonesia", ",", "on", "monday"], 1) is None
    True
    """
    limit = min(len(keys) - 1, base + _CUT_REACH)
    return next((i for i in range(base, limit) if keys[i] == "," and keys[i + 1] in _CLAUSE_OPENERS), None)


_SETTING_PREPOSITIONS = ("during", "at")  # "met during the SCO summit", "met at the SAARC summit"


def _framed(keys: Sequence[str], start: int, words: Lexicon) -> bool:
    """Whether a summit named at ``start`` is a meeting's setting: "on the sidelines of the G7 summit", "on the eve
    of a G20 summit", "during the SCO summit".

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> words = default_lexicon()
    >>> _framed(["on", "the", "sidelines", "of", "the", "two", "day", "g7"], 7, words)
    True
    >>> _framed(["met", "the", "g7"], 2, words), _framed(["during", "the", "annual", "g7"], 3, words)
    (False, True)
    """
    j = _before_modifiers(keys, start, words.summit_modifiers)
    j = j - 1 if j > 0 and keys[j - 1] in ("the", "a", "an") else j
    if j > 0 and keys[j - 1] in _SETTING_PREPOSITIONS:
        return True
    return j > 1 and keys[j - 1] == "of" and keys[j - 2] in words.summit_frames


def _before_modifiers(keys: Sequence[str], start: int, modifiers: frozenset[str]) -> int:
    """Where the words before a summit's name start, across its length and modifiers ("the two-day", "the 16th
    annual"), at most three of them.

    >>> _before_modifiers(["the", "two", "day", "sco"], 3, frozenset()), _before_modifiers(["a", "sco"], 1, frozenset())
    (1, 1)
    """
    j = start
    while j > max(0, start - 3):
        key = keys[j - 1]
        if key == "day" and j > 1 and (keys[j - 2] in NUMBER_WORDS or keys[j - 2].isdecimal()):
            j -= 2  # "the two-day summit"
        elif key in modifiers or ordinal(key) is not None:
            j -= 1
        else:
            break
    return j


_FRAME_REACH = 20  # "In January 2018 the same three men sat down on the margins of": the meeting's time before it


@rule(
    "date.summit-frame",
    Phase.SUMMIT,
    "A summit of a series with no time of its own that is a meeting's setting ('on the sidelines of', 'on the eve "
    "of', 'during') takes the edition at the last time before it in its sentence, if one fits that time, or that "
    "time itself when it lies before the first edition the knowledge base records.",
    "Modi and Xi last met in Samarkand in September 2022, on the sidelines of the SCO summit.",
    published="2024-07-08",
)
def _frame_time(usable: ByStart[TimeExpression], keys: Sequence[str], start: int) -> tuple[TimeExpression, str] | None:
    """The time of the meeting a summit named at ``start`` is the setting of, with the rule that reads it: the last
    time before it in its sentence, not past another summit's name ("met in Samarkand in September 2022, on the
    sidelines of the SCO summit"); the assembler keeps it only where an edition of the series fits it."""
    found = usable.between(max(0, start - _FRAME_REACH), start)
    if not found or not _HEAD_WORDS.isdisjoint(keys[found[-1].end : start]):
        return None
    return found[-1], "date.summit-frame"


@rule(
    "status.summit-setting",
    Phase.SUMMIT,
    "A summit that is a meeting's setting, with a time of its own ('sat down on the margins of the G7 in Hiroshima "
    "on Saturday') and no cue of tense in its clause, takes that meeting's status to read the time.",
    "Kishida and Biden sat down together on the margins of the G7 in Hiroshima on Saturday.",
    published="2023-05-24",
)
def setting_status(summit: SummitMention, candidates: Sequence[EventCandidate]) -> Status | None:
    """The status of the meeting before a summit that is its setting, if any.

    >>> from diplomacy_events.timex import find_times
    >>> from diplomacy_events.segment import tokenize
    >>> saturday = find_times(tokenize("on Saturday"))[0]
    >>> at = SummitMention(start=5, end=6, name="G7 summit", organization="G7", time=saturday, setting=True)
    >>> from diplomacy_events.model import MeetingKind
    >>> met = EventCandidate(
    ...     trigger="met", trigger_type=TriggerType.MEET, kind=MeetingKind.MEETING, status=Status.OCCURRED,
    ...     start=1, end=2, participants=(),
    ... )
    >>> setting_status(at, [attrs.evolve(met, summit=at)]), setting_status(at, [met])
    (<Status.OCCURRED: 'occurred'>, None)
    """
    if not summit.setting or summit.time is None or summit.time_rule:
        return None  # only to read a time of its own: "on Saturday" after it
    return next(
        (
            c.status
            for c in candidates
            if c.summit is summit and c.end <= summit.start and c.summit_relation is None and not c.present
        ),
        None,
    )


def _clause_time(usable: ByStart[TimeExpression], clause: tuple[int, int], head: int) -> TimeExpression | None:
    """The time of an ad hoc summit's clause: the first after its word, else the last before it."""
    times = usable.between(*clause)
    return next((t for t in times if t.start > head), times[-1] if times else None)


def _time_before(usable: ByStart[TimeExpression], keys: Sequence[str], start: int) -> TimeExpression | None:
    """A time right before "at the" summit: "in Helsinki on July 13 at the U.S.-Nordic summit"."""
    found = usable.between(max(0, start - _BEFORE_REACH), start)
    time = found[-1] if found else None
    if time is None or not set(keys[time.end : start]) <= {"at", "for", "the", "a"} or time.end == start:
        return None
    return time


def _past_aside(keys: Sequence[str], end: int) -> int:
    """Where the words after a summit's name go on, past an aside in brackets that follows it at once."""
    if end < len(keys) and keys[end] == "(":
        close = next((i for i in range(end + 1, min(len(keys), end + 8)) if keys[i] == ")"), None)
        if close is not None:
            return close + 1
    return end


def _possessor(tokens: Sequence[Token], head: int, modifiers: frozenset[str]) -> int | None:
    """Where "their"/"its" stands before a summit word, across modifiers ("their annual summit"), if it does."""
    i = head - 1
    while i >= 0 and (tokens[i].key in modifiers or tokens[i].key[:1].isdigit()):
        i -= 1
    return i if i >= 0 and tokens[i].key in ("their", "its") else None


def _leaders_of(tokens: Sequence[Token], org: Mention) -> bool:
    """Whether an organization's leaders are named: "SCO leaders", "leaders of the SCO" (not "Arab leaders")."""
    if org.kind is MentionKind.GROUP:  # "leaders of the SCO", "SCO leaders" (not "Arab leaders")
        first = tokens[org.start + 1] if tokens[org.start].key == "the" else tokens[org.start]
        return first.key in ("leaders", "heads") or first.text.isupper() or any(c.isdigit() for c in first.text)
    if org.end < len(tokens) and tokens[org.end].key == "leaders":
        return org.text.isupper() or any(c.isdigit() for c in org.text)
    before = org.start - 1 if org.start > 0 and tokens[org.start - 1].key == "the" else org.start
    return before > 1 and tokens[before - 1].key == "of" and tokens[before - 2].key == "leaders"


def _after_venue_words(tokens: Sequence[Token], org: Mention) -> bool:
    """Whether an organization stands as "(from) the G20 in (Osaka)"."""
    return (
        tokens[org.end].key == "in"
        and org.start > 1
        and tokens[org.start - 1].key == "the"
        and tokens[org.start - 2].key in _VENUE_PREPOSITIONS
    )


@rule(
    "summit.listed-venue",
    Phase.SENTENCE,
    "A line that opens with an organization and a city after a comma ('G20, Brisbane, this weekend.', 'APEC, "
    "Da Nang, Friday and Saturday.') names the series' meeting there, if it met there then.",
    "G20, Brisbane, this weekend. The Russia question will crowd out the growth agenda.",
    published="2014-11-14",
)
def _listed_venue(tokens: Sequence[Token], org: Mention) -> bool:
    """Whether a sentence opens with an organization, a comma and a city, as a digest lists what comes: "G20,
    Brisbane, this weekend"."""
    return org.start == 0 and tokens[org.end].key == ","


def _gathering_named(tokens: Sequence[Token], series: Mention, words: Lexicon) -> bool:
    """Whether a series whose name is its gathering ("the Belt and Road Forum", "the Summit of the Americas") is
    named as a venue: "at the Belt and Road Forum", "for the Summit of the Americas" (not "the Pacific Islands Forum
    said")."""
    start = series.start
    return (
        (tokens[series.end - 1].key in words.summit_words or tokens[start].key in words.summit_words)
        and start > 1
        and tokens[start - 1].key == "the"
        and tokens[start - 2].key in _VENUE_PREPOSITIONS
    )


_GOING = frozenset({"go", "goes", "went", "going", "gone"})  # "if he goes to the G20": a trip, like a departure


@rule(
    "summit.trip",
    Phase.SENTENCE,
    "An organization a trip is for ('goes to Rio for the G20', 'in New York for the UN General Assembly', 'flew "
    "to the G20'): its summit, where the series met at that place (the one named before 'for').",
    "Everybody flew to Brisbane for the G20.",
    published="2014-11-17",
)
def _trip_to(
    tokens: Sequence[Token], mentions: Sequence[Mention], start: int, words: Lexicon
) -> tuple[bool, Mention | None]:
    """Whether an organization at ``start`` is what a trip is for, and the place the trip goes to ("Rio" in
    "goes to Rio for the G20"; none in "flew to the G20").

    >>> from diplomacy_events import default_knowledge
    >>> from diplomacy_events.lexicon import default_lexicon
    >>> from diplomacy_events.mentions import Gazetteer
    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("Xi goes to Rio for the G20.")
    >>> mentions = Gazetteer.for_knowledge(default_knowledge()).mentions(tokens)
    >>> trip, place = _trip_to(tokens, mentions, 6, default_lexicon())
    >>> trip, place.text if place else None
    (True, 'Rio')
    """
    before = start - 1 if start > 0 and tokens[start - 1].key == "the" else start
    if before < 2:
        return False, None
    key = tokens[before - 2].key
    if tokens[before - 1].key == "to" and (key in words.departures or key in _GOING):
        return True, None
    if tokens[before - 1].key != "for":
        return False, None
    place = next((m for m in mentions if m.end == before - 1 and m.kind in PLACE_KINDS), None)
    return place is not None, place


def _during(keys: Sequence[str], start: int, modifiers: frozenset[str]) -> bool:
    """Whether an organization at ``start`` follows "during (the)" or "sidelines of (the)", across its modifiers
    and an edition's ordinal ("on the sidelines of the Second Belt and Road Forum", "during the 15th UN General
    Assembly").

    >>> _during(["on", "the", "sidelines", "of", "the", "second", "brf"], 6, frozenset({"second"}))
    True
    >>> _during(["during", "the", "15th", "un"], 3, frozenset())
    True
    """
    j = start
    while j > max(0, start - 3) and (keys[j - 1] in modifiers or (keys[j - 1][:1].isdigit() and ordinal(keys[j - 1]))):
        j -= 1
    before = j - 1 if j > 0 and keys[j - 1] == "the" else j
    return (before > 0 and keys[before - 1] == "during") or (
        before > 1 and keys[before - 1] == "of" and keys[before - 2] in ("sidelines", "margins")
    )


def _convene(tokens: Sequence[Token], org: Mention, verbs: frozenset[str]) -> bool:
    """Whether an organization has its leaders gather: "NATO leaders gathered (in Vilnius)"."""
    end = org.end if org.kind is MentionKind.GROUP else org.end + 1  # after "NATO leaders"
    if org.kind is not MentionKind.GROUP and (org.end >= len(tokens) or tokens[org.end].key != "leaders"):
        return False
    verb = end + 1 if end + 1 < len(tokens) and tokens[end].key in AUXILIARIES else end
    return verb < len(tokens) and tokens[verb].key in verbs


_BODIES = frozenset({"council", "assembly", "summit", "conference", "forum"})  # a body whose sitting is a summit


@rule(
    "summit.convened",
    Phase.SENTENCE,
    "A series whose name is the body that sits ('the Supreme Eurasian Economic Council', 'the UN General Assembly') "
    "as the subject of a verb of meeting ('will meet in Nur-Sultan on 29 May', 'convened'): its summit, where the "
    "knowledge base records one of the series then.",
    "The Supreme Eurasian Economic Council will meet in Nur-Sultan on 29 May.",
    published="2019-04-26",
)
def _body_meets(tokens: Sequence[Token], org: Mention, verbs: frozenset[str]) -> bool:
    """Whether an organization named as a body that sits is the subject of a verb of meeting ("the Supreme
    Eurasian Economic Council will meet").

    >>> from diplomacy_events import default_knowledge
    >>> from diplomacy_events.mentions import Gazetteer
    >>> from diplomacy_events.segment import tokenize
    >>> tokens = tokenize("The Supreme Eurasian Economic Council will meet in Minsk.")
    >>> org = Gazetteer.for_knowledge(default_knowledge()).mentions(tokens)[0]
    >>> _body_meets(tokens, org, frozenset({"meet"}))
    True
    """
    if org.kind is not MentionKind.ORGANIZATION or tokens[org.end - 1].key not in _BODIES:
        return False
    verb = org.end + 1 if org.end + 1 < len(tokens) and tokens[org.end].key in AUXILIARIES else org.end
    return verb < len(tokens) and tokens[verb].key in verbs


def _topic(tokens: Sequence[Token], end: int) -> str:
    if end + 1 < len(tokens) and tokens[end].key == "on" and tokens[end + 1].capitalised:
        return f" on {tokens[end + 1].text}"
    return ""


# -- rules: the summit a summit word names --------------------------------------------------------------------------


def _own_summit(context: SentenceContext, reading: Reading) -> SummitMention | None:
    """The summit whose name holds the trigger and says who attends: "the Quad Leaders' Summit"."""
    return next(
        (s for s in context.summits.items if s.leaders and s.start < reading.end and reading.start < s.end), None
    )


@rule(
    "status.named-summit",
    Phase.STATUS,
    "A summit named by its leaders takes the plans of its whole clause ('looked forward to seeing X in Helsinki on "
    "July 13 at the U.S.-Nordic Leaders' Summit').",
    "Biden looked forward to seeing Kristersson in Helsinki on July 13 at the U.S.-Nordic Leaders' Summit.",
    published="2023-07-05",
    only=(TriggerType.SUMMIT,),
)
def _named_summit_status(context: SentenceContext, reading: Reading) -> bool:
    summit = _own_summit(context, reading)
    if summit is None or reading.status is Status.PLANNED:
        return False
    if sentence_status(context.tokens, context.words, summit.start) is not Status.PLANNED:
        return False
    reading.status = Status.PLANNED
    return True


# -- rules: where a meeting took place ------------------------------------------------------------------------------


@rule(
    "place.located",
    Phase.WHERE,
    "A meeting's place is the first place after 'in'/'at' in its clause (one with a city first), after the "
    "trigger up to a ', and' that opens another conjunct, else inside a framed trigger ('was in Berlin for talks "
    "with'), else before it; not one after a topic ('the situation in Syria') or before 's.",
    "Sisi met Tebboune at the presidential palace in Algiers.",
)
def _located(context: SentenceContext, reading: Reading) -> bool:
    clause = reading.clause
    high = _conjunct_end(context.keys, reading.end, clause[1])
    located = context.located
    places = (
        located.between(reading.end, high)
        or located.between(reading.start, reading.end)  # inside a frame: "was in Berlin for talks with X"
        or located.between(clause[0], reading.start)
    )
    reading.place = where(places)
    return reading.place is not None


def _conjunct_end(keys: Sequence[str], low: int, high: int) -> int:
    """Where a ", and" after ``low`` opens another conjunct ("Their talks ended without agreement, and the
    ministers are to meet in Moscow"), else ``high``."""
    if "and" not in keys[low:high]:
        return high
    return next((i for i in range(low, high - 1) if keys[i] == "," and keys[i + 1] == "and"), high)


@rule(
    "place.destination-before",
    Phase.WHERE,
    "A visit noun right after a country, itself after its visitor's possessive and a few modifiers ('Modi's China "
    "visit', 'her first U.S. visit'), goes to that country.",
    "Modi's first China visit in five years began on Monday.",
    only=(TriggerType.VISIT,),
)
def _destination_before(context: SentenceContext, reading: Reading) -> bool:
    if not reading.subject or any(m.kind in _PLACES for m in reading.objects):
        return False
    start, tokens = reading.start, context.tokens
    country = next((m for m in context.mentions.between(max(0, start - 3), start) if m.end == start), None)
    if country is None or country.kind is not MentionKind.COUNTRY:
        return False
    i = country.start - 1
    while i > country.start - _DESTINATION_MODIFIERS and i >= 0 and tokens[i].key in VISIT_MODIFIERS:
        i -= 1
    if i < 0 or tokens[i].key not in _VISITORS:
        return False
    reading.objects = [*reading.objects, country]
    return True


@rule(
    "place.returned-visit",
    Phase.WHERE,
    "A visit returned ('returned the visit', 'repaid the visit') with no one named goes to the country its clause "
    "names after it ('with a tour of X').",
    "Adenauer paid a state visit to France in July 1962. De Gaulle returned the visit in September with a tour of "
    "West Germany.",
    published="1963-01-23",
    only=(TriggerType.VISIT,),
)
def _returned_visit(context: SentenceContext, reading: Reading) -> bool:
    if reading.phrase not in context.words.returned_visits or any(
        m.is_leader or m.kind in _PLACES for m in reading.objects
    ):
        return False
    country = next((m for m in context.mentions.between(reading.end, reading.clause[1]) if m.kind in _PLACES), None)
    if country is None:
        return False
    reading.objects = [*reading.objects, country]
    return True


@rule(
    "place.where",
    Phase.WHERE,
    "A meeting in a clause opened by ', where' with no place of its own is at the place before it ('came back from "
    "China, where he had talks with Xi').",
    "Albanese flew on to Jakarta, where he held talks with Widodo.",
    needs=("where",),
)
def _where(context: SentenceContext, reading: Reading) -> bool:
    opening = reading.clause[0] - 1
    if reading.place is not None or opening < 1 or context.keys[opening] != "where":
        return False
    end = opening - 1 if context.keys[opening - 1] == "," else opening
    reading.place = next(
        (m for m in context.mentions.between(max(0, end - 8), end) if m.end == end and m.kind in _PLACES),
        None,
    )
    return reading.place is not None


@rule(
    "summit.named",
    Phase.WHERE,
    "A meeting belongs to the summit named after its trigger (not past ', and', nor in a later step 'before heading "
    "to' it, unless on its sidelines), or to one in the sentence's opening phrase.",
    "At the NATO summit in Vilnius, Biden met Zelensky.",
)
def _named(context: SentenceContext, reading: Reading) -> bool:
    if not context.summits.items:
        return False  # the sentence names no summit
    # "the Quad Leaders' Summit was held ...": the summit word is the summit's own
    named = _own_summit(context, reading)
    reading.summit = named or _summit_for(context.summits, context.sidelines, context.keys, reading.start)
    return reading.summit is not None


def _summit_for(
    summits: ByStart[SummitMention], sidelines: bool, keys: Sequence[str], position: int
) -> SummitMention | None:
    after = bisect_left(summits.starts, position)
    if after < len(summits.items):
        summit = summits.items[after]
        if sidelines or not (conjunct_between(keys, position, summit.start) or _heading_on(keys, position, summit)):
            return summit
    if after > 0 and opens(keys, summits.items[after - 1].start):  # "At the NATO summit in Vilnius, X met Y"
        return summits.items[after - 1]
    return summits.items[-1] if sidelines and summits.items else None


def _heading_on(keys: Sequence[str], position: int, summit: SummitMention) -> bool:
    """Whether a summit is named in a later step of a journey: "meet X on Tuesday, before heading to the APEC forum".

    "Met X before the G20 summit" (the cue right before the summit) still ties them, as a relation.
    """
    step = next((i for i in range(position, summit.start - 1) if keys[i] in ("before", "after")), None)
    return step is not None and step < summit.start - 4 and keys[step + 1].endswith("ing")


@rule(
    "summit.where-clause",
    Phase.WHERE,
    "A trigger in a 'where' clause right after a summit (or its venue) happened at that summit.",
    "The summit was held in Mombasa, where Museveni, Kenyatta and Kagame attended a port ceremony.",
    needs=("where",),
)
def _where_clause(context: SentenceContext, reading: Reading) -> bool:
    low = reading.clause[0]
    if reading.summit is not None or low == 0 or context.keys[low - 1] != "where":
        return False
    before = [s for s in context.summits.between(0, low) if not s.anaphoric or s.start < low]
    reading.summit = before[-1] if before else None
    return reading.summit is not None


@rule(
    "summit.sidelines",
    Phase.WHERE,
    "'On the sidelines' with no summit in the sentence: of the summit named before (for a meeting that happened, "
    "the latest one under way or past: not one still ahead).",
    "Ramaphosa also met Lula on the sidelines.",
    needs=("words.sidelines",),
)
def _sidelines(context: SentenceContext, reading: Reading) -> bool:
    if reading.summit is not None or not context.sidelines or context.summits.items:
        return False
    reading.summit = SummitMention(start=reading.start, end=reading.end, name="summit", anaphoric=True)
    return True


@rule(
    "summit.chaired",
    Phase.WHERE,
    "'Presided over the meeting with A, B and C' with no summit in the sentence: the meeting is the summit named "
    "before.",
    "Peña hosted the Mercosur summit on Monday. He presided over the meeting with Lula, Arce and Lacalle Pou.",
    published="2024-07-09",
    needs=("words.chair_cues",),
)
def _chaired_summit(context: SentenceContext, reading: Reading) -> bool:
    keys, start = context.keys, reading.start
    if reading.summit is not None or context.summits.items or not (start > 0 and keys[start - 1] == "the"):
        return False
    if not context.words.chair_cues.found(keys, max(0, start - 4), start - 1):
        return False
    reading.summit = SummitMention(start=reading.start, end=reading.end, name="summit", anaphoric=True)
    return True


@rule(
    "summit.relation",
    Phase.WHERE,
    "An undated meeting 'on the eve of' (or right before, after) a summit is dated by it, not part of it.",
    "Albanese met Modi on the eve of the G20 summit.",
    needs=("eve", "before", "after"),
)
def _relation(context: SentenceContext, reading: Reading) -> bool:
    if reading.summit is None or reading.time is not None:
        return False
    reading.relation = cue_before(context.keys, reading.summit.start, 4, ("eve", "before", "after"))
    return reading.relation is not None


@rule(
    "summit.ahead",
    Phase.WHERE,
    "A dated meeting 'ahead of' a summit, or one that prepares it ('met on Saturday to lay the groundwork for the "
    "Rainforest summit in Manaus'), is not at it, nor at the summit's place.",
    "Biden held a call with Scholz on Friday to coordinate ahead of the NATO summit.",
    needs=("words.summit_ahead",),
)
def _ahead(context: SentenceContext, reading: Reading) -> bool:
    summit = reading.summit
    if summit is None or reading.time is None:
        return False
    if not context.words.summit_ahead.found(context.keys, max(0, summit.start - 4), summit.start):
        return False
    reading.summit = None
    if reading.place is not None and summit.place is not None and reading.place.start == summit.place.start:
        reading.place = None  # "met on Saturday ahead of the G20 summit in Rio": Rio is the summit's
    return True


@rule(
    "summit.before-in-clause",
    Phase.WHERE,
    "'Before the G20 summit, X met Y': an undated meeting is dated by a summit its clause puts it before or after.",
    "Meloni, just before the G7 summit in Apulia, met Kishida.",
    needs=("before", "after"),
)
def _before_in_clause(context: SentenceContext, reading: Reading) -> bool:
    if reading.summit is not None or reading.time is not None:
        return False
    for candidate in context.summits.between(*reading.clause):
        cue = cue_before(context.keys, candidate.start, 3, ("before", "after"))
        if cue:
            reading.summit, reading.relation = candidate, cue
    return reading.summit is not None
