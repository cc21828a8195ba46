"""EventCollection queries (each equals a brute-force filter) and merge() across sources."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from diplomacy_events import (
    Country,
    DateSpan,
    Evidence,
    InvalidDateError,
    Leader,
    Meeting,
    MeetingKind,
    ParseResult,
    Participant,
    Place,
    Report,
    Source,
    Status,
    Summit,
    UnknownCountryError,
    default_knowledge,
)
from diplomacy_events import collection as collection_module
from diplomacy_events.collection import EventCollection, merge, merge_summits
from diplomacy_events.normalize import fold

# -- helpers and invented examples ------------------------------------------------------

ESP, PRT, TUR, FIN = (Country(code=c) for c in ("ESP", "PRT", "TUR", "FIN"))
RUIZ = Participant(name="Ana Ruiz", country=ESP, leader_id="ana-ruiz")
LIMA = Participant(name="João Lima", country=PRT, leader_id="joao-lima")
KAYA = Participant(name="Emre Kaya", country=TUR, leader_id="emre-kaya")
UNNAMED_FINN = Participant(country=FIN)


def day(year: int, month: int, number: int) -> DateSpan:
    return DateSpan.from_date(dt.date(year, month, number))


def meeting(*people: Participant, text: str = "They met.", **fields: Any) -> Meeting:
    base: dict[str, Any] = {"kind": MeetingKind.MEETING, "status": Status.OCCURRED}
    evidence = Evidence(text=text, start=0, end=len(text))
    return Meeting(participants=people, evidence=evidence, **{**base, **fields})


def words_in(query: str, name: str | None) -> bool:
    """Brute force: the query's words appear together, in order, among the name's words."""
    return name is not None and f" {fold(query)} " in f" {fold(name)} "


collections = st.lists(strategies.meetings(also_reported=False), max_size=15).map(EventCollection)
queries_of_parties = st.sampled_from(
    [
        "ESP",
        "Portugal",
        "Turkey",
        "RUS",
        "Ruiz",
        "joao lima",
        "kaya",
        "oleg-orlov",
        "Aino",
        "Nobody",
    ]
)


def party_matches(query: str, p: Participant) -> bool:
    codes = {"ESP": "ESP", "Portugal": "PRT", "Turkey": "TUR", "RUS": "RUS"}
    if query in codes:
        return p.country is not None and p.country.code == codes[query]
    return p.leader_id == query or words_in(query, p.name)


# -- building and iterating -------------------------------------------------------------


def test_built_from_parse_results_and_model_objects() -> None:
    first = meeting(RUIZ, LIMA, date=day(2016, 3, 7))
    second = meeting(LIMA, KAYA)
    summit = Summit(name="Harbour summit", status=Status.OCCURRED)
    result = ParseResult(source=Source(outlet="Daily Ledger"), text="...", meetings=(second,), summits=(summit,))
    events = EventCollection([first, result])
    assert list(events) == [first, second]
    assert len(events) == 2 and events.summits == (summit,)
    assert events == EventCollection([first, second, summit])
    with pytest.raises(TypeError):
        EventCollection(["not an event"])  # type: ignore[list-item]


def test_slicing_by_dates_is_a_period_query() -> None:
    events = EventCollection([meeting(RUIZ, LIMA, date=day(2016, 3, 7)), meeting(RUIZ, KAYA, date=day(2016, 5, 1))])
    assert events[dt.date(2016, 3, 1) : dt.date(2016, 3, 31)].meetings == events.meetings[:1]
    assert events[dt.date(2016, 4, 1) :] == events.in_period(dt.date(2016, 4, 1), None)
    with pytest.raises(TypeError):
        events[0]  # type: ignore[index]


# -- periods: touching and nested spans -------------------------------------------------

MARCH = DateSpan.from_month(2016, 3)
PERIOD_CASES = [
    # (meeting span, period, overlaps?, contained?)
    pytest.param(
        day(2016, 3, 31),
        (dt.date(2016, 3, 31), dt.date(2016, 4, 30)),
        True,
        True,
        id="touches-first-day",
    ),
    pytest.param(
        day(2016, 3, 31),
        (dt.date(2016, 4, 1), dt.date(2016, 4, 30)),
        False,
        False,
        id="ends-day-before",
    ),
    pytest.param(MARCH, (dt.date(2016, 3, 31), dt.date(2016, 4, 30)), True, False, id="month-touches-period"),
    pytest.param(
        MARCH,
        (dt.date(2016, 3, 10), dt.date(2016, 3, 12)),
        True,
        False,
        id="period-nested-in-month",
    ),
    pytest.param(
        day(2016, 3, 11),
        (dt.date(2016, 3, 1), dt.date(2016, 3, 31)),
        True,
        True,
        id="day-nested-in-period",
    ),
    pytest.param(MARCH, (dt.date(2016, 3, 1), dt.date(2016, 3, 31)), True, True, id="same-span"),
    pytest.param(MARCH, (None, dt.date(2016, 3, 1)), True, False, id="open-start"),
]


@pytest.mark.parametrize(("span", "period", "overlaps", "contained"), PERIOD_CASES)
def test_period_overlap_and_containment(
    span: DateSpan, period: tuple[dt.date | None, dt.date], overlaps: bool, contained: bool
) -> None:
    events = EventCollection([meeting(RUIZ, LIMA, date=span)])
    assert len(events.in_period(*period)) == overlaps
    assert len(events.in_period(*period, contain=True)) == contained


def test_undated_meetings_only_on_request() -> None:
    events = EventCollection([meeting(RUIZ, LIMA)])
    assert len(events.in_period(dt.date(2016, 1, 1), dt.date(2016, 12, 31))) == 0
    assert len(events.in_period(dt.date(2016, 1, 1), dt.date(2016, 12, 31), include_undated=True)) == 1


def test_reversed_period_is_an_error() -> None:
    with pytest.raises(InvalidDateError):
        EventCollection([]).in_period(dt.date(2016, 2, 1), dt.date(2016, 1, 1))


@given(collections, strategies.days, strategies.days, st.booleans(), st.booleans())
def test_in_period_equals_brute_force(
    events: EventCollection, one: dt.date, two: dt.date, contain: bool, undated: bool
) -> None:
    start, end = min(one, two), max(one, two)

    def keep(m: Meeting) -> bool:
        if m.date is None:
            return undated
        if contain:
            return start <= m.date.start and m.date.end <= end
        return m.date.start <= end and start <= m.date.end

    expected = tuple(m for m in events if keep(m))
    assert events.in_period(start, end, contain=contain, include_undated=undated).meetings == expected


# -- participants -----------------------------------------------------------------------


@given(collections, queries_of_parties)
def test_involving_equals_brute_force(events: EventCollection, query: str) -> None:
    expected = tuple(m for m in events if any(party_matches(query, p) for p in m.participants))
    assert events.involving(query).meetings == expected


@given(collections, queries_of_parties, queries_of_parties)
def test_between_equals_brute_force(events: EventCollection, first: str, second: str) -> None:
    def keep(m: Meeting) -> bool:
        people = m.participants
        return any(
            party_matches(first, people[i]) and party_matches(second, people[j])
            for i in range(len(people))
            for j in range(len(people))
            if i != j
        )

    assert events.between(first, second).meetings == tuple(m for m in events if keep(m))


@given(collections, queries_of_parties)
def test_a_party_is_known_when_a_country_or_a_participant(events: EventCollection, query: str) -> None:
    # none of the queries is a leader of the bundled knowledge base
    is_country = query in {"ESP", "Portugal", "Turkey", "RUS"}
    assert events.knows(query) == (is_country or any(party_matches(query, p) for m in events for p in m.participants))


def test_a_party_of_the_knowledge_base_is_known_without_meetings() -> None:
    empty = EventCollection([])
    assert empty.knows("Putin") and empty.knows("vladimir-putin") and empty.knows("Vladimir Putin")
    assert empty.knows("Turkish") and empty.knows(Leader(id="nobody", name="No Body", family="Body"))
    assert not empty.knows("Narnia") and not empty.knows("Porto")  # a city is no party


def test_leaders_by_object_id_or_accent_folded_name() -> None:
    events = EventCollection([meeting(RUIZ, LIMA), meeting(Participant(name="JOAO LIMA", country=PRT), KAYA)])
    lima = Leader(id="joao-lima", name="João Lima", family="Lima")
    assert len(events.involving(lima)) == 2
    assert len(events.involving("joao-lima")) == 2
    assert len(events.involving("Lima")) == 2
    assert len(events.involving("Joao")) == 2
    assert len(events.involving("Lim")) == 0  # whole words only
    assert len(events.between("Ruiz", "Portugal")) == 1
    assert len(events.between("Portugal", "Portugal")) == 0


def test_countries_by_code_name_or_demonym_but_not_city() -> None:
    events = EventCollection([meeting(RUIZ, LIMA, place=Place(country=PRT, city="Porto"))])
    assert len(events.involving("PRT")) == len(events.involving("Portugal")) == 1
    assert len(events.involving(Country(code="PRT"))) == 1
    assert len(events.in_place("Porto")) == 1  # a city, matched as a city
    assert len(events.in_place("Portugal")) == 1
    assert len(events.in_place("Spain")) == 0
    with pytest.raises(UnknownCountryError):
        events.hosted_by("Atlantis")


@given(collections, st.sampled_from(strategies.PEOPLE))
def test_counterparts_equal_brute_force(events: EventCollection, person: tuple[str, str, str]) -> None:
    ident, name, _ = person
    expected: Counter[str] = Counter()
    for m in events:
        me = [p for p in m.participants if p.leader_id == ident or words_in(name, p.name)]
        if me:
            expected.update({p.name or str(p.country) for p in m.participants if p not in me})
    assert events.counterparts(ident) == expected


def test_counterparts_count_meetings() -> None:
    events = EventCollection(
        [
            meeting(RUIZ, LIMA),
            meeting(RUIZ, LIMA, KAYA),
            meeting(RUIZ, UNNAMED_FINN),
            meeting(LIMA, KAYA),
        ]
    )
    assert events.counterparts("Ruiz") == Counter({"João Lima": 2, "Emre Kaya": 1, "FIN": 1})


# -- kind, status, summit, host, place --------------------------------------------------


@given(collections, st.lists(st.sampled_from(MeetingKind), min_size=1, max_size=2))
def test_of_kind_and_status_equal_brute_force(events: EventCollection, kinds: list[MeetingKind]) -> None:
    assert events.of_kind(*kinds).meetings == tuple(m for m in events if m.kind in kinds)
    assert events.of_kind(*(k.value for k in kinds)) == events.of_kind(*kinds)
    assert events.occurred().meetings == tuple(m for m in events if m.status is Status.OCCURRED)
    assert events.planned().meetings == tuple(m for m in events if m.status is Status.PLANNED)


@given(
    collections,
    st.sampled_from(["TUR", "Spain", "Finland"]),
    st.sampled_from(["Porto", "izmir", "Oulu", "Kazan"]),
)
def test_hosted_by_and_in_place_equal_brute_force(events: EventCollection, country: str, city: str) -> None:
    code = {"TUR": "TUR", "Spain": "ESP", "Finland": "FIN"}[country]
    assert events.hosted_by(country).meetings == tuple(m for m in events if m.host and m.host.code == code)
    assert events.in_place(country).meetings == tuple(m for m in events if m.place and m.place.country.code == code)
    expected = tuple(m for m in events if m.place and m.place.city and fold(m.place.city) == fold(city))
    assert events.in_place(city).meetings == expected


@given(collections, st.sampled_from(["Harbour", "Harbour summit", "forum", "Harbour Group", "Nothing"]))
def test_at_summit_equals_brute_force(events: EventCollection, query: str) -> None:
    organized = Summit(name="Lakeside forum", organization="Harbour Group", status=Status.OCCURRED)
    events = EventCollection([*events, organized])
    names = [query, "Lakeside forum"] if query == "Harbour Group" else [query]
    expected = tuple(m for m in events if any(words_in(n, m.summit) for n in names))
    assert events.at_summit(query).meetings == expected


@given(collections)
def test_queries_compose_in_any_order(events: EventCollection) -> None:
    left = events.involving("ESP").occurred().in_period(dt.date(2015, 6, 1), dt.date(2016, 6, 1))
    right = events.in_period(dt.date(2015, 6, 1), dt.date(2016, 6, 1)).occurred().involving("ESP")
    assert left == right
    assert left.summits == events.summits


# -- timeline and summits ---------------------------------------------------------------


@given(collections)
def test_timeline_is_sorted_and_stable(events: EventCollection) -> None:
    line = events.timeline()
    assert Counter(map(id, line)) == Counter(map(id, events))
    positions = {id(m): i for i, m in enumerate(events)}

    def key(m: Meeting) -> tuple[Any, ...]:
        return (m.date is None, m.date.start if m.date else 0, m.date.end if m.date else 0)

    for earlier, later in itertools.pairwise(line):
        assert key(earlier) <= key(later)
        if key(earlier) == key(later):
            assert positions[id(earlier)] < positions[id(later)]


@given(st.lists(strategies.summits(), max_size=8), strategies.days)
def test_summits_in_period(summits: list[Summit], start: dt.date) -> None:
    events = EventCollection(summits)
    end = start + dt.timedelta(days=60)
    found = events.summits_in_period(start, end)
    assert sorted(map(id, found)) == sorted(
        id(s) for s in summits if s.date and s.date.overlaps(DateSpan(start=start, end=end))
    )
    starts = [s.date.start for s in found if s.date]
    assert starts == sorted(starts)


# -- merge ------------------------------------------------------------------------------

CLOSE_DATES = st.sampled_from(
    [
        None,
        day(2016, 3, 7),
        day(2016, 3, 9),
        DateSpan.from_week(dt.date(2016, 3, 7)),
        MARCH,
        DateSpan.from_year(2016),
    ]
)
CLOSE_PLACES = st.sampled_from([None, Place(country=PRT), Place(country=PRT, city="Porto"), Place(country=ESP)])


@st.composite
def reports_of_few_meetings(draw: st.DrawFn) -> list[Meeting]:
    """Many accounts (dates and places of different precision) of a few real meetings."""
    bases = draw(st.lists(strategies.meetings(also_reported=False, people=3), min_size=1, max_size=3))
    accounts = []
    for number in range(draw(st.integers(1, 12))):
        base = draw(st.sampled_from(bases))
        text = f"Report {number}."
        accounts.append(
            attrs.evolve(
                base,
                date=draw(CLOSE_DATES),
                place=draw(CLOSE_PLACES),
                evidence=Evidence(text=text, start=0, end=len(text)),
                source=Source(outlet=draw(st.sampled_from(["Daily Ledger", "Wire Service"]))),
            )
        )
    return accounts


def all_reports(meetings: Any) -> Counter[Report]:
    return Counter(
        r
        for m in meetings
        for r in (
            Report(evidence=m.evidence, source=m.source, date=m.date, place=m.place),
            *m.also_reported,
        )
    )


@given(reports_of_few_meetings(), st.randoms())
def test_merge_is_order_independent(accounts: list[Meeting], random: Any) -> None:
    shuffled = list(accounts)
    random.shuffle(shuffled)
    assert merge(shuffled) == merge(accounts)


@given(reports_of_few_meetings())
def test_merge_is_idempotent_and_keeps_every_report(accounts: list[Meeting]) -> None:
    once = merge(accounts)
    assert merge(once) == once
    assert all_reports(once) == all_reports(accounts)


@given(reports_of_few_meetings())
def test_merged_meeting_has_the_most_precise_agreeing_date(accounts: list[Meeting]) -> None:
    for merged in merge(accounts):
        dates = [r.date for r in merged.also_reported if r.date is not None]
        if merged.date is None:
            assert not dates
        for other in dates:
            assert merged.date is not None and merged.date.overlaps(other)
            assert merged.date.days <= other.days


@given(st.lists(strategies.meetings(also_reported=False, people=3), max_size=10))
def test_merge_only_joins_same_participants_kind_status_and_host(meetings: list[Meeting]) -> None:
    def identity(m: Meeting) -> tuple[Any, ...]:
        people = frozenset(p.leader_id or (fold(p.name or ""), p.country) for p in m.participants)
        return (people, m.kind, m.status, m.host)

    identities: dict[Report, set[tuple[Any, ...]]] = {}
    for m in meetings:
        identities.setdefault(next(iter(all_reports([m]))), set()).add(identity(m))
    for merged in merge(meetings):
        for report in all_reports([merged]):
            assert identity(merged) in identities[report]


def test_one_meeting_reported_three_ways() -> None:
    monday = meeting(RUIZ, LIMA, text="On Monday Ruiz met Lima.", date=day(2016, 3, 7), source=Source(outlet="A"))
    week = meeting(LIMA, RUIZ, text="Lima met Ruiz last week.", date=DateSpan.from_week(dt.date(2016, 3, 7)))
    month = meeting(
        RUIZ,
        LIMA,
        text="Earlier this month they met.",
        date=MARCH,
        place=Place(country=PRT, city="Porto"),
        confidence=0.5,
    )
    (merged,) = merge([month, week, monday])
    assert merged.date == day(2016, 3, 7) and merged.evidence == monday.evidence
    assert [r.evidence.text for r in merged.also_reported] == [
        week.evidence.text,
        month.evidence.text,
    ]
    assert merged.also_reported[1].place == month.place and merged.confidence == 1.0


def test_a_vague_report_that_fits_two_meetings_joins_neither() -> None:
    early = meeting(RUIZ, LIMA, text="On Monday they met.", date=day(2016, 3, 7))
    late = meeting(RUIZ, LIMA, text="They met again.", date=day(2016, 3, 24))
    vague = meeting(RUIZ, LIMA, text="They met this month.", date=MARCH)
    assert merge([vague, late, early]) == (vague, early, late)  # timeline order
    undated = meeting(RUIZ, LIMA, text="They have met.")
    assert len(merge([early, undated])) == 1
    assert len(merge([early, late, undated])) == 3


def test_conflicting_places_stay_apart_and_details_stay_visible() -> None:
    in_porto = meeting(RUIZ, LIMA, date=day(2016, 3, 7), place=Place(country=PRT, city="Porto"))
    in_lisbon = meeting(RUIZ, LIMA, date=MARCH, place=Place(country=PRT, city="Lisboa"))
    somewhere = meeting(RUIZ, LIMA, date=MARCH, place=Place(country=PRT))
    assert len(merge([in_porto, in_lisbon])) == 2
    (merged,) = merge([somewhere, in_porto])
    assert merged.place == in_porto.place
    assert merged.also_reported[0].place == Place(country=PRT) and merged.also_reported[0].date == MARCH


def test_call_and_visit_are_different_meetings() -> None:
    call = meeting(RUIZ, LIMA, date=day(2016, 3, 7), kind=MeetingKind.CALL)
    visit = meeting(RUIZ, LIMA, date=day(2016, 3, 7), kind=MeetingKind.VISIT, host=PRT)
    assert len(merge([call, visit])) == 2


def test_collection_merged_keeps_a_lone_summit() -> None:
    summit = Summit(name="Harbour summit", status=Status.OCCURRED)
    one = meeting(RUIZ, LIMA, date=day(2016, 3, 7))
    two = meeting(RUIZ, LIMA, text="Same talks.", date=MARCH)
    merged = EventCollection([one, two, summit]).merged()
    assert len(merged) == 1 and merged.summits == (summit,)


# -- merging summits ----------------------------------------------------------------------


@st.composite
def reports_of_few_summits(draw: st.DrawFn) -> list[Summit]:
    """Many accounts (names, dates, places, participants) of a few real summits."""
    bases = draw(st.lists(strategies.summits(also_reported=False), min_size=1, max_size=3))
    accounts = []
    for number in range(draw(st.integers(1, 10))):
        base = draw(st.sampled_from(bases))
        text = f"Summit report {number}."
        accounts.append(
            attrs.evolve(
                base,
                date=draw(CLOSE_DATES),
                place=draw(CLOSE_PLACES),
                participants=draw(st.lists(st.sampled_from([RUIZ, LIMA, KAYA]), max_size=2, unique=True)),
                evidence=draw(st.sampled_from([None, Evidence(text=text, start=0, end=len(text))])),
                source=Source(outlet=draw(st.sampled_from(["Daily Ledger", "Wire Service"]))),
            )
        )
    return accounts


def summit_reports(summits: Any) -> Counter[Report]:
    return Counter(
        r
        for s in summits
        for r in (Report(evidence=s.evidence, source=s.source, date=s.date, place=s.place), *s.also_reported)
    )


@given(reports_of_few_summits(), st.randoms())
def test_merge_summits_is_order_independent(accounts: list[Summit], random: Any) -> None:
    shuffled = list(accounts)
    random.shuffle(shuffled)
    assert merge_summits(shuffled) == merge_summits(accounts)


@given(reports_of_few_summits())
def test_merge_summits_is_idempotent_and_keeps_every_report_and_participant(accounts: list[Summit]) -> None:
    once = merge_summits(accounts)
    assert merge_summits(once) == once
    assert summit_reports(once) == summit_reports(accounts)
    named = {p.key for s in accounts for p in s.participants}
    assert {p.key for s in once for p in s.participants} == named
    assert all(len({p.key for p in s.participants}) == len(s.participants) for s in once)


@given(st.lists(strategies.summits(also_reported=False), max_size=8))
def test_merge_summits_only_joins_one_series_and_status(summits: list[Summit]) -> None:
    def identity(s: Summit) -> tuple[Any, ...]:
        return (s.organization or fold(s.name), s.status)

    summits = [attrs.evolve(s, source=Source(outlet=f"Outlet {n}")) for n, s in enumerate(summits)]
    of_outlet = {s.source: identity(s) for s in summits}
    for merged in merge_summits(summits):
        outlets = [merged.source, *(r.source for r in merged.also_reported)]
        assert {of_outlet[outlet] for outlet in outlets} == {identity(merged)}


def test_one_summit_reported_by_three_outlets() -> None:
    osaka = Place(country=Country(code="JPN"), city="Osaka")
    dated = Summit(
        name="G20 summit",
        organization="G20",
        status=Status.OCCURRED,
        date=DateSpan(start=dt.date(2019, 6, 28), end=dt.date(2019, 6, 29)),
        place=osaka,
        participants=(RUIZ,),
        evidence=Evidence(text="The G20 summit opened in Osaka.", start=0, end=31),
        source=Source(outlet="Daily Ledger"),
    )
    vague = attrs.evolve(
        dated,
        name="2019 G20 Osaka summit",
        date=DateSpan.from_month(2019, 6),
        participants=(LIMA, RUIZ),
        evidence=Evidence(text="Leaders gathered for the summit.", start=0, end=32),
        source=Source(outlet="Wire Service"),
    )
    undated = attrs.evolve(dated, date=None, place=None, participants=(KAYA,), source=Source(outlet="Radio"))
    next_year = attrs.evolve(dated, date=DateSpan.from_date(dt.date(2020, 11, 21)), place=None)
    planned = attrs.evolve(dated, status=Status.PLANNED, source=Source(outlet="Preview"))

    (merged,) = merge_summits([undated, vague, dated])
    assert merged.date == dated.date and merged.place == osaka and merged.evidence == dated.evidence
    assert merged.name == "2019 G20 Osaka summit"
    assert merged.participants == (RUIZ, KAYA, LIMA)  # its own first, then the others' by id
    assert [r.source for r in merged.also_reported] == [vague.source, undated.source]
    assert merge_summits([next_year, dated]) == (dated, next_year)
    assert len(merge_summits([dated, next_year, undated])) == 3  # the undated report fits both
    assert len(merge_summits([dated, planned])) == 2


def test_collection_merged_merges_summits() -> None:
    first = Summit(name="Harbour summit", status=Status.OCCURRED, date=MARCH, source=Source(outlet="A"))
    second = attrs.evolve(first, date=day(2016, 3, 7), source=Source(outlet="B"))
    (merged,) = EventCollection([first, second]).merged().summits
    assert merged.date == second.date and merged.also_reported[0].source == first.source


def test_a_collection_looks_names_up_in_its_own_knowledge_base(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = default_knowledge()
    sample = [meeting(RUIZ, KAYA, date=day(2016, 3, 7)), meeting(RUIZ, LIMA, date=day(2016, 5, 1))]
    events = EventCollection(sample, knowledge=kb)

    def no_global() -> None:
        raise AssertionError("the collection reached for the global knowledge base")

    monkeypatch.setattr(collection_module, "default_knowledge", no_global)
    collection_module._country_named.cache_clear()
    assert events.knowledge is kb
    assert events.between("Spanish", "Turkey").meetings == (sample[0],)
    assert events.knows("Erdogan") and not events.knows("Narnia")
    assert events.in_period(None, None).between("Spain", "Portugal").knowledge is kb
