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
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .errors import (
    InvalidValueError,
    KnowledgeBaseError,
    UnknownCountryError,
    UnknownLeaderError,
    UnknownOrganizationError,
)
from .model import Country, DateSpan, Head, Leader, Office, Place, Precision, Role, trust_country_codes
from .normalize import fold

if TYPE_CHECKING:
    from importlib.abc import Traversable
    from pathlib import Path

__all__ = [
    "CountryInfo",
    "KnowledgeBase",
    "Organization",
    "SummitRecord",
    "Vacancy",
    "default_knowledge",
    "fold",
]


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


@attrs.frozen(kw_only=True)
class CountryInfo:
    """What news calls a country: names, demonyms, capital, metonyms and cities.

    Attributes:
        country: The country.
        name: The short name news uses ("Russia").
        names: Other names ("Russian Federation").
        demonyms: Adjectives and nouns for its people ("Russian").
        capital: The capital.
        metonyms: Words news uses for the government: seats of power ("the Kremlin") and the capital.
        cities: Cities news names, the capital among them.
    """

    country: Country
    name: str
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()


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
class Organization:
    """An organization or summit series (G20, SCO, ...) with its members and summits.

    Attributes:
        id: The short id ("G20", "SCO").
        name: The full name ("Group of Twenty").
        names: Other names and abbreviations news uses.
        members: The member countries.
        summits: Its summits, with their hosts and dates.
    """

    id: str
    name: str
    names: tuple[str, ...] = ()
    members: tuple[Country, ...] = ()
    summits: tuple[SummitRecord, ...] = ()


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


@attrs.define
class _Index:
    """Lower-level name indexes shared by the look-ups (built once at load)."""

    leaders: dict[str, Leader] = attrs.Factory(dict)
    by_name: dict[str, list[str]] = attrs.Factory(lambda: defaultdict(list))
    by_family: dict[str, list[str]] = attrs.Factory(lambda: defaultdict(list))
    by_office: dict[tuple[str, Role], list[tuple[str, Office]]] = attrs.Factory(lambda: defaultdict(list))
    by_country: dict[str, list[tuple[str, Office]]] = attrs.Factory(lambda: defaultdict(list))
    countries: dict[str, CountryInfo] = attrs.Factory(dict)
    country_names: dict[str, str] = attrs.Factory(dict)
    demonyms: dict[str, str] = attrs.Factory(dict)
    ambiguous_demonyms: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    metonyms: dict[str, str] = attrs.Factory(dict)
    cities: dict[str, list[str]] = attrs.Factory(lambda: defaultdict(list))
    organizations: dict[str, Organization] = attrs.Factory(dict)
    organization_names: dict[str, str] = attrs.Factory(dict)
    vacancies: dict[str, list[Vacancy]] = attrs.Factory(lambda: defaultdict(list))


class KnowledgeBase:
    """Look-ups over leaders, countries and organizations.

    Build one with :meth:`load` (the bundled data plus any extra data files
    of your own) or use the shared :func:`default_knowledge`. Countries that
    appear twice (a bundled entry and one from an extra file) are merged: the
    extra names, demonyms, metonyms and cities are added to the bundled ones.
    ``ambiguous_demonyms`` maps a demonym or name that can mean several
    countries ("Korean", "Congo") to all of them, most frequent first.
    """

    def __init__(
        self,
        leaders: Iterable[Leader],
        countries: Iterable[CountryInfo],
        organizations: Iterable[Organization],
        ambiguous_demonyms: Mapping[str, Sequence[str]] | None = None,
        vacancies: Iterable[Vacancy] = (),
    ) -> None:
        index = _Index()
        countries = _merge_countries(countries)
        for info in countries:
            code = info.country.code
            index.countries[code] = info
            for name in (info.name, *info.names):
                index.country_names.setdefault(fold(_strip_the(name)), code)
            for demonym in info.demonyms:
                index.demonyms.setdefault(fold(demonym), code)
            for metonym in info.metonyms:
                index.metonyms.setdefault(fold(metonym), code)
            for city in info.cities:
                if code not in index.cities[fold(city)]:
                    index.cities[fold(city)].append(code)
        for demonym, codes in (ambiguous_demonyms or {}).items():
            index.ambiguous_demonyms[fold(demonym)] = tuple(codes)
        for leader in leaders:
            if leader.id in index.leaders:
                raise KnowledgeBaseError(f"two leaders share the id {leader.id!r}")
            index.leaders[leader.id] = leader
            for name in {fold(n) for n in (leader.name, *leader.aliases)}:
                index.by_name[name].append(leader.id)
            index.by_family[fold(leader.family)].append(leader.id)
            for office in leader.offices:
                index.by_office[office.country.code, office.role].append((leader.id, office))
                index.by_country[office.country.code].append((leader.id, office))
        for org in organizations:
            index.organizations[org.id] = org
            for name in (org.id, org.name, *org.names):
                index.organization_names.setdefault(fold(_strip_the(name)), org.id)
        for vacancy in vacancies:
            index.vacancies[vacancy.country.code].append(vacancy)
        self._index = index

    @classmethod
    def load(
        cls,
        extra_leader_files: Iterable[str | Path | Traversable] = (),
        *,
        extra_country_files: Iterable[str | Path | Traversable] = (),
        extra_organization_files: Iterable[str | Path | Traversable] = (),
    ) -> KnowledgeBase:
        """Load the bundled data files, plus files of your own in the same formats.

        ``extra_leader_files`` are read like ``data/leaders/*.json`` (a
        ``"leaders"`` list and an optional ``"vacancies"`` list),
        ``extra_country_files`` like ``data/countries.json`` and
        ``extra_organization_files`` like ``data/organizations.json``. Leader
        ids must stay unique; a country code that is already known gains the
        extra names, demonyms and cities.

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
            doc = _read_json(file)
            if number == 0:  # the bundled table, whose codes the test suite checks against pycountry
                trust_country_codes(entry["code"] for entry in doc["countries"])
            try:
                countries += [_country_info(entry) for entry in doc["countries"]]
                for entry in doc.get("ambiguous_demonyms", []):
                    ambiguous.setdefault(entry["demonym"], []).extend(entry["codes"])
                for entry in doc.get("ambiguous_names", []):
                    ambiguous.setdefault(entry["name"], []).extend(entry["codes"])
            except (KeyError, TypeError, ValueError) as exc:
                raise KnowledgeBaseError(f"malformed country data in {file}: {exc!r}") from None
        leader_files: list[Traversable | Path] = sorted(
            (f for f in (data / "leaders").iterdir() if f.name.endswith(".json")),
            key=lambda f: f.name,
        )
        leader_files += [_path(f) for f in extra_leader_files]
        leaders: list[Leader] = []
        vacancies: list[Vacancy] = []
        for file in leader_files:
            found, empty = _read_leaders(file)
            leaders += found
            vacancies += empty
        organizations: list[Organization] = []
        for file in [data / "organizations.json", *map(_path, extra_organization_files)]:
            doc = _read_json(file)
            try:
                organizations += [_organization(entry) for entry in doc["organizations"]]
            except (KeyError, TypeError, ValueError) as exc:
                raise KnowledgeBaseError(f"malformed organization data in {file}: {exc!r}") from None
        return cls(leaders, countries, organizations, ambiguous, vacancies)

    # -- leaders ----------------------------------------------------------------

    def __iter__(self) -> Iterator[Leader]:
        return iter(self._index.leaders.values())

    def __len__(self) -> int:
        return len(self._index.leaders)

    def leader(self, leader_id: str) -> Leader:
        """The leader with this id; raises :class:`UnknownLeaderError` if there is none."""
        try:
            return self._index.leaders[leader_id]
        except KeyError:
            raise UnknownLeaderError(f"no leader with id {leader_id!r}") from None

    def get_leader(self, leader_id: str, default: Leader | None = None) -> Leader | None:
        """The leader with this id, or ``default``."""
        return self._index.leaders.get(leader_id, default)

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
        ids = list(dict.fromkeys(self._index.by_name.get(key, []) + self._index.by_family.get(key, [])))
        found = [self._index.leaders[i] for i in ids]
        if on is None:
            return found
        ranked = [(self._office_rank(leader, on), position, leader) for position, leader in enumerate(found)]
        return [leader for rank, _, leader in sorted(ranked, key=lambda t: (t[0], t[1])) if rank < 9]

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
        """
        code = self.country(country).code
        wanted = Role(role) if isinstance(role, str) else role
        pool = self._index.by_office.get((code, wanted), []) if wanted else self._index.by_country.get(code, [])
        found = [(self._index.leaders[i], o) for i, o in pool if on is None or o.held_on(on)]
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
        if country is None:
            pool = [v for found in self._index.vacancies.values() for v in found]
        else:
            pool = list(self._index.vacancies.get(self.country(country).code, ()))
        found = [v for v in pool if on is None or v.covers(on)]
        return sorted(found, key=lambda v: (v.start, v.country.code, v.what))

    # -- countries --------------------------------------------------------------

    def countries(self) -> list[CountryInfo]:
        """Every country the knowledge base describes."""
        return list(self._index.countries.values())

    def country_info(self, code: str) -> CountryInfo | None:
        """The names, demonyms and places of a country code, or ``None``."""
        return self._index.countries.get(code)

    def search_countries(self, text: str) -> list[Country]:
        """Every country a code, name, demonym, metonym or city can mean, best first."""
        key = fold(_strip_the(text.strip()))
        upper = text.strip().upper()
        found: list[str] = []
        if len(upper) == 3 and upper in self._index.countries:
            found.append(upper)
        for table in (self._index.country_names, self._index.demonyms, self._index.metonyms):
            if key in table:
                found.append(table[key])
        found += self._index.ambiguous_demonyms.get(key, ())
        found += self._index.cities.get(key, [])
        return [Country(code=code) for code in dict.fromkeys(found)]

    def get_country(self, text: str, default: Country | None = None) -> Country | None:
        """The country a name, demonym or code means most often, or ``default``."""
        found = self.search_countries(text)
        return found[0] if found else default

    def country(self, text: str) -> Country:
        """Like :meth:`get_country`, but raises :class:`UnknownCountryError` if nothing matches."""
        found = self.get_country(text)
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


_default: KnowledgeBase | None = None
_lock = threading.Lock()


def default_knowledge() -> KnowledgeBase:
    """The shared knowledge base of the bundled data, loaded on first use."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = KnowledgeBase.load()
    return _default


# -- reading the data files ------------------------------------------------------


def _read_json(file: Traversable | Path) -> Any:
    import json  # imported when data is loaded, not when the package is

    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KnowledgeBaseError(f"cannot read data file {file}: {exc}") from None


def _path(file: str | Path | Traversable) -> Path | Traversable:
    from pathlib import Path

    return Path(file) if isinstance(file, str) else file


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
    )


def _country_info(entry: Mapping[str, Any]) -> CountryInfo:
    return CountryInfo(
        country=_country(entry["code"]),
        name=entry["name"],
        names=tuple(entry.get("names", ())),
        demonyms=tuple(entry.get("demonyms", ())),
        capital=entry.get("capital"),
        metonyms=tuple(entry.get("metonyms", ())),
        cities=tuple(entry.get("cities", ())),
    )


def _organization(entry: Mapping[str, Any]) -> Organization:
    summits = []
    for s in entry.get("summits", ()):
        start = dt.date.fromisoformat(s["start"])
        end = _date(s.get("end")) or start
        precision = Precision.YEAR if s.get("approximate") else Precision.DAY
        place = Place(country=_country(s["country"]), city=s.get("city") or None) if s.get("country") else None
        summits.append(
            SummitRecord(
                organization=entry["id"],
                name=s.get("name") or f"{entry['id']} summit",
                place=place,
                date=DateSpan(start=start, end=end, precision=precision),
                virtual=bool(s.get("virtual", False)),
            )
        )
    return Organization(
        id=entry["id"],
        name=entry["name"],
        names=tuple(entry.get("names", ())),
        members=tuple(_country(code) for code in entry.get("members", ()) if code != "EU"),
        summits=tuple(summits),
    )
