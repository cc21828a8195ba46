"""Collections of meetings and summits: composable queries, indexes, and merging across sources.

An :class:`EventCollection` is immutable; every query returns a new one, so
queries compose. Queries select meetings; the summits travel along unchanged
as context (use :meth:`EventCollection.summits_in_period` to select summits).

>>> import datetime
>>> from diplomacy_events import Country, Evidence, Meeting, MeetingKind, Participant, Status
>>> talks = Meeting(
...     participants=(Participant(name="Ana Ruiz", country=Country(code="ESP")),
...                   Participant(name="João Lima", country=Country(code="PRT"))),
...     kind=MeetingKind.MEETING, status=Status.OCCURRED,
...     evidence=Evidence(text="Ruiz met Lima.", start=0, end=14))
>>> events = EventCollection([talks])
>>> len(events.involving("Portugal").between("Ruiz", "Joao Lima"))
1

Leaders are given as a :class:`~diplomacy_events.model.Leader`, an id
(``"vladimir-putin"``) or a name, matched accent- and case-insensitively
against whole words of participant names (``"Putin"``, ``"Vladimir Putin"``).
Countries are given as a :class:`~diplomacy_events.model.Country`, an
alpha-3 code or a name (or demonym); where one string could be either, the
country wins, so pass a ``Leader`` or an id to mean the person.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .errors import DiplomacyEventsError, InvalidDateError, UnknownCountryError
from .knowledge import KnowledgeBase, default_knowledge
from .model import (
    Country,
    DateSpan,
    Leader,
    Meeting,
    MeetingKind,
    ParseResult,
    Participant,
    Place,
    Report,
    Status,
    Summit,
)
from .normalize import fold
from .serialize import to_dict

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .export import Level

__all__ = ["EventCollection", "Query", "merge", "merge_summits"]

#: What a query accepts as a leader, a country, or either.
LeaderLike = Leader | str
CountryLike = Country | str
PartyLike = Leader | Country | str

_Key = tuple[str, str]


# -- resolving what the user gave ---------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _runs(name: str | None) -> frozenset[str]:
    """Every run of whole words of a folded name ("a b" -> {"a", "b", "a b"})."""
    words = fold(name).split() if name else []
    return frozenset(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))


@functools.lru_cache(maxsize=1024)
def _country_named(text: str, knowledge: KnowledgeBase | None = None) -> str | None:
    """The alpha-3 code a country code, name or demonym means (not a city), or ``None``.

    Names are looked up in ``knowledge`` (the bundled knowledge base by default).
    """
    text = text.strip()
    try:
        return Country(code=text).code
    except UnknownCountryError:
        pass
    try:
        knowledge = knowledge or default_knowledge()
        found = knowledge.get_country(text)
        info = knowledge.country_info(found.code) if found else None
    except (DiplomacyEventsError, LookupError, OSError, ValueError):  # data still incomplete
        try:
            import pycountry  # slow to import: only for this fallback

            return str(pycountry.countries.lookup(text).alpha_3)
        except LookupError:
            return None
    if found is None:
        return None
    if info is not None and fold(text) in {fold(c) for c in info.cities} - {fold(n) for n in (info.name, *info.names)}:
        return None  # a city of the country, not the country
    return found.code


def _country_code(country: CountryLike, knowledge: KnowledgeBase | None = None) -> str:
    """The alpha-3 code of a country; raises :class:`UnknownCountryError` for an unknown name."""
    if isinstance(country, Country):
        return country.code
    code = _country_named(country, knowledge)
    if code is None:
        raise UnknownCountryError("country", country, "no country of that code or name")
    return code


@attrs.frozen
class _Party:
    """A resolved leader or country: the participants it matches and the index keys of them."""

    keys: frozenset[_Key]
    match: Callable[[Participant], bool]
    code: str | None = None  # the alpha-3 code, for a country

    @classmethod
    def leader(cls, leader: LeaderLike) -> _Party:
        ident, name = (leader.id, leader.name) if isinstance(leader, Leader) else (leader, leader)
        folded = fold(name)
        return cls(
            keys=frozenset({("id", ident), ("name", folded)}),
            match=lambda p: p.leader_id == ident or folded in _runs(p.name),
        )

    @classmethod
    def country(cls, country: CountryLike, knowledge: KnowledgeBase | None = None) -> _Party:
        code = _country_code(country, knowledge)
        return cls(
            keys=frozenset({("country", code)}),
            match=lambda p: p.country is not None and p.country.code == code,
            code=code,
        )

    @classmethod
    def of(cls, party: PartyLike, knowledge: KnowledgeBase | None = None) -> _Party:
        if isinstance(party, Leader):
            return cls.leader(party)
        if isinstance(party, Country) or _country_named(party, knowledge) is not None:
            return cls.country(party, knowledge)
        return cls.leader(party)


def _facets(meeting: Meeting) -> set[_Key]:
    """The keys (participants, kind, status, summit, place) the index files a meeting under."""
    keys: set[_Key] = {("kind", meeting.kind.value), ("status", meeting.status.value)}
    for p in meeting.participants:
        keys |= {("name", run) for run in _runs(p.name)}
        if p.leader_id:
            keys.add(("id", p.leader_id))
        if p.country:
            keys.add(("country", p.country.code))
    keys |= {("summit", run) for run in _runs(meeting.summit)}
    if meeting.host:
        keys.add(("host", meeting.host.code))
    if meeting.place:
        keys.add(("place", meeting.place.country.code))
        if meeting.place.city:
            keys.add(("city", fold(meeting.place.city)))
    return keys


def _both(one: _Party, two: _Party, people: Sequence[Participant]) -> bool:
    """Whether two different participants match ``one`` and ``two``."""
    return any(one.match(p) and two.match(q) for i, p in enumerate(people) for j, q in enumerate(people) if i != j)


def _summit_names(summit: str, summits: Iterable[Summit], knowledge: KnowledgeBase | None = None) -> set[str]:
    """The folded names a summit query means: itself, its organization's names, and that organization's summits."""
    names = {fold(summit)}
    try:
        organization = (knowledge or default_knowledge()).get_organization(summit)
    except (DiplomacyEventsError, LookupError, OSError, ValueError):  # data still incomplete
        organization = None
    if organization is not None:
        names |= {fold(n) for n in (organization.id, organization.name, *organization.names)}
    return names | {fold(s.name) for s in summits if s.organization and fold(s.organization) in names}


def _place_test(
    place: CountryLike, knowledge: KnowledgeBase | None = None
) -> tuple[Callable[[Place | None], bool], _Key]:
    """Whether a place is in a country (code or name) or, for any other string, the city; and its index key."""
    if isinstance(place, Country) or _country_named(place, knowledge) is not None:
        code = _country_code(place, knowledge)
        return (lambda p: p is not None and p.country.code == code), ("place", code)
    city = fold(place)
    return (lambda p: p is not None and fold(p.city or "") == city), ("city", city)


# -- periods ------------------------------------------------------------------------


def _bounds(start: dt.date | None, end: dt.date | None) -> tuple[int, int]:
    low, high = (start or dt.date.min).toordinal(), (end or dt.date.max).toordinal()
    if low > high:
        raise InvalidDateError("end", end, f"is before start {start}")
    return low, high


def _in_period(span: DateSpan | None, low: int, high: int, contain: bool, include_undated: bool) -> bool:
    """Whether a span overlaps (or, with ``contain``, lies within) the days ``low..high``."""
    if span is None:
        return include_undated
    first, last = span.start.toordinal(), span.end.toordinal()
    return low <= first and last <= high if contain else first <= high and low <= last


class _DateIndex:
    """An interval index: spans bucketed by length class, each bucket sorted by start day.

    A span of length class ``k`` has fewer than ``2**k`` days, so a span
    overlapping ``low..high`` starts in ``low - 2**k + 1 .. high``: two
    bisections per bucket find every candidate.
    """

    def __init__(self, meetings: Sequence[Meeting]) -> None:
        buckets: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for position, meeting in enumerate(meetings):
            if meeting.date is not None:
                buckets[meeting.date.days.bit_length()].append((meeting.date.start.toordinal(), position))
        for rows in buckets.values():
            rows.sort()
        self._buckets = {k: ([s for s, _ in rows], [p for _, p in rows]) for k, rows in buckets.items()}
        self._undated = [i for i, m in enumerate(meetings) if m.date is None]

    def candidates(self, low: int, high: int, include_undated: bool) -> list[int]:
        found = list(self._undated) if include_undated else []
        for length_class, (starts, positions) in self._buckets.items():
            first = bisect.bisect_left(starts, low - (1 << length_class) + 1)
            found += positions[first : bisect.bisect_right(starts, high)]
        return found


# -- the collection -------------------------------------------------------------------


class EventCollection:
    """An immutable collection of meetings (and the summits they belong to) with fast queries.

    Build it from meetings, summits and parse results in any mix; iterate it
    for the meetings; slice it by time with dates. Names of countries,
    leaders and summit series in queries are looked up in ``knowledge``
    (the bundled knowledge base unless given).

    >>> import datetime
    >>> events = EventCollection([])
    >>> len(events[datetime.date(2017, 1, 1):datetime.date(2017, 12, 31)])
    0
    """

    __slots__ = ("_dates", "_index", "_knowledge", "_meetings", "_pairs", "_summits")

    def __init__(
        self, items: Iterable[Meeting | Summit | ParseResult] = (), *, knowledge: KnowledgeBase | None = None
    ) -> None:
        meetings: list[Meeting] = []
        summits: list[Summit] = []
        for item in items:
            if isinstance(item, ParseResult):
                meetings += item.meetings
                summits += item.summits
            elif isinstance(item, Meeting):
                meetings.append(item)
            elif isinstance(item, Summit):
                summits.append(item)
            else:
                raise TypeError(f"expected a Meeting, Summit or ParseResult, not {type(item).__name__}")
        self._meetings = tuple(meetings)
        self._summits = tuple(summits)
        self._knowledge = knowledge
        self._index: dict[_Key, list[int]] | None = None
        self._pairs: dict[tuple[str, str], list[int]] | None = None
        self._dates: _DateIndex | None = None

    def _of(self, meetings: tuple[Meeting, ...], summits: tuple[Summit, ...]) -> EventCollection:
        """A collection of other meetings and summits with the same knowledge base."""
        new = EventCollection(knowledge=self._knowledge)
        new._meetings, new._summits = meetings, summits
        return new

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base names in queries are looked up in."""
        if self._knowledge is None:
            self._knowledge = default_knowledge()
        return self._knowledge

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings, in the order they were given."""
        return self._meetings

    @property
    def summits(self) -> tuple[Summit, ...]:
        """The summits, in the order they were given (queries keep them all)."""
        return self._summits

    def __iter__(self) -> Iterator[Meeting]:
        return iter(self._meetings)

    def __len__(self) -> int:
        return len(self._meetings)

    def __getitem__(self, period: slice) -> EventCollection:
        """``events[start:end]`` is ``events.in_period(start, end)``."""
        if not isinstance(period, slice) or period.step is not None:
            raise TypeError("slice an EventCollection by dates: events[start:end]")
        return self.in_period(period.start, period.stop)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventCollection):
            return NotImplemented
        return (self._meetings, self._summits) == (other._meetings, other._summits)

    def __hash__(self) -> int:
        return hash((self._meetings, self._summits))

    def __repr__(self) -> str:
        return f"EventCollection(<{len(self._meetings)} meetings, {len(self._summits)} summits>)"

    # -- indexes and selection ---------------------------------------------------------

    def _where(self, keep: Callable[[Meeting], bool], *keys: Iterable[_Key]) -> EventCollection:
        """The meetings filed under one key of each of ``keys`` for which ``keep`` holds."""
        if self._index is None:
            index: dict[_Key, list[int]] = defaultdict(list)
            for position, meeting in enumerate(self._meetings):
                for key in _facets(meeting):
                    index[key].append(position)
            self._index = dict(index)
        found = [{p for key in alternatives for p in self._index.get(key, ())} for alternatives in keys]
        return self._chosen(set.intersection(*found), keep)

    def _chosen(self, positions: Iterable[int], keep: Callable[[Meeting], bool]) -> EventCollection:
        chosen = tuple(m for m in (self._meetings[p] for p in sorted(positions)) if keep(m))
        return self._of(chosen, self._summits)

    def _between_countries(self, first: str, second: str, keep: Callable[[Meeting], bool]) -> EventCollection:
        """Meetings of two countries, from an index of country pairs: as fast as the pair is rare."""
        if self._pairs is None:
            pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
            for position, meeting in enumerate(self._meetings):
                codes = [p.country.code for p in meeting.participants if p.country]
                for pair in {(a, b) if a <= b else (b, a) for a, b in itertools.combinations(codes, 2)}:
                    pairs[pair].append(position)
            self._pairs = dict(pairs)
        return self._chosen(self._pairs.get((first, second) if first <= second else (second, first), ()), keep)

    # -- queries ---------------------------------------------------------------------

    def in_period(
        self,
        start: dt.date | None,
        end: dt.date | None,
        *,
        contain: bool = False,
        include_undated: bool = False,
    ) -> EventCollection:
        """Meetings whose date span overlaps ``start..end`` (both days included; ``None`` is open).

        With ``contain=True`` only spans wholly inside the period count. An
        undated meeting is left out unless ``include_undated=True``. A span
        that touches the period on its first or last day overlaps it.

        >>> import datetime
        >>> EventCollection([]).in_period(datetime.date(2017, 1, 1), None, contain=True).meetings
        ()
        """
        low, high = _bounds(start, end)
        if self._dates is None:
            self._dates = _DateIndex(self._meetings)
        positions = sorted(self._dates.candidates(low, high, include_undated))
        chosen = tuple(
            m for m in (self._meetings[p] for p in positions) if _in_period(m.date, low, high, contain, include_undated)
        )
        return self._of(chosen, self._summits)

    def involving(self, party: PartyLike) -> EventCollection:
        """Meetings with a participant who is the leader, or comes from the country, given.

        >>> EventCollection([]).involving("vladimir-putin").meetings
        ()
        """
        return self._involving(_Party.of(party, self._knowledge))

    def _involving(self, party: _Party) -> EventCollection:
        return self._where(lambda m: any(map(party.match, m.participants)), party.keys)

    def between(self, first: PartyLike, second: PartyLike) -> EventCollection:
        """Meetings where two different participants match ``first`` and ``second``.

        >>> EventCollection([]).between("RUS", "Turkey").meetings
        ()
        """
        one, two = _Party.of(first, self._knowledge), _Party.of(second, self._knowledge)

        def keep(meeting: Meeting) -> bool:
            return _both(one, two, meeting.participants)

        if one.code and two.code:
            return self._between_countries(one.code, two.code, keep)
        return self._where(keep, one.keys, two.keys)

    def knows(self, party: PartyLike) -> bool:
        """Whether ``party`` names anyone a query could mean: a country, a leader of the knowledge base, a participant.

        A string is known when it is a country's code, name or demonym, a
        leader's id, name or family name in the knowledge base, or words of
        the name of a participant in this collection. The command line
        refuses a party it does not know rather than answer with nothing.

        >>> events = EventCollection([])
        >>> events.knows("Turkish"), events.knows("Erdogan"), events.knows("Narnia")
        (True, True, False)
        """
        if not isinstance(party, str):
            return True
        found = _Party.of(party, self._knowledge)
        if found.code is not None:
            return True
        knowledge = self.knowledge
        if knowledge.get_leader(party) is not None or knowledge.leaders_named(party):
            return True
        return len(self._involving(found)) > 0

    def at_summit(self, summit: str) -> EventCollection:
        """Meetings held at a summit, given by (words of) its name or by its organization.

        An organization matches through the collection's summits
        (``Summit.organization``) and the knowledge base's names for it.

        >>> EventCollection([]).at_summit("G20").meetings
        ()
        """
        names = _summit_names(summit, self._summits, self._knowledge)
        return self._where(lambda m: bool(names & _runs(m.summit)), [("summit", name) for name in names])

    def of_kind(self, *kinds: MeetingKind | str) -> EventCollection:
        """Meetings of any of the given kinds (members or values of :class:`MeetingKind`).

        >>> EventCollection([]).of_kind("call", MeetingKind.VISIT).meetings
        ()
        """
        wanted = {MeetingKind(kind) for kind in kinds}
        return self._where(lambda m: m.kind in wanted, [("kind", kind.value) for kind in wanted])

    def _with_status(self, status: Status) -> EventCollection:
        return self._where(lambda m: m.status is status, [("status", status.value)])

    def occurred(self) -> EventCollection:
        """Meetings reported as having happened.

        >>> EventCollection([]).occurred().meetings
        ()
        """
        return self._with_status(Status.OCCURRED)

    def planned(self) -> EventCollection:
        """Meetings reported as scheduled, intended or invited.

        >>> EventCollection([]).planned().meetings
        ()
        """
        return self._with_status(Status.PLANNED)

    def hosted_by(self, country: CountryLike) -> EventCollection:
        """Visits whose receiving country is ``country``.

        >>> EventCollection([]).hosted_by("RUS").meetings
        ()
        """
        code = _country_code(country, self._knowledge)
        return self._where(lambda m: m.host is not None and m.host.code == code, [("host", code)])

    def in_place(self, place: CountryLike) -> EventCollection:
        """Meetings held in a country (code or name) or, for any other string, a city.

        >>> EventCollection([]).in_place("Sochi").meetings
        ()
        """
        held_in, key = _place_test(place, self._knowledge)
        return self._where(lambda m: held_in(m.place), [key])

    # -- answers -------------------------------------------------------------------

    def counterparts(self, leader: LeaderLike) -> Counter[str]:
        """How many meetings ``leader`` had with each counterpart (by name, else country code).

        >>> EventCollection([]).counterparts("Putin").most_common(3)
        []
        """
        party = _Party.leader(leader)
        counts: Counter[str] = Counter()
        for meeting in self._involving(party):
            others = {p.name or str(p.country) for p in meeting.participants if not party.match(p)}
            counts.update(others)
        return counts

    def timeline(self) -> tuple[Meeting, ...]:
        """The meetings by date (start, then end), undated last; ties keep the collection's order.

        >>> EventCollection([]).timeline()
        ()
        """
        return tuple(sorted(self._meetings, key=_timeline_key))

    def summits_in_period(
        self,
        start: dt.date | None,
        end: dt.date | None,
        *,
        contain: bool = False,
        include_undated: bool = False,
    ) -> tuple[Summit, ...]:
        """The summits in a period, by date, with the same rules as :meth:`in_period`.

        >>> import datetime
        >>> EventCollection([]).summits_in_period(datetime.date(2015, 1, 1), None)
        ()
        """
        low, high = _bounds(start, end)
        found = (s for s in self._summits if _in_period(s.date, low, high, contain, include_undated))
        return tuple(sorted(found, key=_timeline_key))

    def plot_timeline(self, *, by: Level = "leader", ax: Axes | None = None, title: str | None = None) -> Figure:
        """A matplotlib timeline of the meetings, one row per leader (or country), summits as bands.

        See :func:`diplomacy_events.plot.plot_timeline`; needs the ``plot`` extra.

        >>> EventCollection([]).plot_timeline(by="country")  # doctest: +SKIP
        <Figure size 1000x244 with 1 Axes>
        """
        from .plot import plot_timeline  # matplotlib only when asked for

        return plot_timeline(self, by=by, ax=ax, title=title)

    def plot_network(self, *, by: Level = "leader", ax: Axes | None = None, title: str | None = None) -> Figure:
        """A matplotlib network of who met whom: leaders (or countries) as nodes, edges weighted by meetings.

        See :func:`diplomacy_events.plot.plot_network`; needs the ``plot`` extra.

        >>> EventCollection([]).plot_network()  # doctest: +SKIP
        <Figure size 700x700 with 1 Axes>
        """
        from .plot import plot_network  # matplotlib only when asked for

        return plot_network(self, by=by, ax=ax, title=title)

    def merged(self) -> EventCollection:
        """The collection with reports of one real meeting or summit merged.

        See :func:`merge` and :func:`merge_summits`.

        >>> EventCollection([]).merged() == EventCollection([])
        True
        """
        return self._of(merge(self._meetings), merge_summits(self._summits))


def _parties(values: Iterable[PartyLike]) -> tuple[PartyLike, ...]:
    return tuple(values)


def _kinds(values: Iterable[MeetingKind | str]) -> tuple[MeetingKind, ...]:
    return tuple(MeetingKind(value) for value in values)


def _status(value: Status | str | None) -> Status | None:
    return None if value is None else Status(value)


@attrs.frozen(kw_only=True)
class Query:
    """Filters that combine with AND and select meetings and summits alike: what ``diplomacy-events query`` runs.

    A filter left at its default selects everything. A meeting passes a
    filter as it passes the :class:`EventCollection` query of the same name
    (``kinds`` is :meth:`~EventCollection.of_kind`). A summit passes

    - the period ``start``..``end`` when its date span does, by the rules of
      :meth:`~EventCollection.in_period` (``contain``, ``include_undated``);
    - ``between`` when two different participants of it match the two
      parties: a summit both attended;
    - ``involving`` when a participant matches each party;
    - ``kinds`` when ``summit`` is among them;
    - ``status`` when it has that status;
    - ``summit`` when its name matches, or its organization, as for
      :meth:`~EventCollection.at_summit`;
    - ``hosted_by`` and ``place`` when it is held in that country (or, for
      ``place``, that city).

    Attributes:
        start: The first day of the period (``None``: open).
        end: The last day of the period (``None``: open).
        contain: Keep only dates wholly inside the period (else: overlapping it).
        include_undated: Keep undated meetings and summits in a period query.
        between: Two parties (leaders or countries) who both take part.
        involving: Parties who each take part.
        kinds: The kinds kept (any, when empty).
        status: Occurred or planned (either, when ``None``).
        summit: A summit's name or organization.
        hosted_by: The country that receives a visit (or hosts a summit).
        place: A country or a city.

    >>> import datetime
    >>> query = Query(start=datetime.date(2017, 1, 1), between=("RUS", "TUR"), kinds=["visit"])
    >>> query.apply(EventCollection([])).summits
    ()
    """

    start: dt.date | None = None
    end: dt.date | None = None
    contain: bool = False
    include_undated: bool = False
    between: tuple[PartyLike, PartyLike] | None = None
    involving: tuple[PartyLike, ...] = attrs.field(default=(), converter=_parties)
    kinds: tuple[MeetingKind, ...] = attrs.field(default=(), converter=_kinds)
    status: Status | None = attrs.field(default=None, converter=_status)
    summit: str | None = None
    hosted_by: CountryLike | None = None
    place: CountryLike | None = None

    def apply(self, events: EventCollection) -> EventCollection:
        """The meetings and the summits of ``events`` that pass every filter (a bad value raises as the queries do).

        >>> Query(kinds=["summit"]).apply(EventCollection([])) == EventCollection([])
        True
        """
        meetings = self._meetings(events).meetings
        return events._of(meetings, tuple(filter(self._summit_test(events), events.summits)))

    def _meetings(self, events: EventCollection) -> EventCollection:
        if self.start is not None or self.end is not None:
            events = events.in_period(self.start, self.end, contain=self.contain, include_undated=self.include_undated)
        if self.between:
            events = events.between(*self.between)
        for party in self.involving:
            events = events.involving(party)
        if self.kinds:
            events = events.of_kind(*self.kinds)
        if self.status:
            events = events._with_status(self.status)
        if self.summit:
            events = events.at_summit(self.summit)
        if self.hosted_by:
            events = events.hosted_by(self.hosted_by)
        if self.place:
            events = events.in_place(self.place)
        return events

    def _summit_test(self, events: EventCollection) -> Callable[[Summit], bool]:
        knowledge = events._knowledge
        tests: list[Callable[[Summit], bool]] = []
        if self.start is not None or self.end is not None:
            low, high = _bounds(self.start, self.end)
            tests.append(lambda s: _in_period(s.date, low, high, self.contain, self.include_undated))
        if self.between:
            one, two = (_Party.of(party, knowledge) for party in self.between)
            tests.append(lambda s: _both(one, two, s.participants))
        parties = [_Party.of(party, knowledge) for party in self.involving]
        if parties:
            tests.append(lambda s: all(any(map(party.match, s.participants)) for party in parties))
        if self.kinds and MeetingKind.SUMMIT not in self.kinds:
            tests.append(lambda s: False)
        if self.status:
            tests.append(lambda s: s.status is self.status)
        if self.summit:
            names = _summit_names(self.summit, events.summits, knowledge)
            tests.append(lambda s: bool(names & _runs(s.name)))
        if self.hosted_by:
            code = _country_code(self.hosted_by, knowledge)
            tests.append(lambda s: s.place is not None and s.place.country.code == code)
        if self.place:
            held_in, _ = _place_test(self.place, knowledge)
            tests.append(lambda s: held_in(s.place))
        return lambda summit: all(test(summit) for test in tests)


def _timeline_key(event: Meeting | Summit) -> tuple[bool, dt.date, dt.date]:
    if event.date is None:
        return (True, dt.date.min, dt.date.min)
    return (False, event.date.start, event.date.end)


# -- merging reports of one meeting ------------------------------------------------------


def _participant_key(p: Participant) -> tuple[str, str]:
    return ("id", p.leader_id) if p.leader_id else (fold(p.name or ""), p.country.code if p.country else "")


_Event = TypeVar("_Event", Meeting, Summit)


def _report(event: Meeting | Summit) -> Report:
    return Report(evidence=event.evidence, source=event.source, date=event.date, place=event.place)


def _order(event: Meeting | Summit) -> tuple[object, ...]:
    """Most precise date first, then most precise place, then the account itself (a tie-break)."""
    span, place = event.date, event.place
    return (
        span is None,
        span.days if span else 0,
        span.start if span else dt.date.min,
        place is None,
        place is None or place.city is None,
        json.dumps(to_dict(_report(event)), sort_keys=True, ensure_ascii=False),
        json.dumps(to_dict(event), sort_keys=True, ensure_ascii=False),
    )


@attrs.define
class _Cluster:
    """Accounts of one event so far: they share at least one day and agree on the place."""

    members: list[Any]
    first: int = 0
    last: int = 0
    dated: bool = False
    country: str | None = None
    city: str | None = None

    def fits(self, event: Meeting | Summit) -> bool:
        span, place = event.date, event.place
        if (
            span is not None
            and self.dated
            and not (span.start.toordinal() <= self.last and self.first <= span.end.toordinal())
        ):
            return False
        if place is None or self.country is None:
            return True
        city = fold(place.city) if place.city else None
        return place.country.code == self.country and (city is None or self.city is None or city == self.city)

    def add(self, event: Meeting | Summit) -> None:
        self.members.append(event)
        span, place = event.date, event.place
        if span is not None:
            first, last = span.start.toordinal(), span.end.toordinal()
            self.first, self.last = (max(self.first, first), min(self.last, last)) if self.dated else (first, last)
            self.dated = True
        if place is not None:
            self.country = place.country.code
            self.city = self.city or (fold(place.city) if place.city else None)


def _accounts(event: _Event) -> list[_Event]:
    """An event and each of its ``also_reported`` accounts as separate events."""
    main = attrs.evolve(event, also_reported=())
    # a report's fields (evidence, source, date, place) are fields of the event too
    return [main] + [attrs.evolve(main, **attrs.asdict(r, recurse=False)) for r in event.also_reported]


def _clusters(groups: Iterable[list[_Event]]) -> Iterator[list[_Event]]:
    """The accounts of each group split into real events, the most precise account of each first.

    An account joins a cluster only when it fits exactly one; a vague account
    that fits several stays apart.
    """
    for accounts in groups:
        clusters: list[_Cluster] = []
        for account in sorted(accounts, key=_order):
            fitting = [c for c in clusters if c.fits(account)]
            if len(fitting) == 1:
                fitting[0].add(account)
            else:
                clusters.append(_Cluster(members=[]))
                clusters[-1].add(account)
        yield from (cluster.members for cluster in clusters)


def _timeline(events: list[_Event]) -> tuple[_Event, ...]:
    return tuple(sorted(events, key=lambda e: (_timeline_key(e), _order(e))))


def merge(meetings: Iterable[Meeting]) -> tuple[Meeting, ...]:
    """Merge the reports of one real meeting into one :class:`Meeting` that keeps every account.

    Reports are of one meeting when they have the same participants (by
    leader id, else by folded name and country), kind, status and host, their
    date spans overlap (or one is undated) and their places agree (same
    country; same city or one without a city). A report joins a meeting only
    when it fits exactly one; a vague report that fits several stays apart.
    The merged meeting is the report with the most precise date (then place);
    every other report is kept in ``also_reported`` with its own date and
    place, and the highest confidence is kept. Deterministic, independent of
    input order, and idempotent; the result is in timeline order.

    >>> merge([])
    ()
    """
    groups: dict[object, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        for account in _accounts(meeting):
            identity = frozenset(map(_participant_key, account.participants))
            groups[identity, account.kind, account.status, account.host].append(account)
    merged: list[Meeting] = []
    for main, *others in _clusters(groups.values()):
        # through a dict of Any: mypy's attrs plugin cannot type a converter=tuple field
        changes: dict[str, Any] = {
            "summit": main.summit or next((m.summit for m in others if m.summit), None),
            "confidence": max(m.confidence for m in (main, *others)),
            "also_reported": tuple(_report(m) for m in others),
        }
        merged.append(attrs.evolve(main, **changes))
    return _timeline(merged)


def merge_summits(summits: Iterable[Summit]) -> tuple[Summit, ...]:
    """Merge the reports of one real summit into one :class:`Summit` that keeps every account.

    Reports are of one summit when they have the same organization (for an
    ad hoc summit: the same folded name) and status, and their dates and
    places agree as in :func:`merge`. The merged summit is the report with the
    most precise date (then place), under the longest name any report gives
    ("2019 G20 Osaka summit" over "G20 summit"), with the participants every
    report names (its own first); the other reports are kept in ``also_reported``.
    Deterministic, independent of input order, and idempotent; the result is
    in timeline order.

    >>> merge_summits([])
    ()
    """
    groups: dict[object, list[Summit]] = defaultdict(list)
    for summit in summits:
        for account in _accounts(summit):
            groups[account.organization or fold(account.name), account.status].append(account)
    merged: list[Summit] = []
    for main, *others in _clusters(groups.values()):
        known = set(map(_participant_key, main.participants))
        more = {_participant_key(p): p for s in others for p in s.participants if _participant_key(p) not in known}
        changes: dict[str, Any] = {
            "name": max((s.name for s in (main, *others)), key=lambda name: (len(name), name)),
            "participants": main.participants + tuple(more[key] for key in sorted(more)),
            "also_reported": tuple(_report(s) for s in others),
        }
        merged.append(attrs.evolve(main, **changes))
    return _timeline(merged)
