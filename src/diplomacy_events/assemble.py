"""Stage 6: resolve candidates to people and dates, fold duplicates, link summits, build the result.

Each :class:`~diplomacy_events.events.EventCandidate` gets its date (the time
expression read in the direction of its status, else its summit's dates),
then its people on that date through the knowledge base. Reports of one
meeting within an article are folded into one, keeping the most precise date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Protocol

import attrs

from .dating import LEAD_DAYS, Calendar, Dated, edition_a_year_before, news_day
from .errors import UnknownMembershipError
from .events import EventCandidate, SummitMention
from .events.grammar import people_count
from .events.lists import ROLL_CALL
from .events.members import (
    ATTEND,
    BY_NAME,
    BY_PRONOUN,
    BY_SPEAKER,
    CALL_KIND,
    DAY,
    GROUP,
    MEETING,
    MONTH,
    OCCURRED,
    OFFICE,
    PERSON,
    PLANNED,
    PRONOUN,
    SUMMIT,
    VISIT,
    WEEK,
)
from .events.summits import CONFERENCE
from .knowledge import Conference, KnowledgeBase, SummitRecord
from .lexicon import FIRST_PERSON, GROUP_SIZES, SPEAKER_WORDS, ordinal
from .mentions import Gazetteer, Mention, MentionKind
from .model import (
    PRONOUN_PENALTY,
    UNNAMED_HOST_PENALTY,
    Country,
    DateSpan,
    Evidence,
    Explanation,
    Head,
    Identification,
    Identified,
    Leader,
    Meeting,
    MeetingKind,
    Office,
    Participant,
    Place,
    Precision,
    Role,
    Source,
    Status,
    Summit,
)
from .normalize import fold
from .rules import Phase, rule
from .segment import Token
from .timex import TimeExpression

__all__ = [
    "GROUP_LIMIT",
    "Assembler",
    "Attended",
    "Spans",
    "at_dated_summits",
    "fold_arrivals",
    "fold_carried_out",
    "fold_joined",
    "fold_meetings",
    "fold_one_gathering",
    "fold_summits",
    "into_gatherings",
    "into_rosters",
    "listed_summits",
    "news_of_the_day",
    "with_participants",
]


@attrs.frozen
class Attended:
    """Leaders a sentence says attend a summit ("Modi also attended the G20 summit in Rome"), how the text
    identified each, and the status of their attendance.

    >>> Attended(Summit(name="G20 summit", status=Status.OCCURRED), (), (), Status.OCCURRED).status.value
    'occurred'
    """

    summit: Summit
    people: tuple[Participant, ...]
    hows: tuple[Identified, ...]
    status: Status
    mentions: tuple[Mention, ...] = ()

    @classmethod
    def by(
        cls,
        summit: Summit,
        people: Sequence[tuple[Participant, Identified]],
        status: Status,
        mentions: tuple[Mention, ...],
    ) -> Attended:
        """The attendance of ``people`` as :meth:`Assembler.identified` gives them (each with how it was found).

        >>> Attended.by(Summit(name="G20 summit", status=Status.OCCURRED), [], Status.PLANNED, ()).status.value
        'planned'
        """
        return cls(summit, tuple(p for p, _ in people), tuple(how for _, how in people), status, mentions)

    def of(self, summit: Summit, status: Status) -> bool:
        """Whether this is attendance of ``summit`` (same name and time) in ``status``."""
        return self.summit.name == summit.name and self.status is status and _same_time(self.summit.date, summit.date)


_CONFERENCE_RECORD = "summit.conference-record"
_CONFERENCE_PAIR = "summit.conference-pair"
_MULTILATERAL = 3  # states at a summit listed among the summits
_CONFERENCE_AHEAD = dt.timedelta(days=60)  # a plan names a one-off summit this soon after the publication date

#: The largest organization whose leaders "the <organization> leaders" stands for (the G8 and smaller).
GROUP_LIMIT = 8

_PRECISION_RANK = {
    Precision.DAY: 0,
    Precision.WEEK: 1,
    Precision.MONTH: 2,
    Precision.SEASON: 3,
    Precision.YEAR: 4,
    Precision.UNKNOWN: 5,
}


class _Placed(Protocol):
    """A mention or time expression: where it stands among its sentence's tokens."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Spans:
    """Where the text's mentions and time expressions stand (character offsets), by object id.

    A sentence's items are noted with its tokens (:meth:`add`); the offsets
    of the few that explanations quote are worked out when asked
    (:meth:`get`). The items noted are kept alive: an object's id stands for it
    only while it lives, and the id of an item gone may be another's later.

    >>> from diplomacy_events.segment import tokenize
    >>> from diplomacy_events.timex import find_times
    >>> tokens = tokenize("They met on Monday.")
    >>> spans = Spans()
    >>> [monday], [unnoted] = find_times(tokens), find_times(tokens)
    >>> spans.add([monday], tokens)
    >>> spans.get(monday), spans.get(unnoted)
    ((12, 18), None)
    """

    __slots__ = ("_fixed", "_kept", "_tokens")

    def __init__(self) -> None:
        self._tokens: dict[int, Sequence[Token]] = {}  # the sentence tokens of each item noted with them
        self._fixed: dict[int, tuple[int, int]] = {}  # the offsets of each item noted with them
        self._kept: list[object] = []  # the items noted (or tuples of them), so that no id is reused

    def add(self, items: Iterable[_Placed], tokens: Sequence[Token]) -> None:
        """Note that ``items`` stand among ``tokens`` (by their token ``start`` and ``end``)."""
        noted = tuple(items)
        self._kept.append(noted)
        self._tokens.update(zip(map(id, noted), repeat(tokens)))

    def put(self, item: object, span: tuple[int, int]) -> None:
        """Note that ``item`` stands at the character offsets ``span``."""
        self._kept.append(item)
        self._fixed[id(item)] = span

    def get(self, item: _Placed) -> tuple[int, int] | None:
        """Where ``item`` stands in the text, if noted."""
        key = id(item)
        tokens = self._tokens.get(key)
        if tokens is not None:
            return tokens[item.start].start, tokens[item.end - 1].end
        return self._fixed.get(key)


_GATHERING_NOUNS = frozenset({"summit", "forum"})  # a series label that is already the gathering's name
_HEADS_OF_STATE = frozenset({Head.STATE, Head.BOTH})  # the offices of a head of state (the US president too)


@attrs.define
class Assembler:
    """Turns the candidates of one document into meetings and summits."""

    gazetteer: Gazetteer
    calendar: Calendar  # the document's anchor and dated context: every date decision
    source: Source
    text: str = ""  # the input, which explanations quote
    spans: Spans = attrs.Factory(Spans)  # where each mention and time stands
    introduced: frozenset[str] = frozenset()
    named_alone: frozenset[str] = frozenset()  # leaders a name of theirs alone names ("Mohammed bin Salman")
    former: frozenset[str] = frozenset()  # leaders the text calls former ("the former premier X"): see _holder
    countries: Mapping[str, int] = attrs.Factory(dict)  # how often the text names each country: who "King Abdullah" is
    publisher: str | None = None  # the country the outlet names ("The White House"): whose "the President" it is
    attended: list[Attended] = attrs.Factory(list)  # who is said to attend which
    trace: list[tuple[int, str]] | None = None  # every date rule that fires, at its sentence's offset
    _last_summit: Summit | None = None
    _summits: list[Summit] = attrs.Factory(list)
    _resolved: dict[int, tuple[SummitMention, Summit | None]] = attrs.Factory(dict)  # by id of the mention
    _last_meeting: Meeting | None = None
    _listed_to: tuple[Meeting, int] | None = None  # a meeting a guest list joined, and where that list's sentence ends
    #: A meeting of a group that stood for no one ("CARICOM leaders met on Friday"), its evidence, its sentence's
    #: tokens and the paragraphs it still reaches: the leaders who attend it later make it (see _join_group)
    _told_group: tuple[EventCandidate, Evidence, Sequence[Token], int] | None = None
    #: Meetings of a group that stood for no one at a named summit ("Arab League leaders gathered in Jeddah for
    #: their summit"), with the summit and status: those the document says attend it make it (see ``rosters``)
    _summit_groups: list[tuple[EventCandidate, Evidence, Sequence[Token], Summit, Status]] = attrs.Factory(list)
    chaired_on: DateSpan | None = None  # the day of the summit the last sentence named one leader chairing
    replaced: list[Meeting] = attrs.Factory(list)  # meetings that others joined took the place of (see _join)
    _journey: tuple[frozenset[str], Place] | None = None  # the paragraph's last trip: travellers' ids, destination
    filed: str | None = None  # the country of a dateline that opens the sentence read ("PARIS, Jan. 22 --")
    dateline: str | None = None  # the country of the dateline that opens the story ("LIMA, March 3."), if any
    own_titles: bool = True  # whether a bare "the President" is the publisher's whoever the text names (a government's)
    #: the offices of the leaders the text has named so far, by role and country, the latest last: whose "the
    #: Prime Minister" is when the text names another country's holder and not the publisher's own
    _named_offices: dict[tuple[Role, str], None] = attrs.Factory(dict)
    _home_rule: str | None = None  # the rule :meth:`_home` read the last bare title by, if not the plain one
    _read_as: dict[int, tuple[Mention, str]] = attrs.Factory(dict)  # offices so read, by id: the rule of each
    _last_call: frozenset[str | None] = frozenset()  # the leaders of the last meeting, if it was a call
    _quoted: dict[int, Evidence] = attrs.Factory(dict)  # the evidence of each mention and time quoted, by object id
    # (only items :attr:`spans` holds, which it keeps alive)

    @property
    def anchor(self) -> dt.date | None:
        """The date relative dates are read from: the publication date or the dateline's."""
        return self.calendar.anchor

    @property
    def warnings(self) -> list[str]:
        """What the document's reading warns of."""
        return self.calendar.warnings

    def new_paragraph(self) -> None:
        """Forget the paragraph's context: a date and a destination carry over only within a paragraph."""
        self.calendar.new_paragraph()
        self._journey = None
        told = self._told_group
        self._told_group = None if told is None or told[3] == 0 else (*told[:3], told[3] - 1)

    def _summit_in(self, country: Country, candidate: EventCandidate) -> bool:
        """Whether a trip to ``country`` goes to a summit: its own, or the one the text named before, held there."""
        last = self._last_summit
        return candidate.summit is not None or (
            last is not None and last.place is not None and last.place.country == country
        )

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base people and summits are resolved in."""
        return self.gazetteer.knowledge

    def quote(self, item: Mention | TimeExpression) -> Evidence | None:
        """Where a mention or time expression of the text stands, as evidence; ``None`` if not in the text."""
        key = id(item)
        quoted = self._quoted.get(key)
        if quoted is None:
            found = self.spans.get(item)
            if found is None:
                return None
            start, end = found
            quoted = self._quoted[key] = Evidence(text=self.text[start:end], start=start, end=end)
        return quoted

    def _quote_tokens(self, tokens: Sequence[Token], start: int, end: int) -> Evidence | None:
        if not tokens or end <= start:
            return None
        first, last = tokens[start].start, tokens[end - 1].end
        return Evidence(text=self.text[first:last], start=first, end=last)

    def _trace(self, offset: int, rule_ids: Iterable[str]) -> None:
        if self.trace is not None:
            self.trace += [(offset, rule_id) for rule_id in rule_ids]

    # -- summits ---------------------------------------------------------------

    def summit(
        self, mention: SummitMention, status: Status | None, evidence: Evidence, tokens: Sequence[Token] = ()
    ) -> Summit | None:
        """The summit a mention names, dated from the text or the knowledge base.

        With no tense cue (``status`` ``None``), "in October" means the nearest October.
        """
        if mention.anaphoric:
            self._trace(evidence.start, (mention.rule,))
            last = self._last_summit
            if last is not None and not self._of_its_time(last, status):
                # "A and B met on the sidelines" after a summit still ahead, "X will meet Y on the margins" after a
                # summit over: the latest summit named before that fits, else none the text names
                return next((s for s in reversed(self._summits) if self._of_its_time(s, status)), None)
            return last
        known = self._resolved.get(id(mention))
        if known is not None and known[0] is mention:  # read once: a sentence's summits, then its meetings
            return known[1]
        found = self._read_summit(mention, status, evidence, tokens)
        self._resolved[id(mention)] = (mention, found)
        return found

    def unnamed_summit(self, time: TimeExpression, status: Status) -> None:
        """Note the dates of "the summit" told before the text named any: a meeting "at the summit" later takes
        them (the rule ``date.summit-told``)."""
        date = self.calendar.resolve(time, status) if self._last_summit is None else None
        if date is not None:
            self.calendar.unnamed_summit = Dated(participants=(), date=date, status=status)

    def _of_its_time(self, summit: Summit, status: Status | None) -> bool:
        """Whether a meeting of ``status`` can be on a summit's sidelines: one that happened at a summit under way or
        past, a plan at one under way or ahead (or over the day before publication: a story filed before the summit
        and stamped the morning after still tells it ahead)."""
        if status is OCCURRED:
            return summit.status is OCCURRED
        if status is PLANNED and summit.date is not None and self.anchor is not None:
            return summit.date.end >= self.anchor - _FILED_BEFORE
        return True

    def _read_summit(
        self, mention: SummitMention, status: Status | None, evidence: Evidence, tokens: Sequence[Token]
    ) -> Summit | None:
        if mention.rule == CONFERENCE:
            return self._conference(mention, status, evidence, tokens)
        if mention.organization is None and not mention.countries and (mention.sequel or mention.edition):
            # "the following summit", "the inaugural summit": an edition of the series named before
            series = next((s.organization for s in reversed(self._summits) if s.organization), None)
            if series is None:
                return None
            mention = attrs.evolve(mention, organization=series)
        self._trace(evidence.start, (mention.rule,))
        if mention.titled:
            return None  # "the Amazon summit": a gathering the knowledge base knows nothing of, no record
        span = self.calendar.resolve(mention.time, status)
        framed = mention.time_rule == "date.summit-frame"
        unrecorded = framed and span is not None and not self._recorded(mention, span)
        if framed and not unrecorded and (span is None or self._summit_record(mention, span, status) is None):
            # a meeting's time that no edition of the series fits is not the summit's (one before the editions the
            # knowledge base records is: "in September 1960, during the UN General Assembly")
            mention, span, framed = attrs.evolve(mention, time=None, time_rule=""), None, False
        rules, dated_by = [mention.rule], None
        if span is not None:
            rules.append(dated_by := mention.time_rule if framed else "date.own-time")
        if unrecorded:
            rules.append("date.summit-unrecorded")  # before the series' first record, the text's time is all there is
        elif mention.time_rule:
            rules.append(mention.time_rule)  # "date.summit-clause": a time past its clause is not its own
        stated = status
        status = status or Status.OCCURRED
        earlier = next(
            (s for s in reversed(self._summits) if s.name.split()[0] == mention.name.split()[0] and s.date), None
        )
        if span is None and mention.organization is None and earlier is not None:
            span, dated_by = earlier.date, "summit.earlier"  # "the mini-summit on Syria" after "... a mini-summit"
            rules.append(dated_by)
        section = self.calendar.section if mention.time is None else None
        record = self._summit_record(mention, span, stated, section)
        if mention.venue and not (
            _went_there(record, mention, span or self._year_around_anchor())
            if mention.rule in ("summit.trip", "summit.convened")
            else self._met_there(record, mention, span or self._around_anchor())
        ):
            return None  # "the G20 in Osaka" names its summit only where and when the series met
        if record is not None:
            rules.append(by := "summit.record-city" if self._city_edition(mention, record, span) else "summit.record")
            dated_by = dated_by or by
        elif span is None and section is not None:
            span = section  # a summit the knowledge base does not know, named under a time heading: its date
            rules.append(dated_by := "date.section")
        place = _within(_place(mention.place), record.place if record else None)
        date = record.date if framed and record else span or (record.date if record else None)
        time = mention.time
        if (
            record is not None
            and span is not None
            and time is not None
            and edition_a_year_before(time, span, record.date)
        ):
            date = record.date  # the edition a year before the "last August" nearest in time
        if record is not None and span is not None and span.precision is Precision.YEAR and span.contains(record.date):
            date = record.date  # "the first Quad summit was held in 2021": the edition's days, not the year's
        if date is not None and self.anchor is not None:
            status = Status.PLANNED if date.start > self.anchor else Status.OCCURRED
        name = mention.name if mention.organization is None else self._series_name(mention.organization)
        explanation = Explanation(
            rules=tuple(rules),
            trigger=self._quote_tokens(tokens, mention.start, mention.end),
            time=self.quote(mention.time) if mention.time is not None else None,
            dated_by=dated_by if date is not None else None,
            anchor=self.anchor,
        )
        self._trace(evidence.start, rules[1:])
        summit = Summit(
            name=name,
            status=status,
            organization=mention.organization,
            place=place,
            date=date,
            evidence=evidence,
            source=self.source,
            explanation=explanation,
        )
        return self._kept(summit)

    def _kept(self, summit: Summit) -> Summit:
        """A summit read, kept as the one named last and as a date for the text's later words."""
        self._last_summit = summit
        self.calendar.summit(summit)
        self._summits.append(summit)
        return summit

    def _conference(
        self, mention: SummitMention, status: Status | None, evidence: Evidence, tokens: Sequence[Token]
    ) -> Summit | None:
        """A one-off summit its place names ("the Reykjavik summit"), with the days the knowledge base records."""
        record = self._conference_record(mention, status)
        if record is None:
            return None
        rules = (
            mention.rule,
            _CONFERENCE_RECORD,
            *((_CONFERENCE_PAIR,) if len(record.countries) < _MULTILATERAL else ()),
        )
        self._trace(evidence.start, rules)
        explanation = Explanation(
            rules=rules,
            trigger=self._quote_tokens(tokens, mention.start, mention.end),
            time=self.quote(mention.time) if mention.time is not None else None,
            dated_by=_CONFERENCE_RECORD,
            anchor=self.anchor,
        )
        ahead = self.anchor is not None and record.date.start > self.anchor
        return self._kept(
            Summit(
                name=record.name,
                status=Status.PLANNED if ahead else Status.OCCURRED,
                place=record.place,
                date=record.date,
                evidence=evidence,
                source=self.source,
                explanation=explanation,
            )
        )

    def _conference_record(self, mention: SummitMention, status: Status | None) -> Conference | None:
        """The one-off summit at a mention's place: the one at its time, else the latest begun by the publication
        date (or soon after, for a plan), unless a summit of a series has met there since."""
        if mention.place is None or self.anchor is None:
            return None
        records = self.knowledge.conferences(mention.place.text)
        span = self.calendar.resolve(mention.time, status)
        if span is not None:
            return next((r for r in records if r.date.overlaps(span)), None)
        until = self.anchor + (_CONFERENCE_AHEAD if status is Status.PLANNED else dt.timedelta(0))
        return self.knowledge.latest_conference(mention.place.text, until, self.anchor)

    def _city_edition(self, mention: SummitMention, record: SummitRecord, span: DateSpan | None) -> bool:
        """Whether a summit with no time of its own took its edition from its city (``summit.record-city``)."""
        around = self._around_anchor()
        return (
            span is None
            and mention.place is not None
            and around is not None
            and record.date.overlaps(around)
            and bool(_in_city((record,), mention.place))
        )

    def _of_the_paragraph(
        self,
        candidate: EventCandidate,
        people: list[tuple[Participant, Identified]],
        status: Status,
        day: dt.date | None,
    ) -> tuple[list[tuple[Participant, Identified]], dt.date | None]:
        """The people of an undated candidate on the day its paragraph gives it (``people.paragraph-day``), where
        on the publication day they are too few (the paragraph's events are matched by who the names are, in office
        that day or not): "In 1991, Yeltsin met Kravchuk. Yeltsin telephoned President
        George Bush." names Bush, the president of 1991, though he was out of office when the column appeared."""
        named = self.identified(candidate.participants, None)  # who they are, in office that day or not
        found, _ = self.calendar.in_context(
            [person for person, _ in named], status, None, candidate.aside, candidate.goes_on, candidate.next_step
        )
        if found is None:
            return people, day
        redone = self.identified(candidate.participants, found.start)
        return (redone, found.start) if not _too_few(redone) else (people, day)

    def _recorded(self, mention: SummitMention, span: DateSpan) -> bool:
        """Whether the knowledge base records editions of a summit's series as far back as ``span``: "the two met
        during the SAARC summit in December 1988" is dated by its text where the records start in 2002."""
        if mention.organization is None:
            return False
        records = self.knowledge.summits(organization=mention.organization)
        return bool(records) and records[0].date.start <= span.end

    def _series_name(self, organization: str) -> str:
        """What a summit of a series is called: "G20 summit", "Mercosur summit" (the organization's label), or the
        label itself when it names the gathering ("North American Leaders' Summit", "Belt and Road Forum", "Summit of
        the Americas")."""
        found = self.knowledge.get_organization(organization)
        label = found.label if found is not None else organization
        words = label.lower().split()
        return label if {words[0], words[-1]} & _GATHERING_NOUNS else f"{label} summit"

    def _summit_record(
        self, mention: SummitMention, span: DateSpan | None, status: Status | None, section: DateSpan | None = None
    ) -> SummitRecord | None:
        """The edition a summit mention names: at its time, else at its place, else the nearest in its tense's
        direction from the publication date (or from the date of the heading it stands under)."""
        if mention.organization is None:
            return None
        records = self.knowledge.summits(organization=mention.organization)
        edition = self._edition(mention, records, span)
        if edition is not None:
            return edition
        if span is not None:
            near = [
                r
                for r in records
                if r.date.overlaps(
                    DateSpan(start=span.start - dt.timedelta(days=3), end=span.end + dt.timedelta(days=3))
                )
            ]
            if near or mention.time is None or mention.place is None:
                return near[0] if near else None
            # "the BRICS summit in Johannesburg last August", told in October 2024: the edition there of August 2023
            time = mention.time
            return next(
                (r for r in _located(records, mention.place) if edition_a_year_before(time, span, r.date)), None
            )
        there = _in_city(records, mention.place) if mention.place is not None else []
        if mention.place is not None:
            records = _located(records, mention.place) or records
        if self.anchor is None or not records:
            return None
        anchor = self.anchor
        if section is not None:
            anchor = section.start if status is Status.PLANNED else section.end
        around = DateSpan(start=anchor - _VENUE_SLACK, end=anchor + _VENUE_SLACK)
        near = [r for r in there if r.date.overlaps(around)]
        if near:  # "a statement on the G7 summit in Biarritz", told a week after it: whatever the tense
            return near[0]
        if status is None and mention.place is None:  # "ahead of the NATO summit": the edition nearest in time
            return min(records, key=lambda r: abs((r.date.start - anchor).days))
        if status is Status.PLANNED:  # an edition that closed the day before is still under way for its guests
            ahead = [r for r in records if r.date.end >= anchor - dt.timedelta(days=1)]
            return ahead[0] if ahead else None
        behind = [r for r in records if r.date.start <= anchor + dt.timedelta(days=1)]
        if mention.place is not None and behind:
            return behind[-1]
        recent = [r for r in behind if (anchor - r.date.end).days <= 400]
        return recent[-1] if recent else None

    def _met_there(self, record: SummitRecord | None, mention: SummitMention, when: DateSpan | None) -> bool:
        """Whether a summit record is at the mention's city, within ``when``, and that city is no seat where most
        of the series' summits are held ("the EU in Brussels" is the Union, not a summit)."""
        if record is None or record.place is None or mention.place is None or when is None:
            return False
        city = fold(mention.place.city or "")
        if not (record.place.city and fold(record.place.city) == city and record.date.overlaps(when)):
            return False
        records = self.knowledge.summits(organization=record.organization)
        there = sum(1 for r in records if r.place and r.place.city and fold(r.place.city) == city)
        return there * 3 <= len(records)

    def _year_around_anchor(self) -> DateSpan | None:
        """The year either side of the publication date: when a trip for a summit named without a time goes."""
        if self.anchor is None:
            return None
        return DateSpan(start=self.anchor - _TRIP_SLACK, end=self.anchor + _TRIP_SLACK)

    def _around_anchor(self) -> DateSpan | None:
        """The fortnight around the publication date: when a summit named by its venue alone may have been."""
        if self.anchor is None:
            return None
        return DateSpan(start=self.anchor - _VENUE_SLACK, end=self.anchor + _VENUE_SLACK)

    def _edition(
        self, mention: SummitMention, records: Sequence[SummitRecord], span: DateSpan | None
    ) -> SummitRecord | None:
        """The edition an ordinal or a sequel names: "the 10th summit of the OTS", "the following summit"."""
        if mention.edition is not None:
            numbered = [r for r in records if _edition_number(r.name) == mention.edition]
            if len(numbered) == 1 and (span is None or span.overlaps(numbered[0].date)):
                return numbered[0]
        if mention.sequel is None or span is not None:
            return None
        before = next((s for s in reversed(self._summits) if s.organization == mention.organization and s.date), None)
        if before is None or before.date is None:
            return None
        if mention.sequel in ("following", "next", "subsequent"):
            return next((r for r in records if r.date.start > before.date.end), None)
        if mention.sequel == "previous":
            return next((r for r in reversed(records) if r.date.end < before.date.start), None)
        return None

    # -- people ----------------------------------------------------------------

    def participants(self, mentions: Sequence[Mention], day: dt.date | None) -> list[Participant]:
        """The distinct people the mentions stand for on ``day`` (pronouns through their antecedents)."""
        return [person for person, _ in self.identified(mentions, day)]

    def identified(self, mentions: Sequence[Mention], day: dt.date | None) -> list[tuple[Participant, Identified]]:
        """The distinct people the mentions stand for on ``day``, each with how it was identified."""
        people: list[tuple[Participant, Identified]] = []
        keys: set[tuple[str, ...]] = set()
        if GROUP in map(_KIND, mentions):  # "the other G7 leaders" after those named with them
            mentions = sorted(mentions, key=_OTHERS)
        # "The G7 leaders then met": a group that meets only itself is the gathering, not the leaders named before it
        outsider = any(m.kind is not GROUP and m.is_leader for m in mentions)
        for mention in mentions:
            targets = self._targets(mention, day, outsider)
            if self._read_as:
                for target in targets:
                    self._trace_read_as(target)
            if mention.others and not self._among(targets, people):
                continue  # "other Quad leaders met": of whom, the text does not say
            for target in targets:
                person = self.person(target, day, mention.text)
                if person is not None and (key := person.key) not in keys:
                    keys.add(key)
                    people.append((person, self._identification(mention, target)))
        return people

    def _grouped(
        self, candidate: EventCandidate, people: Sequence[tuple[Participant, Identified]], evidence: Evidence
    ) -> EventCandidate:
        """The candidate with the group rules that fired on its people (counted groups, other members)."""
        grouped = (
            *(("people.counted-group",) if self._counted_group(candidate, people) else ()),
            *(("people.other-members",) if self._other_members(candidate, people) else ()),
            *(("people.group-named-before",) if self._group_named_before(candidate, people) else ()),
        )
        if not grouped:
            return candidate
        self._trace(evidence.start, grouped)
        return attrs.evolve(candidate, rules=(*candidate.rules, *grouped))

    def _group_named_before(self, candidate: EventCandidate, people: Sequence[tuple[Participant, Identified]]) -> bool:
        """Whether a group of the candidate stands for the leaders named before it (see :meth:`named_members`)."""
        groups = [self.quote(m) for m in candidate.participants if m.kind is GROUP and m.antecedents]
        return any(how.how is BY_PRONOUN and how.mention in groups for _, how in people) if groups else False

    @staticmethod
    def _other_members(candidate: EventCandidate, people: Sequence[tuple[Participant, Identified]]) -> bool:
        """Whether "the other G7 leaders" of the candidate stand for members (those of a leader named with them)."""
        return any(m.others for m in candidate.participants) and any(
            how.how is Identification.MEMBER for _, how in people
        )

    @staticmethod
    def _among(members: Sequence[Mention], people: Sequence[tuple[Participant, Identified]]) -> bool:
        """Whether one of ``people`` leads a country among the governments ``members`` stands for."""
        codes = {m.country for m in members}
        return any(person.country is not None and person.country.code in codes for person, _ in people)

    def _targets(self, mention: Mention, day: dt.date | None, outsider: bool = True) -> Sequence[Mention]:
        """What a mention stands for: a pronoun its antecedents, a group the leaders named before it (see
        :meth:`named_members`; where it counts them or meets an ``outsider``) or its members' governments on
        ``day``."""
        if mention.kind is PRONOUN:
            return [target for antecedent in mention.antecedents for target in self._targets(antecedent, day)]
        if mention.kind is GROUP:
            named = self.named_members(mention, day) if outsider or mention.size else []
            if named:
                return named
            return [_office_of(country.code, mention) for country in self.members(mention, day)]
        return (mention,)

    def named_members(self, group: Mention, day: dt.date | None) -> list[Mention]:
        """The leaders named just before a definite group who lead its organization's members on ``day``, if two or
        more (and as many as its count, if it counts them): rule ``people.group-named-before``.

        "A of Barbados, B of Jamaica and C of Trinidad arrived. The CARICOM
        leaders met D": A, B and C, not the fifteen members; "A of Denmark and
        B of Norway flew in. The Nordic leaders met C": A and B, not all five.
        """
        if not group.antecedents or day is None:
            return []
        organization = self.knowledge.get_organization(group.organization or "")
        if organization is None:
            return []
        try:
            codes = {country.code for country in organization.members_on(day)}
        except UnknownMembershipError:
            return []
        found: dict[tuple[str, ...], Mention] = {}
        for mention in group.antecedents:
            person = self.person(mention, day)
            if person is not None and person.country is not None and person.country.code in codes:
                found.setdefault(person.key, mention)
        if len(found) < 2 or (group.size and len(found) != group.size):
            return []
        return list(found.values())

    def members(self, group: Mention, day: dt.date | None) -> list[Country]:
        """The members of a group's organization on ``day``, if the knowledge base knows them and they are few.

        "The Quad leaders" on 2022-05-24 are the leaders of Australia, India,
        Japan and the United States; a group of more than
        :data:`GROUP_LIMIT` members (the G20, ASEAN) stands for no one, as
        news that names such a group seldom means every member.
        """
        organization = self.knowledge.get_organization(group.organization or "")
        if organization is None or day is None or group.regional:  # "the Caribbean leaders": only those named
            return []
        try:
            members = organization.members_on(day)
        except UnknownMembershipError:
            return []
        if organization.counted:  # a region: "the five Central American presidents", not "Central American leaders"
            return list(members) if len(members) == group.size else []
        if group.size and group.size < len(members):  # "the two Nordic leaders": some of the members, not which
            return []
        return list(members) if len(members) <= GROUP_LIMIT or len(members) == group.size else []

    def _counted_group(self, candidate: EventCandidate, people: Sequence[tuple[Participant, Identified]]) -> bool:
        """Whether a group the candidate names counts as many as its organization's members ("the ten ASEAN
        leaders"), more than :data:`GROUP_LIMIT`: it stands for every one of them."""
        sizes = [m.size for m in candidate.participants if m.kind is GROUP and m.size > GROUP_LIMIT]
        return bool(sizes) and len(people) >= max(sizes)

    def _identification(self, mention: Mention, target: Mention) -> Identified:
        if mention.kind is GROUP and any(target is named for named in mention.antecedents):
            # "The CARICOM leaders" standing for those named before: a reference back, through its antecedent
            return Identified(how=BY_PRONOUN, mention=self.quote(mention), antecedent=self.quote(target))
        if mention.kind is PRONOUN:
            how = BY_SPEAKER if mention.text.lower() in SPEAKER_WORDS else BY_PRONOUN
            return Identified(how=how, mention=self.quote(mention), antecedent=self.quote(target))
        how = _IDENTIFIED_BY.get(mention.kind, BY_NAME)
        return Identified(how=how, mention=self.quote(mention))

    def person(self, mention: Mention, day: dt.date | None, written: str | None = None) -> Participant | None:
        """The participant a person, office or metonym mention means on ``day``.

        With no day at all (no date and no publication date) a name means its
        first candidate and an office stays a country and role, unnamed.
        """
        if day is None:
            return self._undated_person(mention, written)
        found = self._holder(mention, day)
        return self._participant(mention, day, found, written) if found is not None else None

    def leaders(self, mentions: Iterable[Mention], day: dt.date) -> tuple[Participant, ...]:
        """The leaders the person and office mentions name on ``day``, once each, in order of first mention."""
        seen: dict[str, Participant] = {}
        for mention in mentions:
            if mention.kind not in _NAMED_LEADERS:
                continue
            found = self._holder(mention, day)
            if found is not None and found[0].id not in seen:
                seen[found[0].id] = self._participant(mention, day, found)
        return tuple(seen.values())

    def _participant(
        self, mention: Mention, day: dt.date, found: tuple[Leader, Office | None], written: str | None = None
    ) -> Participant:
        """The participant of a leader and office found for a mention on ``day``."""
        leader, office = found
        if office is None:
            offices = leader.offices_on(day)
            office = offices[0] if len(offices) == 1 else _first_office(offices)
        return Participant(
            name=leader.name,
            country=office.country if office else (Country(code=mention.country) if mention.country else None),
            role=office.role if office else mention.role,
            leader_id=leader.id,
            mention=written or mention.text,
        )

    def leader_id(self, mention: Mention, day: dt.date) -> str | None:
        """The id of the leader a mention means on ``day`` (as :meth:`person` resolves it), if any."""
        found = self._holder(mention, day)
        return found[0].id if found is not None else None

    def offices_in_text(self, mentions: Sequence[Mention], times: Sequence[TimeExpression] = ()) -> list[Mention]:
        """A sentence's mentions with each bare title that links to no one read as that office of the text's country.

        "The Emir received Macron in Doha", "The Supreme Leader received Putin
        in Tehran", "His Majesty received him in Amman": with no emir named
        before, the country the text names most that has such an office on
        the publication date, and is not the country of another leader of
        the sentence. An office many countries have ("the President") is
        the publisher's (the country its outlet names: "The White House",
        "Prime Minister's Office of Japan") or that of the place or seat of
        government the sentence names ("met X at the White House"). A
        sentence of another year (``times``: "received by the Queen ... in
        1979") looks for the office in that year.
        """
        if self.anchor is None or not _bare_titles(mentions):
            self._note_offices(mentions)
            return list(mentions)  # no bare title ("the Emir") at all: the common case
        day = _day_of_year(times, self.anchor)
        speaker = _speaker(mentions)
        out = []
        for mention in mentions:
            office = self._bare_office(mention, mentions, speaker, day)
            if office is not None:
                self._stands_where(office, mention)
                mention = office
            elif mention.kind is PRONOUN and any(_bare(a) for a in mention.antecedents):
                # "The President will meet X. The two leaders last met ...": the office, as the title is read
                antecedents = tuple(self._bare_antecedent(a, mentions, speaker, day) for a in mention.antecedents)
                relinked = attrs.evolve(mention, antecedents=antecedents)
                self._stands_where(relinked, mention)
                mention = relinked
            out.append(mention)
        self._note_offices(mentions)
        return out

    def _note_offices(self, mentions: Sequence[Mention]) -> None:
        """Note the office of each leader a sentence names by name or office (see :attr:`_named_offices`)."""
        named = self._named_offices
        for mention in mentions:
            if mention.kind in _NAMED_LEADERS and mention.role is not None and mention.country is not None:
                key = (mention.role, mention.country)
                named.pop(key, None)
                named[key] = None

    def _home(self, role: Role, others: set[str]) -> str | None:
        """The country whose office a bare title many countries have ("the Prime Minister") is in a text whose
        outlet names a country: the publisher's, but that of the story's dateline when it was filed abroad
        (``ref.foreign-dateline``), and that of the one holder of the office the text has named before when it has
        named no holder of the publisher's own (``ref.named-holder``), not of ``others`` (the sentence's leaders of
        that office)."""
        publisher = self.publisher
        if publisher is None or self.own_titles:
            return publisher
        if self.dateline is not None and self.dateline != publisher:
            self._home_rule = "people.foreign-dateline"
            return self.dateline
        roles = _roles_of(role)
        named = [country for held, country in self._named_offices if held in roles]
        if named and publisher not in named:
            rest = [country for country in named if country not in others]
            if rest:
                self._home_rule = "people.named-holder"
                return rest[-1]
        return publisher

    def _read_by(self, office: Mention | None, home: str | None) -> Mention | None:
        """Note the rule that made a bare title ``office`` the office of ``home`` (see :meth:`_home`), which
        :meth:`identified` traces where the office takes part in a meeting."""
        rule_id, self._home_rule = self._home_rule, None
        if office is not None and rule_id is not None and office.country == home:
            self._read_as[id(office)] = (office, rule_id)
        return office

    def _trace_read_as(self, target: Mention) -> None:
        """Trace the rule that read a bare title as ``target``, if one did (see :meth:`_read_by`)."""
        found = self._read_as.get(id(target))
        where = self.spans.get(target) if found is not None and found[0] is target else None
        if found is not None and where is not None:
            self._trace(where[0], (found[1],))

    def _bare_office(
        self, mention: Mention, mentions: Sequence[Mention], speaker: str | None, day: dt.date
    ) -> Mention | None:
        """The office a bare title of the sentence ``mentions`` stands for (see :meth:`offices_in_text`), if the
        text says whose; ``speaker`` is the country of the sentence's "I"."""
        if self._publishers(mention):  # "The President welcomes President X" on the White House's page
            title = mention.role or Role.PRESIDENT
            home = self._home(title, self._others(mention, mentions))
            return self._read_by(self._office_of_text(mention, title, set(), [], day, home=home), home)
        role = mention.role
        if mention.kind is not MentionKind.PRONOUN or role is None or mention.antecedents:
            return None
        if not (self.publisher or speaker is not None or self.countries):  # the counts last: the parser may count
            return None  # them when asked
        roles = _roles_of(role)
        named = [m for m in mentions if m.kind in _NAMED_LEADERS] + [
            a for m in mentions if m.kind is MentionKind.PRONOUN for a in m.antecedents[:1]
        ]
        others = self._others(mention, mentions)
        places = [m.country for m in mentions if m.kind in _SEATS]  # "in Addis Ababa", "at the White House"
        if speaker is not None and role in _COMMON_OFFICES:
            # "I spoke to the Chancellor", said by a leader: the one other leader the text names who holds that
            # office, if only one does
            others.add(speaker)
            places += self._named_holders(roles, speaker, day)
        # nor the same monarch's other realm: "by the Prince ... beside the King" is not the King of New Zealand
        people = frozenset(m.leaders[0] for m in named if m.leaders)
        home = self._home(role, others)
        return self._read_by(self._office_of_text(mention, role, others, places, day, people, home), home)

    @staticmethod
    def _others(mention: Mention, mentions: Sequence[Mention]) -> set[str]:
        """The countries of the other leaders of the sentence of a bare title's office ("The President met
        Erdogan"), but not of another office ("Zelenskyy received by the King" beside Starmer is Britain's king)."""
        roles = _roles_of(mention.role or Role.PRESIDENT)
        named = [m for m in mentions if m.kind in _NAMED_LEADERS] + [
            a for m in mentions if m.kind is MentionKind.PRONOUN and m is not mention for a in m.antecedents[:1]
        ]
        return {m.country for m in named if m.country and (m.role is None or m.role in roles)}

    def _bare_antecedent(
        self, antecedent: Mention, mentions: Sequence[Mention], speaker: str | None, day: dt.date
    ) -> Mention:
        """A pronoun's antecedent, read as its office when it is a bare title that links to no one."""
        office = self._bare_office(antecedent, mentions, speaker, day) if _bare(antecedent) else None
        if office is None:
            return antecedent
        self._stands_where(office, antecedent)
        return office

    def _named_holders(self, roles: Sequence[Role], speaker: str | None, day: dt.date) -> list[str]:
        """The country of the one leader the text names in full who holds one of ``roles`` on ``day`` and is not
        of the ``speaker``'s country; none when there are several ("the Prime Minister" beside two prime ministers)."""
        countries = {
            office.country.code
            for leader_id in self.introduced
            if (leader := self.knowledge.get_leader(leader_id)) is not None
            for office in leader.offices
            if office.held_on(day) and office.role in roles and office.country.code != speaker
        }
        return list(countries) if len(countries) == 1 else []

    def _stands_where(self, made: Mention, mention: Mention) -> None:
        """Note that a mention made from another (an office read from a bare title) stands where that one does."""
        self.spans.put(made, self.spans.get(mention) or (0, 0))

    def _publishers(self, mention: Mention) -> bool:
        """Whether a bare title is the publisher's own office: "the President" written with a capital on a page of
        the White House is theirs, whoever was named before (a schedule, a readout)."""
        return (
            self.publisher is not None
            and mention.kind is MentionKind.PRONOUN
            and mention.role in _COMMON_OFFICES
            and mention.text.split()[-1][:1].isupper()
        )

    def _office_of_text(
        self,
        mention: Mention,
        role: Role,
        others: set[str],
        places: Sequence[str | None],
        day: dt.date,
        people: frozenset[str] = frozenset(),
        home: str | None = None,
    ) -> Mention | None:
        if role in _COMMON_OFFICES:  # many countries have one: the publisher's ("the President" of a readout),
            countries = [home, *places]  # or the country the sentence is in ("held talks in Addis Ababa")
        else:
            countries = [country for country, _ in sorted(self.countries.items(), key=lambda held: -held[1])]
        if role in _MONARCHS and role.value in mention.text.lower():
            # "the Emir" in a story about Riyadh: the emir of a country the text names (Kuwait's), not the king
            # named most; "His Majesty" stands for any monarch
            own = self._office_in(mention, countries, (role,), others, day, people)
            if own is not None:
                return own
        return self._office_in(mention, countries, _roles_of(role), others, day, people)

    def _office_in(
        self,
        mention: Mention,
        countries: Sequence[str | None],
        roles: Sequence[Role],
        others: set[str],
        day: dt.date,
        people: frozenset[str] = frozenset(),
    ) -> Mention | None:
        """The first of ``countries`` (not of ``others``) with a holder of one of ``roles`` on ``day`` who is not
        one of ``people`` (a monarch of several realms named beside the title), as the office ``mention`` stands
        for."""
        for country in countries:
            if country is None or country in others:
                continue
            held = next(
                (
                    r
                    for r in roles
                    if any(leader.id not in people for leader, _ in self.knowledge.office_holders(country, r, on=day))
                ),
                None,
            )
            if held is not None:
                return attrs.evolve(mention, kind=MentionKind.OFFICE, country=country, role=held)
        return None

    def _holder(self, mention: Mention, day: dt.date) -> tuple[Leader, Office | None] | None:
        found = self.gazetteer.holders(mention, day)
        person = mention.kind is PERSON
        if person:
            found = self._out_of_office(mention, found, day)
        if person and not mention.explicit:
            found = [(leader, office) for leader, office in found if leader.id in self.introduced]
        elif mention.given and len(mention.leaders) > 1 and self.named_alone:
            found = self._namesake_named(mention, found)
        if len(found) > 1 and person and self.countries:
            return self._of_the_text(mention, day, found[0][0])
        if not found and person and self.introduced:
            return self._by_last_word(mention.text, day)
        return found[0] if found else None

    def _out_of_office(
        self, mention: Mention, found: Sequence[tuple[Leader, Office | None]], day: dt.date
    ) -> Sequence[tuple[Leader, Office | None]]:
        """Of the leaders a name may mean on ``day``, not one the text says has left office in the days of slack a
        loose date gets (see ``mentions._near``): one it calls former (``identify.former``), nor, first in line,
        one whose successor in that office it names (``people.succeeded``)."""
        if self.former:
            found = self._in_office(mention, found, day)
        if found and self.introduced:
            leader, office = found[0]
            if office is not None and not office.held_on(day) and self._succeeded(leader, office, day):
                found = found[1:]  # the common case, a leader in office on the day, settled without a call
        return found

    def _in_office(
        self, mention: Mention, found: Sequence[tuple[Leader, Office | None]], day: dt.date
    ) -> Sequence[tuple[Leader, Office | None]]:
        """Of the leaders a name may mean on ``day``, not one the text calls former ("Cambodia's former premier X")
        whose office ended before that day: the days of slack a loose date gets (see ``mentions._near``) are no
        term of a leader the text says has left office (``identify.former``)."""
        kept = [(leader, office) for leader, office in found if leader.id not in self.former or leader.offices_on(day)]
        if len(kept) < len(found):
            quoted = self.quote(mention)
            self._trace(quoted.start if quoted is not None else 0, ("identify.former",))
        return kept

    def _succeeded(self, leader: Leader, office: Office, day: dt.date) -> bool:
        """Whether a leader whose ``office`` ended shortly before ``day`` (a loose date still fits it; the caller
        checks it is not held that day) has a successor in that office the text names: then the leader is a former
        one on that day, no participant ("Srettha met Hun Manet ... and called on Hun Sen", weeks after the
        handover; rule ``people.succeeded``)."""
        for other_id in self.introduced:
            other = self.knowledge.get_leader(other_id)
            if other is None or other is leader:
                continue
            if any(o.country == office.country and o.role == office.role and o.held_on(day) for o in other.offices):
                self._trace_succeeded(leader)
                return True
        return False

    def _trace_succeeded(self, leader: Leader) -> None:
        """Trace ``people.succeeded`` once per leader, at the text's start (the rule reads the whole text)."""
        if self.trace is not None and (0, SUCCEEDED) not in self.trace:
            self._trace(0, (SUCCEEDED,))

    def _namesake_named(
        self, mention: Mention, found: Sequence[tuple[Leader, Office | None]]
    ) -> Sequence[tuple[Leader, Office | None]]:
        """Of the people a title and a given name several share may mean ("Prince Mohammed", "King Abdullah"),
        those the text named by a name of theirs alone, when it so named some but not all of them; so a shared name
        whose owner the text named, and who leads no country on the day (a crown prince), is no one, not a namesake
        who does. Not a shared family name: "Assad, the son of Hafez al-Assad" is the son."""
        named = self.named_alone.intersection(mention.leaders)
        if not named or len(named) == len(set(mention.leaders)):
            return found
        return [(leader, office) for leader, office in found if leader.id in named]

    def _by_last_word(self, name: str, day: dt.date) -> tuple[Leader, Office | None] | None:
        """A one-word name that is the last word of a leader the text introduced in full, in office on ``day``
        ("Samia Suluhu Hassan ... met with Hassan", though the name index files her under "Samia")."""
        word = name.casefold()
        for leader_id in sorted(self.introduced):
            leader = self.knowledge.get_leader(leader_id)
            if leader is None or leader.name.rsplit(" ", 1)[-1].casefold() != word:
                continue
            office = next((o for o in leader.offices if o.held_on(day)), None)
            if office is not None:
                return leader, office
        return None

    def _of_the_text(self, mention: Mention, day: dt.date, first: Leader) -> tuple[Leader, Office | None]:
        """Of leaders of one name who fit it equally well that day, the one of the country the text names most.

        "King Abdullah" in 2012 is Saudi Arabia's in a story about Riyadh, Jordan's in one about Amman.
        """
        ranked = list(self.gazetteer.ranked(mention, day))
        best = min(score for score, leader, _ in ranked if leader is first)
        tied = [(leader, office) for score, leader, office in ranked if score == best]
        return max(tied, key=lambda held: (self.countries.get(held[1].country.code, 0), held[0] is first))

    def _undated_person(self, mention: Mention, written: str | None) -> Participant | None:
        if (
            mention.kind is MentionKind.PERSON
            and mention.leaders
            and (mention.explicit or mention.leaders[0] in self.introduced)
        ):
            leader = self.knowledge.leader(mention.leaders[0])
            # with no date at all, the leader's latest office
            office = max(leader.offices, key=lambda o: (o.end or dt.date.max, o.leads, o.start), default=None)
            return Participant(
                name=leader.name,
                country=office.country if office else None,
                role=office.role if office else None,
                leader_id=leader.id,
                mention=written or mention.text,
            )
        if mention.kind in (MentionKind.OFFICE, MentionKind.GOVERNMENT) and mention.country:
            return Participant(
                country=Country(code=mention.country), role=mention.role, mention=written or mention.text
            )
        return None

    def note_unplaced(self, mentions: Iterable[Mention]) -> None:
        """Warn of each titled name the knowledge base does not list, saying why no leader was found for it.

        "Prime Minister Jan Doe" names someone, but no leader the knowledge
        base holds: the words are left out (and no other leader stands in for
        them). "Polish Prime Minister Jan Doe" is read as the office, so
        whoever held it stands in. Either way the warning names the words and
        what the knowledge base holds for that title, country and
        publication date.
        """
        for mention in mentions:
            unlisted = mention.unlisted
            if unlisted is not None:
                what = "left out" if mention.kind is MentionKind.OTHER else "read as the office"
                reason = self._unplaced(unlisted.role, unlisted.country)
                self.warnings.append(f"{unlisted.text!r} {what}: {reason}")

    def _unplaced(self, role: Role, country: str | None) -> str:
        """What the knowledge base holds for a title (of ``country``, if known) on the publication date."""
        day = self.anchor
        if country is None or day is None:
            return f"no {role.value} of that name in the knowledge base"
        kb = self.knowledge
        place = kb.country_name(country)
        holders = kb.office_holders(country, role, on=day)
        if holders:
            held = f"{holders[0][0].name} was {role.value} of {place} on {day}"
            return f"no {role.value} of that name in the knowledge base ({held})"
        if kb.office_holders(country, on=day):
            return f"no {role.value} of {place} in the knowledge base on {day}"
        return f"no entry for {place} in the knowledge base on {day}"

    # -- meetings ----------------------------------------------------------------

    def meeting(self, candidate: EventCandidate, evidence: Evidence, tokens: Sequence[Token] = ()) -> Meeting | None:
        """The meeting a candidate reports, or ``None`` when it has fewer than two leaders.

        ``tokens`` are the candidate's sentence's, which the explanation quotes.
        """
        summit = self.summit(candidate.summit, candidate.status, evidence, tokens) if candidate.summit else None
        dated = self.calendar.date(candidate, summit)
        self._trace(evidence.start, dated.fired)
        date, status, summit = dated.date, dated.status, dated.summit
        if "build.chair-attended" in candidate.rules and self.chaired_on is not None:
            date = self.chaired_on  # "X chaired the Y summit on May 19. A, B and C attended.": X's day
        section = self.calendar.section  # an undated event under a time heading: its people are of that time
        day = date.start if date else (section.start if section is not None else self.anchor)
        if date is not None and summit is not None and summit.date is not None and _coarse(date):
            # "held in 2021": the people of the summit's days within that year, not of its first day
            day = summit.date.start if date.contains(summit.date) else day
        if candidate.trip:  # no meeting, but the traveller's next ones share its date and destination
            self._trip(candidate, day, date, status, summit, evidence, tokens)
            return None
        if date is not None and (host_day := self._host_day(candidate, date, day)) != day:
            day = host_day
            self._trace(evidence.start, ("people.host-after-transition",))
        people, day = self._people_of(candidate, date, day)
        if GROUP in map(_KIND, candidate.participants):
            candidate = self._grouped(candidate, people, evidence)
        if self._whole_gathering(candidate, people):
            candidate = attrs.evolve(candidate, rules=(*candidate.rules, "people.whole-gathering"))
            self._trace(evidence.start, ("people.whole-gathering",))
        if _stands_in(candidate) and people:  # the protagonist, for a report that names no subject
            people[0] = (people[0][0], attrs.evolve(people[0][1], how=Identification.PROTAGONIST))
        if candidate.trigger_type is ATTEND and summit is not None:
            self.attended.append(Attended.by(summit, people, status, candidate.participants))
        if candidate.attendance:
            return None
        guests = self._lists_guests(candidate)  # "Taking part were A, B and C"
        if self._told_group is not None and (candidate.joins or guests):
            told, self._told_group = self._told_group, None
            return self._join_group(candidate, *told[:3])
        if guests and self._told_just_before(evidence):
            joined = self._join(candidate, people)
            self._listed_to = (joined, evidence.end) if joined is not None else None
            return joined
        if candidate.joins:
            return None if guests else self._join(candidate, people)
        host = self._visited(candidate, day, people)
        few = _too_few(people)
        if few and date is None and candidate.host is None:  # a name out of office on the publication day
            people, redated = self._of_the_paragraph(candidate, people, status, day)
            if redated != day:
                day, few = redated, _too_few(people)
                self._trace(evidence.start, ("people.paragraph-day",))
        participants = [person for person, _ in people]
        if few:
            if participants and date is not None and candidate.kind is VISIT:
                self.calendar.trip(tuple(participants), date, status)  # "X visited Moscow in 1987. There he ..."
            if GROUP in map(_KIND, candidate.participants):
                self._told_group = (candidate, evidence, tokens, _GROUP_REACH)
                if summit is not None:
                    self._summit_groups.append((candidate, evidence, tokens, summit, status))
            return None
        if candidate.trigger_type is ATTEND:
            if (
                summit is not None
                and summit.place is not None
                and day is not None
                and len(people) >= 3
                and ROLL_CALL not in candidate.rules  # a roll of attendees names all those it counts
            ):
                # the host of a summit is at its gathering; two guests who attend it need not have met anyone
                self._add(
                    people, self.identified([_office_of(summit.place.country.code, candidate.participants[0])], day)
                )
            if len(people) < 3:
                return None
        participants = [person for person, _ in people]
        kind, host, place = self._form(candidate, participants, summit, host, day)
        formed: tuple[str, ...] = ()
        if kind is MEETING and _on_sidelines(candidate, participants, summit, place):
            formed = (SIDELINES,)
            self._trace(evidence.start, formed)
        if self._call_context(candidate, kind, participants, place, summit):
            kind, place, formed = MeetingKind.CALL, None, ("kind.call-context",)
            self._trace(evidence.start, formed)
        elif kind is MEETING and summit is None and (visited := _host_word(candidate, participants)) is not None:
            kind, host, formed = VISIT, visited, ("kind.host-word",)
            place = place if place is not None and place.country == visited else Place(country=visited)
            self._trace(evidence.start, formed)
        self._last_call = (
            frozenset(p.leader_id for p in participants if p.leader_id) if kind is CALL_KIND else frozenset()
        )
        undated = date is None
        arranged = "time.statement-of-plan" in candidate.rules  # "said on Friday that X is visiting Y"
        date, fired = self.calendar.in_context(
            participants,
            status,
            date,
            candidate.aside,
            candidate.goes_on,
            candidate.next_step,
            host if kind is VISIT else None,
            arranged,
            summit is None and candidate.summit is not None and candidate.summit.anaphoric,
        )
        if "date.during-visit" in fired and date is not None and self.anchor is not None and date.start > self.anchor:
            status = PLANNED  # "said on Friday that X is visiting China": the visit of December 2 to 5
        if undated and date is not None and any(m.kind is OFFICE for m in candidate.participants):
            # "the then president" is whoever held the office on the day the paragraph gives the meeting
            redone = self.identified(candidate.participants, date.start)
            if len(redone) == len(people):
                people, participants = redone, [person for person, _ in redone]
        self._trace(evidence.start, fired)
        rules = (*candidate.rules, *formed, *dated.fired, *fired)
        explanation = Explanation(
            rules=rules,
            trigger=self._quote_tokens(tokens, candidate.start, candidate.end),
            time=self.quote(candidate.time) if candidate.time is not None else None,
            dated_by=next((r for r in reversed(rules) if r in _DATING_RULES), None) if date is not None else None,
            anchor=self.anchor,
            participants=tuple(how for _, how in people),
        )
        made = Meeting(
            participants=participants,
            kind=kind,
            status=status,
            evidence=evidence,
            host=host,
            date=date,
            place=place,
            summit=summit.name if summit else None,
            source=self.source,
            confidence=_confidence(candidate),
            explanation=explanation,
        )
        self._last_meeting = made
        self._told_group = None
        return made

    def _join(self, candidate: EventCandidate, people: list[tuple[Participant, Identified]]) -> Meeting | None:
        """The meeting told last with the leaders who attend it added ("which she will also attend together with X");
        it takes the place of the one told (see :attr:`replaced`)."""
        told = self._last_meeting
        if told is None or (told.kind is MeetingKind.CALL and not self._joins_call(candidate)):
            return None  # "A called B. C attended the summit." (but "C joined the call")
        keys = {p.key for p in told.participants}
        added = [(person, how) for person, how in people if person.key not in keys]
        if not added:
            return None
        participants = (*told.participants, *(person for person, _ in added))
        explanation = told.explanation
        if explanation is not None:
            explanation = attrs.evolve(
                explanation,
                rules=(*explanation.rules, *candidate.rules),
                participants=(*explanation.participants, *(how for _, how in added)),
            )
        joined = attrs.evolve(
            told,
            participants=participants,
            kind=MeetingKind.SUMMIT if len(participants) >= 3 and told.kind is not MeetingKind.CALL else told.kind,
            host=None,
            explanation=explanation,
        )
        self.replaced.append(told)
        self._last_meeting = joined
        return joined

    def _joins_call(self, candidate: EventCandidate) -> bool:
        """Whether a candidate's trigger joins a call ("joined the call", "joined the video conference")."""
        return not self.gazetteer.words.call_words.isdisjoint(candidate.trigger.split())

    def _told_just_before(self, evidence: Evidence) -> bool:
        """Whether the meeting told last is of the sentence right before ``evidence``'s, or of the guest list that
        sentence gave it: the one its guest list ("Taking part were A, B and C. Also there was D.") is of."""
        told, listed = self._last_meeting, self._listed_to
        if told is None:
            return False
        end = listed[1] if listed is not None and listed[0] is told else told.evidence.end
        return not self.text[end : evidence.start].strip()

    def _lists_guests(self, candidate: EventCandidate) -> bool:
        """Whether a candidate lists the guests of the gathering told before ("Taking part were A, B and C")."""
        trigger = self.gazetteer.words.triggers.get(candidate.trigger)
        return trigger is not None and trigger.lists_guests

    def _join_group(
        self, candidate: EventCandidate, told: EventCandidate, evidence: Evidence, tokens: Sequence[Token]
    ) -> Meeting | None:
        """The meeting of a group that stood for no one ("CARICOM leaders met virtually on Friday"), told again with
        the leaders a later sentence says attend it ("Taking part were A, B and C", "A and B attended"): its time,
        place and kind, and the leaders it named (a host, a chair) with them (rule ``people.group-attended``)."""
        rules = (*told.rules, *candidate.rules, "people.group-attended")
        self._trace(evidence.start, ("people.group-attended",))
        joined = attrs.evolve(told, participants=(*told.participants, *candidate.participants), rules=rules)
        return self.meeting(joined, evidence, tokens)

    def rosters(self, told: Sequence[Meeting]) -> list[Meeting]:
        """The meetings of groups that stood for no one at a named summit, each of the leaders the document says
        attend that summit in its status, anywhere in it (rule ``people.group-roster``): "Arab League leaders
        gathered in Jeddah on Friday for their summit" and, paragraphs later, "Sisi attended the summit" and
        "Assad also attended it"; and so the arrivals at a summit (see :meth:`_arrived`). None where the summit has a
        gathering already (``told``), nor with fewer than two attending leaders named."""
        made: list[Meeting] = []
        self._told_group = None  # the document is read: a group told last joins no later sentence
        for candidate, evidence, tokens, summit, status in self._summit_groups:
            if any(m.kind is SUMMIT and m.summit == summit.name for m in (*told, *made)):
                continue
            attending = [a for a in self.attended if a.of(summit, status)]
            if len({p.key for a in attending for p in a.people if p.leader_id}) < 2:
                continue
            mentions = tuple(m for a in attending for m in a.mentions)
            joined = attrs.evolve(candidate, participants=mentions, rules=("people.group-roster",))
            meeting = self._join_group(joined, candidate, evidence, tokens)
            if meeting is not None and meeting.kind is SUMMIT:
                self._trace(evidence.start, ("people.group-roster",))
                made.append(meeting)
        return made

    def _call_context(
        self,
        candidate: EventCandidate,
        kind: MeetingKind,
        participants: Sequence[Participant],
        place: Place | None,
        summit: Summit | None,
    ) -> bool:
        """'Spoke with X' in a round-up of calls: a call when the meeting before it was a call with a shared leader."""
        trigger = self.gazetteer.words.triggers.get(candidate.trigger)
        return (
            kind is MEETING
            and trigger is not None
            and trigger.may_be_call
            and place is None
            and summit is None
            and len(participants) == 2
            and not self._last_call.isdisjoint(p.leader_id for p in participants)
        )

    def _whole_gathering(self, candidate: EventCandidate, people: list[tuple[Participant, Identified]]) -> bool:
        """Whether a summit of one uncounted group pronoun ("the leaders agreed that the next summit ...") stands
        for all of the summit told last, some of whom it reached only: then add the others to ``people``."""
        told = self._last_meeting
        if told is None or told.kind is not SUMMIT or told.explanation is None:
            return False
        if candidate.kind is not SUMMIT or len(candidate.participants) != 1:
            return False
        group = candidate.participants[0]
        if group.kind is not MentionKind.PRONOUN or not group.plural or GROUP_SIZES.keys() & group.text.lower().split():
            return False
        keys = {person.key for person, _ in people}
        if not keys < {person.key for person in told.participants}:
            return False
        people += [
            (person, how)
            for person, how in zip(told.participants, told.explanation.participants, strict=True)
            if person.key not in keys
        ]
        return True

    def _people_of(
        self, candidate: EventCandidate, date: DateSpan | None, day: dt.date | None
    ) -> tuple[list[tuple[Participant, Identified]], dt.date | None]:
        """A candidate's people on ``day``, or on its date's last day when that finds more of them ("1974: Ford
        meets Brezhnev": someone who took office later in the year or month) or more the text names ("in May",
        the group's leaders: one who took office on May 8 and is named), with the day they were found on."""
        people = self.identified(candidate.participants, day)
        if (
            date is not None
            and _coarse(date)
            and day == date.start
            and (len(people) < len(candidate.participants) or any(map(_many_or_office, candidate.participants)))
        ):
            later = self.identified(candidate.participants, date.end)
            if len(later) > len(people) or (len(later) == len(people) and self._named(later) > self._named(people)):
                return later, date.end
        return people, day

    def _named(self, people: Sequence[tuple[Participant, Identified]]) -> int:
        """How many of ``people`` the text names."""
        return sum(person.leader_id in self.introduced for person, _ in people)

    def chaired(self, time: TimeExpression | None, status: Status) -> None:
        """Remember the date of a summit one leader chairs ("X chaired the Y summit on May 19"), ``None`` when the
        sentence names no such summit: the leaders who attend it in the next sentence meet X on that date (see the
        rule ``build.chair-attended``)."""
        self.chaired_on = None if time is None else self.calendar.resolve(time, status)  # None: the common case

    def _trip(
        self,
        candidate: EventCandidate,
        day: dt.date | None,
        date: DateSpan | None,
        status: Status,
        summit: Summit | None,
        evidence: Evidence,
        tokens: Sequence[Token],
    ) -> None:
        """Remember a journey with no counterpart: its date and destination carry to the traveller's next meeting;
        a journey for a summit ("X arrived in Rome for the G20 summit") is attendance of it (rule ``fold.roster``),
        and so is an arrival where and when the summit told before is held (rule ``people.summit-arrivals``)."""
        people = self.identified(candidate.participants, day)
        travellers = tuple(person for person, _ in people)
        destination = _place(candidate.place)
        self.calendar.trip(travellers, date, status, destination.country if destination is not None else None)
        if summit is not None and people:
            self.attended.append(Attended.by(summit, people, status, candidate.participants))
        elif people and (arrived := self._arrival_at_summit(destination, date)) is not None:
            self._arrived(candidate, people, evidence, tokens, *arrived)
        if destination is not None and not self._summit_in(destination.country, candidate):
            self._journey = (frozenset(p.leader_id for p in travellers if p.leader_id), destination)

    def _arrival_at_summit(
        self, destination: Place | None, date: DateSpan | None
    ) -> tuple[Summit, SummitMention] | None:
        """The summit told last, and the words that named it, if a journey to ``destination`` on ``date`` arrives at
        it: in its city, or its gathering's (their country, where either names no city), on its days or the few
        before them."""
        last = self._last_summit
        if last is None or last.date is None or destination is None:
            return None
        told = self._last_meeting
        venue = last.place or (told.place if told is not None and told.summit == last.name else None)
        if venue is None or destination.country != venue.country:
            return None  # no venue: neither the summit's own nor its gathering's ("met in Arusha at the summit")
        if destination.city and venue.city and fold(destination.city) != fold(venue.city):
            return None
        if (last.date.end - last.date.start).days >= _ROSTER_DAYS:
            return None  # "a summit in June": no days to arrive for
        if date is not None and not (last.date.start - _ARRIVAL_AHEAD <= date.start <= last.date.end):
            return None
        named = self._named_summit(last)
        return None if named is None else (last, named)

    def _named_summit(self, summit: Summit) -> SummitMention | None:
        """The words that named ``summit`` last (not "the summit"), if the text named it."""
        return next((m for m, s in reversed(self._resolved.values()) if s is summit), None)

    def _arrived(
        self,
        candidate: EventCandidate,
        people: list[tuple[Participant, Identified]],
        evidence: Evidence,
        tokens: Sequence[Token],
        summit: Summit,
        named: SummitMention,
    ) -> None:
        """Leaders who arrived where and when the summit told before is held attend it, in its status (rule
        ``people.summit-arrivals``): they join its gathering (:func:`into_rosters`), or, three or more of them, make
        it (:meth:`rosters`: the first arrival stands for its group), dated by the summit, not the arrival."""
        self._trace(evidence.start, ("people.summit-arrivals",))
        self.attended.append(Attended.by(summit, people, summit.status, candidate.participants))
        gathering = candidate.changed(
            kind=SUMMIT,
            trip=False,
            participants=(),
            host=None,
            implicit_host=False,
            time=None,
            summit=named,
            status=summit.status,
            rules=(*candidate.rules, "people.summit-arrivals"),
        )
        self._summit_groups.append((gathering, evidence, tokens, summit, summit.status))

    def _host_day(self, candidate: EventCandidate, date: DateSpan | None, day: dt.date | None) -> dt.date | None:
        """The day an encounter's people are found on: ``day``, or, when it names its host only by a place or a seat
        of government ("visited Washington in January", "talks at the White House"; no leader of that country by
        name) and the host country's leader changed within its month or year, its month's last day (the new leader,
        as a lame duck's last weeks hold few visits) or its year's middle day (the leader of most of the year:
        "Sadat's visit to Jerusalem in 1977" is Begin's, not Rabin's); not for a call, nor for a plan."""
        if date is None or day != date.start or candidate.kind is CALL_KIND:
            return day
        if date.precision is MONTH:
            later = date.end
        elif date.precision is Precision.YEAR:
            later = date.start.replace(month=7, day=1)
        else:
            return day
        if candidate.status is not OCCURRED:
            return day  # a plan for next month is with the leader its writer knows
        seats = [m.country for m in candidate.participants if m.kind is MentionKind.GOVERNMENT]
        implied = (
            self._host_country(candidate.host, day) if candidate.implicit_host and candidate.host is not None else None
        )
        hosts = {code for code in (*seats, implied.code if implied is not None else None) if code}
        if any(m.kind is PERSON and m.country in hosts for m in candidate.participants):
            return day  # "for talks with Chairman X": the host is named
        leading = self.knowledge.leading
        return later if any(leading(code, date.start) != leading(code, date.end) for code in hosts) else day

    def _visited(
        self, candidate: EventCandidate, day: dt.date | None, people: list[tuple[Participant, Identified]]
    ) -> Country | None:
        """The host country of a visit; an unnamed host's leader on the day joins ``people``."""
        if candidate.kind is not VISIT or candidate.host is None:
            return None
        host = self._host_country(candidate.host, day)
        if candidate.implicit_host and host is not None and day is not None and self.knowledge.leading(host.code, day):
            state = bool(candidate.state_visit) and self._heads_state(people, day)
            office = (self._head_of_state(host.code, candidate, day) if state else None) or (
                _office_of(host.code, candidate.host)
            )
            leader = self.identified([office], day)
            unnamed = Identified(how=Identification.HOST, mention=self.quote(candidate.host))
            self._add(people, [(person, unnamed) for person, _ in leader])
        return host

    def _heads_state(self, people: list[tuple[Participant, Identified]], day: dt.date) -> bool:
        """Whether the visitor (the first person) is a head of state on ``day``: a prime minister's state visit is
        hosted by the prime minister there."""
        leader = self.knowledge.get_leader(people[0][0].leader_id or "") if people else None
        return leader is not None and any(o.held_on(day) and o.head in _HEADS_OF_STATE for o in leader.offices)

    def _head_of_state(self, code: str, candidate: EventCandidate, day: dt.date) -> Mention | None:
        """The office of a country's head of state on ``day``, when that is not its head of government and the
        state visit's sentence names that person: its host ("a state visit to Ireland at the invitation of President
        McAleese"; "She (the Queen) toured ..., and X returned the visit with a state visit to Britain")."""
        held = next(
            ((leader, o) for leader, o in self.knowledge.office_holders(code, on=day) if o.head is Head.STATE), None
        )
        if held is None or held[0].id not in candidate.state_visit or candidate.host is None:
            return None  # a head of state the sentence does not name: the head of government, as for other visits
        return attrs.evolve(_office_of(code, candidate.host), kind=MentionKind.OFFICE, role=held[1].role)

    @staticmethod
    def _add(people: list[tuple[Participant, Identified]], more: list[tuple[Participant, Identified]]) -> None:
        keys = {person.key for person, _ in people}
        people += [(person, how) for person, how in more if person.key not in keys]

    def _form(
        self,
        candidate: EventCandidate,
        people: list[Participant],
        summit: Summit | None,
        host: Country | None,
        day: dt.date | None = None,
    ) -> tuple[MeetingKind, Country | None, Place | None]:
        """A meeting's kind, host and place: talks in one side's country are a visit; a call has no place.

        Talks with no place of their own are where the paragraph's traveller went, or where the wire whose
        dateline opens the sentence was filed, if that is one side's country and the talks are of its day.
        """
        kind = candidate.kind
        if kind in (MEETING, SUMMIT):
            kind = SUMMIT if len(people) >= 3 else MEETING
        place = _within(_place(candidate.place), summit.place if summit else None)
        if place is None and summit is None and kind is MEETING and self._journey is not None:
            # "X arrived in Beijing on Monday. He met Y on Tuesday.": the traveller meets at the destination
            traveller_ids, destination = self._journey
            if any(p.leader_id in traveller_ids for p in people):
                place = destination
        if (
            place is None
            and summit is None
            and kind is MEETING
            and self._filed_that_day(day)
            and sum(p.country is not None and p.country.code == self.filed for p in people) == 1
        ):
            # "PARIS, Jan. 22 -- A and B signed a treaty today": the dateline is where that day's talks were, when
            # it is one side's country (a visit); a third country's may be a summit's the sentence does not name
            place = Place(country=Country(code=self.filed))  # type: ignore[arg-type]  # checked: not None
        if kind is MEETING and place is not None and candidate.summit is None and _one_at_home(people, summit, place):
            kind, host = MeetingKind.VISIT, place.country  # talks in one side's country: the other side visits
        if kind is not VISIT:
            host = None
        if kind is CALL_KIND:
            place = None
        elif kind is VISIT and host is not None and (place is None or place.country != host):
            place = Place(country=host)
        return kind, host, place

    def _filed_that_day(self, day: dt.date | None) -> bool:
        """Whether the sentence opens with a dateline and tells of the day it was filed (or the day before): a
        wire's lead, whose talks are where it was filed, not a recap of other years."""
        anchor = self.anchor
        return self.filed is not None and day is not None and anchor is not None and 0 <= (anchor - day).days <= 1

    def _host_country(self, mention: Mention, day: dt.date | None) -> Country | None:
        if mention.kind in _HOST_KINDS and mention.country:
            return Country(code=mention.country)
        if mention.kind is MentionKind.PRONOUN:  # "he hosted X", "the king welcomed X": whoever it stands for
            mention = mention.antecedents[0] if mention.antecedents else mention
        person = self.person(mention, day)
        return person.country if person else None


#: The rules that give a meeting its date, any one of which is the explanation's ``dated_by``.
_DATING_RULES = frozenset(
    {
        "date.own-time",
        "date.summit",
        "date.summit-relation",
        "date.paragraph-context",
        "date.goes-on",
        "date.summit-told",
        "date.rest-of-visit",
        "date.later-that-day",
        "date.same-plan",
        "date.summit-context",
        "date.gathering-context",
        "date.lead",
        "date.news-lead",
        "date.programme-day",
    }
)  # and date.summit-later, once the document's summits are folded
_IDENTIFIED_BY = {
    MentionKind.PERSON: Identification.NAME,
    MentionKind.OFFICE: Identification.OFFICE,
    MentionKind.GOVERNMENT: Identification.GOVERNMENT,
    MentionKind.GROUP: Identification.MEMBER,
}
#: How long before publication a summit told ahead may have ended: the story was filed before it, stamped after.
_FILED_BEFORE = dt.timedelta(days=1)
_ROSTER_DAYS = 4  # a summit's own days: a gathering dated only "in June" takes no arrivals
_ARRIVAL_AHEAD = dt.timedelta(days=3)  # a leader arrives for a summit this many days before it at most
_STAND_INS = frozenset({"standin.protagonist", "sentence.list-entry"})


_NAMED_LEADERS = frozenset({MentionKind.PERSON, MentionKind.OFFICE})
#: Where a bare common title ("the President") may be read as that country's office: a place, or a seat of
#: government ("met X at the White House", "received X in the Kremlin").
_SEATS = frozenset({MentionKind.PLACE, MentionKind.GOVERNMENT})
_HOST_KINDS = frozenset({MentionKind.PLACE, MentionKind.COUNTRY, MentionKind.GOVERNMENT})  # a host's country


def _first_office(offices: Sequence[Office]) -> Office | None:
    """Of a leader's offices on a day, the one that leads a country (not acting) first; ``None`` for none."""
    return min(offices, key=lambda o: (not o.leads, o.acting)) if offices else None


def _bare_titles(mentions: Sequence[Mention]) -> bool:
    """Whether a sentence's mentions hold a bare title ("the Emir": a pronoun with an office), or a pronoun that
    may stand for one (a pronoun's antecedent that is a pronoun); most hold no pronoun, which is settled in C."""
    return PRONOUN in map(_KIND, mentions) and any(
        m.kind is PRONOUN and (m.role is not None or PRONOUN in map(_KIND, m.antecedents)) for m in mentions
    )


def _bare(mention: Mention) -> bool:
    """Whether a mention is a bare title that links to no one: "the President" before any president is named."""
    return mention.kind is PRONOUN and mention.role is not None and not mention.antecedents


_KIND = attrgetter("kind")
_GROUP_REACH = 1  # paragraphs after its own in which a group's meeting takes the leaders who attend it


@rule(
    "summit.record-city",
    Phase.SUMMIT,
    "A summit of a series named with no time of its own and a city where the series meets in the fortnight around "
    "the publication date is that edition, whatever the tense of its sentence ('a statement on the G7 summit in "
    "Biarritz', told a week after it, is the summit of August 2019).",
    "Johnson will report to Parliament on the G7 summit in Biarritz.",
    published="2019-09-02",
)
def _in_city(records: Sequence[SummitRecord], place: Mention) -> list[SummitRecord]:
    """The records of the summits held in a place's city (none for a country).

    >>> from diplomacy_events import default_knowledge
    >>> from diplomacy_events.mentions import Gazetteer
    >>> from diplomacy_events.segment import tokenize
    >>> biarritz = Gazetteer.for_knowledge(default_knowledge()).mentions(tokenize("Biarritz"))[0]
    >>> [r.date.start.year for r in _in_city(default_knowledge().summits(organization="G7"), biarritz)]
    [2019]
    """
    if not place.city:
        return []
    city = fold(place.city)
    return [r for r in records if r.place and r.place.city and fold(r.place.city) == city]


def _too_few(people: Sequence[tuple[Participant, Identified]]) -> bool:
    """Whether people are too few for a meeting: fewer than two countries, or no one named."""
    return len({p.country.code for p, _ in people if p.country}) < 2 or not any(p.name for p, _ in people)


def _went_there(record: SummitRecord | None, mention: SummitMention, when: DateSpan | None) -> bool:
    """Whether a trip "to Rio for the G20" went to an edition of the series held at the trip's place, ``when``."""
    return (
        record is not None
        and (when is None or record.date.overlaps(when))
        and (mention.place is None or bool(_located((record,), mention.place)))
    )


def _located(records: Sequence[SummitRecord], place: Mention) -> list[SummitRecord]:
    """The records of the summits held in a place's country or city."""
    city = fold(place.city) if place.city else None
    return [
        r
        for r in records
        if r.place and (r.place.country.code == place.country or (city and r.place.city and fold(r.place.city) == city))
    ]


def _many_or_office(mention: Mention) -> bool:
    """Whether a mention stands for a gathering's people (an organization's leaders, or "the same leaders" and
    "they" after three or more) or for an office, whose holder the day decides ("the new prime minister")."""
    return mention.kind is OFFICE or people_count((mention,)) >= 3


_OTHERS = attrgetter("others")


def _day_of_year(times: Sequence[TimeExpression], anchor: dt.date) -> dt.date:
    """The day a sentence speaks of for an office's holder: mid-year of the first other year it names, else the
    anchor ("received by the Queen ... in 1979": 1979)."""
    year = next((t.year for t in times if t.year is not None and t.relation is None and t.cited is None), None)
    return anchor if year is None or year == anchor.year else dt.date(year, 7, 1)


def _speaker(mentions: Sequence[Mention]) -> str | None:
    """The country of the leader a sentence's "I" or "me" stands for, if any: a transcript's or a quote's speaker."""
    return next(
        (
            m.antecedents[0].country
            for m in mentions
            if m.kind is MentionKind.PRONOUN and m.antecedents and m.text.lower() in FIRST_PERSON
        ),
        None,
    )


def _roles_of(role: Role) -> tuple[Role, ...]:
    """The offices a bare title may stand for: a monarch's any monarch's, "the prime minister" a premier's too."""
    return _MONARCHS if role in _MONARCHS else (role, *([_SAME[role]] if role in _SAME else []))


#: Offices many countries have: with no one named, "the President" is the publisher's, if any.
SUCCEEDED = "people.succeeded"  # the rule that makes a leader whose successor the text names a former one
NAME_PART = "people.name-part"  # the rule that reads "Suluhu" after "Samia Suluhu" as her
OFFICIAL_NAME = "people.official-name"  # the rule that reads "Lee" after "Minister Mentor Lee Kuan Yew" as his
BRACKETED = "people.bracketed-name"  # the rule that reads "the Prime Minister (Mr Nehru)" as the one named
SIDELINES = "kind.sidelines"  # the rule that keeps talks on a gathering's sidelines in one side's country a meeting
SPELLED = "people.near-spelling"  # the rule that reads "President Mohammad Khatimi" as Mohammad Khatami
LISTED_NAMES = "people.listed-office-names"  # the rule that reads "the presidents of A (X) and B (Y)" as X and Y
_COMMON_OFFICES = frozenset({Role.PRESIDENT, Role.PRIME_MINISTER, Role.PREMIER, Role.CHANCELLOR, Role.CHAIRMAN})
#: Offices a monarch's title may stand for when the text names no country: "His Majesty", "the King".
_MONARCHS = (Role.KING, Role.QUEEN, Role.SULTAN, Role.EMIR, Role.EMPEROR, Role.GRAND_DUKE, Role.PRINCE)
_SAME = {Role.PRIME_MINISTER: Role.PREMIER, Role.PREMIER: Role.PRIME_MINISTER}


def _stands_in(candidate: EventCandidate) -> bool:
    """Whether the candidate's first participant is the protagonist, standing in for a subject the text omits."""
    return not _STAND_INS.isdisjoint(candidate.rules)


def _confidence(candidate: EventCandidate) -> float:
    """1.0, less 0.15 for an unnamed host and 0.1 for a participant known only through a pronoun."""
    pronoun = any(m.kind is PRONOUN for m in candidate.participants)
    return _CONFIDENCES[candidate.implicit_host, pronoun]


#: The confidence of a meeting by whether it has an unnamed host and a participant known through a pronoun.
_CONFIDENCES = {
    (host, pronoun): round(1.0 - UNNAMED_HOST_PENALTY * host - PRONOUN_PENALTY * pronoun, 2)
    for host in (False, True)
    for pronoun in (False, True)
}


rule(
    "kind.call-context",
    Phase.FORM,
    "'Spoke with X' with no place, right after a call of one of its leaders, is a call too (a round-up of calls).",
    "Biden called Erdogan on Monday.\n\nPutin spoke with Erdogan on Tuesday.",
    published="2023-02-09",
)(Assembler._call_context)
rule(
    "summit.record",
    Phase.SUMMIT,
    "A summit of a series takes its dates and venue from the knowledge base's record of the edition at the stated "
    "time, else at the stated place, else the nearest in the direction of its tense.",
    "Modi flew to Rio de Janeiro for the G20 summit.",
    published="2024-11-18",
)(Assembler._summit_record)
rule(
    _CONFERENCE_RECORD,
    Phase.SUMMIT,
    "A one-off summit its place names takes its days and venue from the knowledge base's record there "
    "(conferences.json): the one at the stated time, else the latest begun by the publication date (or within 60 "
    "days of it, for a plan), unless a summit of a series has met at that place since.",
    "Reagan and Gorbachev met at the 1985 Geneva summit.",
    published="1990-01-05",
)(Assembler._conference_record)
rule(
    BRACKETED,
    Phase.FORM,
    "A bare title with a leader's name in brackets right after it ('the Prime Minister (Mr Nehru)', 'the Emir "
    "(Sheikh Tamim)') stands for the leader named, not for the text's own holder of the office; so does a "
    "country's office ('the President of Kenya (Mr Ruto)') if the one named held an office of that country on the "
    "day (else both stand, each for its own).",
    "Tinubu and the President (Mr Ruto) held talks in Nairobi on Monday.",
    published="2024-03-05",
    outlet="The Lagos Evening Courier",
)(Gazetteer._bracketed_names)
rule(
    SPELLED,
    Phase.FORM,
    "A titled name the knowledge base does not list ('President Mohammad Khatimi', 'Ayatollah Ali Khamin'i') is "
    "the one leader holding such an office that day (of the country the text gives, if any) whose family name it "
    "spells near enough: apostrophes and hyphens aside, the same first letter and one letter changed (two in a name "
    "of seven letters or more), every given name written one of that leader's; a family name alone needs the "
    "country ('President Khatimi of Iran').",
    "King Abdullah held talks with President Mohammad Khatimi in Tehran on Tuesday.",
    published="2003-09-03",
)(Gazetteer._spelled_like)
rule(
    LISTED_NAMES,
    Phase.FORM,
    "A leader's name in brackets after a country of a list of offices ('the presidents of A (X) and B (Y), and the "
    "prime ministers of C (Z); D and E') names that country's office holder and does not end the list: after "
    "it, a semicolon separates items too; each office is still one of several, met in turn.",
    "Lula met the presidents of Kenya (William Ruto) and Ghana (Nana Akufo-Addo) and the prime minister of "
    "Ethiopia in Brasilia on Monday.",
    published="2023-08-22",
)(Gazetteer._named_in_brackets)
rule(
    NAME_PART,
    Phase.FORM,
    "A capitalised word alone that is a word of the name of one leader the text named before in full (two words or "
    "more: 'Samia Suluhu ... Suluhu arrived', 'Uhuru Kenyatta ... talks with Uhuru', a speech's 'Thank you, Olaf') "
    "names that leader; not a word of a longer name ('Uhuru Park', a capitalised word beside it), a title's word, a "
    "month or weekday, a word right after another mention, nor one the names of two people named share; only in the "
    "blocks up to the last that can report a meeting (those the first pass reads in full).",
    "President Bola Ahmed Tinubu landed in Accra on Monday. Later, Bola held talks with Mahama.",
    published="2025-03-11",
)(Gazetteer.name_parts)
rule(
    OFFICIAL_NAME,
    Phase.FORM,
    "A capitalised family name alone that only the full name of an official the text named before has (a name the "
    "data does not list, after a title of no leader: 'Minister Mentor Lee Kuan Yew ... Lee is to visit Ipoh', "
    "'Trade Minister Kim Hyun-jong ... Kim will call on') is that official, no leader of that family name; only in "
    "the blocks up to the last that can report a meeting.",
    "Trade Minister Kim Hyun-jong flew to Washington on Friday. Kim will call on President Trump on Tuesday. "
    "President Moon Jae-in stayed in Seoul.",
    published="2018-05-06",
)(Gazetteer.officials_named)
rule(
    SUCCEEDED,
    Phase.FORM,
    "A leader whose office ended shortly before the day (within the slack loose dates get) is a former leader, no "
    "participant, when the text names the successor who holds that office on the day: 'met the new prime minister "
    "X, then called on Y', weeks after Y handed over to X.",
    "Albanese met Prime Minister Christopher Luxon in Wellington on Friday, then called on Chris Hipkins.",
    published="2023-12-15",
)(Assembler._succeeded)
rule(
    "people.foreign-dateline",
    Phase.FORM,
    "A bare title many countries have ('the Prime Minister') in a paper's story filed abroad ('LIMA, March 3.', "
    "'(Wire) OSLO, June 2.') is the office of the dateline's country, not of the paper's own (a government's page "
    "keeps its own: 'the President' of a White House readout is the President).",
    "Talks in Canberra\n\nCANBERRA, March 3. President Tinubu lunched with the Prime Minister on Monday.",
    published="2024-03-04",
    outlet="The Nairobi Evening Courier",
)(Assembler._home)
rule(
    "people.named-holder",
    Phase.FORM,
    "A bare title many countries have in a paper's story that named a holder of that office of another country "
    "before, and none of the paper's own, is that holder's, not the paper's leader ('Albanese ... Marcos had lunch "
    "with the Prime Minister' in a Kenyan paper is Albanese); not the office of a leader of the sentence.",
    "Anthony Albanese welcomed Ferdinand Marcos Jr. to Canberra on Wednesday. "
    "Marcos had lunch with the Prime Minister on Thursday.",
    published="2024-02-29",
    outlet="The Nairobi Evening Courier",
)(Assembler._read_by)
rule(
    "people.paragraph-day",
    Phase.FORM,
    "An undated meeting whose people are too few on the publication day (a name out of office then) is read on the "
    "day its paragraph gives it: 'In 1991, Yeltsin met Kravchuk. Yeltsin telephoned President George Bush.'",
    "In 1991, Yeltsin met Kravchuk at a lodge near Brest. Yeltsin telephoned President George Bush from the lodge.",
    published="1998-12-08",
)(Assembler._of_the_paragraph)
rule(
    "date.summit-unrecorded",
    Phase.SUMMIT,
    "A summit of a series that is a meeting's setting keeps the meeting's time when the knowledge base records no "
    "edition of the series that early: 'met during the SAARC summit in December 1988' (records start in 2002).",
    "In December 1988, Rajiv Gandhi and Benazir Bhutto met during the SAARC summit in Islamabad.",
    published="1989-01-10",
)(Assembler._recorded)
rule(
    "summit.earlier",
    Phase.SUMMIT,
    "An ad hoc summit named again ('the mini-summit on Syria') takes the date of its earlier, dated mention.",
    "Yesterday, Erdogan held a mini-summit in Istanbul. The mini-summit on Syria ended with a statement.",
)(Assembler.summit)


_VENUE_SLACK = dt.timedelta(days=14)
_TRIP_SLACK = dt.timedelta(days=366)  # "flew to Rio for the G20": an edition within a year of the telling


def _edition_number(name: str) -> int | None:
    """The ordinal a summit record's name starts with, if any: "10th OTS summit" is 10."""
    return next((number for word in name.split() if (number := ordinal(word)) is not None), None)


def _coarse(span: DateSpan) -> bool:
    """Whether a date is less precise than a day or a week ("in 2021", "in May")."""
    return _PRECISION_RANK[span.precision] > _PRECISION_RANK[WEEK]


def _office_of(code: str, mention: Mention) -> Mention:
    return Mention(kind=MentionKind.GOVERNMENT, start=mention.start, end=mention.end, text=mention.text, country=code)


def _host_word(candidate: EventCandidate, participants: Sequence[Participant]) -> Country | None:
    """The country of a host word among the candidate's people ("talks with his host"), when the other side is of
    another country: the visit's host (``kind.host-word``)."""
    if len(participants) != 2:
        return None
    for mention in candidate.participants:
        for one in (mention, *mention.antecedents):
            if one.host and one.country is not None:
                own = [p for p in participants if p.country is not None and p.country.code == one.country]
                if len(own) == 1:
                    return own[0].country
    return None


rule(
    "kind.host-word",
    Phase.FORM,
    "Talks with 'his host' (or 'the host president', 'the two presidents' of a visitor and his host) are a visit to "
    "the host's country, wherever the sentence is.",
    "Lula arrived in Luanda on Thursday.\n\nLula and his host signed four agreements on Friday.",
    published="2023-08-26",
)(_host_word)


def _at_gathering(meeting: Meeting) -> bool:
    """Whether a meeting was at a summit, or on the sidelines of a gathering the text names (``kind.sidelines``)."""
    return meeting.summit is not None or (meeting.explanation is not None and SIDELINES in meeting.explanation.rules)


def _one_at_home(people: Sequence[Participant], summit: Summit | None, place: Place) -> bool:
    """Whether talks of two at ``place``, at no summit, are in one side's own country."""
    return summit is None and len(people) == 2 and sum(p.country == place.country for p in people) == 1


def _on_sidelines(
    candidate: EventCandidate, people: Sequence[Participant], summit: Summit | None, place: Place | None
) -> bool:
    """Whether talks in one side's country are on a gathering's sidelines, so no visit ("met X on the sidelines of
    an investment forum in Riyadh", a gathering the knowledge base does not know)."""
    return candidate.summit is not None and place is not None and _one_at_home(people, summit, place)


rule(
    SIDELINES,
    Phase.FORM,
    "Talks in one side's country are a visit, unless they are on a gathering's sidelines: 'met X on the sidelines "
    "of a forum in Riyadh' is a meeting, even when the text names no summit the knowledge base knows, and so is "
    "the one record its other reports fold into ('met X in Riyadh').",
    "President William Ruto met Crown Prince Mohammed bin Salman in Riyadh on Tuesday on the sidelines of an "
    "energy forum.",
    published="2024-05-01",
)(_on_sidelines)


def _within(stated: Place | None, venue: Place | None) -> Place | None:
    """The place the text states, made exact by a known venue in the same country ("in Turkey": Antalya)."""
    if stated is None:
        return venue
    if stated.city is None and venue is not None and venue.country == stated.country:
        return venue
    return stated


def _place(mention: Mention | None) -> Place | None:
    if mention is None or mention.country is None:
        return None
    return Place(country=Country(code=mention.country), city=mention.city)


def fold_joined(meetings: Sequence[Meeting], trace: list[tuple[int, str]] | None = None) -> list[Meeting]:
    """Fold a meeting into the gathering another leader made by joining its people that day (``fold.joined``).

    "Trump sat down with Kim on Sunday ... Moon joined the two men": one
    encounter of three, not a meeting of two beside it.
    """
    joined = [
        m
        for m in meetings
        if len(m.participants) >= 3
        and m.date is not None
        and m.explanation is not None
        and m.explanation.trigger is not None
        and fold(m.explanation.trigger.text) in _JOINING
    ]
    if not joined:
        return list(meetings)
    kept = []
    for meeting in meetings:
        people = {p.key for p in meeting.participants}
        into = next(
            (
                m
                for m in joined
                if people == {p.key for p in m.participants[1:]}  # the ones the subject joined
                and m.status is meeting.status
                and meeting.date is not None
                and m.date is not None
                and m.date.overlaps(meeting.date)
                and meeting.kind is not MeetingKind.CALL
            ),
            None,
        )
        if into is None:
            kept.append(meeting)
        elif trace is not None:
            trace.append((meeting.evidence.start, "fold.joined"))
    return kept


def fold_separate(meetings: Sequence[Meeting], trace: list[tuple[int, str]] | None = None) -> list[Meeting]:
    """Drop an undated planned gathering of one leader with others each of whom met that leader alone in the
    document (``fold.separate``): "held separate meetings with A, B and C ... expected talks with them" is those
    meetings, not a meeting of all four."""
    pairs = {
        frozenset(p.key for p in m.participants)
        for m in meetings
        if len(m.participants) == 2 and m.status is OCCURRED and m.kind is not CALL_KIND
    }
    kept = []
    for meeting in meetings:
        people = [p.key for p in meeting.participants]
        if (
            len(people) >= 3
            and meeting.date is None
            and meeting.status is Status.PLANNED
            and any(all(frozenset((one, other)) in pairs for other in people if other != one) for one in people)
        ):
            if trace is not None:
                trace.append((meeting.evidence.start, "fold.separate"))
            continue
        kept.append(meeting)
    return kept


def fold_one_gathering(meetings: Sequence[Meeting], trace: list[tuple[int, str]] | None = None) -> list[Meeting]:
    """Fold gatherings (or group calls) of one day that share two leaders and no named summit into one of all
    (``fold.one-gathering``).

    A live blog of a summit day names those arriving in one entry and those
    in the family photo in another: one gathering, not two beside each
    other. Gatherings tied to a named summit stay apart (a trilateral on
    the sidelines of the G7 is no G7 gathering).
    """
    kept: list[Meeting] = []
    for meeting in meetings:
        into = next((i for i, other in enumerate(kept) if _one_gathering(other, meeting)), None)
        if into is None:
            kept.append(meeting)
            continue
        kept[into] = _with_people_of(kept[into], meeting, "fold.one-gathering")
        if trace is not None:
            trace.append((meeting.evidence.start, "fold.one-gathering"))
    return kept


def _with_people_of(first: Meeting, other: Meeting, rule: str) -> Meeting:
    """``first`` with the participants of ``other`` it lacks, and how they were identified."""
    keys = {p.key for p in first.participants}
    added = [i for i, p in enumerate(other.participants) if p.key not in keys]
    people = (*first.participants, *(other.participants[i] for i in added))
    explanation = first.explanation
    if explanation is not None:
        hows = other.explanation.participants if other.explanation is not None else ()
        explanation = attrs.evolve(
            explanation,
            rules=(*explanation.rules, rule),
            participants=(*explanation.participants, *(hows[i] for i in added if i < len(hows))),
        )
    return attrs.evolve(first, participants=people, explanation=explanation)


def _one_gathering(one: Meeting, other: Meeting) -> bool:
    return (
        _gathering_kind(one, other)
        and one.summit is None
        and other.summit is None
        and one.status is other.status
        and one.date is not None
        and one.date == other.date
        and one.date.precision is Precision.DAY
        and len({p.key for p in one.participants} & {p.key for p in other.participants}) >= 2
    )


def _gathering_kind(one: Meeting, other: Meeting) -> bool:
    """Whether two meetings are gatherings of one form: both summits, or calls of three or more, the people of one
    all in the other (a readout's "call with A, B and C" and its statement's "the leaders of A, B and C had a
    telephone conversation"; two calls of a day with others besides are two calls)."""
    if one.kind is SUMMIT:
        return other.kind is SUMMIT
    if one.kind is not CALL_KIND or other.kind is not CALL_KIND:
        return False
    ones, others = {p.key for p in one.participants}, {p.key for p in other.participants}
    return min(len(ones), len(others)) > 2 and (ones <= others or others <= ones)


_ARRIVAL_DAYS = 2  # "arrived late Wednesday" and Thursday's talks: the talks are the visit


def fold_arrivals(
    meetings: Sequence[Meeting], arrivals: Collection[str], trace: list[tuple[int, str]] | None = None
) -> list[Meeting]:
    """Fold a visit reported by its arrival into the talks of the same visit a day or two later (``fold.arrival``);
    also a visit an arrival is made for ("arrived in Seattle today for a state visit").

    "Starmer arrived in Washington late Wednesday" and "talks at the White
    House on Thursday" are one visit, on the day of the talks; talks planned
    for a later day than an arrival that happened fold into the arrival. ``arrivals``
    are the words of arriving ("arrived", "landed").
    """
    by_people: dict[frozenset[tuple[str, ...]], list[Meeting]] = {}
    for meeting in meetings:
        by_people.setdefault(_people(meeting), []).append(meeting)
    dropped: set[int] = set()  # ids of the arrivals folded away
    for meeting in meetings:
        date = meeting.date
        if meeting.kind is not VISIT or date is None or not _by_arrival(meeting, arrivals):
            continue
        talks = [
            m
            for m in by_people[_people(meeting)]
            if id(m) not in dropped
            and m.host in (meeting.host, None)
            and m.date is not None
            and _after_arrival(meeting, m, (m.date.start - date.start).days)  # from the day of arrival
        ]
        if not talks:
            continue
        if all(m.status is not meeting.status and m.date is not None and m.date.start > date.start for m in talks):
            dropped.update(map(id, talks))  # "arrived on Saturday ...; will hold talks with X on Sunday": it happened
        else:
            dropped.add(id(meeting))
        if trace is not None:
            trace.append((meeting.evidence.start, "fold.arrival"))
    return [m for m in meetings if id(m) not in dropped]


def fold_carried_out(meetings: Sequence[Meeting], trace: list[tuple[int, str]] | None = None) -> list[Meeting]:
    """Fold a plan into the report that it was carried out: the same people on the same day, planned (a day
    borrowed from its context; a plan with a day of its own may be another encounter) and occurred, are one
    encounter, which happened (``fold.carried-out``); the occurred report's evidence is kept.

    A schedule's "the President will meet President X in the evening" and a
    caption's "The President and X shake hands, Saturday, Sept. 3" are one
    meeting.
    """
    done: dict[tuple[frozenset[tuple[str, ...]], dt.date], int] = {}  # occurred reports of one day
    for i, meeting in enumerate(meetings):
        if meeting.status is OCCURRED and _one_day(meeting.date):
            done.setdefault((_people(meeting), meeting.date.start), i)  # type: ignore[union-attr]
    if not done:
        return list(meetings)
    kept: list[Meeting | None] = list(meetings)
    for i, meeting in enumerate(meetings):
        if meeting.status is not PLANNED or not _one_day(meeting.date):
            continue
        j = done.get((_people(meeting), meeting.date.start))  # type: ignore[union-attr]
        report = kept[j] if j is not None else None
        if j is None or report is None or _own_date(meeting) is not None or not _compatible(report, meeting):
            continue  # a plan with a day of its own ("talks are set for this evening") may be another encounter
        kept[j] = _combine(report, attrs.evolve(meeting, date=report.date), "fold.carried-out")
        kept[i] = None
        if trace is not None:
            trace.append((meeting.evidence.start, "fold.carried-out"))
    return [m for m in kept if m is not None]


def during_visits(meetings: Sequence[Meeting], trace: list[tuple[int, str]] | None = None) -> list[Meeting]:
    """Talks told without a place, between a visitor and a leader of the country the visitor is visiting on that
    day, are part of the visit (``form.during-visit``): a visit to that country, held there.

    "Albanese began a state visit to China on Monday. On Tuesday he held talks
    with Premier Li Qiang." makes the Tuesday talks a visit to China. The
    visit is another record of the document (of the same status, or under
    way for talks planned), whose days, the two days after them or the day
    before them hold the talks' day; talks with a third country's leader, on a summit's
    sidelines or with a place of their own keep their form.
    """
    trips: dict[tuple[str, ...], list[Meeting]] = {}  # a visitor's key: the visits they make
    for visit in meetings:
        if visit.kind is VISIT and visit.host is not None and visit.date is not None:
            for person in visit.participants:
                if person.country != visit.host:
                    trips.setdefault(person.key, []).append(visit)
    if not trips:
        return list(meetings)
    formed = []
    for meeting in meetings:
        found = _visited_during(meeting, trips)
        if found is not None:
            visit, rule_id = found
            explanation = meeting.explanation
            if explanation is not None:
                explanation = attrs.evolve(explanation, rules=(*explanation.rules, rule_id))
            meeting = attrs.evolve(
                meeting,
                kind=VISIT,
                host=visit.host,
                place=Place(country=visit.host),  # type: ignore[arg-type]  # visits in trips have hosts
                date=meeting.date or visit.date,
                explanation=explanation,
            )
            if trace is not None:
                trace.append((meeting.evidence.start, rule_id))
        formed.append(meeting)
    return formed


def _visited_during(meeting: Meeting, trips: dict[tuple[str, ...], list[Meeting]]) -> tuple[Meeting, str] | None:
    """The visit one side of two-leader talks (no place, no summit) is making when they meet its host's leader, and
    the rule that says so; ``trips`` are the document's visits by their visitors' keys."""
    if meeting.summit or len(meeting.participants) != 2:
        return None
    if meeting.date is None:
        return _undated_during(meeting, trips)
    if meeting.kind is not MEETING or meeting.place is not None:
        return None
    one, other = meeting.participants
    for visitor, met in ((one, other), (other, one)):
        for visit in _visits_to(visitor, met, trips):
            if _same_visit(visit.status, meeting.status) and _within_visit(meeting.date, visit.date):  # type: ignore[arg-type]
                return visit, "form.during-visit"
    return None


def _undated_during(meeting: Meeting, trips: dict[tuple[str, ...], list[Meeting]]) -> tuple[Meeting, str] | None:
    """The visit undated talks that happened are part of (``form.undated-during-visit``): the visitor's one visit
    to the other's country (told once or more) that the document tells as made and under way when it was published.
    A visit of its own is not (it may tell another, or none: "since a French president came to Germany")."""
    if meeting.status is not OCCURRED or meeting.kind is not MEETING or meeting.place is not None:
        return None
    one, other = meeting.participants
    for visitor, met in ((one, other), (other, one)):
        visit = _the_visit_under_way(_visits_to(visitor, met, trips))
        if visit is not None:
            return visit, "form.undated-during-visit"
    return None


def _visits_to(visitor: Participant, met: Participant, trips: dict[tuple[str, ...], list[Meeting]]) -> list[Meeting]:
    """The visits of ``visitor`` to the country of ``met``."""
    return [v for v in trips.get(visitor.key, ()) if met.country == v.host and visitor.country != v.host]


def _the_visit_under_way(visits: Sequence[Meeting]) -> Meeting | None:
    """The visit made (told once or more, so on overlapping days) that is the news of its text: under way on the
    publication day, or just before or after it; its longest telling."""
    made: list[tuple[DateSpan, Meeting]] = []
    for visit in visits:
        published = visit.source.published if visit.source is not None else None
        span = visit.date
        day = DateSpan(start=published, end=published) if published is not None else None
        if visit.status is OCCURRED and span is not None and day is not None and _within_visit(day, span):
            made.append((span, visit))
    if not made or not all(span.overlaps(made[0][0]) for span, _ in made):
        return None
    return max(made, key=lambda found: found[0].end - found[0].start)[1]


def _same_visit(visit: Status, talks: Status) -> bool:
    """Whether talks of one status may be part of a visit of another: the same, or planned during a visit under
    way ("arrived on Monday ...; tomorrow he sits down with the premier")."""
    return talks is visit or (talks is Status.PLANNED and visit is OCCURRED)


_ONE_DAY = dt.timedelta(days=1)


def _within_visit(date: DateSpan, visit: DateSpan) -> bool:
    """Whether talks on ``date`` fall in a visit's days, the two after them (arrival first, talks next) or the day
    before (a visit dated by its talks: the welcome on the evening of the arrival)."""
    return visit.start - _ONE_DAY <= date.start and date.end <= visit.end + dt.timedelta(days=_ARRIVAL_DAYS)


def _one_day(date: DateSpan | None) -> bool:
    return date is not None and date.precision is DAY and date.start == date.end


def _by_arrival(meeting: Meeting, arrivals: Collection[str]) -> bool:
    """Whether a visit is told by its arrival: its trigger ("arrived in Moscow"), or an arrival for it just before
    ("landed in Lyon this morning for a first state visit")."""
    explanation = meeting.explanation
    if explanation is None or explanation.trigger is None:
        return False
    trigger = explanation.trigger
    if trigger.text.split()[0].lower() in arrivals:
        return True
    before = meeting.evidence.text[: max(0, trigger.start - meeting.evidence.start)].lower().split()
    purpose = before[-_PURPOSE_REACH:]  # "for (his first state) visit"
    return "for" in purpose and any(word in arrivals for word in before[-_ARRIVAL_REACH:])


_PURPOSE_REACH = 4  # words from "for" to the visit noun: "for a first state visit"
_ARRIVAL_REACH = 10  # words from the arrival to the visit noun: "landed in Lyon this morning for a first state visit"


def _after_arrival(arrival: Meeting, talks: Meeting, days: int) -> bool:
    """Whether ``talks``, ``days`` after ``arrival``, are of the same visit: of the same status a day or two later;
    or planned the same day ("arrived in Nadi today ...; talks with X are set for this evening")."""
    if talks.status is arrival.status:
        return 0 < days <= _ARRIVAL_DAYS
    return talks.status is Status.PLANNED and arrival.status is Status.OCCURRED and 0 <= days <= _ARRIVAL_DAYS


#: Trigger words by which a leader joins a meeting under way ("Moon joined the two men").
_JOINING = frozenset({"joined", "joins", "was joined by"})


def fold_meetings(
    meetings: Sequence[Meeting],
    headings: Collection[int] = (),
    trace: list[tuple[int, str]] | None = None,
    news: Mapping[int, dt.date] | None = None,
) -> list[Meeting]:
    """Fold reports of one meeting within a document: same people, status, compatible dates and places.

    The first report's evidence is kept; the most precise date wins.
    ``headings`` are the indexes of the meetings a headline or caption
    reports: one with no date of its own joins a report of the body on the
    same people whatever its status (``fold.heading``). ``news`` are the
    sentences the page leads with, by offset, with the day their story was
    filed (see :func:`news_of_the_day`): an undated report there is that
    day's news, no meeting the story dates long before (``fold.news-apart``).
    With ``trace``, each fold rule that fires is appended to it as (offset,
    rule id).
    """
    folded: list[Meeting] = []
    heading: list[bool] = []  # whether folded[i] rests on headings alone
    by_people: dict[tuple[frozenset[tuple[str, ...]], Status], list[int]] = {}  # indexes into folded
    spans = any(m.date is not None and m.date.precision is DAY and m.date.days > 1 for m in meetings)
    days = _single_days(meetings) if spans else {}  # only a span of days can hold two of them
    for index, meeting in enumerate(meetings):
        key = (frozenset(p.key for p in meeting.participants), meeting.status)
        same_people = by_people.setdefault(key, [])
        for i in same_people:
            earlier = folded[i]
            if not _same_time_or_news(earlier, meeting):
                continue
            if news and (_recap_of_news(earlier, meeting, news) or _recap_of_news(meeting, earlier, news)):
                if trace is not None:
                    trace.append((meeting.evidence.start, "fold.news-apart"))
                continue
            if not _compatible(earlier, meeting):
                continue
            split = earlier.date is not None and sum(earlier.date.contains(d) for d in days.get(key, ())) >= 2
            folded[i] = _combine(earlier, meeting, days=split)
            heading[i] = heading[i] and index in headings
            break
        else:
            same_people.append(len(folded))
            folded.append(meeting)
            heading.append(index in headings)
    return _fold_headings(folded, heading, trace) if any(heading) else folded


def _recap_of_news(undated: Meeting, dated: Meeting, news: Mapping[int, dt.date]) -> bool:
    """Whether ``undated`` is the news a page leads with (a meeting that happened, told with no time in a sentence
    of ``news``, not in a clause aside: "It has been years since X came to Y" is no news, nor is a question: "When
    did X and Y first meet?") and ``dated`` one the story dates before the week before it: another encounter, told
    as a recap."""
    if undated.date is not None or undated.status is not OCCURRED or dated.date is None:
        return False
    if undated.evidence.text.rstrip().endswith("?"):
        return False
    if undated.explanation is not None and "time.aside" in undated.explanation.rules:
        return False
    filed = news.get(undated.evidence.start)
    return filed is not None and dated.date.end < filed - dt.timedelta(days=LEAD_DAYS)


def _same_time_or_news(one: Meeting, other: Meeting) -> bool:
    """Whether two reports of the same people may be one meeting by their dates: undated, overlapping, or the
    page's news telling again a meeting of the week before."""
    if one.date is None or other.date is None or one.date.overlaps(other.date):
        return True
    return _news_of(one, other) or _news_of(other, one)


def _news_of(news: Meeting, other: Meeting) -> bool:
    """Whether a meeting dated only as the page's news (``date.news-lead``) may tell again one that a time of the
    story dates in the week before it: the news is that meeting, not another of the same people."""
    explanation = news.explanation
    if explanation is None or explanation.dated_by != "date.news-lead" or news.date is None or other.date is None:
        return False
    return news.date.start - dt.timedelta(days=LEAD_DAYS) <= other.date.end < news.date.start


def into_rosters(
    meetings: Sequence[Meeting], attended: Sequence[Attended], trace: list[tuple[int, str]] | None = None
) -> list[Meeting]:
    """A summit's gathering with every leader the document places at that summit (``fold.roster``).

    Those another sentence says attend the same summit in the same status
    ("Modi also attended the G20 summit in Rome on Saturday"), and those
    the gathering's host received on its days in its country ("Rutte
    arrived and was received by Draghi"): that reception is their arrival
    at the gathering, which takes its place. Sideline meetings stay apart.
    """
    kept = list(meetings)
    for index, gathering in enumerate(kept):
        if gathering.kind is not SUMMIT or gathering.summit is None:
            continue
        joined = gathering
        for who in attended:
            if (
                who.summit.name == gathering.summit
                and who.status is gathering.status
                and _same_time(who.summit.date, gathering.date)
            ):
                joined = _with_people(joined, who)
        arrivals = [m for m in kept if _arrives_at(m, joined)]
        for arrival in arrivals:
            joined = _with_people_of(joined, arrival, "fold.roster")
        if joined.participants != gathering.participants:
            joined = _with_rule(joined, "fold.roster") if not arrivals else joined
            kept[index] = joined
            if trace is not None:
                trace.append((gathering.evidence.start, "fold.roster"))
        kept = [m for m in kept if not any(m is a for a in arrivals)]
    return kept


def _with_people(meeting: Meeting, who: Attended) -> Meeting:
    """``meeting`` with the named leaders of an attendance it lacks, and how the text identified them."""
    keys = {p.key for p in meeting.participants}
    added = [i for i, p in enumerate(who.people) if p.key not in keys and p.leader_id]
    if not added:
        return meeting
    explanation = meeting.explanation
    if explanation is not None:
        hows = (*explanation.participants, *(who.hows[i] for i in added))
        explanation = attrs.evolve(explanation, participants=hows)
    return attrs.evolve(
        meeting, participants=(*meeting.participants, *(who.people[i] for i in added)), explanation=explanation
    )


def _with_rule(meeting: Meeting, rule_id: str) -> Meeting:
    explanation = meeting.explanation
    if explanation is None or rule_id in explanation.rules:
        return meeting
    return attrs.evolve(meeting, explanation=attrs.evolve(explanation, rules=(*explanation.rules, rule_id)))


def _arrives_at(visit: Meeting, gathering: Meeting) -> bool:
    """Whether a visit is a leader's reception by a summit gathering's host on its days in its country."""
    if visit.kind is not MeetingKind.VISIT or visit.status is not gathering.status or visit.host is None:
        return False
    if visit.summit not in (None, gathering.summit) or visit.explanation is None:
        return False
    if "build.hosted-visit" not in visit.explanation.rules:  # "was received by", "was greeted by"
        return False
    if gathering.place is None or gathering.place.country != visit.host:
        return False
    if gathering.date is None or visit.date is None or not gathering.date.overlaps(visit.date):
        return False
    if (gathering.date.end - gathering.date.start).days >= _ROSTER_DAYS:
        return False
    keys = {p.key for p in gathering.participants}
    hosts = [p for p in visit.participants if p.country == visit.host]
    guests = [p for p in visit.participants if p.key not in keys]  # those already in it are fold.gathering's
    return bool(hosts) and all(p.key in keys for p in hosts) and bool(guests)


def into_gatherings(meetings: list[Meeting], trace: list[tuple[int, str]] | None = None) -> list[Meeting]:
    """Visits made for a summit whose gathering (same summit, status and days) includes both leaders are part of it.

    "Y received X when X reached the summit venue", "X will
    visit Japan on the occasion of the trilateral summit": the summit-kind
    meeting of all already reports them. Meetings on its sidelines stay.
    """
    gatherings = [m for m in meetings if m.kind is SUMMIT and m.summit]
    if not gatherings:
        return meetings

    def within(visit: Meeting) -> bool:
        keys = {p.key for p in visit.participants}
        return visit.kind is MeetingKind.VISIT and any(
            g.summit == visit.summit
            and g.status is visit.status
            and keys <= {p.key for p in g.participants}
            and (g.date is None or visit.date is None or g.date.overlaps(visit.date))
            for g in gatherings
        )

    kept = []
    for meeting in meetings:
        if not within(meeting):
            kept.append(meeting)
        elif trace is not None:
            trace.append((meeting.evidence.start, "fold.gathering"))
    return kept


def _compatible(one: Meeting, other: Meeting) -> bool:
    """Whether two reports of the same people can be one meeting by their places and kinds."""
    if one.place and other.place and one.place.country != other.place.country:
        return False  # "visit Seoul in May" and "host him at the G7 in Hiroshima later that month"
    if MeetingKind.CALL in (one.kind, other.kind) and one.kind is not other.kind:
        # a call is no meeting; but "Call with X" (a heading, undated) and "spoke today with X" (no place) are one call
        vague = _own_date(one) is None or _own_date(other) is None  # undated, or dated only by its paragraph
        spoken = {one.kind, other.kind} == {MeetingKind.CALL, MeetingKind.MEETING}
        return (vague and spoken and one.place is None and other.place is None) or _together(one, other)
    return True


def _together(one: Meeting, other: Meeting) -> bool:
    """Whether a call dated only by its paragraph is of leaders who held a summit that day: "the three presidents
    ... unveiled a stele by video link" from their summit's venue is no call among them."""
    call, met = (one, other) if one.kind is MeetingKind.CALL else (other, one)
    return met.kind in _IN_COMPANY and _own_date(call) is None and call.place is None and _own_date(met) is not None


_IN_COMPANY = frozenset({MeetingKind.SUMMIT})  # a gathering of three or more: the leaders in one place


#: Dates a record takes from its context, not from a time of its own sentence.
_BORROWED_DATES = frozenset(
    {
        "date.summit",
        "date.paragraph-context",
        "date.goes-on",
        "date.summit-told",
        "date.summit-context",
        "date.gathering-context",
        "date.summit-later",
        "date.lead",
        "date.news-lead",
        "date.rest-of-visit",
        "date.later-that-day",
        "date.same-plan",
        "date.programme-day",
    }
)


def _own_date(meeting: Meeting) -> DateSpan | None:
    """A record's date when a time of its own sentence gave it; ``None`` when borrowed (from a summit, say)."""
    explanation = meeting.explanation
    if explanation is not None and explanation.dated_by in _BORROWED_DATES:
        return None
    return meeting.date


def _fold_headings(folded: list[Meeting], heading: list[bool], trace: list[tuple[int, str]] | None) -> list[Meeting]:
    """Fold each headline or caption report into the body's report of the same people (``fold.heading``)."""
    kept: list[Meeting | None] = list(folded)
    bodies: dict[frozenset[tuple[str, ...]], list[int]] = {}  # the body's reports by their people
    for j, report in enumerate(folded):
        if not heading[j]:
            bodies.setdefault(_people(report), []).append(j)
    for i, meeting in enumerate(folded):
        if not heading[i]:
            continue
        own = _own_date(meeting)
        twins = [
            (j, body)
            for j in bodies.get(_people(meeting), ())
            if (body := kept[j]) is not None
            and (own is None or body.date is None or own.overlaps(body.date))
            and _compatible(body, meeting)
        ]
        if not twins:
            continue
        j, body = next(((j, b) for j, b in twins if b.status is meeting.status), twins[0])
        kept[j] = _combine(body, attrs.evolve(meeting, date=own), "fold.heading")
        kept[i] = None
        if trace is not None:
            trace.append((meeting.evidence.start, "fold.heading"))
    return [m for m in kept if m is not None]


def _people(meeting: Meeting) -> frozenset[tuple[str, ...]]:
    """Who a meeting is between, whatever the order."""
    return frozenset(p.key for p in meeting.participants)


def _combine(first: Meeting, second: Meeting, rule_id: str | None = None, *, days: bool = False) -> Meeting:
    date, explanation = first.date, first.explanation
    if second.date is not None and (
        date is None
        or _PRECISION_RANK[second.date.precision] < _PRECISION_RANK[date.precision]
        or (second.date.precision is date.precision and _own_date(first) is None and _own_date(second) is not None)
        or (days and _day_of_span(second.date, date))
    ):
        date = second.date
        explanation = _dated_from(explanation, second.explanation)
    if rule_id is not None and explanation is not None:
        explanation = attrs.evolve(explanation, rules=(*explanation.rules, rule_id))
    kind = first.kind if first.kind is not MEETING else second.kind  # a call or visit says more
    if kind is CALL_KIND and second.kind in _IN_COMPANY:
        kind = second.kind  # leaders together that day: no call (see _together)
    if kind is VISIT and MEETING in (first.kind, second.kind) and any(map(_at_gathering, (first, second))):
        kind = MeetingKind.MEETING  # a meeting on a summit's sidelines stays one, whoever travelled
    host = first.host or second.host if kind is VISIT else None
    return attrs.evolve(
        first,
        date=date,
        kind=kind,
        host=host,
        place=first.place or second.place,
        summit=first.summit or second.summit,
        explanation=explanation,
    )


def _single_days(meetings: Sequence[Meeting]) -> dict[tuple[frozenset[tuple[str, ...]], Status], set[DateSpan]]:
    """The single days the reports of each set of people (and status) fall on."""
    found: dict[tuple[frozenset[tuple[str, ...]], Status], set[DateSpan]] = {}
    for meeting in meetings:
        date = meeting.date
        if date is not None and date.precision is Precision.DAY and date.days == 1:
            found.setdefault((frozenset(p.key for p in meeting.participants), meeting.status), set()).add(date)
    return found


def _day_of_span(day: DateSpan, span: DateSpan) -> bool:
    """Whether ``day`` is one day within the days of ``span`` ("met on October 28" during "a state visit from October
    26 to November 3"): where the same people's reports fall on two days or more of the span, the encounter's day,
    so that the other day's talks stay an encounter of their own."""
    return day.precision is Precision.DAY is span.precision and day.days == 1 < span.days and span.contains(day)


def _dated_from(first: Explanation | None, second: Explanation | None) -> Explanation | None:
    """The first report's explanation, with the time and rules of the second report, whose date was kept."""
    if first is None or second is None:
        return first or second
    rules = tuple(dict.fromkeys((*first.rules, *second.rules)))
    return attrs.evolve(first, rules=rules, time=second.time, dated_by=second.dated_by)


def listed_summits(summits: Sequence[Summit]) -> list[Summit]:
    """The summits a result lists: all but the one-off summits of two states, which only date their meetings.

    >>> listed_summits([])
    []
    """
    return [s for s in summits if s.explanation is None or _CONFERENCE_PAIR not in s.explanation.rules]


rule(
    _CONFERENCE_PAIR,
    Phase.SUMMIT,
    "A one-off summit of two states ('the Reykjavik summit') dates the meetings at it but is no multilateral summit: "
    "it is not listed among the result's summits.",
    "Reagan and Gorbachev met at the Reykjavik summit.",
    published="1990-01-05",
)(listed_summits)


def fold_summits(summits: Sequence[Summit]) -> list[Summit]:
    """One summit per series (or ad hoc name stem) and date; an undated mention joins a dated one."""
    folded: list[Summit] = []
    by_key: dict[str, list[int]] = {}  # indexes into folded
    for summit in summits:
        same_series = by_key.setdefault(_summit_key(summit), [])
        for i in same_series:
            existing = folded[i]
            if existing.date is None or summit.date is None or existing.date.overlaps(summit.date):
                folded[i] = attrs.evolve(
                    existing,
                    name=max(existing.name, summit.name, key=len),
                    date=existing.date or summit.date,
                    place=existing.place or summit.place,
                    evidence=existing.evidence or summit.evidence,
                    explanation=existing.explanation or summit.explanation,
                )
                break
        else:
            same_series.append(len(folded))
            folded.append(summit)
    return folded


def at_dated_summits(
    meetings: Sequence[Meeting], summits: Sequence[Summit], trace: list[tuple[int, str]] | None = None
) -> list[Meeting]:
    """Undated meetings at a summit the text dates only elsewhere take its dates (``date.summit-later``).

    "Anwar meets the Emir on the sidelines of the ASEAN-GCC Summit" (a
    headline), then "... the ASEAN-Gulf Cooperation Council (GCC) Summit here
    yesterday": the headline's meeting was yesterday. A summit name with two
    dated editions in the text dates nothing.
    """
    dated: dict[str, list[Summit]] = {}
    for summit in summits:
        if summit.date is not None:
            dated.setdefault(summit.name, []).append(summit)
    found = []
    for meeting in meetings:
        editions = dated.get(meeting.summit or "", [])
        if meeting.date is None and len(editions) == 1:
            explanation = meeting.explanation
            if explanation is not None:
                rules = (*explanation.rules, "date.summit-later")
                explanation = attrs.evolve(explanation, rules=rules, dated_by="date.summit-later")
            meeting = attrs.evolve(meeting, date=editions[0].date, explanation=explanation)
            if trace is not None:
                trace.append((meeting.evidence.start, "date.summit-later"))
        found.append(meeting)
    return found


def news_of_the_day(
    meetings: Sequence[Meeting], news: Mapping[int, dt.date], trace: list[tuple[int, str]] | None = None
) -> list[Meeting]:
    """A meeting that happened, which the page leads with and no time dates, is its news: of the day the story
    was filed or the day before (``date.news-day``).

    ``news`` gives the sentences a page leads with that name no time (its headlines and captions, and the first
    sentence of its body: "President X held a bilateral meeting with Y at the palace." under the page's date, or
    the first to name a leader after an opening that names none and no time), by their offsets, with the day their
    story was filed (a dateline's, else the publication date).
    """
    found = []
    for meeting in meetings:
        filed = news.get(meeting.evidence.start)
        if filed is not None and meeting.date is None and meeting.status is OCCURRED:
            day = news_day(filed)
            explanation = meeting.explanation
            if explanation is not None:
                rules = (*explanation.rules, "date.news-day")
                explanation = attrs.evolve(explanation, rules=rules, dated_by="date.news-day")
            meeting = attrs.evolve(meeting, date=day, explanation=explanation)
            if trace is not None:
                trace.append((meeting.evidence.start, "date.news-day"))
        found.append(meeting)
    return found


def with_participants(
    summits: Sequence[Summit], meetings: Sequence[Meeting], attended: Sequence[Attended]
) -> list[Summit]:
    """Each summit with the leaders the text places at it: at its meetings and among those attending it."""
    found = []
    for summit in summits:
        people = {p.key: p for p in summit.participants}
        at: list[Sequence[Participant]] = [
            m.participants for m in meetings if m.summit == summit.name and _same_time(m.date, summit.date)
        ]
        at += [a.people for a in attended if a.summit.name == summit.name and _same_time(a.summit.date, summit.date)]
        for group in at:
            people.update((p.key, p) for p in group if p.key not in people)
        found.append(attrs.evolve(summit, participants=tuple(people.values())) if people else summit)
    return found


_SUMMIT_SLACK = dt.timedelta(days=7)  # a meeting "on the sidelines" may come a few days before or after


def _same_time(one: DateSpan | None, other: DateSpan | None) -> bool:
    if one is None or other is None:
        return True
    return one.start - _SUMMIT_SLACK <= other.end and other.start - _SUMMIT_SLACK <= one.end


def _summit_key(summit: Summit) -> str:
    return summit.organization or fold(summit.name).split()[0]


rule(
    "fold.news-apart",
    Phase.FOLD,
    "A meeting that happened, told with no time in a sentence the page leads with (its news), does not fold into a "
    "report of the same people that the story dates before the week before it ('The three presidents had first "
    "met in Luanda that year'): that is an earlier encounter; the news keeps the news day (see date.news-day).",
    "Paul Kagame is in Luanda to attend a trilateral meeting with Joao Lourenco and Felix Tshisekedi.\n\n"
    "The three leaders first met in Luanda in 2019.",
    published="2022-07-06",
)(fold_meetings)
rule(
    "fold.heading",
    Phase.FOLD,
    "A headline or caption (a line with no closing stop) reporting the same people as the body, with no date of its "
    "own or an overlapping one, is the body's meeting, whatever its tense.",
    "Scholz hosts Macron in Berlin as the two leaders look for a common line on defence\n\n"
    "Scholz will host Macron in Berlin on Friday.",
)(_fold_headings)

rule(
    "date.summit-later",
    Phase.FOLD,
    "An undated meeting at a summit that the text dates only elsewhere (a headline before the lead) takes its dates.",
    "Anwar meets Mohammed bin Salman on sidelines of ASEAN-GCC Summit in Riyadh\n\n"
    "Anwar attended the ASEAN-GCC summit in Riyadh yesterday.",
    published="2023-10-21",
)(at_dated_summits)
rule(
    "date.news-day",
    Phase.FOLD,
    "A meeting that happened, which a page leads with (a headline, a caption, the first sentence of its body, or the "
    "first to name a leader when none before it named a time) and no time dates, is the page's news: of the "
    "publication day or the day before.",
    "Prime Minister Anwar Ibrahim held a bilateral meeting with President Prabowo Subianto at the palace.",
    published="2025-01-27",
)(news_of_the_day)
rule(
    "people.group-roster",
    Phase.FORM,
    "A meeting of a group that stands for no one at a named summit ('Arab League leaders gathered in Jeddah on "
    "Friday for their summit') is a meeting of the leaders the document says attend that summit in its status, "
    "anywhere in it, with those it named (a host), when it names two or more of them and no other gathering.",
    "Arab League leaders gathered in Jeddah on Friday for the Arab League summit, hosted by Crown Prince Mohammed "
    "bin Salman.\n\nThe talks turned to Sudan.\n\nOil prices rose.\n\nEgyptian President Abdel Fattah al-Sisi "
    "attended the Arab League summit in Jeddah on Friday. Syrian President Bashar al-Assad also attended the Arab "
    "League summit on Friday.",
    published="2023-05-20",
)(Assembler.rosters)
rule(
    "people.summit-arrivals",
    Phase.FORM,
    "Leaders who arrive (land, are in) where a summit told before is held, in its city or its gathering's, on its "
    "days or the three before them, attend it in its status: three or more of them, anywhere in the document, are "
    "its gathering (one record, with the summit's dates and place; its host only if named), and one or two join "
    "the gathering the text tells; an arrival that names its counterpart ('for talks with X') stays that visit.",
    "The G20 summit opens in Osaka on Friday. Prime Minister Justin Trudeau and President Emmanuel Macron landed "
    "in Osaka on Wednesday night. President Jair Bolsonaro arrived in Osaka on Thursday afternoon.",
    published="2019-06-27",
)(Assembler._arrived)
rule(
    "fold.roster",
    Phase.FOLD,
    "A summit's gathering (its summit-kind meeting) takes every leader the document places at the same summit in the "
    "same status: those another sentence says attend it, and those its host received on its days in its country, "
    "whose reception it replaces; sideline meetings stay apart.",
    "Biden and Johnson arrived in Rome on Saturday to attend the G20 summit hosted by Prime Minister Mario Draghi. "
    "Prime Minister Narendra Modi also attended the G20 summit in Rome on Saturday.",
    published="2021-10-31",
)(into_rosters)
rule(
    "fold.gathering",
    Phase.FOLD,
    "A visit made for a summit whose gathering (the summit-kind meeting of the same summit, status and days) "
    "includes both its leaders is part of that gathering; meetings on its sidelines stay.",
    "The Quad leaders met in Tokyo on Tuesday for the Quad summit. Albanese was received by Kishida at the summit "
    "venue on Tuesday.",
    published="2022-05-25",
)(into_gatherings)
rule(
    "fold.joined",
    Phase.FOLD,
    "A meeting folds into the gathering another leader made that day by joining its people ('Moon joined the two "
    "men'): one encounter of three.",
    "Trump sat down with Kim Jong Un at Panmunjom on Sunday. Moon Jae-in joined the two men on Sunday.",
    published="2019-07-01",
)(fold_joined)
rule(
    "fold.separate",
    Phase.FOLD,
    "An undated planned gathering of a leader with others, each of whom that leader met alone in the document, is "
    "those meetings ('held separate meetings with A and B ... hoped for talks with them').",
    "Prime Minister Shinzo Abe on Monday held separate meetings with the leaders of three Asian countries.\n"
    "The three leaders are President Joko Widodo of Indonesia, Prime Minister Nguyen Tan Dung of Vietnam "
    "and President Benigno Aquino of the Philippines.\n"
    "Abe said he expected to have frank talks with them on maritime security.",
    published="2015-07-07",
)(fold_separate)
rule(
    "fold.one-gathering",
    Phase.FOLD,
    "Gatherings of one day that share two leaders and no named summit are one gathering of all (a live blog's "
    "arrivals and its family photo).",
    "Arrivals at Lancaster House today: Macron; Donald Tusk; Justin Trudeau. In the family photo, Starmer stood "
    "between Zelensky and Macron and Tusk.",
    published="2025-03-02",
)(fold_one_gathering)
rule(
    "people.counted-group",
    Phase.FORM,
    "An organization's leaders counted as many as its members on the day ('the ten ASEAN leaders', 'all 27 EU "
    "leaders') are every one of them, however large the organization (uncounted, only one of the G8's size or "
    "smaller stands for all).",
    "The ten ASEAN leaders met in Vientiane on Wednesday.",
    published="2024-10-10",
)(Assembler._counted_group)
rule(
    "people.other-members",
    Phase.FORM,
    "'The other G7 leaders' (or 'fellow' ones) with a leader of a member country named with them ('X joined the "
    "other BRICS leaders') are the organization's members on the day but that leader; with none, no one.",
    "Modi joined the other BRICS leaders in Johannesburg on Wednesday.",
    published="2023-08-24",
)(Assembler._other_members)
rule(
    "people.group-named-before",
    Phase.FORM,
    "A definite group of an organization's or a region's leaders ('the CARICOM leaders', 'the two Nordic "
    "leaders', 'the Caribbean leaders') stands for the leaders the two sentences before it named (in its "
    "paragraph, or after a paragraph of one sentence) who lead members on the day, where two or more do (and, "
    "if it counts them, exactly that many) and it meets someone outside it or counts them; else the members as "
    "before (a region's group: no one). 'The G7 leaders then met' alone is the whole gathering.",
    "Prime Ministers Mia Mottley of Barbados and Andrew Holness of Jamaica reached Georgetown on Monday. The "
    "CARICOM leaders held talks with President Irfaan Ali on Tuesday.",
    published="2023-06-08",
)(Assembler._group_named_before)
rule(
    "people.host-after-transition",
    Phase.FORM,
    "The unnamed host of a visit that happened, dated only by a month in which the host country's leader changed "
    "('visited Washington in January' of an inauguration year), is the leader in office at the month's end: the "
    "new one; dated only by such a year ('visited Jerusalem in 1977'), the leader of most of it, in office at its "
    "middle (not for a plan, nor when a leader of that country is named).",
    "Theresa May visited Washington in January for talks at the White House.",
    published="2017-03-01",
)(Assembler._host_day)
rule(
    "people.group-attended",
    Phase.FORM,
    "A meeting of an organization's leaders that stands for no one (more than eight members: 'CARICOM leaders met "
    "virtually on Friday') is a meeting of the leaders a later sentence of its paragraph or the next says attend "
    "it ('Taking part were A, B and C', 'A and B attended', 'were present'), with those it named (a host, a "
    "chair), on its day, at its place, in its kind.",
    "CARICOM leaders met virtually on Friday. Taking part were Prime Minister Mia Mottley of Barbados, Prime "
    "Minister Andrew Holness of Jamaica and President Irfaan Ali of Guyana.",
    published="2021-06-12",
)(Assembler._join_group)
rule(
    "people.whole-gathering",
    Phase.FORM,
    "'The leaders agreed that the next summit will be held in X': a summit of an uncounted group pronoun that "
    "reaches some of the summit told last stands for all of its leaders (the chair named a sentence before the "
    "attendees too).",
    "Ruto chaired the regional summit in Arusha on Friday. The presidents of Uganda, Rwanda and Tanzania attended. "
    "The leaders agreed that the second regional summit will take place in Kampala in 2025.",
    published="2024-11-30",
)(Assembler._whole_gathering)
rule(
    "fold.carried-out",
    Phase.FOLD,
    "A plan dated only by its context and a report that it happened, of the same people on that day, are one "
    "encounter, which happened (a schedule's plan and the caption of its photograph).",
    "Lula, left, and Xi shake hands at the Great Hall of the People, Friday, April 14, 2023.\n\n"
    "On Friday morning, Lula will arrive in Beijing. In the afternoon, he will hold talks with Xi at the Great Hall "
    "of the People.",
    published="2023-04-14",
)(fold_carried_out)
rule(
    "form.during-visit",
    Phase.FORM,
    "Talks told without a place, between a visitor and a leader of the country the visitor is visiting on that day "
    "(another record of the document), are part of the visit: a visit to that country.",
    "Albanese began a state visit to China in Beijing on Monday.\n\nOn Tuesday he held talks with Premier Li Qiang.",
    published="2023-11-08",
)(during_visits)
rule(
    "identify.former",
    Phase.FORM,
    "A leader the text calls former ('Cambodia's former premier X', 'ex-president X') is no leader on a day after "
    "the office ended, however near: the slack a loose date is given is no term of a leader who has left office.",
    "Tbilisi's former premier Irakli Garibashvili met Pashinyan in Yerevan on Friday, days after leaving office.",
    published="2024-03-02",
)(Assembler._in_office)
rule(
    "form.undated-during-visit",
    Phase.FORM,
    "Undated talks that happened between a visitor and a leader of the country of the visitor's one visit that is "
    "under way when the text is published ('X, who met him at the airport, ...') are part of that visit: a visit "
    "to that country, on its days.",
    "Anthony Albanese arrived in Beijing on Monday for a three-day visit and will see Xi Jinping on Tuesday.\n\n"
    "Premier Li Qiang, who met him at the airport, later left for Shanghai.",
    published="2023-11-07",
)(during_visits)
rule(
    "fold.arrival",
    Phase.FOLD,
    "A visit reported by its arrival ('arrived in Nadi', or 'arrived in Nadi today for a state visit') folds into "
    "the same visit's talks a day or two later, or into talks planned for the same day ('arrived today ...; he is "
    "to hold talks with X this evening'): one visit, on the day of the talks; talks planned a day or two after an "
    "arrival that happened fold into the arrival (the visit is under way).",
    "Late on Wednesday Starmer landed in Washington to see Trump. On Thursday Trump received Starmer at the White "
    "House.",
    published="2025-02-28",
)(fold_arrivals)
