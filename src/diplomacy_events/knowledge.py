"""The knowledge base: leaders with their terms, countries, organizations and summits.

The facts live in JSON files under ``diplomacy_events/data/`` (see
``docs/data/``); this module loads them once, lazily, and answers look-ups.
Ambiguous look-ups return every candidate, ranked, never a silent guess.

>>> import datetime
>>> from diplomacy_events import default_knowledge
>>> kb = default_knowledge()
>>> [leader.name for leader in kb.leaders_named("Erdogan", on=datetime.date(2017, 11, 22))]
['Recep Tayyip Erdogan']
>>> kb.country("Syrian").code
'SYR'

Leaders whose offices all ended before 2000 live in ``data/leaders/1946-1999/``
and are read only when a look-up needs them: a day before
:data:`MODERN_FROM`, no day at all, or every leader.

>>> [leader.name for leader in kb.leading("Soviet Union", on=datetime.date(1972, 5, 22))]
['Leonid Brezhnev']
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .errors import (
    InvalidValueError,
    KnowledgeBaseError,
    UnknownCountryError,
    UnknownLeaderError,
    UnknownMembershipError,
    UnknownOrganizationError,
)
from .model import Country, DateSpan, Head, Leader, Office, Place, Precision, Role
from .normalize import fold

if TYPE_CHECKING:
    from importlib.abc import Traversable
    from pathlib import Path

__all__ = [
    "MODERN_FROM",
    "Conference",
    "CountryInfo",
    "KnowledgeBase",
    "Membership",
    "NameEra",
    "Organization",
    "SummitRecord",
    "Suspension",
    "Vacancy",
    "default_knowledge",
    "fold",
]

#: The first day of the bundled leader files that are read at once; the leaders whose
#: offices all ended before it (``data/leaders/1946-1999/``) are read on first need.
MODERN_FROM = dt.date(2000, 1, 1)


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


@attrs.frozen(kw_only=True)
class NameEra:
    """The days on which a name, demonym, metonym or city meant one country.

    "Yugoslavia" meant the Socialist Federal Republic (``YUG``) until
    1992-04-27 and the Federal Republic (``SRB``) after; "the Kremlin" meant
    the Soviet Union until 1991-12-26. ``None`` leaves an end open.

    >>> import datetime
    >>> era = NameEra(text="the Kremlin", end=datetime.date(1991, 12, 26))
    >>> era.covers(datetime.date(1972, 5, 22)), era.covers(datetime.date(2017, 1, 1))
    (True, False)

    Attributes:
        text: The name, demonym, metonym or city.
        start: Its first day with this meaning (``None``: always before).
        end: Its last day with this meaning (``None``: still).
    """

    text: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Whether the name meant the country on ``day`` (both ends included)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@attrs.frozen(kw_only=True)
class CountryInfo:
    """What news calls a country (names, demonyms, capital, metonyms, cities) and when it existed.

    >>> info = default_knowledge().country_info("SUN")
    >>> info.name, info.end, info.successors[0].code
    ('Soviet Union', datetime.date(1991, 12, 26), 'RUS')

    Attributes:
        country: The country.
        name: The short name news uses ("Russia").
        names: Other names ("Russian Federation").
        demonyms: Adjectives and nouns for its people ("Russian").
        capital: The capital.
        metonyms: Words news uses for the government: seats of power ("the Kremlin") and the capital.
        cities: Cities news names, the capital among them.
        eras: The names, demonyms, metonyms and cities that meant this country only for a time, with their dates
            (the others mean it whatever the day).
        start: The first day of a state that became sovereign after 1945 (``None``: before 1946).
        end: The last day of a state that no longer exists (``None``: it still exists).
        successors: The states a former state became.
        formerly_in: The state a successor was part of before its ``start`` (Ukraine of the Soviet Union).
        former: Whether the state no longer exists.
    """

    country: Country
    name: str
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    eras: tuple[NameEra, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    successors: tuple[Country, ...] = ()
    formerly_in: Country | None = None
    former: bool = False


@attrs.frozen(kw_only=True)
class SummitRecord:
    """One summit of a series, with its host and dates, from ``organizations.json``.

    Attributes:
        organization: The id of the series ("G20").
        name: The summit's name ("G20 summit").
        place: Where it was held; ``None`` for one held online.
        date: Its days.
        virtual: Whether it was held online.
    """

    organization: str
    name: str
    place: Place | None
    date: DateSpan
    virtual: bool = False


@attrs.frozen(kw_only=True)
class Conference:
    """A one-off leaders' summit of no series, named by its place ("the Reykjavik summit"), from
    ``conferences.json``.

    >>> reykjavik = default_knowledge().conferences("Reykjavik")[0]
    >>> str(reykjavik.date), [c.code for c in reykjavik.countries]
    ('1986-10-11..1986-10-12', ['USA', 'SUN'])

    Attributes:
        name: Its name ("Reykjavik Summit").
        names: The place words that name it before "summit" ("Reykjavik").
        place: Where it was held.
        date: Its days.
        countries: The states whose leaders took part.
    """

    name: str
    names: tuple[str, ...]
    place: Place
    date: DateSpan
    countries: tuple[Country, ...]


@attrs.frozen(kw_only=True)
class Suspension:
    """A stretch of a membership during which the member was suspended (or froze its own participation).

    Attributes:
        start: The first day.
        end: The last day; ``None`` while it lasts.
        note: What happened.
    """

    start: dt.date
    end: dt.date | None = None
    note: str = ""

    def covers(self, day: dt.date) -> bool:
        """Whether the suspension includes ``day`` (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@attrs.frozen(kw_only=True)
class Membership:
    """One stretch of a country's membership of an organization, from ``organizations.json``.

    >>> import datetime
    >>> [m.start for m in default_knowledge().memberships("BRICS", "EGY")]
    [datetime.date(2024, 1, 1)]
    >>> russia = default_knowledge().memberships("G7", "RUS")[0]
    >>> russia.covers(datetime.date(2010, 6, 25)), russia.covers(datetime.date(2015, 6, 7))
    (True, True)
    >>> russia.suspended_on(datetime.date(2015, 6, 7))
    True

    Attributes:
        organization: The id of the organization ("BRICS").
        country: The member.
        start: Its first day as a member; ``None``: since the organization was founded, or since before the
            first day its membership list covers (:attr:`Organization.members_from`).
        end: Its last day as a member; ``None``: a member still.
        suspended: Stretches of the membership during which it was suspended.
        associate: Whether it is an associate membership (Turkmenistan in the CIS), not a full one.
        note: What the data file says about it.
    """

    organization: str
    country: Country
    start: dt.date | None = None
    end: dt.date | None = None
    suspended: tuple[Suspension, ...] = ()
    associate: bool = False
    note: str = ""

    def covers(self, day: dt.date) -> bool:
        """Whether the country was a member on ``day``, suspended or not (both ends included)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def suspended_on(self, day: dt.date) -> bool:
        """Whether the membership was suspended on ``day``."""
        return any(s.covers(day) for s in self.suspended)


@attrs.frozen(kw_only=True)
class Organization:
    """An organization or summit series (G20, SCO, ...) with its members and summits.

    >>> import datetime
    >>> brics = default_knowledge().organization("BRICS")
    >>> [c.code for c in brics.members_on(datetime.date(2023, 8, 22))]
    ['BRA', 'RUS', 'IND', 'CHN', 'ZAF']

    Attributes:
        id: The short id ("G20", "SCO").
        name: The full name ("Group of Twenty").
        names: Other names and abbreviations news uses.
        label: What its summits are called by ("Mercosur summit"): the id unless the data file gives a name
            news uses more.
        members: The member countries today (full members, suspended ones included).
        memberships: Every membership, past and present, with its dates.
        founded: Its first day (``None``: not recorded).
        members_from: The first day from which :attr:`memberships` are complete (``None``: since it was
            founded); on days before it the members are not known.
        summits: Its summits, with their hosts and dates.
        sources: Where the data file's memberships come from.
        counted: A group named by its region ("the five Central American presidents"): it stands for its members
            only where the text counts them and the count is the membership on the day.
    """

    id: str
    name: str
    names: tuple[str, ...] = ()
    label: str = ""
    members: tuple[Country, ...] = ()
    memberships: tuple[Membership, ...] = ()
    founded: dt.date | None = None
    members_from: dt.date | None = None
    summits: tuple[SummitRecord, ...] = ()
    sources: tuple[str, ...] = ()
    counted: bool = False

    def members_on(self, day: dt.date, *, suspended: bool = False, associates: bool = False) -> tuple[Country, ...]:
        """The countries that were members on ``day``, in the data file's order.

        Suspended members are left out unless ``suspended``, associate
        members unless ``associates``. Before the organization was founded
        there are none; raises
        :class:`~diplomacy_events.errors.UnknownMembershipError` for a day
        before :attr:`members_from`, whose members the data does not know.
        """
        known = self.members_from or self.founded
        if self.founded is not None and day < self.founded:
            return ()
        if known is not None and day < known:
            raise UnknownMembershipError(self.id, day, known)
        return tuple(
            m.country
            for m in self.memberships
            if m.covers(day) and (suspended or not m.suspended_on(day)) and (associates or not m.associate)
        )


@attrs.frozen(kw_only=True)
class Vacancy:
    """A stretch of days on which a country had no holder of an office, from the leader files.

    Attributes:
        country: The country.
        what: ``"head of state"`` (nobody held the office of head of state) or
            ``"leads"`` (nobody represented the country at summits).
        start: The first day.
        end: The last day; ``None`` while the vacancy lasts.
        note: What happened instead.

    >>> import datetime
    >>> [v.what for v in default_knowledge().vacancies("LBN", on=datetime.date(2015, 6, 1))]
    ['head of state']
    """

    country: Country
    what: str
    start: dt.date
    end: dt.date | None = None
    note: str = ""

    def covers(self, day: dt.date) -> bool:
        """Whether the vacancy includes ``day`` (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _frozen(index: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """An index of names built, its lists as tuples: tuples of strings leave the cyclic collector's sight (about
    12,000 objects fewer to walk in each full collection), and nothing appends to them once built.

    >>> _frozen({"putin": ["vladimir-putin"]})
    {'putin': ('vladimir-putin',)}
    """
    return {key: tuple(values) for key, values in index.items()}


@attrs.define
class _People:
    """The leader indexes: by id, name, family name, office and country (built once per set of leaders)."""

    leaders: dict[str, Leader] = attrs.Factory(dict)
    by_name: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    by_family: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    by_office: dict[tuple[str, Role], list[tuple[str, Office]]] = attrs.Factory(lambda: defaultdict(list))
    by_country: dict[str, list[tuple[str, Office]]] = attrs.Factory(lambda: defaultdict(list))
    vacancies: dict[str, list[Vacancy]] = attrs.Factory(lambda: defaultdict(list))

    @classmethod
    def of(cls, leaders: Iterable[Leader], vacancies: Iterable[Vacancy]) -> _People:
        people = cls()
        names: defaultdict[str, list[str]] = defaultdict(list)
        families: defaultdict[str, list[str]] = defaultdict(list)
        for leader in leaders:
            if leader.id in people.leaders:
                raise KnowledgeBaseError(f"two leaders share the id {leader.id!r}")
            people.leaders[leader.id] = leader
            for name in {fold(n) for n in (leader.name, *leader.aliases)}:
                names[name].append(leader.id)
            families[fold(leader.family)].append(leader.id)
            for office in leader.offices:
                people.by_office[office.country.code, office.role].append((leader.id, office))
                people.by_country[office.country.code].append((leader.id, office))
        for vacancy in vacancies:
            people.vacancies[vacancy.country.code].append(vacancy)
        people.by_name, people.by_family = _frozen(names), _frozen(families)
        return people


@attrs.define
class _Index:
    """Lower-level name indexes of countries and organizations (built once at load)."""

    countries: dict[str, CountryInfo] = attrs.Factory(dict)
    country_names: dict[str, str] = attrs.Factory(dict)
    demonyms: dict[str, str] = attrs.Factory(dict)
    ambiguous_demonyms: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    metonyms: dict[str, str] = attrs.Factory(dict)
    cities: dict[str, list[str]] = attrs.Factory(lambda: defaultdict(list))
    dated: dict[str, list[tuple[str, NameEra]]] = attrs.Factory(lambda: defaultdict(list))
    organizations: dict[str, Organization] = attrs.Factory(dict)
    organization_names: dict[str, str] = attrs.Factory(dict)

    def add_country(self, info: CountryInfo) -> None:
        """Index a country's names; a name with an era goes to ``dated`` only."""
        code = info.country.code
        self.countries[code] = info
        dated = {fold(_strip_the(era.text)) for era in info.eras}
        for era in info.eras:
            self.dated[fold(_strip_the(era.text))].append((code, era))

        def undated(texts: Iterable[str]) -> list[str]:
            return [text for text in texts if fold(_strip_the(text)) not in dated]

        for name in undated((info.name, *info.names)):
            self.country_names.setdefault(fold(_strip_the(name)), code)
        for demonym in undated(info.demonyms):
            self.demonyms.setdefault(fold(demonym), code)
        for metonym in undated(info.metonyms):
            self.metonyms.setdefault(fold(metonym), code)
        for city in undated(info.cities):
            if code not in self.cities[fold(city)]:
                self.cities[fold(city)].append(code)


#: Where the leaders whose offices all ended before :data:`MODERN_FROM` are kept (read on first need).
_EARLIER_FOLDER = "1946-1999"

EarlierLeaders = Callable[[], tuple[Sequence[Leader], Sequence[Vacancy]]]


class KnowledgeBase:
    """Look-ups over leaders, countries and organizations.

    Build one with :meth:`load` (the bundled data plus any extra data files
    of your own) or use the shared :func:`default_knowledge`. Countries that
    appear twice (a bundled entry and one from an extra file) are merged: the
    extra names, demonyms, metonyms and cities are added to the bundled ones.
    ``ambiguous_demonyms`` maps a demonym or name that can mean several
    countries ("Korean", "Congo") to all of them, most frequent first.
    ``earlier``, if given, returns more leaders and vacancies, those whose
    offices all ended before :data:`MODERN_FROM`; it is called once, by the
    first look-up that needs them (a day before 2000, no day, or every leader).
    To send a knowledge base to worker processes, ``earlier`` must pickle (a
    module-level function does). ``conferences`` are the one-off summits
    (``None``: the bundled ``data/conferences.json``, read on first need).
    """

    def __init__(
        self,
        leaders: Iterable[Leader],
        countries: Iterable[CountryInfo],
        organizations: Iterable[Organization],
        ambiguous_demonyms: Mapping[str, Sequence[str]] | None = None,
        vacancies: Iterable[Vacancy] = (),
        earlier: EarlierLeaders | None = None,
        conferences: Iterable[Conference] | None = None,
    ) -> None:
        index = _Index()
        for info in _merge_countries(countries):
            index.add_country(info)
        for demonym, codes in (ambiguous_demonyms or {}).items():
            index.ambiguous_demonyms[fold(demonym)] = tuple(codes)
        for org in organizations:
            index.organizations[org.id] = org
            for name in (org.id, org.name, *org.names):
                index.organization_names.setdefault(fold(_strip_the(name)), org.id)
        self._index = index
        self._modern = (tuple(leaders), tuple(vacancies))
        self._people = _People.of(*self._modern)
        self._earlier = earlier
        self._earlier_lock = threading.Lock()
        self._met_at: dict[tuple[str, str], tuple[dt.date, ...]] | None = None
        self._conferences = None if conferences is None else _by_date(conferences)
        self._conferences_at: dict[str, tuple[Conference, ...]] | None = None
        self._conference_places: dict[dt.date, frozenset[str]] = {}

    @classmethod
    def load(
        cls,
        extra_leader_files: Iterable[str | Path | Traversable] = (),
        *,
        extra_country_files: Iterable[str | Path | Traversable] = (),
        extra_organization_files: Iterable[str | Path | Traversable] = (),
        extra_conference_files: Iterable[str | Path | Traversable] = (),
    ) -> KnowledgeBase:
        """Load the bundled data files, plus files of your own in the same formats.

        ``extra_leader_files`` are read like ``data/leaders/*.json`` (a
        ``"leaders"`` list and an optional ``"vacancies"`` list),
        ``extra_country_files`` like ``data/countries.json``,
        ``extra_organization_files`` like ``data/organizations.json`` and
        ``extra_conference_files`` like ``data/conferences.json``. Leader
        ids must stay unique; a country code that is already known gains the
        extra names, demonyms and cities. The bundled leaders of 1946-1999
        (``data/leaders/1946-1999/*.json``) are read on first need.

        Raises :class:`~diplomacy_events.errors.KnowledgeBaseError` naming the
        file when a data file is missing or malformed.

        >>> kb = KnowledgeBase.load()
        >>> kb.country("Ankara").code
        'TUR'
        """
        from importlib import resources  # here, not at the top: slow to import, and only loading needs it

        data = resources.files("diplomacy_events") / "data"
        countries: list[CountryInfo] = []
        ambiguous: dict[str, list[str]] = {}
        for number, file in enumerate([data / "countries.json", *map(_path, extra_country_files)]):
            doc = _read_json(file) if number else _bundled("countries.json")
            try:
                countries += [_country_info(entry) for entry in doc["countries"]]
                for entry in doc.get("ambiguous_demonyms", []):
                    ambiguous.setdefault(entry["demonym"], []).extend(entry["codes"])
                for entry in doc.get("ambiguous_names", []):
                    ambiguous.setdefault(entry["name"], []).extend(entry["codes"])
            except (KeyError, TypeError, ValueError, InvalidValueError) as exc:
                raise KnowledgeBaseError(f"malformed country data in {file}: {exc!r}") from None
        leaders, vacancies = _read_leader_files([*_json_files(data / "leaders"), *map(_path, extra_leader_files)])
        organizations: list[Organization] = []
        for file in [data / "organizations.json", *map(_path, extra_organization_files)]:
            doc = _read_json(file)
            try:
                organizations += [_organization(entry) for entry in doc["organizations"]]
            except (KeyError, TypeError, ValueError) as exc:
                raise KnowledgeBaseError(f"malformed organization data in {file}: {exc!r}") from None

        extra = [_conferences_in(_read_json(file), file) for file in map(_path, extra_conference_files)]
        conferences = [*_conferences(), *(c for found in extra for c in found)] if extra else None
        return cls(leaders, countries, organizations, ambiguous, vacancies, _bundled_earlier_leaders, conferences)

    def __getstate__(self) -> dict[str, Any]:
        # sent to worker processes without its lock (a new one is made there)
        return {name: value for name, value in vars(self).items() if name != "_earlier_lock"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        vars(self).update(state)
        self._earlier_lock = threading.Lock()

    # -- leaders ----------------------------------------------------------------

    def _everyone(self) -> _People:
        """The leader indexes with the earlier leaders in them, read on the first call."""
        if self._earlier is not None:
            with self._earlier_lock:
                if self._earlier is not None:
                    leaders, vacancies = self._earlier()
                    modern_leaders, modern_vacancies = self._modern
                    # a new index, swapped in whole: a look-up running meanwhile sees the old one intact
                    self._people = _People.of((*modern_leaders, *leaders), (*modern_vacancies, *vacancies))
                    self._earlier = None
        return self._people

    def _people_on(self, day: dt.date | None) -> _People:
        """The leader indexes that answer for ``day`` (``None``: every day)."""
        return self._people if day is not None and day >= MODERN_FROM else self._everyone()

    def __iter__(self) -> Iterator[Leader]:
        return iter(self._everyone().leaders.values())

    def __len__(self) -> int:
        return len(self._everyone().leaders)

    def leaders(self, since: dt.date | None = None) -> list[Leader]:
        """Every leader, or only those whose terms lasted to ``since`` or later.

        The leaders of 1946-1999 are read only if ``since`` is ``None`` or
        before :data:`MODERN_FROM`.

        >>> import datetime
        >>> kb = default_knowledge()
        >>> any(leader.name == "Vladimir Putin" for leader in kb.leaders(since=datetime.date(2020, 1, 1)))
        True
        """
        people = self._people_on(since)
        if since is None:
            return list(people.leaders.values())
        return [
            leader
            for leader in people.leaders.values()
            if any(office.end is None or office.end >= since for office in leader.offices)
        ]

    def leader(self, leader_id: str) -> Leader:
        """The leader with this id; raises :class:`UnknownLeaderError` if there is none."""
        found = self.get_leader(leader_id)
        if found is None:
            raise UnknownLeaderError(f"no leader with id {leader_id!r}")
        return found

    def get_leader(self, leader_id: str, default: Leader | None = None) -> Leader | None:
        """The leader with this id, or ``default``."""
        found = self._people.leaders.get(leader_id)
        return found if found is not None else self._everyone().leaders.get(leader_id, default)

    def leaders_named(self, name: str, on: dt.date | None = None) -> list[Leader]:
        """Every leader a name can mean, best first.

        Full names and aliases rank before family names; with ``on``, only
        leaders in office that day are returned, heads of state and
        government before de facto and acting ones.

        >>> import datetime
        >>> kb = default_knowledge()
        >>> [l.name for l in kb.leaders_named("Putin", on=datetime.date(2015, 1, 1))]
        ['Vladimir Putin']
        """
        key = fold(name)
        people = self._people_on(on)
        ids = list(dict.fromkeys((*people.by_name.get(key, ()), *people.by_family.get(key, ()))))
        found = [people.leaders[i] for i in ids]
        if on is None:
            return found
        ranked = [(self._office_rank(leader, on), position, leader) for position, leader in enumerate(found)]
        return [leader for rank, _, leader in sorted(ranked, key=lambda t: (t[0], t[1])) if rank < 9]

    def spelled_like(self, family: str, on: dt.date) -> list[Leader]:
        """The leaders in office on ``on`` whose family name is a near spelling of ``family``, nearest first.

        Older and agency texts spell names their own way ("Khatimi",
        "Khamin'i"): apostrophes and hyphens aside, the same first letter and
        at most one letter changed, added, dropped or swapped (two for names of
        seven letters or more).

        >>> import datetime
        >>> kb = default_knowledge()
        >>> [l.name for l in kb.spelled_like("Khatimi", on=datetime.date(2003, 9, 3))]
        ['Mohammad Khatami']
        >>> [l.name for l in kb.spelled_like("Khamene'i", on=datetime.date(2003, 9, 3))]
        ['Ali Khamenei']
        """
        written = _spelling(family)
        people = self._people_on(on)
        found = []
        for leader in people.leaders.values():
            known = _spelling(leader.family)
            if not known or known[0] != written[:1] or not leader.offices_on(on):
                continue
            distance = _distance(written, known, 2 if len(known) >= _LONG_NAME else 1)
            if distance is not None:
                found.append((distance, leader.name, leader))
        return [leader for _, _, leader in sorted(found, key=lambda t: (t[0], t[1]))]

    @staticmethod
    def _office_rank(leader: Leader, day: dt.date) -> int:
        offices = leader.offices_on(day)
        if not offices:
            return 9
        return min((0 if o.leads else 1) + (2 if o.acting else 0) for o in offices)

    def office_holders(
        self, country: str, role: Role | str | None = None, on: dt.date | None = None
    ) -> list[tuple[Leader, Office]]:
        """Who held an office of ``country`` (a code or a name), optionally of ``role``, on ``on``.

        Sorted by start date, latest first; leading offices first on one day.

        >>> import datetime
        >>> kb = default_knowledge()
        >>> day = datetime.date(2017, 11, 22)
        >>> [l.name for l, o in kb.office_holders("TUR", "president", on=day)]
        ['Recep Tayyip Erdogan']
        >>> [l.name for l, o in kb.office_holders("SUN", "premier", on=datetime.date(1972, 5, 22))]
        ['Alexei Kosygin']
        """
        code = self.country(country, on=on).code
        wanted = Role(role) if isinstance(role, str) else role
        people = self._people_on(on)
        pool = people.by_office.get((code, wanted), []) if wanted else people.by_country.get(code, [])
        if on is None:
            found = [(people.leaders[i], o) for i, o in pool]
        else:  # Office.held_on inlined: the pools of offices grow with the data
            found = [(people.leaders[i], o) for i, o in pool if o.start <= on and (o.end is None or on <= o.end)]
        return sorted(found, key=lambda t: (not t[1].leads, t[1].acting, -t[1].start.toordinal()))

    def leading(self, country: str, on: dt.date) -> list[Leader]:
        """The leader(s) who represent ``country`` at summits on ``on`` (usually one)."""
        return [leader for leader, office in self.office_holders(country, on=on) if office.leads]

    def vacancies(self, country: str | None = None, on: dt.date | None = None) -> list[Vacancy]:
        """Recorded vacancies of one country (a code or a name) and/or under way on ``on``.

        Sorted by start date.

        An empty list means the data records no vacancy, not that an office
        was certainly filled.

        >>> import datetime
        >>> [v.note for v in default_knowledge().vacancies("VAT", on=datetime.date(2013, 3, 1))]
        ['sede vacante after the resignation of Benedict XVI']
        """
        people = self._people_on(on)
        if country is None:
            pool = [v for found in people.vacancies.values() for v in found]
        else:
            pool = list(people.vacancies.get(self.country(country, on=on).code, ()))
        found = [v for v in pool if on is None or v.covers(on)]
        return sorted(found, key=lambda v: (v.start, v.country.code, v.what))

    # -- countries --------------------------------------------------------------

    def countries(self) -> list[CountryInfo]:
        """Every country the knowledge base describes, those that no longer exist included."""
        return list(self._index.countries.values())

    def country_info(self, code: str) -> CountryInfo | None:
        """The names, demonyms and places of a country code, or ``None``."""
        return self._index.countries.get(code)

    def search_countries(self, text: str, on: dt.date | None = None) -> list[Country]:
        """Every country a code, name, demonym, metonym or city can mean, best first.

        With ``on``, a name that meant a country on that day (see
        :class:`NameEra`) puts it first and the meanings of other eras are
        left out; without it, they come last.

        >>> import datetime
        >>> kb = default_knowledge()
        >>> [c.code for c in kb.search_countries("the Kremlin", on=datetime.date(1972, 5, 22))]
        ['SUN', 'RUS']
        >>> [c.code for c in kb.search_countries("the Kremlin", on=datetime.date(2017, 1, 1))]
        ['RUS']
        >>> [c.code for c in kb.search_countries("the Kremlin")]
        ['RUS', 'SUN']
        """
        key = fold(_strip_the(text.strip()))
        upper = text.strip().upper()
        index = self._index
        in_era = [code for code, era in index.dated.get(key, ()) if on is None or era.covers(on)]
        found: list[str] = []
        if len(upper) == 3 and upper in index.countries:
            found.append(upper)
        if on is not None:
            found += in_era
        for table in (index.country_names, index.demonyms, index.metonyms):
            if key in table:
                found.append(table[key])
        found += index.ambiguous_demonyms.get(key, ())
        found += index.cities.get(key, [])
        found += in_era
        return [_country(code) for code in dict.fromkeys(found)]  # one shared, validated object per code

    def get_country(self, text: str, default: Country | None = None, on: dt.date | None = None) -> Country | None:
        """The country a name, demonym or code means most often (on ``on``, if given), or ``default``."""
        found = self.search_countries(text, on=on)
        return found[0] if found else default

    def country(self, text: str, on: dt.date | None = None) -> Country:
        """Like :meth:`get_country`, but raises :class:`UnknownCountryError` if nothing matches."""
        found = self.get_country(text, on=on)
        if found is None:
            raise UnknownCountryError("country", text, "no country of that code, name or demonym")
        return found

    def country_name(self, code: str) -> str:
        """The short name news uses for a country code (``"RUS"`` -> ``"Russia"``)."""
        info = self._index.countries.get(code)
        return info.name if info else Country(code=code).name

    # -- organizations and summits ---------------------------------------------

    def organizations(self) -> list[Organization]:
        """Every organization and summit series."""
        return list(self._index.organizations.values())

    def get_organization(self, name: str, default: Organization | None = None) -> Organization | None:
        """The organization an id, name or abbreviation means, or ``default``."""
        org_id = self._index.organization_names.get(fold(_strip_the(name.strip())))
        return self._index.organizations[org_id] if org_id else default

    def organization(self, name: str) -> Organization:
        """Like :meth:`get_organization`, but raises :class:`UnknownOrganizationError`."""
        found = self.get_organization(name)
        if found is None:
            raise UnknownOrganizationError(f"no organization called {name!r}")
        return found

    def summits(
        self, organization: str | None = None, year: int | None = None, on: dt.date | None = None
    ) -> list[SummitRecord]:
        """Summits of a series, a year, or under way on a day; sorted by date."""
        orgs = [self.organization(organization)] if organization else self.organizations()
        found = [
            s
            for org in orgs
            for s in org.summits
            if (year is None or s.date.start.year == year) and (on is None or s.date.start <= on <= s.date.end)
        ]
        return sorted(found, key=lambda s: (s.date.start, s.organization))

    def conferences(self, place: str | None = None) -> list[Conference]:
        """The one-off summits (all, or those a place word names: "Geneva", "Camp David"); sorted by date.

        >>> [str(c.date.start.year) for c in default_knowledge().conferences("Geneva")]
        ['1955', '1985', '2021']
        """
        if place is None:
            return list(self._all_conferences())
        return list(self._conferences_by_place().get(fold(place), ()))

    def _all_conferences(self) -> tuple[Conference, ...]:
        if self._conferences is None:
            self._conferences = _conferences()
        return self._conferences

    def _conferences_by_place(self) -> dict[str, tuple[Conference, ...]]:
        """The one-off summits by the folded place words that name them, built on first use."""
        if self._conferences_at is None:
            index: defaultdict[str, list[Conference]] = defaultdict(list)
            for conference in self._all_conferences():
                for name in dict.fromkeys(fold(name) for name in conference.names):
                    index[name].append(conference)
            self._conferences_at = {name: tuple(found) for name, found in index.items()}
        return self._conferences_at

    def latest_conference(self, place: str, by: dt.date, anchor: dt.date | None = None) -> Conference | None:
        """The latest one-off summit a place word names that began by ``by``, unless a summit of a series has met at
        its place after it, up to ``anchor`` (``None``: ``by``).

        >>> import datetime
        >>> kb = default_knowledge()
        >>> kb.latest_conference("Geneva", datetime.date(1990, 1, 1)).date.start.year
        1985
        >>> kb.latest_conference("Madrid", datetime.date(2023, 1, 1)) is None  # NATO met in Madrid in 2022
        True
        """
        begun = [c for c in self.conferences(place) if c.date.start <= by]
        if not begun:
            return None
        last, until = begun[-1], anchor or by
        met = self._series_places().get(_place_key(last.place), ())
        return None if any(last.date.end < day <= until for day in met) else last

    def _series_places(self) -> dict[tuple[str, str], tuple[dt.date, ...]]:
        """The first days of the series' summits by their place (see :func:`_place_key`), built on first use."""
        if self._met_at is None:
            met: defaultdict[tuple[str, str], list[dt.date]] = defaultdict(list)
            for summit in self.summits():
                if summit.place is not None:
                    met[_place_key(summit.place)].append(summit.date.start)
                    met[("", summit.place.country.code)].append(summit.date.start)
            self._met_at = {key: tuple(days) for key, days in met.items()}
        return self._met_at

    def conference_places(self, before: dt.date) -> frozenset[str]:
        """The place words (folded) that name a one-off summit begun before ``before``.

        >>> import datetime
        >>> "reykjavik" in default_knowledge().conference_places(datetime.date(2000, 1, 1))
        True
        """
        places = self._conference_places.get(before)
        if places is None:
            places = frozenset(
                name
                for name, found in self._conferences_by_place().items()
                if any(c.date.start < before for c in found)
            )
            self._conference_places[before] = places
        return places

    def members(
        self, organization: str, on: dt.date | None = None, *, suspended: bool = False, associates: bool = False
    ) -> list[Country]:
        """The members of an organization (an id, name or abbreviation) on ``on`` (``None``: today).

        Suspended members are left out unless ``suspended``, associate
        members unless ``associates``. Raises
        :class:`~diplomacy_events.errors.UnknownOrganizationError` for an
        unknown organization and
        :class:`~diplomacy_events.errors.UnknownMembershipError` for a day
        whose members the data does not know.

        >>> import datetime
        >>> kb = default_knowledge()
        >>> [c.code for c in kb.members("Quad", on=datetime.date(2021, 3, 12))]
        ['AUS', 'IND', 'JPN', 'USA']
        >>> "RUS" in [c.code for c in kb.members("G8", on=datetime.date(2013, 6, 17))]
        True
        >>> "RUS" in [c.code for c in kb.members("G7", on=datetime.date(2014, 6, 4))]
        False
        """
        return list(
            self.organization(organization).members_on(
                on or dt.date.today(), suspended=suspended, associates=associates
            )
        )

    def memberships(self, organization: str, country: str | None = None) -> list[Membership]:
        """Every membership of an organization, or only those of one country (a code or a name), by start.

        >>> [(m.start, m.end) for m in default_knowledge().memberships("OPEC", "IDN")]
        [(None, datetime.date(2008, 12, 31)), (datetime.date(2016, 1, 1), datetime.date(2016, 11, 30))]
        """
        found = self.organization(organization).memberships
        if country is not None:
            code = self.country(country).code
            found = tuple(m for m in found if m.country.code == code)
        return sorted(found, key=lambda m: (m.start or dt.date.min, m.country.code))


_default: KnowledgeBase | None = None
_lock = threading.Lock()


_LONG_NAME = 7  # letters from which a family name may be spelled two letters differently ("Khamin'i", "Khamenei")


def _spelling(name: str) -> str:
    """A name's letters for comparing spellings: folded, without apostrophes, hyphens or spaces.

    >>> _spelling("Khamin'i"), _spelling("Al-Sisi")
    ('khamini', 'alsisi')
    """
    return "".join(c for c in fold(name) if c.isalpha())


def _distance(one: str, other: str, most: int) -> int | None:
    """The number of letters changed, added, dropped or swapped between two words, or ``None`` above ``most``.

    >>> _distance("khamini", "khamenei", 2), _distance("kohl", "kahn", 1)
    (2, None)
    """
    if abs(len(one) - len(other)) > most:
        return None
    before: list[int] | None = None
    row = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i] + [0] * len(other)
        for j, b in enumerate(other, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a != b))
            if before is not None and i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > most:
            return None
        before, row = row, current
    return row[-1] if row[-1] <= most else None


def default_knowledge() -> KnowledgeBase:
    """The shared knowledge base of the bundled data, loaded on first use."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = KnowledgeBase.load()
    return _default


# -- reading the data files ------------------------------------------------------


def _bundled(name: str) -> Any:
    """A bundled data file, parsed once per process (shared with the model's check of country codes)."""
    from .bundled import data_file

    try:
        return data_file(name)
    except (OSError, ValueError) as exc:
        raise KnowledgeBaseError(f"cannot read data file {name}: {exc}") from None


@functools.cache
def _conferences() -> tuple[Conference, ...]:
    """The bundled one-off summits of ``data/conferences.json``, read on first need."""
    return _conferences_in(_bundled("conferences.json"), "conferences.json")


def _conferences_in(doc: Any, file: object) -> tuple[Conference, ...]:
    """The one-off summits of a file in the format of ``data/conferences.json``, by date."""
    try:
        return _by_date(_conference(entry) for entry in doc["conferences"])
    except (KeyError, TypeError, ValueError, InvalidValueError) as exc:
        raise KnowledgeBaseError(f"malformed conference data in {file}: {exc!r}") from None


def _by_date(conferences: Iterable[Conference]) -> tuple[Conference, ...]:
    return tuple(sorted(conferences, key=lambda conference: conference.date.start))


def _place_key(place: Place) -> tuple[str, str]:
    """A place as the one-off summits and the series' summits are matched: its folded city, or its country where it
    names none ("Malta").

    >>> from diplomacy_events.model import Country
    >>> _place_key(Place(country=Country(code="MLT"))), _place_key(Place(country=Country(code="ISL"), city="Reykjavik"))
    (('', 'MLT'), ('reykjavik', ''))
    """
    return (fold(place.city), "") if place.city else ("", place.country.code)


def _conference(entry: Mapping[str, Any]) -> Conference:
    start = dt.date.fromisoformat(entry["start"])
    return Conference(
        name=entry["name"],
        names=tuple(entry["names"]),
        place=Place(country=_country(entry["country"]), city=entry.get("city") or None),
        date=DateSpan(start=start, end=_date(entry.get("end")) or start),
        countries=tuple(_country(code) for code in entry["countries"]),
    )


def _read_json(file: Traversable | Path) -> Any:
    import json  # imported when data is loaded, not when the package is

    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KnowledgeBaseError(f"cannot read data file {file}: {exc}") from None


def _path(file: str | Path | Traversable) -> Path | Traversable:
    from pathlib import Path

    return Path(file) if isinstance(file, str) else file


def _bundled_earlier_leaders() -> tuple[list[Leader], list[Vacancy]]:
    """The bundled leaders and vacancies of ``data/leaders/1946-1999/`` (a module function: it pickles)."""
    from importlib import resources

    return _read_leader_files(_json_files(resources.files("diplomacy_events") / "data" / "leaders" / _EARLIER_FOLDER))


def _json_files(folder: Traversable | Path) -> list[Traversable | Path]:
    """The ``.json`` files of a folder, by name (none if there is no such folder)."""
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)


def _read_leader_files(files: Iterable[Traversable | Path]) -> tuple[list[Leader], list[Vacancy]]:
    leaders: list[Leader] = []
    vacancies: list[Vacancy] = []
    for file in files:
        found, empty = _read_leaders(file)
        leaders += found
        vacancies += empty
    return leaders, vacancies


def _read_leaders(file: Traversable | Path) -> tuple[list[Leader], list[Vacancy]]:
    doc = _read_json(file)
    try:
        leaders = [_leader(entry) for entry in doc["leaders"]]
        vacancies = [_vacancy(entry) for entry in doc.get("vacancies", ())]
    except (KeyError, TypeError, ValueError, InvalidValueError) as exc:
        raise KnowledgeBaseError(f"malformed leader data in {file}: {exc!r}") from None
    return leaders, vacancies


def _vacancy(entry: Mapping[str, Any]) -> Vacancy:
    return Vacancy(
        country=_country(entry["country"]),
        what=entry["what"],
        start=dt.date.fromisoformat(entry["start"]),
        end=_date(entry.get("end")),
        note=entry.get("note", ""),
    )


def _merge_countries(countries: Iterable[CountryInfo]) -> list[CountryInfo]:
    merged: dict[str, CountryInfo] = {}
    for info in countries:
        old = merged.get(info.country.code)
        if old is None:
            merged[info.country.code] = info
            continue
        merged[info.country.code] = attrs.evolve(
            old,
            names=tuple(dict.fromkeys((*old.names, info.name, *info.names))),
            demonyms=tuple(dict.fromkeys((*old.demonyms, *info.demonyms))),
            metonyms=tuple(dict.fromkeys((*old.metonyms, *info.metonyms))),
            cities=tuple(dict.fromkeys((*old.cities, *info.cities))),
            eras=(*old.eras, *info.eras),
            capital=old.capital or info.capital,
        )
    return list(merged.values())


_countries: dict[str, Country] = {}


def _country(code: str) -> Country:
    if code not in _countries:
        _countries[code] = Country(code=code)
    return _countries[code]


def _leader(entry: Mapping[str, Any]) -> Leader:
    offices = tuple(
        Office(
            country=_country(o["country"]),
            role=Role(o["role"]),
            head=Head(o["head"]),
            start=dt.date.fromisoformat(o["start"]),
            end=_date(o.get("end")),
            leads=bool(o.get("leads", False)),
            acting=bool(o.get("acting", False)),
        )
        for o in entry["offices"]
    )
    return Leader(
        id=entry["id"],
        name=entry["name"],
        family=entry["family"],
        aliases=entry.get("aliases", ()),
        offices=offices,
        female=bool(entry.get("female", False)),
    )


def _country_info(entry: Mapping[str, Any]) -> CountryInfo:
    eras: list[NameEra] = []

    def texts(field: str) -> tuple[str, ...]:
        """A list of names: strings, or ``{"text", "start", "end"}`` objects for names of an era."""
        found = []
        for item in entry.get(field, ()):
            if isinstance(item, str):
                found.append(item)
            else:
                eras.append(NameEra(text=item["text"], start=_date(item.get("start")), end=_date(item.get("end"))))
                found.append(item["text"])
        return tuple(found)

    return CountryInfo(
        country=_country(entry["code"]),
        name=entry["name"],
        names=texts("names"),
        demonyms=texts("demonyms"),
        capital=entry.get("capital"),
        metonyms=texts("metonyms"),
        cities=texts("cities"),
        eras=tuple(eras),
        start=_date(entry.get("start")),
        end=_date(entry.get("end")),
        successors=tuple(_country(code) for code in entry.get("successors", ())),
        formerly_in=_country(entry["formerly_in"]) if entry.get("formerly_in") else None,
        former=entry.get("type") == "former",
    )


def _organization(entry: Mapping[str, Any]) -> Organization:
    org_id = entry["id"]
    summits = []
    for s in entry.get("summits", ()):
        start = dt.date.fromisoformat(s["start"])
        end = _date(s.get("end")) or start
        precision = Precision.YEAR if s.get("approximate") else Precision.DAY
        place = Place(country=_country(s["country"]), city=s.get("city") or None) if s.get("country") else None
        summits.append(
            SummitRecord(
                organization=org_id,
                name=s.get("name") or f"{org_id} summit",
                place=place,
                date=DateSpan(start=start, end=end, precision=precision),
                virtual=bool(s.get("virtual", False)),
            )
        )
    memberships = (
        *(_membership(org_id, item) for item in entry.get("members", ()) if item != "EU"),
        *(_membership(org_id, item) for item in entry.get("former_members", ())),
        *(_membership(org_id, item, associate=True) for item in entry.get("associate_members", ())),
    )
    return Organization(
        id=org_id,
        name=entry["name"],
        names=tuple(entry.get("names", ())),
        label=entry.get("label") or org_id,
        members=tuple(m.country for m in memberships if m.end is None and not m.associate),
        memberships=memberships,
        founded=_date(entry.get("founded")),
        members_from=_date(entry.get("members_from")),
        summits=tuple(summits),
        sources=tuple(entry.get("sources", ())),
        counted=bool(entry.get("counted", False)),
    )


def _membership(org_id: str, item: str | Mapping[str, Any], associate: bool = False) -> Membership:
    """A membership from a code (a member throughout) or an object with its dates and suspensions."""
    if isinstance(item, str):
        return Membership(organization=org_id, country=_country(item), associate=associate)
    return Membership(
        organization=org_id,
        country=_country(item["country"]),
        start=_date(item.get("from")),
        end=_date(item.get("until")),
        suspended=tuple(
            Suspension(start=dt.date.fromisoformat(s["from"]), end=_date(s.get("until")), note=s.get("note", ""))
            for s in item.get("suspended", ())
        ),
        associate=bool(item.get("associate", associate)),
        note=item.get("note", ""),
    )
