"""The domain model: immutable, validated attrs classes for leaders and their meetings.

Every class is frozen, slotted and keyword-only; change one with
:func:`attrs.evolve`. Invariants are checked at construction and a bad value
raises :class:`~diplomacy_events.errors.InvalidValueError` (or a subclass)
naming the field and the value.

>>> import datetime
>>> from diplomacy_events import Country, DateSpan
>>> Country(code="TUR").name
'Türkiye'
>>> DateSpan.from_month(2017, 11)
DateSpan(start=datetime.date(2017, 11, 1), end=datetime.date(2017, 11, 30), precision=<Precision.MONTH: 'month'>)
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .errors import InvalidDateError, InvalidValueError, UnknownCountryError

__all__ = [
    "Country",
    "DateSpan",
    "Evidence",
    "Explanation",
    "Head",
    "Identification",
    "Identified",
    "Leader",
    "Meeting",
    "MeetingKind",
    "Office",
    "ParseResult",
    "Participant",
    "Place",
    "Precision",
    "Report",
    "Role",
    "Source",
    "SourceKind",
    "Status",
    "Summit",
]

#: Codes news needs that ISO 3166-1 has not assigned: Kosovo (user-assigned range) and
#: Zanzibar, sovereign from 1963-12-10 to 1964-04-26, before ISO 3166 existed (a project code).
EXTRA_COUNTRY_NAMES = {"XKX": "Kosovo", "ZAN": "Zanzibar"}
#: Short names of the states that no longer exist, by their ISO 3166-3 alpha-3 codes
#: (ISO's own names, such as "USSR, Union of Soviet Socialist Republics", are not what news says).
FORMER_COUNTRY_NAMES = {
    "CSK": "Czechoslovakia",
    "DDR": "East Germany",
    "RHO": "Rhodesia",
    "SUN": "Soviet Union",
    "VDR": "North Vietnam",
    "YMD": "South Yemen",
    "YUG": "Yugoslavia",
}


class Precision(enum.Enum):
    """How exactly a :class:`DateSpan` is known.

    Attributes:
        DAY: `"day"`: the day is known ("on Monday", "November 20").
        WEEK: `"week"`: a week, Monday to Sunday ("last week").
        MONTH: `"month"`: a calendar month ("in June").
        SEASON: `"season"`: three months ("last spring").
        YEAR: `"year"`: a calendar year ("in 2015").
        UNKNOWN: `"unknown"`: a stretch of days the text only bounds ("in the coming weeks", "just before the
            summit").
    """

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    UNKNOWN = "unknown"


# Enum members read per item, as module names (why: see events/members.py, which this module cannot import).
_DAY = Precision.DAY


class Role(enum.Enum):
    """The office a leader holds, as news names it; the value is the title's words.

    Attributes:
        PRESIDENT: `"president"`.
        PRIME_MINISTER: `"prime minister"`.
        CHANCELLOR: `"chancellor"` (Germany, Austria).
        PREMIER: `"premier"` (China's premier, for one).
        KING: `"king"`.
        QUEEN: `"queen"`.
        EMIR: `"emir"`.
        SULTAN: `"sultan"`.
        GRAND_DUKE: `"grand duke"` (Luxembourg).
        PRINCE: `"prince"` (Monaco, Liechtenstein).
        CROWN_PRINCE: `"crown prince"`.
        POPE: `"pope"`.
        SUPREME_LEADER: `"supreme leader"` (Iran).
        GENERAL_SECRETARY: `"general secretary"` of a ruling party.
        CHAIRMAN: `"chairman"`.
        STATE_COUNSELLOR: `"state counsellor"` (Myanmar).
        CO_PRINCE: `"co-prince"` (Andorra).
        LEADER: `"leader"`: a de facto leader with no other title.
        SHAH: `"shah"` (Iran until 1979).
        EMPEROR: `"emperor"` (Japan; Ethiopia until 1974).
    """

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    PRESIDENT = "president"
    PRIME_MINISTER = "prime minister"
    CHANCELLOR = "chancellor"
    PREMIER = "premier"
    KING = "king"
    QUEEN = "queen"
    EMIR = "emir"
    SULTAN = "sultan"
    GRAND_DUKE = "grand duke"
    PRINCE = "prince"
    CROWN_PRINCE = "crown prince"
    POPE = "pope"
    SUPREME_LEADER = "supreme leader"
    GENERAL_SECRETARY = "general secretary"
    CHAIRMAN = "chairman"
    STATE_COUNSELLOR = "state counsellor"
    CO_PRINCE = "co-prince"
    LEADER = "leader"
    SHAH = "shah"
    EMPEROR = "emperor"


class Head(enum.Enum):
    """What an office heads: the state, the government, both, or de facto power.

    Attributes:
        STATE: `"state"`: head of state (a king, most presidents in parliamentary systems).
        GOVERNMENT: `"government"`: head of government (a prime minister, a chancellor).
        BOTH: `"both"`: head of state and of government (the US president).
        DE_FACTO: `"de facto"`: power without either title (a supreme leader, a party leader).
    """

    STATE = "state"
    GOVERNMENT = "government"
    BOTH = "both"
    DE_FACTO = "de facto"


class MeetingKind(enum.Enum):
    """The form of a meeting.

    Attributes:
        MEETING: `"meeting"`: in person, and neither a visit nor a summit (talks, a meeting on the sidelines
            of a summit).
        VISIT: `"visit"`: one leader travels to another's country; the meeting's `host` is the receiving
            country.
        CALL: `"call"`: remote, by phone or video, whatever the number of parties.
        SUMMIT: `"summit"`: a joint in-person meeting of three or more leaders.
    """

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    MEETING = "meeting"
    VISIT = "visit"
    CALL = "call"
    SUMMIT = "summit"


# Enum members read per item, as module names (why: see events/members.py, which this module cannot import).
_VISIT = MeetingKind.VISIT


class Status(enum.Enum):
    """Whether a meeting is reported as having happened or as planned.

    Attributes:
        OCCURRED: `"occurred"`: reported as having happened.
        PLANNED: `"planned"`: scheduled, intended or invited; not (yet) reported as held.
    """

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    OCCURRED = "occurred"
    PLANNED = "planned"


class SourceKind(enum.Enum):
    """The genre of a source text.

    Attributes:
        ARTICLE: `"article"`: a news report (the default).
        TRANSCRIPT: `"transcript"`: speaker turns ("KIM: ..."), such as an interview or a press conference.
        ANALYSIS: `"analysis"`: commentary.
        READOUT: `"readout"`: a government's account of its leader's talks.
    """

    ARTICLE = "article"
    TRANSCRIPT = "transcript"
    ANALYSIS = "analysis"
    READOUT = "readout"


def _fail(field: str, value: Any, reason: str, error: type[InvalidValueError] = InvalidValueError) -> None:
    raise error(field, value, reason)


@functools.cache
def _bundled_codes() -> frozenset[str]:
    """The codes of the bundled country table, which the test suite checks against pycountry.

    They are valid without asking pycountry, whose import costs more than
    loading the whole knowledge base.
    """
    from .bundled import data_file  # only when a country is first checked

    return frozenset(entry["code"] for entry in data_file("countries.json")["countries"])


def _valid_code(code: str) -> bool:
    return code in _bundled_codes() or code in EXTRA_COUNTRY_NAMES or _iso_country(code) is not None


@functools.cache
def _iso_country(code: str) -> Any:
    """pycountry's record of an alpha-3 code, current (ISO 3166-1) or former (ISO 3166-3).

    pycountry is imported on first use: it is slow to import.
    """
    import pycountry

    return pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)


def _check_code(_: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or len(value) != 3 or not value.isupper() or not _valid_code(value):
        _fail(attribute.name, value, "not an ISO 3166-1 or 3166-3 alpha-3 code", UnknownCountryError)


def _check_text(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        _fail(attribute.name, value, "must be a non-empty string")


def _check_optional_text(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        _fail(attribute.name, value, "must be a non-empty string")


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _instance(cls: type) -> _Validator:
    """``attrs.validators.instance_of(cls)`` in one plain call: models are built in the parser's hot loops.

    A wrong value raises attrs' own TypeError.
    """
    wrong: _Validator = attrs.validators.instance_of(cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, cls):
            wrong(instance, attribute, value)

    return check


def _optional(cls: type) -> _Validator:
    """``attrs.validators.optional(attrs.validators.instance_of(cls))`` in one plain call (see :func:`_instance`)."""
    wrong: _Validator = attrs.validators.optional(attrs.validators.instance_of(cls))

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, cls):
            wrong(instance, attribute, value)

    return check


def _check_date(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        _fail(attribute.name, value, "must be a datetime.date", InvalidDateError)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _items(values: Iterable[Any]) -> tuple[Any, ...]:
    """Any iterable (a list from JSON, say) as the tuple a frozen field holds."""
    return tuple(values)


@attrs.frozen(kw_only=True)
class Country:
    """A country by its ISO 3166-1 alpha-3 code (``XKX`` stands for Kosovo).

    In JSON a country is just its code. States that no longer exist keep
    their former code from ISO 3166-3 (``SUN``, ``YUG``, ``CSK``, ``DDR``,
    ...); Zanzibar, gone before ISO 3166 began, is ``ZAN``.

    Attributes:
        code: The alpha-3 code in capitals ("TUR"); an unknown code raises
            :class:`~diplomacy_events.errors.UnknownCountryError`.

    >>> Country(code="RUS").name
    'Russian Federation'
    >>> Country(code="SUN").name
    'Soviet Union'
    """

    code: str = attrs.field(validator=_check_code)

    @property
    def name(self) -> str:
        """The country's name from pycountry (common name where it has one)."""
        named = EXTRA_COUNTRY_NAMES.get(self.code) or FORMER_COUNTRY_NAMES.get(self.code)
        if named:
            return named
        record = _iso_country(self.code)
        return str(getattr(record, "common_name", None) or getattr(record, "name", self.code))

    def __str__(self) -> str:
        return self.code


@attrs.frozen(kw_only=True)
class DateSpan:
    """A closed interval of days with the precision the text supports.

    Attributes:
        start: The first day (a ``datetime.date``, not a ``datetime``).
        end: The last day, included; not before ``start``.
        precision: How exactly the text dates it: a single day, a week, a month ...

    >>> import datetime
    >>> DateSpan.from_date(datetime.date(2017, 11, 20)).precision
    <Precision.DAY: 'day'>
    >>> str(DateSpan.from_year(2015))
    '2015'
    """

    start: dt.date = attrs.field(validator=_check_date)
    end: dt.date = attrs.field(validator=_check_date)
    precision: Precision = attrs.field(default=Precision.DAY, validator=_instance(Precision))

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            _fail("end", self.end, f"is before start {self.start}", InvalidDateError)

    @classmethod
    def from_date(cls, day: dt.date) -> DateSpan:
        """The single day ``day``."""
        return cls(start=day, end=day, precision=_DAY)

    @classmethod
    def from_week(cls, day: dt.date) -> DateSpan:
        """The Monday-to-Sunday week that contains ``day``."""
        monday = day - dt.timedelta(days=day.weekday())
        return cls(start=monday, end=monday + dt.timedelta(days=6), precision=Precision.WEEK)

    @classmethod
    def from_month(cls, year: int, month: int) -> DateSpan:
        """The whole calendar month."""
        if not 1 <= month <= 12:  # calendar.monthrange's message; calendar itself is slow to import
            raise InvalidDateError("month", (year, month), f"bad month number {month}; must be 1-12")
        try:
            start = dt.date(year, month, 1)
            end = dt.date(year, 12, 31) if month == 12 else dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        except ValueError as exc:
            raise InvalidDateError("month", (year, month), str(exc)) from None
        return cls(start=start, end=end, precision=Precision.MONTH)

    @classmethod
    def from_year(cls, year: int) -> DateSpan:
        """The whole calendar year."""
        try:
            return cls(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision=Precision.YEAR)
        except ValueError as exc:
            raise InvalidDateError("year", year, str(exc)) from None

    @property
    def days(self) -> int:
        """The number of days in the span."""
        return (self.end - self.start).days + 1

    def overlaps(self, other: DateSpan) -> bool:
        """Whether the two spans share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: DateSpan) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def shifted(self, delta: dt.timedelta) -> DateSpan:
        """The same span moved by ``delta`` (precision kept)."""
        return attrs.evolve(self, start=self.start + delta, end=self.end + delta)

    def __str__(self) -> str:
        if self.precision is Precision.DAY and self.start == self.end:
            return self.start.isoformat()
        if self.precision is Precision.MONTH:
            return self.start.strftime("%Y-%m")
        if self.precision is Precision.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@attrs.frozen(kw_only=True)
class Office:
    """One continuous term of one person in one office.

    Attributes:
        country: The country whose office it is.
        role: The title ("president", "prime minister", ...).
        head: Whether the office heads the state, the government, both, or holds de facto power.
        start: The first day of the term.
        end: The last day of the term; ``None`` while it lasts.
        leads: Whether the holder usually represents the country at summits.
        acting: Whether the holder is acting (interim) rather than elected or appointed.
    """

    country: Country = attrs.field(validator=_instance(Country))
    role: Role = attrs.field(validator=_instance(Role))
    head: Head = attrs.field(validator=_instance(Head))
    start: dt.date = attrs.field(validator=_check_date)
    end: dt.date | None = attrs.field(default=None, validator=_check_date)
    leads: bool = attrs.field(default=False, validator=_instance(bool))
    acting: bool = attrs.field(default=False, validator=_instance(bool))

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            _fail("end", self.end, f"is before start {self.start}", InvalidDateError)

    def held_on(self, day: dt.date) -> bool:
        """Whether the term covers ``day`` (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@attrs.frozen(kw_only=True)
class Leader:
    """A person who held a leading office, with a stable id and the names news uses.

    Attributes:
        id: The stable id ("vladimir-putin"), as in ``Participant.leader_id``.
        name: The canonical full name ("Vladimir Putin").
        family: The family name news uses alone ("Putin").
        aliases: Other names and spellings news uses ("Tayyip Erdogan").
        offices: The terms held, in any order.
        female: Whether "she" and "her" stand for this leader ("he" and "him" then do not).
    """

    id: str = attrs.field(validator=_check_text)
    name: str = attrs.field(validator=_check_text)
    family: str = attrs.field(validator=_check_text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    offices: tuple[Office, ...] = attrs.field(default=(), converter=_items)
    female: bool = False

    def offices_on(self, day: dt.date) -> tuple[Office, ...]:
        """The offices this leader held on ``day``."""
        # Office.held_on inlined: asked of every term of every leader a name may stand for
        return tuple(o for o in self.offices if o.start <= day and (o.end is None or day <= o.end))


@attrs.frozen(kw_only=True)
class Place:
    """Where something happened: a city (if the text names one) in a country.

    Attributes:
        country: The country.
        city: The city, when the text names one.
    """

    country: Country = attrs.field(validator=_instance(Country))
    city: str | None = attrs.field(default=None, validator=_check_optional_text)

    def __str__(self) -> str:
        return f"{self.city}, {self.country.code}" if self.city else self.country.code


@attrs.frozen(kw_only=True)
class Evidence:
    """The passage that supports a record: its text and offsets into the parsed input.

    ``text == input[start:end]`` always holds for evidence the parser makes.

    Attributes:
        text: The sentence (or passage) as it stands in the input.
        start: Its offset in the input, in characters (not negative).
        end: The offset just after it: ``end - start == len(text)``.
    """

    text: str = attrs.field(validator=_instance(str))
    start: int = attrs.field(validator=_instance(int))
    end: int = attrs.field(validator=_instance(int))

    def __attrs_post_init__(self) -> None:
        if self.start < 0:
            _fail("start", self.start, "must not be negative")
        if self.end - self.start != len(self.text):
            _fail("end", self.end, f"does not match start {self.start} plus the text's length {len(self.text)}")


@attrs.frozen(kw_only=True)
class Source:
    """Where a text comes from: the document's ``id`` in your corpus, its outlet, title, URL and date.

    ``id`` and ``url`` are what joins a record back to the corpus (the
    ``id`` of a ``batch`` input line, or the one given to
    :func:`~diplomacy_events.parse`).

    Attributes:
        id: The document's id in your corpus ("wire-0042").
        outlet: The outlet that published the text ("Example Wire").
        title: The text's headline.
        url: Where the text was found.
        published: The publication date; it anchors relative dates ("on Monday").
        authors: The by-line's names.
        kind: The genre; a text laid out in speaker turns is a transcript.
        cited: Other outlets the text cites ("according to Reuters").

    >>> Source(id="wire-0042", outlet="Example Wire").id
    'wire-0042'
    """

    id: str | None = attrs.field(default=None, validator=_check_optional_text)
    outlet: str | None = attrs.field(default=None, validator=_check_optional_text)
    title: str | None = attrs.field(default=None, validator=_check_optional_text)
    url: str | None = attrs.field(default=None, validator=_check_optional_text)
    published: dt.date | None = attrs.field(default=None, validator=_check_date)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    kind: SourceKind = attrs.field(default=SourceKind.ARTICLE, validator=_instance(SourceKind))
    cited: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@attrs.frozen(kw_only=True)
class Participant:
    """One side of a meeting: the resolved leader, or at least a country and role.

    A participant needs a name or a country.

    Attributes:
        name: The leader's canonical name; ``None`` when the text fixes only the country.
        country: The country the leader represents.
        role: The office held on the meeting's day.
        leader_id: The knowledge-base id of the leader (see :class:`Leader`).
        mention: The words the text used ("the Turkish president", "Erdogan").
    """

    name: str | None = attrs.field(default=None, validator=_check_optional_text)
    country: Country | None = attrs.field(default=None, validator=_optional(Country))
    role: Role | None = attrs.field(default=None, validator=_optional(Role))
    leader_id: str | None = attrs.field(default=None, validator=_check_optional_text)
    mention: str = attrs.field(default="", validator=_instance(str))

    def __attrs_post_init__(self) -> None:
        if self.name is None and self.country is None:
            _fail("name", None, "a participant needs a name or a country")

    @property
    def key(self) -> tuple[str, ...]:
        """What makes two participants the same person (the id, else name and country)."""
        if self.leader_id:
            return ("id", self.leader_id)
        country = self.country.code if self.country else ""
        return ("name", (self.name or "").casefold(), country, self.role.value if self.role else "")


@attrs.frozen(kw_only=True)
class Report:
    """Another source's account of a meeting or summit, kept when reports are merged.

    A meeting's accounts always have evidence; a summit's may not (a summit's
    own ``evidence`` is optional). A report keeps its own date and place, so
    sources that disagree stay visible.

    Attributes:
        evidence: The passage of that source.
        source: The source.
        date: The date that source gives.
        place: The place that source gives.
    """

    evidence: Evidence | None = attrs.field(default=None, validator=_optional(Evidence))
    source: Source | None = attrs.field(default=None)
    date: DateSpan | None = attrs.field(default=None)
    place: Place | None = attrs.field(default=None)


class Identification(enum.Enum):
    """How the parser found out who a participant is.

    Attributes:
        NAME: The leader's name, with or without a title: "President Erdogan", "Erdogan".
        OFFICE: An office of a country, held by the participant on the date: "the Turkish president".
        GOVERNMENT: A seat of government standing for its leader: "the Kremlin".
        PRONOUN: A pronoun or a reference back ("he", "the two leaders"), through its antecedent.
        SPEAKER: "I" in a transcript turn or a quote: the leader its label names, or the quote is attributed to.
        PROTAGONIST: The leader the text is about, for a report that names no subject.
        HOST: Not named: the leader of the country visited, on the date.
        MEMBER: A member of a group the text names ("the Quad leaders"): the leader of a member country on the date.
    """

    NAME = "name"  # the leader's name, with or without a title: "President Erdogan", "Erdogan"
    OFFICE = "office"  # an office of a country, held by the participant on the date: "the Turkish president"
    GOVERNMENT = "government"  # a seat of government standing for its leader: "the Kremlin"
    PRONOUN = "pronoun"  # a pronoun or reference back ("he", "the two leaders"), through its antecedent
    SPEAKER = "speaker"  # "I" in a transcript turn or a quote: the leader who speaks
    PROTAGONIST = "protagonist"  # the leader the text is about, for a report that names no subject
    HOST = "host"  # not named: the leader of the country visited, on the date
    MEMBER = "member"  # a member of a group the text names ("the Quad leaders"): a member country's leader that day


@attrs.frozen(kw_only=True)
class Identified:
    """How one participant of a record was identified, and the words that show it.

    Attributes:
        how: The way the participant was found.
        mention: Where the text names the participant (the pronoun, for a pronoun; the place visited, for an
            unnamed host); ``None`` when the words lie outside the text (a transcript's speaker label).
        antecedent: For a pronoun: the mention it stands for.
    """

    how: Identification = attrs.field(validator=_instance(Identification))
    mention: Evidence | None = attrs.field(default=None, validator=_optional(Evidence))
    antecedent: Evidence | None = attrs.field(default=None, validator=_optional(Evidence))


@attrs.frozen(kw_only=True)
class Explanation:
    """Why a record exists: the rules that made it and the words each part of it stands on.

    Every :class:`Evidence` here satisfies ``text == input[start:end]``.

    Attributes:
        rules: The ids of the rules that fired, in order (see the rules page).
        trigger: The word or phrase that reported the meeting, or named the summit.
        time: The time expression that dated it.
        dated_by: The rule that turned the time (or a summit, or the paragraph) into the record's date.
        anchor: The date relative times were read from: the publication date, or the dateline's.
        participants: How each participant of the record was identified, in the same order.

    >>> from diplomacy_events import parse
    >>> [meeting] = parse("Erdogan called Putin on Monday.", "2024-06-14").meetings
    >>> meeting.explanation.trigger.text, meeting.explanation.time.text, meeting.explanation.dated_by
    ('called', 'Monday', 'date.own-time')
    >>> [p.how.value for p in meeting.explanation.participants]
    ['name', 'name']
    """

    rules: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    trigger: Evidence | None = attrs.field(default=None, validator=_optional(Evidence))
    time: Evidence | None = attrs.field(default=None, validator=_optional(Evidence))
    dated_by: str | None = attrs.field(default=None, validator=_check_optional_text)
    anchor: dt.date | None = attrs.field(default=None, validator=_check_date)
    participants: tuple[Identified, ...] = attrs.field(default=(), converter=_items)


def _check_participants(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Participant, ...]) -> None:
    if not all(isinstance(p, Participant) for p in value):
        _fail(attribute.name, value, "must hold Participant objects")
    if len({p.key for p in value}) < 2:
        _fail(attribute.name, value, "a meeting needs at least two distinct participants")


def _check_reports(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Report, ...]) -> None:
    if not all(isinstance(r, Report) and r.evidence is not None for r in value):
        _fail(attribute.name, value, "must hold Report objects with evidence")


#: What a meeting's confidence loses, from 1.0, when a participant is an unnamed host: a visit "to India"
#: includes India's leader on the date.
UNNAMED_HOST_PENALTY = 0.15
#: What a meeting's confidence loses, from 1.0, when a participant is known only through a pronoun.
PRONOUN_PENALTY = 0.1


def _check_confidence(_: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        _fail(attribute.name, value, "must be a number from 0 to 1")


@attrs.frozen(kw_only=True)
class Meeting:
    """A leader-level encounter: talks, a visit, a call or a joint summit meeting.

    Attributes:
        participants: Two or more distinct participants (by :attr:`Participant.key`).
        kind: Talks, a visit, a call or a summit meeting.
        status: Whether it happened or is planned.
        evidence: The sentence that reports it.
        host: For a visit only: the receiving country.
        date: The days the text supports; ``None`` when it gives no time.
        place: Where, as far as the text says.
        summit: The name of the summit a sidelines meeting belongs to.
        source: The text that reports it.
        confidence: From 0 to 1: 1.0, less 0.15 when a participant is an unnamed host (a visit "to India"
            includes India's leader on the date) and 0.1 when one is known only through a pronoun
            (:data:`UNNAMED_HOST_PENALTY`, :data:`PRONOUN_PENALTY`).
        also_reported: Other sources' accounts, after :func:`~diplomacy_events.collection.merge`.
        explanation: Why the parser made it: the rules that fired and the words each part stands on.
    """

    participants: tuple[Participant, ...] = attrs.field(converter=_items, validator=_check_participants)
    kind: MeetingKind = attrs.field(validator=_instance(MeetingKind))
    status: Status = attrs.field(validator=_instance(Status))
    evidence: Evidence = attrs.field(validator=_instance(Evidence))
    host: Country | None = attrs.field(default=None)
    date: DateSpan | None = attrs.field(default=None)
    place: Place | None = attrs.field(default=None)
    summit: str | None = attrs.field(default=None, validator=_check_optional_text)
    source: Source | None = attrs.field(default=None)
    confidence: float = attrs.field(default=1.0, validator=_check_confidence)
    also_reported: tuple[Report, ...] = attrs.field(default=(), converter=_items, validator=_check_reports)
    explanation: Explanation | None = attrs.field(default=None, validator=_optional(Explanation))

    def __attrs_post_init__(self) -> None:
        if self.host is not None and self.kind is not _VISIT:
            _fail("host", self.host, "only a visit has a host country")

    @property
    def countries(self) -> frozenset[str]:
        """The alpha-3 codes of the participants' countries."""
        return frozenset(p.country.code for p in self.participants if p.country)


@attrs.frozen(kw_only=True)
class Summit:
    """A multilateral summit: a meeting of a series (G20, SCO ...) or an ad hoc one.

    Attributes:
        name: The name the text uses ("G20 summit", "the Sochi summit on Syria").
        status: Whether it happened or is planned.
        organization: The series, for a summit of one ("G20").
        place: Where, as the text or the series' records say.
        date: Its days.
        participants: The leaders the text places at it (at its meetings, or attending).
        evidence: The passage that names it.
        source: The text that reports it.
        also_reported: Other sources' accounts, after :func:`~diplomacy_events.collection.merge_summits`.
        explanation: Why the parser made it: the rule that read it, and the words its name and date stand on.
    """

    name: str = attrs.field(validator=_check_text)
    status: Status = attrs.field(validator=_instance(Status))
    organization: str | None = attrs.field(default=None, validator=_check_optional_text)
    place: Place | None = attrs.field(default=None)
    date: DateSpan | None = attrs.field(default=None)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_items)
    evidence: Evidence | None = attrs.field(default=None)
    source: Source | None = attrs.field(default=None)
    also_reported: tuple[Report, ...] = attrs.field(default=(), converter=_items)
    explanation: Explanation | None = attrs.field(default=None, validator=_optional(Explanation))


@attrs.frozen(kw_only=True)
class ParseResult:
    """Everything :func:`~diplomacy_events.parse` found in one text.

    Attributes:
        source: Where the text comes from, with the publication date used.
        text: The text parsed, as given (evidence offsets point into it).
        leaders: Every leader the text mentions, once each, in order of first mention.
        meetings: The meetings, visits and calls, in text order.
        summits: The summits the text names.
        warnings: What the parser could not settle, as sentences ("publication date ... read from the text's
            dateline").
    """

    source: Source
    text: str
    leaders: tuple[Participant, ...] = attrs.field(default=(), converter=_items)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_items)
    summits: tuple[Summit, ...] = attrs.field(default=(), converter=_items)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
